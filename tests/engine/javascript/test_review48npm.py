"""Round 48's review (npm22): each test fails on the engine as round 48 left it."""

from __future__ import annotations

from healer.engine.javascript.fixers.base import Candidate
from healer.engine.javascript.fixers.lint import eslint_candidates
from healer.engine.javascript.fixers.logic_constants import definitions_first
from healer.engine.javascript.lint import EslintMessage

NEGATED = "Unexpected negated condition."


def _lint(source: str, *, rule: str, line: int, column: int, message: str = "", path: str = "src/a.js"):
    found = EslintMessage(path, rule, message, line, column)
    return [c.text for c in eslint_candidates(source, path, message=found)]


def test_a_swap_that_would_hand_the_else_to_an_inner_if_is_left_alone():
    # `else for (...) if (y) b();` moved before the `else`: the `else` would bind to the inner `if`.
    for alternative in ("for (;;) if (y) b();", "while (z) if (y) b();", "if2: if (y) b();"):
        source = f"if (!x) a();\nelse {alternative}\n"
        found = _lint(source, rule="no-negated-condition", line=1, column=1, message=NEGATED)
        assert found == [], alternative
    # A closed inner `if` (it has its own else) or a block keeps its meaning: still rewritten.
    closed = "if (!x) a();\nelse for (;;) if (y) b(); else c();\n"
    assert _lint(closed, rule="no-negated-condition", line=1, column=1, message=NEGATED)


def test_the_local_copy_goes_after_the_use_strict_directive():
    source = "function f(n) {\n  'use strict';\n  n = n + 1;\n  return n;\n}\n"
    found = _lint(
        source, rule="no-param-reassign", line=3, column=3, message="Assignment to function parameter 'n'."
    )
    assert found[0] == "function f(nArg) {\n  'use strict';\n  let n = nArg;\n  n = n + 1;\n  return n;\n}\n"


KILN = "const SHARE = 0.8;\n\nexport function dry(kg) {\n  return Math.round(kg * SHARE * 10) / 10;\n}\n"


def test_no_definition_twin_for_a_use_edit_that_reads_a_local_or_a_random_value():
    # `SHARE / kg` at the definition reads a module-level `kg` (or none: a ReferenceError), and
    # `Math.random()` there is drawn once, not per call: neither computes what the use-site edit does.
    for replaced in ("SHARE / kg", "SHARE * Math.random()"):
        use = Candidate("src/k.js", KILN.replace("kg * SHARE", f"kg * ({replaced})"), 4, "operand")
        assert definitions_first([use], lambda _: KILN) == [use], replaced


def test_a_line_of_a_thousand_counts_in_a_long_function_stays_fast():
    import time

    from healer.engine.javascript.fixers.logic_comments import source_counts
    from healer.engine.javascript.syntax import encode, parse, walk

    body = "".join(f"  const v{i} = tally(items{i % 7}) + {i};\n" for i in range(1500))
    line = "  const m = " + " + ".join("totals.size" for _ in range(1000)) + ";\n"
    source = "function mean(items) {\n  const totals = tally(items);\n" + body + line + "  return m;\n}\n"
    tree = parse(source, "src/a.js")
    nodes = [n for n in walk(tree.root_node) if n.start_point.row == 1502]
    start = time.monotonic()
    found = list(source_counts(encode(source), nodes, source, "src/a.js"))
    assert found and found[0][0].count("items.length") == 1
    assert time.monotonic() - start < 5
