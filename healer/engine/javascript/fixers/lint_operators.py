"""LINTING templates (round 49, npm23) for three ESLint rules that give neither a fix nor a suggestion,
each edit read from the rule's source in ESLint's `lib/rules` and its documented options, so that the
program does what it did and only the form the rule forbids goes. Registered in lint_problems.TEMPLATES.

- no-plusplus: "Unary operator '++' used." (reported at the UpdateExpression). `x++`, `++x`, `x--` and
  `--x` become `x += 1` / `x -= 1` only where the expression's value is unused (an expression statement,
  a for loop's update, an element of a sequence there): with `allowForLoopAfterthoughts` the rule never
  reports a loop's update, so whatever it reports is the node to rewrite. Where the value is read
  (`a[i++]`, `return n--`) the pre/post distinction would need a temporary: no candidate.
- no-bitwise: "Unexpected use of '|'." Only the forms whose meaning is the integer part: `x | 0`,
  `0 | x`, `x >> 0`, `x << 0` and `~~x` become `Math.trunc(x)` (equal for every finite number within
  the 32-bit range, which is what such code relies on). Other bitwise uses (masks, flags, `>>>`, `^`)
  have no non-bitwise equivalent of certain meaning: no candidate.
- no-shadow: "'x' is already declared in the upper scope on line L column C." (reported at the inner
  declaration's identifier). The inner binding and every reference that resolves to it are renamed to a
  name the file does not use: the binding's scope is found from its declaration (a parameter: its
  function; `let`/`const`/`class`/a function declaration: the enclosing block; `var`: the enclosing
  function; a catch parameter: its clause), and nested scopes that declare the same name again are
  skipped (their references are another binding's). A shorthand property `{ x }` keeps its key
  (`{ x: innerX }`). Global shadowing ("is already a global variable") is left alone.
"""

from __future__ import annotations

import re

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, replace_nodes
from healer.engine.javascript.fixers.lint_kinds import FUNCTIONS, finding_point
from healer.engine.javascript.fixers.lint_rewrites import path_to, reported_node
from healer.engine.javascript.lint import EslintMessage
from healer.engine.javascript.syntax import encode, node_text, parse

UNARY = re.compile(r"^Unary operator '(\+\+|--)' used")
BITWISE = re.compile(r"^Unexpected use of '([^']+)'")
SHADOW = re.compile(r"^'([^']+)' is already declared in the upper scope")
# A rename touches this many references at most (a generated file could hold thousands).
MAX_REFERENCES = 512
BLOCKS = ("statement_block", "program", "switch_body", "class_static_block")
LOOP_HEADS = ("for_statement", "for_in_statement")


# -- no-plusplus ------------------------------------------------------------------------------------
def _value_unused(node: tree_sitter.Node) -> bool:
    parent = node.parent
    while parent is not None and parent.type == "parenthesized_expression":
        node, parent = parent, parent.parent
    if parent is None:
        return False
    if parent.type == "expression_statement":
        return True
    if parent.type == "sequence_expression":
        # Every element's value is unused when the sequence's (its last element's) is.
        return _value_unused(parent)
    return parent.type == "for_statement" and parent.child_by_field_name("increment") == node


def plusplus(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    named = UNARY.match(message.message)
    if named is None:
        return []
    node, data = reported_node(text, path, message, ("update_expression",))
    if node is None or not _value_unused(node):
        return []
    argument = node.child_by_field_name("argument")
    operator = next((c for c in node.children if c.type in ("++", "--")), None)
    if argument is None or operator is None:
        return []
    written = f"{node_text(argument)} {'+' if operator.type == '++' else '-'}= 1"
    new = replace_nodes(data, {node: written})
    return [Candidate(path, new, message.line, f"write {written} for {node_text(node)} (no-plusplus)")]


# -- no-bitwise -------------------------------------------------------------------------------------
TRUNCATING = ("|", ">>", "<<")


def _zero(node: tree_sitter.Node) -> bool:
    while node.type == "parenthesized_expression" and len(node.named_children) == 1:
        node = node.named_children[0]
    return node.type == "number" and node_text(node) in ("0", "0x0", "0.0")


def _bare(node: tree_sitter.Node) -> str:
    """The operand without its parentheses, kept around a sequence (`(a, b) | 0` is `b | 0`: without
    them `Math.trunc(a, b)` would truncate `a`; round 49's review)."""
    while (
        node.type == "parenthesized_expression"
        and len(node.named_children) == 1
        and node.named_children[0].type != "sequence_expression"
    ):
        node = node.named_children[0]
    return node_text(node)


def bitwise(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    named = BITWISE.match(message.message)
    if named is None:
        return []
    node, data = reported_node(text, path, message, ("binary_expression", "unary_expression"))
    if node is None:
        return []
    operand = None
    if node.type == "binary_expression":
        operator = node.child_by_field_name("operator")
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if operator is None or left is None or right is None or operator.type not in TRUNCATING:
            return []
        if _zero(right):
            operand = left
        elif operator.type == "|" and _zero(left):
            operand = right
    else:
        argument = node.child_by_field_name("argument")
        operator = node.child_by_field_name("operator")
        inner = argument
        while inner is not None and inner.type == "parenthesized_expression" and inner.named_children:
            inner = inner.named_children[0]
        if (
            operator is not None
            and operator.type == "~"
            and inner is not None
            and inner.type == "unary_expression"
            and (inner.child_by_field_name("operator") or inner).type == "~"
        ):
            operand = inner.child_by_field_name("argument")
    if operand is None:
        return []
    written = f"Math.trunc({_bare(operand)})"
    new = replace_nodes(data, {node: written})
    return [Candidate(path, new, message.line, f"write {written} for {node_text(node)} (no-bitwise)")]


# -- no-shadow --------------------------------------------------------------------------------------
def _pattern_names(node: tree_sitter.Node) -> list[tree_sitter.Node]:
    """The identifiers a binding pattern declares (defaults' right sides and computed keys left out)."""
    found, stack = [], [node]
    while stack:
        current = stack.pop()
        if current.type in ("identifier", "shorthand_property_identifier_pattern"):
            found.append(current)
        elif current.type in ("assignment_pattern", "object_assignment_pattern"):
            left = current.child_by_field_name("left")
            if left is not None:
                stack.append(left)
        elif current.type == "pair_pattern":
            value = current.child_by_field_name("value")
            if value is not None:
                stack.append(value)
        elif current.type in ("required_parameter", "optional_parameter"):
            pattern = current.child_by_field_name("pattern")
            if pattern is not None:
                stack.append(pattern)
        elif current.type in (
            "object_pattern", "array_pattern", "rest_pattern", "formal_parameters"
        ):  # fmt: skip
            stack.extend(current.named_children)
    return found


def _function_binds(function: tree_sitter.Node, name: str) -> bool:
    parameters = function.child_by_field_name("parameters") or function.child_by_field_name("parameter")
    if parameters is not None and any(node_text(n) == name for n in _pattern_names(parameters)):
        return True
    own = function.child_by_field_name("name")
    return function.type in ("function_expression", "function") and own is not None and node_text(own) == name


def _block_binds(block: tree_sitter.Node, name: str, *, var: bool = False) -> bool:
    """`block` declares `name` directly (a `var` counts only for a function's body, `var=True`)."""
    kinds = ("lexical_declaration", "variable_declaration") if var else ("lexical_declaration",)
    for child in block.named_children:
        if child.type in kinds:
            for declarator in child.named_children:
                target = declarator.child_by_field_name("name")
                if target is not None and any(node_text(n) == name for n in _pattern_names(target)):
                    return True
        elif child.type in ("function_declaration", "class_declaration", "generator_function_declaration"):
            own = child.child_by_field_name("name")
            if own is not None and node_text(own) == name:
                return True
    return False


def _binds(node: tree_sitter.Node, name: str) -> bool:
    """`node` opens a scope that declares `name` again (its references are then another binding's)."""
    if node.type in FUNCTIONS:
        body = node.child_by_field_name("body")
        return _function_binds(node, name) or (body is not None and _block_binds(body, name, var=True))
    if node.type in BLOCKS:
        return _block_binds(node, name, var=node.type == "program")
    if node.type == "for_statement":
        head = node.child_by_field_name("initializer")
        return head is not None and head.type == "lexical_declaration" and _block_binds(node, name)
    if node.type == "for_in_statement":
        left = node.child_by_field_name("left")
        return (
            _lexical_head(node)
            and left is not None
            and any(node_text(n) == name for n in _pattern_names(left))
        )
    if node.type == "catch_clause":
        parameter = node.child_by_field_name("parameter")
        return parameter is not None and any(node_text(n) == name for n in _pattern_names(parameter))
    return False


def _lexical_head(loop: tree_sitter.Node) -> bool:
    kind = loop.child_by_field_name("kind")
    return kind is not None and kind.type in ("let", "const")


def _scope(identifier: tree_sitter.Node) -> tree_sitter.Node | None:
    """The node whose extent is the binding's scope, from the declaration that holds `identifier`."""
    node = identifier
    while node.parent is not None:
        parent = node.parent
        if parent.type == "formal_parameters":
            return parent.parent if parent.parent is not None and parent.parent.type in FUNCTIONS else None
        if parent.type == "arrow_function" and parent.child_by_field_name("parameter") == node:
            return parent
        if parent.type == "catch_clause":
            return parent
        if parent.type == "for_in_statement" and parent.child_by_field_name("left") == node:
            return parent if _lexical_head(parent) else _enclosing(parent, (*FUNCTIONS, "program"))
        if parent.type in ("function_declaration", "class_declaration", "generator_function_declaration"):
            if parent.child_by_field_name("name") != node:
                return None
            return _enclosing(parent, BLOCKS)
        if parent.type == "variable_declarator":
            if parent.child_by_field_name("name") != node:
                return None
            declaration = parent.parent
            if declaration is None:
                return None
            if declaration.type == "variable_declaration":
                return _enclosing(declaration, (*FUNCTIONS, "program"))
            head = declaration.parent
            if head is not None and head.type in LOOP_HEADS:
                return head
            return _enclosing(declaration, BLOCKS)
        if parent.type not in (
            "object_pattern", "array_pattern", "pair_pattern", "assignment_pattern",
            "object_assignment_pattern", "rest_pattern", "required_parameter", "optional_parameter",
        ):  # fmt: skip
            return None
        node = parent
    return None


def _enclosing(node: tree_sitter.Node, types: tuple[str, ...]) -> tree_sitter.Node | None:
    current = node.parent
    while current is not None and current.type not in types:
        current = current.parent
    return current


def _references(scope: tree_sitter.Node, name: str) -> list[tree_sitter.Node] | None:
    """The identifiers in `scope` that resolve to its binding of `name` (None past the cap)."""
    found: list[tree_sitter.Node] = []
    own_name = scope.child_by_field_name("name") if scope.type in FUNCTIONS else None
    children = list(scope.children)
    body = scope.child_by_field_name("body") if scope.type in FUNCTIONS else None
    if body is not None and body.type == "statement_block":
        # The function's own body is the scope: its declarations are the binding, not another one.
        children = [c for c in children if c.id != body.id] + list(body.children)
    stack = list(reversed(children))
    while stack:
        node = stack.pop()
        if own_name is not None and node.id == own_name.id:
            continue  # a function declaration's own name belongs to the scope around it
        if node.type in (
            "identifier",
            "shorthand_property_identifier",
            "shorthand_property_identifier_pattern",
        ):
            if node_text(node) == name:
                found.append(node)
                if len(found) > MAX_REFERENCES:
                    return None
            continue
        if _binds(node, name):
            continue
        stack.extend(reversed(node.children))
    return found


def _fresh(text: str, name: str) -> str | None:
    used = set(re.findall(r"[A-Za-z_$][\w$]*", text))
    capital = name[:1].upper() + name[1:]
    for fresh in (f"inner{capital}", f"local{capital}", f"{name}Inner"):
        if fresh not in used:
            return fresh
    return None


def shadow(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    named = SHADOW.match(message.message)
    if named is None:
        return []
    name = named.group(1)
    node, data = reported_node(text, path, message, ("identifier", "shorthand_property_identifier_pattern"))
    if node is None or node_text(node) != name:
        return []
    scope = _scope(node)
    fresh = _fresh(text, name)
    if scope is None or fresh is None:
        return []
    references = _references(scope, name)
    if not references or all(r.id != node.id for r in references):
        return []
    edits = {}
    for reference in references:
        if reference.type in ("shorthand_property_identifier", "shorthand_property_identifier_pattern"):
            edits[reference] = f"{name}: {fresh}"
        else:
            edits[reference] = fresh
    new = replace_nodes(data, edits)
    said = f"rename the inner {name} to {fresh} ({len(references)} references), which hid the outer one"
    return [Candidate(path, new, message.line, f"{said} (no-shadow)")]


# -- require-await ----------------------------------------------------------------------------------
def awaited_then(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    """require-await ("Async function 'f' has no 'await' expression.", at the function's head): a body
    that returns `A.then((v) => E)` awaits instead, `const v = await A; return E;` — what the `async`
    was written for, and the same value (the returned promise settles as the chain's did). Offered before
    ESLint's own suggestion (remove `async`), which changes the contract: a synchronous throw of `A`
    becomes an exception instead of a rejection. Only an arrow with one plain parameter and an
    expression body, whose name the function does not bind already and `A` does not read; the line
    reported is the `return`'s, where the edit is made."""
    tree = parse(text, path)
    if tree is None or message.line < 1:
        return []
    data = encode(text)
    point = finding_point(data, message)
    functions = [
        n for n in path_to(tree.root_node, point) if n.type in FUNCTIONS and n.start_point.row == point[0]
    ]
    if not functions:
        return []
    function = functions[-1]
    body = function.child_by_field_name("body")
    if body is None or body.type != "statement_block":
        return []
    reads: dict[str, int] = {}
    for statement in body.named_children:
        if statement.type != "return_statement":
            continue
        value = next((c for c in statement.named_children if c.type != "comment"), None)
        found = _then_call(value) if value is not None else None
        if found is None:
            continue
        receiver, name, result = found
        if _function_binds(function, name) or _block_binds(body, name, var=True):
            continue
        if re.search(rf"(?<![\w$.]){re.escape(name)}(?![\w$])", node_text(receiver)):
            continue
        if reads.setdefault(name, _reads(node_text(body), name)) > _reads(node_text(statement), name):
            # The body reads `name` elsewhere (an outer binding): a `const` of that name would put those
            # reads in its temporal dead zone, a ReferenceError (round 49's review).
            continue
        start = data.rfind(b"\n", 0, statement.start_byte) + 1
        indent = data[start : statement.start_byte].decode("utf-8", errors="surrogateescape")
        if indent.strip():
            indent = ""
        written = f"const {name} = await {node_text(receiver)};\n{indent}return {node_text(result)};"
        new = replace_nodes(data, {statement: written})
        line = statement.start_point.row + 1
        return [Candidate(path, new, line,
                          f"await {node_text(receiver)} instead of chaining .then (require-await)")]  # fmt: skip
    return []


def _reads(text: str, name: str) -> int:
    return len(re.findall(rf"(?<![\w$.]){re.escape(name)}(?![\w$])", text))


def _then_call(node: tree_sitter.Node):
    """(receiver, parameter name, result expression) of `receiver.then((name) => result)`, else None."""
    if node.type != "call_expression":
        return None
    callee, arguments = node.child_by_field_name("function"), node.child_by_field_name("arguments")
    if callee is None or arguments is None or callee.type != "member_expression":
        return None
    member, receiver = callee.child_by_field_name("property"), callee.child_by_field_name("object")
    listed = [c for c in arguments.named_children if c.type != "comment"]
    if member is None or receiver is None or node_text(member) != "then" or len(listed) != 1:
        return None
    arrow = listed[0]
    if arrow.type != "arrow_function" or any(c.type == "async" for c in arrow.children):
        return None
    result = arrow.child_by_field_name("body")
    single = arrow.child_by_field_name("parameter")
    if single is None:
        parameters = arrow.child_by_field_name("parameters")
        plain = [c for c in parameters.named_children if c.type != "comment"] if parameters else []
        if len(plain) != 1:
            return None
        single = (
            plain[0].child_by_field_name("pattern") if plain[0].type == "required_parameter" else plain[0]
        )
        if plain[0].type == "required_parameter" and len(plain[0].named_children) != 1:
            return None  # a typed parameter: its annotation would be lost
    if single is None or single.type != "identifier" or result is None or result.type == "statement_block":
        return None
    return receiver, node_text(single), result
