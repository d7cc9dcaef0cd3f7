"""TYPE_ERROR templates (round 55, npmtypes29): a value used with the shape of another kind of value,
read from the error's own semantics and the declarations the project writes (PyTER/TBar-style
type-directed templates). Three, each for one message:

- **An Array method on an iterator** (V8 "X.values(...).filter is not a function", an iterator helper
  before Node 22): the iterator spread into an array first, `[...X.values()].filter(f)`, and a later
  `.toArray()` of the chain dropped (the spread already made the array; `take(n)`/`drop(n)` become
  `slice(0, n)`/`slice(n)`). `[...S.values()]` of a name the file binds to `new Set(...)` is written
  `[...S]` (a Set iterates its values). Not for a receiver that is no call (builtins.py spreads those
  by their type) nor a method no Array has.
- **An object destructured with an array pattern** (V8 "... is not iterable", "... is not a function or
  its return value is not iterable"; tsc TS2488 "must have a '[Symbol.iterator]()' method"):
  `const [a, b] = new C(...)` (or a name bound to one) becomes the object pattern `const { a, b } = ...`
  when the class C the project declares has a member (field, getter, method, parameter property) of
  each name and no `[Symbol.iterator]` of its own. Not when a pattern element is a hole, a default or
  a rest, nor when a name is no member.
- **Objects where numbers are wanted** (tsc TS2345 "Argument of type 'T' is not assignable to parameter
  of type 'number'"): `...xs` of T objects spread into the call becomes `...xs.map((t) => t.f)`, one
  candidate per field the project's `interface T`/`type T = {...}` types `number`, the fields that share
  a word with the enclosing function's name first (`peakM` → `levelM`), then in declaration order. Not
  when T declares no numeric field.
"""

from __future__ import annotations

import re

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_span
from healer.engine.javascript.syntax import encode, node_text, parse, walk

ITERATOR_CALL = re.compile(
    r"(?P<receiver>[\w$.]+?)\.(?P<made>\w+)\(\.\.\.\)\.(?P<method>\w+) is not a function"
)
# Iterator.prototype's helpers (ES2025) and what each is as an Array method ("" = the array itself).
HELPERS = {"filter": None, "map": None, "flatMap": None, "reduce": None, "some": None, "every": None,
           "find": None, "forEach": None, "take": "slice(0, {0})", "drop": "slice({0})", "toArray": ""}  # fmt: skip
NOT_ITERABLE = re.compile(
    r"is not iterable|its return value is not iterable|must have a '\[Symbol\.iterator\]\(\)' method"
)
NUMBERS_WANTED = re.compile(
    r"Argument of type '(?P<type>[A-Z][\w$]*)' is not assignable to parameter of type 'number'"
)
FUNCTIONS = ("function_declaration", "function_expression", "arrow_function", "method_definition",
             "generator_function_declaration", "function")  # fmt: skip


def _at_line(root: tree_sitter.Node, line: int):
    for node in walk(root):
        if node.start_point.row <= line - 1 <= node.end_point.row:
            yield node


# -- an Array method on an iterator ------------------------------------------------------------------------
def _set_bound(root: tree_sitter.Node, name: str) -> bool:
    for node in walk(root):
        if node.type == "variable_declarator" and node_text(node.child_by_field_name("name")) == name:
            value = node.child_by_field_name("value")
            if value is not None and value.type == "new_expression":
                made = value.child_by_field_name("constructor")
                return made is not None and node_text(made) == "Set"
    return False


def _member_call(node: tree_sitter.Node) -> tuple[tree_sitter.Node, str] | None:
    """(the receiver, the method) of `receiver.method(...)`."""
    if node.type != "call_expression":
        return None
    callee = node.child_by_field_name("function")
    if callee is None or callee.type != "member_expression":
        return None
    prop = callee.child_by_field_name("property")
    obj = callee.child_by_field_name("object")
    return (obj, node_text(prop)) if obj is not None and prop is not None else None


def iterator_helper_candidates(text: str, path: str, *, line: int, message: str) -> list[Candidate]:
    said = ITERATOR_CALL.search(message)
    if said is None or said["method"] not in HELPERS:
        return []
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    found: list[Candidate] = []
    for call in _at_line(tree.root_node, line):
        called = _member_call(call)
        if called is None or called[1] != said["method"]:
            continue
        receiver = called[0]
        made = _member_call(receiver)
        if made is None or made[1] != said["made"] or not node_text(made[0]).endswith(said["receiver"]):
            continue
        spread = node_text(receiver)
        if (
            made[1] in ("values", "keys")
            and made[0].type == "identifier"
            and _set_bound(tree.root_node, node_text(made[0]))
        ):
            spread = node_text(made[0])
        array = f"[...{spread}]"
        # The chain from the spread outwards: each helper respelt as its Array method.
        start, end = receiver.start_byte, receiver.end_byte
        written = array
        node = receiver
        while node.parent is not None and node.parent.type == "member_expression":
            member = node.parent
            outer = member.parent
            if outer is None or outer.type != "call_expression":
                break
            method = node_text(member.child_by_field_name("property"))
            if method not in HELPERS:
                break
            arguments = outer.child_by_field_name("arguments")
            given = [node_text(a) for a in arguments.named_children] if arguments is not None else []
            as_array = HELPERS[method]
            if as_array == "":
                pass  # toArray: the array is already there
            elif as_array is not None:
                written += "." + as_array.format(*given) if given else ""
            else:
                written += node_text(outer)[node.end_byte - outer.start_byte :]
            end = outer.end_byte
            node = outer
        found.append(
            Candidate(
                path,
                replace_span(data, start, end, written),
                line,
                f"spread {node_text(receiver)[:40]} into an array before {said['method']} (an iterator has no Array methods)",
            )
        )
    return parsing(found, original=text, path=path)


# -- an object destructured with an array pattern -----------------------------------------------------
def _class_members(sources: dict[str, str], name: str) -> set[str] | None:
    """The member names of the class `name` some source declares (None: no such class, or iterable)."""
    for file, text in sources.items():
        if f"class {name}" not in text:
            continue
        tree = parse(text, file)
        if tree is None:
            continue
        for node in walk(tree.root_node):
            if (
                node.type not in ("class_declaration", "class")
                or node_text(node.child_by_field_name("name")) != name
            ):
                continue
            body = node.child_by_field_name("body")
            members: set[str] = set()
            for member in body.named_children if body is not None else []:
                named = member.child_by_field_name("name") or member.child_by_field_name("property")
                if named is None:
                    continue
                written = node_text(named)
                if "Symbol.iterator" in written:
                    return None
                members.add(written)
                if written == "constructor":
                    parameters = member.child_by_field_name("parameters")
                    for parameter in parameters.named_children if parameters is not None else []:
                        # TypeScript's parameter properties (`constructor(readonly trails: T[])`).
                        if parameter.type in ("required_parameter", "optional_parameter") and any(
                            c.type in ("accessibility_modifier", "readonly") for c in parameter.children
                        ):
                            pattern = parameter.child_by_field_name("pattern")
                            if pattern is not None:
                                members.add(node_text(pattern))
            return members
    return None


def _constructed(value: tree_sitter.Node, root: tree_sitter.Node) -> str | None:
    """The class `value` is an instance of: `new C(...)`, or a name the file binds to one."""
    if value.type == "new_expression":
        made = value.child_by_field_name("constructor")
        return node_text(made) if made is not None and made.type == "identifier" else None
    if value.type == "identifier":
        for node in walk(root):
            if node.type == "variable_declarator" and node_text(
                node.child_by_field_name("name")
            ) == node_text(value):
                bound = node.child_by_field_name("value")
                return (
                    _constructed(bound, root)
                    if bound is not None and bound.type == "new_expression"
                    else None
                )
    return None


def object_pattern_candidates(
    text: str, path: str, *, line: int, message: str, sources: dict[str, str]
) -> list[Candidate]:
    if not NOT_ITERABLE.search(message):
        return []
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    found: list[Candidate] = []
    for node in _at_line(tree.root_node, line):
        if node.type not in ("variable_declarator", "assignment_expression"):
            continue
        pattern = node.child_by_field_name("name") or node.child_by_field_name("left")
        value = node.child_by_field_name("value") or node.child_by_field_name("right")
        if pattern is None or value is None or pattern.type != "array_pattern":
            continue
        names = [c for c in pattern.named_children if c.type != "comment"]
        if not names or any(c.type != "identifier" for c in names):
            continue
        # A hole (`[, b]`) leaves two commas side by side: positions the object pattern cannot keep.
        if re.search(r"\[\s*,|,\s*,|,\s*\]", node_text(pattern)):
            continue
        owner = _constructed(value, tree.root_node)
        members = _class_members({**sources, path: text}, owner) if owner else None
        if not members or any(node_text(n) not in members for n in names):
            continue
        written = "{ " + ", ".join(node_text(n) for n in names) + " }"
        if node.type == "assignment_expression":
            continue  # `[a, b] = x` as a statement would need parentheses around the object pattern
        found.append(
            Candidate(
                path,
                replace_span(data, pattern.start_byte, pattern.end_byte, written),
                line,
                f"destructure the {owner}'s members by name: an instance is not iterable",
            )
        )
    return parsing(found, original=text, path=path)


# -- objects where numbers are wanted ------------------------------------------------------------------
def _numeric_fields(sources: dict[str, str], name: str) -> list[str]:
    declared = re.compile(rf"\b(?:interface\s+{re.escape(name)}\b[^{{]*|type\s+{re.escape(name)}\s*=\s*)\{{")
    for text in sources.values():
        match = declared.search(text)
        if match is None:
            continue
        depth, at = 1, match.end()
        while at < len(text) and depth:
            depth += {"{": 1, "}": -1}.get(text[at], 0)
            at += 1
        body = text[match.end() : at - 1]
        return re.findall(r"(?m)^\s*(?:readonly\s+)?([A-Za-z_$][\w$]*)\??\s*:\s*number\s*[;,]?\s*$", body)
    return []


def _words(name: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", name)}


def numeric_field_candidates(
    text: str, path: str, *, line: int, message: str, sources: dict[str, str]
) -> list[Candidate]:
    said = NUMBERS_WANTED.search(message)
    if said is None:
        return []
    fields = _numeric_fields({**sources, path: text}, said["type"])
    if not fields:
        return []
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    found: list[Candidate] = []
    item = said["type"][:1].lower() + said["type"][1:]
    for node in _at_line(tree.root_node, line):
        if node.type != "spread_element" or node.parent is None or node.parent.type != "arguments":
            continue
        spread = node.named_children[0] if node.named_children else None
        if spread is None or node.start_point.row != line - 1:
            continue
        enclosing = node.parent
        while enclosing is not None and enclosing.type not in FUNCTIONS:
            enclosing = enclosing.parent
        named = enclosing.child_by_field_name("name") if enclosing is not None else None
        if named is None and enclosing is not None and enclosing.parent is not None:
            named = enclosing.parent.child_by_field_name("name")
        wanted = _words(node_text(named)) if named is not None else set()
        ranked = sorted(fields, key=lambda f: (not (_words(f) & wanted), fields.index(f)))
        local = item if re.search(rf"(?<![\w$]){re.escape(item)}(?![\w$])", text) is None else "item"
        for field in ranked:
            written = f"...{node_text(spread)}.map(({local}) => {local}.{field})"
            found.append(
                Candidate(
                    path,
                    replace_span(data, node.start_byte, node.end_byte, written),
                    line,
                    f"spread each {said['type']}'s {field}, the number the call takes",
                )
            )
    return parsing(found, original=text, path=path)
