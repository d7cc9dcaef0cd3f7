"""LINTING templates (round 47, npm21) for two ESLint rules that give neither a fix nor a suggestion, each
edit written from what the rule's source in ESLint's own `lib/rules` says it checks. Registered in
lint_problems.TEMPLATES.

- no-new-wrappers: `new String(x)` / `new Number(x)` / `new Boolean(x)` build a wrapper object; the rule
  (which reports the `new` expression whose callee is the global String, Number or Boolean) wants the
  primitive, which the same constructor called as a function returns (ECMAScript 22.1.1.1, 21.1.1.1,
  20.3.1.1): `String(x)`. Not when the file declares the name itself (ESLint reports globals only).
- consistent-return: a function some of whose `return`s give a value and some not. The rule counts a
  `return` as giving a value when it has an argument; with its default options
  (`treatUndefinedAsUnspecified: false`) `return undefined;` has one, and returns exactly what the bare
  `return;` did, so every bare `return;` of the reported function (not of functions nested in it)
  becomes `return undefined;`, the behaviour kept; then `return null;` (the usual "nothing" of a
  function that returns objects), which the tests judge. "Expected to return a value at the end of
  ..." (a function that falls off its end): `return undefined;` as its last statement, then `null`.
"""

from __future__ import annotations

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, replace_nodes, replace_span
from healer.engine.javascript.lint import EslintMessage, utf16_index
from healer.engine.javascript.syntax import encode, node_text, parse, walk

WRAPPERS = ("String", "Number", "Boolean")
FUNCTIONS = (
    "function_declaration", "function_expression", "function", "arrow_function", "method_definition",
    "generator_function_declaration", "generator_function",
)  # fmt: skip
DECLARING = ("variable_declarator", "function_declaration", "class_declaration", "import_specifier",
             "namespace_import", "import_clause", "formal_parameters")  # fmt: skip
# Bare returns rewritten in one function at most (a generated file could hold thousands).
MAX_RETURNS = 64


def _at(
    root: tree_sitter.Node, data: bytes, message: EslintMessage, types: tuple[str, ...]
) -> tree_sitter.Node | None:
    """The innermost node of `types` holding the finding's start (a pruned descent: linear in depth).
    ESLint's column counts UTF-16 units, tree-sitter's bytes: converted on the finding's line, or
    `new String(x)` after a non-ASCII character on its line was never found (review, round 47)."""
    point = (message.line - 1, _byte_column(data, message.line, max(message.column - 1, 0)))
    found, node = None, root
    while True:
        inner = next((c for c in node.named_children if c.start_point <= point < c.end_point), None)
        if inner is None:
            return found
        if inner.type in types:
            found = inner
        node = inner


def finding_point(data: bytes, message: EslintMessage) -> tuple[int, int]:
    """The finding's start as tree-sitter's (row, byte column): ESLint counts UTF-16 units (round 48:
    every LINTING template reads its finding through this, not only `_at`)."""
    return (message.line - 1, _byte_column(data, message.line, max(message.column - 1, 0)))


def _byte_column(data: bytes, line: int, units: int) -> int:
    """The byte column of the UTF-16 column `units` on (1-based) `line` (tree-sitter's rows end at `\n`)."""
    start = 0
    for _ in range(line - 1):
        start = data.find(b"\n", start) + 1
        if start == 0:
            return units
    end = data.find(b"\n", start)
    text = data[start : end if end >= 0 else len(data)].decode("utf-8", errors="surrogateescape")
    index = utf16_index(text, units)
    return units if index is None else len(encode(text[:index]))


def _declares(root: tree_sitter.Node, name: str) -> bool:
    """The file binds `name` itself (then `new name(...)` is not the global wrapper)."""
    for node in walk(root):
        if node.type in ("identifier", "shorthand_property_identifier_pattern") and node_text(node) == name:
            parent = node.parent
            if (
                parent is not None
                and parent.type in DECLARING
                and node.type == "identifier"
                and (parent.type != "variable_declarator" or parent.child_by_field_name("name") == node)
            ):
                return True
            if node.type == "shorthand_property_identifier_pattern":
                return True
    return False


# -- no-new-wrappers -------------------------------------------------------------------------------
def new_wrappers(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    tree = parse(text, path)
    if tree is None or message.line < 1:
        return []
    made = _at(tree.root_node, encode(text), message, ("new_expression",))
    if made is None:
        return []
    callee = made.child_by_field_name("constructor")
    if callee is None or callee.type != "identifier" or node_text(callee) not in WRAPPERS:
        return []
    name = node_text(callee)
    if _declares(tree.root_node, name):
        return []
    arguments = made.child_by_field_name("arguments")
    written = node_text(arguments) if arguments is not None else "()"
    data = encode(text)
    return [Candidate(path, replace_span(data, made.start_byte, made.end_byte, f"{name}{written}"), message.line,
                      f"call {name} as a function, which gives the primitive, not a wrapper object")]  # fmt: skip


# -- consistent-return -----------------------------------------------------------------------------
def _own_returns(function: tree_sitter.Node) -> list[tree_sitter.Node]:
    """The function's `return` statements, not those of the functions (or classes) nested in it."""
    body = function.child_by_field_name("body")
    if body is None:
        return []
    found, stack = [], [body]
    while stack:
        node = stack.pop()
        if node.type == "return_statement":
            found.append(node)
            continue
        stack.extend(c for c in node.named_children if c.type not in FUNCTIONS and c.type != "class_body")
    return sorted(found, key=lambda n: n.start_byte)


def consistent_return(text: str, path: str, message: EslintMessage) -> list[Candidate]:
    tree = parse(text, path)
    if tree is None or message.line < 1:
        return []
    function = _at(tree.root_node, encode(text), message, FUNCTIONS)
    if function is None:
        return []
    data = encode(text)
    returns = _own_returns(function)
    bare = [r for r in returns if not r.named_children or all(c.type == "comment" for c in r.named_children)]
    found = []
    if bare and len(bare) < len(returns) and len(bare) <= MAX_RETURNS:
        for value in ("undefined", "null"):
            new = replace_nodes(data, {r: f"return {value};" for r in bare})
            found.append(Candidate(path, new, message.line,
                                   f"return {value} where the function returned nothing: every path returns a value"))  # fmt: skip
        return found
    if "at the end of" in message.message and returns and not bare:
        body = function.child_by_field_name("body")
        if body is None or body.type != "statement_block" or not body.named_children:
            return []
        last = body.named_children[-1]
        start = data.rfind(b"\n", 0, last.start_byte) + 1
        head = data[start : last.start_byte].decode("utf-8", errors="surrogateescape")
        indent = head[: len(head) - len(head.lstrip())] if not head.strip() else ""
        for value in ("undefined", "null"):
            new = replace_span(data, last.end_byte, last.end_byte, f"\n{indent}return {value};")
            found.append(Candidate(path, new, message.line,
                                   f"return {value} at the end: every path returns a value"))  # fmt: skip
    return found
