"""A class with a second constructor: the one the callers name is a static factory.

V8's "A class may only have one constructor" and tsc's "Classes cannot contain more than one
constructor" (TS2392) are early errors tree-sitter accepts. A class has one constructor; a second one
written after it is almost always another way to make the object (`constructor(canyon, topo) { return
new Descent(canyon, topo.split('/')...) }`), and the repository says under which name: a static call on
the class (`Descent.fromTopo(...)`) of a member the class does not have. The second constructor becomes
that static method (`static fromTopo(canyon: string, topo: string): Descent`, typed with the class in
TypeScript), one candidate per such name, nearest the class's own module first.

Not reached: a second constructor nobody calls under another name (merging the two bodies, or dropping
one, is a guess the repository does not back), duplicate methods (TS2393) and other duplicate members.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, replace_span
from healer.engine.javascript.syntax import node_text

TYPESCRIPT = (".ts", ".tsx", ".mts", ".cts")


def duplicate_constructor_candidates(
    data: bytes, path: str, node: tree_sitter.Node, *, line: int, sources: Mapping[str, str]
) -> list[Candidate]:
    """`node`, a method definition on the reported line, when it is a class's second constructor."""
    name = node.child_by_field_name("name")
    body = node.parent
    if node.type != "method_definition" or name is None or node_text(name) != "constructor" or body is None:
        return []
    earlier = [
        m
        for m in body.named_children
        if m.type == "method_definition"
        and m.start_byte < node.start_byte
        and node_text(m.child_by_field_name("name") or m) == "constructor"
    ]
    klass = body.parent
    class_name = klass.child_by_field_name("name") if klass is not None else None
    if not earlier or class_name is None:
        return []
    owner = node_text(class_name)
    members = {
        node_text(key)
        for m in body.named_children
        if (key := m.child_by_field_name("name") or m.child_by_field_name("property")) is not None
    }
    wanted = _static_calls(sources, owner=owner) - members
    parameters = node.child_by_field_name("parameters")
    typed = path.endswith(TYPESCRIPT) and node.child_by_field_name("return_type") is None
    found = []
    for factory in sorted(wanted):
        text = data
        if typed and parameters is not None:
            text = replace_span(text, parameters.end_byte, parameters.end_byte, f": {owner}").encode(
                "utf-8", errors="surrogateescape"
            )
        new = replace_span(text, name.start_byte, name.end_byte, f"static {factory}")
        found.append(
            Candidate(
                path, new, line, f"make the second constructor the static {owner}.{factory} its callers use"
            )
        )
    return found


def _static_calls(sources: Mapping[str, str], *, owner: str) -> set[str]:
    """The names called on the class itself anywhere in the repository (`Descent.fromTopo(`)."""
    pattern = re.compile(rf"(?<![\w$.]){re.escape(owner)}\s*\.\s*([A-Za-z_$][\w$]*)\s*\(")
    return {match for text in sources.values() for match in pattern.findall(text)}
