"""One accepted compile repair that fixed two compile errors: reported as two fixes, each at its line.

A SYNTAX or INDENTATION candidate may change more than the line its failure names: a repair that
makes the whole file compile also mends the next compile error CPython would have reported, one that
the first hid (CPython stops at the first error). One fix line for both would report the second bug
under the first's type and line. So an accepted compile-level edit of several hunks is split the way
the parser sees it: the hunks at the failure's line alone (applied to the file as it was) give an
intermediate text; when the host's parser (`host_parser`, CPython's compile() by default) then
reports a compile error at a line another hunk changes, and the whole edit fixes it, that hunk is a
second fix, reported with the type the error itself says (IndentationError and TabError:
INDENTATION, else SYNTAX), at its own line. The edit is written and committed in two steps, the
intermediate text first, exactly as it was validated whole (chained fixes are written the same way).
Nothing is split when the hunks at the line alone do not leave such an error: the extra hunks are
then part of the same repair.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import replace

from healer.engine.edits import unified_diff
from healer.engine.fixers.lineedit import split_lines
from healer.engine.types import BugType, FixOutcome

COMPILE_LEVEL = frozenset({BugType.SYNTAX, BugType.INDENTATION})
INDENTATION_ERRORS = frozenset({"IndentationError", "TabError"})


def split_folded(
    outcome: FixOutcome,
    *,
    old: str,
    new: str,
    line: int,
    parse: Callable[[str], object | None],
    original_line: Callable[[int], int],
) -> list[tuple[FixOutcome, str]] | None:
    """[(first outcome, intermediate text), (second outcome, new)] or None when nothing is folded.

    `line` is the candidate's line in `old`; `parse(text)` the host parser's first error (an object
    with `kind` and `line`) or None; `original_line` maps a line of `old` to the run's original file.
    """
    if outcome.bug_type not in COMPILE_LEVEL or parse(old) is None:
        return None
    # Lines as the parser counts them (str.splitlines() also breaks at a form feed or U+2028).
    a, b = split_lines(old), split_lines(new)
    hunks = [
        op for op in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if op[0] != "equal"
    ]
    if len(hunks) < 2:
        return None

    def at_line(op) -> bool:
        _, i1, i2, _, _ = op
        return i1 + 1 <= line <= max(i2, i1 + 1)

    own = [op for op in hunks if at_line(op)]
    rest = [op for op in hunks if not at_line(op)]
    if not own or not rest:
        return None
    intermediate = _apply(a, b, own)
    error = parse(intermediate)
    if error is None or parse(new) is not None:
        return None
    err_line = _back(getattr(error, "line", 0), own)
    second = next((op for op in rest if _inside(err_line, op)), None)
    if second is None:
        return None
    # The two errors are independent: the other hunks alone leave the failure's own error in place
    # (a repair whose second hunk only completes its first, a bracket closed lines below, is one fix).
    alone = parse(_apply(a, b, rest))
    if alone is None or not any(_inside(_back(getattr(alone, "line", 0), rest), op) for op in own):
        return None
    kind = BugType.INDENTATION if getattr(error, "kind", "") in INDENTATION_ERRORS else BugType.SYNTAX
    # A description that names each line's part ("...; dedent line 109 (...)") gives each fix its own.
    parts = outcome.description.split("; ")
    theirs = [p for p in parts if re.search(rf"\bline {err_line}\b", p)]
    mine = [p for p in parts if p not in theirs]
    first = replace(
        outcome,
        description="; ".join(mine) if theirs and mine else outcome.description,
        diff=unified_diff(outcome.file, old, intermediate),
    )
    own_words = "; ".join(theirs) + " (mended by the same repair)" if theirs and mine else None
    folded = replace(
        outcome,
        bug_type=kind,
        line=original_line(err_line),
        description=own_words
        or _description(kind, a[err_line - 1] if 0 < err_line <= len(a) else "", b, second),
        diff=unified_diff(outcome.file, intermediate, new),
        message=f"{getattr(error, 'kind', 'SyntaxError')}: {getattr(error, 'message', '')}".rstrip(": "),
    )
    return [(first, intermediate), (folded, new)]


def _description(kind: BugType, before: str, b: list[str], op) -> str:
    _, _, _, j1, j2 = op
    after = "".join(b[j1:j2]).rstrip("\n")
    if kind is BugType.INDENTATION and len(after.splitlines()) == 1 and after.strip() == before.strip():
        width = len(after) - len(after.lstrip())
        return f"re-indent the line to {width} spaces: `{after.strip()}` (mended by the same repair)"
    shown = after.strip().splitlines()[0] if after.strip() else "the line removed"
    return f"rewrite the line as `{shown}` (mended by the same repair)"


def _apply(a: list[str], b: list[str], ops) -> str:
    """`a` with only the hunks `ops` (opcodes from a to b) applied."""
    out: list[str] = []
    cursor = 0
    for _, i1, i2, j1, j2 in ops:
        out += a[cursor:i1] + b[j1:j2]
        cursor = i2
    return "".join(out + a[cursor:])


def _back(line: int, ops) -> int:
    """A line of `a` with `ops` applied, back in `a` (the hunks shift what follows them)."""
    shift = 0
    for _, i1, i2, j1, j2 in ops:
        if line > i1 + shift + (j2 - j1):
            shift += (j2 - j1) - (i2 - i1)
    return line - shift


def _inside(line: int, op) -> bool:
    return op[1] + 1 <= line <= max(op[2], op[1] + 1)
