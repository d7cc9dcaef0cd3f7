"""TYPE_ERROR at an attribute assignment: a typed setter given a value of the wrong kind.

A descriptor or property written in C (an XML element's `.text`, a function's `__name__`, a
ctypes field) checks the type of what is stored and raises at the assignment itself: "Argument
must be bytes or unicode, got 'int'", "can only assign string to f.__name__, not 'int'". The
traceback then ends on `obj.attr = value` with no frame of the setter, so the operand templates,
which look for calls and operators on the line, find nothing. The conventional repair is PyTER's
type conversion of the offending value (Oh & Oh, FSE 2022) at the one place the message can be
about: the assigned value, converted to the kind the setter names (str for text, int or float for
numbers). The value is the only operand: the target's type is fixed by the library.
"""

from __future__ import annotations

import ast
import re

from healer.engine.fixers.lineedit import Edit, shorten
from healer.engine.fixers.type_site import Site

SETTER_PRIOR = 0.85
CALL_PRIOR = 0.5  # below the argument templates' conversions inside the call (0.6-0.9)

# What the setter wants, read from the message: text in its several spellings, or a number.
TEXT_WANTED = re.compile(
    r"(?:must be|expected|can only assign) (?:a )?(?:str|string|unicode|text|bytes or unicode|str or bytes)\b"
    r".*?(?:got|not) (?:an? )?'?(?P<actual>[\w.]+)'?"
    r"|must be set to a (?:str|string)\b"  # CPython's own setters: `f.__name__ = 3`
)
NUMBER_WANTED = re.compile(
    r"(?:must be|expected) (?:an? )?(?P<kind>int|integer|float|real number)\b.*?(?:got|not) (?:an? )?'?(?P<actual>[\w.]+)'?"
)


def _assigned_values(site: Site) -> list[ast.expr]:
    """The values stored into an attribute or item on the crash line (`el.text = v`, `d.attr = v`)."""
    values = []
    for node in site.nodes((ast.Assign, ast.AnnAssign)):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        if node.value is not None and any(isinstance(t, ast.Attribute) for t in targets):
            values.append(node.value)
    return values


def _prior(value: ast.expr) -> float:
    """Lower when the value holds a call: that call, not the setter, may be what raised."""
    return SETTER_PRIOR if not any(isinstance(n, ast.Call) for n in ast.walk(value)) else CALL_PRIOR


def t_setter_text(m: re.Match, site: Site) -> list[Edit]:
    """`element.text = count` where the setter takes text only: `str(count)`."""
    actual = m.group("actual") or ""
    if actual in ("NoneType", "str"):
        return []  # a missing value is no conversion matter; a str is what it wants already
    edits = []
    for value in _assigned_values(site):
        shown = shorten(site.seg(value), 40)
        edit = site.wrap(value, "str", f"convert {shown} to str before storing it as text", _prior(value))
        if edit:
            edits.append(edit)
    return edits


def t_setter_number(m: re.Match, site: Site) -> list[Edit]:
    """`widget.width = "12"` where the setter takes a number: `int("12")` (or float)."""
    if m.group("actual") in ("NoneType", "int", "float"):
        return []
    conv = "float" if m.group("kind") in ("float", "real number") else "int"
    edits = []
    for value in _assigned_values(site):
        shown = shorten(site.seg(value), 40)
        edit = site.wrap(value, conv, f"convert {shown} to {conv} before storing it", _prior(value))
        if edit:
            edits.append(edit)
    return edits


SETTER_TEMPLATES = [(TEXT_WANTED, t_setter_text), (NUMBER_WANTED, t_setter_number)]

__all__ = ["SETTER_TEMPLATES"]
