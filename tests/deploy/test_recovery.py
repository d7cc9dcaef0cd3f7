"""The crash-recovery service: lost runs are re-queued or failed with a reason, never left RUNNING."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from datetime import timedelta
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_q.models import Schedule

from runs.models import Iteration, Run, RunStatus, Team
from runs.services import recovery
from runs.services.recovery import (
    recovery_schedule_ensure,
    run_is_active,
    runs_recover_lost,
    runs_requeue_queued,
    worker_process_alive,
)
from runs.services.results import results_path
from runs.tasks import recover_lost_runs

pytestmark = pytest.mark.django_db


def dead_worker() -> str:
    """The identity of a worker process on this host that has exited."""
    proc = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    return f"{socket.gethostname()}:{proc.stdout.strip()}"


@pytest.fixture
def make_run():
    team = Team.objects.create(name="Alpha", leader_name="Ada")

    def factory(*, status=RunStatus.RUNNING, heartbeat_age=600, attempts=1, worker="", **fields) -> Run:
        now = timezone.now()
        return Run.objects.create(
            team=team,
            leader_name="Ada",
            repo_url="https://example.org/a/b",
            branch="ALPHA_ADA_AI_Fix",
            status=status,
            started_at=now - timedelta(seconds=heartbeat_age + 30),
            heartbeat_at=now - timedelta(seconds=heartbeat_age),
            attempts=attempts,
            worker=worker or "worker-host-elsewhere:4242",
            current_step="Iteration 1/5: running checks",
            **fields,
        )

    return factory


@pytest.fixture
def enqueued():
    with mock.patch("django_q.tasks.async_task") as async_task:
        yield async_task


def recover(**kwargs):
    return runs_recover_lost(reap=False, **kwargs)


def test_it_requeues_a_lost_run_with_attempts_left(make_run, enqueued, django_capture_on_commit_callbacks):
    run = make_run(attempts=1)
    Iteration.objects.create(
        run=run, number=1, status="FAILED", started_at=timezone.now(), finished_at=timezone.now()
    )
    with django_capture_on_commit_callbacks(execute=True):
        report = recover(max_attempts=3)
    assert report.requeued == [run.pk]
    run.refresh_from_db()
    assert run.status == RunStatus.QUEUED
    assert run.worker == ""
    assert run.heartbeat_at is None
    assert "attempt 2 of 3" in run.current_step
    assert "worker-host-elsewhere:4242 stopped responding" in run.log_tail
    assert not run.iterations.exists()  # the next attempt numbers its iterations from 1 again
    enqueued.assert_called_once()
    assert enqueued.call_args.args == ("runs.tasks.execute_run", run.pk)


def test_it_fails_a_lost_run_whose_attempts_are_exhausted_with_a_reason(make_run, enqueued):
    run = make_run(attempts=3)
    report = recover(max_attempts=3)
    assert report.failed == [run.pk]
    run.refresh_from_db()
    assert run.status == RunStatus.ERROR
    assert run.finished_at is not None
    assert "Worker worker-host-elsewhere:4242 stopped responding" in run.error_message
    assert "during 'Iteration 1/5: running checks'" in run.error_message
    assert "gave up after 3 attempt(s)" in run.error_message
    # It never ran its checks to an end: not scored (docs/ARCHITECTURE.md), and it says why it stopped.
    assert run.score_total is None and run.stop_reason == "ERROR"
    results = json.loads(results_path(run=run).read_text())
    assert results["final_status"] == "FAILED"
    enqueued.assert_not_called()


def test_it_finishes_a_lost_run_that_was_being_cancelled_as_cancelled(make_run, enqueued):
    run = make_run(cancel_requested=True)
    report = recover()
    assert report.cancelled == [run.pk]
    run.refresh_from_db()
    assert run.status == RunStatus.CANCELLED
    assert "stopped responding" in run.error_message
    enqueued.assert_not_called()


def test_it_leaves_runs_with_a_fresh_heartbeat_and_finished_runs_alone(make_run, enqueued):
    fresh = make_run(heartbeat_age=5)
    finished = make_run(status=RunStatus.PASSED)
    queued = make_run(status=RunStatus.QUEUED)
    report = recover(stale_after=90)
    assert report.lost == []
    for run, status in ((fresh, RunStatus.RUNNING), (finished, RunStatus.PASSED), (queued, RunStatus.QUEUED)):
        run.refresh_from_db()
        assert run.status == status
    enqueued.assert_not_called()


def test_it_honours_the_stale_threshold(make_run, enqueued):
    run = make_run(heartbeat_age=60)
    assert recover(stale_after=90).lost == []
    assert recover(stale_after=45).requeued == [run.pk]


def test_it_treats_a_run_without_any_heartbeat_by_its_start_time(make_run, enqueued):
    run = make_run(heartbeat_age=600)
    Run.objects.filter(pk=run.pk).update(heartbeat_at=None)
    assert recover().requeued == [run.pk]


def test_it_recovers_a_silent_execution_even_when_its_worker_process_still_runs_here(make_run, enqueued):
    """django-q2 reuses a worker process after the task that ran the run died: the process being
    alive says nothing about the run. The execution's own heartbeat does."""
    run = make_run(worker=f"{socket.gethostname()}:{os.getpid()}", attempts=3)
    report = recover(max_attempts=3)
    assert report.failed == [run.pk]
    run.refresh_from_db()
    assert run.status == RunStatus.ERROR
    assert "its process still runs, the execution in it does not" in run.error_message


def test_it_fails_a_run_past_the_hard_limit_even_while_something_still_beats_for_it(make_run, enqueued):
    run = make_run(heartbeat_age=1, attempts=1, claimed_at=timezone.now() - timedelta(seconds=4000))
    assert recover(hard_limit=4100).lost == []  # within the limit and beating: alive
    report = recover(hard_limit=3600, max_attempts=3)
    assert report.failed == [run.pk]  # not re-queued: it would most likely hit the limit again
    run.refresh_from_db()
    assert run.status == RunStatus.ERROR
    assert "longer than the hard limit of 3600 s (HEALER_RUN_HARD_LIMIT" in run.error_message
    enqueued.assert_not_called()


def test_the_hard_limit_must_exceed_the_task_timeout(settings):
    from runs.checks import check_run_hard_limit

    settings.HEALER_RUN_HARD_LIMIT = settings.Q_CLUSTER["timeout"]
    [error] = check_run_hard_limit(None)
    assert error.id == "healer.E011" and "HEALER_Q_TIMEOUT" in error.msg
    settings.HEALER_RUN_HARD_LIMIT = settings.Q_CLUSTER["timeout"] + 1
    assert check_run_hard_limit(None) == []


def test_it_removes_the_workspaces_of_executions_that_no_longer_hold_their_run(make_run, enqueued, settings):
    import uuid

    root = settings.HEALER_WORKSPACE_ROOT
    live = make_run(heartbeat_age=1, execution=uuid.uuid4())
    lost = make_run(attempts=1, execution=uuid.uuid4())
    finished = make_run(status=RunStatus.ERROR, execution=uuid.uuid4())
    names = {
        "current": f"run-{live.pk}-{live.execution.hex[:12]}",
        "taken over": f"run-{live.pk}-{uuid.uuid4().hex[:12]}",
        "lost": f"run-{lost.pk}-{lost.execution.hex[:12]}",
        "finished": f"run-{finished.pk}-{finished.execution.hex[:12]}",
        "old style": f"run-{finished.pk}",
        "not ours": "notes",
    }
    for name in names.values():
        (root / name / "repo").mkdir(parents=True)
        (root / name / "repo" / "calc.py").write_text("x = 1\n")

    report = recover()

    assert report.requeued == [lost.pk]
    kept = {path.name for path in root.iterdir()}
    assert kept == {names["current"], names["not ours"]}
    assert sorted(report.workspaces) == sorted(
        names[key] for key in ("taken over", "lost", "finished", "old style")
    )
    settings.HEALER_KEEP_WORKSPACES = True
    (root / names["lost"]).mkdir()
    assert recover().workspaces == [] and (root / names["lost"]).exists()


def test_it_recovers_a_run_whose_worker_process_on_this_host_is_gone(make_run, enqueued):
    worker = dead_worker()
    assert not worker_process_alive(worker)
    run = make_run(worker=worker)
    assert recover().requeued == [run.pk]


def test_it_recovers_each_run_once_when_passes_overlap(
    make_run, enqueued, django_capture_on_commit_callbacks
):
    run = make_run(attempts=1)
    with django_capture_on_commit_callbacks(execute=True):
        first = recover()
        second = recover()
    assert first.requeued == [run.pk]
    assert second.lost == []
    assert enqueued.call_count == 1


def test_it_settles_the_database_even_when_the_docker_engine_is_down(make_run, enqueued, settings):
    from healer.engine.types import SandboxError

    settings.HEALER_SANDBOX_BACKEND = "docker"
    run = make_run(attempts=5)
    with mock.patch.object(recovery, "sandbox_remove_for_worker", side_effect=SandboxError("no engine")):
        report = runs_recover_lost(max_attempts=5)
    assert report.failed == [run.pk]
    assert "no engine" in report.reap_error
    run.refresh_from_db()
    assert run.status == RunStatus.ERROR


def test_it_removes_the_lost_workers_sandbox_and_reaps_with_the_run_predicate(make_run, enqueued, settings):
    settings.HEALER_SANDBOX_BACKEND = "docker"
    run = make_run()
    seen = {}

    def fake_reaper(*, is_active, deps_max_age, instance):
        seen["active"] = is_active(str(run.pk))
        seen["deps_max_age"] = deps_max_age
        seen["instance"] = instance
        return mock.Mock(containers=["leftover"], volumes=[])

    with mock.patch.object(
        recovery, "sandbox_remove_for_worker", return_value=(["healer-run"], ["healer-stage"])
    ) as remove:
        report = runs_recover_lost(reaper=fake_reaper)
    remove.assert_called_once_with(
        run_id=run.pk, worker="worker-host-elsewhere:4242", created_before=mock.ANY
    )
    assert report.containers == ["healer-run", "leftover"]
    assert report.volumes == ["healer-stage"]
    assert seen == {
        "active": True,
        "deps_max_age": settings.HEALER_SANDBOX_DEPS_MAX_AGE,
        "instance": settings.HEALER_INSTANCE_ID,
    }  # re-queued


def test_the_reaper_predicate_says_no_only_for_runs_of_ours_that_are_over(make_run):
    running = make_run()
    passed = make_run(status=RunStatus.PASSED)
    errored = make_run(status=RunStatus.ERROR)
    assert run_is_active(str(running.pk)) is True
    assert run_is_active(str(passed.pk)) is False
    assert run_is_active(str(errored.pk)) is False
    assert run_is_active("987654321") is True  # not ours: left to expiry
    assert run_is_active("doctor") is True


def test_it_requeues_old_queued_runs_on_request(make_run, enqueued):
    old = make_run(status=RunStatus.QUEUED)
    Run.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(hours=2))
    make_run(status=RunStatus.QUEUED)
    assert runs_requeue_queued(older_than=3600) == [old.pk]
    assert enqueued.call_args.args == ("runs.tasks.execute_run", old.pk)


def test_the_schedule_is_created_once_and_kept_current(settings):
    settings.HEALER_RECOVERY_MINUTES = 2
    schedule, created = recovery_schedule_ensure()
    assert created
    assert schedule.func == "runs.tasks.recover_lost_runs"
    assert schedule.schedule_type == Schedule.MINUTES and schedule.minutes == 2
    assert schedule.repeats == -1
    assert schedule.cluster == settings.Q_CLUSTER["cluster_name"]
    settings.HEALER_RECOVERY_MINUTES = 5
    again, created = recovery_schedule_ensure()
    assert not created and again.pk == schedule.pk and again.minutes == 5
    assert Schedule.objects.count() == 1


def test_the_scheduled_task_runs_one_recovery_pass(make_run, enqueued, settings):
    settings.HEALER_SANDBOX_BACKEND = "unsafe-local"  # no Docker cleanup in this test
    run = make_run(attempts=9)
    summary = recover_lost_runs()
    assert f"failed [{run.pk}]" in summary
    assert Run.objects.get(pk=run.pk).status == RunStatus.ERROR


def test_the_recover_command_reports_what_it_did(make_run, enqueued, capsys):
    run = make_run(attempts=1)
    call_command("recover", "--no-reap")
    out = capsys.readouterr().out
    assert f"Re-queued: run {run.pk}" in out
    call_command("recover", "--no-reap")
    assert "No lost runs." in capsys.readouterr().out


def test_the_setup_schedules_command_is_idempotent(capsys):
    call_command("setup_schedules")
    assert "Created schedule healer-recover-lost-runs" in capsys.readouterr().out
    call_command("setup_schedules")
    assert "Kept schedule" in capsys.readouterr().out
    assert Schedule.objects.filter(name="healer-recover-lost-runs").count() == 1


def test_the_lost_workers_sandbox_removal_spares_what_its_process_created_since(monkeypatch):
    """django-q2 may hand the re-queued run to the very same worker process: its new sandbox stays."""
    import docker.errors  # noqa: F401  (sandbox_remove_for_worker imports it)

    import sandbox.docker_container

    removed = []
    api = mock.Mock()
    api.containers.return_value = [
        {"Id": "old", "Names": ["/healer-run-7-old"], "Created": 1000},
        {"Id": "new", "Names": ["/healer-run-7-new"], "Created": 2000},
    ]
    api.volumes.return_value = {
        "Volumes": [
            {"Name": "healer-stage-7-old", "CreatedAt": "1970-01-01T00:16:40Z"},
            {"Name": "healer-stage-7-new", "CreatedAt": "1970-01-01T00:33:20+00:00"},
        ]
    }
    api.remove_container.side_effect = lambda cid, force: removed.append(cid)
    api.remove_volume.side_effect = removed.append
    monkeypatch.setattr(sandbox.docker_container, "docker_client", lambda timeout: mock.Mock(api=api))

    containers, volumes = recovery.sandbox_remove_for_worker(run_id=7, worker="vm:1", created_before=1500)

    assert (containers, volumes) == (["healer-run-7-old"], ["healer-stage-7-old"])
    assert removed == ["old", "healer-stage-7-old"]
