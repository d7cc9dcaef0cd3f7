"""Fixtures for the dashboard tests: people in and out of a team, and runs with history."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from runs.models import Fix, FixStatus, Iteration, IterationStatus, Run, RunStatus, StopReason, Team

DIFF = "\n".join(
    ["--- a/src/utils.py", "+++ b/src/utils.py", "@@ -13,3 +13,2 @@", " import sys", "-import os", " "]
)


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    # The default hasher takes a good part of a second per password, by design.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def people(db) -> dict[str, User]:
    """owner (started the runs), teammate (same team), outsider (another team), staff."""
    return {
        "owner": User.objects.create_user("owner", password="pw-owner-123"),
        "teammate": User.objects.create_user("teammate", password="pw-mate-123"),
        "outsider": User.objects.create_user("outsider", password="pw-out-123"),
        "staff": User.objects.create_user("staff", password="pw-staff-123", is_staff=True),
    }


@pytest.fixture
def team(people) -> Team:
    team = Team.objects.create(name="RIFT ORGANISERS", leader_name="Saiyam Kumar")
    team.members.add(people["owner"], people["teammate"])
    return team


@pytest.fixture
def other_team(people) -> Team:
    team = Team.objects.create(name="Beta Squad", leader_name="Bea")
    team.members.add(people["outsider"])
    return team


STOP_REASONS = {
    RunStatus.PASSED: StopReason.ALL_PASS,
    RunStatus.FAILED: StopReason.RETRY_LIMIT,
    RunStatus.ERROR: StopReason.ERROR,
    RunStatus.CANCELLED: StopReason.CANCELLED,
}


def make_run(
    team: Team,
    *,
    status: str = RunStatus.PASSED,
    created_by: User | None = None,
    score: int | None = 110,
    duration: float | None = 41.2,
    repo_url: str = "https://github.com/acme/widgets.git",
    with_history: bool = False,
) -> Run:
    now = timezone.now()
    finished = status not in (RunStatus.QUEUED, RunStatus.RUNNING)
    scored = status in (RunStatus.PASSED, RunStatus.FAILED)
    run = Run.objects.create(
        team=team,
        leader_name=team.leader_name,
        repo_url=repo_url,
        branch="RIFT_ORGANISERS_SAIYAM_KUMAR_AI_Fix",
        status=status,
        created_by=created_by,
        started_at=now - timedelta(seconds=duration or 5) if status != RunStatus.QUEUED else None,
        finished_at=now if finished else None,
        duration_seconds=duration if finished else None,
        score_base=100 if scored else None,
        score_speed_bonus=10 if scored else None,
        score_efficiency_penalty=0 if scored else None,
        score_total=score if scored else None,
        stop_reason=STOP_REASONS.get(status, ""),
        current_step="Iteration 2/5: running checks" if not finished else "All checks pass",
        log_tail="== Cloning the repository\nChecks: 10 passed, 3 failed\n",
    )
    if with_history:
        # Iteration 1 found 2 failures in 10 passed / 3 failed, fixed one, and its re-validation
        # left 12 passed / 1 failed; iteration 2 started from there.
        first = Iteration.objects.create(
            run=run,
            number=1,
            status=IterationStatus.FAILED,
            start_passed=10,
            start_failed=3,
            failures_found=2,
            passed=12,
            failed=1,
            lint_findings=1,
            started_at=now - timedelta(seconds=30),
            finished_at=now - timedelta(seconds=20),
        )
        Fix.objects.create(
            run=run,
            iteration=first,
            file="src/utils.py",
            line=15,
            bug_type="LINTING",
            description="LINTING error in src/utils.py line 15 → Fix: remove the import statement",
            status=FixStatus.FIXED,
            commit_sha="a" * 40,
            commit_message="[AI-AGENT] Fix LINTING in src/utils.py line 15: remove the import statement",
            diff=DIFF,
        )
        Fix.objects.create(
            run=run,
            iteration=first,
            file="src/validator.py",
            line=8,
            bug_type="SYNTAX",
            description="SYNTAX error in src/validator.py line 8 → Fix: add the colon at the correct position",
            status=FixStatus.FAILED,
        )
        if finished:
            Iteration.objects.create(
                run=run,
                number=2,
                status=IterationStatus.PASSED if status == RunStatus.PASSED else IterationStatus.FAILED,
                start_passed=13 if status == RunStatus.PASSED else 12,
                start_failed=0 if status == RunStatus.PASSED else 1,
                failures_found=0 if status == RunStatus.PASSED else 1,
                passed=13 if status == RunStatus.PASSED else 12,
                failed=0 if status == RunStatus.PASSED else 1,
                started_at=now - timedelta(seconds=20),
                finished_at=now - timedelta(seconds=5),
            )
    return run


@pytest.fixture
def run_factory():
    return make_run


@pytest.fixture
def login(client, people):
    """login("owner") signs the test client in as that person; login(None) stays anonymous."""

    def sign_in(who: str | None):
        if who is not None:
            client.force_login(people[who])
        return client

    return sign_in


# --- Headless Chromium (Debian's package, driven by Playwright; no `playwright install`) ---

CHROMIUM = os.environ.get("HEALER_TEST_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-dev-shm-usage",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"


def _browser_unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"Browser tests must run in CI: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture
def chromium(monkeypatch) -> Iterator[object]:
    """Headless Chromium for one test (skips locally, fails in CI, when it is missing).

    Per test, not per session: while Playwright's sync API is alive it marks an event loop
    as running in this thread, and Django then refuses ORM calls, in any later test too.
    """
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _browser_unavailable("the playwright package is not installed (pip install -e '.[dev]')")
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        _browser_unavailable(f"{CHROMIUM} is missing (apt-get install -y chromium chromium-driver)")
    # The test's own ORM calls are ordinary synchronous code between browser steps.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium, live_server):
    """A fresh browser context (own cookies) at desktop size; closed after the test."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, base_url=live_server.url)
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def screenshot():
    """screenshot(page, "name") saves var/screenshots/name.png (full page)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def save(page, name: str) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return save


def browser_sign_in(page, username: str, password: str) -> None:
    page.goto("/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/")
