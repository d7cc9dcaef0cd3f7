"""IMPORT candidates for a named export that TypeScript declared but never emitted.

`export declare enum Vehicle { … }` tells the checker that the enum exists elsewhere: tsc accepts
every use of it and emits nothing, so the compiled module has no `Vehicle` and its importers fail to
link ("The requested module './types.js' does not provide an export named 'Vehicle'"). Of the
ambient declarations only an enum has what an emitted one needs (its members and their values), so
the module's own `declare` before an exported enum of the missing name is dropped; a declared
function, class or variable has no body or value to emit and is left to the other families.
"""

from __future__ import annotations

import re

from healer.engine.javascript.fixers.base import Candidate, parsing


def ambient_enum_candidates(target_text: str, target: str, *, name: str) -> list[Candidate]:
    """The exporting module with `declare` dropped before the exported enum `name`."""
    pattern = re.compile(
        rf"^(?P<head>[ \t]*export\s+)declare\s+(?P<enum>(?:const\s+)?enum\s+{re.escape(name)}\b)", re.M
    )
    found = []
    for match in pattern.finditer(target_text):
        new = target_text[: match.start()] + match["head"] + match["enum"] + target_text[match.end() :]
        line = target_text.count("\n", 0, match.start()) + 1
        found.append(
            Candidate(
                target,
                new,
                line,
                f"declare {name} as an ordinary enum, which compiles to an object: "
                "an ambient (declare) enum emits nothing for its importers",
            )
        )
    return parsing(found, original=target_text, path=target)
