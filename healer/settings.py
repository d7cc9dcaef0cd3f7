"""Django settings for Healer.

Everything deployment-specific comes from environment variables read through
healer.env, which fails loudly on malformed values. The defaults give the
embedded single-machine setup: SQLite and django-q2's ORM broker.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF

from healer.env import (
    env_bool,
    env_bytes,
    env_choice,
    env_float,
    env_int,
    env_list,
    env_removed,
    env_str,
    env_urls,
)
from runs.netpolicy import HostPolicy

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
    "axes",
    "csp",
    "healer.apps.HealerConfig",
    "runs",
    "sandbox",
    "runs.hosting",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "healer.websecurity.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "healer.websecurity.PrivatePagesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes requires: turns a lockout into its 429 answer.
    "axes.middleware.AxesMiddleware",
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
    # that read-then-write cannot deadlock each other. In WAL mode synchronous=NORMAL
    # never corrupts the file (a power cut may lose the last commits only) and saves
    # an fsync per commit, which every progress beat of a run makes.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
    # Tests get a file too, not SQLite's default in-memory shared cache: that one locks whole
    # tables and fails at once ("database table is locked") when a run's heartbeat thread writes
    # beside the run, where the real file database (WAL, busy timeout) waits. One file per
    # process, so two test sessions on one machine never share it.
    DATABASES["default"].setdefault("TEST", {}).setdefault(
        "NAME", str(Path(tempfile.gettempdir()) / f"healer-test-{os.getpid()}.sqlite3")
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

# --- Security (README "Security") -------------------------------------------
# Served over HTTPS, directly or through a TLS-terminating proxy: cookies only
# over HTTPS, plain HTTP redirected, and HSTS. On by default with DEBUG off;
# HEALER_HTTPS=0 serves plain HTTP (a local or test deployment).
HEALER_HTTPS = env_bool("HEALER_HTTPS", not DEBUG)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = HEALER_HTTPS
SECURE_SSL_REDIRECT = env_bool("HEALER_SSL_REDIRECT", HEALER_HTTPS)
# The container health check asks over plain HTTP from inside the container.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env_int("HEALER_HSTS_SECONDS", 365 * 86400 if HEALER_HTTPS else 0, min_value=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("HEALER_HSTS_INCLUDE_SUBDOMAINS", True)
# Preloading is a commitment browsers keep for months: only on request.
SECURE_HSTS_PRELOAD = env_bool("HEALER_HSTS_PRELOAD", False)
if not SECURE_HSTS_PRELOAD:
    # security.W021 only says the site cannot be submitted to the preload list.
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
# Behind a TLS-terminating proxy that sets X-Forwarded-Proto (and -Host): trust
# those headers only when told, or any client could claim HTTPS.
HEALER_BEHIND_PROXY = env_bool("HEALER_BEHIND_PROXY", False)
if HEALER_BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    USE_X_FORWARDED_HOST = True
# How many reverse proxies in front of Healer append to X-Forwarded-For: the
# client address for lockouts and throttles is that many entries from the right
# (healer.clientip). 0 ignores the header (clients connect directly).
HEALER_TRUSTED_PROXIES = env_int("HEALER_TRUSTED_PROXIES", 0, min_value=0, max_value=10)

# Content-Security-Policy (django-csp): only this site's own scripts, styles,
# images and connections; no plugins, no framing, forms post here only.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [NONE],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "manifest-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [NONE],
        "object-src": [NONE],
    }
}

# Password guessing (django-axes): after HEALER_LOGIN_FAILURE_LIMIT failed
# sign-ins from one client address (web, admin or API token), that address is
# refused for HEALER_LOGIN_COOLOFF_MINUTES, however right the password; trying
# on during the lock extends it. Counted in the shared cache below.
AUTHENTICATION_BACKENDS = [
    "healer.websecurity.LoginGuardBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler"
AXES_FAILURE_LIMIT = env_int("HEALER_LOGIN_FAILURE_LIMIT", 10, min_value=1)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("HEALER_LOGIN_COOLOFF_MINUTES", 15, min_value=1))
AXES_LOCKOUT_PARAMETERS = ["ip_address"]
AXES_CLIENT_IP_CALLABLE = "healer.clientip.client_key"
AXES_LOCKOUT_CALLABLE = "healer.websecurity.lockout_response"

# The schema and the interactive API docs: for signed-in users unless published.
HEALER_API_DOCS_PUBLIC = env_bool("HEALER_API_DOCS_PUBLIC", False)

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
    CACHES = {
        "default": {
            "BACKEND": "healer.cache.SharedRedisCache",
            "LOCATION": REDIS_URL,
        }
    }
else:
    Q_CLUSTER["orm"] = "default"
    Q_CLUSTER["poll"] = env_float("HEALER_Q_POLL", 0.5, min_value=0.05)
    # Shared by every process through the database (`migrate` creates the table).
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "healer_cache"}
    }
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
    # DRF's own reading of X-Forwarded-For; Healer's throttles use healer.clientip.
    "NUM_PROXIES": HEALER_TRUSTED_PROXIES,
}
# Largest request body the API parses; bigger ones get 413 before any work is done.
HEALER_API_MAX_BODY = env_bytes("HEALER_API_MAX_BODY", "64k")
SPECTACULAR_SETTINGS = {
    "TITLE": "Healer API",
    "DESCRIPTION": "Submit repositories for healing and read runs, fixes and scores.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["healer.websecurity.ApiDocsAccess"],
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
        # results.json's final_status and its timeline's iteration status: PASSED or FAILED.
        "FinalStatusEnum": ["PASSED", "FAILED"],
        "StopReasonEnum": "runs.models.StopReason",
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
# Internal Git hosts a repository URL may name (host names or CIDR networks);
# any other private, loopback or link-local address is refused (runs.netpolicy).
HEALER_REPO_ALLOWED_HOSTS = env_list("HEALER_REPO_ALLOWED_HOSTS", [], check=HostPolicy.check_entry)
# What a clone may put on the host's disk: the download, then the checked-out tree.
HEALER_REPO_MAX_DOWNLOAD = env_bytes("HEALER_REPO_MAX_DOWNLOAD", "512m")
HEALER_REPO_MAX_SIZE = env_bytes("HEALER_REPO_MAX_SIZE", "256m")
HEALER_REPO_MAX_FILES = env_int("HEALER_REPO_MAX_FILES", 20000, min_value=1)
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
# Targeted and whole pytest runs forked from a pre-imported pytest in the sandbox (sandbox/warm_pytest.py).
# Off by default: on a real project whose pytest settings turn warnings into errors (bleach's
# `filterwarnings = error`) a warm run wrote no report and no output where a fresh process passes.
HEALER_SANDBOX_WARM_PYTEST = env_bool("HEALER_SANDBOX_WARM_PYTEST", False)
# Only a candidate's targeted and selected runs warm (the whole suite, which accepts a fix, stays a
# fresh process; a warm run that writes no report is run again fresh): on by default (pyspeed17).
HEALER_SANDBOX_WARM_TARGETED = env_bool("HEALER_SANDBOX_WARM_TARGETED", True)
HEALER_SANDBOX_INSTALL_TIMEOUT = env_int("HEALER_SANDBOX_INSTALL_TIMEOUT", 600, min_value=10)
# Past this much output a command is killed (the first OUTPUT_LIMIT bytes, head and tail, are kept).
HEALER_SANDBOX_OUTPUT_HARD_LIMIT = env_bytes("HEALER_SANDBOX_OUTPUT_HARD_LIMIT", "64m")
HEALER_SANDBOX_NOFILE = env_int("HEALER_SANDBOX_NOFILE", 4096, min_value=64)
# Files, folders and links one upload may carry into the sandbox (empty files count too).
HEALER_SANDBOX_MAX_FILES = env_int("HEALER_SANDBOX_MAX_FILES", 20000, min_value=16)
# The dependency-install phase. Its install container has no network; an egress proxy on this
# Docker network lets it reach the package index hosts only.
HEALER_SANDBOX_DEPS_NETWORK = env_str("HEALER_SANDBOX_DEPS_NETWORK", "bridge")
# Index and CA bundle: empty = what the worker's own pip uses (pip config, PIP_CERT, SSL_CERT_FILE,
# REQUESTS_CA_BUNDLE), else PyPI. Credentials may be part of the URLs; they reach pip only via netrc.
HEALER_SANDBOX_PIP_INDEX_URL = (env_urls("HEALER_SANDBOX_PIP_INDEX_URL") or [""])[0]
HEALER_SANDBOX_PIP_EXTRA_INDEX_URLS = env_urls("HEALER_SANDBOX_PIP_EXTRA_INDEX_URLS")
HEALER_SANDBOX_PIP_CA_BUNDLE = env_str("HEALER_SANDBOX_PIP_CA_BUNDLE", "")
HEALER_SANDBOX_PIP_USE_WORKER_CONFIG = env_bool("HEALER_SANDBOX_PIP_USE_WORKER_CONFIG", True)
# Source distributions run their build code in the install container: off by default (wheels only).
HEALER_SANDBOX_PIP_ALLOW_SDIST = env_bool("HEALER_SANDBOX_PIP_ALLOW_SDIST", False)
# npm registry, its auth token and CA bundle: empty = what the worker's own npm uses (npm config's
# registry and cafile/ca, NODE_EXTRA_CA_CERTS), else registry.npmjs.org. The token (and credentials
# in the URL) reach npm only through an npmrc file in the per-install volume.
HEALER_SANDBOX_NPM_REGISTRY = (env_urls("HEALER_SANDBOX_NPM_REGISTRY") or [""])[0]
HEALER_SANDBOX_NPM_AUTH_TOKEN = env_str("HEALER_SANDBOX_NPM_AUTH_TOKEN", "")
HEALER_SANDBOX_NPM_CA_BUNDLE = env_str("HEALER_SANDBOX_NPM_CA_BUNDLE", "")
HEALER_SANDBOX_NPM_USE_WORKER_CONFIG = env_bool("HEALER_SANDBOX_NPM_USE_WORKER_CONFIG", True)
# More "host[:port]" the egress proxy allows for npm installs only (e.g. a registry's tarball host).
HEALER_SANDBOX_NPM_ALLOWED_HOSTS = env_list("HEALER_SANDBOX_NPM_ALLOWED_HOSTS", [])
# More hosts the egress proxy allows ("host[:port]", e.g. a mirror's separate file host), and hosts
# that may resolve to a private address (an in-house mirror); everything private is refused otherwise.
HEALER_SANDBOX_DEPS_ALLOWED_HOSTS = env_list("HEALER_SANDBOX_DEPS_ALLOWED_HOSTS", [])
HEALER_SANDBOX_DEPS_PRIVATE_HOSTS = env_list("HEALER_SANDBOX_DEPS_PRIVATE_HOSTS", [])
# Size cap of one dependency volume (the install writes into a tmpfs of this size first).
HEALER_SANDBOX_DEPS_SIZE = env_bytes("HEALER_SANDBOX_DEPS_SIZE", "1g")
env_removed(
    "HEALER_SANDBOX_PIP_ARGS",
    "use HEALER_SANDBOX_PIP_INDEX_URL, HEALER_SANDBOX_PIP_EXTRA_INDEX_URLS, HEALER_SANDBOX_PIP_CA_BUNDLE "
    "and HEALER_SANDBOX_PIP_ALLOW_SDIST (pip options are no longer passed through)",
)
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
# Most runs webhooks may start per repository link in any hour (a link may set its own).
HEALER_WEBHOOK_RUNS_PER_HOUR = env_int("HEALER_WEBHOOK_RUNS_PER_HOUR", 10, min_value=1, max_value=1000)
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
# The same name keeps their cache entries (lockouts, throttles) apart in a shared Redis.
CACHES["default"]["KEY_PREFIX"] = Q_CLUSTER["cluster_name"]
# A RUNNING run whose heartbeat (written every 10 s by its worker) is older
# than this is considered lost: the recovery service re-queues or fails it.
HEALER_RUN_STALE_AFTER = env_int("HEALER_RUN_STALE_AFTER", 90, min_value=30)
# The longest one execution of a run may take, from its claim: past it, recovery finishes the
# run as ERROR even if something still beats for it. Must exceed django-q2's task timeout
# (HEALER_Q_TIMEOUT), which ends a task before (system check healer.E011).
HEALER_RUN_HARD_LIMIT = env_int("HEALER_RUN_HARD_LIMIT", Q_TIMEOUT + 600, min_value=120)
# How many times a run may be started in total before a lost worker fails it.
HEALER_RUN_MAX_ATTEMPTS = env_int("HEALER_RUN_MAX_ATTEMPTS", 3, min_value=1, max_value=10)
# How often the django-q2 schedule runs the recovery service (and the reaper).
HEALER_RECOVERY_MINUTES = env_int("HEALER_RECOVERY_MINUTES", 1, min_value=1)
# The container image collects static files at build time, outside the data volume.
STATIC_ROOT = Path(env_str("HEALER_STATIC_ROOT", str(STATIC_ROOT)))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("HEALER_LOG_LEVEL", "INFO")},
    "loggers": {"django_q": {"level": "WARNING"}, "axes": {"level": "WARNING"}},
}
