"""Two arrays joined with `+` (round 46, npm20).

`+` joins two lists in Python; in JavaScript it converts both operands to primitives (ECMA-262
ApplyStringOrNumericBinaryOperator: an array's ToPrimitive is its `join(',')`), so `low + high` is the
string `'L1,L2H1,H2'`, whose `length` counts characters. The join that was meant is a new array of both
operands' elements: `[...low, ...high]` (or `low.concat(high)`). Round 45's d304 key was "fixed" by
another wrong operand (`perTrailer + highBarn`) that the tests happened to accept: a sum of arrays is
never the repair, the spread is tried first.

`joined_arrays` (a LOGIC family): a `+` chain of non-literal operands whose value is used as an array
(stored in a name later read with an array-only method, iterated by for-of, spread, or read for its
`length`), or one of whose operands the file makes an array (an array literal, `Array.from`, a
`map`/`filter`/`slice`… result, a parameter defaulting to `[]` or typed `T[]`): the spread array, then
`concat`. When an operand is known to be an array or the value is read with an array-only method, the
description says so and the dispatch tries it first (`is_joined_arrays`).

`array_sums(root)`: how many `+` in a tree have two operands the file makes arrays; weaker_programs
refuses a candidate that adds one.
"""

from __future__ import annotations

from collections.abc import Iterator

import tree_sitter

from healer.engine.javascript.fixers.base import replace_span
from healer.engine.javascript.syntax import node_text, overlapping, walk

ARRAY_ONLY = frozenset({"map", "filter", "flatMap", "flat", "reduce", "reduceRight", "forEach", "push",
                        "pop", "shift", "unshift", "some", "every", "find", "findIndex", "findLast",
                        "sort", "toSorted", "reverse", "join", "splice", "fill"})  # fmt: skip
# Calls whose result is an array (`slice`, `concat` are strings' methods too: not evidence).
MAKES_ARRAY = frozenset({"map", "filter", "flatMap", "flat", "split", "toSorted"})
MAKES_ARRAY_OF = {"Object": frozenset({"keys", "values", "entries"}), "Array": frozenset({"from", "of"})}
OPERAND_TYPES = ("identifier", "member_expression", "call_expression", "array", "subscript_expression")
KNOWN = "both are arrays, and + between arrays joins their texts"
MAX_OPERANDS = 16
MAX_READS = 2000


def is_joined_arrays(description: str) -> bool:
    return description.endswith(KNOWN)


def _plus_operands(node: tree_sitter.Node) -> list[tree_sitter.Node] | None:
    found, current = [], node
    while current.type == "binary_expression" and _operator(current) == "+" and len(found) < MAX_OPERANDS:
        right = current.child_by_field_name("right")
        if right is None:
            return None
        found.append(right)
        current = current.child_by_field_name("left")
        if current is None:
            return None
    found.append(current)
    return list(reversed(found))


def _operator(node: tree_sitter.Node) -> str:
    operator = node.child_by_field_name("operator")
    return operator.type if operator is not None else ""


def array_names(root: tree_sitter.Node, rows: tuple[int, int] | None = None) -> set[str]:
    """Names the file makes arrays (on `rows`, 0-based first/last, when given): declared with an array
    value, or parameters defaulting to `[]` or typed as arrays."""
    names = set()
    for node in walk(root) if rows is None else overlapping(root, rows):
        if node.type == "variable_declarator":
            name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
            if name is not None and name.type == "identifier" and value is not None and _makes_array(value):
                names.add(node_text(name))
        elif node.type == "assignment_pattern":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if left is not None and left.type == "identifier" and right is not None and right.type == "array":
                names.add(node_text(left))
        elif node.type in ("required_parameter", "optional_parameter"):
            pattern, typed = node.child_by_field_name("pattern"), node.child_by_field_name("type")
            if pattern is not None and pattern.type == "identifier" and typed is not None:
                shown = node_text(typed).lstrip(": ").strip()
                if shown.endswith("[]") or shown.startswith(("Array<", "ReadonlyArray<", "readonly ")):
                    names.add(node_text(pattern))
    return names


def _makes_array(value: tree_sitter.Node) -> bool:
    if value.type == "array":
        return True
    if value.type == "call_expression":
        function = value.child_by_field_name("function")
        if function is not None and function.type == "member_expression":
            field, owner = function.child_by_field_name("property"), function.child_by_field_name("object")
            name = node_text(field) if field is not None else ""
            return name in MAKES_ARRAY or (
                owner is not None and name in MAKES_ARRAY_OF.get(node_text(owner), frozenset())
            )
    return False


def _known(node: tree_sitter.Node, arrays: set[str]) -> bool:
    return (
        node.type == "array"
        or (node.type == "identifier" and node_text(node) in arrays)
        or _makes_array(node)
    )


def array_sums(
    root: tree_sitter.Node, rows: tuple[int, int] | None = None, *, names: set[str] | None = None
) -> int:
    """`+` expressions (within `rows`, 0-based first/last, when given) whose operands the file makes
    arrays (`names`, when given, else the tree's array_names)."""
    arrays = array_names(root) if names is None else names
    count = 0
    for node in walk(root) if rows is None else overlapping(root, rows):
        if node.type != "binary_expression" or _operator(node) != "+":
            continue
        if rows is not None and not rows[0] <= node.start_point.row <= rows[1]:
            continue
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        count += left is not None and right is not None and _known(left, arrays) and _known(right, arrays)
    return count


def _used_as_array(node: tree_sitter.Node) -> tuple[bool, bool]:
    """(the sum's value is used as an array at all, with an array-only method or iteration)."""
    holder = node
    while holder.parent is not None and holder.parent.type == "parenthesized_expression":
        holder = holder.parent
    parent = holder.parent
    if parent is None:
        return False, False
    if parent.type == "member_expression":
        field = parent.child_by_field_name("property")
        name = node_text(field) if field is not None else ""
        return name == "length" or name in ARRAY_ONLY, name in ARRAY_ONLY
    if parent.type == "spread_element":
        return True, True
    if parent.type != "variable_declarator":
        return False, False
    name = parent.child_by_field_name("name")
    if name is None or name.type != "identifier":
        return False, False
    wanted = node_text(name)
    scope = parent
    while scope.parent is not None and scope.type not in ("statement_block", "program"):
        scope = scope.parent
    used = strong = False
    for seen, read in enumerate(walk(scope)):
        if seen > MAX_READS:
            break
        if read.type != "identifier" or node_text(read) != wanted or read == name:
            continue
        outer = read.parent
        if outer is None:
            continue
        if outer.type == "member_expression" and outer.child_by_field_name("object") == read:
            field = outer.child_by_field_name("property")
            member = node_text(field) if field is not None else ""
            used |= member == "length" or member in ARRAY_ONLY
            strong |= member in ARRAY_ONLY
        elif outer.type == "spread_element" or (
            outer.type == "for_in_statement"
            and outer.child_by_field_name("right") == read
            and any(c.type == "of" for c in outer.children)
        ):
            used = strong = True
    return used, strong


def joined_arrays(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`a + b` used as an array, or of operands the file makes arrays: `[...a, ...b]`, then `a.concat(b)`."""
    arrays: set[str] | None = None
    for node in nodes:
        if node.type != "binary_expression" or _operator(node) != "+":
            continue
        if (
            node.parent is not None
            and node.parent.type == "binary_expression"
            and _operator(node.parent) == "+"
        ):
            continue  # the chain is read from its outermost `+`
        operands = _plus_operands(node)
        if not operands or len(operands) < 2 or any(o.type not in OPERAND_TYPES for o in operands):
            continue
        if arrays is None:
            root = node
            while root.parent is not None:
                root = root.parent
            arrays = array_names(root)
        known = any(_known(o, arrays) for o in operands)
        used, strong = _used_as_array(node)
        if not known and not used:
            continue
        why = (
            KNOWN
            if known or strong
            else "the value is used as an array, and + between arrays joins their texts"
        )
        spread = "[" + ", ".join(f"...{node_text(o)}" for o in operands) + "]"
        yield (
            replace_span(data, node.start_byte, node.end_byte, spread),
            f"join the arrays by spreading them: {why}",
        )
        first = node_text(operands[0])
        first = (
            first
            if operands[0].type in ("identifier", "member_expression", "call_expression", "array")
            else f"({first})"
        )
        joined = f"{first}.concat({', '.join(node_text(o) for o in operands[1:])})"
        yield (
            replace_span(data, node.start_byte, node.end_byte, joined),
            f"join the arrays with concat: {why}",
        )
