"""IMPORT: the name lives in a SIBLING package of the same family (`oslo_serialization` -> `oslo_utils`).

Distributions are often split into families of top-level packages that share a prefix (`oslo_utils`,
`oslo_serialization`, `oslo_config`; `google.cloud`, `azure.core`; `zope_interface`), and a module
taken from the wrong member fails with `cannot import name 'strutils' from 'oslo_serialization'`
(or, for `import A.name` / `from A.name import x`, `No module named 'A.name'`). Python binds
`from P import X` to P's attribute X or to the submodule P.X (the language reference, "The import
system"), so the repair is to take X from the package that really has it, keeping the statement's
shape. The family is read from what EXISTS, never from a list kept here:

- the sandbox's installed top-level packages (its dependency phase's site-packages), walked on disk
  with `pkgutil.iter_modules()` by SIBLING_PROVIDERS_CODE, and the repository's own packages
  (ModuleIndex): a package is a sibling when its top-level name shares the failing package's first
  word (the part before `_` or `.`), or when the project already imports it elsewhere;
- a sibling provides X when X is its submodule (`X.py` or `X/__init__.py`, rank 0) or its
  `__init__` binds X at the top level (read with `ast`, never imported; rank 1).

Ranked by how often the project imports the provider's top-level package (a family member the
project already depends on first), then submodule before attribute, then name. A provider the
sandbox or the repository does not positively show is never proposed.
"""

from __future__ import annotations

import ast
import re

from healer.engine.fixers.base import Candidate, RepairContext
from healer.engine.fixers.import_search import (
    CANNOT_IMPORT,
    NO_MODULE,
    _candidates,
    _Edit,
    _failure_text,
    _from_statement,
    _import_statement,
)
from healer.engine.fixers.lineedit import split_lines
from healer.engine.pyindex import ModuleIndex, parse, parse_exporters, stdlib_modules
from healer.engine.types import BugType, Failure

MAX_FAMILY = 4

# Run with the SANDBOX's python: `python -c CODE PACKAGE NAME [ALSO...]`. Every installed top-level
# package (not the standard library's, not PACKAGE's own top level) whose name shares PACKAGE's first
# word (before `_` or `.`), or that is named in ALSO (the top-level modules the project imports),
# and that provides NAME: "0:pkg" when NAME is its submodule, "1:pkg" when its `__init__` binds NAME
# at the top level (read with ast, never imported). A few hundred packages at most are looked at.
SIBLING_PROVIDERS_CODE = r"""
import ast, json, os, pkgutil, re, sys
package, name, also = sys.argv[1], sys.argv[2], set(sys.argv[3:])
top = package.split(".")[0]
word = re.split(r"[_.]", top)[0]

def binds(path):
    try:
        with open(path, encoding="utf-8") as handle:
            tree = ast.parse(handle.read())
    except BaseException:
        return False
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.name == name:
            return True
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return True
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            if any((a.asname or a.name.split(".")[0]) == name for a in node.names):
                return True
    return False

found, seen = set(), 0
for info in pkgutil.iter_modules():
    other = info.name
    if other == top or other in sys.stdlib_module_names or not other.isidentifier() or not info.ispkg:
        continue
    if re.split(r"[_.]", other)[0] != word and other not in also:
        continue
    seen += 1
    if seen > 300:
        break
    folder = os.path.join(getattr(info.module_finder, "path", ""), other)
    if os.path.isfile(os.path.join(folder, name + ".py")) or os.path.isfile(os.path.join(folder, name, "__init__.py")):
        found.add("0:" + other)
    elif binds(os.path.join(folder, "__init__.py")):
        found.add("1:" + other)
print("HEALER-JSON:" + json.dumps(sorted(found)))
"""


def _word(module: str) -> str:
    return re.split(r"[_.]", module)[0]


def family_query(failure: Failure, read, source_files) -> tuple[str, ...] | None:
    """(PACKAGE, NAME, ALSO...) to ask SIBLING_PROVIDERS_CODE about, or None.

    `cannot import name 'X' from 'P'` and `No module named 'P.X'` where P's top level is installed
    (not the repository's, not the standard library's): ALSO is every other installed-looking top
    level the project's source files import (the packages the project already depends on)."""
    if failure.bug_type is not BugType.IMPORT or not failure.file.endswith(".py"):
        return None
    split = _split(failure)
    if split is None:
        return None
    package, name = split
    index = ModuleIndex.build(source_files, read)
    top = package.split(".")[0]
    if top in index.top_level() or top in stdlib_modules():
        return None
    counts = imported_tops(source_files, read)
    also = sorted(m for m in counts if m != top and m not in index.top_level() and m not in stdlib_modules())
    return (package, name, *also[:40])


def _split(failure: Failure) -> tuple[str, str] | None:
    text = _failure_text(failure)
    if (match := CANNOT_IMPORT.search(text)) is not None:
        name, package = match.group(1), match.group(2)
    elif (match := NO_MODULE.search(text)) is not None and "." in match.group(1):
        package, _, name = match.group(1).rpartition(".")
    else:
        return None
    if not name.isidentifier() or not all(part.isidentifier() for part in package.split(".")):
        return None
    return package, name


def imported_tops(source_files, read) -> dict[str, int]:
    """How many import statements of the project's source files take each absolute top level."""
    counts: dict[str, int] = {}
    for file in source_files:
        if not file.endswith(".py"):
            continue
        tree = parse(read(file) or "")
        for node in ast.walk(tree) if tree is not None else ():
            if isinstance(node, ast.Import):
                tops = {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                tops = {node.module.split(".")[0]}
            else:
                continue
            for top in tops:
                counts[top] = counts.get(top, 0) + 1
    return counts


class ImportFamilyFixer:
    """`from P import X` / `import P.X` where X is a sibling family package's (see the module doc)."""

    bug_types = frozenset({BugType.IMPORT})
    fallback = False

    def candidates(self, failure: Failure, ctx: RepairContext) -> list[Candidate]:
        if not failure.file.endswith(".py") or ctx.is_test_file(failure.file):
            return []
        split = _split(failure)
        if split is None:
            return []
        package, name = split
        source = ctx.source(failure.file)
        tree = parse(source)
        if tree is None:
            return []
        files = ctx.source_files or tuple(f for f in ctx.workspace.iter_files() if f.endswith(".py"))
        counts = imported_tops(files, ctx.source_or_none)
        providers = self._providers(failure, ctx, files, package, name)
        if not providers:
            return []
        ranked = sorted(providers.items(), key=lambda item: (-counts.get(item[0], 0), item[1], item[0]))
        lines = split_lines(source)  # as ast counts them (str.splitlines() also breaks at a form feed)
        edits: list[_Edit] = []
        for place, (other, _rank) in enumerate(ranked[:MAX_FAMILY]):
            for node in ast.walk(tree):
                edit = _rewrite(node, lines, package=package, name=name, other=other)
                if edit is not None:
                    new, description = edit
                    edits.append(
                        _Edit(
                            place + (0 if node.lineno == failure.line else 0.5), new, description, node.lineno
                        )
                    )
        return _candidates(failure, source, edits)

    def _providers(
        self, failure: Failure, ctx: RepairContext, files, package: str, name: str
    ) -> dict[str, int]:
        """Top-level sibling package -> rank (0: X is its submodule, 1: its `__init__` binds X)."""
        found: dict[str, int] = {}
        answers = failure.extra.get("family_providers")
        for query, answer in answers.items() if isinstance(answers, dict) else ():
            asked = query.split()
            if asked[:2] == [package, name]:
                for rank, module in parse_exporters(answer):
                    found[module] = min(rank, found.get(module, rank))
        # The repository's own packages of the family.
        index = ModuleIndex.build(files, ctx.source_or_none)
        top = package.split(".")[0]
        for other in index.top_level():
            if other == top or _word(other) != _word(top) or other not in index.modules:
                continue
            if name in index.submodules(other):
                found[other] = 0
            elif name in index.exports(other):
                found.setdefault(other, 1)
        return found


def _rewrite(
    node: ast.AST, lines: list[str], *, package: str, name: str, other: str
) -> tuple[str, str] | None:
    """The statement `node` with `package` replaced by the sibling `other` where it takes `name`."""
    if isinstance(node, ast.ImportFrom) and not node.level and node.module:
        if node.module == package and any(a.name == name for a in node.names):
            if len(node.names) == 1:
                return (
                    _from_statement(lines, node, other, "", 0),
                    f"import {name} from {other}, the sibling package that has it: `from {other} import {name}`",
                )
            return None  # the other names stay with P: a split statement is the search's
        if node.module == f"{package}.{name}":
            target = f"{other}.{name}"
            return (
                _from_statement(lines, node, target, "", 0),
                f"import from {target}, the sibling package that has it: `from {target} import ...`",
            )
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.name == f"{package}.{name}" and alias.asname:
                target = f"{other}.{name}"
                return (
                    _import_statement(lines, node, alias, target),
                    f"import {target}, the sibling package that has it: `import {target} as {alias.asname}`",
                )
    return None


FIXERS = [ImportFamilyFixer()]
