"""tree-sitter parsing: where a file stops parsing, and blocks whose braces disagree with the indentation."""

from __future__ import annotations

import pytest

from healer.engine.javascript.fixers.syntax import indentation_candidates
from healer.engine.javascript.syntax import brace_mismatch, first_problem, language_of, parses


@pytest.mark.parametrize(
    ("path", "language"),
    [("a.js", "javascript"), ("a.mjs", "javascript"), ("a.jsx", "javascript"), ("a.ts", "typescript"),
     ("a.mts", "typescript"), ("a.tsx", "tsx"), ("a.d.ts", None), ("a.py", None)],
)  # fmt: skip
def test_the_grammar_follows_the_extension(path, language):
    assert language_of(path) == language


def test_a_missing_token_is_named():
    problem = first_problem("function f(a, b) {\n  if (a > b {\n    return a;\n  }\n}\n", "a.js")
    assert (problem.line, problem.missing, problem.message) == (2, ")", "missing ')'")


def test_typescript_types_parse_only_with_the_typescript_grammar():
    text = "export function f(x: number): number {\n  return x;\n}\n"
    assert parses(text, "a.ts") and not parses(text, "a.js")


def test_an_unexpected_token_is_quoted():
    problem = first_problem("const o = {\n  a: 1\n  b: 2,\n};\n", "a.js")
    assert problem.line == 3 and problem.text.startswith("b")


UNCLOSED = """function f(x) {
  for (const y of x) {
    if (y) {
      g();
    }
  return 1;
}
"""
EXTRA = """function f(x) {
  if (x) {
    g();
  }
  }
  return 1;
}
"""


def test_an_unclosed_block_is_found_where_the_indentation_ends_it():
    mismatch = brace_mismatch(UNCLOSED, "a.js")
    assert (mismatch.kind, mismatch.line, mismatch.insert_before, mismatch.indent) == ("unclosed", 2, 6, "  ")


def test_a_brace_that_closes_nothing_is_found():
    mismatch = brace_mismatch(EXTRA, "a.js")
    assert (mismatch.kind, mismatch.line) == ("extra", 5)


def test_a_brace_deeper_than_its_block_below_a_header_without_one_is_that_headers_missing_brace():
    text = "for (const x of xs) {\n  if (x)\n    a(x);\n    continue;\n  }\n  b();\n}\n"
    mismatch = brace_mismatch(text, "a.js")
    assert (mismatch.kind, mismatch.line, mismatch.closer) == ("unopened", 2, 5)
    # No header at the `}`'s indentation above it: a brace that closes nothing, as before.
    assert brace_mismatch(EXTRA, "a.js").kind == "extra"


def test_it_finds_the_lost_brace_of_an_arrow_body_or_a_constructor_by_parsing_the_header():
    arrow = "function wet(pans) {\n  return pans.filter((pan) =>\n    pan.brine > 0\n  );\n}\n"
    assert brace_mismatch(arrow, "a.js") is None or brace_mismatch(arrow, "a.js").kind != "unopened"
    arrow = (
        "function wet(pans) {\n  return pans.filter((pan) =>\n    const b = pan.brine;\n"
        "    return b > 0;\n  });\n}\n"
    )
    mismatch = brace_mismatch(arrow, "a.js")
    assert (mismatch.kind, mismatch.line, mismatch.closer) == ("unopened", 2, 5)
    method = (
        "class Line {\n  constructor(readonly name: string, spacing: number)\n"
        "    this.cabins = spacing;\n  }\n\n  get n(): number {\n    return 1;\n  }\n}\n"
    )
    mismatch = brace_mismatch(method, "a.ts")
    assert (mismatch.kind, mismatch.line, mismatch.closer) == ("unopened", 2, 4)
    fixed = indentation_candidates(method, "a.ts", mismatch=mismatch)[0]
    assert fixed.text.split("\n")[1].endswith("spacing: number) {") and parses(fixed.text, "a.ts")


def test_it_leaves_a_brace_extra_when_a_brace_at_the_headers_end_does_not_parse():
    # `const total =` waits for its operand: a `{` there is no block, so no header is guessed.
    text = "function f() {\n  const total =\n    a + b;\n  }\n  return total;\n}\n"
    assert brace_mismatch(text, "a.js").kind == "extra"


def test_the_last_brace_missing_at_the_end_of_the_file():
    mismatch = brace_mismatch("function f() {\n  return 1;\n", "a.js")
    assert (mismatch.kind, mismatch.line, mismatch.insert_before) == ("unclosed", 1, 3)


def test_consistent_braces_are_no_mismatch_whatever_the_style():
    assert brace_mismatch("function f() { if (a) { b(); } }\nconst t = `${x}`;\n", "a.js") is None
    assert brace_mismatch("if (a) {\n  b();\n  }\n", "a.js") is not None  # a `}` deeper than its opener


def test_deeply_nested_input_does_not_recurse():
    text = "x = " + "[" * 50_000 + "]" * 50_000 + ";\n"
    assert parses(text, "a.js") in (True, False)
    assert first_problem("(" * 20_000, "a.js") is not None
