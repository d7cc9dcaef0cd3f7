"""A bounded generic token-edit search for parse errors no repair family covers.

The SYNTAX families each know one slip, and the one-token edits of syntax.py cover the reported line.
A writer's slip is often a line or two away from where the parser stops (a `)` left out on the line
before, a `}` closed one line too early, two tokens written in the wrong order), so this search widens
the edit space, not the families: around the error, every line of a small window gets

- a token deleted, inserted (a small punctuator vocabulary) or replaced by one,
- two adjacent tokens swapped, an `=` made `==`/`===`/`=>` or back,
- a closer (`)`, `]`, `}`) moved to the end of another line of the window,

each checked by the parser the engine already uses, nearest the error first, with a cap on the parse
checks per failure. Only an edit under which the whole file parses is offered; syntax.py asks this
search after every family and every one-token edit of the reported line.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterator

from healer.engine.javascript.fixers.base import Candidate
from healer.engine.javascript.syntax import parses

LEXEME = re.compile(
    r"""'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`(?:\\.|[^`\\])*`|[A-Za-z_$][\w$]*|\d[\w.]*"""
    r"|===|!==|=>|==|!=|<=|>=|&&|\|\||\?\?|\?\.|\.\.\.|\S"
)
VOCABULARY = (")", "]", "}", ",", ";", ":", "(", "{", "=>", ".", "=", "+", "?")
CLOSERS = (")", "]", "}")
# The operators one `=` apart (an assignment written for a comparison, "Invalid assignment target",
# or for an arrow): the vocabulary's replacements reach none of the longer ones.
EQUALS = {"=": ("===", "==", "=>"), "==": ("=", "==="), "===": ("=", "=="), "=>": ("=", ">=")}
WINDOW = 3  # lines either side of the error
MAX_PARSES = 400  # parse checks per failure
MAX_TEXT = 60_000  # characters: a larger file costs too much per parse for a blind search
MAX_FOUND = 6


def token_search_candidates(
    text: str, path: str, *, line: int, searched: Collection[int] = (), budget: int = MAX_PARSES
) -> list[Candidate]:
    """Edits within WINDOW lines of `line` under which the whole file parses, nearest the error first
    (on the `searched` lines, whose one-token edits syntax.py made, only swaps and moves); at most
    `budget` parses."""
    if len(text) > MAX_TEXT:
        return []
    rows = text.split("\n")
    found, seen = [], {text}
    for row, new_rows, description in _edits(rows, line=line, searched=set(searched)):
        if budget <= 0 or len(found) >= MAX_FOUND:
            break
        new = "\n".join(new_rows)
        if new in seen:
            continue
        seen.add(new)
        budget -= 1
        if parses(new, path):
            found.append(Candidate(path, new, row, description))
    return found


def _window(rows: list[str], line: int) -> list[int]:
    """The window's lines (1-based), nearest the error first; the line before ahead of the one after
    (the parser stops after a slip, rarely before it)."""
    near = sorted(
        range(max(1, line - WINDOW), min(len(rows), line + WINDOW) + 1),
        key=lambda n: (abs(n - line), n > line),
    )
    return [n for n in near if rows[n - 1].strip()]


def _edits(rows: list[str], *, line: int, searched: set[int]) -> Iterator[tuple[int, list[str], str]]:
    """The edits of the window, line by line; on a `searched` line only the two-token ones."""
    window = _window(rows, line)
    for row in window:
        body = rows[row - 1]
        lexemes = [(m.start(), m.end(), m.group(0)) for m in LEXEME.finditer(body)]

        def put(new_body: str, description: str, row: int = row) -> tuple[int, list[str], str]:
            return row, [*rows[: row - 1], new_body, *rows[row:]], description

        for start, end, lexeme in lexemes:
            for token in EQUALS.get(lexeme, ()):
                yield put(
                    body[:start] + token + body[end:], f"replace '{lexeme}' with '{token}' on line {row}"
                )
        for (s1, e1, a), (s2, e2, b) in itertools.pairwise(lexemes):
            if a != b:
                swapped = body[:s1] + b + body[e1:s2] + a + body[e2:]
                yield put(swapped, f"swap '{a}' and '{b}' on line {row}")
        if row in searched:
            continue
        for start, end, lexeme in reversed(lexemes):  # the line's end first: where a closer is lost
            yield put(body[:start] + body[end:], f"remove the '{lexeme}' on line {row}")
            for token in VOCABULARY:
                yield put(body[:end] + token + body[end:], f"add '{token}' after '{lexeme}' on line {row}")
        for start, end, lexeme in lexemes:
            if lexeme in VOCABULARY and not lexeme.isalnum():
                for token in VOCABULARY:
                    if token != lexeme:
                        yield put(
                            body[:start] + token + body[end:],
                            f"replace '{lexeme}' with '{token}' on line {row}",
                        )
    yield from _moved_closers(rows, window)


def _moved_closers(rows: list[str], window: list[int]) -> Iterator[tuple[int, list[str], str]]:
    """A closer taken from one line of the window and put at the end of another."""
    for row in window:
        body = rows[row - 1]
        for match in LEXEME.finditer(body):
            if match.group(0) not in CLOSERS:
                continue
            cut = body[: match.start()] + body[match.end() :]
            for other in window:
                if other == row:
                    continue
                new_rows = list(rows)
                new_rows[row - 1] = cut if cut.strip() else ""
                new_rows[other - 1] = rows[other - 1].rstrip() + match.group(0)
                yield other, new_rows, f"move the '{match.group(0)}' of line {row} to the end of line {other}"
