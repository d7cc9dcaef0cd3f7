"""Check commands: the project's scripts with a machine-readable reporter added to the runner's segment."""

from __future__ import annotations

import shlex

import pytest

from healer.engine.javascript.commands import Paths, check_commands, regex_escape, single_test_command
from healer.engine.javascript.project import detect_npm_project
from healer.engine.javascript.reports import TestCase
from tests.engine.javascript.conftest import package

PATHS = Paths(repo_dir="/work", support_dir="/stage/support")


def commands_for(workspace, scripts, **extra):
    files = {"package.json": package(scripts=scripts, devDependencies=extra.pop("deps", {})), **extra}
    return {c.name: c for c in check_commands(detect_npm_project(workspace(files)), paths=PATHS)}


@pytest.mark.parametrize(
    ("script", "expected"),
    [("jest --ci --json --outputFile=x.json",
      "jest --ci --json --outputFile=/work/.healer-jest.json --testLocationInResults --watchAll=false"),
     ("vitest --reporter verbose", "vitest run --reporter=json --outputFile=/work/.healer-vitest.json --includeTaskLocation"),
     ("mocha -R spec 'test/*.js'",
      "mocha 'test/*.js' --reporter json --reporter-option output=/work/.healer-mocha.json"),
     ("node --test test/",
      "node --test-reporter=/stage/support/healer_node_test_reporter.mjs "
      "--test-reporter-destination=/work/.healer-node-test.jsonl --test test/")],
)  # fmt: skip
def test_the_runner_gets_a_machine_readable_reporter(workspace, script, expected):
    test = commands_for(workspace, {"test": script})["test"]
    assert test.argv == ("sh", "-c", expected)
    assert test.kind == "test" and test.report.startswith("/work/.healer-")
    assert test.env["PATH"].startswith("/work/node_modules/.bin:") and test.env["CI"] == "true"


def test_an_unquoted_glob_stays_unquoted_for_sh_to_expand_as_npm_would(workspace):
    # node before 21 takes `test/*.test.cjs` as a file name: only sh's expansion finds the tests.
    scripts = {"test": "node --test test/*.test.cjs 'lib/*.cjs'"}
    test = commands_for(workspace, scripts)["test"]
    assert test.argv[2].endswith(" --test test/*.test.cjs 'lib/*.cjs'")
    case = TestCase(id="test/a.test.cjs::t", file="test/a.test.cjs", name="t", title="t", outcome="failed")
    project = detect_npm_project(workspace({"package.json": package(scripts=scripts)}))
    one = single_test_command(project, test=case, paths=PATHS, directory="/c")
    assert one is not None and one.argv[2].endswith(" --test test/*.test.cjs 'lib/*.cjs'")


def test_other_segments_run_as_written_and_called_scripts_are_inlined(workspace):
    test = commands_for(
        workspace, {"test": "npm run build && NODE_ENV=test jest", "build": "tsc -p . || true"}
    )["test"]
    assert test.argv[2] == (
        "npm run build && NODE_ENV=test jest --json --outputFile=/work/.healer-jest.json "
        "--testLocationInResults --watchAll=false"
    )
    assert test.tool == "jest" and test.tsc_in_output
    unit = commands_for(workspace, {"test": "npm run unit -- --ci", "unit": "tsc && vitest"})["test"]
    assert unit.argv[2] == (
        "( tsc && vitest run --ci --reporter=json --outputFile=/work/.healer-vitest.json --includeTaskLocation )"
    )


def test_a_script_it_cannot_follow_runs_through_npm(workspace):
    test = commands_for(workspace, {"test": "jest > report.txt"})["test"]
    assert test.argv == ("npm", "run", "--silent", "test") and test.tool == "" and test.report == ""


def test_lint_and_typecheck_scripts_get_json_and_plain_output(workspace):
    commands = commands_for(
        workspace, {"test": "vitest run", "lint": "eslint --fix src -f stylish", "typecheck": "tsc --noEmit"}
    )
    assert commands["lint"].argv[2] == "eslint src --format json --output-file /work/.healer-eslint.json"
    assert commands["typecheck"].argv[2] == "tsc --noEmit --pretty false"


def test_configured_eslint_and_typescript_run_without_scripts(workspace):
    commands = commands_for(
        workspace, {"test": "vitest run"}, deps={"eslint": "9", "typescript": "5"},
        **{"eslint.config.js": "", "tsconfig.json": "{}"},
    )  # fmt: skip
    assert commands["eslint"].argv[2].startswith("eslint . --format json")
    assert commands["tsc"].argv[2] == "tsc --noEmit -p tsconfig.json --pretty false"


def test_a_check_script_that_only_chains_the_others_is_not_run_twice(workspace):
    commands = commands_for(
        workspace, {"test": "jest", "lint": "eslint .", "check": "npm run lint && npm test"}
    )
    assert set(commands) == {"test", "lint"}


def test_one_test_with_coverage_per_runner(workspace):
    case = TestCase(id="test/a.test.js::math adds (x)", file="test/a.test.js", name="math adds (x)", title="adds (x)",
                    outcome="failed")  # fmt: skip
    for script, fmt, words in (
        ("jest", "istanbul", ["test/a.test.js", "-t", "^math adds \\(x\\)$", "--coverageProvider=v8"]),
        ("mocha", "v8", ["--grep", "^math adds \\(x\\)$", "test/a.test.js"]),
        ("node --test", "v8", ["--test-name-pattern=^adds \\(x\\)$"]),
    ):
        project = detect_npm_project(workspace({"package.json": package(scripts={"test": script})}))
        command = single_test_command(project, test=case, paths=PATHS, directory="/tmp/cov")
        argv = shlex.split(command.argv[2])
        assert command.format == fmt and all(word in argv for word in words), argv
        assert (command.env.get("NODE_V8_COVERAGE") == "/tmp/cov") == (fmt == "v8")


def test_vitest_needs_its_coverage_package_for_per_test_coverage(workspace):
    case = TestCase(id="t::a", file="t.test.ts", name="a", title="a", outcome="failed")
    for deps, has in (({"vitest": "3"}, False), ({"vitest": "3", "@vitest/coverage-v8": "3"}, True)):
        project = detect_npm_project(
            workspace({"package.json": package(scripts={"test": "vitest"}, devDependencies=deps)})
        )
        assert (single_test_command(project, test=case, paths=PATHS, directory="/c") is not None) == has


def test_regex_escape_matches_the_title_literally():
    assert regex_escape("a (b) c.d [x] $ / \\") == "a \\(b\\) c\\.d \\[x\\] \\$ \\/ \\\\"


def test_a_tsc_build_before_node_test_or_mocha_emits_source_maps_and_frames_use_them(workspace):
    # The tests run tsc's output (dist/): maps put frames and coverage back at the TypeScript source.
    test = commands_for(workspace, {"test": "tsc -p tsconfig.json && node --test dist/test/"})["test"]
    assert test.argv[2].startswith("tsc -p tsconfig.json --sourceMap --inlineSourceMap false && node ")
    assert test.env["NODE_OPTIONS"] == "--enable-source-maps"
    mocha = commands_for(workspace, {"test": "tsc && mocha dist/test"})["test"]
    assert mocha.argv[2].startswith("tsc --sourceMap --inlineSourceMap false && mocha ")


def test_a_tsc_step_that_emits_nothing_or_feeds_jest_runs_as_written(workspace):
    checked = commands_for(workspace, {"test": "tsc --noEmit && node --test"})["test"]
    assert checked.argv[2].startswith("tsc --noEmit && node ")
    built = commands_for(workspace, {"test": "tsc -b && node --test"})["test"]
    assert built.argv[2].startswith("tsc -b && node ")
    jest = commands_for(workspace, {"test": "tsc && jest"})["test"]
    assert jest.argv[2].startswith("tsc && jest ") and "NODE_OPTIONS" not in jest.env
