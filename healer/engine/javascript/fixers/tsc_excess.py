"""tsc's TS2353, "Object literal may only specify known properties, and 'p' does not exist in type 'T'"
(round 47, npm21).

An object literal checked against a declared type (a return type, an annotated variable, a parameter)
may not name a property the type does not have (the excess property check of the TypeScript Handbook,
"Object Types"). When tsc finds no near spelling it says TS2353, not TS2561 ("Did you mean to write…"),
so no template names the property meant. The type's declaration does: when the literal lacks exactly
one of the properties T declares (the required ones first, else exactly one optional one), the excess
key is that property written under another name, and the key is renamed (a shorthand `{ at }` when the
value is the name itself). T is read from an `interface` or an object `type` alias of the file or of
the project's other modules; a literal with a spread, a computed key or a method is left alone.
"""

from __future__ import annotations

import re

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_span
from healer.engine.javascript.fixers.tsc_unions import object_body
from healer.engine.javascript.syntax import encode, node_text, parse, walk

EXCESS = re.compile(
    r"Object literal may only specify known properties, and '(?P<key>[\w$]+)' does not exist in type "
    r"'(?P<type>[\w$]+)(?:<[^']*>)?'"
)
MAX_SOURCES = 400


def excess_property_candidates(
    text: str, path: str, *, line: int, message: str, sources: dict[str, str]
) -> list[Candidate]:
    match = EXCESS.search(message)
    if match is None:
        return []
    key, wanted = match["key"], match["type"]
    tree = parse(text, path)
    if tree is None:
        return []
    declared = _declared(tree.root_node, wanted)
    if declared is None:
        for other, source in list(sources.items())[:MAX_SOURCES]:
            if other == path or wanted not in source:
                continue
            found = parse(source, other)
            declared = _declared(found.root_node, wanted) if found is not None else None
            if declared is not None:
                break
    if declared is None:
        return []
    required, optional = declared
    data = encode(text)
    generated = []
    for pair in _excess_pairs(tree.root_node, key, line):
        literal = pair.parent
        keys = _keys(literal)
        if keys is None:
            continue
        missing = [p for p in required if p not in keys] or [p for p in optional if p not in keys]
        if len(missing) != 1:
            continue
        name = missing[0]
        value = pair.child_by_field_name("value")
        new = name if value is not None and node_text(value) == name else f"{name}: {node_text(value)}"
        generated.append(Candidate(path, replace_span(data, pair.start_byte, pair.end_byte, new), line,
                                   f"store the value under '{name}', the property {wanted} declares and the literal lacks"))  # fmt: skip
    return parsing(generated, original=text, path=path)


def _excess_pairs(root: tree_sitter.Node, key: str, line: int) -> list[tree_sitter.Node]:
    """The `key: value` pairs of object literals written on `line` (a pruned descent)."""
    found, stack = [], [root]
    while stack:
        node = stack.pop()
        if node.start_point.row > line - 1 or node.end_point.row < line - 1:
            continue
        if node.type == "pair" and node.start_point.row == line - 1:
            name = node.child_by_field_name("key")
            if name is not None and name.type == "property_identifier" and node_text(name) == key:
                found.append(node)
        stack.extend(node.named_children)
    return found


def _keys(literal: tree_sitter.Node | None) -> set[str] | None:
    """The literal's property names, or None when some are not plain (spread, computed, method)."""
    if literal is None or literal.type != "object":
        return None
    keys = set()
    for member in literal.named_children:
        if member.type == "shorthand_property_identifier":
            keys.add(node_text(member))
        elif member.type == "pair":
            name = member.child_by_field_name("key")
            if name is None or name.type not in ("property_identifier", "string"):
                return None
            keys.add(node_text(name).strip("'\""))
        elif member.type != "comment":
            return None
    return keys


def _declared(root: tree_sitter.Node, wanted: str) -> tuple[list[str], list[str]] | None:
    """(required, optional) property names of `interface wanted` or `type wanted = { … }` (the first)."""
    for node in walk(root):
        if node.type not in ("interface_declaration", "type_alias_declaration"):
            continue
        name = node.child_by_field_name("name")
        if name is None or node_text(name) != wanted:
            continue
        body = object_body(node)
        if body is None:
            return None
        if node.type == "interface_declaration" and any(
            c.type == "extends_type_clause" for c in node.named_children
        ):
            return None  # inherited properties are declared elsewhere
        required, optional = [], []
        for member in body.named_children:
            if member.type != "property_signature":
                continue
            key = member.child_by_field_name("name")
            if key is None:
                continue
            (optional if any(c.type == "?" for c in member.children) else required).append(node_text(key))
        return required, optional
    return None
