"""GET /api/runs/{id}/ci/"""

from __future__ import annotations

import pytest
from django.utils import timezone

from tests.api.conftest import make_iteration, make_run
from tests.conftest import make_ci_observation


@pytest.fixture
def run(team):
    run = make_run(team)
    first = make_iteration(run, 1)
    make_ci_observation(run, head_sha="b" * 40, kind="summary", state="NONE", note="no remote CI")
    make_ci_observation(
        run,
        iteration=first,
        name="tests",
        state="FAILURE",
        conclusion="failure",
        url="https://github.com/acme/widgets/actions/runs/1",
        failures_found=2,
        observed_at=timezone.now() + timezone.timedelta(seconds=5),
    )
    return run


@pytest.mark.parametrize("who", ["owner", "teammate", "staff"])
def test_it_lists_the_remote_ci_statuses_in_order(clients, run, who):
    response = clients[who].get(f"/api/runs/{run.pk}/ci/")
    assert response.status_code == 200
    first, second = response.json()["results"]
    assert (first["iteration"], first["state"], first["note"]) == (None, "NONE", "no remote CI")
    assert (second["iteration"], second["state"], second["failures_found"]) == (1, "FAILURE", 2)
    assert second["url"] == "https://github.com/acme/widgets/actions/runs/1"


def test_outsiders_get_404_and_anonymous_401(clients, run):
    assert clients["outsider"].get(f"/api/runs/{run.pk}/ci/").status_code == 404
    assert clients["anonymous"].get(f"/api/runs/{run.pk}/ci/").status_code == 401


def test_a_run_without_hosting_has_an_empty_list(clients, team):
    run = make_run(team, status="QUEUED")
    assert clients["owner"].get(f"/api/runs/{run.pk}/ci/").json()["results"] == []


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "data:text/html,<b>x</b>", "java\nscript:alert(1)", "ftp://files.example/x"],
)
def test_a_link_that_is_not_http_comes_out_empty(clients, team, url):
    # A check run's details URL is whatever the app that created it said (issue 13, item 12).
    run = make_run(team)
    make_ci_observation(run, name="evil check", state="FAILURE", url=url)
    [observation] = clients["owner"].get(f"/api/runs/{run.pk}/ci/").json()["results"]
    assert observation["name"] == "evil check" and observation["url"] == ""
