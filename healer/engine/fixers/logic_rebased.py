"""LOGIC edit family and guard of a remainder rebased to count from one: `divmod(n - 1, k)` ... `r += 1`.

Counting from one around a modulus is a fixed idiom: shift the value down, divide, shift the remainder back
up (`(n - 1) % k + 1`, or `q, r = divmod(n - 1, k)` then `r += 1`), so that the remainder lies in 1..k and
not 0..k-1 (months, weekdays numbered from one, 1-based columns). Two slips break it, and both are
repaired here from the idiom's semantics, a TBar-style fix template (Liu et al., ISSTA 2019):

- the family: a `divmod(n, k)` (or `n % k`) whose remainder is rebased by `+= 1` in the next statements
  but whose dividend is not shifted down gets `n - 1` (`divmod(month, 12)` -> `divmod(month - 1, 12)`);
- the guard (`rebase_kept`): an edit of the rebase statement itself that leaves it no longer a `+= 1`
  (`+= 0`, `-= 1`, `+= 2`, its deletion) is dropped. Such an edit only moves the remainder's range by
  one, so a test suite that never reaches the range's last value (December, month 12) accepts it while
  the value at the other end (month 0) is now produced: the unshifted dividend is the fault, and the
  family above proposes its fix. A rebase written `+= 2` or `+= 0` is still repaired to `+= 1`.
"""

from __future__ import annotations

import ast

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic_templates import Rewrite, Splicer

# The idiom names the missing `- 1` exactly; as likely as the literal slips it competes with.
REBASE_PRIOR = 0.6
# How many statements after the division the rebase may follow (`year = ...` often comes between).
REBASE_REACH = 3


def _remainder_name(stmt: ast.stmt) -> tuple[str, ast.expr] | None:
    """(remainder's name, dividend) of `q, r = divmod(n, k)` or `r = n % k`."""
    if not isinstance(stmt, ast.Assign) or len(stmt.targets) != 1:
        return None
    target, value = stmt.targets[0], stmt.value
    if (
        isinstance(target, ast.Tuple)
        and len(target.elts) == 2
        and isinstance(target.elts[1], ast.Name)
        and isinstance(value, ast.Call)
        and isinstance(value.func, ast.Name)
        and value.func.id == "divmod"
        and len(value.args) == 2
        and not value.keywords
    ):
        return target.elts[1].id, value.args[0]
    if isinstance(target, ast.Name) and isinstance(value, ast.BinOp) and isinstance(value.op, ast.Mod):
        return target.id, value.left
    return None


def _is_rebase(stmt: ast.stmt, name: str) -> bool:
    """`name += 1`."""
    return (
        isinstance(stmt, ast.AugAssign)
        and isinstance(stmt.target, ast.Name)
        and stmt.target.id == name
        and isinstance(stmt.op, ast.Add)
        and isinstance(stmt.value, ast.Constant)
        and stmt.value.value == 1
        and type(stmt.value.value) is int
    )


def _binds(stmt: ast.stmt, name: str) -> bool:
    return any(
        isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Store)
        for node in ast.walk(stmt)
    )


def _pairs(tree: ast.AST) -> list[tuple[ast.stmt, ast.stmt, ast.expr]]:
    """(division, rebase, dividend) of each remainder rebased by one in the statements that follow it."""
    found = []
    for node in ast.walk(tree):
        for field in ("body", "orelse", "finalbody"):
            block = getattr(node, field, None)
            if not isinstance(block, list):
                continue
            for index, stmt in enumerate(block):
                named = _remainder_name(stmt) if isinstance(stmt, ast.stmt) else None
                if named is None:
                    continue
                name, dividend = named
                for later in block[index + 1 : index + 1 + REBASE_REACH]:
                    if _is_rebase(later, name):
                        found.append((stmt, later, dividend))
                        break
                    if _binds(later, name):
                        break
    return found


def _shifted(dividend: ast.expr) -> bool:
    """The dividend already counts from zero: `n - 1`."""
    return (
        isinstance(dividend, ast.BinOp)
        and isinstance(dividend.op, ast.Sub)
        and isinstance(dividend.right, ast.Constant)
        and dividend.right.value == 1
    )


def rebase_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """Every edit of this family that starts on `line`, unranked."""
    found: list[Rewrite] = []
    sp = Splicer(sf)
    for division, _rebase, dividend in _pairs(sf.tree):
        if division.lineno != line or _shifted(dividend):
            continue
        start, end = sp.span(dividend)
        text = sp.text(dividend)
        simple = isinstance(dividend, ast.Name | ast.Attribute | ast.Subscript | ast.Call)
        new = f"{text} - 1" if simple else f"({text}) - 1"
        if isinstance(division.value, ast.BinOp):
            # `%` binds tighter than `-`: the shifted dividend of a modulo needs its parentheses.
            new = f"({new})"
        description = f"count {text} from zero before dividing, as the remainder's += 1 expects: {new}"
        found.append(Rewrite(line, ((start, end, new),), description, REBASE_PRIOR, "rebase"))
    for node in sf.nodes_touching(line):
        # The inline form: `n % k + 1` for `(n - 1) % k + 1`.
        if (
            isinstance(node, ast.BinOp)
            and isinstance(node.op, ast.Add)
            and node.lineno == line
            and isinstance(node.right, ast.Constant)
            and node.right.value == 1
            and type(node.right.value) is int
            and isinstance(node.left, ast.BinOp)
            and isinstance(node.left.op, ast.Mod)
            and not _shifted(node.left.left)
            and not isinstance(node.left.left, ast.Constant | ast.JoinedStr)
        ):
            dividend = node.left.left
            start, end = sp.span(dividend)
            text = sp.text(dividend)
            simple = isinstance(dividend, ast.Name | ast.Attribute | ast.Subscript | ast.Call)
            new = f"({text} - 1)" if simple else f"(({text}) - 1)"
            description = f"count {text} from zero before the modulo its + 1 rebases: {new}"
            found.append(Rewrite(line, ((start, end, new),), description, REBASE_PRIOR, "rebase"))
    return found


def rebase_kept(
    sf: SourceFile, line: int, found: list[tuple[float, str, str, str]]
) -> list[tuple[float, str, str, str]]:
    """`found` (prior, new source, description, kind) less the edits that undo a rebase by one on `line`."""
    before = _pairs(sf.tree)
    if not any(rebase.lineno == line for _division, rebase, _dividend in before):
        return found
    kept = []
    for entry in found:
        try:
            after = _pairs(ast.parse(entry[1]))
        except (SyntaxError, ValueError):
            continue
        if len(after) >= len(before):
            kept.append(entry)
    return kept


__all__ = ["rebase_kept", "rebase_rewrites"]
