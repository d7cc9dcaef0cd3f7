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
from healer.engine.types import EngineStats, Sandbox
from healer.engine.workspace import Workspace


@dataclass
class Result:
    scenario: str
    bugs: int
    fixed: int
    passed: bool
    seconds: float
    stats: EngineStats = field(default_factory=EngineStats)


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
            engine = Engine(workspace=workspace, sandbox=sandbox, config=EngineConfig(test_timeout=30))
            engine.discover()
            for _ in range(iterations):
                report = engine.check()
                if report.ok:
                    break
                outcomes = list(engine.repair(report))
                fixed += len(outcomes)
                if not outcomes:
                    break
            passed = engine.check().ok
        return Result(
            scenario.name, len(scenario.bugs), fixed, passed, time.monotonic() - started, engine.stats
        )
    finally:
        shutil.rmtree(root, ignore_errors=True)


def run(open_sandbox: SandboxFactory, scenarios: tuple[Scenario, ...] = SCENARIOS) -> Iterator[Result]:
    for scenario in scenarios:
        yield heal(scenario, open_sandbox)


def report_lines(results: list[Result]) -> list[str]:
    lines = [
        f"{'scenario':<28} {'bugs':>4} {'fixed':>5} {'pass':>5} {'time':>7} {'per bug':>8} {'suite/fix':>9} {'tried':>6}"
    ]
    per_bug = []
    for r in results:
        per = r.seconds / r.fixed if r.fixed else None
        if r.passed and per is not None:
            per_bug.append(per)
        ratio = r.stats.suite_runs_per_fix
        lines.append(
            f"{r.scenario:<28} {r.bugs:>4} {r.fixed:>5} {'yes' if r.passed else 'no':>5} {r.seconds:>6.1f}s "
            f"{(f'{per:.1f}s' if per is not None else '-'):>8} {(f'{ratio:.2f}' if ratio is not None else '-'):>9} "
            f"{r.stats.candidates_tried:>6}"
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
