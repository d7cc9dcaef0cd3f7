"""The generic edit search for compile errors (fixers/syntax_search.py), on synthetic code."""

from __future__ import annotations

import pytest

from healer.engine.fixers import FIXERS, syntax_search
from healer.engine.fixers.compiled import error_uncovered
from healer.engine.fixers.syntax_search import SyntaxSearchFixer, generic_repairs, indent_unit
from healer.engine.localise import compile_error
from healer.engine.types import BugType

from .fixer_helpers import compile_failure, context


def _repairs(text: str, **bounds) -> list[syntax_search.Repair]:
    assert compile_error(text) is not None, "the sample must not compile"
    return generic_repairs(source=text, **bounds)


def _fixed(text: str, fixed: str, **bounds) -> syntax_search.Repair:
    """The repair that turns `text` into `fixed`, which must be among the first ten."""
    repairs = _repairs(text, **bounds)[:10]
    for repair in repairs:
        if repair.source == fixed:
            assert repair.compiles
            return repair
    shown = "\n".join(r.description for r in repairs)
    raise AssertionError(f"expected repair not among the first ten:\n{shown}")


def test_it_indents_the_lone_line_of_an_empty_class_body():
    text = "import os\n\n\nclass Base(object):\npass\n\n\nclass Other:\n    size = 1\n"
    repair = _fixed(text, text.replace("\npass\n", "\n    pass\n"))
    assert repair.description == "indent line 5 (`pass`) one level"
    assert repair.line == 5


def test_it_inserts_pass_in_an_empty_body():
    text = "def f(x):\n    if x:\n        # nothing yet\n    return x\n"
    repair = _fixed(text, "def f(x):\n    if x:\n        pass\n        # nothing yet\n    return x\n")
    assert repair.description == "insert `pass` in the empty body of `if x:`"


def test_it_uses_the_files_own_indent_unit():
    text = "def f(x):\n  y = x\n  for i in y:\n  print(i)\n  return y\n"
    assert indent_unit(text.splitlines(keepends=True)) == "  "
    _fixed(text, text.replace("\n  print(i)", "\n    print(i)"))


def test_it_dedents_a_line_indented_too_far():
    text = "def f():\n    x = 1\n        y = 2\n    return x + y\n"
    repair = _fixed(text, "def f():\n    x = 1\n    y = 2\n    return x + y\n")
    assert repair.description == "dedent line 3 (`y = 2`) one level"


def test_it_indents_the_block_under_a_line():
    text = "if ready:\n    pass\nelse:\nfor item in items:\n    print(item)\n"
    repair = _fixed(text, "if ready:\n    pass\nelse:\n    for item in items:\n        print(item)\n")
    assert repair.description == "indent the block from line 4 to 5 one level"


def test_it_moves_a_future_import_to_the_top_after_the_docstring():
    text = '"""Doc."""\n\nimport os\nfrom __future__ import annotations\n\nX = os.sep\n'
    repair = _fixed(text, '"""Doc."""\n\nfrom __future__ import annotations\nimport os\n\nX = os.sep\n')
    assert repair.description == "move `from __future__ import annotations` to the top of the module"


def test_it_deletes_an_import_the_module_repeats_but_never_one_it_needs():
    text = '"""Doc."""\n\nimport re\nfrom __future__ import annotations\n\nimport re\n\nX = re.I\n'
    repairs = _repairs(text)
    assert repairs[0].source == '"""Doc."""\n\nfrom __future__ import annotations\n\nimport re\n\nX = re.I\n'
    assert repairs[0].description == "delete the repeated `import re` (the module imports it again)"
    single = '"""Doc."""\n\nimport os\nfrom __future__ import annotations\n\nX = os.sep\n'
    assert not any("import os" not in repair.source for repair in _repairs(single))


def test_it_drops_a_repeated_parameter():
    text = "class A:\n    def __init__(self, owner, *args, **args):\n        self.owner = owner(*args)\n"
    repair = _fixed(text, text.replace(", **args", ""))
    assert repair.description == "drop `**args`, which repeats the name `args`"


def test_it_drops_a_repeated_keyword_argument():
    text = "def build(x):\n    return dict(name=x, size=2, name=3)\n"
    repair = _fixed(text, "def build(x):\n    return dict(name=x, size=2)\n")
    assert repair.description == "drop `name=3`, which repeats the name `name`"


def test_it_renames_a_repeated_parameter_to_the_name_the_body_reads():
    text = "def span(rows, width: int = 3, width: int = 1):\n    return [r[:width] for r in rows], padding\n"
    repair = _fixed(text, text.replace("width: int = 1", "padding: int = 1"))
    assert repair.description == "rename the repeated `width` to `padding`, which the code below reads"


def test_it_inserts_a_keyword():
    text = "def total(values):\n    s = 0\n    for v values:\n        s += v\n    return s\n"
    _fixed(text, text.replace("for v values", "for v in values"))


def test_it_deletes_a_token():
    text = "def f(a, b):\n    return a + * b\n"
    repair = _fixed(text, "def f(a, b):\n    return a + b\n")
    assert repair.description == "delete `*` on line 2"


def test_it_replaces_a_token_by_one_of_its_class():
    text = "def first(values):\n    return values[0)\n"
    repair = _fixed(text, "def first(values):\n    return values[0]\n")
    assert repair.description == "replace `)` by `]` on line 2"


def test_it_swaps_two_adjacent_tokens():
    text = "def f(a):\n    return a not is None\n"
    repair = _fixed(text, "def f(a):\n    return a is not None\n")
    assert repair.description == "swap `not` and `is` on line 2"


def test_it_combines_two_edits_when_one_moves_the_error_later():
    # Two empty bodies: indenting the first moves the error down to the second.
    text = "class A:\npass\n\n\nclass B:\npass\n"
    repair = _fixed(text, "class A:\n    pass\n\n\nclass B:\n    pass\n")
    assert ";" in repair.description


def test_it_finds_nothing_within_its_cap_for_an_error_two_edits_cannot_fix(monkeypatch):
    calls = []
    original = syntax_search.compile_error

    def counted(text, file="<healer>"):
        calls.append(file)
        return original(text, file)

    monkeypatch.setattr(syntax_search, "compile_error", counted)
    text = "def f():\n    return (1 2 3 4 5 6 7)\n"
    assert generic_repairs(source=text, max_checks=40) == []
    assert len(calls) <= 41  # the first compile that finds the error, then at most the cap


def test_it_yields_nothing_for_a_file_that_compiles():
    assert generic_repairs(source="x = 1\n") == []


def test_it_counts_a_parse_error_gone_as_progress_when_a_later_pass_error_shows_above():
    # The duplicate parameter (a symbol-table error) shows only once the file parses.
    old = "def f(a, a):\n    return a\n\n\nclass B:\npass\n"
    new = "def f(a, a):\n    return a\n\n\nclass B:\n    pass\n"
    assert error_uncovered(old, new)
    # One the edit wrote itself is not progress.
    written = "def f(a, a):\n    return a\n\n\nclass B:\n    def g(b, b): pass\n"
    assert not error_uncovered(
        old.replace("def f(a, a)", "def f(a, c)"), written.replace("def f(a, a)", "def f(a, c)")
    )


@pytest.mark.parametrize("bug_type", [BugType.SYNTAX, BugType.INDENTATION])
def test_it_is_a_fallback_fixer_that_describes_its_edit(project, bug_type):
    assert any(isinstance(fixer, SyntaxSearchFixer) and fixer.fallback for fixer in FIXERS)
    ws = project({"m.py": "import os\n\n\nclass Base(object):\npass\n"})
    failure = compile_failure(ws, "m.py")
    failure = failure.__class__(**{**failure.__dict__, "bug_type": bug_type})
    candidates = SyntaxSearchFixer().candidates(failure, context(ws))
    best = min(candidates, key=lambda c: c.priority)
    assert best.new_source == "import os\n\n\nclass Base(object):\n    pass\n"
    assert best.description == "indent line 5 (`pass`) one level"
    assert best.line == 5
    assert best.bug_type is bug_type


def test_it_indents_a_line_to_a_level_the_blocks_above_open():
    # Six spaces: no block above is at that width (4 and 8 are).
    text = "def f(values):\n    for v in values:\n        if v:\n            v += 1\n      v -= 1\n    return values\n"
    repair = _fixed(text, text.replace("\n      v -= 1", "\n        v -= 1"))
    assert repair.description == "indent line 5 (`v -= 1`) as line 3"


def test_it_closes_a_bracket_far_from_its_opener_on_the_error_line():
    # The opener is the line's first bracket; its closer belongs at the far end of a long line.
    text = 'def show(values, first, second):\n    print(len(values) + first + second + first * 2 + second * 3 + 1, end=""\n'
    repair = _fixed(text, text.replace('end=""\n', 'end="")\n'))
    assert repair.description == "insert `)` on line 2"


def test_it_puts_a_keyword_where_another_languages_word_stands():
    # `for ... of` is JavaScript's: `of` is a name to the tokenizer, and `in` belongs in its place.
    text = "def keys(context):\n    for key, value of sorted(context.items()):\n        yield key\n"
    repair = _fixed(text, text.replace(" of ", " in "))
    assert repair.description == "replace `of` by `in` on line 2"


def test_it_indents_the_first_line_of_a_bracketed_statement_that_ended_its_function():
    # `version = (` fell to column 0: the function ends there, and the error is the next statement's
    # "unexpected indent", six lines below, past the window but for the statement's first line.
    text = (
        "def versions(version=None):\n"
        '    """The list."""\n'
        "version = (\n"
        "        canonical(version)\n"
        "        if version is not None\n"
        "        else 'default'\n"
        "    )\n"
        "\n"
        "    name = f'{version}.txt'\n"
        "    return name\n"
    )
    repair = _fixed(text, text.replace("\nversion = (", "\n    version = ("))
    assert repair.description == "indent line 3 (`version = (`) one level"


def test_it_reports_the_line_it_edited_when_the_compiler_stopped_below_it(project):
    # The compiler reports line 9's "unexpected indent"; the candidate indents line 3 and never
    # touches line 9, so the fault it mended (and the fix it reports) is at line 3.
    text = (
        "def versions(version=None):\n"
        '    """The list."""\n'
        "version = (\n"
        "        canonical(version)\n"
        "        if version is not None\n"
        "        else 'default'\n"
        "    )\n"
        "\n"
        "    name = f'{version}.txt'\n"
        "    return name\n"
    )
    ws = project({"m.py": text})
    failure = compile_failure(ws, "m.py")
    assert failure.line == 9
    fixed = text.replace("\nversion = (", "\n    version = (")
    found = [c for c in SyntaxSearchFixer().candidates(failure, context(ws)) if c.new_source == fixed]
    assert found and found[0].line == 3


def test_it_keeps_the_compilers_line_when_the_edit_rewrites_it(project):
    ws = project({"m.py": "import os\n\n\nclass Base(object):\npass\n"})
    failure = compile_failure(ws, "m.py")
    best = min(SyntaxSearchFixer().candidates(failure, context(ws)), key=lambda c: c.priority)
    assert best.line == failure.line == 5
