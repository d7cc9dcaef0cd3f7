"""LOGIC edit families of a missing or wrong step, from Python's documented semantics.

Each family is one of TBar's fix templates (Liu et al., ISSTA 2019) with an ingredient the language
itself defines, so it proposes one or two edits where its shape occurs and nothing elsewhere:

- a branch that should repeat: `if T:` whose body rebinds a value `T` reads -> `while T:` (a
  conditional that should have been a loop, e.g. joining continuation lines one at a time);
- a counter reset where it should step back: `x += d ... x = 0` in one block -> `x -= d` (the
  inverse of the step the block made, as a depth or indent counter around a nested call);
- the other `open()` mode of a pair: `'w'` truncates the file, `'a'` appends to it (the library
  reference of `open`); the rest of the mode (`b`, `t`, `+`) is kept;
- a single-pass iterator read twice: a generator expression (or `map`/`filter`/`zip`, iterators in
  Python 3) bound to a name the function reads two or more times is materialised with `tuple(...)`:
  the second pass of an exhausted iterator sees nothing, and a generator is always true;
- a module's own function called where the imported standard module's homonym was meant:
  `lookup(x)` in a module that defines `lookup` and imports `codecs` -> `codecs.lookup(x)`;
- an `if`/`elif` chain testing `isinstance(v, C)` twice, the second branch dead: the first test
  gets a subclass of `C` the module names (`dict` -> `OrderedDict`), so the specific case comes first;
- a returned string missing its normalising step: `return re.sub(...)` -> `return re.sub(...).lower()`
  (and `.upper()`, `.strip()`), at a low prior;
- the size of a whole mapping where one key's count was meant: `len(d)` in a function that indexes
  `d` by `k` -> `d.get(k, 0)`.
"""

from __future__ import annotations

import ast
import importlib
import sys

from healer.engine.fixers.lineedit import SourceFile, shorten
from healer.engine.fixers.logic_templates import Rewrite, Splicer

STEP_PRIOR = 0.45
NORMALISE_PRIOR = 0.2
NORMALISERS = ("lower", "strip", "upper")
# str methods and re functions that return a new string: their result may need a normalising step.
STRING_MAKERS = frozenset(
    {"sub", "replace", "format", "join", "strip", "lstrip", "rstrip", "title", "capitalize"}
)
ITERATOR_CALLS = frozenset({"map", "filter", "zip", "reversed", "iter"})
# Subclasses of builtin types that the standard library defines: where `isinstance(v, dict)` is tested twice,
# the first test most likely meant one of these.
KNOWN_SUBCLASSES = {
    "dict": ("OrderedDict", "defaultdict", "Counter"),
    "int": ("bool",),
    "tuple": ("namedtuple",),
}
# Standard modules whose import has a visible side effect or needs a display: never imported to look up a name.
UNSAFE_MODULES = frozenset({"this", "antigravity", "idlelib", "tkinter", "turtle", "turtledemo"})
OPEN_MODES = {"w": "a", "a": "w"}


def step_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """Every edit of these families that starts on `line`, unranked."""
    sp = Splicer(sf)
    found: list[Rewrite] = []
    for node in sf.nodes_starting(line):
        if isinstance(node, ast.If):
            found += _loop(sf, sp, line, node) + _specialised(sf, sp, line, node)
        elif isinstance(node, ast.Assign):
            found += _undo(sf, sp, line, node) + _single_pass(sf, sp, line, node)
        elif isinstance(node, ast.Call):
            found += (
                _open_mode(sp, line, node) + _homonym(sf, sp, line, node) + _key_count(sf, sp, line, node)
            )
        elif isinstance(node, ast.Return) and node.value is not None:
            found += _normalised(sp, line, node.value)
        elif isinstance(node, ast.For) and isinstance(node.iter, ast.Name):
            found += _single_pass_source(sf, sp, node)
    return found


def _single_pass_source(sf: SourceFile, sp: Splicer, node: ast.For) -> list[Rewrite]:
    """A loop over an exhausted iterator runs at the loop, but its fault is where the iterator was bound."""
    name = node.iter.id
    bindings = [
        stmt
        for stmt in ast.walk(_function(sf, node))
        if isinstance(stmt, ast.Assign)
        and stmt.lineno < node.lineno
        and len(stmt.targets) == 1
        and isinstance(stmt.targets[0], ast.Name)
        and stmt.targets[0].id == name
    ]
    if not bindings:
        return []
    binding = max(bindings, key=lambda stmt: stmt.lineno)
    return _single_pass(sf, sp, binding.lineno, binding)


def _function(sf: SourceFile, node: ast.AST) -> ast.AST:
    for ancestor in sf.ancestors(node):
        if isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            return ancestor
    return sf.tree


def _loop(sf: SourceFile, sp: Splicer, line: int, node: ast.If) -> list[Rewrite]:
    start, _ = sp.span(node)
    if node.orelse or not sf.text.startswith("if ", start):
        return []
    read = {ast.dump(n) for n in ast.walk(node.test) if isinstance(n, ast.Name | ast.Attribute)}
    rebound = {
        ast.dump(_as_load(target))
        for stmt in node.body
        if isinstance(stmt, ast.Assign | ast.AugAssign)
        for target in (stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target])
        if isinstance(target, ast.Name | ast.Attribute)
    }
    if not read & rebound:
        return []
    what = f"repeat while {shorten(sp.text(node.test), 30)} holds, not once"
    return [Rewrite(line, ((start, start + 2, "while"),), what, STEP_PRIOR, "loop")]


def _as_load(target: ast.expr) -> ast.expr:
    """The same name or attribute as it is read: `ast.dump` of a store and a load differ only in ctx."""
    copy = ast.parse(ast.unparse(target), mode="eval").body
    return copy


def _undo(sf: SourceFile, sp: Splicer, line: int, node: ast.Assign) -> list[Rewrite]:
    if not (
        len(node.targets) == 1
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, int | float)
        and not isinstance(node.value.value, bool)
    ):
        return []
    parent = sf.parent(node)
    body = next(
        (b for b in (getattr(parent, f, None) for f in ("body", "orelse", "finalbody")) if b and node in b),
        None,
    )
    if body is None:
        return []
    target = ast.dump(_as_load(node.targets[0]))
    inverse = {ast.Add: "-=", ast.Sub: "+="}
    for earlier in reversed(body[: body.index(node)]):
        if (
            isinstance(earlier, ast.AugAssign)
            and type(earlier.op) in inverse
            and ast.dump(_as_load(earlier.target)) == target
        ):
            start, end = sp.span(node)
            new = f"{sp.text(node.targets[0])} {inverse[type(earlier.op)]} {sp.text(earlier.value)}"
            what = f"step {shorten(sp.text(node.targets[0]), 30)} back, not reset it"
            return [Rewrite(line, ((start, end, new),), what, STEP_PRIOR, "step")]
    return []


def _single_pass(sf: SourceFile, sp: Splicer, line: int, node: ast.Assign) -> list[Rewrite]:
    if len(node.targets) != 1 or not isinstance(node.targets[0], ast.Name):
        return []
    name = node.targets[0].id
    values = [node.value.body, node.value.orelse] if isinstance(node.value, ast.IfExp) else [node.value]
    iterators = [
        v
        for v in values
        if isinstance(v, ast.GeneratorExp)
        or (isinstance(v, ast.Call) and isinstance(v.func, ast.Name) and v.func.id in ITERATOR_CALLS)
    ]
    if not iterators:
        return []
    reads = [
        n
        for n in ast.walk(_function(sf, node))
        if isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Load) and n.lineno > node.lineno
    ]
    if len(reads) < 2:
        return []
    spans = []
    for value in iterators:
        start, end = sp.span(value)
        text = sp.text(value)
        wrapped = (
            f"tuple{text}"
            if isinstance(value, ast.GeneratorExp) and text.startswith("(")
            else f"tuple({text})"
        )
        spans.append((start, end, wrapped))
    what = f"materialise {name} once: an iterator read twice is empty the second time"
    return [Rewrite(line, tuple(spans), what, STEP_PRIOR, "collection")]


def _open_mode(sp: Splicer, line: int, node: ast.Call) -> list[Rewrite]:
    func = node.func
    if not (isinstance(func, ast.Name) and func.id == "open") and not (
        isinstance(func, ast.Attribute) and func.attr == "open"
    ):
        return []
    modes = [kw.value for kw in node.keywords if kw.arg == "mode"] + node.args[1:2]
    found = []
    for mode in modes:
        if not (isinstance(mode, ast.Constant) and isinstance(mode.value, str)):
            continue
        letters = [c for c in mode.value if c in OPEN_MODES]
        if len(letters) != 1:
            continue
        other = mode.value.replace(letters[0], OPEN_MODES[letters[0]])
        start, end = sp.span(mode)
        quote = sp.text(mode)[0] if sp.text(mode)[:1] in "'\"" else "'"
        what = f"open with mode {other!r}: {'append to' if 'a' in other else 'truncate'} the file"
        found.append(Rewrite(line, ((start, end, f"{quote}{other}{quote}"),), what, STEP_PRIOR, "literal"))
    return found


def _homonym(sf: SourceFile, sp: Splicer, line: int, node: ast.Call) -> list[Rewrite]:
    if not isinstance(node.func, ast.Name):
        return []
    name = node.func.id
    defined = any(isinstance(s, ast.FunctionDef) and s.name == name for s in sf.tree.body)
    if not defined:
        return []
    found = []
    for module in _stdlib_imports(sf):
        if _has_attribute(module, name):
            start, end = sp.span(node.func)
            what = f"call {module}.{name}, not this module's own {name}"
            found.append(Rewrite(line, ((start, end, f"{module}.{name}"),), what, STEP_PRIOR, "sibling"))
    return found


def _stdlib_imports(sf: SourceFile) -> list[str]:
    return [
        alias.name
        for stmt in sf.tree.body
        if isinstance(stmt, ast.Import)
        for alias in stmt.names
        if alias.asname is None and "." not in alias.name and alias.name in sys.stdlib_module_names
    ]


def _has_attribute(module: str, name: str) -> bool:
    if module in UNSAFE_MODULES:
        return False
    try:
        loaded = sys.modules.get(module) or importlib.import_module(module)
    except Exception:  # a standard module missing on this host is no ingredient
        return False
    return callable(getattr(loaded, name, None))


def _specialised(sf: SourceFile, sp: Splicer, line: int, node: ast.If) -> list[Rewrite]:
    """The first of two equal `isinstance` tests of one chain gets a subclass the module names."""
    if not _is_isinstance(node.test):
        return []
    later, test = node, ast.dump(node.test)
    duplicated = False
    while len(later.orelse) == 1 and isinstance(later.orelse[0], ast.If):
        later = later.orelse[0]
        duplicated = duplicated or ast.dump(later.test) == test
    if not duplicated:
        return []
    classes = node.test.args[1]
    if not isinstance(classes, ast.Name):
        return []
    named = {n.id for n in ast.walk(sf.tree) if isinstance(n, ast.Name)}
    named |= {a.asname or a.name for s in ast.walk(sf.tree) if isinstance(s, ast.ImportFrom) for a in s.names}
    subclasses = [c for c in KNOWN_SUBCLASSES.get(classes.id, ()) if c in named]
    subclasses += [
        s.name
        for s in ast.walk(sf.tree)
        if isinstance(s, ast.ClassDef)
        and any(isinstance(b, ast.Name) and b.id == classes.id for b in s.bases)
    ]
    start, end = sp.span(classes)
    return [
        Rewrite(line, ((start, end, sub),), f"test for the subclass {sub} first", STEP_PRIOR, "sibling")
        for sub in subclasses
    ]


def _is_isinstance(test: ast.expr) -> bool:
    return (
        isinstance(test, ast.Call)
        and isinstance(test.func, ast.Name)
        and test.func.id == "isinstance"
        and len(test.args) == 2
    )


def _normalised(sp: Splicer, line: int, value: ast.expr) -> list[Rewrite]:
    func = value.func if isinstance(value, ast.Call) else None
    if not (isinstance(func, ast.Attribute) and func.attr in STRING_MAKERS):
        return []
    _, end = sp.span(value)
    return [
        Rewrite(
            line, ((end, end, f".{method}()"),), f"{method}() the returned string", NORMALISE_PRIOR, "call"
        )
        for method in NORMALISERS
    ]


def _key_count(sf: SourceFile, sp: Splicer, line: int, node: ast.Call) -> list[Rewrite]:
    if not (
        isinstance(node.func, ast.Name)
        and node.func.id == "len"
        and len(node.args) == 1
        and isinstance(node.args[0], ast.Name)
    ):
        return []
    mapping = node.args[0].id
    keys = {
        sp.text(n.slice)
        for n in ast.walk(_function(sf, node))
        if isinstance(n, ast.Subscript)
        and isinstance(n.value, ast.Name)
        and n.value.id == mapping
        and isinstance(n.slice, ast.Name)
    }
    start, end = sp.span(node)
    return [
        Rewrite(
            line,
            ((start, end, f"{mapping}.get({key}, 0)"),),
            f"count {key} in {mapping}, not all of it",
            0.35,
            "call",
        )
        for key in sorted(keys)
    ]


__all__ = ["step_rewrites"]
