"""verify.py's rule for a bug alone: its type's signature counts only in the output of a check that failed,
and an ESLint rule finding is evidence for LINTING/INDENTATION only. Synthetic check outputs, no node needed."""

from __future__ import annotations

from verify import Checks, evidence, signature

JEST_PASS = "PASS test/bands.test.js\nTests:       4 passed, 4 total\n"
JEST_REFERENCE_ERROR = (
    "FAIL test/bands.test.js\n  ● band › prices a day\n\n"
    "    ReferenceError: band is not defined\n\n      at price (src/passes.js:11:10)\n"
    "Tests:       1 failed, 3 passed, 4 total\n"
)
JEST_ASSERTION = (
    "FAIL test/bands.test.js\n  ● band › prices a day\n\n"
    "    expect(received).toBe(expected) // Object.is equality\n\n    Expected: 12\n    Received: 10\n"
)


def eslint(*findings: str) -> str:
    """ESLint's stylish report of findings given as (message, rule) lines `line:col  error  message  rule`."""
    lines = "\n".join(f"  {n + 3}:5  error  {finding}" for n, finding in enumerate(findings))
    return f"/work/case/src/passes.js\n{lines}\n\n✖ {len(findings)} problems ({len(findings)} errors, 0 warnings)\n"


def test_it_rejects_an_import_whose_only_evidence_is_a_no_undef_finding():
    # Node would throw a ReferenceError, jest ran it without one: the tests pass, only lint fails.
    checks = Checks({"test": (0, JEST_PASS), "lint": (1, eslint("'band' is not defined  no-undef"))})

    wrong = signature("IMPORT", checks)

    assert wrong.startswith("no module or name error in a failing check")
    assert "only in a passing check or an ESLint finding" in wrong


def test_it_accepts_an_import_when_the_failing_test_run_throws_the_reference_error():
    checks = Checks(
        {"test": (1, JEST_REFERENCE_ERROR), "lint": (1, eslint("'band' is not defined  no-undef"))}
    )

    assert signature("IMPORT", checks) == ""


def test_it_ignores_a_signature_printed_by_a_passing_check():
    # A test that logs a caught TypeError passes; the variant fails only on an unrelated lint finding.
    passing_test = "console.error\n    TypeError: cannot read 'rate' of undefined\n" + JEST_PASS
    checks = Checks(
        {
            "test": (0, passing_test),
            "lint": (1, eslint("'rate' is assigned a value but never used  no-unused-vars")),
        }
    )

    assert signature("TYPE_ERROR", checks).startswith(
        "no TypeError or tsc type diagnostic in a failing check"
    )


def test_it_accepts_a_type_error_from_a_failing_tsc_run():
    tsc = "src/dates.ts(15,3): error TS2741: Property 'id' is missing in type '{}' but required in type 'Row'.\n"
    checks = Checks({"test": (0, JEST_PASS), "typecheck": (2, tsc)})

    assert signature("TYPE_ERROR", checks) == ""


def test_it_keeps_eslints_parse_error_as_syntax_evidence():
    # ESLint's parse error names no rule, so it is not a finding the rule filter drops.
    parse = "/work/case/src/passes.js\n  3:10  error  Parsing error: Unexpected token }\n\n✖ 1 problem\n"
    checks = Checks({"test": (0, JEST_PASS), "lint": (1, parse)})

    assert "Parsing error" in evidence(checks)
    assert signature("SYNTAX", checks) == ""


def test_it_drops_rule_findings_but_keeps_the_rest_of_a_failing_output():
    checks = Checks(
        {"test": (1, JEST_REFERENCE_ERROR), "lint": (1, eslint("'band' is not defined  no-undef"))}
    )

    text = evidence(checks)

    assert "no-undef" not in text
    assert "ReferenceError: band is not defined" in text


def test_it_still_rejects_a_logic_bug_whose_failing_lint_reports_an_undefined_name():
    checks = Checks({"test": (1, JEST_ASSERTION), "lint": (1, eslint("'band' is not defined  no-undef"))})

    assert signature("LOGIC", checks) == "fails with an error, not an assertion"


def test_it_accepts_a_logic_bug_that_fails_only_on_an_assertion():
    checks = Checks({"test": (1, JEST_ASSERTION), "lint": (0, "")})

    assert signature("LOGIC", checks) == ""


def test_it_reports_a_variant_no_check_fails():
    checks = Checks({"test": (0, "TypeError in a log line\n" + JEST_PASS), "lint": (0, "")})

    assert signature("TYPE_ERROR", checks) == "no check failed"
