"""no-unused-vars on a module-level declaration that another module of the project imports by name.

ESLint sees one file at a time: to it, `function addDays() {}` that the module never calls and never
exports is unused, and its suggestion removes it. But an ES module's named import binds to the
exporting module's export of that name (ECMAScript 16.2.1.6.3 ResolveExport): when a sibling
module writes `import { addDays } from './dates.js'`, the declaration was meant to be exported, and
the module cannot even be linked without it ("does not provide an export named"). So the repair
is `export` in front of the declaration, and removing it is never offered: it would delete what
the importer needs (a failure a blocked test run could not show, since nothing passed before).
"""

from __future__ import annotations

from healer.engine.javascript.fixers.base import Candidate, replace_span
from healer.engine.javascript.modules import importers_of
from healer.engine.javascript.syntax import encode, node_text, parse

__all__ = ["exported_candidates", "importers_of"]

DECLARATIONS = ("function_declaration", "generator_function_declaration", "class_declaration",
                "lexical_declaration", "variable_declaration")  # fmt: skip


def exported_candidates(text: str, path: str, *, name: str, line: int = 0) -> list[Candidate]:
    """`export` before the module-level declaration of `name` (the one around `line`, when given).
    The same edit repairs the importer's "does not provide an export named" (fixers/imports.py)."""
    tree = parse(text, path)
    if tree is None:
        return []
    for node in tree.root_node.named_children:
        if node.type not in DECLARATIONS:
            continue
        if line and not node.start_point.row <= line - 1 <= node.end_point.row:
            continue
        if name not in _declared(node):
            continue
        new = replace_span(encode(text), node.start_byte, node.start_byte, "export ")
        at = line or node.start_point.row + 1
        return [Candidate(path, new, at, f"export '{name}', which another module imports from here")]
    return []


def _declared(node) -> set[str]:
    name = node.child_by_field_name("name")
    if name is not None:
        return {node_text(name)}
    return {
        node_text(declared)
        for declarator in node.named_children
        if declarator.type == "variable_declarator"
        and (declared := declarator.child_by_field_name("name")) is not None
        and declared.type == "identifier"
    }
