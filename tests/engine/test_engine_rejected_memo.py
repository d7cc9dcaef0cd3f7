"""A candidate rejected outright is not run again for the same failure while the code is unchanged.

A search the round's budget cut short goes on at its next turn; its fallback list, two-edit
candidates and second edits start again from their tops (round 40's pronouncing case: 61 of 240
candidate runs were repeats of a rejection with the code as it was).
"""

from __future__ import annotations

import time

from healer.engine.fixers.base import Candidate
from healer.engine.types import BugType

from .conftest import PYPROJECT_SRC
from .test_engine_groups_stacked import _engine

CALC = """\
def double(n):
    return n + n + 1
"""
TESTS = """\
import pytest

from calc import double


@pytest.mark.parametrize("n, expected", [(1, 2), (2, 4)])
def test_double(n, expected):
    assert double(n) == expected
"""
PROJECT = {"pyproject.toml": PYPROJECT_SRC, "src/calc.py": CALC, "tests/test_calc.py": TESTS}
# Leaves every targeted test failing exactly as before (no partial progress).
WRONG = Candidate(
    "src/calc.py", CALC + "\n\ndef unused():\n    return 0\n", "unused", 5, bug_type=BugType.LOGIC
)
# Makes the tests fail with other values: a partial patch's verdict, judged again each time.
PARTIAL = Candidate("src/calc.py", CALC.replace("+ 1", "+ 2"), "add 2", 2, bug_type=BugType.LOGIC)


def _search(engine, candidates):
    state = engine._state
    failure = state.blocking()[0]
    deadline = time.monotonic() + 120
    engine._round_deadline = deadline
    return engine._try_candidates(engine._trier(failure, state, deadline), candidates, deadline)


def test_it_skips_a_candidate_rejected_before_with_the_code_unchanged(project, local_sandbox):
    ws = project(PROJECT)
    lines: list[str] = []
    engine = _engine(ws, local_sandbox, [], lines)
    engine.check()
    assert _search(engine, [WRONG, PARTIAL]) == (None, 2)
    assert _search(engine, [WRONG, PARTIAL]) == (None, 2)
    wrong = [line for line in lines if "'unused'" in line]
    assert [line.split(" '")[0].strip() for line in wrong] == ["rejected", "skipped"]
    partial = [line for line in lines if "'add 2'" in line]
    assert [line.split(" '")[0].strip() for line in partial] == ["rejected", "rejected"]


def test_it_tries_it_again_once_the_code_changed(project, local_sandbox):
    ws = project(PROJECT)
    lines: list[str] = []
    engine = _engine(ws, local_sandbox, [], lines)
    engine.check()
    _search(engine, [WRONG])
    ws.write_text("src/calc.py", CALC + "\n")  # another fix written meanwhile: the verdict may differ
    _search(engine, [WRONG])
    wrong = [line for line in lines if "'unused'" in line]
    assert [line.split(" '")[0].strip() for line in wrong] == ["rejected", "rejected"]
