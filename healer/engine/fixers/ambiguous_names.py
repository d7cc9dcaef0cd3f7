"""E741 (pycodestyle: a variable named `l`, `O` or `I`, easily misread as 1 or 0; ruff has no fix).

The variable is renamed consistently inside the scope that binds it: a comprehension for its loop
variable, else the function around it. A consistent rename to a name that scope never uses is an
alpha-conversion, so the behaviour is unchanged (the rule is about reading, not semantics).
Parameters are left alone (a caller may pass them by keyword), except a lambda's (a lambda has no
name to be called by, so its callers pass positionally: a `key=`, a callback), as are names bound at module or
class level (other modules may read them) and names a `global`/`nonlocal` statement shares.
The new name comes from what the variable iterates over (`for l in lines` -> `line`), else a
neutral one (`item`, `value`), never one the module already uses or a builtin. A lambda's
parameter takes first the name that an alpha-equivalent lambda of the module gives it (the same
body written elsewhere with another parameter name: `key=lambda obj: obj['x']` beside
`key=lambda l: l['x']`), then the module's other lambdas' parameter names, then the neutral ones;
names its body already reads are excluded.
"""

from __future__ import annotations

import ast
import builtins
from collections.abc import Iterable

from healer.engine.fixers.lineedit import parameters, split_lines

AMBIGUOUS = frozenset({"l", "O", "I"})
COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
MAX_NAMES = 2


def ambiguous_name_repairs(source: str, line: int, name: str) -> list[tuple[str, str]]:
    """(new source, description): `name`, bound on `line`, renamed throughout its scope."""
    if name not in AMBIGUOUS:
        return []
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError, RecursionError):
        return []
    lambdas = _lambdas_binding(tree, line, name)
    if lambdas:
        return _lambda_repairs(source, tree, lambdas[-1], name)
    scope, loop_source = _scope(tree, line, name)
    if scope is None or _shared(scope, name) or _is_parameter(scope, name):
        return []
    taken = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    taken |= {a.arg for a in ast.walk(tree) if isinstance(a, ast.arg)}
    taken |= set(dir(builtins))
    found: list[tuple[str, str]] = []
    for new_name in [n for n in _names(loop_source) if n not in taken][:MAX_NAMES]:
        new = _renamed(source, scope, name, new_name)
        if new is not None:
            found.append((new, f"rename the ambiguous variable {name} to {new_name}"))
    return found


def _scope(tree: ast.Module, line: int, name: str) -> tuple[ast.AST | None, ast.expr | None]:
    """The innermost comprehension or function binding `name` on `line`, and the iterable the
    binding loops over (None when it is not a loop variable)."""
    best: tuple[ast.AST | None, ast.expr | None] = (None, None)
    for node in ast.walk(tree):
        if isinstance(node, COMPREHENSIONS):
            for generator in node.generators:
                if generator.target.lineno == line and _binds(generator.target, name):
                    best = _inner(best, (node, generator.iter))
        elif isinstance(node, FUNCTIONS) and node.lineno <= line <= (node.end_lineno or node.lineno):
            for child in ast.walk(node):
                if _stores(child, name) and child.lineno == line:
                    best = _inner(best, (node, _loop_iter(node, child)))
                    break
    return best


def _inner(
    old: tuple[ast.AST | None, ast.expr | None], new: tuple[ast.AST, ast.expr | None]
) -> tuple[ast.AST | None, ast.expr | None]:
    """The nested of two scopes (a later start inside an earlier one)."""
    if old[0] is None or getattr(new[0], "lineno", 0) >= getattr(old[0], "lineno", 0):
        return new
    return old


def _stores(node: ast.AST, name: str) -> bool:
    return isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Store)


def _binds(target: ast.expr, name: str) -> bool:
    return any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(target))


def _loop_iter(scope: ast.AST, name_node: ast.AST) -> ast.expr | None:
    for node in ast.walk(scope):
        if isinstance(node, ast.For | ast.AsyncFor) and any(n is name_node for n in ast.walk(node.target)):
            return node.iter
    return None


def _shared(scope: ast.AST, name: str) -> bool:
    return any(isinstance(n, ast.Global | ast.Nonlocal) and name in n.names for n in ast.walk(scope))


def _is_parameter(scope: ast.AST, name: str) -> bool:
    return any(isinstance(a, ast.arg) and a.arg == name for a in ast.walk(scope))


def _names(iterable: ast.expr | None) -> list[str]:
    """`line` for `lines`, `entry` for `entries`, then the neutral names."""
    words = []
    last = None
    if isinstance(iterable, ast.Name):
        last = iterable.id
    elif isinstance(iterable, ast.Attribute):
        last = iterable.attr
    if last and len(last) > 3 and last.endswith("ies"):
        words.append(last[:-3] + "y")
    elif last and len(last) > 2 and last.endswith("s") and not last.endswith("ss"):
        words.append(last[:-1])
    words += ["item", "value"] if iterable is not None else ["value", "item"]
    return [w for w in dict.fromkeys(words) if w.isidentifier()]


def _renamed(source: str, scope: ast.AST, old: str, new: str) -> str | None:
    return _renamed_nodes(source, (n for n in ast.walk(scope) if isinstance(n, ast.Name)), old, new)


def _renamed_nodes(source: str, nodes: Iterable[ast.AST], old: str, new: str) -> str | None:
    """`source` with each Name or parameter `old` among `nodes` written `new`; None when one's text
    is not `old` where ast puts it. Lines are counted as ast counts them (split_lines: a form feed
    ends no line), columns in UTF-8 bytes."""
    offsets = [0]
    for text in split_lines(source):
        offsets.append(offsets[-1] + len(text.encode()))
    spots = sorted(
        (offsets[n.lineno - 1] + n.col_offset, offsets[n.lineno - 1] + (n.end_col_offset or 0))
        for n in nodes
        if (isinstance(n, ast.Name) and n.id == old) or (isinstance(n, ast.arg) and n.arg == old)
        if n.end_lineno == n.lineno
    )
    data = source.encode()
    for start, end in reversed(spots):
        if data[start:end] != old.encode():
            return None
        data = data[:start] + new.encode() + data[end:]
    return data.decode()


def _lambdas_binding(tree: ast.Module, line: int, name: str) -> list[ast.Lambda]:
    """The lambdas whose parameter `name` is written on `line`, outermost first."""
    found = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Lambda) and any(a.arg == name and a.lineno == line for a in parameters(node))
    ]
    return sorted(found, key=lambda node: (node.lineno, node.col_offset))


def _shape(node: ast.Lambda, name: str) -> str | None:
    """The lambda's text with the parameter `name` written as a placeholder (alpha-equivalence);
    None for a body too deep for ast.unparse (it recurses in Python: a sum of a few hundred terms)."""
    try:
        copy = ast.parse(ast.unparse(node), mode="eval").body
        for child in ast.walk(copy):
            if isinstance(child, ast.Name) and child.id == name:
                child.id = "_\u03b1"
            elif isinstance(child, ast.arg) and child.arg == name:
                child.arg = "_\u03b1"
        return ast.unparse(copy)
    except (SyntaxError, ValueError, RecursionError):
        return None


def _named_lambda(tree: ast.Module, node: ast.Lambda) -> bool:
    """Whether the lambda is bound to a name or attribute (`f = lambda l: ...`), which callers,
    here or in other modules, may call with the parameter by keyword."""
    return any(
        isinstance(n, ast.Assign | ast.AnnAssign | ast.NamedExpr) and n.value is node for n in ast.walk(tree)
    )


def _lambda_repairs(source: str, tree: ast.Module, node: ast.Lambda, name: str) -> list[tuple[str, str]]:
    """The lambda's parameter `name` renamed in the lambda, with the names above ranked."""
    if any(isinstance(n, ast.Lambda) and n is not node for n in ast.walk(node.body)):
        return []  # a nested lambda may shadow or read the name: not renamed by text
    if any(a.arg == name for a in node.args.kwonlyargs):
        return []  # `lambda *, l: ...`: a keyword-only parameter is passed by its name, by whoever calls
    if _named_lambda(tree, node) or any(isinstance(k, ast.keyword) and k.arg == name for k in ast.walk(tree)):
        return []  # `f = lambda l: ...` has a name to be called by, and `f(l=1)` passes the parameter by it
    reads = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
    reads |= {a.arg for a in parameters(node)}
    shape = _shape(node, name)
    analogous: list[str] = []
    others: list[str] = []
    for other in ast.walk(tree):
        if not isinstance(other, ast.Lambda) or other is node:
            continue
        params = [a.arg for a in parameters(other)]
        position = [a.arg for a in parameters(node)].index(name)
        if len(params) != len(parameters(node)):
            continue
        candidate = params[position]
        if shape is not None and _shape(other, candidate) == shape:
            analogous.append(candidate)
        else:
            others.append(candidate)
    ranked = [*analogous, *sorted(set(others), key=others.count, reverse=True), *_names(None)]
    names = [n for n in dict.fromkeys(ranked) if n not in AMBIGUOUS and n not in reads and n.isidentifier()]
    names = [n for n in names if n not in dir(builtins) and len(n) > 1][:MAX_NAMES]
    found: list[tuple[str, str]] = []
    for new_name in names:
        new = _renamed_lambda(source, node, name, new_name)
        if new is not None:
            found.append((new, f"rename the lambda's ambiguous parameter {name} to {new_name}"))
    return found


def _renamed_lambda(source: str, node: ast.Lambda, old: str, new: str) -> str | None:
    return _renamed_nodes(source, [*ast.walk(node.body), *parameters(node)], old, new)
