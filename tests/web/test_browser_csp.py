"""The Content-Security-Policy in a real browser (issue 13, item 10): every page, the
live view's polling and the API docs work under it, and it does stop injected code."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from runs.models import Run, RunStatus
from tests.web.conftest import browser_sign_in, make_run

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Runs before any page script (through the DevTools protocol, which the policy does not govern).
RECORD_VIOLATIONS = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
});
"""


@pytest.fixture
def watched(page):
    """The page, recording every policy violation and console error."""
    page.add_init_script(RECORD_VIOLATIONS)
    page.errors = []
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    return page


def violations(page) -> list[str]:
    return page.evaluate("() => window.__csp") + [e for e in page.errors if "Content Security Policy" in e]


def test_every_page_works_under_the_policy(watched, people, team, other_team):
    page = watched
    run = make_run(team, created_by=people["owner"], with_history=True)
    User.objects.create_superuser("root", password="pw-root-123")
    browser_sign_in(page, "root", "pw-root-123")
    pages = ["/", "/runs/", f"/runs/{run.pk}/", "/teams/", f"/teams/{team.pk}/", "/leaderboard/"]
    admin = ["/admin/", "/admin/runs/run/", f"/admin/runs/run/{run.pk}/change/", "/admin/runs/team/add/"]
    admin += ["/admin/hosting/credential/add/", "/admin/hosting/repositorylink/add/", "/admin/auth/user/"]
    for path in pages + admin:
        response = page.goto(path)
        assert response.status == 200, path
        assert "default-src 'none'" in response.headers["content-security-policy"]
        assert violations(page) == [], path
    # The score bars keep their widths without inline styles.
    page.goto(f"/runs/{run.pk}/")
    widths = page.eval_on_selector_all(".score__fill", "els => els.map(e => e.getBoundingClientRect().width)")
    assert len(widths) == 4 and widths[0] > widths[1] > 0


def test_the_live_view_polls_and_swaps_under_the_policy(watched, people, team):
    page = watched
    run = make_run(team, status=RunStatus.RUNNING, created_by=people["owner"], score=None, duration=None)
    browser_sign_in(page, "owner", "pw-owner-123")
    page.goto(f"/runs/{run.pk}/")
    Run.objects.filter(pk=run.pk).update(current_step="Iteration 3/5: running checks")
    page.get_by_text("Iteration 3/5: running checks").wait_for(timeout=6000)
    Run.objects.filter(pk=run.pk).update(
        status=RunStatus.PASSED,
        finished_at=timezone.now(),
        duration_seconds=3.0,
        score_base=100,
        score_speed_bonus=10,
        score_efficiency_penalty=0,
        score_total=110,
        current_step="All checks pass",
    )
    page.get_by_test_id("final-status").get_by_text("PASSED").wait_for(timeout=6000)
    # The progress bar is a native <progress> (no style attribute): the iterations used, not 100 %.
    bar = page.locator("progress.progress__bar")
    assert (bar.get_attribute("value"), bar.get_attribute("max")) == ("0", "5")
    assert bar.evaluate("e => e.getBoundingClientRect().width") > 100
    assert violations(page) == []


def test_the_api_docs_render_for_a_signed_in_user(watched, people):
    page = watched
    browser_sign_in(page, "owner", "pw-owner-123")
    page.goto("/api/docs/")
    page.get_by_text("/api/runs/").first.wait_for(timeout=15000)
    assert violations(page) == []
    page.goto("/api/redoc/")
    page.locator("h2", has_text="Get an API token").first.wait_for(timeout=15000)
    # ReDoc's "API docs by Redocly" logo is fetched from its CDN: refused, as every third party is.
    assert all("https://cdn.redoc.ly/" in v for v in violations(page))


def test_injected_inline_code_is_refused(watched, people):
    page = watched
    page.goto("/leaderboard/")
    page.evaluate(
        """() => {
      const s = document.createElement("script");
      s.textContent = "window.__pwned = true";
      document.body.appendChild(s);
      document.body.insertAdjacentHTML("beforeend", '<img src="https://evil.example/x.png">');
    }"""
    )
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.__pwned") is None
    blocked = violations(page)
    assert any(v.startswith("script-src") for v in blocked)
    assert any("evil.example" in v for v in blocked)
