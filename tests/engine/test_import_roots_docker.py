"""A src-layout project's checks in the real sandbox: its package importable as `pip install -e .` makes it
(discovery.import_roots, checks.Runner.test_env), without pytest's `pythonpath` and without installing it."""

from __future__ import annotations

import pytest

from healer.engine.checks import Runner
from healer.engine.discovery import discover
from healer.engine.repair import Engine, EngineConfig

from .conftest import SUPPORT
from .test_engine_docker import docker_sandbox  # noqa: F401  (fixture)

pytestmark = pytest.mark.docker

# setuptools' src layout as its documentation shows it: no [tool.pytest] pythonpath, CI runs `pip install -e .`.
SRC_LAYOUT = {
    "pyproject.toml": (
        '[build-system]\nrequires = ["setuptools>=61"]\nbuild-backend = "setuptools.build_meta"\n\n'
        '[project]\nname = "shapes"\nversion = "1.0"\n\n'
        '[tool.setuptools.packages.find]\nwhere = ["src"]\n'
    ),
    "src/shapes/__init__.py": "from shapes.area import square\n",
    "src/shapes/area.py": "def square(side):\n    return side * side\n",
    "tests/test_area.py": (
        "from shapes import square\nfrom shapes.area import square as direct\n\n\n"
        "def test_square():\n    assert square(3) == 9\n\n\ndef test_direct():\n    assert direct(2) == 4\n"
    ),
}


def test_it_runs_a_src_layout_projects_checks_green_in_the_sandbox(project, docker_sandbox):  # noqa: F811
    ws = project(SRC_LAYOUT)
    lines: list[str] = []
    engine = Engine(
        workspace=ws,
        sandbox=docker_sandbox(ws),
        config=EngineConfig(test_timeout=30, command_timeout=120),
        log=lines.append,
    )
    plan = engine.discover()
    assert plan.import_roots == ("src",)
    report = engine.check()
    assert (report.ok, report.passed, report.failed) == (True, 2, 0), [report.log, *lines]


def test_it_gives_a_warm_targeted_run_the_same_import_roots(project, docker_engine):
    from sandbox.docker_backend import DockerSandbox
    from tests.fixtures_docker import small_options

    ws = project(SRC_LAYOUT)
    client, image = docker_engine
    sandbox = DockerSandbox.start(
        client=client,
        options=small_options(image, default_timeout=120.0, warm_pytest=True),
        run_id="import-roots-warm",
        workspace=ws,
        support_root=SUPPORT,
    )
    try:
        runner = Runner(sandbox=sandbox, plan=discover(ws), test_timeout=30, command_timeout=120)
        run = runner.run_tests(node_ids=["tests/test_area.py::test_square"])
        assert run.passed_ids == {"tests/test_area.py::test_square"}, run.error
        assert sandbox.pytest_runs == {"warm": 1}
    finally:
        sandbox.close()
