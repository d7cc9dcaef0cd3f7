"""Where a run's time went: the engine's per-kind counters, its log line, and the breakdown read from a log."""

from __future__ import annotations

import pytest

from healer.engine.benchmarks.breakdown import breakdown_read, report_lines
from healer.engine.repair import Engine, EngineConfig
from healer.engine.types import TIME_LINE, TIME_PARTS, BugType, EngineStats, FixStatus

from .conftest import PYPROJECT_SRC
from .test_engine_validation import Offers

SOURCE = "def double(n):\n    return n + 2\n"
TESTS = "from calc import double\n\n" + "".join(
    f"\ndef test_double_{k}():\n    assert double({k}) == {2 * k}\n\n" for k in (3, 4)
)

LOG = """Dependencies: installed in 9.5s (healer-deps-x)
Trying 2 candidate(s) for LOGIC pkg/a.py:3 (AssertionError: assert 1 == 2)
  rejected 'use - instead of +' (line 3, 1.5s): the targeted tests fail exactly as before
  rejected 'use 2 instead of 1' (line 4, 2.5s): a test that passed now fails
Stopped LOGIC pkg/a.py:3 after 2 candidate(s): its share of the time budget of this round is used up
Trying 1 candidate(s) for SYNTAX pkg/b.py:7 ('(' was never closed)
Fixed: SYNTAX error in pkg/b.py line 7 → Fix: close the call
Trying 3 candidate(s) for LOGIC pkg/a.py:3 (AssertionError: assert 1 == 2)
  rejected 'negate the condition' (line 5, 2.0s): the targeted tests fail exactly as before
Time so far: check=1.0s targeted=2.0s selected=0.0s suite=0.0s base=0.0s lint=0.5s withdrawal=0.0s fixer=0.1s analysis=0.2s runs: targeted=3 selected=0 suite=1 lint=1 minimisation=0
Time so far: check=4.0s targeted=6.0s selected=1.0s suite=3.0s base=0.0s lint=1.0s withdrawal=0.0s fixer=0.2s analysis=0.3s runs: targeted=4 selected=1 suite=2 lint=2 minimisation=0
"""


def test_it_reads_each_search_over_every_turn_and_the_last_time_line():
    result = breakdown_read(LOG)
    logic = result.searches["LOGIC pkg/a.py:3"]
    assert (logic.turns, logic.offered, logic.rejected, logic.stopped, logic.fixed) == (2, 5, 3, 1, False)
    assert logic.seconds == pytest.approx(6.0)
    assert result.searches["SYNTAX pkg/b.py:7"].fixed
    assert result.dependencies == pytest.approx(9.5)
    # The counters are cumulative: the last line is the run's.
    assert result.parts["targeted"] == pytest.approx(6.0)
    assert result.runs == {"targeted": 4, "selected": 1, "suite": 2, "lint": 2, "minimisation": 0}
    lines = report_lines(result, wall=40.0)
    other = next(line for line in lines if line.startswith("other"))
    # 40 s of wall time, 9.5 s of dependencies and 15.5 s of parts: 15 s nothing accounts for.
    assert other.split()[1] == "15.0"


def test_it_writes_a_time_line_with_every_part():
    stats = EngineStats(targeted_seconds=1.25, check_seconds=3.0, targeted_runs=2)
    line = stats.time_line()
    assert line.startswith(TIME_LINE)
    result = breakdown_read(line)
    assert set(result.parts) == set(TIME_PARTS)
    assert result.parts["targeted"] == pytest.approx(1.2, abs=0.06)
    assert result.runs["targeted"] == 2


def test_it_counts_the_seconds_of_each_kind_of_run_and_logs_them_after_a_round(project, local_sandbox):
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/calc.py": SOURCE, "tests/test_calc.py": TESTS})
    lines: list[str] = []
    engine = Engine(
        workspace=ws,
        sandbox=local_sandbox,
        config=EngineConfig(test_timeout=20),
        log=lines.append,
        fixers=[
            Offers(BugType.LOGIC, "src/calc.py", [("n + 2", "n + 3", "three"), ("n + 2", "n * 2", "times")])
        ],
    )
    report = engine.check()
    outcomes = list(engine.repair(report))
    assert [(o.description, o.status) for o in outcomes] == [("times", FixStatus.FIXED)], lines
    stats = engine.stats
    assert stats.check_seconds > 0 and stats.targeted_seconds > 0 and stats.suite_seconds > 0
    parts = sum(getattr(stats, f"{name}_seconds") for name in TIME_PARTS if name not in ("fixer", "analysis"))
    # Every sandbox second is counted in exactly one part.
    assert parts == pytest.approx(stats.sandbox_seconds)
    result = breakdown_read("\n".join(lines))
    assert result.parts["targeted"] == pytest.approx(stats.targeted_seconds, abs=0.06)
    search = next(iter(result.searches.values()))
    assert (search.offered, search.rejected, search.fixed) == (2, 1, True)
