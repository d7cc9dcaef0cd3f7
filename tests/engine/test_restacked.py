"""A second edit on a line the run already changed is weighed as one edit of the original line (round 49).

twobitreader (dev r284): `i = 15 - off` -> `15 + off` was accepted for one failure, then `16 + off` for
the next, where the bug was `15` for `16` and `16 - off` the fix. restacked.one_edit_instead moves the
second change onto the line as it was written; the repair loop tries that candidate first
(Engine._one_edit_instead) and takes it when it passes too.
"""

from __future__ import annotations

from healer.engine.fixers.base import Candidate
from healer.engine.minimise import AcceptedEdit, Withdrawal
from healer.engine.restacked import one_edit_instead, second_edit_on_original
from healer.engine.types import BugType, FixOutcome, FixStatus

from .conftest import PYPROJECT_SRC, cpu_ratio
from .test_engine_validation import _engine


def test_the_second_change_moves_onto_the_original_line_before_the_first():
    original, first, second = "i = 15 - off\n", "i = 15 + off\n", "i = 16 + off\n"
    assert second_edit_on_original(original, first, second) == "i = 16 - off\n"


def test_the_second_change_moves_onto_the_original_line_after_the_first():
    original, first, second = "x = a < b[1]", "x = a <= b[1]", "x = a <= b[2]"
    assert second_edit_on_original(original, first, second) == "x = a < b[2]"
    # The first change made the line shorter: the offsets behind it shift back.
    assert second_edit_on_original("x = a <= b[1]", "x = a < b[1]", "x = a < b[2]") == "x = a <= b[2]"


def test_changes_that_overlap_have_no_one_edit_form():
    # The second edit rewrote the first's own text: there is no one edit of the original to try.
    assert second_edit_on_original("x = a - b", "x = a + b", "x = a * b") is None
    # The second change undoes the first: nothing new.
    assert second_edit_on_original("x = a - b", "x = a + b", "x = a - b") is None


def _accepted(before: str, after: str, bug_type: BugType = BugType.LOGIC) -> AcceptedEdit:
    outcome = FixOutcome(bug_type, "m.py", 2, "add off", FixStatus.FIXED)
    return AcceptedEdit(outcome, before=before, after=after)


SOURCE = "def f(off):\n    i = 15 - off\n    return i\n"
FIRST = SOURCE.replace("15 - off", "15 + off")


def test_a_candidate_re_editing_the_last_fixs_line_gets_its_one_edit_form():
    candidate = Candidate("m.py", FIRST.replace("15 +", "16 +"), "use 16", 2, making_site=True)
    single = one_edit_instead([_accepted(SOURCE, FIRST)], candidate, FIRST)
    assert single is not None
    assert single.new_source == SOURCE.replace("15 - off", "16 - off")
    assert not single.making_site and single.line == 2


def test_no_one_edit_form_for_another_line_another_file_or_a_file_changed_since():
    accepted = [_accepted(SOURCE, FIRST)]
    other_line = Candidate("m.py", FIRST.replace("return i", "return -i"), "negate", 3)
    assert one_edit_instead(accepted, other_line, FIRST) is None
    other_file = Candidate("n.py", FIRST.replace("15 +", "16 +"), "use 16", 2)
    assert one_edit_instead(accepted, other_file, FIRST) is None
    changed = FIRST + "# later\n"
    since = Candidate("m.py", changed.replace("15 +", "16 +"), "use 16", 2)
    assert one_edit_instead(accepted, since, changed) is None
    # A compile repair's line is not re-read as a value edit.
    compiled = [_accepted(SOURCE, FIRST, BugType.SYNTAX)]
    assert one_edit_instead(compiled, Candidate("m.py", FIRST.replace("15 +", "16 +"), "x", 2), FIRST) is None


def test_the_scan_is_linear_in_the_lines_length():
    def run(n: int) -> None:
        pad = "a" * n
        original, first = f"x = {pad} - 1 + {pad}", f"x = {pad} + 1 + {pad}"
        second_edit_on_original(original, first, f"x = {pad} + 2 + {pad}")

    assert cpu_ratio(run, 20_000) < 8  # linear: about 4; quadratic: about 16


def test_a_30000_line_file_is_read_once_per_candidate():
    def run(n: int) -> None:
        before = "x = 1\n" * n + "i = 15 - off\n" + "y = 2\n" * n
        after = before.replace("15 - off", "15 + off")
        candidate = Candidate("m.py", after.replace("15 +", "16 +"), "use 16", n + 1)
        assert one_edit_instead([_accepted(before, after)], candidate, after) is not None

    run(30_000)
    assert cpu_ratio(run, 7_500) < 8


ENGINE_SOURCE = "def f(off):\n    i = 15 - off\n    return i\n"
ENGINE_TESTS = """\
from calc import f


def test_half():
    assert f(0.5) > 15


def test_zero():
    assert f(0) == 16
"""


class Offers:
    """A LOGIC fixer: for a failure of `test`, the edit (old -> new) when `old` is in the file."""

    fallback = False

    def __init__(self, edits: list[tuple[str, str, str, str]]) -> None:
        self.bug_types = frozenset({BugType.LOGIC})
        self.edits = edits

    def candidates(self, failure, ctx):
        text = ctx.source("src/calc.py")
        for test, old, new, description in self.edits:
            if old in text and any(test in t for t in failure.test_ids):
                yield Candidate("src/calc.py", text.replace(old, new, 1), description, 2)


def test_the_engine_takes_one_edit_of_the_original_line_over_a_second_edit_on_the_first(
    project, local_sandbox
):
    ws = project(
        {"pyproject.toml": PYPROJECT_SRC, "src/calc.py": ENGINE_SOURCE, "tests/test_calc.py": ENGINE_TESTS}
    )
    fixer = Offers(
        [
            ("test_half", "15 - off", "15 + off", "add off instead of subtracting it"),
            ("test_zero", "15 + off", "16 + off", "use 16 instead of 15"),
        ]
    )
    engine, lines = _engine(ws, local_sandbox, [fixer])
    report = engine.check()
    outcomes = [o for o in engine.repair(report) if getattr(o, "status", None) is FixStatus.FIXED]
    assert ws.read_text("src/calc.py") == ENGINE_SOURCE.replace("15 - off", "16 - off"), lines
    assert len(outcomes) == 2
    assert any("one edit of the line as written passes too" in line for line in lines)
    assert engine.check().ok


def test_the_fix_the_one_edit_replaces_is_taken_back_not_reported_as_kept(project, local_sandbox):
    # Review 49: the first fix (`15 + off`) stayed reported FIXED, its diff naming a change the final
    # text no longer has; a run reports only the edits its branch keeps (a Withdrawal takes it back).
    ws = project(
        {"pyproject.toml": PYPROJECT_SRC, "src/calc.py": ENGINE_SOURCE, "tests/test_calc.py": ENGINE_TESTS}
    )
    fixer = Offers(
        [
            ("test_half", "15 - off", "15 + off", "add off instead of subtracting it"),
            ("test_zero", "15 + off", "16 + off", "use 16 instead of 15"),
        ]
    )
    engine, lines = _engine(ws, local_sandbox, [fixer])
    written = []
    for step in engine.repair(engine.check()):
        written.append((step, ws.read_text("src/calc.py")))
    withdrawals = [(s, text) for s, text in written if isinstance(s, Withdrawal)]
    assert [w.outcome.description for w, _ in withdrawals] == ["add off instead of subtracting it"], lines
    assert withdrawals[0][1] == ENGINE_SOURCE  # written before it is yielded (committed)
    last, text = written[-1]
    assert isinstance(last, FixOutcome) and last.status is FixStatus.FIXED
    assert text == ENGINE_SOURCE.replace("15 - off", "16 - off")
    assert "-    i = 15 - off" in last.diff and "+    i = 16 - off" in last.diff, last.diff
    assert [edit.outcome.description for edit in engine._accepted] == [last.description]
    assert engine.stats.fixes_withdrawn == 1
