"""Round 49's review of pylayers23: a quadratic number scan, `\\r` line ends, JavaScript's arrow in a call."""

from __future__ import annotations

from pathlib import Path

from healer.engine.fixers.imports import ImportFixer
from healer.engine.fixers.lineedit import split_lines
from healer.engine.fixers.syntax import SyntaxFixer
from healer.engine.fixers.syntax_foreign import php_arrow
from healer.engine.fixers.syntax_meaning import changes_meaning, split_numbers
from healer.engine.workspace import Workspace

from .conftest import cpu_ratio
from .fixer_helpers import compile_failure, context, runtime_failure


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


def _import_sources(tmp_path: Path, files: dict[str, str], file: str) -> list[str]:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    failure = runtime_failure(
        file, 1, "ModuleNotFoundError", "No module named 'pkg.version'", name="pkg.version"
    )
    found = ImportFixer().candidates(failure, context(Workspace(tmp_path)))
    return [c.new_source for c in sorted(found, key=lambda c: c.priority)]


def test_the_package_is_not_offered_when_its_binding_is_the_missing_import(tmp_path: Path):
    # pkg/__init__.py's own statement binds __version__: `from . import __version__` there reads a
    # package that has not finished running (an ImportError again), and it was ranked first.
    sources = _import_sources(
        tmp_path / "a",
        {"pkg/__init__.py": "from .version import __version__\n", "pkg/_version.py": "__version__ = '1'\n"},
        "pkg/__init__.py",
    )
    assert sources[0] == "from ._version import __version__\n"
    assert "from . import __version__\n" not in sources
    # A module of the package: the package takes the name from the same missing module.
    sources = _import_sources(
        tmp_path / "b",
        {
            "pkg/__init__.py": "from .version import __version__\n",
            "pkg/m.py": "from .version import __version__\n",
        },
        "pkg/m.py",
    )
    assert "from . import __version__\n" not in sources
    # A fallback the package defines itself still binds it apart: the package is offered.
    sources = _import_sources(
        tmp_path / "c",
        {
            "pkg/__init__.py": (
                "try:\n    from .version import __version__\nexcept ImportError:\n    __version__ = '0'\n"
            ),
            "pkg/m.py": "from .version import __version__\n",
        },
        "pkg/m.py",
    )
    assert sources[0] == "from . import __version__\n"
