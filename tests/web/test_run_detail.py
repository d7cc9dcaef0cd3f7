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
    # Bars are drawn to one scale (110 points): widths follow the values (as classes: no inline styles).
    assert 'score__fill--base w-91"' in html
    assert 'score__fill--bonus w-9"' in html
    assert 'score__fill--penalty w-4"' in html
    assert 'score__fill--total w-96"' in html
    assert "style=" not in html
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
    # The run with its counts, fixes, fixes taken back, iterations, remote CI, its pull request,
    # and the session's.
    with django_assert_max_num_queries(9):
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


@pytest.mark.parametrize(
    ("status", "says"),
    [(RunStatus.ERROR, "The run stopped with an error"), (RunStatus.CANCELLED, "The run was cancelled")],
)
def test_a_run_that_did_not_run_its_checks_shows_no_score(login, team, run_factory, status, says):
    run = run_factory(team, status=status)
    run.score_total = 110  # even a score left in the row from before the rule
    run.save()
    html = login("owner").get(detail(run)).content.decode()
    assert 'data-testid="not-scored"' in html and says in html
    assert "Not scored." in html
    assert 'data-testid="score-total"' not in html
    assert "The score is computed when the run ends." not in html
    assert "No fixes were needed" not in html


def test_a_failed_runs_score_stands_beside_an_unmistakable_failed_state(login, team, run_factory):
    run = run_factory(team, status=RunStatus.FAILED, with_history=True)
    html = login("owner").get(detail(run)).content.decode()
    score_card = html.split('id="score-title"')[1].split("</section>")[0]
    assert 'data-testid="score-failed"' in score_card and "✗ FAILED" in score_card
    assert "it is not a success" in score_card
    assert 'data-testid="score-total">110<' in score_card


def test_it_shows_why_the_run_stopped(login, team, run_factory):
    run = run_factory(team, status=RunStatus.FAILED)
    run.stop_reason = "NO_CANDIDATE"
    run.save()
    html = login("owner").get(detail(run)).content.decode()
    reason = "Nothing left to try: no candidate fix passed validation"
    assert f'data-testid="stop-reason">{reason}<' in html
    assert f"Stopped: {reason}" in html
    assert "Retry limit reached" not in html


def test_the_progress_bar_shows_the_iterations_used_even_when_the_run_passed(login, team, run_factory):
    run = run_factory(team, with_history=True)  # PASSED after 2 of 5 iterations
    html = login("owner").get(detail(run)).content.decode()
    assert re.search(r'<progress class="progress__bar" max="5" value="2"', html)
    assert "2 of 5 check-and-fix iterations used" in html
    assert "100%" not in html.split('id="progress-title"')[1].split('data-live-part="log"')[0]


def test_it_links_the_pushed_branch_its_commits_and_pull_request(login, team, run_factory):
    from runs.hosting.models import RunHosting

    run = run_factory(team, with_history=True, repo_url="https://github.com/acme/widgets.git")
    run.pushed = True
    run.save()
    RunHosting.objects.create(run=run, pull_request_url="https://github.com/acme/widgets/pull/12")
    html = login("owner").get(detail(run)).content.decode()
    assert 'href="https://github.com/acme/widgets/tree/RIFT_ORGANISERS_SAIYAM_KUMAR_AI_Fix"' in html
    assert f'href="https://github.com/acme/widgets/commit/{"a" * 40}"' in html
    assert 'href="https://github.com/acme/widgets/pull/12"' in html
    assert 'data-copy="RIFT_ORGANISERS_SAIYAM_KUMAR_AI_Fix"' in html


def test_a_local_repository_shows_the_branch_name_only(login, team, run_factory):
    run = run_factory(team, with_history=True, repo_url="/srv/git/widgets")
    run.pushed = True
    run.save()
    html = login("owner").get(detail(run)).content.decode()
    assert 'data-testid="branch-link"' not in html and 'data-testid="commit-link"' not in html
    assert "RIFT_<wbr>ORGANISERS_<wbr>SAIYAM_<wbr>KUMAR_<wbr>AI_<wbr>Fix" in html  # wraps between words
    assert 'data-copy="RIFT_ORGANISERS_SAIYAM_KUMAR_AI_Fix"' in html


def test_a_queued_run_says_when_no_worker_is_running(login, team, run_factory, settings):
    from datetime import timedelta

    from django.core.cache import cache
    from django.utils import timezone

    from runs.models import Run

    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": False}
    cache.clear()
    run = run_factory(team, status=RunStatus.QUEUED, score=None, duration=None)
    client = login("owner")
    assert 'data-testid="queue-wait"' not in client.get(detail(run)).content.decode()  # just queued
    Run.objects.filter(pk=run.pk).update(created_at=timezone.now() - timedelta(seconds=20))
    html = client.get(reverse("run-live", args=[run.pk])).content.decode()
    assert 'data-testid="queue-wait"' in html and "No worker is running" in html and "qcluster" in html


def test_it_offers_the_full_log_as_a_download(login, team, run_factory):
    from runs.models import RunLogChunk

    run = run_factory(team)
    RunLogChunk.objects.create(run=run, text="== Cloning the repository\n    indented line\n")
    RunLogChunk.objects.create(run=run, text="Checks: 10 passed, 3 failed\n")
    client = login("owner")
    assert reverse("run-log", args=[run.pk]) in client.get(detail(run)).content.decode()
    response = client.get(reverse("run-log", args=[run.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"] == f'attachment; filename="run-{run.pk}.log"'
    assert response.content.decode() == (
        "== Cloning the repository\n    indented line\nChecks: 10 passed, 3 failed\n"
    )


def test_the_full_log_is_the_teams_only(login, team, other_team, run_factory):
    run = run_factory(team)
    assert login("outsider").get(reverse("run-log", args=[run.pk])).status_code == 404


def test_an_active_run_shows_its_live_counters(login, team, run_factory):
    run = run_factory(team, status=RunStatus.RUNNING, score=None, duration=None)
    run.tests_passed, run.tests_failed, run.failures_detected = 7, 3, 3
    run.save()
    html = login("owner").get(detail(run)).content.decode()
    assert re.search(r'data-testid="total-failures">3<', html)
    assert "7 passed" in html and "3 failed" in html


def test_it_is_never_stored_by_shared_caches_or_on_disk(login, people, team, run_factory):
    # Logs, diffs and repository names are private to the team (issue 13, item 10).
    run = run_factory(team, created_by=people["owner"])
    cache_control = {part.strip() for part in login("owner").get(detail(run))["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= cache_control
    assert "public" not in cache_control


def test_it_carries_a_content_security_policy_without_inline_code(login, people, team, run_factory):
    run = run_factory(team, created_by=people["owner"], with_history=True)
    response = login("owner").get(detail(run))
    policy = dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))
    assert policy["default-src"] == "'none'" and policy["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in policy["script-src"] and "unsafe-inline" not in policy["style-src"]
    assert "style=" not in response.content.decode()


HOSTILE_LINKS = [
    "javascript:alert(document.cookie)",
    "JavaScript:alert(1)",
    "java\tscript:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.example/x",
    "https:///no-host",
]


@pytest.mark.parametrize("url", HOSTILE_LINKS)
def test_a_ci_link_that_is_not_http_is_not_rendered_as_a_link(login, people, team, run_factory, url):
    # A check run's details URL is whatever the app that created it said (issue 13, item 12).
    run = run_factory(team, created_by=people["owner"])
    make_ci_observation(run, name="evil check", state="FAILURE", url=url)
    html = login("owner").get(detail(run)).content.decode()
    assert "evil check" in html
    observation = html[html.index('data-testid="ci-observation"') :].split("</li>", 1)[0]
    assert "<a " not in observation and "script" not in observation.lower()


def test_it_shows_the_fixes_the_agent_took_back_with_both_commits(login, team, run_factory):
    from runs.models import FixWithdrawal, WithdrawalReason

    run = run_factory(team, with_history=True)
    run.pushed = True  # commit links only for a branch the host has
    run.save()
    FixWithdrawal.objects.create(
        run=run,
        iteration=run.iterations.get(number=1),
        file="src/calc.py",
        line=3,
        bug_type="LOGIC",
        description="LOGIC error in src/calc.py line 3 → Fix: swap the operator",
        commit_sha="c" * 40,
        revert_sha="d" * 40,
        revert_message="[AI-AGENT] Revert the LOGIC fix in src/calc.py line 3: a better fix for its tests follows",
        reason=WithdrawalReason.REPLACED,
    )
    html = page_text(login("owner"), run)
    assert html.count('data-testid="withdrawal-row"') == 1
    assert 'data-testid="withdrawal-reason">A better fix for its tests follows<' in html
    assert f"https://github.com/acme/widgets/commit/{'c' * 40}" in html
    assert f"https://github.com/acme/widgets/commit/{'d' * 40}" in html
    # Not counted as a fix: the fixes table and its counters are unchanged.
    assert html.count('data-testid="fix-row"') == 2
    assert re.search(r'data-testid="total-fixes">1<', html)


def test_it_shows_no_taken_back_section_when_nothing_was_taken_back(login, team, run_factory):
    run = run_factory(team, with_history=True)
    assert 'data-testid="withdrawal-row"' not in page_text(login("owner"), run)
    assert "Taken back" not in page_text(login("owner"), run)
