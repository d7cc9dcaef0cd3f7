"""LINTING templates (round 55, npmtypes29) for three ESLint rules about declarations that give neither
a fix nor a suggestion, each edit read from the rule's documentation and options so that the program
does what it did and only the form the rule forbids goes. Registered in lint_problems.TEMPLATES.

- no-underscore-dangle: "Unexpected dangling '_' in '_kilos'." The file's own binding is renamed
  without its outer underscores at its declaration and every reference (lint_names' scope walk). Not
  renamed: a property (`this._x`, `obj._x`: read from outside the file), a name the file does not
  declare, an exported binding (tests import it), a name the file already uses.
- init-declarations, "always" ("Variable 'x' should be initialized on declaration."): a lone `let x;`
  whose next statement is the unconditional `x = v;` becomes `let x = v;` (nothing can read x between);
  otherwise `let x = undefined;`, which is what `let x;` binds, then `let x = null;` (a different value,
  a fix only when the tests say so). "never" ("... should not be initialized on declaration."): `let x =
  v;` → `let x;` and `x = v;` on the next line (the same order of evaluation).
- func-style, "declaration" ("Expected a function declaration."): `const f = function (p) {...};` or an
  arrow that reads no `this`, `arguments`, `super` or `new.target` → `function f(p) {...}` (hoisting
  only makes the name usable earlier; a named expression keeps its name only when it is `f`).
  "expression" ("Expected a function expression."): `function f(p) {...}` → `const f = function (p)
  {...};` only when nothing in the file names `f` before the declaration (no use relies on hoisting) and
  nothing assigns `f` (a const).
"""

from __future__ import annotations

import re

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, line_bounds, replace_span
from healer.engine.javascript.fixers.lint_kinds import finding_point
from healer.engine.javascript.fixers.lint_names import _rename
from healer.engine.javascript.fixers.lint_rewrites import _path_to
from healer.engine.javascript.lint import EslintMessage
from healer.engine.javascript.syntax import encode, node_text, parse, walk

DANGLING = re.compile(r"^Unexpected dangling '_' in '([^']+)'")
INITIALISE = re.compile(r"^Variable '([^']+)' should be initialized on declaration")
NOT_INITIALISE = re.compile(r"^Variable '([^']+)' should not be initialized on declaration")
WANTS_DECLARATION = "Expected a function declaration"
WANTS_EXPRESSION = "Expected a function expression"
ARROW_ONLY = ("this", "arguments", "super", "new.target", "meta_property")


# -- no-underscore-dangle ---------------------------------------------------------------------------
def underscore_dangle(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    named = DANGLING.match(message.message)
    if named is None:
        return []
    name = named.group(1)
    fresh = name.strip("_")
    if not fresh or not re.fullmatch(r"[A-Za-z$][\w$]*", fresh):
        return []
    return _rename(text, path, message, name, fresh, "no-underscore-dangle")


# -- init-declarations -------------------------------------------------------------------------------
def _declarator(text: str, path: str, message: EslintMessage, name: str):
    tree = parse(text, path)
    if tree is None or message.line < 1:
        return None, None
    data = encode(text)
    at = finding_point(data, message)
    for node in reversed(_path_to(tree.root_node, at)):
        if node.type == "variable_declarator" and node_text(node.child_by_field_name("name")) == name:
            declaration = node.parent
            if declaration is None or len(declaration.named_children) != 1:
                return None, None  # `let a, b;`: one-var's business, not this rule's
            if declaration.parent is None or declaration.parent.type not in (
                "program", "statement_block", "switch_case", "switch_default",
            ):  # fmt: skip
                return None, None  # a for head or an unbraced body
            return data, node
    return None, None


def _next_assignment(declaration: tree_sitter.Node, name: str) -> tree_sitter.Node | None:
    after = declaration.next_named_sibling
    while after is not None and after.type == "comment":
        after = after.next_named_sibling
    if after is None or after.type != "expression_statement":
        return None
    assigned = after.named_children[0] if after.named_children else None
    if assigned is None or assigned.type != "assignment_expression":
        return None
    left, right = assigned.child_by_field_name("left"), assigned.child_by_field_name("right")
    if left is None or right is None or left.type != "identifier" or node_text(left) != name:
        return None
    # `x = x + 1` reads the binding before it has a value (TDZ once moved into the declaration).
    if any(n.type == "identifier" and node_text(n) == name for n in walk(right)):
        return None
    return after


def init_declarations(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    wanted, unwanted = INITIALISE.match(message.message), NOT_INITIALISE.match(message.message)
    named = wanted or unwanted
    if named is None:
        return []
    name = named.group(1)
    data, declarator = _declarator(text, path, message, name)
    if declarator is None:
        return []
    declaration = declarator.parent
    keyword = node_text(declaration.children[0])
    value = declarator.child_by_field_name("value")
    if unwanted:
        if value is None or keyword == "const":
            return []
        bounds = line_bounds(text, declaration.start_point[0] + 1)
        indent = re.match(r"[ \t]*", text[bounds[0] : bounds[1]]).group(0) if bounds else ""
        new = replace_span(
            data,
            declaration.start_byte,
            declaration.end_byte,
            f"{keyword} {name};\n{indent}{name} = {node_text(value)};",
        )
        return [
            Candidate(path, new, message.line, f"assign {name} after its declaration (init-declarations)")
        ]
    if value is not None:
        return []
    found: list[Candidate] = []
    after = _next_assignment(declaration, name)
    if after is not None:
        right = after.named_children[0].child_by_field_name("right")
        merged = (
            # The declarator's own text keeps a TypeScript annotation (`let n: number = v;`).
            data[: declarator.end_byte]
            + f" = {node_text(right)}".encode()
            + data[declarator.end_byte : after.start_byte].rstrip(b" \t")
            + data[after.end_byte :]
        )
        # The statement between goes with its line: drop the now-empty line the assignment stood on.
        merged_text = _without_blank_at(merged.decode(), after.start_point[0])
        found.append(
            Candidate(
                path, merged_text, message.line, f"initialise {name} where it is declared (init-declarations)"
            )
        )
    if keyword == "var" and _in_loop(declaration):
        return found  # `var x;` in a loop keeps the last pass's value; `= undefined` would reset it
    end = declarator.end_byte
    for initial in ("undefined", "null"):
        new = replace_span(data, end, end, f" = {initial}")
        found.append(
            Candidate(
                path,
                new,
                message.line,
                f"initialise {name} to {initial} where it is declared (init-declarations)",
                guard=initial != "undefined",
            )
        )
    return found


def _in_loop(node: tree_sitter.Node) -> bool:
    node = node.parent
    while node is not None and node.type not in ("function_declaration", "function_expression", "arrow_function",
                                                 "method_definition", "program"):  # fmt: skip
        if node.type in ("for_statement", "for_in_statement", "while_statement", "do_statement"):
            return True
        node = node.parent
    return False


def _without_blank_at(text: str, row: int) -> str:
    lines = text.split("\n")
    if 0 <= row < len(lines) and not lines[row].strip():
        del lines[row]
    return "\n".join(lines)


# -- func-style ---------------------------------------------------------------------------------------
def _arrow_only(function: tree_sitter.Node) -> bool:
    """The arrow reads what a function expression would bind anew (`this`, `arguments`, ...)."""
    stack = list(function.children)
    while stack:
        node = stack.pop()
        if node.type in ARROW_ONLY or (node.type == "identifier" and node_text(node) == "arguments"):
            return True
        if node.type in ("function_expression", "function", "function_declaration", "method_definition",
                         "generator_function", "generator_function_declaration", "class_body"):  # fmt: skip
            continue  # they bind their own
        stack.extend(node.children)
    return False


def _to_declaration(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    at = finding_point(data, message)
    declarator = next(
        (n for n in reversed(_path_to(tree.root_node, at)) if n.type == "variable_declarator"), None
    )
    if declarator is None or declarator.parent is None or len(declarator.parent.named_children) != 1:
        return []
    declaration = declarator.parent
    name_node, value = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
    if name_node is None or value is None or name_node.type != "identifier":
        return []
    name = node_text(name_node)
    if declaration.parent is None or declaration.parent.type not in (
        "program",
        "statement_block",
        "export_statement",
    ):
        return []
    is_async = any(c.type == "async" for c in value.children)
    prefix = "async function" if is_async else "function"
    parameters = value.child_by_field_name("parameters") or value.child_by_field_name("parameter")
    body = value.child_by_field_name("body")
    if parameters is None or body is None:
        return []
    params = node_text(parameters) if parameters.type == "formal_parameters" else f"({node_text(parameters)})"
    if value.type in ("function_expression", "function", "generator_function"):
        own = value.child_by_field_name("name")
        if own is not None and node_text(own) != name:
            return []
        if value.type == "generator_function":
            prefix += "*"
        body_text = node_text(body)
    elif value.type == "arrow_function":
        if _arrow_only(value):
            return []
        if body.type == "statement_block":
            body_text = node_text(body)
        else:
            inner = node_text(body)
            body_text = "{ return " + inner + "; }"
    else:
        return []
    type_parameters = value.child_by_field_name("type_parameters")
    returns = value.child_by_field_name("return_type")
    signature = f"{prefix} {name}{node_text(type_parameters) if type_parameters else ''}{params}"
    signature += node_text(returns) if returns is not None else ""
    new = replace_span(data, declaration.start_byte, declaration.end_byte, f"{signature} {body_text}")
    return [Candidate(path, new, message.line, f"declare {name} as a function (func-style)")]


def _to_expression(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    at = finding_point(data, message)
    function = next(
        (
            n
            for n in reversed(_path_to(tree.root_node, at))
            if n.type in ("function_declaration", "generator_function_declaration")
        ),
        None,
    )
    if function is None or function.parent is None:
        return []
    if function.parent.type == "export_statement" and any(
        c.type == "default" for c in function.parent.children
    ):
        return []
    name_node = function.child_by_field_name("name")
    if name_node is None:
        return []
    name = node_text(name_node)
    for node in walk(tree.root_node):
        if node.type != "identifier" or node_text(node) != name or node.id == name_node.id:
            continue
        if node.start_byte < function.start_byte:
            return []  # used before its declaration: the code relies on hoisting
        parent = node.parent
        if parent is not None and (
            parent.type == "update_expression"
            or (
                parent.type in ("assignment_expression", "augmented_assignment_expression")
                and parent.child_by_field_name("left") == node
            )
        ):
            return []  # a const cannot be assigned
    name_end = name_node.end_byte
    head = data[function.start_byte : name_node.start_byte].decode().strip()  # `async function`, `function*`
    new = (
        data[: function.start_byte].decode()
        + f"const {name} = {head} "
        + data[name_end : function.end_byte].decode().lstrip()
        + ";"
        + data[function.end_byte :].decode()
    )
    return [Candidate(path, new, message.line, f"assign {name} a function expression (func-style)")]


def func_style(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    if message.message.startswith(WANTS_DECLARATION):
        return _to_declaration(text, path, message)
    if message.message.startswith(WANTS_EXPRESSION):
        return _to_expression(text, path, message)
    return []
