"""The TypeError fixer's reading of a failure and its view of the repository.

`exception_messages` and `frames_of` read what a failure says (the TypeError's text, its traceback
frames), `fault_sites` turns that into lines to edit, `RepoIndex` answers "where is `name` defined or
bound" with one walk over the repository's non-test code, and `Site` is one line of one file with the
helpers the message templates (`type_errors.py`, `type_families.py`, `type_operands.py`, ...) share. Kept
apart from the templates so that the template modules stay under the project's file-size rule.
"""

from __future__ import annotations

import ast
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.lineedit import (
    FUNCTIONS,
    Edit,
    SourceFile,
    called_name,
    class_at,
    function_at,
    local_names,
    module_names,
)
from healer.engine.pyindex import ModuleIndex
from healer.engine.types import Failure

log = logging.getLogger(__name__)

MAX_REPO_FILES = 400
MAX_REPO_FILE_BYTES = 512 * 1024


# --------------------------------------------------------------------------- messages
def exception_messages(failure: Failure) -> list[str]:
    """The TypeError texts known for the failure, most specific first, without the `TypeError: ` prefix."""
    texts: list[str] = []
    extra = failure.extra if isinstance(failure.extra, dict) else {}
    exc = extra.get("exception")
    if isinstance(exc, dict) and isinstance(exc.get("message"), str):
        texts.append(exc["message"])
    for key in ("message", "exception_message", "exc_message", "error", "detail"):
        value = extra.get(key)
        if isinstance(value, str):
            texts.append(value)
    texts.append(failure.message or "")
    for key in ("traceback", "longrepr", "output"):
        value = extra.get(key)
        if isinstance(value, str):
            texts += re.findall(r"^(?:E\s+)?TypeError: (.+)$", value, flags=re.MULTILINE)
    found: list[str] = []
    for text in texts:
        for line in text.strip().splitlines()[-3:] or [""]:
            line = re.sub(r"^(?:E\s+)?(?:builtins\.)?TypeError:\s*", "", line.strip())
            if line and line not in found:
                found.append(line)
    return found


def frames_of(failure: Failure, *, limit: int | None = None) -> list[tuple[str, int]]:
    """(file, line) of a failure's traceback frames, at most `limit` of them read when given."""
    extra = failure.extra if isinstance(failure.extra, dict) else {}
    frames = extra.get("frames")
    found = []
    for frame in (frames if isinstance(frames, list) else [])[:limit]:
        if (
            isinstance(frame, dict)
            and isinstance(frame.get("file"), str)
            and isinstance(frame.get("line"), int)
        ):
            found.append((frame["file"], frame["line"]))
    return found


def fault_sites(failure: Failure, ctx: RepairContext, *, limit: int = 3) -> list[tuple[str, int, float]]:
    """Non-test lines to edit, deepest repository frame first, with a weight."""
    sites: list[tuple[str, int]] = []

    def add(file: str, line: int) -> None:
        if file.endswith(".py") and not ctx.is_test_file(file) and line > 0 and (file, line) not in sites:
            sites.append((file, line))

    if failure.file and failure.line:
        add(failure.file, failure.line)
    for file, line in reversed(frames_of(failure)):
        add(file, line)
    return [(f, ln, max(0.4, 1.0 - 0.25 * i)) for i, (f, ln) in enumerate(sites[:limit])]


# --------------------------------------------------------------------------- repository index
@dataclass
class RepoIndex:
    """Function definitions and `name = expr` bindings across the repository's non-test code."""

    ctx: RepairContext
    _files: dict[str, SourceFile | None] = field(default_factory=dict)
    _scanned: bool = False
    _defs: dict[str, list[tuple[SourceFile, ast.AST]]] | None = None
    _bindings: dict[str, list[ast.expr]] | None = None
    _modules: ModuleIndex | None = None

    def file(self, path: str) -> SourceFile | None:
        if path not in self._files:
            try:
                data = self.ctx.workspace.read_bytes(path, limit=MAX_REPO_FILE_BYTES)
                self._files[path] = SourceFile.parse(path, data.decode("utf-8", errors="surrogateescape"))
            except (OSError, ValueError) as exc:
                log.debug("skipping %s: %s", path, exc)
                self._files[path] = None
        return self._files[path]

    def all_files(self) -> Iterator[SourceFile]:
        if not self._scanned:
            self._scanned = True
            listed = getattr(self.ctx, "source_files", ()) or self.ctx.workspace.iter_files()
            count = 0
            for path in listed:
                if path.endswith(".py") and not self.ctx.is_test_file(path):
                    self.file(path)
                    count += 1
                    if count >= MAX_REPO_FILES:
                        break
        for sf in list(self._files.values()):
            if sf is not None:
                yield sf

    def _build(self) -> None:
        # One walk over the repository answers every later question of this failure.
        self._defs, self._bindings = {}, {}
        for sf in self.all_files():
            for node in ast.walk(sf.tree):
                if isinstance(node, (*FUNCTIONS, ast.ClassDef)):
                    self._defs.setdefault(node.name, []).append((sf, node))
                elif isinstance(node, ast.Assign) and len(node.targets) == 1:
                    if isinstance(node.targets[0], ast.Name):
                        self._bindings.setdefault(node.targets[0].id, []).append(node.value)
                elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
                    self._bindings.setdefault(node.target.id, []).append(node.value)
                elif isinstance(node, ast.keyword) and node.arg:
                    self._bindings.setdefault(node.arg, []).append(node.value)

    def module_of(self, path: str) -> str | None:
        """The dotted module name a repository file is imported as."""
        if self._modules is None:
            listed = getattr(self.ctx, "source_files", ()) or tuple(self.ctx.workspace.iter_files())
            self._modules = ModuleIndex.build(listed, lambda file: self.file(file) and self.file(file).text)
        return self._modules.module_of(path)

    def functions(self, name: str, *, prefer: str | None = None) -> list[tuple[SourceFile, ast.AST]]:
        """Definitions named `name` (functions, methods, or classes for constructor calls)."""
        if self._defs is None:
            self._build()
        found = list(self._defs.get(name, []))
        found.sort(key=lambda item: item[0].path != prefer)
        return found

    def bindings(self, name: str) -> list[ast.expr]:
        """Expressions the repository binds to `name`: `name = expr` and calls with `name=expr`."""
        if self._bindings is None:
            self._build()
        return list(self._bindings.get(name, []))


def signature(node: ast.AST) -> tuple[list[str], list[str], bool]:
    """(positional parameter names without self/cls, keyword-only names, is_method) of a def or class."""
    if isinstance(node, ast.ClassDef):
        for item in node.body:
            if isinstance(item, FUNCTIONS) and item.name == "__init__":
                node = item
                break
        else:
            # A ClassVar annotation is no field of a dataclass (PEP 557): no parameter either.
            fields = [
                item.target.id
                for item in node.body
                if isinstance(item, ast.AnnAssign)
                and isinstance(item.target, ast.Name)
                and "ClassVar" not in ast.unparse(item.annotation)
            ]
            return fields, [], True
    args = node.args
    positional = [a.arg for a in (*args.posonlyargs, *args.args)]
    decorators = {d.id for d in node.decorator_list if isinstance(d, ast.Name)}
    is_method = bool(positional) and positional[0] in ("self", "cls") and "staticmethod" not in decorators
    if is_method:
        positional = positional[1:]
    return positional, [a.arg for a in args.kwonlyargs], is_method


# --------------------------------------------------------------------------- template helpers
@dataclass
class Site:
    sf: SourceFile
    line: int
    ctx: RepairContext
    index: RepoIndex

    @property
    def text(self) -> str:
        return self.sf.line_text(self.line)

    def span(self, node: ast.AST) -> tuple[int, int] | None:
        found = self.sf.node_span(node)
        if found is None or found[0] != self.line:
            return None
        return found[1], found[2]

    def nodes(self, kind: type | tuple[type, ...]) -> list[ast.AST]:
        return [n for n in self.sf.nodes_touching(self.line) if isinstance(n, kind)]

    def seg(self, node: ast.AST) -> str:
        text = self.sf.segment(node)
        return text[1:-1] if self.shares_call_parens(node) else text

    def shares_call_parens(self, node: ast.AST) -> bool:
        """`f(x for x in y)`: the generator's recorded span is the call's own parentheses."""
        if not isinstance(node, ast.GeneratorExp):
            return False
        parent = self.sf.parent(node)
        text = self.sf.segment(node)
        return (
            isinstance(parent, ast.Call)
            and parent.args == [node]
            and not parent.keywords
            and self.sf.end(parent) == self.sf.end(node)
            and text.startswith("(")
        )

    def wrap(self, node: ast.AST, func: str, description: str, prior: float) -> Edit | None:
        span = self.span(node)
        if span is None:
            return None
        text = self.seg(node)
        if re.fullmatch(rf"{re.escape(func)}\(.*\)", text):
            return None  # already converted
        new = f"{func}({text})"
        if self.shares_call_parens(node):
            new = f"({new})"  # keep the call's parentheses
        return Edit(self.line, ((*span, new),), description, prior)

    def binops(self, op: type) -> list[ast.BinOp]:
        found = []
        for node in self.nodes(ast.BinOp):
            if isinstance(node.op, op):
                where = self.sf.operator_between(node.left, node.right)
                if where is not None and where[0] == self.line:
                    found.append(node)
        return found

    def calls_named(self, name: str) -> list[ast.Call]:
        found = []
        for node in self.nodes(ast.Call):
            if called_name(node) == name:
                found.append(node)
        return found

    def in_scope(self) -> dict[str, str]:
        """Names usable on this line: locals bound earlier and parameters, then module names."""
        names: dict[str, str] = {}
        func = function_at(self.sf, self.line)
        if func is not None:
            names.update(local_names(func, before_line=self.line))
        for name, kind in module_names(self.sf.tree).items():
            names.setdefault(name, kind)
        return names

    def self_name(self) -> str | None:
        func = function_at(self.sf, self.line)
        if func is None or class_at(self.sf, self.line) is None:
            return None
        args = func.args.posonlyargs + func.args.args
        return args[0].arg if args and args[0].arg in ("self", "cls") else None
