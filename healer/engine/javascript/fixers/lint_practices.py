"""LINTING templates (round 50, npm24) for four ESLint "suggestions" rules that give neither a fix nor a
suggestion, each the edit the rule's documentation (eslint.org/docs/latest/rules/<rule>) describes,
written so that the program does what it did and only the form the rule forbids goes. Registered in
lint_problems.TEMPLATES; validated like every LINTING candidate (ESLint re-run, then the tests).

- default-case: "Expected a default case." (at the switch). A last `default:` clause that does nothing
  (`break;`): a value no case names did nothing before and does nothing after. When the last case
  ends without a jump it gets its own `break;` first, or it would fall into the default (no-fallthrough).
- prefer-promise-reject-errors: "Expected the Promise rejection reason to be an Error." (at the call).
  A string reason (a string, a template, a `+` with one) is wrapped, `reject(new Error(reason))`: the
  same text, now as the Error's message with a stack. Other reasons (numbers, objects) have no Error of
  certain meaning: no candidate.
- no-loop-func: "Function declared in a loop contains unsafe references to variable(s) 'x'." (at the
  function). The function reads, instead of the variable the loop changes, a per-iteration constant
  holding its value: one the loop body already declares (`const at = clock;` before the function's
  statement, the variable not assigned in between), else one declared just before the statement
  (`const clockNow = clock;`). The value is the same wherever the function runs before the loop moves
  on (the callbacks of map/forEach/filter); a function that assigns the variable keeps it (no candidate).
- no-await-in-loop: "Unexpected `await` inside a loop." (at the await). The rule's own advice: start
  every iteration's promise and await them together. `const xs = []; for (const v of vs) xs.push(await
  f(v));` becomes `const xs = await Promise.all(vs.map((v) => f(v)));` (the same values in the same
  order), and a loop whose one statement is `await f(v);` becomes `await Promise.all(vs.map((v) =>
  f(v)));`. Other loops (an index loop, more than one statement) are left alone.
"""

from __future__ import annotations

import re

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, replace_nodes, replace_span
from healer.engine.javascript.fixers.lint_kinds import FUNCTIONS
from healer.engine.javascript.fixers.lint_rewrites import _unwrapped, reported_node
from healer.engine.javascript.lint import EslintMessage
from healer.engine.javascript.syntax import encode, node_text, walk

JUMPS = ("break_statement", "return_statement", "throw_statement", "continue_statement")
LOOPS = ("for_statement", "for_in_statement", "while_statement", "do_statement")
UNSAFE = re.compile(r"unsafe references? to variable\(s\) (?P<names>.+?)\.?$")
QUOTED = re.compile(r"'([\w$]+)'")
STRINGS = ("string", "template_string")
# Expressions `.map` can follow as they are; any other iterable (`ids ?? []`, `a || b`, `c ? a : b`)
# is parenthesised first, or `.map` would bind to its last operand alone.
PRIMARY = (
    "identifier", "member_expression", "subscript_expression", "call_expression", "array",
    "parenthesized_expression", "this",
)  # fmt: skip
PATTERNS = ("array_pattern", "object_pattern")
# Expressions that run other code, which may assign the loop's variable.
RUNS_CODE = ("call_expression", "new_expression", "await_expression", "yield_expression")
# A rename touches this many references at most (a generated file could hold thousands).
MAX_REFERENCES = 256


def _line_indent(data: bytes, node: tree_sitter.Node) -> str:
    start = data.rfind(b"\n", 0, node.start_byte) + 1
    line = data[start : node.start_byte].decode("utf-8", errors="surrogateescape")
    return line[: len(line) - len(line.lstrip())]


def _statements(node: tree_sitter.Node) -> list[tree_sitter.Node]:
    return [c for c in node.named_children if c.type != "comment"]


# -- default-case -----------------------------------------------------------------------------------
def default_case(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    switch, data = reported_node(text, path, message, ("switch_statement",))
    body = switch.child_by_field_name("body") if switch is not None else None
    if body is None:
        return []
    clauses = _statements(body)
    if not clauses or any(c.type == "switch_default" for c in clauses) or clauses[-1].type != "switch_case":
        return []
    last = clauses[-1]
    case_indent = _line_indent(data, last)
    inner = [s for s in _statements(last) if s != last.child_by_field_name("value")]
    statement_indent = _line_indent(data, inner[0]) if inner else case_indent + "  "
    if statement_indent == case_indent:
        statement_indent = case_indent + "  "
    ending = ""
    if inner and not _ends_in_jump(inner[-1]):
        ending = f"\n{statement_indent}break;"
    insertion = f"{ending}\n{case_indent}default:\n{statement_indent}break;"
    new = replace_span(data, last.end_byte, last.end_byte, insertion)
    return [
        Candidate(
            path, new, message.line, "give the switch a default clause that does nothing (default-case)"
        )
    ]


def _ends_in_jump(statement: tree_sitter.Node) -> bool:
    if statement.type == "statement_block":
        inner = _statements(statement)
        return bool(inner) and _ends_in_jump(inner[-1])
    return statement.type in JUMPS


# -- prefer-promise-reject-errors -------------------------------------------------------------------
def reject_errors(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    call, data = reported_node(text, path, message, ("call_expression",))
    arguments = call.child_by_field_name("arguments") if call is not None else None
    if arguments is None or arguments.type != "arguments" or len(arguments.named_children) != 1:
        return []
    reason = arguments.named_children[0]
    if not _stringy(_unwrapped(reason)):
        return []
    new = replace_nodes(data, {reason: f"new Error({node_text(reason)})"})
    return [Candidate(path, new, message.line, "reject with an Error holding the message, not a bare string")]


def _stringy(node: tree_sitter.Node) -> bool:
    if node.type in STRINGS:
        return True
    if node.type == "binary_expression" and node.child_by_field_name("operator").type == "+":
        sides = (node.child_by_field_name("left"), node.child_by_field_name("right"))
        return any(side is not None and _stringy(_unwrapped(side)) for side in sides)
    return False


# -- no-loop-func -----------------------------------------------------------------------------------
def loop_func(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    unsafe = UNSAFE.search(message.message)
    function, data = reported_node(text, path, message, FUNCTIONS)
    if unsafe is None or function is None:
        return []
    names = QUOTED.findall(unsafe["names"])
    # The statement of the loop body's block that holds the function, the function's own loop:
    # through another loop (its header, or a body without braces) the copy would be taken once
    # outside the loop that changes the variable (a `while (xs.some((x) => x > limit))` never ends).
    statement, block = function, function.parent
    nearest = None  # the innermost block holding the function, and its statement there
    while block is not None and not (block.type == "statement_block" and block.parent is not None
                                     and block.parent.type in LOOPS):  # fmt: skip
        if block.type in LOOPS:
            return []
        if nearest is None and block.type == "statement_block":
            nearest = (statement, block)
        statement, block = block, block.parent
    if block is None or not names:
        return []
    # The copy goes in the innermost block, just before the function's statement there: a copy
    # before an enclosing `if` would miss the `clock += 1` the block runs before the function.
    statement, block = nearest or (statement, block)
    siblings = _statements(block)
    index = siblings.index(statement) if statement in siblings else -1
    if index < 0:
        return []
    renames: dict[str, str] = {}
    declared: list[str] = []
    used = set(re.findall(r"[A-Za-z_$][\w$]*", text))
    for name in names:
        # The function's statement may move the variable itself before the function runs
        # (`case 1: n += 1; out.push(xs.map(...))` in one switch): no copy holds that value.
        if _assigns(function, name) or _assigns(statement, name):
            return []
        copy = _existing_copy(siblings[:index], name)
        if copy is None:
            copy = _fresh(used, name)
            if copy is None:
                return []
            used.add(copy)
            declared.append(f"const {copy} = {name};")
        renames[name] = copy
    references = _references(function, renames)
    if references is None or not references:
        return []
    edits = {node: _renamed(node, renames) for node in references}
    new = replace_nodes(data, edits)
    if declared:
        indent = _line_indent(data, statement)
        prefix = "".join(f"{line}\n{indent}" for line in declared)
        new_data = encode(new)
        new = replace_span(new_data, statement.start_byte, statement.start_byte, prefix)
    words = ", ".join(f"{name} → {copy}" for name, copy in renames.items())
    return [
        Candidate(path, new, message.line, f"read the iteration's own copy in the loop's function ({words})")
    ]


def _existing_copy(before: list[tree_sitter.Node], name: str) -> str | None:
    """The latest `const c = name;` among the loop body's statements before the function's, with
    `name` not assigned after it, nor anything run there that could assign it: a call (or `new`,
    `await`, `yield`) between may change a module's `let`, so the function read a newer value than
    the copy holds."""
    for position in range(len(before) - 1, -1, -1):
        node = before[position]
        if _assigns(node, name) or any(n.type in RUNS_CODE for n in walk(node)):
            return None
        if node.type != "lexical_declaration" or not node_text(node).startswith("const"):
            continue
        for declarator in node.named_children:
            if declarator.type != "variable_declarator":
                continue
            target, value = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
            if target is not None and target.type == "identifier" and value is not None \
                    and value.type == "identifier" and node_text(value) == name:  # fmt: skip
                return node_text(target)
    return None


def _assigns(node: tree_sitter.Node, name: str) -> bool:
    for inner in walk(node):
        if inner.type in ("assignment_expression", "augmented_assignment_expression"):
            left = inner.child_by_field_name("left")
            if left is not None and left.type == "identifier" and node_text(left) == name:
                return True
            if left is not None and left.type in PATTERNS and _binds_in_pattern(left, name):
                return True  # `[name] = ...`, `({ name } = ...)`
        elif inner.type == "for_in_statement" and inner.child_by_field_name("kind") is None:
            left = inner.child_by_field_name("left")  # `for (name of xs)` assigns name
            if left is not None and (node_text(left) == name or _binds_in_pattern(left, name)):
                return True
        elif inner.type == "update_expression":
            argument = inner.child_by_field_name("argument")
            if argument is not None and argument.type == "identifier" and node_text(argument) == name:
                return True
    return False


def _binds_in_pattern(pattern: tree_sitter.Node, name: str) -> bool:
    """A destructuring target writes `name` (not a property key or a default's value read)."""
    for inner in walk(pattern):
        if inner.type == "shorthand_property_identifier_pattern" and node_text(inner) == name:
            return True
        if inner.type != "identifier" or node_text(inner) != name or inner.parent is None:
            continue
        parent = inner.parent
        if parent.type in ("pair_pattern", "assignment_pattern", "object_assignment_pattern"):
            if parent.child_by_field_name("value") == inner or parent.child_by_field_name("left") == inner:
                return True
        elif parent.type in PATTERNS or parent.type == "rest_pattern":
            return True
    return False


def _fresh(used: set[str], name: str) -> str | None:
    for suffix in ("Now", "AtIteration", "Current"):
        if f"{name}{suffix}" not in used:
            return f"{name}{suffix}"
    return None


def _references(function: tree_sitter.Node, renames: dict[str, str]) -> list[tree_sitter.Node] | None:
    """The function's reads of the renamed names (ESLint found them unbound in the function: it
    declares none of them), shorthand properties included; None past the cap."""
    found = []
    for node in walk(function):
        if node.type in ("identifier", "shorthand_property_identifier") and node_text(node) in renames:
            parent = node.parent
            if parent is not None and parent.type in ("formal_parameters", "variable_declarator") \
                    and parent.child_by_field_name("name") == node:  # fmt: skip
                return None
            found.append(node)
            if len(found) > MAX_REFERENCES:
                return None
    return found


def _renamed(node: tree_sitter.Node, renames: dict[str, str]) -> str:
    name = node_text(node)
    if node.type == "shorthand_property_identifier":
        return f"{name}: {renames[name]}"
    return renames[name]


# -- no-await-in-loop -------------------------------------------------------------------------------
def await_in_loop(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    awaited, data = reported_node(text, path, message, ("await_expression",))
    if awaited is None:
        return []
    loop = awaited.parent
    while loop is not None and loop.type not in LOOPS and loop.type not in FUNCTIONS:
        loop = loop.parent
    if loop is None or loop.type != "for_in_statement" or _operator(loop) != "of":
        return []
    left, right, body = (loop.child_by_field_name(f) for f in ("left", "right", "body"))
    if left is None or right is None or body is None or loop.child_by_field_name("kind") is None:
        return []
    if body.type == "statement_block":
        inner = _statements(body)
        if len(inner) != 1:
            return []
        body = inner[0]
    if body.type != "expression_statement" or not body.named_children:
        return []
    expression = body.named_children[0]
    value = node_text(awaited.named_children[0]) if awaited.named_children else None
    if value is None or sum(1 for n in walk(loop) if n.type == "await_expression") != 1:
        return []
    callback = f"({node_text(left)}) => {value}"
    if _not_an_array(right, resolve=True):
        mapped = f"Array.from({node_text(right)}, {callback})"
    else:
        iterable = node_text(right) if right.type in PRIMARY else f"({node_text(right)})"
        mapped = f"{iterable}.map({callback})"
    if expression == awaited:
        new = replace_span(data, loop.start_byte, loop.end_byte, f"await Promise.all({mapped});")
        return [Candidate(path, new, message.line, "await every iteration's promise together (Promise.all)")]
    pushed = _pushed_into(expression, awaited)
    declaration = loop.prev_named_sibling
    if pushed is None or declaration is None or declaration.type != "lexical_declaration":
        return []
    declarators = [c for c in declaration.named_children if c.type == "variable_declarator"]
    if len(declarators) != 1:
        return []
    target, initial = declarators[0].child_by_field_name("name"), declarators[0].child_by_field_name("value")
    if target is None or node_text(target) != pushed or initial is None or node_text(initial) != "[]":
        return []
    # A loop that reads the array it fills (`out.push(await run(s, out))`) saw it grow step by step;
    # in `const out = await Promise.all(...)` the read would meet out's temporal dead zone.
    if sum(1 for n in walk(loop) if n.type == "identifier" and node_text(n) == pushed) != 1:
        return []
    kind = node_text(declaration).split(None, 1)[0]
    new = replace_span(
        data, declaration.start_byte, loop.end_byte, f"{kind} {pushed} = await Promise.all({mapped});"
    )
    return [
        Candidate(
            path, new, message.line, f"collect {pushed} with one Promise.all instead of awaiting in the loop"
        )
    ]


# Methods whose result for-of iterates but that is no array (Map/Set/Array iterators, matchAll);
# `Object.keys(o)` and the like are arrays.
ITERATORS = ("keys", "values", "entries", "matchAll")


def _not_an_array(node: tree_sitter.Node, *, resolve: bool) -> bool:
    """The loop's iterable is visibly no array, so it has no `.map` (`Array.from(it, f)` maps any
    iterable to the same values in the same order): a `new` other than Array's, a string, an
    iterator method's result, or a name the file declares as one of these."""
    node = _unwrapped(node)
    if node.type == "new_expression":
        constructor = node.child_by_field_name("constructor")
        return constructor is None or node_text(constructor) != "Array"
    if node.type in STRINGS:
        return True
    if node.type == "call_expression":
        callee = node.child_by_field_name("function")
        if callee is None or callee.type != "member_expression":
            return False
        target, method = callee.child_by_field_name("object"), callee.child_by_field_name("property")
        return (
            method is not None
            and node_text(method) in ITERATORS
            and (target is None or node_text(target) not in ("Object", "Reflect"))
        )
    if node.type == "identifier" and resolve:
        root = node
        while root.parent is not None:
            root = root.parent
        for declarator in walk(root):
            if declarator.type != "variable_declarator":
                continue
            target, value = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
            if target is not None and value is not None and node_text(target) == node_text(node) \
                    and _not_an_array(value, resolve=False):  # fmt: skip
                return True
    return False


def _operator(loop: tree_sitter.Node) -> str:
    operator = loop.child_by_field_name("operator")
    return node_text(operator) if operator is not None else ""


def _pushed_into(expression: tree_sitter.Node, awaited: tree_sitter.Node) -> str | None:
    """`xs` of `xs.push(await e)` (the await its one argument)."""
    if expression.type != "call_expression":
        return None
    callee, arguments = (
        expression.child_by_field_name("function"),
        expression.child_by_field_name("arguments"),
    )
    if callee is None or callee.type != "member_expression" or arguments is None:
        return None
    target, method = callee.child_by_field_name("object"), callee.child_by_field_name("property")
    if target is None or target.type != "identifier" or method is None or node_text(method) != "push":
        return None
    if len(arguments.named_children) != 1 or arguments.named_children[0] != awaited:
        return None
    return node_text(target)
