import pytest
from django.urls import reverse

from runs.models import RunStatus


def cancel(run):
    return reverse("run-cancel", args=[run.pk])


@pytest.mark.parametrize("who", ["owner", "teammate", "staff"])
def test_it_cancels_a_queued_run_at_once(login, people, team, run_factory, who):
    run = run_factory(team, status=RunStatus.QUEUED, created_by=people["owner"])
    response = login(who).post(cancel(run), follow=True)
    assert response.redirect_chain == [(run.get_absolute_url(), 302)]
    assert b"cancellation requested" in response.content
    run.refresh_from_db()
    assert run.status == RunStatus.CANCELLED and run.cancel_requested


def test_it_asks_a_running_run_to_stop(login, team, run_factory):
    run = run_factory(team, status=RunStatus.RUNNING)
    login("owner").post(cancel(run))
    run.refresh_from_db()
    assert run.status == RunStatus.RUNNING and run.cancel_requested
    assert run.current_step == "Cancelling..."


def test_it_says_so_when_the_run_has_already_finished(login, team, run_factory):
    run = run_factory(team, status=RunStatus.PASSED)
    response = login("owner").post(cancel(run), follow=True)
    assert b"has already finished" in response.content
    run.refresh_from_db()
    assert run.status == RunStatus.PASSED and not run.cancel_requested


def test_it_hides_other_teams_runs(login, team, other_team, run_factory):
    run = run_factory(team, status=RunStatus.QUEUED)
    assert login("outsider").post(cancel(run)).status_code == 404
    run.refresh_from_db()
    assert run.status == RunStatus.QUEUED and not run.cancel_requested


def test_it_sends_anonymous_visitors_to_sign_in(client, team, run_factory):
    run = run_factory(team, status=RunStatus.QUEUED)
    assert client.post(cancel(run)).status_code == 302
    run.refresh_from_db()
    assert run.status == RunStatus.QUEUED


def test_it_refuses_get(login, team, run_factory):
    run = run_factory(team, status=RunStatus.QUEUED)
    assert login("owner").get(cancel(run)).status_code == 405
    run.refresh_from_db()
    assert run.status == RunStatus.QUEUED
