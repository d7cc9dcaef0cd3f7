"""IMPORT candidates for CommonJS's module-scoped names used in an ES module: `__dirname`,
`__filename` and `require` are not defined there ("ReferenceError: __dirname is not defined in ES
module scope").

Node's ESM semantics (nodejs.org/api/esm.html, "No require, exports, module.exports, __filename,
__dirname"): each has an equivalent built from `import.meta`, written as Node's documentation does:
`import.meta.dirname` / `import.meta.filename` (Node 20.11+), else `fileURLToPath` of
`import.meta.url` (every Node with ES modules), and `createRequire(import.meta.url)` for `require`.
"""

from __future__ import annotations

from collections.abc import Iterator

from healer.engine.javascript.fixers.base import Candidate, replace_nodes
from healer.engine.javascript.syntax import encode, node_text, parse, walk

# name -> ((expression, import it needs or ""), ...), newest Node's spelling first.
EQUIVALENTS = {
    "__dirname": (
        ("import.meta.dirname", ""),
        ("fileURLToPath(new URL('.', import.meta.url))", "import { fileURLToPath } from 'node:url';"),
    ),
    "__filename": (
        ("import.meta.filename", ""),
        ("fileURLToPath(import.meta.url)", "import { fileURLToPath } from 'node:url';"),
    ),
}
CREATE_REQUIRE = (
    "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);"
)


def esm_global_candidates(text: str, path: str, *, name: str, line: int) -> list[Candidate]:
    """Every use of `name` in the module written with its ES-module equivalent (unparsed)."""
    tree = parse(text, path)
    if tree is None:
        return []
    if name == "require":
        return [
            _with_import(
                text, path, line, CREATE_REQUIRE, "make 'require' with createRequire(import.meta.url)"
            )
        ]
    uses = [n for n in walk(tree.root_node) if n.type == "identifier" and node_text(n) == name]
    if not uses or name not in EQUIVALENTS:
        return []
    return list(_rewritten(text, path, line, name, uses))


def _rewritten(text: str, path: str, line: int, name: str, uses: list) -> Iterator[Candidate]:
    data = encode(text)
    for expression, needed in EQUIVALENTS[name]:
        new = replace_nodes(data, {use: expression for use in uses})
        what = f"use {expression} for '{name}', which ES modules do not define"
        yield _with_import(new, path, line, needed, what) if needed else Candidate(path, new, line, what)


def _with_import(text: str, path: str, line: int, statement: str, what: str) -> Candidate:
    """The statement after the module's last top-level import (its first line when there is none)."""
    tree = parse(text, path)
    last = -1
    for node in tree.root_node.children if tree is not None else ():
        if node.type == "import_statement":
            last = node.end_point.row
    lines = text.split("\n")
    at = last + 1
    shift = statement.count("\n") + 1
    new = "\n".join([*lines[:at], statement, *lines[at:]])
    return Candidate(path, new, line + shift if line > at else line, what)
