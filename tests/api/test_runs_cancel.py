"""POST /api/runs/{id}/cancel/"""

from __future__ import annotations

import pytest

from runs.models import Run, RunStatus
from tests.api.conftest import make_run


def cancel(client, run: Run):
    return client.post(f"/api/runs/{run.pk}/cancel/")


@pytest.mark.parametrize("who", ["owner", "teammate", "staff"])
def test_the_team_and_staff_cancel_a_queued_run_at_once(clients, team, who):
    run = make_run(team, status=RunStatus.QUEUED)
    response = cancel(clients[who], run)
    assert response.status_code == 200, response.content
    assert response.json()["status"] == "CANCELLED" and response.json()["cancel_requested"] is True
    run.refresh_from_db()
    assert run.status == RunStatus.CANCELLED and run.finished_at is not None


def test_a_running_run_is_asked_to_stop(clients, team):
    run = make_run(team, status=RunStatus.RUNNING)
    body = cancel(clients["owner"], run).json()
    assert body["status"] == "RUNNING" and body["cancel_requested"] is True
    run.refresh_from_db()
    assert run.cancel_requested and run.status == RunStatus.RUNNING


@pytest.mark.parametrize("status", [RunStatus.PASSED, RunStatus.FAILED, RunStatus.ERROR, RunStatus.CANCELLED])
def test_a_finished_run_answers_409_and_stays_as_it_was(clients, team, status):
    run = make_run(team, status=status)
    response = cancel(clients["owner"], run)
    assert response.status_code == 409
    assert "already finished" in response.json()["detail"]
    run.refresh_from_db()
    assert run.status == status and not run.cancel_requested


def test_outsiders_get_404_and_change_nothing(clients, team):
    run = make_run(team, status=RunStatus.QUEUED)
    assert cancel(clients["outsider"], run).status_code == 404
    run.refresh_from_db()
    assert run.status == RunStatus.QUEUED and not run.cancel_requested


def test_anonymous_requests_get_401(clients, team):
    run = make_run(team, status=RunStatus.QUEUED)
    assert cancel(clients["anonymous"], run).status_code == 401
    run.refresh_from_db()
    assert run.status == RunStatus.QUEUED


def test_get_is_not_allowed(clients, team):
    run = make_run(team, status=RunStatus.QUEUED)
    response = clients["owner"].get(f"/api/runs/{run.pk}/cancel/")
    assert response.status_code == 405
    assert response["Allow"] == "POST, OPTIONS"


def test_session_requests_need_the_csrf_token(team, owner):
    from rest_framework.test import APIClient

    run = make_run(team, status=RunStatus.QUEUED)
    client = APIClient(enforce_csrf_checks=True)
    client.force_login(owner)
    response = client.post(f"/api/runs/{run.pk}/cancel/")
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]
    run.refresh_from_db()
    assert run.status == RunStatus.QUEUED


def test_a_body_with_fields_gets_400_naming_them_and_cancels_nothing(clients, team):
    run = make_run(team, status=RunStatus.QUEUED)
    response = clients["owner"].post(f"/api/runs/{run.pk}/cancel/", {"reason": "bored"}, format="json")
    assert response.status_code == 400
    assert list(response.json()) == ["reason"]
    assert Run.objects.get(pk=run.pk).status == RunStatus.QUEUED
