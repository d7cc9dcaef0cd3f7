"""LINTING: apply ruff's own fix edits (safe ones first), validated like every candidate.

ruff's JSON output carries the exact edits of each fix and whether ruff deems it
safe. Safe fixes are tried first; unsafe ones only reach the workspace after the
sandbox validated them. For an unused variable, ruff's (unsafe) fix keeps the
right-hand side as a bare expression in case it has side effects; when the value
is plainly side-effect free, removing the whole statement is the cleaner fix and
is offered first.
"""

from __future__ import annotations

import ast

from healer.engine.checks import LintFinding
from healer.engine.edits import apply_edits, describe_change
from healer.engine.fixers.base import Candidate, RepairContext
from healer.engine.types import BugType, Failure

# Calls that never have side effects worth keeping when their result is unused.
PURE_CALLS = frozenset(
    {
        "len", "str", "int", "float", "bool", "repr", "abs", "min", "max", "sum", "sorted", "list",
        "tuple", "dict", "set", "frozenset", "round", "isinstance", "type", "id", "hash", "format",
        "range", "enumerate", "zip", "reversed", "any", "all", "ord", "chr",
    }
)  # fmt: skip


def _is_pure(node: ast.AST) -> bool:
    for child in ast.walk(node):
        if isinstance(child, ast.Await | ast.Yield | ast.YieldFrom | ast.NamedExpr | ast.Lambda):
            return False
        if isinstance(child, ast.Call) and not (
            isinstance(child.func, ast.Name) and child.func.id in PURE_CALLS
        ):
            return False
    return True


def remove_unused_assignment(source: str, line: int, name: str) -> str | None:
    """The source without the statement `name = <pure value>` starting on `line`, if that is safe."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return None
    lines = source.splitlines(keepends=True)
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if not isinstance(body, list):
            continue
        for stmt in body:
            if not (isinstance(stmt, ast.Assign | ast.AnnAssign) and stmt.lineno == line):
                continue
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            if len(targets) != 1 or not isinstance(targets[0], ast.Name) or targets[0].id != name:
                return None
            if stmt.value is None or not _is_pure(stmt.value) or len(body) == 1:
                return None
            end = stmt.end_lineno or stmt.lineno
            first, last = lines[stmt.lineno - 1], lines[end - 1]
            # The statement must own its lines (no `a = 1; b = 2`).
            if first[: stmt.col_offset].strip() or last[stmt.end_col_offset or 0 :].strip() not in ("", "\\"):
                return None
            return "".join(lines[: stmt.lineno - 1] + lines[end:])
    return None


class RuffFixer:
    bug_types = frozenset({BugType.LINTING})
    fallback = False

    def candidates(self, failure: Failure, ctx: RepairContext) -> list[Candidate]:
        finding = failure.extra.get("finding")
        if not isinstance(finding, LintFinding) or ctx.is_test_file(failure.file):
            return []
        source = ctx.source(failure.file)
        found: list[Candidate] = []

        def add(new: str | None, priority: float) -> None:
            if new is not None and new != source:
                found.append(
                    Candidate(
                        file=failure.file,
                        new_source=new,
                        description=describe_change(source, new),
                        line=finding.line,
                        bug_type=BugType.LINTING,
                        priority=priority,
                    )
                )

        name = failure.extra.get("name")
        if finding.code == "F841" and isinstance(name, str):
            add(remove_unused_assignment(source, finding.line, name), 0.3)
        fix = finding.fix
        if fix is not None and fix.applicability in ("safe", "unsafe"):
            add(apply_edits(source, fix.edits), 0.0 if fix.applicability == "safe" else 0.6)
        return found


FIXERS = [RuffFixer()]
