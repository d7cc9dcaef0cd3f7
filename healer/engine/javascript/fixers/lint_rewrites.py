"""LINTING templates (round 48, npm22) for two ESLint rules that give neither a fix nor a suggestion,
each edit written from what the rule's source in ESLint's `lib/rules` reports, so that the program does
what it did and only the form the rule forbids goes. Registered in lint_problems.TEMPLATES.

- no-negated-condition: the rule reports an `if` whose test is `!x`, `a != b` or `a !== b` and which has
  an `else` that is not an `else if` (an else-if chain is never reported), and every conditional
  expression with such a test. `if (!x) A else B` runs A exactly when `if (x) B else A` does, so the
  test loses its negation (`!x` → `x`, `!==` → `===`, `!=` → `==`) and the two branches trade places.
  Only the branch statements move: comments inside them move with them, comments between them stay.
  `!!x` (still negated once the outer `!` goes) is left alone.
- no-param-reassign: "Assignment to function parameter 'p'." (the rule's assignmentToFunctionParam: an
  assignment, an update or a for-in/of target naming the parameter). The parameter is renamed (a name
  the file does not use) and a `let p = <new name>;` opens the body: every use in the body then reads
  the local, which holds the same value, so nothing else changes and the rule, which tracks only
  parameters, has nothing left to report. Not when the body reads `arguments` (a sloppy function's
  `arguments[i]` aliases its simple parameters), for a TypeScript parameter property (`private p`: the
  name is the field's), a destructured parameter, or an arrow whose body is an expression. With
  `props: true` the rule's other message (a property of the parameter modified) needs a copy of the
  object, which changes what the caller sees: left alone.
"""

from __future__ import annotations

import itertools
import re

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, replace_nodes
from healer.engine.javascript.fixers.lint_kinds import FUNCTIONS, finding_point
from healer.engine.javascript.lint import EslintMessage
from healer.engine.javascript.syntax import encode, node_text, parse

NEGATED = {"!=": "==", "!==": "==="}
CONDITIONS = ("if_statement", "ternary_expression")
REASSIGNED = re.compile(r"^Assignment to function parameter '([^']+)'")
MODIFIERS = ("accessibility_modifier", "readonly", "override_modifier")


def _point(data: bytes, message: EslintMessage) -> tuple[int, int]:
    return finding_point(data, message)


def path_to(root: tree_sitter.Node, point: tuple[int, int]) -> list[tree_sitter.Node]:
    """The nodes holding `point`, outermost first (a pruned descent: linear in the tree's depth)."""
    found, node = [], root
    while True:
        inner = next((c for c in node.named_children if c.start_point <= point < c.end_point), None)
        if inner is None:
            return found
        found.append(inner)
        node = inner


def reported_node(text: str, path: str, message: EslintMessage, types: tuple[str, ...]):
    """The innermost node of `types` starting at an ESLint finding, with the file's bytes (None, b"" when none)."""
    tree = parse(text, path)
    if tree is None or message.line < 1:
        return None, b""
    data = encode(text)
    point = finding_point(data, message)
    chain = [n for n in path_to(tree.root_node, point) if n.type in types and n.start_point == point]
    return (chain[-1] if chain else None), data


def _unwrapped(node: tree_sitter.Node) -> tree_sitter.Node:
    while node.type == "parenthesized_expression" and len(node.named_children) == 1:
        node = node.named_children[0]
    return node


# -- no-negated-condition ---------------------------------------------------------------------------
def _plain_test(test: tree_sitter.Node, data: bytes) -> tuple[tree_sitter.Node, str] | None:
    """The node to replace and its text without the negation, or None when the test is not negated."""
    if test.type == "unary_expression":
        operator, argument = test.child_by_field_name("operator"), test.child_by_field_name("argument")
        if operator is None or operator.type != "!" or argument is None:
            return None
        inner = _unwrapped(argument)
        if inner.type == "unary_expression" and inner.children and inner.children[0].type == "!":
            return None  # `!!x`: still negated after one `!` goes
        # An if's test has its own parentheses: `if (!(a && b))` → `if (a && b)`.
        framed = test.parent is not None and test.parent.type == "parenthesized_expression"
        return test, node_text(inner if framed and inner.type != "sequence_expression" else argument)
    if test.type == "binary_expression":
        operator = test.child_by_field_name("operator")
        if operator is not None and operator.type in NEGATED:
            head = data[test.start_byte : operator.start_byte].decode("utf-8", errors="surrogateescape")
            tail = data[operator.end_byte : test.end_byte].decode("utf-8", errors="surrogateescape")
            return test, f"{head}{NEGATED[operator.type]}{tail}"
    return None


def negated_condition(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    tree = parse(text, path)
    if tree is None or message.line < 1:
        return []
    data = encode(text)
    point = _point(data, message)
    reported = [n for n in path_to(tree.root_node, point) if n.type in CONDITIONS and n.start_point == point]
    for node in reversed(reported):
        found = _swapped(node, data, path, message.line)
        if found:
            return found
    return []


def _swapped(node: tree_sitter.Node, data: bytes, path: str, line: int) -> list[Candidate]:
    condition = node.child_by_field_name("condition")
    first = node.child_by_field_name("consequence")
    second = node.child_by_field_name("alternative")
    if condition is None or first is None or second is None:
        return []
    if node.type == "if_statement":
        if second.type != "else_clause":
            return []
        body = [c for c in second.named_children if c.type != "comment"]
        if len(body) != 1 or body[0].type == "if_statement":
            return []  # an else-if chain: the rule does not report it
        second = body[0]
        if _ends_open(second):
            return []  # moved before the `else`, its open inner `if` would take that `else`
    plain = _plain_test(_unwrapped(condition), data)
    if plain is None:
        return []
    test, written = plain
    new = replace_nodes(data, {test: written, first: node_text(second), second: node_text(first)})
    what = "if" if node.type == "if_statement" else "conditional"
    return [
        Candidate(
            path, new, line, f"test {written} in the {what} and swap its branches (no-negated-condition)"
        )
    ]


LOOPS = ("for_statement", "for_in_statement", "while_statement", "labeled_statement", "with_statement")


def _ends_open(statement: tree_sitter.Node) -> bool:
    """`statement` ends in an `if` without an `else` (`for (;;) if (y) b();`): written before an `else`,
    that `else` would bind to the inner `if` (the dangling else) and the program would change (review,
    round 48)."""
    node: tree_sitter.Node | None = statement
    while node is not None:
        if node.type == "if_statement":
            alternative = node.child_by_field_name("alternative")
            if alternative is None:
                return True
            node = next((c for c in reversed(alternative.named_children) if c.type != "comment"), None)
        elif node.type in LOOPS:
            node = node.child_by_field_name("body") or (
                node.named_children[-1] if node.named_children else None
            )
        else:
            return False
    return False


# -- no-param-reassign ------------------------------------------------------------------------------
def param_reassign(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    named = REASSIGNED.match(message.message)
    tree = parse(text, path)
    if named is None or tree is None or message.line < 1:
        return []
    name = named.group(1)
    data = encode(text)
    chain = path_to(tree.root_node, _point(data, message))
    function = next(
        (n for n in reversed(chain) if n.type in FUNCTIONS and _parameter(n, name) is not None), None
    )
    if function is None:
        return []
    parameter = _parameter(function, name)
    body = function.child_by_field_name("body")
    if parameter is None or body is None or body.type != "statement_block" or _reads_arguments(body):
        return []
    listed = function.child_by_field_name("parameters")
    if listed is not None and any(
        n.type == "identifier" and node_text(n) == name and n.start_byte != parameter.start_byte
        for n in _nodes(listed)
    ):
        return []  # a later default reads the parameter: renaming it there too is left alone
    fresh = _fresh_name(text, name)
    if fresh is None:
        return []
    opening = body.children[0]
    statements = [c for c in body.named_children if c.type != "comment"]
    # The copy goes after the body's directives: before them, `'use strict'` would no longer be one
    # (review, round 48).
    directives = list(itertools.takewhile(_is_directive, statements))
    after = directives[-1] if directives else opening
    anchor = directives[-1] if directives else (statements[0] if statements else None)
    if anchor is not None and anchor.start_point.row > opening.start_point.row:
        start = data.rfind(b"\n", 0, anchor.start_byte) + 1
        indent = data[start : anchor.start_byte].decode("utf-8", errors="surrogateescape")
        if indent.strip():
            indent = ""
        inserted = f"\n{indent}let {name} = {fresh};"
    else:
        inserted = f" let {name} = {fresh};"
    edited = data[: after.end_byte] + encode(inserted) + data[after.end_byte :]
    edited = edited[: parameter.start_byte] + encode(fresh) + edited[parameter.end_byte :]
    new = edited.decode("utf-8", errors="surrogateescape")
    return [Candidate(path, new, message.line,
                      f"copy the parameter into a local {name} (the parameter renamed {fresh}) instead of reassigning it")]  # fmt: skip


def _is_directive(statement: tree_sitter.Node) -> bool:
    """A directive of the prologue (`'use strict';`): an expression statement that is a lone string."""
    parts = [c for c in statement.named_children if c.type != "comment"]
    return statement.type == "expression_statement" and len(parts) == 1 and parts[0].type == "string"


def _parameter(function: tree_sitter.Node, name: str) -> tree_sitter.Node | None:
    """The identifier node that binds `name` as a simple parameter of `function` (its default kept)."""
    parameters = function.child_by_field_name("parameters")
    if parameters is None:
        single = function.child_by_field_name("parameter")
        return (
            single
            if single is not None and single.type == "identifier" and node_text(single) == name
            else None
        )
    for parameter in parameters.named_children:
        node = parameter
        if node.type in ("required_parameter", "optional_parameter"):
            if any(c.type in MODIFIERS for c in node.children):
                continue
            node = node.child_by_field_name("pattern") or node
        if node.type == "assignment_pattern":
            node = node.child_by_field_name("left") or node
        if node.type == "identifier" and node_text(node) == name:
            return node
    return None


def _nodes(node: tree_sitter.Node):
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(current.children)


def _reads_arguments(body: tree_sitter.Node) -> bool:
    stack = [body]
    while stack:
        node = stack.pop()
        if node.type == "identifier" and node_text(node) == "arguments":
            return True
        stack.extend(c for c in node.named_children if c.type not in FUNCTIONS or c.type == "arrow_function")
    return False


def _fresh_name(text: str, name: str) -> str | None:
    """A name for the parameter that no identifier of the file spells."""
    used = set(re.findall(r"[A-Za-z_$][\w$]*", text))
    for suffix in ("Arg", "Param", "Given", "Input"):
        if f"{name}{suffix}" not in used:
            return f"{name}{suffix}"
    return None
