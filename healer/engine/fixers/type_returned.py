"""A value made wrong by the function that returned it, a call away from the crash (round 52).

The provenance walk (type_provenance.py) follows a TypeError's value back into the function that returned
it (`callee_returns`). These templates edit there, each chosen by the pair of types the message states
(PyTER, Oh & Oh, FSE 2022: repair where the value gets its type; TBar's "mutate return statement" and
"mutate method invocation" templates). Nothing here names a project, a file or a literal of a benchmark:

- **a list returned where its sibling returns join it** (`joined_returns`): a list refused where text is
  wanted ("expected string or bytes-like object, got 'list'") made by `return out`, where another return
  of the same function gives `sep.join(out)` (the function's own spelling of its result), or where the
  function is annotated `-> str` (then `"".join(out)`, lower);
- **a regex's one match where all of them were meant** (`match_finders`): "'re.Match' object is not
  iterable" (or not subscriptable, no len) at a value made by `pattern.search(s)` / `.match(s)` /
  `.fullmatch(s)`: `.findall(s)`, the list of matches the use iterates (re's documented API pair);
- **a lost return** (`lost_returns`): None refused ("unsupported operand type(s) for *: 'NoneType' and
  'float'") where the value is the result of a call to a function that returns no value and whose last
  statement is an expression with no effect (`a * b` computed and dropped, the "statement has no effect"
  finding of linters): `return` before that expression.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable

from healer.engine.fixers.lineedit import (
    FUNCTIONS,
    Edit,
    SourceFile,
    named,
    parameters,
    shorten,
    walk_own_scope,
)

PRIOR_SIBLING_JOIN = 0.85
PRIOR_ANNOTATED_JOIN = 0.6
PRIOR_FINDALL = 0.8
PRIOR_LOST_RETURN = 0.85
MAX_DEFINITIONS = 3

LIST_FOR_TEXT = re.compile(
    r"expected string or bytes-like object, got 'list'|can only concatenate str \(not \"list\"\)|"
    r"must be str(?:, bytes or os\.PathLike object)?, not list|expected str(?: instance)?, list found|"
    r"'list' object has no attribute '(?:lower|upper|strip|startswith|endswith|split|replace|encode)'"
)
MATCH_FOR_MATCHES = re.compile(
    r"'re\.Match' object is not (?:iterable|subscriptable)|object of type 're\.Match' has no len\(\)"
)
MATCH_CALLS = frozenset({"search", "match", "fullmatch"})
NONE_REFUSED = re.compile(r"'NoneType'|NoneType\b")
# expressions whose value is all they make: dropped as a statement, they do nothing
PURE = (ast.BinOp, ast.UnaryOp, ast.BoolOp, ast.Compare, ast.IfExp, ast.Name, ast.Attribute, ast.Subscript)
# ... unless a part of them acts: a binding, an await, a yield anywhere, or a call as a branch of `and` / `or`
# / `x if c else y` (`cond and items.append(x)`, a statement kept for its call's effect); a call whose value
# is computed with (`a * exp(b)`) is a value used, so that expression still counts as dropped
ACTS = (ast.Await, ast.NamedExpr, ast.Yield, ast.YieldFrom)


def _acts(node: ast.expr) -> bool:
    if any(isinstance(n, ACTS) for n in ast.walk(node)):
        return True
    branches = [node]
    while branches:
        branch = branches.pop()
        if isinstance(branch, ast.Call):
            return True
        if isinstance(branch, ast.BoolOp):
            branches += branch.values
        elif isinstance(branch, ast.IfExp):
            branches += [branch.body, branch.orelse]
    return False


def _function_of(sf: SourceFile, node: ast.AST) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    return next((a for a in sf.ancestors(node) if isinstance(a, FUNCTIONS)), None)


def _span_edit(sf: SourceFile, node: ast.AST, new: str, description: str, prior: float) -> list[Edit]:
    span = sf.node_span(node)
    if span is None or span[0] != getattr(node, "end_lineno", -1):
        return []
    line, start, end = span
    return [Edit(line, ((start, end, new),), description, prior, "provenance", making_site=True)]


def _flagged(sf: SourceFile, node: ast.AST, func: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Under `if flag:` / `if not flag:` for a parameter `flag` of func: a mode the caller chooses."""
    flags = {a.arg for a in parameters(func)}
    for above in sf.ancestors(node):
        if above is func:
            return False
        if isinstance(above, (ast.If, ast.IfExp)):
            test = above.test.operand if isinstance(above.test, ast.UnaryOp) else above.test
            if isinstance(test, ast.Name) and test.id in flags:
                return True
    return False


def joined_returns(sf: SourceFile, value: ast.expr, messages: list[str]) -> list[Edit]:
    """`return sep.join(out)` for a `return out` refused as a list where text is wanted, spelled as a
    sibling return of the same function joins the same name (else `"".join(out)` under `-> str`)."""
    if not LIST_FOR_TEXT.search(" ".join(messages)) or not isinstance(value, ast.Name):
        return []
    if not isinstance(sf.parent(value), ast.Return):
        return []
    func = _function_of(sf, value)
    if func is None:
        return []
    joins = [
        node.value
        for node in walk_own_scope(func)
        if isinstance(node, ast.Return)
        and isinstance(node.value, ast.Call)
        and isinstance(node.value.func, ast.Attribute)
        and node.value.func.attr == "join"
        and len(node.value.args) == 1
        and isinstance(node.value.args[0], ast.Name)
        and node.value.args[0].id == value.id
        and sf.node_span(node.value) is not None  # one line: its text replaces a name on one line
    ]
    if joins and any(_flagged(sf, n, func) for n in (value, *joins)):
        # `if joined: return sep.join(out)` ... `return out`: the list is the other mode, by design
        joins = []
    if joins:
        new = sf.segment(joins[0])
        what = f"return {shorten(new)}, as the function's other return does, not the list {value.id}"
        return _span_edit(sf, value, new, what, PRIOR_SIBLING_JOIN)
    if isinstance(func.returns, ast.Name) and func.returns.id == "str":
        new = f'"".join({value.id})'
        what = f"return the text the function is annotated to return: {new}, not the list {value.id}"
        return _span_edit(sf, value, new, what, PRIOR_ANNOTATED_JOIN)
    return []


def match_finders(sf: SourceFile, value: ast.expr, messages: list[str]) -> list[Edit]:
    """`pattern.findall(s)` for a `pattern.search(s)` whose one Match is iterated, indexed or measured."""
    if not MATCH_FOR_MATCHES.search(" ".join(messages)):
        return []
    if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)):
        return []
    if value.func.attr not in MATCH_CALLS or any(k.arg in ("pos", "endpos") for k in value.keywords):
        return []
    span = sf.node_span(value.func)
    if span is None or span[0] != value.func.end_lineno:
        return []
    line, _, end = span
    start = end - len(value.func.attr)
    description = (
        f"find every match: .findall() instead of .{value.func.attr}(), whose one Match is used as many"
    )
    return [
        Edit(line, ((start, end, "findall"),), description, PRIOR_FINDALL, "provenance", making_site=True)
    ]


def _definitions(
    files: Iterable[SourceFile], first: SourceFile, name: str
) -> list[tuple[SourceFile, ast.AST]]:
    """The functions named `name`: in `first` (the file of the call) before the rest of the repository."""
    found: list[tuple[SourceFile, ast.AST]] = []
    for sf in [first, *(f for f in files if f.path != first.path)]:
        if name not in sf.text:
            continue
        found += [(sf, n) for n in ast.walk(sf.tree) if isinstance(n, FUNCTIONS) and n.name == name]
        if found:
            break  # the call's own file defines it: another file's namesake is not the one called
    return found[:MAX_DEFINITIONS]


def lost_returns(
    files: Iterable[SourceFile], sf: SourceFile, value: ast.expr, messages: list[str]
) -> list[tuple[str, Edit]]:
    """(file, edit): `return expr` for the dropped last expression of a called function that returns None."""
    if not NONE_REFUSED.search(" ".join(messages)) or not isinstance(value, ast.Call):
        return []
    name = named(value.func)
    if not name or name in ("print", "setattr"):
        return []
    edits: list[tuple[str, Edit]] = []
    for def_sf, func in _definitions(files, sf, name):
        own = list(walk_own_scope(func))
        if any(isinstance(n, (ast.Yield, ast.YieldFrom)) for n in own):
            continue  # a generator: its call makes a generator, never None
        if any(isinstance(n, ast.Return) and n.value is not None for n in own):
            continue  # it returns a value somewhere: the None is another path's, not a lost return
        last = func.body[-1]
        if not (isinstance(last, ast.Expr) and isinstance(last.value, PURE)):
            continue
        if _acts(last.value):
            continue  # a guarded call (`ok and log(x)`), kept for its effect: its value was never the result
        span = def_sf.node_span(last)
        if span is None:
            continue
        line, start, _ = span
        what = f"return {shorten(def_sf.segment(last.value))}: {func.name}() computes it and drops it"
        edit = Edit(
            line, ((start, start, "return "),), what, PRIOR_LOST_RETURN, "provenance", making_site=True
        )
        edits.append((def_sf.path, edit))
    return edits


def returned_edits(sf: SourceFile, value: ast.expr, messages: list[str]) -> list[Edit]:
    """This module's edits at one origin in its own file (`lost_returns` needs the repository)."""
    return [*joined_returns(sf, value, messages), *match_finders(sf, value, messages)]
