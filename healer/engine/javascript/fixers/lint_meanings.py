"""LINTING templates for four ESLint "suggestions" rules that give neither a fix nor a suggestion, each
edit written from what the rule's documentation says the flagged code means, so the tests see the same
behaviour and only the shape the rule forbids goes. Registered in lint_problems.TEMPLATES.

- no-useless-call: `f.call(thisArg, ...args)` / `f.apply(thisArg, [args])` where `thisArg` is what the
  plain call would pass anyway (the object `f` is read from, or `null`/`undefined` for a bare `f`):
  ECMAScript's Function.prototype.call/apply invoke `f` with that `this` and those arguments, which is
  exactly the plain call `f(...args)` (an array literal's elements spread back; any other array spread).
- no-multi-assign: `a = b = v;` assigns `v` to `b`, then the value of that assignment (`v`'s value)
  to `a` (ECMAScript 13.15.2, right to left). Each target gets its own statement: `v` repeated, in the
  written order, when it is a literal or a plain name (reading it twice gives the same value), else
  `b = v;` then `a = b;`.
  `const a = b = v;` is the same with the declaration last.
- guard-for-in: `for (k in o)` also visits inherited enumerable keys; the rule wants only own keys.
  `for (k of Object.keys(o))` walks exactly the own enumerable string keys, in for-in's order (its
  documented remedy); then, for a plain `o`, the body guarded by `if (!Object.hasOwn(o, k)) continue;`.
- no-return-assign: `return a = v;` returns the assigned value. The assignment becomes its own
  statement and the value is returned after it: `a = v; return v;` when `v` is a literal or a plain name,
  else `return a;` (a compound `a += v` always returns `a`). An arrow whose body is an assignment gets a
  block that keeps the value (`{ a = v; return a; }`), then one that returns nothing (the common
  `forEach` callback, whose value nothing reads).
"""

from __future__ import annotations

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, replace_span
from healer.engine.javascript.fixers.lint_unfixable import innermost_at
from healer.engine.javascript.lint import EslintMessage
from healer.engine.javascript.syntax import encode, node_text, walk

# Values that read the same however often they are read (no call, no getter of an own object).
PLAIN = ("identifier", "number", "string", "true", "false", "null", "undefined", "this")
BLOCKS = ("statement_block", "program", "switch_case", "switch_default", "class_static_block")


def _innermost(text: str, path: str, message: EslintMessage, types: tuple[str, ...]):
    """(innermost node of `types` holding the finding's start, the file's bytes), or (None, b"")."""
    found = innermost_at(text, path, message, types)
    return (found, encode(text)) if found is not None else (None, b"")


def _plain(node: tree_sitter.Node) -> bool:
    while node.type == "parenthesized_expression" and node.named_children:
        node = node.named_children[0]
    return node.type in PLAIN or (node.type == "template_string" and not node.named_children)


def _rereadable(node: tree_sitter.Node) -> bool:
    """Reading `node` again gives the same place with no effect: a name, `this`, or a property or an
    element (by a plain key) of one; not a pattern, a call, an `i++` (round 45's review)."""
    node = _unwrapped(node)
    if node.type in ("identifier", "this"):
        return True
    if node.type == "member_expression":
        owner = node.child_by_field_name("object")
        return owner is not None and _rereadable(owner)
    if node.type == "subscript_expression":
        owner, index = node.child_by_field_name("object"), node.child_by_field_name("index")
        return owner is not None and index is not None and _rereadable(owner) and _plain(index)
    return False


def _unwrapped(node: tree_sitter.Node) -> tree_sitter.Node:
    while node.type == "parenthesized_expression" and node.named_children:
        node = node.named_children[0]
    return node


def _indent(data: bytes, node: tree_sitter.Node) -> str:
    start = data.rfind(b"\n", 0, node.start_byte) + 1
    head = data[start : node.start_byte].decode("utf-8", errors="surrogateescape")
    return head[: len(head) - len(head.lstrip())]


def _statements(data: bytes, statement: tree_sitter.Node, lines: list[str]) -> str:
    """`lines` in place of `statement`: one per line at its indentation inside a block, else braced."""
    if statement.parent is not None and statement.parent.type in BLOCKS:
        return ("\n" + _indent(data, statement)).join(lines)
    return "{ " + " ".join(lines) + " }"


# -- no-useless-call -----------------------------------------------------------------------------
def useless_call(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    call, data = _innermost(text, path, message, ("call_expression",))
    while call is not None:
        function = call.child_by_field_name("function")
        if (
            function is not None
            and function.type == "member_expression"
            and node_text(function.child_by_field_name("property") or function) in ("call", "apply")
        ):
            break
        call = call.parent if call.parent is not None and call.parent.type == "call_expression" else None
    if call is None:
        return []
    function = call.child_by_field_name("function")
    arguments = call.child_by_field_name("arguments")
    callee = function.child_by_field_name("object") if function is not None else None
    if callee is None or arguments is None or not arguments.named_children:
        return []
    method = node_text(function.child_by_field_name("property"))
    passed_nodes = [a for a in arguments.named_children if a.type != "comment"]
    if not passed_nodes:
        return []  # only comments between the parentheses
    this_arg, *rest = passed_nodes
    owner = callee.child_by_field_name("object") if callee.type == "member_expression" else None
    expected = (node_text(owner),) if owner is not None else ("null", "undefined", "void 0")
    if node_text(this_arg) not in expected:
        return []  # another `this` than the plain call's: the call is not useless
    if method == "call":
        passed = ", ".join(node_text(a) for a in rest)
    elif len(rest) == 1 and _unwrapped(rest[0]).type == "array":
        passed = ", ".join(node_text(a) for a in _unwrapped(rest[0]).named_children if a.type != "comment")
    elif len(rest) == 1:
        passed = f"...{node_text(rest[0])}"
    elif not rest:
        passed = ""
    else:
        return []
    new = f"{node_text(callee)}({passed})"
    return [Candidate(path, replace_span(data, call.start_byte, call.end_byte, new), message.line,
                      f"call {node_text(callee)[:40]} directly: .{method}() passes the this it gets anyway")]  # fmt: skip


# -- no-multi-assign -----------------------------------------------------------------------------
def multi_assign(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    inner, data = _innermost(text, path, message, ("assignment_expression",))
    if inner is None:
        return []
    outer = inner
    while outer.parent is not None and outer.parent.type in ("assignment_expression", "variable_declarator"):
        outer = outer.parent
    targets: list[str] = []
    target_nodes: list[tree_sitter.Node] = []
    node = outer
    if node.type == "variable_declarator":
        value = node.child_by_field_name("value")
        declaration = node.parent
        if value is None or declaration is None or len(declaration.named_children) != 1:
            return []
        node = _unwrapped(value)
    while node.type == "assignment_expression":
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None:
            return []
        targets.append(node_text(left))
        target_nodes.append(left)
        node = _unwrapped(right)
    if len(targets) < 1 + (outer.type == "assignment_expression"):
        return []
    # Each target's place is found before any store (left to right); split, a later store would move a
    # place that reads a name an earlier (or, reordered, a later) statement assigns: `i = a[i] = 0`.
    names = {node_text(t) for t in target_nodes if _unwrapped(t).type == "identifier"}
    for target in target_nodes:
        if _unwrapped(target).type != "identifier" and any(
            n.type == "identifier" and node_text(n) in names for n in walk(target)
        ):
            return []
    value = node_text(node)
    if not _plain(node) and not all(_rereadable(t) for t in target_nodes):
        return []  # the last target is read again, and every target's place found after the value
    # A plain value read once per target, in the written order (each store is independent of the
    # others); any other value computed once and handed on, innermost target first, as JavaScript does.
    if _plain(node):
        assigned = [f"{target} = {value};" for target in targets]
        keep = value
    else:
        last = targets[-1]
        assigned = [f"{last} = {value};", *(f"{target} = {last};" for target in reversed(targets[:-1]))]
        keep = last
    if outer.type == "variable_declarator":
        declaration = outer.parent
        name = outer.child_by_field_name("name")
        keyword = node_text(declaration.children[0]) if declaration.children else "const"
        lines = [*assigned, f"{keyword} {node_text(name)} = {keep};"]
        statement = declaration
    else:
        statement = outer.parent
        if statement is None or statement.type != "expression_statement":
            return []
        lines = assigned
    new = _statements(data, statement, lines)
    return [Candidate(path, replace_span(data, statement.start_byte, statement.end_byte, new), message.line,
                      "give each assigned name its own assignment")]  # fmt: skip


# -- guard-for-in --------------------------------------------------------------------------------
def guard_for_in(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    loop, data = _innermost(text, path, message, ("for_in_statement",))
    if loop is None or not any(c.type == "in" for c in loop.children):
        return []
    left, right = loop.child_by_field_name("left"), loop.child_by_field_name("right")
    body = loop.child_by_field_name("body")
    if left is None or right is None or body is None:
        return []
    found = []
    keys = f"Object.keys({node_text(right)})"
    in_token = next(c for c in loop.children if c.type == "in")
    found.append(Candidate(
        path,
        replace_span(data, in_token.start_byte, right.end_byte, f"of {keys}"),
        message.line,
        "walk the object's own keys: for-of over Object.keys",
    ))  # fmt: skip
    key = left if left.type == "identifier" else None
    if key is not None and body.type == "statement_block" and _plain(right):
        opening = body.children[0]
        inner = _indent(data, body.named_children[0]) if body.named_children else _indent(data, loop) + "  "
        guard = f"\n{inner}if (!Object.hasOwn({node_text(right)}, {node_text(key)})) continue;"
        found.append(Candidate(path, replace_span(data, opening.end_byte, opening.end_byte, guard), message.line,
                               "skip the keys the object inherits: Object.hasOwn"))  # fmt: skip
    return found


# -- no-return-assign ----------------------------------------------------------------------------
def return_assign(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    holder, data = _innermost(text, path, message, ("return_statement", "arrow_function"))
    if holder is None:
        return []
    if holder.type == "return_statement":
        value = _unwrapped(holder.named_children[0]) if holder.named_children else None
    else:
        value = holder.child_by_field_name("body")
        value = _unwrapped(value) if value is not None else None
    if value is None or value.type not in ("assignment_expression", "augmented_assignment_expression"):
        return []
    left, right = value.child_by_field_name("left"), value.child_by_field_name("right")
    if left is None or right is None:
        return []
    # The target read again would run its effects twice, or rebuild a pattern as a new literal: then
    # no edit keeps the value (an arrow's block that returns nothing reads nothing again).
    keeps = (value.type == "assignment_expression" and _plain(right)) or _rereadable(left)
    assignment = node_text(value)
    kept = node_text(right) if value.type == "assignment_expression" and _plain(right) else node_text(left)
    if holder.type == "return_statement":
        if not keeps:
            return []
        new = _statements(data, holder, [f"{assignment};", f"return {kept};"])
        return [Candidate(path, replace_span(data, holder.start_byte, holder.end_byte, new), message.line,
                          "assign first, then return the value")]  # fmt: skip
    body = holder.child_by_field_name("body")
    found = []
    for block, what in ((f"{{ {assignment}; return {kept}; }}", "assign in a block body, then return the value"),
                        (f"{{ {assignment}; }}", "assign in a block body that returns nothing")):  # fmt: skip
        if keeps or "return" not in block:
            found.append(
                Candidate(path, replace_span(data, body.start_byte, body.end_byte, block), message.line, what)
            )
    return found
