"""TYPE_ERROR: type-directed edit templates chosen by the TypeError's message.

CPython's TypeError messages name the operation and the types involved
("can only concatenate str (not "int") to str", "tax_amount() missing 1
required positional argument: 'rate'"). Each template below matches one family
of messages, finds the expressions on the faulty line (the deepest traceback
frame in the repository's own code) that the message can be about, and
proposes the conventional repair: a conversion, integer division, a None
guard, a missing or extra argument... The repair loop validates each candidate
by re-running the tests, so a template may propose several readings of an
ambiguous message; priors order them.
"""

from __future__ import annotations

import ast
import builtins
import difflib
import functools
import inspect
import itertools
import logging
import re
from collections.abc import Callable
from dataclasses import replace

from healer.engine.fixers.arguments import unsupplied_parameters, values_for
from healer.engine.fixers.base import Candidate, RepairContext
from healer.engine.fixers.call_shapes import enclosing_call_edits, keyword_only_edits, swapped_argument_edits
from healer.engine.fixers.dataflow import Frame, Tracer, bound_call_fits, number_like, root_cause_edits
from healer.engine.fixers.imports import add_import
from healer.engine.fixers.lineedit import (
    FUNCTIONS,
    Edit,
    SourceFile,
    called_name,
    class_at,
    class_attributes,
    function_at,
    local_names,
    needs_parens,
    ordinal,
    shorten,
)
from healer.engine.fixers.names import closest, coverage, similarity
from healer.engine.fixers.type_arity import t_shifted_arguments, t_star_argument
from healer.engine.fixers.type_call_arguments import call_argument_edits, parsed_upstream_edits
from healer.engine.fixers.type_demand import written_number
from healer.engine.fixers.type_families import FAMILY_TEMPLATES
from healer.engine.fixers.type_field_defaults import FIELD_DEFAULT_TEMPLATES
from healer.engine.fixers.type_format_arity import FORMAT_ARITY_TEMPLATES
from healer.engine.fixers.type_forwarded import forwarded_edits
from healer.engine.fixers.type_joined_records import JOINED_RECORD_TEMPLATES
from healer.engine.fixers.type_kinds import KIND_TEMPLATES
from healer.engine.fixers.type_none_default import NONE_DEFAULT_TEMPLATES
from healer.engine.fixers.type_operands import OPERAND_TEMPLATES, codec_result_edits
from healer.engine.fixers.type_origins import echoes_sibling, type_origin_edits
from healer.engine.fixers.type_protocols import PROTOCOL_TEMPLATES, protocol_result_edits
from healer.engine.fixers.type_self_passed import SELF_PASSED_TEMPLATES
from healer.engine.fixers.type_semantics import SEMANTIC_TEMPLATES
from healer.engine.fixers.type_setters import SETTER_TEMPLATES
from healer.engine.fixers.type_site import (
    RepoIndex,
    Site,
    exception_messages,
    fault_sites,
    signature,
)
from healer.engine.types import BugType, Failure

log = logging.getLogger(__name__)

NUMERIC = {"int": "int", "float": "float", "decimal.Decimal": "Decimal", "Decimal": "Decimal", "bool": "int"}
SEQUENCES = {"str", "list", "tuple", "bytes"}
OP_BY_SYMBOL = {
    "+": ast.Add,
    "-": ast.Sub,
    "*": ast.Mult,
    "/": ast.Div,
    "//": ast.FloorDiv,
    "%": ast.Mod,
    "**": ast.Pow,
    "** or pow()": ast.Pow,
    "@": ast.MatMult,
    "&": ast.BitAnd,
    "|": ast.BitOr,
    "^": ast.BitXor,
    "<<": ast.LShift,
    ">>": ast.RShift,
}
VERBS = {
    ast.Add: "adding it",
    ast.Sub: "subtracting it",
    ast.Mult: "multiplying",
    ast.Div: "dividing",
    ast.FloorDiv: "dividing",
    ast.Mod: "taking the remainder",
    ast.Pow: "raising to the power",
}
CMP_BY_SYMBOL = {"<": ast.Lt, "<=": ast.LtE, ">": ast.Gt, ">=": ast.GtE}
BUILTIN_NAMES = frozenset(dir(builtins))


def _is_str_expr(node: ast.AST) -> bool:
    if isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return True
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Name) and func.id in ("str", "repr", "format"):
            return True
        if isinstance(func, ast.Attribute) and func.attr in (
            "join",
            "format",
            "upper",
            "lower",
            "strip",
            "ljust",
            "rjust",
            "center",
            "replace",
            "title",
        ):
            return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _is_str_expr(node.left) or _is_str_expr(node.right)
    return False


def _annotation_of(site: Site, node: ast.AST) -> str:
    """The annotation text of a parameter used as `node`, or ""."""
    if not isinstance(node, ast.Name):
        return ""
    func = function_at(site.sf, site.line)
    if func is None:
        return ""
    for arg in (*func.args.posonlyargs, *func.args.args, *func.args.kwonlyargs):
        if arg.arg == node.id and arg.annotation is not None:
            return site.sf.segment(arg.annotation)
    return ""


def _converter(type_name: str, site: Site) -> str | None:
    """The callable that converts to a numeric type named in a message, if usable in this module."""
    conv = NUMERIC.get(type_name)
    if conv == "Decimal":
        return "Decimal" if site.in_scope().get("Decimal") else None
    return conv


# --------------------------------------------------------------------------- templates
Template = Callable[[re.Match, Site], list[Edit]]


def t_concatenate(m: re.Match, site: Site) -> list[Edit]:
    """can only concatenate str (not "int") to str: convert the right-hand operand."""
    container, other = m.group(1), m.group(2)
    if other == "NoneType":
        # str(None) is "None": the missing value is the bug (the None templates and the
        # dataflow tracer look for where it should have been made), not its type.
        return []
    edits: list[Edit] = []
    for node in site.binops(ast.Add):
        right, left = node.right, node.left
        if container == "str" and _is_str_expr(right):
            continue
        annotation = _annotation_of(site, right)
        prior = 0.95 if annotation == other else 0.8 if isinstance(right, ast.Name) else 0.7
        if container == "str" and _plain_repository_class(other, site):
            prior = 0.35  # str() of an object without __str__ is its repr: an attribute is meant
        shown = shorten(site.seg(right), 40)
        verb = "concatenating" if container == "str" else "joining them"
        if container in ("list", "tuple") and other not in ITERABLE_KINDS:
            # `data + 0`: one item added to a list is the item in a list of its own (list(0) fails);
            # so is an object of a class (`path + node`), which tuple() cannot iterate either.
            edits += _one_item_edits(site, right, container=container, shown=shown)
            edits += _unpacked_display_edits(site, node, container=container, shown=shown)
        # A written number (`patch + 1`) says the sum is arithmetic: str(1) would make '3' + '1' ==
        # '31', a wrong program the tests may not pin (round 53's review of pytypes27; type_demand
        # keeps the same rule). Only the text side is converted then, and first.
        written = container == "str" and written_number(right)
        edit = (
            None
            if written
            else site.wrap(right, container, f"convert {shown} to {container} before {verb}", prior)
        )
        if edit:
            edits.append(edit)
        # `"3" + 4` can also mean arithmetic: convert the string side to the other operand's type.
        conv = _converter(other, site) if container == "str" else None
        if conv and not _is_str_expr(left):
            edit = site.wrap(
                left,
                conv,
                f"convert {shorten(site.seg(left), 40)} to {conv} before adding",
                0.7 if written else 0.3,
            )
            if edit:
                edits.append(edit)
    for node in site.nodes(ast.AugAssign):
        if isinstance(node.op, ast.Add) and node.value.lineno == site.line:
            if container == "str" and written_number(node.value):
                continue  # `text += 1` counts: str(1) would append '1' (as above)
            shown = shorten(site.seg(node.value), 40)
            edit = site.wrap(
                node.value, container, f"convert {shown} to {container} before concatenating", 0.75
            )
            if edit:
                edits.append(edit)
    return edits


# Builtin kinds tuple()/list() can convert: the message naming one of them asks for a conversion,
# not for the value as a single item.
ITERABLE_KINDS = frozenset(
    {"list", "tuple", "set", "frozenset", "dict", "bytes", "bytearray", "range", "generator", "map", "filter",
     "zip", "dict_keys", "dict_values", "dict_items", "memoryview", "enumerate", "reversed"}
)  # fmt: skip


def _one_item_edits(site: Site, right: ast.expr, *, container: str, shown: str) -> list[Edit]:
    """`path + (node)` meant `path + (node,)`: Python makes a tuple with the comma, not the
    parentheses (the language reference, "Parenthesized forms"), so a parenthesised single
    value added to a tuple lost its trailing comma; the comma is inserted inside the
    parentheses. Otherwise the value is written as a one-item list or tuple of its own.
    """
    span = site.span(right)
    if span is None:
        return []
    start, end = span
    text = site.seg(right)
    before, after = site.text[:start].rstrip(), site.text[end:].lstrip()
    if container == "tuple" and before.endswith("(") and after.startswith(")"):
        return [Edit(site.line, ((end, end, ","),), f"add the comma that makes ({shown},) a tuple", 0.95)]
    one = f"[{text}]" if container == "list" else f"({text},)"
    return [Edit(site.line, ((start, end, one),), f"add {shown} as a one-item {container}", 0.9)]


def _unpacked_display_edits(site: Site, node: ast.BinOp, *, container: str, shown: str) -> list[Edit]:
    """`path + (node)` written as the display `(*path, node)` (PEP 448's unpacking in displays):
    the same one-item addition in the form linters ask for (ruff RUF005 flags the concatenation),
    so a project that lints for it accepts the repair it would reject as `path + (node,)`."""
    span = site.span(node)
    left = site.span(node.left)
    if span is None or left is None or isinstance(node.left, ast.Starred):
        return []
    item = site.seg(node.right)
    display = (
        f"[*{site.seg(node.left)}, {item}]" if container == "list" else f"(*{site.seg(node.left)}, {item})"
    )
    prior = 0.93 if container == "tuple" else 0.88
    return [
        Edit(
            site.line,
            ((*span, display),),
            f"unpack {shorten(site.seg(node.left), 30)} and add {shown}",
            prior,
        )
    ]


def t_unsupported(m: re.Match, site: Site) -> list[Edit]:
    """unsupported operand type(s) for +: 'int' and 'str'."""
    symbol, left_type, right_type = m.group(1).strip(), m.group(2), m.group(3)
    op = OP_BY_SYMBOL.get(symbol.rstrip("="))
    if op is None:
        return []
    pairs: list[tuple[ast.AST, ast.AST | None, bool]] = [(n.left, n.right, True) for n in site.binops(op)]
    for node in site.nodes(ast.AugAssign):
        if isinstance(node.op, op) and node.value.lineno == site.line:
            pairs.append((node.target, node.value, False))
    verb = VERBS.get(op, "applying " + symbol.rstrip("="))
    edits: list[Edit] = []
    if op is ast.Add and {left_type, right_type} == {"int", "str"}:
        # sum() over strings fails inside the builtin: convert the items.
        for call in site.calls_named("sum"):
            for arg in call.args[:1]:
                span = site.span(arg)
                if span and not site.shares_call_parens(arg):
                    text = shorten(site.seg(arg), 40)
                    edits.append(
                        Edit(
                            site.line,
                            ((*span, f"map(int, {site.seg(arg)})"),),
                            f"convert the items of {text} to int before summing them",
                            0.6,
                        )
                    )
                elif span and isinstance(arg, ast.GeneratorExp) and site.span(arg.elt):
                    edits.append(
                        Edit(
                            site.line,
                            ((*site.span(arg.elt), f"int({site.seg(arg.elt)})"),),
                            f"convert {shorten(site.seg(arg.elt), 40)} to int before summing",
                            0.6,
                        )
                    )
    for left, right, left_editable in pairs:
        sides = [(right, right_type, left_type, True)]
        if left_editable:
            sides.append((left, left_type, right_type, False))
        for node, own, other, is_right in sides:
            shown = shorten(site.seg(node), 40)
            if own == "str" and other in NUMERIC:
                conv = _converter(other, site)
                if conv:
                    prior = 0.95 if is_right else 0.85
                    edit = site.wrap(node, conv, f"convert {shown} to {conv} before {verb}", prior)
                    edits += [edit] if edit else []
            elif own in NUMERIC and other == "str" and op is ast.Add and not written_number(node):
                # A written number (`patch + 1`) says the sum is arithmetic: str(1) would make
                # '3' + '1' == '31', a wrong program the tests may not pin (round 53's review of
                # pytypes27; type_demand keeps the same rule). The text side is converted instead.
                edit = site.wrap(node, "str", f"convert {shown} to str before concatenating", 0.45)
                edits += [edit] if edit else []
            elif own == "NoneType" and other in NUMERIC:
                span = site.span(node)
                if span:
                    zero = "0" if other != "str" else '""'
                    text = site.seg(node)
                    edits.append(
                        Edit(
                            site.line,
                            ((*span, f"({text} or {zero})"),),
                            f"use {zero} when {shown} is None",
                            0.5,
                        )
                    )
            elif own == "float" and NUMERIC.get(other) == "Decimal":
                if site.in_scope().get("Decimal"):
                    span = site.span(node)
                    if span:
                        text = f"Decimal(str({site.seg(node)}))"
                        edits.append(Edit(site.line, ((*span, text),), f"convert {shown} to Decimal", 0.6))
            elif own in ("list", "tuple", "set") and other in ("list", "tuple", "set") and own != other:
                edit = site.wrap(node, other, f"convert {shown} to {other} before {verb}", 0.5)
                edits += [edit] if edit else []
            elif own == "float" and other in ("int", "bool") and symbol.rstrip("=") in INTEGER_OPERATORS:
                # A shift or a bit mask of a float (`(lat + 80) >> 3`): only ints have bits; the
                # value was meant truncated, as the arithmetic before it cannot give an int.
                edits += _grouped_wrap(site, node, "int", f"truncate {shown} to int before {verb}", 0.9)
    return edits


def _grouped_wrap(site: Site, node: ast.AST, func: str, description: str, prior: float) -> list[Edit]:
    """`(a + b) >> 3` -> `int(a + b) >> 3`: the conversion takes the place of grouping parentheses."""
    span = site.span(node)
    if span is None:
        return []
    text = site.text
    start, end = span
    parent = site.sf.parent(node)
    grouped = (
        isinstance(parent, (ast.BinOp, ast.UnaryOp, ast.Compare))
        and text[start - 1 : start] == "("
        and text[end : end + 1] == ")"
    )
    if not grouped:
        edit = site.wrap(node, func, description, prior)
        return [edit] if edit else []
    return [Edit(site.line, ((start - 1, end + 1, f"{func}({site.seg(node)})"),), description, prior)]


ARITHMETIC = ("/", "//", "*", "+", "-", "%", "**")
INTEGER_OPERATORS = frozenset({"<<", ">>", "&", "|", "^"})
BITWISE = frozenset({"|", "&", "^", "<<", ">>", "@"})


def _operators_for(symbol: str, left: str, right: str) -> list[str]:
    """Operators that the operand types support, when the one written does not: the wrong operator."""
    numbers = set(NUMERIC) | {"complex"}
    if left in numbers and right in numbers and symbol in BITWISE:
        return [op for op in ARITHMETIC if op != symbol]
    if left == right and left in ("str", "list", "tuple", "bytes") and symbol != "+":
        return ["+"]
    if left == right and left in ("set", "frozenset", "dict") and symbol not in ("|", "&", "^", "-"):
        return ["|"] if left == "dict" else ["|", "-", "&"]
    if {left, right} & SEQUENCES and {left, right} & {"int", "bool"} and symbol != "*":
        # A sequence and an integer support one arithmetic operator: repetition (Python's
        # sequence protocol, `"ab" * 3`, `3 * [0]`); `alphabet[0] ** padding` meant `*`.
        return ["*"]
    plain = numbers | {"bool", "NoneType", "dict", "set", "frozenset"} | SEQUENCES
    for sequence, other in ((left, right), (right, left)):
        if sequence in SEQUENCES and other not in plain and symbol not in ("+", "*"):
            # A sequence and an object that is no number: the one arithmetic operation a
            # sequence has with such an operand is concatenation (Python's sequence protocol),
            # which a class built on a sequence implements for it (an identifier extended by a
            # tuple of parts, a path by a str): `parts // (8,)` meant `+`.
            return ["+"]
    return []


def t_wrong_operator(m: re.Match, site: Site) -> list[Edit]:
    """unsupported operand type(s) for |: 'int' and 'float': the operator, not the operands, is wrong.

    A binary operator replaced by one the operand types do not support (a classic mutation, and
    TBar's "mutate operator" template) shows as this TypeError; the operators the types do
    support are the candidates, arithmetic ones in order of how often they stand for each other.
    """
    symbol, left_type, right_type = m.group(1).strip(), m.group(2), m.group(3)
    op = OP_BY_SYMBOL.get(symbol)
    if op is None or symbol.endswith("="):
        return []
    edits: list[Edit] = []
    for node in site.binops(op):
        where = site.sf.operator_between(node.left, node.right)
        if where is None or where[0] != site.line:
            continue
        for rank, other in enumerate(_operators_for(symbol, left_type, right_type)):
            edits.append(
                Edit(
                    site.line,
                    ((where[1], where[2], other),),
                    f"use {other} instead of {symbol}",
                    round(0.7 - 0.04 * rank, 4),
                )
            )
    return edits


def _integer_edits(site: Site, node: ast.AST, purpose: str, prior: float) -> list[Edit]:
    """Make `node` an int: `/` -> `//` when it is a division, else int(...)."""
    edits = []
    inner = node
    if isinstance(inner, ast.BinOp) and isinstance(inner.op, ast.Div):
        where = site.sf.operator_between(inner.left, inner.right)
        if where and where[0] == site.line and where[3] == "/":
            edits.append(
                Edit(
                    site.line,
                    ((where[1], where[2], "//"),),
                    f"use integer division // so {purpose} is an int",
                    prior,
                )
            )
            prior *= 0.6
    shown = shorten(site.seg(node), 40)
    edit = site.wrap(node, "int", f"convert {shown} to int so {purpose} is an int", prior * 0.8)
    if edit:
        edits.append(edit)
    return edits


def t_multiply_sequence(m: re.Match, site: Site) -> list[Edit]:
    """can't multiply sequence by non-int of type 'float'."""
    edits: list[Edit] = []
    for node in site.binops(ast.Mult):
        for operand, other in ((node.right, node.left), (node.left, node.right)):
            if _is_str_expr(operand) or isinstance(operand, (ast.List, ast.Tuple)):
                continue
            prior = 0.9 if (_is_str_expr(other) or isinstance(other, (ast.List, ast.Tuple))) else 0.75
            lengths = _length_edits(site, operand, kind=m.group(1), purpose="the repeat count", prior=prior)
            edits += _joined_edits(site, node, kind=m.group(1), display=other, prior=prior)
            edits += lengths + _integer_edits(
                site, operand, "the repeat count", prior * _after(lengths, prior)
            )
    return edits


def _joined_edits(site: Site, node: ast.BinOp, *, kind: str, display: ast.AST, prior: float) -> list[Edit]:
    """`parts * (8,)` where `parts` is an object built on a sequence: `+` (concatenation) first.

    A tuple or list display multiplied by an object that is neither a number nor a builtin
    collection: the object cannot be a repeat count, and the one operation a sequence has with
    such an operand is concatenation (Python's sequence protocol; TBar's mutate-operator), which
    a class extending a sequence implements. Measuring the object as the count (`len(parts) *
    (8,)`) repeats the display instead, a value nobody meant, so it ranks below `+`.
    """
    builtin = set(NUMERIC) | SEQUENCES | {"NoneType", "dict", "set", "frozenset", "range", "complex"}
    if kind in builtin or not isinstance(display, (ast.List, ast.Tuple)):
        return []
    where = site.sf.operator_between(node.left, node.right)
    if where is None or where[0] != site.line:
        return []
    return [Edit(site.line, ((where[1], where[2], "+"),), "use + instead of *", min(0.95, prior + 0.05))]


def _length_edits(site: Site, node: ast.AST, *, kind: str, purpose: str, prior: float) -> list[Edit]:
    """len(node) for a sequence passed where a count was meant (`range(0, line, step)`, `[None] * items`).

    A collection is measured first. A str is measured first only when the function also indexes
    it (`line[i : i + step]`), else after int(): a numeric string (`range(times)`) is likelier."""
    if kind in NUMERIC or kind == "NoneType" or (isinstance(node, ast.Call) and called_name(node) == "len"):
        return []
    if isinstance(node, (ast.Starred, ast.Constant)):
        return []
    unindexed = 0.5 if kind == "str" else 0.8
    alike = prior if _subscripted(site, node) else prior * unindexed
    edit = site.wrap(node, "len", f"pass the length of {shorten(site.seg(node), 40)} as {purpose}", alike)
    return [edit] if edit else []


def t_not_integer(m: re.Match, site: Site) -> list[Edit]:
    """'float' object cannot be interpreted as an integer (range, chr, ...).

    A collection there ('list', 'array.array', ...) is a collection passed where its length was
    meant (`range(start, items)`): len() first; int() stays for numbers and numeric strings."""
    kind = m.group(1)
    edits: list[Edit] = []
    for call in site.nodes(ast.Call):
        name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")
        prior = 0.9 if name in ("range", "chr", "bytes", "bytearray", "randrange", "islice", "zfill") else 0.5
        purpose = f"the argument of {name}" if name else "the argument"
        for arg in call.args:
            if isinstance(arg, (ast.Starred, ast.Constant)):
                continue
            # Which argument is the collection: the one the function indexes (`result[i]`).
            lengths = _length_edits(site, arg, kind=kind, purpose=purpose, prior=prior)
            edits += lengths + _integer_edits(site, arg, purpose, prior * _after(lengths, prior))
    return edits


def _after(lengths: list[Edit], prior: float) -> float:
    """The factor of int()'s prior: below len() when len() was ranked first."""
    return 0.5 if any(edit.prior >= prior * 0.8 for edit in lengths) else 1.0


def _subscripted(site: Site, node: ast.AST) -> bool:
    """`node` is a name that its function (or module) indexes somewhere: a collection."""
    if not isinstance(node, ast.Name):
        return False
    scope = function_at(site.sf, site.line) or site.sf.tree
    return any(
        isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name) and n.value.id == node.id
        for n in ast.walk(scope)
    )


def t_index(m: re.Match, site: Site) -> list[Edit]:
    """list indices must be integers or slices, not float / slice indices must be integers."""
    edits: list[Edit] = []
    for sub in site.nodes(ast.Subscript):
        index = sub.slice
        parts = [index.lower, index.upper, index.step] if isinstance(index, ast.Slice) else [index]
        for part in parts:
            if part is None or isinstance(part, ast.Constant):
                continue
            edits += _integer_edits(site, part, "the index", 0.85)
    return edits


def t_none_iterable(m: re.Match, site: Site) -> list[Edit]:
    """'NoneType' object is not iterable / argument of type 'NoneType' is not iterable / has no len()."""
    edits: list[Edit] = []
    targets: list[ast.AST] = []
    targets += [node.iter for node in site.nodes(ast.For)]
    for comp in site.nodes((ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
        targets += [gen.iter for gen in comp.generators]
    for cmp in site.nodes(ast.Compare):
        for op, right in zip(cmp.ops, cmp.comparators, strict=False):
            if isinstance(op, (ast.In, ast.NotIn)):
                targets.append(right)
    for call in site.calls_named("len") + site.calls_named("sorted") + site.calls_named("sum"):
        targets += call.args[:1]
    for node in targets:
        span = site.span(node)
        if span is None or isinstance(
            node, (ast.List, ast.Tuple, ast.Constant, ast.GeneratorExp, ast.ListComp)
        ):
            continue
        text = site.seg(node)
        shown = shorten(text, 40)
        edits.append(
            Edit(site.line, ((*span, f"({text} or [])"),), f"use an empty list when {shown} is None", 0.55)
        )
    edits += _missing_return_edits(site)
    return edits


def t_none_subscript(m: re.Match, site: Site) -> list[Edit]:
    """'NoneType' object is not subscriptable: usually a function that forgot to return its result."""
    return _missing_return_edits(site)


def _missing_return_edits(site: Site) -> list[Edit]:
    """Add `return <value>` at the end of a repository function whose result is used but never returned."""
    edits: list[Edit] = []
    called: list[str] = []
    func = function_at(site.sf, site.line)
    for node in site.sf.nodes_touching(site.line):
        if isinstance(node, ast.Call):
            called.append(node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", ""))
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and func is not None:
            # `x = helper(...)` earlier in the function, then `x[...]` here.
            for stmt in ast.walk(func):
                if (
                    isinstance(stmt, ast.Assign)
                    and stmt.lineno < site.line
                    and any(isinstance(t, ast.Name) and t.id == node.id for t in stmt.targets)
                    and isinstance(stmt.value, ast.Call)
                ):
                    value = stmt.value.func
                    called.append(value.id if isinstance(value, ast.Name) else getattr(value, "attr", ""))
    for name in dict.fromkeys(n for n in called if n):
        for sf, definition in site.index.functions(name, prefer=site.sf.path)[:2]:
            if not isinstance(definition, FUNCTIONS) or _returns_value(definition):
                continue
            returned = _result_name(definition)
            last = definition.body[-1]
            if returned is None or last.end_lineno is None or not sf.on_one_line(last):
                continue
            indent = sf.line_text(last.lineno)[: sf.start(last)[1]]
            line_text = sf.line_text(last.end_lineno)
            edits.append(
                Edit(
                    last.end_lineno,
                    ((len(line_text), len(line_text), f"\n{indent}return {returned}"),),
                    f"return {returned} at the end of {name}",
                    0.6,
                    "missing-return",
                    path=sf.path,
                    adds_line=True,
                )
            )
    return edits


def _returns_value(func: ast.AST) -> bool:
    for node in ast.walk(func):
        if isinstance(node, ast.Return) and node.value is not None:
            return True
        if isinstance(node, (ast.Yield, ast.YieldFrom)):
            return True
    return False


def _result_name(func: ast.FunctionDef | ast.AsyncFunctionDef) -> str | None:
    """The variable a function builds up: the last local assigned at the top level of its body."""
    for stmt in reversed(func.body):
        targets = stmt.targets if isinstance(stmt, ast.Assign) else [getattr(stmt, "target", None)]
        for target in targets:
            if isinstance(target, ast.Name) and not target.id.startswith("_"):
                return target.id
    return None


def t_missing_argument(m: re.Match, site: Site) -> list[Edit]:
    """f() missing 1 required positional argument: 'rate'."""
    qualname, kind, names_text = m.group(1), m.group(2), m.group(3)
    missing = re.findall(r"'(\w+)'", names_text)
    name = qualname.split(".")[-1]
    if name == "__init__" and "." in qualname:
        name = qualname.split(".")[-2]
    edits: list[Edit] = []
    calls = site.calls_named(name)
    if not calls or not missing:
        return edits
    definitions = site.index.functions(name, prefer=site.sf.path)
    positional, _kwonly, _ = signature(definitions[0][1]) if definitions else ([], [], False)
    callee_sf, callee_def = definitions[0] if definitions else (None, None)
    if isinstance(callee_def, ast.ClassDef):
        callee_def = next(
            (i for i in callee_def.body if isinstance(i, FUNCTIONS) and i.name == "__init__"), None
        )
    for call in calls:
        options = {param: _values_for(param, site, call, name, callee_def, callee_sf) for param in missing}
        if any(not values for values in options.values()):
            continue
        # `obj.add(x)` that fits add(self, key) lacks an argument only when obj is the class itself:
        # an argument added would bind to self (dataflow.unbound_call_edits creates the instance).
        unbound = (
            isinstance(call.func, ast.Attribute)
            and isinstance(callee_def, FUNCTIONS)
            and not (
                isinstance(call.func.value, ast.Name) and call.func.value.id == qualname.split(".")[-2:][0]
            )
            and "." in qualname
            and bound_call_fits(callee_def, call)
        )
        # One edit per combination of the best values for each missing parameter.
        per_param = 4 if len(missing) == 1 else 2
        combos: list[list[tuple[str, str, float, str]]] = [[]]
        for param in missing:
            combos = [[*c, (param, *value)] for c in combos for value in options[param][:per_param]]
        for combo in combos[:5]:
            edit = _add_arguments(site, call, name, positional, kind, [(p, t, pr) for p, t, pr, _ in combo])
            imports = [imp for *_, imp in combo if imp]
            if edit and imports:
                edit = replace(edit, kind="argument+import:" + ";".join(imports))
            if edit and unbound:
                edit = replace(edit, prior=round(edit.prior * 0.3, 4))
            if edit:
                edits.append(edit)
    return edits


def _values_for(
    param: str,
    site: Site,
    call: ast.Call,
    callee: str,
    callee_def: ast.AST | None,
    callee_sf: SourceFile | None,
) -> list[tuple[str, float, str]]:
    """Expressions that could supply `param` at the call site: (text, prior, "module:name" to import or "")."""
    callee_module = site.index.module_of(callee_sf.path) if callee_sf is not None else None
    found: dict[str, tuple[float, str]] = {}
    for value in values_for(
        sf=site.sf,
        line=site.line,
        call=call,
        param=param,
        callee=callee,
        callee_def=callee_def,
        callee_sf=callee_sf,
        callee_module=callee_module,
    ):
        found[value.text] = (value.prior, f"{value.import_from}:{value.text}" if value.import_from else "")
    # Expressions the repository binds to the same name elsewhere, rebound to what is visible here.
    scope = site.in_scope()
    func = function_at(site.sf, site.line)
    local = local_names(func, before_line=site.line) if func else {}
    me = site.self_name()
    attrs = class_attributes(class_at(site.sf, site.line)) if me else {}
    for expr in site.index.bindings(param):
        text = _rebind(expr, site, local, attrs, me, scope)
        if text and text != param and len(text) <= 60 and text not in found:
            # `zone_rate = rate_for_zone(zone)` elsewhere: a call whose name says what it makes.
            called = called_name(expr) if isinstance(expr, ast.Call) else ""
            alike = max(similarity(param, called), coverage(param, called)) if called else 0.0
            found[text] = (0.4 if isinstance(expr, ast.Constant) else round(0.45 + 0.4 * alike, 4), "")
    return sorted(((t, p, imp) for t, (p, imp) in found.items()), key=lambda v: (-v[1], v[0]))


def _rebind(
    expr: ast.expr,
    site: Site,
    local: dict[str, str],
    attrs: dict[str, str],
    me: str | None,
    scope: dict[str, str],
) -> str | None:
    """Source of `expr` with its free names bound to what is visible at the site, or None."""
    if any(
        isinstance(n, (ast.Lambda, ast.NamedExpr, ast.Await, ast.Yield, ast.YieldFrom))
        for n in ast.walk(expr)
    ):
        return None
    try:
        tree = ast.parse(ast.unparse(expr), mode="eval")
    except (SyntaxError, ValueError, RecursionError):
        return None
    replacements: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            if node.id in local or node.id in scope or node.id in BUILTIN_NAMES:
                continue
            if me and node.id in attrs and attrs[node.id] != "method":
                replacements[node.id] = f"{me}.{node.id}"
            else:
                return None

    class _Rename(ast.NodeTransformer):
        def visit_Name(self, node: ast.Name) -> ast.AST:
            if node.id in replacements and isinstance(node.ctx, ast.Load):
                return ast.copy_location(ast.parse(replacements[node.id], mode="eval").body, node)
            return node

    return ast.unparse(_Rename().visit(tree))


def _add_arguments(
    site: Site,
    call: ast.Call,
    name: str,
    positional: list[str],
    kind: str,
    values: list[tuple[str, str, float]],
) -> Edit | None:
    n_pos = len([a for a in call.args if not isinstance(a, ast.Starred)])
    if any(isinstance(a, ast.Starred) for a in call.args):
        return None
    parts: list[str] = []
    descriptions: list[str] = []
    as_keywords = bool(call.keywords) or kind == "keyword-only"
    for param, text, _ in values:
        index = positional.index(param) if param in positional else None
        if not as_keywords and index is not None and index == n_pos + len(parts):
            parts.append(text)
            descriptions.append(f"pass {text} as the {ordinal(index + 1)} argument of {name}")
        elif not as_keywords and index is None and not positional and kind == "positional":
            parts.append(text)
            descriptions.append(f"pass {text} as the {ordinal(n_pos + len(parts))} argument of {name}")
        else:
            as_keywords = True
            parts.append(f"{param}={text}")
            descriptions.append(f"pass {param}={text} to {name}")
    last = (call.args + [k.value for k in call.keywords])[-1:] if (call.args or call.keywords) else []
    if last:
        end_line, end_col = site.sf.end(last[0])
        insert = ", " + ", ".join(parts)
    else:
        end_line, end_col = site.sf.end(call)
        end_col -= 1  # just inside the closing parenthesis
        insert = ", ".join(parts)
        if site.sf.line_text(end_line)[end_col : end_col + 1] != ")":
            return None
    if end_line != site.line:
        return None
    prior = min(p for _, _, p in values)
    return Edit(site.line, ((end_col, end_col, insert),), " and ".join(descriptions), prior, "argument")


def t_builtin_arity(m: re.Match, site: Site) -> list[Edit]:
    """fmod expected 2 arguments, got 1: a function without Python source lacks an argument.

    No parameter names to match values against, so the ingredients come from the code around
    it (the "plastic surgery" observation that fixes are made of code already there: Barr et
    al., FSE 2014): what other calls of the same function pass at that position, numbers the
    enclosing function uses or its comments name, small integers, then the locals in scope.
    """
    name = m.group("name").rsplit(".", 1)[-1]
    expected = _count(m.group("expected") or "")
    given = _count(m.group("given") or "")
    if expected is None or given is None or expected - given != 1:
        return []
    calls = [
        c
        for c in site.calls_named(name)
        if len(c.args) == given and not c.keywords and site.sf.end(c)[0] == site.line
    ]
    if not calls:
        return []
    values = _argument_ingredients(site, name, given)
    edits: list[Edit] = []
    for call in calls:
        end_line, end_col = site.sf.end(call)
        insert_at = end_col - 1
        if site.sf.line_text(end_line)[insert_at : insert_at + 1] != ")":
            continue
        sep = ", " if call.args else ""
        for rank, value in enumerate(values[:8]):
            edits.append(
                Edit(
                    site.line,
                    ((insert_at, insert_at, f"{sep}{value}"),),
                    f"pass {value} as the {ordinal(given + 1)} argument of {name}",
                    round(0.75 - 0.03 * rank, 4),
                )
            )
        edits += _leading_argument_edits(site, call, name)
    return edits


def _leading_argument_edits(site: Site, call: ast.Call, name: str) -> list[Edit]:
    """The argument that is missing may be the first: `word.replace('-')` meant `replace('_', '-')`.

    What the given arguments are is read from the other calls of the same function: an argument
    that other calls pass second, never first, moves to second place after a first argument those
    calls pass (the ingredients of `_argument_ingredients` at position 0).
    """
    if not call.args or call.end_lineno != call.lineno:
        return []
    first = call.args[0]
    span = site.span(first)
    if span is None or site.sf.end(call)[0] != site.line:
        return []
    edits = []
    for rank, value in enumerate(v for v in _argument_ingredients(site, name, 0)[:6] if v != site.seg(first)):
        edits.append(
            Edit(
                site.line,
                ((span[0], span[0], f"{value}, "),),
                f"pass {value} as the first argument of {name}",
                round(0.7 - 0.03 * rank, 4),
            )
        )
    return edits


class _ArityMatch:
    """The two message forms of a C function's arity error, read through one set of names."""

    def __init__(self, match: re.Match) -> None:
        self.match = match

    def group(self, key: str) -> str | None:
        return self.match.group(key) or self.match.group(key + "2") or self.match.group(key + "3")


def _count(text: str) -> int | None:
    words = {"one": 1, "two": 2, "three": 3}
    return int(text) if text.isdigit() else words.get(text)


def _argument_ingredients(site: Site, name: str, position: int) -> list[str]:
    found: list[str] = []

    def add(text: str) -> None:
        if text and text not in found:
            found.append(text)

    func = function_at(site.sf, site.line)
    scope = site.in_scope()
    # What other calls of the function pass there (their names must be visible here too).
    for sf in site.index.all_files():
        for node in ast.walk(sf.tree):
            if isinstance(node, ast.Call) and called_name(node) == name and len(node.args) > position:
                arg = node.args[position]
                names = {n.id for n in ast.walk(arg) if isinstance(n, ast.Name)}
                if names <= set(scope) | BUILTIN_NAMES and len(sf.segment(arg)) <= 40:
                    add(sf.segment(arg))
    numbers = all(re.fullmatch(r"-?\d+(\.\d+)?", text) for text in found)
    if numbers:
        where = func if func is not None else site.sf.tree
        for node in ast.walk(where):
            if (
                isinstance(node, ast.Constant)
                and type(node.value) in (int, float)
                and not isinstance(node.value, bool)
            ):
                add(repr(node.value))
        if func is not None:
            text = "".join(site.sf.lines[func.lineno - 1 : func.end_lineno or func.lineno])
            comments = " ".join(
                [*re.findall(r"#.*$", text, flags=re.MULTILINE), ast.get_docstring(func) or ""]
            )
            for number in re.findall(r"(?<![\w.])\d+(?![\w.])", comments):
                add(number)
        for small in ("2", "1", "0"):
            add(small)
    if func is not None:
        for local, _kind in local_names(func, before_line=site.line).items():
            if local not in ("self", "cls") and not any(
                isinstance(n, ast.Name) and n.id == local for c in site.calls_named(name) for n in ast.walk(c)
            ):
                add(local)
    return found


def t_too_many(m: re.Match, site: Site) -> list[Edit]:
    """f() takes 2 positional arguments but 3 were given."""
    qualname = m.group(1)
    name = qualname.split(".")[-1]
    if name == "__init__" and "." in qualname:
        name = qualname.split(".")[-2]
    edits: list[Edit] = []
    # The callee may be reached through a variable (`cls(...)` in a classmethod, a factory):
    # then every call of the line with an argument to spare.
    calls = site.calls_named(name) or [c for c in site.nodes(ast.Call) if len(c.args) > 1]
    packed = _packed_parameters(site)
    for call in calls:
        args = call.args
        if any(isinstance(a, ast.Starred) for a in args):
            continue
        for arg in args:
            # The function's own `*args` / `**kwargs` passed on as one value: unpack it.
            stars = packed.get(arg.id, "") if isinstance(arg, ast.Name) else ""
            span = site.span(arg)
            if stars and span is not None:
                edits.append(
                    Edit(site.line, ((*span, stars + arg.id),), f"unpack {arg.id} with {stars}", 0.65)
                )
        for i, arg in enumerate(args):
            if i > 0:
                start_line, start = site.sf.end(args[i - 1])
                end_line, end = site.sf.end(arg)
            elif len(args) > 1:
                start_line, start = site.sf.start(arg)
                end_line, end = site.sf.start(args[1])
            else:
                continue
            if start_line != site.line or end_line != site.line:
                continue
            prior = 0.6 if i == len(args) - 1 else 0.5
            shown = shorten(site.seg(arg), 30)
            edits.append(
                Edit(
                    site.line,
                    ((start, end, ""),),
                    f"drop the extra argument {shown} from the call to {name}",
                    prior,
                )
            )
    # A method defined without `self` receives the instance as an extra argument.
    for sf, definition in site.index.functions(name, prefer=site.sf.path)[:3]:
        if not isinstance(definition, FUNCTIONS) or not isinstance(sf.parent(definition), ast.ClassDef):
            continue
        decorators = {d.id for d in definition.decorator_list if isinstance(d, ast.Name)}
        params = definition.args.posonlyargs + definition.args.args
        if decorators & {"staticmethod", "classmethod"} or (params and params[0].arg in ("self", "cls")):
            continue
        opening = sf.line_text(definition.lineno).find("(", sf.start(definition)[1])
        if opening < 0:
            continue
        insert = "self, " if params or definition.args.vararg or definition.args.kwonlyargs else "self"
        spans = ((opening + 1, opening + 1, insert),)
        edits.append(Edit(definition.lineno, spans, f"add the self parameter to {name}", 0.7, path=sf.path))
    return edits


def t_comma_for_operator(m: re.Match, site: Site) -> list[Edit]:
    """f() takes 2 positional arguments but 3 were given, where two neighbouring arguments were
    meant as one value: a comma typed for an operator (`success(i, a, b)` for `success(i, a + b)`).

    Only when exactly one argument is too many, since one comma made it so; `+` first (the
    operator most often between two values of one kind), `-` and `*` after it. A fix template in
    the spirit of TBar's "mutate operator" and PyTER's arity repairs, read from the message.
    """
    counts = [int(n) for n in re.findall(r"\d+", m.group(0))]
    if len(counts) < 2 or counts[-1] - counts[-2] != 1:
        return []
    qualname = m.group(1)
    name = qualname.split(".")[-1]
    if name == "__init__" and "." in qualname:
        name = qualname.split(".")[-2]
    return [edit for call in site.calls_named(name) for edit in _comma_operator_edits(site, call, name, 0.58)]


def _comma_operator_edits(site: Site, call: ast.Call, name: str, prior: float) -> list[Edit]:
    """Each comma between two neighbouring positional arguments of `call` on the line made an
    operator: `+` at `prior`, `-` and `*` below it."""
    if any(isinstance(a, ast.Starred) for a in call.args):
        return []
    edits: list[Edit] = []
    for left, right in itertools.pairwise(call.args):
        between = site.sf.tokens_between(site.sf.end(left), site.sf.start(right))
        start, end = site.sf.end(left), site.sf.start(right)
        if [t.string for t in between] != [","] or start[0] != site.line or end[0] != site.line:
            continue
        shown = f"{shorten(site.seg(left), 20)} and {shorten(site.seg(right), 20)}"
        for symbol, lower in (("+", 0.0), ("-", 0.18), ("*", 0.2)):
            edits.append(
                Edit(
                    site.line,
                    ((start[1], end[1], f" {symbol} "),),
                    f"join {shown} with {symbol}: one argument of {name}, not two",
                    round(prior - lower, 4),
                )
            )
    return edits


def t_pack_arguments(m: re.Match, site: Site) -> list[Edit]:
    """str.join() takes exactly one argument (2 given): values meant as one iterable were passed one
    by one (the tuple's parentheses lost: `"=".join(k, v)`). The surplus run of positional arguments
    is packed into one tuple, ending at the last parameter first (join, extend, set()), then at
    earlier ones (`sum(a, b, start)`). Read from the builtin's arity message alone: a function
    without Python source has no signature to consult.
    """
    match = _ArityMatch(m)
    qualname = match.group("name") or ""
    name = qualname.rsplit(".", 1)[-1]
    expected, given = _count(match.group("expected") or ""), _count(match.group("given") or "")
    if not name or expected is None or given is None or not 1 <= expected < given:
        return []
    edits: list[Edit] = []
    for call in site.calls_named(name):
        args = call.args
        if len(args) != given or any(isinstance(a, ast.Starred) for a in args):
            continue
        for first in range(expected - 1, -1, -1):
            run = args[first : first + given - expected + 1]
            shaped = _items_shaped_like(site, call, len(run)) if first == expected - 1 else False
            if not _builtin_takes_iterable(qualname, first) and not shaped:
                continue  # `list.append(a, b)`: a tuple appended is no fix, a comma for `+` may be
            (l1, c1), (l2, c2) = site.sf.start(run[0]), site.sf.end(run[-1])
            if l1 != site.line or l2 != site.line:
                continue
            text = site.text[c1:c2]
            edits.append(
                Edit(
                    site.line,
                    ((c1, c2, f"({text})"),),
                    f"pass ({shorten(text, 40)}) to {name} as one tuple",
                    0.85 if shaped else 0.8 if first == expected - 1 else 0.6,
                )
            )
        if given - expected == 1:  # one comma too many: maybe one typed for an operator
            edits += _comma_operator_edits(site, call, name, 0.5)
    return edits


def _items_shaped_like(site: Site, call: ast.Call, arity: int) -> bool:
    """Whether the container `call` adds to (its first argument, `heappush(queue, ...)`,
    `bisect.insort(rows, ...)`) already holds tuples of `arity` items: bound in the enclosing
    function to a display of such tuples (`queue = [(0, next(tie), start)]`), or given one by
    another call of the same function. The values passed one by one are then one item whose
    parentheses were lost: a heap or sorted list of records keeps one shape of item (the heapq
    documentation's `(priority, count, task)` entries; Python semantics: a tuple is made by its
    commas, so `f(q, (a, b))` losing its parentheses passes a and b as arguments).
    """
    if not call.args or not isinstance(call.args[0], ast.Name) or arity < 2:
        return False
    name = call.args[0].id
    scope = function_at(site.sf, site.line) or site.sf.tree
    items: list[ast.expr] = []
    for node in ast.walk(scope):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            if isinstance(node.value, (ast.List, ast.Tuple, ast.Set)):
                items += node.value.elts
        elif _adds_to(node, call, name):
            items.append(node.args[-1])
    return any(isinstance(item, ast.Tuple) and len(item.elts) == arity for item in items)


def _adds_to(node: ast.AST, call: ast.Call, name: str) -> bool:
    """Another call of `call`'s function adding to the container `name` (its first argument)."""
    return (
        isinstance(node, ast.Call)
        and node is not call
        and called_name(node) == called_name(call)
        and len(node.args) >= 2
        and isinstance(node.args[0], ast.Name)
        and node.args[0].id == name
    )


@functools.cache
def _builtin_takes_iterable(qualname: str, position: int) -> bool:
    """Whether the builtin `qualname` ("str.join", "sum", "set") takes an iterable at `position`, read
    from its own signature, else from the `set(iterable)` form its docstring opens with."""
    func: object = builtins
    for part in qualname.split("."):
        func = getattr(func, part, None)
    if func is None:
        return False
    try:
        names = [p for p in inspect.signature(func).parameters if p != "self"]  # type: ignore[arg-type]
    except (TypeError, ValueError):
        doc = re.search(
            rf"\b{re.escape(qualname.rsplit('.', 1)[-1])}\(([^)]+)\)", getattr(func, "__doc__", "") or ""
        )
        names = re.findall(r"\w+", doc.group(1)) if doc else []
    return position < len(names) and bool(re.search(r"iter|seq", names[position]))


def t_str_without_encoding(m: re.Match, site: Site) -> list[Edit]:
    """bytes(text): "string argument without an encoding". A str where bytes are built is encoded,
    with the encoding the module's own `.encode(...)` calls use (else UTF-8): `text.encode(...)` for
    bytes, the encoding passed on for bytearray (whose result must stay mutable)."""
    encoding = _module_encoding(site.sf, site.line)
    edits: list[Edit] = []
    for call in site.nodes(ast.Call):
        kind = called_name(call)
        if kind not in ("bytes", "bytearray") or len(call.args) != 1 or call.keywords:
            continue
        span, arg_span = site.span(call), site.span(call.args[0])
        if span is None or arg_span is None or isinstance(call.args[0], ast.Starred):
            continue
        text = site.seg(call.args[0])
        simple = isinstance(call.args[0], (ast.Name, ast.Attribute, ast.Call, ast.Subscript, ast.Constant))
        encoded = f"{text if simple else f'({text})'}.encode({encoding})"
        passed = f"{text}, {encoding or repr('utf-8')}"
        readings = [
            (((*span, encoded),), f"encode {shorten(text, 30)}: {shorten(encoded, 50)}", 0.85),
            (
                ((arg_span[1], arg_span[1], f", {encoding or repr('utf-8')}"),),
                f"{kind}({shorten(passed, 50)})",
                0.8,
            ),
        ]
        if kind == "bytearray":
            readings.reverse()
        edits += [Edit(site.line, spans, description, prior) for spans, description, prior in readings]
    return edits


def _packed_parameters(site: Site) -> dict[str, str]:
    """The enclosing function's `*args` and `**kwargs` names -> the stars that unpack them."""
    func = function_at(site.sf, site.line)
    if func is None:
        return {}
    found = {func.args.vararg.arg: "*"} if func.args.vararg else {}
    if func.args.kwarg:
        found[func.args.kwarg.arg] = "**"
    return found


def t_unpacked_arguments(m: re.Match, site: Site) -> list[Edit]:
    """`helper(*args, **kwargs)` where helper(args, kwargs) takes the tuple and the dict themselves.

    The argument shape is wrong, not the values (PyTER's "argument" repairs): unpacked, the items
    arrive as extra positionals or unknown keywords, or none arrive at all (missing). The stars
    go when the callee's own positional parameters number exactly the values given packed.
    """
    name = m.group(1).split(".")[-1]
    if name == "__init__" and "." in m.group(1):
        name = m.group(1).split(".")[-2]
    definitions = site.index.functions(name, prefer=site.sf.path)
    if not definitions:
        return []
    positional, _kwonly, _ = signature(definitions[0][1])
    edits: list[Edit] = []
    for call in site.calls_named(name):
        packed = [a for a in call.args if isinstance(a, ast.Starred)]
        double = [k for k in call.keywords if k.arg is None]
        if not packed and not double:
            continue
        if len(call.args) + len(double) != len(positional) or any(k.arg for k in call.keywords):
            continue
        spans = []
        for node in [*packed, *(k.value for k in double)]:
            start = site.span(node)
            if start is None:
                break
            stars = "*" if node in packed else "**"
            begin = start[0] - (0 if node in packed else len(stars))
            if site.text[begin : begin + len(stars)] != stars:
                break
            spans.append((begin, begin + len(stars), ""))
        else:
            shown = " and ".join(site.seg(n.value) for n in [*packed, *double])
            description = f"pass {shorten(shown, 40)} to {name} as they are, not unpacked"
            edits.append(Edit(site.line, tuple(spans), description, 0.85))
    return edits


def t_unexpected_keyword(m: re.Match, site: Site) -> list[Edit]:
    """f() got an unexpected keyword argument 'x'."""
    name, keyword = m.group(1).split(".")[-1], m.group(2)
    if name == "__init__" and "." in m.group(1):
        name = m.group(1).split(".")[-2]
    definitions = site.index.functions(name, prefer=site.sf.path)
    params = []
    callee = definitions[0][1] if definitions else None
    if isinstance(callee, ast.ClassDef):
        callee = next((i for i in callee.body if isinstance(i, FUNCTIONS) and i.name == "__init__"), None)
    if definitions:
        positional, kwonly, _ = signature(definitions[0][1])
        params = positional + kwonly
    edits: list[Edit] = []
    for call in site.calls_named(name):
        # A keyword of an older signature: a parameter spelt alike, or the one the call leaves without a
        # value (`subscribe(event=..., callback=...)` for `subscribe(self, event, handler)`).
        open_params = (
            unsupplied_parameters(callee, call, is_method=isinstance(call.func, ast.Attribute))
            if isinstance(callee, FUNCTIONS)
            else []
        )
        for i, kw in enumerate(call.keywords):
            if kw.arg != keyword or kw.lineno != site.line:
                continue
            start = site.sf.start(kw)[1]
            close = difflib.get_close_matches(keyword, params, n=2, cutoff=0.5)
            required = _required_parameters(callee) if isinstance(callee, FUNCTIONS) else set()
            others = [(p, 0.8) for p in close]
            unfilled = [p for p in open_params if p not in close]
            for p in unfilled:
                prior = (
                    0.75
                    if len(open_params) == 1 or (p in required and len(required & set(open_params)) == 1)
                    else 0.45
                )
                others.append((p, prior))
            for other, prior in others[:4]:
                edits.append(
                    Edit(
                        site.line,
                        ((start, start + len(keyword), other),),
                        f"use the keyword {other} instead of {keyword}",
                        prior,
                    )
                )
            previous = call.keywords[i - 1].value if i else (call.args[-1] if call.args else None)
            if previous is not None and site.sf.end(previous)[0] == site.line:
                cut_start = site.sf.end(previous)[1]
                cut_end = site.sf.end(kw.value)[1]
                if site.sf.end(kw.value)[0] == site.line:
                    edits.append(
                        Edit(
                            site.line,
                            ((cut_start, cut_end, ""),),
                            f"drop the keyword argument {keyword}",
                            0.4,
                        )
                    )
    return edits


def _required_parameters(func: ast.AST) -> set[str]:
    args = func.args
    positional = [*args.posonlyargs, *args.args]
    required = {a.arg for a in positional[: len(positional) - len(args.defaults)]}
    required |= {a.arg for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=False) if d is None}
    return required - {"self", "cls"}


def t_unhashable(m: re.Match, site: Site) -> list[Edit]:
    """unhashable type: 'list'."""
    kind = m.group(1)
    conv = {"list": "tuple", "set": "frozenset", "bytearray": "bytes"}.get(kind)
    if conv is None and kind in BUILTIN_NAMES:
        return []
    # An object of the repository's own class that defines __eq__ without __hash__: keyed by its
    # identity, as memo tables of objects are (`seen[id(obj)]`).
    conv = conv or "id"
    keys: list[tuple[ast.AST, float]] = []
    for sub in site.nodes(ast.Subscript):
        if not isinstance(sub.slice, (ast.Slice, ast.Constant)):
            keys.append((sub.slice, 0.75))
    for call in site.nodes(ast.Call):
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr in (
            "add",
            "get",
            "setdefault",
            "pop",
            "discard",
            "remove",
        ):
            keys += [(a, 0.75) for a in call.args[:1]]
        elif isinstance(func, ast.Name) and func.id in ("set", "frozenset", "Counter", "hash"):
            keys += [(a, 0.5) for a in call.args[:1] if not isinstance(a, (ast.GeneratorExp, ast.ListComp))]
    for node in site.nodes(ast.Set):
        keys += [(e, 0.6) for e in node.elts]
    for node in site.nodes(ast.Dict):
        keys += [(k, 0.6) for k in node.keys if k is not None]
    for node in site.nodes(ast.Compare):
        if any(isinstance(op, (ast.In, ast.NotIn)) for op in node.ops):
            keys.append((node.left, 0.5))
    edits = []
    for key, prior in keys:
        if isinstance(key, ast.Constant):
            continue
        shown = shorten(site.seg(key), 40)
        description = (
            f"key by the identity id({shown})"
            if conv == "id"
            else f"convert {shown} to a {conv} so it can be hashed"
        )
        edit = site.wrap(key, conv, description, prior)
        if edit:
            edits.append(edit)
    return edits


def t_not_callable(m: re.Match, site: Site) -> list[Edit]:
    """'int' object is not callable: a property called like a method, or a missing `*`."""
    kind = m.group(1)
    edits: list[Edit] = []
    for call in site.nodes(ast.Call):
        end_line, end = site.sf.end(call)
        func_end_line, func_end = site.sf.end(call.func)
        if end_line != site.line or func_end_line != site.line:
            continue
        shown = shorten(site.seg(call.func), 40)
        if not call.args and not call.keywords:
            prior = 0.8 if isinstance(call.func, ast.Attribute) else 0.5
            edits.append(
                Edit(
                    site.line,
                    ((func_end, end, ""),),
                    f"drop the call parentheses after {shown}: it is not callable",
                    prior,
                )
            )
        if (
            kind in ("int", "float")
            and isinstance(call.func, (ast.Constant, ast.Name, ast.Attribute, ast.Subscript))
            and call.func.lineno == site.line
            and len(call.args) == 1
            and not call.keywords
        ):
            edits.append(
                Edit(
                    site.line,
                    ((func_end, func_end, " * "),),
                    f"multiply {shown} by the parenthesised value",
                    0.6 if isinstance(call.func, ast.Constant) else 0.35,
                )
            )
    return edits


def t_wants_callable(m: re.Match | None, site: Site, prior: float = 0.85, *, only: str = "") -> list[Edit]:
    """`defaultdict(make())` / `map(f(), xs)` / `Thread(target=run())`: a factory or callback called
    where it should be passed ("first argument must be callable or None"). Drop the argument's
    call parentheses (TBar's "mutate method invocation" family, applied to an argument)."""
    edits: list[Edit] = []
    for call in site.nodes(ast.Call):
        arguments = [*call.args, *(k.value for k in call.keywords)]
        for argument in arguments:
            if not isinstance(argument, ast.Call) or argument.args or argument.keywords:
                continue
            if only and called_name(argument) != only:
                continue
            end_line, end = site.sf.end(argument)
            func_end_line, func_end = site.sf.end(argument.func)
            if end_line != site.line or func_end_line != site.line:
                continue
            shown = shorten(site.seg(argument.func), 40)
            edits.append(
                Edit(
                    site.line,
                    ((func_end, end, ""),),
                    f"pass {shown} itself instead of calling it",
                    prior,
                )
            )
    return edits


def t_int_not_iterable(m: re.Match, site: Site) -> list[Edit]:
    """'int' object is not iterable: iterate over range(n)."""
    edits: list[Edit] = []
    iters = [n.iter for n in site.nodes(ast.For)]
    for comp in site.nodes((ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
        iters += [gen.iter for gen in comp.generators]
    for node in iters:
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "range":
            continue
        shown = shorten(site.seg(node), 40)
        edit = site.wrap(node, "range", f"iterate over range({shown}) instead of {shown}", 0.75)
        if edit:
            edits.append(edit)
    return edits


def t_compare(m: re.Match, site: Site) -> list[Edit]:
    """'<' not supported between instances of 'str' and 'int'."""
    op = CMP_BY_SYMBOL.get(m.group(1))
    left_type, right_type = m.group(2), m.group(3)
    edits: list[Edit] = []
    numeric = next((t for t in (left_type, right_type) if t in NUMERIC), None)
    if "str" in (left_type, right_type) and numeric:
        # sorted()/min()/max() compare inside the builtin: compare the items as numbers.
        key = NUMERIC[numeric] if NUMERIC[numeric] != "Decimal" else "float"
        for name in ("sorted", "min", "max", "sort"):
            for call in site.calls_named(name):
                end_line, end = site.sf.end(call)
                if (
                    any(k.arg == "key" for k in call.keywords)
                    or end_line != site.line
                    or (not call.args and name != "sort")
                ):
                    continue
                if site.text[end - 1 : end] != ")":
                    continue
                sep = ", " if (call.args or call.keywords) else ""
                edits.append(
                    Edit(
                        site.line,
                        ((end - 1, end - 1, f"{sep}key={key}"),),
                        f"compare the items as numbers with key={key}",
                        0.5,
                    )
                )
    for node in site.nodes(ast.Compare):
        operands = [node.left, *node.comparators]
        for i, cmp_op in enumerate(node.ops):
            if op is not None and not isinstance(cmp_op, op):
                continue
            for operand, own, other in (
                (operands[i], left_type, right_type),
                (operands[i + 1], right_type, left_type),
            ):
                if own == "str" and other in NUMERIC:
                    conv = _converter(other, site)
                    shown = shorten(site.seg(operand), 40)
                    edit = (
                        site.wrap(operand, conv, f"convert {shown} to {conv} before comparing", 0.8)
                        if conv
                        else None
                    )
                    edits += [edit] if edit else []
    return edits


def t_join(m: re.Match, site: Site) -> list[Edit]:
    """sequence item 0: expected str instance, int found."""
    edits: list[Edit] = []
    # str() of the repository's own objects without __str__ is their repr, rarely what a join means:
    # the attribute that holds the text is (healer.engine.fixers.dataflow picks it).
    prior = 0.35 if _plain_repository_class(m.group(1), site) else 0.85
    for call in site.calls_named("join"):
        if len(call.args) != 1 or not isinstance(call.func, ast.Attribute):
            continue
        arg = call.args[0]
        span = site.span(arg)
        if span is None:
            continue
        text = site.seg(arg)
        if isinstance(arg, ast.GeneratorExp) and site.span(arg.elt):
            elt = site.seg(arg.elt)
            start, end = site.span(arg.elt)
            new = ((start, end, f"str({elt})"),)
        else:
            new = ((*span, f"map(str, {text})"),)
        edits.append(
            Edit(site.line, new, f"convert the items of {shorten(text, 40)} to str before joining", prior)
        )
    return edits


def t_number_among_joined(m: re.Match, site: Site) -> list[Edit]:
    """sequence item 0: expected a bytes-like object, int found: a number put among the parts.

    The parts list is filled where it is made and by the helpers it is handed to (a `parts`
    parameter of the same name in the module: the list passed on); the item that is a number
    (`len(x)`, a count, an int literal) is the one to write as text, or as its ASCII bytes for a
    bytes join, where it is added (PyTER: the value is repaired where it enters the container).
    """
    wanted, found = m.group(1), m.group(2)
    if found not in ("int", "float"):
        return []
    into_bytes = "bytes" in wanted
    edits: list[Edit] = []
    for call in site.calls_named("join"):
        if len(call.args) != 1:
            continue
        parts = call.args[0]
        if isinstance(parts, ast.Name):
            items = _items_added(site.sf, parts.id, site.line)
        elif isinstance(parts, ast.Attribute) and isinstance(parts.value, ast.Name):
            items = _items_of_attribute(site.sf, parts.attr)
        else:
            continue
        numbers = [
            item
            for item in items
            if site.sf.node_span(item) is not None
            and (number_like(item) or _narrowed_to_number(site.sf, item))
        ]
        # One number among the parts: its origin is known, and PyTER repairs there rather than
        # converting every part at the join.
        prior = 0.9 if len(numbers) == 1 else 0.8
        for item in numbers:
            span = site.sf.node_span(item)
            text = site.sf.segment(item)
            encoding = _module_encoding(site.sf, span[0]) if into_bytes else ""
            suffix = (f".encode({encoding})" if encoding else ".encode()") if into_bytes else ""
            new = f"str({text}){suffix}"
            purpose = "its ASCII digits" if into_bytes else "its text"
            edits.append(
                Edit(
                    span[0], ((span[1], span[2], new),), f"add {shorten(text, 30)} as {purpose}: {new}", prior
                )
            )
    return edits


def _narrowed_to_number(sf: SourceFile, node: ast.expr) -> bool:
    """A name used under `if isinstance(name, int)` (or float): the guard says it is a number."""
    if not isinstance(node, ast.Name):
        return False
    for ancestor in sf.ancestors(node):
        test = ancestor.test if isinstance(ancestor, ast.If) else None
        if (
            isinstance(test, ast.Call)
            and called_name(test) == "isinstance"
            and len(test.args) == 2
            and isinstance(test.args[0], ast.Name)
            and test.args[0].id == node.id
            and any(
                isinstance(kind, ast.Name) and kind.id in ("int", "float")
                for kind in (test.args[1].elts if isinstance(test.args[1], ast.Tuple) else [test.args[1]])
            )
        ):
            return node.lineno > test.end_lineno  # in the body, not the test itself
        if isinstance(ancestor, FUNCTIONS):
            return False
    return False


def _items_of_attribute(sf: SourceFile, attr: str) -> list[ast.expr]:
    """What the module adds to `self.<attr>`: the items its methods append or extend it with, and,
    for a method that appends its own parameter (`def append(self, s): self.chunks.append(s)`),
    the arguments of that method's calls in the module (`state.append(n)`)."""
    items: list[ast.expr] = []
    adders: set[str] = set()
    for func in (node for node in ast.walk(sf.tree) if isinstance(node, FUNCTIONS)):
        params = {a.arg for a in (*func.args.posonlyargs, *func.args.args)}
        for node in ast.walk(func):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Attribute)
                and node.func.value.attr == attr
                and node.func.attr in ("append", "insert", "appendleft")
                and node.args
            ):
                continue
            item = node.args[-1]
            if isinstance(item, ast.Name) and item.id in params:
                adders.add(func.name)
            else:
                items.append(item)
    for node in ast.walk(sf.tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in adders
            and len(node.args) == 1
            and not node.keywords
        ):
            items.append(node.args[0])
    return items


def _items_added(sf: SourceFile, name: str, line: int) -> list[ast.expr]:
    """What `name.append(x)`, `.insert(i, x)` and `.extend((x, y))` add in the function of `line`
    and in the module's functions that take a parameter of that name."""
    scopes = [f for f in [function_at(sf, line)] if f is not None]
    scopes += [
        node
        for node in ast.walk(sf.tree)
        if isinstance(node, FUNCTIONS)
        and node not in scopes
        and name in [a.arg for a in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs)]
    ]
    items: list[ast.expr] = []
    for scope in scopes:
        for node in ast.walk(scope):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == name
                and node.args
            ):
                continue
            if node.func.attr in ("append", "insert", "appendleft"):
                items.append(node.args[-1])
            elif node.func.attr == "extend" and isinstance(node.args[0], (ast.Tuple, ast.List)):
                items += node.args[0].elts
    return items


def _plain_repository_class(name: str, site: Site) -> bool:
    """A class of the repository that defines no __str__/__format__ of its own."""
    classes = [c for _, c in site.index.functions(name.split(".")[-1]) if isinstance(c, ast.ClassDef)]
    return bool(classes) and not any(
        isinstance(item, FUNCTIONS) and item.name in ("__str__", "__format__")
        for cls in classes
        for item in cls.body
    )


def t_no_len(m: re.Match, site: Site) -> list[Edit]:
    """object of type 'generator' has no len()."""
    kind = m.group(1)
    if kind == "NoneType":
        return t_none_iterable(m, site)
    if kind in ("int", "float"):
        edits = []
        for call in site.calls_named("len"):
            for arg in call.args[:1]:
                shown = shorten(site.seg(arg), 40)
                edit = site.wrap(arg, "str", f"count the digits of {shown} with len(str(...))", 0.4)
                edits += [edit] if edit else []
        return edits
    if kind not in ("generator", "map", "filter", "zip", "dict_keys", "dict_values", "itertools.chain"):
        return []
    edits = []
    for call in site.calls_named("len"):
        for arg in call.args[:1]:
            edit = site.wrap(
                arg, "list", f"make a list of {shorten(site.seg(arg), 40)} before taking its length", 0.8
            )
            edits += [edit] if edit else []
    return edits


def t_bad_unary(m: re.Match, site: Site) -> list[Edit]:
    """bad operand type for unary -: 'str'."""
    if m.group(2) != "str":
        return []
    edits = []
    for node in site.nodes(ast.UnaryOp):
        if isinstance(node.op, (ast.USub, ast.UAdd)):
            shown = shorten(site.seg(node.operand), 40)
            edit = site.wrap(node.operand, "int", f"convert {shown} to int before negating it", 0.6)
            edits += [edit] if edit else []
    return edits


def t_argument_type(m: re.Match, site: Site) -> list[Edit]:
    """write() argument must be str, not int / must be real number, not str."""
    wanted = "str" if "str" in m.group(1) else "float"
    edits: list[Edit] = []
    for call in site.nodes(ast.Call):
        if isinstance(call.func, ast.Name) and call.func.id in ("str", "float", "int"):
            continue
        for arg in [*call.args, *(k.value for k in call.keywords)]:
            if isinstance(arg, (ast.Constant, ast.JoinedStr, ast.Starred)) or (
                wanted == "str" and _is_str_expr(arg)
            ):
                continue
            shown = shorten(site.seg(arg), 40)
            edit = site.wrap(arg, wanted, f"convert {shown} to {wanted} before passing it", 0.6)
            edits += [edit] if edit else []
    return edits


def t_wants_bytes(m: re.Match, site: Site) -> list[Edit]:
    """Strings must be encoded before hashing / a bytes-like object is required, not 'str': encode
    the text where it is handed over. The encoding is the one the module already writes in its
    `.encode(...)` calls (the "plastic surgery" observation: fixes are made of code already there;
    Barr et al., FSE 2014), else Python's default, UTF-8."""
    encoding = _module_encoding(site.sf, site.line)
    suffix = f".encode({encoding})" if encoding else ".encode()"
    operands: list[ast.expr] = []
    for call in site.nodes(ast.Call):
        if called_name(call) in ("encode", "bytes", "bytearray", "str", "repr", "format"):
            continue
        operands += [*call.args, *(k.value for k in call.keywords if k.arg)]
    for node in [*site.binops(ast.Add), *site.nodes(ast.AugAssign)]:
        operands += [node.right if isinstance(node, ast.BinOp) else node.value]
    edits: list[Edit] = []
    for node in operands:
        if isinstance(node, (ast.Starred, ast.Lambda)) or (
            isinstance(node, ast.Constant) and not isinstance(node.value, str)
        ):
            continue
        if isinstance(node, ast.BinOp) and not isinstance(node.op, (ast.Add, ast.Mod)):
            continue  # arithmetic: never the text
        # A call written over several lines (`raise UnicodeDecodeError(\n codec,\n chars, ...)`)
        # is reported at its first line; each argument is edited on its own line.
        span = site.sf.node_span(node)
        if span is None or (span[0] != site.line and site.sf.parent(node).lineno != site.line):
            continue
        text = site.sf.segment(node)
        simple = isinstance(
            node, (ast.Name, ast.Attribute, ast.Call, ast.Subscript, ast.Constant, ast.JoinedStr)
        )
        new = (text if simple else f"({text})") + suffix
        shown = shorten(text, 40)
        # A literal among variables is rarely the value that came in as the wrong kind.
        prior = (0.85 if len(operands) == 1 else 0.75) - (0.05 if isinstance(node, ast.Constant) else 0.0)
        edits.append(
            Edit(span[0], ((span[1], span[2], new),), f"encode {shown} to bytes: {shown}{suffix}", prior)
        )
    return edits


def _module_encoding(sf: SourceFile, line: int) -> str:
    """The encoding literal the module's `.encode("...")` calls pass most often, the one nearest
    `line` among equals ("" when none)."""
    seen: dict[str, list[int]] = {}
    for node in ast.walk(sf.tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "encode"
            and len(node.args) == 1
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            seen.setdefault(sf.segment(node.args[0]), []).append(abs(node.lineno - line))
    if not seen:
        return ""
    return min(sorted(seen), key=lambda literal: (-len(seen[literal]), min(seen[literal])))


def t_conversion_of_none(m: re.Match, site: Site) -> list[Edit]:
    """int() argument must be a string, a bytes-like object or a real number, not 'NoneType'."""
    edits: list[Edit] = []
    for call in site.calls_named(m.group(1)):
        for arg in call.args[:1]:
            span = site.span(arg)
            if span is None:
                continue
            shown = shorten(site.seg(arg), 40)
            new = f"{site.seg(arg)} or 0" if not needs_parens(arg) else f"({site.seg(arg)}) or 0"
            edits.append(Edit(site.line, ((*span, new),), f"use 0 when {shown} is None", 0.5))
    return edits


def t_not_subscriptable(m: re.Match, site: Site) -> list[Edit]:
    """'dict_keys' object is not subscriptable / 'method' object is not subscriptable."""
    kind = m.group(1)
    edits: list[Edit] = []
    for sub in site.nodes(ast.Subscript):
        value = sub.value
        shown = shorten(site.seg(value), 40)
        if kind in (
            "dict_keys",
            "dict_values",
            "dict_items",
            "set",
            "frozenset",
            "generator",
            "map",
            "filter",
            "zip",
        ):
            edit = site.wrap(value, "list", f"make a list of {shown} before indexing it", 0.75)
            edits += [edit] if edit else []
        elif kind in ("method", "function", "builtin_function_or_method"):
            value_span, sub_span = site.span(value), site.span(sub)
            if value_span is None or sub_span is None:
                continue
            line = site.text
            if line[value_span[1] : value_span[1] + 1] == "[" and line[sub_span[1] - 1 : sub_span[1]] == "]":
                edits.append(
                    Edit(
                        site.line,
                        ((value_span[1], value_span[1] + 1, "("), (sub_span[1] - 1, sub_span[1], ")")),
                        f"call {shown} instead of indexing it",
                        0.55,
                    )
                )
            edits.append(
                Edit(
                    site.line, ((value_span[1], value_span[1], "()"),), f"call {shown}() before indexing", 0.6
                )
            )
    return edits


def t_callable_not_iterable(m: re.Match, site: Site) -> list[Edit]:
    """'method' object is not iterable: `for k in d.keys:`."""
    iters = [n.iter for n in site.nodes(ast.For)]
    for comp in site.nodes((ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
        iters += [gen.iter for gen in comp.generators]
    edits = []
    for node in iters:
        span = site.span(node)
        if span is None or not isinstance(node, (ast.Name, ast.Attribute)):
            continue
        shown = shorten(site.seg(node), 40)
        edits.append(
            Edit(site.line, ((span[1], span[1], "()"),), f"call {shown}() and iterate over its result", 0.8)
        )
    return edits


def t_takes_no_arguments(m: re.Match, site: Site) -> list[Edit]:
    """Parcel() takes no arguments: the class's __init__ is misspelt."""
    names = [m.group(1).split(".")[-1]] if m.group(1) else []
    names += [getattr(c.func, "id", getattr(c.func, "attr", "")) for c in site.nodes(ast.Call)]
    edits: list[Edit] = []
    for name in dict.fromkeys(n for n in names if n and n[:1].isupper()):
        for sf, cls in site.index.functions(name, prefer=site.sf.path)[:2]:
            if not isinstance(cls, ast.ClassDef):
                continue
            methods = {item.name: item for item in cls.body if isinstance(item, FUNCTIONS)}
            if "__init__" in methods:
                continue
            for close in difflib.get_close_matches("__init__", list(methods), n=1, cutoff=0.6):
                method = methods[close]
                start = sf.line_text(method.lineno).find(close, sf.start(method)[1])
                if start < 0:
                    continue
                edits.append(
                    Edit(
                        method.lineno,
                        ((start, start + len(close), "__init__"),),
                        f"rename {close} to __init__ so {name} takes its arguments",
                        0.85,
                        path=sf.path,
                    )
                )
    return edits


def t_modulo_of_str(m: re.Match, site: Site) -> list[Edit]:
    """not all arguments converted during string formatting: `text % 2` on a str that holds a number."""
    edits = []
    for node in site.binops(ast.Mod):
        if isinstance(node.left, (ast.Constant, ast.JoinedStr)):
            continue  # a format string: the operands, not the template, are wrong
        shown = shorten(site.seg(node.left), 40)
        edit = site.wrap(node.left, "int", f"convert {shown} to int before taking the remainder", 0.5)
        edits += [edit] if edit else []
    return edits


def t_numeric_builtin(m: re.Match, site: Site) -> list[Edit]:
    """type str doesn't define __round__ method / bad operand type for abs(): 'str'."""
    name = m.group(1) or m.group(2)
    name = {"floor": "floor", "ceil": "ceil", "round": "round", "trunc": "trunc", "abs": "abs"}.get(
        name, name
    )
    edits = []
    for call in site.calls_named(name):
        for arg in call.args[:1]:
            shown = shorten(site.seg(arg), 40)
            edit = site.wrap(arg, "float", f"convert {shown} to float before calling {name}", 0.7)
            edits += [edit] if edit else []
    return edits


def _wrong_value_edits(site: Site, node: ast.expr, purpose: str, prior: float) -> list[Edit]:
    """Another value where `node` is: the object instead of one of its attributes (`cls.__name__`
    -> `cls`), or a variable in scope named like it (`octet_str` -> `octet_int`).

    PyTER (Oh & Oh, FSE 2022) repairs a TypeError by replacing the ill-typed expression with one
    of the right type that is at hand; without types, names alike are the candidates, most alike
    first (a misnamed value and the right one usually share a stem)."""
    span = site.span(node)
    if span is None:
        return []
    edits: list[Edit] = []
    shown = shorten(site.seg(node), 40)
    if isinstance(node, ast.Attribute) and site.span(node.value) is not None:
        owner = site.seg(node.value)
        edits.append(Edit(site.line, ((*span, owner),), f"{purpose} {owner} instead of {shown}", prior))
    if isinstance(node, ast.Name):
        scope = [name for name in site.in_scope() if name not in ("self", "cls")]
        for rank, name in enumerate(closest(node.id, scope, cutoff=0.5)):
            edits.append(
                Edit(site.line, ((*span, name),), f"{purpose} {name} instead of {shown}", prior - 0.05 * rank)
            )
    return edits


def t_format_operand(m: re.Match, site: Site) -> list[Edit]:
    """%d format: a real number is required, not str: the value formatted is the wrong one."""
    edits: list[Edit] = []
    # `"""...%d...""" % str(limit)`: the number was converted to text for a numeric placeholder.
    # A template over several lines raises at its first line; its operands may sit lines below.
    for node in site.nodes(ast.BinOp):
        if not isinstance(node.op, ast.Mod) or node.lineno != site.line:
            continue
        if not isinstance(node.left, (ast.Constant, ast.JoinedStr)):
            continue
        operands = node.right.elts if isinstance(node.right, ast.Tuple) else [node.right]
        for operand in operands:
            span = site.sf.node_span(operand)
            if (
                span is None
                or not isinstance(operand, ast.Call)
                or called_name(operand) not in ("str", "repr")
                or len(operand.args) != 1
                or operand.keywords
            ):
                continue
            inner = site.sf.segment(operand.args[0])
            description = f"format {shorten(inner, 40)} itself, not {called_name(operand)}() of it"
            edits.append(Edit(span[0], ((span[1], span[2], inner),), description, 0.9))
    for node in site.binops(ast.Mod):
        if not isinstance(node.left, (ast.Constant, ast.JoinedStr)):
            continue
        operands = node.right.elts if isinstance(node.right, ast.Tuple) else [node.right]
        for operand in operands:
            if isinstance(operand, ast.Constant):
                continue
            edits += _wrong_value_edits(site, operand, "format", 0.8)
            edit = site.wrap(
                operand, "int", f"convert {shorten(site.seg(operand), 40)} to int before formatting", 0.5
            )
            edits += [edit] if edit else []
    return edits


def t_isinstance_type(m: re.Match, site: Site) -> list[Edit]:
    """isinstance() arg 2 must be a type, a tuple of types, or a union: a name or value was passed."""
    edits: list[Edit] = []
    for call in [*site.calls_named("isinstance"), *site.calls_named("issubclass")]:
        if len(call.args) != 2:
            continue
        kind = call.args[1]
        edits += _wrong_value_edits(site, kind, "check against", 0.8)
        if not isinstance(kind, ast.Constant):
            edit = site.wrap(kind, "type", f"check against the type of {shorten(site.seg(kind), 40)}", 0.4)
            edits += [edit] if edit else []
    return edits


def t_swapped_arguments(m: re.Match, site: Site) -> list[Edit]:
    """A call was given a value of the kind the message names in another argument's slot."""
    named = next((group for group in m.groups() if group), "")
    return swapped_argument_edits(site.sf, site.line, named) if named else []


def t_enclosing_call(m: re.Match, site: Site) -> list[Edit]:
    """`complex(pyfloat(v_re, v_im))`: the extra arguments belong to the call around the call."""
    if "." in m.group(1):
        return []  # a method's count includes self: its arguments are not counted the same way
    return enclosing_call_edits(site.sf, site.line, m.group(1), int(m.group(2)))


def t_keyword_only(m: re.Match, site: Site) -> list[Edit]:
    """`max(xs, -1)`, `sorted(xs, len)`: a builtin's keyword-only parameter passed by position."""
    return keyword_only_edits(site.sf, site.line)


TEMPLATES: list[tuple[re.Pattern[str], Template]] = [
    (re.compile(r'can only concatenate (\w+) \(not "([\w.]+)"\) to \w+'), t_concatenate),
    (re.compile(r"unsupported operand type\(s\) for ([^:]+): '([\w.]+)' and '([\w.]+)'"), t_unsupported),
    (re.compile(r"unsupported operand type\(s\) for ([^:]+): '([\w.]+)' and '([\w.]+)'"), t_wrong_operator),
    (re.compile(r"can't multiply sequence by non-int of type '([\w.]+)'"), t_multiply_sequence),
    (re.compile(r"'([\w.]+)' object cannot be interpreted as an integer"), t_not_integer),
    (
        re.compile(
            r"(?:list|tuple|string|bytearray|bytes|memoryview) indices must be integers|slice indices must be integers"
        ),
        t_index,
    ),
    (
        re.compile(r"'NoneType' object is not iterable|argument of type 'NoneType' is not iterable"),
        t_none_iterable,
    ),
    (re.compile(r"'NoneType' object is not subscriptable"), t_none_subscript),
    (
        re.compile(r"([\w.<>]+)\(\) missing \d+ required (positional|keyword-only) arguments?: (.+)$"),
        t_missing_argument,
    ),
    # The values are there but misplaced: packed in one sequence, or shifted (type_arity.py).
    (re.compile(r"([\w.<>]+)\(\) missing \d+ required positional arguments?: "), t_star_argument),
    (re.compile(r"([\w.<>]+)\(\) missing \d+ required positional arguments?: "), t_shifted_arguments),
    (
        re.compile(
            r"([\w.<>]+)\(\) takes (?:from \d+ to )?\d+ positional arguments? but \d+ (?:were|was) given"
        ),
        t_too_many,
    ),
    (
        re.compile(r"([\w.<>]+)\(\) takes (?:from \d+ to )?\d+ positional arguments? but \d+ were given"),
        t_comma_for_operator,
    ),
    (re.compile(r"([\w.<>]+)\(\) got an unexpected keyword argument '(\w+)'"), t_unexpected_keyword),
    (
        re.compile(
            r"([\w.<>]+)\(\) (?:got an unexpected keyword argument|takes (?:from \d+ to )?\d+ positional"
            r"|missing \d+ required positional)"
        ),
        t_unpacked_arguments,
    ),
    (
        re.compile(
            r"^(?P<name>[\w.]+)(?:\(\))? expected (?:at least )?(?P<expected>\d+) arguments?, got (?P<given>\d+)"
            r"|^(?P<name2>[\w.]+)\(\) takes exactly (?P<expected2>one|\d+) arguments? \((?P<given2>\d+) given\)"
            r"|^(?P<name3>[\w.]+)\(\) takes at least (?P<expected3>one|\d+) positional arguments? "
            r"\((?P<given3>\d+) given\)"
        ),
        lambda m, site: t_builtin_arity(_ArityMatch(m), site),
    ),
    (
        re.compile(
            r"^(?P<name>[\w.]+)\(\) takes exactly (?P<expected>one|\d+) arguments? \((?P<given>\d+) given\)"
            r"|^(?P<name2>[\w.]+)\(\) takes at most (?P<expected2>\d+) arguments? \((?P<given2>\d+) given\)"
            r"|^(?P<name3>[\w.]+) expected (?:at most )?(?P<expected3>\d+) arguments?, got (?P<given3>\d+)"
        ),
        t_pack_arguments,
    ),
    (re.compile(r"string argument without an encoding"), t_str_without_encoding),
    (re.compile(r"unhashable type: '([\w.]+)'"), t_unhashable),
    (re.compile(r"'([\w.]+)' object is not callable"), t_not_callable),
    (re.compile(r"'([\w.]+)' object is not callable"), lambda m, site: t_wants_callable(m, site, 0.45)),
    (re.compile(r"(?:argument|factory|key|target) must be (?:a )?callable"), t_wants_callable),
    (re.compile(r"'(int|float|bool)' object is not iterable"), t_int_not_iterable),
    (re.compile(r"'([<>]=?)' not supported between instances of '([\w.]+)' and '([\w.]+)'"), t_compare),
    (re.compile(r"sequence item \d+: expected str instance, ([\w.]+) found"), t_join),
    (
        re.compile(r"sequence item \d+: expected (str instance|a bytes-like object), ([\w.]+) found"),
        t_number_among_joined,
    ),
    (re.compile(r"object of type '([\w.]+)' has no len\(\)"), t_no_len),
    (re.compile(r"bad operand type for unary ([-+~]): '([\w.]+)'"), t_bad_unary),
    (
        re.compile(r"(must be str|expected str, bytes or os\.PathLike object|must be real number), not"),
        t_argument_type,
    ),
    (re.compile(r"(int|float)\(\) argument must be .*not 'NoneType'"), t_conversion_of_none),
    (
        re.compile(
            r"(?:Strings|Unicode-objects) must be encoded before hashing"
            r"|a bytes-like object is required, not 'str'|can't concat str to bytes"
        ),
        t_wants_bytes,
    ),
    (re.compile(r"'([\w.]+)' object is not subscriptable"), t_not_subscriptable),
    (
        re.compile(r"'(method|function|builtin_function_or_method)' object is not iterable"),
        t_callable_not_iterable,
    ),
    (
        re.compile(r"(?:([\w.]+)\(\) takes no arguments|object\.__init__\(\) takes exactly one argument)"),
        t_takes_no_arguments,
    ),
    (re.compile(r"not all arguments converted during string formatting"), t_modulo_of_str),
    (re.compile(r"%\w format: (?:a real number|an integer) is required, not"), t_format_operand),
    (re.compile(r"(?:isinstance|issubclass)\(\) arg 2 must be a"), t_isinstance_type),
    (
        re.compile(
            r"expected string or bytes-like object, got '([\w.-]+)'"
            r"|must be (?:a )?(?:str|string|real number|int|integer)(?:, bytes or os\.PathLike object)?, not '?([\w.-]+)'?"
            r"|expected str, bytes or os\.PathLike object, not ([\w.-]+)"
            r"|'([\w.-]+)' object cannot be interpreted as an integer"
            r"|an integer is required \(got type ([\w.-]+)\)"
            r"|'(function|method|builtin_function_or_method)' object is not iterable"
        ),
        t_swapped_arguments,
    ),
    (
        re.compile(
            r"'[<>]=?' not supported between instances of"
            r"|^[\w.]+(?:\(\))? expected (?:at most )?1 argument, got 2"
            r"|takes no positional arguments|takes at most 1 positional argument"
        ),
        t_keyword_only,
    ),
    (
        re.compile(r"^([\w.]+)\(\) takes (\d+) positional arguments? but \d+ (?:were|was) given"),
        t_enclosing_call,
    ),
    (
        re.compile(
            r"type str doesn't define __(round|floor|ceil|trunc)__ method|bad operand type for (abs)\(\): 'str'"
        ),
        t_numeric_builtin,
    ),
    *FAMILY_TEMPLATES,  # fixers/type_families.py: argument alignment, factories, literal kinds, extend
    *OPERAND_TEMPLATES,  # fixers/type_operands.py: durations, sizes, parentheses, sibling methods, spreads
    *SETTER_TEMPLATES,  # fixers/type_setters.py: a typed attribute setter given the wrong kind of value
    *PROTOCOL_TEMPLATES,  # fixers/type_protocols.py: uncalled methods, numbers as text, swapped pairs, paths
    *KIND_TEMPLATES,  # fixers/type_kinds.py: a signature made variadic for the protocol that calls it
    *SEMANTIC_TEMPLATES,  # fixers/type_semantics.py: builtins' documented semantics, factories, enums, dates
    *NONE_DEFAULT_TEMPLATES,  # fixers/type_none_default.py: a None default where a typed value is demanded
    *FORMAT_ARITY_TEMPLATES,  # fixers/type_format_arity.py: a value dropped from a template's arguments
    *SELF_PASSED_TEMPLATES,  # fixers/type_self_passed.py: an instance passed into its own class's field slot
    *FIELD_DEFAULT_TEMPLATES,  # fixers/type_field_defaults.py: a None forwarded over a field's empty default
    *JOINED_RECORD_TEMPLATES,  # fixers/type_joined_records.py: a record kept whole where its member is joined
]


# --------------------------------------------------------------------------- fixer
class TypeErrorFixer:
    """Type-directed templates keyed by the TypeError message."""

    bug_types = frozenset({BugType.TYPE_ERROR})
    fallback = False

    def __init__(self, *, max_candidates: int = 30) -> None:
        self.max_candidates = max_candidates

    def candidates(self, failure: Failure, ctx: RepairContext) -> list[Candidate]:
        messages = exception_messages(failure)
        matches = [
            (m, template)
            for text in messages
            for pattern, template in TEMPLATES
            if (m := pattern.search(text))
        ]
        index = RepoIndex(ctx)
        scored: list[tuple[float, int, Candidate]] = []
        seen: set[tuple[str, str]] = set()

        def add(real: Edit, sf: SourceFile, score: float, rank: int) -> None:
            target = index.file(real.path) if real.path else sf
            if target is None or ctx.is_test_file(target.path):
                return
            new_source = target.apply(real)
            if new_source is not None and "+import:" in real.kind:
                new_source = _with_imports(new_source, real.kind.partition("+import:")[2], index, target.path)
            if new_source is None or (target.path, new_source) in seen:
                return
            seen.add((target.path, new_source))
            if echoes_sibling(target, real):
                score = max(score, 0.96)  # the same function already writes this expression
            candidate = Candidate(
                file=target.path,
                new_source=new_source,
                description=real.description,
                line=real.line,
                bug_type=BugType.TYPE_ERROR,
                priority=round(1.0 - score, 6),
                # an edit where the value is made is preferred over one at a use when both pass
                # (Engine._making_site_instead)
                making_site=real.making_site,
            )
            scored.append((-score, len(scored) + rank, candidate))

        for weight_rank, (file, line, weight) in enumerate(fault_sites(failure, ctx)):
            sf = index.file(file)
            if sf is None or line > len(sf.lines):
                continue
            site = Site(sf=sf, line=line, ctx=ctx, index=index)
            done: set[Template] = set()
            for match, template in matches:
                if template in done:
                    continue
                done.add(template)
                try:
                    edits = template(match, site)
                except (ValueError, IndexError, AttributeError, RecursionError) as exc:
                    log.info("TypeError template %s failed on %s:%s: %s", template.__name__, file, line, exc)
                    continue
                for real in edits:
                    add(real, sf, weight * real.prior, 1000 * weight_rank)
        # Called too early: the crashing function was called as an argument (`defaultdict(make())`)
        # where it should have been passed; its caller's frame says so. Drop those parentheses.
        frames = _frames(failure)
        for caller, callee in itertools.pairwise(frames):
            sf = index.file(caller.file)
            if (
                sf is None
                or ctx.is_test_file(caller.file)
                or not callee.function
                or caller.line > len(sf.lines)
            ):
                continue
            site = Site(sf=sf, line=caller.line, ctx=ctx, index=index)
            for real in t_wants_callable(None, site, 0.7, only=callee.function):
                add(real, sf, real.prior, 400)
            # Made wrong at this call (round 56, fixers/type_call_arguments.py): two arguments swapped,
            # a sequence passed for its length; repaired at the call, not where the callee refuses it.
            for real in call_argument_edits(messages, sf, caller, callee, index.file):
                add(real, sf, real.prior, 400)
        # An option the parser left as text, followed up the frames to its declaration (round 56).
        repo_frames = [f for f in frames if index.file(f.file) is not None]
        for real in parsed_upstream_edits(
            messages, repo_frames, index.file, index.all_files, ctx.is_test_file
        ):
            target = index.file(real.path or "")
            if target is not None:
                add(real, target, real.prior, 400)
        # PyTER: the wrong value's origin, away from the crash (healer.engine.fixers.dataflow).
        crash = fault_sites(failure, ctx, limit=1)
        sf = index.file(crash[0][0]) if crash else None
        if sf is not None:
            tracer = Tracer(load=index.file, all_files=index.all_files)
            try:
                found = root_cause_edits(messages, crash[0][0], crash[0][1], _frames(failure), tracer)
                # ... and where the caller's input is forwarded (healer.engine.fixers.type_forwarded).
                found += forwarded_edits(
                    messages=messages,
                    file=crash[0][0],
                    line=crash[0][1],
                    frames=_frames(failure),
                    tracer=tracer,
                )
                for real in found:
                    add(real, sf, real.prior, 500)
            except (ValueError, IndexError, AttributeError, RecursionError) as exc:
                log.info("TypeError root-cause search failed on %s:%s: %s", failure.file, failure.line, exc)
            # PyTER's type-driven conversions the tracer lacks, at the call that made the value
            # (healer.engine.fixers.type_origins).
            try:
                origin_edits = type_origin_edits(
                    messages=messages,
                    sf=sf,
                    line=crash[0][1],
                    frame_sites=[(f.file, f.line) for f in _frames(failure) if not ctx.is_test_file(f.file)],
                    load=index.file,
                    classes=tracer.classes,
                )
            except (ValueError, IndexError, AttributeError, RecursionError) as exc:
                log.info("TypeError origin families failed on %s:%s: %s", failure.file, failure.line, exc)
                origin_edits = []
            for real in origin_edits:
                add(real, sf, real.prior, 450)
        # A codec function called from C (no repository frame) returning a pair inside its pair
        # (healer.engine.fixers.type_operands).
        for real in codec_result_edits(messages=messages, files=index.all_files):
            add(real, sf, real.prior, 600)
        # A protocol method (`__bytes__`, `__str__`, `__len__` ...) returning the wrong kind: the
        # interpreter raises at its caller, so no frame names it (healer.engine.fixers.type_protocols).
        deepest = _frames(failure)[-1:] or [Frame(failure.file or "", failure.line or 0, "")]
        raising = index.file(deepest[0].file) if deepest[0].file.endswith(".py") else None
        crash_line = (
            raising.line_text(deepest[0].line)
            if raising and 0 < deepest[0].line <= len(raising.lines)
            else ""
        )
        for real in protocol_result_edits(messages=messages, files=index.all_files, crash_line=crash_line):
            add(real, sf, real.prior, 600)
        scored.sort(key=lambda item: (item[0], item[1]))
        return [c for _, _, c in scored[: self.max_candidates]]


def _with_imports(source: str, wanted: str, index: RepoIndex, path: str) -> str | None:
    """The candidate importing the module constants it now passes ("module:name;module:name")."""
    module = index.module_of(path) or ""
    package = module if path.endswith("__init__.py") else module.rpartition(".")[0]
    for item in wanted.split(";"):
        origin, _, name = item.rpartition(":")
        if source is None or not origin or not name:
            return None
        source = add_import(source, origin, name, package=package)
    return source


def _frames(failure: Failure) -> list[Frame]:
    extra = failure.extra if isinstance(failure.extra, dict) else {}
    return [
        Frame(item["file"], item["line"], str(item.get("function") or ""))
        for item in extra.get("frames") or []
        if isinstance(item, dict) and isinstance(item.get("file"), str) and isinstance(item.get("line"), int)
    ]


FIXERS = [TypeErrorFixer()]
