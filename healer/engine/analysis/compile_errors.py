"""Phase 1: files that do not compile, located by CPython.

The sandbox's own report comes first: its Python is the one that runs the code. The
host's compile() only adds detail (end positions, its message) when it agrees on the
line, and locates what only the linter saw when the host can judge the file's syntax.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from healer.engine.analysis.classify import classify_exception, syntax_info
from healer.engine.analysis.collect import FailureSet, Stopper
from healer.engine.checks import CollectError, LintFinding, TestResult
from healer.engine.localise import compile_error
from healer.engine.types import Failure

# ruff's "Cannot use `match` statement on Python 3.8 (syntax was added in Python 3.10)":
# the code compiles on the Python that runs it; the finding is about the declared version.
VERSION_GATED_RE = re.compile(r"^(SyntaxError: )?Cannot use .* on Python \d")
INDENTATION_KINDS = frozenset({"IndentationError", "TabError"})
# How far below the host's indentation error the linter's finding may be and still be the same one.
INDENTATION_DRIFT = 3


def is_version_gated(finding: LintFinding) -> bool:
    return bool(VERSION_GATED_RE.match(finding.message))


def _sandbox_reports(
    items: Iterable[CollectError | TestResult], python_files: set[str], stop: Stopper
) -> dict[str, dict]:
    found: dict[str, dict] = {}
    for item in items:
        if stop():
            break
        info = syntax_info(item.exception)
        if not info:
            continue
        syntax = info["syntax"]
        file = syntax.get("filename") or ""
        if file not in python_files:
            continue
        if file not in found:
            found[file] = {"type": info.get("type") or "SyntaxError", **syntax, "tests": []}
        if item.nodeid:
            found[file]["tests"].append(item.nodeid)
    return found


def _located(file: str, info: dict, text: str | None, host_trusted: bool) -> tuple[str, int, str, dict]:
    """(kind, line, message, extra) of one file's compile error."""
    host = compile_error(text, file) if text is not None else None
    sandbox_line = info.get("lineno")
    lint_line = info["lint"].line if info.get("lint") is not None else None
    # Two parsers agreeing on the line (the linter's and the host's) locate it as well as the
    # sandbox would, even when the host's Python is older than the sandbox's.
    agreed = host is not None and (host_trusted or host.line == lint_line)
    # An IndentationError or TabError is the tokenizer's verdict on whitespace, which no Python
    # version since 3.0 has changed: the host judges it for a newer sandbox too, where the linter
    # points a line or more below (ruff reads a space-indented line among tabs as the next line's
    # "unindent does not match"). Its kind and line stand when the linter's finding is close by.
    # Round 55 (r350: a TabError reported as SYNTAX one line below the line the fix edits).
    if (
        host is not None
        and not agreed
        and lint_line is not None
        and host.kind in INDENTATION_KINDS
        and 0 <= lint_line - host.line <= INDENTATION_DRIFT
    ):
        agreed = True
    if host is not None and (host.line == sandbox_line or (not sandbox_line and agreed)):
        extra = {
            "offset": host.offset,
            "end_line": host.end_line,
            "end_offset": host.end_offset,
            "text": host.text,
            "msg": host.message,
        }
        return host.kind, host.line, host.message, extra
    if sandbox_line:
        message = info.get("msg") or "invalid syntax"
        return (
            info["type"],
            int(sandbox_line),
            message,
            {
                "offset": info.get("offset"),
                "msg": message,
                "text": info.get("text", ""),
            },
        )
    finding: LintFinding = info["lint"]
    return (
        "SyntaxError",
        finding.line,
        finding.message,
        {"offset": finding.column, "msg": finding.message, "text": ""},
    )


def compile_failures(
    *,
    items: list[CollectError | TestResult],
    lint_findings: list[LintFinding],
    python_files: set[str],
    read_source: Callable[[str], str | None],
    host_trusted: bool,
    failures: FailureSet,
    stop: Stopper,
) -> None:
    files = _sandbox_reports(items, python_files, stop)
    for finding in lint_findings:
        if (
            finding.is_syntax_error
            and not is_version_gated(finding)
            and finding.file in python_files
            and finding.file not in files
        ):
            files[finding.file] = {"type": "", "lint": finding, "tests": []}
    for file, info in sorted(files.items()):
        if stop():
            break
        kind, line, message, extra = _located(file, info, read_source(file), host_trusted)
        kind = kind or "SyntaxError"
        failures.add(
            Failure(
                bug_type=classify_exception(kind),
                file=file,
                line=line,
                message=message,
                source="compile",
                code=kind,
                test_ids=tuple(info["tests"]),
                extra=extra,
            )
        )
