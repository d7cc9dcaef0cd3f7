"""A running run's live side: its log and step for the dashboard, its heartbeat, its cancellation.

A background thread writes the heartbeat (so a long sandbox command does not
look like a dead worker to runs.services.recovery) and notices a cancellation
requested from any process. It outlives database errors: it logs, drops the
broken connection, backs off (at most BACKOFF_MAX seconds, well under the
stale threshold) and tries again, because a silent heartbeat gets the run taken
over. Every write names the execution's fencing token (Run.execution): once
the run was taken over, the writes are refused and `should_stop` turns true.

An optional observer (runs.services.events: the command line's progress display)
gets every step, log line and event, and may ask the run to stop; the thread also
hands it the candidate counters once a second.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from django.db import DatabaseError, connection

from runs.models import LOG_FULL_CHARS, ExecutionSuperseded, Run
from runs.selectors import run_cancel_requested, run_log_size
from runs.services.events import CandidatesCounted, LogLine, RunEvent, RunObserver, StepChanged
from runs.services.runs import (
    LOG_TAIL_CHARS,
    connection_reset,
    log_tail_append,
    run_heartbeat_save,
    run_progress_save,
)
from runs.text import storable_text

logger = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 10
TICK_SECONDS = 1.0  # how often the thread flushes the log and polls for a cancellation
BACKOFF_MAX = 8.0


class Progress:
    """The run's live log and step, flushed every second; `should_stop` once cancellation is asked."""

    def __init__(
        self,
        run: Run,
        *,
        echo: Callable[[str], None] | None = None,
        observer: RunObserver | None = None,
    ) -> None:
        self.run_id = run.pk
        self.execution = run.execution
        self.echo = echo
        self.observer = observer
        self._counts: Callable[[], tuple[int, int]] | None = None
        self._counted: tuple[int, int] = (0, 0)
        self.lines: list[str] = []
        # A retried run keeps what its lost attempt logged (recovery notes why it was retried).
        self.tail = run.log_tail[-LOG_TAIL_CHARS:]
        self.unsaved = ""  # lines not yet in the full log (RunLogChunk)
        self.log_size = run_log_size(run_id=run.pk)  # a retried run's full log goes on
        self.step = ""
        self.cancelled = threading.Event()
        self.superseded = threading.Event()  # another execution holds the run now
        self.failures = 0  # consecutive failed beats
        self._dirty = False
        self._lock = threading.Lock()
        self._flush_lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._beat, name=f"run-{run.pk}-heartbeat", daemon=True)

    def __enter__(self) -> Progress:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._emit_counts()
        self.flush()

    def log(self, line: str) -> None:
        line = storable_text(line.rstrip())
        if self.echo:
            self.echo(line)
        with self._lock:
            self.lines.append(line)
            self.tail = log_tail_append(self.tail, line)
            self.unsaved += line + "\n"
            self._dirty = True
        self.emit(LogLine(line))

    def set_step(self, step: str) -> None:
        self.log(f"== {step}")
        with self._lock:
            self.step = storable_text(step)[:200]
            self._dirty = True
        self._emit_counts()  # the counters as the previous step left them, before the new step
        self.emit(StepChanged(step))
        try:
            self.flush()
        except DatabaseError:
            # Shown a second later: the heartbeat thread flushes again once the database answers.
            logger.warning("run %s: progress not saved yet", self.run_id, exc_info=True)

    def take_lines(self) -> str:
        """What was logged since the last call (an iteration's log excerpt)."""
        with self._lock:
            lines, self.lines = self.lines, []
        return "\n".join(lines)

    def should_stop(self) -> bool:
        if self.observer is not None and self.observer.stop_requested():
            return True
        return self.cancelled.is_set() or self.superseded.is_set()

    def emit(self, event: RunEvent) -> None:
        """Hand an event to the observer; a broken observer never stops the run."""
        if self.observer is None:
            return
        try:
            self.observer.notify(event)
        except Exception:
            logger.exception("run %s: the progress observer failed", self.run_id)

    def watch_candidates(self, counts: Callable[[], tuple[int, int]]) -> None:
        """(tried, validated) so far; reported to the observer whenever they change."""
        self._counts = counts

    def _emit_counts(self) -> None:
        if self._counts is None or self.observer is None:
            return
        try:
            counts = self._counts()
        except Exception:  # the heartbeat must outlive a broken counter too
            logger.exception("run %s: the candidate counters failed", self.run_id)
            return
        with self._lock:
            changed, self._counted = counts != self._counted, counts
        if changed:
            self.emit(CandidatesCounted(tried=counts[0], validated=counts[1]))

    def flush(self) -> None:
        # One flush at a time (the heartbeat thread and set_step): the log's chunks stay in order.
        with self._flush_lock:
            self._flush()

    def _flush(self) -> None:
        with self._lock:
            if not self._dirty:
                return
            tail, step, unsaved = self.tail, self.step, self.unsaved
            self.unsaved = ""
            self._dirty = False
        # Past the cap, the full log stops growing (the download ends with the tail instead).
        append = unsaved[: max(0, LOG_FULL_CHARS - self.log_size)]
        try:
            run_progress_save(
                run_id=self.run_id,
                log_tail=tail,
                current_step=step,
                execution=self.execution,
                log_append=append,
            )
        except ExecutionSuperseded:
            self.superseded.set()
            raise
        except Exception:
            with self._lock:
                self._dirty = True  # written with the next flush
                self.unsaved = unsaved + self.unsaved
            raise
        self.log_size += len(append)

    def _beat(self) -> None:
        last_beat = 0.0
        try:
            while not self._stop.wait(self._pause()):
                try:
                    self.flush()
                    if time.monotonic() - last_beat >= HEARTBEAT_SECONDS:
                        run_heartbeat_save(run_id=self.run_id, execution=self.execution)
                        last_beat = time.monotonic()
                    if run_cancel_requested(run_id=self.run_id):
                        self.cancelled.set()
                except ExecutionSuperseded:
                    self.superseded.set()
                    logger.warning("run %s: another execution holds it now; this one stops", self.run_id)
                    return
                except Exception:  # the heartbeat must outlive a database error, or the run is taken over
                    self.failures += 1
                    if self.failures == 1 or self.failures % 10 == 0:
                        logger.exception(
                            "heartbeat of run %s failed (%d in a row)", self.run_id, self.failures
                        )
                    connection_reset()
                else:
                    self.failures = 0
                self._emit_counts()
        finally:
            connection.close()

    def _pause(self) -> float:
        """One tick normally; after failures 1, 2, 4... ticks, at most BACKOFF_MAX seconds."""
        return min(BACKOFF_MAX, TICK_SECONDS * 2.0 ** max(0, self.failures - 1))
