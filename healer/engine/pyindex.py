"""What a repository's modules define, read with `ast` from their text (never imported)."""

from __future__ import annotations

import ast
import keyword
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

# Run with the SANDBOX's python (`python -c CODE NAME...`): the standard-library modules, submodules
# included, that export every NAME, as "rank:module" strings, best first. Names move between
# modules across Python versions (collections.Mapping -> collections.abc, fractions.gcd -> math),
# so the answer must come from the interpreter the project runs on, never from a list kept here.
# rank 0: a class or function defined in that module; 1: listed in its __all__ (a re-export or a
# constant); 2: a public constant of a module without __all__. Classes and functions a module
# merely imported for itself (http.client.urlsplit) are not exports.
# Left out of the walk: modules with side effects on import (antigravity opens a browser, this
# prints) and tool/test packages nobody imports names from; that is about safety, not names.
STDLIB_EXPORTERS_CODE = r"""
import importlib, inspect, json, pkgutil, sys, warnings
warnings.simplefilter("ignore")
SKIP = {"antigravity", "this", "idlelib", "test", "tests", "tkinter", "turtledemo", "lib2to3", "ensurepip"}
names = [n for n in sys.argv[1:] if n.isidentifier() and not n.startswith("_")]

def load(name):
    try:
        return importlib.import_module(name)
    except BaseException:
        return None

def wanted(name):
    parts = name.split(".")
    return parts[0] in sys.stdlib_module_names and not any(p.startswith("_") or p in SKIP for p in parts)

modules = {}
for top in sorted(sys.stdlib_module_names):
    module = load(top) if wanted(top) else None
    if module is None:
        continue
    modules[top] = module
    for info in pkgutil.walk_packages(getattr(module, "__path__", None) or [], top + ".", lambda n: None):
        sub = load(info.name) if wanted(info.name) else None
        if sub is not None:
            modules[info.name] = sub
for name, module in list(sys.modules.items()):
    if module is not None and wanted(name):
        modules.setdefault(name, module)

def rank(module_name, module, name):
    public = getattr(module, "__all__", None)
    try:
        value = getattr(module, name)
    except BaseException:
        return None
    listed = public is not None and name in public
    if inspect.ismodule(value) or (public is not None and not listed):
        return None
    if inspect.isclass(value) or inspect.isroutine(value):
        if getattr(value, "__module__", None) == module_name:
            return 0
        return 1 if listed else None
    return 1 if listed else 2

found = []
for module_name, module in modules.items():
    ranks = [rank(module_name, module, n) if hasattr(module, n) else None for n in names]
    if names and all(r is not None for r in ranks):
        found.append((max(ranks), module_name.count("."), module_name))
print("HEALER-JSON:" + json.dumps([f"{r}:{m}" for r, _, m in sorted(found)]))
"""


def stdlib_modules() -> frozenset[str]:
    return frozenset(name for name in sys.stdlib_module_names if not name.startswith("_"))


def parse_exporters(items: object) -> list[tuple[int, str]]:
    """A sandbox answer of "rank:module" items as (rank, module), junk dropped: STDLIB_EXPORTERS_CODE's
    and import_sources.SUBMODULE_EXPORTERS_CODE's."""
    found: list[tuple[int, str]] = []
    for item in items if isinstance(items, list) else []:
        rank, _, module = str(item).partition(":")
        if rank.isdigit() and module and all(part.isidentifier() for part in module.split(".")):
            found.append((int(rank), module))
    return found


def is_docstring(node: ast.AST | None) -> bool:
    """A statement that is only a string (a module's, class's or function's docstring when first)."""
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


def parse(source: str) -> ast.Module | None:
    try:
        return ast.parse(source)
    except (SyntaxError, ValueError, RecursionError):
        return None


MAX_SKIPPED_STATEMENTS = 5


def parse_around_errors(source: str, *, keep_names: bool = False) -> ast.Module | None:
    """The module's tree with the top-level statements that do not parse left out (at most a few).

    What a sibling module defines is still known while one of its functions has a syntax error
    (an import of that sibling is repaired in the same round as the error, not a round later); a
    tolerant parse, as editors and linters do, keeps the rest of the file.
    """
    lines = source.splitlines(keepends=True)
    for _ in range(MAX_SKIPPED_STATEMENTS + 1):
        try:
            return ast.parse("".join(lines))
        except (SyntaxError, ValueError, RecursionError) as exc:
            line = getattr(exc, "lineno", None)
            if not isinstance(line, int) or not 1 <= line <= len(lines):
                return None
            start, end = top_level_span(lines, line)
            skipped = lines[start - 1 : end]
            lines[start - 1 : end] = _header_stub(skipped) if keep_names else ["\n"] * len(skipped)
    return None


_HEADER = re.compile(r"(?:async\s+)?(def|class)\s+([A-Za-z_]\w*)")


def _header_stub(statement: list[str]) -> list[str]:
    """Blank lines in place of a statement that does not parse, but for a def or class its name
    still bound (`class Filter: pass` on the header's line): round 50, a sibling's class whose body
    has an IndentationError is still the name `from pkg.filter import Filter` means, so an import
    of it is not answered by a standard-library module that merely shares the name."""
    out = ["\n"] * len(statement)
    for place, text in enumerate(statement):
        # Round 50's review: never a keyword for a name (`def None(x):` as a stub is the same
        # SyntaxError again: the tries ran out on it and the whole module was lost).
        if (match := _HEADER.match(text)) is not None and not keyword.iskeyword(match.group(2)):
            kind, name = match.groups()
            out[place] = (
                f"class {name}: pass\n" if kind == "class" else f"def {name}(*args, **kwargs): pass\n"
            )
            break
    return out


def top_level_span(lines: list[str], line: int) -> tuple[int, int]:
    """First and last line of the top-level statement (with its decorators) around `line`."""

    def opens(number: int) -> bool:
        text = lines[number - 1]
        return bool(text.strip()) and not text[0].isspace() and not text.startswith(("#", ")", "]", "}"))

    start = line
    while start > 1 and not opens(start):
        start -= 1
    while start > 1 and lines[start - 2].startswith("@"):
        start -= 1
    end = line
    while end < len(lines) and not opens(end + 1):
        end += 1
    return start, end


def top_level_definitions(tree: ast.Module) -> set[str]:
    """Names a module defines itself: functions, classes, assigned names (not imports)."""
    names: set[str] = set()
    for node in _top_statements(tree.body):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                names.update(_target_names(target))
        elif isinstance(node, ast.AnnAssign | ast.AugAssign):
            names.update(_target_names(node.target))
    return names


def top_level_imports(tree: ast.Module) -> set[str]:
    """Names a module's imports bind when it runs: not those under `if TYPE_CHECKING:` (False at run
    time, typing documents), which `from module import name` cannot take."""
    names: set[str] = set()
    checking = {
        id(sub)
        for node in tree.body
        if isinstance(node, ast.If) and ast.unparse(node.test).endswith("TYPE_CHECKING")
        for statement in node.body
        for sub in ast.walk(statement)
    }
    for node in _top_statements(tree.body):
        if id(node) in checking:
            continue
        if isinstance(node, ast.Import):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            names.update(alias.asname or alias.name for alias in node.names if alias.name != "*")
    return names


def _top_statements(body: list[ast.stmt]) -> Iterable[ast.stmt]:
    """Module-level statements, looking inside if/try blocks (guarded definitions)."""
    for node in body:
        yield node
        if isinstance(node, ast.If | ast.Try):
            for block in (
                node.body,
                node.orelse,
                getattr(node, "finalbody", []),
                *[h.body for h in getattr(node, "handlers", [])],
            ):
                yield from _top_statements(block)


def _target_names(target: ast.AST) -> set[str]:
    if isinstance(target, ast.Name):
        return {target.id}
    if isinstance(target, ast.Tuple | ast.List):
        names: set[str] = set()
        for element in target.elts:
            names |= _target_names(element)
        return names
    return set()


@dataclass
class ModuleIndex:
    """Dotted module names of the repository's source files, and what each defines."""

    modules: dict[str, str] = field(default_factory=dict)  # dotted name -> file
    _read: Callable[[str], str | None] = lambda file: None
    _trees: dict[str, ast.Module | None] = field(default_factory=dict)

    @classmethod
    def build(cls, source_files: Iterable[str], read: Callable[[str], str | None]) -> ModuleIndex:
        files = [f for f in source_files if f.endswith(".py")]
        file_set = set(files)
        index = cls(_read=read)
        for file in sorted(files):
            for root in _roots_for(file, file_set):
                rel = file[len(root) + 1 :] if root else file
                parts = rel[:-3].split("/")
                if parts[-1] == "__init__":
                    parts = parts[:-1]
                if parts and all(part.isidentifier() for part in parts):
                    index.modules.setdefault(".".join(parts), file)
        return index

    def tree(self, module: str) -> ast.Module | None:
        file = self.modules.get(module)
        if file is None:
            return None
        if file not in self._trees:
            text = self._read(file)
            self._trees[file] = parse_around_errors(text, keep_names=True) if text is not None else None
        return self._trees[file]

    def defines(self, module: str) -> set[str]:
        tree = self.tree(module)
        return top_level_definitions(tree) if tree is not None else set()

    def exports(self, module: str) -> set[str]:
        tree = self.tree(module)
        if tree is None:
            return set()
        return top_level_definitions(tree) | top_level_imports(tree) | self.submodules(module)

    def submodules(self, module: str) -> set[str]:
        prefix = module + "."
        return {name[len(prefix) :].split(".")[0] for name in self.modules if name.startswith(prefix)}

    def definers(self, name: str) -> list[str]:
        return sorted(module for module in self.modules if name in self.defines(module))

    def module_of(self, file: str) -> str | None:
        names = [module for module, path in self.modules.items() if path == file]
        # The longest dotted name is the one with the package (src/pkg/m.py -> pkg.m, not src.pkg.m).
        return min(names, key=lambda name: (-name.count("."), name)) if names else None

    def top_level(self) -> set[str]:
        return {name.split(".")[0] for name in self.modules}

    def imports_back(self, module: str, target: str) -> bool:
        """Whether importing the repository's `module` runs, through its own module-level imports
        (followed from module to module), an import that takes a name from `target`: a provider of
        `target`'s missing names that would import it back, a cycle (round 56: a package's
        `__version__` taken from its own cli module, which does `from . import __version__`)."""
        seen: set[str] = set()
        todo = [module]
        while todo:
            current = todo.pop()
            if current in seen:
                continue
            seen.add(current)
            for imported in self._imported(current):
                if imported == target:
                    return True
                if imported in self.modules:
                    todo.append(imported)
        return False

    def _imported(self, module: str) -> list[str]:
        """The repository modules a module's top-level statements import: `from m import n` counts
        as m when n is a name m binds, as the submodule m.n when it is one."""
        tree = self.tree(module)
        if tree is None:
            return []
        file = self.modules.get(module, "")
        package = module if file.endswith("__init__.py") else module.rpartition(".")[0]
        found: list[str] = []
        # `if TYPE_CHECKING:` imports never run
        unrun = {
            id(sub)
            for node in _top_statements(tree.body)
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.dump(node.test)
            for sub in ast.walk(node)
        }
        for node in _top_statements(tree.body):
            if id(node) in unrun:
                continue
            if isinstance(node, ast.Import):
                found += [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = package.split(".") if package and node.level else []
                if node.level > 1:
                    base = base[: len(base) - (node.level - 1)]
                source = ".".join([*base, *([node.module] if node.module else [])])
                for alias in node.names:
                    found.append(
                        f"{source}.{alias.name}" if f"{source}.{alias.name}" in self.modules else source
                    )
        return found


def _roots_for(file: str, files: set[str]) -> list[str]:
    """Directories a file can be imported from: above its outermost package, plus the repo root and src/."""
    parts = file.split("/")
    directory = parts[:-1]
    # Climb while the directory is a package (has __init__.py).
    while directory and "/".join([*directory, "__init__.py"]) in files:
        directory = directory[:-1]
    root = "/".join(directory)
    roots = [root]
    # Namespace packages (no __init__.py) import from the repository root, except in a src/ layout.
    if root and root != "src" and not root.startswith("src/"):
        roots.append("")
    return roots
