"""The execution's observer (runs.services.events): what `heal` shows, and how it stops a run.

The engine and the sandbox are the stand-ins of test_run_hooks.py (the real ones are
covered by test_heal_cli.py); the repository is a real local Git repository.
"""

# ruff: noqa: F401, F811 (the stand_ins fixture is shared with test_run_hooks: imported, then requested)
from __future__ import annotations

from contextlib import contextmanager
from types import SimpleNamespace

import pytest

from runs.models import RunStatus
from runs.services import run_create, run_execute
from runs.services.events import (
    CandidatesCounted,
    ChecksDone,
    FixCommitted,
    IterationStarted,
    LogLine,
    RunInterrupted,
    StepChanged,
    candidate_counts,
)
from tests.runs.test_run_hooks import FILES, StandInEngine, stand_ins

pytestmark = pytest.mark.django_db(transaction=True)


class Observer:
    def __init__(self, *, stop_after=None, raise_on=None, error=None):
        self.events: list = []
        self.stop_after = stop_after  # an event type: stop_requested turns true once one arrived
        self.raise_on = raise_on  # an event type that raises `error`
        self.error = error
        self.stopping = False

    def notify(self, event):
        self.events.append(event)
        if self.stop_after is not None and isinstance(event, self.stop_after):
            self.stopping = True
        if self.raise_on is not None and isinstance(event, self.raise_on):
            raise self.error

    def stop_requested(self):
        return self.stopping

    def of(self, kind):
        return [event for event in self.events if isinstance(event, kind)]


class CountingEngine(StandInEngine):
    """The stand-in with engine-core's counters (Engine.stats): one candidate tried per fix."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.stats = SimpleNamespace(candidates_tried=0, candidates_validated=0)

    def repair(self, report):
        for outcome in super().repair(report):
            self.stats.candidates_tried += 3
            self.stats.candidates_validated += 1
            yield outcome


@pytest.fixture
def sandbox_exits(monkeypatch, stand_ins):
    """Records that the run's sandbox context was left (the container's clean-up)."""
    import sandbox.sessions

    exits: list[str] = []

    @contextmanager
    def sandbox_open(**kwargs):
        try:
            yield SimpleNamespace()
        finally:
            exits.append(kwargs["run_id"])

    monkeypatch.setattr(sandbox.sessions, "sandbox_open", sandbox_open)
    return exits


def heal(origin, observer):
    run = run_create(
        repo_url=str(origin), team_name="Alpha", leader_name="Ada", allow_local=True, enqueue=False
    )
    return run_execute(run_id=run.pk, observer=observer)


def test_it_reports_iterations_checks_fixes_and_the_engines_counters(
    stand_ins, monkeypatch, git_repo_factory
):
    import healer.engine.repair

    monkeypatch.setattr(healer.engine.repair, "Engine", CountingEngine)
    observer = Observer()

    run = heal(git_repo_factory(FILES), observer)

    assert run.status == RunStatus.PASSED
    # One check-and-fix iteration: its checks, the fix, the fix re-validated.
    assert observer.of(IterationStarted) == [IterationStarted(1, 5)]
    assert observer.of(ChecksDone) == [
        ChecksDone(iteration=1, passed=1, failed=0, lint_findings=1, failures=1),
        ChecksDone(iteration=1, passed=1, failed=0, lint_findings=0, failures=0),
    ]
    [fixed] = observer.of(FixCommitted)
    assert fixed.fix_line == "LINTING error in src/calc.py line 1 → Fix: edit"
    assert fixed.commit_sha == run.fixes.get().commit_sha
    assert observer.of(CandidatesCounted)[-1] == CandidatesCounted(tried=3, validated=1)
    steps = [event.step for event in observer.of(StepChanged)]
    assert steps[:2] == ["Cloning the repository", "Starting the sandbox"]
    assert "Iteration 1/5: re-validating the fixes" in steps
    # Every log line of the run reaches the observer, the fix line among them.
    assert LogLine(fixed.fix_line) in observer.events
    # In order: a fix is reported after the checks that found it, before those that re-validate it.
    order = [type(event) for event in observer.events if not isinstance(event, LogLine | StepChanged)]
    first_checks = order.index(ChecksDone)
    assert first_checks < order.index(FixCommitted) < order.index(ChecksDone, first_checks + 1)


def test_it_stops_after_the_current_step_when_the_observer_asks(sandbox_exits, git_repo_factory):
    observer = Observer(stop_after=ChecksDone)

    run = heal(git_repo_factory(FILES), observer)

    assert run.status == RunStatus.CANCELLED
    assert run.error_message == "Cancelled on request."
    # The step under way ends (the stand-in engine does not poll; a fix it made is kept), no other begins.
    assert observer.of(IterationStarted) == [IterationStarted(1, 5)]
    assert len(observer.of(ChecksDone)) == 1
    assert sandbox_exits == [str(run.pk)]


def test_an_interruption_inside_a_step_cleans_up_and_ends_the_run_cancelled(
    sandbox_exits, git_repo_factory, settings
):
    # What the second Ctrl-C does: the signal handler raises inside whatever is running.
    observer = Observer(raise_on=ChecksDone, error=RunInterrupted("Interrupted (SIGINT): stopped at once."))

    run = heal(git_repo_factory(FILES), observer)

    assert run.status == RunStatus.CANCELLED
    assert run.error_message == "Interrupted (SIGINT): stopped at once."
    assert sandbox_exits == [str(run.pk)]  # the sandbox was left (removed) on the way out
    assert list(settings.HEALER_WORKSPACE_ROOT.iterdir()) == []  # and the clone removed
    assert (settings.HEALER_RESULTS_ROOT / f"run-{run.pk}.json").is_file()


def test_a_broken_observer_never_stops_the_run(stand_ins, git_repo_factory):
    observer = Observer(raise_on=StepChanged, error=OSError("the terminal went away"))

    run = heal(git_repo_factory(FILES), observer)

    assert run.status == RunStatus.PASSED
    assert len(observer.of(FixCommitted)) == 1


def test_the_counters_are_the_engines_own():
    stats = SimpleNamespace(candidates_tried=9, candidates_validated=2)
    assert candidate_counts(SimpleNamespace(stats=stats)) == (9, 2)
    assert candidate_counts(SimpleNamespace()) == (0, 0)  # an engine without counters
