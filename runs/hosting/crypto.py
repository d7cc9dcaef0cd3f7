"""Encryption of stored secrets (hosting tokens, webhook secrets) with Fernet.

The key comes from HEALER_CREDENTIALS_KEY: one or more comma-separated keys
(the first encrypts, all decrypt, so a key can be rotated). Each may be a
Fernet key or any long passphrase (stretched with HKDF). Only with DEBUG on
does a key derived from SECRET_KEY stand in; otherwise a missing key fails
loudly instead of storing tokens under a guessable key.
"""

from __future__ import annotations

import base64
import binascii

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

_INFO = b"healer hosting credentials v1"


class SecretUnreadable(Exception):
    """A stored secret cannot be decrypted with the configured key(s)."""


def _fernet_key(material: str) -> bytes:
    raw = material.strip().encode()
    try:
        if len(base64.urlsafe_b64decode(raw)) == 32:
            return raw  # already a Fernet key
    except (binascii.Error, ValueError):
        pass
    derived = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(raw)
    return base64.urlsafe_b64encode(derived)


def _fernet() -> MultiFernet:
    keys = [key for key in (settings.HEALER_CREDENTIALS_KEY or "").split(",") if key.strip()]
    if not keys:
        if not settings.DEBUG:
            raise ImproperlyConfigured(
                "HEALER_CREDENTIALS_KEY is not set: hosting tokens and webhook secrets cannot be "
                "stored or read. Set it to a long random value, e.g. "
                "`python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'`."
            )
        keys = ["debug-only:" + settings.SECRET_KEY]
    if any(len(key.strip()) < 16 for key in keys):
        raise ImproperlyConfigured("Every key in HEALER_CREDENTIALS_KEY must be at least 16 characters long.")
    return MultiFernet([Fernet(_fernet_key(key)) for key in keys])


def secret_encrypt(value: str) -> str:
    return _fernet().encrypt(value.encode("utf-8")).decode("ascii")


def secret_decrypt(token: str) -> str:
    try:
        return _fernet().decrypt(token.encode("ascii")).decode("utf-8")
    except (InvalidToken, UnicodeError) as exc:
        raise SecretUnreadable(
            "A stored secret cannot be decrypted: HEALER_CREDENTIALS_KEY changed? "
            "Keep the old key after the new one (comma-separated) while rotating."
        ) from exc
