"""The execute service: one run from clone to results.json.

Claiming is idempotent and guarded in the database, so a task delivered twice
executes once, and a run whose worker died (stale heartbeat) can be taken over.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import socket
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.db import close_old_connections, connection, transaction
from django.utils import timezone

from healer.engine.formatting import score_compute
from healer.engine.llm import provider_from_settings
from healer.engine.types import EngineError, FixOutcome, FixStatus
from healer.engine.workspace import Workspace
from runs.gitops import COMMIT_PREFIX, GitOperationError, RepoSource, checkout_create
from runs.hosting.integration import hosting_run_finished, hosting_session_open
from runs.models import Fix, Iteration, IterationStatus, Run, RunStatus
from runs.selectors import run_commit_count, run_results

logger = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 10
STALE_AFTER = timedelta(seconds=90)
LOG_TAIL_CHARS = 16_000
LOG_EXCERPT_CHARS = 8_000


class RunCancelled(Exception):
    pass


def worker_identity() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _claim(run_id: int) -> Run | None:
    """QUEUED → RUNNING (or take over a RUNNING run whose worker went silent)."""
    now = timezone.now()
    with transaction.atomic():
        run = Run.objects.select_for_update().filter(pk=run_id).first()
        if run is None:
            logger.warning("run %s does not exist; nothing to execute", run_id)
            return None
        stale = run.status == RunStatus.RUNNING and (
            run.heartbeat_at is None or run.heartbeat_at < now - STALE_AFTER
        )
        if run.status != RunStatus.QUEUED and not stale:
            logger.info("run %s is %s; not executing it again", run_id, run.status)
            return None
        if run.cancel_requested:
            run.status = RunStatus.CANCELLED
            run.finished_at = now
            run.save(update_fields=["status", "finished_at"])
            return None
        run.status = RunStatus.RUNNING
        run.started_at = run.started_at or now
        run.worker = worker_identity()
        run.heartbeat_at = now
        run.attempts += 1
        run.current_step = "Starting"
        run.error_message = ""
        run.save(
            update_fields=[
                "status",
                "started_at",
                "worker",
                "heartbeat_at",
                "attempts",
                "current_step",
                "error_message",
            ]
        )
        if stale:
            # A previous attempt died mid-run: its partial history would mix with this one.
            run.iterations.all().delete()
    return run


class Progress:
    """Live log and step for the dashboard, a heartbeat, and cancellation polling.

    A background thread writes the heartbeat (so a long sandbox command does not
    look like a dead worker) and notices cancellation requested from any worker.
    """

    def __init__(self, run: Run, *, echo: Callable[[str], None] | None = None) -> None:
        self.run_id = run.pk
        self.echo = echo
        self.lines: list[str] = []
        # A retried run keeps what its lost attempt logged (recovery notes why it was retried).
        self.tail = run.log_tail[-LOG_TAIL_CHARS:]
        self.step = ""
        self.cancelled = threading.Event()
        self._dirty = False
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._beat, name=f"run-{run.pk}-heartbeat", daemon=True)

    def __enter__(self) -> Progress:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self.flush()

    def log(self, line: str) -> None:
        line = line.rstrip()
        if self.echo:
            self.echo(line)
        with self._lock:
            self.lines.append(line)
            self.tail = (self.tail + line + "\n")[-LOG_TAIL_CHARS:]
            self._dirty = True

    def set_step(self, step: str) -> None:
        self.log(f"== {step}")
        with self._lock:
            self.step = step[:200]
            self._dirty = True
        self.flush()

    def take_lines(self) -> str:
        with self._lock:
            lines, self.lines = self.lines, []
        return "\n".join(lines)

    def should_stop(self) -> bool:
        return self.cancelled.is_set()

    def flush(self) -> None:
        with self._lock:
            if not self._dirty:
                return
            fields = {"log_tail": self.tail, "current_step": self.step, "heartbeat_at": timezone.now()}
            self._dirty = False
        Run.objects.filter(pk=self.run_id).update(**fields)

    def _beat(self) -> None:
        last_beat = 0.0
        try:
            while not self._stop.wait(1.0):
                self.flush()
                if time.monotonic() - last_beat >= HEARTBEAT_SECONDS:
                    Run.objects.filter(pk=self.run_id).update(heartbeat_at=timezone.now())
                    last_beat = time.monotonic()
                if Run.objects.filter(pk=self.run_id, cancel_requested=True).exists():
                    self.cancelled.set()
        except Exception:  # the heartbeat must never take the run down with it
            logger.exception("heartbeat of run %s failed", self.run_id)
        finally:
            connection.close()


@contextmanager
def _workspace_dir(run: Run):
    path = Path(settings.HEALER_WORKSPACE_ROOT) / f"run-{run.pk}"
    try:
        yield path
    finally:
        if not settings.HEALER_KEEP_WORKSPACES:
            shutil.rmtree(path, ignore_errors=True)


def _commit_message(outcome: FixOutcome) -> str:
    return (
        f"{COMMIT_PREFIX} Fix {outcome.bug_type} in {outcome.file} line {outcome.line}: {outcome.description}"
    )


def _record_iteration(
    *, run: Run, number: int, report, started_at, passed: bool, log_text: str, fixes: list[dict]
) -> Iteration:
    with transaction.atomic():
        iteration = Iteration.objects.create(
            run=run,
            number=number,
            status=IterationStatus.PASSED if passed else IterationStatus.FAILED,
            passed=report.passed,
            failed=report.failed,
            lint_findings=report.lint_findings,
            log_excerpt=log_text[-LOG_EXCERPT_CHARS:],
            started_at=started_at,
            finished_at=timezone.now(),
        )
        Fix.objects.bulk_create([Fix(run=run, iteration=iteration, **fix) for fix in fixes])
    return iteration


def _fix_row(outcome: FixOutcome, *, sha: str = "", message: str = "") -> dict:
    return {
        "file": outcome.file,
        "line": outcome.line,
        "bug_type": str(outcome.bug_type),
        "description": outcome.fix_line,
        "status": str(outcome.status),
        "commit_sha": sha,
        "commit_message": message,
        "diff": outcome.diff,
    }


def _heal(run: Run, progress: Progress, workdir: Path) -> RunStatus:
    """Clone, iterate check → repair, push. Returns the final status."""
    from healer.engine.repair import Engine, EngineConfig
    from sandbox.sessions import sandbox_open

    progress.set_step("Cloning the repository")
    source = RepoSource(url=run.repo_url, is_local=not run.repo_url.startswith(("https://", "http://")))
    # Hosting hooks (runs.hosting): no-ops unless a credential is configured for the run's host.
    hosting = hosting_session_open(run=run, log=progress.log, should_stop=progress.should_stop)
    checkout = checkout_create(
        source=source,
        path=workdir / "repo",
        branch=run.branch,
        git_config=hosting.git_config(),
        start_branch=hosting.source_branch,
    )
    start_sha = checkout.head_sha
    progress.log(f"Cloned {run.repo_url} at {start_sha[:12]}; working on branch {run.branch}")
    hosting.start(checkout=checkout)
    workspace = Workspace(checkout.path)

    progress.set_step("Starting the sandbox")
    with sandbox_open(run_id=str(run.pk), workspace=workspace, log_line=progress.log) as sandbox:
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
        progress.set_step("Discovering checks")
        engine.discover()
        status = RunStatus.FAILED
        for number in range(1, run.retry_limit + 1):
            if progress.should_stop():
                raise RunCancelled
            started_at = timezone.now()
            progress.set_step(f"Iteration {number}/{run.retry_limit}: running checks")
            report = engine.check()
            progress.log(
                f"Checks: {report.passed} passed, {report.failed} failed, {report.lint_findings} lint findings"
            )
            hosting.merge_remote_failures(report, checkout=checkout, plan=engine.plan)
            if report.ok:
                _record_iteration(
                    run=run,
                    number=number,
                    report=report,
                    started_at=started_at,
                    passed=True,
                    log_text=progress.take_lines(),
                    fixes=[],
                )
                status = RunStatus.PASSED
                break
            fixes: list[dict] = []
            if number < run.retry_limit:
                progress.set_step(
                    f"Iteration {number}/{run.retry_limit}: fixing {len(report.failures)} failure(s)"
                )
                for outcome in engine.repair(report):
                    if outcome.status != FixStatus.FIXED:
                        continue
                    message = _commit_message(outcome)
                    sha = checkout.commit(paths=[outcome.file], message=message)
                    progress.log(outcome.fix_line)
                    fixes.append(_fix_row(outcome, sha=sha, message=message))
                    if progress.should_stop():
                        break
            last = number == run.retry_limit or not fixes
            if last:
                # Nothing more will be tried: what is still failing is reported as not fixed.
                fixes += [_fix_row(outcome) for outcome in engine.unresolved(report)]
            iteration = _record_iteration(
                run=run,
                number=number,
                report=report,
                started_at=started_at,
                passed=False,
                log_text=progress.take_lines(),
                fixes=fixes,
            )
            if progress.should_stop():
                raise RunCancelled
            if last:
                break
            hosting.after_iteration(checkout=checkout, iteration=iteration)

    if checkout.commits_since_start(start_sha) and settings.HEALER_PUSH:
        progress.set_step(f"Pushing {run.branch}")
        checkout.push()
        Run.objects.filter(pk=run.pk).update(pushed=True)
        hosting.after_push(checkout=checkout)
    Run.objects.filter(pk=run.pk).update(head_sha=checkout.head_sha)
    return status


def run_finish(run: Run, *, status: RunStatus, error: str = "") -> Run:
    with transaction.atomic():
        run = Run.objects.select_for_update().get(pk=run.pk)
        now = timezone.now()
        run.status = status
        run.finished_at = now
        run.duration_seconds = (now - run.started_at).total_seconds() if run.started_at else 0.0
        score = score_compute(duration_seconds=run.duration_seconds, commit_count=run_commit_count(run=run))
        run.score_base = score.base
        run.score_speed_bonus = score.speed_bonus
        run.score_efficiency_penalty = score.efficiency_penalty
        run.score_total = score.total
        run.error_message = error[:2000]
        run.current_step = {
            RunStatus.PASSED: "All checks pass",
            RunStatus.FAILED: "Retry limit reached with checks still failing",
            RunStatus.ERROR: "Stopped by an error",
            RunStatus.CANCELLED: "Cancelled",
        }[status]
        run.save()
    results_write(run=run)
    return run


def results_path(*, run: Run) -> Path:
    return Path(settings.HEALER_RESULTS_ROOT) / f"run-{run.pk}.json"


def results_write(*, run: Run, path: Path | None = None) -> Path:
    """Write results.json (atomically) for a finished run."""
    path = path or results_path(run=run)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(run_results(run=run), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path


def run_execute(*, run_id: int, echo: Callable[[str], None] | None = None) -> Run | None:
    """Execute a queued run to its end. Safe to call twice: the second call does nothing."""
    close_old_connections()
    run = _claim(run_id)
    if run is None:
        return Run.objects.filter(pk=run_id).first()
    error = ""
    with Progress(run, echo=echo) as progress, _workspace_dir(run) as workdir:
        try:
            status = _heal(run, progress, workdir)
        except RunCancelled:
            status, error = RunStatus.CANCELLED, "Cancelled on request."
        except (EngineError, GitOperationError) as exc:
            status, error = RunStatus.ERROR, str(exc)
        except Exception as exc:
            logger.exception("run %s failed with an internal error", run.pk)
            status, error = RunStatus.ERROR, f"Internal error: {exc.__class__.__name__}: {exc}"
        if error:
            progress.log(f"Stopped: {error}")
    # After the progress reporter has flushed, so its last write cannot undo the final state.
    run = run_finish(run, status=status, error=error)
    hosting_run_finished(run=run)
    return run
