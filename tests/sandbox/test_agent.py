"""The in-container agent (fast path) and the direct `docker exec` path it falls back to."""

from __future__ import annotations

import time

import pytest

from healer.engine.types import ExecResult

# The timeout is a safety net: a hung sandbox must fail the test, not the whole CI job.
pytestmark = [pytest.mark.docker, pytest.mark.timeout(300)]

SUITE = {"test_ok.py": "def test_ok():\n    assert True\n"}


def agent_pids(sb) -> list[str]:
    out = sb.exec(["ps", "-eo", "pid,user:12,args", "--no-headers"], reset=False).output
    return [ln.split()[0] for ln in out.splitlines() if "python3 -I -S -c" in ln and "sandbox" in ln]


def test_commands_run_through_one_long_lived_agent(make_sandbox):
    sb = make_sandbox(SUITE)
    first = agent_pids(sb)
    assert len(first) == 1
    assert sb.exec(["python3", "-m", "pytest", "-q", "-p", "no:cacheprovider"]).ok
    assert agent_pids(sb) == first


def test_output_that_imitates_agent_frames_is_just_output(make_sandbox):
    sb = make_sandbox()
    fake = "import sys\nsys.stdout.buffer.write(b'X\\x00\\x00\\x00\\x0b{\"exit\": 0}'); sys.exit(3)\n"
    result = sb.exec(["python3", "-c", fake])
    assert result.exit_code == 3
    assert '{"exit": 0}' in result.output


def test_the_agent_cannot_be_inspected_by_commands(make_sandbox):
    sb = make_sandbox()
    (pid,) = agent_pids(sb)
    result = sb.exec(["sh", "-c", f"ls /proc/{pid}/fd; cat /proc/{pid}/environ"], reset=False)
    assert result.exit_code != 0
    assert result.output.count("Permission denied") == 2


def test_a_command_that_kills_the_agent_is_still_reported(make_sandbox):
    sb = make_sandbox()
    result = sb.exec(["sh", "-c", "echo before; kill -9 -1; echo after"])
    assert isinstance(result, ExecResult)
    assert "before" in result.output
    again = sb.exec(["echo", "next"])
    assert again.exit_code == 0 and again.output == "next\n"
    assert len(agent_pids(sb)) == 1  # restarted


def test_after_a_timeout_the_agent_is_replaced(make_sandbox):
    sb = make_sandbox()
    (before,) = agent_pids(sb)
    assert sb.exec(["sleep", "30"], timeout=1).killed_reason == "timeout"
    (after,) = agent_pids(sb)
    assert after != before


@pytest.fixture
def direct(make_sandbox):
    """A session that never uses the agent: every command is its own docker exec."""
    sb = make_sandbox({**SUITE, "data.txt": "original\n"}, agent=False)
    assert agent_pids(sb) == []
    return sb


def test_direct_path_runs_and_resets(direct):
    assert direct.exec(["python3", "-m", "pytest", "-q", "-p", "no:cacheprovider"]).ok
    direct.exec(["sh", "-c", "echo changed > data.txt"])
    assert direct.exec(["cat", "data.txt"], reset=False).output == "changed\n"
    assert direct.exec(["cat", "data.txt"]).output == "original\n"


def test_direct_path_times_out_and_caps_output(direct):
    result = direct.exec(["sleep", "30"], timeout=1)
    assert result.timed_out and result.killed_reason == "timeout" and result.exit_code is None
    flood = direct.exec(["sh", "-c", "yes flood"], timeout=60)
    assert flood.killed_reason == "output-limit" and flood.truncated
    assert direct.exec(["true"]).exit_code == 0


def test_direct_path_does_not_wait_for_daemons_and_kills_them(direct):
    started = time.monotonic()
    result = direct.exec(["sh", "-c", "sleep 300 & setsid sleep 301 & echo spawned"], timeout=30)
    assert result.exit_code == 0 and time.monotonic() - started < 10
    listing = direct.exec(["ps", "-eo", "args", "--no-headers"]).output
    assert "sleep 30" not in listing


def test_direct_path_reads_files(direct):
    direct.exec(["sh", "-c", "printf report > /tmp/r.xml"])
    assert direct.read_file("/tmp/r.xml", limit=100) == b"report"
    assert direct.read_file("/tmp/none.xml", limit=100) is None
