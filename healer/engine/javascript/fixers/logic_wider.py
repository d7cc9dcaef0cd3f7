"""More LOGIC mutation families for one line (round 27), kept apart from `logic.py`'s.

Each is a generic template of the repair literature or a rule of JavaScript's own semantics, never a
shape of one project:

- `numeric_sorts`: `.sort()` / `.toSorted()` without a comparator compares its elements as strings
  (ECMAScript's SortCompare: `[10, 9].sort()` is `[10, 9]`); numbers need `(a, b) => a - b`. TBar's
  "mutate method invocation" adding the missing argument; the commonest JS sort bug.
- `derived_lengths`: a count taken of the collection a local was derived from (`register.length`
  where `held = register.filter(...)` is what was meant): PraPR's and ssFix's "replace a variable by
  another of the same kind in scope", restricted to the donor the data flow names.
- `magnitudes`: a power of ten one zero short or long (`/ 1000` for `/ 10000`): TBar's "mutate
  literal" by an order of magnitude, the slip a unit conversion makes.
- `wraps`: a sum or difference with a constant that should wrap back into its range (`(b - a + DAY)
  % DAY`): TBar's "mutate expression" completing the modular arithmetic the constant begins.
- `doubled_terms`: a term that counts once where it should count on both sides (`w + 2 * MARGIN`):
  ssFix's and CapGen's "insert a factor" on the operand of an additive operator.

Every family yields a few edits per node at most: the per-line limit (`logic.MAX_PER_LINE`) is never
the bound that keeps them small.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from healer.engine.javascript.fixers.base import replace_span
from healer.engine.javascript.syntax import method_call, node_text, walk

SORTS = frozenset({"sort", "toSorted"})
AS_NUMBERS = " as numbers"
COUNT_NOT = ", not "
# Methods whose result holds a different number of elements than their receiver: a count taken of
# the receiver is not the count of what they return.
NARROWING = frozenset({"filter", "flat", "flatMap", "slice", "splice", "concat"})
POWER_OF_TEN = re.compile(r"^10+$")
WRAPPED = frozenset({"return_statement", "variable_declarator", "assignment_expression", "arrow_function"})
PLAIN = frozenset({"identifier", "member_expression"})
FUNCTIONS = ("function_declaration", "function_expression", "arrow_function", "method_definition")


def numeric_sorts(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`xs.sort()` -> `xs.sort((a, b) => a - b)`: the default order is the strings' order."""
    for node in nodes:
        parts = method_call(node) if node.type == "call_expression" else None
        arguments = node.child_by_field_name("arguments") if parts is not None else None
        if arguments is None or node_text(parts[1]) not in SORTS or arguments.named_child_count:
            continue
        yield (
            replace_span(data, arguments.start_byte, arguments.end_byte, "((a, b) => a - b)"),
            f"sort {node_text(parts[0])[:40]}{AS_NUMBERS}",
        )


def is_numeric_sort(description: str) -> bool:
    return description.startswith("sort ") and description.endswith(AS_NUMBERS)


def is_derived_count(description: str) -> bool:
    """`derived_lengths`' edits go first (logic.goes_first): over every source line of the 118
    development projects' fixed code the shape occurs on 3 lines only, so where it occurs on a
    suspicious line it is evidence, as the units family's is (round 26)."""
    return description.startswith("count ") and COUNT_NOT in description


def derived_lengths(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`source.length` -> `derived.length` for a local declared before the line as a narrowing call on
    `source` (`const held = source.filter(...)`, `const arrows = source.flat()`)."""
    for node in nodes:
        if node.type != "member_expression" or node_text(node.child_by_field_name("property")) != "length":
            continue
        source = node.child_by_field_name("object")
        if source is None:
            continue
        for name in _derived_from(node, node_text(source)):
            yield (
                replace_span(data, source.start_byte, source.end_byte, name),
                f"count {name}{COUNT_NOT}{node_text(source)[:40]}",
            )


def _derived_from(use, source: str) -> list[str]:
    function = use.parent
    while function is not None and function.type not in FUNCTIONS:
        function = function.parent
    if function is None:
        return []
    names = []
    for declarator in walk(function):
        if declarator.type != "variable_declarator" or declarator.start_byte >= use.start_byte:
            continue
        name, value = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
        if name is None or name.type != "identifier" or value is None or node_text(name) == source:
            continue
        if _narrows(value, source) and node_text(name) not in names:
            names.append(node_text(name))
    return names[:3]


def _narrows(value, source: str) -> bool:
    """Whether a chain of calls that starts on `source` calls a narrowing method somewhere."""
    current, narrowing = value, False
    while current is not None and current.type == "call_expression":
        parts = method_call(current)
        if parts is None:
            return False
        narrowing = narrowing or node_text(parts[1]) in NARROWING
        current = parts[0]
    return narrowing and current is not None and node_text(current) == source


def magnitudes(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """A power of ten (10, 100, 1000, ...) with one zero more, then one fewer."""
    for node in nodes:
        value = node_text(node)
        if node.type != "number" or not POWER_OF_TEN.match(value):
            continue
        for new in (value + "0", value[:-1] if len(value) > 2 else ""):
            if new:
                yield replace_span(data, node.start_byte, node.end_byte, new), f"use {new} instead of {value}"


def wraps(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`a - b + K` as a whole value -> `(a - b + K) % K`, for a constant or name K added last."""
    for node in nodes:
        if node.type != "binary_expression" or node_text(node.child_by_field_name("operator")) not in (
            "+",
            "-",
        ):
            continue
        parent = node.parent
        if parent is None or parent.type not in WRAPPED or "%" in node_text(node):
            continue
        modulus = node.child_by_field_name("right")
        if modulus is None or modulus.type not in ("number", *PLAIN):
            continue
        yield (
            replace_span(data, node.start_byte, node.end_byte, f"({node_text(node)}) % {node_text(modulus)}"),
            f"wrap {node_text(node)[:40]} back below {node_text(modulus)[:30]}",
        )


def doubled_terms(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`a + m` -> `a + 2 * m`: a named term (not a literal, not a call) counted on both sides."""
    for node in nodes:
        if node.type != "binary_expression" or node_text(node.child_by_field_name("operator")) not in (
            "+",
            "-",
        ):
            continue
        term = node.child_by_field_name("right")
        if term is None or term.type not in PLAIN:
            continue
        yield (
            replace_span(data, term.start_byte, term.end_byte, f"2 * {node_text(term)}"),
            f"count {node_text(term)[:40]} twice",
        )
