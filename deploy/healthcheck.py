"""Container health checks for docker-compose: `python deploy/healthcheck.py web|worker`.

Deliberately free of Django start-up cost: they run every 30 seconds.
"""

from __future__ import annotations

import os
import sys
import urllib.request
from pathlib import Path


def check_web() -> None:
    # Ask with a Host the app accepts: 127.0.0.1 may not be in HEALER_ALLOWED_HOSTS.
    hosts = [h.strip() for h in os.environ.get("HEALER_ALLOWED_HOSTS", "localhost").split(",") if h.strip()]
    host = next((h.lstrip(".") for h in hosts if h != "*"), "localhost")
    port = os.environ.get("HEALER_WEB_BIND", "0.0.0.0:8000").rpartition(":")[2] or "8000"
    request = urllib.request.Request(f"http://127.0.0.1:{port}/healthz", headers={"Host": host})
    with urllib.request.urlopen(request, timeout=5) as response:
        if response.status != 200:
            raise SystemExit(f"healthz answered {response.status}")


def _environ(pid_dir: Path) -> dict[bytes, bytes]:
    items = (pid_dir / "environ").read_bytes().split(b"\0")
    return dict(item.split(b"=", 1) for item in items if b"=" in item)


def cluster_running(queue: str) -> bool:
    """Whether a qcluster process serving this queue (HEALER_Q_QUEUE) runs in this PID namespace.

    Any qcluster would not do: two deployments (or a test suite) on one host have a cluster each.
    """
    wanted = queue.encode()
    for pid_dir in Path("/proc").glob("[0-9]*"):
        try:
            if b"qcluster" not in (pid_dir / "cmdline").read_bytes():
                continue
            if _environ(pid_dir).get(b"HEALER_Q_QUEUE", b"") == wanted:
                return True
        except OSError:
            continue
    return False


def check_worker() -> None:
    # The cluster must be running, and the engine it runs sandboxes on must answer.
    if not cluster_running(os.environ.get("HEALER_Q_QUEUE", "")):
        raise SystemExit("no qcluster process")
    import docker

    docker.from_env(timeout=10).ping()


if __name__ == "__main__":
    role = sys.argv[1] if len(sys.argv) > 1 else "web"
    {"web": check_web, "worker": check_worker}[role]()
