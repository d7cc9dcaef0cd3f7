"""The LOGIC fixer's widening families (fixers/logic_widened.py), each on a small program of its own."""

from __future__ import annotations

import pytest

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic_templates import applied
from healer.engine.fixers.logic_widened import widened_rewrites
from tests.engine.test_logic_templates import _candidates

WIDENED = [
    # (id, buggy source, needle of the suspicious line, old text, fixed text, max rank)
    (
        "step-rounding-up",
        """
        def next_multiple(value, start, size):
            if value < start:
                value += size * ((start - value) // size)
            return value
        """,
        "value +=",
        "((start - value) // size)",
        "((start - value) // size + 1)",
        6,
    ),
    (
        "step-pages",
        """
        def pages(count, per_page):
            return count // per_page
        """,
        "return count",
        "count // per_page",
        "count // per_page + 1",
        12,
    ),
    (
        "bool-else-branch",
        """
        def keep(value, exclude_none):
            return value is not None if exclude_none else value
        """,
        "return value",
        "else value",
        "else True",
        10,
    ),
    (
        "aggregate-widest",
        """
        def frame(rows):
            width = len(rows[0]) - 4
            return "+" + "-" * width + "+"
        """,
        "width =",
        "len(rows[0])",
        "max(len(item) for item in rows)",
        10,
    ),
]


@pytest.mark.parametrize(
    ("source", "needle", "old", "new", "max_rank"),
    [pytest.param(*case[1:], id=case[0]) for case in WIDENED],
)
def test_it_proposes_each_widened_edit_early_enough(project, source, needle, old, new, max_rank):
    source, candidates = _candidates(project, source, needle)
    assert source.count(old) == 1
    expected = source.replace(old, new)
    ranks = [i for i, c in enumerate(candidates, start=1) if c.new_source == expected]
    assert ranks, [c.description for c in candidates[:60]]
    assert ranks[0] <= max_rank, [(c.description, c.priority) for c in candidates[: ranks[0]]]


def _new_sources(source: str, line: int) -> list[str]:
    sf = SourceFile.parse("m.py", source)
    return [new for _rewrite, new in applied(sf, widened_rewrites(sf, line))]


def test_it_keeps_a_stepped_quotient_one_operand():
    # `2 * a // k` parses as `(2 * a) // k`; under a subscript or a unary minus the step needs parentheses.
    found = _new_sources("def f(xs, a, k):\n    return -(a // k), xs[a // k]\n", 2)
    assert "def f(xs, a, k):\n    return -(a // k + 1), xs[a // k]\n" in found
    found = _new_sources("def f(a, k):\n    return 3 * a // k\n", 2)
    assert "def f(a, k):\n    return 3 * a // k + 1\n" in found


def test_it_leaves_a_stepped_quotient_and_plain_branches_alone():
    # A quotient that has its step already (only its dividend's ceiling step, below); a conditional whose
    # branches are both values, or both truths; an element read by a computed index (its own index edits
    # cover it) and one already under max().
    source = (
        "def f(a, k, xs, i):\n"
        "    n = a // k + 1\n"
        "    m = a if k else i\n"
        "    t = a > k if i else not xs\n"
        "    w = len(xs[i])\n"
        "    return max(len(xs[0]), 2)\n"
    )
    assert [_new_sources(source, line) for line in range(3, 7)] == [[], [], [], []]
    assert _new_sources(source, 2) == [source.replace("a // k + 1", "(a - 1) // k + 1")]


def test_it_takes_the_ceiling_of_a_stepped_quotient_by_its_dividend(project):
    # `n // size + 1` counts one batch too many when size divides n: `(n - 1) // size + 1` is the ceiling.
    source, candidates = _candidates(
        project,
        """
        def batch_count(jobs, size):
            if not jobs:
                return 0
            return (len(jobs) // size) + 1
        """,
        "return (len(jobs)",
    )
    expected = source.replace("(len(jobs) // size) + 1", "((len(jobs) - 1) // size) + 1")
    ranks = [i for i, c in enumerate(candidates, start=1) if c.new_source == expected]
    assert ranks and ranks[0] <= 12, [c.description for c in candidates[:20]]
    # A dividend that already steps back, or a step other than + 1, is left to the literal edits.
    assert _new_sources("def f(a, k):\n    return (a - 1) // k + 1\n", 2) == []
    assert _new_sources("def f(a, k):\n    return a // k + 2\n", 2) == []


def test_it_names_the_generator_variable_apart_from_the_file():
    found = _new_sources("def f(item, rows):\n    return len(rows[0]) + item\n", 2)
    assert "def f(item, rows):\n    return max(len(item_2) for item_2 in rows) + item\n" in found


def test_it_ranks_the_aggregate_the_file_assigns_the_same_name_from_first(project):
    # `width = max(...)` in another function: `width = len(rows[0])` deviates from how the file
    # computes a width, so its max goes ahead of the line's literal and index edits.
    _source, candidates = _candidates(
        project,
        """
        def bubble(lines):
            width = max([len(line) for line in lines])
            return ["| " + line.ljust(width) + " |" for line in lines]


        def frame(rows):
            width = len(rows[0]) - 4
            return "+" + "-" * width + "+"
        """,
        "width = len",
    )
    described = [c.description for c in candidates]
    assert "use max(len(item) for item in rows) instead of len(rows[0])" in described[:2], described[:6]
