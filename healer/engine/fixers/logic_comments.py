"""LOGIC edit family: a loop whose own comment says it walks backwards, written to walk forwards.

A comment and the code beside it that disagree point at the fault in one or the other (iComment, Tan,
Yuan, Krishna & Zhou, "/*iComment: Bugs or Bad Comments?*/", SOSP 2007; @tComment, Tan et al., ICST 2012).
The engine never edits a comment, so when the comment right above a `for` (or at its end) says the
walk goes from the end, backwards or last to first, and the loop iterates its collection as it is, the
loop's `reversed(...)` (TBar's "mutate collection" step, logic_templates.iterate) is raised from an
ordinary guess to the head of its line: the comment is the developer's own specification of the order.
"""

from __future__ import annotations

import ast
import re

from healer.engine.fixers.lineedit import SourceFile, shorten
from healer.engine.fixers.logic_templates import Rewrite, Splicer

COMMENT_PRIOR = 0.9  # the author's words name the order; a plain `reversed` guess has 0.3
MAX_COMMENT_LINES = 4  # a comment block above the loop; further up it is about something else
_BACKWARDS_RE = re.compile(
    r"\b(?:backwards?|in reverse|reversed?|from the (?:end|last|back|bottom)|last to first|"
    r"newest first|most recent first|right to left)\b",
    re.IGNORECASE,
)


def comment_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """`reversed(xs)` for a `for` on `line` over `xs` whose comment says it walks backwards."""
    found: list[Rewrite] = []
    for node in sf.nodes_starting(line):
        if not isinstance(node, ast.For | ast.AsyncFor) or node.iter.lineno != line:
            continue
        if _already_ordered(node.iter) or not _BACKWARDS_RE.search(_comments(sf, line)):
            continue
        sp = Splicer(sf)
        start, end = sp.span(node.iter)
        text = sp.text(node.iter)
        found.append(
            Rewrite(
                line,
                ((start, end, f"reversed({text})"),),
                f"iterate over {shorten(text, 40)} in reverse order, as its comment says",
                COMMENT_PRIOR,
                "collection",
            )
        )
    return found


def _already_ordered(it: ast.expr) -> bool:
    """Whether the loop already walks a `reversed(...)`/`sorted(...)` or a slice with a step."""
    if isinstance(it, ast.Call) and isinstance(it.func, ast.Name):
        return it.func.id in ("reversed", "sorted", "range")
    return isinstance(it, ast.Subscript) and isinstance(it.slice, ast.Slice) and it.slice.step is not None


def _comments(sf: SourceFile, line: int) -> str:
    """The comment at the end of `line` and the comment lines right above it (blank lines end the block)."""
    texts: list[str] = []
    own = sf.line_text(line)
    if "#" in own:
        texts.append(own[own.index("#") :])
    above = line - 1
    while above >= 1 and line - above <= MAX_COMMENT_LINES:
        stripped = sf.line_text(above).strip()
        if not stripped.startswith("#"):
            break
        texts.append(stripped)
        above -= 1
    return " ".join(texts)


__all__ = ["COMMENT_PRIOR", "comment_rewrites"]
