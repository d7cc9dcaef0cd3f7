"""What a clone may put on the host's disk (issue 13, item 9): the download is
watched while it happens, and the tree is measured before anything is checked out."""

from __future__ import annotations

import os

import pytest

from runs.gitops import GitOperationError, RepoSource, checkout_create
from tests.conftest import git, make_git_repo

BRANCH = "TEAM_LEAD_AI_Fix"


def clone(origin, path):
    return checkout_create(source=RepoSource(url=str(origin), is_local=True), path=path, branch=BRANCH)


def disk_usage(path) -> int:
    return sum(
        os.lstat(os.path.join(root, name)).st_size for root, _, files in os.walk(path) for name in files
    )


def test_a_small_repository_holding_a_huge_file_is_refused_before_checkout(tmp_path, settings):
    """The audit's 1.2 MB repository that checked out as a 1.1 GiB file, scaled down."""
    settings.HEALER_REPO_MAX_SIZE = 4 * 1024**2
    origin = make_git_repo(tmp_path / "origin", {"app.py": "x = 1\n"})
    (origin / "zeros.bin").write_bytes(bytes(32 * 1024**2))  # compresses to a few KiB
    git(origin, "add", "zeros.bin")
    git(origin, "commit", "-qm", "bomb")
    target = tmp_path / "w"
    with pytest.raises(
        GitOperationError,
        match=r"too large to heal: its files add up to more than 4 MiB \(HEALER_REPO_MAX_SIZE\)",
    ):
        clone(origin, target)
    assert not target.exists()


def test_thousands_of_empty_files_are_refused_by_count(tmp_path, settings):
    """Zero bytes each, so no size limit sees them; each is still an inode and an archive entry."""
    settings.HEALER_REPO_MAX_FILES = 500
    origin = make_git_repo(tmp_path / "origin", {f"d{i % 7}/empty{i}.txt": "" for i in range(600)})
    target = tmp_path / "w"
    with pytest.raises(GitOperationError, match=r"more than 500 files and folders \(HEALER_REPO_MAX_FILES\)"):
        clone(origin, target)
    assert not target.exists()


def test_a_download_past_its_limit_is_stopped_while_it_happens(tmp_path, settings):
    settings.HEALER_REPO_MAX_DOWNLOAD = 1024**2
    settings.HEALER_REPO_MAX_SIZE = 64 * 1024**2  # the tree alone would be fine
    origin = make_git_repo(tmp_path / "origin", {"app.py": "x = 1\n"})
    (origin / "noise.bin").write_bytes(os.urandom(6 * 1024**2))  # incompressible
    git(origin, "add", "noise.bin")
    git(origin, "commit", "-qm", "noise")
    target = tmp_path / "w"
    with pytest.raises(
        GitOperationError, match=r"the download is larger than 1 MiB \(HEALER_REPO_MAX_DOWNLOAD\)"
    ):
        checkout_create(source=RepoSource(url=f"file://{origin}", is_local=True), path=target, branch=BRANCH)
    assert not target.exists()


def test_a_repository_within_the_limits_is_checked_out_whole(tmp_path, settings):
    settings.HEALER_REPO_MAX_FILES = 20  # 12 files and 4 folders
    settings.HEALER_REPO_MAX_SIZE = 64 * 1024
    files = {f"pkg{i % 4}/mod{i}.py": f"X = {i}\n" * 100 for i in range(12)}
    origin = make_git_repo(tmp_path / "origin", files)
    checkout = clone(origin, tmp_path / "w")
    assert {str(p.relative_to(checkout.path)) for p in checkout.path.rglob("*.py")} == set(files)
    assert checkout.repo.active_branch.name == BRANCH
    assert not checkout.repo.is_dirty(untracked_files=True)
    assert disk_usage(checkout.path) < 1024**2


def test_the_limits_apply_to_the_branch_that_is_checked_out(tmp_path, settings):
    """An earlier fix branch on origin is what gets checked out, so it is what gets measured."""
    settings.HEALER_REPO_MAX_SIZE = 4 * 1024**2
    origin = make_git_repo(tmp_path / "origin", {"app.py": "x = 1\n"})
    git(origin, "checkout", "-q", "-b", BRANCH)
    (origin / "zeros.bin").write_bytes(bytes(8 * 1024**2))
    git(origin, "add", "zeros.bin")
    git(origin, "commit", "-qm", "bomb on the fix branch")
    git(origin, "checkout", "-q", "main")
    with pytest.raises(GitOperationError, match="HEALER_REPO_MAX_SIZE"):
        clone(origin, tmp_path / "w")
