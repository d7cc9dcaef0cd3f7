"""SYNTAX: a string literal whose escape sequence the language does not accept.

CPython rejects a malformed `\\x`, `\\u`, `\\U` or `\\N{...}` escape at compile time ("(unicode
error) 'unicodeescape' codec can't decode bytes ...: truncated \\xXX escape"; for bytes "(value
error) invalid \\x escape"), and for implicitly concatenated literals it points at the whole
expression, not at the literal: the literal is found by evaluating each string token alone.
Repairs (the language reference, "String and Bytes literals"), best evidence first:
  1. complete the escape with the character the line's comment names (`'\\x9'  # 0x04 ->
     STRING TERMINATOR`: the Unicode name, or its alias, looked up with unicodedata), the way
     code-generated tables (codecs, entity maps) annotate every entry;
  2. double the backslash (the text meant a backslash: a path, a regular expression);
  3. the raw prefix, when the literal has no other escape that raw would change;
  4. the escape padded with leading zeros to its length, then each hex digit appended.
Every candidate still has to compile.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
import unicodedata
from collections.abc import Iterator

MESSAGES = ("(unicode error)", "(value error) invalid \\x escape")
ESCAPE_LENGTH = {"x": 2, "u": 4, "U": 8}
MAX_LITERALS = 3
HEX = "0123456789abcdef"
# The escapes a raw prefix would change besides the broken one: with any, raw is not the repair.
OTHER_ESCAPES = re.compile(r"\\[\\'\"abfnrtv0-7xuUN\n]")


def matches(message: str) -> bool:
    return any(known in message for known in MESSAGES) and "escape" in message


def _bad_literal(text: str) -> bool:
    try:
        ast.literal_eval(text)
    except (SyntaxError, ValueError):
        return True
    return False


def _bad_escape(body: str) -> tuple[int, str, str] | None:
    """(offset of the backslash, escape letter, the digits present) of the first malformed escape."""
    index = 0
    while index < len(body) - 1:
        if body[index] != "\\":
            index += 1
            continue
        letter = body[index + 1]
        if letter in ESCAPE_LENGTH:
            length = ESCAPE_LENGTH[letter]
            digits = re.match(r"[0-9a-fA-F]*", body[index + 2 : index + 2 + length]).group(0)
            if len(digits) < length:
                return index, letter, digits
        elif letter == "N" and not re.match(r"N\{[^}]+\}", body[index + 1 :]):
            return index, letter, ""
        index += 2
    return None


def _named_character(comment: str) -> tuple[str, str] | None:
    """The character a table entry's comment names (`# 0x04 -> STRING TERMINATOR`), and the name."""
    text = comment.lstrip("#").strip()
    for name in (text.rpartition("->")[2].strip(), text):
        try:
            return (unicodedata.lookup(name), name) if name else None
        except KeyError:
            continue
    return None


def escape_repairs(*, source: str, line: int) -> Iterator[tuple[str, str]]:
    """(new source, description) for the malformed escapes of the literals at or before `line`."""
    starts = [0, 0]
    for text in source.splitlines(keepends=True):
        starts.append(starts[-1] + len(text))
    literals: list[tuple[int, int, str, int]] = []  # start, end, token text, its last line
    comments: dict[int, str] = {}
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.start[0] > line:
                break
            if token.type == tokenize.COMMENT:
                comments[token.start[0]] = token.string
            if token.type == tokenize.STRING and _bad_literal(token.string):
                start = starts[token.start[0]] + token.start[1]
                literals.append((start, starts[token.end[0]] + token.end[1], token.string, token.end[0]))
    except (tokenize.TokenError, SyntaxError):
        pass
    for start, end, text, row in reversed(literals[-MAX_LITERALS:]):
        comment = comments.get(row, "")
        for new_text, description in _literal_repairs(text, comment):
            yield source[:start] + new_text + source[end:], description


def _literal_repairs(text: str, comment: str) -> Iterator[tuple[str, str]]:
    prefix = re.match(r"[A-Za-z]*", text).group(0)
    body = text[len(prefix) :]
    quote = body[:3] if body[:3] in ("'''", '"""') else body[:1]
    inner = body[len(quote) : len(body) - len(quote)]
    found = _bad_escape(inner)
    if found is None or "r" in prefix.lower():
        return
    at, letter, digits = found
    head = prefix + quote + inner[:at]
    tail = inner[at + 2 + len(digits) :] + quote
    length = ESCAPE_LENGTH.get(letter, 0)
    named = _named_character(comment) if comment and length else None
    if named is not None and "b" not in prefix.lower():
        character, name = named
        code = f"{ord(character):0{length}x}"
        if len(code) == length and code.startswith(digits.lower()):
            yield (
                head + "\\" + letter + code + tail,
                f"complete the \\{letter} escape: the comment names {name}",
            )
    yield head + "\\\\" + letter + digits + tail, "double the backslash: the text means a backslash"
    rest = inner[:at] + inner[at + 2 + len(digits) :]
    if not OTHER_ESCAPES.search(rest) and not inner.endswith("\\"):
        yield "r" + text, "make the string raw: it has no other escape"
    if length and digits:
        yield head + "\\" + letter + digits.rjust(length, "0") + tail, f"pad the \\{letter} escape with zeros"
        if len(digits) == length - 1:
            for digit in HEX:
                yield head + "\\" + letter + digits + digit + tail, f"complete the \\{letter} escape"
