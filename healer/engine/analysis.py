"""Turn raw check results into classified, localised, de-duplicated failures.

Classification (exactly the six types of docs/ARCHITECTURE.md):
  IndentationError / TabError                  -> INDENTATION
  other SyntaxError                            -> SYNTAX
  ImportError / ModuleNotFoundError / NameError -> IMPORT   (ruff F821/F822 too)
  TypeError                                    -> TYPE_ERROR
  AssertionError (and other wrong behaviour)   -> LOGIC
  other ruff findings (F401, F841, F541, ...)  -> LINTING

Precedence: a SYNTAX/INDENTATION failure hides the others (they are fixed
first and the checks re-run), then IMPORT, LINTING, TYPE_ERROR, LOGIC.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from healer.engine.checks import LintFinding, LintRun, PytestRun, TestResult
from healer.engine.discovery import CheckPlan
from healer.engine.localise import compile_error, deepest_frame, ochiai
from healer.engine.types import BugType, CheckReport, Failure

PRECEDENCE = {
    BugType.INDENTATION: 0,
    BugType.SYNTAX: 0,
    BugType.IMPORT: 1,
    BugType.LINTING: 2,
    BugType.TYPE_ERROR: 3,
    BugType.LOGIC: 4,
}
IMPORT_EXCEPTIONS = frozenset({"ImportError", "ModuleNotFoundError", "NameError"})
WRAPPER_EXCEPTIONS = frozenset({"CollectError", "ConftestImportFailure"})
IMPORT_LINT_CODES = frozenset({"F821", "F822"})
SUSPICIOUS_KEEP = 200


@dataclass
class Analysis:
    """Everything one check run produced, plus the report handed to the caller."""

    tests: PytestRun
    lint: LintRun
    failures: list[Failure]
    report: CheckReport
    lint_keys: set[tuple[str, str, str]] = field(default_factory=set)  # (code, file, message)

    @property
    def passed_ids(self) -> set[str]:
        return self.tests.passed_ids

    def blocking(self) -> list[Failure]:
        """Failures to work on now: syntax/indentation ones hide the rest."""
        syntax = [f for f in self.failures if PRECEDENCE[f.bug_type] == 0]
        return syntax or list(self.failures)


def _primary_exception(exc: dict | None) -> dict | None:
    while exc and exc.get("type") in WRAPPER_EXCEPTIONS and exc.get("cause"):
        exc = exc["cause"]
    return exc


def _syntax_info(exc: dict | None) -> dict | None:
    """The SyntaxError (or subclass) in an exception chain, if any."""
    depth = 0
    while exc and depth < 5:
        if exc.get("syntax"):
            return exc
        exc = exc.get("cause")
        depth += 1
    return None


def classify_exception(exc_type: str, message: str = "") -> BugType:
    if exc_type in ("IndentationError", "TabError"):
        return BugType.INDENTATION
    if exc_type == "SyntaxError":
        return BugType.SYNTAX
    if exc_type in IMPORT_EXCEPTIONS:
        return BugType.IMPORT
    if exc_type == "TypeError":
        return BugType.TYPE_ERROR
    return BugType.LOGIC


def classify_lint(code: str) -> BugType:
    if code in IMPORT_LINT_CODES:
        return BugType.IMPORT
    return BugType.LINTING


_NAME_RE = re.compile(r"name '([^']+)' is not defined")


def _exception_message(exc: dict) -> str:
    text = (exc.get("message") or "").strip().splitlines()
    first = text[0] if text else ""
    return f"{exc.get('type', 'Exception')}: {first}"[:300]


def analyse(
    *,
    plan: CheckPlan,
    tests: PytestRun,
    lint: LintRun,
    read_source: Callable[[str], str | None],
) -> Analysis:
    source_files = set(plan.source_files)
    # Syntax errors in test files are reported too (never fixed: tests are not the agent's to edit).
    python_files = source_files | {f for f in plan.test_files if f.endswith(".py")}
    failures: list[Failure] = []
    by_key: dict[tuple[str, int, str], Failure] = {}

    def add(failure: Failure) -> Failure:
        existing = by_key.get(failure.key)
        if existing is not None:
            merged = tuple(dict.fromkeys(existing.test_ids + failure.test_ids))
            existing.test_ids = merged
            for name, value in failure.extra.items():
                existing.extra.setdefault(name, value)
            return existing
        by_key[failure.key] = failure
        failures.append(failure)
        return failure

    # 1. Compile errors, located by CPython (the sandbox's report first, then the host's compile()).
    syntax_files: dict[str, dict] = {}
    failed_tests = [t for t in tests.tests.values() if t.failed]
    for item in [*tests.collect_errors, *failed_tests]:
        info = _syntax_info(item.exception)
        if info:
            syntax = info["syntax"]
            file = syntax.get("filename") or ""
            if file in python_files and file not in syntax_files:
                syntax_files[file] = {
                    "type": info.get("type") or "SyntaxError",
                    **syntax,
                    "test": item.nodeid,
                }
            elif file in python_files:
                syntax_files[file].setdefault("tests", []).append(item.nodeid)
    for finding in lint.findings:
        if finding.is_syntax_error and finding.file in python_files and finding.file not in syntax_files:
            syntax_files[finding.file] = {"type": "", "lint": finding}
    for file, info in sorted(syntax_files.items()):
        text = read_source(file)
        located = compile_error(text, file) if text is not None else None
        test_ids = tuple(x for x in [info.get("test"), *info.get("tests", [])] if x)
        if located is not None:
            kind, line, message = located.kind, located.line, located.message
            extra = {
                "offset": located.offset,
                "end_line": located.end_line,
                "end_offset": located.end_offset,
                "text": located.text,
                "msg": located.message,
            }
        elif info.get("lineno"):
            kind, line, message = info["type"], int(info["lineno"]), info.get("msg") or "invalid syntax"
            extra = {"offset": info.get("offset"), "msg": message, "text": info.get("text", "")}
        else:
            finding: LintFinding = info["lint"]
            kind, line, message = "SyntaxError", finding.line, finding.message
            extra = {"offset": finding.column, "msg": message, "text": ""}
        add(
            Failure(
                bug_type=classify_exception(kind or "SyntaxError"),
                file=file,
                line=line,
                message=message,
                source="compile",
                code=kind or "SyntaxError",
                test_ids=test_ids,
                extra=extra,
            )
        )

    # 2. Test failures and collection errors (other than compile errors).
    passing_coverage = [t.covered for t in tests.tests.values() if t.outcome == "passed"]
    logic_tests: list[TestResult] = []
    for item in [*tests.collect_errors, *failed_tests]:
        exc = _primary_exception(item.exception)
        if exc is None or _syntax_info(item.exception):
            continue
        exc_type = exc.get("type") or "Exception"
        bug_type = classify_exception(exc_type, exc.get("message", ""))
        frame = deepest_frame(exc.get("frames", []), source_files)
        if frame is None and bug_type is BugType.LOGIC and isinstance(item, TestResult):
            logic_tests.append(item)
            continue
        extra = {"exception": exc, "frames": _frame_dicts(exc), "when": getattr(item, "when", "")}
        if exc.get("name"):
            extra["name"] = exc["name"]
        if frame is None and bug_type is BugType.TYPE_ERROR:
            # A call that does not fit a signature fails before the callee runs: point at the def.
            frame = _signature_frame(exc.get("message", ""), plan.source_files, read_source)
        if frame is None:
            # Nothing in the repository's code raised it: point at the deepest frame we have.
            frames = exc.get("frames", [])
            if not frames:
                extra["unlocalised"] = True
            frame = frames[-1] if frames else (item.nodeid.split("::", 1)[0], 1, "")
        failure = Failure(
            bug_type=bug_type,
            file=frame[0],
            line=frame[1],
            message=_exception_message(exc),
            source="pytest",
            code=exc_type,
            test_ids=(item.nodeid,) if item.nodeid else (),
            extra=extra,
        )
        if isinstance(item, TestResult) and item.covered:
            failure.extra["suspicious"] = ochiai(
                failing=[item.covered], passing=passing_coverage, files=source_files
            )[:SUSPICIOUS_KEEP]
        add(failure)

    # 3. Assertion failures: group tests by their most suspicious line (Ochiai per test).
    # Ties within one group are common (every line of a function its test runs): lines that
    # more of ALL the failing tests run come first (a bug in a helper fails its callers' tests too).
    overall = {
        (f, n): score
        for f, n, score in ochiai(
            failing=[t.covered for t in logic_tests], passing=passing_coverage, files=source_files
        )
    }

    def rank(tests: list[TestResult]) -> list[tuple[str, int, float]]:
        ranked = ochiai(failing=[t.covered for t in tests], passing=passing_coverage, files=source_files)
        ranked.sort(key=lambda item: (-item[2], -overall.get((item[0], item[1]), 0.0)))
        return ranked

    groups: dict[tuple[str, int], list[TestResult]] = {}
    for test in logic_tests:
        ranked = rank([test])
        top = (ranked[0][0], ranked[0][1]) if ranked else (test.file, _test_line(test))
        groups.setdefault(top, []).append(test)
    for (file, line), group in groups.items():
        exc = _primary_exception(group[0].exception) or {}
        ranked = rank(group)[:SUSPICIOUS_KEEP]
        # How sure the localiser is: the top score, its share of all failures, how few lines tie.
        top_score = ranked[0][2] if ranked else 0.0
        tied = sum(1 for item in ranked if item[2] == top_score)
        confidence = (top_score, overall.get((file, line), 0.0), -tied)
        add(
            Failure(
                bug_type=BugType.LOGIC,
                file=file,
                line=line,
                message=_exception_message(exc) if exc else "test failed",
                source="pytest",
                code=exc.get("type", "") if exc else "",
                test_ids=tuple(t.nodeid for t in group),
                extra={
                    "exception": exc,
                    "frames": _frame_dicts(exc),
                    "suspicious": ranked,
                    "unlocalised": not ranked,
                    "confidence": confidence,
                    "longrepr": group[0].longrepr,
                },
            )
        )

    # 4. Lint findings (syntax errors were handled above). Same bug from ruff and pytest -> one.
    lint_keys: set[tuple[str, str, str]] = set()
    lint_count = 0
    for finding in lint.findings:
        if plan.lint_default and finding.file in plan.test_files:
            continue  # the repository asked for no lint: its tests are not the agent's concern
        lint_count += 1
        lint_keys.add((finding.code, finding.file, finding.message))
        if finding.is_syntax_error:
            continue
        bug_type = classify_lint(finding.code)
        duplicate = by_key.get((finding.file, finding.line, bug_type.value))
        if duplicate is None and bug_type is BugType.LINTING:
            # An import that fails at runtime and is also flagged unused is one bug: the import.
            duplicate = by_key.get((finding.file, finding.line, BugType.IMPORT.value))
        if duplicate is not None:
            duplicate.extra.setdefault("lint", []).append(_finding_dict(finding))
            continue
        extra = {"lint": [_finding_dict(finding)], "finding": finding}
        name = re.search(r"`([^`]+)`", finding.message)
        if name:
            extra["name"] = name.group(1)
        # Not merged with other findings on the same line: each is its own bug for ruff.
        failures.append(
            Failure(
                bug_type=bug_type,
                file=finding.file,
                line=finding.line,
                message=_lint_message(finding),
                source="ruff",
                code=finding.code,
                extra=extra,
            )
        )

    failures.sort(key=_order)
    report = CheckReport(
        passed=len(tests.passed_ids),
        failed=len(tests.failed_ids) + len(tests.collect_errors) + (1 if tests.error else 0),
        lint_findings=lint_count + (1 if lint.error else 0),
        failures=failures,
        log=_log_excerpt(tests, lint),
        duration=tests.duration + lint.duration,
    )
    return Analysis(tests=tests, lint=lint, failures=failures, report=report, lint_keys=lint_keys)


_SIGNATURE_RE = re.compile(
    r"^([\w.]+)\(\) (?:missing \d+ required|takes \d+|takes from|takes no|got an unexpected keyword"
    r"|got multiple values)"
)


def _signature_frame(
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


def _order(failure: Failure) -> tuple:
    """Precedence first; LOGIC failures the localiser is surest about before the others."""
    confidence = failure.extra.get("confidence") if failure.bug_type is BugType.LOGIC else None
    sure = tuple(-value for value in confidence) if confidence else (0.0, 0.0, 0.0)
    return (PRECEDENCE[failure.bug_type], *sure, failure.file, failure.line)


def _frame_dicts(exc: dict | None) -> list[dict]:
    """Traceback frames inside the repository, outermost first, as {"file", "line", "function"}."""
    return [{"file": f, "line": n, "function": fn} for f, n, fn in (exc or {}).get("frames", [])]


def _test_line(test: TestResult) -> int:
    exc = test.exception or {}
    for frame in reversed(exc.get("frames", [])):
        if frame[0] == test.file:
            return frame[1]
    return 1


def _finding_dict(finding: LintFinding) -> dict:
    return {"code": finding.code, "message": finding.message, "line": finding.line, "column": finding.column}


def _lint_message(finding: LintFinding) -> str:
    message = finding.message.replace("`", "")
    return f"{finding.code} {message[:1].lower()}{message[1:]}"[:300]


def _log_excerpt(tests: PytestRun, lint: LintRun) -> str:
    parts = []
    if tests.error:
        parts.append(tests.error)
    elif tests.output:
        parts.append(tests.output.strip()[-2000:])
    if lint.error:
        parts.append(lint.error)
    elif lint.findings:
        lines = [f"{f.file}:{f.line}:{f.column}: {f.code} {f.message}" for f in lint.findings[:30]]
        parts.append("\n".join(lines))
    return "\n".join(parts)[-6000:]
