"""GET /api/runs/{id}/iterations/"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.api.conftest import make_fix, make_iteration, make_run


@pytest.fixture
def run(team):
    run = make_run(team)
    make_iteration(run, 2, status="PASSED", passed=5, failed=0)
    first = make_iteration(run, 1)
    make_fix(run, first, line=1)
    make_fix(run, first, line=2, status="FAILED")
    return run


@pytest.mark.parametrize("who", ["owner", "teammate", "staff"])
def test_it_lists_the_iterations_in_order(clients, run, who):
    response = clients[who].get(f"/api/runs/{run.pk}/iterations/")
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 2
    first, second = body["results"]
    assert (first["number"], first["status"], first["passed"], first["failed"]) == (1, "FAILED", 3, 2)
    assert (second["number"], second["status"], second["failed"]) == (2, "PASSED", 0)
    assert first["log_excerpt"] == "iteration 1"
    assert (first["fixes_made"], second["fixes_made"]) == (1, 0)


def test_outsiders_get_404(clients, run):
    assert clients["outsider"].get(f"/api/runs/{run.pk}/iterations/").status_code == 404


def test_anonymous_requests_get_401(clients, run):
    assert clients["anonymous"].get(f"/api/runs/{run.pk}/iterations/").status_code == 401


def test_an_unknown_run_gets_404(clients, run):
    assert clients["staff"].get(f"/api/runs/{run.pk + 1}/iterations/").status_code == 404


def test_a_run_without_iterations_has_an_empty_list(clients, team):
    run = make_run(team, status="QUEUED")
    assert clients["owner"].get(f"/api/runs/{run.pk}/iterations/").json()["results"] == []


def test_it_answers_in_a_constant_number_of_queries(clients, run):
    def count_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert clients["owner"].get(f"/api/runs/{run.pk}/iterations/").status_code == 200
        return len(queries)

    few = count_queries()
    for number in range(3, 13):
        make_iteration(run, number)
    assert count_queries() == few


def test_it_shows_what_each_iteration_found_fixed_and_left_and_how_long_it_took(clients, team):
    from datetime import timedelta

    from runs.models import Iteration

    run = make_run(team)
    iteration = make_iteration(run, 1, status="PASSED", passed=10, failed=0)
    Iteration.objects.filter(pk=iteration.pk).update(
        start_passed=8,
        start_failed=2,
        failures_found=2,
        started_at=iteration.finished_at - timedelta(seconds=12.5),
    )
    make_fix(run, iteration, line=1)
    [body] = clients["owner"].get(f"/api/runs/{run.pk}/iterations/").json()["results"]
    assert (body["start_passed"], body["start_failed"], body["failures_found"]) == (8, 2, 2)
    assert (body["fixes_made"], body["status"], body["passed"], body["failed"]) == (1, "PASSED", 10, 0)
    assert body["duration_seconds"] == 12.5
