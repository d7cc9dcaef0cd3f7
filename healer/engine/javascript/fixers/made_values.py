"""TypeErrors whose value was made wrong earlier: the edit goes where the value is made, not where it crashed.

Each repair reads the crash's message for what the value should have been, follows the value back to
the expression that made it (in the function, or anywhere in the repository for a protocol method), and
rewrites that expression; the crash line itself is left alone (no guard):

- "Iterator result 45 is not an object": an iterator's `next()` returned a bare value where the
  protocol wants `{ value, done }`. Every `next` member of the repository's iterators (an object
  literal's `next` property or a class's `next()` method) whose returned expression is, in some
  branch of its conditionals, no object literal: that branch wrapped as `{ value: e, done: false }`.
- "Cannot create property 'casks' on number '0'": the container was initialised with a primitive
  (`byWood[w] ??= 0`) and the next lines write properties on it. The literal replaced by the object of
  the properties the function writes on that same expression, each starting at the literal when it is
  accumulated (`+=`, `++`), so `.casks += 1` starts from 0 as the author meant.
- tsc's "'DEFAULT_CABIN' refers to a value, but is being used as a type here": the type the module
  declares for that value (`type Cabin = typeof DEFAULT_CABIN`, in the file or the one the value is
  imported from), else `typeof DEFAULT_CABIN`.
- "Cannot read private member #litres from an object whose class did not declare it": `other.#litres`
  on an object that is not the class's own: read through the class's public member of the same name
  (its getter or field `litres`), which any object of that shape has.

Not reached: an iterator whose `next` is built elsewhere than in a `next` member, containers made in
another function than the writes, a private member the class exposes under another name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_span
from healer.engine.javascript.modules import resolve
from healer.engine.javascript.syntax import FUNCTION_TYPES, encode, node_text, parse, walk

ITERATOR_RESULT = re.compile(r"Iterator result .+ is not an object")
PRIMITIVE_PROPERTY = re.compile(
    r"Cannot create property '(?P<property>[^']+)' on (?P<kind>number|string|boolean) '(?P<value>[^']*)'"
)
VALUE_AS_TYPE = re.compile(r"'(?P<name>[\w$]+)' refers to a value, but is being used as a type here")
PRIVATE_READ = re.compile(r"Cannot (?:read|write) private member #(?P<name>[\w$]+) from an object")
SOURCES = (".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".mts", ".cts")


def made_value_candidates(
    text: str, path: str, *, line: int, message: str, sources: Mapping[str, str], is_test=lambda file: False
) -> list[Candidate]:
    """The repairs of the module docstring that the message asks for, in the file first."""
    found: list[Candidate] = []
    if ITERATOR_RESULT.search(message):
        files = {path: text, **{f: t for f, t in sources.items() if f != path}}
        for file, source in files.items():
            if file.endswith(SOURCES) and not is_test(file) and "next" in source:
                found += iterator_result_candidates(source, file)
    if is_test(path):
        return found
    if match := PRIMITIVE_PROPERTY.search(message):
        found += primitive_container_candidates(
            text, path, line=line, property=match["property"], value=match["value"], kind=match["kind"]
        )
    if match := VALUE_AS_TYPE.search(message):
        found += value_type_candidates(text, path, line=line, name=match["name"], sources=sources)
    if match := PRIVATE_READ.search(message):
        found += private_member_candidates(text, path, line=line, name=match["name"])
    if match := ARRAY_METHOD_MISSING.search(message):
        found += single_found_candidates(text, path, line=line, name=match["name"], method=match["method"])
    return found


# -- one element found where all were meant (round 50, npm24) ---------------------------------------
# "jars.reduce is not a function": a method every array has and a plain object lacks, called on a
# name the function made with `.find(cb)` (one element, or undefined) where `.filter(cb)` (every
# matching element, an array) was meant. ECMAScript's Array.prototype.find and filter take the same
# predicate; only what they return differs, and the crash says an array was wanted.
ARRAY_METHOD_MISSING = re.compile(
    r"(?<![\w$.])(?P<name>[\w$]+)\.(?P<method>reduce|reduceRight|map|filter|forEach|some|every|flatMap|"
    r"slice|join|indexOf|findIndex|includes|sort|concat|at) is not a function"
)
SINGLE_TO_ALL = {"find": "filter", "findLast": "filter"}


def single_found_candidates(text: str, path: str, *, line: int, name: str, method: str) -> list[Candidate]:
    """`const xs = list.find(cb)` before the crash's `xs.method(...)` in the same function: `filter`."""
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    row = line - 1
    found = []
    for declarator in walk(tree.root_node):
        if declarator.type != "variable_declarator" or declarator.start_point.row > row:
            continue
        target, value = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
        if target is None or value is None or target.type != "identifier" or node_text(target) != name:
            continue
        owner = _owner(declarator)  # the crash is in the function that made the value (or both at top level)
        if value.type != "call_expression" or (
            owner is not None and not owner.start_point.row <= row <= owner.end_point.row
        ):
            continue
        callee = value.child_by_field_name("function")
        prop = (
            callee.child_by_field_name("property")
            if callee is not None and callee.type == "member_expression"
            else None
        )
        if prop is None or node_text(prop) not in SINGLE_TO_ALL:
            continue
        new = replace_span(data, prop.start_byte, prop.end_byte, SINGLE_TO_ALL[node_text(prop)])
        found.append(
            Candidate(
                path,
                new,
                declarator.start_point.row + 1,
                f"keep every match with {SINGLE_TO_ALL[node_text(prop)]}: {name}.{method} needs an array, "
                f"{node_text(prop)} gives one element",
            )
        )
    return parsing(found, original=text, path=path)


# -- the iterator protocol -------------------------------------------------------------------------
def iterator_result_candidates(text: str, path: str) -> list[Candidate]:
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    found = []
    for function in _next_members(tree.root_node):
        body = function.child_by_field_name("body")
        if body is None:
            continue
        returned = (
            [body]
            if body.type != "statement_block"
            else [
                r.named_children[0]
                for r in walk(body)
                if r.type == "return_statement" and r.named_children and _owner(r) == function
            ]
        )
        bare = [leaf for expression in returned for leaf in _bare_results(expression)]
        if not bare:
            continue
        new = data
        for leaf in sorted(bare, key=lambda n: n.start_byte, reverse=True):
            wrapped = f"{{ value: {node_text(leaf)}, done: false }}"
            new = new[: leaf.start_byte] + encode(wrapped) + new[leaf.end_byte :]
        found.append(
            Candidate(path, new.decode("utf-8", errors="surrogateescape"), function.start_point.row + 1,
                      "return the iterator's values as { value, done } results from next()")
        )  # fmt: skip
    return parsing(found, original=text, path=path)


def _next_members(root) -> list[tree_sitter.Node]:
    found = []
    for node in walk(root):
        if node.type == "pair" and _key(node) == "next":
            value = node.child_by_field_name("value")
            if value is not None and value.type in FUNCTION_TYPES:
                found.append(value)
        elif node.type == "method_definition" and _key(node) == "next":
            found.append(node)
    return found


def _key(node) -> str:
    key = node.child_by_field_name("key") or node.child_by_field_name("name")
    return node_text(key).strip("'\"") if key is not None else ""


def _owner(node):
    node = node.parent
    while node is not None and node.type not in FUNCTION_TYPES:
        node = node.parent
    return node


def _bare_results(expression) -> list[tree_sitter.Node]:
    """The branches of a returned expression that are no object: literals, names, reads, calls of
    nothing that builds a result (a call may return a result object: left alone)."""
    while expression.type == "parenthesized_expression" and expression.named_children:
        expression = expression.named_children[0]
    if expression.type == "ternary_expression":
        return [
            leaf
            for field in ("consequence", "alternative")
            if (branch := expression.child_by_field_name(field)) is not None
            for leaf in _bare_results(branch)
        ]
    if expression.type in ("object", "call_expression", "await_expression", "new_expression"):
        return []
    return [expression]


# -- a primitive where a container was meant -------------------------------------------------------
WRITES = ("assignment_expression", "augmented_assignment_expression", "update_expression")


def primitive_container_candidates(
    text: str, path: str, *, line: int, property: str, value: str, kind: str
) -> list[Candidate]:
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    found = []
    for made in walk(tree.root_node):
        if made.type not in ("assignment_expression", "augmented_assignment_expression"):
            continue
        left, right = made.child_by_field_name("left"), made.child_by_field_name("right")
        if left is None or right is None or not _literal_of(right, kind=kind, value=value):
            continue
        scope = _owner(made) or tree.root_node
        if not scope.start_point.row <= line - 1 <= scope.end_point.row:
            continue
        keys = _written_keys(scope, after=made, container=node_text(left))
        if property not in keys:
            continue
        members = ", ".join(f"{key}: {node_text(right)}" if accumulated else f"{key}: undefined"
                            for key, accumulated in keys.items())  # fmt: skip
        found.append(
            Candidate(path, replace_span(data, right.start_byte, right.end_byte, f"{{ {members} }}"),
                      made.start_point.row + 1,
                      f"make {node_text(left)} the object whose properties the next lines write, not {node_text(right)}")
        )  # fmt: skip
    return parsing(found, original=text, path=path)


def _literal_of(node, *, kind: str, value: str) -> bool:
    if kind == "number":
        return node.type == "number" and node_text(node) == value
    if kind == "string":
        return node.type in ("string", "template_string") and node_text(node)[1:-1] == value
    return node.type in ("true", "false") and node_text(node) == value


def _written_keys(scope, *, after, container: str) -> dict[str, bool]:
    """The properties written on `container` (by its text) after `after` in the scope: key → whether
    the write accumulates (`+=`, `-=`, `++`), which needs a start value."""
    keys: dict[str, bool] = {}
    for node in walk(scope):
        if node.type not in WRITES or node.start_byte < after.end_byte:
            continue
        target = node.child_by_field_name("left") or node.child_by_field_name("argument")
        if target is None or target.type != "member_expression":
            continue
        owner, key = target.child_by_field_name("object"), target.child_by_field_name("property")
        if owner is None or key is None or node_text(owner) != container:
            continue
        accumulated = node.type == "update_expression" or (
            node.type == "augmented_assignment_expression"
            and node_text(node.child_by_field_name("operator") or node)[:1] in "+-*/"
        )
        keys[node_text(key)] = keys.get(node_text(key), False) or accumulated
    return keys


# -- a value named where a type is wanted ---------------------------------------------------------
def value_type_candidates(
    text: str, path: str, *, line: int, name: str, sources: Mapping[str, str]
) -> list[Candidate]:
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    uses = [
        n for n in walk(tree.root_node)
        if n.type == "type_identifier" and node_text(n) == name and n.start_point.row == line - 1
    ]  # fmt: skip
    if not uses:
        return []
    aliases = _typeof_aliases(tree.root_node, name)
    owner = _importer_of(tree.root_node, name)
    if owner is not None:
        target = resolve(path, owner, list(sources))
        other = parse(sources.get(target, ""), target) if target else None
        # An alias of the owner's is usable only when this module imports it (or the edit would need one).
        imported = _imported_types(tree.root_node)
        aliases += [a for a in (_typeof_aliases(other.root_node, name) if other else []) if a in imported]
    found = []
    use = uses[0]
    for replacement in [*dict.fromkeys(aliases), f"typeof {name}"]:
        found.append(
            Candidate(path, replace_span(data, use.start_byte, use.end_byte, replacement), line,
                      f"type it as {replacement}, the type of the value {name}")
        )  # fmt: skip
    return parsing(found, original=text, path=path)


def _typeof_aliases(root, name: str) -> list[str]:
    found = []
    for node in walk(root):
        if node.type != "type_alias_declaration":
            continue
        value = node.child_by_field_name("value")
        alias = node.child_by_field_name("name")
        if value is not None and alias is not None and node_text(value).replace(" ", "") == f"typeof{name}":
            found.append(node_text(alias))
    return found


def _importer_of(root, name: str) -> str | None:
    for statement in root.named_children:
        if statement.type == "import_statement" and re.search(
            rf"\b{re.escape(name)}\b", node_text(statement)
        ):
            source = statement.child_by_field_name("source")
            return node_text(source).strip("'\"") if source is not None else None
    return None


def _imported_types(root) -> set[str]:
    return {
        node_text(n)
        for statement in root.named_children
        if statement.type == "import_statement"
        for n in walk(statement)
        if n.type == "identifier"
    }


# -- a private member read on another object -------------------------------------------------------
def private_member_candidates(text: str, path: str, *, line: int, name: str) -> list[Candidate]:
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    found = []
    for node in walk(tree.root_node):
        if node.type != "member_expression" or node.start_point.row != line - 1:
            continue
        owner, key = node.child_by_field_name("object"), node.child_by_field_name("property")
        if owner is None or key is None or owner.type == "this" or node_text(key) != f"#{name}":
            continue
        klass = node.parent
        while klass is not None and klass.type not in ("class_declaration", "class"):
            klass = klass.parent
        if klass is None or name not in _public_members(klass):
            continue
        found.append(
            Candidate(path, replace_span(data, key.start_byte, key.end_byte, name), line,
                      f"read {node_text(owner)}.{name}, the public member, not the private #{name} it may lack")
        )  # fmt: skip
    return parsing(found, original=text, path=path)


def _public_members(klass) -> set[str]:
    body = klass.child_by_field_name("body")
    names = set()
    for member in body.named_children if body is not None else []:
        key = member.child_by_field_name("name") or member.child_by_field_name("property")
        if key is not None and member.type in (
            "method_definition",
            "field_definition",
            "public_field_definition",
        ):
            names.add(node_text(key))
    return names
