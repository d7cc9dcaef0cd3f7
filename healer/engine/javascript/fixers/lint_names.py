"""LINTING templates (round 54, npmlint28) for three ESLint rules about bindings and names that give
neither a fix nor a suggestion, each the rewrite the rule's documentation (eslint.org/docs/latest/
rules/<rule>) shows as correct code. Registered in lint_problems.TEMPLATES; validated like every
LINTING candidate (ESLint re-run, then the tests), which picks among the candidates.

- block-scoped-var: "'x' declared on line L column C is used outside of binding context." (ESLint 9;
  8 says "'x' used outside of binding context.", at the reference). A `var` declared in a
  block and used outside it. The docs' correct form: the declaration at the head of its function (or
  program), `var x;`, and each `var x = v` in the function's blocks an assignment kept in place (`x =
  v;`; a `var x;` without a value goes: it assigned nothing). A `var` binding is the function's
  whichever block declares it (ECMAScript VarDeclaredNames), so the program does what it did. Left
  alone: a declaration among others of other names (`var a = 1, x = 2`), one in an unbraced body (its
  removal would take the next statement in), and a name that is a parameter of the function.
- camelcase: "Identifier 'depth_m' is not in camel case." (at the declaration and at references). The
  binding the file declares is renamed to its camel-case form (`depth_m` → `depthM`, leading and
  trailing underscores kept, ESLint's isUnderscored) at its declaration and every reference that
  resolves to it (no-shadow's scope walk, lint_operators); a shorthand property keeps its key (`{
  depth_m: depthM }`: what the object holds, and what a destructured object is read by, are not the
  file's to rename). Left alone: a name the file does not declare (a global, a property read from
  elsewhere), an exported binding (its name is the module's interface, which tests import), an
  import (`import { a_b as aB }` is the rule's documented alternative, but the rule's `ignoreImports`
  users expect the package's name) and a camel-case name the file already uses.
- new-cap: "A function with a name starting with an uppercase letter should only be used as a
  constructor." (at the callee's name): `new` added (`Intl.NumberFormat(...)` → `new
  Intl.NumberFormat(...)`: a built-in or class constructor called without `new` either makes the same
  object or throws, ECMAScript's [[Call]] of a class). Not where the callee is an arrow function or
  method the file defines (neither can be constructed; a member `holder.Name` of an object literal or
  class the file binds is looked up too, round 54's review); a function of the file that never reads `this`
  is no constructor (`new` would return a new object, not its value): its binding is lower-cased instead. "A constructor name should not start with a
  lowercase letter." (at `new`'s callee): when the file declares the callee as a class, or as a
  function that uses `this`, the local binding is capitalised (the rename above; a class can only be
  constructed, and such a function builds `this`); when it declares a function that never reads `this`
  (a factory) and returns an object on every path, `new` is dropped (its returned object is what
  `new` gave; round 54's review: a factory that may return a primitive or nothing is left alone). A callee the file does not
  define is left alone: what it does is not known here.
"""

from __future__ import annotations

import re

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, replace_nodes
from healer.engine.javascript.fixers.lint_kinds import FUNCTIONS, finding_point
from healer.engine.javascript.fixers.lint_operators import _references, _scope
from healer.engine.javascript.fixers.lint_rewrites import path_to
from healer.engine.javascript.lint import EslintMessage
from healer.engine.javascript.syntax import encode, node_text, parse, walk

# ESLint 9 names the declaration ("'x' declared on line 7 column 32 is used outside..."); 8 did not.
OUT_OF_SCOPE = re.compile(
    r"^'([^']+)' (?:declared on line \d+ column \d+ is )?used outside of binding context"
)
CAMEL = re.compile(r"^Identifier '([^']+)' is not in camel case")
UPPER = "A function with a name starting with an uppercase letter should only be used as a constructor"
LOWER = "A constructor name should not start with a lowercase letter"
NAMES = ("identifier", "shorthand_property_identifier", "shorthand_property_identifier_pattern")
SHORTHANDS = ("shorthand_property_identifier", "shorthand_property_identifier_pattern")
BLOCKS = ("statement_block", "program", "switch_case", "switch_default", "class_static_block")
# Functions with a body of statements (an arrow with an expression body declares no `var`).
BODIES = ("program", *FUNCTIONS)
# What lies between a declared name and its statement (`export const { a: [b] } = ...`).
DECLARATION_PARTS = ("variable_declarator", "lexical_declaration", "variable_declaration", "object_pattern",
                     "array_pattern", "pair_pattern", "assignment_pattern", "object_assignment_pattern",
                     "rest_pattern", "function_declaration", "class_declaration",
                     "generator_function_declaration")  # fmt: skip
NOT_CONSTRUCTIBLE = ("arrow_function", "method_definition")
# Values that are objects by their form: what `new` hands back unchanged when a function returns one.
OBJECTS = ("object", "array", "new_expression", "function_expression", "function", "arrow_function", "class",
           "generator_function")  # fmt: skip


def _identifier_at(root: tree_sitter.Node, point: tuple[int, int], name: str) -> tree_sitter.Node | None:
    found = [n for n in path_to(root, point) if n.type in NAMES and n.start_point == point]
    if found and node_text(found[-1]) == name:
        return found[-1]
    # A formatter's column may be off: the identifier of that name on the finding's line.
    return next(
        (n for n in walk(root) if n.type in NAMES and n.start_point[0] == point[0] and node_text(n) == name),
        None,
    )


def _declaration(root: tree_sitter.Node, use: tree_sitter.Node, name: str):
    """(declaring identifier, its scope) of the innermost binding of `name` whose scope holds `use`."""
    best = None
    for node in walk(root):
        if (
            node.type not in ("identifier", "shorthand_property_identifier_pattern")
            or node_text(node) != name
        ):
            continue
        scope = _scope(node)
        if scope is None or not (scope.start_byte <= use.start_byte < scope.end_byte):
            continue
        if best is None or (scope.start_byte >= best[1].start_byte and scope.end_byte <= best[1].end_byte):
            best = (node, scope)
    return best


def _exported(declaring: tree_sitter.Node, root: tree_sitter.Node, name: str) -> bool:
    """The binding is part of the module's ESM interface (`export const x`, `export { x }`)."""
    node = declaring.parent
    while node is not None and node.type in DECLARATION_PARTS:
        node = node.parent
    if node is not None and node.type == "export_statement":
        return True
    return any(
        n.type == "export_specifier" and node_text(n.child_by_field_name("name") or n) == name
        for n in walk(root)
    )


def _renamed(data: bytes, references: list[tree_sitter.Node], name: str, fresh: str) -> str:
    edits = {r: (f"{name}: {fresh}" if r.type in SHORTHANDS else fresh) for r in references}
    return replace_nodes(data, edits)


def scoped_rename(
    text: str, path: str, message: EslintMessage, name: str, fresh: str, why: str
) -> list[Candidate]:
    """The file's own binding of `name` found from the finding, renamed to `fresh` in its scope."""
    tree = parse(text, path)
    if tree is None or message.line < 1 or re.search(rf"(?<![\w$]){re.escape(fresh)}(?![\w$])", text):
        return []
    data = encode(text)
    use = _identifier_at(tree.root_node, finding_point(data, message), name)
    if use is None:
        return []
    found = _declaration(tree.root_node, use, name)
    if found is None or _exported(found[0], tree.root_node, name):
        return []
    references = _references(found[1], name)
    if not references or all(r.id != use.id for r in references):
        return []
    new = _renamed(data, references, name, fresh)
    return [
        Candidate(path, new, message.line, f"rename {name} to {fresh} ({len(references)} references) ({why})")
    ]


# -- camelcase --------------------------------------------------------------------------------------
def camel_name(name: str) -> str | None:
    """`depth_m` → `depthM`, `__max_len_` → `__maxLen_` (ESLint's isUnderscored: the body between
    leading and trailing underscores holds one and is not an upper-case constant); None otherwise."""
    body = name.strip("_")
    if "_" not in body or body == body.upper():
        return None
    head, tail = name[: len(name) - len(name.lstrip("_"))], name[len(name.rstrip("_")) :]
    parts = [p for p in body.split("_") if p]
    camel = parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    return head + camel + tail if re.fullmatch(r"[A-Za-z_$][\w$]*", head + camel + tail) else None


def camelcase(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    named = CAMEL.match(message.message)
    fresh = camel_name(named.group(1)) if named else None
    if fresh is None:
        return []
    return scoped_rename(text, path, message, named.group(1), fresh, "camelcase")


# -- new-cap ----------------------------------------------------------------------------------------
def _reported_call(root: tree_sitter.Node, point: tuple[int, int], kind: str) -> tree_sitter.Node | None:
    """The innermost `kind` (call_expression, new_expression) whose callee's name starts at `point`."""
    for node in reversed(path_to(root, point)):
        if node.type != kind:
            continue
        callee = node.child_by_field_name("function" if kind == "call_expression" else "constructor")
        if callee is None:
            continue
        named = callee.child_by_field_name("property") if callee.type == "member_expression" else callee
        if named is not None and named.start_point == point:
            return node
    return None


def _member_definition(root: tree_sitter.Node, callee: tree_sitter.Node) -> tree_sitter.Node | None:
    """What `holder.Name` is when the file binds `holder` to an object literal or a class: the method,
    or the pair's value (round 54's review: a method or arrow of the file is no constructor)."""
    holder, named = callee.child_by_field_name("object"), callee.child_by_field_name("property")
    if holder is None or named is None or holder.type != "identifier":
        return None
    found = _declaration(root, holder, node_text(holder))
    parent = found[0].parent if found is not None else None
    if parent is not None and parent.type == "variable_declarator":
        parent = parent.child_by_field_name("value")
    if parent is None or parent.type not in ("object", "class", "class_declaration"):
        return None
    members = parent.child_by_field_name("body") if parent.type != "object" else parent
    for member in members.named_children if members is not None else []:
        key = next(
            (k for k in map(member.child_by_field_name, ("name", "key", "property")) if k is not None), None
        )
        if key is None or node_text(key) != node_text(named):
            continue
        if member.type == "method_definition":
            return member
        if member.type in ("pair", "field_definition"):
            return member.child_by_field_name("value")
    return None


def _definition(root: tree_sitter.Node, callee: tree_sitter.Node) -> tree_sitter.Node | None:
    """What the file binds an identifier callee to: a class, a function, an arrow (else None)."""
    if callee.type == "member_expression":
        made = _member_definition(root, callee)
        return made if made is not None and made.type in NOT_CONSTRUCTIBLE else None
    if callee.type != "identifier":
        return None
    found = _declaration(root, callee, node_text(callee))
    if found is None:
        return None
    parent = found[0].parent
    if parent is None:
        return None
    if parent.type in ("class_declaration", "function_declaration", "generator_function_declaration"):
        return parent
    if parent.type == "variable_declarator" and parent.child_by_field_name("name") == found[0]:
        value = parent.child_by_field_name("value")
        if value is not None and value.type in ("class", *FUNCTIONS):
            return value
    return None


def _uses_this(function: tree_sitter.Node) -> bool:
    stack = list(function.children)
    while stack:
        node = stack.pop()
        if node.type == "this":
            return True
        if (node.type in FUNCTIONS and node.type != "arrow_function") or node.type in (
            "class",
            "class_declaration",
        ):
            continue  # its own `this`
        stack.extend(node.children)
    return False


def _returns_object(function: tree_sitter.Node) -> bool:
    """Every path through `function` returns an object by its form (its last statement a return, and
    every return of its own an object): then `f()` is what `new f()` gave. A primitive, nothing, or a
    call's unknown value, and `new` gives a fresh object instead (ECMAScript [[Construct]])."""
    body = function.child_by_field_name("body")
    if body is None or body.type != "statement_block":
        return False
    statements = [s for s in body.named_children if s.type != "comment"]
    if not statements or statements[-1].type != "return_statement":
        return False
    stack = list(body.children)
    while stack:
        node = stack.pop()
        if node.type in FUNCTIONS or node.type in ("class", "class_declaration"):
            continue  # its returns are its own
        if node.type == "return_statement":
            values = [c for c in node.named_children if c.type != "comment"]
            value = values[0] if values else None
            while value is not None and value.type == "parenthesized_expression" and value.named_children:
                value = value.named_children[0]
            if value is None or value.type not in OBJECTS:
                return False
        stack.extend(node.children)
    return True


def new_cap(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    tree = parse(text, path)
    if tree is None or message.line < 1:
        return []
    data = encode(text)
    point = finding_point(data, message)
    if message.message.startswith(UPPER):
        call = _reported_call(tree.root_node, point, "call_expression")
        callee = call.child_by_field_name("function") if call is not None else None
        arguments = call.child_by_field_name("arguments") if call is not None else None
        if callee is None or arguments is None or arguments.type != "arguments" or "?." in node_text(call):
            return []
        defined = _definition(tree.root_node, callee)
        if defined is not None and defined.type in NOT_CONSTRUCTIBLE:
            return []
        if (
            defined is not None
            and defined.type not in ("class", "class_declaration")
            and not _uses_this(defined)
        ):
            # A function of the file that builds no `this` is not a constructor: `new` would return a
            # fresh object instead of its value. Its name is what the rule objects to: lower-cased.
            name = node_text(callee)
            return scoped_rename(text, path, message, name, name[:1].lower() + name[1:], "new-cap")
        # `new` binds the callee with its arguments: a callee that is itself a call needs parentheses,
        # and so does one reached through a call (`new lib().W()` would construct `lib`; round 54's review).
        chain, through_call = callee, False
        while chain.type in ("member_expression", "subscript_expression"):
            chain = chain.child_by_field_name("object")
            through_call = through_call or chain is None or chain.type == "call_expression"
            if chain is None:
                break
        head = (
            node_text(callee)
            if callee.type in ("identifier", "member_expression") and not through_call
            else f"({node_text(callee)})"
        )
        written = f"new {head}{node_text(arguments)}"
        new = replace_nodes(data, {call: written})
        return [Candidate(path, new, message.line, f"construct {node_text(callee)} with new (new-cap)")]
    if not message.message.startswith(LOWER):
        return []
    made = _reported_call(tree.root_node, point, "new_expression")
    callee = made.child_by_field_name("constructor") if made is not None else None
    defined = _definition(tree.root_node, callee) if callee is not None else None
    if defined is None:
        return []
    name = node_text(callee)
    if defined.type in ("class", "class_declaration") or _uses_this(defined):
        fresh = name[:1].upper() + name[1:]
        return scoped_rename(text, path, message, name, fresh, "new-cap")
    if defined.type in NOT_CONSTRUCTIBLE or not _returns_object(defined):
        return []
    arguments = made.child_by_field_name("arguments")
    written = f"{name}{node_text(arguments) if arguments is not None else '()'}"
    new = replace_nodes(data, {made: written})
    return [Candidate(path, new, message.line, f"call the factory {name} without new (new-cap)")]


# -- block-scoped-var -------------------------------------------------------------------------------
def _function_of(node: tree_sitter.Node) -> tree_sitter.Node | None:
    current = node.parent
    while current is not None and current.type not in BODIES:
        current = current.parent
    return current


def _var_declarations(function: tree_sitter.Node, name: str) -> list[tree_sitter.Node]:
    """The `var` declarations of `name` that belong to `function` (nested functions' are theirs)."""
    found, stack = [], list(function.children)
    while stack:
        node = stack.pop()
        if node.type in FUNCTIONS or node.type in ("class", "class_declaration"):
            continue
        if node.type == "for_in_statement" and node_text(node.child_by_field_name("left") or node) == name:
            kind = node.child_by_field_name("kind")
            if kind is not None and kind.type == "var":
                return []  # `for (var x of xs)`: left alone (the head's `var` is its declaration)
        if node.type == "variable_declaration" and any(
            node_text(d.child_by_field_name("name") or d) == name for d in node.named_children
        ):
            found.append(node)
        stack.extend(node.children)
    return sorted(found, key=lambda n: n.start_byte)


def _parameter(function: tree_sitter.Node, name: str) -> bool:
    parameters = function.child_by_field_name("parameters") or function.child_by_field_name("parameter")
    return parameters is not None and any(
        n.type == "identifier" and node_text(n) == name for n in walk(parameters)
    )


def _head(function: tree_sitter.Node) -> tuple[tree_sitter.Node, tree_sitter.Node | None] | None:
    """(the block, the statement the declaration goes before): after the directive prologue."""
    body = function if function.type == "program" else function.child_by_field_name("body")
    if body is None or body.type not in ("statement_block", "program"):
        return None
    for statement in body.named_children:
        directive = (
            statement.type == "expression_statement"
            and statement.named_children
            and (statement.named_children[0].type == "string")
        )
        if statement.type not in ("comment", "hash_bang_line") and not directive:
            return body, statement
    return body, None


def block_scoped_var(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    named = OUT_OF_SCOPE.match(message.message)
    tree = parse(text, path)
    if named is None or tree is None or message.line < 1:
        return []
    name, data = named.group(1), encode(text)
    use = _identifier_at(tree.root_node, finding_point(data, message), name)
    function = _function_of(use) if use is not None else None
    if function is None or (function.type != "program" and _parameter(function, name)):
        return []
    declarations = _var_declarations(function, name)
    head = _head(function)
    if not declarations or head is None:
        return []
    edits: dict = {}
    for declaration in declarations:
        declarators = declaration.named_children
        if len(declarators) != 1 or declaration.parent is None or declaration.parent.type not in BLOCKS:
            if declaration.parent is not None and declaration.parent.type in (
                "for_statement",
                "for_in_statement",
            ):
                # `for (var x = 0; ...)`, `for (var x of xs)`: the head without `var` assigns the same.
                if len(declarators) != 1:
                    return []
                edits[declaration] = _assigned(declarators[0], in_head=True)
                continue
            return []
        edits[declaration] = _assigned(declarators[0], in_head=False)
    _, before = head
    if before is None:
        return []
    start = data.rfind(b"\n", 0, before.start_byte) + 1
    indent = data[start : before.start_byte].decode("utf-8", errors="surrogateescape")
    indent = "" if indent.strip() else indent
    # The file's own line ending (round 54's review: a bare LF in a CRLF file mixed them).
    newline = "\r\n" if data[: before.start_byte].endswith(f"\r\n{indent}".encode()) else "\n"
    found = []
    for keyword in ("var", "let"):
        new = _with_insertion(data, edits, before, f"{keyword} {name};{newline}{indent}")
        said = f"declare {name} once at its function's head with {keyword}, assigned where it was declared"
        found.append(Candidate(path, new, message.line, f"{said} (block-scoped-var)"))
    return found


def _assigned(declarator: tree_sitter.Node, *, in_head: bool) -> str:
    target = declarator.child_by_field_name("name")
    value = declarator.child_by_field_name("value")
    if in_head:
        # tree-sitter's `for` initializer holds its `;`.
        end = ";" if node_text(declarator.parent).rstrip().endswith(";") else ""
        return (node_text(declarator) if value is not None else node_text(target)) + end
    if value is None:
        return ""
    left = node_text(target)
    statement = f"{left} = {node_text(value)};"
    return f"({statement[:-1]});" if target.type == "object_pattern" else statement


def _with_insertion(data: bytes, edits: dict, before: tree_sitter.Node, line: str) -> str:
    """`edits` applied and `line` put before the node `before` (in one pass over the bytes)."""
    position = before.start_byte
    # The head statement keeps its own span (the declaration goes in front of its new text).
    spans = sorted(
        (_line_span(data, n) if not t and n.start_byte != position else (n.start_byte, n.end_byte), t)
        for n, t in edits.items()
    )
    spans = sorted(((start, end, t) for (start, end), t in spans), reverse=True)
    if any(start == position for start, _, _ in spans):
        # The head statement is itself rewritten: the declaration goes in front of its new text.
        spans = [(s, e, (line + t if t else line.rstrip()) if s == position else t) for s, e, t in spans]
    else:
        spans = sorted([*spans, (position, position, line)], reverse=True)
    for start, end, new in spans:
        data = data[:start] + encode(new) + data[end:]
    return data.decode("utf-8", errors="surrogateescape")


def _line_span(data: bytes, node: tree_sitter.Node) -> tuple[int, int]:
    """A removed statement's span, widened to its whole line when nothing else is on it (no blank
    row with trailing spaces left behind)."""
    start = data.rfind(b"\n", 0, node.start_byte) + 1
    end = data.find(b"\n", node.end_byte)
    end = len(data) if end < 0 else end
    if data[start : node.start_byte].strip() or data[node.end_byte : end].strip():
        return node.start_byte, node.end_byte
    return start, min(end + 1, len(data))
