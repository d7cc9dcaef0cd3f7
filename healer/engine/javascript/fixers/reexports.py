"""A re-export of a name its module does not export (`export { Lock, passageTime } from './lock.js'`
where lock.ts exports `passageMinutes`): tsc's TS2305/TS2724 ("has no exported member named
'passageTime'. Did you mean 'passageMinutes'?"), Node's "does not provide an export named".

It is the identifier-typo template (PyTER's and TBar's "mutate variable") applied to the export
specifier: the module's exported names nearest to the written one (the compiler's suggestion first).
Two ways to write it: the specifier renamed (`passageMinutes`), which the package's consumers then
import by the module's name, or aliased (`passageMinutes as passageTime`), which keeps the name the
index exported. Which one the project means is read from its modules and tests: when some file imports
the written name and none the module's, the alias goes first; otherwise the rename.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from healer.engine.javascript.fixers.base import Candidate, replace_span
from healer.engine.javascript.syntax import SOURCE_EXTENSIONS, encode, node_text, parse, walk

Reader = Callable[[str], str | None]


def reexport_candidates(
    text: str,
    path: str,
    *,
    specifier: str,
    name: str,
    closest: list[str],
    files: Collection[str],
    read: Reader,
) -> list[Candidate]:
    tree = parse(text, path)
    if tree is None or not closest:
        return []
    data = encode(text)
    found: list[Candidate] = []
    for node in walk(tree.root_node):
        if node.type != "export_specifier":
            continue
        statement = node.parent.parent if node.parent is not None else None
        source = statement.child_by_field_name("source") if statement is not None else None
        exported = node.child_by_field_name("name")
        if source is None or exported is None or node_text(exported) != name:
            continue
        if node_text(source)[1:-1] != specifier:
            continue
        alias = node.child_by_field_name("alias")
        line = node.start_point.row + 1
        for better in (n for n in closest if n != name):
            renamed = Candidate(path, replace_span(data, exported.start_byte, exported.end_byte, better), line,
                                f"re-export '{better}', the name '{specifier}' exports, for '{name}'")  # fmt: skip
            if alias is not None:
                found.append(renamed)
                continue
            aliased = Candidate(
                path, replace_span(data, exported.start_byte, exported.end_byte, f"{better} as {name}"), line,
                f"re-export '{better}', the name '{specifier}' exports, as '{name}'",
            )  # fmt: skip
            kept = _imported_anywhere(name, files=files, read=read, besides=path) and not _imported_anywhere(
                better, files=files, read=read, besides=path
            )
            found += [aliased, renamed] if kept else [renamed, aliased]
    return found


def _imported_anywhere(name: str, *, files: Collection[str], read: Reader, besides: str) -> bool:
    """Whether a module or test of the project imports `name` by a named import."""
    for file in files:
        if file == besides or not file.endswith(SOURCE_EXTENSIONS) or "node_modules/" in file:
            continue
        source = read(file)
        if source is None or name not in source:
            continue
        tree = parse(source, file)
        if tree is None:
            continue
        for node in walk(tree.root_node):
            if node.type == "import_specifier":
                imported = node.child_by_field_name("name")
                if imported is not None and node_text(imported) == name:
                    return True
    return False
