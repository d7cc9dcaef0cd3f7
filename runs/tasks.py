"""django-q2 tasks: thin wrappers that call one service each."""

from __future__ import annotations

from runs.services import run_execute


def execute_run(run_id: int) -> str | None:
    run = run_execute(run_id=run_id)
    return run.status if run else None
