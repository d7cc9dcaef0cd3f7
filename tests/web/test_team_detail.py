import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from runs.models import RunStatus


def page(team):
    return reverse("team-detail", args=[team.pk])


@pytest.mark.parametrize(
    ("who", "status"), [("owner", 200), ("teammate", 200), ("staff", 200), ("outsider", 404)]
)
def test_it_shows_a_team_to_its_members_and_staff_only(login, team, other_team, who, status):
    assert login(who).get(page(team)).status_code == status


def test_it_sends_anonymous_visitors_to_sign_in(client, team):
    assert client.get(page(team)).status_code == 302


def test_it_shows_the_best_score_rank_runs_and_members(login, team, other_team, run_factory):
    run_factory(team, status=RunStatus.FAILED, score=110, duration=10)
    best = run_factory(team, score=110, duration=50)
    run_factory(team, score=100, duration=20)
    run_factory(other_team, score=110, duration=30)  # ranks above team
    response = login("owner").get(page(team))
    html = response.content.decode()
    assert response.context["best_run"] == best
    assert 'data-testid="best-score">110<' in html
    assert response.context["rank"].rank == 2
    assert response.context["runs_total"] == 3
    assert "owner" in html and "teammate" in html and "Saiyam Kumar" in html
    assert "outsider" not in html


def test_it_links_to_the_full_history_when_there_are_more_runs(login, team, run_factory):
    for _ in range(12):
        run_factory(team)
    response = login("owner").get(page(team))
    assert len(response.context["runs"]) == 10
    assert f'href="{reverse("run-list")}?team={team.pk}"'.encode() in response.content


def test_it_shows_a_team_without_finished_runs(login, team, run_factory):
    run_factory(team, status=RunStatus.RUNNING)
    response = login("owner").get(page(team))
    assert response.context["best_run"] is None and response.context["rank"] is None


def test_it_answers_in_constant_queries(login, team, run_factory, django_assert_max_num_queries):
    client = login("owner")
    run_factory(team)
    with CaptureQueriesContext(connection) as one:
        client.get(page(team))
    for _ in range(15):
        run_factory(team, with_history=True)
    with django_assert_max_num_queries(len(one.captured_queries)):
        client.get(page(team))
