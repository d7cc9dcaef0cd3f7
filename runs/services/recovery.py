"""Crash recovery: runs whose worker died, and sandbox leftovers.

A worker writes its run's heartbeat every few seconds (runs.services.heartbeat).
When a worker process, container or host dies mid-run, nothing will ever finish
that run, so it would stay RUNNING forever. `runs_recover_lost` (scheduled by
django-q2 every minute, also `manage.py recover`) finds RUNNING runs whose
heartbeat is older than HEALER_RUN_STALE_AFTER and, in one transaction per run:

- re-queues it (status QUEUED, its partial history of the lost attempt removed,
  a new task enqueued on commit) while it has attempts left;
- otherwise finishes it as ERROR with a reason naming the lost worker (a run
  whose cancellation was requested is finished as CANCELLED instead).

Then it removes the lost attempt's sandbox containers and volumes (they carry
the run id and the dead worker's identity as labels) and lets the sandbox
reaper clean whatever else belongs to runs that are over.

Every step is idempotent: two recovery passes racing each other, or a
recovery pass racing the original task's redelivery, execute a run once
(the row is locked and re-checked, and run_execute claims a run only once).
"""

from __future__ import annotations

import logging
import os
import socket
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
    # Stale heartbeat, but the worker process provably still runs on this host.
    alive: list[int] = field(default_factory=list)
    containers: list[str] = field(default_factory=list)
    volumes: list[str] = field(default_factory=list)
    reap_error: str = ""

    @property
    def lost(self) -> list[int]:
        return self.requeued + self.failed + self.cancelled


def worker_process_alive(worker: str, *, hostname: str | None = None) -> bool:
    """True only when `worker` ("host:pid") ran on this host and that process still exists.

    A worker on another host cannot be probed: there the stale heartbeat is the
    only evidence, and it is enough (the heartbeat thread writes every 10 s).
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


def runs_stale(*, now: datetime | None = None, stale_after: int | None = None) -> list[int]:
    """Ids of RUNNING runs whose heartbeat is older than the threshold (oldest first)."""
    now = now or timezone.now()
    cutoff = now - timedelta(seconds=stale_after or settings.HEALER_RUN_STALE_AFTER)
    return list(
        Run.objects.filter(status=RunStatus.RUNNING)
        .filter(Q(heartbeat_at__lt=cutoff) | Q(heartbeat_at__isnull=True, started_at__lt=cutoff))
        .order_by("heartbeat_at", "id")
        .values_list("id", flat=True)
    )


def run_recover_one(
    *,
    run_id: int,
    now: datetime | None = None,
    stale_after: int | None = None,
    max_attempts: int | None = None,
) -> tuple[str, str]:
    """Handle one run whose worker went silent. Returns (outcome, dead worker identity).

    outcome is "requeued", "failed", "cancelled", "alive" (worker still runs
    here) or "" (the run is no longer stale: it finished or beat meanwhile).
    """
    now = now or timezone.now()
    stale_after = stale_after or settings.HEALER_RUN_STALE_AFTER
    max_attempts = max_attempts or settings.HEALER_RUN_MAX_ATTEMPTS
    cutoff = now - timedelta(seconds=stale_after)
    with transaction.atomic():
        run = Run.objects.select_for_update().filter(pk=run_id).first()
        if run is None or run.status != RunStatus.RUNNING:
            return "", ""
        last_sign = run.heartbeat_at or run.started_at
        if last_sign is not None and last_sign >= cutoff:
            return "", ""
        worker = run.worker
        if worker and worker_process_alive(worker):
            # Alive but silent (e.g. stuck on a database lock): re-queueing would run it
            # twice. django-q2's timeout ends such a process; the next pass handles it then.
            logger.warning("run %s: heartbeat is stale but worker %s is still alive", run.pk, worker)
            return "alive", worker
        since = last_sign.isoformat(timespec="seconds") if last_sign else "its start"
        step = f" during '{run.current_step}'" if run.current_step else ""
        reason = f"Worker {worker or '(unknown)'} stopped responding{step} (last heartbeat {since})"
        if run.cancel_requested:
            outcome = "cancelled"
        elif run.attempts >= max_attempts:
            outcome = "failed"
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
            if outcome == "failed":
                reason += f"; gave up after {run.attempts} attempt(s)"
            run_log_append(run=run, line=f"Stopped: {reason}.")
            run_finish(
                run=run, status=RunStatus.ERROR if outcome == "failed" else RunStatus.CANCELLED, error=reason
            )
            logger.warning("run %s: %s; marked %s", run.pk, reason, outcome)
    return outcome, worker


def sandbox_remove_for_worker(*, run_id: int, worker: str) -> tuple[list[str], list[str]]:
    """Remove the containers and volumes a (dead) worker created for a run.

    Precise and immediate, unlike the generic reaper: both labels must match,
    so a new attempt of the same run (another worker identity) is never touched.
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
            try:
                client.api.remove_container(container["Id"], force=True)
            except docker.errors.NotFound:
                pass
            containers.append((container.get("Names") or [container["Id"][:12]])[0].lstrip("/"))
        for volume in client.api.volumes(filters=filters).get("Volumes") or []:
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


def runs_recover_lost(
    *,
    now: datetime | None = None,
    stale_after: int | None = None,
    max_attempts: int | None = None,
    reap: bool = True,
    reaper: Callable[..., object] | None = None,
) -> RecoveryReport:
    """One recovery pass: handle every lost run, then clean the sandbox leftovers."""
    report = RecoveryReport()
    lost_workers: list[tuple[int, str]] = []
    for run_id in runs_stale(now=now, stale_after=stale_after):
        outcome, worker = run_recover_one(
            run_id=run_id, now=now, stale_after=stale_after, max_attempts=max_attempts
        )
        if outcome:
            getattr(report, outcome).append(run_id)
        if outcome in ("requeued", "failed", "cancelled") and worker:
            lost_workers.append((run_id, worker))
    if not reap or settings.HEALER_SANDBOX_BACKEND != "docker":
        return report
    # The database is settled first: a Docker engine that is down must not keep
    # lost runs RUNNING. Its leftovers are cleaned by a later pass.
    try:
        for run_id, worker in lost_workers:
            containers, volumes = sandbox_remove_for_worker(run_id=run_id, worker=worker)
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
