"""The dashboard in headless Chromium, without Docker: sign-in, form errors, live polling rules.

The full heal-a-repository journey (real sandbox) is in test_browser_heal.py.
"""

from __future__ import annotations

import re

import pytest
from django.utils import timezone

from runs.models import Fix, FixStatus, Iteration, IterationStatus, Run, RunStatus
from tests.web.conftest import browser_sign_in, make_run

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

HIDE = """() => {
  Object.defineProperty(document, "hidden", {configurable: true, get: () => true});
  Object.defineProperty(document, "visibilityState", {configurable: true, get: () => "hidden"});
  document.dispatchEvent(new Event("visibilitychange"));
}"""
SHOW = """() => {
  Object.defineProperty(document, "hidden", {configurable: true, get: () => false});
  Object.defineProperty(document, "visibilityState", {configurable: true, get: () => "visible"});
  document.dispatchEvent(new Event("visibilitychange"));
}"""


def live_requests(page) -> list[str]:
    """URLs of the live-partial requests the page sends from now on."""
    seen: list[str] = []
    page.on("request", lambda request: seen.append(request.url) if "/live/" in request.url else None)
    return seen


def test_it_signs_in_and_shows_field_errors_inline(page, people, team, screenshot):
    page.goto("/")
    assert "/accounts/login/" in page.url  # the start page needs an account

    page.get_by_label("Username").fill("owner")
    page.get_by_label("Password").fill("wrong password")
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in").click()
    assert page.get_by_role("alert").is_visible()
    assert "enter a correct username and password" in page.get_by_role("alert").inner_text().lower()

    browser_sign_in(page, "owner", "pw-owner-123")
    # One team: the form is prefilled with it, and the retry limit defaults to 5.
    assert page.get_by_label("Team name").input_value() == "RIFT ORGANISERS"
    assert page.get_by_label("Team leader name").input_value() == "Saiyam Kumar"
    assert page.get_by_label("Retry limit").input_value() == "5"
    screenshot(page, "01-start")

    page.get_by_label("Repository URL").fill("ftp://example.com/repo")
    page.get_by_label("Retry limit").fill("99")
    with page.expect_navigation():
        page.get_by_role("button", name="Start healing").click()
    repo = page.get_by_label("Repository URL")
    assert repo.get_attribute("aria-invalid") == "true"
    repo_error = page.locator("#" + repo.get_attribute("aria-describedby").split()[-1])
    assert "https" in repo_error.inner_text()
    assert "less than or equal to 20" in page.locator("#id_retry_limit_error").inner_text()
    assert Run.objects.count() == 0
    screenshot(page, "02-start-errors")


def test_it_updates_an_active_run_in_place_and_stops_polling_when_hidden_or_finished(
    page, people, team, screenshot
):
    run = make_run(team, status=RunStatus.RUNNING, created_by=people["owner"], score=None, duration=None)
    browser_sign_in(page, "teammate", "pw-mate-123")
    page.goto(f"/runs/{run.pk}/")
    page.evaluate("() => { window.__sameDocument = 'yes'; }")
    step = page.locator("[data-live-part=status]")
    assert step.get_attribute("aria-live") == "polite"
    assert "Iteration 2/5: running checks" in step.inner_text()

    # The worker moves on: the page follows without a reload.
    now = timezone.now()
    iteration = Iteration.objects.create(
        run=run, number=1, status=IterationStatus.FAILED, passed=4, failed=1, started_at=now, finished_at=now
    )
    Fix.objects.create(
        run=run,
        iteration=iteration,
        file="calc.py",
        line=1,
        bug_type="LINTING",
        description="LINTING error in calc.py line 1 → Fix: remove the unused import os",
        status=FixStatus.FIXED,
        commit_sha="b" * 40,
        commit_message="[AI-AGENT] Fix LINTING in calc.py line 1: remove the unused import os",
        diff="--- a/calc.py\n+++ b/calc.py\n@@ -1,2 +1 @@\n-import os\n def add(a, b):\n",
    )
    Run.objects.filter(pk=run.pk).update(
        current_step="Iteration 2/5: fixing 1 failure(s)", log_tail="== Cloning\nChecks: 4 passed, 1 failed\n"
    )
    page.get_by_text("Iteration 2/5: fixing 1 failure(s)").wait_for()
    page.get_by_test_id("fix-line").wait_for()
    assert page.get_by_test_id("iterations-used").inner_text() == "1/5"
    assert "Checks: 4 passed, 1 failed" in page.locator("pre.log").inner_text()
    # An open diff stays open across polls.
    page.get_by_text("Show diff").click()
    screenshot(page, "04-run-in-progress")

    # Hidden tab: no polling at all; visible again: it catches up at once.
    page.evaluate(HIDE)
    page.wait_for_timeout(300)  # let an aborted in-flight request settle
    seen = live_requests(page)
    Run.objects.filter(pk=run.pk).update(current_step="Iteration 3/5: running checks")
    page.wait_for_timeout(5000)
    assert seen == []
    assert "Iteration 3/5" not in page.locator("[data-live-part=status]").inner_text()
    page.evaluate(SHOW)
    page.get_by_text("Iteration 3/5: running checks").wait_for(timeout=3000)
    assert len(seen) >= 1
    assert page.locator(f"details#diff-{run.fixes.get().pk}").get_attribute("open") is not None

    # The run ends: the final state is shown and polling stops for good.
    Run.objects.filter(pk=run.pk).update(
        status=RunStatus.PASSED,
        finished_at=timezone.now(),
        duration_seconds=12.5,
        score_base=100,
        score_speed_bonus=10,
        score_efficiency_penalty=0,
        score_total=110,
        current_step="All checks pass",
    )
    page.get_by_test_id("final-status").get_by_text("PASSED").wait_for()
    assert page.get_by_test_id("score-total").inner_text() == "110"
    assert page.get_by_role("link", name="Download results.json").is_visible()
    assert page.get_by_role("button", name="Cancel run").count() == 0
    assert re.match(r"Run #\d+ · Passed · Healer", page.title())
    seen.clear()
    page.wait_for_timeout(5000)
    assert seen == []
    assert page.evaluate("() => window.__sameDocument") == "yes"


def test_it_cancels_a_queued_run_from_the_run_page(page, people, team):
    run = make_run(team, status=RunStatus.QUEUED, created_by=people["owner"], score=None, duration=None)
    browser_sign_in(page, "owner", "pw-owner-123")
    page.goto(f"/runs/{run.pk}/")
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Cancel run").click()
    page.get_by_text("cancellation requested").wait_for()
    run.refresh_from_db()
    assert run.status == RunStatus.CANCELLED


def test_it_renders_history_team_and_leaderboard_pages(page, people, team, other_team, screenshot):
    for index in range(3):
        make_run(team, created_by=people["owner"], duration=40 + index, with_history=index == 0)
    make_run(team, status=RunStatus.FAILED, score=110, duration=30)
    make_run(other_team, duration=40.0)  # same score and time as the best of team: a tie
    make_run(team, status=RunStatus.RUNNING, score=None, duration=None)

    page.goto("/leaderboard/")  # public
    rows = page.get_by_test_id("leaderboard-row")
    assert rows.count() == 2
    # The tie is named once, on the group's first row.
    assert "2 teams share rank 1" in rows.first.inner_text()
    assert "share rank" not in rows.nth(1).inner_text()
    assert "share a rank" in page.locator("#ranking-rule").inner_text()
    screenshot(page, "07-leaderboard")

    browser_sign_in(page, "owner", "pw-owner-123")
    page.goto("/runs/")
    assert page.locator("table tbody tr").count() == 5
    page.get_by_label("Status").select_option("FAILED")
    with page.expect_navigation():
        page.get_by_role("button", name="Filter").click()
    assert page.locator("table tbody tr").count() == 1
    page.get_by_label("Status").select_option("")
    with page.expect_navigation():
        page.get_by_role("button", name="Filter").click()
    screenshot(page, "05-history")

    page.goto(f"/teams/{team.pk}/")
    assert page.get_by_test_id("best-score").inner_text() == "110"
    assert "owner" in page.locator(".members").inner_text()
    screenshot(page, "06-team")

    finished = Run.objects.filter(team=team, iterations__isnull=False).distinct().get()
    page.set_viewport_size({"width": 390, "height": 844})
    for name, url in [
        ("08-phone-start", "/"),
        ("09-phone-run", f"/runs/{finished.pk}/"),
        ("10-phone-leaderboard", "/leaderboard/"),
    ]:
        page.goto(url)
        # Nothing wider than the screen: the page never scrolls sideways on a phone.
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 390, url
        screenshot(page, name)


def test_it_moves_focus_through_the_form_with_the_keyboard(page, people, team):
    browser_sign_in(page, "owner", "pw-owner-123")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.textContent.trim()") == "Skip to content"
    page.keyboard.press("Enter")
    page.get_by_label("Repository URL").focus()
    order = []
    for _ in range(4):
        order.append(page.evaluate("() => document.activeElement.id"))
        page.keyboard.press("Tab")
    assert order == ["id_repo_url", "id_team_name", "id_leader_name", "id_retry_limit"]
    assert page.evaluate("() => document.activeElement.textContent.trim()") == "Start healing"
    # The focused control is visibly outlined.
    outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"


def test_it_shows_a_running_state_once_the_form_is_sent(page, people, team, monkeypatch):
    from runs.services import runs as run_services

    monkeypatch.setattr(run_services, "run_enqueue", lambda *, run_id: "not-executed")
    browser_sign_in(page, "owner", "pw-owner-123")
    page.get_by_label("Repository URL").fill("https://github.com/acme/widgets.git")
    # Keep the page in its "sent" state: a listener that runs after the page's own handler
    # counts the submissions that would go out, and holds them back.
    page.evaluate(
        """() => {
          window.__sent = 0;
          window.addEventListener("submit", (event) => {
            if (!event.defaultPrevented) window.__sent += 1;
            event.preventDefault();
          });
        }"""
    )
    button = page.locator("form[data-busy-text] button[type=submit]")
    button.click()
    page.wait_for_function("() => document.querySelector('form[data-busy-text] button').disabled")
    assert button.inner_text().strip() == "Starting run…"
    assert page.locator("form[data-busy-text]").get_attribute("aria-busy") == "true"
    assert "Submitting the run" in page.locator(".form-status").inner_text()
    page.evaluate("() => document.querySelector('form[data-busy-text]').requestSubmit()")
    assert page.evaluate("() => window.__sent") == 1  # a second submission is not sent

    with page.expect_navigation(url="**/runs/*/"):
        page.evaluate(
            "() => HTMLFormElement.prototype.submit.call(document.querySelector('form[data-busy-text]'))"
        )
    run = Run.objects.get()
    assert run.status == RunStatus.QUEUED
    assert "Waiting for a worker" in page.locator("[data-live-part=status]").inner_text()
    assert page.locator(".run-header .badge").inner_text() == "QUEUED"
