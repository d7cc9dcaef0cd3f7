"""Selecting the tests that cover an edit (regression test selection by coverage)."""

from __future__ import annotations

from healer.engine.checks import PytestRun, TestResult
from healer.engine.selection import changed_lines, covering_tests

OLD = "import os\n\n\ndef f(x):\n    return x + 1\n\n\ndef g(x):\n    return x * 2\n"


def _run(coverage=True, **tests):
    return PytestRun(
        tests={name: TestResult(name, "passed", covered=covered) for name, covered in tests.items()},
        coverage=coverage,
    )


def test_changed_lines_are_numbered_in_the_old_text():
    assert changed_lines(OLD, OLD.replace("x + 1", "x - 1")) == {5}
    assert changed_lines(OLD, OLD.replace("import os\n", "")) == {1}
    inserted = OLD.replace("def g(x):\n", "def g(x):\n    x = abs(x)\n")
    assert changed_lines(OLD, inserted) == {8, 9}


def test_it_selects_the_tests_that_ran_the_edited_lines():
    run = _run(t_f={"src/m.py": [5]}, t_g={"src/m.py": [9]}, t_other={"src/n.py": [1]})
    assert covering_tests(run, file="src/m.py", lines={5}) == {"t_f"}


def test_lines_no_test_runs_select_every_user_of_the_file():
    # Line 1 (an import) runs at import time, never inside a test.
    run = _run(t_f={"src/m.py": [5]}, t_g={"src/m.py": [9]}, t_other={"src/n.py": [1]})
    assert covering_tests(run, file="src/m.py", lines={1}) == {"t_f", "t_g"}
    assert covering_tests(run, file="src/m.py", lines={1, 5}) == {"t_f", "t_g"}


def test_without_coverage_there_is_no_selection():
    assert covering_tests(_run(coverage=False, t={"src/m.py": [5]}), file="src/m.py", lines={5}) is None
