"""Where one candidate's time goes on a real project: `manage.py enginebench candidates`.

A candidate's targeted run is, from the host: stage the edited file, start a command in the
sandbox (reset the working copy), start Python, import pytest, configure pytest with Healer's
plugin, collect the test's module, run the test, write, read and parse the report, stage the old
file again. Each piece is measured as the difference between two commands that differ only by it
(the median of a few repeats), so the parts add up to the targeted run. The whole suite, the cost
paid once per accepted fix and at every check, is timed without coverage and with each of the
plugin's coverage cores (sys.monitoring and sys.settrace), side by side in the same sandbox.

Times are wall-clock seconds and CPU seconds of the command inside the sandbox (user + system of
the process tree, from wait4): on a loaded machine the CPU figures are the ones to compare.
"""

from __future__ import annotations

import dataclasses
import posixpath
import statistics
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field

from healer.engine.checks import (
    PYTEST_REPORT_NAME,
    REPORT_LIMIT,
    PytestRun,
    Runner,
    parse_pytest_report,
)
from healer.engine.discovery import CheckPlan, discover
from healer.engine.types import ExecResult, Sandbox
from healer.engine.workspace import Workspace

SandboxFactory = Callable[[Workspace, str], AbstractContextManager[Sandbox]]

CPU_MARK = "HEALER-CPU="
# Runs the command as a child and prints the CPU seconds of its process tree afterwards.
CPU_WRAPPER = (
    "import os, sys\n"
    "pid = os.fork()\n"
    "if pid == 0:\n"
    "    os.execvp(sys.argv[1], sys.argv[1:])\n"
    "_, status, usage = os.wait4(pid, 0)\n"
    f"print({CPU_MARK!r} + '%.4f' % (usage.ru_utime + usage.ru_stime))\n"
    "sys.exit(os.waitstatus_to_exitcode(status) & 0xFF)\n"
)


@dataclass
class Sample:
    wall: float
    cpu: float | None


@dataclass
class Breakdown:
    project: str
    tests: int
    target: str
    parts: dict[str, Sample] = field(default_factory=dict)  # the targeted run, piece by piece
    suite: dict[str, Sample] = field(default_factory=dict)  # whole suite, by coverage core
    same_coverage: bool | None = None  # both cores recorded the same lines for every test
    # The whole targeted run from the host (Runner.run_tests), by how pytest started: "fresh"
    # (a new interpreter) or "warm" (a fork of the sandbox's warm server, sandbox/warm_pytest.py).
    end_to_end: dict[str, Sample] = field(default_factory=dict)


def cpu_of(result: ExecResult) -> float | None:
    for line in reversed(result.output.splitlines()):
        if line.startswith(CPU_MARK):
            try:
                return float(line[len(CPU_MARK) :])
            except ValueError:
                return None
    return None


def _median(samples: list[Sample]) -> Sample:
    cpus = [s.cpu for s in samples if s.cpu is not None]
    return Sample(
        wall=statistics.median(s.wall for s in samples), cpu=statistics.median(cpus) if cpus else None
    )


def _minus(a: Sample, b: Sample) -> Sample:
    cpu = a.cpu - b.cpu if a.cpu is not None and b.cpu is not None else None
    return Sample(wall=max(0.0, a.wall - b.wall), cpu=max(0.0, cpu) if cpu is not None else None)


class Measure:
    """Commands in one sandbox, timed from the host, with their CPU time inside it."""

    def __init__(self, *, sandbox: Sandbox, runner: Runner, repeat: int) -> None:
        self.sandbox = sandbox
        self.runner = runner
        self.repeat = repeat
        self.env = runner.test_env()  # the same environment as every other run of the tests
        self.report = posixpath.join(sandbox.repo_dir, PYTEST_REPORT_NAME)

    def command(self, argv: list[str], *, repeat: int | None = None) -> Sample:
        samples = []
        for _ in range(repeat or self.repeat):
            wrapped = [self.runner.python, "-c", CPU_WRAPPER, *argv]
            started = time.monotonic()
            result = self.sandbox.exec(wrapped, timeout=self.runner.command_timeout, env=self.env, reset=True)
            samples.append(Sample(time.monotonic() - started, cpu_of(result)))
        return _median(samples)

    def host(self, action: Callable[[], object], *, repeat: int | None = None) -> Sample:
        samples = []
        for _ in range(repeat or self.repeat):
            started = time.monotonic()
            action()
            samples.append(Sample(time.monotonic() - started, None))
        return _median(samples)

    def pytest_argv(self, node_ids: list[str], *, coverage: bool = False) -> list[str]:
        return self.runner.pytest_argv(report_path=self.report, node_ids=node_ids, coverage=coverage)

    def suite(self, core: str) -> tuple[Sample, PytestRun]:
        """The whole suite once with `core` ("none": no coverage), its CPU time and its parsed report."""
        runner = self.runner
        saved = runner.coverage_core
        runner.coverage_core = "auto" if core == "none" else core
        try:
            argv = [runner.python, "-c", CPU_WRAPPER, *self.pytest_argv([], coverage=core != "none")]
            started = time.monotonic()
            result = self.sandbox.exec(argv, timeout=runner.command_timeout, env=self.env, reset=True)
            wall = time.monotonic() - started
        finally:
            runner.coverage_core = saved
        raw = self.sandbox.read_file(self.report, limit=REPORT_LIMIT)
        run = parse_pytest_report(raw, result=result, repo_dir=self.sandbox.repo_dir)
        return Sample(wall, cpu_of(result)), run


def fastest_passing(run: PytestRun) -> str | None:
    passing = [t for t in run.tests.values() if t.outcome == "passed"]
    if not passing:
        return None
    return statistics.median_low(sorted((t.duration, t.nodeid) for t in passing))[1]


def breakdown(
    *, project: str, sandbox: Sandbox, plan: CheckPlan, runner: Runner, repeat: int = 3
) -> Breakdown:
    """Time a typical targeted run piece by piece, then the whole suite by coverage core."""
    measure = Measure(sandbox=sandbox, runner=runner, repeat=repeat)
    suite: dict[str, Sample] = {}
    runs: dict[str, PytestRun] = {}
    # Interleaved rounds, so a change in the machine's load hits every core alike.
    for _ in range(max(1, repeat - 1)):
        for core in ("none", "sysmon", "settrace"):
            sample, run = measure.suite(core)
            suite.setdefault(core, sample)
            if sample.cpu is not None and (suite[core].cpu is None or sample.cpu < suite[core].cpu):
                suite[core] = sample  # the least disturbed of the rounds
            runs[core] = run
    result = Breakdown(project=project, tests=len(runs["none"].tests), target="", suite=suite)
    if runs["sysmon"].coverage and runs["settrace"].coverage:
        result.same_coverage = {k: t.covered for k, t in runs["sysmon"].tests.items()} == {
            k: t.covered for k, t in runs["settrace"].tests.items()
        }
    target = fastest_passing(runs["none"])
    if target is None:
        return result
    result.target = target
    source = next(iter(sorted(plan.source_files)), None)
    python = runner.python
    exec_only = measure.command(["true"])
    python_start = measure.command([python, "-c", "pass"])
    pytest_import = measure.command([python, "-c", "import pytest"])
    plain = [python, "-m", "pytest", "-p", "no:cacheprovider", "-q", "--co", f"--rootdir={sandbox.repo_dir}"]
    configured = measure.command([*plain, "--version"])
    collect_plain = measure.command([*plain, target])
    collect = measure.command([*measure.pytest_argv([target]), "--co"])
    targeted = measure.command(measure.pytest_argv([target]))
    raw = sandbox.read_file(measure.report, limit=REPORT_LIMIT)
    empty = ExecResult(exit_code=0, output="", duration=0.0)
    parse = measure.host(lambda: parse_pytest_report(raw, result=empty, repo_dir=sandbox.repo_dir))
    read = measure.host(lambda: sandbox.read_file(measure.report, limit=REPORT_LIMIT))
    parts = result.parts
    if source is not None:
        text = sandbox.read_file(posixpath.join(sandbox.repo_dir, source), limit=REPORT_LIMIT) or b""

        def staged() -> None:
            sandbox.put_files({source: text})  # written when the next command starts
            sandbox.exec(["true"], timeout=60, reset=True)

        bare = measure.host(lambda: sandbox.exec(["true"], timeout=60, reset=True))
        # The next candidate's staging carries the put-back of the last one: one archive each.
        parts["stage the edited file (host)"] = _minus(measure.host(staged), bare)
    parts["start a command, reset the working copy"] = exec_only
    parts["start Python"] = _minus(python_start, exec_only)
    parts["import pytest"] = _minus(pytest_import, python_start)
    parts["configure pytest, load plugins"] = _minus(configured, pytest_import)
    parts["collect the test's module"] = _minus(collect_plain, configured)
    parts["Healer's plugin (loading, its options)"] = _minus(collect, collect_plain)
    parts["run the test, write the report"] = _minus(targeted, collect)
    parts["read the report (host)"] = read
    parts["parse the report (host)"] = parse
    result.end_to_end = fresh_and_warm(sandbox=sandbox, runner=runner, target=target, repeat=repeat)
    return result


def _warm_switches(options, *, warm: bool) -> dict[str, bool]:
    """The options that make every pytest run warm or every one fresh: the targeted runs' own switch
    (`warm_targeted`, on by default) too, else the "fresh" samples would be warm ones."""
    switches = {"warm_pytest": warm}
    if hasattr(options, "warm_targeted"):
        switches["warm_targeted"] = warm
    return switches


def fresh_and_warm(*, sandbox: Sandbox, runner: Runner, target: str, repeat: int) -> dict[str, Sample]:
    """The targeted run end to end, fresh and warm interleaved (a sandbox without the switch: fresh only)."""
    options = getattr(sandbox, "options", None)
    if options is None or not hasattr(options, "warm_pytest"):
        return {}
    samples: dict[str, list[Sample]] = {"fresh": [], "warm": []}
    try:
        for _ in range(repeat):
            for mode in samples:
                sandbox.options = dataclasses.replace(options, **_warm_switches(options, warm=mode == "warm"))  # type: ignore[attr-defined]
                started = time.monotonic()
                runner.run_tests(node_ids=[target])
                samples[mode].append(Sample(time.monotonic() - started, None))
    finally:
        sandbox.options = options  # type: ignore[attr-defined]
    return {mode: _median(found) for mode, found in samples.items()}


def measure_project(
    *, project: str, workspace: Workspace, open_sandbox: SandboxFactory, repeat: int = 3
) -> Breakdown:
    """The breakdown of one project in a sandbox of its own (the sandbox's default limits)."""
    plan = discover(workspace)
    with open_sandbox(workspace, project) as sandbox:
        sandbox.upload(workspace)
        return breakdown(
            project=project,
            sandbox=sandbox,
            plan=plan,
            runner=Runner(sandbox=sandbox, plan=plan),
            repeat=repeat,
        )


def _fmt(sample: Sample) -> str:
    cpu = f"{sample.cpu * 1000:7.0f}" if sample.cpu is not None else "      -"
    return f"{sample.wall * 1000:7.0f} {cpu}"


def report_lines(result: Breakdown) -> list[str]:
    lines = [f"{result.project}: {result.tests} tests; a targeted run of {result.target or '-'}"]
    lines.append(f"  {'part':<48} {'wall ms':>7} {'CPU ms':>7}")
    total = 0.0
    for name, sample in result.parts.items():
        total += sample.wall
        lines.append(f"  {name:<48} {_fmt(sample)}")
    if result.parts:
        lines.append(f"  {'one candidate (sum of the parts)':<48} {total * 1000:7.0f}")
    for mode, sample in result.end_to_end.items():
        lines.append(f"  {'the targeted run end to end, ' + mode:<48} {_fmt(sample)}")
    lines.append(f"  {'whole suite, coverage core':<48} {'wall s':>7} {'CPU s':>7}")
    for core, sample in result.suite.items():
        cpu = f"{sample.cpu:7.2f}" if sample.cpu is not None else "      -"
        lines.append(f"  {core:<48} {sample.wall:7.2f} {cpu}")
    none, sysmon, settrace = (result.suite.get(k) for k in ("none", "sysmon", "settrace"))
    if none and sysmon and settrace and None not in (none.cpu, sysmon.cpu, settrace.cpu):
        assert none.cpu is not None and sysmon.cpu is not None and settrace.cpu is not None
        extra = settrace.cpu - none.cpu
        lines.append(
            f"  coverage CPU, sysmon / settrace: {sysmon.cpu / settrace.cpu:.2f} of the run, "
            f"{(sysmon.cpu - none.cpu) / extra if extra > 0 else 0:.2f} of coverage's own cost; "
            f"same lines for every test: {result.same_coverage}"
        )
    return lines
