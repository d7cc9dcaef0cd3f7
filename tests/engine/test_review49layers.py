"""Round 49's review of pylayers23: a quadratic number scan, `\\r` line ends, JavaScript's arrow in a call."""

from __future__ import annotations

from pathlib import Path

from healer.engine.fixers.lineedit import split_lines
from healer.engine.fixers.syntax import SyntaxFixer
from healer.engine.fixers.syntax_foreign import php_arrow
from healer.engine.fixers.syntax_meaning import changes_meaning, split_numbers
from healer.engine.workspace import Workspace

from .conftest import cpu_ratio
from .fixer_helpers import compile_failure, context


def _arrow(text: str, line: int) -> list[str]:
    lines = split_lines(text)
    return [new for new, _ in php_arrow(lines, line, lines[line - 1].rstrip("\r\n"))]


def test_split_numbers_is_linear_in_a_long_run_of_digits():
    # The old lines hold a dotted version, the new ones a long digit run (a data line, a big
    # constant): the count of dotted numbers the new lines hold must not retry every digit.
    def split(n: int) -> None:
        digits = "1" * n
        old = f"v = 0.9.1\nx = {digits}\n"
        new = f"v = 0.9,.1\nx = {digits}+1\n"
        assert split_numbers(old, new) == 1
        assert changes_meaning(old, new)

    assert cpu_ratio(split, 900) < 10
    # The count itself is unchanged: a run quoted, inside a string or after a name still counts.
    assert split_numbers("v = 0.9.1\n", "v = '0.9.1'\n") == 0
    assert split_numbers("v = 0.9.1\n", "v = x0.9.1\n") == 0
    assert split_numbers("v = 10.9.1\n", "v = 10.91\n") == 1


def test_php_arrow_reads_a_file_with_carriage_return_line_ends():
    # Python's compiler ends a line at a lone `\r`: the bracket above the line is still a dict's.
    text = "d = {\r    'a': 1,\r    'b' => 2,\r}\r"
    assert _arrow(text, 3) == ["    'b': 2,"]
    mixed = "d = {\r\n    'a': 1,\r    'b' => 2,\n}\n"
    assert _arrow(mixed, 3) == ["    'b': 2,"]


def test_a_javascript_arrow_in_a_call_is_not_a_keyword_argument():
    # `map(x => x * 2, items)`: the value reads the name, an arrow function's parameter (the rule
    # syntax_expected.foreign_arrow uses); `x=x * 2` would compile and change what the call does.
    assert _arrow("y = list(map(x => x * 2, items))\n", 1) == []
    assert _arrow("y = f(a, key => key.name)\n", 1) == []
    # A Perl/Ruby keyword whose value does not read it stays a keyword argument.
    assert _arrow("x = f(a, name => 1, k=2)\n", 1) == ["x = f(a, name=1, k=2)"]
    assert _arrow("x = f(name => g(other), size => n)\n", 1) == ["x = f(name=g(other), size=n)"]
    # A dict's key is a value, not a parameter: `{x => x}` is still a dict display.
    assert _arrow("d = {x => x}\n", 1) == ["d = {x: x}"]


def test_the_lambda_comes_first_for_a_javascript_arrow_in_a_call(tmp_path: Path):
    path = tmp_path / "pkg" / "m.py"
    path.parent.mkdir(parents=True)
    path.write_text("x = 3\nitems = [1]\ny = list(map(x => x * 2, items))\n")
    ws = Workspace(tmp_path)
    found = sorted(
        SyntaxFixer().candidates(compile_failure(ws, "pkg/m.py"), context(ws)), key=lambda c: c.priority
    )
    assert found
    assert "lambda x: x * 2" in found[0].new_source
