"""GET /api/runs/{id}/results/"""

from __future__ import annotations

import json

import pytest

from runs.models import RunStatus
from runs.selectors import run_results
from tests.api.conftest import RESULTS_KEYS as KEYS
from tests.api.conftest import make_fix, make_iteration, make_run


@pytest.fixture
def finished(team):
    run = make_run(team)
    first, second = make_iteration(run, 1), make_iteration(run, 2, status="PASSED", passed=5, failed=0)
    make_fix(run, first, line=15)
    make_fix(run, second, line=8, bug_type="SYNTAX")
    return run


@pytest.mark.parametrize("who", ["owner", "teammate", "staff"])
def test_it_serves_exactly_the_results_json_document(clients, finished, who):
    response = clients[who].get(f"/api/runs/{finished.pk}/results/")
    assert response.status_code == 200
    body = response.json()
    # Byte for byte what run_results produces (and results.json holds), through JSON.
    assert body == json.loads(json.dumps(run_results(run=finished)))
    assert set(body) == KEYS
    assert body["final_status"] == "PASSED"
    assert body["total_failures"] == 2 and body["total_fixes"] == 2 and body["iterations_used"] == 2
    assert body["score"] == {"base": 100, "speed_bonus": 10, "efficiency_penalty": 0, "total": 110}
    assert body["fixes"][0] == {
        "file": "src/utils.py",
        "bug_type": "LINTING",
        "line_number": 15,
        "description": "LINTING error in src/utils.py line 15 → Fix: remove the import statement",
        "commit_message": "[AI-AGENT] LINTING error in src/utils.py line 15 → Fix: remove the import statement",
        "status": "FIXED",
    }
    assert [(step["iteration"], step["status"]) for step in body["timeline"]] == [
        (1, "FAILED"),
        (2, "PASSED"),
    ]


@pytest.mark.parametrize("status", [RunStatus.ERROR, RunStatus.CANCELLED, RunStatus.FAILED])
def test_runs_that_did_not_pass_report_failed(clients, team, status):
    run = make_run(team, status=status)
    assert clients["owner"].get(f"/api/runs/{run.pk}/results/").json()["final_status"] == "FAILED"


def test_an_unfinished_run_shows_what_is_known_and_no_final_status_yet(clients, team):
    run = make_run(team, status=RunStatus.RUNNING)
    make_fix(run, make_iteration(run, 1), line=4)
    body = clients["owner"].get(f"/api/runs/{run.pk}/results/").json()
    assert set(body) == KEYS
    assert body["final_status"] is None
    assert body["finished_at"] is None and body["duration_seconds"] is None
    assert body["score"] == {"base": None, "speed_bonus": None, "efficiency_penalty": None, "total": None}
    assert body["iterations_used"] == 1 and body["total_failures"] == 1
    assert body["started_at"] is not None


def test_outsiders_get_404(clients, finished):
    assert clients["outsider"].get(f"/api/runs/{finished.pk}/results/").status_code == 404


def test_anonymous_requests_get_401(clients, finished):
    assert clients["anonymous"].get(f"/api/runs/{finished.pk}/results/").status_code == 401


@pytest.mark.parametrize(
    ("status", "error", "expected"),
    [
        (
            RunStatus.ERROR,
            "Could not clone https://github.com/acme/widgets",
            "Could not clone https://github.com/acme/widgets",
        ),
        (RunStatus.CANCELLED, "", "Cancelled"),
    ],
)
def test_runs_that_did_not_run_their_checks_are_not_scored_and_say_why(
    clients, team, status, error, expected
):
    # Even a score left in the row (from before the rule) is not reported.
    run = make_run(team, status=status, error_message=error, stop_reason=status)
    body = clients["owner"].get(f"/api/runs/{run.pk}/results/").json()
    assert set(body) == KEYS | {"error"}
    assert body["final_status"] == "FAILED"
    assert body["score"] == {"base": None, "speed_bonus": None, "efficiency_penalty": None, "total": None}
    assert body["error"] == expected


def test_a_failed_run_keeps_the_formulas_score_and_has_no_error(clients, team):
    run = make_run(team, status=RunStatus.FAILED, stop_reason="RETRY_LIMIT")
    body = clients["owner"].get(f"/api/runs/{run.pk}/results/").json()
    assert set(body) == KEYS and body["final_status"] == "FAILED"
    assert body["score"] == {"base": 100, "speed_bonus": 10, "efficiency_penalty": 0, "total": 110}


def test_an_iteration_under_way_is_not_on_the_timeline_yet(clients, team):
    run = make_run(team, status=RunStatus.RUNNING)
    make_iteration(run, 1)
    make_iteration(run, 2, status="RUNNING")
    body = clients["owner"].get(f"/api/runs/{run.pk}/results/").json()
    assert [step["iteration"] for step in body["timeline"]] == [1]
    assert body["iterations_used"] == 2
