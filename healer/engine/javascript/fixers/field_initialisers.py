"""A class field declared without its initial value, used as if it had one.

A field definition without an initialiser starts as `undefined` (ECMAScript 15.7.10,
DefineField: the initialiser's absence gives undefined), so the first `this.#cues.push(...)` throws
("Cannot read properties of undefined (reading 'push')"); tsc says the same statically (TS2564,
"Property '#cues' has no initializer and is not definitely assigned in the constructor"). The repair
is tsc's own code fix for TS2564, "Add initializer to property" (fixAddMissingPropertyInitializer):
the empty value of the field's declared type (`T[]` → `[]`, `Map<K, V>` → `new Map()`, `string` →
`''`); without a type (JavaScript) the empty collection whose method the crash read (`push` → `[]`,
`set`/`get` → `new Map()`, `add` → `new Set()`), the receiver-type inference PyTER applies to a
missing value. A field the class assigns anywhere (`this.#cues = ...`) is left alone: its value is
missing elsewhere, not at the declaration.
"""

from __future__ import annotations

import re

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_span
from healer.engine.javascript.syntax import encode, node_text, parse, walk

FIELDS = ("field_definition", "public_field_definition")
NO_INITIALISER = re.compile(r"Property '(?P<name>#?[\w$]+)' has no initializer")
READ_OF_UNDEFINED = re.compile(r"Cannot read propert(?:y|ies) of undefined \(reading '(?P<member>[\w$]+)'\)")
# The empty value of a declared type, by its outer name (tsc's getDefaultValueFromType, widened to
# the built-in collections).
EMPTY_BY_TYPE = {
    "Array": "[]", "ReadonlyArray": "[]", "Map": "new Map()", "Set": "new Set()", "WeakMap": "new WeakMap()",
    "WeakSet": "new WeakSet()", "Record": "{}", "Partial": "{}", "string": "''", "number": "0", "boolean": "false",
    "bigint": "0n",
}  # fmt: skip
# The empty collection whose methods the crash read (a JavaScript field has no declared type).
EMPTY_BY_MEMBER = {
    **dict.fromkeys(("push", "unshift", "map", "filter", "reduce", "forEach", "find", "some", "every", "length",
                     "slice", "includes", "indexOf", "join", "sort", "at", "flatMap", "concat", "splice"), "[]"),
    **dict.fromkeys(("set", "get", "has", "delete", "entries", "keys", "values", "size"), "new Map()"),
    "add": "new Set()",
}  # fmt: skip


def field_initialiser_candidates(text: str, path: str, *, line: int, message: str) -> list[Candidate]:
    tree = parse(text, path)
    if tree is None:
        return []
    if match := NO_INITIALISER.search(message):
        fields = [
            f for f in _fields(tree.root_node) if _name(f) == match["name"] and f.start_point.row == line - 1
        ]
        return parsing(_initialised(text, path, fields, member=""), original=text, path=path)
    match = READ_OF_UNDEFINED.search(message)
    if match is None:
        return []
    read = {
        node_text(p) for n in walk(tree.root_node)
        if n.type == "member_expression" and n.start_point.row == line - 1
        and node_text(n.child_by_field_name("object") or n) == "this"
        and (p := n.child_by_field_name("property")) is not None
    }  # fmt: skip
    fields = [f for f in _fields(tree.root_node) if _name(f) in read and not _assigned(f)]
    return parsing(_initialised(text, path, fields, member=match["member"]), original=text, path=path)


def _fields(root: tree_sitter.Node) -> list[tree_sitter.Node]:
    """Instance fields declared without a value, a definite-assignment `!` or `declare`."""
    return [
        n for n in walk(root)
        if n.type in FIELDS and n.child_by_field_name("value") is None
        and not any(c.type in ("static", "!", "declare", "abstract") for c in n.children)
    ]  # fmt: skip


def _name(field: tree_sitter.Node) -> str:
    name = field.child_by_field_name("name") or field.child_by_field_name("property")
    return node_text(name) if name is not None else ""


def _assigned(field: tree_sitter.Node) -> bool:
    """Whether the class writes `this.<name> = ...` anywhere."""
    body = field.parent
    name = _name(field)
    for node in walk(body) if body is not None else ():
        if node.type != "assignment_expression":
            continue
        left = node.child_by_field_name("left")
        if left is not None and node_text(left) == f"this.{name}":
            return True
    return False


def _initialised(text: str, path: str, fields: list[tree_sitter.Node], *, member: str) -> list[Candidate]:
    data = encode(text)
    found = []
    for field in fields:
        annotation = field.child_by_field_name("type")
        value = _empty_of(annotation) if annotation is not None else EMPTY_BY_MEMBER.get(member)
        if value is None:
            continue
        found.append(Candidate(path, replace_span(data, field.end_byte, field.end_byte, f" = {value}"),
                               field.start_point.row + 1,
                               f"give the field {_name(field)} its initial value {value}"))  # fmt: skip
    return found


def _empty_of(annotation: tree_sitter.Node) -> str | None:
    written = next((c for c in annotation.named_children), None)
    if written is None:
        return None
    if written.type == "array_type" or (written.type == "tuple_type" and not written.named_children):
        return "[]"
    if written.type == "object_type" and not written.named_children:
        return "{}"
    if written.type == "generic_type":
        outer = written.child_by_field_name("name")
        return EMPTY_BY_TYPE.get(node_text(outer)) if outer is not None else None
    return EMPTY_BY_TYPE.get(node_text(written))
