"""A targeted run keeps the whole suite's order: tests that share state see the neighbours they pass after."""

from __future__ import annotations

from healer.engine.repair import Engine, EngineConfig
from healer.engine.types import BugType, FixStatus

from .conftest import PYPROJECT_SRC
from .test_engine_validation import Offers
from .test_trial_probe import Recording

SOURCE = "def double(n):\n    return n + 2\n\n\ndef triple(n):\n    return 3 * n\n"
# File order: a passing test that runs the faulty line comes first, the failing ones last.
TESTS = """\
from calc import double, triple


def test_z_runs_the_line_first():
    assert double(0) in (0, 2)


def test_b_other():
    assert triple(1) == 3


def test_c_other():
    assert triple(2) == 6


def test_a_double_3():
    assert double(3) == 6


def test_a_double_4():
    assert double(4) == 8
"""


def _ids(argv: list[str]) -> list[str]:
    return [a.split("::", 1)[1] for a in argv if a.startswith("tests/test_calc.py::")]


def test_a_targeted_run_lists_its_tests_in_the_suites_order(project, local_sandbox):
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/calc.py": SOURCE, "tests/test_calc.py": TESTS})
    sandbox = Recording(local_sandbox)
    lines: list[str] = []
    engine = Engine(
        workspace=ws,
        sandbox=sandbox,
        config=EngineConfig(test_timeout=20),
        log=lines.append,
        fixers=[Offers(BugType.LOGIC, "src/calc.py", [("n + 2", "n * 2", "times")])],
    )
    report = engine.check()
    assert report.failed == 2
    sandbox.commands.clear()
    outcomes = list(engine.repair(report))
    assert [(o.description, o.status) for o in outcomes] == [("times", FixStatus.FIXED)], lines
    targeted = [_ids(argv) for argv in sandbox.commands if _ids(argv)]
    # The failing tests with the passing one that covers the edited line, as the suite ran them.
    assert targeted[0] == ["test_z_runs_the_line_first", "test_a_double_3", "test_a_double_4"], targeted
