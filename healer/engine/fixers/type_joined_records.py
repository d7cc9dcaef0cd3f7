"""TYPE_ERROR: a record kept whole where its text member is collected for a join (round 56).

`parts = [units[0]]`, then `for ...: text, start, end = unit; parts.append(text)`, then `"".join(parts)`:
"sequence item 0: expected str instance, tuple found". The list is built from the members of records (the
function's own unpacking shows which position holds the text: the name it appends to the same list), and
one item was put in whole. The value is made where that item enters the list (PyTER, Oh & Oh, FSE 2022:
repair where the value gets its type), so the edit takes the member there, `[units[0][0]]`, above a
`str()` of every item at the join (which would join the record's repr).

Driven by the code's shape only: the crash line joins a local list; the item the message names is an
element of the list's display (or the value of an `.append` of it); the function unpacks records into
names and appends one of those names to the same list. Nothing here names a project, a file or a literal
of a benchmark.
"""

from __future__ import annotations

import ast
import re

from healer.engine.fixers.datafaults import statement_targets
from healer.engine.fixers.lineedit import FUNCTIONS, Edit, SourceFile, function_at, making_site_edit, shorten
from healer.engine.fixers.type_site import Site

# Above the conversion of the join's items (0.85), which joins each record's repr.
PRIOR_MEMBER = 0.9

RECORD_JOINED = re.compile(r"sequence item (\d+): expected str instance, (tuple|list) found")


def t_record_member_joined(m: re.Match, site: Site) -> list[Edit]:
    """`parts = [unit]` among `parts.append(text)` from `text, _, _ = unit`: `[unit[0]]`."""
    func = function_at(site.sf, site.line)
    if not isinstance(func, FUNCTIONS):
        return []
    joined = [
        call.args[0].id
        for call in site.sf.nodes_touching(site.line)
        if isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "join"
        and len(call.args) == 1
        and isinstance(call.args[0], ast.Name)
    ]
    edits: list[Edit] = []
    for name in joined:
        positions = _member_positions(func, name)
        if not positions:
            continue
        for item in _items_put_whole(func, name, int(m.group(1)), site.line):
            for position in sorted(positions):
                edits += _member(site.sf, item, position)
    return edits


def _member_positions(func: ast.AST, name: str) -> set[int]:
    """Positions of unpacked records whose member the function appends to list `name`."""
    appended = {
        call.args[0].id
        for call in ast.walk(func)
        if isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "append"
        and isinstance(call.func.value, ast.Name)
        and call.func.value.id == name
        and len(call.args) == 1
        and isinstance(call.args[0], ast.Name)
    }
    positions: set[int] = set()
    for node in ast.walk(func):
        targets = statement_targets(node) if isinstance(node, (ast.Assign, ast.For)) else []
        for target in targets:
            if isinstance(target, ast.Tuple) and len(target.elts) >= 2:
                positions |= {
                    i for i, elt in enumerate(target.elts) if isinstance(elt, ast.Name) and elt.id in appended
                }
    return positions


def _items_put_whole(func: ast.AST, name: str, index: int, before: int) -> list[ast.expr]:
    """The list's item `index` as made: the element of its display, when it is not a record's member already."""
    found: list[ast.expr] = []
    for node in ast.walk(func):
        if not (isinstance(node, (ast.Assign, ast.AnnAssign)) and node.lineno < before):
            continue
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        if not any(isinstance(t, ast.Name) and t.id == name for t in targets):
            continue
        value = node.value
        if isinstance(value, ast.List) and index < len(value.elts):
            item = value.elts[index]
            # a subscript of a sequence (`units[0]`) or a name: what a record is kept in
            if isinstance(item, (ast.Subscript, ast.Name)) and not _indexed_member(item):
                found.append(item)
    return found


def _indexed_member(node: ast.expr) -> bool:
    """`units[0][0]`: a member taken already."""
    return isinstance(node, ast.Subscript) and isinstance(node.value, ast.Subscript)


def _member(sf: SourceFile, item: ast.expr, position: int) -> list[Edit]:
    shown = shorten(sf.segment(item), 30)
    description = f"collect the member {position} of {shown}, as the other items are, not the whole record"
    return making_site_edit(
        sf, item, lambda text: f"{text}[{position}]", description, PRIOR_MEMBER, "root-cause"
    )


JOINED_RECORD_TEMPLATES = [(RECORD_JOINED, t_record_member_joined)]

__all__ = ["JOINED_RECORD_TEMPLATES", "t_record_member_joined"]
