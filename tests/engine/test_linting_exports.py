"""F822, an undefined name in `__all__`, is LINTING (it stops no import) and has a LINTING repair:
the entry re-spelt as the name the module binds, else dropped (fixers/linting_exports.py).
python-zaqarclient (dev r238): `__all__` listed 'InvalidOperations' for the class InvalidOperation,
and the finding was fixed and reported as IMPORT."""

from __future__ import annotations

from healer.engine.analysis import classify_lint
from healer.engine.checks import LintFinding
from healer.engine.fixers.linting import RuffFixer
from healer.engine.fixers.linting_exports import export_repairs
from healer.engine.types import BugType, Failure

from .fixer_helpers import context

ERRORS = '''"""Errors."""

__all__ = ['ZaqarError', 'DriverLoadFailure', 'InvalidOperations']


class ZaqarError(Exception):
    pass


class DriverLoadFailure(ZaqarError):
    def __init__(self, driver):
        self.driver = driver


class InvalidOperation(ZaqarError):
    pass
'''


def test_an_undefined_name_in_all_is_linting_and_an_undefined_name_read_is_import():
    assert classify_lint("F822") is BugType.LINTING
    assert classify_lint("F821") is BugType.IMPORT


def test_it_respells_the_entry_as_the_class_the_module_defines_then_drops_it():
    repairs = export_repairs(ERRORS, 3, "InvalidOperations")
    assert repairs[0][0] == ERRORS.replace("'InvalidOperations'", "'InvalidOperation'")
    assert repairs[-1][0] == ERRORS.replace(", 'InvalidOperations'", "")


def test_it_never_lists_a_name_bound_only_inside_a_function_or_one_already_listed():
    text = '__all__ = ["drivers", "Driver"]\n\n\nclass Driver:\n    pass\n\n\ndef f():\n    driver = 1\n'
    repairs = export_repairs(text, 1, "drivers")
    assert [new for new, _ in repairs] == [
        '__all__ = ["Driver"]\n\n\nclass Driver:\n    pass\n\n\ndef f():\n    driver = 1\n'
    ]


def test_the_ruff_fixer_offers_it_for_the_finding(project):
    message = "Undefined name `InvalidOperations` in `__all__`"
    finding = LintFinding("F822", message, "pkg/errors.py", 3, 46, 3, 65)
    failure = Failure(
        bug_type=classify_lint("F822"),
        file="pkg/errors.py",
        line=3,
        message=f"F822 {message}",
        source="lint",
        code="F822",
        extra={"finding": finding},
    )
    candidates = RuffFixer().candidates(failure, context(project({"pkg/errors.py": ERRORS})))
    assert candidates[0].bug_type is BugType.LINTING and candidates[0].line == 3
    assert "'InvalidOperation']" in candidates[0].new_source


def _all_of(source: str):
    """The value `__all__` is bound to in `source` (ast.literal_eval of its display)."""
    import ast

    tree = ast.parse(source)
    (value,) = [s.value for s in tree.body if isinstance(s, ast.Assign) and s.targets[0].id == "__all__"]
    return ast.literal_eval(value)


def test_a_drop_from_a_pair_tuple_leaves_a_tuple_not_a_string():
    # Review of round 44: `("Foo", "Bar")` less 'Bar' became `("Foo")`, a string, which
    # `from m import *` reads letter by letter (AttributeError: no attribute 'F').
    for listing in ('("Foo", "Bar")', '("Bar", "Foo")', '"Foo", "Bar"', '("Bar",  "Foo", )'):
        source = f"class Foo:\n    pass\n\n\n__all__ = {listing}\n"
        (new, _), *_ = [r for r in export_repairs(source, 5, "Bar") if "drop" in r[1]]
        assert _all_of(new) == ("Foo",), new


def test_the_entry_is_found_on_its_line_past_form_feeds_and_line_separators():
    # Review of round 44: lines were split with str.splitlines(), which also splits at a form feed
    # or U+2028 (in a comment); ast counts only \n, \r\n and \r, so the edit landed on another line.
    source = '\x0c\nclass Foo:\n    pass\n# caf\u2028e \x0c page\n__all__ = ["Foo", "Fooo"]\n'
    (new, _), *_ = [r for r in export_repairs(source, 5, "Fooo") if "drop" in r[1]]
    assert _all_of(new) == ["Foo"] and new.startswith("\x0c\nclass Foo:\n    pass\n# caf\u2028e \x0c page\n")
