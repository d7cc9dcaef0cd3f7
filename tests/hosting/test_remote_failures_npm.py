"""The remote CI of an npm project: its GitHub Actions log feeds the run like a Python project's does."""

from __future__ import annotations

from types import SimpleNamespace

from healer.engine.types import BugType, CheckReport, Failure
from runs.hosting.base import CICheck, CILog, RepoRef
from runs.hosting.hooks import HostingSession, _PendingCI
from tests.engine.javascript.conftest import data

SHA = "c" * 40
PLAN = SimpleNamespace(source_files=("src/calc.js",), test_files=frozenset({"test/calc.test.js"}))


def actions_log(text: str) -> str:
    lines = ["##[group]Run npm test", *text.splitlines(), "##[endgroup]"]
    return "\n".join(f"2024-05-01T10:00:{i % 60:02d}.1234567Z {line}" for i, line in enumerate(lines))


def session(lines: list[str]) -> HostingSession:
    return HostingSession(
        run=SimpleNamespace(pk=1),
        hosting=SimpleNamespace(),
        provider=SimpleNamespace(),
        repo=RepoRef(scheme="https", host="github.com", owner="o", name="r"),
        pull_request_mode="off",
        monitor_ci=True,
        log=lines.append,
        should_stop=lambda: False,
    )


def test_it_adds_the_jest_and_eslint_failures_of_the_remote_ci_the_sandbox_did_not_see():
    lines: list[str] = []
    hosting = session(lines)
    check = CICheck(kind="workflow_run", id="7", name="CI", status="completed", conclusion="failure")
    hosting.pending = _PendingCI(
        sha=SHA, logs=[CILog(check=check, name="test", text=actions_log(data("ci-jest-eslint.txt").decode()))]
    )
    seen = Failure(BugType.LINTING, "src/calc.js", 2, "'unused' is assigned a value but never used", "eslint")
    report = CheckReport(passed=0, failed=0, lint_findings=1, failures=[seen])

    new = hosting.remote_failures(report=report, checkout=SimpleNamespace(head_sha=SHA), plan=PLAN)

    assert [(f.bug_type, f.file, f.line, f.source) for f in new] == [
        (BugType.TYPE_ERROR, "src/calc.js", 3, "jest")
    ]
    assert new[0].extra["remote_ci"]["sha"] == SHA
    assert any("2 failure(s) in its logs, 1 also found by the sandbox, 1 added" in line for line in lines)
    assert hosting.pending is None  # read once


def test_a_log_of_another_commit_is_not_used():
    hosting = session([])
    check = CICheck(kind="workflow_run", id="7", name="CI", status="completed", conclusion="failure")
    hosting.pending = _PendingCI(
        sha="d" * 40,
        logs=[CILog(check=check, name="t", text=actions_log(data("ci-jest-eslint.txt").decode()))],
    )
    report = CheckReport(passed=0, failed=0, lint_findings=0, failures=[])
    assert hosting.remote_failures(report=report, checkout=SimpleNamespace(head_sha=SHA), plan=PLAN) == []
