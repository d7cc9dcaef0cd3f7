"""LINTING F521: one-character edits of a `.format` string, checked against the format-field grammar.

Ruff has no fix for F521 (a `.format` string str.format cannot parse), and linting's templates
close a field that runs on or drop a lone brace. A field can break in other one-character ways: a
brace typed as the bracket next to it (`{1]`), a conversion marker with no conversion (`{mode!}`),
a conversion no Python defines (`{x!t}`). `field_edits` makes the Damerau edits (one character
inserted, replaced or deleted) of the literal whose characters are the field grammar's own: the
braces, `!`, `:` and the conversion characters, which are read from str.format itself at import
time (no hand list). An edit is kept when the string parses and every conversion is one str.format
knows, and, when the call's arguments are countable, it keeps one field per argument; edits that
keep every character (insertions, replacements) come before deletions, nearest the first broken
field first; before both, the edits that keep every field name and conversion the author began
(`{mode!}` gets a conversion, not a spec `{mode:!}`) and leave fewer brackets unmatched (`{1]`:
the `]` was the brace).

What it does not reach: a field broken by two edits, and a field whose name is misspelt (F522/F524
count names, not characters).
"""

from __future__ import annotations

import ast
import re
import string

MAX_EDITS = 24


def _converts(char: str) -> bool:
    try:
        ("{0!" + char + "}").format(0)
    except ValueError:
        return False
    return True


CONVERSIONS = "".join(char for char in string.ascii_letters if _converts(char))
ALPHABET = "{}!:" + CONVERSIONS
GRAMMAR_ORDER = "rsa"


def _fields(value: str) -> int | None:
    """Replacement fields of a format string; None when str.format could not use it."""
    try:
        parsed = list(string.Formatter().parse(value))
    except ValueError:
        return None
    if any(conversion not in (None, *CONVERSIONS) for _, _, _, conversion in parsed):
        return None
    return sum(1 for _, field, _, _ in parsed if field is not None)


def _names(value: str) -> set[str] | None:
    """The first part of every field's name (`0` of `{0[key]}`, `self` of `{self.x}`)."""
    try:
        parsed = list(string.Formatter().parse(value))
    except ValueError:
        return None
    return {re.split(r"[.\[]", field)[0] for _, field, _, _ in parsed if field}


def _conversions(value: str) -> int:
    return sum(1 for _, _, _, conversion in string.Formatter().parse(value) if conversion)


def _unbalanced(value: str) -> int:
    """Brackets of the string left unmatched: a `]` typed for `}` stays one when only a brace is added."""
    stack: list[str] = []
    unmatched = 0
    for char in value:
        if char in "([":
            stack.append(char)
        elif char in ")]":
            if stack and stack[-1] == "(["[")]".index(char)]:
                stack.pop()
            else:
                unmatched += 1
    return unmatched + len(stack)


def _first_break(value: str) -> int:
    """Where the string stops being a valid format string, read from its longest valid prefix."""
    for end in range(len(value), -1, -1):
        if _fields(value[:end]) is not None:
            return end
    return 0


def meaning_lost(value: str, new_value: str) -> tuple[int, int]:
    """(field names and conversions the author began that a repaired format string lost, brackets
    it leaves unmatched): an edit that turns a name into literal text or a format spec (`{}1]`,
    `{1]>}`, `{:mode!}`) parses but loses what the field meant; a `]` typed for `}` stays
    unmatched when a brace is only added. Lower is better; (0, 0) keeps all of it."""
    written = set(re.findall(r"(?<!\{)\{(\w+)", value))
    marks = len(re.findall(r"(?<!\{)\{[\w.]*!", value))
    names = _names(new_value) or set()
    converted = _conversions(new_value) if _names(new_value) is not None else 0
    return len(written - names) + max(0, marks - converted), _unbalanced(new_value)


def rank_format_repairs(text: str, options: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """`options` (new literal source, description) ordered by meaning_lost, stably: the templates'
    own order holds among repairs that lose as much."""
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return options

    def lost(option: tuple[str, str]) -> tuple[int, int]:
        try:
            new_value = ast.literal_eval(option[0])
        except (ValueError, SyntaxError):
            return (99, 99)
        if not isinstance(new_value, str) or _fields(new_value) is None:
            return (99, 99)  # a conversion str.format does not know (`{mode!}}`): last
        return meaning_lost(value, new_value)

    return sorted(options, key=lost) if isinstance(value, str) else options


def field_edits(text: str, *, supplied: int | None, source: str = "") -> list[tuple[str, str]]:
    """(new literal source, description) of the one-character edits of `text` (a str literal's
    source) after which str.format accepts it, keeping-edits first, nearest the break first; of
    several conversions, the one `source` (the file) writes most often first."""
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return []
    if not isinstance(value, str) or _fields(value) is not None:
        return []
    start = len(text) - len(text.lstrip("rRuUbBfF"))  # the prefix
    quote = text[start : start + 3] if text[start : start + 3] in ("'''", '"""') else text[start]
    body_start, body_end = start + len(quote), len(text) - len(quote)
    broken = body_start + _first_break(value)  # escapes aside, near enough to rank by
    found: list[tuple[int, int, int, int, tuple[int, int], str, str]] = []
    seen: set[str] = set()

    def consider(new: str, kind: int, spot: int, description: str, char: str = "") -> None:
        if new in seen:
            return
        seen.add(new)
        try:
            new_value = ast.literal_eval(new)
        except (ValueError, SyntaxError):
            return
        count = _fields(new_value) if isinstance(new_value, str) else None
        if count is None or (supplied is not None and count != supplied):
            return
        lost, unbalanced = meaning_lost(value, new_value)
        # Of several conversions, the file's most used first; then the order the language
        # reference's grammar lists them in (`conversion ::= "r" | "s" | "a"`).
        # (`char` is "" for a deletion, and "" is `in` every string: tested for itself.)
        used = (
            (-source.count(f"!{char}}}"), GRAMMAR_ORDER.find(char))
            if char and char in CONVERSIONS
            else (0, 0)
        )
        found.append((lost, unbalanced, kind, abs(spot - broken), used, new, description))

    for spot in range(body_start, body_end + 1):
        # A conversion letter only where a conversion goes (after `!`): elsewhere it would
        # change a name or the text; and no name's or text's letter is replaced.
        after_mark = text[spot - 1] == "!"
        for char in ALPHABET:
            if char.isalpha() and not after_mark:
                continue
            consider(text[:spot] + char + text[spot:], 0, spot, f"insert `{char}` in the format string", char)
        if spot == body_end:
            break
        old = text[spot]
        if old in "\\'\"" or old.isalnum():
            continue
        for char in ALPHABET:
            if char != old and (not char.isalpha() or after_mark):
                replaced = text[:spot] + char + text[spot + 1 :]
                consider(replaced, 0, spot, f"replace `{old}` by `{char}` in the format string", char)
        consider(text[:spot] + text[spot + 1 :], 1, spot, f"delete `{old}` from the format string")
    found.sort(key=lambda item: item[:5])
    return [(new, description) for *_, new, description in found[:MAX_EDITS]]
