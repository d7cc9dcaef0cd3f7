"""An edit that rewrites a line the heal's own last fix of the file wrote completes that fix.

`chains.amended_fix` and `Engine._as_amendment`: whereto (now r225) had its comprehension filter
`if p else ''` made `if p if ''` by a SYNTAX repair, and the filter `''` then negated by a LOGIC edit
that was reported as a LOGIC bug of the repository at that line. The second edit is reported under
the first fix's type, saying it completes it.
"""

from __future__ import annotations

from types import SimpleNamespace

from healer.engine.chains import amended_fix
from healer.engine.minimise import AcceptedEdit
from healer.engine.repair import Engine
from healer.engine.types import BugType, FixOutcome, FixStatus

FILE = "whereto/rules.py"
BROKEN = (
    "def show(params):\n    return ' '.join(p for p in params if p else '')\n\n\ndef other():\n    return 1\n"
)
SYNTAX_FIXED = (
    "def show(params):\n    return ' '.join(p for p in params if p if '')\n\n\ndef other():\n    return 1\n"
)
LOGIC_FIXED = "def show(params):\n    return ' '.join(p for p in params if p if not '')\n\n\ndef other():\n    return 1\n"


def _outcome(bug_type: BugType, line: int, description: str) -> FixOutcome:
    return FixOutcome(bug_type, FILE, line, description, FixStatus.FIXED)


SYNTAX_FIX = AcceptedEdit(
    _outcome(BugType.SYNTAX, 2, "replace `else` by `if`"), before=BROKEN, after=SYNTAX_FIXED
)


def test_it_names_the_fix_whose_written_line_an_edit_rewrites():
    assert amended_fix([SYNTAX_FIX], file=FILE, old=SYNTAX_FIXED, new=LOGIC_FIXED) is SYNTAX_FIX.outcome


def test_it_leaves_an_edit_of_another_line_alone():
    other = SYNTAX_FIXED.replace("return 1", "return 2")
    assert amended_fix([SYNTAX_FIX], file=FILE, old=SYNTAX_FIXED, new=other) is None


def test_it_leaves_an_edit_alone_once_the_file_changed_after_that_fix():
    changed = SYNTAX_FIXED.replace("return 1", "return 2")
    later = changed.replace("if ''", "if not ''")
    assert amended_fix([SYNTAX_FIX], file=FILE, old=changed, new=later) is None


def test_it_leaves_an_edit_of_a_line_the_fix_only_reindented_alone():
    # An INDENTATION repair re-indents a whole body: a LOGIC bug on one of its lines is the repository's.
    dedented = BROKEN.replace("    return ' '", "  return ' '")
    reindent = AcceptedEdit(
        _outcome(BugType.INDENTATION, 2, "indent the line"), before=dedented, after=BROKEN
    )
    logic = BROKEN.replace("if p else ''", "if not p else ''")
    assert amended_fix([reindent], file=FILE, old=BROKEN, new=logic) is None


def test_it_leaves_a_second_logic_fix_of_the_same_line_alone():
    # Two wrong values on one line are two bugs of the repository (test_engine_repair's stats case).
    first = "def stats(xs):\n    return min(xs), max(xs) - 1\n"
    logic = AcceptedEdit(
        _outcome(BugType.LOGIC, 2, "drop + 1"), before=first.replace("min(xs)", "min(xs) + 1"), after=first
    )
    second = first.replace("max(xs) - 1", "max(xs)")
    assert amended_fix([logic], file=FILE, old=first, new=second) is None


def test_it_leaves_an_edit_of_another_file_alone():
    assert amended_fix([SYNTAX_FIX], file="whereto/app.py", old=SYNTAX_FIXED, new=LOGIC_FIXED) is None


def test_it_reports_the_completing_edit_under_the_amended_fix_s_type():
    engine = SimpleNamespace(_accepted=[SYNTAX_FIX], log=lambda text: None)
    logic = _outcome(BugType.LOGIC, 2, "negate the filter condition ''")
    reported = Engine._as_amendment(engine, logic, old=SYNTAX_FIXED, new=LOGIC_FIXED)
    assert reported.bug_type is BugType.SYNTAX
    assert reported.description == "negate the filter condition '' (completes the SYNTAX fix of line 2)"
    # A LOGIC edit of an untouched line stays a LOGIC fix.
    other = SYNTAX_FIXED.replace("return 1", "return 2")
    assert Engine._as_amendment(engine, logic, old=SYNTAX_FIXED, new=other) is logic


# A lone backslash literal "fixed" by opening another string (a wrong lexical repair), then an
# operator the repair never touched changed on the same line: no completion of that repair.
ECHO_BROKEN = 'def echo(s):\n    return [c for c in s if "a" <= c and c != "\\" or c.isdigit("x")]\n'
ECHO_SYNTAX = 'def echo(s):\n    return [c for c in s if "a" <= c and c != "\\" or c.isdigit(""x")]\n'
ECHO_FIX = AcceptedEdit(
    _outcome(BugType.SYNTAX, 2, "open the string literal"), before=ECHO_BROKEN, after=ECHO_SYNTAX
)


def test_it_leaves_an_edit_of_a_token_outside_the_repair_alone():
    operator = ECHO_SYNTAX.replace('"a" <= c', '"a" == c')
    assert amended_fix([ECHO_FIX], file=FILE, old=ECHO_SYNTAX, new=operator) is None
    name = ECHO_SYNTAX.replace("in s if", "in s.lower() if")
    assert amended_fix([ECHO_FIX], file=FILE, old=ECHO_SYNTAX, new=name) is None


def test_it_takes_a_string_or_bracket_edit_as_completing_the_repair():
    quoted = ECHO_SYNTAX.replace('isdigit(""x")', 'isdigit("x")')
    assert amended_fix([ECHO_FIX], file=FILE, old=ECHO_SYNTAX, new=quoted) is ECHO_FIX.outcome


def test_a_long_line_is_compared_in_linear_time():
    # Round 53's review: difflib over a long line's tokens (a data list on one line, its `)` written
    # by the repair) took 16 times the CPU for 4 times the line; the common ends are set aside first.
    from healer.engine.chains import _within_the_repair

    from .conftest import cpu_ratio

    def run(n: int) -> None:
        items = ", ".join(["1"] * n)
        # `, 2` added inside the list, away from the repair's `)`: the edit's own.
        assert not _within_the_repair(f"x = f([{items}]", f"x = f([{items}])", f"x = f([{items}, 2])")

    assert cpu_ratio(run, 400) < 8
