"""The warm pytest server (sandbox/warm_pytest.py) against a fresh pytest process: the same verdicts."""

from __future__ import annotations

import pytest

from healer.engine.checks import PytestRun, Runner
from healer.engine.discovery import discover

from .conftest import PYPROJECT_SRC, SUPPORT

pytestmark = [pytest.mark.docker, pytest.mark.timeout(600)]

CALC = "def add(a, b):\n    return a + b\n\n\nCOUNTER = []\n"
TESTS = (
    "import os\nimport time\n\nfrom calc import COUNTER, add\n\n\n"
    "def test_ok():\n    assert add(1, 2) == 3\n\n\n"
    "def test_wrong():\n    assert add(2, 2) == 5\n\n\n"
    "def test_type():\n    assert add('a', 1)\n\n\n"
    "def test_state_does_not_leak():\n    COUNTER.append(1)\n    assert COUNTER == [1]\n\n\n"
    "def test_hangs():\n    time.sleep(60)\n"
)
EXIT = "import os\n\n\ndef test_exits():\n    os._exit(3)\n"
DAEMON_PID = "/tmp/healer-test-daemon.pid"
DAEMON = (
    "import os\nimport time\n\n\n"
    "def test_leaves_a_daemon():\n"
    "    pid = os.fork()\n"
    "    if pid == 0:\n        os.setsid()\n        time.sleep(300)\n        os._exit(0)\n"
    f"    with open({DAEMON_PID!r}, 'w') as f:\n        f.write(str(pid))\n"
)

# Every warning is an error, and one filter names a warning class of the project's own package
# (pytest imports the project while it configures itself).
STRICT_CFG = (
    "[tool:pytest]\ntestpaths = tests\nfilterwarnings =\n\terror\n\tignore::strictpkg.clean.CleanWarning\n"
)
STRICT_PACKAGE = {
    "strictpkg/__init__.py": "from strictpkg.clean import clean\n",
    "strictpkg/clean.py": (
        "import warnings\n\n\nclass CleanWarning(UserWarning):\n    pass\n\n\n"
        "def clean(text):\n    warnings.warn('cleaned', CleanWarning)\n    return text.strip()\n"
    ),
    "tests/test_clean.py": (
        "from strictpkg import clean\n\n\n"
        "def test_strips():\n    assert clean(' a ') == 'a'\n\n\n"
        "def test_wrong():\n    assert clean('b') == 'c'\n"
    ),
    "tests/test_more.py": "def test_ok():\n    assert True\n",
}


def outcomes(run: PytestRun) -> dict[str, tuple]:
    """What a verdict depends on: outcome, exception type and the line it was raised at, per node id."""
    found = {}
    for nodeid, test in run.tests.items():
        exc = test.exception or {}
        frames = exc.get("frames") or []
        found[nodeid] = (test.outcome, exc.get("type"), frames[-1][1] if frames else None)
    return found


@pytest.fixture
def open_pair(docker_engine, project):
    """open_pair(files) -> (ws, fresh, warm): two sandboxes of one project, differing only by the warm server."""
    from sandbox.docker_backend import DockerSandbox
    from tests.fixtures_docker import small_options

    client, image = docker_engine
    opened = []

    def open_(files: dict[str, str]):
        ws = project(files)
        for warm in (False, True):
            opened.append(
                DockerSandbox.start(
                    client=client,
                    options=small_options(image, default_timeout=120.0, warm_pytest=warm),
                    run_id=f"warm-test-{warm}-{len(opened)}",
                    workspace=ws,
                    support_root=SUPPORT,
                )
            )
        return ws, opened[-2], opened[-1]

    try:
        yield open_
    finally:
        for sandbox in opened:
            sandbox.close()


@pytest.fixture
def sandboxes(open_pair):
    """(ws, fresh, warm) of the calc project."""
    return open_pair(
        {
            "pyproject.toml": PYPROJECT_SRC,
            "src/calc.py": CALC,
            "tests/test_calc.py": TESTS,
            "tests/test_exit.py": EXIT,
            "tests/test_daemon.py": DAEMON,
        }
    )


def runner_for(ws, sandbox) -> Runner:
    return Runner(sandbox=sandbox, plan=discover(ws), test_timeout=3, command_timeout=60)


def test_it_gives_the_same_verdicts_as_a_fresh_process(sandboxes):
    ws, fresh, warm = sandboxes
    ids = [f"tests/test_calc.py::{name}" for name in ("test_ok", "test_wrong", "test_type", "test_hangs")]
    ids.append("tests/test_calc.py::test_state_does_not_leak")
    for _ in range(2):  # the second round runs in a fork of the same server: no state carried over
        runs = [runner_for(ws, sandbox).run_tests(node_ids=ids, coverage=True) for sandbox in (fresh, warm)]
        assert runs[0].error == runs[1].error == ""
        assert outcomes(runs[0]) == outcomes(runs[1])
        assert outcomes(runs[1])["tests/test_calc.py::test_hangs"][0] == "failed"  # the per-test timeout
        assert (
            runs[0].tests["tests/test_calc.py::test_ok"].covered
            == runs[1].tests["tests/test_calc.py::test_ok"].covered
        )
    assert warm.pytest_runs == {"warm": 2}
    assert fresh.pytest_runs == {}


def test_it_sees_each_edit_of_the_repository(sandboxes):
    ws, _fresh, warm = sandboxes
    runner = runner_for(ws, warm)
    assert (
        outcomes(runner.run_tests(node_ids=["tests/test_calc.py::test_wrong"]))[
            "tests/test_calc.py::test_wrong"
        ][0]
        == "failed"
    )
    warm.put_files({"src/calc.py": b"def add(a, b):\n    return a + b + (a == 2)\n\n\nCOUNTER = []\n"})
    run = runner.run_tests(node_ids=["tests/test_calc.py::test_wrong"])
    assert outcomes(run)["tests/test_calc.py::test_wrong"][0] == "passed"
    assert warm.pytest_runs == {"warm": 2}


def test_it_reports_a_test_that_ends_the_process_as_fresh_does(sandboxes):
    ws, fresh, warm = sandboxes
    runs = [
        runner_for(ws, sandbox).run_tests(node_ids=["tests/test_exit.py::test_exits"])
        for sandbox in (fresh, warm)
    ]
    assert runs[0].tests == runs[1].tests == {}
    assert bool(runs[0].error) and bool(runs[1].error)
    # The warm run wrote no report, so it was run again fresh; the server survived its child's
    # os._exit: the next run is warm again and passes.
    run = runner_for(ws, warm).run_tests(node_ids=["tests/test_calc.py::test_ok"])
    assert run.passed_ids == {"tests/test_calc.py::test_ok"}
    assert warm.pytest_runs == {"fresh": 1, "warm": 1}


def test_it_kills_what_a_test_left_behind_and_keeps_serving(sandboxes):
    ws, _fresh, warm = sandboxes
    runner = runner_for(ws, warm)
    assert runner.run_tests(node_ids=["tests/test_daemon.py::test_leaves_a_daemon"]).passed_ids
    # The daemon (its pid written by the test that forked it) is dead once the run is over.
    assert warm.exec(["cat", DAEMON_PID], reset=False).output.strip().isdigit()
    probe = f"kill -0 $(cat {DAEMON_PID}) 2>/dev/null && echo alive || echo dead"
    assert warm.exec(["sh", "-c", probe], reset=False).output.strip() == "dead"
    listing = warm.exec(["ps", "-eo", "args", "--no-headers"], reset=False).output
    # The daemon was a fork of the server's child (the same command line): at most the server is
    # left (the agent's own command line carries the server's source too, after `-I -S`). The kills
    # spare the server, unless a leftover outlived the scans and kill(-1) took it too (agent.py);
    # the next warm request then starts it again, which the warm run below shows.
    assert sum("run_child" in line and "-I -S" not in line for line in listing.splitlines()) <= 1
    run = runner.run_tests(node_ids=["tests/test_calc.py::test_ok"])
    assert run.passed_ids == {"tests/test_calc.py::test_ok"}
    assert warm.pytest_runs == {"warm": 2}


def test_it_runs_a_suite_whose_warnings_are_errors_as_fresh_does(open_pair):
    # pytest marks its plugins' modules for assertion rewriting; one the server had imported
    # raised a config-time PytestAssertRewriteWarning, an error under `filterwarnings = error`.
    ws, fresh, warm = open_pair({"setup.cfg": STRICT_CFG, **STRICT_PACKAGE})
    for node_ids in ([], ["tests/test_clean.py::test_strips", "tests/test_clean.py::test_wrong"]):
        runs = [runner_for(ws, sandbox).run_tests(node_ids=node_ids) for sandbox in (fresh, warm)]
        assert runs[0].error == runs[1].error == "", runs[1].error
        assert outcomes(runs[0]) == outcomes(runs[1])
        assert outcomes(runs[1])["tests/test_clean.py::test_wrong"][0] == "failed"
    assert warm.pytest_runs == {"warm": 2}
