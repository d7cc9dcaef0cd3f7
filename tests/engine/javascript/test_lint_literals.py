"""Round 54, npmlint28: no-throw-literal, no-template-curly-in-string, prefer-spread, no-useless-concat and
no-lone-blocks answered with the correct code the rules' documentation shows (lint_literals). Each answer
test fails on the engine before round 54 (no candidate); the limit tests guard what is left alone. The
sources are synthetic."""

from __future__ import annotations

from healer.engine.javascript.fixers.lint import eslint_candidates
from healer.engine.javascript.lint import EslintMessage


def _lint(source: str, *, rule: str, at: str, message: str, path: str = "src/a.js") -> list[str]:
    """The candidates' texts for a finding at the first occurrence of `at`."""
    offset = source.index(at)
    line = source.count("\n", 0, offset) + 1
    column = offset - (source.rfind("\n", 0, offset) + 1) + 1
    found = EslintMessage(path, rule, message, line, column)
    return [c.text for c in eslint_candidates(source, path, message=found)]


THROWN = "Expected an error object to be thrown."


def test_it_throws_an_error_carrying_a_thrown_string():
    source = "function f(n) {\n  if (n < 0) throw 'negative: ' + n;\n  return n;\n}\n"
    found = _lint(source, rule="no-throw-literal", at="throw", message=THROWN)
    assert found == [source.replace("throw 'negative: ' + n", "throw new Error('negative: ' + n)")]


def test_it_leaves_a_thrown_object_alone():
    source = "function f() {\n  throw { code: 1 };\n}\n"
    assert _lint(source, rule="no-throw-literal", at="throw", message=THROWN) == []


def test_it_makes_a_quoted_string_with_a_placeholder_a_template():
    source = "const say = (name) => 'it\\'s ${name}';\n"
    found = _lint(
        source, rule="no-template-curly-in-string", at="'it", message="Unexpected template string expression."
    )
    assert found == ["const say = (name) => `it's ${name}`;\n"]


def test_it_spreads_the_arguments_of_apply_when_this_is_the_same():
    spread = "Use the spread operator instead of '.apply()'."
    source = "const top = Math.max.apply(Math, xs.map((x) => x.w));\n"
    assert _lint(source, rule="prefer-spread", at="Math.max", message=spread) == [
        "const top = Math.max(...xs.map((x) => x.w));\n"
    ]
    plain = "const n = sum.apply(null, parts);\n"
    assert _lint(plain, rule="prefer-spread", at="sum", message=spread) == ["const n = sum(...parts);\n"]


def test_it_does_not_spread_when_apply_passes_another_this():
    spread = "Use the spread operator instead of '.apply()'."
    source = "const n = tally.add.apply(other, parts);\n"
    assert _lint(source, rule="prefer-spread", at="tally", message=spread) == []


def test_it_joins_adjacent_string_literals():
    concat = "Unexpected string concatenation of literals."
    source = "const label = (g) => g + ' ' + '(wound)';\n"
    assert _lint(source, rule="no-useless-concat", at="' ' +", message=concat) == [
        "const label = (g) => g + ' (wound)';\n"
    ]
    mixed = "const s = 'a' + \"it's\";\n"
    assert _lint(mixed, rule="no-useless-concat", at="'a'", message=concat) == ["const s = 'ait\\'s';\n"]


def test_it_takes_statements_out_of_a_redundant_block():
    source = "function f(c) {\n  let p = 1;\n  {\n    if (c) p += 5;\n  }\n  return p;\n}\n"
    found = _lint(source, rule="no-lone-blocks", at="{\n    if", message="Nested block is redundant.")
    assert found == ["function f(c) {\n  let p = 1;\n  if (c) p += 5;\n  return p;\n}\n"]


def test_it_leaves_a_block_that_is_a_body_alone():
    source = "function f(c) {\n  if (c) {\n    return 1;\n  }\n}\n"
    assert _lint(source, rule="no-lone-blocks", at="{\n    return", message="Block is redundant.") == []


def test_it_describes_a_symbol_by_the_name_it_is_bound_to():
    source = "const UNSET = Symbol();\n"
    found = _lint(
        source, rule="symbol-description", at="Symbol", message="Expected Symbol to have a description."
    )
    assert found == ["const UNSET = Symbol('UNSET');\n"]


def test_it_leaves_an_unbound_symbol_alone():
    source = "register(Symbol());\n"
    assert (
        _lint(
            source, rule="symbol-description", at="Symbol", message="Expected Symbol to have a description."
        )
        == []
    )
