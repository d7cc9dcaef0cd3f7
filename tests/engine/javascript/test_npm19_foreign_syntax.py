"""Round 45 (npm19): another language's forms as first SYNTAX errors (fixers/syntax_foreign.py)."""

from __future__ import annotations

from healer.engine.javascript.fixers.syntax import syntax_candidates


def _first(source: str, path: str, line: int) -> str:
    found = syntax_candidates(source, path, line=line)
    assert found, "no candidate"
    return found[0].text


def test_a_python_conditional_expression_becomes_the_conditional_operator():
    source = "export function status(d, n) {\n  return 'ready' if (d >= n) else 'growing';\n}\n"
    assert _first(source, "src/a.js", 2) == source.replace(
        "'ready' if (d >= n) else 'growing'", "d >= n ? 'ready' : 'growing'"
    )


def test_a_python_conditional_inside_a_call_keeps_the_call():
    source = "log(x.name if x else 'none', 2);\n"
    assert _first(source, "src/a.js", 1) == "log(x ? x.name : 'none', 2);\n"


def test_python_and_or_not_become_javascript_operators_before_any_comma():
    source = (
        "export function n(a, b) {\n  if (a > 0 and not b or a < 0) {\n    return 1;\n  }\n  return 0;\n}\n"
    )
    assert _first(source, "src/a.js", 2) == source.replace("a > 0 and not b or a < 0", "a > 0 && !b || a < 0")


def test_an_and_inside_a_string_is_left_alone():
    source = "const s = 'salt and pepper' and 2;\n"
    assert _first(source, "src/a.js", 1) == "const s = 'salt and pepper' && 2;\n"


def test_a_typescript_class_of_two_bases_extends_one_and_implements_the_other():
    source = "class Station {}\ninterface Timed { t(): number }\nexport class Griddle extends Station, Timed {\n  t() { return 1; }\n}\n"
    assert _first(source, "src/k.ts", 3) == source.replace(
        "extends Station, Timed", "extends Station implements Timed"
    )


def test_an_implements_list_already_there_takes_the_other_bases():
    source = "export class G extends S, T implements U {\n}\n"
    assert _first(source, "src/k.ts", 1) == "export class G extends S implements U, T {\n}\n"
