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
        if _text_lines(sf, node):
            return _text_lines(sf, node)
        span = _span(node)
        if span is None:
            continue
        first, last = span
        if first != line or last == first or last - first + 1 > MAX_STATEMENT_LINES:
            return []
        return sorted(
            {
                more
                for child in ast.walk(node)
                if isinstance(child, ast.expr)
                for more in (child.lineno, *_text_lines(sf, child))
                if first < more <= last
            }
        )
    return []


def _text_lines(sf: SourceFile, node: ast.AST) -> list[int]:
    """The further lines of string pieces implicitly concatenated over several lines (one constant).

    Implicit concatenation makes one constant of many lines, recorded at its first: code that writes
    code (logic_embedded) keeps one generated clause per line, and each line is a place of its own. A
    triple-quoted text (a docstring, a message) is prose, not clauses: left out.
    """
    if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return []
    if sf.segment(node).lstrip("rbuRBU")[:3] in ('"""', "'''"):
        return []
    last = node.end_lineno or node.lineno
    if last == node.lineno or last - node.lineno + 1 > MAX_STATEMENT_LINES:
        return []
    return list(range(node.lineno + 1, last + 1))


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
