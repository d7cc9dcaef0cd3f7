"""The pytest plugin that runs inside the sandbox (exercised here through the local stand-in)."""

from __future__ import annotations

from healer.engine.checks import Runner
from healer.engine.discovery import discover

from .conftest import PYPROJECT_SRC


def _run(project, local_sandbox, files, test_timeout=5, **kwargs):
    ws = project({"pyproject.toml": PYPROJECT_SRC, **files})
    local_sandbox.upload(ws)
    runner = Runner(sandbox=local_sandbox, plan=discover(ws), test_timeout=test_timeout, command_timeout=120)
    return runner.run_tests(**kwargs)


def test_it_reports_outcomes_exceptions_and_frames(project, local_sandbox):
    run = _run(
        project,
        local_sandbox,
        {
            "src/calc.py": "def half(x):\n    return x / 2\n\n\ndef join(a, b):\n    return a + b\n",
            "tests/test_calc.py": (
                "from calc import half, join\n\n"
                "def test_half():\n    assert half(4) == 2\n\n"
                "def test_join():\n    assert join('a', 1) == 'a1'\n\n"
                "def test_wrong():\n    assert half(2) == 3\n"
            ),
        },
        coverage=True,
    )
    assert run.error == ""
    assert run.passed_ids == {"tests/test_calc.py::test_half"}
    join = run.tests["tests/test_calc.py::test_join"]
    assert join.outcome == "failed"
    assert join.exception["type"] == "TypeError"
    # Raw frames inside the repository, innermost last, pytest's own frames left out.
    assert join.exception["frames"][-1] == ("src/calc.py", 6, "join")
    assert join.exception["frames"][-2][0] == "tests/test_calc.py"
    wrong = run.tests["tests/test_calc.py::test_wrong"]
    assert wrong.exception["type"] == "AssertionError"
    assert wrong.covered["src/calc.py"] == [2]
    assert run.tests["tests/test_calc.py::test_half"].covered["src/calc.py"] == [2]


def test_it_reports_the_syntax_error_behind_a_collection_error(project, local_sandbox):
    run = _run(
        project,
        local_sandbox,
        {
            "src/bad.py": "def f(:\n    pass\n",
            "src/good.py": "def g():\n    return 1\n",
            "tests/test_bad.py": "import bad\n\ndef test_f():\n    pass\n",
            "tests/test_good.py": "from good import g\n\ndef test_g():\n    assert g() == 1\n",
        },
    )
    assert run.passed_ids == {"tests/test_good.py::test_g"}  # other modules still run
    (error,) = run.collect_errors
    assert error.nodeid == "tests/test_bad.py"
    assert error.exception["type"] == "SyntaxError"
    assert error.exception["syntax"]["filename"] == "src/bad.py"
    assert error.exception["syntax"]["lineno"] == 1


def test_it_names_the_test_modules_that_collected_even_without_tests(project, local_sandbox):
    run = _run(
        project,
        local_sandbox,
        {
            "src/good.py": "def g():\n    return 1\n",
            "tests/test_script.py": "import good\n\n\ndef main():\n    print(good.g())\n",
            "tests/test_good.py": "from good import g\n\ndef test_g():\n    assert g() == 1\n",
            "tests/test_bad.py": "import missing_module\n",
        },
    )
    assert run.modules == {"tests/test_script.py", "tests/test_good.py"}
    assert [e.nodeid for e in run.collect_errors] == ["tests/test_bad.py"]


def test_it_stops_a_looping_test_with_the_per_test_timeout(project, local_sandbox):
    run = _run(
        project,
        local_sandbox,
        {
            "src/loop.py": "def spin():\n    while True:\n        pass\n",
            "tests/test_loop.py": "from loop import spin\n\ndef test_spin():\n    spin()\n",
        },
        test_timeout=1,
    )
    test = run.tests["tests/test_loop.py::test_spin"]
    assert test.outcome == "failed"
    assert "Timeout" in test.exception["message"]


def test_once_a_test_timed_out_the_next_ones_stuck_in_the_loop_get_a_limit_from_the_passing_ones(
    project, local_sandbox
):
    ws = project(
        {
            "pyproject.toml": PYPROJECT_SRC,
            "src/loop.py": "def spin(n):\n    while n:\n        pass\n    return n\n",
            "tests/test_loop.py": (
                "from loop import spin\n\n"
                "def test_a_fast():\n    assert spin(0) == 0\n\n"
                "def test_b_spin():\n    spin(1)\n\n"
                "def test_c_spin():\n    spin(2)\n\n"
                "def test_d_spin():\n    spin(3)\n"
            ),
        }
    )
    local_sandbox.upload(ws)
    runner = Runner(
        sandbox=local_sandbox, plan=discover(ws), test_timeout=6, command_timeout=120, after_timeout=(1, 10)
    )
    run = runner.run_tests()
    assert run.passed_ids == {"tests/test_loop.py::test_a_fast"}
    first, *later = (run.tests[f"tests/test_loop.py::test_{name}_spin"] for name in "bcd")
    assert all(t.outcome == "failed" and "Timeout" in t.exception["message"] for t in (first, *later))
    assert first.duration >= 5.5  # the configured limit, until a test timed out
    assert all(t.duration < 4 for t in later)  # then max(1 s, 10 x the fast test's time)


def test_it_lowers_the_after_timeout_floor_once_three_tests_of_a_run_were_stopped(project, local_sandbox):
    # Sixty tests stuck in one loop at the 10 s floor outlast the sandbox's command limit, and a
    # killed run reports nothing: from the third stopped test on, the floor is a fifth of itself.
    spins = "".join(f"def test_{name}_spin():\n    spin(1)\n\n" for name in "bcdef")
    ws = project(
        {
            "pyproject.toml": PYPROJECT_SRC,
            "src/loop.py": "def spin(n):\n    while n:\n        pass\n    return n\n",
            "tests/test_loop.py": f"from loop import spin\n\ndef test_a_fast():\n    assert spin(0) == 0\n\n{spins}",
        }
    )
    local_sandbox.upload(ws)
    runner = Runner(
        sandbox=local_sandbox, plan=discover(ws), test_timeout=6, command_timeout=120, after_timeout=(3, 10)
    )
    run = runner.run_tests()
    b, c, d, e, f = (run.tests[f"tests/test_loop.py::test_{name}_spin"] for name in "bcdef")
    assert all(t.outcome == "failed" and "Timeout" in t.exception["message"] for t in (b, c, d, e, f))
    assert b.duration >= 5.5 and all(
        2.5 <= t.duration < 5 for t in (c, d)
    )  # the configured limit, then the floor
    assert all(t.duration < 2 for t in (e, f))  # a fifth of the floor after three stopped tests


def test_it_runs_only_the_requested_tests(project, local_sandbox):
    run = _run(
        project,
        local_sandbox,
        {
            "src/m.py": "",
            "tests/test_m.py": "def test_a():\n    pass\n\ndef test_b():\n    pass\n",
        },
        node_ids=["tests/test_m.py::test_b"],
    )
    assert set(run.tests) == {"tests/test_m.py::test_b"}


def test_it_reports_the_other_tests_named_when_a_named_test_s_module_no_longer_imports(
    project, local_sandbox
):
    # pytest alone ends the session on "found no collectors for tests/test_broken.py::test_b"
    # and runs neither test_ok nor the module's collection error shows with it.
    run = _run(
        project,
        local_sandbox,
        {
            "src/m.py": "",
            "tests/test_ok.py": "def test_a():\n    pass\n",
            "tests/test_broken.py": "raise ImportError('masked')\n\n\ndef test_b():\n    pass\n",
        },
        node_ids=["tests/test_broken.py::test_b", "tests/test_ok.py::test_a"],
    )
    assert run.passed_ids == {"tests/test_ok.py::test_a"}
    assert [e.nodeid for e in run.collect_errors] == ["tests/test_broken.py"]


def test_it_runs_without_addopts_the_sandbox_cannot_honour(project, local_sandbox):
    ws = project(
        {
            "pyproject.toml": '[tool.pytest.ini_options]\naddopts = "--cov=src --cov-report=term"\n',
            "app.py": "X = 1\n",
            "test_app.py": "from app import X\n\n\ndef test_x():\n    assert X == 1\n",
        }
    )
    local_sandbox.upload(ws)
    lines = []
    runner = Runner(
        sandbox=local_sandbox, plan=discover(ws), test_timeout=5, command_timeout=120, log=lines.append
    )
    run = runner.run_tests()
    assert run.error == ""
    assert run.passed_ids == {"test_app.py::test_x"}
    assert runner.drop_addopts
    assert "addopts" in lines[0]


def test_it_fits_a_huge_report_under_the_budget_by_dropping_detail(project, local_sandbox, monkeypatch):
    import healer.engine.checks

    monkeypatch.setattr(healer.engine.checks, "REPORT_BUDGET", 12_000)
    many = "".join(f"def test_{i}():\n    assert fail('{'x' * 300}') == {i}\n\n\n" for i in range(40))
    run = _run(
        project,
        local_sandbox,
        {
            "src/m.py": "def fail(text):\n    return text\n",
            "tests/test_m.py": "from m import fail\n\n\n" + many,
        },
        coverage=True,
    )
    assert run.error == ""
    assert run.trimmed
    assert len(run.failed_ids) == 40  # outcomes are never dropped
    first = run.tests["tests/test_m.py::test_0"]
    assert first.exception["type"] == "AssertionError"
    assert run.python.startswith("3.")


def test_targeted_runs_use_the_root_config_even_when_a_test_directory_has_its_own(project, local_sandbox):
    # pytest looks for a config file in the node ids' directory first; the whole run uses the root one.
    run = _run(
        project,
        local_sandbox,
        {
            "src/m.py": "VALUE = 1\n",
            "tests/tox.ini": "[pytest]\naddopts = --this-option-does-not-exist\n",
            "tests/test_m.py": "from m import VALUE\n\n\ndef test_a():\n    assert VALUE == 1\n",
        },
        node_ids=["tests/test_m.py::test_a"],
    )
    assert run.error == ""
    assert run.passed_ids == {"tests/test_m.py::test_a"}


def test_it_reports_what_a_doctest_example_raised_not_the_doctest_wrapper(project, local_sandbox):
    doctest_config = PYPROJECT_SRC.replace(
        'testpaths = ["tests"]', 'testpaths = ["tests", "src"]\naddopts = "--doctest-modules"'
    )
    ws = project(
        {
            "pyproject.toml": doctest_config,
            "src/units.py": (
                "def label(n):\n"
                '    """\n'
                "    >>> label(3)\n"
                "    '3 items'\n"
                '    """\n'
                '    return n + " items"\n'
            ),
            "tests/test_units.py": "def test_nothing():\n    pass\n",
        }
    )
    local_sandbox.upload(ws)
    run = Runner(sandbox=local_sandbox, plan=discover(ws), test_timeout=5, command_timeout=120).run_tests()
    (doctest,) = [t for t in run.tests.values() if t.nodeid.startswith("src/units.py")]
    assert doctest.outcome == "failed"
    assert doctest.exception["type"] == "TypeError"
    assert doctest.exception["frames"][-1] == ("src/units.py", 6, "label")


def test_it_localises_a_fault_run_only_while_the_test_module_is_imported(project, local_sandbox):
    # The decorator runs while pytest imports the test module: the failing test itself only reads
    # what it made, so its own coverage holds no line of the repository.
    from healer.engine.analysis import analyse
    from healer.engine.checks import LintRun

    files = {
        "src/deco.py": (
            "def inherit(method):\n"
            "    if method.__doc__:\n"  # the bug: `if not method.__doc__`
            "        method.__doc__ = 'inherited'\n"
            "    return method\n"
        ),
        "tests/test_deco.py": (
            "from deco import inherit\n\n"
            "@inherit\ndef plain():\n    pass\n\n"
            "def test_doc():\n    assert plain.__doc__ == 'inherited'\n"
        ),
    }
    run = _run(project, local_sandbox, files, coverage=True)
    assert run.module_covered["tests/test_deco.py"]["src/deco.py"] == [1, 2, 4]
    ws = project({"pyproject.toml": PYPROJECT_SRC, **files})
    result = analyse(
        plan=discover(ws), tests=run, lint=LintRun(), read_source=lambda f: (ws.root / f).read_text()
    )
    (failure,) = result.failures
    assert failure.file == "src/deco.py"  # not the test's line: the LOGIC fixer has lines to edit
    assert ("src/deco.py", 2) in [(file, line) for file, line, _score in failure.extra["suspicious"]]


def test_it_reads_the_exception_a_testtools_style_result_displays_natively(project, local_sandbox):
    # testtools reports a failure to pytest's unittest adapter as its own string exception with no
    # traceback object; pytest fails the test with "Incompatible Exception Representation" and the text.
    # The TypeError in the code under test, and its frames, are read back from that text.
    test_module = (
        "import traceback\n"
        "import unittest\n\n"
        "from calc import join\n\n\n"
        "class _StringException(Exception):\n"
        "    pass\n\n\n"
        "class TestJoin(unittest.TestCase):\n"
        "    def run(self, result=None):\n"
        "        result.startTest(self)\n"
        "        try:\n"
        "            self.test_join()\n"
        "        except Exception:\n"
        "            text = traceback.format_exc()\n"
        "            result.addError(self, (_StringException, _StringException(text), None))\n"
        "        else:\n"
        "            result.addSuccess(self)\n"
        "        result.stopTest(self)\n\n"
        "    def test_join(self):\n"
        "        self.assertEqual(join('a', 1), 'a1')\n"
    )
    run = _run(
        project,
        local_sandbox,
        {"src/calc.py": "def join(a, b):\n    return a + b\n", "tests/test_calc.py": test_module},
    )
    test = run.tests["tests/test_calc.py::TestJoin::test_join"]
    assert test.outcome == "failed"
    assert test.exception["type"] == "TypeError"
    assert test.exception["message"].startswith("can only concatenate str")
    assert test.exception["frames"][-1] == ("src/calc.py", 2, "join")


def test_it_reports_the_exceptions_raised_at_watched_lines_even_when_a_handler_catches_them(
    project, local_sandbox
):
    files = {
        "src/conf.py": (
            "def size(text):\n    try:\n        return int(text)\n    except ValueError:\n        return 19\n"
        ),
        "tests/test_conf.py": (
            "from conf import size\n\n"
            "def test_default():\n    assert size('x') == 19\n\n"
            "def test_number():\n    assert size('9') == 9\n"
        ),
    }
    run = _run(project, local_sandbox, files, watch={"src/conf.py": [3]})
    assert run.passed_ids == {"tests/test_conf.py::test_default", "tests/test_conf.py::test_number"}
    assert run.tests["tests/test_conf.py::test_default"].raised == (("src/conf.py", 3, "ValueError"),)
    assert run.tests["tests/test_conf.py::test_number"].raised == ()
    # Lines not watched are not reported.
    other = _run(project, local_sandbox, files, watch={"src/conf.py": [5]})
    assert other.tests["tests/test_conf.py::test_default"].raised == ()


def test_it_leaves_out_exceptions_the_test_expects_and_keeps_those_the_code_swallows(project, local_sandbox):
    files = {
        "src/conf.py": (
            "class ConfError(Exception):\n    pass\n\n\n"
            "def size(text):\n    return int(text)\n\n\n"
            "def strict(text):\n    try:\n        return size(text)\n"
            "    except ValueError as err:\n        raise ConfError(text) from err\n\n\n"
            "def lenient(text):\n    try:\n        return size(text)\n    except ValueError:\n        return 19\n"
        ),
        "tests/test_conf.py": (
            "import pytest\n\nfrom conf import ConfError, lenient, size, strict\n\n"
            "def test_raises():\n    with pytest.raises(ValueError):\n        size('x')\n"
            "    pytest.raises(ValueError, size, 'y')\n\n"
            "def test_translated():\n    with pytest.raises(ConfError):\n        strict('x')\n\n"
            "def test_swallowed():\n    assert lenient('x') == 19\n\n"
            "def test_uncaught():\n    assert size('z') == 1\n"
        ),
    }
    run = _run(project, local_sandbox, files, watch={"src/conf.py": [6]})
    assert len(run.passed_ids) == 3
    tests = "tests/test_conf.py::"
    # pytest's runner handles a failing test's exception too: it was raised all the same.
    assert run.tests[tests + "test_uncaught"].raised == (("src/conf.py", 6, "ValueError"),)
    assert run.tests[tests + "test_raises"].raised == ()
    assert run.tests[tests + "test_translated"].raised == ()
    assert run.tests[tests + "test_swallowed"].raised == (("src/conf.py", 6, "ValueError"),)
