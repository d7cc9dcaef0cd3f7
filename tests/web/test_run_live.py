import pytest
from django.urls import reverse

from runs.models import Run, RunStatus


def live(run):
    return reverse("run-live", args=[run.pk])


def test_it_returns_the_page_body_alone_and_uncached(login, team, run_factory):
    run = run_factory(team, status=RunStatus.RUNNING)
    response = login("owner").get(live(run))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html and "data-live-root" in html
    for part in ("header", "status", "log", "summary", "score", "fixes", "timeline"):
        assert f'data-live-part="{part}"' in html
    assert "no-store" in response["Cache-Control"]


def test_it_reflects_the_latest_progress(login, team, run_factory):
    run = run_factory(team, status=RunStatus.RUNNING)
    client = login("owner")
    Run.objects.filter(pk=run.pk).update(current_step="Pushing the branch", log_tail="pushed ok\n")
    html = client.get(live(run)).content.decode()
    assert "Pushing the branch" in html and "pushed ok" in html
    assert 'data-active="true"' in html


def test_it_tells_the_page_to_stop_when_the_run_has_ended(login, team, run_factory):
    run = run_factory(team, status=RunStatus.RUNNING)
    client = login("owner")
    Run.objects.filter(pk=run.pk).update(status=RunStatus.CANCELLED, current_step="Cancelled")
    html = client.get(live(run)).content.decode()
    assert 'data-active="false"' in html and "Finished: Cancelled" in html


@pytest.mark.parametrize(("who", "status"), [("teammate", 200), ("staff", 200), ("outsider", 404)])
def test_it_follows_the_run_page_permissions(login, team, other_team, run_factory, who, status):
    run = run_factory(team, status=RunStatus.RUNNING)
    assert login(who).get(live(run)).status_code == status


def test_it_sends_anonymous_visitors_to_sign_in(client, team, run_factory):
    run = run_factory(team, status=RunStatus.RUNNING)
    assert client.get(live(run)).status_code == 302


def test_it_answers_in_constant_queries(login, team, run_factory, django_assert_max_num_queries):
    run = run_factory(team, status=RunStatus.RUNNING, with_history=True)
    client = login("owner")
    # As the run page: the run with its counts, fixes, fixes taken back, iterations, remote CI,
    # its pull request, and the session's.
    with django_assert_max_num_queries(9):
        client.get(live(run))


def test_its_answers_are_private_and_never_stored(login, people, team, run_factory):
    run = run_factory(team, created_by=people["owner"], status="RUNNING")
    cache_control = login("owner").get(live(run))["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control
