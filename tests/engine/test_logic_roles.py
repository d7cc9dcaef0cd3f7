"""Argument swaps of isinstance/issubclass that put a class-like name where the tested value goes.

The twenty-fifth held-out half's mistral-lib (r213) accepted `issubclass(entity_cls, Base)` made
`issubclass(Base, entity_cls)` as a LOGIC fix; the fixer no longer proposes such swaps
(logic._roles_fixed), and still swaps where the names do not say which argument is the class.
"""

from __future__ import annotations

import pytest

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic import _scored_sources

SOURCE = """\
def key(entity_cls, other, kind):
    if issubclass(entity_cls, MistralSerializable):
        return 1
    if isinstance(other, (str, vol.Marker)):
        return 2
    if issubclass(entity_cls, kind):
        return 3
    return f(entity_cls, Base)
"""


def _descriptions(line: int) -> list[str]:
    sf = SourceFile.parse("m.py", SOURCE)
    assert sf is not None
    return [description for _, _, description, _ in _scored_sources(sf, line, "AssertionError")]


@pytest.mark.parametrize("line", [2, 4])
def test_it_does_not_swap_a_tested_value_with_its_class(line):
    assert not [d for d in _descriptions(line) if d.startswith("swap the arguments")]


def test_it_swaps_when_the_names_do_not_say_which_is_the_class():
    assert "swap the arguments entity_cls and kind of issubclass" in _descriptions(6)


def test_it_swaps_the_arguments_of_other_calls_as_before():
    assert "swap the arguments entity_cls and Base of f" in _descriptions(8)
