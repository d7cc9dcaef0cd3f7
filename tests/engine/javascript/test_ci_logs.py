"""Failures of npm projects read from remote CI logs (the runners' and linters' default output).

The data files are real output of jest 30, vitest 3, mocha 12, node --test (Node 20), ESLint 9 and
tsc 5 on a small project of our own, with its paths as a GitHub Actions runner prints them.
"""

from __future__ import annotations

from healer.engine.ci_logs import failures_from_logs
from healer.engine.types import BugType
from tests.engine.javascript.conftest import data

SOURCES = ["src/calc.js", "ts/shape.ts"]
TESTS = ["test/calc.test.js", "test/calc.spec.js", "test/calc.node.test.js", "vt/calc.test.js"]


def actions_log(text: str) -> str:
    lines = ["##[group]Run npm test", *text.splitlines(), "##[endgroup]"]
    return "\n".join(f"2024-05-01T10:00:{i % 60:02d}.1234567Z {line}" for i, line in enumerate(lines))


def parse(name: str):
    text = actions_log(data(name).decode())
    return failures_from_logs([text], source_files=SOURCES, test_files=TESTS, origin={"sha": "abc"})


def keys(parsed):
    return [(f.bug_type, f.file, f.line, f.source) for f in parsed.failures]


def test_jest_failures_and_eslint_findings():
    parsed = parse("ci-jest-eslint.txt")
    assert keys(parsed) == [
        (BugType.LINTING, "src/calc.js", 2, "eslint"),
        (BugType.TYPE_ERROR, "src/calc.js", 3, "jest"),
    ]
    lint, type_error = parsed.failures
    assert lint.code == "no-unused-vars" and lint.extra["lint"][0]["message"].startswith(
        "'unused' is assigned"
    )
    assert type_error.test_ids == ("test/calc.test.js::calc total sums",)
    assert type_error.extra["remote_ci"] == {"sha": "abc"}
    assert parsed.unlocated == 1  # the failed assertion: only coverage could place it


def test_vitest_failures_with_its_own_frames():
    parsed = parse("ci-vitest.txt")
    assert keys(parsed) == [(BugType.TYPE_ERROR, "src/calc.js", 3, "vitest")]
    assert parsed.failures[0].test_ids == ("vt/calc.test.js::calc total sums",)
    assert parsed.unlocated == 1


def test_mocha_failures_name_their_test_from_the_stack():
    parsed = parse("ci-mocha.txt")
    assert keys(parsed) == [(BugType.TYPE_ERROR, "src/calc.js", 3, "mocha")]
    assert parsed.failures[0].test_ids == ("test/calc.spec.js::calc total sums",)


def test_node_test_tap_output():
    parsed = parse("ci-node-test.tap")
    assert keys(parsed) == [(BugType.TYPE_ERROR, "src/calc.js", 3, "node-test")]
    assert parsed.failures[0].test_ids == ("test/calc.node.test.js::calc total sums",)


def test_tsc_plain_and_pretty_output_give_the_same_failures_once():
    parsed = parse("ci-tsc.txt")
    assert keys(parsed) == [
        (BugType.IMPORT, "ts/shape.ts", 1, "tsc"),
        (BugType.TYPE_ERROR, "ts/shape.ts", 3, "tsc"),
        (BugType.TYPE_ERROR, "ts/shape.ts", 4, "tsc"),
    ]
    assert parsed.failures[1].code == "TS2322"


def test_paths_outside_the_repository_and_tests_are_never_failures_to_fix():
    text = actions_log(data("ci-jest-eslint.txt").decode()).replace("src/calc.js", "lib/other.js")
    parsed = failures_from_logs([text], source_files=SOURCES, test_files=TESTS)
    assert parsed.failures == []


def test_a_python_log_is_read_as_before():
    pytest_log = "tests/test_x.py F\n___ test_x ___\n\n    def test_x():\n>       assert 1 == 2\nE       assert 1 == 2\n\ntests/test_x.py:2: AssertionError\n"
    parsed = failures_from_logs(
        [actions_log(pytest_log)], source_files=["x.py"], test_files=["tests/test_x.py"]
    )
    assert parsed.failures == [] and parsed.unlocated == 1
