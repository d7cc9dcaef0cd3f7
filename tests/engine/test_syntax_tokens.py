"""Token- and character-level edits at the parser's error (fixers/syntax_tokens.py), through the search."""

from __future__ import annotations

import ast

from healer.engine.fixers.syntax import line_tokens
from healer.engine.fixers.syntax_search import generic_repairs
from healer.engine.fixers.syntax_tokens import (
    operator_runs,
    operator_typos,
    string_lines,
    swallows_code,
    unbound_names,
)
from healer.engine.localise import compile_error


def _first(text: str) -> str:
    error = compile_error(text)
    assert error is not None, "the sample must not compile"
    repairs = generic_repairs(source=text, column=error.offset - 1 if error.offset else None)
    assert repairs and repairs[0].compiles, [r.description for r in repairs]
    return repairs[0].source


def test_it_repairs_an_arrow_typed_with_an_equals_sign():
    text = "class Box:\n    def __len__(self) => int:\n        return 0\n"
    assert _first(text) == text.replace("=>", "->")


def test_it_swaps_the_characters_of_a_reversed_comparison():
    text = "def small(x):\n    return x =< 3\n"
    assert _first(text) == text.replace("=<", "<=")


def test_it_leaves_a_lone_valid_operator_to_the_token_edits():
    body = "x = y + 1"
    assert operator_runs(body, line_tokens(body)) == [(2, 3), (6, 7)]
    assert list(operator_typos(body, line_tokens(body), 6)) == []


def test_it_drops_the_f_of_a_format_template():
    text = "def fail(x):\n    raise TypeError(f'not covered for {}'.format(x))\n"
    assert _first(text) == text.replace("(f'", "('")


def test_it_parenthesises_a_generator_after_yield_from():
    text = "def pairs(data):\n    for i, adj in data:\n        yield from (i, j) for j in adj\n"
    assert _first(text) == text.replace("from (i, j) for j in adj", "from ((i, j) for j in adj)")


def test_it_deletes_a_stray_item_with_its_comma():
    text = "def make(self, message=None, *args, /, **kwargs):\n    return message, args, kwargs\n"
    assert _first(text) == text.replace(", /", "")


def test_it_replaces_or_by_a_pattern_alternative():
    text = "def kind(tokens):\n    match tokens:\n        case [1, 2] or [3, 4]:\n            return 1\n"
    assert _first(text) == text.replace(" or ", " | ")


def test_it_counts_the_lines_inside_strings():
    assert string_lines('x = 1\n"""doc\nmore\n"""\n') == 2
    assert string_lines("x = (1,\n") is None


def test_it_counts_the_names_a_function_reads_and_nothing_binds():
    fine = "def make(self, message=None, *args, **kwargs):\n    return message, args, kwargs\n"
    lost = "def make(self, message=None *args, /, **kwargs):\n    return message, args, kwargs\n"
    assert unbound_names(fine, 2) == 0
    assert unbound_names(lost, 2) == 1
    assert unbound_names("from os import *\ndef f():\n    return path\n", 3) == 0


def test_it_rejects_a_repair_that_turns_code_into_a_string():
    broken = 'def f():\n    x = 1 +\n    return x\n"""Doc.\n"""\n'
    swallowed = 'def f():\n    """x = 1 +\n    return x\n"""\n'
    assert not swallows_code(string_lines(broken), 'def f():\n    x = 1\n    return x\n"""Doc.\n"""\n')
    assert swallows_code(string_lines(broken), swallowed)
    # Unknown before (the broken text does not tokenize): nothing is rejected.
    assert not swallows_code(None, swallowed)


def test_it_never_returns_a_move_that_swallows_code_into_a_docstring():
    text = (
        "class Graph:\n"
        "    def edges(self):\n"
        "        for i, adj in self.data.items():\n"
        "            yield from (i, j) for j in adj\n"
        "\n"
        "    def display(self, i):\n"
        '        """Return the display data for node *i*.\n'
        "\n"
        "        More.\n"
        '        """\n'
        "        return i\n"
    )
    before = string_lines(text)
    for repair in generic_repairs(source=text):
        assert not (repair.compiles and swallows_code(before, repair.source)), repair.description


def test_it_replaces_another_languages_operator_by_a_keyword():
    text = "def ok(c):\n    return c != '(' && not c.isspace()\n"
    assert _first(text) == text.replace("&&", "and")


def test_it_parenthesises_a_generator_behind_a_star():
    text = "def make(text):\n    return tuple(*int(v) for v in text.split('.'))\n"
    assert _first(text) == text.replace(
        "*int(v) for v in text.split('.')", "*(int(v) for v in text.split('.'))"
    )


def test_it_never_parenthesises_after_an_operand():
    # `(` after `0x50` would make a call of it, which compiles: the comma is the repair.
    text = "TABLE = [0x10, 0x50 0xD0, 0x30]\n"
    assert ast.dump(ast.parse(_first(text))) == ast.dump(ast.parse(text.replace("0x50 0xD0", "0x50, 0xD0")))
