"""IMPORT repair for an export list naming a binding the module never declares (round 55, npm29).

`module.exports = { needsWax, tinsFor };` (or `export { tinsFor };`) where the module declares
`tinsNeeded` and no `tinsFor`: the list is evaluated as the module loads, so every importer stops at
`ReferenceError: tinsFor is not defined` (tsc: TS2304/TS2552). The evidence for what was meant is the
importers' demand, not the spelling: a top-level declaration the list leaves out that another module
takes from this one by name (`const { tinsNeeded } = require('./polish')`). It is exported in the
undeclared name's place, under its own name (`tinsNeeded`) when no importer takes the undeclared
one, else under the key the importers take as well (`tinsFor: tinsNeeded, tinsNeeded`,
`export { tinsNeeded as tinsFor, tinsNeeded }`), so every importer keeps working. Nothing is offered when no importer asks for a declared name.
"""

from __future__ import annotations

import posixpath
from collections.abc import Mapping

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, parsing
from healer.engine.javascript.modules import imports, resolve
from healer.engine.javascript.syntax import declarator_names, encode, node_text, parse, walk

DECLARATIONS = ("function_declaration", "generator_function_declaration", "class_declaration")


def demanded_export_candidates(
    text: str, path: str, *, name: str, line: int, sources: Mapping[str, str]
) -> list[Candidate]:
    """The undeclared `name` of an export list on line `line` (1-based) replaced by the declared,
    unexported names the other modules of `sources` import from this one."""
    tree = parse(text, path)
    if tree is None:
        return []
    sites = [n for n in walk(tree.root_node) if n.start_point.row == line - 1 and _listed_export(n, name)]
    if not sites:
        return []
    declared = _top_level_names(tree.root_node)
    # A name bound by an import, a destructuring or a TypeScript declaration is no undeclared one:
    # replacing it would change what the module exports.
    if name in declared or name in _bound_names(tree.root_node):
        return []
    listed = {node_text(n) for n in walk(tree.root_node) if _listed_export(n, node_text(n))}
    demanded = _demanded(path, sources)
    # A name exported by its declaration (`export function pour`) needs no listing: a second export
    # of it is a SyntaxError.
    exported = _top_level_names(tree.root_node, exported_only=True)
    wanted = sorted((demanded & declared) - listed - exported)
    data, found = encode(text), []
    for other in wanted:
        esm = sites[0].type == "identifier"
        # Under the key the importers take when they take the undeclared name too, and still under its
        # own name: the importers take that one as well (it is wanted because they do).
        keyed = f"{other} as {name}, {other}" if esm else f"{name}: {other}, {other}"
        spelt = keyed if name in demanded else other
        site = sites[0].parent if esm and sites[0].parent.type == "export_specifier" else sites[0]
        new = (data[: site.start_byte] + encode(spelt) + data[site.end_byte :]).decode(
            "utf-8", "surrogateescape"
        )
        found.append(
            Candidate(
                path,
                new,
                line,
                f"export the declared '{other}' the importers take in place of the undeclared '{name}'",
            )
        )
    return parsing(found, original=text, path=path)


def _listed_export(node: tree_sitter.Node, name: str) -> bool:
    """`name` as a shorthand property of `module.exports = { … }` or a local of `export { … }` (no `from`)."""
    if node_text(node) != name:
        return False
    if node.type == "shorthand_property_identifier":
        holder = node.parent.parent if node.parent is not None else None
        if holder is None or holder.type != "assignment_expression":
            return False
        left = holder.child_by_field_name("left")
        return left is not None and node_text(left) == "module.exports"
    if node.type == "identifier" and node.parent is not None and node.parent.type == "export_specifier":
        specifier = node.parent
        if (
            specifier.child_by_field_name("name") != node
            or specifier.child_by_field_name("alias") is not None
        ):
            return False
        statement = specifier.parent.parent if specifier.parent is not None else None
        return statement is not None and statement.child_by_field_name("source") is None
    return False


def _top_level_names(root: tree_sitter.Node, *, exported_only: bool = False) -> set[str]:
    names = set()
    for child in root.named_children:
        if exported_only and child.type != "export_statement":
            continue
        node = child.child_by_field_name("declaration") if child.type == "export_statement" else child
        if node is None:
            continue
        if node.type in DECLARATIONS and (named := node.child_by_field_name("name")) is not None:
            names.add(node_text(named))
        elif node.type in ("lexical_declaration", "variable_declaration"):
            names |= declarator_names(node)
    return names


def _bound_names(root: tree_sitter.Node) -> set[str]:
    """Every name the module binds at its top level, in any form: imports (their local names),
    destructurings, and declarations of any kind (enums, interfaces, namespaces, `declare`d ones)."""
    names = set()
    for child in root.named_children:
        node = child.child_by_field_name("declaration") if child.type == "export_statement" else child
        # `declare …` wraps its declaration; tree-sitter reads `namespace N {}` as a statement holding it.
        while node is not None and node.type in ("ambient_declaration", "expression_statement"):
            node = node.named_children[0] if node.named_children else None
        if node is None:
            continue
        if node.type == "import_statement":
            for part in walk(node):
                if part.type == "import_specifier":
                    bound = part.child_by_field_name("alias") or part.child_by_field_name("name")
                    names.add(node_text(bound))
                elif part.type == "identifier" and part.parent.type in ("import_clause", "namespace_import"):
                    names.add(node_text(part))
        elif node.type in ("lexical_declaration", "variable_declaration"):
            for declarator in node.named_children:
                pattern = declarator.child_by_field_name("name")
                for part in walk(pattern) if pattern is not None else ():
                    if part.type in ("identifier", "shorthand_property_identifier_pattern"):
                        names.add(node_text(part))
        elif (named := node.child_by_field_name("name")) is not None:
            names.add(node_text(named))
    return names


def _demanded(path: str, sources: Mapping[str, str]) -> set[str]:
    """The names the other modules import from `path` by name."""
    files = set(sources) | {path}
    names = set()
    for file, source in sources.items():
        if file == path or posixpath.basename(file) == "":
            continue
        for ref in imports(source, file):
            if resolve(file, ref.specifier, files) == path:
                names.update(n.imported for n in ref.names if n.imported not in ("", "*", "default"))
    return names
