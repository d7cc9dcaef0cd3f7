"""A candidate that makes the targeted tests loop: rejected on the probe's own time limit.

Before, a candidate under which a targeted test ran into its limit cost that limit in the probe,
then every targeted test run into it, then the stuck ones again on their own (trial._judge_alone):
round 40's proto-schema-parser mutant (`break` made `continue`) spent 896 s on 14 candidates.
"""

from __future__ import annotations

import re

import pytest

import healer.engine.trial as trial
from healer.engine.types import FixStatus

from .conftest import PYPROJECT_SRC
from .test_engine_groups_stacked import _engine

SCAN = """\
def position(items, wanted):
    i = 0
    while i < len(items):
        if items[i] == wanted:
            break
        i += 1
    return i + 1
"""
SCAN_TESTS = """\
import pytest

from scan import position


@pytest.mark.parametrize(
    "items, wanted, expected",
    [([1, 2], 1, 0), ([1, 2], 2, 1), ([3, 4, 5], 5, 2), ([6, 7, 8, 9], 8, 2)],
)
def test_position(items, wanted, expected):
    assert position(items, wanted) == expected
"""
PROJECT = {
    "pyproject.toml": PYPROJECT_SRC,
    "src/calc.py": "",
    "src/scan.py": SCAN,
    "tests/test_scan.py": SCAN_TESTS,
}


class ScanEdits:
    """The endless loop first, then the fix."""

    fallback = False

    def __init__(self):
        from healer.engine.types import BugType

        self.bug_types = frozenset({BugType.LOGIC})

    def candidates(self, failure, ctx):
        from healer.engine.fixers.base import Candidate

        text = ctx.source("src/scan.py")
        yield Candidate("src/scan.py", text.replace("break", "continue"), "use continue instead of break", 5)
        yield Candidate("src/scan.py", text.replace("return i + 1", "return i"), "return i", 7)


def test_it_rejects_a_candidate_whose_probe_runs_into_its_limit_without_running_the_rest(
    project, local_sandbox, monkeypatch
):
    ws = project(PROJECT)
    lines: list[str] = []
    engine = _engine(ws, local_sandbox, [], lines)
    engine.fixers = [ScanEdits()]
    original_run = trial.Trier._run

    def counted(self, *, node_ids, kind, coverage=False):
        lines.append(f"run of {len(node_ids)} test(s)")
        return original_run(self, node_ids=node_ids, kind=kind, coverage=coverage)

    monkeypatch.setattr(trial.Trier, "_run", counted)
    outcomes = list(engine.repair(engine.check()))
    assert [(o.line, o.status) for o in outcomes] == [(7, FixStatus.FIXED)]
    start = next(i for i, line in enumerate(lines) if line.startswith("Trying"))
    end = next(i for i, line in enumerate(lines) if "rejected 'use continue instead of break'" in line)
    hang = lines[end]
    assert trial.HANGS in hang
    # One run for it: the probe, one test, stopped at its limit; none of all four, none again alone.
    assert lines[start + 1 : end] == ["run of 1 test(s)"]
    seconds = float(re.search(r", ([0-9.]+)s\)", hang).group(1))
    assert seconds < 2 * trial.MIN_TEST_TIMEOUT


@pytest.mark.parametrize("probed", [False, True])
def test_it_judges_a_hang_in_the_full_targeted_run_too(project, local_sandbox, monkeypatch, probed):
    # Below PROBE_TARGETS there is no probe: the full run shows the hang and nothing runs again.
    if not probed:
        monkeypatch.setattr(trial, "PROBE_TARGETS", 1 << 10)
    ws = project(PROJECT)
    lines: list[str] = []
    engine = _engine(ws, local_sandbox, [], lines)
    engine.fixers = [ScanEdits()]
    outcomes = list(engine.repair(engine.check()))
    assert [(o.line, o.status) for o in outcomes] == [(7, FixStatus.FIXED)]
    assert any(trial.HANGS in line for line in lines if "use continue instead of break" in line)
