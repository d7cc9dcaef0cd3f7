"""Early errors of order and grouping that tree-sitter's grammar accepts: each has one canonical
repair the language's own rule names, so the candidate is that rule's remedy, not a token search.

- A rest element or rest parameter must come last (ECMAScript 14.3.3 BindingRestElement, 15.1
  FunctionRestParameter, 13.15.5 AssignmentRestElement; V8 "Rest element must be last element" /
  "Rest parameter must be last formal parameter", esbuild `Expected ")" but found ","`, tsc TS1014):
  a rest collects what the names before it leave, so it is moved to the end of its list, each
  element keeping its text and each slot its spacing; a trailing comma after a rest (V8 "A rest
  element cannot have a trailing comma", TS1013) is dropped.
- `??` mixed with `||` or `&&` (13.13, CoalesceExpression: its operands are BitwiseORExpressions, so
  `a ?? b || c` is no expression; V8 "Unexpected token '||'", esbuild `Cannot use "||" with "??"
  without parentheses`): the grouping tree-sitter's precedence reads (`a ?? (b || c)`) parenthesised,
  then the other one (`(a ?? b) || c`).
- A unary operator right before `**` (13.6, ExponentiationExpression: its base is an UpdateExpression;
  V8 "Unary operator used immediately before exponentiation expression", TS17006): the power of the
  operand (`-(x ** 2)`, the reading of mathematics and of Python), then the power of the negated base
  (`(-x) ** 2`).
- A legacy octal literal in strict code (B.1.1 / 12.9.3.1, V8 "Octal literals are not allowed in strict
  mode", "Decimals with leading zeros are not allowed in strict mode"): `0755` written `0o755`, the same
  value, then its digits as a decimal (`010` → `10`, a zero-padded decimal); `08`/`09`, which were always
  decimal, without their leading zeros.
"""

from __future__ import annotations

import re

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, replace_nodes, replace_span
from healer.engine.javascript.syntax import node_text, walk

LISTS = ("object_pattern", "array_pattern", "formal_parameters")
# TypeScript wraps a parameter (`...xs: string[]`) in required_parameter / optional_parameter.
PARAMETER_WRAPPERS = ("required_parameter", "optional_parameter")
LOGICAL = ("||", "&&")
UNARY = ("-", "+", "~", "!", "typeof", "void", "delete", "await")
LEGACY_OCTAL = re.compile(r"0[0-7]+")
LEADING_ZERO_DECIMAL = re.compile(r"0\d*[89]\d*")


def order_candidates(data: bytes, path: str, root: tree_sitter.Node, *, line: int) -> list[Candidate]:
    """The candidates for every list, expression or literal whose span holds the reported line,
    innermost first (a rest on line 20 of a parameter list that starts on line 18 is still found)."""
    row = line - 1
    found: list[Candidate] = []
    nodes = [n for n in walk(root) if n.start_point.row <= row <= n.end_point.row]
    for node in sorted(nodes, key=lambda n: n.end_byte - n.start_byte):
        if node.type in LISTS:
            found += _rest_last(data, path, node, line)
        elif node.type == "binary_expression":
            found += _coalesce_mixed(data, path, node, line)
            found += _unary_power(data, path, node, line)
        elif node.type == "number" and node.start_point.row == row:
            found += _legacy_octal(data, path, node, line)
    return found


# -- rest last --------------------------------------------------------------------------------------
def _is_rest(element: tree_sitter.Node) -> bool:
    if element.type in PARAMETER_WRAPPERS:
        return any(c.type == "rest_pattern" for c in element.named_children)
    return element.type == "rest_pattern"


def _rest_last(data: bytes, path: str, node: tree_sitter.Node, line: int) -> list[Candidate]:
    elements = [c for c in node.named_children if c.type != "comment"]
    rests = [e for e in elements if _is_rest(e)]
    if len(rests) != 1:
        return []
    rest = rests[0]
    kind = "parameter" if node.type == "formal_parameters" else "element"
    # A comma after the last element is an error once the rest stands there (TS1013): it goes too.
    trailing = _comma_after(elements[-1])
    if rest is not elements[-1]:
        # Each slot keeps its own spacing; the texts move: the others in order, the rest at the end.
        order = [e for e in elements if e is not rest] + [rest]
        new = {slot: node_text(moved) for slot, moved in zip(elements, order, strict=True)}
        if trailing is not None:
            new[trailing] = ""
        return [
            Candidate(path, replace_nodes(data, new), line, f"put the rest {kind} '{node_text(rest)}' last")
        ]
    if trailing is not None:
        return [Candidate(path, replace_span(data, trailing.start_byte, trailing.end_byte, ""), line,
                          f"drop the comma after the rest {kind} '{node_text(rest)}'")]  # fmt: skip
    return []


def _comma_after(element: tree_sitter.Node) -> tree_sitter.Node | None:
    after = element.next_sibling
    while after is not None and after.type == "comment":
        after = after.next_sibling
    return after if after is not None and after.type == "," else None


# -- ?? mixed with || or && ---------------------------------------------------------------------------
def _operator(node: tree_sitter.Node) -> str:
    operator = node.child_by_field_name("operator")
    return operator.type if operator is not None else ""


def _coalesce_mixed(data: bytes, path: str, node: tree_sitter.Node, line: int) -> list[Candidate]:
    outer = _operator(node)
    left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
    if left is None or right is None:
        return []
    inner_side = next(
        (
            side for side in (right, left)
            if side.type == "binary_expression"
            and ((outer == "??" and _operator(side) in LOGICAL) or (outer in LOGICAL and _operator(side) == "??"))
        ),
        None,
    )  # fmt: skip
    inner_left = inner_side.child_by_field_name("left") if inner_side is not None else None
    inner_right = inner_side.child_by_field_name("right") if inner_side is not None else None
    if inner_side is None or inner_left is None or inner_right is None:
        return []
    # As read: the inner expression parenthesised where it stands.
    as_read = replace_span(data, inner_side.start_byte, inner_side.end_byte, f"({node_text(inner_side)})")
    # The other grouping: `a ?? b || c` read as `(a ?? b) || c`, `a || b ?? c` as `a || (b ?? c)`.
    cut = inner_left.end_byte if inner_side is right else inner_right.start_byte
    head = _text(data, node.start_byte, cut)
    tail = _text(data, cut, node.end_byte)
    other = f"({head}){tail}" if inner_side is right else f"{head}({tail})"
    regrouped = replace_span(data, node.start_byte, node.end_byte, other)
    inner = _operator(inner_side)
    return [
        Candidate(
            path, as_read, line, f"parenthesise '{node_text(inner_side)}': '??' does not mix with '{inner}'"
        ),
        Candidate(
            path, regrouped, line, f"group '{other}': '??' does not mix with '{inner}' unparenthesised"
        ),
    ]


def _text(data: bytes, start: int, end: int) -> str:
    return data[start:end].decode("utf-8", errors="surrogateescape")


# -- unary before ** ----------------------------------------------------------------------------------
def _unary_power(data: bytes, path: str, node: tree_sitter.Node, line: int) -> list[Candidate]:
    left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
    if _operator(node) != "**" or left is None or right is None or left.type != "unary_expression":
        return []
    operator = left.child_by_field_name("operator")
    argument = left.child_by_field_name("argument")
    if operator is None or argument is None or operator.type not in UNARY:
        return []
    power = f"{node_text(argument)}{_text(data, argument.end_byte, node.end_byte)}"
    spacing = _text(data, operator.end_byte, argument.start_byte)
    of_power = f"{node_text(operator)}{spacing}({power})"
    of_base = f"({node_text(left)}){_text(data, left.end_byte, node.end_byte)}"
    return [
        Candidate(path, replace_span(data, node.start_byte, node.end_byte, of_power), line,
                  f"write '{of_power}': a unary operator may not stand right before '**'"),
        Candidate(path, replace_span(data, node.start_byte, node.end_byte, of_base), line,
                  f"write '{of_base}': a unary operator may not stand right before '**'"),
    ]  # fmt: skip


# -- legacy octal literals ----------------------------------------------------------------------------
def _legacy_octal(data: bytes, path: str, node: tree_sitter.Node, line: int) -> list[Candidate]:
    written = node_text(node)
    if LEGACY_OCTAL.fullmatch(written):
        new = "0o" + written[1:]
        # A leading zero also pads decimals (`07`, `010` for a day or a month): the digits read as decimal
        # come second, a different value the tests decide between.
        padded = written.lstrip("0") or "0"
        return [Candidate(path, replace_span(data, node.start_byte, node.end_byte, new), line,
                          f"write the octal literal '{written}' as '{new}', the form strict code allows"),
                Candidate(path, replace_span(data, node.start_byte, node.end_byte, padded), line,
                          f"write '{written}' as the decimal '{padded}' without its leading zeros")]  # fmt: skip
    if LEADING_ZERO_DECIMAL.fullmatch(written):
        new = written.lstrip("0") or "0"
        return [Candidate(path, replace_span(data, node.start_byte, node.end_byte, new), line,
                          f"write the decimal '{written}' without its leading zeros")]  # fmt: skip
    return []
