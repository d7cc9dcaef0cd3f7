"""SYNTAX: an `=` where a comparison belongs, in every place CPython reports it (round 56, pyguard56).

r365 (isbn-pure): `(1 if i % 2 = 0 else 3)` is reported as "expected 'else' after 'if' expression";
no template offered `==`, and the search's only candidate also dedented a later line, which the
tests behind it could not accept. The comparison is the one-token repair (Kali/TBar's operator
mutation, read from where the parser stopped)."""

from __future__ import annotations

import pytest

from healer.engine.fixers.syntax import SyntaxFixer
from healer.engine.localise import compile_error

from .fixer_helpers import compile_failure, context


def _templates(project, text: str) -> list:
    ws = project({"m.py": text})
    failure = compile_failure(ws, "m.py")
    return sorted(SyntaxFixer().candidates(failure, context(ws)), key=lambda c: c.priority)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # inside a conditional expression: "expected 'else' after 'if' expression"
        (
            "def w(i, d):\n    return d * (1 if i % 2 = 0 else 3)\n",
            "    return d * (1 if i % 2 == 0 else 3)",
        ),
        ("def w(a):\n    return 1 if a[0] = 0 else 2\n", "    return 1 if a[0] == 0 else 2"),
        # a comprehension's condition, a generator's, a dict comprehension's: "invalid syntax"
        ("def odd(b):\n    return [a for a in b if a % 2 = 1]\n", "    return [a for a in b if a % 2 == 1]"),
        ("def one(b):\n    return list(a for a in b if a = 1)\n", "    return list(a for a in b if a == 1)"),
        (
            "def pick(d):\n    return {k: v for k, v in d if k = 1}\n",
            "    return {k: v for k, v in d if k == 1}",
        ),
        # a call argument that is no keyword, an assert, a while with an attribute
        ("def even(a):\n    return check(a % 2 = 0)\n", "    return check(a % 2 == 0)"),
        ("def sure(a):\n    assert a = 1\n", "    assert a == 1"),
    ],
)
def test_it_compares_where_an_equals_sign_stands_in_a_condition(project, text: str, wanted: str) -> None:
    candidates = _templates(project, text)
    assert candidates, "no candidate"
    best = candidates[0]
    assert compile_error(best.new_source) is None
    assert wanted in best.new_source.splitlines(), [c.description for c in candidates[:4]]


def test_it_keeps_adding_the_missing_else_where_no_equals_sign_stands(project) -> None:
    # `width = 4 if nxt == "u"` (r374's shape): the comparison is whole, the else is what is missing
    candidates = _templates(project, 'def w(nxt):\n    width = 4 if nxt == "u"\n    return width\n')
    assert candidates and not any("===" in c.new_source or "= =" in c.new_source for c in candidates)
    assert "else" in candidates[0].new_source.splitlines()[1]
    assert "==" not in candidates[0].description
