"""Phase 3: assertion failures in tests, grouped and localised by their coverage spectra.

Each failing test joins the group of the most suspicious line it executed, ranked by
Ochiai over all failing tests (a bug fails every test that runs it, so its line is
shared and ranks high; two bugs in different places give two groups). Within a group,
lines are ranked by Ochiai over the group's tests, ties broken by the overall rank.
Clustering failing tests by their spectra so that each cluster targets one fault is
"parallel debugging" (Jones, Bowring and Harrold, "Debugging in Parallel", ISSTA 2007).
"""

from __future__ import annotations

from collections.abc import Callable

from healer.engine.analysis.classify import exception_message, frame_dicts, primary_exception
from healer.engine.analysis.collect import FailureSet, Stopper
from healer.engine.analysis.oracle import (
    constant_lines,
    differing_numbers,
    differing_strings,
    oracle_lines,
    scaled_constants,
)
from healer.engine.analysis.raised import SUSPICIOUS_KEEP
from healer.engine.checks import PytestRun, TestResult
from healer.engine.localise import Spectrum
from healer.engine.types import BugType, Failure


def import_time_coverage(tests: PytestRun, source_files: tuple[str, ...]) -> None:
    """A failing test that ran no repository line gets the lines its module's import ran.

    A test module's decorators and class bodies call into the repository while pytest collects it
    (`@overrides` copying a docstring when the class is made): the test then only reads what was
    made, and its own coverage holds test code alone, so the spectrum had no line and the failure
    no candidate. Those lines are the module's execution too; only failing tests with nothing else
    get them, so a test's own run, when it reaches the repository, stays the evidence.
    """
    sources = set(source_files)
    for test in tests.tests.values():
        if not test.failed or any(file in sources for file in test.covered):
            continue
        collected = tests.module_covered.get(test.file, {})
        added = {file: lines for file, lines in collected.items() if file in sources}
        if added:
            test.covered = {**test.covered, **added}


def _test_line(test: TestResult) -> int:
    exc = test.exception or {}
    for frame in reversed(exc.get("frames", [])):
        if frame[0] == test.file:
            return frame[1]
    return 1


def _top_line(test: TestResult, spectrum: Spectrum, overall: dict[tuple[str, int], float]) -> tuple[str, int]:
    executed = spectrum.executed(test.covered)
    if not executed:
        return (test.file, _test_line(test))
    return min(executed, key=lambda key: (-overall.get(key, 0.0), spectrum.ep.get(key, 0), key))


def assertion_failures(
    *,
    tests: list[TestResult],
    spectrum: Callable[[], Spectrum],
    failures: FailureSet,
    stop: Stopper,
    read_source: Callable[[str], str | None] | None = None,
) -> None:
    if not tests:
        return
    _group(tests, spectrum(), failures, stop, read_source)


def _group(
    tests: list[TestResult],
    spectrum: Spectrum,
    failures: FailureSet,
    stop: Stopper,
    read_source: Callable[[str], str | None] | None,
) -> None:
    overall = {(f, n): score for f, n, score in spectrum.ochiai([t.covered for t in tests])}
    groups: dict[tuple[str, int], list[TestResult]] = {}
    for test in tests:
        if stop():
            return
        groups.setdefault(_top_line(test, spectrum, overall), []).append(test)
    for (file, line), group in groups.items():
        if stop():
            return
        ranked = spectrum.ochiai([t.covered for t in group])
        ranked.sort(key=lambda item: (-item[2], -overall.get((item[0], item[1]), 0.0)))
        named = _named_lines(group, ranked, read_source, spectrum.allowed)
        # A line the oracle names stays in the list wherever the spectrum ranks it (see oracle.py).
        ranked = ranked[:SUSPICIOUS_KEEP] + [item for item in ranked[SUSPICIOUS_KEEP:] if item[:2] in named]
        exc = primary_exception(group[0].exception) or {}
        # How sure the localiser is: the top score, its share of all failures, how few lines tie.
        top_score = ranked[0][2] if ranked else 0.0
        tied = sum(1 for item in ranked if item[2] == top_score)
        failures.add(
            Failure(
                bug_type=BugType.LOGIC,
                file=file,
                line=line,
                message=exception_message(exc) if exc else "test failed",
                source="pytest",
                code=exc.get("type", "") if exc else "",
                test_ids=tuple(t.nodeid for t in group),
                extra={
                    "exception": exc,
                    "frames": frame_dicts(exc),
                    "suspicious": ranked,
                    "oracle": sorted(named),
                    "unlocalised": not ranked,
                    "confidence": (top_score, overall.get((file, line), 0.0), -tied),
                    "longrepr": group[0].longrepr,
                },
            ),
            ("spectrum", file, line),
        )


MAX_ORACLE_MESSAGES = 20


def _named_lines(
    group: list[TestResult],
    ranked: list[tuple[str, int, float]],
    read_source: Callable[[str], str | None] | None,
    files: set[str] | None = None,
) -> set[tuple[str, int]]:
    """Lines the group's tests ran that spell a value their failed comparisons show as different."""
    if read_source is None:
        return set()
    terms: frozenset[str] = frozenset()
    scaled: frozenset[int] = frozenset()  # whole numbers that name the line spelling them
    for test in group[:MAX_ORACLE_MESSAGES]:
        exc = primary_exception(test.exception) or {}
        terms |= differing_strings(str(exc.get("message") or ""))
        scaled |= scaled_constants(str(exc.get("message") or ""))
        scaled |= differing_numbers(str(exc.get("message") or ""))
    found = oracle_lines(terms=terms, ran=[(f, n) for f, n, _ in ranked], read_source=read_source)
    # A constant made at import time (a table entry) is in no test's coverage: every module is searched.
    files = files if files is not None else {f for f, _, _ in ranked}
    return set(found) | set(constant_lines(values=scaled, files=files, read_source=read_source))
