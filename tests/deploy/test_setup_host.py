"""deploy/setup-host.sh, the one set-up script of `make run` and `.ci/run`.

Most tests run the real script (and the real Makefile) with stand-in system tools first on
PATH (`id`, `dpkg`, `apt-get`, `docker`, `dockerd`, `systemctl`, `make`, `sudo`, and the
virtualenv's python), which record what they were asked: so "as root" and "not root" can both
be tried on one machine without installing or starting anything. The last test starts a real
second Docker engine on a socket of its own (the shared engine is never touched).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import as_terminal_job
from tests.fixtures_docker import docker_unavailable

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "deploy/setup-host.sh"
ALL = "docker.io debootstrap git make python3 python3-venv python3-pip ca-certificates"

STUBS = {
    "id": 'case "$1" in -u) echo "$FAKE_UID" ;; -un) echo tester ;; *) exec /usr/bin/id "$@" ;; esac',
    "dpkg": 'echo "dpkg $*" >> "$CALLS"; [ "$1" = -s ] && case " $FAKE_INSTALLED " in *" $2 "*) exit 0 ;; esac; exit 1',
    "apt-get": 'echo "apt-get $*" >> "$CALLS"',
    "docker": (
        '[ "$1" = info ] || exit 2; [ -e "$STATE/engine-up" ] || exit 1; '
        '[ "$2" = --format ] && echo "20.10.24, storage overlay2, cgroup v1"; exit 0'
    ),
    "dockerd": 'echo "dockerd $*" >> "$CALLS"; [ -n "$ENGINE_STARTS" ] && touch "$STATE/engine-up"; echo "dockerd log line"',
    "systemctl": 'echo "systemctl $*" >> "$CALLS"; touch "$STATE/engine-up"',
    "make": 'echo "make $*" >> "$CALLS"',
    "sudo": 'echo "sudo $*" >> "$CALLS"; exec "$@"',
}
VENV_PYTHON = (
    'echo "python $*" >> "$CALLS"; [ "$*" = "manage.py sandbox build" ] && exit "${BUILD_EXIT:-0}"; exit 0'
)


@pytest.fixture
def host(tmp_path):
    """A stand-in machine: run(args, uid=..., installed=..., engine_up=...) -> (process, calls)."""
    stubs = tmp_path / "bin"
    stubs.mkdir()
    for name, body in {**STUBS}.items():
        path = stubs / name
        path.write_text(f"#!/bin/sh\n{body}\n")
        path.chmod(0o755)
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin/python").write_text(f"#!/bin/sh\n{VENV_PYTHON}\n")
    (venv / "bin/python").chmod(0o755)
    state = tmp_path / "state"
    state.mkdir()
    calls = tmp_path / "calls.log"

    def run(*args, uid=1000, installed="", engine_up=False, engine_starts=True, argv=None, **env):
        calls.write_text("")
        if engine_up:
            (state / "engine-up").touch()
        environ = {
            "PATH": f"{stubs}:{os.environ['PATH']}",
            "HOME": str(tmp_path),
            "FAKE_UID": str(uid),
            "FAKE_INSTALLED": installed,
            "STATE": str(state),
            "CALLS": str(calls),
            "VENV": str(venv),
            "HEALER_DOCKERD_LOG": str(tmp_path / "dockerd.log"),
            "ENGINE_STARTS": "1" if engine_starts else "",
            **env,
        }
        proc = subprocess.run(
            argv or ["bash", str(SCRIPT), *args], cwd=ROOT, env=environ, capture_output=True, text=True
        )
        return proc, calls.read_text().splitlines()

    run.venv = venv
    run.log = tmp_path / "dockerd.log"
    return run


def test_it_prints_the_exact_root_commands_and_fails_when_not_root(host):
    proc, calls = host(uid=1000, installed="git make python3", engine_up=False)
    assert proc.returncode == 1
    assert "Healer is NOT ready" in proc.stderr
    lines = proc.stderr.splitlines()
    # Each line can be pasted as it is.
    assert (
        "  sudo sh -c 'apt-get update && apt-get install -y docker.io debootstrap python3-venv python3-pip "
        "ca-certificates'" in lines
    )
    assert f"  sudo sh -c 'nohup dockerd -H unix:///var/run/docker.sock >>{host.log} 2>&1 &'" in lines
    assert "Ready to heal" not in proc.stdout
    # Nothing was attempted as root.
    assert not [call for call in calls if call.startswith(("apt-get", "dockerd", "sudo", "systemctl"))]


def test_as_root_it_installs_what_is_missing_starts_the_engine_and_builds_the_image(host):
    proc, calls = host(uid=0, installed=ALL.replace("debootstrap ", ""), engine_up=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "apt-get update -qq" in calls
    assert "apt-get install -y -qq debootstrap" in calls
    assert any(call.startswith("dockerd -H unix:///var/run/docker.sock") for call in calls)
    assert f"make --no-print-directory install VENV={host.venv}" in calls
    assert calls[-1] == "python manage.py sandbox build"
    assert "Docker engine: not running; starting it" in proc.stdout
    assert proc.stdout.rstrip().endswith(
        "Ready to heal: packages, Docker engine, Python environment and sandbox image are in place"
    )


def test_it_uses_sudo_for_the_root_steps_when_asked(host):
    proc, calls = host("--sudo", "--with", "chromium redis-server", uid=1000, installed=ALL, engine_up=False)
    assert proc.returncode == 0, proc.stderr
    assert "sudo apt-get install -y -qq chromium redis-server" in calls
    assert any(call.startswith("sudo sh -c nohup dockerd") for call in calls)
    assert "sudo env HEALER_DEBUG=1" in "\n".join(calls)


def test_it_fails_loudly_with_the_engines_log_when_the_engine_does_not_start(host):
    proc, _ = host(uid=0, installed=ALL, engine_up=False, engine_starts=False, HEALER_ENGINE_WAIT="2")
    assert proc.returncode == 1
    assert "the Docker engine did not answer within 2s" in proc.stderr
    assert "dockerd log line" in proc.stderr  # the tail of its log
    assert "Ready to heal" not in proc.stdout


def test_without_root_it_reuses_a_built_image_or_says_how_to_build_it(host):
    proc, calls = host(uid=1000, installed=ALL, engine_up=True)
    assert proc.returncode == 0, proc.stderr
    assert calls[-1] == "python manage.py sandbox build"
    proc, _ = host(uid=1000, installed=ALL, engine_up=True, BUILD_EXIT="3")
    assert proc.returncode == 1
    assert f"HEALER_DEBUG=1 {host.venv}/bin/python manage.py sandbox build" in proc.stderr


def test_make_run_stops_before_serving_when_the_set_up_fails(host):
    proc, calls = host(
        uid=1000,
        installed="git make",
        argv=["/usr/bin/make", "--no-print-directory", "run", f"VENV={host.venv}"],
    )
    assert proc.returncode != 0
    assert "Healer is NOT ready" in proc.stderr
    assert not [call for call in calls if call.startswith("python manage.py")]  # no migrate, no runserver
    assert "Healer on http" not in proc.stdout


def _link_exists(name: str) -> bool:
    return subprocess.run(["ip", "link", "show", name], capture_output=True).returncode == 0


@pytest.mark.docker
@pytest.mark.timeout(180)
def test_it_starts_a_real_engine_that_is_not_running_and_waits_for_it(tmp_path):
    if os.geteuid() != 0 or shutil.which("ip") is None:
        docker_unavailable("starting dockerd needs root (and iproute2 for its bridge)")
    base = Path(f"/tmp/healer-dockerd-{os.getpid()}")  # a short path: unix socket paths are limited
    base.mkdir()
    socket = base / "docker.sock"
    bridge = f"hl{os.getpid() % 100000}"
    docker0 = _link_exists("docker0")
    # A bridge of its own: `--bridge none` would make dockerd delete the shared engine's docker0.
    subprocess.run(["ip", "link", "add", "name", bridge, "type", "bridge"], check=True)
    subprocess.run(["ip", "addr", "add", "10.213.77.1/24", "dev", bridge], check=True)
    env = {
        **os.environ,
        "DOCKER_HOST": f"unix://{socket}",
        "HEALER_DOCKERD_LOG": str(base / "dockerd.log"),
        # Its own state and bridge, no iptables rules: the shared engine's network stays as it is.
        "HEALER_DOCKERD_ARGS": f"--data-root {base}/data --exec-root {base}/exec --pidfile {base}/docker.pid "
        f"--bridge {bridge} --iptables=false --ip-masq=false",
    }
    try:
        proc = subprocess.run(
            ["bash", str(SCRIPT), "engine"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
        )
        assert proc.returncode == 0, proc.stdout + proc.stderr
        assert "Docker engine: not running; starting it (nohup dockerd -H" in proc.stdout
        info = subprocess.run(
            ["docker", "info", "--format", "{{.DockerRootDir}}"], env=env, capture_output=True, text=True
        )
        assert info.stdout.strip() == f"{base}/data"  # the new engine, not the shared one
        again = subprocess.run(
            ["bash", str(SCRIPT), "engine"], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert again.returncode == 0 and "starting it" not in again.stdout  # running: left alone
    finally:
        pidfile = base / "docker.pid"
        if pidfile.exists():
            pid = int(pidfile.read_text())
            os.kill(pid, signal.SIGTERM)
            deadline = time.monotonic() + 30
            while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
                time.sleep(0.2)
        subprocess.run(["ip", "link", "delete", bridge], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)
    assert _link_exists("docker0") == docker0  # the shared engine's bridge is untouched


def _processes_with(marker: str) -> list[int]:
    """Pids of the processes whose environment holds `marker` (this test's data directory)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if marker.encode() in (entry / "environ").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


@pytest.mark.docker
@pytest.mark.timeout(300)
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_make_run_serves_then_stops_with_its_worker_on_a_signal(tmp_path, signum):
    import socket
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    data = tmp_path / "data"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HEALER_", "DATABASE_URL", "REDIS_URL"))}
    env.update(HEALER_DATA_DIR=str(data), HEALER_Q_QUEUE=f"make-run-{port}")
    log = open(tmp_path / "make.log", "wb")  # noqa: SIM115  (closed below)
    # Its own process group, as a terminal's foreground job: the signal goes to the whole group.
    make = subprocess.Popen(
        ["make", "--no-print-directory", "run", f"PORT={port}"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
        preexec_fn=as_terminal_job,
    )
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/accounts/login/", timeout=5) as page:
                    assert page.status == 200
                break
            except OSError:
                assert make.poll() is None, (tmp_path / "make.log").read_text()
                time.sleep(1)
        workers = [
            pid
            for pid in _processes_with(str(data))
            if b"qcluster" in Path(f"/proc/{pid}/cmdline").read_bytes()
        ]
        assert workers, "no worker started"
        os.killpg(make.pid, signum)
        make.wait(timeout=60)
        deadline = time.monotonic() + 60
        while _processes_with(str(data)) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert _processes_with(str(data)) == []  # the web app and the worker, all gone
    finally:
        for pid in _processes_with(str(data)):
            os.kill(pid, signal.SIGKILL)
        log.close()
