"""Round 53 (pylogic27): a decoded field rescaled in place without its bias of one, or with one it has not."""

from __future__ import annotations

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic import _scored_sources
from healer.engine.fixers.logic_biased import biased_rewrites
from healer.engine.fixers.logic_templates import applied

RIGHT = (
    "def header_length(raw):\n"
    "    (words,) = unpack('<B', raw[:1])\n"
    "    words = (words + 1) * 8\n"
    "    return words\n"
)
UNBIASED = RIGHT.replace("(words + 1) * 8", "words * 8")


def _family(source: str, line: int) -> list[str]:
    sf = SourceFile.parse("m.py", source)
    return [new for _rewrite, new in applied(sf, biased_rewrites(sf, line))]


def test_it_adds_the_bias_to_a_field_rescaled_in_place():
    assert RIGHT in _family(UNBIASED, 3)
    sf = SourceFile.parse("m.py", UNBIASED)
    assert RIGHT in [new for _p, new, _d, _k in _scored_sources(sf, 3, "AssertionError")]


def test_it_removes_a_bias_the_field_has_not():
    assert _family(RIGHT, 3) == [UNBIASED]


def test_it_does_not_fire_on_another_name_or_a_factor_that_is_no_integer():
    assert _family(RIGHT.replace("words = (words + 1) * 8", "size = words * 8"), 3) == []
    assert _family(UNBIASED.replace("words * 8", "words * 0.5"), 3) == []
    assert _family(UNBIASED.replace("words * 8", "words * 1"), 3) == []
