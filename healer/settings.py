"""Django settings for Healer.

Everything deployment-specific comes from environment variables read through
healer.env, which fails loudly on malformed values. The defaults give the
embedded single-machine setup: SQLite and django-q2's ORM broker.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import dj_database_url

from healer.env import (
    env_bool,
    env_bytes,
    env_choice,
    env_float,
    env_int,
    env_list,
    env_str,
)

BASE_DIR = Path(__file__).resolve().parent.parent

# A development key is only acceptable with DEBUG on; the healer.E001 system
# check refuses to start a non-debug process that still uses it.
INSECURE_DEV_SECRET_KEY = "django-insecure-healer-development-key-do-not-use-in-production"
DEBUG = env_bool("HEALER_DEBUG", False)
SECRET_KEY = env_str("HEALER_SECRET_KEY", "") or INSECURE_DEV_SECRET_KEY
ALLOWED_HOSTS = env_list("HEALER_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("HEALER_CSRF_TRUSTED_ORIGINS", [])
SITE_URL = env_str("HEALER_SITE_URL", "http://localhost:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_q",
    "runs",
    "sandbox",
    "runs.hosting",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "healer.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "healer.wsgi.application"

DATA_DIR = Path(env_str("HEALER_DATA_DIR", str(BASE_DIR / "var")))

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{DATA_DIR / 'healer.sqlite3'}"),
        conn_max_age=env_int("HEALER_DB_CONN_MAX_AGE", 60, min_value=0),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite cannot create its own directory; the embedded default must just work.
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    # The web process and the worker share one SQLite file: wait for locks
    # instead of failing, and take the write lock at BEGIN so transactions
    # that read-then-write cannot deadlock each other.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"timeout": 20, "transaction_mode": "IMMEDIATE", "init_command": "PRAGMA journal_mode=WAL;"}
    )

# Identity of this deployment, written on every sandbox container so deployments
# sharing one Docker engine never judge (or reap) each other's runs. All workers
# of a deployment share a database, so its location is the natural default.
HEALER_INSTANCE_ID = (
    env_str("HEALER_INSTANCE_ID", "")
    or hashlib.sha256(
        "|".join(
            str(DATABASES["default"].get(key, "")) for key in ("ENGINE", "HOST", "PORT", "NAME")
        ).encode()
    ).hexdigest()[:12]
)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "login"

if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("HEALER_SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
    SECURE_CONTENT_TYPE_NOSNIFF = True
    X_FRAME_OPTIONS = "DENY"

# --- django-q2 -------------------------------------------------------------
# The ORM broker needs nothing but the database; REDIS_URL switches to Redis.
REDIS_URL = env_str("REDIS_URL", "")
Q_TIMEOUT = env_int("HEALER_Q_TIMEOUT", 3600, min_value=60)
Q_CLUSTER = {
    "name": "healer",
    "workers": env_int("HEALER_Q_WORKERS", 1, min_value=1),
    "timeout": Q_TIMEOUT,
    # retry must exceed timeout, or django-q2 hands a still-running task to a
    # second worker (the healer.E003 check enforces it).
    "retry": env_int("HEALER_Q_RETRY", Q_TIMEOUT + 300, min_value=61),
    "max_attempts": env_int("HEALER_Q_MAX_ATTEMPTS", 2, min_value=0),
    "queue_limit": 50,
    "bulk": 1,
    "ack_failures": True,
    "catch_up": False,
    "label": "Tasks",
}
if REDIS_URL:
    Q_CLUSTER["redis"] = REDIS_URL
else:
    Q_CLUSTER["orm"] = "default"
    Q_CLUSTER["poll"] = env_float("HEALER_Q_POLL", 0.5, min_value=0.05)
# Tests and the `heal` command run tasks in-process.
Q_CLUSTER["sync"] = env_bool("HEALER_Q_SYNC", False)

# --- REST framework --------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 25,
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_THROTTLE_RATES": {
        "run_create": env_str("HEALER_RUN_CREATE_RATE", "30/hour"),
        # Password guessing against POST /api/auth/token/, per client address.
        "auth_token": env_str("HEALER_API_TOKEN_RATE", "20/minute"),
    },
}
# Largest request body the API parses; bigger ones get 413 before any work is done.
HEALER_API_MAX_BODY = env_bytes("HEALER_API_MAX_BODY", "64k")
SPECTACULAR_SETTINGS = {
    "TITLE": "Healer API",
    "DESCRIPTION": "Submit repositories for healing and read runs, fixes and scores.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Separate request and response components, so read-only fields are not asked for.
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": r"/api/",
    # Swagger UI and ReDoc assets come from the drf-spectacular-sidecar package: no CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # Object ids in API paths: runs.api.urls matches at most 18 digits, so ids always fit a bigint.
    "PATH_CONVERTER_OVERRIDES": {"api_id": {"type": "integer", "minimum": 1, "maximum": 999999999999999999}},
    "ENUM_NAME_OVERRIDES": {
        "RunStatusEnum": "runs.models.RunStatus",
        "IterationStatusEnum": "runs.models.IterationStatus",
        "FixStatusEnum": "runs.models.FixStatus",
    },
}

# --- Healer ----------------------------------------------------------------
HEALER_WORKSPACE_ROOT = Path(env_str("HEALER_WORKSPACE_ROOT", str(DATA_DIR / "workspaces")))
HEALER_RESULTS_ROOT = Path(env_str("HEALER_RESULTS_ROOT", str(DATA_DIR / "results")))
HEALER_DEFAULT_RETRIES = env_int("HEALER_DEFAULT_RETRIES", 5, min_value=1, max_value=20)
HEALER_MAX_RETRIES = 20
# Local paths as repository sources: off for the web app and API, turned on
# by the `heal` command (docs/ARCHITECTURE.md).
HEALER_ALLOW_LOCAL_REPOS = env_bool("HEALER_ALLOW_LOCAL_REPOS", False)
HEALER_ALLOW_HTTP_REPOS = env_bool("HEALER_ALLOW_HTTP_REPOS", False)
HEALER_CLONE_TIMEOUT = env_int("HEALER_CLONE_TIMEOUT", 300, min_value=5)
HEALER_PUSH = env_bool("HEALER_PUSH", True)
HEALER_KEEP_WORKSPACES = env_bool("HEALER_KEEP_WORKSPACES", False)
HEALER_ENGINE_TIME_BUDGET = env_int("HEALER_ENGINE_TIME_BUDGET", 240, min_value=10)

# Sandbox: Docker is the only automatic backend. The unsafe backend runs
# repository code directly on this machine and is refused unless DEBUG is on.
HEALER_SANDBOX_BACKEND = env_choice("HEALER_SANDBOX_BACKEND", "docker", ("docker", "unsafe-local"))
HEALER_SANDBOX_IMAGE = env_str("HEALER_SANDBOX_IMAGE", "")
HEALER_SANDBOX_MEMORY = env_bytes("HEALER_SANDBOX_MEMORY", "1g")
HEALER_SANDBOX_CPUS = env_float("HEALER_SANDBOX_CPUS", 1.0, min_value=0.1)
HEALER_SANDBOX_PIDS = env_int("HEALER_SANDBOX_PIDS", 256, min_value=16)
HEALER_SANDBOX_TMPFS = env_bytes("HEALER_SANDBOX_TMPFS", "256m")
HEALER_SANDBOX_FILE_SIZE = env_bytes("HEALER_SANDBOX_FILE_SIZE", "64m")
HEALER_SANDBOX_TIMEOUT = env_int("HEALER_SANDBOX_TIMEOUT", 300, min_value=1)
HEALER_SANDBOX_TEST_TIMEOUT = env_int("HEALER_SANDBOX_TEST_TIMEOUT", 60, min_value=1)
HEALER_SANDBOX_OUTPUT_LIMIT = env_bytes("HEALER_SANDBOX_OUTPUT_LIMIT", "1m")
HEALER_SANDBOX_TTL = env_int("HEALER_SANDBOX_TTL", 7200, min_value=60)
HEALER_SANDBOX_INSTALL_TIMEOUT = env_int("HEALER_SANDBOX_INSTALL_TIMEOUT", 600, min_value=10)
# Past this much output a command is killed (the first OUTPUT_LIMIT bytes, head and tail, are kept).
HEALER_SANDBOX_OUTPUT_HARD_LIMIT = env_bytes("HEALER_SANDBOX_OUTPUT_HARD_LIMIT", "64m")
HEALER_SANDBOX_NOFILE = env_int("HEALER_SANDBOX_NOFILE", 4096, min_value=64)
# The dependency-install phase is the only one with a network: this Docker network.
HEALER_SANDBOX_DEPS_NETWORK = env_str("HEALER_SANDBOX_DEPS_NETWORK", "bridge")
# Extra pip options for that phase, e.g. "--index-url https://pypi.example/simple".
HEALER_SANDBOX_PIP_ARGS = env_str("HEALER_SANDBOX_PIP_ARGS", "")
# A PEM file of extra CAs pip trusts in that phase (e.g. a TLS-intercepting egress proxy).
HEALER_SANDBOX_PIP_CA_BUNDLE = env_str("HEALER_SANDBOX_PIP_CA_BUNDLE", "")
# Dependency cache volumes unused for this long are removed by `sandbox reap`.
HEALER_SANDBOX_DEPS_MAX_AGE = env_int("HEALER_SANDBOX_DEPS_MAX_AGE", 14 * 86400, min_value=3600)

# Optional LLM provider (OpenAI-compatible chat completions).
HEALER_LLM_BASE_URL = env_str("HEALER_LLM_BASE_URL", "")
HEALER_LLM_API_KEY = env_str("HEALER_LLM_API_KEY", "")
HEALER_LLM_MODEL = env_str("HEALER_LLM_MODEL", "")
HEALER_LLM_TIMEOUT = env_int("HEALER_LLM_TIMEOUT", 60, min_value=1)

# --- Git hosting (runs.hosting) --------------------------------------------
# The run plug-in (runs.hooks.RunHooks) the execution calls at each step, by dotted
# path like django-q2's broker_class: runs never imports it. Empty: no plug-in.
HEALER_RUN_HOOKS = "runs.hosting.hooks.HostingHooks"
# Fernet key(s) for hosting tokens and webhook secrets stored in the database:
# comma-separated, the first encrypts, all decrypt (rotation). Required unless DEBUG.
HEALER_CREDENTIALS_KEY = env_str("HEALER_CREDENTIALS_KEY", "")
# Webhook secret for repositories whose RepositoryLink has none of its own.
HEALER_GITHUB_WEBHOOK_SECRET = env_str("HEALER_GITHUB_WEBHOOK_SECRET", "")
HEALER_WEBHOOK_MAX_BYTES = env_bytes("HEALER_WEBHOOK_MAX_BYTES", "2m")
HEALER_HOSTING_TIMEOUT = env_int("HEALER_HOSTING_TIMEOUT", 30, min_value=1)
# Longest wait for a host's rate limit to clear before the call fails.
HEALER_HOSTING_MAX_RATE_WAIT = env_int("HEALER_HOSTING_MAX_RATE_WAIT", 300, min_value=0)
# Pull requests for runs of repositories without a RepositoryLink (links choose their own).
HEALER_PULL_REQUEST = env_choice("HEALER_PULL_REQUEST", "off", ("off", "draft", "ready"))
# After each push, wait for the host's CI and feed its failures into the next iteration.
HEALER_CI_MONITOR = env_bool("HEALER_CI_MONITOR", True)
HEALER_CI_TIMEOUT = env_int("HEALER_CI_TIMEOUT", 1200, min_value=10)
# How long to wait for CI to show up for a pushed commit before saying there is none.
HEALER_CI_APPEAR_TIMEOUT = env_int("HEALER_CI_APPEAR_TIMEOUT", 90, min_value=0)
HEALER_CI_POLL_INITIAL = env_float("HEALER_CI_POLL_INITIAL", 10, min_value=0.01)
HEALER_CI_POLL_MAX = env_float("HEALER_CI_POLL_MAX", 60, min_value=0.01)
HEALER_CI_LOG_LIMIT = env_bytes("HEALER_CI_LOG_LIMIT", "5m")

# --- Deployment, scale-out and crash recovery ----------------------------
# The queue name inside the broker: deployments (or test runs) sharing one
# Redis keep their tasks apart by using different names.
Q_CLUSTER["cluster_name"] = env_str("HEALER_Q_QUEUE", "") or Q_CLUSTER["name"]
# A RUNNING run whose heartbeat (written every 10 s by its worker) is older
# than this is considered lost: the recovery service re-queues or fails it.
HEALER_RUN_STALE_AFTER = env_int("HEALER_RUN_STALE_AFTER", 90, min_value=30)
# How many times a run may be started in total before a lost worker fails it.
HEALER_RUN_MAX_ATTEMPTS = env_int("HEALER_RUN_MAX_ATTEMPTS", 3, min_value=1, max_value=10)
# How often the django-q2 schedule runs the recovery service (and the reaper).
HEALER_RECOVERY_MINUTES = env_int("HEALER_RECOVERY_MINUTES", 1, min_value=1)
# The container image collects static files at build time, outside the data volume.
STATIC_ROOT = Path(env_str("HEALER_STATIC_ROOT", str(STATIC_ROOT)))
# Behind a TLS-terminating proxy that sets X-Forwarded-Proto (docker-compose web).
if env_bool("HEALER_BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    USE_X_FORWARDED_HOST = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("HEALER_LOG_LEVEL", "INFO")},
    "loggers": {"django_q": {"level": "WARNING"}},
}
