"""What counts as a fix: the target really gone, judged from the test runs before and after."""

from __future__ import annotations

from healer.engine.analysis.places import Place, failing_places
from healer.engine.checks import CollectError, PytestRun, TestResult
from healer.engine.types import BugType, Failure
from healer.engine.validation import (
    REJECT_NOT_REPRODUCED,
    Edit,
    deletes_raising_statement,
    edits_own_failure,
    judge_by_tests,
    moved_on,
    new_collect_errors,
    partial_progress,
)

from .conftest import cpu_ratio

TESTS = frozenset({"tests/test_app.py"})
OLD = "def f(x):\n    return x + 'a'\n\n\ndef g(x):\n    return h(x)\n"
NEW = "def f(x):\n    return str(x) + 'a'\n\n\ndef g(x):\n    return h(x)\n"
EDIT = Edit("src/app.py", OLD, NEW)


def _failed(nodeid, kind, message, frames):
    return TestResult(nodeid, "failed", exception={"type": kind, "message": message, "frames": frames})


def _run(*tests, collect_errors=()):
    return PytestRun(tests={t.nodeid: t for t in tests}, collect_errors=list(collect_errors))


def _failure(bug_type, *test_ids, line=2):
    return Failure(bug_type, "src/app.py", line, "boom", "pytest", "TypeError", test_ids=test_ids)


CALL = [("tests/test_app.py", 10, "test_f"), ("src/app.py", 2, "f")]
BEFORE = _run(_failed("tests/test_app.py::test_f", "TypeError", "can only concatenate", CALL))


def test_it_accepts_a_fix_whose_targeted_tests_pass():
    after = _run(TestResult("tests/test_app.py::test_f", "passed"))
    verdict = judge_by_tests(
        _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f"), BEFORE, after, EDIT, TESTS
    )
    assert (verdict.ok, verdict.tier, verdict.score) == (True, 1, 1)


def test_an_error_replaced_by_another_at_the_same_place_is_not_a_fix():
    # `x + "a"` "fixed" as `x + float("a")`: a ValueError on the same line.
    after = _run(_failed("tests/test_app.py::test_f", "ValueError", "could not convert", CALL))
    verdict = judge_by_tests(
        _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f"), BEFORE, after, EDIT, TESTS
    )
    assert not verdict.ok
    assert "still fails where it did" in verdict.reason


def test_an_exception_turned_into_a_failing_assertion_of_the_same_statement_is_not_a_fix():
    after = _run(_failed("tests/test_app.py::test_f", "AssertionError", "assert '1a' == 2", CALL[:1]))
    verdict = judge_by_tests(
        _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f"), BEFORE, after, EDIT, TESTS
    )
    assert not verdict.ok


def test_a_test_that_now_fails_further_on_uncovered_a_masked_bug():
    later = [("tests/test_app.py", 12, "test_f"), ("src/app.py", 6, "g")]
    after = _run(_failed("tests/test_app.py::test_f", "NameError", "name 'h' is not defined", later))
    verdict = judge_by_tests(
        _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f"), BEFORE, after, EDIT, TESTS
    )
    assert (verdict.ok, verdict.tier) == (True, 2)


def test_an_error_raised_further_on_in_the_code_by_the_same_test_statement_is_not_a_fix():
    # `[None] * b` "fixed" as `[None] + b` (r81): the call gets past line 2 and fails at line 6 with
    # the value the edit made; the test is still at the statement that failed. Not a fix, but a
    # partial patch that a second edit may complete.
    further = [("tests/test_app.py", 10, "test_f"), ("src/app.py", 6, "g")]
    after = _run(_failed("tests/test_app.py::test_f", "TypeError", "'<' not supported", further))
    failure = _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f")
    verdict = judge_by_tests(failure, BEFORE, after, EDIT, TESTS)
    assert not verdict.ok
    assert "still fails where it did" in verdict.reason
    assert verdict.progress > 0
    # A language that opts into "completes is progress" (npm's runtime TypeErrors) keeps it.
    failure.extra["completes_is_progress"] = True
    assert judge_by_tests(failure, BEFORE, after, EDIT, TESTS).ok


def test_it_accepts_a_test_that_now_fails_where_another_test_already_failed_without_the_edit():
    # Two faults on one statement of a round-trip test: `g` (line 6) fails on its own in another
    # test before the edit. Mending `f` lets the round trip reach `g`, which fails there for the
    # same reason (values aside): a fault the first one masked, not the edit's own value.
    further = [("tests/test_app.py", 10, "test_f"), ("src/app.py", 6, "g")]
    alone = [("tests/test_app.py", 20, "test_g"), ("src/app.py", 6, "g")]
    before = _run(
        _failed("tests/test_app.py::test_f", "TypeError", "can only concatenate", CALL),
        _failed("tests/test_app.py::test_g", "ValueError", "'C' is not in list", alone),
    )
    after = _run(
        _failed("tests/test_app.py::test_f", "ValueError", "'x' is not in list", further),
        _failed("tests/test_app.py::test_g", "ValueError", "'C' is not in list", alone),
    )
    failure = _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f")
    verdict = judge_by_tests(failure, before, after, EDIT, TESTS)
    assert (verdict.ok, verdict.tier) == (True, 2)


def test_a_new_error_further_on_is_not_a_fix_when_the_other_tests_failed_there_for_another_reason():
    # The same place, another reason (or a place where no other test failed): the edit's own value
    # failing further on (r81's rule stays).
    further = [("tests/test_app.py", 10, "test_f"), ("src/app.py", 6, "g")]
    alone = [("tests/test_app.py", 20, "test_g"), ("src/app.py", 6, "g")]
    before = _run(
        _failed("tests/test_app.py::test_f", "TypeError", "can only concatenate", CALL),
        _failed("tests/test_app.py::test_g", "ValueError", "'C' is not in list", alone),
    )
    after = _run(
        _failed("tests/test_app.py::test_f", "TypeError", "'<' not supported", further),
        _failed("tests/test_app.py::test_g", "ValueError", "'C' is not in list", alone),
    )
    failure = _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f")
    assert not judge_by_tests(failure, before, after, EDIT, TESTS).ok
    # Nor where only the targeted tests themselves failed before.
    own = _run(
        _failed("tests/test_app.py::test_f", "TypeError", "can only concatenate", CALL),
        _failed("tests/test_app.py::test_h", "TypeError", "can only concatenate", CALL),
    )
    moved = _run(
        _failed("tests/test_app.py::test_f", "ValueError", "'x' is not in list", further),
        _failed("tests/test_app.py::test_h", "ValueError", "'x' is not in list", further),
    )
    both = _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f", "tests/test_app.py::test_h")
    assert not judge_by_tests(both, own, moved, EDIT, TESTS).ok


def test_an_import_fix_is_judged_by_its_place():
    # The missing name is imported now; the same statement of the test fails on an assertion
    # because of another bug: for IMPORT nothing is raised at that place any more.
    before = _run(_failed("tests/test_app.py::test_f", "NameError", "name 'math' is not defined", CALL))
    after = _run(_failed("tests/test_app.py::test_f", "AssertionError", "assert 3 == 4", CALL[:1]))
    verdict = judge_by_tests(
        _failure(BugType.IMPORT, "tests/test_app.py::test_f"), before, after, EDIT, TESTS
    )
    assert (verdict.ok, verdict.tier) == (True, 2)


def test_making_one_test_pass_while_the_other_fails_differently_is_not_a_fix():
    # The wrong-direction off-by-one: the edit reaches test_main (its values changed) without fixing it.
    main = [("tests/test_app.py", 20, "test_main")]
    before = _run(
        _failed("tests/test_app.py::test_main", "AssertionError", "assert [3, 5] == [3, 5, 7]", main),
        _failed(
            "tests/test_app.py::test_one",
            "AssertionError",
            "assert [] == [5]",
            [("tests/test_app.py", 24, "t")],
        ),
    )
    after = _run(
        _failed("tests/test_app.py::test_main", "AssertionError", "assert [3, 5, 7, 4] == [3, 5, 7]", main),
        TestResult("tests/test_app.py::test_one", "passed"),
    )
    failure = _failure(BugType.LOGIC, "tests/test_app.py::test_main", "tests/test_app.py::test_one")
    verdict = judge_by_tests(failure, before, after, EDIT, TESTS)
    assert not verdict.ok
    assert "test_main" in verdict.reason


def test_tests_that_fail_exactly_as_before_failed_for_another_reason():
    high = _failed(
        "tests/test_app.py::test_high", "AssertionError", "assert 4 == 5", [("tests/test_app.py", 9, "t")]
    )
    before = _run(
        _failed(
            "tests/test_app.py::test_low", "AssertionError", "assert 2 == 1", [("tests/test_app.py", 5, "t")]
        ),
        high,
    )
    after = _run(TestResult("tests/test_app.py::test_low", "passed"), high)
    failure = _failure(BugType.LOGIC, "tests/test_app.py::test_low", "tests/test_app.py::test_high")
    verdict = judge_by_tests(failure, before, after, EDIT, TESTS)
    assert (verdict.ok, verdict.tier, verdict.score) == (True, 3, 1)
    # ... but a candidate that changes nothing at all fixes nothing.
    unchanged = judge_by_tests(failure, before, before, EDIT, TESTS)
    assert not unchanged.ok


def test_it_refuses_an_edit_that_steers_some_tests_around_the_same_failure():
    # `and` -> `or` on the branch above a TypeError: one test no longer reaches the line, the
    # other still raises there, the same exception with the same message. The target is not gone.
    def crash(name, test_line):
        return _failed(
            f"tests/test_app.py::{name}",
            "TypeError",
            "unsupported operand type(s) for +: 'datetime' and 'int'",
            [("tests/test_app.py", test_line, name), ("src/app.py", 2, "f")],
        )

    before = _run(crash("test_a", 10), crash("test_b", 20))
    after = _run(TestResult("tests/test_app.py::test_a", "passed"), crash("test_b", 20))
    failure = _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_a", "tests/test_app.py::test_b")
    verdict = judge_by_tests(failure, before, after, EDIT, TESTS)
    assert not verdict.ok
    assert "test_b" in verdict.reason
    assert verdict.progress > 0  # still a partial patch a second edit may complete


def test_a_module_that_now_collects_is_judged_by_its_tests():
    error = CollectError(
        "tests/test_app.py",
        exception={
            "type": "SyntaxError",
            "message": "",
            "frames": [],
            "syntax": {"filename": "src/app.py", "lineno": 2},
        },
    )
    before = _run(collect_errors=[error])
    after = _run(
        TestResult("tests/test_app.py::test_a", "passed"),
        _failed(
            "tests/test_app.py::test_b",
            "AssertionError",
            "assert 1 == 2",
            [("tests/test_app.py", 8, "test_b")],
        ),
    )
    failure = Failure(
        BugType.SYNTAX, "src/app.py", 2, "invalid syntax", "compile", "SyntaxError", ("tests/test_app.py",)
    )
    verdict = judge_by_tests(failure, before, after, EDIT, TESTS)
    assert (verdict.ok, verdict.tier, verdict.score) == (True, 2, 1)
    # The same syntax error again at the same place is not a fix.
    assert not judge_by_tests(failure, before, before, EDIT, TESTS).ok
    # Another file's syntax error now stops the module: the fix is real, nothing could run yet.
    other = CollectError(
        "tests/test_app.py",
        exception={
            "type": "SyntaxError",
            "message": "",
            "frames": [],
            "syntax": {"filename": "src/b.py", "lineno": 7},
        },
    )
    blocked = judge_by_tests(failure, before, _run(collect_errors=[other]), EDIT, TESTS)
    assert (blocked.ok, blocked.tier, blocked.blocked) == (True, 2, True)


def test_a_test_directory_that_now_collects_is_judged_by_the_tests_under_it():
    # Tests inside the package: pytest names the collection error by the test package's directory.
    error = CollectError(
        "pkg/testsuite",
        exception={
            "type": "SyntaxError",
            "message": "",
            "frames": [],
            "syntax": {"filename": "src/app.py", "lineno": 2},
        },
    )
    before = _run(collect_errors=[error])
    after = _run(
        TestResult("pkg/testsuite/test_app.py::test_a", "passed"),
        TestResult("pkg/testsuite/sub/test_b.py::test_b", "passed"),
    )
    failure = Failure(
        BugType.SYNTAX, "src/app.py", 2, "invalid syntax", "compile", "SyntaxError", ("pkg/testsuite",)
    )
    tests = frozenset({"pkg/testsuite/test_app.py", "pkg/testsuite/sub/test_b.py"})
    assert judge_by_tests(failure, before, after, EDIT, tests).ok
    # A sibling directory whose name only starts the same is not under it.
    sibling = _run(TestResult("pkg/testsuite2/test_c.py::test_c", "passed"))
    assert not judge_by_tests(failure, before, sibling, EDIT, tests).ok


def _load_error(nodeid, kind, message, *, frames=(), syntax=None):
    exception = {"type": kind, "message": message, "frames": list(frames)}
    if syntax:
        exception["syntax"] = syntax
    return CollectError(nodeid, exception=exception)


def test_a_load_that_stops_at_another_error_named_by_no_test_module_is_progress():
    # mocha over ES modules: src/caesar.js did not parse, and the test file that imports it said so.
    # Fixed, the module graph stops linking at src/vigenere.js's import of a name caesar.js lacks;
    # that error names no test module, and no test ran.
    unparsed = {"filename": "src/app.py", "lineno": 2}
    before = _run(collect_errors=[_load_error("test/ciphers.spec.js", "SyntaxError", "", syntax=unparsed)])
    failure = Failure(
        BugType.SYNTAX, "src/app.py", 2, "missing )", "mocha", "SyntaxError", ("test/ciphers.spec.js",)
    )
    linked = _load_error(
        "", "SyntaxError", "does not provide an export named 'shiftLetters'", frames=[("src/b.py", 1, "")]
    )
    verdict = judge_by_tests(failure, before, _run(collect_errors=[linked]), EDIT, TESTS)
    assert (verdict.ok, verdict.tier, verdict.blocked) == (True, 2, True)
    # The same error a line on (the edit only moved it) is not progress ...
    moved = _load_error("", "SyntaxError", "", syntax={"filename": "src/app.py", "lineno": 5})
    assert not judge_by_tests(failure, before, _run(collect_errors=[moved]), EDIT, TESTS).ok
    # ... nor an error at no known place, nor a stop judged for a failure found while running.
    nowhere = _load_error("", "SyntaxError", "does not provide an export named 'shiftLetters'")
    assert not judge_by_tests(failure, before, _run(collect_errors=[nowhere]), EDIT, TESTS).ok
    logic = Failure(BugType.LOGIC, "src/app.py", 2, "boom", "mocha", "Error", ("test/ciphers.spec.js",))
    rejected = judge_by_tests(logic, before, _run(collect_errors=[linked]), EDIT, TESTS)
    assert rejected.reason == "test/ciphers.spec.js did not run"


def test_a_failure_whose_tests_pass_in_the_sandbox_cannot_be_judged():
    passing = _run(TestResult("tests/test_app.py::test_f", "passed"))
    verdict = judge_by_tests(
        _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f"), passing, passing, EDIT, TESTS
    )
    assert verdict.reason == REJECT_NOT_REPRODUCED


def test_tests_of_a_module_that_now_imports_may_be_skipped_by_their_authors():
    error = CollectError(
        "tests/test_app.py",
        exception={"type": "ImportError", "message": "cannot import name 'Hashable'", "frames": CALL},
    )
    before = _run(collect_errors=[error])
    after = _run(
        TestResult("tests/test_app.py::test_a", "passed"),
        TestResult("tests/test_app.py::test_tz", "skipped"),  # skipTest("pytz unavailable")
        TestResult("tests/test_app.py::test_py2", "xfailed"),
    )
    failure = Failure(
        BugType.IMPORT, "src/app.py", 2, "ImportError", "pytest", "ImportError", ("tests/test_app.py",)
    )
    verdict = judge_by_tests(failure, before, after, EDIT, TESTS)
    assert (verdict.ok, verdict.tier, verdict.score) == (True, 1, 3)
    # A failing test that is now skipped did not pass: that is no fix.
    skipped = _run(TestResult("tests/test_app.py::test_f", "skipped"))
    assert not judge_by_tests(
        _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f"), BEFORE, skipped, EDIT, TESTS
    ).ok


def test_a_module_without_tests_that_now_imports_no_longer_stops_the_fix():
    # serpent keeps a script (tests/test_unicode.py, no test in it) beside its test modules: once
    # the import error is gone it collects nothing, and that must not read as "did not run".
    error = CollectError(
        "tests/test_script.py",
        exception={"type": "ImportError", "message": "cannot import name 'KeysView'", "frames": CALL},
    )
    before = _run(collect_errors=[error])
    failure = Failure(
        BugType.IMPORT, "src/app.py", 2, "ImportError", "pytest", "ImportError", ("tests/test_script.py",)
    )
    collected = _run()
    collected.modules = {"tests/test_script.py"}
    verdict = judge_by_tests(failure, before, collected, EDIT, TESTS)
    assert (verdict.ok, verdict.score) == (True, 1)
    # Not collected at all (a run that left the module out) stays unjudged.
    assert judge_by_tests(failure, before, _run(), EDIT, TESTS).reason == "tests/test_script.py did not run"


def test_an_error_that_moved_into_what_the_failing_statement_calls_is_not_gone():
    # `OrderedSet.add(uri)` on the class, "fixed" as `OrderedSet.add(uri, key=uri)`: the call now
    # enters add() with a str as self and fails inside it, while the statement is still running.
    inside = [*CALL, ("src/ordered.py", 42, "add")]
    after = _run(
        _failed("tests/test_app.py::test_f", "AttributeError", "'str' object has no attribute", inside)
    )
    verdict = judge_by_tests(
        _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f"), BEFORE, after, EDIT, TESTS
    )
    assert not verdict.ok
    assert "still fails where it did" in verdict.reason


def test_a_test_whose_helper_got_further_moved_on():
    # test_f calls check() (a helper of the test module, line 30); check() calls the code under
    # repair (line 31) and asserts on it (line 32). The error raised in the code is gone; the
    # helper's assertion now fails on another bug.
    helper = [("tests/test_app.py", 10, "test_f"), ("tests/test_app.py", 31, "check")]
    before = _run(
        _failed("tests/test_app.py::test_f", "TypeError", "bad operand", [*helper, ("src/app.py", 2, "f")])
    )
    after = _run(
        _failed(
            "tests/test_app.py::test_f",
            "AssertionError",
            "assert 3 == 4",
            [("tests/test_app.py", 10, "test_f"), ("tests/test_app.py", 32, "check")],
        )
    )
    verdict = judge_by_tests(
        _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f"), before, after, EDIT, TESTS
    )
    assert (verdict.ok, verdict.tier) == (True, 2)
    # An earlier line of the helper is no progress.
    back = _run(
        _failed(
            "tests/test_app.py::test_f",
            "AssertionError",
            "assert 3 == 4",
            [("tests/test_app.py", 10, "test_f"), ("tests/test_app.py", 30, "check")],
        )
    )
    assert not judge_by_tests(
        _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f"), before, back, EDIT, TESTS
    ).ok


def test_it_rejects_an_error_raised_by_a_line_the_candidate_wrote():
    # A wrong-variable "fix" on line 5 (`h(x)` → `len(x)`) lets test_f get past line 2's TypeError,
    # only to raise on the line it wrote: the edit made that error, it uncovered no masked bug.
    old = "def f(x):\n    return g(x) + 'a'\n\n\ndef g(x):\n    return h(x)\n"
    new = "def f(x):\n    return g(x) + 'a'\n\n\ndef g(x):\n    return len(x)\n"
    edit = Edit("src/app.py", old, new)
    wrote = [("tests/test_app.py", 12, "test_f"), ("src/app.py", 6, "g")]
    after = _run(
        _failed("tests/test_app.py::test_f", "TypeError", "object of type 'int' has no len()", wrote)
    )
    failure = _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f")
    verdict = judge_by_tests(failure, BEFORE, after, edit, TESTS)
    assert not verdict.ok
    assert "still fails where it did" in verdict.reason
    # The same error on a line the edit did not write is a bug it uncovered.
    assert judge_by_tests(failure, BEFORE, after, EDIT, TESTS).tier == 2


def test_an_error_now_raised_earlier_in_the_same_call_is_not_a_masked_bug():
    # decode() (line 6) calls convert(); convert's line 12 raised. The candidate edits decode's
    # call so that convert now raises at its line 10, before the place that failed: the edit broke
    # the call sooner, it uncovered nothing.
    old = "".join(f"x{n} = {n}\n" for n in range(1, 21))
    new = old.replace("x6 = 6", "x6 = 7")
    edit = Edit("src/app.py", old, new)
    stack = [("tests/test_app.py", 10, "test_f"), ("src/app.py", 6, "decode")]
    before = _run(
        _failed("tests/test_app.py::test_f", "ValueError", "not in list", [*stack, ("src/app.py", 12, "c")])
    )
    sooner = _run(
        _failed("tests/test_app.py::test_f", "TypeError", "no len()", [*stack, ("src/app.py", 10, "c")])
    )
    failure = _failure(BugType.LOGIC, "tests/test_app.py::test_f", line=12)
    verdict = judge_by_tests(failure, before, sooner, edit, TESTS)
    assert not verdict.ok and not verdict.progress
    # Further on in the same call it may be a bug the fix uncovered, or the edit's own value failing
    # later: the test is still at the statement that failed, so not a fix alone, a partial patch.
    later = _run(
        _failed("tests/test_app.py::test_f", "TypeError", "no len()", [*stack, ("src/app.py", 14, "c")])
    )
    further = judge_by_tests(failure, before, later, edit, TESTS)
    assert (further.ok, further.progress) == (False, 1)


def test_an_error_raised_while_handling_one_the_edit_made_sooner_is_not_a_masked_bug():
    # parse() (lines 3-9) converts its parts at line 4 and calls to_deg() at line 5, whose line 12
    # raised a TypeError; its handler at line 9 raises a ValueError of its own. The candidate breaks
    # the conversion at line 4: the handler's ValueError is raised at a later line than the call,
    # but what it handles was raised before the call that failed. Nothing was uncovered.
    old = "".join(f"x{n} = {n}\n" for n in range(1, 21))
    new = old.replace("x4 = 4", "x4 = 5")
    edit = Edit("src/app.py", old, new)
    test = ("tests/test_app.py", 10, "test_f")
    before = _run(
        _failed(
            "tests/test_app.py::test_f",
            "TypeError",
            "bad operand type for abs(): 'list'",
            [test, ("src/app.py", 5, "parse"), ("src/app.py", 12, "to_deg")],
        )
    )

    def translated(handled_line, function="parse"):
        result = _failed(
            "tests/test_app.py::test_f",
            "ValueError",
            "not a valid string",
            [test, ("src/app.py", 9, "parse")],
        )
        result.exception["cause"] = {
            "type": "ValueError",
            "message": "could not convert",
            "frames": [("src/app.py", handled_line, function)],
        }
        return _run(result)

    failure = _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f", line=12)
    verdict = judge_by_tests(failure, before, translated(4), edit, TESTS)
    assert not verdict.ok
    assert not verdict.progress
    # Handled after the call returned (line 6): the call got through, maybe to a bug further on; the
    # test is still at its statement, so a partial patch, not a fix alone.
    got_through = judge_by_tests(failure, before, translated(6), edit, TESTS)
    assert (got_through.ok, got_through.progress) == (False, 1)
    # A cause whose report lost the frame that caught it (trimmed) says nothing of where it was.
    trimmed = judge_by_tests(failure, before, translated(4, function="convert"), edit, TESTS)
    assert (trimmed.ok, trimmed.progress) == (False, 1)


def test_a_guard_whose_test_now_fails_further_on_hid_the_error_instead_of_fixing_it():
    # `x.key` guarded as `x?.key`: the crash is gone, the test fails at a later check.
    later = [("tests/test_app.py", 12, "test_f")]
    after = _run(_failed("tests/test_app.py::test_f", "AssertionError", "expected 2, got undefined", later))
    failure = _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f")
    guard = Edit("src/app.py", OLD, NEW, guard=True)
    assert judge_by_tests(failure, BEFORE, after, EDIT, TESTS).ok
    verdict = judge_by_tests(failure, BEFORE, after, guard, TESTS)
    assert not verdict.ok and "guard" in verdict.reason
    passing = _run(TestResult("tests/test_app.py::test_f", "passed"))
    assert judge_by_tests(failure, BEFORE, passing, guard, TESTS).tier == 1


def test_a_guard_that_passes_some_targeted_tests_while_the_others_fail_further_on_is_a_partial_patch():
    # pymutants (roman-numerals' group: `if not valid: raise` negated, a numeral's value off by one
    # behind it): the negation passes the tests that never reach the second bug; a base to stack on.
    before = _run(
        _failed("tests/test_app.py::test_f", "ValueError", "invalid", CALL),
        _failed("tests/test_app.py::test_g", "ValueError", "invalid", CALL),
    )
    failure = _failure(BugType.LOGIC, "tests/test_app.py::test_f", "tests/test_app.py::test_g")
    guard = Edit("src/app.py", OLD, NEW, guard=True)
    later = [("tests/test_app.py", 12, "test_g")]
    after = _run(
        TestResult("tests/test_app.py::test_f", "passed"),
        _failed("tests/test_app.py::test_g", "AssertionError", "501 != 500", later),
    )
    verdict = judge_by_tests(failure, before, after, guard, TESTS)
    assert not verdict.ok and "guard" in verdict.reason
    assert verdict.progress > 0
    # Every targeted test failing at a later check of its own: the guard may only have hidden the
    # error, or be one of two edits; a base of the lowest rank, below the partial patch above.
    hidden = _run(
        _failed("tests/test_app.py::test_f", "AssertionError", "1 != 2", later),
        _failed("tests/test_app.py::test_g", "AssertionError", "501 != 500", later),
    )
    assert judge_by_tests(failure, before, hidden, guard, TESTS).progress == 1 < verdict.progress


def test_it_keeps_a_guard_whose_only_test_now_reaches_a_later_check_as_the_lowest_base():
    # Two faults on one test: `if not isinstance(b, M): continue` lost its `not` (a TypeError
    # iterating b), and a wrong index behind it. The negated guard lets the test through the code
    # to its own check two lines on, which the second fault fails: a base for a second edit only.
    failure = _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f")
    guard = Edit("src/app.py", OLD, NEW, guard=True)
    checked = _run(
        _failed(
            "tests/test_app.py::test_f",
            "AssertionError",
            "NoneType is not str",
            [("tests/test_app.py", 12, "test_f")],
        )
    )
    verdict = judge_by_tests(failure, BEFORE, checked, guard, TESTS)
    assert (verdict.ok, verdict.progress) == (False, 1)
    assert "guard" in verdict.reason


def test_it_gives_nothing_to_build_on_to_a_guard_whose_test_still_meets_an_error_in_the_code():
    failure = _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f")
    guard = Edit("src/app.py", OLD, NEW, guard=True)
    # Further on in the code (an error raised by the program, not the test's check): the guard
    # steered the crash into another one.
    raised = _run(
        _failed(
            "tests/test_app.py::test_f",
            "KeyError",
            "'a'",
            [("tests/test_app.py", 12, "test_f"), ("src/app.py", 6, "g")],
        )
    )
    assert judge_by_tests(failure, BEFORE, raised, guard, TESTS).progress == 0


def test_a_similar_name_is_a_fix_only_when_a_targeted_test_passes_under_it():
    # `log10` undefined, `log` put in its place: every targeted test now fails at a later check.
    before = _run(
        _failed("tests/test_app.py::test_f", "NameError", "name 'log10' is not defined", CALL),
        _failed("tests/test_app.py::test_g", "NameError", "name 'log10' is not defined", CALL),
    )
    later = [("tests/test_app.py", 12, "test_f")]
    failure = _failure(BugType.IMPORT, "tests/test_app.py::test_f", "tests/test_app.py::test_g")
    after = _run(
        _failed("tests/test_app.py::test_f", "AssertionError", "'3.0010k' != '3.00100k'", later),
        _failed("tests/test_app.py::test_g", "AssertionError", "'1.0k' != '1.00k'", later),
    )
    lookalike = Edit("src/app.py", OLD, NEW, lookalike=True)
    assert judge_by_tests(failure, before, after, EDIT, TESTS).ok
    verdict = judge_by_tests(failure, before, after, lookalike, TESTS)
    assert not verdict.ok and "similar name" in verdict.reason
    assert verdict.progress  # a base for a two-edit search, never a fix alone
    one_passes = _run(
        TestResult("tests/test_app.py::test_f", "passed"),
        _failed("tests/test_app.py::test_g", "AssertionError", "'1.0k' != '1.00k'", later),
    )
    assert judge_by_tests(failure, before, one_passes, lookalike, TESTS).tier == 2


def test_a_failing_check_with_other_values_is_a_partial_patch_not_a_fix():
    # A data-driven test that got past the case the edit fixed fails on a later case: same check.
    check = [("tests/test_app.py", 10, "test_f")]
    before = _run(_failed("tests/test_app.py::test_f", "AssertionError", "assert 6 == 4", check))
    after = _run(_failed("tests/test_app.py::test_f", "AssertionError", "assert 1 == 3", check))
    verdict = judge_by_tests(_failure(BugType.LOGIC, "tests/test_app.py::test_f"), before, after, EDIT, TESTS)
    assert (verdict.ok, verdict.progress) == (False, 1)


def test_an_exception_turned_into_a_failing_check_is_a_partial_patch_not_a_fix():
    after = _run(_failed("tests/test_app.py::test_f", "AssertionError", "assert '1a' == 2", CALL[:1]))
    verdict = judge_by_tests(
        _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f"), BEFORE, after, EDIT, TESTS
    )
    assert (verdict.ok, verdict.progress) == (False, 2)


def test_an_error_raised_by_the_edit_or_earlier_is_no_partial_progress():
    wrote = [("tests/test_app.py", 10, "test_f"), ("src/app.py", 2, "f")]  # line 2 is the edited line
    after = _run(_failed("tests/test_app.py::test_f", "ValueError", "could not convert", wrote))
    verdict = judge_by_tests(
        _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f"), BEFORE, after, EDIT, TESTS
    )
    assert (verdict.ok, verdict.progress) == (False, 0)


HASHING = "import hashlib\n\n\ndef digest(text):\n    hasher = hashlib.md5()\n    hasher.update(text)\n    return hasher.hexdigest()\n"
HASH_CALL = [("tests/test_app.py", 10, "test_f"), ("src/app.py", 6, "digest")]


def test_deleting_the_statement_that_raises_a_type_error_is_not_a_fix():
    places = failing_places(
        _run(_failed("tests/test_app.py::test_f", "TypeError", "Strings must be encoded", HASH_CALL))
    )
    failure = _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f", line=6)
    deleted = Edit("src/app.py", HASHING, HASHING.replace("    hasher.update(text)\n", ""))
    by_pass = Edit("src/app.py", HASHING, HASHING.replace("hasher.update(text)", "pass"))
    fixed = Edit("src/app.py", HASHING, HASHING.replace("update(text)", "update(text.encode())"))
    assert deletes_raising_statement(failure, deleted, places) == 6
    assert deletes_raising_statement(failure, by_pass, places) == 6
    assert deletes_raising_statement(failure, fixed, places) is None


def test_the_raising_statement_of_another_failing_test_counts_too_and_elsewhere_a_deletion_may_go_on():
    # A LOGIC failure whose test only compares the error a thread collected: the statement that
    # raises shows in the other failing test's traceback.
    places = failing_places(
        _run(
            _failed("tests/test_app.py::test_f", "TypeError", "Strings must be encoded", HASH_CALL),
            _failed(
                "tests/test_app.py::test_threads",
                "AssertionError",
                "[TypeError()] == [None]",
                [("tests/test_app.py", 20, "test_threads")],
            ),
        )
    )
    logic = _failure(BugType.LOGIC, "tests/test_app.py::test_threads", line=20)
    deleted = Edit("src/app.py", HASHING, HASHING.replace("    hasher.update(text)\n", ""))
    assert deletes_raising_statement(logic, deleted, places) == 6
    elsewhere = Edit("src/app.py", HASHING, HASHING.replace("    hasher = hashlib.md5()\n", ""))
    assert deletes_raising_statement(logic, elsewhere, places) is None
    # A failing import is removed on purpose: not a runtime failure's statement.
    assert (
        deletes_raising_statement(_failure(BugType.IMPORT, "tests/test_app.py::test_f"), deleted, places)
        is None
    )


def test_it_never_counts_a_compile_error_next_to_the_edit_as_moved_on():
    from healer.engine.analysis.places import Place
    from healer.engine.validation import moved_on

    old = "def f(\n    a=1,\n    b\n):\n    return a\n"
    new = "def f(\n    a=1,\n    b)\n):\n    return a\n"
    edit = Edit("m.py", old, new)
    before = Place("m.py", 3, 0, "SyntaxError", "non-default argument follows default argument")
    after = Place("m.py", 4, 0, "SyntaxError", "unmatched ')'")
    assert not moved_on(before, after, edit, frozenset(), by_place=True)
    # An import error elsewhere that the fixed module now reaches is still progress.
    elsewhere = Place("n.py", 1, 0, "ImportError", "cannot import name 'x'")
    assert moved_on(before, elsewhere, edit, frozenset(), by_place=True)


def test_it_asks_the_compiler_whether_a_later_compile_error_was_there_before():
    from healer.engine.analysis.places import Place
    from healer.engine.localise import compile_error
    from healer.engine.validation import moved_on

    old = 'def f(a=1, b):\n    x = 1\n    y = 2\n    """doc"""\n    return a\n\n\ny = [\n'
    before = Place("m.py", 1, 0, "SyntaxError", "non-default argument follows default argument")
    fixed = old.replace("b):", "b=None):")
    after = Place("m.py", 8, 0, "SyntaxError", "'[' was never closed")
    assert moved_on(before, after, Edit("m.py", old, fixed), frozenset(), by_place=True)
    # A quote opened two lines above the error the compiler now reports at line 4: not next to
    # the lines the edit wrote, but the original had no error there (the compiler says so).
    made = fixed.replace("x = 1", 'x = """1')
    error = compile_error(made, "m.py")
    assert error is not None and error.line == 4
    after = Place("m.py", 4, 0, "SyntaxError", error.message)
    assert not moved_on(before, after, Edit("m.py", old, made), frozenset(), by_place=True)


def test_it_never_takes_a_load_stopped_by_the_edits_own_compile_error_for_progress():
    # A conftest imports the broken module, so pytest stops while loading (validation.stops_further).
    from healer.engine.analysis.places import Place
    from healer.engine.validation import stops_further

    old = "def f(\n    a=1,\n    b\n):\n    return a\n"
    new = "def f(\n    a=1,\n    b)\n):\n    return a\n"
    failure = Failure(
        bug_type=BugType.SYNTAX, file="m.py", line=3, message="non-default argument", source="pytest"
    )
    before = Place("m.py", 3, 0, "SyntaxError", "non-default argument follows default argument")
    after = Place("m.py", 4, 0, "SyntaxError", "unmatched ')'")
    assert not stops_further(failure, before, after, Edit("m.py", old, new), frozenset())
    fixed = old.replace("    b\n", "    b=None\n")
    elsewhere = Place("n.py", 2, 0, "ModuleNotFoundError", "No module named 'p.q'")
    assert stops_further(failure, before, elsewhere, Edit("m.py", old, fixed), frozenset())


def test_it_never_accepts_an_emptied_string_that_only_moves_the_failure_on():
    from healer.engine.validation import empties_literal

    old = "def f(row):\n    cell = row.get('Rate')\n    if cell is not None:\n        return int(cell)\n"
    emptied = Edit("src/app.py", old, old.replace("row.get('Rate')", 'row.get("")'))
    assert empties_literal(emptied)
    assert not empties_literal(Edit("src/app.py", old, old.replace("int(cell)", "int(cell.text)")))
    assert not empties_literal(Edit("src/app.py", "x = f(3)\n", "x = f(0)\n"))  # an off-by-one stays open
    call = [("tests/test_app.py", 10, "test_f"), ("src/app.py", 4, "f")]
    before = _run(_failed("tests/test_app.py::test_f", "TypeError", "int() argument", call))
    # The branch that crashed is skipped: a later statement of the test fails for want of the value.
    later = [("tests/test_app.py", 12, "test_f")]
    after = _run(_failed("tests/test_app.py::test_f", "AssertionError", "assert None == 3", later))
    failure = _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f", line=4)
    verdict = judge_by_tests(failure, before, after, emptied, TESTS)
    assert not verdict.ok and "emptied literal" in verdict.reason
    assert verdict.progress > 0  # still a partial patch for a second edit
    real = Edit("src/app.py", old, old.replace("int(cell)", "int(cell.strip())"))
    assert judge_by_tests(failure, before, after, real, TESTS).ok


def test_it_compares_stacks_by_statement_when_an_inline_callback_shares_its_callers_line():
    from healer.engine.analysis.places import Place
    from healer.engine.validation import moved_on

    edit = Edit(file="lib/keys.js", old="a\n", new="b\n")
    # Before: key() threw synchronously, under the inline map callback on rank's line 2 (two frames
    # on that line); after: total() throws at line 6 past an `await`, and the async stack shows line 2 once.
    before = Place(
        "lib/keys.js",
        1,
        9,
        "TypeError",
        "x",
        stack=(("t.spec.js", 9), ("lib/r.js", 2), ("lib/r.js", 2), ("lib/r.js", 5), ("lib/keys.js", 1)),
    )
    after = Place(
        "lib/r.js",
        6,
        9,
        "ReferenceError",
        "total is not defined",
        stack=(("t.spec.js", 9), ("lib/r.js", 2), ("lib/r.js", 6)),
    )
    assert moved_on(before, after, edit, frozenset({"t.spec.js"}), completes=True)
    sooner = Place(
        "lib/r.js", 4, 9, "ReferenceError", "y", stack=(("t.spec.js", 9), ("lib/r.js", 2), ("lib/r.js", 4))
    )
    assert not moved_on(before, sooner, edit, frozenset({"t.spec.js"}), completes=True)


def test_it_orders_lines_only_within_one_function_when_it_asks_whether_the_error_came_sooner():
    # A test statement's library call first runs a lookup (`search`, line 30, whose factory raised
    # at line 20). Mended there, the same statement goes on to run what the lookup returned
    # (`wrapper`, line 12), which reaches `short` (line 5): a fault another test already meets
    # alone. The frames part in two different functions: line 12 is not "sooner" than line 30.
    old = "".join(f"x{n} = {n}\n" for n in range(1, 41))
    edit = Edit("src/app.py", old, old.replace("x20 = 20", "x20 = 21"))
    test = ("tests/test_app.py", 10, "test_codec")
    alone = [("tests/test_app.py", 20, "test_short"), ("src/app.py", 5, "short")]
    before = _run(
        _failed("tests/test_app.py::test_codec", "TypeError", "unsupported operand", [
            test, ("src/app.py", 30, "search"), ("src/app.py", 20, "factory")]),
        _failed("tests/test_app.py::test_short", "TypeError", "decoding str is not supported", alone),
    )  # fmt: skip
    after = _run(
        _failed("tests/test_app.py::test_codec", "TypeError", "decoding str is not supported", [
            test, ("src/app.py", 12, "wrapper"), ("src/app.py", 5, "short")]),
        _failed("tests/test_app.py::test_short", "TypeError", "decoding str is not supported", alone),
    )  # fmt: skip
    failure = _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_codec", line=20)
    verdict = judge_by_tests(failure, before, after, edit, TESTS)
    assert (verdict.ok, verdict.tier) == (True, 2)
    # The same stacks within one function (the call's own body raised at an earlier line) stay refused.
    sooner = _run(
        _failed("tests/test_app.py::test_codec", "TypeError", "decoding str is not supported", [
            test, ("src/app.py", 12, "search"), ("src/app.py", 5, "short")]),
        _failed("tests/test_app.py::test_short", "TypeError", "decoding str is not supported", alone),
    )  # fmt: skip
    assert not judge_by_tests(failure, before, sooner, edit, TESTS).ok


# Two bugs in one loop: the edit at line 7 lets a pass complete; the next pass fails at line 4,
# above it in the loop's body (a second bug the first one hid).
WALK = """\
def walk(graph, start):
    seen, queue = {}, [start]
    while queue:
        node = queue.pop()[0]
        for nxt in graph[node]:
            if nxt not in seen:
                seen[nxt] = graph[nxt] and node
                queue.append(nxt)
    return seen
"""
WALK_FIXED = WALK.replace("graph[nxt] and node", "node")
LOOP_TESTS = frozenset({"tests/test_walk.py"})


def _walk_place(line: int, kind: str, message: str) -> Place:
    return Place(
        "src/walk.py",
        line,
        5,
        kind,
        message,
        stack=(("tests/test_walk.py", 5), ("src/walk.py", line)),
        functions=("test_walk", "walk"),
    )


def test_it_keeps_as_a_partial_patch_an_edit_whose_test_now_fails_at_an_earlier_line_of_the_same_loop():
    before = _walk_place(7, "KeyError", "'b'")
    after = _walk_place(4, "TypeError", "'int' object is not subscriptable")
    edit = Edit("src/walk.py", WALK, WALK_FIXED)
    assert partial_progress(before, after, edit, LOOP_TESTS) == 1
    # Never a fix alone: the test did not get further by the lines.
    assert not moved_on(before, after, edit, LOOP_TESTS)


def test_an_earlier_line_outside_the_loop_still_fell_short():
    before = _walk_place(7, "KeyError", "'b'")
    after = _walk_place(2, "TypeError", "cannot unpack")
    edit = Edit("src/walk.py", WALK, WALK_FIXED)
    assert partial_progress(before, after, edit, LOOP_TESTS) == 0


def test_it_never_accepts_a_flag_switched_off_that_only_moves_a_typeerror_on():
    from healer.engine.validation import switches_flag

    old = "def count(doc, key):\n    found = walk(doc, key, True)\n    return 0 + found\n"
    switched = Edit("src/app.py", old, old.replace("key, True)", "key, False)"))
    assert switches_flag(switched)
    assert switches_flag(Edit("src/app.py", old, old.replace("key, True)", "key, None)")))
    assert not switches_flag(Edit("src/app.py", old, old.replace("0 + found", "0 + len(found)")))
    assert not switches_flag(Edit("src/app.py", "x = a is True\n", "x = a is not True\n"))
    call = [("tests/test_app.py", 10, "test_f"), ("src/app.py", 3, "count")]
    before = _run(_failed("tests/test_app.py::test_f", "TypeError", "unsupported operand", call))
    later = [("tests/test_app.py", 11, "test_f")]
    after = _run(_failed("tests/test_app.py::test_f", "AssertionError", "assert 2 == 0", later))
    failure = _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f", line=3)
    verdict = judge_by_tests(failure, before, after, switched, TESTS)
    assert not verdict.ok and "flag switched" in verdict.reason
    assert verdict.progress > 0  # a partial patch a second edit may complete
    real = Edit("src/app.py", old, old.replace("0 + found", "0 + len(found)"))
    assert judge_by_tests(failure, before, after, real, TESTS).ok


def _startup(kind, message, frames, syntax=None):
    """A run that stopped while loading a conftest: pytest wrote no report, only its traceback."""
    exception = {"type": kind, "message": message, "frames": frames, "module": "", "name": "", "path": ""}
    if syntax is not None:
        exception["syntax"] = syntax
    error = CollectError(nodeid="", exception=exception, longrepr="error while loading tests/conftest.py")
    return PytestRun(error="pytest wrote no report (exit code 4)", collect_errors=[error])


def test_it_accepts_a_compile_fix_after_which_the_conftest_load_stops_at_a_masked_import_error():
    old = "def f(a, b):\n    return g(a=a, b)\n"
    new = "def f(a, b):\n    return g(a, b)\n"
    syntax = {"filename": "src/app.py", "lineno": 2, "offset": None, "end_lineno": None, "end_offset": None}
    before = _startup("SyntaxError", "positional argument follows keyword argument", [], syntax | {"msg": ""})
    failure = Failure(BugType.SYNTAX, "src/app.py", 2, "positional", "compile", "SyntaxError", test_ids=("",))
    masked = _startup(
        "ModuleNotFoundError",
        "No module named 'enum.Enum'",
        [("tests/conftest.py", 1, "<module>"), ("src/dates.py", 2, "<module>")],
    )
    verdict = judge_by_tests(failure, before, masked, Edit("src/app.py", old, new), TESTS)
    assert (verdict.ok, verdict.tier) == (True, 2)
    # The same error again, or a run that still stops at the edited file's own line: no progress.
    still = judge_by_tests(failure, before, before, Edit("src/app.py", old, new), TESTS)
    assert not still.ok and "did not run" in still.reason


def test_it_accepts_it_too_when_the_suite_before_reported_the_same_import_as_a_collection_error():
    old = "def f(a, b):\n    return g(a=a, b)\n"
    new = "def f(a, b):\n    return g(a, b)\n"
    syntax = {"filename": "src/app.py", "lineno": 2, "offset": None, "end_lineno": None, "end_offset": None}
    exception = {
        "type": "SyntaxError",
        "message": "positional argument",
        "frames": [],
        "syntax": syntax | {"msg": ""},
    }
    before = _run(collect_errors=[CollectError(nodeid="tests", exception=exception, longrepr="")])
    failure = Failure(
        BugType.SYNTAX, "src/app.py", 2, "positional", "compile", "SyntaxError", test_ids=("tests",)
    )
    masked = _startup("ModuleNotFoundError", "No module named 'enum.Enum'", [("src/dates.py", 2, "<module>")])
    verdict = judge_by_tests(failure, before, masked, Edit("src/app.py", old, new), TESTS)
    assert (verdict.ok, verdict.tier) == (True, 2)
    passed = _run(TestResult("tests/test_app.py::test_f", "passed"))
    assert not judge_by_tests(failure, passed, masked, Edit("src/app.py", old, new), TESTS).ok


def _import_time(nodeid, where, *, when="setup"):
    frames = [("tests/test_a.py", 1, "<module>"), where]
    exception = {"type": "TypeError", "message": "unsupported operand", "frames": frames}
    if when == "collect":
        return CollectError(nodeid, exception=exception)
    return TestResult(nodeid, "error", when=when, exception=exception)


SECOND = {"type": "SyntaxError", "message": "", "frames": [], "syntax": {"filename": "src/b.py", "lineno": 7}}


def test_it_judges_a_test_whose_module_no_longer_imports_by_the_module_s_collection_error():
    # An import-time TypeError at src/app.py:2 that one module's tests met at setup and another
    # module met while collecting. Fixed, the import stops at a second fault (a syntax error in
    # src/b.py) it masked: neither module imports now, and no test of the first one was collected.
    where = ("src/app.py", 2, "<module>")
    before = _run(
        _import_time("tests/test_a.py::test_a", where),
        collect_errors=[_import_time("tests/test_b.py", where, when="collect")],
    )
    after = _run(
        collect_errors=[
            CollectError("tests/test_a.py", exception=SECOND),
            CollectError("tests/test_b.py", exception=SECOND),
        ]
    )
    failure = _failure(BugType.TYPE_ERROR, "tests/test_a.py::test_a", "tests/test_b.py")
    tests = frozenset({"tests/test_a.py", "tests/test_b.py"})
    verdict = judge_by_tests(failure, before, after, EDIT, tests)
    assert (verdict.ok, verdict.tier, verdict.blocked) == (True, 2, True)
    # The same error again is no fix, whichever way the tests report it.
    again = _run(
        collect_errors=[
            _import_time("tests/test_a.py", where, when="collect"),
            _import_time("tests/test_b.py", where, when="collect"),
        ]
    )
    assert not judge_by_tests(failure, before, again, EDIT, tests).ok


def test_it_does_not_count_a_module_none_of_whose_tests_passed_as_lost_to_collection():
    where = ("src/app.py", 2, "<module>")
    before = _run(
        _import_time("tests/test_a.py::test_a", where),
        TestResult("tests/test_c.py::test_c", "passed"),
    )
    after = _run(
        TestResult("tests/test_c.py::test_c", "passed"),
        collect_errors=[CollectError("tests/test_a.py", exception=SECOND)],
    )
    assert new_collect_errors(before, after) == []
    # A module with a test that passed is lost when it no longer collects.
    lost = _run(collect_errors=[CollectError("tests/test_c.py", exception=SECOND)])
    assert new_collect_errors(before, lost) == ["tests/test_c.py"]


# Round 54: a new failure that is the candidate's own doing (validation.edits_own_failure).
OWN_OLD = (
    "def parse(a):\n    return a\n\n"
    "def run(a):\n    return shift(parse(a) * 1000)\n\n"
    "def shift(n):\n    return n + 1\n\n"
    "def fmt(n):\n    return '%d' % n\n"
)
OWN_BEFORE = _run(
    _failed(
        "tests/test_app.py::test_f",
        "TypeError",
        'can only concatenate str (not "int") to str',
        [("tests/test_app.py", 10, "test_f"), ("src/app.py", 5, "run"), ("src/app.py", 8, "shift")],
    )
)


def _own_after(frames, kind="OverflowError", message="too large"):
    return _run(_failed("tests/test_app.py::test_f", kind, message, frames))


def test_it_rejects_a_new_failure_whose_traceback_runs_through_the_edited_line():
    # The seconds left as text, "fixed" where they are used: `shift(int(parse(a) * 1000))` turns the
    # text repeated a thousand times into a number, and the test fails on it further on while the
    # rewritten call is still running. The test got further, yet the edit made the new error.
    wrong = Edit(
        "src/app.py", OWN_OLD, OWN_OLD.replace("shift(parse(a) * 1000)", "shift(int(parse(a) * 1000))")
    )
    frames = [("tests/test_app.py", 12, "test_f"), ("src/app.py", 5, "run"), ("src/app.py", 11, "fmt")]
    failure = _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f", line=8)
    verdict = judge_by_tests(failure, OWN_BEFORE, _own_after(frames), wrong, TESTS)
    assert not verdict.ok
    assert "still fails where it did" in verdict.reason
    # The value mended where it is made (`return float(a)`): the same later failure, through lines
    # the edit did not write, is a fault it uncovered (layered bugs): accepted as before.
    right = Edit("src/app.py", OWN_OLD, OWN_OLD.replace("    return a\n", "    return float(a)\n"))
    assert (judge_by_tests(failure, OWN_BEFORE, _own_after(frames), right, TESTS).ok) is True


def test_it_keeps_a_failure_through_the_edited_line_that_other_tests_met_before():
    # Another test failed at that place for that reason before any edit: a fault the first one
    # masked (known_places), not the edit's own value.
    wrong = Edit(
        "src/app.py", OWN_OLD, OWN_OLD.replace("shift(parse(a) * 1000)", "shift(int(parse(a) * 1000))")
    )
    frames = [("tests/test_app.py", 12, "test_f"), ("src/app.py", 5, "run"), ("src/app.py", 11, "fmt")]
    other = _failed(
        "tests/test_app.py::test_g",
        "OverflowError",
        "too large",
        [("tests/test_app.py", 20, "test_g"), ("src/app.py", 11, "fmt")],
    )
    before = _run(*OWN_BEFORE.tests.values(), other)
    after = _run(_failed("tests/test_app.py::test_f", "OverflowError", "too large", frames), other)
    failure = _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f", line=8)
    assert judge_by_tests(failure, before, after, wrong, TESTS).ok


def test_it_rejects_a_new_error_on_a_value_of_the_type_the_edit_wrote():
    # `None` passed in another function: the TypeError is gone and the test fails further on with
    # an AttributeError on that None, away from the edited line. (A `True` switched to `None` alone
    # is switches_flag's; this is any edit whose own value the new error is raised on.)
    old = "def build(x):\n    return make(x)\n"
    edit = Edit("src/app.py", old, old.replace("make(x)", "make(x, None)"))
    frames = [("tests/test_app.py", 12, "test_f"), ("src/app.py", 11, "fmt")]
    failure = _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f", line=8)
    on_none = _own_after(frames, "AttributeError", "'NoneType' object has no attribute 'lines'")
    verdict = judge_by_tests(failure, OWN_BEFORE, on_none, edit, TESTS)
    assert not verdict.ok
    # The same error after an edit that wrote no None is a fault further on (accepted as before),
    # and so is one whose replaced error already named the type.
    other = Edit("src/app.py", old, old.replace("make(x)", "make(x + 1)"))
    assert judge_by_tests(failure, OWN_BEFORE, on_none, other, TESTS).ok
    named = _run(
        _failed(
            "tests/test_app.py::test_f",
            "TypeError",
            "'NoneType' object is not iterable",
            [("tests/test_app.py", 10, "test_f"), ("src/app.py", 8, "shift")],
        )
    )
    assert judge_by_tests(failure, named, on_none, edit, TESTS).ok


def _collect_error_at(line):
    return CollectError(
        "tests/test_app.py",
        exception={
            "type": "SyntaxError",
            "message": "'(' was never closed",
            "frames": [],
            "syntax": {"filename": "src/app.py", "lineno": line},
        },
    )


def test_it_takes_a_runtime_error_on_a_line_whose_bracket_was_only_closed_as_further_on():
    # `" ".join(s[i : i + 4] for i in range(0, len(s), 4)` with its `)` dropped; closed, the module
    # compiles and `len(s)` on that line raises for a second bug a line above (`s = x.upper`).
    old = "def show(x):\n    s = x.upper\n    return ' '.join(s[i:i + 4] for i in range(0, len(s), 4)\n"
    closed = Edit("src/app.py", old, old.rstrip("\n") + ")\n")
    frames = [("tests/test_app.py", 8, "test_show"), ("src/app.py", 3, "show")]
    after = _run(_failed("tests/test_app.py::test_show", "TypeError", "has no len()", frames))
    before = _run(collect_errors=[_collect_error_at(3)])
    failure = Failure(
        BugType.SYNTAX,
        "src/app.py",
        3,
        "'(' was never closed",
        "compile",
        "SyntaxError",
        ("tests/test_app.py",),
    )
    assert (judge_by_tests(failure, before, after, closed, TESTS).ok) is True
    # Not when the edit put the bracket inside the line (a call closed early changes what runs),
    # nor when it changed anything besides closing it.
    early = Edit("src/app.py", old, old.replace("range(0, len(s), 4)", "range(0, len(s)), 4)"))
    assert not judge_by_tests(failure, before, after, early, TESTS).ok
    other = Edit("src/app.py", old, old.replace("len(s), 4)\n", "len(x), 4))\n"))
    assert not judge_by_tests(failure, before, after, other, TESTS).ok


def test_it_rejects_a_check_that_now_fails_on_the_singleton_the_edit_wrote():
    # `return True` -> `return None` in a predicate: the branch that crashed is no longer taken, and
    # the test's next statement fails on that None (`assert None is not None`), while other targeted
    # tests pass: the TypeError is gone because a feature was switched off, not fixed.
    old = "def can(body):\n    for n in body:\n        pass\n    return True\n"
    edit = Edit("src/app.py", old, old.replace("return True", "return None"))
    passing = TestResult("tests/test_app.py::test_g", "passed")
    before = _run(
        *OWN_BEFORE.tests.values(),
        _failed(
            "tests/test_app.py::test_g",
            "TypeError",
            "compile() arg 1 must be a string",
            [("src/app.py", 8, "s")],
        ),
    )
    check = _failed(
        "tests/test_app.py::test_f",
        "AssertionError",
        "assert None is not None",
        [("tests/test_app.py", 11, "test_f")],
    )
    failure = _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f", "tests/test_app.py::test_g", line=8)
    assert not judge_by_tests(failure, before, _run(check, passing), edit, TESTS).ok
    # A check failing on a value the edit did not write (`assert 3 == 4`) is a fault it uncovered.
    other = _failed(
        "tests/test_app.py::test_f", "AssertionError", "assert 3 == 4", [("tests/test_app.py", 11, "test_f")]
    )
    assert judge_by_tests(failure, before, _run(other, passing), edit, TESTS).ok


def test_it_holds_a_conversion_at_the_use_that_only_moves_the_failure_to_every_test_passing():
    # A number left as text by its parser, converted at the use (`shift(int(s * 1000))`): the
    # TypeError is gone, the test's next check fails on the wrong number. Not a fix; a partial patch.
    wrapped = Edit(
        "src/app.py",
        OWN_OLD,
        OWN_OLD.replace("shift(parse(a) * 1000)", "shift(int(parse(a) * 1000))"),
        wraps=True,
    )
    check = _failed(
        "tests/test_app.py::test_f",
        "AssertionError",
        "assert '2,000' in '30864'",
        [("tests/test_app.py", 11, "test_f")],
    )
    failure = _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f", line=8)
    verdict = judge_by_tests(failure, OWN_BEFORE, _run(check), wrapped, TESTS)
    assert (verdict.ok, verdict.progress) == (False, 2)
    # An edit that is no wrapper (the value mended where it is made) moved on: a masked bug.
    right = Edit("src/app.py", OWN_OLD, OWN_OLD.replace("    return a\n", "    return float(a)\n"))
    assert judge_by_tests(failure, OWN_BEFORE, _run(check), right, TESTS).ok
    # A wrapper under which the targeted test passes is a fix as before.
    passed = _run(TestResult("tests/test_app.py::test_f", "passed"))
    assert judge_by_tests(failure, OWN_BEFORE, passed, wrapped, TESTS).ok


def test_it_rejects_a_check_that_now_fails_on_bytes_the_edit_made():
    # Text left unencoded, "fixed" with `.encode()` (UTF-8) where another codec was meant: the
    # TypeError is gone, and the test's check now compares two byte strings.
    old = "def to_bytes(s):\n    result = unescape(s)\n    return result\n"
    edit = Edit("src/app.py", old, old.replace("return result", "return result.encode()"))
    check = _failed(
        "tests/test_app.py::test_f",
        "AssertionError",
        "b'4d\\xc3\\xaa' != b'4d\\xea'",
        [("tests/test_app.py", 11, "test_f")],
    )
    failure = _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f", line=8)
    assert not judge_by_tests(failure, OWN_BEFORE, _run(check), edit, TESTS).ok
    # A check on text values after the same edit is a fault further on.
    text = _failed(
        "tests/test_app.py::test_f", "AssertionError", "'a' != 'b'", [("tests/test_app.py", 11, "test_f")]
    )
    assert judge_by_tests(failure, OWN_BEFORE, _run(text), edit, TESTS).ok


def test_it_keeps_a_masked_error_naming_the_type_of_a_number_the_edit_only_used_as_an_operand():
    # Round 54's review of pyguard28: an off-by-one mended (`range(n)` -> `range(n - 1)`) writes the
    # number 1, an operand that makes no value of a new type. The test then gets past the check that
    # failed to a later statement, where a second bug raises on an int: a fault the first one masked
    # (layered bugs), accepted before the round, not the edit's own value.
    old = "def count(n):\n    return len(range(n))\n"
    edit = Edit("src/app.py", old, old.replace("range(n)", "range(n - 1)"))
    before = _run(
        _failed(
            "tests/test_app.py::test_f",
            "AssertionError",
            "assert 4 == 3",
            [("tests/test_app.py", 10, "test_f")],
        )
    )
    frames = [("tests/test_app.py", 12, "test_f"), ("src/app.py", 11, "fmt")]
    after = _own_after(frames, "TypeError", "'int' object is not subscriptable")
    failure = Failure(
        BugType.LOGIC,
        "src/app.py",
        2,
        "boom",
        "pytest",
        "AssertionError",
        test_ids=("tests/test_app.py::test_f",),
    )
    assert judge_by_tests(failure, before, after, edit, TESTS).ok
    # A number written as the value itself (`make(x, 0)`) still makes the int the new error names.
    own = Edit("src/app.py", old, old.replace("range(n)", "range(n, 0)"))
    assert not judge_by_tests(failure, before, after, own, TESTS).ok


def test_it_rejects_a_call_signature_error_on_a_line_whose_bracket_it_closed():
    # Round 54's review of pyguard28: where a bracket is closed decides which call gets the trailing
    # arguments. `pair(norm(a, b)` closed at its end as `pair(norm(a, b))` where `pair(norm(a), b)` was
    # meant: `norm` now gets two arguments and raises on the closed line. That error is the edit's
    # grouping, not a fault the code had as written (refused before the round: a line it wrote).
    old = "def both(a, b):\n    x = 1\n    return pair(norm(a, b)\n"
    closed = Edit("src/app.py", old, old.rstrip("\n") + ")\n")
    frames = [("tests/test_app.py", 8, "test_show"), ("src/app.py", 3, "both")]
    before = _run(collect_errors=[_collect_error_at(3)])
    failure = Failure(
        BugType.SYNTAX,
        "src/app.py",
        3,
        "'(' was never closed",
        "compile",
        "SyntaxError",
        ("tests/test_app.py",),
    )
    arity = "norm() takes 1 positional argument but 2 were given"
    after = _run(_failed("tests/test_app.py::test_show", "TypeError", arity, frames))
    assert not judge_by_tests(failure, before, after, closed, TESTS).ok
    # A value's error on that line (r346's `len(s)` on an unbound method) is still further on.
    value = _run(_failed("tests/test_app.py::test_show", "TypeError", "object has no len()", frames))
    assert judge_by_tests(failure, before, value, closed, TESTS).ok


def _own_failure(lines):
    old = "".join(f"x{i} = f(a{i}, {i})\n" for i in range(lines))
    edit = Edit("src/app.py", old, old.replace(")\n", ", None)\n"))
    before = Place("src/app.py", 1, 0, "TypeError", "m")
    after = Place("src/app.py", 10 * lines, 0, "KeyError", "k", stack=(("src/other.py", 3),))
    edits_own_failure(before, after, edit)


def test_it_reads_the_tokens_an_edit_wrote_in_time_linear_in_the_lines_it_changed():
    # Round 54's review of pyguard28: each written token was looked up in, and removed from, a list
    # of the replaced tokens: quadratic in a large rewrite (2,000 changed lines took seconds, for
    # every targeted test). Linear is about 4x at 4n, quadratic 16x.
    assert cpu_ratio(_own_failure, 300) < 8


def test_it_keeps_a_conversion_at_the_use_whose_test_then_fails_where_other_tests_failed_before():
    # Round 54's review of pyguard28: `str(x) + 'a'` at the use, and the test then fails further on at
    # a place another test met for the same reason before any edit: a fault the first one masked
    # (known_places), not the value the conversion left as it was. Layered bugs keep that reading
    # for every other edit; a wrapper at the use was refused whatever the place.
    wrapped = Edit("src/app.py", OLD, NEW, wraps=True)
    masked = [("tests/test_app.py", 12, "test_f"), ("src/app.py", 6, "g")]
    other = _failed(
        "tests/test_app.py::test_g", "KeyError", "'k'", [("tests/test_app.py", 20, "test_g"), *masked[1:]]
    )
    before = _run(*BEFORE.tests.values(), other)
    after = _run(_failed("tests/test_app.py::test_f", "KeyError", "'k'", masked), other)
    failure = _failure(BugType.TYPE_ERROR, "tests/test_app.py::test_f")
    assert judge_by_tests(failure, before, after, wrapped, TESTS).ok
    # Further on at a place no test met before, it is held to every targeted test passing, as before.
    alone = _run(_failed("tests/test_app.py::test_f", "KeyError", "'k'", masked))
    assert not judge_by_tests(failure, BEFORE, alone, wrapped, TESTS).ok
