"""LOGIC families from built-ins used against their own contract (round 30), kept apart from `logic.py`'s.

The fourteenth npm held-out part was written away from every shape the LOGIC search was built from;
its misses were JavaScript's classic semantic traps, each a rule of the language, not of a project:

- `in_arrays`: `x in xs` for an array `xs` asks whether `xs` has a *property* named `x` (an index or
  'length', ECMAScript 13.10.1 HasProperty), never whether it holds `x`: `xs.includes(x)` was meant.
- `index_truths`: `xs.indexOf(x)` read as a condition is -1 (truthy) when `x` is absent and 0 (falsy)
  when it is first: `xs.includes(x)` was meant (ESLint's unicorn/prefer-includes; PraPR's method-name
  mutator with the sibling the contract names).
- `radix_maps`: `xs.map(parseInt)` passes each element's index as parseInt's radix ('4' in base 1 is
  NaN): `map(Number)` or a one-argument arrow was meant (the best-known callback-arity trap).
- `negative_indices`: `xs[-1]` reads the property '-1', which no array has: `xs[xs.length - 1]` (or
  `xs.at(-1)`) was meant, Python's negative index carried into JavaScript.
- `numeric_parts`: the parts of `s.split(sep)` destructured and then added, compared or scaled stay
  strings (`'1' + '9'` is '19'): `.split(sep).map(Number)`. TBar's "mutate method invocation" appending
  the conversion the data flow asks for.
- `rounded_results`: `Math.ceil(a) / b` rounds the operand, not the result: the closing parenthesis moved
  over the next term, `Math.ceil(a / b)` (a misplaced parenthesis: Defects4J's "expression modification",
  TBar's "mutate expression" on the call's argument).
- `zero_based_months`: `Date.UTC(y, m, d)` / `new Date(y, m, d)` read the month from 0 (ECMAScript's
  MakeDay), so a written month 1-12 lands a month late: `m - 1` (TBar's "mutate integer expression" by one,
  placed at the one argument whose base the language fixes).

`in_arrays`, `index_truths`, `radix_maps` and `negative_indices` are wrong by the contract wherever they
match, so their edits go first (`is_contract_fix`, read by `logic.goes_first`); the other three are
plain mutations in the per-family order of `logic_candidates`.

`line_calls` gives a family the calls of a line that a chain began on an earlier one (`.sort(...)` on
its own line under `xs`): tree-sitter starts such a call at its receiver, so a family that reads only
the nodes starting on the line never saw them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from healer.engine.javascript.fixers.base import replace_span
from healer.engine.javascript.syntax import method_call, node_text, walk

READS_KEYS = " (the in operator reads an array's keys)"
MINUS_ONE_IS_TRUE = ", whose -1 is truthy"
INDEX_AS_RADIX = ", which passes the index as the radix"
NO_NEGATIVE_INDEX = " (an array has no negative index)"
# A month and day read from text ('2026-07-14'.split('-')) are written 1-12 and 1-31; given bare to a
# 0-based month API they are a month late whatever the project (round 31: the value's provenance, not
# the spectrum, localises it).
MONTH_AS_WRITTEN = " (the text writes months 1-12)"
CONTRACT_SUFFIXES = (READS_KEYS, MINUS_ONE_IS_TRUE, INDEX_AS_RADIX, NO_NEGATIVE_INDEX, MONTH_AS_WRITTEN)
PLAIN = frozenset({"identifier", "member_expression", "this"})
# Where a value is read only for its truth: the test of a conditional, a loop, a logical operand.
CONDITION_PARENTS = frozenset({"if_statement", "while_statement", "do_statement", "for_statement"})
LOGICAL = frozenset({"&&", "||"})
PARSERS = frozenset({"parseInt", "Number.parseInt"})
# Operators under which a string part behaves unlike its number: `+` joins, the relations compare text.
STRING_SENSITIVE = frozenset({"+", "<", "<=", ">", ">=", "+="})
ROUNDINGS = frozenset({"Math.floor", "Math.ceil", "Math.round", "Math.trunc"})
MOVED_OPERATORS = frozenset({"/", "*", "+", "-"})
MONTH_CALLS = frozenset({"Date.UTC", "Date"})
DECLARATIONS = frozenset({"variable_declarator", "required_parameter", "optional_parameter"})
# `string[]`, `readonly Song[]`, `Array<T>`, `ReadonlyArray<T>`: a TypeScript annotation that makes a name an array.
ARRAY_TYPE = re.compile(r"^(readonly\s+)?[\w.$]+(<.*>)?\[\]$|^(Readonly)?Array<")
FUNCTIONS = ("function_declaration", "function_expression", "arrow_function", "method_definition", "program")


def is_contract_fix(description: str) -> bool:
    """Edits wrong by the language's contract wherever they match: tried first (logic.goes_first)."""
    return description.endswith(CONTRACT_SUFFIXES)


def line_calls(nodes) -> list:
    """The calls of a line: those starting on it, and those whose method name is on it though the
    chain they close began on an earlier line (`xs\\n  .map(f)\\n  .sort(g)`)."""
    calls = [n for n in nodes if n.type == "call_expression"]
    for node in nodes:
        member = node.parent if node.type == "property_identifier" else None
        call = member.parent if member is not None and member.type == "member_expression" else None
        if call is not None and call.type == "call_expression" and call not in calls:
            calls.append(call)
    return calls


def in_arrays(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`x in xs` -> `xs.includes(x)` where `xs` is an array literal or a name bound to one."""
    for node in nodes:
        if node.type != "binary_expression" or node_text(node.child_by_field_name("operator")) != "in":
            continue
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None or not _is_array(right):
            continue
        receiver = node_text(right) if right.type in PLAIN else f"({node_text(right)})"
        yield (
            replace_span(data, node.start_byte, node.end_byte, f"{receiver}.includes({node_text(left)})"),
            f"ask whether {node_text(right)[:30]} holds the value{READS_KEYS}",
        )


def _is_array(node) -> bool:
    if node.type == "array":
        return True
    if node.type != "identifier":
        return False
    name = node_text(node)
    root = node
    while root.parent is not None:
        root = root.parent
    return any(_declares_array(n, name) for n in walk(root))


def _declares_array(node, name: str) -> bool:
    """A declaration of `name` whose value is an array literal, or whose TypeScript type is an array."""
    if node.type not in DECLARATIONS:
        return False
    bound = node.child_by_field_name("name") or node.child_by_field_name("pattern")
    if bound is None or node_text(bound) != name:
        return False
    value, written = node.child_by_field_name("value"), node.child_by_field_name("type")
    if value is not None and value.type == "array":
        return True
    return written is not None and ARRAY_TYPE.match(node_text(written).lstrip(":").strip()) is not None


def index_truths(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`if (xs.indexOf(x))` -> `if (xs.includes(x))`: a position read as a truth value."""
    for call in line_calls(nodes):
        parts = method_call(call)
        if parts is None or node_text(parts[1]) != "indexOf" or not read_as_truth(call):
            continue
        yield (
            replace_span(data, parts[1].start_byte, parts[1].end_byte, "includes"),
            f"call 'includes' instead of 'indexOf'{MINUS_ONE_IS_TRUE}",
        )


def read_as_truth(node, logical=LOGICAL) -> bool:
    """`node` is (part of) a condition: a statement's or a ternary's test, or an operand of an operator
    of `logical` (weaker_programs also counts `!`)."""
    parent = node.parent
    while parent is not None and parent.type == "parenthesized_expression":
        node, parent = parent, parent.parent
    if parent is None:
        return False
    if parent.type in CONDITION_PARENTS:
        return parent.child_by_field_name("condition") == node
    if parent.type == "ternary_expression":
        return parent.child_by_field_name("condition") == node
    if parent.type in ("binary_expression", "unary_expression"):
        operator = parent.child_by_field_name("operator")
        return operator is not None and node_text(operator) in logical
    return False


def radix_maps(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`xs.map(parseInt)` -> `xs.map(Number)`, then `xs.map((s) => parseInt(s, 10))`."""
    for call in line_calls(nodes):
        parts = method_call(call)
        arguments = call.child_by_field_name("arguments")
        if parts is None or node_text(parts[1]) != "map" or arguments is None:
            continue
        if arguments.named_child_count != 1 or node_text(arguments.named_children[0]) not in PARSERS:
            continue
        callback = arguments.named_children[0]
        for new in ("Number", f"(part) => {node_text(callback)}(part, 10)"):
            yield (
                replace_span(data, callback.start_byte, callback.end_byte, new),
                f"map with {new}, not {node_text(callback)}{INDEX_AS_RADIX}",
            )


def negative_indices(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`xs[-n]` -> `xs[xs.length - n]`, then `xs.at(-n)` where the value is only read."""
    for node in nodes:
        if node.type != "subscript_expression":
            continue
        receiver, index = node.child_by_field_name("object"), node.child_by_field_name("index")
        if receiver is None or index is None or receiver.type not in PLAIN:
            continue
        if index.type != "unary_expression" or not node_text(index).startswith("-"):
            continue
        argument = index.child_by_field_name("argument")
        if argument is None or argument.type != "number":
            continue
        owner, count = node_text(receiver), node_text(argument)
        yield (
            replace_span(data, index.start_byte, index.end_byte, f"{owner}.length - {count}"),
            f"index {owner[:30]} from its end{NO_NEGATIVE_INDEX}",
        )
        parent = node.parent
        written = parent is not None and parent.type in (
            "assignment_expression",
            "augmented_assignment_expression",
        )
        if not (written and parent.child_by_field_name("left") == node):
            yield (
                replace_span(data, node.start_byte, node.end_byte, f"{owner}.at(-{count})"),
                f"read {owner[:30]}.at(-{count}){NO_NEGATIVE_INDEX}",
            )


def numeric_parts(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`const [a, b] = s.split(sep)` -> `s.split(sep).map(Number)` where a part is later added or
    compared (a string there joins or compares as text)."""
    for node in nodes:
        if node.type != "variable_declarator":
            continue
        pattern, value = node.child_by_field_name("name"), node.child_by_field_name("value")
        parts = method_call(value) if value is not None else None
        if (
            pattern is None
            or pattern.type != "array_pattern"
            or parts is None
            or node_text(parts[1]) != "split"
        ):
            continue
        names = {
            node_text(n)
            for n in walk(pattern)
            if n.type in ("identifier", "shorthand_property_identifier_pattern")
        }
        if not _used_as_numbers(_scope(node), names, after=node.end_byte):
            continue
        yield (
            replace_span(data, value.end_byte, value.end_byte, ".map(Number)"),
            "turn the parts into numbers: .map(Number)",
        )


def _scope(node):
    current = node.parent
    while current is not None and current.type not in FUNCTIONS:
        current = current.parent
    return current if current is not None else node


def _used_as_numbers(scope, names: set[str], *, after: int) -> bool:
    for node in walk(scope):
        if node.start_byte < after or node.type not in (
            "binary_expression",
            "augmented_assignment_expression",
        ):
            continue
        if node_text(node.child_by_field_name("operator")) not in STRING_SENSITIVE:
            continue
        sides = (node.child_by_field_name("left"), node.child_by_field_name("right"))
        if any(side is not None and side.type == "identifier" and node_text(side) in names for side in sides):
            return True
    return False


def rounded_results(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`Math.ceil(a) / b` -> `Math.ceil(a / b)`: the rounding moved out over the next term."""
    for node in nodes:
        if node.type != "binary_expression":
            continue
        operator = node_text(node.child_by_field_name("operator"))
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if operator not in MOVED_OPERATORS or left is None or right is None or left.type != "call_expression":
            continue
        callee, arguments = left.child_by_field_name("function"), left.child_by_field_name("arguments")
        if callee is None or node_text(callee) not in ROUNDINGS or arguments is None:
            continue
        if arguments.named_child_count != 1:
            continue
        inner = node_text(arguments.named_children[0])
        yield (
            replace_span(
                data,
                node.start_byte,
                node.end_byte,
                f"{node_text(callee)}({inner} {operator} {node_text(right)})",
            ),
            f"round the result of '{operator}', not its operand",
        )


def zero_based_months(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`Date.UTC(y, m, d)` / `new Date(y, m, d)` -> the month argument `m - 1` (then `m + 1`)."""
    for node in nodes:
        if node.type not in ("call_expression", "new_expression"):
            continue
        callee = node.child_by_field_name("function") or node.child_by_field_name("constructor")
        arguments = node.child_by_field_name("arguments")
        if callee is None or node_text(callee) not in MONTH_CALLS or arguments is None:
            continue
        if node_text(callee) == "Date" and node.type != "new_expression":
            continue  # `Date(...)` without new ignores its arguments and returns a string
        if arguments.named_child_count < 2:
            continue
        month = arguments.named_children[1]
        if month.type == "number":
            continue  # a written constant is already in the base its writer meant
        shifted = _shifted_by_one(month)
        if shifted is not None:
            # Already shifted: the shift is the slip (the base was 0 already, or the other way round).
            yield (
                replace_span(data, month.start_byte, month.end_byte, shifted),
                f"count the month as written: {shifted[:30]}",
            )
            continue
        value = (
            node_text(month)
            if month.type in PLAIN or month.type == "call_expression"
            else f"({node_text(month)})"
        )
        # The day read from the same text too: a date as written, day for day. A constant day is the
        # end-of-month idiom (`Date.UTC(y, m, 1)` for 'MM/YYYY': the first of the next month).
        day = arguments.named_children[2] if arguments.named_child_count > 2 else None
        written = all(
            part is not None and part.type == "identifier" and _split_from_text(part) for part in (month, day)
        )
        for step in ("- 1", "+ 1"):
            yield (
                replace_span(data, month.start_byte, month.end_byte, f"{value} {step}"),
                f"count the month from 0: {value[:30]} {step}"
                + (MONTH_AS_WRITTEN if written and step == "- 1" else ""),
            )


def _shifted_by_one(node) -> str | None:
    """`x` of `x - 1` / `x + 1`; None for anything else."""
    if node.type != "binary_expression" or node_text(node.child_by_field_name("operator")) not in ("-", "+"):
        return None
    left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
    return node_text(left) if left is not None and right is not None and node_text(right) == "1" else None


def _split_from_text(name_node) -> bool:
    """`name` is bound by destructuring the parts of a split string (`const [y, m, d] =
    s.split('-')`, optionally `.map(Number)`) in the scope where it is read."""
    name = node_text(name_node)
    for node in walk(_scope(name_node)):
        if node.type != "variable_declarator" or node.start_byte > name_node.start_byte:
            continue
        pattern, value = node.child_by_field_name("name"), node.child_by_field_name("value")
        if pattern is None or value is None or pattern.type != "array_pattern":
            continue
        if name not in {node_text(n) for n in pattern.named_children}:
            continue
        parts = method_call(value)
        while parts is not None and node_text(parts[1]) == "map":
            parts = method_call(parts[0])
        if parts is not None and node_text(parts[1]) == "split":
            return True
    return False
