"""Values of the wrong kind where they are STORED, used elsewhere (round 47, npm21).

V8's "r.p.m is not a function" names the use; the value was made wrong where `p` is stored, and
converting it at the use (`new Date(r.p).m()`, `String(r.p).m()`) only serves that one use, while every
other reader of `p` still gets the wrong kind. Root cause before symptom (Monperrus's critique of
crash repair; PyTER's origin tracing, Oh et al., FSE 2022): the store is edited.

- A Date method (`getUTCDay`, `toISOString`…) called on a property stored from `Date.parse(s)`,
  `Date.now()` or `Date.UTC(…)`, all of which return a number of milliseconds (ECMAScript 21.4.3.2,
  21.4.3.1, 21.4.3.4), directly (`{ date: Date.parse(s) }`, `this.date = …`) or through a local the
  literal stores (`const date = Date.parse(s); return { date }`): the Date those calls measure,
  `new Date(s)` (21.4.2.1 parses a string exactly as Date.parse does), `new Date()`, `new Date(Date.UTC(…))`.
- A String method (`split`, `trim`…) called on a property that one entry of a table of object
  literals stores as a number while every sibling entry stores a string (`pattern: 1` among
  `pattern: '2-1'`): that entry written as the string its digits spell, in the siblings' quotes; the
  converse for a Number method (`toFixed`) on a string among numbers.
The property's stores are looked for in the failing file, then in the project's other modules.
"""

from __future__ import annotations

import re

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_span
from healer.engine.javascript.syntax import encode, node_text, parse

NOT_FUNCTION = re.compile(
    r"(?:^|[^\w$.])(?P<receiver>[\w$]+(?:\.[\w$]+){0,8})\.(?P<method>[\w$]+) is not a function"
)
DATE_METHODS = frozenset(
    f"{prefix}{part}"
    for prefix in ("get", "getUTC", "set", "setUTC")
    for part in ("Date", "Day", "FullYear", "Hours", "Milliseconds", "Minutes", "Month", "Seconds")
) | {"getTime", "getTimezoneOffset", "toISOString", "toJSON", "toDateString", "toTimeString",
     "toLocaleDateString", "toLocaleTimeString", "toUTCString", "setTime"}  # fmt: skip
STRING_METHODS = frozenset({
    "split", "trim", "trimStart", "trimEnd", "padStart", "padEnd", "toUpperCase", "toLowerCase",
    "startsWith", "endsWith", "charAt", "charCodeAt", "codePointAt", "localeCompare", "normalize",
    "replace", "replaceAll", "match", "matchAll", "search", "substring", "repeat",
})  # fmt: skip
NUMBER_METHODS = frozenset({"toFixed", "toPrecision", "toExponential"})
MAX_FILES = 200
MAX_CANDIDATES = 4


def made_kind_candidates(text: str, path: str, *, message: str, sources: dict[str, str]) -> list[Candidate]:
    match = NOT_FUNCTION.search(message[:2000])
    if match is None or "." not in match["receiver"]:
        return []
    field = match["receiver"].rsplit(".", 1)[1]
    method = match["method"]
    if method not in DATE_METHODS and method not in STRING_METHODS and method not in NUMBER_METHODS:
        return []
    found: list[Candidate] = []
    files = [(path, text)] + [
        (f, t) for f, t in list(sources.items())[:MAX_FILES] if f != path and field in t
    ]
    for file, source in files:
        if field not in source:
            continue
        tree = parse(source, file)
        if tree is None:
            continue
        data = encode(source)
        if method in DATE_METHODS:
            made = _date_stores(data, file, tree.root_node, field)
        else:
            made = _odd_entries(data, file, tree.root_node, field, want_string=method in STRING_METHODS)
        found += parsing(made, original=source, path=file)
        if len(found) >= MAX_CANDIDATES:
            break
    return found[:MAX_CANDIDATES]


# -- a number of milliseconds stored where a Date is used --------------------------------------------
def _as_date(call: tree_sitter.Node) -> str | None:
    """`new Date(…)` for a `Date.parse(s)`/`Date.now()`/`Date.UTC(…)` call, else None."""
    if call.type != "call_expression":
        return None
    function, arguments = call.child_by_field_name("function"), call.child_by_field_name("arguments")
    if function is None or arguments is None:
        return None
    called = node_text(function)
    given = [a for a in arguments.named_children if a.type != "comment"]
    if called == "Date.parse" and len(given) == 1:
        return f"new Date({node_text(given[0])})"
    if called == "Date.now" and not given:
        return "new Date()"
    if called == "Date.UTC" and given:
        return f"new Date({node_text(call)})"
    return None


def _date_stores(data: bytes, path: str, root: tree_sitter.Node, field: str) -> list[Candidate]:
    """Stores of `field` whose value is a Date.* number, directly or through a local of that name."""
    made: dict[int, tuple[tree_sitter.Node, str]] = {}
    locals_: dict[str, list[tree_sitter.Node]] = {}
    stack = [root]
    stored_names: set[str] = set()
    while stack:
        node = stack.pop()
        stack.extend(node.named_children)
        if node.type == "pair":
            key, value = node.child_by_field_name("key"), node.child_by_field_name("value")
            if key is None or value is None or node_text(key).strip("'\"") != field:
                continue
            if (new := _as_date(value)) is not None:
                made[value.start_byte] = (value, new)
            elif value.type == "identifier":
                stored_names.add(node_text(value))
        elif node.type == "shorthand_property_identifier" and node_text(node) == field:
            stored_names.add(field)
        elif node.type == "assignment_expression":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if left is not None and right is not None and left.type == "member_expression":
                name = left.child_by_field_name("property")
                if name is not None and node_text(name) == field and (new := _as_date(right)) is not None:
                    made[right.start_byte] = (right, new)
        elif node.type == "variable_declarator":
            name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
            if name is not None and value is not None and name.type == "identifier":
                locals_.setdefault(node_text(name), []).append(value)
    for name in stored_names:
        for value in locals_.get(name, []):
            if (new := _as_date(value)) is not None:
                made[value.start_byte] = (value, new)
    return [
        Candidate(path, replace_span(data, value.start_byte, value.end_byte, new), value.start_point.row + 1,
                  f"store '{field}' as the Date it measures ({new.split('(')[0]}): a number was stored where a Date is used")
        for value, new in sorted(made.values(), key=lambda pair: pair[0].start_byte)[:MAX_CANDIDATES]
    ]  # fmt: skip


# -- one table entry of another kind than its siblings --------------------------------------------
def _odd_entries(
    data: bytes, path: str, root: tree_sitter.Node, field: str, *, want_string: bool
) -> list[Candidate]:
    found = []
    stack = [root]
    while stack:
        node = stack.pop()
        stack.extend(node.named_children)
        if node.type != "array":
            continue
        values = []
        for entry in node.named_children:
            if entry.type != "object":
                continue
            for pair in entry.named_children:
                key = pair.child_by_field_name("key") if pair.type == "pair" else None
                if key is not None and node_text(key).strip("'\"") == field:
                    values.append(pair.child_by_field_name("value"))
        values = [v for v in values if v is not None]
        strings = [v for v in values if v.type == "string"]
        numbers = [v for v in values if v.type == "number"]
        if len(strings) + len(numbers) != len(values) or not strings or not numbers:
            continue
        if want_string and len(numbers) < len(strings):
            quote = node_text(strings[0])[0]
            new = {v: f"{quote}{node_text(v)}{quote}" for v in numbers}
            what = "a string, as every other entry writes it"
        elif not want_string and len(strings) < len(numbers):
            new = {
                v: node_text(v)[1:-1] for v in strings if re.fullmatch(r"-?\d+(?:\.\d+)?", node_text(v)[1:-1])
            }
            if len(new) != len(strings):
                continue
            what = "a number, as every other entry writes it"
        else:
            continue
        text = data
        for value in sorted(new, key=lambda v: v.start_byte, reverse=True):
            text = text[: value.start_byte] + encode(new[value]) + text[value.end_byte :]
        first = min(new, key=lambda v: v.start_byte)
        found.append(Candidate(path, text.decode("utf-8", errors="surrogateescape"), first.start_point.row + 1,
                               f"write '{field}' as {what}"))  # fmt: skip
        if len(found) >= MAX_CANDIDATES:
            break
    return found
