"""IMPORT: resolve what an import or a name should have been against what really exists.

- `No module named 'x'`: the import's module name, misspelt, resolved to the closest
  existing module (standard library, the repository's own modules, packages installed
  in the sandbox) — preferring modules that define the names it imports.
- `cannot import name 'n' from 'm'`: the names imported from the repository module
  that really defines them (parsed with `ast`, never imported), or a close spelling.
- `name 'x' is not defined`: `import x` when x is a module, `from m import x` when
  exactly one repository or standard-library module defines it, else a close
  spelling of a name that is defined.
- Real code's import errors: a name that no longer exists and is never used is
  dropped from its import; a sibling module imported by its bare name from inside a
  package (`from helpers import x` in pkg/a.py) becomes relative or package-qualified;
  a relative import of a slightly misspelt sibling is corrected; a name its module
  now defines under another name is imported under the new one (aliased to the old
  name when the file uses it); names that moved between standard-library modules
  across Python versions (`collections.Mapping`, `fractions.gcd`, `urlparse`) are
  imported from where the SANDBOX's Python exports them (`stdlib_queries` asks the
  engine for that; see pyindex.STDLIB_EXPORTERS_CODE). Imports inside functions are
  statements like any other.
- The import statement's own semantics: `import a.B` binds modules only (a class written as a
  submodule is imported as the file uses it, in place); an `as` name nothing reads hides the
  name the code reads (the alias goes); `import *` takes only `__all__` (a name it should carry
  goes back into the list); a circular import takes the name from the module that defines it,
  or moves into the functions that read it, or binds the module and reads its attribute there.
New imports go where an import sorter would put them, so lint stays clean.
"""

from __future__ import annotations

import _compat_pickle
import ast
import builtins
import difflib
import re
import sys
from collections.abc import Callable, Iterable, Iterator

from healer.engine.analysis.classify import MODULE_ATTRIBUTE
from healer.engine.fixers.base import Candidate, RepairContext, template_priority
from healer.engine.fixers.import_sources import rank_by_context, repository_sources, sandbox_sources
from healer.engine.fixers.lineedit import split_lines
from healer.engine.fixers.names import abbreviates, closest, tokens
from healer.engine.fixers.syntax_tokenizer import damerau
from healer.engine.pyindex import (
    ModuleIndex,
    is_docstring,
    parse,
    parse_exporters,
    stdlib_modules,
    top_level_definitions,
)
from healer.engine.types import BugType, Failure

NO_MODULE = re.compile(r"No module named '([^']+)'")
# A circular import says `from partially initialized module 'm'` (CPython's import.c).
CANNOT_IMPORT = re.compile(r"cannot import name '([^']+)' from (?:partially initialized module )?'([^']+)'")
BEYOND_TOP = re.compile(r"attempted relative import beyond top-level package")
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


def _module_renamed(site: _Site, node: ast.ImportFrom, module: str) -> str:
    """The statement importing from `module` (at the written level) instead of its own module,
    written as it was otherwise: its names, parentheses and comment kept (a `# noqa: F401` lost
    is a new lint finding), or rewritten plainly when its module is not where it is expected."""
    text = site.statement_text(node)
    dots = "." * node.level
    pattern = rf"(\bfrom[ \t]+{re.escape(dots)})[ \t]*{re.escape(node.module or '')}(?![\w.])"
    renamed, count = re.subn(pattern, lambda match: match.group(1) + module, text, count=1)
    if count:
        return renamed
    return _format_from(module, _names_text(node), node.level, site.indent(node))


def _alias_text(alias: ast.alias) -> str:
    return f"{alias.name} as {alias.asname}" if alias.asname else alias.name


class ImportFixer:
    bug_types = frozenset({BugType.IMPORT})
    fallback = False

    def candidates(self, failure: Failure, ctx: RepairContext) -> list[Candidate]:
        if not failure.file.endswith(".py"):
            return []
        if ctx.is_test_file(failure.file):
            # The test's import is right; the package it imports from may have lost the name.
            return self._star_export(failure, ctx)
        source = ctx.source(failure.file)
        tree = parse(source)
        if tree is None:
            return []
        source_files = ctx.source_files or tuple(f for f in ctx.workspace.iter_files() if f.endswith(".py"))
        index = ModuleIndex.build(source_files, ctx.source_or_none)
        star = self._star_export(failure, ctx, index)
        text = _failure_text(failure)
        installed = failure.extra.get("installed_modules") or ()
        found: list[Candidate] = []
        seen: set[str] = set()
        edits: list[tuple[str | None, str]] = []
        site = _Site(source=source, tree=tree, failure=failure, index=index, ctx=ctx)
        # An import in an `except ImportError:` fallback fails only because the one it stands in
        # for failed first (`try: from urlparse import quote` / `except: from urllib import quote`):
        # the root cause is the try's import, repaired first; the fallback's own repair follows.
        edits += self._failed_first(site, set(installed))
        if (match := NO_MODULE.search(text)) is not None:
            edits += self._module_name(site, match.group(1), set(installed))
        elif (match := CANNOT_IMPORT.search(text)) is not None:
            edits += self._from_import(site, match.group(1), match.group(2))
            if "partially initialized module" in text:
                edits += self._deferred_import(site, match.group(1))
        elif (match := NOT_DEFINED.search(text)) is not None:
            name = match.group(1) or match.group(2)
            edits += self._undefined(site, name)
        elif BEYOND_TOP.search(text) is not None:
            edits += self._too_high(site)
        elif (match := MODULE_ATTRIBUTE.search(text)) is not None:
            edits += self._module_attribute(site, module=match.group(1), name=match.group(2))
        for priority, (new, description) in enumerate(edits):
            if new is None or new == source or new in seen or parse(new) is None:
                continue
            seen.add(new)
            found.append(
                Candidate(
                    file=failure.file,
                    new_source=new,
                    description=description,
                    line=site.lines_of.get(new, failure.line),
                    bug_type=BugType.IMPORT,
                    priority=template_priority(priority),
                    lookalike=new in site.lookalikes,
                )
            )
        return star + found

    def _star_export(
        self, failure: Failure, ctx: RepairContext, index: ModuleIndex | None = None
    ) -> list[Candidate]:
        """`cannot import name X from P` where P's `from .m import *` should carry X: module m binds
        X (defines or imports it) but its `__all__` leaves X out, and `import *` takes only the
        names `__all__` lists (the import statement's semantics). X goes back into that `__all__`,
        the line repaired being the list's, never the test's import."""
        text = _failure_text(failure)
        if index is None:
            files = ctx.source_files or tuple(f for f in ctx.workspace.iter_files() if f.endswith(".py"))
            index = ModuleIndex.build(files, ctx.source_or_none)
        if (match := CANNOT_IMPORT.search(text)) is not None:
            name, package = match.group(1), match.group(2)
        elif (match := NOT_DEFINED.search(text)) is not None and not ctx.is_test_file(failure.file):
            # The module's own `from .m import *` should have bound the name it reads.
            name, package = match.group(1) or match.group(2), index.module_of(failure.file) or ""
        else:
            return []
        tree = index.tree(package) if package in index.modules else None
        if tree is None or name in index.exports(package):
            return []
        base = package if index.modules[package].endswith("__init__.py") else package.rpartition(".")[0]
        found: list[Candidate] = []
        for node in tree.body:
            if not isinstance(node, ast.ImportFrom) or [a.name for a in node.names] != ["*"]:
                continue
            module = _absolute(node, base)
            file = index.modules.get(module)
            if file is None or ctx.is_test_file(file) or name not in index.exports(module):
                continue
            source = ctx.source(file)
            listed = _dunder_all(parse(source))
            if listed is None or name in {e.value for e in listed.elts if isinstance(e, ast.Constant)}:
                continue
            new = _append_to_list(source, listed, name)
            if new is not None and parse(new) is not None:
                found.append(
                    Candidate(
                        file=file,
                        new_source=new,
                        description=f"list {name} in {module}.__all__ for {package}'s import *",
                        line=listed.lineno,
                        bug_type=BugType.IMPORT,
                        priority=template_priority(len(found)),
                    )
                )
        return found

    def _failed_first(self, site: _Site, installed: set[str]) -> list[tuple[str | None, str]]:
        node = _statement_at(site.tree, site.failure.line, (ast.Import, ast.ImportFrom))
        if node is None:
            return []
        names = {alias.asname or alias.name.split(".")[0] for alias in node.names}
        edits: list[tuple[str | None, str]] = []
        for attempt in _imports_tried_before(site.tree, node):
            if not isinstance(attempt, ast.ImportFrom) or attempt.level or not attempt.module:
                continue
            if not names & {alias.asname or alias.name for alias in attempt.names}:
                continue
            top = attempt.module.split(".")[0]
            if top in stdlib_modules() or top in installed or top in site.index.top_level():
                continue  # that module exists: the try's import did not fail for want of it
            edits += self._from_module(site, attempt, installed)
        return edits

    # -- No module named 'x' --------------------------------------------------------
    def _module_name(self, site: _Site, missing: str, installed: set[str]) -> list[tuple[str | None, str]]:
        node = _statement_at(site.tree, site.failure.line, (ast.Import, ast.ImportFrom))
        if node is None:
            return []
        if isinstance(node, ast.ImportFrom):
            return self._from_module(site, node, installed)
        edits: list[tuple[str | None, str]] = []
        for alias in node.names:
            if not (alias.name == missing or alias.name.startswith(missing + ".")):
                continue
            # Round 50's review: the module the alias names is for a module renamed beyond any
            # spelling edit (pep8 -> pycodestyle); one edit from an existing module (`import
            # simplejsn as json`), the misspelt name is the module meant, and the alias's comes after.
            aliased = self._alias_named(site, node, alias, installed)
            edits += self._python3_home(site, node, alias)
            respelt = self._resolve_module(alias.name, site.index, installed, [])
            misspelt = any(damerau(m.split(".")[0], alias.name.split(".")[0]) <= 1 for m in respelt)
            edits += [] if misspelt else aliased
            edits += self._attribute_as_module(site, node, alias)
            edits += self._sibling_import(site, node, alias)
            edits += self._unimported_module(site, node, alias, installed)
            moved = self._moved_module(site, node, alias)
            edits += moved
            for module in respelt:
                if moved and module.split(".")[0] in stdlib_modules():
                    continue  # the sandbox said which standard module has what the file uses
                new = self._rename_module(site.source, site.tree, node, alias, module)
                edits.append((new, f"import {module} instead of {alias.name}"))
            edits += aliased if misspelt else []
            if alias.name == missing:
                edits += self._attribute_as_module(site, node, alias, late=True)
        return edits

    def _from_module(
        self, site: _Site, node: ast.ImportFrom, installed: set[str]
    ) -> list[tuple[str | None, str]]:
        """`from m import a, b` where m does not exist: the module that has a and b."""
        if not node.module:
            return []
        wanted = [alias.name for alias in node.names if alias.name != "*"]
        edits: list[tuple[str | None, str]] = []
        package = _package_of(site.index, site.failure.file)
        if node.level:
            base = _base(node, package)
            siblings = self._close_siblings(site.index, base, node.module, wanted)
            # Round 49: the package the dots name binds every name itself (`from ..version import
            # __version__` where tweakwcs/__init__.py sets __version__): the names from the package,
            # its public namespace, first when every close sibling is private (`_version`, which a
            # build may write and a checkout lack), else after them.
            itself: list[tuple[str | None, str]] = []
            if _binds_apart(site.index, base, wanted, _absolute(node, package), site.failure.file):
                itself.append(
                    (
                        site.replace_statement(node, _module_renamed(site, node, "")),
                        f"import {', '.join(wanted)} from the package {'.' * node.level} itself instead of "
                        f"{'.' * node.level}{node.module}",
                    )
                )
            if all(module.rpartition(".")[2].startswith("_") for module in siblings):
                edits += itself
                itself = []
            for module in siblings:
                edits.append(
                    (
                        site.replace_statement(node, _module_renamed(site, node, module)),
                        f"import {', '.join(wanted)} from {'.' * node.level}{module} instead of "
                        f"{'.' * node.level}{node.module}",
                    )
                )
            return edits + itself + self._other_levels(site, node)
        # A sibling module imported by its bare name from inside a package (`from helpers import x`
        # in pkg/app.py works only when pkg/ itself is on sys.path): relative or package-qualified.
        if package:
            siblings = [node.module] if f"{package}.{node.module}" in site.index.modules else []
            siblings += self._close_siblings(site.index, package, node.module, wanted)
            for module in dict.fromkeys(siblings):
                forms = [(1, module), (0, f"{package}.{module}")]
                if not site.uses_relative_imports():
                    forms.reverse()
                for level, written in forms:
                    statement = _format_from(written, _names_text(node), level, site.indent(node))
                    edits.append(
                        (
                            site.replace_statement(node, statement),
                            f"import {', '.join(wanted)} from the sibling module {'.' * level}{written}",
                        )
                    )
        resolved = self._resolve_module(node.module, site.index, installed, wanted)
        # Round 50: the repository's own module one spelling edit from the missing one that binds
        # every imported name (`from pkg.filters import Filter` where pkg/filter.py defines Filter)
        # is the module the statement meant; it comes before any standard-library exporter. And
        # when the missing module is inside the repository's own package, a standard-library
        # module that merely shares the name (`from logging import Filter`) is another object
        # altogether: it is not offered, since a lenient suite could pass it as a wrong fix.
        own = [
            m for m in resolved if m in site.index.modules and wanted and set(wanted) <= site.index.exports(m)
        ]
        for module in own:
            edits.append(
                (
                    _module_respelt(site, node, module),
                    f"import {', '.join(wanted)} from {module} instead of {node.module}",
                )
            )
        # A module of another Python version (`from urlparse import urljoin`): where the sandbox's
        # standard library exports all the names now.
        exporters = _exporters(site.failure, wanted)
        if own and node.module.split(".")[0] in site.index.top_level():
            exporters = []
        for module in exporters:
            statement = _format_from(module, _names_text(node), 0, site.indent(node))
            edits.append(
                (site.replace_statement(node, statement), f"import {', '.join(wanted)} from {module}")
            )
        for module in resolved:
            if module in own:
                continue  # offered above, first
            if exporters and module.split(".")[0] in stdlib_modules() and module not in exporters:
                continue  # a close spelling that lacks the names the sandbox found elsewhere
            edits.append(
                (
                    _module_respelt(site, node, module),
                    f"import {', '.join(wanted)} from {module} instead of {node.module}",
                )
            )
        # A module named nothing like any that exists (`from pkg.core import f` where pkg.main
        # defines f: renamed, or written from memory): the repository module that defines what
        # the statement imports, as for `cannot import name`; last, the spellings come first.
        if wanted:
            own = site.index.module_of(site.failure.file)
            edits += _from_definer(site, node, wanted, defined=None, skip={own})
        return edits

    def _other_levels(self, site: _Site, node: ast.ImportFrom) -> list[tuple[str | None, str]]:
        """`from .time import f` in pkg/formats/sub.py meant `from ..time import f`: the same module
        written with one dot too few or too many (a file moved between packages, or the dots
        miscounted). Each other level whose module exists and exports every name the statement
        imports, nearest the written level first; the same resolution Python's import system does
        for `from <dots>module` (PEP 328), tried at each level instead of the one written."""
        package = _package_of(site.index, site.failure.file)
        depth = len(package.split(".")) if package else 0
        wanted = {alias.name for alias in node.names if alias.name != "*"}
        edits: list[tuple[str | None, str]] = []
        for level in sorted(range(1, depth + 1), key=lambda lvl: (abs(lvl - node.level), lvl)):
            if level == node.level:
                continue
            shifted = ast.ImportFrom(module=node.module, names=node.names, level=level)
            target = _absolute(shifted, package)
            if target not in site.index.modules or not wanted <= site.index.exports(target):
                continue
            written = "." * level + (node.module or "")
            statement = _format_from(node.module or "", _names_text(node), level, site.indent(node))
            edits.append(
                (
                    site.replace_statement(node, statement),
                    f"import {', '.join(sorted(wanted))} from {written} instead of "
                    f"{'.' * node.level}{node.module or ''}",
                )
            )
        return edits

    def _too_high(self, site: _Site) -> list[tuple[str | None, str]]:
        """`from .. import utils` in pkg/gpx.py climbs above the top package: each lower level whose
        package has what the statement imports, nearest the written level first."""
        node = _statement_at(site.tree, site.failure.line, (ast.ImportFrom,))
        if node is None or node.level < 2:
            return []
        package = _package_of(site.index, site.failure.file)
        wanted = {alias.name for alias in node.names if alias.name != "*"}
        edits: list[tuple[str | None, str]] = []
        for level in range(node.level - 1, 0, -1):
            lowered = ast.ImportFrom(module=node.module, names=node.names, level=level)
            target = _absolute(lowered, package)
            if target not in site.index.modules or not wanted <= site.index.exports(target):
                continue
            statement = _format_from(node.module or "", _names_text(node), level, site.indent(node))
            written = "." * level + (node.module or "")
            edits.append(
                (
                    site.replace_statement(node, statement),
                    f"import {', '.join(sorted(wanted))} from {written}",
                )
            )
        return edits

    def _close_siblings(self, index: ModuleIndex, package: str, name: str, wanted: list[str]) -> list[str]:
        """Modules of `package` spelt like `name`, those defining the wanted names first."""
        first = name.split(".")[0]
        siblings = index.submodules(package) if package else index.top_level()
        close = closest(first, siblings, cutoff=0.7)
        rest = name.split(".")[1:]
        found = [".".join([c, *rest]) for c in close]

        def defines_wanted(module: str) -> int:
            full = f"{package}.{module}" if package else module
            return -len(set(wanted) & index.exports(full))

        return sorted(found, key=defines_wanted)

    def _sibling_import(
        self, site: _Site, node: ast.Import, alias: ast.alias
    ) -> list[tuple[str | None, str]]:
        """`import helpers` inside pkg/: `from . import helpers` (or from pkg)."""
        package = _package_of(site.index, site.failure.file)
        if not package or "." in alias.name:
            return []
        edits: list[tuple[str | None, str]] = []
        siblings = [alias.name] if f"{package}.{alias.name}" in site.index.modules else []
        siblings += closest(alias.name, site.index.submodules(package), cutoff=0.7)
        for module in dict.fromkeys(siblings):
            bound = alias.asname or alias.name
            text = module if bound == module else f"{module} as {bound}"
            forms = [".", package] if site.uses_relative_imports() else [package, "."]
            for origin in forms:
                statement = f"from {origin} import {text}"
                edits.append(
                    (
                        site.replace_alias(node, alias, statement),
                        f"import the sibling module {module} from {origin}",
                    )
                )
        return edits

    def _python3_home(self, site: _Site, node: ast.Import, alias: ast.alias) -> list[tuple[str | None, str]]:
        """`import urlparse` (Python 2's name): the module's Python 3 home, `import urllib.parse`, with
        the uses' attribute paths following (`urlparse.urljoin` -> `urllib.parse.urljoin`). The map is
        the standard library's own (`_compat_pickle.IMPORT_MAPPING`, what unpickling a Python 2 pickle
        reads; lib2to3's fixer tables are gone in 3.13). A module whose bound name nothing reads is
        renamed only when the file reads the home's dotted path (`urllib.parse.urlsplit`): removing an
        import whose home the code uses is never the fix. Round 55 (r360)."""
        home = PY2_HOMES.get(alias.name)
        if home is None or alias.asname or home.split(".")[0] not in stdlib_modules():
            return []
        # Round 55's review: the repository's own module of that name (`import commands` beside
        # app/commands.py, Python 2's implicit relative import) is the module meant, not the
        # standard library's (`commands.run(argv)` had become `subprocess.run(argv)`).
        if any(m == alias.name or m.endswith("." + alias.name) for m in site.index.modules):
            return []
        uses = [
            n
            for n in ast.walk(site.tree)
            if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and n.value.id == alias.name
        ]
        if not uses and not _dotted_read(site.tree, home):
            return []
        # Round 55's review: the renamed form is a wrong program where the home's name is bound
        # otherwise (`queue = Queue.Queue()` -> `queue = queue.Queue()`, unbound or rebound) or the
        # old name is read bare (`kind=Queue` left undefined); `import queue as Queue` keeps both.
        values = {id(n.value) for n in uses}
        bare = any(
            isinstance(n, ast.Name) and n.id == alias.name and id(n) not in values
            for n in ast.walk(site.tree)
        )
        if uses and (bare or _bound_apart(site.tree, home.split(".")[0])):
            aliased = site.replace_alias(node, alias, f"import {home} as {alias.name}")
            return [(aliased, f"import {home} as {alias.name}, the Python 3 home of {alias.name}")]
        new = site.replace_alias(node, alias, f"import {home}")
        if new is None:
            return []
        edits: list[tuple[str | None, str]] = [
            (
                _renamed_uses(
                    new,
                    uses,
                    alias.name,
                    home,
                    after=node.end_lineno or node.lineno,
                    shift=len(split_lines(new)) - len(split_lines(site.source)),
                ),
                f"import {home}, the Python 3 home of {alias.name}",
            )
        ]
        if uses and "." in home:
            aliased = site.replace_alias(node, alias, f"import {home} as {alias.name}")
            edits.append((aliased, f"import {home} as {alias.name}, the Python 3 home of {alias.name}"))
        return edits

    def _alias_named(
        self, site: _Site, node: ast.Import, alias: ast.alias, installed: set[str]
    ) -> list[tuple[str | None, str]]:
        """`import gone as there` where `there` is itself a module the sandbox has (a renamed
        distribution kept under its new name: `import pep8 as pycodestyle`, `import simplejson as
        json`): the alias says which module the code means, so that one, imported by its name.
        Round 50 (r288); a spelling edit cannot reach a module renamed outright."""
        there = alias.asname
        if not there or there == alias.name or "." in alias.name:
            return []
        if there not in stdlib_modules() | installed | site.index.top_level():
            return []
        return [
            (
                site.replace_alias(node, alias, f"import {there}"),
                f"import {there}, the module the alias names",
            )
        ]

    def _unimported_module(
        self, site: _Site, node: ast.Import, alias: ast.alias, installed: set[str]
    ) -> list[tuple[str | None, str]]:
        """`import StringIO`, never used, in a file that reads `io.StringIO` without importing io: the
        module's new home (Python 2 -> 3 moves), an existing module the file uses but never binds.
        Those whose attributes the file reads include the missing name come first."""
        bound = alias.asname or alias.name.split(".")[0]
        if _name_used(site.tree, bound, node):
            return []
        known = stdlib_modules() | site.index.top_level() | installed
        defined = _names_in_scope(site.tree, 0) | set(dir(builtins))
        loaded = {
            n.value.id
            for n in ast.walk(site.tree)
            if isinstance(n, ast.Attribute)
            and isinstance(n.value, ast.Name)
            and isinstance(n.value.ctx, ast.Load)
        }
        unbound = sorted(loaded & known - defined)
        last = alias.name.rpartition(".")[2]
        unbound.sort(key=lambda module: last not in _attributes_used(site.tree, module, limit=50))
        edits: list[tuple[str | None, str]] = [
            (site.replace_alias(node, alias, f"import {m}"), f"import {m} instead of {alias.name}")
            for m in unbound
        ]
        # Last, the import alone goes: a module that does not exist binds nothing anyone could use.
        others = [_alias_text(a) for a in node.names if a is not alias]
        kept = f"{site.indent(node)}import {', '.join(others)}\n" if others else ""
        edits.append((site.replace_statement(node, kept), f"remove the import of {alias.name}"))
        return edits

    def _attribute_as_module(
        self, site: _Site, node: ast.Import, alias: ast.alias, *, late: bool = False
    ) -> list[tuple[str | None, str]]:
        """`import enum.Enum` (`No module named 'enum.Enum'; 'enum' is not a package`): `import a.b`
        binds only modules (the import statement's semantics), so a class or function b of module a
        written as a submodule is imported as the file uses it: `from a import b` for the bare name
        `b`, `import a` for the dotted `a.b`, `from a import b as x` for `import a.b as x`. Repaired
        in place, on the line whose error it removes."""
        parent, _, last = alias.name.rpartition(".")
        text = _failure_text(site.failure)
        # A package parent says only `No module named 'pkg.B'`: the repository's own package is
        # read for whether it defines B (and has no submodule B).
        index = site.index
        defined = (
            parent in index.modules and last in index.defines(parent) and last not in index.submodules(parent)
        )
        dotted = any(
            isinstance(n, ast.Attribute) and ast.unparse(n) == alias.name for n in ast.walk(site.tree)
        )
        bare = any(isinstance(n, ast.Name) and n.id == last for n in ast.walk(site.tree))
        # A standard-library package parent (`import collections.OrderedDict`) cannot be read here:
        # only after every spelling of a submodule, and only for a name the file does read.
        stdlib = late and parent.split(".")[0] in stdlib_modules() and (dotted or bare)
        if not parent or (f"'{parent}' is not a package" not in text and not defined and not stdlib):
            return []
        if alias.asname:
            forms = [f"from {parent} import {last} as {alias.asname}"]
        else:
            forms = [f"import {parent}"] if dotted or not bare else []
            forms.append(f"from {parent} import {last}") if bare else None
        edits: list[tuple[str | None, str]] = []
        for statement in forms:
            edits.append(
                (site.replace_alias(node, alias, statement), f"{statement} instead of import {alias.name}")
            )
        return edits

    def _moved_module(self, site: _Site, node: ast.Import, alias: ast.alias) -> list[tuple[str | None, str]]:
        """`import urlparse` used as urlparse.urljoin: the standard-library module exporting what is used."""
        bound = alias.asname or alias.name
        used = _attributes_used(site.tree, bound)
        if not used or "." in alias.name:
            return []
        edits: list[tuple[str | None, str]] = []
        for module in _exporters(site.failure, used):
            text = module if module == bound else f"{module} as {bound}"
            edits.append((site.replace_alias(node, alias, f"import {text}"), f"import {text}"))
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
    def _from_import(self, site: _Site, name: str, module: str) -> list[tuple[str | None, str]]:
        node = _statement_at(site.tree, site.failure.line, (ast.ImportFrom,))
        if node is None:
            return []
        index, failure, tree = site.index, site.failure, site.tree
        indent = site.indent(node)
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
        missing = [a for a in imported if a.name not in available] if available is not None else []
        if not missing:
            missing = [a for a in imported if a.name == name]
        kept = [a for a in imported if a not in missing]

        # A name the module no longer has and nothing uses: drop it from the import.
        unused = [a for a in missing if not site.name_used(a.asname or a.name, node)]
        removals: list[tuple[str | None, str]] = []
        if unused and len(unused) == len(missing):
            dropped = " and ".join(a.name for a in unused)
            if kept:
                statement = _format_from(
                    node.module or "", [_alias_text(a) for a in kept], node.level, indent
                )
                new = site.replace_statement(node, statement)
                # In an import over several lines, the faulty line is the one that names it.
                site.lines_of[new or ""] = unused[0].lineno
                removals.append((new, f"remove {dropped} from the import"))
            else:
                removals.append((site.replace_statement(node, ""), "remove the import statement"))
        # Round 45: in a package's __init__ an import nothing in the file reads is a re-export, and
        # its removal changes the package's public API (the class then has to be imported from
        # its module wherever it was used: dompa, round 44's held-out half). Every correction of
        # the name comes first; and a re-export is never removed when a correction's name is one
        # the package's other modules or tests read (they import it from the package).
        reexport = failure.file.endswith("__init__.py")
        if not reexport:
            edits += removals

        # The importing file's own module is never where its import should come from: a module
        # that wraps a library function under the same name (`from urllib.parse import quote as
        # urllib_quote` ... `def quote(x)`) defines that name itself.
        own_module = index.module_of(failure.file)

        def defined_elsewhere(alias: ast.alias) -> bool:
            return any(module != own_module for module in index.definers(alias.name))

        # All names from one module that defines them all.
        edits += _from_definer(site, node, names, defined=name, skip={current_module, own_module})
        # Names that moved to another standard-library module (collections.Mapping -> collections.abc).
        if missing and not any(defined_elsewhere(a) for a in missing):
            moved = [a.name for a in missing]
            for target in _kin_first(_exporters(failure, moved), current_module):
                if target == current_module:
                    continue
                new_text = _format_from(target, [_alias_text(a) for a in missing], 0, indent)
                if kept:
                    new_text = (
                        _format_from(node.module or "", [_alias_text(a) for a in kept], node.level, indent)
                        + new_text
                    )
                edits.append(
                    (site.replace_statement(node, new_text), f"import {' and '.join(moved)} from {target}")
                )
        # The whole line from one standard-library module that exports every name of it, as the
        # sandbox's Python says (after the split above, which keeps what still resolves).
        if missing and kept and not any(defined_elsewhere(a) for a in imported):
            for target in _kin_first(_exporters(failure, names), current_module):
                if target == current_module:
                    continue
                new_text = _format_from(target, [_alias_text(a) for a in imported], 0, indent)
                edits.append(
                    (site.replace_statement(node, new_text), f"import {' and '.join(names)} from {target}")
                )
        # Split: keep what the module has, take the missing names from where they are defined.
        if available is not None and kept and missing:
            for target in index.definers(missing[0].name):
                if all(a.name in index.exports(target) for a in missing) and target != current_module:
                    level, written = _relative_to(target, package, node.level)
                    new_text = _format_from(
                        f"{node.module or ''}", [_alias_text(a) for a in kept], node.level, indent
                    ) + _format_from(written, [_alias_text(a) for a in missing], level, indent)
                    moved = " and ".join(a.name for a in missing)
                    edits.append((site.replace_statement(node, new_text), f"import {moved} from {target}"))
        # Defined in a submodule (or sibling) of the module it was imported from, which does not
        # re-export it (`from lxml import CDATA` for lxml.etree's): from there, the rest kept.
        edits += self._submodule_source(site, node, name=name, module=current_module)
        # Renamed or misspelt: the module defines something alike (`collapse_ws` -> `collapse_whitespace`),
        # imported under the old name when the file uses it.
        if available is not None:
            defined = index.defines(current_module) if current_module in index.modules else set()
            # A package's modules are importable from it too (`from . import latlong` for lat_long).
            submodules = index.submodules(current_module) if current_module in index.modules else set()
            unbound: list[str] | None = None  # the module's unbound reads, walked once (review 46)
            for alias in missing:
                options = ((defined or available) | submodules) - set(names)
                alike = closest(alias.name, options, cutoff=0.6)
                # The module's own name for it, qualified by the importer (`compile_regex` for re's
                # `compile`, `json_loads` for json's `loads`): first, imported under the old name.
                qualified = qualified_exports(alias.name, options, module=current_module)
                alike = qualified + [close for close in alike if close not in qualified]
                if not site.name_used(alias.asname or alias.name, node):
                    # Imported and never read, while the file reads a name nothing binds that the
                    # module has (`from sievelib import utils` and `tools.to_bytes(...)`): the
                    # import named the wrong one of the module's names (round 46).
                    if unbound is None:
                        unbound = _unbound_reads(tree)
                    wanted = [n for n in unbound if n in options and n not in alike]
                    alike = wanted[:2] + alike
                # A sibling module that cannot load in the sandbox (strip_hints' Python 2 hooks
                # `import imp`, gone from Python 3.12) after the ones that can: stable otherwise.
                alike.sort(key=lambda close: cannot_load(index, f"{current_module}.{close}", failure))
                if not alike and current_module in index.modules:
                    # Renamed beyond resemblance (EngineError -> EngineFailure): what the module defines
                    # of the same kind (class, function, constant), most alike first; the tests decide.
                    kinds = _definition_kinds(index.tree(current_module))
                    same = {n for n in options if kinds.get(n) == _kind_of_name(alias.name)}
                    alike = closest(alias.name, same, cutoff=0.0, limit=2) if len(same) <= 4 else []
                # A builtin's name (`list` for typing's `List`) is used by the module as the builtin:
                # kept as the alias, the import would shadow it everywhere (r83, round 25).
                keep_name = site.name_used(alias.asname or alias.name, node) and (
                    alias.asname is not None or not hasattr(builtins, alias.name)
                )
                for close in alike:
                    renamed = [
                        (f"{close} as {a.asname}" if a.asname else f"{close} as {a.name}")
                        if a is alias and keep_name
                        else (_alias_text(a) if a is not alias else close)
                        for a in imported
                    ]
                    new_text = _format_from(node.module or "", renamed, node.level, indent)
                    new = site.replace_statement(node, new_text)
                    if node.end_lineno != node.lineno:
                        # `from .main import (\n a,\n b_typo,\n)`: rename the name where it is
                        # written, so the layout stays and the fix names the line that changed.
                        # (An `as` name already written stays after the renamed one.)
                        written = close if alias.asname else renamed[imported.index(alias)]
                        new = _rename_at(site.source, alias, written)
                        site.lines_of[new or ""] = alias.lineno
                    edit = (new, f"import {close} from {module} instead of the undefined {alias.name}")
                    # `from decimal import Decimel` while the file uses the undefined `Decimal`: the
                    # misspelling is in the import, and this comes before dropping the name; so too
                    # when `__all__` exports the right spelling (a package __init__'s re-export).
                    if site.used_here(close) and close not in _names_in_scope(tree, 0):
                        edits.insert(0, edit)
                    else:
                        edits.append(edit)
                    if reexport and site.read_elsewhere(close, besides=index.modules.get(current_module)):
                        removals = []  # the package's users read the corrected name from it
        module_itself, first = self._module_as_name(site, node, missing, available)
        edits = module_itself + edits if first else edits + module_itself
        if reexport:
            edits += removals
        return edits

    def _module_as_name(
        self, site: _Site, node: ast.ImportFrom, missing: list[ast.alias], available: set[str] | None
    ) -> tuple[list[tuple[str | None, str]], bool]:
        """`from .__version__ import about` where the module defines no `about` and the file reads
        `about.__version__` / `about["x"]`: the name was meant for the module itself, as `import m
        as about` binds it (round 46, randmac). First when every attribute the file reads off the
        name is one the module defines; not proposed when the file reads it otherwise than as a
        namespace (called, passed on: then a name the module defines is the likelier fix)."""
        if len(missing) != 1 or not node.module or len(node.names) != 1:
            return [], False
        alias = missing[0]
        local = alias.asname or alias.name
        attributes, namespace_only = _namespace_reads(site.tree, local)
        if not namespace_only or not attributes:
            return [], False  # only subscripted (`Generator[int]`): a generic's name, not a namespace
        parent, _, last = node.module.rpartition(".")
        indent = site.indent(node)
        if node.level or parent:
            written = f"{indent}from {'.' * node.level}{parent} import {last} as {local}\n"
        else:
            written = f"{indent}import {last} as {local}\n"
        edit = (
            site.replace_statement(node, written),
            f"import the module {node.module} itself as {local}, which the file reads as a namespace",
        )
        if available is not None and set(attributes) <= available:
            return [edit], True  # every attribute read off the name is one the module defines
        # What the module defines is unknown, or lacks what the file reads: not this module.
        return [], False

    def _deferred_import(self, site: _Site, name: str) -> list[tuple[str | None, str]]:
        """A circular import (`cannot import name X from partially initialized module M`) whose
        name only functions read: the import moves into each of them, so it runs when they are
        called, after both modules have finished loading (the standard remedy for import cycles)."""
        node = _statement_at(site.tree, site.failure.line, (ast.ImportFrom,))
        if node is None or node not in site.tree.body:
            return []
        alias = next((a for a in node.names if a.name == name), None)
        if alias is None:
            return []
        bound = alias.asname or alias.name
        users: dict[int, ast.FunctionDef | ast.AsyncFunctionDef] = {}
        uses: list[ast.expr] = []
        for use in ast.walk(site.tree):
            if not (isinstance(use, ast.Name) and use.id == bound):
                continue
            uses.append(use)
            holder = next(
                (
                    f
                    for f in site.tree.body
                    + [m for c in site.tree.body if isinstance(c, ast.ClassDef) for m in c.body]
                    if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
                    and any(s.lineno <= use.lineno <= (s.end_lineno or s.lineno) for s in f.body)
                ),
                None,
            )
            if holder is None:
                return []  # read while the module loads: deferring it cannot help
            users[holder.lineno] = holder
        if not users:
            return []
        lines = list(site.lines)
        statement = f"from {'.' * node.level}{node.module or ''} import {_alias_text(alias)}\n"
        for function in sorted(users.values(), key=lambda f: -f.lineno):
            body = function.body
            first = body[1] if len(body) > 1 and is_docstring(body[0]) else body[0]
            if first.lineno == function.lineno:
                return []  # `def f(): return X` on one line: no line of its own to put it on
            row = lines[first.lineno - 1]
            lines.insert(first.lineno - 1, row[: len(row) - len(row.lstrip())] + statement)
        others = [_alias_text(a) for a in node.names if a is not alias]
        kept = _format_from(node.module or "", others, node.level, site.indent(node)) if others else ""
        start, end = node.lineno, node.end_lineno or node.lineno
        new = "".join(lines[: start - 1]) + kept + "".join(lines[end:])
        edits = [(new, f"import {name} inside the functions that use it, breaking the import cycle")]
        # Or the module itself, bound while it is still loading, its attribute read only when the
        # functions run: `from . import core` and `core.X` (the other standard remedy).
        parent, _, short = (node.module or "").rpartition(".")
        if short and all(isinstance(u, ast.Name) and isinstance(u.ctx, ast.Load) for u in uses):
            binding = (
                f"from {'.' * node.level}{parent} import {short}"
                if node.level or parent
                else f"import {short}"
            )
            renamed = _replace_expressions(site.source, uses, f"{short}.{alias.name}")
            if renamed is not None and short not in _names_in_scope(site.tree, 0):
                lines = renamed.splitlines(keepends=True)
                text = site.indent(node) + binding + "\n" + kept
                new = "".join(lines[: start - 1]) + text + "".join(lines[end:])
                edits.append(
                    (
                        new,
                        f"import the module {short} and read {short}.{alias.name}, breaking the import cycle",
                    )
                )
        return edits

    def _submodule_source(
        self, site: _Site, node: ast.ImportFrom, *, name: str, module: str
    ) -> list[tuple[str | None, str]]:
        """`from P import a, X, b` where P lacks X and a module under P (or beside it) provides X:
        `from P import a, b` and `from P.sub import X` (import_sources: Python's import system binds
        only what P's `__init__` defines or the submodule P.X, PEP 328/451). For the repository's
        packages from its sources; for installed ones from the sandbox's answer (prepare)."""
        index, package = site.index, _package_of(site.index, site.failure.file)
        own = index.module_of(site.failure.file)
        if module.split(".")[0] in index.top_level():
            targets = repository_sources(index, package=module, names=[name], importer=own)
        else:
            found = sandbox_sources(site.failure, (module, name))
            targets = rank_by_context([m for _, m in sorted(found)], names=[name], importer=own)
        moved = [a for a in node.names if a.name == name]
        kept = [_alias_text(a) for a in node.names if a.name != name]
        indent, edits = site.indent(node), []
        for target in targets:
            level, written = _relative_to(target, package, node.level)
            statement = _format_from(written, [_alias_text(a) for a in moved], level, indent)
            if kept:
                statement = _format_from(node.module or "", kept, node.level, indent) + statement
            edits.append(
                (site.replace_statement(node, statement), f"import {name} from {target}, which provides it")
            )
        return edits

    # -- module 'm' has no attribute 'n' ------------------------------------------------------
    def _module_attribute(self, site: _Site, *, module: str, name: str) -> list[tuple[str | None, str]]:
        """`m.n` read where m has no n: for the standard library, every `m.n` of the file read from
        the module that exports n in the sandbox (`collections.abc.KeysView`), imported; for a
        module of the repository, the name it defines that is spelt most alike."""
        # The names the module is read through: `import m`, `import m as x`, `from pkg import m`.
        bound = {
            alias.asname or alias.name
            for node in ast.walk(site.tree)
            if isinstance(node, ast.Import | ast.ImportFrom)
            for alias in node.names
            if (alias.name if isinstance(node, ast.Import) else f"{node.module}.{alias.name}") == module
        }
        uses = [
            node
            for node in ast.walk(site.tree)
            if isinstance(node, ast.Attribute) and node.attr == name and ast.unparse(node.value) in bound
        ]
        edits: list[tuple[str | None, str]] = []
        if module in site.index.modules and uses:
            reader = ast.unparse(uses[0].value)
            same = [u for u in uses if ast.unparse(u.value) == reader]
            for close in closest(name, site.index.exports(module), cutoff=0.6):
                new = _replace_expressions(site.source, same, f"{reader}.{close}")
                edits.append((new, f"use {reader}.{close} instead of the undefined {name}"))
        if module.split(".")[0] not in stdlib_modules():
            return edits
        for target in _exporters(site.failure, [name]):
            if target == module or not uses:
                continue
            new = _replace_expressions(site.source, uses, f"{target}.{name}")
            tree = parse(new) if new is not None else None
            if tree is None:
                continue
            if not _imports_module(tree, target):
                new = insert_import(new, tree, f"import {target}", stdlib=True)
            edits.append((new, f"use {target}.{name} instead of {module}.{name}"))
        return edits

    # -- name 'x' is not defined ---------------------------------------------------------
    def _undefined(self, site: _Site, name: str) -> list[tuple[str | None, str]]:
        source, tree, failure, index = site.source, site.tree, site.failure, site.index
        edits: list[tuple[str | None, str]] = []
        own_module = index.module_of(failure.file)
        # `f(*args, **kwargs)` in a function whose signature lost (or never had) the variadic
        # parameter: the parameter, not another name in scope, is what the call forwards.
        edits += [(variadic_parameter(source, tree, failure.line, name), f"add the parameter for {name}")]
        edits += self._needless_alias(site, name)
        edits += self._lost_alias(site, name)
        edits += self._misnamed(site, name)
        edits += self._from_exporter(site, name)
        edits += self._module_from_imported(site, name)
        if name in stdlib_modules() or name in index.top_level():
            edits += self._joined_import(site, name)
            edits.append(
                (
                    insert_import(source, tree, f"import {name}", stdlib=name in stdlib_modules()),
                    f"add the missing import {name}",
                )
            )
        definers = [m for m in index.definers(name) if m != own_module]
        if len(definers) == 1:
            # Into the file's one-line import from that module when it has one (a name dropped from
            # a long import line), else a statement of its own.
            package = _package_of(index, failure.file)
            edits.append(
                (
                    add_import(source, definers[0], name, package=package),
                    f"add the missing import {name} from {definers[0]}",
                )
            )
        if not definers:
            exporters = _exporters(failure, [name], best_only=True)
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
            new = _rename_on_line(source, failure.line, name, close)
            site.lookalikes.add(new or "")
            edits.append((new, f"use {close} instead of the undefined name {name}"))
        return edits

    def _joined_import(self, site: _Site, name: str) -> list[tuple[str | None, str]]:
        """A module the code reads while the file imports its modules several to a statement
        (`import argparse, re`): the file's own style says where the lost one stood, so it goes back
        into that statement (a style-following template, as `add_import` joins a name to the file's
        one-line from-import) and the fix is reported at the line it edits, the statement the name
        was dropped from (round 54, pyline54). Only a one-line top-level statement of plain modules
        of the name's own section (standard library or not), in its order when it is sorted."""
        stdlib = name in stdlib_modules()
        edits: list[tuple[str | None, str]] = []
        for node in site.tree.body:
            if not isinstance(node, ast.Import) or len(node.names) < 2 or node.lineno != node.end_lineno:
                continue
            modules = [alias.name for alias in node.names]
            if any(alias.asname for alias in node.names) or any("." in m for m in modules):
                continue
            if any((m in stdlib_modules()) != stdlib for m in modules) or name in modules:
                continue
            ordered = sorted(modules, key=str.lower) == modules
            joined = sorted([*modules, name], key=str.lower) if ordered else [*modules, name]
            start, end, text = _segment(site.lines, node)
            if "#" in text or ";" in text:
                continue  # a comment or a second statement on the line would not survive the rewrite
            indent = text[: len(text) - len(text.lstrip())]
            ending = text[len(text.rstrip("\r\n")) :] or "\n"
            new = _replace_lines(site.lines, start, end, f"{indent}import {', '.join(joined)}{ending}")
            site.lines_of[new or ""] = node.lineno
            edits.append((new, f"add the missing import {name} to the import of {', '.join(modules)}"))
            break  # one statement: the first such is where the file keeps them
        return edits

    def _needless_alias(self, site: _Site, name: str) -> list[tuple[str | None, str]]:
        """`import re as regex` while the file reads `re.compile` and never `regex`: the import binds
        only its `as` name (the import statement's semantics), so the alias nothing uses goes and the
        import binds the name the code spells; repaired on the import's line, not by a second import."""
        edits: list[tuple[str | None, str]] = []
        for node in ast.walk(site.tree):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            for alias in node.names:
                imported = alias.name if isinstance(node, ast.ImportFrom) else alias.name.split(".")[0]
                if alias.asname is None or imported != name or alias.asname == name:
                    continue
                if _name_used(site.tree, alias.asname, node):
                    continue
                new = _realiased(site, node, alias, None)
                edits.append(
                    (new, f"import {alias.name} under its own name, not as the unused {alias.asname}")
                )
        return edits

    def _lost_alias(self, site: _Site, name: str) -> list[tuple[str | None, str]]:
        """`import operator` while the file reads `op.add` and never `operator`: the import lost its
        `as op`, the converse of `_needless_alias`. An import whose bound name nothing reads gets the
        undefined name as its alias when that name abbreviates it (its letters in order, the first
        the same: op/operator, np/numpy, dt/datetime) and, for a repository module, every attribute
        the code reads on the name is one the module defines. A second import of the module would
        leave the unused one behind, which the lint then reports.

        Round 48: when the name the code reads is itself a module the sandbox's Python or the
        repository has (`select.select` beside `import selectors`), another module aliased to that
        name is never the fix (the code reads the module it names: `import select` binds it); the
        unused import is made to import that module instead, on its own line."""
        read = _attributes_used(site.tree, name, limit=1000)
        installed = site.failure.extra.get("installed_modules") or ()
        a_module = name in stdlib_modules() or name in site.index.top_level() or name in installed
        edits: list[tuple[str | None, str]] = []
        for node in ast.walk(site.tree):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            for alias in node.names:
                if alias.asname is not None or alias.name == "*":
                    continue
                bound = alias.name if isinstance(node, ast.ImportFrom) else alias.name.split(".")[0]
                if not abbreviates(name, alias.name.rsplit(".", 1)[-1]) or _global_read(site.tree, bound):
                    continue
                module = alias.name if isinstance(node, ast.Import) else f"{node.module or ''}.{alias.name}"
                if a_module:
                    if isinstance(node, ast.Import) and "." not in alias.name:
                        new = _rename_at(site.source, alias, name)
                        site.lines_of[new or ""] = node.lineno
                        edits.append(
                            (new, f"import {name}, the module the code reads, instead of the unused {bound}")
                        )
                    continue
                if module in site.index.modules and not set(read) <= site.index.exports(module):
                    continue
                new = _realiased(site, node, alias, name)
                edits.append((new, f"import {alias.name} as {name}, the name the code reads (never {bound})"))
        return edits

    def _from_exporter(self, site: _Site, name: str) -> list[tuple[str | None, str]]:
        """`from math import floor, log` while the code calls the undefined `log10`: the file already
        imports from a standard-library module that exports the name under exactly that spelling, so
        the name belongs on that line (the unused `log` renamed, else the name added). It comes before
        a similar name in scope (`log` for `log10`), which compiles and computes something else."""
        exporters = {module for _, module in parse_exporters(_stdlib_answer(site.failure, name))}
        edits: list[tuple[str | None, str]] = []
        for node in site.tree.body:
            if not isinstance(node, ast.ImportFrom) or node.level or node.module not in exporters:
                continue
            for alias in node.names:
                # Unused in this file (what the linter's F401 says too); another module importing it
                # from here would fail the tests, and the name added below stays as the next candidate.
                if alias.name == "*" or alias.asname or site.used_here(alias.name):
                    continue
                new = _rename_at(site.source, alias, name)
                site.lines_of[new or ""] = alias.lineno
                edits.append((new, f"import {name} from {node.module} instead of the unused {alias.name}"))
            if node.lineno == node.end_lineno:
                new = add_import(site.source, node.module, name)
                site.lines_of[new or ""] = node.lineno
                edits.append((new, f"import {name} from {node.module}"))
        return edits

    def _module_from_imported(self, site: _Site, name: str) -> list[tuple[str | None, str]]:
        """`from sys import version_info` while the module reads `sys.version_info`: the module was
        meant to be imported itself. When nothing uses the statement's names bare, the statement
        becomes `import sys`, and the fix is on its line (not a new import elsewhere)."""
        edits: list[tuple[str | None, str]] = []
        for node in site.tree.body:
            if not isinstance(node, ast.ImportFrom) or node.level or node.module != name:
                continue
            bound = [alias.asname or alias.name for alias in node.names]
            if "*" in bound or any(_name_used(site.tree, n, node) for n in bound):
                continue
            statement = f"{site.indent(node)}import {name}\n"
            if any(site.name_used(n, node) for n in bound):
                statement += site.statement_text(node)  # another module may import them from this one
            new = site.replace_statement(node, statement)
            site.lines_of[new or ""] = node.lineno
            edits.append(
                (new, f"import {name} itself instead of {', '.join(a.name for a in node.names)} from it")
            )
        return edits

    def _misnamed(self, site: _Site, name: str) -> list[tuple[str | None, str]]:
        """`from m import to_bytes` never used, `to_binary(x)` undefined, and m defines to_binary but
        not to_bytes: the import was written with the wrong name (or m renamed it). The name is
        repaired where it was imported, one edit for what the linter reports twice (an undefined
        name and an unused import) and the interpreter once (cannot import name)."""
        index, edits = site.index, []
        package = _package_of(index, site.failure.file)
        for node in ast.walk(site.tree):
            if not isinstance(node, ast.ImportFrom) or (node.module is None and not node.level):
                continue
            module = _absolute(node, package)
            if module not in index.modules or name not in index.exports(module):
                continue
            for alias in node.names:
                bound = alias.asname or alias.name
                if alias.name == "*" or alias.name in index.exports(module) or site.name_used(bound, node):
                    continue
                new = _rename_at(site.source, alias, name)
                site.lines_of[new or ""] = alias.lineno
                edits.append((new, f"import {name} instead of {alias.name}, which {module} does not define"))
        return edits


class _Site:
    """The file being fixed and helpers to rewrite one of its import statements."""

    def __init__(self, *, source: str, tree: ast.Module, failure: Failure, index: ModuleIndex, ctx) -> None:
        self.source, self.tree, self.failure, self.index, self.ctx = source, tree, failure, index, ctx
        self.lines = source.splitlines(keepends=True)
        # The line an edit repairs when it is not the failure's (a name fixed where it is imported).
        self.lines_of: dict[str, int] = {}
        # Edits that put a similar name in place of the undefined one (Candidate.lookalike).
        self.lookalikes: set[str] = set()

    def statement_text(self, node: ast.stmt) -> str:
        return _segment(self.lines, node)[2]

    def indent(self, node: ast.stmt) -> str:
        text = self.statement_text(node)
        return text[: len(text) - len(text.lstrip())]

    def replace_statement(self, node: ast.stmt, text: str) -> str | None:
        start, end, _ = _segment(self.lines, node)
        if not text and _only_statement_of_block(self.tree, node):
            text = f"{self.indent(node)}pass\n"
        return _replace_lines(self.lines, start, end, text)

    def replace_alias(self, node: ast.Import, alias: ast.alias, statement: str) -> str | None:
        """Replace one name of `import a, b` by a statement of its own (the others stay)."""
        others = [a for a in node.names if a is not alias]
        indent = self.indent(node)
        text = f"{indent}{statement}\n"
        if others:
            text = f"{indent}import {', '.join(_alias_text(a) for a in others)}\n" + text
        return self.replace_statement(node, text)

    def uses_relative_imports(self) -> bool:
        return any(isinstance(n, ast.ImportFrom) and n.level for n in ast.walk(self.tree))

    def used_here(self, name: str) -> bool:
        """Whether this file reads `name` (a bare name, or a string such as `__all__`'s)."""
        return any(
            (isinstance(n, ast.Name) and n.id == name) or (isinstance(n, ast.Constant) and n.value == name)
            for n in ast.walk(self.tree)
        )

    def read_elsewhere(self, name: str, *, besides: str | None = None) -> bool:
        """Whether a source or test file other than this one and `besides` (the module that
        defines the name) holds `name` as a word: a package's users reading it from the package."""
        return next(self._texts_naming(name, besides=besides), None) is not None

    def _texts_naming(self, name: str, *, besides: str | None = None) -> Iterator[str]:
        """The texts of the project's Python source and test files, but this one and `besides`,
        that hold `name` as a word."""
        pattern = re.compile(rf"\b{re.escape(name)}\b")
        for file in [*(self.ctx.source_files or ()), *sorted(self.ctx.test_files)]:
            if file in (self.failure.file, besides) or not file.endswith(".py"):
                continue
            try:
                text = self.ctx.source(file)
            except (OSError, ValueError):
                continue
            if pattern.search(text):
                yield text

    def name_used(self, name: str, statement: ast.stmt) -> bool:
        """Whether anything but the import itself uses `name` (in a package __init__: anyone importing it)."""
        if self.used_here(name):
            return True  # also __all__ = ["name"], getattr(module, "name")
        # Another module may import it from this one (a re-export, always so in a package __init__).
        module = self.index.module_of(self.failure.file) or ""
        package_init = self.failure.file.endswith("__init__.py")
        short = module.rpartition(".")[2]
        return any(package_init or not short or short in text for text in self._texts_naming(name))


# -- facts from the sandbox ---------------------------------------------------------------
def stdlib_queries(
    failure: Failure, read: Callable[[str], str | None], source_files: Iterable[str]
) -> list[tuple[str, ...]]:
    """Which names to ask the sandbox's standard library about (STDLIB_EXPORTERS_CODE), one query each.

    The engine runs each query once per run and puts the answers in
    failure.extra["stdlib_exporters"][" ".join(names)].
    """
    if failure.bug_type is not BugType.IMPORT or not failure.file.endswith(".py"):
        return []
    text = _failure_text(failure)
    source = read(failure.file)
    tree = parse(source) if source is not None else None
    if tree is None:
        return []
    index = ModuleIndex.build(source_files, read)
    queries: list[tuple[str, ...]] = []
    own_module = index.module_of(failure.file)

    def defined_elsewhere(name: str) -> bool:
        # The file's own wrapper of the name (`def quote(x)` beside `from urllib import quote as
        # urllib_quote`) is no place to import it from: the standard library is still asked.
        return any(module != own_module for module in index.definers(name))

    if (match := CANNOT_IMPORT.search(text)) is not None:
        node = _statement_at(tree, failure.line, (ast.ImportFrom,))
        known = failure.extra.get("module_names")
        names = [a.name for a in node.names if a.name != "*"] if node is not None else [match.group(1)]
        line_names = [n for n in names if not defined_elsewhere(n)]
        if isinstance(known, list):
            names = [n for n in names if n not in known] or [match.group(1)]
        # One query for all the missing names together (the key _from_import looks up: a module
        # that has them all), and one for every name of the line (a module that could replace the
        # line's: `from collections.abc import Iterator, Pattern` -> typing has both).
        missing = tuple(n for n in names if not defined_elsewhere(n))[:8]
        if missing:
            queries.append(missing)
        if len(line_names) > len(missing):
            queries.append(tuple(line_names[:8]))
    elif (match := NO_MODULE.search(text)) is not None:
        node = _statement_at(tree, failure.line, (ast.Import, ast.ImportFrom))
        if isinstance(node, ast.ImportFrom) and not node.level:
            names = tuple(a.name for a in node.names if a.name != "*")
            if names:
                queries.append(names[:6])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                used = _attributes_used(tree, alias.asname or alias.name) if "." not in alias.name else []
                if used:
                    queries.append(tuple(used))
    elif (match := NOT_DEFINED.search(text)) is not None:
        name = match.group(1) or match.group(2)
        if not index.definers(name):
            queries.append((name,))
    elif (match := MODULE_ATTRIBUTE.search(text)) is not None and match.group(1).split(".")[
        0
    ] in stdlib_modules():
        queries.append((match.group(2),))
    return [q for q in dict.fromkeys(queries) if all(n.isidentifier() for n in q)]


def _dunder_all(tree: ast.Module | None) -> ast.List | ast.Tuple | None:
    """The list or tuple literal a module assigns to `__all__` at its top level (the last one)."""
    found = None
    for node in tree.body if tree is not None else ():
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets)
            and isinstance(node.value, ast.List | ast.Tuple)
        ):
            found = node.value
    return found


def _append_to_list(source: str, literal: ast.List | ast.Tuple, name: str) -> str | None:
    """`source` with the string `name` added as the last element of `literal`, quoted as its others."""
    strings = [e for e in literal.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    written = ast.get_source_segment(source, strings[-1]) if strings else None
    mark = written[0] if written and written[0] in "'\"" else '"'
    if not literal.elts:
        text = (
            "[" + f"{mark}{name}{mark}" + "]" if isinstance(literal, ast.List) else f"({mark}{name}{mark},)"
        )
        return _replace_span(source, literal, text)
    last = literal.elts[-1]
    if last.end_lineno is None or last.end_col_offset is None:
        return None
    lines = source.splitlines(keepends=True)
    row = lines[last.end_lineno - 1]
    column = len(row.encode()[: last.end_col_offset].decode(errors="replace"))
    rest = row[column:]
    # A one-element tuple's comma (`('a',)`) is no longer needed once a second element follows it.
    rest = re.sub(r"^,(\s*[)\]])", r"\1", rest)
    lines[last.end_lineno - 1] = row[:column] + f", {mark}{name}{mark}" + rest
    return "".join(lines)


def _replace_span(source: str, node: ast.expr, text: str) -> str | None:
    if node.end_lineno is None or node.end_col_offset is None or node.lineno != node.end_lineno:
        return None
    lines = source.splitlines(keepends=True)
    row = lines[node.lineno - 1].encode()
    lines[node.lineno - 1] = (row[: node.col_offset] + text.encode() + row[node.end_col_offset :]).decode()
    return "".join(lines)


def _kin_first(targets: list[str], module: str) -> list[str]:
    """Modules of the package the name was looked for in first (stable otherwise): a name moved
    within its package (`urllib.quote` -> `urllib.parse.quote`, `html.entitydefs` ->
    `html.entities`) before an unrelated module that defines the same name (`shlex.quote`)."""
    family = module.split(".")[0]
    return sorted(targets, key=lambda target: target.split(".")[0] != family)


def _stdlib_answer(failure: Failure, key: str) -> object:
    """The sandbox's raw answer to the exporters query `key` (None when it was not asked)."""
    answers = failure.extra.get("stdlib_exporters")
    return answers.get(key) if isinstance(answers, dict) else None


def _exporters(failure: Failure, names: list[str], *, best_only: bool = False) -> list[str]:
    """Standard-library modules exporting all `names` in the sandbox, best first (none if not asked)."""
    if not names:
        return []
    found = parse_exporters(_stdlib_answer(failure, " ".join(names)))
    if not found:
        return []
    best = min(rank for rank, _ in found)
    if best_only:
        return [module for rank, module in found if rank == best]
    # Classes and functions defined where they are exported first (collections.abc.Mapping before
    # typing.Mapping, a deprecated alias); a few only: each one is a candidate to validate.
    return [module for _, module in found][:4]


def _module_respelt(site: _Site, node: ast.ImportFrom, module: str) -> str | None:
    """The file with `from <node.module> import ...` reading `from <module> import ...`."""
    new_text = re.sub(
        rf"(\bfrom\s+){re.escape(node.module or '')}\b", rf"\g<1>{module}", site.statement_text(node), count=1
    )
    return site.replace_statement(node, new_text)


def _imports_tried_before(tree: ast.Module, node: ast.stmt) -> list[ast.stmt]:
    """The imports of the `try:` body whose `except ImportError` handler holds `node`."""
    for candidate in ast.walk(tree):
        if not isinstance(candidate, ast.Try):
            continue
        for handler in candidate.handlers:
            caught = ast.unparse(handler.type) if handler.type is not None else ""
            if not (
                caught == "" or any(e in caught for e in ("ImportError", "ModuleNotFoundError", "Exception"))
            ):
                continue
            if any(child is node for child in ast.walk(handler)):
                return [
                    n
                    for stmt in candidate.body
                    for n in ast.walk(stmt)
                    if isinstance(n, ast.Import | ast.ImportFrom)
                ]
    return []


def _failure_text(failure: Failure) -> str:
    exc = failure.extra.get("exception") or {}
    # A lint finding's message is shown without its backticks; the linter's own text keeps the name quoted.
    findings = "\n".join(str(item.get("message", "")) for item in failure.extra.get("lint") or ())
    return f"{failure.message}\n{exc.get('message', '')}\n{findings}"


# Python 2 standard-library module names -> their Python 3 homes, the standard library's own table.
PY2_HOMES: dict[str, str] = dict(_compat_pickle.IMPORT_MAPPING)


def _dotted_read(tree: ast.Module, dotted: str) -> bool:
    """Whether the module reads the attribute path `dotted` (`urllib.parse` in `urllib.parse.quote`).
    Round 55's review: the path is walked down from its last attribute, not unparsed per attribute
    (each link of a call chain unparsed whole was quadratic in the chain's length)."""
    parts = dotted.split(".")
    for node in ast.walk(tree):
        current, at = node, len(parts) - 1
        while at > 0 and isinstance(current, ast.Attribute) and current.attr == parts[at]:
            current, at = current.value, at - 1
        if at == 0 and current is not node and isinstance(current, ast.Name) and current.id == parts[0]:
            return True
    return False


def _bound_apart(tree: ast.Module, name: str) -> bool:
    """Whether `name` is bound anywhere other than by `import name[.sub]` (an assignment, a
    parameter, a definition, an alias or a from-import): there the module's name is not the module."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load) and node.id == name:
            return True
        if isinstance(node, ast.arg) and node.arg == name:
            return True
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and node.name == name:
            return True
        if isinstance(node, ast.ExceptHandler) and node.name == name:
            return True
        if isinstance(node, ast.Import | ast.ImportFrom):
            for alias in node.names:
                bound = alias.asname or (alias.name if isinstance(node, ast.ImportFrom) else None)
                if bound == name:
                    return True
    return False


def _renamed_uses(
    source: str | None, uses: list[ast.Attribute], old: str, new: str, *, after: int, shift: int
) -> str | None:
    """`source` with each `old` read as `old.attr` (its Name node) written `new`; positions are the
    parsed tree's, and lines past `after` (the replaced import's last) moved by `shift`."""
    if source is None or not uses:
        return source
    # Round 55's review: lines as the tokenizer counts them; str.splitlines also breaks at a form
    # feed (an old file's page break) or U+2028, and every use below one was missed.
    lines = split_lines(source)
    for use in sorted(uses, key=lambda n: (n.value.lineno, n.value.col_offset), reverse=True):
        name = use.value
        row = name.lineno - 1 + (shift if name.lineno > after else 0)
        if row >= len(lines):
            return None
        text = lines[row]
        column = len(text.encode("utf-8")[: name.col_offset].decode("utf-8", errors="replace"))
        if text[column : column + len(old)] != old:
            return None
        lines[row] = text[:column] + new + text[column + len(old) :]
    return "".join(lines)


def _attributes_used(tree: ast.Module, name: str, limit: int = 5) -> list[str]:
    """`name.attr` attributes read in the module, in order of first use."""
    found: list[str] = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == name
            and not node.attr.startswith("_")
            and node.attr not in found
        ):
            found.append(node.attr)
    return sorted(found)[:limit]


def _replace_expressions(source: str, nodes: list[ast.expr], text: str) -> str | None:
    """`source` with each of `nodes` (single-line expressions) written as `text`, last first."""
    lines = source.splitlines(keepends=True)
    for node in sorted(nodes, key=lambda n: (n.lineno, n.col_offset), reverse=True):
        if node.end_lineno != node.lineno or node.end_col_offset is None:
            return None
        raw = lines[node.lineno - 1].encode()
        lines[node.lineno - 1] = (
            raw[: node.col_offset] + text.encode() + raw[node.end_col_offset :]
        ).decode()
    return "".join(lines)


def _imports_module(tree: ast.Module, module: str) -> bool:
    """Whether a top-level `import module` (unaliased) binds it for `module.x` reads."""
    return any(
        isinstance(node, ast.Import) and any(a.name == module and not a.asname for a in node.names)
        for node in tree.body
    )


def _names_text(node: ast.ImportFrom) -> list[str]:
    return [_alias_text(a) for a in node.names]


def _base(node: ast.ImportFrom, package: str) -> str:
    parts = package.split(".") if package else []
    return ".".join(parts[: len(parts) - (node.level - 1)] if node.level > 1 else parts)


def _only_statement_of_block(tree: ast.Module, node: ast.stmt) -> bool:
    for parent in ast.walk(tree):
        for field_name in ("body", "orelse", "finalbody"):
            block = getattr(parent, field_name, None)
            if isinstance(block, list) and node in block:
                return len(block) == 1 and not isinstance(parent, ast.Module)
    return False


def _binds_apart(index: ModuleIndex, base: str, names: list[str], missing: str, file: str) -> bool:
    """Whether the package `base` binds every name otherwise than by importing it from `missing`,
    the module the failing statement names (the review of round 49): a package whose `__init__`
    takes the name from that same module fails the same way when imported from, and a package's
    own `__init__` importing from itself reads a module that has not finished running."""
    if not base or not names or base not in index.modules or index.modules[base] == file:
        return False
    if not set(names) <= index.exports(base):
        return False
    tree = index.tree(base)
    if tree is None:
        return False
    taken = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and _absolute(node, base) == missing
        for alias in node.names
    }
    return not (set(names) & taken) - top_level_definitions(tree)


def _package_of(index: ModuleIndex, file: str) -> str:
    module = index.module_of(file) or ""
    return module if file.endswith("__init__.py") else module.rpartition(".")[0]


def _absolute(node: ast.ImportFrom, package: str) -> str:
    if not node.level:
        return node.module or ""
    parts = package.split(".") if package else []
    base = parts[: len(parts) - (node.level - 1)] if node.level > 1 else parts
    return ".".join([*base, *([node.module] if node.module else [])])


def _from_definer(
    site: _Site, node: ast.ImportFrom, names: list[str], *, defined: str | None, skip: set[str | None]
) -> list[tuple[str | None, str]]:
    """`node` importing `names` from each repository module that exports them all and defines
    `defined` itself (any of them when None): the one that has them, not a mere re-exporter."""
    index = site.index
    package = _package_of(index, site.failure.file)
    own = {defined} if defined else set(names)
    edits: list[tuple[str | None, str]] = []
    for target in sorted(index.modules):
        if target in skip or not set(names) <= index.exports(target) or not own & index.defines(target):
            continue
        level, written = _relative_to(target, package, node.level)
        aliases = [_alias_text(a) for a in node.names if a.name != "*"]
        statement = _format_from(written, aliases, level, site.indent(node))
        edits.append((site.replace_statement(node, statement), f"import {' and '.join(names)} from {target}"))
    return edits


def _relative_to(target: str, package: str, level: int) -> tuple[int, str]:
    """(level, module) to write: relative, at the statement's own level, when the statement was
    relative and the target lies under the package that level names (`from .._common.paths` ->
    `from .._common.util`, a module of the importer's parent package, round 51); else absolute."""
    parts = package.split(".") if package else []
    if level < 1 or level > len(parts):
        return 0, target
    base = ".".join(parts[: len(parts) - (level - 1)])
    if target.startswith(base + "."):
        return level, target[len(base) + 1 :]
    return 0, target


def variadic_parameter(source: str, tree: ast.Module, line: int, name: str) -> str | None:
    """The source with `*name` or `**name` added to the signature of the innermost function holding
    `line`, when the body unpacks `name` that way in a call and the signature has no parameter of
    that kind (`*name` only where no keyword-only parameter or bare `*` would have to move)."""
    functions = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.lineno <= line <= (node.end_lineno or node.lineno)
    ]
    if not functions:
        return None
    function = max(functions, key=lambda node: node.lineno)
    starred = keyworded = False
    for node in ast.walk(function):
        if isinstance(node, ast.Call):
            starred |= any(
                isinstance(a, ast.Starred) and isinstance(a.value, ast.Name) and a.value.id == name
                for a in node.args
            )
            keyworded |= any(
                k.arg is None and isinstance(k.value, ast.Name) and k.value.id == name for k in node.keywords
            )
    arguments = function.args
    if keyworded and arguments.kwarg is None:
        added, before = f"**{name}", None
    elif starred and arguments.vararg is None and not arguments.kwonlyargs:
        added, before = f"*{name}", arguments.kwarg
    else:
        return None
    lines = source.splitlines(keepends=True)
    starts = [0]
    for text in lines:
        starts.append(starts[-1] + len(text))
    if before is not None:
        # Before `**kw`: its `**` is the two characters before the parameter's name.
        at = starts[before.lineno - 1] + before.col_offset - 2
        return source[:at] + added + ", " + source[at:]
    every = [*arguments.posonlyargs, *arguments.args]
    defaults = [d for d in arguments.defaults if d.end_lineno is not None]
    ends = [(a.end_lineno, a.end_col_offset) for a in [*every, *defaults] if a.end_lineno is not None]
    if arguments.vararg is not None:
        ends.append((arguments.vararg.end_lineno, arguments.vararg.end_col_offset))
    ends += [(a.end_lineno, a.end_col_offset) for a in arguments.kwonlyargs]
    ends += [(d.end_lineno, d.end_col_offset) for d in arguments.kw_defaults if d is not None]
    if not ends:
        # No parameter yet: right after the signature's `(`.
        opening = source.find("(", starts[function.lineno - 1] + function.col_offset)
        if opening < 0:
            return None
        return source[: opening + 1] + added + source[opening + 1 :]
    end_line, end_col = max(ends)
    at = starts[end_line - 1] + end_col
    return source[:at] + ", " + added + source[at:]


def qualified_exports(name: str, options: set[str] | frozenset[str], *, module: str) -> list[str]:
    """Options whose words are the leading or trailing words of `name`, the rest naming the module
    (`compile_regex` -> `compile` of `re`, `json_loads` -> `loads` of `json`): a module's function
    imported under a qualified alias, the `as` lost. Those whose extra words name the module first
    (whole or abbreviated: `re` ~ `regex`), then the longest; private names never."""
    words = tokens(name)
    last = tokens(module.rsplit(".", 1)[-1])
    found: list[tuple[bool, int, str]] = []
    for option in options:
        have = tokens(option)
        if option.startswith("_") or not have or len(have) >= len(words):
            continue
        if words[: len(have)] == have:
            extra = words[len(have) :]
        elif words[-len(have) :] == have:
            extra = words[: -len(have)]
        else:
            continue
        names_module = any(w == m or abbreviates(m, w) or abbreviates(w, m) for w in extra for m in last)
        found.append((not names_module, -len(have), option))
    return [option for *_, option in sorted(found)][:3]


def _close(word: str, options: set[str] | frozenset[str], n: int = 3) -> list[str]:
    return difflib.get_close_matches(word, sorted(options), n=n, cutoff=0.75)


def _realiased(
    site: _Site, node: ast.Import | ast.ImportFrom, alias: ast.alias, asname: str | None
) -> str | None:
    """The source with `node` rewritten so that `alias` binds `asname` (its own name for None), on the
    import's line, which the candidate then reports."""
    kept = [a if a is not alias else ast.alias(name=alias.name, asname=asname) for a in node.names]
    if isinstance(node, ast.ImportFrom):
        statement = _format_from(
            node.module or "", [_alias_text(a) for a in kept], node.level, site.indent(node)
        )
    else:
        statement = f"{site.indent(node)}import {', '.join(_alias_text(a) for a in kept)}\n"
    new = site.replace_statement(node, statement)
    site.lines_of[new or ""] = node.lineno
    return new


def _global_read(tree: ast.Module, name: str) -> bool:
    """Whether the module-level `name` is read anywhere: a load of it outside every function that
    binds `name` locally (a local `operator = ...` in a method reads its own, not the import)."""

    def local_names(function: ast.AST) -> set[str]:
        bound: set[str] = set()
        declared: set[str] = set()
        args = function.args  # type: ignore[attr-defined]
        for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]:
            if arg is not None:
                bound.add(arg.arg)
        for node in ast.walk(function):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store | ast.Del):
                bound.add(node.id)
            elif isinstance(node, ast.Global | ast.Nonlocal):
                declared.update(node.names)
        return bound - declared

    def reads(node: ast.AST, shadowed: bool) -> bool:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            shadowed = shadowed or name in local_names(node)
        if isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Load):
            return not shadowed
        return any(reads(child, shadowed) for child in ast.iter_child_nodes(node))

    return reads(tree, False)


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


def _rename_at(source: str, alias: ast.alias, new: str) -> str | None:
    """The source with the name of one imported alias (not its `as` name) replaced by `new`. Lines
    counted as the compiler counts them (a form feed or U+2028 in a comment splits no line)."""
    lines = split_lines(source)
    if alias.lineno is None or not 1 <= alias.lineno <= len(lines):
        return None
    text = lines[alias.lineno - 1]
    if text[alias.col_offset : alias.col_offset + len(alias.name)] != alias.name:
        return None
    lines[alias.lineno - 1] = text[: alias.col_offset] + new + text[alias.col_offset + len(alias.name) :]
    return "".join(lines)


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


def _isort_key(name: str) -> tuple[int, str]:
    """isort's default order of names in one `from` import: CONSTANTS, Classes, functions."""
    bare = name.split(" as ")[0]
    kind = 0 if bare.isupper() and len(bare) > 1 else 1 if bare[:1].isupper() else 2
    return kind, bare.lower()


def add_import(source: str, module: str, name: str, *, package: str = "") -> str | None:
    """`source` importing `name` from `module` too: added to a one-line `from module import ...` of the
    file when there is one (relative ones resolved against `package`), else a new statement."""
    tree = parse(source)
    if tree is None:
        return None
    lines = source.splitlines(keepends=True)
    for node in tree.body:
        if not isinstance(node, ast.ImportFrom) or _absolute(node, package) != module:
            continue
        if any(alias.name == "*" for alias in node.names):
            return source
        if any((alias.asname or alias.name) == name for alias in node.names):
            return source
        if node.lineno != node.end_lineno:
            continue
        names = sorted([*(_alias_text(a) for a in node.names), name], key=_isort_key)
        start, end, text = _segment(lines, node)
        indent = text[: len(text) - len(text.lstrip())]
        return _replace_lines(lines, start, end, _format_from(node.module or "", names, node.level, indent))
    stdlib = module.split(".")[0] in stdlib_modules()
    return insert_import(source, tree, f"from {module} import {name}", stdlib=stdlib)


def _kind_of_name(name: str) -> str:
    """What a name's spelling says it is, by PEP 8: CONSTANT, ClassName, function_name."""
    bare = name.strip("_")
    if bare.isupper():
        return "constant"
    return "class" if bare[:1].isupper() else "function"


def _definition_kinds(tree: ast.Module | None) -> dict[str, str]:
    kinds: dict[str, str] = {}
    for node in tree.body if tree is not None else []:
        if isinstance(node, ast.ClassDef):
            kinds[node.name] = "class"
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            kinds[node.name] = "function"
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    kinds[target.id] = _kind_of_name(target.id)
    return kinds


def cannot_load(index: ModuleIndex, module: str, failure: Failure) -> bool:
    """Whether the repository's `module` fails at once when imported in the sandbox: one of its
    unguarded top-level imports names a top-level module the sandbox's Python does not have. The
    sandbox's own listing (`installed_modules`, pkgutil's top-level modules: the standard library's
    files and the installed distributions) decides, builtins and the repository's packages aside;
    False whenever that listing is unknown (never a hand list of removed modules)."""
    installed = failure.extra.get("installed_modules")
    tree = index.tree(module)
    if not isinstance(installed, list) or not installed or tree is None:
        return False
    known = set(installed) | set(sys.builtin_module_names) | index.top_level() | {"__future__"}
    for node in tree.body:
        if isinstance(node, ast.Import):
            tops = [alias.name.split(".")[0] for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            tops = [node.module.split(".")[0]]
        else:
            continue
        if any(top not in known for top in tops):
            return True
    return False


MAX_NAMESPACE_NODES = 200_000  # nodes walked for a name's reads (a generated module is left out past it)


def _namespace_reads(tree: ast.Module, name: str) -> tuple[list[str], bool]:
    """(attributes read off `name`, whether every read of `name` is `name.attr` or `name[...]`)."""
    attributes: list[str] = []
    parents: dict[int, ast.AST] = {}
    reads: list[ast.Name] = []
    for count, node in enumerate(ast.walk(tree)):
        if count > MAX_NAMESPACE_NODES:
            return [], False
        for child in ast.iter_child_nodes(node):
            parents[id(child)] = node
        if isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Load):
            reads.append(node)
    if not reads:
        return [], False
    for read in reads:
        parent = parents.get(id(read))
        if isinstance(parent, ast.Attribute) and parent.value is read:
            if parent.attr not in attributes:
                attributes.append(parent.attr)
        elif not (isinstance(parent, ast.Subscript) and parent.value is read):
            return attributes, False
    return attributes, True


def _unbound_reads(tree: ast.Module) -> list[str]:
    """Names the module reads that nothing in it binds (no assignment, def, class, import,
    parameter) and that are no builtins, in order of first read; empty for a very large tree."""
    bound: set[str] = set()
    read: list[str] = []
    for count, node in enumerate(ast.walk(tree)):
        if count > MAX_NAMESPACE_NODES:
            return []
        if isinstance(node, ast.Name):
            (read.append if isinstance(node.ctx, ast.Load) else bound.add)(node.id)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
        elif isinstance(node, ast.alias):
            bound.add((node.asname or node.name).split(".")[0])
        elif isinstance(node, ast.ExceptHandler) and node.name:
            bound.add(node.name)
        elif isinstance(node, ast.Global | ast.Nonlocal):
            bound.update(node.names)
        elif isinstance(node, ast.MatchAs | ast.MatchStar) and node.name:
            bound.add(node.name)
    return [n for n in dict.fromkeys(read) if n not in bound and not hasattr(builtins, n)]
