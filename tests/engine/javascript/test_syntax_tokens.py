"""The minimal token-edit repair: every candidate parses, the edit that keeps what was written first.

The examples are written for these tests (no dev case's code)."""

from __future__ import annotations

from healer.engine.javascript.errors import parse_error
from healer.engine.javascript.fixers.syntax import syntax_candidates
from healer.engine.javascript.fixers.syntax_tokens import early_errors, token_repairs
from healer.engine.javascript.syntax import parses


def _line(text: str, line: int) -> str:
    return text.split("\n")[line - 1].strip()


def test_it_inserts_the_missing_dot_of_a_spread():
    text = "function total(...parts) {\n  return sum(..parts);\n}\n"
    found = token_repairs(text, "a.js", sites=[(2, 14)])
    assert _line(found[0].text, 2) == "return sum(...parts);"
    assert all(parses(c.text, "a.js") for c in found)


def test_it_transposes_a_question_mark_written_after_the_dot_of_optional_chaining():
    text = "export function city(user) {\n  return user.?address.city;\n}\n"
    found = syntax_candidates(text, "a.mjs", line=2, column=15)
    assert _line(found[0].text, 2) == "return user?.address.city;"
    # Dropping the '?' parses too but loses the guard the author wrote: it comes after.
    assert any(_line(c.text, 2) == "return user.address.city;" for c in found[1:])


def test_it_closes_an_array_pattern_before_its_initialiser_not_at_the_line_end():
    text = "export function pair(s: string) {\n  const [a, b = s.split(',');\n  return a + b;\n}\n"
    found = syntax_candidates(text, "a.ts", line=2, column=30)
    assert _line(found[0].text, 2) == "const [a, b] = s.split(',');"
    # `const [a, b = s.split(',')];` parses in tree-sitter but has no initialiser: an early error.
    assert not any(_line(c.text, 2).startswith("const [a, b = s.split(',')]") for c in found)


def test_it_counts_declarations_without_an_initialiser_as_early_errors():
    assert early_errors("const [a, b = f()];\n", "a.js") == 1
    assert early_errors("const k;\nlet { x } ;\n", "a.js") == 2
    assert early_errors("let k;\nvar y;\nfor (const [a, b] of pairs) {}\n", "a.js") == 0
    assert early_errors("declare const k: number;\n", "a.ts") == 0


def test_it_ranks_deleting_a_name_after_every_edit_that_keeps_it():
    text = "function total(...parts) {\n  return sum(..parts);\n}\n"
    found = token_repairs(text, "a.js", sites=[(2, 14)])
    deleted = [i for i, c in enumerate(found) if "'parts'" in c.description or "'sum'" in c.description]
    kept = [i for i, c in enumerate(found) if c.description.startswith(("add", "write"))]
    assert kept and all(k < d for k in kept for d in deleted)


def test_it_tries_a_closer_at_the_end_of_the_line_before_the_reported_one():
    # A `)` left out at a line's end is reported at the next line's first token.
    text = "function g(a) {\n  const m = Math.min(a, 3\n  return m;\n}\n"
    found = token_repairs(text, "a.js", sites=[(3, 3)])
    assert any(_line(c.text, 2) == "const m = Math.min(a, 3)" for c in found)


def test_it_tries_two_token_edits_only_when_no_single_edit_parses():
    text = "const xs = [1, 2;\nexport default xs;\n"
    single = token_repairs(text, "a.js", sites=[(1, 17)])
    assert single and all(" and " not in c.description for c in single)
    two = "const v = f(g(1;\n"
    found = token_repairs(two, "a.js", sites=[(1, 16)])
    assert any(_line(c.text, 1) == "const v = f(g(1));" for c in found)
    assert all(" and " in c.description for c in found)


def test_it_caps_the_candidates_so_a_syntax_error_costs_few_runs():
    text = "function s(a) {\n  return a ? 1 ; 2;\n}\n"
    assert 0 < len(token_repairs(text, "a.js", sites=[(2, 16)])) <= 6


def test_it_locates_nodes_own_syntax_errors_of_es_and_commonjs_modules():
    # Produced by Node 20 on files written for this test (an ES module is named by a file:// URL).
    esm = (
        "file:///work/src/loc.mjs:2\n  return user.?address.city;\n              ^\n\n"
        "SyntaxError: Unexpected token '?'\n    at compileSourceTextModule (node:internal/modules/esm/utils:346:16)\n"
    )
    cjs = (
        "/work/src/sum.js:2\n  return sum(..parts);\n             ^\n\n"
        "SyntaxError: Unexpected token '.'\n    at wrapSafe (node:internal/modules/cjs/loader:1464:18)\n"
    )
    assert parse_error(esm, "/work").location == ("src/loc.mjs", 2, 15)
    assert parse_error(cjs, "/work").location == ("src/sum.js", 2, 14)


def test_it_reparses_incrementally_with_the_result_of_a_fresh_parse():
    from healer.engine.javascript.fixers import syntax_tokens as st
    from healer.engine.javascript.syntax import parse

    text = "const é = 'ü';\nfunction total(...parts) {\n  return sum(..parts);\n}\n"
    reparse = st._Reparser(text=text, path="a.js", tree=parse(text, "a.js"))
    edits = list(st._single_edits(st._region(text, sites=[(3, 14)])))
    assert len(edits) > 50
    for edit in edits:
        assert reparse((edit,)).root_node.has_error == (not parses(st._apply(text, (edit,)), "a.js"))


def test_it_puts_a_missing_separator_at_the_end_of_the_line_before():
    text = "const box = {\n  width: 3\n  depth: 4,\n};\n"
    found = syntax_candidates(text, "a.js", line=3, column=3)
    assert found[0].text == text.replace("width: 3\n", "width: 3,\n")


def test_it_closes_typescript_type_arguments_with_a_greater_than():
    text = "export function pairs(): void {\n  const seen: Map<string, number = new Map();\n}\n"
    found = syntax_candidates(text, "a.ts", line=2, column=35)
    assert _line(found[0].text, 2) == "const seen: Map<string, number> = new Map();"


def test_it_adds_a_missing_arrow_with_blanks_and_never_transposes_brackets():
    text = "export const doubled = [1, 2].map((n) n * 2);\n"
    found = token_repairs(text, "a.js", sites=[(1, 39)])
    lines = [_line(c.text, 1) for c in found]
    # A comma (thisArg) parses too and keeps every token: only the tests can choose; the arrow is
    # written with its blanks and comes before reading the gap as member access (`(n) .n`).
    assert "export const doubled = [1, 2].map((n) => n * 2);" in lines
    assert (
        "export const doubled = [1, 2].map((n) .n * 2);"
        not in lines[: lines.index("export const doubled = [1, 2].map((n) => n * 2);")]
    )
    assert not any(")(" in c.text for c in found)
