import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from runs.models import Fix, Iteration, Run, Team

pytestmark = pytest.mark.django_db


@pytest.fixture
def run():
    team = Team.objects.create(name="Alpha", leader_name="Ada")
    return Run.objects.create(
        team=team, leader_name="Ada", repo_url="https://x.org/a/b", branch="ALPHA_ADA_AI_Fix"
    )


def make_iteration(run, number):
    now = timezone.now()
    return Iteration.objects.create(run=run, number=number, status="FAILED", started_at=now, finished_at=now)


def test_it_keeps_iteration_numbers_unique_per_run(run):
    make_iteration(run, 1)
    with pytest.raises(IntegrityError), transaction.atomic():
        make_iteration(run, 1)


def test_it_refuses_retry_limits_outside_1_to_20(run):
    with pytest.raises(IntegrityError), transaction.atomic():
        Run.objects.filter(pk=run.pk).update(retry_limit=21)


def test_it_refuses_unknown_statuses(run):
    with pytest.raises(IntegrityError), transaction.atomic():
        Run.objects.filter(pk=run.pk).update(status="DONE")


def test_it_refuses_team_names_differing_only_in_case(run):
    with pytest.raises(IntegrityError), transaction.atomic():
        Team.objects.create(name="ALPHA", leader_name="Other")


def test_a_fixed_fix_must_carry_its_commit(run):
    iteration = make_iteration(run, 1)
    common = dict(run=run, iteration=iteration, file="a.py", line=1, bug_type="LINTING", description="d")
    Fix.objects.create(**common, status="FAILED")
    with pytest.raises(IntegrityError), transaction.atomic():
        Fix.objects.create(**common, status="FIXED")


def test_final_status_knows_only_passed_and_failed(run):
    for status, expected in [
        ("PASSED", "PASSED"),
        ("FAILED", "FAILED"),
        ("ERROR", "FAILED"),
        ("CANCELLED", "FAILED"),
    ]:
        run.status = status
        assert run.final_status == expected
