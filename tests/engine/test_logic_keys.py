"""The stores under a string key that the best-ranked lines read are LOGIC targets (fixers/logic_keys.py)."""

from __future__ import annotations

import ast
import textwrap

from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.logic import LogicFixer, target_lines
from healer.engine.fixers.logic_keys import key_targets, read_keys, store_lines
from healer.engine.types import BugType, CheckReport, Failure

SRC = "pkg/catalog.py"
# An import-time index whose update branch replaces the tags instead of adding to them; the failing
# test reads them through `tags()`, which every test runs (the builder runs before any test).
CATALOG = textwrap.dedent(
    """
    def build(rows):
        index = {}
        for sku, tag in rows:
            if sku not in index:
                index[sku] = {"tags": {tag}, "sku": sku}
            else:
                index[sku]["tags"] = {tag}
        return index


    INDEX = build([("a1", "red"), ("a1", "big"), ("b2", "blue")])


    def tags(sku):
        return frozenset(INDEX[sku]["tags"])
    """
).lstrip("\n")


def _failure() -> Failure:
    return Failure(
        bug_type=BugType.LOGIC,
        file="tests/test_catalog.py",
        line=4,
        message="AssertionError: assert False",
        source="pytest",
        code="AssertionError",
        extra={"exception": {"type": "AssertionError", "message": "assert False"}},
    )


def _ctx(project) -> RepairContext:
    ws = project({SRC: CATALOG, "tests/test_catalog.py": "def test_it():\n    assert True\n"})
    return RepairContext(
        workspace=ws,
        report=CheckReport(),
        suspicious=[(SRC, 15, 1.0), (SRC, 14, 0.9)],
        test_files=frozenset({"tests/test_catalog.py"}),
        source_files=(SRC,),
    )


def test_it_reads_and_finds_the_stores_of_a_key():
    tree = ast.parse(CATALOG)
    assert read_keys(tree, 15) == {"tags"}
    assert store_lines(tree, "tags") == {5, 7}
    updated = ast.parse("def f(t, v):\n    t['k'].add(v)\n    t['k'] = v\n    return t['k']\n")
    assert store_lines(updated, "k") == {2, 3}


def test_it_targets_the_stores_under_the_read_key(project):
    ctx = _ctx(project)
    assert key_targets(_failure(), ctx) == {(SRC, 5), (SRC, 7)}
    lines = [(f, ln) for f, ln, _ in target_lines(_failure(), ctx, max_lines=40)]
    assert (SRC, 7) in lines


def test_it_reaches_the_in_place_update_of_the_builder(project):
    candidates = LogicFixer().candidates(_failure(), _ctx(project))
    expected = CATALOG.replace('index[sku]["tags"] = {tag}', 'index[sku]["tags"].add(tag)')
    ranks = [i for i, c in enumerate(candidates, start=1) if c.new_source == expected]
    assert ranks and ranks[0] <= 15, [c.description for c in candidates[:20]]


def test_it_ignores_a_key_stored_in_many_places(project):
    many = "".join(f"R{i} = {{'name': {i}}}\n" for i in range(5)) + "def f(r):\n    return r['name']\n"
    ws = project({SRC: many, "tests/test_catalog.py": "def test_it():\n    assert True\n"})
    ctx = RepairContext(workspace=ws, report=CheckReport(), suspicious=[(SRC, 7, 1.0)], source_files=(SRC,))
    assert key_targets(_failure(), ctx) == set()
