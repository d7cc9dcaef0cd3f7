"""What `heal` shows while it runs: a live display on a terminal, plain lines when piped.

`HealProgress` is the execution's observer (runs.services.events.RunObserver). The fix lines
go to `out` exactly as the one formatter wrote them; the progress goes to `progress`:

- on a terminal, a live display (rich) redrawn in place: iteration and step, tests passed and
  failed, lint findings, candidates tried and validated, fixes, elapsed time;
- anywhere else (a pipe, a file, a CI log, TERM=dumb), one plain line per change, without a
  single control code, so that logs stay readable and greppable;
- nowhere with --quiet (fix lines and the final status only) or --json without a terminal.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TextIO

from runs.services.events import (
    CandidatesCounted,
    ChecksDone,
    FixCommitted,
    FixReverted,
    IterationStarted,
    LogLine,
    RunEvent,
    StepChanged,
)

CANCELLING = "Cancelling: the run stops after its current step (Ctrl-C again to stop now)"


@dataclass
class _State:
    step: str = "Starting"
    iteration: int = 0
    limit: int = 0
    iterations_done: int = 0
    passed: int | None = None
    failed: int | None = None
    lint: int | None = None
    tried: int = 0
    validated: int = 0
    fixes: int = 0
    detail: str = ""  # the latest line of the run's log (a long dependency install shows here)


def elapsed_text(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def write_line(stream: TextIO, line: str) -> None:
    """Write and flush one line; a reader that went away (`heal ... | head`) does not stop the run.

    The stream's descriptor then points at /dev/null, so every later write (the final status
    included) succeeds silently, as the run goes on to its end and writes results.json.
    """
    try:
        stream.write(line + "\n")
        stream.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)


def is_terminal(stream: TextIO) -> bool:
    """A terminal that understands cursor movement (not a pipe, a file or TERM=dumb).

    The stream itself decides, never FORCE_COLOR and the like: piped output stays plain.
    """
    from rich.console import Console

    try:
        tty = stream.isatty()
    except (AttributeError, ValueError):
        return False
    return tty and not Console(file=stream, force_terminal=True).is_dumb_terminal


class HealProgress:
    """The observer: keeps the run's figures, prints fix lines and shows the progress."""

    def __init__(
        self,
        *,
        out: TextIO | None,
        progress: TextIO | None,
        live: bool,
        verbose: bool = False,
        clock=time.monotonic,
    ) -> None:
        self.out = out  # fix lines; None with --json
        self.progress = progress  # None with --quiet
        self.verbose = verbose
        self.clock = clock
        self.started = clock()
        self.state = _State()
        self.fix_lines: list[str] = []  # printed so far, in order
        self.stop = threading.Event()  # the first Ctrl-C: stop after the current step
        self._lock = threading.RLock()
        self._live = None
        self._console = None
        self._printed_counts = (0, 0)
        if live and progress is not None:
            from rich.console import Console

            self._console = Console(file=progress, highlight=False, soft_wrap=True)

    # -- RunObserver ---------------------------------------------------------------------
    def notify(self, event: RunEvent) -> None:
        with self._lock:
            lines = self._apply(event)
        if isinstance(event, FixCommitted):
            self.fix(event.fix_line)
        for line in lines:
            self.say(line)
        if self._live is not None:
            self._live.refresh()

    def stop_requested(self) -> bool:
        return self.stop.is_set()

    # -- output ----------------------------------------------------------------------------
    def fix(self, fix_line: str) -> None:
        """A fix line, exactly as given, on its own line."""
        with self._lock:
            self.fix_lines.append(fix_line)
            if self.out is None:
                return
            if self._console is not None and self.out is self.progress:
                self._console.print(fix_line, markup=False, highlight=False)
            else:
                write_line(self.out, fix_line)

    def say(self, line: str) -> None:
        """A progress line (plain mode: with the elapsed time), or above the live display."""
        if self.progress is None:
            return
        with self._lock:
            if self._console is not None:
                self._console.print(line, markup=False, highlight=False, style="dim")
            else:
                write_line(self.progress, f"[{elapsed_text(self.clock() - self.started)}] {line}")

    def request_stop(self) -> None:
        """Stop after the current step. Safe in a signal handler: it only sets a flag."""
        self.stop.set()

    @contextmanager
    def shown(self) -> Iterator[HealProgress]:
        """The live display while the run executes (plain mode: nothing to set up)."""
        closed = threading.Event()
        watcher = threading.Thread(target=self._announce_stop, args=(closed,), daemon=True)
        watcher.start()
        try:
            if self._console is None:
                yield self
                return
            from rich.live import Live

            with Live(self, console=self._console, refresh_per_second=4, transient=True) as live:
                self._live = live
                try:
                    with _logging_through():
                        yield self
                finally:
                    self._live = None
        finally:
            closed.set()
            watcher.join(timeout=1)

    def _announce_stop(self, closed: threading.Event) -> None:
        """Say at once that a stop was asked (the signal handler itself must not print)."""
        while not closed.is_set():
            if self.stop.wait(0.1):
                with self._lock:
                    self.state.step = CANCELLING
                if self._live is None:
                    if self.progress is not None:
                        self.say(CANCELLING)
                    else:
                        sys.stderr.write(CANCELLING + "\n")
                return

    # -- state -------------------------------------------------------------------------------
    def _apply(self, event: RunEvent) -> list[str]:
        """Update the figures; the progress lines this event deserves (the live display shows steps)."""
        state = self.state
        if isinstance(event, StepChanged):
            if not self.stop.is_set():
                state.step = event.step
            return [] if self._console is not None else [*self._counts_line(), event.step]
        if isinstance(event, IterationStarted):
            state.iteration, state.limit = event.number, event.limit
            state.iterations_done = event.number - 1
            return []
        if isinstance(event, ChecksDone):
            state.passed, state.failed, state.lint = event.passed, event.failed, event.lint_findings
            state.iterations_done = event.iteration if event.failures == 0 else event.iteration - 1
            return [
                f"Iteration {event.iteration} checks: {event.passed} passed, {event.failed} failed, "
                f"{event.lint_findings} lint finding(s); {event.failures} failure(s) to fix"
            ]
        if isinstance(event, CandidatesCounted):
            state.tried, state.validated = event.tried, event.validated
            return []
        if isinstance(event, FixCommitted):
            state.fixes += 1
            return []
        if isinstance(event, FixReverted):
            state.fixes -= 1
            return [f"Reverted, a later fix made it unnecessary (not reported): {event.fix_line}"]
        if isinstance(event, LogLine) and not event.text.startswith("== "):  # "== step": shown as the step
            state.detail = event.text
            return [event.text] if self.verbose else []
        return []

    def _counts_line(self) -> list[str]:
        """Plain mode reports the candidate counters with the next step, when they changed."""
        counts = (self.state.tried, self.state.validated)
        if counts == self._printed_counts:
            return []
        self._printed_counts = counts
        return [f"Candidates so far: {counts[0]} tried, {counts[1]} validated"]

    def finish(self) -> None:
        """The last counters, in plain mode, if they changed since the last step."""
        with self._lock:
            lines = [] if self._console is not None else self._counts_line()
        for line in lines:
            self.say(line)

    def __rich__(self):
        from rich.console import Group
        from rich.progress_bar import ProgressBar
        from rich.table import Table
        from rich.text import Text

        with self._lock:
            s = _State(**vars(self.state))
        head = Table.grid(padding=(0, 1))
        iteration = f"Iteration {s.iteration}/{s.limit}" if s.limit else "Preparing"
        head.add_row(
            self._spinner(),
            Text(iteration, style="bold"),
            ProgressBar(total=max(s.limit, 1), completed=s.iterations_done, width=20),
            Text(elapsed_text(self.clock() - self.started), style="cyan"),
        )
        tests = "tests: —" if s.passed is None else f"tests: {s.passed} passed, {s.failed} failed"
        lint = "" if s.lint is None else f" · lint: {s.lint}"
        figures = f"{tests}{lint} · candidates: {s.tried} tried, {s.validated} validated · fixes: {s.fixes}"
        detail = Text(f"  {s.detail}", style="dim", no_wrap=True, overflow="ellipsis")
        return Group(head, Text(f"  {s.step}"), Text(f"  {figures}", style="dim"), detail)

    def _spinner(self):
        from rich.spinner import Spinner

        if not hasattr(self, "_spin"):
            self._spin = Spinner("dots")
        return self._spin


@contextmanager
def _logging_through() -> Iterator[None]:
    """Log records printed above the live display instead of through it.

    Live swaps sys.stdout/sys.stderr for proxies that print above the display; the
    logging handlers still hold the real streams, so they are pointed at the proxies.
    """
    moved: list[tuple[logging.StreamHandler, TextIO]] = []
    for handler in logging.getLogger().handlers:
        if isinstance(handler, logging.StreamHandler) and handler.stream in (sys.__stderr__, sys.__stdout__):
            proxy = sys.stderr if handler.stream is sys.__stderr__ else sys.stdout
            moved.append((handler, handler.setStream(proxy)))
    try:
        yield
    finally:
        for handler, original in moved:
            handler.setStream(original)
