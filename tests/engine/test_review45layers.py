"""Round 45's review of pylayers19: line_unbound, left_unbound, foreign_arrow."""

from __future__ import annotations

from healer.engine.checks import LintFinding
from healer.engine.fallout import left_unbound
from healer.engine.fixers.syntax import line_tokens
from healer.engine.fixers.syntax_expected import foreign_arrow
from healer.engine.fixers.syntax_tokens import line_unbound


def test_line_unbound_counts_a_global_a_function_assigns_as_bound():
    # `global cache` in one function binds the module's `cache`: another function reading it
    # reads a bound name (a NameError only when nothing ran the first, as for any global).
    source = "def setup():\n    global cache\n    cache = {}\n\n\ndef get(key):\n    return cache.get(key)\n"
    assert line_unbound(source, 7) == 0
    # A name nothing binds still counts.
    assert line_unbound(source.replace("cache.get", "store.get"), 7) == 1


def test_line_unbound_counts_a_method_reading_a_class_attribute_bare_as_unbound():
    source = "class A:\n    limit = 3\n\n    def m(self):\n        return limit\n"
    assert line_unbound(source, 5) == 1


def _f821(name: str, line: int, file: str = "pkg/x.py") -> LintFinding:
    return LintFinding("F821", f"Undefined name `{name}`", file, line, 4, line, 4 + len(name))


def test_left_unbound_ignores_a_name_the_module_binds_through_globals():
    # `globals()["node"] = ...`: the linter reports `node` undefined wherever it is read, and a
    # right repair that reads it at its own line is no fallout (it would send the loop to the
    # next compiling candidates, and one that drops the read would be kept instead).
    source = (
        "for _name in ('node', 'leaf'):\n    globals()[_name] = object()\n\n\n"
        "def pick(items):\n    return find(lambda node: node is node)\n"
    )
    found = left_unbound(file="pkg/x.py", lines=(6, 6), before=(), after=[_f821("node", 6)], source=source)
    assert found == []
    # Without the dynamic binding the finding is the repair's.
    plain = source.replace("globals()[_name] = object()", "pass")
    assert left_unbound(file="pkg/x.py", lines=(6, 6), before=(), after=[_f821("node", 6)], source=plain) == [
        (6, "node")
    ]


def test_left_unbound_ignores_a_name_the_linter_finds_undefined_outside_the_edit_too():
    # The module reads `node` unbound elsewhere as well: not what this repair left.
    after = [_f821("node", 6), _f821("node", 12)]
    assert left_unbound(file="pkg/x.py", lines=(6, 6), before=(), after=after) == []
    # In another file it does not matter.
    after = [_f821("node", 6), _f821("node", 12, "pkg/y.py")]
    assert left_unbound(file="pkg/x.py", lines=(6, 6), before=(), after=after) == [(6, "node")]


def test_foreign_arrow_takes_unicode_parameter_names():
    for body, expected in (
        ("v = f((é) => é.x)", "v = f(lambda é: é.x)"),
        ("v = f(名 => 名 + 1)", "v = f(lambda 名: 名 + 1)"),
    ):
        assert [c[0] for c in foreign_arrow(body, line_tokens(body), None)] == [expected]
    # A body that reads none of its (unicode) parameters is still not an arrow.
    body = "if é => 5:"
    assert list(foreign_arrow(body, line_tokens(body), None)) == []


def test_the_templates_write_every_arrow_function_of_a_line():
    # `xs.filter(x => x.ok).map(x => x.id)`: one arrow rewritten alone never compiles (the other
    # is still there), and the first error stays on the same line, so no repair was found.
    from healer.engine.fixers.syntax import SyntaxFixer
    from healer.engine.localise import compile_error
    from healer.engine.types import BugType, Failure

    text = "def ids(xs):\n    return list(map(x => x.id, filter(x => x.ok, xs)))\n"
    error = compile_error(text)
    assert error is not None
    failure = Failure(
        bug_type=BugType.SYNTAX,
        file="pkg/ids.py",
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

    candidates = SyntaxFixer().candidates(failure, _Ctx())
    assert candidates
    assert "return list(map(lambda x: x.id, filter(lambda x: x.ok, xs)))\n" in candidates[0].new_source


def test_foreign_arrow_never_writes_a_condition_as_a_lambda():
    # A lambda is always true: `if n => n + 1:` as `if lambda n: n + 1:` compiles, and where no
    # test reaches the branch it would pass as a fix. It is `>=` typed backwards.
    for body in ("if n => n + 1:", "    elif x => x * 2:", "while i => i - 1:", "assert n => n // 2"):
        assert list(foreign_arrow(body, line_tokens(body), None)) == [], body
    # Nor a comprehension's or a conditional expression's test.
    for body in ("ys = [x for x in xs if x => x + 1]", "y = a if b => b * 2 else c", "ok = a and b => b - 1"):
        assert list(foreign_arrow(body, line_tokens(body), None)) == [], body
    # Inside a call of the condition it is still an arrow.
    body = "if any(map(x => x.ok, xs)):"
    assert [c[0] for c in foreign_arrow(body, line_tokens(body), None)] == [
        "if any(map(lambda x: x.ok, xs)):"
    ]
