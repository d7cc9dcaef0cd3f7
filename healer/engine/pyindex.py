"""What a repository's modules define, read with `ast` from their text (never imported)."""

from __future__ import annotations

import ast
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

# Standard-library modules whose public names may be imported by `from m import name`.
# These are imported on the HOST to read their names: standard library only, never the
# repository's code, and only modules without import-time side effects.
STDLIB_NAME_SOURCES = (
    "abc", "argparse", "array", "base64", "bisect", "calendar", "collections", "collections.abc",
    "contextlib", "copy", "csv", "dataclasses", "datetime", "decimal", "enum", "fnmatch",
    "fractions", "functools", "glob", "hashlib", "heapq", "io", "itertools", "json", "logging",
    "math", "numbers", "operator", "os", "os.path", "pathlib", "pprint", "queue", "random", "re",
    "shutil", "statistics", "string", "struct", "tempfile", "textwrap", "time", "types",
    "typing", "unicodedata", "uuid", "warnings", "weakref",
)  # fmt: skip


def stdlib_modules() -> frozenset[str]:
    return frozenset(name for name in sys.stdlib_module_names if not name.startswith("_"))


def stdlib_exporters(name: str) -> list[str]:
    """Standard-library modules (of a fixed, side-effect-free list) that export `name`."""
    import importlib
    import inspect

    found: list[tuple[str, bool]] = []
    for module_name in STDLIB_NAME_SOURCES:
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue
        public = getattr(module, "__all__", None)
        if name.startswith("_") or not hasattr(module, name) or (public is not None and name not in public):
            continue
        value = getattr(module, name)
        # Re-exported modules (os.sys) are not what `from os import sys` is for.
        if inspect.ismodule(value):
            continue
        # typing.Counter and friends are deprecated aliases of the real classes elsewhere.
        real = inspect.isclass(value) or inspect.isroutine(value)
        found.append((module_name, real))
    real_ones = [module for module, real in found if real]
    return real_ones if real_ones else [module for module, _ in found]


def parse(source: str) -> ast.Module | None:
    try:
        return ast.parse(source)
    except (SyntaxError, ValueError, RecursionError):
        return None


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
    names: set[str] = set()
    for node in _top_statements(tree.body):
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
            self._trees[file] = parse(text) if text is not None else None
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
