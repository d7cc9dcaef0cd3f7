"""A Date read as if it were the date string it was made from.

`find.date.slice(5, 7)` throws "find.date.slice is not a function" when the code that made `find`
stored `new Date(iso)`, not `iso`: a Date has no String methods (ECMAScript 21.4.4). The value is
right and the use is wrong, so the use reads the Date through its own API: the fields of an ISO 8601
date string (21.4.1.32, Date Time String Format `YYYY-MM-DDTHH:mm:ss.sssZ`) sliced by position are
the Date's UTC getters (`slice(0, 4)` → `getUTCFullYear()`, `slice(5, 7)` → `getUTCMonth() + 1`,
`slice(8, 10)` → `getUTCDate()`); any other String method is applied to `toISOString()`, the string
form those positions come from (the type-conversion template of PyTER and of TBar's "mutate data
type"). Only where the value that crashed was made by `new Date(...)` (origins.origin_places).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_span
from healer.engine.javascript.fixers.origins import CALLING, origin_places
from healer.engine.javascript.syntax import encode, node_text, parse, walk

STRING_METHODS = frozenset({
    "slice", "substring", "substr", "split", "startsWith", "endsWith", "includes", "padStart", "padEnd",
    "replace", "replaceAll", "trim", "toUpperCase", "toLowerCase", "match", "charAt", "indexOf", "at",
})  # fmt: skip
# ISO 8601 fields by their positions in toISOString()'s text, read through the UTC getters.
ISO_FIELDS = {
    ("0", "4"): ("getUTCFullYear()", "the year"),
    ("5", "7"): ("getUTCMonth() + 1", "the month, counted from 1"),
    ("8", "10"): ("getUTCDate()", "the day of the month"),
    ("11", "13"): ("getUTCHours()", "the hour"),
    ("14", "16"): ("getUTCMinutes()", "the minutes"),
}
NEW_DATE = re.compile(r"\bnew\s+Date\b")
# Where an expression needs no parentheses of its own.
STANDALONE = ("arguments", "variable_declarator", "return_statement", "parenthesized_expression",
              "template_substitution", "expression_statement", "pair", "array")  # fmt: skip


def date_string_candidates(
    sources: Mapping[str, str], *, file: str, line: int, message: str, frames: Sequence[tuple[str, int]] = ()
) -> list[Candidate]:
    calling = CALLING.search(message)
    text = sources.get(file)
    if calling is None or calling["name"] not in STRING_METHODS or text is None:
        return []
    places = origin_places(sources, file=file, line=line, message=message, frames=frames)
    if not any(_makes_date(sources.get(path, ""), row) for path, row in places):
        return []
    tree = parse(text, file)
    if tree is None:
        return []
    data = encode(text)
    found = []
    for call in walk(tree.root_node):
        function = call.child_by_field_name("function") if call.type == "call_expression" else None
        if function is None or function.type != "member_expression" or call.start_point.row != line - 1:
            continue
        method, receiver = function.child_by_field_name("property"), function.child_by_field_name("object")
        arguments = call.child_by_field_name("arguments")
        if method is None or receiver is None or arguments is None or node_text(method) != calling["name"]:
            continue
        bounds = tuple(node_text(a) for a in arguments.named_children)
        if node_text(method) in ("slice", "substring") and bounds in ISO_FIELDS:
            getter, meaning = ISO_FIELDS[bounds]
            # The getters give numbers: a `Number(...)` that parsed the slice goes with it.
            target = _number_wrapper(call) or call
            read = f"{node_text(receiver)}.{getter}"
            # A sum inside a larger expression keeps its own precedence.
            if "+" in getter and target.parent is not None and target.parent.type not in STANDALONE:
                read = f"({read})"
            found.append(Candidate(file, replace_span(data, target.start_byte, target.end_byte, read), line,
                                   f"read {meaning} from the Date {node_text(receiver)} with {getter}"))  # fmt: skip
        converted = f"{node_text(receiver)}.toISOString()"
        found.append(Candidate(file, replace_span(data, receiver.start_byte, receiver.end_byte, converted), line,
                               f"read the Date {node_text(receiver)} as its ISO string before '{node_text(method)}'"))  # fmt: skip
    return parsing(found, original=text, path=file)


def _makes_date(text: str, row: int) -> bool:
    lines = text.split("\n")
    return 0 < row <= len(lines) and NEW_DATE.search(lines[row - 1]) is not None


def _number_wrapper(call: tree_sitter.Node) -> tree_sitter.Node | None:
    """`Number(call)` / `parseInt(call, 10)` around the call, which a number needs no more."""
    arguments = call.parent
    outer = arguments.parent if arguments is not None and arguments.type == "arguments" else None
    function = outer.child_by_field_name("function") if outer is not None else None
    if function is None or node_text(function) not in ("Number", "parseInt", "parseFloat"):
        return None
    return outer if arguments.named_children and arguments.named_children[0] == call else None
