"""How `heal` reacts to signals (runs/management/heal_signals.py), in this process, without a run."""

from __future__ import annotations

import os
import signal

import pytest

from runs.management.heal_signals import Interrupts
from runs.services.events import RunInterrupted


@pytest.fixture
def restored_signals():
    saved = {signum: signal.getsignal(signum) for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)}
    yield
    for signum, handler in saved.items():
        signal.signal(signum, handler)


def test_it_cancels_on_the_first_ctrl_c_and_stops_at_once_on_the_second(restored_signals):
    signal.signal(signal.SIGINT, signal.default_int_handler)
    cancelled = []
    interrupts = Interrupts(cancel=lambda: cancelled.append(True))
    with interrupts.installed():
        os.kill(os.getpid(), signal.SIGINT)
        assert cancelled == [True]
        with pytest.raises(RunInterrupted, match=r"Interrupted \(SIGINT\): stopped at once\."):
            os.kill(os.getpid(), signal.SIGINT)
    assert interrupts.exit_code == 130
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # given back on the way out


def test_it_stops_at_once_on_sigterm(restored_signals):
    interrupts = Interrupts(cancel=lambda: pytest.fail("SIGTERM is not a graceful stop"))
    with interrupts.installed(), pytest.raises(RunInterrupted, match="SIGTERM"):
        os.kill(os.getpid(), signal.SIGTERM)
    assert interrupts.exit_code == 143


def test_it_keeps_a_signal_the_caller_ignores_ignored(restored_signals):
    # nohup's contract, and a background job's: Ctrl-C at the terminal and a closed terminal
    # must not stop a heal that was started not to be stopped by them.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    interrupts = Interrupts(cancel=lambda: pytest.fail("an ignored Ctrl-C cancelled the run"))
    with interrupts.installed():
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
        assert signal.getsignal(signal.SIGHUP) is signal.SIG_IGN
        os.kill(os.getpid(), signal.SIGINT)
        os.kill(os.getpid(), signal.SIGHUP)
        assert signal.getsignal(signal.SIGTERM) == interrupts._handle  # still stoppable
    assert interrupts.signal is None and interrupts.exit_code is None
