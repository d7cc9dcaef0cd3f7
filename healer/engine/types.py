"""Plain data passed between the engine, the sandbox and the runs app.

This module is the contract between the three layers: the runs app calls the
engine with a `Workspace` and a `Sandbox`, the sandbox app implements
`Sandbox`, and the engine answers with `CheckReport` and `FixOutcome` values.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from healer.engine import formatting
from healer.engine.bugtypes import BugType, FixStatus

if TYPE_CHECKING:
    from healer.engine.workspace import Workspace

__all__ = [
    "BugType",
    "CheckReport",
    "EngineError",
    "EngineStats",
    "ExecResult",
    "Failure",
    "FixOutcome",
    "FixStatus",
    "NoChecksFound",
    "Sandbox",
    "SandboxError",
]


class EngineError(Exception):
    """A failure the user must act on (bad repository, no checks); message is shown as-is."""


class NoChecksFound(EngineError):
    pass


class SandboxError(EngineError):
    """The sandbox could not run a command at all (engine down, image missing...)."""


@dataclass(frozen=True)
class ExecResult:
    """Outcome of one command run in a sandbox."""

    exit_code: int | None  # None when the command was killed before it exited
    output: str  # stdout and stderr interleaved, capped at the sandbox's output limit
    duration: float  # seconds of wall-clock time
    timed_out: bool = False
    truncated: bool = False  # output went over the cap; the rest was dropped
    killed_reason: str = ""  # "timeout", "output-limit", "memory" ... when the sandbox killed it

    @property
    def ok(self) -> bool:
        return self.exit_code == 0 and not self.timed_out


@runtime_checkable
class Sandbox(Protocol):
    """Where repository code runs. The engine never runs repository code itself.

    A sandbox keeps a staged copy of the repository. `exec(..., reset=True)`
    first recreates the working copy at `repo_dir` from the staged copy, so
    leftovers of a previous command (files written by tests) never leak into
    the next one.
    """

    repo_dir: str  # absolute path of the repository's working copy inside the sandbox
    support_dir: str  # absolute path of Healer's support files (the pytest plugin) inside

    def upload(self, workspace: Workspace) -> None:
        """Replace the staged copy with the workspace's files (no .git, no symlink following)."""

    def put_files(self, files: Mapping[str, bytes]) -> None:
        """Overwrite (or create) staged files, by repository-relative path."""

    def exec(
        self,
        argv: Sequence[str],
        *,
        timeout: float | None = None,
        env: Mapping[str, str] | None = None,
        reset: bool = True,
        warm: bool = False,
    ) -> ExecResult:
        """Run argv with repo_dir as the working directory; never raises for a failing command.

        `warm`: the caller allows a `python -m pytest` command to be served by a pre-imported
        pytest (a targeted run, whose verdict a fresh whole-suite run confirms); a sandbox
        without one ignores it."""

    def read_file(self, path: str, *, limit: int) -> bytes | None:
        """Read a file the last command left inside the sandbox (absolute path), capped."""


@dataclass
class Failure:
    """One classified problem, located at the faulty line of non-test code."""

    bug_type: BugType
    file: str  # repository-relative, POSIX separators
    line: int  # 1-based, in the file as it is now in the workspace
    message: str  # what is wrong, in a few words (e.g. "unused import os")
    source: str  # "pytest", "ruff" or "compile"
    code: str = ""  # ruff rule code or exception name
    test_ids: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, int, str]:
        return (self.file, self.line, self.bug_type.value)


@dataclass
class CheckReport:
    """The result of running all discovered checks once."""

    passed: int = 0  # tests passed
    failed: int = 0  # tests failed or errored (collection errors count as one each)
    lint_findings: int = 0
    failures: list[Failure] = field(default_factory=list)
    log: str = ""  # an excerpt of what the checks printed, for the iteration log
    duration: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failures and self.failed == 0 and self.lint_findings == 0


@dataclass
class FixOutcome:
    """A fix the engine made (FIXED, already written to the workspace) or could not make."""

    bug_type: BugType
    file: str
    line: int  # reported line: in the file as it was when the run started
    description: str  # the text after "→ Fix: "
    status: FixStatus
    diff: str = ""  # unified diff of the change, empty when FAILED
    message: str = ""  # what was wrong

    @property
    def fix_line(self) -> str:
        return formatting.fix_line(
            bug_type=self.bug_type, file=self.file, line=self.line, description=self.description
        )


# The log line EngineStats.time_line writes after every repair round, and the parts it names (each
# an EngineStats field "<part>_seconds"), in the order a breakdown prints them.
TIME_LINE = "Time so far:"
TIME_PARTS = ("check", "targeted", "selected", "suite", "base", "lint", "withdrawal", "fixer", "analysis")


@dataclass
class EngineStats:
    """What one engine did, for the CLI and the benchmarks (cumulative over the engine's life).

    Validation runs in stages, cheapest first: the targeted failing tests, then the tests
    that cover the edited lines, then the whole suite once, whose result becomes the new
    state. `suite_runs_for_fixes / fixes_accepted` is the whole-suite runs per accepted fix.
    """

    candidates_generated: int = 0
    candidates_tried: int = 0  # run in the sandbox (those the host's compiler refused are not)
    candidates_validated: int = 0  # passed the targeted and covering tests: went to the whole suite
    fixes_accepted: int = 0
    suite_runs: int = 0  # every whole-suite run: the checks, and the validation of candidates
    suite_runs_for_fixes: int = 0  # whole-suite runs that validated a candidate
    suite_rejections: int = 0  # candidates the whole suite rejected after the cheaper stages passed
    # Candidates' whole-suite runs made without per-test coverage, the suite expected green after
    # them (trial.Trier._leaves_nothing), and those accepted with something left, run again with it.
    suite_lean_runs: int = 0
    suite_lean_misses: int = 0
    targeted_runs: int = 0  # runs of a failure's own tests
    selected_runs: int = 0  # runs of the tests covering an edit
    # Candidates whose edited lines raised in a passing targeted test: the original lines were run
    # with the same tests to compare (trial.Trier._diverted).
    diverted_checks: int = 0
    lint_runs: int = 0
    withdrawal_runs: int = 0  # whole-suite runs of the end-of-run minimisation (Engine.minimise)
    withdrawal_seconds: float = 0.0  # its wall time
    fixes_withdrawn: int = 0  # accepted fixes it took out
    analysis_seconds: float = 0.0
    sandbox_seconds: float = 0.0  # wall time of the test and lint commands
    # Where sandbox_seconds went, by kind of run (benchmarks/breakdown.py prints the ratios).
    check_seconds: float = 0.0  # the checks' whole-suite and lint runs (check())
    base_seconds: float = 0.0  # stacked search: a whole-suite run with each partial patch in place
    targeted_seconds: float = 0.0  # candidates' runs of the failure's own tests
    selected_seconds: float = 0.0  # candidates' runs of the tests covering the edit
    suite_seconds: float = 0.0  # candidates' whole-suite runs (one per candidate that got that far)
    lint_seconds: float = 0.0  # candidates' lint runs
    fixer_seconds: float = 0.0  # wall time the fixers took to make candidates (host side)

    def time_line(self) -> str:
        """One log line of where the sandbox and fixer time went so far (benchmarks/breakdown.py reads it)."""
        parts = [f"{name}={getattr(self, name + '_seconds'):.1f}s" for name in TIME_PARTS]
        return (
            f"{TIME_LINE} {' '.join(parts)} runs: targeted={self.targeted_runs} selected={self.selected_runs} "
            + (f"suite={self.suite_runs} lint={self.lint_runs} minimisation={self.withdrawal_runs}")
        )

    @property
    def suite_runs_per_fix(self) -> float | None:
        return self.suite_runs_for_fixes / self.fixes_accepted if self.fixes_accepted else None

    def as_dict(self) -> dict[str, float | int | None]:
        data: dict[str, float | int | None] = {
            name: getattr(self, name) for name in self.__dataclass_fields__
        }
        data["suite_runs_per_fix"] = self.suite_runs_per_fix
        return data
