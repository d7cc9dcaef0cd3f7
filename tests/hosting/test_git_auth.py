"""Clone and push with a hosting token against a local Git HTTP server that requires it.

The token travels only in GIT_CONFIG_* environment variables of each git
process: never in .git/config, never in the remote URL, never in messages,
and only to the host of the credential.
"""

from __future__ import annotations

import base64
import subprocess

import pytest

from runs.gitops import GitOperationError, RepoSource, checkout_create
from runs.hosting.base import RepoRef
from runs.hosting.github import GitHubProvider
from tests.conftest import git
from tests.hosting.conftest import TOKEN, bare_repo

FILES = {"calc.py": "import os\n\n\ndef add(a, b):\n    return a + b\n"}


@pytest.fixture(autouse=True)
def _http_allowed(settings):
    settings.HEALER_ALLOW_HTTP_REPOS = True  # the local stand-in speaks plain http


def served(git_server, tmp_path, full_name="octo-org/octo-repo"):
    bare = bare_repo(tmp_path, full_name, FILES)
    ref = RepoRef(
        scheme="http", host=git_server.host, owner=full_name.split("/")[0], name=full_name.split("/")[1]
    )
    return bare, ref


def auth_config(ref: RepoRef, token: str = TOKEN, host: str | None = None) -> dict[str, str]:
    provider = GitHubProvider(host=host or ref.host, token=token, api_url="http://127.0.0.1:9")
    return provider.git_config(ref)


def test_it_clones_and_pushes_with_the_token_and_leaves_no_trace_of_it(git_server, tmp_path):
    bare, ref = served(git_server, tmp_path)
    checkout = checkout_create(
        source=RepoSource(url=ref.clone_url, is_local=False),
        path=tmp_path / "ws" / "repo",
        branch="TEAM_LEAD_AI_Fix",
        git_config=auth_config(ref),
    )
    (checkout.path / "calc.py").write_text("def add(a, b):\n    return a + b\n")
    checkout.commit(paths=["calc.py"], message="[AI-AGENT] remove unused import")

    checkout.push()

    assert git(bare, "log", "--format=%s", "TEAM_LEAD_AI_Fix", "-1") == "[AI-AGENT] remove unused import"
    expected = "Basic " + base64.b64encode(f"x-access-token:{TOKEN}".encode()).decode()
    assert git_server.authorizations and set(git_server.authorizations) == {expected}
    config = (checkout.path / ".git" / "config").read_text()
    assert TOKEN not in config and base64.b64encode(TOKEN.encode()).decode()[:20] not in config
    assert "extraheader" not in config and "x-access-token" not in config
    assert git(checkout.path, "remote", "get-url", "origin") == ref.clone_url
    assert TOKEN not in repr(checkout)


def test_it_fails_clearly_and_without_the_token_when_the_server_refuses_it(git_server, tmp_path):
    _, ref = served(git_server, tmp_path)
    wrong = "ghp_revoked_token_0000000000"
    with pytest.raises(GitOperationError) as info:
        checkout_create(
            source=RepoSource(url=ref.clone_url, is_local=False),
            path=tmp_path / "ws" / "repo",
            branch="TEAM_LEAD_AI_Fix",
            git_config=auth_config(ref, token=wrong),
        )
    message = str(info.value)
    assert message.startswith(f"Could not clone {ref.clone_url}")
    assert (
        wrong not in message and base64.b64encode(f"x-access-token:{wrong}".encode()).decode() not in message
    )
    assert not (tmp_path / "ws" / "repo").exists()


def test_it_sends_the_token_only_to_the_credentials_host(git_server, tmp_path):
    _, ref = served(git_server, tmp_path)
    # A credential for another host yields no configuration for this one.
    assert auth_config(ref, host="github.com") == {}
    # And the header is scoped by URL: git sends it to its own host only.
    config = auth_config(ref)
    assert f"http.http://{git_server.host}/.extraheader" in config
    other = RepoRef(scheme="http", host=f"localhost:{git_server.port}", owner="octo-org", name="octo-repo")
    with pytest.raises(GitOperationError):
        checkout_create(
            source=RepoSource(url=other.clone_url, is_local=False),
            path=tmp_path / "ws" / "other",
            branch="TEAM_LEAD_AI_Fix",
            git_config=config,  # scoped to 127.0.0.1:port, so localhost:port gets no header
        )
    assert git_server.authorizations[-1] == ""


def test_it_starts_the_fix_branch_from_the_failing_branch(git_server, tmp_path):
    bare, ref = served(git_server, tmp_path)
    work = tmp_path / "work" / "octo-org" / "octo-repo"
    git(work, "checkout", "-q", "-b", "feature/parser")
    (work / "parser.py").write_text("def parse(text):\n    return text\n")
    git(work, "add", "parser.py")
    git(work, "commit", "-q", "-m", "parser")
    subprocess.run(
        ["git", "push", "-q", str(bare), "feature/parser"], cwd=work, check=True, capture_output=True
    )

    checkout = checkout_create(
        source=RepoSource(url=ref.clone_url, is_local=False),
        path=tmp_path / "ws" / "repo",
        branch="TEAM_LEAD_AI_Fix",
        git_config=auth_config(ref),
        start_branch="feature/parser",
    )
    assert checkout.head_sha == git(bare, "rev-parse", "feature/parser")
    assert checkout.default_branch == "main"

    with pytest.raises(GitOperationError, match="has no branch gone"):
        checkout_create(
            source=RepoSource(url=ref.clone_url, is_local=False),
            path=tmp_path / "ws" / "again",
            branch="TEAM_LEAD_AI_Fix",
            git_config=auth_config(ref),
            start_branch="gone",
        )
