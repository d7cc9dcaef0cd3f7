"""Trying one candidate fix in the sandbox, cheapest stage first.

1. Static: only non-test source files; the host's parser (the language's `syntax_error`:
   CPython's compile(), tree-sitter for JavaScript) vetoes text that does not parse (when the
   host can judge the file's syntax at all, see `host_judges`).
2. Targeted: the failure's own failing tests (or the linter, for a lint finding) — most
   candidates fail here, in a second or so.
3. Covering: the passing tests that executed the edited lines in the last whole-suite
   run (regression test selection, see selection.py), and the linter.
4. Whole suite, once, with coverage: its result becomes the engine's new state when the
   candidate is accepted. A regression seen only here rejects the candidate. A runner that
   measures coverage in runs of its own (npm's `add_coverage`) measures it only after the run's
   own verdict kept the candidate.
The rules of what counts as a fix are in validation.py; they are the same for every
language (healer.engine.languages gives each language's runs in the same plain shape).
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from healer.engine.analysis import Analysis, is_compile_level
from healer.engine.analysis.classify import TYPE_CHECKERS
from healer.engine.analysis.places import failing_places
from healer.engine.checks import LintRun, PytestRun, TestResult
from healer.engine.fixers.base import Candidate
from healer.engine.fixers.compiled import error_uncovered
from healer.engine.languages.base import HostParser, Plan, Runner, found_by_checker
from healer.engine.localise import compile_error
from healer.engine.selection import changed_lines, covering_tests, failing_tests_of
from healer.engine.types import BugType, EngineStats, Failure, Sandbox
from healer.engine.validation import (
    DIVERTS,
    STILL_FAILS,
    UNTOUCHED,
    Edit,
    Verdict,
    caught_raises,
    deletes_raising_statement,
    deliberate_raise_lines,
    failing_targets,
    judge_by_tests,
    judged_by_place,
    lint_count,
    loads_further,
    moved_on,
    new_collect_errors,
    raised_at_place,
    raises_newly,
    regressions,
    replaced_lines,
    weakens_assertion,
    written_lines,
)

# A candidate that deletes the statement a failing test's error comes from hides the error.
DELETES_RAISING = "deletes the statement that raises the error: the error is hidden, not fixed"
# The verdict of a candidate whose whole-suite analysis the time budget cut short: not judged.
STOPPED_ANALYSING = "stopped while analysing the results"
# A type checker's finding removed by an edit at a use of a value made wrong elsewhere (a guard).
GUARD_STILL_FAILS = "an edit where the value is used: the checker is satisfied, its failing tests are not"
# A covering selection larger than this share of the passing tests is not worth a run of its
# own: the whole suite runs next anyway.
SELECTED_SHARE = 0.5
# A covering selection this small runs along with the targeted tests: one pytest start-up
# (most of a small run's time) instead of two, for a few more tests in every targeted run.
INLINE_SELECTED = 60
# Limits of the cheaper runs, from how long the tests took in the last whole-suite run: an edit
# that makes a test loop (a negated loop condition, a wrong variable) costs seconds, not the
# configured per-test limit. Generate-and-validate tools bound each candidate's run by the
# original run time the same way (GenProg: Le Goues et al., TSE 2012; Astor). The whole suite,
# which decides, keeps the configured limits.
TEST_TIME_FACTOR = 10
MIN_TEST_TIMEOUT = 5.0
RUN_TIME_FACTOR = 3
MIN_RUN_TIMEOUT = 30.0
# With this many targeted tests or more, a candidate first runs only the fastest of them: one that
# still fails where it did rejects the candidate whatever the others do (validation.judge_by_tests
# stops at the first such test), so most wrong candidates cost one short run instead of hundreds
# of tests. Running the failing tests first and stopping at the first that still fails is how
# generate-and-validate tools keep validation cheap (GenProg, Le Goues et al., TSE 2012; Qi et
# al., "Efficient automated program repair through fault-recorded testing prioritization", ICSM
# 2013).
PROBE_TARGETS = 4
# Tests whose last whole-suite durations fall in the same slot of this many seconds are equally
# fast to the probe: below it the measured order is timing noise (pytest's clock on ~0 s tests
# differs from one run to the next), and a probe chosen by noise made the same candidate pass or
# fail its probe by chance (the chain tests' flaky failure on 8791437c). Ties go to the suite's
# own order, so the same targets always give the same probe.
PROBE_RESOLUTION = 0.05
# A candidate the probe rejects while its test fails better (validation.partial_progress) may be a
# partial patch to build on (the repair loop's stacked search): this many per failure's turn run
# every targeted test, so that partial patches are ranked by what they do to all of them and one
# that breaks a covering test is not kept (ITER evaluates partial patches on the whole failing set).
PROGRESS_RUNS = 8
# Only a strong sign (an exception turned into the test's own failed check) is worth that run: a
# check failing with other values is what most wrong edits of a LOGIC search do as well.
STRONG_PROGRESS = 2
# With a partial patch in place (a stacked search's second edits), a probe test that fails with
# other values is itself a sign: the pair reached it, and a pair may make the other targeted tests
# pass while the probe's test is the one a third edit still has to fix (chains.py). Those run every
# targeted test too (within PROGRESS_RUNS), so the chain logic sees the pair; one that left the
# probe failing exactly as before already runs them all (UNTOUCHED), and one that fails sooner or
# worse is still dropped on the probe alone.
STACKED_PROGRESS = 1
# pytest-timeout's failure, as the report plugin reads it (healer_pytest_report.TIMEOUT_RE).
TIMEOUT_RE = re.compile(r"Failed: Timeout \(?>")


def candidate_limits(tests: PytestRun, targets: Sequence[str]) -> tuple[float | None, float | None]:
    """(per-test, per-run) seconds for a candidate's cheaper runs, None for the configured limits.

    Derived from the tests of the last whole-suite run that ran to an end (passed, or failed at a
    check or an error of their own): a test stopped by its time limit took that limit, not its own
    time, and counted as "the slowest test" it made every candidate tried against a hang wait the
    whole configured limit again (a `break` turned `continue`: four candidates at 61 s each, three
    of them wrong). The time a run took is counted without the time its stopped tests were stuck,
    for the same reason.
    """
    if not tests.tests or not all(target in tests.tests for target in targets):
        # Only with timings to go by: tests of a module that did not import never ran yet.
        return None, None
    timed = [t.duration for t in tests.tests.values() if not stopped_by_limit(t)]
    if not timed:
        return None, None
    stuck = sum(t.duration for t in tests.tests.values() if stopped_by_limit(t))
    test_limit = max(MIN_TEST_TIMEOUT, TEST_TIME_FACTOR * max(timed))
    run_limit = max(MIN_RUN_TIMEOUT, RUN_TIME_FACTOR * max(0.0, tests.duration - stuck))
    return test_limit, run_limit


def probe_target(targets: Sequence[str], known: dict[str, TestResult]) -> str:
    """The targeted test a probe runs: the fastest by the last whole-suite run, deterministically.

    Durations are compared in PROBE_RESOLUTION slots (see there); ties, and tests with no timing,
    go by the suite's order of `known`, then by node id. Tests the last run did not time go last.
    """
    order = {node_id: index for index, node_id in enumerate(known)}

    def key(target: str) -> tuple[float, int, str]:
        result = known.get(target)
        slot = math.inf if result is None else math.floor(result.duration / PROBE_RESOLUTION)
        return slot, order.get(target, len(order)), target

    return min(targets, key=key)


def stopped_by_limit(test: TestResult) -> bool:
    """A test pytest-timeout stopped ("Failed: Timeout >60.0s", "Failed: Timeout (>60.0s) from pytest-timeout.")."""
    if not test.failed:
        return False
    exc = test.exception or {}
    text = f"{exc.get('type') or ''}: {exc.get('message') or ''}\n{test.longrepr[-4000:]}"
    return TIMEOUT_RE.search(text) is not None


@dataclass
class Trial:
    candidate: Candidate
    edit: Edit
    verdict: Verdict
    lint: LintRun | None = None  # the linter's run with the candidate in place
    covered: bool = False  # the covering tests ran already (with the targeted ones)
    state: Analysis | None = None  # the whole suite's analysis, set when the candidate is accepted
    seconds: float = 0.0  # wall time spent validating it so far


@dataclass
class Trier:
    """Tries the candidates of one failure against the engine's current state."""

    failure: Failure
    state: Analysis
    plan: Plan
    runner: Runner
    sandbox: Sandbox
    stats: EngineStats
    read_source: Callable[[dict[str, str]], Callable[[str], str | None]]
    host_judges: Callable[[str], bool]
    should_stop: Callable[[], bool]
    analyse: Callable[..., Analysis]  # the language's analysis of a whole-suite run
    coverage: bool = True
    # A partial patch is in place (the stacked search's second edits): see STACKED_PROGRESS.
    stacked: bool = False
    # The host's parser for a file (the language's), None for CPython's compile().
    host_parser: Callable[[str], HostParser | None] = lambda file: None

    def __post_init__(self) -> None:
        self.alone_passed: set[str] = set()  # targeted tests that passed only on their own
        self.progress_runs = PROGRESS_RUNS
        self.targets = failing_targets(self.failure, self.state.tests)
        self.before_places = failing_places(self.state.tests)
        # A type checker's finding has no test of its own: the failing tests that run its file rank
        # the candidates that remove it (_ranked_by_failing_tests).
        self.ranking_tests = (
            failing_tests_of(self.state.tests, file=self.failure.file)
            if self.failure.source in TYPE_CHECKERS
            else set()
        )
        self.test_limit, self.run_limit = candidate_limits(self.state.tests, self.targets)

    def _judge(self, run: PytestRun, edit: Edit) -> Verdict:
        return judge_by_tests(
            self.failure,
            self.state.tests,
            run,
            edit,
            self.plan.test_files,
            before_places=self.before_places,
        )

    def _judge_alone(self, run: PytestRun, edit: Edit) -> Verdict:
        """The verdict on `run`, judging again the targeted tests that a changed neighbour may spoil.

        Tests of one process share state: a test that fails half-way skips its own clean-up (an
        alphabet set for the test and restored at its end), and every test after it in the run
        sees that state. When a candidate changes how some targeted tests fail (they pass, or
        fail further on because it uncovered another bug), a targeted test that runs after them
        may fail only because of that. Those tests run again, on their own, and count with their
        own outcome. Order-dependent tests and state-polluting tests: Gyori et al., "Reliable
        Testing: Detecting State-Polluting Tests to Prevent Test Dependency", ISSTA 2015; Shi et
        al., "iFixFlakies", ESEC/FSE 2019. Nothing else is eased: a test that passed before must
        still pass in the shared run.
        """
        verdict = self._judge(run, edit)
        if verdict.ok or run.error:
            return verdict
        stuck = self._stuck(run, edit)
        if not stuck:
            return verdict
        alone = self._run(node_ids=stuck, kind="targeted")
        if alone.error or not set(stuck) <= set(alone.tests):
            return verdict
        merged = replace(run, tests={**run.tests, **{nodeid: alone.tests[nodeid] for nodeid in stuck}})
        second = self._judge(merged, edit)
        if not second.ok:
            return verdict
        self.alone_passed = {nodeid for nodeid in stuck if alone.tests[nodeid].outcome == "passed"}
        return second

    def _stuck(self, run: PytestRun, edit: Edit) -> list[str]:
        """Targeted tests that still fail as before, when another targeted test changed in `run`."""
        after = failing_places(run)
        by_place = judged_by_place(self.failure)
        changed, stuck = False, []
        for target in self.targets:
            result = run.tests.get(target)
            if result is None:
                continue
            if result.outcome == "passed":
                changed = True
            elif result.failed:
                before = self.before_places.get(target)
                if moved_on(before, after.get(target), edit, self.plan.test_files, by_place=by_place):
                    changed = True
                else:
                    stuck.append(target)
        return stuck if changed else []

    # -- stages --------------------------------------------------------------
    def quick(self, candidate: Candidate, old: str) -> Trial:
        """Static checks and the targeted stage; the candidate is unstaged afterwards."""
        edit = Edit(
            candidate.file,
            old,
            candidate.new_source,
            guard=candidate.guard,
            lookalike=candidate.lookalike,
            wraps=candidate.wraps,
        )
        reason = self._static(candidate, old)
        if reason:
            return Trial(candidate, edit, Verdict(False, reason))
        self.stats.candidates_tried += 1
        started = time.monotonic()
        self._stage(candidate.file, candidate.new_source)
        try:
            trial = self._targeted(candidate, edit)
        finally:
            self._stage(candidate.file, old)
        return replace(trial, seconds=time.monotonic() - started)

    def confirm(self, trial: Trial) -> Trial:
        """Covering tests, then the whole suite; leaves the candidate staged only if accepted."""
        self._stage(trial.candidate.file, trial.edit.new)
        accepted = False
        started = time.monotonic()
        try:
            trial = self._covering(trial)
            if trial.verdict.ok:
                trial = self._suite(trial)
            accepted = trial.state is not None
            return replace(trial, seconds=trial.seconds + time.monotonic() - started)
        finally:
            if not accepted:
                self._stage(trial.candidate.file, trial.edit.old)

    def restore(self, trial: Trial) -> None:
        """Put the text back that a confirmed candidate replaced (the engine refused it after all)."""
        self._stage(trial.candidate.file, trial.edit.old)

    def restage(self, trial: Trial) -> None:
        """Stage a confirmed candidate again (restored to compare it with another: it is kept)."""
        self._stage(trial.candidate.file, trial.edit.new)

    # -- 1. static -----------------------------------------------------------
    def _static(self, candidate: Candidate, old: str) -> str:
        file = candidate.file
        if file in self.plan.test_files or file not in self.plan.source_files:
            return "not a source file of the repository (tests are never edited)"
        if candidate.new_source == old:
            return "no change"
        if weakened := weakens_assertion(file, old, candidate.new_source):
            return f"{weakened}: checks are never weakened"
        deleted = deletes_raising_statement(
            self.failure, Edit(file, old, candidate.new_source), self.before_places
        )
        if deleted:
            return f"{DELETES_RAISING} (line {deleted})"
        if not self.host_judges(file):
            return ""  # the sandbox's own Python decides, in the runs below
        parser = self.host_parser(file)
        error = (
            parser.error(candidate.new_source, file) if parser else compile_error(candidate.new_source, file)
        )
        failure = self.failure
        # A file with two syntax errors: fixing the first shows the second, further down; an edit
        # that only moved the first (or made a new one) is no fix (compiled.error_uncovered).
        moved = (
            is_compile_level(failure.bug_type)
            and failure.file == file
            and error
            # A parser's own check (npm, ...) sees only lines; the host's compile() also knows
            # that an error of a later pass (a duplicate parameter) shows wherever it is once the
            # parse error that hid it is gone (compiled.error_uncovered).
            and (
                error.line > failure.line
                if parser is not None
                else error_uncovered(old, candidate.new_source, file=file)
            )
        )
        if error is not None and not moved:
            return f"does not compile: {error.message} (line {error.line})"
        return ""

    # -- 2. targeted -----------------------------------------------------------
    def _targeted(self, candidate: Candidate, edit: Edit) -> Trial:
        if found_by_checker(self.failure):
            trial = self._lint_stage(Trial(candidate, edit, Verdict(True)))
            return self._ranked_by_failing_tests(trial) if trial.verdict.ok else trial
        if not self.targets:
            return Trial(candidate, edit, Verdict(True))  # judged by place on the whole suite
        probe = self._probe(edit)
        if probe is not None and probe.reason.endswith(STILL_FAILS):
            if probe.progress < self._progress_needed() or self.progress_runs <= 0:
                return Trial(candidate, edit, probe)
            self.progress_runs -= 1  # a partial patch, maybe: judged on every targeted test below
        # A probe the edit left failing exactly as before (same place, same message) did not reach
        # it: the other targeted tests, which failed there too, rarely pass, so the covering tests
        # are not run along (they would be paid by every such candidate, and most are rejected);
        # stage 3 runs them for the few the targeted tests keep. Selective regression testing
        # runs a test only when a cheaper stage could not already decide (Rothermel and Harrold,
        # TOSEM 1997); the verdict is the same, only the order of the runs changes.
        deferred = probe is not None and probe.reason == UNTOUCHED
        selected = None if deferred else self._selection(edit)
        inline = selected is not None and len(selected) <= INLINE_SELECTED
        extra = sorted(selected) if inline and selected else []
        watch = self._watch(edit)
        run = self._run(node_ids=[*self.targets, *extra], kind="targeted", watch=watch)
        verdict = self._judge_alone(run, edit)
        if verdict.ok and watch:
            verdict = self._diverted(run, edit) or verdict
        if verdict.ok and extra:
            verdict = _keep_score(self._no_regressions(run, set(extra)), verdict)
        elif verdict.progress and (extra or deferred) and self._breaks_covering(run, edit, extra=extra):
            verdict = replace(verdict, progress=0)  # it breaks a covering test: nothing to build on
        return Trial(candidate, edit, verdict, covered=inline)

    def _watch(self, edit: Edit) -> dict[str, frozenset[int]] | None:
        """The edited lines to watch for raised exceptions in the targeted run (Python's runner)."""
        if not getattr(self.runner, "watches_raises", False) or found_by_checker(self.failure):
            return None
        lines = written_lines(edit) - deliberate_raise_lines(edit)
        return {edit.file: lines} if lines else None

    def _diverted(self, run: PytestRun, edit: Edit) -> Verdict | None:
        """A rejection when a test gets past its failure while the edited lines raise into a handler
        where the original lines did not (validation.raises_newly). The original's answer costs one
        more targeted run of those tests, paid only by a candidate whose lines raised and were caught."""
        suspects = sorted(nodeid for nodeid, test in run.tests.items() if caught_raises(test))
        if not suspects:
            return None
        old_lines = replaced_lines(edit)
        self._stage(edit.file, edit.old)
        try:
            before = (
                self._run(node_ids=suspects, kind="targeted", watch={edit.file: old_lines})
                if old_lines
                else PytestRun(tests={nodeid: TestResult(nodeid, "passed") for nodeid in suspects})
            )
        finally:
            self._stage(edit.file, edit.new)
        self.stats.diverted_checks += 1
        newly = raises_newly(before=before, after=run)
        if not newly:
            return None
        nodeid, name = newly[0]
        return Verdict(False, f"{DIVERTS} ({name} in {nodeid})")

    def _progress_needed(self) -> int:
        """How much better the probe's test must fail for a candidate to run every targeted test."""
        return STACKED_PROGRESS if self.stacked else STRONG_PROGRESS

    def _breaks_covering(self, run: PytestRun, edit: Edit, *, extra: list[str]) -> bool:
        """Whether a partial patch breaks a covering test: in `run` when they ran along, else in a
        run of their own (deferred after an untouched probe; only the rare partial patch pays it)."""
        if extra:
            return self._no_regressions(run, set(extra)) is not None
        selected = self._selection(edit)
        if not selected or len(selected) > INLINE_SELECTED:
            return False
        return (
            self._no_regressions(self._run(node_ids=sorted(selected), kind="selected"), selected) is not None
        )

    def _probe(self, edit: Edit) -> Verdict | None:
        """The rejection one fast targeted test gives on its own (it still fails where it did), or
        UNTOUCHED (it fails exactly as before: the full run decides, see _targeted); None otherwise."""
        if len(self.targets) < PROBE_TARGETS:
            return None
        fastest = probe_target(self.targets, self.state.tests.tests)
        run = self._run(node_ids=[fastest], kind="targeted")
        verdict = judge_by_tests(
            replace(self.failure, test_ids=(fastest,)),
            self.state.tests,
            run,
            edit,
            self.plan.test_files,
            before_places=self.before_places,
        )
        return verdict if verdict.reason.endswith(STILL_FAILS) or verdict.reason == UNTOUCHED else None

    def _lint_stage(self, trial: Trial) -> Trial:
        lint = self.runner.run_lint()
        self.stats.lint_runs += 1
        self.stats.sandbox_seconds += lint.duration
        self.stats.lint_seconds += lint.duration
        if lint.error and not self.state.lint.error:
            return replace(trial, verdict=Verdict(False, "lint did not run"), lint=lint)
        failure = self.failure
        if found_by_checker(failure) and lint_count(lint.findings, failure) >= lint_count(
            self.state.lint.findings, failure
        ):
            return replace(trial, verdict=Verdict(False, "the lint finding is still there"), lint=lint)
        new = (
            self._lint_keys(lint)
            - self.state.lint_keys
            - unmasked_findings(failure, lint, file=trial.candidate.file, edit=trial.edit)
        )
        if new:
            return replace(
                trial, verdict=Verdict(False, f"new lint finding(s): {sorted(new)[:3]}"), lint=lint
            )
        return replace(trial, lint=lint)

    def _ranked_by_failing_tests(self, trial: Trial) -> Trial:
        """A type checker's finding that this candidate removed, scored by the failing tests it makes pass.

        Many edits satisfy a type checker (`stock` or `price` for the number tsc wants, `?? 0` or
        `?? 6` for a possibly undefined one); the failing tests that run the finding's file tell a
        value that is right from one that only type-checks. A candidate under which some of them
        still fail is kept aside as tier 3 with its score, so that the repair loop tries a few more
        and confirms the one under which the most pass (Engine._try_candidates): test-suite-based
        patch prioritisation, as in Prophet (Long and Rinard, POPL 2016) and ITER's ranking of
        partial patches by the failing tests they fix.
        """
        if self.failure.source not in TYPE_CHECKERS:
            return trial
        if self.ranking_tests:
            run = self._run(node_ids=sorted(self.ranking_tests), kind="targeted")
            wanted = self.ranking_tests
        elif not self.state.tests.tests:
            # No test ran before (a build the type checker fails): none can be named, so the tests
            # that pass once the candidate lets the build through rank it, all of them.
            run = self._run(node_ids=(), kind="selected")
            wanted = set(run.tests)
        else:
            return trial
        if run.error or not wanted:
            return trial  # still no test ran (another finding breaks the build): nothing to rank by
        passed = len(wanted & run.passed_ids)
        tier = 1 if passed == len(wanted) else 3
        if tier != 1 and trial.edit.guard:
            # An edit at a use of a value made with the wrong type elsewhere (the fixer marked it a
            # guard): the checker no longer sees the symptom, but the tests show the value still wrong.
            return replace(trial, verdict=Verdict(False, GUARD_STILL_FAILS))
        return replace(trial, verdict=replace(trial.verdict, tier=tier, score=passed))

    def _lint_keys(self, lint: LintRun) -> set[tuple[str, str, str]]:
        return {
            (f.code, f.file, f.message)
            for f in lint.findings
            if not (self.plan.lint_default and f.file in self.plan.test_files)
        }

    # -- 3. covering -----------------------------------------------------------
    def _covering(self, trial: Trial) -> Trial:
        if trial.lint is None:
            trial = self._lint_stage(trial)
            if not trial.verdict.ok:
                return trial
        selected = None if trial.covered else self._selection(trial.edit)
        if not selected:
            return trial
        run = self._run(node_ids=sorted(selected), kind="selected")
        return replace(
            trial, verdict=_keep_score(self._no_regressions(run, selected), trial.verdict), covered=True
        )

    def _selection(self, edit: Edit) -> set[str] | None:
        """The passing tests that ran the edited lines; None when not worth a run of their own."""
        selected = covering_tests(self.state.tests, file=edit.file, lines=changed_lines(edit.old, edit.new))
        if selected is None:
            return None
        selected -= set(self.targets)
        if not selected or len(selected) > SELECTED_SHARE * max(1, len(self.state.passed_ids)):
            return None
        return selected

    def _no_regressions(self, run: PytestRun, selected: set[str]) -> Verdict | None:
        """A rejection when a selected test that passed before does not pass in `run`."""
        if run.error:
            return Verdict(False, f"tests did not run: {run.error.splitlines()[0][:200]}")
        lost = regressions(self.state.tests, run, among=selected)
        return Verdict(False, _lost(lost), lost=len(lost)) if lost else None

    # -- 4. whole suite --------------------------------------------------------------
    def _suite(self, trial: Trial) -> Trial:
        self.stats.candidates_validated += 1
        # A runner that measures per-test coverage in runs of its own (npm: one runner start per
        # test) measures it only for a candidate the whole suite did not already reject: most that
        # get this far lose a test that passed, and their coverage would never be read.
        later = getattr(self.runner, "add_coverage", None) if self.coverage else None
        if later is None and self.coverage and self._leaves_nothing(trial):
            judged = self._suite_run(trial, later=None, coverage=False)
            if judged.state is None or judged.state.report.ok:
                self.stats.suite_lean_runs += 1
                return judged
            # Accepted, yet something is left to fix after all (a test that passes only on its
            # own, a lint finding of the edit): the next search localises with the coverage this
            # run did not measure, so the run is made again with it. Rare, and counted.
            self.stats.suite_lean_misses += 1
        return self._suite_run(trial, later=later, coverage=self.coverage and later is None)

    def _leaves_nothing(self, trial: Trial) -> bool:
        """Whether the candidate is expected to leave the suite green: its whole-suite run then
        needs no per-test coverage.

        Coverage is measured for what comes after an accepted fix (the next failure's
        localisation, the covering tests of its candidates); after the last fix nothing reads it,
        and on a ~500-test suite it is most of the run's time. Expected when every failing test
        of the current state is one of this failure's targeted tests and all of them passed in
        the candidate's targeted run (tier 1), no lint finding, collection error or failure
        without tests (a type checker's finding, a file that does not compile) is left, and the
        run is not cut short. A prediction only: the whole suite still decides, with the same
        verdict (coverage changes what is measured, not what runs), and when the candidate is
        accepted with something left to fix the suite runs again with coverage (_suite).
        """
        state, verdict = self.state, trial.verdict
        if not (verdict.ok and verdict.tier == 1) or state.stopped:
            return False
        tests = state.tests
        if tests.error or tests.collect_errors or state.report.lint_findings:
            return False
        targets = set(self.targets)
        failing = tests.failed_ids
        if not failing or not failing <= targets:
            return False
        return all(f.test_ids and set(f.test_ids) <= targets for f in state.failures)

    def _suite_run(self, trial: Trial, *, later: Callable | None, coverage: bool) -> Trial:
        """One whole-suite run with the candidate in place and its verdict; the accepted candidate
        carries the run's analysis as the engine's next state."""
        self.stats.suite_runs_for_fixes += 1
        run = self._run(node_ids=(), kind="suite", coverage=coverage)
        if later is not None:
            early = _suite_rejection(self.state.tests, run)
            if early is not None:
                self.stats.suite_rejections += 1
                return replace(trial, verdict=_keep_score(early, trial.verdict))
            later(run)
        started = time.monotonic()
        analysis = self.analyse(
            tests=run,
            lint=trial.lint or LintRun(),
            read_source=self.read_source({trial.edit.file: trial.edit.new}),
            # Once coverage was measured in runs of its own (a runner start per test: most of an npm
            # fix's cost), the analysis that only reads it is finished even past the round's end:
            # stopping it threw the measured fix away to be run again in the next round.
            should_stop=self.should_stop if later is None else lambda: False,
        )
        self.stats.analysis_seconds += time.monotonic() - started
        self.alone_passed = set()
        verdict = self._suite_verdict(trial, run, analysis)
        if not verdict.ok:
            self.stats.suite_rejections += 1
            return replace(trial, verdict=_keep_score(verdict, trial.verdict))
        analysis.order_dependent = self.alone_passed & run.failed_ids
        return replace(trial, verdict=verdict, state=analysis)

    def _suite_verdict(self, trial: Trial, run: PytestRun, analysis: Analysis) -> Verdict:
        if analysis.stopped and not run.error:
            return Verdict(False, STOPPED_ANALYSING)
        early = _suite_rejection(self.state.tests, run)
        if early is not None and not self._loads_further(run, trial.edit):
            return early
        if self.targets:
            return self._judge_alone(run, trial.edit)
        if not found_by_checker(self.failure) and raised_at_place(self.failure, analysis, trial.edit):
            return Verdict(False, "an error is still raised at that place")
        return trial.verdict

    def _loads_further(self, run: PytestRun, edit: Edit) -> bool:
        """Whether a run that stopped while loading (a conftest imports the broken module: pytest
        writes no report) now stops at another place for another reason (validation.stops_further);
        nothing else can be judged then."""
        return loads_further(self.failure, self.state.tests, run, edit, self.plan.test_files)

    # -- sandbox ---------------------------------------------------------------------
    def _stage(self, file: str, text: str) -> None:
        self.sandbox.put_files({file: text.encode("utf-8", errors="surrogateescape")})

    def _run(self, *, node_ids, kind: str, coverage: bool = False, watch=None) -> PytestRun:
        if kind == "suite":
            self.stats.suite_runs += 1
        elif kind == "targeted":
            self.stats.targeted_runs += 1
        else:
            self.stats.selected_runs += 1
        if kind == "suite":
            run = self.runner.run_tests(coverage=coverage)
        else:
            run = self.runner.run_tests(
                node_ids=self._in_suite_order(node_ids),
                test_timeout=self.test_limit,
                command_timeout=self.run_limit,
                **({"watch": watch} if watch else {}),
            )
        self.stats.sandbox_seconds += run.duration
        if kind == "suite":
            self.stats.suite_seconds += run.duration
        elif kind == "targeted":
            self.stats.targeted_seconds += run.duration
        else:
            self.stats.selected_seconds += run.duration
        return run

    def _in_suite_order(self, node_ids) -> list[str]:
        """The tests of a targeted or selected run in the order the whole suite ran them.

        Tests of one process share state (a module imported, a working directory, a global set), so
        a test that passes in the suite may fail when the tests before it are others: run as given
        (the failing tests first, the covering ones after), cogapp's error-report tests failed under
        its real fix and rejected it. Keeping the suite's relative order keeps the neighbours each
        test is known to pass after (test-order dependence: Zhang et al., "Empirically revisiting
        the test independence assumption", ISSTA 2014). Tests the suite did not run come last.
        """
        position = {nodeid: index for index, nodeid in enumerate(self.state.tests.tests)}
        unique = list(dict.fromkeys(node_ids))
        return sorted(unique, key=lambda nodeid: position.get(nodeid, len(position)))


def _suite_rejection(before: PytestRun, run: PytestRun) -> Verdict | None:
    """What rejects a candidate from its whole-suite run alone, before any analysis of it."""
    if run.error:
        return Verdict(False, f"tests did not run: {run.error.splitlines()[0][:200]}")
    lost = regressions(before, run)
    if lost:
        return Verdict(False, _lost(lost), lost=len(lost))
    if new_collect_errors(before, run):
        return Verdict(False, "a test module that was collected no longer is")
    return None


def _lost(lost: set[str]) -> str:
    shown = ", ".join(sorted(lost)[:3])
    return f"{len(lost)} previously passing test(s) fail now ({shown})"


def _keep_score(rejection: Verdict | None, verdict: Verdict) -> Verdict:
    """`rejection` (when there is one) still saying how many targeted tests the candidate made pass.

    A candidate rejected for breaking other tests may be half of a two-location fix: the repair loop
    hands such partial fixes to fixers that combine edits (Engine._combined).
    """
    if rejection is None:
        return verdict
    if rejection.ok or rejection.score:
        return rejection
    if rejection.lost and verdict.ok and verdict.tier == 1 and verdict.score:
        # Every targeted test passes, and tests that passed fail now: with several faults, the
        # fixed one may have masked another that those tests only passed through (fault masking,
        # DiGiuseppe and Jones, ISSTA 2011). A partial patch: Engine._second_edits builds on it
        # when the broken tests fail away from its lines, and only a pair that keeps them passing
        # is a fix.
        return replace(rejection, score=verdict.score, progress=2 * verdict.score, passing=verdict.score)
    return replace(rejection, score=verdict.score)


def unmasked_findings(
    failure: Failure, lint: LintRun, *, file: str, edit: Edit | None = None
) -> set[tuple[str, str, str]]:
    """Lint findings a fix of this failure uncovers rather than makes: not held against it.

    Fixing a syntax error lets the linter see the whole file for the first time. A type checker
    sees more: tsc reports no semantic diagnostic at all while any file of the program has a
    syntactic one (its semantic pass runs only on a program that parses), so what it finds
    anywhere once the file parses was hidden by the syntax error: masked bugs, as a test that
    fails further on after a fix (validation.moved_on). A module that now resolves lets a type
    checker see its types in the importing file for the first time — but a type checker's
    finding on a line the import fix itself wrote is the fix's own doing, not something it
    uncovered (an import added beside a type-only import of the same name: "Duplicate
    identifier"), so no finding of that kind is forgiven.
    """
    if is_compile_level(failure.bug_type):
        return {
            (f.code, f.file, f.message) for f in lint.findings if f.file == file or f.source in TYPE_CHECKERS
        }
    if failure.bug_type is BugType.IMPORT:
        found = [f for f in lint.findings if f.source in TYPE_CHECKERS and f.file == file]
        made = {(f.code, f.file, f.message) for f in found if edit is not None and edit.wrote(f.file, f.line)}
        return {(f.code, f.file, f.message) for f in found} - made
    return set()
