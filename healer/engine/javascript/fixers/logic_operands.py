"""LOGIC families for an operand that is constant where a comparison or a whole branch was meant (round 43).

A literal given to `||`/`&&`, or a string concatenation used as a condition, has a truth value fixed by
the language (ECMA-262 ToBoolean: a non-empty string or a non-zero number is true), so the condition
never depends on the data: the "constant condition" ESLint's `no-constant-binary-expression` and
`no-constant-condition` report, and the missing-subject and precedence slips of the repair
literature's operator-level templates (TBar's "mutate operator" and "wrap with parentheses"). Each
family restores the reading the code's own shape names, wherever the shape matches:

- `constant_disjuncts`: `x === 'a' || 'b'` compares `x` once and then tests `'b'`, always true: each
  literal operand of the chain compared with the first comparison's subject the same way,
  `x === 'a' || x === 'b'` (and `x !== 'a' && x !== 'b'` for the negated chain).
- `case_disjunctions`: `case 'a' || 'b':` matches only `'a'` (the `||` is evaluated to its first truthy
  operand): one `case` clause per value, falling through to the same body.
- `concatenated_tests`: `'text ' + n ? a : b` parses as `('text ' + n) ? a : b` (`+` binds tighter than
  `?:`), a string that is never empty: the conditional parenthesised as the concatenation's right
  operand, `'text ' + (n ? a : b)`.
"""

from __future__ import annotations

from collections.abc import Iterator

from healer.engine.javascript.fixers.base import replace_nodes, replace_span
from healer.engine.javascript.syntax import node_text

LITERALS = frozenset({"string", "number"})
EQUALITIES = frozenset({"===", "==", "!==", "!="})
# The chain operator that goes with each equality: `x === a || x === b`, `x !== a && x !== b`.
CHAINS = {"===": "||", "==": "||", "!==": "&&", "!=": "&&"}
STRINGS = frozenset({"string", "template_string"})


def _operator(node) -> str:
    op = node.child_by_field_name("operator")
    return node_text(op) if op is not None else ""


def _operands(node, operator: str) -> list:
    """The operands of a left-nested chain of `operator` (`a || b || c` -> [a, b, c]).

    Read with a stack, as syntax.walk reads a tree: a generated chain (a keyword list of a few
    thousand `x === 'k' ||`) is nested as deep as it is long, past Python's recursion limit."""
    found, stack = [], [node]
    while stack:
        current = stack.pop()
        if current.type == "binary_expression" and _operator(current) == operator:
            stack += [current.child_by_field_name("right"), current.child_by_field_name("left")]
        else:
            found.append(current)
    return found


def constant_disjuncts(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`x === 'a' || 'b'` -> `x === 'a' || x === 'b'`: a literal operand of the chain is always truthy."""
    for node in nodes:
        if node.type != "binary_expression" or _operator(node) not in ("||", "&&"):
            continue
        chain = _operator(node)
        parent = node.parent
        if parent is not None and parent.type == "binary_expression" and _operator(parent) == chain:
            continue  # the chain's outermost node only
        operands = _operands(node, chain)
        first = operands[0]
        if first.type != "binary_expression" or CHAINS.get(_operator(first)) != chain:
            continue
        subject = first.child_by_field_name("left")
        constants = [o for o in operands[1:] if o.type in LITERALS]
        if subject is None or not constants or subject.type in LITERALS:
            continue
        equality = _operator(first)
        new = {o: f"{node_text(subject)} {equality} {node_text(o)}" for o in constants}
        yield (
            replace_nodes(data, new),
            f"compare {node_text(subject)} with each value: a literal operand of '{chain}' is constant",
        )


def case_disjunctions(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`case 'a' || 'b':` -> `case 'a':` and `case 'b':` falling through to the same body."""
    for node in nodes:
        if node.type != "switch_case":
            continue
        value = node.child_by_field_name("value")
        if value is None or value.type != "binary_expression" or _operator(value) != "||":
            continue
        values = _operands(value, "||")
        if not all(v.type in LITERALS for v in values):
            continue
        indent = data[data.rfind(b"\n", 0, node.start_byte) + 1 : node.start_byte].decode(
            "utf-8", "surrogateescape"
        )
        if indent.strip():
            continue  # the case does not start its line: no clean indentation to repeat
        clauses = f":\n{indent}case ".join(node_text(v) for v in values)
        yield (
            replace_span(data, value.start_byte, value.end_byte, clauses),
            "one case clause per value: 'case a || b' matches a only",
        )


def concatenated_tests(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`'text ' + n ? a : b` -> `'text ' + (n ? a : b)`: the concatenation is never an empty string."""
    for node in nodes:
        if node.type != "ternary_expression":
            continue
        test = node.child_by_field_name("condition")
        if test is None or test.type != "binary_expression" or _operator(test) != "+":
            continue
        left, right = test.child_by_field_name("left"), test.child_by_field_name("right")
        if left is None or right is None or left.type not in STRINGS or not node_text(left).strip("'\"`"):
            continue
        consequence = node.child_by_field_name("consequence")
        alternative = node.child_by_field_name("alternative")
        if consequence is None or alternative is None:
            continue
        new = (
            f"{node_text(left)} + ({node_text(right)} ? {node_text(consequence)} : {node_text(alternative)})"
        )
        yield (
            replace_span(data, node.start_byte, node.end_byte, new),
            "make the conditional the concatenation's operand: '+' binds tighter than '?:'",
        )


FAMILIES = (constant_disjuncts, case_disjunctions, concatenated_tests)
