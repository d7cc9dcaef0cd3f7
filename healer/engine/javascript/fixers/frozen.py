"""A write into an object the code froze: V8's "Cannot add property p, object is not extensible".

`const DEFAULTS = Object.freeze({...})` shared by a module, then `Object.assign(DEFAULTS, extra)`:
in strict code (every ES module and class body) the write throws a TypeError; were the object not
frozen, each caller's values would leak into every other's. The repair is copy-on-write — the
defensive copy of shared state (Bloch, Effective Java item 50; the aliasing bugs of Hovemeyer and
Pugh's FindBugs "EI_EXPOSE_REP" family): the write goes into a fresh object that starts from the
frozen one.

`Object.assign(X, ...)` → `Object.assign({}, X, ...)`, then `{ ...X, ... }`. Where the write is:
javascript/frozen.py (also when the runner kept only V8's message).

Round 47 (npm21): an array method that reorders its receiver in place (`sort`, `reverse`; 23.1.3.30,
23.1.3.26 write every element back, so a frozen array throws "Cannot assign to read only property '0' of
object '[object Array]'") called on a frozen binding, or on any receiver when V8 names an array: the
same call on a copy, `[...X].sort(...)` (a TypeScript cast around X, which silenced `readonly`, dropped),
then ES2023's copying form `X.toSorted(...)` / `X.toReversed()`.
"""

from __future__ import annotations

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_span
from healer.engine.javascript.frozen import FROZEN_WRITE, frozen_bindings, frozen_writes
from healer.engine.javascript.syntax import encode, node_text, parse, walk

__all__ = ["FROZEN_WRITE", "copy_on_write_candidates", "sorted_copy_candidates"]

IN_PLACE = {"sort": "toSorted", "reverse": "toReversed"}
MAX_CALLS = 2
PRIMARY = ("identifier", "member_expression", "subscript_expression", "this")
CASTS = ("as_expression", "satisfies_expression", "parenthesized_expression", "non_null_expression")


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


def sorted_copy_candidates(text: str, path: str, *, line: int, message: str) -> list[Candidate]:
    """`X.sort(...)` / `X.reverse()` on `line`, X frozen (or any receiver when V8's message names an
    array): the call on a copy `[...X]`, then the copying method (`toSorted`/`toReversed`)."""
    if not FROZEN_WRITE.search(message):
        return []
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    frozen = frozen_bindings(tree.root_node)
    named_array = "[object Array]" in message
    generated = []
    for node in walk(tree.root_node):
        if node.start_point.row > line - 1 or node.end_point.row < line - 1 or node.type != "call_expression":
            continue
        function = node.child_by_field_name("function")
        if function is None or function.type != "member_expression":
            continue
        method = function.child_by_field_name("property")
        receiver = function.child_by_field_name("object")
        if method is None or receiver is None or node_text(method) not in IN_PLACE:
            continue
        inner = receiver
        while inner.type in CASTS and inner.named_children:
            inner = inner.named_children[0]
        if not (named_array or (inner.type == "identifier" and node_text(inner) in frozen)):
            continue
        if inner.type in ("array", "call_expression", "new_expression"):
            continue  # a fresh array is no shared one
        name, called = node_text(inner), node_text(method)
        # `(a || b).sort()`: the copying method on the whole receiver, not on its last operand
        # (`a || b.toSorted()` sorts only b; review, round 47).
        held = name if inner.type in PRIMARY else f"({name})"
        for start, new, what in (
            (receiver.start_byte, f"[...{name}]", f"{called} a copy of {name}: it is frozen"),
            (
                receiver.start_byte,
                f"{held}.{IN_PLACE[called]}",
                f"{IN_PLACE[called]}, which returns a new array",
            ),
        ):
            end = receiver.end_byte if new.startswith("[") else function.end_byte
            generated.append(Candidate(path, replace_span(data, start, end, new), line, what))
        if len(generated) >= MAX_CALLS * 2:
            break  # a line of many sorts (minified code): the first few, each a whole-file copy
    return parsing(generated, original=text, path=path)
