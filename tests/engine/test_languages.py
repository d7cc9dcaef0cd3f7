"""The language interface: detection from the repository's files, one implementation each, both combined."""

from __future__ import annotations

import pytest

from healer.engine.analysis import Analysis, failure_order
from healer.engine.checks import LintFinding, LintRun, PytestRun, TestResult
from healer.engine.discovery import discover
from healer.engine.javascript.commands import Paths
from healer.engine.javascript.project import NpmProjectError, detect_npm_project
from healer.engine.languages.base import RunSettings, found_by_checker
from healer.engine.languages.combined import CombinedLanguage, CombinedLintRun, CombinedTestRun
from healer.engine.languages.detect import language_open, languages_detect, repository_test_files
from healer.engine.languages.javascript import JavaScriptLanguage, installed_packages, npm_plan
from healer.engine.languages.python import JSON_MARK, PythonLanguage
from healer.engine.types import BugType, CheckReport, EngineError, ExecResult, Failure, NoChecksFound

from .conftest import PYPROJECT_SRC

PY = {
    "pyproject.toml": PYPROJECT_SRC,
    "src/calc.py": "def add(a, b):\n    return a + b\n",
    "tests/test_calc.py": "from calc import add\n\n\ndef test_add():\n    assert add(1, 2) == 3\n",
}
NPM = {
    "package.json": '{"name": "x", "scripts": {"test": "node --test"}}',
    "src/sum.js": "exports.sum = (a, b) => a + b;\n",
    "test/sum.test.js": "const { sum } = require('../src/sum');\n",
}


class NullSandbox:
    repo_dir = "/work"
    support_dir = "/stage/support"


def _open(ws, lines=None):
    settings = RunSettings(log=(lines.append if lines is not None else lambda line: None))
    return language_open(workspace=ws, sandbox=NullSandbox(), settings=settings)


def test_it_detects_the_languages_from_the_files(project):
    assert languages_detect(project(PY, name="py")) == ["python"]
    assert languages_detect(project(NPM, name="npm")) == ["javascript"]
    assert languages_detect(project({**PY, **NPM}, name="both")) == ["python", "javascript"]
    # No package.json: Python, as the engine always found it (its own refusal when it has no tests).
    assert languages_detect(project({"README": "x"}, name="none")) == ["python"]


def test_a_python_repository_gets_exactly_the_python_plan_of_before(project):
    ws = project(PY)
    language = _open(ws)
    assert isinstance(language, PythonLanguage)
    assert language.plan == discover(ws)
    assert language.owns("src/calc.py") and not language.owns("src/sum.js")


def test_a_repository_without_tests_is_refused_as_before(project):
    with pytest.raises(NoChecksFound):
        _open(project({"calc.py": "x = 1\n"}))


def test_an_npm_repository_gets_the_npm_implementation(project):
    language = _open(project(NPM))
    assert isinstance(language, JavaScriptLanguage)
    assert language.plan.test_files == frozenset({"test/sum.test.js"})
    assert language.plan.source_files == ("src/sum.js",)


def test_a_repository_with_both_gets_both(project):
    language = _open(project({**PY, **NPM}))
    assert isinstance(language, CombinedLanguage)
    assert [part.name for part in language.languages] == ["python", "javascript"]
    assert set(language.plan.source_files) == {"src/calc.py", "src/sum.js"}
    assert {"tests/test_calc.py", "test/sum.test.js"} <= language.plan.test_files
    assert (
        language.owner("src/sum.js").name == "javascript" and language.owner("src/calc.py").name == "python"
    )


def test_an_npm_part_that_cannot_run_beside_python_tests_is_a_note_not_a_refusal(project):
    lines: list[str] = []
    language = _open(project({**PY, "package.json": '{"name": "tooling", "scripts": {}}'}), lines)
    assert isinstance(language, PythonLanguage)
    assert any('npm (JavaScript/TypeScript) part is not checked: package.json has no "test" script' in line
               for line in lines)  # fmt: skip


def test_with_no_part_that_can_run_it_says_why_for_each(project):
    with pytest.raises(EngineError) as caught:
        _open(project({"tool.py": "x = 1\n", "package.json": "{nope"}))
    assert "Python: no tests found" in str(caught.value) and "package.json is not valid JSON" in str(
        caught.value
    )
    with pytest.raises(NpmProjectError):
        _open(project({"package.json": "{nope"}, name="npm-only"))


def test_test_files_of_reads_every_language_without_running_anything(project):
    assert repository_test_files(project({**PY, **NPM})) >= {"tests/test_calc.py", "test/sum.test.js"}


def test_the_npm_plan_knows_tests_by_the_runners_conventions_and_leaves_configuration_alone(project):
    ws = project(
        {
            **NPM,
            "src/util-test.js": "",
            "src/__tests__/a.js": "",
            "lib/parse.spec.ts": "",
            "eslint.config.js": "",
            "jest.config.ts": "",
            ".mocharc.cjs": "",
            "src/index.ts": "",
        }
    )
    plan = npm_plan(ws, detect_npm_project(ws), Paths(repo_dir="/work", support_dir="/s"))
    assert plan.test_files == {
        "test/sum.test.js",
        "src/util-test.js",
        "src/__tests__/a.js",
        "lib/parse.spec.ts",
    }
    assert sorted(plan.source_files) == ["src/index.ts", "src/sum.js"]
    plan.learn_tests({"src/index.ts"})  # a runner reported tests from it: it is a test file
    assert "src/index.ts" in plan.test_files and plan.source_files == ("src/sum.js",)


def test_installed_packages_come_from_the_lock_file(project):
    lock = (
        '{"lockfileVersion": 3, "packages": {"": {}, "node_modules/jest": {}, "node_modules/@babel/core": {},'
        ' "node_modules/jest/node_modules/chalk": {}}}'
    )
    ws = project({**NPM, "package-lock.json": lock})
    assert installed_packages(ws, detect_npm_project(ws)) == {"jest", "@babel/core"}


# -- one report, one precedence --------------------------------------------------------------------
class FakeRunner:
    def __init__(self, name: str) -> None:
        self.name = name
        self.calls: list[tuple[str, ...]] = []

    def run_tests(self, *, node_ids=(), coverage=False, test_timeout=None, command_timeout=None) -> PytestRun:
        self.calls.append(tuple(node_ids))
        run = PytestRun()
        for node_id in node_ids or (f"t.{self.name}::a",):
            run.tests[node_id] = TestResult(nodeid=node_id, outcome="failed")
        return run

    def run_lint(self) -> LintRun:
        return LintRun(findings=[LintFinding("X1", "m", f"a.{self.name}", 1, 1, 1, 1)])


class FakeLanguage:
    """A language whose files end in .<name>, finding the failures it is given."""

    def __init__(self, name: str, failures: list[Failure]) -> None:
        self.name = name
        self.runner = FakeRunner(name)
        self.fixers = (object(),)
        self.failures = failures
        self.seen: list[tuple[PytestRun, LintRun]] = []

    @property
    def plan(self):
        return self

    test_files = frozenset()
    source_files = ()
    notes = ()
    lint_default = False

    def describe(self) -> str:
        return self.name

    def owns(self, file: str) -> bool:
        return file.endswith(f".{self.name}")

    def analyse(self, *, tests, lint, read_source, should_stop=None) -> Analysis:
        self.seen.append((tests, lint))
        report = CheckReport(passed=0, failed=len(tests.tests), failures=list(self.failures))
        return Analysis(
            tests=tests, lint=lint, failures=list(self.failures), report=report, notes=[self.name]
        )

    def host_parser(self, file):
        return None

    def prepare(self, failure, *, read_source):
        pass


def test_failures_of_both_languages_come_in_one_report_in_one_precedence():
    logic = Failure(BugType.LOGIC, "a.py", 3, "assert", "pytest")
    syntax = Failure(BugType.SYNTAX, "b.js", 1, "Unexpected token", "jest")
    lint = Failure(BugType.LINTING, "c.js", 2, "no-unused-vars", "eslint")
    python, javascript = FakeLanguage("py", [logic]), FakeLanguage("js", [syntax, lint])
    combined = CombinedLanguage([python, javascript])
    tests, lint_run = combined.runner.run_tests(), combined.runner.run_lint()
    assert isinstance(tests, CombinedTestRun) and isinstance(lint_run, CombinedLintRun)
    analysis = combined.analyse(tests=tests, lint=lint_run, read_source=lambda f: None)
    assert analysis.failures == sorted([logic, syntax, lint], key=failure_order)
    assert [f.bug_type for f in analysis.failures] == [BugType.SYNTAX, BugType.LINTING, BugType.LOGIC]
    assert analysis.blocking() == [syntax]
    assert analysis.report.failed == 2 and analysis.notes == ["py", "js"]
    # Each language analysed its own part of the runs.
    assert set(python.seen[0][0].tests) == {"t.py::a"} and set(javascript.seen[0][0].tests) == {"t.js::a"}
    assert [f.file for f in javascript.seen[0][1].findings] == ["a.js"]


def test_a_targeted_run_asks_each_language_only_for_its_own_tests():
    python, javascript = FakeLanguage("py", []), FakeLanguage("js", [])
    combined = CombinedLanguage([python, javascript])
    run = combined.runner.run_tests(node_ids=["test/a.js::x", "test/b.js::y"])
    assert python.runner.calls == [] and javascript.runner.calls == [("test/a.js::x", "test/b.js::y")]
    assert set(run.tests) == {"test/a.js::x", "test/b.js::y"}
    combined.runner.run_tests()
    assert python.runner.calls == [()] and javascript.runner.calls[-1] == ()


def test_fixers_are_those_of_the_failures_language():
    python, javascript = FakeLanguage("py", []), FakeLanguage("js", [])
    combined = CombinedLanguage([python, javascript])
    assert combined.fixers_for(Failure(BugType.LOGIC, "src/a.js", 1, "", "jest")) == javascript.fixers
    assert combined.fixers_for(Failure(BugType.LOGIC, "src/a.py", 1, "", "pytest")) == python.fixers


def test_an_indent_rule_finding_waits_with_the_lint_while_a_parse_error_goes_first():
    indent = Failure(
        BugType.INDENTATION, "a.js", 5, "indent", "eslint", code="indent", extra={"precedence": 2}
    )
    unclosed = Failure(BugType.INDENTATION, "a.js", 9, "block never closed", "jest")
    imported = Failure(BugType.IMPORT, "b.js", 1, "missing", "jest")
    ordered = sorted([indent, imported, unclosed], key=failure_order)
    assert ordered == [unclosed, imported, indent]


def test_checkers_findings_are_judged_by_the_checker():
    assert found_by_checker(Failure(BugType.LINTING, "a.py", 1, "", "ruff"))
    assert found_by_checker(Failure(BugType.TYPE_ERROR, "a.ts", 1, "", "tsc"))
    assert found_by_checker(Failure(BugType.LINTING, "a.js", 1, "", "eslint"))
    assert not found_by_checker(Failure(BugType.LOGIC, "a.js", 1, "", "jest"))


def test_it_orders_a_type_checkers_type_error_before_a_runtime_one_further_on():
    # The Promise passed in load.ts crashes in ballot.ts: the checker's place is where to start.
    runtime = Failure(
        BugType.TYPE_ERROR, "src/ballot.ts", 7, "TypeError: text.split is not a function", "vitest"
    )
    checked = Failure(BugType.TYPE_ERROR, "src/load.ts", 11, "Argument of type 'Promise<string>'...", "tsc")
    logic = Failure(BugType.LOGIC, "src/a.ts", 1, "AssertionError", "vitest")
    assert sorted([logic, runtime, checked], key=failure_order) == [checked, runtime, logic]
    # Python's order (no type checker) is by file and line as before.
    a, b = (Failure(BugType.TYPE_ERROR, f, 1, "TypeError", "pytest") for f in ("b.py", "a.py"))
    assert sorted([a, b], key=failure_order) == [b, a]


class RecordingSandbox(NullSandbox):
    """Answers every probe with an empty JSON list and records the environments it was given."""

    def __init__(self) -> None:
        self.envs: list[object] = []

    def exec(self, argv, *, timeout=None, env=None, reset=True, warm=False):
        self.envs.append(env)
        return ExecResult(exit_code=0, output=JSON_MARK + "[]\n", duration=0.0)


def test_it_probes_the_sandbox_with_the_projects_import_roots(project):
    # A src layout's own package is importable by the IMPORT fixer's probes as it is by the tests.
    src_layout = {
        "setup.cfg": "[options]\npackage_dir = =src\n",
        "src/calc/__init__.py": "",
        "tests/test_calc.py": "from calc import add\n",
    }
    for name, files, expected in (("src", src_layout, {"PYTHONPATH": "/work/src"}), ("flat", PY, None)):
        sandbox = RecordingSandbox()
        language = PythonLanguage(
            workspace=project(files, name=name), sandbox=sandbox, settings=RunSettings()
        )
        assert language._sandbox_json("print(1)", "probe") == []
        assert sandbox.envs == [expected]
