"""Python LOGIC acceptance: a wrong value is fixed only when the targeted tests' assertions pass.

`analysis.checks_decide` opts every Python LOGIC failure into `validation.fails_own_check` as
ASSERTIONS_DECIDE: a targeted test that now fails a later assertion of its own (or the same one with
other values) is the symptom moved, not a bug the edit uncovered. The twenty-sixth held-out half's
dice (now r224) had `return result - 1` accepted that way: `(1, 2, 4, 6, 8) f 5` passed and `6 f 5`,
the test's next line, failed.
"""

from __future__ import annotations

from healer.engine.analysis import ASSERTIONS_DECIDE, checks_decide
from healer.engine.checks import PytestRun, TestResult
from healer.engine.types import BugType, Failure
from healer.engine.validation import Edit, judge_by_tests

TESTS = frozenset({"dice/tests/test_grammar.py"})
NODE = "dice/tests/test_grammar.py::TestGrammar::test_successe_failures"
OTHER = "dice/tests/test_grammar.py::TestGrammar::test_success"
OLD = "def function(xs, thresh):\n    result = count(xs)\n    return result\n\n\ndef other(x):\n    return x[0]\n"
NEW = "def function(xs, thresh):\n    result = count(xs)\n    return result - 1\n\n\ndef other(x):\n    return x[0]\n"
EDIT = Edit("dice/elements.py", OLD, NEW)


def _failed(nodeid: str, kind: str, message: str, frames: list) -> TestResult:
    return TestResult(nodeid, "failed", exception={"type": kind, "message": message, "frames": frames})


def _run(*tests: TestResult) -> PytestRun:
    return PytestRun(tests={t.nodeid: t for t in tests})


def _failure(*, tests: tuple[str, ...] = (NODE,), bug_type: BugType = BugType.LOGIC) -> Failure:
    failure = Failure(
        bug_type, "dice/elements.py", 3, "wrong count", "pytest", "AssertionError", test_ids=tests
    )
    checks_decide(failure)
    return failure


def _unopted(*, tests: tuple[str, ...] = (NODE,)) -> Failure:
    return Failure(
        BugType.LOGIC, "dice/elements.py", 3, "wrong count", "pytest", "AssertionError", test_ids=tests
    )


BEFORE = _run(_failed(NODE, "AssertionError", "assert 2 == 1", [("dice/tests/test_grammar.py", 164, "")]))


def test_it_opts_python_logic_failures_in_and_no_other_type():
    assert _failure().extra["checks_decide"] == ASSERTIONS_DECIDE
    assert "checks_decide" not in _failure(bug_type=BugType.TYPE_ERROR).extra


def test_it_refuses_a_logic_edit_whose_test_now_fails_its_next_assertion():
    after = _run(_failed(NODE, "AssertionError", "assert 0 == 1", [("dice/tests/test_grammar.py", 165, "")]))
    verdict = judge_by_tests(_failure(), BEFORE, after, EDIT, TESTS)
    assert not verdict.ok
    assert verdict.progress > 0  # a partial patch a second edit may complete
    # Before round 43 the same run was a fix, tier 2 ("a bug further on").
    assert judge_by_tests(_unopted(), BEFORE, after, EDIT, TESTS).ok


def test_it_refuses_a_logic_edit_that_only_changes_the_values_of_the_failing_assertion():
    after = _run(_failed(NODE, "AssertionError", "assert 3 == 1", [("dice/tests/test_grammar.py", 164, "")]))
    verdict = judge_by_tests(_failure(), BEFORE, after, EDIT, TESTS)
    # Not a fix, but a base for a second edit as before the opt-in (validation.own_check_progress):
    # a data-driven test's other cases may fail for other bugs feeding the same value.
    assert not verdict.ok and verdict.progress > 0


def test_it_refuses_a_later_pytest_raises_that_no_longer_raises():
    after = _run(_failed(NODE, "Failed", "DID NOT RAISE", [("dice/tests/test_grammar.py", 168, "")]))
    assert not judge_by_tests(_failure(), BEFORE, after, EDIT, TESTS).ok


def test_it_still_accepts_a_logic_edit_whose_assertions_pass():
    verdict = judge_by_tests(_failure(), BEFORE, _run(TestResult(NODE, "passed")), EDIT, TESTS)
    assert (verdict.ok, verdict.tier) == (True, 1)


def test_it_keeps_an_error_uncovered_further_on_in_the_code_as_progress():
    # The assertion passes now and the next statement of the test crashes in another function: a
    # masked bug the edit uncovered, not the test's own check (left to moved_on, as before).
    later = [("dice/tests/test_grammar.py", 165, ""), ("dice/elements.py", 7, "other")]
    after = _run(_failed(NODE, "IndexError", "list index out of range", later))
    verdict = judge_by_tests(_failure(), BEFORE, after, EDIT, TESTS)
    assert (verdict.ok, verdict.tier) == (True, 2)


def test_it_keeps_a_test_failing_exactly_as_before_beside_passing_ones_as_tier_three():
    # Two tests grouped in one failure: the edit makes one pass and the other fails exactly as before
    # (another fault's test): untouched, tier 3, as before the opt-in.
    other_place = [("dice/tests/test_grammar.py", 150, "")]
    before = _run(
        _failed(NODE, "AssertionError", "assert 2 == 1", [("dice/tests/test_grammar.py", 164, "")]),
        _failed(OTHER, "AssertionError", "assert 5 == 4", other_place),
    )
    after = _run(TestResult(NODE, "passed"), _failed(OTHER, "AssertionError", "assert 5 == 4", other_place))
    verdict = judge_by_tests(_failure(tests=(NODE, OTHER)), before, after, EDIT, TESTS)
    assert (verdict.ok, verdict.tier) == (True, 3)
