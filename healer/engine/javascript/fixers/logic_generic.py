"""Two generic mutators of one line (round 35), for the LOGIC search and the TypeError search alike.

Both follow the language's documented semantics, not any one project's shape:

- `conversions`: an operand of an arithmetic operator wrapped in a conversion (`Number(x)`,
  `BigInt(x)`, `String(x)` for `+`): ECMAScript's ApplyStringOrNumericBinaryOperator throws a
  TypeError when a BigInt meets a Number, and `+` concatenates where a number was meant;
- `copies`: a copy made before a mutating Array method whose result is used (`[...xs].reverse()`):
  `reverse`, `sort`, `fill` and `copyWithin` work in place and return their receiver (ECMA-262
  23.1.3), so a result taken as a new array aliases the original;
- `regroupings`: two unparenthesised binary operators grouped the other way (`a ?? b * c` ->
  `(a ?? b) * c`, `(a * b) + c` -> `a * (b + c)`): the tree rotation of the precedence that decided
  the grouping, for any pair of operators (TBar's "mutate operators" changing the priority of
  operations), where the hand-listed pairs of `logic._precedence` and `grouped_operators` stop;
- `awaited_loops`: `for (x of y)` -> `for await (x of y)` inside an async function: a `for...of` over an
  async iterable throws (it has `Symbol.asyncIterator`, not `Symbol.iterator`) and over promises
  walks them unresolved; the `await` mutator of `logic._awaits`, for the loop.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from healer.engine.javascript.fixers.base import replace_span
from healer.engine.javascript.syntax import method_call, node_text

ARITHMETIC = frozenset({"+", "-", "*", "/", "%", "**"})
CONVERSIONS = ("Number", "BigInt", "String")
# ECMA-262's Array.prototype methods that change their receiver and return it.
IN_PLACE = frozenset({"reverse", "sort", "fill", "copyWithin"})
ASSOCIATIVE = frozenset({"+", "*", "&&", "||", "??", "&", "|", "^"})
# A BigInt in the file: a literal (`10n`) or the conversion.
BIGINT = re.compile(r"\b\d[\d_]*n\b|\bBigInt\(")
LITERALS = frozenset({"number", "string", "template_string", "true", "false", "null", "undefined"})


def conversions(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """Each non-literal operand of an arithmetic operator wrapped in a conversion, `Number` first.
    Without a BigInt in the file, `-`, `*`, `/`, `%` and `**` already convert their operands to
    numbers, so only `+` (which concatenates a string) is worth converting."""
    bigints = BIGINT.search(text) is not None
    for node in nodes:
        if node.type != "binary_expression":
            continue
        operator = node.child_by_field_name("operator")
        if operator is None or node_text(operator) not in ARITHMETIC:
            continue
        plus = node_text(operator) == "+"
        if not (plus or bigints):
            continue
        for side in ("right", "left"):
            operand = node.child_by_field_name(side)
            if operand is None or operand.type in LITERALS or _converted(operand):
                continue
            for conversion in CONVERSIONS:
                if (conversion == "String" and not plus) or (conversion == "BigInt" and not bigints):
                    continue
                yield (
                    replace_span(
                        data, operand.start_byte, operand.end_byte, f"{conversion}({node_text(operand)})"
                    ),
                    f"convert {node_text(operand)[:40]} with {conversion}()",
                )


def _converted(node) -> bool:
    if node.type != "call_expression":
        return False
    function = node.child_by_field_name("function")
    return function is not None and node_text(function) in CONVERSIONS


def copies(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`xs.reverse()` whose result is used -> `[...xs].reverse()`: the receiver left as it was."""
    for node in nodes:
        parts = method_call(node)
        if parts is None or node_text(parts[1]) not in IN_PLACE:
            continue
        if node.parent is not None and node.parent.type == "expression_statement":
            continue  # called for its effect on the receiver: nothing is taken as a copy
        receiver = parts[0]
        if receiver.type == "array":
            continue
        yield (
            replace_span(data, receiver.start_byte, receiver.end_byte, f"[...{node_text(receiver)}]"),
            f"{node_text(parts[1])} a copy of {node_text(receiver)[:40]}, not the array itself",
        )


def regroupings(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """A binary expression whose operand is an unparenthesised binary expression, rotated."""
    for node in nodes:
        if node.type != "binary_expression" or (outer := node.child_by_field_name("operator")) is None:
            continue
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None:
            continue
        if right.type == "binary_expression":  # a op1 (b op2 c) -> (a op1 b) op2 c
            parts = _parts(right)
            if parts is not None and not _associative(node_text(outer), parts[1]):
                first, inner, second = parts
                grouped = f"({node_text(left)} {node_text(outer)} {first})"
                yield (
                    replace_span(data, node.start_byte, node.end_byte, f"{grouped} {inner} {second}"),
                    f"group {grouped[:50]} first",
                )
        if left.type == "binary_expression":  # (a op2 b) op1 c -> a op2 (b op1 c)
            parts = _parts(left)
            if parts is not None and not _associative(node_text(outer), parts[1]):
                first, inner, second = parts
                grouped = f"({second} {node_text(outer)} {node_text(right)})"
                yield (
                    replace_span(data, node.start_byte, node.end_byte, f"{first} {inner} {grouped}"),
                    f"group {grouped[:50]} first",
                )


def _parts(node) -> tuple[str, str, str] | None:
    operator = node.child_by_field_name("operator")
    left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
    if operator is None or left is None or right is None:
        return None
    return node_text(left), node_text(operator), node_text(right)


def _associative(outer: str, inner: str) -> bool:
    """The same associative operator twice: either grouping gives the same value."""
    return outer == inner and outer in ASSOCIATIVE


FUNCTIONS = ("function_declaration", "function_expression", "arrow_function", "method_definition")


def awaited_loops(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """A `for...of` in an async function made a `for await...of`."""
    for node in nodes:
        if node.type != "for_in_statement" or not node.children or node.children[0].type != "for":
            continue
        if any(c.type == "await" for c in node.children) or not any(c.type == "of" for c in node.children):
            continue
        function = node.parent
        while function is not None and function.type not in FUNCTIONS:
            function = function.parent
        if function is None or not any(c.type == "async" for c in function.children):
            continue
        keyword = node.children[0]
        yield (
            replace_span(data, keyword.end_byte, keyword.end_byte, " await"),
            "await each element of the loop (for await...of)",
        )
