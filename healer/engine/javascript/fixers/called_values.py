"""TYPE_ERROR candidates where a function and its result were taken for each other.

Two mirror mistakes, each answered where the value is made rather than where it crashed (the
"method invocation adder/remover" operators of ssFix and TBar; PyTER's origin repair):

- a function stored where its result was meant: `this.tickets = ticketNumbers` for a generator
  function, then `this.tickets.next is not a function` (or "… is not iterable"). The assignment of
  the value the message names (`this.tickets`, `x`) whose right side is a function the module
  declares becomes a call of it: with the enclosing function's parameters when the callee takes
  as many (`ticketNumbers(first)`), then with none.
- a function called where it was to be passed: `emitter.on('in', recordIn())` runs the listener at
  once, with no arguments, and it crashes inside (`Cannot read properties of undefined`), or the
  API refuses its `undefined` result. A call with no arguments, given as an argument to another
  call, of a function that declares parameters (it was written to be called with some) loses its
  `()` — at the crash line, and wherever the function the crash is in is passed so.

Not reached: a function stored where the result of a call with arguments the code does not have
in scope was meant.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_span
from healer.engine.javascript.fixers.type_errors import NOT_FUNCTION, NOT_ITERABLE
from healer.engine.javascript.syntax import encode, node_text, parse, walk

FUNCTIONS = frozenset(
    {"function_declaration", "generator_function_declaration", "function_expression", "arrow_function",
     "generator_function", "method_definition"}
)  # fmt: skip
CRASHED_INSIDE = re.compile(r"Cannot read propert(?:y|ies) of (?:undefined|null)|The \"listener\" argument")


def called_value_candidates(text: str, path: str, *, line: int, message: str) -> list[Candidate]:
    """A call added where a function was stored, or removed where a function was to be passed."""
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    declared = _declared_functions(tree.root_node)
    found: list[Candidate] = []
    value = ""
    if match := NOT_FUNCTION.match(message):
        value = match["chain"].rstrip(".")
    elif match := NOT_ITERABLE.match(message):
        value = match["name"]
    if value:
        found += _calls_added(data, path, tree.root_node, value, declared)
    if CRASHED_INSIDE.search(message):
        found += _calls_removed(data, path, tree.root_node, line, declared)
    return parsing(found, original=text, path=path)


def _declared_functions(root: tree_sitter.Node) -> dict[str, tree_sitter.Node]:
    """name -> parameter list of every function the module declares by name."""
    found = {}
    for node in walk(root):
        if node.type in ("function_declaration", "generator_function_declaration"):
            name, parameters = node.child_by_field_name("name"), node.child_by_field_name("parameters")
        elif node.type == "variable_declarator" and (value := node.child_by_field_name("value")) is not None:
            if value.type not in FUNCTIONS:
                continue
            name, parameters = node.child_by_field_name("name"), value.child_by_field_name("parameters")
        else:
            continue
        if name is not None and parameters is not None:
            found.setdefault(node_text(name), parameters)
    return found


def _enclosing_function(node: tree_sitter.Node) -> tree_sitter.Node | None:
    node = node.parent
    while node is not None and node.type not in FUNCTIONS:
        node = node.parent
    return node


def _parameter_names(parameters: tree_sitter.Node | None) -> list[str]:
    names = []
    for parameter in parameters.named_children if parameters is not None else ():
        target = parameter
        while target.type not in ("identifier",) and target.named_child_count:
            target = (
                target.child_by_field_name("left")
                or target.child_by_field_name("pattern")
                or target.named_children[0]
            )
        if target.type != "identifier":
            return []  # a destructured parameter: no single name to pass on
        names.append(node_text(target))
    return names


def _calls_added(data: bytes, path: str, root, value: str, declared) -> Iterator[Candidate]:
    for node in walk(root):
        if node.type == "assignment_expression":
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        elif node.type == "variable_declarator":
            left, right = node.child_by_field_name("name"), node.child_by_field_name("value")
        else:
            continue
        if left is None or right is None or node_text(left) != value or right.type != "identifier":
            continue
        callee = node_text(right)
        if callee not in declared:
            continue
        wanted = len(_parameter_names(declared[callee]) or declared[callee].named_children)
        enclosing = _enclosing_function(node)
        own = _parameter_names(enclosing.child_by_field_name("parameters")) if enclosing is not None else []
        argument_lists = ([", ".join(own[:wanted])] if wanted and len(own) >= wanted else []) + [""]
        for arguments in argument_lists:
            yield Candidate(
                path,
                replace_span(data, right.end_byte, right.end_byte, f"({arguments})"),
                node.start_point.row + 1,
                f"store what {callee}({arguments}) returns, not the function itself: {value} is used as its result",
            )


def _calls_removed(data: bytes, path: str, root, line: int, declared) -> Iterator[Candidate]:
    # The function the crash is in: where it is passed called, the call is the mistake.
    inside = {
        node_text(name)
        for node in walk(root)
        if node.type in FUNCTIONS
        and node.start_point.row <= line - 1 <= node.end_point.row
        and (name := node.child_by_field_name("name")) is not None
    }
    for node in walk(root):
        if node.type != "call_expression" or node.parent is None or node.parent.type != "arguments":
            continue
        callee, arguments = node.child_by_field_name("function"), node.child_by_field_name("arguments")
        if callee is None or arguments is None or arguments.named_child_count or callee.type != "identifier":
            continue
        name = node_text(callee)
        if name not in declared or not declared[name].named_child_count:
            continue
        if node.start_point.row != line - 1 and name not in inside:
            continue
        yield Candidate(
            path,
            replace_span(data, node.start_byte, node.end_byte, name),
            node.start_point.row + 1,
            f"pass {name} itself, to be called with its arguments later, instead of calling it with none",
        )
