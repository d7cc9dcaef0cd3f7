"""Parser-guided edits at the error token (fixers/syntax_expected.py), alone and in the search."""

from __future__ import annotations

from healer.engine.fixers.syntax import line_tokens
from healer.engine.fixers.syntax_expected import (
    foreign_bases,
    foreign_conditional,
    foreign_not,
    loop_headers,
    missing_else,
    token_runs,
)
from healer.engine.fixers.syntax_search import generic_repairs
from healer.engine.localise import compile_error


def _lines(maker, body: str, column: int | None) -> list[str]:
    return [new for new, _, _ in maker(body, line_tokens(body), column)]


def _first_compiling(text: str) -> str:
    error = compile_error(text)
    assert error is not None, "the sample must not compile"
    repairs = [r for r in generic_repairs(source=text, column=error.offset - 1) if r.compiles]
    assert repairs, "no compiling repair"
    return repairs[0].source


def test_it_deletes_a_run_of_tokens_ending_before_the_parsers_token():
    body = "    for var in vars if var:"
    assert "    for var in vars:" in _lines(token_runs, body, body.index(":"))


def test_it_never_deletes_a_bracket_or_the_statements_first_token():
    body = "    x = f(a b)"
    for new in _lines(token_runs, body, body.index("b")):
        assert new.count("(") == new.count(")") == 1
        assert new.lstrip().startswith("x")


def test_the_search_mends_a_filter_written_on_a_for_statement():
    text = (
        "def f(vars):\n    out = []\n    for var in vars if var:\n        out.append(var)\n    return out\n"
    )
    assert _first_compiling(text) == text.replace(" if var:", ":")


def test_the_search_keeps_more_tokens_first():
    # One stray token: its single deletion (one edit) ranks before the run of two that empties the line.
    text = "def f(a, b):\n    return a b\n"
    sources = [
        r.source for r in generic_repairs(source=text, column=text.index(" b") - len("def f(a, b):\n") + 1)
    ]
    single, run = "def f(a, b):\n    return a\n", "def f(a, b):\n    return\n"
    assert single in sources
    assert run not in sources or sources.index(single) < sources.index(run)


def test_it_writes_another_languages_conditional_as_pythons():
    body = "    return idx >= 0 ? idx + a : -1"
    assert _lines(foreign_conditional, body, body.index("?")) == ["    return idx + a if idx >= 0 else -1"]


def test_it_writes_a_conditional_inside_a_call_up_to_its_comma():
    body = "    f(x > 0 ? x : 0, y)"
    assert _lines(foreign_conditional, body, body.index("?")) == ["    f(x if x > 0 else 0, y)"]


def test_a_question_mark_without_its_colon_is_left_alone():
    body = "    return a ? b"
    assert _lines(foreign_conditional, body, body.index("?")) == []


def test_it_writes_another_languages_negation_as_not_and_leaves_not_equal_alone():
    assert _lines(foreign_not, "PY3 = !PY2", 6) == ["PY3 = not PY2"]
    assert _lines(foreign_not, "    ok = f(!x)", 11) == ["    ok = f(not x)"]
    assert _lines(foreign_not, "    ok = a != b", None) == []


def test_the_search_ranks_not_before_the_operators_typos():
    assert _first_compiling("PY2 = False\nPY3 = !PY2\n") == "PY2 = False\nPY3 = not PY2\n"


def test_it_gives_a_conditional_the_other_operand_of_its_comparison():
    body = "    return functools.reduce(lambda a, b: a if a > b, states, Ok)"
    column = body.index("a if")
    assert _lines(missing_else, body, column)[0] == (
        "    return functools.reduce(lambda a, b: a if a > b else b, states, Ok)"
    )


def test_it_does_not_give_the_body_as_its_own_else():
    body = "    y = x if x"
    assert _lines(missing_else, body, body.index("x if")) == []


def test_it_makes_the_if_above_a_continue_a_while():
    lines = [
        "def ask(keep):\n",
        "    if keep:\n",
        "        try:\n",
        "            x = 1\n",
        "        except ValueError:\n",
        "            continue\n",
        "        return x\n",
    ]
    found = list(loop_headers(lines, 6, "'continue' not properly in loop"))
    assert [(number, new) for number, new, _ in found] == [(2, "    while keep:\n")]


def test_it_leaves_other_messages_and_stops_at_the_function():
    lines = ["if ok:\n", "    def f():\n", "        break\n"]
    assert list(loop_headers(lines, 3, "invalid syntax")) == []
    assert list(loop_headers(lines, 3, "'break' outside loop")) == []


def test_the_search_reaches_a_header_beyond_its_window():
    filler = "".join(f"            x{n} = {n}\n" for n in range(8))
    text = (
        "def ask(keep):\n    if keep:\n        try:\n" + filler + "            return x0\n"
        "        except ValueError:\n            continue\n"
    )
    assert _first_compiling(text) == text.replace("    if keep:", "    while keep:")


def test_a_condition_too_deep_for_the_ast_walk_gives_no_else_and_stops_no_search():
    # CPython parses a long attribute chain; ast.dump and ast.unparse recurse once per attribute.
    body = "v = x if a" + ".b" * 3000 + " > y"
    assert _lines(missing_else, body, 4) == []
    source = f"{body}\n"
    error = compile_error(source)
    assert error is not None
    generic_repairs(source=source, column=error.offset - 1, max_checks=5)  # no RecursionError


def test_it_writes_another_languages_bases_as_pythons():
    assert _lines(foreign_bases, "class GJSONInvalidSyntaxError extends GJSONParseError:", 31) == [
        "class GJSONInvalidSyntaxError(GJSONParseError):"
    ]
    assert _lines(foreign_bases, "    class A extends B implements C, mod.D:", None) == [
        "    class A(B, C, mod.D):"
    ]
    assert _lines(foreign_bases, "class Point < Struct:", None) == ["class Point(Struct):"]
    # Not a list of names: nothing to move into parentheses.
    assert _lines(foreign_bases, "class A extends B():", None) == []
    assert _lines(foreign_bases, "x = a < b:", None) == []


def test_the_search_keeps_the_base_a_deletion_would_take_off_the_class():
    text = (
        "class ParseError(Exception):\n    pass\n\n\n"
        "class SyntaxProblem extends ParseError:\n    pass\n\n\n"
        "def parse():\n    try:\n        pass\n    except SyntaxProblem:\n        pass\n"
    )
    assert "class SyntaxProblem(ParseError):\n" in _first_compiling(text)


def test_a_repair_taking_off_a_name_the_file_uses_ranks_after_one_keeping_it():
    from healer.engine.fixers.syntax_tokenizer import taken_names

    old = "class B:\n    pass\nclass X extends B:\n    pass\n"
    assert taken_names(old, old.replace(" extends B", "")) == 1
    assert taken_names(old, old.replace(" extends B", "(B)")) == 0
    # A repeated parameter deleted: a copy, the line still holds the name.
    assert taken_names("def f(a, a):\n    return a\n", "def f(a):\n    return a\n") == 0
    # A whole line deleted (a repeated import) takes no name off a line that stays.
    assert taken_names("import re\nimport os\nimport re\nre.x\n", "import os\nimport re\nre.x\n") == 0
    # A name no other line uses is dropped_words' to judge, not this.
    assert taken_names("x = y z\n", "x = y\n") == 0


# -- round 45 (pylayers19): another language's arrow function -------------------------------------
def test_it_writes_another_languages_arrow_function_as_a_lambda():
    from healer.engine.fixers.syntax_expected import foreign_arrow

    body = "        match = self.find((node) => node.name == el_name)"
    assert _lines(foreign_arrow, body, 30) == ["        match = self.find(lambda node: node.name == el_name)"]
    assert _lines(foreign_arrow, "xs = map(x => x * 2, items)", None) == ["xs = map(lambda x: x * 2, items)"]
    assert _lines(foreign_arrow, "add = (a, b) => a + b", None) == ["add = lambda a, b: a + b"]
    assert _lines(foreign_arrow, "make = () => []", None) == ["make = lambda: []"]
    # A block body is a statement list, not an expression; `>=` and `=` alone are no arrow.
    assert _lines(foreign_arrow, "f = (a) => { return a }", None) == []
    assert _lines(foreign_arrow, "ok = a >= b", None) == []


def test_the_templates_write_the_arrow_function_before_deleting_its_equals_sign():
    from healer.engine.fixers.syntax import SyntaxFixer
    from healer.engine.types import BugType, Failure

    text = (
        "class Finder:\n    def last(self, condition):\n        return condition\n\n"
        "    def close(self, el_name):\n        return self.last((node) => node.name == el_name)\n"
    )
    error = compile_error(text)
    assert error is not None
    failure = Failure(
        bug_type=BugType.SYNTAX,
        file="pkg/finder.py",
        line=error.line,
        message=error.message,
        source="compile",
        code=error.kind,
        extra={"offset": error.offset, "msg": error.message},
    )

    class _Ctx:
        def is_test_file(self, file):
            return False

        def source(self, file):
            return text

    first = SyntaxFixer().candidates(failure, _Ctx())[0]
    assert "return self.last(lambda node: node.name == el_name)\n" in first.new_source


def test_the_search_ranks_a_repair_leaving_its_line_reading_an_unbound_name_last():
    from healer.engine.fixers.syntax_tokens import line_unbound

    # Another method binds `node` (the lenient count calls it bound): this scope does not.
    text = (
        "class Finder:\n    def walk(self):\n        for node in self.nodes:\n            yield node\n\n"
        "    def close(self, el_name):\n        return self.last((node) => node.name == el_name)\n"
    )
    repaired = _first_compiling(text)
    assert "self.last(lambda node: node.name == el_name)" in repaired
    assert line_unbound(text.replace("=>", ">="), 7) == 1
    assert line_unbound(repaired, 7) == 0


def test_an_arrow_that_is_a_comparison_or_an_annotation_typed_backwards_is_left_alone():
    from healer.engine.fixers.syntax_expected import foreign_arrow

    assert _lines(foreign_arrow, "    elif len(enders) => 2:", None) == []
    assert _lines(foreign_arrow, "    def __len__(self) => int:", None) == []
    assert _lines(foreign_arrow, "    if count => 5:", None) == []
