"""LINTING candidates for ESLint core rules of the "possible problems" category that offer neither a
fix nor a suggestion: one rule-keyed template each, a semantics-preserving or intent-restoring
edit (the rule's own documentation says what the flagged code does and what was meant), validated
like every LINTING candidate (ESLint re-run, then the tests).

- no-unsafe-optional-chaining: an optional chain whose `undefined` would throw where it is used
  (`for (x of a?.b)`, `...(a?.b)`, `(a?.b)()`): the plain chain (it throws on a nullish base
  either way: the same behaviour, said honestly), then the use made safe (`?? []`, `?.()`).
- no-constant-binary-expression: a short-circuit whose left side can never be nullish/falsy
  because a tighter operator took the operand (`'a' + b ?? c`): the short-circuit moved into the
  operand it was meant for (`'a' + (b ?? c)`, JavaScript's precedence table); a comparison with
  a new array/object literal, never equal: its emptiness compared instead.
- no-loss-of-precision: the literal becomes the double it is at runtime, printed as JavaScript
  prints it (ECMAScript Number::toString, computed from the shortest round-trip digits).
- no-unused-private-class-members: a private member nothing reads is removed (its only effect is
  its initialiser), or, when the class reads the same name as a public member no one declares,
  those reads use it (the intent-restoring edit: `this.total` meant `this.#total`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from healer.engine.javascript.fixers.base import Candidate, replace_nodes, replace_span
from healer.engine.javascript.fixers.lint_declarations import func_style, init_declarations, underscore_dangle
from healer.engine.javascript.fixers.lint_flow import no_continue, unreachable_loop, useless_assignment
from healer.engine.javascript.fixers.lint_forms import constructor_return, duplicate_imports, eq_null
from healer.engine.javascript.fixers.lint_kinds import consistent_return, finding_point, new_wrappers
from healer.engine.javascript.fixers.lint_literals import (
    lone_blocks,
    prefer_spread,
    symbol_description,
    template_curly,
    throw_literal,
    useless_concat,
)
from healer.engine.javascript.fixers.lint_meanings import (
    guard_for_in,
    multi_assign,
    nested_ternary,
    rest_params,
    return_assign,
    useless_call,
)
from healer.engine.javascript.fixers.lint_names import block_scoped_var, camelcase, new_cap
from healer.engine.javascript.fixers.lint_operators import bitwise, plusplus, shadow
from healer.engine.javascript.fixers.lint_practices import (
    await_in_loop,
    default_case,
    loop_func,
    reject_errors,
)
from healer.engine.javascript.fixers.lint_rewrites import negated_condition, param_reassign
from healer.engine.javascript.fixers.lint_statements import methods_use_this, sequences
from healer.engine.javascript.fixers.lint_unfixable import (
    dupe_else_if,
    duplicate_case,
    empty_pattern,
    irregular_whitespace,
    self_assign,
    setter_return,
)
from healer.engine.javascript.fixers.lint_values import id_length, inline_comments, no_undefined, sort_keys
from healer.engine.javascript.fixers.missing_returns import missing_return_candidates
from healer.engine.javascript.lint import EslintMessage
from healer.engine.javascript.syntax import encode, node_text, parse, walk

CHAINS = ("member_expression", "call_expression", "subscript_expression")
SHORT_CIRCUITS = ("??", "||", "&&")


def problem_candidates(text: str, path: str, *, message: EslintMessage) -> list[Candidate]:
    """The rule's template's candidates (unparsed: lint.eslint_candidates keeps those that parse)."""
    template = TEMPLATES.get(message.rule.split("/")[-1])
    return template(text, path, message) if template is not None else []


def _position(text: str, path: str, message: EslintMessage):
    tree = parse(text, path)
    if tree is None or message.line < 1:
        return None, None
    return tree.root_node, finding_point(encode(text), message)


def _starting_at(root, at, types: tuple[str, ...]) -> list:
    """Nodes of `types` that start exactly at the finding's position, outermost first."""
    return [n for n in walk(root) if n.type in types and n.start_point == at]


# --- no-unsafe-optional-chaining -------------------------------------------------------------


def _optional_chain(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    root, at = _position(text, path, message)
    if root is None:
        return []
    chains = [n for n in _starting_at(root, at, CHAINS) if any(c.type == "optional_chain" for c in walk(n))]
    if not chains:
        return []
    chain = chains[0]
    data = encode(text)
    found = []
    marks = [c for c in walk(chain) if c.type == "optional_chain"]
    plain = _without_optional(data, chain, marks)
    found.append(Candidate(path, replace_span(data, chain.start_byte, chain.end_byte, plain), message.line,
                           "read the chain without '?.': a nullish value throws where it is used either way"))  # fmt: skip
    use = chain.parent
    outer = chain
    if use is not None and use.type == "parenthesized_expression":
        outer, use = use, use.parent
    if use is None:
        return found
    written = node_text(chain)
    if use.type == "call_expression" and use.child_by_field_name("function") == outer:
        safe = f"{written}?."
        found.append(Candidate(path, replace_span(data, outer.start_byte, outer.end_byte, safe), message.line,
                               "call the function only when the chain gives one: ?.()"))  # fmt: skip
    elif use.type == "spread_element" or (use.type == "for_in_statement" and _iterated(use, outer)):
        safe = f"({written} ?? [])" if use.type == "spread_element" else f"{written} ?? []"
        found.append(Candidate(path, replace_span(data, outer.start_byte, outer.end_byte, safe), message.line,
                               "fall back on an empty array when the chain gives undefined"))  # fmt: skip
    return found


def _iterated(loop, node) -> bool:
    """`node` is what a for-of loop iterates (not a for-in's object: for-in over undefined is fine)."""
    return loop.child_by_field_name("right") == node and any(c.type == "of" for c in loop.children)


def _without_optional(data: bytes, chain, marks: list) -> str:
    """The chain's text with every `?.` a plain access: `a?.b` -> `a.b`, `f?.()` -> `f()`, `a?.[i]` -> `a[i]`."""
    text = data[chain.start_byte : chain.end_byte]
    for mark in sorted(marks, key=lambda m: m.start_byte, reverse=True):
        start, end = mark.start_byte - chain.start_byte, mark.end_byte - chain.start_byte
        following = text[end : end + 1]
        text = text[:start] + (b"" if following in (b"(", b"[") else b".") + text[end:]
    return text.decode("utf-8", errors="surrogateescape")


# --- no-constant-binary-expression -----------------------------------------------------------

NEW_LITERALS = {"array": "{value}.length {op} 0", "object": "Object.keys({value}).length {op} 0"}


def _constant_binary(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    root, at = _position(text, path, message)
    if root is None:
        return []
    data = encode(text)
    found = []
    for node in walk(root):
        if node.type != "binary_expression" or node.start_point.row > at[0] or node.end_point.row < at[0]:
            continue
        operator = node.child_by_field_name("operator")
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if operator is None or left is None or right is None:
            continue
        op = node_text(operator)
        if op in SHORT_CIRCUITS and left.start_point == at:
            found += _regrouped(data, path, message.line, node, left, right, op)
        elif op in ("===", "!==", "==", "!=") and node.start_point == at:  # ESLint reports the comparison
            found += _emptiness(data, path, message.line, node, left, right, op)
    return found


def _regrouped(data: bytes, path: str, line: int, node, left, right, op: str) -> list[Candidate]:
    """`A + B ?? C` -> `A + (B ?? C)`; `!A ?? C` -> `!(A ?? C)`: the short-circuit applies to the
    operand the tighter operator took from it (ECMAScript's precedence: `??` binds loosest)."""
    if left.type == "binary_expression":
        inner = left.child_by_field_name("right")
    elif left.type == "unary_expression":
        inner = left.child_by_field_name("argument")
    else:
        return []
    if inner is None:
        return []
    regrouped = (
        data[left.start_byte : inner.start_byte].decode("utf-8", errors="surrogateescape")
        + f"({node_text(inner)} {op} {node_text(right)})"
    )
    new = replace_span(data, node.start_byte, node.end_byte, regrouped)
    return [Candidate(path, new, line, f"apply '{op}' to {node_text(inner)[:40]} alone, in parentheses")]


def _emptiness(data: bytes, path: str, line: int, node, left, right, op: str) -> list[Candidate]:
    """`x === []` is never true (a new array is equal only to itself): its emptiness was meant."""
    for literal, value in ((right, left), (left, right)):
        shape = NEW_LITERALS.get(literal.type)
        if shape is not None and not literal.named_children and value.type not in NEW_LITERALS:
            compared = shape.format(value=node_text(value), op=op if op in ("===", "!==") else op + "=")
            new = replace_span(data, node.start_byte, node.end_byte, compared)
            return [Candidate(path, new, line, f"compare how many items {node_text(value)[:40]} has")]
    return []


# --- no-loss-of-precision --------------------------------------------------------------------


def js_number_text(value: float) -> str:
    """How JavaScript prints a finite double (ECMAScript Number::toString(10)): the shortest digits
    that round-trip (Python's repr gives the same digits), laid out by the spec's rules."""
    if value == 0:
        return "0"
    sign = "-" if value < 0 else ""
    digits_tuple, exponent = Decimal(repr(abs(value))).normalize().as_tuple()[1:]
    digits = "".join(map(str, digits_tuple))
    k, n = len(digits), exponent + len(digits)  # value = 0.digits * 10**n
    if k <= n <= 21:
        return sign + digits + "0" * (n - k)
    if 0 < n <= 21:
        return sign + digits[:n] + "." + digits[n:]
    if -6 < n <= 0:
        return sign + "0." + "0" * -n + digits
    power = n - 1
    mantissa = digits[0] + ("." + digits[1:] if k > 1 else "")
    return f"{sign}{mantissa}e{'+' if power >= 0 else '-'}{abs(power)}"


RADIX = {"0x": 16, "0o": 8, "0b": 2}


def literal_value(literal: str) -> float | None:
    """The double a JavaScript number literal denotes (None for a BigInt or anything unreadable)."""
    written = literal.replace("_", "").lower()
    if written.endswith("n"):
        return None
    try:
        if written[:2] in RADIX:
            return float(int(written[2:], RADIX[written[:2]]))
        return float(written)
    except (ValueError, OverflowError):
        return None


def _precise_literal(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    root, at = _position(text, path, message)
    if root is None:
        return []
    found = []
    data = encode(text)
    for node in _starting_at(root, at, ("number",)):
        value = literal_value(node_text(node))
        if value is None or value != value or value in (float("inf"), float("-inf")):
            continue
        exact = js_number_text(value)
        new = replace_span(data, node.start_byte, node.end_byte, exact)
        found.append(Candidate(path, new, message.line,
                               f"write the number as the value it has at runtime: {exact}"))  # fmt: skip
    return found


# --- no-unused-private-class-members ---------------------------------------------------------

PRIVATE_NAME = re.compile(r"'(?P<name>#?[\w$]+)'")
MEMBERS = ("field_definition", "method_definition")


def _unused_private(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    root, at = _position(text, path, message)
    match = PRIVATE_NAME.search(message.message)
    if root is None or match is None:
        return []
    name = match["name"].lstrip("#")
    member = next(
        (
            n
            for n in walk(root)
            if n.type in MEMBERS
            and n.start_point.row == at[0]
            and any(
                c.type == "private_property_identifier" and node_text(c) == f"#{name}" for c in n.children
            )
        ),
        None,
    )
    if member is None:
        return []
    used = _public_reads_used(text, path, message.line, member, name)
    removed = _member_removed(text, path, message.line, member, name)
    return used + removed


def _member_removed(text: str, path: str, line: int, member, name: str) -> list[Candidate]:
    lines = text.split("\n")
    first, last = member.start_point.row, member.end_point.row
    end_line = lines[last][member.end_point.column :].strip()
    if lines[first][: member.start_point.column].strip() or end_line not in ("", ";"):
        return []  # the member shares its lines with other code
    new = "\n".join([*lines[:first], *lines[last + 1 :]])
    return [Candidate(path, new, line, f"remove the private member '#{name}', which nothing reads")]


def _public_reads_used(text: str, path: str, line: int, member, name: str) -> list[Candidate]:
    """`this.total` read in the class that declares `#total` and no public `total`: the reads meant it."""
    body = member.parent
    if body is None:
        return []
    declared = {
        node_text(key)
        for n in body.named_children
        if n.type in MEMBERS
        for key in [n.child_by_field_name("property") or n.child_by_field_name("name")]
        if key is not None
    }
    if name in declared:
        return []
    reads = [
        prop
        for n in walk(body)
        if n.type == "member_expression"
        and (obj := n.child_by_field_name("object")) is not None
        and obj.type == "this"
        and (prop := n.child_by_field_name("property")) is not None
        and node_text(prop) == name
    ]
    # Only reads: a public field the class assigns somewhere is a working one of its own.
    if not reads or any(_assigned(prop.parent) for prop in reads):
        return []
    new = replace_nodes(encode(text), {prop: f"#{name}" for prop in reads})
    return [
        Candidate(path, new, line, f"read the private member '#{name}' where the class reads this.{name}")
    ]


def _assigned(member) -> bool:
    parent = member.parent
    return (
        parent is not None
        and parent.type in ("assignment_expression", "augmented_assignment_expression")
        and parent.child_by_field_name("left") == member
    )


# --- no-self-compare, no-compare-neg-zero: what such a comparison means, said as JavaScript says it ----

SELF_COMPARED = {"!==": "Number.isNaN({e})", "!=": "Number.isNaN({e})", "===": "!Number.isNaN({e})",
                 "==": "!Number.isNaN({e})"}  # fmt: skip


def _comparison_at(text: str, path: str, message: EslintMessage):
    root, at = _position(text, path, message)
    if root is None:
        return None
    found = [n for n in _starting_at(root, at, ("binary_expression",))
             if (o := n.child_by_field_name("operator")) is not None and node_text(o) in SELF_COMPARED]  # fmt: skip
    return found[-1] if found else None


def _self_compared(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    """`x !== x` is true only for NaN (IEEE 754 equality): `Number.isNaN(x)`, the same test said plainly."""
    node = _comparison_at(text, path, message)
    if node is None:
        return []
    left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
    op = node_text(node.child_by_field_name("operator"))
    if left is None or right is None or node_text(left) != node_text(right):
        return []
    new = replace_span(
        encode(text), node.start_byte, node.end_byte, SELF_COMPARED[op].format(e=node_text(left))
    )
    return [Candidate(path, new, message.line, f"test {node_text(left)[:40]} for NaN with Number.isNaN")]


def _negative_zero(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    """`x === -0` is true for 0 too (IEEE 754 equality): `Object.is(x, -0)` tells -0 apart."""
    node = _comparison_at(text, path, message)
    if node is None:
        return []
    left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
    op = node_text(node.child_by_field_name("operator"))
    value = left if right is not None and node_text(right).replace(" ", "") == "-0" else right
    if value is None or left is None or right is None:
        return []
    test = f"Object.is({node_text(value)}, -0)"
    new = replace_span(
        encode(text), node.start_byte, node.end_byte, test if op in ("===", "==") else f"!{test}"
    )
    return [Candidate(path, new, message.line, f"tell -0 from 0 with Object.is({node_text(value)[:40]}, -0)")]


# --- no-unreachable --------------------------------------------------------------------------


def _unreachable_removed(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    """Statements after a return/throw/break never run (ESLint spans them all): removing them, whole
    lines only, changes nothing the program does."""
    root, at = _position(text, path, message)
    if root is None or not _starting_at(root, at, STATEMENTS):
        return []
    lines = text.split("\n")
    first, last = message.line - 1, (message.end_line or message.line) - 1
    if last >= len(lines) or lines[first][: at[1]].strip():
        return []  # the statement shares its first line with code that runs
    after = lines[last][message.end_column - 1 :] if message.end_column else ""
    if after.strip():
        return []
    new = "\n".join([*lines[:first], *lines[last + 1 :]])
    return [Candidate(path, new, message.line, "remove the code that can never run")]


STATEMENTS = ("expression_statement", "lexical_declaration", "variable_declaration", "return_statement",
              "if_statement", "for_statement", "for_in_statement", "while_statement", "throw_statement",
              "break_statement", "continue_statement", "function_declaration", "class_declaration",
              "switch_statement", "try_statement", "do_statement", "statement_block")  # fmt: skip


def _missing_return(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    """getter-return, array-callback-return: the function's dropped last value returned (missing_returns)."""
    return missing_return_candidates(text, path, line=message.line, message=message.message)


TEMPLATES: dict[str, Callable[[str, str, EslintMessage], list[Candidate]]] = {
    "getter-return": _missing_return,
    "array-callback-return": _missing_return,
    "no-unsafe-optional-chaining": _optional_chain,
    "no-constant-binary-expression": _constant_binary,
    "no-loss-of-precision": _precise_literal,
    "no-unused-private-class-members": _unused_private,
    "no-self-compare": _self_compared,
    "no-compare-neg-zero": _negative_zero,
    "no-unreachable": _unreachable_removed,
    # Rules whose templates live in lint_unfixable (behaviour-keeping edits the rules' docs derive).
    "no-irregular-whitespace": irregular_whitespace,
    "no-setter-return": setter_return,
    "no-duplicate-case": duplicate_case,
    "no-empty-pattern": empty_pattern,
    "no-self-assign": self_assign,
    "no-dupe-else-if": dupe_else_if,
    # "Suggestions" rules without a fix, whose templates live in lint_meanings.
    "no-useless-call": useless_call,
    "no-multi-assign": multi_assign,
    "guard-for-in": guard_for_in,
    "no-return-assign": return_assign,
    "no-nested-ternary": nested_ternary,
    "prefer-rest-params": rest_params,
    # Round 47 (npm21): rules without a fix whose templates live in lint_kinds.
    "no-new-wrappers": new_wrappers,
    "consistent-return": consistent_return,
    # Round 48 (npm22): rules without a fix whose templates live in lint_rewrites.
    "no-negated-condition": negated_condition,
    "no-param-reassign": param_reassign,
    # Round 49 (npm23): rules without a fix whose templates live in lint_operators.
    "no-plusplus": plusplus,
    "no-bitwise": bitwise,
    "no-shadow": shadow,
    # Round 50 (npm24): rules without a fix whose templates live in lint_practices.
    "default-case": default_case,
    "prefer-promise-reject-errors": reject_errors,
    "no-loop-func": loop_func,
    "no-await-in-loop": await_in_loop,
    # Round 51 (npm25): rules without a fix whose templates live in lint_forms.
    "no-eq-null": eq_null,
    "no-duplicate-imports": duplicate_imports,
    "no-constructor-return": constructor_return,
    # Round 52 (npm26): rules without a fix whose templates live in lint_flow.
    "no-useless-assignment": useless_assignment,
    "no-continue": no_continue,
    "no-unreachable-loop": unreachable_loop,
    # Round 53 (npmlint27): rules without a fix whose templates live in lint_statements.
    "no-sequences": sequences,
    "class-methods-use-this": methods_use_this,
    # Round 54 (npmlint28): rules without a fix whose templates live in lint_names.
    "block-scoped-var": block_scoped_var,
    "camelcase": camelcase,
    "new-cap": new_cap,
    "no-throw-literal": throw_literal,
    "no-template-curly-in-string": template_curly,
    "prefer-spread": prefer_spread,
    "no-useless-concat": useless_concat,
    "no-lone-blocks": lone_blocks,
    "symbol-description": symbol_description,
    # Round 55 (npmtypes29): rules about declarations without a fix, in lint_declarations.
    "no-underscore-dangle": underscore_dangle,
    "init-declarations": init_declarations,
    "func-style": func_style,
    # Round 56 (npm30): rules without a fix of the fortieth part, in lint_values.
    "no-undefined": no_undefined,
    "no-inline-comments": inline_comments,
    "sort-keys": sort_keys,
    "id-length": id_length,
}
