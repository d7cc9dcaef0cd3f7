"""IMPORT candidates for named imports from a CommonJS module that Node cannot link ("SyntaxError:
Named export 'x' not found. The requested module 'm' is a CommonJS module, which may not support
all module.exports as named exports", or "does not provide an export named"): Node's ESM loader
finds a CommonJS module's named exports only by static analysis (cjs-module-lexer), while its
`module.exports` is always the default export (nodejs.org/api/esm.html, "CommonJS Namespaces").

Node's own message gives the rewrite: `import pkg from 'm'; const { x } = pkg;`. The statement's
named bindings are read from the default export by destructuring (`b as c` becomes `b: c`), under a
default binding named after the module that the file does not use.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from healer.engine.javascript.fixers.base import Candidate, replace_span
from healer.engine.javascript.syntax import encode, node_text, parse


def commonjs_default_candidates(
    text: str, path: str, *, specifier: str, declared: Collection[str]
) -> list[Candidate]:
    """One candidate per ES import of `specifier` with only named bindings (unparsed)."""
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    found = []
    for statement in (n for n in tree.root_node.children if n.type == "import_statement"):
        source = statement.child_by_field_name("source")
        if (
            source is None
            or node_text(source)[1:-1] != specifier
            or any(c.type == "type" for c in statement.children)
        ):
            continue
        clause = next((c for c in statement.named_children if c.type == "import_clause"), None)
        named = (
            next((c for c in clause.named_children if c.type == "named_imports"), None) if clause else None
        )
        if named is None or len(clause.named_children) != 1:
            continue  # a default or namespace binding already: another shape
        pairs = []
        for specifier_node in (c for c in named.named_children if c.type == "import_specifier"):
            imported = specifier_node.child_by_field_name("name")
            alias = specifier_node.child_by_field_name("alias")
            if imported is None or any(c.type == "type" for c in specifier_node.children):
                return []
            pairs.append(
                f"{node_text(imported)}: {node_text(alias)}" if alias is not None else node_text(imported)
            )
        if not pairs:
            continue
        binding = _binding_name(specifier, declared)
        quote = node_text(source)[0]
        written = (
            f"import {binding} from {quote}{specifier}{quote};\nconst {{ {', '.join(pairs)} }} = {binding};"
        )
        found.append(Candidate(path, replace_span(data, statement.start_byte, statement.end_byte, written),
                               statement.start_point.row + 1,
                               f"import the CommonJS module '{specifier}' as its default export and destructure it"))  # fmt: skip
    return found


def _binding_name(specifier: str, declared: Collection[str]) -> str:
    """A camelCase name from the module's last path part (`lodash.chunk` -> lodashChunk), unused."""
    stem = re.sub(r"\.(?:c?js|json)$", "", specifier.rstrip("/").rsplit("/", 1)[-1])
    words = [w for w in re.split(r"[^A-Za-z0-9]+", stem) if w]
    name = (words[0].lower() + "".join(w.capitalize() for w in words[1:])) if words else "pkg"
    name = name if name and not name[0].isdigit() else f"m{name}"
    while name in declared:
        name += "Module"
    return name
