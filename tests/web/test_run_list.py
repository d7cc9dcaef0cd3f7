import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from runs.models import RunStatus

HISTORY = reverse("run-list")


def pks(response):
    return [run.pk for run in response.context["page"].object_list]


def test_it_sends_anonymous_visitors_to_sign_in(client, db):
    assert client.get(HISTORY).status_code == 302


@pytest.mark.parametrize("who", ["owner", "teammate"])
def test_it_lists_the_teams_runs_newest_first(login, people, team, other_team, run_factory, who):
    first, second = run_factory(team), run_factory(team)
    run_factory(other_team)
    assert pks(login(who).get(HISTORY)) == [second.pk, first.pk]


def test_it_shows_an_outsider_nothing_of_other_teams(login, team, other_team, run_factory):
    run_factory(team)
    theirs = run_factory(other_team)
    response = login("outsider").get(HISTORY)
    assert pks(response) == [theirs.pk]
    assert b"RIFT ORGANISERS" not in response.content  # not even in the team filter


def test_it_shows_staff_every_run(login, team, other_team, run_factory):
    runs = [run_factory(team), run_factory(other_team)]
    assert set(pks(login("staff").get(HISTORY))) == {run.pk for run in runs}


def test_it_filters_by_team_and_status(login, team, other_team, run_factory):
    passed = run_factory(team)
    failed = run_factory(team, status=RunStatus.FAILED)
    theirs = run_factory(other_team, status=RunStatus.FAILED)
    client = login("staff")
    assert pks(client.get(HISTORY, {"team": team.pk})) == [failed.pk, passed.pk]
    assert pks(client.get(HISTORY, {"status": "FAILED"})) == [theirs.pk, failed.pk]
    response = client.get(HISTORY, {"team": team.pk, "status": "PASSED"})
    assert pks(response) == [passed.pk]
    assert b"Clear filters" in response.content


def test_it_ignores_a_filter_for_a_team_the_user_cannot_see(login, team, other_team, run_factory):
    mine = run_factory(other_team)
    run_factory(team)
    assert pks(login("outsider").get(HISTORY, {"team": team.pk})) == [mine.pk]
    assert pks(login("outsider").get(HISTORY, {"status": "NOPE", "team": "x"})) == [mine.pk]


def test_it_paginates_and_keeps_the_filters_in_page_links(login, team, run_factory):
    runs = [run_factory(team, status=RunStatus.FAILED) for _ in range(23)]
    client = login("owner")
    first = client.get(HISTORY, {"status": "FAILED"})
    assert len(pks(first)) == 20 and pks(first)[0] == runs[-1].pk
    assert b"Page 1 of 2" in first.content
    assert b'href="?status=FAILED&amp;page=2"' in first.content
    second = client.get(HISTORY, {"status": "FAILED", "page": 2})
    assert pks(second) == [run.pk for run in reversed(runs[:3])]
    assert pks(client.get(HISTORY, {"page": 99})) == pks(second)  # past the end: the last page


def test_it_says_when_nothing_matches(login, team):
    response = login("owner").get(HISTORY, {"status": "ERROR"})
    assert b"No run matches these filters." in response.content


def test_it_answers_in_the_same_number_of_queries_for_1_or_20_runs(
    login, team, run_factory, django_assert_max_num_queries
):
    client = login("owner")
    run_factory(team, with_history=True)
    with CaptureQueriesContext(connection) as one:
        client.get(HISTORY)
    for _ in range(19):
        run_factory(team, with_history=True)
    with django_assert_max_num_queries(len(one.captured_queries)):
        response = client.get(HISTORY)
    assert len(pks(response)) == 20


def test_it_scores_only_runs_that_ran_their_checks_and_marks_failed_scores(login, team, run_factory):
    import re

    for status in (RunStatus.PASSED, RunStatus.FAILED, RunStatus.ERROR, RunStatus.CANCELLED):
        run_factory(team, status=status, score=110)
    html = login("owner").get(HISTORY).content.decode()
    cells = re.findall(r'data-label="Score" class="num">(.*?)</td>', html, re.S)
    texts = [" ".join(re.sub(r"<[^>]+>", " ", cell).split()) for cell in cells]
    # Newest first: CANCELLED, ERROR, FAILED, PASSED.
    assert texts == ["not scored", "not scored", "110 ✗ FAILED", "110"]


def test_each_run_link_is_a_large_tap_target_named_for_its_run(login, team, run_factory):
    run = run_factory(team)
    html = login("owner").get(HISTORY).content.decode()
    assert (
        f'<a class="run-link" href="{run.get_absolute_url()}" aria-label="Run #{run.pk} of RIFT ORGANISERS">'
        in html
    )
