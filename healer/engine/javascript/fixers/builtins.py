"""TYPE_ERROR candidates for a method a built-in does not have: `map.add(k, v)` on a Map,
`Number.parseInteger(s, 10)`, `count.repeat(ch)` on a number.

The members are the sandbox's own Node's (`BUILTINS_SCRIPT`, run once per run by
languages/javascript.py: every global constructor's and namespace's own members and their
`length`), not a hand list, so they follow the Node version the project runs on. The
receiver's type comes from tsc's message (`Property 'add' does not exist on type
'Map<string, string>'`) or, for a runtime TypeError, from the code that made the value
(`new Map()`, a literal, `Number(...)`; a global like `Number` itself for its statics).

Templates (PAR's "method replacer", Kim et al., ICSE 2013, restricted to the methods the
receiver's type has, ranked by name similarity and by arity as its templates restrict
replacements to compatible signatures):

- another method of the receiver's type: the closest names, and those taking as many
  arguments as the call passes, first;
- the receiver and the argument the wrong way round (`ch.repeat(count)`): when another
  built-in's instances have the method with as many parameters as the call passes, swap the
  receiver with the call's first argument (first: the name is right, the receiver is not).
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterator, Mapping

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_span
from healer.engine.javascript.fixers.tsc_types import NO_PROPERTY
from healer.engine.javascript.fixers.type_errors import NOT_FUNCTION
from healer.engine.javascript.syntax import encode, method_call, node_text, parse, walk

JSON_MARK = "HEALER-JSON:"
# Run with the sandbox's node: {"node": version, "types": {Global: {"static": {member: length or
# null}, "prototype": {...}}}} for every global constructor and namespace (Map, Number, Math...).
BUILTINS_SCRIPT = (
    "const own = (v) => Object.fromEntries(Object.getOwnPropertyNames(v).map((k) => {"
    " const d = Object.getOwnPropertyDescriptor(v, k);"
    " return [k, d && typeof d.value === 'function' ? d.value.length : null]; }));"
    " const types = {};"
    " for (const name of Object.getOwnPropertyNames(globalThis)) {"
    " if (!/^[A-Z]/.test(name)) continue;"
    " const d = Object.getOwnPropertyDescriptor(globalThis, name); const v = d && d.value;"
    " if (typeof v === 'function' && v.prototype && typeof v.prototype === 'object')"
    " types[name] = { static: own(v), prototype: own(v.prototype) };"
    " else if (v && typeof v === 'object') types[name] = { static: own(v), prototype: {} }; }"
    f" console.log({JSON_MARK!r} + JSON.stringify({{ node: process.version, types }}));"
)

# Global -> side ("static"/"prototype") -> member -> arity (None: not a method).
Table = Mapping[str, Mapping[str, Mapping[str, int | None]]]
MAX_RENAMES = 4
ARITY_BONUS = 0.5  # a member taking exactly the call's argument count ranks as if 0.5 closer by name


def builtins_parse(output: str) -> dict[str, dict[str, dict[str, int | None]]] | None:
    """The table BUILTINS_SCRIPT printed (None when it printed none)."""
    for line in reversed(output.splitlines()):
        if not line.startswith(JSON_MARK):
            continue
        try:
            data = json.loads(line[len(JSON_MARK) :])
        except ValueError:
            return None
        types = data.get("types") if isinstance(data, dict) else None
        if not isinstance(types, dict):
            return None
        table = {}
        for name, sides in types.items():
            if isinstance(name, str) and isinstance(sides, dict):
                table[name] = {
                    side: {
                        k: v if isinstance(v, int) else None
                        for k, v in (sides.get(side) or {}).items()
                        if isinstance(k, str)
                    }
                    for side in ("static", "prototype")
                }
        return table
    return None


# tsc's names of primitive types and of the constructors' own types.
PRIMITIVE_TYPES = {"string": "String", "number": "Number", "boolean": "Boolean", "bigint": "BigInt",
                   "symbol": "Symbol"}  # fmt: skip


def tsc_receiver(type_text: str, table: Table) -> tuple[str, str] | None:
    """(global, side) of a type as tsc prints it: 'Map<string, number>', 'number', 'NumberConstructor',
    'Math', 'string[]', a literal type ('"abc"', '42')."""
    text = type_text.strip().removeprefix("readonly ")
    if text.endswith("[]"):
        text = "Array"
    elif text[:1] in "'\"`":
        text = "string"
    elif re.fullmatch(r"-?\d+(?:\.\d+)?", text):
        text = "number"
    text = PRIMITIVE_TYPES.get(text, text.split("<", 1)[0].strip())
    if text.endswith("Constructor") and text[: -len("Constructor")] in table:
        return text[: -len("Constructor")], "static"
    if text in table:
        return text, "prototype" if table[text].get("prototype") else "static"
    return None


LITERALS = {"string": "String", "template_string": "String", "number": "Number", "array": "Array",
            "object": "Object", "regex": "RegExp", "true": "Boolean", "false": "Boolean"}  # fmt: skip
# Global functions whose result's type is the global of the same name (a conversion).
CONVERSIONS = frozenset({"String", "Number", "Boolean", "BigInt", "Symbol"})


def code_receiver(obj, root, table: Table) -> tuple[str, str] | None:
    """(global, side) of a receiver as the code shows it: a global itself (`Number.x`), or a value
    made by `new G(...)`, a literal or a conversion, directly or through its one declaration in the
    file (or `this.p = ...` in the class)."""
    if obj.type == "identifier" and node_text(obj) in table and _declaration(obj, root) is None:
        return node_text(obj), "static"
    made = _value_type(obj, root, table, depth=0)
    return (made, "prototype") if made else None


def _value_type(node, root, table: Table, *, depth: int) -> str | None:
    if node is None or depth > 3:
        return None
    if node.type in LITERALS:
        return LITERALS[node.type]
    if node.type == "parenthesized_expression" and node.named_children:
        return _value_type(node.named_children[0], root, table, depth=depth + 1)
    if node.type == "new_expression":
        constructor = node.child_by_field_name("constructor")
        name = node_text(constructor) if constructor is not None else ""
        return name if name in table else None
    if node.type == "call_expression":
        function = node.child_by_field_name("function")
        name = node_text(function) if function is not None else ""
        return name if name in CONVERSIONS and name in table else None
    if node.type == "identifier":
        declarator = _declaration(node, root)
        value = declarator.child_by_field_name("value") if declarator is not None else None
        return _value_type(value, root, table, depth=depth + 1)
    if node.type == "member_expression":
        obj, prop = node.child_by_field_name("object"), node.child_by_field_name("property")
        if obj is not None and obj.type == "this" and prop is not None:
            return _value_type(_this_assignment(node, node_text(prop)), root, table, depth=depth + 1)
    return None


def _declaration(identifier, root):
    """The variable declarator binding the identifier's name, the last one before its use."""
    name = node_text(identifier)
    found = None
    for node in walk(root):
        if node.start_byte > identifier.start_byte:
            break
        if node.type == "variable_declarator":
            bound = node.child_by_field_name("name")
            if bound is not None and bound.type == "identifier" and node_text(bound) == name:
                found = node
    return found


def _this_assignment(member, prop: str):
    """The value of `this.<prop> = value` (or the field `prop = value`) in the enclosing class."""
    scope = member.parent
    while scope is not None and scope.type not in ("class_body", "class"):
        scope = scope.parent
    for node in walk(scope) if scope is not None else []:
        if node.type == "assignment_expression":
            left = node.child_by_field_name("left")
            if left is not None and node_text(left) == f"this.{prop}":
                return node.child_by_field_name("right")
        elif node.type in ("field_definition", "public_field_definition"):
            name = node.child_by_field_name("property") or node.child_by_field_name("name")
            if name is not None and node_text(name) == prop:
                return node.child_by_field_name("value")
    return None


def builtin_member_candidates(
    text: str, path: str, *, line: int, message: str, table: Table | None
) -> list[Candidate]:
    """Candidates for a call of a method the built-in receiver lacks, at `line`."""
    if not table:
        return []
    runtime, checker = NOT_FUNCTION.match(message), NO_PROPERTY.search(message)
    match = runtime or checker
    tree = parse(text, path)
    if match is None or tree is None:
        return []
    name = match["name"]
    data = encode(text)
    generated: list[Candidate] = []
    for call, obj, prop in _member_calls(tree.root_node, line, name):
        receiver = (
            tsc_receiver(checker["type"], table)
            if checker is not None
            else code_receiver(obj, tree.root_node, table)
        )
        if receiver is None:
            continue
        owner, side = receiver
        members = {
            m: a
            for m, a in table[owner].get(side, {}).items()
            # Annex B's legacy accessors (`__lookupGetter__`) are never the call that was meant.
            if a is not None and m != "constructor" and not m.startswith("__")
        }
        if name in members:
            continue  # the type has the method: something else is wrong
        arguments = call.child_by_field_name("arguments")
        given = [a for a in arguments.named_children if a.type != "comment"] if arguments is not None else []
        label = owner if side == "static" else f"{owner}.prototype"
        if (
            side == "prototype"
            and _iterable(owner, members)
            and name in table.get("Array", {}).get("prototype", {})
        ):
            # An Array's method on another iterable (a Set, a Map, a string): spread it into one first.
            spread = replace_span(data, obj.start_byte, obj.end_byte, f"[...{node_text(obj)}]")
            generated.append(
                Candidate(
                    path, spread, line, f"spread {node_text(obj)[:40]} into an array: {label} has no '{name}'"
                )
            )
        if given and side == "prototype" and _elsewhere(table, name, owner, len(given)):
            generated += _swapped(data, path, line, call, obj, given[0], name)
        for other in _ranked(name, members, len(given))[:MAX_RENAMES]:
            renamed = replace_span(data, prop.start_byte, prop.end_byte, other)
            generated.append(
                Candidate(
                    path, renamed, line, f"call '{other}' instead of '{name}', which {label} does not have"
                )
            )
    return parsing(generated, original=text, path=path)


def _member_calls(root, line: int, name: str) -> Iterator[tuple]:
    for node in walk(root):
        if node.start_point.row > line - 1 or node.end_point.row < line - 1:
            continue
        parts = method_call(node)
        if parts is not None and node_text(parts[1]) == name and parts[1].start_point.row == line - 1:
            yield node, *parts


def _iterable(owner: str, members: Mapping[str, int | None]) -> bool:
    """Whether the built-in's instances spread into an array: collections iterate their `values`."""
    return owner == "String" or ("values" in members and "forEach" in members)


def _elsewhere(table: Table, name: str, owner: str, count: int) -> bool:
    """Another built-in's instances have the method and it takes as many arguments as the call
    passes (`repeat` is a string's, not a number's, and takes one)."""
    return any(
        other != owner and (sides.get("prototype") or {}).get(name) == count for other, sides in table.items()
    )


def _ranked(name: str, members: Mapping[str, int | None], count: int) -> list[str]:
    def score(member: str) -> float:
        closeness = difflib.SequenceMatcher(None, name.lower(), member.lower()).ratio()
        return closeness + (ARITY_BONUS if members[member] == count else 0.0)

    return sorted((m for m in members if m != name), key=lambda m: (-score(m), m))


SIMPLE = frozenset({"identifier", "member_expression", "call_expression", "subscript_expression", "string",
                    "number", "template_string", "this", "parenthesized_expression"})  # fmt: skip


def _swapped(data: bytes, path: str, line: int, call, obj, first, name: str) -> Iterator[Candidate]:
    """`count.repeat(ch)` -> `ch.repeat(count)`: the receiver and the first argument exchanged."""
    if first.start_byte < obj.end_byte:
        return
    receiver = node_text(first) if first.type in SIMPLE else f"({node_text(first)})"
    argument = node_text(obj)
    new = (
        data[: obj.start_byte]
        + encode(receiver)
        + data[obj.end_byte : first.start_byte]
        + encode(argument)
        + data[first.end_byte :]
    )
    yield Candidate(path, new.decode("utf-8", errors="surrogateescape"), line,
                    f"call '{name}' on {node_text(first)[:40]} with {argument[:40]}: the receiver and the "
                    "argument are the wrong way round")  # fmt: skip
