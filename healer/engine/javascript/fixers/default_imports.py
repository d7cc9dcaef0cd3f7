"""IMPORT repairs for a default import written beside named ones from a module with no default export
(round 55, npm29).

`import lanterns, { burnHours } from './lanterns.js'` where lanterns.js has only named exports: Node
stops at link time ("does not provide an export named 'default'"), tsc with TS1192 ("has no default
export"). ECMAScript's ImportClause allows a default binding beside a named or a namespace one, never
a namespace beside named ones (`import * as x, { y }` does not parse), so the repair `_default_as_named`
makes for a lone default binding (`import * as lanterns`) is no program here. Two repairs keep every
name the file reads bound (the error's semantics: the default binding stands for names the module
does export):

- the default binding's destructurings (`const { BURN_MINUTES } = lanterns;`), when they are all the
  file does with it, folded into the named list (`import { BURN_MINUTES, burnHours }`) and dropped;
- else the namespace on a statement of its own beside the named import (`import * as lanterns from
  …;` then `import { burnHours } from …;`), which keeps `lanterns.X` and every destructuring working.
"""

from __future__ import annotations

import re

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, line_bounds
from healer.engine.javascript.syntax import encode, node_text, parse, walk

NAMED = re.compile(r"\{(?P<names>[^{}]*)\}")


def default_beside_named_candidates(
    text: str, path: str, *, local: str, specifier: str, line: int, available: list[str]
) -> list[Candidate]:
    """The candidates for `import local, { … } from 'specifier'` on line `line` (1-based); unparsed."""
    bounds = line_bounds(text, line)
    if bounds is None or not available:
        return []
    start, end = bounds
    body = text[start:end]
    clause = re.compile(
        rf"\bimport\s+(?P<local>{re.escape(local)})\s*,\s*\{{(?P<names>[^{{}}]*)\}}\s*from\s*(?P<q>['\"])"
        rf"{re.escape(specifier)}(?P=q)"
    ).search(body)
    if clause is None:
        return []
    names = [n.strip() for n in clause["names"].split(",") if n.strip()]
    quote = clause["q"]
    found = []
    folded = _folded(text, path, local=local, available=available)
    if folded is not None:
        kept, taken = folded
        listed = _listed(names, taken)
        import_line = f"import {{ {', '.join(listed)} }} from {quote}{specifier}{quote}"
        new_body = body[: clause.start()] + import_line + body[clause.end() :]
        # The destructurings go after the import line is rewritten: they sit below it.
        new = (
            kept[:start] + new_body + kept[start + len(body) :]
            if kept[start : start + len(body)] == body
            else None
        )
        if new is not None:
            found.append(
                Candidate(
                    path,
                    new,
                    line,
                    f"import {', '.join(taken)} by name from '{specifier}', which has no default export",
                )
            )
    if _called(text, path, local=local):
        # A namespace object is neither callable nor a constructor: `local(…)` would throw where it runs.
        return found
    # The line break the file uses (line_bounds leaves a CRLF line's `\r` in `body`).
    newline = "\r\n" if body.endswith("\r") else "\n"
    split = (
        f"import * as {local} from {quote}{specifier}{quote};{newline}"
        f"import {{ {', '.join(names)} }} from {quote}{specifier}{quote}"
    )
    new_body = body[: clause.start()] + split + body[clause.end() :]
    found.append(
        Candidate(
            path,
            text[:start] + new_body + text[end:],
            line,
            f"import the namespace of '{specifier}' as '{local}' beside its named imports",
        )
    )
    return found


def _listed(names: list[str], taken: list[str]) -> list[str]:
    """The named list with the taken names added: sorted when it was (as sort-imports orders an
    import's members), else the new ones after the old."""
    added = [n for n in taken if n not in names]
    keys = [n.split(" as ")[0].strip() for n in names]
    return sorted(names + added, key=lambda n: n.split(" as ")[0]) if keys == sorted(keys) else names + added


def _folded(text: str, path: str, *, local: str, available: list[str]) -> tuple[str, list[str]] | None:
    """The text without the destructurings of `local` (`const { A, b: c } = local;`) and the specifiers
    they stand for (`A`, `b as c`), when those are all the file reads of `local` and every key is an
    export; else None."""
    tree = parse(text, path)
    if tree is None:
        return None
    reads, declarations = 0, []
    for node in walk(tree.root_node):
        # `{ local }` reads the binding as much as `local.X` does.
        if (
            node.type in ("identifier", "shorthand_property_identifier")
            and node_text(node) == local
            and not _in_import(node)
        ):
            reads += 1
        # A `const` only: an import binding is read-only, so a `let` the file assigns would throw.
        kind = node.child_by_field_name("kind") if node.type == "lexical_declaration" else None
        # Not under `export`: dropping the declaration would leave `export ` to take the next one.
        if (
            kind is not None
            and node_text(kind) == "const"
            and node.named_child_count == 1
            and node.parent.type != "export_statement"
        ):
            declarator = node.named_children[0]
            value, pattern = declarator.child_by_field_name("value"), declarator.child_by_field_name("name")
            if value is not None and value.type == "identifier" and node_text(value) == local:
                if pattern is None or pattern.type != "object_pattern":
                    return None
                declarations.append((node, pattern))
    if not declarations or reads != len(declarations):
        return None
    taken = []
    for _, pattern in declarations:
        for part in pattern.named_children:
            if part.type == "shorthand_property_identifier_pattern":
                key = bound = node_text(part)
            elif (
                part.type == "pair_pattern"
                and (value := part.child_by_field_name("value")).type == "identifier"
            ):
                key, bound = node_text(part.child_by_field_name("key")), node_text(value)
            else:
                return None
            if key not in available:
                return None
            taken.append(key if key == bound else f"{key} as {bound}")
    data = encode(text)
    for node, _ in sorted(declarations, key=lambda pair: -pair[0].start_byte):
        start, end = node.start_byte, node.end_byte
        # The whole line goes when the declaration is all it holds.
        line_start = data.rfind(b"\n", 0, start) + 1
        line_end = data.find(b"\n", end)
        line_end = len(data) if line_end < 0 else line_end + 1
        if not data[line_start:start].strip() and not data[end:line_end].strip():
            start, end = line_start, line_end
        data = data[:start] + data[end:]
    return data.decode("utf-8", errors="surrogateescape"), taken


def _called(text: str, path: str, *, local: str) -> bool:
    """Whether the file calls `local`, constructs it with `new` or tags a template with it."""
    tree = parse(text, path)
    for node in walk(tree.root_node) if tree is not None else ():
        if node.type in ("call_expression", "new_expression"):
            callee = node.child_by_field_name("function") or node.child_by_field_name("constructor")
            if callee is not None and callee.type == "identifier" and node_text(callee) == local:
                return True
    return False


def _in_import(node: tree_sitter.Node) -> bool:
    parent = node.parent
    while parent is not None and parent.type != "import_statement":
        parent = parent.parent
    return parent is not None
