"""System checks that refuse dangerous or inconsistent configurations at start-up."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

from runs import checktags
from runs.hooks import RUN_HOOKS_METHODS, run_hooks
from sandbox.sessions import backend_refusal


@register(Tags.security, checktags.WEB)
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


@register(checktags.RUN)
def check_unsafe_sandbox(app_configs, **kwargs):
    refusal = backend_refusal(backend=settings.HEALER_SANDBOX_BACKEND, debug=bool(settings.DEBUG))
    if refusal:
        return [Error(f"{refusal}.", hint="Use the docker backend (the default).", id="healer.E002")]
    return []


@register(checktags.RUN)
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


@register(checktags.RUN)
def check_run_hard_limit(app_configs, **kwargs):
    """The hard limit of one execution must leave django-q2 the time to end the task first."""
    timeout = settings.Q_CLUSTER.get("timeout") or 0
    if timeout >= settings.HEALER_RUN_HARD_LIMIT:
        return [
            Error(
                f"HEALER_RUN_HARD_LIMIT ({settings.HEALER_RUN_HARD_LIMIT} s) must be longer than the task "
                f"timeout HEALER_Q_TIMEOUT ({timeout} s).",
                hint="Otherwise recovery fails runs that are still legitimately executing. "
                "Raise HEALER_RUN_HARD_LIMIT or lower HEALER_Q_TIMEOUT.",
                id="healer.E011",
            )
        ]
    return []


# --- Deployment checks (`manage.py check --deploy`; the container entrypoint runs them) ---
# Tagged "healer" so the web role can run them without the sandbox's engine check.
DEPLOY_TAG = "healer"


def _host_allowed(host: str, allowed: list[str]) -> bool:
    from django.http.request import validate_host

    return validate_host(host, allowed)


@register(Tags.security, DEPLOY_TAG, deploy=True)
def check_allowed_hosts(app_configs, **kwargs):
    from urllib.parse import urlsplit

    if settings.DEBUG:
        return []
    messages = []
    if "*" in settings.ALLOWED_HOSTS:
        messages.append(
            Warning(
                "HEALER_ALLOWED_HOSTS contains '*': any Host header is accepted.",
                hint="List the host names Healer is served under, e.g. healer.example.org.",
                id="healer.W004",
            )
        )
    site_host = urlsplit(settings.SITE_URL).hostname or ""
    if site_host and settings.ALLOWED_HOSTS and not _host_allowed(site_host, settings.ALLOWED_HOSTS):
        messages.append(
            Error(
                f"HEALER_SITE_URL ({settings.SITE_URL}) names a host that HEALER_ALLOWED_HOSTS "
                f"({', '.join(settings.ALLOWED_HOSTS)}) refuses.",
                hint="Links Healer writes would lead to 400 Bad Request: add the host to HEALER_ALLOWED_HOSTS "
                "or correct HEALER_SITE_URL.",
                id="healer.E005",
            )
        )
    return messages


@register(DEPLOY_TAG, deploy=True)
def check_broker(app_configs, **kwargs):
    if not settings.REDIS_URL:
        if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
            return [
                Warning(
                    "SQLite and the database broker serve one machine only.",
                    hint="For several workers or hosts set DATABASE_URL (PostgreSQL) and REDIS_URL.",
                    id="healer.W006",
                )
            ]
        return []
    import redis

    client = redis.Redis.from_url(settings.REDIS_URL, socket_connect_timeout=5, socket_timeout=5)
    try:
        client.ping()
    except (redis.RedisError, OSError) as exc:
        return [
            Error(
                f"Redis (REDIS_URL) does not answer: {exc}",
                hint="Runs could be submitted but never executed. Start Redis or correct REDIS_URL.",
                id="healer.E006",
            )
        ]
    finally:
        client.close()
    return []


@register(DEPLOY_TAG, deploy=True)
def check_run_budget(app_configs, **kwargs):
    # A run that django-q2 kills at its timeout is recovered only as a lost run,
    # minutes later: the timeout should cover the longest run the settings allow.
    longest = (
        settings.HEALER_CLONE_TIMEOUT
        + settings.HEALER_SANDBOX_INSTALL_TIMEOUT
        + settings.HEALER_ENGINE_TIME_BUDGET
    )
    timeout = settings.Q_CLUSTER.get("timeout") or 0
    if timeout < longest:
        return [
            Warning(
                f"HEALER_Q_TIMEOUT ({timeout} s) is shorter than clone + dependency install + engine budget "
                f"({longest} s): long runs would be killed mid-way.",
                hint="Raise HEALER_Q_TIMEOUT (and HEALER_Q_RETRY above it).",
                id="healer.W007",
            )
        ]
    if timeout <= settings.HEALER_RUN_STALE_AFTER:
        return [
            Warning(
                f"HEALER_RUN_STALE_AFTER ({settings.HEALER_RUN_STALE_AFTER} s) is not below HEALER_Q_TIMEOUT "
                f"({timeout} s): a lost run is noticed only after its task would have timed out anyway.",
                id="healer.W008",
            )
        ]
    return []


@register(checktags.RUN)
def check_llm_provider(app_configs, **kwargs):
    """A malformed optional LLM configuration must stop start-up, not every run later."""
    from healer.engine.fixers.llm import provider_from_settings

    try:
        provider_from_settings(
            base_url=settings.HEALER_LLM_BASE_URL,
            api_key=settings.HEALER_LLM_API_KEY,
            model=settings.HEALER_LLM_MODEL,
            timeout=settings.HEALER_LLM_TIMEOUT,
        )
    except ValueError as exc:
        return [
            Error(
                f"The optional LLM provider is misconfigured: {exc}",
                hint="Set HEALER_LLM_BASE_URL to an http(s) URL of an OpenAI-compatible API, or leave it empty.",
                id="healer.E009",
            )
        ]
    return []


@register(checktags.RUN)
def check_run_hooks(app_configs, **kwargs):
    """A HEALER_RUN_HOOKS path that does not import would fail every run later: refuse it at start-up."""
    hint = (
        "Name a class implementing runs.hooks.RunHooks, e.g. runs.hosting.hooks.HostingHooks, "
        "or leave it empty for none."
    )
    try:
        hooks = run_hooks()
    except ImportError as exc:
        return [
            Error(
                f"HEALER_RUN_HOOKS ({settings.HEALER_RUN_HOOKS!r}) cannot be loaded: {exc}",
                hint=hint,
                id="healer.E010",
            )
        ]
    missing = [name for name in RUN_HOOKS_METHODS if not callable(getattr(hooks, name, None))]
    if missing:
        # Written against an older protocol: every run would fail at the first missing hook.
        return [
            Error(
                f"HEALER_RUN_HOOKS ({settings.HEALER_RUN_HOOKS!r}) lacks {', '.join(missing)}.",
                hint=hint,
                id="healer.E010",
            )
        ]
    return []
