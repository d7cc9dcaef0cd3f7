"""Security system checks (ids healer.E/W020-029). The deploy ones run with
`manage.py check --deploy`, which the container entrypoint runs before serving."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

# The tag of Healer's own deploy checks (runs.checks uses the same one).
DEPLOY_TAG = "healer"


def _credential_keys() -> list[str]:
    return [key.strip() for key in (settings.HEALER_CREDENTIALS_KEY or "").split(",") if key.strip()]


@register(Tags.security, DEPLOY_TAG, deploy=True)
def check_credentials_key(app_configs, **kwargs):
    if settings.DEBUG or _credential_keys():
        return []
    return [
        Warning(
            "HEALER_CREDENTIALS_KEY is not set: Git host tokens and webhook secrets cannot be stored or read, "
            "so pull requests, CI monitoring and webhooks fail.",
            hint="Set it to a Fernet key: "
            "`python -c 'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'`.",
            id="healer.W020",
        )
    ]


@register(Tags.security)
def check_credentials_key_strength(app_configs, **kwargs):
    short = [key for key in _credential_keys() if len(key) < 16]
    if not short:
        return []
    return [
        Error(
            "A key in HEALER_CREDENTIALS_KEY is shorter than 16 characters.",
            hint="Use a Fernet key or another long random value; keep old keys after the new one when rotating.",
            id="healer.E021",
        )
    ]


@register(Tags.security, DEPLOY_TAG, deploy=True)
def check_proxy_hops(app_configs, **kwargs):
    if settings.DEBUG or not settings.HEALER_BEHIND_PROXY or settings.HEALER_TRUSTED_PROXIES:
        return []
    return [
        Warning(
            "HEALER_BEHIND_PROXY is on but HEALER_TRUSTED_PROXIES is 0: every client is counted as the proxy's "
            "address, so one guesser locks everybody out of signing in.",
            hint="Set HEALER_TRUSTED_PROXIES to the number of reverse proxies that append to X-Forwarded-For "
            "(usually 1), and make sure Healer cannot be reached except through them.",
            id="healer.W022",
        )
    ]


@register(Tags.security, DEPLOY_TAG, deploy=True)
def check_shared_cache(app_configs, **kwargs):
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if settings.DEBUG or not backend.endswith(("LocMemCache", "DummyCache")):
        return []
    return [
        Warning(
            f"The default cache ({backend}) is not shared between processes: login lockouts and API "
            "throttles count per process, so every web process multiplies the limits.",
            hint="Leave CACHES to Healer's settings (Redis with REDIS_URL, the database otherwise).",
            id="healer.W023",
        )
    ]
