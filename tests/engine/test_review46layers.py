"""Round 46's review of pylayers20 (syntax_foreign.py, fallout.py, the withdrawal, the import rules):
each test failed on the merge 71322506 and passes with its fix."""

from __future__ import annotations

from healer.engine.fixers.syntax_foreign import bitwise_of_conditions, foreign_repairs
from healer.engine.localise import compile_error

# A form feed (`^L` between a module's sections, as GNU-style and older Python sources have) ends
# a line for str.splitlines() but not for the tokenizer: the compiler's line number is one less.
FORM_FEED = "x = 1\n\x0c\ndef f(a, b):\n    if a == 1 || b == 0:\n        return 1\n"


def test_a_form_feed_above_the_error_line_does_not_move_the_foreign_rewrite():
    error = compile_error(FORM_FEED)
    assert error is not None and error.line == 4
    found = [new for new, _ in foreign_repairs(FORM_FEED, error.line, error.message)]
    assert found and found[0] == FORM_FEED.replace("||", "or")
    compile(found[0], "m.py", "exec")


def test_a_form_feed_above_the_error_line_does_not_hide_the_bitwise_form():
    assert bitwise_of_conditions(FORM_FEED, FORM_FEED.replace("||", "|"), 4)


PANDAS = "def rows(df):\n    return df[(df.a > 1) && (df.b < 2)]\n"


def test_the_element_wise_and_of_parenthesised_comparisons_stays_a_candidate():
    # pandas and numpy spell `and` of two masks `(a > 1) & (b < 2)` (`and` raises "the truth value
    # of a Series is ambiguous"): it is no precedence trap, the parentheses say what is compared.
    assert not bitwise_of_conditions(PANDAS, PANDAS.replace("&&", "&"), 2)
    assert not bitwise_of_conditions(PANDAS, PANDAS.replace("&&", "|"), 2)
    # A parenthesised `|` the line held already is not the answer to its `||`.
    flags = "def f(x, y):\n    return x == (A | B) || y\n"
    assert not bitwise_of_conditions(flags, flags.replace("||", "or"), 2)
    # The trap itself still is: `a == 1 | b == 0` compares `1 | b`.
    trap = "def f(a, b):\n    return a == 1 || b == 0\n"
    assert bitwise_of_conditions(trap, trap.replace("||", "|"), 2)
    assert bitwise_of_conditions(trap, trap.replace("||", "&"), 2)


def test_the_search_offers_the_element_wise_and_for_a_pandas_mask():
    from healer.engine.fixers.syntax_search import SyntaxSearchFixer
    from healer.engine.types import BugType, Failure

    error = compile_error(PANDAS)
    failure = Failure(
        bug_type=BugType.SYNTAX,
        file="pkg/m.py",
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
            return PANDAS

    found = [c.new_source for c in SyntaxSearchFixer().candidates(failure, _Ctx())]
    assert PANDAS.replace("&&", "&") in found


def test_a_floor_division_continuing_a_bracketed_line_is_not_made_a_comment():
    # Black puts a binary operator at the start of a continuation line: `// 60` there is Python.
    # As a comment, `total = (seconds\n # 60 ===\n)` compiles and divides nothing.
    for tail in ("// 60 ===", "// 60 ;"):
        source = (
            f"def minutes(seconds):\n    total = (seconds\n             {tail}\n    )\n    return total\n"
        )
        error = compile_error(source)
        assert error is not None and error.line == 3
        assert not any("# 60" in new for new, _ in foreign_repairs(source, error.line, error.message))
    backslash = "total = seconds \\\n    // 60 ===\n"
    assert not any("# 60" in new for new, _ in foreign_repairs(backslash, 2, "invalid syntax"))
    # A statement's own line beginning with `//` is still C's comment.
    comment = "def f():\n    // the total\n    return 1\n"
    first = next(iter(foreign_repairs(comment, 2, "invalid syntax")))[0]
    assert first == "def f():\n    # the total\n    return 1\n"


def test_the_unbound_reads_are_walked_once_per_import_not_once_per_missing_name(project, monkeypatch):
    # Each walk is the whole module (up to 200,000 nodes, 1.6 s on a 30,000-line file): once per
    # missing name made an import of many names a module lacks cost that many walks.
    from healer.engine.fixers import imports
    from healer.engine.fixers.imports import ImportFixer

    from .fixer_helpers import context, runtime_failure

    walks: list[int] = []
    real = imports._unbound_reads

    def counted(tree):
        walks.append(1)
        return real(tree)

    monkeypatch.setattr(imports, "_unbound_reads", counted)
    files = {
        "src/sieve/__init__.py": "",
        "src/sieve/commands.py": "def run():\n    return 1\n",
        "src/sieve/tools.py": "def to_bytes(x):\n    return x\n",
        "src/sieve/factory.py": (
            "from sieve import commands, utils, helpers, extras\n\n\n"
            "def make(x):\n    return commands.run(), tools.to_bytes(x)\n"
        ),
    }
    failure = runtime_failure(
        "src/sieve/factory.py", 1, "ImportError", "cannot import name 'utils' from 'sieve'"
    )
    ws = project(files)
    found = ImportFixer().candidates(failure, context(ws, tests=frozenset()))
    assert any("import commands, tools" in c.new_source for c in found)
    assert len(walks) == 1


def test_a_deeply_nested_field_of_a_bytes_fstring_does_not_crash_the_templates():
    # ast.unparse recurses: 1,500 unary minuses in the braces raised RecursionError out of
    # SyntaxFixer.candidates (the engine then drops every template of that failure).
    for field in ("-" * 1500 + "1", "not " * 900 + "a"):
        source = f"x = fb'{{{field}}}'\n"
        found = [new for new, _ in foreign_repairs(source, 1, "invalid syntax")]
        assert f"x = b'{{{field}}}'\n" in found


def test_a_keyword_argument_of_a_call_is_not_renamed_as_a_parameter():
    # `send(value, from=me)` in the body: the line is no `def`, and `from` no parameter of it; nor is a
    # keyword argument in a default's call (`def f(x=g(a, from=1))`).
    for source, line in (
        ("def convert(value):\n    return send(value, from=me)\n", 2),
        ("def f(x=g(a, from=1)):\n    return x\n", 1),
    ):
        found = [d for _, d in foreign_repairs(source, line, "invalid syntax")]
        assert not any(d.startswith("rename the parameter") for d in found), found
    # The parameter itself still is renamed.
    found = [new for new, _ in foreign_repairs("def f(x, from):\n    return x\n", 1, "invalid syntax")]
    assert "def f(x, from_):\n    return x\n" in found
