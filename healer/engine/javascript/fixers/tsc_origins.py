"""tsc type diagnostics repaired where the value is made, or by the type's own literals.

- A string operand where a number is wanted (TS2365 `Operator '<' cannot be applied to types
  'string' and 'number'`, TS2362/TS2363 in arithmetic) that a `const` declares: converted with
  `Number(...)` in its declaration, once for every use (PyTER's origin repair, Oh et al., FSE 2022:
  the wrong type is fixed where the value is made, not at each symptom).
- A string literal outside the literal union it is compared with or given to (TS2367 "the types
  '"a" | "b"' and '"c"' have no overlap", TS2322/TS2345 "'"c"' is not assignable to type '"a" |
  "b"'"): the union's closest members by edit distance (the name-typo repair of identifiers,
  applied to the literal type's members, which tsc spells out).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping

from healer.engine.javascript.fixers.base import replace_span
from healer.engine.javascript.syntax import node_text, parse, walk

FUNCTION_SCOPES = frozenset({"function_declaration", "function_expression", "arrow_function", "method_definition",
                             "program", "statement_block"})  # fmt: skip
CONVERTED = ("Number(", "parseInt(", "parseFloat(", "+")
STRING_LITERAL = re.compile(r'^"(?P<text>(?:[^"\\]|\\.)*)"$')
MAX_RESPELT = 3


def converted_where_made(
    data: bytes, node, target, *, operands, arithmetic: bool
) -> Iterator[tuple[int, str, str]]:
    """(row, new text, description) converting each string operand's `const` declaration with Number()."""
    operand_nodes = []
    if operands is not None and {operands["left"].strip(), operands["right"].strip()} == {"string", "number"}:
        binary = node
        while binary is not None and binary.type != "binary_expression":
            binary = binary.parent
        if binary is not None:
            sides = ((binary.child_by_field_name("left"), operands["left"].strip()),
                     (binary.child_by_field_name("right"), operands["right"].strip()))  # fmt: skip
            operand_nodes = [side for side, kind in sides if side is not None and kind == "string"]
    elif arithmetic and target is not None:
        operand_nodes = [target]
    for operand in operand_nodes:
        value = _const_value(operand) if operand.type == "identifier" else None
        if value is None or node_text(value).startswith(CONVERTED) or value.type in ("number", "string"):
            continue
        made = f"Number({node_text(value)})"
        yield (value.start_point[0] + 1, replace_span(data, value.start_byte, value.end_byte, made),
               f"make {node_text(operand)} a number where it is declared: {made[:60]}")  # fmt: skip


def _const_value(identifier):
    """The value of the one `const` declaring the identifier's name in an enclosing scope, before it."""
    name = node_text(identifier)
    scope = identifier.parent
    while scope is not None:
        if scope.type in FUNCTION_SCOPES:
            for child in scope.named_children:
                if child.type != "lexical_declaration" or child.start_byte > identifier.start_byte:
                    continue
                if not node_text(child).startswith("const"):
                    continue
                for declarator in (c for c in child.named_children if c.type == "variable_declarator"):
                    bound = declarator.child_by_field_name("name")
                    if bound is not None and bound.type == "identifier" and node_text(bound) == name:
                        return declarator.child_by_field_name("value")
        scope = scope.parent
    return None


def union_members(type_text: str) -> list[str] | None:
    """The string members of a union of literal types as tsc prints it ('"a" | "b"'), or None when
    it holds anything else than string literals (and undefined/null)."""
    members = []
    for part in type_text.split(" | "):
        part = part.strip()
        if part in ("undefined", "null"):
            continue
        match = STRING_LITERAL.match(part)
        if match is None:
            return None
        members.append(match["text"])
    return members or None


def alias_members(sources: Mapping[str, str], name: str) -> list[str] | None:
    """The string members of `type <name> = 'a' | 'b'` declared in the repository's TypeScript (tsc names
    an alias by its name: "the types 'Treatment' and '"checkup"' have no overlap"), or None."""
    if not re.fullmatch(r"[A-Za-z_$][\w$]*", name):
        return None
    for file, text in sources.items():
        if not file.endswith((".ts", ".tsx", ".mts", ".cts")) or f"type {name}" not in text:
            continue
        tree = parse(text, file)
        for node in walk(tree.root_node) if tree is not None else ():
            named = node.child_by_field_name("name") if node.type == "type_alias_declaration" else None
            value = node.child_by_field_name("value") if named is not None else None
            if named is None or value is None or node_text(named) != name:
                continue
            members = _literal_strings(value)
            if members:
                return members
    return None


def _literal_strings(value) -> list[str] | None:
    """The strings of a union of string literal types (undefined/null allowed), else None."""
    members = []
    for node in walk(value):
        if node.type == "literal_type":
            inner = node.named_children[0] if node.named_children else None
            if inner is not None and inner.type == "string":
                members.append(node_text(inner)[1:-1])
            elif inner is None or inner.type not in ("undefined", "null"):
                return None
        elif node.type not in ("union_type", "string", "string_fragment", "undefined", "null", "|", "'", '"'):
            if node.parent is not None and node.parent.type == "literal_type":
                continue
            return None
    return members or None


def literal_union_respelt(
    data: bytes, root, at: int, *, have: str, want: str, sources: Mapping[str, str] | None = None
) -> Iterator[tuple[str, str]]:
    """The string literal tsc points at (or the one compared there), respelt as the closest members of
    the literal union `want` (spelt out, or an alias the repository declares) when `have` is that
    literal's type."""
    written = STRING_LITERAL.match(have)
    members = union_members(want) or alias_members(sources or {}, want)
    if written is None or not members or written["text"] in members:
        return
    literal = _literal_near(root, at, written["text"])
    if literal is None:
        return
    quote = node_text(literal)[0]
    for better in _closest_members(written["text"], members):
        yield (replace_span(data, literal.start_byte, literal.end_byte, f"{quote}{better}{quote}"),
               f"write '{better}', the member of {want[:60]} closest to '{written['text']}'")  # fmt: skip


def _closest_members(text: str, members: list[str]) -> list[str]:
    """The union's members closest to `text`: one that differs only in letter case first (`'EC'` for
    `'ec'`: case-sensitive ratios rank it below every near spelling, or not at all), then by edit
    similarity ignoring case, then as written."""
    folded = {member.casefold(): member for member in reversed(members)}
    same = [m for m in members if m.casefold() == text.casefold()]
    near = [
        folded[m] for m in difflib.get_close_matches(text.casefold(), list(folded), n=MAX_RESPELT, cutoff=0.5)
    ]
    spelt = difflib.get_close_matches(text, members, n=MAX_RESPELT, cutoff=0.5)
    return list(dict.fromkeys([*same, *near, *spelt]))[:MAX_RESPELT]


def _literal_near(root, at: int, text: str):
    """The string literal spelling `text` at tsc's position, or inside the expression that starts there."""
    node = root.descendant_for_byte_range(at, at)
    while node is not None and node.type not in ("binary_expression", "expression_statement", "arguments",
                                                 "variable_declarator", "return_statement", "pair"):  # fmt: skip
        if node.type == "string" and node_text(node)[1:-1] == text:
            return node
        node = node.parent
    scope = node if node is not None else root
    return next((n for n in walk(scope) if n.type == "string" and node_text(n)[1:-1] == text), None)
