"""Round 53 (pylogic27): a remainder rebased to count from one, its unshifted dividend and the guard on its `+= 1`."""

from __future__ import annotations

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic import _scored_sources
from healer.engine.fixers.logic_rebased import rebase_rewrites
from healer.engine.fixers.logic_templates import applied

RIGHT = (
    "def shift_hours(clock, hours):\n"
    "    hour = clock + hours\n"
    "    days, hour = divmod(hour - 1, 24)\n"
    "    total = days\n"
    "    hour += 1\n"
    "    return total, hour\n"
)
UNSHIFTED = RIGHT.replace("divmod(hour - 1, 24)", "divmod(hour, 24)")


def _family(source: str, line: int) -> list[str]:
    sf = SourceFile.parse("m.py", source)
    return [new for _rewrite, new in applied(sf, rebase_rewrites(sf, line))]


def _line_sources(source: str, line: int) -> list[str]:
    sf = SourceFile.parse("m.py", source)
    return [new for _prior, new, _d, _k in _scored_sources(sf, line, "AssertionError")]


def test_it_shifts_the_dividend_of_a_remainder_rebased_by_one():
    assert _family(UNSHIFTED, 3) == [RIGHT]
    assert RIGHT in _line_sources(UNSHIFTED, 3)


def test_it_shifts_a_modulo_too_inside_parentheses():
    source = "def seat(n, rows):\n    col = n % rows\n    col += 1\n    return col\n"
    assert _family(source, 2) == [source.replace("n % rows", "(n - 1) % rows")]


def test_it_shifts_the_inline_form():
    source = "def weekday(day):\n    return day % 7 + 1\n"
    assert _family(source, 2) == [source.replace("day % 7", "(day - 1) % 7")]
    assert _family(source.replace("day % 7", "(day - 1) % 7"), 2) == []
    assert _family(source.replace("+ 1", "+ 2"), 2) == []


def test_it_does_not_fire_without_a_rebase_or_on_a_shifted_dividend():
    plain = UNSHIFTED.replace("    hour += 1\n", "    hour += 0 if total else 0\n")
    assert _family(plain, 3) == []
    assert _family(RIGHT, 3) == []
    rebound = UNSHIFTED.replace("    total = days\n", "    hour = days\n")
    assert _family(rebound, 3) == []


def test_it_drops_edits_that_undo_the_rebase_but_keeps_the_others():
    found = _line_sources(UNSHIFTED, 5)
    assert UNSHIFTED.replace("hour += 1", "hour += 0") not in found
    assert UNSHIFTED.replace("hour += 1", "hour -= 1") not in found
    assert UNSHIFTED.replace("    hour += 1\n", "") not in found
    # A rebase written wrong is still repaired to `+= 1`.
    slipped = RIGHT.replace("hour += 1", "hour += 2")
    assert RIGHT in _line_sources(slipped, 5)


def test_it_leaves_an_increment_that_is_no_rebase_alone():
    counter = "def tick(n):\n    n = n * 2\n    n += 1\n    return n\n"
    assert counter.replace("n += 1", "n += 0") in _line_sources(counter, 3)
