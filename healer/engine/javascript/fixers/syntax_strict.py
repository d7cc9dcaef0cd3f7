"""Strict-mode early errors tree-sitter's permissive grammar accepts: the file parses on the host,
every engine refuses it when the module is loaded (an ES module and a class body are always strict).

- Reserved words as identifiers (ECMAScript 13.1.1, Static Semantics: Early Errors of Identifier):
  in strict code `implements`, `interface`, `let`, `package`, `private`, `protected`, `public`,
  `static` and `yield` are no identifiers (V8: "Unexpected strict mode reserved word"; tsc TS1212 /
  TS1213 / TS1214 "... is a reserved word in strict mode"), `await` none in a module ("Unexpected
  reserved word"), and `eval` / `arguments` may not be bound ("Unexpected eval or arguments in
  strict mode"). The repair is a rename of the binding and of every use within its scope (the
  "rename variable" refactoring; ssFix/TBar's variable-replacement templates applied to one binding
  consistently), the scope read off tree-sitter's tree: a parameter's function, a `let`/`const`'s
  block, a `var`'s function. Any name works, so the word's conventional abbreviation (`package` →
  `pkg`) that no identifier of the file already uses is given; a shorthand property keeps its key
  (`{ package }` → `{ package: pkg }`, a property name may be any word).
- Round 52 (npm26): a `'use strict'` directive in a function whose parameter list is not simple (a
  default, a rest, a pattern; 15.2.1 Early Errors: "It is a Syntax Error if FunctionBodyContainsUseStrict
  ... and IsSimpleParameterList ... is false"; V8: "Illegal 'use strict' directive in function with
  non-simple parameter list", tsc TS1347). Where the function is already strict code (the file's own
  prologue says so, the file is an ES module, the function is inside a class) the directive says
  nothing and goes; otherwise, when no other function of the script would become strict with it (review
  of round 52), it moves to the file's prologue, then goes (the function's code runs sloppy).
- A `const` without an initialiser (14.3.1.1: "It is a Syntax Error if Initializer is not present
  and IsConstantDeclaration ... is true"; V8: "Missing initializer in const declaration"): the
  binding was meant to be assigned later, so it is declared with `let`.
"""

from __future__ import annotations

import re

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, replace_nodes, replace_span
from healer.engine.javascript.syntax import FUNCTION_TYPES as FUNCTIONS
from healer.engine.javascript.syntax import node_text, walk

# ECMAScript 13.1.1: reserved in strict mode code only (the always-reserved words do not parse).
STRICT_RESERVED = frozenset({"implements", "interface", "let", "package", "private", "protected", "public",
                             "static", "yield", "await"})  # fmt: skip
# May be read but never bound in strict code (13.1.1, BindingIdentifier).
UNBINDABLE = frozenset({"eval", "arguments"})
# The conventional short form of each word: any name that is not reserved and not used works.
ABBREVIATIONS = {
    "implements": "impl", "interface": "iface", "let": "value", "package": "pkg", "private": "priv",
    "protected": "prot", "public": "pub", "static": "fixed", "yield": "result", "await": "pending",
    "eval": "evaluate", "arguments": "args",
}  # fmt: skip
BLOCKS = frozenset({"statement_block", "program", "for_statement", "for_in_statement", "switch_body"})
NAMES = ("identifier", "shorthand_property_identifier", "shorthand_property_identifier_pattern")
WORD = re.compile(r"[A-Za-z_$][\w$]*")


def strict_candidates(data: bytes, path: str, node: tree_sitter.Node, *, line: int) -> list[Candidate]:
    """The candidates for one node on the reported line (early_error_candidates walks the tree)."""
    if node.type == "lexical_declaration":
        return _const_without_value(data, path, node, line)
    if node.type == "expression_statement":
        return _illegal_directive(data, path, node, line)
    if node.type in FUNCTIONS:
        # V8 reports the directive's error at the function (its parameter list), a line above it.
        body = node.child_by_field_name("body")
        first = (
            next((c for c in body.named_children if c.type != "comment"), None) if body is not None else None
        )
        if first is not None and first.type == "expression_statement":
            return _illegal_directive(data, path, first, line)
    if node.type in NAMES and node_text(node) in STRICT_RESERVED | UNBINDABLE:
        return _renamed(data, path, node, line)
    return []


# -- reserved words as names ------------------------------------------------------------------------
def _renamed(data: bytes, path: str, node: tree_sitter.Node, line: int) -> list[Candidate]:
    word = node_text(node)
    scope = _binding_scope(node)
    if scope is None and word in UNBINDABLE:
        return []  # reading `arguments` or calling `eval` is allowed: only a binding is an error
    scope = scope or _root(node)
    text = data.decode("utf-8", errors="surrogateescape")
    used = set(WORD.findall(text))
    name = _fresh(ABBREVIATIONS.get(word, word), used)
    uses = [n for n in _uses(scope, word) if n.type in NAMES]
    new = {n: f"{word}: {name}" if n.type != "identifier" else name for n in uses}
    if not new:
        return []
    return [Candidate(path, replace_nodes(data, new), line,
                      f"rename '{word}', a reserved word in strict mode code, to '{name}' "
                      f"({len(new)} use(s) in its scope)")]  # fmt: skip


def _fresh(base: str, used: set[str]) -> str:
    name, number = base, 2
    while name in used or name in STRICT_RESERVED | UNBINDABLE:
        name, number = f"{base}{number}", number + 1
    return name


def _uses(scope: tree_sitter.Node, word: str) -> list[tree_sitter.Node]:
    """The nodes naming `word` inside the scope; for `arguments`, not inside a nested ordinary
    function, whose own `arguments` object that name means there."""
    found = []
    stack = [scope]
    while stack:
        current = stack.pop()
        if current is not scope and word == "arguments" and current.type in FUNCTIONS - {"arrow_function"}:
            continue
        if current.type in NAMES and node_text(current) == word:
            found.append(current)
        stack.extend(current.children)
    return found


def _root(node: tree_sitter.Node) -> tree_sitter.Node:
    while node.parent is not None:
        node = node.parent
    return node


def _binding_scope(node: tree_sitter.Node) -> tree_sitter.Node | None:
    """The scope a name binds in when this node is a binding (parameter, declarator, catch
    parameter, function or class name), else None (a use)."""
    child, current = node, node.parent
    while current is not None:
        if current.type == "formal_parameters" or (
            current.type == "arrow_function" and current.child_by_field_name("parameter") == child
        ):
            return current.parent if current.type == "formal_parameters" else current
        if current.type == "variable_declarator":
            if current.child_by_field_name("name") != child:
                return None
            declaration = current.parent
            if declaration is None:
                return None
            if declaration.type == "variable_declaration":
                return _enclosing(declaration, FUNCTIONS | {"program"})
            return _enclosing(declaration, BLOCKS)
        if current.type == "catch_clause":
            return current if current.child_by_field_name("parameter") == child else None
        if current.type in ("function_declaration", "class_declaration", "generator_function_declaration"):
            return _enclosing(current, BLOCKS) if current.child_by_field_name("name") == child else None
        if current.type not in ("object_pattern", "array_pattern", "pair_pattern", "assignment_pattern",
                                "rest_pattern", "required_parameter", "optional_parameter"):  # fmt: skip
            return None
        child, current = current, current.parent
    return None


def _enclosing(node: tree_sitter.Node, kinds: frozenset[str]) -> tree_sitter.Node | None:
    current = node.parent
    while current is not None and current.type not in kinds:
        current = current.parent
    return current


# -- const without an initialiser -------------------------------------------------------------------
def _const_without_value(data: bytes, path: str, node: tree_sitter.Node, line: int) -> list[Candidate]:
    keyword = node.children[0] if node.children else None
    if keyword is None or keyword.type != "const" or _in_head_or_ambient(node):
        return []
    declarators = [c for c in node.children if c.type == "variable_declarator"]
    bare = [d for d in declarators if d.child_by_field_name("value") is None]
    if not bare or any(d.child_by_field_name("name").type != "identifier" for d in bare):
        return []
    names = ", ".join(f"'{node_text(d.child_by_field_name('name'))}'" for d in bare)
    return [Candidate(path, replace_span(data, keyword.start_byte, keyword.end_byte, "let"), line,
                      f"declare {names} with let: a const must be given its value where it is declared")]  # fmt: skip


def _in_head_or_ambient(node: tree_sitter.Node) -> bool:
    """`for (const x of xs)` and TypeScript's `declare const x: T;` need no initialiser."""
    current = node.parent
    while current is not None:
        if current.type in ("for_in_statement", "ambient_declaration"):
            return True
        current = current.parent
    return False


# -- 'use strict' in a function with a non-simple parameter list ------------------------------------
DIRECTIVE = re.compile(r"""^(['"])use strict\1$""")
MODULE_STATEMENTS = ("import_statement", "export_statement")


def _illegal_directive(data: bytes, path: str, node: tree_sitter.Node, line: int) -> list[Candidate]:
    if not node.named_children or not DIRECTIVE.match(node_text(node.named_children[0])):
        return []
    body = node.parent
    function = body.parent if body is not None else None
    if body is None or body.type != "statement_block" or function is None or function.type not in FUNCTIONS:
        return []
    prologue = [c for c in body.named_children if c.type != "comment"]
    if not prologue or prologue[0] != node:
        return []
    parameters = function.child_by_field_name("parameters")
    if parameters is None or all(_simple(p) for p in parameters.named_children if p.type != "comment"):
        return []
    start = data.rfind(b"\n", 0, node.start_byte) + 1
    end = data.find(b"\n", node.end_byte)
    end = len(data) if end < 0 else end + 1
    if data[start : node.start_byte].strip() or data[node.end_byte : end].strip():
        start, end = node.start_byte, node.end_byte
    dropped = (data[:start] + data[end:]).decode("utf-8", errors="surrogateescape")
    # Reported at the directive's line, the one the edit changes.
    line = node.start_point.row + 1
    root = _root(node)
    if _strict_already(root, function, path):
        return [
            Candidate(path, dropped, line, "drop the function's 'use strict': its code is strict already")
        ]
    if _other_functions(root, function):
        # The file's prologue makes every function of the script strict: another function's `this`
        # (undefined, not the global object), its `arguments` (no longer aliasing the parameters) and
        # its silent failures (now throws) change meaning where no directive asked for it.
        return [Candidate(path, dropped, line, "drop the function's 'use strict' directive")]
    directive = node_text(node).rstrip(";") + ";\n"
    at = data.find(b"\n") + 1 if data.startswith(b"#!") else 0
    moved = (data[:at] + directive.encode() + data[at:start] + data[end:]).decode(
        "utf-8", errors="surrogateescape"
    )
    return [
        Candidate(
            path, moved, line, "move 'use strict' to the top of the file, where a default parameter allows it"
        ),
        Candidate(path, dropped, line, "drop the function's 'use strict' directive"),
    ]


def _other_functions(root: tree_sitter.Node, function: tree_sitter.Node) -> bool:
    """Whether the file has a function other than `function` and those inside it (an enclosing one too)."""
    inside = (function.start_byte, function.end_byte)
    return any(
        n.type in FUNCTIONS and not (inside[0] <= n.start_byte and n.end_byte <= inside[1])
        for n in walk(root)
    )


def _simple(parameter: tree_sitter.Node) -> bool:
    """A plain name (TypeScript: with a type, without a default): IsSimpleParameterList's one form."""
    if parameter.type == "identifier":
        return True
    if parameter.type == "required_parameter" and parameter.child_by_field_name("value") is None:
        pattern = parameter.child_by_field_name("pattern")
        return pattern is not None and pattern.type == "identifier"
    return False


def _strict_already(root: tree_sitter.Node, function: tree_sitter.Node, path: str) -> bool:
    """The program's prologue holds 'use strict', the file is an ES module, or a class holds `function`."""
    if path.endswith((".mjs", ".mts")) or any(c.type in MODULE_STATEMENTS for c in root.named_children):
        return True
    for statement in root.named_children:
        if statement.type == "comment":
            continue
        if statement.type != "expression_statement" or not statement.named_children:
            break
        if statement.named_children[0].type != "string":
            break
        if DIRECTIVE.match(node_text(statement.named_children[0])):
            return True
    ancestor = function.parent
    while ancestor is not None:
        if ancestor.type in ("class_body", "class", "class_declaration"):
            return True
        ancestor = ancestor.parent
    return False
