"""LINTING templates (round 55, npmtypes29) for three ESLint rules about declarations that give neither
a fix nor a suggestion, each edit read from the rule's documentation and options so that the program
does what it did and only the form the rule forbids goes. Registered in lint_problems.TEMPLATES.

- no-underscore-dangle: "Unexpected dangling '_' in '_kilos'." The file's own binding is renamed
  without its outer underscores at its declaration and every reference (lint_names' scope walk). Not
  renamed: a property (`this._x`, `obj._x`: read from outside the file), a name the file does not
  declare, an exported binding (tests import it), a name the file already uses, a name strict code
  reserves (`enum`, `let`, `eval`, `arguments`, `yield`, `static`, `await`, ...).
- init-declarations, "always" ("Variable 'x' should be initialized on declaration."): a lone `let x;`
  whose next statement is the unconditional `x = v;` becomes `let x = v;` (nothing can read x between;
  not when v calls, awaits or yields while a closure of the scope names x, which would meet x's dead
  zone); otherwise `let x = undefined;`, which is what `let x;` binds (not for a `var` in a loop, or one
  the scope names before it or in a closure: a bare `var x;` keeps the value it has), then `let x =
  null;` (a different value, a fix only when the tests say so). "never" ("... should not be initialized
  on declaration."): `let x = v;` → `let x;` and `x = v;` on the next line (the same order of
  evaluation; a TypeScript annotation and the file's line break kept).
- func-style, "declaration" ("Expected a function declaration."): `const f = function (p) {...};` or an
  arrow that reads no `this`, `arguments`, `super` or `new.target` → `function f(p) {...}` (hoisting
  only makes the name usable earlier; a named expression keeps its name only when it is `f`; not for a
  typed variable, whose type types the parameters). "expression" ("Expected a function expression."):
  `function f(p) {...}` → `const f = function (p) {...};` only when nothing in the file names `f` before
  the declaration, no hoisted function that can run before it names `f` (no use relies on hoisting)
  and nothing assigns `f` (a const). Neither for a function in a block that is no function's body
  (outside strict code such a function is also a var of the enclosing function, Annex B).
"""

from __future__ import annotations

import re

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, line_bounds, replace_span
from healer.engine.javascript.fixers.lint_kinds import finding_point
from healer.engine.javascript.fixers.lint_names import scoped_rename
from healer.engine.javascript.fixers.lint_rewrites import path_to
from healer.engine.javascript.fixers.syntax_strict import STRICT_RESERVED, UNBINDABLE
from healer.engine.javascript.lint import EslintMessage
from healer.engine.javascript.syntax import encode, node_text, parse, walk

DANGLING = re.compile(r"^Unexpected dangling '_' in '([^']+)'")
INITIALISE = re.compile(r"^Variable '([^']+)' should be initialized on declaration")
NOT_INITIALISE = re.compile(r"^Variable '([^']+)' should not be initialized on declaration")
# Names a renamed binding may not take (round 55's review: `_enum` → `enum` never loads, `_let` → `let`
# and `_eval` → `eval` not in strict code, modules and classes); the other reserved words do not parse.
RESERVED = STRICT_RESERVED | UNBINDABLE | {"enum", "undefined", "NaN", "Infinity"}
WANTS_DECLARATION = "Expected a function declaration"
WANTS_EXPRESSION = "Expected a function expression"
CLOSURES = ("function_declaration", "function_expression", "function", "arrow_function", "method_definition",
            "generator_function", "generator_function_declaration")  # fmt: skip
# A value whose evaluation may run other code of the file: a call, or a pause that lets it run.
RUNS_OTHER_CODE = ("call_expression", "new_expression", "await_expression", "yield_expression")
ARROW_ONLY = ("this", "arguments", "super", "new.target", "meta_property")


# -- no-underscore-dangle ---------------------------------------------------------------------------
def underscore_dangle(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    named = DANGLING.match(message.message)
    if named is None:
        return []
    name = named.group(1)
    fresh = name.strip("_")
    if not fresh or not re.fullmatch(r"[A-Za-z$][\w$]*", fresh) or fresh in RESERVED:
        return []
    return scoped_rename(text, path, message, name, fresh, "no-underscore-dangle")


# -- init-declarations -------------------------------------------------------------------------------
def _declarator(text: str, path: str, message: EslintMessage, name: str):
    tree = parse(text, path)
    if tree is None or message.line < 1:
        return None, None
    data = encode(text)
    at = finding_point(data, message)
    for node in reversed(path_to(tree.root_node, at)):
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
    # A call in the value (or an await or yield, during which other code runs) may run a closure that
    # reads the binding: `let x; x = read();` gives it undefined, `let x = read();` its temporal dead
    # zone, where a read throws (round 55's review).
    if any(n.type in RUNS_OTHER_CODE for n in walk(right)) and _closure_reads(declaration, name):
        return None
    return after


def _closure_reads(declaration: tree_sitter.Node, name: str) -> bool:
    """A function nested in the declaration's scope names `name` (any function: hoisting)."""
    scope = declaration.parent
    while scope is not None and scope.type not in CLOSURES and scope.type != "program":
        scope = scope.parent
    if scope is None:
        return False
    for node in walk(scope):
        if node.type != "identifier" or node_text(node) != name:
            continue
        holder = node.parent
        while holder is not None and holder.id != scope.id and holder.type not in CLOSURES:
            holder = holder.parent
        if holder is not None and holder.id != scope.id:
            return True
    return False


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
        # The file's own line break (round 55's review: a bare "\n" in a CRLF file mixes them).
        ends = data.find(b"\n", declaration.end_byte)
        newline = "\r\n" if ends > 0 and data[ends - 1 : ends] == b"\r" else "\n"
        new = replace_span(
            data,
            declaration.start_byte,
            declaration.end_byte,
            # The declarator up to its `=` keeps a TypeScript annotation (round 55's review).
            f"{keyword} {_declared(data, declarator)};{newline}{indent}{name} = {node_text(value)};",
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
        between = data[declarator.end_byte : after.start_byte].rstrip(b" \t")
        rest = data[after.end_byte :]
        # The assignment's line is left empty: drop its line break (found by bytes, not by row, as a
        # value over several lines moves the rows and may hold blank lines of its own, round 55's review).
        if between.endswith(b"\n"):
            rest = rest.removeprefix(b"\r\n") if rest.startswith(b"\r\n") else rest.removeprefix(b"\n")
        merged = (
            # The declarator's own text keeps a TypeScript annotation (`let n: number = v;`).
            data[: declarator.end_byte] + f" = {node_text(right)}".encode() + between + rest
        )
        merged_text = merged.decode("utf-8", errors="surrogateescape")
        found.append(
            Candidate(
                path, merged_text, message.line, f"initialise {name} where it is declared (init-declarations)"
            )
        )
    if keyword == "var" and (_in_loop(declaration) or _set_before(declaration, name)):
        # `var x;` in a loop keeps the last pass's value, and after an assignment to the hoisted var
        # (or a second `var x = v`, or in a closure that may run first: round 55's review) keeps that
        # one; `= undefined` would reset it.
        return found
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


def _declared(data: bytes, declarator: tree_sitter.Node) -> str:
    """`n: number` of `n: number = 5`: the name and its annotation, if any."""
    last = declarator.child_by_field_name("type") or declarator.child_by_field_name("name")
    return data[declarator.start_byte : last.end_byte].decode("utf-8", errors="surrogateescape")


def _set_before(declaration: tree_sitter.Node, name: str) -> bool:
    """The function scope names `name` before the declaration, or in a closure (which may run first)."""
    if _closure_reads(declaration, name):
        return True
    scope = declaration.parent
    while scope is not None and scope.type not in CLOSURES and scope.type != "program":
        scope = scope.parent
    return scope is not None and any(
        n.type == "identifier" and node_text(n) == name and n.start_byte < declaration.start_byte
        for n in walk(scope)
    )


def _in_loop(node: tree_sitter.Node) -> bool:
    node = node.parent
    while node is not None and node.type not in ("function_declaration", "function_expression", "arrow_function",
                                                 "method_definition", "program"):  # fmt: skip
        if node.type in ("for_statement", "for_in_statement", "while_statement", "do_statement"):
            return True
        node = node.parent
    return False


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


def _nested_block(statement: tree_sitter.Node) -> bool:
    """`statement` stands in a block that is no function's body (`if (c) { ... }`). Outside strict
    code a function declared there is also a var of the enclosing function (Annex B, round 55's
    review): as a declaration it shadows an outer name after the block, as a const it is no longer
    seen there."""
    block = statement.parent
    if block is None or block.type in ("program", "export_statement"):
        return False
    return block.type != "statement_block" or block.parent is None or block.parent.type not in CLOSURES


def _innermost(
    root: tree_sitter.Node, at: tuple[int, int], types: tuple[str, ...]
) -> tree_sitter.Node | None:
    """The innermost node of `types` holding the finding's point: func-style's two directions ask the
    same question of different kinds (a declarator, a function declaration), by path_to's pruned descent."""
    return next((n for n in reversed(path_to(root, at)) if n.type in types), None)


def _to_declaration(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    at = finding_point(data, message)
    declarator = _innermost(tree.root_node, at, ("variable_declarator",))
    if declarator is None or declarator.parent is None or len(declarator.parent.named_children) != 1:
        return []
    declaration = declarator.parent
    name_node, value = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
    if name_node is None or value is None or name_node.type != "identifier":
        return []
    if declarator.child_by_field_name("type") is not None:
        return []  # `const f: Handler = (a) => ...` types a's by Handler (round 55's review)
    name = node_text(name_node)
    if declaration.parent is None or declaration.parent.type not in (
        "program",
        "statement_block",
        "export_statement",
    ):
        return []
    if _nested_block(declaration):
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
    function = _innermost(tree.root_node, at, ("function_declaration", "generator_function_declaration"))
    if function is None or function.parent is None or _nested_block(function):
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
    if _called_early(tree.root_node, function, name):
        return []
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


def _called_early(root: tree_sitter.Node, function: tree_sitter.Node, name: str) -> bool:
    """A hoisted function that names `name` may run before `function`'s line (round 55's review):
    `setup(); function helper() {} function setup() { helper(); }` names helper only after its
    declaration, yet calls it on line 1, where a const would still be in its temporal dead zone.
    A hoisted function runs early when code before `function`, or another early one, names it."""
    declarations = ("function_declaration", "generator_function_declaration")
    hoisted: dict[str, list[tree_sitter.Node]] = {}
    uses: list[tuple[tree_sitter.Node, tree_sitter.Node | None]] = []  # (identifier, its hoisted holder)
    for node in walk(root):
        if node.type in declarations and node.id != function.id:
            named = node.child_by_field_name("name")
            if named is not None:
                hoisted.setdefault(node_text(named), []).append(node)
        if node.type != "identifier":
            continue
        holder, inside_target = node.parent, False
        while holder is not None and holder.type not in declarations:
            holder = holder.parent
        up = holder
        while up is not None:
            inside_target = inside_target or up.id == function.id
            up = up.parent
        if inside_target or (holder is not None and holder.child_by_field_name("name") == node):
            continue  # runs only once `function` is called; or a declaration's own name
        uses.append((node, holder))
    held: dict[int, list[tree_sitter.Node]] = {}  # by hoisted function: the names it uses (one pass)
    for node, holder in uses:
        if holder is not None:
            held.setdefault(holder.id, []).append(node)
    early: set[int] = set()
    waiting = [
        declared
        for node, holder in uses
        if holder is None and node.start_byte < function.start_byte
        for declared in hoisted.get(node_text(node), [])
    ]
    while waiting:
        declared = waiting.pop()
        if declared.id in early:
            continue
        early.add(declared.id)
        waiting += [d for node in held.get(declared.id, []) for d in hoisted.get(node_text(node), [])]
    return any(holder is not None and holder.id in early and node_text(node) == name for node, holder in uses)


def func_style(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    if message.message.startswith(WANTS_DECLARATION):
        return _to_declaration(text, path, message)
    if message.message.startswith(WANTS_EXPRESSION):
        return _to_expression(text, path, message)
    return []
