"""npm LOGIC acceptance: a wrong value is fixed only when the checks that saw it pass.

`validation.fails_own_check` (npm_analysis opts every LOGIC failure in): a targeted test still
failing on its own check, at the same check with other values or at a later check of the same
test, is never "a bug further on" (tier 2), however the test moved.
"""

from __future__ import annotations

from healer.engine.checks import PytestRun, TestResult
from healer.engine.types import BugType, Failure
from healer.engine.validation import Edit, judge_by_tests

TESTS = frozenset({"test/trip.spec.js"})
NODE = "test/trip.spec.js::trip::times a trip"
OLD = "function span(a, b) {\n  return b - a + WEEK;\n}\n\nfunction other(x) {\n  return x;\n}\n"
NEW = "function span(a, b) {\n  return b - a;\n}\n\nfunction other(x) {\n  return x;\n}\n"
EDIT = Edit("src/trip.js", OLD, NEW)


def _failed(nodeid: str, kind: str, message: str, frames: list) -> TestResult:
    return TestResult(nodeid, "failed", exception={"type": kind, "message": message, "frames": frames})


def _run(*tests: TestResult) -> PytestRun:
    return PytestRun(tests={t.nodeid: t for t in tests})


def _failure(*, opted: bool = True) -> Failure:
    failure = Failure(
        BugType.LOGIC, "src/trip.js", 2, "wrong span", "mocha", "AssertionError", test_ids=(NODE,)
    )
    if opted:
        failure.extra["checks_decide"] = True
    return failure


BEFORE = _run(
    _failed(
        NODE,
        "AssertionError",
        "Expected values to be strictly equal: 10087 !== 7",
        [("test/trip.spec.js", 5, "")],
    )
)


def test_it_refuses_a_logic_edit_whose_test_now_fails_a_later_check():
    # The first check passes now, the next one of the same test fails: the symptom moved, nothing
    # was uncovered. Without the opt-in this was accepted as "fails further on" (tier 2).
    after = _run(_failed(NODE, "AssertionError", "-1300 !== 200", [("test/trip.spec.js", 6, "")]))
    verdict = judge_by_tests(_failure(), BEFORE, after, EDIT, TESTS)
    assert not verdict.ok
    assert verdict.progress > 0  # a partial patch a second edit may complete
    assert judge_by_tests(_failure(opted=False), BEFORE, after, EDIT, TESTS).ok


def test_it_refuses_a_logic_edit_that_only_changes_the_values_of_the_failing_check():
    after = _run(_failed(NODE, "AssertionError", "8 !== 7", [("test/trip.spec.js", 5, "")]))
    verdict = judge_by_tests(_failure(), BEFORE, after, EDIT, TESTS)
    assert not verdict.ok and verdict.progress == 0


def test_it_still_accepts_a_logic_edit_whose_checks_pass():
    verdict = judge_by_tests(_failure(), BEFORE, _run(TestResult(NODE, "passed")), EDIT, TESTS)
    assert (verdict.ok, verdict.tier) == (True, 1)


def test_it_keeps_a_runtime_error_uncovered_further_on_in_the_code_as_progress():
    # The check passes now and the next statement of the test crashes in another function: a
    # masked bug the edit uncovered, not the test's own check (the opt-in leaves it to moved_on).
    later = [("test/trip.spec.js", 6, ""), ("src/trip.js", 6, "other")]
    after = _run(_failed(NODE, "TypeError", "x.map is not a function", later))
    verdict = judge_by_tests(_failure(), BEFORE, after, EDIT, TESTS)
    assert (verdict.ok, verdict.tier) == (True, 2)
