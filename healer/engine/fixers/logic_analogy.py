"""LOGIC edits learnt from a sibling pair: a copied statement that missed its pair's systematic edit.

Code written in parallel pairs (`lo_x = ...; lo_y = ...` then `hi_x = ...; hi_y = ...`) is copied and
adapted: every statement of the second group gets the same renaming (`lo_` -> `hi_`) and, often, the
same systematic change (`x` -> `x + 1`, a row index moved to the next row). A statement of the second
group whose value is still, after the renaming, exactly its twin's in the first group, while another
pair of the same two groups shows a change beyond the renaming, is a copy that was not adapted: the
inconsistent-copy bugs of CP-Miner (Li et al., OSDI 2004). The change the other pair shows is learnt
as a template with a hole and applied to the copy, as systematic-edit tools transplant an example
edit to its analogous places (Sydit: Meng, Kim and McKinley, PLDI 2011; LASE, ICSE 2013), with the
copy's own expressions of the same kind as the hole (names first when they share a stem with the
example's). The edit is only a candidate: the tests decide.
"""

from __future__ import annotations

import ast

from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.lineedit import SourceFile, shorten
from healer.engine.fixers.logic_templates import Rewrite, Splicer, _statement_block

# A copy that kept its twin's value while its neighbours changed is as strong a sign as a name never
# read; below the operator swaps of a top-ranked line only when several holes compete.
ANALOGY_PRIOR = 0.7
MAX_PLACES = 3
# As a target line: the copy the failing tests ran is tried with the top lines wherever the spectrum
# ranks it (a function every test runs ties on Ochiai), as logic_exits does for a deviant exit.
ANALOGY_WEIGHT = 0.75
MAX_TARGETS = 4
# Copies that agree with each other and outvote the one that departs from them.
MAJORITY = 2
HOLE = "__healer_hole__"


def analogy_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """The sibling pairs' systematic edit applied to the unadapted copy starting on `line`, if any."""
    stmt = _assignment_at(sf, line)
    if stmt is None:
        return []
    block = _statement_block(sf, stmt) or []
    target = stmt.targets[0].id
    found: list[Rewrite] = []
    size = sum(1 for _ in ast.walk(stmt.value))
    for twin in block:
        if twin is stmt or not _simple_assignment(twin) or type(twin.value) is not type(stmt.value):
            continue
        if sum(1 for _ in ast.walk(twin.value)) != size:
            continue  # cheap before the renamed copy: a twin has the same shape
        renaming = _renaming(twin.targets[0].id, target)
        if renaming is None or _dump(_renamed(twin.value, renaming)) != _dump(stmt.value):
            continue
        for old, new in _systematic_edits(block, renaming, skip=(twin, stmt)):
            found += _transplanted(sf, line, stmt, old, new)
    return _distinct(found)[:MAX_PLACES]


def majority_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """The copy starting on `line` made like its siblings when it alone departs from them.

    A statement repeated in one block (`parts = name.split()[:-1]` before each of three similar
    searches) whose value differs in one place from two or more copies that agree with each other:
    the lone copy is the inconsistent one (CP-Miner's copy-paste inconsistency, Li et al., OSDI
    2004, decided by the majority of the copies). Only a candidate: the tests decide.
    """
    stmt = _assignment_at(sf, line)
    if stmt is None:
        return []
    target = stmt.targets[0].id
    mine = _dump(stmt.value)
    agreeing: dict[str, list[ast.Assign]] = {}
    for twin in _statement_block(sf, stmt) or []:
        if twin is not stmt and _simple_assignment(twin) and twin.targets[0].id == target:
            agreeing.setdefault(_dump(twin.value), []).append(twin)
    sp = Splicer(sf)
    found = []
    for value, twins in agreeing.items():
        if len(twins) < MAJORITY or value == mine or _single_difference(twins[0].value, stmt.value) is None:
            continue
        start, end = sp.span(stmt.value)
        text = sp.text(twins[0].value)
        description = f"use {shorten(text, 30)} as its {len(twins)} copies do"
        found.append(Rewrite(line, ((start, end, text),), description, ANALOGY_PRIOR, "analogy"))
    return found


def analogy_targets(ctx: RepairContext) -> list[tuple[str, int]]:
    """(file, line) of unadapted copies among the lines the failing tests ran, at most MAX_TARGETS."""
    by_file: dict[str, list[int]] = {}
    for file, line, score in ctx.suspicious:
        if score > 0 and file.endswith(".py") and not ctx.is_test_file(file):
            by_file.setdefault(file, []).append(line)
    found: list[tuple[str, int]] = []
    for file in sorted(by_file):
        try:
            text = ctx.source(file)
        except (OSError, ValueError):
            continue
        raw = text.splitlines()
        # Cheap filter before parsing: a ran line whose text after `=` another ran line repeats.
        values: dict[str, list[int]] = {}
        for line in by_file[file]:
            if 0 < line <= len(raw) and "=" in raw[line - 1]:
                values.setdefault(raw[line - 1].split("=", 1)[1].strip(), []).append(line)
        repeated = sorted(ln for lines in values.values() if len(lines) > 1 for ln in lines)
        # A copy that departs from its agreeing siblings has a text of its own: any ran line whose
        # target is assigned again, the same way, on other lines (ran or not) of the file.
        assigned: dict[str, int] = {}
        for row in raw:
            if "=" in row:
                head = row.split("=", 1)[0].strip()
                assigned[head] = assigned.get(head, 0) + 1
        lone = sorted(
            ln
            for lines in values.values()
            if len(lines) == 1
            for ln in lines
            if assigned.get(raw[ln - 1].split("=", 1)[0].strip(), 0) > MAJORITY
        )
        candidates = sorted(set(repeated) | set(lone))
        sf = SourceFile.parse(file, text) if candidates else None
        for line in candidates if sf is not None else []:
            if analogy_rewrites(sf, line) or majority_rewrites(sf, line):
                found.append((file, line))
                if len(found) >= MAX_TARGETS:
                    return found
    return found


def _assignment_at(sf: SourceFile, line: int) -> ast.Assign | None:
    for node in sf.nodes_starting(line):
        if _simple_assignment(node) and sf.on_one_line(node):
            return node
    return None


def _simple_assignment(node: ast.AST) -> bool:
    """`name = value`: one plain name bound (the groups' members are named by role)."""
    return (
        isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and not isinstance(node.value, ast.Constant)
    )


def _renaming(first: str, second: str) -> tuple[str, str] | None:
    """The part of `first` that `second` spells differently (`ul_lat` -> `lr_lat`: ("ul", "lr"))."""
    if first == second:
        return None
    head = _shared_head(first, second)
    tail = _shared_head(first[head:][::-1], second[head:][::-1])
    old, new = first[head : len(first) - tail], second[head : len(second) - tail]
    if not old or not new:
        return None  # `x` -> `x2`: an added suffix, not a group's role renamed
    return old, new


def _renamed(node: ast.expr, renaming: tuple[str, str]) -> ast.expr:
    """`node` with every name of the first group spelt as the second group's."""
    copy = ast.parse(ast.unparse(node), mode="eval").body
    for child in ast.walk(copy):
        if isinstance(child, ast.Name) and renaming[0] in child.id:
            child.id = child.id.replace(renaming[0], renaming[1], 1)
    return copy


def _systematic_edits(
    block: list[ast.stmt], renaming: tuple[str, str], *, skip: tuple[ast.stmt, ...]
) -> list[tuple[ast.expr, ast.expr]]:
    """(old, new) subtrees by which another pair of the two groups differs beyond the renaming."""
    bound = {s.targets[0].id: s for s in block if _simple_assignment(s) and all(s is not k for k in skip)}
    edits = []
    for name, first in bound.items():
        if renaming[0] not in name:
            continue
        second = bound.get(name.replace(renaming[0], renaming[1], 1))
        if second is None or second is first:
            continue
        diff = _single_difference(_renamed(first.value, renaming), second.value)
        if diff is not None and _holes(diff[1], diff[0]):
            edits.append(diff)
    return edits


def _single_difference(a: ast.AST, b: ast.AST) -> tuple[ast.expr, ast.expr] | None:
    """The one smallest pair of subtrees where `a` and `b` differ, or None (equal, or several places)."""
    if _dump(a) == _dump(b):
        return None
    if type(a) is not type(b) or not isinstance(a, ast.expr):
        return (a, b) if isinstance(a, ast.expr) and isinstance(b, ast.expr) else None
    differing = []
    for field, value in ast.iter_fields(a):
        other = getattr(b, field, None)
        if isinstance(value, list) != isinstance(other, list):
            return a, b
        pairs = zip(value, other, strict=False) if isinstance(value, list) else [(value, other)]
        if isinstance(value, list) and len(value) != len(other):
            return a, b
        for x, y in pairs:
            if isinstance(x, ast.AST) and isinstance(y, ast.AST):
                if _dump(x) != _dump(y):
                    differing.append((x, y))
            elif x != y:
                return a, b  # an operator or a literal's value: the node itself changed
    if len(differing) != 1:
        return a, b
    inner = _single_difference(*differing[0])
    return inner if inner is not None else (a, b)


def _holes(new: ast.expr, old: ast.expr) -> bool:
    """True when `new` wraps `old` (`x + 1` around `x`): an edit that can take another operand."""
    want = _dump(old)
    return new is not old and any(_dump(n) == want for n in ast.walk(new) if n is not new)


def _transplanted(sf: SourceFile, line: int, stmt: ast.Assign, old: ast.expr, new: ast.expr) -> list[Rewrite]:
    """`new` with `old` replaced by each analogous part of the copy's value, nearest stem first."""
    template = _template(new, old)
    if HOLE not in template:
        return []
    sp = Splicer(sf)
    places = [n for n in ast.walk(stmt.value) if type(n) is type(old) and _operand(sf, n)]
    places.sort(key=lambda n: -_stem(n, old))
    found = []
    for place in places:
        text = sp.text(place)
        filled = f"({template.replace(HOLE, text)})"
        start, end = sp.span(place)
        description = f"use {shorten(filled, 30)} as the sibling pair does ({shorten(ast.unparse(new), 20)})"
        found.append(Rewrite(line, ((start, end, filled),), description, ANALOGY_PRIOR, "analogy"))
    return found


def _template(new: ast.expr, old: ast.expr) -> str:
    """`new`'s text with `old` as a hole: `x + 1` around `x` -> `__healer_hole__ + 1`."""
    want = _dump(old)
    copy = ast.parse(ast.unparse(new), mode="eval").body
    hole = ast.Name(id=HOLE, ctx=ast.Load())
    for node in ast.walk(copy):
        for field, value in ast.iter_fields(node):
            if isinstance(value, ast.expr) and _dump(value) == want:
                setattr(node, field, hole)
                return ast.unparse(copy)
            if isinstance(value, list):
                for i, item in enumerate(value):
                    if isinstance(item, ast.expr) and _dump(item) == want:
                        value[i] = hole
                        return ast.unparse(copy)
    return ""


def _operand(sf: SourceFile, node: ast.expr) -> bool:
    """A value read in the expression: not a called function's name nor an attribute's receiver module."""
    parent = sf.parent(node)
    return not (isinstance(parent, ast.Call) and parent.func is node) and not (
        isinstance(parent, ast.Attribute) and isinstance(node, ast.Name)
    )


def _stem(node: ast.expr, old: ast.expr) -> int:
    """How much of the example's name this one shares (`ytile` beside `xtile`: 4)."""
    if not (isinstance(node, ast.Name) and isinstance(old, ast.Name)):
        return 0
    a, b = node.id, old.id
    return max(_shared_head(a, b), _shared_head(a[::-1], b[::-1]))


def _shared_head(a: str, b: str) -> int:
    """How many leading characters `a` and `b` share."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _distinct(rewrites: list[Rewrite]) -> list[Rewrite]:
    seen: set[tuple[tuple[int, int, str], ...]] = set()
    kept = []
    for rewrite in rewrites:
        if rewrite.spans not in seen:
            seen.add(rewrite.spans)
            kept.append(rewrite)
    return kept


def _dump(node: ast.AST) -> str:
    return ast.dump(node, include_attributes=False)
