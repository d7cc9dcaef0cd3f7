"""Remove Healer containers and volumes nobody will use again.

Safe to schedule: it only touches objects labelled healer.managed=1, and for
each one it needs a positive reason:

- its healer.expires timestamp has passed (and the runs app, when asked,
  does not say the run is still active);
- its owner process ran on this host and is gone (a worker killed mid-run);
- the runs app's `is_active(run_id)` says the run is over (after a grace
  period, so a session being set up is never raced). Objects without a run
  id (`sandbox check`, `sandbox bench`) are never judged by the predicate.

Dependency cache volumes are shared between runs and carry no owner: they go
only when unused for longer than `deps_max_age` (by creation time) and no
container holds them.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import docker
import docker.errors

from sandbox import labels

log = logging.getLogger(__name__)

GRACE_SECONDS = 120


@dataclass
class ReapReport:
    containers: list[str] = field(default_factory=list)
    volumes: list[str] = field(default_factory=list)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def owner_dead(owner: str, *, hostname: str | None = None) -> bool:
    """True only when the owner provably ran on this host and is no longer running."""
    host, _, pid = owner.rpartition(":")
    if not host or not pid.isdigit() or host != (hostname or socket.gethostname()):
        return False
    return not _pid_alive(int(pid))


def _parse_time(value: str) -> float:
    # Docker timestamps: 2024-05-01T10:00:00.123456789Z (nanoseconds) or with an offset.
    value = value.strip()
    if not value:
        return 0.0
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    main, _, rest = value.partition(".")
    if rest:
        digits = "".join(ch for ch in rest if ch.isdigit())
        zone = rest[len(digits) :]
        value = f"{main}.{digits[:6]}{zone}"
    try:
        return datetime.fromisoformat(value).timestamp()
    except ValueError:
        return 0.0


def _why(
    lbl: dict[str, str],
    *,
    created: float,
    now: float,
    is_active: Callable[[str], bool] | None,
    instance: str | None = None,
) -> str:
    run_id = lbl.get(labels.RUN, "")
    active = None
    # Another deployment's run 42 is not ours: only expiry and a dead owner apply to it.
    ours = instance is None or lbl.get(labels.INSTANCE, "") == instance
    if is_active is not None and run_id and ours:
        try:
            active = bool(is_active(run_id))
        except Exception:  # the predicate must never stop the reaper
            log.exception("reaper: is_active(%r) failed", run_id)
    expires = lbl.get(labels.EXPIRES, "")
    if expires.isdigit() and int(expires) < now and active is not True:
        return "expired"
    if owner_dead(lbl.get(labels.OWNER, "")):
        return "owner process gone"
    if active is False and now - created > GRACE_SECONDS:
        return "run no longer active"
    return ""


def reap(
    *,
    client: docker.DockerClient | None = None,
    is_active: Callable[[str], bool] | None = None,
    deps_max_age: int = 14 * 86400,
    dry_run: bool = False,
    now: float | None = None,
    instance: str | None = None,
) -> ReapReport:
    """Remove leftovers; returns the names of what was (or, with dry_run, would be) removed."""
    own_client = client is None
    if client is None:
        from sandbox.docker_container import docker_client

        client = docker_client()
    now = time.time() if now is None else now
    report = ReapReport()
    try:
        for container in client.api.containers(all=True, filters={"label": f"{labels.MANAGED}=1"}):
            lbl = container.get("Labels") or {}
            why = _why(
                lbl,
                created=float(container.get("Created", 0)),
                now=now,
                is_active=is_active,
                instance=instance,
            )
            if not why:
                continue
            name = (container.get("Names") or [container["Id"][:12]])[0].lstrip("/")
            log.info("reaper: removing container %s (%s)", name, why)
            if not dry_run:
                try:
                    client.api.remove_container(container["Id"], force=True)
                except docker.errors.NotFound:
                    pass
                except docker.errors.APIError as exc:
                    log.warning("reaper: could not remove container %s: %s", name, exc)
                    continue
            report.containers.append(name)

        volumes = client.api.volumes(filters={"label": f"{labels.MANAGED}=1"}).get("Volumes") or []
        for volume in volumes:
            lbl = volume.get("Labels") or {}
            created = _parse_time(volume.get("CreatedAt", ""))
            if lbl.get(labels.KIND) == "deps":
                why = "unused cache" if created and now - created > deps_max_age else ""
            else:
                why = _why(lbl, created=created, now=now, is_active=is_active, instance=instance)
            if not why:
                continue
            log.info("reaper: removing volume %s (%s)", volume["Name"], why)
            if not dry_run:
                try:
                    client.api.remove_volume(volume["Name"])
                except docker.errors.NotFound:
                    pass
                except docker.errors.APIError as exc:
                    # In use by a live container (a cache volume mid-run): leave it.
                    log.info("reaper: kept volume %s: %s", volume["Name"], exc)
                    continue
            report.volumes.append(volume["Name"])
    finally:
        if own_client:
            client.close()
    return report
