import pytest

from runs.gitops import (
    COMMIT_PREFIX,
    GitOperationError,
    RepoSource,
    SourceError,
    checkout_create,
    repo_source_parse,
)
from tests.conftest import git

BRANCH = "TEAM_LEAD_AI_Fix"


def test_it_accepts_plain_https_urls():
    assert repo_source_parse("https://github.com/acme/widgets.git", allow_local=False).url.endswith(
        "widgets.git"
    )


def test_it_refuses_http_unless_allowed():
    with pytest.raises(SourceError):
        repo_source_parse("http://example.com/a/b", allow_local=False)
    assert repo_source_parse("http://example.com/a/b", allow_local=False, allow_http=True).url


@pytest.mark.parametrize("url", ["fd::17", "ext::git-remote-ext", "transport::x/y"])
def test_it_refuses_remote_helper_syntax(url):
    with pytest.raises(SourceError, match="Remote-helper"):
        repo_source_parse(url, allow_local=True)


def test_it_clones_branches_commits_and_pushes_without_touching_the_default_branch(
    git_repo_factory, settings
):
    origin = git_repo_factory({"app.py": "import os\n", "test_app.py": "def test_x():\n    assert True\n"})
    main_before = git(origin, "rev-parse", "main")
    checkout = checkout_create(
        source=RepoSource(url=str(origin), is_local=True), path=origin.parent / "work", branch=BRANCH
    )
    assert checkout.repo.active_branch.name == BRANCH
    assert checkout.default_branch == "main"
    (checkout.path / "app.py").write_text("")
    sha = checkout.commit(
        paths=["app.py"], message=f"{COMMIT_PREFIX} Fix LINTING in app.py line 1: remove it"
    )
    checkout.push()
    assert git(origin, "rev-parse", BRANCH) == sha
    assert git(origin, "rev-parse", "main") == main_before
    assert git(origin, "log", "-1", "--format=%an <%ae>|%s", BRANCH) == (
        f"Healer AI Agent <ai-agent@healer.invalid>|{COMMIT_PREFIX} Fix LINTING in app.py line 1: remove it"
    )


def test_it_continues_from_an_existing_fix_branch_so_pushes_fast_forward(git_repo_factory):
    origin = git_repo_factory({"app.py": "x = 1\n"})
    git(origin, "checkout", "-q", "-b", BRANCH)
    (origin / "app.py").write_text("x = 2\n")
    git(origin, "commit", "-qam", "earlier fix")
    earlier = git(origin, "rev-parse", "HEAD")
    git(origin, "checkout", "-q", "main")
    checkout = checkout_create(
        source=RepoSource(url=str(origin), is_local=True), path=origin.parent / "w", branch=BRANCH
    )
    assert checkout.head_sha == earlier
    assert (checkout.path / "app.py").read_text() == "x = 2\n"


def test_it_refuses_commits_without_the_agent_prefix(git_repo_factory):
    origin = git_repo_factory({"app.py": "x = 1\n"})
    checkout = checkout_create(
        source=RepoSource(url=str(origin), is_local=True), path=origin.parent / "w", branch=BRANCH
    )
    with pytest.raises(ValueError):
        checkout.commit(paths=["app.py"], message="Fix something")


def test_it_refuses_to_push_the_default_branch(git_repo_factory):
    origin = git_repo_factory({"app.py": "x = 1\n"})
    checkout = checkout_create(
        source=RepoSource(url=str(origin), is_local=True), path=origin.parent / "w", branch="main"
    )
    with pytest.raises(GitOperationError, match="protected"):
        checkout.push()


def test_it_reports_an_unreachable_repository_clearly_and_leaves_nothing_behind(tmp_path, settings):
    settings.HEALER_REPO_ALLOWED_HOSTS = ["127.0.0.1"]  # an internal Git host the operator allows
    target = tmp_path / "clone"
    with pytest.raises(GitOperationError, match="Could not clone"):
        checkout_create(
            source=RepoSource(url="https://127.0.0.1:9/acme/widgets.git", is_local=False),
            path=target,
            branch=BRANCH,
        )
    assert not target.exists()


def test_it_refuses_file_transport_for_https_sources(git_repo_factory, tmp_path):
    origin = git_repo_factory({"app.py": "x = 1\n"})
    with pytest.raises(GitOperationError):
        checkout_create(
            source=RepoSource(url=f"file://{origin}", is_local=False), path=tmp_path / "w", branch=BRANCH
        )


def test_it_reports_an_empty_repository(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    git(empty, "init", "-q")
    with pytest.raises(GitOperationError):
        checkout_create(source=RepoSource(url=str(empty), is_local=True), path=tmp_path / "w", branch=BRANCH)


def test_it_reports_gits_own_verdict_for_a_local_source_without_its_progress_chatter(tmp_path):
    # Local sources are the operator's own (the heal command): git's words help them.
    (tmp_path / "not-a-repo").mkdir()
    with pytest.raises(GitOperationError) as info:
        checkout_create(
            source=RepoSource(url=str(tmp_path / "not-a-repo"), is_local=True),
            path=tmp_path / "clone",
            branch=BRANCH,
        )
    message = str(info.value)
    assert "fatal: repository" in message and "does not exist" in message
    assert "Cloning into" not in message and "stderr:" not in message
