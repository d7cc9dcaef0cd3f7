"""IMPORT: `cannot import name X from P` where X lives in one of P's submodules (or siblings).

Python's import system (the language reference, "The import system"; PEP 328 for relative
imports, PEP 451 for module specs) binds `from P import X` to the attribute X of the module P
after P's `__init__` ran, or to the submodule `P.X`. A package does not expose what its
submodules define unless its `__init__` imports it: `from lxml import CDATA` fails while
`from lxml.etree import CDATA` works, and `from pkg import helper` fails while
`from pkg.sub import helper` works. The repair is to import X from the module that really
provides it, keeping the rest of the import line where it was.

Where X is looked for:
- the repository's own packages: the modules under P (at any depth) that define X, that are
  themselves named X (a module imported from the wrong package), or — when P is a plain module —
  its sibling modules; and the package `__init__`s elsewhere in the repository that re-export X.
  Read with `ast` (ModuleIndex), never imported;
- an installed package (not the repository's): the sandbox's Python walks P's directory, reading
  each `.py` submodule with `ast` and importing only compiled extension modules (lxml.etree has
  no source to read), and says which submodules define X (SUBMODULE_EXPORTERS_CODE).
A module that does not provide X is never proposed. Targets are ranked by how close they are to
the importing context: the package the importing file is in first (the nearest shared dotted
prefix), then a submodule whose name shares a word with X (`tinycss2.nth` for `parse_nth`), then
the shallower module.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from healer.engine.pyindex import ModuleIndex, parse_exporters
from healer.engine.types import BugType, Failure

MAX_SOURCES = 4
CANNOT_IMPORT_FROM = re.compile(
    r"cannot import name '([^']+)' from (?:partially initialized module )?'([^']+)'"
)

# Run with the SANDBOX's python: `python -c CODE P X...`. Prints "rank:module" for every module
# under P (P's siblings when P is a plain module) that provides every X: rank 0 defines it (a
# def/class/assignment, a compiled module's own class or function, or a submodule named X),
# rank 1 only imports it (a re-export). Source files are parsed, never executed; only compiled
# extension modules are imported, since they have no source. Private modules, tests and more
# than a few hundred files are skipped: this answers a question, it does not audit a package.
SUBMODULE_EXPORTERS_CODE = r"""
import ast, importlib, importlib.util, json, os, sys, warnings
warnings.simplefilter("ignore")
package, names = sys.argv[1], [n for n in sys.argv[2:] if n.isidentifier()]
EXTENSIONS = (".so", ".pyd")

def spec_of(name):
    try:
        return importlib.util.find_spec(name)
    except BaseException:
        return None

def roots(name):
    spec = spec_of(name)
    return list(getattr(spec, "submodule_search_locations", None) or []) if spec else []

base, places = package, roots(package)
if not places and "." in package:
    base = package.rpartition(".")[0]
    places = roots(base)

def source_rank(path, name):
    try:
        with open(path, encoding="utf-8") as handle:
            tree = ast.parse(handle.read())
    except BaseException:
        return None
    imported = False
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.name == name:
            return 0
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return 0
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            imported = imported or any((a.asname or a.name.split(".")[0]) == name for a in node.names)
    return 1 if imported else None

def compiled_rank(module_name, name):
    try:
        module = importlib.import_module(module_name)
    except BaseException:
        return None
    if not hasattr(module, name):
        return None
    value = getattr(module, name)
    return 0 if getattr(value, "__module__", module_name) == module_name else 1

found, seen = [], 0
for place in places:
    for directory, subdirs, files in os.walk(place):
        subdirs[:] = sorted(
            d for d in subdirs
            if d.isidentifier() and not d.startswith("_") and d not in ("test", "tests")
            and os.path.exists(os.path.join(directory, d, "__init__.py"))
        )
        relative = os.path.relpath(directory, place)
        prefix = base if relative == "." else base + "." + relative.replace(os.sep, ".")
        for file in sorted(files):
            stem = file.split(".")[0]
            if seen > 400 or not stem.isidentifier() or (stem.startswith("_") and stem != "__init__"):
                continue
            module_name = prefix if stem == "__init__" else prefix + "." + stem
            if module_name == package:
                continue
            seen += 1
            path, ranks = os.path.join(directory, file), []
            for name in names:
                if stem == "__init__" and (name + ".py" in files or name in subdirs):
                    ranks.append(0)  # the package's own submodule named X
                elif file.endswith(".py"):
                    ranks.append(source_rank(path, name))
                elif file.endswith(EXTENSIONS):
                    ranks.append(compiled_rank(module_name, name))
                else:
                    ranks.append(None)
            if names and all(r is not None for r in ranks):
                found.append((max(ranks), module_name))
found = sorted(set(found))
print("HEALER-JSON:" + json.dumps([f"{rank}:{module}" for rank, module in found]))
"""


def repository_sources(
    index: ModuleIndex, *, package: str, names: list[str], importer: str | None
) -> list[str]:
    """Repository modules that provide every name in `names` instead of `package`, best first.

    A module provides X when it defines X at its top level, or has a submodule X (`from Q import X`
    binds the submodule Q.X); a package `__init__` anywhere also provides X when it re-exports it
    (imports it at its top level), since importing from a package's public face is what its
    `__init__` is for. `package` itself and the importing module are never sources."""
    if not names:
        return []
    scope = package if index.submodules(package) else package.rpartition(".")[0]
    ranked: list[tuple[int, str]] = []
    for module in index.modules:
        if module in (package, importer):
            continue
        under = bool(scope) and module.startswith(scope + ".")
        is_package = index.modules[module].endswith("__init__.py")
        if not under and not is_package:
            continue  # outside the package, only another package's public face (its `__init__`)
        rank = _repository_rank(index, module=module, names=names, re_export=is_package)
        if rank is None:
            continue
        ranked.append((rank, module))
    return rank_by_context([m for _, m in sorted(ranked)], names=names, importer=importer)


def _repository_rank(index: ModuleIndex, *, module: str, names: list[str], re_export: bool) -> int | None:
    """0 when `module` defines every name (or has it as a submodule); 1 when a package re-exports
    some of them; None when it lacks one."""
    defined, submodules = index.defines(module), index.submodules(module)
    exported = index.exports(module) if re_export else set()
    rank = 0
    for name in names:
        if name in defined or name in submodules:
            continue
        if name in exported:
            rank = 1
            continue
        return None
    return rank


def rank_by_context(modules: list[str], *, names: list[str], importer: str | None) -> list[str]:
    """`modules` (already sorted by how surely they provide the names), the nearest to the importing
    context first: the longest dotted prefix shared with the importing module, then a last
    component sharing a word with an imported name, then fewer dots. Stable otherwise."""
    words = {w for name in names for w in _words(name)}
    home = (importer or "").split(".")

    def key(module: str) -> tuple[int, int, int]:
        parts = module.split(".")
        shared = 0
        for mine, theirs in zip(parts, home[:-1], strict=False):
            if mine != theirs:
                break
            shared += 1
        return (-shared, 0 if words & set(_words(parts[-1])) else 1, len(parts))

    return sorted(dict.fromkeys(modules), key=key)[:MAX_SOURCES]


def _words(name: str) -> list[str]:
    return [w.lower() for w in re.split(r"_+|(?<=[a-z0-9])(?=[A-Z])", name) if w]


def submodule_query(
    *, failure: Failure, read: Callable[[str], str | None], source_files: Iterable[str]
) -> tuple[str, str] | None:
    """(P, X) to ask the sandbox about (SUBMODULE_EXPORTERS_CODE) for `cannot import name X from P`
    when P is an installed package, not the repository's (whose modules the fixer reads itself).
    Only the name Python named: another missing name of the line is the next failure's."""
    if failure.bug_type is not BugType.IMPORT or not failure.file.endswith(".py"):
        return None
    exc = failure.extra.get("exception") or {}
    match = CANNOT_IMPORT_FROM.search(f"{failure.message}\n{exc.get('message', '')}")
    if match is None or not all(part.isidentifier() for part in match.group(2).split(".")):
        return None
    name, package = match.group(1), match.group(2)
    if not name.isidentifier() or package.split(".")[0] in ModuleIndex.build(source_files, read).top_level():
        return None
    return package, name


def sandbox_sources(failure: Failure, query: tuple[str, ...] | None) -> list[tuple[int, str]]:
    """The sandbox's answer for `query`, as (rank, module); empty when it was not asked."""
    answers = failure.extra.get("submodule_sources")
    if query is None or not isinstance(answers, dict):
        return []
    return parse_exporters(answers.get(" ".join(query)))
