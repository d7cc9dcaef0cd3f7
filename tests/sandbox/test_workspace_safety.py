"""A hostile repository cannot make Healer read or write outside its workspace (host side)."""

from __future__ import annotations

import os
import threading

import pytest

from healer.engine.workspace import UnsafePath, Workspace, clean_relpath


@pytest.fixture
def outside(tmp_path):
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("host secret\n")
    return secret


@pytest.fixture
def ws(tmp_path, outside):
    root = tmp_path / "repo"
    (root / "pkg").mkdir(parents=True)
    (root / "pkg" / "mod.py").write_text("A = 1\n")
    os.symlink(outside, root / "link_to_secret")
    os.symlink(outside.parent, root / "link_to_dir")
    os.symlink("../outside", root / "pkg" / "up")
    os.symlink("/etc/passwd", root / "passwd")
    return Workspace(root)


@pytest.mark.parametrize(
    "path",
    [
        "../outside/secret.txt",
        "pkg/../../outside/secret.txt",
        "/etc/passwd",
        "C:\\Windows\\x",
        "\\\\server\\share",
        "..\\..\\outside\\secret.txt",
        "a\x00b",
        "",
        ".",
        "./",
        "pkg/./../..",
    ],
)
def test_it_refuses_paths_that_leave_or_name_the_workspace(ws, path):
    with pytest.raises(UnsafePath):
        clean_relpath(path)
    with pytest.raises(UnsafePath):
        ws.read_bytes(path)
    with pytest.raises(UnsafePath):
        ws.write_bytes(path, b"pwned")


def test_ordinary_paths_are_normalised():
    assert clean_relpath("./pkg/mod.py") == "pkg/mod.py"
    assert clean_relpath("pkg\\mod.py") == "pkg/mod.py"
    assert clean_relpath("...") == "..."
    assert clean_relpath("a//b") == "a/b"


@pytest.mark.parametrize("path", ["link_to_secret", "link_to_dir/secret.txt", "pkg/up/secret.txt", "passwd"])
def test_it_never_reads_through_a_symlink(ws, path):
    with pytest.raises(UnsafePath):
        ws.read_bytes(path)
    assert not ws.is_file(path)


@pytest.mark.parametrize(
    "path", ["link_to_secret", "link_to_dir/secret.txt", "pkg/up/secret.txt", "link_to_dir/new.txt"]
)
def test_it_never_writes_through_a_symlink(ws, outside, path):
    with pytest.raises(UnsafePath):
        ws.write_bytes(path, b"pwned\n")
    assert outside.read_text() == "host secret\n"
    assert sorted(p.name for p in outside.parent.iterdir()) == ["secret.txt"]
    assert os.path.islink(ws.root / "link_to_secret")


def test_listing_never_enters_or_returns_symlinks(ws):
    assert list(ws.iter_files()) == ["pkg/mod.py"]
    entries = {rel: target for rel, _, target in ws.iter_entries()}
    assert entries["link_to_dir"] == str(ws.root.parent / "outside")
    assert entries["pkg/up"] == "../outside"
    assert not any(rel.startswith("link_to_dir/") for rel in entries)


def test_writing_a_hard_linked_file_replaces_it_instead_of_writing_the_shared_inode(ws, outside):
    os.link(outside, ws.root / "hard.txt")
    ws.write_bytes("hard.txt", b"replaced\n")
    assert (ws.root / "hard.txt").read_text() == "replaced\n"
    assert outside.read_text() == "host secret\n"


def test_it_refuses_non_regular_files_without_blocking(ws):
    os.mkfifo(ws.root / "pipe.py")
    outcome: list[object] = []

    def attempt():
        try:
            ws.read_bytes("pipe.py")
            outcome.append("read")
        except (UnsafePath, OSError) as exc:
            outcome.append(exc)

    thread = threading.Thread(target=attempt, daemon=True)
    thread.start()
    thread.join(5)
    assert outcome and isinstance(outcome[0], UnsafePath), "reading a FIFO blocked or succeeded"
    with pytest.raises(UnsafePath):
        ws.write_bytes("pipe.py", b"x")


def test_it_refuses_oversized_files(ws):
    (ws.root / "big.bin").write_bytes(b"x" * 2048)
    with pytest.raises(UnsafePath, match="larger than"):
        ws.read_bytes("big.bin", limit=1024)


def test_a_workspace_must_exist(tmp_path):
    with pytest.raises(FileNotFoundError):
        Workspace(tmp_path / "missing")
