"""Restore a missing decorator, where the failure says which kind of callable was expected.

A fix template of the kind TBar ("TBar: Revisiting Template-based Automated Program Repair",
ISSTA 2019) collects, applied at the definition rather than at the crash, as PyTER (FSE 2022)
repairs a TypeError where the wrong value is made: a method that lost `@classmethod` or
`@staticmethod` gets one argument too few or too many at every call; a generator function that
lost `@contextmanager` makes a generator where a `with` wants a context manager; a method that
lost `@property` is read as a bound method; a class of annotated fields that lost `@dataclass`
takes no arguments. Each message names (or its line shows) the definition, so the candidates are
few and tried first; the sandbox decides, as for every candidate.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from healer.engine.fixers.base import Candidate, RepairContext
from healer.engine.fixers.imports import add_import
from healer.engine.fixers.type_errors import exception_messages, frames_of
from healer.engine.types import BugType, Failure

# `Cls.name() missing 1 required positional argument: 'x'` / `... takes 2 positional arguments
# but 3 were given` (Python >= 3.10 names the method by its qualified name).
ARITY_RE = re.compile(
    r"(?P<cls>\w+)\.(?P<name>\w+)\(\) (?:(?P<missing>missing \d+ required positional)"
    r"|takes (?:from \d+ to )?\d+ positional arguments? but \d+ (?:was|were) given)"
)
CONTEXT_RE = re.compile(
    r"'(?P<kind>async_generator|generator)' object does not support the (?:asynchronous )?context manager protocol"
)
BOUND_RE = re.compile(r"<bound method (?P<cls>\w+)\.(?P<name>\w+) of ")
NO_ARGUMENTS_RE = re.compile(r"^(?P<cls>\w+)\(\) takes no arguments")
FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
# The evidence names the definition: these are tried before the other fixers' guesses.
STRONG, WEAK = 0.02, 0.3


def _decorator_names(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> set[str]:
    names = set()
    for item in node.decorator_list:
        target = item.func if isinstance(item, ast.Call) else item
        names.add(target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", ""))
    return names


def _is_generator(func: ast.AST) -> bool:
    """A yield in the function's own body (not in a nested def or lambda)."""
    stack = list(ast.iter_child_nodes(func))
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.Yield, ast.YieldFrom)):
            return True
        if not isinstance(node, (*FUNCTIONS, ast.Lambda, ast.ClassDef)):
            stack.extend(ast.iter_child_nodes(node))
    return False


def _decorated(source: str, node: ast.AST, decorator: str) -> str:
    """The source with `@decorator` on its own line just above the definition's `def`/`class`."""
    lines = source.splitlines(keepends=True)
    line = lines[node.lineno - 1]
    indent = line[: len(line) - len(line.lstrip())]
    newline = "\r\n" if line.endswith("\r\n") else "\n"
    return "".join([*lines[: node.lineno - 1], f"{indent}@{decorator}{newline}", *lines[node.lineno - 1 :]])


def _imported_as(tree: ast.Module, module: str, name: str) -> str | None:
    """How the module's top level already spells `module.name` (`name`, an alias, `module.name`)."""
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == module and not node.level:
            for alias in node.names:
                if alias.name == name:
                    return alias.asname or name
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == module:
                    return f"{alias.asname or module}.{name}"
    return None


class DecoratorFixer:
    """Candidates that put back `@classmethod`, `@staticmethod`, `@property`, `@contextmanager`
    or `@dataclass` on the definition the failure's message or line points at."""

    bug_types = frozenset({BugType.TYPE_ERROR, BugType.LOGIC})
    fallback = False

    def candidates(self, failure: Failure, ctx: RepairContext) -> list[Candidate]:
        messages = exception_messages(failure)
        if failure.bug_type is BugType.LOGIC and failure.message not in messages:
            messages.append(failure.message)  # an assertion's text shows a bound method compared
        trees = _Trees(ctx)
        found: list[Candidate] = []
        for text in messages:
            for m in ARITY_RE.finditer(text):
                found += self._arity(trees, m["cls"], m["name"], missing=bool(m["missing"]))
            for m in BOUND_RE.finditer(text):
                found += self._property(trees, m["cls"], m["name"])
            if m := NO_ARGUMENTS_RE.search(text):
                found += self._dataclass(trees, m["cls"])
            if m := CONTEXT_RE.search(text):
                found += self._context_manager(trees, failure, ctx, is_async=m["kind"] == "async_generator")
        unique: dict[tuple[str, str], Candidate] = {}
        for candidate in sorted(found, key=lambda c: c.priority):
            unique.setdefault((candidate.file, candidate.new_source), candidate)
        return list(unique.values())

    def _arity(self, trees: _Trees, cls: str, name: str, *, missing: bool) -> list[Candidate]:
        """One argument too few through the class: `cls` was bound; one too many: `self` was."""
        found = []
        for path, method in trees.methods(cls, name):
            if _decorator_names(method) & {"staticmethod", "classmethod", "property"}:
                continue
            params = [*method.args.posonlyargs, *method.args.args]
            first = params[0].arg if params else ""
            if missing and params and first != "self":
                # Called on the class, the first parameter took the first argument.
                found.append(
                    self._candidate(trees, path, method, "classmethod", STRONG if first == "cls" else WEAK)
                )
            if not missing:
                if first == "cls":
                    found.append(self._candidate(trees, path, method, "classmethod", STRONG))
                elif first != "self":
                    found.append(self._candidate(trees, path, method, "staticmethod", STRONG))
        return [c for c in found if c is not None]

    def _property(self, trees: _Trees, cls: str, name: str) -> list[Candidate]:
        found = []
        for path, method in trees.methods(cls, name):
            params = [*method.args.posonlyargs, *method.args.args]
            required = len(params) - len(method.args.defaults)
            if _decorator_names(method) or not params or required > 1:
                continue
            found.append(self._candidate(trees, path, method, "property", STRONG))
        return [c for c in found if c is not None]

    def _dataclass(self, trees: _Trees, cls: str) -> list[Candidate]:
        found = []
        for path, node in trees.classes(cls):
            fields = [i for i in node.body if isinstance(i, ast.AnnAssign) and isinstance(i.target, ast.Name)]
            defines_init = any(isinstance(i, FUNCTIONS) and i.name == "__init__" for i in node.body)
            if fields and not defines_init and not _decorator_names(node):
                found.append(self._candidate(trees, path, node, "dataclass", STRONG, module="dataclasses"))
        return [c for c in found if c is not None]

    def _context_manager(
        self, trees: _Trees, failure: Failure, ctx: RepairContext, *, is_async: bool
    ) -> list[Candidate]:
        """The generator function called in the `with` statement of the line that raised."""
        called: set[str] = set()
        for file, line in {(failure.file, failure.line), *frames_of(failure)}:
            tree = trees.tree(file, any_file=True)
            for node in ast.walk(tree) if tree is not None else ():
                if isinstance(node, (ast.With, ast.AsyncWith)) and node.lineno <= line <= (
                    node.end_lineno or 0
                ):
                    for item in node.items:
                        call = item.context_expr
                        if isinstance(call, ast.Call) and item.context_expr.lineno <= line:
                            func = call.func
                            called.add(
                                func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                            )
        decorator = "asynccontextmanager" if is_async else "contextmanager"
        found = []
        for path, func in trees.functions(called):
            if (
                _is_generator(func)
                and isinstance(func, ast.AsyncFunctionDef) == is_async
                and not func.decorator_list
            ):
                found.append(self._candidate(trees, path, func, decorator, STRONG, module="contextlib"))
        return [c for c in found if c is not None]

    @staticmethod
    def _candidate(
        trees: _Trees, path: str, node: ast.AST, decorator: str, prior: float, *, module: str = ""
    ) -> Candidate | None:
        source = trees.source(path)
        tree = trees.tree(path)
        if source is None or tree is None:
            return None
        spelled = decorator
        if module:
            spelled = _imported_as(tree, module, decorator) or decorator
        new_source = _decorated(source, node, spelled)
        if module and spelled == decorator and _imported_as(tree, module, decorator) is None:
            new_source = add_import(new_source, module, decorator)
            if new_source is None:
                return None
        return Candidate(
            file=path,
            new_source=new_source,
            description=f"add the @{decorator} decorator to {node.name}",
            line=node.lineno,
            priority=prior,
        )


class _Trees:
    """The parsed non-test modules of the repository, each parsed once per failure."""

    def __init__(self, ctx: RepairContext) -> None:
        self.ctx = ctx
        self._sources: dict[str, str | None] = {}
        self._trees: dict[str, ast.Module | None] = {}

    def paths(self) -> list[str]:
        files = self.ctx.source_files or tuple(
            f for f in self.ctx.workspace.iter_files() if f.endswith(".py")
        )
        return [f for f in files if not self.ctx.is_test_file(f)]

    def source(self, path: str) -> str | None:
        if path not in self._sources:
            try:
                self._sources[path] = self.ctx.source(path)
            except (OSError, UnicodeDecodeError, ValueError):
                self._sources[path] = None
        return self._sources[path]

    def tree(self, path: str, *, any_file: bool = False) -> ast.Module | None:
        """The module's AST; a test file's only with any_file (to read the line that raised)."""
        if not path.endswith(".py") or (self.ctx.is_test_file(path) and not any_file):
            return None
        if path not in self._trees:
            source = self.source(path)
            try:
                self._trees[path] = ast.parse(source) if source is not None else None
            except (SyntaxError, ValueError):
                self._trees[path] = None
        return self._trees[path]

    def classes(self, name: str) -> Iterator[tuple[str, ast.ClassDef]]:
        for path in self.paths():
            tree = self.tree(path)
            for node in ast.walk(tree) if tree is not None else ():
                if isinstance(node, ast.ClassDef) and node.name == name:
                    yield path, node

    def methods(self, cls: str, name: str) -> Iterator[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
        for path, node in self.classes(cls):
            for item in node.body:
                if isinstance(item, FUNCTIONS) and item.name == name:
                    yield path, item

    def functions(self, names: set[str]) -> Iterator[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
        for path in self.paths():
            tree = self.tree(path)
            for node in ast.walk(tree) if tree is not None else ():
                if isinstance(node, FUNCTIONS) and node.name in names:
                    yield path, node


FIXERS = [DecoratorFixer()]
