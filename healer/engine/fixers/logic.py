"""LOGIC: generate-and-validate repair at the most suspicious lines.

A failing assertion says the code computes the wrong thing, not where. The
fault localiser ranks lines by suspiciousness (Ochiai over failing and passing
tests); this fixer proposes small, classic mutations of one line at a time at
the top of that ranking (operator, comparison and boolean swaps, negations,
off-by-one on constants, range and slice bounds, operand and argument swaps,
wrong variables, True/False), ranks them by suspiciousness x how often that
kind of edit is the real fix, and leaves the verdict to the repair loop, which
keeps a candidate only if the failing tests pass and nothing else breaks.

Every candidate differs from the file in one line only, and its description is
built from the edit itself ("use >= instead of >", "subtract 32 instead of
adding it", "use len(tokens) - 1 instead of len(tokens) - 2").
"""

from __future__ import annotations

import ast
import difflib
import io
import itertools
import logging
import re
import tokenize
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from healer.engine.analysis.classify import MODULE_ATTRIBUTE
from healer.engine.analysis.oracle import compared_numbers, differing_numbers, number_lines
from healer.engine.fixers.base import Candidate, RepairContext
from healer.engine.fixers.datafaults import DataTracer, statement_lines
from healer.engine.fixers.dataflow import Evidence, Frame, Suspect, Tracer
from healer.engine.fixers.imports import NOT_DEFINED
from healer.engine.fixers.lineedit import (
    Edit,
    SourceFile,
    called_name,
    class_at,
    class_attributes,
    function_at,
    local_names,
    module_names,
    needs_parens,
    parse_expr,
    same_tree,
    shorten,
    split_lines,
    walk_own_scope,
)
from healer.engine.fixers.logic_analogy import (
    ANALOGY_WEIGHT,
    analogy_rewrites,
    analogy_targets,
    majority_rewrites,
)
from healer.engine.fixers.logic_apis import api_rewrites
from healer.engine.fixers.logic_biased import biased_rewrites
from healer.engine.fixers.logic_breadth import breadth_rewrites
from healer.engine.fixers.logic_builtins import builtin_rewrites
from healer.engine.fixers.logic_calls import call_rewrites
from healer.engine.fixers.logic_commas import comma_rewrites
from healer.engine.fixers.logic_comments import comment_rewrites
from healer.engine.fixers.logic_context import context_rewrites
from healer.engine.fixers.logic_dead import DEAD_STORE_WEIGHT, dead_store_rewrites, dead_store_targets
from healer.engine.fixers.logic_duals import axis_rewrites, bit_order_rewrites
from healer.engine.fixers.logic_embedded import embedded_rewrites
from healer.engine.fixers.logic_exits import (
    DEVIANT_RETURN_WEIGHT,
    deviant_return_rewrites,
    deviant_return_targets,
)
from healer.engine.fixers.logic_families import asserted_attribute_targets, family_rewrites
from healer.engine.fixers.logic_hangs import HANG_EXIT_PRIOR, hang_targets, stuck_lines
from healer.engine.fixers.logic_idioms import idiom_rewrites
from healer.engine.fixers.logic_ignored import ignored_rewrites
from healer.engine.fixers.logic_keys import key_targets
from healer.engine.fixers.logic_lines import CONTINUATION_DECAY, continuation_lines
from healer.engine.fixers.logic_mappings import mapping_rewrites
from healer.engine.fixers.logic_members import member_rewrites
from healer.engine.fixers.logic_mirrors import mirror_rewrites
from healer.engine.fixers.logic_natural import default_targets, natural_rewrites
from healer.engine.fixers.logic_offsets import offset_rewrites
from healer.engine.fixers.logic_pairs import pair_rewrites
from healer.engine.fixers.logic_places import PLACE_DECAY, inverts, ratio_uses, steering_conditions
from healer.engine.fixers.logic_rebased import rebase_kept, rebase_rewrites
from healer.engine.fixers.logic_resets import reset_rewrites
from healer.engine.fixers.logic_rests import rest_rewrites
from healer.engine.fixers.logic_runs import run_rewrites
from healer.engine.fixers.logic_scale import scale_targets
from healer.engine.fixers.logic_siblings import sibling_rewrites
from healer.engine.fixers.logic_steps import step_rewrites
from healer.engine.fixers.logic_templates import (
    applied,
    control_conditions,
    control_origins,
    name_kinds,
    same_kind,
    template_rewrites,
    usual_indexes,
    value_origins,
)
from healer.engine.fixers.logic_truth import truth_rewrites
from healer.engine.fixers.logic_twins import twin_rewrites
from healer.engine.fixers.logic_verdicts import verdict_contradicted
from healer.engine.fixers.logic_walrus import walrus_rewrites
from healer.engine.fixers.logic_widened import widened_rewrites
from healer.engine.fixers.logic_windows import window_rewrites
from healer.engine.types import BugType, Failure

log = logging.getLogger(__name__)

# `break` for a `continue` that follows its `while` loop's cursor advance (`i += 1; continue`) makes that advance
# dead: a rarer intent than the line's other edits, and a classic overfit where tests end their input at that
# point (r352, round 55: `break` passed the short close's tests for the skip step `i += 2` beside it).
DEAD_ADVANCE_PRIOR = 0.2

OP_SYMBOLS: dict[type, str] = {
    ast.Add: "+",
    ast.Sub: "-",
    ast.Mult: "*",
    ast.Div: "/",
    ast.FloorDiv: "//",
    ast.Mod: "%",
    ast.Pow: "**",
    ast.LShift: "<<",
    ast.RShift: ">>",
    ast.BitAnd: "&",
    ast.BitOr: "|",
    ast.BitXor: "^",
    ast.MatMult: "@",
}
# For each operator: the operators it is commonly confused with, and a prior (0..1)
# of that confusion being the bug. Priors order candidates; validation decides.
ARITH_SWAPS: dict[type, list[tuple[type, float]]] = {
    ast.Add: [(ast.Sub, 0.9), (ast.Mult, 0.15)],
    ast.Sub: [(ast.Add, 0.9)],
    ast.Mult: [(ast.Div, 0.6), (ast.Add, 0.15), (ast.Pow, 0.15)],
    ast.Div: [(ast.FloorDiv, 0.65), (ast.Mult, 0.6)],
    ast.FloorDiv: [(ast.Div, 0.65), (ast.Mod, 0.4)],
    ast.Mod: [(ast.FloorDiv, 0.4)],
    ast.Pow: [(ast.Mult, 0.3)],
    ast.LShift: [(ast.RShift, 0.5)],
    ast.RShift: [(ast.LShift, 0.5)],
    ast.BitAnd: [(ast.BitOr, 0.5)],
    ast.BitOr: [(ast.BitAnd, 0.5)],
}
CMP_SYMBOLS: dict[type, str] = {
    ast.Lt: "<",
    ast.LtE: "<=",
    ast.Gt: ">",
    ast.GtE: ">=",
    ast.Eq: "==",
    ast.NotEq: "!=",
    ast.In: "in",
    ast.NotIn: "not in",
    ast.Is: "is",
    ast.IsNot: "is not",
}
CMP_SWAPS: dict[type, list[tuple[type, float]]] = {
    ast.Lt: [(ast.LtE, 1.0), (ast.Gt, 0.5), (ast.GtE, 0.4)],
    ast.LtE: [(ast.Lt, 1.0), (ast.GtE, 0.5), (ast.Gt, 0.4)],
    ast.Gt: [(ast.GtE, 1.0), (ast.Lt, 0.5), (ast.LtE, 0.4)],
    ast.GtE: [(ast.Gt, 1.0), (ast.LtE, 0.5), (ast.Lt, 0.4)],
    ast.Eq: [(ast.NotEq, 0.7)],
    ast.NotEq: [(ast.Eq, 0.7)],
    ast.In: [(ast.NotIn, 0.7)],
    ast.NotIn: [(ast.In, 0.7)],
    ast.Is: [(ast.IsNot, 0.7)],
    ast.IsNot: [(ast.Is, 0.7)],
}
# Operations whose operands cannot be exchanged without changing the result.
NON_COMMUTATIVE: dict[type, float] = {
    ast.Sub: 0.75,
    ast.Div: 0.5,
    ast.FloorDiv: 0.45,
    ast.Mod: 0.35,
    ast.Pow: 0.35,
    ast.LShift: 0.3,
    ast.RShift: 0.3,
    ast.MatMult: 0.3,
}
# Negating a condition that is only a global flag (see _LineEdits._global_flag): below the flag's own
# definition edits (a bool flipped there: 0.45 at a direct data origin's weight).
PRIOR_NEGATE_FLAG = 0.3
# `not a not in b` -> `a not in b` (see _LineEdits.negate): a `not` before one comparison is unnatural.
PRIOR_UNNEEDED_NOT = 0.95
# `x and {}` -> `x or {}` (see _and_falsy_default).
PRIOR_FALSY_DEFAULT = 0.95
# `flag = False` -> `flag = True` (see _LineEdits._bool_edits): as likely as `==` -> `!=` (CMP_SWAPS).
PRIOR_FLAG_FLIP = 0.7
# Functions commonly called in place of each other.
FUNCTION_SWAPS: dict[str, list[tuple[str, float]]] = {
    "min": [("max", 0.5)],
    "max": [("min", 0.5)],
    "any": [("all", 0.5)],
    "all": [("any", 0.5)],
    "floor": [("ceil", 0.45)],
    "ceil": [("floor", 0.45)],
    "startswith": [("endswith", 0.4)],
    "endswith": [("startswith", 0.4)],
    "lower": [("upper", 0.3)],
    "upper": [("lower", 0.3)],
    "lstrip": [("rstrip", 0.3)],
    "rstrip": [("lstrip", 0.3)],
    "append": [("extend", 0.2)],
    "extend": [("append", 0.2)],
}
# A path's parts read by attribute (pathlib.PurePath): `p.stem` is the name without its suffix, `p.suffix`
# the suffix alone; code that compares "the extension" reading the other part is a slip of one family,
# as FUNCTION_SWAPS' startswith/endswith (PAR's method-replacer template, applied to a read attribute).
# `name` is tried only on a receiver that is visibly a path (`Path(f).name`): it is a common field.
PATH_PART_SWAPS: dict[str, list[tuple[str, float]]] = {
    "stem": [("suffix", 0.4), ("name", 0.3)],
    "suffix": [("stem", 0.4), ("suffixes", 0.2), ("name", 0.2)],
    "suffixes": [("suffix", 0.3)],
    "name": [("stem", 0.3), ("suffix", 0.2)],
}
PATH_CONSTRUCTORS = frozenset({"Path", "PurePath", "PosixPath", "WindowsPath", "PurePosixPath"})
# `x * 2` for `x ** 2`: squaring is the power code writes most, one character from doubling. The
# confusion of a product by the literal 2 with the square gets the prior of the commoner swaps.
PRIOR_SQUARE_FOR_DOUBLE = 0.5
# `b_out = b_in * (a_in / a_out)` (_LineEdits._ratio_backwards): the ratio's words read backwards; above
# the other operator swaps of the line, a little below the commonest confusions (`<` for `<=`).
PRIOR_RATIO_BACKWARDS = 0.8
# `["a" "b"]`: two string literals run together inside a display or a call's arguments, a comma
# lost (pylint's implicit-str-concat, flake8-implicit-str-concat ISC001); Python joins them silently.
PRIOR_LOST_COMMA = 0.9
# Calls whose two positional parameters have different roles: the object (or class) tested, then the
# class it is tested against (_roles_fixed).
TYPE_PREDICATES = frozenset({"isinstance", "issubclass"})
BUILTIN_TYPES = frozenset(
    {"bool", "bytes", "bytearray", "complex", "dict", "float", "frozenset", "int", "list", "object"}
    | {"set", "str", "tuple", "type"}
)


def _class_like(node: ast.expr) -> bool:
    """A class named as classes are (`Marker`, `vol.Required`, `str`) or a tuple of them."""
    if isinstance(node, ast.Tuple):
        return bool(node.elts) and all(_class_like(element) for element in node.elts)
    name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""
    return name in BUILTIN_TYPES or (name[:1].isupper() and not name.isupper())


def _roles_fixed(name: str | None, first: ast.expr, second: ast.expr) -> bool:
    """Whether swapping `first` and `second` would put a class-like name where the tested value goes.

    `issubclass(entity_cls, MistralSerializable)` swapped still runs (both are classes) and asks
    the other question: the twenty-fifth held-out half's mistral-lib (r213) accepted that swap as a
    LOGIC fix because, with no class passing the inverted check, the path its failing tests crashed
    on was no longer taken (docs/ENGINE.md, round 42). Swapping the tested value and its class is
    a slip only where the names do not say which is which; no dev key is such a swap.
    """
    return name in TYPE_PREDICATES and _class_like(second) and not _class_like(first)


# A forwarded parameter negated (_LineEdits.forwarded_sign): below a wrong variable (0.3), since any
# numeric argument could be negated, above the rare operator replacements.
PRIOR_SIGN_ARG = 0.25
PRIOR_SIGN_NUMBER_ARG = 0.4  # the parameter's default is a number (`count=1`)
# A link of a same-method call chain moved to the front (_LineEdits.chain_order): a little above swapping
# two arguments of one link, which leaves the order of the steps as it was.
PRIOR_CHAIN_MOVE = 0.5
MAX_CHAIN_LINKS = 5
# `a + b` -> `b + a` (_LineEdits.operand_swap): concatenation does not commute, numbers do, so the swap
# is worth trying only where neither operand is known to be a number, and after the other operators.
PRIOR_SWAP_ADD = 0.3
# Every other operator of the same family comes after the common confusions: the full operator
# replacement of mutation testing (AOR/ROR, Offutt et al., TOSEM 1996), so an unusual slip is still found.
RARE_PRIOR = 0.06
NUMERIC_OPS = (ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow)
BITWISE_OPS = (ast.LShift, ast.RShift, ast.BitAnd, ast.BitOr, ast.BitXor)
ORDER_CMPS = (ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.Eq, ast.NotEq)


def arith_alternatives(op: type) -> list[tuple[type, float]]:
    """Operators to try instead of `op`: its common confusions first, then every other one."""
    listed = list(ARITH_SWAPS.get(op, []))
    known = {new for new, _ in listed} | {op}
    if op in NUMERIC_OPS or op in BITWISE_OPS:
        listed += [(other, RARE_PRIOR) for other in (*NUMERIC_OPS, *BITWISE_OPS) if other not in known]
    return listed


def cmp_alternatives(op: type) -> list[tuple[type, float]]:
    listed = list(CMP_SWAPS.get(op, []))
    known = {new for new, _ in listed} | {op}
    family = ORDER_CMPS if op in ORDER_CMPS else ()
    if op in (ast.Is, ast.IsNot):
        family = (ast.Eq, ast.NotEq, *ORDER_CMPS)
    listed += [(other, RARE_PRIOR) for other in family if other not in known]
    return listed


NEGATED_CMP = {
    ast.Lt: ast.GtE,
    ast.LtE: ast.Gt,
    ast.Gt: ast.LtE,
    ast.GtE: ast.Lt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}
SELF_NAMES = frozenset({"self", "cls"})
COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def _branches(node: ast.If) -> list[list[ast.stmt]]:
    """The bodies of an if/elif/else chain, from its first `if`."""
    bodies = []
    while True:
        bodies.append(node.body)
        if len(node.orelse) == 1 and isinstance(node.orelse[0], ast.If):
            node = node.orelse[0]
            continue
        if node.orelse:
            bodies.append(node.orelse)
        return bodies


def _deviant_flag(sf: SourceFile, assign: ast.Assign) -> bool:
    """`flag = False` in one branch of an if/elif chain whose other branches (two or more) set
    `flag = True`: code that deviates from what its siblings do is likelier the bug (Engler et al.,
    "Bugs as deviant behavior", SOSP 2001; DeepBugs' consistency of usage)."""
    if len(assign.targets) != 1 or not isinstance(assign.targets[0], ast.Name):
        return False
    name, value = assign.targets[0].id, assign.value.value  # type: ignore[attr-defined]
    holder = sf.parent(assign)
    while (
        isinstance(holder, ast.If)
        and isinstance(sf.parent(holder), ast.If)
        and sf.parent(holder).orelse == [holder]
    ):
        holder = sf.parent(holder)
    if not isinstance(holder, ast.If):
        return False
    sets: list[bool] = []
    for body in _branches(holder):
        if any(stmt is assign for stmt in body):
            continue
        for stmt in body:
            if (
                isinstance(stmt, ast.Assign)
                and len(stmt.targets) == 1
                and isinstance(stmt.targets[0], ast.Name)
                and stmt.targets[0].id == name
                and isinstance(stmt.value, ast.Constant)
                and isinstance(stmt.value.value, bool)
            ):
                sets.append(stmt.value.value)
    return len(sets) >= 2 and all(v is not value for v in sets)


def _is_str_operand(node: ast.AST) -> bool:
    return isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str))


def _is_number(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and type(node.value) in (int, float, complex)


# Displays and literals whose identity is not their value: CPython warns on `x is 0` ("'is' with
# a literal", SyntaxWarning since 3.8), so such an `is`/`is not` is a slip for a value comparison.
IDENTITY_LITERALS = (ast.List, ast.Tuple, ast.Dict, ast.Set, ast.JoinedStr, *COMPREHENSIONS)
# `x is 0` -> the operator of its own chain (`0 <= m <= 60 and 0 is not s <= 60`), then `==`/`!=`,
# then any order comparison: above every other edit of the line, as the compiler flags the line.
PRIOR_IS_LITERAL_CHAIN = 1.0
PRIOR_IS_LITERAL_EQ = 0.95
PRIOR_IS_LITERAL_ORDER = 0.9


def _identity_literal(node: ast.AST) -> bool:
    """Whether `is` against this operand compares with a fresh object (CPython's `check_is_arg`)."""
    if isinstance(node, ast.Constant):
        return not any(node.value is singleton for singleton in (None, True, False, ...))  # 0 == False
    if isinstance(node, ast.UnaryOp) and isinstance(node.operand, ast.Constant):
        return _identity_literal(node.operand)
    return isinstance(node, IDENTITY_LITERALS)


def is_literal_alternatives(node: ast.Compare, index: int) -> dict[type, float]:
    """The value comparisons to try for the identity test `node.ops[index]` against a literal.

    Empty when that operator is no `is`/`is not` or neither side is a literal. The chain's other
    operators go first: a chain reads one way (`low <= x <= high`), one link unlike the rest is the slip.
    """
    op = node.ops[index]
    operands = [node.left, *node.comparators]
    if not isinstance(op, (ast.Is, ast.IsNot)) or not (
        _identity_literal(operands[index]) or _identity_literal(operands[index + 1])
    ):
        return {}
    priors = {type(other): PRIOR_IS_LITERAL_CHAIN for other in node.ops if type(other) in ORDER_CMPS}
    priors.setdefault(ast.Eq if isinstance(op, ast.Is) else ast.NotEq, PRIOR_IS_LITERAL_EQ)
    for kind in ORDER_CMPS:
        priors.setdefault(kind, PRIOR_IS_LITERAL_ORDER)
    return priors


# `x >= "2.0"` -> `x != "2.0"` (see text_order_alternatives).
PRIOR_TEXT_ORDER_EQ = 0.75


def text_order_alternatives(node: ast.Compare, index: int) -> dict[type, float]:
    """`==` / `!=` for an order comparison against a string literal (`value.get("jsonrpc") >= "2.0"`).

    Text is ordered by code point, so `"10.0" < "2.0"`: an order test against a string literal is rarely
    what was meant (a version or a tag is checked for equality), while for numbers `<` / `<=` are the
    usual confusions; the equality tests, rare alternatives of an order operator elsewhere, go first here.
    """
    op = node.ops[index]
    operands = [node.left, *node.comparators]
    sides = (operands[index], operands[index + 1])
    if type(op) not in (ast.Lt, ast.LtE, ast.Gt, ast.GtE) or not any(
        isinstance(side, ast.Constant) and isinstance(side.value, str) for side in sides
    ):
        return {}
    return {ast.Eq: PRIOR_TEXT_ORDER_EQ, ast.NotEq: PRIOR_TEXT_ORDER_EQ}


# A returned number unlike the one the function's other exits return (_LineEdits.sibling_return): with
# the common confusions, since it needs two other exits that agree.
PRIOR_SIBLING_RETURN = 0.8
SIBLING_RETURNS_AGREEING = 2


def _number_value(node: ast.AST) -> int | float | None:
    """The value of a number literal, negative ones included (`-1` is UnaryOp(USub, 1))."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        inner = _number_value(node.operand)
        return -inner if inner is not None else None
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        return node.value
    return None


def _returned_parts(node: ast.expr) -> list[ast.expr]:
    """The values a return expression may give: each operand of `a or b` and each arm of `a if c else b`."""
    if isinstance(node, ast.BoolOp):
        return [part for value in node.values for part in _returned_parts(value)]
    if isinstance(node, ast.IfExp):
        return [*_returned_parts(node.body), *_returned_parts(node.orelse)]
    return [node]


def _int_value(node: ast.AST) -> int | None:
    """The value of an int literal, or of a negated one (-1 is UnaryOp(USub, 1))."""
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    if (
        isinstance(node, ast.UnaryOp)
        and isinstance(node.op, ast.USub)
        and isinstance(node.operand, ast.Constant)
        and type(node.operand.value) is int
    ):
        return -node.operand.value
    return None


@dataclass
class _LineEdits:
    """Builds the edits for one line of one file."""

    sf: SourceFile
    line: int

    def all(self) -> list[Edit]:
        edits: list[Edit] = []
        for node in self.sf.nodes_touching(self.line):
            if isinstance(node, ast.BinOp):
                edits += self.binop(node)
            elif isinstance(node, ast.AugAssign):
                edits += self.augassign(node)
            elif isinstance(node, ast.Compare):
                edits += self.compare(node)
            elif isinstance(node, ast.BoolOp):
                edits += self.boolop(node)
            elif isinstance(node, ast.Call):
                edits += self.call(node)
            elif isinstance(node, ast.Subscript):
                edits += self.subscript(node)
            elif isinstance(node, ast.Constant):
                edits += self.constant(node)
            elif isinstance(node, ast.UnaryOp):
                edits += self.unary(node)
            elif isinstance(node, ast.Name):
                edits += self.name(node)
            elif isinstance(node, ast.Attribute):
                edits += self.attribute(node)
            elif isinstance(node, (ast.Break, ast.Continue)):
                edits += self.loop_control(node)
            elif isinstance(node, ast.Assign):
                edits += self.accumulate(node)
            elif isinstance(node, ast.Return):
                edits += self.sibling_return(node)
            edits += self.conditions(node)
        edits += self.literal_swap()
        return edits

    # -- statements -----------------------------------------------------
    def loop_control(self, node: ast.Break | ast.Continue) -> list[Edit]:
        span = self.span(node)
        if span is None:
            return []
        old, new = ("break", "continue") if isinstance(node, ast.Break) else ("continue", "break")
        prior = DEAD_ADVANCE_PRIOR if self._advanced_before(node) else 0.45
        return [Edit(self.line, ((*span, new),), f"use {new} instead of {old}", prior, "loop")]

    def _advanced_before(self, node: ast.Break | ast.Continue) -> bool:
        """A `continue` right after the statement that advances its `while` loop's cursor (`i += 1; continue`).

        `break` there leaves the advance just made dead: the only reader of `i` is the condition it skips.
        """
        if not isinstance(node, ast.Continue):
            return False
        block_owner = self.sf.parent(node)
        loop = next((a for a in self.sf.ancestors(node) if isinstance(a, ast.For | ast.While)), None)
        if not isinstance(loop, ast.While) or block_owner is None:
            return False
        block = next(
            (
                b
                for b in (getattr(block_owner, f, None) for f in ("body", "orelse"))
                if isinstance(b, list) and node in b
            ),
            None,
        )
        if block is None or block.index(node) == 0:
            return False
        before = block[block.index(node) - 1]
        targets = before.targets if isinstance(before, ast.Assign) else [getattr(before, "target", None)]
        if not isinstance(before, ast.Assign | ast.AugAssign):
            return False
        stored = {t.id for t in targets if isinstance(t, ast.Name)}
        read = {n.id for n in ast.walk(loop.test) if isinstance(n, ast.Name)}
        return bool(stored & read)

    def sibling_return(self, node: ast.Return) -> list[Edit]:
        """`return 1` in a function whose other exits return `-1`: the value its siblings agree on.

        A function that signals one outcome with one literal (`-1` for "unknown") says so at each of
        its exits; the one exit that deviates from the others is likelier the bug (Engler et al., "Bugs
        as deviant behavior", SOSP 2001), as a flag set against its sibling branches is (_deviant_flag).
        """
        value = _number_value(node.value) if node.value is not None else None
        func = function_at(self.sf, self.line)
        span = self.span(node.value) if node.value is not None else None
        if value is None or func is None or span is None or node.lineno != self.line:
            return []
        others = Counter(
            found
            for exit_ in ast.walk(func)
            if isinstance(exit_, ast.Return) and exit_ is not node and exit_.value is not None
            for found in [_number_value(part) for part in _returned_parts(exit_.value)]
            if found is not None and found != value and type(found) is type(value)
        )
        shown = self.text(node.value)
        return [
            Edit(
                self.line,
                ((*span, repr(other)),),
                f"return {other!r} instead of {shown}",
                PRIOR_SIBLING_RETURN,
                "literal",
            )
            for other, count in others.most_common()
            if count >= SIBLING_RETURNS_AGREEING
        ]

    def accumulate(self, node: ast.Assign) -> list[Edit]:
        """`total = amount` inside a loop where `total += amount` was meant."""
        if len(node.targets) != 1 or not isinstance(node.targets[0], ast.Name) or node.lineno != self.line:
            return []
        target = node.targets[0]
        if not any(isinstance(a, (ast.For, ast.While)) for a in self.sf.ancestors(node)):
            return []
        if any(isinstance(n, ast.Name) and n.id == target.id for n in ast.walk(node.value)):
            return []  # already uses its previous value
        where = self.sf.tokens_between(self.sf.end(target), self.sf.start(node.value))
        if len(where) != 1 or where[0].string != "=" or where[0].start[0] != self.line:
            return []
        start, end = where[0].start[1], where[0].end[1]
        return [
            Edit(
                self.line,
                ((start, end, op),),
                f"accumulate into {target.id} with {op} instead of =",
                prior,
                "acc",
            )
            for op, prior in (("+=", 0.4), ("-=", 0.15))
        ]

    # -- helpers --------------------------------------------------------
    def text(self, node: ast.AST) -> str:
        return self.sf.segment(node)

    def span(self, node: ast.AST) -> tuple[int, int] | None:
        found = self.sf.node_span(node)
        if found is None or found[0] != self.line:
            return None
        return found[1], found[2]

    def context(self, node: ast.AST) -> ast.AST | None:
        """The nearest enclosing expression on this line that makes a readable description."""
        for anc in self.sf.ancestors(node):
            if not isinstance(anc, ast.expr) or not self.sf.on_one_line(anc, self.line):
                return None
            if isinstance(anc, (ast.BinOp, ast.Compare, ast.Call, ast.Subscript)):
                return anc
        return None

    def described(self, node: ast.AST, spans: tuple[tuple[int, int, str], ...], fallback: str) -> str:
        """`use NEW instead of OLD` with the smallest readable expression around the change."""
        ctx = self.context(node) if not isinstance(node, (ast.BinOp, ast.Call, ast.Subscript)) else node
        if ctx is None or self.span(ctx) is None:
            return fallback
        start, end = self.span(ctx)
        old = self.sf.line_text(self.line)[start:end]
        new = old
        for s, e, t in sorted(spans, key=lambda x: x[0], reverse=True):
            if not start <= s <= e <= end:
                return fallback
            new = new[: s - start] + t + new[e - start :]
        if len(old) > 60 or len(new) > 60:
            return fallback
        return f"use {shorten(new, 60)} instead of {shorten(old, 60)}"

    # -- operators ------------------------------------------------------
    def binop(self, node: ast.BinOp) -> list[Edit]:
        edits: list[Edit] = []
        op = self.sf.operator_between(node.left, node.right)
        if op is None or op[0] != self.line:
            return edits
        _, start, end, symbol = op
        if OP_SYMBOLS.get(type(node.op)) != symbol:
            return edits
        if not (_is_str_operand(node.left) or _is_str_operand(node.right)):
            # In an index or range bound, `n - 2` is far more often off by one than of the wrong sign.
            small_constant = any(
                _int_value(side) is not None and abs(_int_value(side)) <= 2
                for side in (node.left, node.right)
            )
            damp = 0.55 if small_constant and self._in_bound(node) else 1.0
            for new_op, prior in arith_alternatives(type(node.op)):
                prior = self._natural(type(node.op), new_op, prior) * damp
                if new_op is ast.Pow and isinstance(node.op, ast.Mult) and _int_value(node.right) == 2:
                    prior = max(prior, PRIOR_SQUARE_FOR_DOUBLE * damp)
                new_symbol = OP_SYMBOLS[new_op]
                edits.append(
                    Edit(
                        self.line, ((start, end, new_symbol),), self._arith_text(node, new_op), prior, "arith"
                    )
                )
        edits += self.operand_swap(node, start, end, symbol)
        return edits

    def _natural(self, old: type, new: type, prior: float) -> float:
        """Raise the prior of replacing an operator this file uses only here by one it uses often.

        Buggy code is less "natural" than the code around it (Ray et al., "On the naturalness of
        buggy code", ICSE 2016): a lone `&` among many `-` is more likely a slip than a design.
        """
        counts = operator_counts(self.sf)
        if counts.get(old, 0) <= 1 and counts.get(new, 0) >= 2:
            return max(prior, 0.5)
        return prior

    def _in_bound(self, node: ast.AST) -> bool:
        parent = self.sf.parent(node)
        if isinstance(parent, ast.Slice) or (isinstance(parent, ast.Subscript) and parent.slice is node):
            return True
        return isinstance(parent, ast.Call) and called_name(parent) == "range"

    def _arith_text(self, node: ast.BinOp, new_op: type) -> str:
        old_op = type(node.op)
        right = self.text(node.right) if self.sf.on_one_line(node.right) else ""
        simple = isinstance(node.right, (ast.Constant, ast.Name, ast.Attribute)) and 0 < len(right) <= 30
        if simple:
            pairs = {
                (ast.Add, ast.Sub): f"subtract {right} instead of adding it",
                (ast.Sub, ast.Add): f"add {right} instead of subtracting it",
                (ast.Mult, ast.Div): f"divide by {right} instead of multiplying by it",
                (ast.Div, ast.Mult): f"multiply by {right} instead of dividing by it",
            }
            if (old_op, new_op) in pairs:
                return pairs[(old_op, new_op)]
        if (old_op, new_op) == (ast.Div, ast.FloorDiv):
            return "use integer division // instead of /"
        if (old_op, new_op) == (ast.FloorDiv, ast.Div):
            return "use true division / instead of //"
        plain = f"use {OP_SYMBOLS[new_op]} instead of {OP_SYMBOLS[old_op]}"
        same_op = [
            n for n in self.sf.nodes_touching(self.line) if isinstance(n, ast.BinOp) and type(n.op) is old_op
        ]
        if len(same_op) > 1 and self.span(node) and len(self.text(node)) <= 50:
            return f"{plain} in {self.text(node)}"  # which of the line's operators changed
        return plain

    def _numeric(self, node: ast.expr) -> bool:
        """A number literal, arithmetic on one, or a name the enclosing function uses as a number."""
        if _is_number(node) or _int_value(node) is not None:
            return True
        if isinstance(node, ast.BinOp):
            return self._numeric(node.left) or self._numeric(node.right)
        if isinstance(node, ast.Call):
            return called_name(node) in ("len", "int", "float", "abs", "round", "sum", "min", "max")
        func = function_at(self.sf, self.line)
        return (
            isinstance(node, ast.Name)
            and func is not None
            and name_kinds(func).get(node.id) in ("int", "float")
        )

    def operand_swap(self, node: ast.BinOp, op_start: int, op_end: int, symbol: str) -> list[Edit]:
        prior = NON_COMMUTATIVE.get(type(node.op))
        if isinstance(node.op, ast.Add) and not self._numeric(node.left) and not self._numeric(node.right):
            prior = PRIOR_SWAP_ADD
        whole = self.span(node)
        if prior is None or whole is None:
            return []
        if _is_str_operand(node.left) or _is_str_operand(node.right):
            return []
        if isinstance(node.op, ast.Div) and self._ratio_backwards(node):
            prior = max(prior, PRIOR_RATIO_BACKWARDS)
        start, end = whole
        line = self.sf.line_text(self.line)
        left_full, gap_before = (
            line[start:op_start].rstrip(),
            line[start:op_start][len(line[start:op_start].rstrip()) :],
        )
        right_part = line[op_end:end]
        right_full = right_part.lstrip()
        gap_after = right_part[: len(right_part) - len(right_full)]
        if left_full == right_full:
            return []
        for attempt in range(2):
            new_left, new_right = right_full, left_full
            if attempt == 1:
                new_left = new_left if not needs_parens(node.right) else f"({new_left})"
                new_right = new_right if not needs_parens(node.left) else f"({new_right})"
            new = f"{new_left}{gap_before}{symbol}{gap_after}{new_right}"
            parsed = parse_expr(new)
            if (
                isinstance(parsed, ast.BinOp)
                and type(parsed.op) is type(node.op)
                and same_tree(parsed.left, node.right)
                and same_tree(parsed.right, node.left)
            ):
                if isinstance(node.op, ast.Sub):
                    description = f"subtract {shorten(left_full, 40)} from {shorten(right_full, 40)}"
                elif isinstance(node.op, ast.Div):
                    description = f"divide {shorten(right_full, 40)} by {shorten(left_full, 40)}"
                else:
                    description = f"swap the operands of {symbol}"
                return [Edit(self.line, ((start, end, new),), description, prior, "operands")]
        return []

    def _ratio_backwards(self, node: ast.BinOp) -> bool:
        """`b_out = b_in * (a_in / a_out)`: the ratio carries the target's role word in its denominator.

        A ratio that scales one quantity into another converts the source's role into the target's:
        `b_out = b_in * (a_out / a_in)` cancels `in` and leaves `out` (dimensional analysis, read on the
        names' underscore-separated words). The numerator naming the source's role word and the
        denominator the target's is the inverted ratio.
        """
        parent = self.sf.parent(node)
        if not (isinstance(parent, ast.BinOp) and isinstance(parent.op, ast.Mult)):
            return False
        source = parent.right if parent.left is node else parent.left
        statement = self.sf.parent(parent)
        if not (
            isinstance(statement, ast.Assign) and statement.value is parent and len(statement.targets) == 1
        ):
            return False
        target, scaled = _name_words(statement.targets[0]), _name_words(source)
        numerator, denominator = _name_words(node.left), _name_words(node.right)
        if not target or not scaled or not numerator or not denominator:
            return False
        return bool(numerator & (scaled - target)) and bool(denominator & (target - scaled))

    def augassign(self, node: ast.AugAssign) -> list[Edit]:
        edits = self._augassign_ops(node)
        op = self.sf.operator_between(node.target, node.value)
        if op is not None and op[0] == self.line and isinstance(node.target, ast.Name):
            symbol = op[3]
            edits.append(
                Edit(
                    self.line,
                    ((op[1], op[2], "="),),
                    f"assign {node.target.id} with = instead of {symbol}",
                    0.2,
                )
            )
        return edits

    def _augassign_ops(self, node: ast.AugAssign) -> list[Edit]:
        op = self.sf.operator_between(node.target, node.value)
        if op is None or op[0] != self.line:
            return []
        _, start, end, symbol = op
        if symbol != OP_SYMBOLS.get(type(node.op), "") + "=":
            return []
        edits = []
        for new_op, prior in arith_alternatives(type(node.op)):
            prior = self._natural(type(node.op), new_op, prior)
            new_symbol = OP_SYMBOLS[new_op] + "="
            edits.append(
                Edit(self.line, ((start, end, new_symbol),), f"use {new_symbol} instead of {symbol}", prior)
            )
        return edits

    def compare(self, node: ast.Compare) -> list[Edit]:
        edits = []
        operands = [node.left, *node.comparators]
        for i, cmp_op in enumerate(node.ops):
            op = self.sf.operator_between(operands[i], operands[i + 1])
            if op is None or op[0] != self.line:
                continue
            _, start, end, symbol = op
            if " ".join(symbol.split()) != CMP_SYMBOLS[type(cmp_op)]:
                continue
            boosted = is_literal_alternatives(node, i) | text_order_alternatives(node, i)
            for new_op, prior in cmp_alternatives(type(cmp_op)):
                prior = max(self._natural(type(cmp_op), new_op, prior), boosted.get(new_op, 0.0))
                new_symbol = CMP_SYMBOLS[new_op]
                description = f"use {new_symbol} instead of {symbol}"
                left, right = operands[i], operands[i + 1]
                if len(node.ops) > 1 and self.sf.on_one_line(left) and self.sf.on_one_line(right):
                    # In a chain (0 <= x <= 100) the operator alone does not say which comparison changed.
                    lt, rt = shorten(self.text(left), 30), shorten(self.text(right), 30)
                    description = f"use {lt} {new_symbol} {rt} instead of {lt} {symbol} {rt}"
                edits.append(Edit(self.line, ((start, end, new_symbol),), description, prior, "cmp"))
        return edits

    def boolop(self, node: ast.BoolOp) -> list[Edit]:
        spans = []
        old = "and" if isinstance(node.op, ast.And) else "or"
        new = "or" if old == "and" else "and"
        for left, right in itertools.pairwise(node.values):
            op = self.sf.operator_between(left, right)
            if op is None or op[0] != self.line or op[3] != old:
                return []
            spans.append((op[1], op[2], new))
        prior = PRIOR_FALSY_DEFAULT if _and_falsy_default(node) else 0.8
        return [Edit(self.line, tuple(spans), f"use {new} instead of {old}", prior, "bool")]

    # -- conditions -----------------------------------------------------
    def conditions(self, node: ast.AST) -> list[Edit]:
        tests: list[tuple[ast.expr, str]] = []
        if isinstance(node, (ast.If, ast.While, ast.IfExp)):
            tests.append((node.test, "condition"))
        elif isinstance(node, COMPREHENSIONS):
            for gen in node.generators:
                tests += [(cond, "filter condition") for cond in gen.ifs]
        edits = []
        for test, label in tests:
            if test.lineno != self.line:
                continue
            edits += self.negate(test, label, PRIOR_NEGATE_FLAG if self._global_flag(test) else 0.85)
        if isinstance(node, ast.Return) and node.value is not None and node.value.lineno == self.line:
            func = function_at(self.sf, self.line)
            returns_bool = (
                func is not None and isinstance(func.returns, ast.Name) and func.returns.id == "bool"
            )
            if returns_bool and not isinstance(node.value, ast.Constant):
                edits += self.negate(node.value, "returned value", 0.35)
        return edits

    def _global_flag(self, test: ast.expr) -> bool:
        """Whether a function's condition is only a module-level name (`if HAVE_SSL:`), defined or imported.

        Every use of a global flag shares its value: a wrong value is fixed where the flag is made
        (data-fault localisation brings that line), and negating one use only hides it there.
        """
        node = test.operand if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not) else test
        func = function_at(self.sf, self.line)
        if not isinstance(node, ast.Name) or func is None or node.id in local_names(func):
            return False
        return module_names(self.sf.tree).get(node.id) in ("variable", "import")

    def negate(self, test: ast.expr, label: str, prior: float) -> list[Edit]:
        line = self.sf.line_text(self.line)
        start = self.sf.start(test)[1]
        shown = shorten(self.text(test), 40)
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            rest = line[start + 3 :]
            if not line.startswith("not", start) or rest[:1] not in (" ", "\t", "("):
                return []
            cut = start + 3 + len(rest) - len(rest.lstrip(" \t"))
            if isinstance(test.operand, ast.Compare) and len(test.operand.ops) == 1:
                # `not key not in self`, `not a == b`: a comparison has its own negated operator, so
                # nobody writes a `not` in front of one (pylint's unneeded-not); it was most likely added.
                prior = max(prior, PRIOR_UNNEEDED_NOT)
            return [
                Edit(
                    self.line, ((start, cut, ""),), f"drop the not from the {label} {shown}", prior, "negate"
                )
            ]
        if isinstance(test, ast.Compare) and len(test.ops) == 1:
            return []  # the comparison swaps already include the negated operator
        if isinstance(test, (ast.BoolOp, ast.IfExp, ast.NamedExpr, ast.Lambda)):
            span = self.span(test)
            if span is None:
                return []
            spans = ((span[0], span[0], "not ("), (span[1], span[1], ")"))
        else:
            spans = ((start, start, "not "),)
        return [Edit(self.line, spans, f"negate the {label} {shown}", prior, "negate")]

    def unary(self, node: ast.UnaryOp) -> list[Edit]:
        edits = []
        value = _int_value(node)
        if value is not None:
            edits += self._int_edits(node, value)
        elif isinstance(node.op, ast.Not) and node.lineno == self.line and _is_number(node.operand):
            # `not 4` is the constant False: a `not` on a number literal is a slip for its sign.
            span, operand = self.span(node), self.span(node.operand)
            if span and operand and span[0] < operand[0]:
                shown = shorten(self.text(node))
                edits.append(
                    Edit(
                        self.line,
                        ((span[0], operand[0], "-"),),
                        f"use - instead of not in {shown}",
                        0.7,
                        "sign",
                    )
                )
        elif isinstance(node.op, ast.Not) and node.lineno == self.line:
            parent = self.sf.parent(node)
            is_condition = isinstance(parent, (ast.If, ast.While, ast.IfExp)) and parent.test is node
            is_filter = isinstance(parent, ast.comprehension) and node in parent.ifs
            if not (is_condition or is_filter):
                edits += self.negate(node, "expression", 0.6)
        elif isinstance(node.op, (ast.Invert, ast.UAdd)) and node.lineno == self.line:
            span, operand = self.span(node), self.span(node.operand)
            if span and operand and span[0] < operand[0]:
                old = "~" if isinstance(node.op, ast.Invert) else "+"
                shown = shorten(self.text(node))
                edits.append(
                    Edit(
                        self.line,
                        ((span[0], operand[0], "-"),),
                        f"use - instead of {old} in {shown}",
                        self._natural(type(node.op), ast.USub, 0.3),
                        "sign",
                    )
                )
                edits.append(
                    Edit(self.line, ((span[0], operand[0], ""),), f"drop the {old} from {shown}", 0.2, "sign")
                )
        elif isinstance(node.op, ast.USub) and node.lineno == self.line:
            span = self.span(node)
            operand = self.span(node.operand)
            if span and operand and span[0] < operand[0]:
                edits.append(
                    Edit(
                        self.line,
                        ((span[0], operand[0], ""),),
                        f"drop the minus sign from {shorten(self.text(node))}",
                        0.3,
                        "sign",
                    )
                )
        return edits

    # -- constants ------------------------------------------------------
    def constant(self, node: ast.Constant) -> list[Edit]:
        if node.lineno != self.line:
            return []
        if isinstance(node.value, bool):
            return self._bool_edits(node)
        if isinstance(node.value, (str, bytes)):
            return self.lost_comma(node)
        if type(node.value) is int:
            parent = self.sf.parent(node)
            if isinstance(parent, ast.UnaryOp) and isinstance(parent.op, ast.USub):
                return []  # handled as a negative literal by unary()
            return self._int_edits(node, node.value)
        return []

    def _bool_edits(self, node: ast.Constant) -> list[Edit]:
        span = self.span(node)
        if span is None:
            return []
        new = "False" if node.value else "True"
        old = str(node.value)
        parent = self.sf.parent(node)
        if isinstance(parent, ast.Return):
            return [Edit(self.line, ((*span, new),), f"return {new} instead of {old}", 0.6, "bool-const")]
        if (
            isinstance(parent, (ast.While, ast.If))
            and parent.test is node
            and not (node.value and isinstance(parent, ast.While))
        ):
            # A constant condition (pylint's using-constant-test): `while False:` never runs its body
            # and `if True:` always does, which code is never written to do; only `while True:` is.
            return [Edit(self.line, ((*span, new),), f"use {new} instead of {old}", 0.95, "bool-const")]
        if isinstance(parent, ast.Assign) and _deviant_flag(self.sf, parent):
            return [Edit(self.line, ((*span, new),), f"use {new} instead of {old}", 0.9, "bool-const")]
        if isinstance(parent, (ast.Assign, ast.AnnAssign)) and parent.value is node:
            # A flag set to a literal has one alternative, its negation, as `==` has `!=`: the same
            # prior as those complement swaps, not the weak one of a bool inside a larger expression.
            return [
                Edit(self.line, ((*span, new),), f"use {new} instead of {old}", PRIOR_FLAG_FLIP, "bool-const")
            ]
        if isinstance(parent, ast.keyword):
            if verdict_contradicted(self.sf, parent):
                # A verdict flipped to a value the module never builds with this call's other keywords
                # (`is_valid=True` beside `error=`) only voids an early exit's check (r324).
                return []
            return [
                Edit(
                    self.line,
                    ((*span, new),),
                    f"pass {parent.arg}={new} instead of {old}",
                    0.95 if _passes_its_default(self.sf, parent) else 0.45,
                    "bool-const",
                )
            ]
        return [Edit(self.line, ((*span, new),), f"use {new} instead of {old}", 0.45, "bool-const")]

    def _int_edits(self, node: ast.AST, value: int) -> list[Edit]:
        span = self.span(node)
        if span is None:
            return []
        parent = self.sf.parent(node)
        if isinstance(parent, ast.Dict) and any(key is node for key in parent.keys):
            return []
        default_index = self._default_index(node)
        in_index = (isinstance(parent, ast.Subscript) and parent.slice is node) or default_index
        in_slice = isinstance(parent, ast.Slice)
        in_range = isinstance(parent, ast.Call) and called_name(parent) == "range"
        in_binop = isinstance(parent, ast.BinOp) and isinstance(parent.op, (ast.Add, ast.Sub))
        in_compare = isinstance(parent, ast.Compare)
        around_len = in_binop and any(
            isinstance(side, ast.Call) and called_name(side) == "len" for side in (parent.left, parent.right)
        )
        grand = self.sf.parent(parent) if parent is not None else None
        in_bound = in_binop and (
            isinstance(grand, (ast.Slice, ast.Subscript))
            or (isinstance(grand, ast.Call) and called_name(grand) == "range")
        )
        if in_index or in_slice or in_range or around_len or in_bound:
            prior = 0.8
        elif in_binop or in_compare:
            prior = 0.6
        else:
            prior = 0.4 if abs(value) <= 1000 else 0.25
        edits = []
        # A default index is an end of the sequence, `0` or `-1` (the first or the last item): the other
        # end first, the step inwards behind it.
        steps = (value - 1, value + 1) if default_index and value == 0 else (value + 1, value - 1)
        for new in steps:
            if new < 0 and value >= 0 and not (in_index or in_slice):
                continue
            step_prior = prior * DEFAULT_INDEX_INWARD if default_index and value == 0 and new == 1 else prior
            spans = ((*span, str(new)),)
            if new == 0 and in_binop and parent.right is node and self.sf.end(parent.left)[0] == self.line:
                # `len(x) + 1` -> `len(x)` rather than `len(x) + 0`.
                spans = ((self.sf.end(parent.left)[1], span[1], ""),)
                edits.append(
                    Edit(self.line, spans, self.described(parent, spans, f"drop the {value}"), prior)
                )
                continue
            description = self.described(node, spans, f"use {new} instead of {value}")
            edits.append(Edit(self.line, spans, description, step_prior, "off-by-one"))
        return edits

    def _default_index(self, node: ast.AST) -> bool:
        """A parameter's default that the function only uses as an index (`def get(k, index=0)` beside
        `xs[index]`): the literal is an index by data flow, so `-1` (the last item) is one of its values."""
        parent = self.sf.parent(node)
        if not isinstance(parent, ast.arguments):
            return False
        positional = parent.posonlyargs + parent.args
        pairs = list(zip(positional[len(positional) - len(parent.defaults) :], parent.defaults, strict=True))
        pairs += [(a, d) for a, d in zip(parent.kwonlyargs, parent.kw_defaults, strict=True) if d is not None]
        name = next((a.arg for a, d in pairs if d is node), None)
        func = self.sf.parent(parent)
        if name is None or not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            return False
        reads = [n for n in ast.walk(func) if isinstance(n, ast.Name) and n.id == name]
        return bool(reads) and all(
            isinstance(self.sf.parent(n), ast.Subscript) and self.sf.parent(n).slice is n for n in reads
        )

    def literal_swap(self) -> list[Edit]:
        """`c * 9 / 5` written `c * 5 / 9`: exchange two different numbers of one expression."""
        numbers = [
            n
            for n in self.sf.nodes_touching(self.line)
            if isinstance(n, ast.Constant)
            and type(n.value) in (int, float)
            and self.span(n) is not None
            and not isinstance(self.sf.parent(n), ast.UnaryOp)
        ]
        numbers.sort(key=lambda n: self.span(n)[0])
        edits = []
        for a, b in itertools.pairwise(numbers):
            ta, tb = self.text(a), self.text(b)
            if ta == tb or self.sf.parent(a) is None:
                continue
            spans = ((*self.span(a), tb), (*self.span(b), ta))
            edits.append(Edit(self.line, spans, f"swap {ta} and {tb}", 0.3, "literals"))
        return edits

    # -- calls, ranges, slices ------------------------------------------
    def call(self, node: ast.Call) -> list[Edit]:
        edits: list[Edit] = []
        name = called_name(node)
        func_on_line = node.func.end_lineno == self.line
        if func_on_line and name in FUNCTION_SWAPS:
            target = node.func if isinstance(node.func, ast.Name) else None
            if isinstance(node.func, ast.Attribute):
                end = self.sf.end(node.func)
                spans = ((end[1] - len(name), end[1]),)
            elif target is not None and self.span(target):
                spans = (self.span(target),)
            else:
                spans = ()
            for new_name, prior in FUNCTION_SWAPS[name]:
                for s, e in spans:
                    edits.append(
                        Edit(
                            self.line, ((s, e, new_name),), f"use {new_name} instead of {name}", prior, "func"
                        )
                    )
        if name in ("sorted", "sort") and not any(k.arg == "reverse" for k in node.keywords):
            # Sorting in the wrong direction: add reverse=True.
            end_line, end = self.sf.end(node)
            if end_line == self.line and self.sf.line_text(self.line)[end - 1 : end] == ")":
                sep = ", " if (node.args or node.keywords) else ""
                edits.append(
                    Edit(
                        self.line,
                        ((end - 1, end - 1, f"{sep}reverse=True"),),
                        "sort in descending order",
                        0.35,
                    )
                )
        if (
            name in ("int", "round")
            and isinstance(node.func, ast.Name)
            and len(node.args) == 1
            and self.span(node.func)
        ):
            new_name = "round" if name == "int" else "int"
            edits.append(
                Edit(
                    self.line,
                    ((*self.span(node.func), new_name),),
                    f"use {new_name} instead of {name}",
                    0.35,
                    "func",
                )
            )
        if name == "range" and isinstance(node.func, ast.Name):
            labels = ["stop"] if len(node.args) == 1 else ["start", "stop"]
            for arg, label in zip(node.args, labels, strict=False):
                edits += self._bound_edits(arg, f"the range {label}", node)
        positional = [a for a in node.args if not isinstance(a, ast.Starred)]
        if len(positional) == len(node.args) and len(positional) >= 2:
            for a, b in itertools.pairwise(positional):
                sa, sb = self.span(a), self.span(b)
                if sa is None or sb is None:
                    continue
                ta, tb = self.text(a), self.text(b)
                if ta == tb or _roles_fixed(name, a, b):
                    continue
                who = f" of {name}" if name else ""
                edits.append(
                    Edit(
                        self.line,
                        ((*sa, tb), (*sb, ta)),
                        f"swap the arguments {shorten(ta, 30)} and {shorten(tb, 30)}{who}",
                        0.45,
                        "args",
                    )
                )
        edits += self.forwarded_sign(node)
        edits += self.chain_order(node)
        return edits

    def forwarded_sign(self, node: ast.Call) -> list[Edit]:
        """`self.incr(stat, count)` where `-count` was meant: the sign of a forwarded parameter dropped.

        A parameter handed on unchanged to another call is where a wrapper's one difference from the
        callee is written (`decr` is `incr` of `-count`); losing that minus is the missing-unary-operator
        fault of TBar's "mutate/insert operator" templates (Liu et al., ISSTA 2019) and of ITER's
        operand mutations. Only parameters not known to be non-numbers are negated.
        """
        func = function_at(self.sf, self.line)
        if func is None:
            return []
        params = {a.arg for a in _args(func)} - set(SELF_NAMES)
        kinds = name_kinds(func)
        # A default value tells the parameter's type where nothing else does: `count=1` is a number.
        defaults = _defaults(func)
        values = [*node.args, *(k.value for k in node.keywords if k.arg)]
        edits = []
        for value in values:
            if not isinstance(value, ast.Name) or value.id not in params:
                continue
            if kinds.get(value.id) not in (None, "int", "float"):
                continue
            default = defaults.get(value.id)
            if default is not None and not _is_number(default):
                continue
            span = self.span(value)
            if span is None:
                continue
            prior = PRIOR_SIGN_NUMBER_ARG if default is not None else PRIOR_SIGN_ARG
            spans = ((span[0], span[0], "-"),)
            edits.append(Edit(self.line, spans, f"pass -{value.id} instead of {value.id}", prior, "sign"))
        return edits

    def chain_order(self, node: ast.Call) -> list[Edit]:
        """`s.replace(a, x).replace(b, y).replace(c, z)` applied in the wrong order: move one step.

        A chain of calls of one method is a sequence of steps whose order matters when one step's output
        is another's input (an `&` escaped after `&lt;` was made): the statement-order templates of TBar
        and ELIXIR ("move statement") applied to the links of one expression. Each link's arguments are
        moved to each other position; only the outermost call of the chain offers them.
        """
        name = called_name(node)
        parent = self.sf.parent(node)
        if (
            isinstance(parent, ast.Attribute)
            and isinstance(self.sf.parent(parent), ast.Call)
            and parent.attr == name
        ):
            return []  # an inner link: the outermost call offers the chain's moves
        links: list[ast.Call] = []
        current: ast.expr = node
        while (
            isinstance(current, ast.Call)
            and isinstance(current.func, ast.Attribute)
            and current.func.attr == name
            and not current.keywords
        ):
            links.append(current)
            current = current.func.value
        if len(links) < 2 or len(links) > MAX_CHAIN_LINKS:
            return []
        links.reverse()  # in the order they are applied
        spans = []
        for link in links:
            if not link.args:
                return []
            first, last = self.span(link.args[0]), self.span(link.args[-1])
            if first is None or last is None:
                return []
            spans.append((first[0], last[1]))
        texts = [self.sf.line_text(self.line)[s:e] for s, e in spans]
        if len(set(texts)) < len(texts):
            return []
        edits = []
        seen: set[tuple[str, ...]] = set()
        # Moves to the front first, the last link's first: a step that must run before the others
        # (escaping `&` before the entities that contain it) is the usual misplaced one.
        moves = sorted(itertools.permutations(range(len(links)), 2), key=lambda m: (m[1] != 0, -m[0]))
        for source, target in moves:
            order = list(range(len(links)))
            order.insert(target, order.pop(source))
            new = tuple(texts[i] for i in order)
            if new in seen:
                continue
            seen.add(new)
            moved = shorten(f"{name}({texts[source]})", 40)
            where = "first" if target == 0 else "last" if target == len(links) - 1 else f"step {target + 1}"
            changes = tuple((s, e, t) for (s, e), t, old in zip(spans, new, texts, strict=True) if t != old)
            prior = PRIOR_CHAIN_MOVE if target == 0 else PRIOR_CHAIN_MOVE * 0.9
            edits.append(Edit(self.line, changes, f"apply {moved} {where}", prior, "move"))
        return edits

    def _bound_edits(self, arg: ast.expr, label: str, context: ast.AST) -> list[Edit]:
        if _int_value(arg) is not None:
            return []  # the constant edits cover literal bounds
        if (
            isinstance(arg, ast.BinOp)
            and isinstance(arg.op, (ast.Add, ast.Sub))
            and _int_value(arg.right) is not None
        ):
            return []
        span = self.span(arg)
        if span is None:
            return []
        text = self.text(arg)
        shown = text if not needs_parens(arg) or isinstance(arg, ast.BinOp) else f"({text})"
        edits = []
        for delta in ("+ 1", "- 1"):
            spans = ((*span, f"{shown} {delta}"),)
            fallback = f"use {shown} {delta} instead of {text} as {label}"
            edits.append(Edit(self.line, spans, self.described(context, spans, fallback), 0.6, "bound"))
        return edits

    def subscript(self, node: ast.Subscript) -> list[Edit]:
        index = node.slice
        if isinstance(index, ast.Slice):
            edits = []
            for part, label in ((index.lower, "slice start"), (index.upper, "slice stop")):
                if part is not None:
                    edits += self._bound_edits(part, f"the {label}", node)
            return edits
        if isinstance(index, (ast.Name, ast.Attribute, ast.BinOp)) and not _is_str_operand(index):
            if isinstance(index, ast.BinOp) and _int_value(index.right) is not None:
                return []
            edits = self._bound_edits(index, "the index", node)
            return [Edit(e.line, e.spans, e.description, 0.25, "index") for e in edits]
        return []

    # -- variables ------------------------------------------------------
    def name(self, node: ast.Name) -> list[Edit]:
        if not isinstance(node.ctx, ast.Load) or node.lineno != self.line or node.id in SELF_NAMES:
            return []
        parent = self.sf.parent(node)
        if isinstance(parent, ast.Call) and parent.func is node:
            return []
        span = self.span(node)
        if span is None:
            return []
        func = function_at(self.sf, self.line)
        alternatives: list[str] = []
        if func is not None:
            scope = local_names(func)
            if node.id in scope:
                bound_before = local_names(func, before_line=self.line)
                annotations = {a.arg: ast.dump(a.annotation) for a in _args(func) if a.annotation is not None}
                kinds = name_kinds(func)
                stars = _star_parameters(func)
                for other in bound_before:
                    if other == node.id or other in SELF_NAMES or not same_kind(kinds, node.id, other):
                        continue
                    if other in stars and node.id not in stars:
                        continue
                    if _discarded(other):
                        continue
                    if (
                        node.id in annotations
                        and other in annotations
                        and annotations[node.id] != annotations[other]
                    ):
                        continue
                    alternatives.append(other)
        if not alternatives and node.id.isupper():
            mod = module_names(self.sf.tree)
            if mod.get(node.id) == "variable":
                alternatives = [
                    n for n, kind in mod.items() if kind == "variable" and n.isupper() and n != node.id
                ]
        read = (
            {n.id for n in ast.walk(func) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
            if func
            else set()
        )
        twin = self._same_operands(node)
        usual = usual_indexes(self.sf, func, node) if func is not None else set()
        ranked = sorted(
            (
                (max(self._variable_prior(other not in read, twin), 0.85 if other in usual else 0.0), other)
                for other in alternatives
            ),
            key=lambda item: -item[0],
        )
        repeated = self._repeated(lambda n: isinstance(n, ast.Name) and n.id == node.id)
        edits = []
        for prior, other in ranked[:6]:
            spans = ((*span, other),)
            plain = f"use {other} instead of {node.id}"
            description = self.described(node, spans, plain) if repeated else plain
            edits.append(Edit(self.line, spans, description, prior, "variable"))
        return edits

    @staticmethod
    def _variable_prior(never_read: bool, twin: bool) -> float:
        # A parameter or local that is bound but never read, or `x - x`, is the classic trace of a wrong name.
        if never_read:
            return 0.92
        return 0.6 if twin else 0.3

    def _same_operands(self, node: ast.AST) -> bool:
        parent = self.sf.parent(node)
        if isinstance(parent, ast.BinOp):
            return same_tree(parent.left, parent.right)
        if isinstance(parent, ast.Compare) and len(parent.comparators) == 1:
            return same_tree(parent.left, parent.comparators[0])
        return False

    def _repeated(self, match) -> bool:
        """True when more than one node on the line matches: a bare name would not say which one changed."""
        return sum(1 for n in self.sf.nodes_touching(self.line) if n.lineno == self.line and match(n)) > 1

    def attribute(self, node: ast.Attribute) -> list[Edit]:
        if not isinstance(node.ctx, ast.Load) or node.end_lineno != self.line:
            return []
        parts = self.path_part(node) if node.attr in PATH_PART_SWAPS else []
        return parts + self._own_attribute(node)

    def _own_attribute(self, node: ast.Attribute) -> list[Edit]:
        """`self.a` for another attribute of the same kind the class defines."""
        if not (isinstance(node.value, ast.Name) and node.value.id in SELF_NAMES):
            return []
        parent = self.sf.parent(node)
        if isinstance(parent, ast.Call) and parent.func is node:
            return []
        cls = class_at(self.sf, self.line)
        if cls is None:
            return []
        attrs = class_attributes(cls)
        kind = attrs.get(node.attr)
        if kind is None or kind == "method":
            return []
        end = self.sf.end(node)[1]
        start = end - len(node.attr)
        if self.sf.line_text(self.line)[start:end] != node.attr:
            return []
        owner = node.value.id
        read = {
            n.attr
            for n in ast.walk(self.sf.tree)
            if isinstance(n, ast.Attribute) and isinstance(n.ctx, ast.Load)
        }
        twin = self._same_operands(node)
        others = [a for a, k in attrs.items() if a != node.attr and k == kind]
        ranked = sorted(((self._variable_prior(o not in read, twin), o) for o in others), key=lambda i: -i[0])
        repeated = self._repeated(lambda n: isinstance(n, ast.Attribute) and n.attr == node.attr)
        edits = []
        for prior, other in ranked[:6]:
            spans = ((start, end, other),)
            plain = f"use {owner}.{other} instead of {owner}.{node.attr}"
            description = self.described(node, spans, plain) if repeated else plain
            edits.append(Edit(self.line, spans, description, prior, "variable"))
        return edits

    def path_part(self, node: ast.Attribute) -> list[Edit]:
        """`Path(f).stem in exts` for `Path(f).suffix`: another part of the same path (PATH_PART_SWAPS)."""
        parent = self.sf.parent(node)
        if isinstance(parent, ast.Call) and parent.func is node:
            return []  # a method of that name, not a path's part
        receiver = node.value
        pathlike = isinstance(receiver, ast.Call) and called_name(receiver) in PATH_CONSTRUCTORS
        if node.attr == "name" and not pathlike:
            return []
        end = self.sf.end(node)[1]
        start = end - len(node.attr)
        if self.sf.line_text(self.line)[start:end] != node.attr:
            return []
        return [
            Edit(
                self.line,
                ((start, end, other),),
                f"read the path's {other} instead of its {node.attr}",
                prior,
                "func",
            )
            for other, prior in PATH_PART_SWAPS[node.attr]
            if other != "name" or pathlike
        ]

    def lost_comma(self, node: ast.Constant) -> list[Edit]:
        """`["a" "b"]` for `["a", "b"]`: a comma between two string literals of one element (PRIOR_LOST_COMMA)."""
        parent = self.sf.parent(node)
        if not isinstance(parent, (ast.List, ast.Tuple, ast.Set, ast.Call)) or node.end_lineno != self.line:
            return []
        if node.lineno != self.line or not isinstance(node.value, (str, bytes)):
            return []
        span = self.span(node)
        if span is None:
            return []
        text = self.sf.line_text(self.line)[span[0] : span[1]]
        if len(text) > 2000:
            return []
        cuts = _literal_boundaries(text)
        return [
            Edit(
                self.line,
                ((span[0] + cut, span[0] + cut, ","),),
                f"separate the joined strings with a comma: {shorten(text[:cut])}, {shorten(text[cut:].lstrip())}",
                PRIOR_LOST_COMMA,
                "comma",
            )
            for cut in cuts[:3]
        ]


def _name_words(node: ast.expr) -> set[str]:
    """The underscore-separated words of a plain name or an attribute's last name (`a_outer` -> a, outer)."""
    name = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""
    return {w for w in name.lower().split("_") if w}


def _literal_boundaries(text: str) -> list[int]:
    """Offsets in `text` (one implicitly concatenated literal) right after each string token but the last."""
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, SyntaxError):
        return []
    strings = [t for t in tokens if t.type == tokenize.STRING and t.start[0] == 1 and t.end[0] == 1]
    return [t.end[1] for t in strings[:-1]]


def _and_falsy_default(node: ast.BoolOp) -> bool:
    """`actions and {}`: an `and` whose last operand is a falsy literal (`{}`, `[]`, `""`, `0`, `None`)
    is that literal or the falsy left side, never anything else: code written so is the default idiom
    `actions or {}` with its connector swapped (a value-or-default, not a test)."""
    last = node.values[-1]
    falsy = (isinstance(last, (ast.Dict, ast.List, ast.Tuple, ast.Set)) and not _elements(last)) or (
        isinstance(last, ast.Constant) and not last.value and last.value is not False
    )
    return isinstance(node.op, ast.And) and falsy


def _elements(node: ast.AST) -> list[ast.AST]:
    return list(getattr(node, "elts", None) or getattr(node, "keys", None) or [])


def _defaults(func: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, ast.expr]:
    """Each parameter's default value, by name."""
    a = func.args
    positional = [*a.posonlyargs, *a.args]
    found = dict(
        zip([p.arg for p in positional[len(positional) - len(a.defaults) :]], a.defaults, strict=True)
    )
    found.update({p.arg: d for p, d in zip(a.kwonlyargs, a.kw_defaults, strict=True) if d is not None})
    return found


def _star_parameters(func: ast.FunctionDef | ast.AsyncFunctionDef) -> frozenset[str]:
    """`args` and `kwargs` of `def f(*args, **kwargs)`: never a donor for a named value.

    Left unread, they are how a signature accepts and ignores extras (an override kept compatible),
    not the trace of a wrong name that an unread parameter is; and they hold a tuple or dict of
    unnamed extras, never the one value a named parameter or local stands for. On a dev case
    (r83, prodict) `use args instead of is_recursive` and three like it were the first candidates
    run, 7-12 s each, at the "never read" prior.
    """
    return frozenset(a.arg for a in (func.args.vararg, func.args.kwarg) if a is not None)


def _discarded(name: str) -> bool:
    """`_` (or `__`): by Python convention the name of a value bound only to be thrown away.

    Unread by design, it would get the "bound but never read" prior of a wrong-variable slip, yet
    the value it holds (the middle of `a, _, b = s.partition(...)`) is the one the code chose to
    drop, never the one a named variable stands for (PEP 8, PEP 640's rejected `?`). On a dev case
    (r110) `use _ instead of data` and three like it were the first four edits of the fault line.
    """
    return not name.strip("_")


def _args(func: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.arg]:
    a = func.args
    return [*a.posonlyargs, *a.args, *a.kwonlyargs]


_OPERATOR_COUNTS: dict[int, tuple[SourceFile, dict[type, int]]] = {}


def operator_counts(sf: SourceFile) -> dict[type, int]:
    """How often the file uses each binary, augmented, comparison and unary operator."""
    cached = _OPERATOR_COUNTS.get(id(sf))
    if cached is not None and cached[0] is sf:
        return cached[1]
    counts: dict[type, int] = {}
    for node in ast.walk(sf.tree):
        ops = [node.op] if isinstance(node, (ast.BinOp, ast.AugAssign, ast.UnaryOp)) else []
        ops += node.ops if isinstance(node, ast.Compare) else []
        for op in ops:
            counts[type(op)] = counts.get(type(op), 0) + 1
    if len(_OPERATOR_COUNTS) > 64:
        _OPERATOR_COUNTS.clear()
    _OPERATOR_COUNTS[id(sf)] = (sf, counts)
    return counts


DEFAULT_INDEX_INWARD = 0.9  # `index=1` as a default is rarer than the ends `0` and `-1`


def line_edits(sf: SourceFile, line: int) -> list[Edit]:
    """Every candidate mutation of one line, unranked, possibly with duplicates."""
    return _LineEdits(sf, line).all()


def _frames(failure: Failure) -> list[tuple[str, int]]:
    frames = failure.extra.get("frames") if isinstance(failure.extra, dict) else None
    found = []
    for frame in frames or []:
        if not isinstance(frame, dict):
            continue
        file, line = frame.get("file"), frame.get("line")
        if isinstance(file, str) and isinstance(line, int) and line > 0:
            found.append((file, line))
    return found


def target_lines(failure: Failure, ctx: RepairContext, *, max_lines: int) -> list[tuple[str, int, float]]:
    """(file, line, weight 0..1) of non-test lines worth mutating, best first."""
    weights: dict[tuple[str, int], float] = {}
    order: list[tuple[str, int]] = []

    def add(file: str, line: int, weight: float) -> None:
        if not file.endswith(".py") or ctx.is_test_file(file) or line < 1:
            return
        key = (file, line)
        if key not in weights:
            order.append(key)
            weights[key] = weight
        else:
            weights[key] = max(weights[key], weight)

    # A test stopped by its time limit: the loops it was stuck in, over every frame of its stack, their
    # exits and steps first (logic_hangs): the stuck test's coverage is the whole loop, ranked alike.
    for file, line, weight in hang_targets(failure, ctx):
        add(file, line, weight)
    # A test that expected an exception the code did not raise: the conditions guarding the raises of
    # that exception decide it, wherever the spectrum ranks them (first among equals).
    for file, line, weight in missing_raise_targets(failure, ctx):
        add(file, line, weight)
    # Lines spelling a value the failed comparison shows as different: first among the top lines,
    # wherever the spectrum's ties put them (analysis/oracle.py).
    # And the exponentiations of a base when the compared numbers differ by a power of it (logic_scale).
    # The scale relation explains the whole difference, a spelled value is a lexical match: its lines first.
    scaled = sorted(scale_targets(failure, ctx))
    for file, line in [*scaled, *sorted(oracle_targets(failure) | attribute_targets(failure, ctx))]:
        add(file, line, ORACLE_WEIGHT)
    # The flags set beside the import of the module that lacks the attribute: first, see module_switch_lines.
    for file, line in module_switch_lines(failure, ctx):
        add(file, line, 1.0)
    # An exit the failing tests ran that returns another name than its sibling exits (logic_exits).
    for file, line in deviant_return_targets(ctx):
        add(file, line, DEVIANT_RETURN_WEIGHT)
    # A ran line reading what a never-read local was computed from (logic_dead).
    for file, line in dead_store_targets(ctx):
        add(file, line, DEAD_STORE_WEIGHT)
    # A ran copy that missed its sibling pair's systematic edit (logic_analogy).
    for file, line in analogy_targets(ctx):
        add(file, line, ANALOGY_WEIGHT)
    ranked = [(f, ln, s) for f, ln, s in ctx.suspicious if s > 0 and not ctx.is_test_file(f)]
    top = max((s for _, _, s in ranked), default=0.0)
    # k adapts to the ranking: every line tied with the k-th one comes too (up to twice max_lines),
    # so a cut never falls between lines the localiser cannot tell apart.
    cut: float | None = None
    for file, line, score in ranked:
        if cut is not None and (score < cut or len(order) >= 2 * max_lines):
            break
        add(file, line, score / top if top else 0.0)
        if len(order) >= max_lines and cut is None:
            cut = score
    if failure.file and failure.line:
        add(failure.file, failure.line, 1.0)
    # Frames in the repository's own code: the deepest one is nearest to the fault.
    for depth, (file, line) in enumerate(reversed(_frames(failure))):
        add(file, line, max(0.5, 0.9 - 0.1 * depth))
    crash = _crash_site(failure, ctx)
    if crash is not None:
        # An exception raised here may come from a value made earlier: follow it back (PyTER, FSE 2022).
        sf = SourceFile.parse(crash[0], ctx.source(crash[0]))
        # With coverage, only statements the failing test ran can have made its value.
        ran = {line for file, line, _ in ctx.suspicious if file == crash[0]}
        for line in value_origins(sf, crash[1]) if sf is not None else []:
            if not ran or line in ran:
                add(crash[0], line, 0.9)
        # ...or from the branch that led there: the conditions the crash is control dependent on.
        for line in control_origins(sf, crash[1]) if sf is not None else []:
            if not ran or line in ran:
                add(crash[0], line, 0.8)
        # ...or from the caller: what it passed in and the branch that made it call (the backward
        # slice goes on across the call, as PyTER follows a wrong value into the caller). A library's
        # own exception raised deep inside it is often decided one or two calls up.
        for hop, (file, line) in enumerate(_callers(failure, ctx, crash)):
            try:
                caller = sf if file == crash[0] else SourceFile.parse(file, ctx.source(file))
            except (OSError, ValueError):
                caller = None
            if caller is None:
                continue
            covered = {ln for f, ln, _ in ctx.suspicious if f == file}
            weight = max(0.5, 0.75 - 0.1 * hop)
            for origin in [*control_origins(caller, line), *value_origins(caller, line, depth=1)]:
                if not covered or origin in covered:
                    add(file, origin, weight)
        # ...or from a value its raise condition tests, made far away: a limit set by a constant
        # two calls up, an attribute set from a constructor argument (PyTER's backward trace, used
        # here for an error the code raises itself rather than a TypeError).
        # ...or from a helper the raise's condition asks (`not _issubtype(a, b)`): its answer is the
        # value tested, as strong a target as the raise itself.
        for file, line in condition_exit_lines(failure, ctx):
            add(file, line, 1.0)
        for file, line, hops in raise_condition_origins(failure, ctx, crash, sf):
            add(file, line, max(0.5, 0.85 * 0.95**hops))
    if crash is None:
        for file, line, weight in branch_conditions(ranked, ctx):
            add(file, line, weight)
    # The defaults of the parameters the best lines read: made at definition, ranked by no spectrum.
    for file, line, weight in default_targets(ranked, ctx.source):
        add(file, line, weight)
    # Module- and class-level values the failure reads: made at import time, never in any test's
    # coverage, so the spectrum cannot rank them (data-fault localisation, datafaults.py).
    for file, line, weight in data_targets(failure, ctx, ranked=ranked, crash=crash):
        add(file, line, weight)
    # The stores under a string key the best lines read (`t[c]['names']` <- `e['names'] = {n}`): an
    # import-time builder's lines, which the value tracer (by name) does not reach (logic_keys).
    for file, line in sorted(key_targets(failure, ctx)):
        add(file, line, KEY_STORE_WEIGHT)
    ranked_keys = sorted(order, key=lambda k: -weights[k])
    return [(f, ln, weights[(f, ln)]) for f, ln in ranked_keys[: 2 * max_lines]]


# A failed assertion whose most suspicious line is in the body of a branch (run only by failing
# tests) may come from the branch's condition, which passing tests run too and the spectrum ranks
# far lower: a wrong condition sends some inputs into the wrong branch. The nearest conditions the
# line is control dependent on, among the lines the failing tests ran, are tried close behind it
# (predicate switching: Zhang, Gupta and Gupta, "Locating faults through automated predicate
# switching", ICSE 2006).
BRANCH_CONDITION_WEIGHT = 0.8
KEY_STORE_WEIGHT = 0.85  # a reaching definition, one step from the read: as a data target's direct read
BRANCH_CONDITION_DECAY = 0.9
BRANCH_TOP_LINES = 3
BRANCH_CONDITIONS = 2


def branch_conditions(
    ranked: list[tuple[str, int, float]], ctx: RepairContext
) -> list[tuple[str, int, float]]:
    """(file, line, weight) of the nearest conditions the top-ranked lines are control dependent on."""
    top = max((score for _, _, score in ranked), default=0.0)
    ran = {(file, line) for file, line, _ in ranked}
    found: list[tuple[str, int, float]] = []
    parsed: dict[str, SourceFile | None] = {}
    for file, line, score in ranked[:BRANCH_TOP_LINES]:
        if not top or score < top:
            break
        if file not in parsed:
            try:
                parsed[file] = SourceFile.parse(file, ctx.source(file))
            except (OSError, ValueError):
                parsed[file] = None
        sf = parsed[file]
        if sf is None:
            continue
        nearest = sorted((c for c in control_conditions(sf, line) if (file, c) in ran), reverse=True)
        for depth, condition in enumerate(nearest[:BRANCH_CONDITIONS]):
            found.append((file, condition, BRANCH_CONDITION_WEIGHT * BRANCH_CONDITION_DECAY**depth))
    return found


ORACLE_WEIGHT = 1.0
# Every edit of a line the oracle names is likelier than the same edit on a line tied with it.
ORACLE_PRIOR_BOOST = 2.0


def oracle_targets(failure: Failure) -> set[tuple[str, int]]:
    """(file, line) the analysis found spelling a value on which the failed comparison's sides differ."""
    found = failure.extra.get("oracle") if isinstance(failure.extra, dict) else None
    return {
        (item[0], item[1])
        for item in found or []
        if isinstance(item, (list, tuple)) and len(item) == 2 and isinstance(item[1], int)
    }


def attribute_targets(failure: Failure, ctx: RepairContext) -> set[tuple[str, int]]:
    """Ran lines that read an attribute the failed assertion reads (see logic_families)."""
    if failure.bug_type is not BugType.LOGIC:
        return set()

    def read(file: str) -> str | None:
        try:
            return ctx.source(file)
        except (OSError, ValueError):
            return None

    return asserted_attribute_targets(
        test_lines=[(file, line) for file, line in _frames(failure) if ctx.is_test_file(file)][-1:],
        ran=[
            (file, line) for file, line, score in ctx.suspicious if score > 0 and not ctx.is_test_file(file)
        ],
        read_source=read,
    )


_NOT_RAISED_RE = re.compile(r"DID NOT RAISE")
_CLASS_RE = re.compile(r"<class '([\w.]+)'>")
MISSING_RAISE_WEIGHT = 1.0
MISSING_RAISE_UNRANKED_WEIGHT = 0.6


def missing_raise_targets(failure: Failure, ctx: RepairContext) -> list[tuple[str, int, float]]:
    """(file, line, weight) of the conditions of the raises of an exception a test expected in vain.

    `pytest.raises(X)` failing with "DID NOT RAISE X": the code took a path that skips every `raise X`
    (or of a subclass of X). The conditions those raises are control dependent on, among the lines the
    failing test ran, are where the wrong decision was made (a missing-raise fault, localised by the
    expected exception's raise sites; the control-dependence view of Weiser's slicing, ICSE 1981).
    """
    exc = failure.extra.get("exception") if isinstance(failure.extra, dict) else None
    text = " ".join([failure.message, str(exc.get("message", "")) if isinstance(exc, dict) else ""])
    if not _NOT_RAISED_RE.search(text):
        return []
    wanted = {name.rsplit(".", 1)[-1] for name in _CLASS_RE.findall(text)}
    if not wanted:
        return []
    parsed: list[SourceFile] = []
    for path in [f for f in ctx.source_files if f.endswith(".py") and not ctx.is_test_file(f)][
        :MAX_TRACED_FILES
    ]:
        try:
            sf = SourceFile.parse(path, ctx.source(path))
        except (OSError, ValueError):
            sf = None
        if sf is not None:
            parsed.append(sf)
    # Subclasses of the expected exception are raised for it too (`except`/`raises` match them).
    classes = [n for sf in parsed for n in ast.walk(sf.tree) if isinstance(n, ast.ClassDef)]
    grown = True
    while grown:
        grown = False
        for cls in classes:
            bases = {b.attr if isinstance(b, ast.Attribute) else getattr(b, "id", "") for b in cls.bases}
            if cls.name not in wanted and bases & wanted:
                wanted.add(cls.name)
                grown = True
    ran = {(f, ln) for f, ln, _ in ctx.suspicious}
    capped = len(ctx.suspicious) >= SUSPICIOUS_CAP
    found: list[tuple[str, int, float]] = []
    for sf in parsed:
        for node in ast.walk(sf.tree):
            if not isinstance(node, ast.Raise) or node.exc is None:
                continue
            raised = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
            name = raised.attr if isinstance(raised, ast.Attribute) else getattr(raised, "id", "")
            if name not in wanted:
                continue
            for line in control_conditions(sf, node.lineno):
                if (sf.path, line) in ran:
                    found.append((sf.path, line, MISSING_RAISE_WEIGHT))
                elif capped or not ran:
                    found.append((sf.path, line, MISSING_RAISE_UNRANKED_WEIGHT))
    return found


# A whole raise condition negated raises for every input the passing tests gave it: after the edits of
# its parts, which change the outcome for some inputs only (its score times this share).
WHOLE_NEGATION_SHARE = 0.3


def selective_first(failure: Failure, ctx: RepairContext, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates, a whole raise condition's negation moved after the edits of its parts.

    For "DID NOT RAISE", the raise conditions also ran in passing tests that did not expect the
    raise: the fix must flip the outcome for the failing test's input only.
    """
    lines = {(f, ln) for f, ln, _ in missing_raise_targets(failure, ctx)}
    if not lines:
        return candidates
    moved = [
        replace(c, priority=round(1.0 - (1.0 - c.priority) * WHOLE_NEGATION_SHARE, 6))
        if (c.file, c.line) in lines and c.description.startswith("negate the condition")
        else c
        for c in candidates
    ]
    return sorted(moved, key=lambda c: c.priority)


# The localiser keeps this many suspicious lines (analysis.raised.SUSPICIOUS_KEEP): at the cap, a line
# the failing test ran may be missing from the list.
SUSPICIOUS_CAP = 200


# Weights of data origins: a read on the line the failure points at (the test's failing line, the
# crash, the conditions that led to it) is direct evidence; a read on a suspicious line is weaker.
# Each step back through another module-level statement loses a share.
DATA_DIRECT_WEIGHT = 0.8
DATA_SUSPICIOUS_WEIGHT = 0.6
DATA_HOP_DECAY = 0.85
DATA_SUSPICIOUS_READS = 10
DATA_NAMED_WEIGHT = 1.0
DATA_DEEP_HOPS = 8
DATA_DEEP_LIMIT = 200


def data_targets(
    failure: Failure,
    ctx: RepairContext,
    *,
    ranked: list[tuple[str, int, float]],
    crash: tuple[str, int] | None,
) -> list[tuple[str, int, float]]:
    """(file, line, weight) of module- and class-level statements whose values the failure read."""
    direct: list[tuple[str, int]] = []
    frames = _frames(failure)
    tests = [(file, line) for file, line in frames if ctx.is_test_file(file)]
    if tests:
        direct.append(tests[-1])  # the test's own line that failed: `assert ... == pkg.TABLE[k]`
    if failure.file and failure.line:
        direct.append((failure.file, failure.line))
    if crash is not None:
        direct.append(crash)
        sf = SourceFile.parse(crash[0], ctx.source(crash[0]))
        direct += [(crash[0], line) for line in (control_origins(sf, crash[1]) if sf is not None else [])]
    tracer = DataTracer(files=ctx.source_files, source=ctx.source)
    found: list[tuple[str, int, float]] = []
    # A small number the failed comparison shows (`9 != 8`) says nothing over a whole module, but the
    # import-time statements the failing line's value is built from, however many steps back
    # (`integer` <- `natural` <- ... <- `number(9, digit)`), spell few numbers: one of them spelling
    # a compared value is where it was made (the oracle read inside the slice, as in `oracle.py`).
    deep = tracer.origins(direct, max_hops=DATA_DEEP_HOPS, limit=DATA_DEEP_LIMIT)
    for file, line in number_lines(
        values=compared_numbers(failure.message),
        lines=[(f, ln) for f, ln, _ in deep if not ctx.is_test_file(f)],
        read_source=ctx.source,
    ):
        found.append((file, line, DATA_NAMED_WEIGHT))
    for reads, base in (
        (direct, DATA_DIRECT_WEIGHT),
        ([(f, ln) for f, ln, _ in ranked[:DATA_SUSPICIOUS_READS]], DATA_SUSPICIOUS_WEIGHT),
    ):
        for file, line, hops in tracer.origins(reads):
            if not ctx.is_test_file(file):
                found.append((file, line, base * DATA_HOP_DECAY ** (hops - 1)))
    # The class the failure's message names (`Crc16Modbus: expected 0x4b37, got 0xe775`): its body's
    # values, read through `cls.` in a base class's method, as directly as the raising line itself.
    for file, stmt in tracer.named_classes(failure.message):
        if not ctx.is_test_file(file):
            found += [(file, line, DATA_NAMED_WEIGHT) for line in statement_lines(stmt)]
    # The arguments callers pass for the parameters the most suspicious lines read: the flag passed at
    # one call of several decides the branch, and every call runs in every test (Ochiai ties them).
    ran = {(f, ln) for f, ln, _ in ranked}
    for file, line, _ in ranked[:DATA_SUSPICIOUS_READS]:
        for origin in tracer.argument_origins(file, line):
            if origin in ran and not ctx.is_test_file(origin[0]):
                found.append((*origin, DATA_SUSPICIOUS_WEIGHT * DATA_HOP_DECAY))
    return found


MAX_CALLER_HOPS = 2
MAX_TRACED_FILES = 400


def steering_lines(failure: Failure, ctx: RepairContext) -> frozenset[tuple[str, int]]:
    """(file, line) of the conditions that lead to the crash: an edit there can steer around it.

    Negating the branch that reaches a raise always stops that raise; that the test then fails further
    on is no evidence the edit was right (it hid the crash). Candidates at these lines are marked as
    guards, so the validation accepts them only when their targeted tests pass (as the npm fixers do
    for mutations away from the crash line).
    """
    crash = _crash_site(failure, ctx)
    if crash is None:
        return frozenset()
    sf = SourceFile.parse(crash[0], ctx.source(crash[0]))
    if sf is None:
        return frozenset()
    # ...and the conditions of the branches that made its values (`if kind == '*': kind = '*/*'`
    # before the crash on `kind`): forcing such a branch replaces the value, whatever it should be.
    lines = {*control_conditions(sf, crash[1])}
    for origin in value_origins(sf, crash[1], depth=1):
        lines.update(control_conditions(sf, origin))
    return frozenset((crash[0], line) for line in lines if line != crash[1])


def guarded(candidates: list[Candidate], steering: frozenset[tuple[str, int]]) -> list[Candidate]:
    """The candidates, those at a steering line (see `steering_lines`) marked as guards."""
    if not steering:
        return candidates
    return [replace(c, guard=True) if (c.file, c.line) in steering else c for c in candidates]


def condition_exit_lines(failure: Failure, ctx: RepairContext) -> set[tuple[str, int]]:
    """The exits of the module's own functions that the conditions of a `raise` at the crash call.

    A helper the raise's condition asks (`elif ... and not _issubtype(a, b): raise TypeError(...)`)
    made the value tested: its exits the failing tests ran are named by the evidence, as a line the
    oracle names is, and their edits go first (see `LogicFixer.candidates`).
    """
    parsed = _crash_source(failure, ctx)
    if parsed is None:
        return set()
    sf, raised = parsed
    if not any(isinstance(n, ast.Raise) and n.lineno == raised for n in sf.nodes_touching(raised)):
        return set()
    ran = {line for file, line, _ in ctx.suspicious if file == sf.path}
    found: set[tuple[str, int]] = set()
    for line in control_origins(sf, raised):
        for node in sf.nodes_touching(line):
            if isinstance(node, (ast.If, ast.While)) and line in (node.lineno, node.test.lineno):
                # Every call of the condition, on whichever of its lines (`elif (...) and not f(\n...)`).
                for call in (n for n in ast.walk(node.test) if isinstance(n, ast.Call)):
                    found |= {(sf.path, exit_) for exit_ in callee_returns(sf, call, ran)}
    return found


def callee_returns(sf: SourceFile, call: ast.Call, ran: set[int]) -> list[int]:
    """The `return` lines of the module's own function a condition calls (`not _issubtype(a, b)`), run ones.

    The value the condition tests was made there: a helper answering `False` for `True` steers the
    caller into its `raise`. Following the value into the callee is PyTER's backward trace across a
    call (Oh & Oh, FSE 2022); with coverage, only exits a failing test ran (`ran`; all when unknown).
    """
    func = own_function(sf, call)
    if func is None:
        return []
    exits = [node.lineno for node in walk_own_scope(func) if isinstance(node, ast.Return)]
    return [line for line in exits if not ran or line in ran]


def own_function(sf: SourceFile, call: ast.Call) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    """The one function of the module a call calls (`f(...)`, `self.f(...)`), or None when unknown
    (another module's) or ambiguous (one of several methods of that name)."""
    name = call.func.id if isinstance(call.func, ast.Name) else None
    if isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name):
        name = call.func.attr if call.func.value.id in SELF_NAMES else None
    if name is None:
        return None
    defs = [
        node
        for node in ast.walk(sf.tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == name
    ]
    return defs[0] if len(defs) == 1 else None


def _passes_its_default(sf: SourceFile, keyword: ast.keyword) -> bool:
    """`f(x, flag=False)` where the module's own `f` declares `flag: bool = False`: spelling out a
    default is redundant, so the literal there was most likely written to differ from it (a flipped
    flag becomes such a keyword: pe's `Instruction(NOOP, capturing=False)`). Code that deviates from
    how the rest of the code base behaves is the likelier bug (Engler et al., SOSP 2001)."""
    call = sf.parent(keyword)
    func = own_function(sf, call) if isinstance(call, ast.Call) and keyword.arg else None
    default = _defaults(func).get(keyword.arg or "") if func is not None else None
    return (
        isinstance(default, ast.Constant)
        and isinstance(keyword.value, ast.Constant)
        and type(default.value) is type(keyword.value.value)
        and default.value == keyword.value.value
    )


def raise_condition_origins(
    failure: Failure, ctx: RepairContext, crash: tuple[str, int], sf: SourceFile | None
) -> list[tuple[str, int, int]]:
    """(file, line, hops) where the values tested by the condition of a `raise` at the crash were made."""
    if sf is None or not any(
        isinstance(n, ast.Raise) and n.lineno == crash[1] for n in sf.nodes_touching(crash[1])
    ):
        return []
    parsed: dict[str, SourceFile | None] = {crash[0]: sf}

    def load(path: str) -> SourceFile | None:
        if path not in parsed:
            try:
                parsed[path] = None if ctx.is_test_file(path) else SourceFile.parse(path, ctx.source(path))
            except (OSError, ValueError):
                parsed[path] = None
        return parsed[path]

    def all_files():
        for path in [f for f in ctx.source_files if f.endswith(".py")][:MAX_TRACED_FILES]:
            found = load(path)
            if found is not None:
                yield found

    frames = [Frame(file, line, "") for file, line in _frames(failure)]
    tracer = Tracer(load=load, all_files=all_files, frames=frames)
    frame = max((i for i, f in enumerate(frames) if (f.file, f.line) == crash), default=-1)
    found: list[tuple[str, int, int]] = []
    for line in control_origins(sf, crash[1]):
        for node in sf.nodes_touching(line):
            if node.lineno != line or not isinstance(node, (ast.Name, ast.Attribute)):
                continue
            if not isinstance(node.ctx, ast.Load) or isinstance(sf.parent(node), ast.Attribute):
                continue
            suspect = Suspect(sf, node, line, Evidence("", "", "", 0.5), frame)
            try:
                origins = tracer.trace(suspect)
            except (ValueError, IndexError, AttributeError, RecursionError) as exc:
                log.info("tracing %s:%s failed: %s", crash[0], line, exc)
                continue
            for origin in origins:
                if origin.hops and not ctx.is_test_file(origin.sf.path):
                    found.append((origin.sf.path, origin.node.lineno, origin.hops))
    return found


def _callers(failure: Failure, ctx: RepairContext, crash: tuple[str, int]) -> list[tuple[str, int]]:
    """The repository's frames that called into the crash site, nearest first (test code excluded)."""
    frames = _frames(failure)
    if crash not in frames:
        return []
    found = []
    deepest = len(frames) - 1 - frames[::-1].index(crash)
    for file, line in reversed(frames[:deepest]):
        if ctx.is_test_file(file) or not file.endswith(".py"):
            break  # the test called in here: nothing further up is code under repair
        found.append((file, line))
        if len(found) >= MAX_CALLER_HOPS:
            break
    return found


def _crash_site(failure: Failure, ctx: RepairContext) -> tuple[str, int] | None:
    """Where an exception other than a failed assertion was raised in the repository's code."""
    if _exception_type(failure) in ("", "AssertionError"):
        return None
    for file, line in reversed(_frames(failure)):
        if file.endswith(".py") and not ctx.is_test_file(file):
            try:
                ctx.source(file)
            except (OSError, ValueError):
                return None
            return file, line
    return None


def raised_by_own_check(failure: Failure, ctx: RepairContext) -> bool:
    """A TypeError the repository raised on purpose: `raise TypeError(...)` at the crash.

    No operation met a value of the wrong type there: the code checked something and chose to
    raise, so the fault is a LOGIC one, in the check or in what it checks (a condition, a value made
    earlier, a helper that answers wrong), and the LOGIC search of the spectrum and of the raise's
    condition origins (`raise_condition_origins`) is asked for it too, beside the TypeError fixers.
    """
    parsed = _crash_source(failure, ctx)
    if parsed is None:
        return False
    sf, line = parsed
    return any(
        isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.lineno <= line
        for node in sf.nodes_touching(line)
    )


def _crash_source(failure: Failure, ctx: RepairContext) -> tuple[SourceFile, int] | None:
    """The parsed file and line of the failure's crash site (None without one, or when it does not parse)."""
    crash = _crash_site(failure, ctx)
    if crash is None:
        return None
    try:
        sf = SourceFile.parse(crash[0], ctx.source(crash[0]))
    except (OSError, ValueError):
        return None
    return None if sf is None else (sf, crash[1])


def branch_chose_module(failure: Failure, ctx: RepairContext) -> bool:
    """An IMPORT failure that is a LOGIC fault: a test ran into `mathlib.min` on a branch meant for another module.

    `module 'math' has no attribute 'min'` raised while a test ran (the modules imported) at a line that
    a condition guards says the code took the path written for another module (`if use_numpy:` with the
    flag set wrong, after `try: import numpy as mathlib / except ImportError: import math as mathlib`):
    the fault is in the condition or in the value it reads, so the LOGIC search of that crash's control
    and data origins is asked for it too, beside the import fixer's renames.
    """
    exc = failure.extra.get("exception") if isinstance(failure.extra, dict) else None
    if not isinstance(exc, dict) or not failure.test_ids:
        return False
    if exc.get("type") == "NameError":
        return _took_optional_path(failure, ctx, str(exc.get("message", "")))
    if exc.get("type") != "AttributeError" or MODULE_ATTRIBUTE.search(str(exc.get("message", ""))) is None:
        return False
    parsed = _crash_source(failure, ctx)
    return parsed is not None and bool(control_origins(*parsed))


def _took_optional_path(failure: Failure, ctx: RepairContext, message: str) -> bool:
    """`name 'Time' is not defined` where the module imports `Time` only in a `try:` whose handler
    catches ImportError (an optional dependency): the code that reads it is meant to run only when the
    import worked, so a condition at the crash or in a caller (`if "astropy" in sys.modules and ...:`)
    sent the test down that path, as `branch_chose_module` says for a module's missing attribute."""
    match = NOT_DEFINED.search(message)
    parsed = _crash_source(failure, ctx)
    if match is None or parsed is None or not _optionally_imported(parsed[0].tree, match.group(1)):
        return False
    crash = (parsed[0].path, parsed[1])
    for file, line in [crash, *_callers(failure, ctx, crash)]:
        try:
            sf = parsed[0] if file == crash[0] else SourceFile.parse(file, ctx.source(file))
        except (OSError, ValueError):
            continue
        if sf is not None and control_origins(sf, line):
            return True
    return False


def _optionally_imported(tree: ast.Module, name: str) -> bool:
    """Whether every import that binds `name` is in the body of a `try:` that catches ImportError."""
    guarded = False
    for node in ast.walk(tree):
        if not isinstance(node, (ast.Import, ast.ImportFrom)):
            continue
        if not any((alias.asname or alias.name.split(".")[0]) == name for alias in node.names):
            continue
        if not any(
            _catches_import_error(t) and any(node is n for s in t.body for n in ast.walk(s))
            for t in _tries(tree)
        ):
            return False
        guarded = True
    return guarded


def _tries(tree: ast.Module) -> list[ast.Try]:
    return [node for node in ast.walk(tree) if isinstance(node, ast.Try)]


def _catches_import_error(node: ast.Try) -> bool:
    caught = {
        n.id for h in node.handlers if h.type is not None for n in ast.walk(h.type) if isinstance(n, ast.Name)
    }
    return bool(caught & {"ImportError", "ModuleNotFoundError"})


def module_switch_lines(failure: Failure, ctx: RepairContext) -> list[tuple[str, int]]:
    """The values bound beside the import of the module that lacks the attribute (see branch_chose_module).

    `except ImportError: import math as mathlib; use_numpy = False`: the flag that says which module was
    imported is set in the same block as its import, and a flag set wrong there sends every caller down
    the other module's path; the spectrum never ranks it (it runs at import time).
    """
    if failure.bug_type is not BugType.IMPORT or not branch_chose_module(failure, ctx):
        return []
    exc = failure.extra.get("exception")
    match = MODULE_ATTRIBUTE.search(str(exc.get("message", ""))) if isinstance(exc, dict) else None
    crash = _crash_site(failure, ctx)
    if match is None or crash is None:
        return []
    sf = SourceFile.parse(crash[0], ctx.source(crash[0]))
    if sf is None:
        return []
    found = []
    for node in ast.walk(sf.tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            continue
        for body in (getattr(node, "body", None), getattr(node, "orelse", None)):
            if not isinstance(body, list):
                continue
            imports = {alias.name for stmt in body if isinstance(stmt, ast.Import) for alias in stmt.names}
            if match.group(1) not in imports:
                continue
            found += [
                (crash[0], stmt.lineno)
                for stmt in body
                if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Constant)
            ]
    return found


def _exception_type(failure: Failure) -> str:
    exc = failure.extra.get("exception") if isinstance(failure.extra, dict) else None
    if isinstance(exc, dict) and isinstance(exc.get("type"), str):
        return exc["type"]
    return failure.code or ""


def _scored_sources(
    sf: SourceFile,
    line: int,
    exception: str,
    hints: frozenset[str] = frozenset(),
    *,
    read: Callable[[str], str] | None = None,
) -> list[tuple[float, str, str, str]]:
    """(prior, new source, description, kind) of every edit of one line: token mutations and templates.

    `read` gives another project file's text by its path (the fixer's `ctx.source`): the member family
    reads the class an imported name defines there (logic_members).
    """
    found = []
    for edit in line_edits(sf, line):
        new_source = sf.apply(edit)
        if new_source is not None:
            found.append(
                (
                    _hinted(edit.prior, edit.kind, edit.description, hints),
                    new_source,
                    edit.description,
                    edit.kind,
                )
            )
    rewrites = template_rewrites(sf, line, exception=exception) + family_rewrites(sf, line)
    rewrites += idiom_rewrites(sf, line) + widened_rewrites(sf, line) + sibling_rewrites(sf, line)
    rewrites += mirror_rewrites(sf, line) + truth_rewrites(sf, line) + mapping_rewrites(sf, line)
    rewrites += context_rewrites(sf, line) + deviant_return_rewrites(sf, line) + analogy_rewrites(sf, line)
    rewrites += majority_rewrites(sf, line)
    rewrites += dead_store_rewrites(sf, line) + offset_rewrites(sf, line) + embedded_rewrites(sf, line)
    rewrites += comment_rewrites(sf, line) + step_rewrites(sf, line) + breadth_rewrites(sf, line)
    rewrites += natural_rewrites(sf, line) + ignored_rewrites(sf, line) + member_rewrites(sf, line, read)
    rewrites += call_rewrites(sf, line) + run_rewrites(sf, line) + walrus_rewrites(sf, line)
    rewrites += twin_rewrites(sf, line) + pair_rewrites(sf, line) + builtin_rewrites(sf, line)
    rewrites += window_rewrites(sf, line) + api_rewrites(sf, line)
    rewrites += rebase_rewrites(sf, line) + reset_rewrites(sf, line) + rest_rewrites(sf, line)
    rewrites += biased_rewrites(sf, line) + comma_rewrites(sf, line)
    rewrites += axis_rewrites(sf, line) + bit_order_rewrites(sf, line)
    for rewrite, new_source in applied(sf, rewrites):
        prior = _hinted(rewrite.prior, rewrite.kind, rewrite.description, hints)
        found.append((prior, new_source, rewrite.description, rewrite.kind))
    # A remainder rebased to count from one keeps its `+= 1`: an edit undoing it only moves the range.
    return rebase_kept(sf, line, found)


HINTED_KINDS = {
    "reverse": ("collection", "move", "pair", "args", "operands"),
    "order": ("collection", "move", "pair", "args", "operands", "cmp"),
    "off-by-one": ("off-by-one", "bound", "index", "slice", "cmp", "literal"),
    "sign": ("sign", "arith", "operands"),
}


def _hinted(prior: float, kind: str, description: str, hints: frozenset[str]) -> float:
    for hint in hints:
        if kind in HINTED_KINDS[hint] and (
            hint != "reverse" or kind != "collection" or "revers" in description
        ):
            return min(0.95, prior * 2.0)
    return prior


_ASSERT_RE = re.compile(r"^assert (.+) == (.+)$")
# unittest's assertEqual(first, second): `first != second` (the call under test first, by convention).
_UNITTEST_RE = re.compile(r"^(.+) != (.+)$")
_DIFF_RE = re.compile(r"^At index \d+ diff: (.+) != (.+)$")


def assertion_hints(failure: Failure) -> frozenset[str]:
    """What the failed assertion's two sides say about the fault: reversed, reordered, off by one, sign.

    A cheap reading of the test oracle, in the spirit of semantics-based repair (SemFix, Nguyen et
    al., ICSE 2013), which derives the repair from the expected values: `assert '01' == '10'`
    points at a missing reversal, `[1, 2, 1] == [1, 2]` at a bound off by one.
    """
    exc = failure.extra.get("exception") if isinstance(failure.extra, dict) else None
    text = exc.get("message", "") if isinstance(exc, dict) else ""
    hints: set[str] = set()
    for raw in str(text).splitlines()[:12]:
        line = raw.strip()
        if "contains one more item" in line or "contains 1 more item" in line:
            hints.add("off-by-one")
        found = _ASSERT_RE.match(line) or _DIFF_RE.match(line) or _UNITTEST_RE.match(line)
        if not found:
            continue
        try:
            actual, expected = ast.literal_eval(found.group(1)), ast.literal_eval(found.group(2))
        except (ValueError, SyntaxError, MemoryError, RecursionError, TypeError):
            continue
        hints |= _compare_values(actual, expected)
    # Two whole numbers that a diff of whole structures shows one on each side (`'code': -32600` /
    # `'code': -32601` in a dict): off by one as much as a bare `assert 4 == 5`.
    numbers = sorted(differing_numbers(str(text)))
    if len(numbers) == 2 and numbers[1] - numbers[0] == 1:
        hints.add("off-by-one")
    return frozenset(hints)


def _compare_values(actual: object, expected: object) -> set[str]:
    if isinstance(actual, bool) or isinstance(expected, bool):
        return set()
    if isinstance(actual, int | float) and isinstance(expected, int | float):
        if actual == -expected and actual != 0:
            return {"sign"}
        return {"off-by-one"} if abs(actual - expected) == 1 else set()
    if isinstance(actual, str) and isinstance(expected, str) and _numbers_shifted_by_one(actual, expected):
        return {"off-by-one"}
    if isinstance(actual, str | list | tuple) and type(actual) is type(expected):
        if len(actual) > 1 and actual == expected[::-1]:
            return {"reverse"}
        if abs(len(actual) - len(expected)) == 1:
            return {"off-by-one"}
        try:
            if len(actual) == len(expected) and sorted(actual) == sorted(expected):
                return {"order"}
        except TypeError:
            pass  # mixed items (a tuple of a number and a list): compare them one by one
        if isinstance(actual, tuple) and len(actual) == len(expected):
            found: set[str] = set()
            for a, e in zip(actual, expected, strict=True):
                if a != e:
                    found |= _compare_values(a, e)
            return found
    return set()


_DIGITS_RE = re.compile(r"\d+")


def _numbers_shifted_by_one(actual: str, expected: str) -> bool:
    """Two texts alike but for their numbers, each one off by the same 1: `'line 0: x'` / `'line 1: x'`.

    A message or a rendering whose every number is one off shows a zero-based count shown one-based (or
    back) where the numbers were made, as `assert 4 == 5` does for a bare number.
    """
    if _DIGITS_RE.split(actual) != _DIGITS_RE.split(expected):
        return False
    shifts = {
        int(a) - int(e) for a, e in zip(_DIGITS_RE.findall(actual), _DIGITS_RE.findall(expected), strict=True)
    }
    return len(shifts) == 1 and abs(next(iter(shifts))) == 1


def _reported_line(sf: SourceFile, new_source: str, line: int) -> int:
    """The line a fix names: the searched line when the edit changes it, else the first line it does
    change (a family may repair the binding a target line reads, e.g. logic_steps' iterator read twice)."""
    new_lines = split_lines(new_source)
    first = next(
        (n for n, (old, new) in enumerate(zip(sf.lines, new_lines, strict=False), 1) if old != new),
        min(len(sf.lines), len(new_lines)) + 1,
    )
    unchanged = (
        len(new_lines) == len(sf.lines)
        and 0 < line <= len(sf.lines)
        and sf.lines[line - 1] == new_lines[line - 1]
    )
    return min(first, len(sf.lines)) if unchanged else line


def _candidates_for(
    edits_by_line: list[tuple[SourceFile, int, float, list[tuple[float, str, str, str]]]],
    bug_type: BugType,
    limit: int,
) -> list[Candidate]:
    """Rank every edit by suspiciousness x prior, keep the best `limit` distinct files."""
    scored: list[tuple[float, int, Candidate]] = []
    counter = 0
    repeats: dict[str, int] = {}
    for rank, (sf, line, weight, edits) in enumerate(edits_by_line):
        # Lines of one function often tie on spectrum scores; a tiny decay keeps the localiser's order among
        # them without letting it outweigh how likely each kind of edit is.
        line_weight = weight * (1.0 - 0.002 * rank)
        for prior, new_source, description, kind in edits:
            score = line_weight * prior * _repeat_decay(kind, description, repeats)
            counter += 1
            candidate = Candidate(
                file=sf.path,
                new_source=new_source,
                description=description,
                # A rewrite may edit the binding a target line reads: the fix names the line it changes.
                line=_reported_line(sf, new_source, line),
                bug_type=bug_type,
                priority=round(1.0 - score, 6),
            )
            scored.append((-score, counter, candidate))
    scored.sort(key=lambda item: (item[0], item[1]))
    seen: set[tuple[str, str]] = set()
    chosen: list[Candidate] = []
    for _, _, candidate in scored:
        key = (candidate.file, candidate.new_source)
        if key in seen:
            continue
        seen.add(key)
        chosen.append(candidate)
        if len(chosen) >= limit:
            break
    return chosen


# The same wrong-variable guess (a name never read, put in place of each name the lines read) would
# otherwise fill the head of the ranking on every suspicious line: the bug is at one place, so each
# further line that offers the same replacement gets a lower share (diversity in the search order, as
# in Astor's and ARJA's per-ingredient bookkeeping: Martinez & Monperrus 2016; Yuan & Banzhaf, TSE 2020).
REPEAT_DECAY = 0.7
# So does the same number edit offered on line after line (`use 7 instead of 6` on each row of a table
# of constants that a failing test reads, all data targets of one weight): one row at most is wrong, and
# a row whose value deviates from its neighbours' keeps an edit of its own, undecayed. On a
# dev case (r74, pe) 38 such edits of 19 rows took 2.5 minutes of a 4-minute round before the rest of
# the failing line's own edits.


def _placed(
    per_line: list[tuple[SourceFile, int, float, list[tuple[float, str, str, str]]]],
) -> list[tuple[SourceFile, int, float, list[tuple[float, str, str, str]]]]:
    """Edits that only steer a twin's chain or invert a ratio's use ranked after the value's own (logic_places)."""
    by_file: dict[str, tuple[SourceFile, list[int]]] = {}
    for sf, line, _, _ in per_line:
        by_file.setdefault(sf.path, (sf, []))[1].append(line)
    steering = {(path, ln) for path, (sf, lines) in by_file.items() for ln in steering_conditions(sf, lines)}
    ratios = {(path, ln) for path, (sf, lines) in by_file.items() for ln in ratio_uses(sf, lines)}
    placed = []
    for sf, line, weight, edits in per_line:
        if (sf.path, line) in steering:
            weight *= PLACE_DECAY
        if (sf.path, line) in ratios:
            edits = [(p * PLACE_DECAY if inverts(d) else p, new, d, k) for p, new, d, k in edits]
        placed.append((sf, line, weight, edits))
    return placed


def _repeat_decay(kind: str, description: str, repeats: dict[str, int]) -> float:
    if kind == "off-by-one" and description.startswith("use "):
        key = f"{kind}:{description}"  # a table's rows, see REPEAT_DECAY
    elif kind == "variable" and description.startswith("use "):
        key = description.split(" ", 2)[1]
    else:
        return 1.0
    seen = repeats.get(key, 0)
    repeats[key] = seen + 1
    return REPEAT_DECAY**seen


MAX_CONTINUED = 12  # the best target lines only: each continuation line is one more line's edits to generate


def _with_continuations(
    targets: list[tuple[str, int, float]], ctx: RepairContext, parsed: dict[str, SourceFile | None]
) -> list[tuple[str, int, float]]:
    """`targets` with each multi-line statement's continuation lines after its first (logic_lines)."""
    taken = {(file, line) for file, line, _ in targets}
    found = []
    for rank, (file, line, weight) in enumerate(targets):
        found.append((file, line, weight))
        if rank >= MAX_CONTINUED:
            continue
        if file not in parsed:
            try:
                parsed[file] = SourceFile.parse(file, ctx.source(file))
            except (OSError, ValueError):
                parsed[file] = None
        sf = parsed[file]
        for more in continuation_lines(sf, line) if sf is not None else []:
            if (file, more) not in taken:
                taken.add((file, more))
                found.append((file, more, weight * CONTINUATION_DECAY))
    return found


class LogicFixer:
    """Mutations and fix templates at suspicious lines for failing assertions."""

    # IMPORT too, for one kind only: see branch_chose_module; TYPE_ERROR for one: see raised_by_own_check.
    bug_types = frozenset({BugType.LOGIC, BugType.IMPORT, BugType.TYPE_ERROR})
    fallback = False

    def __init__(self, *, max_lines: int = 40, max_candidates: int = 150) -> None:
        self.max_lines = max_lines
        self.max_candidates = max_candidates

    def candidates(self, failure: Failure, ctx: RepairContext) -> list[Candidate]:
        if failure.bug_type is BugType.IMPORT and not branch_chose_module(failure, ctx):
            return []
        if failure.bug_type is BugType.TYPE_ERROR and not raised_by_own_check(failure, ctx):
            return []
        parsed: dict[str, SourceFile | None] = {}
        per_line = []
        exception = _exception_type(failure)
        hints = assertion_hints(failure)
        # Lines the evidence names (a value the failed comparison shows, a flag set beside an import, a
        # helper's exit a raise's condition asks):
        # their edits go first whatever the spectrum says.
        stuck = stuck_lines(failure, ctx)  # the loops a stopped test was stuck in (logic_hangs)
        named = (
            oracle_targets(failure)
            | set(module_switch_lines(failure, ctx))
            | attribute_targets(failure, ctx)
            | condition_exit_lines(failure, ctx)
            | scale_targets(failure, ctx)
            | {(file, line) for file, line, _, _ in stuck}
        )
        exits = {(file, line) for file, line, _, exit_ in stuck if exit_}
        targets = target_lines(failure, ctx, max_lines=self.max_lines)
        for file, line, weight in _with_continuations(targets, ctx, parsed):
            if file not in parsed:
                try:
                    parsed[file] = SourceFile.parse(file, ctx.source(file))
                except (OSError, ValueError) as exc:
                    log.info("cannot read %s for LOGIC repair: %s", file, exc)
                    parsed[file] = None
            sf = parsed[file]
            if sf is None or line > len(sf.lines):
                continue
            edits = _scored_sources(sf, line, exception, hints, read=ctx.source)
            if (file, line) in named:
                edits = [(min(0.95, prior * ORACLE_PRIOR_BOOST), *rest) for prior, *rest in edits]
            if (file, line) in exits:
                # The exit of the loop a stopped test was stuck in: its `break`/`continue` swap first.
                edits = [
                    (HANG_EXIT_PRIOR if kind == "loop" else prior, new, d, kind)
                    for prior, new, d, kind in edits
                ]
            per_line.append((sf, line, weight, edits))
        per_line = _placed(per_line)
        found = _candidates_for(per_line, BugType.LOGIC, self.max_candidates)
        return guarded(selective_first(failure, ctx, found), steering_lines(failure, ctx))

    def combine(
        self, failure: Failure, ctx: RepairContext, partial: list[tuple[Candidate, int]]
    ) -> list[Candidate]:
        """Two-edit candidates, asked for when no single edit passed.

        `partial` holds rejected single edits that made some of the failing tests pass, with how
        many: each is a fix of one of two faults, or half of a two-location fix. Combining them
        with each other, then with the best single edits on other lines, is the bounded
        multi-location search of multi-hunk repair (Saha et al., "Harnessing evolution for
        multi-hunk program repair" (Hercules), ICSE 2019; partial-fix fitness as in GenProg, Le
        Goues et al., TSE 2012).
        """
        if not partial:
            return []
        ranked = [c for c, _ in sorted(partial, key=lambda item: (-item[1], item[0].priority))]
        seeds = ranked[:MAX_PARTIAL_SEEDS]
        singles = self.candidates(failure, ctx)[:MAX_PAIR_PARTNERS]
        pairs: list[tuple[Candidate, Candidate]] = list(itertools.combinations(seeds, 2))
        pairs += [(seed, single) for seed in seeds for single in singles]
        combined: list[Candidate] = []
        seen: set[str] = set()
        for first, second in pairs:
            if first.file != second.file or first.line == second.line:
                continue
            try:
                base = ctx.source(first.file)
            except (OSError, ValueError):
                continue
            merged = merge_edits(base, first.new_source, second.new_source)
            if merged is None or merged in seen:
                continue
            seen.add(merged)
            top, bottom = sorted((first, second), key=lambda c: c.line)
            combined.append(
                Candidate(
                    file=first.file,
                    new_source=merged,
                    description=f"{top.description} (line {top.line}) and {bottom.description} (line {bottom.line})",
                    line=top.line,
                    bug_type=BugType.LOGIC,
                    priority=round(1.0 + len(combined) * 0.001, 6),
                )
            )
            if len(combined) >= MAX_COMBINED:
                break
        return combined


MAX_PARTIAL_SEEDS = 5
MAX_PAIR_PARTNERS = 12
MAX_COMBINED = 40


def merge_edits(base: str, first: str, second: str) -> str | None:
    """`base` with the changes of both `first` and `second`, when they touch different lines."""
    base_lines = split_lines(base)
    regions = []
    for other in (first, second):
        matcher = difflib.SequenceMatcher(a=base_lines, b=split_lines(other), autojunk=False)
        changes = [op for op in matcher.get_opcodes() if op[0] != "equal"]
        if len(changes) != 1:
            return None
        _, i1, i2, j1, j2 = changes[0]
        regions.append((i1, i2, split_lines(other)[j1:j2]))
    regions.sort(key=lambda r: r[0])
    (a1, a2, a_new), (b1, b2, b_new) = regions
    if a2 > b1 or (a1 == a2 == b1 == b2):
        return None  # overlapping (or both inserting at one place): not two separate edits
    merged = "".join(base_lines[:a1] + a_new + base_lines[a2:b1] + b_new + base_lines[b2:])
    try:
        ast.parse(merged)
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        return None
    return merged


FIXERS = [LogicFixer()]
