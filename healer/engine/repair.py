"""The healing engine: discover checks, run them in the sandbox, repair and validate.

Usage (the runs app):

    engine = Engine(workspace=ws, sandbox=sb, config=EngineConfig(...), log=print)
    plan = engine.discover()
    report = engine.check()
    report = engine.add_failures(remote)    # optional: failures found elsewhere (remote CI logs)
    for outcome in engine.repair(report):   # FIXED outcomes are already written and validated
        ...
    remaining = engine.unresolved(report)

The loop is the same for every language: a language (healer.engine.languages, picked
from the repository's files: Python, npm projects, or both) runs its checks and turns
their results into failures and candidates; everything below judges them alike.

Every candidate fix is validated in the sandbox before it touches the
workspace, cheapest stage first (trial.py): the failure's own failing tests, then
the tests that cover the edited lines and the linter, then the whole suite once.
A candidate is accepted only if what it targets is really gone and nothing that
passed before fails now, no new lint findings either (validation.py). The whole
suite's result then becomes the new state, so what a fix uncovers (a bug that the
fixed one hid) is the next failure to work on. Test files are never edited.
"""

from __future__ import annotations

import ast
import hashlib
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

from healer.engine.analysis import Analysis, failure_order, failure_precedence
from healer.engine.analysis.behaviour import behaviour_digest
from healer.engine.analysis.raised import SUSPICIOUS_KEEP
from healer.engine.avoidance import constant_swap, count_swap, only_control_flow, only_wrapping
from healer.engine.chains import (
    CHAIN_PRIORITY,
    Chain,
    amended_fix,
    chain_steps,
    compensates,
    extend,
    improves_on,
    passing,
    rewritten_lines,
    singles_before_chain,
)
from healer.engine.checks import LintRun, PytestRun
from healer.engine.edits import changed_lines, map_line_back, merge_changes, undo_change, unified_diff
from healer.engine.fallout import Fallout, fallout
from healer.engine.fixers.base import Candidate, Fixer, RepairContext
from healer.engine.fixers.lineedit import SourceFile, function_at
from healer.engine.fixers.type_site import frames_of
from healer.engine.folded import split_folded
from healer.engine.languages.base import Language, Plan, Runner, RunSettings, found_by_checker
from healer.engine.languages.combined import CombinedLanguage
from healer.engine.languages.detect import language_open
from healer.engine.localise import compile_error, host_judges_syntax
from healer.engine.minimise import AcceptedEdit, Withdrawal, minimisable
from healer.engine.restacked import one_edit_instead
from healer.engine.trial import STOPPED_ANALYSING, Trial, Trier
from healer.engine.types import (
    BugType,
    CheckReport,
    EngineError,
    EngineStats,
    Failure,
    FixOutcome,
    FixStatus,
    Sandbox,
)
from healer.engine.validation import (
    REJECT_NOT_REPRODUCED,
    UNTOUCHED,
    Edit,
    failing_targets,
    regressions,
    withdrawal_keeps,
)
from healer.engine.workspace import UnsafePath, Workspace

logger = logging.getLogger(__name__)

MAX_CANDIDATES_PER_FIXER = 200
# After a candidate that fixes its target but leaves a targeted test failing (further on, or
# exactly as before: tiers 2 and 3 of validation.Verdict), look this many candidates further
# for one that makes every targeted test pass before settling for the best of those.
MASKED_LOOKAHEAD = 6
# Edits where the failing value was made, tried when an edit at its use passes first (_making_site_instead).
MAKING_SITE_TRIES = 3
# ... and this many when the edit that passed only changes which way the code goes (Candidate.avoids):
# a TypeError's crash avoided, not its value repaired, is the weaker evidence.
MAKING_SITE_TRIES_AVOIDING = 8
# TypeErrors beside another failure whose guard-shaped edits are weighed against their making sites
# (_typeerrors_beside): at most this many, and the report's failures read at most this far.
MAX_TYPEERRORS_BESIDE = 2
MAX_FAILURES_READ = 500
MAX_FRAMES_READ = 50
# A failure given up is tried again once another fix was accepted (that fix may have removed
# what stood in its way: a bug further on in the same tests), up to this many attempts in all.
# One whose search the time budget cut short is not given up: the next round goes on from the
# first candidate not yet rejected (slow checks, such as a TypeScript build, need several rounds).
MAX_ATTEMPTS = 2
# The least time a failure's turn gets when the round's budget is shared (Engine._share).
MIN_SHARE = 30.0
# Candidates a failure's turn tries even when its share ran out (slow runs: a test that times out).
MIN_TRIES = 3
# Stacked (two-edit) search, ITER-style (Engine._stacked): the partial patches built on, best
# first, and the second edits tried on top of each (the failure's own candidates, those that
# left its tests failing exactly as before first: they did not touch the first bug's path).
MAX_BASES = 3
MAX_SECOND_EDITS = 120
# The single edits tried before the best partial patch so far gets its first, shorter stacked
# search (EARLY_SECOND_EDITS), so that a long list cannot spend the share before it.
FIRST_PASS = 60
EARLY_SECOND_EDITS = 60
# A strong partial patch (at least half of the failure's targeted tests pass with it, the others
# fail better) is built on at once, once per search, with this many second edits of each kind.
STRONG_SECOND_EDITS = 20
# Failures of what still fails with a base in place whose candidates are made afresh.
MAX_RELOCALISED = 2
# A base may break passing tests and still be built on when they fail at most at this many places
# away from its lines (faults the first bug masked: one such fault may break many tests; see
# Engine._second_edits) and a second edit localised there restores them; at most this many such
# second edits are tried on it.
MAX_UNMASKED = 2
MAX_UNMASKING_EDITS = 30
# Bases one stacked search may drop (they break a passing test) before it searches `bases` of them.
MAX_DROPPED = 3
# Rounds in a row that fixed nothing and only went on with searches cut short: an unhealable
# failure must not take every iteration's budget (Engine.searches_pending).
MAX_DRY_ROUNDS = 2
# Accepted "fails further on" fixes (tier 2) the loop may go back on in one run (Engine._backtrack).
MAX_BACKTRACKS = 2
# Pairs of one stacked search kept as chains to build a third edit on (chains.py), the first found
# (the second edits are ranked): each costs a whole-suite run and a search of its own.
MAX_CHAINS_PER_BASE = 2
# A compile repair whose fallout points at it (fallout.py): the next compiling candidates looked at
# (quick runs) and, of those, whole-suite runs made to compare with it.
MAX_FALLOUT_LOOKS = 4
MAX_FALLOUT_RUNS = 2
# Rejections that depend on how long the runs took, not only on the code (Engine._seen_rejected).
TIMED_VERDICTS = frozenset({STOPPED_ANALYSING})


def timed_out(failure: Failure) -> bool:
    """A failure whose tests were stopped by their time limit (pytest-timeout's "Failed: Timeout >10.0s")."""
    return failure.message.startswith("Failed: Timeout")


def _stops_collection(failure: Failure) -> bool:
    """An IMPORT failure raised while a test module was collected (its test id is the module's
    path, no `::test`): every test of that module stops there, none of them ran."""
    return failure.bug_type is BugType.IMPORT and any("::" not in test for test in failure.test_ids)


def _stops_the_run(failure: Failure) -> bool:
    """An error pytest met while loading a conftest or a plugin (checks.parse_startup_error): raised
    by the run, yet no test's (the run stopped before collecting any)."""
    return failure.source == "pytest" and not failure.test_ids


def turns(failures: list[Failure]) -> int:
    """Shares a round is cut into for these open failures: one each, but one for all that timed out.

    A test stopped by its time limit is placed wherever its loop was when it was stopped (weak
    localisation), each of its candidates costs at least that limit, and a bug that hangs one test
    usually hangs several (dev r75: one reversed list left one failed check and seven timeouts at
    seven places, each given an eighth of the round, the check's own search 30 s, 5 candidates).
    While a failure that stopped at a check is open, the timed-out ones share one turn among them.
    """
    stopped = sum(1 for failure in failures if timed_out(failure))
    if not stopped or stopped == len(failures):
        return len(failures)
    return len(failures) - stopped + 1


@dataclass
class EngineConfig:
    test_timeout: float = 60  # seconds per test (pytest-timeout)
    command_timeout: float = 300  # seconds per sandbox command
    time_budget: float = 600  # seconds for one repair() call
    should_stop: Callable[[], bool] = field(default=lambda: False)
    llm: object | None = None  # optional provider; its fixers' candidates are validated like any other
    python: str = "python3"
    ruff: str = "ruff"
    coverage: bool = True  # per-test coverage for fault localisation and test selection
    max_candidates: int = 60  # per failure


class Engine:
    def __init__(
        self,
        *,
        workspace: Workspace,
        sandbox: Sandbox,
        config: EngineConfig | None = None,
        log: Callable[[str], None] | None = None,
        fixers: list[Fixer] | None = None,
    ) -> None:
        self.workspace = workspace
        self.sandbox = sandbox
        self.config = config or EngineConfig()
        self._log = log or (lambda line: None)
        # Given fixers are asked for every failure; by default each language's own are.
        self._fixers_given = fixers is not None
        self.fixers: list[Fixer] = (
            list(fixers) if fixers is not None else []
        )  # the language's, once discovered
        self.stats = EngineStats()
        self.language: Language | None = None
        self.plan: Plan | None = None
        self._state: Analysis | None = None
        self._state_print: str | None = None  # the files the state was computed on
        self._originals: dict[str, str] = {}  # file -> text when the run started
        self._host_compiles: dict[str, bool] = {}
        self._uploaded = False
        self._attempts: dict[tuple, tuple[int, int]] = {}  # signature -> (attempts, fixes then)
        self._resume: dict[tuple, int] = {}  # signature -> candidates rejected before the budget ran out
        self._settled = 0  # leading candidates the last _try_candidates rejected for certain
        self._line_lookahead = 0  # see _same_line_first
        # Rejected candidates that made some of the failure's tests pass, with how many (for two-edit fixes).
        self._partial: list[tuple[Candidate, int]] = []
        self._rejected_ids: set[int] = set()  # candidates the current search rejected (by id)
        self._search_list: list[Candidate] = []  # the current search's whole list (_beyond_chunk)
        # Digests of the texts each file had before an accepted fix replaced them.
        self._replaced: dict[str, set[str]] = {}
        # What every state of the run showed (analysis.behaviour): a fix never brings one back.
        self._behaviours: set[str] = set()
        self._round_deadline = 0.0  # when the current repair() round ends (its failures' shares end sooner)
        # Each failure's regular candidates, made once while no fix changes the files: a search the
        # round's sharing pauses goes on many times (every turn of every round), and making a wide
        # LOGIC list again each time would spend the turn's time on the fixers instead of the tests.
        self._generated: dict[tuple, list[Candidate]] = {}
        # What each paused search had tried when its list was forgotten (another fix accepted):
        # its list is made afresh under the new state, in a new order (_tried_first).
        self._tried_before: dict[tuple, set[tuple[str, int, str]]] = {}
        # Partial patches of each failure (rejected, yet its tests fail better and none worse):
        # (progress, order, candidate); and the candidates that left its tests exactly as before.
        self._bases: dict[tuple, list[tuple[int, int, Candidate]]] = {}
        self._untouched: dict[tuple, set[tuple[str, str]]] = {}
        # A stacked search the share cut short: its base and the second edits not yet tried.
        self._stack_resume: dict[tuple, tuple[Candidate, list[Candidate]]] = {}
        # The bases whose chains already waited for their single edits (_singles_first): (signature,
        # file, text). Once per base, or each block's end would move the next MAX_SINGLES_BEFORE_CHAIN.
        self._waited: set[tuple] = set()
        # Multi-edit partial patches (chains.py), by (file, text), and how many targeted tests pass
        # with each base; the stacked search under way: (signature, base), for _rejected.
        self._chains: dict[tuple[str, str], Chain] = {}
        self._base_passing: dict[tuple[str, str], int] = {}
        self._stacking: tuple[tuple, Candidate] | None = None
        self._chains_made: dict[tuple[str, str], int] = {}  # chains made on each base (MAX_CHAINS_PER_BASE)
        # Bases that broke passing tests a masked fault explains: (file, text) of each (_second_edits).
        self._unmasking: set[tuple[str, str]] = set()
        self._searching: tuple | None = None  # the signature whose single edits are being tried
        self._targets = 0  # how many targeted tests the failure being searched has
        self._strong: set[tuple] = set()  # searches that found a strong partial patch (STRONG_SECOND_EDITS)
        self._dry_rounds = 0  # rounds in a row that fixed nothing (see MAX_DRY_ROUNDS)
        self._accepted: list[AcceptedEdit] = []  # every fix written, in order (see minimise)
        # Accepted fixes under which a targeted test only failed further on, latest last: the points
        # the loop may go back to when nothing built on one of them gets those tests to pass.
        self._provisional: list[Provisional] = []
        # (file, text, the accepted fix it stands in for) of a confirmed one edit of the original line
        # (_one_edit_instead): _accept takes that fix back before it writes the one edit.
        self._restacking: tuple[str, str, AcceptedEdit] | None = None
        self._backtracks = 0
        # Changes a backtrack took out, by file (their hunks): never proposed again (a tabu list).
        self._refused: dict[str, list[list[tuple]]] = {}
        # Candidates rejected outright (no partial progress) for a failure with the code as it was
        # then (see _memo_key); the search in progress: its code and failure (_try_candidates).
        self._rejected_texts: set[tuple] = set()
        self._memo_context: tuple | None = None

    # -- public API ------------------------------------------------------------
    def log(self, line: str) -> None:
        try:
            self._log(line)
        except Exception:  # a broken log sink must not stop the repair
            logger.exception("engine log callback failed")

    def discover(self) -> Plan:
        """Pick the repository's language(s) and their checks; EngineError when none can run it."""
        settings = RunSettings(
            test_timeout=self.config.test_timeout,
            command_timeout=self.config.command_timeout,
            python=self.config.python,
            ruff=self.config.ruff,
            log=self.log,
        )
        self.language = language_open(
            workspace=self.workspace,
            sandbox=self.sandbox,
            settings=settings,
            python_fixers=tuple(self.fixers) if self._fixers_given else None,
        )
        if not self._fixers_given:
            self.fixers = list(self.language.fixers)
        plan = self.plan = self.language.plan
        for file in plan.source_files:
            self._original(file)
        self.log(f"Discovered checks: {plan.describe()}")
        for note in plan.notes:
            self.log(f"Note: {note}")
        return plan

    def check(self) -> CheckReport:
        """Run every check, or reuse the whole-suite run that validated the last fix.

        That run saw exactly the files as they are now (the fingerprint says so), so
        running the suite again would only repeat it.
        """
        if self.plan is None:
            self.discover()
        if not self._uploaded:
            self.sandbox.upload(self.workspace)
            self._uploaded = True
        if (
            self._state is not None
            and self._state_print is not None
            and self._state_print == self._fingerprint()
        ):
            state = self._state
            self.log("Checks: the run that validated the last fix saw these files; its results stand")
        else:
            state = self._run_all()
            self._state = state
        self._state_print = None
        self._behaviours.add(behaviour_digest(tests=state.tests, lint=state.lint))
        report = state.report
        self.log(
            f"Checks: {report.passed} passed, {report.failed} failed, {report.lint_findings} lint finding(s); "
            f"{len(report.failures)} failure(s) to fix"
        )
        for failure in report.failures:
            self.log(f"  {failure.bug_type} {failure.file}:{failure.line} {failure.message}")
        for note in state.notes:
            self.log(f"Note: {note}")
        if state.tests.error:
            self.log(f"Test run problem: {state.tests.error.splitlines()[0]}")
        if state.lint.error:
            self.log(f"Lint run problem: {state.lint.error.splitlines()[0]}")
        return report

    def add_failures(self, failures: Iterable[Failure]) -> CheckReport:
        """Merge failures found outside the sandbox (a remote CI's logs) into the latest checks.

        Those already known by (file, line, type) are dropped; the rest join the open
        failures in precedence order, so repair() and unresolved() treat them like the
        engine's own. Returns the updated report (the one check() returned is not changed).
        A failure found elsewhere is worked on only when its tests fail in the sandbox too: a
        fix must be seen to remove what it targets.
        """
        state = self._state
        if state is None:
            raise EngineError("check() must run before failures can be added")
        known = {failure.key for failure in state.failures}
        new = [failure for failure in failures if failure.key not in known]
        for failure in new:
            failure.extra["external"] = True
        if new:
            merged = sorted([*state.failures, *new], key=failure_order)
            state.failures = merged
            state.report = replace(state.report, failures=merged)
        return state.report

    def repair(self, report: CheckReport) -> Iterator[FixOutcome | Withdrawal]:
        """Fix failures one at a time by precedence; yields each accepted (already written) fix.

        It also yields a Withdrawal (already written) when it goes back on an accepted fix whose
        targeted tests only failed further on, or that one edit of the original line replaces: right
        before the fix that replaces it (_backtrack, _one_edit_instead).
        """
        if self._state is None:
            # Validation needs the raw results behind a report: only the engine's own checks have them.
            self.check()
        deadline = time.monotonic() + self.config.time_budget
        self._round_deadline = deadline
        paused: set[tuple] = set()  # cut short by their share of this round: the others go first
        fixed = False
        while not self._stopped(deadline):
            state = self._state
            assert state is not None
            failure = self._next_failure(state, paused=paused)
            if failure is None and paused:
                paused.clear()  # every other failure had its turn: the rest of the round is theirs
                continue
            if failure is None:
                steps = self._backtrack(state, deadline)
                if not steps:
                    self._note_hidden(state)
                    break
                fixed = True
                yield from steps
                continue
            signature = self._signature(failure)
            share = self._share(state, deadline, paused=paused)
            steps = self._repair_failure(failure, state, share)
            if not steps:
                if signature in self._resume:
                    if share < deadline and not self._stopped(deadline):
                        paused.add(signature)
                    continue  # cut short by the budget: it goes on where it stopped
                attempts = self._attempts.get(signature, (0, 0))[0] + 1
                self._attempts[signature] = (attempts, self.stats.fixes_accepted)
                continue
            fixed = True
            for number, (outcome, file, text) in enumerate(steps, start=1):
                # A two-edit fix is written one edit at a time, each yielded (so committed) on its
                # own at its own place; both were validated together, and the state is theirs.
                if text is not None:
                    self.workspace.write_text(file, text)
                if number == len(steps):
                    self._state_print = self._fingerprint()
                yield outcome
        self._dry_rounds = 0 if fixed else self._dry_rounds + 1
        if self._stopped(deadline) and not self.config.should_stop():
            self.log("Time budget for this repair round used up")
        stats = self.stats
        self.log(
            f"Validation so far: {stats.candidates_tried} candidate(s) run, {stats.candidates_validated} "
            f"reached the whole suite, {stats.fixes_accepted} accepted with {stats.suite_runs_for_fixes} "
            f"whole-suite run(s), {stats.suite_lean_runs} without coverage ({stats.suite_lean_misses} made again with it)"
        )
        self.log(stats.time_line())

    def _note_hidden(self, state: Analysis) -> None:
        """Say which failing tests stop at a module-level error given up: what else fails there was
        never seen.

        A parse error with no validated fix stops every test that imports its module, and so does an
        import error raised while a test module is collected (`from pkg import name` that fails at
        import time, before any test runs); the loop goes on with every failure those tests do not
        hide (`_workable`, and an IMPORT failure never blocks the others), but the bugs behind it are
        neither tried nor reported fixed: the log says how many tests they may be in.
        """
        parse = [f for f in state.failures if failure_precedence(f) == 0 and self._given_up(f)]
        imports = [f for f in state.failures if _stops_collection(f) and self._given_up(f)]
        for kind, blocking in (("a parse error", parse), ("an import error", imports)):
            hidden = {test for f in blocking for test in f.test_ids}
            if blocking and hidden:
                files = ", ".join(sorted({f"{f.file}:{f.line}" for f in blocking}))
                self.log(
                    f"Not reached: {len(hidden)} failing test module(s) or test(s) stop at {kind} no "
                    f"candidate fixed ({files}); whatever else fails in them was never seen"
                )

    def _backtrack(self, state: Analysis, deadline: float) -> list[FixOutcome | Withdrawal]:
        """Go back on a "fails further on" fix when nothing built on it got its tests to pass.

        Staged search with backtracking (Prophet and SPR stage their search over a patch space;
        chronological backtracking in general search): a fix accepted at tier 2 (its targeted
        tests fail further on, a bug it hid) is a guess that the rest is another bug. When every
        open failure was tried and given up while some of those tests still fail, the guess is
        undone in the sandbox alone (later fixes kept), the failure it fixed is localised again on
        that state and its other candidates are tried, the refused change never again. Only a
        candidate under which every targeted test passes (tier 1), and under which no test that
        passes now fails, replaces it: then the revert and the new fix are written and yielded,
        in that order. Otherwise the sandbox and the workspace go back to the fix; it stays.
        """
        while self._provisional and self._backtracks < MAX_BACKTRACKS and not self._stopped(deadline):
            provisional = self._provisional.pop()
            if not set(provisional.targets) & (
                state.tests.failed_ids | {e.nodeid for e in state.tests.collect_errors}
            ):
                continue  # its tests pass now: nothing to go back on
            self._backtracks += 1
            steps = self._retry_without(provisional, state, deadline)
            if steps:
                return steps
        return []

    def _retry_without(
        self, provisional: Provisional, state: Analysis, deadline: float
    ) -> list[FixOutcome | Withdrawal]:
        assert self.language is not None
        accepted = provisional.accepted
        file = accepted.outcome.file
        texts = self._undone(accepted)
        if texts is None:
            return []  # unreadable, or a later fix changed the same lines: it cannot go alone
        current, reverted = texts
        label = accepted.outcome.fix_line
        self.log(f"Going back on {label}: its targeted tests still fail and nothing built on it passed")
        self.workspace.write_text(file, reverted)
        self._sandbox_write(file, reverted)
        steps: list[FixOutcome | Withdrawal] = []
        try:
            steps = self._search_without(provisional, state, deadline, file=file, current=current)
        finally:
            if not steps:
                self.workspace.write_text(file, current)
                self._sandbox_write(file, current)
                self.log(f"Kept {label}: no other candidate gets its targeted tests to pass")
        return steps

    def _undone(self, accepted) -> tuple[str, str] | None:
        """(current text, text without `accepted`'s change) of its file, or None when that cannot be."""
        try:
            current = self.workspace.read_text(accepted.outcome.file)
        except (OSError, UnsafePath):
            return None
        reverted = undo_change(current, before=accepted.before, after=accepted.after)
        return None if reverted is None or reverted == current else (current, reverted)

    def _sandbox_write(self, file: str, text: str) -> None:
        # Sources are read with surrogateescape, so their undecodable bytes go back unchanged.
        self.sandbox.put_files({file: text.encode("utf-8", errors="surrogateescape")})

    def _search_without(
        self, provisional: Provisional, state: Analysis, deadline: float, *, file: str, current: str
    ) -> list[FixOutcome | Withdrawal]:
        """With the provisional fix taken out (workspace and sandbox), its failure's other candidates."""
        assert self.language is not None
        tests, lint = self._suite_and_lint(coverage=self.config.coverage)
        if tests.error or regressions(state.tests, tests):
            return []  # a later fix needs it
        analysis = self.language.analyse(
            tests=tests, lint=lint, read_source=self._reader({}), should_stop=self._should_stop
        )
        targets = set(provisional.targets)
        failure = next((f for f in analysis.failures if targets.intersection(f.test_ids)), None)
        if failure is None or analysis.stopped:
            return []
        self.language.prepare(failure, read_source=self._reader({}))
        # The change the provisional fix made, as hunks without their line numbers.
        self._refused.setdefault(file, []).append(
            _hunks(changed_lines(self.workspace.read_text(file), current))
        )
        candidates = [
            c for c in self._candidates(failure, self._context(failure, analysis)) if not self._refuses(c)
        ]
        if not candidates:
            return []
        self.log(
            f"Trying {len(candidates)} candidate(s) for {failure.bug_type} {failure.file}:{failure.line} instead"
        )
        trier = self._trier(failure, analysis, deadline)
        self._searching, self._partial = None, []
        trial, _ = self._try_candidates(trier, candidates, deadline, exact=True, tier=1)
        if trial is None:
            return []
        assert trial.state is not None
        if regressions(state.tests, trial.state.tests):
            trier.restore(trial)
            return []
        accepted = provisional.accepted
        self._accepted.remove(accepted)
        self._replaced.setdefault(file, set()).add(_digest(current))
        self.stats.fixes_withdrawn += 1
        reverted = self.workspace.read_text(file)
        withdrawal = self._withdrawal(accepted, current=current, reverted=reverted)
        self.log(f"Taken out: {accepted.outcome.fix_line} (a better fix for its tests follows)")
        outcomes = [outcome for outcome, _, _ in self._accept(failure, trial, split=False)]
        return [withdrawal, *outcomes]

    def _refuses(self, candidate: Candidate) -> bool:
        """Whether the candidate makes a change a backtrack took out (the same hunks, anywhere)."""
        refused = self._refused.get(candidate.file)
        if not refused:
            return False
        try:
            current = self.workspace.read_text(candidate.file)
        except (OSError, UnsafePath):
            return False
        return _hunks(changed_lines(current, candidate.new_source)) in refused

    def searches_pending(self) -> int:
        """Open failures whose search a round's time budget cut short, with candidates not yet tried.

        A round that ran out of time with such searches fixed nothing only because it stopped:
        the run may give them another round (each goes on from its first untried candidate)
        instead of ending as if nothing were left to try.
        """
        state = self._state
        if state is None or not self._resume or self._dry_rounds > MAX_DRY_ROUNDS:
            return 0
        pending = 0
        for failure in self._workable(state):
            signature = self._signature(failure)
            if signature not in self._resume:
                continue
            known = self._generated.get(signature)
            # Only a search with something left to try goes on (its list is made once per state).
            if known is None or self._resume[signature] < len(known) or self._stacking_left(signature):
                pending += 1
        return pending

    def unresolved(self, report: CheckReport) -> list[FixOutcome]:
        """FAILED outcomes for every failure still open (in the latest checks the engine ran)."""
        failures = self._state.failures if self._state is not None else report.failures
        outcomes: dict[tuple, FixOutcome] = {}
        for failure in failures:
            line = self._original_line(failure.file, failure.line)
            # Tests failing at one place for different reasons are separate failures; one line each.
            outcomes.setdefault(
                (failure.bug_type, failure.file, line),
                FixOutcome(
                    bug_type=failure.bug_type,
                    file=failure.file,
                    line=line,
                    description=f"no validated fix found ({failure.message})",
                    status=FixStatus.FAILED,
                    message=failure.message,
                ),
            )
        return list(outcomes.values())

    def minimise(self) -> Iterator[Withdrawal]:
        """Take out, at the end of a run, each accepted edit a later fix made unnecessary.

        Each one tried (`minimise.minimisable`) is undone alone on the final tree (later edits
        kept); the whole suite and the linter run once; when they show exactly what they show with
        it (`validation.withdrawal_keeps`), the workspace loses the edit and the state is the new
        run's. Yields each edit taken out once it is written, first accepted first (the caller
        commits each on its own, as repair()'s fixes).
        """
        state = self._state
        if state is None or self.language is None:
            return
        runs, seconds = self.stats.withdrawal_runs, self.stats.withdrawal_seconds
        try:
            yield from self._minimise(state)
        finally:
            if self.stats.withdrawal_runs > runs:
                self.log(
                    f"Minimisation: {self.stats.withdrawal_runs - runs} edit(s) tried alone, one whole-suite and "
                    f"one lint run each, {self.stats.withdrawal_seconds - seconds:.1f}s"
                )
                self.log(self.stats.time_line())

    def _minimise(self, state: Analysis) -> Iterator[Withdrawal]:
        for accepted in minimisable(self._accepted):
            if self._should_stop():
                break
            file = accepted.outcome.file
            texts = self._undone(accepted)
            if texts is None:
                continue  # unreadable, or a later edit changed the same lines: it cannot go alone
            current, reverted = texts
            started = time.monotonic()
            self._sandbox_write(file, reverted)
            if self._needed_by_own_tests(accepted, state):
                self.stats.withdrawal_seconds += time.monotonic() - started
                self._sandbox_write(file, current)
                self.log(f"Kept {accepted.outcome.fix_line}: the tests it made pass fail without it")
                continue
            tests, lint = self._suite_and_lint(coverage=False)
            self.stats.withdrawal_runs += 1
            keeps = withdrawal_keeps(
                state.tests,
                tests,
                Edit(file, current, reverted),
                before_lint=state.lint.findings,
                after_lint=lint.findings,
            )
            analysis = None
            if keeps:
                analysis = self.language.analyse(
                    tests=tests,
                    lint=lint,
                    read_source=self._reader({file: reverted}),
                    should_stop=self._should_stop,
                )
            self.stats.withdrawal_seconds += time.monotonic() - started
            if analysis is None or analysis.stopped:
                self._sandbox_write(file, current)
                self.log(f"Kept {accepted.outcome.fix_line}: the checks need it")
                continue
            self.workspace.write_text(file, reverted)
            self._state_take(analysis)
            self._state_print = self._fingerprint()
            state = analysis
            self._accepted.remove(accepted)
            self.stats.fixes_withdrawn += 1
            self.log(
                f"Taken out: {accepted.outcome.fix_line} (without it every check shows what it showed: "
                "a later fix made it unnecessary)"
            )
            yield self._withdrawal(accepted, current=current, reverted=reverted)

    @staticmethod
    def _withdrawal(accepted: AcceptedEdit, *, current: str, reverted: str) -> Withdrawal:
        """The withdrawal of an accepted edit: every fix line reported for it (a split compile
        repair reported two, folded.py), and the change that took it out."""
        file = accepted.outcome.file
        return Withdrawal(accepted.outcome, diff=unified_diff(file, current, reverted), also=accepted.also)

    def _needed_by_own_tests(self, accepted: AcceptedEdit, state: Analysis) -> bool:
        """Whether a test the fix made pass fails with the fix taken out (staged in the sandbox).

        Then `validation.withdrawal_keeps` would refuse the withdrawal whatever the rest of the
        suite did (a test that passes must still pass), so one run of those tests decides it
        instead of a whole-suite run and a lint run: most minimised fixes are needed, and on a
        slow suite each whole-suite run was most of the minimisation (fluent-logger's group: 94 s
        for three). Run in the suite's order; a test that fails there only because of its
        neighbours keeps the edit, which is what the run did before minimisation existed.
        """
        passing = state.tests.passed_ids
        targets = [t for t in accepted.targets if t in passing]
        if not targets:
            return False
        order = {nodeid: index for index, nodeid in enumerate(state.tests.tests)}
        run = self.runner.run_tests(node_ids=sorted(targets, key=lambda t: order.get(t, len(order))))
        self.stats.targeted_runs += 1
        self.stats.sandbox_seconds += run.duration
        return not run.error and bool(regressions(state.tests, run, among=targets))

    # -- checks ------------------------------------------------------------------
    @property
    def runner(self) -> Runner:
        if self.language is None:
            raise EngineError("discover() must run before the checks")
        return self.language.runner

    def _run_all(self) -> Analysis:
        assert self.language is not None
        tests, lint = self._suite_and_lint(coverage=self.config.coverage)
        self.stats.check_seconds += tests.duration + lint.duration
        started = time.monotonic()
        analysis = self.language.analyse(
            tests=tests,
            lint=lint,
            read_source=self._reader({}),
            should_stop=self._should_stop,
        )
        self.stats.analysis_seconds += time.monotonic() - started
        return analysis

    def _suite_and_lint(self, *, coverage: bool) -> tuple[PytestRun, LintRun]:
        """One whole-suite run and one lint run of the sandbox's files, counted in the stats."""
        tests = self.runner.run_tests(coverage=coverage)
        lint = self.runner.run_lint()
        self.stats.suite_runs += 1
        self.stats.lint_runs += 1
        self.stats.sandbox_seconds += tests.duration + lint.duration
        return tests, lint

    def _should_stop(self) -> bool:
        try:
            return bool(self.config.should_stop())
        except Exception:
            return False

    def _reader(self, overrides: dict[str, str]) -> Callable[[str], str | None]:
        def read(file: str) -> str | None:
            if file in overrides:
                return overrides[file]
            try:
                return self.workspace.read_text(file)
            except (OSError, UnsafePath):
                return None

        return read

    def _fingerprint(self) -> str:
        """A digest of every code file the checks read (the languages'), to tell whether they changed."""
        assert self.plan is not None and self.language is not None
        digest = hashlib.sha256()
        for file in sorted({*self.plan.source_files, *self.plan.test_files}):
            if not self.language.owns(file):
                continue
            try:
                data = self.workspace.read_bytes(file)
            except (OSError, UnsafePath):
                data = b"\x00missing"
            digest.update(
                file.encode("utf-8", errors="surrogateescape") + b"\x00" + hashlib.sha256(data).digest()
            )
        return digest.hexdigest()

    # -- repair loop -----------------------------------------------------------
    def _stopped(self, deadline: float) -> bool:
        return time.monotonic() >= deadline or self._should_stop()

    def _signature(self, failure: Failure) -> tuple:
        try:
            text = self.workspace.read_text(failure.file)
        except (OSError, UnsafePath):
            text = ""
        # The tests are part of it: when another fix changes which tests fail here, try again.
        return (
            failure.bug_type,
            failure.file,
            failure.line,
            failure.message,
            frozenset(failure.test_ids),
            hash(text),
        )

    def _share(self, state: Analysis, deadline: float, *, paused: set[tuple]) -> float:
        """The deadline for the next failure: an equal share of what is left of the round.

        Several bugs at once must not leave all but one unattempted because the first one's
        search (a LOGIC failure with a hundred candidates) took the whole round: each open
        failure gets its share first, round-robin, and a search cut short goes on where it
        stopped once the others had their turn (MIN_SHARE keeps a share worth starting).
        """
        now = time.monotonic()
        waiting = turns(self._workable(state, paused=paused))
        if waiting <= 1:
            return deadline
        return min(deadline, now + max(MIN_SHARE, (deadline - now) / waiting))

    def _workable(self, state: Analysis, *, paused: set[tuple] = frozenset()) -> list[Failure]:
        blocking = state.blocking()
        open_ = [f for f in blocking if not self._given_up(f)]
        # Round 50: an import error that stopped pytest while it loaded a conftest (no test
        # collected) goes before the parse errors the lint found: the run never reached their
        # modules (it would have stopped at a SyntaxError, not an ImportError), so no candidate of
        # theirs can be judged by a run until the load error is fixed (r290: 12 candidates, each
        # "tests did not run").
        loading = [
            f
            for f in state.failures
            if _stops_the_run(f) and f.bug_type is BugType.IMPORT and f not in open_ and not self._given_up(f)
        ]
        if open_ and loading and all(failure_precedence(f) == 0 and not f.test_ids for f in open_):
            open_ = [*loading, *open_]
        if not open_:
            # Every parse error was given up: what a checker judges on its own (a lint or tsc finding
            # in another file) need not wait for them, nor does a failure the tests really show
            # (an import error raised before the parse error's module is reached: its tests stop
            # there, not at the parse error), or the run ends with them never tried.
            # Round 50: so does an error that stopped pytest itself while it loaded a conftest or a
            # plugin (no test id: every test stops there, the parse error's module never reached;
            # r290's conftest imported a module whose import failed): given no turn, it was never
            # tried and every other candidate's run stopped at it.
            hidden = {test for f in blocking for test in f.test_ids}
            open_ = [
                f
                for f in state.failures
                if not self._given_up(f)
                and (
                    found_by_checker(f)
                    or (f.test_ids and not hidden.intersection(f.test_ids))
                    or _stops_the_run(f)
                )
            ]
        return [f for f in open_ if self._signature(f) not in paused]

    def _next_failure(self, state: Analysis, *, paused: set[tuple] = frozenset()) -> Failure | None:
        """The first open failure by precedence, lint findings held back while tests fail in their file.

        A lint fix removes code the tests do not need yet ("unused" import or variable) — and
        that may be the value a failing test's repair needs (the argument a call lacks, the
        module a missing name comes from). So a file's lint findings wait until its failures
        found by the tests are fixed or given up.
        """
        workable = self._workable(state, paused=paused)
        # Failures with a test that passed on its own go last: what spoils its state (another
        # failing test) misleads their localisation, and fixing that may clear them without an
        # edit of their own.
        spoiled = state.order_dependent
        # Failures whose tests ran out of time go after those that stopped at a check (see turns).
        workable.sort(key=lambda f: (bool(spoiled.intersection(f.test_ids)), timed_out(f)))
        tested = {f.file for f in workable if not found_by_checker(f) and f.bug_type is not BugType.LINTING}
        for failure in workable:
            if failure.bug_type is BugType.LINTING and failure.file in tested:
                continue
            return failure
        return workable[0] if workable else None

    def _given_up(self, failure: Failure) -> bool:
        attempts, fixes_then = self._attempts.get(self._signature(failure), (0, 0))
        return bool(attempts) and (attempts >= MAX_ATTEMPTS or fixes_then == self.stats.fixes_accepted)

    def _context(self, failure: Failure, state: Analysis) -> RepairContext:
        assert self.plan is not None
        suspicious = [tuple(item) for item in failure.extra.get("suspicious", [])]
        return RepairContext(
            workspace=self.workspace,
            report=state.report,
            suspicious=suspicious,
            test_files=self.plan.test_files,
            source_files=self.plan.source_files,
            llm=self.config.llm,
            lint_args=tuple(getattr(self.plan, "lint_args", ())),
        )

    def _candidates(self, failure: Failure, ctx: RepairContext, *, fallback: bool = False) -> list[Candidate]:
        """Candidates of the regular fixers, or (fallback=True) of those asked only when they failed."""
        started = time.monotonic()
        found: list[tuple[float, int, Candidate]] = []
        seen: set[tuple[str, str]] = set()
        counter = 0
        shares = [self.config.max_candidates]
        for fixer in self._fixers_for(failure):
            if failure.bug_type not in fixer.bug_types or fixer.fallback != fallback:
                continue
            try:
                produced = fixer.candidates(failure, ctx)
                for index, candidate in enumerate(produced):
                    if index >= MAX_CANDIDATES_PER_FIXER:
                        break
                    if index == 0:
                        shares.append(getattr(fixer, "max_candidates", 0))
                    key = (candidate.file, candidate.new_source)
                    if key in seen:
                        continue
                    seen.add(key)
                    counter += 1
                    found.append((candidate.priority, counter, candidate))
            except Exception as exc:  # one broken fixer must not stop the others
                logger.exception("fixer %r failed", fixer)
                self.log(f"Fixer {type(fixer).__name__} failed: {exc.__class__.__name__}: {exc}")
        found.sort(key=lambda item: (item[0], item[1]))
        # A fixer may ask for a larger share than the default (LOGIC searches a wide edit space),
        # but only one that offered candidates for this failure: the LOGIC fixer also declares
        # IMPORT (a module attribute missing on a guarded path) and must not widen every IMPORT
        # failure's search when it has nothing to say about it.
        limit = max(shares)
        chosen = [candidate for _, _, candidate in found[:limit]]
        if failure.bug_type is BugType.TYPE_ERROR:
            chosen = _avoiding_marked(chosen, ctx)
        if failure.bug_type in (BugType.TYPE_ERROR, BugType.LOGIC):
            chosen = _constant_swaps_ranked(chosen, ctx)
        self.stats.candidates_generated += len(chosen)
        self.stats.fixer_seconds += time.monotonic() - started
        if failure.bug_type is not BugType.TYPE_ERROR and not fallback:
            # (after the count: the TypeErrors' own _candidates calls count their making sites and time)
            chosen = self._weighed_beside_typeerrors(failure, chosen, ctx)
        return chosen

    def _weighed_beside_typeerrors(
        self, failure: Failure, chosen: list[Candidate], ctx: RepairContext
    ) -> list[Candidate]:
        """Another failure's candidates while a TypeError fails in the same tests (or is wrapped in
        its message, or raised at the line a candidate edits): an edit that only changes which way
        the code goes is marked `avoids` as a TypeError's own is (_avoiding_marked), and the making-site
        candidates of those TypeErrors are put after the list, so that such an edit, once it passes,
        is weighed against them (_making_site_instead) instead of being accepted for, say, a LOGIC
        failure while the TypeError's value stays wrong (mathzx: `and` for `or` in the isinstance
        check that raised, while the tuple of types was written as a list)."""
        beside, raising = _typeerrors_beside(failure, ctx.report)
        if not beside and not raising:
            return chosen
        marked = _avoiding_marked(chosen, ctx, lines=None if beside else raising)
        if not any(c.avoids for c in marked):
            return chosen
        related = beside + [t for t in _raising_at(marked, raising) if t not in beside]
        seen = {(c.file, c.new_source) for c in marked}
        sites: list[Candidate] = []
        for other in related[:MAX_TYPEERRORS_BESIDE]:
            other_ctx = replace(ctx, suspicious=[tuple(item) for item in other.extra.get("suspicious", [])])
            for candidate in self._candidates(other, other_ctx):
                if candidate.making_site and (candidate.file, candidate.new_source) not in seen:
                    seen.add((candidate.file, candidate.new_source))
                    # made for the TypeError: accepted, it is reported with that type (as _stacked's
                    # second edits are), not as the failure whose list it joins
                    sites.append(
                        candidate
                        if candidate.bug_type is not None
                        else replace(candidate, bug_type=other.bug_type)
                    )
                if len(sites) >= MAKING_SITE_TRIES_AVOIDING:
                    break
        if sites:
            self.log(
                f"  {sum(c.avoids for c in marked)} edit(s) that only change which way the code goes are weighed "
                f"against {len(sites)} making site(s) of the TypeError failing beside {failure.bug_type.value}"
            )
        return [*marked, *sites]

    def _fixers_for(self, failure: Failure) -> list[Fixer]:
        """The given fixers, else those of the language whose file the failure is in."""
        if not self._fixers_given and isinstance(self.language, CombinedLanguage):
            return list(self.language.fixers_for(failure))
        return self.fixers

    def _combined(self, failure: Failure, ctx: RepairContext) -> list[Candidate]:
        """Two-edit candidates from fixers that combine partial fixes (see LogicFixer.combine)."""
        started = time.monotonic()
        found: list[Candidate] = []
        for fixer in self._fixers_for(failure):
            combine = getattr(fixer, "combine", None)
            if failure.bug_type not in fixer.bug_types or combine is None or not self._partial:
                continue
            try:
                found += list(combine(failure, ctx, list(self._partial)))[:MAX_CANDIDATES_PER_FIXER]
            except Exception as exc:  # one broken fixer must not stop the others
                logger.exception("fixer %r failed to combine", fixer)
                self.log(f"Fixer {type(fixer).__name__} failed: {exc.__class__.__name__}: {exc}")
        self.stats.candidates_generated += len(found)
        self.stats.fixer_seconds += time.monotonic() - started
        return found

    def _repair_failure(self, failure: Failure, state: Analysis, deadline: float) -> list[Step]:
        """The accepted fix as steps to write and yield (two for a stacked fix), [] when none."""
        started = time.monotonic()
        label = f"{failure.bug_type} {failure.file}:{self._original_line(failure.file, failure.line)}"
        reproduced = bool(failing_targets(failure, state.tests))
        if (failure.test_ids or failure.extra.get("external")) and not reproduced:
            self.log(f"Not trying {label}: {REJECT_NOT_REPRODUCED}")
            return []
        assert self.language is not None
        self.language.prepare(failure, read_source=self._reader({}))
        ctx = self._context(failure, state)
        trier = self._trier(failure, state, deadline)
        tried = 0
        signature = self._signature(failure)
        skip = self._resume.pop(signature, 0)
        self._partial = []
        self._rejected_ids = set()
        self._searching = signature
        self._line_lookahead = max(
            [0] + [getattr(f, "partial_line_lookahead", 0) for f in self._fixers_for(failure)
                   if failure.bug_type in f.bug_types]
        )  # fmt: skip
        for fallback in (False, True):
            if fallback and self._stopped(deadline):
                break
            cached = None if fallback else self._generated.get(signature)
            candidates = cached if cached is not None else self._candidates(failure, ctx, fallback=fallback)
            if not fallback:
                self._generated[signature] = candidates
            if not fallback and deadline < self._round_deadline:
                # The share counts from the first candidate run: making a wide LOGIC list can
                # take a share's worth of time on a loaded machine.
                deadline = min(self._round_deadline, deadline + (time.monotonic() - started))
            if not fallback and skip and cached is None and signature in self._tried_before:
                candidates, skip = self._resumed_order(signature, candidates)
                self._generated[signature] = candidates
            if not fallback and skip:
                self.log(f"Going on with {label}: its first {skip} candidate(s) were rejected last round")
                candidates = candidates[skip:]
            if not candidates:
                continue
            self.log(f"Trying {len(candidates)} candidate(s) for {label} ({failure.message})")
            self._search_list = candidates
            done = 0
            # FIRST_PASS counts from the list's top, in blocks: a search resumed past it stacks at
            # the next block's end, so a turn still gets single edits when stacking takes the rest.
            chunks = _chunks(candidates, 0 if fallback else first_block(skip))
            strong_tried = fallback  # a strong partial patch is built on at once, once per search
            # A strong base waits while the single edits chains.singles_before_chain moved are tried.
            strong_waiting = False
            while chunks:
                chunk = chunks.pop(0)
                self._searching = signature
                self._targets = len(failing_targets(failure, state.tests))
                # A stacked search the share cut short on a strong partial patch goes on first too.
                pause = None if strong_tried else (lambda: signature in self._strong)
                trial, count = self._try_candidates(trier, chunk, deadline, pause=pause)
                tried += count
                if trial is not None:
                    kept, count = self._second_opinion(failure, trier, trial, candidates, deadline)
                    tried += count
                    if kept is None:
                        # The best compiling repair tried (fallout.Fallout.key) leaves a name undefined at
                        # its own line: the compile error is reported as not fixed, not "fixed" by a NameError.
                        self._searching = None
                        return []
                    return self._accept(failure, kept)
                if not fallback and self._stopped(deadline) and not self._should_stop():
                    self._resume[signature] = skip + done + self._settled
                    self.log(
                        f"Stopped {label} after {tried} candidate(s): its share of the time budget of this round is used up"
                    )
                    self._searching = None
                    return []
                # Paused only when the strong partial patch asked for it: a chunk cut short by the
                # time budget (nothing tried, the fallback tier not returning above) is not paused,
                # or it would be put back and cut short again without end.
                paused = count < len(chunk) and pause is not None and pause()
                if paused:
                    # A strong partial patch came up: it is built on before the rest of the list
                    # (ITER takes the best partial patch as soon as there is one), then the rest goes on.
                    strong_tried = True
                    chunks.insert(0, chunk[count:])
                    done += count
                    self.log(
                        "  a partial fix passes at least half of the targeted tests: building on it first"
                    )
                else:
                    done += len(chunk)
                if done < len(candidates) and self._stacking_left(signature) and not fallback:
                    moved = self._singles_first(signature, ctx, candidates, done=done, skip=skip)
                    if moved:
                        # One edit before two: the single edits at lines at least as suspicious as
                        # the partial patch's go first (chains.singles_before_chain).
                        ids = {id(c) for c in moved}
                        chunks = [
                            moved,
                            *[kept for ch in chunks if (kept := [c for c in ch if id(c) not in ids])],
                        ]
                        strong_waiting = strong_waiting or paused
                        self.log(
                            f"  {len(moved)} single edit(s) at lines at least as suspicious as the partial "
                            "fix's go before a second edit on it"
                        )
                        continue
                paused = paused or strong_waiting
                strong_waiting = False
                if done < len(candidates) and self._stacking_left(signature):
                    # ITER interleaves: the best partial patch so far gets a bounded second-edit
                    # search before the single edits of lower rank go on.
                    self._searching = None
                    steps, count = self._stacked(
                        failure,
                        state,
                        signature,
                        deadline,
                        label,
                        bases=1,
                        seconds=STRONG_SECOND_EDITS if paused else EARLY_SECOND_EDITS,
                    )
                    tried += count
                    if steps:
                        return steps
                    if self._stopped(deadline) and not self._should_stop():
                        self._resume[signature] = skip + done
                        self.log(
                            f"Stopped {label} after {tried} candidate(s): its share of the time budget of this round is used up"
                        )
                        return []
                if paused:
                    # Its stacked search ended without being cut short: the strong base is spent.
                    # (One cut short stays: the next turn goes on with it first.)
                    self._strong.discard(signature)
        self._searching = None
        combined = self._combined(failure, ctx) if not self._stopped(deadline) else []
        if combined:
            self.log(f"Trying {len(combined)} two-edit candidate(s) for {label}")
            trial, count = self._try_candidates(trier, combined, deadline)
            tried += count
            if trial is not None:
                return self._accept(failure, trial)
        steps, count = self._stacked(
            failure, state, signature, deadline, label, bases=MAX_BASES, seconds=MAX_SECOND_EDITS
        )
        tried += count
        if steps:
            return steps
        if self._stopped(deadline) and not self._should_stop() and self._stacking_left(signature):
            # Every single edit was tried; the stacked search goes on at the failure's next turn.
            self._resume[signature] = len(self._generated.get(signature) or [])
            self.log(
                f"Stopped {label} after {tried} candidate(s): its share of the time budget of this round is used up"
            )
            return []
        if not tried:
            self.log(f"No candidate fix for {label} ({failure.message})")
        else:
            self.log(f"No validated fix for {label} after {tried} candidate(s)")
        return []

    def _stacked(
        self,
        failure: Failure,
        state: Analysis,
        signature: tuple,
        deadline: float,
        label: str,
        *,
        bases: int,
        seconds: int,
    ) -> tuple[list[Step], int]:
        """A second edit on top of a partial patch, when no single edit fixed the failure.

        Iterative repair as in ITER (Ye & Monperrus, ICSE 2024) over a multi-hunk search space
        (Hercules, Saha et al., ICSE 2019): a rejected candidate whose targeted tests fail better
        and none worse (validation.partial_progress: an exception gone, a data-driven test past
        the case it fixed) is kept as a base. With the base in place the whole suite runs once:
        a base that breaks a passing test is dropped; else what still fails of the failure's tests
        is localised again (the second bug's own tests now point at it, no longer drowned by the
        first one's) and the fixers' candidates for it go first, then the failure's own list,
        those that left its tests exactly as before first (they never touched the first bug's
        path). Only a pair under which every targeted test passes (tier 1) and the whole suite
        keeps passing is a fix; the base alone never is. A search the share cuts short goes on
        from where it stopped at the failure's next turn.
        """
        ranked = sorted(self._bases.pop(signature, []), key=lambda item: (-item[0], item[1]))
        if ranked[bases + MAX_DROPPED :]:
            self._bases[signature] = ranked[bases + MAX_DROPPED :]
        queue: list[tuple[Candidate, list[Candidate] | None]] = []
        if signature in self._stack_resume:
            queue.append(self._stack_resume.pop(signature))
        queue += [(base, None) for _, _, base in ranked[: bases + MAX_DROPPED]]
        tried = searched = dropped = 0
        left: list[tuple[int, int, Candidate]] = []
        while queue:
            base, stacked = queue.pop(0)
            # A chain (a pair of this search that improved strictly on its base) is searched on
            # in the same turn, past the count of bases: it is the best partial patch there is.
            chained = (base.file, base.new_source) in self._chains
            if self._stopped(deadline) or (searched >= bases and not chained) or dropped >= MAX_DROPPED:
                left.append((1 << 20, -len(left), base))  # not reached: first at the next search
                continue
            try:
                original = self.workspace.read_text(base.file)
            except (OSError, UnsafePath):
                continue
            overlay = {base.file: base.new_source}
            self._sandbox_write(base.file, base.new_source)
            accepted = None
            try:
                if stacked is None:
                    stacked = self._second_edits(failure, state, signature, base, original, seconds)
                if not stacked:
                    dropped += 1  # it broke a passing test (or left nothing to try): the next one
                    continue
                searched += 1
                self.log(
                    f"Trying {len(stacked)} candidate(s) for {label} on top of '{base.description}' "
                    f"(line {base.line}), a partial fix"
                )
                trier = self._trier(failure, state, deadline, overlay=overlay)
                self._stacking = (signature, base)
                # A pair that restores the tests its base broke may leave the targeted tests failing
                # further on (tier 2), as a single edit may; any other pair must pass them all.
                tier = 2 if (base.file, base.new_source) in self._unmasking else 1
                trial, count = self._try_candidates(
                    trier, stacked, deadline, exact=True, overlay=overlay, tier=tier
                )
                tried += count
                if trial is not None:
                    accepted = self._accept_stacked(failure, base, trial, original=original)
                    return accepted, tried
                if self._stopped(deadline) and self._settled < len(stacked):
                    self._stack_resume[signature] = (base, stacked[self._settled :])
            finally:
                self._stacking = None
                if accepted is None:
                    self._sandbox_write(base.file, original)
                    queue[:0] = self._take_chains(signature)
        if left:
            self._bases[signature] = left + self._bases.get(signature, [])
        return [], tried

    def _second_edits(
        self, failure: Failure, state: Analysis, signature: tuple, base: Candidate, original: str, limit: int
    ) -> list[Candidate]:
        """The candidates to try on top of `base` (staged in the sandbox), best first; [] to drop it."""
        assert self.language is not None
        tests = self.runner.run_tests(coverage=self.config.coverage)
        self.stats.suite_runs += 1
        self.stats.sandbox_seconds += tests.duration
        self.stats.base_seconds += tests.duration
        broken = regressions(state.tests, tests)
        if tests.error:
            self.log(
                f"  not building on '{base.description}' (line {base.line}): it breaks tests that passed"
            )
            return []
        started = time.monotonic()
        analysis = self.language.analyse(
            tests=tests,
            lint=state.lint,
            read_source=self._reader({base.file: base.new_source}),
            should_stop=self._should_stop,
        )
        self.stats.analysis_seconds += time.monotonic() - started
        targets = set(failing_targets(failure, state.tests))
        unmasked = _unmasked(analysis.failures, broken=broken, base=base) if broken else []
        if broken and not 0 < len(unmasked) <= MAX_UNMASKED:
            self.log(
                f"  not building on '{base.description}' (line {base.line}): it breaks tests that passed"
            )
            return []
        remaining = unmasked or [f for f in analysis.failures if targets.intersection(f.test_ids)]
        remaining = remaining[:MAX_RELOCALISED]
        fresh: list[Candidate] = []
        if remaining and not analysis.stopped:
            # The fixers read the workspace: it holds the base while they make its second edits.
            self.workspace.write_text(base.file, base.new_source)
            try:
                for other in remaining:
                    self.language.prepare(other, read_source=self._reader({}))
                    # Made for the failure the base left (an assertion after a TypeError's partial
                    # fix): the second edit repairs that failure, so it is reported with its type.
                    fresh += [
                        c if c.bug_type is not None else replace(c, bug_type=other.bug_type)
                        for c in self._candidates(other, self._context(other, analysis))
                    ]
            finally:
                self.workspace.write_text(base.file, original)
        if broken:
            # The second edit must restore what the base broke: only those tests' own candidates.
            self._unmasking.add((base.file, base.new_source))
            self.log(
                f"  building on '{base.description}' (line {base.line}) although it breaks {len(broken)} "
                "passing test(s): a fault it unmasked there must be fixed with it"
            )
            return [c for c in fresh if (c.file, c.line) != (base.file, base.line)][:MAX_UNMASKING_EDITS]
        untouched = self._untouched.get(signature, set())
        known = sorted(
            (c for c in self._generated.get(signature) or [] if (c.file, c.line) != (base.file, base.line)),
            key=lambda c: (c.file, c.new_source) not in untouched,  # stable: the rank is kept
        )
        made_on_base = {id(c) for c in fresh}
        stacked: list[Candidate] = []
        seen: set[tuple[str, str]] = set()
        logic_lines = _logic_lines(
            self._chains.get((base.file, base.new_source)), base, failure, original=original
        )
        compensating = 0
        for second in fresh[:limit] + known[:limit]:
            if (second.file, second.line) == (base.file, base.line):
                continue
            if second.file == base.file and compensates(
                original=original,
                base_source=base.new_source,
                line=second.line,
                logic_lines=logic_lines,
                edit_logic=(second.bug_type or failure.bug_type) == BugType.LOGIC,
            ):
                compensating += 1  # it would mend the base's condition, not the fault (chains.compensates)
                continue
            if second.file == base.file and id(second) not in made_on_base:
                merged = stack_edits(original, base.new_source, second.new_source)
                if merged is None:
                    continue
                second = replace(second, new_source=merged)
            key = (second.file, second.new_source)
            if key not in seen:
                seen.add(key)
                stacked.append(second)
        if compensating:
            self.log(
                f"  left out {compensating} edit(s) in a branch of the condition '{base.description}' "
                "rewrote or binding what it reads: they would compensate it, not fix the fault"
            )
        return stacked

    def _trier(
        self, failure: Failure, state: Analysis, deadline: float, *, overlay: dict[str, str] | None = None
    ) -> Trier:
        assert self.plan is not None and self.language is not None
        staged = dict(overlay or {})
        return Trier(
            failure=failure,
            state=state,
            plan=self.plan,
            runner=self.runner,
            sandbox=self.sandbox,
            stats=self.stats,
            read_source=lambda overrides: self._reader({**staged, **overrides}),
            host_judges=self._host_judges,
            # A failure's share of the round ends between candidates, never inside one: the
            # whole-suite run of a candidate that reached it is judged to the end of the round.
            should_stop=lambda: self._stopped(max(deadline, self._round_deadline)),
            analyse=self.language.analyse,
            coverage=self.config.coverage,
            # A base in place: its pairs' probes are read as a partial patch's (trial.STACKED_PROGRESS).
            stacked=bool(staged),
            host_parser=self.language.host_parser,
        )

    def _try_candidates(
        self,
        trier: Trier,
        candidates: list[Candidate],
        deadline: float,
        *,
        exact: bool = False,
        overlay: dict[str, str] | None = None,
        tier: int = 1,
        pause: Callable[[], bool] | None = None,
    ) -> tuple[Trial | None, int]:
        """The first candidate every stage accepts, preferring those whose targeted tests all pass.

        A candidate that removes its target but leaves a targeted test failing (tiers 2 and 3)
        is kept aside while up to MASKED_LOOKAHEAD more candidates are tried for a tier-1
        one; then the kept ones go on: lower tier first, then most targeted tests passing.
        Unless no targeted test could run at all (another file's error blocks their modules):
        then no candidate can be told from another before that error is fixed — except from
        a kept candidate under which the tests did run: that one goes first (a syntax error
        mended whole beats one only moved further down the file).
        exact (stacked search): only a candidate under which every targeted test passes is kept
        (tier 1; with tier=2, also one under which they fail further on);
        overlay: texts staged in place of the workspace's (the partial patch it builds on).
        pause: asked between candidates while nothing is kept aside and every one before was
        rejected; when it says so the search returns (None, candidates tried) to go on later.
        """
        self._memo_context = self._search_context(trier, overlay)
        try:
            return self._try_each(
                trier, candidates, deadline, exact=exact, overlay=overlay, tier=tier, pause=pause
            )
        finally:
            self._memo_context = None

    def _try_each(
        self,
        trier: Trier,
        candidates: list[Candidate],
        deadline: float,
        *,
        exact: bool,
        overlay: dict[str, str] | None,
        tier: int,
        pause: Callable[[], bool] | None,
    ) -> tuple[Trial | None, int]:
        """_try_candidates' loop (see there)."""
        deferred: list[Trial] = []
        horizon: int | None = None
        tried = 0
        self._settled = 0
        candidates = list(candidates)
        reordered = len(candidates)
        unjudged = len(candidates)  # the first candidate the time budget cut short: tried again
        for index, candidate in enumerate(candidates):
            if not deferred:
                self._settled = min(index, reordered, unjudged)  # every one before it was rejected
                if pause is not None and index and self._settled == index and pause():
                    return None, tried
            if self._stopped(self._round_deadline) or (self._stopped(deadline) and tried >= MIN_TRIES):
                # The failure's share is used up; what it kept aside is still judged (in the round).
                return self._confirm_deferred(trier, deferred, self._round_deadline), tried
            if horizon is not None and index >= horizon:
                accepted = self._confirm_deferred(trier, deferred, deadline)
                if accepted is not None:
                    return accepted, tried
                deferred, horizon = [], None
            tried += 1
            trial = self._quick(trier, candidate, overlay=overlay)
            if trial is None:
                continue
            if exact and (trial.verdict.tier > tier or (trial.verdict.blocked and trial.verdict.tier != 1)):
                self._rejected(replace(trial, verdict=replace(trial.verdict, ok=False, reason=NOT_EXACT)))
                continue
            if trial.verdict.tier == 1 or (trial.verdict.blocked and not deferred):
                if not exact and overlay is None and trial.verdict.tier == 1 and not trial.verdict.blocked:
                    # An edit at a use passed: an edit where the value was made may pass too.
                    preferred, count = self._making_site_instead(
                        trier, candidate, [*candidates[index + 1 :], *self._beyond_chunk(candidates)]
                    )
                    tried += count
                    if preferred is not None:
                        return preferred, tried
                if not exact and overlay is None and trial.verdict.tier == 1 and not trial.verdict.blocked:
                    # It re-edits the line the file's last fix changed: one edit of the original line first.
                    single, count = self._one_edit_instead(trier, candidate)
                    tried += count
                    if single is not None:
                        return single, tried
                confirmed = self._confirm(trier, trial)
                if confirmed.state is not None and exact and confirmed.verdict.tier > tier:
                    # The whole suite judged a targeted test otherwise: not every one passes.
                    trier.restore(confirmed)
                    confirmed = replace(
                        confirmed, state=None, verdict=replace(confirmed.verdict, reason=NOT_EXACT)
                    )
                if confirmed.state is not None:
                    return confirmed, tried
                self._rejected(confirmed)
                if confirmed.verdict.reason == STOPPED_ANALYSING:
                    unjudged = min(unjudged, index)
                continue
            deferred.append(trial)
            if horizon is None:
                # A fixer may ask for the rest of a partial fix's line first (npm LOGIC: its
                # candidates interleave many tied lines, so the line's next edits come late).
                same = _same_line_first(candidates, index, self._line_lookahead)
                reordered = min(reordered, index + 1) if same else reordered
                horizon = index + 1 + same + MASKED_LOOKAHEAD
        return self._confirm_deferred(trier, deferred, deadline), tried

    def _making_site_instead(
        self, trier: Trier, passed: Candidate, later: list[Candidate]
    ) -> tuple[Trial | None, int]:
        """A confirmed edit where the failing value was MADE, tried when an edit elsewhere (at a use)
        has just passed every targeted test: (the trial, candidates tried), (None, n) if none passes.

        A conversion or a guard at the line that refused a value passes the tests that reach that
        line, while the value stays wrong for every other use (many TypeErrors of one message at
        the uses of one value; a dropped conversion found only by the tests that read it elsewhere).
        An edit at the value's making site repairs every use, so when the fixers offered some
        (`Candidate.making_site`) later in the list, up to MAKING_SITE_TRIES of them are tried first
        and the first that every targeted test passes AND the whole suite confirms is taken; if
        none does, the edit at the use is confirmed as before.
        """
        if passed.making_site:
            return None, 0
        sites = [c for c in later if c.making_site and (c.file, c.line) != (passed.file, passed.line)]
        tried = 0
        weak = passed.avoids or passed.wraps  # the crash avoided or the value wrapped at its use
        for candidate in sites[: MAKING_SITE_TRIES_AVOIDING if weak else MAKING_SITE_TRIES]:
            if self._stopped(self._round_deadline):
                break  # the round's end stops these as it stops every other candidate (_try_each)
            tried += 1
            trial = self._quick(trier, candidate)
            if trial is None or trial.verdict.tier != 1 or trial.verdict.blocked:
                continue
            confirmed = self._confirm(trier, trial)
            if confirmed.state is not None:
                self.log(
                    f"  preferred '{candidate.description}' (line {candidate.line}), where the value is made, "
                    f"over '{passed.description}' (line {passed.line}): both pass their targeted tests"
                )
                return confirmed, tried
            self._rejected(confirmed)
        return None, tried

    def _one_edit_instead(self, trier: Trier, passed: Candidate) -> tuple[Trial | None, int]:
        """(the confirmed trial, 1) of the one edit of the ORIGINAL line that stands for `passed` and the
        file's last fix together (restacked.one_edit_instead), tried when `passed` re-edits that fix's
        line and has just passed its targeted tests; (None, 0 or 1) when there is none or it fails."""
        try:
            current = self.workspace.read_text(passed.file)
        except (OSError, UnsafePath):
            return None, 0
        single = one_edit_instead(self._accepted, passed, current)
        if single is None or self._stopped(self._round_deadline):
            return None, 0
        trial = self._quick(trier, single)
        if trial is None or trial.verdict.tier != 1 or trial.verdict.blocked:
            return None, 1
        confirmed = self._confirm(trier, trial)
        if confirmed.state is None:
            self._rejected(confirmed)
            return None, 1
        self.log(
            f"  preferred '{single.description}' (line {single.line}) over '{passed.description}': "
            "one edit of the line as written passes too"
        )
        last = next(edit for edit in reversed(self._accepted) if edit.outcome.file == passed.file)
        self._restacking = (single.file, single.new_source, last)
        return confirmed, 1

    def _beyond_chunk(self, chunk: list[Candidate]) -> list[Candidate]:
        """The current search's candidates after this chunk, not yet rejected: a making-site edit
        ranked in a later block is a rival of an edit at the use all the same (_making_site_instead)."""
        listed = self._search_list
        if not listed or not chunk:
            return []
        ids = {id(c) for c in chunk}
        last = max((i for i, c in enumerate(listed) if id(c) in ids), default=len(listed))
        return [c for c in listed[last + 1 :] if id(c) not in ids and id(c) not in self._rejected_ids]

    def _search_context(self, trier: Trier, overlay: dict[str, str] | None) -> tuple | None:
        """What a candidate's verdict depends on besides its own text: every code file as it is now,
        the partial patch staged under it, and the failure it is judged against (None: no memo, for
        a trier judging no failure of its own)."""
        failure = getattr(trier, "failure", None)
        if failure is None:
            return None
        staged = tuple(sorted((file, _digest(text)) for file, text in (overlay or {}).items()))
        return (self._fingerprint(), staged, failure.bug_type, failure.file, failure.line, failure.message)

    def _memo_key(self, candidate: Candidate) -> tuple | None:
        if self._memo_context is None:
            return None
        return (*self._memo_context, candidate.file, _digest(candidate.new_source))

    def _seen_rejected(self, candidate: Candidate) -> bool:
        """Whether the same text was rejected outright for the same failure with the code unchanged.

        A search the round's budget cut short goes on at its next turn from its regular list's first
        candidate not yet rejected, but its fallback list, its two-edit candidates and a stacked
        search's second edits start again from their tops: on round 40's pronouncing case 61 of 240
        candidate runs were such repeats, each a sandbox run judged as before. Only a verdict that is
        a function of the code is reused: not one of time (TIMED_VERDICTS: a loaded machine), nor a
        partial patch's (a rejection with progress or passing tests also feeds the stacked search).
        """
        key = self._memo_key(candidate)
        return key is not None and key in self._rejected_texts

    def _remember_rejected(self, trial: Trial) -> None:
        verdict = trial.verdict
        key = self._memo_key(trial.candidate)
        if key is None or verdict.reason in TIMED_VERDICTS or verdict.progress or verdict.score:
            return
        self._rejected_texts.add(key)

    def _quick(
        self, trier: Trier, candidate: Candidate, *, overlay: dict[str, str] | None = None
    ) -> Trial | None:
        try:
            old = (overlay or {}).get(candidate.file) or self.workspace.read_text(candidate.file)
        except (OSError, UnsafePath) as exc:
            self.log(f"  rejected '{candidate.description}': cannot read {candidate.file}: {exc}")
            return None
        if _digest(candidate.new_source) in self._replaced.get(candidate.file, ()) or self._refuses(
            candidate
        ):
            # Two edits that each let the tests get "further" can undo each other forever; a
            # text an accepted fix replaced is never written back.
            self.log(
                f"  rejected '{candidate.description}' (line {candidate.line}): it undoes a fix made earlier"
            )
            return None
        if self._seen_rejected(candidate):
            self.log(
                f"  skipped '{candidate.description}' (line {candidate.line}): rejected before, with the code as it is now"
            )
            return None
        trial = trier.quick(candidate, old)
        if not trial.verdict.ok:
            self._rejected(trial)
            return None
        return trial

    def _second_opinion(
        self, failure: Failure, trier: Trier, trial: Trial, candidates: list[Candidate], deadline: float
    ) -> tuple[Trial | None, int]:
        """(the compile repair to keep, candidates run to decide): the accepted one unless its
        fallout points at it and a next compiling candidate's outcome is better (fallout.py).

        A SYNTAX or INDENTATION repair is accepted once the module compiles and the checks get
        further; nothing before compared it with the candidates ranked after it. When the tests
        that now fail for the first time run through its lines or name what it took off them (a
        base class, a parameter), up to MAX_FALLOUT_LOOKS next candidates not rejected in this
        search are tried, at most MAX_FALLOUT_RUNS of them on the whole suite, within the
        failure's share; the one kept has the fewest implicated failures, then the most tests
        passing, then the better rank. Only that one is staged, accepted and reported.
        """
        if (
            failure_precedence(failure) != 0
            or trial.state is None
            or not trial.candidate.file.endswith(".py")
        ):
            return trial, 0
        read = self._reader({})
        first = self._fallout_of(trier, trial, read)
        if not first.implicated:
            return trial, 0
        rank = {id(candidate): index for index, candidate in enumerate(candidates)}
        self.log(
            f"  '{trial.candidate.description}' compiles, but {_fallout_words(first)}: "
            "trying the next compiling candidate(s) against it"
        )
        trier.restore(trial)
        kept: list[tuple[tuple, Trial, Fallout]] = [
            (first.key(rank.get(id(trial.candidate), 0)), trial, first)
        ]
        looks = runs = 0
        for candidate in candidates:
            if looks >= MAX_FALLOUT_LOOKS or runs >= MAX_FALLOUT_RUNS:
                break
            if candidate is trial.candidate or id(candidate) in self._rejected_ids:
                continue
            if self._stopped(deadline) or self._stopped(self._round_deadline):
                break
            looks += 1
            quick = self._quick(trier, candidate)
            if quick is None:
                continue
            runs += 1
            confirmed = self._confirm(trier, quick)
            if confirmed.state is None:
                self._rejected(confirmed)
                continue
            other = self._fallout_of(trier, confirmed, read)
            trier.restore(confirmed)
            self.log(f"  '{candidate.description}' compiles too: {_fallout_words(other)}")
            kept.append((other.key(rank.get(id(candidate), len(candidates))), confirmed, other))
        _, best, outcome = min(kept, key=lambda item: item[0])
        if outcome.own_unbound:
            # The best compiling repair reads a name nothing binds at the very line it wrote
            # (`fb'...'` made `fb, '...'`): withdrawn, every candidate compared marked rejected,
            # so the compile error stays reported as not fixed (round 46).
            for _, withdrawn, _ in kept:
                self._rejected_ids.add(id(withdrawn.candidate))
                if (key := self._memo_key(withdrawn.candidate)) is not None:
                    self._rejected_texts.add(key)  # not tried again in a later round
            self.log(
                f"Withdrew '{best.candidate.description}': it leaves {', '.join(outcome.own_unbound)} undefined "
                "at the line it wrote, and no next compiling candidate did better"
            )
            return None, looks
        trier.restage(best)
        if best is not trial:
            self.log(
                f"Replaced '{trial.candidate.description}' by '{best.candidate.description}': the first's "
                f"fallout pointed at it ({first.implicated} new failing test(s) through its lines or naming "
                f"{', '.join(first.names) or 'nothing it removed'}), the other's {outcome.implicated}, "
                f"{outcome.passed} passing against {first.passed}"
            )
        else:
            self.log(f"  kept '{trial.candidate.description}': no next compiling candidate did better")
        return best, looks

    def _fallout_of(self, trier: Trier, trial: Trial, read: Callable[[str], str | None]) -> Fallout:
        assert trial.state is not None
        return fallout(
            file=trial.candidate.file,
            old=trial.edit.old,
            new=trial.edit.new,
            before=trier.state.tests,
            after=trial.state.tests,
            read=read,
            lint_before=trier.state.lint.findings,
            lint_after=trial.state.lint.findings,
        )

    def _confirm_deferred(self, trier: Trier, deferred: list[Trial], deadline: float) -> Trial | None:
        for trial in sorted(deferred, key=lambda t: (t.verdict.blocked, t.verdict.tier, -t.verdict.score)):
            # Candidates that passed their targeted tests are confirmed until the round ends (the
            # trier's limit), even when the failure's own share ran out meanwhile.
            if self._stopped(deadline) and trier.should_stop():
                return None
            confirmed = self._confirm(trier, trial)
            if confirmed.state is not None:
                return confirmed
            self._rejected(confirmed)
        return None

    def _confirm(self, trier: Trier, trial: Trial) -> Trial:
        """The trier's whole-suite confirmation, refused when it brings back a behaviour seen before."""
        confirmed = trier.confirm(trial)
        state = confirmed.state
        if state is None or behaviour_digest(tests=state.tests, lint=state.lint) not in self._behaviours:
            return confirmed
        # Each such edit looks like progress from the one before it, so they would follow each
        # other round after round and each be reported as a fix (see analysis.behaviour).
        trier.restore(confirmed)
        reason = "the checks show exactly what they showed before an earlier fix: it would undo that fix"
        return replace(confirmed, state=None, verdict=replace(confirmed.verdict, ok=False, reason=reason))

    def _rejected(self, trial: Trial) -> None:
        candidate = trial.candidate
        self._rejected_ids.add(id(candidate))
        self._remember_rejected(trial)
        if self._stacking is not None:
            self._note_chain(trial)
        if trial.verdict.score:  # it made some targeted tests pass: a seed for two-edit candidates
            self._partial.append((candidate, trial.verdict.score))
        if self._searching is not None:
            if trial.verdict.progress:  # a partial patch: a base for a second edit (_stacked)
                self._base_passing[(candidate.file, candidate.new_source)] = passing(trial.verdict)
                bases = self._bases.setdefault(self._searching, [])
                bases.append((trial.verdict.progress, len(bases), candidate))
                if self._targets > 1 and 2 * trial.verdict.passing >= self._targets:
                    # Most of the failure's tests pass with it: the others likely meet a second
                    # fault it uncovered (fault masking, DiGiuseppe and Jones, ISSTA 2011).
                    self._strong.add(self._searching)
            elif trial.verdict.reason == UNTOUCHED:
                self._untouched.setdefault(self._searching, set()).add((candidate.file, candidate.new_source))
        self.log(
            f"  rejected '{candidate.description}' (line {candidate.line}, {trial.seconds:.1f}s): "
            f"{trial.verdict.reason}"
        )

    def _take_chains(self, signature: tuple) -> list[tuple[Candidate, list[Candidate] | None]]:
        """The chains kept among the failure's bases, best first, taken out of them to search now."""
        kept = self._bases.get(signature, [])
        chains = sorted(
            (item for item in kept if (item[2].file, item[2].new_source) in self._chains),
            key=lambda item: (-item[0], item[1]),
        )
        if chains:
            self._bases[signature] = [item for item in kept if item not in chains]
        return [(base, None) for _, _, base in chains]

    def _note_chain(self, trial: Trial) -> None:
        """Keep a rejected pair of the stacked search as a base when it improves strictly on its base.

        Three bugs feeding the same tests: no pair makes them all pass, but the right pair makes
        more of them pass than its base did and none worse; a third edit on it may finish the fix
        (chains.py). Nothing is reported from it until that whole chain is validated.
        """
        assert self._stacking is not None
        signature, base = self._stacking
        verdict = trial.verdict
        inexact = verdict.reason == NOT_EXACT and verdict.tier in (2, 3)
        base_passing = self._base_passing.get((base.file, base.new_source), 0)
        if not improves_on(verdict, base_passing=base_passing, inexact=inexact):
            return
        found = extend(base, trial.candidate, self._chains.get((base.file, base.new_source)))
        if found is None:
            return
        deeper, chain = found
        key = (deeper.file, deeper.new_source)
        made = self._chains_made.get((base.file, base.new_source), 0)
        if key in self._chains or made >= MAX_CHAINS_PER_BASE:
            return
        self._chains_made[(base.file, base.new_source)] = made + 1
        self._chains[key] = chain
        self._base_passing[key] = passing(verdict)
        bases = self._bases.setdefault(signature, [])
        bases.append((CHAIN_PRIORITY + passing(verdict), len(bases), deeper))
        self.log(
            f"  a partial fix of {len(chain.parts)} edits to build on: {passing(verdict)} targeted test(s) "
            f"pass with '{deeper.description}', {base_passing} with its base"
        )

    def _accept(self, failure: Failure, trial: Trial, *, split: bool = True) -> list[Step]:
        candidate, new_state = trial.candidate, trial.state
        assert new_state is not None
        old = trial.edit.old
        previous = self._state
        # One edit of the original line in place of the file's last fix and an edit on it: that fix is
        # taken back (its change is not in the text written), and this one is reported against the
        # text before it. Review 49: both were reported FIXED, the first naming a change no longer made.
        restacked, self._restacking = self._restacking, None
        if restacked is not None and (restacked[0], restacked[1]) != (candidate.file, candidate.new_source):
            restacked = None
        withdrawn = None
        if restacked is not None and restacked[2].after == old and restacked[2] in self._accepted:
            withdrawn = restacked[2]  # (the file is still exactly as that fix left it)
        base = withdrawn.before if withdrawn is not None else old
        self._original(candidate.file)
        line = self._original_line(candidate.file, candidate.line)
        # (Split only where repair() writes each step: a backtrack yields the outcomes of a written edit.)
        folded = self._folded(candidate, old=old, line=line, message=failure.message) if split else None
        # The files change: every failure's candidates are made afresh. Forgotten before the write,
        # so what each paused search tried is keyed by the lines it was made on (_line_origins).
        self._forget_searches()
        self.workspace.write_text(candidate.file, candidate.new_source)
        self._replaced.setdefault(candidate.file, set()).add(_digest(old))
        self._state_take(new_state)
        self._state_print = self._fingerprint()
        self.stats.fixes_accepted += 1
        withdrawal = None
        if withdrawn is not None:
            self._accepted.remove(withdrawn)
            self._provisional = [p for p in self._provisional if p.accepted is not withdrawn]
            self.stats.fixes_withdrawn += 1
            withdrawal = self._withdrawal(withdrawn, current=old, reverted=withdrawn.before)
            self.log(f"Taken out: {withdrawn.outcome.fix_line} (one edit of the line as written replaces it)")
        outcome = FixOutcome(
            bug_type=candidate.bug_type or failure.bug_type,
            file=candidate.file,
            line=line,
            description=candidate.description,
            status=FixStatus.FIXED,
            diff=unified_diff(candidate.file, base, candidate.new_source),
            message=failure.message,
        )
        outcome = self._as_amendment(outcome, old=base, new=candidate.new_source)
        steps: list[Step] = [(outcome, candidate.file, None)]
        if folded is not None:
            (first, intermediate), (second, _) = folded
            if outcome.description == candidate.description:  # not amended (_as_amendment)
                first = replace(outcome, description=first.description, diff=first.diff)
            else:
                first = replace(outcome, diff=first.diff)
            steps = [(first, candidate.file, intermediate), (second, candidate.file, candidate.new_source)]
        self._accepted.append(
            AcceptedEdit(
                steps[0][0],  # the fix lines reported: a withdrawal takes back exactly those
                before=base,
                after=candidate.new_source,
                targets=_made_pass(failure, previous, new_state),
                also=tuple(step[0] for step in steps[1:]),
            )
        )
        if trial.verdict.tier == 2 and previous is not None:
            self._provisional.append(
                Provisional(self._accepted[-1], targets=tuple(failing_targets(failure, previous.tests)))
            )
        report = new_state.report
        masked = {
            2: " (a targeted test now fails further on: a bug it hid)",
            3: " (other targeted tests fail exactly as before: another bug)",
        }.get(trial.verdict.tier, "")
        self.log(
            f"Fixed: {outcome.fix_line} (now {report.passed} passed, {report.failed} failed, "
            f"{report.lint_findings} lint finding(s)){masked}"
        )
        if len(steps) > 1:
            self.log(f"  the same edit mended a second compile error: {steps[1][0].fix_line}")
        if withdrawal is not None:
            # The revert is written and yielded (committed) first, then the one edit (as _backtrack).
            steps = [
                (withdrawal, candidate.file, withdrawn.before),
                (steps[0][0], candidate.file, candidate.new_source),
                *steps[1:],
            ]
        return steps

    def _folded(self, candidate: Candidate, *, old: str, line: int, message: str):
        """A compile repair that also mended the compile error behind it, as two fixes (folded.py)."""
        if candidate.bug_type is None or self.language is None or not self.language.owns(candidate.file):
            return None
        parser = self.language.host_parser(candidate.file)
        file = candidate.file

        def parse(text: str):
            return parser.error(text, file) if parser else compile_error(text, file)

        outcome = FixOutcome(
            bug_type=candidate.bug_type,
            file=file,
            line=line,
            description=candidate.description,
            status=FixStatus.FIXED,
            message=message,
        )
        return split_folded(
            outcome,
            old=old,
            new=candidate.new_source,
            line=candidate.line,
            parse=parse,
            original_line=lambda n: self._original_line(file, n),
        )

    def _as_amendment(self, outcome: FixOutcome, *, old: str, new: str) -> FixOutcome:
        """An edit that rewrites a line this heal's last fix of the file wrote completes that fix
        (chains.amended_fix): reported under its type, not as a bug of the repository's own."""
        amended = amended_fix(self._accepted, file=outcome.file, old=old, new=new)
        if amended is None:
            return outcome
        self.log(
            f"  it rewrites what the {amended.bug_type.value} fix of line {amended.line} wrote: reported as completing it"
        )
        return replace(
            outcome,
            bug_type=amended.bug_type,
            description=f"{outcome.description} (completes the {amended.bug_type.value} fix of line {amended.line})",
        )

    def _state_take(self, state: Analysis) -> None:
        """An accepted fix's whole-suite run becomes the state; what it shows may never come back.

        check() records it too, but the tabu must not depend on a check() in between.
        """
        self._state = state
        self._behaviours.add(behaviour_digest(tests=state.tests, lint=state.lint))

    def _accept_stacked(
        self, failure: Failure, base: Candidate, trial: Trial, *, original: str
    ) -> list[Step]:
        """Two fix lines, each at its own place, validated together; written one at a time by repair().

        The first step writes the partial patch alone, the second adds the second edit; each
        is committed on its own (with its own line and diff), so the history says which edit
        is which. Only the pair was validated: the state is the pair's whole-suite run.
        """
        second, new_state = trial.candidate, trial.state
        assert new_state is not None
        chain = self._chains.get((base.file, base.new_source))  # read before the searches are forgotten
        self._original(base.file)
        self._original(second.file)
        first_line = self._original_line(base.file, base.line)
        second_line = self._original_line(second.file, second.line)
        before_second = base.new_source if second.file == base.file else self.workspace.read_text(second.file)
        self._forget_searches()
        self._replaced.setdefault(base.file, set()).add(_digest(original))
        self._replaced.setdefault(second.file, set()).add(_digest(before_second))
        self._state_take(new_state)  # the files are written by repair(): the print is taken then
        # A chain's base is several edits: each is written, committed and reported on its own.
        edits = (
            [
                (part, self._original_line(part.file, part.line), old, new)
                for part, old, new in chain_steps(chain, original=original)
            ]
            if chain is not None
            else [(base, first_line, original, base.new_source)]
        )
        for _, _, old, _ in edits[1:]:
            self._replaced.setdefault(base.file, set()).add(_digest(old))
        edits.append((second, second_line, before_second, second.new_source))
        self.stats.fixes_accepted += len(edits)
        steps: list[Step] = []
        for candidate, line, old, new in edits:
            outcome = FixOutcome(
                bug_type=candidate.bug_type or failure.bug_type,
                file=candidate.file,
                line=line,
                description=candidate.description,
                status=FixStatus.FIXED,
                diff=unified_diff(candidate.file, old, new),
                message=failure.message,
            )
            steps.append((outcome, candidate.file, new))
            self._accepted.append(AcceptedEdit(outcome, before=old, after=new))
        report = new_state.report
        self.log(
            f"Fixed: {' and '.join(step[0].fix_line for step in steps)}, {len(steps)} edits validated together "
            f"(now {report.passed} passed, {report.failed} failed, {report.lint_findings} lint finding(s))"
        )
        return steps

    def _singles_first(
        self, signature: tuple, ctx: RepairContext, candidates: list[Candidate], *, done: int, skip: int
    ) -> list[Candidate]:
        """Move the untried single edits a chain must wait for (chains.singles_before_chain) right
        after the tried ones, in `candidates` and in the failure's generated list alike, so that a
        resumed search's count of tried candidates (`skip + done`) still names a prefix; the moved ones.
        """
        base = self._next_base(signature)
        if base is None:
            return []
        # The bound is the base's: moved again at each block's end, the chain would wait for every
        # single edit at a line as suspicious (all of them, for a base at a line no test ranks).
        waited = (signature, base.file, base.new_source)
        if waited in self._waited:
            return []
        self._waited.add(waited)
        moved = singles_before_chain(candidates[done:], base=base, suspicious=ctx.suspicious)
        if not moved:
            return []
        ids = {id(c) for c in moved}
        tail = [*candidates[:done], *moved, *(c for c in candidates[done:] if id(c) not in ids)]
        full = self._generated.get(signature)
        if full is not None and full is not candidates and len(full) == skip + len(candidates):
            full[skip:] = tail
        candidates[:] = tail
        return moved

    def _next_base(self, signature: tuple) -> Candidate | None:
        """The partial patch the failure's next stacked search builds on first (as _stacked picks it)."""
        if signature in self._stack_resume:
            return self._stack_resume[signature][0]
        ranked = sorted(self._bases.get(signature, []), key=lambda item: (-item[0], item[1]))
        return ranked[0][2] if ranked else None

    def _stacking_left(self, signature: tuple) -> bool:
        """Whether the failure has partial patches (or a stacked search under way) to build on."""
        return bool(self._bases.get(signature)) or signature in self._stack_resume

    def _forget_searches(self) -> None:
        """Files changed: candidates, partial patches and their evidence are made afresh.

        Called before the changed files are written: what each paused search tried is keyed by the
        lines of the files its candidates were made on (_resumed_order).
        """
        origin = self._line_origins()
        for signature, candidates in self._generated.items():
            if self._resume.get(signature):
                tried = candidates[: self._resume[signature]]
                self._tried_before[signature] = {_tried_key(c, origin) for c in tried}
        self._generated.clear()
        self._bases.clear()
        self._untouched.clear()
        self._stack_resume.clear()
        self._waited.clear()
        self._unmasking.clear()
        self._strong.clear()
        self._chains.clear()
        self._base_passing.clear()
        self._chains_made.clear()

    def _host_judges(self, file: str) -> bool:
        """Whether the host's parser may veto candidates for `file`.

        Yes when the host's parser is trusted (CPython's: when the sandbox's Python is not
        newer than the host's); otherwise only for files whose text at the start of the run
        parsed on the host (they use no syntax the host lacks). The sandbox's own runs judge
        the others.
        """
        assert self.language is not None
        parser = self.language.host_parser(file)
        if self._state is None:
            return True
        trusted = parser.trusted(self._state) if parser else host_judges_syntax(self._state.tests.python)
        if trusted:
            return True
        if file not in self._host_compiles:
            original = self._original(file)
            parse = parser.error if parser else compile_error
            self._host_compiles[file] = original is not None and parse(original, file) is None
        return self._host_compiles[file]

    # -- line bookkeeping ----------------------------------------------------------
    def _resumed_order(self, signature: tuple, candidates: list[Candidate]) -> tuple[list[Candidate], int]:
        """A paused search's list made afresh after another fix (_tried_first), its tried edits
        matched by the line of the run's original file they are on: a fix that adds or removes
        lines of the same file moves the others, and an untried edit moved onto a tried one's
        line number with the same description was skipped without ever being run."""
        return _tried_first(candidates, self._tried_before.pop(signature), self._line_origins())

    def _line_origins(self) -> Callable[[str, int], int]:
        """A line of a file as the workspace holds it now mapped to the file as the run started
        (_original_line), each line mapped once: a list has many candidates per line."""
        known: dict[tuple[str, int], int] = {}

        def origin(file: str, line: int) -> int:
            if (file, line) not in known:
                known[file, line] = self._original_line(file, line)
            return known[file, line]

        return origin

    def _original(self, file: str) -> str | None:
        if file not in self._originals:
            try:
                self._originals[file] = self.workspace.read_text(file)
            except (OSError, UnsafePath):
                return None
        return self._originals[file]

    def _original_line(self, file: str, line: int) -> int:
        original = self._original(file)
        if original is None:
            return line
        try:
            current = self.workspace.read_text(file)
        except (OSError, UnsafePath):
            return line
        return map_line_back(original, current, line)


@dataclass(frozen=True)
class Provisional:
    """An accepted fix under which some targeted tests failed further on (tier 2), and those tests."""

    accepted: AcceptedEdit
    targets: tuple[str, ...]


def _logic_lines(chain: Chain | None, base: Candidate, failure: Failure, *, original: str) -> set[int]:
    """The lines of `original` that the LOGIC edits of a base (each part of its chain) rewrote in place."""
    lines: set[int] = set()
    for part, before, after in (
        chain_steps(chain, original=original) if chain else [(base, original, base.new_source)]
    ):
        if (part.bug_type or failure.bug_type) == BugType.LOGIC:
            lines |= rewritten_lines(before, after) or set()  # None: lines added or removed
    return lines


def _fallout_words(found: Fallout) -> str:
    first, last = found.lines
    where = f"line {first}" if first == last else f"lines {first}-{last}"
    names = f" or naming {', '.join(found.names)}" if found.names else ""
    shown = f" ({', '.join(found.examples)})" if found.examples else ""
    return f"{found.implicated} new failing test(s) through {where}{names}{shown}, {found.passed} passing"


def _hunks(hunks: list[tuple[str, list[str], list[str], int]]) -> list[tuple]:
    """A change's hunks without their line numbers (the same change, wherever the file has it)."""
    return [(tag, tuple(old), tuple(new)) for tag, old, new, _ in hunks]


# One accepted fix as repair() writes and yields it: (outcome, file, text to write first or None
# when it is written already).
Step = tuple[FixOutcome | Withdrawal, str, str | None]
NOT_EXACT = "a second edit on a partial fix must make every targeted test pass"


def stack_edits(base: str, first: str, second: str) -> str | None:
    """`base` with the changes of both `first` and `second`, when each changes one separate region.

    Text only (any language); the trier's static stage judges whether the result parses.
    """
    return merge_changes(base, first, second, single=True)


def _unmasked(failures: list[Failure], *, broken: set[str], base: Candidate) -> list[Failure]:
    """The failures of the tests a base broke, when each is raised away from the lines it wrote.

    Fault masking among several faults (DiGiuseppe and Jones, ISSTA 2011): the base repairs one
    fault and so sends tests that passed through a second one the first masked (a wrong condition
    fixed, the wrong branch body it had skipped now run). Such a base is no fix alone, but its pair with a
    second edit at the unmasked fault can be; a test that now fails at the line the base itself
    wrote says the base is wrong, not that it unmasked anything.
    """
    found = [f for f in failures if broken.intersection(f.test_ids)]
    covered = {test for f in found for test in f.test_ids}
    if not found or not broken <= covered:
        return []
    governed = _governed(base)
    if any(f.file == base.file and (f.line == base.line or f.line in governed) for f in found):
        return []
    return found


def _governed(base: Candidate) -> range:
    """The lines a base's edited condition decides whether they run: the branches of the `if` or
    `while` whose header it changed (a raise in the branch it opened is its own doing, not a fault
    it unmasked). Empty for other edits and for files that are not Python."""
    if not base.file.endswith(".py"):
        return range(0)
    try:
        tree = ast.parse(base.new_source)
    except (SyntaxError, ValueError):
        return range(0)
    ends = [
        node.end_lineno or node.lineno
        for node in ast.walk(tree)
        if isinstance(node, (ast.If, ast.While)) and node.lineno <= base.line <= node.test.end_lineno
    ]
    return range(base.line, max(ends) + 1) if ends else range(0)


def _made_pass(failure: Failure, before: Analysis | None, after: Analysis) -> tuple[str, ...]:
    """The failure's tests that failed in `before` and pass in `after` (an accepted fix's own evidence)."""
    if before is None:
        return ()
    passing = after.tests.passed_ids
    return tuple(t for t in failing_targets(failure, before.tests) if t in passing)


def _tried_key(candidate: Candidate, origin: Callable[[str, int], int] | None = None) -> tuple[str, int, str]:
    """A candidate across a change of another file: its file, line and edit, not its whole text
    (which holds the other file's state when it edits that file). `origin` maps the line to the
    file as the run started (Engine._line_origins), which a fix moving lines does not change."""
    line = origin(candidate.file, candidate.line) if origin is not None else candidate.line
    return candidate.file, line, candidate.description


def _tried_first(
    candidates: list[Candidate],
    tried: set[tuple[str, int, str]],
    origin: Callable[[str, int], int] | None = None,
) -> tuple[list[Candidate], int]:
    """A paused search's list made afresh: the candidates it tried first, then the others in the
    new order; and how many to skip.

    Another fix changes the state the list is ranked by (which tests fail, the spectrum that
    localises the fault), so the new list's top is not what was tried. Skipping the new list's
    first N skipped candidates never run (fluent-logger's group of round 41: the untried key,
    45th once the two other mutants were fixed, fell among the 50 skipped) and ran some already
    rejected. Only the edits tried are skipped; the rest keep the new state's order.
    """
    done = [c for c in candidates if _tried_key(c, origin) in tried]
    return done + [c for c in candidates if _tried_key(c, origin) not in tried], len(done)


def first_block(skip: int) -> int:
    """Single edits to try before the stacked search when the list's first `skip` were tried already.

    The stacked search comes at the end of each block of FIRST_PASS single edits counted from the
    list's top. A search resumed past the first block used to stack after one single edit: on a slow
    suite the stacked search then took the rest of every turn, and the single-edit list went on by one
    candidate a round (zss's group of mutants: 102, 103, ... of 250 in rounds 2, 3, ..., the
    mutant's own line behind them). Alternating fixed blocks shares a failure's turns between the two
    searches (ITER's interleaving, Ye & Monperrus, ICSE 2024) whatever the rounds' boundaries are.
    """
    return FIRST_PASS - skip % FIRST_PASS


def _chunks(candidates: list[Candidate], first: int) -> list[list[Candidate]]:
    """The first `first` candidates, then the rest (all in one when `first` is 0 or covers them)."""
    if first <= 0 or len(candidates) <= first:
        return [candidates]
    return [candidates[:first], candidates[first:]]


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", errors="surrogateescape")).hexdigest()


def _same_line_first(candidates: list[Candidate], index: int, limit: int) -> int:
    """Move up to `limit` later candidates on the line of candidates[index] right after it (in
    place); how many moved. A partial fix is evidence about its line, not about the others."""
    if limit <= 0:
        return 0
    where = (candidates[index].file, candidates[index].line)
    rest = candidates[index + 1 :]
    same = [c for c in rest if (c.file, c.line) == where][:limit]
    moved = {id(c) for c in same}
    candidates[index + 1 :] = same + [c for c in rest if id(c) not in moved]
    return len(same)


def _typeerrors_beside(failure: Failure, report: CheckReport) -> tuple[list[Failure], dict]:
    """The TypeErrors failing beside a failure of another kind: ([those failing in one of its tests,
    or whose message its own message wraps: an exception re-raised as another], {(file, line) of
    every TypeError's traceback frames: the TypeError}). Reads at most MAX_FAILURES_READ failures."""
    if failure.bug_type is BugType.TYPE_ERROR or not failure.file.endswith(".py"):
        return [], {}
    tests = set(failure.test_ids)
    message = failure.message or ""
    beside: list[Failure] = []
    raising: dict[tuple[str, int], Failure] = {}
    for other in (report.failures or [])[:MAX_FAILURES_READ]:
        if other.bug_type is not BugType.TYPE_ERROR or other is failure:
            continue
        text = (other.message or "").removeprefix("TypeError:").strip()
        if len(beside) < MAX_TYPEERRORS_BESIDE and (
            tests.intersection(other.test_ids) or (len(text) >= 12 and text in message)
        ):
            beside.append(other)
        raising.setdefault((other.file, other.line), other)
        for frame in frames_of(other, limit=MAX_FRAMES_READ):
            raising.setdefault(frame, other)
    return beside, raising


def _raising_at(candidates: list[Candidate], raising: dict) -> list[Failure]:
    """The TypeErrors raised (or passed through) at the lines of the marked candidates."""
    found: list[Failure] = []
    for candidate in candidates:
        other = raising.get((candidate.file, candidate.line)) if candidate.avoids else None
        if other is not None and other not in found:
            found.append(other)
    return found


def _avoiding_marked(
    candidates: list[Candidate], ctx: RepairContext, *, lines: dict | None = None
) -> list[Candidate]:
    """A TypeError's candidates, those that only change which way the code goes marked `avoids`
    and made guards (avoidance.only_control_flow; avoidance.count_swap, one int literal for another, round 53):
    such an edit may stop the raising statement from
    running while the value stays wrong, so it is accepted only when every targeted test passes, and
    the edits where the value was made are tried before it is (Engine._making_site_instead).
    `lines` (file, line) given: only candidates at those lines are looked at (another failure's
    candidates at a line a TypeError is raised at or passes through)."""
    marked: list[Candidate] = []
    texts: dict[str, str | None] = {}
    for candidate in candidates:
        if (
            candidate.making_site
            or not candidate.file.endswith(".py")
            or (lines is not None and (candidate.file, candidate.line) not in lines)
        ):
            marked.append(candidate)
            continue
        if candidate.file not in texts:
            texts[candidate.file] = ctx.source_or_none(candidate.file)
        old = texts[candidate.file]
        if old is not None and (
            only_control_flow(old, candidate.new_source) or count_swap(old, candidate.new_source)
        ):
            candidate = replace(candidate, avoids=True, guard=True)
        elif old is not None and only_wrapping(old, candidate.new_source):
            candidate = replace(candidate, wraps=True)
        marked.append(candidate)
    return marked


def _constant_swaps_ranked(candidates: list[Candidate], ctx: RepairContext) -> list[Candidate]:
    """A TypeError's or LOGIC failure's candidates with the constant swaps ranked low (round 49).

    A literal replaced by None or a bool of another kind (`None` -> `True`, `True` -> `None`;
    avoidance.constant_swap) makes a crash or an assertion go away without giving the value the kind
    the code computes with (pyramid_ldap3: `last_timeslice = None` answered by `True`, where `0` was the
    fix; pytest-spec: `True` -> `None`): it goes after every other candidate at its line and after every
    making-site edit (a number, a container, a conversion where the value is made). And a constant
    swap of any kind at a line inside a function that no failing test runs (the failure's ranked
    lines, when the list is complete) never ranks first: it changes nothing those tests execute
    unless through state, which a value-level edit on their path explains better. One pass to mark,
    one stable sort: linear in the candidates (each mark reads the candidate's changed lines only).
    """
    if len(candidates) < 2:
        return candidates
    texts: dict[str, str | None] = {}
    swaps: list[tuple[str, str] | None] = []
    for candidate in candidates:
        if not candidate.file.endswith(".py"):
            swaps.append(None)
            continue
        if candidate.file not in texts:
            texts[candidate.file] = ctx.source_or_none(candidate.file)
        old = texts[candidate.file]
        swaps.append(constant_swap(old, candidate.new_source) if old is not None else None)
    weak = [s is not None and s[0] != s[1] and s[1] in ("None", "bool") for s in swaps]
    last_rival: dict[tuple[str, int], int] = {}
    last_site = -1
    for index, candidate in enumerate(candidates):
        if not weak[index]:
            last_rival[(candidate.file, candidate.line)] = index
            if candidate.making_site:
                last_site = index
    order = []
    for index, candidate in enumerate(candidates):
        key = float(index)
        if weak[index]:
            key = max(index, last_site, last_rival.get((candidate.file, candidate.line), -1)) + 0.5
        order.append((key, index))
    order.sort()
    ranked = [candidates[index] for _, index in order]
    ranked_swaps = [swaps[index] for _, index in order]
    covered = {(file, line) for file, line, *_ in ctx.suspicious}
    if not covered or len(ctx.suspicious) >= SUSPICIOUS_KEEP:
        return ranked  # no coverage, or only the most suspicious lines of it: nothing is known unrun
    trees: dict[str, SourceFile | None] = {}

    def unrun_swap(position: int) -> bool:
        candidate = ranked[position]
        if ranked_swaps[position] is None or (candidate.file, candidate.line) in covered:
            return False
        if candidate.file not in trees:
            text = texts.get(candidate.file)
            trees[candidate.file] = SourceFile.parse(candidate.file, text) if text is not None else None
        sf = trees[candidate.file]
        # A module's or a class's own statements run at import, which no test's coverage shows.
        return sf is not None and function_at(sf, candidate.line) is not None

    first = next((i for i in range(len(ranked)) if not unrun_swap(i)), None)
    if first:
        ranked.insert(0, ranked.pop(first))
    return ranked
