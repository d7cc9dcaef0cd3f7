"""The reaper: rules (no engine needed) and a worker killed mid-run (real engine)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from sandbox import labels
from sandbox.reaper import _parse_time, _why, owner_dead, reap

NOW = 1_700_000_000.0
ME = f"{socket.gethostname()}:{os.getpid()}"


def lbl(**overrides):
    base = {labels.MANAGED: "1", labels.RUN: "7", labels.EXPIRES: str(int(NOW) + 600), labels.OWNER: ME}
    base.update(overrides)
    return base


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_it_keeps_a_live_unexpired_session():
    assert _why(lbl(), created=NOW - 10, now=NOW, is_active=None) == ""


def test_it_reaps_expired_objects_unless_the_run_is_still_active():
    expired = lbl(**{labels.EXPIRES: str(int(NOW) - 1)})
    assert _why(expired, created=NOW - 9000, now=NOW, is_active=None) == "expired"
    assert _why(expired, created=NOW - 9000, now=NOW, is_active=lambda run: True) == ""


def test_it_reaps_objects_whose_owner_process_on_this_host_is_gone():
    owner = f"{socket.gethostname()}:{dead_pid()}"
    assert owner_dead(owner)
    assert _why(lbl(**{labels.OWNER: owner}), created=NOW, now=NOW, is_active=None) == "owner process gone"


def test_it_never_judges_owners_on_other_hosts_or_malformed_owners():
    assert not owner_dead(f"some-other-host:{dead_pid()}")
    assert not owner_dead("garbage")
    assert not owner_dead(ME)


def test_it_follows_the_runs_predicate_after_a_grace_period():
    inactive = lambda run: False  # noqa: E731
    assert _why(lbl(), created=NOW - 5, now=NOW, is_active=inactive) == ""
    assert _why(lbl(), created=NOW - 600, now=NOW, is_active=inactive) == "run no longer active"


def test_a_failing_predicate_does_not_stop_the_reaper():
    def boom(run):
        raise RuntimeError("db down")

    assert _why(lbl(), created=NOW - 600, now=NOW, is_active=boom) == ""


def test_it_parses_docker_timestamps():
    assert _parse_time("2023-11-14T22:13:20.123456789Z") == pytest.approx(1700000000.123456, abs=1e-3)
    assert _parse_time("2023-11-14T22:13:20Z") == 1700000000.0
    assert _parse_time("") == 0.0


WORKER = textwrap.dedent(
    """
    import os, sys
    sys.path.insert(0, sys.argv[1])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "healer.settings")
    import django
    django.setup()
    from pathlib import Path
    from healer.engine.workspace import Workspace
    from sandbox.docker_backend import DockerSandbox
    from sandbox.docker_container import docker_client
    from tests.fixtures_docker import small_options
    repo = Path(sys.argv[2])
    sb = DockerSandbox.start(client=docker_client(), options=small_options(sys.argv[3]), run_id="killed-worker",
                             workspace=Workspace(repo), support_root=None)
    print(sb.container_id, sb.stage_volume, flush=True)
    sb.exec(["sleep", "600"], timeout=900)
    """
)


@pytest.mark.docker
def test_reap_removes_what_a_worker_killed_mid_run_left_behind(docker_engine, make_sandbox, tmp_path):
    client, image = docker_engine
    survivor = make_sandbox(run_id="live-run")  # owned by this (live) process: must survive
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "a.py").write_text("A = 1\n")
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen(
        [sys.executable, "-c", WORKER, str(root), str(repo), image],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "healer.settings"},
    )
    try:
        container_id, volume = proc.stdout.readline().split()
        time.sleep(0.5)  # let it enter the exec
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert client.api.inspect_container(container_id)["State"]["Running"]  # orphaned, still there

    report = reap(client=client)

    assert any(name.startswith("healer-run-killed-worker") for name in report.containers)
    assert volume in report.volumes
    assert not client.api.containers(all=True, filters={"id": container_id})
    assert not client.api.volumes(filters={"name": volume}).get("Volumes")
    assert client.api.inspect_container(survivor.container_id)["State"]["Running"]
    assert survivor.exec(["true"]).exit_code == 0


@pytest.mark.docker
def test_reap_dry_run_removes_nothing(docker_engine, make_sandbox):
    client, _ = docker_engine
    sb = make_sandbox(run_id="dry")
    report = reap(client=client, is_active=lambda run: run != "dry", now=time.time() + 10**6, dry_run=True)
    assert any(name == sb.name for name in report.containers)
    assert client.api.inspect_container(sb.container_id)["State"]["Running"]


def test_it_asks_the_runs_predicate_only_about_its_own_deployment():
    inactive = lambda run: False  # noqa: E731
    ours = lbl(**{labels.INSTANCE: "aaa"})
    theirs = lbl(**{labels.INSTANCE: "bbb"})
    assert (
        _why(ours, created=NOW - 600, now=NOW, is_active=inactive, instance="aaa") == "run no longer active"
    )
    assert _why(theirs, created=NOW - 600, now=NOW, is_active=inactive, instance="aaa") == ""
    expired_theirs = {**theirs, labels.EXPIRES: str(int(NOW) - 1)}
    assert _why(expired_theirs, created=NOW - 9000, now=NOW, is_active=inactive, instance="aaa") == "expired"


def test_sessions_label_containers_with_the_deployment(settings):
    from sandbox.sessions import docker_options

    settings.HEALER_INSTANCE_ID = "deploy-1"
    assert docker_options().instance == "deploy-1"
    assert (
        labels.labels_for(kind="session", run_id="3", ttl=60, instance="deploy-1")[labels.INSTANCE]
        == "deploy-1"
    )
