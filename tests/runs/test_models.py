import pytest
from django.core.exceptions import ValidationError
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


def test_two_teams_never_share_the_team_half_of_a_branch_name(run):
    assert Team.objects.get(name="Alpha").branch_key == "ALPHA"
    with pytest.raises(IntegrityError), transaction.atomic():
        Team.objects.create(name="alpha!", leader_name="Bob")  # ALPHA as well


def test_a_rename_that_would_share_a_branch_name_is_refused_by_validation(run):
    other = Team.objects.create(name="Rift Organisers", leader_name="Bob")
    other.name = "Alpha."
    with pytest.raises(ValidationError) as caught:
        other.full_clean()
    assert "same branch name (ALPHA_...)" in caught.value.message_dict["name"][0]
    other.name = "Rift Organisers 2"
    other.full_clean()
    other.save()
    assert Team.objects.get(pk=other.pk).branch_key == "RIFT_ORGANISERS_2"


def test_a_legacy_duplicate_keeps_its_marked_key_until_renamed(run):
    """Teams that shared a key before migration 0002 got "KEY#id"; saving them must not clash."""
    legacy = Team.objects.create(name="Beta", leader_name="Bob")
    Team.objects.filter(pk=legacy.pk).update(name="alpha!", branch_key=f"ALPHA#{legacy.pk}")
    legacy.refresh_from_db()
    legacy.leader_name = "Carol"
    legacy.save()
    assert Team.objects.get(pk=legacy.pk).branch_key == f"ALPHA#{legacy.pk}"
    legacy.name = "Gamma"
    legacy.save()
    assert Team.objects.get(pk=legacy.pk).branch_key == "GAMMA"
