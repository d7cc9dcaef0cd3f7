"""A name imported for its type only but used as a value (TypeScript's type-only imports).

`import type { Show }` and `import { type Show }` are erased when the module is compiled (TypeScript
3.8 / 4.5 "Type-Only Imports and Exports"; esbuild, tsx and vitest drop them too), so a class the
module constructs or a function it calls does not exist at run time: tsc reports TS1361 ("'Show'
cannot be used as a value because it was imported using 'import type'"), the runner a ReferenceError
("Show is not defined"). The repair is tsc's own code fix for TS1361 (fixConvertToTypeOnlyImport
undone): the name imported as a value, the statement's other names kept type-only (`import { Show,
type Cue }`), the whole `type` dropped when it is the statement's only name. The candidate is located
at the import's line, where the slip is.
"""

from __future__ import annotations

import re

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_span
from healer.engine.javascript.syntax import encode, node_text, parse, walk

# tsc's messages for a type-only name used as a value (TS1361 import, TS1362 export).
TYPE_ONLY_VALUE = re.compile(
    r"'(?P<name>[\w$]+)' cannot be used as a value because it was (?:imported|exported) using '(?:import|export) type'"
)


def type_only_import_candidates(text: str, path: str, *, name: str) -> list[Candidate]:
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    found: list[Candidate] = []
    for statement in (n for n in walk(tree.root_node) if n.type == "import_statement"):
        keyword = next((c for c in statement.children if c.type == "type"), None)
        clause = next((c for c in statement.children if c.type == "import_clause"), None)
        if clause is None:
            continue
        line = statement.start_point.row + 1
        specifiers = [n for n in walk(clause) if n.type == "import_specifier"]
        local = {_local(s): s for s in specifiers}
        default = next((c for c in clause.named_children if c.type == "identifier"), None)
        if keyword is not None and (name in local or (default is not None and node_text(default) == name)):
            # `import type { A, B }`: `type` moves onto every other name; alone, it is dropped.
            after = keyword.end_byte + len(data[keyword.end_byte :]) - len(data[keyword.end_byte :].lstrip())
            new = {s: f"type {node_text(s)}" for s in specifiers if _local(s) != name}
            dropped = replace_span(data, keyword.start_byte, after, "")
            if new:
                edits = [
                    (keyword.start_byte, after, ""),
                    *((n.start_byte, n.end_byte, t) for n, t in new.items()),
                ]
                found.append(Candidate(path, _apply(data, edits), line,
                                       f"import '{name}' as a value: it is used as one, not only as a type"))  # fmt: skip
            found.append(Candidate(path, dropped, line, f"import '{name}' as a value: drop 'import type'"))
        elif name in local and (inline := next((c for c in local[name].children if c.type == "type"), None)):
            # `import { type A, B }`: A's own modifier.
            after = inline.end_byte + len(data[inline.end_byte :]) - len(data[inline.end_byte :].lstrip())
            found.append(Candidate(path, replace_span(data, inline.start_byte, after, ""), line,
                                   f"import '{name}' as a value: drop its 'type' modifier"))  # fmt: skip
    return parsing(found, original=text, path=path)


def _local(specifier) -> str:
    """The binding an import specifier makes (`A as B` binds B)."""
    alias = specifier.child_by_field_name("alias")
    name = alias or specifier.child_by_field_name("name")
    return node_text(name) if name is not None else ""


def _apply(data: bytes, edits: list[tuple[int, int, str]]) -> str:
    """The text with non-overlapping byte spans replaced."""
    for start, end, new in sorted(edits, reverse=True):
        data = data[:start] + encode(new) + data[end:]
    return data.decode("utf-8", errors="surrogateescape")
