"""B904 (flake8-bugbear's raise-without-from-inside-except): chain the raise explicitly.

Inside an `except` clause, `raise Error(...)` without `from` makes Python print the handled
exception as "During handling of the above exception, another exception occurred", as though
the new error were a bug of the handler. PEP 3134 gives the two explicit forms: `from err` (the
handled exception is the cause) and `from None` (it is an implementation detail, suppressed).
ruff has no fix for B904, and which form is meant is the author's decision, so both are offered
and the module's own habit ranks them: the form its other handlers' raises already use comes
first (a fix by analogy with the code around it, as Prophet and ssFix rank repairs by code that
resembles them: Long and Rinard, POPL 2016; Xin and Reiss, ASE 2017); with no such habit,
`from err` first when the handler binds the exception (the cause is at hand; ruff's own wording
names it first), else `from None`, then `from err` with the handler naming it `err` (or `exc`,
`error`, `cause`: the first name the module does not use).
"""

from __future__ import annotations

import ast

from healer.engine.fixers.lineedit import split_lines


def _parse(source: str) -> ast.Module | None:
    try:
        return ast.parse(source)
    except (SyntaxError, ValueError):
        return None


def _handler_of(tree: ast.Module, line: int) -> tuple[ast.ExceptHandler, ast.Raise] | None:
    """The innermost except clause holding an unchained `raise X` that starts on `line`."""
    found = None
    for handler in ast.walk(tree):
        if not isinstance(handler, ast.ExceptHandler):
            continue
        for node in ast.walk(handler):
            if (
                isinstance(node, ast.Raise)
                and node.lineno == line
                and node.exc is not None
                and node.cause is None
                and (found is None or handler.lineno >= found[0].lineno)
            ):
                found = (handler, node)
    return found


def _module_habit(tree: ast.Module) -> str:
    """ "none" or "name": how the module's chained raises inside handlers mostly read ("" if none)."""
    none = named = 0
    for handler in ast.walk(tree):
        if not isinstance(handler, ast.ExceptHandler):
            continue
        for node in ast.walk(handler):
            if isinstance(node, ast.Raise) and node.cause is not None:
                if isinstance(node.cause, ast.Constant) and node.cause.value is None:
                    none += 1
                else:
                    named += 1
    if none == named:
        return ""
    return "none" if none > named else "name"


def _insert(lines: list[str], line: int, column: int, text: str) -> str:
    edited = list(lines)
    target = edited[line - 1]
    # Columns of the ast are UTF-8 byte offsets.
    raw = target.encode("utf-8")
    edited[line - 1] = (raw[:column] + text.encode("utf-8") + raw[column:]).decode("utf-8")
    return "".join(edited)


def _bind(lines: list[str], handler: ast.ExceptHandler, name: str) -> list[str] | None:
    """The lines with `except X:` on the handler's line written `except X as name:`."""
    if handler.type is None or handler.type.end_lineno != handler.lineno:
        return None
    edited = list(lines)
    target = edited[handler.lineno - 1].encode("utf-8")
    end = handler.type.end_col_offset or 0
    edited[handler.lineno - 1] = (target[:end] + f" as {name}".encode() + target[end:]).decode("utf-8")
    return edited


# Names for the handled exception, the first one the module does not use already taken.
_BOUND_NAMES = ("err", "exc", "error", "cause")


def _fresh_name(tree: ast.Module) -> str | None:
    """A name for `except X as name:` that no name, argument, import or definition of the module
    uses: binding one in use would change what the handler reads, and Python unbinds the name
    when the clause ends, so a later read of it would fail (round 51's review)."""
    used: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            used.add(node.id)
        elif isinstance(node, ast.arg):
            used.add(node.arg)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.ExceptHandler)):
            used.add(node.name or "")
        elif isinstance(node, ast.alias):
            used.add((node.asname or node.name).partition(".")[0])
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            used.update(node.names)
    return next((name for name in _BOUND_NAMES if name not in used), None)


def raise_chaining_repairs(source: str, line: int) -> list[tuple[str, str]]:
    """(source, description) with the raise on `line` chained `from None` or `from <the handled
    exception>`, in the module's order (see the module's docstring); [] when it is not B904's."""
    tree = _parse(source)
    if tree is None:
        return []
    found = _handler_of(tree, line)
    if found is None:
        return []
    handler, node = found
    # The statement's end, not the exception's: `raise (Error(x))` ends after its parenthesis,
    # which the expression's own position leaves out (round 51's review).
    exc = node
    if exc.end_lineno is None or exc.end_col_offset is None:
        return []
    # lines as Python counts them: str.splitlines would also break at \x0c and shift the ast's numbers
    lines = split_lines(source)
    none = (_insert(lines, exc.end_lineno, exc.end_col_offset, " from None"), "raise it from None")
    if handler.name:
        named = (
            _insert(lines, exc.end_lineno, exc.end_col_offset, f" from {handler.name}"),
            f"raise it from {handler.name}, the exception being handled",
        )
    else:
        fresh = _fresh_name(tree)
        bound = _bind(lines, handler, fresh) if fresh else None
        named = (
            (
                _insert(bound, exc.end_lineno, exc.end_col_offset, f" from {fresh}"),
                f"raise it from the exception being handled (as {fresh})",
            )
            if bound is not None
            else None
        )
    habit = _module_habit(tree)
    none_first = habit == "none" or (not habit and not handler.name)
    ordered = [none, named] if none_first else [named, none]
    return [repair for repair in ordered if repair is not None]
