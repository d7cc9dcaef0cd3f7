"""Writes of Iteration and Fix rows: what each iteration of a run checked and fixed.

Rows are history, written by the execute service as things happen: an iteration
when its checks have run (RUNNING), each fix when it is committed, the fixes that
could not be made when nothing more will be tried, and the iteration's end when
its fixes were re-validated. Every write names the execution's fencing token.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from healer.engine.types import CheckReport, FixOutcome
from runs.models import (
    ExecutionSuperseded,
    Fix,
    FixStatus,
    FixWithdrawal,
    Iteration,
    IterationStatus,
    Run,
    RunStatus,
    WithdrawalReason,
)
from runs.text import storable_text

LOG_EXCERPT_CHARS = 8_000


@dataclass(frozen=True)
class FixRecord:
    """An engine outcome as the run keeps it: FIXED ones with the commit that applied them."""

    outcome: FixOutcome
    commit_sha: str = ""
    commit_message: str = ""


def _fix_build(*, run: Run, iteration: Iteration, record: FixRecord) -> Fix:
    outcome = record.outcome
    return Fix(
        run=run,
        iteration=iteration,
        file=storable_text(outcome.file),
        line=outcome.line,
        bug_type=str(outcome.bug_type),
        description=storable_text(outcome.fix_line),
        status=str(outcome.status),
        commit_sha=record.commit_sha,
        commit_message=storable_text(record.commit_message),
        diff=storable_text(outcome.diff),
    )


def _execution_hold(*, run: Run) -> None:
    """Inside a transaction: lock the run, or raise ExecutionSuperseded when `run`'s execution lost it."""
    if run.execution is not None and not (
        Run.objects.select_for_update()
        .filter(pk=run.pk, execution=run.execution, status=RunStatus.RUNNING)
        .exists()
    ):
        raise ExecutionSuperseded(f"run {run.pk}: execution {run.execution} no longer holds the run")


def iteration_start(*, run: Run, number: int, report: CheckReport, started_at: datetime) -> Iteration:
    """An iteration whose checks have run: RUNNING until its fixes are re-validated."""
    with transaction.atomic():
        _execution_hold(run=run)
        return Iteration.objects.create(
            run=run,
            number=number,
            status=IterationStatus.RUNNING,
            start_passed=report.passed,
            start_failed=report.failed,
            failures_found=len(report.failures),
            passed=report.passed,
            failed=report.failed,
            lint_findings=report.lint_findings,
            started_at=started_at,
        )


def fixes_record(*, run: Run, iteration: Iteration, records: Sequence[FixRecord]) -> list[Fix]:
    """Fix rows of one iteration: each FIXED one as soon as its commit is made, the FAILED ones
    (what could not be fixed) once nothing more will be tried."""
    with transaction.atomic():
        _execution_hold(run=run)
        return Fix.objects.bulk_create(
            [_fix_build(run=run, iteration=iteration, record=record) for record in records]
        )


def fix_withdraw(
    *, run: Run, outcome: FixOutcome, revert_sha: str, revert_message: str, reason: WithdrawalReason
) -> FixWithdrawal | None:
    """A fix the engine took back (Engine._backtrack, Engine.minimise), reverted by its own commit.

    Its FIXED row goes, because the run reports only the edits its branch keeps; in the same
    transaction a FixWithdrawal keeps what it was and both commits, which are on the branch and
    count among the run's commits. The first FIXED row of the run with that fix line is the one
    taken back (one per revert). None when the run has no iteration to file it under.
    """
    with transaction.atomic():
        _execution_hold(run=run)
        fix = (
            Fix.objects.filter(run=run, status=FixStatus.FIXED, description=storable_text(outcome.fix_line))
            .order_by("id")
            .first()
        )
        iteration = fix.iteration if fix is not None else run.iterations.order_by("-number").first()
        if iteration is None:
            return None
        withdrawal = FixWithdrawal.objects.create(
            run=run,
            iteration=iteration,
            file=storable_text(outcome.file),
            line=outcome.line,
            bug_type=str(outcome.bug_type),
            description=storable_text(outcome.fix_line),
            commit_sha=fix.commit_sha if fix is not None else "",
            commit_message=fix.commit_message if fix is not None else "",
            diff=fix.diff if fix is not None else "",
            revert_sha=revert_sha,
            revert_message=storable_text(revert_message),
            reason=reason,
        )
        if fix is not None:
            fix.delete()
    return withdrawal


def iteration_end(
    *, run: Run, iteration: Iteration, report: CheckReport, passed: bool, log_text: str
) -> Iteration:
    """The iteration's end: where its re-validation (or, without fixes, its checks) left the run."""
    iteration.status = IterationStatus.PASSED if passed else IterationStatus.FAILED
    iteration.passed = report.passed
    iteration.failed = report.failed
    iteration.lint_findings = report.lint_findings
    iteration.log_excerpt = log_text[-LOG_EXCERPT_CHARS:]
    iteration.finished_at = timezone.now()
    with transaction.atomic():
        _execution_hold(run=run)
        Iteration.objects.filter(pk=iteration.pk).update(
            status=iteration.status,
            passed=iteration.passed,
            failed=iteration.failed,
            lint_findings=iteration.lint_findings,
            log_excerpt=iteration.log_excerpt,
            finished_at=iteration.finished_at,
        )
    return iteration


def iteration_record(
    *,
    run: Run,
    number: int,
    report: CheckReport,
    started_at: datetime,
    passed: bool,
    log_text: str,
    fixes: Sequence[FixRecord],
) -> Iteration:
    """A whole iteration at once (its checks, fixes and end from one report): tools and tests."""
    with transaction.atomic():
        iteration = iteration_start(run=run, number=number, report=report, started_at=started_at)
        fixes_record(run=run, iteration=iteration, records=fixes)
        return iteration_end(run=run, iteration=iteration, report=report, passed=passed, log_text=log_text)


def iterations_close(*, run: Run) -> None:
    """At the end of a run: an iteration it left mid-way (cancelled, error) ended FAILED, there and then."""
    Iteration.objects.filter(run=run, status=IterationStatus.RUNNING).update(
        status=IterationStatus.FAILED, finished_at=timezone.now()
    )


def iterations_discard(*, run: Run) -> None:
    """Forget a lost attempt's iterations (and their fixes): the next attempt starts from scratch."""
    run.iterations.all().delete()
