"""UNSAFE development backend: runs repository code directly on this machine.

Nothing here isolates anything: a hostile repository can read your files and
your environment's secrets, use the network and leave processes behind. It
exists so the engine can be developed without Docker. `sandbox_open` refuses
it unless HEALER_SANDBOX_BACKEND=unsafe-local AND DEBUG is on, and it logs a
warning every time it starts.

Commands run in a temporary copy of the workspace, in their own process group
(killed on timeout), with a minimal environment and capped output.
"""

from __future__ import annotations

import logging
import os
import shutil
import signal
import stat
import subprocess
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

from healer.engine.types import ExecResult, SandboxError
from healer.engine.workspace import Workspace, clean_relpath
from sandbox.output import CappedOutput

log = logging.getLogger(__name__)

WARNING = (
    "UNSAFE SANDBOX: HEALER_SANDBOX_BACKEND=unsafe-local runs repository code directly on this host "
    "with no isolation (run %s). Never use it with code you have not read."
)


def _copy_tree(source: Workspace, dest: Path) -> None:
    """Mirror the workspace: directories, regular files (read via Workspace), symlinks as links."""
    dest.mkdir(parents=True, exist_ok=True)
    for rel, info, target in source.iter_entries():
        path = dest / rel
        if stat.S_ISDIR(info.st_mode):
            path.mkdir(exist_ok=True)
        elif stat.S_ISLNK(info.st_mode):
            os.symlink(target or "", path)
        elif stat.S_ISREG(info.st_mode):
            path.write_bytes(source.read_bytes(rel, limit=1 << 30))
            os.chmod(path, 0o755 if info.st_mode & 0o111 else 0o644)


class UnsafeLocalSandbox:
    def __init__(self, *, run_id: str, default_timeout: float, output_limit: int) -> None:
        self.run_id = run_id
        self.default_timeout = default_timeout
        self.output_limit = output_limit
        self.root = Path(tempfile.mkdtemp(prefix=f"healer-unsafe-{run_id}-"))
        self.stage = self.root / "stage"
        self.repo_dir = str(self.root / "work")
        self.support_dir = str(self.root / "support")
        self.home = self.root / "home"
        self.home.mkdir()

    @classmethod
    def start(
        cls,
        *,
        run_id: str,
        workspace: Workspace,
        support_root: Path | None,
        default_timeout: float,
        output_limit: int,
    ) -> UnsafeLocalSandbox:
        log.warning(WARNING, run_id)
        sandbox = cls(run_id=run_id, default_timeout=default_timeout, output_limit=output_limit)
        try:
            Path(sandbox.support_dir).mkdir()
            if support_root is not None and support_root.is_dir():
                _copy_tree(Workspace(support_root), Path(sandbox.support_dir))
            sandbox.upload(workspace)
        except BaseException:
            sandbox.close()
            raise
        return sandbox

    def __enter__(self) -> UnsafeLocalSandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    def upload(self, workspace: Workspace) -> None:
        shutil.rmtree(self.stage, ignore_errors=True)
        _copy_tree(workspace, self.stage)

    def put_files(self, files: Mapping[str, bytes]) -> None:
        staged = Workspace(self.stage)
        for path, data in files.items():
            staged.write_bytes(clean_relpath(path), data)

    def read_file(self, path: str, *, limit: int) -> bytes | None:
        try:
            with open(path, "rb") as handle:
                return handle.read(limit)
        except OSError:
            return None

    def exec(
        self,
        argv: Sequence[str],
        *,
        timeout: float | None = None,
        env: Mapping[str, str] | None = None,
        reset: bool = True,
        warm: bool = False,
    ) -> ExecResult:
        if not argv:
            raise ValueError("exec needs a command")
        if reset:
            shutil.rmtree(self.repo_dir, ignore_errors=True)
            shutil.rmtree(self.home, ignore_errors=True)
            self.home.mkdir()
            shutil.copytree(self.stage, self.repo_dir, symlinks=True)
        full_env = {
            "HOME": str(self.home),
            "TMPDIR": str(self.home),
            "LANG": "C.UTF-8",
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        full_env.update({str(k): str(v) for k, v in (env or {}).items()})
        timeout = float(timeout if timeout is not None else self.default_timeout)
        started = time.monotonic()
        try:
            proc = subprocess.Popen(
                list(argv),
                cwd=self.repo_dir,
                env=full_env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        except OSError as exc:
            return ExecResult(exit_code=127, output=f"{argv[0]}: {exc}\n", duration=0.0)
        output = CappedOutput(self.output_limit)
        killed: list[str] = []
        assert proc.stdout is not None
        stdout = proc.stdout

        def reader() -> None:
            try:
                while chunk := stdout.read1(65536):
                    output.write(chunk)
            except (OSError, ValueError):
                pass

        thread = threading.Thread(target=reader, daemon=True)
        thread.start()
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            killed.append("timeout")
        try:  # the command's process group: on timeout, and any daemon it left behind
            os.killpg(proc.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        proc.wait()
        thread.join(2.0)
        if not thread.is_alive():  # else a daemon outside the group holds the pipe: abandon the reader
            stdout.close()
        return ExecResult(
            exit_code=None if killed else proc.returncode,
            output=output.text(),
            duration=time.monotonic() - started,
            timed_out=bool(killed),
            truncated=output.truncated,
            killed_reason=killed[0] if killed else "",
        )


__all__ = ["SandboxError", "UnsafeLocalSandbox"]
