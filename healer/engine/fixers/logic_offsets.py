"""LOGIC edit family: a position or count used as-is where it should be shifted by one.

The off-by-one fault is the commonest boundary fault, and its repair is an arithmetic operator inserted
around a variable's read: muJava's AOIS operator (`x` -> `x + 1` / `x - 1`; Ma, Offutt & Kwon, "MuJava:
an automated class mutation system", 2005) and PraPR's increment/decrement of a use (Ghanbari, Benton &
Zhang, ISSTA 2019). Offered everywhere it would flood the candidate list, so it is offered only where a
value crosses from one convention to another and the shift, when it is missing, is made:

- a plain copy `total = offset` (the copy is where a length gains its terminator or a count its last item);
- a value handed to a human in a format (`"line %s" % (e.pos,)`, `"{}".format(i)`, `f"{i}"`): zero-based
  positions shown one-based;
- a returned value (`return index`).

And only for a value that is a position or a count: a name the function binds to a whole number (a literal,
`len(...)`, a `range`/`enumerate` variable, `+= 1`) or uses as an index, or a name or attribute whose own
words say so (`pos`, `offset`, `index`, `lineno`, `count`...: identifiers carry their type, DeepBugs, Pradel
& Sen, OOPSLA 2018).
"""

from __future__ import annotations

import ast
import re

from healer.engine.fixers.lineedit import SourceFile, function_at, shorten
from healer.engine.fixers.logic_templates import Rewrite, Splicer

# Below the slice and index bound edits (0.6, 0.25 for an index they boost) and the name swaps of a
# variable never read (0.92): the evidence is only the value's kind and where it goes. Doubled by an
# "off-by-one" reading of the failed assertion (logic._hinted).
OFFSET_PRIOR = 0.35
POSITION_WORDS = frozenset(
    {
        "pos",
        "position",
        "offset",
        "index",
        "idx",
        "lineno",
        "line",
        "col",
        "column",
        "row",
        "count",
        "num",
        "number",
        "size",
        "length",
        "len",
        "start",
        "end",
        "stop",
        "level",
        "depth",
        "page",
        "total",
    }
)
_WORD_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
# A count that a `while` loop stepped up to a sentinel (`while buf[i] != 0: i += 1`) stops AT the sentinel:
# a length that should hold the sentinel too is the fencepost error's classic form (one more post than
# gaps), so its `+ 1` comes first.
FENCEPOST_PRIOR = 0.95  # as strong as a lone operator (naturalness): one candidate run if wrong


def offset_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """`v + 1` and `v - 1` for each position or count `v` read on `line` where a convention changes."""
    func = function_at(sf, line)
    numeric = _numeric_names(func) if func is not None else frozenset()
    sp = Splicer(sf)
    found: list[Rewrite] = []
    for node in sf.nodes_starting(line):
        if not isinstance(node, ast.Name | ast.Attribute) or not isinstance(node.ctx, ast.Load):
            continue
        if not sf.on_one_line(node) or not _crosses(sf, node) or not _is_position(node, numeric):
            continue
        start, end = sp.span(node)
        text = sp.text(node)
        counted = isinstance(node, ast.Name) and func is not None and _counted_to_sentinel(func, node)
        for delta, what in (("+ 1", "count from one more"), ("- 1", "count from one less")):
            prior = FENCEPOST_PRIOR if counted and delta == "+ 1" else OFFSET_PRIOR
            found.append(
                Rewrite(
                    line,
                    ((start, end, f"{text} {delta}"),),
                    f"use {shorten(text, 30)} {delta}: {what} where the value changes hands",
                    prior,
                    "off-by-one",
                )
            )
    return found + _count_stores(sf, sp, line) + _fenceposts(sf, sp, line, numeric)


# Below a shift where a value changes hands (OFFSET_PRIOR): the evidence is only that two positions or
# counts meet, which every loop does.
FENCEPOST_PAIR_PRIOR = 0.3


def _fenceposts(sf: SourceFile, sp: Splicer, line: int, numeric: frozenset[str]) -> list[Rewrite]:
    """`total - i` -> `total - (i - 1)`; `index == length` -> `index == length - 1`: two positions meet.

    The fencepost error between two whole numbers of different conventions (a zero-based index against a
    count, a one-based step against a count of what remains): the same AOIS shift as above, on the
    subtracted operand of a difference or on the count side of an equality (a count when there is one,
    else the right side). Both sides must be positions or counts (`_is_position`), so a difference of
    prices or an equality of names is never shifted.
    """
    found: list[Rewrite] = []
    for node in sf.nodes_starting(line):
        if not sf.on_one_line(node):
            continue
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub):
            left, right, wrap = node.left, node.right, True
        elif (
            isinstance(node, ast.Compare)
            and len(node.ops) == 1
            and isinstance(node.ops[0], ast.Eq | ast.NotEq)
        ):
            left, right, wrap = node.left, node.comparators[0], False
            if _is_count(left) and not _is_count(right):
                left, right = right, left
        else:
            continue
        if not all(isinstance(side, ast.Name | ast.Attribute) for side in (left, right)):
            continue
        if not (_is_position(left, numeric) and _is_position(right, numeric)):
            continue
        start, end = sp.span(right)
        text = sp.text(right)
        for delta, what in (("- 1", "one less"), ("+ 1", "one more")):
            new = f"({text} {delta})" if wrap else f"{text} {delta}"
            found.append(
                Rewrite(
                    line,
                    ((start, end, new),),
                    f"use {new} instead of {shorten(text, 30)}: a fencepost, {what} between two positions",
                    FENCEPOST_PAIR_PRIOR,
                    "off-by-one",
                )
            )
    return found


def _is_count(node: ast.expr) -> bool:
    name = node.id if isinstance(node, ast.Name) else getattr(node, "attr", "")
    return bool(_words(name) & COUNT_WORDS)


# Words of a target that holds how many items something has (a subset of POSITION_WORDS: not a position).
COUNT_WORDS = frozenset({"count", "num", "number", "total", "size", "length", "len"})


def _count_stores(sf: SourceFile, sp: Splicer, line: int) -> list[Rewrite]:
    """`record.count = len(a) + len(b)` -> `... + 1` / `- 1`: a count stored from the lengths of parts.

    A count assembled from `len()` of the parts it knows of is where an item counted by convention is
    left out or counted twice: the record that carries the count (a trailer, a header, a terminator)
    counting itself, or an end marker. The same AOIS shift as above, on the whole stored value.
    """
    found: list[Rewrite] = []
    for node in sf.nodes_starting(line):
        if not isinstance(node, ast.Assign) or len(node.targets) != 1:
            continue
        target = node.targets[0]
        name = target.id if isinstance(target, ast.Name) else getattr(target, "attr", None)
        if not isinstance(name, str) or not _words(name) & COUNT_WORDS or not _len_sum(node.value):
            continue
        if not sf.on_one_line(node.value):
            continue
        start, end = sp.span(node.value)
        text = sp.text(node.value)
        for delta, what in (("+ 1", "one more"), ("- 1", "one less")):
            found.append(
                Rewrite(
                    line,
                    ((start, end, f"{text} {delta}"),),
                    f"store {shorten(text, 30)} {delta} as {name}: the count holds {what} item",
                    OFFSET_PRIOR,
                    "off-by-one",
                )
            )
    return found


def _len_sum(node: ast.expr) -> bool:
    """Whether the value is `len(...)` or a sum of `len(...)` calls (and whole numbers), one at least."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return (_len_sum(node.left) or _len_sum(node.right)) and all(
            _len_sum(side) or _whole_number(side) for side in (node.left, node.right)
        )
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "len"


def _counted_to_sentinel(func: ast.AST, read: ast.Name) -> bool:
    """Whether a `while` loop that ends before the read steps the name by `+= 1` and tests it."""
    for loop in ast.walk(func):
        if not isinstance(loop, ast.While) or (loop.end_lineno or loop.lineno) >= read.lineno:
            continue
        tested = any(isinstance(n, ast.Name) and n.id == read.id for n in ast.walk(loop.test))
        stepped = any(
            isinstance(n, ast.AugAssign)
            and isinstance(n.op, ast.Add)
            and isinstance(n.target, ast.Name)
            and n.target.id == read.id
            and isinstance(n.value, ast.Constant)
            and n.value.value == 1
            for stmt in loop.body
            for n in ast.walk(stmt)
        )
        if tested and stepped:
            return True
    return False


def _words(identifier: str) -> set[str]:
    return {w.lower() for part in identifier.split("_") for w in _WORD_RE.findall(part)}


def _is_position(node: ast.Name | ast.Attribute, numeric: frozenset[str]) -> bool:
    name = node.id if isinstance(node, ast.Name) else node.attr
    if isinstance(node, ast.Name) and name in numeric:
        return True
    return bool(_words(name) & POSITION_WORDS)


def _crosses(sf: SourceFile, node: ast.expr) -> bool:
    """Whether the read is a whole copy, a format's value or a returned value (see the module's list)."""
    parent = sf.parent(node)
    if isinstance(parent, ast.Assign) and parent.value is node:
        return all(isinstance(t, ast.Name) for t in parent.targets)
    if isinstance(parent, ast.Return):
        return True
    if isinstance(parent, ast.FormattedValue):
        return True
    if isinstance(parent, ast.Tuple):
        node, parent = parent, sf.parent(parent)
    if isinstance(parent, ast.BinOp) and isinstance(parent.op, ast.Mod) and parent.right is node:
        return isinstance(parent.left, ast.Constant) and isinstance(parent.left.value, str)
    if isinstance(parent, ast.Call) and node in parent.args and isinstance(parent.func, ast.Attribute):
        owner = parent.func.value
        return (
            parent.func.attr == "format" and isinstance(owner, ast.Constant) and isinstance(owner.value, str)
        )
    return False


def _numeric_names(func: ast.AST) -> frozenset[str]:
    """Names the function binds to a whole number or uses as an index: its positions and counts."""
    found: set[str] = set()
    for node in ast.walk(func):
        if isinstance(node, ast.Assign) and _whole_number(node.value):
            found |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            if isinstance(node.op, ast.Add | ast.Sub) and _whole_number(node.value):
                found.add(node.target.id)
        elif isinstance(node, ast.For) and isinstance(node.iter, ast.Call):
            found |= _counter_targets(node)
        elif isinstance(node, ast.Subscript):
            index = node.slice
            parts = (index.lower, index.upper) if isinstance(index, ast.Slice) else (index,)
            found |= {p.id for p in parts if isinstance(p, ast.Name)}
    return frozenset(found)


def _whole_number(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return type(node.value) is int
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
        return node.func.id == "len"
    return False


def _counter_targets(node: ast.For) -> set[str]:
    """`for i in range(...)` binds i; `for i, x in enumerate(...)` binds i."""
    call = node.iter
    assert isinstance(call, ast.Call)
    if not isinstance(call.func, ast.Name):
        return set()
    if call.func.id == "range" and isinstance(node.target, ast.Name):
        return {node.target.id}
    if call.func.id == "enumerate" and isinstance(node.target, ast.Tuple) and node.target.elts:
        first = node.target.elts[0]
        return {first.id} if isinstance(first, ast.Name) else set()
    return set()


__all__ = ["OFFSET_PRIOR", "offset_rewrites"]
