"""The LOGIC fixer's truth-testing family (fixers/logic_truth.py), on small programs of its own."""

from __future__ import annotations

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic_templates import applied
from healer.engine.fixers.logic_truth import truth_rewrites
from tests.engine.test_logic_templates import _candidates


def _new_sources(source: str, line: int) -> list[str]:
    sf = SourceFile.parse("m.py", source)
    return [new for _rewrite, new in applied(sf, truth_rewrites(sf, line))]


def test_it_tests_truth_where_a_none_test_keeps_empty_values(project):
    # An empty name is not None: `if name is not None` returns "" where the first real name was wanted.
    source, candidates = _candidates(
        project,
        """
        def first_name(names):
            for name in names:
                if name is not None:
                    return name
            return "anonymous"
        """,
        "if name is not None",
    )
    expected = source.replace("if name is not None:", "if name:")
    ranks = [i for i, c in enumerate(candidates, start=1) if c.new_source == expected]
    assert ranks and ranks[0] <= 4, [c.description for c in candidates[:20]]


def test_it_spells_each_test_the_other_python_way():
    source = (
        "def f(a, b, c, d):\n"
        "    if a.size and not b:\n"
        "        return [x for x in c if x[0] is None]\n"
        "    return d if d is not None else 0\n"
    )
    assert sorted(_new_sources(source, 2)) == sorted(
        [
            source.replace("if a.size and", "if a.size is not None and"),
            source.replace("and not b:", "and b is None:"),
        ]
    )
    assert _new_sources(source, 3) == [source.replace("if x[0] is None]", "if not x[0]]")]
    assert _new_sources(source, 4) == [source.replace("if d is not None else", "if d else")]


def test_it_leaves_values_that_are_not_tests_alone():
    # A value returned or passed, a None test of a call (its truth is another call's), an `is` of two names.
    source = "def f(a, b, g):\n    print(a is None, g() is None, a is b)\n    return a\n"
    assert _new_sources(source, 2) == []
    assert _new_sources(source, 3) == []
