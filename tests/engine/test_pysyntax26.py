"""Round 52 (pysyntax26): a file's next error in the same function as its first one."""

from __future__ import annotations

from healer.engine.fixers.compiled import enclosing_blocks, error_uncovered
from healer.engine.fixers.lineedit import split_lines
from healer.engine.localise import compile_error

TWO_ERRORS = (
    "def load(names, env):\n"
    "    out = []\n"
    "    for name in names:\n"
    "        raw = env.get(name)\n"
    "        if raw is None:\n"
    "            out.append(name)\n"
    "          continue\n"
    "        out.append(raw)\n"
    "    for name in out:\n"
    '        print(f"got "{name}"")\n'
    "    return out\n"
)
MENDED = TWO_ERRORS.replace("          continue\n", "            continue\n")


def test_it_sees_the_next_error_in_the_same_function_as_the_files_own():
    after = compile_error(MENDED)
    assert after is not None and after.line == 10
    assert error_uncovered(TWO_ERRORS, MENDED)


def test_it_still_refuses_an_error_the_edit_made_in_the_same_function():
    broken = MENDED.replace("        out.append(raw)\n", "        out.append(raw\n")
    assert not error_uncovered(TWO_ERRORS, broken)


def test_enclosing_blocks_are_read_from_indentation_innermost_first():
    assert enclosing_blocks(split_lines(TWO_ERRORS), 7) == [(5, 7), (3, 8), (1, 11)]


def test_enclosing_blocks_take_a_clause_with_the_statement_it_continues():
    text = "try:\n    x = 1\nexcept E:\n    y = (\nz = 3\n"
    assert enclosing_blocks(split_lines(text), 4) == [(1, 4)]
