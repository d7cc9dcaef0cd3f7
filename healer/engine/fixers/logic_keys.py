"""Lines that store under a string key the suspicious lines read: field-sensitive def-use through a dict.

`frozenset(table[code]['names'])` on a failing line reads what some other statement stored under
`'names'`: `entry['names'] = {name}` or `{'names': set([name]), ...}`. When the table is built at
import time (once, before any test), no test's coverage tells its builder's lines apart, and the value
tracer follows names, not keys. The stores under the same constant key are the reaching definitions of
that read (field-sensitive data flow, as in dynamic-slicing localisation, Zhang, Gupta & Gupta, ICSE
2006, and PyTER's value origins, FSE 2022); they join the targets at the weight of a data target's
direct read, among the spectrum's best lines rather than ahead of them.
"""

from __future__ import annotations

import ast

from healer.engine.fixers.base import RepairContext
from healer.engine.types import Failure

MAX_READING_LINES = 10  # the localiser's best lines only: a key read everywhere is no evidence
MAX_STORES_PER_KEY = 3  # more: a generic key ('name', 'type') every record has
MAX_KEY_LINES = 8


def _parse(ctx: RepairContext, file: str) -> ast.Module | None:
    try:
        return ast.parse(ctx.source(file))
    except (OSError, SyntaxError, ValueError):
        return None


def read_keys(tree: ast.Module, line: int) -> set[str]:
    """The constant string keys the line subscripts to read (`x['k']`, `x.get('k')`)."""
    keys = set()
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) != line:
            continue
        if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load):
            key = node.slice
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get":
            key = node.args[0] if node.args else None
        else:
            continue
        if isinstance(key, ast.Constant) and isinstance(key.value, str) and key.value:
            keys.add(key.value)
    return keys


IN_PLACE_METHODS = frozenset({"add", "append", "extend", "update", "insert", "setdefault"})


def store_lines(tree: ast.Module, key: str) -> set[int]:
    """Lines that store under `key`: a subscript assignment, an in-place update of it, a dict entry."""
    updated = {
        id(node.func.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Subscript)
        and node.func.attr in IN_PLACE_METHODS
    }
    found = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Subscript)
            and isinstance(node.slice, ast.Constant)
            and node.slice.value == key
        ):
            if isinstance(node.ctx, ast.Store) or id(node) in updated:
                found.add(node.lineno)
        elif isinstance(node, ast.Dict):
            found |= {k.lineno for k in node.keys if isinstance(k, ast.Constant) and k.value == key}
    return found


def key_targets(failure: Failure, ctx: RepairContext) -> set[tuple[str, int]]:
    """(file, line) of the stores under the keys the best-ranked lines read, if few."""
    del failure  # the spectrum's best lines are the evidence, whatever the failure says
    ranked = [(f, ln) for f, ln, s in ctx.suspicious if s > 0 and not ctx.is_test_file(f)][:MAX_READING_LINES]
    trees: dict[str, ast.Module | None] = {}
    keys: set[str] = set()
    for file, line in ranked:
        if file not in trees:
            trees[file] = _parse(ctx, file) if file.endswith(".py") else None
        tree = trees[file]
        keys |= read_keys(tree, line) if tree is not None else set()
    if not keys:
        return set()
    found: set[tuple[str, int]] = set()
    for file in ctx.source_files:
        if not file.endswith(".py") or ctx.is_test_file(file):
            continue
        text = ctx.source(file)
        if not any(repr(key) in text or f'"{key}"' in text for key in keys):
            continue
        tree = _parse(ctx, file)
        if tree is None:
            continue
        for key in sorted(keys):
            lines = store_lines(tree, key)
            if len(lines) <= MAX_STORES_PER_KEY:
                found |= {(file, line) for line in lines}
    return found if len(found) <= MAX_KEY_LINES else set()


__all__ = ["key_targets", "read_keys", "store_lines"]
