"""The SYNTAX guard against new bindings of a builtin the module reads (syntax_shadowing.py).

Every fixture is synthetic code written for the guard, not a dev case's text.
"""

from __future__ import annotations

from healer.engine.fixers.syntax_shadowing import shadows_a_builtin

from .conftest import cpu_ratio

READS_LEN = "def size(items):\n    {line}\n    return len(items)\n"


def test_it_flags_an_as_binding_of_a_builtin_the_module_reads():
    old = "def f(t, k):\n    try:\n        return t[k]\n    except KeyError, TypeError:\n        raise TypeError(k)\n"
    new = old.replace("except KeyError, TypeError:", "except KeyError as TypeError:")
    assert shadows_a_builtin(old, new)
    assert not shadows_a_builtin(old, old.replace("KeyError, TypeError", "(KeyError, TypeError)"))


def test_it_flags_an_assignment_and_a_for_target_the_line_never_made():
    old = READS_LEN.format(line="if items len 3: pass")
    assert shadows_a_builtin(old, READS_LEN.format(line="len = 3"))
    assert shadows_a_builtin(old, READS_LEN.format(line="for len in items: pass"))
    assert not shadows_a_builtin(old, READS_LEN.format(line="if items: pass"))


def test_it_leaves_a_binding_the_line_already_made():
    # `len = (3` -> `len = (3)`: the line bound len before the repair too (the file's own choice).
    old = READS_LEN.format(line="len = (3")
    assert not shadows_a_builtin(old, READS_LEN.format(line="len = (3)"))


def test_it_leaves_a_builtin_the_file_does_not_read_or_binds_itself():
    old = "def f(t):\n    try:\n        return t[0]\n    except IndexError, e:\n        return e\n"
    assert not shadows_a_builtin(old, old.replace("IndexError, e", "IndexError as e"))
    own = "def input():\n    return 1\n\n\nx = input()\ny = (2\n"
    assert not shadows_a_builtin(own, own.replace("y = (2", "input = 2"))


def test_a_file_too_deep_for_the_parser_is_left_alone():
    # Round 53's review: ast.parse raises RecursionError (MemoryError for unary chains) on a long
    # operator chain; uncaught, it failed SyntaxFixer.candidates and lost every candidate of the file.
    chain = "x = " + " + ".join(["a"] * 5000) + "\n"
    assert shadows_a_builtin(chain + "len = 3 +\nprint(len)\n", chain + "len = 3\nprint(len)\n") is False


def test_a_long_replaced_line_is_read_in_linear_time():
    # Round 53's review: BOUND_BEFORE's assignment pattern scanned from every `len,` to the line's
    # end and backtracked (16 times the CPU for 4 times the line); it is read once per line now.
    def run(n: int) -> None:
        items = ", ".join(["len"] * n)
        old = READS_LEN.format(line=f"if [{items}] len 3: pass")
        assert shadows_a_builtin(old, READS_LEN.format(line=f"for len in [{items}]: pass"))

    assert cpu_ratio(run, 800) < 8
