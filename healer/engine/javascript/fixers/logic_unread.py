"""A comparison that lost a term the module declares for it (round 54, npm28).

A top-level numeric constant the module declares and never reads (`export const UNDER_KEEL_M = 0.5`)
is a value written for a use that is missing: dead code of that shape is evidence of a dropped
term (the "missing code" class of Defects4J's patterns, Sobreira et al., SANER 2018; PAR's
"expression adder" template, Kim et al., ICSE 2013, drawing its operand from the module rather than
from scope at random). On a suspicious line, each ordering comparison gets the constant added to its
right side (`a >= b` → `a >= b + C`: a margin the left must clear), then to its left side, then
taken from the right. At most MAX_CONSTANTS constants per line, the nearest declaration above the
line first. The family sits right after the boundary flips and roundings in the line's own order, not
among the edits tried before a tied line's (`goes_first`): an unread constant is weaker evidence than
a flip, and a tie's lines keep interleaving as before.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from healer.engine.javascript.fixers.base import replace_span
from healer.engine.javascript.suspects import module_declarators
from healer.engine.javascript.syntax import node_text

ORDERINGS = frozenset({"<", "<=", ">", ">="})
NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)")
MAX_CONSTANTS = 2
WORD = re.compile(r"(?<![\w$.])[\w$]+")
# Binary operators binding looser than `+`/`-` that can stand unparenthesized beside an ordering
# (`a << 1 >= b`, `a < b < c`, `k in o < 1`): the side is parenthesized before the term is added.
LOOSER = frozenset({"<<", ">>", ">>>", "<", "<=", ">", ">=", "in", "instanceof"})
UNREAD = " (the module declares it and never reads it)"


def unread_terms(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`a >= b` → `a >= b + C`, `a + C >= b`, `a >= b - C` for each unread numeric module constant C."""
    comparisons = [
        n for n in nodes if n.type == "binary_expression" and _operator(n) in ORDERINGS
    ]  # fmt: skip
    if not comparisons:
        return
    root = comparisons[0]
    while root.parent is not None:
        root = root.parent
    line = comparisons[0].start_point.row
    unread = []
    # Every word of the file counted in one pass (a search per constant was quadratic in a module of
    # many constants; round 54's review): a member's name after `.` is not the constant.
    words = Counter(WORD.findall(text))
    for name, value, _ in module_declarators(root):
        written = node_text(name)
        if name.type != "identifier" or not NUMBER.fullmatch(node_text(value).replace(" ", "")):
            continue
        if words[written] == 1:
            unread.append((abs(line - name.start_point.row), written))
    for _, constant in sorted(unread)[:MAX_CONSTANTS]:
        for node in comparisons:
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if left is None or right is None:
                continue
            for side, sign in ((right, "+"), (left, "+"), (right, "-")):
                written = node_text(side)
                if side.type == "binary_expression" and _binary_operator(side) in LOOSER:
                    written = f"({written})"  # `a << 1 + C` would shift by 1 + C
                new = f"{written} {sign} {constant}"
                yield (
                    replace_span(data, side.start_byte, side.end_byte, new),
                    f"{'add' if sign == '+' else 'subtract'} {constant} to the comparison's "
                    f"{'right' if side == right else 'left'} side{UNREAD}",
                )


def _operator(node) -> str:
    return next((node_text(c) for c in node.children if not c.is_named and node_text(c) in ORDERINGS), "")


def _binary_operator(node) -> str:
    operator = node.child_by_field_name("operator")
    return node_text(operator) if operator is not None else ""


FAMILIES = (unread_terms,)
