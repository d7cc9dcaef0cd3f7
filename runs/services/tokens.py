"""Writes of API tokens."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser


def token_get_or_create(*, user: AbstractBaseUser) -> str:
    """The user's API token (created on first request); see POST /api/auth/token/."""
    from rest_framework.authtoken.models import Token

    token, _created = Token.objects.get_or_create(user=user)
    return token.key
