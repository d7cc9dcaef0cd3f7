"""LOGIC fix templates beyond one token: statements, conditions, calls and collections.

The single-token mutations of `logic.py` (operators, constants, names) cover the
classic mutation operators. This module adds the fix templates of TBar (Liu et
al., "TBar: Revisiting Template-based Automated Program Repair", ISSTA 2019)
adapted to Python, each applied as one AST-located edit whose replacement text
is spliced into the original source (every byte outside the edited span stays
as it was):

- FP4 insert missed statement: a guard for an empty container in a condition;
- FP6 mutate conditional expression: drop a clause of `and`/`or`, add a clause
  taken from the same function, swap the clauses (short-circuit order);
- FP10 mutate method invocation: the sibling method or function (derived from
  signatures and names, see `siblings`), an argument added or dropped;
- FP12 mutate return statement: return another variable of the function;
- FP13 mutate variable: a variable bound later in the function, a literal
  replaced by a variable used nearby;
- FP14 move statement: swap a statement with its neighbour;
- FP15 remove buggy statement;
plus collection steps that Python code forgets (sort, reverse, copy: wrapping
an iterable in sorted()/reversed()), exchanged branches of a conditional
expression, exchanged unpacking targets, and slice bounds (start vs stop,
sign), from the mutation operators of Offutt et al. ("An experimental
determination of sufficient mutant operators", TOSEM 1996) adapted to Python.

Priors (0..1) order candidates of equally suspicious lines; they follow how
often each kind of change is the fix in studies of one-statement bugs
(ManySStuBs4J, Karampatsis & Allamanis, MSR 2020; PySStuBs, Kamienski et al.,
MSR 2021: identifier and call changes first, then operators, literals and
conditions), not any benchmark of this project.
"""

from __future__ import annotations

import ast
import bisect
import builtins
import collections
import difflib
import inspect
import itertools
import math
import re
from dataclasses import dataclass
from functools import cache

from healer.engine.fixers.lineedit import (
    FUNCTIONS,
    SourceFile,
    class_at,
    function_at,
    local_names,
    needs_parens,
    node_memo,
    parse_expr,
    shorten,
    split_lines,
)

SIMPLE_STATEMENTS = (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.Expr, ast.Return, ast.Break, ast.Continue)
# Builtin types whose methods a receiver of unknown type may offer (for sibling methods).
RECEIVER_TYPES: tuple[type, ...] = (
    str,
    list,
    dict,
    set,
    tuple,
    bytes,
    collections.deque,
    collections.OrderedDict,
    collections.Counter,
    int,
    float,
)
# Opposite pairs no signature or name similarity reveals (their names share no letters).
OPPOSITES = {
    "min": "max",
    "max": "min",
    "floor": "ceil",
    "ceil": "floor",
    "any": "all",
    "all": "any",
    "append": "extend",
    "extend": "append",
    "keys": "values",
    "values": "keys",
    "items": "values",
    "lower": "upper",
    "upper": "lower",
}
MAX_SIBLINGS = 3
# The rounding modes (toward zero, down, up, to nearest): mutation testing's rounding-function replacement. A
# function of one of these names that the module defines or imports is offered for another, before the cap of
# MAX_SIBLINGS (`int(x)` where the module's own `floor(x)` was meant rounds negative values the wrong way).
ROUNDINGS = frozenset({"int", "round", "floor", "ceil", "trunc"})
ROUNDING_PRIOR = 0.35  # below a regrouping (0.4): on dev r79 a `floor` offered at 0.5 put the key two deeper


@dataclass(frozen=True)
class Rewrite:
    """Replacements at absolute character offsets of the file: ((start, end, text), ...)."""

    line: int  # 1-based line of the faulty code (where the edit starts)
    spans: tuple[tuple[int, int, str], ...]
    description: str
    prior: float
    kind: str


class Splicer:
    """Character offsets of a SourceFile's nodes, and the text after a rewrite."""

    def __init__(self, sf: SourceFile) -> None:
        self.sf = sf
        self.starts = [0]
        for line in sf.lines:
            self.starts.append(self.starts[-1] + len(line))

    def offset(self, line: int, col: int) -> int:
        return self.starts[line - 1] + col

    def span(self, node: ast.AST) -> tuple[int, int]:
        (l1, c1), (l2, c2) = self.sf.start(node), self.sf.end(node)
        return self.offset(l1, c1), self.offset(l2, c2)

    def text(self, node: ast.AST) -> str:
        start, end = self.span(node)
        return self.sf.text[start:end]

    def line_span(self, first: int, last: int) -> tuple[int, int]:
        """Offsets of whole lines first..last, endings included."""
        return self.starts[first - 1], self.starts[last]

    def apply(self, rewrite: Rewrite) -> str | None:
        text = self.sf.text
        for start, end, new in sorted(rewrite.spans, key=lambda s: s[0], reverse=True):
            if not 0 <= start <= end <= len(text):
                return None
            text = text[:start] + new + text[end:]
        if text == self.sf.text:
            return None
        # Only the lines the rewrite touched are new; the file's verdict comes from the def or class
        # around them (SourceFile.parses_replacing).
        low = min(start for start, _end, _new in rewrite.spans)
        high = max(end for _start, end, _new in rewrite.spans)
        first = bisect.bisect_right(self.starts, low)
        last = max(first, bisect.bisect_left(self.starts, high))
        grown = len(text) - len(self.sf.text)
        new_lines = split_lines(text[self.starts[first - 1] : self.starts[last] + grown])
        if not self.sf.parses_replacing(first=first, last=last, new_lines=new_lines):
            return None
        return text


# Nodes whose evaluation can act (a call, an await, a yield, an assignment): a literal holding one is evaluated
# in its written order, so writing it backwards changes the values, not only the walk; reversed(...) is kept.
_EFFECTS = (ast.Call, ast.Await, ast.Yield, ast.YieldFrom, ast.NamedExpr)


def _indent(sf: SourceFile, line: int) -> str:
    body = sf.line_text(line)
    return body[: len(body) - len(body.lstrip())]


def _statement_block(sf: SourceFile, stmt: ast.stmt) -> list[ast.stmt] | None:
    parent = sf.parent(stmt)
    if parent is None:
        return None
    for field in ("body", "orelse", "finalbody"):
        block = getattr(parent, field, None)
        if isinstance(block, list) and any(s is stmt for s in block):
            return block
    if isinstance(parent, ast.ExceptHandler):
        return parent.body
    return None


# The two halves of a balanced structure: a stack's push and pop, a set's add and discard, a lock's
# acquire and release, a resource's open and close. Deleting one half is Kali's "remove functionality",
# the classic overfitting patch (Qi et al., ISSTA 2015): tests that never check the structure's depth pass
# it (r352: `stack.pop()` deleted after a close token, for the skip step beside it), and the structure
# the function reads later is left unbalanced.
BALANCED_HALVES: dict[str, frozenset[str]] = {
    "pop": frozenset({"append", "appendleft", "insert", "extend", "push", "add", "setdefault"}),
    "popleft": frozenset({"append", "appendleft", "extend", "insert"}),
    "popitem": frozenset({"setdefault", "update"}),
    "remove": frozenset({"append", "add", "insert", "extend"}),
    "discard": frozenset({"add", "update"}),
    "release": frozenset({"acquire"}),
    "close": frozenset({"open"}),
}


def _balancing_call(
    func: ast.FunctionDef | ast.AsyncFunctionDef, stmt: ast.stmt, *, owner: ast.AST | None
) -> bool:
    """`stmt` holds a call of one half of a pair (`xs.pop()`) on a receiver the function also calls the other on.

    Held, not only made: deleting an `if depth: depth.pop()` deletes the pop in it. A receiver on the
    method's `self` (`self.items.pop()`) is balanced anywhere in its class `owner`: a stack's push and pop
    are two methods (both round 55's review).
    """
    return any(_balanced_half(func, s, owner=owner) for s in ast.walk(stmt) if isinstance(s, ast.Expr))


def _balanced_half(
    func: ast.FunctionDef | ast.AsyncFunctionDef, stmt: ast.Expr, *, owner: ast.AST | None
) -> bool:
    """`stmt` is a call of one half of a pair (`xs.pop()`) whose other half (`xs.append(...)`) its scope calls."""
    call = stmt.value
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)):
        return False
    halves = BALANCED_HALVES.get(call.func.attr)
    if halves is None:
        return False
    receiver = ast.dump(call.func.value, include_attributes=False)
    root = call.func.value
    while isinstance(root, ast.Attribute | ast.Subscript):
        root = root.value
    params = func.args.posonlyargs + func.args.args
    on_self = isinstance(root, ast.Name) and bool(params) and root.id == params[0].arg
    scope = owner if on_self and isinstance(owner, ast.ClassDef) else func
    return any(
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in halves
        and ast.dump(node.func.value, include_attributes=False) == receiver
        for node in ast.walk(scope)
    )


def _last_yield(func: ast.AST, stmt: ast.stmt) -> bool:
    """`stmt` holds every yield of `func` (nested functions aside): deleting it unmakes the generator."""
    inside = {id(node) for node in ast.walk(stmt)}
    # A nested generator's yields count too: deleting then stays allowed (the safe side).
    yields = [node for node in ast.walk(func) if isinstance(node, ast.Yield | ast.YieldFrom)]
    return bool(yields) and all(id(node) in inside for node in yields)


def _alone_on_lines(sf: SourceFile, stmt: ast.stmt) -> bool:
    """The statement owns its lines: nothing else before or after it on them (no `a; b`)."""
    first, last = stmt.lineno, stmt.end_lineno
    before = sf.line_text(first)[: sf.start(stmt)[1]]
    after = sf.line_text(last)[sf.end(stmt)[1] :]
    return not before.strip() and (not after.strip() or after.strip().startswith("#"))


@dataclass
class _Templates:
    sf: SourceFile
    sp: Splicer
    line: int
    exception: str = ""

    def all(self) -> list[Rewrite]:
        found: list[Rewrite] = []
        for node in self.sf.nodes_starting(self.line):
            if isinstance(node, ast.stmt):
                found += self.statement(node)
            if isinstance(node, ast.BoolOp):
                found += self.boolop(node)
            elif isinstance(node, ast.IfExp):
                found += self.ifexp(node)
            elif isinstance(node, ast.Call):
                found += self.call(node)
            elif isinstance(node, ast.Subscript):
                found += self.subscript(node)
            elif isinstance(node, ast.Name):
                found += self.name(node)
            elif isinstance(node, ast.Constant):
                found += self.literal(node)
            elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
                found += self.chain(node)
            elif isinstance(node, ast.Compare):
                found += self.blank(node)
        return found

    def blank(self, node: ast.Compare) -> list[Rewrite]:
        """`s != ''` where `s.strip() != ''` was meant: a whitespace-only string counted as text.

        A test for emptiness that misses the normalising call before it is the missing-method-
        invocation fault of TBar's "insert method invocation" templates (Liu et al., ISSTA 2019);
        for a string compared with the empty string, the call is a strip.
        """
        if len(node.ops) != 1 or not isinstance(node.ops[0], (ast.Eq, ast.NotEq)):
            return []
        sides = [node.left, node.comparators[0]]
        empty = [isinstance(side, ast.Constant) and side.value == "" for side in sides]
        if sum(empty) != 1 or not self.sf.on_one_line(node):
            return []
        value = sides[empty.index(False)]
        if not isinstance(value, (ast.Name, ast.Attribute, ast.Subscript)):
            return []
        text = self.sp.text(value)
        return [
            self.rewrite(
                value, f"{text}.strip()", f"compare {shorten(text, 30)}.strip() with ''", 0.35, "step"
            )
        ]

    def chain(self, node: ast.BinOp) -> list[Rewrite]:
        """`a + b + c` whose parts are in the wrong order: exchange two of them (strings and lists do not commute)."""
        parent = self.sf.parent(node)
        if isinstance(parent, ast.BinOp) and isinstance(parent.op, ast.Add) and parent.left is node:
            return []  # only the whole chain
        parts: list[ast.expr] = []
        current: ast.expr = node
        while isinstance(current, ast.BinOp) and isinstance(current.op, ast.Add):
            parts.insert(0, current.right)
            current = current.left
        parts.insert(0, current)
        if not 3 <= len(parts) <= 5 or not self.sf.on_one_line(node):
            return []
        tight = (ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow)
        if any(needs_parens(p) and not (isinstance(p, ast.BinOp) and isinstance(p.op, tight)) for p in parts):
            return []  # a part that binds looser than + would regroup when moved
        found = []
        for i in range(len(parts)):
            for j in range(i + 1, len(parts)):
                a, b = parts[i], parts[j]
                ta, tb = self.sp.text(a), self.sp.text(b)
                if ta == tb:
                    continue
                (a0, a1), (b0, b1) = self.sp.span(a), self.sp.span(b)
                description = f"swap {shorten(ta, 30)} and {shorten(tb, 30)} in the sum"
                found.append(Rewrite(self.line, ((a0, a1, tb), (b0, b1, ta)), description, 0.2, "operands"))
        return found

    # -- helpers ----------------------------------------------------------
    def rewrite(self, node: ast.AST, new: str, description: str, prior: float, kind: str) -> Rewrite:
        start, end = self.sp.span(node)
        return Rewrite(self.line, ((start, end, new),), description, prior, kind)

    def short(self, node: ast.AST, limit: int = 40) -> str:
        return shorten(self.sp.text(node), limit)

    # -- statements (FP14, FP15, FP4) ----------------------------------------
    def statement(self, stmt: ast.stmt) -> list[Rewrite]:
        found = self.delete(stmt) + self.move(stmt)
        if isinstance(stmt, (ast.For, ast.AsyncFor)):
            found += self.iterate(stmt)
        if isinstance(stmt, (ast.Assign, ast.For)) and isinstance(
            getattr(stmt, "targets", [getattr(stmt, "target", None)])[0], ast.Tuple
        ):
            found += self.swap_targets(stmt) + self.order_unpacked(stmt)
        if isinstance(stmt, ast.If | ast.While):
            found += self.guard(stmt.test)
            found += self.add_clause(stmt)
        if isinstance(stmt, ast.Return) and stmt.value is not None:
            found += self.collection_step(stmt.value, "the returned value")
            if isinstance(stmt.value, ast.Tuple):
                for element in stmt.value.elts:
                    if isinstance(element, ast.Name):
                        found += self.collection_step(element, "the returned")
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
            found += self.collection_step(stmt.value, "the assigned value")
        return found

    def delete(self, stmt: ast.stmt) -> list[Rewrite]:
        """TBar FP15: remove the statement (a spurious update, call or early exit)."""
        deletable = isinstance(stmt, (*SIMPLE_STATEMENTS, ast.If)) and not isinstance(stmt, ast.Return)
        if not deletable or not _alone_on_lines(self.sf, stmt):
            return []
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
            return []  # a docstring
        func = function_at(self.sf, stmt.lineno)
        if func is None:
            return []  # a module or class binding defines what other code reads: its value is the slip
        if _last_yield(func, stmt):
            return []  # the function would stop being a generator: every caller gets None
        if _balancing_call(func, stmt, owner=self.sf.parent(func)):
            return []  # one half of a push/pop pair: deleting it unbalances what the function reads later
        block = _statement_block(self.sf, stmt)
        if block is None:
            return []
        start, end = self.sp.line_span(stmt.lineno, stmt.end_lineno)
        replacement = ""
        if len(block) == 1:
            replacement = f"{_indent(self.sf, stmt.lineno)}pass\n"
        priors = {ast.AugAssign: 0.4, ast.Expr: 0.35, ast.Assign: 0.3, ast.If: 0.25}
        prior = priors.get(type(stmt), 0.2)
        shown = shorten(self.sf.line_text(stmt.lineno).strip(), 50)
        return [
            Rewrite(self.line, ((start, end, replacement),), f"delete the statement {shown}", prior, "delete")
        ]

    def move(self, stmt: ast.stmt) -> list[Rewrite]:
        """TBar FP14: exchange the statement with the next one of its block (wrong order)."""
        if not isinstance(stmt, SIMPLE_STATEMENTS) or isinstance(stmt, (ast.Return, ast.Break, ast.Continue)):
            return []
        block = _statement_block(self.sf, stmt)
        if block is None:
            return []
        index = next(i for i, s in enumerate(block) if s is stmt)
        found = []
        for other in block[index + 1 : index + 2]:
            if not isinstance(other, SIMPLE_STATEMENTS) or not _alone_on_lines(self.sf, other):
                continue
            if not _alone_on_lines(self.sf, stmt) or other.lineno != stmt.end_lineno + 1:
                continue
            a_start, a_end = self.sp.line_span(stmt.lineno, stmt.end_lineno)
            b_start, b_end = self.sp.line_span(other.lineno, other.end_lineno)
            a_text, b_text = self.sf.text[a_start:a_end], self.sf.text[b_start:b_end]
            if a_text.strip() == b_text.strip():
                continue
            description = (
                f"run {shorten(b_text.strip(), 40)} before {shorten(a_text.strip(), 40)} (line {stmt.lineno})"
            )
            prior = 0.8 if self._copies_what_was_written(stmt, other) else 0.3
            found.append(Rewrite(self.line, ((a_start, b_end, b_text + a_text),), description, prior, "move"))
        return found

    def _copies_what_was_written(self, first: ast.stmt, second: ast.stmt) -> bool:
        """`x[0] = last` then `smallest = x[0]`: the second only copies what the first just wrote.

        A redundant statement is a classic trace of a bug (Xie & Engler, "Using redundancies to
        find errors", FSE 2002): here, of two statements in the wrong order.
        """
        if not isinstance(first, ast.Assign) or len(first.targets) != 1:
            return False
        written = ast.dump(first.targets[0], annotate_fields=False).replace("Store()", "Load()")
        value = getattr(second, "value", None)
        return value is not None and ast.dump(value, annotate_fields=False) == written

    def swap_targets(self, stmt: ast.stmt) -> list[Rewrite]:
        """The wrong member of a pair: `for key, value in` that should unpack `value, key`."""
        target = stmt.targets[0] if isinstance(stmt, ast.Assign) else stmt.target
        if not isinstance(target, ast.Tuple) or not 2 <= len(target.elts) <= 4 or target.lineno != self.line:
            return []
        if any(e.lineno != self.line or isinstance(e, ast.Starred) for e in target.elts):
            return []
        found = []
        # Any two members of a longer unpacking (`key, arg_name, type_name = args`): neighbours first.
        for i, j in sorted(
            itertools.combinations(range(len(target.elts)), 2), key=lambda p: (p[1] - p[0], p)
        ):
            a, b = target.elts[i], target.elts[j]
            ta, tb = self.sp.text(a), self.sp.text(b)
            if ta == tb:
                continue
            (a0, a1), (b0, b1) = self.sp.span(a), self.sp.span(b)
            texts = [self.sp.text(e) for e in target.elts]
            texts[i], texts[j] = tb, ta
            old = ", ".join(self.sp.text(e) for e in target.elts)
            found.append(
                Rewrite(
                    self.line,
                    ((a0, a1, tb), (b0, b1, ta)),
                    f"unpack into {', '.join(texts)} instead of {old}",
                    0.3 if j == i + 1 else 0.2,
                    "pair",
                )
            )
        return found

    # -- collections ------------------------------------------------------
    def iterate(self, stmt: ast.For | ast.AsyncFor) -> list[Rewrite]:
        """A missing step on the iterated collection: sort it or walk it backwards."""
        it = stmt.iter
        if it.lineno != self.line:
            return []
        shown = self.short(it)
        text = self.sp.text(it)
        if (
            isinstance(it, ast.Call)
            and isinstance(it.func, ast.Name)
            and it.func.id in ("sorted", "reversed")
        ):
            if len(it.args) == 1 and not it.keywords:
                inner = self.sp.text(it.args[0])
                return [
                    self.rewrite(
                        it,
                        inner,
                        f"iterate over {shorten(inner, 40)} as it is, not {it.func.id}",
                        0.35,
                        "collection",
                    )
                ]
            return []
        backwards = self.rewrite(
            it, f"reversed({text})", f"iterate over {shown} in reverse order", 0.3, "collection"
        )
        if (
            isinstance(it, ast.Tuple | ast.List)
            and len(it.elts) >= 2
            and not any(isinstance(e, ast.Starred) for e in it.elts)
            and not any(isinstance(n, _EFFECTS) for e in it.elts for n in ast.walk(e))
            and self.sf.on_one_line(it)
        ):
            # A literal's order is the written one (a priority list: the first match wins), so its reverse
            # is the literal written backwards, not a `reversed()` around it: the same walk, the author's form.
            spans = tuple(
                (*self.sp.span(element), self.sp.text(mirror))
                for element, mirror in zip(it.elts, reversed(it.elts), strict=True)
                if element is not mirror
            )
            backwards = Rewrite(
                self.line,
                spans,
                f"iterate over {shown} in reverse order (the literal reversed)",
                0.3,
                "collection",
            )
        ordered = self.rewrite(
            it, f"sorted({text})", f"iterate over {shown} in sorted order", 0.35, "collection"
        )
        literal = isinstance(it, ast.Tuple | ast.List) and all(isinstance(e, ast.Constant) for e in it.elts)
        values = [e.value for e in it.elts] if literal else []
        if (
            len(values) >= 2
            and len({type(v) for v in values}) == 1
            and type(values[0]) in (str, int, float, bytes)
            and self.sf.on_one_line(it)
        ):
            # A literal of constants sorted is a fixed order too: write it so (a priority list reads as one),
            # and it drops as a duplicate where the sorted order is the reversed one.
            order = sorted(it.elts, key=lambda e: e.value)
            spans = tuple(
                (*self.sp.span(element), self.sp.text(sorted_element))
                for element, sorted_element in zip(it.elts, order, strict=True)
                if element is not sorted_element
            )
            if not spans:
                return [backwards]  # already in sorted order: sorting it changes nothing
            ordered = Rewrite(
                self.line,
                spans,
                f"iterate over {shown} in sorted order (the literal sorted)",
                0.35,
                "collection",
            )
        return [ordered, backwards]

    def order_unpacked(self, stmt: ast.Assign | ast.For) -> list[Rewrite]:
        """`first, second = a, b` -> `first, second = sorted([a, b])`: a missing step on a pair of values.

        The values are unpacked into an order of their own (first, smaller, low...), which the given order
        need not be: the two sides of an exchange each hold their own message first, and a transcript both
        hash must put them in one canonical order. The same missing sort as `iterate`'s, on a tuple display.
        """
        value = getattr(stmt, "value", None)
        target = stmt.targets[0] if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 else None
        if not isinstance(value, ast.Tuple) or not isinstance(target, ast.Tuple):
            return []
        if len(value.elts) != len(target.elts) or len(value.elts) < 2 or value.lineno != self.line:
            return []
        if not self.sf.on_one_line(value) or any(isinstance(e, ast.Starred) for e in value.elts):
            return []
        if any(isinstance(e, ast.Constant) for e in value.elts):
            return []  # a written constant is in the order its author chose
        items = ", ".join(self.sp.text(e) for e in value.elts)
        shown = shorten(items, 40)
        return [
            self.rewrite(value, f"sorted([{items}])", f"unpack {shown} in sorted order", 0.2, "collection")
        ]

    def collection_step(self, value: ast.expr, label: str) -> list[Rewrite]:
        """Sort, reverse or un-sort/un-reverse a returned or assigned collection."""
        if value.lineno != self.line or not self.sf.on_one_line(value):
            return []
        text = self.sp.text(value)
        shown = shorten(text, 40)
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and len(value.args) == 1:
            inner = self.sp.text(value.args[0])
            if value.func.id in ("sorted", "reversed", "list") and not value.keywords:
                found = [
                    self.rewrite(
                        value, inner, f"use {shorten(inner, 40)} instead of {shown}", 0.3, "collection"
                    )
                ]
                if value.func.id == "list":
                    # A missing sort step: `list(xs)` and `sorted(xs)` both make a new list, one in order
                    # (a dict's keys, a set's members come in insertion or hash order).
                    found.append(
                        self.rewrite(
                            value.func, "sorted", f"sort {label} {shown}: sorted for list", 0.3, "collection"
                        )
                    )
                return found
        if isinstance(value, ast.Subscript) and isinstance(value.slice, ast.Slice):
            s = value.slice
            if s.lower is None and s.upper is None and s.step is not None:
                inner = self.sp.text(value.value)
                return [
                    self.rewrite(
                        value, inner, f"use {shorten(inner, 40)} instead of {shown}", 0.3, "collection"
                    )
                ]
        if not isinstance(value, (ast.Name, ast.Attribute, ast.Call, ast.ListComp, ast.BinOp, ast.Subscript)):
            return []
        builtin_call = (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Name)
            and value.func.id in dir(builtins)
        )
        if builtin_call and value.func.id not in ("list", "map", "filter", "zip"):
            return []
        if isinstance(value, ast.BinOp) and not isinstance(value.op, ast.Add):
            return []
        wrapped = text if not isinstance(value, ast.BinOp) else f"({text})"
        return [
            self.rewrite(value, f"{wrapped}[::-1]", f"reverse {label} {shown}", 0.25, "collection"),
            self.rewrite(value, f"sorted({text})", f"sort {label} {shown}", 0.2, "collection"),
        ]

    def subscript(self, node: ast.Subscript) -> list[Rewrite]:
        """Slice bounds: start vs stop, and the sign of a bound; an index off by one."""
        s = node.slice
        if isinstance(s, (ast.Call, ast.Subscript)) and self.sf.on_one_line(s):
            # Computed indexes (the line-level edits cover names and arithmetic).
            text = self.sp.text(s)
            return [
                self.rewrite(s, f"{text} {delta}", f"use index {shorten(text, 30)} {delta}", 0.3, "index")
                for delta in ("- 1", "+ 1")
            ]
        if not isinstance(s, ast.Slice) or s.step is not None or not self.sf.on_one_line(node):
            return []
        found = []
        base = self.sp.text(node.value)
        bound = s.lower or s.upper
        if (s.lower is None) != (s.upper is None) and bound is not None:
            b = self.sp.text(bound)
            new = f"{base}[:{b}]" if s.lower is not None else f"{base}[{b}:]"
            found.append(self.rewrite(node, new, f"use {new} instead of {self.short(node)}", 0.4, "slice"))
            if isinstance(bound, ast.UnaryOp) and isinstance(bound.op, ast.USub):
                flipped = self.sp.text(bound.operand)
            elif isinstance(bound, (ast.Name, ast.Call, ast.Attribute, ast.Subscript)) or (
                isinstance(bound, ast.Constant) and isinstance(bound.value, int)
            ):
                flipped = f"-{b}"
            else:
                flipped = ""
            if flipped:
                new = f"{base}[{flipped}:]" if s.lower is not None else f"{base}[:{flipped}]"
                found.append(
                    self.rewrite(node, new, f"use {new} instead of {self.short(node)}", 0.3, "slice")
                )
        if s.lower is not None and s.upper is not None:
            lo, hi = self.sp.text(s.lower), self.sp.text(s.upper)
            new = f"{base}[{hi}:{lo}]"
            found.append(self.rewrite(node, new, f"use {new} instead of {self.short(node)}", 0.2, "slice"))
        return found

    # -- conditions (FP6) ---------------------------------------------------
    def boolop(self, node: ast.BoolOp) -> list[Rewrite]:
        if not self.sf.on_one_line(node):
            return []
        found = []
        word = "and" if isinstance(node.op, ast.And) else "or"
        for i, value in enumerate(node.values):
            rest = [self.sp.text(v) for j, v in enumerate(node.values) if j != i]
            new = f" {word} ".join(rest)
            if len(rest) == 1 and isinstance(node.values[1 - i], ast.BoolOp | ast.IfExp):
                new = f"({new})"
            found.append(
                self.rewrite(node, new, f"drop the condition {self.short(value)}", 0.35, "condition")
            )
        if len(node.values) == 2:
            a, b = (self.sp.text(v) for v in node.values)
            found.append(
                self.rewrite(
                    node,
                    f"{b} {word} {a}",
                    f"test {shorten(b, 30)} before {shorten(a, 30)}",
                    0.3,
                    "condition",
                )
            )
        return found

    def add_clause(self, stmt: ast.If | ast.While) -> list[Rewrite]:
        """Widen or narrow a condition with a clause the same function tests elsewhere."""
        test = stmt.test
        if test.lineno != self.line or not self.sf.on_one_line(test):
            return []
        func = function_at(self.sf, self.line)
        if func is None:
            return []
        own = self.sp.text(test)
        donors: list[str] = []
        for node in ast.walk(func):
            if isinstance(node, (ast.Compare, ast.BoolOp)) and node is not test and self.sf.on_one_line(node):
                for part in node.values if isinstance(node, ast.BoolOp) else [node]:
                    text = self.sp.text(part)
                    if text not in own and text not in donors and isinstance(part, ast.Compare):
                        donors.append(text)
        found = []
        wrapped = own if not isinstance(test, ast.BoolOp) else f"({own})"
        for donor in donors[:4]:
            found.append(
                self.rewrite(
                    test, f"{wrapped} and {donor}", f"also require {shorten(donor, 40)}", 0.15, "condition"
                )
            )
            found.append(
                self.rewrite(
                    test, f"{wrapped} or {donor}", f"also accept {shorten(donor, 40)}", 0.12, "condition"
                )
            )
        return found

    def guard(self, test: ast.expr) -> list[Rewrite]:
        """TBar FP3 (range checker) for Python: `xs.pop()` or `xs[i]` in a condition needs a non-empty xs."""
        if test.lineno != self.line or not self.sf.on_one_line(test):
            return []
        names: list[str] = []
        for node in ast.walk(test):
            target = None
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "pop"
            ):
                target = node.func.value
            elif isinstance(node, ast.Subscript) and not isinstance(node.slice, ast.Slice):
                target = node.value
            if isinstance(target, ast.Name) and target.id not in names:
                names.append(target.id)
        # The exception raised here says the container was empty: the guard is the fix to try first.
        prior = 0.95 if self.exception in ("IndexError", "KeyError") else 0.15
        own = self.sp.text(test)
        wrapped = own if not isinstance(test, (ast.BoolOp, ast.IfExp)) else f"({own})"
        return [
            self.rewrite(
                test, f"not {name} or {wrapped}", f"check that {name} is not empty first", prior, "guard"
            )
            for name in names[:2]
        ]

    def ifexp(self, node: ast.IfExp) -> list[Rewrite]:
        if not self.sf.on_one_line(node):
            return []
        body, orelse, test = (self.sp.text(n) for n in (node.body, node.orelse, node.test))
        if body == orelse:
            return []
        new = f"{orelse} if {test} else {body}"
        return [
            self.rewrite(
                node,
                new,
                f"swap {shorten(body, 30)} and {shorten(orelse, 30)} in the conditional",
                0.5,
                "branch",
            )
        ]

    # -- calls (FP10) -------------------------------------------------------
    def call(self, node: ast.Call) -> list[Rewrite]:
        found = self.sibling_call(node)
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if not self.sf.on_one_line(node):
            return found
        args_text = [self.sp.text(a) for a in node.args]
        if name == "len" and isinstance(func, ast.Name) and len(node.args) == 1 and not self._bounded(node):
            text = self.sp.text(node)
            found += [
                self.rewrite(
                    node, f"{text} {delta}", f"use {text} {delta} instead of {text}", 0.35, "off-by-one"
                )
                for delta in ("- 1", "+ 1")
            ]
        function = function_at(self.sf, self.line)
        kinds = name_kinds(function) if function is not None else {}
        for arg in node.args:
            # A collection passed on without the step it needed (sorting or reversing).
            if (
                isinstance(arg, ast.Name)
                and kinds.get(arg.id) == "seq"
                and name not in ("sorted", "reversed", "len")
            ):
                found.append(
                    self.rewrite(
                        arg, f"reversed({arg.id})", f"pass reversed({arg.id}) to {name}", 0.25, "collection"
                    )
                )
                found.append(
                    self.rewrite(
                        arg, f"sorted({arg.id})", f"pass sorted({arg.id}) to {name}", 0.2, "collection"
                    )
                )
        if name == "pop" and isinstance(func, ast.Attribute) and not node.keywords:
            base = self.sp.text(func)
            if not node.args:
                found.append(
                    self.rewrite(node, f"{base}(0)", f"take the first item with {base}(0)", 0.4, "args")
                )
            elif len(node.args) == 1:
                found.append(
                    self.rewrite(node, f"{base}()", f"take the last item with {base}()", 0.3, "args")
                )
        if name == "range" and isinstance(func, ast.Name) and not node.keywords:
            if len(node.args) == 1:
                found.append(
                    self.rewrite(
                        node,
                        f"range(1, {args_text[0]})",
                        f"start the range at 1: range(1, {shorten(args_text[0], 30)})",
                        0.45,
                        "args",
                    )
                )
                found.append(
                    self.rewrite(
                        node,
                        f"range({args_text[0]} - 1, -1, -1)",
                        f"count down: range({shorten(args_text[0], 30)} - 1, -1, -1)",
                        0.2,
                        "args",
                    )
                )
            elif len(node.args) == 2:
                found.append(
                    self.rewrite(
                        node,
                        f"range({args_text[1]})",
                        f"use range({shorten(args_text[1], 30)}) from 0",
                        0.3,
                        "args",
                    )
                )
        return found

    def _bounded(self, node: ast.AST) -> bool:
        """Already in `x + 1`, `x - 1`, a range or an index: the line-level edits move that bound."""
        parent = self.sf.parent(node)
        if isinstance(parent, ast.BinOp) and isinstance(parent.op, (ast.Add, ast.Sub)):
            return True
        if isinstance(parent, (ast.Slice, ast.Subscript)):
            return True
        return (
            isinstance(parent, ast.Call) and isinstance(parent.func, ast.Name) and parent.func.id == "range"
        )

    def sibling_call(self, node: ast.Call) -> list[Rewrite]:
        func = node.func
        if isinstance(func, ast.Attribute):
            name = func.attr
            end_line, end = self.sf.end(func)
            if end_line != self.line and func.lineno != self.line:
                return []
            stop = self.sp.offset(end_line, end)
            span = (stop - len(name), stop)
            receiver_is_self = isinstance(func.value, ast.Name) and func.value.id in ("self", "cls")
            module = func.value.id if isinstance(func.value, ast.Name) else ""
        elif isinstance(func, ast.Name):
            name = func.id
            if func.lineno != self.line:
                return []
            span = self.sp.span(func)
            receiver_is_self, module = False, ""
        else:
            return []
        if self.sf.text[span[0] : span[1]] != name:
            return []
        arity = len(node.args) + len(node.keywords)
        found = []
        for other, prior in siblings(
            self.sf,
            self.line,
            name,
            arity,
            receiver_is_self=receiver_is_self,
            module=module,
            bare=isinstance(func, ast.Name),
        ):
            found.append(
                Rewrite(self.line, ((*span, other),), f"call {other} instead of {name}", prior, "sibling")
            )
        return found

    # -- variables and literals (FP12, FP13) ----------------------------------
    def name(self, node: ast.Name) -> list[Rewrite]:
        """A variable of the function bound after this line (the line-level edits cover earlier ones)."""
        if not isinstance(node.ctx, ast.Load) or node.lineno != self.line:
            return []
        parent = self.sf.parent(node)
        if isinstance(parent, ast.Call) and parent.func is node:
            return []
        func = function_at(self.sf, self.line)
        if func is None or node.id not in local_names(func):
            return []
        earlier = set(local_names(func, before_line=self.line))
        later = [
            n for n in local_names(func) if n not in earlier and n != node.id and n not in ("self", "cls")
        ]
        near = _names_near(self.sf, func, self.line)
        kinds = name_kinds(func)
        unread = never_read(func)
        prior = 0.25 if isinstance(parent, ast.Return) else 0.15
        found = []
        for other in later:
            if not same_kind(kinds, node.id, other):
                continue
            boost = 3.0 if other in unread else 1.5 if other in near else 1.0
            description = f"use {other} instead of {node.id}"
            found.append(self.rewrite(node, other, description, min(0.9, prior * boost), "variable"))
        return found[:4]

    def literal(self, node: ast.Constant) -> list[Rewrite]:
        """A small int literal that should be a loop or index variable used nearby (TBar FP9/FP13)."""
        if type(node.value) is not int or abs(node.value) > 2 or node.lineno != self.line:
            return []
        parent = self.sf.parent(node)
        if isinstance(parent, (ast.UnaryOp, ast.keyword, ast.Dict)):
            return []
        func = function_at(self.sf, self.line)
        if func is None:
            return []
        near = _names_near(self.sf, func, self.line, span=3)
        kinds = name_kinds(func)
        unread = never_read(func)
        found = []
        for other in near:
            if kinds.get(other) != "int":
                continue
            prior = 0.6 if other in unread else 0.15
            found.append(self.rewrite(node, other, f"use {other} instead of {node.value}", prior, "literal"))
        return found[:3]


def _names_near(sf: SourceFile, func: ast.AST, line: int, span: int = 2) -> list[str]:
    """Names read or written within `span` lines of `line` (CapGen's context: Wen et al., ICSE 2018)."""
    found: list[str] = []
    for node in ast.walk(func):
        if isinstance(node, ast.Name) and abs(node.lineno - line) <= span and node.id not in found:
            found.append(node.id)
    return found


CONTAINER_CALLS = {"list": "seq", "sorted": "seq", "dict": "dict", "set": "set", "tuple": "seq"}
CONTAINER_CALLS |= {"Counter": "dict", "defaultdict": "dict", "OrderedDict": "dict", "deque": "seq"}
INT_CALLS = frozenset({"len", "int", "ord", "abs", "round", "sum", "hash", "id"})


def _expr_kind(value: ast.expr) -> str | None:
    """A coarse type of an expression: "int", "float", "str", "bool", "seq", "dict", "set" or None."""
    if isinstance(value, ast.Constant):
        kinds = {bool: "bool", int: "int", float: "float", str: "str"}
        return kinds.get(type(value.value))
    if isinstance(value, (ast.List, ast.ListComp, ast.Tuple)):
        return "seq"
    if isinstance(value, (ast.Dict, ast.DictComp)):
        return "dict"
    if isinstance(value, (ast.Set, ast.SetComp)):
        return "set"
    if isinstance(value, ast.JoinedStr):
        return "str"
    if isinstance(value, (ast.Compare, ast.BoolOp)) or (
        isinstance(value, ast.UnaryOp) and isinstance(value.op, ast.Not)
    ):
        return "bool"
    if isinstance(value, ast.Call):
        callee = (
            value.func.id
            if isinstance(value.func, ast.Name)
            else value.func.attr
            if isinstance(value.func, ast.Attribute)
            else ""
        )
        if callee in INT_CALLS:
            return "int"
        if callee in ("str", "join", "lower", "upper", "strip", "replace", "format"):
            return "str"
        return CONTAINER_CALLS.get(callee)
    if isinstance(value, ast.BinOp) and not isinstance(value.op, (ast.Add, ast.Mult, ast.Mod)):
        return "int" if not isinstance(value.op, ast.Div) else "float"
    return None


@node_memo
def name_kinds(func: ast.AST) -> dict[str, str]:
    """Coarse types of a function's names, from what is assigned to them and how they are used.

    Enough to keep a wrong-variable candidate of the same kind (TBar FP13 and the "same type in scope"
    rule of most repair tools): an index is not replaced by the list it indexes. Names seen with two
    kinds are left out (unknown).
    """
    seen: dict[str, set[str]] = {}

    def note(name: str, kind: str | None) -> None:
        if kind:
            seen.setdefault(name, set()).add(kind)

    for node in ast.walk(func):
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
            if isinstance(target, ast.Name):
                note(target.id, _expr_kind(value))
            elif (
                isinstance(target, ast.Tuple)
                and isinstance(value, ast.Tuple)
                and len(target.elts) == len(value.elts)
            ):
                for t, v in zip(target.elts, value.elts, strict=True):
                    if isinstance(t, ast.Name):
                        note(t.id, _expr_kind(v))
        elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            note(
                node.target.id, _expr_kind(node.value) if _expr_kind(node.value) in ("int", "float") else None
            )
        elif isinstance(node, (ast.For, ast.comprehension)) and isinstance(node.iter, ast.Call):
            callee = node.iter.func.id if isinstance(node.iter.func, ast.Name) else ""
            if callee == "range" and isinstance(node.target, ast.Name):
                note(node.target.id, "int")
            elif callee == "enumerate" and isinstance(node.target, ast.Tuple) and node.target.elts:
                first = node.target.elts[0]
                if isinstance(first, ast.Name):
                    note(first.id, "int")
        elif (
            isinstance(node, ast.Subscript)
            and isinstance(node.value, ast.Name)
            and isinstance(node.ctx, ast.Load)
        ):
            note(node.value.id, "seq" if isinstance(node.slice, ast.Slice) else "container")
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.attr in ("append", "extend", "pop", "insert", "sort", "reverse")
        ):
            note(node.func.value.id, "seq")
    kinds = {}
    for name, found in seen.items():
        if len(found) > 1:
            found = found - {"container"}  # subscripted, and known to be a list, dict or string
        if len(found) == 1:
            kinds[name] = next(iter(found))
    return kinds


def same_kind(kinds: dict[str, str], a: str, b: str) -> bool:
    """False only when both kinds are known and differ (int and float count as one)."""
    ka, kb = kinds.get(a), kinds.get(b)
    if ka is None or kb is None:
        return True
    groups = ({"int", "float", "bool"}, {"seq", "dict", "set", "str", "container"})
    return ka == kb or any(ka in group and kb in group for group in groups)


def _indexed_container(sf: SourceFile, node: ast.Name) -> str | None:
    """The container a name indexes: `c[n]`, `c[n + 1]`, `c[n:]`, `c[:n - 1]` -> "c"."""
    current: ast.AST = node
    parent = sf.parent(node)
    if isinstance(parent, ast.BinOp) and isinstance(parent.op, (ast.Add, ast.Sub)):
        current, parent = parent, sf.parent(parent)
    if isinstance(parent, ast.Slice):
        current, parent = parent, sf.parent(parent)
    if isinstance(parent, ast.Subscript) and parent.slice is current and isinstance(parent.value, ast.Name):
        return parent.value.id
    return None


def usual_indexes(sf: SourceFile, func: ast.AST, node: ast.Name) -> set[str]:
    """Names that index the same container elsewhere in the function, when this name never does.

    `right[i:]` where the function reads `right[j]` everywhere else is the trace of a copy-pasted
    index: usage-consistency, as in name-based bug detectors (Pradel & Sen, DeepBugs, OOPSLA 2018)
    and object-usage anomaly detection (Wasylkowski et al., FSE 2007).
    """
    container = _indexed_container(sf, node)
    if container is None:
        return set()
    others: collections.Counter[str] = collections.Counter()
    for other in ast.walk(func):
        if isinstance(other, ast.Name) and other is not node and _indexed_container(sf, other) == container:
            others[other.id] += 1
    if not others or node.id in others:
        return set()
    return set(others)


def value_origins(sf: SourceFile, line: int, *, depth: int = 2) -> list[int]:
    """Lines of the function that bind the names read on `line`, and theirs, `depth` steps back.

    An IndexError at `items[mid]` is often made where `hi = len(items)` was computed: the repair
    looks at the statements the crashing values flow from (as PyTER, Oh & Oh, FSE 2022, does for
    TypeErrors), not only at the crash.
    """
    func = function_at(sf, line)
    if func is None:
        return []
    binders: dict[str, list[ast.stmt]] = {}
    for node in ast.walk(func):
        if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign, ast.For)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                for sub in ast.walk(target):
                    if isinstance(sub, ast.Name):
                        binders.setdefault(sub.id, []).append(node)
    found: list[int] = []
    frontier = [line]
    for _ in range(depth):
        names = {
            n.id
            for current in frontier
            for n in sf.nodes_touching(current)
            if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load) and n.lineno == current
        }
        frontier = []
        for name in sorted(names):
            for stmt in binders.get(name, []):
                if stmt.lineno not in found and stmt.lineno != line:
                    found.append(stmt.lineno)
                    frontier.append(stmt.lineno)
    return found


def control_origins(sf: SourceFile, line: int) -> list[int]:
    """The conditions of the `if` / `while` blocks around `line` in its function, and what their names come from.

    A crash may be reached only because a branch was taken that should not have been (an
    UnboundLocalError after a flag set wrongly): the statements the crash is control dependent on
    belong to its backward slice as much as those its values flow from (Weiser, "Program slicing",
    ICSE 1981).
    """
    found: list[int] = []
    for condition in control_conditions(sf, line):
        for origin in [condition, *value_origins(sf, condition, depth=1)]:
            if origin not in found and origin != line:
                found.append(origin)
    return found


def control_conditions(sf: SourceFile, line: int) -> list[int]:
    """The lines of the conditions of the `if` / `while` blocks that `line` is control dependent on."""
    func = function_at(sf, line)
    if func is None:
        return []
    found: list[int] = []
    for node in ast.walk(func):
        if not isinstance(node, (ast.If, ast.While)) or node.lineno == line:
            continue
        dependent = node.lineno < line <= node.end_lineno or _guard_clause(sf, node, line)
        if dependent and node.test.lineno not in found and node.test.lineno != line:
            found.append(node.test.lineno)
    return found


def _guard_clause(sf: SourceFile, node: ast.If | ast.While, line: int) -> bool:
    """An `if` before `line`, in a block around it, whose branch leaves (`if x: return`): reaching
    `line` depends on its condition as much as on an `if` that encloses it (control dependence by
    post-dominance: Ferrante, Ottenstein & Warren, TOPLAS 1987)."""
    if not isinstance(node, ast.If) or node.end_lineno is None or node.end_lineno >= line:
        return False
    parent = sf.parent(node)
    if parent is None or not (_lines_of(parent)[0] <= line <= _lines_of(parent)[1]):
        return False
    exits = (ast.Return, ast.Raise, ast.Continue, ast.Break)
    return any(branch and isinstance(branch[-1], exits) for branch in (node.body, node.orelse))


def _lines_of(node: ast.AST) -> tuple[int, int]:
    """The first and last line of a node; a `case` block (`match_case`) has no position of its own,
    so its span is that of its pattern, guard and body."""
    if hasattr(node, "lineno"):
        return node.lineno, node.end_lineno or node.lineno
    spans = [_lines_of(child) for child in ast.iter_child_nodes(node)]
    if not spans:
        return 0, 0
    return min(first for first, _ in spans), max(last for _, last in spans)


def never_read(func: ast.AST) -> set[str]:
    """Names a function binds (parameters included) but never reads: the trace of a wrong name."""
    bound = set(local_names(func)) if isinstance(func, FUNCTIONS) else set()
    read = {n.id for n in ast.walk(func) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    return {name for name in bound - read if name not in ("self", "cls", "_") and not name.startswith("_")}


# -- sibling functions and methods ----------------------------------------------
def _signature_key(obj: object, name: str) -> str:
    try:
        return str(inspect.signature(obj))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        doc = (getattr(obj, "__doc__", None) or "").strip().splitlines()
        first = doc[0] if doc else ""
        return re.sub(r"^[\w.]*?" + re.escape(name) + r"\b", "", first)


@cache
def _builtin_groups() -> dict[str, dict[str, str]]:
    """{owner: {callable name: signature key}} for builtins, math and the methods of builtin types."""
    groups: dict[str, dict[str, str]] = {}
    owners: list[tuple[str, object]] = [("builtins", builtins), ("math", math)]
    owners += [(t.__name__, t) for t in RECEIVER_TYPES]
    for label, owner in owners:
        names = {}
        for attr in dir(owner):
            if attr.startswith("_"):
                continue
            obj = getattr(owner, attr, None)
            if callable(obj) and not isinstance(obj, type):
                names[attr] = _signature_key(obj, attr)
        groups[label] = names
    return groups


def _similarity(a: str, b: str) -> float:
    """Name similarity: shared prefix or suffix (startswith/endswith, pop/popleft) or edit ratio."""
    prefix = len(_common_prefix(a, b))
    suffix = len(_common_prefix(a[::-1], b[::-1]))
    affix = max(prefix, suffix) / max(len(a), len(b))
    return max(affix, difflib.SequenceMatcher(a=a, b=b).ratio())


def _affix(a: str, b: str) -> int:
    return max(len(_common_prefix(a, b)), len(_common_prefix(a[::-1], b[::-1])))


def _common_prefix(a: str, b: str) -> str:
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[:i]


def _shape(func: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[int, bool, int, bool]:
    args = func.args
    return (
        len(args.posonlyargs) + len(args.args),
        args.vararg is not None,
        len(args.kwonlyargs),
        bool(args.kwarg),
    )


def _same_arity(item: ast.AST, own: ast.AST | None, arity: int) -> bool:
    """`item` takes `arity` positional arguments, or has the callee's own `*args` signature.

    `some(*thing)` and `maybe_some(*thing)` accept any count: the module's functions of the callee's
    very shape are its siblings whatever the call passes (PraPR's method replacement by signature).
    """
    if len(item.args.args) == arity:
        return True
    return own is not None and own.args.vararg is not None and _shape(item) == _shape(own)


def siblings(
    sf: SourceFile,
    line: int,
    name: str,
    arity: int,
    *,
    receiver_is_self: bool,
    module: str,
    bare: bool = False,
) -> list[tuple[str, float]]:
    """Callables that could have been meant instead of `name`, with a prior.

    Derived, not listed: the other methods of the same class (for self.m()), the other functions of the
    module with the same number of parameters, and the builtins, math functions and methods of builtin
    types that share `name`'s signature or most of its name (startswith/endswith, pop/popleft). A few
    opposites that share nothing visible (min/max, floor/ceil) are added by name.
    """
    scored: dict[str, float] = {}

    def offer(other: str, score: float) -> None:
        if other != name and score > scored.get(other, 0.0):
            scored[other] = score

    if receiver_is_self:
        cls = class_at(sf, line)
        if cls is not None:
            for item in cls.body:
                if isinstance(item, FUNCTIONS) and len(item.args.args) - 1 == arity:
                    offer(item.name, 0.2 + 0.3 * _similarity(name, item.name))
    elif not module:
        own = next((i for i in sf.tree.body if isinstance(i, FUNCTIONS) and i.name == name), None)
        for item in sf.tree.body:
            if isinstance(item, FUNCTIONS) and item.name != name and _same_arity(item, own, arity):
                enclosing = function_at(sf, line)
                if enclosing is not None and enclosing.name == item.name:
                    continue
                offer(item.name, 0.15 + 0.3 * _similarity(name, item.name))
    groups = _builtin_groups()
    owners = ["builtins"] if not module and not receiver_is_self else []
    if module == "math":
        owners = ["math"]
    elif module or not owners:
        owners = [t.__name__ for t in RECEIVER_TYPES]
    for owner in owners:
        names = groups.get(owner, {})
        if name not in names:
            continue
        key = names[name]
        group = [other for other, other_key in names.items() if other_key == key and "(" in key]
        for other in names:
            similarity = _similarity(name, other)
            if other in group and (similarity >= 0.5 or len(group) <= 3):
                offer(other, 0.25 + 0.3 * similarity)
            elif owner not in ("builtins", "math") and similarity >= 0.5 and _affix(name, other) >= 3:
                # Methods of one type named alike: startswith/endswith, pop/popleft, find/rfind.
                offer(other, 0.15 + 0.3 * similarity)
    if name in OPPOSITES:
        offer(OPPOSITES[name], 0.5)
    if name in ROUNDINGS and bare:  # `x.y.round(n)` has no module argument either, but is no bare call
        for other in sorted(_rounding_names(sf) - {name}):
            offer(other, ROUNDING_PRIOR)
    ranked = sorted(scored.items(), key=lambda item: -item[1])
    return ranked[:MAX_SIBLINGS]


def _rounding_names(sf: SourceFile) -> set[str]:
    """The module's own or imported `floor`/`ceil`/`trunc`/`round`/`int` callable by a bare name (a top-level def
    or a `from math import floor`), read from the module's top level only; the builtins are offered elsewhere."""
    found: set[str] = set()
    for item in sf.tree.body:
        if isinstance(item, FUNCTIONS) and item.name in ROUNDINGS:
            found.add(item.name)
        elif isinstance(item, ast.ImportFrom):
            found.update(a.asname or a.name for a in item.names if (a.asname or a.name) in ROUNDINGS)
    return found


def template_rewrites(sf: SourceFile, line: int, *, exception: str = "") -> list[Rewrite]:
    """Every template edit of one line, unranked."""
    return _Templates(sf, Splicer(sf), line, exception).all()


def applied(sf: SourceFile, rewrites: list[Rewrite]) -> list[tuple[Rewrite, str]]:
    """(rewrite, new source) for the rewrites that still parse."""
    splicer = Splicer(sf)
    out = []
    for rewrite in rewrites:
        new = splicer.apply(rewrite)
        if new is not None:
            out.append((rewrite, new))
    return out


__all__ = ["Rewrite", "Splicer", "applied", "parse_expr", "siblings", "template_rewrites"]
