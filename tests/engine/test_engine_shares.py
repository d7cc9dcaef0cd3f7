"""How a repair round is shared between open failures when some of their tests ran out of time."""

from __future__ import annotations

from healer.engine.repair import timed_out, turns
from healer.engine.types import BugType, Failure


def _failure(line: int, message: str) -> Failure:
    return Failure(bug_type=BugType.LOGIC, file="ipaddr.py", line=line, message=message, source="pytest")


CHECK = _failure(1160, "AssertionError: IPv4Network('0.1.1.1/24') != IPv4Network('1.1.1.0/24')")
HUNG = [_failure(line, "Failed: Timeout >10.0s") for line in (432, 458, 850, 1115)]


def test_timed_out_failures_share_one_turn_beside_a_failed_check():
    # One failed check and four hung tests: two turns (half the round for the check), not five.
    assert turns([CHECK, *HUNG]) == 2
    assert turns([CHECK, _failure(12, "AssertionError: assert 1 == 2")]) == 2


def test_only_timed_out_failures_keep_a_turn_each():
    assert turns(HUNG) == 4
    assert turns([CHECK]) == 1


def test_it_knows_both_spellings_of_pytest_timeouts_failure():
    assert timed_out(_failure(1, "Failed: Timeout (>60.0s) from pytest-timeout."))
    assert not timed_out(CHECK)


def test_a_failed_check_goes_before_the_timed_out_failures(tmp_path):
    from healer.engine.analysis import Analysis
    from healer.engine.checks import LintRun, PytestRun
    from healer.engine.repair import Engine
    from healer.engine.types import CheckReport
    from healer.engine.workspace import Workspace

    failures = [*HUNG, CHECK]  # by precedence and line, as the analysis orders them
    state = Analysis(
        tests=PytestRun(), lint=LintRun(), failures=failures, report=CheckReport(failures=failures)
    )
    engine = Engine(workspace=Workspace(tmp_path), sandbox=None, fixers=[])
    assert engine._next_failure(state) is CHECK


def test_it_gives_a_resumed_search_a_block_of_single_edits_before_the_stacked_search():
    from healer.engine.repair import FIRST_PASS, _chunks, first_block

    # The first turn: a block of FIRST_PASS single edits, then the stacked search, then the rest.
    assert first_block(0) == FIRST_PASS
    assert first_block(FIRST_PASS // 2) == FIRST_PASS - FIRST_PASS // 2
    # Resumed past the first block: up to the next block's end, never one candidate a turn.
    assert first_block(FIRST_PASS + 42) == FIRST_PASS - 42
    assert first_block(2 * FIRST_PASS) == FIRST_PASS
    assert first_block(2 * FIRST_PASS - 1) == 1  # one candidate short of the block's end
    left = [object()] * 148  # 250 candidates, the first 102 rejected in earlier turns
    assert [len(chunk) for chunk in _chunks(left, first_block(102))] == [
        2 * FIRST_PASS - 102,
        148 - (2 * FIRST_PASS - 102),
    ]
