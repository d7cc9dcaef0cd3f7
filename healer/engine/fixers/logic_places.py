"""Where a LOGIC edit belongs: at the value's computation before a line that only steers or re-scales it.

Two edits can each make the failing tests pass while only one is the fix: flipping the condition that picks
a branch (so another branch's value is used), or inverting the use of a ratio (`x * ratio` -> `x / ratio`)
instead of the ratio itself. The tests pass either way; the edit at the statement that computes the value is
the one the evidence points at, so the others rank after it (the fault is where the data-flow starts, as in
Weiser's slicing and the data-dependence weighting of fault localisation, e.g. Xuan & Monperrus' "Learning to
combine multiple ranking metrics", 2014, and value-replacement's preference for the defining statement,
Jeffrey, Gupta & Gupta, ISSTA 2008). Two bounded readings:

- a chain of `if`/`elif`/`else` whose run branch holds the same assignment as a sibling branch (the twin
  family, logic_twins): the chain's conditions rank after the twin's own edits;
- a `*`/`/` swap of a name that the function binds by a division on a line the failing tests ran: the swap
  at the use ranks after the division's own edits (the ratio is upside down where it is made).
"""

from __future__ import annotations

import ast

from healer.engine.fixers.lineedit import SourceFile, function_at
from healer.engine.fixers.logic_twins import twin_rewrites

# A weight factor for a steering line's or a ratio use's edits: their best (0.6-0.95) falls below the value's
# own edits of 0.5 and more.
PLACE_DECAY = 0.5
MAX_CHECKED = 40  # target lines examined per file (the fixer's own max_lines)
SWAPS = frozenset({"use / instead of *", "use * instead of /"})


def inverts(description: str) -> bool:
    """A `*`/`/` swap as logic._LineEdits describes it (`use / instead of *`, `divide by r instead of ...`, and
    `use / instead of * in v * r` when the line holds more than one `*`)."""
    return description.split(" in ", 1)[0] in SWAPS or description.endswith(
        ("instead of multiplying by it", "instead of dividing by it")
    )


def steering_conditions(sf: SourceFile, lines: list[int]) -> set[int]:
    """Condition lines of the chains whose branches hold a twin assignment that the failing tests ran; never a
    twin's own line (`if offset: n = start` on one line is the twin's place, not only its condition's)."""
    found: set[int] = set()
    twins: set[int] = set()
    for line in lines[:MAX_CHECKED]:
        if not twin_rewrites(sf, line):
            continue
        twins.add(line)
        for node in sf.nodes_starting(line):
            parent = sf.parent(node)
            while isinstance(parent, ast.If) and len(found) < MAX_CHECKED:
                found.add(parent.test.lineno)
                above = sf.parent(parent)
                if not (isinstance(above, ast.If) and above.orelse == [parent]):
                    break
                parent = above
    return found - twins


def ratio_uses(sf: SourceFile, lines: list[int]) -> set[int]:
    """Lines that multiply or divide by a name bound by a division on another line the failing tests ran."""
    ran = set(lines)
    found: set[int] = set()
    ratios: dict[int, dict[str, int | None]] = {}  # per function: name -> its one division's line, or None
    for line in lines[:MAX_CHECKED]:
        func = function_at(sf, line)
        if func is None:
            continue
        if id(func) not in ratios:
            ratios[id(func)] = _ratios(func)
        bound = ratios[id(func)]
        for node in sf.nodes_starting(line):
            if not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult | ast.Div)):
                continue
            for operand in (node.left, node.right):
                if isinstance(operand, ast.BinOp) and isinstance(operand.op, ast.Pow):
                    operand = operand.left
                if isinstance(operand, ast.Name):
                    made = bound.get(operand.id)
                    if made is not None and made != line and made in ran:
                        found.add(line)
    return found


def _ratios(func: ast.AST) -> dict[str, int | None]:
    """Each name the function binds: the line of its binding when that is its only one and a division."""
    nodes = list(ast.walk(func))
    divisions = {
        id(node.targets[0]): node.lineno
        for node in nodes
        if isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and isinstance(node.value, ast.BinOp)
        and isinstance(node.value.op, ast.Div)
    }
    bound: dict[str, int | None] = {}
    for node in nodes:
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            made = divisions.get(id(node))
            bound[node.id] = made if made is not None and node.id not in bound else None
    return bound
