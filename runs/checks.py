"""System checks that refuse dangerous or inconsistent configurations at start-up."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Error, register


@register()
def check_secret_key(app_configs, **kwargs):
    if settings.DEBUG:
        return []
    if settings.SECRET_KEY == settings.INSECURE_DEV_SECRET_KEY or len(settings.SECRET_KEY) < 32:
        return [
            Error(
                "HEALER_SECRET_KEY is not set (or shorter than 32 characters) while DEBUG is off.",
                hint="Set HEALER_SECRET_KEY to a long random value, e.g. "
                "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`, or set HEALER_DEBUG=1 "
                "for local development.",
                id="healer.E001",
            )
        ]
    return []


@register()
def check_unsafe_sandbox(app_configs, **kwargs):
    if settings.HEALER_SANDBOX_BACKEND == "unsafe-local" and not settings.DEBUG:
        return [
            Error(
                "HEALER_SANDBOX_BACKEND=unsafe-local runs repository code directly on this machine "
                "and is refused when DEBUG is off.",
                hint="Use the docker backend (the default).",
                id="healer.E002",
            )
        ]
    return []


@register()
def check_q_timeout(app_configs, **kwargs):
    q = settings.Q_CLUSTER
    if q.get("retry", 0) <= q.get("timeout", 0):
        return [
            Error(
                f"django-q2 retry ({q.get('retry')} s) must be longer than its timeout ({q.get('timeout')} s).",
                hint="Otherwise a run still in progress is handed to a second worker. "
                "Raise HEALER_Q_RETRY or lower HEALER_Q_TIMEOUT.",
                id="healer.E003",
            )
        ]
    return []
