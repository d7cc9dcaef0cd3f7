"""More LOGIC mutation families for one line (round 29), kept apart from `logic.py`'s.

Each is a generic template of the repair literature or a rule of JavaScript's own semantics, never a
shape of one project:

- `powers`: a product by a small constant where the power was meant (`t * 2` for `t ** 2`), and the
  other way round: PraPR's arithmetic operator replacement (AOR) extended to ECMAScript's `**`,
  offered only where the other operand is the literal 2 or 3 (squares and cubes; an exponent of
  anything else is rarely a slip of `*`).
- `offset_results`: a scaled quantity returned without its constant term (`depth / 10` for `depth /
  10 + 1`, a gauge for an absolute reading): TBar's "mutate expression" inserting a term, offered
  only on a returned product or quotient, whose offset is the one thing the template can add.
- `indexed_lengths`: an index wrapped or bounded by the length of another array than the one it
  indexes (`guards[(i + k) % chairs.length]`): a subscript is in range by its own array's length
  (ECMAScript's array index semantics), so the donor is the indexed array itself; PraPR's and
  ssFix's "replace a variable by another in scope", restricted to the one the data names.
- `destructure_holes`: positional destructuring off by one place (`const [a, b, c] = line.split(' ')`
  where the field between b and c is to be skipped: `[a, b, , c]`), or a hole too many: the fencepost
  of `logic._boundaries` on an array pattern (its elements bind by position, ECMAScript 14.3.3).
- `parallel_terms`: sibling values of one literal or call built alike but one left bare (`[w.start +
  w.from, w.until]` for `w.start + w.until`): CapGen's and ssFix's fix ingredients from the
  statement's own context, the sibling's term applied to the bare value of the same object.

None goes first: each is a plain mutation of its line, in the per-family order of `logic_candidates`.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from healer.engine.javascript.fixers.base import replace_span
from healer.engine.javascript.syntax import node_text

SMALL_POWERS = frozenset({"2", "3"})
SCALES = frozenset({"*", "/"})
ARITHMETIC = frozenset({"+", "-", "*", "/"})
RETURNED = frozenset({"return_statement", "arrow_function"})
PLAIN = frozenset({"identifier", "member_expression", "this"})
SIBLING_LISTS = frozenset({"array", "arguments"})
PATTERNS = frozenset({"array_pattern"})


def _operator_text(node) -> str | None:
    op = node.child_by_field_name("operator")
    return node_text(op) if op is not None else None


def powers(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`t * 2` -> `t ** 2` and `t ** 2` -> `t * 2`, the left operand grouped when it is not plain."""
    for node in nodes:
        if node.type != "binary_expression" or (op := _operator_text(node)) not in ("*", "**"):
            continue
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None or node_text(right) not in SMALL_POWERS:
            continue
        base = node_text(left)
        # `-x ** 2` does not parse and `a / b ** 2` regroups: a compound base keeps its parentheses.
        if left.type not in PLAIN and left.type not in (
            "number",
            "parenthesized_expression",
            "call_expression",
        ):
            base = f"({base})"
        new = f"{base} ** {node_text(right)}" if op == "*" else f"{base} * {node_text(right)}"
        if (
            op == "**"
            and node.parent is not None
            and node.parent.type in ("binary_expression", "unary_expression")
        ):
            new = f"({new})"
        what = "power" if op == "*" else "product"
        yield replace_span(data, node.start_byte, node.end_byte, new), f"take the {what} {new[:40]}"


def offset_results(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`return d / 10` -> `return d / 10 + 1` (and `- 1`): a returned scale missing its constant term."""
    for node in nodes:
        value = None
        if node.type == "return_statement" and node.named_children:
            value = node.named_children[0]
        elif node.type == "arrow_function":
            value = node.child_by_field_name("body")
        if value is None or value.type != "binary_expression" or _operator_text(value) not in SCALES:
            continue
        for step in ("+ 1", "- 1"):
            new = f"{node_text(value)} {step}"
            yield replace_span(data, value.start_byte, value.end_byte, new), f"return {new[:40]}"


def _length_of(node) -> str | None:
    """The receiver's text of `X.length`."""
    if node.type != "member_expression":
        return None
    prop, obj = node.child_by_field_name("property"), node.child_by_field_name("object")
    if prop is None or obj is None or node_text(prop) != "length" or obj.type not in PLAIN:
        return None
    return node_text(obj)


def _descendants(node) -> Iterator:
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(current.named_children)


def indexed_lengths(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`a[(i + k) % b.length]` -> `a[(i + k) % a.length]`: an index kept in range of its own array."""
    for node in nodes:
        if node.type != "subscript_expression":
            continue
        obj, index = node.child_by_field_name("object"), node.child_by_field_name("index")
        if obj is None or index is None or obj.type not in PLAIN:
            continue
        name = node_text(obj)
        for inner in _descendants(index):
            other = _length_of(inner)
            if other is None or other == name:
                continue
            receiver = inner.child_by_field_name("object")
            yield (
                replace_span(data, receiver.start_byte, receiver.end_byte, name),
                f"index {name[:30]} within {name[:30]}.length, not {other[:30]}.length",
            )


def destructure_holes(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`[a, b, c]` -> `[a, , b, c]`, `[a, b, , c]`...; `[a, , b]` -> `[a, b]`: bindings one place off."""
    for node in nodes:
        if node.type not in PATTERNS:
            continue
        elements = node.named_children
        for element in elements[1:]:
            yield (
                replace_span(data, element.start_byte, element.start_byte, ", "),
                f"skip the element before {node_text(element)[:30]}",
            )
        commas = [c for c in node.children if not c.is_named and node_text(c) == ","]
        for first, second in itertools.pairwise(commas):
            between = data[first.end_byte : second.start_byte]
            if between.strip():
                continue
            yield (
                replace_span(data, first.start_byte, second.start_byte, ""),
                "bind the element the hole skips",
            )


def parallel_terms(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`[o.a + o.b, o.c]` -> `[o.a + o.b, o.a + o.c]`: a bare sibling given its siblings' term."""
    for node in nodes:
        if node.type not in SIBLING_LISTS and node.type != "object":
            continue
        values = _sibling_values(node)
        for built in values:
            if built.type != "binary_expression" or _operator_text(built) not in ARITHMETIC:
                continue
            left, right = built.child_by_field_name("left"), built.child_by_field_name("right")
            op = _operator_text(built)
            for bare in values:
                if bare is built or bare.type != "member_expression":
                    continue
                owner = node_text(bare.child_by_field_name("object"))
                for kept, varied, kept_left in ((left, right, True), (right, left, False)):
                    if (
                        varied.type != "member_expression"
                        or node_text(varied.child_by_field_name("object")) != owner
                    ):
                        continue
                    new = (
                        f"{node_text(kept)} {op} {node_text(bare)}"
                        if kept_left
                        else f"{node_text(bare)} {op} {node_text(kept)}"
                    )
                    yield (
                        replace_span(data, bare.start_byte, bare.end_byte, new),
                        f"use {new[:40]} as its sibling does",
                    )


def _sibling_values(node) -> list:
    if node.type == "object":
        return [
            value
            for pair in node.named_children
            if pair.type == "pair" and (value := pair.child_by_field_name("value")) is not None
        ]
    return list(node.named_children)
