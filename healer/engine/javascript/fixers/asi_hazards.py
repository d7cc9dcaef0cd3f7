"""Automatic semicolon insertion's two hazards: a line read as the one before it continued, a `return`
read as ending at its line break.

ECMAScript inserts a `;` at a line break only where the next token cannot continue the statement
(12.10.1), and never inside a restricted production (12.10.1's `return [no LineTerminator here]`).
Code written without semicolons meets both rules the other way round, and each gives code that
parses and runs wrongly (ESLint names them `no-unexpected-multiline` and `no-unreachable`):

- a line that begins with `(`, `[` or a template continues the expression of the line before it,
  which has no `;`: `Math.max(...xs)` then `[a, b] = f()` is an index into the number `Math.max`
  returned, assigned to (V8: "Cannot create property 'undefined' on number '84'"); `foo()` then
  `(x || y).z()` calls foo's result. The repair is the `;` where the line before it ends;
- `return` at the end of its line with the value on the next: V8 returns `undefined` and never
  reaches the value (tree-sitter, which has no restricted productions, reads one statement). The
  repair joins the value to the `return`.

Both are wrong wherever they match (no code means either), so they are contract families of the
LOGIC fixer (logic.CONTRACT_FAMILIES: tried file-wide, first) and a TypeError's first edits at
the crash line and the line before it (dispatch._type_error). No code runs here.
"""

from __future__ import annotations

from collections.abc import Iterator

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_span
from healer.engine.javascript.syntax import encode, parse, walk

CONTINUED = "end the statement before the line that continues it, which automatic semicolon insertion joins"
RETURNED = "return the value on the line after 'return', which automatic semicolon insertion leaves unreached"
CONTRACT_SUFFIXES = (CONTINUED, RETURNED)


def is_contract_fix(description: str) -> bool:
    return description.endswith(CONTRACT_SUFFIXES)


def _first_on_line(data: bytes, node: tree_sitter.Node) -> bool:
    """Nothing but indentation precedes the node on its line."""
    start = data.rfind(b"\n", 0, node.start_byte) + 1
    return not data[start : node.start_byte].strip()


def unexpected_multilines(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """A call, index or tagged template whose `(`, `[` or backquote opens a line after the callee's:
    the `;` put where the callee ends (contract family: `nodes` start on one row)."""
    for node in nodes:
        if node.type == "call_expression":
            head = node.child_by_field_name("function")
            tail = node.child_by_field_name("arguments")
        elif node.type == "subscript_expression":
            head = node.child_by_field_name("object")
            tail = next((c for c in node.children if c.type == "["), None)
        else:
            continue
        if head is None or tail is None or tail.start_point.row <= head.end_point.row:
            continue
        if tail.type not in ("arguments", "[", "template_string") or not _first_on_line(data, tail):
            continue
        yield replace_span(data, head.end_byte, head.end_byte, ";"), CONTINUED


def unreachable_returns(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`return` alone on its line with its value on the next: the value joined to the `return`."""
    for node in nodes:
        if node.type != "return_statement" or not node.children:
            continue
        keyword = node.children[0]
        value = next((c for c in node.named_children if c.type != "comment"), None)
        if value is None or value.start_point.row <= keyword.end_point.row:
            continue
        yield replace_span(data, keyword.end_byte, value.start_byte, " "), RETURNED


FAMILIES = (unexpected_multilines, unreachable_returns)


def hazard_candidates(text: str, path: str, *, lines: tuple[int, ...]) -> list[Candidate]:
    """Both hazards' repairs at statements that start on one of `lines` (1-based)."""
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    rows = {line - 1 for line in lines}
    by_row: dict[int, list[tree_sitter.Node]] = {}
    for node in walk(tree.root_node):
        if node.start_point.row in rows:
            by_row.setdefault(node.start_point.row, []).append(node)
    found = [
        Candidate(path, new, row + 1, what)
        for row, nodes in sorted(by_row.items())
        for family in FAMILIES
        for new, what in family(data, nodes, text, path)
    ]
    return parsing(found, original=text, path=path)
