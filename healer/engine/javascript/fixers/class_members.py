r"""TYPE_ERROR candidates for a class member reached the wrong way, read off V8's TypeError messages
(ECMAScript 15.7, class definitions; PyTER's type-directed repair: keep the member, change the
access to the one its kind supports; TBar's "mutate member access" template):

- Static members (15.7.14 ClassDefinitionEvaluation: a `static` method is a property of the
  constructor, not of the prototype): `this.defaultRate is not a function` inside a class that
  declares `static defaultRate` and no instance member of that name: the class's own name
  (`Invoice.defaultRate`), or `this.constructor.defaultRate` in an unnamed class.
- Accessors (10.1.9.2 OrdinarySetWithOwnDescriptor: an accessor without [[Set]] refuses the write,
  and class bodies are strict code, so it throws): "Cannot set property openedAt of #<Account>
  which has only a getter": the write goes to the field the getter reads (`get openedAt() {
  return this.#openedAt; }` → `this.#openedAt = when`).
- Round 52 (npm26): `x is not iterable` where a class's `[Symbol.iterator]()` (not a generator) returns
  a value that is no iterator (ECMAScript 7.4.2 GetIterator: the method's result must be an object with
  `next`; an array or a Set is an iterable, not an iterator): the returned value's own iterator,
  `.values()` first when the class stores an array literal or spread in that field
  (Array.prototype.values is the same function as Array.prototype[@@iterator], 23.1.3.40), else
  `[Symbol.iterator]()` (the delegation that holds for every iterable) first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, replace_span
from healer.engine.javascript.syntax import FUNCTION_TYPES, encode, node_text, parse, walk

NOT_A_FUNCTION = re.compile(r"(?:^|\s)this\.(?P<name>[\w$]+) is not a function")
GETTER_ONLY = re.compile(r"Cannot set property (?P<name>[\w$]+) of .* which has only a getter")
CLASSES = ("class_declaration", "class")
ASSIGNMENTS = ("assignment_expression", "augmented_assignment_expression")


def class_member_candidates(
    text, data, path, line, message, nodes, methods, properties
) -> Iterator[Candidate]:
    """type_errors' template signature."""
    if match := NOT_A_FUNCTION.search(message):
        yield from _static_through_this(data, path, line, match["name"], nodes)
    if match := GETTER_ONLY.search(message):
        yield from _write_behind_getter(data, path, line, match["name"], nodes)


def _enclosing_class(node: tree_sitter.Node) -> tree_sitter.Node | None:
    current = node.parent
    while current is not None and current.type not in CLASSES:
        current = current.parent
    return current


def _members(klass: tree_sitter.Node, name: str) -> list[tree_sitter.Node]:
    body = klass.child_by_field_name("body")
    found = []
    for member in body.named_children if body is not None else ():
        key = member.child_by_field_name("name") or member.child_by_field_name("property")
        if key is not None and node_text(key) == name:
            found.append(member)
    return found


def _is_static(member: tree_sitter.Node) -> bool:
    return any(child.type == "static" for child in member.children)


def _this_member(node: tree_sitter.Node, name: str) -> bool:
    if node.type != "member_expression":
        return False
    receiver, key = node.child_by_field_name("object"), node.child_by_field_name("property")
    return receiver is not None and receiver.type == "this" and key is not None and node_text(key) == name


# -- a static member read through `this` -------------------------------------------------------------
def _static_through_this(data: bytes, path: str, line: int, name: str, nodes) -> Iterator[Candidate]:
    for node in nodes:
        if not _this_member(node, name):
            continue
        klass = _enclosing_class(node)
        members = _members(klass, name) if klass is not None else []
        if not members or not all(_is_static(m) for m in members) or _in_static_method(node):
            continue
        class_name = klass.child_by_field_name("name")
        owner = node_text(class_name) if class_name is not None else "this.constructor"
        receiver = node.child_by_field_name("object")
        yield Candidate(path, replace_span(data, receiver.start_byte, receiver.end_byte, owner), line,
                        f"call the static method {name} on {owner}, not on the instance")  # fmt: skip


def _in_static_method(node: tree_sitter.Node) -> bool:
    """Inside a static method `this` is the class itself, where the static member is found."""
    current = node.parent
    while current is not None and current.type not in CLASSES:
        if current.type == "method_definition":
            return _is_static(current)
        current = current.parent
    return False


# -- a write to an accessor without a setter ---------------------------------------------------------
def _write_behind_getter(data: bytes, path: str, line: int, name: str, nodes) -> Iterator[Candidate]:
    for node in nodes:
        if node.type not in ASSIGNMENTS:
            continue
        left = node.child_by_field_name("left")
        if left is None or left.type != "member_expression":
            continue
        key = left.child_by_field_name("property")
        if key is None or node_text(key) != name:
            continue
        klass = _enclosing_class(node)
        field = _getter_field(klass, name) if klass is not None else None
        if field is None:
            continue
        yield Candidate(path, replace_span(data, key.start_byte, key.end_byte, field), line,
                        f"assign the field {field} that the getter {name} reads: it has no setter")  # fmt: skip


def _getter_field(klass: tree_sitter.Node, name: str) -> str | None:
    """The field a getter only returns (`get x() { return this.#x; }` → '#x'), when the class has no
    setter of that name."""
    members = _members(klass, name)
    if any(any(c.type == "set" for c in m.children) for m in members):
        return None
    for member in members:
        if not any(c.type == "get" for c in member.children):
            continue
        body = member.child_by_field_name("body")
        statements = [s for s in body.named_children if s.type != "comment"] if body is not None else []
        if len(statements) != 1 or statements[0].type != "return_statement":
            return None
        value = next(iter(statements[0].named_children), None)
        if value is not None and value.type == "member_expression" and _reads_this(value):
            field = node_text(value.child_by_field_name("property"))
            return field if field != name else None
    return None


def _reads_this(node: tree_sitter.Node) -> bool:
    receiver = node.child_by_field_name("object")
    return (
        receiver is not None
        and receiver.type == "this"
        and not any(n.type == "call_expression" for n in walk(node))
    )


# -- a class meant to be iterable, its iterator method named by a string ---------------------------------
# V8's messages for a value spread or looped over that has no @@iterator method.
NOT_ITERABLE = re.compile(r"is not iterable|Symbol\.iterator\]? (?:to be|is not) a function")
# Names an author writes for the iterator method when the protocol wants the well-known symbol
# (ECMAScript 7.4.1 GetIterator looks up @@iterator; a method called "iterator" is never found).
ITERATOR_NAMES = {"iterator": "Symbol.iterator", "__iter__": "Symbol.iterator",
                  "asyncIterator": "Symbol.asyncIterator"}  # fmt: skip
STRING_KEYS = ("string", "property_identifier")


def iteration_protocol_candidates(
    sources: dict[str, str], *, message: str, is_test=lambda file: False
) -> list[Candidate]:
    """`*iterator() {` → `*[Symbol.iterator]() {` in each class of the repository that names its iterator
    method by a string and has none under the symbol, for a value that is not iterable."""
    if not NOT_ITERABLE.search(message):
        return []
    found = []
    for file, text in sorted(sources.items()):
        if is_test(file) or not file.endswith((".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".jsx", ".tsx")):
            continue
        if not any(word in text for word in ITERATOR_NAMES):
            continue
        tree = parse(text, file)
        for klass in (n for n in walk(tree.root_node) if n.type in CLASSES) if tree is not None else ():
            found += _iterator_renames(encode(text), file, klass)
            found += _iterator_results(encode(text), file, klass)
    return found


# What a `return` may give that already is an iterator, or may be one: calls and generators' own work.
MADE_ITERATORS = ("call_expression", "new_expression", "object", "await_expression", "yield_expression")


def _iterator_results(data: bytes, file: str, klass: tree_sitter.Node) -> list[Candidate]:
    """`[Symbol.iterator]() { return this.xs; }` → `return this.xs.values();` / `this.xs[Symbol.iterator]()`."""
    body = klass.child_by_field_name("body")
    found = []
    for member in body.named_children if body is not None else ():
        key = member.child_by_field_name("name")
        if member.type != "method_definition" or key is None or node_text(key) != "[Symbol.iterator]":
            continue
        if any(c.type == "*" for c in member.children):
            continue  # a generator's result is an iterator whatever it returns
        block = member.child_by_field_name("body")
        returns = _own_returns(block) if block is not None else []
        for statement in returns:
            values = [c for c in statement.named_children if c.type != "comment"]
            if len(values) != 1 or values[0].type in MADE_ITERATORS:
                continue
            value = values[0]
            text = node_text(value)
            held = (
                text
                if value.type in ("identifier", "member_expression", "subscript_expression", "this")
                else f"({text})"
            )
            stored = _stores_array(klass, text)
            edits = [f"{held}.values()", f"{held}[Symbol.iterator]()"]
            if not stored:
                edits.reverse()
            for edit in edits:
                found.append(Candidate(file, replace_span(data, value.start_byte, value.end_byte, edit),
                                       value.start_point.row + 1,
                                       f"return {edit}, an iterator, from [Symbol.iterator]()"))  # fmt: skip
    return found


def _own_returns(block: tree_sitter.Node) -> list[tree_sitter.Node]:
    """The `return` statements of the method itself, not of a callback or helper function inside it
    (their values are the callback's, not the iterator the method gives)."""
    found, stack = [], list(block.named_children)
    while stack:
        node = stack.pop()
        if node.type == "return_statement":
            found.append(node)
        elif node.type not in FUNCTION_TYPES and node.type not in ("class", "class_declaration"):
            stack.extend(node.named_children)
    return sorted(found, key=lambda n: n.start_byte)


def _stores_array(klass: tree_sitter.Node, target: str) -> bool:
    """Whether the class assigns an array literal (or a spread into one) to `target` (`this.xs = [...]`)."""
    for node in walk(klass):
        if node.type == "assignment_expression":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if left is not None and right is not None and node_text(left) == target and right.type == "array":
                return True
    return False


def _iterator_renames(data: bytes, file: str, klass: tree_sitter.Node) -> list[Candidate]:
    body = klass.child_by_field_name("body")
    members = [m for m in body.named_children if m.type == "method_definition"] if body is not None else []
    keys = [m.child_by_field_name("name") for m in members]
    if any(k is not None and k.type == "computed_property_name" and "Symbol." in node_text(k) for k in keys):
        return []
    found = []
    for key in keys:
        if key is None or key.type not in STRING_KEYS:
            continue
        name = node_text(key).strip("'\"")
        symbol = ITERATOR_NAMES.get(name)
        if symbol is None:
            continue
        found.append(Candidate(file, replace_span(data, key.start_byte, key.end_byte, f"[{symbol}]"),
                               key.start_point.row + 1,
                               f"name the method {name} [{symbol}], the key for...of and spread look up"))  # fmt: skip
    return found
