"""Joined statements (E701-E704) put on lines of their own (linting_statements), checked by ruff."""

from __future__ import annotations

from healer.engine.checks import LintFinding
from healer.engine.fixers.linting import RuffFixer
from healer.engine.fixers.linting_statements import statement_split_repairs
from healer.engine.types import BugType, Failure

from .fixer_helpers import context


def _failure(line: int, code: str) -> Failure:
    finding = LintFinding(
        code=code, message="m", file="m.py", line=line, column=1, end_line=line, end_column=2
    )
    return Failure(
        bug_type=BugType.LINTING,
        file="m.py",
        line=line,
        message=f"{code} m",
        source="lint",
        code=code,
        extra={"finding": finding},
    )


def test_it_puts_each_semicolon_joined_statement_on_a_line_at_the_same_indentation():
    source = "def f(loader):\n    queue = loader.queue; loader.queue = []\n    return queue\n"
    [(new, _)] = statement_split_repairs(source, 2)
    assert new == "def f(loader):\n    queue = loader.queue\n    loader.queue = []\n    return queue\n"


def test_it_drops_a_trailing_semicolon_and_keeps_semicolons_inside_strings_and_brackets():
    source = "x = ';'.join(['a;b']);\n"
    [(new, _)] = statement_split_repairs(source, 1)
    assert new == "x = ';'.join(['a;b'])\n"


def test_it_moves_a_headers_inline_body_to_the_next_line_one_level_deeper():
    source = "def f(x):\n    if x: return 1; y = 2\n    return 0\n"
    [(new, _)] = statement_split_repairs(source, 2)
    assert new == "def f(x):\n    if x:\n        return 1\n        y = 2\n    return 0\n"
    assert statement_split_repairs("f = lambda x: x\n", 1) == []
    assert statement_split_repairs("d = {'a': 1}\n", 1) == []


def test_it_offers_the_split_as_a_lint_candidate_the_projects_ruff_accepts(project):
    ws = project({"m.py": "def f(a):\n    b = a; c = b\n    return c\n"})
    candidates = RuffFixer().candidates(_failure(2, "E702"), context(ws))
    assert [c.new_source for c in candidates] == ["def f(a):\n    b = a\n    c = b\n    return c\n"]
