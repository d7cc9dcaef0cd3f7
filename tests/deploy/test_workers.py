"""Real qcluster workers: concurrent runs, duplicate deliveries, cancellation across processes,
and a worker killed mid-run (SIGKILL) whose run is recovered and whose sandbox is removed."""

from __future__ import annotations

import os
import signal
from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from runs.models import FINISHED_STATUSES, Run, RunStatus
from runs.services import run_cancel, run_create, run_enqueue
from runs.services.recovery import recovery_schedule_ensure, runs_recover_lost, worker_process_alive
from sandbox import labels
from tests.conftest import git
from tests.deploy.conftest import wait_for

pytestmark = [pytest.mark.docker, pytest.mark.slow, pytest.mark.timeout(600)]

PYPROJECT = '[tool.ruff.lint]\nselect = ["F"]\n'
CALC_LINT_BUG = "import os\n\n\ndef add(a, b):\n    return a + b\n"
CALC_OK = "def add(a, b):\n    return a + b\n"
CALC_LOGIC_BUG = "def add(a, b):\n    return a - b\n"
TEST_FAST = "from calc import add\n\n\ndef test_add():\n    assert add(2, 3) == 5\n"
TEST_SLOW = "import time\n\nfrom calc import add\n\n\ndef test_add():\n    time.sleep(10)\n    assert add(2, 3) == 5\n"


def containers_of(docker_engine, run_id: int) -> list[tuple[str, str]]:
    """(name, owner) of every Healer container labelled with this run id."""
    client, _ = docker_engine
    found = client.api.containers(
        all=True,
        filters={
            "label": [
                f"{labels.MANAGED}=1",
                f"{labels.RUN}={run_id}",
                f"{labels.INSTANCE}={settings.HEALER_INSTANCE_ID}",
            ]
        },
    )
    return [(c["Names"][0].lstrip("/"), c["Labels"].get(labels.OWNER, "")) for c in found]


def submit(origin, team: str, leader: str = "Ada Lovelace") -> Run:
    return run_create(repo_url=str(origin), team_name=team, leader_name=leader, allow_local=True)


def status_of(run: Run) -> Run:
    run.refresh_from_db()
    return run


def running_checks_with_sandbox(run: Run, docker_engine):
    run = status_of(run)
    if run.status == RunStatus.RUNNING and "running checks" in run.current_step:
        return containers_of(docker_engine, run.pk)
    assert run.status in (RunStatus.QUEUED, RunStatus.RUNNING), (run.status, run.error_message)
    return None


def test_runs_submitted_at_once_execute_once_each_without_interfering(
    start_worker, worker_db, git_repo_factory, docker_engine
):
    from django_q.models import Task

    origin = git_repo_factory(
        {"pyproject.toml": PYPROJECT, "calc.py": CALC_LINT_BUG, "tests/test_calc.py": TEST_FAST}
    )
    main_before = git(origin, "rev-parse", "main")
    workers = [start_worker("a"), start_worker("b")]
    runs = [submit(origin, team) for team in ("Alpha Team", "Beta Team", "Gamma Team")]
    for run in runs:
        run_enqueue(run_id=run.pk)  # every task is delivered twice

    seen: dict[int, set[tuple[str, str]]] = {run.pk: set() for run in runs}

    def all_finished() -> bool:
        for run in runs:
            seen[run.pk].update(containers_of(docker_engine, run.pk))
        return Run.objects.filter(pk__in=seen, status__in=FINISHED_STATUSES).count() == len(runs)

    wait_for(all_finished, timeout=420, what="three runs to finish", procs=workers)
    # Both deliveries of every task were consumed (three of them found nothing to do).
    wait_for(
        lambda: Task.objects.filter(func="runs.tasks.execute_run").count() == 2 * len(runs),
        timeout=60,
        what="the duplicate deliveries",
        procs=workers,
    )

    branches = set()
    for run in map(status_of, runs):
        assert run.status == RunStatus.PASSED, run.error_message
        assert run.attempts == 1  # executed once despite two deliveries
        # One check-and-fix iteration: its checks, the fix, a passing re-validation.
        assert list(run.iterations.values_list("number", "status")) == [(1, "PASSED")]
        assert run.fixes.count() == 1
        # Its sandbox belonged to the worker that ran it, and to no other run.
        assert seen[run.pk], f"no sandbox container seen for run {run.pk}"
        assert {owner for _, owner in seen[run.pk]} == {run.worker}
        subjects = git(origin, "log", "--format=%s", f"main..{run.branch}").splitlines()
        assert len(subjects) == 1 and subjects[0].startswith("[AI-AGENT]")
        assert "import os" not in git(origin, "show", f"{run.branch}:calc.py")
        branches.add(run.branch)
    names = [name for containers in seen.values() for name, _ in containers]
    assert len(names) == len(set(names))
    assert len(branches) == 3
    assert git(origin, "rev-parse", "main") == main_before
    # Every sandbox is gone once its run is over.
    assert all(containers_of(docker_engine, run.pk) == [] for run in runs)


def test_a_run_is_cancelled_from_another_process_while_a_worker_executes_it(
    start_worker, git_repo_factory, docker_engine
):
    origin = git_repo_factory(
        {"pyproject.toml": PYPROJECT, "calc.py": CALC_LOGIC_BUG, "tests/test_calc.py": TEST_SLOW}
    )
    worker = start_worker("a")
    run = submit(origin, "Cancel Team")
    wait_for(
        lambda: running_checks_with_sandbox(run, docker_engine),
        timeout=180,
        what="the run to start",
        procs=[worker],
    )

    run_cancel(run=status_of(run))  # this test process, not the worker

    wait_for(
        lambda: status_of(run).status in FINISHED_STATUSES, timeout=180, what="cancellation", procs=[worker]
    )
    assert run.status == RunStatus.CANCELLED
    assert run.error_message == "Cancelled on request."
    assert worker.poll() is None  # the worker survives and goes on serving
    wait_for(lambda: containers_of(docker_engine, run.pk) == [], timeout=30, what="the sandbox to go")


def kill_mid_run(start_worker, git_repo_factory, docker_engine, team: str):
    """Start a worker, let it start a slow run, SIGKILL the whole cluster. Returns (run, dead worker, containers)."""
    origin = git_repo_factory(
        {"pyproject.toml": PYPROJECT, "calc.py": CALC_OK, "tests/test_calc.py": TEST_SLOW}
    )
    worker = start_worker("doomed")
    run = submit(origin, team)
    containers = wait_for(
        lambda: running_checks_with_sandbox(run, docker_engine),
        timeout=180,
        what="the run to start",
        procs=[worker],
    )
    run = status_of(run)
    os.killpg(worker.pid, signal.SIGKILL)
    worker.wait(timeout=30)
    wait_for(lambda: not worker_process_alive(run.worker), timeout=30, what="the worker process to be gone")
    assert {owner for _, owner in containers} == {run.worker}
    assert status_of(run).status == RunStatus.RUNNING  # nothing else will ever finish it
    return run, run.worker, containers


def test_a_run_whose_worker_is_killed_is_recovered_by_the_schedule_and_retried(
    start_worker, git_repo_factory, docker_engine
):
    from django_q.models import Task

    run, dead, _ = kill_mid_run(start_worker, git_repo_factory, docker_engine, "Phoenix Team")
    assert containers_of(docker_engine, run.pk)  # the dead worker's sandbox is still there

    recovery_schedule_ensure()
    survivor = start_worker("survivor", HEALER_RUN_STALE_AFTER="30")

    wait_for(
        lambda: status_of(run).status in FINISHED_STATUSES,
        timeout=300,
        what="the retried run",
        procs=[survivor],
    )
    assert run.status == RunStatus.PASSED, run.error_message
    assert run.attempts == 2
    assert run.worker != dead
    assert list(run.iterations.values_list("number", flat=True)) == [1]
    recoveries = [str(task.result) for task in Task.objects.filter(func="runs.tasks.recover_lost_runs")]
    assert any(f"requeued [{run.pk}]" in result for result in recoveries), recoveries
    assert [c for c in containers_of(docker_engine, run.pk) if c[1] == dead] == []


def test_a_run_whose_worker_is_killed_fails_with_a_reason_when_attempts_are_exhausted(
    start_worker, git_repo_factory, docker_engine
):
    run, dead, containers = kill_mid_run(start_worker, git_repo_factory, docker_engine, "Icarus Team")
    # The dead worker's heartbeat can never advance again: let the clock run past the threshold.
    Run.objects.filter(pk=run.pk).update(heartbeat_at=timezone.now() - timedelta(minutes=10))

    report = runs_recover_lost(max_attempts=1)

    assert report.failed == [run.pk]
    run = status_of(run)
    assert run.status == RunStatus.ERROR
    assert f"Worker {dead} stopped responding during 'Iteration 1/" in run.error_message
    assert "gave up after 1 attempt(s)" in run.error_message
    assert {name for name, _ in containers} <= set(report.containers)
    assert containers_of(docker_engine, run.pk) == []
