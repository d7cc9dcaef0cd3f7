"""One edit before two: a chain on a partial patch waits for the single edits at lines as suspicious.

escapism (r221) and syllapy (r218) were "healed" by LOGIC edits near the fault that compensate it. The
ranked list mixes the fixers' priors with the lines' weights, so the early stacked search (ITER's
interleaving) could try a pair before single edits at lines the spectrum ranks above the pair's base.
chains.singles_before_chain picks those singles; Engine._singles_first moves them up the list.
"""

from __future__ import annotations

import healer.engine.repair as repair
from healer.engine.chains import MAX_SINGLES_BEFORE_CHAIN, singles_before_chain
from healer.engine.fixers.base import Candidate
from healer.engine.repair import Engine

from .conftest import PYPROJECT_SRC

SUSPICIOUS = [("m.py", 10, 0.9), ("m.py", 20, 0.5), ("m.py", 30, 0.2), ("other.py", 5, 0.7)]


def _edit(line: int, text: str, *, file: str = "m.py") -> Candidate:
    return Candidate(file=file, new_source=text, description=f"edit {text}", line=line)


def test_it_puts_the_singles_at_lines_at_least_as_suspicious_as_the_base_first_in_rank_order():
    base = _edit(20, "base")
    rest = [_edit(30, "a"), _edit(10, "b"), _edit(20, "c"), _edit(5, "d", file="other.py"), _edit(40, "e")]
    chosen = singles_before_chain(rest, base=base, suspicious=SUSPICIOUS)
    assert [c.new_source for c in chosen] == ["b", "c", "d"]


def test_it_moves_nothing_when_the_base_is_at_the_most_suspicious_line():
    base = _edit(10, "base")
    rest = [_edit(20, "a"), _edit(30, "b"), _edit(40, "c")]
    assert singles_before_chain(rest, base=base, suspicious=SUSPICIOUS) == []


def test_it_never_moves_the_base_itself_and_bounds_an_unranked_base():
    base = _edit(99, "base")  # a line the spectrum does not rank: every single is at least as suspicious
    rest = [base, *[_edit(40 + i, f"x{i}") for i in range(MAX_SINGLES_BEFORE_CHAIN + 5)]]
    chosen = singles_before_chain(rest, base=base, suspicious=SUSPICIOUS)
    assert base not in chosen
    assert len(chosen) == MAX_SINGLES_BEFORE_CHAIN
    assert chosen[0].new_source == "x0"


def test_it_never_lets_the_bound_cut_the_single_edits_of_the_bases_own_line():
    base = _edit(99, "base")  # unranked: every single is at least as suspicious, the bound applies
    others = [_edit(40 + i, f"x{i}") for i in range(MAX_SINGLES_BEFORE_CHAIN + 5)]
    rest = [*others, _edit(99, "same"), _edit(98, "near")]
    chosen = [c.new_source for c in singles_before_chain(rest, base=base, suspicious=SUSPICIOUS)]
    assert "same" in chosen
    assert "near" not in chosen  # another line past the bound still waits
    assert len(chosen) == MAX_SINGLES_BEFORE_CHAIN + 1


class _Ctx:
    suspicious = SUSPICIOUS


def _bare_engine(*, bases: list, resume: dict | None = None) -> Engine:
    engine = Engine.__new__(Engine)
    engine._bases = {("sig",): bases}
    engine._stack_resume = resume or {}
    engine._generated = {}
    engine._waited = set()
    return engine


def test_it_moves_the_singles_a_chain_waits_for_right_after_the_tried_ones_in_the_generated_list_too():
    base = _edit(20, "base")
    tried = _edit(30, "tried")
    low, high, mid = _edit(30, "low"), _edit(10, "high"), _edit(20, "mid")
    full = [_edit(40, "skipped"), tried, low, high, mid]
    candidates = full[1:]  # the first one was tried in an earlier turn (skip=1)
    engine = _bare_engine(bases=[(1, 0, base)])
    engine._generated[("sig",)] = full
    moved = engine._singles_first(("sig",), _Ctx(), candidates, done=1, skip=1)
    assert [c.new_source for c in moved] == ["high", "mid"]
    assert [c.new_source for c in candidates] == ["tried", "high", "mid", "low"]
    # A resumed search skips `skip + done` of the generated list: that prefix must be what was tried.
    assert [c.new_source for c in full] == ["skipped", "tried", "high", "mid", "low"]


def test_it_reads_the_base_the_stacked_search_takes_first():
    weak, strong, resumed = _edit(30, "weak"), _edit(10, "strong"), _edit(20, "resumed")
    engine = _bare_engine(bases=[(1, 0, weak), (3, 1, strong)])
    assert engine._next_base(("sig",)) is strong
    engine = _bare_engine(bases=[(1, 0, weak)], resume={("sig",): (resumed, [])})
    assert engine._next_base(("sig",)) is resumed
    assert _bare_engine(bases=[])._next_base(("sig",)) is None


# A constant made at import (no test's coverage ranks it) and the line that reads it.
OFFSET_CALC = """\
OFFSET = 0


def scale(n):
    return n * 3 + OFFSET
"""
OFFSET_TESTS = """\
from calc import scale


def test_cases():
    for arg, expected in [(1, 2), (2, 4)]:
        assert scale(arg) == expected
"""
OFFSET_EDITS = [
    ("OFFSET = 0", "OFFSET = -1", "use -1 instead of 0"),  # a partial patch: the first case passes
    ("n * 3 + OFFSET", "n * 3 + OFFSET * n", "scale the offset"),  # on it, a compensating pair passes
    ("n * 3 + OFFSET", "n * 2 + OFFSET", "use * 2 instead of * 3"),  # the single edit that fixes it
]


def _offset_heal(project, local_sandbox, monkeypatch) -> list:
    from .test_engine_groups_stacked import _engine

    monkeypatch.setattr(repair, "FIRST_PASS", 1)  # the early stacked search after the first edit
    ws = project(
        {"pyproject.toml": PYPROJECT_SRC, "src/calc.py": OFFSET_CALC, "tests/test_calc.py": OFFSET_TESTS}
    )
    lines: list[str] = []
    engine = _engine(ws, local_sandbox, OFFSET_EDITS, lines)
    return [(o.line, o.description) for o in engine.repair(engine.check())]


def test_it_fixes_with_the_single_edit_at_a_more_suspicious_line_before_a_compensating_pair(
    project, local_sandbox, monkeypatch
):
    assert _offset_heal(project, local_sandbox, monkeypatch) == [(5, "use * 2 instead of * 3")]


def test_without_the_order_the_compensating_pair_is_accepted_first(project, local_sandbox, monkeypatch):
    monkeypatch.setattr(repair, "singles_before_chain", lambda rest, **_: [])
    assert _offset_heal(project, local_sandbox, monkeypatch) == [
        (1, "use -1 instead of 0"),
        (5, "scale the offset"),
    ]


def test_it_moves_nothing_without_a_spectrum():
    rest = [_edit(10, "a"), _edit(20, "b")]
    assert singles_before_chain(rest, base=_edit(30, "base"), suspicious=[]) == []


def test_a_base_waits_for_at_most_the_bound_of_single_edits_not_for_every_later_block(
    project, local_sandbox, monkeypatch
):
    # The bound is the base's, not each block's: with room for one single edit, the base on the
    # unranked constant (every line is at least as suspicious) waits for "scale the offset" only.
    # Moved again after each block, it waited for the whole list and was never built on early.
    import functools

    monkeypatch.setattr(repair, "singles_before_chain", functools.partial(singles_before_chain, limit=1))
    assert _offset_heal(project, local_sandbox, monkeypatch) == [
        (1, "use -1 instead of 0"),
        (5, "scale the offset"),
    ]
