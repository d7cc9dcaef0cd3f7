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


def check_worker() -> None:
    # The cluster must be running, and the engine it runs sandboxes on must answer.
    running = False
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if b"qcluster" in cmdline.read_bytes():
                running = True
                break
        except OSError:
            continue
    if not running:
        raise SystemExit("no qcluster process")
    import docker

    docker.from_env(timeout=10).ping()


if __name__ == "__main__":
    role = sys.argv[1] if len(sys.argv) > 1 else "web"
    {"web": check_web, "worker": check_worker}[role]()
