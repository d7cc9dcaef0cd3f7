"""Waiting for a host's CI on one commit: poll with backoff, report each change, stop at a time limit."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from runs.hosting.base import (
    CICheck,
    CISnapshot,
    CIState,
    HostingAuthError,
    HostingError,
    HostingProvider,
    RepoRef,
)

MAX_CONSECUTIVE_ERRORS = 3


@dataclass(frozen=True)
class CIWaitConfig:
    timeout: float  # seconds, overall
    appear_timeout: float  # seconds for a first CI unit to show up
    poll_initial: float
    poll_max: float


@dataclass
class CIOutcome:
    state: str  # a CIState
    snapshot: CISnapshot | None = None
    note: str = ""
    configured: bool | None = None  # whether the repository defines CI at all (when asked)
    changes: list[CICheck] = field(default_factory=list)


def ci_wait(
    *,
    provider: HostingProvider,
    repo: RepoRef,
    sha: str,
    config: CIWaitConfig,
    on_change: Callable[[CICheck], None],
    should_stop: Callable[[], bool] = lambda: False,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
    known_configured: bool | None = None,
) -> CIOutcome:
    """Poll until every CI unit of `sha` has completed, none shows up in time, or time runs out.

    `on_change` is called for every unit whose (status, conclusion) differs from
    what was last seen, so each observed status is reported once. The delay
    between polls doubles from `poll_initial` up to `poll_max`.
    """
    start = clock()
    delay = config.poll_initial
    seen: dict[tuple[str, str], tuple[str, str]] = {}
    changes: list[CICheck] = []
    errors = 0
    configured = known_configured
    snapshot: CISnapshot | None = None
    while True:
        try:
            snapshot = provider.ci_snapshot(repo, sha=sha)
            errors = 0
        except HostingAuthError:
            raise
        except HostingError as exc:
            errors += 1
            if errors >= MAX_CONSECUTIVE_ERRORS or clock() - start >= config.timeout:
                return CIOutcome(state=CIState.ERROR, snapshot=snapshot, note=str(exc), changes=changes)
        else:
            for check in snapshot.checks:
                if seen.get(check.key) != (check.status, check.conclusion):
                    seen[check.key] = (check.status, check.conclusion)
                    changes.append(check)
                    on_change(check)
            state = snapshot.state
            if state in (CIState.SUCCESS, CIState.FAILURE):
                return CIOutcome(state=state, snapshot=snapshot, configured=configured, changes=changes)
            elapsed = clock() - start
            if state == CIState.NONE:
                if configured is None:
                    configured = provider.ci_configured(repo)
                # Without any pipeline defined, a short look is enough (a CI app may still report).
                limit = (
                    config.appear_timeout
                    if configured
                    else min(config.appear_timeout, 2 * config.poll_initial)
                )
                if elapsed >= limit:
                    if configured:
                        note = (
                            f"The repository defines CI workflows, but none ran for {sha[:12]} within "
                            f"{config.appear_timeout:.0f} s (they may not run on this branch): relying on "
                            "the sandbox checks."
                        )
                    else:
                        note = (
                            "No remote CI: the repository defines no CI workflow and no CI app reported "
                            f"on {sha[:12]}; relying on the sandbox checks."
                        )
                    return CIOutcome(
                        state=CIState.NONE,
                        snapshot=snapshot,
                        note=note,
                        configured=configured,
                        changes=changes,
                    )
        elapsed = clock() - start
        if elapsed >= config.timeout:
            return CIOutcome(
                state=CIState.TIMEOUT,
                snapshot=snapshot,
                note=f"CI for {sha[:12]} had not finished after {config.timeout:.0f} s; relying on the sandbox checks.",
                configured=configured,
                changes=changes,
            )
        if should_stop():
            return CIOutcome(
                state=CIState.TIMEOUT, snapshot=snapshot, note="Stopped waiting for CI.", changes=changes
            )
        sleep(max(0.0, min(delay, config.timeout - elapsed)))
        delay = min(delay * 2, config.poll_max)
