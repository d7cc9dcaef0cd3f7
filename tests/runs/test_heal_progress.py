"""`heal`'s progress display fed with events directly (test_heal_cli.py runs the real command)."""

from __future__ import annotations

import io
import os
import threading

from runs.management.heal_progress import CANCELLING, HealProgress, elapsed_text, write_line
from runs.services.events import (
    CandidatesCounted,
    ChecksDone,
    FixCommitted,
    FixReverted,
    IterationStarted,
    LogLine,
    StepChanged,
)

FIX = "LINTING error in src/utils.py line 15 → Fix: remove the import statement"


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def feed(view, clock):
    view.notify(LogLine("== Cloning the repository"))
    view.notify(StepChanged("Cloning the repository"))
    view.notify(IterationStarted(1, 5))
    view.notify(StepChanged("Iteration 1/5: running checks"))
    clock.now += 75
    view.notify(ChecksDone(iteration=1, passed=8, failed=2, lint_findings=1, failures=3))
    view.notify(LogLine("Trying 4 candidate(s) for LINTING src/utils.py:15"))
    view.notify(CandidatesCounted(tried=4, validated=1))
    view.notify(FixCommitted(fix_line=FIX, commit_sha="a" * 40))
    clock.now += 3600
    view.notify(StepChanged("Iteration 2/5: running checks"))
    view.finish()


def test_it_prints_plain_lines_with_the_elapsed_time_and_fix_lines_exactly():
    out, clock = io.StringIO(), Clock()
    view = HealProgress(out=out, progress=out, live=False, clock=clock)
    feed(view, clock)
    assert out.getvalue().splitlines() == [
        "[0:00:00] Cloning the repository",
        "[0:00:00] Iteration 1/5: running checks",
        "[0:01:15] Iteration 1 checks: 8 passed, 2 failed, 1 lint finding(s); 3 failure(s) to fix",
        FIX,
        "[1:01:15] Candidates so far: 4 tried, 1 validated",
        "[1:01:15] Iteration 2/5: running checks",
    ]
    assert "\x1b" not in out.getvalue()
    assert view.fix_lines == [FIX]


def test_it_prints_only_the_fix_lines_when_quiet():
    out, clock = io.StringIO(), Clock()
    feed(HealProgress(out=out, progress=None, live=False, clock=clock), clock)
    assert out.getvalue() == FIX + "\n"


def test_it_prints_nothing_on_stdout_for_json_and_keeps_the_fix_lines():
    clock = Clock()
    view = HealProgress(out=None, progress=None, live=False, clock=clock)
    feed(view, clock)
    assert view.fix_lines == [FIX]


def test_it_adds_the_engines_log_when_verbose():
    out, clock = io.StringIO(), Clock()
    feed(HealProgress(out=out, progress=out, live=False, verbose=True, clock=clock), clock)
    lines = out.getvalue().splitlines()
    assert "[0:01:15] Trying 4 candidate(s) for LINTING src/utils.py:15" in lines
    assert not any("] == " in line for line in lines)  # the log's step echo is not repeated


def test_its_live_display_shows_every_figure():
    from rich.console import Console

    out, clock = io.StringIO(), Clock()
    view = HealProgress(out=out, progress=out, live=True, clock=clock)
    feed(view, clock)
    screen = io.StringIO()
    Console(file=screen, width=120, color_system=None).print(view)
    text = screen.getvalue()
    assert "Iteration 1/5" in text  # the second iteration has not started in this feed
    assert "Iteration 2/5: running checks" in text
    assert "tests: 8 passed, 2 failed · lint: 1 · candidates: 4 tried, 1 validated · fixes: 1" in text
    assert "1:01:15" in text
    assert "Trying 4 candidate(s) for LINTING src/utils.py:15" in text  # the log's latest line


def test_a_stop_request_is_announced_by_the_display_not_by_the_signal_handler():
    out = io.StringIO()
    view = HealProgress(out=out, progress=out, live=False)
    with view.shown():
        view.request_stop()  # what the first Ctrl-C calls: only sets a flag
        assert view.stop_requested()
        for _ in range(50):
            if CANCELLING in out.getvalue():
                break
            threading.Event().wait(0.05)
    assert CANCELLING in out.getvalue()
    assert view.state.step == CANCELLING


def test_a_reader_that_went_away_silences_the_output_without_an_error():
    read_end, write_end = os.pipe()
    stream = os.fdopen(write_end, "w")
    os.close(read_end)
    write_line(stream, "first")  # the pipe is closed: redirected to /dev/null, no exception
    write_line(stream, "second")
    stream.write("even Django's own writes\n")
    stream.flush()
    stream.close()


def test_elapsed_time_reads_as_hours_minutes_seconds():
    assert elapsed_text(0) == "0:00:00"
    assert elapsed_text(3725.9) == "1:02:05"


def test_only_a_real_terminal_gets_the_live_display(monkeypatch):
    import pty

    from runs.management.heal_progress import is_terminal

    master, slave = pty.openpty()
    read_end, write_end = os.pipe()
    with os.fdopen(slave, "w") as terminal, os.fdopen(write_end, "w") as pipe:
        monkeypatch.setenv("TERM", "xterm-256color")
        monkeypatch.setenv("FORCE_COLOR", "1")  # colours forced: still no redrawing on a pipe
        assert is_terminal(terminal) and not is_terminal(pipe)
        monkeypatch.setenv("TERM", "dumb")
        assert not is_terminal(terminal)
        assert not is_terminal(io.StringIO())
    os.close(master)
    os.close(read_end)


def test_a_fix_reverted_at_the_end_is_said_so_and_no_longer_counted():
    out, clock = io.StringIO(), Clock()
    view = HealProgress(out=out, progress=out, live=False, clock=clock)
    view.notify(FixCommitted(fix_line=FIX, commit_sha="a" * 40))
    view.notify(FixReverted(fix_line=FIX, commit_sha="b" * 40))
    assert out.getvalue().splitlines() == [
        FIX,
        f"[0:00:00] Reverted, a later fix made it unnecessary (not reported): {FIX}",
    ]
    assert view.state.fixes == 0
