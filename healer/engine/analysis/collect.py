"""Collecting failures: merging the tests of one failure in constant time per test.

Merging used to rebuild a failure's test ids on every added test (quadratic: 40k
failing tests took minutes and a gigabyte). Ids are now kept in an ordered dict per
failure and capped; the count of all tests is kept beside them.
"""

from __future__ import annotations

from collections.abc import Callable

from healer.engine.types import Failure

# Tests named per failure: enough to validate a fix and to show; the rest are counted.
MAX_TESTS_PER_FAILURE = 50
STOP_CHECK_EVERY = 200


class FailureSet:
    """Failures in the order found, merged by a group key."""

    def __init__(self) -> None:
        self.failures: list[Failure] = []
        self._groups: dict[tuple, Failure] = {}
        self._ids: dict[int, dict[str, None]] = {}
        self._counts: dict[int, int] = {}
        self._by_key: dict[tuple[str, int, str], Failure] = {}

    def add(self, failure: Failure, group: tuple | None = None) -> Failure:
        """Add a failure, or merge its tests into the one already there for `group`."""
        group = group if group is not None else failure.key
        existing = self._groups.get(group)
        if existing is None:
            self._groups[group] = failure
            self._by_key.setdefault(failure.key, failure)
            self._ids[id(failure)] = {}
            self._counts[id(failure)] = 0
            self.failures.append(failure)
            existing = failure
        else:
            for name, value in failure.extra.items():
                existing.extra.setdefault(name, value)
        ids = self._ids[id(existing)]
        for test_id in failure.test_ids:
            if test_id in ids:
                continue
            self._counts[id(existing)] += 1
            if len(ids) < MAX_TESTS_PER_FAILURE:
                ids[test_id] = None
        return existing

    def append(self, failure: Failure) -> None:
        """Add a failure that is never merged, nor found by `find` (each lint finding is its own bug)."""
        self.failures.append(failure)

    def find(self, key: tuple[str, int, str]) -> Failure | None:
        """The first merged failure (found by compiling or testing) with this Failure.key."""
        return self._by_key.get(key)

    def finish(self) -> list[Failure]:
        for failure in self.failures:
            ids = self._ids.get(id(failure))
            if ids is None:
                continue
            failure.test_ids = tuple(ids)
            failure.extra["test_count"] = self._counts[id(failure)]
        return self.failures


class Stopper:
    """Asks `should_stop` every few items; once it said yes, it stays stopped."""

    def __init__(self, should_stop: Callable[[], bool] | None) -> None:
        self.should_stop = should_stop
        self.calls = 0
        self.stopped = False

    def __call__(self) -> bool:
        if self.stopped or self.should_stop is None:
            return self.stopped
        self.calls += 1
        if self.calls % STOP_CHECK_EVERY == 1:
            try:
                self.stopped = bool(self.should_stop())
            except Exception:  # a broken callback must not stop the analysis
                self.stopped = False
        return self.stopped
