"""IMPORT candidates for a namespace import whose members the module calls bare: `import * as ns
from './m'` binds only `ns` (ECMAScript's NameSpaceImport: the exports are properties of the
namespace object, no binding each), so `f()` for an export `f` of './m' is "not defined"
(ReferenceError; tsc TS2304 "Cannot find name").

The import is rewritten with named bindings for every bare name of the file that './m' exports and
the file does not declare (`import { f, g } from './m'`); the namespace binding stays, on its own
line, when the file also reads `ns.x`. The fix is at the import, once for all those names.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from healer.engine.javascript.fixers.base import Candidate, replace_span
from healer.engine.javascript.modules import exports, resolve
from healer.engine.javascript.syntax import encode, node_text, parse, walk

Reader = Callable[[str], "str | None"]
DECLARING_PARENTS = frozenset({"variable_declarator", "function_declaration", "class_declaration",
                               "formal_parameters", "required_parameter", "optional_parameter",
                               "import_specifier", "namespace_import", "import_clause"})  # fmt: skip


def namespace_member_candidates(
    text: str, path: str, *, name: str, files: Collection[str], read: Reader, declared: Collection[str]
) -> list[Candidate]:
    """Candidates (unparsed) for the undefined `name` exported by a module the file imports whole."""
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    bare = _bare_names(tree.root_node) - set(declared)
    found = []
    for statement in (n for n in tree.root_node.children if n.type == "import_statement"):
        namespace = next((n for n in walk(statement) if n.type == "namespace_import"), None)
        source = statement.child_by_field_name("source")
        if namespace is None or source is None or any(c.type == "type" for c in statement.children):
            continue
        binding = next((c for c in namespace.named_children if c.type == "identifier"), None)
        specifier = node_text(source)[1:-1]
        target = resolve(path, specifier, files)
        module_text = read(target) if target is not None else None
        if binding is None or module_text is None:
            continue
        exported = exports(module_text, target).names
        if name not in exported:
            continue
        names = sorted(n for n in bare if n in exported)
        quote = node_text(source)[0]
        named = f"import {{ {', '.join(names)} }} from {quote}{specifier}{quote};"
        ns = node_text(binding)
        still_used = any(
            n.type == "identifier"
            and node_text(n) == ns
            and n.parent is not None
            and n.parent.type == "member_expression"
            for n in walk(tree.root_node)
        )
        new = f"{node_text(statement)}\n{named}" if still_used else named
        found.append(Candidate(path, replace_span(data, statement.start_byte, statement.end_byte, new),
                               statement.start_point.row + 1,
                               f"import {', '.join(names)} by name: the namespace import binds only {ns}"))  # fmt: skip
    return found


def _bare_names(root) -> set[str]:
    """Identifiers read as plain names (not declared on the spot, not a property)."""
    return {
        node_text(n)
        for n in walk(root)
        if n.type == "identifier" and (n.parent is None or n.parent.type not in DECLARING_PARENTS)
    }
