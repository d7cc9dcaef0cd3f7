"""LOGIC families drawn from JavaScript's built-ins (round 28), kept apart from `logic.py`'s.

Each comes from the language's own semantics or from the repair literature's method-replacement
templates, never from one project's names:

- `builtin_siblings`: a built-in method replaced by a sibling of the same prototype, the same
  declared arity (the spec's `length` property) and a name one or two letters away (`slice` /
  `splice`), and a Date accessor replaced by the same accessor of another unit, its getter inside the
  setter's argument moved with it (`d.setUTCDate(d.getUTCDate() + n)` -> `setUTCMonth(getUTCMonth())`).
  TBar's "mutate method invocation" and PraPR's method-name mutator, with the siblings derived from
  the built-ins' property lists by shape instead of listed by hand (`logic.SIBLINGS` keeps the pairs
  that differ by meaning, such as `some` / `every`).
- `used_for_each`: `forEach` always returns undefined (ECMAScript 23.1.3.15), so a program that uses
  its value meant `map`, the method of the same callback signature that returns one.
- `enumerated_literals`: a string compared with a value whose domain the language fixes, outside that
  domain: `typeof x === 'array'` (the eight typeof results), and an allSettled result's
  `status === 'resolved'` (ECMAScript's two settled statuses, 'fulfilled' and 'rejected'), replaced by
  the members of the domain, the nearest spelling first.
- `shared_fills`: `new Array(n).fill([])` puts one and the same array (object, Map, Set) in every
  slot, so a push into one slot shows in all of them; `Array.from({ length: n }, () => [])` makes one
  per slot (the JS form of Python's `[[]] * n` aliasing bug).

- `summed_keys`: `Object.keys(o).reduce((s, k) => s + k, 0)` adds the keys, which are always strings
  (ECMAScript's OwnPropertyKeys), so a number start concatenates them: `Object.values` was meant.
- `self_comparisons`: `a.x === a.x` is always true (false for `!==`; ESLint's no-self-compare), so one
  side meant another binding of the function: its root name replaced by each other parameter, then
  each other local declared before it (PraPR's / ssFix's "replace a variable by another in scope",
  restricted to the one operand that makes the comparison mean something).

`used_for_each`, `enumerated_literals`, `shared_fills`, `summed_keys` and `self_comparisons` are wrong by the language's own contract
wherever they match, so their edits go first (`is_contract_fix`, read by `logic.goes_first`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from healer.engine.javascript.fixers.base import replace_nodes, replace_span
from healer.engine.javascript.syntax import method_call, node_text, walk

# The methods of Array.prototype and String.prototype with their `length` (declared arity), as
# ECMAScript 2023 lists them: only the fallback where no table of the project's own Node is at hand
# (offline, in unit tests). In a run the siblings come from the sandbox Node's own prototypes
# (`fixers.builtins.BUILTINS_SCRIPT`, passed in as `table`), so they follow the Node the project runs on.
ARRAY_METHODS = {
    "at": 1, "concat": 1, "copyWithin": 2, "entries": 0, "every": 1, "fill": 1, "filter": 1, "find": 1,
    "findIndex": 1, "findLast": 1, "findLastIndex": 1, "flat": 0, "flatMap": 1, "forEach": 1,
    "includes": 1, "indexOf": 1, "join": 1, "keys": 0, "lastIndexOf": 1, "map": 1, "pop": 0, "push": 1,
    "reduce": 1, "reduceRight": 1, "reverse": 0, "shift": 0, "slice": 2, "some": 1, "sort": 1,
    "splice": 2, "toReversed": 0, "toSorted": 1, "toSpliced": 2, "unshift": 1, "values": 0, "with": 2,
}  # fmt: skip
STRING_METHODS = {
    "at": 1, "charAt": 1, "charCodeAt": 1, "codePointAt": 1, "concat": 1, "endsWith": 1, "includes": 1,
    "indexOf": 1, "lastIndexOf": 1, "localeCompare": 1, "match": 1, "matchAll": 1, "normalize": 0,
    "padEnd": 1, "padStart": 1, "repeat": 1, "replace": 2, "replaceAll": 2, "search": 1, "slice": 2,
    "split": 2, "startsWith": 1, "substring": 2, "toLowerCase": 0, "toUpperCase": 0, "trim": 0,
    "trimEnd": 0, "trimStart": 0,
}  # fmt: skip
PROTOTYPES = (ARRAY_METHODS, STRING_METHODS)
# The globals whose prototypes hold the sibling sets, read from the runtime table when there is one.
PROTOTYPE_GLOBALS = ("Array", "String")
# Prototype members that are no method a call site picks by meaning (the constructor back-link).
NOT_SIBLINGS = frozenset({"constructor"})
# Global -> side ("static"/"prototype") -> member -> arity (None: not a method), as builtins_parse reads it.
Table = Mapping[str, Mapping[str, Mapping[str, int | None]]]
NEAR = 2  # letters two sibling names may differ by (Levenshtein)
SHORTEST = 4  # names shorter than this are too alike by chance (`at`, `map`)
# Date.prototype's accessors are get/set + optional UTC + a unit: the units are the sibling set.
DATE_UNITS = ("FullYear", "Month", "Date", "Hours", "Minutes", "Seconds", "Milliseconds")
DATE_ACCESSOR = re.compile(r"^(get|set)(UTC)?(" + "|".join(DATE_UNITS) + r")$")
# typeof's results (ECMAScript 13.5.3) and Promise.allSettled's statuses (27.2.4.2).
TYPEOF_RESULTS = ("undefined", "object", "boolean", "number", "bigint", "string", "symbol", "function")
SETTLED_STATUSES = ("fulfilled", "rejected")
EQUALITIES = frozenset({"===", "!==", "==", "!="})
OUTSIDE_DOMAIN = ", the value the language uses"
ONE_PER_SLOT = " for each slot, not one shared"
RETURNS_VALUE = ", whose result is undefined"
KEYS_ARE_STRINGS = ", whose keys are strings"
NOT_ITSELF = ", not with itself"
NUMBER_STARTS = frozenset({"number", "unary_expression"})
FUNCTIONS = ("function_declaration", "function_expression", "arrow_function", "method_definition")
OTHER_NAMES = 6
MUTABLE = frozenset({"array", "object"})
MUTABLE_CONSTRUCTORS = frozenset({"Array", "Object", "Map", "Set", "WeakMap", "WeakSet"})


def is_contract_fix(description: str) -> bool:
    """Edits wrong by the language's contract wherever they match: tried first (logic.goes_first)."""
    return description.endswith((OUTSIDE_DOMAIN, ONE_PER_SLOT, RETURNS_VALUE, KEYS_ARE_STRINGS, NOT_ITSELF))


def distance(a: str, b: str) -> int:
    """Levenshtein distance."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        current = [i]
        for j, y in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        previous = current
    return previous[-1]


def prototypes(table: Table | None) -> tuple[Mapping[str, int], ...]:
    """The methods (name -> declared arity) of Array.prototype and String.prototype: the runtime's own
    when its table lists them, the static ECMAScript 2023 lists otherwise."""
    if not table:
        return PROTOTYPES
    found = []
    for name, fallback in zip(PROTOTYPE_GLOBALS, PROTOTYPES, strict=True):
        members = (table.get(name) or {}).get("prototype") or {}
        methods = {k: v for k, v in members.items() if isinstance(v, int) and k not in NOT_SIBLINGS}
        found.append(methods or fallback)
    return tuple(found)


def method_siblings(name: str, *, table: Table | None = None) -> list[str]:
    """Built-in methods of a prototype that has `name`, with its arity and a name at most NEAR away."""
    found: list[str] = []
    for methods in prototypes(table):
        if name not in methods or len(name) < SHORTEST:
            continue
        for other, arity in methods.items():
            if (
                other != name
                and other not in found
                and arity == methods[name]
                and len(other) >= SHORTEST
                and distance(name, other) <= NEAR
            ):
                found.append(other)
    return found


def builtin_siblings(
    data: bytes, nodes, text, path, *, table: Table | None = None
) -> Iterator[tuple[str, str]]:
    """`xs.splice(0, n)` -> `xs.slice(0, n)`; `d.setDate(d.getDate() + n)` -> `d.setMonth(d.getMonth() + n)`."""
    for node in nodes:
        parts = method_call(node)
        if parts is None:
            continue
        prop = parts[1]
        name = node_text(prop)
        accessor = DATE_ACCESSOR.match(name)
        if accessor is not None:
            yield from _date_units(data, node, accessor)
            continue
        for new in method_siblings(name, table=table):
            yield replace_span(data, prop.start_byte, prop.end_byte, new), f"call '{new}' instead of '{name}'"


def _date_units(data: bytes, call, accessor: re.Match) -> Iterator[tuple[str, str]]:
    """The accessor with each other unit; a setter's getters of the same unit in its arguments too."""
    kind, utc, unit = accessor.group(1), accessor.group(2) or "", accessor.group(3)
    prop = method_call(call)[1]
    arguments = call.child_by_field_name("arguments")
    getter = f"get{utc}{unit}"
    inner = []
    if kind == "set" and arguments is not None:
        inner = [
            parts[1]
            for parts in (method_call(n) for n in walk(arguments))
            if parts is not None and node_text(parts[1]) == getter
        ]
    # The neighbouring units first (a day for a month, an hour for a minute): the nearer slip.
    here = DATE_UNITS.index(unit)
    for other in sorted((u for u in DATE_UNITS if u != unit), key=lambda u: abs(DATE_UNITS.index(u) - here)):
        renamed = {span: f"{node_text(span)[:3]}{utc}{other}" for span in (prop, *inner)}
        yield replace_nodes(data, renamed), f"call '{kind}{utc}{other}' instead of '{kind}{utc}{unit}'"


def used_for_each(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`const ys = xs.forEach(f)` -> `xs.map(f)`: forEach's value is always undefined."""
    for node in nodes:
        parts = method_call(node)
        if parts is None or node_text(parts[1]) != "forEach":
            continue
        parent = node.parent
        if parent is None or parent.type in ("expression_statement", "sequence_expression"):
            continue
        if parent.type == "arrow_function" and parent.child_by_field_name("body") == node:
            continue  # `(x) => xs.forEach(f)`: an arrow's body, whose value is often unread
        prop = parts[1]
        for method in PREDICATE_METHODS if _predicate(node) else VALUE_METHODS:
            yield (
                replace_span(data, prop.start_byte, prop.end_byte, method),
                f"call '{method}' instead of 'forEach'{RETURNS_VALUE}",
            )


# The iteration methods that return what forEach's caller reads (ECMA-262 Array.prototype): a callback
# that answers yes or no was meant for a quantifier or a search, any other for a mapping.
PREDICATE_METHODS = ("some", "every", "find", "filter", "map")
VALUE_METHODS = ("map", "filter", "some", "every")
BOOLEAN_OPERATORS = frozenset(
    {"===", "!==", "==", "!=", "<", "<=", ">", ">=", "&&", "||", "!", "in", "instanceof"}
)
BOOLEAN_METHODS = frozenset({"has", "includes", "test", "startsWith", "endsWith", "some", "every", "isArray"})


def _predicate(call) -> bool:
    """The first argument of `call` is an arrow whose returned expression is a yes-or-no answer."""
    arguments = call.child_by_field_name("arguments")
    callback = arguments.named_children[0] if arguments is not None and arguments.named_children else None
    if callback is None or callback.type != "arrow_function":
        return False
    body = callback.child_by_field_name("body")
    if body is not None and body.type == "statement_block":
        returned = [n for n in body.named_children if n.type == "return_statement"]
        body = returned[-1].named_children[0] if returned and returned[-1].named_children else None
    if body is None:
        return False
    if body.type in ("binary_expression", "unary_expression"):
        operator = body.child_by_field_name("operator")
        return operator is not None and node_text(operator) in BOOLEAN_OPERATORS
    parts = method_call(body)
    return parts is not None and node_text(parts[1]) in BOOLEAN_METHODS


def enumerated_literals(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`typeof x === 'array'` / `result.status === 'resolved'` -> the domain's members, nearest first."""
    settled = "allSettled" in text
    for node in nodes:
        if (
            node.type != "binary_expression"
            or node_text(node.child_by_field_name("operator")) not in EQUALITIES
        ):
            continue
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        for subject, literal in ((left, right), (right, left)):
            if subject is None or literal is None or literal.type != "string":
                continue
            domain = _domain(subject, settled=settled)
            value = node_text(literal)[1:-1]
            if not domain or value in domain:
                continue
            quote = node_text(literal)[0]
            for member in sorted(domain, key=lambda m: distance(m, value)):
                yield (
                    replace_span(data, literal.start_byte, literal.end_byte, f"{quote}{member}{quote}"),
                    f"compare with '{member}' instead of '{value}'{OUTSIDE_DOMAIN}",
                )


def _domain(subject, *, settled: bool) -> tuple[str, ...]:
    if subject.type == "unary_expression" and node_text(subject).startswith("typeof"):
        return TYPEOF_RESULTS
    if (
        settled
        and subject.type == "member_expression"
        and node_text(subject.child_by_field_name("property")) == "status"
    ):
        return SETTLED_STATUSES
    return ()


def shared_fills(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`new Array(n).fill([])` -> `Array.from({ length: n }, () => [])`."""
    for node in nodes:
        parts = method_call(node)
        if parts is None or node_text(parts[1]) != "fill":
            continue
        arguments = node.child_by_field_name("arguments")
        if arguments is None or arguments.named_child_count != 1:
            continue
        value = arguments.named_children[0]
        size = _array_size(parts[0])
        if size is None or not _mutable(value):
            continue
        body = node_text(value)
        if value.type == "object":
            body = f"({body})"  # an arrow returning an object literal needs the parentheses
        yield (
            replace_span(
                data, node.start_byte, node.end_byte, f"Array.from({{ length: {size} }}, () => {body})"
            ),
            f"make a new {node_text(value)[:30]}{ONE_PER_SLOT}",
        )


def _array_size(receiver) -> str | None:
    """`n` of `new Array(n)` / `Array(n)` with one argument; None for anything else."""
    if receiver.type not in ("new_expression", "call_expression"):
        return None
    callee = receiver.child_by_field_name("constructor") or receiver.child_by_field_name("function")
    arguments = receiver.child_by_field_name("arguments")
    if (
        callee is None
        or node_text(callee) != "Array"
        or arguments is None
        or arguments.named_child_count != 1
    ):
        return None
    return node_text(arguments.named_children[0])


def _mutable(value) -> bool:
    if value.type in MUTABLE:
        return True
    callee = value.child_by_field_name("constructor") if value.type == "new_expression" else None
    return callee is not None and node_text(callee) in MUTABLE_CONSTRUCTORS


def summed_keys(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`Object.keys(o).reduce(f, 0)` -> `Object.values(o).reduce(f, 0)`: keys are strings."""
    for node in nodes:
        parts = method_call(node)
        if parts is None or node_text(parts[1]) not in ("reduce", "reduceRight"):
            continue
        arguments = node.child_by_field_name("arguments")
        if arguments is None or arguments.named_child_count != 2:
            continue
        if arguments.named_children[1].type not in NUMBER_STARTS:
            continue
        source = method_call(parts[0])
        if source is None or node_text(source[0]) != "Object" or node_text(source[1]) != "keys":
            continue
        yield (
            replace_span(data, source[1].start_byte, source[1].end_byte, "values"),
            f"add up Object.values, not Object.keys{KEYS_ARE_STRINGS}",
        )


def self_comparisons(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`a.x === a.x` -> `b.x === a.x` / `a.x === b.x` for each other binding `b` of the function."""
    for node in nodes:
        if node.type != "binary_expression":
            continue
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None or node_text(left) != node_text(right):
            continue
        if node_text(node.child_by_field_name("operator")) not in EQUALITIES | {"<", "<=", ">", ">=", "-"}:
            continue
        for side in (right, left):
            root = _root_name(side)
            if root is None:
                continue
            for name in _other_bindings(node, node_text(root)):
                yield (
                    replace_span(data, root.start_byte, root.end_byte, name),
                    f"compare with {name}{NOT_ITSELF}",
                )


def _root_name(node):
    """The identifier a member chain starts from (`a` of `a.b.c`), or the identifier itself."""
    while node is not None and node.type in ("member_expression", "subscript_expression"):
        node = node.child_by_field_name("object")
    return node if node is not None and node.type == "identifier" else None


def _other_bindings(use, name: str) -> list[str]:
    """The enclosing function's parameters, then its locals declared before `use`, but `name`."""
    function = use.parent
    while function is not None and function.type not in FUNCTIONS:
        function = function.parent
    if function is None:
        return []
    found: list[str] = []
    parameters = function.child_by_field_name("parameters") or function.child_by_field_name("parameter")
    declared = [n for n in walk(parameters) if n.type == "identifier"] if parameters is not None else []
    declared += [
        d.child_by_field_name("name")
        for d in walk(function)
        if d.type == "variable_declarator" and d.start_byte < use.start_byte
    ]
    for identifier in declared:
        if identifier is None or identifier.type != "identifier":
            continue
        other = node_text(identifier)
        if other != name and other not in found:
            found.append(other)
    return found[:OTHER_NAMES]
