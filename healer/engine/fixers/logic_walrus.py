"""LOGIC edit family of an assignment expression that binds a comparison instead of the compared value.

`:=` binds more loosely than every operator but the comma, so `if value := getenv(name) is not None:`
binds `value` to the comparison's truth value, not to what `getenv` returned; the body then reads a bool
where it meant the value. PEP 572 itself warns of it and writes the intended form with parentheses
(`if (match := pattern.search(data)) is not None:`). The edit parenthesises the assignment around the
comparison's left operand: a precedence repair, as the parenthesisation templates of the repair
literature do for arithmetic (TBar's "mutate operators" with changed grouping, Liu et al., ISSTA 2019).
Only a one-operator comparison whose bound name is read afterwards in the same function is rewritten:
that read is where the bool is used as the value.
"""

from __future__ import annotations

import ast

from healer.engine.fixers.lineedit import SourceFile, shorten
from healer.engine.fixers.logic_templates import Rewrite, Splicer

# Python's own grammar makes the slip; the edit changes nothing else and PEP 572 names it.
WALRUS_PRIOR = 0.6


def walrus_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """Every edit of this family that starts on `line`, unranked."""
    found: list[Rewrite] = []
    for node in sf.nodes_starting(line):
        if (
            isinstance(node, ast.NamedExpr)
            and isinstance(node.value, ast.Compare)
            and len(node.value.ops) == 1
        ):
            found += _regrouped(sf, line, node)
    return found


def _read_after(sf: SourceFile, node: ast.NamedExpr) -> bool:
    """The bound name is loaded after the assignment expression, in its function (or module)."""
    scope: ast.AST | None = None
    for ancestor in sf.ancestors(node):
        if isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.Module):
            scope = ancestor
            break
    if scope is None:
        return False
    name = node.target.id
    where = (node.end_lineno or node.lineno, node.end_col_offset or 0)
    return any(
        isinstance(other, ast.Name)
        and other.id == name
        and isinstance(other.ctx, ast.Load)
        and (other.lineno, other.col_offset) > where
        for other in ast.walk(scope)
    )


def _regrouped(sf: SourceFile, line: int, node: ast.NamedExpr) -> list[Rewrite]:
    if not _read_after(sf, node):
        return []
    sp = Splicer(sf)
    compare = node.value
    assert isinstance(compare, ast.Compare)
    start, end = sp.span(node)
    left_start, left_end = sp.span(compare.left)
    text = sp.sf.text
    # A node's span leaves its parentheses out: `n := (len(xs) - 1) > 0` has left `len(xs) - 1`, whose
    # closing parenthesis must stay inside the new group. Parentheses opened after `:=` and still open at
    # the operator hold the whole comparison (`ok := (a > b)`): the bool is bound on purpose.
    opened = text[sp.span(node.target)[1] : left_start].count("(")
    close = left_end
    while opened:
        while close < end and text[close] in " \t\\\r\n":
            close += 1
        if close >= end or text[close] != ")":
            return []
        close += 1
        opened -= 1
    # `name := left OP right` -> `(name := left) OP right`, the source's own text kept. The expression
    # stands where the source could hold the unparenthesised assignment, so a comparison fits.
    new = "(" + text[start:close] + ")" + text[close:end]
    description = f"bind {node.target.id} to {shorten(sp.text(compare.left), 30)}, not to the comparison"
    return [Rewrite(line, ((start, end, new),), description, WALRUS_PRIOR, "walrus")]


__all__ = ["walrus_rewrites"]
