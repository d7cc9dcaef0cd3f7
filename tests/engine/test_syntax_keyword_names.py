from __future__ import annotations

from healer.engine.fixers.syntax import SyntaxFixer
from healer.engine.fixers.syntax_keyword_names import (
    keyword_name_repairs,
    keyword_targets,
    no_effect_statement,
    unbinds_a_read_name,
)
from healer.engine.types import BugType

from .fixer_helpers import compile_failure, context


def _ranked(project, text):
    ws = project({"m.py": text})
    failure = compile_failure(ws, "m.py")
    assert failure.bug_type is BugType.SYNTAX
    return sorted(SyntaxFixer().candidates(failure, context(ws)), key=lambda c: c.priority)


def test_it_names_the_binding_as_the_scope_reads_it(project):
    text = "def rate(energy):\n    lambda = 2.45\n    return energy / lambda_v\n"
    best = _ranked(project, text)[0]
    assert best.new_source.splitlines()[1] == "    lambda_v = 2.45"


def test_it_renames_a_keyword_and_its_uses_with_a_trailing_underscore(project):
    text = "def total(rows):\n    for class in rows:\n        print(class)\n    return 1\n"
    best = _ranked(project, text)[0]
    assert best.new_source.splitlines()[1:3] == ["    for class_ in rows:", "        print(class_)"]


def test_it_ranks_an_expression_statement_with_no_effect_last(project):
    text = "def rate(energy):\n    lambda = 2.45\n    return energy\n"
    ranked = _ranked(project, text)
    assert ranked[0].new_source.splitlines()[1] == "    lambda_ = 2.45"
    written = [c.new_source.splitlines()[1].strip() for c in ranked]
    if "lambda: 2.45" in written:
        assert written.index("lambda: 2.45") > written.index("lambda_ = 2.45")


def test_keyword_targets_see_only_binding_positions():
    assert keyword_targets("    lambda = 2.45") == [(4, 10, "lambda")]
    assert keyword_targets("    import os as def") == [(17, 20, "def")]
    assert keyword_targets("    f = lambda x: x") == []
    assert keyword_targets("    x = a if b else c") == []
    assert keyword_targets("    for x in y:") == []


def test_no_effect_statement_is_a_binding_made_an_expression():
    assert no_effect_statement("lambda = 2.45\n", "lambda: 2.45\n")
    assert no_effect_statement("x = 1\n", "x == 1\n")
    assert not no_effect_statement("print(x\n", "print(x)\n")
    assert not no_effect_statement("lambda = 2.45\n", "lambda_ = 2.45\n")


def test_it_drops_a_binding_made_a_comparison_when_the_name_is_read_later():
    old = "def f(a):\n    total = a +\n    return total\n"
    assert unbinds_a_read_name(old, "def f(a):\n    total == a\n    return total\n")
    assert not unbinds_a_read_name(old, "def f(a):\n    total = a\n    return total\n")
    # Bound again elsewhere: the read still finds a value, the other rules judge the edit.
    again = "def f(a):\n    total = a +\n    total = 2\n    return total\n"
    assert not unbinds_a_read_name(again, "def f(a):\n    total == a\n    total = 2\n    return total\n")


def test_it_renames_no_word_in_a_string_or_a_comment():
    text = (
        'def check(user):\n    pass = user.password\n    print("pass ok")  # pass\n    return verify(pass)\n'
    )
    renamed = [new for new, _ in keyword_name_repairs(source=text, line=2) if new and "verify(pass_)" in new]
    assert renamed
    assert renamed[0].splitlines()[2] == '    print("pass ok")  # pass'


def test_it_keeps_a_bare_keyword_statement_below_a_keyword():
    text = "def check(user):\n    pass = user.password\n    if not pass:\n        pass\n    return verify(pass)\n"
    renamed = [new for new, _ in keyword_name_repairs(source=text, line=2) if new and "verify(pass_)" in new]
    assert renamed
    assert renamed[0].splitlines()[2:4] == ["    if not pass_:", "        pass"]


def test_it_names_no_binding_after_an_imported_name():
    text = 'from dates import other, from_iso\n\n\ndef load(row):\n    from = row["from"]\n    return from_iso(row["until"])\n'
    named = [new.splitlines()[4] for new, _ in keyword_name_repairs(source=text, line=5) if new]
    assert '    from_iso = row["from"]' not in named


def test_it_names_no_binding_after_an_attribute():
    text = 'def load(row):\n    from = row["from"]\n    return row.from_iso()\n'
    named = [new.splitlines()[1] for new, _ in keyword_name_repairs(source=text, line=2) if new]
    assert named[0] == '    from_ = row["from"]'


def test_it_counts_a_function_above_reading_a_module_binding_as_a_later_read():
    old = "def scaled(x):\n    return x * FACTOR\n\n\nFACTOR = 2 +\n"
    assert unbinds_a_read_name(old, "def scaled(x):\n    return x * FACTOR\n\n\nFACTOR == 2\n")


def test_it_renames_no_keyword_to_a_name_the_file_binds_already():
    text = "def pick(class_, rows):\n    for class in rows:\n        if class == class_:\n            return class\n"
    renamed = [new for new, _ in keyword_name_repairs(source=text, line=2) if new]
    assert all("if class_ == class_:" not in new for new in renamed)
