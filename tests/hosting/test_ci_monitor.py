"""Waiting for remote CI: each status reported once, doubling delays, a time limit, no CI, API errors."""

from __future__ import annotations

import pytest

from runs.hosting.base import CICheck, CISnapshot, CIState, HostingAuthError, HostingError, RepoRef
from runs.hosting.ci import CIWaitConfig, ci_wait

REPO = RepoRef(scheme="https", host="github.com", owner="o", name="r")
SHA = "b" * 40


class Clock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(round(seconds, 3))
        self.now += seconds

    def __call__(self) -> float:
        return self.now


class ScriptedProvider:
    """Answers ci_snapshot from a script of snapshots (or exceptions); the last one repeats."""

    def __init__(self, script, *, configured: bool = True) -> None:
        self.script = list(script)
        self.configured = configured
        self.calls = 0

    def ci_snapshot(self, repo, *, sha):
        item = self.script[min(self.calls, len(self.script) - 1)]
        self.calls += 1
        if isinstance(item, Exception):
            raise item
        return CISnapshot(sha=sha, checks=list(item))

    def ci_configured(self, repo):
        return self.configured


def run(status: str, conclusion: str = "", name: str = "tests", id: str = "1") -> CICheck:
    return CICheck(kind="workflow_run", id=id, name=name, status=status, conclusion=conclusion)


CONFIG = CIWaitConfig(timeout=100, appear_timeout=30, poll_initial=2, poll_max=10)


def wait(provider, config=CONFIG, **kwargs):
    clock = Clock()
    seen: list[tuple[str, str, str]] = []
    outcome = ci_wait(
        provider=provider,
        repo=REPO,
        sha=SHA,
        config=config,
        on_change=lambda c: seen.append((c.name, c.status, c.conclusion)),
        sleep=clock.sleep,
        clock=clock,
        **kwargs,
    )
    return outcome, seen, clock


def test_it_reports_each_status_once_and_backs_off_until_completion():
    provider = ScriptedProvider(
        [
            [run("queued")],
            [run("queued")],
            [run("in_progress"), run("queued", name="lint", id="2")],
            [run("in_progress"), run("in_progress", name="lint", id="2")],
            [run("completed", "success"), run("in_progress", name="lint", id="2")],
            [run("completed", "success"), run("completed", "failure", name="lint", id="2")],
        ]
    )
    outcome, seen, clock = wait(provider)

    assert outcome.state == CIState.FAILURE
    assert [c.name for c in outcome.snapshot.failed] == ["lint"]
    assert seen == [
        ("tests", "queued", ""),
        ("tests", "in_progress", ""),
        ("lint", "queued", ""),
        ("lint", "in_progress", ""),
        ("tests", "completed", "success"),
        ("lint", "completed", "failure"),
    ]
    assert clock.sleeps == [2, 4, 8, 10, 10]  # doubling from poll_initial up to poll_max


def test_it_gives_up_at_the_time_limit():
    outcome, seen, clock = wait(ScriptedProvider([[run("in_progress")]]))
    assert outcome.state == CIState.TIMEOUT
    assert "had not finished after 100 s" in outcome.note
    assert clock.now == pytest.approx(100) and seen == [("tests", "in_progress", "")]


def test_it_says_there_is_no_remote_ci_after_a_short_look_when_none_is_defined():
    outcome, seen, clock = wait(ScriptedProvider([[]], configured=False))
    assert outcome.state == CIState.NONE and outcome.configured is False
    assert outcome.note.startswith("No remote CI")
    assert clock.now <= 2 * CONFIG.poll_initial + CONFIG.poll_initial and seen == []


def test_it_waits_for_defined_workflows_to_show_up_then_says_they_did_not_run():
    outcome, _, clock = wait(ScriptedProvider([[]], configured=True))
    assert outcome.state == CIState.NONE and outcome.configured is True
    assert "defines CI workflows, but none ran" in outcome.note
    assert clock.now >= CONFIG.appear_timeout


def test_it_rides_out_a_transient_api_error_but_not_repeated_ones():
    flaky = ScriptedProvider([HostingError("502"), [run("completed", "success")]])
    outcome, _, _ = wait(flaky)
    assert outcome.state == CIState.SUCCESS

    broken = ScriptedProvider([HostingError("GitHub rate limit reached")])
    outcome, _, _ = wait(broken)
    assert outcome.state == CIState.ERROR and "rate limit" in outcome.note and broken.calls == 3


def test_a_rejected_token_is_not_swallowed():
    with pytest.raises(HostingAuthError):
        wait(ScriptedProvider([HostingAuthError("GitHub rejected the token")]))


def test_it_stops_waiting_when_the_run_is_cancelled():
    outcome, _, clock = wait(ScriptedProvider([[run("in_progress")]]), should_stop=lambda: True)
    assert outcome.state == CIState.TIMEOUT and outcome.note == "Stopped waiting for CI."
    assert clock.sleeps == []


@pytest.mark.parametrize(
    ("conclusion", "state"),
    [
        ("success", "SUCCESS"),
        ("skipped", "SUCCESS"),
        ("neutral", "SUCCESS"),
        ("failure", "FAILURE"),
        ("timed_out", "FAILURE"),
        ("cancelled", "FAILURE"),
    ],
)
def test_it_maps_conclusions_to_states(conclusion, state):
    assert run("completed", conclusion).state == state
