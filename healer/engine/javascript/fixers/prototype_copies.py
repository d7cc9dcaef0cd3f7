"""A copy that drops its value's prototype, then a method called on the copy ("TypeError: before.isDue
is not a function").

`structuredClone(x)` copies a class instance as a plain object (HTML's structured clone algorithm
serialises own data properties only, never the prototype), and so do `JSON.parse(JSON.stringify(x))`,
an object spread `{ ...x }` and `Object.assign({}, x)`: the copy has the fields and none of the
methods. The repair is the copy that keeps the class:

- the class's own copy method, when a class of the project declares the method called and a method
  without required parameters that builds a new instance of itself (`copy() { return new Horse(...) }`,
  `clone() { return new this.constructor(...) }`): `x.copy()`;
- else the prototype kept by hand, shallow: `Object.assign(Object.create(Object.getPrototypeOf(x)), x)`.

Reached from the TypeError at the call (the copy's declaration is found in the function), and from
ESLint's `'structuredClone' is not defined` at the copy itself, when a configuration without Node's
globals makes that the first failure (the method calls on the copy are the evidence).
"""

from __future__ import annotations

import re

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, replace_span
from healer.engine.javascript.syntax import encode, node_text, parse, walk

NOT_A_FUNCTION = re.compile(r"(?P<receiver>[\w$]+)\.(?P<method>[\w$]+) is not a function")
FUNCTIONS = ("function_declaration", "function_expression", "arrow_function", "method_definition", "program")
MAX_PARAMETERS_REQUIRED = 0


def copy_candidates_for_call(
    text: str, path: str, *, line: int, message: str, sources: dict[str, str]
) -> list[Candidate]:
    """For `X.m is not a function` at `line`: X's declaration, a prototype-dropping copy, rewritten."""
    match = NOT_A_FUNCTION.search(message)
    tree = parse(text, path)
    if match is None or tree is None:
        return []
    receiver, method = match["receiver"], match["method"]
    call = next(
        (n for n in walk(tree.root_node) if n.type == "member_expression" and n.start_point.row == line - 1
         and node_text(n) == f"{receiver}.{method}"),
        None,
    )  # fmt: skip
    if call is None:
        return []
    scope = _enclosing(call)
    for node in walk(scope):
        if node.type != "variable_declarator" or node.start_byte > call.start_byte:
            continue
        name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
        if name is None or value is None or node_text(name) != receiver:
            continue
        original = _copied(value)
        if original is not None:
            return _repairs(encode(text), path, value, original, methods={method}, sources=sources)
    return []


def copy_candidates_for_global(
    text: str, path: str, *, name: str, line: int, sources: dict[str, str]
) -> list[Candidate]:
    """For ESLint's `'structuredClone' is not defined` at a `const c = structuredClone(x)` whose copy
    has methods called on it that a class of the project declares."""
    tree = parse(text, path)
    if name != "structuredClone" or tree is None:
        return []
    data = encode(text)
    found: list[Candidate] = []
    for node in walk(tree.root_node):
        if node.type != "variable_declarator" or node.start_point.row != line - 1:
            continue
        target, value = node.child_by_field_name("name"), node.child_by_field_name("value")
        if target is None or value is None or target.type != "identifier":
            continue
        original = _copied(value)
        if original is None:
            continue
        called = {
            node_text(m.child_by_field_name("property"))
            for m in walk(_enclosing(node))
            if m.type == "member_expression"
            and m.parent is not None
            and m.parent.type == "call_expression"
            and m.child_by_field_name("object") is not None
            and node_text(m.child_by_field_name("object")) == node_text(target)
        }
        if called:
            found += _repairs(data, path, value, original, methods=called, sources=sources)
    return found


def _enclosing(node: tree_sitter.Node) -> tree_sitter.Node:
    current = node
    while current.parent is not None and current.type not in FUNCTIONS:
        current = current.parent
    return current


def _copied(value: tree_sitter.Node) -> tree_sitter.Node | None:
    """The expression a prototype-dropping copy copies, or None."""
    if value.type == "call_expression":
        callee = value.child_by_field_name("function")
        arguments = [a for a in value.child_by_field_name("arguments").named_children if a.type != "comment"]
        written = node_text(callee) if callee is not None else ""
        if written in ("structuredClone", "globalThis.structuredClone") and arguments:
            return arguments[0]
        if written == "JSON.parse" and len(arguments) == 1 and arguments[0].type == "call_expression":
            inner = arguments[0]
            inner_arguments = inner.child_by_field_name("arguments").named_children
            if (
                node_text(inner.child_by_field_name("function")) == "JSON.stringify"
                and len(inner_arguments) == 1
            ):
                return inner_arguments[0]
        if written == "Object.assign" and len(arguments) == 2 and node_text(arguments[0]) == "{}":
            return arguments[1]
    if (
        value.type == "object"
        and len(value.named_children) == 1
        and value.named_children[0].type == "spread_element"
    ):
        return value.named_children[0].named_children[0]
    return None


def _repairs(
    data: bytes,
    path: str,
    value: tree_sitter.Node,
    original: tree_sitter.Node,
    *,
    methods: set[str],
    sources: dict[str, str],
) -> list[Candidate]:
    line = value.start_point.row + 1
    copied = node_text(original)
    found = []
    for copier in copy_methods(sources, wanted=methods):
        found.append(
            Candidate(path, replace_span(data, value.start_byte, value.end_byte, f"{copied}.{copier}()"), line,
                      f"copy {copied} with its class's own {copier}(), which keeps the prototype")
        )  # fmt: skip
    kept = f"Object.assign(Object.create(Object.getPrototypeOf({copied})), {copied})"
    found.append(
        Candidate(path, replace_span(data, value.start_byte, value.end_byte, kept), line,
                  f"copy {copied} keeping its prototype, so the copy has its methods")
    )  # fmt: skip
    return found


def copy_methods(sources: dict[str, str], *, wanted: set[str]) -> list[str]:
    """Methods of the project's classes that declare every `wanted` method and build a new instance
    of themselves with no required argument (`copy() { return new Horse(...); }`)."""
    found: list[str] = []
    for path, text in sources.items():
        tree = parse(text, path)
        if tree is None:
            continue
        for node in walk(tree.root_node):
            if node.type not in ("class_declaration", "class"):
                continue
            name = node.child_by_field_name("name")
            body = node.child_by_field_name("body")
            if body is None:
                continue
            members = [m for m in body.named_children if m.type == "method_definition"]
            declared = {node_text(m.child_by_field_name("name")) for m in members}
            if not wanted <= declared:
                continue
            builds = {f"new {node_text(name)}(" if name is not None else "\0", "new this.constructor("}
            for member in members:
                parameters = member.child_by_field_name("parameters")
                required = [
                    p for p in (parameters.named_children if parameters is not None else ())
                    if p.type in ("identifier", "required_parameter", "object_pattern", "array_pattern")
                ]  # fmt: skip
                written = node_text(member)
                if len(required) <= MAX_PARAMETERS_REQUIRED and any(b in written for b in builds):
                    method = node_text(member.child_by_field_name("name"))
                    if method not in found and method != "constructor":
                        found.append(method)
    return found
