"""What a failed assertion's diff names: the string values that differ, and the lines that spell them.

Spectrum-based ranking ties every line that the same tests run: the hundred entries of one table
literal (`'lm': _is_bit_set(ebx, 29),` among its siblings) score alike, and the cut after the first
lines may drop the faulty one. The test oracle often names it: the values on which the two sides
differ (`First differing element 4: 'mca' / 'lm'`, an ndiff line `+  'lm',`, pytest's
`At index 4 diff: 'mca' != 'lm'`). A line among those the failing tests ran that holds such a
string literal is where that value is made. Ranking by the words a failure report shares with the
code, next to the spectrum, is information-retrieval-based localisation combined with
spectrum-based localisation (Le, Oentaryo and Lo, "Information retrieval and spectrum based bug
localization: better together", FSE 2015); here only the values the oracle shows as different are
the query, and a value that many lines spell says nothing (an inverse document frequency of one).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import TypeVar

# A quoted Python string literal as repr() writes it.
_STRING_RE = re.compile(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"")
# unittest: "First differing element 4:\n'mca'\n'lm'"; pytest: "At index 4 diff: 'mca' != 'lm'".
_FIRST_DIFFERING_RE = re.compile(r"^First differing element \d+:$")
_AT_INDEX_RE = re.compile(r"^At index \d+ diff: ")
# A line of an ndiff (unittest's and pytest's full diffs): one side's item only.
_DIFF_LINE_RE = re.compile(r"^[+-] ")
# Headers after which pytest lists values one per line: a set's extra items, a dict's differing
# items (`{'lm': True} != {'lm': False}`: the key names the value that differs).
_EXTRA_ITEMS_RE = re.compile(r"^(?:Extra items in the (?:left|right) set|Differing items):$")
MIN_TERM_LENGTH = 2
_T = TypeVar("_T")
# A value spelled on more lines than this does not point at one of them.
MAX_LINES_PER_TERM = 3
MAX_MESSAGE_LINES = 400
MAX_ORACLE_LINES = 8
# pytest's `assert 999000000 == 1000000000`, unittest's `999000000 != 1000000000`: two whole numbers.
_NUMBERS_RE = re.compile(r"^(?:AssertionError: )?(?:assert )?(-?\d+) (?:==|!=) (-?\d+)$")
MIN_SCALED_CONSTANT = 10  # a small literal (3, 4) is spelled everywhere and says nothing
# A whole number in repr() output: not part of a name, a float or a longer number.
_INT_RE = re.compile(r"(?<![\w.])-?\d+(?![\w.])")


def differing_strings(message: str) -> frozenset[str]:
    """The string values a failed comparison's message shows on one side only, or at the first difference."""
    return frozenset(s for s in _differing(message, _strings_in) if len(s) >= MIN_TERM_LENGTH)


def differing_numbers(message: str) -> frozenset[int]:
    """The whole numbers a failed comparison's diff shows on one side only (`'code': -32600` against
    `'code': -32601` in a dict): a constant set at import time (an error class's code) is where such a
    value is made, and no test's coverage shows that line. Small numbers are spelled everywhere and
    say nothing."""
    return frozenset(n for n in _differing(message, _ints_in) if abs(n) >= MIN_SCALED_CONSTANT)


def _differing(message: str, values_in: Callable[[str], set[_T]]) -> set[_T]:
    """The values (as `values_in` reads them from a line) that a failed comparison shows as different."""
    found: set[_T] = set()
    sides: dict[str, set[_T]] = {"-": set(), "+": set()}
    taking = 0  # lines still to read after a header that announces values, one per line
    for raw in message.splitlines()[:MAX_MESSAGE_LINES]:
        line = raw.strip()
        if _FIRST_DIFFERING_RE.match(line):
            taking = 2
        elif _EXTRA_ITEMS_RE.match(line):
            taking = MAX_MESSAGE_LINES
        elif taking and (not line or line.endswith(":")):
            taking = 0
        elif taking:
            taking -= 1
            found |= values_in(line)
        elif _AT_INDEX_RE.match(line):
            found |= values_in(line)
        elif _DIFF_LINE_RE.match(line):
            sides[line[0]] |= values_in(line)
    # A diff line may hold a whole collection: what one side spells and the other does not.
    return found | (sides["-"] ^ sides["+"])


def _ints_in(text: str) -> set[int]:
    """Whole numbers written in a line of repr() output, outside its string literals."""
    return {int(token) for token in _INT_RE.findall(_STRING_RE.sub("''", text))}


def _strings_in(text: str) -> set[str]:
    found = set()
    for literal in _STRING_RE.findall(text):
        try:
            value = ast.literal_eval(literal)
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            continue
        if isinstance(value, str):
            found.add(value)
    return found


@lru_cache(maxsize=32)
def _string_literals(text: str) -> tuple[tuple[str, int], ...]:
    """(value, line) of every string literal of a module. Cached by text: each failure group of a
    run asks again for the same files, and parsing a large module is the costly part."""
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return ()
    return tuple(
        (node.value, node.lineno)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def oracle_lines(
    *,
    terms: frozenset[str],
    ran: Iterable[tuple[str, int]],
    read_source: Callable[[str], str | None],
) -> list[tuple[str, int]]:
    """(file, line) among `ran` (lines the failing tests executed) holding a string literal in `terms`."""
    if not terms:
        return []
    by_file: dict[str, set[int]] = {}
    for file, line in ran:
        by_file.setdefault(file, set()).add(line)
    spelled: dict[str, set[tuple[str, int]]] = {}
    for file, executed in sorted(by_file.items()):
        text = read_source(file) if file.endswith(".py") else None
        if not text or not any(term in text for term in terms):
            continue
        for value, lineno in _string_literals(text):
            if value in terms and lineno in executed:
                spelled.setdefault(value, set()).add((file, lineno))
    found = {key for keys in spelled.values() if len(keys) <= MAX_LINES_PER_TERM for key in keys}
    # Many values differing at once (a whole table wrong) no longer single out a line.
    return sorted(found) if len(found) <= MAX_ORACLE_LINES else []


def scaled_constants(message: str) -> frozenset[int]:
    """The literal that, one off in a product, turns one side of a failed `assert X == Y` into the other.

    A result proportional to a constant `c` that is one off (`"mil": 999` for 1000, so 999000000 for
    1000000000) has X / Y == c / (c ± 1), so `c = ±X / (Y - X)`: one value, which a table of hundreds
    of entries spells once. Reading the repair's target from the expected output is the idea of
    semantics-based repair (SemFix, Nguyen et al., ICSE 2013), here for one constant.
    """
    first = next((line.strip() for line in message.splitlines() if line.strip()), "")
    match = _NUMBERS_RE.match(first)
    if not match:
        return frozenset()
    x, y = int(match.group(1)), int(match.group(2))
    found: set[int] = set()
    for a, b in ((x, y), (y, x)):
        if a != b and a % (b - a) == 0:
            c = a // (b - a)
            found |= {c, -c} if abs(c) >= MIN_SCALED_CONSTANT else set()
    return frozenset(found)


@lru_cache(maxsize=32)
def _int_literals(text: str) -> tuple[tuple[int, int], ...]:
    """(value, line) of every int literal of a module (a negative one as written: `-1`)."""
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return ()
    negated = {
        id(node.operand)
        for node in ast.walk(tree)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub)
    }
    return tuple(
        (-node.value if id(node) in negated else node.value, node.lineno)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and type(node.value) is int
    )


def compared_numbers(message: str) -> frozenset[int]:
    """Both whole numbers of a failed `assert X == Y` (`9 != 8`), however small."""
    first = next((line.strip() for line in message.splitlines() if line.strip()), "")
    match = _NUMBERS_RE.match(first)
    if not match or match.group(1) == match.group(2):
        return frozenset()
    return frozenset({int(match.group(1)), int(match.group(2))})


def number_lines(
    *, values: frozenset[int], lines: Iterable[tuple[str, int]], read_source: Callable[[str], str | None]
) -> list[tuple[str, int]]:
    """(file, line) among `lines` that spell one of `values` as an int literal."""
    wanted: dict[str, set[int]] = {}
    for file, line in lines:
        wanted.setdefault(file, set()).add(line)
    found: list[tuple[str, int]] = []
    for file, numbers in sorted(wanted.items()) if values else ():
        text = read_source(file) if file.endswith(".py") else None
        spelled = {lineno for value, lineno in _int_literals(text) if value in values} if text else set()
        found += [(file, line) for line in sorted(numbers & spelled)]
    return found


def constant_lines(
    *, values: frozenset[int], files: Iterable[str], read_source: Callable[[str], str | None]
) -> list[tuple[str, int]]:
    """(file, line) of every module, run or not, spelling one of `values` (import-time tables too)."""
    if not values:
        return []
    spelled: dict[int, set[tuple[str, int]]] = {}
    for file in sorted(files):
        text = read_source(file) if file.endswith(".py") else None
        if not text or not any(str(abs(value)) in text for value in values):
            continue
        for value, lineno in _int_literals(text):
            if value in values:
                spelled.setdefault(value, set()).add((file, lineno))
    found = {key for keys in spelled.values() if len(keys) <= MAX_LINES_PER_TERM for key in keys}
    return sorted(found) if len(found) <= MAX_ORACLE_LINES else []
