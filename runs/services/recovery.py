"""Crash recovery: runs whose execution died, and what it left behind.

An execution writes its run's heartbeat every few seconds (runs.services.heartbeat),
under its fencing token (Run.execution, new at every claim). The heartbeat is the
execution's own sign of life: a worker process that is still alive proves nothing
(django-q2 reuses it for other tasks after a task died, and a heartbeat thread
outlives database errors on purpose). So `runs_recover_lost` (scheduled by
django-q2 every minute, also `manage.py recover`) takes over a RUNNING run when

- its heartbeat is older than HEALER_RUN_STALE_AFTER, or
- its execution has run longer than HEALER_RUN_HARD_LIMIT (above django-q2's
  task timeout, so no task can legitimately still be running it),

and, in one transaction per run:

- re-queues it (status QUEUED, its partial history of the lost attempt removed,
  the fencing token cleared, a new task enqueued on commit) while it has
  attempts left and did not hit the hard limit;
- otherwise finishes it as ERROR with a reason naming the lost worker (a run
  whose cancellation was requested is finished as CANCELLED instead).

An execution that was taken over but still runs somewhere stops at its next
write: every write names its token and is refused once the token changed.

Then it removes the lost attempt's sandbox containers and volumes (they carry
the run id and the dead worker's identity as labels), the workspace directories
of executions that no longer hold their run, and lets the sandbox reaper clean
whatever else belongs to runs that are over.

Every step is idempotent: two recovery passes racing each other, or a
recovery pass racing the original task's redelivery, execute a run once
(the row is locked and re-checked, and run_execute claims a run only once).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from runs.models import ACTIVE_STATUSES, Run, RunStatus
from runs.services.runs import run_enqueue, run_finish, run_log_append, run_requeue

logger = logging.getLogger(__name__)


@dataclass
class RecoveryReport:
    requeued: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    cancelled: list[int] = field(default_factory=list)
    containers: list[str] = field(default_factory=list)
    volumes: list[str] = field(default_factory=list)
    workspaces: list[str] = field(default_factory=list)
    reap_error: str = ""

    @property
    def lost(self) -> list[int]:
        return self.requeued + self.failed + self.cancelled


def worker_process_alive(worker: str, *, hostname: str | None = None) -> bool:
    """True only when `worker` ("host:pid") ran on this host and that process still exists.

    Only said in the reason of a recovery: a live process is no proof that the
    run's execution in it is alive (its heartbeat is).
    """
    host, _, pid = worker.rpartition(":")
    if not host or not pid.isdigit() or host != (hostname or socket.gethostname()):
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A killed process whose parent died too lingers as a zombie until it is reaped.
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rpartition(")")[2].split()[:1] != ["Z"]


def run_is_active(run_id: str) -> bool:
    """The sandbox reaper's predicate: may containers labelled with this run id still be needed?

    Only a run this database knows and that is over says "no". An id that is
    not ours (another deployment sharing the engine, a test or benchmark
    container) is left to the reaper's expiry rule.
    """
    if not run_id.isdigit():
        return True
    status = Run.objects.filter(pk=int(run_id)).values_list("status", flat=True).first()
    return status is None or status in ACTIVE_STATUSES


def runs_stale(
    *, now: datetime | None = None, stale_after: int | None = None, hard_limit: int | None = None
) -> list[int]:
    """Ids of RUNNING runs whose heartbeat is older than the threshold, or whose execution is
    older than the hard limit (oldest heartbeat first)."""
    now = now or timezone.now()
    cutoff = now - timedelta(seconds=stale_after or settings.HEALER_RUN_STALE_AFTER)
    too_old = now - timedelta(seconds=hard_limit or settings.HEALER_RUN_HARD_LIMIT)
    return list(
        Run.objects.filter(status=RunStatus.RUNNING)
        .filter(
            Q(heartbeat_at__lt=cutoff)
            | Q(heartbeat_at__isnull=True, started_at__lt=cutoff)
            | Q(claimed_at__lt=too_old)
        )
        .order_by("heartbeat_at", "id")
        .values_list("id", flat=True)
    )


def run_recover_one(
    *,
    run_id: int,
    now: datetime | None = None,
    stale_after: int | None = None,
    max_attempts: int | None = None,
    hard_limit: int | None = None,
) -> tuple[str, str]:
    """Handle one run whose execution went silent or ran too long. Returns (outcome, lost worker).

    outcome is "requeued", "failed", "cancelled" or "" (the run is no longer
    lost: it finished or beat meanwhile).
    """
    now = now or timezone.now()
    stale_after = stale_after or settings.HEALER_RUN_STALE_AFTER
    max_attempts = max_attempts or settings.HEALER_RUN_MAX_ATTEMPTS
    hard_limit = hard_limit or settings.HEALER_RUN_HARD_LIMIT
    with transaction.atomic():
        run = Run.objects.select_for_update().filter(pk=run_id).first()
        if run is None or run.status != RunStatus.RUNNING:
            return "", ""
        reason = _lost_reason(run, now=now, stale_after=stale_after, hard_limit=hard_limit)
        if not reason:
            return "", ""
        worker = run.worker
        over_limit = run.claimed_at is not None and run.claimed_at < now - timedelta(seconds=hard_limit)
        if run.cancel_requested:
            outcome = "cancelled"
        elif run.attempts >= max_attempts or over_limit:
            outcome = "failed"  # a run that hit the hard limit would most likely hit it again
        else:
            outcome = "requeued"
        if outcome == "requeued":
            run_requeue(
                run=run,
                step=f"Re-queued after a lost worker (attempt {run.attempts + 1} of {max_attempts})",
                note=f"== {reason}; re-queued.",
            )
            logger.warning("run %s: %s; re-queued", run.pk, reason)
        else:
            if outcome == "failed" and not over_limit:
                reason += f"; gave up after {run.attempts} attempt(s)"
            run_log_append(run=run, line=f"Stopped: {reason}.")
            run_finish(
                run=run, status=RunStatus.ERROR if outcome == "failed" else RunStatus.CANCELLED, error=reason
            )
            logger.warning("run %s: %s; marked %s", run.pk, reason, outcome)
    return outcome, worker


def _lost_reason(run: Run, *, now: datetime, stale_after: int, hard_limit: int) -> str:
    """Why the run's execution counts as lost ("" when it does not)."""
    worker = run.worker or "(unknown)"
    if run.claimed_at is not None and run.claimed_at < now - timedelta(seconds=hard_limit):
        return (
            f"Worker {worker} ran this execution for longer than the hard limit of {hard_limit} s "
            f"(HEALER_RUN_HARD_LIMIT; claimed {run.claimed_at.isoformat(timespec='seconds')})"
        )
    last_sign = run.heartbeat_at or run.started_at
    if last_sign is not None and last_sign >= now - timedelta(seconds=stale_after):
        return ""
    since = last_sign.isoformat(timespec="seconds") if last_sign else "its start"
    step = f" during '{run.current_step}'" if run.current_step else ""
    reason = f"Worker {worker} stopped responding{step} (last heartbeat {since})"
    if run.worker and worker_process_alive(run.worker):
        # The process serves on (django-q2 reuses it), but this run's execution in it is silent.
        reason += "; its process still runs, the execution in it does not"
    return reason


def sandbox_remove_for_worker(
    *, run_id: int, worker: str, created_before: float | None = None
) -> tuple[list[str], list[str]]:
    """Remove the containers and volumes a (dead) worker created for a run.

    Precise and immediate, unlike the generic reaper: both labels must match,
    so a new attempt of the same run by another worker is never touched; nor is
    one by the same worker process (django-q2 reuses it) when `created_before`
    (a Unix time: when the recovery pass began) leaves out what was created since.
    """
    import docker.errors

    from sandbox import labels
    from sandbox.docker_container import docker_client

    filters = {
        "label": [
            f"{labels.MANAGED}=1",
            f"{labels.RUN}={run_id}",
            f"{labels.OWNER}={worker}",
        ]
    }
    containers: list[str] = []
    volumes: list[str] = []
    client = docker_client(timeout=30)
    try:
        for container in client.api.containers(all=True, filters=filters):
            if created_before is not None and container.get("Created", 0) >= created_before:
                continue
            try:
                client.api.remove_container(container["Id"], force=True)
            except docker.errors.NotFound:
                pass
            containers.append((container.get("Names") or [container["Id"][:12]])[0].lstrip("/"))
        for volume in client.api.volumes(filters=filters).get("Volumes") or []:
            if created_before is not None and _volume_created(volume) >= created_before:
                continue
            try:
                client.api.remove_volume(volume["Name"])
            except docker.errors.NotFound:
                pass
            except docker.errors.APIError as exc:
                logger.warning("recovery: could not remove volume %s: %s", volume["Name"], exc)
                continue
            volumes.append(volume["Name"])
    finally:
        client.close()
    return containers, volumes


def _volume_created(volume: dict) -> float:
    """A volume's CreatedAt as a Unix time (0 when the engine does not say)."""
    try:
        return datetime.fromisoformat(str(volume.get("CreatedAt") or "")).timestamp()
    except ValueError:
        return 0.0


def runs_recover_lost(
    *,
    now: datetime | None = None,
    stale_after: int | None = None,
    max_attempts: int | None = None,
    hard_limit: int | None = None,
    reap: bool = True,
    reaper: Callable[..., object] | None = None,
) -> RecoveryReport:
    """One recovery pass: handle every lost run, then clean the sandbox leftovers."""
    report = RecoveryReport()
    began = time.time()  # what a re-queued run's next execution creates comes later: not removed
    lost_workers: list[tuple[int, str]] = []
    for run_id in runs_stale(now=now, stale_after=stale_after, hard_limit=hard_limit):
        outcome, worker = run_recover_one(
            run_id=run_id, now=now, stale_after=stale_after, max_attempts=max_attempts, hard_limit=hard_limit
        )
        if outcome:
            getattr(report, outcome).append(run_id)
        if outcome in ("requeued", "failed", "cancelled") and worker:
            lost_workers.append((run_id, worker))
    report.workspaces = workspaces_remove_lost()
    if not reap or settings.HEALER_SANDBOX_BACKEND != "docker":
        return report
    # The database is settled first: a Docker engine that is down must not keep
    # lost runs RUNNING. Its leftovers are cleaned by a later pass.
    try:
        for run_id, worker in lost_workers:
            containers, volumes = sandbox_remove_for_worker(
                run_id=run_id, worker=worker, created_before=began
            )
            report.containers += containers
            report.volumes += volumes
        if reaper is None:
            from sandbox.reaper import reap as reaper
        result = reaper(
            is_active=run_is_active,
            deps_max_age=settings.HEALER_SANDBOX_DEPS_MAX_AGE,
            instance=settings.HEALER_INSTANCE_ID,
        )
        report.containers += list(getattr(result, "containers", []))
        report.volumes += list(getattr(result, "volumes", []))
    except Exception as exc:  # recovery of the database state above must stand
        logger.warning("recovery: sandbox cleanup failed: %s", exc)
        report.reap_error = str(exc)
    return report


WORKSPACE_DIR_RE = re.compile(r"^run-(\d{1,18})(?:-([0-9a-f]{12}))?$")


def workspaces_remove_lost(*, root: Path | None = None) -> list[str]:
    """Remove the workspace directories of executions that no longer hold their run.

    A directory is run-<id>-<token> (runs.services.runs.workspace_dir_name): it
    is kept only while its run is RUNNING under that token. The others belong
    to executions that were killed or taken over, whose own clean-up never ran.
    Directories on this host only: each host's recovery pass (or `manage.py
    recover` there) cleans its own. Kept all when HEALER_KEEP_WORKSPACES is on.
    """
    root = Path(root or settings.HEALER_WORKSPACE_ROOT)
    if settings.HEALER_KEEP_WORKSPACES or not root.is_dir():
        return []
    found: dict[int, list[tuple[Path, str]]] = {}
    for path in root.iterdir():
        match = WORKSPACE_DIR_RE.match(path.name)
        if match and path.is_dir() and not path.is_symlink():
            found.setdefault(int(match[1]), []).append((path, match[2] or ""))
    current = {
        run_id: execution.hex[:12] if execution else ""
        for run_id, execution in Run.objects.filter(pk__in=found, status=RunStatus.RUNNING).values_list(
            "id", "execution"
        )
    }
    removed = []
    for run_id, paths in found.items():
        for path, token in paths:
            if run_id in current and (token == current[run_id] or not token):
                continue  # the execution holding the run now (or a pre-token run still running)
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path.name)
    return sorted(removed)


def runs_requeue_queued(*, older_than: int = 0, now: datetime | None = None) -> list[int]:
    """Enqueue again every QUEUED run created more than `older_than` seconds ago.

    For operators after a broker loss (e.g. a Redis flushed or a cluster killed
    with tasks it had prefetched): duplicate deliveries are harmless, because a
    run is claimed once.
    """
    cutoff = (now or timezone.now()) - timedelta(seconds=older_than)
    run_ids = list(
        Run.objects.filter(status=RunStatus.QUEUED, created_at__lte=cutoff)
        .order_by("created_at", "id")
        .values_list("id", flat=True)
    )
    for run_id in run_ids:
        run_enqueue(run_id=run_id)
    return run_ids


RECOVERY_SCHEDULE_NAME = "healer-recover-lost-runs"
RECOVERY_TASK = "runs.tasks.recover_lost_runs"


def recovery_schedule_ensure() -> tuple[object, bool]:
    """Create or update the django-q2 Schedule that runs the recovery pass. Returns (schedule, created).

    Bound to this deployment's queue (HEALER_Q_QUEUE): django-q2 only lets a
    cluster run schedules of its own queue, and two deployments sharing a
    database-less Redis must not run each other's recovery.
    """
    from django_q.models import Schedule

    minutes = settings.HEALER_RECOVERY_MINUTES
    with transaction.atomic():
        schedule, created = Schedule.objects.select_for_update().get_or_create(
            name=RECOVERY_SCHEDULE_NAME,
            defaults={
                "func": RECOVERY_TASK,
                "schedule_type": Schedule.MINUTES,
                "minutes": minutes,
                "repeats": -1,
                "cluster": settings.Q_CLUSTER["cluster_name"],
                "next_run": timezone.now(),
            },
        )
        if not created:
            changed = {
                "func": RECOVERY_TASK,
                "schedule_type": Schedule.MINUTES,
                "minutes": minutes,
                "repeats": -1,
                "cluster": settings.Q_CLUSTER["cluster_name"],
            }
            if any(getattr(schedule, key) != value for key, value in changed.items()):
                for key, value in changed.items():
                    setattr(schedule, key, value)
                schedule.save()
    return schedule, created
