"""enginebench candidates: a targeted run's time, part by part (here through the local stand-in)."""

from __future__ import annotations

import sys

from healer.engine.benchmarks.candidate_time import breakdown, cpu_of, report_lines
from healer.engine.checks import Runner
from healer.engine.discovery import discover
from healer.engine.types import ExecResult

from .conftest import PYPROJECT_SRC

FILES = {
    "pyproject.toml": PYPROJECT_SRC,
    "src/calc.py": "def add(a, b):\n    return a + b\n",
    "tests/test_calc.py": "".join(
        f"from calc import add\n\n\ndef test_add_{i}():\n    assert add({i}, 1) == {i + 1}\n\n\n"
        for i in range(5)
    ),
}


def test_it_reads_the_cpu_time_the_wrapper_prints():
    assert cpu_of(ExecResult(exit_code=0, output="1 passed\nHEALER-CPU=0.2500\n", duration=1.0)) == 0.25
    assert cpu_of(ExecResult(exit_code=0, output="HEALER-CPU=zz\n", duration=1.0)) is None
    assert cpu_of(ExecResult(exit_code=0, output="no mark", duration=1.0)) is None


def test_it_breaks_a_targeted_run_into_parts_and_times_the_suite_by_core(project, local_sandbox):
    ws = project(FILES)
    local_sandbox.upload(ws)
    plan = discover(ws)
    runner = Runner(sandbox=local_sandbox, plan=plan, python=sys.executable)
    result = breakdown(project="calc", sandbox=local_sandbox, plan=plan, runner=runner, repeat=1)
    assert result.tests == 5
    assert result.target.startswith("tests/test_calc.py::test_add_")
    assert set(result.suite) == {"none", "sysmon", "settrace"}
    assert all(sample.cpu is not None and sample.cpu > 0 for sample in result.suite.values())
    assert result.same_coverage is True
    assert "run the test, write the report" in result.parts
    assert all(sample.wall >= 0 for sample in result.parts.values())
    lines = report_lines(result)
    assert lines[0].startswith("calc: 5 tests; a targeted run of tests/test_calc.py::")
    assert any("one candidate (sum of the parts)" in line for line in lines)
    assert any(line.strip().startswith("coverage CPU, sysmon / settrace") for line in lines)


def test_it_times_the_targeted_run_fresh_and_warm_where_the_sandbox_has_the_switch(project, local_sandbox):
    import dataclasses

    from healer.engine.benchmarks.candidate_time import fresh_and_warm

    @dataclasses.dataclass(frozen=True)
    class Options:
        warm_pytest: bool = True

    class Switchable:
        """The local stand-in with the Docker session's switch, recording how each run was asked."""

        def __init__(self) -> None:
            self.options = Options()
            self.seen: list[bool] = []
            self.repo_dir, self.support_dir = local_sandbox.repo_dir, local_sandbox.support_dir

        def exec(self, argv, **kwargs):
            self.seen.append(self.options.warm_pytest)
            return local_sandbox.exec(argv, **kwargs)

        def read_file(self, path, *, limit):
            return local_sandbox.read_file(path, limit=limit)

    ws = project(FILES)
    local_sandbox.upload(ws)
    plan = discover(ws)
    sandbox = Switchable()
    runner = Runner(sandbox=sandbox, plan=plan, python=sys.executable)
    found = fresh_and_warm(sandbox=sandbox, runner=runner, target="tests/test_calc.py::test_add_0", repeat=2)
    assert set(found) == {"fresh", "warm"}
    assert sandbox.seen == [False, True, False, True]  # interleaved
    assert sandbox.options == Options()  # the session's own setting is back
    plain = Runner(sandbox=local_sandbox, plan=plan, python=sys.executable)
    assert (
        fresh_and_warm(sandbox=local_sandbox, runner=plain, target="tests/test_calc.py::test_add_0", repeat=1)
        == {}
    )
