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

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_span
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


# -- a field the project fills with text, used as a list (round 56, npm30) ---------------------------------
# A separated field as tills, forms and CSV cells write it: the separator a literal of the field shows.
SEPARATORS = (", ", ",", "; ", ";", "|")
TEXT_VALUES = ("string", "template_string")


def text_receivers(
    text: str, path: str, *, line: int, messages: Iterable[str], evidence: Mapping[str, str]
) -> dict[str, str]:
    """The receivers of an Array method on `line` that the project shows are text, each with the
    separator its literals use (',' when none shows one). Evidence (round 56: `[...order.toppings]`
    spread the till's 'cream,jam' into characters, a wrong program the tests accepted):

    - `obj.field`: the project's code or tests write `field: '...'` (a string or template literal)
      in an object literal, and never `field: [...]`;
    - a name the enclosing code binds to a string or template literal or to a `.join(...)` call.
    """
    names = {m["name"] for message in messages if (m := RUNTIME.search(message))}
    names |= {m["name"] for message in messages if (m := CHECKER.search(message))}
    tree = parse(text, path) if names & ARRAY_ONLY else None
    if tree is None:
        return {}
    found: dict[str, str] = {}
    for node in walk(tree.root_node):
        if node.type != "member_expression" or node.start_point.row != line - 1:
            continue
        obj, prop = node.child_by_field_name("object"), node.child_by_field_name("property")
        if obj is None or prop is None or node_text(prop) not in names & ARRAY_ONLY:
            continue
        if obj.type == "member_expression":
            field = obj.child_by_field_name("property")
            literals = (
                _field_literals(node_text(field), {path: text, **evidence}) if field is not None else None
            )
        elif obj.type == "identifier":
            literals = _bound_text(tree.root_node, node_text(obj), use=node)
        else:
            literals = None
        if literals is not None:
            found[node_text(obj)] = _separator(literals)
    return found


def _field_literals(field: str, files: Mapping[str, str]) -> list[str] | None:
    """The string values `field: ...` takes in the files' object literals; None when none is text or
    one is an array (the field is then a list somewhere, and a spread or a split is no evidence)."""
    values: list[str] = []
    for file, source in files.items():
        if language_of(file) is None or field not in source:
            continue
        tree = parse(source, file)
        for node in walk(tree.root_node) if tree is not None else ():
            if node.type == "pair":
                key, value = node.child_by_field_name("key"), node.child_by_field_name("value")
                named = node_text(key).strip("'\"") if key is not None else ""
            elif node.type == "assignment_expression":
                # `order.toppings = new Set(...)`: the code stores a list or a collection in the field
                # (round 56's review: only object literals were read, so such a field was called text).
                key, value = node.child_by_field_name("left"), node.child_by_field_name("right")
                named = (
                    node_text(key.child_by_field_name("property"))
                    if key is not None and key.type == "member_expression"
                    else ""
                )
            else:
                continue
            if value is None or named != field:
                continue
            if value.type in ("array", "new_expression"):
                return None
            if value.type in TEXT_VALUES and node.type == "pair":  # an assignment is counter-evidence only
                values.append(node_text(value)[1:-1])
    return values or None


def _bound_text(root, name: str, *, use) -> list[str] | None:
    """The text `name` is last bound to before `use` when that is a string or template literal or a
    `.join(...)` (whose separator is the one it joins with), in a scope `use` sees; None otherwise."""
    scopes = _functions_around(use)
    bound: list[str] | None = None
    for node in walk(root):
        if node.type != "variable_declarator" or node.start_byte >= use.start_byte:
            continue
        named, value = node.child_by_field_name("name"), node.child_by_field_name("value")
        if named is None or value is None or node_text(named) != name:
            continue
        scope = next(iter(_functions_around(node)), None)
        if scope is not None and scope not in scopes:
            continue
        bound = None
        if value.type in TEXT_VALUES:
            bound = [node_text(value)[1:-1]]
        elif value.type == "call_expression" and node_text(value.child_by_field_name("function")).endswith(
            ".join"
        ):
            arguments = value.child_by_field_name("arguments")
            given = [a for a in arguments.named_children if a.type in TEXT_VALUES] if arguments else []
            bound = [f"a{node_text(given[0])[1:-1]}b" if given else "a,b"]
    return bound


def _separator(literals: list[str]) -> str:
    """The separator the literals share (', ' before ',' when every separated one has the space)."""
    for separator in SEPARATORS:
        if any(separator in literal for literal in literals):
            return separator
    return ","


def split_at_use_candidates(
    text: str, path: str, *, line: int, receivers: Mapping[str, str]
) -> list[Candidate]:
    """`order.toppings.filter(...)` of a field the project fills with 'cream,jam': split at the
    separator its literals show, at the use (the value is made by the caller, outside the code)."""
    tree = parse(text, path) if receivers else None
    if tree is None:
        return []
    data, found = encode(text), []
    for node in walk(tree.root_node):
        if node.type != "member_expression" or node.start_point.row != line - 1:
            continue
        obj = node.child_by_field_name("object")
        if obj is None or node_text(obj) not in receivers:
            continue
        separator = receivers[node_text(obj)].replace("'", "\\'")
        new = f"{node_text(obj)}.split('{separator}')"
        edited = replace_span(data, obj.start_byte, obj.end_byte, new)
        found.append(
            Candidate(
                path,
                edited,
                line,
                f"{node_text(obj)[:40]} is text the project separates with '{separator}': split it",
            )
        )
    return parsing(found, original=text, path=path)
