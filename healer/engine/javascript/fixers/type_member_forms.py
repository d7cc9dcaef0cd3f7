"""A type member written with a value: the declaration keeps its form, the value goes.

Round 52 (npm26). tsc's TS1246 "An interface property cannot have an initializer." and TS1247 "A type
literal property cannot have an initializer." (diagnosticMessages.json): an interface or an object
type describes a shape and holds no values, so `amplitudeDeg: number = 4;` parses only up to the `=`.
The thirty-sixth npm part's pendulum had that slip "fixed" by the one-token edit `amplitudeDeg: number,
4;`, which parses because a member may be named by a number: the interface gained a member `4` with
no type (implicitly `any`, which tsc then reports) and the declaration's form was lost.

- `initialiser_candidates`: the `= value` after a property signature of an interface body or object
  type dropped (the repair tsc's message names; the type kept, the value nowhere to go in a type).
- `untyped_members`: how many property signatures of interface bodies and object types carry no
  type annotation. `syntax.syntax_candidates` refuses an edit that adds one in a TypeScript file: a
  member with neither type nor `?` made to parse is no member anyone declared (a method signature and
  an index signature are other nodes and are not counted).
"""

from __future__ import annotations

from healer.engine.javascript.fixers.base import Candidate, replace_span
from healer.engine.javascript.syntax import encode, parse, walk

TYPESCRIPT = (".ts", ".tsx", ".mts", ".cts")
BODIES = ("interface_body", "object_type")


def initialiser_candidates(text: str, path: str, *, line: int) -> list[Candidate]:
    """`name: T = value;` in an interface or object type on `line`: `name: T;`."""
    if not path.endswith(TYPESCRIPT):
        return []
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    found = []
    for node in walk(tree.root_node):
        if node.type != "ERROR" or node.start_point.row != line - 1 or node.parent is None:
            continue
        if node.parent.type not in BODIES or node.child_count == 0 or node.children[0].type != "=":
            continue
        before = node.prev_named_sibling
        if (
            before is None
            or before.type != "property_signature"
            or before.end_point.row != node.start_point.row
        ):
            continue
        # The blank between the type and the `=` goes with the initializer.
        new = replace_span(data, before.end_byte, node.end_byte, "")
        kind = "an interface" if node.parent.type == "interface_body" else "a type literal"
        description = f"drop the initializer: {kind} member declares a type and holds no value"
        found.append(Candidate(path, new, line, description))
    return found


def untyped_members(text: str, path: str) -> int:
    """Property signatures of interface bodies and object types with no type annotation."""
    if not path.endswith(TYPESCRIPT):
        return 0
    tree = parse(text, path)
    if tree is None:
        return 0
    return sum(
        1
        for node in walk(tree.root_node)
        if node.type == "property_signature"
        and node.parent is not None
        and node.parent.type in BODIES
        and node.child_by_field_name("type") is None
    )
