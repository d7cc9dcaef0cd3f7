"""LOGIC edit families of a dual read for its twin: the other axis's member, the other end of a word's bits.

Two slips where the code names one of two symmetric things and meant the other (round 55, pylogic29):

- **the wrong member of an axis pair** (`axis_rewrites`): `rect.y <= py <= rect.y + rect.width`, a vertical
  test bounded by the horizontal extent. One comparison that reads two or more members of one axis
  (`y`, `height`, `top`, `row`...) and exactly one of the other axis reads that one for its dual
  (`width` for `height`): the copy-paste slip of a two-axis computation written twice, mended as the
  name-based argument-selection and variable-misuse repairs do (Rice et al., "Detecting argument selection
  defects", OOPSLA 2017; DeepBugs, Pradel & Sen, OOPSLA 2018), restricted to the fixed vocabulary of
  coordinate pairs. A comparison whose members split evenly, or all of one axis, is left alone, and so is a member not added to
  the other axis's member of its own object (`box.w * box.h` is an area, `box.top + box.w` a slip), and
  so is a sum of two origins or two extents (`c.row + c.col` is a diagonal).
- **the other end of the bits** (`bit_order_rewrites`): `(byte >> i) & 1` inside `for i in range(8)` reads
  the least significant bit first; MSB-first code reads `byte >> (7 - i)` (and the other way round). A
  type-directed template of the bit-numbering convention (the shift amount is a loop index over a word's
  width): TBar's "mutate operand" with the only other reading of a bit index a word has.
"""

from __future__ import annotations

import ast

from healer.engine.fixers.lineedit import SourceFile, shorten
from healer.engine.fixers.logic_templates import Rewrite, Splicer

AXIS_PRIOR = 0.7  # the comparison's other members name the axis: close to its operator edits
BIT_ORDER_PRIOR = 0.5  # as likely as the shift's operator swap beside it

HORIZONTAL = {"x": "y", "width": "height", "w": "h", "left": "top", "right": "bottom", "dx": "dy"}
HORIZONTAL |= {"col": "row", "cols": "rows", "ncols": "nrows", "column": "row", "columns": "rows"}
VERTICAL = {dual: name for name, dual in HORIZONTAL.items() if name not in ("column", "columns")}
# The members that measure along an axis (an extent or a step), the others place on it (an origin):
# an origin is moved by an extent, while two origins summed (`row + col`, `x + y`) are a diagonal or a
# Manhattan distance on purpose, and two extents (`w + h`) a half perimeter (round 55's review).
EXTENTS = frozenset({"width", "height", "w", "h", "dx", "dy", "cols", "rows", "ncols", "nrows", "columns"})


def _axis(attr: str) -> int:
    return 1 if attr in HORIZONTAL else 2 if attr in VERTICAL else 0


def _offset_by(compare: ast.Compare, odd: ast.Attribute) -> bool:
    """`odd` added to (or taken from) a member of the other axis of its own object: `box.top + box.w`.

    An origin moved by an extent is one axis's sum; a product (`box.w * box.h`, an area) mixes them rightly,
    and so does a sum of two origins (`p.x + p.y`) or two extents (`box.w + box.h`).
    """
    for node in ast.walk(compare):
        if not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Sub)):
            continue
        for this, other in ((node.left, node.right), (node.right, node.left)):
            if (
                this is odd
                and isinstance(other, ast.Attribute)
                and _axis(other.attr) not in (0, _axis(odd.attr))
                and (other.attr in EXTENTS) != (odd.attr in EXTENTS)
                and ast.dump(other.value) == ast.dump(odd.value)
            ):
                return True
    return False


def axis_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """The one member of the other axis in a comparison of one axis, read as its dual."""
    found: list[Rewrite] = []
    sp = Splicer(sf)
    for stmt in (n for n in sf.nodes_starting(line) if isinstance(n, ast.stmt)):
        for node in ast.walk(stmt):
            if not isinstance(node, ast.Compare) or node.lineno != line:
                continue
            members = [n for n in ast.walk(node) if isinstance(n, ast.Attribute) and _axis(n.attr)]
            by_axis = {axis: [n for n in members if _axis(n.attr) == axis] for axis in (1, 2)}
            lone = [group for group in by_axis.values() if len(group) == 1]
            many = [group for group in by_axis.values() if len(group) >= 2]
            if len(lone) != 1 or len(many) != 1:
                continue
            odd = lone[0][0]
            if not _offset_by(node, odd):
                continue
            dual = HORIZONTAL.get(odd.attr) or VERTICAL[odd.attr]
            _start, end = sp.span(odd)
            # Only the member's name is replaced: the receiver's text without its parentheses would
            # regroup a compound one (`(a + b).w` -> `a + b.h`, round 55's review).
            shown = f"{shorten(sp.text(odd.value), 24)}.{dual}"
            description = f"use {shown} instead of {shorten(sp.text(odd), 30)}, the comparison's axis"
            found.append(
                Rewrite(line, ((end - len(odd.attr), end, dual),), description, AXIS_PRIOR, "variable")
            )
    return found


def _word_loops(sf: SourceFile, line: int) -> dict[str, int]:
    """Loop variables of the `for i in range(N)` loops (N a literal) around `line`: name -> N."""
    loops: dict[str, int] = {}
    for node in ast.walk(sf.tree):
        if (
            isinstance(node, ast.For)
            and node.lineno < line <= (node.end_lineno or node.lineno)
            and isinstance(node.target, ast.Name)
            and isinstance(node.iter, ast.Call)
            and isinstance(node.iter.func, ast.Name)
            and node.iter.func.id == "range"
            and not node.iter.keywords
        ):
            args = node.iter.args
            if len(args) == 2 and not (isinstance(args[0], ast.Constant) and args[0].value == 0):
                continue
            width = args[-1] if args else None
            if (
                len(args) in (1, 2)
                and isinstance(width, ast.Constant)
                and type(width.value) is int
                and width.value > 1
            ):
                loops[node.target.id] = width.value
    return loops


COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
FUNCTIONS = (ast.Lambda, ast.FunctionDef, ast.AsyncFunctionDef)


def _rebound(sf: SourceFile, node: ast.AST, name: str) -> bool:
    """`name` at `node` is bound by a comprehension or function inside its `for name in ...` loop.

    `sum(b >> k for k in range(4))` in `for k in range(16)` shifts by the comprehension's own `k`, not
    the loop's bit index (round 55's review).
    """
    for above in sf.ancestors(node):
        if isinstance(above, ast.For) and isinstance(above.target, ast.Name) and above.target.id == name:
            return False
        if isinstance(above, COMPREHENSIONS) and any(
            isinstance(n, ast.Name) and n.id == name for g in above.generators for n in ast.walk(g.target)
        ):
            return True
        if isinstance(above, FUNCTIONS):
            args = above.args
            every = [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]
            if any(a is not None and a.arg == name for a in every):
                return True
    return False


def bit_order_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """A shift by a word's bit index read from the other end: `i` <-> `N - 1 - i`."""
    stmts = [n for n in sf.nodes_starting(line) if isinstance(n, ast.stmt)]
    shifts = [
        node
        for stmt in stmts
        for node in ast.walk(stmt)
        if isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.RShift | ast.LShift)
        and node.lineno == line
    ]
    if not shifts:
        return []
    loops = _word_loops(sf, line)
    found: list[Rewrite] = []
    sp = Splicer(sf)
    for shift in shifts:
        amount = shift.right
        index = amount if isinstance(amount, ast.Name) else getattr(amount, "right", None)
        if isinstance(index, ast.Name) and _rebound(sf, index, index.id):
            continue
        if isinstance(amount, ast.Name) and amount.id in loops:
            new = f"({loops[amount.id] - 1} - {amount.id})"
            description = f"number the bits from the other end: shift by {new}"
        elif (
            isinstance(amount, ast.BinOp)
            and isinstance(amount.op, ast.Sub)
            and isinstance(amount.right, ast.Name)
            and amount.right.id in loops
            and isinstance(amount.left, ast.Constant)
            and amount.left.value == loops[amount.right.id] - 1
        ):
            new = amount.right.id
            description = f"number the bits from the other end: shift by {new}"
        else:
            continue
        start, end = sp.span(amount)
        if new.isidentifier() and sf.text[start - 1 : start] == "(" and sf.text[end : end + 1] == ")":
            start, end = start - 1, end + 1  # `(7 - i)`'s parentheses go with it
        found.append(Rewrite(line, ((start, end, new),), description, BIT_ORDER_PRIOR, "bitorder"))
    return found


__all__ = ["axis_rewrites", "bit_order_rewrites"]
