"""An edit accepted for another failure while a TypeError fails beside it is weighed as a TypeError's
own guard-shaped edit is (round 46, pytypes20).

Round 45's held-out run (mathzx, now dev r253) answered `isinstance(value, NUMERIC_TYPES)` with a list
of types by `and` for `or` in the check that raised, accepted as the fix of a LOGIC failure (the
evaluator's ValueError that wraps the TypeError's message): pytypes19's rival rule looked only at a
TypeError's own candidates. Now any failure's control-flow-only edit is marked `avoids` when a
TypeError fails in the same tests, is wrapped in its message, or is raised at the edited line, and
that TypeError's making-site candidates follow in the list, so the edit is weighed against them.
"""

from __future__ import annotations

from healer.engine.fixers.base import Candidate, RepairContext
from healer.engine.types import BugType

from .conftest import PYPROJECT_SRC, cpu_ratio
from .test_engine_validation import _engine

SOURCE = """\
TYPES = [int, float]


def number(value):
    if isinstance(value, bool) or not isinstance(value, TYPES):
        raise TypeError("not a number")
    return value


def evaluate(text):
    try:
        return number(int(text))
    except TypeError as exc:
        raise ValueError(f"invalid arguments: {exc}") from None
"""
TESTS = """\
from numbers_ import evaluate, number


def test_number():
    assert number(3) == 3


def test_evaluate():
    assert evaluate("4") == 4
"""
FLIP = ("isinstance(value, bool) or not", "isinstance(value, bool) and not", "use and instead of or", False)
TUPLE = ("TYPES = [int, float]", "TYPES = (int, float)", "make a tuple where the value is made", True)


class Offers:
    """For each bug type, (old, new, description, making_site) edits of the one source file."""

    fallback = False

    def __init__(self, edits: dict) -> None:
        self.bug_types = frozenset(edits)
        self.edits = edits

    def candidates(self, failure, ctx):
        text = ctx.source("src/numbers_.py")
        lines = text.splitlines()
        for old, new, description, making_site in self.edits.get(failure.bug_type, []):
            line = next(n for n, t in enumerate(lines, 1) if old in t)
            yield Candidate(
                "src/numbers_.py", text.replace(old, new, 1), description, line, making_site=making_site
            )


def _setup(project, local_sandbox, edits):
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/numbers_.py": SOURCE, "tests/test_n.py": TESTS})
    engine, lines = _engine(ws, local_sandbox, [Offers(edits)])
    report = engine.check()
    other = [f for f in report.failures if f.bug_type is not BugType.TYPE_ERROR]
    assert any(f.bug_type is BugType.TYPE_ERROR for f in report.failures), report.failures
    assert other, report.failures
    return engine, report, other[0], lines


def test_a_flip_for_another_failure_is_weighed_against_the_type_errors_making_sites(project, local_sandbox):
    edits = {BugType.LOGIC: [FLIP], BugType.TYPE_ERROR: [TUPLE]}
    engine, report, failure, lines = _setup(project, local_sandbox, edits)
    failure_type = failure.bug_type
    edits.setdefault(failure_type, [FLIP])
    engine.fixers[0].bug_types = frozenset(edits)
    ctx = RepairContext(workspace=engine.workspace, report=report)
    generated = engine.stats.candidates_generated
    chosen = engine._candidates(failure, ctx)
    # each candidate counted once: the TypeError's making site by its own _candidates call only
    assert engine.stats.candidates_generated - generated == 2
    assert [c.description for c in chosen] == [
        "use and instead of or",
        "make a tuple where the value is made",
    ]
    assert chosen[0].avoids and chosen[0].guard
    assert chosen[1].making_site and not chosen[1].avoids
    assert any("weighed against 1 making site" in line for line in lines), lines
    # the making site repairs the TypeError: accepted, it is reported with the TypeError's type
    # (FixOutcome takes candidate.bug_type before the failure's), not as the other failure's
    assert chosen[0].bug_type is None and chosen[1].bug_type is BugType.TYPE_ERROR


def test_no_type_error_beside_leaves_another_failures_flip_alone(project, local_sandbox):
    edits = {BugType.LOGIC: [FLIP], BugType.TYPE_ERROR: [TUPLE]}
    engine, report, failure, _ = _setup(project, local_sandbox, edits)
    edits.setdefault(failure.bug_type, [FLIP])
    engine.fixers[0].bug_types = frozenset(edits)
    alone = [f for f in report.failures if f.bug_type is not BugType.TYPE_ERROR]
    ctx = RepairContext(workspace=engine.workspace, report=type(report)(failures=alone))
    chosen = engine._candidates(failure, ctx)
    assert [c.description for c in chosen] == ["use and instead of or"]
    assert not chosen[0].avoids


def test_the_typeerrors_beside_a_failure_are_read_in_bounded_time():
    # many failures with long messages and deep tracebacks: read at most MAX_FAILURES_READ of them
    from healer.engine.repair import MAX_TYPEERRORS_BESIDE, _typeerrors_beside
    from healer.engine.types import CheckReport, Failure

    frames = [{"file": "a.py", "line": n} for n in range(5000)]
    typeerrors = [
        Failure(
            BugType.TYPE_ERROR,
            "a.py",
            n,
            "TypeError: " + "x" * 16000,
            "pytest",
            test_ids=(f"t{n}",),
            extra={"frames": frames},
        )
        for n in range(2000)
    ]
    logic = Failure(
        BugType.LOGIC, "a.py", 1, "ValueError: " + "y" * 16000, "pytest", test_ids=("t3", "t7", "t9")
    )
    beside, raising = _typeerrors_beside(logic, CheckReport(failures=[logic, *typeerrors]))
    assert len(beside) == MAX_TYPEERRORS_BESIDE and [f.line for f in beside] == [3, 7]
    # bounded, told by a ratio of CPU times at 500 and 2,000 failures, not a wall clock (review 48)
    ratio = cpu_ratio(
        lambda n: _typeerrors_beside(logic, CheckReport(failures=[logic, *typeerrors[:n]])), 500
    )
    assert ratio < 10, ratio
    assert len(raising) <= 500  # the lines of the first MAX_FAILURES_READ failures, 50 frames each


def test_the_frames_are_read_by_one_bounded_reader_that_takes_malformed_extras():
    # repair.py reads the TypeErrors' frames with type_site.frames_of (it had its own copy); a report
    # whose "frames" is not a list (a hand-written CI log's extra) is read as no frames
    from healer.engine.fixers.type_site import frames_of
    from healer.engine.types import Failure

    frames = [{"file": "a.py", "line": n} for n in range(100)] + [{"file": 3, "line": "x"}]
    failure = Failure(BugType.TYPE_ERROR, "a.py", 1, "TypeError: x", "pytest", extra={"frames": frames})
    assert frames_of(failure) == [("a.py", n) for n in range(100)]
    assert frames_of(failure, limit=50) == [("a.py", n) for n in range(50)]
    for odd in (5, "a.py:3", {"file": "a.py", "line": 3}, None):
        assert frames_of(Failure(BugType.TYPE_ERROR, "a.py", 1, "m", "pytest", extra={"frames": odd})) == []
