"""LOGIC families for a line whose code says one thing and does another (round 33), apart from `logic.py`.

Each family is a general repair template (TBar's fix templates, PraPR's and ssFix's mutators) or a rule
of JavaScript's documented semantics, applied where the code itself (a name, a binding in scope, the
file's own data, what a loop does after it) points at the meaning; none names a project's identifiers:

- `weekday_dates`: `getDay()`/`getUTCDay()` is the day of the week (ECMA-262 WeekDay) and
  `getDate()`/`getUTCDate()` the day of the month (DateFromTime): the two "day" getters are confused
  both ways (PraPR's method replacement with the sibling of the same unit's name).
- `swapped_indices`: two constant indices of one object on a line in each other's places
  (`m[2] * 60 + m[1]` for the capture groups read in order): DeepBugs' swapped arguments for subscripts.
- `unchosen_values`: after `const w = c ? a : b`, `a` or `b` passed on where the value the choice
  did not take (`w === a ? b : a`) or took (`w`) was meant: PraPR's variable replacement with the donors
  the data flow names.
- `option_defaults`: a destructured option's or a parameter's boolean default the other way round
  (`{ strict = true } = {}`): TBar's "mutate literal" on the one literal every caller that says
  nothing gets.
- `fenceposts`: `total / (size + gap)` counts a gap after the last piece too; n pieces need n - 1 gaps,
  so `(total + gap) / (size + gap)` (and the other way, `total - gap`): the off-by-one of a count of
  things separated by spacers (the fencepost error), as TBar's "mutate expression" adding the term.
- `kept_copies`: a value yielded or pushed (stored) in a loop whose next turn goes on
  mutating it in place (`d.setUTCDate(...)`, `xs.push(...)`, `o.f = ...`) hands every reader one
  aliased object: a copy (`new Date(d)`, `[...xs]`, `{ ...o }`), the aliasing repair of the literature
  (ssFix's and ELIXIR's "insert a copy constructor").
- `turn_factors`: `Math.PI * r` where a whole turn was meant (`2 * Math.PI * r`): ssFix's and
  CapGen's "insert a factor", for the constant the circle formulas differ by (2πr, πr², π/2).
- `computed_keys`: `{ name: v }` whose key spells a binding in scope that the same function reads
  as a key (`tally[name]`): the computed key `[name]` (ECMA-262 PropertyDefinition: an identifier key
  is a literal name).
- `whole_tokens`: `s.includes(tag)` on a string field that the file's own data writes as a delimited
  list (`'a,b'`) finds substrings ('non-dairy' holds 'dairy'): `s.split(',').includes(tag)`, the token
  test (String.prototype.includes versus Array.prototype.includes).
- `angle_units`: `Math.atan2`/`asin`/`acos`/`atan` return radians (ECMA-262 Math), `sin`/`cos`/`tan`
  take radians: a result converted to degrees, an argument whose name says degrees converted to radians.

The edits the code's own evidence names (a mutation after the yield, a read of the same computed key,
delimited literals, a name that says degrees) end with `BY_EVIDENCE`, read by `is_evidenced`: tried
before a line's plain mutations (`logic.goes_first`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from healer.engine.javascript.fixers.base import replace_span
from healer.engine.javascript.syntax import FUNCTION_TYPES as FUNCTIONS
from healer.engine.javascript.syntax import method_call, node_text, parse, walk

BY_EVIDENCE = " (as the code around it says)"
DAY_GETTERS = {"getDay": "getDate", "getDate": "getDay", "getUTCDay": "getUTCDate", "getUTCDate": "getUTCDay"}
INVERSE_TRIG = frozenset({"atan2", "atan", "asin", "acos"})
TRIG = frozenset({"sin", "cos", "tan"})
DEGREES = re.compile(r"deg", re.IGNORECASE)
# Methods that change their receiver in place (ECMA-262: Array.prototype's mutators, Date's setters).
MUTATORS = re.compile(
    r"^(push|pop|shift|unshift|splice|sort|reverse|fill|copyWithin|set[A-Z]\w*|add|delete|clear)$"
)
DELIMITERS = (",", ";", "|", " ")


def is_evidenced(description: str) -> bool:
    return description.endswith(BY_EVIDENCE)


def _scope(node):
    current = node.parent
    while current is not None and current.type not in FUNCTIONS:
        current = current.parent
    if current is not None:
        return current
    root = node
    while root.parent is not None:
        root = root.parent
    return root


def _root(node):
    while node.parent is not None:
        node = node.parent
    return node


def weekday_dates(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`d.getUTCDay()` -> `d.getUTCDate()` and back: the week's day and the month's."""
    for node in nodes:
        parts = method_call(node)
        if parts is None or node_text(parts[1]) not in DAY_GETTERS:
            continue
        old = node_text(parts[1])
        new = DAY_GETTERS[old]
        # A week's day beside the month's number makes no date: the evidence for the month's day.
        evidence = (
            BY_EVIDENCE
            if "Day" in old
            and any((other := method_call(n)) is not None and "Month" in node_text(other[1]) for n in nodes)
            else ""
        )
        yield (
            replace_span(data, parts[1].start_byte, parts[1].end_byte, new),
            f"call '{new}' instead of '{old}' (the day of the {'month' if 'Date' in new else 'week'}){evidence}",
        )


def swapped_indices(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`m[2] * 60 + Number(m[1])` -> `m[1] * 60 + Number(m[2])`: two literal indices of one object swapped."""
    by_object: dict[str, list] = {}
    for node in nodes:
        if node.type != "subscript_expression":
            continue
        index, target = node.child_by_field_name("index"), node.child_by_field_name("object")
        if index is None or target is None or index.type not in ("number", "string"):
            continue
        by_object.setdefault(node_text(target), []).append(index)
    for name, indices in by_object.items():
        for i, first in enumerate(indices):
            for second in indices[i + 1 :]:
                if node_text(first) == node_text(second):
                    continue
                edited = data[: first.start_byte] + node_text(second).encode()
                edited += data[first.end_byte : second.start_byte] + node_text(first).encode()
                edited += data[second.end_byte :]
                # A pattern's groups read against their order (`m[2]` written before `m[1]`) is the
                # evidence: groups are numbered in the order the pattern writes them.
                # Both read alike (`Number(m[2])` and `Number(m[1])`): parts of one value, not a
                # group tested apart from another (`m[2] ? ... : TABLE[m[1]]`).
                evidence = (
                    BY_EVIDENCE
                    if _descending(first, second)
                    and _role(first.parent) == _role(second.parent)
                    and _matched(indices[0], name)
                    else ""
                )
                yield (
                    edited.decode("utf-8", errors="surrogateescape"),
                    f"swap {name[:30]}[{node_text(first)}] and {name[:30]}[{node_text(second)}]{evidence}",
                )


def _role(subscript) -> tuple[str, str]:
    """How a subscript's value is used: the call it is an argument of, else its parent's kind."""
    parent = subscript.parent
    if parent is None:
        return ("", "")
    if parent.type == "arguments" and parent.parent is not None:
        callee = parent.parent.child_by_field_name("function")
        return ("call", node_text(callee) if callee is not None else "")
    return (parent.type, _op(parent) if parent.type == "binary_expression" else "")


def _descending(first, second) -> bool:
    try:
        return first.type == second.type == "number" and int(node_text(first)) > int(node_text(second))
    except ValueError:
        return False


def _matched(node, name: str) -> bool:
    """`name` holds a regular expression's match in the function: `re.exec(s)`, `s.match(re)`."""
    for candidate in walk(_scope(node)):
        if (
            candidate.type != "variable_declarator"
            or node_text(candidate.child_by_field_name("name") or candidate) != name
        ):
            continue
        value = candidate.child_by_field_name("value")
        parts = method_call(value) if value is not None else None
        if parts is not None and node_text(parts[1]) in ("exec", "match"):
            return True
    return False


def unchosen_values(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`const w = c ? a : b;` then `spare.push(b)` -> `spare.push(w === a ? b : a)` (the one not
    chosen) or `push(w)`: after a choice between two values, one of them used where the choice's
    result or its complement was meant (PraPR's and ssFix's variable replacement, the donor named by
    the data flow)."""
    for node in nodes:
        if node.type != "identifier" or node.parent is None or node.parent.type != "arguments":
            continue
        name = node_text(node)
        for chosen, first, second in _choices(_scope(node), before=node.start_byte):
            if name not in (first, second):
                continue
            loser = f"{chosen} === {first} ? {second} : {first}"
            yield (
                replace_span(data, node.start_byte, node.end_byte, loser),
                f"use the value {chosen} did not take",
            )
            yield (
                replace_span(data, node.start_byte, node.end_byte, chosen),
                f"use {chosen}, the value chosen",
            )


def _choices(scope, *, before: int) -> list[tuple[str, str, str]]:
    """`(w, a, b)` for each `const w = cond ? a : b` of `scope` written before `before`."""
    found = []
    for node in walk(scope):
        if node.type != "variable_declarator" or node.start_byte >= before:
            continue
        target, value = node.child_by_field_name("name"), node.child_by_field_name("value")
        if (
            target is None
            or value is None
            or target.type != "identifier"
            or value.type != "ternary_expression"
        ):
            continue
        first, second = value.child_by_field_name("consequence"), value.child_by_field_name("alternative")
        if first is None or second is None or first.type != "identifier" or second.type != "identifier":
            continue
        found.append((node_text(target), node_text(first), node_text(second)))
    return found


def option_defaults(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`total({ returning = true } = {})` -> `= false`: a boolean default the other way round."""
    for node in nodes:
        if node.type not in ("object_assignment_pattern", "assignment_pattern"):
            continue
        value, bound = node.child_by_field_name("right"), node.child_by_field_name("left")
        if value is None or bound is None or value.type not in ("true", "false"):
            continue
        other = "false" if value.type == "true" else "true"
        yield (
            replace_span(data, value.start_byte, value.end_byte, other),
            f"default {node_text(bound)[:40]} to {other}",
        )


def default_headers(text: str, path: str) -> dict[int, tuple[int, int]]:
    """The header line of every function whose parameters default a name to a boolean -> the lines
    of its body. V8 attributes a function's header to the range around the function, so Ochiai ranks
    the body's lines and never the defaults every caller that says nothing gets (dispatch adds the
    header beside its body's lines)."""
    tree = parse(text, path)
    if tree is None:
        return {}
    found: dict[int, tuple[int, int]] = {}
    for node in walk(tree.root_node):
        if node.type not in FUNCTIONS:
            continue
        parameters = node.child_by_field_name("parameters")
        body = node.child_by_field_name("body")
        if parameters is None or body is None or body.start_point.row == body.end_point.row:
            continue
        if any(
            n.type in ("object_assignment_pattern", "assignment_pattern")
            and (value := n.child_by_field_name("right")) is not None
            and value.type in ("true", "false")
            for n in walk(parameters)
        ):
            found[parameters.start_point.row + 1] = (body.start_point.row + 2, body.end_point.row)
    return found


def fenceposts(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`total / (size + gap)` -> `(total + gap) / (size + gap)`: n pieces, n - 1 gaps between them."""
    for node in nodes:
        if node.type != "binary_expression" or _op(node) != "/":
            continue
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None:
            continue
        inner = (
            right.named_children[0]
            if right.type == "parenthesized_expression" and right.named_children
            else None
        )
        if inner is None or inner.type != "binary_expression" or _op(inner) != "+":
            continue
        gap = inner.child_by_field_name("right")
        if gap is None or gap.type == "number" or left.type == "number":
            continue
        for sign in ("+", "-"):
            yield (
                replace_span(
                    data, left.start_byte, left.end_byte, f"({node_text(left)} {sign} {node_text(gap)})"
                ),
                f"count {node_text(gap)[:30]} once between pieces ({sign})",
            )


def _op(node) -> str:
    op = node.child_by_field_name("operator")
    return node_text(op) if op is not None else ""


def kept_copies(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`yield day` while the loop goes on `day.setUTCDate(...)` -> `yield new Date(day)`."""
    for node in nodes:
        value = _handed_out(node)
        if value is None or value.type != "identifier":
            continue
        name = node_text(value)
        scope = _scope(node)
        loop = _enclosing_loop(node, scope)
        # Only the loop's next turn shows the aliasing: outside a loop, registering an object and
        # then filling it (`list.push(index); index.x = ...`) is the common correct idiom, and a
        # binding made in the loop (its header or body) is a new object every turn.
        if loop is None or _declared_in(loop, name):
            continue
        mutated = _mutations(loop, name, after=node.end_byte, loop=loop)
        if not mutated or _rebound(loop, name, after=node.end_byte, loop=loop):
            continue
        kind = _kind(scope, name, mutated)
        copies = {
            "date": [f"new Date({name})"],
            "array": [f"[...{name}]"],
            "object": [f"{{ ...{name} }}"],
        }.get(kind, [f"structuredClone({name})", f"{{ ...{name} }}"])
        for copy in copies:
            yield (
                replace_span(data, value.start_byte, value.end_byte, copy),
                f"hand out a copy of {name[:30]}, which is changed afterwards{BY_EVIDENCE}",
            )


def _handed_out(node):
    """The identifier a statement hands to its reader: `yield x`, `xs.push(x)` (a list of snapshots;
    a Map's or Set's entries are kept by reference on purpose, as an index of live objects)."""
    if node.type == "yield_expression" and node.named_children:
        return node.named_children[0]
    if node.type == "call_expression":
        parts = method_call(node)
        arguments = node.child_by_field_name("arguments")
        if parts is not None and node_text(parts[1]) in ("push", "unshift") and arguments is not None:
            values = arguments.named_children
            return values[-1] if values else None
    return None


def _declared_in(loop, name: str) -> bool:
    """`name` is bound in the loop's header or body: a new binding every turn."""
    left = loop.child_by_field_name("left")
    bound = ("identifier", "shorthand_property_identifier_pattern")
    if left is not None and name in {node_text(n) for n in walk(left) if n.type in bound}:
        return True
    return any(
        n.type == "variable_declarator" and node_text(n.child_by_field_name("name") or n) == name
        for n in walk(loop)
    )


def _enclosing_loop(node, scope):
    current = node.parent
    while current is not None and current != scope:
        if current.type in ("for_statement", "for_in_statement", "while_statement", "do_statement"):
            return current
        current = current.parent
    return None


def _mutations(scope, name: str, *, after: int, loop) -> list:
    """Nodes of `scope` that change `name` in place, after `after` or anywhere in `loop` (next turn)."""
    found = []
    for node in walk(scope):
        where = node.start_byte > after or (
            loop is not None and loop.start_byte <= node.start_byte < loop.end_byte
        )
        if not where:
            continue
        parts = method_call(node)
        if parts is not None and node_text(parts[0]) == name and MUTATORS.match(node_text(parts[1])):
            found.append(node)
        elif node.type in ("assignment_expression", "augmented_assignment_expression"):
            target = node.child_by_field_name("left")
            if target is not None and target.type in ("member_expression", "subscript_expression"):
                owner = target.child_by_field_name("object")
                if owner is not None and node_text(owner) == name:
                    found.append(node)
    return found


def _rebound(scope, name: str, *, after: int, loop) -> bool:
    """`name = ...` after the hand-out (or in its loop): a new object replaces the one handed out,
    so later changes do not reach it (`rows.push(row); row = [];`)."""
    for node in walk(scope):
        if node.type != "assignment_expression":
            continue
        target = node.child_by_field_name("left")
        inside = loop is not None and loop.start_byte <= node.start_byte < loop.end_byte
        named = target is not None and target.type == "identifier" and node_text(target) == name
        if named and (node.start_byte > after or inside):
            return True
    return False


def _kind(scope, name: str, mutated: list) -> str:
    for node in walk(scope):
        if node.type == "variable_declarator" and node.child_by_field_name("name") is not None:
            if node_text(node.child_by_field_name("name")) != name:
                continue
            value = node.child_by_field_name("value")
            written = node_text(value) if value is not None else ""
            if written.startswith("new Date"):
                return "date"
            if written.startswith("[") or written.startswith("Array"):
                return "array"
            if written.startswith("{"):
                return "object"
    methods = {node_text(method_call(n)[1]) for n in mutated if method_call(n) is not None}
    if any(m.startswith("set") and m not in ("set",) for m in methods):
        return "date"
    if methods & {"push", "pop", "shift", "unshift", "splice", "sort", "reverse", "fill"}:
        return "array"
    return "object" if mutated and not methods else ""


def turn_factors(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`Math.PI * r` -> `2 * Math.PI * r`, `Math.PI * r ** 2`: the circle formulas' factors."""
    for node in nodes:
        if node.type != "binary_expression" or _op(node) != "*":
            continue
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None or node_text(left) != "Math.PI":
            continue
        parent = node.parent
        if parent is not None and parent.type == "binary_expression" and _op(parent) == "*":
            continue  # already a factor of a larger product (`2 * Math.PI * r`)
        yield (
            replace_span(data, node.start_byte, node.start_byte, "2 * "),
            f"a whole turn: 2 * {node_text(node)[:40]}",
        )
        if right.type in ("identifier", "member_expression"):
            yield (
                replace_span(data, right.start_byte, right.end_byte, f"{node_text(right)} ** 2"),
                f"square {node_text(right)[:40]}",
            )


def computed_keys(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`{ ...tally, name: n + 1 }` -> `[name]: ...` when the function reads `tally[name]`."""
    for node in nodes:
        if node.type != "pair":
            continue
        key = node.child_by_field_name("key")
        if key is None or key.type != "property_identifier":
            continue
        name = node_text(key)
        scope = _scope(node)
        if not _bound_in(scope, name):
            continue
        value = node.child_by_field_name("value")
        if value is not None and node_text(value) == name:
            continue  # `{ name: name }` spells the word on purpose
        # The evidence: the literal spreads an object that the same line reads at `[name]`
        # (`{ ...tally, name: tally[name] + 1 }`), the keyed update of a record.
        spread = {
            node_text(n.named_children[0]) for n in node.parent.named_children if n.type == "spread_element"
        }
        keyed = any(
            n.type == "subscript_expression"
            and (index := n.child_by_field_name("index")) is not None
            and node_text(index) == name
            and node_text(n.child_by_field_name("object") or n) in spread
            for n in walk(node.parent)
        )
        suffix = BY_EVIDENCE if keyed else ""
        yield (
            replace_span(data, key.start_byte, key.end_byte, f"[{name}]"),
            f"key by the value of {name}, not the word{suffix}",
        )


def _bound_in(scope, name: str) -> bool:
    """A parameter or local of `scope` (or of a function around it) spelt `name`."""
    current = scope
    while current is not None:
        for node in walk(current):
            if (
                node.type in ("identifier", "shorthand_property_identifier_pattern")
                and node_text(node) == name
            ):
                parent = node.parent
                if parent is not None and (
                    parent.type
                    in ("formal_parameters", "required_parameter", "optional_parameter", "object_pattern")
                    or (parent.type == "variable_declarator" and parent.child_by_field_name("name") == node)
                    or (
                        parent.type in ("arrow_function",) and parent.child_by_field_name("parameter") == node
                    )
                ):
                    return True
        current = current.parent
        while current is not None and current.type not in FUNCTIONS:
            current = current.parent
    return False


def whole_tokens(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`flavour.tags.includes(tag)` -> `flavour.tags.split(',').includes(tag)` on delimited strings."""
    for node in nodes:
        parts = method_call(node)
        if parts is None or node_text(parts[1]) != "includes":
            continue
        receiver = parts[0]
        field = receiver.child_by_field_name("property") if receiver.type == "member_expression" else receiver
        if field is None:
            continue
        delimiter = _delimiter(_root(node), node_text(field))
        if delimiter is None:
            continue
        yield (
            replace_span(data, receiver.end_byte, receiver.end_byte, f".split({delimiter!r})"),
            f"test whole {delimiter!r}-separated items of {node_text(receiver)[:40]}{BY_EVIDENCE}",
        )


def _delimiter(root, field: str) -> str | None:
    """The separator the file's string literals for `field` list their items with, if any."""
    counts: dict[str, int] = {}
    for node in walk(root):
        if node.type not in ("pair", "variable_declarator"):
            continue
        key = node.child_by_field_name("key") or node.child_by_field_name("name")
        value = node.child_by_field_name("value")
        if key is None or value is None or node_text(key) != field or value.type != "string":
            continue
        body = node_text(value)[1:-1]
        for delimiter in DELIMITERS:
            if delimiter in body:
                counts[delimiter] = counts.get(delimiter, 0) + 1
                break
    return max(counts, key=lambda d: counts[d]) if counts else None


def angle_units(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`Math.atan2(y, x)` -> `(Math.atan2(y, x) * 180) / Math.PI`; `Math.sin(deg)` -> radians."""
    for node in nodes:
        parts = method_call(node)
        if parts is None or node_text(parts[0]) != "Math":
            continue
        method = node_text(parts[1])
        context = _context_name(node)
        evidence = BY_EVIDENCE if DEGREES.search(context) else ""
        if method in INVERSE_TRIG:
            if (
                node.parent is not None
                and node.parent.type == "binary_expression"
                and _op(node.parent) in ("*", "/")
            ):
                continue  # already converted (`* 180 / Math.PI`, `* RAD_TO_DEG`)
            yield (
                replace_span(data, node.start_byte, node.end_byte, f"({node_text(node)} * 180) / Math.PI"),
                f"report {method}'s radians in degrees{evidence}",
            )
        elif method in TRIG:
            arguments = node.child_by_field_name("arguments")
            value = (
                arguments.named_children[0] if arguments is not None and arguments.named_children else None
            )
            if value is None or "PI" in node_text(value) or value.type == "call_expression":
                continue
            named = BY_EVIDENCE if DEGREES.search(node_text(value)) else ""
            yield (
                replace_span(data, value.start_byte, value.end_byte, f"({node_text(value)} * Math.PI) / 180"),
                f"give {method} radians, not degrees{named}",
            )


def _context_name(node) -> str:
    """The name of the function around `node` and of the variable its value is stored in."""
    names = []
    current = node.parent
    while current is not None:
        if current.type in ("variable_declarator", "assignment_expression", "pair"):
            target = (
                current.child_by_field_name("name")
                or current.child_by_field_name("left")
                or (current.child_by_field_name("key"))
            )
            if target is not None:
                names.append(node_text(target))
        if current.type in FUNCTIONS:
            name = current.child_by_field_name("name")
            if name is not None:
                names.append(node_text(name))
            elif current.parent is not None and current.parent.type == "variable_declarator":
                names.append(node_text(current.parent.child_by_field_name("name")))
            break
        current = current.parent
    return " ".join(names)


# The families whose edits may carry the code's own evidence: tried on every line of the first
# suspicious group's modules too, only their evidenced edits (logic.contract_candidates).
EVIDENCED_FAMILIES = (kept_copies, computed_keys, whole_tokens, angle_units, swapped_indices)
# Early in a line's rounds (logic.logic_candidates): each yields one or two edits where it matches.
FAMILIES = (
    weekday_dates,
    kept_copies,
    computed_keys,
    whole_tokens,
    angle_units,
    unchosen_values,
    option_defaults,
    fenceposts,
    turn_factors,
)
# Late: any two constant subscripts of one object match, the comparators' keys too.
LATE_FAMILIES = (swapped_indices,)
