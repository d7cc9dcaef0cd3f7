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
    html = client.get(BOARD).content.decode().replace("<wbr>", "")
    # Said once for the tie group, on its first row; every tied row carries the "=" mark.
    assert html.count("2 teams share rank 1: same result, score and time.") == 1
    assert html.count('class="tie-mark"') == 2
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


def test_it_names_a_ten_way_tie_once(client, db, run_factory):
    for index in range(10):
        run_factory(Team.objects.create(name=f"Tied {index}", leader_name="L"), duration=30.0)
    run_factory(Team.objects.create(name="Slower", leader_name="L"), duration=90.0)
    html = client.get(BOARD).content.decode()
    assert html.count('data-testid="tie-note"') == 1
    assert "10 teams share rank 1" in html
    assert "Tied with" not in html
    rows = client.get(BOARD).context["rows"]
    assert [row.rank for row in rows] == [1] * 10 + [11]
    assert [row.tie_first for row in rows] == [True] + [False] * 10


def test_its_run_counts_agree_with_the_team_pages(client, login, team, run_factory):
    run_factory(team)
    run_factory(team, status=RunStatus.ERROR)
    run_factory(team, status=RunStatus.CANCELLED)
    run_factory(team, status=RunStatus.RUNNING, score=None, duration=None)
    [row] = client.get(BOARD).context["rows"]
    team_page = login("owner").get(team.get_absolute_url())
    assert row.runs_count == team_page.context["runs_total"] == 4
    assert 'data-testid="runs-total">4<' in team_page.content.decode()
