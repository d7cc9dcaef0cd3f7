"""The wrong-program guard (trial.Trier._diverted) in the sandbox, whose Python (3.12+) watches the
edited lines through sys.monitoring (RAISE, EXCEPTION_HANDLED) rather than sys.settrace."""

from __future__ import annotations

import pytest

from healer.engine.repair import Engine, EngineConfig
from healer.engine.types import BugType, FixStatus

from .conftest import PYPROJECT_SRC
from .test_engine_docker import docker_sandbox  # noqa: F401  (fixture)
from .test_engine_validation import Offers
from .test_trial_diverted import EXPECTS, SOURCE, STRICT, TESTS, UNCHECKED

pytestmark = pytest.mark.docker


def _repair(project, sandbox, edits, *, source, tests):
    files = {"pyproject.toml": PYPROJECT_SRC, "src/board.py": source, "tests/test_board.py": tests}
    ws = project(files, name=edits[0][2].replace(" ", "_"))
    lines: list[str] = []
    engine = Engine(
        workspace=ws,
        sandbox=sandbox(ws),
        config=EngineConfig(test_timeout=30),
        log=lines.append,
        fixers=[Offers(BugType.LOGIC, "src/board.py", edits)],
    )
    engine.discover()
    return [(o.description, o.status) for o in engine.repair(engine.check())], lines


def test_it_rejects_a_diversion_and_keeps_what_pytest_raises_expects(
    project,
    docker_sandbox,  # noqa: F811
):
    outcomes, lines = _repair(
        project,
        docker_sandbox,
        [('int(fields["size"])', "int(fields)", "diverts"), (") + 1", ")", "drops the + 1")],
        source=SOURCE,
        tests=TESTS,
    )
    assert outcomes == [("drops the + 1", FixStatus.FIXED)], lines
    assert any("'diverts'" in line and "TypeError" in line for line in lines), lines
    outcomes, lines = _repair(project, docker_sandbox, [STRICT], source=UNCHECKED, tests=EXPECTS)
    assert outcomes == [("read the size strictly", FixStatus.FIXED)], lines
    eafp = '    try:\n        return fields["size"]\n    except KeyError:\n        return 19\n'
    outcomes, lines = _repair(
        project,
        docker_sandbox,
        [('    return fields["size"]\n', eafp, "default the size")],
        source='def read_size(fields):\n    return fields["size"]\n',
        tests="from board import read_size\n\n\ndef test_read_size():\n    assert read_size({}) == 19\n",
    )
    assert outcomes == [("default the size", FixStatus.FIXED)], lines
