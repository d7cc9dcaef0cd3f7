"""The data the upgrade migrations bring in line: unscored ERROR/CANCELLED runs, stop reasons,
start counts of old iterations (0004), and branch keys after ASCII transliteration (0005)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = [("runs", "0003_run_execution")]
AFTER = [("runs", "0005_team_branch_key_ascii")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.fixture
def old_apps():
    apps = migrate(BEFORE)
    yield apps
    migrate(executor_leaf())


def executor_leaf():
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()


def make_run(apps, team, status, *, retry_limit=5, iterations=0):
    Run = apps.get_model("runs", "Run")
    Iteration = apps.get_model("runs", "Iteration")
    Fix = apps.get_model("runs", "Fix")
    run = Run.objects.create(
        team=team,
        leader_name="L",
        repo_url="https://x.org/a/b",
        branch="B",
        status=status,
        retry_limit=retry_limit,
        score_base=100,
        score_speed_bonus=10,
        score_efficiency_penalty=0,
        score_total=110,
    )
    now = timezone.now()
    for number in range(1, iterations + 1):
        iteration = Iteration.objects.create(
            run=run,
            number=number,
            status="FAILED",
            passed=4,
            failed=2,
            started_at=now - timedelta(seconds=5),
            finished_at=now,
        )
        Fix.objects.create(
            run=run,
            iteration=iteration,
            file="a.py",
            line=number,
            bug_type="LOGIC",
            description="d",
            status="FAILED",
        )
    return run.pk


def test_0004_unscores_error_and_cancelled_runs_and_tells_the_stop_reason_it_can(old_apps):
    Team = old_apps.get_model("runs", "Team")
    team = Team.objects.create(name="Alpha", leader_name="L", branch_key="ALPHA")
    ids = {
        "passed": make_run(old_apps, team, "PASSED", iterations=1),
        "error": make_run(old_apps, team, "ERROR"),
        "cancelled": make_run(old_apps, team, "CANCELLED"),
        "failed_at_limit": make_run(old_apps, team, "FAILED", retry_limit=2, iterations=2),
        "failed_early": make_run(old_apps, team, "FAILED", retry_limit=5, iterations=2),
    }

    apps = migrate(AFTER)

    Run = apps.get_model("runs", "Run")
    runs = {name: Run.objects.get(pk=pk) for name, pk in ids.items()}
    assert {name: run.stop_reason for name, run in runs.items()} == {
        "passed": "ALL_PASS",
        "error": "ERROR",
        "cancelled": "CANCELLED",
        "failed_at_limit": "RETRY_LIMIT",
        "failed_early": "",  # no candidate or out of time: not recorded, so not guessed
    }
    assert [runs[name].score_total for name in ("error", "cancelled")] == [None, None]
    assert runs["error"].score_base is None and runs["passed"].score_total == 110
    assert runs["failed_early"].score_total == 110
    iteration = apps.get_model("runs", "Iteration").objects.filter(run_id=ids["passed"]).get()
    assert (iteration.start_passed, iteration.start_failed, iteration.failures_found) == (4, 2, 1)
    assert (runs["passed"].failures_detected, runs["passed"].tests_passed, runs["passed"].tests_failed) == (
        1,
        4,
        2,
    )


def test_0005_gives_non_ascii_team_names_their_transliterated_branch_key(old_apps):
    Team = old_apps.get_model("runs", "Team")
    old = timezone.now() - timedelta(days=1)
    zoe = Team.objects.create(name="Zoë & Ümlaut", leader_name="L", branch_key="ZO__MLAUT")
    plain = Team.objects.create(name="RIFT ORGANISERS", leader_name="L", branch_key="RIFT_ORGANISERS")
    # "Åda" now gives ADA, the key an older team already holds: the older one keeps it.
    ada = Team.objects.create(name="ADA", leader_name="L", branch_key="ADA")
    aada = Team.objects.create(name="Åda", leader_name="L", branch_key="DA")
    Team.objects.filter(pk=ada.pk).update(created_at=old)

    apps = migrate(AFTER)

    keys = dict(apps.get_model("runs", "Team").objects.values_list("pk", "branch_key"))
    assert keys[zoe.pk] == "ZOE__UMLAUT"
    assert keys[plain.pk] == "RIFT_ORGANISERS"
    assert keys[ada.pk] == "ADA"
    assert keys[aada.pk] == f"ADA#{aada.pk}"
