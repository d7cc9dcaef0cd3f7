"""After a partial fix, the rest of its line first: the opt-in the npm fixer takes in the repair loop."""

from __future__ import annotations

from healer.engine.fixers import FIXERS
from healer.engine.fixers.base import Candidate
from healer.engine.languages.javascript import NpmFixer
from healer.engine.repair import _same_line_first


def candidate(line: int, what: str) -> Candidate:
    return Candidate(file="src/a.js", new_source=what, description=what, line=line)


def test_the_rest_of_a_partial_fixs_line_moves_up_in_order_and_the_others_keep_theirs():
    found = [candidate(line, f"{line}-{n}") for n in range(3) for line in (4, 7, 9)]
    moved = _same_line_first(found, 1, 40)  # "7-0" made some targeted tests pass
    assert moved == 2
    assert [c.description for c in found] == ["4-0", "7-0", "7-1", "7-2", "9-0", "4-1", "9-1", "4-2", "9-2"]


def test_the_move_is_capped_and_only_for_fixers_that_ask():
    found = [candidate(line, f"{line}-{n}") for n in range(5) for line in (4, 7)]
    assert _same_line_first(found, 0, 2) == 2
    assert [c.description for c in found][:4] == ["4-0", "4-1", "4-2", "7-0"]
    unchanged = list(found)
    assert _same_line_first(found, 0, 0) == 0 and found == unchanged
    # Python's fixers keep the repair loop's order: none of them opts in.
    assert all(getattr(f, "partial_line_lookahead", 0) == 0 for f in FIXERS)
    assert NpmFixer.partial_line_lookahead > 0


# -- a TypeError gone, the test's own check failing at the same statement (validation's opt-in) ------
def test_a_runtime_type_error_that_became_the_tests_failed_check_is_progress_only_when_asked():
    from healer.engine.checks import PytestRun, TestResult
    from healer.engine.types import BugType, Failure
    from healer.engine.validation import Edit, judge_by_tests

    tests = frozenset({"test/u.spec.js"})
    nodeid = "test/u.spec.js::converts"
    call = [("test/u.spec.js", 10, "<anonymous>"), ("src/u.js", 12, "convert")]
    before = PytestRun(tests={nodeid: TestResult(nodeid, "failed", exception={
        "type": "TypeError", "message": "x.include is not a function", "frames": call})})  # fmt: skip
    after = PytestRun(tests={nodeid: TestResult(nodeid, "failed", exception={
        "type": "AssertionError", "message": "12 == 144", "frames": call[:1]})})  # fmt: skip
    edit = Edit("src/u.js", "a\n" * 12, "a\n" * 11 + "b\n")
    failure = Failure(BugType.TYPE_ERROR, "src/u.js", 12, "boom", "mocha", "TypeError", test_ids=(nodeid,))
    assert not judge_by_tests(failure, before, after, edit, tests).ok  # Python's rule, unchanged
    failure.extra["completes_is_progress"] = True
    verdict = judge_by_tests(failure, before, after, edit, tests)
    assert (verdict.ok, verdict.tier) == (True, 2)  # moved on: kept aside for a full pass first
    again = PytestRun(tests={nodeid: TestResult(nodeid, "failed", exception={
        "type": "TypeError", "message": "other", "frames": call[:1]})})  # fmt: skip
    assert not judge_by_tests(failure, before, again, edit, tests).ok  # the same kind: not progress
