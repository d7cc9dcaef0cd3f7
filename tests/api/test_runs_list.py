"""GET /api/runs/"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from runs.models import RunStatus
from tests.api.conftest import make_fix, make_iteration, make_run

URL = "/api/runs/"


def ids(response) -> list[int]:
    assert response.status_code == 200, response.content
    return [row["id"] for row in response.json()["results"]]


def test_members_see_their_teams_runs_newest_first(clients, team, other_team, owner):
    older = make_run(team, created_by=owner)
    newer = make_run(team, status=RunStatus.RUNNING)
    make_run(other_team)
    assert ids(clients["owner"].get(URL)) == [newer.pk, older.pk]
    assert ids(clients["teammate"].get(URL)) == [newer.pk, older.pk]


def test_outsiders_see_only_their_own_teams_runs(clients, team, other_team):
    make_run(team)
    theirs = make_run(other_team)
    assert ids(clients["outsider"].get(URL)) == [theirs.pk]


def test_staff_see_every_run(clients, team, other_team):
    runs = [make_run(team), make_run(other_team)]
    assert sorted(ids(clients["staff"].get(URL))) == sorted(run.pk for run in runs)


def test_a_browser_session_works_too(team, owner):
    from rest_framework.test import APIClient

    run = make_run(team)
    client = APIClient()
    client.force_login(owner)
    assert ids(client.get(URL)) == [run.pk]


def test_anonymous_requests_get_401(clients, team):
    make_run(team)
    assert clients["anonymous"].get(URL).status_code == 401


def test_it_shows_the_runs_fields_and_counts(clients, team, owner):
    run = make_run(team, created_by=owner)
    iteration = make_iteration(run, 1)
    make_fix(run, iteration, line=1)
    make_fix(run, iteration, line=2, status="FAILED")
    row = clients["owner"].get(URL).json()["results"][0]
    assert row["total_failures"] == 2 and row["total_fixes"] == 1
    assert row["score"] == {"base": 100, "speed_bonus": 10, "efficiency_penalty": 0, "total": 110}
    assert row["status"] == "PASSED" and row["duration_seconds"] == 41.2
    assert row["created_by"] == "owner"
    assert row["fixes_url"] == f"http://testserver/api/runs/{run.pk}/fixes/"
    assert "log_tail" not in row  # lists stay small; the detail has it


def test_it_filters_by_status_and_team(clients, team, other_team, staff):
    passed = make_run(team)
    running = make_run(team, status=RunStatus.RUNNING)
    queued = make_run(other_team, status=RunStatus.QUEUED)
    client = clients["staff"]
    assert ids(client.get(URL, {"status": "RUNNING"})) == [running.pk]
    assert ids(client.get(f"{URL}?status=RUNNING&status=QUEUED")) == [queued.pk, running.pk]
    assert ids(client.get(URL, {"team": team.pk})) == [running.pk, passed.pk]
    assert ids(client.get(URL, {"team_name": "other TEAM"})) == [queued.pk]
    assert ids(client.get(URL, {"team": team.pk, "status": "PASSED"})) == [passed.pk]


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"status": "DONE"}, "status"),
        ({"team": "abc"}, "team"),
        ({"team": "999999"}, "team"),
        ({"team": str(2**70)}, "team"),
        ({"team": "-1"}, "team"),
        ({"team": "²"}, "team"),
        ({"team": ""}, "team"),
        ({"status": ""}, "status"),
    ],
)
def test_bad_filters_get_400_with_field_messages(clients, team, query, field):
    make_run(team)
    response = clients["owner"].get(URL, query)
    assert response.status_code == 400
    assert field in response.json()


def test_someone_elses_team_is_an_unknown_choice_not_an_empty_list(clients, team, other_team):
    make_run(other_team)
    response = clients["owner"].get(URL, {"team": other_team.pk})
    assert response.status_code == 400
    assert "valid choice" in response.json()["team"][0]


def test_it_paginates(clients, team):
    runs = [make_run(team) for _ in range(3)]
    first = clients["owner"].get(URL, {"page_size": 2}).json()
    assert first["count"] == 3 and len(first["results"]) == 2
    assert first["previous"] is None and "page=2" in first["next"]
    second = clients["owner"].get(first["next"]).json()
    assert [row["id"] for row in second["results"]] == [runs[0].pk]
    assert clients["owner"].get(URL, {"page": 9}).status_code == 404


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("page=x", "page"),
        ("page=", "page"),
        ("page=0", "page"),
        ("page=1&page=2", "page"),
        ("page=last", "page"),
        ("page_size=0", "page_size"),
        ("page_size=101", "page_size"),
        ("page_size=", "page_size"),
        ("page_size=2.5", "page_size"),
    ],
)
def test_bad_page_parameters_get_400(clients, team, query, field):
    make_run(team)
    response = clients["owner"].get(f"{URL}?{query}")
    assert response.status_code == 400
    assert field in response.json()


def test_it_answers_in_a_constant_number_of_queries(clients, team, owner):
    def count_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert clients["owner"].get(URL).status_code == 200
        return len(queries)

    make_run(team, created_by=owner)
    few = count_queries()
    for number in range(10):
        run = make_run(team, created_by=owner)
        make_fix(run, make_iteration(run, 1), line=number + 1)
    assert count_queries() == few
