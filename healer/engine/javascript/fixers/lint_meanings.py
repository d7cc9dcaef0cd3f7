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

import re

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


# -- no-nested-ternary (round 46, npm20) -------------------------------------------------------------
# ESLint reports the conditional expression that holds another; the rule's docs show the if/else it
# wants. A chain in a `return` (or an arrow's expression body) becomes one `if (test) return value;` per
# test and a last `return` of the rest, which holds at most one conditional; an assignment statement
# becomes an if/else-if chain assigning each branch. Evaluation is the same: each test runs only when
# the ones before it failed, as in the conditional. Elsewhere (an argument, a declaration) no candidate.
MAX_BRANCHES = 64


def nested_ternary(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    outer, data = _innermost(text, path, message, ("ternary_expression",))
    if outer is None:
        return []
    while outer.parent is not None and outer.parent.type == "parenthesized_expression":
        outer = outer.parent
    holder = outer.parent
    if holder is None:
        return []
    arms = _arms(outer)
    if arms is None:
        return []
    tests, rest = arms
    if holder.type == "return_statement":
        lines = [f"if ({t}) return {v};" for t, v in tests] + [f"return {rest};"]
        new = _statements(data, holder, lines)
        return [Candidate(path, replace_span(data, holder.start_byte, holder.end_byte, new), message.line,
                          "return each branch from an if, with one conditional left at most")]  # fmt: skip
    if holder.type == "arrow_function" and holder.child_by_field_name("body") == outer:
        body = " ".join([f"if ({t}) return {v};" for t, v in tests] + [f"return {rest};"])
        return [Candidate(path, replace_span(data, outer.start_byte, outer.end_byte, f"{{ {body} }}"),
                          message.line, "return each branch from an if in a block body")]  # fmt: skip
    statement = holder.parent
    if (
        holder.type == "assignment_expression"
        and holder.child_by_field_name("right") == outer
        and statement is not None
        and statement.type == "expression_statement"
        and _rereadable(holder.child_by_field_name("left"))
    ):
        target = node_text(holder.child_by_field_name("left"))
        chain = " else ".join(f"if ({t}) {target} = {v};" for t, v in tests)
        new = _statements(data, statement, [f"{chain} else {target} = {rest};"])
        return [Candidate(path, replace_span(data, statement.start_byte, statement.end_byte, new),
                          message.line, "assign each branch in an if/else chain")]  # fmt: skip
    return []


def _arms(node: tree_sitter.Node) -> tuple[list[tuple[str, str]], str] | None:
    """The (test, value) pairs of a conditional chain along its alternates, and the rest (the last
    conditional, or the value); None when a test is itself a conditional."""
    tests = []
    node = _unwrapped(node)
    while node.type == "ternary_expression" and len(tests) < MAX_BRANCHES:
        test = node.child_by_field_name("condition")
        value = node.child_by_field_name("consequence")
        other = node.child_by_field_name("alternative")
        if test is None or value is None or other is None:
            return None
        inner = _unwrapped(other)
        if inner.type != "ternary_expression" and tests:
            break
        if inner.type != "ternary_expression":
            # Only the consequence nests: `c ? (d ? a : b) : e` → `if (c) return d ? a : b; return e;`
            tests.append((node_text(_unwrapped(test)), _value(value)))
            return tests, _value(other)
        tests.append((node_text(_unwrapped(test)), _value(value)))
        node = inner
    if not tests:
        return None
    return tests, node_text(node)


def _value(node: tree_sitter.Node) -> str:
    """A branch's text without its parentheses, unless they hold a comma expression: `x = (a, b)` is b,
    `x = a, b` is a (round 46's review)."""
    inner = _unwrapped(node)
    return node_text(node if inner.type == "sequence_expression" else inner)


# -- prefer-rest-params (round 46, npm20) ------------------------------------------------------------
# `arguments` in a function (not an arrow, which has none of its own) becomes a rest parameter: with no
# parameters, `(...args)` and each `arguments` is `args`, an array already (so `Array.from(arguments)`,
# `[...arguments]` and `Array.prototype.slice.call(arguments)` are `args`); with plain parameters
# `(a, b)`, `(a, b, ...rest)` and each `arguments[k]` is the k-th parameter or `rest[k - n]` (while the
# function does not assign its parameters: then no candidate, as sloppy-mode aliasing differs). Any
# other use beside parameters (`arguments.length`, a spread, `apply`) gets none: `[a, b, ...rest]` has
# an element for each parameter when fewer arguments are passed (round 46's review).
OWNERS = ("function_declaration", "function_expression", "function", "method_definition",
          "generator_function_declaration", "generator_function")  # fmt: skip
COPIES = ("Array.from", "Array.prototype.slice.call", "[].slice.call")


def rest_params(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    used, data = _innermost(text, path, message, ("identifier",))
    if used is None or node_text(used) != "arguments":
        return []
    owner = used.parent
    while owner is not None and owner.type not in OWNERS:
        owner = owner.parent
    if owner is None:
        return []
    parameters = owner.child_by_field_name("parameters")
    body = owner.child_by_field_name("body")
    if parameters is None or body is None:
        return []
    names = [c for c in parameters.named_children if c.type != "comment"]
    if any(_param_name(c) is None for c in names):
        return []
    plain = [_param_name(c) for c in names]
    words = {node_text(n) for n in walk(owner) if n.type in ("identifier", "shorthand_property_identifier")}
    rest = next((n for n in ("args", "rest", "params", "values") if n not in words), None)
    if rest is None:
        return []
    uses, assigned = [], False
    for node in _own_nodes(body):
        if node.type == "identifier" and node_text(node) == "arguments":
            uses.append(node)
        elif node.type in ("assignment_expression", "augmented_assignment_expression", "update_expression"):
            target = node.child_by_field_name("left") or node.child_by_field_name("argument")
            assigned |= target is not None and node_text(target) in plain
    if not uses or (plain and assigned):
        return []
    new: dict[tree_sitter.Node, str] = {}
    for node in uses:
        if not plain:
            copy = _copy_of(node)
            new[copy if copy is not None else node] = rest
            continue
        # Beside parameters only `arguments[k]` is kept (round 46's review): `[a, b, ...rest]` is not
        # the arguments object when fewer are passed (`f()`'s arguments.length is 0, `[a, ...rest]`'s 1).
        read = _read_at(node)
        if read is None:
            return []
        element, at = read
        new[element] = plain[at] if at < len(plain) else f"{rest}[{at - len(plain)}]"
    head = ", ".join([*plain, f"...{rest}"])
    new[parameters] = f"({head})"
    edited = data
    for node in sorted(new, key=lambda n: n.start_byte, reverse=True):
        edited = edited[: node.start_byte] + encode(new[node]) + edited[node.end_byte :]
    return [Candidate(path, edited.decode("utf-8", errors="surrogateescape"), message.line,
                      f"take the arguments as a rest parameter, ...{rest}")]  # fmt: skip


def _read_at(node: tree_sitter.Node) -> tuple[tree_sitter.Node, int] | None:
    """(`arguments[k]`, k) for a read of `arguments` by a whole-number literal index, else None (any
    other use, or a store through it)."""
    element = node.parent
    if (
        element is None
        or element.type != "subscript_expression"
        or element.child_by_field_name("object") != node
    ):
        return None
    index = element.child_by_field_name("index")
    if index is None or not re.fullmatch(r"\d{1,6}", node_text(index)):
        return None
    holder = element.parent
    if holder is not None and (
        (holder.type in ("assignment_expression", "augmented_assignment_expression")
         and holder.child_by_field_name("left") == element)
        or holder.type == "update_expression"
    ):  # fmt: skip
        return None
    return element, int(node_text(index))


def _param_name(node: tree_sitter.Node) -> str | None:
    """A plain parameter's name; None for a default, a pattern, a rest or a TypeScript parameter."""
    return node_text(node) if node.type == "identifier" else None


def _own_nodes(body: tree_sitter.Node):
    """The body's nodes outside nested non-arrow functions (which have their own `arguments`)."""
    stack = [body]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(c for c in node.children if c.type not in OWNERS and c.type != "class_body")


def _copy_of(node: tree_sitter.Node) -> tree_sitter.Node | None:
    """The call or spread that only copies `arguments` into an array (`Array.from(arguments)`,
    `[...arguments]`), whose place the rest array itself takes."""
    holder = node.parent
    if holder is not None and holder.type == "arguments" and len(holder.named_children) == 1:
        call = holder.parent
        function = call.child_by_field_name("function") if call is not None else None
        if function is not None and node_text(function) in COPIES:
            return call
    if holder is not None and holder.type == "spread_element":
        array = holder.parent
        if array is not None and array.type == "array" and len(array.named_children) == 1:
            return array
    return None
