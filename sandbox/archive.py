"""Tar archives that carry repository files into a sandbox.

Files go in through the Docker API (`put_archive`), never through bind
mounts, so remote engines work and the container never sees a host path.
Every entry is owned by root with mode 0644/0755: inside the sandbox the
staged copy is readable but not writable by the unprivileged user.

Symlinks are copied as links (their targets only ever resolve inside the
container) and are never followed on the host: file contents are read through
`Workspace`, which refuses to open anything through a symlink.
"""

from __future__ import annotations

import io
import posixpath
import stat
import tarfile
import tempfile
from collections.abc import Iterable, Mapping
from typing import IO

from healer.engine.types import SandboxError
from healer.engine.workspace import Workspace, clean_relpath

# Archives are spooled to disk past this size so a big repository does not sit in memory.
_SPOOL_BYTES = 8 * 1024 * 1024
# Entries (files, folders, links) one archive may hold (HEALER_SANDBOX_MAX_FILES).
DEFAULT_MAX_ENTRIES = 20_000


class ArchiveBuilder:
    """A tar stream bounded in bytes of file data and in entries.

    Entries are counted apart from bytes: tens of thousands of empty files cost
    no bytes but an inode and a tar header each (issue 13: 30k of them went in
    as "0 bytes").
    """

    def __init__(self, *, max_bytes: int, max_entries: int = DEFAULT_MAX_ENTRIES) -> None:
        self.max_bytes = max_bytes
        self.max_entries = max_entries
        self.total = 0
        self.entries = 0
        self._fileobj: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES)  # noqa: SIM115 (returned by finish)
        self._tar = tarfile.open(fileobj=self._fileobj, mode="w", format=tarfile.PAX_FORMAT)  # noqa: SIM115
        self._dirs: set[str] = set()
        self.skipped: list[str] = []  # entries left out, with the reason

    def _info(self, name: str, *, kind: bytes, mode: int) -> tarfile.TarInfo:
        self.entries += 1
        if self.entries > self.max_entries:
            raise SandboxError(
                f"The repository has more than {self.max_entries} files and folders, more than the sandbox "
                "takes: raise HEALER_SANDBOX_MAX_FILES or use a smaller repository"
            )
        info = tarfile.TarInfo(name)
        info.type = kind
        info.mode = mode
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mtime = 0
        return info

    def add_dir(self, name: str) -> None:
        name = name.rstrip("/")
        if not name or name in self._dirs:
            return
        parent = name.rpartition("/")[0]
        if parent:
            self.add_dir(parent)
        self._dirs.add(name)
        self._tar.addfile(self._info(name, kind=tarfile.DIRTYPE, mode=0o755))

    def add_file(self, name: str, data: bytes, *, executable: bool = False) -> None:
        self.total += len(data)
        if self.total > self.max_bytes:
            raise SandboxError(
                f"The repository is larger than the sandbox's working space ({self.max_bytes} bytes): "
                "raise HEALER_SANDBOX_TMPFS or use a smaller repository"
            )
        parent = name.rpartition("/")[0]
        if parent:
            self.add_dir(parent)
        info = self._info(name, kind=tarfile.REGTYPE, mode=0o755 if executable else 0o644)
        info.size = len(data)
        self._tar.addfile(info, io.BytesIO(data))

    def add_symlink(self, name: str, target: str) -> None:
        parent = name.rpartition("/")[0]
        if parent:
            self.add_dir(parent)
        info = self._info(name, kind=tarfile.SYMTYPE, mode=0o777)
        info.linkname = target
        self._tar.addfile(info)

    def add_workspace(self, workspace: Workspace, *, prefix: str, skip: Iterable[str] = ()) -> int:
        """Add every directory, regular file and symlink of the workspace (never .git)."""
        skipped = set(skip)
        count = 0
        self.add_dir(prefix)
        for rel, info, target in workspace.iter_entries():
            if rel.split("/", 1)[0] in skipped or "__pycache__" in rel.split("/"):
                continue
            name = f"{prefix}/{rel}"
            mode = info.st_mode
            if stat.S_ISDIR(mode):
                self.add_dir(name)
            elif stat.S_ISLNK(mode):
                if escapes(rel, target or ""):
                    # Docker refuses archives whose relative links point above the
                    # extraction directory; such a link could only ever point out of
                    # the repository, so it is left out (and reported).
                    self.skipped.append(f"{rel} -> {target} (relative link out of the repository)")
                    continue
                self.add_symlink(name, target or "")
            elif stat.S_ISREG(mode):
                # read_bytes opens with O_NOFOLLOW under a descriptor walk: a file
                # swapped for a symlink after iter_entries listed it is refused.
                data = workspace.read_bytes(rel, limit=self.max_bytes)
                self.add_file(name, data, executable=bool(mode & 0o111))
            else:
                continue  # fifos, sockets, devices: nothing a test suite needs
            count += 1
        return count

    def add_files(self, files: Mapping[str, bytes | str], *, prefix: str) -> None:
        for path, data in files.items():
            if isinstance(data, str):  # tolerated: text is stored as UTF-8
                data = data.encode("utf-8", errors="surrogateescape")
            self.add_file(f"{prefix}/{clean_relpath(path)}", data)

    def finish(self) -> IO[bytes]:
        self._tar.close()
        self._fileobj.seek(0)
        return self._fileobj


def escapes(relpath: str, target: str) -> bool:
    """Whether a relative symlink at relpath resolves (lexically) outside the repository."""
    if not target or target.startswith("/"):
        return False
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(relpath), target))
    return resolved == ".." or resolved.startswith("../")


def extract_data(archive: tarfile.TarFile, dest: str) -> None:
    """Extract an untrusted archive: nothing lands outside `dest` (tarfile's "data" filter).

    Pythons without extraction filters (3.11 before 3.11.4, Debian bookworm's 3.11.2) get the
    same refusals from a check of every member first: absolute or `..` names, links whose
    target leaves the tree, device files and FIFOs; modes lose their set-id bits.
    """
    if hasattr(tarfile, "data_filter"):
        archive.extractall(dest, filter="data")
        return
    members = archive.getmembers()
    for member in members:
        name = member.name
        if name.startswith("/") or ".." in name.split("/"):
            raise tarfile.TarError(f"{name!r} would land outside the destination")
        if not (member.isfile() or member.isdir() or member.issym() or member.islnk()):
            raise tarfile.TarError(f"{name!r} is not a file, folder or link")
        if member.issym() and (member.linkname.startswith("/") or escapes(name, member.linkname)):
            raise tarfile.TarError(f"{name!r} links outside the destination")
        if member.islnk() and (member.linkname.startswith("/") or ".." in member.linkname.split("/")):
            raise tarfile.TarError(f"{name!r} links outside the destination")
        member.mode &= 0o755  # no set-id, sticky or group/other write bits
        member.uid = member.gid = 0
        member.uname = member.gname = ""
    archive.extractall(dest, members=members)
