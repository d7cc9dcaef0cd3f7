"""A possibly missing value taken apart as an iterable (tsc TS2488 / TS2461 / TS2548 / TS2549).

`const [, h, m] = RE.exec(line)` and `[...text.match(re)]`: the value's type is `T | null` (or
`| undefined`), and tsc refuses to iterate it ("Type 'RegExpExecArray | null' must have a
'[Symbol.iterator]()' method that returns an iterator", "... is not an array type"). The repair is
PAR's "null checker" template (Kim et al., ICSE 2013), in the two forms tsc's narrowing accepts:

- a destructuring declaration: the value kept in a name of its own, a check that throws when it is
  missing (the call found nothing: the caller's input is bad, and the function says so rather than
  going on with undefined parts), then the pattern taken from the name, narrowed by the check;
- the value defaulted to an empty array (`?? []`), for a declaration and for a spread, where an
  absent value means "nothing to take apart".

Only for a diagnostic whose type names `null` or `undefined`: another non-iterable type (a number
spread) is a different fault; V8's TypeError at run time ("object null is not iterable") gets the same
edits at the declarations and spreads of its line. Round 54 (npm28).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from healer.engine.javascript.fixers.base import Candidate, parsing
from healer.engine.javascript.syntax import encode, node_text, parse, walk

NOT_ITERABLE = re.compile(
    r"Type '(?P<type>.+?)' (?:must have a '\[Symbol\.iterator\]\(\)' method|is not an array type)"
)
# An expression `??` can follow without parentheses (a mix with `||`/`&&` or a lower operator would not parse).
TIGHT = ("call_expression", "member_expression", "subscript_expression", "identifier", "non_null_expression")
# Nodes the value at the diagnostic cannot be searched past for its declaration or spread (round 54's review).
BOUNDARIES = ("statement_block", "arrow_function", "function_expression", "class_body")
# The name a regular expression's result goes by (`exec`, `match`), else a neutral one.
MATCHING = ("exec", "match", "matchAll")


def not_iterable_edits(data: bytes, root, at: int, message: str) -> Iterator[tuple[str, str]]:
    """(new text, description) for the value tsc cannot iterate at byte `at`."""
    found = NOT_ITERABLE.search(message)
    if found is None:
        return
    parts = {p.strip() for p in found["type"].split("|")}
    missing = sorted(parts & {"null", "undefined"})
    if not missing or parts <= {"null", "undefined"}:
        return
    node = root.descendant_for_byte_range(at, at)
    while node is not None and node.type not in ("variable_declarator", "spread_element"):
        if node.type.endswith("statement") or node.type in BOUNDARIES:
            return  # `for (const v of m.get(k))` inside a spread's callback: not the spread's value
        node = node.parent
    if node is not None:
        yield from _edits(data, node, missing)


# V8's words for the same fault at run time: `const [a] = null` throws "object null is not iterable
# (cannot read property Symbol(Symbol.iterator))"; `[...undefined]` "undefined is not iterable".
RUNTIME = re.compile(r"\b(?:object (?P<null>null)|(?P<undefined>undefined)) is not iterable")


def runtime_not_iterable_candidates(text: str, path: str, *, line: int, message: str) -> list[Candidate]:
    """The same edits for V8's TypeError at `line`, at each destructuring declaration and spread there."""
    found = RUNTIME.search(message)
    tree = parse(text, path) if found is not None else None
    if tree is None:
        return []
    missing = ["null"] if found["null"] else ["undefined"]
    data = encode(text)
    nodes = [
        n for n in walk(tree.root_node)
        if n.type in ("variable_declarator", "spread_element") and n.start_point.row == line - 1
    ]  # fmt: skip
    edits = [Candidate(path, new, line, what) for node in nodes for new, what in _edits(data, node, missing)]
    return parsing(edits, original=text, path=path)


def _edits(data: bytes, node, missing: list[str]) -> Iterator[tuple[str, str]]:
    if node.type == "spread_element":
        value = node.named_children[0] if node.named_children else None
        if value is not None:
            yield (
                _defaulted(data, value),
                f"spread {node_text(value)[:40]} or nothing: it may be {missing[0]}",
            )
        return
    pattern, value = node.child_by_field_name("name"), node.child_by_field_name("value")
    if pattern is None or value is None or pattern.type != "array_pattern":
        return
    yield from _checked(data, node, pattern, value, missing)
    yield _defaulted(data, value), f"take {node_text(value)[:40]} apart or nothing: it may be {missing[0]}"


def _defaulted(data: bytes, value) -> str:
    text = node_text(value)
    text = text if value.type in TIGHT else f"({text})"
    return _decoded(data[: value.start_byte] + f"{text} ?? []".encode() + data[value.end_byte :])


def _checked(data: bytes, declarator, pattern, value, missing: list[str]) -> Iterator[tuple[str, str]]:
    statement = declarator.parent
    if statement is None or statement.type != "lexical_declaration" or len(statement.named_children) != 1:
        return  # `const a = 1, [b] = f()`: the check would have to split the declaration
    if statement.parent is None or statement.parent.type not in ("statement_block", "program"):
        return
    kind = node_text(statement.children[0])
    callee = value.child_by_field_name("function") if value.type == "call_expression" else None
    method = (
        callee.child_by_field_name("property")
        if callee is not None and callee.type == "member_expression"
        else None
    )
    name = _free_name("match" if method is not None and node_text(method) in MATCHING else "found", data)
    test = f"{name} === {missing[0]}" if len(missing) == 1 else f"{name} == null"
    line_start = data.rfind(b"\n", 0, statement.start_byte) + 1
    indent = _decoded(data[line_start : statement.start_byte])
    indent = indent if not indent.strip() else ""
    what = node_text(value).replace("`", "'").replace("\\", "").replace("$", "")[:60]
    newline = "\r\n" if b"\r\n" in data else "\n"  # the file's own line ending, not a mix
    block = (
        f"{kind} {name} = {node_text(value)};{newline}"
        f"{indent}if ({test}) throw new Error(`{what} found nothing`);{newline}"
        f"{indent}{kind} {node_text(pattern)} = {name};"
    )
    new = data[: statement.start_byte] + block.encode() + data[statement.end_byte :]
    yield _decoded(new), f"check {what[:40]} before taking it apart: it may be {missing[0]}"


def _free_name(base: str, data: bytes) -> str:
    """The base name, numbered when the file already binds or reads it (a member `.match` aside)."""
    text = _decoded(data)
    name, k = base, 1
    while re.search(rf"(?<![\w$.]){re.escape(name)}(?![\w$])", text):
        k += 1
        name = f"{base}{k}"
    return name


def _decoded(data: bytes) -> str:
    return data.decode("utf-8", errors="surrogateescape")
