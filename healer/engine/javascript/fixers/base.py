"""Shared pieces of the JavaScript fixers: the candidate, span edits, parse-checked collection."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from healer.engine.javascript.syntax import encode, first_problem, parses

MAX_CANDIDATES = 60


@dataclass(frozen=True)
class Candidate:
    file: str  # repository-relative
    text: str  # the whole new text of the file
    line: int  # the line the fix is about, in the current text
    description: str  # the text after "→ Fix: "
    # The edit only stops the error from being raised (optional chaining, a fallback value), or
    # edits a line away from where it was raised: it may steer around the crash without fixing
    # it, so it is a fix only when its targeted tests pass.
    guard: bool = False
    # A similar name put in place of an undefined one (`total` for `totl`): it resolves whatever it
    # means, so it is a fix only when a targeted test passes under it (validation.py, as for Python).
    lookalike: bool = False


def replace_span(data: bytes, start: int, end: int, new: str) -> str:
    """The text with bytes [start, end) replaced (tree-sitter counts bytes)."""
    return (data[:start] + encode(new) + data[end:]).decode("utf-8", errors="surrogateescape")


def replace_nodes(data: bytes, new: dict) -> str:
    """The text with each of several non-overlapping nodes replaced by its new text (node -> text)."""
    for node in sorted(new, key=lambda n: n.start_byte, reverse=True):
        data = data[: node.start_byte] + encode(new[node]) + data[node.end_byte :]
    return data.decode("utf-8", errors="surrogateescape")


def line_bounds(text: str, line: int) -> tuple[int, int] | None:
    """Character offsets of the start and end (without newline) of a 1-based line."""
    lines = text.split("\n")
    if not 1 <= line <= len(lines):
        return None
    start = sum(len(row) + 1 for row in lines[: line - 1])
    return start, start + len(lines[line - 1])


def parsing(
    candidates: Iterable[Candidate], *, original: str, path: str, limit: int = MAX_CANDIDATES
) -> list[Candidate]:
    """Distinct candidates that change the text and parse, in the order given."""
    seen = {original}
    kept = []
    for candidate in candidates:
        if candidate.text in seen:
            continue
        seen.add(candidate.text)
        if parses(candidate.text, path):
            kept.append(candidate)
            if len(kept) >= limit:
                break
    return kept


def progressing(
    candidates: Iterable[Candidate], *, original: str, path: str, limit: int = MAX_CANDIDATES
) -> list[Candidate]:
    """Like `parsing`, but when a file holds several parse errors a candidate that fixes the first
    one (the first problem now lies on a later line) is kept too, after the ones that parse."""
    before = first_problem(original, path)
    seen = {original}
    whole, partial = [], []
    for candidate in candidates:
        if candidate.text in seen:
            continue
        seen.add(candidate.text)
        after = first_problem(candidate.text, path)
        if after is None and parses(candidate.text, path):
            whole.append(candidate)
        elif before is not None and after is not None and after.line > before.line + 1:
            partial.append(candidate)
    return (whole + partial)[:limit]
