"""GET /api/runs/{id}/fixes/"""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.api.conftest import make_fix, make_iteration, make_run


@pytest.fixture
def run(team):
    run = make_run(team)
    first, second = make_iteration(run, 1), make_iteration(run, 2, status="PASSED")
    make_fix(run, first, line=15)
    make_fix(run, first, line=8, bug_type="SYNTAX", status="FAILED")
    make_fix(run, second, line=3, bug_type="LOGIC")
    return run


@pytest.mark.parametrize("who", ["owner", "teammate", "staff"])
def test_it_lists_the_fixes_in_the_order_they_were_made(clients, run, who):
    response = clients[who].get(f"/api/runs/{run.pk}/fixes/")
    assert response.status_code == 200
    rows = response.json()["results"]
    assert [(row["iteration"], row["line_number"], row["bug_type"], row["status"]) for row in rows] == [
        (1, 15, "LINTING", "FIXED"),
        (1, 8, "SYNTAX", "FAILED"),
        (2, 3, "LOGIC", "FIXED"),
    ]
    first = rows[0]
    assert first["description"] == "LINTING error in src/utils.py line 15 → Fix: remove the import statement"
    assert first["commit_message"].startswith("[AI-AGENT] ")
    assert first["file"] == "src/utils.py" and len(first["commit_sha"]) == 40


def test_it_filters_by_bug_type_and_status(clients, run):
    url = f"/api/runs/{run.pk}/fixes/"
    assert [
        row["line_number"] for row in clients["owner"].get(url, {"bug_type": "SYNTAX"}).json()["results"]
    ] == [8]
    assert [
        row["line_number"] for row in clients["owner"].get(url, {"status": "FIXED"}).json()["results"]
    ] == [15, 3]
    for bad_type in ("TYPO", ""):
        bad = clients["owner"].get(url, {"bug_type": bad_type})
        assert bad.status_code == 400 and "bug_type" in bad.json()


def test_outsiders_get_404(clients, run):
    assert clients["outsider"].get(f"/api/runs/{run.pk}/fixes/").status_code == 404


def test_anonymous_requests_get_401(clients, run):
    assert clients["anonymous"].get(f"/api/runs/{run.pk}/fixes/").status_code == 401


def test_it_answers_in_a_constant_number_of_queries(clients, run):
    def count_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert clients["owner"].get(f"/api/runs/{run.pk}/fixes/").status_code == 200
        return len(queries)

    few = count_queries()
    for number in range(3, 13):
        make_fix(run, make_iteration(run, number), line=number)
    assert count_queries() == few


def test_each_committed_fix_links_to_its_commit_once_the_branch_is_pushed(clients, run):
    fixes = clients["owner"].get(f"/api/runs/{run.pk}/fixes/").json()["results"]
    assert [fix["commit_url"] for fix in fixes] == [None, None, None]  # not pushed yet
    run.pushed = True
    run.save(update_fields=["pushed"])
    fixes = clients["owner"].get(f"/api/runs/{run.pk}/fixes/").json()["results"]
    assert [fix["commit_url"] for fix in fixes] == [
        "https://github.com/acme/widgets/commit/" + "a" * 40,
        None,  # a fix that failed has no commit
        "https://github.com/acme/widgets/commit/" + "a" * 40,
    ]
