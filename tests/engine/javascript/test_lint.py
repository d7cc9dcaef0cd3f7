"""ESLint's JSON report and tsc's diagnostics."""

from __future__ import annotations

import pytest

from healer.engine.javascript.lint import (
    TextEdit,
    apply_text_edit,
    parse_eslint_report,
    parse_tsc_output,
    utf16_index,
)
from healer.engine.types import ExecResult
from tests.engine.javascript.conftest import REPO, data

SOURCE = (
    "const fs = require('fs');\nfunction g(a) {\n  let b = 1;\n  if (a == 2) {\n      return b;\n  }\n"
    "  const unused = 3;\n  return a;\n}\nmodule.exports = { g };\n"
)


def test_eslint_messages_with_fixes_and_suggestions():
    run = parse_eslint_report(data("eslint.json"), result=None, repo_dir=REPO)
    assert [(m.file, m.rule, m.line, m.fix is not None, len(m.suggestions)) for m in run.messages] == [
        ("src/lint.js", "no-unused-vars", 1, False, 1),
        ("src/lint.js", "prefer-const", 3, True, 0),
        ("src/lint.js", "eqeqeq", 4, False, 1),
        ("src/lint.js", "indent", 5, True, 0),
        ("src/lint.js", "no-unused-vars", 7, False, 0),
    ]
    prefer_const = run.messages[1]
    assert apply_text_edit(SOURCE, prefer_const.fix).split("\n")[2] == "  const b = 1;"
    assert apply_text_edit(SOURCE, run.messages[2].suggestions[0].edit).split("\n")[3] == "  if (a === 2) {"


def test_warnings_do_not_count_as_errors_and_a_parse_error_is_fatal():
    raw = (
        b'[{"filePath": "/work/src/a.js", "messages": [{"ruleId": "no-console", "severity": 1, "message": "m", '
        b'"line": 1, "column": 1}, {"ruleId": null, "fatal": true, "severity": 2, "message": "Parsing error: '
        b'Unexpected token {", "line": 2, "column": 13}]}]'
    )
    run = parse_eslint_report(raw, result=None, repo_dir=REPO)
    assert [(m.rule, m.fatal) for m in run.errors] == [("", True)]


@pytest.mark.parametrize(
    ("raw", "error"),
    [(None, "eslint wrote no report"), (b"{", "the eslint report is not JSON"),
     (b'{"a": 1}', "the eslint report is not a list of files")],
)  # fmt: skip
def test_a_missing_or_broken_eslint_report_says_why(raw, error):
    assert parse_eslint_report(raw, result=None, repo_dir=REPO).error == error


def test_hostile_eslint_fields_are_dropped():
    raw = (
        b'[{"filePath": "/etc/passwd", "messages": [{"line": 1}]}, {"filePath": "/work/a.js", "messages": '
        b'[{"ruleId": 5, "line": "x", "fix": {"range": [9, 2], "text": "x"}, "suggestions": [{"fix": 1}]}]}]'
    )
    (message,) = parse_eslint_report(raw, result=None, repo_dir=REPO).messages
    assert (message.file, message.rule, message.line, message.fix, message.suggestions) == (
        "a.js",
        "",
        0,
        None,
        (),
    )


def test_edits_count_utf16_units_like_javascript():
    text = "const s = '😀';\nlet x = 1;\n"
    start = text.index("let") + 1  # the emoji is two UTF-16 units
    assert utf16_index(text, start) == text.index("let")
    assert apply_text_edit(text, TextEdit(start=start, end=start + 3, text="const")).endswith(
        "const x = 1;\n"
    )
    assert apply_text_edit(text, TextEdit(start=11, end=12, text="")) is None  # inside the surrogate pair
    assert apply_text_edit(text, TextEdit(start=999, end=1000, text="")) is None


def test_tsc_diagnostics_with_continuation_lines():
    output = data("tsc.txt").decode() + (
        "src/t.ts(9,1): error TS2322: Type '{ a: number; }' is not assignable to type 'B'.\n"
        "  Property 'b' is missing in type '{ a: number; }' but required in type 'B'.\n"
        "node_modules/x/index.d.ts(1,1): error TS1005: ';' expected.\n"
        "error TS5083: Cannot read file '/work/tsconfig.base.json'.\n"
    )
    found = parse_tsc_output(output, repo_dir=REPO)
    assert [(d.file, d.line, d.column, d.code) for d in found] == [
        ("src/imp.ts", 1, 19, 2307), ("src/t.ts", 1, 15, 2305), ("src/t.ts", 2, 19, 2307), ("src/t.ts", 4, 9, 2322),
        ("src/t.ts", 5, 3, 2322), ("src/t.ts", 5, 10, 2554), ("src/t.ts", 9, 1, 2322), ("", 0, 0, 5083),
    ]  # fmt: skip
    assert found[6].message.endswith("but required in type 'B'.")
    assert (
        not found[5].syntactic
        and parse_tsc_output("a.ts(1,2): error TS1005: ';' expected.", repo_dir=REPO)[0].syntactic
    )


def test_tsc_output_that_is_not_text_gives_nothing():
    assert parse_tsc_output(None, repo_dir=REPO) == []
    assert parse_tsc_output(ExecResult(exit_code=1, output="", duration=0), repo_dir=REPO) == []
