"""Helpers to run one fixer on one file and failure, without a sandbox."""

from __future__ import annotations

import textwrap

from healer.engine.analysis import classify_exception
from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.lineedit import split_lines
from healer.engine.fixers.type_errors import TypeErrorFixer
from healer.engine.localise import compile_error
from healer.engine.types import BugType, CheckReport, Failure
from healer.engine.workspace import Workspace


def compile_failure(ws: Workspace, file: str) -> Failure:
    """The failure the engine would build for a file that does not compile."""
    error = compile_error(ws.read_text(file), file)
    assert error is not None, "the fixture must not compile"
    return Failure(
        bug_type=classify_exception(error.kind),
        file=file,
        line=error.line,
        message=error.message,
        source="compile",
        code=error.kind,
        extra={
            "offset": error.offset,
            "end_line": error.end_line,
            "end_offset": error.end_offset,
            "msg": error.message,
        },
    )


def context(ws: Workspace, *, tests: frozenset[str] = frozenset()) -> RepairContext:
    sources = tuple(f for f in ws.iter_files() if f.endswith(".py") and f not in tests)
    return RepairContext(workspace=ws, report=CheckReport(), test_files=tests, source_files=sources)


def runtime_failure(file: str, line: int, kind: str, message: str, **extra) -> Failure:
    return Failure(
        bug_type=classify_exception(kind, message),
        file=file,
        line=line,
        message=f"{kind}: {message}",
        source="pytest",
        code=kind,
        extra={"exception": {"type": kind, "message": message}, **extra},
    )


TYPE_TEST = "tests/test_app.py"


def type_error_candidates(project, files: dict[str, str], message: str, crash: tuple[str, str]):
    """The TypeErrorFixer's candidates for `TypeError: message` raised at the first line of
    `crash[0]` holding `crash[1]`, in a project made of `files` (dedented) and one test module."""
    files = {k: textwrap.dedent(v).lstrip("\n") for k, v in files.items()}
    files.setdefault(TYPE_TEST, "def test_it():\n    pass\n")
    ws = project(files)
    file, needle = crash
    line = next(n for n, text in enumerate(split_lines(files[file]), 1) if needle in text)
    failure = Failure(
        bug_type=BugType.TYPE_ERROR,
        file=file,
        line=line,
        message=f"TypeError: {message}",
        source="pytest",
        code="TypeError",
        extra={
            "exception": {"type": "TypeError", "message": message},
            "frames": [{"file": file, "line": line, "function": "f"}],
        },
    )
    ctx = RepairContext(workspace=ws, report=CheckReport(), test_files=frozenset({TYPE_TEST}))
    return TypeErrorFixer().candidates(failure, ctx)
