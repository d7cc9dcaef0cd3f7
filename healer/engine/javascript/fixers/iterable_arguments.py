"""Built-ins that take one iterable, given something else (ECMAScript's own signatures).

- `Promise.all`, `allSettled`, `race` and `any` take ONE iterable of promises (27.2.4): given the
  promises as separate arguments (`Promise.all(a(), b())`) they iterate the first one, a promise,
  which is not iterable (V8: "object is not iterable"; tsc: TS2554 "Expected 1 arguments, but got 2").
  The arguments go into one array.
- `new Map(iterable)`, `new WeakMap(iterable)` and `Object.fromEntries(iterable)` take [key, value]
  entries (24.1.1.1 AddEntriesFromIterable): given a plain list they throw "Iterator value x is not
  an entry object". Each element becomes an entry keyed by itself; its value is read from how the
  module uses the map: a number when a `get` is added to or subtracted from (`map.get(k) + n`), a list
  when a `get` is pushed to, else the element itself (a lookup by name), then the others.
- Round 47 (npm21): `new Map(obj)`, `new Set(obj)` (and the weak ones) of a plain object: an object has no
  `Symbol.iterator` (V8: "object is not iterable (cannot read property Symbol(Symbol.iterator))"; tsc:
  TS2769 "No overload matches this call"). A Map's [key, value] entries of an object are
  `Object.entries(obj)` (20.1.2.5, the documented way to make a Map from an object); a Set's members,
  its keys (`Object.keys`) then its values. Only when the argument is an object literal or a name the
  file binds to one (a name bound to anything else, or not bound in the file, is no evidence).
"""

from __future__ import annotations

import re

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, replace_span
from healer.engine.javascript.syntax import encode, node_text, parse, walk

COMBINATORS = ("Promise.all", "Promise.allSettled", "Promise.race", "Promise.any")
ENTRY_TAKERS = ("Map", "WeakMap")
NOT_ENTRY = re.compile(r"is not an entry object")
NOT_ITERABLE = re.compile(
    r"is not iterable|No overload matches this call|is not assignable to parameter of type '(?:Iterable|readonly)"
)
SET_TAKERS = ("Set", "WeakSet")
MAX_MEMBERS = 4


def iterable_argument_candidates(text: str, path: str, *, line: int, message: str) -> list[Candidate]:
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    found: list[Candidate] = []
    bindings: list[tuple[dict[str, list[tree_sitter.Node | None]], set[str]]] = []
    for node in walk(tree.root_node):
        if node.start_point.row > line - 1 or node.end_point.row < line - 1:
            continue
        if node.type == "call_expression":
            callee = node.child_by_field_name("function")
            written = node_text(callee) if callee is not None else ""
            if written in COMBINATORS:
                found += _one_array(data, path, node, written, line)
            elif written == "Object.fromEntries" and NOT_ENTRY.search(message):
                found += _entries(data, path, text, node, tree.root_node)
        elif node.type == "new_expression" and NOT_ENTRY.search(message):
            constructor = node.child_by_field_name("constructor")
            if constructor is not None and node_text(constructor) in ENTRY_TAKERS:
                found += _entries(data, path, text, node, tree.root_node)
        elif node.type == "new_expression" and NOT_ITERABLE.search(message) and len(found) < MAX_MEMBERS:
            # The file's bindings are read once (one walk), whatever the number of constructions on the
            # line: a walk per construction was quadratic on a long line of them (review, round 47).
            found += _object_members(data, path, node, tree.root_node, bindings)
    return found


def _object_members(
    data: bytes,
    path: str,
    made: tree_sitter.Node,
    root: tree_sitter.Node,
    bindings: list[tuple[dict[str, list[tree_sitter.Node | None]], set[str]]],
) -> list[Candidate]:
    """`new Map(obj)` → `new Map(Object.entries(obj))`; `new Set(obj)` → its keys, then its values."""
    constructor = made.child_by_field_name("constructor")
    kind = node_text(constructor) if constructor is not None else ""
    if kind not in ENTRY_TAKERS + SET_TAKERS:
        return []
    given = _arguments(made)
    if len(given) != 1 or not _plain_object(given[0], root, bindings):
        return []
    source = node_text(given[0])
    reads = ("entries",) if kind in ENTRY_TAKERS else ("keys", "values")
    return [
        Candidate(path, replace_span(data, given[0].start_byte, given[0].end_byte, f"Object.{read}({source})"),
                  made.start_point.row + 1,
                  f"give {kind} the object's {read} (Object.{read}): a plain object is not iterable")
        for read in reads
    ]  # fmt: skip


def _plain_object(
    node: tree_sitter.Node,
    root: tree_sitter.Node,
    bindings: list[tuple[dict[str, list[tree_sitter.Node | None]], set[str]]],
) -> bool:
    """An object literal, or a name the file binds (`const`/`let`/`var`) to one and never reassigns.
    `bindings`: the file's declared values by name and its assigned names, filled on first need."""
    if node.type == "object":
        return True
    if node.type != "identifier":
        return False
    if not bindings:
        bindings.append(_bindings(root))
    declared, assigned = bindings[0]
    bound = declared.get(node_text(node), [])
    if node_text(node) in assigned:
        return False
    return len(bound) == 1 and bound[0] is not None and _unwrapped(bound[0]).type == "object"


def _bindings(root: tree_sitter.Node) -> tuple[dict[str, list[tree_sitter.Node | None]], set[str]]:
    """The values each declared name is given (`const n = v`), and the names assigned (`n = v`)."""
    declared: dict[str, list[tree_sitter.Node | None]] = {}
    assigned: set[str] = set()
    for other in walk(root):
        if other.type == "variable_declarator" and (name := other.child_by_field_name("name")) is not None:
            declared.setdefault(node_text(name), []).append(other.child_by_field_name("value"))
        elif (
            other.type == "assignment_expression" and (left := other.child_by_field_name("left")) is not None
        ):
            assigned.add(node_text(left))
    return declared, assigned


def _unwrapped(node: tree_sitter.Node) -> tree_sitter.Node:
    """The value under parentheses and TypeScript's `as`/`satisfies` (`{...} as const`)."""
    while (
        node.type in ("parenthesized_expression", "as_expression", "satisfies_expression")
        and node.named_children
    ):
        node = node.named_children[0]
    return node


def _arguments(call: tree_sitter.Node) -> list[tree_sitter.Node]:
    arguments = call.child_by_field_name("arguments")
    return [a for a in arguments.named_children if a.type != "comment"] if arguments is not None else []


def _one_array(data: bytes, path: str, call: tree_sitter.Node, written: str, line: int) -> list[Candidate]:
    given = _arguments(call)
    if len(given) < 2 or any(a.type == "spread_element" for a in given):
        return []
    start, end = given[0].start_byte, given[-1].end_byte
    inside = data[start:end].decode("utf-8", errors="surrogateescape")
    return [
        Candidate(path, replace_span(data, start, end, f"[{inside}]"), call.start_point.row + 1,
                  f"pass {written} its promises in one array: it takes one iterable")
    ]  # fmt: skip


def _entries(
    data: bytes, path: str, text: str, call: tree_sitter.Node, root: tree_sitter.Node
) -> list[Candidate]:
    given = _arguments(call)
    if len(given) != 1 or given[0].type in ("array", "object"):
        # An array literal's elements can be read and would be rewritten one by one; left to others.
        return []
    source = given[0]
    element = _element_name(node_text(source))
    found = []
    for value in _entry_values(call, root, element):
        entries = f"{node_text(source)}.map(({element}) => [{element}, {value}])"
        found.append(
            Candidate(path, replace_span(data, source.start_byte, source.end_byte, entries),
                      call.start_point.row + 1, f"give {node_text(call).split('(')[0]} [key, value] entries: "
                      f"each element keyed by itself, with {value}")
        )  # fmt: skip
    return found


def _entry_values(call: tree_sitter.Node, root: tree_sitter.Node, element: str) -> list[str]:
    """The entry values to try, the one the module's use of the map suggests first."""
    target = _stored_in(call)
    suggested = []
    for node in walk(root) if target else ():
        if node.type != "call_expression" or not node_text(node).startswith(f"{target}.get("):
            continue
        after = node.parent
        if after is not None and after.type in ("binary_expression", "augmented_assignment_expression"):
            suggested.append("0")
        elif after is not None and after.type == "member_expression" and node_text(after).endswith(".push"):
            suggested.append("[]")
    return list(dict.fromkeys([*suggested, element, "0", "[]"]))


def _stored_in(call: tree_sitter.Node) -> str:
    """Where the new map is kept (`this.stock = new Map(...)` → this.stock, `const m = ...` → m)."""
    parent = call.parent
    if parent is not None and parent.type == "assignment_expression":
        return node_text(parent.child_by_field_name("left"))
    if parent is not None and parent.type == "variable_declarator":
        return node_text(parent.child_by_field_name("name"))
    return ""


def _element_name(source: str) -> str:
    """One element of a plural list's name (`STONES` → stone, `names` → name), else `item`."""
    if re.fullmatch(r"[A-Za-z]+[sS]", source) and len(source) > 2 and not source.lower().endswith("ss"):
        return source[:-1].lower() if source.isupper() else source[:-1]
    return "item" if "item" not in source else "element"
