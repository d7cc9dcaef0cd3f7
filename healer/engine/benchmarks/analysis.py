"""How analysis time grows with the number of failing tests (it must grow linearly).

A synthetic report in the plugin's JSON format: failing tests of three kinds — assertion
failures localised by coverage, TypeErrors raised at a handful of places (thousands of
tests merged into one failure each: the case that was quadratic), collection errors —
beside 2,000 passing tests with coverage. `python -m healer.engine.benchmarks.analysis`.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

from healer.engine.analysis import analyse
from healer.engine.checks import LintRun, parse_pytest_report
from healer.engine.discovery import CheckPlan
from healer.engine.types import ExecResult

SOURCE_FILES = tuple(f"pkg/mod{i}.py" for i in range(20))
PLAN = CheckPlan(
    test_modules=tuple(f"tests/test_mod{i}.py" for i in range(20)),
    test_files=frozenset(f"tests/test_mod{i}.py" for i in range(20)),
    source_files=SOURCE_FILES,
)
PASSING = 2000
SIZES = (1_000, 10_000, 40_000)


def _covered(index: int) -> dict[str, list[int]]:
    file = SOURCE_FILES[index % len(SOURCE_FILES)]
    base = 1 + (index * 7) % 40
    return {file: list(range(base, base + 8))}


def _failing(index: int) -> dict:
    test_file = f"tests/test_mod{index % 20}.py"
    nodeid = f"{test_file}::test_case_{index}"
    frames = [[test_file, 10 + index % 50, f"test_case_{index}"]]
    if index % 3 == 0:  # a TypeError raised at one of five places
        source = SOURCE_FILES[index % 5]
        frames.append([source, 12, "combine"])
        exc = {"type": "TypeError", "message": "unsupported operand type(s) for +: 'int' and 'str'"}
    else:
        exc = {"type": "AssertionError", "message": f"assert {index} == {index + 1}"}
    return {
        "nodeid": nodeid,
        "outcome": "failed",
        "duration": 0.001,
        "when": "call",
        "longrepr": f"E   {exc['message']}",
        "exception": {**exc, "module": "builtins", "frames": frames},
        "covered": _covered(index),
    }


def synthetic_report(failing: int, *, passing: int = PASSING) -> bytes:
    tests = [_failing(i) for i in range(failing)]
    tests += [
        {
            "nodeid": f"tests/test_ok.py::test_ok_{i}",
            "outcome": "passed",
            "duration": 0.001,
            "covered": _covered(i),
        }
        for i in range(passing)
    ]
    errors = [
        {
            "nodeid": f"tests/test_broken{i}.py",
            "longrepr": "ImportError",
            "exception": {
                "type": "ImportError",
                "message": "cannot import name 'x'",
                "frames": [["pkg/mod1.py", 3, "<module>"]],
            },
        }
        for i in range(min(50, failing // 100))
    ]
    data = {"version": 1, "exitstatus": 1, "tests": tests, "collect_errors": errors, "coverage": True}
    return json.dumps(data).encode()


@dataclass(frozen=True)
class Figure:
    failing: int
    report_mb: float
    parse_seconds: float
    analyse_seconds: float
    failures: int

    @property
    def total(self) -> float:
        return self.parse_seconds + self.analyse_seconds


def measure(failing: int) -> Figure:
    raw = synthetic_report(failing)
    result = ExecResult(exit_code=1, output="", duration=0.0)
    started = time.perf_counter()
    run = parse_pytest_report(raw, result=result)
    parsed = time.perf_counter()
    analysis = analyse(plan=PLAN, tests=run, lint=LintRun(), read_source=lambda file: None)
    done = time.perf_counter()
    return Figure(failing, len(raw) / 1e6, parsed - started, done - parsed, len(analysis.failures))


def report_lines(figures: list[Figure]) -> list[str]:
    base = figures[0]
    lines = [
        f"{'failing':>8} {'report':>9} {'parse':>8} {'analyse':>8} {'total':>8} {'failures':>9} {'per 1k':>8} {'x time':>7} {'x size':>7}"
    ]
    for figure in figures:
        lines.append(
            f"{figure.failing:>8} {figure.report_mb:>7.1f}MB {figure.parse_seconds:>7.2f}s "
            f"{figure.analyse_seconds:>7.2f}s {figure.total:>7.2f}s {figure.failures:>9} "
            f"{figure.total / figure.failing * 1000:>7.3f}s {figure.total / base.total:>7.1f} "
            f"{figure.failing / base.failing:>7.1f}"
        )
    lines.append("Linear growth: 'x time' stays close to 'x size'.")
    return lines


def main(sizes: tuple[int, ...] = SIZES) -> list[Figure]:
    figures = [measure(size) for size in sizes]
    for line in report_lines(figures):
        print(line)
    return figures


if __name__ == "__main__":
    main()
