"""SYNTAX: a parameter without a default after one with a default (CPython's fixed message).

CPython reports "non-default argument follows default argument" (3.12+: "parameter without a
default follows parameter with a default") on the parameter that lacks its default. The
signature can be mended three ways, the repair templates a programmer would pick (the ones
ssFix/TBar-style template repair draws from the compiler's own diagnosis):
  1. give the parameter a default: the default of the nearest defaulted parameter with the same
     annotation (siblings of one type share their default: `mask: bool = False, repeat: bool`),
     then the empty value of its annotated type, then None;
  2. move the parameter before the first defaulted one (the order was the slip);
  3. drop the default of the defaulted parameter just before it (that default was the slip).
Every candidate still has to compile (compiled.compile_checked) and pass the tests.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

MESSAGES = ("non-default argument follows default argument", "parameter without a default follows")
DEF_LINE = re.compile(r"\s*(async\s+)?def\s+\w+")
MAX_SIGNATURE_LINES = 40
# The empty value of common annotations (the value a flag or a count starts from).
EMPTY_OF_TYPE = {"bool": "False", "int": "0", "float": "0.0", "str": "''", "bytes": "b''"}


@dataclass(frozen=True)
class _Parameter:
    start: int  # offsets in the whole source: the parameter's text without its spacing
    end: int
    equals: int | None  # offset of its default's `=`, None without one

    def text(self, source: str) -> str:
        return source[self.start : self.end]

    def annotation(self, source: str) -> str:
        head = source[self.start : self.equals if self.equals is not None else self.end]
        return head.partition(":")[2].strip()

    def default(self, source: str) -> str:
        return source[self.equals + 1 : self.end].strip() if self.equals is not None else ""


def matches(message: str) -> bool:
    return any(known in message for known in MESSAGES)


def parameter_repairs(*, source: str, line: int, column: int | None) -> Iterator[tuple[str, str]]:
    """(new source, description) for the signature whose parameter at (line, column) lacks a default."""
    if column is None or (found := _signature_opening(source, line)) is None:
        return
    opening, line_start = found
    at = line_start + column
    if opening < 0 or opening >= at:
        return
    parameters = _split_parameters(source, opening + 1, at)
    target = next((p for p in parameters if p.start <= at < max(p.end, p.start + 1)), None)
    earlier = [p for p in parameters if p.end <= at and p is not target]
    defaulted = [p for p in earlier if p.equals is not None and not p.text(source).startswith("*")]
    if target is None or target.equals is not None or not defaulted:
        return
    yield from _defaults(source, target, defaulted)
    yield from _moved(source, target, defaulted[0], parameters)
    last = defaulted[-1]
    if last is earlier[-1]:
        name = last.text(source)[: last.equals - last.start].rstrip()
        yield (
            source[: last.start] + name + source[last.end :],
            f"drop the default of {name.partition(':')[0].strip()}: the parameters after it have none",
        )


def _defaults(source: str, target: _Parameter, defaulted: list[_Parameter]) -> Iterator[tuple[str, str]]:
    annotation = target.annotation(source)
    name = target.text(source).partition(":")[0].strip()
    values: list[str] = []
    for other in reversed(defaulted):
        if annotation and other.annotation(source) == annotation:
            values.append(other.default(source))
    base = re.sub(r"\s", "", annotation)
    if base in EMPTY_OF_TYPE:
        values.append(EMPTY_OF_TYPE[base])
    values.append("None")
    spacing = " = " if annotation else "="  # PEP 8: spaces around `=` only after an annotation
    seen: set[str] = set()
    for value in values:
        if value in seen:
            continue
        seen.add(value)
        yield (
            source[: target.end] + spacing + value + source[target.end :],
            f"give {name} a default: {value}",
        )


def _moved(
    source: str, target: _Parameter, first: _Parameter, parameters: list[_Parameter]
) -> Iterator[tuple[str, str]]:
    """The parameter taken out (with the comma before it) and put before the first defaulted one."""
    index = parameters.index(target)
    if index == 0:
        return
    previous = parameters[index - 1]
    text = target.text(source)
    removed = source[: previous.end] + source[target.end :]
    yield (
        removed[: first.start] + text + ", " + removed[first.start :],
        f"move {text.partition(':')[0].strip()} before the parameters with defaults",
    )


def _split_parameters(source: str, begin: int, until: int) -> list[_Parameter]:
    """The parameters between a signature's `(` and its `)` (or the end of the one at `until`)."""
    parameters: list[_Parameter] = []
    depth, quote, index = 0, "", begin
    start, equals = begin, None

    def close(end: int) -> None:
        text = source[start:end]
        left = len(text) - len(text.lstrip())
        right = len(text.rstrip())
        if text.strip():
            parameters.append(_Parameter(start + left, start + right, equals))

    while index < len(source):
        char = source[index]
        if quote:
            if char == "\\":
                index += 1
            elif source.startswith(quote, index):
                index += len(quote) - 1
                quote = ""
        elif char in "'\"":
            quote = source[index : index + 3] if source[index : index + 3] in ("'''", '"""') else char
            index += len(quote) - 1
        elif char == "#":
            newline = source.find("\n", index)
            index = len(source) if newline < 0 else newline
            continue
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            if depth == 0:
                close(index)
                return parameters
            depth -= 1
        elif char == "," and depth == 0:
            close(index)
            start, equals = index + 1, None
        elif char == "=" and depth == 0 and source[index + 1 : index + 2] != "=":
            if source[index - 1 : index] not in ("=", "!", "<", ">", ":"):
                equals = index
        elif char == ":" and depth == 0 and index >= until and source[index + 1 : index + 2] in ("\n", ""):
            break  # the header's colon: the signature's `)` was missing
        index += 1
    close(index)
    return parameters


VAR_KEYWORD_NOT_LAST = (
    "arguments cannot follow var-keyword argument",
    "parameters cannot follow var-keyword",
)


def var_keyword_last_repairs(*, source: str, line: int, message: str) -> Iterator[tuple[str, str]]:
    """`def f(a, **kwargs, *args)` ("arguments cannot follow var-keyword argument"): the `**`
    parameter moves to the end of the signature, every parameter kept (the order was the slip;
    dropping what follows it, the token search's edit, loses parameters the body reads)."""
    if not any(known in message for known in VAR_KEYWORD_NOT_LAST):
        return
    if (found := _signature_opening(source, line)) is None:
        return
    opening, line_start = found
    if opening < 0:
        return
    parameters = _split_parameters(source, opening + 1, line_start)
    var_keyword = next((p for p in parameters if p.text(source).startswith("**")), None)
    if var_keyword is None or var_keyword is parameters[-1]:
        return
    index = parameters.index(var_keyword)
    following = parameters[index + 1]
    last = parameters[-1]
    # Cut the `**` parameter with the comma after it, then put it after the last parameter.
    removed = source[: var_keyword.start] + source[following.start :]
    shift = following.start - var_keyword.start
    at = last.end - shift
    yield (
        removed[:at] + ", " + var_keyword.text(source) + removed[at:],
        f"move {var_keyword.text(source).partition(':')[0].strip()} to the end of the parameters",
    )


def _signature_opening(source: str, line: int) -> tuple[int, int] | None:
    """(offset of the `(` of the `def` at or above `line`, -1 if none; offset where `line` starts),
    or None when `line` is outside the source or no `def` starts within MAX_SIGNATURE_LINES above it."""
    lines = source.splitlines(keepends=True)
    if not 1 <= line <= len(lines):
        return None
    starts = [0]
    for text in lines:
        starts.append(starts[-1] + len(text))
    first = next(
        (n for n in range(line, max(0, line - MAX_SIGNATURE_LINES), -1) if DEF_LINE.match(lines[n - 1])), None
    )
    if first is None:
        return None
    return source.find("(", starts[first - 1]), starts[line - 1]
