"""End-of-run minimisation (Engine.minimise): an accepted edit a later fix made unnecessary is taken out.

`norm` lost its `.lower()`; `greet` calls it. The first round has only an edit in `greet` to offer
(it lower-cases the greeting itself: `test_greet` passes, a fix at that time); the second round
fixes `norm`, which makes the first edit change nothing the checks see. Taken out alone on the
final tree, every check shows the same: it goes. `norm`'s edit, which the checks need, stays.
"""

from __future__ import annotations

from healer.engine.edits import merge_changes, undo_change
from healer.engine.fixers.base import Candidate
from healer.engine.minimise import AcceptedEdit, minimisable
from healer.engine.repair import Engine, EngineConfig
from healer.engine.types import BugType, FixOutcome, FixStatus

from .conftest import PYPROJECT_SRC

TEXT = """\
def norm(name):
    return name.strip()


def greet(name):
    return "hi " + norm(name)
"""
TESTS = """\
from text import greet, norm


def test_norm():
    assert norm(" Bob ") == "bob"


def test_greet():
    assert greet(" Bob ") == "hi bob"
"""
PROJECT = {"pyproject.toml": PYPROJECT_SRC, "src/text.py": TEXT, "tests/test_text.py": TESTS}
IN_GREET = ('"hi " + norm(name)', '"hi " + norm(name).lower()', "lower-case the greeting")
IN_NORM = ("return name.strip()", "return name.strip().lower()", "lower-case the name")


class Offered:
    """One-line edits of src/text.py, offered for any LOGIC failure whose tests they name."""

    fallback = False
    bug_types = frozenset({BugType.LOGIC})

    def __init__(self):
        self.edits: dict[str, tuple[str, str, str]] = {}  # test name -> edit

    def candidates(self, failure, ctx):
        text = ctx.source("src/text.py")
        for test, (old, new, description) in self.edits.items():
            if old in text and any(t.endswith(test) for t in failure.test_ids):
                line = text[: text.index(old)].count("\n") + 1
                yield Candidate("src/text.py", text.replace(old, new, 1), description, line)


def _engine(ws, sandbox, fixer, lines):
    engine = Engine(
        workspace=ws, sandbox=sandbox, config=EngineConfig(test_timeout=10), log=lines.append, fixers=[fixer]
    )
    engine.discover()
    return engine


def _heal_in_two_rounds(ws, sandbox, lines):
    fixer = Offered()
    engine = _engine(ws, sandbox, fixer, lines)
    fixer.edits = {"test_greet": IN_GREET}
    # The first round stops at its fix (as a round whose budget ends there would): norm's failure
    # had no candidate yet, and the file it is in has changed since, so it is tried afresh.
    round_one = engine.repair(engine.check())
    first = [next(round_one)]
    round_one.close()
    fixer.edits = {"test_norm": IN_NORM}
    second = list(engine.repair(engine.check()))
    assert [o.description for o in first + second] == ["lower-case the greeting", "lower-case the name"]
    assert engine.check().ok
    return engine


def test_an_edit_a_later_fix_made_unnecessary_is_taken_out(project, local_sandbox):
    ws = project(PROJECT)
    lines: list[str] = []
    engine = _heal_in_two_rounds(ws, local_sandbox, lines)

    withdrawn = list(engine.minimise())

    assert [w.outcome.fix_line for w in withdrawn] == [
        "LOGIC error in src/text.py line 6 → Fix: lower-case the greeting"
    ]
    assert '-    return "hi " + norm(name).lower()' in withdrawn[0].diff
    assert ws.read_text("src/text.py") == TEXT.replace(*IN_NORM[:2])
    assert engine.check().ok
    # One whole-suite run: the greeting's edit, whose own test passes without it, goes on the suite's
    # word; norm's edit is kept on a run of its own test (Engine._needed_by_own_tests).
    assert engine.stats.withdrawal_runs == 1 and engine.stats.fixes_withdrawn == 1
    assert any(line.startswith("Taken out: LOGIC error in src/text.py line 6") for line in lines)
    # norm's edit was tried too: without it test_norm fails, so it stays.
    assert (
        "Kept LOGIC error in src/text.py line 2 → Fix: lower-case the name: the tests it made pass fail without it"
        in lines
    )


def test_a_single_fix_or_a_lint_fix_is_never_tried():
    def accepted(bug_type):
        outcome = FixOutcome(bug_type, "a.py", 1, "edit", FixStatus.FIXED)
        return AcceptedEdit(outcome, before="a\n", after="b\n")

    assert minimisable([accepted(BugType.LOGIC)]) == []
    both = [accepted(BugType.LINTING), accepted(BugType.TYPE_ERROR)]
    assert [a.outcome.bug_type for a in minimisable(both)] == [BugType.TYPE_ERROR]


def test_an_edit_is_undone_alone_while_later_edits_stay():
    before, after = "a = 1\nb = 2\nc = 3\n", "a = 9\nb = 2\nc = 3\n"
    current = "a = 9\nb = 2\nc = 7\n"  # a later edit changed c
    assert undo_change(current, before=before, after=after) == "a = 1\nb = 2\nc = 7\n"
    # A later edit of the same line: it cannot be taken out alone.
    assert undo_change("a = 8\nb = 2\nc = 3\n", before=before, after=after) is None
    assert merge_changes(before, after, current, single=True) is None  # current changes two regions
