"""Host-side access to a repository's files that a hostile repository cannot abuse.

The repository is untrusted: it may contain symlinks pointing anywhere on the
host, and paths coming from its tool output may contain `..`. Every host-side
read and write of repository files goes through `Workspace`, which walks each
path component with O_NOFOLLOW relative to an open directory descriptor, so
neither a symlink (even one swapped in mid-walk) nor `..` can lead outside the
workspace root.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

# Directories that are never part of the code under repair.
SKIP_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        "__pycache__",
        ".venv",
        "venv",
        ".tox",
        ".nox",
        "node_modules",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        "build",
        "dist",
        ".eggs",
    }
)
MAX_FILE_BYTES = 5 * 1024 * 1024


class UnsafePath(ValueError):
    """A path that would escape the workspace or pass through a symlink."""


def clean_relpath(path: str) -> str:
    """Validate a repository-relative path and return it in POSIX form."""
    if not isinstance(path, str) or not path or "\x00" in path:
        raise UnsafePath(f"invalid path {path!r}")
    if path.startswith(("/", "\\")) or (len(path) > 1 and path[1] == ":"):
        raise UnsafePath(f"absolute path {path!r} is not allowed")
    parts = PurePosixPath(path.replace("\\", "/")).parts
    if not parts or any(part in ("..", "") for part in parts):
        raise UnsafePath(f"path {path!r} leaves the workspace")
    parts = tuple(p for p in parts if p != ".")
    if not parts:
        raise UnsafePath(f"path {path!r} names the workspace itself")
    return "/".join(parts)


class Workspace:
    """A repository checkout on the host, accessed without following symlinks."""

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root).resolve()
        if not self.root.is_dir():
            raise FileNotFoundError(f"workspace {self.root} does not exist")

    def __repr__(self) -> str:
        return f"Workspace({str(self.root)!r})"

    # -- internals ---------------------------------------------------------
    def _open_parent(self, relpath: str, *, create: bool = False) -> tuple[int, str]:
        """Open the directory holding relpath; return (dir_fd, final name). Caller closes."""
        parts = clean_relpath(relpath).split("/")
        fd = os.open(self.root, os.O_RDONLY | os.O_DIRECTORY)
        try:
            for part in parts[:-1]:
                try:
                    next_fd = os.open(part, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=fd)
                except FileNotFoundError:
                    if not create:
                        raise
                    os.mkdir(part, 0o755, dir_fd=fd)
                    next_fd = os.open(part, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=fd)
                except OSError as exc:
                    # ELOOP / ENOTDIR: the component is a symlink or not a directory.
                    raise UnsafePath(f"{relpath!r}: {part!r} is a symlink or not a directory") from exc
                os.close(fd)
                fd = next_fd
        except BaseException:
            os.close(fd)
            raise
        return fd, parts[-1]

    # -- reads -------------------------------------------------------------
    def read_bytes(self, relpath: str, *, limit: int = MAX_FILE_BYTES) -> bytes:
        dir_fd, name = self._open_parent(relpath)
        try:
            try:
                # O_NONBLOCK: opening a FIFO planted in the repository must not hang
                # the worker (the S_ISREG check below then refuses it).
                fd = os.open(name, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK, dir_fd=dir_fd)
            except OSError as exc:
                if isinstance(exc, FileNotFoundError):
                    raise
                raise UnsafePath(f"{relpath!r} is a symlink or cannot be opened") from exc
        finally:
            os.close(dir_fd)
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise UnsafePath(f"{relpath!r} is not a regular file")
            data = handle.read(limit + 1)
        if len(data) > limit:
            raise UnsafePath(f"{relpath!r} is larger than {limit} bytes")
        return data

    def read_text(self, relpath: str) -> str:
        return self.read_bytes(relpath).decode("utf-8", errors="surrogateescape")

    def is_file(self, relpath: str) -> bool:
        try:
            dir_fd, name = self._open_parent(relpath)
        except (FileNotFoundError, UnsafePath, NotADirectoryError):
            return False
        try:
            info = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
        except FileNotFoundError:
            return False
        finally:
            os.close(dir_fd)
        return stat.S_ISREG(info.st_mode)

    def is_dir(self, relpath: str) -> bool:
        try:
            dir_fd, name = self._open_parent(relpath)
        except (FileNotFoundError, UnsafePath, NotADirectoryError):
            return False
        try:
            info = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
        except FileNotFoundError:
            return False
        finally:
            os.close(dir_fd)
        return stat.S_ISDIR(info.st_mode)

    def iter_files(self, *, include_skipped: bool = False) -> Iterator[str]:
        """Yield relative paths of regular files, sorted, never entering symlinked dirs."""
        for dirpath, dirnames, filenames in os.walk(self.root, followlinks=False):
            rel_dir = os.path.relpath(dirpath, self.root)
            if not include_skipped:
                dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS)
            else:
                dirnames.sort()
            for name in sorted(filenames):
                full = os.path.join(dirpath, name)
                if not stat.S_ISREG(os.lstat(full).st_mode):
                    continue
                yield name if rel_dir == "." else f"{rel_dir}/{name}".replace(os.sep, "/")

    def iter_entries(self) -> Iterator[tuple[str, os.stat_result, str | None]]:
        """Yield (relpath, lstat, symlink target or None) for files, dirs and symlinks, skipping .git.

        Used to mirror the tree into a sandbox: symlinks are copied as links
        (they only ever resolve inside the sandbox), never followed here.
        """
        for dirpath, dirnames, filenames in os.walk(self.root, followlinks=False):
            rel_dir = os.path.relpath(dirpath, self.root)
            dirnames[:] = sorted(d for d in dirnames if d not in (".git",))
            for name in dirnames + sorted(filenames):
                full = os.path.join(dirpath, name)
                rel = name if rel_dir == "." else f"{rel_dir}/{name}".replace(os.sep, "/")
                info = os.lstat(full)
                target = os.readlink(full) if stat.S_ISLNK(info.st_mode) else None
                yield rel, info, target

    # -- writes ------------------------------------------------------------
    def write_bytes(self, relpath: str, data: bytes) -> None:
        """Atomically replace (or create) a regular file; never writes through a symlink."""
        dir_fd, name = self._open_parent(relpath, create=True)
        try:
            try:
                info = os.stat(name, dir_fd=dir_fd, follow_symlinks=False)
            except FileNotFoundError:
                info = None
            if info is not None and not stat.S_ISREG(info.st_mode):
                raise UnsafePath(f"{relpath!r} exists and is not a regular file")
            mode = stat.S_IMODE(info.st_mode) if info else 0o644
            tmp = f".{name}.healer-tmp"
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, mode, dir_fd=dir_fd)
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                os.rename(tmp, name, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
            except BaseException:
                try:
                    os.unlink(tmp, dir_fd=dir_fd)
                except FileNotFoundError:
                    pass
                raise
        finally:
            os.close(dir_fd)

    def write_text(self, relpath: str, text: str) -> None:
        self.write_bytes(relpath, text.encode("utf-8", errors="surrogateescape"))
