"""A write into an object the code froze: V8's "Cannot add property p, object is not extensible".

`const DEFAULTS = Object.freeze({...})` shared by a module, then `Object.assign(DEFAULTS, extra)`:
in strict code (every ES module and class body) the write throws a TypeError; were the object not
frozen, each caller's values would leak into every other's. The repair is copy-on-write — the
defensive copy of shared state (Bloch, Effective Java item 50; the aliasing bugs of Hovemeyer and
Pugh's FindBugs "EI_EXPOSE_REP" family): the write goes into a fresh object that starts from the
frozen one.

`Object.assign(X, ...)` → `Object.assign({}, X, ...)`, then `{ ...X, ... }`. Where the write is:
javascript/frozen.py (also when the runner kept only V8's message).
"""

from __future__ import annotations

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_span
from healer.engine.javascript.frozen import FROZEN_WRITE, frozen_bindings, frozen_writes
from healer.engine.javascript.syntax import encode, node_text, parse

__all__ = ["FROZEN_WRITE", "copy_on_write_candidates"]


def copy_on_write_candidates(text: str, path: str, *, line: int) -> list[Candidate]:
    """`Object.assign(X, ...rest)` on `line`, X frozen: the copy `Object.assign({}, X, ...rest)`, then
    the spread `{ ...X, ...rest }` (which also types as the merge in TypeScript)."""
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    frozen = frozen_bindings(tree.root_node)
    generated = []
    for node, name in frozen_writes(tree.root_node, frozen) if frozen else ():
        if node.start_point[0] + 1 != line or node.type != "call_expression":
            continue
        arguments = node.child_by_field_name("arguments")
        rest = [node_text(a) for a in arguments.named_children[1:]]
        copied = f"Object.assign({{}}, {', '.join([name, *rest])})"
        spread = "{ " + ", ".join(f"...{a}" for a in [name, *rest]) + " }"
        for new, what in ((copied, f"assign into a copy of the frozen {name}"),
                          (spread, f"spread the frozen {name} into a new object")):  # fmt: skip
            generated.append(Candidate(
                path, replace_span(data, node.start_byte, node.end_byte, new), line,
                f"{what}: Object.assign wrote into it",
            ))  # fmt: skip
    return parsing(generated, original=text, path=path)
