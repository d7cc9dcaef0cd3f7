"""Phase 2: exceptions raised in the repository's code, located at the deepest frame there.

Tests that raise at the same place fail for the same reason only when their exceptions
say the same thing (`classify.reason`): one failure per (place, type, reason), so that a
fix is judged by tests that all fail for what it targets.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable

from healer.engine.analysis.classify import (
    classify_exception,
    exception_message,
    frame_dicts,
    is_compile_level,
    primary_exception,
    reason,
    syntax_info,
)
from healer.engine.analysis.collect import FailureSet, Stopper
from healer.engine.checks import CollectError, TestResult
from healer.engine.localise import Spectrum, deepest_frame
from healer.engine.types import BugType, Failure

SUSPICIOUS_KEEP = 200
MAX_SPECTRUM_TESTS = 50  # failing tests whose coverage ranks one raised failure's lines
_SIGNATURE_RE = re.compile(
    r"^([\w.]+)\(\) (?:missing \d+ required|takes \d+|takes from|takes no|got an unexpected keyword"
    r"|got multiple values)"
)


def signature_frame(
    message: str, source_files: tuple[str, ...], read_source: Callable[[str], str | None]
) -> tuple[str, int, str] | None:
    """The def line of the one function a signature TypeError names (`f() takes 1 positional...`)."""
    match = _SIGNATURE_RE.match(message.strip())
    if not match:
        return None
    name = match.group(1).rsplit(".", 1)[-1]
    found = []
    for file in source_files:
        text = read_source(file)
        if not text or f"def {name}" not in text:
            continue
        try:
            tree = ast.parse(text)
        except (SyntaxError, ValueError):
            continue
        found += [
            (file, node.lineno, name)
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == name
        ]
    return found[0] if len(found) == 1 else None


def _frame(
    item: CollectError | TestResult,
    exc: dict,
    bug_type: BugType,
    source_files: tuple[str, ...],
    read_source: Callable[[str], str | None],
    extra: dict,
) -> tuple[str, int, str]:
    frame = deepest_frame(exc.get("frames", []), source_files)
    if frame is None and bug_type is BugType.TYPE_ERROR:
        # A call that does not fit a signature fails before the callee runs: point at the def.
        frame = signature_frame(exc.get("message", ""), source_files, read_source)
    if frame is None:
        # Nothing in the repository's code raised it: point at the deepest frame we have.
        frames = exc.get("frames", [])
        if not frames:
            extra["unlocalised"] = True
        frame = frames[-1] if frames else (item.nodeid.split("::", 1)[0], 1, "")
    return frame


IMPORT_ERRORS = frozenset({"ImportError", "ModuleNotFoundError"})


def _fallback_root(exc: dict, sources: set[str]) -> dict:
    """The import that failed first, when its `except ImportError:` fallback failed too.

    `try: from urllib.parse import quote` / `except ImportError: from urllib import quote`
    raises the fallback's error, with the first one as its context. The first import is the
    one meant for the Python that runs the code (the fallback serves older ones), so that is
    where the failure is: in the same file, an ImportError raised while handling another.
    """
    depth = 0
    while depth < 3 and exc.get("type") in IMPORT_ERRORS:
        cause = exc.get("cause")
        if not isinstance(cause, dict) or cause.get("type") not in IMPORT_ERRORS:
            break
        here = deepest_frame(exc.get("frames", []), sources)
        there = deepest_frame(cause.get("frames", []), sources)
        if here is None or there is None or here[0] != there[0] or there[1] >= here[1]:
            break
        exc = cause
        depth += 1
    return exc


def raised_failures(
    *,
    items: list[CollectError | TestResult],
    source_files: tuple[str, ...],
    read_source: Callable[[str], str | None],
    spectrum: Callable[[], Spectrum],
    failures: FailureSet,
    stop: Stopper,
) -> list[TestResult]:
    """Add a failure per (place, reason); return the assertion failures left for phase 3."""
    sources = set(source_files)
    left: list[TestResult] = []
    spectra: dict[int, tuple[Failure, list]] = {}
    split: dict[str, list[str]] = {}
    for item in items:
        if stop():
            break
        exc = primary_exception(item.exception)
        if exc is None or syntax_info(item.exception):
            continue
        exc = _fallback_root(exc, sources)
        exc_type = exc.get("type") or "Exception"
        bug_type = classify_exception(exc_type, exc.get("message", ""))
        if is_compile_level(bug_type):
            # A SyntaxError no repository file's compilation raised (syntax_info said so): the
            # code's own check rejecting what it was given, or text it built and then compiled.
            # Wrong behaviour, searched as LOGIC; as SYNTAX it would hide every other failure
            # and go to fixers that look for a file that does not compile, and find none.
            bug_type = BugType.LOGIC
        in_tests = deepest_frame(exc.get("frames", []), sources) is None
        if bug_type is BugType.LOGIC and isinstance(item, TestResult) and in_tests:
            left.append(item)  # an assertion in a test: only coverage can say where the bug is
            continue
        extra: dict = {"exception": exc, "frames": frame_dicts(exc), "when": getattr(item, "when", "")}
        if exc.get("name"):
            extra["name"] = exc["name"]
        file, line, _ = _frame(item, exc, bug_type, source_files, read_source, extra)
        if file not in split:  # read once per file: a suite may fail hundreds of tests in one module
            split[file] = (read_source(file) or "").splitlines()
        lines = split[file]
        source_line = lines[line - 1] if 0 < line <= len(lines) else ""
        group = (file, line, bug_type.value, reason(exc, source_line))
        failure = Failure(
            bug_type=bug_type,
            file=file,
            line=line,
            message=exception_message(exc),
            source="pytest",
            code=exc_type,
            test_ids=(item.nodeid,) if item.nodeid else (),
            extra=extra,
        )
        merged = failures.add(failure, group)
        if isinstance(item, TestResult) and item.covered:
            covered = spectra.setdefault(id(merged), (merged, []))[1]
            if len(covered) < MAX_SPECTRUM_TESTS:
                covered.append(item.covered)
    # Ranked over every test that fails there, not the first one only: a line all of them run and few
    # passing tests do stands out, where one test's spectrum ties every line it ran that no passing
    # test runs (Ochiai's failed-tests term; Abreu et al., 2007).
    for failure, covered in spectra.values():
        failure.extra["suspicious"] = spectrum().ochiai(covered)[:SUSPICIOUS_KEEP]
    return left
