"""Phase 4: lint findings (syntax errors were phase 1). The same bug from ruff and pytest is one."""

from __future__ import annotations

import re

from healer.engine.analysis.classify import classify_lint
from healer.engine.analysis.collect import FailureSet, Stopper
from healer.engine.analysis.compile_errors import is_version_gated
from healer.engine.checks import LintFinding, LintRun
from healer.engine.discovery import CheckPlan
from healer.engine.types import BugType, Failure


def finding_dict(finding: LintFinding) -> dict:
    return {"code": finding.code, "message": finding.message, "line": finding.line, "column": finding.column}


def lint_message(finding: LintFinding) -> str:
    message = finding.message.replace("`", "")
    return f"{finding.code} {message[:1].lower()}{message[1:]}"[:300]


def lint_failures(
    *, lint: LintRun, plan: CheckPlan, failures: FailureSet, stop: Stopper
) -> tuple[set[tuple[str, str, str]], int]:
    """Add a failure per finding; return (keys of all findings, how many count)."""
    keys: set[tuple[str, str, str]] = set()
    count = 0
    for finding in lint.findings:
        if plan.lint_default and finding.file in plan.test_files:
            continue  # the repository asked for no lint: its tests are not the agent's concern
        count += 1
        keys.add((finding.code, finding.file, finding.message))
        if stop() or (finding.is_syntax_error and not is_version_gated(finding)):
            continue
        bug_type = classify_lint(finding.code)
        duplicate = failures.find((finding.file, finding.line, bug_type.value))
        if duplicate is None and bug_type is BugType.LINTING:
            # An import that fails at runtime and is also flagged unused is one bug: the import.
            duplicate = failures.find((finding.file, finding.line, BugType.IMPORT.value))
        if duplicate is not None:
            duplicate.extra.setdefault("lint", []).append(finding_dict(finding))
            continue
        extra: dict = {"lint": [finding_dict(finding)], "finding": finding}
        name = re.search(r"`([^`]+)`", finding.message)
        if name:
            extra["name"] = name.group(1)
        # Not merged with other findings on the same line: each is its own bug for ruff.
        failures.append(
            Failure(
                bug_type=bug_type,
                file=finding.file,
                line=finding.line,
                message=lint_message(finding),
                source="ruff",
                code=finding.code,
                extra=extra,
            )
        )
    return keys, count
