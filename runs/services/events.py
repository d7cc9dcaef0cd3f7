"""What an execution reports as it goes, for whoever watches it (the command line's progress).

The execute service knows nothing of terminals: it hands these plain events to a
`RunObserver` and asks the observer, between steps, whether to stop (the command
line's first Ctrl-C). An observer that raises `RunInterrupted` from a signal handler
stops the execution at once: the sandbox and the workspace are removed on the way out
and the run ends CANCELLED.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class StepChanged:
    step: str  # e.g. "Iteration 2/5: running checks"


@dataclass(frozen=True)
class IterationStarted:
    number: int
    limit: int


@dataclass(frozen=True)
class ChecksDone:
    iteration: int
    passed: int  # tests
    failed: int  # tests
    lint_findings: int
    failures: int  # classified failures the repair works on


@dataclass(frozen=True)
class CandidatesCounted:
    """Cumulative over the run: candidate fixes run in the sandbox, and those that passed it."""

    tried: int
    validated: int


@dataclass(frozen=True)
class FixCommitted:
    fix_line: str  # exactly as healer.engine.formatting builds it
    commit_sha: str


@dataclass(frozen=True)
class FixReverted:
    """A committed fix taken out again at the end of the run: a later fix made it unnecessary."""

    fix_line: str  # the fix line shown when it was committed
    commit_sha: str  # the revert commit


@dataclass(frozen=True)
class LogLine:
    text: str


RunEvent = (
    StepChanged | IterationStarted | ChecksDone | CandidatesCounted | FixCommitted | FixReverted | LogLine
)


class RunObserver(Protocol):
    def notify(self, event: RunEvent) -> None:
        """Called from the executing thread and from the heartbeat thread: keep it short and thread-safe."""

    def stop_requested(self) -> bool:
        """True once the watcher asked the run to stop at its next step."""


class RunInterrupted(BaseException):
    """Stop now (a second Ctrl-C, SIGTERM): raised by a signal handler inside whatever was running.

    A BaseException, so that no `except Exception` on the way (a fixer's guard, a retry loop)
    swallows it before the sandbox and the workspace are cleaned up.
    """


def candidate_counts(engine: object) -> tuple[int, int]:
    """(tried, validated) from the engine's counters (`Engine.stats`); (0, 0) for an engine without."""
    stats = getattr(engine, "stats", None)
    return getattr(stats, "candidates_tried", 0), getattr(stats, "candidates_validated", 0)
