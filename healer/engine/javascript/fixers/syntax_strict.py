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
- A `const` without an initialiser (14.3.1.1: "It is a Syntax Error if Initializer is not present
  and IsConstantDeclaration ... is true"; V8: "Missing initializer in const declaration"): the
  binding was meant to be assigned later, so it is declared with `let`.
"""

from __future__ import annotations

import re

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, replace_nodes, replace_span
from healer.engine.javascript.syntax import FUNCTION_TYPES as FUNCTIONS
from healer.engine.javascript.syntax import node_text

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
