"""JavaScript errors and stack traces from whatever the runners printed."""

from __future__ import annotations

import pytest

from healer.engine.javascript.errors import parse_error, repo_path
from tests.engine.javascript.conftest import REPO, data


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("/work/src/a.js", ("src/a.js", False)), ("file:///work/src/a%20b.mjs", ("src/a b.mjs", False)),
     ("src/a.ts?v=123", ("src/a.ts", False)), ("/work/node_modules/x/i.js", ("", True)),
     ("node:internal/modules/cjs/loader", ("", False)), ("/etc/passwd", ("", False)),
     ("../../etc/passwd", ("", False)), ("<anonymous>", ("", False))],
)  # fmt: skip
def test_paths_are_mapped_to_the_repository_or_dropped(raw, expected):
    assert repo_path(raw, REPO) == expected


def test_a_v8_stack_gives_the_error_and_its_frames():
    error = parse_error(
        "TypeError: Cannot read properties of undefined (reading 'bar')\n"
        "    at boom (/work/src/math.js:5:16)\n    at Object.<anonymous> (test/m.test.js:7:12)\n"
        "    at new Promise (<anonymous>)\n    at run (/work/node_modules/jest-circus/build/a.js:1:2)",
        REPO,
    )
    assert (error.name, error.assertion) == ("TypeError", False)
    assert [(f.file, f.line, f.column, f.function) for f in error.repo_frames] == [
        ("src/math.js", 5, 16, "boom"), ("test/m.test.js", 7, 12, "Object.<anonymous>"),
    ]  # fmt: skip
    assert error.frames[-1].dependency


@pytest.mark.parametrize(
    ("text", "location"),
    [('SyntaxError: /work/src/bad.js: Unexpected token, expected ")" (2:12)', ("src/bad.js", 2, 13)),
     ('Transform failed with 1 error:\n/work/src/bad.ts:2:12: ERROR: Expected ")" but found "{"', ("src/bad.ts", 2, 13)),
     ("src/x.ts(3,7): error TS1005: ',' expected.", ("src/x.ts", 3, 7)),
     ("/work/src/bad.js:2\n  if (a > b {\n            ^\n\nSyntaxError: Unexpected token '{'", ("src/bad.js", 2, 13))],
)  # fmt: skip
def test_a_parse_error_names_the_file_line_and_column(text, location):
    error = parse_error(text, REPO)
    assert error.name == "SyntaxError" and error.location == location


def test_a_type_diagnostic_is_not_a_parse_location():
    error = parse_error(
        "Error: build failed\nsrc/x.ts(3,7): error TS2322: Type 'number' is not assignable", REPO
    )
    assert error.location is None


def test_mochas_crash_output_names_the_broken_module():
    error = parse_error(data("mocha-crash.txt").decode(), REPO)
    assert error.name == "SyntaxError" and error.location == ("src/bad2.js", 2, 13)


@pytest.mark.parametrize(
    ("text", "module", "importer"),
    [("Cannot find module '../src/nothere' from 'test/bad.test.js'", "../src/nothere", "test/bad.test.js"),
     ("Error: Cannot find module './x'\nRequire stack:\n- /work/src/a.js\n- /work/test/a.test.js", "./x", "src/a.js"),
     ("Error [ERR_MODULE_NOT_FOUND]: Cannot find module '/work/src/params' imported from /work/src/router.js",
      "/work/src/params", "src/router.js"),
     ("Error: Cannot find module './missing' imported from '/work/src/imp.ts'", "./missing", "src/imp.ts"),
     ("Error: Failed to load url ./stat.js (resolved id: ./stat.js) in /work/src/grades.js. Does the file exist?",
      "./stat.js", "src/grades.js")],
)  # fmt: skip
def test_a_missing_module_names_the_specifier_and_the_importer(text, module, importer):
    error = parse_error(text, REPO)
    assert (error.module, error.importer, error.location) == (module, importer, None)


def test_a_missing_export_is_an_import_problem_not_a_parse_error():
    error = parse_error(
        "file:///work/src/a.js:1\nimport { sumAll } from './math.js';\n         ^^^^^^\n"
        "SyntaxError: The requested module './math.js' does not provide an export named 'sumAll'",
        REPO,
    )
    assert (error.module, error.export, error.importer, error.location) == (
        "./math.js",
        "sumAll",
        "src/a.js",
        None,
    )


def test_assertions_are_recognised_by_name_code_or_matcher_text():
    assert parse_error("AssertionError [ERR_ASSERTION]: 1 == 2", REPO).assertion
    assert parse_error("Error: expect(received).toBe(expected)", REPO).assertion
    assert not parse_error("RangeError: too big", REPO).assertion


def test_colour_codes_do_not_hide_the_error():
    error = parse_error("\x1b[31mTypeError\x1b[39m: x is not a function\n    at f (/work/src/a.js:1:1)", REPO)
    assert error.name == "TypeError" and error.repo_frames[0].file == "src/a.js"


@pytest.mark.parametrize("text", [None, 42, "", "all good\n", "at x:1:1"])
def test_text_without_an_error_gives_none(text):
    assert parse_error(text, REPO) is None


def test_huge_output_is_capped_and_never_raises():
    text = "TypeError: boom\n" + "    at f (/work/src/a.js:1:1)\n" * 200_000 + "x" * 10_000_000
    error = parse_error(text, REPO)
    assert error.name == "TypeError" and len(error.frames) == 60


def test_mochas_load_error_of_a_commonjs_file_that_does_not_parse_is_located_without_a_caret():
    # mocha prints Node's "file:line" header and the source line, but no caret, above the SyntaxError.
    text = (
        f"\n Exception during run: {REPO}/src/pattern.js:16\n"
        "    if (!m) throw new Error(`unknown: ${token}');\n\n"
        "SyntaxError: missing ) after argument list\n"
        "    at wrapSafe (node:internal/modules/cjs/loader:1472:18)\n"
        f"    at Object.<anonymous> ({REPO}/src/index.js:1:71)\n"
        f"    at Object.<anonymous> ({REPO}/test/knitting.spec.js:2:95)\n"
    )
    error = parse_error(text, REPO)
    assert (error.name, error.location) == ("SyntaxError", ("src/pattern.js", 16, 0))
    # A header line followed by another error is no parse location.
    other = text.replace("SyntaxError: missing ) after argument list", "TypeError: x is not a function")
    assert parse_error(other, REPO).location is None
