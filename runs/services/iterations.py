"""Writes of Iteration and Fix rows: what each iteration of a run checked and fixed.

Rows are history: written once, by the execute service, never edited after.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from django.db import transaction
from django.utils import timezone

from healer.engine.types import CheckReport, FixOutcome
from runs.models import ExecutionSuperseded, Fix, Iteration, IterationStatus, Run, RunStatus

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
        file=outcome.file,
        line=outcome.line,
        bug_type=str(outcome.bug_type),
        description=outcome.fix_line,
        status=str(outcome.status),
        commit_sha=record.commit_sha,
        commit_message=record.commit_message,
        diff=outcome.diff,
    )


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
    """One iteration and its fixes, in one transaction; refused (ExecutionSuperseded) when the
    execution recording it no longer holds the run."""
    with transaction.atomic():
        if run.execution is not None and not (
            Run.objects.select_for_update()
            .filter(pk=run.pk, execution=run.execution, status=RunStatus.RUNNING)
            .exists()
        ):
            raise ExecutionSuperseded(f"run {run.pk}: execution {run.execution} no longer holds the run")
        iteration = Iteration.objects.create(
            run=run,
            number=number,
            status=IterationStatus.PASSED if passed else IterationStatus.FAILED,
            passed=report.passed,
            failed=report.failed,
            lint_findings=report.lint_findings,
            log_excerpt=log_text[-LOG_EXCERPT_CHARS:],
            started_at=started_at,
            finished_at=timezone.now(),
        )
        Fix.objects.bulk_create([_fix_build(run=run, iteration=iteration, record=record) for record in fixes])
    return iteration


def iterations_discard(*, run: Run) -> None:
    """Forget a lost attempt's iterations (and their fixes): the next attempt starts from scratch."""
    run.iterations.all().delete()
