"""A declaration keyword in a class body, and an arrow-function class property left open (round 49, npm23).

A class body holds members, not statements (ECMAScript's ClassElement: methods, fields, static blocks):
`const MAX = 90;` there is a syntax error (tsc TS1248 "A class member cannot have the 'const' keyword",
esbuild/V8 "Unexpected token"). The one-token edits drop the `const`, which makes an instance field;
what the member was meant to be the class itself says: read as `Class.MAX` it is a static field
(`static readonly MAX = 90;` in TypeScript, where `const` means it is never reassigned; `static MAX` in
JavaScript), read as `this.MAX` an instance field (`readonly MAX`). The reads are counted in the file;
with neither, both are offered, static first (a `const` in the class's scope was meant as one shared
value). `let`/`var` give fields without `readonly`.
"""

from __future__ import annotations

import re

from healer.engine.javascript.fixers.base import Candidate, line_bounds

TYPESCRIPT = (".ts", ".tsx", ".mts", ".cts")
DECLARED = re.compile(r"^(\s*)(const|let|var)\s+([A-Za-z_$][\w$]*)(?=\s*[:=;])")
CLASS = re.compile(r"^(\s*)(?:export\s+(?:default\s+)?)?(?:abstract\s+)?class\s+([A-Za-z_$][\w$]*)")
# Lines looked at above the member for its class's header (a generated class could be huge).
MAX_ABOVE = 2000


def class_member_candidates(text: str, path: str, *, line: int) -> list[Candidate]:
    bounds = line_bounds(text, line)
    if bounds is None:
        return []
    written = text[bounds[0] : bounds[1]]
    declared = DECLARED.match(written)
    if declared is None:
        return []
    indent, keyword, name = declared.groups()
    owner = _class_above(text, line, len(indent))
    if owner is None:
        return []
    typescript = path.endswith(TYPESCRIPT)
    fixed = " readonly" if keyword == "const" and typescript else ""
    static_reads = len(re.findall(rf"(?<![\w$.]){re.escape(owner)}\s*\.\s*{re.escape(name)}(?![\w$])", text))
    this_reads = len(re.findall(rf"\bthis\s*\.\s*{re.escape(name)}(?![\w$])", text))
    forms = [f"static{fixed}", fixed.strip()]
    if this_reads > static_reads:
        forms.reverse()
    found = []
    for form in forms:
        head = f"{form} " if form else ""
        new_line = f"{indent}{head}{written[declared.end(2) :].lstrip()}"
        new = text[: bounds[0]] + new_line + text[bounds[1] :]
        what = f"a {form} class field" if form else "an instance field"
        found.append(
            Candidate(path, new, line, f"declare {name} as {what} (a class body has no '{keyword}')")
        )
    return found


def _class_above(text: str, line: int, indent: int) -> str | None:
    """The name of the class whose body holds `line` (1-based): the nearest line above that is less
    indented must be its `class Name` header."""
    lines = text.split("\n")
    for row in range(line - 2, max(line - 2 - MAX_ABOVE, -1), -1):
        above = lines[row]
        if not above.strip() or above.lstrip().startswith(("//", "*", "/*", "@")):
            continue
        depth = len(above) - len(above.lstrip())
        if depth < indent:
            header = CLASS.match(above)
            return header.group(2) if header else None
    return None
