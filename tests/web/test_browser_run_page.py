"""The run page and lists in headless Chromium at desktop and phone widths: the live log that
follows its tail, links and the copy button, local and relative times, the queue-wait note,
the "submitted" message, long names, tap targets, scores of runs that failed or never ran
their checks, and the dark palette. Screenshots go to var/screenshots/.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from runs.models import Iteration, IterationStatus, Run, RunStatus, Team
from tests.web.conftest import browser_sign_in, make_run

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
LONG_LOG = "".join(f"line {n}: checks running, {n} tests so far\n" for n in range(1, 120))


@pytest.fixture
def browser_context(chromium, live_server):
    """open(**options) → a page in a fresh context (own cookies, viewport, colour scheme, zone)."""
    contexts = []

    def open_page(*, viewport=DESKTOP, **options):
        context = chromium.new_context(viewport=viewport, base_url=live_server.url, **options)
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


def both_widths(page, screenshot, name: str) -> None:
    """Screenshots at desktop and phone width; on the phone the page never scrolls sideways."""
    page.set_viewport_size(DESKTOP)
    screenshot(page, f"{name}-desktop")
    page.set_viewport_size(PHONE)
    page.wait_for_timeout(100)
    assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"], name
    screenshot(page, f"{name}-phone")
    page.set_viewport_size(DESKTOP)


def log_position(page) -> dict:
    return page.evaluate(
        """() => { const log = document.querySelector("pre[data-follow]");
                   return {top: log.scrollTop, bottom: log.scrollHeight - log.clientHeight}; }"""
    )


def test_the_live_log_follows_its_tail_from_the_start_and_stops_on_request(
    browser_context, people, team, screenshot
):
    run = make_run(team, status=RunStatus.RUNNING, created_by=people["owner"], score=None, duration=None)
    Run.objects.filter(pk=run.pk).update(log_tail=LONG_LOG)
    page = browser_context(viewport=PHONE)
    browser_sign_in(page, "owner", "pw-owner-123")
    page.goto(f"/runs/{run.pk}/")

    # Overflowing on load (always so on a phone): already at the last line.
    position = log_position(page)
    assert position["bottom"] > 0 and position["top"] >= position["bottom"] - 8
    toggle = page.get_by_role("button", name="Follow the log")
    assert toggle.get_attribute("aria-pressed") == "true"

    # New lines arrive: the log stays at its tail.
    Run.objects.filter(pk=run.pk).update(log_tail=LONG_LOG + "line 120: the newest line\n")
    page.wait_for_function(
        "() => document.querySelector('pre[data-follow]').textContent.includes('line 120')"
    )
    position = log_position(page)
    assert position["top"] >= position["bottom"] - 8
    both_widths(page, screenshot, "20-live-log-following")

    # Turned off: new lines no longer move the log.
    toggle.click()
    assert toggle.get_attribute("aria-pressed") == "false"
    page.evaluate("() => { document.querySelector('pre[data-follow]').scrollTop = 100; }")
    Run.objects.filter(pk=run.pk).update(log_tail=LONG_LOG + "line 120\nline 121: newer still\n")
    page.wait_for_function(
        "() => document.querySelector('pre[data-follow]').textContent.includes('line 121')"
    )
    assert abs(log_position(page)["top"] - 100) <= 2

    # Turned on again: back to the tail at once.
    toggle.click()
    assert toggle.get_attribute("aria-pressed") == "true"
    position = log_position(page)
    assert position["top"] >= position["bottom"] - 8

    # Scrolling up to read stops following by itself.
    page.evaluate("() => { document.querySelector('pre[data-follow]').scrollTop = 0; }")
    page.wait_for_function("() => document.querySelector('[data-follow-toggle]').ariaPressed === 'false'")

    # The full log is one click away.
    link = page.get_by_role("link", name="Download the full log")
    assert link.get_attribute("href") == f"/runs/{run.pk}/log.txt"


def test_the_branch_links_and_copies_and_commits_link_to_the_host(browser_context, people, team, screenshot):
    from runs.hosting.models import RunHosting

    run = make_run(team, created_by=people["owner"], with_history=True)
    Run.objects.filter(pk=run.pk).update(pushed=True)
    RunHosting.objects.create(run=run, pull_request_url="https://github.com/acme/widgets/pull/12")
    page = browser_context()
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    browser_sign_in(page, "owner", "pw-owner-123")
    page.goto(f"/runs/{run.pk}/")

    branch = page.get_by_test_id("branch-link")
    assert branch.get_attribute("href") == (
        "https://github.com/acme/widgets/tree/RIFT_ORGANISERS_SAIYAM_KUMAR_AI_Fix"
    )
    assert page.get_by_test_id("pull-request-link").get_attribute("href").endswith("/pull/12")
    assert page.get_by_test_id("commit-link").get_attribute("href") == (
        "https://github.com/acme/widgets/commit/" + "a" * 40
    )
    copy = page.get_by_role("button", name="Copy the branch name RIFT_ORGANISERS_SAIYAM_KUMAR_AI_Fix")
    copy.click()
    page.get_by_role("button", name=re.compile("Copy the branch name")).get_by_text("Copied ✓").wait_for()
    assert page.evaluate("() => navigator.clipboard.readText()") == "RIFT_ORGANISERS_SAIYAM_KUMAR_AI_Fix"
    # The button is big enough to tap.
    box = copy.bounding_box()
    assert box["height"] >= 32
    both_widths(page, screenshot, "21-run-links")


def test_times_are_local_and_relative_with_utc_on_hover(browser_context, people, team):
    run = make_run(team, created_by=people["owner"], with_history=True)
    started = timezone.now() - timedelta(minutes=3)
    Run.objects.filter(pk=run.pk).update(started_at=started)
    page = browser_context(timezone_id="Asia/Tokyo", locale="en-GB")
    browser_sign_in(page, "owner", "pw-owner-123")
    page.goto(f"/runs/{run.pk}/")

    summary = page.locator("[data-live-part=summary] time")
    text = summary.inner_text()
    tokyo = (started + timedelta(hours=9)).strftime("%H:%M:%S")
    assert tokyo in text and "3 min ago" in text
    utc = started.strftime("%Y-%m-%d %H:%M:%S UTC")
    assert summary.get_attribute("title") == utc
    assert summary.get_attribute("datetime") == started.strftime("%Y-%m-%dT%H:%M:%SZ")
    # Each iteration shows how long it took.
    durations = page.get_by_test_id("iteration-duration").all_inner_texts()
    assert durations == ["took 10.0 s", "took 15.0 s"]


def test_a_queued_run_says_when_no_worker_is_running(browser_context, people, team, settings, screenshot):
    from django.core.cache import cache

    settings.Q_CLUSTER = {**settings.Q_CLUSTER, "sync": False}
    cache.clear()
    run = make_run(team, status=RunStatus.QUEUED, created_by=people["owner"], score=None, duration=None)
    Run.objects.filter(pk=run.pk).update(
        created_at=timezone.now() - timedelta(seconds=2), current_step="Waiting for a worker"
    )
    page = browser_context()
    browser_sign_in(page, "owner", "pw-owner-123")
    page.goto(f"/runs/{run.pk}/")
    assert page.get_by_test_id("queue-wait").count() == 0  # not yet: a free worker takes it in a second
    note = page.get_by_test_id("queue-wait")
    note.wait_for(timeout=10_000)  # the live poll brings it a few seconds later
    assert "No worker is running" in note.inner_text() and "qcluster" in note.inner_text()
    both_widths(page, screenshot, "22-no-worker")


def test_the_submitted_message_goes_once_the_run_is_over(browser_context, people, team, monkeypatch):
    from runs.services import runs as run_services

    monkeypatch.setattr(run_services, "run_enqueue", lambda *, run_id: "not-executed")
    page = browser_context()
    browser_sign_in(page, "owner", "pw-owner-123")
    page.get_by_label("Repository URL").fill("https://github.com/acme/widgets.git")
    with page.expect_navigation(url="**/runs/*/"):
        page.get_by_role("button", name="Start healing").click()
    message = page.get_by_text(re.compile(r"Run #\d+ submitted: this page follows it live"))
    assert message.is_visible()

    run = Run.objects.get()
    Run.objects.filter(pk=run.pk).update(
        status=RunStatus.CANCELLED,
        finished_at=timezone.now(),
        stop_reason="CANCELLED",
        current_step="Cancelled",
    )
    page.get_by_test_id("stop-reason").get_by_text("Cancelled").wait_for()
    assert message.count() == 0
    assert "The score is computed when the run ends" not in page.content()
    assert page.get_by_test_id("not-scored").is_visible()


def test_scores_of_failed_and_unscored_runs_cannot_read_as_success(browser_context, people, team, screenshot):
    failed = make_run(team, status=RunStatus.FAILED, created_by=people["owner"], with_history=True)
    errored = make_run(team, status=RunStatus.ERROR, created_by=people["owner"])
    Run.objects.filter(pk=errored.pk).update(
        error_message="Could not clone https://github.com/acme/widgets.git"
    )
    page = browser_context()
    browser_sign_in(page, "owner", "pw-owner-123")

    page.goto(f"/runs/{failed.pk}/")
    assert "✗ FAILED" in page.get_by_test_id("score-failed").inner_text()
    both_widths(page, screenshot, "23-run-failed-score")

    page.goto(f"/runs/{errored.pk}/")
    assert page.get_by_test_id("not-scored").is_visible()
    assert page.get_by_test_id("score-total").count() == 0
    both_widths(page, screenshot, "24-run-error-not-scored")

    page.goto("/")
    cards = page.get_by_test_id("run-card-outcome").all_inner_texts()
    assert cards[0].startswith("Not scored: Could not clone") and "✗ FAILED" in cards[1]
    both_widths(page, screenshot, "25-start-cards")


def test_long_names_wrap_between_words_and_run_links_are_large_tap_targets(
    browser_context, people, screenshot
):
    team = Team.objects.create(
        name="EXTRAORDINARILY LONG ORGANISERS OF THE INTERNATIONAL HEALING HACKATHON",
        leader_name="Saiyam Kumar",
    )
    team.members.add(people["owner"])
    run = make_run(team, created_by=people["owner"], with_history=True)
    Run.objects.filter(pk=run.pk).update(
        branch="EXTRAORDINARILY_LONG_ORGANISERS_OF_THE_INTERNATIONAL_HEALING_HACKATHON_SAIYAM_KUMAR_AI_Fix"
    )
    page = browser_context(viewport=PHONE)
    browser_sign_in(page, "owner", "pw-owner-123")
    page.goto(f"/runs/{run.pk}/")

    # Each word of the branch name stays on one line; the name as a whole wraps.
    lines = page.evaluate(
        """() => {
          const name = document.querySelector("[data-testid=branch]");
          const words = [];
          for (const node of [...name.childNodes]) {
            if (node.nodeType !== Node.TEXT_NODE) continue;
            const span = document.createElement("span");
            span.textContent = node.textContent;
            node.replaceWith(span);
            words.push(span);
          }
          return {words: words.map(w => [w.textContent, w.getClientRects().length]),
                  lines: name.getClientRects().length, height: name.getBoundingClientRect().height};
        }"""
    )
    assert all(count == 1 for _, count in lines["words"]), lines["words"]
    assert lines["height"] > 40  # it did wrap, between its words
    assert "".join(word for word, _ in lines["words"]).endswith("_AI_Fix")
    screenshot(page, "26-phone-long-branch")

    page.goto("/runs/")
    link = page.locator("a.run-link").first
    box = link.bounding_box()
    assert box["width"] >= 44 and box["height"] >= 44, box
    assert page.evaluate("() => document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(page, "27-phone-history")


# --- Dark mode ------------------------------------------------------------------------------

CONTRAST = """(selectors) => {
  function rgb(color) { const m = color.match(/[\\d.]+/g).map(Number); return m.length > 3 && m[3] === 0 ? null : m; }
  function lum([r, g, b]) {
    const c = [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
  function background(el) {
    for (; el; el = el.parentElement) {
      const color = rgb(getComputedStyle(el).backgroundColor);
      if (color) return color;
    }
    return [255, 255, 255];
  }
  const out = {};
  for (const selector of selectors) {
    const el = document.querySelector(selector);
    if (!el) { out[selector] = null; continue; }
    const fg = lum(rgb(getComputedStyle(el).color)), bg = lum(background(el));
    out[selector] = Math.round(((Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05)) * 100) / 100;
  }
  return out;
}"""
CHECKED = [
    "body",
    ".muted",
    "main a",
    ".site-nav a",
    ".badge--good",
    ".badge--bad",
    ".tag",
    ".summary dt",
    ".fix-line",
    ".alert--bad",
    "summary",
    ".text-good",
    ".btn",
]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_both_palettes_follow_the_system_and_keep_text_readable(
    browser_context, people, team, screenshot, scheme
):
    run = make_run(team, status=RunStatus.FAILED, created_by=people["owner"], with_history=True)
    page = browser_context(color_scheme=scheme)
    browser_sign_in(page, "owner", "pw-owner-123")
    page.goto(f"/runs/{run.pk}/")

    background = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
    assert (background == "rgb(13, 17, 23)") == (scheme == "dark")
    ratios = page.evaluate(CONTRAST, CHECKED)
    assert None not in ratios.values(), ratios
    # WCAG AA: 4.5:1 for text.
    assert {selector: ratio for selector, ratio in ratios.items() if ratio < 4.5} == {}, ratios
    both_widths(page, screenshot, f"28-run-{scheme}")
    page.goto("/leaderboard/")
    both_widths(page, screenshot, f"29-leaderboard-{scheme}")


def test_an_iteration_under_way_and_live_counters_update_in_place(browser_context, people, team, screenshot):
    run = make_run(team, status=RunStatus.RUNNING, created_by=people["owner"], score=None, duration=None)
    page = browser_context()
    browser_sign_in(page, "owner", "pw-owner-123")
    page.goto(f"/runs/{run.pk}/")
    assert "not run yet" in page.get_by_test_id("tests").inner_text()

    now = timezone.now()
    Iteration.objects.create(
        run=run,
        number=1,
        status=IterationStatus.RUNNING,
        start_passed=7,
        start_failed=3,
        failures_found=3,
        passed=7,
        failed=3,
        started_at=now,
    )
    Run.objects.filter(pk=run.pk).update(tests_passed=7, tests_failed=3, failures_detected=3)
    page.get_by_test_id("tests").get_by_text("7 passed").wait_for()
    assert page.get_by_test_id("total-failures").inner_text() == "3"
    entry = page.get_by_test_id("timeline-entry")
    assert "IN PROGRESS" in entry.inner_text() and "under way" in entry.inner_text()
    both_widths(page, screenshot, "30-run-iteration-under-way")
