"""The healing engine: discover checks, run them in the sandbox, repair and validate.

Usage (the runs app):

    engine = Engine(workspace=ws, sandbox=sb, config=EngineConfig(...), log=print)
    plan = engine.discover()
    report = engine.check()
    report = engine.add_failures(remote)    # optional: failures found elsewhere (remote CI logs)
    for outcome in engine.repair(report):   # FIXED outcomes are already written and validated
        ...
    remaining = engine.unresolved(report)

Every candidate fix is validated in the sandbox before it touches the
workspace: the targeted failing tests first (cheap rejection), then the whole
test suite and the linter. A candidate is accepted only if the failure it
targets is gone and nothing that passed before fails now (no new lint findings
either). Test files are never edited.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

from healer.engine.analysis import PRECEDENCE, Analysis, analyse
from healer.engine.checks import LintRun, Runner
from healer.engine.discovery import CheckPlan, discover
from healer.engine.edits import map_line_back, unified_diff
from healer.engine.fixers import FIXERS
from healer.engine.fixers.base import Candidate, Fixer, RepairContext
from healer.engine.localise import compile_error
from healer.engine.types import (
    BugType,
    CheckReport,
    EngineError,
    Failure,
    FixOutcome,
    FixStatus,
    Sandbox,
)
from healer.engine.workspace import UnsafePath, Workspace

logger = logging.getLogger(__name__)

MAX_CANDIDATES_PER_FIXER = 200
JSON_MARK = "HEALER-JSON:"
# Run with the sandbox's python: what it can import (module names only) and what a module exports.
INSTALLED_MODULES_CODE = (
    "import json, pkgutil; "
    f"print({JSON_MARK!r} + json.dumps(sorted({{m.name for m in pkgutil.iter_modules()}})))"
)
MODULE_NAMES_CODE = (
    "import importlib, json, sys; m = importlib.import_module(sys.argv[1]); "
    f"print({JSON_MARK!r} + json.dumps(sorted(n for n in dir(m) if not n.startswith('_'))))"
)
SYNTAX_RANK_LIMIT = 8  # compiling syntax candidates scored by the tests they unblock


@dataclass
class EngineConfig:
    test_timeout: float = 60  # seconds per test (pytest-timeout)
    command_timeout: float = 300  # seconds per sandbox command
    time_budget: float = 600  # seconds for one repair() call
    should_stop: Callable[[], bool] = field(default=lambda: False)
    llm: object | None = None  # optional provider; its fixers' candidates are validated like any other
    python: str = "python3"
    ruff: str = "ruff"
    coverage: bool = True  # per-test coverage for fault localisation
    max_candidates: int = 60  # per failure


@dataclass
class _Attempt:
    accepted: Analysis | None
    reason: str = ""


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
        self.fixers = list(fixers) if fixers is not None else list(FIXERS)
        self.plan: CheckPlan | None = None
        self._runner: Runner | None = None
        self._state: Analysis | None = None
        self._originals: dict[str, str] = {}  # file -> text when the run started
        self._uploaded = False
        self._given_up: set[tuple] = set()
        self._facts: dict[str, list[str] | None] = {}
        # Rejected candidates that made some of the failure's tests pass, with how many (for two-edit fixes).
        self._partial: list[tuple[Candidate, int]] = []

    # -- public API ------------------------------------------------------------
    def log(self, line: str) -> None:
        try:
            self._log(line)
        except Exception:  # a broken log sink must not stop the repair
            logger.exception("engine log callback failed")

    def discover(self) -> CheckPlan:
        plan = discover(self.workspace)
        self.plan = plan
        self._runner = Runner(
            sandbox=self.sandbox,
            plan=plan,
            test_timeout=self.config.test_timeout,
            command_timeout=self.config.command_timeout,
            python=self.config.python,
            ruff=self.config.ruff,
            log=self.log,
        )
        for file in plan.source_files:
            self._original(file)
        self.log(f"Discovered checks: {plan.describe()}")
        for note in plan.notes:
            self.log(f"Note: {note}")
        return plan

    def check(self) -> CheckReport:
        if self.plan is None:
            self.discover()
        if not self._uploaded:
            self.sandbox.upload(self.workspace)
            self._uploaded = True
        state = self._run_all()
        self._state = state
        report = state.report
        self.log(
            f"Checks: {report.passed} passed, {report.failed} failed, {report.lint_findings} lint finding(s); "
            f"{len(report.failures)} failure(s) to fix"
        )
        for failure in report.failures:
            self.log(f"  {failure.bug_type} {failure.file}:{failure.line} {failure.message}")
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
        """
        state = self._state
        if state is None:
            raise EngineError("check() must run before failures can be added")
        known = {failure.key for failure in state.failures}
        new = [failure for failure in failures if failure.key not in known]
        if new:
            merged = sorted([*state.failures, *new], key=lambda f: (PRECEDENCE[f.bug_type], f.file, f.line))
            state.failures = merged
            state.report = replace(state.report, failures=merged)
        return state.report

    def repair(self, report: CheckReport) -> Iterator[FixOutcome]:
        """Fix failures one at a time by precedence; yields each accepted (already written) fix."""
        if self._state is None:
            # Validation needs the raw results behind a report: only the engine's own checks have them.
            self.check()
        deadline = time.monotonic() + self.config.time_budget
        while not self._stopped(deadline):
            state = self._state
            assert state is not None
            failure = self._next_failure(state)
            if failure is None:
                break
            outcome = self._repair_failure(failure, state, deadline)
            if outcome is None:
                self._given_up.add(self._signature(failure))
                continue
            yield outcome
        if self._stopped(deadline) and not self.config.should_stop():
            self.log("Time budget for this repair round used up")

    def unresolved(self, report: CheckReport) -> list[FixOutcome]:
        """FAILED outcomes for every failure still open (in the latest checks the engine ran)."""
        failures = self._state.failures if self._state is not None else report.failures
        outcomes = []
        for failure in failures:
            outcomes.append(
                FixOutcome(
                    bug_type=failure.bug_type,
                    file=failure.file,
                    line=self._original_line(failure.file, failure.line),
                    description=f"no validated fix found ({failure.message})",
                    status=FixStatus.FAILED,
                    message=failure.message,
                )
            )
        return outcomes

    # -- checks ------------------------------------------------------------------
    @property
    def runner(self) -> Runner:
        if self._runner is None:
            raise EngineError("discover() must run before the checks")
        return self._runner

    def _run_all(self, overrides: dict[str, str] | None = None, *, lint: LintRun | None = None) -> Analysis:
        assert self.plan is not None
        tests = self.runner.run_tests(coverage=self.config.coverage)
        lint = lint if lint is not None else self.runner.run_lint()
        return analyse(plan=self.plan, tests=tests, lint=lint, read_source=self._reader(overrides or {}))

    def _reader(self, overrides: dict[str, str]) -> Callable[[str], str | None]:
        def read(file: str) -> str | None:
            if file in overrides:
                return overrides[file]
            try:
                return self.workspace.read_text(file)
            except (OSError, UnsafePath):
                return None

        return read

    # -- repair loop -----------------------------------------------------------
    def _stopped(self, deadline: float) -> bool:
        if time.monotonic() >= deadline:
            return True
        try:
            return bool(self.config.should_stop())
        except Exception:
            return False

    def _signature(self, failure: Failure) -> tuple:
        try:
            text = self.workspace.read_text(failure.file)
        except (OSError, UnsafePath):
            text = ""
        return (failure.bug_type, failure.file, failure.line, failure.message, hash(text))

    def _next_failure(self, state: Analysis) -> Failure | None:
        for failure in state.blocking():
            if self._signature(failure) in self._given_up:
                continue
            return failure
        return None

    def _context(self, failure: Failure, state: Analysis) -> RepairContext:
        assert self.plan is not None
        suspicious = [tuple(item) for item in failure.extra.get("suspicious", [])]
        ctx = RepairContext(
            workspace=self.workspace,
            report=state.report,
            suspicious=suspicious,
            test_files=self.plan.test_files,
            source_files=self.plan.source_files,
            llm=self.config.llm,
        )
        return ctx

    def _candidates(self, failure: Failure, ctx: RepairContext, *, fallback: bool = False) -> list[Candidate]:
        """Candidates of the regular fixers, or (fallback=True) of those asked only when they failed."""
        found: list[tuple[float, int, Candidate]] = []
        seen: set[tuple[str, str]] = set()
        counter = 0
        for fixer in self.fixers:
            if failure.bug_type not in fixer.bug_types or fixer.fallback != fallback:
                continue
            try:
                produced = fixer.candidates(failure, ctx)
                for index, candidate in enumerate(produced):
                    if index >= MAX_CANDIDATES_PER_FIXER:
                        break
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
        # A fixer may ask for a larger share than the default (LOGIC searches a wide edit space).
        limit = max(
            [self.config.max_candidates]
            + [getattr(f, "max_candidates", 0) for f in self.fixers if failure.bug_type in f.bug_types]
        )
        return [candidate for _, _, candidate in found[:limit]]

    def _combined(self, failure: Failure, ctx: RepairContext) -> list[Candidate]:
        """Two-edit candidates from fixers that combine partial fixes (see LogicFixer.combine)."""
        found: list[Candidate] = []
        for fixer in self.fixers:
            combine = getattr(fixer, "combine", None)
            if failure.bug_type not in fixer.bug_types or combine is None or not self._partial:
                continue
            try:
                found += list(combine(failure, ctx, list(self._partial)))[:MAX_CANDIDATES_PER_FIXER]
            except Exception as exc:  # one broken fixer must not stop the others
                logger.exception("fixer %r failed to combine", fixer)
                self.log(f"Fixer {type(fixer).__name__} failed: {exc.__class__.__name__}: {exc}")
        return found

    def _repair_failure(self, failure: Failure, state: Analysis, deadline: float) -> FixOutcome | None:
        if failure.bug_type is BugType.IMPORT:
            self._import_facts(failure)
        ctx = self._context(failure, state)
        label = f"{failure.bug_type} {failure.file}:{self._original_line(failure.file, failure.line)}"
        tried = 0
        self._partial = []
        for fallback in (False, True):
            if fallback and self._stopped(deadline):
                break
            candidates = self._candidates(failure, ctx, fallback=fallback)
            if not candidates:
                continue
            outcome, count = self._try_candidates(failure, state, candidates, label, deadline)
            tried += count
            if outcome is not None:
                return outcome
        combined = self._combined(failure, ctx) if not self._stopped(deadline) else []
        if combined:
            outcome, count = self._try_candidates(failure, state, combined, label, deadline)
            tried += count
            if outcome is not None:
                return outcome
        if not tried:
            self.log(f"No candidate fix for {label} ({failure.message})")
        else:
            self.log(f"No validated fix for {label} after {tried} candidate(s)")
        return None

    def _try_candidates(
        self, failure: Failure, state: Analysis, candidates: list[Candidate], label: str, deadline: float
    ) -> tuple[FixOutcome | None, int]:
        self.log(f"Trying {len(candidates)} candidate(s) for {label} ({failure.message})")
        scored: set[int] = set()
        if PRECEDENCE[failure.bug_type] == 0 and failure.test_ids and len(candidates) > 1:
            candidates, scored = self._rank_by_targeted_tests(failure, candidates, deadline)
        tried = 0
        for candidate in candidates:
            if self._stopped(deadline):
                break
            tried += 1
            attempt = self._validate(failure, candidate, state, quick=id(candidate) not in scored)
            if attempt.accepted is None:
                self.log(f"  rejected '{candidate.description}' (line {candidate.line}): {attempt.reason}")
                continue
            return self._accept(failure, candidate, attempt.accepted), tried
        return None, tried

    def _rank_by_targeted_tests(
        self, failure: Failure, candidates: list[Candidate], deadline: float
    ) -> tuple[list[Candidate], set[int]]:
        """Order compiling syntax candidates by how many of the blocked tests then pass.

        Several edits usually make a file compile (`[None * n` closes as `[None * n]` or
        `[None] * n`), and before the fix no test in the blocked module passed, so the
        no-regression rule cannot tell them apart: the tests they unblock can.
        """
        assert self.plan is not None
        scored: list[tuple[int, int, Candidate]] = []
        for index, candidate in enumerate(candidates[:SYNTAX_RANK_LIMIT]):
            if self._stopped(deadline):
                break
            if candidate.file in self.plan.test_files or candidate.file not in self.plan.source_files:
                continue
            if compile_error(candidate.new_source, candidate.file) is not None:
                continue
            old = self.workspace.read_text(candidate.file)
            self.sandbox.put_files(
                {candidate.file: candidate.new_source.encode("utf-8", errors="surrogateescape")}
            )
            try:
                quick = self.runner.run_tests(node_ids=list(failure.test_ids), coverage=False)
            finally:
                self.sandbox.put_files({candidate.file: old.encode("utf-8", errors="surrogateescape")})
            if quick.error:
                continue
            passed = len(quick.passed_ids)
            if not passed and quick.collect_errors and not any(score for score, _, _ in scored):
                # Still blocked (another file does not compile either): the tests cannot rank these.
                return candidates, set()
            scored.append((-passed, index, candidate))
            if not quick.failed_ids and not quick.collect_errors and passed:
                break  # every blocked test passes: nothing can do better
        ranked = [candidate for _, _, candidate in sorted(scored, key=lambda item: (item[0], item[1]))]
        chosen = {id(candidate) for candidate in ranked}
        rest = [candidate for candidate in candidates if id(candidate) not in chosen]
        return ranked + rest, chosen

    def _accept(self, failure: Failure, candidate: Candidate, new_state: Analysis) -> FixOutcome:
        old = self.workspace.read_text(candidate.file)
        self._original(candidate.file)
        line = self._original_line(candidate.file, candidate.line)
        self.workspace.write_text(candidate.file, candidate.new_source)
        self._state = new_state
        outcome = FixOutcome(
            bug_type=candidate.bug_type or failure.bug_type,
            file=candidate.file,
            line=line,
            description=candidate.description,
            status=FixStatus.FIXED,
            diff=unified_diff(candidate.file, old, candidate.new_source),
            message=failure.message,
        )
        report = new_state.report
        self.log(
            f"Fixed: {outcome.fix_line} (now {report.passed} passed, {report.failed} failed, "
            f"{report.lint_findings} lint finding(s))"
        )
        return outcome

    # -- facts from the sandbox for the IMPORT fixer ----------------------------------
    def _import_facts(self, failure: Failure) -> None:
        """What the sandbox's Python can import, for names the repository alone cannot answer."""
        exc = failure.extra.get("exception") or {}
        text = f"{failure.message}\n{exc.get('message', '')}"
        if "No module named" in text and "installed_modules" not in failure.extra:
            failure.extra["installed_modules"] = self._sandbox_json(INSTALLED_MODULES_CODE, "installed") or []
        match = re.search(r"cannot import name '[^']+' from '([A-Za-z_][\w.]*)'", text)
        if match and "module_names" not in failure.extra:
            module = match.group(1)
            names = self._sandbox_json(MODULE_NAMES_CODE, f"names:{module}", module)
            if names is not None:
                failure.extra["module_names"] = names

    def _sandbox_json(self, code: str, key: str, *args: str) -> list[str] | None:
        if key in self._facts:
            return self._facts[key]
        result = self.sandbox.exec(
            [self.config.python, "-c", code, *args],
            timeout=min(60.0, self.config.command_timeout),
            reset=True,
        )
        value = None
        for line in reversed(result.output.splitlines()):
            if line.startswith(JSON_MARK):
                try:
                    data = json.loads(line[len(JSON_MARK) :])
                except ValueError:
                    break
                if isinstance(data, list):
                    value = [item for item in data if isinstance(item, str)][:20000]
                break
        self._facts[key] = value
        return value

    # -- validation --------------------------------------------------------------
    def _validate(
        self, failure: Failure, candidate: Candidate, state: Analysis, *, quick: bool = True
    ) -> _Attempt:
        assert self.plan is not None
        file = candidate.file
        if file in self.plan.test_files or file not in self.plan.source_files:
            return _Attempt(None, "not a source file of the repository (tests are never edited)")
        try:
            old = self.workspace.read_text(file)
        except (OSError, UnsafePath) as exc:
            return _Attempt(None, f"cannot read {file}: {exc}")
        if candidate.new_source == old:
            return _Attempt(None, "no change")
        is_syntax = PRECEDENCE[failure.bug_type] == 0
        error = compile_error(candidate.new_source, file)
        # A file with two syntax errors: fixing the first may only move the error further down.
        if error is not None and not (is_syntax and failure.file == file and error.line > failure.line):
            return _Attempt(None, f"does not compile: {error.message} (line {error.line})")
        self.sandbox.put_files({file: candidate.new_source.encode("utf-8", errors="surrogateescape")})
        accepted = False
        try:
            verdict = self._judge(failure, candidate, state, old, quick=quick)
            accepted = verdict.accepted is not None
            return verdict
        finally:
            if not accepted:
                self.sandbox.put_files({file: old.encode("utf-8", errors="surrogateescape")})

    def _judge(
        self, failure: Failure, candidate: Candidate, state: Analysis, old: str, *, quick: bool
    ) -> _Attempt:
        assert self.plan is not None
        overrides = {candidate.file: candidate.new_source}
        lint: LintRun | None = None
        if failure.source == "ruff":
            # Lint first: it is fast and says directly whether the finding is gone.
            lint = self.runner.run_lint()
            if lint.error:
                return _Attempt(None, "lint did not run")
            if _lint_count(lint.findings, failure) >= _lint_count(state.lint.findings, failure):
                return _Attempt(None, "the lint finding is still there")
        elif failure.test_ids and quick:
            targeted = self.runner.run_tests(node_ids=list(failure.test_ids), coverage=False)
            if targeted.error:
                return _Attempt(None, f"targeted tests did not run: {targeted.error[:200]}")
            fixed_now = set(failure.test_ids) & targeted.passed_ids
            if fixed_now:
                self._partial.append((candidate, len(fixed_now)))
            if failure.bug_type is BugType.LOGIC and not fixed_now:
                return _Attempt(None, "the failing tests still fail")
            targeted_state = analyse(
                plan=self.plan, tests=targeted, lint=LintRun(), read_source=self._reader(overrides)
            )
            if self._still_there(failure, targeted_state, candidate, old):
                return _Attempt(None, "the failure is still there")
        new_state = self._run_all(overrides, lint=lint)
        if new_state.tests.error:
            return _Attempt(None, f"tests did not run: {new_state.tests.error[:200]}")
        if new_state.lint.error and not state.lint.error:
            return _Attempt(None, "lint did not run")
        lost = state.passed_ids - new_state.passed_ids
        if lost:
            return _Attempt(None, f"{len(lost)} previously passing test(s) fail now")
        old_errors = {e.nodeid for e in state.tests.collect_errors}
        if any(e.nodeid not in old_errors for e in new_state.tests.collect_errors):
            return _Attempt(None, "a test module that was collected no longer is")
        new_lint = new_state.lint_keys - state.lint_keys
        if PRECEDENCE[failure.bug_type] == 0:
            # Fixing a syntax error lets the linter see the whole file for the first time.
            new_lint = {key for key in new_lint if key[1] != candidate.file}
        if new_lint:
            return _Attempt(None, f"new lint finding(s): {sorted(new_lint)[:3]}")
        if self._still_there(failure, new_state, candidate, old):
            return _Attempt(None, "the failure is still there")
        if failure.bug_type is BugType.LOGIC and not (set(failure.test_ids) & new_state.passed_ids):
            return _Attempt(None, "the failing tests still fail")
        return _Attempt(new_state)

    def _still_there(self, failure: Failure, new_state: Analysis, candidate: Candidate, old: str) -> bool:
        """Whether `failure` still shows in `new_state` (lines of the edited file mapped back).

        A LOGIC failure's line is only the localiser's best guess: it is judged by its tests
        instead (at least one of them must pass now), so two bugs sharing a guess stay fixable.
        """
        if failure.bug_type is BugType.LOGIC:
            return not (set(failure.test_ids) & new_state.passed_ids)
        for other in new_state.failures:
            if other.bug_type != failure.bug_type or other.file != failure.file:
                continue
            line = other.line
            if other.file == candidate.file:
                line = map_line_back(old, candidate.new_source, other.line)
            if line != failure.line:
                continue
            if failure.source == "ruff" and other.source == "ruff" and other.message != failure.message:
                continue
            if failure.source != "ruff" and other.code != failure.code and other.source != "ruff":
                continue
            return True
        return False

    # -- line bookkeeping ----------------------------------------------------------
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


def _lint_count(findings, failure: Failure) -> int:
    return sum(
        1 for f in findings if f.file == failure.file and f.code == failure.code and _same_message(f, failure)
    )


def _same_message(finding, failure: Failure) -> bool:
    lint = failure.extra.get("lint") or []
    return any(entry.get("message") == finding.message for entry in lint)
