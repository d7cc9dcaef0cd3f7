"""A literal widened by an unannotated variable, then used where its literal type was wanted (TS2322,
TS2345).

`const line = { rig: twin ? 'twin' : 'single' }` gives the property the type `string` (TypeScript's
literal widening: a mutable location's literal type is widened, handbook "Literal Inference"), so
`return line` from a function declared to return `Line`, whose `rig` is `'twin' | 'single'`, fails
("Type '{ ...; rig: string; }' is not assignable to type 'Line'"). The repair is the one the handbook
gives, a contextual type where the value is made: the variable annotated with the type the use
wanted (`const line: Line = {...}`), so the literal is checked against it and keeps its literal
type; `as const` on the literal after it (readonly, which a later write may refuse). Only a variable
declared without a type, from a literal (an object, an array, a string, a conditional of those), whose
use is the diagnostic's own line.
"""

from __future__ import annotations

import re

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_span
from healer.engine.javascript.syntax import encode, node_text, parse, walk

# The type the use wanted: the last quoted type of tsc's first line.
WANTED = re.compile(r"is not assignable to (?:parameter of )?type '(?P<type>[^']+)'\.?$")
LITERALS = ("object", "array", "string", "template_string", "number", "ternary_expression", "true", "false")
# A type that names something (`Line`, `Rig[]`, `Map<string, Line>`, `'a' | 'b'`), not an anonymous shape.
# The primitive types every literal of their kind is assignable to: widening is never their problem.
PRIMITIVES = frozenset({"number", "string", "boolean", "bigint", "symbol"})
NAMED_TYPE = re.compile(r"^[\w$.<>\[\], '|\"-]+$")


def widened_literal_candidates(text: str, path: str, *, line: int, message: str) -> list[Candidate]:
    first = message.splitlines()[0] if message else ""
    match = WANTED.search(first)
    if (
        match is None
        or not NAMED_TYPE.match(match["type"])
        or not path.endswith((".ts", ".tsx", ".mts", ".cts"))
    ):
        return []
    wanted = match["type"]
    if wanted in PRIMITIVES:
        # Round 56: a literal's own type (`6`, `'a'`) is assignable to its primitive, so annotating the
        # variable with one cannot be what tsc asks (`crossingsNeeded(passengers, SEATS)` refused
        # `Passenger[]`, and `const SEATS: number` came first).
        return []
    tree = parse(text, path)
    if tree is None:
        return []
    used = {
        node_text(n) for n in walk(tree.root_node) if n.type == "identifier" and n.start_point.row == line - 1
    }
    data = encode(text)
    found = []
    for declarator in _declarators(tree.root_node, used, before=line - 1):
        name = declarator.child_by_field_name("name")
        value = declarator.child_by_field_name("value")
        found.append(Candidate(path, replace_span(data, name.end_byte, name.end_byte, f": {wanted}"),
                               declarator.start_point.row + 1,
                               f"declare {node_text(name)} as {wanted}, so its literal keeps its literal type"))  # fmt: skip
        if value.type in ("object", "array"):
            found.append(Candidate(path, replace_span(data, value.end_byte, value.end_byte, " as const"),
                                   declarator.start_point.row + 1,
                                   f"keep the literal types of {node_text(name)} with 'as const'"))  # fmt: skip
    return parsing(found, original=text, path=path)


def _declarators(root: tree_sitter.Node, used: set[str], *, before: int) -> list[tree_sitter.Node]:
    """Unannotated declarations from a literal of the names used on the line, nearest above it first."""
    found = []
    for node in walk(root):
        if node.type != "variable_declarator" or node.start_point.row > before:
            continue
        name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
        if name is None or value is None or name.type != "identifier" or node_text(name) not in used:
            continue
        if node.child_by_field_name("type") is not None or value.type not in LITERALS:
            continue
        found.append(node)
    return sorted(found, key=lambda n: before - n.start_point.row)
