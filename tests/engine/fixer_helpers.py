"""Helpers to run one fixer on one file and failure, without a sandbox."""

from __future__ import annotations

from healer.engine.analysis import classify_exception
from healer.engine.fixers.base import RepairContext
from healer.engine.localise import compile_error
from healer.engine.types import CheckReport, Failure
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
