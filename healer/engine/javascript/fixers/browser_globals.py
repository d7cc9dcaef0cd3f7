"""IMPORT candidates for a browser's global objects read in Node ("ReferenceError: window is not
defined"): `window`, `self`, `document` and the like exist only in a browser (WHATWG HTML's Window
global); Node's global object is `globalThis` (ECMAScript 2020), which carries the members the two
share (`navigator` since Node 21, `fetch`, `setTimeout`...).

- every `window.` / `self.` read goes through `globalThis` instead (the portable name of the global
  object: the same member wherever the program runs);
- a browser-only value passed as an argument (`new Intl.NumberFormat(window.navigator.language)`)
  is left out, written `undefined`: JavaScript gives a missing argument its default, which for the
  built-ins that read the environment (Intl's locales, the time zone) is the environment's own.

The tests decide between them; neither is tried for a name the module declares itself.
"""

from __future__ import annotations

from collections.abc import Iterator

from healer.engine.javascript.fixers.base import Candidate, replace_nodes
from healer.engine.javascript.syntax import encode, node_text, parse, walk

# The Window object's own names for itself (WHATWG HTML §7.2): each is the global object there.
GLOBAL_ALIASES = frozenset({"window", "self", "frames"})
# Browser-only objects with no Node equivalent, whose reads can only be left out.
BROWSER_ONLY = frozenset({"document", "navigator", "location", "localStorage", "sessionStorage", "screen"})


def browser_global_candidates(text: str, path: str, *, name: str, line: int) -> list[Candidate]:
    """Candidates for `name is not defined` when `name` is a browser global (unparsed)."""
    if name not in GLOBAL_ALIASES | BROWSER_ONLY:
        return []
    tree = parse(text, path)
    if tree is None:
        return []
    uses = [n for n in walk(tree.root_node) if n.type == "identifier" and node_text(n) == name]
    if not uses:
        return []  # declared or only a property name: not the global
    return list(_candidates(encode(text), path, name=name, line=line, uses=uses))


def _candidates(data: bytes, path: str, *, name: str, line: int, uses: list) -> Iterator[Candidate]:
    if name in GLOBAL_ALIASES:
        members = [u for u in uses if u.parent is not None and u.parent.type == "member_expression"]
        if members:
            yield Candidate(path, replace_nodes(data, {u: "globalThis" for u in members}), line,
                            f"read the global object as globalThis, not the browser's '{name}'")  # fmt: skip
    arguments = {}
    for use in uses:
        outer = use
        while outer.parent is not None and outer.parent.type == "member_expression":
            outer = outer.parent
        if outer.parent is not None and outer.parent.type == "arguments":
            arguments[outer] = "undefined"
    if arguments:
        yield Candidate(path, replace_nodes(data, arguments), line,
                        f"leave the browser-only '{name}' argument out (undefined: the callee's default)")  # fmt: skip
