"""The execute service: one run from clone to results.json, as named steps.

    run_execute
      run_claim                claim the run once (runs.services.runs)
      Progress                 live log, step, heartbeat, cancellation (heartbeat.py)
      _heal
        _checkout_open         clone, create the fix branch (the plug-in may add auth, a start branch)
        _engine_open           the engine on the run's sandbox
        _iterate               up to retry_limit check-and-fix iterations: _iteration_run
          _checks_run          sandbox checks, plus failures the plug-in saw elsewhere; live counters
          iteration_start      the Iteration row, RUNNING (iterations.py)
          _fixes_commit        repair; one [AI-AGENT] commit and Fix row per validated fix
          _checks_run          re-validation (it is also the next iteration's check)
          iteration_end        where the iteration left the checks
        _unneeded_fixes_revert fixes a later fix made unnecessary: one revert commit each, not reported
        _push                  push the branch once, never forced
      run_finish               final status, stop reason, score, results.json
      hooks.run_finished

Claiming is idempotent and guarded in the database, so a task delivered twice
executes once, and a run whose worker died (stale heartbeat) can be taken over.
Plug-ins (Git hosting) are reached only through runs.hooks.
"""

from __future__ import annotations

import logging
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import close_old_connections
from django.utils import timezone

from healer.engine.minimise import Withdrawal
from healer.engine.types import CheckReport, EngineError, FixOutcome, FixStatus
from healer.engine.workspace import Workspace
from runs.gitops import COMMIT_PREFIX, Checkout, GitOperationError, RepoSource, checkout_create
from runs.hooks import RunHooks, RunHookSession, run_hooks
from runs.models import ExecutionSuperseded, Iteration, Run, RunStatus, StopReason, WithdrawalReason
from runs.selectors import run_find
from runs.services.events import (
    ChecksDone,
    FixCommitted,
    FixReverted,
    IterationStarted,
    RunInterrupted,
    RunObserver,
    candidate_counts,
)
from runs.services.heartbeat import Progress
from runs.services.iterations import FixRecord, fix_withdraw, fixes_record, iteration_end, iteration_start
from runs.services.runs import (
    run_checks_save,
    run_claim,
    run_execution_check,
    run_finish_retrying,
    run_head_save,
    run_mark_pushed,
    workspace_dir_name,
)

if TYPE_CHECKING:
    from healer.engine.repair import Engine
    from healer.engine.types import Sandbox

logger = logging.getLogger(__name__)


class RunCancelled(Exception):
    """Cancellation was requested: the run stops at its next step."""


def run_execute(
    *, run_id: int, echo: Callable[[str], None] | None = None, observer: RunObserver | None = None
) -> Run | None:
    """Execute a queued run to its end. Safe to call twice: the second call does nothing.

    `observer` (runs.services.events) follows the run's progress and may stop it.
    """
    close_old_connections()
    run = run_claim(run_id=run_id)
    if run is None:
        return run_find(run_id=run_id)
    hooks = run_hooks()
    outcome: Outcome | None = Outcome(RunStatus.ERROR, StopReason.ERROR, UNFINISHED)
    finished = None
    try:
        outcome = _execute(run, hooks, echo, observer)
    except Exception as exc:
        outcome = Outcome(
            RunStatus.ERROR, StopReason.ERROR, f"Internal error: {exc.__class__.__name__}: {exc}"
        )
        raise
    finally:
        # Whatever happened above (even an exception out of the progress reporter), the run
        # gets its final state, after the reporter's last write so that it cannot undo it.
        if outcome is not None:
            finished = run_finish_retrying(
                run=run, status=outcome.status, error=outcome.error, stop_reason=outcome.reason
            )
    if finished is None:  # taken over by another execution, or the database stayed away
        return run_find(run_id=run_id)
    hooks.run_finished(run=finished)
    return finished


UNFINISHED = "Internal error: the execution stopped before the run finished."


@dataclass(frozen=True)
class Outcome:
    """How a run ended: its final status, why it stopped, and the error that stopped it (if any)."""

    status: RunStatus
    reason: StopReason
    error: str = ""


def _execute(
    run: Run, hooks: RunHooks, echo: Callable[[str], None] | None, observer: RunObserver | None
) -> Outcome | None:
    """The run's final status and reason, or None when another execution took the run over."""
    outcome = None
    try:
        with Progress(run, echo=echo, observer=observer) as progress, _workspace_dir(run) as workdir:
            outcome = _heal_guarded(run, progress, workdir, hooks)
    except ExecutionSuperseded:
        logger.warning(
            "run %s: execution %s was taken over; it stops without finishing", run.pk, run.execution
        )
        return None
    except Exception:
        if outcome is None:
            raise
        # The run's result stands; only its last progress write or clean-up failed.
        logger.exception("run %s: the progress reporter or the workspace clean-up failed at the end", run.pk)
    return outcome


def _heal_guarded(run: Run, progress: Progress, workdir: Path, hooks: RunHooks) -> Outcome:
    """_heal, with every way it can stop turned into a final status and its reason."""
    try:
        return _heal(run, progress, workdir, hooks)
    except ExecutionSuperseded:
        raise
    except RunCancelled:
        if progress.superseded.is_set():
            raise ExecutionSuperseded(f"run {run.pk}") from None
        outcome = Outcome(RunStatus.CANCELLED, StopReason.CANCELLED, "Cancelled on request.")
    except RunInterrupted as exc:  # the sandbox and the clone were removed on the way here
        outcome = Outcome(RunStatus.CANCELLED, StopReason.CANCELLED, str(exc) or "Interrupted.")
    except (EngineError, GitOperationError) as exc:
        outcome = Outcome(RunStatus.ERROR, StopReason.ERROR, str(exc))
    except Exception as exc:
        logger.exception("run %s failed with an internal error", run.pk)
        outcome = Outcome(
            RunStatus.ERROR, StopReason.ERROR, f"Internal error: {exc.__class__.__name__}: {exc}"
        )
    progress.log(f"Stopped: {outcome.error}")
    return outcome


@contextmanager
def _workspace_dir(run: Run) -> Iterator[Path]:
    # Each execution (attempt) has its own directory: one that was taken over but still runs
    # never shares files with its successor. Recovery removes those of lost executions.
    path = Path(settings.HEALER_WORKSPACE_ROOT) / workspace_dir_name(run=run)
    try:
        yield path
    finally:
        if not settings.HEALER_KEEP_WORKSPACES:
            shutil.rmtree(path, ignore_errors=True)


def _heal(run: Run, progress: Progress, workdir: Path, hooks: RunHooks) -> Outcome:
    """Clone, iterate check → repair → re-validate, push. Returns the final status and why."""
    # Imported here: web processes import runs.services but never load the sandbox.
    from sandbox.sessions import sandbox_open

    session, checkout = _checkout_open(run, progress, workdir, hooks)
    start_sha = checkout.head_sha
    workspace = Workspace(checkout.path)
    progress.set_step("Starting the sandbox")
    with sandbox_open(run_id=str(run.pk), workspace=workspace, log_line=progress.log) as sandbox:
        engine = _engine_open(workspace, sandbox, progress)
        outcome, last = _iterate(run, progress, engine, checkout, session)
        _unneeded_fixes_revert(run, progress, engine, checkout)
    _push(run, progress, checkout, session, start_sha=start_sha, last=last)
    return outcome


def _checkout_open(
    run: Run, progress: Progress, workdir: Path, hooks: RunHooks
) -> tuple[RunHookSession, Checkout]:
    progress.set_step("Cloning the repository")
    source = RepoSource(url=run.repo_url, is_local=not run.repo_url.startswith(("https://", "http://")))
    session = hooks.session_open(run=run, log=progress.log, should_stop=progress.should_stop)
    options = session.checkout_options()
    checkout = checkout_create(
        source=source,
        path=workdir / "repo",
        branch=run.branch,
        git_config=options.git_config,
        start_branch=options.start_branch,
    )
    progress.log(f"Cloned {run.repo_url} at {checkout.head_sha[:12]}; working on branch {run.branch}")
    session.run_started(checkout=checkout)
    return session, checkout


def _engine_open(workspace: Workspace, sandbox: Sandbox, progress: Progress) -> Engine:
    # Imported here: loading the engine (every fixer) is for workers, not web processes.
    from healer.engine.fixers.llm import provider_from_settings
    from healer.engine.repair import Engine, EngineConfig

    engine = Engine(
        workspace=workspace,
        sandbox=sandbox,
        config=EngineConfig(
            test_timeout=settings.HEALER_SANDBOX_TEST_TIMEOUT,
            command_timeout=settings.HEALER_SANDBOX_TIMEOUT,
            time_budget=settings.HEALER_ENGINE_TIME_BUDGET,
            should_stop=progress.should_stop,
            # None unless HEALER_LLM_BASE_URL and HEALER_LLM_MODEL are set.
            llm=provider_from_settings(
                base_url=settings.HEALER_LLM_BASE_URL,
                api_key=settings.HEALER_LLM_API_KEY,
                model=settings.HEALER_LLM_MODEL,
                timeout=settings.HEALER_LLM_TIMEOUT,
            ),
        ),
        log=progress.log,
    )
    progress.watch_candidates(lambda: candidate_counts(engine))
    progress.set_step("Discovering checks")
    engine.discover()
    return engine


def _iterate(
    run: Run, progress: Progress, engine: Engine, checkout: Checkout, session: RunHookSession
) -> tuple[Outcome, Iteration | None]:
    """Check-and-fix iterations until the checks pass, nothing more can be fixed or the limit is reached.

    Each iteration checks, fixes and re-validates: the retry limit counts those, so a
    limit of 1 fixes what one round can. The re-validation of one iteration is the
    next one's check, run once.
    """
    started_at = timezone.now()
    progress.emit(IterationStarted(number=1, limit=run.retry_limit))
    report = _checks_run(run, progress, engine, checkout, session, step="running checks", number=1)
    last: Iteration | None = None
    for number in range(1, run.retry_limit + 1):
        if progress.should_stop():
            raise RunCancelled
        last, report, reason = _iteration_run(
            run, progress, engine, checkout, session, report, number=number, started_at=started_at
        )
        # The next iteration starts where this one ended, with its re-validation as its checks.
        started_at = last.finished_at
        if reason is not None:
            status = RunStatus.PASSED if reason == StopReason.ALL_PASS else RunStatus.FAILED
            return Outcome(status, reason), last
    return Outcome(RunStatus.FAILED, StopReason.RETRY_LIMIT), last


def _iteration_run(
    run: Run,
    progress: Progress,
    engine: Engine,
    checkout: Checkout,
    session: RunHookSession,
    report: CheckReport,
    *,
    number: int,
    started_at: datetime,
) -> tuple[Iteration, CheckReport, StopReason | None]:
    """One iteration from the checks in `report`: (its row, the latest checks, why the run stops or None)."""
    if number > 1:  # the first one started before its checks (_iterate)
        progress.emit(IterationStarted(number=number, limit=run.retry_limit))
    iteration = iteration_start(run=run, number=number, report=report, started_at=started_at)
    if report.ok:
        _iteration_close(run, progress, iteration, report, passed=True)
        return iteration, report, StopReason.ALL_PASS
    progress.set_step(f"Iteration {number}/{run.retry_limit}: fixing {len(report.failures)} failure(s)")
    repair = _fixes_commit(run, progress, engine, checkout, report, iteration=iteration)
    if progress.should_stop():
        raise RunCancelled
    if not repair.fixed and repair.stop_reason == StopReason.TIME_BUDGET and number < run.retry_limit:
        pending = engine.searches_pending()
        if pending:
            # The round stopped, it did not run dry: searches cut short by its budget go on from
            # their first untried candidate in the next iteration (nothing changed: same checks).
            progress.log(
                f"Iteration {number} ran out of time with {pending} search(es) under way; they go on"
            )
            _iteration_close(run, progress, iteration, report, passed=False)
            return iteration, report, None
    if not repair.fixed:
        _unresolved_record(run, engine, report, iteration)
        _iteration_close(run, progress, iteration, report, passed=False)
        return iteration, report, repair.stop_reason
    if number < run.retry_limit:
        session.iteration_recorded(checkout=checkout, iteration=iteration)
    report = _checks_run(
        run, progress, engine, checkout, session, step="re-validating the fixes", number=number
    )
    if report.ok:
        _iteration_close(run, progress, iteration, report, passed=True)
        return iteration, report, StopReason.ALL_PASS
    if number == run.retry_limit:
        # Nothing more will be tried: what is still failing is reported as not fixed.
        _unresolved_record(run, engine, report, iteration)
    _iteration_close(run, progress, iteration, report, passed=False)
    if progress.should_stop():
        raise RunCancelled
    return iteration, report, None


def _checks_run(
    run: Run,
    progress: Progress,
    engine: Engine,
    checkout: Checkout,
    session: RunHookSession,
    *,
    step: str,
    number: int,
) -> CheckReport:
    progress.set_step(f"Iteration {number}/{run.retry_limit}: {step}")
    report = engine.check()
    progress.log(
        f"Checks: {report.passed} passed, {report.failed} failed, {report.lint_findings} lint findings"
    )
    remote = session.remote_failures(report=report, checkout=checkout, plan=engine.plan)
    if remote:
        report = engine.add_failures(remote)
    run_checks_save(run=run, passed=report.passed, failed=report.failed, failures=len(report.failures))
    progress.emit(
        ChecksDone(
            iteration=number,
            passed=report.passed,
            failed=report.failed,
            lint_findings=report.lint_findings,
            failures=len(report.failures),
        )
    )
    return report


@dataclass(frozen=True)
class RepairRound:
    fixed: int  # fixes committed
    stop_reason: StopReason  # why the round ended, when it fixed nothing


def _fixes_commit(
    run: Run,
    progress: Progress,
    engine: Engine,
    checkout: Checkout,
    report: CheckReport,
    *,
    iteration: Iteration,
) -> RepairRound:
    """Repair; commit each validated fix on its own and store its Fix row, as the engine yields it."""
    fixed = 0
    started = time.monotonic()
    for outcome in engine.repair(report):
        if isinstance(outcome, Withdrawal):
            # The engine went back on an accepted fix (Engine._backtrack): a revert commit of its
            # own, right before the fix that replaces it; its Fix row goes.
            _withdrawal_commit(run, progress, checkout, outcome, reason=WithdrawalReason.REPLACED)
            continue
        if outcome.status != FixStatus.FIXED:
            continue
        message = _commit_message(outcome)
        sha = checkout.commit(paths=[outcome.file], message=message)
        fixes_record(
            run=run, iteration=iteration, records=[FixRecord(outcome, commit_sha=sha, commit_message=message)]
        )
        progress.log(outcome.fix_line)
        progress.emit(FixCommitted(fix_line=outcome.fix_line, commit_sha=sha))
        fixed += 1
        if progress.should_stop():
            break
    elapsed = time.monotonic() - started
    return RepairRound(
        fixed, repair_stop_reason(elapsed=elapsed, time_budget=settings.HEALER_ENGINE_TIME_BUDGET)
    )


def _unneeded_fixes_revert(run: Run, progress: Progress, engine: Engine, checkout: Checkout) -> None:
    """Take out the fixes a later fix made unnecessary (Engine.minimise), before the branch is pushed.

    Fixes are committed one by one as they are validated (and a hosting plug-in may push them
    per iteration), so an edit found unnecessary at the end is taken out by a commit of its own,
    never by rewriting the branch: the history stays what happened. Its Fix row goes: the run
    reports only the edits its branch keeps.
    """
    progress.set_step("Taking out fixes a later fix made unnecessary")
    for withdrawal in engine.minimise():
        _withdrawal_commit(run, progress, checkout, withdrawal, reason=WithdrawalReason.UNNEEDED)
    if progress.should_stop():
        raise RunCancelled


def _withdrawal_commit(
    run: Run, progress: Progress, checkout: Checkout, withdrawal: Withdrawal, *, reason: WithdrawalReason
) -> None:
    """Commit an accepted fix's revert (already written by the engine) on its own; its Fix row
    becomes a FixWithdrawal row (runs.services.iterations.fix_withdraw)."""
    outcome = withdrawal.outcome
    why = reason.label[0].lower() + reason.label[1:]
    message = (
        f"{COMMIT_PREFIX} Revert the {outcome.bug_type} fix in {outcome.file} line {outcome.line}: {why}"
    )
    sha = checkout.commit(paths=[outcome.file], message=message)
    # One edit may have been reported as two fixes (a compile repair that mended a second compile
    # error, healer/engine/folded.py): the one revert takes back every one of them.
    for taken in withdrawal.outcomes:
        fix_withdraw(run=run, outcome=taken, revert_sha=sha, revert_message=message, reason=reason)
        progress.log(f"Reverted in {sha[:12]}, not reported: {taken.fix_line}")
        progress.emit(FixReverted(fix_line=taken.fix_line, commit_sha=sha))


def repair_stop_reason(*, elapsed: float, time_budget: float) -> StopReason:
    """Why a repair round that fixed nothing ended, from what the engine shows of it.

    Engine.repair() stops yielding either when no candidate of any open failure passed
    validation, or when its time budget (EngineConfig.time_budget) ran out; it does not
    say which, so the round's wall time tells: a round that lasted the whole budget ran out.
    """
    return StopReason.TIME_BUDGET if elapsed >= time_budget else StopReason.NO_CANDIDATE


def _unresolved_record(run: Run, engine: Engine, report: CheckReport, iteration: Iteration) -> None:
    fixes_record(run=run, iteration=iteration, records=[FixRecord(o) for o in engine.unresolved(report)])


def _commit_message(outcome: FixOutcome) -> str:
    return (
        f"{COMMIT_PREFIX} Fix {outcome.bug_type} in {outcome.file} line {outcome.line}: {outcome.description}"
    )


def _iteration_close(
    run: Run, progress: Progress, iteration: Iteration, report: CheckReport, *, passed: bool
) -> Iteration:
    return iteration_end(
        run=run, iteration=iteration, report=report, passed=passed, log_text=progress.take_lines()
    )


def _push(
    run: Run,
    progress: Progress,
    checkout: Checkout,
    session: RunHookSession,
    *,
    start_sha: str,
    last: Iteration | None,
) -> None:
    """Push the branch when the run committed anything (never the default branch, never forced)."""
    if checkout.commits_since_start(start_sha) and settings.HEALER_PUSH:
        progress.set_step(f"Pushing {run.branch}")
        run_execution_check(run=run)  # an execution that was taken over pushes nothing
        checkout.push()
        run_mark_pushed(run=run)
        session.pushed(checkout=checkout, iteration=last)
    run_head_save(run=run, sha=checkout.head_sha)
