"""A method passed on without its object: `this` is undefined when it runs.

`orders.map(this.quote)` hands `map` the function alone; calling it later is a plain call, whose
`this` is undefined in a class body or a module (strict code: ECMAScript 10.2.1.2 OrdinaryCallBindThis
binds the thisArgument as given, and a call of a bare function value passes undefined). The crash is
inside the method, at its first `this.x` ("Cannot read properties of undefined (reading 'x')"), far
from the place that detached it. TypeScript-ESLint's unbound-method rule names the same slip; its
documented remedies are an arrow that calls the method on its object or `.bind(object)`.

So when a TypeError reads or writes a property of undefined through `this.<name>` inside a method
M, every place in the project's code that passes `<object>.M` on as a value (an argument, a value
stored in a variable or property) without calling it gets both remedies, the arrow first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

import tree_sitter

from healer.engine.javascript.fixers.base import replace_span
from healer.engine.javascript.syntax import encode, node_text, parse, walk

THIS_UNDEFINED = re.compile(
    r"Cannot (?:read|set) properties of undefined \((?:reading|setting) '(?P<name>[^']+)'\)"
)
METHODS = ("method_definition",)
# Where a member read is a value handed on, not a call: an argument, a stored or returned value.
HANDED_ON = ("arguments", "variable_declarator", "pair", "assignment_expression", "return_statement", "array")
MAX_SITES = 4


def unbound_method_candidates(
    sources: Mapping[str, str], *, file: str, line: int, message: str
) -> Iterator[tuple[str, int, str, str]]:
    """(file, line, new text, description) for each place the crashing method is passed on detached."""
    match = THIS_UNDEFINED.search(message)
    text = sources.get(file)
    if match is None or text is None:
        return
    method, arguments = _method_reading_this(text, file, line=line, name=match["name"])
    if not method:
        return
    sites = 0
    for other, source in sources.items():
        if f".{method}" not in source:
            continue
        for candidate in _detached(source, other, method=method, arguments=arguments):
            yield candidate
            sites += 1
        if sites >= MAX_SITES:
            return


def _method_reading_this(text: str, path: str, *, line: int, name: str) -> tuple[str, str]:
    """The name of the method whose `this.<name>` is on `line`, and the arrow's parameter list: the
    method's own parameter names when each is a plain name (the arguments past them reach the method
    only through `arguments`), else `...args`."""
    tree = parse(text, path)
    if tree is None:
        return "", ""
    for node in walk(tree.root_node):
        if node.type != "member_expression" or node.start_point.row != line - 1:
            continue
        target, field = node.child_by_field_name("object"), node.child_by_field_name("property")
        if target is None or field is None or target.type != "this" or node_text(field) != name:
            continue
        enclosing = _enclosing(node)
        if enclosing is not None and (method := enclosing.child_by_field_name("name")) is not None:
            return node_text(method), _arguments(enclosing)
    return "", ""


def _arguments(method: tree_sitter.Node) -> str:
    parameters = method.child_by_field_name("parameters")
    listed = parameters.named_children if parameters is not None else []
    names = []
    for parameter in listed:
        while parameter.type in ("assignment_pattern", "required_parameter", "optional_parameter"):
            parameter = parameter.child_by_field_name("left") or parameter.child_by_field_name("pattern")
            if parameter is None:
                return "...args"
        if parameter.type != "identifier":
            return "...args"
        names.append(node_text(parameter))
    return ", ".join(names) if names else "...args"


def _enclosing(node: tree_sitter.Node) -> tree_sitter.Node | None:
    """The method the node runs in; an arrow inside it keeps the method's `this`, a function does not."""
    current = node.parent
    while current is not None:
        if current.type in METHODS:
            return current
        if current.type in ("function_expression", "function_declaration", "function"):
            return None
        current = current.parent
    return None


def _detached(text: str, path: str, *, method: str, arguments: str) -> Iterator[tuple[str, int, str, str]]:
    tree = parse(text, path)
    if tree is None:
        return
    data = encode(text)
    for node in walk(tree.root_node):
        if node.type != "member_expression" or node.parent is None or node.parent.type not in HANDED_ON:
            continue
        target, field = node.child_by_field_name("object"), node.child_by_field_name("property")
        if target is None or field is None or node_text(field) != method:
            continue
        if node.parent.type == "assignment_expression" and node.parent.child_by_field_name("right") != node:
            continue
        if node.parent.type == "variable_declarator" and node.parent.child_by_field_name("value") != node:
            continue
        owner = node_text(target)
        if target.type not in ("this", "identifier"):
            continue
        row = node.start_point.row + 1
        for new, what in (
            (
                f"({arguments}) => {owner}.{method}({arguments})",
                f"call {owner}.{method} on its object in an arrow",
            ),
            (f"{owner}.{method}.bind({owner})", f"bind {owner}.{method} to its object"),
        ):
            yield path, row, replace_span(data, node.start_byte, node.end_byte, new), what
