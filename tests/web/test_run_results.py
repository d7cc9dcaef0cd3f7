import json

import pytest
from django.urls import reverse

from runs.models import RunStatus
from runs.selectors import run_results


def results(run):
    return reverse("run-results", args=[run.pk])


def test_it_downloads_results_json_of_a_finished_run(login, team, run_factory):
    run = run_factory(team, with_history=True)
    response = login("owner").get(results(run))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"] == f'attachment; filename="results-run-{run.pk}.json"'
    document = json.loads(response.content)
    assert document == run_results(run=run)
    assert document["fixes"][0]["description"].startswith("LINTING error in src/utils.py line 15 → Fix: ")
    assert document["iterations_used"] == 2


def test_it_has_no_results_before_the_run_ends(login, team, run_factory):
    run = run_factory(team, status=RunStatus.RUNNING)
    response = login("owner").get(results(run))
    assert response.status_code == 409
    assert b"written when the run ends" in response.content


@pytest.mark.parametrize(("who", "status"), [("teammate", 200), ("staff", 200), ("outsider", 404)])
def test_it_follows_the_run_page_permissions(login, team, other_team, run_factory, who, status):
    run = run_factory(team)
    assert login(who).get(results(run)).status_code == status


def test_it_sends_anonymous_visitors_to_sign_in(client, team, run_factory):
    assert client.get(results(run_factory(team))).status_code == 302
