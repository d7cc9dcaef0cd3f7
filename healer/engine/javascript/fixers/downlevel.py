"""A built-in newer than the project's Node: the same computation in the API that Node has.

`Object.groupBy is not a function` on Node 20 (ES2024), `xs.toSorted is not a function` on Node 18
(ES2023): the call is right for a newer runtime, so a method of the same receiver spelt alike
(`defineProperties` for `groupBy`) only hides the crash behind wrong values. The repair is what a
compiler's down-levelling does (TypeScript's and Babel's lowering of newer library calls, core-js's
polyfills, which define each method by its specification's steps): the call rewritten as the older
calls it is specified by, so the result is the same value:

- `Object.groupBy(items, f)` → `Array.from(items).reduce((groups, item, index) => ((groups[f(item,
  index)] ??= []).push(item), groups), Object.create(null))` (a null-prototype object, as specified);
- `Map.groupBy(items, f)` → the same into a `new Map()`;
- `xs.toSorted(c)`/`xs.toReversed()` → `[...xs].sort(c)`/`[...xs].reverse()`;
- `xs.findLast(f)` → `[...xs].reverse().find(f)`;
- `Object.hasOwn(o, k)` → `Object.prototype.hasOwnProperty.call(o, k)`;
- `s.replaceAll(a, b)` with a string `a` → `s.split(a).join(b)`.
- ES2025's Set methods (Node 22) on Node 20: `a.intersection(b)` → `new Set(b.size < a.size ?
  [...b.keys()].filter((v) => a.has(v)) : [...a].filter((v) => b.has(v)))` (the specification walks
  the smaller side, which orders the result), and `union`, `difference`, `symmetricDifference`,
  `isSubsetOf`, `isSupersetOf`, `isDisjointFrom` likewise (round 50, npm24).

Only for V8's "... is not a function" naming one of these methods; the sandbox decides.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_span
from healer.engine.javascript.syntax import encode, method_call, node_text, parse, walk

NOT_A_FUNCTION = re.compile(r"(?:^|\s)(?P<receiver>[\w$.()\[\]]*?)\.?(?P<name>[\w$]+) is not a function")
SIMPLE = frozenset({"identifier", "member_expression", "call_expression", "subscript_expression", "this",
                    "parenthesized_expression", "array"})  # fmt: skip


def _wrapped(node) -> str:
    text = node_text(node)
    return text if node.type in SIMPLE else f"({text})"


def _grouped(into: str, add: Callable[[str, str], str]) -> Callable[[object, list], str | None]:
    def rewrite(receiver, arguments: list) -> str | None:
        if node_text(receiver) != into.split(".")[0] or len(arguments) != 2:
            return None
        items, key = (node_text(a) for a in arguments)
        key = key if arguments[1].type in SIMPLE else f"({key})"
        start = "Object.create(null)" if into == "Object" else "new Map()"
        body = add("groups", f"{key}(item, index)")
        return f"Array.from({items}).reduce((groups, item, index) => ({body}, groups), {start})"

    return rewrite


def _copied(method: str) -> Callable[[object, list], str | None]:
    def rewrite(receiver, arguments: list) -> str | None:
        return f"[...{_wrapped(receiver)}].{method}({', '.join(node_text(a) for a in arguments)})"

    return rewrite


def _find_last(receiver, arguments: list) -> str | None:
    return f"[...{_wrapped(receiver)}].reverse().find({', '.join(node_text(a) for a in arguments)})"


def _has_own(receiver, arguments: list) -> str | None:
    if node_text(receiver) != "Object" or len(arguments) != 2:
        return None
    return f"Object.prototype.hasOwnProperty.call({node_text(arguments[0])}, {node_text(arguments[1])})"


def _replace_all(receiver, arguments: list) -> str | None:
    if len(arguments) != 2 or arguments[0].type not in ("string", "template_string"):
        return None  # a RegExp pattern (or a replacer function) is not a split/join
    if arguments[1].type not in ("string", "template_string", "identifier", "member_expression"):
        return None
    return f"{_wrapped(receiver)}.split({node_text(arguments[0])}).join({node_text(arguments[1])})"


# ES2025's Set methods (Node 22+), each as its specification's loop over the receiver (or, for union,
# superset and the second half of a symmetric difference, over `other.keys()`) with `other.has`/`s.has`
# (round 50, npm24). `{s}`/`{o}` are the receiver and the argument, each evaluated once: written in
# place when they are names or member reads, else bound by an arrow called with them (receiver first,
# as the call evaluated them).
SET_METHODS = {
    "union": "new Set([...{s}, ...{o}.keys()])",
    # The specification walks the smaller side: `other.keys()` when the receiver is larger, which
    # orders the result by `other` (round 50's review). Asked as `other.size < s.size`, so an
    # argument with no size (an array, which ES2025 rejects) still fails on `other.has`.
    "intersection": (
        "new Set({o}.size < {s}.size ? [...{o}.keys()].filter((v) => {s}.has(v))"
        " : [...{s}].filter((v) => {o}.has(v)))"
    ),
    "difference": "new Set([...{s}].filter((v) => !{o}.has(v)))",
    "symmetricDifference": "new Set([...[...{s}].filter((v) => !{o}.has(v)), ...[...{o}.keys()].filter((v) => !{s}.has(v))])",
    "isSubsetOf": "[...{s}].every((v) => {o}.has(v))",
    "isSupersetOf": "[...{o}.keys()].every((v) => {s}.has(v))",
    "isDisjointFrom": "![...{s}].some((v) => {o}.has(v))",
}
NAMES = ("identifier", "member_expression", "this")


def _names_v(node) -> bool:
    return any(n.type == "identifier" and node_text(n) == "v" for n in walk(node))


def _set_method(method: str) -> Callable[[object, list], str | None]:
    def rewrite(receiver, arguments: list) -> str | None:
        if len(arguments) != 1 or receiver.type == "super":
            return None
        other = arguments[0]
        body = SET_METHODS[method]
        # In place only when neither names the callback's `v` anywhere (`v.seen` too, not just `v`).
        if (
            receiver.type in NAMES
            and other.type in NAMES
            and not any(_names_v(node) for node in (receiver, other))
        ):
            return body.format(s=node_text(receiver), o=node_text(other))
        return f"((s, other) => {body.format(s='s', o='other')})({node_text(receiver)}, {node_text(other)})"

    return rewrite


LOWERED: dict[str, Callable[[object, list], str | None]] = {
    "groupBy": lambda receiver, arguments: (
        _grouped("Object", lambda g, k: f"({g}[{k}] ??= []).push(item)")(receiver, arguments)
        if node_text(receiver) == "Object"
        else _grouped(
            "Map",
            lambda g, k: f"((key) => {g}.has(key) ? {g}.get(key).push(item) : {g}.set(key, [item]))({k})",
        )(receiver, arguments)
    ),
    "toSorted": _copied("sort"),
    "toReversed": _copied("reverse"),
    "findLast": _find_last,
    "hasOwn": _has_own,
    "replaceAll": _replace_all,
    **{method: _set_method(method) for method in SET_METHODS},
}


def downlevel_candidates(text: str, path: str, *, line: int, message: str) -> list[Candidate]:
    """The call on `line` of the newer built-in V8's message names, as the older calls that specify it."""
    match = NOT_A_FUNCTION.search(message)
    if match is None or match["name"] not in LOWERED:
        return []
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    name = match["name"]
    generated = []
    for node in walk(tree.root_node):
        parts = method_call(node)
        if parts is None or node_text(parts[1]) != name or parts[1].start_point[0] != line - 1:
            continue
        arguments = node.child_by_field_name("arguments")
        given = [a for a in arguments.named_children if a.type != "comment"] if arguments is not None else []
        if any(a.type == "spread_element" for a in given):
            continue
        lowered = LOWERED[name](parts[0], given)
        if lowered is None:
            continue
        generated.append(Candidate(
            path, replace_span(data, node.start_byte, node.end_byte, lowered), line,
            f"compute {name} with the older built-ins that specify it: this Node does not have it",
        ))  # fmt: skip
    return parsing(generated, original=text, path=path)
