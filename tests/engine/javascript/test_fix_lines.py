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


# Round 52, npmlines52: one rule, the first changed line when the edit is plainly elsewhere.
STRICT = "'use strict';\n\nexport function pack(items, per = 6) {\n  'use strict';\n  return items.length / per;\n}\n"


def _at(bug_type: BugType, failure_line: int, old: str, new: str, candidate_line: int) -> int:
    failure = Failure(bug_type=bug_type, file="src/a.js", line=failure_line, message="", source="node")
    return _line(failure, SimpleNamespace(file="src/a.js", text=new, line=candidate_line), old=old)


def test_it_reports_a_deleted_line_below_the_parsers_line_at_the_line_it_deletes():
    # V8 names the function (line 3) for its illegal directive (line 4).
    assert _at(BugType.SYNTAX, 3, STRICT, STRICT.replace("  'use strict';\n", ""), 3) == 4


def test_it_reports_lines_rewritten_below_the_parsers_line_at_the_first_of_them():
    old = "class F {\n  go(d) {\n    if (!d) {\n      return 0;\n    }\n      run(d);\n      return 1;\n    }\n  }\n}\n"
    new = old.replace("      run(d);\n      return 1;\n    }\n", "    run(d);\n    return 1;\n")
    assert _at(BugType.INDENTATION, 5, old, new, 5) == 6
    # A missing '}' inserted below stays at the block it closes (the dev keys' "close the block opened here").
    unclosed = "function f(xs) {\n  for (const x of xs) {\n    use(x);\n  return 1;\n}\n"
    assert _at(BugType.INDENTATION, 2, unclosed, unclosed.replace("  return", "  }\n  return"), 4) == 2


def test_it_reports_a_misnamed_require_binding_at_the_require():
    old = "const { makeBlock } = require('./blocks');\n\nexports.plan = (v) => blockOf(v);\n"
    new = old.replace("makeBlock", "blockOf")
    assert _at(BugType.IMPORT, 3, old, new, 1) == 1


def test_it_reports_a_name_an_export_list_lacks_at_the_import_that_now_binds_it():
    old = "import { a } from './x.js';\n\nexport { a, b };\n"
    assert _at(BugType.IMPORT, 3, old, old.replace("{ a }", "{ a, b }"), 3) == 1
    # A name a statement uses stays at the use (the older keys name the use).
    used = "import { a } from './x.js';\n\nexport const c = b(a);\n"
    assert _at(BugType.IMPORT, 3, used, used.replace("{ a }", "{ a, b }"), 3) == 3


def test_it_compares_only_the_lines_near_the_change_of_a_long_file(monkeypatch):
    # SequenceMatcher over whole files is quadratic in their repeated lines (`}`, blank lines) and
    # _line runs for every candidate: an 8,000-line file cost 0.65 s of CPU a candidate. The lines
    # both texts share at the start and the end are matched first; only the middle is compared.
    import difflib

    from healer.engine.languages import javascript

    compared = []
    real = difflib.SequenceMatcher

    def recording(*, a, b, autojunk):
        compared.append(len(a) + len(b))
        return real(a=a, b=b, autojunk=autojunk)

    monkeypatch.setattr(javascript.difflib, "SequenceMatcher", recording)
    lines = [text for i in range(2000) for text in (f"function f{i}(a) {{", f"  return a + {i};", "}", "")]
    old = "\n".join(lines)
    new = "\n".join([*lines[:4000], "  return a - 1000;", *lines[4001:]])
    assert javascript._first_change(old, new) == (4001, "  return a - 1000;", False)
    assert compared and max(compared) <= 4 * javascript.CONTEXT + 2


# Round 53, npmlint27: a LINTING finding at a head whose fix rewrites a line below it.
GETTER = "class Pen {\n  get full() {\n    this.count === 0;\n  }\n}\n"


def test_it_reports_a_lint_fix_that_rewrites_the_body_below_the_finding_where_it_edits():
    # getter-return is reported at the getter's head (line 2); the fix returns the value on line 3.
    fixed = GETTER.replace("    this.count", "    return this.count")
    assert _at(BugType.LINTING, 2, GETTER, fixed, 2) == 3


def test_it_keeps_a_lint_fix_at_the_finding_when_it_edits_that_line_or_only_inserts_below():
    assert _at(BugType.LINTING, 2, GETTER, GETTER.replace("  get full()", "  full()"), 2) == 2
    inserted = GETTER.replace("    this.count === 0;\n", "    this.count === 0;\n    return true;\n")
    assert _at(BugType.LINTING, 2, GETTER, inserted, 2) == 2
