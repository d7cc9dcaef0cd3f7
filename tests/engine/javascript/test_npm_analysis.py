"""An npm project's results → located failures, in the shape the language-independent repair loop reads."""

from __future__ import annotations

from healer.engine.javascript import reports
from healer.engine.javascript.errors import parse_error
from healer.engine.javascript.lint import EslintMessage, TscDiagnostic
from healer.engine.languages.npm_analysis import NpmFacts, analyse_npm
from healer.engine.languages.npm_run import NpmLintRun, common_run, lint_findings
from healer.engine.types import BugType
from healer.engine.validation import lint_count
from tests.engine.javascript.conftest import REPO

FILES = {
    "src/price.js": "function total(a) {\n  let s = 0;\n  for (const x of a) s += x;\n  return s - 1;\n}\n"
    "function half(n) {\n  return n / 2;\n}\nmodule.exports = { total, half };\n",
    "src/broken.js": "function f() {\n  if (x) {\n  return 1;\n}\n",
    "test/price.test.js": "",
}
FACTS = NpmFacts(
    files=tuple(FILES),
    test_files=("test/price.test.js",),
    source_files=("src/price.js", "src/broken.js"),
    packages=(),
    repo_dir=REPO,
)


def _test(name: str, outcome: str, line: int, error: str = "") -> reports.TestCase:
    return reports.TestCase(
        id=f"test/price.test.js::{name}",
        file="test/price.test.js",
        name=name,
        title=name,
        outcome=outcome,
        line=line,
        error=parse_error(error, REPO) if error else None,
    )


def _run(*tests: reports.TestCase, covered: dict | None = None):
    js = reports.TestRun(runner="node-test")
    for test in tests:
        js.add(test)
    run = common_run(js, duration=1.0)
    for test_id, lines in (covered or {}).items():
        run.tests[test_id].covered = lines
    run.coverage = bool(covered)
    return run


def _analyse(tests, lint=None):
    return analyse_npm(facts=FACTS, tests=tests, lint=lint or NpmLintRun(), read_source=FILES.get)


ASSERTION = "AssertionError [ERR_ASSERTION]: 5 !== 6\n    at TestContext.<anonymous> (/work/test/price.test.js:{line}:10)"


def test_failed_assertions_are_localised_by_ochiai_over_per_test_coverage():
    run = _run(
        _test("total sums", "failed", 3, ASSERTION.format(line=4)),
        _test("total of one", "failed", 6, ASSERTION.format(line=7)),
        _test("half halves", "passed", 9),
        covered={
            "test/price.test.js::total sums": {"src/price.js": [1, 2, 3, 4]},
            "test/price.test.js::total of one": {"src/price.js": [1, 2, 3, 4]},
            "test/price.test.js::half halves": {"src/price.js": [6, 7]},
        },
    )
    analysis = _analyse(run)
    (failure,) = analysis.failures
    assert (failure.bug_type, failure.file, failure.source) == (BugType.LOGIC, "src/price.js", "node-test")
    assert failure.line in (1, 2, 3, 4)
    assert {line for _, line, _ in failure.extra["suspicious"]} == {1, 2, 3, 4}
    assert failure.test_ids == ("test/price.test.js::total sums", "test/price.test.js::total of one")
    assert analysis.report.passed == 1 and analysis.report.failed == 2


def test_without_coverage_an_assertion_stays_in_its_test_where_no_fixer_edits():
    (failure,) = _analyse(_run(_test("total sums", "failed", 3, ASSERTION.format(line=4)))).failures
    assert failure.file == "test/price.test.js" and failure.extra["unlocalised"]


def test_a_test_that_needs_the_network_is_a_note_and_no_failure_to_heal():
    error = "Error: getaddrinfo EAI_AGAIN api.example\n    at GetAddrInfoReqWrap (node:dns:1:1)"
    analysis = _analyse(_run(_test("live rate", "failed", 3, error)))
    assert analysis.failures == [] and analysis.report.failed == 1 and not analysis.report.ok
    assert "'live rate' needs the network" in analysis.notes[0]
    assert "needs the network" in analysis.report.log


def test_static_findings_carry_what_validation_counts_and_indent_rules_wait_with_the_lint():
    eslint = [
        EslintMessage(
            file="src/price.js", rule="indent", message="Expected indentation of 2 spaces.", line=3, column=1
        ),
        EslintMessage(
            file="src/price.js", rule="no-unused-vars", message="'y' is never used.", line=2, column=7
        ),
    ]
    tsc = [
        TscDiagnostic(
            file="src/price.js", line=7, column=3, code=2322, message="Type 'string' is not 'number'."
        )
    ]
    lint = NpmLintRun(eslint=eslint, tsc=tsc, findings=lint_findings(eslint, tsc))
    broken = "SyntaxError: /work/src/broken.js: Unexpected token (5:0)"
    analysis = _analyse(_run(_test("loads", "failed", 1, broken)), lint)
    kinds = [(f.bug_type, f.line, f.source) for f in analysis.failures]
    # The file that does not parse first; the indent finding waits with the lint (by line), before types.
    assert kinds[0][0] is BugType.INDENTATION and kinds[0][2] == "node-test"
    assert kinds[1:] == [
        (BugType.LINTING, 2, "eslint"),
        (BugType.INDENTATION, 3, "eslint"),
        (BugType.TYPE_ERROR, 7, "tsc"),
    ]
    assert analysis.blocking() == [analysis.failures[0]]
    for failure in analysis.failures[1:]:
        assert lint_count(lint.findings, failure) == 1
    assert analysis.report.lint_findings == 3


def test_a_parse_error_only_tsc_found_is_judged_by_its_finding():
    # A typecheck script's TS1005 with no test run that failed on it: validation counts its finding,
    # so a candidate under which it is gone can be accepted (no code and diagnostic: never).
    tsc = [TscDiagnostic(file="src/pointer.ts", line=2, column=30, code=1005, message="')' expected.")]
    lint = NpmLintRun(eslint=[], tsc=tsc, findings=lint_findings([], tsc))
    analysis = _analyse(_run(_test("loads", "passed", 1)), lint)
    (failure,) = analysis.failures
    assert (failure.bug_type, failure.line, failure.source, failure.code) == (
        BugType.SYNTAX,
        2,
        "tsc",
        "TS1005",
    )
    assert lint_count(lint.findings, failure) == 1 and lint_count([], failure) == 0


def test_messages_name_repository_files_not_the_sandboxs_paths():
    error = "Error: Cannot find module './nope.js' imported from /work/src/price.js"
    (failure,) = _analyse(_run(_test("loads", "failed", 1, error))).failures
    assert failure.bug_type is BugType.IMPORT and "/work/" not in failure.message
    assert "imported from src/price.js" in failure.message


def test_it_marks_wrong_value_failures_as_decided_by_their_checks():
    # validation.fails_own_check's opt-in: an npm LOGIC failure is gone only when its checks pass.
    (failure,) = _analyse(
        _run(
            _test("total sums", "failed", 3, ASSERTION.format(line=4)),
            _test("half halves", "passed", 9),
            covered={
                "test/price.test.js::total sums": {"src/price.js": [1, 2, 3, 4]},
                "test/price.test.js::half halves": {"src/price.js": [6, 7]},
            },
        )
    ).failures
    assert failure.bug_type is BugType.LOGIC and failure.extra["checks_decide"] is True


def test_it_localises_the_tests_of_two_faults_apart():
    # Every test runs the module's top level (1, 6, 9); total's tests its body, half's tests its own.
    run = _run(
        _test("total sums", "failed", 3, ASSERTION.format(line=4)),
        _test("half halves", "failed", 6, ASSERTION.format(line=7)),
        _test("total of one", "failed", 9, ASSERTION.format(line=10)),
        _test("half of zero", "failed", 12, ASSERTION.format(line=13)),
        _test("exports", "passed", 15),
        covered={
            "test/price.test.js::total sums": {"src/price.js": [1, 2, 3, 4, 6, 9]},
            "test/price.test.js::half halves": {"src/price.js": [1, 6, 7, 9]},
            "test/price.test.js::total of one": {"src/price.js": [1, 2, 3, 4, 6, 9]},
            "test/price.test.js::half of zero": {"src/price.js": [1, 6, 7, 9]},
            "test/price.test.js::exports": {"src/price.js": [1, 6, 9]},
        },
    )
    failures = sorted(_analyse(run).failures, key=lambda f: f.line)
    assert [f.bug_type for f in failures] == [BugType.LOGIC, BugType.LOGIC]
    assert failures[0].line in (2, 3, 4) and failures[1].line == 7
    assert set(failures[1].test_ids) == {
        "test/price.test.js::half halves",
        "test/price.test.js::half of zero",
    }
