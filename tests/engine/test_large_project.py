"""enginebench large: the fresh-versus-warm comparison's figures (no sandbox needed)."""

from __future__ import annotations

from healer.engine.benchmarks.large_project import Result, compare_lines, sandbox_cpu
from healer.engine.types import EngineStats, ExecResult


def result(mode: str, *, seconds: float, runs: int, targeted: float, cpu: float | None) -> Result:
    stats = EngineStats(targeted_runs=runs, targeted_seconds=targeted)
    return Result("s", 1, 1, True, seconds, stats, mode=mode, cpu_seconds=cpu)


def test_it_compares_the_modes_by_their_medians_and_ratios():
    results = [
        result("fresh", seconds=40.0, runs=4, targeted=8.0, cpu=10.0),
        result("warm", seconds=30.0, runs=4, targeted=4.0, cpu=6.0),
        result("fresh", seconds=20.0, runs=2, targeted=2.0, cpu=6.0),
        result("warm", seconds=16.0, runs=2, targeted=1.0, cpu=4.0),
    ]
    lines = compare_lines(results)
    assert lines[1].split() == ["fresh", "30.00s", "1.50s", "8.00s"]
    assert lines[2].split() == ["warm", "23.00s", "0.75s", "5.00s"]
    assert lines[3] == "warm / fresh: 0.77 per healed bug, 0.50 per targeted run, 0.62 CPU per healed bug"


def test_it_leaves_out_a_ratio_it_has_no_figures_for():
    lines = compare_lines([result("fresh", seconds=10.0, runs=0, targeted=0.0, cpu=None)])
    assert lines[1].split() == ["fresh", "10.00s", "-", "-"]
    assert lines[2].split() == ["warm", "-", "-", "-"]
    assert len(lines) == 3


def test_it_reads_the_sandbox_cpu_counter_or_nothing():
    class Counter:
        def __init__(self, output: str) -> None:
            self.output = output

        def exec(self, argv, **kwargs):
            assert kwargs["reset"] is False  # reading the counter must not reset the working copy
            return ExecResult(exit_code=0, output=self.output, duration=0.0)

    assert sandbox_cpu(Counter("2500000000\n")) == 2.5
    assert sandbox_cpu(Counter("")) is None
