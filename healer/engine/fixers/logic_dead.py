"""Target lines named by a dead store: a local the function computes but never reads.

`flag = not other` and then no read of `flag` anywhere in the function: the value was computed for a
reason, and the likeliest is that a read of it was written as a read of what it was computed from
(`if other or ...` for `if flag or ...`). Redundant code such as a dead assignment flags the bugs
near it (Xie and Engler, "Using redundancies to find errors", FSE 2002; pyflakes' F841 reports the
store). The lines of the same function that read one of the dead store's sources, among the lines
the failing tests ran, are tried with the top lines wherever the spectrum ranks them: a line every
test runs (an `if` at a method's top) ties with the whole method on Ochiai. The wrong-variable
template offers the dead name everywhere with its "bound but never read" prior; at these reads the
edit is offered once more, with its own prior (`dead_store_rewrites`).
"""

from __future__ import annotations

import ast

from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.lineedit import FUNCTIONS, SourceFile, function_at, parameters, walk_own_scope
from healer.engine.fixers.logic_templates import Rewrite, Splicer

DEAD_STORE_WEIGHT = 0.8  # as a branch condition named by predicate switching: below the failure's own line
MAX_READS = 3  # a source read all over the function says nothing about which read was meant
MAX_TARGETS = 6
# The edit the dead store predicts at a read of its source: above the wrong-variable template's own
# prior, and kept apart from its per-name decay (that decay is for a guess offered on every line; this
# one is offered only where the store's source is read).
DEAD_STORE_PRIOR = 0.95


def dead_store_targets(ctx: RepairContext) -> list[tuple[str, int]]:
    """(file, line) of ran lines reading the source of a dead local store, in file and line order."""
    by_file: dict[str, set[int]] = {}
    for file, line, score in ctx.suspicious:
        if score > 0 and file.endswith(".py") and not ctx.is_test_file(file):
            by_file.setdefault(file, set()).add(line)
    found: list[tuple[str, int]] = []
    for file in sorted(by_file):
        try:
            text = ctx.source(file)
        except (OSError, ValueError):
            continue
        sf = SourceFile.parse(file, text) if text else None
        if sf is None:
            continue
        ran = by_file[file]
        for func in (n for n in ast.walk(sf.tree) if isinstance(n, FUNCTIONS)):
            if not ran.intersection(range(func.lineno, (func.end_lineno or func.lineno) + 1)):
                continue
            found += [(file, line) for line in sorted(dead_store_reads(func)) if line in ran]
            if len(found) >= MAX_TARGETS:
                return found[:MAX_TARGETS]
    return found


def dead_store_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """At a read of a dead store's source on `line`: the dead name read instead (`if flag` for `if other`)."""
    func = function_at(sf, line)
    if func is None:
        return []
    sp = Splicer(sf)
    found = []
    for dead, sources, reads in _dead_stores(func):
        for node in reads:
            if node.lineno == line and node.id in sources:
                start, end = sp.span(node)
                description = f"read {dead} (computed from {node.id}, never read) instead of {node.id}"
                found.append(
                    Rewrite(line, ((start, end, dead),), description, DEAD_STORE_PRIOR, "dead-store")
                )
    return found


def dead_store_reads(func: ast.FunctionDef | ast.AsyncFunctionDef) -> set[int]:
    """Lines of `func` reading a name that a never-read local of `func` was computed from."""
    return {node.lineno for _dead, _sources, reads in _dead_stores(func) for node in reads}


def _dead_stores(func: ast.FunctionDef | ast.AsyncFunctionDef) -> list[tuple[str, set[str], list[ast.Name]]]:
    """(dead name, the names its value reads, the reads of those names after the store) per dead store."""
    own = list(walk_own_scope(func))
    # A closure's read counts (nested scopes see the store); a global or nonlocal store is read elsewhere.
    read = {n.id for n in ast.walk(func) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    read |= {name for n in own if isinstance(n, ast.Global | ast.Nonlocal) for name in n.names}
    if any(
        isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in ("locals", "vars")
        for n in own
    ):
        return []  # `locals()` reads every name
    params = {a.arg for a in parameters(func)}
    found = []
    for stmt in own:
        if not (
            isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)
        ):
            continue
        dead = stmt.targets[0].id
        if dead in read or dead in params or dead.startswith("_"):
            continue
        sources = {
            n.id for n in ast.walk(stmt.value) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
        }
        reads = [
            n
            for n in own
            if isinstance(n, ast.Name)
            and isinstance(n.ctx, ast.Load)
            and n.id in sources
            and n.lineno > (stmt.end_lineno or stmt.lineno)  # a read meant for the store comes after it
        ]
        if 0 < len({n.lineno for n in reads}) <= MAX_READS:
            found.append((dead, sources, reads))
    return found


__all__ = ["DEAD_STORE_WEIGHT", "dead_store_reads", "dead_store_rewrites", "dead_store_targets"]
