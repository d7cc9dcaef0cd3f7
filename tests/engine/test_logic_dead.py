"""Dead-store targets (fixers/logic_dead.py): a never-read local names the reads of its sources."""

from __future__ import annotations

import ast
import textwrap

from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.logic import LogicFixer
from healer.engine.fixers.logic_dead import dead_store_reads
from healer.engine.types import CheckReport
from tests.engine.test_logic_templates import SRC, _failure

# `keep` is computed and never read: the merge test reads `overwrite` where `keep` was meant.
SHELF = textwrap.dedent(
    """
    def shelve(shelves, label, items, overwrite):
        keep = not overwrite
        if overwrite or label not in shelves:
            shelves[label] = {}
        for name, count in items.items():
            total = shelves[label].get(name, 0)
            shelves[label][name] = total + count
        return shelves[label]


    def tally(shelves):
        counts = 0
        for items in shelves.values():
            for count in items.values():
                counts += count
        return counts
    """
).lstrip("\n")


def _line(needle: str) -> int:
    return next(i for i, text in enumerate(SHELF.splitlines(), start=1) if needle in text)


def test_it_names_the_reads_of_a_dead_stores_source():
    func = ast.parse(SHELF).body[0]
    assert dead_store_reads(func) == {_line("if overwrite")}
    # Every local read somewhere (tally): no dead store, no target.
    assert dead_store_reads(ast.parse(SHELF).body[1]) == set()


def test_it_ignores_a_source_read_all_over_and_a_read_before_the_store():
    source = "def f(x):\n    y = x * 2\n    a = x + 1\n    b = x\n    c = x - 1\n    d = x // 2\n    return a + b + c + d\n"
    assert dead_store_reads(ast.parse(source).body[0]) == set()  # four reads of `x` after `y`
    source = "def f(x):\n    if x:\n        return 1\n    y = not x\n    return 0\n"
    assert dead_store_reads(ast.parse(source).body[0]) == set()


def test_it_counts_a_closures_read_and_a_global_store_as_read():
    closure = "def f(x):\n    y = not x\n    def g():\n        return y\n    if x:\n        return g\n    return None\n"
    assert dead_store_reads(ast.parse(closure).body[0]) == set()
    shared = "def f(x):\n    global y\n    y = not x\n    if x:\n        return 1\n    return 0\n"
    assert dead_store_reads(ast.parse(shared).body[0]) == set()


def test_it_tries_the_read_the_spectrum_ranks_low(project):
    # Every test runs the `if` at the method's top: the spectrum ranks the loop's lines above it.
    ws = project({SRC: SHELF, "tests/test_algo.py": "def test_it():\n    assert True\n"})
    top = [
        _line("total = shelves"),
        _line("shelves[label][name] ="),
        _line("for name"),
        _line("return shelves"),
    ]
    top += [_line("counts += count"), _line("for count in"), _line("for items in"), _line("return counts")]
    suspicious = [(SRC, line, 1.0) for line in top] + [(SRC, _line("if overwrite"), 0.05)]
    ctx = RepairContext(
        workspace=ws,
        report=CheckReport(),
        suspicious=suspicious,
        test_files=frozenset({"tests/test_algo.py"}),
    )
    candidates = LogicFixer().candidates(_failure(top[0]), ctx)
    expected = SHELF.replace("if overwrite or", "if keep or")
    ranks = [i for i, c in enumerate(candidates, start=1) if c.new_source == expected]
    assert ranks and ranks[0] <= 10, [ranks[:1], *(c.description for c in candidates[:20])]
