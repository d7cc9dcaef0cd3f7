"""End-of-run minimisation: the accepted edits a later fix made unnecessary are taken out.

Each fix is accepted on the state the run had then. A later fix may make an earlier one
unnecessary: two LOGIC edits on one path, the first accepted because its tests "failed further
on", the second the real fix; or a TypeError "fixed" where it crashed before the value's maker
was fixed. Such an edit changes behaviour the checks never asked for, and reporting it breaks
the promise of the check mark. So before a run ends, every accepted edit of the kinds that can
be made redundant so (LOGIC, TYPE_ERROR) is taken out alone, on the final tree, and the whole
suite and the linter run once: when every test that passes still passes, every failing test
fails exactly as before and no lint finding appears (`validation.withdrawal_keeps`), the edit
goes. It is one-minimality in the sense of delta debugging (Zeller and Hildebrandt, "Simplifying
and Isolating Failure-Inducing Input", TSE 2002), applied to the patch as Prophet's and
Angelix's test-equivalent patch reduction do.

Cost, bounded: one whole-suite run (no coverage) and one lint run per edit tried — or only a run of
the edit's own tests, when one of them fails without it (then it is needed); only runs that
accepted more than one fix, only their LOGIC and TYPE_ERROR edits, at most MAX_TRIALS of them.
The first edits go first: an edit made unnecessary by a later one is an earlier one.
"""

from __future__ import annotations

from dataclasses import dataclass

from healer.engine.types import BugType, FixOutcome

# The fix kinds a later fix can make redundant. SYNTAX, INDENTATION and IMPORT fixes let the
# module load (nothing else can make them unnecessary), and a lint fix removes its own finding.
MINIMISED_TYPES = frozenset({BugType.LOGIC, BugType.TYPE_ERROR})
# Edits tried at most per run (each costs one whole-suite run and one lint run).
MAX_TRIALS = 6


@dataclass(frozen=True)
class AcceptedEdit:
    """One accepted fix as written: its outcome and the file's text just before and after it."""

    outcome: FixOutcome
    before: str
    after: str
    # The other fix lines reported for this one edit (folded.py: a compile repair that mended a second
    # compile error is reported as two fixes): a withdrawal takes them back too.
    also: tuple[FixOutcome, ...] = ()
    # The tests that failed before the fix and passed with it: its own evidence. When one of them
    # fails with the fix taken out, the fix is needed, and a run of those tests says so for the
    # price of a targeted run instead of a whole-suite one (Engine._needed_by_own_tests).
    targets: tuple[str, ...] = ()


@dataclass(frozen=True)
class Withdrawal:
    """An accepted fix taken out at the end of the run: the outcome reported for it, and the
    change that took it out of the final text (a unified diff)."""

    outcome: FixOutcome
    diff: str
    also: tuple[FixOutcome, ...] = ()  # the same edit's other reported fixes (AcceptedEdit.also)

    @property
    def outcomes(self) -> tuple[FixOutcome, ...]:
        """Every reported fix this withdrawal takes back (one revert commit for all of them)."""
        return (self.outcome, *self.also)


def minimisable(accepted: list[AcceptedEdit]) -> list[AcceptedEdit]:
    """The accepted edits worth trying to take out, first accepted first (bounded, see above)."""
    if len(accepted) < 2:
        return []  # no later fix can have made a run's only fix unnecessary
    return [edit for edit in accepted if edit.outcome.bug_type in MINIMISED_TYPES][:MAX_TRIALS]
