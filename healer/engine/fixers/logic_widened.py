"""LOGIC edit families that widen the space past one token: a rounding step, a boolean branch, an aggregate.

Generic templates of the repair literature, applied as AST-located splices like `logic_idioms`
(every byte outside the edited span stays as it was):

- a floor division given one more (or one less) step, `(a - b) // 12` -> `(a - b) // 12 + 1`: the
  ceiling written as a floor, one of the commonest off-by-ones of integer arithmetic. The literal
  and operator mutators never insert a term; this is TBar's "mutate arithmetic expression" by
  insertion (FP4, Liu et al., ISSTA 2019) and PraPR's "arithmetic operand insertion" (Ghanbari et
  al., ISSTA 2019). A count (`len(x)`) already gets its +-1 from logic_templates. When the step is
  already there (`a // k + 1`), the dividend is the off-by-one: the ceiling of `a / k` is
  `(a - 1) // k + 1`, and `a // k + 1` counts one more whenever `k` divides `a` (integer-arithmetic
  identity, the page-count idiom);
- a conditional expression whose other branch is a truth value (`v is not None if c else v`) given
  `True` / `False` in the branch that is not: the two branches of `x if c else y` are one value's
  two cases, so their type agrees, and the constant of that type is the ingredient (PraPR's and
  TBar's "replace an expression by a constant of its type", FP9);
- the measure of one element of a collection (`len(rows[0])`) made the aggregate of that measure
  over the collection (`max(len(item) for item in rows)`, then `min`): the first row stands for the
  widest one. TBar's "mutate method invocation expression" (FP7) with the collection's elements as
  the ingredient, the generator ITER's expression templates write (Ye & Monperrus, ICSE 2024);
  first when the file assigns the same name from that aggregate elsewhere.
"""

from __future__ import annotations

import ast

from healer.engine.fixers.lineedit import SourceFile, shorten
from healer.engine.fixers.logic_templates import Rewrite, Splicer

# At the level of the other template edits (0.3-0.45): an inserted term is a rarer slip than an
# operator swap, the ceiling (+ 1) commoner than one step less.
STEP_UP_PRIOR = 0.4
STEP_DOWN_PRIOR = 0.25
# `a // k + 1` counts one more when k divides a: the ceiling idiom `(a - 1) // k + 1` is the fix.
DIVIDEND_STEP_PRIOR = 0.45
# `k * (a // k)` rounds to a multiple of k: down or up is the whole question there.
ROUNDING_STEP_PRIOR = 0.6
# One branch a truth value, the other not: the conditional itself deviates (its two cases return two
# kinds of value), the evidence a deviant-behaviour reading takes (Engler et al., SOSP 2001).
BOOL_BRANCH_PRIOR = 0.6
MAX_AGGREGATE_PRIOR = 0.4  # the first element for the widest: a frame, a column, a padding
MIN_AGGREGATE_PRIOR = 0.25
# The same name the file assigns from that aggregate elsewhere (`width = max(...)` in another
# function): the statement deviates from how the file computes that value (Engler et al., SOSP 2001).
ECHOED_AGGREGATE_PRIOR = 0.85

# Calls whose result is a truth value, wherever they are called.
BOOL_CALLS = frozenset({"bool", "isinstance", "issubclass", "callable", "hasattr", "all", "any"})
# Measures of one element that a collection's aggregate may stand for.
MEASURES = frozenset({"len", "abs", "sum"})
# Parents under which `x + 1` needs parentheses to stay one operand.
TIGHT_PARENTS = (ast.BinOp, ast.UnaryOp, ast.Attribute, ast.Subscript, ast.Await)


def widened_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """Every edit of these families that starts on `line`, unranked."""
    sp = Splicer(sf)
    found: list[Rewrite] = []
    for node in sf.nodes_starting(line):
        if not sf.on_one_line(node):
            continue
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.FloorDiv):
            found += _step(sf, sp, line, node)
        elif isinstance(node, ast.IfExp):
            found += _bool_branch(sp, line, node)
        elif isinstance(node, ast.Call):
            found += _aggregate(sf, sp, line, node)
    return found


def _step(sf: SourceFile, sp: Splicer, line: int, node: ast.BinOp) -> list[Rewrite]:
    """`a // k` -> `a // k + 1`, `a // k - 1`, unless it already has a step."""
    parent = sf.parent(node)
    if (
        isinstance(parent, ast.BinOp)
        and isinstance(parent.op, ast.Add | ast.Sub)
        and isinstance(parent.right, ast.Constant)
    ):
        return _dividend_step(sp, line, node, parent) if isinstance(parent.op, ast.Add) else []
    text = sp.text(node)
    start, end = sp.span(node)
    # Inside an operator, a subscript or an attribute the sum needs its own parentheses; inside
    # parentheses the source already wrote around it (`12 * (a // 12)`), it does not.
    bracketed = sf.text[:start].rstrip().endswith("(") and sf.text[end:].lstrip().startswith(")")
    wrap = isinstance(parent, TIGHT_PARENTS) and not bracketed
    up = ROUNDING_STEP_PRIOR if _rounds_to_multiple(parent, node) else STEP_UP_PRIOR
    found = []
    for delta, prior, what in (("+ 1", up, "one more"), ("- 1", STEP_DOWN_PRIOR, "one less")):
        new = f"({text} {delta})" if wrap else f"{text} {delta}"
        found.append(
            Rewrite(
                line,
                ((start, end, new),),
                f"count {what} step: {shorten(text, 30)} {delta}",
                prior,
                "off-by-one",
            )
        )
    return found


def _dividend_step(sp: Splicer, line: int, node: ast.BinOp, parent: ast.BinOp) -> list[Rewrite]:
    """`a // k + 1` -> `(a - 1) // k + 1`: the ceiling of `a / k` (the literal edits move the step)."""
    dividend = node.left
    if parent.left is not node or getattr(parent.right, "value", None) != 1:
        return []
    if isinstance(dividend, ast.BinOp) and isinstance(dividend.op, ast.Sub):
        return []  # `(a - 1) // k + 1` already: the literal edits move that one
    if not isinstance(dividend, ast.Name | ast.Attribute | ast.Subscript | ast.Call | ast.BinOp):
        return []
    text = sp.text(dividend)
    start, end = sp.span(dividend)
    return [
        Rewrite(
            line,
            ((start, end, f"({text} - 1)"),),
            f"take the ceiling: {shorten(text, 30)} - 1 before the floor division and its + 1",
            DIVIDEND_STEP_PRIOR,
            "off-by-one",
        )
    ]


def _rounds_to_multiple(parent: ast.AST | None, node: ast.BinOp) -> bool:
    """`k * (a // k)` or `(a // k) * k`: the quotient multiplied back by its own divisor."""
    if not (isinstance(parent, ast.BinOp) and isinstance(parent.op, ast.Mult)):
        return False
    other = parent.left if parent.right is node else parent.right
    return ast.dump(other) == ast.dump(node.right)


def _truth_valued(node: ast.expr) -> bool:
    if isinstance(node, ast.Compare | ast.BoolOp):
        return True
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return True
    if isinstance(node, ast.Constant) and isinstance(node.value, bool):
        return True
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in BOOL_CALLS


def _bool_branch(sp: Splicer, line: int, node: ast.IfExp) -> list[Rewrite]:
    """`cmp if c else v` -> `cmp if c else True` / `False` (and the mirror for the body)."""
    found = []
    for branch, other, label in ((node.orelse, node.body, "else"), (node.body, node.orelse, "if")):
        if not _truth_valued(other) or _truth_valued(branch):
            continue
        start, end = sp.span(branch)
        shown = shorten(sp.text(branch), 30)
        for value in ("True", "False"):
            found.append(
                Rewrite(
                    line,
                    ((start, end, value),),
                    f"give the {label} branch {value} instead of {shown}",
                    BOOL_BRANCH_PRIOR,
                    "branch",
                )
            )
    return found


def _aggregate(sf: SourceFile, sp: Splicer, line: int, node: ast.Call) -> list[Rewrite]:
    """`len(xs[0])` -> `max(len(item) for item in xs)`, `min(...)`: one element's measure over all."""
    func = node.func
    if not (isinstance(func, ast.Name) and func.id in MEASURES and len(node.args) == 1 and not node.keywords):
        return []
    element = node.args[0]
    if not (isinstance(element, ast.Subscript) and isinstance(element.slice, ast.Constant)):
        return []
    if not isinstance(element.slice.value, int) or isinstance(element.slice.value, bool):
        return []
    parent = sf.parent(node)
    if (
        isinstance(parent, ast.Call)
        and isinstance(parent.func, ast.Name)
        and parent.func.id in ("max", "min")
    ):
        return []  # already an aggregate's argument
    collection = sp.text(element.value)
    item = _fresh_name(sf, "item")
    start, end = sp.span(node)
    echoed = _aggregates_assigned(sf, node)
    found = []
    for aggregate, prior in (("max", MAX_AGGREGATE_PRIOR), ("min", MIN_AGGREGATE_PRIOR)):
        prior = ECHOED_AGGREGATE_PRIOR if aggregate in echoed else prior
        new = f"{aggregate}({func.id}({item}) for {item} in {collection})"
        found.append(
            Rewrite(
                line,
                ((start, end, new),),
                f"use {shorten(new, 50)} instead of {shorten(sp.text(node), 30)}",
                prior,
                "collection",
            )
        )
    return found


def _aggregates_assigned(sf: SourceFile, node: ast.AST) -> set[str]:
    """`max` / `min` that another assignment of the file gives the name `node`'s statement assigns."""
    statement = next((a for a in sf.ancestors(node) if isinstance(a, ast.stmt)), None)
    if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1):
        return set()
    target = statement.targets[0]
    if not isinstance(target, ast.Name):
        return set()
    found = set()
    for other in ast.walk(sf.tree):
        if other is statement or not isinstance(other, ast.Assign) or len(other.targets) != 1:
            continue
        if not (isinstance(other.targets[0], ast.Name) and other.targets[0].id == target.id):
            continue
        for call in ast.walk(other.value):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Name)
                and call.func.id in ("max", "min")
            ):
                found.add(call.func.id)
    return found


def _fresh_name(sf: SourceFile, stem: str) -> str:
    """`stem`, or `stem_2`... : a loop variable that shadows no name of the file."""
    used = {n.id for n in ast.walk(sf.tree) if isinstance(n, ast.Name)}
    name, count = stem, 1
    while name in used:
        count += 1
        name = f"{stem}_{count}"
    return name
