"""Which tests to run to validate an edit: those that executed the edited lines.

Regression test selection by coverage (Rothermel & Harrold, "A safe, efficient
regression test selection technique", TOSEM 1997; dynamic and per test, as in
Ekstazi, Gligoric et al., ISSTA 2015), at line granularity: the per-test coverage of
the last whole-suite run says which passing tests execute the lines a candidate
changes. A change to lines no test executes while it runs (imports, definitions,
module constants run at import time) selects every test that executes anything in
the file. The whole suite still runs once before a fix is accepted, so a selection
that misses a test costs time, never correctness.
"""

from __future__ import annotations

from healer.engine.checks import PytestRun
from healer.engine.edits import line_opcodes


def changed_lines(old: str, new: str) -> set[int]:
    """Lines of `old` (1-based) that the edit replaces or deletes, or next to which it inserts."""
    a, b = old.splitlines(), new.splitlines()
    lines: set[int] = set()
    for tag, i1, i2, _, _ in line_opcodes(a, b):
        if tag == "equal":
            continue
        if tag == "insert":
            lines.update(n for n in (i1, i1 + 1) if 1 <= n <= len(a))
        else:
            lines.update(range(i1 + 1, i2 + 1))
    return lines


def covering_tests(run: PytestRun, *, file: str, lines: set[int]) -> set[str] | None:
    """Passing tests of `run` that executed any of `lines` of `file`; None without coverage."""
    if not run.coverage:
        return None
    passing = [t for t in run.tests.values() if t.outcome == "passed"]
    if any(not t.covered for t in passing) and run.trimmed:
        return None  # the plugin dropped coverage to fit its report
    selected: set[str] = set()
    executed: set[int] = set()
    for test in passing:
        hit = lines.intersection(test.covered.get(file, ()))
        if hit:
            selected.add(test.nodeid)
            executed |= hit
    if lines - executed:
        # No test runs some of these lines while it runs: they run at import (or never).
        # Every test that uses the file.
        selected |= {t.nodeid for t in passing if t.covered.get(file)}
    return selected


def failing_tests_of(run: PytestRun, *, file: str) -> set[str]:
    """Failing tests of `run` that executed anything of `file`; every failing test without coverage."""
    failing = [t for t in run.tests.values() if t.failed]
    if not run.coverage:
        return {t.nodeid for t in failing}
    return {t.nodeid for t in failing if t.covered.get(file)}
