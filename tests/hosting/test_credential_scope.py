"""Credentials are scoped to teams: a run reads a repository only with a token its team was given.

A team's credential serves that team; an installation-wide one only the owners
and repositories its allow-list names; a repository linked by a team belongs to
that team's runs; and git never falls back to credentials the worker's user has
stored. The Git server here requires the token (a private repository), so
whatever a run could read without it is nothing.
"""

# ruff: noqa: F401, F811 (fixtures shared with test_execution_hooks: imported, then requested by name)
from __future__ import annotations

import base64
import os

import pytest
from django.core.exceptions import ValidationError

from runs.hosting.base import HostingAuthError
from runs.hosting.models import Credential, RepositoryLink, RunHosting
from runs.hosting.selectors import credential_eligible
from runs.hosting.services import credential_create, repository_link_create
from runs.models import RunStatus, Team
from runs.services import run_create, run_execute
from tests.hosting.conftest import TOKEN
from tests.hosting.test_execution_hooks import FakeEngine, fakes, origin

pytestmark = pytest.mark.django_db(transaction=True)

OTHER_TOKEN = "ghp_another_teams_token_0123456789"


def basic(token: str) -> str:
    return "Basic " + base64.b64encode(f"x-access-token:{token}".encode()).decode()


def run_for(team_name: str, origin):
    return run_create(
        repo_url=origin.url, team_name=team_name, leader_name="Ada", allow_local=False, enqueue=False
    )


def assert_nothing_of_the_repository_was_read(run, git_server):
    assert run.status == RunStatus.ERROR
    assert FakeEngine.instances == [] and run.fixes.count() == 0 and run.iterations.count() == 0
    texts = run.log_tail + run.error_message
    assert "def add" not in texts and "import os" not in texts


def test_a_run_never_uses_another_teams_credential(origin, github, git_server):
    beta = Team.objects.create(name="Beta", leader_name="Bob")
    credential_create(name="beta bot", host=origin.host, token=TOKEN, api_url=github.api_url, team=beta)
    run = run_for("Alpha", origin)

    run = run_execute(run_id=run.pk)

    # No credential of Alpha's own: the clone goes without any token and the private repository stays shut.
    assert "Could not clone" in run.error_message
    assert basic(TOKEN) not in git_server.authorizations and github.requests == []
    assert_nothing_of_the_repository_was_read(run, git_server)


def test_a_run_on_a_repository_another_team_linked_after_it_was_queued_stops(origin, github, git_server):
    beta = Team.objects.create(name="Beta", leader_name="Bob")
    beta_bot = credential_create(
        name="beta bot", host=origin.host, token=TOKEN, api_url=github.api_url, team=beta
    )
    run = run_for("Alpha", origin)
    repository_link_create(repo_url=origin.url, team=beta, credential=beta_bot)

    run = run_execute(run_id=run.pk)

    assert run.error_message == f"{origin.host}/octo-org/octo-repo is linked to another team in Healer."
    assert git_server.authorizations == [] and github.requests == []
    assert_nothing_of_the_repository_was_read(run, git_server)


def test_a_credential_recorded_on_the_run_is_used_only_when_its_team_may(origin, github, git_server):
    """A RunHosting row naming another team's credential (a stale or forged row) is passed over."""
    beta = Team.objects.create(name="Beta", leader_name="Bob")
    beta_bot = credential_create(
        name="beta bot", host=origin.host, token=TOKEN, api_url=github.api_url, team=beta
    )
    run = run_for("Alpha", origin)
    RunHosting.objects.create(run=run, credential=beta_bot)

    run = run_execute(run_id=run.pk)

    assert basic(TOKEN) not in git_server.authorizations and github.requests == []
    assert_nothing_of_the_repository_was_read(run, git_server)


def test_an_installation_credential_serves_only_what_its_allow_list_names(origin, github, git_server):
    shared = credential_create(
        name="installation",
        host=origin.host,
        token=TOKEN,
        api_url=github.api_url,
        allowed_repositories="other-org",
    )
    refused = run_execute(run_id=run_for("Alpha", origin).pk)

    assert basic(TOKEN) not in git_server.authorizations and github.requests == []
    assert_nothing_of_the_repository_was_read(refused, git_server)

    shared.allowed_repositories = "other-org\nOcto-Org/Octo-Repo"
    shared.full_clean()
    shared.save()
    allowed = run_execute(run_id=run_for("Alpha", origin).pk)
    assert allowed.status == RunStatus.PASSED, allowed.error_message
    assert basic(TOKEN) in git_server.authorizations


def test_git_ignores_the_credentials_the_workers_user_has_stored(
    origin, github, git_server, tmp_path, monkeypatch
):
    home = tmp_path / "home"
    home.mkdir()
    (home / ".gitconfig").write_text("[credential]\n\thelper = store\n")
    (home / ".git-credentials").write_text(f"http://x-access-token:{TOKEN}@{origin.host}\n")
    os.chmod(home / ".git-credentials", 0o600)
    monkeypatch.setenv("HOME", str(home))

    run = run_execute(run_id=run_for("Alpha", origin).pk)

    assert basic(TOKEN) not in git_server.authorizations
    assert_nothing_of_the_repository_was_read(run, git_server)


# --- the rules themselves ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("scope", "team", "full_name", "eligible"),
    [
        ("alpha", "alpha", "anyone/any-repo", True),
        ("alpha", "beta", "anyone/any-repo", False),
        ("alpha", None, "anyone/any-repo", False),
        ("", "alpha", "anyone/any-repo", False),  # an empty allow-list allows nothing
        ("octo-org", "alpha", "Octo-Org/octo-repo", True),
        ("octo-org", None, "octo-org/octo-repo", True),
        ("octo-org", "alpha", "octo-org-evil/octo-repo", False),
        ("octo-org/octo-repo", "beta", "octo-org/octo-repo", True),
        ("octo-org/octo-repo", "beta", "octo-org/other", False),
    ],
)
def test_who_may_use_a_credential(scope, team, full_name, eligible):
    teams = {
        "alpha": Team.objects.create(name="Alpha", leader_name="Ada"),
        "beta": Team.objects.create(name="Beta", leader_name="Bob"),
    }
    if scope == "alpha":
        credential = credential_create(name="c", token=TOKEN, team=teams["alpha"])
    else:
        credential = credential_create(name="c", token=TOKEN, allowed_repositories=scope)
    assert (
        credential_eligible(
            credential=credential, team=teams.get(team), host="github.com", full_name=full_name
        )
        is eligible
    )
    assert not credential_eligible(
        credential=credential, team=teams.get(team), host="ghe.example.com", full_name=full_name
    )


def test_an_allow_list_is_normalised_and_bad_entries_are_refused():
    credential = credential_create(
        name="c", token=TOKEN, allowed_repositories=" Octo-Org \n\nacme/Widgets.git, octo-org\n"
    )
    assert credential.allowed_repositories == "acme/widgets\nocto-org"
    for bad in ("https://github.com/acme", "acme/widgets/extra", "../etc", "acme/"):
        with pytest.raises(ValidationError) as caught:
            credential_create(name="bad", host="ghe.example.com", token=TOKEN, allowed_repositories=bad)
        assert "allowed_repositories" in caught.value.message_dict
    assert Credential.objects.count() == 1


def test_a_team_credential_takes_no_allow_list():
    alpha = Team.objects.create(name="Alpha", leader_name="Ada")
    with pytest.raises(ValidationError) as caught:
        credential_create(name="c", token=TOKEN, team=alpha, allowed_repositories="octo-org")
    assert "installation-wide" in caught.value.message_dict["allowed_repositories"][0]


def test_a_link_may_not_name_a_credential_its_team_may_not_use():
    alpha = Team.objects.create(name="Alpha", leader_name="Ada")
    beta = Team.objects.create(name="Beta", leader_name="Bob")
    beta_bot = credential_create(name="beta", token=TOKEN, team=beta)
    shared = credential_create(name="shared", token=OTHER_TOKEN, allowed_repositories="other-org")
    for credential, message in ((beta_bot, "another team"), (shared, "does not allow octo-org/octo-repo")):
        with pytest.raises(ValidationError) as caught:
            repository_link_create(
                repo_url="https://github.com/octo-org/octo-repo", team=alpha, credential=credential
            )
        assert message in caught.value.message_dict["credential"][0]
    assert RepositoryLink.objects.count() == 0


def test_a_token_is_read_only_from_a_variable_named_for_it(monkeypatch):
    monkeypatch.setenv("DATABASE_PASSWORD", "hunter2")
    with pytest.raises(ValidationError) as caught:
        credential_create(name="c", token_env="DATABASE_PASSWORD")
    assert "HEALER_TOKEN_" in caught.value.message_dict["token_env"][0]
    # A row written before the rule (or behind the admin's back) is not read either.
    legacy = credential_create(name="c", token_env="HEALER_TOKEN_LEGACY")
    Credential.objects.filter(pk=legacy.pk).update(token_env="DATABASE_PASSWORD")
    legacy.refresh_from_db()
    with pytest.raises(HostingAuthError, match="does not start with HEALER_TOKEN_") as caught:
        legacy.token()
    assert "hunter2" not in str(caught.value)
