"""GET /api/runs/{id}/"""

from __future__ import annotations

import pytest

from runs.models import RunStatus
from tests.api.conftest import make_run


@pytest.fixture
def run(team, owner):
    return make_run(team, status=RunStatus.RUNNING, created_by=owner, log_tail="cloning...\nrunning checks")


@pytest.mark.parametrize("who", ["owner", "teammate", "staff"])
def test_the_team_and_staff_see_the_run(clients, run, who):
    response = clients[who].get(f"/api/runs/{run.pk}/")
    assert response.status_code == 200
    body = response.json()
    assert body["id"] == run.pk and body["status"] == "RUNNING"
    assert body["log_tail"] == "cloning...\nrunning checks"
    assert body["url"] == f"http://testserver/api/runs/{run.pk}/"
    assert body["web_url"] == f"http://testserver/runs/{run.pk}/"
    assert body["started_at"] is not None and body["finished_at"] is None


def test_outsiders_get_404_exactly_like_for_a_missing_run(clients, run):
    hidden = clients["outsider"].get(f"/api/runs/{run.pk}/")
    missing = clients["outsider"].get(f"/api/runs/{run.pk + 1000}/")
    assert hidden.status_code == missing.status_code == 404
    assert hidden.json() == missing.json() == {"detail": "No Run matches the given query."}


def test_anonymous_requests_get_401(clients, run):
    assert clients["anonymous"].get(f"/api/runs/{run.pk}/").status_code == 401


@pytest.mark.parametrize("path", ["/api/runs/0/", "/api/runs/-1/", "/api/runs/abc/", f"/api/runs/{10**30}/"])
def test_impossible_ids_get_a_json_404(clients, run, path):
    response = clients["owner"].get(path)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"


def test_answers_to_a_token_are_private_and_never_stored(clients, run):
    response = clients["owner"].get(f"/api/runs/{run.pk}/")
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control
