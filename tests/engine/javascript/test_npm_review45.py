"""Round 45, npm review: bugs found in npm19's new families (lint_meanings, syntax_foreign), each with
the test that failed before its fix."""

from __future__ import annotations

from healer.engine.javascript.fixers.lint import eslint_candidates
from healer.engine.javascript.fixers.syntax_foreign import heritage_candidates, python_candidates
from healer.engine.javascript.lint import EslintMessage
from healer.engine.javascript.syntax import encode, parse, walk

from ..conftest import cpu_ratio


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


# -- syntax_foreign ------------------------------------------------------------------------------
def test_several_bases_with_type_arguments_keep_them_on_their_base():
    # `extends Base<T>, Timed` became `extends Base implements <T>, Timed` (type_arguments read as a base).
    source = "class G extends Base<T>, Timed {}\n"
    tree = parse(source, "src/a.ts")
    clause = next(n for n in walk(tree.root_node) if n.type == "extends_clause")
    found = heritage_candidates(encode(source), "src/a.ts", clause, line=1)
    assert [c.text for c in found] == ["class G extends Base<T> implements Timed {}\n"]
    assert heritage_candidates(encode("class G extends Base<T> {}\n"), "src/a.ts", _clause("class G extends Base<T> {}\n"), line=1) == []  # fmt: skip


def _clause(source: str):
    return next(n for n in walk(parse(source, "src/a.ts").root_node) if n.type == "extends_clause")


def test_a_python_conditional_on_a_long_line_takes_linear_time():
    # _start searched the whole text left of every character: a 16 KB line took 40 s.
    line = "x = " + "a + " * 4000 + "b if c else d;\n"
    found = python_candidates(line, "src/a.js", 1)
    # linear told by a ratio of CPU times at n and 4n terms, not a wall clock (review 48)
    ratio = cpu_ratio(
        lambda n: python_candidates("x = " + "a + " * n + "b if c else d;\n", "src/a.js", 1), 1000
    )
    assert ratio < 10, ratio
    assert found[0].text == "x = c ? " + "a + " * 4000 + "b : d;\n"


def test_an_arrow_storing_into_a_computed_place_still_gets_the_block_that_returns_nothing():
    # Only the block that returns the target again is refused; the forEach callback's block reads nothing.
    source = "xs.forEach((x) => out[x.id] = make(x));\n"
    found = _texts(source, rule="no-return-assign", line=1, column=19)
    assert found == [source.replace("out[x.id] = make(x)", "{ out[x.id] = make(x); }")]
