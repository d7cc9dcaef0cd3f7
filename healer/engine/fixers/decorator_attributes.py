"""Restore a removed decorator from what the code still asks of the decorated object.

A decorator's result carries attributes the plain function lacks: `@singledispatch` and
`@singledispatchmethod` give `.register`, `@lru_cache` gives `.cache_clear`, `@property` gives
`.setter`. When a decorator is removed (cosmic-ray's RemoveDecorator; a hand edit), two shapes of
failure follow, and each names the definition to decorate:

- "'function' object has no attribute 'register'" where the code reads `send.register`: `send`
  is a plain `def` that lost the decorator. Candidates put back, on that definition, a name the
  module imports and no longer uses (the removed decorator leaves its import behind: pyflakes'
  F401), then the standard library's decorators whose result has that attribute.
- the dispatcher's fallback raising (`raise NotImplementedError`) because one implementation
  lost its `@send.register(T)`: the unregistered implementation is a `def` nothing refers to by
  name, beside siblings that carry `@send.register(...)`. Candidates register each such
  definition as its siblings are registered, with the type its dispatch parameter is annotated
  with (what `register` itself reads when given no type).

Both are template repairs at the definition (TBar, ISSTA 2019), chosen by evidence the module
itself holds rather than guessed per corpus bug; the sandbox decides, as for every candidate.
What it does not reach: a removed decorator that leaves no attribute read and no registration
pattern behind (`@lru_cache` whose tests only time it, a framework's `@app.route`).
"""

from __future__ import annotations

import ast
import re

from healer.engine.fixers.base import Candidate, RepairContext
from healer.engine.fixers.decorators import FUNCTIONS, STRONG, WEAK, _candidate, _decorated, _head_line
from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.type_site import RepoIndex, exception_messages, frames_of
from healer.engine.types import BugType, Failure

FUNCTION_ATTRIBUTE_RE = re.compile(r"'function' object has no attribute '(?P<attr>\w+)'")
# A bound method where a value was wanted: CPython names its type `method` (`sequence item 4: expected a
# bytes-like object, method found`, `unsupported operand type(s) for +: 'method' and 'int'`).
METHOD_VALUE_RE = re.compile(r"\bmethod found\b|'method' object|'method' and|and 'method'|got method\b")
# The standard library's decorators whose result has the attribute (module, name, in a class?).
ATTRIBUTE_DECORATORS: dict[str, tuple[tuple[str, str, bool | None], ...]] = {
    "register": (("functools", "singledispatchmethod", True), ("functools", "singledispatch", None)),
    "dispatch": (("functools", "singledispatch", None),),
    "registry": (("functools", "singledispatch", None),),
    "cache_clear": (("functools", "lru_cache", None), ("functools", "cache", None)),
    "cache_info": (("functools", "lru_cache", None), ("functools", "cache", None)),
    "setter": (("", "property", True),),
    "getter": (("", "property", True),),
    "deleter": (("", "property", True),),
}
# Exceptions a dispatcher's fallback raises for a type nothing registered.
FALLBACK_EXCEPTIONS = frozenset({"NotImplementedError", "TypeError", "ValueError"})
MAX_REGISTERED = 12


class DecoratorAttributeFixer:
    """Candidates that put back a decorator the code's attribute reads or registrations show."""

    bug_types = frozenset({BugType.LOGIC, BugType.TYPE_ERROR, BugType.IMPORT})
    fallback = False

    def candidates(self, failure: Failure, ctx: RepairContext) -> list[Candidate]:
        index = RepoIndex(ctx)
        found: list[Candidate | None] = []
        places = [(failure.file, failure.line), *frames_of(failure)]
        for text in exception_messages(failure):
            if m := FUNCTION_ATTRIBUTE_RE.search(text):
                found += _attribute_owner(index, m["attr"], places)
            if METHOD_VALUE_RE.search(text):
                found += _read_as_value(index, places)
                break
        exc = failure.extra.get("exception") if isinstance(failure.extra, dict) else None
        if isinstance(exc, dict) and exc.get("type") in FALLBACK_EXCEPTIONS:
            found += _unregistered(index, places)
        unique: dict[tuple[str, str], Candidate] = {}
        for candidate in sorted((c for c in found if c is not None), key=lambda c: c.priority):
            unique.setdefault((candidate.file, candidate.new_source), candidate)
        return list(unique.values())


def _plain_functions(sf: SourceFile, name: str) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    return [
        node
        for node in ast.walk(sf.tree)
        if isinstance(node, FUNCTIONS) and node.name == name and not node.decorator_list
    ]


def _unused_imports(sf: SourceFile) -> list[str]:
    """Names the module's top level imports and nothing in it reads (what a removed decorator leaves)."""
    imported: list[str] = []
    for node in sf.tree.body:
        if isinstance(node, ast.ImportFrom):
            imported += [a.asname or a.name for a in node.names if a.name != "*"]
    read = {n.id for n in ast.walk(sf.tree) if isinstance(n, ast.Name)}
    exported = "__all__" in read or any(
        isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in n.targets)
        for n in sf.tree.body
    )
    return [name for name in imported if name not in read and not exported]


def _attribute_owner(index: RepoIndex, attr: str, places: list[tuple[str, int]]) -> list[Candidate | None]:
    """`name.attr` read in a failing file, `name` a plain def there: decorate it so it has `attr`."""
    found: list[Candidate | None] = []
    for file in dict.fromkeys(f for f, _ in places):
        sf = index.file(file) if file.endswith(".py") and not index.ctx.is_test_file(file) else None
        if sf is None:
            continue
        owners = sorted(
            {
                node.value.id
                for node in ast.walk(sf.tree)
                if isinstance(node, ast.Attribute) and node.attr == attr and isinstance(node.value, ast.Name)
            }
        )
        for name in owners:
            for func in _plain_functions(sf, name):
                in_class = isinstance(sf.parent(func), ast.ClassDef)
                for unused in _unused_imports(sf):
                    found.append(_decorated_with(sf, func, unused, STRONG))
                for module, decorator, wants_class in ATTRIBUTE_DECORATORS.get(attr, ()):
                    if wants_class is not None and wants_class != in_class:
                        continue
                    found.append(_candidate(sf, func, decorator, WEAK, module=module))
    return found


def _read_as_value(index: RepoIndex, places: list[tuple[str, int]]) -> list[Candidate | None]:
    """`@property` on the methods taking only `self` that the statements which raised read as `obj.name`:
    a method that lost `@property` is read as a bound method, which the code then uses as a value."""
    found: list[Candidate | None] = []
    for file, line in dict.fromkeys(places):
        sf = index.file(file) if file.endswith(".py") and not index.ctx.is_test_file(file) else None
        if sf is None:
            continue
        statements = [
            node
            for node in ast.walk(sf.tree)
            if isinstance(node, ast.stmt)
            and not isinstance(node, (*FUNCTIONS, ast.ClassDef))
            and node.lineno <= line <= (node.end_lineno or node.lineno)
        ]
        names = {
            node.attr
            for statement in statements[-1:]
            for node in ast.walk(statement)
            if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load)
        }
        for name in sorted(names):
            for owner_sf, method in index.functions(name):
                params = (
                    [*method.args.posonlyargs, *method.args.args] if isinstance(method, FUNCTIONS) else []
                )
                if (
                    isinstance(owner_sf.parent(method), ast.ClassDef)
                    and not method.decorator_list
                    and len(params) == 1
                    and not index.ctx.is_test_file(owner_sf.path)
                ):
                    found.append(_candidate(owner_sf, method, "property", STRONG))
    return found


def _decorated_with(
    sf: SourceFile, func: ast.FunctionDef | ast.AsyncFunctionDef, decorator: str, priority: float
) -> Candidate:
    return Candidate(
        file=sf.path,
        new_source=_decorated(sf.text, func, decorator),
        description=f"add the @{decorator} decorator to {func.name}",
        line=_head_line(func),
        priority=priority,
    )


def _registrar(item: ast.expr) -> tuple[str, str] | None:
    """(`send`, `register`) of a `@send.register(T)` decorator."""
    if isinstance(item, ast.Call) and len(item.args) == 1 and not item.keywords:
        func = item.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
            return func.value.id, func.attr
    return None


def _dispatch_annotation(func: ast.FunctionDef | ast.AsyncFunctionDef, *, method: bool) -> str | None:
    params = [*func.args.posonlyargs, *func.args.args]
    params = params[1:] if method else params
    if not params or params[0].annotation is None:
        return None
    return ast.unparse(params[0].annotation)


def _unregistered(index: RepoIndex, places: list[tuple[str, int]]) -> list[Candidate | None]:
    """`@send.register(T)` on the undecorated, unreferenced sibling defs of `send`'s registered ones,
    when the failure was raised inside `send` itself (the dispatcher's fallback)."""
    found: list[Candidate | None] = []
    for file in dict.fromkeys(f for f, _ in places):
        sf = index.file(file) if file.endswith(".py") and not index.ctx.is_test_file(file) else None
        if sf is None:
            continue
        lines = {line for f, line in places if f == file}
        raising = {
            node.name
            for node in ast.walk(sf.tree)
            if isinstance(node, FUNCTIONS) and any(node.lineno <= x <= (node.end_lineno or 0) for x in lines)
        }
        read = {n.id for n in ast.walk(sf.tree) if isinstance(n, ast.Name)}
        read |= {n.attr for n in ast.walk(sf.tree) if isinstance(n, ast.Attribute)}
        for scope in [sf.tree, *(n for n in ast.walk(sf.tree) if isinstance(n, ast.ClassDef))]:
            defs = [n for n in scope.body if isinstance(n, FUNCTIONS)]
            forms = {
                form
                for node in defs
                for item in node.decorator_list
                if (form := _registrar(item)) and form[0] in raising
            }
            method = isinstance(scope, ast.ClassDef)
            for node in defs:
                if node.decorator_list or node.name in read or node.name.startswith("__"):
                    continue
                for owner, attr in sorted(forms):
                    types = _dispatch_types(sf, defs, node, owner=owner, attr=attr, method=method)
                    for rank, name in enumerate(types):
                        if len(found) < MAX_REGISTERED:
                            decorator = f"{owner}.{attr}({name})"
                            found.append(_decorated_with(sf, node, decorator, STRONG if rank == 0 else WEAK))
    return found


def _dispatch_types(
    sf: SourceFile,
    defs: list[ast.FunctionDef | ast.AsyncFunctionDef],
    node: ast.FunctionDef | ast.AsyncFunctionDef,
    *,
    owner: str,
    attr: str,
    method: bool,
) -> list[str]:
    """The types to register `node` for: its own dispatch annotation first, then the members of the
    dispatcher's annotation (`request: SOCKS5RequestType`, a Union) that no sibling registers yet
    (an implementation's annotation can be wrong where its registration was right)."""
    own = _dispatch_annotation(node, method=method)
    registered = {
        ast.unparse(item.args[0])
        for other in defs
        for item in other.decorator_list
        if _registrar(item) == (owner, attr)
    }
    base = next((d for d in defs if d.name == owner), None)
    union = _dispatch_annotation(base, method=method) if base is not None else None
    members = _union_members(sf, union) if union else []
    ordered = [own] if own and own not in registered else []
    ordered += [m for m in members if m not in registered and m not in ordered]
    return ordered


def _union_members(sf: SourceFile, annotation: str) -> list[str]:
    """`A | B`, `Union[A, B]` or a module-level alias of one, as the type names it joins."""
    try:
        expr = ast.parse(annotation, mode="eval").body
    except SyntaxError:
        return []
    if isinstance(expr, ast.Name):
        for item in sf.tree.body:
            if (
                isinstance(item, ast.Assign)
                and len(item.targets) == 1
                and isinstance(item.targets[0], ast.Name)
                and item.targets[0].id == expr.id
            ):
                expr = item.value
                break
    if isinstance(expr, ast.Subscript) and ast.unparse(expr.value).rsplit(".", 1)[-1] == "Union":
        inner = expr.slice
        return [ast.unparse(e) for e in (inner.elts if isinstance(inner, ast.Tuple) else [inner])]
    members: list[str] = []
    stack = [expr]
    while stack:
        part = stack.pop()
        if isinstance(part, ast.BinOp) and isinstance(part.op, ast.BitOr):
            stack += [part.right, part.left]
        else:
            members.append(ast.unparse(part))
    return members if len(members) > 1 else []


FIXERS = [DecoratorAttributeFixer()]
