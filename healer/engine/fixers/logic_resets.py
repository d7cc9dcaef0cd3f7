"""LOGIC edit family of a missing reset mirrored from a sibling branch: a bump that keeps the fields after it.

A branch of an `if`/`elif` chain that bumps one field of a composite value and writes the fields after it
unchanged, where a sibling branch bumping an earlier field writes the fields after its bump as literal
zeros: `f"{major + 1}.0.0"` in one branch, `f"{major}.{minor + 1}.{patch}"` in the next. Bumping a
more significant field resets the less significant ones (version numbers, clock and calendar fields,
counters of nested loops), and the sibling says so in the same code. The edit writes the sibling's zero
for every field after this branch's bump: TBar's "mutate variable" fix template with the replacement read
from a sibling branch (Liu et al., ISSTA 2019), the way ssFix and SimFix take their ingredients from
similar code nearby (Xin and Reiss, ASE 2017; Jiang et al., ISSTA 2018). Only f-strings are rewritten:
their literal separators show which fields the sibling reset, and only from a sibling of the same layout
(fields and separators, `{}.{}.{}` both).
"""

from __future__ import annotations

import ast
import re

from healer.engine.fixers.lineedit import SourceFile, shorten
from healer.engine.fixers.logic_templates import Rewrite, Splicer

RESET_PRIOR = 0.6
# A literal field of zero right after a bump, behind a separator: `.0`, `:00`, `-0`.
_ZERO_FIELD = re.compile(r"^[^\w{}](0+)(\W|$)")


def _bump(node: ast.expr) -> bool:
    """`x + 1` (the increment of a field)."""
    return (
        isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Add)
        and isinstance(node.right, ast.Constant)
        and node.right.value == 1
    )


def _reset_zero(joined: ast.JoinedStr) -> str | None:
    """The zero field the f-string writes right after a bumped one, as spelled: `0` of `f"{major + 1}.0.0"`."""
    values = joined.values
    for index, value in enumerate(values[:-1]):
        after = values[index + 1]
        if (
            isinstance(value, ast.FormattedValue)
            and _bump(value.value)
            and isinstance(after, ast.Constant)
            and isinstance(after.value, str)
        ):
            matched = _ZERO_FIELD.match(after.value)
            if matched is not None:
                return matched.group(1)
    return None


def _layout(joined: ast.JoinedStr) -> str:
    """The f-string's shape: each field (a formatted value or a literal word) as `{}`, the separators kept."""
    parts = []
    for value in joined.values:
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            parts.append(re.sub(r"\w+", "{}", value.value))
        else:
            parts.append("{}")
    return "".join(parts)


def _chain(sf: SourceFile, stmt: ast.stmt) -> list[ast.stmt]:
    """Every statement of the other branches of the `if`/`elif` chain `stmt` is in (directly)."""
    parent = sf.parent(stmt)
    if not isinstance(parent, ast.If):
        return []
    top = parent
    while isinstance(sf.parent(top), ast.If) and sf.parent(top).orelse == [top]:
        top = sf.parent(top)
    others: list[ast.stmt] = []
    node: ast.AST = top
    while isinstance(node, ast.If):
        branches = [node.body] + (
            [] if len(node.orelse) == 1 and isinstance(node.orelse[0], ast.If) else [node.orelse]
        )
        for branch in branches:
            if stmt not in branch:
                others += branch
        node = node.orelse[0] if len(node.orelse) == 1 and isinstance(node.orelse[0], ast.If) else None
    return others


def _assigned(stmt: ast.stmt) -> tuple[str, ast.JoinedStr] | None:
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.value, ast.JoinedStr):
        return ast.dump(stmt.targets[0]), stmt.value
    if isinstance(stmt, ast.Return) and isinstance(stmt.value, ast.JoinedStr):
        return "return", stmt.value
    return None


def reset_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """Every edit of this family that starts on `line`, unranked."""
    found: list[Rewrite] = []
    for stmt in sf.nodes_starting(line):
        if not isinstance(stmt, ast.stmt):
            continue
        assigned = _assigned(stmt)
        if assigned is None:
            continue
        target, joined = assigned
        # Only a sibling of the same layout (`{}.{}.{}` both) writes the same fields: a reset read from a value
        # of another shape (`{}:{}` of a clock beside `{}/{}` of a page count) names fields that mean otherwise.
        zeros = [
            _reset_zero(sibling[1])
            for sibling in map(_assigned, _chain(sf, stmt))
            if sibling is not None and sibling[0] == target and _layout(sibling[1]) == _layout(joined)
        ]
        zero = next((z for z in zeros if z is not None), None)
        if zero is not None:
            # The sibling's own spelling of the zero field (`00` of a clock, `0` of a version).
            found += _zeroed(sf, line, joined, zero)
    return found


def _zeroed(sf: SourceFile, line: int, joined: ast.JoinedStr, zero: str) -> list[Rewrite]:
    values = joined.values
    bumps = [i for i, v in enumerate(values) if isinstance(v, ast.FormattedValue) and _bump(v.value)]
    if not bumps:
        return []
    kept = [
        v
        for v in values[bumps[-1] + 1 :]
        if isinstance(v, ast.FormattedValue)
        and v.conversion == -1
        and v.format_spec is None
        and isinstance(v.value, ast.Name | ast.Attribute)
    ]
    if not kept:
        return []
    sp = Splicer(sf)
    text = sf.text
    spans = []
    for field in kept:
        start, end = sp.span(field.value)
        # The field's braces around its expression (Python 3.11 gives the whole f-string's position to
        # a FormattedValue, its expression's own position is exact).
        left = text.rfind("{", 0, start)
        right = text.find("}", end)
        if left < 0 or right < 0 or text[left + 1 : start].strip() or text[end:right].strip():
            return []
        spans.append((left, right + 1, zero))
    names = ", ".join(shorten(sp.text(field.value), 20) for field in kept)
    description = f"reset {names} to {zero} after the bump, as the sibling branch does"
    return [Rewrite(line, tuple(spans), description, RESET_PRIOR, "reset")]


__all__ = ["reset_rewrites"]
