"""A string used as a list, split where it is made (round 54, npm28).

`const extras = extrasOf(party); extras.map(...)` crashes ("extras.map is not a function"; tsc
TS2339 "Property 'map' does not exist on type 'string'") when `extrasOf` returns one string where
its caller wants a list. The crash line's templates can only change the use (`[...extras]` makes
an array of the string's characters: a wrong program that runs), while the value is wrong where
it is made: the function returns the field unsplit. Following the value back to its origin is
PyTER's (Oh and Oh, FSE 2022) and VFix's (Xu et al., ICSE 2019) data-flow step for a type error;
the template is a type-directed conversion of a string into the list wanted: `e.split(',')`
with each part trimmed and the empty ones dropped (a delimited field as forms and CSV cells write
it), then the bare split.

Only for an Array method strings lack, on a name the file binds to a call of a function the
repository defines (in this file or another), at each `return` of that function (its nested
functions aside). Candidates name the origin's file and line; the sandbox decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from healer.engine.javascript.fixers.base import Candidate, parsing
from healer.engine.javascript.syntax import encode, language_of, node_text, parse, walk

# Array.prototype's methods String.prototype lacks (ECMAScript 2024, 23.1.3 less 22.1.3).
ARRAY_ONLY = frozenset(
    [
        "every",
        "filter",
        "find",
        "findIndex",
        "findLast",
        "findLastIndex",
        "flat",
        "flatMap",
        "forEach",
        "join",
        "map",
        "pop",
        "push",
        "reduce",
        "reduceRight",
        "reverse",
        "shift",
        "some",
        "sort",
        "splice",
        "unshift",
    ]
)
RUNTIME = re.compile(r"(?P<object>[\w$]+)\.(?P<name>[\w$]+) is not a function")
CHECKER = re.compile(r"Property '(?P<name>[\w$]+)' does not exist on type 'string'")
TIGHT = ("call_expression", "member_expression", "subscript_expression", "identifier")
FUNCTIONS = ("function_declaration", "function_expression", "arrow_function", "method_definition", "function")


def split_where_made_candidates(
    text: str, path: str, *, line: int, messages: Iterable[str], sources: Mapping[str, str]
) -> list[Candidate]:
    """The origin's `return` of a string used on `line` as a list, split into that list."""
    wanted: list[tuple[str, str]] = []  # (method, object name or "" when tsc does not say)
    for message in messages:
        if found := RUNTIME.search(message):
            wanted.append((found["name"], found["object"]))
        elif found := CHECKER.search(message):
            wanted.append((found["name"], ""))
    wanted = [(name, obj) for name, obj in wanted if name in ARRAY_ONLY]
    tree = parse(text, path) if wanted else None
    if tree is None:
        return []
    made: list[str] = []  # the functions whose results are used as lists on the line
    for node in walk(tree.root_node):
        if node.type != "member_expression" or node.start_point.row != line - 1:
            continue
        obj, prop = node.child_by_field_name("object"), node.child_by_field_name("property")
        if obj is None or prop is None or obj.type != "identifier":
            continue
        if not any(node_text(prop) == name and obj_name in ("", node_text(obj)) for name, obj_name in wanted):
            continue
        callee = _bound_call(tree.root_node, node_text(obj), use=node)
        if callee and callee not in made:
            made.append(callee)
    found: list[Candidate] = []
    for callee in made:
        for file, source in {path: text, **{f: t for f, t in sources.items() if f != path}}.items():
            found += _split_returns(source, file, callee)
    return found


def _bound_call(root, name: str, *, use) -> str:
    """The function `name` was last bound to a call of before `use` (`const x = f(...)` → `f`), in a
    scope `use` sees: a binding in another function, or one a nearer function's parameter of the same
    name shadows, holds another value (round 54's review: another function's `extras` was followed)."""
    scopes = _functions_around(use)
    callee = ""
    for node in walk(root):
        if node.type != "variable_declarator" or node.start_byte >= use.start_byte:
            continue
        bound, value = node.child_by_field_name("name"), node.child_by_field_name("value")
        if bound is None or value is None or node_text(bound) != name or value.type != "call_expression":
            continue
        scope = next(iter(_functions_around(node)), None)
        inner = scopes if scope is None else scopes[: scopes.index(scope)] if scope in scopes else None
        if inner is None or any(_binds(function, name) for function in inner):
            continue
        function = value.child_by_field_name("function")
        callee = node_text(function) if function is not None and function.type == "identifier" else ""
    return callee


def _functions_around(node) -> list:
    """The functions enclosing `node`, innermost first."""
    found, node = [], node.parent
    while node is not None:
        if node.type in FUNCTIONS:
            found.append(node)
        node = node.parent
    return found


def _binds(function, name: str) -> bool:
    """Whether one of `function`'s parameters is named `name`."""
    parameters = function.child_by_field_name("parameters") or function.child_by_field_name("parameter")
    return parameters is not None and any(
        n.type in ("identifier", "shorthand_property_identifier_pattern") and node_text(n) == name
        for n in walk(parameters)
    )


def _split_returns(text: str, path: str, callee: str) -> list[Candidate]:
    if language_of(path) is None or callee not in text:
        return []
    tree = parse(text, path)
    if tree is None:
        return []
    data, found = encode(text), []
    for node in walk(tree.root_node):
        body = _body_of(node, callee)
        if body is None:
            continue
        for value in _returned(body):
            if value.type in ("array", "null", "undefined", "object", "number", "true", "false"):
                continue  # not a string: nothing to split
            written = node_text(value) if value.type in TIGHT else f"({node_text(value)})"
            row = value.start_point.row + 1
            for new, what in (
                (f"{written}.split(',').map((part) => part.trim()).filter((part) => part !== '')",
                 "split at commas into trimmed, non-empty parts"),
                (f"{written}.split(',')", "split at commas"),
            ):  # fmt: skip
                edited = (data[: value.start_byte] + new.encode() + data[value.end_byte :]).decode(
                    "utf-8", errors="surrogateescape"
                )
                found.append(
                    Candidate(
                        path, edited, row, f"{callee}() returns a string its caller uses as a list: {what}"
                    )
                )
    return parsing(found, original=text, path=path)


def _body_of(node, callee: str):
    """The body of the function `callee` when `node` defines it (a declaration or a bound function)."""
    if node.type == "function_declaration":
        name = node.child_by_field_name("name")
        return node.child_by_field_name("body") if name is not None and node_text(name) == callee else None
    if node.type == "variable_declarator":
        name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
        if name is not None and value is not None and node_text(name) == callee and value.type in FUNCTIONS:
            return value.child_by_field_name("body")
    return None


def _returned(body) -> list:
    """The values the function returns: its `return` statements' (not nested functions'), or an arrow's expression."""
    if body.type != "statement_block":
        return [body]
    values, stack = [], list(body.named_children)
    while stack:
        node = stack.pop()
        if node.type in FUNCTIONS or node.type == "class_declaration":
            continue
        if node.type == "return_statement" and node.named_children:
            values.append(node.named_children[0])
            continue
        stack.extend(node.named_children)
    return sorted(values, key=lambda v: v.start_byte)
