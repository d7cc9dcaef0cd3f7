"""IMPORT, last tier: a STRUCTURAL search over the failing import statement and the names it binds.

The spelling search (`import_search.py`) looks for a near NAME in the universe of what exists. Real
import mistakes are as often STRUCTURAL: the right name taken from the wrong module, a module imported
as a name of a package, a module importing from itself, a from-import where the code spells the
module, a guard that does not catch the import error. This fixer rewrites the statement's STRUCTURE
and keeps its names, every candidate resolved statically before any sandbox trial:

- providers by EXACT name: the modules that export every name the statement takes (the repository's
  modules read with `ast`, the sandbox's standard library (STDLIB_EXPORTERS_CODE's answers) and its
  installed top-level modules read with `ast`, never imported (INSTALLED_EXPORTERS_CODE)); a name
  that is itself a module is imported as one (`from . import pkg` -> `import pkg`);
- the module's own name: a module importing from itself (a relative `.csv` inside a module named
  csv, a circular import of a partially initialised module) takes the same names from the module of
  the same last name elsewhere that exports them (the standard library's, an installed one);
- import forms: `from m.sub import N` where the code reads `m.sub.N` (a NameError for `m`) becomes
  `import m` / `import m.sub`, the statement replaced when nothing reads what it bound, else kept;
  a name the statement takes but the file binds elsewhere is dropped from it; a name read but
  bound nowhere is added to the from-import of a module the file already imports that exports it;
- guards: an import inside `try:` whose handlers cannot catch the error it raises (checked against
  the builtin exception hierarchy: ModuleNotFoundError < ImportError) gets its handler corrected
  to ImportError, or widened with it.

Ranked by structural distance (one statement rewritten in place before a statement added, the names
kept), then the provider's nearness to the importing file. A provider whose exports are unknown is
never proposed: the static guard is positive knowledge that it binds the names.
"""

from __future__ import annotations

import ast
import builtins
import configparser
import importlib.util
import re
import tomllib
from functools import cache

from healer.engine.fixers.base import Candidate, RepairContext
from healer.engine.fixers.import_search import (
    CANNOT_IMPORT,
    MAX_CANDIDATES,
    NO_MODULE,
    NOT_DEFINED,
    Universe,
    _candidates,
    _Edit,
    _failure_text,
    _replace,
    search_start,
)
from healer.engine.pyindex import parse, parse_exporters, stdlib_modules
from healer.engine.types import BugType, Failure

# Run with the SANDBOX's python: `python -c CODE NAME...`. The installed (non-standard) top-level
# modules that bind every NAME, read with `ast` from their `__init__.py` or module file, never
# imported: top-level definitions, assignments, imports, `__all__`, and one level of the package's
# own `from .sub import *` (regex's flags live in regex.regex). "0:module" per exporter.
INSTALLED_EXPORTERS_CODE = r"""
import ast, json, os, pkgutil, sys
wanted = [n for n in sys.argv[1:] if n.isidentifier()]

def read(path):
    try:
        with open(path, encoding="utf-8") as handle:
            return ast.parse(handle.read())
    except BaseException:
        return None

def names(tree, folder, depth):
    found = set()
    for node in tree.body if tree is not None else ():
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            found.add(node.name)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found.add(target.id)
                    if target.id == "__all__" and isinstance(node.value, (ast.List, ast.Tuple)):
                        found.update(e.value for e in node.value.elts if isinstance(e, ast.Constant) and isinstance(e.value, str))
        elif isinstance(node, ast.Import):
            found.update((a.asname or a.name.split(".")[0]) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.name != "*":
                    found.add(alias.asname or alias.name)
                elif node.level == 1 and node.module and folder and depth == 0:
                    sub = os.path.join(folder, *node.module.split("."))
                    path = sub + ".py" if os.path.isfile(sub + ".py") else os.path.join(sub, "__init__.py")
                    found |= names(read(path), None, 1)
    return found

found = []
for info in pkgutil.iter_modules():
    if info.name in sys.stdlib_module_names or not info.name.isidentifier() or len(found) > 20:
        continue
    folder = os.path.join(getattr(info.module_finder, "path", ""), info.name)
    path = os.path.join(folder, "__init__.py") if info.ispkg else folder + ".py"
    if not os.path.isfile(path):
        continue
    bound = names(read(path), folder if info.ispkg else None, 0)
    if all(n in bound for n in wanted):
        found.append("0:" + info.name)
print("HEALER-JSON:" + json.dumps(sorted(found)))
"""

# The import errors a guard must catch, by the message's kind.
RAISED = {"No module named": ModuleNotFoundError, "cannot import name": ImportError}


def installed_query(failure: Failure, read) -> tuple[str, ...] | None:
    """The names to ask INSTALLED_EXPORTERS_CODE about: the failing from-import's names, when its
    module is missing or does not bind them, or the undefined name (one query per failure)."""
    if failure.bug_type is not BugType.IMPORT or not failure.file.endswith(".py"):
        return None
    text = _failure_text(failure)
    if (match := NOT_DEFINED.search(text)) is not None:
        return (match.group(1) or match.group(2),)
    if NO_MODULE.search(text) is None and CANNOT_IMPORT.search(text) is None:
        return None
    source = read(failure.file)
    tree = parse(source) if source is not None else None
    for node in ast.walk(tree) if tree is not None else ():
        if isinstance(node, ast.ImportFrom) and node.lineno <= failure.line <= (node.end_lineno or 0):
            names = tuple(a.name for a in node.names if a.name.isidentifier() and not a.name.startswith("_"))
            return names[:6] or None
    return None


# modules a build backend writes at build time (setuptools_scm's `write_to`, hatch-vcs), and the
# text names they bind
VERSION_MODULES = frozenset({"_version", "version", "__version__", "_about"})
VERSION_NAMES = frozenset({"__version__", "version", "VERSION"})
VERSION_TEXT = re.compile(r"""\d+(?:\.\d+)*(?:[-.+]?[A-Za-z0-9.]+)?""")


def declared_version(ctx: RepairContext) -> str:
    """The version the project's own metadata declares: pyproject's `[project] version`, setup.cfg's
    `[metadata] version`, or an sdist's PKG-INFO `Version:`; "" when none is a literal."""

    def read(path: str) -> str:
        try:
            return ctx.workspace.read_text(path)
        except (OSError, ValueError, UnicodeDecodeError):
            return ""

    found = ""
    try:
        project = tomllib.loads(read("pyproject.toml")).get("project", {})
        found = project.get("version", "") if isinstance(project, dict) else ""
    except tomllib.TOMLDecodeError:
        found = ""
    if not found:
        parser = configparser.ConfigParser(interpolation=None)
        try:
            parser.read_string(read("setup.cfg"))
            found = parser.get("metadata", "version", fallback="")
        except configparser.Error:
            found = ""
    if not found:
        match = re.search(r"^Version:\s*(\S+)\s*$", read("PKG-INFO"), re.MULTILINE)
        found = match.group(1) if match else ""
    return found if isinstance(found, str) and VERSION_TEXT.fullmatch(found) else ""


class ImportStructureFixer:
    bug_types = frozenset({BugType.IMPORT})
    fallback = True

    def candidates(self, failure: Failure, ctx: RepairContext) -> list[Candidate]:
        start = search_start(failure, ctx)
        if start is None:
            return []
        source, tree, universe, text = start
        site = _Structure(source=source, tree=tree, failure=failure, universe=universe)
        site.version = declared_version(ctx) if NO_MODULE.search(text) else ""
        if (match := NO_MODULE.search(text)) is not None:
            site.guard(match.group(1), ModuleNotFoundError)
            site.missing_module(match.group(1))
        elif (match := CANNOT_IMPORT.search(text)) is not None:
            site.guard(match.group(2), ImportError)
            site.wrong_provider(name=match.group(1), module=match.group(2), circular="partially" in text)
        elif (match := NOT_DEFINED.search(text)) is not None:
            site.undefined(match.group(1) or match.group(2))
        return _candidates(failure, source, site.edits)[:MAX_CANDIDATES]


class _Structure:
    def __init__(self, *, source: str, tree: ast.Module, failure: Failure, universe: Universe) -> None:
        self.source, self.tree, self.failure, self.universe = source, tree, failure, universe
        self.lines = source.splitlines(keepends=True)
        self.module = universe.index.module_of(failure.file) or failure.file[:-3].replace("/", ".")
        is_package = failure.file.endswith("__init__.py")
        self.package = self.module if is_package else self.module.rpartition(".")[0]
        self.edits: list[_Edit] = []
        self.version = ""  # the project's declared version (declared_version), when asked

    # -- what exports what, known positively ----------------------------------------------------
    def exports(self, module: str, names: list[str]) -> bool:
        """The static guard: `module` is known to bind every name (or to have it as a submodule)."""
        names = [n for n in names if n != "*"]
        if module in self.universe.index.modules:
            bound = self.universe.index.exports(module)
            return all(n in bound for n in names)
        if module in self.universe.bound:
            return all(n in self.universe.binds(module) for n in names)  # type: ignore[operator]
        public = [n for n in names if not n.startswith("_")]
        # The sandbox's answers: the modules exporting all of a query's names. A query holds at
        # most a few of a long statement's names, all of them taken by it and the one the error
        # names among them.
        for key in ("stdlib_exporters", "installed_exporters"):
            answers = self.failure.extra.get(key)
            for query, answer in answers.items() if isinstance(answers, dict) else ():
                asked = query.split()
                if asked and set(asked) <= set(public) and module in {m for _, m in parse_exporters(answer)}:
                    return True
        return False

    def providers(self, names: list[str], *, skip: set[str]) -> list[str]:
        """Every module known to export all `names`, nearest to the importing file first."""
        found: set[str] = set()
        index = self.universe.index
        for module in index.modules:
            # A module that imports this one back is no provider: the import would be a cycle.
            if (
                module not in skip
                and self.exports(module, names)
                and not index.imports_back(module, self.module)
            ):
                found.add(module)
        for key in ("stdlib_exporters", "installed_exporters"):
            answers = self.failure.extra.get(key)
            for answer in answers.values() if isinstance(answers, dict) else ():
                found |= {m for _, m in parse_exporters(answer) if m not in skip and self.exports(m, names)}
        return sorted(found, key=lambda m: (self._farness(m), m))

    def _farness(self, module: str) -> float:
        if module not in self.universe.index.modules:
            return 1.0  # the standard library's or an installed module: after the repository's
        shared = 0
        for mine, theirs in zip(module.split("."), self.module.split("."), strict=False):
            if mine != theirs:
                break
            shared += 1
        return 1.0 / (2 + shared)

    # -- guards -------------------------------------------------------------------------------------
    def guard(self, module: str, raised: type[BaseException]) -> None:
        """An import under `try:` whose handlers cannot catch what it raises: the handler corrected
        to ImportError (the documented base of both import errors), or widened with it."""
        for node in ast.walk(self.tree):
            if not isinstance(node, ast.Try) or not node.handlers:
                continue
            imports = [
                sub
                for statement in node.body
                for sub in ast.walk(statement)
                if isinstance(sub, (ast.Import, ast.ImportFrom)) and _names_module(sub, module, self.package)
            ]
            if not imports or any(_catches(h.type, raised) for h in node.handlers):
                continue
            for handler in node.handlers:
                if handler.type is None or not _builtin_exceptions(handler.type):
                    continue
                written = ast.get_source_segment(self.source, handler.type)
                if written is None or handler.type.lineno != handler.type.end_lineno:
                    continue
                self._span(0.3, handler.type, "ImportError", "catch ImportError in the import's guard")
                inner = written[1:-1].rstrip().rstrip(",") if isinstance(handler.type, ast.Tuple) else written
                self._span(0.6, handler.type, f"({inner}, ImportError)", "catch ImportError too in the guard")

    # -- No module named 'x' --------------------------------------------------------------------
    def missing_module(self, missing: str) -> None:
        """`from gone import N`: N from a module that exports it (Beautiful Soup 3's module
        `BeautifulSoup` -> bs4, which exports the class)."""
        for node in ast.walk(self.tree):
            if not isinstance(node, ast.ImportFrom) or not _names_module(node, missing, self.package):
                continue
            names = [a.name for a in node.names]
            self.version_literal(node, missing, names)
            providers = self.providers(names, skip={self.module})
            own = [p for p in providers if p in self.universe.index.modules]
            # Round 50: a module missing from the repository's own package whose names another of
            # its modules binds: those are the names meant. A standard-library or installed module
            # that shares them (`logging.Filter` for the package's Filter) is another object, so it
            # is not offered, lest a lenient suite pass it as a wrong fix.
            if own and missing.split(".")[0] in self.universe.index.top_level():
                providers = own
            for place, provider in enumerate(providers):
                self._add(1.0 + place * 0.1, self._from(node, provider), f"import from {provider}", node)

    def version_literal(self, node: ast.ImportFrom, missing: str, names: list[str]) -> None:
        """`from ._version import __version__` where the version module is one a build backend writes
        (setuptools_scm, hatch-vcs: `_version.py`, `version.py`) and the sdist does not ship: the
        version the project's own metadata declares, written as the literal the module would hold."""
        last = missing.rpartition(".")[2]
        own = node.level > 0 or missing.split(".")[0] in self.universe.index.top_level()
        if last not in VERSION_MODULES or not own or not self.version:
            return
        if not names or not all(n in VERSION_NAMES for n in names):
            return
        indent = " " * node.col_offset
        start, end = node.lineno, node.end_lineno or node.lineno
        bound = {a.asname or a.name for a in node.names}
        text = "".join(f'{indent}{name} = "{self.version}"\n' for name in sorted(bound))
        self._add(
            0.2,
            _replace(self.lines, start, end, text),
            f"the version the metadata declares: {self.version}",
            node,
        )

    # -- cannot import name 'N' from 'M' ------------------------------------------------------------
    def wrong_provider(self, *, name: str, module: str, circular: bool) -> None:
        for node in ast.walk(self.tree):
            if not isinstance(node, ast.ImportFrom) or not _names_module(node, module, self.package):
                continue
            alias = next((a for a in node.names if a.name == name), None)
            if alias is None:
                continue
            names = [a.name for a in node.names]
            # A module importing from itself: the same names from the module of its last name.
            if module == self.module or circular:
                last = module.rpartition(".")[2]
                for option in (last, *self.providers(names, skip={module, self.module})):
                    if option != module and self.exports(option, names):  # known to export: it exists
                        self._add(
                            0.5 if option == last else 1.0,
                            self._from(node, option),
                            f"import from {option}",
                            node,
                        )
            # The name is a module itself: imported as one.
            if self.universe.exists(name) and name not in self.universe.index.submodules(module):
                text = f"import {name}" + (f" as {alias.asname}" if alias.asname else "")
                self._add(0.5, self._without(node, alias, add=text), f"import {name} as a module", node)
            # The name bound elsewhere in the file: dropped from this statement.
            if self._bound_elsewhere(alias.asname or name, node):
                self._add(0.4, self._without(node, alias), f"drop {name} from the import", node)
            # The name from a module that exports it, the rest left where they are.
            for place, provider in enumerate(self.providers([name], skip={module, self.module})[:4]):
                written = f"{name} as {alias.asname}" if alias.asname else name
                add = f"from {provider} import {written}"
                new = (
                    self._from(node, provider)
                    if len(node.names) == 1
                    else self._without(node, alias, add=add)
                )
                self._add(1.0 + place * 0.1, new, f"import {name} from {provider}", node)

    # -- name 'x' is not defined --------------------------------------------------------------------
    def undefined(self, name: str) -> None:
        for node in self.tree.body:
            if not isinstance(node, ast.ImportFrom) or node.level or not node.module:
                continue
            if node.module.split(".")[0] == name:
                self._module_form(name, node)
        # A name read but bound nowhere: added to the from-import of a module that exports it.
        for node in self.tree.body:
            one_line = isinstance(node, ast.ImportFrom) and node.lineno == node.end_lineno
            if not one_line or not node.module or node.level or any(a.name == "*" for a in node.names):
                continue
            if self.exports(node.module, [name]):
                # After the last name as written (a comment or parenthesis after it stays after it).
                encoded = self.lines[node.lineno - 1].encode()
                at = node.names[-1].end_col_offset or 0
                line = (encoded[:at] + f", {name}".encode() + encoded[at:]).decode()
                new = _replace(self.lines, node.lineno, node.lineno, line)
                self._add(0.8, new, f"import {name} from {node.module} too", node)

    def _module_form(self, name: str, node: ast.ImportFrom) -> None:
        """`from m.sub import N` while the code reads `m.sub.N`: `import m` (or `import m.sub`, or
        `import m.N` when N is a submodule); the statement replaced when nothing reads what it bound."""
        module = node.module or ""
        # The statement's own names kept first (`from os import path` -> `import os.path`), then
        # the module the NameError names, then the statement's module.
        options = [
            f"{module}.{alias.name}"
            for alias in node.names
            if alias.asname is None and _is_module(f"{module}.{alias.name}", self.universe)
        ]
        options += [name, module]
        bound = {a.asname or a.name for a in node.names}
        reads = any(
            isinstance(n, ast.Name) and n.id in bound and isinstance(n.ctx, ast.Load)
            for n in ast.walk(self.tree)
        )
        indent = " " * node.col_offset
        start, end = node.lineno, node.end_lineno or node.lineno
        statement = "".join(self.lines[start - 1 : end])
        # Reported at the read that spells the module (the NameError's line): the form of the
        # import is repaired to serve that read.
        here = self.failure.line
        for place, option in enumerate(dict.fromkeys(options)):
            if reads:
                new = _replace(self.lines, start, end, f"{indent}import {option}\n{statement}")
                self._add(
                    1.0 + place * 0.1, new, f"import {option} too, as line {here} reads it", node, line=here
                )
            else:
                new = _replace(self.lines, start, end, f"{indent}import {option}\n")
                description = f"import {option} in place of the from-import, as line {here} reads it"
                self._add(0.5 + place * 0.1, new, description, node, line=here)

    # -- edits --------------------------------------------------------------------------------------
    def _bound_elsewhere(self, name: str, skip: ast.AST) -> bool:
        for node in ast.walk(self.tree):
            is_import = isinstance(node, (ast.Import, ast.ImportFrom)) and node is not skip
            if is_import and any((a.asname or a.name.split(".")[0]) == name for a in node.names):
                return True
        return False

    def _from(self, node: ast.ImportFrom, target: str) -> str:
        """The statement importing its names from `target` (absolute), its names kept as written."""
        start, end = node.lineno, node.end_lineno or node.lineno
        text = "".join(self.lines[start - 1 : end])
        head = text.find(" import ")
        prefix = text[: len(text) - len(text.lstrip())]
        return _replace(self.lines, start, end, f"{prefix}from {target}{text[head:]}")

    def _without(self, node: ast.ImportFrom, alias: ast.alias, *, add: str = "") -> str:
        """The statement without `alias` (gone when it was its only name), `add` after it."""
        start, end = node.lineno, node.end_lineno or node.lineno
        indent = " " * node.col_offset
        rest = [a for a in node.names if a is not alias]
        text = ""
        if rest:
            names = ", ".join(f"{a.name} as {a.asname}" if a.asname else a.name for a in rest)
            text = f"{indent}from {'.' * node.level}{node.module or ''} import {names}\n"
        if add:
            text += f"{indent}{add}\n"
        return _replace(self.lines, start, end, text)

    def _span(self, rank: float, node: ast.expr, text: str, description: str) -> None:
        encoded = self.lines[node.lineno - 1].encode()
        line = (encoded[: node.col_offset] + text.encode() + encoded[node.end_col_offset :]).decode()
        self._add(rank, _replace(self.lines, node.lineno, node.lineno, line), description, node)

    def _add(self, rank: float, new: str | None, description: str, node: ast.AST, *, line: int = 0) -> None:
        if new is not None:
            self.edits.append(_Edit(rank, new, description, line or getattr(node, "lineno", 1)))


def _names_module(node: ast.Import | ast.ImportFrom, module: str, package: str) -> bool:
    """Whether the statement imports `module` (or a module under it, or its package)."""
    if isinstance(node, ast.ImportFrom):
        base = package.split(".") if package else []
        if node.level > 1:
            base = base[: len(base) - (node.level - 1)]
        absolute = ".".join([*(base if node.level else []), *([node.module] if node.module else [])])
        targets = [absolute]
    else:
        targets = [a.name for a in node.names]
    return any(t == module or t.startswith(module + ".") or module.startswith(t + ".") for t in targets)


def _builtin_exceptions(node: ast.expr) -> list[type[BaseException]] | None:
    """The builtin exception classes a handler names, or None when it names anything else."""
    elements = node.elts if isinstance(node, ast.Tuple) else [node]
    found = []
    for element in elements:
        value = getattr(builtins, element.id, None) if isinstance(element, ast.Name) else None
        if not (isinstance(value, type) and issubclass(value, BaseException)):
            return None
        found.append(value)
    return found


def _catches(node: ast.expr | None, raised: type[BaseException]) -> bool:
    """Whether a handler catches `raised`; one that names anything but builtins is assumed to."""
    if node is None:
        return True
    classes = _builtin_exceptions(node)
    return classes is None or any(issubclass(raised, cls) for cls in classes)


def _is_module(dotted: str, universe: Universe) -> bool:
    if universe.exists(dotted):
        return True
    return dotted.split(".")[0] in stdlib_modules() and _stdlib_spec(dotted)


@cache
def _stdlib_spec(dotted: str) -> bool:
    # The standard library's own packages only (os, xml): finding a submodule imports its parents.
    try:
        return importlib.util.find_spec(dotted) is not None
    except (ImportError, ValueError):
        return False


FIXERS = [ImportStructureFixer()]
