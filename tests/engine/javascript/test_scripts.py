"""What an npm script runs: segments, wrappers, called scripts, and what stays opaque."""

from __future__ import annotations

from healer.engine.javascript.scripts import (
    referenced_scripts,
    runner_segment,
    script_segments,
    split_operators,
)


def test_it_splits_at_shell_operators_outside_quotes():
    assert split_operators("a && b || 'c && d' ; e | f") == [
        ("", "a"), ("&&", "b"), ("||", "'c && d'"), (";", "e"), ("|", "f"),
    ]  # fmt: skip
    assert split_operators("echo 'unbalanced") is None


def test_it_sees_the_program_behind_wrappers_and_environment():
    (segment,) = script_segments("cross-env NODE_ENV=test npx --no-install jest --ci", {})
    assert segment.prefix == ("cross-env", "NODE_ENV=test", "npx", "--no-install")
    assert (segment.program, segment.args, segment.runner) == ("jest", ("--ci",), "jest")


def test_node_test_is_a_runner_only_with_dash_dash_test():
    assert script_segments("node --test test/", {})[0].runner == "node-test"
    assert script_segments("node build.js", {})[0].runner == ""


def test_npm_run_inlines_the_called_script_with_its_pre_script():
    scripts = {"check": "npm run lint && npm test", "lint": "eslint .", "test": "jest", "pretest": "tsc"}
    segments = script_segments(scripts["check"], scripts)
    assert referenced_scripts(segments) == {"lint", "test", "pretest"}
    assert runner_segment(segments, ("jest",)).program == "jest"
    assert runner_segment(segments, ("eslint",)).args == (".",)


def test_a_script_that_calls_itself_does_not_loop():
    scripts = {"test": "npm test"}
    (segment,) = script_segments(scripts["test"], scripts, seen=frozenset({"test"}))
    assert segment.script == "test" and segment.children == ()


def test_shell_syntax_it_does_not_follow_is_opaque():
    for command in ("node --test > out.txt", "jest $(cat list)", "if true; then jest; fi", "(cd a && jest)"):
        (segment, *_) = script_segments(command, {})
        assert segment.opaque, command
    assert not script_segments("mocha 'test/**/*.js' --grep '(slow)'", {})[0].opaque


def test_it_marks_the_globs_sh_would_expand_and_not_the_quoted_or_escaped_ones():
    (segment,) = script_segments("node --test test/*.test.cjs 'lib/*.cjs' src/\\*.js \"a b/\"?.js", {})
    assert segment.args == ("--test", "test/*.test.cjs", "lib/*.cjs", "src/*.js", "a b/?.js")
    assert segment.globs == {"test/*.test.cjs", "a b/?.js"}
