"""tsc TS2339 on a union: a property only some members of the union have (round 46, npm20).

"Property 'magnitude' does not exist on type 'Sighting'." where `type Sighting = Meteor | Satellite`
and only `Meteor` declares `magnitude`: TypeScript lets a union's value be read only by the members all
its types share, until a test narrows it (the TypeScript Handbook, "Narrowing": discriminated unions,
the `in` operator). The repair is the test the code left out, not a cast: the `if` whose condition
reads the property is guarded by the member's discriminant (`s.kind === 'meteor' && (…)`, when every
member declares the same property with a literal type) and else by `'magnitude' in s`.

Only an `if` condition at the failure's line that reads the property of a plain name is guarded; the
union and its members must be declared in the project (type aliases and interfaces).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_span
from healer.engine.javascript.syntax import encode, node_text, parse, walk

NOT_ON_UNION = re.compile(r"Property '(?P<prop>[\w$]+)' does not exist on type '(?P<type>[\w$]+)'")
TYPESCRIPT = (".ts", ".tsx", ".mts", ".cts")
LITERAL_TYPES = ("literal_type",)
LOOSE = re.compile(r"\|\||\?|,|(?<![=!<>])=(?!=)")


def union_candidates(
    text: str, path: str, *, line: int, message: str, sources: Mapping[str, str]
) -> list[Candidate]:
    said = NOT_ON_UNION.search(message)
    if said is None or said["prop"] not in text:
        return []
    declared = _declarations({**sources, path: text})
    members = _union(said["type"], declared)
    if len(members) < 2:
        return []
    shapes = [_shape(m, declared) for m in members]
    if any(shape is None for shape in shapes):
        return []
    having = [i for i, shape in enumerate(shapes) if said["prop"] in shape]
    if not having or len(having) == len(shapes):
        return []
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    found = []
    for read in walk(tree.root_node):
        if read.type != "member_expression" or read.start_point.row != line - 1:
            continue
        owner, field = read.child_by_field_name("object"), read.child_by_field_name("property")
        if owner is None or field is None or owner.type != "identifier" or node_text(field) != said["prop"]:
            continue
        condition = _enclosing_condition(read)
        if condition is None:
            continue
        name = node_text(owner)
        guards = []
        discriminant = _discriminant(shapes, having)
        if discriminant is not None:
            guards.append(" || ".join(f"{name}.{discriminant[0]} === {v}" for v in discriminant[1]))
        guards.append(f"'{said['prop']}' in {name}")
        inner = condition.named_children[0] if condition.named_children else None
        if inner is None:
            continue
        written = node_text(inner)
        wrapped = f"({written})" if LOOSE.search(written) else written
        for guard in guards:
            guard = f"({guard})" if " || " in guard else guard
            new = replace_span(data, inner.start_byte, inner.end_byte, f"{guard} && {wrapped}")
            found.append(Candidate(path, new, line, f"narrow the union {said['type']} first: {guard}"))
        break
    return parsing(found, original=text, path=path)


def _enclosing_condition(node: tree_sitter.Node) -> tree_sitter.Node | None:
    """The `if`'s parenthesised condition holding the node, or whose statement holds it on its line."""
    current = node
    while current.parent is not None:
        parent = current.parent
        if parent.type == "if_statement":
            condition = parent.child_by_field_name("condition")
            if condition is not None and condition.start_point.row == node.start_point.row:
                return condition
            return None
        if parent.type in ("statement_block", "program", "class_body"):
            return None
        current = parent
    return None


def _declarations(sources: Mapping[str, str]) -> dict[str, tree_sitter.Node]:
    """Type aliases and interfaces of the TypeScript sources, by name (the first of each)."""
    found: dict[str, tree_sitter.Node] = {}
    for file, text in sources.items():
        if not file.endswith(TYPESCRIPT) or ("type " not in text and "interface " not in text):
            continue
        tree = parse(text, file)
        if tree is None:
            continue
        for node in walk(tree.root_node):
            if node.type in ("type_alias_declaration", "interface_declaration"):
                name = node.child_by_field_name("name")
                if name is not None:
                    found.setdefault(node_text(name), node)
    return found


def _union(name: str, declared: dict[str, tree_sitter.Node]) -> list[str]:
    alias = declared.get(name)
    if alias is None or alias.type != "type_alias_declaration":
        return []
    value = alias.child_by_field_name("value")
    if value is None or value.type != "union_type":
        return []
    names, stack = [], [value]
    while stack:
        node = stack.pop()
        for child in node.named_children:
            if child.type == "union_type":
                stack.append(child)
            elif child.type == "type_identifier":
                names.append(node_text(child))
            else:
                return []
    return names


def object_body(node: tree_sitter.Node) -> tree_sitter.Node | None:
    """The `{ … }` of `interface X { … }` or `type X = { … }`, or None when the type is not an object type."""
    body = (
        node.child_by_field_name("body")
        if node.type == "interface_declaration"
        else node.child_by_field_name("value")
    )
    if body is None or body.type not in ("interface_body", "object_type"):
        return None
    return body


def _shape(name: str, declared: dict[str, tree_sitter.Node]) -> dict[str, str] | None:
    """A member's properties and their declared types' text, or None when it is not an object type."""
    node = declared.get(name)
    body = None if node is None else object_body(node)
    if body is None:
        return None
    shape = {}
    for member in body.named_children:
        if member.type in ("property_signature", "method_signature"):
            key = member.child_by_field_name("name")
            annotation = member.child_by_field_name("type")
            typed = (
                annotation.named_children[0] if annotation is not None and annotation.named_children else None
            )
            if key is not None:
                shape[node_text(key)] = (
                    node_text(typed) if typed is not None and typed.type in LITERAL_TYPES else ""
                )
    return shape


def _discriminant(shapes: list[dict[str, str]], having: list[int]) -> tuple[str, list[str]] | None:
    """A property every member declares with a distinct literal type, and the values of the members
    that have the property read."""
    for key in shapes[0]:
        values = [shape.get(key, "") for shape in shapes]
        if all(values) and len(set(values)) == len(values):
            return key, [values[i] for i in having]
    return None
