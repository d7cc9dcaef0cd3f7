"""Repair rounds: a search the time budget cut short goes on where it stopped (local sandbox stand-in)."""

from __future__ import annotations

import healer.engine.repair as repair
from healer.engine.repair import Engine, EngineConfig
from healer.engine.types import BugType, FixStatus

from .conftest import PYPROJECT_SRC
from .test_engine_validation import Offers

SOURCE = "def double(n):\n    return n + 2\n"
TESTS = "from calc import double\n\n\ndef test_double():\n    assert double(5) == 10\n"


class Clock:
    """Time that passes only when the sandbox runs something: ten seconds a command."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        return self.now


class SlowSandbox:
    def __init__(self, inner, clock: Clock) -> None:
        self.inner, self.clock = inner, clock
        self.repo_dir, self.support_dir = inner.repo_dir, inner.support_dir

    def upload(self, workspace):
        self.inner.upload(workspace)

    def put_files(self, files):
        self.inner.put_files(files)

    def exec(self, argv, **kwargs):
        self.clock.now += 10
        return self.inner.exec(argv, **kwargs)

    def read_file(self, path, *, limit):
        return self.inner.read_file(path, limit=limit)


class CountingOffers(Offers):
    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.asked = 0

    def candidates(self, failure, ctx):
        self.asked += 1
        return super().candidates(failure, ctx)


def test_a_search_cut_short_by_the_budget_goes_on_next_round_without_repeating(
    project, local_sandbox, monkeypatch
):
    clock = Clock()
    monkeypatch.setattr(repair.time, "monotonic", clock.monotonic)
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/calc.py": SOURCE, "tests/test_calc.py": TESTS})
    fixer = CountingOffers(
        BugType.LOGIC,
        "src/calc.py",
        [
            ("n + 2", "n - 2", "minus"),
            ("n + 2", "n + 3", "three"),
            ("n + 2", "n / 2", "divide"),
            ("n + 2", "n * 2", "times"),
        ],
    )
    lines: list[str] = []
    engine = Engine(
        workspace=ws,
        sandbox=SlowSandbox(local_sandbox, clock),
        config=EngineConfig(test_timeout=10, time_budget=25),
        log=lines.append,
        fixers=[fixer],
    )
    first = list(engine.repair(engine.check()))
    assert first == []
    assert any("the time budget of this round is used up" in line for line in lines)
    tried_first = engine.stats.candidates_tried
    assert 0 < tried_first < 4
    # The round fixed nothing because it stopped, not because nothing was left: the run goes on.
    assert engine.searches_pending() == 1
    second = list(engine.repair(engine.check()))
    assert [(o.description, o.status) for o in second] == [("times", FixStatus.FIXED)]
    assert engine.searches_pending() == 0
    assert any(f"its first {tried_first} candidate(s) were rejected last round" in line for line in lines)
    assert engine.stats.candidates_tried == 4  # none tried twice
    assert fixer.asked == 1  # nothing changed between the turns: the candidates were made once


def test_it_shares_a_round_between_open_failures_so_one_wide_search_does_not_starve_another(
    project, local_sandbox, monkeypatch
):
    clock = Clock()
    monkeypatch.setattr(repair.time, "monotonic", clock.monotonic)
    hopeless = "def half(n):\n    return n * 2\n"
    tests_a = "from a import half\n\n\ndef test_half():\n    assert half(8) == 4\n"
    tests_b = "from calc import double\n\n\ndef test_double():\n    assert double(5) == 10\n"
    ws = project(
        {
            "pyproject.toml": PYPROJECT_SRC,
            "src/a.py": hopeless,
            "src/calc.py": SOURCE,
            "tests/test_a.py": tests_a,
            "tests/test_calc.py": tests_b,
        }
    )
    # Twenty wrong edits for a.py (more than the whole round), one right edit for calc.py.
    wrong = [("n * 2", f"n * {k}", f"times {k}") for k in range(3, 23)]
    lines: list[str] = []
    engine = Engine(
        workspace=ws,
        sandbox=SlowSandbox(local_sandbox, clock),
        config=EngineConfig(test_timeout=10, time_budget=100),
        log=lines.append,
        fixers=[
            Offers(BugType.LOGIC, "src/calc.py", [("n + 2", "n * 2", "times")]),
            Offers(BugType.LOGIC, "src/a.py", wrong),
        ],
    )
    report = engine.check()
    assert [f.file for f in report.failures] == ["src/a.py", "src/calc.py"]
    fixed = list(engine.repair(report))
    assert [(o.file, o.description) for o in fixed] == [("src/calc.py", "times")], lines
    assert any("its share of the time budget of this round is used up" in line for line in lines)
    assert ws.read_text("src/a.py") == hopeless


def test_a_fix_being_confirmed_when_its_failures_share_ends_is_still_accepted(
    project, local_sandbox, monkeypatch
):
    clock = Clock()
    monkeypatch.setattr(repair.time, "monotonic", clock.monotonic)
    tests_a = "from a import half\n\n\ndef test_half():\n    assert half(8) == 4\n"
    ws = project(
        {
            "pyproject.toml": PYPROJECT_SRC,
            "src/a.py": "def half(n):\n    return n * 2\n",
            "src/calc.py": SOURCE,
            "tests/test_a.py": tests_a,
            "tests/test_calc.py": TESTS,
        }
    )
    # a.py's right edit comes fourth: its targeted run ends at its share (50 s), its confirmation after.
    edits = [("n * 2", f"n * {k}", f"times {k}") for k in (3, 5, 7)] + [("n * 2", "n // 2", "halve")]
    lines: list[str] = []
    engine = Engine(
        workspace=ws,
        sandbox=SlowSandbox(local_sandbox, clock),
        config=EngineConfig(test_timeout=10, time_budget=100),
        log=lines.append,
        fixers=[Offers(BugType.LOGIC, "src/a.py", edits)],
    )
    report = engine.check()
    assert [f.file for f in report.failures] == ["src/a.py", "src/calc.py"]
    fixed = list(engine.repair(report))
    assert [(o.file, o.description) for o in fixed] == [("src/a.py", "halve")], lines


class FallbackOffers(Offers):
    fallback = True


def test_it_ends_a_fallback_search_the_round_budget_cut_short(project, local_sandbox, monkeypatch):
    """A fallback-tier chunk the round's budget cut short is not a pause for a strong partial patch:
    it is not put back to be cut short again without end (the loop spun on `a partial fix` lines)."""
    clock = Clock()
    monkeypatch.setattr(repair.time, "monotonic", clock.monotonic)
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/calc.py": SOURCE, "tests/test_calc.py": TESTS})
    wrong = [("n + 2", f"n - {k}", f"minus {k}") for k in range(3, 11)]  # none doubles 5
    engine = Engine(
        workspace=ws,
        sandbox=SlowSandbox(local_sandbox, clock),
        config=EngineConfig(test_timeout=10, time_budget=25),  # ends in the fallback's first tries
        fixers=[FallbackOffers(BugType.LOGIC, "src/calc.py", wrong)],
    )
    # No partial patch to build on (the stacked search spent): nothing else ends the loop.
    monkeypatch.setattr(engine, "_stacking_left", lambda signature: False)
    calls = 0
    tries = engine._try_candidates

    def counted(*args, **kwargs):
        nonlocal calls
        calls += 1
        if calls > 50:
            raise RuntimeError("the fallback search is spinning")
        return tries(*args, **kwargs)

    monkeypatch.setattr(engine, "_try_candidates", counted)
    assert list(engine.repair(engine.check())) == []
    assert 0 < engine.stats.candidates_tried < len(wrong)
    assert ws.read_text("src/calc.py") == SOURCE
