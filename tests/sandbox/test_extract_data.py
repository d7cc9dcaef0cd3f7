"""extract_data: an untrusted archive never writes outside its destination, on every Python 3.11."""

from __future__ import annotations

import io
import tarfile

import pytest

from sandbox.archive import extract_data


def _archive(*members: tuple[str, str, str]) -> tarfile.TarFile:
    """(kind, name, content-or-link) entries: kind is file, sym, hard or fifo."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for kind, name, value in members:
            info = tarfile.TarInfo(name)
            if kind == "file":
                data = value.encode()
                info.size, info.mode = len(data), 0o4777
                tar.addfile(info, io.BytesIO(data))
                continue
            info.type = {"sym": tarfile.SYMTYPE, "hard": tarfile.LNKTYPE, "fifo": tarfile.FIFOTYPE}[kind]
            info.linkname = value
            tar.addfile(info)
    buf.seek(0)
    return tarfile.open(fileobj=buf)


# The fallback runs everywhere; the filter path where this Python has extraction filters.
KINDS = ["fallback", *(["filter"] if hasattr(tarfile, "data_filter") else [])]


@pytest.fixture(params=KINDS)
def python_kind(request, monkeypatch):
    if request.param == "fallback":  # a Python without extraction filters (Debian bookworm's 3.11.2)
        monkeypatch.delattr(tarfile, "data_filter", raising=False)
    return request.param


def test_it_extracts_files_and_inner_links(tmp_path, python_kind):
    extract_data(_archive(("file", "pkg/a.py", "x = 1\n"), ("sym", "pkg/b.py", "a.py")), str(tmp_path))
    assert (tmp_path / "pkg" / "b.py").read_text() == "x = 1\n"
    assert (tmp_path / "pkg" / "a.py").stat().st_mode & 0o7022 == 0  # no set-id, no group/other write


@pytest.mark.parametrize(
    "member",
    [
        ("file", "../escape.txt", "x"),
        ("sym", "pkg/out", "../../etc/passwd"),
        ("sym", "pkg/abs", "/etc/passwd"),
        ("hard", "pkg/hard", "/etc/passwd"),
        ("fifo", "pkg/pipe", ""),
    ],
)
def test_it_refuses_what_would_land_or_point_outside(tmp_path, python_kind, member):
    dest = tmp_path / "dest"
    dest.mkdir()
    with pytest.raises(tarfile.TarError):
        extract_data(_archive(member), str(dest))
    assert not (tmp_path / "escape.txt").exists()


def test_an_absolute_name_never_lands_at_its_absolute_path(tmp_path, python_kind):
    target = tmp_path / "absolute.txt"  # the filter puts it under dest; the fallback refuses it
    dest = tmp_path / "dest"
    dest.mkdir()
    try:
        extract_data(_archive(("file", str(target), "x")), str(dest))
    except tarfile.TarError:
        pass
    assert not target.exists()
