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
