"""What a check run showed, as one digest: to tell when a fix brings the program back to a past state.

Each accepted fix is judged against the state just before it (validation.py): its target is gone,
or its tests fail "further on". That order is local, not global: two edits of one line can each
move the failure further on than the other (`=== ACTIVE` raises a TypeError at line 21, `!==
ACTIVE` a CycleError at line 17 that a cycle test meets one assertion later; each looks like
progress from the other), so a run accepted one after the other for ever, every time with a new
text (`!(x !== ACTIVE)`, parentheses added), and reported each as a fix. A digest of the
behaviour every state showed (which tests pass; how the others fail; what the checkers report),
kept for the whole run, makes that impossible: a candidate that brings back a behaviour seen
before undoes an earlier fix, whatever its text. This is the tabu list of tabu search (Glover,
"Tabu Search — Part I", ORSA Journal on Computing 1989), kept over program behaviours instead of
texts, as Qi et al. warn that plausible patches must be told apart by what they do
("An Analysis of Patch Plausibility and Correctness for Generate-and-Validate Patch Generation
Systems", ISSTA 2015).

Line numbers are left out: an edit that adds or removes lines moves them without changing what
runs. Messages are kept whole: they carry the values (`dependency cycle: socks`).
"""

from __future__ import annotations

import hashlib
import json

from healer.engine.analysis.places import place_of
from healer.engine.checks import LintRun, PytestRun


def behaviour_digest(*, tests: PytestRun, lint: LintRun) -> str:
    """A digest of every test's outcome (and how it failed) and of every lint finding."""
    rows: list[list[str]] = []
    for test in sorted(tests.tests.values(), key=lambda t: t.nodeid):
        place = place_of(test) if test.failed else None
        rows.append(["test", test.nodeid, test.outcome, *_place(place)])
    for error in sorted(tests.collect_errors, key=lambda e: e.nodeid):
        rows.append(["collect", error.nodeid, *_place(place_of(error))])
    rows += sorted(["lint", f.file, f.code, f.message] for f in lint.findings)
    rows.append(
        [
            "error",
            tests.error.splitlines()[0] if tests.error else "",
            lint.error.splitlines()[0] if lint.error else "",
        ]
    )
    return hashlib.sha256(json.dumps(rows).encode("utf-8", errors="surrogateescape")).hexdigest()


def _place(place) -> list[str]:
    return [place.file, place.kind, place.message] if place is not None else ["", "", ""]
