"""The repair loop fixes LOGIC bugs with the LOGIC fixer's candidates, validated by the tests."""

from __future__ import annotations

import pytest

from healer.engine.fixers.logic import LogicFixer
from healer.engine.repair import Engine, EngineConfig
from healer.engine.types import BugType, FixStatus

from .conftest import PYPROJECT_SRC

SCHEDULE = """\
\"\"\"Opening hours of a small shop.\"\"\"

OPEN, CLOSE = 9, 17


def is_open(hour):
    return OPEN <= hour < CLOSE


def hours_left(hour):
    if not is_open(hour):
        return 0
    return hour - CLOSE


def slots(hour, length):
    return [h for h in range(hour, CLOSE, length)]
"""
SCHEDULE_TESTS = """\
from schedule import hours_left, is_open, slots


def test_open_in_the_morning():
    assert is_open(10)


def test_closed_at_night():
    assert not is_open(20)


def test_hours_left_at_ten():
    assert hours_left(10) == 7


def test_hours_left_at_four():
    assert hours_left(16) == 1


def test_no_hours_left_when_closed():
    assert hours_left(18) == 0


def test_slots():
    assert slots(13, 2) == [13, 15]
"""


def _heal(ws, sandbox):
    lines: list[str] = []
    engine = Engine(workspace=ws, sandbox=sandbox, config=EngineConfig(test_timeout=20), log=lines.append)
    engine.discover()
    report = engine.check()
    outcomes = list(engine.repair(report))
    return engine, report, outcomes, lines


def _assert_fixed_schedule(ws, engine, report, outcomes, lines):
    assert report.failed == 2 and report.passed == 4
    assert [f.bug_type for f in report.failures] == [BugType.LOGIC]
    assert len(outcomes) == 1, lines
    outcome = outcomes[0]
    assert outcome.status is FixStatus.FIXED
    assert outcome.fix_line == "LOGIC error in src/schedule.py line 13 → Fix: subtract hour from CLOSE"
    assert "-    return hour - CLOSE" in outcome.diff and "+    return CLOSE - hour" in outcome.diff
    assert ws.read_text("src/schedule.py") == SCHEDULE.replace("return hour - CLOSE", "return CLOSE - hour")
    assert ws.read_text("tests/test_schedule.py") == SCHEDULE_TESTS
    assert engine.check().ok


def _files():
    return {
        "pyproject.toml": PYPROJECT_SRC,
        "src/schedule.py": SCHEDULE,
        "tests/test_schedule.py": SCHEDULE_TESTS,
    }


def test_it_fixes_a_logic_bug_through_the_repair_loop(project, local_sandbox):
    ws = project(_files())
    engine, report, outcomes, lines = _heal(ws, local_sandbox)
    _assert_fixed_schedule(ws, engine, report, outcomes, lines)


@pytest.mark.docker
@pytest.mark.django_db
def test_it_fixes_a_logic_bug_in_the_docker_sandbox(project):
    from sandbox.sessions import sandbox_open

    ws = project(_files())
    with sandbox_open(run_id="logic-e2e", workspace=ws) as sandbox:
        engine, report, outcomes, lines = _heal(ws, sandbox)
        _assert_fixed_schedule(ws, engine, report, outcomes, lines)


DESCRIBE = """\
def describe(xs):
    lo = min(xs) + 1
    hi = max(xs)
    span = hi - lo + 1
    return lo, span
"""
DESCRIBE_TESTS = """\
from describe import describe


def test_lowest():
    assert describe([4, 1, 9])[0] == 1


def test_span():
    assert describe([4, 1, 9])[1] == 8
"""


@pytest.mark.slow
def test_it_combines_two_edits_when_no_single_edit_passes(project, local_sandbox):
    # Two faults that cancel out in test_span: fixing either alone breaks that passing test.
    ws = project(
        {
            "pyproject.toml": PYPROJECT_SRC,
            "src/describe.py": DESCRIBE,
            "tests/test_describe.py": DESCRIBE_TESTS,
        }
    )
    lines: list[str] = []
    engine = Engine(
        workspace=ws,
        sandbox=local_sandbox,
        config=EngineConfig(test_timeout=20, max_candidates=12),
        log=lines.append,
        fixers=[LogicFixer(max_candidates=12)],
    )
    engine.discover()
    report = engine.check()
    outcomes = list(engine.repair(report))
    assert report.failed == 1 and report.passed == 1
    assert len(outcomes) == 1, lines
    assert outcomes[0].status is FixStatus.FIXED
    assert " and " in outcomes[0].description and "(line 2)" in outcomes[0].description
    fixed = ws.read_text("src/describe.py")
    assert fixed.splitlines()[1:4] != DESCRIBE.splitlines()[1:4]
    assert ws.read_text("tests/test_describe.py") == DESCRIBE_TESTS
    assert engine.check().ok


def test_it_gives_a_fixer_the_larger_candidate_share_it_asks_for(project, local_sandbox):
    from healer.engine.fixers.base import Candidate, RepairContext
    from healer.engine.types import CheckReport, Failure

    class Wide:
        bug_types = frozenset({BugType.LOGIC})
        fallback = False

        def __init__(self, max_candidates):
            self.max_candidates = max_candidates

        def candidates(self, failure, ctx):
            return [
                Candidate(file="src/x.py", new_source=f"x = {i}\n", description=f"x {i}", line=1)
                for i in range(30)
            ]

    ws = project({"src/x.py": "x = 0\n"})
    failure = Failure(bug_type=BugType.LOGIC, file="src/x.py", line=1, message="m", source="pytest", code="")
    ctx = RepairContext(workspace=ws, report=CheckReport())
    for asked, expected in ((20, 20), (3, 5)):
        engine = Engine(
            workspace=ws, sandbox=local_sandbox, config=EngineConfig(max_candidates=5), fixers=[Wide(asked)]
        )
        assert len(engine._candidates(failure, ctx)) == expected


def test_a_larger_share_counts_only_for_a_fixer_that_offered_candidates(project, local_sandbox):
    from healer.engine.fixers.base import Candidate, RepairContext
    from healer.engine.types import CheckReport, Failure

    class Fixer:
        bug_types = frozenset({BugType.IMPORT})
        fallback = False

        def __init__(self, *, max_candidates, offers):
            self.max_candidates, self.offers = max_candidates, offers

        def candidates(self, failure, ctx):
            return [
                Candidate(file="src/x.py", new_source=f"x = {i}\n", description=f"x {i}", line=1)
                for i in range(self.offers)
            ]

    ws = project({"src/x.py": "x = 0\n"})
    failure = Failure(bug_type=BugType.IMPORT, file="src/x.py", line=1, message="m", source="pytest", code="")
    ctx = RepairContext(workspace=ws, report=CheckReport())
    # A wide fixer (LOGIC's, which also declares IMPORT) with nothing to say about this failure
    # must not widen the narrow fixer's search past the configured share.
    silent_wide, narrow = Fixer(max_candidates=150, offers=0), Fixer(max_candidates=0, offers=30)
    engine = Engine(
        workspace=ws,
        sandbox=local_sandbox,
        config=EngineConfig(max_candidates=5),
        fixers=[silent_wide, narrow],
    )
    assert len(engine._candidates(failure, ctx)) == 5
