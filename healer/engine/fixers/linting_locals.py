"""Names read through `locals()`: what pyflakes cannot see, made explicit (F841 beside hacking's H501).

`"Error finding %(url)s: %(e)s" % locals()` reads `e` by its name at run time, so pyflakes (ruff's
F841) calls `except ... as e` unused while the format still needs it; removing the binding (ruff's
own fix) would raise KeyError on that path. OpenStack's hacking rule H501 ("do not use locals() for
string formatting") names the repair: the mapping written out, `% dict(url=url, e=e)`, or
`.format(**locals())` given its keywords. The names are the keys the format text asks for, in the
order it asks; each must be bound in the function (a parameter, an assignment, a loop or `except`
target), else `locals()` could not have held it either and no repair is made.
"""

from __future__ import annotations

import ast
import string

from healer.engine.fixers.lineedit import parameters, walk_own_scope
from healer.engine.fixers.percent_format import placeholders, replace_node


def _is_locals_call(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("locals", "vars")
        and not node.args
        and not node.keywords
    )


def function_at(tree: ast.Module, line: int) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    """The innermost function whose lines hold `line`."""
    functions = [
        f
        for f in ast.walk(tree)
        if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
        and f.lineno <= line <= (f.end_lineno or f.lineno)
    ]
    return max(functions, key=lambda f: f.lineno, default=None)


def _bound(function: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    # The function's own names: a nested function's or class's are in their own locals().
    names = {a.arg for a in parameters(function)}
    for node in walk_own_scope(function):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            names.add(node.name)
    return names


def _percent_keys(text: str) -> list[str] | None:
    spots = placeholders(text)
    if not spots or any(s.key is None and s.conversion != "%" for s in spots):
        return None
    return list(dict.fromkeys(s.key for s in spots if s.key is not None))


def _format_keys(text: str) -> list[str] | None:
    fields = _format_fields(text)
    if fields is None:
        return None
    names = [f.split(".")[0].split("[")[0] for f in fields]
    if not names or any(not n.isidentifier() for n in names):
        return None
    return list(dict.fromkeys(names))


def _format_fields(text: str, depth: int = 0) -> list[str] | None:
    """The fields of a `str.format` text, those nested in a spec (`{x:{width}}`) included, as
    str.format reads them (one level of nesting, as it allows)."""
    try:
        parts = [(f, spec) for _, f, spec, _ in string.Formatter().parse(text) if f is not None]
    except ValueError:
        return None
    fields: list[str] = []
    for field, spec in parts:
        fields.append(field)
        if spec and "{" in spec:
            nested = _format_fields(spec, depth + 1) if depth == 0 else None
            if nested is None:
                return None
            fields += nested
    return fields


def locals_reads(source: str, line: int) -> list[tuple[ast.Call, list[str], bool]]:
    """(the `locals()` call, the names the format reads through it, whether it is `.format(**...)`)
    for every format fed by `locals()` in the function around `line` (in the `except` clause
    when one binds its name on `line`)."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError):
        return []
    function = function_at(tree, line)
    if function is None:
        return []
    # An `except ... as e` bound on `line`: its name lives only in that handler's body.
    handlers = [
        h for h in ast.walk(function) if isinstance(h, ast.ExceptHandler) and h.lineno == line and h.name
    ]
    region: ast.AST = handlers[0] if handlers else function
    found: list[tuple[ast.Call, list[str], bool]] = []
    # The formats of that scope only: a nested function's `locals()` is its own.
    for node in walk_own_scope(region):
        if (
            isinstance(node, ast.BinOp)
            and isinstance(node.op, ast.Mod)
            and isinstance(node.left, ast.Constant)
            and isinstance(node.left.value, str)
            and _is_locals_call(node.right)
        ):
            keys = _percent_keys(node.left.value)
            if keys is not None:
                found.append((node.right, keys, False))
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"
            and isinstance(node.func.value, ast.Constant)
            and isinstance(node.func.value.value, str)
            and not node.args
            and len(node.keywords) == 1
            and node.keywords[0].arg is None
            and _is_locals_call(node.keywords[0].value)
        ):
            keys = _format_keys(node.func.value.value)
            if keys is not None:
                found.append((node, keys, True))
    bound = _bound(function)
    return [(call, keys, star) for call, keys, star in found if all(k in bound for k in keys)]


def read_through_locals(source: str, line: int, name: str) -> bool:
    """Whether the function around `line` reads `name` through a `locals()` format."""
    return any(name in keys for _, keys, _ in locals_reads(source, line))


def explicit_locals_repairs(source: str, line: int, name: str) -> list[tuple[str, str]]:
    """(new source, description): every `locals()` format of the function that reads `name`
    given its names explicitly (the last edited first, so earlier offsets stay valid)."""
    reads = sorted(
        ((call, keys, star) for call, keys, star in locals_reads(source, line) if name in keys),
        key=lambda item: (item[0].lineno, item[0].col_offset),
        reverse=True,
    )
    new: str | None = source
    for call, keys, star in reads:
        if new is None:
            return []
        explicit = ", ".join(f"{k}={k}" for k in keys)
        if star:
            func = ast.get_source_segment(source, call.func)
            new = replace_node(new, call, f"{func}({explicit})") if func else None
        else:
            new = replace_node(new, call, f"dict({explicit})")
    if not reads or new is None or new == source:
        return []
    return [(new, f"name the values the format reads from locals(): {', '.join(reads[-1][1])}")]
