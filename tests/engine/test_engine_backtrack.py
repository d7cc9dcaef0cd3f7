"""Backtracking: the repair loop goes back on a "fails further on" fix that nothing built on.

Synthetic projects healed in the local sandbox stand-in with fixed candidate lists (no real
fixer): the first candidate only moves the TypeError to a wrong value (tier 2), the right one
ranks behind more than the loop's look-ahead, and the wrong value's own failure gets no candidate.
"""

from __future__ import annotations

from healer.engine.fixers.base import Candidate
from healer.engine.minimise import Withdrawal
from healer.engine.repair import MASKED_LOOKAHEAD, Engine, EngineConfig
from healer.engine.types import BugType, FixOutcome

from .conftest import PYPROJECT_SRC

STATS = """\
def mean(values):
    return sum(values) / len


def spread(values):
    return max(values) - min(values)
"""
STATS_TESTS = """\
from stats import mean, spread


def test_mean():
    result = mean([2, 4, 6])
    assert result == 4


def test_spread():
    assert spread([2, 4, 6]) == 4
"""
PROJECT = {"pyproject.toml": PYPROJECT_SRC, "src/stats.py": STATS, "tests/test_stats.py": STATS_TESTS}
BROKEN = "return sum(values) / len\n"
# Divides by one element too few: the TypeError is gone and test_mean fails on its assert instead.
PARTIAL = ("return sum(values) / len(values[1:])\n", "count all but the first")
RIGHT = ("return sum(values) / len(values)\n", "call len on values")
# Edits that leave the TypeError where it was (each a distinct text): they fill the look-ahead.
FILLERS = [(f"return sum(values) / len  # {n}\n", f"filler {n}") for n in range(MASKED_LOOKAHEAD + 1)]


class Offers:
    """Fixed replacements of one line of src/stats.py for every TYPE_ERROR failure."""

    fallback = False
    bug_types = frozenset({BugType.TYPE_ERROR})

    def __init__(self, old: str, edits: list[tuple[str, str]]):
        self.old, self.edits = old, edits

    def candidates(self, failure, ctx):
        text = ctx.source("src/stats.py")
        for new, description in self.edits:
            if self.old in text:
                yield Candidate("src/stats.py", text.replace(self.old, new, 1), description, 2)


def heal(engine: Engine, rounds: int = 3) -> list:
    yielded = []
    for _ in range(rounds):
        report = engine.check()
        if report.ok:
            break
        found = list(engine.repair(report))
        yielded += found
        if not found:
            break
    return yielded


def described(yielded: list) -> list[tuple[str, str]]:
    return [
        (
            "fix" if isinstance(item, FixOutcome) else "revert",
            item.description if isinstance(item, FixOutcome) else item.outcome.description,
        )
        for item in yielded
    ]


def test_it_goes_back_on_a_fails_further_on_fix_when_nothing_on_top_of_it_passes(project, local_sandbox):
    ws = project(PROJECT)
    lines: list[str] = []
    engine = Engine(
        workspace=ws,
        sandbox=local_sandbox,
        config=EngineConfig(test_timeout=10, coverage=False),
        log=lines.append,
        fixers=[Offers(BROKEN, [PARTIAL, *FILLERS, RIGHT])],
    )
    engine.discover()
    yielded = heal(engine)
    assert described(yielded) == [
        ("fix", "count all but the first"),
        ("revert", "count all but the first"),
        ("fix", "call len on values"),
    ]
    assert isinstance(yielded[1], Withdrawal) and "len(values[1:])" in yielded[1].diff
    assert "return sum(values) / len(values)\n" in ws.read_text("src/stats.py")
    assert engine.check().ok
    # The refused change was not tried again in the second search.
    second = lines[next(i for i, line in enumerate(lines) if line.startswith("Going back on")) :]
    assert not any("count all but the first" in line and "rejected" in line for line in second)


def test_it_keeps_the_fails_further_on_fix_when_no_other_candidate_passes(project, local_sandbox):
    ws = project(PROJECT)
    lines: list[str] = []
    engine = Engine(
        workspace=ws,
        sandbox=local_sandbox,
        config=EngineConfig(test_timeout=10, coverage=False),
        log=lines.append,
        fixers=[Offers(BROKEN, [PARTIAL, *FILLERS])],
    )
    engine.discover()
    yielded = heal(engine)
    assert described(yielded) == [("fix", "count all but the first")]
    assert "len(values[1:])" in ws.read_text("src/stats.py")
    assert any(line.startswith("Kept ") for line in lines)
    # The sandbox holds the kept fix again: its checks are where the fix left them.
    report = engine.check()
    assert report.failed == 1 and report.passed == 1


WEIGHTS = """\
def mean(values):
    return sum(values) / len


def weight(values):
    return len(values) / (len(values) + len(values))


def weighted(values):
    return mean(values) * weight(values)
"""
WEIGHTS_TESTS = """\
from stats import mean, weighted


def test_mean_two():
    assert mean([1, 3]) == 2


def test_mean_three():
    assert mean([2, 4, 6]) == 4


def test_mean_one():
    assert mean([5]) == 5


def test_weighted():
    assert weighted([2, 4]) == 3
"""


class Edits:
    """Fixed (old, new, description) replacements in src/stats.py for every TYPE_ERROR failure."""

    fallback = False
    bug_types = frozenset({BugType.TYPE_ERROR, BugType.LOGIC})

    def __init__(self, edits: list[tuple[str, str, str]]):
        self.edits = edits

    def candidates(self, failure, ctx):
        text = ctx.source("src/stats.py")
        for old, new, description in self.edits:
            if old in text:
                line = text[: text.index(old)].count("\n") + 1
                yield Candidate("src/stats.py", text.replace(old, new, 1), description, line)


def test_it_builds_on_a_partial_fix_most_targeted_tests_pass_with_before_the_rest_of_the_list(
    project, local_sandbox, monkeypatch
):
    import healer.engine.repair as repair

    monkeypatch.setattr(repair, "FIRST_PASS", 6)
    ws = project(
        {"pyproject.toml": PYPROJECT_SRC, "src/stats.py": WEIGHTS, "tests/test_stats.py": WEIGHTS_TESTS}
    )
    lines: list[str] = []
    fillers = [(BROKEN, f"return sum(values) / len  # {n}\n", f"filler {n}") for n in range(6)]
    engine = Engine(
        workspace=ws,
        sandbox=local_sandbox,
        config=EngineConfig(test_timeout=10, coverage=False),
        log=lines.append,
        fixers=[
            Edits(
                [
                    (BROKEN, RIGHT[0], RIGHT[1]),  # three of the four targeted tests pass with it
                    *fillers,
                    ("(len(values) + len(values))", "len(values)", "divide by the count"),
                ]
            )
        ],
    )
    engine.discover()
    yielded = heal(engine)
    assert described(yielded) == [("fix", "call len on values"), ("fix", "divide by the count")]
    assert engine.check().ok
    fixed = next(i for i, line in enumerate(lines) if line.startswith("Fixed:"))
    # Built on at once: no filler was tried before the pair was accepted.
    assert not any("filler" in line for line in lines[:fixed])
