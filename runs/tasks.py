"""django-q2 tasks: thin wrappers that call one service each."""

from __future__ import annotations

from runs.services import run_execute


def execute_run(run_id: int) -> str | None:
    run = run_execute(run_id=run_id)
    return run.status if run else None


def recover_lost_runs() -> str:
    """Scheduled every HEALER_RECOVERY_MINUTES by `manage.py setup_schedules`."""
    from runs.services.recovery import runs_recover_lost

    report = runs_recover_lost()
    return (
        f"requeued {report.requeued}, failed {report.failed}, cancelled {report.cancelled}, "
        f"reaped {len(report.containers)} container(s) and {len(report.volumes)} volume(s)"
    )
