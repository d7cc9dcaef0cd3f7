"""Turn raw check results into classified, localised, de-duplicated failures.

Four phases, one module each:
  1. compile_errors — files that do not compile (they hide everything else);
  2. raised         — exceptions raised in the repository's code, at the deepest frame there;
  3. spectra        — assertion failures in tests, grouped and localised by coverage (Ochiai);
  4. lint           — the linter's findings, merged with the same bug found by the tests.

Everything is linear in the size of the report, and every phase gives up early when
the caller asks (cancellation, time budget): one huge report cannot pin a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from healer.engine.analysis.classify import (
    IMPORT_EXCEPTIONS,
    IMPORT_LINT_CODES,
    PRECEDENCE,
    TYPE_CHECKERS,
    WRAPPER_EXCEPTIONS,
    classify_exception,
    classify_lint,
    is_compile_level,
)
from healer.engine.analysis.collect import FailureSet, Stopper
from healer.engine.analysis.compile_errors import compile_failures
from healer.engine.analysis.lint import lint_failures
from healer.engine.analysis.raised import raised_failures
from healer.engine.analysis.spectra import assertion_failures, import_time_coverage
from healer.engine.checks import CollectError, LintRun, PytestRun, TestResult
from healer.engine.discovery import CheckPlan
from healer.engine.localise import Spectrum, host_judges_syntax
from healer.engine.types import BugType, CheckReport, Failure

__all__ = [
    "ASSERTIONS_DECIDE",
    "IMPORT_EXCEPTIONS",
    "IMPORT_LINT_CODES",
    "PRECEDENCE",
    "WRAPPER_EXCEPTIONS",
    "Analysis",
    "analyse",
    "checks_decide",
    "classify_exception",
    "classify_lint",
    "failure_order",
    "failure_precedence",
    "is_compile_level",
]


@dataclass
class Analysis:
    """Everything one check run produced, plus the report handed to the caller."""

    tests: PytestRun
    lint: LintRun
    failures: list[Failure]
    report: CheckReport
    lint_keys: set[tuple[str, str, str]] = field(default_factory=set)  # (code, file, message)
    stopped: bool = False  # the caller stopped the analysis: failures may be incomplete
    notes: list[str] = field(default_factory=list)  # what is wrong but no bug (a test needs the network)
    # Tests that fail in this run but passed on their own (another failing test spoiled their
    # state, see trial.Trier._judge_alone): their failures are worked on after the others.
    order_dependent: set[str] = field(default_factory=set)

    @property
    def passed_ids(self) -> set[str]:
        return self.tests.passed_ids

    def blocking(self) -> list[Failure]:
        """Failures to work on now: syntax/indentation ones hide the rest."""
        syntax = [f for f in self.failures if failure_precedence(f) == 0]
        return syntax or list(self.failures)


def analyse(
    *,
    plan: CheckPlan,
    tests: PytestRun,
    lint: LintRun,
    read_source: Callable[[str], str | None],
    should_stop: Callable[[], bool] | None = None,
) -> Analysis:
    stop = Stopper(should_stop)
    failures = FailureSet()
    import_time_coverage(tests, plan.source_files)
    items: list[CollectError | TestResult] = [*tests.collect_errors]
    items += [t for t in tests.tests.values() if t.failed]
    # Syntax errors in test files are reported too (never fixed: tests are not the agent's to edit).
    python_files = set(plan.source_files) | {f for f in plan.test_files if f.endswith(".py")}
    compile_failures(
        items=items,
        lint_findings=lint.findings,
        python_files=python_files,
        read_source=read_source,
        host_trusted=host_judges_syntax(tests.python),
        failures=failures,
        stop=stop,
    )
    spectrum = _lazy_spectrum(tests, plan.source_files)
    left = raised_failures(
        items=items,
        source_files=plan.source_files,
        read_source=read_source,
        spectrum=spectrum,
        failures=failures,
        stop=stop,
    )
    assertion_failures(tests=left, spectrum=spectrum, failures=failures, stop=stop, read_source=read_source)
    lint_keys, lint_count = lint_failures(lint=lint, plan=plan, failures=failures, stop=stop)
    found = sorted(failures.finish(), key=failure_order)
    for failure in found:
        checks_decide(failure)
    report = CheckReport(
        passed=len(tests.passed_ids),
        failed=len(tests.failed_ids) + len(tests.collect_errors) + (1 if tests.error else 0),
        lint_findings=lint_count + (1 if lint.error else 0),
        failures=found,
        log=_log_excerpt(tests, lint, stopped=stop.stopped),
        duration=tests.duration + lint.duration,
    )
    return Analysis(
        tests=tests, lint=lint, failures=found, report=report, lint_keys=lint_keys, stopped=stop.stopped
    )


# `Failure.extra["checks_decide"]` for Python (validation.fails_own_check reads it): a test's failed
# assertion is its own check.
ASSERTIONS_DECIDE = "assertions"


def checks_decide(failure: Failure) -> None:
    """Opt a Python LOGIC failure into validation.fails_own_check: its wrong value is fixed only when the
    targeted tests' assertions pass. A test that now fails a later assertion of its own was accepted
    as "a bug further on" (tier 2) until round 43, and was the symptom moved: dice's `return result - 1`
    passed `(1, 2, 4, 6, 8) f 5` and failed `6 f 5` on the next line (the twenty-sixth held-out half).
    Such an edit is a partial patch now, which a second edit can complete (Engine._stacked)."""
    if failure.bug_type is BugType.LOGIC:
        failure.extra.setdefault("checks_decide", ASSERTIONS_DECIDE)


def _lazy_spectrum(tests: PytestRun, source_files: tuple[str, ...]) -> Callable[[], Spectrum]:
    """The passing tests' spectrum, counted once and only when a failing test has coverage."""
    built: list[Spectrum] = []

    def get() -> Spectrum:
        if not built:
            passing = (t.covered for t in tests.tests.values() if t.outcome == "passed")
            built.append(Spectrum(passing, source_files))
        return built[0]

    return get


def failure_precedence(failure: Failure) -> int:
    """PRECEDENCE of its type, unless its language says otherwise: an indent rule's finding in
    JavaScript is INDENTATION, yet the file still runs, so it waits with the lint findings."""
    override = failure.extra.get("precedence")
    return override if isinstance(override, int) else PRECEDENCE[failure.bug_type]


def failure_order(failure: Failure) -> tuple:
    """Precedence first; LOGIC failures the localiser is surest about before the others; a type
    checker's TYPE_ERROR before a runtime one: the checker names the expression where the types
    disagree, the runtime TypeError is often that value's crash further on (a Promise passed
    where a string is wanted fails as `text.split is not a function` in the callee), and the
    checker alone validates its fix. Python's failures never come from a type checker."""
    confidence = failure.extra.get("confidence") if failure.bug_type is BugType.LOGIC else None
    sure = tuple(-value for value in confidence) if confidence else (0.0, 0.0, 0.0)
    checked = 0 if failure.bug_type is BugType.TYPE_ERROR and failure.source in TYPE_CHECKERS else 1
    return (failure_precedence(failure), *sure, checked, failure.file, failure.line)


def _log_excerpt(tests: PytestRun, lint: LintRun, *, stopped: bool) -> str:
    parts = []
    if stopped:
        parts.append("(analysis stopped early: the failures below may be incomplete)")
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
