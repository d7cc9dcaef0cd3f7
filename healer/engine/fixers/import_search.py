"""IMPORT, last tier: a bounded search over what exists, for the shapes no import family knows.

The families of `imports.py` each answer one shape of import error. This fixer answers none in
particular: it asks what EXISTS (the universe) and proposes the nearest edits of the failing import
or name that resolve in it, checked statically before any sandbox trial. It is asked only when no
family's candidate was validated (`fallback = True`).

The universe, never a list kept here:
- the repository's modules (dotted names, packages, src layout) and their top-level names, read
  with `ast` (ModuleIndex), never imported;
- the standard library's top-level modules as the interpreter reports them (`stdlib_modules`);
- the sandbox's own answers when the language asked them (`failure.extra`): the top-level modules
  of the installed distributions (`installed_modules`), the modules and top-level names under the
  deepest existing package of a missing dotted name (`module_tree`, MODULE_TREE_CODE), and the
  names a module binds (`module_names`);
- the names bound in the file itself.

The edit space (the repair literature's operators for a wrong reference: TBar's "mutate
variable/class name" templates, PyTER's name repairs), each candidate kept only when it resolves:
- a module path repaired segment by segment: the first segment that does not exist replaced by a
  child of its existing parent under a NORMALISED distance (case, `_`/`-`, British/American
  spellings, plural, Damerau-Levenshtein), the rest kept and the whole path required to exist;
- a module named from the wrong package (one or more levels off): the repository's module of the
  same last name, relative when the import was and the target is in the importer's package, the
  nearest to the importing file first;
- `from m import n` (or `m.n`) with `n` misspelt: the nearest name m binds;
- an import of a module that is not importable at run time: dropped when nothing reads what it
  binds; put under `if TYPE_CHECKING:` with postponed annotations (PEP 563) when only annotations
  read it, the way typing documents type-checker-only modules (`_typeshed`);
- an undefined name: the missing `self.`/`cls.` prefix when the enclosing class binds it, the
  module prefix when exactly one module the file imports binds it, an import when exactly one
  repository module defines it.
And in the regular tier (ImportPhaseFixer), a name read at run time but imported only under
`if TYPE_CHECKING:`: annotations postponed when only annotations read it, else the import moved
out of the guard.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from healer.engine.analysis.classify import MODULE_ATTRIBUTE
from healer.engine.fixers.base import Candidate, RepairContext, template_priority
from healer.engine.fixers.imports import add_import, cannot_load
from healer.engine.fixers.names import abbreviates, tokens
from healer.engine.pyindex import ModuleIndex, is_docstring, parse, stdlib_modules
from healer.engine.types import BugType, Failure

NO_MODULE = re.compile(r"No module named '([^']+)'")
CANNOT_IMPORT = re.compile(r"cannot import name '([^']+)' from (?:partially initialized module )?'([^']+)'")
NOT_DEFINED = re.compile(r"name '([^']+)' is not defined|Undefined name `([^`]+)`")
MAX_CANDIDATES = 8

# Run with the SANDBOX's python: `python -c CODE DOTTED`. For a dotted module name that does not
# exist, the deepest package of it that does, walked on disk (never imported): every module under
# it as "module|name,name" (its top-level names read with `ast`). A few hundred files at most.
MODULE_TREE_CODE = r"""
import ast, importlib.util, json, os, sys
parts = sys.argv[1].split(".")

def spec_of(name):
    try:
        return importlib.util.find_spec(name)
    except BaseException:
        return None

# Only the top-level package's spec is asked (find_spec of a dotted name would import its parents);
# below it the directories are followed on disk.
spec = spec_of(parts[0])
base, places = parts[0], list(getattr(spec, "submodule_search_locations", None) or [])
for part in parts[1:-1]:
    deeper = [os.path.join(p, part) for p in places if os.path.isfile(os.path.join(p, part, "__init__.py"))]
    if not deeper:
        break
    base, places = base + "." + part, deeper

def names_of(path):
    try:
        with open(path, encoding="utf-8") as handle:
            tree = ast.parse(handle.read())
    except BaseException:
        return []
    found = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            found.add(node.name)
        elif isinstance(node, ast.Assign):
            found.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            found.update((a.asname or a.name.split(".")[0]) for a in node.names if a.name != "*")
    return sorted(found)

found, seen, walked = [], 0, 0
last = parts[-1]  # past the first 300 files, a module of the missing name's last part is still listed
for place in places:
    for directory, subdirs, files in os.walk(place):
        walked += 1
        if walked > 3000:
            break
        subdirs[:] = sorted(d for d in subdirs if d.isidentifier() and os.path.exists(os.path.join(directory, d, "__init__.py")))
        relative = os.path.relpath(directory, place)
        prefix = base if relative == "." else base + "." + relative.replace(os.sep, ".")
        for file in sorted(files):
            stem = file.split(".")[0]
            if (seen > 300 and stem != last) or not stem.isidentifier() or not file.endswith(".py"):
                continue
            seen += 1
            module = prefix if stem == "__init__" else prefix + "." + stem
            found.append(module + "|" + ",".join(names_of(os.path.join(directory, file))))
print("HEALER-JSON:" + json.dumps(found))
"""


# -- the normalised distance ------------------------------------------------------------------
# Spelling variants of one word that name the same thing (British and American endings), applied
# to the end of a lower-cased word: the distance compares what is left.
_VARIANTS = (
    ("isation", "ization"),
    ("ising", "izing"),
    ("ised", "ized"),
    ("iser", "izer"),
    ("ise", "ize"),
    ("yse", "yze"),
    ("our", "or"),
    ("tre", "ter"),
)


def spelling_key(name: str) -> str:
    """`Authorise`, `authorize`, `authorizes` and `author_ize` all give `authorize`; word by word."""
    return "".join(_word_key(word) for word in tokens(name)) or name.lower()


def _word_key(word: str) -> str:
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    for british, american in _VARIANTS:
        if word.endswith(british) and len(word) > len(british) + 2:
            return word[: -len(british)] + american
    return word


def damerau(a: str, b: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions, transpositions."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def distance(wrong: str, right: str) -> float | None:
    """How far `right` is from `wrong` once case, separators, plural and British/American endings
    are set aside; None when too far to be the same name misspelt (more than one edit in five)."""
    if wrong == right:
        return None
    a, b = spelling_key(wrong), spelling_key(right)
    if a == b:
        return 0.5
    edits = damerau(a, b)
    return float(edits) if edits <= max(1, min(len(a), len(b)) // 5) else None


def nearest(wrong: str, options: Iterable[str]) -> list[str]:
    scored = sorted((d, o) for o in set(options) if (d := distance(wrong, o)) is not None)
    return [option for _, option in scored]


def shortened(wrong: str, right: str) -> bool:
    """`wrong` is `right` shortened (names.abbreviates: every character kept in order), the first half
    of it a prefix of `right` (`html5` of `html5_polyglot`, `import_hooks3` of `import_hooks_py3`). A
    name written from memory is often shortened beyond the spelling distance's one edit in five; the
    relation is loose, so its callers keep only options the static guard shows binding the names."""
    a, b = wrong.lower(), right.lower()
    return len(a) >= 3 and b.startswith(a[: len(a) // 2]) and abbreviates(a, b)


def abbreviated(wrong: str, options: Iterable[str]) -> list[str]:
    """The options `wrong` abbreviates that the spelling distance does not reach, shortest first."""
    found = {o for o in options if distance(wrong, o) is None and shortened(wrong, o)}
    return sorted(found, key=lambda o: (len(o), o))


# -- the universe -------------------------------------------------------------------------------
@dataclass
class Universe:
    """Every module known to exist, and the names each binds where known (None: exists, unread)."""

    index: ModuleIndex
    modules: set[str] = field(default_factory=set)
    bound: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, *, index: ModuleIndex, failure: Failure) -> Universe:
        universe = cls(index=index)
        universe.modules |= set(index.modules)
        universe.modules |= set(stdlib_modules())
        universe.modules |= {m for m in failure.extra.get("installed_modules") or () if isinstance(m, str)}
        for items in (failure.extra.get("module_tree") or {}).values():
            for item in items if isinstance(items, list) else ():
                module, read, names = str(item).partition("|")
                parts = module.split(".")
                if all(part.isidentifier() for part in parts):
                    # A module's packages exist too.
                    universe.modules |= {".".join(parts[:size]) for size in range(1, len(parts) + 1)}
                    if read:  # "module" alone: it exists, its names unread
                        universe.bound[module] = {n for n in names.split(",") if n.isidentifier()}
        return universe

    def exists(self, module: str) -> bool:
        return module in self.modules

    def children(self, module: str) -> set[str]:
        if not module:
            return {m.split(".")[0] for m in self.modules}
        prefix = module + "."
        return {m[len(prefix) :].split(".")[0] for m in self.modules if m.startswith(prefix)}

    def binds(self, module: str) -> set[str] | None:
        """The names `from module import ...` can take, or None when the universe has not read it."""
        if module in self.index.modules:
            return self.index.exports(module)
        if module in self.bound:
            return self.bound[module] | self.children(module)
        return None

    def resolves(self, module: str, names: list[str]) -> bool:
        """The static guard: the module exists and binds every name (or has it as a submodule)."""
        if not self.exists(module):
            return False
        bound = self.binds(module)
        return bound is None or all(name in bound or name == "*" for name in names)


# -- the fixer ----------------------------------------------------------------------------------
@dataclass
class _Edit:
    rank: float
    new: str
    description: str
    line: int
    lookalike: bool = False


class ImportSearchFixer:
    bug_types = frozenset({BugType.IMPORT})
    fallback = True

    def candidates(self, failure: Failure, ctx: RepairContext) -> list[Candidate]:
        start = search_start(failure, ctx)
        if start is None:
            return []
        source, tree, universe, text = start
        site = _Search(source=source, tree=tree, failure=failure, universe=universe)
        if (match := NO_MODULE.search(text)) is not None:
            site.missing_module(match.group(1))
        elif (match := CANNOT_IMPORT.search(text)) is not None:
            site.missing_name(name=match.group(1), module=match.group(2))
        elif (match := NOT_DEFINED.search(text)) is not None:
            site.undefined(match.group(1) or match.group(2))
        elif (match := MODULE_ATTRIBUTE.search(text)) is not None:
            site.missing_name(name=match.group(2), module=match.group(1))
        return _candidates(failure, source, site.edits)[:MAX_CANDIDATES]


class ImportPhaseFixer:
    """A name read when the module runs but imported only under `if TYPE_CHECKING:` is not missing
    an import: it is imported for the wrong phase (typing.TYPE_CHECKING is False at run time). A
    second import of it (the families' answer to a NameError) would duplicate the guarded one, so
    this regular-tier fixer, registered before the families, offers the phase repairs first:
    postponed annotations (PEP 563) when only annotations read the name, else the import moved out
    of the guard (and `TYPE_CHECKING` dropped when nothing reads it any more)."""

    bug_types = frozenset({BugType.IMPORT})
    fallback = False

    def candidates(self, failure: Failure, ctx: RepairContext) -> list[Candidate]:
        match = NOT_DEFINED.search(_failure_text(failure))
        if match is None or not failure.file.endswith(".py") or ctx.is_test_file(failure.file):
            return []
        source = ctx.source(failure.file)
        tree = parse(source)
        if tree is None:
            return []
        universe = Universe(index=ModuleIndex())
        search = _Search(source=source, tree=tree, failure=failure, universe=universe)
        search.checking_only_name(match.group(1) or match.group(2))
        return _candidates(failure, source, search.edits)


def search_start(failure: Failure, ctx: RepairContext) -> tuple[str, ast.Module, Universe, str] | None:
    """What the import searches start from: the failing file's source and tree, the universe around
    it and the failure's text; None for a test file or a file that does not parse."""
    if not failure.file.endswith(".py") or ctx.is_test_file(failure.file):
        return None
    source = ctx.source(failure.file)
    tree = parse(source)
    if tree is None:
        return None
    files = ctx.source_files or tuple(f for f in ctx.workspace.iter_files() if f.endswith(".py"))
    index = ModuleIndex.build(files, ctx.source_or_none)
    return source, tree, Universe.build(index=index, failure=failure), _failure_text(failure)


def _candidates(failure: Failure, source: str, edits: list[_Edit]) -> list[Candidate]:
    """The edits that change the file and parse, best rank first, as IMPORT candidates."""
    found: list[Candidate] = []
    seen: set[str] = set()
    for edit in sorted(edits, key=lambda e: e.rank):
        if edit.new == source or edit.new in seen or parse(edit.new) is None:
            continue
        seen.add(edit.new)
        found.append(
            Candidate(
                file=failure.file,
                new_source=edit.new,
                description=edit.description,
                line=edit.line,
                bug_type=BugType.IMPORT,
                priority=template_priority(len(found)),
                lookalike=edit.lookalike,
            )
        )
    return found


class _Search:
    def __init__(self, *, source: str, tree: ast.Module, failure: Failure, universe: Universe) -> None:
        self.source, self.tree, self.failure, self.universe = source, tree, failure, universe
        self.lines = source.splitlines(keepends=True)
        self.module = universe.index.module_of(failure.file) or failure.file[:-3].replace("/", ".")
        is_package = failure.file.endswith("__init__.py")
        self.package = self.module if is_package else self.module.rpartition(".")[0]
        self.edits: list[_Edit] = []

    # -- No module named 'x' ----------------------------------------------------------------
    def missing_module(self, missing: str) -> None:
        for node in self._imports():
            for module, names, rebuild in _references(node, self.package, self.lines):
                if (
                    module != missing
                    and not missing.startswith(module + ".")
                    and not module.startswith(missing)
                ):
                    continue
                for rank, target in self._module_repairs(module, names):
                    self._add(rank, rebuild(target), f"import {target} in place of {module}", node)
                if not self.universe.exists(module.split(".")[0]) or not self._resolvable(module):
                    self._type_checking_only(node)

    def _resolvable(self, module: str) -> bool:
        return self.universe.exists(module)

    def _module_repairs(self, module: str, names: list[str]) -> list[tuple[float, str]]:
        """Existing modules near `module`, each binding `names`: (rank, dotted name)."""
        parts = module.split(".")
        found: list[tuple[float, str]] = []
        # Segment by segment: the first segment that does not exist, replaced by a near child.
        for size in range(len(parts)):
            parent = ".".join(parts[:size])
            if size and not self.universe.exists(parent):
                break
            if self.universe.exists(".".join(parts[: size + 1])):
                continue
            children = self.universe.children(parent)
            for option in nearest(parts[size], children):
                target = ".".join([*parts[:size], option, *parts[size + 1 :]])
                if self.universe.resolves(target, names):
                    found.append(((distance(parts[size], option) or 0.0) + self._unloadable(target), target))
            # A shortened segment (`docutils.writers.html5` for `.html5_polyglot`): only when the
            # statement takes names and the child is READ to bind all of them (positive knowledge).
            for option in abbreviated(parts[size], children) if names and "*" not in names else ():
                target = ".".join([*parts[:size], option, *parts[size + 1 :]])
                bound = self.universe.binds(target)
                if self.universe.exists(target) and bound is not None and set(names) <= bound:
                    found.append((2.0 + self._unloadable(target), target))
            break
        # The module named from the wrong place: a repository module of the same last name in
        # another package (one or more levels off), the nearest to the importing file first.
        last = parts[-1]
        for option in sorted(self.universe.index.modules):
            if (
                option != module
                and option.rpartition(".")[2] == last
                and self.universe.resolves(option, names)
            ):
                found.append((3.0 + self._farness(option), option))
        # An installed package's submodule named under the wrong parent (`numpy.recfunctions` for
        # `numpy.lib.recfunctions`): the sandbox's tree of the package (MODULE_TREE_CODE) lists a
        # module of the same last name elsewhere in the same package (round 46); shallowest first.
        if len(parts) > 1 and parts[0] not in self.universe.index.top_level():
            elsewhere = sorted(
                (option.count("."), option)
                for option in self.universe.modules
                if option != module
                and option.split(".")[0] == parts[0]
                and option.rpartition(".")[2] == last
                and not any(part.startswith("_") or part == "tests" for part in option.split(".")[1:-1])
            )
            for depth, option in elsewhere[:2]:
                if self.universe.resolves(option, names):
                    found.append((2.5 + 0.1 * depth, option))
        return found

    def _farness(self, module: str) -> float:
        shared = 0
        for mine, theirs in zip(module.split("."), self.module.split("."), strict=False):
            if mine != theirs:
                break
            shared += 1
        return 1.0 / (1 + shared)

    def _type_checking_only(self, node: ast.stmt) -> None:
        """An import that cannot run, whose names only annotations read, goes under TYPE_CHECKING."""
        bound = {(a.asname or a.name).split(".")[0] for a in node.names}  # type: ignore[attr-defined]
        runtime, annotated = _uses(self.tree, bound, skip=node)
        if runtime or node.col_offset:
            return
        if not annotated:
            # Nothing reads what it binds: the import goes (never in a package's public face,
            # which other modules may import the names from).
            if not self.failure.file.endswith("__init__.py") and not _listed(self.tree, bound):
                start, end = node.lineno, node.end_lineno or node.lineno
                self._add(0.75, _replace(self.lines, start, end, ""), "drop the import nothing reads", node)
            return
        start, end = node.lineno, node.end_lineno or node.lineno
        body = "".join("    " + line if line.strip() else line for line in self.lines[start - 1 : end])
        new = _replace(self.lines, start, end, "if TYPE_CHECKING:\n" + body)
        new = _with_name_from_typing(new, "TYPE_CHECKING")
        if new is not None and not _postponed(self.tree):
            new = _with_future_annotations(new)
        if new is not None:
            self._add(1.0, new, "import it only for type checkers (under if TYPE_CHECKING:)", node)

    # -- cannot import name / module has no attribute ---------------------------------------
    def missing_name(self, *, name: str, module: str) -> None:
        bound = self.universe.binds(module)
        extra = self.failure.extra.get("module_names")
        if isinstance(extra, list):
            bound = (bound or set()) | {n for n in extra if isinstance(n, str)}
        self._relocated(name=name, module=module)
        if bound is None:
            return
        public = {n for n in bound if not n.startswith("__")}
        options = nearest(name, public)
        # A shortened name comes after every near spelling; a module that cannot load in the sandbox
        # (its own top-level import names a module the sandbox lacks) after every other option.
        ranked = [(distance(name, o) or 0.0, o) for o in options]
        # Shortened: only a submodule's name (`import_hooks3` for `import_hooks_py3`); a shortened
        # attribute name is too loose a relation (`Path` shortens `pathsep`).
        ranked += [(2.0, o) for o in abbreviated(name, public & self.universe.children(module))]
        ranked = [(rank + self._unloadable(f"{module}.{o}"), o) for rank, o in ranked]
        for node in self._imports():
            for alias in getattr(node, "names", []):
                if alias.name != name:
                    continue
                for rank, option in ranked:
                    new = _rename_alias(self.lines, node, alias, option, keep=self._reads(name))
                    if new is not None:
                        self._add(rank, new, f"import {option} in place of {name}", node)
        for attribute in ast.walk(self.tree):
            if isinstance(attribute, ast.Attribute) and attribute.attr == name:
                for option in options:
                    new = _replace_attr(self.lines, attribute, option)
                    if new is not None:
                        rank = 1.0 + (distance(name, option) or 0.0)
                        self._add(rank, new, f"read {option} in place of {name}", attribute, lookalike=True)

    def _relocated(self, *, name: str, module: str) -> None:
        """`from pkg.a import name` where `name` lives elsewhere in the same installed package: the
        sandbox's tree of the package (MODULE_TREE_CODE, read on disk, never imported) shows the
        submodule `pkg.a.b.name` (`from cryptography.hazmat import serialization` for
        `.primitives`) or a module defining it. The statement is rewritten to import from there,
        nearest in the package tree first; only for a statement whose every name the provider binds."""
        top = module.split(".")[0]
        if module in self.universe.index.modules or top in self.universe.index.top_level():
            return  # the repository's own modules: the structural search's exact providers
        providers: dict[str, float] = {}
        for other in self.universe.modules:
            if other == module or other.split(".")[0] != top:
                continue
            parent, _, last = other.rpartition(".")
            if last == name and parent and parent != module:
                providers[parent] = min(providers.get(parent, 9.0), 1.0 + 0.25 * _hops(module, parent))
            elif name in self.universe.bound.get(other, ()):
                providers[other] = min(providers.get(other, 9.0), 2.0 + 0.25 * _hops(module, other))
        for node in self._imports():
            if not isinstance(node, ast.ImportFrom) or not any(a.name == name for a in node.names):
                continue
            for absolute, names, rebuild in _references(node, self.package, self.lines):
                if absolute != module:
                    continue
                for provider, rank in sorted(providers.items(), key=lambda p: (p[1], p[0]))[:MAX_CANDIDATES]:
                    if self.universe.resolves(provider, names):
                        self._add(rank, rebuild(provider), f"import {name} from {provider}", node)

    def _unloadable(self, module: str) -> float:
        """2.0 for a repository module that cannot load in the sandbox (`cannot_load`), else 0.0."""
        return 2.0 if cannot_load(self.universe.index, module, self.failure) else 0.0

    def _reads(self, name: str) -> bool:
        return any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(self.tree))

    # -- name 'x' is not defined --------------------------------------------------------------
    def undefined(self, name: str) -> None:
        line = self.failure.line
        cls = _enclosing(self.tree, line, ast.ClassDef)
        if cls is not None and name in _class_binds(cls):
            function = _enclosing(cls, line, (ast.FunctionDef, ast.AsyncFunctionDef))
            first = function.args.args[0].arg if function is not None and function.args.args else None
            if first in ("self", "cls"):
                self._prefix(name, f"{first}.", 0.5)
        holders = [
            bound
            for bound, module in self._imported_modules().items()
            if name in (self.universe.binds(module) or set())
        ]
        if len(holders) == 1:
            self._prefix(name, f"{holders[0]}.", 1.0)
        definers = [m for m in self.universe.index.definers(name) if m != self.module]
        if len(definers) == 1:
            new = add_import(self.source, definers[0], name)
            if new is not None:
                self.edits.append(_Edit(2.0, new, f"import {name} from {definers[0]}", line))

    def checking_only_name(self, name: str) -> None:
        """`name` imported only under `if TYPE_CHECKING:` but read when the code runs: postponed
        annotations when only annotations read it, else the import taken out of the guard."""
        for guard in self.tree.body:
            if not (isinstance(guard, ast.If) and "TYPE_CHECKING" in ast.unparse(guard.test)):
                continue
            for node in guard.body:
                if not isinstance(node, (ast.Import, ast.ImportFrom)):
                    continue
                if name not in {(a.asname or a.name).split(".")[0] for a in node.names}:
                    continue
                runtime, annotated = _uses(self.tree, {name}, skip=guard)
                if annotated and not runtime and not _postponed(self.tree):
                    new = _with_future_annotations(self.source)
                    if new is not None:
                        self.edits.append(_Edit(0.2, new, "postpone annotations (PEP 563)", 1))
                statement = ast.unparse(node)
                rest = [n for n in guard.body if n is not node]
                start, end = guard.lineno, guard.end_lineno or guard.lineno
                if rest:
                    keep = "".join(self.lines[start - 1 : end])
                    own = "".join(self.lines[node.lineno - 1 : node.end_lineno or node.lineno])
                    new = _replace(self.lines, start, end, statement + "\n" + keep.replace(own, "", 1))
                else:
                    new = _without_unread_name(
                        _replace(self.lines, start, end, statement + "\n"), "TYPE_CHECKING"
                    )
                self.edits.append(_Edit(0.4, new, f"import {name} at run time", node.lineno))

    def _prefix(self, name: str, prefix: str, rank: float) -> None:
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Name) and node.id == name and node.lineno == self.failure.line:
                new = _replace_node(self.lines, node, prefix + name)
                if new is not None:
                    self.edits.append(_Edit(rank, new, f"read {prefix}{name}", node.lineno))

    def _imported_modules(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for node in self._imports():
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname or "." not in alias.name:
                        found[alias.asname or alias.name] = alias.name
        return found

    # -- helpers --------------------------------------------------------------------------------
    def _imports(self) -> list[ast.Import | ast.ImportFrom]:
        return [n for n in ast.walk(self.tree) if isinstance(n, (ast.Import, ast.ImportFrom))]

    def _add(self, rank: float, new: str | None, description: str, node: ast.AST, *, lookalike=False) -> None:
        if new is None:
            return
        # Nearer the failure's line first: the import the error names before a namesake elsewhere.
        far = 0.0 if getattr(node, "lineno", 0) == self.failure.line else 0.25
        self.edits.append(_Edit(rank + far, new, description, getattr(node, "lineno", 1), lookalike))


def _references(node: ast.Import | ast.ImportFrom, package: str, lines: list[str]):
    """(absolute module, names taken from it, text of the statement with another module) per module
    the statement imports."""
    if isinstance(node, ast.ImportFrom):
        base = package.split(".") if package else []
        if node.level > 1:
            base = base[: len(base) - (node.level - 1)]
        absolute = ".".join([*(base if node.level else []), *([node.module] if node.module else [])])
        names = [a.name for a in node.names]
        level = node.level

        def rebuild(target: str, node=node) -> str:
            return _from_statement(lines, node, target, package, level)

        yield absolute, names, rebuild
        return
    for alias in node.names:

        def rebuild(target: str, node=node, alias=alias) -> str:
            return _import_statement(lines, node, alias, target)

        yield alias.name, [], rebuild


def _from_statement(lines: list[str], node: ast.ImportFrom, target: str, package: str, level: int) -> str:
    """The statement importing from `target`, relative as it was when `target` is in the package."""
    module = target
    if level and package and target.startswith(package + "."):
        module = "." + target[len(package) + 1 :]
    start = f"from {module} import "
    text = "".join(lines[node.lineno - 1 : node.end_lineno or node.lineno])
    new_text = re.sub(r"from\s+[.\w]+\s+import\s+", start, text, count=1)
    return _replace(lines, node.lineno, node.end_lineno or node.lineno, new_text)


def _import_statement(lines: list[str], node: ast.Import, alias: ast.alias, target: str) -> str:
    text = "".join(lines[node.lineno - 1 : node.end_lineno or node.lineno])
    bound = alias.asname or alias.name.split(".")[0]
    replacement = target if alias.asname or target.split(".")[0] == bound else f"{target} as {bound}"
    new_text = re.sub(rf"(?<![\w.]){re.escape(alias.name)}(?![\w.])", replacement, text, count=1)
    return _replace(lines, node.lineno, node.end_lineno or node.lineno, new_text)


def _hops(a: str, b: str) -> int:
    """Steps between two dotted modules in their package tree."""
    x, y = a.split("."), b.split(".")
    shared = 0
    for mine, theirs in zip(x, y, strict=False):
        if mine != theirs:
            break
        shared += 1
    return len(x) + len(y) - 2 * shared


def _replace(lines: list[str], start: int, end: int, text: str) -> str:
    return "".join(lines[: start - 1]) + text + "".join(lines[end:])


def _rename_alias(lines, node, alias: ast.alias, option: str, *, keep: bool) -> str | None:
    """The import taking `option` in place of `alias.name`, bound as the old name when the file reads it."""
    start, end = node.lineno, node.end_lineno or node.lineno
    text = "".join(lines[start - 1 : end])
    written = option if alias.asname or not keep else f"{option} as {alias.name}"
    pattern = re.compile(rf"(?<![\w.]){re.escape(alias.name)}(?![\w])")
    tail_at = text.find(" import ") if isinstance(node, ast.ImportFrom) else 0
    if tail_at < 0:
        return None
    head, tail = text[:tail_at], text[tail_at:]
    new_tail, count = pattern.subn(written, tail, count=1)
    return _replace(lines, start, end, head + new_tail) if count else None


def _replace_attr(lines: list[str], node: ast.Attribute, option: str) -> str | None:
    if node.end_lineno != node.lineno or node.end_col_offset is None:
        return None
    line = lines[node.lineno - 1]
    encoded = line.encode()
    start = node.end_col_offset - len(node.attr.encode())
    if encoded[start : node.end_col_offset].decode() != node.attr:
        return None
    new = (encoded[:start] + option.encode() + encoded[node.end_col_offset :]).decode()
    return _replace(lines, node.lineno, node.lineno, new)


def _replace_node(lines: list[str], node: ast.expr, text: str) -> str | None:
    if node.end_lineno != node.lineno or node.end_col_offset is None:
        return None
    encoded = lines[node.lineno - 1].encode()
    new = (encoded[: node.col_offset] + text.encode() + encoded[node.end_col_offset :]).decode()
    return _replace(lines, node.lineno, node.lineno, new)


def _annotation_nodes(tree: ast.Module) -> set[int]:
    """ids of every node inside an annotation (parameters, returns, annotated assignments)."""
    roots: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.arg) and node.annotation is not None:
            roots.append(node.annotation)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.returns is not None:
            roots.append(node.returns)
        elif isinstance(node, ast.AnnAssign):
            roots.append(node.annotation)
    return {id(sub) for root in roots for sub in ast.walk(root)}


def _uses(tree: ast.Module, names: set[str], *, skip: ast.AST) -> tuple[bool, bool]:
    """(read at run time, read in an annotation) for any of `names`, outside `skip`."""
    inside = {id(n) for n in ast.walk(skip)}
    annotations = _annotation_nodes(tree)
    runtime = annotated = False
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in names and id(node) not in inside:
            if id(node) in annotations:
                annotated = True
            else:
                runtime = True
    return runtime, annotated


def _listed(tree: ast.Module, names: set[str]) -> bool:
    """Whether the module's `__all__` (or any string) names one of `names`: a re-export."""
    return any(isinstance(n, ast.Constant) and n.value in names for n in ast.walk(tree))


def _without_unread_name(source: str, name: str) -> str:
    """`source` with `name` dropped from its top-level `from ... import` when nothing reads it now."""
    tree = parse(source)
    if tree is None or any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(tree)):
        return source
    lines = source.splitlines(keepends=True)
    for node in tree.body:
        if not isinstance(node, ast.ImportFrom) or node.lineno != node.end_lineno:
            continue
        if not any((a.asname or a.name) == name for a in node.names):
            continue
        rest = [a for a in node.names if (a.asname or a.name) != name]
        text = ""
        if rest:
            names = ", ".join(f"{a.name} as {a.asname}" if a.asname else a.name for a in rest)
            text = f"from {'.' * node.level}{node.module or ''} import {names}\n"
        if not text and node.lineno == 1:
            return "".join(lines[1:]).lstrip("\n")  # no blank lines left at the top of the file
        return _replace(lines, node.lineno, node.lineno, text)
    return source


def _postponed(tree: ast.Module) -> bool:
    return any(
        isinstance(n, ast.ImportFrom)
        and n.module == "__future__"
        and any(a.name == "annotations" for a in n.names)
        for n in tree.body
    )


def _with_future_annotations(source: str) -> str | None:
    tree = parse(source)
    if tree is None:
        return None
    lines = source.splitlines(keepends=True)
    body = tree.body
    after = body[0].end_lineno if body and is_docstring(body[0]) else 0
    text = "from __future__ import annotations\n"
    if after:
        return "".join(lines[:after]) + "\n" + text + "".join(lines[after:])
    return text + ("\n" if body and not isinstance(body[0], ast.ImportFrom | ast.Import) else "") + source


def _with_name_from_typing(source: str, name: str) -> str | None:
    # add_import leaves the text as it is when the file already imports the name from typing.
    return add_import(source, "typing", name)


def _enclosing(tree: ast.AST, line: int, kinds) -> ast.AST | None:
    best = None
    for node in ast.walk(tree):
        inside = isinstance(node, kinds) and node.lineno <= line <= (node.end_lineno or node.lineno)
        if inside and (best is None or node.lineno >= best.lineno):
            best = node
    return best


def _class_binds(cls: ast.ClassDef) -> set[str]:
    """Names the class binds: its methods and class attributes, and what its methods assign to self."""
    names: set[str] = set()
    for node in cls.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    for node in ast.walk(cls):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.ctx, ast.Store)
            and isinstance(node.value, ast.Name)
            and node.value.id == "self"
        ):
            names.add(node.attr)
    return names


def _failure_text(failure: Failure) -> str:
    exc = failure.extra.get("exception") or {}
    return f"{failure.message}\n{exc.get('message', '')}"


# The phase fixer is registered before the import families (fixers/__init__.py): at equal priority
# the repair loop tries the earlier fixer's candidate first.
FIXERS = [ImportPhaseFixer(), ImportSearchFixer()]
