"""An imported binding named unlike anything its module exports, where the name the code reads is one
it does export (round 52, npm26).

`const { makeBlock } = require('./blocks')` beside `blockOf(...)` ("blockOf is not defined"), where
blocks.js exports `blockOf` and no `makeBlock`, and nothing in the file reads `makeBlock`: the binding
was written with the wrong name (the imported name is undefined, ECMAScript's ResolveExport finds
nothing for it, CommonJS destructuring gives `undefined`). The repair is the "mutate variable" template
(TBar, ssFix) on the binding: the module's export the code reads takes the unread binding's place,
before the candidates that join the name to the list and leave the wrong one (d364's heal did that, then
removed the unused name as LINTING: the right program in two steps at other lines). An alias (`{ a as
b }`), a default or namespace import, a module that exports a whole value or re-exports with `export *`,
and a binding the file reads get no candidate.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from healer.engine.javascript.fixers.base import Candidate
from healer.engine.javascript.modules import exports, imports, resolve


def misnamed_binding_candidates(
    text: str, path: str, *, name: str, files: Collection[str], read: Callable[[str], str | None]
) -> list[Candidate]:
    """The unread binding of a repository module that lacks it renamed to `name`, which the module exports."""
    rows = text.split("\n")
    found = []
    for ref in imports(text, path):
        if ref.kind not in ("esm", "cjs"):
            continue
        target = resolve(path, ref.specifier, files)
        source = read(target) if target is not None else None
        if source is None:
            continue
        exported = exports(source, target)
        if exported.whole or exported.star_from or name not in exported.names:
            continue
        for bound in ref.names:
            if bound.imported in ("default", "*", name) or bound.imported in exported.names:
                continue
            if (
                bound.local != bound.imported
                or len(re.findall(rf"(?<![\w$.]){re.escape(bound.local)}(?![\w$])", text)) != 1
            ):
                continue
            row = rows[bound.line - 1] if 0 < bound.line <= len(rows) else ""
            at = bound.column - 1
            if row[at : at + len(bound.local)] != bound.local:
                continue  # a column counted in bytes before a non-ASCII character: not guessed
            rows_new = list(rows)
            rows_new[bound.line - 1] = row[:at] + name + row[at + len(bound.local) :]
            found.append(
                Candidate(path, "\n".join(rows_new), bound.line,
                          f"name the binding '{bound.local}', which '{ref.specifier}' does not export, '{name}', which it does")
            )  # fmt: skip
    return found
