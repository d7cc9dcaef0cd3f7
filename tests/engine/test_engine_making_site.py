"""An edit where the failing value was made is preferred over one at its use when both pass (round 44).

The value is made once (a table entry) and refused at a use; a conversion at the use passes the use's
tests while the table stays wrong. When the fixers offer the making site's edit later in the list,
the engine tries it before confirming the use's edit (repair.Engine._making_site_instead).
"""

from __future__ import annotations

from healer.engine.fixers.base import Candidate
from healer.engine.types import BugType, FixStatus

from .conftest import PYPROJECT_SRC
from .test_engine_validation import _engine

SOURCE = """\
DIGITS = {'one': '1', 'two': '2', 'three': 3}


def code(words):
    result = ''
    for word in words:
        result += DIGITS[word]
    return result
"""
TESTS = """\
from codes import DIGITS, code


def test_code():
    assert code(['one', 'three']) == '13'


def test_digits_are_text():
    assert DIGITS['one'] == '1'
"""


class Offers:
    """A fixer offering (old, new, description, making_site) edits of one file, in order."""

    fallback = False

    def __init__(self, edits: list[tuple[str, str, str, bool]]) -> None:
        self.bug_types = frozenset({BugType.TYPE_ERROR})
        self.edits = edits

    def candidates(self, failure, ctx):
        text = ctx.source("src/codes.py")
        lines = text.splitlines()
        for old, new, description, making_site in self.edits:
            line = next(n for n, t in enumerate(lines, 1) if old in t)
            new_source = text.replace(old, new, 1)
            yield Candidate("src/codes.py", new_source, description, line, making_site=making_site)


USE = ("result += DIGITS[word]", "result += str(DIGITS[word])", "convert at the use", False)
MADE = ("'three': 3}", "'three': '3'}", "write the entry as text", True)


def _fixed(project, local_sandbox, edits):
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/codes.py": SOURCE, "tests/test_codes.py": TESTS})
    engine, lines = _engine(ws, local_sandbox, [Offers(edits)])
    report = engine.check()
    assert any(f.bug_type is BugType.TYPE_ERROR for f in report.failures), report.failures
    outcomes = [o for o in engine.repair(report) if getattr(o, "status", None) is FixStatus.FIXED]
    return [o.description for o in outcomes], ws.read_text("src/codes.py"), lines


def test_an_edit_where_the_value_is_made_is_preferred_over_the_use_when_both_pass(project, local_sandbox):
    fixed, text, lines = _fixed(project, local_sandbox, [USE, MADE])
    assert fixed == ["write the entry as text"], lines
    assert "'three': '3'}" in text and "str(DIGITS[word])" not in text
    assert any("where the value is made" in line for line in lines)


def test_the_use_edit_stands_when_no_making_site_edit_passes(project, local_sandbox):
    wrong = ("'three': 3}", "'three': 33}", "another number", True)
    fixed, text, _ = _fixed(project, local_sandbox, [USE, wrong])
    assert fixed == ["convert at the use"]
    assert "str(DIGITS[word])" in text


def test_an_edit_at_the_use_with_no_making_site_offered_is_confirmed_as_before(project, local_sandbox):
    fixed, _, _ = _fixed(project, local_sandbox, [USE, (*MADE[:3], False)])
    assert fixed == ["convert at the use"]


def test_no_making_site_edit_is_run_once_the_rounds_time_is_up(project, local_sandbox):
    # Review of round 44: _making_site_instead ran up to MAKING_SITE_TRIES targeted runs (and as many
    # whole-suite confirmations) without looking at the clock, past the round's end that stops every
    # other candidate (_try_each): on a slow suite, minutes over the budget.
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/codes.py": SOURCE, "tests/test_codes.py": TESTS})
    engine, _ = _engine(ws, local_sandbox, [])
    ran: list[str] = []
    engine._quick = lambda trier, candidate, **_: ran.append(candidate.description)
    passed = Candidate("src/codes.py", SOURCE, "convert at the use", 7)
    later = [Candidate("src/codes.py", SOURCE, f"site {n}", 1, making_site=True) for n in range(3)]
    engine._round_deadline = 0.0  # the round ended
    assert engine._making_site_instead(None, passed, later) == (None, 0)
    assert ran == []
