"""Restore a missing decorator, where the failure says which kind of callable was expected.

A fix template of the kind TBar ("TBar: Revisiting Template-based Automated Program Repair",
ISSTA 2019) collects, applied at the definition rather than at the crash, as PyTER (FSE 2022)
repairs a TypeError where the wrong value is made: a method that lost `@classmethod` or
`@staticmethod` gets one argument too few or too many at every call; a generator function that
lost `@contextmanager` makes a generator where a `with` wants a context manager; a method that
lost `@property` is read as a bound method; a property's setter that lost `@name.setter` replaces
the property (pyflakes' F811, an assignment without a setter); a class of annotated fields that
lost `@dataclass` takes no arguments. Each message names (or its line shows) the definition, so the candidates are
few and tried first; the sandbox decides, as for every candidate.
"""

from __future__ import annotations

import ast
import re

from healer.engine.fixers.base import Candidate, RepairContext
from healer.engine.fixers.imports import add_import
from healer.engine.fixers.lineedit import SourceFile, imported_as, is_generator
from healer.engine.fixers.type_site import RepoIndex, exception_messages, frames_of
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
# pytest's assertion rewriting shows a bound method by its bare name (rewrite._saferepr), so an
# attribute read that gave a method reads `where name = <the object's repr>.name`: the class is
# not named, only the method.
PYTEST_BOUND_RE = re.compile(r"where (?P<name>\w+) = .+\.(?P=name)$")
NO_ARGUMENTS_RE = re.compile(r"^(?P<cls>\w+)\(\) takes no arguments")
# An assignment to a property that has no setter (CPython's wordings; the `__slots__` one when the
# class body's second `def name` replaced the property and the slot-less instance cannot take it).
READ_ONLY_RE = re.compile(
    r"property '(?P<name>\w+)' of '\w+' object has no setter"
    r"|'\w+' object attribute '(?P<slot>\w+)' is read-only"
    r"|can't set attribute '(?P<attr>\w+)'"
)
# pyflakes' F811 on a `def` that redefines a name of the same class body.
REDEFINED_RE = re.compile(r"redefinition of unused (?P<name>\w+) from line \d+")
FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)
# The evidence names the definition: these are tried before the other fixers' guesses.
STRONG, WEAK = 0.02, 0.3


def _decorator_names(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> set[str]:
    names = set()
    for item in node.decorator_list:
        target = item.func if isinstance(item, ast.Call) else item
        names.add(target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", ""))
    return names


def _head_line(node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> int:
    """The definition's first line: its outermost decorator's, or the `def`/`class` line.

    The restored decorator goes there, outermost, as `@property`, `@classmethod` and the like are
    written; it is also the line the fix names (where the edit is), not the `def` below it.
    """
    return min([node.lineno, *(d.lineno for d in node.decorator_list)])


def _decorated(
    source: str, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef, decorator: str
) -> str:
    """The source with `@decorator` on its own line above the definition and its decorators."""
    lines = source.splitlines(keepends=True)
    head = _head_line(node)
    line = lines[head - 1]
    indent = line[: len(line) - len(line.lstrip())]
    newline = "\r\n" if line.endswith("\r\n") else "\n"
    return "".join([*lines[: head - 1], f"{indent}@{decorator}{newline}", *lines[head - 1 :]])


class DecoratorFixer:
    """Candidates that put back `@classmethod`, `@staticmethod`, `@property`, `@contextmanager`
    or `@dataclass` on the definition the failure's message or line points at."""

    bug_types = frozenset({BugType.TYPE_ERROR, BugType.LOGIC, BugType.LINTING})
    fallback = False

    def candidates(self, failure: Failure, ctx: RepairContext) -> list[Candidate]:
        if failure.bug_type is BugType.LINTING:
            m = REDEFINED_RE.search(failure.message) if failure.code == "F811" else None
            index = RepoIndex(ctx)
            found = _setter(index, m["name"], file=failure.file, line=failure.line) if m else []
            return [c for c in found if c is not None]
        messages = exception_messages(failure)
        if failure.bug_type is BugType.LOGIC and failure.message not in messages:
            messages.append(failure.message)  # an assertion's text shows a bound method compared
        index = RepoIndex(ctx)
        found: list[Candidate | None] = []
        for text in messages:
            for m in ARITY_RE.finditer(text):
                found += _arity(index, m["cls"], m["name"], missing=bool(m["missing"]))
            for m in BOUND_RE.finditer(text):
                found += _property(index, m["cls"], m["name"])
            if failure.bug_type is BugType.LOGIC and (m := PYTEST_BOUND_RE.search(text.strip())):
                found += _property(index, None, m["name"])
            if m := NO_ARGUMENTS_RE.search(text):
                found += _dataclass(index, m["cls"])
            for m in READ_ONLY_RE.finditer(text):
                found += _setter(index, m["name"] or m["slot"] or m["attr"])
            if m := CONTEXT_RE.search(text):
                found += _context_manager(index, failure, is_async=m["kind"] == "async_generator")
        unique: dict[tuple[str, str], Candidate] = {}
        for candidate in sorted((c for c in found if c is not None), key=lambda c: c.priority):
            unique.setdefault((candidate.file, candidate.new_source), candidate)
        return list(unique.values())


def _methods(index: RepoIndex, cls: str | None, name: str) -> list[tuple[SourceFile, ast.FunctionDef]]:
    """The methods `name` defined directly in the body of a class `cls` (any class when None)."""
    return [
        (sf, node)
        for sf, node in index.functions(name)
        if isinstance(node, FUNCTIONS)
        and isinstance(sf.parent(node), ast.ClassDef)
        and (cls is None or sf.parent(node).name == cls)
        and not index.ctx.is_test_file(sf.path)
    ]


def _arity(index: RepoIndex, cls: str, name: str, *, missing: bool) -> list[Candidate | None]:
    """One argument too few through the class: `cls` was bound; one too many: `self` was."""
    found = []
    for sf, method in _methods(index, cls, name):
        params = [*method.args.posonlyargs, *method.args.args]
        first = params[0].arg if params else ""
        if _decorator_names(method) & {"staticmethod", "classmethod"}:
            found += _swapped(sf, method, first=first, missing=missing)
            continue
        if "property" in _decorator_names(method):
            continue
        if missing and params and first != "self":
            # Called on the class, the first parameter took the first argument.
            found.append(_candidate(sf, method, "classmethod", STRONG if first == "cls" else WEAK))
        elif not missing and first == "cls":
            found.append(_candidate(sf, method, "classmethod", STRONG))
        elif not missing and first != "self":
            found.append(_candidate(sf, method, "staticmethod", STRONG))
    return found


def _swapped(
    sf: SourceFile, method: ast.FunctionDef | ast.AsyncFunctionDef, *, first: str, missing: bool
) -> list[Candidate | None]:
    """The wrong one of `@staticmethod`/`@classmethod`, read from the first parameter's name.

    The data model: a static method is passed no implicit first argument, a class method its class.
    A static method whose first parameter is `cls` (or `self`) is one argument short at every call;
    a class method whose first parameter is neither `cls` nor `self` gets one too many.
    """
    decorators = _decorator_names(method)
    if "staticmethod" in decorators and missing and first == "cls":
        return [_replaced(sf, method, "staticmethod", "classmethod")]
    if "staticmethod" in decorators and missing and first == "self":
        return [_replaced(sf, method, "staticmethod", "")]
    if "classmethod" in decorators and not missing and first and first not in ("cls", "self", "klass", "mcs"):
        return [_replaced(sf, method, "classmethod", "staticmethod")]
    return []


def _replaced(
    sf: SourceFile, method: ast.FunctionDef | ast.AsyncFunctionDef, old: str, new: str
) -> Candidate | None:
    """`@old` on the definition made `@new` (dropped when `new` is empty), on the decorator's line."""
    for item in method.decorator_list:
        if isinstance(item, ast.Name) and item.id == old and item.lineno == item.end_lineno:
            line = sf.lines[item.lineno - 1]
            head = line[: item.col_offset]
            tail = line[item.end_col_offset :]
            if new:
                text = "".join([*sf.lines[: item.lineno - 1], head + new + tail, *sf.lines[item.lineno :]])
                description = f"make {method.name} a {new} (@{old} -> @{new})"
            elif head.strip() == "@" and not tail.strip():
                text = "".join([*sf.lines[: item.lineno - 1], *sf.lines[item.lineno :]])
                description = f"remove the @{old} decorator from {method.name}"
            else:
                return None
            return Candidate(
                file=sf.path, new_source=text, description=description, line=item.lineno, priority=STRONG
            )
    return None


def _property(index: RepoIndex, cls: str | None, name: str) -> list[Candidate | None]:
    found = []
    methods = _methods(index, cls, name)
    # With the class unknown, a name several classes define is weaker evidence for each of them.
    priority = STRONG if cls is not None or len(methods) == 1 else WEAK
    for sf, method in methods:
        params = [*method.args.posonlyargs, *method.args.args]
        required = len(params) - len(method.args.defaults)
        if not _decorator_names(method) and params and required <= 1:
            found.append(_candidate(sf, method, "property", priority))
    return found


def _setter(index: RepoIndex, name: str, *, file: str = "", line: int = 0) -> list[Candidate | None]:
    """`@name.setter` on a class body's `def name(self, value)` that follows its `@property def name`.

    Python's property protocol: the second definition of a property's name in the same class body
    is its setter only through `@name.setter`; without it the plain function replaces the property
    (pyflakes reports F811, an assignment finds no setter). With `file` and `line` (a lint finding),
    only the definition on that line.
    """
    found = []
    for sf, method in index.functions(name):
        owner = sf.parent(method) if isinstance(method, FUNCTIONS) else None
        if not isinstance(owner, ast.ClassDef) or index.ctx.is_test_file(sf.path) or method.decorator_list:
            continue
        if file and (sf.path != file or not method.lineno <= line <= (method.end_lineno or method.lineno)):
            continue
        params = [*method.args.posonlyargs, *method.args.args]
        earlier = [
            item
            for item in owner.body
            if isinstance(item, FUNCTIONS) and item.name == name and item.lineno < method.lineno
        ]
        if len(params) == 2 and earlier and "property" in _decorator_names(earlier[-1]):
            found.append(_candidate(sf, method, f"{name}.setter", STRONG))
    return found


def _dataclass(index: RepoIndex, cls: str) -> list[Candidate | None]:
    found = []
    for sf, node in index.functions(cls):
        if not isinstance(node, ast.ClassDef) or index.ctx.is_test_file(sf.path):
            continue
        fields = [i for i in node.body if isinstance(i, ast.AnnAssign) and isinstance(i.target, ast.Name)]
        defines_init = any(isinstance(i, FUNCTIONS) and i.name == "__init__" for i in node.body)
        if fields and not defines_init and not _decorator_names(node):
            found.append(_candidate(sf, node, "dataclass", STRONG, module="dataclasses"))
    return found


def _context_manager(index: RepoIndex, failure: Failure, *, is_async: bool) -> list[Candidate | None]:
    """The generator function called in the `with` statement of the line that raised (a test's, too)."""
    called: set[str] = set()
    for file, line in {(failure.file, failure.line), *frames_of(failure)}:
        sf = index.file(file) if file.endswith(".py") else None
        for node in ast.walk(sf.tree) if sf is not None else ():
            if isinstance(node, (ast.With, ast.AsyncWith)) and node.lineno <= line <= (node.end_lineno or 0):
                for item in node.items:
                    call = item.context_expr
                    if isinstance(call, ast.Call) and call.lineno <= line:
                        func = call.func
                        called.add(func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", ""))
    decorator = "asynccontextmanager" if is_async else "contextmanager"
    return [
        _candidate(sf, func, decorator, STRONG, module="contextlib")
        for name in sorted(called)
        for sf, func in index.functions(name)
        if isinstance(func, FUNCTIONS)
        and not index.ctx.is_test_file(sf.path)
        and is_generator(func)
        and isinstance(func, ast.AsyncFunctionDef) == is_async
        and not func.decorator_list
    ]


def _candidate(
    sf: SourceFile,
    node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef,
    decorator: str,
    prior: float,
    *,
    module: str = "",
) -> Candidate | None:
    existing = imported_as(sf.tree, module, decorator) if module else None
    new_source = _decorated(sf.text, node, existing or decorator)
    if module and existing is None:
        new_source = add_import(new_source, module, decorator)
        if new_source is None:
            return None
    return Candidate(
        file=sf.path,
        new_source=new_source,
        description=f"add the @{decorator} decorator to {node.name}",
        line=_head_line(node),
        priority=prior,
    )


FIXERS = [DecoratorFixer()]
