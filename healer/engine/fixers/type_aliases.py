"""A standard-library function imported under an alias, whose file-taking sibling was meant.

The standard library names its text and file readers/writers in pairs: `json.loads(text)` and
`json.load(file)`, likewise `pickle`, `marshal`, `tomllib` and `plistlib` (`loads`/`load`,
`dumps`/`dump`): the `s` is "string". When the string function is handed an open file, CPython
refuses the file object by its type name ("the JSON object must be str, bytes or bytearray, not
TextIOWrapper", "a bytes-like object is required, not '_io.BufferedReader'"). The crash line calls
the function, but the wrong value is the FUNCTION, chosen where its name was bound: at the import,
often a module-level alias (`from json import loads as _load`) far from the call. So for a call on
the crash line whose function is a name bound by `from M import N [as A]` in the same file (M in
the standard library), and a message refusing a file object, the import is re-pointed at N's
sibling without the `s`, when M really has it (read from the module, standard library only). A call
through the module (`json.loads(f)`) gets the same rename at the call. Nothing here names a project.
"""

from __future__ import annotations

import ast
import importlib
import re
import sys

from healer.engine.fixers.lineedit import Edit, SourceFile

# CPython's io classes, as a message names a file object it refused.
FILE_OBJECT = re.compile(
    r"\b(?:_io\.)?(?:TextIOWrapper|BufferedReader|BufferedWriter|BufferedRandom|FileIO|BytesIO|StringIO)\b"
)
PRIOR_SIBLING = 0.9
# The standard modules that name their readers in string/file pairs (the module docstring's): safe
# to import. Any other standard module is read only when already loaded (_sibling).
PAIRED_MODULES = frozenset({"json", "pickle", "marshal", "tomllib", "plistlib"})


def file_refused(messages: list[str]) -> bool:
    return any(FILE_OBJECT.search(message) for message in messages)


def _sibling(module: str, name: str) -> str | None:
    """The file-taking sibling of a standard-library module's string function (`loads` -> `load`)."""
    if module.split(".")[0] not in sys.stdlib_module_names or not name.endswith("s") or len(name) < 3:
        return None
    loaded = sys.modules.get(module)
    if loaded is None and module in PAIRED_MODULES:
        try:
            loaded = importlib.import_module(module)
        except Exception:  # a standard module this platform lacks: nothing is known of it
            return None
    if loaded is None:
        # Importing runs the module in the engine's own process: `this` and `antigravity` print and
        # open a browser, `unittest.__main__` runs the engine's cwd's tests and exits the process.
        # A module the engine has not loaded is imported only when it is one of the known pairs'.
        return None
    sibling = name[:-1]
    return (
        sibling
        if callable(getattr(loaded, sibling, None)) and callable(getattr(loaded, name, None))
        else None
    )


def _imports(sf: SourceFile) -> dict[str, tuple[ast.ImportFrom, ast.alias]]:
    """Names bound by `from M import N [as A]` anywhere in the file: bound name -> (import, alias)."""
    found: dict[str, tuple[ast.ImportFrom, ast.alias]] = {}
    for node in ast.walk(sf.tree):
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                found[alias.asname or alias.name] = (node, alias)
    return found


def _modules(sf: SourceFile) -> dict[str, str]:
    """Names bound by `import M [as A]`: bound name -> module."""
    found: dict[str, str] = {}
    for node in ast.walk(sf.tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found[alias.asname or alias.name.split(".")[0]] = (
                    alias.name if alias.asname else alias.name.split(".")[0]
                )
    return found


def sibling_function_edits(sf: SourceFile, lines: list[int], messages: list[str]) -> list[Edit]:
    """Edits re-pointing a string function handed a file at its file-taking sibling (see the module)."""
    if not file_refused(messages):
        return []
    imports = _imports(sf)
    modules = _modules(sf)
    found: list[Edit] = []
    seen: set[tuple[int, int]] = set()
    for line in lines:
        for node in sf.nodes_touching(line):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            if isinstance(func, ast.Name) and func.id in imports:
                made, alias = imports[func.id]
                sibling = _sibling(made.module or "", alias.name)
                if sibling is None or alias.asname is None or alias.lineno != alias.end_lineno:
                    # without an alias the rename would unbind the name the file calls (NameError)
                    continue
                start = sf.lines[alias.lineno - 1].find(alias.name, alias.col_offset)
                if start < 0 or (alias.lineno, start) in seen:
                    continue
                seen.add((alias.lineno, start))
                found.append(
                    Edit(
                        line=alias.lineno,
                        spans=((start, start + len(alias.name), sibling),),
                        description=f"import {made.module}.{sibling}, which takes a file, not {alias.name}, "
                        f"which takes a string: `{func.id}` is called with an open file",
                        prior=PRIOR_SIBLING,
                        kind="sibling-function",
                        making_site=alias.lineno not in lines,
                    )
                )
            elif (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id in modules
                and func.end_lineno == func.lineno
            ):
                sibling = _sibling(modules[func.value.id], func.attr)
                if sibling is None:
                    continue
                end = func.end_col_offset or 0
                start = end - len(func.attr)
                if (func.lineno, start) in seen:
                    continue
                seen.add((func.lineno, start))
                found.append(
                    Edit(
                        line=func.lineno,
                        spans=((start, end, sibling),),
                        description=f"call {modules[func.value.id]}.{sibling}, which takes a file, "
                        f"not {func.attr}, which takes a string",
                        prior=PRIOR_SIBLING,
                        kind="sibling-function",
                    )
                )
    return found
