"""How `heal` stops on a signal, removing its sandbox container either way.

- The first Ctrl-C (SIGINT) asks the run to stop after its current step, like the
  dashboard's Cancel: the run ends CANCELLED, results.json is written.
- A second Ctrl-C, or SIGTERM / SIGHUP (a CI timeout, a closed terminal), stops at once:
  `RunInterrupted` is raised inside whatever was running (a sandbox command included), the
  sandbox container, its volumes and the clone are removed on the way out, the run ends
  CANCELLED.
- One more signal while that clean-up runs leaves immediately; what it leaves behind (like
  after SIGKILL) is removed by the next `heal` on this host, whose owner process is gone.

The handler itself only sets flags or raises: printing from a signal handler can re-enter
a stream that the interrupted code was writing to.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from runs.services.events import RunInterrupted

HANDLED = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


class Interrupts:
    def __init__(self, *, cancel: Callable[[], None]) -> None:
        self.cancel = cancel  # the graceful stop (must only set a flag)
        self.signal: int | None = None  # the first signal received
        self.received = 0
        self._raised = False

    @property
    def exit_code(self) -> int | None:
        """128 + the signal's number, as shells report a process a signal stopped."""
        return None if self.signal is None else 128 + self.signal

    @contextmanager
    def installed(self) -> Iterator[Interrupts]:
        previous = {}
        for signum in HANDLED:
            # A signal the caller ignores (nohup, a background job) stays ignored.
            if signal.getsignal(signum) is not signal.SIG_IGN:
                previous[signum] = signal.signal(signum, self._handle)
        try:
            yield self
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)

    def _handle(self, signum: int, frame) -> None:
        self.received += 1
        if self.signal is None:
            self.signal = signum
        if signum == signal.SIGINT and self.received == 1:
            self.cancel()
            return
        if not self._raised:
            self._raised = True
            raise RunInterrupted(f"Interrupted ({signal.Signals(signum).name}): stopped at once.")
        os._exit(128 + signum)
