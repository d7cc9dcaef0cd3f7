"""Writes: every state change of teams, runs, iterations and fixes goes through this package.

    teams.py       Team rows
    runs.py        Run rows: create, cancel, claim, progress, push, requeue, finish
    iterations.py  Iteration and Fix rows (history, written once)
    heartbeat.py   a running run's live log, heartbeat and cancellation polling
    events.py      what an execution reports to an observer (the command line's progress)
    execution.py   run_execute: one run from clone to results.json, as named steps
    recovery.py    runs whose worker died, and their sandbox leftovers
    results.py     results.json
    tokens.py      API tokens

Views, API endpoints, tasks and management commands stay thin and call one
function here; the names most of them need are importable from the package.
"""

from runs.services.execution import run_execute
from runs.services.runs import run_cancel, run_create, run_enqueue, run_finish, run_validate
from runs.services.teams import team_get_or_create
from runs.services.tokens import token_get_or_create

__all__ = [
    "run_cancel",
    "run_create",
    "run_enqueue",
    "run_execute",
    "run_finish",
    "run_validate",
    "team_get_or_create",
    "token_get_or_create",
]
