"""Data-fault localisation: module- and class-level values that the failing tests read.

Per-test coverage records the lines each test runs. A module's top-level code runs once, when the
module is imported (while pytest collects, before any test), so a wrong module constant, a table
built by a top-level loop or a class attribute is never attributed to the tests that read it:
spectrum-based localisation (Ochiai) cannot rank such a line at all, however wrong its value.

This module follows the data instead: from the names read on the lines the failure points at (the
test's own failing line, the crash, the most suspicious lines) to the module-level and class-level
statements that bind or fill them, across `from m import X`, `m.X`, `self.X` and `Class.X`, and from
those statements to the module-level statements their values are computed from, a few steps back.
It is a static backward slice over module-level data dependences (Weiser, "Program slicing", ICSE
1981), the same backward trace PyTER (Oh & Oh, FSE 2022) follows inside functions; its lines are
handed to the LOGIC and generic fixers as repair targets beside the spectrum's.

Pure: parses text, never imports or runs the project's code.
"""

from __future__ import annotations

import ast
import functools
import posixpath
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from healer.engine.pyindex import ModuleIndex

# A multi-line statement (a dict literal, a long call) is a target on each of its lines, up to this
# many: the LOGIC fixer edits one line at a time.
MAX_STATEMENT_LINES = 8
# Calls that change the container they are called on, at module level (`TABLE.update(...)`).
MUTATING_METHODS = frozenset(
    {"append", "extend", "insert", "update", "setdefault", "add", "discard", "remove", "pop", "clear"}
)
_BLOCKS = (ast.If, ast.Try, ast.For, ast.AsyncFor, ast.While, ast.With, ast.AsyncWith)
_WORD_RE = re.compile(r"[A-Za-z_]\w*")


@dataclass
class _Module:
    """What one file binds at import time: its module-level and class-level statements by name."""

    path: str
    tree: ast.Module
    bindings: dict[str, list[ast.stmt]] = field(default_factory=dict)
    imports: dict[str, tuple[str, int, str | None]] = field(
        default_factory=dict
    )  # name -> (module, level, attr)
    classes: dict[str, dict[str, list[ast.stmt]]] = field(default_factory=dict)
    # `from m import *`: (module, level) of each, searched for a name bound nowhere else.
    stars: list[tuple[str, int]] = field(default_factory=list)


def _root_name(node: ast.AST) -> str | None:
    while isinstance(node, (ast.Subscript, ast.Attribute, ast.Starred)):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def statement_targets(stmt: ast.stmt) -> list[ast.expr]:
    if isinstance(stmt, ast.Assign):
        return list(stmt.targets)
    if isinstance(stmt, (ast.AugAssign, ast.AnnAssign, ast.For, ast.AsyncFor)):
        return [stmt.target]
    if isinstance(stmt, (ast.With, ast.AsyncWith)):
        return [item.optional_vars for item in stmt.items if item.optional_vars is not None]
    return []


def _bound_names(stmt: ast.stmt) -> set[str]:
    """Names a statement binds or fills: `X = ...`, `X[k] = ...`, `X.a = ...`, `X.update(...)`."""
    names: set[str] = set()
    for target in statement_targets(stmt):
        if isinstance(target, (ast.Tuple, ast.List)):
            names |= {n.id for n in ast.walk(target) if isinstance(n, ast.Name)}
        else:
            root = _root_name(target)
            if root:
                names.add(root)
    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
        func = stmt.value.func
        if isinstance(func, ast.Attribute) and func.attr in MUTATING_METHODS:
            root = _root_name(func.value)
            if root:
                names.add(root)
    return names


def _index(path: str, tree: ast.Module) -> _Module:
    module = _Module(path=path, tree=tree)

    def visit(body: Iterable[ast.stmt]) -> None:
        for stmt in body:
            if isinstance(stmt, ast.Import):
                for alias in stmt.names:
                    if alias.asname:
                        module.imports[alias.asname] = (alias.name, 0, None)
                    else:
                        top = alias.name.split(".")[0]
                        module.imports[top] = (top, 0, None)
            elif isinstance(stmt, ast.ImportFrom):
                for alias in stmt.names:
                    if alias.name == "*":
                        module.stars.append((stmt.module or "", stmt.level))
                    else:
                        module.imports[alias.asname or alias.name] = (
                            stmt.module or "",
                            stmt.level,
                            alias.name,
                        )
            elif isinstance(stmt, ast.ClassDef):
                attrs = module.classes.setdefault(stmt.name, {})
                for inner in stmt.body:
                    for name in _bound_names(inner):
                        attrs.setdefault(name, []).append(inner)
            elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            else:
                for name in _bound_names(stmt):
                    module.bindings.setdefault(name, []).append(stmt)
            if isinstance(stmt, _BLOCKS):
                visit(stmt.body)
                visit(getattr(stmt, "orelse", []))
                visit(getattr(stmt, "finalbody", []))
                for handler in getattr(stmt, "handlers", []):
                    visit(handler.body)

    visit(tree.body)
    # Imports inside functions (`import pkg.mod as m` in a test) name modules as well; a module-level
    # import of the same name wins.
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Import):
                    for alias in inner.names:
                        if alias.asname:
                            module.imports.setdefault(alias.asname, (alias.name, 0, None))
                elif isinstance(inner, ast.ImportFrom):
                    for alias in inner.names:
                        if alias.name != "*":
                            local = alias.asname or alias.name
                            module.imports.setdefault(local, (inner.module or "", inner.level, alias.name))
    return module


def statement_lines(stmt: ast.stmt) -> list[int]:
    """The lines of a binding statement worth editing: a block's header, a simple statement whole."""
    if isinstance(stmt, _BLOCKS):
        end = stmt.body[0].lineno - 1 if stmt.body else stmt.lineno
    else:
        end = stmt.end_lineno or stmt.lineno
    return list(range(stmt.lineno, min(end, stmt.lineno + MAX_STATEMENT_LINES - 1) + 1))


def _read_parts(stmt: ast.stmt) -> list[ast.AST]:
    """The parts of a binding statement whose names its value depends on."""
    parts: list[ast.AST] = []
    if isinstance(stmt, (ast.Assign, ast.AugAssign, ast.AnnAssign)) and stmt.value is not None:
        parts.append(stmt.value)
    elif isinstance(stmt, (ast.For, ast.AsyncFor)):
        parts.append(stmt.iter)
    elif isinstance(stmt, ast.Expr):
        parts.append(stmt.value)
    for target in statement_targets(stmt):
        parts += [n.slice for n in ast.walk(target) if isinstance(n, ast.Subscript)]
    return parts


def _comprehension_names(node: ast.AST) -> set[str]:
    names: set[str] = set()
    for sub in ast.walk(node):
        if isinstance(sub, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            for gen in sub.generators:
                names |= {n.id for n in ast.walk(gen.target) if isinstance(n, ast.Name)}
        elif isinstance(sub, ast.Lambda):
            names |= {a.arg for a in [*sub.args.posonlyargs, *sub.args.args, *sub.args.kwonlyargs]}
    return names


def _loads(nodes: Iterable[ast.AST]) -> list[ast.expr]:
    """Names and attribute reads (`X`, `m.X`, `self.X`) in the nodes, outermost attribute chains only once."""
    found: list[ast.expr] = []
    for node in nodes:
        skip = _comprehension_names(node)
        for sub in ast.walk(node):
            name = isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Load) and sub.id not in skip
            if name or (isinstance(sub, ast.Attribute) and isinstance(sub.value, ast.Name)):
                found.append(sub)
    return found


class DataTracer:
    """Resolves reads to the module- and class-level statements that made their values."""

    def __init__(self, *, files: Sequence[str], source: Callable[[str], str]) -> None:
        self.files = [f for f in files if f.endswith(".py")]
        self._source = source
        self._modules: dict[str, _Module | None] = {}

    def module(self, path: str) -> _Module | None:
        if path not in self._modules:
            try:
                tree = ast.parse(self._source(path), filename=path)
            except (OSError, ValueError, SyntaxError, RecursionError, MemoryError):
                self._modules[path] = None
            else:
                self._modules[path] = _index(path, tree)
        return self._modules[path]

    # -- modules --------------------------------------------------------
    def module_file(self, dotted: str, *, level: int = 0, importer: str = "") -> str | None:
        """The repository file of a module named in an import, None for one outside the repository."""
        parts = [p for p in dotted.split(".") if p]
        if level:
            base = posixpath.dirname(importer)
            for _ in range(level - 1):
                base = posixpath.dirname(base)
            stem = posixpath.join(base, *parts) if parts else base
            wanted = [f"{stem}.py", f"{stem}/__init__.py"] if parts else [f"{stem}/__init__.py"]
            return next((f for f in wanted if f.lstrip("./") in self.files or f in self.files), None)
        if not parts:
            return None
        return self._names.modules.get(".".join(parts))

    @functools.cached_property
    def _names(self) -> ModuleIndex:
        # The repository's own dotted names, from the directories each file imports from (a src/
        # layout, packages, namespace packages): the index the import fixers use.
        return ModuleIndex.build(self.files, lambda file: None)

    def _imported(self, module: _Module, name: str) -> tuple[str | None, str | None]:
        """(file, attribute) a name imported into a module refers to: attribute None for a module."""
        target = module.imports.get(name)
        if target is None:
            return None, None
        dotted, level, attr = target
        if attr is None:
            return self.module_file(dotted, level=level, importer=module.path), None
        submodule = self.module_file(
            f"{dotted}.{attr}" if dotted else attr, level=level, importer=module.path
        )
        if submodule is not None:
            return submodule, None
        return self.module_file(dotted, level=level, importer=module.path), attr

    def name_bindings(self, path: str, name: str, *, depth: int = 3) -> list[tuple[str, ast.stmt]]:
        """Module-level statements of `path` (or of the module it imports `name` from) that bind `name`."""
        module = self.module(path)
        if module is None or depth <= 0:
            return []
        if name in module.bindings:
            return [(path, stmt) for stmt in module.bindings[name]]
        file, attr = self._imported(module, name)
        if file is not None and attr is not None:
            return self.name_bindings(file, attr, depth=depth - 1)
        if name in module.imports:
            return []
        # A name bound nowhere in the module may come from a star import (`from pkg import *` in a
        # test module, the usual way a parser-combinator or constants package is used).
        for dotted, level in module.stars:
            file = self.module_file(dotted, level=level, importer=path)
            found = self.name_bindings(file, name, depth=depth - 1) if file is not None else []
            if found:
                return found
        return []

    def read_bindings(self, path: str, node: ast.expr, line: int) -> list[tuple[str, ast.stmt]]:
        module = self.module(path)
        if module is None:
            return []
        if isinstance(node, ast.Name):
            if _is_local(module.tree, node.id, line):
                return []
            return self.name_bindings(path, node.id)
        if not isinstance(node, ast.Attribute) or not isinstance(node.value, ast.Name):
            return []
        base = node.value.id
        if base in ("self", "cls"):
            cls = _class_at(module.tree, line)
            stmts = module.classes.get(cls, {}).get(node.attr, []) if cls else []
            return [(path, stmt) for stmt in stmts]
        if base in module.classes and not _is_local(module.tree, base, line):
            return [(path, stmt) for stmt in module.classes[base].get(node.attr, [])]
        file, attr = self._imported(module, base)
        if file is not None and attr is None:
            return self.name_bindings(file, node.attr)
        return []

    def named_classes(self, text: str) -> list[tuple[str, ast.stmt]]:
        """The class-level statements of the repository's classes that a failure's text names.

        An error message that names an object by its class (`cls.__name__`, a repr `<Point ...>`)
        points at the values that class's body made at import time: a table class's constants
        (`_width = 64`) are read through `cls.` in a base class's method, which the slice from the
        raising line resolves to the base class, never to the subclass that was asked.
        """
        words = set(_WORD_RE.findall(text))
        found: list[tuple[str, ast.stmt]] = []
        for path in self.files:
            module = self.module(path)
            for name in sorted(words & set(module.classes)) if module is not None else ():
                for stmts in module.classes[name].values():
                    found += [(path, stmt) for stmt in stmts if not isinstance(stmt, _BLOCKS)]
        return found

    # -- the slice ------------------------------------------------------
    def origins(
        self, reads: Iterable[tuple[str, int]], *, max_hops: int = 3, limit: int = 24
    ) -> list[tuple[str, int, int]]:
        """(file, line, hops) of the module- and class-level statements the reads depend on, nearest first."""
        found: dict[tuple[str, int], int] = {}
        seen: set[tuple[str, int]] = set()
        frontier: list[tuple[str, ast.stmt]] = []
        for path, line in reads:
            module = self.module(path)
            if module is None:
                continue
            nodes = _starting(module.tree, line)
            for read in _loads(n for n in nodes if isinstance(n, (ast.Name, ast.Attribute))):
                frontier += self.read_bindings(path, read, line)
                frontier += self._through_locals(path, module, read, line)
        for hop in range(1, max_hops + 1):
            following: list[tuple[str, ast.stmt]] = []
            for path, stmt in frontier:
                key = (path, stmt.lineno)
                if key in seen:
                    continue
                seen.add(key)
                for line in statement_lines(stmt):
                    found.setdefault((path, line), hop)
                for read in _loads(_read_parts(stmt)):
                    if isinstance(read, ast.Name):
                        following += self.name_bindings(path, read.id)
                    else:
                        following += self.read_bindings(path, read, stmt.lineno)
            frontier = following
            if len(found) >= limit or not frontier:
                break
        ordered = sorted(found.items(), key=lambda item: (item[1], item[0]))
        return [(path, line, hops) for (path, line), hops in ordered[:limit]]

    def _through_locals(
        self, path: str, module: _Module, read: ast.expr, line: int, *, depth: int = 2
    ) -> list[tuple[str, ast.stmt]]:
        """The module-level bindings a local read at `line` was assigned from, inside its function.

        A test often names the value under test through a local (`parser = octal` and then
        `parser.parse(...)` on the failing line): the slice goes on through the function's own
        assignments of that local (reaching definitions, as in Weiser's slice) to the globals they read.
        """
        if depth <= 0 or not isinstance(read, ast.Name) or not _is_local(module.tree, read.id, line):
            return []
        found: list[tuple[str, ast.stmt]] = []
        for stmt in _local_assignments(module.tree, read.id, line):
            for inner in _loads(_read_parts(stmt)):
                found += self.read_bindings(path, inner, stmt.lineno)
                found += self._through_locals(path, module, inner, stmt.lineno, depth=depth - 1)
        return found

    def argument_origins(self, path: str, line: int) -> list[tuple[str, int]]:
        """(file, line) of the arguments the function's callers in `path` pass for the parameters read on `line`.

        A parameter's value is made by the caller: a flag passed as `remove_ws=False` decides the
        branch that reads it (PyTER's backward trace goes on across the call the same way).
        """
        module = self.module(path)
        if module is None:
            return []
        funcs = _enclosing(module.tree, line, (ast.FunctionDef, ast.AsyncFunctionDef))
        if not funcs:
            return []
        func = max(funcs, key=lambda f: f.lineno)
        args = func.args  # type: ignore[attr-defined]
        positional = [a.arg for a in [*args.posonlyargs, *args.args]]
        params = {*positional, *(a.arg for a in args.kwonlyargs)}
        read = {n.id for n in _starting(module.tree, line) if isinstance(n, ast.Name) and n.id in params}
        read.discard("self")
        read.discard("cls")
        if not read:
            return []
        offset = 1 if positional[:1] in (["self"], ["cls"]) else 0
        found: list[tuple[str, int]] = []
        name = func.name  # type: ignore[attr-defined]
        for call in ast.walk(module.tree):
            if not isinstance(call, ast.Call):
                continue
            callee = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
            if callee != name:
                continue
            for keyword in call.keywords:
                if keyword.arg in read:
                    found.append((path, keyword.value.lineno))
            for index, arg in enumerate(call.args):
                position = index + offset
                if position < len(positional) and positional[position] in read:
                    found.append((path, arg.lineno))
        return found


_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)
_INDEX: dict[int, tuple[ast.Module, dict[int, list[ast.AST]], list[ast.AST]]] = {}


def _tree_index(tree: ast.Module) -> tuple[dict[int, list[ast.AST]], list[ast.AST]]:
    """Nodes by the line they start on, and the scopes (functions, lambdas, classes), walked once per tree."""
    cached = _INDEX.get(id(tree))
    if cached is not None and cached[0] is tree:
        return cached[1], cached[2]
    by_line: dict[int, list[ast.AST]] = {}
    scopes: list[ast.AST] = []
    for node in ast.walk(tree):
        line = getattr(node, "lineno", None)
        if line is not None:
            by_line.setdefault(line, []).append(node)
        if isinstance(node, _SCOPES):
            scopes.append(node)
    if len(_INDEX) > 64:
        _INDEX.clear()
    _INDEX[id(tree)] = (tree, by_line, scopes)
    return by_line, scopes


def _starting(tree: ast.Module, line: int) -> list[ast.AST]:
    return _tree_index(tree)[0].get(line, [])


def _enclosing(tree: ast.Module, line: int, kinds: tuple[type, ...]) -> list[ast.AST]:
    return [
        node
        for node in _tree_index(tree)[1]
        if isinstance(node, kinds) and node.lineno <= line <= (node.end_lineno or node.lineno)
    ]


def _class_at(tree: ast.Module, line: int) -> str | None:
    classes = _enclosing(tree, line, (ast.ClassDef,))
    return max(classes, key=lambda c: c.lineno).name if classes else None  # type: ignore[attr-defined]


def _is_local(tree: ast.Module, name: str, line: int) -> bool:
    """Whether `name` at `line` is a parameter or local of an enclosing function (not a global)."""
    for func in _enclosing(tree, line, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
        args = func.args  # type: ignore[attr-defined]
        params = [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]
        if any(p is not None and p.arg == name for p in params):
            return True
        if isinstance(func, ast.Lambda):
            continue
        declared = {
            n for sub in ast.walk(func) if isinstance(sub, (ast.Global, ast.Nonlocal)) for n in sub.names
        }
        if name in declared:
            return False
        for sub in ast.walk(func):
            if isinstance(sub, ast.Name) and sub.id == name and isinstance(sub.ctx, ast.Store):
                return True
    return False


def _local_assignments(tree: ast.Module, name: str, line: int) -> list[ast.stmt]:
    """The statements of the innermost function around `line`, before it, that assign the plain local `name`."""
    funcs = _enclosing(tree, line, (ast.FunctionDef, ast.AsyncFunctionDef))
    if not funcs:
        return []
    func = max(funcs, key=lambda f: f.lineno)
    return [
        stmt
        for stmt in ast.walk(func)
        if isinstance(stmt, (ast.Assign, ast.AnnAssign, ast.AugAssign))
        and stmt.lineno < line
        and any(isinstance(t, ast.Name) and t.id == name for t in statement_targets(stmt))
    ]


def data_origins(
    *,
    reads: Iterable[tuple[str, int]],
    files: Sequence[str],
    source: Callable[[str], str],
    max_hops: int = 3,
    limit: int = 24,
) -> list[tuple[str, int, int]]:
    """(file, line, hops) of module- and class-level statements whose values the given lines read."""
    return DataTracer(files=files, source=source).origins(reads, max_hops=max_hops, limit=limit)
