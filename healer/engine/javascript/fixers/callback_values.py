"""A value passed where a built-in calls a function: the function that returns the value.

V8 names the value it tried to call (`Array.from({ length: n }, 0)`: "0 is not a function"; `xs.map('-')`:
"- is not a function"; `null`, `true` likewise). When that value is written as a literal argument of a
call on the crash line, the callee takes a callback there (Array.from's mapping function, an array
method's callback, a `then` handler), and the literal is what the callback was meant to give for every
element: `() => 0` (the "fill with" reading; `Array.from(…, () => 0)` is the documented way to build an
array of one value). An object or array literal is wrapped in parentheses (`() => ({})`) so it is not
read as a block. Nothing when the value is not written at the line (a variable holding a non-function is
another family's: called_values, class_members).
"""

from __future__ import annotations

import re

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_span
from healer.engine.javascript.syntax import encode, node_text, parse, walk

CALLED = re.compile(r"^(?:TypeError: )?(?P<value>.+?) is not a function$")
LITERALS = frozenset({"number", "string", "true", "false", "null", "undefined", "object", "array"})


def callback_value_candidates(text: str, path: str, *, line: int, message: str) -> list[Candidate]:
    match = CALLED.match(message.strip())
    if match is None:
        return []
    value = match["value"]
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    found = []
    for node in walk(tree.root_node):
        if node.type != "arguments" or node.start_point.row > line - 1 or node.end_point.row < line - 1:
            continue
        for argument in node.named_children:
            if argument.type not in LITERALS or not _prints_as(argument, value):
                continue
            body = node_text(argument)
            body = f"({body})" if argument.type == "object" else body
            found.append(Candidate(path, replace_span(data, argument.start_byte, argument.end_byte, f"() => {body}"),
                                   line, f"pass a function that returns {node_text(argument)}: a function is called there"))  # fmt: skip
    return parsing(found, original=text, path=path)


def _prints_as(argument, value: str) -> bool:
    """Whether V8's message names this literal (its String(), `#<Object>` for an object literal)."""
    written = node_text(argument)
    if argument.type == "string":
        return written[1:-1] == value
    if argument.type == "object":
        return value == "#<Object>"
    if argument.type == "array":
        return value == ",".join(node_text(e) for e in argument.named_children) or value == written
    return written == value
