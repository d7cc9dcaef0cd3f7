"""A percentage made a fraction at the wrong place (round 47, npm21), a LOGIC family of logic.py.

`amount * (1 + rate) / 100` adds the percentage to one before dividing by a hundred: the result is
`amount * (1 + rate) / 100`, a hundredth of the increased amount, where `amount * (1 + rate / 100)`
(the amount increased by rate per cent) was meant. A percentage `p` beside the unit `1` in `1 ± p`
is a fraction only once divided by 100 (its definition), so the division moves onto `p` inside the
parentheses. Tried first (`is_contract_fix`): `1 + p` with a `/ 100` outside it is wrong by what a
per cent is wherever it matches. Its counterpart, a literal that makes the old program agree with
the right one only through a constant's value (`/ 10` with `PERCENT = 10`), is refused in every list
by weaker_programs.

Round 51 (npm25): `1 - superfatPct` with no hundred anywhere near: a name that says it holds a per cent
(`pct`, `percent`, `percentage`, or a camelCase/snake_case name ending in one) beside the unit `1` in
`1 ± p` is divided by 100 there (`1 - superfatPct / 100`): the same definition, the unit read off
the name instead of a `/ 100` outside. An ordinary family (not tried first): a name is weaker
evidence than a misplaced division.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import tree_sitter

from healer.engine.javascript.fixers.base import replace_span
from healer.engine.javascript.syntax import node_text

PER_CENT = "a per cent is a fraction only once divided by 100"
HUNDRED = ("100", "100.0", "1e2")


def _unwrapped(node: tree_sitter.Node) -> tree_sitter.Node:
    while node.type == "parenthesized_expression" and node.named_children:
        node = node.named_children[0]
    return node


def _operator(node: tree_sitter.Node) -> str:
    found = node.child_by_field_name("operator")
    return found.type if found is not None else ""


def _one_plus(node: tree_sitter.Node) -> tuple[str, tree_sitter.Node] | None:
    """(`+`/`-`, p) for a parenthesised `1 ± p` whose p is not a number literal."""
    if node.type != "parenthesized_expression":
        return None
    inner = _unwrapped(node)
    if inner.type != "binary_expression" or _operator(inner) not in ("+", "-"):
        return None
    left, right = inner.child_by_field_name("left"), inner.child_by_field_name("right")
    if left is None or right is None or node_text(left) != "1" or right.type == "number":
        return None
    return _operator(inner), right


def per_cent_fractions(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`a * (1 ± p) / 100` (any grouping of the product) → `a * (1 ± p / 100)`."""
    for node in nodes:
        if node.type != "binary_expression" or _operator(node) != "/":
            continue
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None or node_text(right) not in HUNDRED:
            continue
        product = _unwrapped(left)
        if product.type != "binary_expression" or _operator(product) != "*":
            continue
        factors = [product.child_by_field_name("left"), product.child_by_field_name("right")]
        if any(f is None for f in factors):
            continue
        for index, factor in enumerate(factors):
            found = _one_plus(factor)
            if found is None:
                continue
            sign, rate = found
            other = node_text(factors[1 - index])
            grouped = f"(1 {sign} {node_text(rate)} / {node_text(right)})"
            new = f"{other} * {grouped}" if index == 1 else f"{grouped} * {other}"
            yield (
                replace_span(data, node.start_byte, node.end_byte, new),
                f"divide the percentage by {node_text(right)} inside {grouped[:40]}: {PER_CENT}",
            )
            break


# A name that says its value is in per cent: `pct`, `percent`, `rate_pct`, `superfatPct`, `markupPercent`.
PER_CENT_NAME = re.compile(
    r"^(?:pct|percent|percentage)$|(?:_|[a-z0-9])(?:Pct|Percent|Percentage|_pct|_percent|_percentage)$"
)
NAME_UNIT = "a value named in per cent is a fraction only once divided by 100"


def named_per_cents(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`1 ± xPct` → `1 ± xPct / 100`, where nothing on the line divides by a hundred already."""
    if any(n.type == "number" and node_text(n) in HUNDRED for n in nodes):
        return
    for node in nodes:
        if node.type != "binary_expression" or _operator(node) not in ("+", "-"):
            continue
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None or node_text(left) != "1":
            continue
        name = right.child_by_field_name("property") if right.type == "member_expression" else right
        if name is None or name.type not in ("identifier", "property_identifier"):
            continue
        if PER_CENT_NAME.search(node_text(name)) is None or _made_a_fraction(node, node_text(name)):
            continue
        yield (
            replace_span(data, right.end_byte, right.end_byte, " / 100"),
            f"divide {node_text(right)[:40]} by 100 beside the unit 1: {NAME_UNIT}",
        )


def _made_a_fraction(node: tree_sitter.Node, name: str) -> bool:
    """Whether the file gives `name` a value already divided by a hundred (`const ratePct = rate / 100`,
    `{ taxPct: 0.2 }`, a default `pct = 0.15`): the name says per cent, the value is a fraction, and a
    second division would make it a hundredth of the share (round 51's review)."""
    root = node
    while root.parent is not None:
        root = root.parent
    stack = [root]
    while stack:
        current = stack.pop()
        stack.extend(current.named_children)
        fields = {
            "variable_declarator": ("name", "value"),
            "assignment_expression": ("left", "right"),
            "assignment_pattern": ("left", "right"),
            "pair": ("key", "value"),
        }.get(current.type)
        if fields is None:
            continue
        target, value = (current.child_by_field_name(f) for f in fields)
        if target is None or value is None or node_text(target).strip("'\"") != name:
            continue
        value = _unwrapped(value)
        if value.type == "number" and re.fullmatch(r"0?\.\d*[1-9]\d*", node_text(value)):
            return True  # 0.2, .15: decimal fractions only (hex, bigint and exponents are not shares)
        stack_value = [value]
        while stack_value:
            part = stack_value.pop()
            stack_value.extend(part.named_children)
            right = part.child_by_field_name("right") if part.type == "binary_expression" else None
            if _operator(part) == "/" and right is not None and node_text(_unwrapped(right)) in HUNDRED:
                return True
    return False


def is_contract_fix(description: str) -> bool:
    return description.endswith(PER_CENT)
