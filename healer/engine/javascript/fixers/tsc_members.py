r"""tsc diagnostics about members whose declared shape the code does not follow (TypeScript's
diagnostic codes; PyTER's type-directed repair: keep the value, use it as its type allows):

- TS2416 "Property 'area' in type 'Square' is not assignable to the same property in base
  type 'Shape'": a class method narrower than the interface (or base class) it implements. The
  interface is the stated contract its callers rely on, so the method's parameter and return type
  annotations take the base member's (method parameters are checked bivariantly only in name: a
  `number` parameter where the contract passes a `string` is a real mismatch the runtime meets).
- TS2339 "Property 'price' does not exist on type '[string, Item]'" on a for...of variable:
  iterating a Map (or `Object.entries`) yields [key, value] pairs (ECMAScript 24.1.5.1
  Map.prototype[@@iterator] is `entries`), while the loop body reads a value's property: the loop
  goes over `.values()` (`Object.values`).
- TS2576 "Property 'x' does not exist on type 'C'. Did you mean to access the static member 'C.x'
  instead?": the static member through its class, as tsc says.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, replace_nodes, replace_span
from healer.engine.javascript.syntax import encode, language_of, node_text, nodes_on_line, parse, walk

NARROWER = re.compile(
    r"Property '(?P<member>[\w$]+)' in type '(?P<owner>[\w$]+)' is not assignable to the same property "
    r"in base type '(?P<base>[\w$]+)"
)
PAIR_TYPE = re.compile(r"Property '(?P<name>[\w$]+)' does not exist on type '\[[^\[\]]+, [^\[\]]+\]'")
STATIC = re.compile(r"Did you mean to access the static member '(?P<qualified>[\w$]+\.(?P<name>[\w$]+))'")
BASES = ("interface_declaration", "class_declaration", "abstract_class_declaration")
PARAMETERS = ("required_parameter", "optional_parameter")


def tsc_member_candidates(
    text: str, path: str, *, line: int, message: str, sources: Mapping[str, str] | None = None
) -> list[Candidate]:
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    nodes = nodes_on_line(tree.root_node, line)
    found: list[Candidate] = []
    if match := NARROWER.search(message):
        found += _contract_types(data, path, line, nodes, match, {**(sources or {}), path: text})
    if match := PAIR_TYPE.search(message):
        found += _pair_loop(data, path, line, nodes, match["name"])
    if match := READONLY.search(message):
        found += readonly_candidates(data, path, line, nodes, match["name"])
    if match := STATIC.search(message):
        found += [
            Candidate(path, replace_span(data, node.start_byte, node.end_byte, match["qualified"]), line,
                      f"read the static member {match['qualified']} through its class")
            for node in nodes
            if node.type == "member_expression" and node_text(node.child_by_field_name("property")) == match["name"]
        ]  # fmt: skip
    return found


# -- TS2416: a method narrower than the contract -------------------------------------------------------
def _contract_types(data, path, line, nodes, match, sources: Mapping[str, str]) -> Iterator[Candidate]:
    base = _base_member(sources, match["base"], match["member"])
    if base is None:
        return
    for node in nodes:
        if node.type != "method_definition" or node_text(node.child_by_field_name("name")) != match["member"]:
            continue
        new = _retyped(node, base)
        if new:
            yield Candidate(path, replace_nodes(data, new), line,
                            f"type {match['member']}'s parameters as {match['base']} declares them")  # fmt: skip


def _base_member(sources: Mapping[str, str], base: str, member: str) -> tree_sitter.Node | None:
    for file, source in sources.items():
        if language_of(file) not in ("typescript", "tsx") or base not in source:
            continue
        tree = parse(source, file)
        for node in walk(tree.root_node) if tree is not None else ():
            name = node.child_by_field_name("name") if node.type in BASES else None
            if name is None or node_text(name) != base:
                continue
            body = node.child_by_field_name("body")
            for item in body.named_children if body is not None else ():
                key = item.child_by_field_name("name")
                if item.type in ("method_signature", "method_definition", "abstract_method_signature") and (
                    key is not None and node_text(key) == member
                ):
                    return item
    return None


def _retyped(method: tree_sitter.Node, base: tree_sitter.Node) -> dict:
    """{annotation node of the method: the base's annotation text} where they differ."""
    ours, theirs = (_parameters(m) for m in (method, base))
    new = {}
    for mine, wanted in zip(ours, theirs, strict=False):
        have, want = mine.child_by_field_name("type"), wanted.child_by_field_name("type")
        if have is not None and want is not None and node_text(have) != node_text(want):
            new[have] = node_text(want)
    have, want = method.child_by_field_name("return_type"), base.child_by_field_name("return_type")
    if have is not None and want is not None and node_text(have) != node_text(want):
        new[have] = node_text(want)
    return new


def _parameters(node: tree_sitter.Node) -> list[tree_sitter.Node]:
    listed = node.child_by_field_name("parameters")
    return [p for p in listed.named_children if p.type in PARAMETERS] if listed is not None else []


# -- TS2339 on a [key, value] pair: a Map iterated for its values ------------------------------------------
def _pair_loop(data: bytes, path: str, line: int, nodes, name: str) -> Iterator[Candidate]:
    for node in nodes:
        if node.type != "member_expression" or node_text(node.child_by_field_name("property")) != name:
            continue
        receiver = node.child_by_field_name("object")
        loop = _loop_binding(node, node_text(receiver)) if receiver is not None else None
        right = loop.child_by_field_name("right") if loop is not None else None
        if right is None:
            continue
        edit = _values_of(right)
        if edit is None:
            continue
        yield Candidate(path, replace_span(data, right.start_byte, right.end_byte, edit), loop.start_point.row + 1,
                        f"iterate {node_text(right)[:40]}'s values: its entries are [key, value] pairs")  # fmt: skip
        return


def _loop_binding(node: tree_sitter.Node, variable: str) -> tree_sitter.Node | None:
    """The for...of that binds `variable` as a plain name, around the node."""
    current = node.parent
    while current is not None:
        if current.type == "for_in_statement" and any(c.type == "of" for c in current.children):
            left = current.child_by_field_name("left")
            if left is not None and left.type == "identifier" and node_text(left) == variable:
                return current
        current = current.parent
    return None


def _values_of(right: tree_sitter.Node) -> str | None:
    written = node_text(right)
    if right.type == "call_expression":
        function = right.child_by_field_name("function")
        if function is not None and node_text(function) == "Object.entries":
            return "Object.values" + written[len("Object.entries") :]
        if function is not None and function.type == "member_expression":
            method = node_text(function.child_by_field_name("property"))
            if method == "entries":
                receiver = node_text(function.child_by_field_name("object"))
                return f"{receiver}.values()"
            if method in ("values", "keys"):
                return None
    return f"{written}.values()"


# -- TS2540: a read-only property changed in place ----------------------------------------------------------
# "Cannot assign to 'grams' because it is a read-only property": the record is immutable by contract, so
# the change is a new record with the property replaced (`{ ...x, p: x.p - v }`, the immutable update
# idiom of ECMAScript 2018's object spread), stored back where the record was read from: the Map entry
# (`m.get(k)` → `m.set(k, ...)`) or the array slot (`xs[i]` → `xs[i] = ...`), also through a method of the
# class that only looks the record up (`this.get(id)` whose body reads `this.items.get(id)`).
READONLY = re.compile(r"Cannot assign to '(?P<name>[\w$]+)' because it is a read-only property")
OPERATORS = {"+=": "+", "-=": "-", "*=": "*", "/=": "/", "%=": "%", "**=": "**", "||=": "||", "&&=": "&&",
             "??=": "??"}  # fmt: skip


def readonly_candidates(data: bytes, path: str, line: int, nodes, name: str) -> Iterator[Candidate]:
    for node in nodes:
        if node.type not in ("assignment_expression", "augmented_assignment_expression"):
            continue
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        receiver = (
            left.child_by_field_name("object")
            if left is not None and left.type == "member_expression"
            else None
        )
        if receiver is None or receiver.type != "identifier" or right is None:
            continue
        if node_text(left.child_by_field_name("property")) != name:
            continue
        record = node_text(receiver)
        operator = node.child_by_field_name("operator")
        written = node_text(operator) if operator is not None else "="
        value = (
            node_text(right)
            if written == "="
            else f"{record}.{name} {OPERATORS.get(written, '+')} {node_text(right)}"
        )
        updated = f"{{ ...{record}, {name}: {value} }}"
        store = _store_of(node, record)
        if store is None:
            continue
        statement = store.format(updated)
        yield Candidate(path, replace_span(data, node.start_byte, node.end_byte, statement), line,
                        f"store a new {record} with {name} replaced: the property is read-only")  # fmt: skip
        return


def _store_of(node: tree_sitter.Node, record: str) -> str | None:
    """The write that puts a new record where `record` was read from, with '{}' for the record."""
    value = _initialiser(node, record)
    if value is None:
        return None
    if value.type == "subscript_expression":
        return f"{node_text(value)} = {{}}"
    if value.type != "call_expression":
        return None
    function, arguments = value.child_by_field_name("function"), value.child_by_field_name("arguments")
    if function is None or function.type != "member_expression" or arguments is None:
        return None
    method = node_text(function.child_by_field_name("property"))
    receiver = node_text(function.child_by_field_name("object"))
    given = [node_text(a) for a in arguments.named_children]
    if receiver == "this":
        # A method of the class itself (`this.get(id)`): what it looks the record up in.
        return _through_lookup(node, method, given)
    if method == "get" and len(given) == 1:
        return f"{receiver}.set({given[0]}, {{}})"
    return None


def _initialiser(node: tree_sitter.Node, name: str) -> tree_sitter.Node | None:
    """The value of the nearest `const name = ...` declared before the node in an enclosing block."""
    current = node
    while current.parent is not None:
        block = current.parent
        for child in block.named_children:
            if child.start_byte >= current.start_byte:
                break
            if child.type != "lexical_declaration":
                continue
            for declarator in (c for c in child.named_children if c.type == "variable_declarator"):
                if node_text(declarator.child_by_field_name("name")) == name:
                    return declarator.child_by_field_name("value")
        current = block
    return None


def _through_lookup(node: tree_sitter.Node, method: str, given: list[str]) -> str | None:
    """`this.get(id)` where the class's `get(key)` reads `this.items.get(key)`: `this.items.set(id, {})`."""
    klass = node.parent
    while klass is not None and klass.type != "class_body":
        klass = klass.parent
    for member in klass.named_children if klass is not None else ():
        if member.type != "method_definition" or node_text(member.child_by_field_name("name")) != method:
            continue
        parameters = _parameter_names(member)
        for call in walk(member):
            function = call.child_by_field_name("function") if call.type == "call_expression" else None
            if function is None or function.type != "member_expression":
                continue
            if node_text(function.child_by_field_name("property")) != "get":
                continue
            arguments = [node_text(a) for a in call.child_by_field_name("arguments").named_children]
            if (
                len(arguments) == 1
                and arguments[0] in parameters
                and parameters.index(arguments[0]) < len(given)
            ):
                key = given[parameters.index(arguments[0])]
                return f"{node_text(function.child_by_field_name('object'))}.set({key}, {{}})"
    return None


def _parameter_names(method: tree_sitter.Node) -> list[str]:
    """The names of a method's parameters in order (TypeScript's `key: string` or JavaScript's `key`)."""
    listed = method.child_by_field_name("parameters")
    names = []
    for parameter in listed.named_children if listed is not None else ():
        pattern = parameter.child_by_field_name("pattern") if parameter.type in PARAMETERS else parameter
        names.append(node_text(pattern) if pattern is not None else "")
    return names
