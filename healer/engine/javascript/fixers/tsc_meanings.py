"""TYPE_ERROR candidates answered from a tsc diagnostic's own meaning and the checker's suggestion.

Some of tsc's diagnostics say both what is wrong and what would be right; the edit follows from the
diagnostic's code, not from a guess at the shape of the code:

- TS2447 "The '|' operator is not allowed for boolean types. Consider using '||' instead.": the
  operator the checker names at the line, respelt as the one it suggests (`|`→`||`, `&`→`&&`,
  `^`→`!==`); tsc's own text says which, so nothing is spelt here but the pattern.
- TS2341/TS2445 "Property 'x' is private (protected) and only accessible within class 'C'": code
  outside the class reads what the class keeps to itself. The class's public accessors say how the
  outside is meant to read it: a getter (or a method without parameters) whose body returns
  `this.x<rest>` stands in for `obj.x<rest>` at the use (`hut.catches.length` → `hut.catchCount`
  where `get catchCount() { return this.catches.length; }`) — the refactoring literature's
  "encapsulate field" read backwards. The longest matching `<rest>` first; nothing when the class
  offers no such accessor (making the member public would change the class's contract).

- TS2790 "The operand of a 'delete' operator must be optional": a property deleted from a spread
  copy (`const copy = { ...x }; delete copy.p;`) is a copy without it, which a rest pattern makes
  with the type tsc expects (`const { p: _p, ...copy } = x;`, the delete dropped); the type's
  contract (a required property) is kept. Not reached: a delete from an object not made by a
  spread in the same block (the type would have to change).
- TS2578 "Unused '@ts-expect-error' directive.": the directive asserts that the next line has a type
  error, and it has none (the code was corrected, d283's depth now typed `number`), so the assertion is
  removed: the comment's line when it stands alone, else the comment. This takes a suppression out; it
  silences nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_span
from healer.engine.javascript.syntax import encode, node_text, parse, walk

BOOLEAN_OPERATOR = re.compile(
    r"The '(?P<operator>[|&^])' operator is not allowed for boolean types\. Consider using '(?P<suggested>[^']+)' instead"
)
UNUSED_DIRECTIVE = re.compile(r"Unused '@ts-expect-error' directive")
DIRECTIVE = re.compile(r"(?://|/\*)\s*@ts-expect-error\b")
DELETE_REQUIRED = re.compile(r"The operand of a 'delete' operator must be optional")
NOT_ACCESSIBLE = re.compile(
    r"Property '(?P<name>[\w$#]+)' is (?:private|protected) and only accessible within class '(?P<owner>[\w$]+)'"
)


def tsc_meaning_candidates(
    text: str, path: str, *, line: int, message: str, sources: Mapping[str, str]
) -> list[Candidate]:
    """The edits a tsc diagnostic's meaning gives at `line`, best first."""
    if match := BOOLEAN_OPERATOR.search(message):
        found = _operator_respelt(text, path, line, match["operator"], match["suggested"])
    elif match := NOT_ACCESSIBLE.search(message):
        found = _through_accessor(text, path, line, match["name"], match["owner"], sources)
    elif DELETE_REQUIRED.search(message):
        found = _rest_copies(text, path, line)
    elif UNUSED_DIRECTIVE.search(message):
        found = _directive_removed(text, path, line)
    else:
        return []
    return parsing(found, original=text, path=path)


def _operator_respelt(text: str, path: str, line: int, operator: str, suggested: str) -> Iterator[Candidate]:
    tree = parse(text, path)
    if tree is None:
        return
    data = encode(text)
    for node in walk(tree.root_node):
        token = node.child_by_field_name("operator") if node.type == "binary_expression" else None
        if token is None or node_text(token) != operator or token.start_point.row != line - 1:
            continue
        yield Candidate(
            path,
            replace_span(data, token.start_byte, token.end_byte, suggested),
            line,
            f"use '{suggested}' instead of the bitwise '{operator}' between booleans, as tsc suggests",
        )


def _through_accessor(
    text: str, path: str, line: int, name: str, owner: str, sources: Mapping[str, str]
) -> Iterator[Candidate]:
    accessors = [
        a for source_path, source in sources.items() for a in _accessors(source, source_path, owner, name)
    ]
    if not accessors:
        return
    tree = parse(text, path)
    if tree is None:
        return
    data = encode(text)
    # The longest read of the member the accessor spells whole goes first (`.length` kept in the getter).
    accessors.sort(key=lambda accessor: -len(accessor[1]))
    for node in walk(tree.root_node):
        if (
            node.type != "member_expression"
            or node.start_point.row > line - 1
            or node.end_point.row < line - 1
        ):
            continue
        prop, obj = node.child_by_field_name("property"), node.child_by_field_name("object")
        if prop is None or obj is None or node_text(prop) != name:
            continue
        for accessor, rest, called in accessors:
            use = _extended(node, rest)
            if use is None:
                continue
            reading = f"{node_text(obj)}.{accessor}{'()' if called else ''}"
            yield Candidate(
                path,
                replace_span(data, use.start_byte, use.end_byte, reading),
                line,
                f"read {owner}'s {name} through its public '{accessor}', which returns this.{name}{rest}",
            )


def _extended(node: tree_sitter.Node, rest: str) -> tree_sitter.Node | None:
    """The expression around `obj.x` that reads `obj.x<rest>` (`rest` a chain of plain members)."""
    use = node
    for member in [part for part in rest.split(".") if part]:
        parent = use.parent
        if (
            parent is None
            or parent.type != "member_expression"
            or parent.child_by_field_name("object") != use
        ):
            return None
        prop = parent.child_by_field_name("property")
        if prop is None or node_text(prop) != member:
            return None
        use = parent
    return use


ACCESSOR_BODY = re.compile(r"^\{\s*return\s+this\.(?P<name>[\w$#]+)(?P<rest>(?:\.[\w$]+)*)\s*;?\s*\}$")


def _accessors(text: str, path: str, owner: str, name: str) -> Iterator[tuple[str, str, bool]]:
    """(accessor, rest, called) for each public getter or parameterless method of class `owner` that
    returns `this.<name><rest>`."""
    tree = parse(text, path)
    if tree is None:
        return
    for klass in walk(tree.root_node):
        label = klass.child_by_field_name("name") if klass.type in ("class_declaration", "class") else None
        if label is None or node_text(label) != owner:
            continue
        for method in walk(klass):
            if method.type != "method_definition":
                continue
            words = {node_text(child) for child in method.children if not child.is_named}
            modifier = next((c for c in method.children if c.type == "accessibility_modifier"), None)
            if modifier is not None and node_text(modifier) != "public":
                continue
            key, body = method.child_by_field_name("name"), method.child_by_field_name("body")
            parameters = method.child_by_field_name("parameters")
            if key is None or body is None or "set" in words or "static" in words:
                continue
            if parameters is not None and parameters.named_child_count:
                continue
            returned = ACCESSOR_BODY.match(node_text(body))
            if returned is None or returned["name"] != name or node_text(key) == name:
                continue
            yield node_text(key), returned["rest"], "get" not in words


def _rest_copies(text: str, path: str, line: int) -> Iterator[Candidate]:
    tree = parse(text, path)
    if tree is None:
        return
    data = encode(text)
    for statement in walk(tree.root_node):
        if statement.type != "expression_statement" or statement.start_point.row != line - 1:
            continue
        unary = statement.named_children[0] if statement.named_child_count else None
        operand = (
            unary.child_by_field_name("argument")
            if unary is not None and unary.type == "unary_expression"
            else None
        )
        if operand is None or node_text(unary).split()[0] != "delete" or operand.type != "member_expression":
            continue
        target, prop = operand.child_by_field_name("object"), operand.child_by_field_name("property")
        if (
            target is None
            or prop is None
            or target.type != "identifier"
            or prop.type != "property_identifier"
        ):
            continue
        declaration = _spread_copy(statement, node_text(target))
        if declaration is None:
            continue
        declarator, source = declaration
        name, key = node_text(target), node_text(prop)
        # The delete statement goes with the whitespace before it (on its line or the line above).
        start = statement.start_byte
        while start > 0 and data[start - 1 : start] in (b" ", b"\t"):
            start -= 1
        if (
            start > 0
            and data[start - 1 : start] == b"\n"
            and data[:start].rstrip(b" \t\n").endswith((b";", b"}"))
        ):
            start -= 1
        edits = sorted(
            [(declarator.start_byte, declarator.end_byte, f"{{ {key}: _{key}, ...{name} }} = {source}"),
             (start, statement.end_byte, "")],
            reverse=True,
        )  # fmt: skip
        new = data
        for begin, end, replacement in edits:
            new = new[:begin] + encode(replacement) + new[end:]
        yield Candidate(
            path,
            new.decode("utf-8", errors="surrogateescape"),
            line,
            f"leave {key} out of the copy with a rest pattern instead of deleting a required property",
        )


def _spread_copy(statement: tree_sitter.Node, name: str) -> tuple[tree_sitter.Node, str] | None:
    """(declarator, spread source) of `const name = { ...source }` earlier in the statement's block."""
    sibling = statement.prev_named_sibling
    while sibling is not None:
        if sibling.type == "lexical_declaration":
            for declarator in sibling.named_children:
                if declarator.type != "variable_declarator":
                    continue
                label, value = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
                if label is None or value is None or node_text(label) != name:
                    continue
                spreads = value.named_children if value.type == "object" else []
                if len(spreads) == 1 and spreads[0].type == "spread_element":
                    return declarator, node_text(spreads[0].named_children[0])
                return None
        sibling = sibling.prev_named_sibling
    return None


def _directive_removed(text: str, path: str, line: int) -> list[Candidate]:
    lines = text.split("\n")
    if not 1 <= line <= len(lines) or (match := DIRECTIVE.search(lines[line - 1])) is None:
        return []
    row = lines[line - 1]
    if not row[: match.start()].strip():
        new = [*lines[: line - 1], *lines[line:]]
    elif row.rstrip().endswith("*/") or match.group().startswith("/*"):
        return []  # a block comment sharing its line with code: left alone
    else:
        new = [*lines[: line - 1], row[: match.start()].rstrip(), *lines[line:]]
    return [
        Candidate(
            path, "\n".join(new), line, "remove the '@ts-expect-error' directive: the next line has no error"
        )
    ]
