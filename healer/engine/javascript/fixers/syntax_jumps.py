"""Early errors of statements in the wrong place (ECMAScript's static semantics), which tree-sitter
accepts and every engine refuses when the module is parsed.

- `export default` takes an AssignmentExpression, a function or a class declaration (ECMAScript
  16.2.3, ExportDeclaration), never a `const`/`let`/`var` declaration: V8 says "Unexpected token
  'const'", esbuild "Unexpected const", tsc TS1109. The declaration is either exported by its name
  (`default` dropped: `export const SHEETS = {...}`) or declared and then exported as the default
  (`const SHEETS = {...}; export default SHEETS;`). Which one the project means is read from how the
  other modules import it: a named import of the declared name puts the named export first.
- `continue` and `break` with no enclosing loop (14.8.1 and 14.9.1 Early Errors: "Illegal continue
  statement: no surrounding iteration statement", esbuild's 'Cannot use "continue" here', TS1104/
  TS1105). Written inside a callback (`xs.forEach((x) => { if (!x) continue; ... })`), the body of a
  callback is a function, not a loop: what leaves this one element is `return`. A predicate's callback
  (`filter`, `some`, `find`...) returns the value that moves on to the next element: `false` (`every`:
  `true`). A `break` there has no exact equivalent (forEach cannot stop): `return` is the nearest edit
  that compiles, and the tests decide.
"""

from __future__ import annotations

from collections.abc import Iterable

import tree_sitter

from healer.engine.javascript.fixers.base import Candidate, replace_span
from healer.engine.javascript.syntax import node_text, parse, walk

DECLARATIONS = ("lexical_declaration", "variable_declaration")
LOOPS = ("for_statement", "for_in_statement", "while_statement", "do_statement")
FUNCTIONS = (
    "function_declaration", "function_expression", "function", "arrow_function", "method_definition",
    "generator_function", "generator_function_declaration", "class_body", "program",
)  # fmt: skip
# The value a callback of these Array methods returns to move on to the next element (`continue`).
PREDICATES = {
    "filter": "false", "some": "false", "find": "false", "findIndex": "false", "findLast": "false",
    "findLastIndex": "false", "every": "true",
}  # fmt: skip


def export_default_candidates(
    data: bytes, path: str, node: tree_sitter.Node, *, line: int, imported_names: Iterable[str] = ()
) -> list[Candidate]:
    """`export default const NAME = ...;`: the declaration exported by its name, or as the default."""
    if node.type != "export_statement" or not any(c.type == "default" for c in node.children):
        return []
    declaration = next((c for c in node.named_children if c.type in DECLARATIONS), None)
    keyword = next((c for c in node.children if c.type == "default"), None)
    if declaration is None or keyword is None:
        return []
    names = [
        node_text(d.child_by_field_name("name"))
        for d in declaration.named_children
        if d.type == "variable_declarator" and d.child_by_field_name("name") is not None
    ]
    if len(names) != 1 or not names[0].isidentifier():
        # A pattern or several declarators: nothing single to make the default.
        return []
    name = names[0]
    after = keyword.end_byte + len(data[keyword.end_byte :]) - len(data[keyword.end_byte :].lstrip(b" \t"))
    named = Candidate(path, replace_span(data, keyword.start_byte, after, ""), line,
                      f"export {name} by its name: export default cannot take a declaration")  # fmt: skip
    declared = node_text(declaration).rstrip()
    ending = "" if declared.endswith(";") else ";"
    as_default = Candidate(
        path,
        replace_span(data, node.start_byte, node.end_byte, f"{declared}{ending}\nexport default {name};"),
        line,
        f"declare {name}, then export it as the default: export default cannot take a declaration",
    )
    # A module that already has a default export keeps it: only the named export is valid then.
    others = [
        c for c in node.parent.named_children
        if c.start_byte != node.start_byte and c.type == "export_statement" and any(k.type == "default" for k in c.children)
    ] if node.parent is not None else []  # fmt: skip
    if others:
        return [named]
    return [named, as_default] if name in set(imported_names) else [as_default, named]


def jump_candidates(data: bytes, path: str, node: tree_sitter.Node, *, line: int) -> list[Candidate]:
    """`continue`/`break` with no loop (or, for `break`, no switch) between it and its function."""
    if node.type not in ("continue_statement", "break_statement"):
        return []
    if any(c.type == "statement_identifier" for c in node.children):
        # A labelled jump is checked against its label, a different early error.
        return []
    is_break = node.type == "break_statement"
    current = node.parent
    while current is not None and current.type not in FUNCTIONS:
        if current.type in LOOPS or (is_break and current.type == "switch_statement"):
            return []
        current = current.parent
    if current is None or current.type not in ("arrow_function", "function_expression", "function"):
        return []
    method = _called_method(current)
    value = PREDICATES.get(method, "") if not is_break else ""
    replacement = f"return {value};" if value else "return;"
    word = "break" if is_break else "continue"
    where = f"the {method} callback" if method else "the callback"
    return [
        Candidate(path, replace_span(data, node.start_byte, node.end_byte, replacement), line,
                  f"leave {where} with '{replacement}': '{word}' has no loop in a callback")
    ]  # fmt: skip


def _called_method(function: tree_sitter.Node) -> str:
    """The method a function is passed to as an argument (`xs.forEach(fn)` → forEach), or ''."""
    arguments = function.parent
    call = arguments.parent if arguments is not None and arguments.type == "arguments" else None
    if call is None or call.type != "call_expression":
        return ""
    callee = call.child_by_field_name("function")
    if callee is not None and callee.type == "member_expression":
        prop = callee.child_by_field_name("property")
        return node_text(prop) if prop is not None else ""
    return ""


def named_imports(sources: dict[str, str]) -> set[str]:
    """Every name some module imports or re-exports by name (`import { A }`, `export { A } from`)."""
    found: set[str] = set()
    for path, text in sources.items():
        tree = parse(text, path)
        if tree is None:
            continue
        for node in walk(tree.root_node):
            if node.type in ("import_specifier", "export_specifier"):
                name = node.child_by_field_name("name")
                if name is not None:
                    found.add(node_text(name))
    return found
