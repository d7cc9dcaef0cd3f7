"""Exec streaming: run one `docker exec` with a wall-clock watchdog and bounded output capture."""

from __future__ import annotations

import contextlib
import socket as pysocket
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import docker
from docker.utils.socket import frames_iter

from sandbox.output import CappedOutput


def stream_shutdown(sock: Any) -> None:
    """End a hijacked exec stream from another thread: a blocked reader sees EOF."""
    for target in (sock, getattr(sock, "_sock", None)):
        if target is None:
            continue
        with contextlib.suppress(Exception):
            target.shutdown(pysocket.SHUT_RDWR)


def stream_no_timeout(sock: Any) -> None:
    for target in (sock, getattr(sock, "_sock", None)):
        if target is not None and hasattr(target, "settimeout"):
            with contextlib.suppress(Exception):
                target.settimeout(None)


class Watchdog:
    """Stops a command once, for the first reason that comes (a deadline passed, an output flood).

    docker-py's exec_run has no timeout: a thread waits out the deadline and then stops the
    command through `kill`, which must not depend on the command's cooperation. The output
    stream is closed first (`close`) so a blocked reader stops at once.
    """

    def __init__(
        self, *, timeout: float, close: Callable[[], None], kill: Callable[[], None], name: str
    ) -> None:
        self.reason = ""
        self._timeout, self._close, self._kill = timeout, close, kill
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._wait, name=name, daemon=True)

    def _wait(self) -> None:
        if not self._done.wait(self._timeout):
            self.stop("timeout")

    def stop(self, why: str) -> None:
        with self._lock:
            if self.reason:
                return
            self.reason = why
        self._close()
        self._kill()

    def __enter__(self) -> Watchdog:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._done.set()
        self._thread.join()


@dataclass
class RawExec:
    exit_code: int | None
    output: CappedOutput
    duration: float
    killed_reason: str = ""
    # How the agent ran a warm-eligible pytest command: "warm", "fresh: <why>", or "" (not eligible).
    warm: str = ""


def stream_exec(
    api: docker.APIClient,
    container_id: str,
    argv: Sequence[str],
    *,
    user: str,
    env: Mapping[str, str],
    workdir: str = "/",
    timeout: float,
    output_limit: int,
    hard_limit: int,
    kill: Callable[[], None],
    stdout_only: bool = False,
) -> RawExec:
    """Run one exec with a wall-clock watchdog and bounded output capture.

    docker-py's exec_run has no timeout, so the exec is started on a raw
    socket and a watchdog thread kills it (through `kill`, which must not
    depend on the command's cooperation) when the deadline passes. The output
    stream is closed before the kill so the reader stops at once.
    """
    started = time.monotonic()
    exec_id = api.exec_create(
        container_id, list(argv), user=user, environment=dict(env), workdir=workdir, stdout=True, stderr=True
    )["Id"]
    sock = api.exec_start(exec_id, socket=True)
    stream_no_timeout(sock)
    output = CappedOutput(output_limit)
    watchdog = Watchdog(
        timeout=timeout,
        close=lambda: stream_shutdown(sock),
        kill=kill,
        name=f"sandbox-watchdog-{exec_id[:8]}",
    )
    try:
        with watchdog:
            for stream, chunk in frames_iter(sock, tty=False):
                if stdout_only and stream != 1:
                    continue
                output.write(chunk)
                if output.total > hard_limit:
                    watchdog.stop("output-limit")
                    break
    except (OSError, ValueError):
        if not watchdog.reason:
            raise
    finally:
        stream_shutdown(sock)
        with contextlib.suppress(Exception):
            sock.close()

    exit_code = None
    for _ in range(400):  # the exit code lands a moment after the stream closes
        info = api.exec_inspect(exec_id)
        if not info.get("Running"):
            exit_code = info.get("ExitCode")
            break
        time.sleep(0.005)
    return RawExec(
        exit_code=exit_code,
        output=output,
        duration=time.monotonic() - started,
        killed_reason=watchdog.reason,
    )
