"""Shared pytest configuration. Fixture families live in their own modules."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import pytest

pytest_plugins = ["tests.fixtures_docker", "tests.fixtures_network"]


def as_terminal_job() -> None:
    """`preexec_fn` for a child that stands for a job a user started at a terminal.

    A test run started in the background (`nohup`, `cmd &`, some CI runners) ignores SIGINT and
    SIGHUP, and every child inherits that. Healer keeps an inherited SIG_IGN on purpose (nohup's
    contract: runs/management/heal_signals.py), so a test of Ctrl-C or of a closed terminal resets
    the signals a terminal's job would have at their defaults; otherwise it measures how the test
    run was started rather than Healer.
    """
    for signum in (signal.SIGINT, signal.SIGHUP, signal.SIGTERM, signal.SIGQUIT):
        signal.signal(signum, signal.SIG_DFL)


@pytest.fixture(scope="session", autouse=True)
def _session_settings():
    """Plain HTTP, and cache entries of this test session only.

    The test client and the live server speak plain HTTP: no redirect to HTTPS
    (session-wide, before the session's live server builds its middleware, which
    reads the setting once; tests that check the redirect turn it back on). Test
    sessions sharing one Redis must not share lockout and throttle counts.
    """
    from django.conf import settings
    from django.test import override_settings

    default = {**settings.CACHES["default"], "KEY_PREFIX": f"healer-test-{os.getpid()}"}
    with override_settings(SECURE_SSL_REDIRECT=False, CACHES={**settings.CACHES, "default": default}):
        yield


@pytest.fixture(autouse=True)
def _fresh_redis_cache():
    """Lockout and throttle counts of one test never reach the next: a test's database
    transaction rolls the database cache back, but Redis outlives it (only this session's
    keys are removed: healer.cache.SharedRedisCache)."""
    from django.core.cache import caches

    from healer.cache import SharedRedisCache

    redis_cache = isinstance(caches["default"], SharedRedisCache)
    if redis_cache:
        caches["default"].clear()
    yield
    if redis_cache:
        caches["default"].clear()


@pytest.fixture(autouse=True)
def _isolated_settings(settings, tmp_path_factory):
    """Keep each test's workspaces and results out of var/, and serve static files plainly."""
    data = tmp_path_factory.mktemp("healer-data")
    settings.HEALER_WORKSPACE_ROOT = data / "workspaces"
    settings.HEALER_RESULTS_ROOT = data / "results"
    settings.STATIC_ROOT = data / "static"
    settings.STATIC_ROOT.mkdir()  # WhiteNoise warns on every request when it is missing
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def git(cwd: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Test Author",
        "GIT_AUTHOR_EMAIL": "author@example.com",
        "GIT_COMMITTER_NAME": "Test Author",
        "GIT_COMMITTER_EMAIL": "author@example.com",
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    return subprocess.run(
        ["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True
    ).stdout.strip()


def make_git_repo(path: Path, files: dict[str, str], *, branch: str = "main") -> Path:
    """A committed local Git repository holding `files` (relative path → text)."""
    path.mkdir(parents=True, exist_ok=True)
    for rel, text in files.items():
        target = path / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
    git(path, "init", "-q", "-b", branch)
    git(path, "add", "-A")
    git(path, "commit", "-q", "-m", "initial commit")
    return path


@pytest.fixture
def git_repo_factory(tmp_path):
    def factory(files: dict[str, str], name: str = "repo") -> Path:
        return make_git_repo(tmp_path / name, files)

    return factory


def make_ci_observation(run, *, iteration=None, **fields):
    """A remote CI status on a run's timeline (runs.hosting), with plain defaults."""
    from django.utils import timezone

    from runs.hosting.models import CIObservation

    values = {"head_sha": "a" * 40, "kind": "workflow_run", "state": "SUCCESS", "observed_at": timezone.now()}
    values.update(fields)
    return CIObservation.objects.create(run=run, iteration=iteration, **values)


def pytest_sessionfinish(session, exitstatus) -> None:
    """Remove the SQLite test database's WAL files, which Django leaves when it drops the file."""
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.sqlite3":
        return
    name = database.get("TEST", {}).get("NAME")
    if name:
        for suffix in ("-wal", "-shm"):
            Path(f"{name}{suffix}").unlink(missing_ok=True)
