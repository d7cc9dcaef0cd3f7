"""SYNTAX / INDENTATION: a bounded generic edit search, asked when no template's candidate held.

The templates (syntax.py, indentation.py) cover the shapes seen so far; a compile error of a
shape nobody listed got no candidate and ended the run. This search reaches such shapes from a
generic edit space instead, as syntax-error repair does in the literature (Aho & Peterson's
minimum-distance repair; Burke & Fisher's local and scope recovery): edit scripts of one, then
two, primitive edits in a window around the compiler's location (the reported line +-5 and the
header of the enclosing block). The primitive edits are:

- delete a token; insert a token (Python's punctuation, a few keywords, `pass`, names already
  in the window); replace a token by one of its class; swap two adjacent tokens;
- indent or dedent a line, or the block under it, by one level of the file's own indent unit;
  insert `pass` in an empty body;
- move a line within the window, or a top-level line to the module's top (after the docstring
  and the other `__future__` imports);
- delete one of two repeated names in one bracket (a parameter, a keyword argument, a dict key)
  or an import statement whose names another import of the module binds already.

The compiler is the cheap check (never importing or running anything): a script is kept when
the file compiles after it, or when its first error moves strictly later (a second error is the
next round's). Scripts rank by edit cost, then nearness to the reported line, then plausibility
(an indentation the file's siblings use). Bounded by a cap on compiles and on seconds per
failure, deterministic, and no edit deletes a statement that binds a name nothing else binds.
"""

from __future__ import annotations

import ast
import builtins
import keyword
import re
import time
import tokenize
from collections.abc import Iterator
from dataclasses import dataclass

from healer.engine.fixers.base import Candidate, RepairContext
from healer.engine.fixers.compiled import compile_checked, enclosing_spans
from healer.engine.fixers.syntax import line_tokens
from healer.engine.fixers.syntax_expected import (
    foreign_arrow,
    foreign_bases,
    foreign_conditional,
    foreign_not,
    loop_headers,
    missing_else,
    token_runs,
)
from healer.engine.fixers.syntax_foreign import bitwise_of_conditions
from healer.engine.fixers.syntax_meaning import changes_meaning
from healer.engine.fixers.syntax_tokenizer import dropped_words, lost_bindings, taken_names
from healer.engine.fixers.syntax_tokens import (
    line_unbound,
    operator_typos,
    prefix_edits,
    string_lines,
    swallows_code,
    unbound_names,
    wrapped,
)
from healer.engine.localise import compile_error
from healer.engine.pyindex import parse
from healer.engine.types import BugType, Failure

WINDOW = 5  # lines either side of the reported one
MAX_CHECKS = 800  # compiles per failure (a single edit and its second edits together)
MAX_SECONDS = 6.0
DISTANCE_COST = 0.2  # an edit a line further from the error costs a fifth of an edit more
BEAM = 6  # single edits that move the error later, each extended by a second edit
MAX_RESULTS = 12
LEVEL_LINES = 200  # lines looked back for the levels of the open blocks
MAX_LEVELS = 4
INSERT_SPOTS = 30  # insertion spots on the error line, the nearest to the column (a closer may be far)
STATEMENT_LINES = 40  # lines looked back for the first line of a statement whose brackets span lines
MAX_TOKENS = 30  # tokens per line the token edits look at (the nearest to the error on its line)

PUNCTUATION = ("(", ")", "[", "]", "{", "}", ",", ":", ".", "=", ";")
KEYWORDS = ("pass", "in", "not", "and", "or", "is", "if", "else", "for", "import", "return", "lambda")
# A token's class: what it may be replaced by.
CLASSES = (
    ("(", "[", "{"),
    (")", "]", "}"),
    ("=", "==", ":=", "!="),
    (":", ";", ",", "."),
    ("+", "-", "*", "/", "%", "**", "//"),
    ("<", ">", "<=", ">=", "==", "!="),
    ("if", "elif", "else", "while"),
    ("and", "or", "|", "&"),  # a boolean for a bitwise operator or a pattern's `|`, and back
    ("in", "is", "not"),
    ("def", "class"),
)
COMPOUND_HEADER = re.compile(
    r"\s*(async\s+)?(if|elif|else|for|while|def|class|try|except|finally|with|match|case)\b"
)


@dataclass(frozen=True)
class Edit:
    """One edit script's result: the new lines, what it did, its cost and the first line it touched."""

    lines: tuple[str, ...]
    description: str
    cost: float
    at: int


@dataclass(frozen=True)
class Repair:
    source: str
    description: str
    line: int
    compiles: bool


def _indent(text: str) -> str:
    return text[: len(text) - len(text.lstrip(" \t"))]


def _width(text: str) -> int:
    return len(_indent(text).expandtabs(8))


def _is_code(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and not stripped.startswith("#")


def indent_unit(lines: list[str]) -> str:
    """The file's own indent unit: a tab, or the most common positive step between code lines."""
    steps: dict[int, int] = {}
    previous = 0
    for text in lines:
        if not _is_code(text):
            continue
        if text.startswith("\t"):
            return "\t"
        width = _width(text)
        if width > previous:
            steps[width - previous] = steps.get(width - previous, 0) + 1
        previous = width
    if not steps:
        return "    "
    return " " * max(steps, key=lambda step: (steps[step], step == 4, -step))


def _body(text: str) -> str:
    return text.rstrip("\r\n")


def _ending(text: str) -> str:
    return text[len(_body(text)) :] or "\n"


def _header_above(lines: list[str], line: int) -> int | None:
    """The header line (ending with `:`) of the block around `line`: the nearest code line above
    that is indented less, or the line right above when it opens a block."""
    if not 1 <= line <= len(lines):
        return None
    width = _width(lines[line - 1]) if _is_code(lines[line - 1]) else 10**6
    for number in range(line - 1, 0, -1):
        text = lines[number - 1]
        if not _is_code(text):
            continue
        if _width(text) < width or _body(text).rstrip().endswith(":"):
            return number if COMPOUND_HEADER.match(text) or _body(text).rstrip().endswith(":") else None
    return None


def _statement_above(lines: list[str], line: int) -> int | None:
    """The first line of the statement that ends right above `line`, when its brackets span lines
    (`version = (` ... `)`): a statement's first line is where its indentation counts, however far
    its continuation lines reach, so it belongs to the window of an indentation error below it."""
    depth, last = 0, None
    for number in range(line - 1, max(0, line - 1 - STATEMENT_LINES), -1):
        if last is None:
            if not _is_code(lines[number - 1]):
                continue
            last = number
        for _, _, string, _ in reversed(line_tokens(_body(lines[number - 1]))):
            if string in ")]}":
                depth += 1
            elif string in "([{":
                depth -= 1
        if depth <= 0:
            return number if number < last else None
    return None


class _Space:
    """The primitive edits of one text around one line, cheapest first within each kind."""

    def __init__(
        self, lines: list[str], line: int, column: int | None, *, parser_error: bool = False
    ) -> None:
        self.lines = lines
        # The edits below and between tokens (syntax_tokens.py) answer a parser's error alone; a
        # lint finding's search (lint_search.py) keeps the token edits it was built on.
        self.parser_error = parser_error
        self.line = line
        self.column = column
        self.unit = indent_unit(lines)
        first, last = max(1, line - WINDOW), min(len(lines), line + WINDOW)
        numbers = list(range(first, last + 1))
        header = _header_above(lines, line)
        if header is not None and header not in numbers:
            numbers.insert(0, header)
        start = _statement_above(lines, line)
        if start is not None and start not in numbers:
            numbers.insert(0, start)
        self.numbers = numbers
        self.names = sorted(
            {
                string
                for number in numbers
                for _, _, string, kind in line_tokens(_body(lines[number - 1]))
                if kind == tokenize.NAME and not keyword.iskeyword(string)
            }
        )

        self.free = _free_names(lines, numbers)

    def replaced(self, number: int, new_line: str) -> tuple[str, ...]:
        old = self.lines[number - 1]
        return (*self.lines[: number - 1], new_line + _ending(old), *self.lines[number:])

    def distance(self, number: int) -> int:
        return abs(number - self.line)

    def edits(self) -> Iterator[Edit]:
        yield from self._line_edits()
        yield from self._repeated()
        for number in self.numbers:
            yield from self._token_edits(number)

    # -- line edits ------------------------------------------------------------------------
    def _line_edits(self) -> Iterator[Edit]:
        lines = self.lines
        for number in self.numbers:
            text = lines[number - 1]
            if not _is_code(text):
                continue
            body = _body(text)
            shown = body.strip()
            # Indent or dedent the line, or the block under it, by one of the file's levels.
            yield Edit(
                self.replaced(number, self.unit + body),
                f"indent line {number} (`{shown}`) one level",
                1,
                number,
            )
            block = self._block(number)
            if block > number:
                new = list(lines)
                for below in range(number, block + 1):
                    if lines[below - 1].strip():
                        new[below - 1] = self.unit + lines[below - 1]
                yield Edit(
                    tuple(new), f"indent the block from line {number} to {block} one level", 1.2, number
                )
            dedented = _dedent(body, self.unit)
            if dedented is not None:
                yield Edit(
                    self.replaced(number, dedented), f"dedent line {number} (`{shown}`) one level", 1, number
                )
                if block > number:
                    new = list(lines)
                    for below in range(number, block + 1):
                        less = _dedent(_body(lines[below - 1]), self.unit)
                        if less is not None:
                            new[below - 1] = less + _ending(lines[below - 1])
                    yield Edit(
                        tuple(new), f"dedent the block from line {number} to {block} one level", 1.2, number
                    )
            # Or to a level the lines above it open (a line at a width no block uses: "unindent
            # does not match any outer indentation level"), the line alone or with its block.
            for level in self._levels(number):
                new_line = level + body.lstrip()
                yield Edit(
                    self.replaced(number, new_line),
                    f"indent line {number} (`{shown}`) as line {self._level_lines[level]}",
                    1,
                    number,
                )
                if block > number:
                    shift = len(level.expandtabs(8)) - _width(body)
                    new = list(lines)
                    for below in range(number, block + 1):
                        old = lines[below - 1]
                        if old.strip():
                            width = max(0, _width(old) + shift)
                            new[below - 1] = " " * width + old.lstrip(" \t")
                    yield Edit(
                        tuple(new),
                        f"indent the block from line {number} to {block} as line {self._level_lines[level]}",
                        1.2,
                        number,
                    )
            if body.rstrip().endswith(":") and COMPOUND_HEADER.match(body):
                inner = _indent(body) + self.unit
                new = (*lines[:number], inner + "pass" + _ending(text), *lines[number:])
                yield Edit(tuple(new), f"insert `pass` in the empty body of `{shown}`", 1, number)
            # An import repeated elsewhere in the module binds nothing new: deleting it is safe.
            if _repeated_import(lines, number):
                new = (*lines[: number - 1], *lines[number:])
                yield Edit(
                    tuple(new), f"delete the repeated `{shown}` (the module imports it again)", 1, number
                )
        yield from self._moves()

    def _levels(self, number: int) -> list[str]:
        """The indentations of the blocks open at `number` (each nearest code line above that is
        indented less than every line after it), other than the line's own, nearest first."""
        own = _indent(self.lines[number - 1])
        found: list[str] = []
        self._level_lines: dict[str, int] = getattr(self, "_level_lines", {})
        ceiling = 10**6
        for above in range(number - 1, max(0, number - 1 - LEVEL_LINES), -1):
            text = self.lines[above - 1]
            if not _is_code(text) or _width(text) >= ceiling:
                continue
            ceiling = _width(text)
            indent = _indent(text)
            if indent != own and indent not in found:
                found.append(indent)
                self._level_lines[indent] = above
            # A header's body level is open below it too.
            if _body(text).rstrip().endswith(":"):
                inner = indent + self.unit
                if inner != own and inner not in found and _width(inner) < _width(own) + 2 * len(self.unit):
                    found.append(inner)
                    self._level_lines[inner] = above + 1
            if ceiling == 0:
                break
        return found[:MAX_LEVELS]

    def _block(self, number: int) -> int:
        """The last line of the block under `number`: the lines after it indented deeper."""
        width = _width(self.lines[number - 1])
        last = number
        for below in range(number + 1, len(self.lines) + 1):
            text = self.lines[below - 1]
            if not _is_code(text):
                continue
            if _width(text) <= width:
                break
            last = below
        return last

    def _moves(self) -> Iterator[Edit]:
        lines = self.lines
        top = _module_top(lines)
        for number in self.numbers:
            text = lines[number - 1]
            body = _body(text)
            if (
                not _is_code(text)
                or COMPOUND_HEADER.match(body)
                or body.rstrip().endswith(("\\", ",", "(", "[", "{"))
            ):
                continue
            shown = body.strip()
            rest = [*lines[: number - 1], *lines[number:]]
            if not text[0].isspace() and top is not None and top < number:
                new = (*rest[: top - 1], text, *rest[top - 1 :])
                yield Edit(tuple(new), f"move `{shown}` to the top of the module", 1.5, number)
            for target in self.numbers:
                if target == number or abs(target - number) > WINDOW:
                    continue
                # Inserted before `target` of the original numbering, with the indentation of the
                # line it lands above (its new block's), or its own.
                at = target - 1 if target < number else target - 2
                if not 0 <= at <= len(rest):
                    continue
                landing = rest[at] if at < len(rest) else ""
                for indent in dict.fromkeys(
                    (_indent(landing) if _is_code(landing) else _indent(text), _indent(text))
                ):
                    moved = indent + body.lstrip() + _ending(text)
                    new = (*rest[:at], moved, *rest[at:])
                    yield Edit(
                        tuple(new),
                        f"move `{shown}` from line {number} to line {target}",
                        2 + 0.1 * abs(target - number),
                        min(number, target),
                    )

    def _repeated(self) -> Iterator[Edit]:
        """Delete one of two items of one bracket that repeat a name (parameter, keyword, key)."""
        for number in self.numbers:
            body = _body(self.lines[number - 1])
            for name, spans, names in _repeated_items(body):
                for start, end in reversed(spans):
                    new_line = body[:start] + body[end:]
                    item = body[start:end].strip(" ,")
                    yield Edit(
                        self.replaced(number, new_line),
                        f"drop `{item}`, which repeats the name `{name}`",
                        1,
                        number,
                    )
                # Or one of the two was meant to be another name: one the window reads and never
                # binds (a parameter the body passes on, renamed to its neighbour's name).
                for other in self.free:
                    for start, _ in reversed(names):
                        new_line = body[:start] + other + body[start + len(name) :]
                        yield Edit(
                            self.replaced(number, new_line),
                            f"rename the repeated `{name}` to `{other}`, which the code below reads",
                            1.2,
                            number,
                        )

    # -- token edits -----------------------------------------------------------------------
    def _token_edits(self, number: int) -> Iterator[Edit]:
        body = _body(self.lines[number - 1])
        tokens = line_tokens(body)
        if not tokens:
            return
        if len(tokens) > MAX_TOKENS:
            anchor = self.column if number == self.line and self.column is not None else len(body)
            tokens = sorted(sorted(tokens, key=lambda t: abs(t[0] - anchor))[:MAX_TOKENS])
        at_error = number == self.line
        spots = sorted({start for start, _, _, _ in tokens} | {tokens[-1][1]})
        if at_error and self.column is not None:
            spots = sorted(sorted(spots, key=lambda spot: abs(spot - self.column))[:INSERT_SPOTS])
        elif not at_error:
            # Away from the error: where a line begins and ends, where a slip leaves a line
            # unfinished or a stray token before it.
            spots = sorted({spots[0], *spots[-2:]})
        vocabulary = [*PUNCTUATION, *KEYWORDS, *(self.names if at_error else ())]
        if at_error and self.parser_error:
            # Below and between whole tokens: an operator's typo, a string prefix, a dropped pair
            # of parentheses (syntax_tokens.py), at the parser's column; and the edits of more than
            # one token the parser's position points at (syntax_expected.py): a run of tokens
            # deleted, another language's `c ? a : b` and `!x`, a conditional's else from its condition.
            for maker in (
                operator_typos,
                prefix_edits,
                wrapped,
                token_runs,
                foreign_conditional,
                foreign_not,
                foreign_bases,
                foreign_arrow,
                missing_else,
            ):
                for new_line, description, cost in maker(body, tokens, self.column):
                    yield Edit(
                        self.replaced(number, new_line), f"{description} on line {number}", cost, number
                    )
        for spot in spots:
            for word in vocabulary:
                new_line = _joined(body[:spot], word, body[spot:])
                # A name of the window is the widest vocabulary: it costs more than a keyword.
                cost = 1 if word in PUNCTUATION else 1.2 if word in KEYWORDS else 1.8
                yield Edit(self.replaced(number, new_line), f"insert `{word}` on line {number}", cost, number)
        for index, (start, end, string, kind) in enumerate(tokens):
            if kind in (tokenize.INDENT, tokenize.DEDENT):
                continue
            deleted = (
                body[:start].rstrip()
                + (" " if body[:start].rstrip() and body[end:].strip() else "")
                + body[end:].lstrip()
            )
            if start == len(_indent(body)):
                deleted = _indent(body) + body[end:].lstrip()
            yield Edit(self.replaced(number, deleted), f"delete `{string}` on line {number}", 1, number)
            item = _item_deleted(body, tokens, index)
            if item is not None:
                # A stray item of a comma list (`*args, /, **kwargs`) goes with its comma: the
                # token alone would leave `, ,`, a second error where the first was.
                yield Edit(
                    self.replaced(number, item), f"delete the item `{string}` on line {number}", 1, number
                )
            for other in _class_of(string, kind, self.names):
                new_line = body[:start] + other + body[end:]
                yield Edit(
                    self.replaced(number, new_line),
                    f"replace `{string}` by `{other}` on line {number}",
                    1.5,
                    number,
                )
            if index + 1 < len(tokens):
                n_start, n_end, n_string, _ = tokens[index + 1]
                new_line = body[:start] + n_string + body[end:n_start] + string + body[n_end:]
                yield Edit(
                    self.replaced(number, new_line),
                    f"swap `{string}` and `{n_string}` on line {number}",
                    1.5,
                    number,
                )


def _item_deleted(body: str, tokens: list[tuple[int, int, str, int]], index: int) -> str | None:
    """The line with token `index` deleted together with the comma it would leave doubled, when
    it stands alone between two separators of a bracket (`, / ,`, `( / ,`, `, / )`); else None."""
    before = tokens[index - 1][2] if index else ""
    after = tokens[index + 1][2] if index + 1 < len(tokens) else ""
    if before == "," and after in (",", ")", "]", "}"):
        start, end = tokens[index - 1][0], tokens[index][1]
    elif before in ("(", "[", "{") and after == ",":
        start, end = tokens[index][0], tokens[index + 1][1]
    else:
        return None
    return (
        body[:start].rstrip() + body[end:]
        if after == "," and before == ","
        else body[:start] + body[end:].lstrip()
    )


def _free_names(lines: list[str], numbers: list[int]) -> list[str]:
    """Names the window's lines read and none of them binds: not after a dot, not assigned,
    not a builtin (what a renamed parameter or keyword leaves behind)."""
    read: dict[str, None] = {}
    bound: set[str] = set()
    for number in sorted(numbers):
        tokens = line_tokens(_body(lines[number - 1]))
        for index, (_, _, string, kind) in enumerate(tokens):
            if kind != tokenize.NAME or keyword.iskeyword(string) or string in BUILTINS:
                continue
            before = tokens[index - 1][2] if index else ""
            after = tokens[index + 1][2] if index + 1 < len(tokens) else ""
            if before == ".":
                continue
            binder = before in ("def", "class", "for", "as", "import")
            if binder or (after in ("=", ":", ",") and before in ("", "(", ",", "*", "**")):
                bound.add(string)
            else:
                read[string] = None
    # A name the module binds at its top (a function, a class, an import) is no lost local.
    module = {name for text in lines if not text[:1].isspace() for name in _module_bindings(text)}
    return [name for name in read if name not in bound and name not in module]


MODULE_BINDING = re.compile(r"(?:async\s+)?(?:def|class)\s+(\w+)|(\w+)\s*(?::[^=]*)?=[^=]")


def _module_bindings(text: str) -> set[str]:
    """The names one top-level line binds: a def, a class, an assignment, an import's names."""
    names = _imported(text)
    if names is not None:
        return set(names)
    match = MODULE_BINDING.match(text)
    return {match.group(1) or match.group(2)} if match else set()


BUILTINS = frozenset(dir(builtins))


def _joined(before: str, word: str, after: str) -> str:
    """`word` inserted between two texts, spaced as a keyword or name needs."""
    if word[0].isalpha():
        left = " " if before and not before[-1].isspace() and before[-1] not in "([{" else ""
        right = " " if after and not after[0].isspace() and after[0] not in ")]}:,." else ""
        return before + left + word + right + after
    return before + word + after


def _class_of(string: str, kind: int, names: list[str]) -> list[str]:
    if kind == tokenize.NAME and not keyword.iskeyword(string):
        # A word where a keyword belongs (another language's `for x of xs`, a misspelt `retrun`)
        # is a name to the tokenizer: the keywords are its class too.
        return [name for name in names if name != string] + list(KEYWORDS)
    for group in CLASSES:
        if string in group:
            return [other for other in group if other != string]
    return []


def _dedent(body: str, unit: str) -> str | None:
    indent = _indent(body)
    if not indent:
        return None
    if indent.endswith(unit):
        return indent[: -len(unit)] + body.lstrip()
    return indent[: max(0, len(indent) - len(unit))] + body.lstrip()


def _module_top(lines: list[str]) -> int | None:
    """The line a statement moved to the module's top goes before: after the docstring, the
    comments and encoding lines above it and the `from __future__` imports."""
    number = 1
    while number <= len(lines) and not _is_code(lines[number - 1]):
        number += 1
    if number > len(lines):
        return None
    first = lines[number - 1].lstrip()
    if first.startswith(('"""', "'''", '"', "'", 'r"""', "r'''")):
        # Skip the docstring: up to the line its literal ends on.
        for end in range(number, len(lines) + 1):
            try:
                ast.parse("".join(lines[number - 1 : end]))
            except SyntaxError:
                continue
            number = end + 1
            break
    while number <= len(lines) and (
        not _is_code(lines[number - 1]) or lines[number - 1].startswith("from __future__")
    ):
        number += 1
    return number


IMPORT = re.compile(r"^\s*(from\s+[\w.]+\s+)?import\s+(.+?)\s*(#.*)?$")


def _imported(text: str) -> frozenset[str] | None:
    """The names an import statement on one line binds, None when the line is not one."""
    match = IMPORT.match(_body(text))
    if not match or "(" in match.group(2):
        return None
    names = set()
    for part in match.group(2).split(","):
        words = part.split()
        if not words:
            return None
        names.add(words[-1] if len(words) == 3 and words[1] == "as" else words[0].split(".")[0])
    return frozenset(names)


def _repeated_import(lines: list[str], number: int) -> bool:
    names = _imported(lines[number - 1])
    if not names or lines[number - 1].lstrip().startswith("from __future__"):
        return False
    others: set[str] = set()
    for other, text in enumerate(lines, start=1):
        if other != number and _width(text) == _width(lines[number - 1]):
            others |= _imported(text) or set()
    return names <= others


def _repeated_items(body: str) -> Iterator[tuple[str, list[tuple[int, int]], list[tuple[int, int]]]]:
    """(name, spans of the items that start with it) for each name two items of one bracket
    start with: `f(a, *args, **args)`, `g(x=1, x=2)`, `{"k": 1, "k": 2}`. A span includes the
    comma before the item (after it, for the first item)."""
    tokens = line_tokens(body)
    stack: list[list[list[tuple[int, int, str, int]]]] = []
    for token in tokens:
        string = token[2]
        if string in "([{" and token[3] == tokenize.OP:
            if stack:
                stack[-1][-1].append(token)  # a nested bracket belongs to the item around it
            stack.append([[]])
            continue
        if string in ")]}" and token[3] == tokenize.OP and stack:
            items = [item for item in stack.pop() if item]
            yield from _repeats(body, items)
            if stack:
                stack[-1][-1].append(token)
            continue
        if not stack:
            continue
        if string == "," and token[3] == tokenize.OP:
            stack[-1].append([])
        else:
            stack[-1][-1].append(token)


def _repeats(
    body: str, items: list[list[tuple[int, int, str, int]]]
) -> Iterator[tuple[str, list[tuple[int, int]]]]:
    keyed: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        head = [t for t in item if t[2] not in ("*", "**")]
        # The item's name: a lone name (`a`, `*args`), or the one before `=` or `:` (`x=1`,
        # `x: int = 1`, `"k": v`).
        if not head or head[0][3] not in (tokenize.NAME, tokenize.STRING, tokenize.NUMBER):
            continue
        if len(head) > 1 and head[1][2] not in ("=", ":"):
            continue
        keyed.setdefault(head[0][2], []).append(index)
    for name, indices in keyed.items():
        if len(indices) < 2 or keyword.iskeyword(name):
            continue
        spans = []
        for index in indices:
            start = items[index][0][0]
            end = items[index][-1][1]
            if index > 0:
                start = items[index - 1][-1][1]  # from the end of the previous item: its comma too
            elif index + 1 < len(items):
                end = items[index + 1][0][0]
            spans.append((start, end))
        heads = [next(t for t in items[index] if t[2] not in ("*", "**"))[0:2] for index in indices]
        yield name, spans, heads


class _Checker:
    """The compiler's verdict on edited lines, from the innermost function, class or top-level
    statement around the error alone when it shows the same error there (a few lines instead of
    the whole file), the whole file only for an edit that passes that check or reaches outside."""

    def __init__(self, lines: list[str], line: int, message: str, file: str) -> None:
        self.lines = lines
        self.file = file
        self.local = False
        self.cheap = 0
        for first, last in enclosing_spans(lines, line):
            # An indented definition compiles alone as the body of an `if` (any indentation).
            self.head = "if 1:\n" if lines[first - 1][:1].isspace() else ""
            region = self.head + "".join(lines[first - 1 : last])
            error = compile_error(region, file)
            self.relative = line - first + 1 + bool(self.head)
            if error is not None and error.line == self.relative and error.message == message:
                self.first, self.last, self.local = first, last, True
                self.unparsed = parse(region) is None
                break

    def rejected(self, new: tuple[str, ...]) -> bool:
        """Whether the statement alone already shows the edit leaves the error where it was."""
        if not self.local:
            return False
        tail = len(self.lines) - self.last
        if new[: self.first - 1] != tuple(self.lines[: self.first - 1]) or (
            tail and new[len(new) - tail :] != tuple(self.lines[self.last :])
        ):
            return False
        # The edit may indent or dedent the region's first line: its head follows the new text.
        head = "if 1:\n" if new[self.first - 1][:1].isspace() else ""
        region = head + "".join(new[self.first - 1 : len(new) - tail])
        self.cheap += 1
        # A parse error is judged by the parser alone; a later pass's error needs the compiler.
        line = _parse_error_at(region) if self.unparsed else _error_at(region, self.file)
        shift = bool(head) - bool(self.head)
        return line is not None and line <= self.relative + shift + len(new) - len(self.lines)


def _parse_error_at(text: str) -> int | None:
    try:
        ast.parse(text)
    except SyntaxError as exc:
        return exc.lineno or 0
    except (ValueError, MemoryError, RecursionError):
        return 0
    return None


def _error_at(text: str, file: str) -> int | None:
    error = compile_error(text, file)
    return None if error is None else error.line


def generic_repairs(
    *,
    source: str,
    file: str = "<healer>",
    column: int | None = None,
    max_checks: int = MAX_CHECKS,
    max_seconds: float = MAX_SECONDS,
) -> list[Repair]:
    """Edit scripts of one, then two, primitive edits after which `source` compiles, or its first
    error moves strictly later; best first. Empty when it compiles already."""
    error = compile_error(source, file)
    if error is None:
        return []
    started = time.monotonic()
    lines = source.splitlines(keepends=True)
    checks = 0
    seen: set[tuple[str, ...]] = {tuple(lines)}
    done: list[tuple[tuple, Repair]] = []
    progress: list[tuple[tuple, Edit, int]] = []

    def spent() -> bool:
        return checks >= max_checks or time.monotonic() - started > max_seconds

    checker = _Checker(lines, error.line, error.message, file)
    # Lines inside strings before any edit: a repair that adds some swallowed code into a literal.
    strings = string_lines(source)

    def ranked(space: _Space) -> list[Edit]:
        edits = list(space.edits())
        return sorted(
            edits, key=lambda e: (e.cost + DISTANCE_COST * space.distance(e.at), space.distance(e.at))
        )

    unparsed = parse(source) is None
    if column is None and error.offset:
        column = error.offset - 1
    space = _Space(lines, error.line, column, parser_error=True)
    # The compiler's `continue` outside a loop is explained by a header above the window: those
    # few edits are compiled first (they rank by their cost below like any other).
    edits = [
        Edit(space.replaced(number, _body(new_line)), description, 1.5, number)
        for number, new_line, description in loop_headers(lines, error.line, error.message)
    ] + ranked(space)
    for order, edit in enumerate(edits):
        if spent():
            break
        if edit.lines in seen:
            continue
        seen.add(edit.lines)
        if checker.rejected(edit.lines):
            continue
        checks += 1
        text = "".join(edit.lines)
        # The parser first when the error is the parser's: when it passes, the compiler's later
        # passes decide, and an error of theirs left is progress (one the parse error hid).
        parsed_error = _parse_error_at(text) if unparsed else None
        after = parsed_error if parsed_error is not None else _error_at(text, file)
        key = (edit.cost + DISTANCE_COST * space.distance(edit.at), space.distance(edit.at), order)
        if after is None:
            if swallows_code(strings, text):
                continue
            done.append((key, Repair(text, edit.description, edit.at, True)))
        elif after - (len(edit.lines) - len(lines)) > error.line or (unparsed and parsed_error is None):
            # Further on, or the parse error gone and a later pass's error it hid showing.
            progress.append((key, edit, after))
    # Two edits: a second one where the first left the file's next error.
    progress.sort(key=lambda item: item[0])
    for key, first, after in progress[:BEAM]:
        if spent():
            break
        second_space = _Space(list(first.lines), after, None, parser_error=True)
        for order, edit in enumerate(ranked(second_space)):
            if spent():
                break
            if edit.lines in seen or second_space.distance(edit.at) > WINDOW:
                continue
            seen.add(edit.lines)
            checks += 1
            text = "".join(edit.lines)
            if _error_at(text, file) is None and not swallows_code(strings, text):
                cost = (
                    key[0] + edit.cost + DISTANCE_COST * second_space.distance(edit.at),
                    key[1],
                    key[2] * 1000 + order,
                )
                description = f"{first.description}; {edit.description}"
                done.append((cost, Repair(text, description, first.at, True)))
    # Compiling is not enough: a repair after which the function around it reads a name nothing
    # binds (a parameter turned into an expression, `**` deleted from `**kwargs`) ranks after
    # the repairs that leave every name bound (stable: the cost order stays within each count).
    # And a repair that deletes words (names, strings, f-string fields) ranks after every one that
    # keeps them all (syntax_tokenizer.dropped_words): deleting a line always compiles. Then one
    # that takes off its line a name the rest of the file uses (a base class, an argument) ranks
    # after those keeping every such name (syntax_tokenizer.taken_names). Before those two, one that
    # stops binding what its line bound (`x: T = []` made a bare annotation: lost_bindings), or
    # takes a parameter's default or a string's prefix letter away (syntax_meaning, round 48).
    done.sort(
        key=lambda item: (
            unbound_names(item[1].source, item[1].line),
            line_unbound(item[1].source, item[1].line) > 0,
            lost_bindings(source, item[1].source) > 0 or changes_meaning(source, item[1].source),
            dropped_words(source, item[1].source) > 0,
            taken_names(source, item[1].source) > 0,
            item[0],
        )
    )
    found = [repair for _, repair in done[:MAX_RESULTS]]
    if not found:
        found = [Repair("".join(e.lines), e.description, e.at, False) for _, e, _ in progress[:MAX_RESULTS]]
    return found


class SyntaxSearchFixer:
    """The generic edit search, asked once the templates' candidates are exhausted or absent."""

    bug_types = frozenset({BugType.SYNTAX, BugType.INDENTATION})
    fallback = True

    def candidates(self, failure: Failure, ctx: RepairContext) -> list[Candidate]:
        if ctx.is_test_file(failure.file) or not failure.file.endswith(".py"):
            return []
        source = ctx.source(failure.file)
        offset = failure.extra.get("offset")
        column = offset - 1 if isinstance(offset, int) and offset > 0 else None
        repairs = generic_repairs(source=source, file=failure.file, column=column)
        # The compiler's line is the fault's (the misplaced `__future__` import, the empty
        # body's lone statement), even when the edit is on the line above it.
        return [
            candidate
            for candidate in compile_checked(
                failure=failure,
                source=source,
                edits=((repair.source, repair.description) for repair in repairs),
                bug_type=failure.bug_type or BugType.SYNTAX,
            )
            # C's `||` as a bitwise `|` between comparisons compiles and means another program.
            if not bitwise_of_conditions(source, candidate.new_source, failure.line)
        ]


FIXERS = [SyntaxSearchFixer()]
