"""TYPE_ERROR candidates from tsc's own type diagnostics: edit the expression tsc points at.

tsc says where (the diagnostic's line and column: an argument, the `return` keyword, a
declared name, an object property) and what (`Type 'H' is not assignable to type 'W'`),
so the templates are chosen by the two types — type-directed repair in the spirit of
PyTER (Oh and Oh, "PyTER: Effective Program Repair for Python Type Errors", FSE 2022)
with PAR's fix templates (Kim et al., ICSE 2013: "expression adder", "parameter
replacer", "null checker"):

- convert: `Number(e)` / `parseInt(e, 10)` / `parseFloat(e)` for a string where a number is
  wanted, `String(e)` for a number or boolean where a string is, `Boolean(e)`;
- the member that produces the wanted type: `e.p` / `e.m()` for a property or method of H
  whose declared type is W (read from the repository's interfaces, type aliases and
  classes), another property of the same object when `o.p` has the wrong type, `.length`
  of an array or string, the first element of an array, calling a function value;
- `await e` for a Promise<T> where T is wanted;
- possibly undefined (`T | undefined`, TS2532/TS18048/TS18047): optional chaining, `e ?? v`
  with a plain value of W, the non-null assertion;
- a mismatched argument swapped with another argument of the same call;
- a callback returning a boolean where a number is wanted (a sort comparator): each comparison
  made a difference (`logic.comparator_rewrites`).

Every candidate parses; the sandbox (tsc's finding gone, no test newly failing) decides.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import replace

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_span
from healer.engine.javascript.fixers.logic import FUNCTION_NODES, comparator_rewrites
from healer.engine.javascript.fixers.tsc_declared import declared_type_candidates
from healer.engine.javascript.fixers.tsc_derived import derived_property, derived_types
from healer.engine.javascript.fixers.tsc_iterables import not_iterable_edits
from healer.engine.javascript.fixers.tsc_members import tsc_member_candidates
from healer.engine.javascript.fixers.tsc_origins import converted_where_made, literal_union_respelt
from healer.engine.javascript.fixers.type_errors import (
    DID_YOU_MEAN,
    operator_text,
    receiver_conversion,
    rounded,
    started_reduce,
    unstarted_reduce,
)
from healer.engine.javascript.modules import imports
from healer.engine.javascript.syntax import encode, language_of, node_text, parse, walk

ASSIGNABLE = re.compile(
    r"(?:Argument of type|Type) '(?P<have>.+?)' is not assignable to (?:parameter of )?type '(?P<want>.+?)'"
)
NO_PROPERTY = re.compile(r"Property '(?P<name>[\w$]+)' does not exist on type '(?P<type>.+?)'")
ARITHMETIC = re.compile(r"The (?:left|right)-hand side of an arithmetic operation must be of type")
OPERATOR_TYPES = re.compile(
    r"Operator '(?P<operator>[^']+)' cannot be applied to types '(?P<left>.+?)' and '(?P<right>.+?)'"
)
NO_OVERLAP = re.compile(r"the types '(?P<left>.+?)' and '(?P<right>.+?)' have no overlap")
POSSIBLY = re.compile(r"(?:Object is|'[^']+' is) possibly '(?:undefined|null)'")
PROMISE = re.compile(r"^Promise<(?P<inner>.+)>$")
# `Passenger[]`, `Array<Passenger>`, and tsc's expansion of an alias of a union, `("adult" | "child")[]`
# (round 56: d403's real message, whose array went unrecognised, so a number in scope came first).
ARRAY = re.compile(r"^(?:readonly )?(?:(?P<element>[\w$.]+|\([^()]+\))\[\]|Array<(?P<generic>.+)>)$")
FUNCTION_TYPE = re.compile(r"^\(\) => (?P<result>.+)$")
NULLISH = ("undefined", "null")
# A plain value of a wanted type for `e ?? value`.
DEFAULTS = {"number": "0", "string": "''", "boolean": "false"}
STATEMENT_TARGETS = {"return_statement"}
EXPRESSION_PARENTS = frozenset(
    {
        "member_expression",
        "call_expression",
        "subscript_expression",
        "binary_expression",
        "as_expression",
        "non_null_expression",
        "parenthesized_expression",
    }
)
# An argument that is a function starts with its parameters' `(` (or `function`): tsc's column.
CALLBACK_PARENTS = frozenset({"formal_parameters", "arrow_function", "function_expression", "function"})


def tsc_type_candidates(
    text: str,
    path: str,
    *,
    line: int,
    column: int,
    message: str,
    sources: Mapping[str, str] | None = None,
) -> list[Candidate]:
    """Candidates for one tsc type diagnostic at (line, column), both 1-based (column in characters)."""
    tree = parse(text, path)
    if tree is None or line < 1:
        return []
    data = encode(text)
    at = _byte_offset(text, line, column)
    if at is None:
        return []
    members = declared_members(sources or {})
    typescript = language_of(path) in ("typescript", "tsx")
    generated: list[Candidate] = []
    match = ASSIGNABLE.search(message)
    if match:
        target = _target(tree.root_node, at)
        if target is not None:
            have, want = _clean(match["have"]), _clean(match["want"])
            if target.type in FUNCTION_NODES and have.endswith("=> boolean") and want.endswith("=> number"):
                # A comparator returning a boolean (`.sort((a, b) => a[0] < b[0])`): TS2345's types say
                # which edit is wanted, the returned comparisons made differences.
                rewrites = comparator_rewrites(data, target)
                ties = _tie_breaks(data, target)
                # Both differences of a tuple's element, then each with the next element breaking ties
                # (within MASKED_LOOKAHEAD of the first, which tsc's ranking by failing tests keeps aside).
                tied = [pair for index in sorted(ties) for pair in ties[index]]
                for new, what in [*rewrites[:2], *tied, *rewrites[2:]]:
                    generated.append(Candidate(path, new, line, what))
            for row, new, what in _awaited_at_origin(data, target, have):
                generated.append(Candidate(path, new, row, what))
            functions = declared_functions(sources or {})
            unused, used = _bindings_of_type(
                target, want, returns={name: returns for name, (_, returns) in functions.items()}
            )
            replaced = [(name, f"pass {name} (a {want} in scope{', otherwise unused' if name in unused else ''}) "
                         f"instead of {node_text(target)[:40]}") for name in [*unused, *used]]  # fmt: skip
            idle, called = _converters(text, path, target, have, want, functions)
            converted = [(f"{name}({node_text(target)})", f"pass {node_text(target)[:40]} through {name}(), which "
                          f"takes a {_base_type(have)} and returns the {want} wanted"
                          f"{' (imported and otherwise unused)' if name in idle else ''}")
                         for name in [*idle, *called]]  # fmt: skip
            for new, what in [*replaced[: len(unused)], *converted[: len(idle)],
                              *_assignable(target, have, want, members, typescript), *converted[len(idle) :],
                              *replaced[len(unused) :]]:  # fmt: skip
                if target.type == "shorthand_property_identifier":
                    # `{ name, pence }`: the property's value is edited, so it is written out (`pence: Number(pence)`).
                    new = f"{node_text(target)}: {new}"
                generated.append(Candidate(path, replace_span(data, target.start_byte, target.end_byte, new),
                                           line, what))  # fmt: skip
            generated += [Candidate(path, new, line, what) for new, what in _swapped(data, target)]
    origins = [
        Candidate(path, new, row, what)
        for row, new, what in _made_wanted_at_origin(data, tree.root_node, at, message)
    ]
    if origins:
        # The value has the wrong type where it is made (`reduce` without its start, parts of a split
        # used as numbers): the edit there goes first, and an edit at this use is a fix only when the
        # failing tests pass under it (a guard), not because tsc stops seeing the symptom (d100's
        # `Math.round(wh.hour)`, d103's `Number(hours)` were accepted so, round 25).
        generated = origins + [replace(c, guard=True) for c in generated]
    missing = NO_PROPERTY.search(message)
    if missing:
        for new, what in _converted_receiver(
            data, tree.root_node, at, missing["name"], _clean(missing["type"])
        ):
            generated.append(Candidate(path, new, line, what))
    if missing and not DID_YOU_MEAN.search(message):
        # A property the type does not store but a visible function computes (tsc_derived).
        for new, what in derived_property(
            data, tree.root_node, at, name=missing["name"], owner=_clean(missing["type"]), text=text,
            path=path, functions=declared_functions(sources or {}), members=members,
        ):  # fmt: skip
            generated.append(Candidate(path, new, line, what))
        # A function computes the property: its declared type is the value's, and a stored member
        # of another type would only trade this diagnostic for another (TS7053, TS2345).
        computed = derived_types(
            missing["name"], text=text, path=path, functions=declared_functions(sources or {})
        )
        for new, what in _existing_member(
            data, tree.root_node, at, missing["name"], _clean(missing["type"]), members, of_types=computed
        ):
            generated.append(Candidate(path, new, line, what))
    if POSSIBLY.search(message):
        for new, what in _possibly_undefined(data, tree.root_node, at, typescript):
            generated.append(Candidate(path, new, line, what))
    # `const [a, b] = re.exec(s)`: a possibly null value taken apart (tsc_iterables).
    for new, what in not_iterable_edits(data, tree.root_node, at, message):
        generated.append(Candidate(path, new, line, what))
    if missing:
        for new, what in _copied_readonly(data, tree.root_node, at, missing["name"], missing["type"].strip()):
            generated.append(Candidate(path, new, line, what))
    if ARITHMETIC.search(message):
        functions = declared_functions(sources or {})
        for new, what in _converted_operands(text, path, data, tree.root_node, at, functions):
            generated.append(Candidate(path, new, line, what, guard=bool(origins)))
        for new, what in _arithmetic(data, tree.root_node, at, members):
            generated.append(Candidate(path, new, line, what, guard=bool(origins)))
    overlap = NO_OVERLAP.search(message)
    pairs = (
        ((overlap["right"], overlap["left"]), (overlap["left"], overlap["right"]))
        if overlap
        else ((match["have"], match["want"]),)
        if match
        else ()
    )
    # A string literal outside the literal union it meets (TS2367, TS2322, TS2345): respelt as the
    # union's closest member, before any conversion (tsc_origins).
    respelt = [
        Candidate(path, new, line, what)
        for have, want in pairs
        for new, what in literal_union_respelt(
            data, tree.root_node, at, have=_clean(have), want=_clean(want), sources=sources
        )
    ]
    generated = respelt + generated
    if overlap:
        for new, what in _compared(
            data, tree.root_node, at, _clean(overlap["left"]), _clean(overlap["right"])
        ):
            generated.append(Candidate(path, new, line, what))
    # A declaration tsc checks against is what is incomplete (TS2322 null at a return, TS2454):
    # edited there first, as the declared types are the program's stated intent (tsc_declared).
    generated = declared_type_candidates(text, path, line=line, message=message) + generated
    # A method narrower than its interface, a Map's [key, value] pairs read as values, a static member
    # through an instance: the diagnostic names the shape to follow (tsc_members).
    generated = tsc_member_candidates(text, path, line=line, message=message, sources=sources) + generated
    return parsing(generated, original=text, path=path)


TUPLE_ITEM = re.compile(r"^(?P<name>[\w$]+)\[(?P<index>\d+)\]$")


def _tie_breaks(data: bytes, function) -> dict[int, list[tuple[str, str]]]:
    """A comparator of one tuple element (`(a, b) => b[0] > a[0]` over `[score, race]` pairs): its two
    differences (the written order, then flipped: comparator_rewrites' first two) each also with the next
    element breaking a tie, in both directions (`b[0] - a[0] || b[1] - a[1]`): a sort by a tuple compares
    it lexicographically, and a boolean comparator never said which of two equal scores comes first.
    Keyed by which plain difference they extend (0: the written order, 1: flipped)."""
    body = function.child_by_field_name("body")
    parameters = function.child_by_field_name("parameters")
    names = [node_text(p) for p in parameters.named_children] if parameters is not None else []
    while body is not None and body.type == "parenthesized_expression" and body.named_child_count == 1:
        body = body.named_children[0]
    if body is None or body.type != "binary_expression" or len(names) != 2:
        return {}
    left, right = body.child_by_field_name("left"), body.child_by_field_name("right")
    items = [TUPLE_ITEM.match(node_text(side)) if side is not None else None for side in (left, right)]
    if (
        operator_text(body) not in ("<", ">", "<=", ">=")
        or None in items
        or {items[0]["name"], items[1]["name"]} != set(names)
        or items[0]["index"] != items[1]["index"]
    ):
        return {}
    after = int(items[0]["index"]) + 1
    found: dict[int, list[tuple[str, str]]] = {}
    for index, (one, two) in enumerate(((left, right), (right, left))):
        base = f"{node_text(one)} - {node_text(two)}"
        first, second = (TUPLE_ITEM.match(node_text(side))["name"] for side in (one, two))
        for p, q in ((first, second), (second, first)):
            tied = f"{base} || {p}[{after}] - {q}[{after}]"
            said = f"make the comparator return a number ({tied}): the next element breaks a tie"
            found.setdefault(index, []).append(
                (replace_span(data, body.start_byte, body.end_byte, tied), said)
            )
    return found


def _made_wanted_at_origin(data: bytes, root, at: int, message: str) -> Iterator[tuple[int, str, str]]:
    """Where tsc's wrong type is made rather than where it shows: a `reduce` with no start whose
    accumulator meets a number (TS2365 `Operator '+' cannot be applied to types 'Reading' and 'number'`
    inside its callback, or TS2345/TS2322 on the variable it made) gets the start of that type; the
    parts of a `split` destructured and used in arithmetic (TS2362/TS2363, or the string tsc finds where
    a number is wanted) are converted where they are made, `.map(Number)`. The origin of the value, as
    `_awaited_at_origin` awaits a Promise where it is made (a def-use backward slice)."""
    node = root.descendant_for_byte_range(at, at)
    if node is None:
        return
    operands = OPERATOR_TYPES.search(message)
    assignable = ASSIGNABLE.search(message)
    if operands:
        binary = node
        while binary is not None and binary.type != "binary_expression":
            binary = binary.parent
        left = binary.child_by_field_name("left") if binary is not None else None
        right = binary.child_by_field_name("right") if binary is not None else None
        for side, other in ((left, operands["right"]), (right, operands["left"])):
            found = _accumulated(side)
            if found is not None and (start := DEFAULTS.get(_clean(other))):
                yield started_reduce(data, found, start)
                return
    target = _target(root, at) if assignable else None
    if assignable and target is not None and target.type == "identifier":
        value = _declared_value(target)
        start = DEFAULTS.get(_clean(assignable["want"]))
        if value is not None and start and unstarted_reduce(value) is not None:
            yield started_reduce(data, value, start)
            return
    if ARITHMETIC.search(message) or (
        assignable and _clean(assignable["have"]) == "string" and _clean(assignable["want"]) == "number"
    ):
        expression = target if target is not None else node
        names = [n for n in [expression, *walk(expression)] if n.type == "identifier"]
        done: set[int] = set()
        for name in names:
            value = _declared_value(name, pattern="array_pattern")
            if value is None or value.start_byte in done or not _splits(value):
                continue
            done.add(value.start_byte)
            made = f"{node_text(value)}.map(Number)"
            yield (value.start_point[0] + 1, replace_span(data, value.start_byte, value.end_byte, made),
                   f"turn the parts into numbers where they are made: {made[-60:]}")  # fmt: skip
    yield from converted_where_made(
        data, node, target, operands=operands, arithmetic=bool(ARITHMETIC.search(message))
    )


def _accumulated(side):
    """The `reduce` call whose callback's accumulator `side` is (its first parameter), or None."""
    if side is None or side.type != "identifier":
        return None
    function = side.parent
    while function is not None and function.type not in FUNCTION_NODES:
        function = function.parent
    if function is None or function.parent is None or function.parent.type != "arguments":
        return None
    parameters = function.child_by_field_name("parameters") or function.child_by_field_name("parameter")
    first = (
        parameters.named_children[0] if parameters is not None and parameters.named_children else parameters
    )
    if first is None or node_text(first).split(":")[0].strip() != node_text(side):
        return None
    call = function.parent.parent
    return unstarted_reduce(call) if call is not None else None


def _declared_value(identifier, *, pattern: str = ""):
    """The value a `const` (or a `let` never assigned again) binds `identifier`'s name to in the enclosing
    function, declared before it; with `pattern`, only through that destructuring pattern."""
    name = node_text(identifier)
    scope = identifier.parent
    while scope is not None and scope.type not in FUNCTION_SCOPES:
        scope = scope.parent
    if scope is None:
        return None
    found = []
    for node in walk(scope):
        if node.type == "variable_declarator" and node.start_byte < identifier.start_byte:
            bound = node.child_by_field_name("name")
            if (
                bound is None
                or (pattern and bound.type != pattern)
                or (not pattern and bound.type != "identifier")
            ):
                continue
            if any(n.type in ("identifier", "shorthand_property_identifier_pattern") and node_text(n) == name
                   for n in [bound, *walk(bound)]):  # fmt: skip
                found.append(node.child_by_field_name("value"))
        elif node.type in ("assignment_expression", "augmented_assignment_expression"):
            left = node.child_by_field_name("left")
            if left is not None and node_text(left) == name:
                return None  # assigned again: the declaration alone does not make the value used here
    return found[0] if len(found) == 1 else None


def _splits(value) -> bool:
    function = value.child_by_field_name("function") if value.type == "call_expression" else None
    return (
        function is not None
        and function.type == "member_expression"
        and node_text(function.child_by_field_name("property")) == "split"
    )


ARITHMETIC_OPERATORS = frozenset({"-", "*", "/", "%", "**"})
# What makes a number of a value of each declared type, for arithmetic (a date string by its time).
TO_NUMBER = {
    "Date": ("{e}.getTime()",),
    "string": ("Date.parse({e})", "Number({e})", "parseFloat({e})"),
    "": ("Number({e})", "Date.parse({e})", "{e}.getTime()"),
}


def _arithmetic(data: bytes, root, at: int, members) -> Iterator[tuple[str, str]]:
    """TS2362/TS2363, `(last.date - first.date) / DAY` where an operand is not a number: each
    operand made a number by its declared type (a field's type from the repository's interfaces,
    when both operands read the same field, both at once: a fix of one leaves tsc the other)."""
    node = _arithmetic_node(root, at)
    if node is None:
        return
    left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
    if left is None or right is None:
        return
    named = left if left.start_byte <= at < left.end_byte else right
    field = _field_name(named)
    declared = (
        {kind for found in members.values() for name, _, kind in found if name == field} if field else set()
    )
    forms = TO_NUMBER.get(declared.pop() if len(declared) == 1 else "", TO_NUMBER[""])
    both = [left, right] if field and _field_name(left) == _field_name(right) else []
    for form in forms:
        if both:
            edited = data
            for side in (right, left):
                made = form.format(e=node_text(side))
                edited = edited[: side.start_byte] + encode(made) + edited[side.end_byte :]
            yield (edited.decode("utf-8", errors="surrogateescape"),
                   f"make both operands numbers: {form.format(e=node_text(left))} and {form.format(e=node_text(right))}")  # fmt: skip
    for form in forms:
        made = form.format(e=node_text(named))
        yield (
            replace_span(data, named.start_byte, named.end_byte, made),
            f"make {node_text(named)[:40]} a number: {made}",
        )


def _arithmetic_node(root, at: int):
    """The arithmetic binary expression (not `+`) around byte `at`, or None."""
    node = root.descendant_for_byte_range(at, at)
    while node is not None and not (
        node.type == "binary_expression"
        and node_text(node.child_by_field_name("operator")) in ARITHMETIC_OPERATORS
        and node.start_byte <= at < node.end_byte
    ):
        node = node.parent
    return node


def _converted_operands(
    text: str, path: str, data: bytes, root, at: int, functions
) -> Iterator[tuple[str, str]]:
    """TS2362/TS2363 on `seen - planned` where both are strings (`"08:15"`): the repository's own
    string-to-number function the file imports or declares (`minutesOf`), on both operands at once
    (a fix of one side leaves tsc the other; `-`, `*`, `/` need both numbers), then on the one tsc
    points at. PAR's "expression adder" with a call the types allow; one imported and otherwise
    unused first (_converters)."""
    node = _arithmetic_node(root, at)
    if node is None:
        return
    left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
    if left is None or right is None:
        return
    named = left if left.start_byte <= at < left.end_byte else right
    idle, called = _converters(text, path, named, "string", "number", functions)
    for name in [*idle, *called]:
        edited = data
        for side in (right, left):
            made = f"{name}({node_text(side)})"
            edited = edited[: side.start_byte] + encode(made) + edited[side.end_byte :]
        yield (edited.decode("utf-8", errors="surrogateescape"),
               f"make both operands numbers with the repository's {name}(), which takes a string")  # fmt: skip
        yield (replace_span(data, named.start_byte, named.end_byte, f"{name}({node_text(named)})"),
               f"make {node_text(named)[:40]} a number with the repository's {name}()")  # fmt: skip


# Array methods that change the array in place: a `readonly T[]` lacks them (TS2339).
MUTATORS = frozenset({"sort", "reverse", "splice", "push", "pop", "shift", "unshift", "fill", "copyWithin"})


def _copied_readonly(data: bytes, root, at: int, name: str, owner: str) -> Iterator[tuple[str, str]]:
    """TS2339 `Property 'sort' does not exist on type 'readonly T[]'`: the caller's array must not
    change, so the method runs on a copy (`[...xs].sort(...)`, what ES2023's toSorted does)."""
    if name not in MUTATORS or not (owner.startswith("readonly ") or owner.startswith("ReadonlyArray<")):
        return
    node = root.descendant_for_byte_range(at, at)
    member = node.parent if node is not None else None
    if member is None or member.type != "member_expression":
        return
    obj = member.child_by_field_name("object")
    if obj is None:
        return
    yield (replace_span(data, obj.start_byte, obj.end_byte, f"[...{node_text(obj)}]"),
           f"call '{name}' on a copy of {node_text(obj)[:40]}: a readonly array cannot change in place")  # fmt: skip


def _field_name(node) -> str:
    prop = node.child_by_field_name("property") if node.type == "member_expression" else None
    return node_text(prop) if prop is not None else ""


COMPARISONS = frozenset({"===", "!==", "==", "!="})


def _compared(data: bytes, root, at: int, left_type: str, right_type: str) -> Iterator[tuple[str, str]]:
    """TS2367, `match[2] === 0` where "the types 'string' and 'number' have no overlap": the comparison
    is always false, so one side is converted to the other's type, the left (the computed value)
    first, then the right (often a literal written as the wrong type)."""
    node = root.descendant_for_byte_range(at, at)
    while node is not None and not (
        node.type == "binary_expression" and node_text(node.child_by_field_name("operator")) in COMPARISONS
    ):
        node = node.parent
    if node is None:
        return
    sides = (node.child_by_field_name("left"), node.child_by_field_name("right"))
    for side, have, want in ((sides[0], left_type, right_type), (sides[1], right_type, left_type)):
        if side is None:
            continue
        e = node_text(side)
        simple = side.type in ("identifier", "member_expression", "call_expression", "subscript_expression")
        for new, what in _convert(e, e if simple else f"({e})", have, want):
            yield (
                replace_span(data, side.start_byte, side.end_byte, new),
                f"{what}: {left_type} and {right_type} never compare equal",
            )


def _byte_offset(text: str, line: int, column: int) -> int | None:
    lines = text.split("\n")
    if not 1 <= line <= len(lines):
        return None
    before = "\n".join(lines[: line - 1]) + ("\n" if line > 1 else "")
    return len(encode(before)) + len(encode(lines[line - 1][: max(column - 1, 0)]))


def _clean(type_text: str) -> str:
    return type_text.strip().removeprefix("readonly ")


def _target(root, at: int):
    """The expression tsc's diagnostic is about: the largest expression starting at its position,
    the value of a `return`, of a declared name or of an object property."""
    node = root.descendant_for_byte_range(at, at)
    if node is None:
        return None
    if node.type == "return" and node.parent is not None and node.parent.type in STATEMENT_TARGETS:
        value = node.parent.named_children[0] if node.parent.named_children else None
        return value
    parent = node.parent
    if (
        parent is not None
        and parent.type == "variable_declarator"
        and parent.child_by_field_name("name") == node
    ):
        return parent.child_by_field_name("value")
    if parent is not None and parent.type == "pair" and parent.child_by_field_name("key") == node:
        return parent.child_by_field_name("value")
    if (
        parent is not None
        and parent.type in ("assignment_expression",)
        and parent.child_by_field_name("left") == node
    ):
        return parent.child_by_field_name("right")
    while (
        parent is not None
        and parent.start_byte == node.start_byte
        and parent.type in EXPRESSION_PARENTS | CALLBACK_PARENTS
        and not (parent.type == "call_expression" and parent.child_by_field_name("arguments") == node)
    ):
        node, parent = parent, parent.parent
    return node if node.is_named else None


def _assignable(target, have: str, want: str, members, typescript: bool) -> Iterator[tuple[str, str]]:
    e = node_text(target)
    simple = target.type in ("identifier", "member_expression", "call_expression", "subscript_expression",
                             "this", "parenthesized_expression")  # fmt: skip
    wrapped = e if simple else f"({e})"
    parts = [p.strip() for p in have.split("|")]
    nullish = [p for p in parts if p in NULLISH]
    defined = " | ".join(p for p in parts if p not in NULLISH)
    if nullish and defined:
        yield from _nullish(wrapped, defined, want, typescript)
        have = defined
    if want == "number" and _kept_result(target) and (arithmetic := rounded(e)):
        # Round 56 (npm30, d408): `return x.toFixed(1)` from a function declared to return a number
        # means the rounding; dropping `.toFixed` (below) loses it, a weaker program the tests may not
        # see. An argument (`format(tax.toFixed(0))`) is the callee's to format: unwrapped first there.
        yield f"Number({e})", f"convert {e[:40]} to a number with Number(), keeping its rounding"
        yield arithmetic, f"round {e[:40]} as a number instead of as text"
    yield from _unwrapped(target, have, want)
    promise = PROMISE.match(have)
    if promise:
        yield f"await {e}", f"await the Promise: {want} is wanted, not {have}"
        have = promise["inner"]
    if target.type == "member_expression":
        yield from _sibling_member(target, want, members)
    yield from _producing_member(wrapped, have, want, members)
    yield from _convert(e, wrapped, have, want)
    array = ARRAY.match(have)
    spreadable = target.parent is not None and target.parent.type == "arguments"
    if array and spreadable and (array["element"] or array["generic"]) == want:
        # An array passed whole to a function that takes its elements one by one (`Math.max(xs)`):
        # spread it; tsc refuses the spread where the parameter is not a rest parameter.
        yield f"...{e}", f"spread {e}: its elements are wanted one by one, not {have}"
    if array and want in ("number",):
        yield f"{wrapped}.length", f"use the length of {e}: a number is wanted, not {have}"
    if array and (array["element"] or array["generic"]) == want:
        yield f"{wrapped}[0]", f"take the first element of {e}: {want} is wanted, not {have}"
    if want.endswith("[]") and want[:-2] == have:
        yield f"[{e}]", f"wrap {e} in an array: {want} is wanted"
    function = FUNCTION_TYPE.match(have)
    if function:
        yield f"{wrapped}()", f"call {e}: {want} is wanted, not the function"


def _awaited_at_origin(data: bytes, target, have: str) -> Iterator[tuple[int, str, str]]:
    """`const text = read(name); parse(text)`: await the call where the Promise is made, on the
    declaration's line, before awaiting its use. The bug is where the value was made (the
    origin, as origins.py traces a runtime TypeError's value back through its definition: a
    def-use backward slice, Weiser, TSE 1984); the use only shows it. Only a `const` bound once
    in the enclosing function to a call that is not awaited yet: then every use gets the value."""
    if not PROMISE.match(have) or target.type != "identifier":
        return
    name = node_text(target)
    scope = target.parent
    while scope is not None and scope.type not in FUNCTION_SCOPES:
        scope = scope.parent
    if scope is None:
        return
    declarations = []
    for node in walk(scope):
        if node.type == "variable_declarator":
            bound = node.child_by_field_name("name")
            if bound is not None and bound.type == "identifier" and node_text(bound) == name:
                declarations.append(node)
        elif node.type in ("assignment_expression", "augmented_assignment_expression"):
            left = node.child_by_field_name("left")
            if left is not None and left.type == "identifier" and node_text(left) == name:
                return  # assigned again: the declaration alone does not make the value used here
    if len(declarations) != 1:
        return
    declarator = declarations[0]
    value = declarator.child_by_field_name("value")
    statement = declarator.parent
    if (
        value is None
        or value.type != "call_expression"
        or declarator.start_byte >= target.start_byte
        or statement is None
        or node_text(statement).split(None, 1)[0] != "const"
    ):
        return
    call = node_text(value)
    new = replace_span(data, value.start_byte, value.end_byte, f"await {call}")
    yield (
        value.start_point[0] + 1,
        new,
        f"await {call[:40]} where '{name}' is made: its Promise is passed where its value is wanted",
    )


FUNCTION_SCOPES = frozenset({"function_declaration", "function_expression", "arrow_function",
                             "method_definition", "function", "program"})  # fmt: skip

# Calls that turn a value into another type: the value before them may be the one wanted.
CONVERSIONS = frozenset({"String", "Number", "Boolean", "parseInt", "parseFloat", "JSON.stringify"})
CONVERTING_METHODS = frozenset({"toFixed", "toString", "toPrecision", "join", "trim", "toLowerCase",
                                "toUpperCase", "split", "map", "toISOString", "valueOf"})  # fmt: skip


def _kept_result(target) -> bool:
    """`target` is what a function returns or a variable or field is given (not an argument)."""
    parent = target.parent
    while parent is not None and parent.type == "parenthesized_expression":
        target, parent = parent, parent.parent
    return parent is not None and (
        parent.type in ("return_statement", "arrow_function")
        or (parent.type == "variable_declarator" and parent.child_by_field_name("value") == target)
        or (
            parent.type in ("assignment_expression", "pair")
            and node_text(target) == node_text(parent.named_children[-1])
        )
    )


def _unwrapped(target, have: str, want: str) -> Iterator[tuple[str, str]]:
    """`formatMoney(tax.toFixed(0))` where a number is declared: pass the value itself, not its
    conversion (PAR's "expression remover" applied to the call tsc names)."""
    if target.type != "call_expression":
        return
    function, arguments = target.child_by_field_name("function"), target.child_by_field_name("arguments")
    if function is None or arguments is None:
        return
    if function.type == "member_expression":
        obj, prop = function.child_by_field_name("object"), function.child_by_field_name("property")
        if obj is not None and prop is not None and node_text(prop) in CONVERTING_METHODS:
            yield node_text(obj), f"pass {node_text(obj)[:40]} itself, not its {node_text(prop)}()"
    elif node_text(function) in CONVERSIONS and len(arguments.named_children) >= 1:
        inner = arguments.named_children[0]
        yield node_text(inner), f"pass {node_text(inner)[:40]} itself, without {node_text(function)}()"


def _nullish(wrapped: str, defined: str, want: str, typescript: bool) -> Iterator[tuple[str, str]]:
    value = DEFAULTS.get(want) or ("[]" if want.endswith("[]") else "")
    if value:
        yield f"{wrapped} ?? {value}", f"fall back to {value} when {wrapped} is undefined"
    if typescript:
        yield f"{wrapped}!", f"assert that {wrapped} is defined"


DIVIDED_BY_POWER_OF_TEN = re.compile(r"/\s*(?P<power>10+)\s*\)*\s*$")


def _convert(e: str, wrapped: str, have: str, want: str) -> Iterator[tuple[str, str]]:
    stringish = have == "string" or have.startswith(("'", '"', "`"))
    numeric = have == "number" or re.fullmatch(r"-?\d+(?:\.\d+)?", have) is not None
    if want == "number" and stringish:
        literal = re.fullmatch(r"([\'\"`])(-?\d+(?:\.\d+)?)\1", e)
        if literal:
            yield literal[2], f"use the number {literal[2]}, not the string {e}"
        yield f"Number({e})", f"convert {e} to a number with Number()"
        if arithmetic := rounded(e):
            yield arithmetic, f"round {e[:40]} as a number instead of as text"
        yield f"parseInt({e}, 10)", f"parse {e} as an integer"
        yield f"parseFloat({e})", f"parse {e} as a number"
        yield f"{wrapped}.length", f"use the length of {e}: a number is wanted, not a string"
    elif want == "string" and (numeric or have == "boolean"):
        yield f"String({e})", f"convert {e} to a string with String()"
        # A number scaled by a power of ten (`/ 10`, `/ 100`) and then wanted as a string is a
        # fixed-point figure: Number.prototype.toFixed keeps its decimals where String drops a `.0`.
        scaled = DIVIDED_BY_POWER_OF_TEN.search(e) if numeric else None
        if scaled:
            digits = len(scaled["power"]) - 1
            yield f"{wrapped}.toFixed({digits})", f"format {e[:40]} with {digits} decimals: toFixed({digits})"
    elif want == "number" and have == "boolean":
        yield f"Number({e})", f"convert {e} to a number with Number()"
    elif want == "boolean" and have in ("number", "string"):
        yield f"Boolean({e})", f"convert {e} to a boolean"


def _producing_member(wrapped: str, have: str, want: str, members) -> Iterator[tuple[str, str]]:
    """`it` where a number is wanted and `it: Item` has `price: number`: `it.price`."""
    for name, kind, declared in members.get(have, ()):
        if declared == want:
            if kind == "method":
                yield f"{wrapped}.{name}()", f"call {name}() of the {have}: it returns {want}"
            else:
                yield f"{wrapped}.{name}", f"read {name} of the {have}: it is the {want}"


def _sibling_member(target, want: str, members) -> Iterator[tuple[str, str]]:
    """`o.name` (a string) where a number is wanted: another member of o's type that is one."""
    prop = target.child_by_field_name("property")
    obj = target.child_by_field_name("object")
    if prop is None or obj is None:
        return
    name = node_text(prop)
    seen = set()
    for owner, found in members.items():
        names = {n for n, _, _ in found}
        if name not in names:
            continue
        for other, kind, declared in found:
            if other != name and declared == want and other not in seen:
                seen.add(other)
                call = "()" if kind == "method" else ""
                yield (f"{node_text(obj)}.{other}{call}",
                       f"read {other}{call} instead of {name}: {want} is wanted ({owner})")  # fmt: skip


def _swapped(data: bytes, target) -> Iterator[tuple[str, str]]:
    """A mismatched argument and another argument of the same call, swapped."""
    arguments = target.parent
    if arguments is None or arguments.type != "arguments":
        return
    given = [a for a in arguments.named_children if a.type != "comment"]
    for other in given:
        if other.id == target.id or node_text(other) == node_text(target):
            continue
        first, second = sorted((target, other), key=lambda n: n.start_byte)
        new = (
            data[: first.start_byte]
            + data[second.start_byte : second.end_byte]
            + data[first.end_byte : second.start_byte]
            + data[first.start_byte : first.end_byte]
            + data[second.end_byte :]
        )
        yield (new.decode("utf-8", errors="surrogateescape"),
               f"swap the arguments {node_text(first)} and {node_text(second)}")  # fmt: skip


def _possibly_undefined(data: bytes, root, at: int, typescript: bool) -> Iterator[tuple[str, str]]:
    """TS2532/TS18048: guard the member access or call whose object starts where tsc points (tsc
    names the object, not its end: every object starting there, the largest first)."""
    guarded = []
    node = root.descendant_for_byte_range(at, at)
    while node is not None and node.parent is not None and node.parent.start_byte == at:
        parent = node.parent
        if (
            parent.type in ("member_expression", "subscript_expression")
            and parent.child_by_field_name("object") == node
        ):
            guarded.append((node, parent))
        node = parent
    for obj, access in reversed(guarded):
        text = node_text(obj)
        rest = data[obj.end_byte : access.end_byte].decode("utf-8", errors="surrogateescape")
        before = data[: access.start_byte].decode("utf-8", errors="surrogateescape")
        after = data[access.end_byte :].decode("utf-8", errors="surrogateescape")
        if access.type == "subscript_expression":
            yield (
                before + text + "?." + rest + after,
                f"guard {text[:40]} with optional chaining: it may be undefined",
            )
        elif rest.startswith("."):
            yield (
                before + text + "?" + rest + after,
                f"guard {text[:40]} with optional chaining: it may be undefined",
            )
        if typescript:
            yield before + text + "!" + rest + after, f"assert that {text[:40]} is defined"


def _existing_member(
    data: bytes, root, at: int, name: str, owner: str, members, *, of_types: Collection[str] = ()
) -> Iterator[tuple[str, str]]:
    """TS2339 without a suggestion: the members the type declares, the closest names first (only
    those declared of `of_types` when the value's type is known)."""
    declared = [m for m, _, declared in members.get(owner, ()) if not of_types or declared in of_types]
    if not declared:
        return
    node = root.descendant_for_byte_range(at, at)
    if node is None or node_text(node) != name:
        return
    ranked = difflib.get_close_matches(name, declared, n=len(declared), cutoff=0.0)
    for other in [m for m in ranked if m != name][:MAX_MEMBERS]:
        new = (data[: node.start_byte] + encode(other) + data[node.end_byte :]).decode(
            "utf-8", errors="surrogateescape"
        )
        yield new, f"use '{other}', which {owner} declares, instead of '{name}'"


MAX_MEMBERS = 6
PRIMITIVES = {
    "String": ("number", "boolean", "bigint"),
    "Number": ("string",),
    "new Date": ("string", "number"),
}
KINDS = {"String": "strings", "Number": "numbers", "new Date": "Dates"}


def _converted_receiver(data: bytes, root, at: int, name: str, owner: str) -> Iterator[tuple[str, str]]:
    """TS2339 `Property 'padStart' does not exist on type 'number'`: the method is right, the
    receiver's type is not: `String(value).padStart`. Only between primitives, for methods one
    primitive has and the other lacks (type_errors.receiver_conversion)."""
    conversion = receiver_conversion(name)
    base = (
        "number"
        if re.fullmatch(r"-?\d+(?:\.\d+)?", owner)
        else "string"
        if owner and owner[0] in "'\"`"
        else owner
    )
    if not conversion or base not in PRIMITIVES[conversion]:
        return
    node = root.descendant_for_byte_range(at, at)
    member = node.parent if node is not None else None
    if member is None or member.type != "member_expression" or member.child_by_field_name("property") != node:
        return
    obj = member.child_by_field_name("object")
    if obj is None:
        return
    converted = f"{conversion}({node_text(obj)})"
    yield (
        replace_span(data, obj.start_byte, obj.end_byte, converted),
        f"convert {node_text(obj)[:40]} with {conversion}(): '{name}' is a method of "
        f"{KINDS[conversion]}, not of {owner}",
    )


MAX_BINDINGS = 3
SCOPES = frozenset({"function_declaration", "function_expression", "arrow_function", "method_definition",
                    "function", "generator_function_declaration"})  # fmt: skip
LITERAL_TYPES = {"number": "number", "string": "string", "template_string": "string", "true": "boolean",
                 "false": "boolean"}  # fmt: skip


def _bindings_of_type(target, want: str, *, returns: Mapping[str, str]) -> tuple[list[str], list[str]]:
    """(unused, used) names declared before `target` in its enclosing functions whose type is `want`:
    PAR's "parameter replacer" (Kim et al., ICSE 2013) with a binding of the type tsc wants. A local
    that nothing reads (`const index = arrayIndex(token); splice(token, 1)`) is the value the
    expression was meant to be, so those come first, nearest first."""
    if target.type not in ("identifier", "member_expression"):
        return [], []
    wrong = node_text(target)
    found: dict[str, int] = {}  # name -> where it is declared
    locals_: set[str] = set()
    scope = target.parent
    while scope is not None:
        if scope.type in SCOPES:
            for node in walk(scope):
                if node.start_byte >= target.start_byte:
                    break
                name, declared = _typed_binding(node, returns)
                if name and name != wrong and declared == want and name not in found:
                    found[name] = node.start_byte
                    if node.type == "variable_declarator":
                        locals_.add(name)
        scope = scope.parent
    if not found:
        return [], []
    body = target
    while body.parent is not None and body.type not in SCOPES:
        body = body.parent
    reads: dict[str, int] = {}
    for node in walk(body):
        if node.type in ("identifier", "shorthand_property_identifier") and node_text(node) in found:
            reads[node_text(node)] = reads.get(node_text(node), 0) + 1
    nearest = sorted(found, key=lambda n: -found[n])[:MAX_BINDINGS]
    # A parameter nothing reads is common (a signature kept for its callers); a local is not.
    unused = [n for n in nearest if reads.get(n, 0) <= 1 and n in locals_]
    return unused, [n for n in nearest if n not in unused]


def _typed_binding(node, returns: Mapping[str, str]) -> tuple[str, str]:
    """(name, declared type) of a declarator or a parameter, "" when the code does not say."""
    if node.type in ("required_parameter", "optional_parameter"):
        pattern, annotation = node.child_by_field_name("pattern"), node.child_by_field_name("type")
        if pattern is not None and pattern.type == "identifier" and annotation is not None:
            return node_text(pattern), _annotation(annotation)
        return "", ""
    if node.type != "variable_declarator":
        return "", ""
    name, annotation, value = (node.child_by_field_name(f) for f in ("name", "type", "value"))
    if name is None or name.type != "identifier":
        return "", ""
    if annotation is not None:
        return node_text(name), _annotation(annotation)
    if value is None:
        return "", ""
    if value.type in LITERAL_TYPES:
        return node_text(name), LITERAL_TYPES[value.type]
    function = value.child_by_field_name("function") if value.type == "call_expression" else None
    if function is not None and function.type == "identifier":
        return node_text(name), returns.get(node_text(function), "")
    return "", ""


def declared_functions(sources: Mapping[str, str]) -> dict[str, tuple[tuple[str, ...], str]]:
    """Function name -> (declared types of its required parameters, declared return type), over the
    TypeScript sources' function declarations that declare their return type."""
    found: dict[str, tuple[tuple[str, ...], str]] = {}
    for path, text in sources.items():
        if language_of(path) not in ("typescript", "tsx"):
            continue
        tree = parse(text, path)
        for node in walk(tree.root_node) if tree is not None else []:
            if node.type == "function_declaration":
                name, returns = node.child_by_field_name("name"), node.child_by_field_name("return_type")
                parameters = node.child_by_field_name("parameters")
                if name is not None and returns is not None:
                    required = [
                        p
                        for p in (parameters.named_children if parameters else [])
                        if p.type == "required_parameter"
                    ]
                    types = tuple(
                        _annotation(t) if (t := p.child_by_field_name("type")) is not None else ""
                        for p in required
                    )
                    found.setdefault(node_text(name), (types, _annotation(returns)))
    return found


def _base_type(type_text: str) -> str:
    """The primitive type of a literal type (`"22:30"` is a string, `3` a number)."""
    if type_text[:1] in ("'", '"', "`"):
        return "string"
    if re.fullmatch(r"-?\d+(?:\.\d+)?", type_text):
        return "number"
    return type_text


def _converters(
    text: str, path: str, target, have: str, want: str, functions: Mapping[str, tuple[tuple[str, ...], str]]
) -> tuple[list[str], list[str]]:
    """(idle, others): functions the file imports by name or declares that take one `have` and
    return `want`: the repository's own conversion (`parseLength(sideLength)` where a string is
    passed for the seconds), PAR's "expression adder" with a call the types allow. One imported
    but never used is the call the code was meant to make: those first. The function the target
    is in is left out (a recursive call only type-checks)."""
    base = _base_type(have)
    imported = {
        name.local for ref in imports(text, path) for name in ref.names if name.local == name.imported
    }
    declared = {n for n in functions if re.search(rf"\bfunction\s+{re.escape(n)}\b", text)}
    enclosing = set()
    scope = target.parent
    while scope is not None:
        name = scope.child_by_field_name("name") if scope.type == "function_declaration" else None
        enclosing |= {node_text(name)} if name is not None else set()
        scope = scope.parent
    fitting = [
        n for n in sorted(imported | declared) if functions.get(n) == ((base,), want) and n not in enclosing
    ]
    root = target
    while root.parent is not None:
        root = root.parent
    uses = dict.fromkeys(fitting, 0)
    for node in walk(root):
        declaring = node.parent is None or node.parent.type in ("import_specifier", "function_declaration")
        if node.type == "identifier" and node_text(node) in uses and not declaring:
            uses[node_text(node)] += 1
    idle = [n for n in fitting if n in imported and not uses[n]]
    return idle, [n for n in fitting if n not in idle]


# -- the repository's declared members --------------------------------------------------------
Members = dict[str, list[tuple[str, str, str]]]  # type name -> (member, "property"/"method", declared type)


def declared_members(sources: Mapping[str, str]) -> Members:
    """Members of the interfaces, object type aliases and classes declared in the TypeScript sources."""
    found: Members = {}
    for path, text in sources.items():
        if language_of(path) not in ("typescript", "tsx"):
            continue
        tree = parse(text, path)
        if tree is None:
            continue
        for node in walk(tree.root_node):
            if node.type in ("interface_declaration", "type_alias_declaration", "class_declaration",
                             "abstract_class_declaration"):  # fmt: skip
                name = node.child_by_field_name("name")
                body = node.child_by_field_name("body") or node.child_by_field_name("value")
                if name is not None and body is not None:
                    found.setdefault(node_text(name), []).extend(_members(body))
    return found


def _members(body) -> Iterable[tuple[str, str, str]]:
    for child in body.named_children:
        name = child.child_by_field_name("name")
        if name is None:
            continue
        if child.type in ("property_signature", "public_field_definition"):
            annotation = child.child_by_field_name("type")
            if annotation is not None:
                yield node_text(name), "property", _annotation(annotation)
        elif child.type in ("method_signature", "method_definition"):
            parameters = child.child_by_field_name("parameters")
            returns = child.child_by_field_name("return_type")
            required = [
                p for p in (parameters.named_children if parameters else []) if p.type == "required_parameter"
            ]
            if returns is not None and not required:
                yield node_text(name), "method", _annotation(returns)


def _annotation(node) -> str:
    return node_text(node).lstrip(":").strip()
