"""End to end in headless Chromium: submit a broken repository, watch it heal live, read the result.

The run executes for real (clone, Docker sandbox, commits, push to the local origin) in a
background thread of the test process, standing in for the django-q2 worker.
"""

from __future__ import annotations

import json
import threading

import pytest
from django.db import connection

from runs.models import Run, RunStatus
from runs.services import run_execute
from runs.services import runs as run_services
from tests.conftest import git
from tests.web.conftest import browser_sign_in

pytestmark = [pytest.mark.browser, pytest.mark.docker, pytest.mark.django_db(transaction=True)]

PYPROJECT = '[tool.ruff.lint]\nselect = ["F"]\n'
CALC = "import os\n\n\ndef add(a, b):\n    return a + b\n"
STATS = "import sys\n\n\ndef mean(values):\n    return sum(values) / len(values)\n"
TEST_CALC = "from calc import add\n\n\ndef test_add():\n    assert add(2, 3) == 5\n"
TEST_STATS = "from stats import mean\n\n\ndef test_mean():\n    assert mean([1, 2, 3]) == 2\n"
# Every check run takes a moment, so the run is observably in progress in the browser.
TEST_SLOW = "import time\n\n\ndef test_takes_a_moment():\n    time.sleep(1.5)\n"

# Collects every distinct progress line the page shows, to prove it changed in place.
WATCH_STEPS = """() => {
  window.__steps = [];
  const part = document.querySelector("[data-live-part=status]");
  const record = () => {
    const text = part.querySelector("[data-step]").textContent.trim();
    if (window.__steps[window.__steps.length - 1] !== text) window.__steps.push(text);
  };
  record();
  new MutationObserver(record).observe(part, {childList: true, subtree: true, characterData: true});
  window.__sameDocument = "yes";
}"""


@pytest.fixture
def worker(monkeypatch):
    """Runs enqueued by the web app execute in a thread here instead of a django-q2 cluster."""
    threads: list[threading.Thread] = []

    def execute(run_id: int) -> None:
        try:
            run_execute(run_id=run_id)
        finally:
            connection.close()

    def enqueue(*, run_id: int) -> str:
        thread = threading.Thread(target=execute, args=(run_id,), name=f"test-worker-{run_id}", daemon=True)
        threads.append(thread)
        thread.start()
        return f"thread-{run_id}"

    monkeypatch.setattr(run_services, "run_enqueue", enqueue)
    yield threads
    for thread in threads:
        thread.join(timeout=120)


def test_it_heals_a_repository_while_the_page_follows_live(
    page, people, team, worker, settings, git_repo_factory, screenshot
):
    settings.HEALER_ALLOW_LOCAL_REPOS = True
    origin = git_repo_factory(
        {
            "pyproject.toml": PYPROJECT,
            "calc.py": CALC,
            "stats.py": STATS,
            "tests/test_calc.py": TEST_CALC,
            "tests/test_stats.py": TEST_STATS,
            "tests/test_slow.py": TEST_SLOW,
        }
    )
    browser_sign_in(page, "owner", "pw-owner-123")
    page.get_by_label("Repository URL").fill(str(origin))
    assert page.get_by_label("Retry limit").input_value() == "5"
    button = page.get_by_role("button", name="Start healing")
    with page.expect_navigation(url="**/runs/*/"):
        button.click()
    run = Run.objects.get()
    assert page.url.endswith(f"/runs/{run.pk}/")

    page.evaluate(WATCH_STEPS)
    page.locator(".run-header .badge", has_text="RUNNING").wait_for(timeout=60_000)
    page.get_by_text("running checks").first.wait_for(timeout=60_000)
    screenshot(page, "03-heal-running")

    page.get_by_test_id("final-status").get_by_text("PASSED").wait_for(timeout=240_000)
    for thread in worker:
        thread.join(timeout=60)
    screenshot(page, "11-heal-finished")

    # The page never reloaded, and it showed the run's steps as they happened.
    assert page.evaluate("() => window.__sameDocument") == "yes"
    steps = page.evaluate("() => window.__steps")
    assert any(step.startswith("Iteration 1/5") for step in steps), steps
    assert steps[-1] == "Finished: All checks pass"

    # Run Summary.
    run.refresh_from_db()
    assert run.status == RunStatus.PASSED
    assert page.locator(".run-header .badge").inner_text() == "✓ PASSED"
    assert page.get_by_test_id("total-failures").inner_text() == "2"
    assert page.get_by_test_id("total-fixes").inner_text() == "2"
    assert "RIFT_ORGANISERS_SAIYAM_KUMAR_AI_Fix" in page.locator(".summary").inner_text()
    assert page.get_by_test_id("total-time").inner_text().endswith(" s")
    assert page.get_by_test_id("score-total").inner_text() == "110"

    # Fixes Applied: one row per fix, with the exact fix line and its commit.
    fix_lines = page.get_by_test_id("fix-line").all_inner_texts()
    assert sorted(line.split(" → ")[0] for line in fix_lines) == [
        "LINTING error in calc.py line 1",
        "LINTING error in stats.py line 1",
    ]
    rows = page.get_by_test_id("fix-row")
    assert rows.count() == 2
    for index in range(2):
        row = rows.nth(index)
        assert "✓ Fixed" in row.inner_text()
        assert "[AI-AGENT]" in row.locator("td[data-label='Commit message']").inner_text()
    rows.first.get_by_text("Show diff").click()
    assert "-import" in rows.first.locator("pre.diff").inner_text()

    # CI/CD Status Timeline: one check-and-fix iteration: its checks, two fixes, a passing re-validation.
    assert page.get_by_test_id("iterations-used").inner_text() == "1/5"
    entries = page.get_by_test_id("timeline-entry")
    assert entries.count() == 1
    entry = entries.first.inner_text()
    assert "✓ PASSED" in entry and "2 failures to fix → 2 fixes committed" in entry
    assert "re-validated: 3 passed · 0 failed" in entry
    assert page.get_by_test_id("stop-reason").inner_text() == "All checks pass"

    # The downloadable results.json says the same as the page.
    response = page.request.get(f"/runs/{run.pk}/results.json")
    assert response.ok
    results = json.loads(response.text())
    assert sorted(fix["description"] for fix in results["fixes"]) == sorted(fix_lines)
    assert results["final_status"] == "PASSED" and results["iterations_used"] == 1

    # And the branch really landed in the repository, main untouched.
    subjects = git(origin, "log", "--format=%s", "main..RIFT_ORGANISERS_SAIYAM_KUMAR_AI_Fix").splitlines()
    assert len(subjects) == 2 and all(subject.startswith("[AI-AGENT]") for subject in subjects)
