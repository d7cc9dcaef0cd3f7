"""LINTING templates (round 54, npmlint28) for six ESLint rules that give neither a fix nor a suggestion
and that dev projects turn on, each the correct code the rule's documentation shows. Registered in
lint_problems.TEMPLATES; validated like every LINTING candidate (ESLint re-run, then the tests).

- no-throw-literal: "Expected an error object to be thrown." (at the `throw`). A thrown string (a
  literal, a template, a concatenation) becomes `new Error(<it>)`: the docs' correct form; a catcher that
  reads `.message`, and Jest's/Node's `toThrow('text')`/`assert.throws(..., /text/)`, see the same text.
  Other thrown values (an object literal, a number) are left alone: no Error carries them unchanged.
- no-template-curly-in-string: "Unexpected template string expression." (at the string). A quoted
  string holding `${name}` was meant as a template literal (the rule's point): it becomes one, quotes
  unescaped and backticks escaped.
- prefer-spread: "Use the spread operator instead of '.apply()'." (at the call). The rule reports only
  `f.apply(null|undefined, args)` and `o.f.apply(o, args)`, where the `this` passed is the one a plain
  call passes, so `f(...args)` / `o.f(...args)` calls the same function with the same `this`. Not
  when `o` has effects (`a[i++]`, a call): the apply form evaluated it twice (round 54's review).
- no-useless-concat: "Unexpected string concatenation of literals." (between the two literals). The
  two adjacent string literals joined into one (`' ' + '(wound)'` → `' (wound)'`): the same string.
- symbol-description: "Expected Symbol to have a description." (at the call). `Symbol()` bound to a name
  gets that name as its description (`const UNSET = Symbol()` → `Symbol('UNSET')`): a symbol's identity
  does not depend on its description, which only shows in `toString`/`description`. An unbound one is
  left alone.
- no-lone-blocks: "Block is redundant." / "Nested block is redundant." (at the `{`). The rule reports a
  block only when it declares nothing block-scoped, so its statements unwrapped (dedented to the
  brace's column) run the same. The rows inside a multi-line string or template keep their spaces:
  they are its text (round 54's review).
"""

from __future__ import annotations

import re

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, replace_nodes
from healer.engine.javascript.fixers.lint_kinds import finding_point
from healer.engine.javascript.fixers.lint_rewrites import path_to
from healer.engine.javascript.lint import EslintMessage
from healer.engine.javascript.syntax import encode, node_text, parse, walk

STRINGS = ("string", "template_string")
CURLY = re.compile(r"\$\{[^}]+\}")
EMPTY_THIS = ("null", "undefined")
# What makes evaluating an expression twice differ from evaluating it once.
EFFECTS = ("call_expression", "new_expression", "assignment_expression", "augmented_assignment_expression",
           "update_expression", "await_expression", "yield_expression", "unary_expression")  # fmt: skip


def _at(text: str, path: str, message: EslintMessage, types: tuple[str, ...], *, starting: bool = True):
    """The innermost node of `types` at (or, `starting` off, holding) the finding, with the bytes."""
    tree = parse(text, path)
    if tree is None or message.line < 1:
        return None, b""
    data = encode(text)
    point = finding_point(data, message)
    chain = [n for n in path_to(tree.root_node, point) if n.type in types]
    if starting:
        chain = [n for n in chain if n.start_point == point]
    return (chain[-1] if chain else None), data


def _stringy(node: tree_sitter.Node) -> bool:
    """A string value by its form: a literal, a template, or a `+` with a string operand (walked with
    a stack: a generated concatenation nests one level per `+`, past Python's recursion limit)."""
    stack = [node]
    while stack:
        node = stack.pop()
        while node.type == "parenthesized_expression" and node.named_children:
            node = node.named_children[0]
        if node.type in STRINGS:
            return True
        if node.type == "binary_expression" and node.child_by_field_name("operator").type == "+":
            stack.extend((node.child_by_field_name("right"), node.child_by_field_name("left")))
    return False


def throw_literal(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    if not message.message.startswith("Expected an error object to be thrown"):
        return []
    statement, data = _at(text, path, message, ("throw_statement",))
    value = statement.named_children[0] if statement is not None and statement.named_children else None
    if value is None or value.type == "sequence_expression" or not _stringy(value):
        return []
    new = replace_nodes(data, {value: f"new Error({node_text(value)})"})
    return [Candidate(path, new, message.line, "throw an Error carrying the message (no-throw-literal)")]


def template_curly(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    literal, data = _at(text, path, message, ("string",))
    if literal is None:
        return []
    raw = node_text(literal)
    quote, body = raw[0], raw[1:-1]
    if not CURLY.search(body):
        return []
    body = body.replace(f"\\{quote}", quote).replace("`", "\\`")
    new = replace_nodes(data, {literal: f"`{body}`"})
    return [
        Candidate(
            path, new, message.line, "write the string as a template literal (no-template-curly-in-string)"
        )
    ]


def prefer_spread(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    call, data = _at(text, path, message, ("call_expression",), starting=False)
    while call is not None:
        callee, arguments = call.child_by_field_name("function"), call.child_by_field_name("arguments")
        if (
            callee is not None
            and callee.type == "member_expression"
            and node_text(callee.child_by_field_name("property")) == "apply"
            and arguments is not None
            and len(arguments.named_children) == 2
        ):
            break
        call = call.parent if call.parent is not None and call.parent.type == "call_expression" else None
    if call is None:
        return []
    function = callee.child_by_field_name("object")
    this, spread = arguments.named_children
    owner = function.child_by_field_name("object") if function.type == "member_expression" else None
    # The apply form evaluates the receiver twice, the spread form once: equal text is the same `this`
    # only when evaluating it has no effect (round 54's review).
    same_this = (
        node_text(this) == node_text(owner) and not any(n.type in EFFECTS for n in walk(owner))
        if owner is not None
        else node_text(this) in EMPTY_THIS
    )
    if not same_this or spread.type == "spread_element" or "?." in node_text(callee):
        return []
    written = f"{node_text(function)}(...{node_text(spread)})"
    new = replace_nodes(data, {call: written})
    return [
        Candidate(path, new, message.line, f"spread the arguments into {node_text(function)} (prefer-spread)")
    ]


def _rightmost(node: tree_sitter.Node) -> tree_sitter.Node:
    while node.type == "binary_expression" and node.child_by_field_name("operator").type == "+":
        node = node.child_by_field_name("right")
    return node


def _leftmost(node: tree_sitter.Node) -> tree_sitter.Node:
    while node.type == "binary_expression" and node.child_by_field_name("operator").type == "+":
        node = node.child_by_field_name("left")
    return node


def _joined(left: str, right: str) -> str | None:
    """Two quoted string literals as one, in the left one's quotes (None for templates)."""
    if left[0] not in "'\"" or right[0] not in "'\"":
        return None
    quote, body = left[0], right[1:-1]
    if right[0] != quote:
        body = body.replace(f"\\{right[0]}", right[0])
        body = re.sub(rf"(?<!\\){quote}", f"\\{quote}", body)
    return left[:-1] + body + quote


def useless_concat(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    tree = parse(text, path)
    if tree is None or message.line < 1:
        return []
    data = encode(text)
    point = finding_point(data, message)
    for node in reversed(path_to(tree.root_node, point)):
        if node.type != "binary_expression" or node.child_by_field_name("operator").type != "+":
            continue
        left = _rightmost(node.child_by_field_name("left"))
        right = _leftmost(node.child_by_field_name("right"))
        if left.type != "string" or right.type != "string" or left.end_point[0] != right.start_point[0]:
            continue
        joined = _joined(node_text(left), node_text(right))
        if joined is None:
            return []
        new = data[: left.start_byte] + encode(joined) + data[right.end_byte :]
        said = "write the concatenated literals as one string (no-useless-concat)"
        return [Candidate(path, new.decode("utf-8", errors="surrogateescape"), message.line, said)]
    return []


def lone_blocks(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    block, data = _at(text, path, message, ("statement_block",))
    if (
        block is None
        or block.parent is None
        or block.parent.type not in ("statement_block", "program", "switch_case")
    ):
        return []
    start = data.rfind(b"\n", 0, block.start_byte) + 1
    indent = data[start : block.start_byte].decode("utf-8", errors="surrogateescape")
    inner = data[block.start_byte + 1 : block.end_byte - 1].decode("utf-8", errors="surrogateescape")
    # Rows that start inside a multi-line string or template are its text, not indentation: kept as they are.
    first = block.start_point[0]
    verbatim = {
        row - first
        for node in walk(block)
        if node.type in STRINGS
        for row in range(node.start_point[0] + 1, node.end_point[0] + 1)
    }
    rows = list(enumerate(inner.split("\n")))
    while rows and not rows[0][1].strip():
        rows.pop(0)
    while rows and not rows[-1][1].strip():
        rows.pop()
    if indent.strip() or not rows or not "".join(r for _, r in rows).strip():
        return []
    depth = min((len(r) - len(r.lstrip()) for i, r in rows if r.strip() and i not in verbatim), default=0)
    step = max(depth - len(indent), 0)
    body = "\n".join(
        r if i in verbatim else r[step:] if r[:step].strip() == "" else r.lstrip() for i, r in rows
    ).lstrip()
    new = data[: block.start_byte] + encode(body) + data[block.end_byte :]
    said = "take the statements out of the redundant block (no-lone-blocks)"
    return [Candidate(path, new.decode("utf-8", errors="surrogateescape"), message.line, said)]


def symbol_description(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    call, data = _at(text, path, message, ("call_expression",))
    arguments = call.child_by_field_name("arguments") if call is not None else None
    if (
        arguments is None
        or arguments.named_children
        or node_text(call.child_by_field_name("function")) != "Symbol"
    ):
        return []
    parent = call.parent
    target = None
    if parent is not None and parent.type == "variable_declarator":
        target = parent.child_by_field_name("name")
    elif parent is not None and parent.type in ("assignment_expression", "pair", "field_definition"):
        target = (
            parent.child_by_field_name("left")
            or parent.child_by_field_name("key")
            or (parent.child_by_field_name("property"))
        )
    if target is None or target.type not in ("identifier", "property_identifier", "member_expression"):
        return []
    # The name the symbol is bound to is what it stands for (the description only names it in output).
    name = node_text(target).split(".")[-1]
    new = replace_nodes(data, {arguments: f"('{name}')"})
    return [Candidate(path, new, message.line, f"describe the symbol as '{name}' (symbol-description)")]
