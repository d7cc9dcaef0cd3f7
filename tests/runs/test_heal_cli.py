"""`manage.py heal` as a user runs it: a real process, on a pipe or a pseudo-terminal, and signals.

Each test starts `manage.py heal` in a subprocess with the environment of a fresh shell (no
HEALER_DEBUG, no secret key) on its own migrated SQLite database, against the real Docker
engine; sandbox containers are found by their owner label (`<host>:<pid>` of the heal).
"""

from __future__ import annotations

import json
import os
import pty
import secrets
import select
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from runs.management.heal_progress import CANCELLING
from tests.conftest import as_terminal_job, make_git_repo

ROOT = Path(__file__).resolve().parents[2]
TEAM = ["--team", "RIFT ORGANISERS", "--leader", "Saiyam Kumar"]
FIX = "LINTING error in calc.py line 1 → Fix: remove the import statement"
PYPROJECT = '[tool.ruff.lint]\nselect = ["F"]\n'
CALC = "import os\n\n\ndef add(a, b):\n    return a + b\n"


def suite_text(sleep: float = 0) -> str:
    if not sleep:
        return "from calc import add\n\n\ndef test_add():\n    assert add(2, 3) == 5\n"
    return f"import time\n\nfrom calc import add\n\n\ndef test_add():\n    time.sleep({sleep})\n    assert add(2, 3) == 5\n"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("heal-cli-data")
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v", "0"],
        cwd=ROOT,
        env={**shell_env(data), "HEALER_DEBUG": "1"},
        check=True,
    )
    # Sandbox containers are labelled with run ids, and the engine is shared with other test
    # sessions: start this database's ids far from theirs (and from 1).
    with sqlite3.connect(data / "healer.sqlite3") as db:
        seq = secrets.randbelow(10**9) + 10**6
        if not db.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'runs_run'", [seq]).rowcount:
            db.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('runs_run', ?)", [seq])
    return data


def shell_env(data: Path) -> dict[str, str]:
    """A fresh shell's environment: no Healer setting but the data directory."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HEALER_", "DATABASE_URL", "REDIS_URL"))}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    env["HEALER_DATA_DIR"] = str(data)
    return env


def heal_argv(*args: str) -> list[str]:
    return [sys.executable, "manage.py", "heal", *args]


def run_row(data: Path, run_id: int) -> tuple[str, str]:
    with sqlite3.connect(data / "healer.sqlite3") as db:
        return db.execute("select status, error_message from runs_run where id = ?", [run_id]).fetchone()


def run_id_of(output: str) -> int:
    line = next(line for line in output.splitlines() if "healing" in line and "Run " in line)
    return int(line.split("Run ", 1)[1].split(":", 1)[0])


def owned(pid: int) -> tuple[list[str], list[str]]:
    """(containers, volumes) whose owner label names this process on this host.

    A dependency cache volume (kind "deps") is left out: it is meant to outlive
    the heal that filled it, whichever test happens to fill it first.
    """
    label = f"label=healer.owner={socket.gethostname()}:{pid}"
    containers = subprocess.run(
        ["docker", "ps", "-aq", "--filter", label], capture_output=True, text=True, check=True
    ).stdout.split()
    listed = subprocess.run(
        ["docker", "volume", "ls", "--filter", label, "--format", '{{.Name}} {{.Label "healer.kind"}}'],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    volumes = [line.split()[0] for line in listed if line.split() and line.split()[1:] != ["deps"]]
    return containers, volumes


def wait_for_sandbox(proc: subprocess.Popen, *, timeout: float = 60) -> list[str]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        containers, _ = owned(proc.pid)
        if containers:
            return containers
        assert proc.poll() is None, "heal ended before its sandbox started"
        time.sleep(0.2)
    raise AssertionError("no sandbox container appeared")


def test_it_needs_neither_the_web_secret_key_nor_debug(data_dir, tmp_path):
    env = shell_env(data_dir)
    proc = subprocess.run(
        heal_argv("ftp://example.com/repo", *TEAM), cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert proc.returncode == 2, proc.stderr  # bad input, judged by heal itself
    assert "error: repo_url:" in proc.stderr and "healer.E001" not in proc.stderr

    bench = subprocess.run(
        [sys.executable, "manage.py", "healbench", str(tmp_path / "missing")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert bench.returncode == 2 and "healer.E001" not in bench.stderr

    # The web process still refuses to start without a key: its check is unchanged.
    check = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert check.returncode == 1 and "healer.E001" in check.stderr


def test_it_asks_for_the_migration_of_a_database_behind_the_code(tmp_path):
    proc = subprocess.run(
        heal_argv(str(tmp_path), *TEAM),
        cwd=ROOT,
        env=shell_env(tmp_path / "new"),
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1
    assert proc.stderr.startswith("error: the database is not up to date with the code: run `make run`")


def test_it_asks_healbench_too_for_the_migration_first(tmp_path):
    proc = subprocess.run(
        [sys.executable, "manage.py", "healbench", "--realcases", "dev"],
        cwd=ROOT,
        env=shell_env(tmp_path / "new"),
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: the database is not up to date with the code: run `make run`")
    assert "Traceback" not in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.docker
@pytest.mark.timeout(240)
def test_it_prints_plain_progress_lines_when_piped(data_dir, tmp_path):
    origin = make_git_repo(
        tmp_path / "repo", {"pyproject.toml": PYPROJECT, "calc.py": CALC, "tests/test_calc.py": suite_text()}
    )
    proc = subprocess.run(
        heal_argv(str(origin), *TEAM), cwd=ROOT, env=shell_env(data_dir), capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    out = proc.stdout
    assert "\x1b" not in out and "\r" not in out  # no control codes at all
    lines = out.splitlines()
    # The engine is shared: a heal first removes what any dead process of this host left behind
    # (another test's killed heal, a crashed benchmark), and says so on a line of its own.
    progress = [line for line in lines if "sandbox leftover(s) of processes that are gone" not in line]
    assert progress[0].startswith("[0:00:0") and "healing" in progress[0]
    assert "] Iteration 1/5: running checks" in out
    assert "] Iteration 1 checks: 1 passed, 0 failed, 1 lint finding(s); 1 failure(s) to fix" in out
    assert "] Candidates so far: 1 tried, 1 validated" in out
    assert FIX in lines  # the fix line alone on its line, exactly
    assert lines[-2:] == [
        "Final status: PASSED (score 110; All checks pass)",
        f"results.json: {data_dir / 'results' / f'run-{run_id_of(out)}.json'}",
    ]


def read_pty(argv: list[str], env: dict[str, str], *, timeout: float) -> tuple[int, str]:
    """Run argv with a pseudo-terminal as its stdin, stdout and stderr; (exit status, everything shown)."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        argv, cwd=ROOT, env={**env, "TERM": "xterm-256color"}, stdin=slave, stdout=slave, stderr=slave
    )
    os.close(slave)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.5)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not data:
                break
            chunks.append(data)
        elif proc.poll() is not None:
            break
    os.close(master)
    if proc.poll() is None:
        # Out of time: stop it as a user would (SIGTERM cancels and removes its sandbox), so a
        # slow run fails this test with what it showed instead of outliving the test session.
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
    return proc.wait(timeout=10), b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.docker
@pytest.mark.timeout(480)
def test_it_shows_a_live_display_on_a_terminal(data_dir, tmp_path):
    origin = make_git_repo(
        tmp_path / "repo", {"pyproject.toml": PYPROJECT, "calc.py": CALC, "tests/test_calc.py": suite_text()}
    )
    # ~30 s alone; a shared machine's load (other sessions' sandboxes) has stretched it past 200 s.
    code, shown = read_pty(heal_argv(str(origin), *TEAM), shell_env(data_dir), timeout=420)
    assert code == 0, shown
    assert "\x1b[" in shown  # redrawn in place
    assert "candidates: 1 tried, 1 validated" in shown
    assert "Iteration 1/5" in shown and "tests: 1 passed, 0 failed" in shown
    lines = shown.replace("\r\n", "\n").split("\n")
    assert any(line.endswith(FIX) for line in lines)
    assert "Final status: PASSED (score 110; All checks pass)" in shown
    assert "[0:00:0" not in shown  # the plain lines are for pipes


@pytest.mark.docker
@pytest.mark.timeout(240)
def test_it_prints_only_results_json_on_stdout_with_json(data_dir, tmp_path):
    origin = make_git_repo(
        tmp_path / "repo", {"pyproject.toml": PYPROJECT, "calc.py": CALC, "tests/test_calc.py": suite_text()}
    )
    copy = tmp_path / "copy.json"
    proc = subprocess.run(
        heal_argv(str(origin), *TEAM, "--json", "--results", str(copy)),
        cwd=ROOT,
        env=shell_env(data_dir),
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    document = json.loads(proc.stdout)  # the whole of stdout is one JSON document
    assert document == json.loads(copy.read_text())
    assert document["final_status"] == "PASSED"
    assert [fix["description"] for fix in document["fixes"]] == [FIX]
    assert "Final status" not in proc.stderr  # stderr is no terminal: no progress either


@pytest.mark.docker
@pytest.mark.timeout(240)
def test_it_prints_only_the_fix_lines_and_the_final_status_with_quiet(data_dir, tmp_path):
    origin = make_git_repo(
        tmp_path / "repo", {"pyproject.toml": PYPROJECT, "calc.py": CALC, "tests/test_calc.py": suite_text()}
    )
    proc = subprocess.run(
        heal_argv(str(origin), *TEAM, "--quiet"),
        cwd=ROOT,
        env=shell_env(data_dir),
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [FIX, "Final status: PASSED (score 110; All checks pass)"]


def start_slow_heal(data_dir: Path, tmp_path: Path, *, sleep: float) -> subprocess.Popen:
    origin = make_git_repo(
        tmp_path / "slow",
        {"pyproject.toml": PYPROJECT, "calc.py": CALC, "tests/test_calc.py": suite_text(sleep)},
    )
    return subprocess.Popen(
        heal_argv(str(origin), "--team", "Slow", "--leader", "Ada"),
        cwd=ROOT,
        env=shell_env(data_dir),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=as_terminal_job,  # Ctrl-C must reach it however this test run was started
    )


def read_until(proc: subprocess.Popen, text: str) -> str:
    """What the heal printed up to and including the first line that contains `text`."""
    seen = []
    for line in proc.stdout:
        seen.append(line)
        if text in line:
            return "".join(seen)
    raise AssertionError(f"heal ended before printing {text!r}:\n{''.join(seen)}")


@pytest.mark.docker
@pytest.mark.timeout(240)
@pytest.mark.parametrize(
    ("signals", "code", "name"),
    [((signal.SIGINT, signal.SIGINT), 130, "SIGINT"), ((signal.SIGTERM,), 143, "SIGTERM")],
)
def test_a_second_ctrl_c_or_sigterm_stops_at_once_and_removes_the_sandbox(
    data_dir, tmp_path, signals, code, name
):
    proc = start_slow_heal(data_dir, tmp_path, sleep=120)
    try:
        before = read_until(proc, "Iteration 1/5: running checks")
        time.sleep(2)  # inside the 120-second test run
        for signum in signals:
            proc.send_signal(signum)
            time.sleep(0.3)
        sent = time.monotonic()
        out, err = proc.communicate(timeout=60)
        out = before + out
    finally:
        proc.kill()
    assert time.monotonic() - sent < 30  # not after the test run's 120 s
    assert proc.returncode == code, out + err
    assert owned(proc.pid) == ([], [])  # container and volumes removed
    status, error = run_row(data_dir, run_id_of(out))
    assert status == "CANCELLED"
    assert error == f"Interrupted ({name}): stopped at once."
    assert f"error: Interrupted ({name})" in err
    assert (data_dir / "results" / f"run-{run_id_of(out)}.json").is_file()


@pytest.mark.docker
@pytest.mark.timeout(240)
def test_the_first_ctrl_c_lets_the_current_step_end_then_cancels(data_dir, tmp_path):
    proc = start_slow_heal(data_dir, tmp_path, sleep=8)
    try:
        before = read_until(proc, "Iteration 1/5: running checks")
        time.sleep(1)  # inside the 8-second test run
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=120)
        out = before + out
    finally:
        proc.kill()
    assert proc.returncode == 130, out + err
    assert CANCELLING in out, out
    # The checks under way ran to their end; nothing was tried after them.
    assert "Iteration 1 checks: 1 passed, 0 failed, 1 lint finding(s)" in out, out
    assert "Iteration 2/5" not in out
    assert run_row(data_dir, run_id_of(out)) == ("CANCELLED", "Cancelled on request.")
    assert owned(proc.pid) == ([], [])


def killed_heal_then_next(data_dir: Path, tmp_path: Path, attempt: int) -> tuple[bool, str]:
    """SIGKILL a heal mid-run, then heal again: (the next heal removed the leftovers itself, its output)."""
    killed = start_slow_heal(data_dir, tmp_path / f"attempt-{attempt}", sleep=120)
    try:
        wait_for_sandbox(killed)
        killed.kill()  # SIGKILL: no clean-up at all
        killed.wait(timeout=30)
    finally:
        killed.kill()
    containers, volumes = owned(killed.pid)
    names = subprocess.run(
        ["docker", "inspect", "--format", "{{.Name}}", *containers], capture_output=True, text=True
    ).stdout.split()
    origin = make_git_repo(
        tmp_path / f"next-{attempt}",
        {"pyproject.toml": PYPROJECT, "calc.py": CALC, "tests/test_calc.py": suite_text()},
    )
    proc = subprocess.run(
        heal_argv(str(origin), *TEAM), cwd=ROOT, env=shell_env(data_dir), capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert owned(killed.pid) == ([], [])
    removed_here = (
        bool(names)
        and bool(volumes)
        and all(
            f"removing container {name.lstrip('/')} (owner process gone)" in proc.stderr for name in names
        )
    )
    return removed_here, proc.stdout


@pytest.mark.docker
@pytest.mark.timeout(600)
def test_the_next_heal_removes_what_a_killed_heal_left_and_spares_live_owners(
    data_dir, tmp_path, docker_engine
):
    from sandbox.labels import labels_for

    client, image = docker_engine
    # A sandbox of a live process (this test): never the next heal's to remove.
    alive = client.api.create_container(image, command=["true"], labels=labels_for(kind="session", ttl=3600))
    try:
        # The engine is shared: any other reaper on this host (a worker's recovery, another heal)
        # may remove the leftovers first, in the second between the kill and the next heal.
        for attempt in range(3):
            removed_here, out = killed_heal_then_next(data_dir, tmp_path, attempt)
            if removed_here:
                break
        assert removed_here, "another reaper removed the leftovers first, three times"
        assert "sandbox leftover(s) of processes that are gone" in out.splitlines()[0]
        assert client.api.inspect_container(alive["Id"])["Id"] == alive["Id"]
    finally:
        client.api.remove_container(alive["Id"], force=True)


@pytest.mark.docker
@pytest.mark.timeout(300)
def test_it_installs_declared_test_dependencies_and_heals(data_dir, tmp_path, docker_engine):
    from tests.sandbox.deps_support import bridge_gateway, serve_index

    client, _ = docker_engine
    index, server = serve_index(tmp_path / "index", bridge_gateway(client))
    # A version of this run's own: the dependency volume is keyed by the index URL and the
    # requirement set, and a volume an earlier run left on this engine with the same (reused)
    # port would be a cache hit with no request to this index.
    version = f"1.0.{secrets.randbelow(10**9)}"
    index.add_wheel("healer-demo-dep", version=version, value=5)
    try:
        origin = make_git_repo(
            tmp_path / "repo",
            {
                "pyproject.toml": PYPROJECT,
                "calc.py": CALC,
                "requirements-test.txt": f"healer-demo-dep=={version}\n",
                "tests/test_calc.py": (
                    "import healer_demo_dep\n\nfrom calc import add\n\n\n"
                    "def test_add():\n    assert add(2, 3) == healer_demo_dep.VALUE\n"
                ),
            },
        )
        env = {
            **shell_env(data_dir),
            "HEALER_SANDBOX_PIP_INDEX_URL": index.url,
            "HEALER_SANDBOX_DEPS_PRIVATE_HOSTS": index.host,
        }
        proc = subprocess.run(
            heal_argv(str(origin), *TEAM), cwd=ROOT, env=env, capture_output=True, text=True
        )
    finally:
        server.shutdown()
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert FIX in proc.stdout.splitlines()
    assert any("healer-demo-dep" in path for path in index.requests)  # installed from the index
    assert " INFO " not in proc.stderr  # the install's log lines are the run log's, not the console's


@pytest.mark.docker
@pytest.mark.timeout(300)
def test_a_failed_dependency_install_says_why_and_what_to_set(data_dir, tmp_path):
    origin = make_git_repo(
        tmp_path / "repo",
        {
            "pyproject.toml": PYPROJECT,
            "calc.py": CALC,
            "requirements-test.txt": "healer-demo-dep==1.0\n",
            "tests/test_calc.py": suite_text(),
        },
    )
    env = {**shell_env(data_dir), "HEALER_SANDBOX_PIP_INDEX_URL": "https://pypi.example.invalid/simple"}
    proc = subprocess.run(heal_argv(str(origin), *TEAM), cwd=ROOT, env=env, capture_output=True, text=True)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    first = next(line for line in proc.stderr.splitlines() if line.startswith("error: "))
    assert first.startswith(
        "error: Installing the repository's dependencies failed (exit 1): the package index "
        "(pypi.example.invalid) could not be reached"
    )
    assert "Set HEALER_SANDBOX_PIP_INDEX_URL to a reachable index" in first
    assert "Tunnel connection failed" in proc.stderr  # pip's own lines follow
