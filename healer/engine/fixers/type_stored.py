"""TypeErrors whose wrong value was made where it was STORED and raised where it is used (round 47, pytypes21).

The walk (type_provenance.Provenance) follows a crash's values back to their assignments: a name's in the
same function, a module global's, a `self.` attribute's in any method of the file. These edits act at
such a store, each from how Python behaves, never from one project's text:

- **A class stored where an instance is meant** (`class_for_instance`): `self._cache = dict` (the call
  left off) raises "argument of type 'type' is not iterable" or "'type' object is not subscriptable"
  where the cache is read, and `self.x = Klass` raises "m() missing 1 required positional argument"
  when `self.x.m(a)` calls the method on the class (the argument fills `self`). The store is a bare
  class name; the edit calls it (`Klass()`), and a builtin container type gets its empty display too
  (`dict` -> `{}`, `list` -> `[]`).
- **A sequence stored where a mapping is used** (`sequence_for_mapping`): `self.tokens = []` then
  `self.tokens[key] = value` raises "list indices must be integers or slices, not str" (a tuple's or
  a set's messages likewise): an EMPTY list, tuple or set stored there (a display or the type's call
  with no argument) is made an empty dict, which takes any hashable key.
- **A trailing comma that made a tuple** (`trailing_comma`): `LIMIT = 2**32 - 1,` is the tuple
  `(4294967295,)`, refused where a number or text is wanted ("unsupported operand type(s) for %:
  'int' and 'tuple'"): a one-element tuple written without parentheses is its element.
- **Text stored where a number is meant** (`numeric_text`): `parts.append('0')` beside ints, refused
  by "'>' not supported between instances of 'str' and 'int'" (or a `*`/`%d`/operand message naming
  str beside a number): a string literal that spells a number is that number.
- **Arguments that should be one list** (`packed_arguments`): `subprocess.call(editor, path)` raises
  inside the library ("bufsize must be an integer"): the repository's deepest frame is the call, and
  a call of two or more plain positional arguments is given them as one list (and as one tuple).

Each edit is bounded by the node it is given (no whole-file scan), so it is linear in the walk's origins.
"""

from __future__ import annotations

import ast
import re

from healer.engine.fixers.lineedit import Edit, SourceFile, shorten

PRIOR_CLASS = 0.85
PRIOR_MAPPING = 0.85
PRIOR_COMMA = 0.9  # a bare one-element tuple is almost never meant at a store the message refuses
PRIOR_NUMERIC = 0.8
PRIOR_PACKED = 0.6
MAX_PACKED = 8  # positional arguments packed into one list at most
MAX_TOP_LEVEL = 2000  # top-level statements read for the imports

# A class object where an instance was meant: the type itself refused, or a method called on the
# class so that its first argument filled `self` and the last one is missing.
CLASS_REFUSED = re.compile(
    r"argument of type 'type' is not iterable|'type' object is not (?:subscriptable|iterable)"
    r"|'type' object does not support item assignment|object of type 'type' has no len\(\)"
    r"|missing 1 required positional argument|unbound method|descriptor '\w+' (?:for|of) '\w+' object"
    r"|'type' and '"
)
EMPTY_DISPLAYS = {"dict": "{}", "list": "[]", "tuple": "()", "set": "set()"}
# A sequence (or a set) indexed by a key of another kind, or assigned an item it cannot take.
MAPPING_WANTED = re.compile(
    r"(list|tuple) indices must be integers or slices, not (?!int\b)\w+"
    r"|'(set|tuple)' object (?:is not subscriptable|does not support item assignment)"
)
TUPLE_REFUSED = re.compile(
    r"'tuple' and '|' and 'tuple'|\(not \"tuple\"\)|'tuple' object cannot be interpreted|not tuple\b"
    r"|must be (?:a )?real number, not tuple|tuple found"
)
STR_FOR_NUMBER = re.compile(
    r"'[<>]=?' not supported between instances of '(?:str' and '(?:int|float)|(?:int|float)' and 'str)'"
    r"|unsupported operand type\(s\) for [^:]{1,16}: '(?:str' and '(?:int|float)|(?:int|float)' and 'str)'"
    r"|can't multiply sequence by non-int of type 'str'|a real number is required, not str"
    r"|'str' object cannot be interpreted as an integer|must be real number, not str"
)
NUMBER_TEXT = re.compile(r"-?\d+(\.\d+)?")


def stored_edits(sf: SourceFile, value: ast.expr, messages: list[str]) -> list[Edit]:
    """The edits of this module at one origin the walk reached (`value`, an assignment's value)."""
    text = " ".join(messages)
    return [
        *class_for_instance(sf, value, text),
        *sequence_for_mapping(sf, value, text),
        *trailing_comma(sf, value, text),
        *numeric_text(sf, value, text),
    ]


def one_line_span(sf: SourceFile, value: ast.expr) -> tuple[int, int, int] | None:
    """`value`'s (line, start, end) in characters when it ends on the line it starts on, else None."""
    span = sf.node_span(value)
    return span if span is not None and span[0] == getattr(value, "end_lineno", -1) else None


def _is_class_name(sf: SourceFile, value: ast.expr) -> str | None:
    """The class a bare name (or dotted name) stands for: a builtin type, a class the file defines, or a
    CapWords name (a class by PEP 8's naming); None for anything else."""
    if isinstance(value, ast.Name):
        name = value.id
    elif isinstance(value, ast.Attribute) and isinstance(value.value, ast.Name):
        name = value.attr
    else:
        return None
    parent = sf.parent(value)
    if isinstance(parent, ast.Call) and parent.func is value:
        return None  # already called
    if name in EMPTY_DISPLAYS or name in ("object", "str", "bytes", "int", "float", "frozenset", "bytearray"):
        return name
    if name[:1].isupper() and not name.isupper() and name[1:2].islower():
        return name
    return None


def class_for_instance(sf: SourceFile, value: ast.expr, text: str) -> list[Edit]:
    """`self._cache = dict` -> `{}` / `dict()`; `self.x = Klass` -> `Klass()` (module docstring)."""
    if not CLASS_REFUSED.search(text):
        return []
    name = _is_class_name(sf, value)
    span = one_line_span(sf, value)
    if name is None or span is None or not isinstance(sf.parent(value), (ast.Assign, ast.AnnAssign)):
        return []
    line, start, end = span
    written = sf.line_text(line)[start:end]
    edits = []
    if name in EMPTY_DISPLAYS:
        new = EMPTY_DISPLAYS[name]
        description = f"store an empty {name} where the value is stored, not the type {written} itself"
        edits.append(Edit(line, ((start, end, new),), description, PRIOR_CLASS, "provenance"))
    description = f"store an instance, {shorten(written)}(), where the value is stored, not the class itself"
    edits.append(Edit(line, ((start, end, f"{written}()"),), description, PRIOR_CLASS * 0.95, "provenance"))
    return edits


def sequence_for_mapping(sf: SourceFile, value: ast.expr, text: str) -> list[Edit]:
    """An empty list/tuple/set stored where keys of another kind index it: an empty dict."""
    found = MAPPING_WANTED.search(text)
    if not found:
        return []
    kind = found.group(1) or found.group(2)
    empty = (
        (isinstance(value, ast.List) and kind == "list" and not value.elts)
        or (isinstance(value, ast.Tuple) and kind == "tuple" and not value.elts)
        or (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Name)
            and value.func.id == kind
            and not value.args
            and not value.keywords
        )
    )
    span = one_line_span(sf, value)
    if not empty or span is None:
        return []
    line, start, end = span
    written = sf.line_text(line)[start:end]
    description = (
        f"store an empty dict where the value is stored: {{}} instead of the {kind} {shorten(written)}"
    )
    return [Edit(line, ((start, end, "{}"),), description, PRIOR_MAPPING, "provenance")]


def trailing_comma(sf: SourceFile, value: ast.expr, text: str) -> list[Edit]:
    """`x = value,` (a tuple by its trailing comma) refused as a tuple: `x = value`."""
    if not (isinstance(value, ast.Tuple) and len(value.elts) == 1 and TUPLE_REFUSED.search(text)):
        return []
    if isinstance(value.elts[0], ast.Starred):
        return []
    span, inner = one_line_span(sf, value), one_line_span(sf, value.elts[0])
    if span is None or inner is None:
        return []
    line, start, end = span
    written = sf.line_text(line)[start:end]
    element = sf.line_text(line)[inner[1] : inner[2]]
    # `X = (a - 1),` is bare too: only a tuple written with its own parentheses ends with one
    bare = written.rstrip().endswith(",")
    description = (
        f"drop the trailing comma that makes {shorten(written)} a one-element tuple"
        if bare
        else f"store {shorten(element)} itself, not the one-element tuple {shorten(written)}"
    )
    prior = PRIOR_COMMA if bare else PRIOR_COMMA * 0.6
    return [Edit(line, ((start, end, element),), description, prior, "provenance")]


def numeric_text(sf: SourceFile, value: ast.expr, text: str) -> list[Edit]:
    """A string literal spelling a number, refused as text beside a number: the number itself."""
    if not (isinstance(value, ast.Constant) and isinstance(value.value, str) and STR_FOR_NUMBER.search(text)):
        return []
    spelled = value.value.strip()
    span = one_line_span(sf, value)
    if not NUMBER_TEXT.fullmatch(spelled) or span is None or len(spelled) > 40:
        return []
    line, start, end = span
    number = str(int(spelled)) if "." not in spelled else spelled
    description = f"store the number {number}, not the text {shorten(sf.line_text(line)[start:end])}"
    return [Edit(line, ((start, end, number),), description, PRIOR_NUMERIC, "provenance")]


def _imported(sf: SourceFile) -> set[str]:
    """The names the module's top-level imports bind (`import subprocess`, `from os import path`)."""
    names: set[str] = set()
    for node in sf.tree.body[:MAX_TOP_LEVEL]:
        if isinstance(node, ast.Import):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names.update(a.asname or a.name for a in node.names)
    return names


def packed_arguments(sf: SourceFile, line: int, messages: list[str]) -> list[Edit]:
    """At the repository's deepest frame, a call of a library's function (its name, or the module it is
    an attribute of, bound by a top-level import) given 2..MAX_PACKED plain positional arguments and no
    keywords: the TypeError was raised below it, in the library, and its arguments are packed into one
    list (and into one tuple, lower)."""
    if not messages:
        return []
    calls = [
        n
        for n in sf.nodes_touching(line)
        if isinstance(n, ast.Call) and getattr(n, "lineno", None) == line and 2 <= len(n.args) <= MAX_PACKED
    ]
    if not calls:
        return []
    imported = _imported(sf)
    edits: list[Edit] = []
    for node in calls:
        root = node.func
        while isinstance(root, ast.Attribute):
            root = root.value
        args = node.args
        if (
            not isinstance(root, ast.Name)
            or root.id not in imported
            or node.keywords
            or any(isinstance(a, ast.Starred) for a in args)
        ):
            continue
        spans = [sf.node_span(a) for a in args]
        if not all(s is not None and s[0] == line for s in spans):
            continue
        first, last = spans[0], spans[-1]
        assert first is not None and last is not None
        inner = sf.line_text(line)[first[1] : last[2]]
        called = shorten(sf.segment(node.func))
        description = (
            f"pass [{shorten(inner)}] to {called}() as one list, not as {len(args)} separate arguments"
        )
        edits.append(
            Edit(line, ((first[1], last[2], f"[{inner}]"),), description, PRIOR_PACKED, "provenance")
        )
        description = (
            f"pass ({shorten(inner)}) to {called}() as one tuple, not as {len(args)} separate arguments"
        )
        edits.append(
            Edit(line, ((first[1], last[2], f"({inner})"),), description, PRIOR_PACKED * 0.9, "provenance")
        )
    return edits
