"""One compile repair that mended two compile errors is reported as two fixes (healer/engine/folded.py).

ago (dev r233): the generic syntax search's candidate for `-> timedelta, bool:` at line 55 also
dedented the over-indented statement at line 109 (the IndentationError CPython reports once line 55
compiles); one SYNTAX fix line at 55 reported both, and the INDENTATION bug at 109 went unreported.
"""

from __future__ import annotations

from healer.engine.fixers.base import Candidate
from healer.engine.folded import split_folded
from healer.engine.localise import compile_error
from healer.engine.repair import Engine, EngineConfig
from healer.engine.types import BugType, FixOutcome, FixStatus

from .conftest import PYPROJECT_SRC

BROKEN = """\
def delta(x) -> int, bool:
    return x, True


def parts(x):
    '''One more than x.'''
        total = x + 1
    return total
"""
FIXED = BROKEN.replace("-> int, bool:", "-> (int, bool):").replace("        total", "    total")


def _outcome(description="parenthesise `int, bool` on line 1; dedent line 7 (`total = x + 1`) one level"):
    return FixOutcome(BugType.SYNTAX, "pkg/mod.py", 1, description, FixStatus.FIXED)


def _split(old=BROKEN, new=FIXED, outcome=None):
    return split_folded(
        outcome or _outcome(),
        old=old,
        new=new,
        line=1,
        parse=compile_error,
        original_line=lambda n: n + 100,
    )


def test_a_second_hunk_that_mends_an_indentation_error_is_its_own_indentation_fix():
    (first, middle), (second, final) = _split()
    assert first.bug_type is BugType.SYNTAX and first.line == 1
    assert first.description == "parenthesise `int, bool` on line 1"
    assert second.bug_type is BugType.INDENTATION and second.line == 107  # the run's original line
    assert second.description.startswith("dedent line 7 (`total = x + 1`) one level")
    assert "-> (int, bool):" in middle and "        total" in middle and final == FIXED
    assert compile_error(middle).kind == "IndentationError"
    assert "+    total" in second.diff and "-        total" in second.diff and "total" not in first.diff


def test_it_describes_the_mended_line_itself_when_the_description_names_one_fix():
    (_, _), (second, _) = _split(outcome=_outcome("parenthesise the return annotation"))
    assert second.description == "re-indent the line to 4 spaces: `total = x + 1` (mended by the same repair)"


def test_a_single_hunk_repair_is_not_split():
    assert _split(new=BROKEN.replace("-> int, bool:", "-> (int, bool):")) is None


def test_hunks_that_mend_no_compile_error_of_their_own_are_not_split():
    # The second hunk only renames a variable: the first hunk alone leaves a compiling file.
    old = "def f(x) -> int, bool:\n    return x, True\n\n\ndef g():\n    y = 1\n    return y\n"
    new = old.replace("-> int, bool:", "-> (int, bool):").replace(
        "y = 1\n    return y", "z = 1\n    return z"
    )
    assert _split(old=old, new=new) is None


def test_a_lint_or_logic_fix_is_never_split():
    outcome = FixOutcome(BugType.LOGIC, "pkg/mod.py", 1, "x", FixStatus.FIXED)
    assert _split(outcome=outcome) is None


class OneRepair:
    """The combined repair the generic syntax search makes, offered for the SYNTAX failure."""

    fallback = False
    bug_types = frozenset({BugType.SYNTAX})

    def candidates(self, failure, ctx):
        text = ctx.source("src/mod.py")
        if "-> int, bool:" in text:
            yield Candidate(
                "src/mod.py",
                text.replace("-> int, bool:", "-> (int, bool):").replace("        total", "    total"),
                "parenthesise `int, bool` on line 1; dedent line 7 (`total = x + 1`) one level",
                1,
                bug_type=BugType.SYNTAX,
            )


def test_the_engine_reports_and_writes_the_two_fixes_one_after_the_other(project, local_sandbox):
    tests = "from mod import delta, parts\n\n\ndef test_it():\n    assert parts(1) == 2 and delta(3) == (3, True)\n"
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/mod.py": BROKEN, "tests/test_mod.py": tests})
    engine = Engine(
        workspace=ws,
        sandbox=local_sandbox,
        config=EngineConfig(test_timeout=10, coverage=False),
        log=lambda text: None,
        fixers=[OneRepair()],
    )
    engine.discover()
    written: list[str] = []
    outcomes = []
    for outcome in engine.repair(engine.check()):
        written.append(ws.read_text("src/mod.py"))
        outcomes.append(outcome)
    assert [(o.bug_type, o.line) for o in outcomes] == [(BugType.SYNTAX, 1), (BugType.INDENTATION, 7)]
    assert "        total" in written[0] and written[1] == FIXED
    assert engine.check().ok


def test_a_second_hunk_that_only_completes_the_first_is_not_split():
    # A fake parser: the first hunk alone leaves an error at line 4, but the second hunk alone does not
    # leave the failure's own error at line 1 (it moves to line 3): the hunks are one repair.
    def parse(text):
        lines = text.splitlines()
        if "BAD1" in lines[0]:
            return type("E", (), {"kind": "SyntaxError", "line": 1 if "BAD2" in lines[3] else 3})()
        if "BAD2" in lines[3]:
            return type("E", (), {"kind": "SyntaxError", "line": 4})()
        return None

    old, new = "a BAD1\nb\nc\nd BAD2\n", "a\nb\nc\nd\n"
    independent = split_folded(_outcome(), old=old, new=new, line=1, parse=parse, original_line=lambda n: n)
    assert independent is None

    def independent_parse(text):
        lines = text.splitlines()
        line = 1 if "BAD1" in lines[0] else 4 if "BAD2" in lines[3] else None
        return None if line is None else type("E", (), {"kind": "IndentationError", "line": line})()

    (first, _), (second, _) = split_folded(
        _outcome("one repair"), old=old, new=new, line=1, parse=independent_parse, original_line=lambda n: n
    )
    assert (first.line, second.line, second.bug_type) == (1, 4, BugType.INDENTATION)


def test_a_withdrawal_of_a_split_repair_takes_back_both_reported_fixes(project, local_sandbox):
    # Review of round 44: the accepted edit kept the whole repair's outcome, so a backtrack
    # (Engine._retry_without) withdrew a fix line that was never reported and left the second
    # reported fix (the INDENTATION one) standing although its edit was reverted.
    tests = "from mod import delta, parts\n\n\ndef test_it():\n    assert parts(1) == 2 and delta(3) == (3, True)\n"
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/mod.py": BROKEN, "tests/test_mod.py": tests})
    engine = Engine(
        workspace=ws,
        sandbox=local_sandbox,
        config=EngineConfig(test_timeout=10, coverage=False),
        log=lambda text: None,
        fixers=[OneRepair()],
    )
    engine.discover()
    reported = {outcome.fix_line for outcome in engine.repair(engine.check())}
    assert len(reported) == 2
    (accepted,) = engine._accepted
    withdrawal = engine._withdrawal(accepted, current=FIXED, reverted=BROKEN)
    assert {outcome.fix_line for outcome in withdrawal.outcomes} == reported


def test_lines_are_counted_as_the_parser_counts_them_past_a_form_feed_or_line_separator():
    # Review of round 44: the hunks were split with str.splitlines(), which also breaks at a form
    # feed or U+2028 in a comment; the parser's error lines do not, so the second error was looked
    # for in the wrong hunk and the repair went unsplit (or split at the wrong line).
    pre = "# page\x0c one\n# page\u2028 two\n"
    outcome = FixOutcome(BugType.SYNTAX, "pkg/mod.py", 3, "one repair", FixStatus.FIXED)
    (first, middle), (second, final) = split_folded(
        outcome, old=pre + BROKEN, new=pre + FIXED, line=3, parse=compile_error, original_line=lambda n: n
    )
    assert (first.line, second.line, second.bug_type) == (3, 9, BugType.INDENTATION)
    assert middle.startswith(pre) and final == pre + FIXED
