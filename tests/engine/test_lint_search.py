"""The generic token-edit search for lint findings without an autofix (fixers/lint_search.py),
checked by the project's own ruff on the host, on synthetic code."""

from __future__ import annotations

import dataclasses

import pytest

from healer.engine.checks import LintFinding
from healer.engine.fixers import FIXERS
from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.lint_search import LintSearchFixer, _ruff, lint_repairs, ruff_lint
from healer.engine.types import BugType, CheckReport, Failure

pytestmark = pytest.mark.skipif(_ruff() is None, reason="ruff is not installed on the host")

ARGS = ("--isolated", "--select", "F,E7")


def _lint(tmp_path, file="pkg/mod.py", args=ARGS):
    return ruff_lint(root=str(tmp_path), file=file, args=args)


def _finding(lint, text: str, code: str) -> LintFinding:
    findings = [f for f in lint(text) or [] if f.code == code]
    assert findings, f"the sample must show {code}"
    return findings[0]


def test_it_drops_the_brackets_that_make_an_assert_a_tuple(tmp_path):
    text = "def check(writer):\n    assert (hasattr(writer, 'write'), 'a writer is expected')\n    return writer\n"
    lint = _lint(tmp_path)
    finding = _finding(lint, text, "F631")
    repairs = lint_repairs(source=text, finding=finding, lint=lint)
    assert repairs, "the search found nothing"
    assert repairs[0].source == text.replace(
        "assert (hasattr(writer, 'write'), 'a writer is expected')",
        "assert hasattr(writer, 'write'), 'a writer is expected'",
    )
    assert repairs[0].line == 2


def test_it_replaces_an_identity_test_on_a_literal_by_equality(tmp_path):
    text = "def kind(name):\n    if name is 'x':\n        return 1\n    return 0\n"
    lint = _lint(tmp_path)
    finding = _finding(lint, text, "F632")
    sources = [r.source for r in lint_repairs(source=text, finding=finding, lint=lint)]
    assert text.replace("name is 'x'", "name == 'x'") in sources


def test_it_keeps_only_edits_after_which_the_linter_reports_nothing_new(tmp_path):
    text = "def check(value):\n    assert (value, 'a value is expected')\n    return value\n"
    lint = _lint(tmp_path)
    finding = _finding(lint, text, "F631")
    before = lint(text)
    for repair in lint_repairs(source=text, finding=finding, lint=lint):
        after = lint(repair.source)
        assert not [f for f in after if f.code == "F631"]
        assert {(f.code, f.message) for f in after} <= {(f.code, f.message) for f in before}
        compile(repair.source, "mod.py", "exec")


def test_it_rejects_an_edit_that_brings_a_new_finding():
    # A fake linter: the finding goes with any change of line 2, but every edit save dropping the
    # brackets brings a finding of another rule, so only that edit may remain.
    text = "x = 1\nassert (x, 'm')\n"
    good = "x = 1\nassert x, 'm'\n"
    finding = LintFinding("F631", "assert on a tuple", "m.py", 2, 1, 2, 16)

    def lint(source: str) -> list[LintFinding]:
        if source == text:
            return [finding]
        if source == good:
            return []
        return [LintFinding("E999", "something new", "m.py", 2, 1, 2, 2)]

    repairs = lint_repairs(source=text, finding=finding, lint=lint)
    assert [r.source for r in repairs] == [good]


def test_it_never_adds_a_comment_nor_empties_the_line():
    text = "import os\nprint(os.sep)\nvalue = 1\n"
    finding = LintFinding("T201", "print found", "m.py", 2, 1, 2, 6)

    def lint(source: str) -> list[LintFinding]:
        # Only an emptied or commented line would silence this fake finding.
        line = source.splitlines()[1]
        return [] if not line.strip() or "#" in line else [finding]

    assert lint_repairs(source=text, finding=finding, lint=lint) == []


def test_it_offers_nothing_when_the_linter_does_not_see_the_finding():
    finding = LintFinding("F631", "assert on a tuple", "m.py", 1, 1, 1, 10)
    assert lint_repairs(source="assert x\n", finding=finding, lint=lambda source: []) == []


def test_it_applies_the_projects_own_configuration(project):
    # The project's ruff settings leave F631 out: the search has no finding to check against.
    text = "def check(value):\n    assert (value, 'a value is expected')\n"
    ws = project({"pkg/mod.py": text, "pyproject.toml": '[tool.ruff.lint]\nselect = ["E7"]\n'})
    lint = ruff_lint(root=str(ws.root), file="pkg/mod.py", args=())
    finding = LintFinding("F631", "assert on a tuple", "pkg/mod.py", 2, 5, 2, 40)
    assert lint_repairs(source=text, finding=finding, lint=lint) == []


def test_it_is_a_registered_fallback_fixer_giving_linting_candidates(project):
    text = "def check(value):\n    assert (value, 'a value is expected')\n    return value\n"
    ws = project({"pkg/mod.py": text})
    lint = ruff_lint(root=str(ws.root), file="pkg/mod.py", args=ARGS)
    finding = _finding(lint, text, "F631")
    finding = dataclasses.replace(finding, file="pkg/mod.py")
    failure = Failure(
        bug_type=BugType.LINTING,
        file="pkg/mod.py",
        line=finding.line,
        message=finding.message,
        source="ruff",
        code="F631",
        extra={"finding": finding},
    )
    ctx = RepairContext(workspace=ws, report=CheckReport(), lint_args=ARGS)
    fixer = next(f for f in FIXERS if isinstance(f, LintSearchFixer))
    assert fixer.fallback
    candidates = fixer.candidates(failure, ctx)
    assert candidates[0].new_source == text.replace(
        "assert (value, 'a value is expected')", "assert value, 'a value is expected'"
    )
    assert candidates[0].bug_type is BugType.LINTING and candidates[0].line == 2


def test_it_never_changes_what_the_line_computes():
    # A fake linter silenced by any edit of line 2: the search must still keep the operators,
    # the comparisons and the calls (`%` into `+`, a new `and`, a call dropped are no lint fix).
    text = "def show(a, b):\n    return 'a=%s b=%s' % (a, b) if a is not None else str(b)\n"
    finding = LintFinding("E999", "a made-up finding", "m.py", 2, 5, 2, 60)

    def lint(source: str) -> list[LintFinding]:
        return [finding] if source == text else []

    repairs = lint_repairs(source=text, finding=finding, lint=lint)
    assert repairs, "renaming or dropping brackets is still allowed"
    for repair in repairs:
        line = repair.source.splitlines()[1]
        assert "%" in line and " if " in line and "str(" in line, repair.description
        assert " and " not in line and " or " not in line and "+" not in line, repair.description


def test_it_leaves_format_string_findings_to_the_format_families():
    # `% (a,)` -> `% (a)` hides the operands from pyflakes without fixing the format.
    text = "def show(a):\n    return '%s and %s' % (a,)\n"
    finding = LintFinding("F507", "2 placeholder(s) but 1 substitution(s)", "m.py", 2, 12, 2, 30)

    def lint(source: str) -> list[LintFinding]:
        return [finding] if "(a,)" in source else []

    assert lint_repairs(source=text, finding=finding, lint=lint) == []


def test_it_drops_no_statement_no_message_and_brings_in_no_other_name():
    # A fake linter silenced by any edit of line 3: deleting `raise`, the message or a name, or
    # putting another name of the window in place of one, would all silence it.
    text = "def f(stream, value):\n    print(value)\n    raise ValueError('no value', stream)\n"
    finding = LintFinding("E999", "a made-up finding", "m.py", 3, 5, 3, 40)

    def lint(source: str) -> list[LintFinding]:
        return [finding] if source == text else []

    for repair in lint_repairs(source=text, finding=finding, lint=lint):
        line = repair.source.splitlines()[2]
        assert line.lstrip().startswith("raise ValueError"), repair.description
        assert "'no value'" in line and "stream" in line, repair.description
        assert "print" not in line and "value," not in line.replace("'no value'", ""), repair.description


def test_it_may_put_a_builtin_exception_class_in_place_of_a_name():
    text = "class A:\n    def f(self):\n        raise NotImplemented\n\n    def g(self):\n        raise NotImplementedError\n"
    finding = LintFinding(
        "F901", "`raise NotImplemented` should be `raise NotImplementedError`", "m.py", 3, 15, 3, 29
    )

    def lint(source: str) -> list[LintFinding]:
        return [finding] if "raise NotImplemented" in source.replace("NotImplementedError", "") else []

    sources = [r.source for r in lint_repairs(source=text, finding=finding, lint=lint)]
    assert sources == [text.replace("raise NotImplemented\n", "raise NotImplementedError\n", 1)]


def test_it_trades_is_for_equality_but_never_for_membership():
    text = "def kind(name):\n    return name is 'x'\n"
    finding = LintFinding("F632", "use ==/!= to compare constant literals", "m.py", 2, 12, 2, 23)

    def lint(source: str) -> list[LintFinding]:
        return [finding] if " is 'x'" in source else []

    sources = [r.source for r in lint_repairs(source=text, finding=finding, lint=lint)]
    assert sources == [text.replace(" is 'x'", " == 'x'")]


def test_it_never_puts_an_exception_class_in_place_of_a_builtin_function():
    # AttributeError is a name of the window, and a builtin exception class.
    text = "import sys\ntry:\n    print >> sys.stderr, 'x'\nexcept AttributeError:\n    pass\n"
    finding = LintFinding("F633", "use of >> is invalid with print function", "m.py", 3, 5, 3, 10)

    def lint(source: str) -> list[LintFinding]:
        return [finding] if "print >>" in source else []

    assert lint_repairs(source=text, finding=finding, lint=lint, max_lints=400) == []


def test_it_drops_a_repeated_import_of_a_name_another_import_binds(tmp_path):
    text = (
        "from unittest import TextTestResult, TextTestRunner\n"
        "from unittest.runner import TextTestResult, _WritelnDecorator\n\n"
        "RUNNERS = (TextTestResult, TextTestRunner, _WritelnDecorator)\n"
    )
    lint = _lint(tmp_path)
    finding = _finding(lint, text, "F811")
    sources = [r.source for r in lint_repairs(source=text, finding=finding, lint=lint)]
    assert sources[0] == text.replace("import TextTestResult, _WritelnDecorator", "import _WritelnDecorator")


def test_it_never_drops_an_argument_even_one_an_import_binds():
    text = "import os\nimport sys\n\nprint(os, sys)\n"
    finding = LintFinding("E999", "a made-up finding", "m.py", 4, 1, 4, 15)

    def lint(source: str) -> list[LintFinding]:
        return [finding] if source == text else []

    for repair in lint_repairs(source=text, finding=finding, lint=lint):
        line = repair.source.splitlines()[3]
        assert "os" in line and "sys" in line, repair.description


def test_it_never_swaps_a_bracket_past_a_token():
    text = "def check(writer):\n    assert (hasattr(writer, 'write'), 'a writer is expected')\n"
    finding = LintFinding("F631", "assert test is a non-empty tuple", "m.py", 2, 5, 2, 60)

    def lint(source: str) -> list[LintFinding]:
        return [finding] if "assert (" in source else []

    descriptions = [r.description for r in lint_repairs(source=text, finding=finding, lint=lint)]
    assert descriptions[0] == "drop the brackets `()` on line 2"
    assert not [d for d in descriptions if d.startswith("swap")]
