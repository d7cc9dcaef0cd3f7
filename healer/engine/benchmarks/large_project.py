"""Heal the ~500-test project of project500.py, one hand-written bug scenario at a time.

Each scenario is healed from a fresh copy the way a run does (check, repair, check ...);
the figures are the time per healed bug and the whole-suite runs per accepted fix (the
target: exactly one).
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path

from healer.engine.benchmarks.project500 import SCENARIOS, Scenario, write_scenario
from healer.engine.repair import Engine, EngineConfig
from healer.engine.types import EngineStats, FixOutcome, Sandbox
from healer.engine.workspace import Workspace


@dataclass
class Result:
    scenario: str
    bugs: int
    fixed: int
    passed: bool
    seconds: float
    stats: EngineStats = field(default_factory=EngineStats)
    mode: str = ""  # "fresh" or "warm" pytest processes, when the bench compares the two
    pytest_runs: dict[str, int] = field(default_factory=dict)  # how the sandbox ran pytest (Docker only)
    # CPU seconds the sandbox's processes used during the heal (its cgroup's counter; None where
    # unreadable): on a machine shared with other work, the figure to compare across modes.
    cpu_seconds: float | None = None

    @property
    def per_targeted_run(self) -> float | None:
        runs = self.stats.targeted_runs
        return self.stats.targeted_seconds / runs if runs else None


SandboxFactory = Callable[[Workspace, str], AbstractContextManager[Sandbox]]


def heal(scenario: Scenario, open_sandbox: SandboxFactory, *, iterations: int = 5) -> Result:
    """Heal one scenario the way a run does: check, repair, check ... until it passes."""
    root = Path(tempfile.mkdtemp(prefix=f"healer-large-{scenario.name}-"))
    try:
        write_scenario(root, scenario)
        workspace = Workspace(root)
        started = time.monotonic()
        fixed = 0
        with open_sandbox(workspace, scenario.name) as sandbox:
            cpu_before = sandbox_cpu(sandbox)
            engine = Engine(workspace=workspace, sandbox=sandbox, config=EngineConfig(test_timeout=30))
            engine.discover()
            for _ in range(iterations):
                report = engine.check()
                if report.ok:
                    break
                outcomes = list(engine.repair(report))
                # A withdrawal (the engine went back on a fix) takes its fixes out (two for a
                # compile repair reported as two, folded.py).
                fixed += sum(1 if isinstance(o, FixOutcome) else -len(o.outcomes) for o in outcomes)
                if not outcomes:
                    break
            passed = engine.check().ok
            pytest_runs = dict(getattr(sandbox, "pytest_runs", {}))
            cpu_after = sandbox_cpu(sandbox)
        return Result(
            scenario.name,
            len(scenario.bugs),
            fixed,
            passed,
            time.monotonic() - started,
            engine.stats,
            pytest_runs=pytest_runs,
            cpu_seconds=cpu_after - cpu_before if cpu_before is not None and cpu_after is not None else None,
        )
    finally:
        shutil.rmtree(root, ignore_errors=True)


# cgroup v1's CPU counter (nanoseconds), else v2's cpu.stat (usage_usec, printed as nanoseconds).
CPU_COMMAND = (
    "cat /sys/fs/cgroup/cpuacct/cpuacct.usage 2>/dev/null || "
    "sed -n 's/^usage_usec \\([0-9]*\\)$/\\1000/p' /sys/fs/cgroup/cpu.stat"
)


def sandbox_cpu(sandbox: Sandbox) -> float | None:
    """CPU seconds the sandbox's cgroup has used so far, or None."""
    text = sandbox.exec(["sh", "-c", CPU_COMMAND], timeout=30, reset=False).output.strip()
    return int(text) / 1e9 if text.isdigit() else None


def run(open_sandbox: SandboxFactory, scenarios: tuple[Scenario, ...] = SCENARIOS) -> Iterator[Result]:
    for scenario in scenarios:
        yield heal(scenario, open_sandbox)


def run_compared(
    open_for: Callable[[str], SandboxFactory], scenarios: tuple[Scenario, ...] = SCENARIOS
) -> Iterator[Result]:
    """Each scenario healed with fresh and with warm pytest processes, side by side in one run.

    The order alternates from one scenario to the next, so a change in the machine's load
    falls on both modes alike (the figures to read are their ratios)."""
    for index, scenario in enumerate(scenarios):
        modes = ("fresh", "warm") if index % 2 == 0 else ("warm", "fresh")
        for mode in modes:
            result = heal(scenario, open_for(mode))
            result.mode = mode
            yield result


def _median_or_none(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def compare_lines(results: list[Result]) -> list[str]:
    """Per mode: the median seconds per healed bug and per targeted run, and their ratios."""
    figures: dict[str, tuple[float | None, float | None]] = {}
    for mode in ("fresh", "warm"):
        chosen = [r for r in results if r.mode == mode]
        per_bug = [r.seconds / r.fixed for r in chosen if r.passed and r.fixed]
        per_run = [t for r in chosen if (t := r.per_targeted_run) is not None]
        cpu = [r.cpu_seconds / r.fixed for r in chosen if r.passed and r.fixed and r.cpu_seconds is not None]
        figures[mode] = (_median_or_none(per_bug), _median_or_none(per_run), _median_or_none(cpu))
    names = ("per healed bug", "per targeted run", "CPU per healed bug")
    lines = [f"{'mode':<8} " + " ".join(f"{name:>19}" for name in names)]
    for mode, values in figures.items():
        lines.append(f"{mode:<8} " + " ".join(f"{_seconds(value):>19}" for value in values))
    pairs = zip(figures["fresh"], figures["warm"], names, strict=True)
    ratios = [f"{warm / fresh:.2f} {name}" for fresh, warm, name in pairs if fresh and warm]
    if ratios:
        lines.append("warm / fresh: " + ", ".join(ratios))
    return lines


def _seconds(value: float | None) -> str:
    return f"{value:.2f}s" if value is not None else "-"


def report_lines(results: list[Result]) -> list[str]:
    lines = [
        f"{'scenario':<28} {'bugs':>4} {'fixed':>5} {'pass':>5} {'time':>7} {'per bug':>8} {'suite/fix':>9} "
        f"{'tried':>6} {'targeted':>8}"
    ]
    per_bug = []
    for r in results:
        per = r.seconds / r.fixed if r.fixed else None
        if r.passed and per is not None:
            per_bug.append(per)
        ratio = r.stats.suite_runs_per_fix
        targeted = r.per_targeted_run
        name = f"{r.scenario} ({r.mode})" if r.mode else r.scenario
        lines.append(
            f"{name:<28} {r.bugs:>4} {r.fixed:>5} {'yes' if r.passed else 'no':>5} {r.seconds:>6.1f}s "
            f"{(f'{per:.1f}s' if per is not None else '-'):>8} {(f'{ratio:.2f}' if ratio is not None else '-'):>9} "
            f"{r.stats.candidates_tried:>6} {(f'{targeted:.2f}s' if targeted is not None else '-'):>8}"
            + (f"  CPU {r.cpu_seconds:.1f}s" if r.cpu_seconds is not None else "")
            + (f"  pytest {r.pytest_runs}" if r.pytest_runs else "")
        )
    fixes = sum(r.stats.fixes_accepted for r in results)
    suite = sum(r.stats.suite_runs_for_fixes for r in results)
    healed = sum(1 for r in results if r.passed)
    lines.append(
        f"healed {healed}/{len(results)} scenarios; median time per healed bug "
        f"{statistics.median(per_bug):.1f}s (target <= 30s); whole-suite runs per accepted fix "
        f"{suite}/{fixes} = {suite / fixes if fixes else 0:.2f} (target 1)"
        if per_bug
        else f"healed {healed}/{len(results)} scenarios"
    )
    return lines
