"""Sibling members (fixers/logic_members.py): `Owner.A` for `Owner.B`, the class read where it is defined."""

from __future__ import annotations

import textwrap

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic import _scored_sources
from healer.engine.fixers.logic_members import member_rewrites
from healer.engine.fixers.logic_templates import Splicer

TABLES = textwrap.dedent(
    """
    from enum import Enum, auto


    class Alphabets(Enum):
        BITCOIN = auto()
        RIPPLE = auto()
        FLICKR = auto()


    class Const:
        RADIX = 58
        ALPHABETS = {Alphabets.BITCOIN: "123", Alphabets.RIPPLE: "rps"}
        _CACHE = {}
    """
).lstrip("\n")

USER = textwrap.dedent(
    """
    from .tables import Alphabets, Const
    import os


    class Monero:
        ALPHABET = Const.ALPHABETS[Alphabets.RIPPLE]


    def join(a, b):
        return os.sep.join([a, b]) + os.path.sep
    """
).lstrip("\n")

FILES = {"pkg/tables.py": TABLES}


def _read(path: str) -> str:
    if path not in FILES:
        raise FileNotFoundError(path)
    return FILES[path]


def _edited(sf: SourceFile, line: int, rewrites) -> list[str]:
    sp = Splicer(sf)
    return [sp.apply(r).splitlines()[line - 1].strip() for r in rewrites]


def test_it_offers_the_sibling_members_of_a_class_a_relative_import_names_nearest_first():
    sf = SourceFile.parse("pkg/user.py", USER)
    line = 6
    assert _edited(sf, line, member_rewrites(sf, line, _read)) == [
        "ALPHABET = Const.ALPHABETS[Alphabets.BITCOIN]",
        "ALPHABET = Const.ALPHABETS[Alphabets.FLICKR]",
    ]


def test_it_offers_no_member_of_another_kind_nor_a_private_one():
    # Const.ALPHABETS is a table: RADIX (a number) and _CACHE (private) are not its siblings.
    sf = SourceFile.parse("pkg/user.py", USER)
    descriptions = [r.description for r in member_rewrites(sf, 6, _read)]
    assert not any("Const." in d for d in descriptions)


def test_it_offers_nothing_when_the_class_cannot_be_read_and_the_module_spells_one_member():
    sf = SourceFile.parse("pkg/user.py", USER)
    assert member_rewrites(sf, 6, None) == []


def test_it_leaves_the_attributes_of_a_module_that_are_no_family_of_constants():
    sf = SourceFile.parse("pkg/user.py", USER)
    assert member_rewrites(sf, 10, _read) == []


def test_it_reads_a_class_of_the_same_module():
    sf = SourceFile.parse("pkg/tables.py", TABLES + "\nDEFAULT = Alphabets.FLICKR\n")
    line = len(sf.lines)
    assert _edited(sf, line, member_rewrites(sf, line, None)) == [
        "DEFAULT = Alphabets.RIPPLE",
        "DEFAULT = Alphabets.BITCOIN",
    ]


def test_it_reaches_the_logic_fixers_candidates_through_the_source_reader():
    sf = SourceFile.parse("pkg/user.py", USER)
    described = {d for _, _, d, _ in _scored_sources(sf, 6, "AssertionError", read=_read)}
    assert "use Alphabets.BITCOIN instead of Alphabets.RIPPLE" in described
    described = {d for _, _, d, _ in _scored_sources(sf, 6, "AssertionError")}
    assert "use Alphabets.BITCOIN instead of Alphabets.RIPPLE" not in described
