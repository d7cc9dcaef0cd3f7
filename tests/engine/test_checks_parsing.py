"""Parsing of the structured check output: hostile or broken input gives an error, never a crash."""

from __future__ import annotations

import json

import pytest

from healer.engine.checks import parse_pytest_report, parse_ruff_report
from healer.engine.types import ExecResult

OK = ExecResult(exit_code=1, output="some output", duration=0.5)


@pytest.mark.parametrize(
    "raw",
    [
        None,
        b"",
        b"not json",
        b"[]",
        b'{"tests": 5}',
        b"\xff\xfe\x00",
        b"[" * 100_000,
    ],
)
def test_it_turns_broken_pytest_reports_into_an_error(raw):
    run = parse_pytest_report(raw, result=OK)
    assert run.error
    assert run.tests == {}


def test_it_skips_malformed_test_entries():
    data = {
        "tests": [
            {"nodeid": "t.py::a", "outcome": "passed", "duration": "x"},
            {"nodeid": "t.py::b", "outcome": "exploded"},
            {"nodeid": 5, "outcome": "failed"},
            "junk",
            {
                "nodeid": "t.py::c",
                "outcome": "failed",
                "exception": {"type": "TypeError", "frames": [["src/a.py", 3, "f"], ["bad"], [1, 2, 3]]},
                "covered": {
                    "src/a.py": [1, 2, "x", -4],
                    "../../etc/passwd": [1],
                    "/abs.py": [1],
                    "src/b.py": "x",
                },
            },
        ],
        "collect_errors": [{"nodeid": "t2.py", "exception": {"type": "ImportError", "cause": "nope"}}, 3],
        "exitstatus": 1,
    }
    run = parse_pytest_report(json.dumps(data).encode(), result=OK)
    assert run.error == ""
    assert set(run.tests) == {"t.py::a", "t.py::c"}
    assert run.tests["t.py::a"].duration == 0.0
    failed = run.tests["t.py::c"]
    assert failed.exception["frames"] == [("src/a.py", 3, "f")]
    assert failed.covered == {"src/a.py": [1, 2]}
    assert [e.nodeid for e in run.collect_errors] == ["t2.py"]
    assert run.failed_ids == {"t.py::c"}


def test_it_reports_a_timeout():
    run = parse_pytest_report(
        None,
        result=ExecResult(exit_code=None, output="", duration=9, timed_out=True, killed_reason="timeout"),
    )
    assert "time limit" in run.error


def _finding(**overrides):
    finding = {
        "code": "F401",
        "message": "`os` imported but unused",
        "filename": "/sandbox/repo/src/a.py",
        "location": {"row": 3, "column": 8},
        "end_location": {"row": 3, "column": 10},
        "fix": {
            "applicability": "safe",
            "message": "Remove unused import",
            "edits": [
                {"content": "", "location": {"row": 3, "column": 1}, "end_location": {"row": 4, "column": 1}}
            ],
        },
    }
    finding.update(overrides)
    return finding


def test_it_parses_ruff_findings_relative_to_the_repository():
    raw = json.dumps([_finding(), _finding(code=None, message="Expected `:`", fix=None)]).encode()
    run = parse_ruff_report(raw, result=OK, repo_dir="/sandbox/repo")
    assert run.error == ""
    first, second = run.findings
    assert (first.code, first.file, first.line, first.column) == ("F401", "src/a.py", 3, 8)
    assert first.fix.applicability == "safe"
    assert first.fix.edits[0].start == (3, 1)
    assert second.is_syntax_error


@pytest.mark.parametrize(
    "finding",
    [
        _finding(filename="/elsewhere/a.py"),
        _finding(filename="/sandbox/repo/../../etc/passwd"),
        _finding(location={"row": -1, "column": 1}),
        _finding(location="x"),
    ],
)
def test_it_drops_findings_outside_the_repository_or_without_location(finding):
    run = parse_ruff_report(json.dumps([finding]).encode(), result=OK, repo_dir="/sandbox/repo")
    assert run.findings == []


def test_it_drops_malformed_fix_edits_but_keeps_the_finding():
    bad_fix = {"applicability": "safe", "edits": [{"content": 3}]}
    run = parse_ruff_report(json.dumps([_finding(fix=bad_fix)]).encode(), result=OK, repo_dir="/sandbox/repo")
    assert run.findings[0].fix is None


@pytest.mark.parametrize("raw", [None, b"{}", b"garbage", b'{"a": 1}'])
def test_it_turns_broken_ruff_output_into_an_error(raw):
    run = parse_ruff_report(raw, result=ExecResult(exit_code=2, output="boom", duration=0.1), repo_dir="/r")
    assert run.error


def test_it_reads_the_exception_that_stopped_pytest_loading_a_conftest():
    output = (
        "ImportError while loading conftest '/sandbox/repo/tests/conftest.py'.\n"
        "tests/conftest.py:1: in <module>\n    from app import x\n"
        "src/app.py:3: in <module>\n    import nonexistent\n"
        "E   ModuleNotFoundError: No module named 'nonexistent'\n"
    )
    run = parse_pytest_report(
        None, result=ExecResult(exit_code=4, output=output, duration=1), repo_dir="/sandbox/repo"
    )
    assert run.error
    (error,) = run.collect_errors
    assert error.exception["type"] == "ModuleNotFoundError"
    assert error.exception["frames"] == [("tests/conftest.py", 1, "<module>"), ("src/app.py", 3, "<module>")]
    assert error.exception["name"] == "nonexistent"


def test_it_reads_a_syntax_error_behind_a_conftest():
    output = (
        "ImportError while loading conftest '/sandbox/repo/tests/conftest.py'.\n"
        "tests/conftest.py:1: in <module>\n    from app import x\n"
        'E     File "/sandbox/repo/src/app.py", line 2\n'
        "E       def f(\nE            ^\n"
        "E   SyntaxError: '(' was never closed\n"
    )
    run = parse_pytest_report(
        None, result=ExecResult(exit_code=4, output=output, duration=1), repo_dir="/sandbox/repo"
    )
    (error,) = run.collect_errors
    assert error.exception["syntax"]["filename"] == "src/app.py"
    assert error.exception["syntax"]["lineno"] == 2


def test_it_reads_a_bare_syntax_error_of_the_package_a_conftest_lives_in():
    # pkg/tests/conftest.py: importing it imports pkg first, and pytest prints that error bare.
    output = (
        "ImportError while loading conftest '/sandbox/repo/cli_ui/tests/conftest.py'.\n"
        '  File "/sandbox/repo/cli_ui/__init__.py", line 603\n'
        "    continue\n    ^^^^^^^^\n"
        "SyntaxError: 'continue' not properly in loop\n"
    )
    run = parse_pytest_report(
        None, result=ExecResult(exit_code=4, output=output, duration=1), repo_dir="/sandbox/repo"
    )
    (error,) = run.collect_errors
    assert error.exception["type"] == "SyntaxError"
    assert error.exception["syntax"]["filename"] == "cli_ui/__init__.py"
    assert error.exception["syntax"]["lineno"] == 603
