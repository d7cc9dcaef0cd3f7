"""Credentials: tokens stored encrypted or read from the environment, never shown, scoped per team."""

from __future__ import annotations

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.db import IntegrityError

from runs.hosting.base import HostingAuthError, repo_ref_parse
from runs.hosting.crypto import SecretUnreadable, secret_decrypt, secret_encrypt
from runs.hosting.models import Credential
from runs.hosting.selectors import credential_for
from runs.hosting.services import credential_create, credential_token_update, repository_link_create
from runs.models import Team

pytestmark = pytest.mark.django_db

TOKEN = "ghp_credential_test_0123456789"


def test_it_stores_the_token_encrypted_and_gives_it_back():
    credential = credential_create(name="bot", token=TOKEN)
    stored = Credential.objects.get(pk=credential.pk)

    assert TOKEN not in stored.token_encrypted and stored.token_encrypted
    assert stored.token() == TOKEN
    assert TOKEN not in str(stored) and TOKEN not in repr(stored)
    assert stored.token_source == "stored encrypted"


def test_it_reads_a_token_from_the_environment_at_use_time(monkeypatch):
    credential = credential_create(name="bot", token_env="HEALER_TOKEN_OCTO_BOT")
    with pytest.raises(HostingAuthError, match="HEALER_TOKEN_OCTO_BOT is not set"):
        credential.token()
    monkeypatch.setenv("HEALER_TOKEN_OCTO_BOT", TOKEN)
    assert credential.token() == TOKEN
    assert credential.token_encrypted == ""


@pytest.mark.parametrize("name", ["HEALER_SECRET_KEY", "DATABASE_URL", "lower-case", "1ABC"])
def test_it_refuses_environment_variables_that_are_not_token_names(name):
    with pytest.raises(ValidationError):
        credential_create(name="bot", token_env=name)
    assert Credential.objects.count() == 0


def test_it_needs_exactly_one_token_source():
    with pytest.raises(ValidationError):
        credential_create(name="bot")
    with pytest.raises(ValidationError):
        credential_create(name="bot", token=TOKEN, token_env="HEALER_TOKEN_OCTO_BOT")
    with pytest.raises(ValidationError):
        credential_create(name="bot", token="two words")


def test_it_fails_loudly_without_a_key_unless_debug(settings):
    settings.HEALER_CREDENTIALS_KEY = ""
    settings.DEBUG = False
    with pytest.raises(ImproperlyConfigured, match="HEALER_CREDENTIALS_KEY is not set"):
        credential_create(name="bot", token=TOKEN)
    settings.DEBUG = True
    assert credential_create(name="bot", token=TOKEN).token() == TOKEN


def test_it_decrypts_with_an_older_key_during_rotation(settings):
    old = Fernet.generate_key().decode()
    settings.HEALER_CREDENTIALS_KEY = old
    sealed = secret_encrypt(TOKEN)
    settings.HEALER_CREDENTIALS_KEY = f"{Fernet.generate_key().decode()},{old}"
    assert secret_decrypt(sealed) == TOKEN
    settings.HEALER_CREDENTIALS_KEY = "a completely different passphrase"
    with pytest.raises(SecretUnreadable, match="HEALER_CREDENTIALS_KEY changed"):
        secret_decrypt(sealed)


def test_a_passphrase_works_as_a_key(settings):
    settings.HEALER_CREDENTIALS_KEY = "correct horse battery staple"
    assert secret_decrypt(secret_encrypt(TOKEN)) == TOKEN


def test_an_unreadable_token_is_a_clear_auth_error(settings):
    credential = credential_create(name="bot", token=TOKEN)
    settings.HEALER_CREDENTIALS_KEY = Fernet.generate_key().decode()
    with pytest.raises(HostingAuthError, match=r"Credential 'bot'.*cannot be decrypted"):
        credential.token()


def test_a_team_credential_wins_over_the_installations_for_its_host():
    alpha = Team.objects.create(name="Alpha", leader_name="Ada")
    beta = Team.objects.create(name="Beta", leader_name="Bob")
    shared = credential_create(name="installation", token=TOKEN, allowed_repositories="octo-org")
    own = credential_create(name="alpha", token=TOKEN, team=alpha)
    credential_create(name="ghe", token=TOKEN, host="ghe.example.com", allowed_repositories="octo-org")

    assert credential_for(team=alpha, host="github.com", full_name="octo-org/a") == own
    assert credential_for(team=beta, host="github.com", full_name="octo-org/a") == shared
    assert credential_for(team=None, host="GitHub.com", full_name="Octo-Org/a") == shared
    assert credential_for(team=alpha, host="gitlab.com", full_name="octo-org/a") is None


def test_one_credential_per_team_and_host():
    alpha = Team.objects.create(name="Alpha", leader_name="Ada")
    credential_create(name="one", token=TOKEN, team=alpha)
    with pytest.raises((IntegrityError, ValidationError)):
        credential_create(name="two", token=TOKEN, team=alpha)


def test_the_token_can_be_replaced():
    credential = credential_create(name="bot", token_env="HEALER_TOKEN_OCTO_BOT")
    credential_token_update(credential=credential, token="ghp_new")
    credential.refresh_from_db()
    assert credential.token() == "ghp_new" and credential.token_env == ""


def test_a_repository_link_normalises_its_url_and_keeps_its_webhook_secret_encrypted():
    team = Team.objects.create(name="Alpha", leader_name="Ada")
    link = repository_link_create(
        repo_url="https://GitHub.com/Octo-Org/octo-repo/", team=team, webhook_secret="s3cret"
    )
    assert (link.host, link.full_name, link.repo_url) == (
        "github.com",
        "Octo-Org/octo-repo",
        "https://github.com/Octo-Org/octo-repo.git",
    )
    assert "s3cret" not in link.webhook_secret_encrypted and link.webhook_secret() == "s3cret"
    with pytest.raises(ValidationError):
        repository_link_create(repo_url="https://github.com/octo-org", team=team)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://github.com/octo-org/octo-repo.git", ("github.com", "octo-org/octo-repo")),
        ("http://127.0.0.1:8080/a/b", ("127.0.0.1:8080", "a/b")),
        ("https://gitlab.com/group/sub/repo", None),
        ("https://user:pw@github.com/a/b", None),
        ("/srv/repos/a", None),
        ("https://github.com/a/b?x=1", None),
    ],
)
def test_it_reads_owner_and_name_from_repository_urls(url, expected):
    ref = repo_ref_parse(url)
    assert (None if ref is None else (ref.host, ref.full_name)) == expected
