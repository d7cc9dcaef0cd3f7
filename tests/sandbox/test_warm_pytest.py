"""The warm pytest server (sandbox/warm_pytest.py) and the agent's use of it, without Docker.

The server runs here as a local process in a temporary repository: its protocol, the child's
`python -m pytest` semantics and its refusals. The agent's warm functions are loaded from its
source without its main loop (nothing here kills processes or resets /work)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from healer.engine import SUPPORT_ROOT
from sandbox.docker_agent import AGENT_SOURCE, WARM_SOURCE

PASSING = "def test_one():\n    assert 1 + 1 == 2\n"
FAILING = "def test_one():\n    assert 1 + 1 == 3\n"
# Leaves a mark in a module the server imported; a later child must not see it.
LEAKY = (
    "import _pytest\n\n\n"
    "def test_leak():\n    assert not hasattr(_pytest, 'healer_leak')\n    _pytest.healer_leak = True\n"
)


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(SUPPORT_ROOT), "PYTHONDONTWRITEBYTECODE": "1"}


class Server:
    """The warm server as the agent starts it: `python -c <source> <fd>` in the repository."""

    def __init__(self, repo: Path) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self.proc = subprocess.Popen(
            [sys.executable, "-c", WARM_SOURCE, str(theirs.fileno())],
            cwd=repo,
            env=env(),
            pass_fds=(theirs.fileno(),),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        theirs.close()
        self.channel = ours
        self.channel.settimeout(120)
        self.greeting = json.loads(self.channel.recv(1 << 16) or b"{}")

    def run(self, *args: str) -> tuple[int, str]:
        """(status, output) of one run, the output read from a pipe handed over with the request."""
        read, write = os.pipe()
        try:
            socket.send_fds(self.channel, [json.dumps({"argv": list(args)}).encode()], [write])
        finally:
            os.close(write)
        answer = json.loads(self.channel.recv(1 << 16))
        with os.fdopen(read, "rb") as pipe:
            output = pipe.read().decode()
        return answer["status"], output

    def close(self) -> None:
        self.channel.close()
        self.proc.wait(timeout=30)


@pytest.fixture
def server(tmp_path):
    opened: list[Server] = []

    def open_(files: dict[str, str]) -> Server:
        for name, text in files.items():
            (tmp_path / name).write_text(text)
        opened.append(Server(tmp_path))
        return opened[-1]

    yield open_
    for each in opened:
        each.close()


ARGS = ("-q", "-p", "no:cacheprovider", "test_it.py")


def test_it_runs_pytest_in_a_fork_and_reports_its_exit_status(server, tmp_path):
    warm = server({"test_it.py": FAILING})
    assert warm.greeting == {"ready": True}
    status, output = warm.run(*ARGS)
    fresh = subprocess.run(
        [sys.executable, "-m", "pytest", *ARGS], cwd=tmp_path, env=env(), capture_output=True, text=True
    )
    assert status == fresh.returncode == 1
    assert "1 failed" in output and "1 failed" in fresh.stdout


def test_it_sees_an_edit_made_between_two_runs(server, tmp_path):
    warm = server({"test_it.py": FAILING})
    assert warm.run(*ARGS)[0] == 1
    (tmp_path / "test_it.py").write_text(PASSING)
    status, output = warm.run(*ARGS)
    assert status == 0, output


def test_it_forks_each_run_from_the_clean_parent(server):
    warm = server({"test_it.py": LEAKY})
    for _ in range(2):
        status, output = warm.run(*ARGS)
        assert status == 0, output


def test_it_reports_a_child_that_ends_itself(server):
    warm = server({"test_it.py": "import os\n\n\ndef test_exit():\n    os._exit(7)\n"})
    assert warm.run(*ARGS)[0] == 7
    assert warm.proc.poll() is None


def test_it_refuses_to_serve_when_pytest_imported_the_repository(server):
    # A repository module shadowing one of pytest's own dependencies: a child would run the
    # server's stale copy of it after an edit, so the server serves nothing.
    warm = server({"test_it.py": PASSING, "iniconfig.py": "from importlib import import_module\n"})
    assert "error" in warm.greeting
    assert "iniconfig" in warm.greeting["error"]


# Every warning an error, as a project's `filterwarnings = error` makes it.
STRICT_CFG = "[tool:pytest]\nfilterwarnings =\n\terror\n"
REPORTED = ("-p", "healer_pytest_report", "--healer-report=report.json", *ARGS)


def test_it_runs_a_suite_whose_warnings_are_errors_as_fresh_does(server, tmp_path):
    # A plugin module the server imported could not be assertion-rewritten by the child's pytest,
    # whose config-time PytestAssertRewriteWarning was an error here: exit 1 and no report.
    warm = server({"setup.cfg": STRICT_CFG, "test_it.py": PASSING})
    status, output = warm.run(*REPORTED)
    assert status == 0, output
    assert (tmp_path / "report.json").is_file()


def test_it_keeps_the_imports_of_the_plugins_it_forgets(server):
    # pluggy is imported by pytest itself (never marked for rewriting): the child finds it in
    # sys.modules; the report plugin, marked by `-p`, is imported again through pytest's hook.
    probe = (
        "import sys\n\n\n"
        "def test_probe():\n"
        "    assert type(sys.modules['healer_pytest_report'].__loader__).__name__ == 'AssertionRewritingHook'\n"
    )
    warm = server({"test_it.py": probe})
    status, output = warm.run(*REPORTED)
    assert status == 0, output


def test_it_finds_the_plugins_a_request_names():
    from sandbox import warm_pytest

    argv = ["-p", "one", "-ptwo", "-p", "no:three", "-q", "--pdb", "-pno:four", "tests"]
    assert warm_pytest.named_plugins(argv) == ["one", "two"]


# A failing assertion whose message is pytest's introspection of the rewritten assert.
INTROSPECTED = "def test_one():\n    items = [1, 2]\n    assert items == [1, 3]\n"
REUSED = (
    "import _pytest.assertion.rewrite as rewrite\n\n\n"
    "def test_reused():\n    assert rewrite._rewrite_test.__qualname__.startswith('reuse_rewrites')\n"
)


def test_it_gives_the_child_the_rewrite_the_server_made_of_a_named_module(server):
    warm = server({"test_it.py": REUSED})
    for _ in range(2):
        status, output = warm.run(*ARGS)
        assert status == 0, output


def test_it_reports_a_reused_rewrite_as_a_fresh_run_does(server, tmp_path):
    warm = server({"test_it.py": INTROSPECTED})
    fresh = subprocess.run(
        [sys.executable, "-m", "pytest", *ARGS], cwd=tmp_path, env=env(), capture_output=True, text=True
    )
    expected = [line for line in fresh.stdout.splitlines() if line.startswith("E ")]
    assert expected
    for _ in range(2):
        status, output = warm.run(*ARGS)
        assert status == 1
        assert [line for line in output.splitlines() if line.startswith("E ")] == expected


def test_it_remembers_the_rewrite_pytest_makes_of_the_named_files(tmp_path, monkeypatch):
    import types

    from _pytest.assertion.rewrite import _rewrite_test

    from sandbox import warm_pytest

    (tmp_path / "tests").mkdir()
    (tmp_path / "conftest.py").write_text("ROOT = 1\n")
    (tmp_path / "tests" / "test_a.py").write_text(INTROSPECTED)
    (tmp_path / "tests" / "helper.txt").write_text("not python\n")
    monkeypatch.setattr(warm_pytest, "REPO", str(tmp_path))
    monkeypatch.setattr(warm_pytest, "REWRITTEN", {})
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    warm_pytest.remember_rewrites(
        ["-q", "--rootdir=/x", "-p", "x.py", "tests/test_a.py::test_one", "tests/helper.txt", "../out.py"]
    )
    module = str(tmp_path / "tests" / "test_a.py")
    assert set(warm_pytest.REWRITTEN) == {module, str(tmp_path / "conftest.py")}
    source, remembered = warm_pytest.REWRITTEN[module]
    assert source == INTROSPECTED.encode()

    def bodies(code: types.CodeType) -> list[bytes]:
        nested = [c for c in code.co_consts if isinstance(c, types.CodeType)]
        return [code.co_code, *(body for c in nested for body in bodies(c))]

    assert bodies(remembered[1]) == bodies(_rewrite_test(Path(module), None)[1])


# -- the agent's side ----------------------------------------------------------
@pytest.fixture
def agent(tmp_path):
    """The agent's functions (its source without the main loop), with /work pointed at tmp_path."""
    source = AGENT_SOURCE.rstrip()
    assert source.endswith("main()")
    namespace: dict = {"__name__": "healer_agent_under_test"}
    exec(compile(source[: -len("main()")], "agent.py", "exec"), namespace)
    namespace["WORK"] = str(tmp_path)

    class Reset:
        def wait(self) -> int:
            return 0  # the working copy is tmp_path already; nothing is reset here

    namespace["start"] = lambda argv, env: Reset()
    yield namespace
    namespace["warm_stop"]()


def request(**extra) -> dict:
    return {
        "argv": [sys.executable, "-m", "pytest", *ARGS],
        "env": env(),
        "reset": True,
        "stage": "",
        **extra,
    }


def test_it_sends_only_reset_pytest_commands_to_the_warm_server(agent):
    wanted = agent["warm_wanted"]
    assert wanted(request(warm=True))
    assert not wanted(request())
    assert not wanted(request(warm=True, reset=False))
    assert not wanted({**request(warm=True), "argv": [sys.executable, "-c", "pass"]})


def test_it_runs_warm_and_keeps_the_server(agent, tmp_path):
    (tmp_path / "test_it.py").write_text(PASSING)
    read, write = os.pipe()
    try:
        assert agent["run_warm"](request(warm=True), out_fd=write) == (0, "warm")
        first = agent["warm_pid"]()
        assert agent["run_warm"](request(warm=True), out_fd=write) == (0, "warm")
        assert agent["warm_pid"]() == first
    finally:
        os.close(write)
        os.close(read)


def test_it_falls_back_to_a_fresh_process_when_the_server_refuses(agent, tmp_path):
    (tmp_path / "test_it.py").write_text(PASSING)
    (tmp_path / "iniconfig.py").write_text("")
    code, how = agent["run_warm"](request(warm=True), out_fd=2)
    assert code is None and how.startswith("fresh: ") and "iniconfig" in how
    assert agent["warm_pid"]() is None
    # The refusal is remembered for this environment: no second server start is paid.
    code, how = agent["run_warm"](request(warm=True), out_fd=2)
    assert code is None and "refused" in how


def test_it_runs_again_fresh_when_the_warm_run_wrote_no_report(agent, tmp_path):
    (tmp_path / "test_it.py").write_text("import os\n\n\ndef test_exit():\n    os._exit(3)\n")
    argv = [sys.executable, "-m", "pytest", "--healer-report=report.json", *REPORTED[:2], *ARGS]
    read, write = os.pipe()
    try:
        code, how = agent["run_warm"](request(warm=True, argv=argv), out_fd=write)
        assert code is None and how == "fresh: the warm run wrote no report (exit code 3)"
        assert agent["warm_pid"]() is not None  # the server itself is sound: it keeps serving
        (tmp_path / "test_it.py").write_text(PASSING)
        assert agent["run_warm"](request(warm=True, argv=argv), out_fd=write) == (0, "warm")
    finally:
        os.close(write)
        os.close(read)
