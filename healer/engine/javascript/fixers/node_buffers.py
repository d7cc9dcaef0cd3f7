"""A file read without an encoding, used as text: the encoding given (round 46, npm20).

Node's `fs.readFileSync(path[, options])` and `fs.readFile`/`fs.promises.readFile` return a Buffer
when no encoding is given, a string when one is ("If the encoding option is specified then this
function returns a string. Otherwise it returns a buffer.", Node's fs documentation). A Buffer has
no `split`, `trim`, `replace`, `toLowerCase`…, so the first String method called on the value throws
(`TypeError: text.split is not a function`; tsc: `Property 'split' does not exist on type 'Buffer'`).
The repair is where the value is made: the read given `'utf8'`, not a change of the calls made on the
Buffer (round 45's d299 was answered with `slice` for `split`, and `trim` read as a property).

`buffer_read_candidates`: for such a message naming a receiver `x` (or a read called in place,
`fs.readFileSync(...).split`), each read in the file whose value is `x` (`const x = fs.readFileSync(p)`,
`x = await readFile(p)`) or is the receiver at the crash line, called with the path alone, gets
`, 'utf8'` after its path. A read already given options is left alone.
"""

from __future__ import annotations

import re

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, parsing
from healer.engine.javascript.syntax import encode, node_text, parse, walk

# String.prototype methods a Buffer (a Uint8Array) does not have.
STRING_ONLY = frozenset(
    {
        "split", "trim", "trimStart", "trimEnd", "replace", "replaceAll", "match", "matchAll",
        "toLowerCase", "toUpperCase", "startsWith", "endsWith", "padStart", "padEnd", "charAt",
        "charCodeAt", "codePointAt", "localeCompare", "normalize", "repeat", "search", "substring",
        "substr", "toLocaleLowerCase", "toLocaleUpperCase",
    }
)  # fmt: skip
# Anchored after a character the receiver cannot hold and bounded (round 46's review: the unanchored
# `[\w$.]+` backtracked from every start, 10-17 s on a 16 KB message of names and dots).
NOT_FUNCTION = re.compile(
    r"(?<![\w$.])(?P<receiver>[\w$.]{1,512}(?:\(\.\.\.\))?)\.(?P<method>\w{1,128}) is not a function"
)
NOT_ON_BUFFER = re.compile(r"Property '(?P<method>\w+)' does not exist on type 'Buffer\b")
READS = frozenset({"readFileSync", "readFile"})
# At most this many candidates of each kind per failure (each is parsed).
MAX_SITES = 4


def buffer_read_candidates(text: str, path: str, *, line: int, message: str) -> list[Candidate]:
    """`, 'utf8'` added to the reads whose Buffer is used as a string at `line` (1-based)."""
    said = NOT_FUNCTION.search(message) or NOT_ON_BUFFER.search(message)
    if said is None or said["method"] not in STRING_ONLY:
        return []
    receiver = said.groupdict().get("receiver") or ""
    if "readFile" not in text:
        return []
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    found = []
    for node in walk(tree.root_node):
        if len(found) >= MAX_SITES:
            break
        if node.type != "call_expression" or not _is_read(node):
            continue
        arguments = node.child_by_field_name("arguments")
        given = [c for c in arguments.named_children if c.type != "comment"] if arguments else []
        if len(given) != 1 or given[0].type == "spread_element":
            continue
        if not _read_into(node, receiver, said["method"], line):
            continue
        at = given[0].end_byte
        new = (data[:at] + b", 'utf8'" + data[at:]).decode("utf-8", errors="surrogateescape")
        found.append(
            Candidate(path, new, node.start_point.row + 1,
                      "read the file as text: give the read its encoding, 'utf8' (without one it returns a Buffer)")
        )  # fmt: skip
    return parsing(found, original=text, path=path)


def _is_read(node: tree_sitter.Node) -> bool:
    function = node.child_by_field_name("function")
    if function is None:
        return False
    if function.type == "identifier":
        return node_text(function) in READS
    if function.type == "member_expression":
        name = function.child_by_field_name("property")
        return name is not None and node_text(name) in READS
    return False


def _read_into(call: tree_sitter.Node, receiver: str, method: str, line: int) -> bool:
    """Whether the read's value is the receiver the message names: assigned to that name, or called
    with the String method in place on the crash line."""
    value = call
    if value.parent is not None and value.parent.type == "await_expression":
        value = value.parent
    parent = value.parent
    if parent is None:
        return False
    if parent.type == "member_expression":
        name = parent.child_by_field_name("property")
        return name is not None and node_text(name) == method and parent.start_point.row <= line - 1
    bare = receiver.rsplit(".", 1)[-1] if not receiver.endswith(")") else ""
    if parent.type == "variable_declarator":
        target = parent.child_by_field_name("name")
    elif parent.type == "assignment_expression":
        target = parent.child_by_field_name("left")
    else:
        return False
    if target is None or not bare:
        return False
    written = node_text(target)
    return written == receiver or written.rsplit(".", 1)[-1] == bare


# An array's elements given the String method called on the array (round 46): `split` (and `match`'s
# `g` result) returns an array of strings, and `facing.split(',').trim()` calls a String method the
# array does not have (`TypeError: facing.split(...).trim is not a function`): each element is
# meant, `facing.split(',').map((part) => part.trim())`.
SPLIT_RESULT = re.compile(r"\.split\(\.\.\.\)\.(?P<method>\w+) is not a function")


def element_method_candidates(text: str, path: str, *, line: int, message: str) -> list[Candidate]:
    said = SPLIT_RESULT.search(message)
    if said is None or said["method"] not in STRING_ONLY:
        return []
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    found = []
    name = next((n for n in ("part", "piece", "item", "element") if not re.search(rf"\b{n}\b", text)), None)
    if name is None:
        return []
    for node in walk(tree.root_node):
        if len(found) >= MAX_SITES:
            break
        if node.type != "call_expression" or node.start_point.row > line - 1 or node.end_point.row < line - 1:
            continue
        function = node.child_by_field_name("function")
        if function is None or function.type != "member_expression":
            continue
        field, owner = function.child_by_field_name("property"), function.child_by_field_name("object")
        if (
            field is None
            or owner is None
            or node_text(field) != said["method"]
            or owner.type != "call_expression"
        ):
            continue
        inner = owner.child_by_field_name("function")
        inner_field = (
            inner.child_by_field_name("property")
            if inner is not None and inner.type == "member_expression"
            else None
        )
        if inner_field is None or node_text(inner_field) != "split":
            continue
        arguments = node.child_by_field_name("arguments")
        call = f"{name}.{said['method']}{node_text(arguments) if arguments is not None else '()'}"
        new = (data[: field.start_byte] + f"map(({name}) => {call})".encode() + data[node.end_byte :]).decode(
            "utf-8", errors="surrogateescape"
        )
        found.append(
            Candidate(path, new, line, f"call {said['method']} on each element: split returns an array")
        )
    return parsing(found, original=text, path=path)
