"""Admin: tokens and webhook secrets are write-only; CI history is read-only."""

from __future__ import annotations

import pytest

from runs.hosting.models import CIObservation, Credential, RepositoryLink
from runs.hosting.services import ci_observation_record, credential_create
from runs.models import Run, Team

pytestmark = pytest.mark.django_db

TOKEN = "ghp_admin_form_token_123456"


def test_it_adds_a_credential_with_an_encrypted_token_it_never_shows_again(admin_client):
    response = admin_client.post(
        "/admin/hosting/credential/add/",
        {
            "name": "octo bot",
            "provider": "github",
            "host": "GitHub.com",
            "api_url": "",
            "team": "",
            "token": TOKEN,
            "token_env": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    credential = Credential.objects.get()
    assert credential.host == "github.com" and credential.token() == TOKEN
    assert TOKEN not in credential.token_encrypted

    page = admin_client.get(f"/admin/hosting/credential/{credential.pk}/change/").content.decode()
    assert TOKEN not in page and credential.token_encrypted not in page
    listing = admin_client.get("/admin/hosting/credential/").content.decode()
    assert "stored encrypted" in listing and TOKEN not in listing


def test_it_keeps_the_stored_token_when_the_field_is_left_empty(admin_client):
    credential = credential_create(name="octo bot", token=TOKEN)
    response = admin_client.post(
        f"/admin/hosting/credential/{credential.pk}/change/",
        {
            "name": "renamed",
            "provider": "github",
            "host": "github.com",
            "api_url": "",
            "team": "",
            "token": "",
            "token_env": "",
        },
    )
    assert response.status_code == 302
    credential.refresh_from_db()
    assert credential.name == "renamed" and credential.token() == TOKEN


def test_it_refuses_a_credential_without_any_token(admin_client):
    response = admin_client.post(
        "/admin/hosting/credential/add/",
        {
            "name": "bot",
            "provider": "github",
            "host": "github.com",
            "api_url": "",
            "team": "",
            "token": "",
            "token_env": "",
        },
    )
    assert response.status_code == 200 and "Give a token" in response.content.decode()
    assert Credential.objects.count() == 0


def test_it_adds_a_repository_link_with_an_encrypted_webhook_secret(admin_client):
    team = Team.objects.create(name="Alpha", leader_name="Ada")
    response = admin_client.post(
        "/admin/hosting/repositorylink/add/",
        {
            "provider": "github",
            "repo_url": "https://github.com/octo-org/octo-repo",
            "team": team.pk,
            "credential": "",
            "heal_on_failure": "on",
            "pull_request": "draft",
            "monitor_ci": "on",
            "retry_limit": "",
            "webhook_secret": "hook-secret-xyz",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    link = RepositoryLink.objects.get()
    assert link.full_name == "octo-org/octo-repo" and link.webhook_secret() == "hook-secret-xyz"
    page = admin_client.get(f"/admin/hosting/repositorylink/{link.pk}/change/").content.decode()
    assert "hook-secret-xyz" not in page


def test_ci_observations_are_read_only(admin_client):
    team = Team.objects.create(name="Alpha", leader_name="Ada")
    run = Run.objects.create(
        team=team, leader_name="Ada", repo_url="https://github.com/a/b", branch="ALPHA_ADA_AI_Fix"
    )
    observation = ci_observation_record(
        run=run, iteration=None, sha="c" * 40, state="NONE", note="No remote CI"
    )
    assert admin_client.get("/admin/hosting/ciobservation/").status_code == 200
    assert admin_client.get("/admin/hosting/ciobservation/add/").status_code == 403
    admin_client.post(f"/admin/hosting/ciobservation/{observation.pk}/change/", {"note": "edited"})
    assert CIObservation.objects.get().note == "No remote CI"


def test_an_installation_credential_gets_its_allow_list_in_the_admin(admin_client):
    form = {
        "name": "installation bot",
        "provider": "github",
        "host": "github.com",
        "api_url": "",
        "team": "",
        "allowed_repositories": "Octo-Org\r\nacme/widgets",
        "token": TOKEN,
        "token_env": "",
    }
    response = admin_client.post("/admin/hosting/credential/add/", form)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Credential.objects.get().allowed_entries() == ["acme/widgets", "octo-org"]
    listing = admin_client.get("/admin/hosting/credential/").content.decode()
    assert "acme/widgets, octo-org" in listing

    team = Team.objects.create(name="Alpha", leader_name="Ada")
    response = admin_client.post(
        "/admin/hosting/credential/add/", {**form, "name": "alpha bot", "team": str(team.pk)}
    )
    assert response.status_code == 200
    assert "the allow-list is for installation-wide credentials" in response.content.decode()
    response = admin_client.post(
        "/admin/hosting/credential/add/",
        {**form, "name": "env bot", "host": "ghe.example.com", "token": "", "token_env": "SECRET_KEY"},
    )
    assert response.status_code == 200 and "HEALER_TOKEN_" in response.content.decode()
    assert Credential.objects.count() == 1
