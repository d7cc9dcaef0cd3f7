"""SYNTAX families from the call grammar and the string-literal grammar (syntax_calls, syntax_escapes).

Each test is a small module written for the test; every best candidate must compile.
"""

from __future__ import annotations

import ast

import pytest

from healer.engine.fixers.syntax import SyntaxFixer
from healer.engine.fixers.syntax_calls import parameters_of
from healer.engine.fixers.type_site import signature
from healer.engine.localise import compile_error

from .fixer_helpers import compile_failure, context


def _ranked(project, files, name="m.py"):
    ws = project(files)
    failure = compile_failure(ws, name)
    candidates = sorted(SyntaxFixer().candidates(failure, context(ws)), key=lambda c: c.priority)
    assert candidates, "expected at least one candidate"
    assert compile_error(candidates[0].new_source) is None
    return failure, candidates


def test_it_drops_the_keyword_the_callees_signature_has_at_that_position(project):
    text = (
        "def box(width, height, depth):\n    return width * height * depth\n\n\n"
        "def cube(side):\n    return box(width=side, side, side)\n"
    )
    _, candidates = _ranked(project, {"m.py": text})
    assert candidates[0].new_source.splitlines()[5] == "    return box(side, side, side)"
    assert candidates[0].line == 6


def test_it_names_a_positional_argument_spelled_as_its_parameter_from_another_module(project):
    shapes = "class Label:\n    def __init__(self, size, text, colour='red'):\n        self.text = text\n"
    text = "from shapes import Label\n\n\ndef make(text):\n    return Label(size=3, text, colour='blue')\n"
    ws_files = {"m.py": text, "shapes.py": shapes}
    _, candidates = _ranked(project, ws_files)
    assert candidates[0].new_source.splitlines()[4] == "    return Label(size=3, text=text, colour='blue')"


def test_it_never_drops_a_keyword_the_signature_puts_elsewhere(project):
    text = (
        "def span(start, stop, step=1):\n    return range(start, stop, step)\n\n\n"
        "def evens(n):\n    return span(step=2, 0, n)\n"
    )
    _, candidates = _ranked(project, {"m.py": text})
    lines = [c.new_source.splitlines()[5] for c in candidates]
    assert "    return span(2, 0, n)" not in lines
    assert lines[0] == "    return span(step=2, start=0, stop=n)"
    assert "    return span(0, n, step=2)" in lines


def test_it_parenthesises_a_generator_that_is_not_the_only_argument(project):
    text = "def longest(words):\n    return max(len(w) for w in words, default=0)\n"
    _, candidates = _ranked(project, {"m.py": text})
    assert candidates[0].new_source.splitlines()[1] == "    return max((len(w) for w in words), default=0)"


def test_it_completes_an_escape_with_the_character_the_comment_names(project):
    text = "TABLE = (\n    'a'      # 0x00 -> LATIN SMALL LETTER A\n    '\\xe'    # 0x01 -> LATIN SMALL LETTER E WITH ACUTE\n)\n"
    _, candidates = _ranked(project, {"m.py": text})
    assert candidates[0].new_source.splitlines()[2].startswith("    '\\xe9'")
    assert candidates[0].line == 3


def test_it_doubles_the_backslash_of_a_path_without_a_named_character(project):
    text = "ROOT = 'C:\\\\data\\xfiles'\n"
    _, candidates = _ranked(project, {"m.py": text})
    assert candidates[0].new_source == "ROOT = 'C:\\\\data\\\\xfiles'\n"


def test_it_removes_a_statement_keyword_written_inside_an_expression(project):
    text = "def scale(values):\n    return list(map(lambda v: return v * 2, values))\n"
    _, candidates = _ranked(project, {"m.py": text})
    assert candidates[0].new_source.splitlines()[1] == "    return list(map(lambda v: v * 2, values))"


def test_it_reads_a_python2_prefix_on_the_last_line_of_the_compilers_range(project):
    text = "import re\n\nPATTERN = re.compile(r'<'\n                     ur'(?P<key>\\w+)'\n                     r'>')\n"
    failure, candidates = _ranked(project, {"m.py": text})
    assert failure.line == 3
    assert candidates[0].new_source.splitlines()[3] == "                     r'(?P<key>\\w+)'"
    assert candidates[0].line == 4


SIGNATURES = """
from dataclasses import dataclass
from typing import ClassVar


class Shape:
    def area(self, width, height=1, *, unit="m"):
        return width * height

    @staticmethod
    def unit_of(name, default):
        return name or default

    @classmethod
    def build(cls, sides):
        return cls()


@dataclass
class Point:
    origin: ClassVar[int] = 0
    x: int
    y: int = 0
"""


@pytest.mark.parametrize(
    ("name", "attribute"), [("area", True), ("unit_of", True), ("build", True), ("Point", False)]
)
def test_it_reads_a_callees_parameters_as_the_type_fixers_signature_does(name, attribute):
    tree = ast.parse(SIGNATURES)
    node = next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.ClassDef) and n.name == name)
    assert parameters_of([tree], name, attribute) == signature(node)[0]
    # The dataclass's ClassVar is no field, so no parameter of its constructor.
    assert "origin" not in signature(node)[0]
