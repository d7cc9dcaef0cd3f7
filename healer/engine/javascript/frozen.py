"""Writes into an object the code froze, found statically (V8: "object is not extensible").

`const DEFAULTS = Object.freeze({...})` shared by a module, then `Object.assign(DEFAULTS, extra)`:
in strict code (every ES module and class body) the write throws a TypeError. When the runner kept
only V8's message (vitest's report of a test file whose `describe` body threw has neither the
error's name nor its stack), `locate_frozen_write` finds the write from the message's kind of fault:
the first write, along the failing test file's imports, into a binding initialised with
`Object.freeze`/`Object.seal`/`Object.preventExtensions` (PyTER-style origin tracing, Oh et al.,
FSE 2022, from the fault's kind to the statement that makes it). fixers/frozen.py repairs it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from healer.engine.javascript.syntax import node_text, parse, walk

# V8's messages for a write a frozen, sealed or non-extensible object refuses (strict mode).
FROZEN_WRITE = re.compile(
    r"Cannot add property [^,]+, object is not extensible"
    r"|Cannot assign to read only property '[^']+' of object"
    r"|Cannot delete property '[^']+' of"
)
FREEZERS = ("Object.freeze", "Object.seal", "Object.preventExtensions")


def frozen_bindings(root) -> set[str]:
    """Names a declaration initialises with a frozen (sealed, non-extensible) object."""
    found = set()
    for node in walk(root):
        if node.type != "variable_declarator":
            continue
        name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
        while value is not None and value.type in (
            "as_expression",
            "satisfies_expression",
            "parenthesized_expression",
        ):
            value = value.named_children[0] if value.named_children else None
        function = (
            value.child_by_field_name("function")
            if value is not None and value.type == "call_expression"
            else None
        )
        if (
            name is not None
            and name.type == "identifier"
            and function is not None
            and node_text(function) in FREEZERS
        ):
            found.add(node_text(name))
    return found


def frozen_writes(root, frozen: set[str]) -> Iterator[tuple[object, object]]:
    """(statement node, written name) for each write into a frozen binding: `Object.assign(X, ...)`,
    `X.p = v`, `X[k] = v`, `delete X.p`."""
    for node in walk(root):
        if node.type == "call_expression":
            function, arguments = node.child_by_field_name("function"), node.child_by_field_name("arguments")
            first = (
                arguments.named_children[0] if arguments is not None and arguments.named_children else None
            )
            assigned = function is not None and node_text(function) == "Object.assign"
            if assigned and first is not None and first.type == "identifier" and node_text(first) in frozen:
                yield node, node_text(first)
        elif node.type in ("assignment_expression", "augmented_assignment_expression", "unary_expression"):
            target = node.child_by_field_name("left") or node.child_by_field_name("argument")
            if node.type == "unary_expression" and not node_text(node).startswith("delete"):
                continue
            if target is not None and target.type in ("member_expression", "subscript_expression"):
                obj = target.child_by_field_name("object")
                if obj is not None and obj.type == "identifier" and node_text(obj) in frozen:
                    yield node, node_text(obj)


def locate_frozen_write(message: str, files: list[tuple[str, str]]) -> tuple[str, int, int] | None:
    """(file, line, column) of the first write into a frozen binding in `files` ((path, text), in
    import order), when `message` is V8's refusal of such a write; None otherwise."""
    if not FROZEN_WRITE.search(message):
        return None
    for path, text in files:
        tree = parse(text, path)
        if tree is None:
            continue
        frozen = frozen_bindings(tree.root_node)
        for node, _ in frozen_writes(tree.root_node, frozen) if frozen else ():
            row, column = node.start_point
            return path, row + 1, column + 1
    return None
