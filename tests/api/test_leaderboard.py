"""GET /api/leaderboard/"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from runs.models import RunStatus, Team
from tests.api.conftest import make_run


@pytest.fixture
def standings(team, other_team):
    make_run(team, score_total=110, duration_seconds=30.0)
    make_run(team, status=RunStatus.FAILED, score_total=100)
    make_run(other_team, status=RunStatus.FAILED, score_total=110, duration_seconds=10.0)
    make_run(other_team, status=RunStatus.RUNNING)


@pytest.mark.parametrize("who", ["anonymous", "outsider", "owner", "staff"])
def test_it_is_public_and_ranks_passing_runs_first(clients, standings, who):
    response = clients[who].get("/api/leaderboard/")
    assert response.status_code == 200
    rows = response.json()["results"]
    assert [(row["rank"], row["team_name"], row["passed"], row["score"]) for row in rows] == [
        (1, "Rift Organisers", True, 110),
        (2, "Other Team", False, 110),
    ]
    assert rows[0]["runs_count"] == 2 and rows[0]["duration_seconds"] == 30.0
    assert rows[0]["leader_name"] == "Saiyam Kumar" and rows[0]["tied_with"] == []


def test_it_reveals_no_repositories_or_runs(clients, standings):
    row = clients["anonymous"].get("/api/leaderboard/").json()["results"][0]
    assert set(row) == {
        "rank",
        "team_id",
        "team_name",
        "leader_name",
        "passed",
        "score",
        "duration_seconds",
        "runs_count",
        "tied_with",
        "finished_at",
    }


def test_tied_teams_share_a_rank_and_name_each_other(clients, team, other_team):
    make_run(team, duration_seconds=20.0)
    make_run(other_team, duration_seconds=20.0)
    rows = clients["anonymous"].get("/api/leaderboard/").json()["results"]
    assert [(row["rank"], row["tied_with"]) for row in rows] == [
        (1, ["Rift Organisers"]),
        (1, ["Other Team"]),
    ]


def test_it_is_empty_before_any_run_finishes(clients, team):
    make_run(team, status=RunStatus.QUEUED)
    assert clients["anonymous"].get("/api/leaderboard/").json() == {
        "count": 0,
        "next": None,
        "previous": None,
        "results": [],
    }


def test_a_bad_token_is_still_refused(clients, standings):
    clients["anonymous"].credentials(HTTP_AUTHORIZATION="Token wrong")
    assert clients["anonymous"].get("/api/leaderboard/").status_code == 401


def test_it_answers_in_a_constant_number_of_queries(clients, db):
    def count_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert clients["anonymous"].get("/api/leaderboard/").status_code == 200
        return len(queries)

    make_run(Team.objects.create(name="Team 0", leader_name="L"))
    few = count_queries()
    for number in range(1, 11):
        make_run(Team.objects.create(name=f"Team {number}", leader_name="L"), score_total=100 + number)
    assert count_queries() == few
