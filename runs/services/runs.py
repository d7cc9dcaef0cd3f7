"""Writes of Run rows: every state change of a run goes through these functions.

Views, API endpoints, tasks, commands, the execute and recovery services and
plug-ins (runs.hosting) call them; nothing else writes a Run. Iteration and
Fix rows are written in runs.services.iterations.
"""

from __future__ import annotations

import logging
import os
import socket
import time
import uuid
from collections.abc import Callable
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from healer.engine.formatting import branch_name, branch_part, score_compute
from runs.gitops import SourceError, repo_source_parse
from runs.hooks import run_hooks
from runs.models import (
    ACTIVE_STATUSES,
    ExecutionSuperseded,
    Run,
    RunLogChunk,
    RunStatus,
    StopReason,
    team_name_taken_message,
)
from runs.selectors import run_commit_count, run_fixed_count, team_branch_clash, team_find
from runs.services.iterations import iterations_close, iterations_discard
from runs.services.results import results_write
from runs.services.teams import team_get_or_create

logger = logging.getLogger(__name__)

# The live log kept on the run (dashboard, API, recovery notes): its last characters only.
LOG_TAIL_CHARS = 16_000
# The stop reason a status implies when the caller does not name one (a FAILED run must: it
# stopped at the retry limit, for want of a candidate or of time).
STATUS_STOP_REASONS = {
    RunStatus.PASSED: StopReason.ALL_PASS,
    RunStatus.ERROR: StopReason.ERROR,
    RunStatus.CANCELLED: StopReason.CANCELLED,
}
FAILED_UNKNOWN_STEP = "Stopped with checks still failing"


def log_tail_append(tail: str, line: str) -> str:
    return (tail + line + "\n")[-LOG_TAIL_CHARS:]


def worker_identity() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def run_validate(
    *,
    repo_url: str,
    team_name: str,
    leader_name: str,
    retry_limit: int | None,
    allow_local: bool | None = None,
) -> dict:
    """Check a run request; returns cleaned values or raises ValidationError with field messages."""
    errors: dict[str, str] = {}
    cleaned: dict = {}
    allow_local = settings.HEALER_ALLOW_LOCAL_REPOS if allow_local is None else allow_local
    try:
        source = repo_source_parse(
            repo_url, allow_local=allow_local, allow_http=settings.HEALER_ALLOW_HTTP_REPOS
        )
        cleaned["repo_url"] = source.url
    except SourceError as exc:
        errors["repo_url"] = str(exc)
    team_name = " ".join((team_name or "").split())
    leader_name = " ".join((leader_name or "").split())
    for field, value, label in (
        ("team_name", team_name, "team name"),
        ("leader_name", leader_name, "leader name"),
    ):
        if not value:
            errors[field] = f"Enter the {label}."
        elif len(value) > 100:
            errors[field] = f"The {label} is too long (100 characters at most)."
        elif not branch_part(value).strip("_"):
            # Each name on its own, so that one submit shows every field's problem.
            errors[field] = f"The {label} {value!r} has no letters or digits to build a branch name from."
    if "team_name" not in errors and "leader_name" not in errors:
        cleaned["branch"] = branch_name(team_name=team_name, leader_name=leader_name)
    if "team_name" not in errors and (clash := team_branch_clash(name=team_name)) is not None:
        errors["team_name"] = team_name_taken_message(name=team_name, taken_by=clash.name)
    if "repo_url" not in errors and "team_name" not in errors:
        # The plug-in's rules, e.g. Git hosting: a repository linked to another team is theirs.
        for field, message in (
            run_hooks().request_errors(repo_url=cleaned["repo_url"], team_name=team_name).items()
        ):
            errors.setdefault(field, message)
    if retry_limit is None:
        retry_limit = settings.HEALER_DEFAULT_RETRIES
    if (
        not isinstance(retry_limit, int)
        or isinstance(retry_limit, bool)
        or not (1 <= retry_limit <= settings.HEALER_MAX_RETRIES)
    ):
        errors["retry_limit"] = (
            f"The retry limit must be a whole number from 1 to {settings.HEALER_MAX_RETRIES}."
        )
    if errors:
        raise ValidationError(errors)
    cleaned.update(team_name=team_name, leader_name=leader_name, retry_limit=retry_limit)
    return cleaned


def run_create(
    *,
    repo_url: str,
    team_name: str,
    leader_name: str,
    retry_limit: int | None = None,
    created_by: AbstractBaseUser | None = None,
    allow_local: bool | None = None,
    enqueue: bool = True,
) -> Run:
    """Validate and store a QUEUED run; enqueue its execution once the row is committed.

    Invalid input raises ValidationError and writes nothing.
    """
    cleaned = run_validate(
        repo_url=repo_url,
        team_name=team_name,
        leader_name=leader_name,
        retry_limit=retry_limit,
        allow_local=allow_local,
    )
    user = created_by if created_by is not None and created_by.is_authenticated else None
    with transaction.atomic():
        existing = team_find(name=cleaned["team_name"])
        if (
            existing is not None
            and user is not None
            and not user.is_staff
            and not existing.members.filter(pk=user.pk).exists()
        ):
            # Joining a team by naming it would expose its runs: membership is granted, not claimed.
            raise ValidationError({"team_name": f"You are not a member of team {existing.name}."})
        team = team_get_or_create(name=cleaned["team_name"], leader_name=cleaned["leader_name"])
        if user is not None and existing is None:
            team.members.add(user)
        run = Run.objects.create(
            team=team,
            leader_name=cleaned["leader_name"],
            repo_url=cleaned["repo_url"],
            branch=cleaned["branch"],
            retry_limit=cleaned["retry_limit"],
            created_by=user,
            status=RunStatus.QUEUED,
            current_step="Waiting for a worker",
        )
        if enqueue:
            run_id = run.pk
            transaction.on_commit(lambda: run_enqueue(run_id=run_id))
    return run


def run_enqueue(*, run_id: int) -> str:
    """Hand the run to django-q2; the task only calls run_execute."""
    from django_q.tasks import async_task

    return async_task("runs.tasks.execute_run", run_id, task_name=f"run-{run_id}", group="runs")


def run_cancel(*, run: Run) -> Run:
    """Cancel a queued run at once; ask a running one to stop at its next step."""
    with transaction.atomic():
        run = Run.objects.select_for_update().get(pk=run.pk)
        if run.status not in ACTIVE_STATUSES:
            raise ValidationError(f"Run {run.pk} has already finished ({run.get_status_display()}).")
        run.cancel_requested = True
        fields = ["cancel_requested"]
        if run.status == RunStatus.QUEUED:
            now = timezone.now()
            run.status = RunStatus.CANCELLED
            run.stop_reason = StopReason.CANCELLED
            run.finished_at = now
            run.current_step = "Cancelled before it started"
            fields += ["status", "stop_reason", "finished_at", "current_step"]
        else:
            run.current_step = "Cancelling..."
            fields.append("current_step")
        run.save(update_fields=fields)
    return run


def run_claim(*, run_id: int) -> Run | None:
    """QUEUED → RUNNING for this worker (or take over a RUNNING run whose worker went silent).

    None when there is nothing to execute: a task delivered twice executes its run once.
    """
    now = timezone.now()
    with transaction.atomic():
        run = Run.objects.select_for_update().filter(pk=run_id).first()
        if run is None:
            logger.warning("run %s does not exist; nothing to execute", run_id)
            return None
        stale = run.status == RunStatus.RUNNING and (
            run.heartbeat_at is None
            or run.heartbeat_at < now - timedelta(seconds=settings.HEALER_RUN_STALE_AFTER)
        )
        if run.status != RunStatus.QUEUED and not stale:
            logger.info("run %s is %s; not executing it again", run_id, run.status)
            return None
        if run.cancel_requested:
            run.status = RunStatus.CANCELLED
            run.stop_reason = StopReason.CANCELLED
            run.finished_at = now
            run.current_step = "Cancelled before it started"
            run.save(update_fields=["status", "stop_reason", "finished_at", "current_step"])
            return None
        run.status = RunStatus.RUNNING
        run.started_at = run.started_at or now
        run.worker = worker_identity()
        run.heartbeat_at = now
        run.attempts += 1
        run.current_step = "Starting"
        run.error_message = ""
        # A new fencing token: whatever an earlier execution of this run still writes is refused.
        run.execution = uuid.uuid4()
        run.claimed_at = now
        run.save(
            update_fields=[
                "status",
                "started_at",
                "worker",
                "heartbeat_at",
                "attempts",
                "current_step",
                "error_message",
                "execution",
                "claimed_at",
            ]
        )
        if stale:
            # A previous attempt died mid-run: its partial history would mix with this one.
            iterations_discard(run=run)
    return run


def _execution_update(*, run_id: int, execution: uuid.UUID | None, **fields) -> None:
    """Update the run on behalf of one execution: refused (ExecutionSuperseded) once it no longer
    holds the run. `execution` None is a write outside any execution (tests, tools): unfenced."""
    rows = Run.objects.filter(pk=run_id)
    if execution is not None:
        rows = rows.filter(execution=execution, status=RunStatus.RUNNING)
    if not rows.update(**fields) and execution is not None:
        raise ExecutionSuperseded(f"run {run_id}: execution {execution} no longer holds the run")


def run_progress_save(
    *,
    run_id: int,
    log_tail: str,
    current_step: str,
    execution: uuid.UUID | None = None,
    log_append: str = "",
) -> None:
    """The live log and step of a running run (a heartbeat too); `log_append` joins the full log."""
    with transaction.atomic():
        _execution_update(
            run_id=run_id,
            execution=execution,
            log_tail=log_tail,
            current_step=current_step,
            heartbeat_at=timezone.now(),
        )
        if log_append:
            RunLogChunk.objects.create(run_id=run_id, text=log_append)


def run_checks_save(*, run: Run, passed: int, failed: int, failures: int) -> None:
    """The counters of the latest check, shown live: tests passed and failed, and the failures
    detected so far (those already fixed, plus the `failures` this check still reports)."""
    _execution_update(
        run_id=run.pk,
        execution=run.execution,
        tests_passed=passed,
        tests_failed=failed,
        failures_detected=run_fixed_count(run=run) + failures,
    )


def run_heartbeat_save(*, run_id: int, execution: uuid.UUID | None = None) -> None:
    """The execution's sign of life: recovery judges an execution by this, not by its process."""
    _execution_update(run_id=run_id, execution=execution, heartbeat_at=timezone.now())


def run_log_append(*, run: Run, line: str) -> None:
    Run.objects.filter(pk=run.pk).update(log_tail=log_tail_append(run.log_tail, line))


def run_mark_pushed(*, run: Run) -> None:
    """The run's branch reached the repository's origin (at the end, or earlier for a remote CI)."""
    _execution_update(run_id=run.pk, execution=run.execution, pushed=True)


def run_head_save(*, run: Run, sha: str) -> None:
    """The commit the run's branch ends at."""
    _execution_update(run_id=run.pk, execution=run.execution, head_sha=sha)


def run_execution_check(*, run: Run) -> None:
    """Raise ExecutionSuperseded unless `run`'s execution still holds it (before an outside effect)."""
    _execution_update(run_id=run.pk, execution=run.execution, heartbeat_at=timezone.now())


def run_requeue(*, run: Run, step: str, note: str) -> None:
    """Back to QUEUED for a new attempt from scratch, enqueued once the transaction commits.

    The caller holds the row lock (select_for_update) inside its transaction.
    """
    # The lost attempt's iterations would clash with the next attempt's numbering
    # and its commits were never pushed: the next attempt starts from scratch.
    iterations_discard(run=run)
    run.status = RunStatus.QUEUED
    run.worker = ""
    run.heartbeat_at = None
    run.execution = None  # the lost execution's writes are refused from now on
    run.claimed_at = None
    run.current_step = step
    run.log_tail = log_tail_append(run.log_tail, note)
    run.save(
        update_fields=[
            "status",
            "worker",
            "heartbeat_at",
            "execution",
            "claimed_at",
            "current_step",
            "log_tail",
        ]
    )
    run_id = run.pk
    transaction.on_commit(lambda: run_enqueue(run_id=run_id))


def run_finish(*, run: Run, status: RunStatus, error: str = "", stop_reason: StopReason | None = None) -> Run:
    """The final state: status, why it stopped, duration, score, the reason of an error; then results.json.

    Only a run that ran its checks to an end (PASSED, FAILED) is scored; an ERROR or
    CANCELLED one keeps every score part None. An execution finishes only the run it
    still holds (else ExecutionSuperseded); recovery passes the row it has locked,
    which is current by definition.
    """
    execution = run.execution
    with transaction.atomic():
        run = Run.objects.select_for_update().get(pk=run.pk)
        if execution is not None and (run.execution != execution or run.status != RunStatus.RUNNING):
            raise ExecutionSuperseded(f"run {run.pk}: execution {execution} no longer holds the run")
        iterations_close(run=run)
        now = timezone.now()
        run.status = status
        run.stop_reason = stop_reason or STATUS_STOP_REASONS.get(status, "")
        run.finished_at = now
        run.duration_seconds = (now - run.started_at).total_seconds() if run.started_at else 0.0
        _score_set(run)
        run.error_message = _error_shorten(error)
        run.current_step = run.get_stop_reason_display() if run.stop_reason else FAILED_UNKNOWN_STEP
        run.save()
    results_write(run=run)
    return run


ERROR_LIMIT = 2000


def _error_shorten(error: str, *, limit: int = ERROR_LIMIT) -> str:
    """The error's first line (what went wrong, and the setting that changes it) and its last lines.

    A tool's own output ends with its decisive line (pip's `ERROR: ... No space left on device`),
    so a long error keeps its head line and its tail rather than being cut in the middle.
    """
    if len(error) <= limit:
        return error
    head, _, rest = error.partition("\n")
    head = head[: limit // 2]
    marker = "\n[...]\n"
    return head + marker + rest[-(limit - len(head) - len(marker)) :]


def _score_set(run: Run) -> None:
    if not run.is_scored:
        run.score_base = run.score_speed_bonus = run.score_efficiency_penalty = run.score_total = None
        return
    score = score_compute(duration_seconds=run.duration_seconds, commit_count=run_commit_count(run=run))
    run.score_base = score.base
    run.score_speed_bonus = score.speed_bonus
    run.score_efficiency_penalty = score.efficiency_penalty
    run.score_total = score.total


# Waits between attempts to store a run's final state while the database fails (about a minute).
FINISH_RETRY_DELAYS = (0.5, 1, 2, 4, 8, 15, 30)


def run_finish_retrying(
    *,
    run: Run,
    status: RunStatus,
    error: str = "",
    stop_reason: StopReason | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> Run | None:
    """run_finish, retried through database errors so that an execution never leaves its run RUNNING.

    None when this execution no longer holds the run (someone else finishes it),
    or when the database stayed unreachable: then the stale heartbeat hands the
    run to recovery.
    """
    for delay in (*FINISH_RETRY_DELAYS, None):
        try:
            return run_finish(run=run, status=status, error=error, stop_reason=stop_reason)
        except ExecutionSuperseded:
            logger.warning("run %s: taken over by another execution; not finishing it here", run.pk)
            return None
        except DatabaseError:
            if delay is None:
                logger.exception(
                    "run %s: its final state could not be stored; recovery will finish it", run.pk
                )
                return None
            logger.warning(
                "run %s: storing its final state failed; retrying in %s s", run.pk, delay, exc_info=True
            )
            connection_reset()
            sleep(delay)
    return None


def connection_reset() -> None:
    """Drop this thread's database connection after an error (a new one is opened on next use).

    Inside a transaction (tests) the connection is kept: closing it would end the transaction.
    """
    if not connection.in_atomic_block:
        connection.close()


def workspace_dir_name(*, run: Run) -> str:
    """The directory of one execution under HEALER_WORKSPACE_ROOT: run-<id>-<first 12 of its token>."""
    return f"run-{run.pk}-{run.execution.hex[:12]}" if run.execution else f"run-{run.pk}"
