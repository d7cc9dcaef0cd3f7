"""The six bug types, located at the faulty line, with the Python analysis' precedence."""

from __future__ import annotations

from healer.engine.javascript.classify import (
    Repository,
    classify,
    classify_error,
    is_test_file,
    parse_message,
    rank_suspicious,
)
from healer.engine.javascript.errors import JsError, parse_error
from healer.engine.javascript.lint import EslintMessage, TscDiagnostic
from healer.engine.javascript.reports import SuiteError, TestCase, TestRun
from healer.engine.types import BugType
from tests.engine.javascript.conftest import REPO

FILES = {
    "src/math.js": "function add(a, b) {\n  return a - b;\n}\nmodule.exports = { add };\n",
    "src/use.js": "const { sum } = require('./math');\nmodule.exports = () => sum(1, 2);\n",
    "src/broken.js": "function f(x) {\n  if (x) {\n    g();\n  return 1;\n}\n",
    "src/paren.js": "function f(a, b) {\n  if (a > b {\n    return a;\n  }\n}\n",
    "test/math.test.js": "const { add } = require('../src/math');\n",
}


def repo(**extra) -> Repository:
    files = {**FILES, **extra}
    return Repository(files=set(files), read=files.get)


def kind(text: str, **extra):
    failure = classify_error(parse_error(text, REPO), repo=repo(**extra), source="jest")
    return (failure.bug_type, failure.file, failure.line) if failure else None


def test_a_parse_error_is_syntax_at_the_parsers_line():
    assert kind('SyntaxError: /work/src/paren.js: Unexpected token, expected ")" (2:12)') == (
        BugType.SYNTAX, "src/paren.js", 2,
    )  # fmt: skip


def test_a_mis_nested_block_is_indentation_at_its_opener():
    assert kind("/work/src/broken.js:5\n}\n^\n\nSyntaxError: Unexpected end of input") == (
        BugType.INDENTATION, "src/broken.js", 2,
    )  # fmt: skip


def test_module_and_name_errors_are_imports_at_the_import():
    assert kind("Error: Cannot find module './maths'\nRequire stack:\n- /work/src/use.js",
                **{"src/use.js": "const x = 1;\nconst { sum } = require('./maths');\n"}) == (
        BugType.IMPORT, "src/use.js", 2,
    )  # fmt: skip
    assert kind("ReferenceError: path is not defined\n    at f (/work/src/math.js:2:3)") == (
        BugType.IMPORT, "src/math.js", 2,
    )  # fmt: skip


def test_calling_a_name_its_module_does_not_export_is_an_import_problem():
    text = "TypeError: sum is not a function\n    at module.exports (/work/src/use.js:2:24)\n    at t (/work/test/u.test.js:3:1)"
    assert kind(text) == (BugType.IMPORT, "src/use.js", 1)


def test_a_type_error_is_located_at_the_deepest_source_frame_not_the_test():
    text = "TypeError: x.map is not a function\n    at add (/work/src/math.js:2:10)\n    at t (/work/test/math.test.js:5:3)"
    assert kind(text) == (BugType.TYPE_ERROR, "src/math.js", 2)


def test_a_failed_assertion_is_logic_to_be_localised_by_coverage():
    run = TestRun(runner="jest")
    run.add(TestCase(id="test/math.test.js::adds", file="test/math.test.js", name="adds", outcome="failed", line=3,
                     error=parse_error("Error: expect(received).toBe(expected)\n    at t (/work/test/math.test.js:4:5)", REPO)))  # fmt: skip
    found = classify(repo=repo(), tests=run)
    (failure,) = found.failures
    assert (failure.bug_type, failure.file, failure.line, failure.extra["localise"]) == (
        BugType.LOGIC, "test/math.test.js", 3, True,
    )  # fmt: skip
    assert found.logic_tests == ["test/math.test.js::adds"]


def test_a_test_that_needs_the_network_is_an_environment_problem_not_a_bug():
    run = TestRun(runner="mocha")
    run.add(TestCase(id="t::fetch", file="t.js", name="fetch", outcome="failed",
                     error=parse_error("Error: getaddrinfo EAI_AGAIN registry.example\n    at x (/work/src/a.js:1:1)", REPO)))  # fmt: skip
    run.suite_errors.append(SuiteError(file="t2.js", error=parse_error("TypeError: fetch failed", REPO)))
    found = classify(repo=repo(), tests=run)
    assert found.failures == [] and len(found.problems) == 2
    assert "needs the network" in found.problems[0] and "sandbox does not allow" in found.problems[0]


def test_eslint_findings_and_tsc_diagnostics():
    eslint = [
        EslintMessage(file="src/math.js", rule="prefer-const", message="use const", line=1, column=1),
        EslintMessage(file="src/math.js", rule="indent", message="Expected indentation", line=2, column=1),
        EslintMessage(
            file="src/math.js", rule="no-undef", message="'path' is not defined.", line=3, column=1
        ),
        EslintMessage(file="src/math.js", rule="no-console", message="x", line=4, column=1, severity=1),
        EslintMessage(file="src/paren.js", rule="", message="Parsing error", line=2, column=13, fatal=True),
    ]
    tsc = [
        TscDiagnostic(file="src/a.ts", line=1, column=1, code=2307, message="Cannot find module './x'"),
        TscDiagnostic(
            file="src/a.ts", line=2, column=1, code=2554, message="Expected 2 arguments, but got 1."
        ),
        TscDiagnostic(file="src/a.ts", line=3, column=1, code=1005, message="';' expected."),
        TscDiagnostic(file="", line=0, column=0, code=5083, message="Cannot read file"),
        TscDiagnostic(
            file="src/b.ts",
            line=1,
            column=1,
            code=2835,
            message="Relative import paths need explicit file extensions",
        ),
    ]
    found = classify(repo=repo(**{"src/a.ts": "let x = 1\n"}), eslint=eslint, tsc=tsc)
    assert [(f.bug_type.value, f.file, f.line, f.source) for f in found.ordered()] == [
        ("SYNTAX", "src/a.ts", 3, "tsc"), ("SYNTAX", "src/paren.js", 2, "eslint"),
        ("IMPORT", "src/a.ts", 1, "tsc"), ("IMPORT", "src/b.ts", 1, "tsc"), ("IMPORT", "src/math.js", 3, "eslint"),
        ("LINTING", "src/math.js", 1, "eslint"), ("INDENTATION", "src/math.js", 2, "eslint"),
        ("TYPE_ERROR", "src/a.ts", 2, "tsc"),
    ]  # fmt: skip


def test_the_same_failure_from_two_tests_is_reported_once_with_both():
    run = TestRun(runner="jest")
    for name in ("a", "b"):
        run.add(TestCase(id=f"t::{name}", file="test/x.test.js", name=name, outcome="failed",
                         error=parse_error("TypeError: boom\n    at f (/work/src/math.js:2:1)", REPO)))  # fmt: skip
    (failure,) = classify(repo=repo(), tests=run).failures
    assert failure.test_ids == ("t::a", "t::b")


def test_test_files_by_name_and_directory():
    assert all(map(is_test_file, ["a.test.js", "src/a.spec.ts", "test/helper.js", "src/__tests__/x.js"]))
    assert not any(map(is_test_file, ["src/testing.js", "src/contest.js", "latest/a.js"]))
    # node --test's own default patterns.
    assert all(
        map(is_test_file, ["src/parse-test.mjs", "src/parse_test.cjs", "test-parse.js", "lib/test.js"])
    )
    assert not any(map(is_test_file, ["src/attest.js", "src/test-data/x.json", "src/latest-test/a.txt"]))


def test_a_test_file_that_cannot_load_names_itself_as_the_failures_test():
    run = TestRun(runner="jest")
    error = parse_error('SyntaxError: /work/src/paren.js: Unexpected token, expected ")" (2:12)', REPO)
    run.suite_errors.append(SuiteError(file="test/math.test.js", error=error))
    run.suite_errors.append(SuiteError(file="src/use.js", error=error))  # mocha names the importer
    (failure,) = classify(repo=repo(), tests=run).failures
    assert failure.test_ids == ("test/math.test.js",)  # only test files: their tests show the fix
    assert failure.message == 'Unexpected token, expected ")"'


def test_parse_messages_lose_the_transpilers_wrapping():
    assert parse_message('/work/src/a.js: Unexpected token, expected "," (13:37)\n\n  13 | x') == (
        'Unexpected token, expected ","'
    )
    assert parse_message(
        'Transform failed with 1 error:\n/work/src/r.ts:3:55: ERROR: Expected ")" but found "{"'
    ) == ('Expected ")" but found "{"')


def test_ochiai_ranks_source_lines_only():
    failing = [{"src/math.js": {1, 2}, "test/math.test.js": {1, 2}}]
    passing = [{"src/math.js": {1}, "test/math.test.js": {1}}]
    ranked = rank_suspicious(failing=failing, passing=passing, repo=repo())
    assert ranked[0][:2] == ("src/math.js", 2) and all(file == "src/math.js" for file, _, _ in ranked)


def test_a_missing_export_without_a_header_is_located_at_the_import_that_asks_for_it():
    # mocha catches the ESM linking error: only the message is left, no importer's file:line.
    text = "SyntaxError: The requested module './bus.js' does not provide an export named 'Bus'"
    sources = {
        "src/bus.js": "export default class Bus {}\n",
        "src/other/bus.js": "export class Bus {}\n",
        "src/other/use.js": "import { Bus } from './bus.js';\n",
        "src/rec.js": "// recorder\nimport { Bus } from './bus.js';\nexport const r = new Bus();\n",
        "test/rec.spec.js": "import { Bus } from '../src/bus.js';\n",
    }
    found = classify_error(
        parse_error(text, REPO), repo=Repository(files=set(sources), read=sources.get), source="mocha"
    )
    assert (found.bug_type, found.file, found.line) == (BugType.IMPORT, "src/rec.js", 2)


def test_it_finds_the_required_module_that_does_not_parse_when_node_names_only_the_test():
    # Node's SyntaxError for a CommonJS module that does not parse: no frame in that module.
    stack = (
        "SyntaxError: Unexpected end of input\n"
        "    at wrapSafe (node:internal/modules/cjs/loader:1469:18)\n"
        "    at Module._compile (node:internal/modules/cjs/loader:1491:20)\n"
        "    at Object.<anonymous> (/work/test/score.test.js:1:23)"
    )
    files = {
        "src/score.js": "const { add } = require('./math');\nfunction f(x) {\n  if (x) {\n    g();\n  return 1;\n}\n",
        "test/score.test.js": "const { f } = require('../src/score');\n",
    }
    run = TestRun(runner="mocha")
    run.suite_errors.append(SuiteError(file="test/score.test.js", error=parse_error(stack, REPO)))
    (failure,) = classify(repo=repo(**files), tests=run).failures
    assert (failure.bug_type, failure.file, failure.line) == (BugType.INDENTATION, "src/score.js", 3)
    assert failure.test_ids == ("test/score.test.js",)


def test_a_syntax_error_framed_at_a_require_that_parses_is_found_in_the_required_module():
    # node --test's CommonJS loader: the only repository frame is the index's `require` line.
    stack = (
        "SyntaxError: Unexpected end of input\n"
        "    at wrapSafe (node:internal/modules/cjs/loader:1469:18)\n"
        "    at Object.<anonymous> (/work/src/index.js:1:20)\n"
        "    at Object.<anonymous> (/work/test/score.test.js:1:23)"
    )
    files = {
        "src/index.js": "const { f } = require('./score');\nmodule.exports = { f };\n",
        "src/score.js": "function f(x) {\n  if (x) {\n    g();\n  return 1;\n}\nmodule.exports = { f };\n",
        "test/score.test.js": "const { f } = require('../src');\n",
    }
    failure = classify_error(parse_error(stack, REPO), repo=repo(**files), source="node-test")
    assert (failure.bug_type, failure.file, failure.line) == (BugType.INDENTATION, "src/score.js", 2)


def test_an_early_error_that_tree_sitter_accepts_stays_at_its_frame():
    stack = "SyntaxError: Unexpected reserved word\n    at f (/work/src/wait.js:2:17)"
    files = {"src/wait.js": "function f(p) {\n  const v = await p;\n  return v;\n}\n"}
    assert kind(stack, **files) == (BugType.SYNTAX, "src/wait.js", 2)


def test_rollups_parse_failure_of_a_plain_js_source_is_syntax_in_that_source_not_logic_in_the_test():
    # vitest's suite message for a plain-JS module rollup cannot parse: a plain Error whose place is
    # vite's root-relative module id.
    files = {
        "src/solve.js": "export function best(a, b) {\n  if a > b {\n    return a;\n  }\n  return b;\n}\n",
        "src/index.js": "export { best } from './solve.js';\n",
        "test/solve.test.js": "import { best } from '../src/index.js';\n",
    }
    for message in (
        "Parse failure: Expected '(', got 'ident'\nAt file: /src/solve.js:2:6",
        "Parse failure: Expected '(', got 'ident'",  # no place: found along the test file's imports
    ):
        run = TestRun(runner="vitest")
        run.suite_errors.append(SuiteError(file="test/solve.test.js", error=parse_error(message, REPO)))
        (failure,) = classify(repo=repo(**files), tests=run).failures
        assert (failure.bug_type, failure.file, failure.line) == (BugType.SYNTAX, "src/solve.js", 2)


def test_a_test_file_that_cannot_load_for_an_unread_reason_is_the_syntax_failure_of_an_import_that_does_not_parse():
    files = {
        "src/solve.js": "export function best(a, b) {\n  if a > b {\n    return a;\n  }\n  return b;\n}\n",
        "test/solve.test.js": "import { best } from '../src/solve.js';\n",
    }
    run = TestRun(runner="vitest")
    error = parse_error("Error: something a transformer said, with no place", REPO)
    run.suite_errors.append(SuiteError(file="test/solve.test.js", error=error))
    (failure,) = classify(repo=repo(**files), tests=run).failures
    assert (failure.bug_type, failure.file, failure.line) == (BugType.SYNTAX, "src/solve.js", 2)


def test_a_type_error_vitest_reports_without_name_or_stack_is_located_by_the_call_its_message_names():
    files = {
        "src/words.js": "export function list(t) {\n  return new Set(t.split(' ')).filter(Boolean);\n}\n",
        "src/index.js": "export { list } from './words.js';\n",
        "test/w.test.js": "import { list } from '../src/index.js';\nconst words = list('a b');\n",
    }
    run = TestRun(runner="vitest")
    # What vitest's JSON report keeps of an error thrown while the test file loads: V8's message alone.
    run.suite_errors.append(
        SuiteError(
            file="test/w.test.js",
            error=JsError(name="Error", message="(intermediate value).filter is not a function"),
        )
    )
    (failure,) = classify(repo=repo(**files), tests=run).failures
    assert (failure.bug_type, failure.file, failure.line) == (BugType.TYPE_ERROR, "src/words.js", 2)
    assert failure.test_ids == ("test/w.test.js",)


def test_it_repairs_the_tsc_diagnostic_that_made_an_any_not_the_use_of_it():
    # `table[item.missing]`: TS2339 types `item.missing` as tsc's error `any`, and TS7053 (first on
    # the line, at the index expression) only reports that `any`; the failure carries TS2339.
    tsc = [
        TscDiagnostic(file="src/a.ts", line=4, column=10, code=7053, message=(
            "Element implicitly has an 'any' type because expression of type 'any' can't be used to "
            "index type 'Record<Kind, number>'.")),
        TscDiagnostic(file="src/a.ts", line=4, column=25, code=2339,
                      message="Property 'missing' does not exist on type 'Item'."),
    ]  # fmt: skip
    for order in (tsc, tsc[::-1]):
        found = classify(repo=repo(**{"src/a.ts": "let x = 1\n"}), tsc=order)
        assert [(f.line, f.code, f.extra["column"]) for f in found.ordered()] == [(4, "TS2339", 25)]
        assert found.failures[0].message.startswith("Property 'missing'")


def test_it_reads_no_undef_of_a_node_runtime_global_as_a_lint_of_the_configuration():
    eslint = [
        EslintMessage(file="src/math.js", rule="no-undef", message="'structuredClone' is not defined.", line=2,
                      column=18),
        EslintMessage(file="src/math.js", rule="no-undef", message="'helper' is not defined.", line=3, column=1),
        EslintMessage(file="src/math.js", rule="no-undef", message="'require' is not defined.", line=1, column=1),
    ]  # fmt: skip
    found = {f.line: f.bug_type for f in classify(repo=repo(), eslint=eslint).failures}
    assert found == {2: BugType.LINTING, 3: BugType.IMPORT, 1: BugType.IMPORT}


def test_an_export_list_naming_an_unbound_name_is_an_import_problem_at_the_export():
    # Round 52 (npm26): V8's link error, taken for SYNTAX before; synthetic modules.
    sources = {
        "src/index.js": "import { a } from './a.js';\n\nexport { a, b };\n",
        "src/a.js": "export const a = 1;\nexport const b = 2;\n",
        "test/index.spec.js": "import { a } from '../src/index.js';\n",
    }
    repo = Repository(files=set(sources), read=sources.get)
    caught = "SyntaxError: Export 'b' is not defined in module"
    found = classify_error(
        parse_error(caught, REPO), repo=repo, source="mocha", origins=["test/index.spec.js"]
    )
    assert (found.bug_type, found.file, found.line, found.extra.get("name")) == (
        BugType.IMPORT,
        "src/index.js",
        3,
        "b",
    )
    headed = f"file://{REPO}/src/index.js:3\nexport {{ a, b }};\n            ^\n\n{caught}\n"
    found = classify_error(parse_error(headed, REPO), repo=repo, source="mocha")
    assert (found.bug_type, found.file, found.line) == (BugType.IMPORT, "src/index.js", 3)
