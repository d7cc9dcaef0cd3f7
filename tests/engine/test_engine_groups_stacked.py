"""Two bugs on the path of one test: no single edit makes it pass, a partial patch plus a second edit does.

The stacked search of the repair loop (Engine._stacked, ITER-style iterative repair): a rejected
candidate under which the targeted test fails better (a data-driven test now gets past the case
it fixed) is a base; the failure's other candidates are tried on top of it; only the pair under
which every targeted test passes is a fix, reported and committed as two fix lines.
"""

from __future__ import annotations

import healer.engine.repair as repair
from healer.engine.fixers.base import Candidate
from healer.engine.repair import Engine, EngineConfig, stack_edits
from healer.engine.types import BugType, Failure, FixStatus

from .conftest import PYPROJECT_SRC
from .test_engine_rounds import Clock, SlowSandbox

# scale should double and shift should add one; the test's cases meet scale's bug first.
CALC = """\
def scale(n):
    return n * 3


def shift(n):
    return n - 1
"""
CALC_TESTS = """\
from calc import scale, shift

CASES = [(scale, 2, 4), (shift, 2, 3)]


def test_cases():
    for func, arg, expected in CASES:
        assert func(arg) == expected
"""
PROJECT = {"pyproject.toml": PYPROJECT_SRC, "src/calc.py": CALC, "tests/test_calc.py": CALC_TESTS}


class LineEdits:
    """One-line edits of src/calc.py, each at its own line, for any LOGIC failure."""

    fallback = False
    bug_types = frozenset({BugType.LOGIC})

    def __init__(self, edits: list[tuple[str, str, str]]):
        self.edits = edits

    def candidates(self, failure, ctx):
        text = ctx.source("src/calc.py")
        for old, new, description in self.edits:
            if old in text:
                line = text[: text.index(old)].count("\n") + 1
                yield Candidate("src/calc.py", text.replace(old, new, 1), description, line)


def _engine(ws, sandbox, edits, lines):
    engine = Engine(
        workspace=ws,
        sandbox=sandbox,
        config=EngineConfig(test_timeout=10),
        log=lines.append,
        fixers=[LineEdits(edits)],
    )
    engine.discover()
    return engine


def test_it_fixes_two_bugs_of_one_test_with_a_second_edit_on_a_partial_patch(project, local_sandbox):
    ws = project(PROJECT)
    lines: list[str] = []
    engine = _engine(
        ws,
        local_sandbox,
        [
            ("n * 3", "n * 2", "use * 2 instead of * 3"),  # scale's bug: the test gets to shift's case
            ("n - 1", "n + 1", "use + instead of -"),  # shift's bug: the test fails exactly as before
            ("n * 3", "n * 4", "use * 4 instead of * 3"),  # wrong: only moves the failure
        ],
        lines,
    )
    report = engine.check()
    steps = []
    for outcome in engine.repair(report):
        # Each fix line is written (so committed) on its own: the first step holds only its edit.
        steps.append((outcome, ws.read_text("src/calc.py")))
    assert [(o.line, o.status, o.description) for o, _ in steps] == [
        (2, FixStatus.FIXED, "use * 2 instead of * 3"),
        (6, FixStatus.FIXED, "use + instead of -"),
    ]
    assert "n * 2" in steps[0][1] and "n - 1" in steps[0][1]
    assert "n * 2" in steps[1][1] and "n + 1" in steps[1][1]
    assert steps[0][0].fix_line == "LOGIC error in src/calc.py line 2 → Fix: use * 2 instead of * 3"
    assert "-    return n - 1" in steps[1][0].diff and "n * 3" not in steps[1][0].diff
    assert engine.check().ok
    assert any("a partial fix" in line for line in lines)


def test_a_partial_patch_alone_is_never_a_fix(project, local_sandbox):
    ws = project(PROJECT)
    lines: list[str] = []
    engine = _engine(ws, local_sandbox, [("n * 3", "n * 2", "use * 2 instead of * 3")], lines)
    outcomes = list(engine.repair(engine.check()))
    assert outcomes == []
    assert ws.read_text("src/calc.py") == CALC
    assert engine.unresolved(engine.check())[0].status is FixStatus.FAILED


def test_a_second_edit_that_only_moves_the_failure_is_not_accepted_on_a_partial_patch(project, local_sandbox):
    ws = project(PROJECT)
    lines: list[str] = []
    engine = _engine(
        ws,
        local_sandbox,
        [("n * 3", "n * 2", "use * 2 instead of * 3"), ("n - 1", "n - 2", "use 2 instead of 1")],
        lines,
    )
    assert list(engine.repair(engine.check())) == []
    assert ws.read_text("src/calc.py") == CALC
    assert any("on top of 'use * 2 instead of * 3'" in line for line in lines)
    # Tried alone, then on top of the partial patch: rejected both times.
    assert sum("rejected 'use 2 instead of 1'" in line for line in lines) == 2


def test_stacked_edits_merge_only_separate_regions():
    base = "a = 1\nb = 2\nc = 3\n"
    assert stack_edits(base, "a = 9\nb = 2\nc = 3\n", "a = 1\nb = 2\nc = 7\n") == "a = 9\nb = 2\nc = 7\n"
    assert stack_edits(base, "a = 9\nb = 2\nc = 3\n", "a = 8\nb = 2\nc = 3\n") is None


def test_an_unhealable_failure_is_carried_over_a_bounded_number_of_dry_rounds(
    project, local_sandbox, monkeypatch
):
    clock = Clock()
    monkeypatch.setattr(repair.time, "monotonic", clock.monotonic)
    ws = project(PROJECT)
    hopeless = [("n * 3", f"n * 3 + {k} - {k}", f"no-op {k}") for k in range(40)]
    engine = Engine(
        workspace=ws,
        sandbox=SlowSandbox(local_sandbox, clock),
        config=EngineConfig(test_timeout=10, time_budget=25),
        log=[].append,
        fixers=[LineEdits(hopeless)],
    )
    engine.discover()
    carried = 0
    for _ in range(10):  # a run's rounds: each goes on only while searches are pending
        assert list(engine.repair(engine.check())) == []
        if not engine.searches_pending():
            break
        carried += 1
    # Forty candidates at ten seconds each would take many 25-second rounds; the run stops sooner.
    assert carried == repair.MAX_DRY_ROUNDS
    assert engine.stats.candidates_tried < 40


# The dispatch table sends "dbl" to inc (bug A); dbl itself triples (bug B, masked by A). The small
# case passes by coincidence (inc(1) == dbl(1) == 2): fixing A alone breaks it, fixing B alone
# changes nothing. Only the pair is a fix.
MASKED = """\
def inc(n):
    return n + 1


def dbl(n):
    return n * 3


OPS = {"inc": inc, "dbl": inc}
"""
MASKED_TESTS = """\
from calc import OPS


def test_small():
    assert OPS["dbl"](1) == 2


def test_cases():
    for name, arg, expected in [("dbl", 0, 0), ("dbl", 5, 10)]:
        assert OPS[name](arg) == expected
"""


def test_it_builds_on_a_partial_patch_that_unmasks_a_fault_which_breaks_a_passing_test(
    project, local_sandbox
):
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/calc.py": MASKED, "tests/test_calc.py": MASKED_TESTS})
    lines: list[str] = []
    engine = _engine(
        ws,
        local_sandbox,
        [
            ('"dbl": inc', '"dbl": dbl', "dispatch dbl to dbl"),  # A: the test gets past its first case
            ("n * 3", "n * 2", "use * 2 instead of * 3"),  # B: alone, not reached by the failing case
        ],
        lines,
    )
    outcomes = list(engine.repair(engine.check()))
    assert [(o.line, o.description) for o in outcomes] == [
        (9, "dispatch dbl to dbl"),
        (6, "use * 2 instead of * 3"),
    ]
    assert engine.check().ok
    assert any("although it breaks 1 passing test(s)" in line for line in lines)


def test_it_does_not_build_on_a_base_whose_broken_test_fails_at_the_line_it_wrote(project, local_sandbox):
    # A wrong "fix" of the table: the small case now fails inside the edited line itself.
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/calc.py": MASKED, "tests/test_calc.py": MASKED_TESTS})
    lines: list[str] = []
    engine = _engine(
        ws,
        local_sandbox,
        [
            ('"dbl": inc', '"dbl": lambda n: 0 if n == 0 else n * 3', "return 0 for 0"),
            ("n * 3", "n * 2", "B"),
        ],
        lines,
    )
    assert list(engine.repair(engine.check())) == []
    assert ws.read_text("src/calc.py") == MASKED
    assert not any("although it breaks" in line for line in lines)


# scale crashes (a TypeError) before the test reaches shift's case, whose bug is a wrong value.
CRASHING = CALC.replace("return n * 3", 'return n + "2"')


def test_it_reports_the_second_edit_with_the_type_of_the_failure_the_partial_fix_left(project, local_sandbox):
    ws = project({**PROJECT, "src/calc.py": CRASHING})
    lines: list[str] = []
    engine = _engine(
        ws,
        local_sandbox,
        [
            ('n + "2"', "n * 2", "use * 2 instead of + '2'"),  # the TypeError gone: the test gets to shift
            ("n - 1", "n + 1", "use + instead of -"),  # shift's wrong value: an assertion, LOGIC
        ],
        lines,
    )
    engine.fixers[0].bug_types = frozenset({BugType.LOGIC, BugType.TYPE_ERROR})
    outcomes = list(engine.repair(engine.check()))
    assert [(o.line, o.bug_type) for o in outcomes] == [(2, BugType.TYPE_ERROR), (6, BugType.LOGIC)]
    assert engine.check().ok


# Fault masking by a switch: validation is off by default (fault A), so its always-true condition
# (fault B) is never reached and the well-formed inputs pass through. Fixing A makes the target
# test pass and breaks every other test, all at B's line, away from A's: the pair is the fix.
SWITCHED = """\
def validate(names):
    duplicated = [n for n in set(names) if names.count(n) > 1]
    if len(duplicated) > -1:
        raise ValueError(f"duplicated: {duplicated}")


def read(names, check=False):
    if check:
        validate(names)
    return list(names)
"""
SWITCHED_TESTS = """\
import pytest

from calc import read


def test_duplicates_raise():
    with pytest.raises(ValueError):
        read(["a", "a"])


def test_one():
    assert read(["a"]) == ["a"]


def test_two():
    assert read(["a", "b"]) == ["a", "b"]


def test_empty():
    assert read([]) == []
"""


def test_it_builds_on_a_fix_of_every_targeted_test_that_unmasks_a_fault_breaking_many_passing_tests(
    project, local_sandbox
):
    ws = project(
        {"pyproject.toml": PYPROJECT_SRC, "src/calc.py": SWITCHED, "tests/test_calc.py": SWITCHED_TESTS}
    )
    lines: list[str] = []
    engine = _engine(
        ws,
        local_sandbox,
        [
            ("check=False", "check=True", "validate by default"),  # A: the target passes, 3 others break
            ("> -1", "> 0", "use 0 instead of -1"),  # B: alone, the target fails exactly as before
        ],
        lines,
    )
    outcomes = list(engine.repair(engine.check()))
    assert [(o.line, o.description) for o in outcomes] == [
        (7, "validate by default"),
        (3, "use 0 instead of -1"),
    ]
    assert engine.check().ok
    assert any("although it breaks 3 passing test(s)" in line for line in lines)


def _raised_at(line: int, tests: tuple[str, ...]) -> Failure:
    return Failure(BugType.LOGIC, "src/calc.py", line, "ValueError: no", "pytest", "ValueError", tests)


def test_it_does_not_take_a_raise_in_the_branch_a_base_opened_for_an_unmasked_fault():
    # The base negated the condition of an `if`: the tests it broke now fail in that `if`'s body,
    # the branch it sent them into, which says the base is wrong, not that it unmasked a fault.
    source = "def read(names, check):\n    if not check:\n        raise ValueError('no')\n    return names\n"
    base = Candidate("src/calc.py", source, "negate the condition check", 2)
    broken = {"tests/test_calc.py::test_one", "tests/test_calc.py::test_two"}
    assert repair._unmasked([_raised_at(3, tuple(broken))], broken=broken, base=base) == []
    # Raised at a line the edited condition does not decide on, it is a fault the base unmasked.
    elsewhere = _raised_at(4, tuple(broken))
    assert repair._unmasked([elsewhere], broken=broken, base=base) == [elsewhere]
