"""The language interface: what the repair loop needs of one language's checks in one repository.

The repair loop (repair.py, trial.py, validation.py, selection.py) is the same for every
language: it runs the checks, asks for the failures, asks fixers for candidates, and judges
every candidate by the same rules on the same plain results (`PytestRun` of tests with
outcomes, places and per-test coverage; `LintRun` of static findings). A language turns its
own tools into those results and back into failures:

- `plan`      which files are the code under repair and which are tests (never edited);
- `runner`    runs the tests (all, or the ones named, optionally with per-test coverage) and
              the static checks (linters, type checkers) in the sandbox;
- `analyse`   classifies what a run found into located `Failure`s (the six bug types);
- `fixers`    propose candidate edits for a failure;
- `owns`      whether a file is this language's (for a repository with several);
- `host_parser` the host's parser for a file, which may veto a candidate before it runs
              (None: CPython's compile(), the engine's own default, for Python);
- `prepare`   facts a fixer needs that only the sandbox knows (e.g. installed modules).

`healer.engine.languages.detect` picks the implementations from the repository's files.
How to add a language: docs/ARCHITECTURE.md.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from healer.engine.analysis import Analysis
    from healer.engine.checks import LintRun, PytestRun
    from healer.engine.fixers.base import Fixer
    from healer.engine.localise import CompileError
    from healer.engine.types import Failure

# Failures found by a static checker: judged by the checker's findings, not by tests.
STATIC_SOURCES = frozenset({"ruff", "eslint", "tsc"})


def found_by_checker(failure: Failure) -> bool:
    """A linter or type checker found it (no test fails for it): its finding must go away."""
    return failure.source in STATIC_SOURCES


@dataclass(frozen=True)
class RunSettings:
    """How a language runs its checks (from the engine's configuration)."""

    test_timeout: float = 60  # seconds per test
    command_timeout: float = 300  # seconds per sandbox command
    python: str = "python3"
    ruff: str = "ruff"
    log: Callable[[str], None] = field(default=lambda line: None)


class Plan(Protocol):
    """Which files are what; the Python plan is `healer.engine.discovery.CheckPlan`."""

    @property
    def test_files(self) -> frozenset[str]: ...  # never edited

    @property
    def source_files(self) -> tuple[str, ...]: ...  # the code under repair

    @property
    def notes(self) -> tuple[str, ...]: ...

    @property
    def lint_default(self) -> bool: ...  # no lint configuration: findings in tests do not count

    def describe(self) -> str: ...


class Runner(Protocol):
    def run_tests(
        self,
        *,
        node_ids: Sequence[str] = (),
        coverage: bool = False,
        test_timeout: float | None = None,
        command_timeout: float | None = None,
    ) -> PytestRun:
        """The tests named (all when none), with per-test coverage when asked; the limits, when
        given, may only tighten the runner's own (a candidate's runs get limits from the tests' times)."""

    def run_lint(self) -> LintRun:
        """Every static check (linters, type checkers) once."""


class HostParser(Protocol):
    """A parser on the host that judges a candidate's text before the sandbox runs it."""

    def error(self, text: str, file: str) -> CompileError | None:
        """The first syntax error of the text (None: it parses). Never executes anything."""

    def trusted(self, state: Analysis) -> bool:
        """Whether it may veto any text; else only texts of files it parsed at the start of the run."""


class Language(Protocol):
    name: str
    plan: Plan
    runner: Runner
    fixers: tuple[Fixer, ...]

    def owns(self, file: str) -> bool: ...

    def analyse(
        self,
        *,
        tests: PytestRun,
        lint: LintRun,
        read_source: Callable[[str], str | None],
        should_stop: Callable[[], bool] | None = None,
    ) -> Analysis: ...

    def host_parser(self, file: str) -> HostParser | None:
        """How the host parses `file`; None for CPython's compile() (the engine's default)."""

    def prepare(self, failure: Failure, *, read_source: Callable[[str], str | None]) -> None:
        """Add what the fixers need to know and only the sandbox can tell (into failure.extra)."""
