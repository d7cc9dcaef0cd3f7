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
- A Number method (`toFixed`) on a property an object literal stores as a raw value while a sibling
  property of the same literal is converted to a number (`{ greenG: Number.parseFloat(green), roastedG:
  roasted }`: parsed text beside unparsed text): the value given the sibling's conversion, its other
  arguments (a radix) kept (round 51, npm25).
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
    if match is not None and "." not in match["receiver"] and match["method"] in DATE_METHODS:
        return date_called(text, path, name=match["receiver"])
    if match is not None and "." not in match["receiver"] and match["method"] in STRING_METHODS:
        return number_passed(text, path, name=match["receiver"], method=match["method"], sources=sources)
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
            if method in NUMBER_METHODS:
                made += _unconverted(data, file, tree.root_node, field)
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


# -- a raw value beside a sibling converted to a number (round 51, npm25) ------------------------------
NUMBER_CONVERSIONS = frozenset({"Number", "Number.parseFloat", "Number.parseInt", "parseFloat", "parseInt"})
RAW_VALUES = ("identifier", "member_expression", "subscript_expression")


def _unconverted(data: bytes, path: str, root: tree_sitter.Node, field: str) -> list[Candidate]:
    found = []
    stack = [root]
    while stack:
        node = stack.pop()
        stack.extend(node.named_children)
        if node.type != "object":
            continue
        pairs = [p for p in node.named_children if p.type == "pair"]
        stored = next(
            (p for p in pairs if node_text(p.child_by_field_name("key")).strip("'\"") == field), None
        )
        value = stored.child_by_field_name("value") if stored is not None else None
        if value is None or value.type not in RAW_VALUES:
            continue
        for sibling in pairs:
            call = sibling.child_by_field_name("value")
            if sibling is stored or call is None or call.type != "call_expression":
                continue
            function, arguments = call.child_by_field_name("function"), call.child_by_field_name("arguments")
            given = (
                [a for a in arguments.named_children if a.type != "comment"] if arguments is not None else []
            )
            if function is None or node_text(function) not in NUMBER_CONVERSIONS or not given:
                continue
            rest = "".join(f", {node_text(a)}" for a in given[1:])
            new = f"{node_text(function)}({node_text(value)}{rest})"
            found.append(Candidate(path, replace_span(data, value.start_byte, value.end_byte, new),
                                   value.start_point.row + 1,
                                   f"convert '{field}' to a number as its sibling '{node_text(sibling.child_by_field_name('key'))}' is"))  # fmt: skip
            break
        if len(found) >= MAX_CANDIDATES:
            break
    return found


# -- a Date made by calling Date without `new` (round 49, npm23) ------------------------------------
def date_called(text: str, path: str, *, name: str) -> list[Candidate]:
    """A Date method called on a local that holds `Date(...)`: Date called as a function ignores its
    arguments and returns the current time as a string (ECMAScript 21.4.2.1, step 1: "If NewTarget is
    undefined, return ToDateString(now)"), so the value is made wrong where `Date` lacks its `new`; that
    call gets it (`const at = Date(stamp)` → `new Date(stamp)`), at the line where it is made, before the
    conversions at the use (`new Date(at).getUTCHours()`, which converts the wrong string)."""
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    found: list[Candidate] = []
    stack = [tree.root_node]
    while stack and len(found) < MAX_CANDIDATES:
        node = stack.pop()
        target, value = None, None
        if node.type == "variable_declarator":
            target, value = node.child_by_field_name("name"), node.child_by_field_name("value")
        elif node.type == "assignment_expression":
            target, value = node.child_by_field_name("left"), node.child_by_field_name("right")
        if target is not None and value is not None and node_text(target) == name:
            while value.type in ("parenthesized_expression", "await_expression") and value.named_children:
                value = value.named_children[-1]
            callee = value.child_by_field_name("function") if value.type == "call_expression" else None
            if callee is not None and callee.type == "identifier" and node_text(callee) == "Date":
                new = replace_span(data, value.start_byte, value.start_byte, "new ")
                found.append(Candidate(path, new, value.start_point.row + 1,
                                       f"make {name} with new Date(...): Date called without new returns a string"))  # fmt: skip
        stack.extend(node.children)
    return parsing(found, original=text, path=path)


# -- a number passed where the callee reads a string (round 49, npm23) -------------------------------
ARITHMETIC = ("-", "*", "/", "%", "**", "+")
# Functions looked at for the parameter (each is read whole: nested ones would make it quadratic).
MAX_FUNCTIONS = 256


def _numeric(node: tree_sitter.Node) -> bool:
    """`node` makes a number whatever its operands hold: a number literal, arithmetic (`a + i` too: a
    string operand would have made a string, which the crash says did not arrive), a sign, `.length`."""
    while node.type == "parenthesized_expression" and node.named_children:
        node = node.named_children[0]
    if node.type == "number":
        return True
    if node.type == "binary_expression":
        operator = node.child_by_field_name("operator")
        sides = [node.child_by_field_name("left"), node.child_by_field_name("right")]
        return (
            operator is not None
            and operator.type in ARITHMETIC
            and not any(s is not None and s.type in ("string", "template_string") for s in sides)
        )
    if node.type == "unary_expression":
        operator = node.child_by_field_name("operator")
        return operator is not None and operator.type in ("-", "+")
    return node.type == "member_expression" and node_text(node).endswith(".length")


def _callee_of(tree: tree_sitter.Tree, name: str, method: str) -> tuple[str, int] | None:
    """(function name, parameter index) of the named function whose parameter `name` it calls
    `name.method(...)` on."""
    stack, examined = [tree.root_node], 0
    while stack and examined < MAX_FUNCTIONS:
        node = stack.pop()
        if node.type in ("function_declaration", "arrow_function", "function_expression"):
            examined += 1
            parameters = node.child_by_field_name("parameters")
            listed = [c for c in parameters.named_children if c.type != "comment"] if parameters else []
            single = node.child_by_field_name("parameter")
            if single is not None:
                listed = [single]
            index = next(
                (i for i, p in enumerate(listed) if node_text(p).split(":")[0].strip() == name), None
            )
            called = node.child_by_field_name("name")
            if called is None and node.parent is not None and node.parent.type == "variable_declarator":
                called = node.parent.child_by_field_name("name")
            if (
                index is not None
                and called is not None
                and re.search(
                    rf"(?<![\w$.]){re.escape(name)}\s*\.\s*{re.escape(method)}\s*\(", node_text(node)
                )
            ):
                return node_text(called), index
        stack.extend(node.children)
    return None


def number_passed(
    text: str, path: str, *, name: str, method: str, sources: dict[str, str]
) -> list[Candidate]:
    """`seq.padStart is not a function` where `seq` is a parameter of `ticket`: the number was made where
    `ticket` is called (`ticket(firstNumber + i)`), so each call passing an expression that makes a
    number gets it as a string there (`ticket(String(firstNumber + i))`), the value made of the kind the
    callee reads, before the conversion at the use (the repair literature's root cause before symptom,
    as for the Python engine's type_made)."""
    tree = parse(text, path)
    if tree is None:
        return []
    callee = _callee_of(tree, name, method)
    if callee is None:
        # The failure placed at the call (the repository's frame that passed the value): the callee
        # that reads the parameter is in another module.
        for file, source in list(sources.items())[:MAX_FILES]:
            if file != path and f"{name}.{method}" in source:
                other = parse(source, file)
                callee = _callee_of(other, name, method) if other is not None else None
                if callee is not None:
                    break
    if callee is None:
        return []
    function, index = callee
    found: list[Candidate] = []
    files = [(path, text)] + [
        (f, t) for f, t in list(sources.items())[:MAX_FILES] if f != path and function in t
    ]
    for file, source in files:
        caller = parse(source, file) if file != path else tree
        if caller is None:
            continue
        data, edits = encode(source), []
        stack = [caller.root_node]
        while stack and len(edits) < MAX_CANDIDATES:
            node = stack.pop()
            if node.type == "call_expression":
                called = node.child_by_field_name("function")
                arguments = node.child_by_field_name("arguments")
                if (
                    called is not None
                    and arguments is not None
                    and node_text(called).split(".")[-1] == function
                ):
                    listed = [c for c in arguments.named_children if c.type != "comment"]
                    if index < len(listed) and _numeric(listed[index]):
                        edits.append(listed[index])
            stack.extend(node.children)
        for argument in edits:
            new = replace_span(data, argument.start_byte, argument.end_byte, f"String({node_text(argument)})")
            found.append(Candidate(file, new, argument.start_point.row + 1,
                                   f"pass {node_text(argument)[:40]} to {function} as a string, which it calls '{method}' on"))  # fmt: skip
        if len(found) >= MAX_CANDIDATES:
            break
    return found[:MAX_CANDIDATES]
