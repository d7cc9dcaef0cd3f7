"""Generic single-edit generate-and-validate: the classic operator families, exhaustively.

The LOGIC fixer (logic.py) ranks a focused set of edits by how often each kind is the real fix.
This fixer widens the candidate space behind it with the full mutation-operator families of the
literature, applied to every node of each suspicious line, so that an unusual slip is still found
when the likely edits were all rejected:

- AOR, arithmetic operator replacement, on every binary and augmented operator, also where an
  operand is a string (`'<b>' * text` for `'<b>' + text`; `%` formatting for `+`);
- ROR, relational operator replacement across the whole family, identity and membership included
  (`is` / `==`, `is not` / `<=`, `in` / `not in`);
- COI, conditional operator insertion: `not` in front of each operand of `and` / `or`; and its
  inverse, conditional operator deletion (a `not` dropped), which the LOGIC fixer has for LOGIC
  failures only: a TypeError is often the first sign of an inverted guard (`if not x is None:`
  lets the None through to the statement that raises);
- LCR, logical connector replacement: `and` for `or` and back (a short-circuit guard written
  with the wrong connector, `x or len(x)`, raises the TypeError the guard was there to prevent);
- CRP, constant replacement: numbers by 0, 1, -1 and ±1 (floats too), strings by "", booleans and
  None by each other;
- UOI, unary operator insertion: a minus sign in front of an arithmetic operand; UOR, unary
  operator replacement: `-`, `+`, `~` and `not` for each other (`not 4` is a slip for `-4`);
- SDL-style return changes: `return X` -> `return`, and a loop that can never run (`for x in []`)
  given back an iterable that is in scope.

(Mutation operators: Offutt, Lee, Rothermel, Untch & Zapf, "An experimental determination of
sufficient mutant operators", TOSEM 1996; Ammann & Offutt, "Introduction to Software Testing",
2008, ch. 9. Generate-and-validate over single edits at spectrum-ranked lines: GenProg, Le Goues
et al., TSE 2012; jGenProg/Astor; TBar, Liu et al., ISSTA 2019, whose "mutate operator", "mutate
literal" and "mutate variable" templates these are.)

Every edit is an AST-located splice of one line: every other byte of the file stays as it was.
Candidates are deduplicated by the text they produce and compiled before they are offered; each
one is ranked by the line's suspiciousness x the family's prior, below the LOGIC fixer's own edits,
so this breadth never starves the specific fixers. Nothing here knows any project or benchmark.
"""

from __future__ import annotations

import ast
import logging
import warnings
from collections.abc import Iterator

from healer.engine.fixers.base import Candidate, RepairContext
from healer.engine.fixers.lineedit import (
    Edit,
    SourceFile,
    called_name,
    function_at,
    local_names,
    shorten,
)
from healer.engine.fixers.logic import CMP_SYMBOLS, OP_SYMBOLS, guarded, steering_lines, target_lines
from healer.engine.fixers.logic_templates import value_origins
from healer.engine.pyindex import is_docstring
from healer.engine.types import BugType, Failure

log = logging.getLogger(__name__)

# Priors (0..1) of each family: all well below the LOGIC fixer's common confusions, so its focused
# edits come first at the same line; validation decides.
PRIOR_STRING_OP = 0.3  # `+` / `%` on strings: concatenation and formatting are confused
PRIOR_STRING_UNDEFINED = 0.5  # an operator str does not define, replaced by one it does
PRIOR_AOR = 0.05
PRIOR_IDENTITY = 0.3  # `is` / `==`, `is not` / `!=`
PRIOR_ROR = 0.05
# A missing or extra `not` is among the commonest one-token bugs in real fix commits ("change unary
# operator", "more/less specific if": ManySStuBs4J, Karampatsis & Sutton, MSR 2020): close to the
# LOGIC fixer's own swaps, so it is reached before a partial fix is settled for.
PRIOR_COI = 0.6
PRIOR_COD = 0.6  # dropping a `not`: the same one-token slip the other way
# A connector between a test of a value and a use of that value (`x and len(x)`, `x or x.y`) is a
# short-circuit guard: the wrong connector there is the classic slip, and a TypeError on the None
# it let through its usual symptom. Above a None-guard template's prior (type_errors: 0.55), which
# only hides the symptom at the crash. Any other connector swap: a plain operator replacement.
PRIOR_LCR_GUARD = 0.8
PRIOR_LCR = 0.3
PRIOR_CRP = 0.1
PRIOR_UOI = 0.04
# UOR, unary operator replacement (Ammann & Offutt, 2008, ch. 9: `-`, `+`, `~`, `not` for each other).
PRIOR_UOR = 0.04
PRIOR_UOR_LITERAL = 0.5
UNARY_SYMBOLS: dict[type, str] = {ast.USub: "-", ast.UAdd: "+", ast.Invert: "~", ast.Not: "not "}
PRIOR_STEP_SIGN = 0.5  # the sign of a range's step: the direction of the walk
PRIOR_RETURN = 0.04
PRIOR_LOOP = 0.45  # a loop over an empty literal never runs: almost always a lost iterable
# Below the LOGIC fixer's rarest edits at the same line: this fixer widens, it does not reorder.
GENERIC_SCALE = 0.8

ARITH = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow)
BITWISE = (ast.LShift, ast.RShift, ast.BitAnd, ast.BitOr, ast.BitXor)
RELATIONAL = (ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.Eq, ast.NotEq, ast.Is, ast.IsNot, ast.In, ast.NotIn)
IDENTITY_PAIRS = {ast.Is: ast.Eq, ast.Eq: ast.Is, ast.IsNot: ast.NotEq, ast.NotEq: ast.IsNot}
MEMBERSHIP = (ast.In, ast.NotIn)
STRING_OPS = (ast.Add, ast.Mod)  # concatenation and formatting (`*` repeats: not a text operator)
MAX_LOOP_NAMES = 8
# The failure's candidates in all (the repair loop takes the largest share a fixer asks for): the
# focused fixers' 150 and this fixer's breadth behind them; the time budget still bounds the search.
MAX_CANDIDATES = 250


def _is_str(node: ast.AST) -> bool:
    return isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str))


class GenericEdits:
    """Every single edit of the families above for one line of one file."""

    def __init__(self, sf: SourceFile, line: int) -> None:
        self.sf = sf
        self.line = line

    def all(self) -> list[Edit]:
        edits: list[Edit] = []
        for node in self.sf.nodes_touching(self.line):
            edits += self.for_node(node)
        return edits

    def for_node(self, node: ast.AST) -> list[Edit]:
        if isinstance(node, ast.BinOp):
            return self.aor(node, node.left, node.right, type(node.op), augmented=False) + self.uoi(node)
        if isinstance(node, ast.AugAssign):
            return self.aor(node, node.target, node.value, type(node.op), augmented=True)
        if isinstance(node, ast.Compare):
            return self.ror(node)
        if isinstance(node, ast.BoolOp):
            return self.coi(node) + self.lcr(node)
        if isinstance(node, ast.UnaryOp):
            return (self.cod(node) if isinstance(node.op, ast.Not) else []) + self.uor(node)
        if isinstance(node, ast.Constant):
            return self.crp(node)
        if isinstance(node, ast.Return):
            return self.return_value(node)
        if isinstance(node, (ast.For, ast.AsyncFor)):
            return self.empty_loop(node)
        return []

    def span(self, node: ast.AST) -> tuple[int, int] | None:
        found = self.sf.node_span(node)
        if found is None or found[0] != self.line:
            return None
        return found[1], found[2]

    def edit(
        self, spans: tuple[tuple[int, int, str], ...], description: str, prior: float, kind: str
    ) -> Edit:
        return Edit(self.line, spans, description, prior, kind)

    # -- AOR -------------------------------------------------------------------
    def aor(self, node: ast.AST, left: ast.AST, right: ast.AST, op: type, *, augmented: bool) -> list[Edit]:
        found = self.sf.operator_between(left, right)
        if found is None or found[0] != self.line:
            return []
        _, start, end, symbol = found
        expected = OP_SYMBOLS.get(op, "") + ("=" if augmented else "")
        if symbol != expected:
            return []
        strings = _is_str(left) or _is_str(right)
        family = ARITH + BITWISE if op in ARITH + BITWISE else ()
        edits = []
        for other in family:
            if other is op:
                continue
            prior = PRIOR_AOR
            if strings and other in STRING_OPS:
                # `'a' ^ x` raises for any str: an operator str does not define is a slip for one it does.
                prior = PRIOR_STRING_OP if op in STRING_OPS else PRIOR_STRING_UNDEFINED
            new = OP_SYMBOLS[other] + ("=" if augmented else "")
            edits.append(self.edit(((start, end, new),), f"use {new} instead of {symbol}", prior, "aor"))
        return edits

    # -- ROR -------------------------------------------------------------------
    def ror(self, node: ast.Compare) -> list[Edit]:
        edits = []
        operands = [node.left, *node.comparators]
        for i, op in enumerate(node.ops):
            found = self.sf.operator_between(operands[i], operands[i + 1])
            if found is None or found[0] != self.line:
                continue
            _, start, end, symbol = found
            if " ".join(symbol.split()) != CMP_SYMBOLS[type(op)]:
                continue
            for other in RELATIONAL:
                if other is type(op):
                    continue
                if (type(op) in MEMBERSHIP) != (other in MEMBERSHIP):
                    continue  # `x in items` and `x < items` compare different things
                prior = PRIOR_IDENTITY if IDENTITY_PAIRS.get(type(op)) is other else PRIOR_ROR
                new = CMP_SYMBOLS[other]
                edits.append(self.edit(((start, end, new),), f"use {new} instead of {symbol}", prior, "ror"))
        return edits

    # -- COI -------------------------------------------------------------------
    def coi(self, node: ast.BoolOp) -> list[Edit]:
        edits = []
        word = "and" if isinstance(node.op, ast.And) else "or"
        for value in node.values:
            if isinstance(value, ast.UnaryOp) and isinstance(value.op, ast.Not):
                continue  # dropping a `not` is the LOGIC fixer's edit
            span = self.span(value)
            if span is None:
                continue
            text = self.sf.segment(value)
            wrapped = (
                f"({text})" if isinstance(value, (ast.BoolOp, ast.IfExp, ast.NamedExpr, ast.Lambda)) else text
            )
            edits.append(
                self.edit(
                    ((*span, f"not {wrapped}"),),
                    f"negate {shorten(text, 40)} in the {word} condition",
                    PRIOR_COI,
                    "coi",
                )
            )
        return edits

    def cod(self, node: ast.UnaryOp) -> list[Edit]:
        span, operand = self.span(node), self.span(node.operand)
        if span is None or operand is None or operand[0] <= span[0]:
            return []
        text = self.sf.segment(node)
        return [
            self.edit(
                ((span[0], operand[0], ""),),
                f"drop the not from {shorten(text, 40)}",
                PRIOR_COD,
                "cod",
            )
        ]

    # -- UOR -------------------------------------------------------------------
    def uor(self, node: ast.UnaryOp) -> list[Edit]:
        span, operand = self.span(node), self.span(node.operand)
        if span is None or operand is None or operand[0] <= span[0]:
            return []
        old = self.sf.line_text(self.line)[span[0] : operand[0]]
        literal = isinstance(node.operand, ast.Constant) and type(node.operand.value) in (int, float)
        edits = []
        for other, symbol in UNARY_SYMBOLS.items():
            if other is type(node.op):
                continue
            # `not 4` is a constant False: on a number literal a `not` is a slip for a sign.
            prior = PRIOR_UOR_LITERAL if literal and isinstance(node.op, ast.Not) else PRIOR_UOR
            text = shorten(self.sf.segment(node), 40)
            edits.append(
                self.edit(
                    ((span[0], operand[0], symbol),),
                    f"use {symbol.strip()} instead of {old.strip()} in {text}",
                    prior,
                    "uor",
                )
            )
        return edits

    # -- LCR -------------------------------------------------------------------
    def lcr(self, node: ast.BoolOp) -> list[Edit]:
        old = "and" if isinstance(node.op, ast.And) else "or"
        new = "or" if old == "and" else "and"
        spans = []
        for left, right in zip(node.values, node.values[1:], strict=False):
            found = self.sf.operator_between(left, right)
            if found is None or found[0] != self.line or found[3] != old:
                return []
            spans.append((found[1], found[2], new))
        prior = PRIOR_LCR_GUARD if _guards(node) else PRIOR_LCR
        return [self.edit(tuple(spans), f"use {new} instead of {old}", prior, "lcr")]

    # -- UOI -------------------------------------------------------------------
    def uoi(self, node: ast.BinOp) -> list[Edit]:
        if not isinstance(node.op, (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv)):
            return []
        edits = []
        for side in (node.left, node.right):
            if not isinstance(side, (ast.Name, ast.Attribute, ast.Call, ast.Subscript)):
                continue
            span = self.span(side)
            if span is None:
                continue
            text = self.sf.segment(side)
            edits.append(self.edit(((span[0], span[0], "-"),), f"use -{shorten(text, 40)}", PRIOR_UOI, "uoi"))
        return edits

    # -- CRP -------------------------------------------------------------------
    def crp(self, node: ast.Constant) -> list[Edit]:
        span = self.span(node)
        parent = self.sf.parent(node)
        if span is None or isinstance(parent, ast.JoinedStr) or is_docstring(self.sf.parent(node)):
            return []
        if isinstance(parent, ast.UnaryOp) and isinstance(parent.op, ast.USub):
            span = self.span(parent) or span
        old = self.sf.line_text(self.line)[span[0] : span[1]]
        value = node.value
        if isinstance(value, bool) or value is None:
            options = [repr(v) for v in (True, False, None) if v is not value]
        elif isinstance(value, (int, float)):
            number = -value if isinstance(parent, ast.UnaryOp) and isinstance(parent.op, ast.USub) else value
            options = [repr(type(number)(v)) for v in (0, 1, -1, number + 1, number - 1)]
        elif isinstance(value, str) and value:
            options = ['""']
        else:
            return []
        step = self._range_step(node)
        edits = []
        for new in dict.fromkeys(options):
            if new == old:
                continue
            # A range that walks the wrong way: its step's sign is the slip, not its size.
            prior = PRIOR_STEP_SIGN if step and new == repr(-number) else PRIOR_CRP
            edits.append(self.edit(((*span, new),), f"use {new} instead of {shorten(old, 30)}", prior, "crp"))
        return edits

    def _range_step(self, node: ast.Constant) -> bool:
        """Whether the number (or its negation) is the step argument of a `range(...)` call."""
        outer = self.sf.parent(node)
        value = outer if isinstance(outer, ast.UnaryOp) and isinstance(outer.op, ast.USub) else node
        call = self.sf.parent(value)
        return (
            isinstance(call, ast.Call)
            and called_name(call) == "range"
            and len(call.args) == 3
            and call.args[2] is value
        )

    # -- statements ------------------------------------------------------------
    def return_value(self, node: ast.Return) -> list[Edit]:
        if node.value is None or node.lineno != self.line:
            return []
        start = self.sf.start(node)[1]
        value_span = self.sf.node_span(node.value)
        if value_span is None or value_span[0] != self.line:
            return []
        return [self.edit(((start, value_span[2], "return None"),), "return None", PRIOR_RETURN, "return")]

    def empty_loop(self, node: ast.For | ast.AsyncFor) -> list[Edit]:
        """`for x in []:` never runs: give it back an iterable the function has in scope."""
        iterable = node.iter
        empty = isinstance(iterable, (ast.List, ast.Tuple, ast.Set)) and not iterable.elts
        empty = empty or (isinstance(iterable, ast.Dict) and not iterable.keys)
        span = self.span(iterable) if empty else None
        if span is None:
            return []
        return [
            self.edit(
                ((*span, name),), f"iterate over {name} instead of an empty literal", PRIOR_LOOP, "loop"
            )
            for name in _iterables_in_scope(self.sf, node)[:MAX_LOOP_NAMES]
        ]


def _guards(node: ast.BoolOp) -> bool:
    """Whether an operand tests a name or attribute that a later operand uses (`x and len(x)`), also
    through a comparison (`x is not None and len(x)`, `... in params or f(*params)`): the first
    short-circuits the second, so swapping `and` / `or` there decides whether the second may run."""
    tested = [_tested(value) for value in node.values[:-1]]
    for index, value in enumerate(node.values[1:], start=1):
        used = {
            ast.unparse(sub)
            for sub in ast.walk(value)
            if isinstance(sub, (ast.Name, ast.Attribute)) and sub is not value
        }
        if any(texts & used for texts in tested[:index]):
            return True
    return False


def _tested(value: ast.expr) -> set[str]:
    """What a condition operand tests: itself (`x`, `not x`), or the names and attributes it compares."""
    if isinstance(value, ast.UnaryOp) and isinstance(value.op, ast.Not):
        value = value.operand
    if isinstance(value, ast.Compare):
        return {
            ast.unparse(side)
            for side in (value.left, *value.comparators)
            if isinstance(side, (ast.Name, ast.Attribute))
        }
    return {ast.unparse(value)}


def _iterables_in_scope(sf: SourceFile, loop: ast.For | ast.AsyncFor) -> list[str]:
    """Names and attribute chains the function reads or binds before the loop, nearest first."""
    func = function_at(sf, loop.lineno)
    if func is None:
        return []
    targets = {n.id for n in ast.walk(loop.target) if isinstance(n, ast.Name)}
    found: dict[str, int] = {}
    for name, _kind in local_names(func, before_line=loop.lineno).items():
        if name not in targets and name not in ("self", "cls"):
            found.setdefault(name, 0)
    for sub in ast.walk(func):
        if (
            isinstance(sub, ast.Attribute)
            and isinstance(sub.ctx, ast.Load)
            and not isinstance(sf.parent(sub), ast.Call)
        ):
            text = sf.segment(sub)
            if "\n" not in text and len(text) <= 40:
                found.setdefault(text, abs(sub.lineno - loop.lineno))
    return sorted(found, key=lambda name: (found[name], name))


def generic_edits(sf: SourceFile, line: int) -> list[Edit]:
    """Every generic edit of one line, unranked (possibly duplicating other fixers' edits)."""
    return GenericEdits(sf, line).all()


def callee_returns(sf: SourceFile, line: int) -> list[int]:
    """Return lines (and what they return, traced back) of this file's functions called on `line`.

    A wrong value used at a crash is often made inside a function that already returned: follow
    it into the callee's return statements (PyTER, Oh & Oh, FSE 2022, follows values across calls).
    """
    functions: dict[str, list[ast.AST]] = {}
    for node in ast.walk(sf.tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            functions.setdefault(node.name, []).append(node)
    found: list[int] = []
    for call in sf.nodes_touching(line):
        if not isinstance(call, ast.Call) or call.lineno != line:
            continue
        for func in functions.get(called_name(call), []):
            for ret in ast.walk(func):
                if isinstance(ret, ast.Return) and ret.value is not None:
                    for origin in [ret.lineno, *value_origins(sf, ret.lineno)]:
                        if origin not in found:
                            found.append(origin)
    return found


def _lines(failure: Failure, ctx: RepairContext, max_lines: int) -> list[tuple[str, int, float]]:
    lines = target_lines(failure, ctx, max_lines=max_lines)
    seen = {(file, line) for file, line, _ in lines}
    extra = []
    for file, line, weight in lines[:3]:
        if weight < 0.5:
            continue
        sf = _parse(ctx, file)
        for origin in callee_returns(sf, line) if sf is not None else []:
            if (file, origin) not in seen:
                seen.add((file, origin))
                extra.append((file, origin, 0.6 * weight))
    return [*lines, *extra]


def _parse(ctx: RepairContext, file: str) -> SourceFile | None:
    try:
        return SourceFile.parse(file, ctx.source(file))
    except (OSError, ValueError):
        return None


def compiles(text: str, file: str) -> bool:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(text, file, "exec", dont_inherit=True)
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            return False
    return True


class GenericFixer:
    """The classic mutation-operator families at the suspicious lines, after the focused fixers."""

    bug_types = frozenset({BugType.LOGIC, BugType.TYPE_ERROR})
    fallback = False

    def __init__(self, *, max_lines: int = 40, max_candidates: int = MAX_CANDIDATES) -> None:
        self.max_lines = max_lines
        # Also the failure's share in the repair loop: its candidates come after the focused ones.
        self.max_candidates = max_candidates

    def candidates(self, failure: Failure, ctx: RepairContext) -> list[Candidate]:
        found = list(self._ranked(failure, ctx))[: self.max_candidates]
        return guarded(found, steering_lines(failure, ctx))

    def _ranked(self, failure: Failure, ctx: RepairContext) -> Iterator[Candidate]:
        parsed: dict[str, SourceFile | None] = {}
        scored: list[tuple[float, int, str, Edit]] = []
        for rank, (file, line, weight) in enumerate(_lines(failure, ctx, self.max_lines)):
            if file not in parsed:
                parsed[file] = _parse(ctx, file)
            sf = parsed[file]
            if sf is None or line > len(sf.lines):
                continue
            line_weight = weight * (1.0 - 0.002 * rank)
            for edit in generic_edits(sf, line):
                scored.append((line_weight * edit.prior * GENERIC_SCALE, len(scored), file, edit))
        scored.sort(key=lambda item: (-item[0], item[1]))
        seen: set[tuple[str, str]] = set()
        offered = 0
        for score, _, file, edit in scored:
            if offered >= self.max_candidates:
                return
            sf = parsed[file]
            assert sf is not None
            new_source = sf.apply(edit)
            if new_source is None or (file, new_source) in seen or not compiles(new_source, file):
                continue
            seen.add((file, new_source))
            offered += 1
            yield Candidate(
                file=file,
                new_source=new_source,
                description=edit.description,
                line=edit.line,
                bug_type=failure.bug_type,
                priority=round(1.0 - score, 6),
                # A value returned as None stops every use of it from raising, far from the crash
                # (`return self` -> `return None` in `__new__` skips the `__init__` that raised):
                # that its tests then fail further on is no evidence; only passing ones are.
                # So for an arithmetic operator swapped under a TypeError: some operator is
                # defined for almost any pair of kinds (`entries += n` -> `entries *= n` repeats
                # a list), so the error goes while the wrong value made elsewhere stays.
                guard=edit.kind == "return"
                or (edit.kind == "aor" and failure.bug_type is BugType.TYPE_ERROR),
            )


FIXERS = [GenericFixer()]
