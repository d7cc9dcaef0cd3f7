"""Fixtures for engine tests: small broken projects and a local stand-in for the Sandbox.

`LocalSandbox` implements the Sandbox protocol with subprocesses in temporary
copies. It is for the engine's OWN fixture projects in tests only (the product
never runs repository code on the host); the docker-marked tests use the real
sandbox.
"""

from __future__ import annotations

import gc
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from healer.engine.types import ExecResult
from healer.engine.workspace import Workspace, clean_relpath

SUPPORT = Path(__file__).resolve().parents[2] / "healer" / "engine" / "support"
VENV_BIN = Path(sys.executable).parent


class LocalSandbox:
    """Sandbox protocol over subprocesses: staged copy + working copy recreated per command."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.stage = base / "stage"
        self.repo_dir = str(base / "work")
        self.support_dir = str(base / "support")
        self.stage.mkdir(parents=True)
        shutil.copytree(SUPPORT, self.support_dir, ignore=shutil.ignore_patterns("__pycache__"))
        self.commands: list[list[str]] = []
        self.uploads = 0

    def upload(self, workspace: Workspace) -> None:
        shutil.rmtree(self.stage)
        self.stage.mkdir()
        for rel in workspace.iter_files():
            target = self.stage / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(workspace.read_bytes(rel))
        self.uploads += 1

    def put_files(self, files: Mapping[str, bytes]) -> None:
        for rel, data in files.items():
            target = self.stage / clean_relpath(rel)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)

    def exec(
        self,
        argv: Sequence[str],
        *,
        timeout: float | None = None,
        env: Mapping[str, str] | None = None,
        reset: bool = True,
        warm: bool = False,
    ) -> ExecResult:
        if reset:
            shutil.rmtree(self.repo_dir, ignore_errors=True)
            shutil.copytree(self.stage, self.repo_dir)
        argv = list(argv)
        self.commands.append(argv)
        if argv[0] == "python3":
            argv[0] = sys.executable
        elif argv[0] == "ruff":
            argv[0] = str(VENV_BIN / "ruff")
        full_env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO", "PYTEST", "PYTHON"))}
        # Only what the sandbox image has: pytest and pytest-timeout, no other host plugins.
        full_env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
        full_env["PYTEST_PLUGINS"] = "pytest_timeout"
        full_env.update(env or {})
        started = time.monotonic()
        try:
            proc = subprocess.run(
                argv, cwd=self.repo_dir, env=full_env, capture_output=True, timeout=timeout, check=False
            )
        except subprocess.TimeoutExpired as exc:
            out = (exc.stdout or b"") + (exc.stderr or b"")
            return ExecResult(
                exit_code=None,
                output=out.decode(errors="replace"),
                duration=time.monotonic() - started,
                timed_out=True,
                killed_reason="timeout",
            )
        return ExecResult(
            exit_code=proc.returncode,
            output=(proc.stdout + proc.stderr).decode(errors="replace"),
            duration=time.monotonic() - started,
        )

    def read_file(self, path: str, *, limit: int) -> bytes | None:
        target = Path(path)
        if not target.is_file():
            return None
        return target.read_bytes()[:limit]


def write_project(root: Path, files: Mapping[str, str]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for rel, text in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
    return root


PYPROJECT_SRC = """\
[tool.pytest.ini_options]
pythonpath = ["src"]
testpaths = ["tests"]

[tool.ruff.lint]
select = ["F"]
"""


@pytest.fixture
def local_sandbox(tmp_path):
    return LocalSandbox(tmp_path / "sandbox")


@pytest.fixture
def project(tmp_path):
    """project({path: text}) -> Workspace of a fresh project directory."""

    def make(files: Mapping[str, str], *, name: str = "repo") -> Workspace:
        return Workspace(write_project(tmp_path / name, files))

    return make


# Hostile-input tests (huge files, long lines) guard against quadratic work by STEPS or by a RATIO of CPU
# times, never by a wall-clock limit: the machines are shared and CI runs beside heavy jobs (review 48).
def cpu_ratio(run, n: int, factor: int = 4, repeats: int = 2) -> float:
    """CPU seconds of run(factor * n) over those of run(n), each the best of `repeats`: about `factor` for
    linear work, factor ** 2 for quadratic. process_time counts this process's CPU only, so other jobs on
    the machine do not inflate it as they do a wall clock."""

    def best(size: int) -> float:
        spent = []
        for _ in range(repeats):
            gc.collect()  # a collection's pause lands in neither run
            gc.disable()
            try:
                started = time.process_time()
                run(size)
                spent.append(time.process_time() - started)
            finally:
                gc.enable()
        return max(min(spent), 2e-3)  # below the clock's grain, a ratio says nothing

    small = best(n)
    return best(factor * n) / small


class DiffSizes:
    """Every pair of sequences handed to difflib.SequenceMatcher in a module, by length (its work grows with
    their product): monkeypatched in, so a test counts what is diffed instead of timing it."""

    def __init__(self, monkeypatch, module) -> None:
        self.sizes: list[tuple[int, int]] = []
        real = module.difflib.SequenceMatcher
        sizes = self.sizes

        class Counting(real):
            def __init__(self, isjunk=None, a="", b="", autojunk=True):
                sizes.append((len(a), len(b)))
                super().__init__(isjunk, a, b, autojunk)

        monkeypatch.setattr(module.difflib, "SequenceMatcher", Counting)

    @property
    def largest(self) -> int:
        return max((a * b for a, b in self.sizes), default=0)


def counted_walks(monkeypatch, module) -> list:
    """The nodes `module` hands ast.walk from now on (a copy of ast stands in for it in that module only):
    a test counts a module's walks of a file instead of timing them."""
    import ast
    import types

    walks: list = []
    proxy = types.ModuleType("ast")
    proxy.__dict__.update(vars(ast))
    proxy.walk = lambda node: walks.append(node) or ast.walk(node)
    monkeypatch.setattr(module, "ast", proxy)
    return walks
