"""Round 49, pylayers23: compile repairs that still change the program; PHP's `=>`; `..version` imports."""

from __future__ import annotations

from pathlib import Path

from healer.engine.checks import parse_pytest_report
from healer.engine.fallout import changed_names
from healer.engine.fixers import syntax_meaning
from healer.engine.fixers.imports import ImportFixer
from healer.engine.fixers.lineedit import split_lines
from healer.engine.fixers.syntax import SyntaxFixer
from healer.engine.fixers.syntax_foreign import php_arrow
from healer.engine.fixers.syntax_meaning import (
    changes_meaning,
    dotted_number_repairs,
    repeated_operands,
    split_numbers,
)
from healer.engine.types import ExecResult
from healer.engine.workspace import Workspace

from .conftest import cpu_ratio
from .fixer_helpers import compile_failure, context, runtime_failure


def _candidates(tmp_path: Path, text: str):
    path = tmp_path / "pkg" / "m.py"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    ws = Workspace(tmp_path)
    failure = compile_failure(ws, "pkg/m.py")
    return sorted(SyntaxFixer().candidates(failure, context(ws)), key=lambda c: c.priority)


def _arrow(text: str, line: int) -> list[str]:
    lines = split_lines(text)
    return [new for new, _ in php_arrow(lines, line, lines[line - 1].rstrip("\r\n"))]


# -- (2) PHP's array arrow ---------------------------------------------------------------------------

FORMATS = (
    "class Resolver:\n"
    "    def resolve(self, fmt):\n"
    "        format_map = {\n"
    '            "date-time" => datetime,\n'
    '            "date": date,\n'
    "        }\n"
    "        return format_map.get(fmt)\n"
)


def test_a_php_arrow_in_a_dict_display_is_the_first_candidate(tmp_path):
    found = _candidates(tmp_path, FORMATS)
    assert found, "no candidate for `=>` inside a dict"
    assert found[0].new_source == FORMATS.replace('"date-time" => datetime', '"date-time": datetime')


def test_the_arrow_follows_its_innermost_bracket():
    assert _arrow("x = f(a, name => 1, k=2)\n", 1) == ["x = f(a, name=1, k=2)"]
    assert _arrow('d = {"a" => [1, 2], "b" => {"c" => 3}}\n', 1) == ['d = {"a": [1, 2], "b": {"c": 3}}']
    # Strings and comments keep their text; non-ASCII and a form feed before it keep the columns.
    assert _arrow('d = {"=>" => "é"}  # =>\n', 1) == ['d = {"=>": "é"}  # =>']
    assert _arrow('d = {\f"é" => 1}\n', 1) == ['d = {\f"é": 1}']


def test_an_arrow_that_is_no_dict_item_or_keyword_argument_is_left():
    assert _arrow("f = (x) => x + 1\n", 1) == []  # JavaScript's arrow: the other repairs'
    assert _arrow("g(a, (y) => y)\n", 1) == []  # an arrow function as an argument
    assert _arrow("x = [1 => 2]\n", 1) == []  # a PHP array in a list: no Python reading
    assert _arrow("x => 1\n", 1) == []


# -- (1a) a dotted number ----------------------------------------------------------------------------

VERSION = "import os\n\n__author__ = 'me'\n__version__ = 0.9.1\n\nNAME = 'pool'\n"


def test_a_dotted_number_is_quoted_first_with_the_files_quote(tmp_path):
    found = _candidates(tmp_path, VERSION)
    assert found[0].new_source == VERSION.replace("0.9.1", "'0.9.1'")
    # The comma (a tuple) and the deleted dot (another number) are still offered, after it.
    rest = [c.new_source for c in found[1:]]
    assert any("0.9,.1" in s or "0.9, .1" in s for s in rest)
    double = VERSION.replace("'", '"')
    assert next(dotted_number_repairs(double, 4))[0] == double.replace("0.9.1", '"0.9.1"')


def test_split_numbers_counts_a_dotted_number_the_repair_breaks():
    assert split_numbers(VERSION, VERSION.replace("0.9.1", "0.9,.1")) == 1
    assert split_numbers(VERSION, VERSION.replace("0.9.1", "0.91")) == 1
    assert split_numbers(VERSION, VERSION.replace("0.9.1", "'0.9.1'")) == 0
    assert changes_meaning(VERSION, VERSION.replace("0.9.1", "0.9, .1"))
    # An address, and a run inside a string or a comment, which the repair does not read.
    assert split_numbers("ip = 10.0.0.1\n", "ip = 10.0, 0.1\n") == 1
    assert list(dotted_number_repairs("x = '1.2.3' + y # 1.2.3\n", 1)) == []
    assert split_numbers("x = a.b.c\n", "x = a.b, c\n") == 0  # attributes are no number


def test_the_fallout_reads_the_name_a_split_number_binds():
    assert changed_names(VERSION, VERSION.replace("0.9.1", "0.9,.1")) == ("__version__",)
    assert changed_names(VERSION, VERSION.replace("0.9.1", "'0.9.1'")) == ()


# -- (1b) a call closed before a conditional -----------------------------------------------------------

REALM = (
    "def identifier(base_identifier, realm):\n"
    "    return '{}_{}'.format(base_identifier, realm if realm else base_identifier\n"
    "\n"
    "\n"
    "def other():\n"
    "    return 1\n"
)


def test_the_closing_before_the_conditional_ranks_first(tmp_path):
    found = _candidates(tmp_path, REALM)
    wanted = "'{}_{}'.format(base_identifier, realm) if realm else base_identifier\n"
    assert wanted in split_lines(found[0].new_source)[1]
    at_end = REALM.replace("base_identifier\n\n", "base_identifier)\n\n", 1)
    assert any(c.new_source == at_end for c in found[1:])


def test_repeated_operands_reads_a_conditional_argument_repeating_another():
    at_end = REALM.replace("base_identifier\n\n", "base_identifier)\n\n", 1)
    assert repeated_operands(REALM, at_end) == 1
    before_if = REALM.replace("realm if realm", "realm) if realm", 1)
    assert repeated_operands(REALM, before_if) == 0
    # A conditional whose branches repeat no other argument: nothing.
    other = "x = f(a, b if c else d\n"
    assert repeated_operands(other, "x = f(a, b if c else d)\n") == 0


# -- (2) `from ..version import __version__` ----------------------------------------------------------


def _project(tmp_path: Path, files: dict[str, str]) -> Workspace:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return Workspace(tmp_path)


def test_a_name_the_package_binds_is_imported_from_it_before_a_private_module(tmp_path):
    files = {
        "pkg/__init__.py": "try:\n    __version__ = '1.0'\nexcept Exception:\n    __version__ = ''\n",
        "pkg/_version.py": "__version__ = version = '1.0'\n",
        "pkg/utils/__init__.py": "",
        "pkg/utils/jwst.py": "import logging\nfrom ..version import __version__  # noqa: F401\n",
    }
    ws = _project(tmp_path, files)
    failure = runtime_failure(
        "pkg/utils/jwst.py", 2, "ModuleNotFoundError", "No module named 'pkg.version'", name="pkg.version"
    )
    found = sorted(ImportFixer().candidates(failure, context(ws)), key=lambda c: c.priority)
    text = files["pkg/utils/jwst.py"]
    assert found[0].new_source == text.replace("from ..version", "from ..")
    # The private module is still offered, after it, with the statement's comment kept.
    assert any(c.new_source == text.replace("..version", ".._version") for c in found[1:])


def test_a_public_sibling_keeps_its_place_before_the_package(tmp_path):
    files = {
        "pkg/__init__.py": "from .versions import __version__\n",
        "pkg/versions.py": "__version__ = '1.0'\n",
        "pkg/utils/__init__.py": "",
        "pkg/utils/jwst.py": "from ..version import __version__\n",
    }
    ws = _project(tmp_path, files)
    failure = runtime_failure(
        "pkg/utils/jwst.py", 1, "ModuleNotFoundError", "No module named 'pkg.version'", name="pkg.version"
    )
    sources = [
        c.new_source for c in sorted(ImportFixer().candidates(failure, context(ws)), key=lambda c: c.priority)
    ]
    assert sources[0] == "from ..versions import __version__\n"
    assert "from .. import __version__\n" in sources


# -- hostile input: every new step linear or capped ----------------------------------------------------


def test_hostile_input_stays_linear():
    # PHP's arrow read across a long dict: the rows above the line are read once.
    def arrows(n: int) -> None:
        rows = "".join(f'    "k{i}": {i},\n' for i in range(n))
        text = "d = {\n" + rows + '    "last" => 1,\n}\n'
        _arrow(text, n + 2)

    assert cpu_ratio(arrows, 150) < 10
    huge = "d = {" + ", ".join(f'"k{i}" => {i}' for i in range(20000)) + "}\n"
    assert _arrow(huge, 1) == []  # a 280 KB line is the search's (MAX_LINE)
    many = "d = {" + ", ".join(f"{i} => {i}" for i in range(300)) + "}\n"
    assert _arrow(many, 1) == [many.rstrip("\n").replace(" => ", ": ")]

    # Dotted numbers and repeated operands on a long line, and a 30,000-line file.
    def numbers(n: int) -> None:
        line = "v = (" + ", ".join("1.2.3" for _ in range(n)) + ")\n"
        split_numbers(line, line.replace("1.2.3", "1.2, .3"))
        list(dotted_number_repairs(line, 1))

    assert cpu_ratio(numbers, 150) < 10
    long_file = "".join(f"x{n} = 'a{n}'\n" for n in range(30000))
    broken = long_file.replace("x15000 = 'a15000'", "x15000 = 1.2.3")
    assert split_numbers(broken, broken.replace("1.2.3", "1.2,.3")) == 1
    assert next(dotted_number_repairs(broken, 15001))[0] == broken.replace("1.2.3", "'1.2.3'")
    deep = "x = f(a, b if c else " + "+".join("a" for _ in range(3000)) + ")\n"
    assert repeated_operands("x = f(a\n", deep) == 0  # past MAX_LINE_CHARS: not read
    nested = "x = f(a, b if c else (" * 5 + "a" + ")" * 5 + ")\n"
    assert repeated_operands("x = f(a\n", nested) >= 0
    assert syntax_meaning.MAX_OPERAND_NODES <= 200


# -- (3) a plugin's load error is read as a conftest's ---------------------------------------------------


def test_it_reads_the_exception_that_stopped_pytest_loading_a_plugin():
    output = (
        'Error while loading plugin "pytest_spec.plugin".\n'
        "pytest_spec/plugin.py:7: in <module>\n    import imp as importlib\n"
        "E   ModuleNotFoundError: No module named 'imp'\n"
    )
    run = parse_pytest_report(None, result=ExecResult(exit_code=3, output=output, duration=1), repo_dir="/r")
    (error,) = run.collect_errors
    assert error.exception["type"] == "ModuleNotFoundError"
    assert error.exception["frames"] == [("pytest_spec/plugin.py", 7, "<module>")]
    assert error.exception["name"] == "imp"
    assert "plugin pytest_spec.plugin" in error.longrepr
    syntax = (
        'Error while loading plugin "pkg.plugin".\n'
        "/usr/lib/python3.12/ast.py:52: in parse\n    return compile(source, filename, mode, flags,\n"
        'E     File "/r/pkg/plugin.py", line 1\nE       def f(:\nE             ^\nE   SyntaxError: invalid syntax\n'
    )
    run = parse_pytest_report(None, result=ExecResult(exit_code=3, output=syntax, duration=1), repo_dir="/r")
    (error,) = run.collect_errors
    assert error.exception["syntax"]["filename"] == "pkg/plugin.py"
    assert error.exception["syntax"]["lineno"] == 1
