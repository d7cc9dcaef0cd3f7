"""Classification, localisation and de-duplication of raw check results."""

from __future__ import annotations

import pytest

from healer.engine.analysis import analyse, classify_exception
from healer.engine.checks import CollectError, LintFinding, LintRun, PytestRun, TestResult
from healer.engine.discovery import CheckPlan
from healer.engine.types import BugType

PLAN = CheckPlan(
    test_modules=("tests/test_app.py",),
    test_files=frozenset({"tests/test_app.py"}),
    source_files=("src/app.py", "src/util.py"),
)
SOURCES = {
    "src/app.py": "def f(x):\n    return x + 1\n\n\ndef g(x):\n    return x * 2\n",
    "src/util.py": "def h(\n",
}


def _analyse(tests: PytestRun, lint: LintRun | None = None, sources=SOURCES):
    return analyse(plan=PLAN, tests=tests, lint=lint or LintRun(), read_source=sources.get)


def _exc(kind, message="", frames=(), **extra):
    return {"type": kind, "message": message, "frames": list(frames), **extra}


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("IndentationError", BugType.INDENTATION),
        ("TabError", BugType.INDENTATION),
        ("SyntaxError", BugType.SYNTAX),
        ("ModuleNotFoundError", BugType.IMPORT),
        ("ImportError", BugType.IMPORT),
        ("NameError", BugType.IMPORT),
        ("TypeError", BugType.TYPE_ERROR),
        ("AssertionError", BugType.LOGIC),
        ("ZeroDivisionError", BugType.LOGIC),
    ],
)
def test_it_classifies_exceptions(kind, expected):
    assert classify_exception(kind) is expected


def test_a_syntax_error_is_located_by_the_compiler_and_hides_the_rest():
    tests = PytestRun(
        tests={
            "tests/test_app.py::test_g": TestResult(
                "tests/test_app.py::test_g",
                "failed",
                exception=_exc("TypeError", "bad", [("tests/test_app.py", 9, "t"), ("src/app.py", 6, "g")]),
            )
        },
        collect_errors=[
            CollectError(
                "tests/test_util.py",
                exception=_exc("SyntaxError", syntax={"filename": "src/util.py", "lineno": 1, "msg": "x"}),
            )
        ],
    )
    result = _analyse(tests)
    first = result.failures[0]
    assert (first.bug_type, first.file, first.line, first.source) == (
        BugType.SYNTAX,
        "src/util.py",
        1,
        "compile",
    )
    assert "never closed" in first.message
    assert [f.bug_type for f in result.blocking()] == [BugType.SYNTAX]
    assert {f.bug_type for f in result.failures} == {BugType.SYNTAX, BugType.TYPE_ERROR}
    assert result.report.failed == 2


def test_runtime_errors_point_at_the_deepest_repository_frame():
    frames = [("tests/test_app.py", 3, "test_f"), ("src/app.py", 2, "f")]
    tests = PytestRun(
        tests={"t::a": TestResult("t::a", "failed", exception=_exc("TypeError", "unsupported", frames))}
    )
    (failure,) = _analyse(tests).failures
    assert (failure.bug_type, failure.file, failure.line) == (BugType.TYPE_ERROR, "src/app.py", 2)
    assert failure.extra["frames"][-1] == {"file": "src/app.py", "line": 2, "function": "f"}
    assert failure.test_ids == ("t::a",)


def test_assertion_failures_are_localised_with_ochiai():
    cov_f = {"src/app.py": [2]}
    cov_g = {"src/app.py": [6]}
    tests = PytestRun(
        tests={
            "t::f1": TestResult(
                "t::f1",
                "failed",
                exception=_exc("AssertionError", "", [("tests/t.py", 3, "x")]),
                covered=cov_f,
            ),
            "t::f2": TestResult(
                "t::f2",
                "failed",
                exception=_exc("AssertionError", "", [("tests/t.py", 5, "y")]),
                covered=cov_f,
            ),
            "t::g": TestResult("t::g", "passed", covered=cov_g),
        }
    )
    (failure,) = _analyse(tests).failures
    assert (failure.bug_type, failure.file, failure.line) == (BugType.LOGIC, "src/app.py", 2)
    assert set(failure.test_ids) == {"t::f1", "t::f2"}
    assert failure.extra["suspicious"][0] == ("src/app.py", 2, 1.0)


def test_the_same_bug_from_ruff_and_pytest_is_reported_once():
    frames = [("tests/test_app.py", 3, "t"), ("src/app.py", 2, "f")]
    tests = PytestRun(
        tests={
            "t::a": TestResult(
                "t::a", "failed", exception=_exc("NameError", "name 'math' is not defined", frames)
            )
        }
    )
    lint = LintRun(
        findings=[
            LintFinding("F821", "Undefined name `math`", "src/app.py", 2, 12, 2, 16),
            LintFinding("F401", "`os` imported but unused", "src/app.py", 1, 8, 1, 10),
        ]
    )
    result = _analyse(tests, lint)
    kinds = sorted((f.bug_type.value, f.line) for f in result.failures)
    assert kinds == [("IMPORT", 2), ("LINTING", 1)]
    assert result.report.lint_findings == 2


def test_lint_in_test_files_is_ignored_only_without_lint_config():
    lint = LintRun(
        findings=[LintFinding("F401", "`os` imported but unused", "tests/test_app.py", 1, 8, 1, 10)]
    )
    default_plan = CheckPlan(**{**PLAN.__dict__, "lint_default": True})
    assert analyse(plan=default_plan, tests=PytestRun(), lint=lint, read_source=SOURCES.get).failures == []
    assert len(_analyse(PytestRun(), lint).failures) == 1


def test_a_run_without_report_counts_as_failed():
    result = _analyse(PytestRun(error="pytest wrote no report"))
    assert result.report.failed == 1
    assert not result.report.ok


def test_ties_are_broken_by_what_all_failing_tests_share():
    # test_report fails because the helper it calls (line 6) is wrong; test_helper fails directly.
    tests = PytestRun(
        tests={
            "t::report": TestResult(
                "t::report", "failed", exception=_exc("AssertionError"), covered={"src/app.py": [2, 6]}
            ),
            "t::helper": TestResult(
                "t::helper", "failed", exception=_exc("AssertionError"), covered={"src/app.py": [6]}
            ),
        }
    )
    (failure,) = _analyse(tests).failures
    assert (failure.file, failure.line) == ("src/app.py", 6)
    assert set(failure.test_ids) == {"t::report", "t::helper"}


def test_a_signature_type_error_raised_in_a_test_points_at_the_def():
    frames = [("tests/test_app.py", 7, "test_g")]
    message = "g() takes 1 positional argument but 2 were given"
    tests = PytestRun(
        tests={"t::g": TestResult("t::g", "failed", exception=_exc("TypeError", message, frames))}
    )
    (failure,) = _analyse(tests).failures
    assert (failure.bug_type, failure.file, failure.line) == (BugType.TYPE_ERROR, "src/app.py", 5)


def test_many_tests_failing_at_one_place_are_one_failure_with_capped_ids():
    from healer.engine.analysis.collect import MAX_TESTS_PER_FAILURE

    frames = [("tests/test_app.py", 3, "t"), ("src/app.py", 2, "f")]
    tests = PytestRun(
        tests={
            f"t::{i}": TestResult(f"t::{i}", "failed", exception=_exc("TypeError", "unsupported", frames))
            for i in range(3 * MAX_TESTS_PER_FAILURE)
        }
    )
    (failure,) = _analyse(tests).failures
    assert len(failure.test_ids) == MAX_TESTS_PER_FAILURE
    assert failure.extra["test_count"] == 3 * MAX_TESTS_PER_FAILURE


def test_tests_raising_at_one_line_for_different_reasons_are_different_failures():
    frames = [("tests/test_app.py", 3, "t"), ("src/app.py", 2, "f")]
    message = "unsupported operand type(s) for +: 'int' and '{}'"
    tests = PytestRun(
        tests={
            "t::a": TestResult("t::a", "failed", exception=_exc("TypeError", message.format("str"), frames)),
            "t::b": TestResult("t::b", "failed", exception=_exc("TypeError", message.format("str"), frames)),
            "t::c": TestResult(
                "t::c", "failed", exception=_exc("TypeError", message.format("NoneType"), frames)
            ),
            "t::d": TestResult("t::d", "failed", exception=_exc("ValueError", "bad value '1'", frames)),
            "t::e": TestResult("t::e", "failed", exception=_exc("ValueError", "bad value '2'", frames)),
        }
    )
    groups = sorted(f.test_ids for f in _analyse(tests).failures)
    assert groups == [("t::a", "t::b"), ("t::c",), ("t::d", "t::e")]


def test_the_analysis_stops_when_asked():
    frames = [("tests/test_app.py", 3, "t"), ("src/app.py", 2, "f")]
    tests = PytestRun(
        tests={
            f"t::{i}": TestResult(f"t::{i}", "failed", exception=_exc("KeyError", str(i), frames))
            for i in range(5000)
        }
    )
    calls = []

    def stop():
        calls.append(1)
        return len(calls) > 2

    result = analyse(plan=PLAN, tests=tests, lint=LintRun(), read_source=SOURCES.get, should_stop=stop)
    assert result.stopped
    assert "stopped early" in result.report.log
    assert result.report.failed == 5000  # the counts stay whole
    assert len(calls) < 50


def test_the_sandbox_location_wins_when_a_newer_sandbox_python_runs_the_code():
    # The host (older) cannot compile line 1 of this file; the sandbox's Python reported line 3.
    sources = {**SOURCES, "src/app.py": "type Alias = int\n\nif x\n    pass\n"}
    error = CollectError(
        "tests/test_app.py",
        exception=_exc("SyntaxError", syntax={"filename": "src/app.py", "lineno": 3, "msg": "expected ':'"}),
    )
    tests = PytestRun(collect_errors=[error], python="3.99.0")
    (failure,) = _analyse(tests, sources=sources).failures
    assert (failure.file, failure.line, failure.message) == ("src/app.py", 3, "expected ':'")


def test_a_syntax_finding_about_the_declared_python_version_is_not_a_syntax_failure():
    lint = LintRun(
        findings=[
            LintFinding(
                "invalid-syntax",
                "Cannot use `match` statement on Python 3.8 (syntax was added in Python 3.10)",
                "src/app.py",
                1,
                1,
                1,
                6,
            )
        ]
    )
    (failure,) = _analyse(PytestRun(), lint).failures
    assert failure.bug_type is BugType.LINTING


def test_assertion_failures_of_two_bugs_form_two_groups():
    def failed(nodeid, lines):
        return TestResult(nodeid, "failed", exception=_exc("AssertionError"), covered={"src/app.py": lines})

    tests = PytestRun(
        tests={
            "t::f1": failed("t::f1", [1, 2]),
            "t::f2": failed("t::f2", [1, 2]),
            "t::g1": failed("t::g1", [5, 6]),
            "t::ok": TestResult("t::ok", "passed", covered={"src/app.py": [1, 5]}),
        }
    )
    groups = {(f.line, f.test_ids) for f in _analyse(tests).failures}
    assert groups == {(2, ("t::f1", "t::f2")), (6, ("t::g1",))}


def test_an_indentation_error_only_the_linter_saw_keeps_its_kind_under_a_newer_sandbox_python():
    # The module is never imported (an import error upstream hides it), so only ruff reports it;
    # the host's compiler, older than the sandbox's, agrees on the line and says what kind it is.
    sources = {**SOURCES, "src/util.py": "def h(x):\n    y = x\n        return y\n"}
    lint = LintRun(
        findings=[LintFinding("invalid-syntax", "Unexpected indentation", "src/util.py", 3, 1, 3, 9)]
    )
    (failure,) = _analyse(PytestRun(python="3.99.0"), lint, sources=sources).failures
    assert (failure.file, failure.line, failure.bug_type) == ("src/util.py", 3, BugType.INDENTATION)


def test_a_tab_error_the_linter_places_a_line_below_keeps_the_host_s_kind_and_line():
    # A space-indented line among tab-indented ones: the compiler's TabError is at that line,
    # ruff's "unindent does not match" one line below; the tokenizer's verdict is the same on
    # every Python 3, so it stands under a newer sandbox Python (round 55, a TabError had been
    # reported as SYNTAX at the linter's line).
    sources = {**SOURCES, "src/util.py": "def h(x):\n\tif x:\n        y = x\n\t\treturn y\n"}
    lint = LintRun(
        findings=[
            LintFinding(
                "invalid-syntax",
                "unindent does not match any outer indentation level",
                "src/util.py",
                4,
                1,
                4,
                3,
            )
        ]
    )
    (failure,) = _analyse(PytestRun(python="3.99.0"), lint, sources=sources).failures
    assert (failure.file, failure.line, failure.bug_type, failure.code) == (
        "src/util.py",
        3,
        BugType.INDENTATION,
        "TabError",
    )


def test_a_syntax_error_the_linter_places_elsewhere_stays_the_linter_s_under_a_newer_sandbox_python():
    # A plain SyntaxError is the grammar's verdict, which a newer Python may not share: only the
    # whitespace errors are taken from the host when the lines differ.
    sources = {**SOURCES, "src/util.py": "def h(x):\n    y = (x\n    return y\n"}
    lint = LintRun(findings=[LintFinding("invalid-syntax", "Expected ')'", "src/util.py", 3, 5, 3, 11)])
    (failure,) = _analyse(PytestRun(python="3.99.0"), lint, sources=sources).failures
    assert (failure.line, failure.bug_type) == (3, BugType.SYNTAX)


def test_an_error_raised_while_handling_a_syntax_error_of_data_is_a_failure_of_its_own():
    # Code under test compiles text of its own (a linter): its SyntaxError is data. The TypeError
    # raised while reporting it is the failure, at its own repository frame.
    data_error = _exc("SyntaxError", "invalid syntax", syntax={"filename": "/tmp/tmpab12", "lineno": 1})
    raised = _exc(
        "TypeError",
        "string argument expected, got 'builtin_function_or_method'",
        [("tests/test_app.py", 7, "test_f"), ("src/app.py", 2, "f")],
        cause=data_error,
    )
    tests = PytestRun(
        tests={
            "tests/test_app.py::test_f": TestResult("tests/test_app.py::test_f", "failed", exception=raised)
        }
    )
    failures = _analyse(tests).failures
    assert [(f.bug_type, f.file, f.line) for f in failures] == [(BugType.TYPE_ERROR, "src/app.py", 2)]


def test_a_syntax_error_of_a_repository_file_behind_another_error_is_still_found():
    # A loader that wraps the SyntaxError of a repository module in an error of its own.
    own = _exc("SyntaxError", "'(' was never closed", syntax={"filename": "src/util.py", "lineno": 1})
    wrapped = _exc("RuntimeError", "cannot load", [("tests/test_app.py", 3, "<module>")], cause=own)
    tests = PytestRun(collect_errors=[CollectError("tests/test_app.py", exception=wrapped)])
    failures = _analyse(tests).failures
    assert [(f.bug_type, f.file, f.line) for f in failures] == [(BugType.SYNTAX, "src/util.py", 1)]


def test_an_import_whose_fallback_failed_too_is_located_at_the_first_import():
    # try: from urlparse import quote / except ImportError: from urllib import quote
    first = _exc("ModuleNotFoundError", "No module named 'urlparse'", [("src/app.py", 2, "<module>")])
    fallback = _exc(
        "ImportError",
        "cannot import name 'quote' from 'urllib'",
        [("tests/test_app.py", 1, "<module>"), ("src/app.py", 4, "<module>")],
        cause=first,
    )
    tests = PytestRun(collect_errors=[CollectError("tests/test_app.py", exception=fallback)])
    (failure,) = _analyse(tests).failures
    assert (failure.bug_type, failure.file, failure.line) == (BugType.IMPORT, "src/app.py", 2)
    assert "urlparse" in failure.message
    # An ImportError raised while handling one of ANOTHER file is that file's own failure.
    elsewhere = dict(fallback, cause=_exc("ImportError", "x", [("src/util.py", 1, "<module>")]))
    tests = PytestRun(collect_errors=[CollectError("tests/test_app.py", exception=elsewhere)])
    (failure,) = _analyse(tests).failures
    assert (failure.file, failure.line) == ("src/app.py", 4)


def test_missing_attributes_the_raising_line_does_not_spell_are_one_failure():
    # Line 2 looks names up by key: each test's name is its data. Line 5 spells .total: a different bug.
    sources = {
        **SOURCES,
        "src/app.py": "def f(self, k):\n    return self[k]\n\n\ndef g(x):\n    return x.total + x.count\n",
    }
    frames = [("tests/test_app.py", 3, "t"), ("src/app.py", 2, "f")]
    spelt = [("tests/test_app.py", 3, "t"), ("src/app.py", 6, "g")]
    missing = "'Dot' object has no attribute '{}'"
    tests = PytestRun(
        tests={
            "t::a": TestResult(
                "t::a", "failed", exception=_exc("AttributeError", missing.format("page"), frames)
            ),
            "t::b": TestResult(
                "t::b",
                "failed",
                exception=_exc("AttributeError", "'SubDot' object has no attribute 'x'", frames),
            ),
            "t::c": TestResult(
                "t::c", "failed", exception=_exc("AttributeError", missing.format("total"), spelt)
            ),
            "t::d": TestResult(
                "t::d", "failed", exception=_exc("AttributeError", missing.format("count"), spelt)
            ),
        }
    )
    groups = sorted(f.test_ids for f in _analyse(tests, sources=sources).failures)
    assert groups == [("t::a", "t::b"), ("t::c",), ("t::d",)]


def test_a_raised_failure_is_ranked_over_every_test_that_raises_there():
    # Two tests raise at app.py:2; the first also ran line 6, which no passing test runs.
    # Ranked over the first test alone, lines 2 and 6 tie; over both, line 2 (run by both) leads.
    frames = [("tests/test_app.py", 3, "t"), ("src/app.py", 2, "f")]
    tests = PytestRun(
        tests={
            "t::a": TestResult(
                "t::a",
                "failed",
                exception=_exc("TypeError", "unsupported", frames),
                covered={"src/app.py": [6, 2]},
            ),
            "t::b": TestResult(
                "t::b",
                "failed",
                exception=_exc("TypeError", "unsupported", frames),
                covered={"src/app.py": [2]},
            ),
            "t::c": TestResult("t::c", "passed", covered={"src/app.py": [5]}),
        }
    )
    (failure,) = _analyse(tests).failures
    ranked = failure.extra["suspicious"]
    assert ranked[0] == ("src/app.py", 2, 1.0)
    assert ranked[1][:2] == ("src/app.py", 6) and ranked[1][2] < 1.0


def test_tests_failing_one_check_the_code_raises_on_purpose_are_one_failure():
    # overrides: `raise TypeError(f"{method_name}: ...")` names each test's own class in its message.
    source = "def f(name, ok):\n    if not ok:\n        raise TypeError(f'{name}: must be a supertype')\n"
    frames = [("tests/test_app.py", 3, "t"), ("src/app.py", 3, "f")]
    tests = PytestRun(
        tests={
            f"t::{name}": TestResult(
                f"t::{name}",
                "failed",
                exception=_exc("TypeError", f"`{name}.method`: must be a supertype", frames),
            )
            for name in ("Sub", "Other", "Multi")
        }
    )
    (failure,) = _analyse(tests, sources={**SOURCES, "src/app.py": source}).failures
    assert failure.test_ids == ("t::Sub", "t::Other", "t::Multi")


def test_it_reads_a_syntax_error_the_code_raises_itself_as_wrong_behaviour():
    # zope.sequencesort: `raise SyntaxError("sort direction must be either ASC or DESC")` after a
    # replaced index read the wrong field. The plugin reports it with an empty location (no file
    # failed to compile), which used to drop the failing test from the analysis altogether.
    raised = _exc(
        "SyntaxError",
        "sort direction must be either ASC or DESC",
        [("tests/test_app.py", 4, "test_f"), ("src/app.py", 2, "f")],
        syntax={"filename": "", "lineno": None, "msg": "sort direction must be either ASC or DESC"},
    )
    tests = PytestRun(
        tests={
            "tests/test_app.py::test_f": TestResult("tests/test_app.py::test_f", "failed", exception=raised)
        }
    )
    result = _analyse(tests)
    assert [(f.bug_type, f.file, f.line, f.source) for f in result.failures] == [
        (BugType.LOGIC, "src/app.py", 2, "pytest")
    ]
    assert result.failures[0].test_ids == ("tests/test_app.py::test_f",)


def test_it_reads_a_syntax_error_of_text_the_code_compiled_as_wrong_behaviour():
    # `compile(built, "<string>", "eval")` in code under test: the text it built is wrong, no file is.
    raised = _exc(
        "SyntaxError",
        "invalid syntax",
        [("tests/test_app.py", 4, "test_g"), ("src/app.py", 6, "g")],
        syntax={"filename": "<string>", "lineno": 1, "msg": "invalid syntax"},
    )
    tests = PytestRun(tests={"t::g": TestResult("t::g", "failed", exception=raised)})
    (failure,) = _analyse(tests).failures
    assert (failure.bug_type, failure.file, failure.line) == (BugType.LOGIC, "src/app.py", 6)
    assert not [f for f in _analyse(tests).blocking() if f.bug_type is BugType.SYNTAX]
