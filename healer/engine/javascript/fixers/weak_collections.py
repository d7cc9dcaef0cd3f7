"""A weak collection given a key it cannot hold.

A WeakMap's keys and a WeakSet's values must be objects or non-registered symbols (ECMAScript 24.3
and 24.4, CanBeHeldWeakly), so `weak.set('Ana', ...)` throws (V8 "Invalid value used as weak map key",
"Invalid value used in weak set"; tsc TS2345 "... is not assignable to parameter of type 'WeakKey'").
Keys that are strings or numbers were meant for the strong collection of the same interface: the
repair is the collection's construction, `new WeakMap` → `new Map` (`WeakSet` → `Set`), where the
receiver the crash line calls was made; the methods used (`get`, `set`, `has`, `add`, `delete`) are
the same, so nothing else changes.
"""

from __future__ import annotations

import re

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_span
from healer.engine.javascript.syntax import encode, node_text, parse, walk

WEAK_KEY = re.compile(r"Invalid value used (?:as weak map key|in weak set)|type 'WeakKey'")
STRONG = {"WeakMap": "Map", "WeakSet": "Set"}
MAX_SITES = 3


def weak_collection_candidates(text: str, path: str, *, line: int, message: str) -> list[Candidate]:
    if not WEAK_KEY.search(message):
        return []
    tree = parse(text, path)
    if tree is None:
        return []
    receivers = {
        node_text(function.child_by_field_name("object"))
        for n in walk(tree.root_node)
        if n.type == "call_expression" and n.start_point.row == line - 1
        and (function := n.child_by_field_name("function")) is not None and function.type == "member_expression"
        and function.child_by_field_name("object") is not None
    }  # fmt: skip
    made = [n for n in walk(tree.root_node) if n.type == "new_expression" and _weak(n) is not None]
    # The construction stored in the receiver the crash line calls first, then the others nearest above.
    stored = [n for n in made if _target(n) in receivers]
    others = sorted((n for n in made if n not in stored), key=lambda n: abs(n.start_point.row - (line - 1)))
    data = encode(text)
    found = []
    for node in [*stored, *others][:MAX_SITES]:
        name = _weak(node)
        found.append(Candidate(path, replace_span(data, name.start_byte, name.end_byte, STRONG[node_text(name)]),
                               node.start_point.row + 1,
                               f"make a {STRONG[node_text(name)]}, whose keys may be any value, "
                               f"not a {node_text(name)}"))  # fmt: skip
    return parsing(found, original=text, path=path)


def _weak(node: tree_sitter.Node) -> tree_sitter.Node | None:
    constructor = node.child_by_field_name("constructor")
    return constructor if constructor is not None and node_text(constructor) in STRONG else None


def _target(node: tree_sitter.Node) -> str:
    """The name or member the construction is stored in (`const groups = new WeakMap()`, `this.#seen = ...`,
    a field's `#seen = new WeakSet()`)."""
    parent = node.parent
    while parent is not None and parent.type in ("parenthesized_expression", "as_expression"):
        parent = parent.parent
    if parent is None:
        return ""
    if parent.type == "variable_declarator":
        name = parent.child_by_field_name("name")
        return node_text(name) if name is not None else ""
    if parent.type == "assignment_expression":
        left = parent.child_by_field_name("left")
        return node_text(left) if left is not None else ""
    if parent.type in ("field_definition", "public_field_definition"):
        name = parent.child_by_field_name("name") or parent.child_by_field_name("property")
        return f"this.{node_text(name)}" if name is not None else ""
    return ""
