"""The LOGIC fixer's sibling-pair family (fixers/logic_analogy.py), on small programs of its own."""

from __future__ import annotations

import textwrap

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic_analogy import analogy_rewrites, majority_rewrites
from healer.engine.fixers.logic_templates import applied
from tests.engine.test_logic_templates import _candidates

# A week's grid: the end cell was copied from the start cell, and only its column got the `+ 1`.
GRID = """
def cell_box(column, row, width, height):
    top_x = column * width
    top_y = row * height + 2
    bottom_x = (column + 1) * width
    bottom_y = row * height + 2
    return top_x, top_y, bottom_x, bottom_y
"""


def _new_sources(source: str, needle: str) -> list[str]:
    source = textwrap.dedent(source).lstrip("\n")
    sf = SourceFile.parse("m.py", source)
    line = next(i for i, text in enumerate(source.splitlines(), start=1) if needle in text)
    return [new for _rewrite, new in applied(sf, analogy_rewrites(sf, line))]


def test_it_applies_the_sibling_pairs_edit_to_the_unadapted_copy(project):
    source, candidates = _candidates(project, GRID, "bottom_y =")
    expected = source.replace("bottom_y = row * height + 2", "bottom_y = (row + 1) * height + 2")
    ranks = [i for i, c in enumerate(candidates, start=1) if c.new_source == expected]
    assert ranks, [c.description for c in candidates[:40]]
    assert ranks[0] <= 3, [(c.description, c.priority) for c in candidates[: ranks[0]]]


def test_it_fills_the_hole_with_the_nearest_stem_first():
    found = _new_sources(GRID, "bottom_y =")
    assert found and "bottom_y = (row + 1) * height + 2" in found[0]


def test_it_learns_other_edits_than_an_increment():
    # The pair's change is a call around the value (`abs(dx)`), transplanted to the copy's own operand.
    source = """
    def extent(dx, dy, scale):
        near_w = dx * scale
        near_h = dy * scale
        far_w = abs(dx) * scale
        far_h = dy * scale
        return near_w, near_h, far_w, far_h
    """
    assert any("far_h = (abs(dy)) * scale" in text for text in _new_sources(source, "far_h ="))


def test_it_leaves_an_adapted_copy_and_an_unchanged_group_alone():
    adapted = GRID.replace("bottom_y = row * height + 2", "bottom_y = (row + 1) * height + 2")
    assert _new_sources(adapted, "bottom_y =") == []
    # Two groups that differ only by their names: nothing to learn, nothing proposed.
    plain = """
    def copies(a, b):
        old_x = a * 2
        old_y = b * 2
        new_x = a * 2
        new_y = b * 2
        return old_x, old_y, new_x, new_y
    """
    assert _new_sources(plain, "new_y =") == []


def _rank_of_low_copy_fix(
    project, base: str, *, items: str, top: list[str], low: list[str], old: str, new: str
):
    """Where the fix of a copy the failing tests' spectrum ranks low (0.05) lands among the LOGIC
    candidates, while a report helper (`describe`) holds the top-ranked lines (1.0)."""
    from healer.engine.fixers.base import RepairContext
    from healer.engine.fixers.logic import LogicFixer
    from healer.engine.types import CheckReport
    from tests.engine.test_logic_templates import SRC, _failure

    source = textwrap.dedent(base).lstrip("\n") + textwrap.dedent(
        f"""

        def describe({items}, verbose):
            level = max(1, 3 - verbose)
            lines = [repr(item) for item in {items}]
            return level, lines
        """
    )
    ws = project({SRC: source, "tests/test_algo.py": "def test_it():\n    assert True\n"})
    lines = source.splitlines()

    def at(needles: list[str]) -> list[int]:
        return [n for n, text in enumerate(lines, start=1) if any(needle in text for needle in needles)]

    ranked = at(top)
    ctx = RepairContext(
        workspace=ws,
        report=CheckReport(),
        suspicious=[(SRC, n, 1.0) for n in ranked] + [(SRC, n, 0.05) for n in at(low)],
        test_files=frozenset({"tests/test_algo.py"}),
    )
    candidates = LogicFixer().candidates(_failure(ranked[0]), ctx)
    expected = source.replace(old, new)
    ranks = [i for i, c in enumerate(candidates, start=1) if c.new_source == expected]
    return ranks, [c.description for c in candidates[:20]]


def test_it_tries_an_unadapted_copy_the_spectrum_ranks_low(project):
    # The failing tests' spectrum ranks the report helper first; the grid's lines tie far below.
    ranks, top = _rank_of_low_copy_fix(
        project,
        GRID,
        items="boxes",
        top=["level = max", "lines = [repr", "return level"],
        low=["top_x =", "top_y =", "bottom_x =", "bottom_y =", "return top_x"],
        old="bottom_y = row * height + 2",
        new="bottom_y = (row + 1) * height + 2",
    )
    assert ranks and ranks[0] <= 10, [ranks[:1], *top]


# Three searches up a dotted path, each starting from the parent's parts: the third copy lost its `-`.
SEARCHES = """
def find_flags(name, deprecated, preview, experimental):
    found = []
    parts = name.split()[:-1]
    while parts and ' '.join(parts) not in deprecated:
        del parts[-1]
    found.append(bool(parts))
    parts = name.split()[:-1]
    while parts and ' '.join(parts) not in preview:
        del parts[-1]
    found.append(bool(parts))
    parts = name.split()[:1]
    while parts and ' '.join(parts) not in experimental:
        del parts[-1]
    found.append(bool(parts))
    return found
"""


def _majority_sources(source: str, needle: str) -> list[str]:
    source = textwrap.dedent(source).lstrip("\n")
    sf = SourceFile.parse("m.py", source)
    line = next(i for i, text in enumerate(source.splitlines(), start=1) if needle in text)
    return [new for _rewrite, new in applied(sf, majority_rewrites(sf, line))]


def test_it_makes_the_copy_that_departs_from_its_agreeing_siblings_like_them():
    found = _majority_sources(SEARCHES, "[:1]")
    assert len(found) == 1
    assert found[0].count("parts = name.split()[:-1]") == 3
    # The agreeing copies are left alone, and two copies that disagree outvote nobody.
    assert _majority_sources(SEARCHES, "parts = name.split()[:-1]") == []
    two = SEARCHES.replace(
        "    parts = name.split()[:-1]\n    while parts and ' '.join(parts) not in preview",
        "    parts = []\n    while parts and ' '.join(parts) not in preview",
    )
    assert _majority_sources(two, "[:1]") == []


def test_it_tries_the_departing_copy_the_spectrum_ranks_low(project):
    ranks, top = _rank_of_low_copy_fix(
        project,
        SEARCHES,
        items="flags",
        top=["level =", "lines ="],
        low=["parts = name"],
        old="parts = name.split()[:1]",
        new="parts = name.split()[:-1]",
    )
    assert ranks and ranks[0] <= 10, [ranks[:1], *top]
