import pytest
from django.contrib.auth.models import User
from django.urls import reverse
from django.utils import timezone

from runs.models import Fix, Iteration, Run, Team

pytestmark = pytest.mark.django_db


@pytest.fixture
def run():
    team = Team.objects.create(name="Alpha", leader_name="Ada")
    run = Run.objects.create(
        team=team, leader_name="Ada", repo_url="https://x.org/a/b", branch="ALPHA_ADA_AI_Fix"
    )
    now = timezone.now()
    iteration = Iteration.objects.create(run=run, number=1, status="FAILED", started_at=now, finished_at=now)
    Fix.objects.create(
        run=run,
        iteration=iteration,
        file="src/a.py",
        line=3,
        bug_type="LINTING",
        status="FIXED",
        description="LINTING error in src/a.py line 3 → Fix: remove the import statement",
        commit_sha="a" * 40,
    )
    return run


@pytest.fixture
def admin_client(client):
    user = User.objects.create_superuser("root", "root@example.com", "pw")
    client.force_login(user)
    return client


@pytest.mark.parametrize("model", ["run", "iteration", "fix", "team"])
def test_it_lists_every_model_with_search_and_filters(admin_client, run, model):
    response = admin_client.get(reverse(f"admin:runs_{model}_changelist"), {"q": "Alpha"})
    assert response.status_code == 200


def test_it_shows_a_run_read_only_with_its_iterations_and_fixes(admin_client, run):
    response = admin_client.get(reverse("admin:runs_run_change", args=[run.pk]))
    assert response.status_code == 200
    body = response.content.decode()
    assert "LINTING" in body and "src/a.py" in body
    assert 'name="_save"' not in body  # no save button: history is not editable


def test_it_refuses_to_add_or_edit_history(admin_client, run):
    assert admin_client.get(reverse("admin:runs_run_add")).status_code == 403
    fix = run.fixes.get()
    response = admin_client.post(reverse("admin:runs_fix_change", args=[fix.pk]), {"status": "FAILED"})
    assert response.status_code == 403
    assert Fix.objects.get(pk=fix.pk).status == "FIXED"


def test_it_shows_times_in_utc_durations_in_words_and_logs_with_their_indentation(admin_client, run):
    from datetime import UTC, datetime

    Run.objects.filter(pk=run.pk).update(
        status="FAILED",
        duration_seconds=125.4321,
        score_total=110,
        started_at=datetime(2026, 1, 5, 14, 3, 7, tzinfo=UTC),
        log_tail="Checks:\n    indented line\n",
    )
    body = admin_client.get(reverse("admin:runs_run_change", args=[run.pk])).content.decode()
    assert "2026-01-05 14:03:07 UTC" in body
    assert "2 min 5 s" in body and "125.4321" not in body
    assert "<pre>Checks:\n    indented line\n</pre>" in body
    assert "110 (checks failing)" in body
    listing = admin_client.get(reverse("admin:runs_run_changelist")).content.decode()
    assert "2 min 5 s" in listing and "125.4321" not in listing and " UTC" in listing


@pytest.mark.parametrize("status", ["ERROR", "CANCELLED"])
def test_it_shows_no_score_for_a_run_that_was_not_scored(admin_client, run, status):
    Run.objects.filter(pk=run.pk).update(status=status, score_total=110)
    listing = admin_client.get(reverse("admin:runs_run_changelist")).content.decode()
    assert "not scored" in listing and ">110<" not in listing


def test_it_shows_an_iterations_log_and_a_fixs_diff_with_their_indentation(admin_client, run):
    iteration = run.iterations.get()
    Iteration.objects.filter(pk=iteration.pk).update(log_excerpt="a\n    b")
    body = admin_client.get(reverse("admin:runs_iteration_change", args=[iteration.pk])).content.decode()
    assert "<pre>a\n    b</pre>" in body
    fix = run.fixes.get()
    Fix.objects.filter(pk=fix.pk).update(diff="--- a\n+++ b\n-    x\n+    y")
    body = admin_client.get(reverse("admin:runs_fix_change", args=[fix.pk])).content.decode()
    assert "<pre>--- a\n+++ b\n-    x\n+    y</pre>" in body


def test_it_shows_the_fixes_a_run_took_back_with_both_commits(admin_client, run):
    from runs.models import FixWithdrawal, WithdrawalReason

    FixWithdrawal.objects.create(
        run=run,
        iteration=run.iterations.get(),
        file="src/b.py",
        line=9,
        bug_type="LOGIC",
        description="LOGIC error in src/b.py line 9 → Fix: swap the operator",
        commit_sha="c" * 40,
        revert_sha="d" * 40,
        revert_message="[AI-AGENT] Revert the LOGIC fix in src/b.py line 9: a later fix made it unnecessary",
        reason=WithdrawalReason.UNNEEDED,
    )
    body = admin_client.get(reverse("admin:runs_run_change", args=[run.pk])).content.decode()
    assert "fixes taken back (reverted by the agent)" in body.lower()
    assert "c" * 40 in body and "d" * 40 in body and "src/b.py" in body
