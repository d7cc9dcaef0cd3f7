import re

import pytest
from django.urls import reverse

from runs.models import RunStatus
from tests.conftest import make_ci_observation


def detail(run):
    return reverse("run-detail", args=[run.pk])


def page_text(client, run) -> str:
    """The run page's HTML without the <wbr> that let long names wrap between words."""
    return client.get(detail(run)).content.decode().replace("<wbr>", "")


@pytest.mark.parametrize(
    ("who", "status"), [("owner", 200), ("teammate", 200), ("staff", 200), ("outsider", 404)]
)
def test_it_shows_a_run_to_its_team_and_staff_only(login, people, team, other_team, run_factory, who, status):
    run = run_factory(team, created_by=people["owner"])
    assert login(who).get(detail(run)).status_code == status


def test_it_sends_anonymous_visitors_to_sign_in(client, team, run_factory):
    run = run_factory(team)
    response = client.get(detail(run))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_it_answers_404_for_a_run_that_does_not_exist(login, team):
    assert login("staff").get(reverse("run-detail", args=[999])).status_code == 404


def test_it_shows_the_run_summary(login, team, run_factory):
    run = run_factory(team, with_history=True)
    html = page_text(login("owner"), run)
    assert "https://github.com/acme/widgets.git" in html
    assert "RIFT_ORGANISERS_SAIYAM_KUMAR_AI_Fix" in html
    assert "Saiyam Kumar" in html
    assert re.search(r'data-testid="total-failures">2<', html)
    assert re.search(r'data-testid="total-fixes">1<', html)
    assert re.search(r'data-testid="final-status"><span class="badge badge--good">✓ PASSED</span>', html)
    assert 'data-testid="total-time">41.2 s<' in html


def test_it_shows_a_failed_run_with_a_red_badge(login, team, run_factory):
    run = run_factory(team, status=RunStatus.FAILED, with_history=True)
    html = login("owner").get(detail(run)).content.decode()
    assert 'data-testid="final-status"><span class="badge badge--bad">✗ FAILED</span>' in html


def test_it_explains_a_run_stopped_by_an_error(login, team, run_factory):
    run = run_factory(team, status=RunStatus.ERROR)
    run.error_message = "Could not clone https://github.com/acme/widgets.git"
    run.save()
    html = login("owner").get(detail(run)).content.decode()
    assert "Could not clone https://github.com/acme/widgets.git" in html
    assert "✗ FAILED" in html


def test_it_draws_the_score_breakdown(login, team, run_factory):
    run = run_factory(team)
    run.score_efficiency_penalty, run.score_total = 4, 106
    run.save()
    html = login("owner").get(detail(run)).content.decode()
    # Bars are drawn to one scale (110 points): widths follow the values.
    assert 'score__fill--base" style="width: 90.9%"' in html
    assert 'score__fill--bonus" style="width: 9.1%"' in html
    assert 'score__fill--penalty" style="width: 3.6%"' in html
    assert 'score__fill--total" style="width: 96.4%"' in html
    assert ">−4<" in html and 'data-testid="score-total">106<' in html


def test_it_lists_fixes_with_their_exact_line_status_and_diff(login, team, run_factory):
    run = run_factory(team, with_history=True)
    html = login("owner").get(detail(run)).content.decode()
    assert "LINTING error in src/utils.py line 15 → Fix: remove the import statement" in html
    assert "SYNTAX error in src/validator.py line 8 → Fix: add the colon at the correct position" in html
    assert "[AI-AGENT] Fix LINTING in src/utils.py line 15: remove the import statement" in html
    assert html.count("✓ Fixed") == 1 and html.count("✗ Failed") == 1
    assert '<span class="diff__del">-import os</span>' in html
    assert html.count('<details id="diff-') == 1  # the failed fix has no diff to show


def test_it_shows_the_timeline_with_iterations_used(login, team, run_factory):
    run = run_factory(team, with_history=True)
    response = login("owner").get(detail(run))
    html = response.content.decode()
    assert 'data-testid="iterations-used">2/5<' in html
    assert "Iteration 1/5" in html and "Iteration 2/5" in html
    # What each iteration's checks found, what it fixed, and where its re-validation left the checks.
    text = re.sub(r"<[^>]+>", "", html)
    assert (
        "10 passed · 3 failed · 2 failures to fix → 1 fix committed → re-validated: 12 passed · 1 failed"
        in (" ".join(text.split()))
    )
    assert "13 passed" in html
    # Each iteration's own duration.
    assert re.findall(r'data-testid="iteration-duration">([^<]+)<', html) == ["took 10.0 s", "took 15.0 s"]
    entries = response.context["iterations"]
    assert [entry.status for entry in entries] == ["FAILED", "PASSED"]


def test_it_makes_an_active_run_page_live_with_a_cancel_button(login, team, run_factory):
    run = run_factory(team, status=RunStatus.RUNNING)
    html = login("teammate").get(detail(run)).content.decode()
    assert f'data-live-url="{reverse("run-live", args=[run.pk])}"' in html
    assert 'data-active="true"' in html
    assert 'aria-live="polite"' in html
    assert "Iteration 2/5: running checks" in html
    assert "Checks: 10 passed, 3 failed" in html  # the live log tail
    assert f'action="{reverse("run-cancel", args=[run.pk])}"' in html
    assert "results.json" not in html
    assert "The score is computed when the run ends." in html


def test_it_makes_a_finished_run_page_static_with_a_download(login, team, run_factory):
    run = run_factory(team)
    html = login("owner").get(detail(run)).content.decode()
    assert 'data-active="false"' in html
    assert reverse("run-results", args=[run.pk]) in html
    assert "Cancel run" not in html


def test_it_answers_in_constant_queries(login, team, run_factory, django_assert_max_num_queries):
    run = run_factory(team, with_history=True)
    client = login("owner")
    # The run with its counts, fixes, iterations, remote CI, its pull request, and the session's.
    with django_assert_max_num_queries(8):
        client.get(detail(run))


def test_it_shows_the_remote_ci_statuses_on_the_timeline(login, team, run_factory):
    run = run_factory(team, with_history=True)
    first = run.iterations.order_by("number").first()
    make_ci_observation(
        run,
        iteration=first,
        name="tests",
        state="FAILURE",
        conclusion="failure",
        url="https://github.com/acme/widgets/actions/runs/1",
    )
    make_ci_observation(
        run, head_sha="b" * 40, kind="summary", state="NONE", note="the repository has no remote CI"
    )
    html = login("owner").get(detail(run)).content.decode()
    assert html.count('data-testid="ci-observation"') == 2
    assert "Remote CI: Failure" in html and "badge--bad" in html
    assert "https://github.com/acme/widgets/actions/runs/1" in html
    assert "the repository has no remote CI" in html
