"""CPython's syntax-error messages as a repair table: one small module per message, broken → compiles.

Each row is a module that makes the compiler raise one of its grammar's error messages (the
message is checked, so a row documents which rule it stands for). The template fixer (SyntaxFixer)
must offer a candidate that compiles; a message with no repair fails its row. Rows whose best
repair is known also pin the first candidate's changed line (the repair that keeps what the line
meant, before the edits that merely compile).
"""

from __future__ import annotations

import pytest

from healer.engine.fixers.syntax import SyntaxFixer
from healer.engine.localise import compile_error

from .fixer_helpers import compile_failure, context

# (message fragment the compiler raises, broken module)
MESSAGES = [
    ("'await' outside async function", "async def g():\n    return 1\n\n\ndef f():\n    return await g()\n"),
    (
        "'async for' outside async function",
        "def f(rows):\n    out = []\n    async for row in rows:\n        out.append(row)\n    return out\n",
    ),
    (
        "'async with' outside async function",
        "def f(lock):\n    async with lock:\n        return 1\n",
    ),
    ("asynchronous comprehension outside", "def f(rows):\n    return [r async for r in rows]\n"),
    ("cannot use assignment expressions with attribute", "class A:\n    def f(self):\n        self.x := 1\n"),
    ("cannot use assignment expressions with subscript", "d = {}\nd['a'] := 1\n"),
    ("invalid syntax", "def f(k):\n    x := len(k)\n    return x\n"),
    ("'return' outside function", "def f():\n    x = 1\nreturn x\n"),
    ("unmatched ')'", "x = 1)\n"),
    ("was never closed", "x = (1\n"),
    ("expected ':'", "if True\n    pass\n"),
    ("Maybe you meant '==' or ':=' instead of '='?", "x = 1\nif x = 1:\n    pass\n"),
    ("cannot assign to function call", "def f():\n    return 1\n\n\nf() = 1\n"),
    ("positional argument follows keyword argument", "def f(a, b):\n    return a\n\n\nf(a=1, 2)\n"),
    ("named arguments must follow bare *", "def f(a, *):\n    return a\n"),
    ("duplicate argument", "def f(a, a):\n    return a\n"),
    ("arguments cannot follow var-keyword argument", "def f(a, **kw, *args):\n    return a\n"),
    ("non-default argument follows default argument", "def f(a=1, b):\n    return a\n"),
    ("Missing parentheses in call to 'print'", "print 'x'\n"),
    ("expected '('", "def f:\n    return 1\n"),
    (
        "multiple exception types must be parenthesized",
        "try:\n    pass\nexcept ValueError, TypeError:\n    pass\n",
    ),
    ("unterminated string literal", "x = 'abc\n"),
    ("keyword argument repeated", "def f(a):\n    return a\n\n\nf(a=1, a=2)\n"),
    ("expected 'except' or 'finally' block", "try:\n    x = 1\ny = 2\n"),
]


@pytest.mark.parametrize(("message", "text"), MESSAGES, ids=[m for m, _ in MESSAGES])
def test_it_repairs_each_compiler_message_to_code_that_compiles(project, message, text):
    ws = project({"m.py": text})
    failure = compile_failure(ws, "m.py")
    assert message in str(failure.extra.get("msg") or failure.message)
    candidates = SyntaxFixer().candidates(failure, context(ws))
    assert any(compile_error(c.new_source) is None for c in candidates), f"no repair for {message!r}"


def _first(project, text):
    ws = project({"m.py": text})
    failure = compile_failure(ws, "m.py")
    candidates = sorted(SyntaxFixer().candidates(failure, context(ws)), key=lambda c: c.priority)
    assert candidates
    return candidates[0]


def test_it_makes_the_enclosing_function_async_for_an_await_in_it(project):
    text = "async def g():\n    return 1\n\n\ndef f():\n    value = await g()\n    return value\n"
    first = _first(project, text)
    assert first.new_source.splitlines()[4] == "async def f():"
    assert first.new_source.splitlines()[5] == "    value = await g()"


def test_it_makes_the_innermost_function_async_not_the_outer_one(project):
    text = "class A:\n    def outer(self):\n        def inner(rows):\n            async for r in rows:\n                pass\n"
    first = _first(project, text)
    lines = first.new_source.splitlines()
    assert lines[1] == "    def outer(self):"
    assert lines[2] == "        async def inner(rows):"


def test_it_writes_an_assignment_statement_for_a_walrus_with_an_attribute_target(project):
    text = "class A:\n    def __init__(self, cache):\n        self._cache := cache if cache else {}\n"
    first = _first(project, text)
    assert first.new_source.splitlines()[2] == "        self._cache = cache if cache else {}"


def test_it_writes_an_assignment_statement_for_a_walrus_statement_whose_name_is_read_below(project):
    text = "def f(k):\n    _filter := build(k)\n    return [x for x in k if _filter(x)]\n"
    first = _first(project, text)
    assert first.new_source.splitlines()[1] == "    _filter = build(k)"


def test_it_unwraps_a_try_whose_handlers_are_gone_keeping_its_body(project):
    text = "def f(a):\n    try:\n        b = a + 1\n        c = b * 2\n    return c\n"
    first = _first(project, text)
    assert first.new_source == "def f(a):\n    b = a + 1\n    c = b * 2\n    return c\n"


def test_it_never_makes_a_function_around_a_class_async(project):
    text = "def outer():\n    class A:\n        x = await g()\n    return A\n"
    ws = project({"m.py": text})
    failure = compile_failure(ws, "m.py")
    candidates = SyntaxFixer().candidates(failure, context(ws))
    assert not any("async def outer" in c.new_source for c in candidates)


def test_it_moves_the_var_keyword_parameter_to_the_end_keeping_every_parameter(project):
    text = "class D:\n    def __init__(self, ttl=None, **kwargs, *args):\n        self.a = (args, kwargs)\n"
    first = _first(project, text)
    assert first.new_source.splitlines()[1] == "    def __init__(self, ttl=None, *args, **kwargs):"


def test_it_compares_with_none_by_identity_before_equality(project):
    text = "def f(node):\n    if node = None:\n        return 0\n    return 1\n"
    first = _first(project, text)
    assert first.new_source.splitlines()[1] == "    if node is None:"


def test_it_keeps_equality_for_a_value_that_is_not_a_singleton(project):
    text = "def f(node):\n    if node = 3:\n        return 0\n    return 1\n"
    first = _first(project, text)
    assert first.new_source.splitlines()[1] == "    if node == 3:"


def test_it_never_ranks_first_a_walrus_that_binds_a_constant(project):
    text = "def f(node):\n    if node = None:\n        node = 1\n    return node\n"
    first = _first(project, text)
    assert first.new_source.splitlines()[1] == "    if node is None:"


def test_it_passes_a_keyword_argument_written_with_a_colon_with_equals(project):
    text = "import abc\n\n\nclass Base(metaclass: abc.ABCMeta):\n    pass\n"
    first = _first(project, text)
    assert first.new_source.splitlines()[3] == "class Base(metaclass=abc.ABCMeta):"
    text = "def f(a, b):\n    return a\n\n\nx = f(1, b: {'k': 2})\n"
    first = _first(project, text)
    assert first.new_source.splitlines()[4] == "x = f(1, b={'k': 2})"


def test_it_never_turns_a_signatures_annotation_into_a_default(project):
    text = "def f(a: int, b: str) -> int x:\n    return a\n"
    ws = project({"m.py": text})
    failure = compile_failure(ws, "m.py")
    candidates = SyntaxFixer().candidates(failure, context(ws))
    assert not any("a=int" in c.new_source or "b=str" in c.new_source for c in candidates)
