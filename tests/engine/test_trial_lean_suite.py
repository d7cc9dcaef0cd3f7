"""A candidate expected to leave the suite green runs the whole suite once, without per-test coverage."""

from __future__ import annotations

from healer.engine.repair import Engine, EngineConfig
from healer.engine.trial import Trier
from healer.engine.types import BugType, FixStatus

from .conftest import PYPROJECT_SRC
from .test_engine_validation import Offers
from .test_trial_probe import Recording

SOURCE = "def double(n):\n    return n + 2\n\n\ndef half(n):\n    return n // 3\n"
TESTS = (
    "from calc import double, half\n\n"
    + "".join(f"\ndef test_double_{k}():\n    assert double({k}) == {2 * k}\n\n" for k in (4, 5))
    + "".join(f"\ndef test_half_{k}():\n    assert half({2 * k}) == {k}\n\n" for k in (4, 5))
    + "\ndef test_other():\n    assert True\n"
)
FIXES = [("n + 2", "n * 2", "times"), ("n // 3", "n // 2", "halves")]


def _whole_suite_runs(sandbox: Recording) -> list[bool]:
    """Per whole-suite pytest run (no node id named), whether it measured per-test coverage."""
    runs = []
    for argv in sandbox.commands:
        if "pytest" in argv and not any("::" in a for a in argv):
            runs.append("--healer-coverage" in argv)
    return runs


def _engine(project, local_sandbox, *, fixes):
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/calc.py": SOURCE, "tests/test_calc.py": TESTS})
    sandbox = Recording(local_sandbox)
    lines: list[str] = []
    engine = Engine(
        workspace=ws,
        sandbox=sandbox,
        config=EngineConfig(test_timeout=20),
        log=lines.append,
        fixers=[Offers(BugType.LOGIC, "src/calc.py", fixes)],
    )
    return engine, sandbox, lines


def test_it_measures_coverage_while_failures_remain_and_not_for_the_last_fix(project, local_sandbox):
    engine, sandbox, lines = _engine(project, local_sandbox, fixes=FIXES)
    report = engine.check()
    assert report.failed == 4 and len(report.failures) == 2
    outcomes = list(engine.repair(report))
    assert sorted((o.description, o.status) for o in outcomes) == [
        ("halves", FixStatus.FIXED),
        ("times", FixStatus.FIXED),
    ], lines
    # The checks and the first fix measure coverage (the second failure is still to localise);
    # the second fix leaves nothing to fix: its one whole-suite run measures none.
    assert _whole_suite_runs(sandbox) == [True, True, False], sandbox.commands
    assert engine.stats.suite_lean_runs == 1 and engine.stats.suite_lean_misses == 0
    assert engine.stats.suite_runs_for_fixes == engine.stats.fixes_accepted == 2
    assert engine.check().ok


def test_it_runs_the_suite_again_with_coverage_when_the_prediction_was_wrong(
    project, local_sandbox, monkeypatch
):
    # Every candidate predicted to leave the suite green: the first fix leaves the other failure,
    # so its run is made again with coverage (two runs for that fix) and the state it gives the
    # next search has coverage.
    monkeypatch.setattr(Trier, "_leaves_nothing", lambda self, trial: True)
    engine, sandbox, lines = _engine(project, local_sandbox, fixes=FIXES)
    report = engine.check()
    outcomes = list(engine.repair(report))
    assert {o.status for o in outcomes} == {FixStatus.FIXED} and len(outcomes) == 2, lines
    assert _whole_suite_runs(sandbox) == [True, False, True, False], sandbox.commands
    assert engine.stats.suite_lean_misses == 1 and engine.stats.suite_lean_runs == 1
    assert engine.stats.suite_runs_for_fixes == 3
    assert engine.check().ok


def test_it_keeps_a_needed_fix_at_the_end_on_a_run_of_its_own_tests(project, local_sandbox):
    # Minimisation: each fix taken out alone makes its own tests fail again, so neither costs a
    # whole-suite run (and a lint run) to be kept.
    engine, sandbox, lines = _engine(project, local_sandbox, fixes=FIXES)
    outcomes = list(engine.repair(engine.check()))
    assert len(outcomes) == 2, lines
    runs_before = len(_whole_suite_runs(sandbox))
    assert list(engine.minimise()) == []
    assert len(_whole_suite_runs(sandbox)) == runs_before and engine.stats.withdrawal_runs == 0
    kept = [line for line in lines if line.startswith("Kept ")]
    assert len(kept) == 2 and all("the tests it made pass fail without it" in line for line in kept), lines
    assert engine.check().ok
