"""The upload archive counts entries, not only bytes (issue 13, item 9): empty files
passed the size limit as 0 bytes."""

from __future__ import annotations

import pytest

from healer.engine.types import SandboxError
from healer.engine.workspace import Workspace
from sandbox.archive import DEFAULT_MAX_ENTRIES, ArchiveBuilder
from sandbox.docker_container import Limits
from sandbox.sessions import docker_options
from tests.fixtures_docker import write_tree


def test_thousands_of_empty_files_are_refused_by_count(tmp_path):
    root = write_tree(tmp_path / "r", {f"d{i % 10}/empty{i}": "" for i in range(3000)})
    archive = ArchiveBuilder(max_bytes=10**9, max_entries=1000)
    with pytest.raises(SandboxError, match=r"more than 1000 files and folders.*HEALER_SANDBOX_MAX_FILES"):
        archive.add_workspace(Workspace(root), prefix="repo-1")
    assert archive.total == 0  # not one byte of data, yet refused


def test_folders_and_links_count_as_entries(tmp_path):
    root = write_tree(tmp_path / "r", {"a/b/c/d/file.py": "x = 1\n"})
    (root / "link").symlink_to("a")
    archive = ArchiveBuilder(max_bytes=10_000, max_entries=7)  # prefix, 4 folders, 1 file, 1 link
    archive.add_workspace(Workspace(root), prefix="repo-1")
    assert archive.entries == 7
    with pytest.raises(SandboxError, match="more than 6 files"):
        ArchiveBuilder(max_bytes=10_000, max_entries=6).add_workspace(Workspace(root), prefix="repo-1")


def test_the_setting_reaches_every_upload(settings):
    settings.HEALER_SANDBOX_MAX_FILES = 1234
    assert docker_options().limits.files == 1234
    assert Limits().files == DEFAULT_MAX_ENTRIES == 20_000
