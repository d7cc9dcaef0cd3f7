"""`this.#x` in a static method, where `#x` is a static private field: the class named instead.

A private name is a slot of the objects the class body put it on (ECMAScript 7.3.31 PrivateGet: a
TypeError when the object has no such element, V8 "Cannot read private member #x from an object whose
class did not declare it"). A static private field is put on the class object alone, never on a
subclass, and a static method's `this` is whatever it was called on: `SpoutTap.next()` reads
`SpoutTap.#issued`, which does not exist. The class's own name reaches the one slot there is, whichever
subclass the call went through (the reading the TC39 proposal's "static private" FAQ gives): every
`this.#x` of a static private `#x` in the static method holding the crash line is written
`<Class>.#x`. Nothing for an instance field (there `this` is right) or an anonymous class.
"""

from __future__ import annotations

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_nodes
from healer.engine.javascript.syntax import encode, node_text, parse, walk

MESSAGE = "from an object whose class did not declare it"
CLASSES = ("class_declaration", "class", "abstract_class_declaration")


def static_private_candidates(text: str, path: str, *, line: int, message: str) -> list[Candidate]:
    if MESSAGE not in message:
        return []
    tree = parse(text, path)
    if tree is None:
        return []
    found = []
    for method in walk(tree.root_node):
        if (
            method.type != "method_definition"
            or not method.start_point.row <= line - 1 <= method.end_point.row
        ):
            continue
        if not any(c.type == "static" for c in method.children):
            continue
        body = method.parent
        owner = body.parent if body is not None else None
        name = owner.child_by_field_name("name") if owner is not None and owner.type in CLASSES else None
        if name is None:
            continue
        statics = {node_text(f.child_by_field_name("name")) for f in body.named_children
                   if f.type in ("public_field_definition", "field_definition") and any(c.type == "static" for c in f.children)
                   and f.child_by_field_name("name") is not None}  # fmt: skip
        reads = {
            node.child_by_field_name("object"): node_text(name)
            for node in walk(method)
            if node.type == "member_expression"
            and (obj := node.child_by_field_name("object")) is not None
            and obj.type == "this"
            and (field := node.child_by_field_name("property")) is not None
            and node_text(field) in statics
            and field.type == "private_property_identifier"
        }
        if reads:
            found.append(Candidate(path, replace_nodes(encode(text), reads), line,
                                   f"read the static private fields through {node_text(name)}: a subclass has none of its own"))  # fmt: skip
    return parsing(found, original=text, path=path)
