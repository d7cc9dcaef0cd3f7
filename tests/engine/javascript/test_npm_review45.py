"""Round 45, npm review: bugs found in npm19's new families (lint_meanings, syntax_foreign), each with
the test that failed before its fix."""

from __future__ import annotations

from healer.engine.javascript.fixers.lint import eslint_candidates
from healer.engine.javascript.lint import EslintMessage


def _texts(source: str, *, rule: str, line: int, column: int) -> list[str]:
    message = EslintMessage("src/a.js", rule, "", line, column)
    return [c.text for c in eslint_candidates(source, "src/a.js", message=message)]


# -- lint_meanings -------------------------------------------------------------------------------
def test_a_call_whose_only_arguments_are_comments_is_no_crash():
    # `this_arg, *rest = []` raised ValueError when every argument node was a comment.
    assert _texts("f.call(/* this */);\n", rule="no-useless-call", line=1, column=1) == []


def test_a_returned_assignment_never_reads_its_target_again_when_that_has_effects():
    # `return xs[i++] = make();` became `xs[i++] = make(); return xs[i++];`: `i` moved twice.
    source = "function g(xs) {\n  return xs[i++] = make();\n}\n"
    for found in _texts(source, rule="no-return-assign", line=2, column=3):
        assert "return xs[i++]" not in found


def test_a_returned_destructuring_is_not_rebuilt_as_a_new_literal():
    # `return [a, b] = f();` returns f()'s value; `return [a, b];` returns a new array.
    source = "function g() {\n  return [a, b] = f();\n}\n"
    for found in _texts(source, rule="no-return-assign", line=2, column=3):
        assert "return [a, b];" not in found


def test_a_returned_plain_assignment_is_still_split():
    source = "function g(o) {\n  return cache = o;\n}\n"
    found = _texts(source, rule="no-return-assign", line=2, column=3)
    assert found == [source.replace("return cache = o;", "cache = o;\n  return o;")]


def test_a_chained_assignment_never_evaluates_a_target_twice():
    # `a = b[f()] = make();` became `b[f()] = make(); a = b[f()];`: f() called twice.
    for found in _texts("a = b[f()] = make();\n", rule="no-multi-assign", line=1, column=5):
        assert found.count("f()") == 1


def test_a_chained_assignment_keeps_a_target_that_reads_an_assigned_name_before_the_store():
    # `i = a[i] = 0;` stores into a[old i]; `i = 0; a[i] = 0;` into a[0].
    assert _texts("i = a[i] = 0;\n", rule="no-multi-assign", line=1, column=5) == []
    # `a[i] = i = make();` likewise: `i = make(); a[i] = i;` stores into a[new i].
    assert _texts("a[i] = i = make();\n", rule="no-multi-assign", line=1, column=8) == []
