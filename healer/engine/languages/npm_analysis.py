"""An npm project's check results → the engine's `Analysis`: classified, located failures.

Classification is the JavaScript toolkit's (`healer.engine.javascript.classify`: the six
types with the Python analysis' precedence). Failed assertions are localised the way
Python's are (`healer.engine.analysis.spectra`): Ochiai over the per-test coverage, failing
tests grouped by the most suspicious line they executed (Jones, Bowring and Harrold,
"Debugging in Parallel", ISSTA 2007), so two bugs give two failures.

A test that needs the network is an environment problem, not a bug: it is reported as a
note and never becomes a failure to heal.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from healer.engine.analysis import Analysis, failure_order
from healer.engine.analysis.collect import FailureSet, Stopper
from healer.engine.analysis.spectra import assertion_failures
from healer.engine.checks import LintRun, PytestRun
from healer.engine.javascript.classify import INDENT_RULES, Repository, classify
from healer.engine.javascript.lint import EslintMessage, TscDiagnostic
from healer.engine.javascript.suspects import coverage_clusters
from healer.engine.languages.npm_run import BUILD_NODEID, NpmLintRun, NpmTestRun
from healer.engine.localise import Spectrum
from healer.engine.types import BugType, CheckReport, Failure

SUSPICIOUS_KEEP = 200
LINTING_PRECEDENCE = 2


@dataclass(frozen=True)
class NpmFacts:
    """What the analysis reads besides the run: the repository's files and installed packages."""

    files: Collection[str]
    test_files: Collection[str]
    source_files: Collection[str]
    packages: Collection[str]
    repo_dir: str = ""  # the working copy's path in the sandbox, left out of messages


def analyse_npm(
    *,
    facts: NpmFacts,
    tests: PytestRun,
    lint: LintRun,
    read_source: Callable[[str], str | None],
    should_stop: Callable[[], bool] | None = None,
) -> Analysis:
    stop = Stopper(should_stop)
    js = tests.js if isinstance(tests, NpmTestRun) else None
    eslint: list[EslintMessage] = lint.eslint if isinstance(lint, NpmLintRun) else []
    tsc: list[TscDiagnostic] = lint.tsc if isinstance(lint, NpmLintRun) else []
    if isinstance(tests, NpmTestRun):
        tsc = tsc + [d for d in tests.tsc if d not in tsc]
    reported = {t.file for t in js.tests.values()} if js else set()
    repo = Repository(
        files=facts.files,
        read=read_source,
        packages=facts.packages,
        test_files=set(facts.test_files) | reported,
    )
    found = classify(repo=repo, tests=js, eslint=eslint, tsc=tsc)
    failures = FailureSet()
    localise = []
    for failure in found.failures:
        _lint_entry(failure)
        if failure.bug_type is BugType.INDENTATION and failure.code in INDENT_RULES:
            # An indent-rule finding does not stop the file from running: it waits with the lint.
            failure.extra["precedence"] = LINTING_PRECEDENCE
        if failure.extra.get("localise") and failure.file in repo.test_files | _test_like(failure, repo):
            localise += [tests.tests[t] for t in failure.test_ids if t in tests.tests]
            continue
        if failure.extra.get("localise"):
            failure.extra["suspicious"] = _ranked(tests, failure, facts)
        if failure.bug_type is BugType.TYPE_ERROR and failure.source != "tsc":
            # A TypeError gone, the test's own check failing at the same statement: the call now
            # returns and a bug it hid is next (validation.moved_on's opt-in).
            failure.extra["completes_is_progress"] = True
        failures.add(failure)
    spectrum = _lazy_spectrum(tests, facts.source_files)
    # Two faults' tests localised apart (suspects.coverage_clusters, "Debugging in parallel"), each
    # cluster then grouped by its own most suspicious lines as before.
    for cluster in coverage_clusters(localise, spectrum=spectrum()) if localise else ():
        assertion_failures(tests=cluster, spectrum=spectrum, failures=failures, stop=stop)
    runner = js.runner if js else "npm"
    for failure in failures.failures:
        if failure.source == "pytest":
            failure.source = runner  # spectra names its own source
        if failure.bug_type is BugType.LOGIC:
            # A wrong value is fixed only when the checks that saw it pass: a test's own check still
            # failing (other values, or a later check) is never "further on" (validation's opt-in).
            failure.extra["checks_decide"] = True
        failure.message = _relative(failure.message, facts.repo_dir)
    ordered = sorted(failures.finish(), key=failure_order)
    lint_keys = {(f.code, f.file, f.message) for f in lint.findings}
    report = CheckReport(
        passed=len(tests.passed_ids),
        failed=len(tests.failed_ids) + len(tests.collect_errors) + (1 if tests.error else 0),
        lint_findings=len(lint.findings) + (1 if lint.error else 0),
        failures=ordered,
        log=_log_excerpt(tests, lint, found.problems, stopped=stop.stopped),
        duration=tests.duration + lint.duration,
    )
    return Analysis(
        tests=tests,
        lint=lint,
        failures=ordered,
        report=report,
        lint_keys=lint_keys,
        stopped=stop.stopped,
        notes=list(dict.fromkeys(found.problems)),
    )


def _relative(message: str, repo_dir: str) -> str:
    """A message without the sandbox's path of the repository (`/work/src/a.js` -> `src/a.js`)."""
    if not repo_dir:
        return message
    base = repo_dir.rstrip("/") + "/"
    return message.replace(f"file://{base}", "").replace(base, "")


def _test_like(failure: Failure, repo: Repository) -> set[str]:
    return {failure.file} if failure.file and repo.is_test(failure.file) else set()


def _lint_entry(failure: Failure) -> None:
    """A failure a static check found carries its finding, as validation.lint_count reads it."""
    message = failure.extra.get("eslint") or failure.extra.get("tsc")
    if isinstance(message, EslintMessage):
        failure.extra["lint"] = [
            {"code": message.rule, "message": message.message, "line": message.line, "column": message.column}
        ]
    elif isinstance(message, TscDiagnostic):
        failure.extra["lint"] = [
            {
                "code": f"TS{message.code}",
                "message": message.message,
                "line": message.line,
                "column": message.column,
            }
        ]


def _lazy_spectrum(tests: PytestRun, source_files: Collection[str]) -> Callable[[], Spectrum]:
    built: list[Spectrum] = []

    def get() -> Spectrum:
        if not built:
            passing = (t.covered for t in tests.tests.values() if t.outcome == "passed")
            built.append(Spectrum(passing, source_files))
        return built[0]

    return get


def _ranked(tests: PytestRun, failure: Failure, facts: NpmFacts) -> list[tuple[str, int, float]]:
    """Ochiai over the failure's own tests, for a LOGIC error raised in the code (not an assertion)."""
    failing = [
        tests.tests[t].covered for t in failure.test_ids if t in tests.tests and tests.tests[t].covered
    ]
    if not failing:
        return []
    passing = [t.covered for t in tests.tests.values() if t.outcome == "passed"]
    return Spectrum(passing, facts.source_files).ochiai(failing)[:SUSPICIOUS_KEEP]


def _log_excerpt(tests: PytestRun, lint: LintRun, problems: list[str], *, stopped: bool) -> str:
    parts = []
    if stopped:
        parts.append("(analysis stopped early: the failures below may be incomplete)")
    parts += problems[:5]
    if tests.error:
        parts.append(tests.error)
    elif any(e.nodeid == BUILD_NODEID for e in tests.collect_errors):
        parts.append("the build step of the test script failed (tsc): no test could run")
    elif tests.output:
        parts.append(tests.output.strip()[-2000:])
    if lint.error:
        parts.append(lint.error)
    elif lint.findings:
        parts.append(
            "\n".join(f"{f.file}:{f.line}:{f.column}: {f.code} {f.message}" for f in lint.findings[:30])
        )
    return "\n".join(parts)[-6000:]
