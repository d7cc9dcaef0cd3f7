"""Real django-q2 workers (qcluster subprocesses) sharing this test's database and broker.

`worker_db` makes the database visible to other processes: with PostgreSQL (CI's
second pass) it is pytest-django's test database, whose rows a transactional
test commits; with SQLite a fresh database file replaces the in-memory one for
the duration of the test. Each test gets its own queue name, so leftovers in a
shared Redis never reach another test's workers.
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import pytest
from django.core.management import call_command
from django.db import connections

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class WorkerEnv:
    env: dict[str, str]
    queue: str
    procs: list[subprocess.Popen] = field(default_factory=list)


def _database_url(settings_dict: dict) -> str:
    if settings_dict["ENGINE"].endswith("postgresql"):
        user = quote(settings_dict.get("USER") or "")
        password = quote(settings_dict.get("PASSWORD") or "")
        auth = f"{user}:{password}@" if password else (f"{user}@" if user else "")
        host = settings_dict.get("HOST") or "localhost"
        port = settings_dict.get("PORT") or 5432
        return f"postgres://{auth}{host}:{port}/{settings_dict['NAME']}"
    return f"sqlite:///{settings_dict['NAME']}"


@pytest.fixture
def worker_db(transactional_db, settings, tmp_path, monkeypatch) -> Iterator[WorkerEnv]:
    from django_q.conf import Conf

    original = connections["default"]
    swapped = None
    if original.vendor == "sqlite":
        swapped = original.__class__(
            {**original.settings_dict, "NAME": str(tmp_path / "shared.sqlite3")}, "default"
        )
        connections["default"] = swapped
        call_command("migrate", verbosity=0)
        # Run ids label sandbox containers on a Docker engine other test sessions share:
        # start this database's ids far from theirs.
        with swapped.cursor() as cursor:
            cursor.execute(
                "INSERT INTO sqlite_sequence (name, seq) VALUES ('runs_run', %s)",
                [secrets.randbelow(10**9) + 10**6],
            )
    url = _database_url(connections["default"].settings_dict)

    queue = f"healer-test-{secrets.token_hex(4)}"
    key = secrets.token_urlsafe(50)
    # This process enqueues and signs tasks exactly as the workers expect them.
    monkeypatch.setattr(Conf, "CLUSTER_NAME", queue)
    monkeypatch.setattr(Conf, "SECRET_KEY", key)
    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "cluster_name": queue}
    settings.HEALER_ALLOW_LOCAL_REPOS = True
    # Other test sessions may share the Docker engine: this deployment's containers carry its own
    # instance label, so a test counting "its" containers never sees theirs.
    settings.HEALER_INSTANCE_ID = f"test-{queue}"

    env = {k: v for k, v in os.environ.items() if not k.startswith(("HEALER_", "DATABASE_URL", "REDIS_URL"))}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env.update(
        DATABASE_URL=url,
        HEALER_SECRET_KEY=key,
        HEALER_Q_QUEUE=queue,
        HEALER_Q_WORKERS="1",
        HEALER_Q_POLL="0.2",
        HEALER_ALLOW_LOCAL_REPOS="1",
        HEALER_HTTPS="0",
        HEALER_LOG_LEVEL="WARNING",
        HEALER_DATA_DIR=str(tmp_path / "worker-data"),
        HEALER_INSTANCE_ID=settings.HEALER_INSTANCE_ID,
    )
    if settings.REDIS_URL:
        env["REDIS_URL"] = settings.REDIS_URL
    workers = WorkerEnv(env=env, queue=queue)
    try:
        yield workers
    finally:
        for proc in workers.procs:
            stop_worker(proc)
        _remove_leftover_sandboxes()
        if swapped is not None:
            swapped.close()
            connections["default"] = original


@pytest.fixture
def start_worker(worker_db, tmp_path) -> Callable[..., subprocess.Popen]:
    """start_worker(name, **extra_env): one qcluster (one worker process) in its own process group."""

    def start(name: str, **extra: str) -> subprocess.Popen:
        log = open(tmp_path / f"{name}.log", "wb")  # noqa: SIM115  (closed with the process)
        proc = subprocess.Popen(
            [sys.executable, "manage.py", "qcluster"],
            cwd=ROOT,
            env={**worker_db.env, "HEALER_DATA_DIR": str(tmp_path / f"{name}-data"), **extra},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        proc.log_path = tmp_path / f"{name}.log"  # type: ignore[attr-defined]
        worker_db.procs.append(proc)
        return proc

    return start


def _remove_leftover_sandboxes() -> None:
    """Containers and volumes of this test's runs whose worker is gone (a failed test's leftovers)."""
    from runs.models import Run
    from runs.services.recovery import sandbox_remove_for_worker, worker_process_alive

    try:
        from sandbox import labels
        from sandbox.docker_container import docker_client

        client = docker_client(timeout=10)
    except Exception:
        return
    try:
        run_ids = {str(pk) for pk in Run.objects.values_list("pk", flat=True)}
        found = client.api.containers(all=True, filters={"label": f"{labels.MANAGED}=1"})
        found += client.api.volumes(filters={"label": f"{labels.MANAGED}=1"}).get("Volumes") or []
        owners = {
            (item["Labels"].get(labels.RUN, ""), item["Labels"].get(labels.OWNER, ""))
            for item in found
            if item.get("Labels")
        }
    finally:
        client.close()
    for run_id, owner in owners:
        if run_id in run_ids and owner and not worker_process_alive(owner):
            sandbox_remove_for_worker(run_id=int(run_id), worker=owner)


def stop_worker(proc: subprocess.Popen, sig: int = signal.SIGTERM) -> None:
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


def worker_log(proc: subprocess.Popen) -> str:
    path = getattr(proc, "log_path", None)
    return path.read_text(errors="replace")[-4000:] if path and path.exists() else ""


def wait_for(predicate: Callable[[], object], *, timeout: float, what: str, procs=()) -> object:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.5)
    logs = "\n".join(f"--- worker {p.pid}:\n{worker_log(p)}" for p in procs)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}\n{logs}")
