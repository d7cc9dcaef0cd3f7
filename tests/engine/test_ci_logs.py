"""Failures read from remote CI logs: pytest and ruff output as printed on a GitHub Actions runner."""

from __future__ import annotations

from healer.engine.ci_logs import failures_from_logs, log_clean
from healer.engine.types import BugType

SOURCES = ["src/calc.py", "src/broken.py", "src/ind.py", "src/pkg/util.py"]
TESTS = ["tests/test_calc.py", "tests/test_broken.py"]
ROOT = "/home/runner/work/octo-repo/octo-repo"


def actions_log(text: str) -> str:
    """As GitHub Actions serves it: a timestamp before every line, colours, group markers."""
    lines = [
        "##[group]Run pytest",
        *text.splitlines(),
        "##[endgroup]",
        "##[error]Process completed with exit code 1.",
    ]
    return "\n".join(f"2024-05-01T10:00:{i % 60:02d}.1234567Z {line}" for i, line in enumerate(lines))


def parse(*texts: str):
    return failures_from_logs(texts, source_files=SOURCES, test_files=TESTS, origin={"sha": "abc"})


PYTEST_LONG = f"""\
============================= test session starts ==============================
collected 2 items

tests/test_calc.py F.                                                    [100%]

=================================== FAILURES ===================================
___________________________________ test_bad ___________________________________

    def test_bad():
>       assert bad(1)
               ^^^^^^

tests/test_calc.py:11: \n_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ \n
a = 1

    def bad(a):
>       return a + "x"
               ^^^^^^^
E       TypeError: unsupported operand type(s) for +: 'int' and 'str'

{ROOT}/src/calc.py:9: TypeError
___________________________________ test_add ___________________________________

    def test_add():
>       assert add(2, 2) == 5
E       assert 4 == 5

tests/test_calc.py:7: AssertionError
=========================== short test summary info ============================
FAILED tests/test_calc.py::test_bad - TypeError: unsupported operand type(s)...
FAILED tests/test_calc.py::test_add - assert 4 == 5
========================= 2 failed, 0 passed in 0.10s ==========================
"""

PYTEST_SHORT = """\
=================================== FAILURES ===================================
________________________________ TestMath.test_div ________________________________
tests/test_calc.py:20: in test_div
    assert div(1, 0) == 0
src/pkg/util.py:4: in div
    return helper(a) / b
E   NameError: name 'helper' is not defined
=========================== short test summary info ============================
FAILED tests/test_calc.py::TestMath::test_div - NameError: name 'helper' is not defined
"""

COLLECTION_ERROR = f"""\
==================================== ERRORS ====================================
____________________ ERROR collecting tests/test_broken.py ____________________
tests/test_broken.py:3: in <module>
    import ind
E     File "{ROOT}/src/ind.py", line 3
E       return x
E   IndentationError: unexpected indent
=========================== short test summary info ============================
ERROR tests/test_broken.py
!!!!!!!!!!!!!!!!!!!! Interrupted: 1 error during collection !!!!!!!!!!!!!!!!!!!!
"""

RUFF_FULL = """\
F401 [*] `os` imported but unused
 --> src/calc.py:1:8
  |
1 | import os
  |        ^^
help: Remove unused import: `os`

F401 [*] `sys` imported but unused
 --> tests/test_calc.py:1:8
  |
Found 2 errors.
"""

RUFF_CONCISE = """\
src/calc.py:1:8: F401 [*] `os` imported but unused
src/broken.py:1:7: invalid-syntax: Expected a parameter or the end of the parameter list
src/pkg/util.py:4:12: F821 Undefined name `helper`
/usr/lib/python3/dist-packages/x.py:1:1: F401 `y` imported but unused
Found 4 errors.
"""

RUFF_GITHUB = (
    f"::error title=ruff (F841),file={ROOT}/src/calc.py,line=12,col=5,endLine=12,endColumn=6::"
    "src/calc.py:12:5: F841 Local variable `x` is assigned to but never used%0A  help: Remove assignment\n"
)


def test_it_strips_timestamps_colours_and_group_markers():
    lines = log_clean(actions_log("\x1b[31mFAILED\x1b[0m tests/test_calc.py::test_add"))
    assert lines[0] == "FAILED tests/test_calc.py::test_add"
    assert not any(line.startswith("##[group]") for line in lines)


def test_it_locates_a_type_error_at_the_deepest_repository_frame_of_a_long_traceback():
    result = parse(actions_log(PYTEST_LONG))

    [failure] = result.failures
    assert (failure.bug_type, failure.file, failure.line) == (BugType.TYPE_ERROR, "src/calc.py", 9)
    assert failure.message == "TypeError: unsupported operand type(s) for +: 'int' and 'str'"
    assert failure.source == "pytest" and failure.code == "TypeError"
    assert failure.test_ids == ("tests/test_calc.py::test_bad",)
    assert failure.extra["exception"]["message"].startswith("unsupported operand")
    assert failure.extra["remote_ci"] == {"sha": "abc"}
    # The assertion in a test has no line of non-test code to point at: counted, not guessed.
    assert result.unlocated == 1


def test_it_reads_short_tracebacks_and_classifies_a_name_error_as_import():
    [failure] = parse(PYTEST_SHORT).failures
    assert (failure.bug_type, failure.file, failure.line) == (BugType.IMPORT, "src/pkg/util.py", 4)
    assert failure.extra["name"] == "helper"
    assert failure.test_ids == ("tests/test_calc.py::TestMath::test_div",)


def test_it_locates_a_compile_error_reported_while_collecting_tests():
    [failure] = parse(COLLECTION_ERROR).failures
    assert (failure.bug_type, failure.file, failure.line) == (BugType.INDENTATION, "src/ind.py", 3)
    assert failure.source == "compile" and failure.message == "unexpected indent"
    assert failure.test_ids == ("tests/test_broken.py",)


def test_it_reads_ruff_in_full_concise_and_github_formats_and_never_points_at_tests():
    failures = parse(actions_log(RUFF_FULL), RUFF_CONCISE, RUFF_GITHUB).failures
    found = {(f.bug_type, f.file, f.line, f.code) for f in failures}
    assert found == {
        (BugType.LINTING, "src/calc.py", 1, "F401"),  # twice in the logs: once here
        (BugType.SYNTAX, "src/broken.py", 1, "SyntaxError"),
        (BugType.IMPORT, "src/pkg/util.py", 4, "F821"),
        (BugType.LINTING, "src/calc.py", 12, "F841"),
    }
    unused = next(f for f in failures if f.code == "F841")
    assert unused.message == "F841 local variable x is assigned to but never used"
    assert unused.extra["name"] == "x"
    assert unused.extra["lint"][0]["message"] == "Local variable `x` is assigned to but never used"


def test_it_finds_nothing_in_a_log_without_failures():
    result = parse(actions_log("collected 3 items\n\ntests/test_calc.py ...   [100%]\n3 passed in 0.01s"))
    assert result.failures == [] and result.unlocated == 0


def test_it_keeps_a_remote_logic_failure_from_handing_test_ids_to_the_engine():
    log = """\
_________________________________ test_ratio _________________________________
tests/test_calc.py:30: in test_ratio
    ratio(1, 2)
src/calc.py:15: in ratio
    raise ValueError("bad ratio")
E   ValueError: bad ratio
FAILED tests/test_calc.py::test_ratio - ValueError: bad ratio
"""
    [failure] = parse(log).failures
    assert (failure.bug_type, failure.file, failure.line) == (BugType.LOGIC, "src/calc.py", 15)
    # Without a sandbox reproduction, test ids would let any harmless mutation pass validation.
    assert failure.test_ids == ()
    assert failure.extra["remote_test_ids"] == ("tests/test_calc.py::test_ratio",)
