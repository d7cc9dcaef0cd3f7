"""A test stopped by its time limit: the loops of its stack named first, and candidates timed by the tests that passed."""

from __future__ import annotations

from healer.engine.checks import PytestRun, TestResult
from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic import LogicFixer, target_lines
from healer.engine.fixers.logic_hangs import hang_targets, loop_lines
from healer.engine.trial import MIN_TEST_TIMEOUT, TEST_TIME_FACTOR, candidate_limits
from healer.engine.types import BugType, CheckReport, Failure
from healer.engine.workspace import Workspace

SCAN = (
    "def first_index(items, target):\n"  # 1
    "    found = -1\n"  # 2
    "    i = 0\n"  # 3
    "    while i < len(items):\n"  # 4
    "        if items[i] == target:\n"  # 5
    "            found = i\n"  # 6
    "            continue\n"  # 7: the bug (break was meant)
    "        i += 1\n"  # 8
    "    return found\n"  # 9
)
WALK = (
    "def step(node):\n"  # 1
    "    return node.parent\n"  # 2
    "\n"  # 3
    "def root(node):\n"  # 4
    "    while node.parent is not None:\n"  # 5
    "        if node.parent is node:\n"  # 6
    "            continue\n"  # 7: the bug (break was meant)
    "        node = step(node)\n"  # 8
    "    return node\n"  # 9
)


def _stopped(file: str, *lines: int, message: str = "Failed: Timeout >60.0s") -> Failure:
    frames = [{"file": "tests/test_m.py", "line": 3}, *({"file": file, "line": line} for line in lines)]
    return Failure(
        bug_type=BugType.LOGIC,
        file=file,
        line=lines[-1],
        message=message,
        source="pytest",
        code="Failed",
        extra={"exception": {"type": "Failed"}, "frames": frames},
    )


def _ctx(tmp_path, source: str, suspicious=()) -> RepairContext:
    (tmp_path / "m.py").write_text(source)
    return RepairContext(
        workspace=Workspace(tmp_path),
        report=CheckReport(),
        source_files=("m.py",),
        suspicious=list(suspicious),
    )


def test_it_puts_a_loops_exits_before_its_steps_and_its_header():
    sf = SourceFile.parse("m.py", SCAN)
    loop = next(node for node in sf.nodes_touching(5) if node.__class__.__name__ == "While")
    assert loop_lines(loop) == [(7, 1.0), (8, 0.9), (4, 0.88)]


def test_it_names_the_loop_a_stopped_test_was_in_wherever_it_stopped_in_it(tmp_path):
    ctx = _ctx(tmp_path, SCAN)
    # Stopped on the header: the `continue` still comes first.
    assert [line for _, line, _ in hang_targets(_stopped("m.py", 4), ctx)] == [7, 8, 4]


def test_it_follows_the_stack_out_of_a_helper_into_the_loop_that_called_it(tmp_path):
    # Stopped in `step`, which has no loop: the caller's frame (line 8) is inside the endless loop.
    ctx = _ctx(tmp_path, WALK)
    found = hang_targets(_stopped("m.py", 8, 2), ctx)
    assert [line for _, line, _ in found] == [7, 8, 5]


def test_it_names_nothing_for_a_failure_its_limit_did_not_stop(tmp_path):
    ctx = _ctx(tmp_path, SCAN)
    assert hang_targets(_stopped("m.py", 4, message="AssertionError: assert 0 == -1"), ctx) == []


def test_it_ranks_the_loop_control_edit_first_when_the_spectrum_ties_the_loop_body(tmp_path):
    # A stuck test covers the whole loop body alike: the spectrum ranks the header and the condition first.
    ctx = _ctx(tmp_path, SCAN, suspicious=[("m.py", n, 1.0) for n in (4, 5, 8, 7, 6, 2, 3)])
    failure = _stopped("m.py", 5)
    assert target_lines(failure, ctx, max_lines=40)[0][1] == 7
    first = LogicFixer().candidates(failure, ctx)[0]
    assert first.new_source == SCAN.replace("continue", "break")


def _run(**tests: tuple[str, float]) -> PytestRun:
    run = PytestRun()
    for nodeid, (outcome, duration) in tests.items():
        longrepr = "E   Failed: Timeout >60.0s" if duration >= 60 else ""
        run.tests[nodeid] = TestResult(nodeid=nodeid, outcome=outcome, duration=duration, longrepr=longrepr)
    run.duration = sum(duration for _, duration in tests.values())
    return run


def test_it_times_a_candidate_by_the_tests_that_ran_to_an_end_not_by_the_stuck_one():
    run = _run(stuck=("failed", 60.2), quick=("passed", 0.8), other=("failed", 0.1))
    test_limit, run_limit = candidate_limits(run, ["stuck"])
    assert test_limit == max(MIN_TEST_TIMEOUT, TEST_TIME_FACTOR * 0.8)
    assert run_limit is not None and run_limit < 60


def test_it_keeps_the_configured_limits_without_a_test_that_ran_to_an_end():
    assert candidate_limits(_run(stuck=("failed", 60.2)), ["stuck"]) == (None, None)
    assert candidate_limits(_run(quick=("passed", 0.8)), ["missing"]) == (None, None)
