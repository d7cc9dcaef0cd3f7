"""The continuation lines of a multi-line statement a target line starts.

Line coverage records a statement at its first line: coverage.py maps every line of a multi-line
statement to the line it starts on (its "multiline" map), so a fault in a statement's third line (the
test of a conditional expression written under the call it chooses) is scored, ranked and targeted as
the first line, whose own edits never touch it (the edits of a line are the nodes starting on it). The
spectrum localises statements, not lines (Wong et al., "A survey on software fault localization",
TSE 2016: the statement is the unit of the spectrum): a targeted first line brings the lines the same
statement continues on, at a weight just below its own.
"""

from __future__ import annotations

import ast

from healer.engine.fixers.lineedit import SourceFile

CONTINUATION_DECAY = 0.97  # just below the statement's first line: its own edits go first
MAX_STATEMENT_LINES = (
    8  # a longer statement is a table or a call of many arguments: its lines are not one guess
)
SIMPLE = (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Expr, ast.Return, ast.Raise, ast.Assert, ast.Delete)


def continuation_lines(sf: SourceFile, line: int) -> list[int]:
    """Lines after `line` on which the statement starting on `line` (or its header) has a node starting."""
    for node in sf.nodes_starting(line):
        span = _span(node)
        if span is None:
            continue
        first, last = span
        if first != line or last == first or last - first + 1 > MAX_STATEMENT_LINES:
            return []
        return sorted(
            {
                child.lineno
                for child in ast.walk(node)
                if isinstance(child, ast.expr) and first < child.lineno <= last
            }
        )
    return []


def _span(node: ast.AST) -> tuple[int, int] | None:
    """(first, last) line of a simple statement, or of a compound statement's header expression."""
    if isinstance(node, SIMPLE):
        return node.lineno, node.end_lineno or node.lineno
    if isinstance(node, ast.If | ast.While):
        return node.lineno, node.test.end_lineno or node.lineno
    if isinstance(node, ast.For | ast.AsyncFor):
        return node.lineno, node.iter.end_lineno or node.lineno
    return None


__all__ = ["CONTINUATION_DECAY", "continuation_lines"]
