"""Round 53 (pylogic27): a bump that keeps the fields after it, reset as a sibling branch resets them."""

from __future__ import annotations

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic import _scored_sources
from healer.engine.fixers.logic_resets import reset_rewrites
from healer.engine.fixers.logic_templates import applied

RIGHT = (
    "def advance(clock, unit):\n"
    "    if unit == 'hour':\n"
    "        stamp = f'{clock.hour + 1}:00:00'\n"
    "    elif unit == 'minute':\n"
    "        stamp = f'{clock.hour}:{clock.minute + 1}:00'\n"
    "    else:\n"
    "        stamp = f'{clock.hour}:{clock.minute}:{clock.second + 1}'\n"
    "    return stamp\n"
)
KEPT = RIGHT.replace("{clock.minute + 1}:00'", "{clock.minute + 1}:{clock.second}'")


def _family(source: str, line: int) -> list[str]:
    sf = SourceFile.parse("m.py", source)
    return [new for _rewrite, new in applied(sf, reset_rewrites(sf, line))]


def test_it_resets_the_fields_after_the_bump_as_the_sibling_branch_does():
    assert _family(KEPT, 5) == [RIGHT]
    sf = SourceFile.parse("m.py", KEPT)
    assert RIGHT in [new for _p, new, _d, _k in _scored_sources(sf, 5, "AssertionError")]


def test_it_resets_every_field_after_the_bump():
    both = RIGHT.replace("f'{clock.hour + 1}:00:00'", "f'{clock.hour + 1}:{clock.minute}:{clock.second}'")
    assert _family(both, 3) == [RIGHT]


def test_it_does_not_fire_without_a_sibling_that_resets():
    alone = KEPT.replace("f'{clock.hour + 1}:00:00'", "f'{clock.hour + 1}:{clock.minute}:{clock.second}'")
    assert _family(alone, 5) == []
    # Nor on the branch whose bump is the last field, nor on another target than the sibling's.
    assert _family(KEPT, 7) == []
    other = KEPT.replace(
        "        stamp = f'{clock.hour}:{clock.minute + 1}",
        "        label = f'{clock.hour}:{clock.minute + 1}",
    )
    assert _family(other, 5) == []


def test_it_does_not_copy_a_reset_from_a_sibling_of_another_layout():
    # The sibling's `:00` resets a minute of `h:mm`; the `{total}` after this branch's bump is the size of a
    # page count `n/total`, which no bump resets: the fields only mirror where the two values share a layout.
    source = (
        "def label(kind, t, page, total):\n"
        "    if kind == 'clock':\n"
        "        return f'{t + 1}:00'\n"
        "    else:\n"
        "        return f'{page + 1}/{total}'\n"
    )
    assert _family(source, 5) == []
