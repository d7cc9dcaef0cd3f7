"""The LOGIC fixer's run and walrus families (fixers/logic_runs.py, fixers/logic_walrus.py)."""

from __future__ import annotations

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic_runs import run_rewrites
from healer.engine.fixers.logic_templates import applied
from healer.engine.fixers.logic_walrus import walrus_rewrites
from tests.engine.test_logic_templates import _candidates

BOUNDS = (
    "def bounds(boxes):\n"
    "    minx = min(b[0] for b in boxes)\n"
    "    miny = min(b[1] for b in boxes)\n"
    "    maxx = max(b[2] for b in boxes)\n"
    "    maxy = max(b[1] for b in boxes)\n"
    "    return (minx, miny, maxx, maxy)\n"
)


def _runs(source: str, line: int) -> list[str]:
    sf = SourceFile.parse("m.py", source)
    return [new for _rewrite, new in applied(sf, run_rewrites(sf, line))]


def _walrus(source: str, line: int) -> list[str]:
    sf = SourceFile.parse("m.py", source)
    return [new for _rewrite, new in applied(sf, walrus_rewrites(sf, line))]


def test_a_copy_that_reads_a_position_twice_gets_the_position_the_run_never_reads():
    fixed = BOUNDS.replace("maxy = max(b[1]", "maxy = max(b[3]")
    assert _runs(BOUNDS, 5) == [fixed]
    # The other reader of the repeated position is a candidate too (the tests decide which copy it is).
    assert _runs(BOUNDS, 3) == [BOUNDS.replace("miny = min(b[1]", "miny = min(b[3]")]
    # Statements that read a position once are left alone.
    assert _runs(BOUNDS, 2) == [] and _runs(BOUNDS, 4) == []


def test_a_gap_inside_the_run_is_filled():
    source = "def unpack(parts, o):\n    o.host = parts[0]\n    o.port = parts[0]\n    o.path = parts[2]\n"
    assert source.replace("o.port = parts[0]", "o.port = parts[1]") in _runs(source, 3)


def test_no_edit_without_a_run_or_with_a_run_that_has_no_single_gap():
    # Two statements are a pair, not a run.
    pair = "def f(p):\n    a = p[0]\n    b = p[0]\n    return a, b\n"
    assert _runs(pair, 3) == []
    # Another value's index breaks the run; two repeats have no single missing position.
    mixed = "def f(p, q):\n    a = p[0]\n    b = q[1]\n    c = p[0]\n    return a, b, c\n"
    assert _runs(mixed, 4) == []
    twice = "def f(p):\n    a = p[0]\n    b = p[0]\n    c = p[1]\n    d = p[1]\n    return a, b, c, d\n"
    assert _runs(twice, 3) == []


def test_the_fixer_ranks_the_missing_position_among_its_first_candidates(project):
    source, candidates = _candidates(project, BOUNDS, "maxy = max(b[1]")
    expected = source.replace("maxy = max(b[1]", "maxy = max(b[3]")
    ranks = [i for i, c in enumerate(candidates, start=1) if c.new_source == expected]
    assert ranks and ranks[0] <= 5, [c.description for c in candidates[:10]]


WALRUS = (
    "import os\n"
    "\n"
    "def setting(name, kind):\n"
    "    if value := os.getenv(name) is not None:\n"
    "        return kind(value)\n"
    "    return None\n"
)


def test_an_assignment_expression_binds_the_compared_value_not_the_comparison():
    fixed = WALRUS.replace("value := os.getenv(name) is not None", "(value := os.getenv(name)) is not None")
    assert _walrus(WALRUS, 4) == [fixed]


def test_a_bound_comparison_that_is_only_tested_is_left_alone():
    # The name is never read afterwards: binding the truth value may be what was meant.
    source = "def f(a, b):\n    if same := a == b:\n        return 1\n    return 0\n"
    assert _walrus(source, 2) == []
    # A bound value (no comparison) is never regrouped.
    source = "def f(a):\n    if (n := len(a)) > 2:\n        return n\n"
    assert _walrus(source, 2) == []


def test_the_fixer_ranks_the_regrouped_assignment_among_its_first_candidates(project):
    source, candidates = _candidates(project, WALRUS, "value := os.getenv")
    expected = source.replace(
        "value := os.getenv(name) is not None", "(value := os.getenv(name)) is not None"
    )
    ranks = [i for i, c in enumerate(candidates, start=1) if c.new_source == expected]
    assert ranks and ranks[0] <= 5, [c.description for c in candidates[:10]]


def test_a_packed_field_read_twice_on_purpose_is_not_a_run():
    # Statements of different shapes (a lookup, a call) reading one field's bits are not copies.
    source = (
        "def setstate(self, state):\n"
        "    self.raw = state[0]\n"
        "    self.mode = {0: 'M', 1: 'N'}[state[1] & 3]\n"
        "    self.inline = bool(state[1] & 4)\n"
    )
    assert _runs(source, 3) == [] and _runs(source, 4) == []


def test_a_run_with_a_statement_too_deep_to_copy_is_left_alone_not_a_crash():
    # ast.parse takes a 400-term sum; copy.deepcopy and ast.dump of it overflow the recursion limit.
    deep = "    x = b[0]" + " + 1" * 400 + "\n"
    source = "def f(b):\n    y0 = b[0]\n    y1 = b[0]\n" + deep + "    return y0\n"
    assert _runs(source, 2) == []


def test_a_huge_block_of_reads_is_not_walked_whole_for_one_line(monkeypatch):
    import healer.engine.fixers.logic_runs as runs

    calls = []
    original = runs._index_read

    def counted(sp, stmt):
        calls.append(stmt)
        return original(sp, stmt)

    monkeypatch.setattr(runs, "_index_read", counted)
    source = "def f(b):\n" + "".join(f"    y{i} = b[0]\n" for i in range(3000)) + "    return 0\n"
    assert _runs(source, 1500) == []
    assert len(calls) < 4 * (runs.MAX_RUN + 2)


def test_a_parenthesised_left_operand_keeps_its_parenthesis_inside_the_new_group():
    source = "def f(xs):\n    if n := (len(xs) - 1) > 0:\n        return n\n    return 0\n"
    assert _walrus(source, 2) == [source.replace("n := (len(xs) - 1) > 0", "(n := (len(xs) - 1)) > 0")]
    doubled = source.replace("(len(xs) - 1)", "((len(xs) - 1))")
    assert _walrus(doubled, 2) == [doubled.replace("n := ((len(xs) - 1)) > 0", "(n := ((len(xs) - 1))) > 0")]


def test_a_parenthesised_comparison_is_bound_on_purpose():
    source = "def f(a, b):\n    if ok := (a > b):\n        return ok\n    return 0\n"
    sf = SourceFile.parse("m.py", source)
    assert walrus_rewrites(sf, 2) == []
