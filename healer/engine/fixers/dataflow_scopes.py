"""Def-use questions over one scope of a Python AST, for the TypeError data-flow tracer (`dataflow.py`).

Each answers "where could this name's value have come from before this line": plain and annotated
assignments, unpacking, loops over a call or a variable, `name[...] = value` stores, `self.attr = value`
in a class, the argument a call passes for a parameter, and a parameter's default. Only the current
function's own scope is walked (nested functions, lambdas and classes have scopes of their own).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from healer.engine.fixers.lineedit import FUNCTIONS, SourceFile, called_name, function_at

ADDING_METHODS = {"append": 0, "add": 0, "insert": 1}  # method -> index of the item argument


def added_items(sf: SourceFile, node: ast.AST) -> list[ast.expr]:
    """The items a function adds to the empty list or set that `node` starts a variable with."""
    empty = (isinstance(node, (ast.List, ast.Set)) and not node.elts) or (
        isinstance(node, ast.Call) and called_name(node) in ("list", "set") and not node.args
    )
    parent = sf.parent(node)
    if not empty or not isinstance(parent, ast.Assign) or len(parent.targets) != 1:
        return []
    target = parent.targets[0]
    if not isinstance(target, ast.Name):
        return []
    scope = function_at(sf, node.lineno) or sf.tree
    items = []
    for call in scope_nodes(scope):
        if not (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and isinstance(call.func.value, ast.Name)
            and call.func.value.id == target.id
            and call.func.attr in ADDING_METHODS
        ):
            continue
        index = ADDING_METHODS[call.func.attr]
        if len(call.args) == index + 1:
            items.append(call.args[index])
    return items


def parameter_names(func: ast.AST) -> set[str]:
    args = func.args
    names = {a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)}
    names |= {a.arg for a in (args.vararg, args.kwarg) if a is not None}
    return names


def scope_nodes(node: ast.AST) -> Iterator[ast.AST]:
    stack = list(ast.iter_child_nodes(node))
    while stack:
        child = stack.pop()
        yield child
        if not isinstance(child, (*FUNCTIONS, ast.Lambda, ast.ClassDef)):
            stack.extend(ast.iter_child_nodes(child))


def assignments(scope, name: str, *, before: int, own_scope: bool = True) -> list[ast.expr]:
    """Values assigned to `name` in the scope before the line, latest first."""
    nodes = scope_nodes(scope) if own_scope else (n for stmt in scope for n in [stmt])
    found: list[ast.expr] = []
    for node in nodes:
        if getattr(node, "lineno", 0) >= before:
            continue
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            found.append(node.value)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == name:
            if node.value is not None:
                found.append(node.value)
        elif isinstance(node, ast.NamedExpr) and node.target.id == name:
            found.append(node.value)
    found.sort(key=lambda value: -value.lineno)
    return found


def unpacked(scope, name: str, *, before: int) -> list[tuple[ast.expr, int]]:
    """(value, position) of the unpacking assignments `a, name = value` in the scope before the line."""
    found: list[tuple[ast.expr, int]] = []
    for node in scope_nodes(scope):
        if not isinstance(node, ast.Assign) or getattr(node, "lineno", 0) >= before:
            continue
        for target in node.targets:
            if not isinstance(target, (ast.Tuple, ast.List)) or any(
                isinstance(e, ast.Starred) for e in target.elts
            ):
                continue
            for index, element in enumerate(target.elts):
                if isinstance(element, ast.Name) and element.id == name:
                    found.append((node.value, index))
    found.sort(key=lambda item: -item[0].lineno)
    return found[:2]


def loop_sources(scope, name: str, *, before: int) -> list[tuple[ast.Call, int | None]]:
    """(call, position) of the loops `for name in f(...)` / `for a, name in f(...)` before the line
    whose iterable is a call (a generator of the repository may make the items)."""
    found: list[tuple[ast.Call, int | None]] = []
    for node in scope_nodes(scope):
        if not isinstance(node, (ast.For, ast.comprehension)) or not isinstance(node.iter, ast.Call):
            continue
        if getattr(node.iter, "lineno", 0) >= before:
            continue
        target = node.target
        if isinstance(target, ast.Name) and target.id == name:
            found.append((node.iter, None))
        elif isinstance(target, (ast.Tuple, ast.List)) and not any(
            isinstance(e, ast.Starred) for e in target.elts
        ):
            found += [
                (node.iter, index)
                for index, element in enumerate(target.elts)
                if isinstance(element, ast.Name) and element.id == name
            ]
    return found[:2]


def loop_iterables(scope, name: str, *, before: int) -> list[ast.expr]:
    """The variables `for name in items` loops over before the line (their items are `name`)."""
    found = [
        node.iter
        for node in scope_nodes(scope)
        if isinstance(node, (ast.For, ast.comprehension))
        and isinstance(node.target, ast.Name)
        and node.target.id == name
        and isinstance(node.iter, ast.Name)
        and getattr(node.iter, "lineno", 0) < before
    ]
    return found[:2]


def attribute_assignments(cls: ast.ClassDef, attr: str) -> list[ast.expr]:
    found: list[ast.expr] = []
    for node in ast.walk(cls):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if (
                    isinstance(target, ast.Attribute)
                    and target.attr == attr
                    and isinstance(target.value, ast.Name)
                    and target.value.id in ("self", "cls")
                ):
                    found.append(node.value)
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target = node.target
            if (isinstance(target, ast.Name) and target.id == attr and node in cls.body) or (
                isinstance(target, ast.Attribute) and target.attr == attr
            ):
                found.append(node.value)
    return found[:4]


def subscript_stores(scope, name: str, *, before: int) -> list[ast.expr]:
    """Values `name[...] = value` stores in the scope before the line, latest first."""
    found = [
        node.value
        for node in scope_nodes(scope)
        if isinstance(node, ast.Assign)
        and node.lineno < before
        and any(
            isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and t.value.id == name
            for t in node.targets
        )
    ]
    found.sort(key=lambda value: -value.lineno)
    return found[:4]


def argument_for(func: ast.AST, call: ast.Call, param: str, is_method: bool) -> ast.expr | None:
    for keyword in call.keywords:
        if keyword.arg == param:
            return keyword.value
    positional = [a.arg for a in (*func.args.posonlyargs, *func.args.args)]
    # `obj.method(x)`, `Cls(x)`, and a bound method called through a name (`decode = obj.decode`;
    # `decode(x)`, which the traceback says entered the method): self is bound, not passed.
    if is_method and (isinstance(call.func, ast.Attribute | ast.Name) or func.name == "__init__"):
        positional = positional[1:]
    if param not in positional or any(isinstance(a, ast.Starred) for a in call.args):
        return None
    position = positional.index(param)
    return call.args[position] if position < len(call.args) else None


def default_for(func: ast.AST, param: str) -> ast.expr | None:
    args = func.args
    positional = [*args.posonlyargs, *args.args]
    defaults = dict(
        zip([a.arg for a in positional[len(positional) - len(args.defaults) :]], args.defaults, strict=False)
    )
    defaults.update(
        {a.arg: d for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=False) if d is not None}
    )
    return defaults.get(param)
