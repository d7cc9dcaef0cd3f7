"""Templates for ESLint suggestion rules with neither fix nor suggestion (fixers/lint_meanings.py)."""

from __future__ import annotations

from healer.engine.javascript.fixers.lint import eslint_candidates
from healer.engine.javascript.lint import EslintMessage


def _texts(source: str, *, rule: str, line: int, column: int) -> list[str]:
    message = EslintMessage("src/a.js", rule, "", line, column)
    return [c.text for c in eslint_candidates(source, "src/a.js", message=message)]


def test_a_useless_call_becomes_the_plain_method_call():
    source = "class H {\n  all(xs) {\n    for (const x of xs) this.record.call(this, x);\n  }\n}\n"
    found = _texts(source, rule="no-useless-call", line=3, column=25)
    assert found == [source.replace("this.record.call(this, x)", "this.record(x)")]


def test_a_useless_apply_spreads_its_array_back():
    source = "const m = Math.max.apply(Math, [a, b]);\nconst n = Math.min.apply(Math, xs);\n"
    assert _texts(source, rule="no-useless-call", line=1, column=11) == [
        source.replace("Math.max.apply(Math, [a, b])", "Math.max(a, b)")
    ]
    assert _texts(source, rule="no-useless-call", line=2, column=11) == [
        source.replace("Math.min.apply(Math, xs)", "Math.min(...xs)")
    ]


def test_a_chained_assignment_of_a_literal_gives_each_target_the_literal():
    source = "class S {\n  constructor() {\n    this.sown = this.potted = 0;\n  }\n}\n"
    found = _texts(source, rule="no-multi-assign", line=3, column=17)
    assert found == [source.replace("this.sown = this.potted = 0;", "this.sown = 0;\n    this.potted = 0;")]


def test_a_chained_assignment_of_a_call_reads_the_call_once():
    source = "function f() {\n  let a, b;\n  a = b = make();\n  return [a, b];\n}\n"
    found = _texts(source, rule="no-multi-assign", line=3, column=7)
    assert found == [source.replace("a = b = make();", "b = make();\n  a = b;")]


def test_a_declaration_chained_with_an_assignment_declares_last():
    source = "let total;\nconst start = total = 0;\n"
    found = _texts(source, rule="no-multi-assign", line=2, column=15)
    assert found == ["let total;\ntotal = 0;\nconst start = 0;\n"]


def test_a_for_in_walks_own_keys_then_is_guarded():
    source = "function f(table) {\n  for (const k in table) {\n    use(table[k]);\n  }\n}\n"
    found = _texts(source, rule="guard-for-in", line=2, column=3)
    assert found == [
        source.replace("const k in table", "const k of Object.keys(table)"),
        source.replace("{\n    use", "{\n    if (!Object.hasOwn(table, k)) continue;\n    use"),
    ]


def test_a_returned_assignment_assigns_then_returns():
    source = "class D {\n  book(b) {\n    return this.latest = b;\n  }\n}\n"
    found = _texts(source, rule="no-return-assign", line=3, column=5)
    assert found == [source.replace("return this.latest = b;", "this.latest = b;\n    return b;")]


def test_a_returned_compound_assignment_returns_the_target_and_is_braced_outside_a_block():
    source = "function f(x) {\n  if (x) return total += x;\n}\n"
    found = _texts(source, rule="no-return-assign", line=2, column=10)
    assert found == [source.replace("return total += x;", "{ total += x; return total; }")]


def test_an_arrow_returning_an_assignment_keeps_its_value_first():
    source = "xs.forEach((x) => seen[x] = true);\n"
    found = _texts(source, rule="no-return-assign", line=1, column=12)
    assert found == [
        "xs.forEach((x) => { seen[x] = true; return true; });\n",
        "xs.forEach((x) => { seen[x] = true; });\n",
    ]


def test_a_call_with_another_this_is_left_alone():
    source = "const r = this.record.call(other, x);\n"
    assert _texts(source, rule="no-useless-call", line=1, column=11) == []
