"""GET /api/teams/"""

from __future__ import annotations

from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext

from runs.models import Team
from tests.api.conftest import make_run

URL = "/api/teams/"


def names(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [row["name"] for row in response.json()["results"]]


def test_members_see_their_own_teams(clients, team, other_team):
    assert names(clients["owner"].get(URL)) == ["Rift Organisers"]
    assert names(clients["outsider"].get(URL)) == ["Other Team"]


def test_staff_see_every_team_by_name(clients, team, other_team):
    assert names(clients["staff"].get(URL)) == ["Other Team", "Rift Organisers"]


def test_anonymous_requests_get_401(clients, team):
    assert clients["anonymous"].get(URL).status_code == 401


def test_it_shows_members_run_count_and_links(clients, team):
    make_run(team, score_total=104)
    make_run(team, status="FAILED", score_total=98)
    make_run(team, status="QUEUED")
    row = clients["owner"].get(URL).json()["results"][0]
    assert row["members"] == ["owner", "teammate"]
    assert row["runs_count"] == 3 and row["best_score"] == 104
    assert row["leader_name"] == "Saiyam Kumar"
    assert row["url"] == f"http://testserver/api/teams/{team.pk}/"
    assert row["web_url"] == f"http://testserver/teams/{team.pk}/"
    assert row["runs_url"] == f"http://testserver/api/runs/?team={team.pk}"


def test_it_answers_in_a_constant_number_of_queries(clients, staff):
    def count_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert clients["staff"].get(URL).status_code == 200
        return len(queries)

    Team.objects.create(name="Team 0", leader_name="L")
    few = count_queries()
    for number in range(1, 11):
        team = Team.objects.create(name=f"Team {number}", leader_name="L")
        team.members.add(User.objects.create_user(f"member{number}"))
        make_run(team)
    assert count_queries() == few
