"""LOGIC candidates: generate-and-validate mutations at a suspicious line.

The operator families are the classic ones of generate-and-validate repair
(GenProg-style single edits with TBar's fix templates: mutate operator, mutate
literal, mutate variable, mutate method invocation, insert/remove negation,
swap operands), applied to the syntax nodes on one line:

- binary operators within their family (arithmetic, relational incl. the
  boundary `<`/`<=`, equality `===`/`!==`, logical, `??`/`||`), compound
  assignments, `++`/`--`;
- off-by-one: numeric literals ±1, an index or bound `x` → `x - 1` / `x + 1`,
  `.length` → `.length - 1`;
- a wrong identifier: another name bound in the enclosing function;
- sibling methods (`Math.min`/`Math.max`, `floor`/`ceil`/`round`, `push`/`unshift`,
  `slice` bounds, `some`/`every`, `find`/`filter`, `startsWith`/`endsWith`...);
- a missing or extra negation; swapped operands of a non-commutative operator, swapped
  branches of a conditional, swapped arguments;
- a missing `await` before a call inside an async function; `true`/`false`.

Candidates that do not parse are dropped; the order is cheapest-first.
"""

from __future__ import annotations

from collections.abc import Iterator

from healer.engine.javascript.fixers.base import Candidate, parsing, replace_span
from healer.engine.javascript.syntax import encode, node_text, parse, walk

FAMILIES = (
    ("+", "-", "*", "/", "%"),
    ("<", "<=", ">", ">="),
    ("===", "!==", "==", "!="),
    ("&&", "||", "??"),
    ("+=", "-=", "*=", "/="),
)
CROSS = (("<", "<=", ">", ">=", "===", "!=="), ("===", "!==", "<", "<=", ">", ">="))
NON_COMMUTATIVE = frozenset({"-", "/", "%", "<", "<=", ">", ">="})
SIBLINGS = (
    ("min", "max"), ("floor", "ceil", "round", "trunc"), ("push", "unshift"), ("pop", "shift"),
    ("some", "every"), ("find", "filter"), ("findIndex", "indexOf", "lastIndexOf"), ("startsWith", "endsWith"),
    ("toUpperCase", "toLowerCase"), ("trimStart", "trimEnd", "trim"), ("padStart", "padEnd"),
    ("keys", "values", "entries"), ("reduce", "reduceRight"), ("slice", "substring"),
)  # fmt: skip
FUNCTION_NODES = ("function_declaration", "function_expression", "arrow_function", "method_definition",
                  "generator_function_declaration", "function")  # fmt: skip
MAX_PER_LINE = 120
BINDINGS = ("identifier", "shorthand_property_identifier_pattern")


def logic_candidates(text: str, path: str, *, line: int, limit: int = MAX_PER_LINE) -> list[Candidate]:
    """Single mutations of the expressions on `line` (1-based), each parse-checked."""
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    nodes = [n for n in walk(tree.root_node) if n.start_point.row == line - 1 and not n.is_missing]
    generated: list[Candidate] = []
    for mutate in (_operators, _boundaries, _literals, _negations, _siblings, _swaps, _awaits, _identifiers):
        generated += [Candidate(path, new, line, what) for new, what in mutate(data, nodes, text, path)]
    return parsing(generated, original=text, path=path, limit=limit)


def _operator(node):
    return next((c for c in node.children if not c.is_named and node_text(c) in _ALL_OPERATORS), None)


_ALL_OPERATORS = frozenset(op for family in FAMILIES for op in family) | {"++", "--"}


def _operators(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    for node in nodes:
        if node.type not in ("binary_expression", "augmented_assignment_expression", "update_expression"):
            continue
        op = _operator(node)
        if op is None:
            continue
        old = node_text(op)
        if old in ("++", "--"):
            new = "--" if old == "++" else "++"
            yield replace_span(data, op.start_byte, op.end_byte, new), f"replace '{old}' with '{new}'"
            continue
        family = next((f for f in FAMILIES if old in f), ())
        # Relational operator replacement (ROR, as in mutation testing) also crosses to equality.
        wider = next((f for f in CROSS if old in f and f is not family), ())
        for new in [*family, *(w for w in wider if w not in family)]:
            if new != old:
                yield replace_span(data, op.start_byte, op.end_byte, new), f"replace '{old}' with '{new}'"


def _boundaries(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """Off-by-one in an index, a bound or a length."""
    for node in nodes:
        if node.type == "subscript_expression":
            index = node.child_by_field_name("index")
            if index is not None and index.type in ("identifier", "member_expression", "binary_expression"):
                value = node_text(index)
                for new in (f"{value} - 1", f"{value} + 1"):
                    yield (
                        replace_span(data, index.start_byte, index.end_byte, new),
                        f"index with {new} instead of {value}",
                    )
        elif (
            node.type == "member_expression"
            and node_text(node.child_by_field_name("property") or node) == "length"
        ):
            value = node_text(node)
            for new in (f"{value} - 1", f"{value} + 1"):
                yield replace_span(data, node.start_byte, node.end_byte, new), f"use {new} instead of {value}"
        elif (
            node.type == "binary_expression"
            and (op := _operator(node)) is not None
            and node_text(op) in ("<", "<=", ">", ">=")
        ):
            right = node.child_by_field_name("right")
            if (
                right is not None
                and right.type in ("identifier", "member_expression")
                and node_text(right) != "length"
            ):
                value = node_text(right)
                for new in (f"{value} - 1", f"{value} + 1"):
                    yield (
                        replace_span(data, right.start_byte, right.end_byte, new),
                        f"compare with {new} instead of {value}",
                    )


def _literals(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """±1, 0 and 1, then the file's other integer literals (the fix ingredient is often already in
    the program: the "plastic surgery" observation behind ssFix and TBar's literal mutation)."""
    elsewhere = _file_integers(nodes)
    for node in nodes:
        if node.type == "number":
            value = node_text(node)
            try:
                number = int(value)
            except ValueError:
                continue
            near = sorted({number - 1, number + 1, 0, 1} - {number})
            for new in [*near, *sorted(elsewhere - set(near) - {number})]:
                yield (
                    replace_span(data, node.start_byte, node.end_byte, str(new)),
                    f"use {new} instead of {value}",
                )
        elif node.type in ("true", "false"):
            new = "false" if node.type == "true" else "true"
            yield replace_span(data, node.start_byte, node.end_byte, new), f"use {new} instead of {node.type}"


def _file_integers(nodes) -> set[int]:
    if not nodes:
        return set()
    root = nodes[0]
    while root.parent is not None:
        root = root.parent
    found: set[int] = set()
    for node in walk(root):
        if node.type == "number" and node_text(node).isdigit() and len(found) < 20:
            found.add(int(node_text(node)))
    return found


def _negations(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    for node in nodes:
        if node.type == "unary_expression" and node_text(node).startswith("!"):
            inner = node.child_by_field_name("argument")
            if inner is not None:
                yield (
                    replace_span(data, node.start_byte, node.end_byte, node_text(inner)),
                    "remove the negation '!'",
                )
        elif node.type == "parenthesized_expression" and node.parent is not None and node.parent.type in (
            "if_statement", "while_statement",
        ):  # fmt: skip
            inner = node_text(node)[1:-1]
            yield replace_span(data, node.start_byte, node.end_byte, f"(!({inner}))"), "negate the condition"
        elif node.type == "unary_expression" and node_text(node).startswith("-"):
            inner = node.child_by_field_name("argument")
            if inner is not None:
                yield (
                    replace_span(data, node.start_byte, node.end_byte, node_text(inner)),
                    "remove the minus sign",
                )


def _siblings(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    for node in nodes:
        if node.type != "member_expression":
            continue
        prop = node.child_by_field_name("property")
        name = node_text(prop) if prop is not None else ""
        for group in SIBLINGS:
            if name in group:
                for new in group:
                    if new != name:
                        yield (
                            replace_span(data, prop.start_byte, prop.end_byte, new),
                            f"call '{new}' instead of '{name}'",
                        )


def _swaps(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    for node in nodes:
        if node.type == "ternary_expression":
            yield from _swap_branches(data, node)
        if (
            node.type == "binary_expression"
            and (op := _operator(node)) is not None
            and node_text(op) in NON_COMMUTATIVE
        ):
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if left is not None and right is not None:
                new = f"{node_text(right)} {node_text(op)} {node_text(left)}"
                yield replace_span(data, node.start_byte, node.end_byte, new), "swap the operands"
        elif node.type == "arguments" and len(node.named_children) == 2:
            first, second = node.named_children
            new = f"({node_text(second)}, {node_text(first)})"
            yield replace_span(data, node.start_byte, node.end_byte, new), "swap the two arguments"


def _swap_branches(data: bytes, node) -> Iterator[tuple[str, str]]:
    consequence, alternative = (
        node.child_by_field_name("consequence"),
        node.child_by_field_name("alternative"),
    )
    if consequence is None or alternative is None:
        return
    swapped = (
        data[: consequence.start_byte]
        + data[alternative.start_byte : alternative.end_byte]
        + data[consequence.end_byte : alternative.start_byte]
        + data[consequence.start_byte : consequence.end_byte]
        + data[alternative.end_byte :]
    )
    yield swapped.decode("utf-8", errors="surrogateescape"), "swap the two branches of the conditional"


def _enclosing_function(node):
    current = node.parent
    while current is not None and current.type not in FUNCTION_NODES:
        current = current.parent
    return current


def _awaits(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    for node in nodes:
        if node.type != "call_expression" or (
            node.parent is not None and node.parent.type == "await_expression"
        ):
            continue
        function = _enclosing_function(node)
        if function is not None and node_text(function).lstrip().startswith("async"):
            yield (
                replace_span(data, node.start_byte, node.start_byte, "await "),
                f"await {node_text(node)[:40]}",
            )


def _identifiers(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """A wrong variable: swap each identifier read on the line for another name bound in its function."""
    for node in nodes:
        if node.type != "identifier" or _is_binding(node) or _is_callee(node):
            continue
        function = _enclosing_function(node)
        if function is None:
            continue
        name = node_text(node)
        for other in sorted(_bound_in(function) - {name}):
            yield (
                replace_span(data, node.start_byte, node.end_byte, other),
                f"use '{other}' instead of '{name}'",
            )


def _is_binding(node) -> bool:
    parent = node.parent
    if parent is None:
        return True
    if parent.type in (
        "variable_declarator",
        "function_declaration",
        "class_declaration",
        "method_definition",
    ):
        return parent.child_by_field_name("name") == node
    return parent.type in (
        "formal_parameters",
        "required_parameter",
        "optional_parameter",
        "import_specifier",
    )


def _is_callee(node) -> bool:
    parent = node.parent
    return (
        parent is not None
        and parent.type == "call_expression"
        and parent.child_by_field_name("function") == node
    )


def _bound_in(function) -> set[str]:
    names = set()
    params = function.child_by_field_name("parameters") or function.child_by_field_name("parameter")
    for node in walk(params) if params is not None else []:
        if node.type == "identifier":
            names.add(node_text(node))
    for node in walk(function):
        if node.type == "variable_declarator":
            target = node.child_by_field_name("name")
            if target is not None:
                names.update(node_text(n) for n in walk(target) if n.type in BINDINGS)
    return names
