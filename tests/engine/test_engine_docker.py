"""The engine against the real Docker sandbox (pytest 8.3 / Python 3.13 inside the image)."""

from __future__ import annotations

import json

import pytest

from healer.engine.checks import PYTEST_REPORT_NAME, Runner
from healer.engine.discovery import discover
from healer.engine.repair import Engine, EngineConfig
from healer.engine.types import BugType, FixStatus

from .conftest import PYPROJECT_SRC, SUPPORT
from .test_engine_repair import GEOMETRY, GEOMETRY_TESTS

pytestmark = pytest.mark.docker


@pytest.fixture
def docker_sandbox(docker_engine, tmp_path):
    """open(workspace) -> a DockerSandbox with Healer's support files; all closed at teardown."""
    from sandbox.docker_backend import DockerSandbox
    from tests.fixtures_docker import small_options

    client, image = docker_engine
    opened = []

    def open_(workspace):
        sandbox = DockerSandbox.start(
            client=client,
            options=small_options(image, default_timeout=120.0),
            run_id="engine-test",
            workspace=workspace,
            support_root=SUPPORT,
        )
        opened.append(sandbox)
        return sandbox

    yield open_
    for sandbox in opened:
        sandbox.close()


def test_the_plugin_reports_from_the_sandbox_pytest(project, docker_sandbox):
    ws = project(
        {
            "pyproject.toml": PYPROJECT_SRC,
            "src/calc.py": "def add(a, b):\n    return a + b\n",
            "tests/test_calc.py": "from calc import add\n\n\ndef test_ok():\n    assert add(1, 2) == 3\n\n\n"
            "def test_type():\n    assert add('a', 1)\n",
        }
    )
    sandbox = docker_sandbox(ws)
    runner = Runner(sandbox=sandbox, plan=discover(ws), test_timeout=10, command_timeout=120)
    run = runner.run_tests(coverage=True)
    assert run.error == ""
    assert run.passed_ids == {"tests/test_calc.py::test_ok"}
    failed = run.tests["tests/test_calc.py::test_type"]
    assert failed.exception["type"] == "TypeError"
    assert failed.exception["frames"][-1] == ("src/calc.py", 2, "add")
    assert failed.covered["src/calc.py"] == [2]
    raw = sandbox.read_file(f"{sandbox.repo_dir}/{PYTEST_REPORT_NAME}", limit=1 << 20)
    assert json.loads(raw)["pytest"].startswith("8.")


def test_the_engine_heals_a_project_in_the_sandbox(project, docker_sandbox):
    ws = project(
        {
            "pyproject.toml": PYPROJECT_SRC,
            "src/geometry.py": GEOMETRY,
            "tests/test_geometry.py": GEOMETRY_TESTS,
        }
    )
    sandbox = docker_sandbox(ws)
    engine = Engine(workspace=ws, sandbox=sandbox, config=EngineConfig(test_timeout=10, command_timeout=120))
    engine.discover()
    report = engine.check()
    outcomes = list(engine.repair(report))
    assert [(o.bug_type, o.line, o.status) for o in outcomes] == [
        (BugType.SYNTAX, 12, FixStatus.FIXED),
        (BugType.IMPORT, 5, FixStatus.FIXED),
        (BugType.LINTING, 9, FixStatus.FIXED),
    ]
    assert engine.check().ok


# Code that exercises what a line recorder can get wrong: loops, generators resumed across a test
# (a fixture's teardown), exceptions, nested functions, comprehensions, a decorator, properties
# and a thread the test starts.
COVERAGE_CASES = {
    "pyproject.toml": PYPROJECT_SRC,
    "src/shapes.py": (
        "import threading\n\n\n"
        "def twice(func):\n"
        "    def wrapper(*args):\n"
        "        return func(*args) * 2\n"
        "    return wrapper\n\n\n"
        "@twice\n"
        "def total(values):\n"
        "    result = 0\n"
        "    for value in values:\n"
        "        if value < 0:\n"
        "            continue\n"
        "        result += value\n"
        "    return result\n\n\n"
        "def squares(n):\n"
        "    for i in range(n):\n"
        "        yield i * i\n\n\n"
        "def parse(text):\n"
        "    try:\n"
        "        return int(text)\n"
        "    except ValueError:\n"
        "        return None\n\n\n"
        "class Box:\n"
        "    def __init__(self, items):\n"
        "        self.items = [item for item in items if item]\n\n"
        "    @property\n"
        "    def size(self):\n"
        "        return len(self.items)\n\n\n"
        "def in_thread(values):\n"
        "    out = []\n"
        "    worker = threading.Thread(target=lambda: out.append(total(values)))\n"
        "    worker.start()\n"
        "    worker.join()\n"
        "    return out[0]\n\n\n"
        "def resource():\n"
        "    opened = ['on']\n"
        "    yield opened\n"
        "    opened.clear()\n"
    ),
    "tests/conftest.py": (
        "import pytest\n\nfrom shapes import resource\n\n\n"
        "@pytest.fixture\n"
        "def res():\n"
        "    yield from resource()\n"
    ),
    "tests/test_shapes.py": (
        "from shapes import Box, in_thread, parse, squares, total\n\n\n"
        "def test_total():\n    assert total([1, -2, 3]) == 8\n\n\n"
        "def test_squares():\n    assert list(squares(3)) == [0, 1, 4]\n\n\n"
        "def test_parse():\n    assert parse('x') is None\n    assert parse('2') == 2\n\n\n"
        "def test_box(res):\n    assert Box([0, 1, 2]).size == 2 and res == ['on']\n\n\n"
        "def test_thread():\n    assert in_thread([2]) == 4\n\n\n"
        "def test_fails():\n    assert total([1]) == 3\n"
    ),
}


def _covered_by_core(docker_sandbox, ws, core: str) -> tuple[dict, str]:
    sandbox = docker_sandbox(ws)
    runner = Runner(
        sandbox=sandbox, plan=discover(ws), test_timeout=10, command_timeout=120, coverage_core=core
    )
    run = runner.run_tests(coverage=True)
    assert run.error == "" and run.coverage
    raw = sandbox.read_file(f"{sandbox.repo_dir}/{PYTEST_REPORT_NAME}", limit=1 << 20)
    return {nodeid: test.covered for nodeid, test in run.tests.items()}, json.loads(raw)["coverage_core"]


def test_it_records_the_same_lines_with_sys_monitoring_as_with_settrace(project, docker_sandbox):
    ws = project(COVERAGE_CASES)
    traced, traced_core = _covered_by_core(docker_sandbox, ws, "settrace")
    monitored, monitored_core = _covered_by_core(docker_sandbox, ws, "auto")
    assert (traced_core, monitored_core) == ("_Tracer", "_MonitorTracer")  # the sandbox has Python 3.13
    assert len(monitored) == 6
    assert monitored == traced
    # The fixture's generator resumed at teardown, the thread's lines and the decorator's wrapper.
    assert 52 in monitored["tests/test_shapes.py::test_box"]["src/shapes.py"]
    assert 12 in monitored["tests/test_shapes.py::test_thread"]["src/shapes.py"]
    assert 6 in monitored["tests/test_shapes.py::test_total"]["src/shapes.py"]


def test_it_records_lines_when_the_project_holds_the_coverage_tool_id(project, docker_sandbox):
    # A project's own conftest may hold sys.monitoring tool ids: the plugin takes a free one.
    files = dict(COVERAGE_CASES)
    files["conftest.py"] = (
        "import sys\n\n"
        "for tool in (4, 3, sys.monitoring.COVERAGE_ID):\n"
        "    sys.monitoring.use_tool_id(tool, 'the project')\n"
    )
    ws = project(files)
    traced, _ = _covered_by_core(docker_sandbox, ws, "settrace")
    monitored, core = _covered_by_core(docker_sandbox, ws, "auto")
    assert core == "_MonitorTracer"
    assert monitored == traced


def test_it_falls_back_to_settrace_when_no_tool_id_is_free(project, docker_sandbox):
    files = dict(COVERAGE_CASES)
    files["conftest.py"] = (
        "import sys\n\n"
        "for tool in (4, 3, sys.monitoring.COVERAGE_ID, sys.monitoring.PROFILER_ID):\n"
        "    sys.monitoring.use_tool_id(tool, 'the project')\n"
    )
    ws = project(files)
    covered, core = _covered_by_core(docker_sandbox, ws, "auto")
    assert core == "_Tracer"
    assert 6 in covered["tests/test_shapes.py::test_total"]["src/shapes.py"]
