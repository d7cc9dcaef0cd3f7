"""Round 46's review of the twin family and the place ranking (logic_twins, logic_places): bugs found, pinned."""

from __future__ import annotations

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic import _scored_sources
from healer.engine.fixers.logic_places import inverts, steering_conditions
from healer.engine.fixers.logic_templates import applied
from healer.engine.fixers.logic_twins import twin_rewrites


def _twins(source: str, line: int) -> list[str]:
    sf = SourceFile.parse("m.py", source)
    assert sf is not None
    return [new.splitlines()[line - 1].strip() for _rewrite, new in applied(sf, twin_rewrites(sf, line))]


def test_the_operand_is_spliced_as_the_condition_wrote_it_not_with_its_spaces_removed():
    source = (
        "def pick(d, start):\n"
        '    if d["first page"].offset:\n'
        "        n = start\n"
        "    else:\n"
        "        n = start\n"
        "    return n\n"
    )
    lines = _twins(source, 3)
    assert 'n = start + d["first page"].offset' in lines
    assert not any('"firstpage"' in line for line in lines)


def test_an_operand_split_over_lines_with_a_comment_is_not_spliced_into_one_line():
    source = (
        "def pick(d, start):\n"
        "    if (d  # the table\n"
        "        ).offset:\n"
        "        n = start\n"
        "    else:\n"
        "        n = start\n"
        "    return n\n"
    )
    sf = SourceFile.parse("m.py", source)
    for rewrite in twin_rewrites(sf, 4):
        assert all("#" not in new for _start, _end, new in rewrite.spans), rewrite


def test_names_that_are_no_numbers_do_not_use_up_the_operand_bound():
    source = (
        "def pick(self, start):\n"
        "    if self.mode and self.kind and self.flag and self.name and self.offset:\n"
        "        n = start\n"
        "    else:\n"
        "        n = start\n"
        "    return n\n"
    )
    assert "n = start + self.offset" in _twins(source, 3)


def test_a_one_line_branch_is_not_decayed_as_its_own_chains_condition():
    source = "def pick(x, start, offset):\n    if offset: n = start\n    else: n = start\n    return n\n"
    sf = SourceFile.parse("m.py", source)
    assert twin_rewrites(sf, 2)
    assert 2 not in steering_conditions(sf, [2, 3])


def test_a_swap_named_with_its_expression_is_an_inversion_too():
    assert inverts("use / instead of * in v * factor")
    assert inverts("use * instead of / in a / factor")
    assert inverts("use / instead of *")
    assert not inverts("use + instead of * in v * factor")


def test_branches_whose_text_differs_only_by_a_space_that_matters_are_no_twins():
    for first, second in (("not start", "notstart"), ('"a b"', '"ab"')):
        source = (
            "def pick(start, notstart, offset):\n"
            "    if offset:\n"
            f"        n = {first}\n"
            "    else:\n"
            f"        n = {second}\n"
            "    return n\n"
        )
        sf = SourceFile.parse("m.py", source)
        assert twin_rewrites(sf, 3) == [], (first, second)


def test_a_rounding_method_of_another_object_gets_no_module_level_rounding_function():
    source = "from math import ceil\n\n\ndef pages(book, n):\n    return book.layout.round(n)\n"
    sf = SourceFile.parse("m.py", source)
    sources = [new for _p, new, _d, _k in _scored_sources(sf, 5, "AssertionError")]
    assert not any("book.layout.ceil(n)" in new for new in sources)
    # A bare call still gets it (the family's own case).
    bare = SourceFile.parse("m.py", source.replace("book.layout.round(n)", "round(n)"))
    assert any("return ceil(n)" in new for _p, new, _d, _k in _scored_sources(bare, 5, "AssertionError"))
