"""Statements in the wrong place (fixers/syntax_jumps.py): `export default` before a declaration, and
`continue`/`break` with no loop, reached through syntax_candidates."""

from __future__ import annotations

from healer.engine.javascript.fixers.syntax import syntax_candidates

TABLE = "// sizes\nexport default const RATES = { low: 1, high: 3 };\n\nexport function rate(k) {\n  return RATES[k];\n}\n"


def test_it_exports_a_declaration_by_its_name_when_another_module_imports_that_name():
    sources = {"src/index.js": "export { RATES, rate } from './rates.js';\n"}
    first = syntax_candidates(TABLE, "src/rates.js", line=2, sources=sources)[0]
    assert first.text.split("\n")[1] == "export const RATES = { low: 1, high: 3 };"


def test_it_declares_then_exports_as_the_default_when_nothing_imports_the_name():
    sources = {"src/main.js": "import rates from './rates.js';\nconsole.log(rates.low);\n"}
    found = syntax_candidates(TABLE, "src/rates.js", line=2, sources=sources)
    assert found[0].text.split("\n")[1:3] == ["const RATES = { low: 1, high: 3 };", "export default RATES;"]
    assert found[1].text.split("\n")[1] == "export const RATES = { low: 1, high: 3 };"


def test_it_keeps_an_existing_default_export_and_only_names_the_declaration():
    text = "export default let count = 0;\nexport default function bump() { count += 1; }\n"
    found = syntax_candidates(text, "src/count.js", line=1)
    assert [c.text.split("\n")[0] for c in found] == ["export let count = 0;"]


def test_it_leaves_a_valid_default_export_alone():
    assert syntax_candidates("const A = 1;\nexport default A;\n", "src/a.js", line=2) == []


def _callback(method: str, jump: str) -> str:
    return (
        "export function kept(xs) {\n  const out = [];\n"
        f"  xs.{method}((x) => {{\n    if (!x.ok) {jump};\n    out.push(x);\n  }});\n  return out;\n}}\n"
    )


def test_it_leaves_a_foreach_callback_with_return_for_continue():
    (found,) = syntax_candidates(_callback("forEach", "continue"), "src/a.ts", line=4)
    assert found.text.split("\n")[3] == "    if (!x.ok) return;"


def test_it_returns_the_value_that_moves_a_predicate_on_for_continue():
    (found,) = syntax_candidates(_callback("filter", "continue"), "src/a.js", line=4)
    assert found.text.split("\n")[3] == "    if (!x.ok) return false;"
    (every,) = syntax_candidates(_callback("every", "continue"), "src/a.js", line=4)
    assert every.text.split("\n")[3] == "    if (!x.ok) return true;"


def test_it_leaves_a_callback_with_return_for_break():
    (found,) = syntax_candidates(_callback("forEach", "break"), "src/a.js", line=4)
    assert found.text.split("\n")[3] == "    if (!x.ok) return;"


def test_it_leaves_jumps_inside_a_loop_or_switch_alone():
    looped = "export function f(xs) {\n  xs.forEach((x) => {\n    for (const y of x) {\n      if (y) continue;\n    }\n  });\n}\n"
    assert syntax_candidates(looped, "src/a.js", line=4) == []
    switched = "export const g = (k) => {\n  switch (k) {\n    case 1:\n      break;\n  }\n};\n"
    assert syntax_candidates(switched, "src/a.js", line=4) == []
