"""LOGIC edit family of a run of parallel statements: the index a copied statement forgot to advance.

Code that unpacks a record field by field is written as a run of near-identical statements, each
reading the same value at the next position (`minx = min(b[0] ...)`, `miny = min(b[1] ...)`,
`maxx = max(b[2] ...)`, `maxy = max(b[3] ...)`; `self.host = parts[0]`, `self.port = parts[1]`). A copy
that kept its model's index reads one position twice and never reads another: the "last line effect"
of copy-pasted runs (Beller, Zaidman et al., "The last line effect explained", EMSE 2017) and
CP-Miner's inconsistent copies (Li et al., OSDI 2004). When the run's indices are a contiguous range
with one position read twice and one never read, each of the two statements that read the repeated
position gets the missing one: ssFix's and PraPR's constant replacement, with the ingredient the
run's own pattern names rather than a number one off (the literal edits have those already). The
localisation picks which of the two copies runs in the failing tests; the tests decide.

Only constant, non-negative integer subscripts of the same value text (`b`, `row`, `self.parts`)
count, one per statement, in consecutive statements of one block that have one shape (the same tree
once names, attribute names and the index are masked).
"""

from __future__ import annotations

import ast
import copy

from healer.engine.fixers.lineedit import SourceFile, shorten
from healer.engine.fixers.logic_templates import Rewrite, Splicer, _statement_block

# A run that reads one position twice and never another is as strong a sign as an unadapted copy
# (logic_analogy's 0.7), but the run may be meant (a field read twice on purpose): just below it.
RUN_INDEX_PRIOR = 0.6
MIN_RUN = 3  # two statements are a pair, not a run: no pattern to complete
MAX_RUN = 12


def run_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """Every edit of this family that starts on `line`, unranked."""
    found: list[Rewrite] = []
    for node in sf.nodes_starting(line):
        if isinstance(node, ast.stmt) and not isinstance(node, ast.FunctionDef | ast.ClassDef):
            found += _completed(sf, line, node)
    return found


def _index_read(sp: Splicer, stmt: ast.stmt) -> tuple[str, ast.Constant] | None:
    """(the subscripted value's text, the index constant) when `stmt` reads exactly one such index."""
    if isinstance(stmt, ast.If | ast.For | ast.While | ast.With | ast.Try | ast.AsyncFor | ast.AsyncWith):
        return None
    reads = [
        node
        for node in ast.walk(stmt)
        if isinstance(node, ast.Subscript)
        and isinstance(node.slice, ast.Constant)
        and type(node.slice.value) is int
        and node.slice.value >= 0
    ]
    if len(reads) != 1:
        return None
    return sp.text(reads[0].value), reads[0].slice  # type: ignore[return-value]


class _Masked(ast.NodeTransformer):
    """A statement's shape: every name, attribute name and constant integer index made the same."""

    def visit_Name(self, node: ast.Name) -> ast.AST:
        node.id = "_"
        return node

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        self.generic_visit(node)
        node.attr = "_"
        return node

    def visit_Subscript(self, node: ast.Subscript) -> ast.AST:
        self.generic_visit(node)
        if isinstance(node.slice, ast.Constant) and type(node.slice.value) is int:
            node.slice.value = 0
        return node


def _shape(stmt: ast.stmt) -> str:
    return ast.dump(_Masked().visit(copy.deepcopy(stmt)), include_attributes=False)


def _run(sp: Splicer, block: list[ast.stmt], at: int, value: str) -> list[tuple[ast.stmt, ast.Constant]]:
    """The consecutive statements around block[at] that each read one index of `value`."""
    first = last = at
    # One past MAX_RUN is enough to refuse the run: a block of thousands of generated `row[0]` reads is
    # not walked whole for every line the localisation names.
    while (
        first > 0
        and last - first < MAX_RUN
        and (read := _index_read(sp, block[first - 1])) is not None
        and read[0] == value
    ):
        first -= 1
    while (
        last + 1 < len(block)
        and last - first < MAX_RUN
        and (read := _index_read(sp, block[last + 1])) is not None
        and read[0] == value
    ):
        last += 1
    run = []
    for stmt in block[first : last + 1]:
        read = _index_read(sp, stmt)
        assert read is not None
        run.append((stmt, read[1]))
    return run


def _missing(indices: list[int]) -> int | None:
    """The one position a run with one repeated index never reads, when the run is otherwise a range."""
    distinct = set(indices)
    if len(distinct) != len(indices) - 1:
        return None
    low = min(distinct)
    gaps = set(range(low, low + len(indices))) - distinct
    return gaps.pop() if len(gaps) == 1 else None


def _completed(sf: SourceFile, line: int, stmt: ast.stmt) -> list[Rewrite]:
    sp = Splicer(sf)
    own = _index_read(sp, stmt)
    block = _statement_block(sf, stmt)
    if own is None or block is None:
        return []
    at = next(i for i, s in enumerate(block) if s is stmt)
    run = _run(sp, block, at, own[0])
    # Parallel statements: the same shape but for their names and the index (`min(b[0] ...)` and
    # `max(b[2] ...)`), not a packed field read twice on purpose (`state[1] & 3`, `bool(state[1] & 4)`).
    if not MIN_RUN <= len(run) <= MAX_RUN:
        return []
    try:
        shapes = {_shape(s) for s, _ in run}
    except RecursionError:  # deepcopy and ast.dump recurse: a 400-term sum parses but does not copy
        return []
    if len(shapes) != 1:
        return []
    indices = [constant.value for _, constant in run]
    missing = _missing(indices)
    index = own[1].value
    if missing is None or indices.count(index) != 2:
        return []
    start, end = sp.span(own[1])
    description = f"read {shorten(own[0], 20)}[{missing}] instead of {shorten(own[0], 20)}[{index}], as the run of statements does"
    return [Rewrite(line, ((start, end, str(missing)),), description, RUN_INDEX_PRIOR, "run")]


__all__ = ["run_rewrites"]
