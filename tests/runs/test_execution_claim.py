"""Claiming a run is idempotent: a duplicate task delivery never executes it twice."""

from datetime import timedelta

import pytest
from django.utils import timezone

from runs.models import Run, RunStatus, Team
from runs.services.runs import run_claim

pytestmark = pytest.mark.django_db


@pytest.fixture
def run():
    team = Team.objects.create(name="Alpha", leader_name="Ada")
    return Run.objects.create(
        team=team, leader_name="Ada", repo_url="https://x.org/a/b", branch="ALPHA_ADA_AI_Fix"
    )


def test_it_claims_a_queued_run_once(run):
    claimed = run_claim(run_id=run.pk)
    assert claimed.status == RunStatus.RUNNING
    assert claimed.attempts == 1
    assert claimed.worker
    assert run_claim(run_id=run.pk) is None
    assert Run.objects.get(pk=run.pk).attempts == 1


def test_it_takes_over_a_running_run_whose_worker_went_silent(run):
    Run.objects.filter(pk=run.pk).update(
        status=RunStatus.RUNNING, heartbeat_at=timezone.now() - timedelta(minutes=10), attempts=1
    )
    claimed = run_claim(run_id=run.pk)
    assert claimed is not None
    assert claimed.attempts == 2


def test_it_leaves_a_running_run_with_a_fresh_heartbeat_alone(run):
    Run.objects.filter(pk=run.pk).update(status=RunStatus.RUNNING, heartbeat_at=timezone.now())
    assert run_claim(run_id=run.pk) is None


@pytest.mark.parametrize("status", [RunStatus.PASSED, RunStatus.FAILED, RunStatus.ERROR, RunStatus.CANCELLED])
def test_it_never_reexecutes_a_finished_run(run, status):
    Run.objects.filter(pk=run.pk).update(status=status)
    assert run_claim(run_id=run.pk) is None


def test_it_does_not_start_a_run_cancelled_while_queued(run):
    Run.objects.filter(pk=run.pk).update(cancel_requested=True)
    assert run_claim(run_id=run.pk) is None
    assert Run.objects.get(pk=run.pk).status == RunStatus.CANCELLED


def test_it_ignores_unknown_runs():
    assert run_claim(run_id=424242) is None


def test_it_takes_a_running_run_over_only_past_the_configured_stale_after(run, settings):
    Run.objects.filter(pk=run.pk).update(
        status=RunStatus.RUNNING, heartbeat_at=timezone.now() - timedelta(seconds=60), attempts=1
    )
    settings.HEALER_RUN_STALE_AFTER = 90
    assert run_claim(run_id=run.pk) is None
    settings.HEALER_RUN_STALE_AFTER = 45
    claimed = run_claim(run_id=run.pk)
    assert claimed is not None and claimed.attempts == 2 and claimed.execution is not None
