"""logic_operands' families on synthetic code (none of it from the development corpus)."""

from __future__ import annotations

from healer.engine.javascript.fixers.logic import logic_candidates


def lines(text: str, line: int, path: str = "a.js") -> list[str]:
    """The edited line of each candidate at `line`, in the order generated."""
    return [c.text.split("\n")[line - 1] for c in logic_candidates(text, path, line=line)]


# --- a literal operand of || or && is constant


def test_it_compares_each_literal_of_a_disjunction_with_the_subject():
    text = "export function warm(day) {\n  return day.sky === 'sun' || 'haze' || 'cloud';\n}\n"
    assert "  return day.sky === 'sun' || day.sky === 'haze' || day.sky === 'cloud';" in lines(text, 2)


def test_it_keeps_the_negated_chain_negated():
    text = "export function cold(sky) {\n  return sky !== 'sun' && 'haze';\n}\n"
    assert "  return sky !== 'sun' && sky !== 'haze';" in lines(text, 2)


def test_it_leaves_a_disjunction_without_a_literal_operand_alone():
    text = "export function warm(sky, other) {\n  return sky === 'sun' || other;\n}\n"
    assert not [line for line in lines(text, 2) if "sky === other" in line]


# --- case a || b


def test_it_writes_one_case_clause_per_value():
    text = "export function kind(m) {\n  switch (m) {\n    case 1 || 2:\n      return 'low';\n  }\n  return 'high';\n}\n"
    found = [c.text for c in logic_candidates(text, "a.js", line=3)]
    assert text.replace("case 1 || 2:", "case 1:\n    case 2:") in found


def test_it_leaves_a_case_of_a_computed_disjunction_alone():
    text = "export function kind(m, low) {\n  switch (m) {\n    case low || 2:\n      return 'low';\n  }\n}\n"
    found = [c.text for c in logic_candidates(text, "a.js", line=3)]
    assert not [t for t in found if "case low:\n    case 2:" in t]


# --- '+' binds tighter than '?:'


def test_it_makes_a_conditional_the_concatenations_operand():
    text = "export const label = (n) => 'seats: ' + n ? `${n} left` : 'none';\n"
    assert "export const label = (n) => 'seats: ' + (n ? `${n} left` : 'none');" in lines(text, 1)


def test_it_leaves_a_numeric_sum_as_a_condition_alone():
    text = "export const label = (a, b) => a + b ? 'some' : 'none';\n"
    assert not [line for line in lines(text, 1) if "+ (b ?" in line]


# --- hostile input: a generated chain thousands of operands long


def test_a_chain_longer_than_the_recursion_limit_is_read_without_recursing():
    from healer.engine.javascript.fixers import logic_operands
    from healer.engine.javascript.syntax import node_text, parse, walk

    keys = " || ".join(f"'k{i}'" for i in range(3000))
    text = f"export function known(x) {{\n  return x === 'a' || {keys};\n}}\n"
    data = text.encode()
    nodes = [n for n in walk(parse(text, "a.js").root_node) if n.start_point.row == 1]
    edits = [new for new, _ in logic_operands.constant_disjuncts(data, nodes, text, "a.js")]
    assert len(edits) == 1 and "x === 'k2999';" in edits[0]
    chain = next(n for n in nodes if n.type == "binary_expression")
    assert node_text(logic_operands._operands(chain, "||")[0]) == "x === 'a'"
