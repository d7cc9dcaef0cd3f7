"""tsc TS2783: "'p' is specified more than once, so this usage will be overwritten."

An object literal's property written before a spread whose type always has that property: the spread
overwrites it, so the value written is dead code (tsc only says so when the spread's type makes the
property certain). The writer meant it to win or did not mean it at all: the property moved after
the last spread that overwrites it (the value the code spells out applies, ECMAScript's "later
properties win" of CopyDataProperties), then the property dropped (what the program already does).
No code runs; the checks decide.
"""

from __future__ import annotations

import re

from healer.engine.javascript.fixers.base import Candidate, parsing
from healer.engine.javascript.syntax import encode, node_text, parse, walk

OVERWRITTEN = re.compile(r"'(?P<name>[^']+)' is specified more than once, so this usage will be overwritten")


def overwritten_property_candidates(text: str, path: str, *, line: int, message: str) -> list[Candidate]:
    match = OVERWRITTEN.search(message)
    tree = parse(text, path) if match else None
    if tree is None or match is None:
        return []
    data = encode(text)
    moved, dropped = [], []
    for literal in walk(tree.root_node):
        if literal.type != "object" or not literal.start_point.row <= line - 1 <= literal.end_point.row:
            continue
        members = [m for m in literal.named_children if m.type != "comment"]
        for at, member in enumerate(members):
            key = member.child_by_field_name("key") if member.type == "pair" else None
            if member.type == "shorthand_property_identifier":
                key = member
            if key is None or node_text(key).strip("'\"") != match["name"]:
                continue
            spreads = [i for i, m in enumerate(members) if m.type == "spread_element" and i > at]
            if not spreads:
                continue
            texts = [node_text(m) for m in members]
            after = texts[:at] + texts[at + 1 : spreads[-1] + 1] + [texts[at]] + texts[spreads[-1] + 1 :]
            kept = texts[:at] + texts[at + 1 :]
            for order, into in ((after, moved), (kept, dropped)):
                body = _written(data, literal, members, order)
                new = (data[: literal.start_byte] + encode(body) + data[literal.end_byte :]).decode(
                    "utf-8", errors="surrogateescape"
                )
                what = (
                    "after the spread that overwrote it"
                    if into is moved
                    else "left out: the spread overwrites it"
                )
                into.append(
                    Candidate(
                        path, new, literal.start_point.row + 1, f"the property '{match['name']}' {what}"
                    )
                )
    return parsing(moved + dropped, original=text, path=path)


def _written(data: bytes, literal, members, order: list[str]) -> str:
    """The literal with its members in `order`, laid out as it was (one line, or one member a line)."""
    if literal.start_point.row == literal.end_point.row or not _one_a_line(data, literal, members):
        # One line, or members sharing the braces' lines: no indent to copy, so written on one.
        return "{ " + ", ".join(order) + " }"
    line_start = data.rfind(b"\n", 0, members[0].start_byte) + 1
    indent = data[line_start : members[0].start_byte].decode("utf-8", errors="surrogateescape")
    close_start = data.rfind(b"\n", 0, literal.end_byte - 1) + 1
    closing = data[close_start : literal.end_byte - 1].decode("utf-8", errors="surrogateescape")
    return "{\n" + "".join(f"{indent}{m},\n" for m in order) + closing + "}"


def _one_a_line(data: bytes, literal, members) -> bool:
    """Whether every member, and the closing brace, starts its own line (only blanks before it)."""
    starts = [m.start_byte for m in members] + [literal.end_byte - 1]
    return all(not data[data.rfind(b"\n", 0, start) + 1 : start].strip() for start in starts)
