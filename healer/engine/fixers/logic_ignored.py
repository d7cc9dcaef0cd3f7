"""LOGIC edit families for a value the code has at hand and then ignores: a data-flow anomaly on one line.

Two general single-edit operators, each keyed on a def-use fact of the edited line rather than on the
shape of any one bug (anomalies of data flow flag the faults near them: Fosdick and Osterweil, "Data
flow analysis in software reliability", ACM Computing Surveys 1976; Xie and Engler, "Using redundancies
to find errors", FSE 2002):

- an uncalled function (`lambda v: not _filter` for `lambda v: not _filter(v)`): a lambda or a
  comprehension whose own variables its body or condition never reads, while that body reads a free
  name the module calls or passes as a function elsewhere (`_filter(...)`, `filter(_filter, ...)`,
  `def _filter`). A function object is always true, so a truth test of it is constant (pylint's
  using-constant-test; PySStuBs' "missing call"); the edit calls the name with the ignored variables.
  Outside a lambda or comprehension, a callable name in a truth test is called with no arguments only
  when the module calls it that way. TBar's FP10 "mutate method invocation" (Liu et al., ISSTA 2019)
  in its missing-invocation form;
- a source returned instead of what was derived from it (`result = continuation(self.result())` and
  then `return self.result()` for `return result`): a `return` whose expression occurs inside the value
  of a local assigned earlier in the function returns that local instead. TBar's FP12 "mutate return
  statement" and CapGen's expression replacement (Wen et al., ICSE 2018) with the ingredient chosen by
  data flow, not by name: the function computed a value from the returned expression for a reason.

- a variable read where its unpacked partner was meant (`f"{k}: {k}" for k, v in d.items()` for
  `f"{k}: {v}"`): a comprehension unpacks two or more names, its element reads one of them twice and
  another never. The unpacked value was wanted for a reason; each read of the doubled name is offered the
  ignored one, the later read first (the names are usually read in the order they are unpacked). The
  variable-misuse repair of Allamanis et al. ("Learning to represent programs with graphs", ICLR 2018)
  and Vasic et al. (ICLR 2019), with the candidate set narrowed by the same def-use anomaly as above.

Neither applies to a plain name returned (the wrong-variable template covers that) or to a call whose
result the code uses. What they do not reach: a callable the module never calls by that name (a
parameter known to be a function only from its caller), and a derived value computed in another
function.
"""

from __future__ import annotations

import ast

from healer.engine.fixers.lineedit import (
    FUNCTIONS,
    SourceFile,
    function_at,
    node_memo,
    shorten,
    walk_own_scope,
)
from healer.engine.fixers.linting_agreement import is_format_call_at
from healer.engine.fixers.logic_templates import Rewrite, Splicer

# A constant truth test of a function object is a bug wherever the body also ignores its own variable:
# two independent anomalies on one line (about an operator slip's prior in logic_templates).
UNCALLED_PRIOR = 0.5
# The module calls the name with no arguments elsewhere; no ignored variable seconds it.
BARE_CALL_PRIOR = 0.2
# The returned expression is inside a local's value: the local is what the function computed from it.
DERIVED_PRIOR = 0.45
# Builtins that take a function as their first argument (`filter(f, xs)`, `map(f, xs)`).
FUNCTION_TAKERS = frozenset({"filter", "map", "sorted", "min", "max", "reduce", "partial", "callable"})
# An unpacked variable ignored while its partner is read twice: a copy-paste slip of one name (the
# later read is the partner's position when names are read in unpacking order; the earlier one is weaker).
MISUSED_LATER_PRIOR = 0.55
MISUSED_EARLIER_PRIOR = 0.3
COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)
MAX_DERIVED = 3  # the nearest locals first: a value derived far up the function is a weaker guess
SCOPES = (ast.Lambda, ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)


# Two anomalies at once: a loop variable bound and never read, and its sibling read twice in one
# message (round 56, r371: `f"{k}: {k}" for k, v in errors.items()`): above a name swapped on the
# next line (0.6-0.8), which no anomaly points at.
UNUSED_SIBLING_PRIOR = 0.9


def ignored_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """The families' edits of `line`: an uncalled function, a source returned for its derived value, a
    doubled read of a name given its unpacked sibling that is never read."""
    return uncalled_rewrites(sf, line) + derived_return_rewrites(sf, line) + unused_sibling_rewrites(sf, line)


def unused_sibling_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """`f"{k}: {k}" for k, v in d.items()` → `f"{k}: {v}"`: a read of a doubled name given its unread sibling.

    A tuple target (`for k, v in ...`, a comprehension's) binds names together; one of them never read
    in its scope while a sibling is read twice is the def-use anomaly of a variable written where its
    sibling was meant (Xie and Engler's redundancy; variable misuse, Allamanis et al., ICLR 2018 and
    Vasic et al., ICLR 2019; CapGen/SimFix's variable replacement, the ingredient chosen by the unused
    binding). Two sources, folded into one family so no program is offered twice: pylogic30's doubled
    read in a comprehension's element (each read on the line, the last 0.55, an earlier one 0.3) and
    pyguard56's two reads within one f-string, `%` or `.format` message on the line, a comprehension's
    or a loop body's (0.9 each: two anomalies at once). A program both find is offered once, at the
    higher prior; the later read first (a key is written before its value)."""
    sp = Splicer(sf)
    best: dict[tuple[tuple[int, int, str], ...], Rewrite] = {}
    for target, reads_in, element in _tuple_binders(sf, line):
        names = [n.id for n in target.elts if isinstance(n, ast.Name)]
        if len(names) < 2 or len(names) != len(target.elts) or len(set(names)) != len(names):
            continue  # a single, starred or nested target
        if any(name.startswith("_") for name in names):
            continue  # `_` says a variable is ignored on purpose
        loads = [
            n
            for part in reads_in
            for n in ast.walk(part)
            if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load) and n.id in names
        ]
        unread = [name for name in names if not any(n.id == name for n in loads)]
        if len(unread) != 1:
            continue  # none unread, or several: no single sibling to read instead
        found: list[tuple[ast.Name, float, str]] = []
        for name in names:
            # pylogic30: the doubled name anywhere in a comprehension's element, each read on this line
            doubled = sorted(
                (n for part in element for n in ast.walk(part) if isinstance(n, ast.Name) and n.id == name),
                key=lambda n: (n.lineno, n.col_offset),
            )
            for index, read in enumerate(doubled if len(doubled) >= 2 else []):
                if read.lineno == line:
                    last = index == len(doubled) - 1
                    which = "its last read" if last else f"read {index + 1} of {len(doubled)}"
                    description = f"read {unread[0]} (unpacked, never read) instead of {name} at {which}"
                    found.append((read, MISUSED_LATER_PRIOR if last else MISUSED_EARLIER_PRIOR, description))
        for message in {id(m): m for part in reads_in for m in ast.walk(part) if _is_message(m)}.values():
            # pyguard56: exactly two reads of a sibling within one message on this line
            uses = [
                n
                for n in ast.walk(message)
                if isinstance(n, ast.Name) and n.lineno == line and n.id in names and n.id != unread[0]
            ]
            for name in dict.fromkeys(n.id for n in uses):
                twice = [n for n in uses if n.id == name]
                if len(twice) == 2:
                    description = f"use {unread[0]}, bound beside {name} and never read, for one {name}"
                    found.extend((use, UNUSED_SIBLING_PRIOR, description) for use in twice)
        for read, prior, description in found:
            rewrite = Rewrite(line, ((*sp.span(read), unread[0]),), description, prior, "name")
            if rewrite.spans not in best or best[rewrite.spans].prior < prior:
                best[rewrite.spans] = rewrite
    # the higher prior first; among equals the later read (a key is written before its value)
    return sorted(best.values(), key=lambda r: (-r.prior, -r.spans[0][0]))


def _tuple_binders(
    sf: SourceFile, line: int
) -> list[tuple[ast.Tuple | ast.List, list[ast.AST], list[ast.AST]]]:
    """(target, the parts that may read it, the element) of each tuple-binding comprehension around a read
    on `line` or starting on it, and of each tuple-binding loop statement whose body holds the line (its
    element: none)."""
    found: list[tuple[ast.Tuple | ast.List, list[ast.AST], list[ast.AST]]] = []
    scopes: list[ast.AST] = []
    for node in sf.nodes_starting(line):
        scope = node if isinstance(node, COMPREHENSIONS) else None
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            scope = _enclosing_scope(sf, node)
        if isinstance(scope, COMPREHENSIONS) and all(scope is not s for s in scopes):
            scopes.append(scope)
    for scope in scopes:
        element = [scope.key, scope.value] if isinstance(scope, ast.DictComp) else [scope.elt]
        # A nested scope may rebind the names; reads inside it are not this comprehension's.
        if any(isinstance(n, SCOPES) for part in element for n in ast.walk(part)):
            continue
        # the first iterable is evaluated outside the comprehension: its reads are not of the target
        parts = [
            *element,
            *(c for g in scope.generators for c in g.ifs),
            *(g.iter for g in scope.generators[1:]),
        ]
        for generator in scope.generators:
            if isinstance(generator.target, ast.Tuple | ast.List):
                found.append((generator.target, parts, element))
    # a loop statement around the line, in the line's own function (one walk of it, not the module)
    for node in ast.walk(function_at(sf, line) or sf.tree):
        around = isinstance(node, (ast.For, ast.AsyncFor)) and node.lineno < line <= (node.end_lineno or 0)
        if around and isinstance(node.target, ast.Tuple | ast.List):
            found.append((node.target, list(node.body), []))
    return found


def _is_message(node: ast.AST) -> bool:
    """An f-string, a `%`-formatting of a literal, or a literal's `.format(...)` call."""
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
        return isinstance(node.left, ast.Constant) and isinstance(node.left.value, str)
    return isinstance(node, ast.Call) and is_format_call_at(node, node.lineno)


def uncalled_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """`f` read as a value where the code means `f(v)`: called with the variables its scope ignores."""
    callables = _callable_names(sf.tree)
    if not callables:
        return []
    sp = Splicer(sf)
    found: list[Rewrite] = []
    seen: set[tuple[int, int]] = set()
    for node in sf.nodes_starting(line):
        if not (isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and node.id in callables):
            continue
        if node.lineno != line or _is_called_or_passed(sf, node):
            continue
        scope = _enclosing_scope(sf, node)
        ignored = _ignored_variables(scope, node) if scope is not None else []
        span = sp.span(node)
        if span in seen:
            continue
        if ignored and node.id not in ignored:
            seen.add(span)
            arguments = ", ".join(ignored)
            description = f"call {node.id}({arguments}) instead of reading the function {node.id}"
            found.append(
                Rewrite(line, ((*span, f"{node.id}({arguments})"),), description, UNCALLED_PRIOR, "call")
            )
        elif _in_truth_test(sf, node) and callables[node.id]:
            seen.add(span)
            description = f"call {node.id}() instead of testing the function object {node.id}"
            found.append(Rewrite(line, ((*span, f"{node.id}()"),), description, BARE_CALL_PRIOR, "call"))
    return found


def derived_return_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """`return e` where a local `v = g(e)` was assigned earlier: `return v`, the nearest such local first."""
    func = function_at(sf, line)
    if func is None:
        return []
    returns = [
        n
        for n in walk_own_scope(func)
        if isinstance(n, ast.Return)
        and n.lineno == line
        and n.value is not None
        # A plain name is the wrong-variable template's; a constant is derived from nothing.
        and not isinstance(n.value, ast.Name | ast.Constant)
    ]
    if not returns:
        return []
    sp = Splicer(sf)
    found: list[Rewrite] = []
    for ret in returns:
        returned = ast.dump(ret.value)
        derived: list[tuple[int, str]] = []
        for stmt in walk_own_scope(func):
            if not (
                isinstance(stmt, ast.Assign | ast.AnnAssign)
                and (stmt.end_lineno or stmt.lineno) < line
                and stmt.value is not None
            ):
                continue
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            if len(targets) != 1 or not isinstance(targets[0], ast.Name):
                continue
            # The value contains the returned expression strictly inside it: derived, not a copy.
            if stmt.value is not ret.value and any(
                ast.dump(inner) == returned for inner in ast.walk(stmt.value) if inner is not stmt.value
            ):
                derived.append((stmt.lineno, targets[0].id))
        names: list[str] = []
        for _lineno, name in sorted(derived, reverse=True):
            if name not in names:
                names.append(name)
        for name in names[:MAX_DERIVED]:
            description = f"return {name} (computed from {shorten(sp.text(ret.value), 40)}) instead"
            found.append(Rewrite(line, ((*sp.span(ret.value), name),), description, DERIVED_PRIOR, "return"))
    return found


@node_memo  # one walk of the module per search, not one per candidate line
def _callable_names(tree: ast.Module) -> dict[str, bool]:
    """Names the module treats as functions: {name: whether it is ever called with no arguments}."""
    found: dict[str, bool] = {}
    for node in ast.walk(tree):
        if isinstance(node, FUNCTIONS):
            found.setdefault(node.name, not node.args.args and not node.args.posonlyargs)
        elif isinstance(node, ast.Call):
            if isinstance(node.func, ast.Name):
                bare = not node.args and not node.keywords
                found[node.func.id] = found.get(node.func.id, False) or bare
                if node.func.id in FUNCTION_TAKERS and node.args and isinstance(node.args[0], ast.Name):
                    found.setdefault(node.args[0].id, False)
            for keyword in node.keywords:
                if keyword.arg == "key" and isinstance(keyword.value, ast.Name):
                    found.setdefault(keyword.value.id, False)
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Lambda):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found.setdefault(target.id, not node.value.args.args)
    return found


def _is_called_or_passed(sf: SourceFile, node: ast.Name) -> bool:
    """The name is already called here, or handed on as a function (an argument, a decorator)."""
    parent = sf.parent(node)
    if isinstance(parent, ast.Call):
        return True  # `f(...)`, or `filter(f, xs)`/`g(f)`: a function passed on is not a value tested
    return isinstance(parent, ast.keyword | ast.Attribute | ast.Assign | ast.Return | ast.Starred)


def _enclosing_scope(sf: SourceFile, node: ast.AST) -> ast.AST | None:
    """The nearest lambda or comprehension around `node`, within its statement."""
    current = sf.parent(node)
    while current is not None and not isinstance(current, ast.stmt):
        if isinstance(current, SCOPES):
            return current
        current = sf.parent(current)
    return None


def _ignored_variables(scope: ast.AST, node: ast.AST) -> list[str]:
    """The scope's own variables, in order, when the part of it holding `node` reads none of them (else []).

    A lambda's part is its body; a comprehension's is the condition holding `node` (a filter that tests
    nothing about the element is constant), else its element and conditions together.
    """
    if isinstance(scope, ast.Lambda):
        args = scope.args
        own = [a.arg for a in (*args.posonlyargs, *args.args)]
        parts: list[ast.AST] = [scope.body]
    else:
        own = [n.id for g in scope.generators for n in ast.walk(g.target) if isinstance(n, ast.Name)]
        conditions = [cond for g in scope.generators for cond in g.ifs]
        holding = [cond for cond in conditions if any(inner is node for inner in ast.walk(cond))]
        element = [scope.key, scope.value] if isinstance(scope, ast.DictComp) else [scope.elt]
        parts = holding or [*element, *conditions]
    if not own or any(name.startswith("_") for name in own):
        return []  # `_` says the variable is ignored on purpose
    read = {n.id for part in parts for n in ast.walk(part) if isinstance(n, ast.Name)}
    return [] if read.intersection(own) else own


def _in_truth_test(sf: SourceFile, node: ast.AST) -> bool:
    parent = sf.parent(node)
    if isinstance(parent, ast.UnaryOp) and isinstance(parent.op, ast.Not):
        return True
    if isinstance(parent, ast.BoolOp):
        return True
    return isinstance(parent, ast.If | ast.While | ast.IfExp | ast.Assert) and parent.test is node


__all__ = [
    "derived_return_rewrites",
    "ignored_rewrites",
    "uncalled_rewrites",
    "unused_sibling_rewrites",
]
