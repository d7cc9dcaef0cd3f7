"""LINTING F822: a name listed in `__all__` that the module does not bind.

`__all__` is the module's list of public names (the language reference, "The import statement":
`from m import *` binds exactly those). A listed name the module never binds is a lint finding
(pyflakes' F822); it stops nothing until some code star-imports the module, where it raises
AttributeError. It is LINTING (docs/ARCHITECTURE.md's classification: only F821, a name read at run
time, is IMPORT). ruff has no fix for it. The repairs edit only the string in `__all__`:
- the entry re-spelt as the nearest name the module binds at its top level (the import search's
  normalised spelling distance: case, separators, plural, Damerau-Levenshtein), the way a renamed
  or misspelt class is listed (`'InvalidOperations'` for the class `InvalidOperation`);
- the entry dropped (a name the module no longer defines), last.
"""

from __future__ import annotations

import ast
import re

from healer.engine.fixers.import_search import nearest
from healer.engine.fixers.lineedit import split_lines

F822_RE = re.compile(r"Undefined name `([^`]+)` in `__all__`")
MAX_NAMES = 3


def export_repairs(source: str, line: int, name: str) -> list[tuple[str, str]]:
    """(new source, description) for `name` listed in `__all__` at `line` but bound nowhere."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError):
        return []
    entry = _entry(tree, line, name)
    if entry is None:
        return []
    node, listing = entry
    bound = _bound(tree) - {name}
    listed = {e.value for e in listing.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)}
    # Split where the tokenizer splits (a form feed or U+2028 in a comment ends no line for ast).
    lines = split_lines(source)
    found: list[tuple[str, str]] = []
    for option in [o for o in nearest(name, bound) if o not in listed][:MAX_NAMES]:
        new = _replace_constant(lines, node, repr_like(node, lines, option))
        if new is not None:
            found.append((new, f"list the name the module defines: '{option}' for '{name}' in __all__"))
    dropped = _drop(lines, node, listing)
    if dropped is not None:
        found.append((dropped, f"drop '{name}' from __all__: the module does not define it"))
    return found


def _entry(tree: ast.Module, line: int, name: str) -> tuple[ast.Constant, ast.List | ast.Tuple] | None:
    for statement in tree.body:
        if _binds_all(statement):
            value = statement.value
            if not isinstance(value, (ast.List, ast.Tuple)):
                continue
            for element in value.elts:
                if (
                    isinstance(element, ast.Constant)
                    and element.value == name
                    and (
                        element.lineno <= line <= (element.end_lineno or element.lineno)
                        or statement.lineno == line
                    )
                ):
                    return element, value
    return None


def _binds_all(statement: ast.stmt) -> bool:
    if not isinstance(statement, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
        return False
    targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
    return any(isinstance(t, ast.Name) and t.id == "__all__" for t in targets)


def _bound(tree: ast.Module) -> set[str]:
    """The names the module binds at its top level (definitions, assignments, imports, loops, ...),
    not those bound inside its functions and classes."""
    found: set[str] = set()
    pending: list[ast.AST] = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            found.add(node.name)
            continue  # its body binds its own names
        if isinstance(node, ast.Lambda):
            continue
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            found.add(node.id)
        elif isinstance(node, ast.alias) and node.name != "*":
            found.add(node.asname or node.name.split(".")[0])
        pending.extend(ast.iter_child_nodes(node))
    return found


def repr_like(node: ast.Constant, lines: list[str], value: str) -> str:
    """`value` quoted as the entry it replaces was (its quote character)."""
    text = _segment(lines, node)
    quote = text[0] if text and text[0] in "'\"" else "'"
    return f"{quote}{value}{quote}"


def _segment(lines: list[str], node: ast.AST) -> str:
    if node.lineno != node.end_lineno:
        return ""
    return lines[node.lineno - 1].encode()[node.col_offset : node.end_col_offset].decode(errors="replace")


def _replace_constant(lines: list[str], node: ast.Constant, text: str) -> str | None:
    if node.lineno != node.end_lineno or node.end_col_offset is None:
        return None
    raw = lines[node.lineno - 1].encode()
    new_line = (raw[: node.col_offset] + text.encode() + raw[node.end_col_offset :]).decode()
    return "".join(lines[: node.lineno - 1]) + new_line + "".join(lines[node.lineno :])


def _drop(lines: list[str], node: ast.Constant, listing: ast.List | ast.Tuple) -> str | None:
    """The entry and its comma removed (on its line)."""
    if node.lineno != node.end_lineno or node.end_col_offset is None or len(listing.elts) < 2:
        return None
    raw = lines[node.lineno - 1].encode()
    start, end = node.col_offset, node.end_col_offset
    after = raw[end:]
    stripped = after.lstrip(b" ")
    if stripped.startswith(b","):
        end += len(after) - len(stripped) + 1
        end += len(raw[end:]) - len(raw[end:].lstrip(b" ")) if raw[end:].strip() else 0
    else:
        before = raw[:start].rstrip(b" ")
        if before.endswith(b","):
            start = len(before) - 1
    new_line = (raw[:start] + raw[end:]).decode()
    if not new_line.strip():
        dropped = "".join(lines[: node.lineno - 1]) + "".join(lines[node.lineno :])
    else:
        dropped = "".join(lines[: node.lineno - 1]) + new_line + "".join(lines[node.lineno :])
    if isinstance(listing, ast.Tuple) and len(listing.elts) == 2:
        return _one_tuple(dropped)
    return dropped


def _one_tuple(text: str) -> str | None:
    """A pair tuple less one entry keeps its comma: `("Foo")` is the string 'Foo', which a
    star-import reads letter by letter; `("Foo",)` is the tuple it was."""
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError):
        return None
    lines = split_lines(text)
    for statement in tree.body:
        value = getattr(statement, "value", None)
        if not (_binds_all(statement) and isinstance(value, ast.Constant) and isinstance(value.value, str)):
            continue
        if value.end_lineno is None or value.end_col_offset is None:
            return None
        raw = lines[value.end_lineno - 1].encode()
        new_line = (raw[: value.end_col_offset] + b"," + raw[value.end_col_offset :]).decode()
        return "".join(lines[: value.end_lineno - 1]) + new_line + "".join(lines[value.end_lineno :])
    return text
