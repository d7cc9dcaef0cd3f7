"""LOGIC edit family of a call that does one step too many: its argument passed on, or its last argument dropped.

Two generic mutators of the repair and mutation-testing literature, applied as AST-located splices like
`logic_templates` (every byte outside the edited span stays as it was):

- argument propagation: a call of one argument replaced by that argument (`','.join(ids)` -> `ids`,
  `int(text)` -> `text`), a conversion or a wrapping step applied to a value that was to be passed on
  as it is; PIT's "argument propagation" mutator (Coles et al., ISSTA 2016) and PraPR's method-call
  mutators (Ghanbari et al., ISSTA 2019), which replace a call by an argument of its type;
- argument removal: the last argument of a call dropped when it is a number, a flag or a keyword's
  literal (`options.get('n', 1)` -> `options.get('n')`, `round(x, 2)` -> `round(x)`, `split(',', 1)`
  -> `split(',')`), an explicit value where the callee's own default was meant; TBar's "mutate method invocation expression"
  (parameter removal, Liu et al., ISSTA 2019) and PraPR's argument-list mutator.

Both only shorten what is written: they add no name and no literal. A call whose result is dropped (a
statement of its own) or whose result is of another kind than its arguments by Python's definition
(`len`, `isinstance`, `range`...) is not propagated.
"""

from __future__ import annotations

import ast

from healer.engine.fixers.lineedit import SourceFile, shorten
from healer.engine.fixers.logic_templates import Rewrite, Splicer

# Below the operator and name swaps (0.3-1.0): a step too many is a rarer slip than a wrong operator or name.
PROPAGATE_PRIOR = 0.25
DROP_ARGUMENT_PRIOR = 0.25

# Builtins whose result is never of their argument's kind (a count, a truth value, an iterator, a type).
OTHER_KIND = frozenset(
    {
        "len",
        "isinstance",
        "issubclass",
        "hasattr",
        "callable",
        "bool",
        "id",
        "hash",
        "type",
        "range",
        "enumerate",
        "zip",
        "map",
        "filter",
        "iter",
        "next",
        "print",
        "repr",
        "any",
        "all",
        "super",
        "getattr",
        "setattr",
        "vars",
        "dir",
        "open",
    }
)
# An argument that replaces a call without parentheses: an atom or a primary.
PRIMARY = (ast.Name, ast.Attribute, ast.Subscript, ast.Call, ast.List, ast.Tuple, ast.Dict, ast.Set)


def call_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """Every edit of this family that starts on `line`, unranked."""
    sp = Splicer(sf)
    found: list[Rewrite] = []
    for node in sf.nodes_starting(line):
        if isinstance(node, ast.Call) and sf.on_one_line(node):
            found += _propagated(sf, sp, line, node)
            found += _last_dropped(sp, line, node)
    return found


def _name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _propagated(sf: SourceFile, sp: Splicer, line: int, node: ast.Call) -> list[Rewrite]:
    """The call replaced by one of its positional arguments (PIT's argument propagation)."""
    name = _name(node)
    if isinstance(sf.parent(node), ast.Expr) or (isinstance(node.func, ast.Name) and name in OTHER_KIND):
        return []
    # One argument and no keyword: the call is a step applied to that value (without types, which PIT uses
    # to pick the argument of the call's own type, a call of several arguments has no argument to prefer).
    if len(node.args) != 1 or node.keywords:
        return []
    arg = node.args[0]
    if isinstance(arg, ast.Starred | ast.Constant | ast.Lambda | ast.JoinedStr):
        return []
    start, end = sp.span(node)
    text = sp.text(arg)
    new = text if isinstance(arg, PRIMARY) else f"({text})"
    description = f"pass {shorten(text, 30)} on without {shorten(name or 'the call', 20)}()"
    return [Rewrite(line, ((start, end, new),), description, PROPAGATE_PRIOR, "call")]


def _last_dropped(sp: Splicer, line: int, node: ast.Call) -> list[Rewrite]:
    """The call without its last argument when that argument is a literal (the callee's default meant)."""
    items: list[ast.expr | ast.keyword] = [*node.args, *node.keywords]
    if len(items) < 2 or any(isinstance(a, ast.Starred) for a in node.args):
        return []
    last = items[-1]
    value = last.value if isinstance(last, ast.keyword) else last
    if isinstance(last, ast.keyword) and last.arg is None:
        return []
    if not (isinstance(value, ast.Constant) and value.value is not None and value.value is not ...):
        return []
    # A positional string is mostly data the callee needs (`replace("_", "-")`'s new text, a separator); a
    # number or a flag is the usual optional setting (a count, a precision, a default). A keyword is optional.
    if not isinstance(last, ast.keyword) and not isinstance(value.value, int | float):
        return []
    # Positional arguments come before keywords in the source; the previous item ends where the cut starts.
    ordered = sorted(items, key=lambda item: (item.lineno, item.col_offset))
    if ordered[-1] is not last:
        return []
    cut = sp.span(ordered[-2])[1]
    stop = sp.span(last)[1]
    shown = sp.text(last) if not isinstance(last, ast.keyword) else f"{last.arg}={sp.text(last.value)}"
    name = _name(node) or "the call"
    return [
        Rewrite(
            line,
            ((cut, stop, ""),),
            f"drop the argument {shorten(shown, 30)} of {shorten(name, 20)}",
            DROP_ARGUMENT_PRIOR,
            "call",
        )
    ]


__all__ = ["call_rewrites"]
