"""LOGIC edit family: a missing comma between two strings of a collection written one item a line.

Python joins adjacent string literals (`"a" "b"` is `"ab"`), so a list, tuple or set of strings written
one per line that loses a comma still parses and runs: two items become one, and the collection is one
item short. Pylint names the slip `implicit-str-concat` (W1404) and flake8-implicit-str-concat ISC001;
Rice et al.'s study of missing-comma bugs ("Detecting argument selection defects", and the Google
corpus they mined) and DeepBugs (Pradel & Sen, OOPSLA 2018) count it among the commonest one-token
bugs. The repair is the token itself: a comma after the string that ends the line.

Offered only where the joined literal is an item of a display (list, tuple or set) or of a call's
arguments and its parts sit on separate lines, one string token each: a string deliberately split over
lines inside parentheses (`("a long "\n "message")`) is a whole expression of its own, never an item
beside other items, so it is left alone.
"""

from __future__ import annotations

import ast
import io
import tokenize

from healer.engine.fixers.lineedit import SourceFile, shorten
from healer.engine.fixers.logic_templates import Rewrite, Splicer

# As strong as a lone operator's slip: the evidence (a string item spread over lines among other items)
# is structural, and a wrong comma fails the targeted tests at once.
MISSING_COMMA_PRIOR = 0.6


def comma_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """`"a"\\n"b"` inside `[...]`, `(...)`, `{...}` or a call -> `"a",\\n"b"`: the comma the line lost."""
    sp = Splicer(sf)
    found: list[Rewrite] = []
    for node in sf.nodes_starting(line):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str | bytes):
            continue
        if (node.end_lineno or node.lineno) == node.lineno or not _an_item(sf, node):
            continue
        end = _string_end(sf.line_text(line))
        if end is None:
            continue
        offset = sp.offset(line, end)
        shown = shorten(sf.line_text(line).strip(), 40)
        found.append(
            Rewrite(
                line,
                ((offset, offset, ","),),
                f"end {shown} with a comma: an item of its own, not joined to the next line's string",
                MISSING_COMMA_PRIOR,
                "literal",
            )
        )
    return found


def _an_item(sf: SourceFile, node: ast.Constant) -> bool:
    """Whether the literal stands beside other items of a display or a call's arguments."""
    parent = sf.parent(node)
    if isinstance(parent, ast.List | ast.Tuple | ast.Set):
        return len(parent.elts) >= 2
    if isinstance(parent, ast.Call) and node in parent.args:
        return len(parent.args) >= 2
    return False


def _string_end(text: str) -> int | None:
    """The column after the line's last string token, when the line holds only string tokens."""
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text.strip("\n") + "\n").readline))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return None
    ignored = (
        tokenize.NL,
        tokenize.NEWLINE,
        tokenize.COMMENT,
        tokenize.INDENT,
        tokenize.DEDENT,
        tokenize.ENDMARKER,
    )
    kept = [t for t in tokens if t.type not in ignored]
    if not kept or any(t.type != tokenize.STRING for t in kept):
        return None
    return kept[-1].end[1]


__all__ = ["comma_rewrites"]
