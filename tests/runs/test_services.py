from unittest import mock

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError

from runs.models import Run, RunStatus, Team
from runs.services import run_cancel, run_create, team_get_or_create

pytestmark = pytest.mark.django_db

VALID = {
    "repo_url": "https://github.com/acme/widgets",
    "team_name": "RIFT ORGANISERS",
    "leader_name": "Saiyam Kumar",
}


def test_it_creates_a_queued_run_with_the_branch_and_default_retry_limit():
    run = run_create(**VALID, enqueue=False)
    assert run.status == RunStatus.QUEUED
    assert run.branch == "RIFT_ORGANISERS_SAIYAM_KUMAR_AI_Fix"
    assert run.retry_limit == 5
    assert run.team.name == "RIFT ORGANISERS"
    assert run.leader_name == "Saiyam Kumar"


def test_it_enqueues_only_after_the_transaction_commits(django_capture_on_commit_callbacks):
    with mock.patch("django_q.tasks.async_task") as async_task:
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            run = run_create(**VALID)
        async_task.assert_not_called()
        assert len(callbacks) == 1
        callbacks[0]()
    async_task.assert_called_once()
    assert async_task.call_args.args == ("runs.tasks.execute_run", run.pk)


def test_it_makes_the_submitting_user_a_team_member():
    user = User.objects.create_user("ada")
    run = run_create(**VALID, created_by=user, enqueue=False)
    assert run.created_by == user
    assert list(run.team.members.all()) == [user]


def test_it_reuses_a_team_case_insensitively_and_keeps_its_leader_current():
    first = run_create(**VALID, enqueue=False)
    second = run_create(
        **{**VALID, "team_name": "rift organisers", "leader_name": "New Leader"}, enqueue=False
    )
    assert first.team_id == second.team_id
    assert Team.objects.count() == 1
    assert Team.objects.get().leader_name == "New Leader"


@pytest.mark.parametrize(
    ("field", "value", "fragment"),
    [
        ("repo_url", "not a url", "spaces"),
        ("repo_url", "http://github.com/acme/widgets", "https"),
        ("repo_url", "ext::sh -c touch% /tmp/pwned", "spaces"),
        ("repo_url", "ext::sh", "Remote-helper"),
        ("repo_url", "file:///etc", "https"),
        ("repo_url", "git@github.com:acme/widgets.git", "https"),
        ("repo_url", "--upload-pack=touch /tmp/x", "spaces"),
        ("repo_url", "-uhttps://x", "'-'"),
        ("repo_url", "https://user:secret@github.com/acme/widgets", "credentials"),
        ("repo_url", "https://github.com", "name a repository"),
        ("repo_url", "/tmp", "local paths are not allowed"),
        ("repo_url", "", "Enter a repository URL"),
        ("team_name", "!!!", "no letters or digits"),
        ("team_name", "   ", "Enter the team name"),
        ("leader_name", "***", "no letters or digits"),
        ("retry_limit", 0, "from 1 to 20"),
        ("retry_limit", 21, "from 1 to 20"),
        ("retry_limit", "5", "whole number"),
    ],
)
def test_it_rejects_bad_input_with_a_field_message_and_writes_nothing(field, value, fragment):
    with pytest.raises(ValidationError) as info:
        run_create(**{**VALID, field: value}, enqueue=False)
    assert fragment in " ".join(info.value.message_dict[field])
    assert Run.objects.count() == 0
    assert Team.objects.count() == 0


def test_it_accepts_local_repositories_only_when_allowed(git_repo_factory):
    repo = git_repo_factory({"a.py": "x = 1\n"})
    with pytest.raises(ValidationError):
        run_create(**{**VALID, "repo_url": str(repo)}, enqueue=False)
    run = run_create(**{**VALID, "repo_url": str(repo)}, allow_local=True, enqueue=False)
    assert run.repo_url == str(repo)


def test_it_refuses_a_local_directory_that_is_not_a_git_repository(tmp_path):
    with pytest.raises(ValidationError) as info:
        run_create(**{**VALID, "repo_url": str(tmp_path)}, allow_local=True, enqueue=False)
    assert "not a Git repository" in info.value.message_dict["repo_url"][0]


def test_it_cancels_a_queued_run_at_once():
    run = run_create(**VALID, enqueue=False)
    run = run_cancel(run=run)
    assert run.status == RunStatus.CANCELLED
    assert run.finished_at is not None


def test_it_asks_a_running_run_to_stop():
    run = run_create(**VALID, enqueue=False)
    Run.objects.filter(pk=run.pk).update(status=RunStatus.RUNNING)
    run = run_cancel(run=run)
    assert run.status == RunStatus.RUNNING
    assert run.cancel_requested is True


def test_it_refuses_to_cancel_a_finished_run():
    run = run_create(**VALID, enqueue=False)
    Run.objects.filter(pk=run.pk).update(status=RunStatus.PASSED)
    with pytest.raises(ValidationError):
        run_cancel(run=run)


def test_team_get_or_create_returns_the_existing_team():
    team = team_get_or_create(name="Alpha", leader_name="A")
    assert team_get_or_create(name="ALPHA", leader_name="A") == team


def test_it_refuses_a_run_for_an_existing_team_the_user_does_not_belong_to():
    owner = User.objects.create_user("owner")
    outsider = User.objects.create_user("outsider")
    run_create(**VALID, created_by=owner, enqueue=False)
    with pytest.raises(ValidationError) as info:
        run_create(**VALID, created_by=outsider, enqueue=False)
    assert "not a member" in info.value.message_dict["team_name"][0]
    assert Run.objects.count() == 1
    assert not Team.objects.get().members.filter(pk=outsider.pk).exists()


def test_staff_may_start_runs_for_any_team_without_joining_it():
    owner = User.objects.create_user("owner")
    staff = User.objects.create_user("staff", is_staff=True)
    run_create(**VALID, created_by=owner, enqueue=False)
    run_create(**VALID, created_by=staff, enqueue=False)
    assert list(Team.objects.get().members.all()) == [owner]


def test_it_keeps_the_head_line_and_the_tail_of_a_long_error():
    from runs.services.runs import ERROR_LIMIT, run_finish

    run = run_create(**VALID, enqueue=False)
    pip_lines = "\n".join(f"Collecting package-{i}" for i in range(400))
    error = (
        "Installing the repository's dependencies failed (exit 1): raise HEALER_SANDBOX_DEPS_SIZE.\n"
        f"{pip_lines}\nERROR: Could not install packages due to an OSError: [Errno 28] No space left on device"
    )
    run = run_finish(run=run, status=RunStatus.ERROR, error=error)
    run.refresh_from_db()
    assert len(run.error_message) <= ERROR_LIMIT
    assert run.error_message.startswith("Installing the repository's dependencies failed (exit 1)")
    assert run.error_message.endswith("[Errno 28] No space left on device")
    assert "Collecting package-0\n" not in run.error_message
