"""LOGIC families from the documented semantics of JavaScript's built-ins (round 34).

Each family repairs a misreading of what a built-in or an operator is documented to do, wherever the
shape occurs, never a shape of one project (TBar's "mutate method invocation" and "mutate expression"
templates, instantiated by the ECMAScript specification's own definitions):

- `split_remainders`: `s.split(sep, n)[n - 1]` read as "the rest": split's limit drops the pieces
  past it (ECMAScript String.prototype.split step "if lengthA = lim, return A"); the rest is
  `s.split(sep).slice(n - 1).join(sep)`.
- `flat_depths`: `.flat()` flattens one level (its depth defaults to 1); a list of lists of lists
  needs `.flat(2)` or `.flat(Infinity)`.
- `scaled_roundings`: `Math.round(x * 100 / 100)` rounds to a whole unit: the scale must be undone
  after rounding, `Math.round(x * 100) / 100` (the parenthesisation slip of fixed-point rounding).
- `exponent_groups`: `x ** 1 / 2` is `(x ** 1) / 2`, `**` binding tighter than `/`: the root is
  `x ** (1 / 2)` (operator precedence, ManySStuBs4J's "change operand grouping"); first only where the
  exponent is 1, a power nobody writes on purpose.
- `backward_splices`: `splice(i, ...)` inside a loop walking `i` up over the same array skips the
  element after each removal; the loop walks down instead (the concurrent-modification slip).
- `structural_includes`: `xs.includes(obj)` / `xs.indexOf(obj)` compare objects by identity
  (SameValueZero); a copy of an entry is never found: compare a property the code reads of `obj`.
- `nested_copies`: `{ ...x }` copies one level; a copy whose nested array or object the function then
  changes shares it with `x`: copy that member too.
- `serialised_collections`: `JSON.stringify` writes a Map or a Set as `{}` (their entries are not
  own properties): `Object.fromEntries(m)` / `[...s]`.
- `time_comparisons`: 'H:MM' strings compared with `<` compare character by character ('9:05' >
  '11:30'); compare them as minutes (the file's own converter when it has one).
- `float_tolerances`: `===` between sums of decimals is exact, and 0.1 + 0.2 !== 0.3: compare within
  the module's own small tolerance constant (IEEE 754 rounding, the classic float-equality bug).

The families with the built-in's contract as evidence wherever they match (`is_documented_fix`) go
first on their line (logic.goes_first), and so do a shallow copy whose nested member the function then
changes and a tolerance the module declares but never reads; the rest are ordinary alternatives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from healer.engine.javascript.fixers.base import replace_span
from healer.engine.javascript.syntax import method_call, node_text, walk

REMAINDER = " (split's limit drops the rest)"
GROUPED_EXPONENT = " (** binds tighter than /)"
UNSCALED = " (undo the scale after rounding)"
WALK_DOWN = " (splice moves the later elements)"
SERIALISED = " (JSON.stringify writes a Map or a Set as {})"
AS_MINUTES = " (times compared as text)"
SHARED = " (spread copies one level)"
UNUSED_TOLERANCE = " (the module's tolerance is never used)"
TOWARDS_ZERO = " (floor rounds a negative away from zero)"
DOCUMENTED = (
    TOWARDS_ZERO,
    REMAINDER,
    GROUPED_EXPONENT,
    UNSCALED,
    WALK_DOWN,
    SERIALISED,
    AS_MINUTES,
    SHARED,
    UNUSED_TOLERANCE,
)
ROUNDERS = frozenset({"Math.round", "Math.floor", "Math.ceil", "Math.trunc"})
FUNCTIONS = ("function_declaration", "function_expression", "arrow_function", "method_definition")
TIME = re.compile(r"^['\"`]\d{1,2}:\d{2}['\"`]$")
# Array methods that change their receiver in place: a member a copy calls them on is changed in both.
MUTATORS = frozenset({"push", "pop", "shift", "unshift", "splice", "sort", "reverse", "fill", "copyWithin"})
COMPARISONS = frozenset({"<", "<=", ">", ">="})
EQUALITIES = {"===": "<", "==": "<", "!==": ">=", "!=": ">="}
NOT_NUMBERS = frozenset(
    {"string", "template_string", "null", "undefined", "true", "false", "object", "array", "regex"}
)
SMALL_CONSTANT = re.compile(
    r"^\s*(?:export\s+)?const\s+([A-Za-z_$][\w$]*)\s*(?::\s*number\s*)?=\s*([\d.eE+-]+)\s*;", re.M
)
DEFAULT_TOLERANCE = "1e-9"


def is_documented_fix(description: str) -> bool:
    """Edits wrong by a built-in's documented contract wherever they match (logic.goes_first)."""
    return description.endswith(DOCUMENTED)


def _unwrapped(node):
    while node is not None and node.type == "parenthesized_expression" and node.named_child_count == 1:
        node = node.named_children[0]
    return node


def _operator_of(node) -> str | None:
    op = node.child_by_field_name("operator")
    return node_text(op) if op is not None else None


def _enclosing_function(node):
    while node is not None and node.type not in FUNCTIONS:
        node = node.parent
    return node


def split_remainders(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`s.split(sep, n)[n - 1]` -> `s.split(sep).slice(n - 1).join(sep)`."""
    for node in nodes:
        if node.type != "subscript_expression":
            continue
        call, index = node.child_by_field_name("object"), node.child_by_field_name("index")
        parts = method_call(call) if call is not None else None
        if parts is None or node_text(parts[1]) != "split" or index is None or index.type != "number":
            continue
        arguments = call.child_by_field_name("arguments").named_children
        if len(arguments) != 2 or arguments[1].type != "number" or not node_text(index).isdigit():
            continue
        if not node_text(arguments[1]).isdigit() or int(node_text(index)) != int(node_text(arguments[1])) - 1:
            continue
        receiver, separator = node_text(parts[0]), node_text(arguments[0])
        new = f"{receiver}.split({separator}).slice({node_text(index)}).join({separator})"
        yield (
            replace_span(data, node.start_byte, node.end_byte, new),
            f"keep every piece of the split{REMAINDER}",
        )


def flat_depths(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`.flat()` -> `.flat(2)`, `.flat(Infinity)`; `.flat(n)` -> `.flat(n + 1)`."""
    for node in nodes:
        parts = method_call(node) if node.type == "call_expression" else None
        if parts is None or node_text(parts[1]) != "flat":
            continue
        arguments = node.child_by_field_name("arguments")
        given = arguments.named_children
        if not given:
            depths = ("2", "Infinity")
        elif len(given) == 1 and node_text(given[0]).isdigit():
            depths = (str(int(node_text(given[0])) + 1), "Infinity")
        else:
            continue
        for depth in depths:
            new = replace_span(data, arguments.start_byte, arguments.end_byte, f"({depth})")
            yield new, f"flatten {node_text(parts[0])[:40]} {depth} levels deep"


def scaled_roundings(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`Math.round((x * K) / K)` -> `Math.round(x * K) / K`."""
    for node in nodes:
        if node.type != "call_expression" or node_text(node.child_by_field_name("function")) not in ROUNDERS:
            continue
        given = node.child_by_field_name("arguments").named_children
        inner = _unwrapped(given[0]) if len(given) == 1 else None
        if inner is None or inner.type != "binary_expression" or _operator_of(inner) not in ("/", "*"):
            continue
        scaled, scale = _unwrapped(inner.child_by_field_name("left")), inner.child_by_field_name("right")
        if scale is None or scale.type != "number" or scaled is None or scaled.type != "binary_expression":
            continue
        inverse = "*" if _operator_of(inner) == "/" else "/"
        right = scaled.child_by_field_name("right")
        if _operator_of(scaled) != inverse or right is None or node_text(right) != node_text(scale):
            continue
        callee = node_text(node.child_by_field_name("function"))
        new = f"{callee}({node_text(scaled)}) {_operator_of(inner)} {node_text(scale)}"
        yield replace_span(data, node.start_byte, node.end_byte, new), f"round before dividing back{UNSCALED}"


def exponent_groups(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`b ** e / m` -> `b ** (e / m)`: the fraction meant as the exponent."""
    for node in nodes:
        if node.type != "binary_expression" or _operator_of(node) not in ("/", "*"):
            continue
        power, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if power is None or power.type != "binary_expression" or _operator_of(power) != "**" or right is None:
            continue
        exponent = power.child_by_field_name("right")
        if exponent is None or exponent.type != "number" or right.type != "number":
            continue
        base = node_text(power.child_by_field_name("left"))
        new = f"{base} ** ({node_text(exponent)} {_operator_of(node)} {node_text(right)})"
        # `x ** 1` is `x`: no writer raises to the first power unless the division was meant in the
        # exponent, so only then is the grouping evidence (`x ** 2 / 16` is a formula, not a slip).
        evidence = GROUPED_EXPONENT if node_text(exponent) == "1" else ""
        yield replace_span(data, node.start_byte, node.end_byte, new), f"group the exponent{evidence}"


def backward_splices(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`for (let i = 0; i < xs.length; i++) ... xs.splice(i, ...)` -> walk `i` from the end."""
    for node in nodes:
        if node.type != "for_statement":
            continue
        head = _upward_loop(node)
        if head is None:
            continue
        keyword, index, collection = head
        body = node.child_by_field_name("body")
        if body is None or not any(_splices(n, collection, index) for n in walk(body)):
            continue
        opening = next(c for c in node.children if node_text(c) == "(")
        closing = next(c for c in node.children if node_text(c) == ")")
        new = f"({keyword} {index} = {collection}.length - 1; {index} >= 0; {index} -= 1)"
        yield (
            replace_span(data, opening.start_byte, closing.end_byte, new),
            f"walk {collection[:40]} down{WALK_DOWN}",
        )


def _upward_loop(node) -> tuple[str, str, str] | None:
    """(`let`, `i`, `xs`) of `for (let i = 0; i < xs.length; i++ | i += 1 | ++i)`."""
    start = node.child_by_field_name("initializer")
    condition = node.child_by_field_name("condition")
    step = node.child_by_field_name("increment")
    if start is None or condition is None or step is None:
        return None
    found = re.fullmatch(r"(let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*0\s*;?", node_text(start))
    if found is None:
        return None
    keyword, index = found.groups()
    bound = re.fullmatch(rf"{re.escape(index)}\s*<\s*([\w$.#]+)\.length\s*;?", node_text(condition))
    steps = {f"{index}++", f"++{index}", f"{index} += 1", f"{index}+=1"}
    if bound is None or node_text(step) not in steps:
        return None
    return keyword, index, bound.group(1)


def _splices(node, collection: str, index: str) -> bool:
    parts = method_call(node) if node.type == "call_expression" else None
    if parts is None or node_text(parts[1]) != "splice" or node_text(parts[0]) != collection:
        return False
    given = node.child_by_field_name("arguments").named_children
    return bool(given) and node_text(given[0]) == index


def structural_includes(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`xs.includes(obj)` -> `xs.some((e) => e.p === obj.p)` for each property `p` the function reads
    of `obj`; `xs.indexOf(obj)` -> `xs.findIndex(...)` alike."""
    for node in nodes:
        parts = method_call(node) if node.type == "call_expression" else None
        if parts is None or node_text(parts[1]) not in ("includes", "indexOf"):
            continue
        given = node.child_by_field_name("arguments").named_children
        if len(given) != 1 or given[0].type != "identifier":
            continue
        target = node_text(given[0])
        scope = _enclosing_function(node)
        if scope is None:
            continue
        read: list[str] = []
        for member in walk(scope):
            if (
                member.type == "member_expression"
                and node_text(member.child_by_field_name("object")) == target
            ):
                name = node_text(member.child_by_field_name("property"))
                if name not in read and member.child_by_field_name("property").type == "property_identifier":
                    read.append(name)
        each = "entry" if target != "entry" else "other"
        method = "some" if node_text(parts[1]) == "includes" else "findIndex"
        for name in read[:3]:
            new = f"{node_text(parts[0])}.{method}(({each}) => {each}.{name} === {target}.{name})"
            yield (
                replace_span(data, node.start_byte, node.end_byte, new),
                f"find {target} by its {name}, not its identity",
            )


def nested_copies(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`const c = { ...x }` then `c.m[i] = v` / `c.m.push(v)` / `c.m.k = v` -> `{ ...x, m: [...x.m] }`
    (or `{ ...x.m }`): the copy's member is the original's."""
    for node in nodes:
        if node.type != "variable_declarator":
            continue
        value, name = node.child_by_field_name("value"), node.child_by_field_name("name")
        if value is None or name is None or value.type != "object" or name.type != "identifier":
            continue
        spreads = [c for c in value.named_children if c.type == "spread_element"]
        if len(spreads) != 1 or value.named_child_count != 1:
            continue
        source = node_text(spreads[0].named_children[0])
        scope = _enclosing_function(node)
        if scope is None:
            continue
        for member, kind in _changed_members(scope, node_text(name)):
            copy = f"[...{source}.{member}]" if kind == "array" else f"{{ ...{source}.{member} }}"
            new = f"{{ ...{source}, {member}: {copy} }}"
            yield (
                replace_span(data, value.start_byte, value.end_byte, new),
                f"copy {source}.{member} as well{SHARED}",
            )


def _changed_members(scope, copy: str) -> Iterator[tuple[str, str]]:
    seen: set[str] = set()
    for node in walk(scope):
        if node.type != "member_expression" or node_text(node.child_by_field_name("object")) != copy:
            continue
        member, parent = node_text(node.child_by_field_name("property")), node.parent
        kind = None
        if parent.type == "subscript_expression" and parent.child_by_field_name("object") == node:
            kind = "array" if _assigned(parent) else None
        elif parent.type == "member_expression" and parent.child_by_field_name("object") == node:
            method = node_text(parent.child_by_field_name("property"))
            if method in MUTATORS and parent.parent is not None and parent.parent.type == "call_expression":
                kind = "array"
            elif _assigned(parent):
                kind = "object"
        if kind is not None and member not in seen:
            seen.add(member)
            yield member, kind


def _assigned(node) -> bool:
    parent = node.parent
    return (
        parent is not None
        and parent.type in ("assignment_expression", "augmented_assignment_expression")
        and parent.child_by_field_name("left") == node
    )


def serialised_collections(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`JSON.stringify({ k: m })` -> `{ k: Object.fromEntries(m) }` for a Map `m`; `[...s]` for a Set."""
    for node in nodes:
        if (
            node.type != "call_expression"
            or node_text(node.child_by_field_name("function")) != "JSON.stringify"
        ):
            continue
        given = node.child_by_field_name("arguments").named_children
        if not given:
            continue
        values = [given[0]]
        if given[0].type == "object":
            values = given[0].named_children
        for value in values:
            shorthand = value.type == "shorthand_property_identifier"
            if value.type == "pair":
                value = value.child_by_field_name("value")
            if value is None or value.type not in (
                "identifier",
                "member_expression",
                "shorthand_property_identifier",
            ):
                continue
            kind = _collection_kind(text, node_text(value))
            if kind is None:
                continue
            name = node_text(value)
            converted = f"Object.fromEntries({name})" if kind == "Map" else f"[...{name}]"
            new = f"{name}: {converted}" if shorthand else converted
            yield (
                replace_span(data, value.start_byte, value.end_byte, new),
                f"write {name[:40]} as its entries{SERIALISED}",
            )


def _collection_kind(text: str, expression: str) -> str | None:
    """'Map' or 'Set' when the file only ever assigns `new Map(...)`/`new Set(...)` to the name."""
    name = re.split(r"[.]", expression)[-1]
    made = set(re.findall(rf"(?<![\w$]){re.escape(name)}\s*(?::[^=;]*)?=\s*new\s+(Map|Set)\b", text))
    return made.pop() if len(made) == 1 else None


def time_comparisons(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`time <= '11:30'` -> `minutesOf(time) <= minutesOf('11:30')` with the file's converter of an
    'H:MM' string (a one-parameter function that splits on ':'), else digits compared as numbers."""
    for node in nodes:
        if node.type != "binary_expression" or _operator_of(node) not in COMPARISONS:
            continue
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None or not (_is_time(left, text) or _is_time(right, text)):
            continue
        converter = _time_converter(node)
        wrap = f"{converter}({{}})" if converter is not None else "Number(String({}).replace(':', ''))"
        new = f"{wrap.format(node_text(left))} {_operator_of(node)} {wrap.format(node_text(right))}"
        yield (
            replace_span(data, node.start_byte, node.end_byte, new),
            f"compare the times as numbers{AS_MINUTES}",
        )


def _is_time(node, text: str) -> bool:
    if node.type == "string":
        return bool(TIME.match(node_text(node)))
    if node.type != "identifier":
        return False
    declared = re.search(
        rf"\bconst\s+{re.escape(node_text(node))}\s*(?::[^=;]*)?=\s*(['\"`][^'\"`\n]*['\"`])", text
    )
    return declared is not None and bool(TIME.match(declared.group(1)))


def _time_converter(node) -> str | None:
    root = node
    while root.parent is not None:
        root = root.parent
    for candidate in walk(root):
        if candidate.type == "function_declaration":
            name, params = candidate.child_by_field_name("name"), candidate.child_by_field_name("parameters")
        elif candidate.type == "variable_declarator" and _is_function(candidate.child_by_field_name("value")):
            function = candidate.child_by_field_name("value")
            name = candidate.child_by_field_name("name")
            params = function.child_by_field_name("parameters") or function.child_by_field_name("parameter")
        else:
            continue
        if name is None or params is None or name.type != "identifier":
            continue
        count = params.named_child_count if params.type == "formal_parameters" else 1
        body = node_text(candidate)
        if count == 1 and re.search(r"\.split\(\s*['\"]:['\"]\s*\)", body) and not _contains(candidate, node):
            return node_text(name)
    return None


def _is_function(node) -> bool:
    return node is not None and node.type in ("arrow_function", "function_expression", "function")


def _contains(outer, inner) -> bool:
    return outer.start_byte <= inner.start_byte and inner.end_byte <= outer.end_byte


def float_tolerances(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`a === b` -> `Math.abs(a - b) < EPS` (`!==`: `>=`), EPS the module's small numeric constant
    (under 0.01), or a default one when an operand is itself arithmetic."""
    tolerances = [name for name, value in SMALL_CONSTANT.findall(text) if _small(value)]
    for node in nodes:
        if node.type != "binary_expression" or _operator_of(node) not in EQUALITIES:
            continue
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None or left.type in NOT_NUMBERS or right.type in NOT_NUMBERS:
            continue
        if "typeof" in node_text(node) or ".length" in node_text(node):
            continue
        arithmetic = any(
            n.type == "binary_expression" and _operator_of(n) in ("+", "-", "*", "/") for n in (left, right)
        )
        for tolerance in tolerances or ([DEFAULT_TOLERANCE] if arithmetic else []):
            new = f"Math.abs({node_text(left)} - {node_text(right)}) {EQUALITIES[_operator_of(node)]} {tolerance}"
            # A tolerance the module declares and never reads is evidence that a comparison lost it.
            unused = (
                tolerance != DEFAULT_TOLERANCE
                and len(re.findall(rf"(?<![\w$]){tolerance}(?![\w$])", text)) == 1
            )
            evidence = UNUSED_TOLERANCE if unused else ""
            yield (
                replace_span(data, node.start_byte, node.end_byte, new),
                f"compare within {tolerance}{evidence}",
            )


def _small(value: str) -> bool:
    try:
        number = float(value)
    except ValueError:
        return False
    return 0 < number < 0.01


def signed_floors(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`Math.floor(v)` -> `Math.trunc(v)` where the function handles `v`'s sign apart (`v < 0 ? ...`,
    `Math.abs(v)`, `Math.sign(v)`; not a guard rejecting negatives): it wants the magnitude's whole part, and floor takes -2.5 to -3, not
    -2 (ECMAScript: floor is the greatest integer not above, trunc the integral part)."""
    for node in nodes:
        if node.type != "call_expression" or node_text(node.child_by_field_name("function")) != "Math.floor":
            continue
        given = node.child_by_field_name("arguments").named_children
        scope = _enclosing_function(node)
        if len(given) != 1 or given[0].type != "identifier" or scope is None:
            continue
        value = re.escape(node_text(given[0]))
        signed = rf"(?<![\w$.]){value}\s*(?:<|>=)\s*0\s*\?|Math\.(?:abs|sign)\(\s*{value}(?![\w$])"
        if re.search(signed, node_text(scope)):
            function = node.child_by_field_name("function")
            new = replace_span(data, function.start_byte, function.end_byte, "Math.trunc")
            yield new, f"cut {node_text(given[0])[:40]} towards zero{TOWARDS_ZERO}"


FAMILIES = (
    split_remainders,
    signed_floors,
    scaled_roundings,
    exponent_groups,
    backward_splices,
    serialised_collections,
    time_comparisons,
    flat_depths,
    structural_includes,
    nested_copies,
    float_tolerances,
)
