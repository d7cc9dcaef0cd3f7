"""LOGIC edit families that widen the single-edit space at a ranked line: operands and ingredients.

Each family is a generic template of the repair literature, applied as one AST-located splice (as in
`logic_templates`), never written for one program:

- a term of a sum or a difference dropped (`1 + len(a) + len(b)` -> `len(a) + len(b)`): an extra
  addend is the mirror of the "missing step" and the commonest arithmetic slip after the operator
  itself (PySStuBs' "change binary operand", Kamienski et al., MSR 2021);
- a rounding mode replaced by another: floor division rounded up (`n //= 2` -> `n -= n // 2`,
  `a // b` -> `-(-a // b)`), and `math.floor`/`math.ceil`/`math.trunc`/`round` for one another
  (TBar's FP10 "mutate method invocation" within one semantic group, the four roundings of
  `numbers.Real`).

Round 38 removed seven families of round 37 that were written after reading r169-r178 and that
reached no dev key but the one each was written for, on r01-r168 nor on the unseen r179-r186 (a
symmetric operand's twin normalisation, a `re` call's missing flag or `$`, `not limit or`, a module
class's other member, a literal's lost constant part, an unread local put into a collection, a field's
`get...()` getter): per-shape tuning by that measure (docs/ENGINE.md, round 38). The floor-division
rounding of the same round is kept, widened to the rounding group it is an instance of.

Priors sit beside logic_templates' (0.15-0.55) so that the older, narrower families keep their order;
the few edits each family offers per line keep the line's space small.
"""

from __future__ import annotations

import ast
import re

from healer.engine.fixers.lineedit import SourceFile, function_at, node_memo, shorten
from healer.engine.fixers.logic_templates import Rewrite, Splicer, name_kinds, never_read

DROP_CONSTANT_TERM_PRIOR = 0.35  # a literal addend: one more than the count, the off-by-one's cousin
DROP_TERM_PRIOR = 0.15
CEIL_PRIOR = 0.3
ROUNDING_PRIOR = 0.3
# math's rounding functions, each one of `numbers.Real`'s `__floor__`, `__ceil__`, `__trunc__`.
ROUNDING = ("floor", "ceil", "trunc")
# `a == 1 or 2`: a constant operand of `or`/`and` is always true (or false); the comparison its sibling
# makes was meant (pylint's and flake8-bugbear's classic warning, as a repair).
CONSTANT_OPERAND_PRIOR = 0.9
NAMED_READ_PRIOR = 0.8  # every read of `.minor` on a line bound to "patch" read as `.patch`
NAMED_STRING_PRIOR = 0.6  # `self._reason = m.group("whitespace")` where the module spells a "reason"
UNREAD_FLAG_PRIOR = 0.6  # a parameter never read, named in the condition it should guard
FLAG_PRIOR = 0.3  # a parameter the function reads elsewhere (passed on to a recursive call, say)
NAME_BOUND_PRIOR = 0.3  # `len(xs) > n` -> `n + 1`: the boundary on the bare name's side
ACCUMULATE_PRIOR = 0.3
WRAPPED_ELSEWHERE_PRIOR = 0.5  # `f(x.hosts)` elsewhere in the module, `x.hosts` raw here

ORDERING = (ast.Lt, ast.LtE, ast.Gt, ast.GtE)


def breadth_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """Every edit of these families that starts on `line`, unranked."""
    sp = Splicer(sf)
    found: list[Rewrite] = []
    for node in sf.nodes_starting(line):
        if isinstance(node, ast.Call):
            found += _rounding_calls(sf, sp, line, node)
        elif isinstance(node, ast.Compare):
            found += _name_bounds(sf, sp, line, node)
        elif isinstance(node, ast.BoolOp):
            found += _constant_operands(sf, sp, line, node)
        elif isinstance(node, ast.Assign):
            found += _accumulated(sf, sp, line, node)
        elif isinstance(node, ast.If | ast.While):
            found += _unread_flags(sf, sp, line, node)
        elif isinstance(node, ast.BinOp):
            found += _dropped_terms(sf, sp, line, node) + _ceiling(sf, sp, line, node)
        elif isinstance(node, ast.AugAssign):
            found += _ceiling(sf, sp, line, node)
        elif isinstance(node, ast.Attribute):
            found += _wrapped_elsewhere(sf, sp, line, node)
    found += _named_reads(sf, sp, line) + _named_strings(sf, sp, line)
    return found


def _terms(node: ast.expr) -> list[tuple[ast.expr, type | None]]:
    """A left-nested chain of `+`/`-` as (term, the operator before it) pairs."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Sub):
        return [*_terms(node.left), (node.right, type(node.op))]
    return [(node, None)]


def _dropped_terms(sf: SourceFile, sp: Splicer, line: int, node: ast.BinOp) -> list[Rewrite]:
    parent = sf.parent(node)
    if not isinstance(node.op, ast.Add | ast.Sub) or (
        isinstance(parent, ast.BinOp) and parent.left is node and isinstance(parent.op, ast.Add | ast.Sub)
    ):
        return []  # the chain is edited once, from its outermost node
    if not sf.on_one_line(node):
        return []
    terms = _terms(node)
    if len(terms) < 2 or any(
        isinstance(term, ast.Constant) and isinstance(term.value, str) for term, _ in terms
    ):
        return []  # a string's parts are content, not a count
    start, end = sp.span(node)
    found: list[Rewrite] = []
    for index, (dropped, _before) in enumerate(terms):
        if index == 0 and terms[1][1] is ast.Sub:
            continue  # `a - b` without `a` would be `-b`: a sign edit, which logic.py offers
        kept = [(term, before) for i, (term, before) in enumerate(terms) if i != index]
        text = ""
        for position, (term, before) in enumerate(kept):
            piece = sp.text(term)
            if isinstance(term, ast.BinOp | ast.IfExp | ast.Lambda | ast.BoolOp | ast.Compare):
                piece = f"({piece})"  # a term that was parenthesised keeps its parentheses
            if position:
                text += f" {'+' if before is ast.Add else '-'} "
            text += piece
        constant = isinstance(dropped, ast.Constant) and isinstance(dropped.value, int | float)
        found.append(
            Rewrite(
                line,
                ((start, end, text),),
                f"drop the term {shorten(sp.text(dropped), 30)} of {shorten(sp.text(node), 40)}",
                DROP_CONSTANT_TERM_PRIOR if constant else DROP_TERM_PRIOR,
                "arith",
            )
        )
    return found


def _ceiling(sf: SourceFile, sp: Splicer, line: int, node: ast.BinOp | ast.AugAssign) -> list[Rewrite]:
    """Floor division where the larger half was meant: `n //= 2` -> `n -= n // 2`, `a // b` -> `-(-a // b)`."""
    if not isinstance(node.op, ast.FloorDiv) or not sf.on_one_line(node):
        return []
    start, end = sp.span(node)
    if isinstance(node, ast.AugAssign):
        if not isinstance(node.target, ast.Name):
            return []
        target, divisor = node.target.id, sp.text(node.value)
        if isinstance(node.value, ast.Constant) and node.value.value == 2:
            new = f"{target} -= {target} // 2"  # the larger half kept: how Python code writes it
        else:
            new = f"{target} = -(-{target} // {_atom(node.value, divisor)})"
    else:
        divided, divisor = sp.text(node.left), sp.text(node.right)
        new = f"-(-{_atom(node.left, divided)} // {_atom(node.right, divisor)})"
    return [
        Rewrite(line, ((start, end, new),), f"round up, not down: {shorten(new, 40)}", CEIL_PRIOR, "arith")
    ]


def _rounding_calls(sf: SourceFile, sp: Splicer, line: int, node: ast.Call) -> list[Rewrite]:
    """`math.floor(x)` -> `math.trunc(x)`, `math.ceil(x)`, `round(x)`: the other rounding modes.

    Python's real numbers round four ways (`__floor__`, `__ceil__`, `__trunc__`, `__round__` of
    `numbers.Real`); a wrong mode differs only on negative or half values, which is why tests that
    sample positives miss it. FP10 "mutate method invocation" within that one semantic group.
    """
    if len(node.args) != 1 or node.keywords or isinstance(node.args[0], ast.Starred):
        return []
    func = node.func
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.attr in ROUNDING:
        if func.value.id != "math":
            return []
        current, others = func.attr, [f"math.{mode}" for mode in ROUNDING if mode != func.attr] + ["round"]
    elif isinstance(func, ast.Name) and func.id == "round" and _imports_math(sf.tree):
        current, others = "round", [f"math.{mode}" for mode in ROUNDING]
    else:
        return []
    start, end = sp.span(func)
    return [
        Rewrite(
            line, ((start, end, other),), f"round with {other} instead of {current}", ROUNDING_PRIOR, "call"
        )
        for other in others
    ]


def _imports_math(tree: ast.Module) -> bool:
    return any(
        isinstance(stmt, ast.Import) and any(a.name == "math" and a.asname is None for a in stmt.names)
        for stmt in tree.body
    )


def _atom(node: ast.expr, text: str) -> str:
    return (
        text
        if isinstance(node, ast.Name | ast.Attribute | ast.Constant | ast.Call | ast.Subscript)
        else f"({text})"
    )


def _norm(name: str) -> str:
    return name.replace("_", "").lower()


def _bound_name(sf: SourceFile, node: ast.AST) -> str | None:
    """The name the statement around `node` binds, or the keyword it is passed as."""
    for ancestor in sf.ancestors(node):
        if isinstance(ancestor, ast.keyword) and ancestor.arg:
            return ancestor.arg
        if isinstance(ancestor, ast.Assign) and len(ancestor.targets) == 1:
            target = ancestor.targets[0]
            if isinstance(target, ast.Name):
                return target.id
            if isinstance(target, ast.Attribute):
                return target.attr
            return None
        if isinstance(ancestor, ast.stmt):
            return None
    return None


def _constant_operands(sf: SourceFile, sp: Splicer, line: int, node: ast.BoolOp) -> list[Rewrite]:
    """`x == "1M" or "?M"` -> `x == "1M" or x == "?M"`: the sibling comparison's left side and operator."""
    found: list[Rewrite] = []
    for constant in node.values:
        if not isinstance(constant, ast.Constant) or not sf.on_one_line(constant):
            continue
        for sibling in node.values:
            if not (isinstance(sibling, ast.Compare) and len(sibling.ops) == 1 and sf.on_one_line(sibling)):
                continue
            operator = sf.text[sp.span(sibling.left)[1] : sp.span(sibling.comparators[0])[0]]
            start, end = sp.span(constant)
            new = f"{sp.text(sibling.left)}{operator}{sp.text(constant)}"
            found.append(
                Rewrite(
                    line,
                    ((start, end, new),),
                    f"compare {shorten(sp.text(constant), 20)} as its sibling does: {shorten(new, 40)}",
                    CONSTANT_OPERAND_PRIOR,
                    "condition",
                )
            )
            break
    return found


def _statement(sf: SourceFile, line: int) -> ast.stmt | None:
    for node in sf.nodes_starting(line):
        if isinstance(node, ast.stmt):
            return node
    return None


def _bound_for(sf: SourceFile, node: ast.AST) -> tuple[str, ast.expr] | None:
    """The name a value is bound to, and the value: a dict key or a keyword."""
    child = node
    for ancestor in sf.ancestors(node):
        if isinstance(ancestor, ast.Dict):
            for key, value in zip(ancestor.keys, ancestor.values, strict=True):
                if value is child and isinstance(key, ast.Constant) and isinstance(key.value, str):
                    return key.value, value
            return None
        if isinstance(ancestor, ast.keyword):
            return (ancestor.arg, ancestor.value) if ancestor.arg else None
        if isinstance(ancestor, ast.stmt):
            # Not an assignment's target: `self.count = self.total // n` reading `.count` reads what it binds.
            return None
        child = ancestor
    return None


@node_memo
def _module_attributes(tree: ast.AST) -> dict[str, str]:
    return {n.attr: "" for n in ast.walk(tree) if isinstance(n, ast.Attribute)}


def _named_reads(sf: SourceFile, sp: Splicer, line: int) -> list[Rewrite]:
    """`"patch": str(self.minor) != str(other.minor)` -> `.patch` in both: the value bound to a key,
    keyword or target reads the attribute of that name, when the module has one (naming consistency)."""
    found: list[Rewrite] = []
    seen: set[tuple[str, str]] = set()
    attributes = _module_attributes(sf.tree)
    for node in sf.nodes_starting(line):
        if not (isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load)):
            continue
        parent = sf.parent(node)
        if isinstance(parent, ast.Call) and parent.func is node:
            continue  # a method called, not a field read
        bound = _bound_for(sf, node)
        if bound is None:
            continue
        name, value = bound
        wanted = [a for a in attributes if _norm(a) == _norm(name) and a != node.attr]
        if len(wanted) != 1 or _norm(node.attr) == _norm(name) or (name, node.attr) in seen:
            continue
        seen.add((name, node.attr))
        spans = []
        for read in ast.walk(value):
            if isinstance(read, ast.Attribute) and read.attr == node.attr and isinstance(read.ctx, ast.Load):
                end = sp.span(read)[1]
                spans.append((end - len(read.attr), end, wanted[0]))
        found.append(
            Rewrite(
                line,
                tuple(spans),
                f"read .{wanted[0]} for {name!r}, not .{node.attr}",
                NAMED_READ_PRIOR,
                "variable",
            )
        )
    return found


@node_memo
def _module_words(tree: ast.AST) -> dict[str, str]:
    """Identifier-like words the module's string constants spell (regex group names, keys, fields)."""
    words: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) < 2000:
            for word in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", node.value):
                words.setdefault(word, "")
    return words


def _named_strings(sf: SourceFile, sp: Splicer, line: int) -> list[Rewrite]:
    """`self._reason = m.group("whitespace")` -> `m.group("reason")`, when the module spells "reason"."""
    statement = _statement(sf, line)
    if not isinstance(statement, ast.Assign) or not isinstance(statement.value, ast.Call):
        return []
    bound = _bound_name(sf, statement.value)
    word = (bound or "").strip("_")
    if len(word) < 3 or word not in _module_words(sf.tree):
        return []
    found: list[Rewrite] = []
    for arg in statement.value.args:
        if not (
            isinstance(arg, ast.Constant)
            and isinstance(arg.value, str)
            and arg.value.isidentifier()
            and arg.value != word
            and sf.on_one_line(arg)
        ):
            continue
        text = sp.text(arg)
        if text[:1] not in ("'", '"'):
            continue
        start, end = sp.span(arg)
        found.append(
            Rewrite(
                line,
                ((start, end, f"{text[0]}{word}{text[0]}"),),
                f"pass {word!r}, the name the value is stored as, not {arg.value!r}",
                NAMED_STRING_PRIOR,
                "literal",
            )
        )
    return found


def _unread_flags(sf: SourceFile, sp: Splicer, line: int, node: ast.If | ast.While) -> list[Rewrite]:
    """`if view.redact:` -> `if redact and view.redact:`: the function's parameter named like the attribute
    the condition tests, first when the function never reads it."""
    func = function_at(sf, line)
    if func is None or not sf.on_one_line(node.test):
        return []
    unread = never_read(func)
    parameters = [a.arg for a in func.args.posonlyargs + func.args.args + func.args.kwonlyargs]
    spelled = {n.attr for n in ast.walk(node.test) if isinstance(n, ast.Attribute)}
    tested = {n.id for n in ast.walk(node.test) if isinstance(n, ast.Name)}
    start, end = sp.span(node.test)
    grouped = isinstance(node.test, ast.BoolOp) and isinstance(node.test.op, ast.Or)
    found: list[Rewrite] = []
    for name in parameters:
        if name in tested or name in ("self", "cls") or not any(_norm(name) == _norm(w) for w in spelled):
            continue
        spans = (
            ((start, start, f"{name} and ("), (end, end, ")"))
            if grouped
            else ((start, start, f"{name} and "),)
        )
        prior = UNREAD_FLAG_PRIOR if name in unread else FLAG_PRIOR
        found.append(Rewrite(line, spans, f"test the parameter {name} first", prior, "condition"))
    return found


def _name_bounds(sf: SourceFile, sp: Splicer, line: int, node: ast.Compare) -> list[Rewrite]:
    """`len(xs) > n` -> `len(xs) > n + 1` (and `- 1`): the boundary moved on a bare name's side."""
    if len(node.ops) != 1 or not isinstance(node.ops[0], ORDERING):
        return []
    func = function_at(sf, line)
    kinds = name_kinds(func) if func is not None else {}
    found: list[Rewrite] = []
    for operand in (node.left, node.comparators[0]):
        if not isinstance(operand, ast.Name) or kinds.get(operand.id) not in (None, "int"):
            continue
        start, end = sp.span(operand)
        for sign in ("+", "-"):
            new = f"{operand.id} {sign} 1"
            found.append(
                Rewrite(
                    line,
                    ((start, end, new),),
                    f"use {new} instead of {operand.id} in the comparison",
                    NAME_BOUND_PRIOR,
                    "off-by-one",
                )
            )
    return found


def _accumulated(sf: SourceFile, sp: Splicer, line: int, node: ast.Assign) -> list[Rewrite]:
    """`text = part` -> `text += part` when the function bound `text` before this line (an accumulator)."""
    if len(node.targets) != 1 or not isinstance(node.targets[0], ast.Name):
        return []
    target = node.targets[0].id
    func = function_at(sf, line)
    if func is None or name_kinds(func).get(target) in ("bool", "dict", "set"):
        return []
    earlier = False
    for other in ast.walk(func):
        if other is node or not isinstance(other, ast.Assign | ast.AugAssign | ast.AnnAssign):
            continue
        targets = other.targets if isinstance(other, ast.Assign) else [other.target]
        if other.lineno < node.lineno and any(isinstance(t, ast.Name) and t.id == target for t in targets):
            earlier = True
            break
    if not earlier:
        return []
    target_end, value_start = sp.span(node.targets[0])[1], sp.span(node.value)[0]
    if sf.text[target_end:value_start].strip() != "=":
        return []
    return [
        Rewrite(
            line,
            ((target_end, value_start, " += "),),
            f"add to {target} instead of overwriting it",
            ACCUMULATE_PRIOR,
            "arith",
        )
    ]


@node_memo
def _wrappers(tree: ast.AST) -> dict[str, str]:
    """The text of each value the module passes alone to a function of its own, and that function."""
    own = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in own
            and len(node.args) == 1
            and not node.keywords
            and isinstance(node.args[0], ast.Attribute | ast.Name)
        ):
            found.setdefault(ast.unparse(node.args[0]), node.func.id)
    return found


def _wrapped_elsewhere(sf: SourceFile, sp: Splicer, line: int, node: ast.Attribute) -> list[Rewrite]:
    """`self.machines != self._netrc.hosts` -> `dictify_hosts(self._netrc.hosts)`, as the module does elsewhere."""
    if not isinstance(node.ctx, ast.Load) or not sf.on_one_line(node):
        return []
    if isinstance(sf.parent(node), ast.Call | ast.Attribute):
        return []  # passed to a call already, or only a receiver
    wrapper = _wrappers(sf.tree).get(ast.unparse(node))
    if wrapper is None:
        return []
    start, end = sp.span(node)
    new = f"{wrapper}({sp.text(node)})"
    return [
        Rewrite(
            line,
            ((start, end, new),),
            f"pass {shorten(sp.text(node), 30)} through {wrapper}() as elsewhere",
            WRAPPED_ELSEWHERE_PRIOR,
            "call",
        )
    ]


__all__ = ["breadth_rewrites"]
