"""A running run's live side: its log and step for the dashboard, its heartbeat, its cancellation.

A background thread writes the heartbeat (so a long sandbox command does not
look like a dead worker to runs.services.recovery) and notices a cancellation
requested from any process.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from django.db import connection

from runs.models import Run
from runs.selectors import run_cancel_requested
from runs.services.runs import LOG_TAIL_CHARS, log_tail_append, run_heartbeat_save, run_progress_save

logger = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 10


class Progress:
    """The run's live log and step, flushed every second; `should_stop` once cancellation is asked."""

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
            self.tail = log_tail_append(self.tail, line)
            self._dirty = True

    def set_step(self, step: str) -> None:
        self.log(f"== {step}")
        with self._lock:
            self.step = step[:200]
            self._dirty = True
        self.flush()

    def take_lines(self) -> str:
        """What was logged since the last call (an iteration's log excerpt)."""
        with self._lock:
            lines, self.lines = self.lines, []
        return "\n".join(lines)

    def should_stop(self) -> bool:
        return self.cancelled.is_set()

    def flush(self) -> None:
        with self._lock:
            if not self._dirty:
                return
            tail, step = self.tail, self.step
            self._dirty = False
        run_progress_save(run_id=self.run_id, log_tail=tail, current_step=step)

    def _beat(self) -> None:
        last_beat = 0.0
        try:
            while not self._stop.wait(1.0):
                self.flush()
                if time.monotonic() - last_beat >= HEARTBEAT_SECONDS:
                    run_heartbeat_save(run_id=self.run_id)
                    last_beat = time.monotonic()
                if run_cancel_requested(run_id=self.run_id):
                    self.cancelled.set()
        except Exception:  # the heartbeat must never take the run down with it
            logger.exception("heartbeat of run %s failed", self.run_id)
        finally:
            connection.close()
