from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from runs.models import RunStatus, Team

BOARD = reverse("leaderboard")


def names(response):
    return [(row.rank, row.team.name) for row in response.context["rows"]]


def test_it_is_public(client, team, run_factory):
    run_factory(team)
    response = client.get(BOARD)
    assert response.status_code == 200
    assert names(response) == [(1, "RIFT ORGANISERS")]


def test_it_ranks_by_best_score_then_fastest_time(client, team, other_team, run_factory):
    gamma = Team.objects.create(name="Gamma", leader_name="G")
    run_factory(team, score=110, duration=60)
    run_factory(other_team, score=110, duration=20)
    run_factory(gamma, score=100, duration=10)
    run_factory(gamma, status=RunStatus.RUNNING)
    assert names(client.get(BOARD)) == [(1, "Beta Squad"), (2, "RIFT ORGANISERS"), (3, "Gamma")]


def test_it_explains_ties_by_name_and_states_the_rule(client, team, other_team, run_factory):
    run_factory(team, duration=30.01)
    run_factory(other_team, duration=30.04)
    html = client.get(BOARD).content.decode()
    assert "Tied with Beta Squad: same result, score and time." in html
    assert "Tied with RIFT ORGANISERS: same result, score and time." in html
    assert "runs whose checks pass come first, then the higher score, then the shorter time" in html
    assert "share a rank" in html


def test_it_links_only_to_team_pages_the_visitor_may_open(client, login, team, other_team, run_factory):
    run_factory(team)
    run_factory(other_team)
    team_url, other_url = team.get_absolute_url(), other_team.get_absolute_url()
    anonymous = client.get(BOARD).content.decode()
    assert team_url not in anonymous and other_url not in anonymous
    member = login("owner").get(BOARD).content.decode()
    assert team_url in member and other_url not in member


def test_it_has_a_friendly_empty_state(client, db):
    assert b"No finished runs yet" in client.get(BOARD).content


def test_it_answers_in_constant_queries(client, db, run_factory, django_assert_max_num_queries):
    first = Team.objects.create(name="Team 0", leader_name="L")
    run_factory(first)
    with CaptureQueriesContext(connection) as one:
        client.get(BOARD)
    for index in range(1, 20):
        team = Team.objects.create(name=f"Team {index}", leader_name="L")
        run_factory(team, score=100 + index % 3, duration=10 + index)
        run_factory(team, status=RunStatus.FAILED)
    with django_assert_max_num_queries(len(one.captured_queries)):
        assert len(client.get(BOARD).context["rows"]) == 20
