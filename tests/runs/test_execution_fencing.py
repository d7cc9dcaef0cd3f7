"""One execution per run at a time, and no execution leaves its run RUNNING.

- Each claim gives the run a new fencing token (Run.execution); every write of an
  execution names it, so an execution that was taken over (recovery re-queued the
  run and another worker claimed it) can no longer change the run, and stops.
- The heartbeat thread outlives database errors (log, back off, retry).
- Each execution works in its own workspace directory.
- The final state is stored in a `finally`, retried through database errors.

The engine and the sandbox are the stand-ins of test_run_hooks.py; the
repository is a real local Git repository.
"""

# ruff: noqa: F401, F811 (the stand_ins fixture is shared with test_run_hooks: imported, then requested)
from __future__ import annotations

import threading
import time

import pytest
from django.db import OperationalError
from django.utils import timezone

from healer.engine.types import BugType, CheckReport, FixOutcome, FixStatus
from runs.models import ExecutionSuperseded, Run, RunStatus, Team
from runs.services import heartbeat, run_create, run_execute
from runs.services import runs as run_services
from runs.services.heartbeat import Progress
from runs.services.iterations import FixRecord, fixes_record, iteration_end, iteration_record, iteration_start
from runs.services.runs import (
    run_checks_save,
    run_claim,
    run_finish,
    run_heartbeat_save,
    run_mark_pushed,
    run_progress_save,
    run_requeue,
    workspace_dir_name,
)
from tests.conftest import git
from tests.runs.test_run_hooks import FILES, StandInEngine, stand_ins

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def run():
    team = Team.objects.create(name="Alpha", leader_name="Ada")
    return Run.objects.create(
        team=team, leader_name="Ada", repo_url="https://x.org/a/b", branch="ALPHA_ADA_AI_Fix"
    )


def take_over(run_id: int) -> Run:
    """What recovery and a second worker do: re-queue the run, then claim it again."""
    from django.db import transaction

    with transaction.atomic():
        run_requeue(run=Run.objects.select_for_update().get(pk=run_id), step="Re-queued", note="== lost")
    return run_claim(run_id=run_id)


def test_each_claim_gets_a_new_fencing_token_and_its_own_workspace(run):
    first = run_claim(run_id=run.pk)
    second = take_over(run.pk)
    assert first.execution and second.execution and first.execution != second.execution
    assert Run.objects.get(pk=run.pk).execution == second.execution
    assert workspace_dir_name(run=first) != workspace_dir_name(run=second)
    assert workspace_dir_name(run=second) == f"run-{run.pk}-{second.execution.hex[:12]}"


def test_an_execution_that_was_taken_over_can_no_longer_write_the_run(run):
    stale = run_claim(run_id=run.pk)
    # An iteration the stale execution had begun before it was taken over (the take-over discards it).
    begun = iteration_start(run=stale, number=1, report=CheckReport(failed=1), started_at=timezone.now())
    current = take_over(run.pk)
    now = timezone.now()
    outcome = FixOutcome(BugType.LOGIC, "a.py", 1, "x", FixStatus.FIXED)

    writes = {
        "progress": lambda: run_progress_save(
            run_id=run.pk,
            log_tail="stale",
            current_step="stale",
            execution=stale.execution,
            log_append="stale",
        ),
        "counters": lambda: run_checks_save(run=stale, passed=1, failed=1, failures=1),
        "iteration start": lambda: iteration_start(
            run=stale, number=2, report=CheckReport(), started_at=timezone.now()
        ),
        "fix": lambda: fixes_record(
            run=stale, iteration=begun, records=[FixRecord(outcome, commit_sha="b" * 40, commit_message="m")]
        ),
        "iteration end": lambda: iteration_end(
            run=stale, iteration=begun, report=CheckReport(), passed=True, log_text=""
        ),
        "heartbeat": lambda: run_heartbeat_save(run_id=run.pk, execution=stale.execution),
        "pushed": lambda: run_mark_pushed(run=stale),
        "iteration": lambda: iteration_record(
            run=stale, number=1, report=CheckReport(), started_at=now, passed=True, log_text="", fixes=[]
        ),
        "finish": lambda: run_finish(run=stale, status=RunStatus.PASSED),
    }
    refused = []
    for name, write in writes.items():
        try:
            write()
        except ExecutionSuperseded:
            refused.append(name)
    assert refused == list(writes)

    row = Run.objects.get(pk=run.pk)
    assert (row.status, row.execution, row.pushed, row.iterations.count(), row.fixes.count()) == (
        RunStatus.RUNNING,
        current.execution,
        False,
        0,
        0,
    )
    assert "stale" not in row.log_tail and not row.log_chunks.exists()
    assert (row.tests_passed, row.failures_detected) == (None, 0)
    # The execution that holds the run writes as before.
    run_progress_save(run_id=run.pk, log_tail="mine", current_step="mine", execution=current.execution)
    assert run_finish(run=current, status=RunStatus.PASSED).status == RunStatus.PASSED
    # And once the run is over, even its own execution writes no more.
    with pytest.raises(ExecutionSuperseded):
        run_heartbeat_save(run_id=run.pk, execution=current.execution)


def test_the_heartbeat_thread_outlives_database_errors_and_still_notices_a_cancellation(run, monkeypatch):
    monkeypatch.setattr(heartbeat, "TICK_SECONDS", 0.02)
    monkeypatch.setattr(heartbeat, "HEARTBEAT_SECONDS", 0)
    claimed = run_claim(run_id=run.pk)
    beats: list[str] = []
    failing = threading.Event()
    failing.set()

    def flaky_heartbeat(**kwargs):
        if failing.is_set():
            beats.append("error")
            raise OperationalError("server closed the connection unexpectedly")
        beats.append("ok")
        run_heartbeat_save(**kwargs)

    monkeypatch.setattr(heartbeat, "run_heartbeat_save", flaky_heartbeat)
    with Progress(claimed) as progress:
        deadline = time.monotonic() + 10
        while beats.count("error") < 4 and time.monotonic() < deadline:
            time.sleep(0.01)
        failing.clear()
        Run.objects.filter(pk=run.pk).update(cancel_requested=True, heartbeat_at=None)
        while not progress.should_stop() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert progress._thread.is_alive()

    assert beats.count("error") >= 4 and "ok" in beats
    assert progress.cancelled.is_set() and not progress.superseded.is_set()
    assert Run.objects.get(pk=run.pk).heartbeat_at is not None  # it beat again after the errors


def test_the_heartbeat_backs_off_while_the_database_fails():
    progress = Progress.__new__(Progress)
    pauses = []
    for failures in range(8):
        progress.failures = failures
        pauses.append(progress._pause())
    assert pauses[0] == heartbeat.TICK_SECONDS
    assert pauses == sorted(pauses) and pauses[-1] == heartbeat.BACKOFF_MAX
    assert heartbeat.BACKOFF_MAX < 30  # well under the smallest HEALER_RUN_STALE_AFTER


def test_a_run_taken_over_mid_execution_is_left_to_its_new_execution(
    stand_ins, git_repo_factory, monkeypatch
):
    origin = git_repo_factory(FILES)
    run = run_create(
        repo_url=str(origin), team_name="Alpha", leader_name="Ada", allow_local=True, enqueue=False
    )
    taken: list[Run] = []
    original_check = StandInEngine.check

    def check_then_lose_the_run(self):
        if not taken:
            taken.append(take_over(run.pk))  # the worker looked dead; another one claimed the run
        return original_check(self)

    monkeypatch.setattr(StandInEngine, "check", check_then_lose_the_run)

    returned = run_execute(run_id=run.pk)

    row = Run.objects.get(pk=run.pk)
    assert returned.pk == run.pk and row.status == RunStatus.RUNNING
    assert row.execution == taken[0].execution  # still held by the new execution, untouched
    assert row.iterations.count() == 0 and not row.pushed and row.finished_at is None
    assert run.branch not in git(origin, "branch", "--list")  # the stale execution pushed nothing


def test_an_error_outside_the_heal_still_finishes_the_run_retrying_through_database_errors(
    stand_ins, git_repo_factory, monkeypatch
):
    origin = git_repo_factory(FILES)
    run = run_create(
        repo_url=str(origin), team_name="Alpha", leader_name="Ada", allow_local=True, enqueue=False
    )

    calls = []
    real_finish = run_services.run_finish

    def flaky_finish(**kwargs):
        calls.append(kwargs["status"])
        if len(calls) <= 2:
            raise OperationalError("database is locked")
        return real_finish(**kwargs)

    monkeypatch.setattr(heartbeat.Progress, "__enter__", _enter_failing)
    monkeypatch.setattr(run_services, "run_finish", flaky_finish)
    monkeypatch.setattr(run_services, "FINISH_RETRY_DELAYS", (0, 0, 0))

    with pytest.raises(RuntimeError, match="thread limit"):
        run_execute(run_id=run.pk)

    row = Run.objects.get(pk=run.pk)
    assert row.status == RunStatus.ERROR and row.finished_at is not None
    assert row.error_message == "Internal error: RuntimeError: can't start new thread (thread limit)"
    assert len(calls) == 3


def _enter_failing(self):
    raise RuntimeError("can't start new thread (thread limit)")


def test_the_result_stands_when_only_the_last_progress_write_fails(stand_ins, git_repo_factory, monkeypatch):
    origin = git_repo_factory(FILES)
    run = run_create(
        repo_url=str(origin), team_name="Alpha", leader_name="Ada", allow_local=True, enqueue=False
    )

    def broken_progress_save(**kwargs):
        raise OperationalError("database is locked")

    monkeypatch.setattr(heartbeat, "run_progress_save", broken_progress_save)  # every flush fails

    finished = run_execute(run_id=run.pk)

    assert finished.status == RunStatus.PASSED
    assert Run.objects.get(pk=run.pk).status == RunStatus.PASSED
