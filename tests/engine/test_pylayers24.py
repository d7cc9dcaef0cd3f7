"""Round 50, pylayers24: compile repairs of a module with a second error further down, where the
first error's statement continues in a later clause (a `try:` body dedented above its `except`)."""

from __future__ import annotations

from pathlib import Path

from healer.engine.fixers.compiled import clause_span, error_uncovered
from healer.engine.fixers.indentation import IndentationFixer
from healer.engine.localise import compile_error
from healer.engine.workspace import Workspace

from .fixer_helpers import compile_failure, context

GUARDED = (
    '"""Doc."""\n'
    "import os\n"
    "\n"
    "try:\n"
    "from fastjson import loads\n"
    "except ImportError:\n"
    "    from json import loads\n"
    "\n"
    "\n" + "".join(f"def f{n}(x):\n    return x + {n}\n\n\n" for n in range(10)) + "def g(a, b):\n"
    "    return a is in b\n"
)
INDENTED = GUARDED.replace("\nfrom fastjson", "\n    from fastjson")


def test_a_later_error_past_a_dedented_try_body_is_the_files_next_error():
    after = compile_error(INDENTED)
    assert after is not None and after.line > 40  # `is in`, far below
    assert error_uncovered(GUARDED, INDENTED)


def test_a_moved_error_the_edit_made_past_the_try_is_still_not_progress():
    broken = INDENTED.replace("    return x + 3\n", "    return (x + 3\n")
    assert not error_uncovered(GUARDED, broken)


def test_clause_span_runs_on_over_the_clauses_after_the_error_lines_statement():
    lines = GUARDED.splitlines(keepends=True)
    assert clause_span(lines, 5, "expected an indented block after 'try' statement on line 4") == (4, 9)


def test_the_indentation_fixer_offers_the_try_body_when_the_module_has_a_second_error(tmp_path: Path):
    path = tmp_path / "pkg" / "m.py"
    path.parent.mkdir(parents=True)
    path.write_text(GUARDED)
    ws = Workspace(tmp_path)
    failure = compile_failure(ws, "pkg/m.py")
    found = sorted(IndentationFixer().candidates(failure, context(ws)), key=lambda c: c.priority)
    assert found and found[0].new_source == INDENTED
