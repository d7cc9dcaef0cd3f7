"""SYNTAX: statements the compiler refuses for the scope they stand in, repaired in that scope.

CPython's symbol-table and grammar rules that name a scope, and the rewrite each one asks for:
- "'await' outside async function", "'async for' / 'async with' outside async function",
  "asynchronous comprehension outside of an asynchronous function": the innermost `def` around the
  line lost its `async` (coroutine code in a plain function); it gets it back. Every token of the
  body is kept, which dropping the `await` (the token search's idea) would not.
- an assignment expression written as a statement (`self._cache := value`, `name := value`:
  "cannot use assignment expressions with attribute / subscript", or "invalid syntax" for a name):
  an assignment statement, `=`. The target stays bound; the edits that merely compile (`,` for
  `:=`, an annotation `name: value`) bind nothing, and the next line that reads it fails.
"""

from __future__ import annotations

import io
import re
import tokenize
from collections.abc import Iterator

from healer.engine.fixers.compiled import indent_width

ASYNC_SCOPE = re.compile(
    r"'(?:await|async for|async with)' outside async function"
    r"|asynchronous comprehension outside of an asynchronous function"
)
WALRUS_STATEMENT = re.compile(
    r"cannot use assignment expressions with (?:attribute|subscript)|invalid syntax"
)
DEF_LINE = re.compile(r"^(\s*)def\s+\w+")
LAMBDA_BEFORE = re.compile(r"\blambda\b[^:]*:")
MAX_LOOKBACK = 400


def async_scope_repairs(*, source: str, line: int, message: str) -> Iterator[tuple[str | None, str]]:
    """`async def` for the innermost plain `def` that holds `line`: the nearest line above, indented
    less than every line between, that opens a function. A lambda on the line (`lambda: await x`)
    cannot be async: no repair."""
    if not ASYNC_SCOPE.search(message):
        return
    lines = source.splitlines(keepends=True)
    if not 1 <= line <= len(lines) or LAMBDA_BEFORE.search(lines[line - 1]):
        return
    width = indent_width(lines[line - 1])
    for number in range(line - 1, max(0, line - 1 - MAX_LOOKBACK), -1):
        text = lines[number - 1]
        if not text.strip() or text.lstrip().startswith("#") or indent_width(text) >= width:
            continue
        width = indent_width(text)
        if text.lstrip().startswith(("async def", "class ")):
            return  # already async, or a class body: not a function this repair can make async
        match = DEF_LINE.match(text)
        if match:
            indent = match.group(1)
            new = indent + "async " + text[len(indent) :]
            yield (
                "".join(lines[: number - 1]) + new + "".join(lines[number:]),
                f"make {text.split('(')[0].strip()[4:]} async: its body awaits",
            )
            return
        if width == 0:
            return


def _colon_equals_at_depth_zero(code: str) -> int | None:
    """Column of the first `:=` outside every bracket of a line's code (None if there is none)."""
    depth = 0
    try:
        for token in tokenize.generate_tokens(io.StringIO(code + "\n").readline):
            if token.type == tokenize.OP:
                if token.string in "([{":
                    depth += 1
                elif token.string in ")]}":
                    depth -= 1
                elif token.string == ":=" and depth == 0:
                    return token.start[1]
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return None
    return None


def walrus_statement_repairs(*, source: str, line: int, message: str) -> Iterator[tuple[str | None, str]]:
    """`target := value` standing as a statement -> `target = value`, when the text before `:=`
    is an assignment target on its own (a name, attribute or subscript)."""
    if not WALRUS_STATEMENT.search(message):
        return
    lines = source.splitlines(keepends=True)
    if not 1 <= line <= len(lines):
        return
    text = lines[line - 1]
    body = text.rstrip("\r\n")
    column = _colon_equals_at_depth_zero(body)
    if column is None:
        return
    target = body[:column].strip()
    try:
        compile(f"{target} = None", "<target>", "exec")
    except SyntaxError:
        return
    new = body[:column].rstrip() + " = " + body[column + 2 :].lstrip()
    yield (
        "".join(lines[: line - 1]) + new + text[len(body) :] + "".join(lines[line:]),
        f"assign {target} with a plain assignment statement (=)",
    )


HANDLERLESS_TRY = "expected 'except' or 'finally' block"


def handlerless_try_repairs(*, source: str, line: int, message: str) -> Iterator[tuple[str | None, str]]:
    """A `try:` whose handlers are gone ("expected 'except' or 'finally' block" at the first line
    after its body): the body, dedented in place of the statement, runs as it did when nothing
    raised. (A handler cannot be guessed; an `except: pass` would hide every error.)"""
    if HANDLERLESS_TRY not in message:
        return
    lines = source.splitlines(keepends=True)
    if not 2 <= line <= len(lines):
        return
    width = indent_width(lines[line - 1])
    for number in range(line - 1, 0, -1):
        text = lines[number - 1]
        if not text.strip() or text.lstrip().startswith("#") or indent_width(text) > width:
            continue
        if indent_width(text) < width or text.strip() != "try:":
            return
        body = [n for n in range(number + 1, line) if lines[n - 1].strip()]
        if not body:
            return
        shift = min(indent_width(lines[n - 1]) for n in body) - width
        out = list(lines)
        for n in range(number + 1, line):
            row = out[n - 1]
            if row.strip() and indent_width(row) >= shift:
                out[n - 1] = row[shift:]
        del out[number - 1]
        yield "".join(out), "unwrap the try that has no except or finally: its body runs alone"
        return


def keyword_colon_repairs(*, source: str, line: int, message: str) -> Iterator[tuple[str | None, str]]:
    """`Class(metaclass: Meta)`, `f(key: value)`: a keyword argument written with an annotation's
    colon ("invalid syntax") -> `=`, for each `name:` that follows `(` or `,` directly inside
    parentheses on the line (never in braces, brackets, a signature or a lambda's parameters,
    where the colon is an annotation's)."""
    if "invalid syntax" not in message:
        return
    lines = source.splitlines(keepends=True)
    if not 1 <= line <= len(lines):
        return
    text = lines[line - 1]
    body = text.rstrip("\r\n")
    stack: list[str] = []
    previous: list[tokenize.TokenInfo] = []
    spots: list[int] = []
    try:
        for token in tokenize.generate_tokens(io.StringIO(body + "\n").readline):
            if token.type == tokenize.OP and token.string in "([{":
                stack.append(token.string)
            elif token.type == tokenize.OP and token.string in ")]}" and stack:
                stack.pop()
            elif (
                token.type == tokenize.OP
                and token.string == ":"
                and stack[-1:] == ["("]
                and len(previous) >= 2
                and previous[-1].type == tokenize.NAME
                and previous[-2].string in ("(", ",")
                and not any(t.string in ("lambda", "def") for t in previous)
            ):
                spots.append(token.start[1])
            previous.append(token)
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass  # an unclosed bracket further on: the spots found so far still stand
    for spot in spots:
        new = body[:spot].rstrip() + "=" + body[spot + 1 :].lstrip()
        yield (
            "".join(lines[: line - 1]) + new + text[len(body) :] + "".join(lines[line:]),
            "pass the keyword argument with = instead of :",
        )
