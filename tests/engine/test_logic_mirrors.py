"""The LOGIC fixer's direction families (fixers/logic_mirrors.py), each on a small program of its own."""

from __future__ import annotations

import pytest

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic_mirrors import mirror_rewrites, mirrored_name
from healer.engine.fixers.logic_templates import applied
from tests.engine.test_logic_templates import _candidates

MIRRORS = [
    # (id, buggy source, needle of the suspicious line, old text, fixed text, max rank)
    (
        "mirror-module-function",
        """
        from pkg import timeline


        def newest(events):
            latest = timeline.pick_first(events)
            return latest
        """,
        "latest = timeline",
        "timeline.pick_first(events)",
        "timeline.pick_last(events)",
        6,
    ),
    (
        "other-end",
        """
        def from_digits(digits, radix):
            return sum(d * radix**i for i, d in enumerate(digits))
        """,
        "return sum",
        "enumerate(digits)",
        "enumerate(digits[::-1])",
        12,
    ),
]


@pytest.mark.parametrize(
    ("source", "needle", "old", "new", "max_rank"),
    [pytest.param(*case[1:], id=case[0]) for case in MIRRORS],
)
def test_it_proposes_each_mirror_edit_early_enough(project, source, needle, old, new, max_rank):
    source, candidates = _candidates(project, source, needle)
    assert source.count(old) == 1
    expected = source.replace(old, new)
    ranks = [i for i, c in enumerate(candidates, start=1) if c.new_source == expected]
    assert ranks, [c.description for c in candidates[:60]]
    assert ranks[0] <= max_rank, [(c.description, c.priority) for c in candidates[: ranks[0]]]


def test_it_reads_the_mirror_field_the_module_reads_beside_it(project):
    # `token.start` for `token.end`: the rest of the text starts where the token ends.
    source, candidates = _candidates(
        project,
        """
        def split_token(token, text):
            word = text[token.start : token.end]
            rest = text[token.start :]
            return word, rest
        """,
        "rest = text",
    )
    expected = source.replace("rest = text[token.start :]", "rest = text[token.end :]")
    ranks = [i for i, c in enumerate(candidates, start=1) if c.new_source == expected]
    assert ranks and ranks[0] <= 6, [c.description for c in candidates[:20]]


def test_it_offers_no_mirror_field_the_module_never_reads():
    # `.end` is read nowhere: a guessed field would only raise AttributeError; a called method is not a field.
    source = "def f(token, text):\n    return text[token.start :], token.left()\n"
    sf = SourceFile.parse("m.py", source)
    assert [new for _, new in applied(sf, mirror_rewrites(sf, 2))] == []


def test_it_mirrors_one_directional_part_only():
    assert mirrored_name("bisect_left") == "bisect_right"
    assert mirrored_name("lstrip") == "rstrip"
    assert mirrored_name("first_to_last") is None  # two directions: which one is wrong is not said
    assert mirrored_name("max") is None  # a bare opposite is logic_templates' OPPOSITES
    assert mirrored_name("parse_header") is None


def test_it_leaves_a_sliced_or_decimal_sequence_alone():
    source = "def f(s, t):\n    return int(s), int(t[1:], 2), enumerate(s[::-1])\n"
    sf = SourceFile.parse("m.py", source)
    assert [new for _, new in applied(sf, mirror_rewrites(sf, 2))] == []


def test_it_gives_a_direction_conditional_the_mirror_of_its_other_branch(project):
    # Walking a range up or down: the lower bound is kept with >=, so its mirror for descending is <=;
    # `>` with `<=` differ in strictness as well as direction.
    source, candidates = _candidates(
        project,
        """
        import operator


        def walk(values, bound, descending):
            keep = operator.gt if not descending else operator.le
            return [v for v in values if keep(v, bound)]
        """,
        "keep = operator",
    )
    for fixed in (
        "operator.ge if not descending else operator.le",
        "operator.gt if not descending else operator.lt",
    ):
        expected = source.replace("operator.gt if not descending else operator.le", fixed)
        ranks = [i for i, c in enumerate(candidates, start=1) if c.new_source == expected]
        assert ranks and ranks[0] <= 6, [c.description for c in candidates[:20]]


def test_it_mirrors_inline_comparisons_and_leaves_mirrored_branches_alone():
    source = (
        "from operator import lt, gt\n"
        "def f(a, b, up):\n"
        "    return a < b if up else a >= b\n"
        "def g(up):\n"
        "    return lt if up else gt\n"
    )
    sf = SourceFile.parse("m.py", source)
    lines = [new.splitlines()[2] for _, new in applied(sf, mirror_rewrites(sf, 3))]
    assert lines == ["    return a <= b if up else a >= b", "    return a < b if up else a > b"]
    assert [new for _, new in applied(sf, mirror_rewrites(sf, 5))] == []
