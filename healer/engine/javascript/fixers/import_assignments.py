"""An imported binding assigned by the importer: the write goes through the module that owns it.

An ES module's import is a read-only live view of the exporting module's variable: `nextHull++` in
the importer is tsc's "Cannot assign to 'nextHull' because it is an import." (TS2632) and V8's
"TypeError: Assignment to constant variable." at run time. Only the owning module can change the
variable, and when it does so for its importers it exports a function that does it (`takeHullNumber()`
whose body runs `nextHull += 1`). The repair, where that function exists and takes no argument: the
importer's assignment replaced by a call of the owner's function (imported beside the variable when it
is not yet), so the count moves where the module keeps it and the value the assignment stood for is
the one the owner returns.

Not reached: an owner with no function that writes the variable (a setter would have to be invented),
or one whose writer takes arguments (which value to pass is another search).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_nodes
from healer.engine.javascript.modules import resolve
from healer.engine.javascript.syntax import encode, node_text, parse, walk

IMPORT_ASSIGNED = re.compile(r"Cannot assign to '(?P<name>[\w$]+)' because it is an import")
CONSTANT_ASSIGNED = re.compile(r"Assignment to constant variable")
WRITES = ("assignment_expression", "augmented_assignment_expression", "update_expression")


def import_assignment_candidates(
    text: str, path: str, *, line: int, message: str, sources: Mapping[str, str]
) -> list[Candidate]:
    """The assignment at `line` to an imported name replaced by a call of the exporting module's own
    function that writes that name (see the module docstring)."""
    match = IMPORT_ASSIGNED.search(message)
    if match is None and not CONSTANT_ASSIGNED.search(message):
        return []
    tree = parse(text, path)
    if tree is None:
        return []
    root = tree.root_node
    imported = _imported_names(root)
    found: list[Candidate] = []
    data = encode(text)
    for write in (n for n in walk(root) if n.type in WRITES and n.start_point.row == line - 1):
        target = write.child_by_field_name("left") or write.child_by_field_name("argument")
        if target is None or target.type != "identifier":
            continue
        name = node_text(target)
        if (match is not None and name != match["name"]) or name not in imported:
            continue
        statement, specifier = imported[name]
        owner = resolve(path, specifier, list(sources))
        owner_text = sources.get(owner) if owner else None
        if owner_text is None:
            continue
        for writer in _writers(owner_text, owner, name=name):
            edits = {write: f"{writer}()"}
            if writer not in imported:
                edits[statement] = _with_specifier(node_text(statement), writer)
            found.append(
                Candidate(path, replace_nodes(data, edits), line,
                          f"change the imported '{name}' through {writer}(), the function its module exports to write it")
            )  # fmt: skip
    return parsing(found, original=text, path=path)


def _imported_names(root) -> dict[str, tuple[object, str]]:
    """Each name a named import binds: (its import statement's clause `{ ... }`, the specifier)."""
    found = {}
    for statement in root.named_children:
        if statement.type != "import_statement":
            continue
        source = statement.child_by_field_name("source")
        if source is None:
            continue
        for node in walk(statement):
            if node.type == "named_imports":
                for specifier in node.named_children:
                    if specifier.type != "import_specifier":
                        continue
                    local = specifier.child_by_field_name("alias") or specifier.child_by_field_name("name")
                    if local is not None:
                        found[node_text(local)] = (node, node_text(source).strip("'\"`"))
    return found


def _with_specifier(clause: str, name: str) -> str:
    """`{ a, b }` with `name` added last."""
    inner = clause.strip()[1:-1].strip().rstrip(",")
    return f"{{ {inner}, {name} }}" if inner else f"{{ {name} }}"


def _writers(text: str, path: str, *, name: str) -> list[str]:
    """The exported functions of the owning module that take no required argument and write `name`."""
    tree = parse(text, path)
    if tree is None:
        return []
    writers = []
    for statement in tree.root_node.named_children:
        declaration = (
            statement.child_by_field_name("declaration") if statement.type == "export_statement" else None
        )
        if declaration is None or declaration.type != "function_declaration":
            continue
        parameters = declaration.child_by_field_name("parameters")
        required = [
            p for p in (parameters.named_children if parameters is not None else [])
            if p.type in ("identifier", "required_parameter")
            and (p.type == "identifier" or p.child_by_field_name("value") is None)
        ]  # fmt: skip
        if required:
            continue
        for node in walk(declaration):
            target = node.child_by_field_name("left") or node.child_by_field_name("argument")
            if node.type in WRITES and target is not None and node_text(target) == name:
                writers.append(node_text(declaration.child_by_field_name("name")))
                break
    return writers
