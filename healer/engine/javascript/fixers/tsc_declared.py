"""TYPE_ERROR candidates for two strict-mode diagnostics whose fix is in the declarations tsc checks
against, not in the expression it points at:

- TS2322 `Type 'null' is not assignable to type 'T'` at a `return` (strictNullChecks): the function
  does return null on purpose (a "not found"), so its declared return type says so, `T | null`
  (the TypeScript handbook's "Narrowing"/strictNullChecks: a value that may be absent is typed
  with the union);
- TS2454 `Variable 'x' is used before being assigned`: tsc's definite-assignment analysis found a
  path that assigns nothing. When `let x;` is assigned in every branch of an if/else-if chain that
  has no final `else`, the chain's last condition is the path left out: it becomes the plain `else`
  (TBar's "mutate conditional expression: remove a condition" applied to the branch tsc proves
  incomplete).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from healer.engine.javascript.fixers.base import Candidate, replace_span
from healer.engine.javascript.syntax import encode, node_text, parse, walk

NULL_NOT_ASSIGNABLE = re.compile(r"Type '(?P<have>null|undefined)' is not assignable to type '(?P<want>.+?)'")
UNASSIGNED = re.compile(r"Variable '(?P<name>[\w$]+)' is used before being assigned")
FUNCTIONS = ("function_declaration", "function_expression", "arrow_function", "method_definition",
             "function_signature", "generator_function_declaration")  # fmt: skip


def declared_type_candidates(text: str, path: str, *, line: int, message: str) -> list[Candidate]:
    """Candidates (unparsed) for TS2322-null at a return and TS2454, else none."""
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    found = list(_nullable_return(data, tree.root_node, path, line=line, message=message))
    found += _completed_chain(data, tree.root_node, path, line=line, message=message)
    return found


def _nullable_return(data: bytes, root, path: str, *, line: int, message: str) -> Iterator[Candidate]:
    match = NULL_NOT_ASSIGNABLE.search(message)
    if match is None:
        return
    returns = [n for n in walk(root) if n.type == "return_statement" and n.start_point.row == line - 1]
    for statement in returns[:1]:
        function = statement.parent
        while function is not None and function.type not in FUNCTIONS:
            function = function.parent
        annotation = function.child_by_field_name("return_type") if function is not None else None
        declared = (
            annotation.named_children[0] if annotation is not None and annotation.named_children else None
        )
        if declared is None or match["have"] in node_text(declared):
            continue
        written = node_text(declared)
        wrapped = f"({written})" if "=>" in written else written
        yield Candidate(path, replace_span(data, declared.start_byte, declared.end_byte, f"{wrapped} | {match['have']}"),
                        declared.start_point.row + 1,
                        f"declare the {match['have']} the function returns: {wrapped} | {match['have']}")  # fmt: skip


def _completed_chain(data: bytes, root, path: str, *, line: int, message: str) -> list[Candidate]:
    match = UNASSIGNED.search(message)
    if match is None:
        return []
    name = match["name"]
    found = []
    for chain in _chains_assigning(root, name, before=line - 1):
        last = chain
        while (alternative := last.child_by_field_name("alternative")) is not None:
            inner = next((c for c in alternative.named_children if c.type == "if_statement"), None)
            if inner is None:
                break  # the chain already ends in a plain else
            last = inner
        consequence = last.child_by_field_name("consequence")
        if last is chain or consequence is None or last.child_by_field_name("alternative") is not None:
            continue
        new = replace_span(data, last.start_byte, last.end_byte, node_text(consequence))
        found.append(Candidate(path, new, last.start_point.row + 1,
                               f"make the chain's last branch the plain else, so every path assigns {name}"))  # fmt: skip
    return found


def _chains_assigning(root, name: str, *, before: int) -> Iterator:
    """Outermost if statements above row `before` whose every branch assigns `name` (`name = ...`)."""
    for node in walk(root):
        if node.type != "if_statement" or node.start_point.row >= before:
            continue
        if node.parent is not None and node.parent.type == "else_clause":
            continue  # part of a chain seen from its first if
        branches = []
        current = node
        while current is not None:
            branches.append(current.child_by_field_name("consequence"))
            alternative = current.child_by_field_name("alternative")
            current = (
                next((c for c in alternative.named_children if c.type == "if_statement"), None)
                if alternative is not None
                else None
            )
        if len(branches) > 1 and all(b is not None and _assigns(b, name) for b in branches):
            yield node


def _assigns(branch, name: str) -> bool:
    return any(
        n.type == "assignment_expression" and node_text(n.child_by_field_name("left")) == name
        for n in walk(branch)
        if n.child_by_field_name("left") is not None
    )
