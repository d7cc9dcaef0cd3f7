"""A candidate under which a test passes only because its edited line now raises into a handler
(trial.Trier._diverted, validation.raises_newly) is no fix."""

from __future__ import annotations

from healer.engine.checks import PytestRun, TestResult
from healer.engine.repair import Engine, EngineConfig
from healer.engine.types import BugType, FixStatus
from healer.engine.validation import DIVERTS, Edit, raises_newly, replaced_lines, written_lines

from .conftest import PYPROJECT_SRC
from .test_engine_validation import Offers

# The size is read with a broad fallback for a missing or malformed field; the bug is the `+ 1`.
SOURCE = (
    "def read_size(fields):\n"
    "    try:\n"
    '        return int(fields["size"]) + 1\n'
    "    except Exception:\n"
    "        return 19\n"
)
# The default comes first: the original line raises KeyError in this test too, before it fails.
TESTS = (
    "from board import read_size\n\n\n"
    "def test_read_size():\n"
    "    assert read_size({}) == 19\n"
    '    assert read_size({"size": "19"}) == 19\n'
)


def _repair(project, local_sandbox, edits, *, source=SOURCE, tests=TESTS):
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/board.py": source, "tests/test_board.py": tests})
    lines: list[str] = []
    engine = Engine(
        workspace=ws,
        sandbox=local_sandbox,
        config=EngineConfig(test_timeout=20),
        log=lines.append,
        fixers=[Offers(BugType.LOGIC, "src/board.py", edits)],
    )
    report = engine.check()
    assert report.failed == 1
    return [(o.description, o.status) for o in engine.repair(report)], lines, engine


def test_it_rejects_an_edit_whose_line_now_raises_into_the_fallback_and_keeps_the_real_fix(
    project, local_sandbox
):
    outcomes, lines, engine = _repair(
        project,
        local_sandbox,
        [
            # Converts the mapping, not its field: TypeError, caught, the default 19 "passes".
            ('int(fields["size"])', "int(fields)", "diverts"),
            (") + 1", ")", "drops the + 1"),
        ],
    )
    assert outcomes == [("drops the + 1", FixStatus.FIXED)], lines
    rejection = next(line for line in lines if "'diverts'" in line)
    assert DIVERTS in rejection and "TypeError" in rejection
    assert engine.stats.diverted_checks >= 1


def test_it_accepts_a_fix_whose_line_raises_into_the_handler_as_the_original_did(project, local_sandbox):
    outcomes, lines, engine = _repair(project, local_sandbox, [(") + 1", ")", "drops the + 1")])
    assert outcomes == [("drops the + 1", FixStatus.FIXED)], lines
    assert engine.stats.diverted_checks == 1  # it raised in the passing test: compared, and kept


# The bug accepts a fractional size: the test expects it to raise, through pytest.raises; the fix's
# own line raises it (int() of "1.5"), where the original line raised nothing.
UNCHECKED = 'def read_size(fields):\n    size = int(float(fields["size"]))\n    return size\n'
STRICT = ('int(float(fields["size"]))', 'int(fields["size"])', "read the size strictly")
EXPECTS = (
    "import pytest\n\nfrom board import read_size\n\n\n"
    "def test_read_size():\n"
    '    assert read_size({"size": "19"}) == 19\n'
    "    with pytest.raises(ValueError):\n"
    '        read_size({"size": "1.5"})\n'
    '    pytest.raises(ValueError, read_size, {"size": "2.5"})\n'
)


def test_it_accepts_a_fix_whose_line_raises_what_the_test_expects_through_pytest_raises(
    project, local_sandbox
):
    outcomes, lines, _ = _repair(project, local_sandbox, [STRICT], source=UNCHECKED, tests=EXPECTS)
    assert outcomes == [("read the size strictly", FixStatus.FIXED)], lines


def test_it_accepts_a_fix_whose_line_raises_what_a_test_s_own_handler_catches(project, local_sandbox):
    tests = (
        "from board import read_size\n\n\n"
        "def test_read_size():\n"
        '    assert read_size({"size": "19"}) == 19\n'
        "    try:\n"
        '        read_size({"size": "1.5"})\n'
        "    except ValueError:\n"
        "        return\n"
        "    raise AssertionError('no error')\n"
    )
    outcomes, lines, _ = _repair(project, local_sandbox, [STRICT], source=UNCHECKED, tests=tests)
    assert outcomes == [("read the size strictly", FixStatus.FIXED)], lines


def test_it_accepts_an_eafp_fix_whose_line_raised_uncaught_before_and_now_into_its_handler(
    project, local_sandbox
):
    # The original line's KeyError failed the test (pytest's runner caught it): it was raised there.
    source = 'def read_size(fields):\n    return fields["size"]\n'
    tests = "from board import read_size\n\n\ndef test_read_size():\n    assert read_size({}) == 19\n"
    eafp = '    try:\n        return fields["size"]\n    except KeyError:\n        return 19\n'
    outcomes, lines, _ = _repair(
        project,
        local_sandbox,
        [('    return fields["size"]\n', eafp, "default the size")],
        source=source,
        tests=tests,
    )
    assert outcomes == [("default the size", FixStatus.FIXED)], lines


def test_it_accepts_a_fix_that_raises_on_purpose_into_the_caller_s_handler(project, local_sandbox):
    # The caller turns a malformed size into None by design; the bug is a missing check.
    source = (
        "def parse_size(text):\n    size = int(text)\n    return size\n\n\n"
        "def read_size(text):\n    try:\n        return parse_size(text)\n    except ValueError:\n        return None\n"
    )
    tests = (
        "from board import read_size\n\n\n"
        "def test_read_size():\n    assert read_size('9') == 9\n    assert read_size('-1') is None\n"
    )
    check = "    if size < 0:\n        raise ValueError(text)\n    return size\n"
    outcomes, lines, _ = _repair(
        project, local_sandbox, [("    return size\n", check, "check the size")], source=source, tests=tests
    )
    assert outcomes == [("check the size", FixStatus.FIXED)], lines


def _run(**raised: tuple[str, str]) -> PytestRun:
    tests = {}
    for nodeid, (outcome, name) in raised.items():
        # A failed test failed with what its watched line raised (uncaught), or with an assertion.
        uncaught = {"type": name, "frames": [["a.py", 3, "f"]]} if outcome == "failed" and name else None
        tests[nodeid] = TestResult(
            nodeid, outcome, exception=uncaught, raised=(("a.py", 3, name),) if name else ()
        )
    return PytestRun(tests=tests)


def test_it_names_tests_whose_watched_lines_raise_into_a_handler_a_type_the_original_did_not():
    after = _run(t1=("passed", "ValueError"), t2=("passed", "KeyError"), t3=("failed", "IndexError"))
    before = _run(t1=("failed", ""), t2=("passed", "KeyError"), t3=("failed", ""))
    # t3 failed with the IndexError its line raised: uncaught, judged as its failure elsewhere.
    assert raises_newly(before=before, after=after) == [("t1", "ValueError")]
    # Caught, in a test that then fails further on (an assertion): it counts.
    caught = PytestRun(
        tests={
            "t3": TestResult(
                "t3", "failed", exception={"type": "AssertionError"}, raised=(("a.py", 3, "IndexError"),)
            )
        }
    )
    assert raises_newly(before=before, after=caught) == [("t3", "IndexError")]
    # No answer from the original's run: nothing is held against the edit.
    assert raises_newly(before=PytestRun(error="boom"), after=after) == []


def test_it_numbers_the_watched_lines_as_python_does_past_a_page_break():
    # str.splitlines breaks at \x0c (^L) and \u2028 too; Python's line numbers (the watcher's) do not.
    old = 'import os\n\x0c\nSEP = "\u2028"\n\n\ndef f(x):\n    return int(x[1])\n'
    edit = Edit("a.py", old, old.replace("x[1]", "x[0]"))
    assert written_lines(edit) == replaced_lines(edit) == {7}
