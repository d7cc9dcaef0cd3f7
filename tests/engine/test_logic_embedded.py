"""The LOGIC fixer's slice bounds in code written as strings (fixers/logic_embedded.py), on programs of its own."""

from __future__ import annotations

import textwrap

from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic import LogicFixer
from healer.engine.fixers.logic_embedded import embedded_rewrites
from healer.engine.fixers.logic_templates import applied
from healer.engine.types import CheckReport
from tests.engine.test_logic_templates import SRC, _failure

# A tiny rule compiler: "previous" must look at the rows BEFORE the current one, and the generated code
# slices from the row's own position (itself included), so a row is always its own predecessor.
COMPILER = textwrap.dedent(
    """
    def compile_rule(name):
        if name == 'first':
            return 'row.pos == 0'
        if name == 'unique-before':
            return (
                'all(r.key != row.key'
                '    for r in row.table[:row.pos + 1])')
        return 'True'
    """
).lstrip("\n")


def _line(needle: str) -> int:
    return next(i for i, text in enumerate(COMPILER.splitlines(), start=1) if needle in text)


def _new_sources(source: str, line: int) -> list[str]:
    sf = SourceFile.parse("m.py", source)
    return [new for _rewrite, new in applied(sf, embedded_rewrites(sf, line))]


def test_it_edits_the_slice_bounds_of_generated_code_on_its_line():
    line = _line("row.table[")
    assert _new_sources(COMPILER, line) == [COMPILER.replace("[:row.pos + 1]", "[:row.pos]")]
    source = "def f(k):\n    return 'xs[i:] + ys[:n]' if k else 'xs[0]'\n"
    assert sorted(_new_sources(source, 2)) == sorted(
        [
            source.replace("xs[i:]", "xs[i + 1:]"),
            source.replace("xs[i:]", "xs[i - 1:]"),
            source.replace("ys[:n]", "ys[:n + 1]"),
            source.replace("ys[:n]", "ys[:n - 1]"),
        ]
    )


def test_it_leaves_prose_and_plain_code_alone():
    assert _new_sources("def f(x):\n    return 'see [the note: below]', x[1:]\n", 2) == []
    assert _new_sources(COMPILER, _line("all(r.key")) == []  # the edit belongs to the line it is on
    assert _new_sources('def f(xs, i):\n    "Return xs[i:]."\n    return xs\n', 2) == []  # a docstring


def test_it_reaches_the_generated_clause_from_the_line_coverage_records(project):
    ws = project({SRC: COMPILER, "tests/test_algo.py": "def test_it():\n    assert True\n"})
    # Coverage records the return statement (or its constant's first line), never the constant's second.
    lines = [_line("return ("), _line("if name == 'unique"), _line("if name == 'first'")]
    ctx = RepairContext(
        workspace=ws,
        report=CheckReport(),
        suspicious=[(SRC, line, 1.0) for line in lines],
        test_files=frozenset({"tests/test_algo.py"}),
    )
    candidates = LogicFixer().candidates(_failure(lines[0]), ctx)
    expected = COMPILER.replace("[:row.pos + 1]", "[:row.pos]")
    ranks = [i for i, c in enumerate(candidates, start=1) if c.new_source == expected]
    assert ranks and ranks[0] <= 20, [ranks[:1], *(c.description for c in candidates[:20])]
