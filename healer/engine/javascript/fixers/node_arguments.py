"""TYPE_ERROR candidates for a Node/WHATWG API that refused an argument's type.

Node's argument validation throws from inside `node:` (`TypeError [ERR_INVALID_ARG_TYPE]: The "data"
argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received an
instance of Object`; `TypeError: Invalid URL` with code ERR_INVALID_URL): the frame that crashed is
Node's own, and the place to edit is the repository line that passed the value. The edits change the
argument's type to the one the message asks for, not its value:

- ERR_INVALID_ARG_TYPE wanting a string, given an object or array: the argument serialised
  (`JSON.stringify(x)`), then converted (`String(x)`); given a number, boolean or bigint: `String(x)`
  first. Only the non-literal arguments of the calls on the line are edited (a literal is what the
  author wrote on purpose).
- "Invalid URL" at `new URL(x)` with one argument: a relative reference needs a base, so the
  module's string constants that hold an absolute URL (`'https://…'`) are offered as the second
  argument (`new URL(x, BASE)`), the ones named like a base or site first.

- "The comparison function must be either a function or undefined" at `xs.sort('due')`: the
  property name given where a comparator was meant becomes the comparator of that property, by
  `localeCompare` (strings) then by subtraction (numbers, dates); the failing tests decide which.

Not reached: an API whose wanted type is a class the code must construct (a Buffer from a stream),
and "Invalid URL" where no absolute URL is in the module.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_span
from healer.engine.javascript.syntax import encode, node_text, parse, walk

INVALID_ARG_TYPE = re.compile(
    r"The \"(?P<argument>[^\"]+)\" (?:argument|property) must be (?:of type |one of type )?(?P<wanted>.+?)\. "
    r"Received (?P<received>.+)"
)
NOT_COMPARATOR = re.compile(r"The comparison function must be either a function or undefined")
SORTS = frozenset({"sort", "toSorted"})
INVALID_URL = re.compile(r"\bInvalid URL\b|ERR_INVALID_URL")
ABSOLUTE_URL = re.compile(r"^[a-z][\w+.-]*://", re.IGNORECASE)
LITERALS = frozenset({"string", "template_string", "number", "true", "false", "null", "undefined"})
SERIALISED = ("an instance of Object", "an instance of Array", "type object")


def node_argument_candidates(text: str, path: str, *, line: int, message: str) -> list[Candidate]:
    """The argument at `line` made the type Node's validation asks for, best first."""
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    if match := INVALID_ARG_TYPE.search(message):
        found = _converted(data, path, tree.root_node, line, match["wanted"], match["received"])
    elif NOT_COMPARATOR.search(message):
        found = _comparators(data, path, tree.root_node, line)
    elif INVALID_URL.search(message):
        found = _based(data, path, tree.root_node, line)
    else:
        return []
    return parsing(found, original=text, path=path)


def _arguments_on(root: tree_sitter.Node, line: int, kinds: tuple[str, ...]) -> Iterator[tree_sitter.Node]:
    for node in walk(root):
        if node.type in kinds and node.start_point.row <= line - 1 <= node.end_point.row:
            arguments = node.child_by_field_name("arguments")
            if arguments is not None and arguments.type == "arguments":
                yield node


def _converted(data: bytes, path: str, root, line: int, wanted: str, received: str) -> Iterator[Candidate]:
    if "string" not in wanted:
        return
    serialised = any(kind in received for kind in SERIALISED)
    wrappers = ("JSON.stringify", "String") if serialised else ("String", "JSON.stringify")
    for call in _arguments_on(root, line, ("call_expression", "new_expression")):
        for argument in call.child_by_field_name("arguments").named_children:
            if (
                argument.type in LITERALS
                or argument.type == "spread_element"
                or argument.start_point.row != line - 1
            ):
                continue
            for wrapper in wrappers:
                yield Candidate(
                    path,
                    replace_span(
                        data, argument.start_byte, argument.end_byte, f"{wrapper}({node_text(argument)})"
                    ),
                    line,
                    f"pass {wrapper}({node_text(argument)[:30]}), since the API wants {wanted[:60]}",
                )


def _comparators(data: bytes, path: str, root, line: int) -> Iterator[Candidate]:
    for call in _arguments_on(root, line, ("call_expression",)):
        callee = call.child_by_field_name("function")
        arguments = call.child_by_field_name("arguments").named_children
        prop = (
            callee.child_by_field_name("property")
            if callee is not None and callee.type == "member_expression"
            else None
        )
        if (
            prop is None
            or node_text(prop) not in SORTS
            or len(arguments) != 1
            or arguments[0].type != "string"
        ):
            continue
        key = node_text(arguments[0])[1:-1]
        read = f".{key}" if re.fullmatch(r"[A-Za-z_$][\w$]*", key) else f"[{node_text(arguments[0])}]"
        for comparator in (f"(a, b) => a{read}.localeCompare(b{read})", f"(a, b) => a{read} - b{read}"):
            yield Candidate(
                path,
                replace_span(data, arguments[0].start_byte, arguments[0].end_byte, comparator),
                line,
                f"sort by {key} with a comparator: sort takes a function, not a property's name",
            )


BASE_NAMES = re.compile(r"base|site|origin|root|host|url", re.IGNORECASE)


def _based(data: bytes, path: str, root, line: int) -> Iterator[Candidate]:
    bases = sorted(_absolute_constants(root), key=lambda name: not BASE_NAMES.search(name))
    for call in _arguments_on(root, line, ("new_expression",)):
        constructor = call.child_by_field_name("constructor")
        arguments = call.child_by_field_name("arguments")
        if constructor is None or node_text(constructor) != "URL" or arguments.named_child_count != 1:
            continue
        for base in bases:
            end = arguments.named_children[0].end_byte
            yield Candidate(
                path,
                replace_span(data, end, end, f", {base}"),
                line,
                f"resolve the URL against {base}: a relative reference needs a base",
            )


def _absolute_constants(root: tree_sitter.Node) -> Iterator[str]:
    """The module-level constants whose value is a string literal holding an absolute URL."""
    for node in walk(root):
        if (
            node.type != "variable_declarator"
            or node.parent is None
            or node.parent.type != "lexical_declaration"
        ):
            continue
        scope = node.parent.parent
        if scope is None or (
            scope.type != "program" and not (scope.type == "export_statement" and scope.parent == root)
        ):
            continue
        name, value = node.child_by_field_name("name"), node.child_by_field_name("value")
        if name is None or value is None or name.type != "identifier":
            continue
        if value.type in ("string", "template_string") and ABSOLUTE_URL.match(node_text(value)[1:]):
            yield node_text(name)
