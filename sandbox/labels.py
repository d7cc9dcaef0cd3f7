"""Labels carried by every container and volume Healer creates.

The reaper finds leftovers by these labels alone, so a container or volume
without them would leak forever; every create call goes through `labels_for`.
"""

from __future__ import annotations

import os
import socket
import time

MANAGED = "healer.managed"
RUN = "healer.run"
KIND = "healer.kind"  # "session" (test container), "stage" (per-run volume), "install", "deps"
EXPIRES = "healer.expires"  # unix timestamp after which the reaper may remove it
OWNER = "healer.owner"  # "<hostname>:<pid>" of the worker process that created it
DEPS_HASH = "healer.deps"
# Which deployment (database) created it: run ids of two deployments sharing one
# engine collide, so "is this run still active?" may only be asked of our own.
INSTANCE = "healer.instance"


def owner_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def labels_for(
    *, kind: str, run_id: str = "", ttl: int, instance: str = "", extra: dict[str, str] | None = None
) -> dict[str, str]:
    labels = {
        MANAGED: "1",
        KIND: kind,
        RUN: run_id,
        EXPIRES: str(int(time.time()) + int(ttl)),
        OWNER: owner_id(),
    }
    if instance:
        labels[INSTANCE] = instance
    if extra:
        labels.update(extra)
    return labels
