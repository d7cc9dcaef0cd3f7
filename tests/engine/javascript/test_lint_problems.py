"""Rule-keyed templates for ESLint "possible problems" rules without fix or suggestion (fixers/lint_problems.py)."""

from __future__ import annotations

import pytest

from healer.engine.javascript.fixers.lint import eslint_candidates
from healer.engine.javascript.fixers.lint_problems import js_number_text, literal_value
from healer.engine.javascript.lint import EslintMessage


def _lines(source: str, *, rule: str, line: int, column: int, message: str = "") -> list[str]:
    found = eslint_candidates(
        source, "src/a.js", message=EslintMessage("src/a.js", rule, message, line, column)
    )
    return [c.text.split("\n")[line - 1] for c in found]


def test_it_reads_an_iterated_optional_chain_plainly_then_with_an_empty_fallback():
    source = "function total(cart) {\n  for (const item of cart?.items) {}\n}\n"
    assert _lines(source, rule="no-unsafe-optional-chaining", line=2, column=22) == [
        "  for (const item of cart.items) {}",
        "  for (const item of cart?.items ?? []) {}",
    ]


def test_it_makes_a_spread_and_a_call_of_an_optional_chain_safe():
    spread = _lines("const all = [...(box?.parts)];\n", rule="no-unsafe-optional-chaining", line=1, column=18)
    assert spread == ["const all = [...(box.parts)];", "const all = [...(box?.parts ?? [])];"]
    called = _lines("(hooks?.onEnd)();\n", rule="no-unsafe-optional-chaining", line=1, column=2)
    assert called == ["(hooks.onEnd)();", "hooks?.onEnd?.();"]


def test_it_moves_a_short_circuit_into_the_operand_a_tighter_operator_took():
    source = "const title = 'No. ' + row.id ?? '-';\n"
    assert _lines(source, rule="no-constant-binary-expression", line=1, column=15) == [
        "const title = 'No. ' + (row.id ?? '-');"
    ]
    negated = _lines(
        "const off = !flags.on || true;\n", rule="no-constant-binary-expression", line=1, column=13
    )
    assert negated == ["const off = !(flags.on || true);"]


def test_it_compares_emptiness_instead_of_a_new_literal():
    assert _lines("if (rows !== []) {}\n", rule="no-constant-binary-expression", line=1, column=5) == [
        "if (rows.length !== 0) {}"
    ]
    assert _lines("if ({} == opts) {}\n", rule="no-constant-binary-expression", line=1, column=5) == [
        "if (Object.keys(opts).length === 0) {}"
    ]


@pytest.mark.parametrize(
    ("value", "printed"),
    [(1e21, "1e+21"), (1e-7, "1e-7"), (0.000001, "0.000001"), (100.0, "100"), (-2.5e-12, "-2.5e-12"),
     (123456789012345680000.0, "123456789012345680000")],
)  # fmt: skip
def test_it_prints_a_double_as_javascript_does(value: float, printed: str):
    assert js_number_text(value) == printed


def test_it_writes_a_too_precise_literal_as_its_runtime_value():
    source = "const scale = 2.718281828459045235360287;\nconst big = 0x20_0000_0000_0001;\n"
    assert _lines(source, rule="no-loss-of-precision", line=1, column=15) == [
        "const scale = 2.718281828459045;"
    ]
    assert _lines(source, rule="no-loss-of-precision", line=2, column=13) == ["const big = 9007199254740992;"]
    assert literal_value("12n") is None


def test_it_removes_an_unused_private_member_or_uses_it_for_undeclared_public_reads():
    kept = "class Meter {\n  #count = 0;\n  #last = null;\n  tick() {\n    this.#count += 1;\n  }\n}\n"
    found = eslint_candidates(kept, "src/a.js", message=EslintMessage(
        "src/a.js", "no-unused-private-class-members", "'#last' is defined but never used.", 3, 3))  # fmt: skip
    assert [c.text for c in found] == [kept.replace("  #last = null;\n", "")]
    meant = "class Meter {\n  #count = 0;\n  read() {\n    return this.count;\n  }\n}\n"
    found = eslint_candidates(meant, "src/a.js", message=EslintMessage(
        "src/a.js", "no-unused-private-class-members", "'#count' is defined but never used.", 2, 3))  # fmt: skip
    assert [c.text for c in found] == [
        meant.replace("this.count", "this.#count"),
        meant.replace("  #count = 0;\n", ""),
    ]


def test_it_says_self_and_negative_zero_comparisons_plainly():
    assert _lines("if (ratio !== ratio) {}\n", rule="no-self-compare", line=1, column=5) == [
        "if (Number.isNaN(ratio)) {}"
    ]
    assert _lines("const z = delta === -0;\n", rule="no-compare-neg-zero", line=1, column=11) == [
        "const z = Object.is(delta, -0);"
    ]


def test_it_removes_statements_that_never_run():
    source = "function f(x) {\n  return x;\n  x += 1;\n  log(x);\n}\n"
    message = EslintMessage(
        "src/a.js", "no-unreachable", "Unreachable code.", 3, 3, end_line=4, end_column=10
    )
    found = eslint_candidates(source, "src/a.js", message=message)
    assert [c.text for c in found] == ["function f(x) {\n  return x;\n}\n"]
