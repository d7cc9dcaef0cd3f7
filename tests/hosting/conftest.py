"""Fixtures of the hosting tests: an encryption key, the GitHub stand-in, a Git HTTP server."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from tests.hosting.standin import GitHttpServer, GitHubStandIn

TOKEN = "ghp_standin0123456789abcdefTOKEN"
FULL_NAME = "octo-org/octo-repo"


@pytest.fixture(autouse=True)
def _hosting_settings(settings):
    settings.HEALER_CREDENTIALS_KEY = Fernet.generate_key().decode()
    settings.HEALER_GITHUB_WEBHOOK_SECRET = ""
    settings.HEALER_CI_POLL_INITIAL = 0.01
    settings.HEALER_CI_POLL_MAX = 0.05
    settings.HEALER_CI_APPEAR_TIMEOUT = 0.3
    settings.HEALER_CI_TIMEOUT = 10
    settings.HEALER_HOSTING_TIMEOUT = 10
    settings.SITE_URL = "https://healer.example.com"
    # The stand-ins listen on this machine: an internal Git host the operator allows.
    settings.HEALER_REPO_ALLOWED_HOSTS = ["127.0.0.1", "localhost"]


@pytest.fixture
def github():
    stand_in = GitHubStandIn(token=TOKEN, full_name=FULL_NAME).start()
    yield stand_in
    stand_in.stop()


def bare_repo(root: Path, full_name: str, files: dict[str, str]) -> Path:
    """root/full_name.git: a bare repository holding one commit of `files` on main."""
    from tests.conftest import git, make_git_repo

    work = make_git_repo(root / "work" / full_name, files)
    bare = root / "served" / f"{full_name}.git"
    bare.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["git", "clone", "-q", "--bare", str(work), str(bare)], check=True, capture_output=True)
    git(bare, "config", "http.receivepack", "true")
    return bare


@pytest.fixture
def git_server(tmp_path):
    server = GitHttpServer(root=tmp_path / "served", token=TOKEN)
    (tmp_path / "served").mkdir()
    server.start()
    yield server
    server.stop()
