"""Round 49's review of pylayers23: a quadratic number scan, `\\r` line ends, JavaScript's arrow in a call."""

from __future__ import annotations

from healer.engine.fixers.lineedit import split_lines
from healer.engine.fixers.syntax_foreign import php_arrow
from healer.engine.fixers.syntax_meaning import changes_meaning, split_numbers

from .conftest import cpu_ratio


def _arrow(text: str, line: int) -> list[str]:
    lines = split_lines(text)
    return [new for new, _ in php_arrow(lines, line, lines[line - 1].rstrip("\r\n"))]


def test_split_numbers_is_linear_in_a_long_run_of_digits():
    # The old lines hold a dotted version, the new ones a long digit run (a data line, a big
    # constant): the count of dotted numbers the new lines hold must not retry every digit.
    def split(n: int) -> None:
        digits = "1" * n
        old = f"v = 0.9.1\nx = {digits}\n"
        new = f"v = 0.9,.1\nx = {digits}+1\n"
        assert split_numbers(old, new) == 1
        assert changes_meaning(old, new)

    assert cpu_ratio(split, 900) < 10
    # The count itself is unchanged: a run quoted, inside a string or after a name still counts.
    assert split_numbers("v = 0.9.1\n", "v = '0.9.1'\n") == 0
    assert split_numbers("v = 0.9.1\n", "v = x0.9.1\n") == 0
    assert split_numbers("v = 10.9.1\n", "v = 10.91\n") == 1


def test_php_arrow_reads_a_file_with_carriage_return_line_ends():
    # Python's compiler ends a line at a lone `\r`: the bracket above the line is still a dict's.
    text = "d = {\r    'a': 1,\r    'b' => 2,\r}\r"
    assert _arrow(text, 3) == ["    'b': 2,"]
    mixed = "d = {\r\n    'a': 1,\r    'b' => 2,\n}\n"
    assert _arrow(mixed, 3) == ["    'b': 2,"]
