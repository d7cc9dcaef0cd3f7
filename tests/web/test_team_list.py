from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from runs.models import RunStatus, Team

TEAMS = reverse("team-list")


def test_it_sends_anonymous_visitors_to_sign_in(client, db):
    assert client.get(TEAMS).status_code == 302


def test_it_lists_the_users_teams_with_best_scores(login, team, other_team, run_factory):
    run_factory(team, score=110)
    run_factory(team, score=106)
    run_factory(team, status=RunStatus.ERROR, score=120)  # errored runs do not rank
    response = login("owner").get(TEAMS)
    teams = list(response.context["teams"])
    assert [t.name for t in teams] == ["RIFT ORGANISERS"]
    assert (teams[0].runs_count, teams[0].best_score, teams[0].members_count) == (3, 110, 2)
    assert b"Beta Squad" not in response.content


def test_it_lists_every_team_for_staff(login, team, other_team):
    assert [t.name for t in login("staff").get(TEAMS).context["teams"]] == ["Beta Squad", "RIFT ORGANISERS"]


def test_it_explains_how_to_get_a_team(login, people, db):
    people["staff"].is_staff = False
    people["staff"].save()
    assert b"You are not in a team yet" in login("staff").get(TEAMS).content


def test_it_answers_in_constant_queries(login, people, team, run_factory, django_assert_max_num_queries):
    client = login("staff")
    with CaptureQueriesContext(connection) as one:
        client.get(TEAMS)
    for index in range(15):
        other = Team.objects.create(name=f"Team {index}", leader_name="L")
        other.members.add(people["outsider"])
        run_factory(other)
    with django_assert_max_num_queries(len(one.captured_queries)):
        assert len(client.get(TEAMS).context["teams"]) == 16
