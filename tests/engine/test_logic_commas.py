"""The LOGIC fixer's missing-comma family (fixers/logic_commas.py), on small programs of its own."""

from __future__ import annotations

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic_commas import comma_rewrites
from healer.engine.fixers.logic_templates import applied


def _new_sources(source: str, line: int) -> list[str]:
    sf = SourceFile.parse("m.py", source)
    return [new for _rewrite, new in applied(sf, comma_rewrites(sf, line))]


def test_it_splits_two_items_a_lost_comma_joined():
    source = 'UNITS = (\n    "kg",\n    "lb"  # pounds\n    "oz",\n)\n'
    assert _new_sources(source, 3) == [source.replace('"lb"  #', '"lb",  #')]


def test_it_splits_two_arguments_of_a_call():
    source = 'def f(join):\n    return join(\n        "a"\n        "b",\n    )\n'
    assert _new_sources(source, 3) == []  # one argument: a string split over lines on purpose
    two = 'def f(join):\n    return join(\n        "a"\n        "b",\n        "c",\n    )\n'
    assert _new_sources(two, 3) == [two.replace('"a"\n', '"a",\n')]


def test_it_never_splits_a_message_written_over_lines_on_purpose():
    source = 'MESSAGE = (\n    "a long message "\n    "over two lines"\n)\n'
    assert _new_sources(source, 2) == []


def test_it_never_splits_a_line_that_holds_more_than_strings():
    source = 'NAMES = [\n    "a", "b"\n    "c",\n]\n'
    assert _new_sources(source, 2) == []


def test_it_never_splits_a_triple_quoted_item():
    source = 'DOCS = [\n    """first\n    second""",\n    "b",\n]\n'
    assert _new_sources(source, 2) == []
