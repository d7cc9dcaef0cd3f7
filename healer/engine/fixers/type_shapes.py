"""The value's SHAPE changed where it was made: one call, one attribute step or one sibling callable.

`type_sources` turns the message's actual type into the expected one by conversion (`list(x)`,
`int(x)`, `//`). Many TypeErrors whose value was made elsewhere are not conversions but a step
left out or taken wrongly when the value was made (the "missing/extra call" and "wrong method
reference" operators of the repair literature; PyTER's type-directed search, Oh & Oh, FSE 2022):

- a callable where its RESULT was meant (`'type' object is not iterable`, `'method' object is not
  subscriptable`): the zero-argument call added, `self.default` -> `self.default()`;
- a sized container where its SIZE was meant (`unsupported operand type(s) for -: 'tuple' and
  'int'`, `'list' object cannot be interpreted as an integer`): `len(x)`;
- a value of a known type where one of its MEMBERS was meant (`'datetime.datetime' object is not
  subscriptable`): `x.m()` / `x.m` for each public member of the found type whose name or
  docstring says it gives the expected protocol (`timetuple` "Return time tuple"); the found
  type's members are read from the runtime for the standard library (imported by the name the
  message gives, stdlib modules only) and from the class's definition for a repository class;
- a constructor that makes the wrong container (`list indices must be integers or slices, not
  str`: a sequence where a mapping was meant): `list(pairs)` -> `dict(pairs)`;
- a callable replaced by a SIBLING: the alternate constructors of the same class (a classmethod
  taking the same arguments, `chain(xs)` -> `chain.from_iterable(xs)`, when the message says the
  items have the wrong shape), or, when the message says a callable was called with N positional
  arguments it cannot take (`sorted expected 1 argument, got 2`), a function of the same module
  that takes N and whose name shares a stem with the one chosen (`sorted` -> `_sort_by_value`).

Every operator is keyed on what the message says was FOUND and what the operation EXPECTED
(`shapes`), and applied at the definitions `type_provenance.Provenance` finds (the crash's own
values included, step 0 being the crash line's value itself only when the walk records it).
Checked statically before the sandbox: a member must exist on the found type, a sibling must
accept the call's argument count, and `_best_candidates` keeps only edits that compile. Nothing
here names a project or a benchmark case.
"""

from __future__ import annotations

import ast
import builtins
import importlib
import inspect
import re
import sys
from dataclasses import dataclass

from healer.engine.fixers.lineedit import FUNCTIONS, Edit, SourceFile, shorten
from healer.engine.fixers.type_provenance import Made, static_type

# below type_kinds' call / uncall (0.8): where both make the same text, theirs (with the arguments
# the file agrees on) is the one kept
PRIOR_CALL = 0.75
PRIOR_LEN = 0.8
PRIOR_CONSTRUCTOR = 0.75
PRIOR_MEMBER = 0.7
PRIOR_SIBLING = 0.7
PRIOR_ALTERNATE = 0.65

# What a callable's type is called in CPython's messages: the value is the thing, not its result.
CALLABLES = frozenset(
    {"type", "function", "method", "builtin_function_or_method", "functools.partial", "method-wrapper"}
)
# Containers whose length is an int.
SIZED = frozenset(
    {"tuple", "list", "dict", "set", "frozenset", "str", "bytes", "bytearray", "range", "deque"}
    | {"dict_keys", "dict_values", "dict_items"}
)
STRINGS = frozenset({"str", "bytes", "bytearray"})
# Protocols a value is used by that a callable or an unrelated object does not have.
DATA = frozenset({"iterable", "subscriptable", "sized", "int", "mapping", "hashable", "str"})
# The words a member's name or docstring uses when it gives a value with the protocol.
VOCABULARY = {
    "subscriptable": ("tuple", "list", "items", "keys", "values", "args", "parts", "fields", "split"),
    "iterable": ("tuple", "list", "items", "keys", "values", "args", "parts", "fields", "iter", "all"),
    "sized": ("tuple", "list", "items", "keys", "values", "args", "parts", "fields"),
    "int": ("len", "count", "size", "total", "length", "int", "index", "number"),
    "str": ("str", "name", "text", "isoformat", "format", "decode", "string"),
    "mapping": ("dict", "mapping", "asdict", "todict"),
    "hashable": ("tuple", "frozen", "key", "hash", "name", "id"),
}
CONSTRUCTOR_FOR = {"mapping": ("dict",), "hashable": ("tuple", "frozenset")}
SEQUENCE_CONSTRUCTORS = frozenset({"list", "tuple", "set", "frozenset", "sorted", "dict"})


@dataclass(frozen=True)
class Shape:
    """The message says a value of type `have` was found where `want` (a protocol) was expected;
    `arity`: a callable was called with this many positional arguments."""

    have: str
    want: str
    arity: int | None = None


def shapes(messages: list[str]) -> list[Shape]:
    """(found type, expected protocol) pairs from CPython's TypeError grammar."""
    found: list[Shape] = []
    for text in messages:
        if m := re.search(r"operand type\(s\) for \S+: '([\w.]+)' and '([\w.]+)'", text):
            left, right = m[1], m[2]
            for one, other in ((left, right), (right, left)):
                if one in SIZED and other in ("int", "float"):
                    found.append(Shape(one, "int"))
                if one in CALLABLES and other not in CALLABLES:
                    found.append(Shape(one, "int" if other in ("int", "float") else other))
        for pattern, want in (
            (r"'([\w.]+)' object is not iterable", "iterable"),
            (r"argument of type '([\w.]+)' is not iterable", "iterable"),
            (r"'([\w.]+)' object is not subscriptable", "subscriptable"),
            (r"unhashable type: '([\w.]+)'", "hashable"),
            (r"object of type '([\w.]+)' has no len\(\)", "sized"),
            (r"'([\w.]+)' object cannot be interpreted as an integer", "int"),
        ):
            if m := re.search(pattern, text):
                found.append(Shape(m[1], want))
        m = re.search(r"\b(list|tuple) indices must be integers or slices, not (\w+)", text)
        if m and m[2] not in ("float", "int", "bool"):
            found.append(Shape(m[1], "mapping"))
        if m := re.search(r"'([\w.]+)' object is not callable", text):
            found.append(Shape(m[1], "reference"))
        if m := re.search(r"(\w+)(?:\(\))? expected (?:at most |at least )?\d+ arguments?, got (\d+)", text):
            found.append(Shape(m[1], "callable", int(m[2])))
        if m := re.search(
            r"(\w+)\(\) takes (?:from \d+ to )?\d+ positional arguments? but (\d+) (?:was|were)", text
        ):
            found.append(Shape(m[1], "callable", int(m[2])))
    unique: list[Shape] = []
    for shape in found:
        if shape not in unique:
            unique.append(shape)
    return unique


def shape_edits(
    sf: SourceFile, made: Made, found: list[Shape], *, classes: dict[str, ast.ClassDef] | None = None
) -> list[Edit]:
    """Every shape operator the message's (found, expected) pairs allow at this definition."""
    value = made.value
    if isinstance(value, ast.Name) and value.id in ("self", "cls"):
        return []
    kind = static_type(value)
    edits: list[Edit] = []
    for shape in found:
        if kind is not None and kind != shape.have.rsplit(".", 1)[-1] and shape.want != "callable":
            continue  # the definition's shape says it makes another type: not where this value was made
        if shape.want == "callable":
            edits += _siblings_of_arity(sf, value, shape)
            continue
        if shape.want == "reference":
            edits += _uncalled(sf, value, shape)
            continue
        if shape.want not in DATA:
            continue
        if shape.have in CALLABLES and isinstance(value, ast.Name | ast.Attribute):
            edits += _appended(sf, value, "()", f"call it to make the value ({shape.have} found)", PRIOR_CALL)
        # a string where an int was wanted is parsed (type_sources' `int(...)`); a collection, counted
        if shape.have in SIZED - STRINGS and shape.want == "int" and not _is_call_to(value, "len"):
            edits += _replaced(sf, value, f"len({sf.segment(value)})", "take its length", PRIOR_LEN)
        if _is_primary(value) and not isinstance(value, ast.Constant):
            for member, is_method, score in _members(sf, shape, classes or {}):
                step = f".{member}()" if is_method else f".{member}"
                what = f"take its {member} ({shape.have} found, {shape.want} wanted)"
                edits += _appended(sf, value, step, what, PRIOR_MEMBER * score)
        edits += _constructors(sf, value, shape)
        edits += _alternate_constructors(sf, value, shape)
    unique: list[Edit] = []
    for edit in edits:
        if all((e.line, e.spans) != (edit.line, edit.spans) for e in unique):
            unique.append(edit)
    return unique


def called_names(sf: SourceFile, line: int, found: list[Shape]) -> list[ast.Name | ast.Attribute]:
    """The local names called on the crash line when the message says a callable was called with
    arguments it cannot take: `Provenance.crash_values` leaves a call's function out, but a name
    bound to the wrong callable earlier is a value made elsewhere like any other. So is an instance
    attribute called there (`self._type(value)`) that no method of that name defines: it holds a
    value stored by another method (a constructor's parameter)."""
    if not any(shape.want == "callable" for shape in found):
        return []
    methods = {node.name for node in ast.walk(sf.tree) if isinstance(node, FUNCTIONS)}
    return [
        node.func
        for node in sf.nodes_touching(line)
        if isinstance(node, ast.Call)
        and (
            isinstance(node.func, ast.Name)
            or (
                isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in ("self", "cls")
                and node.func.attr not in methods
            )
        )
    ]


def _uncalled(sf: SourceFile, value: ast.expr, shape: Shape) -> list[Edit]:
    """`handler = make_handler()` where the callable itself was meant (`'NoneType' object is not
    callable` when the value is later called): the zero-argument call where it was made removed."""
    if not isinstance(value, ast.Call) or value.args or value.keywords or shape.have in CALLABLES:
        return []
    if isinstance(value.func, ast.Name) and value.func.id in dir(builtins):
        return []  # `list()`, `dict()`: a builtin's result is the value meant, not the builtin
    what = f"keep the callable itself, not its result ({shape.have} found)"
    return _replaced(sf, value, sf.segment(value.func), what, PRIOR_CALL)


def _is_primary(value: ast.expr) -> bool:
    """A value a call or an attribute step can be appended to without parentheses."""
    return isinstance(value, (ast.Name, ast.Attribute, ast.Call, ast.Subscript))


def _is_call_to(value: ast.expr, name: str) -> bool:
    return isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == name


def _appended(sf: SourceFile, value: ast.expr, suffix: str, what: str, prior: float) -> list[Edit]:
    line, col = sf.end(value)
    description = f"{what} where the value is made: {shorten(sf.segment(value) + suffix)}"
    return [Edit(line, ((col, col, suffix),), description, prior, "shape")]


def _replaced(sf: SourceFile, node: ast.expr, new: str, what: str, prior: float) -> list[Edit]:
    span = sf.node_span(node)
    if span is None:
        return []
    line, start, end = span
    old = sf.line_text(line)[start:end]
    if new == old:
        return []
    description = f"{what} where the value is made: {shorten(new)} instead of {shorten(old)}"
    return [Edit(line, ((start, end, new),), description, prior, "shape")]


def _constructors(sf: SourceFile, value: ast.expr, shape: Shape) -> list[Edit]:
    """`list(pairs)` where a mapping was meant -> `dict(pairs)`: the builtin container constructor
    that makes the expected protocol, in place of the one that made the found type."""
    if not _is_constructor(value) or value.keywords:  # type: ignore[attr-defined]
        return []
    edits: list[Edit] = []
    for constructor in CONSTRUCTOR_FOR.get(shape.want, ()):
        if constructor != value.func.id:
            what = f"make a {constructor}, not a {value.func.id}"
            edits += _replaced(sf, value.func, constructor, what, PRIOR_CONSTRUCTOR)
    return edits


def _members(sf: SourceFile, shape: Shape, classes: dict[str, ast.ClassDef]) -> list[tuple[str, bool, float]]:
    """(member, is a method, score): the found type's public members that give the wanted protocol,
    by the words of their names or their docstrings' first lines. The standard library's types are
    asked at runtime (imported by the message's name, stdlib modules only); a repository class
    by its definition (methods taking only self, attributes assigned on self)."""
    words = VOCABULARY.get(shape.want, ())
    if not words or shape.have in CALLABLES or shape.have == "NoneType":
        return []
    found: list[tuple[str, bool, float]] = []
    runtime = _stdlib_type(shape.have)
    if runtime is not None:
        for name in dir(runtime):
            if name.startswith("_"):
                continue
            member = getattr(runtime, name, None)
            is_method = callable(member)
            if is_method and not _takes_no_arguments(member, name):
                continue
            doc = (inspect.getdoc(member) or "").splitlines()[0:1] if is_method else []
            score = _word_score(name, doc[0] if doc else "", words)
            if score:
                found.append((name, is_method, score))
    elif (cls := classes.get(shape.have.rsplit(".", 1)[-1])) is not None:
        for node in cls.body:
            if isinstance(node, FUNCTIONS) and not node.name.startswith("_"):
                is_property = any(
                    isinstance(d, ast.Name) and d.id in ("property", "cached_property")
                    for d in node.decorator_list
                )
                if _required_positional(node) <= 1 and (
                    score := _word_score(node.name, ast.get_docstring(node) or "", words)
                ):
                    found.append((node.name, not is_property, score))
    found.sort(key=lambda item: -item[2])
    return found[:4]


def _word_score(name: str, doc: str, words: tuple[str, ...]) -> float:
    """1.0 when one of the member's name's words begins or ends with one of the words, 0.8 when its docstring's first line says
    it returns one of them, else 0."""
    # a word begins or ends one of the name's words (`as_list`, `timetuple`), not merely inside one
    # (`isprintable` says nothing of an int)
    tokens = _name_words(name)
    if any(t.startswith(w) or t.endswith(w) for t in tokens for w in words):
        return 1.0
    first = doc.split(".")[0].lower()
    if first.startswith("return") and any(re.search(rf"\b{w}s?\b", first) for w in words):
        return 0.8
    return 0.0


def _takes_no_arguments(member: object, name: str) -> bool:
    """A method callable with no argument but its instance. A C method without a text signature is
    read from its docstring's call line (`S.count(sub[, start[, end]]) -> int` takes arguments);
    one whose docstring shows none is let through, the compile check and the sandbox judge it."""
    try:
        signature = inspect.signature(member)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        doc = inspect.getdoc(member) or ""
        shown = re.search(rf"\b{re.escape(name)}\(([^)]*)\)", doc.split("\n\n")[0])
        return shown is None or shown[1].strip() in ("", "self", "/")
    required = [
        p
        for p in signature.parameters.values()
        if p.default is inspect.Parameter.empty
        and p.kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    ]
    return len(required) <= 1 and (not required or required[0].name in ("self", "cls"))


def _stdlib_type(name: str) -> type | None:
    """The standard library's type the message names ('datetime.datetime', 'list'), or None."""
    if "." not in name:
        found = getattr(builtins, name, None)
        return found if isinstance(found, type) else None
    module, _, attr = name.rpartition(".")
    if module.split(".")[0] not in sys.stdlib_module_names:
        return None  # never import a project's or a dependency's module to read a type
    try:
        found = getattr(importlib.import_module(module), attr, None)
    except ImportError:
        return None
    return found if isinstance(found, type) else None


def _imported_stdlib(sf: SourceFile, node: ast.expr) -> object | None:
    """The standard library's object a name or dotted attribute refers to, by the file's imports."""
    dotted: list[str] = []
    current: ast.expr = node
    while isinstance(current, ast.Attribute):
        dotted.insert(0, current.attr)
        current = current.value
    if not isinstance(current, ast.Name):
        return None
    target = None
    for stmt in sf.tree.body:
        if isinstance(stmt, ast.ImportFrom) and stmt.module and not stmt.level:
            for alias in stmt.names:
                if (alias.asname or alias.name) == current.id:
                    target = (stmt.module, alias.name)
        elif isinstance(stmt, ast.Import):
            for alias in stmt.names:
                if (alias.asname or alias.name.split(".")[0]) == current.id:
                    target = (alias.name if alias.asname else alias.name.split(".")[0], None)
    if target is None:
        return getattr(builtins, current.id, None) if not dotted else None
    module, attr = target
    if module.split(".")[0] not in sys.stdlib_module_names:
        return None
    try:
        found: object = importlib.import_module(module)
    except ImportError:
        return None
    for step in ([attr] if attr else []) + dotted:
        found = getattr(found, step, None)
        if found is None:
            return None
    return found


def _alternate_constructors(sf: SourceFile, value: ast.expr, shape: Shape) -> list[Edit]:
    """`chain(xs)` -> `chain.from_iterable(xs)`: a class's own classmethod taking the same arguments
    in place of the class, when the message says the items made have the wrong shape. Looked for in
    the value and in the one argument of a container constructor around it (`list(chain(xs))`)."""
    if shape.want not in ("hashable", "iterable", "subscriptable", "int", "str"):
        return []
    calls = [value] if isinstance(value, ast.Call) else []
    if _is_constructor(value):
        calls += [a for a in value.args if isinstance(a, ast.Call)]  # type: ignore[attr-defined]
    edits: list[Edit] = []
    for call in calls:
        if call.keywords or any(isinstance(a, ast.Starred) for a in call.args):
            continue
        owner = _imported_stdlib(sf, call.func)
        if not isinstance(owner, type) or owner.__module__ == "builtins":
            continue
        for name, member in vars(owner).items():
            if name.startswith("_") or not isinstance(member, classmethod | type(dict.__dict__["fromkeys"])):
                continue
            bound = getattr(owner, name, None)
            if bound is None or not _accepts(bound, len(call.args)):
                continue
            new = f"{sf.segment(call.func)}.{name}"
            what = f"use the alternate constructor {new}"
            edits += _replaced(sf, call.func, new, what, PRIOR_ALTERNATE)
    return edits


def _is_constructor(value: ast.expr) -> bool:
    return (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Name)
        and value.func.id in SEQUENCE_CONSTRUCTORS
        and len(value.args) == 1
    )


def _accepts(func: object, count: int) -> bool:
    try:
        signature = inspect.signature(func)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    try:
        signature.bind(*range(count))
    except TypeError:
        return False
    return True


def _siblings_of_arity(sf: SourceFile, value: ast.expr, shape: Shape) -> list[Edit]:
    """A callable chosen where it is made (`sorter = ... else sorted`) that cannot take the N
    positional arguments it is called with: each function of the same module that takes N and
    whose name shares a stem with the chosen one (`_sort_by_value`)."""
    if not isinstance(value, ast.Name | ast.Attribute) or shape.arity is None:
        return []
    chosen = value.id if isinstance(value, ast.Name) else value.attr
    if chosen != shape.have:
        return []
    edits: list[Edit] = []
    for node in sf.tree.body:
        if not isinstance(node, FUNCTIONS) or node.name == chosen:
            continue
        params = node.args
        plain = [*params.posonlyargs, *params.args]
        if not (_required_positional(node) <= shape.arity and (params.vararg or shape.arity <= len(plain))):
            continue
        if (similarity := _stem_similarity(chosen, node.name)) > 0:
            what = f"call {node.name}, which takes {shape.arity} arguments, not {chosen}"
            edits += _replaced(sf, value, node.name, what, PRIOR_SIBLING * similarity)
    return edits


def _stem_similarity(one: str, other: str) -> float:
    """How much two names share: 1.0 when a word of one begins with a word of the other of at least
    four letters (`sorted` / `_sort_by_value`), else 0."""
    for a in _name_words(one):
        for b in _name_words(other):
            short, long_ = sorted((a, b), key=len)
            if len(short) >= 4 and long_.startswith(short):
                return 1.0
    return 0.0


def _name_words(name: str) -> list[str]:
    """A name's words, lower-cased, split at underscores (`as_list` -> as, list; `timetuple` stays
    one word, matched by its beginning or end)."""
    return [word for word in name.lower().split("_") if word]


def _required_positional(func: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    """How many positional parameters the function requires (self included)."""
    params = func.args
    return len(params.posonlyargs) + len(params.args) - len(params.defaults)
