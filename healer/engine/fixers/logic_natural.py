"""LOGIC edits whose ingredient is what the surrounding code already does: naturalness as evidence.

Code is repetitive (Hindle et al., "On the naturalness of software", ICSE 2012), and repair tools that
take their ingredients from the fault's own context fix more bugs with fewer wrong patches (ssFix,
Xin & Reiss, ASE 2017; CapGen, Wen et al., ICSE 2018: context-aware ingredient ranking). Each family
below is one of TBar's generic templates (Liu et al., ISSTA 2019) with its ingredient read from the
same statement, function or module, never from a list written for one program:

- a call's callee replaced by another callee the same statement (or, lower, the same function) calls
  on the same receiver with as many arguments (`math.floor(a) if c else math.trunc(b)` ->
  `math.trunc(a)`): FP10 "mutate method invocation", the ingredient the co-occurring call;
- a call of a function of this module (or of `self`'s class) given a defaulted parameter it omits,
  passed from the enclosing function's parameter of the same name (`_cached()` in a function taking
  `version`, where `_cached(version=None)` -> `_cached(version=version)`): FP10 "add an argument",
  the argument chosen by name, as name-based bug detectors do (Rice et al., OOPSLA 2017);
- a binding's target renamed to the name its value reads (`step = self._eval(node.upper)` in a
  function with a local `upper` -> `upper = ...`): FP12 "mutate variable" on the store side, by the
  naming consistency of DeepBugs (Pradel & Sen, OOPSLA 2018).

Each offers a few edits where its shape occurs; priors sit beside logic_breadth's (0.25-0.5).
"""

from __future__ import annotations

import ast
from collections.abc import Callable

from healer.engine.fixers.lineedit import SourceFile, class_at, function_at, shorten
from healer.engine.fixers.logic_templates import Rewrite, Splicer

SAME_STATEMENT_CALLEE_PRIOR = 0.5  # the sibling call sits in the very statement: strongest context
SAME_FUNCTION_CALLEE_PRIOR = 0.25
MAX_CONTEXT_CALLEES = 4
SCOPE_KEYWORD_PRIOR = 0.5  # a parameter of the caller spelled like the callee's: naming evidence
NAMED_TARGET_PRIOR = 0.5
FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)


def natural_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """Every edit of these families that starts on `line`, unranked."""
    sp = Splicer(sf)
    found: list[Rewrite] = []
    for node in sf.nodes_starting(line):
        if isinstance(node, ast.Call):
            found += _context_callees(sf, sp, line, node) + _scope_keywords(sf, sp, line, node)
        elif isinstance(node, ast.Assign):
            found += _named_targets(sf, sp, line, node)
    return found


def _statement(sf: SourceFile, node: ast.AST) -> ast.AST | None:
    for ancestor in sf.ancestors(node):
        if isinstance(ancestor, ast.stmt):
            return ancestor
    return None


def _arity(call: ast.Call) -> tuple[int, tuple[str | None, ...]]:
    return len(call.args), tuple(sorted(k.arg or "" for k in call.keywords))


def _context_callees(sf: SourceFile, sp: Splicer, line: int, node: ast.Call) -> list[Rewrite]:
    func = node.func
    if not (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name | ast.Attribute)):
        return []
    if sf.end(func)[0] != line:
        return []
    receiver = sp.text(func.value)
    _, stop = sp.span(func)
    span = (stop - len(func.attr), stop)
    if sp.sf.text[span[0] : span[1]] != func.attr:
        return []
    found: dict[str, float] = {}
    scopes = (
        (_statement(sf, node), SAME_STATEMENT_CALLEE_PRIOR),
        (function_at(sf, line), SAME_FUNCTION_CALLEE_PRIOR),
    )
    for scope, prior in scopes:
        if scope is None:
            continue
        for other in ast.walk(scope):
            if (
                isinstance(other, ast.Call)
                and other is not node
                and isinstance(other.func, ast.Attribute)
                and other.func.attr != func.attr
                and other.func.attr not in found
                and sf.segment(other.func.value) == receiver
                and _arity(other) == _arity(node)
            ):
                found[other.func.attr] = prior
    return [
        Rewrite(
            line,
            ((*span, name),),
            f"call {receiver}.{name} instead of {receiver}.{func.attr}, as the code beside it does",
            prior,
            "sibling",
        )
        for name, prior in list(found.items())[:MAX_CONTEXT_CALLEES]
    ]


def _callee_def(
    sf: SourceFile, line: int, node: ast.Call
) -> tuple[ast.FunctionDef | ast.AsyncFunctionDef, bool] | None:
    """The definition a call of a module function or of a `self` method reaches, and whether it is a method."""
    func = node.func
    if isinstance(func, ast.Name):
        for stmt in sf.tree.body:
            if isinstance(stmt, FUNCTIONS) and stmt.name == func.id:
                return stmt, False
    elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "self":
        cls = class_at(sf, line)
        for stmt in cls.body if cls is not None else []:
            if isinstance(stmt, FUNCTIONS) and stmt.name == func.attr:
                return stmt, True
    return None


def _scope_keywords(sf: SourceFile, sp: Splicer, line: int, node: ast.Call) -> list[Rewrite]:
    if any(isinstance(a, ast.Starred) for a in node.args) or any(k.arg is None for k in node.keywords):
        return []
    found = _callee_def(sf, line, node)
    caller = function_at(sf, line)
    if found is None or caller is None or found[0] is caller:
        return []
    callee, method = found
    positional = callee.args.posonlyargs + callee.args.args
    if method:
        positional = positional[1:]
    defaulted = [a.arg for a in positional[len(positional) - len(callee.args.defaults) :]]
    defaulted += [a.arg for a, d in zip(callee.args.kwonlyargs, callee.args.kw_defaults, strict=True) if d]
    passed = {a.arg for a in positional[: len(node.args)]} | {k.arg for k in node.keywords}
    own = {a.arg for a in caller.args.posonlyargs + caller.args.args + caller.args.kwonlyargs}
    read = {sp.text(a) for a in node.args} | {sp.text(k.value) for k in node.keywords}
    text = sp.text(node)
    if not text.endswith(")"):
        return []
    _, end = sp.span(node)
    rewrites = []
    for name in defaulted:
        if name in passed or name not in own or name in read or name in ("self", "cls"):
            continue
        comma = ", " if node.args or node.keywords else ""
        rewrites.append(
            Rewrite(
                line,
                ((end - 1, end - 1, f"{comma}{name}={name}"),),
                f"pass {name}={name} on to {shorten(sp.text(node.func), 30)}",
                SCOPE_KEYWORD_PRIOR,
                "args",
            )
        )
    return rewrites


def _locals(func: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    names = {a.arg for a in func.args.posonlyargs + func.args.args + func.args.kwonlyargs}
    for node in ast.walk(func):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
    return names


def _named_targets(sf: SourceFile, sp: Splicer, line: int, node: ast.Assign) -> list[Rewrite]:
    if len(node.targets) != 1 or not isinstance(node.targets[0], ast.Name):
        return []
    target = node.targets[0]
    func = function_at(sf, line)
    if func is None or target.lineno != line:
        return []
    # The names the value spells as a field or a string key: `node.upper`, `d["upper"]`.
    spelled = []
    for part in ast.walk(node.value):
        if isinstance(part, ast.Attribute) and not (
            isinstance(sf.parent(part), ast.Call) and sf.parent(part).func is part
        ):
            spelled.append(part.attr)
        elif (
            isinstance(part, ast.Subscript)
            and isinstance(part.slice, ast.Constant)
            and isinstance(part.slice.value, str)
        ):
            spelled.append(part.slice.value)
    names = _locals(func)
    read = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
    start, end = sp.span(target)
    rewrites = []
    for name in dict.fromkeys(spelled):
        if name == target.id or name not in names or name in read or target.id in spelled:
            continue
        rewrites.append(
            Rewrite(
                line,
                ((start, end, name),),
                f"bind {name}, the name the value reads, instead of {target.id}",
                NAMED_TARGET_PRIOR,
                "variable",
            )
        )
    return rewrites


# -- localisation: a parameter's default, evaluated where no test's coverage shows it -----------------
# `def get(self, key, index=0):` runs its default once, at definition: every test "covers" the def line
# alike, so the spectrum ranks it nowhere, while the wrong value flows into the top line that reads
# `index`. The default of each parameter a top line reads is a target just behind that line (a
# reaching definition one step back, as data-fault localisation follows values made at import time).
DEFAULT_WEIGHT = 0.9
DEFAULT_TOP_LINES = 3


def default_targets(
    ranked: list[tuple[str, int, float]], source: Callable[[str], str]
) -> list[tuple[str, int, float]]:
    """(file, line, weight) of the constant defaults of the parameters the best-ranked lines read."""
    top = max((score for _, _, score in ranked), default=0.0)
    found: list[tuple[str, int, float]] = []
    for file, line, score in ranked[:DEFAULT_TOP_LINES]:
        if not top:
            break
        try:
            sf = SourceFile.parse(file, source(file))
        except (OSError, ValueError):
            continue
        func = function_at(sf, line) if sf is not None else None
        if sf is None or func is None:
            continue
        read = {
            n.id
            for n in sf.nodes_touching(line)
            if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load) and sf.start(n)[0] == line
        }
        args = func.args
        positional = args.posonlyargs + args.args
        pairs = list(zip(positional[len(positional) - len(args.defaults) :], args.defaults, strict=True))
        pairs += [(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if d is not None]
        for arg, default in pairs:
            if arg.arg in read and isinstance(default, ast.Constant | ast.UnaryOp) and default.lineno != line:
                found.append((file, default.lineno, DEFAULT_WEIGHT * score / top))
    return found
