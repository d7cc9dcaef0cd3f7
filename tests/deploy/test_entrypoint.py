"""deploy/entrypoint.sh roles, gunicorn's configuration and the container health checks."""

from __future__ import annotations

import os
import runpy
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

ROOT = Path(__file__).resolve().parents[2]
GOOD_KEY = "k" * 50


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def role_env(tmp_path) -> dict[str, str]:
    """A production-like environment on a throw-away SQLite database, without Docker."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HEALER_", "DATABASE_URL", "REDIS_URL"))}
    env.update(
        PATH=f"{Path(sys.executable).parent}:{env.get('PATH', '/usr/bin:/bin')}",
        HEALER_DATA_DIR=str(tmp_path / "data"),
        DATABASE_URL=f"sqlite:///{tmp_path / 'healer.sqlite3'}",
        HEALER_SECRET_KEY=GOOD_KEY,
        HEALER_SANDBOX_BACKEND="docker",
    )
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return env


def entrypoint(*args: str, env: dict[str, str], timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["sh", str(ROOT / "deploy/entrypoint.sh"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd="/",
    )


def test_the_migrate_role_migrates_and_installs_the_recovery_schedule(role_env, tmp_path):
    proc = entrypoint("migrate", env=role_env)
    assert proc.returncode == 0, proc.stderr
    assert "Created schedule healer-recover-lost-runs" in proc.stdout
    with sqlite3.connect(tmp_path / "healer.sqlite3") as db:
        rows = db.execute("select func, minutes from django_q_schedule").fetchall()
    assert rows == [("runs.tasks.recover_lost_runs", 1)]
    again = entrypoint("migrate", env=role_env)
    assert again.returncode == 0 and "Kept schedule" in again.stdout


def test_the_web_role_refuses_to_start_with_the_development_secret_key(role_env):
    del role_env["HEALER_SECRET_KEY"]
    proc = entrypoint("web", env=role_env)
    assert proc.returncode != 0
    assert "healer.E001" in proc.stderr
    assert "Booting worker" not in proc.stderr  # gunicorn never started


def test_the_web_role_serves_through_gunicorn_and_passes_its_health_check(role_env):
    port = free_port()
    role_env.update(
        HEALER_WEB_BIND=f"127.0.0.1:{port}",
        HEALER_WEB_WORKERS="1",
        HEALER_ALLOWED_HOSTS="healer.example.org",
        HEALER_SITE_URL="https://healer.example.org",
    )
    assert entrypoint("migrate", env=role_env).returncode == 0
    server = subprocess.Popen(
        ["sh", str(ROOT / "deploy/entrypoint.sh"), "web"],
        env=role_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        health = None
        for _ in range(60):
            health = subprocess.run(
                [sys.executable, str(ROOT / "deploy/healthcheck.py"), "web"],
                env=role_env,
                capture_output=True,
                text=True,
                timeout=30,
            )
            if health.returncode == 0 or server.poll() is not None:
                break
            time.sleep(0.5)
        assert server.poll() is None, server.stderr.read()
        assert health is not None and health.returncode == 0, health.stderr
        # The probe must send an allowed Host: the app refuses 127.0.0.1 in this configuration.
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10)
        assert refused.value.code == 400
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=30)
    probe = subprocess.run(
        [sys.executable, str(ROOT / "deploy/healthcheck.py"), "web"],
        env=role_env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert probe.returncode != 0  # and it fails once the server is gone


def test_the_worker_health_check_fails_without_a_cluster(role_env):
    # A cluster of another queue (another deployment or test on this host) is not ours.
    role_env["HEALER_Q_QUEUE"] = f"healthcheck-{os.getpid()}"
    proc = subprocess.run(
        [sys.executable, str(ROOT / "deploy/healthcheck.py"), "worker"],
        env=role_env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert proc.returncode != 0
    assert "no qcluster process" in proc.stderr


def test_gunicorn_reads_its_settings_through_the_env_helpers(monkeypatch):
    monkeypatch.setenv("HEALER_WEB_WORKERS", "3")
    monkeypatch.setenv("HEALER_WEB_BIND", "127.0.0.1:9000")
    monkeypatch.setenv("HEALER_FORWARDED_ALLOW_IPS", "10.0.0.1, 10.0.0.2")
    conf = runpy.run_path(str(ROOT / "deploy/gunicorn.conf.py"))
    assert conf["workers"] == 3
    assert conf["bind"] == "127.0.0.1:9000"
    assert conf["forwarded_allow_ips"] == "10.0.0.1,10.0.0.2"
    assert conf["worker_class"] == "gthread"
    monkeypatch.setenv("HEALER_WEB_WORKERS", "many")
    with pytest.raises(ImproperlyConfigured, match="HEALER_WEB_WORKERS"):
        runpy.run_path(str(ROOT / "deploy/gunicorn.conf.py"))


def test_the_worker_health_check_finds_a_cluster_of_its_own_queue(role_env):
    import importlib.util

    spec = importlib.util.spec_from_file_location("healthcheck", ROOT / "deploy/healthcheck.py")
    healthcheck = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(healthcheck)
    queue = f"healthcheck-own-{os.getpid()}"
    # A stand-in process whose command line names qcluster, serving `queue`.
    fake = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(60)", "qcluster"],
        env={**role_env, "HEALER_Q_QUEUE": queue},
    )
    try:
        deadline = time.monotonic() + 10
        while not healthcheck.cluster_running(queue) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert healthcheck.cluster_running(queue)
        assert not healthcheck.cluster_running(queue + "-other")
    finally:
        fake.kill()
        fake.wait()
