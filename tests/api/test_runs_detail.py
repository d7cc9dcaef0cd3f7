"""GET /api/runs/{id}/"""

from __future__ import annotations

import pytest

from runs.models import RunStatus
from tests.api.conftest import make_run


@pytest.fixture
def run(team, owner):
    return make_run(team, status=RunStatus.RUNNING, created_by=owner, log_tail="cloning...\nrunning checks")


@pytest.mark.parametrize("who", ["owner", "teammate", "staff"])
def test_the_team_and_staff_see_the_run(clients, run, who):
    response = clients[who].get(f"/api/runs/{run.pk}/")
    assert response.status_code == 200
    body = response.json()
    assert body["id"] == run.pk and body["status"] == "RUNNING"
    assert body["log_tail"] == "cloning...\nrunning checks"
    assert body["url"] == f"http://testserver/api/runs/{run.pk}/"
    assert body["web_url"] == f"http://testserver/runs/{run.pk}/"
    assert body["started_at"] is not None and body["finished_at"] is None


def test_outsiders_get_404_exactly_like_for_a_missing_run(clients, run):
    hidden = clients["outsider"].get(f"/api/runs/{run.pk}/")
    missing = clients["outsider"].get(f"/api/runs/{run.pk + 1000}/")
    assert hidden.status_code == missing.status_code == 404
    assert hidden.json() == missing.json() == {"detail": "No Run matches the given query."}


def test_anonymous_requests_get_401(clients, run):
    assert clients["anonymous"].get(f"/api/runs/{run.pk}/").status_code == 401


@pytest.mark.parametrize("path", ["/api/runs/0/", "/api/runs/-1/", "/api/runs/abc/", f"/api/runs/{10**30}/"])
def test_impossible_ids_get_a_json_404(clients, run, path):
    response = clients["owner"].get(path)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"


def test_it_shows_the_stop_reason_the_live_counters_and_links(clients, team):
    from tests.api.conftest import make_fix, make_iteration

    run = make_run(team, stop_reason="NO_CANDIDATE", pushed=True, tests_passed=8, tests_failed=2)
    fix = make_fix(run, make_iteration(run, 1))
    make_fix(run, make_iteration(run, 2), line=20, status="FAILED")
    body = clients["owner"].get(f"/api/runs/{run.pk}/").json()
    assert body["stop_reason"] == "NO_CANDIDATE"
    assert body["stop_reason_text"] == "Nothing left to try: no candidate fix passed validation"
    assert (body["tests_passed"], body["tests_failed"]) == (8, 2)
    assert (body["total_fixes"], body["total_failures"]) == (1, 2)
    assert body["links"] == {
        "branch": "https://github.com/acme/widgets/tree/RIFT_ORGANISERS_SAIYAM_KUMAR_AI_Fix",
        "pull_request": None,
    }
    assert body["commits"] == [
        {
            "sha": fix.commit_sha,
            "message": fix.commit_message,
            "url": f"https://github.com/acme/widgets/commit/{fix.commit_sha}",
        }
    ]


def test_a_run_not_pushed_or_from_a_local_path_has_no_links(clients, team):
    from tests.api.conftest import make_fix, make_iteration

    local = make_run(team, repo_url="/srv/git/widgets", pushed=True)
    make_fix(local, make_iteration(local, 1))
    unpushed = make_run(team, pushed=False)
    for run in (local, unpushed):
        body = clients["owner"].get(f"/api/runs/{run.pk}/").json()
        assert body["links"] == {"branch": None, "pull_request": None}
        assert all(commit["url"] is None for commit in body["commits"])
    assert (
        clients["owner"].get(f"/api/runs/{local.pk}/").json()["branch"]
        == "RIFT_ORGANISERS_SAIYAM_KUMAR_AI_Fix"
    )


def test_it_links_the_pull_request_of_a_hosted_run(clients, team):
    from runs.hosting.models import RunHosting

    run = make_run(team, pushed=True)
    RunHosting.objects.create(
        run=run, pull_request_number=7, pull_request_url="https://github.com/acme/widgets/pull/7"
    )
    body = clients["owner"].get(f"/api/runs/{run.pk}/").json()
    assert body["links"]["pull_request"] == "https://github.com/acme/widgets/pull/7"
    listed = clients["owner"].get("/api/runs/").json()["results"][0]
    assert listed["links"]["pull_request"] == "https://github.com/acme/widgets/pull/7"


@pytest.mark.parametrize("status", [RunStatus.ERROR, RunStatus.CANCELLED])
def test_a_run_that_was_not_scored_shows_no_score(clients, team, status):
    run = make_run(team, status=status)  # the factory leaves a score in the row
    body = clients["owner"].get(f"/api/runs/{run.pk}/").json()
    assert body["score"] == {"base": None, "speed_bonus": None, "efficiency_penalty": None, "total": None}
    listed = clients["owner"].get("/api/runs/").json()["results"][0]
    assert listed["score"]["total"] is None


def test_answers_to_a_token_are_private_and_never_stored(clients, run):
    response = clients["owner"].get(f"/api/runs/{run.pk}/")
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control


def test_it_lists_the_fixes_the_agent_took_back_apart_from_its_fixes(clients, team):
    from runs.models import FixWithdrawal, WithdrawalReason
    from tests.api.conftest import make_fix, make_iteration

    run = make_run(team, pushed=True)
    iteration = make_iteration(run, 1)
    kept = make_fix(run, iteration)
    FixWithdrawal.objects.create(
        run=run,
        iteration=iteration,
        file="src/calc.py",
        line=3,
        bug_type="LOGIC",
        description="LOGIC error in src/calc.py line 3 → Fix: swap the operator",
        commit_sha="a" * 40,
        revert_sha="b" * 40,
        revert_message="[AI-AGENT] Revert the LOGIC fix in src/calc.py line 3: a later fix made it unnecessary",
        reason=WithdrawalReason.UNNEEDED,
    )
    body = clients["owner"].get(f"/api/runs/{run.pk}/").json()
    assert [commit["sha"] for commit in body["commits"]] == [kept.commit_sha]
    assert body["total_fixes"] == 1
    [withdrawal] = body["withdrawals"]
    assert withdrawal["commit_sha"] == "a" * 40 and withdrawal["revert_sha"] == "b" * 40
    assert (withdrawal["reason"], withdrawal["reason_text"]) == (
        "UNNEEDED",
        "A later fix made it unnecessary",
    )
    assert withdrawal["line"] == 3 and withdrawal["description"].startswith(
        "LOGIC error in src/calc.py line 3"
    )
