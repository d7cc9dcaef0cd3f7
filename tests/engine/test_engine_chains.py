"""Three bugs on the path of the same tests: a pair that improves strictly on its base is built on.

Engine._stacked accepts a partial patch plus one second edit only when every targeted test passes.
With three interacting bugs no pair does; the right pair makes more targeted tests pass than its
base alone and none worse, and becomes a base itself (healer.engine.chains), so that a third edit
is tried on it. Only the three edits together are a fix; each is then reported on its own.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

import healer.engine.chains as chains
import healer.engine.trial as trial
from healer.engine.chains import Chain, chain_steps, extend, improves_on
from healer.engine.fixers.base import Candidate
from healer.engine.types import BugType, FixStatus
from healer.engine.validation import Verdict

from .conftest import PYPROJECT_SRC
from .test_engine_groups_stacked import _engine

# norm's bug feeds every case; scale's and shift's are met only once norm is right.
CALC = """\
def norm(n):
    return n + 1


def scale(n):
    return norm(n) * 3


def shift(n):
    return norm(n) - 1


OPS = {"norm": norm, "scale": scale, "shift": shift}
"""
CALC_TESTS = """\
import pytest

from calc import OPS


@pytest.mark.parametrize(
    "name, arg, expected", [("norm", 2, 2), ("norm", 5, 5), ("scale", 2, 4), ("shift", 2, 3)]
)
def test_op(name, arg, expected):
    assert OPS[name](arg) == expected
"""
PROJECT = {"pyproject.toml": PYPROJECT_SRC, "src/calc.py": CALC, "tests/test_calc.py": CALC_TESTS}
EDITS = [
    ("return n + 1", "return n", "return n, not n + 1"),  # norm: the two norm cases pass
    ("norm(n) * 3", "norm(n) * 2", "use * 2 instead of * 3"),  # scale: with norm's, its case passes
    ("norm(n) - 1", "norm(n) + 1", "use + instead of -"),  # shift: with both, every case passes
]


@pytest.fixture(autouse=True)
def every_targeted_test_runs(monkeypatch):
    # With four targeted tests the trier first runs the fastest one alone (trial.PROBE_TARGETS);
    # these tests take ~0 s each, so which one is "fastest" is timing noise, and a probe that picks
    # shift's case rejects the right pair before it is judged on all of them. The chains are what
    # is tested here, not the probe: every candidate runs every targeted test.
    monkeypatch.setattr(trial, "PROBE_TARGETS", 1 << 10)


def test_it_fixes_three_bugs_of_the_same_tests_with_a_third_edit_on_a_chain(project, local_sandbox):
    ws = project(PROJECT)
    lines: list[str] = []
    engine = _engine(ws, local_sandbox, EDITS, lines)
    steps = []
    for outcome in engine.repair(engine.check()):
        steps.append((outcome, ws.read_text("src/calc.py")))  # each edit written on its own
    assert sorted((o.line, o.status, o.description) for o, _ in steps) == [
        (2, FixStatus.FIXED, "return n, not n + 1"),
        (6, FixStatus.FIXED, "use * 2 instead of * 3"),
        (10, FixStatus.FIXED, "use + instead of -"),
    ]
    # The history holds one edit per step: the first step's text has only its own edit.
    assert sum(new in steps[0][1] for _, new, _ in EDITS) == 1
    assert all(new in steps[-1][1] for _, new, _ in EDITS)
    assert engine.check().ok
    assert any("a partial fix of 2 edits to build on: 3 targeted test(s) pass" in line for line in lines)
    assert any("3 edits validated together" in line for line in lines)


def test_without_chains_three_bugs_of_the_same_tests_stay_unfixed(project, local_sandbox, monkeypatch):
    # A chain may hold no edit besides the one that finishes it: the search is ITER's pairs alone.
    monkeypatch.setattr(chains, "MAX_CHAIN_EDITS", 2)
    ws = project(PROJECT)
    lines: list[str] = []
    engine = _engine(ws, local_sandbox, EDITS, lines)
    assert list(engine.repair(engine.check())) == []
    assert ws.read_text("src/calc.py") == CALC  # no partial patch is ever left written


def test_a_chain_alone_is_never_a_fix(project, local_sandbox):
    ws = project(PROJECT)
    lines: list[str] = []
    engine = _engine(ws, local_sandbox, EDITS[:2], lines)
    assert list(engine.repair(engine.check())) == []
    assert ws.read_text("src/calc.py") == CALC
    assert any("a partial fix of 2 edits to build on" in line for line in lines)
    assert engine.unresolved(engine.check())[0].status is FixStatus.FAILED


def _candidate(text: str, line: int, description: str, file: str = "m.py") -> Candidate:
    return Candidate(file, text, description, line, bug_type=BugType.LOGIC)


def test_it_extends_a_base_into_a_chain_only_in_its_own_file_and_within_the_edit_limit():
    base = _candidate("a = 9\nb = 2\n", 1, "A")
    pair = _candidate("a = 9\nb = 8\n", 2, "B")
    deeper, chain = extend(base, pair, None)
    assert chain.parts == (base, pair) and deeper.new_source == pair.new_source
    assert deeper.description == "A (line 1) and B (line 2)"
    assert extend(base, replace(pair, file="n.py"), None) is None
    assert extend(base, replace(pair, new_source=base.new_source), None) is None
    # A chain of two edits leaves no room: its pair would need a fourth edit to finish.
    assert extend(deeper, _candidate("a = 9\nb = 8\nc = 7\n", 3, "C"), chain) is None


def test_it_gives_each_edit_of_a_chain_its_own_texts():
    base = _candidate("a = 9\nb = 2\n", 1, "A")
    pair = _candidate("a = 9\nb = 8\n", 2, "B")
    steps = chain_steps(Chain((base, pair)), original="a = 1\nb = 2\n")
    assert [(part.description, old, new) for part, old, new in steps] == [
        ("A", "a = 1\nb = 2\n", "a = 9\nb = 2\n"),
        ("B", "a = 9\nb = 2\n", "a = 9\nb = 8\n"),
    ]


@pytest.mark.parametrize(
    ("verdict", "inexact", "expected"),
    [
        (Verdict(False, "x", progress=4, passing=3), False, True),  # more pass, none worse
        (Verdict(False, "x", progress=4, passing=2), False, False),  # no more than the base
        (Verdict(False, "x", progress=0, passing=3), False, False),  # a targeted test got worse
        (Verdict(False, "x", progress=4, passing=3, lost=1), False, False),  # a passing test broke
        (Verdict(False, "x", tier=3, score=3), True, True),  # cleared its target, others as before
        (Verdict(False, "x", tier=3, score=3), False, False),  # not a partial patch's verdict
    ],
)
def test_it_keeps_only_a_strict_improvement_on_the_base(verdict, inexact, expected):
    assert improves_on(verdict, base_passing=2, inexact=inexact) is expected
