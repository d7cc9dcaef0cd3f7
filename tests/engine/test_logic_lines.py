"""Continuation lines of a multi-line statement (fixers/logic_lines.py) as LOGIC target lines."""

from __future__ import annotations

import textwrap

from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic import LogicFixer
from healer.engine.fixers.logic_lines import continuation_lines
from healer.engine.types import CheckReport
from tests.engine.test_logic_templates import SRC, _failure

# A report that prints a lone row bare only when there is exactly one: `== 1` was dropped from the
# test written on the statement's third line; coverage records the whole statement at its first line.
REPORT = textwrap.dedent(
    """
    def render(groups, fmt):
        out = []
        for g in groups:
            out.append(
                fmt(g[1][0])
                if len(groups) == len(g[1]) else [fmt(row) for row in g[1]]
            )
        return out
    """
).lstrip("\n")


def _line(needle: str) -> int:
    return next(i for i, text in enumerate(REPORT.splitlines(), start=1) if needle in text)


def test_it_lists_the_lines_a_statement_continues_on():
    sf = SourceFile.parse(SRC, REPORT)
    assert continuation_lines(sf, _line("out.append(")) == [_line("fmt(g[1][0])"), _line("if len(groups)")]
    assert continuation_lines(sf, _line("out = []")) == []  # one line
    assert continuation_lines(sf, _line("if len(groups)")) == []  # not a statement's first line


def test_it_tries_the_continuation_of_a_targeted_first_line(project):
    ws = project({SRC: REPORT, "tests/test_algo.py": "def test_it():\n    assert True\n"})
    # What line coverage reports: the statement's first line, never its third.
    lines = [_line("out.append("), _line("for g in"), _line("out = []"), _line("return out")]
    ctx = RepairContext(
        workspace=ws,
        report=CheckReport(),
        suspicious=[(SRC, line, 1.0) for line in lines],
        test_files=frozenset({"tests/test_algo.py"}),
    )
    candidates = LogicFixer().candidates(_failure(lines[0]), ctx)
    expected = REPORT.replace("len(groups) == len(g[1]) else", "len(groups) == len(g[1]) == 1 else")
    ranks = [i for i, c in enumerate(candidates, start=1) if c.new_source == expected]
    assert ranks and ranks[0] <= 40, [ranks[:1], *(c.description for c in candidates[:20])]


def test_it_lists_each_line_of_string_pieces_concatenated_over_lines():
    source = (
        "def f(a):\n"
        "    return (\n"
        "        'x'\n"
        "        'y'\n"
        "        'z')\n"
        "def g():\n"
        '    """One\n'
        '    two."""\n'
    )
    sf = SourceFile.parse(SRC, source)
    assert continuation_lines(sf, 2) == [3, 4, 5]
    assert continuation_lines(sf, 3) == [4, 5]  # coverage may record the constant's first line
    assert continuation_lines(sf, 7) == []  # a triple-quoted text is prose, not clauses
