"""LOGIC mutation families of round 39: scope, update and numeric-kind slips on one line.

Each is a mutation operator of the repair literature or a rule of JavaScript's own semantics, not a
shape of one project:

- `prefix_updates`: `x++` where the expression's value is used (`return x++`, `y = x++`): the
  postfix gives the value before the update. The increment/decrement position mutation of Major and
  PIT (`INCREMENTS`), the one `logic._operators`' `++`/`--` swap does not make.
- `shadowed_declarations`: `let best = night;` in a nested block of a function that already declares
  `best` in an enclosing block, the inner binding never read again: a dead store that only makes
  sense as an assignment to the outer variable. The "variable shadowing" bug pattern of
  ESLint's no-shadow / FindBugs' dead-local-store, repaired by dropping the declaration keyword.
- `index_divisions`: a quotient a subscript then reads as an index (`const mid = (lo + hi) / 2;
  ... a[mid]`): JavaScript's `/` never divides integers, so it is rounded down (`Math.floor`).
  TBar's "wrap with a method call", restricted to the donor the data flow names.
- `switch_coercions`: `switch (x)` whose case labels are all numbers (or all strings) compares with
  `===`, so a value of the other kind matches none: `switch (Number(x))` / `switch (String(x))`.
  The same never-equal rule as `logic_semantics.never_equal`, for the comparison a switch makes.
- `extreme_starts`: a running maximum started from `Number.MIN_VALUE`, the smallest POSITIVE number
  (ECMA-262 21.1.2.9), which no negative value beats: `-Infinity`.
- `whitespace_splits`: `split(' ')` leaves an empty string between two spaces in a row:
  `split(/\\s+/)`, TBar's "mutate method argument" to the separator every run of blanks matches.
- `helper_roundings`: an arithmetic result left unrounded where the same object, return or file
  rounds its neighbours with a helper of its own (`{ copper: bellKg - tin, tin }` with `tin =
  round1(...)`): wrap it in that helper; "bugs as deviant behaviour" (Engler et al., SOSP 2001).
- `epoch_seconds`: `new Date(n)` takes milliseconds; a value named as a point in time that is not
  named in milliseconds may be Unix seconds: `new Date(n * 1000)`. Tried late (the name is weak
  evidence).

Each yields at most a couple of edits per node.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from healer.engine.javascript.fixers.base import replace_span
from healer.engine.javascript.syntax import FUNCTION_TYPES as FUNCTIONS
from healer.engine.javascript.syntax import declarator_names, method_call, node_text, walk

# Tried before the other edits of equally suspicious lines (logic.goes_first): wrong by the
# language's contract wherever the shape matches (a dead shadowing store, a positive "minimum").
BY_SCOPE = " (the inner declaration is never read)"
NEVER_MATCHES = " (every case label is of another type)"
NOT_POSITIVE = " (Number.MIN_VALUE is the smallest positive number)"
INDEX_FLOOR = " (a quotient used as an index)"
# A switch over numbers fires on 13 of the dev cases' 874 fixed source files (its value was a number
# already): a plain alternative, not tried first. The three others fire on none of them.
CONTRACT_SUFFIXES = (BY_SCOPE, NOT_POSITIVE, INDEX_FLOOR)

BLOCKS = frozenset({"statement_block", "program", "class_body"})


def is_contract_fix(description: str) -> bool:
    return description.endswith(CONTRACT_SUFFIXES)


def prefix_updates(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    for node in nodes:
        if node.type != "update_expression" or node.parent is None:
            continue
        # The value of `x++;` or of a for loop's update is thrown away: the position changes nothing.
        if node.parent.type in ("expression_statement", "sequence_expression", "for_statement"):
            continue
        first, last = node.children[0], node.children[-1]
        if not first.is_named and node_text(first) in ("++", "--"):
            operator, operand = node_text(first), last
            new = f"{node_text(operand)}{operator}"
            what = f"update after reading: {new}"
        elif not last.is_named and node_text(last) in ("++", "--"):
            operator, operand = node_text(last), first
            new = f"{operator}{node_text(operand)}"
            what = f"update before reading: {new}"
        else:
            continue
        yield replace_span(data, node.start_byte, node.end_byte, new), what


def _function_of(node):
    current = node.parent
    while current is not None and current.type not in FUNCTIONS:
        current = current.parent
    return current


def _outer_declares(block, name: str, *, before: int, function) -> bool:
    """Whether a block enclosing `block` (within the same function, or the function's parameters)
    declares `name` before byte `before`."""
    current = block.parent
    while current is not None:
        if current.type in BLOCKS or current.type in FUNCTIONS:
            for child in current.named_children:
                if child.start_byte >= before:
                    break
                if child.type in ("lexical_declaration", "variable_declaration") and name in declarator_names(
                    child
                ):
                    return True
            if current.type in FUNCTIONS:
                parameters = current.child_by_field_name("parameters") or current.child_by_field_name(
                    "parameter"
                )
                return parameters is not None and any(
                    n.type == "identifier" and node_text(n) == name for n in walk(parameters)
                )
        if current == function:
            return False
        current = current.parent
    return False


def shadowed_declarations(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    for node in nodes:
        if node.type not in ("lexical_declaration", "variable_declaration") or node.parent is None:
            continue
        block = node.parent
        # A declaration at the function's own top level shadows nothing of its function.
        if block.type != "statement_block" or block.parent is None or block.parent.type in FUNCTIONS:
            continue
        if len(node.named_children) != 1:
            continue
        names = declarator_names(node)
        if len(names) != 1:
            continue
        (name,) = names
        function = _function_of(node)
        # Never read again in its block: the store is dead unless it was meant for the outer one.
        after = [
            n
            for n in walk(block)
            if n.start_byte >= node.end_byte and n.type == "identifier" and node_text(n) == name
        ]
        if after or not _outer_declares(block, name, before=node.start_byte, function=function):
            continue
        keyword = node.children[0]
        if node_text(keyword) not in ("let", "const", "var"):
            continue
        end = keyword.end_byte
        while data[end : end + 1] in (b" ", b"\t"):
            end += 1
        yield (
            replace_span(data, keyword.start_byte, end, ""),
            f"assign the outer {name} instead of declaring another{BY_SCOPE}",
        )


def index_divisions(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    for node in nodes:
        if node.type != "variable_declarator":
            continue
        name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
        if name is None or value is None or name.type != "identifier":
            continue
        inner = value
        while inner.type == "parenthesized_expression" and inner.named_child_count == 1:
            inner = inner.named_children[0]
        if inner.type != "binary_expression" or node_text(inner.child_by_field_name("operator")) != "/":
            continue
        scope = _function_of(node) or _root(node)
        indexed = any(
            n.type == "subscript_expression"
            and (index := n.child_by_field_name("index")) is not None
            and index.type == "identifier"
            and node_text(index) == node_text(name)
            for n in walk(scope)
        )
        if not indexed:
            continue
        yield (
            replace_span(data, value.start_byte, value.end_byte, f"Math.floor({node_text(inner)})"),
            f"round {node_text(name)} down with Math.floor{INDEX_FLOOR}",
        )


def _root(node):
    while node.parent is not None:
        node = node.parent
    return node


def switch_coercions(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    for node in nodes:
        if node.type != "switch_statement":
            continue
        value, body = node.child_by_field_name("value"), node.child_by_field_name("body")
        if value is None or body is None:
            continue
        labels = [c.child_by_field_name("value") for c in body.named_children if c.type == "switch_case"]
        kinds = {label.type for label in labels if label is not None}
        inner = value.named_children[0] if value.type == "parenthesized_expression" else value
        if kinds == {"number"}:
            convert = "Number"
        elif kinds == {"string"}:
            convert = "String"
        else:
            continue
        if inner.type in ("number", "string", "template_string"):
            continue
        yield (
            replace_span(data, inner.start_byte, inner.end_byte, f"{convert}({node_text(inner)})"),
            f"convert the switch's value with {convert}(){NEVER_MATCHES}",
        )


def extreme_starts(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    for node in nodes:
        if node.type == "member_expression" and node_text(node) == "Number.MIN_VALUE":
            yield (
                replace_span(data, node.start_byte, node.end_byte, "-Infinity"),
                f"start from -Infinity{NOT_POSITIVE}",
            )


def whitespace_splits(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    for node in nodes:
        parts = method_call(node)
        if parts is None or node_text(parts[1]) != "split":
            continue
        arguments = node.child_by_field_name("arguments")
        if arguments is None or arguments.named_child_count != 1:
            continue
        separator = arguments.named_children[0]
        if separator.type == "string" and node_text(separator)[1:-1] == " ":
            yield (
                replace_span(data, separator.start_byte, separator.end_byte, r"/\s+/"),
                "split at every run of white space",
            )


ROUNDING = re.compile(r"round|Round|fixed|Fixed")
ARITHMETIC = frozenset({"+", "-", "*", "/"})


def _rounding_helpers(root) -> list[str]:
    """The file's own functions whose name says they round, and Math.round if it calls it directly
    on a whole arithmetic expression elsewhere, most called first."""
    counts: dict[str, int] = {}
    for n in walk(root):
        if n.type != "call_expression":
            continue
        callee = n.child_by_field_name("function")
        if callee is not None and callee.type == "identifier" and ROUNDING.search(node_text(callee)):
            counts[node_text(callee)] = counts.get(node_text(callee), 0) + 1
    return sorted(counts, key=lambda name: -counts[name])


def helper_roundings(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    if not nodes:
        return
    helpers = _rounding_helpers(_root(nodes[0]))[:1]
    if not helpers:
        return
    for node in nodes:
        if (
            node.type != "binary_expression"
            or node_text(node.child_by_field_name("operator")) not in ARITHMETIC
        ):
            continue
        parent = node.parent
        # The whole value of a property, a return or a declarator: a part of a larger sum is not a result.
        if parent is None or parent.type not in (
            "pair",
            "return_statement",
            "variable_declarator",
            "arguments",
        ):
            continue
        if parent.type == "arguments" and parent.parent is not None:
            callee = parent.parent.child_by_field_name("function")
            if callee is not None and ROUNDING.search(node_text(callee)):
                continue
        for helper in helpers:
            yield (
                replace_span(data, node.start_byte, node.end_byte, f"{helper}({node_text(node)})"),
                f"round {node_text(node)} with {helper} as the file rounds its other results",
            )


TIME_NAME = re.compile(r"(At|Time|time|stamp|Stamp|epoch|Epoch|unix|Unix|seconds|Seconds|Secs?)$")
MILLIS_NAME = re.compile(r"[Mm]s$|[Mm]illi|MS$|[Ii]so|ISO|[Tt]ext|[Ss]tring|[Dd]ate$")


def epoch_seconds(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    for node in nodes:
        if node.type != "new_expression":
            continue
        constructor, arguments = (
            node.child_by_field_name("constructor"),
            node.child_by_field_name("arguments"),
        )
        if constructor is None or node_text(constructor) != "Date" or arguments is None:
            continue
        if arguments.named_child_count != 1:
            continue
        value = arguments.named_children[0]
        if value.type not in ("identifier", "member_expression"):
            continue
        last = node_text(value).rsplit(".", 1)[-1]
        if not TIME_NAME.search(last) or MILLIS_NAME.search(last):
            continue
        yield (
            replace_span(data, value.start_byte, value.end_byte, f"{node_text(value)} * 1000"),
            f"read {node_text(value)} as Unix seconds: Date takes milliseconds",
        )


FAMILIES = (shadowed_declarations, switch_coercions, extreme_starts, index_divisions)
LATE_FAMILIES = (prefix_updates, whitespace_splits, helper_roundings, epoch_seconds)
