"""A repository with several languages: every language's checks, one report, one precedence.

Each language runs its own tests and static checks; their results are merged into one run
(tests are told apart by their file, which one language owns) and the failures of all are
sorted by the same precedence (`healer.engine.analysis.failure_order`), so a syntax error in
either language is worked on before a logic error in the other. A targeted run asks each
language only for its own tests, and a language none of whose tests are named does not run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from healer.engine.analysis import Analysis, failure_order
from healer.engine.checks import LintRun, PytestRun
from healer.engine.fixers.base import Fixer
from healer.engine.languages.base import HostParser, Language
from healer.engine.types import CheckReport, Failure


@dataclass
class CombinedTestRun(PytestRun):
    parts: dict[str, PytestRun] = field(default_factory=dict)  # language name -> its own run


@dataclass
class CombinedLintRun(LintRun):
    parts: dict[str, LintRun] = field(default_factory=dict)


def _join(texts: Sequence[str]) -> str:
    return "\n".join(text for text in texts if text)


def merge_test_runs(parts: dict[str, PytestRun]) -> CombinedTestRun:
    merged = CombinedTestRun(parts=dict(parts))
    for run in parts.values():
        merged.tests.update(run.tests)
        merged.collect_errors += run.collect_errors
        merged.modules |= run.modules
        merged.duration += run.duration
        merged.timed_out = merged.timed_out or run.timed_out
        merged.trimmed = merged.trimmed or run.trimmed
        merged.python = merged.python or run.python
    merged.error = _join([run.error for run in parts.values()])
    merged.output = _join([run.output for run in parts.values()])[-4000:]
    merged.coverage = bool(parts) and all(run.coverage for run in parts.values())
    statuses = [run.exitstatus for run in parts.values() if run.exitstatus is not None]
    merged.exitstatus = max(statuses) if statuses else None
    return merged


def merge_lint_runs(parts: dict[str, LintRun]) -> CombinedLintRun:
    merged = CombinedLintRun(parts=dict(parts))
    for run in parts.values():
        merged.findings += run.findings
        merged.duration += run.duration
    merged.error = _join([run.error for run in parts.values()])
    merged.output = _join([run.output for run in parts.values()])[-4000:]
    return merged


@dataclass(frozen=True)
class CombinedPlan:
    plans: tuple = ()  # the languages' plans, read live (a language may learn more test files)

    @property
    def test_files(self) -> frozenset[str]:
        return frozenset().union(*(plan.test_files for plan in self.plans))

    @property
    def source_files(self) -> tuple[str, ...]:
        tests = self.test_files
        return tuple(dict.fromkeys(f for plan in self.plans for f in plan.source_files if f not in tests))

    @property
    def notes(self) -> tuple[str, ...]:
        return tuple(note for plan in self.plans for note in plan.notes)

    @property
    def lint_default(self) -> bool:
        return all(plan.lint_default for plan in self.plans)

    def describe(self) -> str:
        return "; ".join(plan.describe() for plan in self.plans)


class CombinedRunner:
    def __init__(self, languages: Sequence[Language]) -> None:
        self.languages = list(languages)

    def _owner(self, node_id: str) -> Language | None:
        file = node_id.split("::", 1)[0]
        return next((language for language in self.languages if language.owns(file)), None)

    def run_tests(
        self,
        *,
        node_ids: Sequence[str] = (),
        coverage: bool = False,
        test_timeout: float | None = None,
        command_timeout: float | None = None,
    ) -> CombinedTestRun:
        limits = {"test_timeout": test_timeout, "command_timeout": command_timeout}
        parts: dict[str, PytestRun] = {}
        if not node_ids:
            for language in self.languages:
                parts[language.name] = language.runner.run_tests(coverage=coverage, **limits)
            return merge_test_runs(parts)
        wanted: dict[str, list[str]] = {}
        for node_id in node_ids:
            owner = self._owner(node_id)
            for language in [owner] if owner is not None else self.languages:
                wanted.setdefault(language.name, []).append(node_id)
        for language in self.languages:
            if wanted.get(language.name):
                parts[language.name] = language.runner.run_tests(
                    node_ids=wanted[language.name], coverage=coverage, **limits
                )
        return merge_test_runs(parts)

    def run_lint(self) -> CombinedLintRun:
        return merge_lint_runs({language.name: language.runner.run_lint() for language in self.languages})


class CombinedLanguage:
    """Several languages behind the one interface (see languages/base.py)."""

    name = "combined"

    def __init__(self, languages: Sequence[Language]) -> None:
        self.languages = list(languages)
        self.plan = CombinedPlan(plans=tuple(language.plan for language in self.languages))
        self.runner = CombinedRunner(self.languages)
        self.fixers: tuple[Fixer, ...] = tuple(f for language in self.languages for f in language.fixers)

    def owner(self, file: str) -> Language | None:
        return next((language for language in self.languages if language.owns(file)), None)

    def owns(self, file: str) -> bool:
        return self.owner(file) is not None

    def fixers_for(self, failure: Failure) -> tuple[Fixer, ...]:
        """Only the fixers of the language whose file the failure is in."""
        owner = self.owner(failure.file)
        return owner.fixers if owner is not None else ()

    def analyse(
        self,
        *,
        tests: PytestRun,
        lint: LintRun,
        read_source: Callable[[str], str | None],
        should_stop: Callable[[], bool] | None = None,
    ) -> Analysis:
        test_parts = tests.parts if isinstance(tests, CombinedTestRun) else {}
        lint_parts = lint.parts if isinstance(lint, CombinedLintRun) else {}
        analyses = [
            language.analyse(
                tests=test_parts.get(language.name) or _tests_of(tests, language),
                lint=lint_parts.get(language.name) or _lint_of(lint, language),
                read_source=read_source,
                should_stop=should_stop,
            )
            for language in self.languages
        ]
        failures = sorted((f for a in analyses for f in a.failures), key=failure_order)
        reports = [a.report for a in analyses]
        report = CheckReport(
            passed=sum(r.passed for r in reports),
            failed=sum(r.failed for r in reports),
            lint_findings=sum(r.lint_findings for r in reports),
            failures=failures,
            log=_join([r.log for r in reports])[-6000:],
            duration=sum(r.duration for r in reports),
        )
        return Analysis(
            tests=tests,
            lint=lint,
            failures=failures,
            report=report,
            lint_keys=set().union(*(a.lint_keys for a in analyses)),
            stopped=any(a.stopped for a in analyses),
            notes=[note for a in analyses for note in a.notes],
        )

    def host_parser(self, file: str) -> HostParser | None:
        owner = self.owner(file)
        return owner.host_parser(file) if owner is not None else None

    def prepare(self, failure: Failure, *, read_source: Callable[[str], str | None]) -> None:
        owner = self.owner(failure.file)
        if owner is not None:
            owner.prepare(failure, read_source=read_source)


def _tests_of(run: PytestRun, language: Language) -> PytestRun:
    """The part of a merged run that is `language`'s (a run merged without its parts)."""
    part = PytestRun(error=run.error, output=run.output, coverage=run.coverage, python=run.python)
    part.tests = {k: t for k, t in run.tests.items() if language.owns(t.file)}
    part.collect_errors = [e for e in run.collect_errors if language.owns(e.nodeid.split("::", 1)[0])]
    part.modules = {m for m in run.modules if language.owns(m)}
    return part


def _lint_of(run: LintRun, language: Language) -> LintRun:
    return LintRun(findings=[f for f in run.findings if language.owns(f.file)], output=run.output)
