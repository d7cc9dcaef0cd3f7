"""The contract between the repair loop and the fixers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from healer.engine.types import BugType, CheckReport, Failure
from healer.engine.workspace import Workspace


@dataclass(frozen=True)
class Candidate:
    """One proposed edit: the whole new text of one non-test file."""

    file: str  # repository-relative path of the file to change (never a test file)
    new_source: str  # the complete new content of that file
    description: str  # the text after "→ Fix: ", e.g. "remove the import statement"
    line: int  # 1-based line of the faulty code, in the file as it is now
    bug_type: BugType | None = None  # set when the fixer knows the type better than the classifier
    priority: float = 0.0  # lower is tried first among one failure's candidates
    # A symptom guard (optional chaining, a fallback value, an early return) or another edit whose
    # "the test got further" would be weak evidence (npm: a mutation away from the crash line): it
    # may stop the error from being raised without making the value right, so the validation
    # accepts it only when every targeted test passes (validation.judge_by_tests).
    guard: bool = False
    # A name replaced by a similar one in scope (`log10` -> `log`): it compiles whatever it means,
    # so a test that only fails further on under it is no evidence; at least one targeted test
    # must pass (validation.judge_by_tests).
    lookalike: bool = False
    # An edit where the failing value was made (a definition it was followed back to), not where it
    # was used: when an edit at a use passes its targeted tests first, a few of these are tried
    # before it is confirmed, and one that passes too is preferred (Engine._making_site_instead).
    making_site: bool = False
    # For a TypeError: an edit that only changes which way the code goes (a comparison, a condition,
    # a connective; avoidance.only_control_flow), so the raising statement may simply not run. Set
    # by the repair loop, which makes it a guard and compares it with the making-site edits first.
    avoids: bool = False
    # For a TypeError: an edit at a use that only wraps the refused value (`(x,)`, `[x]`, `x or []`,
    # `str(x)`; avoidance.only_wrapping): set by the repair loop, which weighs as many making sites
    # before accepting it as for an avoiding edit (round 48). Not made a guard: its verdict is as before.
    wraps: bool = False


@dataclass
class RepairContext:
    """What a fixer may look at. Read-only by convention; fixers return candidates."""

    workspace: Workspace
    report: CheckReport
    # (file, line, suspiciousness) from spectrum-based fault localisation, most suspicious first.
    suspicious: list[tuple[str, int, float]] = field(default_factory=list)
    test_files: frozenset[str] = frozenset()
    # Added by the engine core: non-test Python files of the repository, and the optional
    # LLM provider of EngineConfig.llm (None unless configured).
    source_files: tuple[str, ...] = ()
    llm: object | None = None
    # The project's own `ruff check` arguments (the plan's lint selection), for fixers that
    # check a candidate with the linter on the host before the sandbox.
    lint_args: tuple[str, ...] = ()

    def source(self, file: str) -> str:
        return self.workspace.read_text(file)

    def source_or_none(self, file: str) -> str | None:
        """The file's text, or None when it cannot be read (gone, a directory, not text)."""
        try:
            return self.workspace.read_text(file)
        except (OSError, ValueError):
            return None

    def is_test_file(self, file: str) -> bool:
        return file in self.test_files


def template_priority(index: int, *, compiles: bool = True) -> float:
    """Priority of a deterministic fixer's index-th template, kept below 1 (LLM candidates come after).

    Edits that only move a compile error further down (a second error in the same file) rank
    after every edit that compiles.
    """
    return min(0.99, (0.0 if compiles else 0.5) + 0.005 * index)


class Fixer(Protocol):
    """What the repair loop needs of a fixer (registered in healer.engine.fixers.FIXERS)."""

    bug_types: frozenset[BugType]  # the failures it proposes candidates for
    # False: asked for every failure of its types. True: asked only once every regular
    # fixer's candidate was rejected (slow or costly fixers, e.g. the LLM).
    fallback: bool

    def candidates(self, failure: Failure, ctx: RepairContext) -> Iterable[Candidate]: ...
