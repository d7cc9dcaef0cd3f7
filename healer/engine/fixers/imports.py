"""IMPORT: resolve what an import or a name should have been against what really exists.

- `No module named 'x'`: the import's module name, misspelt, resolved to the closest
  existing module (standard library, the repository's own modules, packages installed
  in the sandbox) — preferring modules that define the names it imports.
- `cannot import name 'n' from 'm'`: the names imported from the repository module
  that really defines them (parsed with `ast`, never imported), or a close spelling.
- `name 'x' is not defined`: `import x` when x is a module, `from m import x` when
  exactly one repository or standard-library module defines it, else a close
  spelling of a name that is defined.
New imports go where an import sorter would put them, so lint stays clean.
"""

from __future__ import annotations

import ast
import builtins
import difflib
import re

from healer.engine.fixers.base import Candidate, RepairContext, template_priority
from healer.engine.pyindex import ModuleIndex, parse, stdlib_exporters, stdlib_modules
from healer.engine.types import BugType, Failure

NO_MODULE = re.compile(r"No module named '([^']+)'")
CANNOT_IMPORT = re.compile(r"cannot import name '([^']+)' from '([^']+)'")
NOT_DEFINED = re.compile(r"name '([^']+)' is not defined|Undefined name `([^`]+)`")


def _statement_at(tree: ast.Module, line: int, kinds: tuple[type, ...]) -> ast.stmt | None:
    best = None
    for node in ast.walk(tree):
        if isinstance(node, kinds) and node.lineno <= line <= (node.end_lineno or node.lineno):
            best = node
    return best


def _segment(lines: list[str], node: ast.stmt) -> tuple[int, int, str]:
    start, end = node.lineno, node.end_lineno or node.lineno
    return start, end, "".join(lines[start - 1 : end])


def _replace_lines(lines: list[str], start: int, end: int, text: str) -> str:
    return "".join(lines[: start - 1]) + text + "".join(lines[end:])


def _format_from(module: str, names: list[str], level: int, indent: str) -> str:
    return f"{indent}from {'.' * level}{module} import {', '.join(names)}\n"


def _alias_text(alias: ast.alias) -> str:
    return f"{alias.name} as {alias.asname}" if alias.asname else alias.name


class ImportFixer:
    bug_types = frozenset({BugType.IMPORT})
    fallback = False

    def candidates(self, failure: Failure, ctx: RepairContext) -> list[Candidate]:
        if ctx.is_test_file(failure.file) or not failure.file.endswith(".py"):
            return []
        source = ctx.source(failure.file)
        tree = parse(source)
        if tree is None:
            return []
        source_files = ctx.source_files or tuple(f for f in ctx.workspace.iter_files() if f.endswith(".py"))
        index = ModuleIndex.build(source_files, _reader(ctx))
        exc = failure.extra.get("exception") or {}
        text = f"{failure.message}\n{exc.get('message', '')}"
        installed = failure.extra.get("installed_modules") or ()
        found: list[Candidate] = []
        seen: set[str] = set()
        edits: list[tuple[str | None, str]] = []
        if (match := NO_MODULE.search(text)) is not None:
            edits += self._module_name(source, tree, failure.line, match.group(1), index, set(installed))
        elif (match := CANNOT_IMPORT.search(text)) is not None:
            edits += self._from_import(source, tree, failure, match.group(1), match.group(2), index)
        elif (match := NOT_DEFINED.search(text)) is not None:
            name = match.group(1) or match.group(2)
            edits += self._undefined(source, tree, failure, name, index)
        for priority, (new, description) in enumerate(edits):
            if new is None or new == source or new in seen or parse(new) is None:
                continue
            seen.add(new)
            found.append(
                Candidate(
                    file=failure.file,
                    new_source=new,
                    description=description,
                    line=failure.line,
                    bug_type=BugType.IMPORT,
                    priority=template_priority(priority),
                )
            )
        return found

    # -- No module named 'x' --------------------------------------------------------
    def _module_name(
        self, source: str, tree: ast.Module, line: int, missing: str, index: ModuleIndex, installed: set[str]
    ) -> list[tuple[str | None, str]]:
        node = _statement_at(tree, line, (ast.Import, ast.ImportFrom))
        if node is None:
            return []
        lines = source.splitlines(keepends=True)
        if isinstance(node, ast.ImportFrom):
            if node.level or not node.module:
                return []
            wanted = [alias.name for alias in node.names if alias.name != "*"]
            edits = []
            for module in self._resolve_module(node.module, index, installed, wanted):
                start, end, text = _segment(lines, node)
                new_text = re.sub(rf"(\bfrom\s+){re.escape(node.module)}\b", rf"\g<1>{module}", text, count=1)
                edits.append(
                    (
                        _replace_lines(lines, start, end, new_text),
                        f"import {', '.join(wanted)} from {module} instead of {node.module}",
                    )
                )
            return edits
        edits = []
        for alias in node.names:
            if not (alias.name == missing or alias.name.startswith(missing + ".")):
                continue
            for module in self._resolve_module(alias.name, index, installed, []):
                new = self._rename_module(source, tree, node, alias, module)
                edits.append((new, f"import {module} instead of {alias.name}"))
        return edits

    def _resolve_module(
        self, dotted: str, index: ModuleIndex, installed: set[str], wanted: list[str]
    ) -> list[str]:
        """Existing dotted module names close to `dotted`, best first."""
        parts = dotted.split(".")
        top_known = stdlib_modules() | index.top_level() | {m for m in installed if m.isidentifier()}
        options: list[str] = []
        prefixes = [parts[0]] if parts[0] in top_known else _close(parts[0], top_known)
        for top in prefixes:
            resolved = [top]
            for part in parts[1:]:
                known = index.submodules(".".join(resolved))
                if part in known:
                    resolved.append(part)
                    continue
                close = _close(part, known)
                if not close:
                    resolved.append(part)  # cannot check (stdlib/installed package): keep as written
                    continue
                resolved.append(close[0])
            options.append(".".join(resolved))
        options = [o for o in options if o != dotted]
        if wanted:
            # Prefer a module that defines what the statement imports (repository modules can be checked).
            options.sort(key=lambda m: -len(set(wanted) & index.exports(m)) if m in index.modules else 0)
        return options[:4]

    @staticmethod
    def _rename_module(source: str, tree: ast.Module, node: ast.Import, alias: ast.alias, module: str) -> str:
        lines = source.splitlines(keepends=True)
        start, end, text = _segment(lines, node)
        new_text = re.sub(rf"(?<![\w.]){re.escape(alias.name)}(?![\w])", module, text, count=1)
        new = _replace_lines(lines, start, end, new_text)
        if alias.asname:
            return new
        # `import nmupy` used as `nmupy.x`: rename the uses too (same top-level name only).
        old_top, new_top = alias.name.split(".")[0], module.split(".")[0]
        if old_top == new_top:
            return new
        spans = sorted(
            ((n.lineno, n.col_offset) for n in ast.walk(tree) if isinstance(n, ast.Name) and n.id == old_top),
            reverse=True,
        )
        out = new.splitlines(keepends=True)
        for row, col in spans:
            text_line = out[row - 1]
            encoded = text_line.encode("utf-8")
            prefix = encoded[:col].decode("utf-8", errors="replace")
            column = len(prefix)
            if text_line[column : column + len(old_top)] == old_top:
                out[row - 1] = text_line[:column] + new_top + text_line[column + len(old_top) :]
        return "".join(out)

    # -- cannot import name 'n' from 'm' ---------------------------------------------
    def _from_import(
        self, source: str, tree: ast.Module, failure: Failure, name: str, module: str, index: ModuleIndex
    ) -> list[tuple[str | None, str]]:
        node = _statement_at(tree, failure.line, (ast.ImportFrom,))
        if node is None:
            return []
        lines = source.splitlines(keepends=True)
        start, end, text = _segment(lines, node)
        indent = text[: len(text) - len(text.lstrip())]
        imported = [alias for alias in node.names if alias.name != "*"]
        names = [alias.name for alias in imported]
        edits: list[tuple[str | None, str]] = []
        package = _package_of(index, failure.file)
        current_module = _absolute(node, package)
        if current_module in index.modules:
            available: set[str] | None = index.exports(current_module)
        elif isinstance(failure.extra.get("module_names"), list):
            # Not the repository's: what the sandbox's Python says the module exports.
            available = set(failure.extra["module_names"])
        else:
            available = None

        # All names from one module that defines them all.
        for target in sorted(index.modules):
            if target == current_module:
                continue
            if set(names) <= index.exports(target) and name in index.defines(target):
                level, written = _relative_to(target, package, node.level)
                new_text = _format_from(written, [_alias_text(a) for a in imported], level, indent)
                edits.append(
                    (
                        _replace_lines(lines, start, end, new_text),
                        f"import {' and '.join(names)} from {target}",
                    )
                )
        # The standard library module that really defines the name (`from os import Path`).
        if len(names) == 1 and not index.definers(name):
            exporters = [m for m in stdlib_exporters(name) if m != current_module]
            if len(exporters) == 1:
                new_text = _format_from(exporters[0], [_alias_text(a) for a in imported], 0, indent)
                edits.append(
                    (_replace_lines(lines, start, end, new_text), f"import {name} from {exporters[0]}")
                )
        # Split: keep what the module has, take the missing names from where they are defined.
        if available is not None:
            missing = [a for a in imported if a.name not in available]
            kept = [a for a in imported if a.name in available]
            if kept and missing:
                for target in index.definers(missing[0].name):
                    if all(a.name in index.exports(target) for a in missing) and target != current_module:
                        new_text = _format_from(
                            f"{node.module or ''}", [_alias_text(a) for a in kept], node.level, indent
                        ) + _format_from(
                            _relative_to(target, package, node.level)[1],
                            [_alias_text(a) for a in missing],
                            _relative_to(target, package, node.level)[0],
                            indent,
                        )
                        moved = " and ".join(a.name for a in missing)
                        edits.append(
                            (_replace_lines(lines, start, end, new_text), f"import {moved} from {target}")
                        )
            # A misspelt name: the module defines something very close.
            for alias in imported:
                if alias.name in available:
                    continue
                for close in _close(alias.name, available):
                    renamed = [
                        (f"{close} as {a.asname}" if a.asname else f"{close} as {a.name}")
                        if a is alias and _name_used(tree, a.asname or a.name, node)
                        else (_alias_text(a) if a is not alias else close)
                        for a in imported
                    ]
                    new_text = _format_from(node.module or "", renamed, node.level, indent)
                    edits.append(
                        (
                            _replace_lines(lines, start, end, new_text),
                            f"import {close} from {module} instead of the undefined {alias.name}",
                        )
                    )
        return edits

    # -- name 'x' is not defined ---------------------------------------------------------
    def _undefined(
        self, source: str, tree: ast.Module, failure: Failure, name: str, index: ModuleIndex
    ) -> list[tuple[str | None, str]]:
        edits: list[tuple[str | None, str]] = []
        own_module = index.module_of(failure.file)
        if name in stdlib_modules() or name in index.top_level():
            edits.append(
                (
                    insert_import(source, tree, f"import {name}", stdlib=name in stdlib_modules()),
                    f"add the missing import {name}",
                )
            )
        definers = [m for m in index.definers(name) if m != own_module]
        if len(definers) == 1:
            statement = f"from {definers[0]} import {name}"
            edits.append(
                (
                    insert_import(source, tree, statement, stdlib=False),
                    f"add the missing import {name} from {definers[0]}",
                )
            )
        if not definers:
            exporters = stdlib_exporters(name)
            if len(exporters) == 1:
                statement = f"from {exporters[0]} import {name}"
                edits.append(
                    (
                        insert_import(source, tree, statement, stdlib=True),
                        f"add the missing import {name} from {exporters[0]}",
                    )
                )
        # A misspelt name: something close is defined in the file, its function, or builtins.
        known = _names_in_scope(tree, failure.line) | set(dir(builtins))
        for close in _close(name, known):
            edits.append(
                (
                    _rename_on_line(source, failure.line, name, close),
                    f"use {close} instead of the undefined name {name}",
                )
            )
        return edits


def _package_of(index: ModuleIndex, file: str) -> str:
    module = index.module_of(file) or ""
    return module if file.endswith("__init__.py") else module.rpartition(".")[0]


def _absolute(node: ast.ImportFrom, package: str) -> str:
    if not node.level:
        return node.module or ""
    parts = package.split(".") if package else []
    base = parts[: len(parts) - (node.level - 1)] if node.level > 1 else parts
    return ".".join([*base, *([node.module] if node.module else [])])


def _relative_to(target: str, package: str, level: int) -> tuple[int, str]:
    """(level, module) to write: relative when the statement was relative and the target is a sibling."""
    if level == 1 and package and target.startswith(package + "."):
        return 1, target[len(package) + 1 :]
    return 0, target


def _reader(ctx: RepairContext):
    def read(file: str) -> str | None:
        try:
            return ctx.source(file)
        except (OSError, ValueError):
            return None

    return read


def _close(word: str, options: set[str] | frozenset[str], n: int = 3) -> list[str]:
    return difflib.get_close_matches(word, sorted(options), n=n, cutoff=0.75)


def _name_used(tree: ast.Module, name: str, skip: ast.stmt) -> bool:
    return any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(tree))


def _names_in_scope(tree: ast.Module, line: int) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.lineno <= line <= (
            node.end_lineno or 0
        ):
            args = node.args
            for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]:
                if arg is not None:
                    names.add(arg.arg)
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        if isinstance(node, ast.alias):
            names.add((node.asname or node.name).split(".")[0])
    return names


def _rename_on_line(source: str, line: int, old: str, new: str) -> str | None:
    lines = source.splitlines(keepends=True)
    if not 1 <= line <= len(lines):
        return None
    changed = re.sub(rf"(?<![\w.]){re.escape(old)}(?!\w)", new, lines[line - 1])
    if changed == lines[line - 1]:
        return None
    lines[line - 1] = changed
    return "".join(lines)


def _import_sort_key(node: ast.stmt) -> tuple[int, str]:
    if isinstance(node, ast.Import):
        return (0, node.names[0].name.lower())
    assert isinstance(node, ast.ImportFrom)
    return (1, ("." * node.level + (node.module or "")).lower())


def _is_stdlib_import(node: ast.stmt) -> bool:
    if isinstance(node, ast.Import):
        return node.names[0].name.split(".")[0] in stdlib_modules()
    if isinstance(node, ast.ImportFrom):
        return (
            not node.level
            and (node.module or "").split(".")[0] in stdlib_modules()
            and node.module != "__future__"
        )
    return False


def insert_import(source: str, tree: ast.Module, statement: str, *, stdlib: bool) -> str:
    """Insert one top-level import where an import sorter (isort/ruff I) would put it."""
    lines = source.splitlines(keepends=True)
    newline = "\n"
    if lines and lines[0].endswith("\r\n"):
        newline = "\r\n"
    body = tree.body
    position = 0
    if (
        body
        and isinstance(body[0], ast.Expr)
        and isinstance(body[0].value, ast.Constant)
        and isinstance(body[0].value.value, str)
    ):
        position = 1  # after the module docstring
    imports: list[ast.stmt] = []
    for node in body[position:]:
        if isinstance(node, ast.Import | ast.ImportFrom):
            imports.append(node)
        else:
            break
    real = [n for n in imports if not (isinstance(n, ast.ImportFrom) and n.module == "__future__")]
    new_node = parse(statement).body[0]  # type: ignore[union-attr]
    key = _import_sort_key(new_node)
    section = [n for n in real if _is_stdlib_import(n) == stdlib]
    if section:
        after = [n for n in section if _import_sort_key(n) > key]
        if after:
            return _insert_before(lines, after[0].lineno, statement + newline)
        return _insert_after(lines, section[-1].end_lineno or section[-1].lineno, statement + newline)
    if real:
        if stdlib:
            return _insert_before(lines, real[0].lineno, statement + newline + newline)
        last = real[-1]
        return _insert_after(lines, last.end_lineno or last.lineno, newline + statement + newline)
    anchor = imports[-1] if imports else (body[position - 1] if position else None)
    if anchor is None:
        gap = (
            newline * 3
            if body and isinstance(body[0], ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
            else newline * 2
        )
        return statement + gap + source.lstrip("\r\n")
    return _insert_after(lines, anchor.end_lineno or anchor.lineno, newline + statement + newline)


def _insert_before(lines: list[str], line: int, text: str) -> str:
    return "".join(lines[: line - 1]) + text + "".join(lines[line - 1 :])


def _insert_after(lines: list[str], line: int, text: str) -> str:
    before = "".join(lines[:line])
    if before and not before.endswith("\n"):
        before += "\n"
    return before + text + "".join(lines[line:])


FIXERS = [ImportFixer()]
