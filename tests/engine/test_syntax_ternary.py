"""C's conditional operator `cond ? a : b` rewritten as `a if cond else b` (syntax_ternary.py).

Every fixture is synthetic code written for the family, not a dev case's text.
"""

from __future__ import annotations

import pytest

from healer.engine.fixers.syntax import SyntaxFixer
from healer.engine.fixers.syntax_ternary import c_ternary_repairs
from healer.engine.localise import compile_error

from .fixer_helpers import compile_failure, context


def _line(source: str, number: int) -> list[str]:
    return [new.splitlines()[number - 1] for new, _ in c_ternary_repairs(source, number)]


@pytest.mark.parametrize(
    ("code", "wanted"),
    [
        ("    sign = (n < 0) ? -1 : 1\n", "    sign = -1 if (n < 0) else 1"),
        ("    return n > 0 ? n : -n\n", "    return n if n > 0 else -n"),
        ("    total += big ? 10 : 1\n", "    total += 10 if big else 1"),
        (
            "    show(label, (n % 2 == 0) ? 'even' : 'odd', end)\n",
            "    show(label, 'even' if (n % 2 == 0) else 'odd', end)",
        ),
        ("    k = f(a[i] ? g(x, y) : h[0])\n", "    k = f(g(x, y) if a[i] else h[0])"),
        # Right-associative chains: `a ? b : c ? d : e` is `a ? b : (c ? d : e)`.
        (
            "    r = n < 0 ? 'neg' : n == 0 ? 'zero' : 'pos'\n",
            "    r = 'neg' if n < 0 else 'zero' if n == 0 else 'pos'",
        ),
        # C's logical operators inside the condition, mapped trivially.
        ("    ok = (a && !b) ? 1 : 0\n", "    ok = 1 if (a and not b) else 0"),
        ("    ok = a || b ? 1 : 0\n", "    ok = 1 if a or b else 0"),
        ("    d = {'k': x ? 1 : 2}\n", "    d = {'k': 1 if x else 2}"),
    ],
)
def test_it_rewrites_a_c_conditional_as_python_s(code, wanted):
    source = "def f(n, a, b, x, big, label, end, total, show, g, h, i, y):\n" + code
    assert _line(source, 2) == [wanted]
    assert compile_error("".join(source.splitlines(True)[:1]) + wanted + "\n") is None


@pytest.mark.parametrize(
    "code",
    [
        "x = 'a ? b : c'\n",
        "x = 1  # a ? b : c\n",
        'x = f"{a} ? {b} : c"\n',
        "x = a ? b\n",  # no `:` for it: not a conditional
        "x = [a ? b]: c\n",  # the `:` is outside the `?`'s brackets
    ],
)
def test_it_does_not_fire_on_a_question_mark_that_is_not_an_operator(code):
    assert _line(code, 1) == []


def test_the_fixer_offers_it_first_for_invalid_syntax(project):
    ws = project({"pkg/mod.py": "def weight(i):\n    factor = (i % 3 == 0) ? 3 : 7\n    return factor\n"})
    failure = compile_failure(ws, "pkg/mod.py")
    candidates = sorted(SyntaxFixer().candidates(failure, context(ws)), key=lambda c: c.priority)
    assert candidates[0].new_source.splitlines()[1] == "    factor = 3 if (i % 3 == 0) else 7"


@pytest.mark.parametrize(
    ("code", "wanted"),
    [
        # Round 53's review: `in` is a comparison here, which binds tighter than `?:` (JavaScript's
        # `key in obj ? obj[key] : null`): the whole test is the condition, not the `in`'s right side.
        ("    v = key in d ? d[key] : None\n", "    v = d[key] if key in d else None"),
        ("    v = key not in d ? 0 : d[key]\n", "    v = 0 if key not in d else d[key]"),
        # A `for`'s `in` still starts the condition.
        ("    for k in big ? a : b:\n        pass\n", "    for k in a if big else b:"),
        ("    v = [k for k in big ? a : b]\n", "    v = [k for k in a if big else b]"),
    ],
)
def test_it_keeps_a_comparison_in_the_condition(code, wanted):
    source = "def f(key, d, a, b, big):\n" + code
    assert _line(source, 2) == [wanted]


def test_it_keeps_an_await_in_the_condition():
    # `await c ? a : b` awaits c (await binds tighter): `await a if c else b` would await a.
    source = "async def f(c, a, b):\n    x = await c ? a : b\n"
    assert _line(source, 2) == ["    x = a if await c else b"]


@pytest.mark.parametrize(
    ("code", "wanted"),
    [
        # Round 53's review: a conditional nested in the chosen operand (`a ? (b ? 1 : 2) : 3`) gets
        # parentheses: unparenthesised, Python reads `1 if b else 2 if a else 3` as
        # `1 if b else (2 if a else 3)`, another program.
        ("    v = a ? b ? 1 : 2 : 3\n", "    v = (1 if b else 2) if a else 3"),
        ("    v = a ? (b ? 1 : 2) : 3\n", "    v = (1 if b else 2) if a else 3"),
    ],
)
def test_it_parenthesises_a_conditional_in_the_chosen_operand(code, wanted):
    source = "def f(a, b):\n" + code
    assert _line(source, 2) == [wanted]
    for a in (False, True):
        for b in (False, True):
            assert eval(wanted.split("=", 1)[1]) == ((1 if b else 2) if a else 3)
