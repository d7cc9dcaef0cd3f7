"""Round 50, npm24: the line a JavaScript fix is reported at (languages.javascript._line). A SYNTAX or
INDENTATION fix that rewrites one line below where the parser stopped is reported where it edits; a fix
above it, or one that inserts lines, keeps the failure's line."""

from __future__ import annotations

from types import SimpleNamespace

from healer.engine.languages.javascript import _line
from healer.engine.types import BugType, Failure

OLD = "function f() {\n  try {\n    go();\n  } cath (e) {\n    stop(e);\n  }\n}\n"


def _reported(bug_type: BugType, failure_line: int, new: str, candidate_line: int) -> int:
    failure = Failure(bug_type=bug_type, file="src/a.js", line=failure_line, message="", source="jest")
    candidate = SimpleNamespace(file="src/a.js", text=new, line=candidate_line)
    return _line(failure, candidate, old=OLD)


def test_it_reports_a_one_line_fix_below_the_parsers_line_where_it_edits():
    fixed = OLD.replace("cath", "catch")
    assert _reported(BugType.SYNTAX, 2, fixed, 2) == 4


def test_it_keeps_the_failures_line_for_a_fix_above_it_or_one_that_inserts_lines():
    above = OLD.replace("go();", "go(),")  # edits line 3, the parser stopped at line 4
    assert _reported(BugType.SYNTAX, 4, above, 3) == 4
    inserted = OLD.replace("    stop(e);\n", "    stop(e);\n    done();\n")
    assert _reported(BugType.SYNTAX, 2, inserted, 5) == 2
    # LOGIC fixes keep their own line, as before.
    assert _reported(BugType.LOGIC, 2, OLD.replace("stop(e)", "halt(e)"), 5) == 5
