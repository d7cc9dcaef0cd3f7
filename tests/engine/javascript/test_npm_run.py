"""The npm language's runner: the toolkit's commands in a sandbox, their reports in the engine's plain shape."""

from __future__ import annotations

import json
import shlex
from collections.abc import Mapping, Sequence

from healer.engine.analysis.places import failing_places
from healer.engine.javascript import reports
from healer.engine.javascript.classify import Repository
from healer.engine.javascript.commands import Paths, check_commands, jest_runs_plain, single_test_command
from healer.engine.javascript.project import detect_npm_project
from healer.engine.javascript.reports import TestCase
from healer.engine.languages.npm_run import (
    BUILD_NODEID,
    RUN_TIMEOUT_MIN,
    NpmRunner,
    common_run,
    exception_dict,
)
from healer.engine.types import ExecResult
from tests.engine.javascript.conftest import REPO, data, package

PATHS = Paths(repo_dir=REPO, support_dir="/stage/support")
FAILED = ExecResult(exit_code=1, output="", duration=2.0)


class ScriptedSandbox:
    """The Sandbox protocol answering from a script: what each command prints, which files it leaves."""

    repo_dir = REPO
    support_dir = "/stage/support"

    def __init__(self, answers: Sequence[tuple[ExecResult, Mapping[str, bytes]]]) -> None:
        self.answers = list(answers)
        self.files: dict[str, bytes] = {}
        self.calls: list[tuple[list[str], float | None, dict]] = []

    def upload(self, workspace) -> None:  # pragma: no cover - not used here
        pass

    def put_files(self, files) -> None:  # pragma: no cover - not used here
        pass

    def exec(self, argv, *, timeout=None, env=None, reset=True) -> ExecResult:
        self.calls.append((list(argv), timeout, dict(env or {})))
        result, files = self.answers.pop(0) if self.answers else (ExecResult(0, "", 0.1), {})
        self.files = dict(files)
        return result

    def read_file(self, path: str, *, limit: int) -> bytes | None:
        raw = self.files.get(path)
        return raw[:limit] if raw is not None else None


def runner_for(workspace, scripts, answers, **files):
    ws = workspace({"package.json": package(scripts=scripts), **files})
    project = detect_npm_project(ws)
    sandbox = ScriptedSandbox(answers)
    repo = Repository(files=list(ws.iter_files()), read=ws.read_text)
    runner = NpmRunner(
        sandbox=sandbox,
        project=project,
        commands=tuple(check_commands(project, paths=PATHS)),
        paths=PATHS,
        repository=lambda: repo,
        command_timeout=300,
    )
    return runner, sandbox


def test_it_reads_the_runners_report_into_the_engines_test_run(workspace):
    report = f"{REPO}/.healer-jest.json"
    runner, sandbox = runner_for(
        workspace,
        {"test": "jest"},
        [(FAILED, {report: data("jest-failures.json")})],
        **{"test/math.test.js": ""},
    )
    run = runner.run_tests()
    assert sandbox.calls[0][0][:2] == ["sh", "-c"] and "--json" in sandbox.calls[0][0][2]
    assert {t.nodeid: t.outcome for t in run.tests.values()} == {
        "test/math.test.js::math adds": "failed",
        "test/math.test.js::math boom": "failed",
        "test/math.test.js::math ok": "passed",
    }
    boom = run.tests["test/math.test.js::math boom"].exception
    # Outermost first, as the pytest plugin reports frames; the innermost is the source line that raised.
    assert boom["type"] == "TypeError" and boom["frames"][-1][:2] == ("src/math.js", 5)
    assert boom["frames"][0][0] == "test/math.test.js"
    places = failing_places(run)
    assert (places["test/math.test.js::math boom"].file, places["test/math.test.js::math boom"].line) == (
        "src/math.js",
        5,
    )
    assert run.error == "" and run.js is not None and run.js.runner == "jest"


def test_a_test_file_that_cannot_load_is_a_collection_error_named_by_its_file(workspace):
    report = f"{REPO}/.healer-jest.json"
    runner, _ = runner_for(workspace, {"test": "jest"}, [(FAILED, {report: data("jest-suite-errors.json")})])
    run = runner.run_tests()
    errors = {e.nodeid: e.exception for e in run.collect_errors}
    assert set(errors) == {"test/bad.test.js", "test/gone.test.js"}
    assert errors["test/bad.test.js"]["syntax"]["filename"] == "src/bad.js"
    assert errors["test/bad.test.js"]["syntax"]["lineno"] == 2
    assert failing_places(run)["test/bad.test.js"].file == "src/bad.js"


def test_a_runner_that_wrote_nothing_did_not_run_and_says_why(workspace):
    crash = ExecResult(exit_code=1, output="Something odd happened\n", duration=0.5)
    runner, _ = runner_for(workspace, {"test": "jest"}, [(crash, {})])
    run = runner.run_tests()
    assert run.error.startswith("jest: no report was written") and not run.tests


def test_a_failed_tsc_build_step_is_one_collection_error_not_a_run_that_did_not_happen(workspace):
    output = "src/m.ts(4,3): error TS2322: Type 'string' is not assignable to type 'number'.\n"
    runner, _ = runner_for(
        workspace,
        {"test": "tsc -p . && node --test dist/test/"},
        [(ExecResult(exit_code=2, output=output, duration=3.0), {})],
    )
    run = runner.run_tests()
    assert run.error == ""
    assert [e.nodeid for e in run.collect_errors] == [BUILD_NODEID]
    assert [(d.file, d.line, d.code) for d in run.tsc] == [("src/m.ts", 4, 2322)]


def test_tsc_diagnostics_printed_by_a_failed_build_step_are_not_a_load_error_of_no_file(workspace):
    # tsc's TS2307 line reads like a failed require ("Cannot find module '../point'"): it is tsc's
    # finding at src/contains.ts:1, not a suite error the runner (which never ran) reported.
    output = (
        "> polygon@1.0.0 test\n> tsc -p tsconfig.json && node --test dist/test/\n\n"
        "src/contains.ts(1,39): error TS2307: Cannot find module '../point' or its corresponding type declarations.\n"
        "src/measure.ts(35,37): error TS2554: Expected 2 arguments, but got 4.\n"
    )
    runner, _ = runner_for(
        workspace,
        {"test": "tsc -p tsconfig.json && node --test dist/test/"},
        [(ExecResult(exit_code=2, output=output, duration=3.0), {})],
    )
    run = runner.run_tests()
    assert [e.nodeid for e in run.collect_errors] == [BUILD_NODEID]
    assert run.js is not None and run.js.suite_errors == []
    assert [(d.file, d.line, d.code) for d in run.tsc] == [
        ("src/contains.ts", 1, 2307),
        ("src/measure.ts", 35, 2554),
    ]


def test_a_parse_error_a_failed_build_step_printed_stays_the_runners_located_failure(workspace):
    output = "src/pointer.ts(9,31): error TS1005: ')' expected.\n"
    runner, _ = runner_for(
        workspace,
        {"test": "tsc -p tsconfig.json && node --test dist/test/"},
        [(ExecResult(exit_code=2, output=output, duration=3.0), {})],
        **{"src/pointer.ts": "export const a = 1;\n"},
    )
    run = runner.run_tests()
    assert [s.error.location for s in run.js.suite_errors] == [("src/pointer.ts", 9, 31)]


def test_a_targeted_run_names_the_files_to_jest_and_the_titles_to_mocha(workspace):
    report = f"{REPO}/.healer-jest.json"
    runner, sandbox = runner_for(
        workspace,
        {"test": "jest --ci"},
        [(FAILED, {report: data("jest-failures.json")})],
        **{"test/math.test.js": ""},
    )
    runner.run_tests(node_ids=["test/math.test.js::math adds", "test/math.test.js::math ok"])
    argv = shlex.split(sandbox.calls[0][0][2])
    assert argv[0] == "jest" and argv[-1] == "test/math.test.js" and argv.count("test/math.test.js") == 1

    runner, sandbox = runner_for(workspace, {"test": "mocha 'test/*.js'"}, [(FAILED, {})])
    runner.run_tests(node_ids=["test/a.js::math adds (x)", "test/a.js::math adds (x) #2"])
    argv = shlex.split(sandbox.calls[0][0][2])
    assert argv[argv.index("--grep") + 1] == "^(?:math adds \\(x\\))$"


def test_a_runner_it_cannot_limit_runs_everything(workspace):
    runner, sandbox = runner_for(workspace, {"test": "node --test test/"}, [(FAILED, {})])
    runner.run_tests(node_ids=["test/a.test.js::adds"])
    full = check_commands(runner.project, paths=PATHS)[0].argv
    assert tuple(sandbox.calls[0][0]) == full


def test_after_a_whole_run_later_runs_are_stopped_long_before_the_command_timeout(workspace):
    # An edit that makes the code loop forever must not cost the whole command timeout each time.
    report = f"{REPO}/.healer-node-test.jsonl"
    passed = b'{"event":"pass","name":"x","ancestors":[],"file":"/work/test/a.test.js","line":1,"column":1}\n'
    runner, sandbox = runner_for(
        workspace,
        {"test": "node --test"},
        [
            (ExecResult(1, "boom", 0.5), {}),  # no test ran (a load error): no measure of a whole run
            (ExecResult(1, "", 2.0), {report: passed}),
            (ExecResult(1, "", 80.0), {report: passed}),  # a targeted run: not a whole run either
            (ExecResult(1, "", 1.0), {report: passed}),
            (ExecResult(1, "", 1.0), {report: passed}),
        ],
    )
    runner.run_tests()
    runner.run_tests()
    runner.run_tests(node_ids=["test/a.test.js::x"])
    runner.run_tests()
    runner.slowest_run = 10.0
    runner.run_tests()
    timeouts = [timeout for _, timeout, _ in sandbox.calls]
    assert timeouts == [300, 300, RUN_TIMEOUT_MIN, RUN_TIMEOUT_MIN, 50.0]


def test_a_script_it_cannot_follow_passes_or_fails_as_a_whole(workspace):
    runner, _ = runner_for(workspace, {"test": "jest > out.txt"}, [(ExecResult(3, "boom", 1.0), {})])
    run = runner.run_tests()
    assert run.error.startswith("npm run test failed (exit code 3)") and not run.tests
    runner, _ = runner_for(workspace, {"test": "jest > out.txt"}, [(ExecResult(0, "", 1.0), {})])
    assert runner.run_tests().error == ""


def test_lint_reads_eslint_errors_and_tsc_diagnostics_as_findings(workspace):
    report = f"{REPO}/.healer-eslint.json"
    runner, _ = runner_for(
        workspace,
        {"test": "jest", "lint": "eslint src", "typecheck": "tsc --noEmit"},
        [
            (FAILED, {report: data("eslint.json")}),
            (ExecResult(2, data("tsc.txt").decode(), 1.0), {}),
        ],
    )
    lint = runner.run_lint()
    codes = {(f.code, f.file, f.line) for f in lint.findings}
    assert ("no-unused-vars", "src/lint.js", 1) in codes and ("TS2322", "src/t.ts", 4) in codes
    assert all(m.severity == 2 or m.fatal for m in lint.eslint if (m.rule, m.file, m.line) in codes)
    assert lint.error == ""


def test_a_static_check_that_fails_without_findings_is_a_problem_not_silence(workspace):
    runner, _ = runner_for(
        workspace, {"test": "jest", "check": "prettier --check ."}, [(ExecResult(1, "x", 1.0), {})]
    )
    lint = runner.run_lint()
    assert lint.findings == [] and lint.error.startswith("npm run check failed (exit code 1)")
    assert lint.failed_checks == ["npm run check"]


def test_assertions_are_localised_by_per_test_v8_coverage_merged_in_the_sandbox(workspace):
    source = "export function add(a, b) {\n  return a - b;\n}\n"
    report = f"{REPO}/.healer-node-test.jsonl"
    failing = (
        b'{"event":"fail","name":"adds","ancestors":[],"file":"/work/test/a.test.js","line":3,"column":1,'
        b'"error":{"name":"AssertionError","message":"4 !== 5","stack":"AssertionError: 4 !== 5\\n'
        b'    at TestContext.<anonymous> (/work/test/a.test.js:4:10)","code":"ERR_ASSERTION",'
        b'"failureType":"testCodeFailure","exitCode":null}}\n'
        b'{"event":"pass","name":"zero","ancestors":[],"file":"/work/test/a.test.js","line":6,"column":1}\n'
    )
    ranges = [{"startOffset": 0, "endOffset": len(source), "count": 1}]
    covered = json.dumps(
        {"result": [{"url": "file:///work/src/add.js", "functions": [{"ranges": ranges}]}]}
    ).encode()
    merged_0, merged_1 = "/work/.healer-coverage/0/merged.json", "/work/.healer-coverage/1/merged.json"
    runner, sandbox = runner_for(
        workspace,
        {"test": "tsc -p . && node --test"},
        [(ExecResult(1, "", 2.0), {report: failing}), (FAILED, {merged_0: covered, merged_1: b"{}"})],
        **{"src/add.js": source, "test/a.test.js": ""},
    )
    run = runner.run_tests(coverage=True)
    assert run.coverage
    assert run.tests["test/a.test.js::adds"].covered == {"src/add.js": [1, 2]}
    assert run.tests["test/a.test.js::zero"].covered == {}
    # One command for every test: the build step once, then each test under its own time limit.
    ((argv, timeout, _),) = sandbox.calls[1:]
    script = argv[2]
    # The build step emits source maps, so the coverage of the emitted code maps back to the source. The
    # whole run's build was clean: the per-test runs emit without type checking (tsc should the script
    # refuse the project).
    assert script.startswith(
        "( node /stage/support/healer_transpile.mjs -p . || tsc -p . --sourceMap --inlineSourceMap false ) && "
        "( timeout -k 2 30 env NODE_V8_COVERAGE=/work/.healer-coverage/0 "
    )
    assert script.count("--test-name-pattern=") == 2 and script.count("tsc -p") == 1
    assert (
        "healer_v8_coverage.mjs /work/.healer-coverage/1 /work/.healer-coverage/1/merged.json /work" in script
    )
    assert timeout == 2 * RUN_TIMEOUT_MIN


def test_no_coverage_run_when_no_failure_needs_localising(workspace):
    report = f"{REPO}/.healer-jest.json"
    runner, sandbox = runner_for(
        workspace, {"test": "jest"}, [(FAILED, {report: data("jest-suite-errors.json")})]
    )
    run = runner.run_tests(coverage=True)
    assert len(sandbox.calls) == 1 and not run.coverage


def test_an_error_becomes_the_plugins_exception_shape():
    error = (
        reports.parse_jest_report(data("jest-failures.json"), result=FAILED, repo_dir=REPO)
        .tests["test/math.test.js::math adds"]
        .error
    )
    exc = exception_dict(error)
    assert set(exc) >= {"type", "message", "frames", "name", "path"} and "syntax" not in exc
    assert exc["message"].startswith("expect(received).toBe(expected)")


def test_common_run_keeps_the_runners_report():
    js = reports.parse_jest_report(data("jest-failures.json"), result=FAILED, repo_dir=REPO)
    run = common_run(js, duration=2.0)
    assert run.js is js and run.passed_ids == {"test/math.test.js::math ok"} and run.duration == 2.0


PARAMS = "export function f(p) {\n  if (p) {{\n    return 1;\n  } else {\n    return 2;\n  }\n}\n"


def test_an_esm_parse_error_mocha_reports_without_a_place_is_located_by_node_check(workspace):
    # mocha's ESM loader: "Exception during run", no report, the test file named instead of the module.
    lost = "Exception during run: SyntaxError[ @/work/test/r.spec.js ]: Unexpected token 'else'\n"
    probe = "HEALER-LOAD-ERROR test/r.spec.js\nSyntaxError: Unexpected token 'else'\n    at compileSourceTextModule (node:internal/modules/esm/utils:346:16)\n"
    checked = (
        "HEALER-CHECK-ERROR src/params.js\n/work/src/params.js:4\n  } else {\n    ^^^^\n\n"
        "SyntaxError: Unexpected token 'else'\n    at checkSyntax (node:internal/main/check_syntax:74:5)\n"
    )
    runner, sandbox = runner_for(
        workspace,
        {"test": "mocha 'test/*.spec.js'"},
        [(ExecResult(1, lost, 1.0), {}), (ExecResult(1, probe, 0.5), {}), (ExecResult(0, checked, 0.5), {})],
        **{"src/params.js": PARAMS, "src/router.js": "import { f } from './params.js';\nexport const g = f;\n",
           "test/r.spec.js": "import { g } from '../src/router.js';\n", "test/other.spec.js": ""},
    )  # fmt: skip
    runner.test_files = lambda: ["test/other.spec.js", "test/r.spec.js"]
    run = runner.run_tests()
    (error,) = run.collect_errors
    assert error.nodeid == "test/r.spec.js"
    assert (
        error.exception["syntax"]["filename"] == "src/params.js" and error.exception["syntax"]["lineno"] == 4
    )
    # The imports of the test file that failed, nearest first, the test file last; nothing else.
    check = sandbox.calls[2][0]
    assert check[:2] == ["sh", "-c"] and check[4:] == ["src/router.js", "src/params.js", "test/r.spec.js"]


def test_a_missing_esm_export_mocha_reports_without_a_place_is_placed_at_the_importing_statement(workspace):
    # Node's linker under mocha: "Exception during run", no report, no file, no repository frame.
    linked = (
        "Exception during run: SyntaxError: The requested module './caesar.js' does not provide an export "
        "named 'shiftLetters'\n    at ModuleJobSync.runSync (node:internal/modules/esm/module_job:423:37)\n"
    )
    runner, _ = runner_for(
        workspace,
        {"test": "mocha 'test/*.spec.js'"},
        [(ExecResult(1, linked, 1.0), {})],
        **{"src/caesar.js": "export function shiftLetter(ch) {\n  return ch;\n}\n",
           "src/vigenere.js": "// keys\nimport { shiftLetters } from './caesar.js';\nexport const v = shiftLetters;\n",
           "test/c.spec.js": "import { v } from '../src/vigenere.js';\n"},
    )  # fmt: skip
    run = runner.run_tests()
    (error,) = run.collect_errors
    place = failing_places(run)[error.nodeid]
    assert (place.file, place.line, place.kind) == ("src/vigenere.js", 2, "SyntaxError")
    assert run.js.suite_errors[0].error.importer == "src/vigenere.js"


def test_a_parse_error_with_its_place_is_not_checked_again(workspace):
    report = f"{REPO}/.healer-jest.json"
    runner, sandbox = runner_for(
        workspace,
        {"test": "jest"},
        [(FAILED, {report: data("jest-failures.json")})],
        **{"test/math.test.js": ""},
    )
    runner.run_tests()
    assert len(sandbox.calls) == 1


def test_targeted_runs_build_without_type_checking_only_while_the_whole_runs_build_is_clean(workspace):
    report = f"{REPO}/.healer-node-test.jsonl"
    passed = (
        b'{"event":"pass","name":"x","ancestors":[],"file":"/work/dist/test/a.test.js","line":1,"column":1}\n'
    )
    broken = "src/m.ts(4,3): error TS2322: Type 'string' is not assignable to type 'number'.\n"
    runner, sandbox = runner_for(
        workspace,
        {"test": "tsc -p tsconfig.json && node --test dist/test/"},
        [
            (ExecResult(exit_code=2, output=broken, duration=3.0), {}),  # the build fails
            (FAILED, {report: passed}),  # a targeted run: the real build
            (FAILED, {report: passed}),  # a whole run whose build passed
            (FAILED, {report: passed}),  # a targeted run: the fast build
            (FAILED, {report: passed}),  # the whole run keeps the real build
        ],
    )
    transpile = "node /stage/support/healer_transpile.mjs -p tsconfig.json"
    real = "tsc -p tsconfig.json --sourceMap --inlineSourceMap false"
    runner.run_tests()
    runner.run_tests(node_ids=["dist/test/a.test.js::x"])
    runner.run_tests()
    runner.run_tests(node_ids=["dist/test/a.test.js::x"])
    runner.run_tests()
    shells = [argv[2] for argv, _, _ in sandbox.calls]
    assert [transpile in shell for shell in shells] == [False, False, False, True, False]
    # Should the support script refuse the project, tsc builds as before.
    assert shells[3].startswith(f"( {transpile} || {real} ) && node ")
    assert all(shell.startswith(f"{real} && node ") for shell in (shells[0], shells[2], shells[4]))


def test_the_fast_build_gives_way_to_tsc_when_it_cannot_emit_the_project_itself(tmp_path):
    import shutil
    import subprocess

    import pytest

    from tests.engine.conftest import SUPPORT

    if shutil.which("node") is None:
        pytest.skip("needs Node.js on the host")
    (tmp_path / "package.json").write_text('{"name": "p"}')
    (tmp_path / "tsconfig.json").write_text('{"compilerOptions": {"outDir": "dist"}}')
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "m.ts").write_text("export const n: number = 1;\n")
    script = str(SUPPORT / "healer_transpile.mjs")
    for args in (["-p", "tsconfig.json"], ["--outDir", "x"]):  # no typescript package; an unknown option
        done = subprocess.run(
            ["node", script, *args], cwd=tmp_path, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 3, done.stderr
        assert not (tmp_path / "dist").exists()


def test_the_fast_transpile_emits_each_nodenext_file_in_the_format_node_loads_it_as(tmp_path):
    """transpileModule does not read package.json's "type", which decides a NodeNext file's format: the
    script does, per file (extension first, then the nearest package.json), as Node and tsc do."""
    import json
    import shutil
    import subprocess

    import pytest

    from tests.engine.conftest import SUPPORT

    if shutil.which("node") is None:
        pytest.skip("needs Node.js on the host")
    (tmp_path / "package.json").write_text('{"name": "p", "type": "module"}')
    (tmp_path / "tsconfig.json").write_text('{"compilerOptions": {"outDir": "dist", "module": "NodeNext"}}')
    (tmp_path / "src" / "legacy").mkdir(parents=True)
    (tmp_path / "src" / "legacy" / "package.json").write_text('{"type": "commonjs"}')
    for name in ("m.ts", "c.cts", "legacy/l.ts"):
        (tmp_path / "src" / name).write_text("export const n: number = 1;\n")
    # A stand-in for the project's typescript package: the parsed configuration, and an emit that
    # writes down the module kind and interop it was asked for.
    stand_in = tmp_path / "node_modules" / "typescript"
    stand_in.mkdir(parents=True)
    (stand_in / "index.js").write_text(
        "const path = require('node:path');\n"
        "module.exports = {\n"
        "  sys: {}, ModuleKind: { CommonJS: 1, ESNext: 99, Node16: 100, NodeNext: 199 }, ScriptTarget: { ESNext: 99 },\n"
        "  getParsedCommandLineOfConfigFile: (file) => ({ errors: [], options: { module: 199, moduleResolution: 99,\n"
        "    outDir: 'dist' }, fileNames: ['m.ts', 'c.cts', 'legacy/l.ts'].map((f) => path.join(path.dirname(file), 'src', f)) }),\n"
        "  transpileModule: (text, { compilerOptions: o }) => ({ outputText: JSON.stringify(\n"
        "    [o.module, o.esModuleInterop, o.target, o.moduleResolution ?? null]) }),\n"
        "  getOutputFileNames: (config, file) => [file.replace('/src/', '/dist/src/').replace(/\\.(c?)ts$/, '.$1js')],\n"
        "};\n"
    )
    script = str(SUPPORT / "healer_transpile.mjs")
    done = subprocess.run(
        ["node", script, "-p", "tsconfig.json"], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    emitted = {
        name: json.loads((tmp_path / "dist" / "src" / name).read_text())
        for name in ("m.js", "c.cjs", "legacy/l.js")
    }
    # ESNext for the package's ES modules, CommonJS for a .cts and under a "commonjs" package.json.
    assert emitted == {
        "m.js": [99, True, 99, None],
        "c.cjs": [1, True, 99, None],
        "legacy/l.js": [1, True, 99, None],
    }


def test_plain_javascript_jest_runs_targeted_and_per_test_runs_without_babel(workspace):
    report = f"{REPO}/.healer-jest.json"
    files = {"src/m.js": "module.exports = 1;\n", "test/math.test.js": "test('a', () => {});\n"}
    runner, sandbox = runner_for(
        workspace, {"test": "jest --ci"}, [(FAILED, {report: data("jest-failures.json")})] * 3, **files
    )
    runner.run_tests()
    runner.run_tests(node_ids=["test/math.test.js::math adds"])
    whole, targeted = (shlex.split(call[0][2]) for call in sandbox.calls[:2])
    # The whole-suite run, which accepts a fix, keeps the project's own transform.
    assert "--transform={}" not in whole and "--transform={}" in targeted
    assert targeted[-1] == "test/math.test.js"
    command = single_test_command(
        runner.project, test=TestCase(id="t::a", file="test/math.test.js", name="a", title="a", outcome="failed"),
        paths=PATHS, directory="/c", plain_jest=True,
    )  # fmt: skip
    assert "--transform={}" in shlex.split(command.argv[2])


def test_jest_keeps_its_transform_where_babel_or_a_mock_hoisting_could_matter(workspace, tmp_path):
    plain = {"package.json": package(scripts={"test": "jest"}), "src/m.js": "", "test/m.test.js": ""}
    assert jest_runs_plain(detect_npm_project(workspace(plain)), files=list(plain), read=lambda f: plain[f])
    for extra in (
        {"babel.config.js": "module.exports = {};"},
        {".babelrc": "{}"},
        {"jest.config.js": "module.exports = {};"},
        {"src/m.ts": "export const a = 1;"},
        {"test/m.test.js": "jest.mock('../src/m');"},
        {"package.json": package(scripts={"test": "jest"}, jest={"preset": "ts-jest"})},
        {"package.json": package(scripts={"test": "jest --config jest.json"})},
        {"package.json": package(scripts={"test": "mocha"})},
    ):
        files = {**plain, **extra}
        project = detect_npm_project(workspace(files))
        assert not jest_runs_plain(project, files=list(files), read=lambda f, files=files: files[f]), extra
        for name in extra:
            (tmp_path / name).unlink()


def test_node_test_runs_only_the_targeted_files_when_its_arguments_are_plain_paths(workspace):
    files = {"test/a.test.js": "", "test/b.test.js": ""}
    runner, sandbox = runner_for(workspace, {"test": "node --test test/"}, [(FAILED, {})], **files)
    runner.run_tests(node_ids=["test/a.test.js::adds"])
    argv = shlex.split(sandbox.calls[0][0][2])
    assert argv[-2:] == ["--test", "test/a.test.js"] and "test/" not in argv
    # An option whose value is a separate word, or a file its paths do not hold: everything runs.
    for script in ("node --import tsx --test test/", "node --test spec/"):
        runner, sandbox = runner_for(workspace, {"test": script}, [(FAILED, {})], **files)
        runner.run_tests(node_ids=["test/a.test.js::adds"])
        assert tuple(sandbox.calls[0][0]) == check_commands(runner.project, paths=PATHS)[0].argv
