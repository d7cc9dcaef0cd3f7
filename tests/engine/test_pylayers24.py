"""Round 50, pylayers24: compile repairs of a module with a second error further down, where the
first error's statement continues in a later clause (a `try:` body dedented above its `except`)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from healer.engine.fixers.compiled import clause_span, error_uncovered
from healer.engine.fixers.indentation import IndentationFixer
from healer.engine.localise import compile_error
from healer.engine.types import BugType, Failure
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


# -- an error that stopped pytest while it loaded a conftest gets a turn after a parse error ---------


def _engine_state(tmp_path: Path, failures):
    from healer.engine.analysis import Analysis
    from healer.engine.checks import LintRun, PytestRun
    from healer.engine.repair import Engine
    from healer.engine.types import CheckReport

    state = Analysis(
        tests=PytestRun(), lint=LintRun(), failures=failures, report=CheckReport(failures=failures)
    )
    engine = Engine(workspace=Workspace(tmp_path), sandbox=None, fixers=[])
    return engine, state


def _given_up(engine, failure):
    engine._attempts[engine._signature(failure)] = (1, engine.stats.fixes_accepted)


PARSE = Failure(
    bug_type=BugType.SYNTAX, file="pkg/lines.py", line=9, message="invalid syntax", source="compile"
)


def test_a_conftest_load_error_goes_before_an_unreached_parse_error_and_after_one_given_up(tmp_path: Path):
    # The run stopped while loading the conftest (no test id): the parse error's module was never
    # reached, and its candidates could not be judged; the load error is the one to try next.
    loading = Failure(
        bug_type=BugType.IMPORT,
        file="pkg/parser.py",
        line=8,
        message="ModuleNotFoundError: No module named 'pkg.handlers.files'",
        source="pytest",
    )
    engine, state = _engine_state(tmp_path, [PARSE, loading])
    assert engine._next_failure(state) is loading  # first: no run reaches the parse error's module
    _given_up(engine, loading)
    assert engine._next_failure(state) is PARSE
    engine, state = _engine_state(tmp_path, [PARSE, loading])
    _given_up(engine, PARSE)
    assert engine._next_failure(state) is loading  # and its turn after the parse error's
    # A parse error a test met (the run reached its module) keeps its place before it.
    reached = replace(PARSE, test_ids=("tests/test_lines.py",))
    engine, state = _engine_state(tmp_path, [reached, loading])
    assert engine._next_failure(state) is reached


def test_a_failure_hidden_behind_the_given_up_parse_error_still_waits(tmp_path: Path):
    behind = Failure(
        bug_type=BugType.LOGIC,
        file="pkg/parser.py",
        line=20,
        message="AssertionError",
        source="pytest",
        test_ids=("tests/test_lines.py::test_it",),
    )
    parse = replace(PARSE, test_ids=("tests/test_lines.py::test_it",))
    engine, state = _engine_state(tmp_path, [parse, behind])
    _given_up(engine, parse)
    assert engine._next_failure(state) is None
