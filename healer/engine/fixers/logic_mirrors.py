"""LOGIC edit families of direction: the mirror-named sibling of a call, a sequence read from its other end.

Generic templates of the repair literature, applied as AST-located splices like `logic_widened`:

- a called function or method whose name has a directional part (`bisect_left`, `find_first`,
  `to_upper`, `rstrip`) given the name with the opposite part (`bisect_right`, `find_last`, `to_lower`,
  `lstrip`): the two ends of one operation share a signature, so a mix-up runs and returns the other
  end's answer. PraPR's "method invocation replacement" (Ghanbari et al., ISSTA 2019) and TBar's
  FP7 with the sibling found by the name's mirror part (the naming-convention reading of DeepBugs:
  Pradel & Sen, OOPSLA 2018) rather than by the type, which a dynamic language does not state;
- the sequence a positional reader consumes (`enumerate(digits)`, `int(bits, 2)`, `zip(a, b)`) read from
  its other end, `digits[::-1]`: the significance order of a positional number system (least significant
  digit first or last) is the classic slip of radix code. TBar's "mutate data structure traversal"
  in its slice form; `logic_templates` reverses only names it knows are lists;
- an attribute read whose name is, or has, a directional part (`exc.end`, `span.left`,
  `self.last_index`) given its mirror (`exc.start`) when the module reads that mirror attribute
  too: the two ends of one record are read side by side and swapped by a slip (TBar's FP12
  "mutate variable" on fields, with the field's sibling found by the name's mirror part, as for the
  calls above). Only mirrors the module spells are offered: the record's fields are evidence,
  a guessed field name would only raise AttributeError.
"""

from __future__ import annotations

import ast

from healer.engine.fixers.lineedit import SourceFile, shorten
from healer.engine.fixers.logic_templates import Rewrite, Splicer

MIRROR_PRIOR = 0.4  # as likely as a sibling of the same signature (logic_templates' 0.25-0.55)
# The same receiver reads the mirror field elsewhere in the function (`exc.object[exc.start:exc.end]`).
FIELD_MIRROR_PRIOR = 0.45
FIELD_MIRROR_ELSEWHERE_PRIOR = 0.25  # another receiver in the module reads it
TRAVERSAL_PRIOR = 0.25
# Branches of a direction conditional that are not mirrors: the broken symmetry is itself the evidence
# (a deviant pair, Engler et al., SOSP 2001), and the family offers two edits at most, so they come
# before the line's generic swaps and negations (0.5).
UNMIRRORED_PRIOR = 0.9
# Directional name parts and their opposites (whole `_`-separated parts, or a one-letter prefix of a
# builtin string method: lstrip/rstrip, ljust/rjust, lfind does not exist so it never parses wrong).
MIRROR_PARTS = {
    "left": "right",
    "right": "left",
    "first": "last",
    "last": "first",
    "start": "end",
    "begin": "end",
    "end": "start",
    "head": "tail",
    "tail": "head",
    "prev": "next",
    "next": "prev",
    "before": "after",
    "after": "before",
    "upper": "lower",
    "lower": "upper",
    "min": "max",
    "max": "min",
    "little": "big",
    "big": "little",
    "inc": "dec",
    "dec": "inc",
}
MIRROR_METHODS = {
    "lstrip": "rstrip",
    "rstrip": "lstrip",
    "ljust": "rjust",
    "rjust": "ljust",
    "find": "rfind",
    "rfind": "find",
    "index": "rindex",
    "rindex": "index",
    "split": "rsplit",
    "rsplit": "split",
    "partition": "rpartition",
    "rpartition": "partition",
    "startswith": "endswith",
    "endswith": "startswith",
}
# Comparisons and their mirrors (the order reversed, the strictness kept), by the operator module's names.
MIRROR_COMPARISONS = {"lt": "gt", "gt": "lt", "le": "ge", "ge": "le"}
_OPERATOR_NAMES = {ast.Lt: "lt", ast.Gt: "gt", ast.LtE: "le", ast.GtE: "ge"}
_SYMBOLS = {"lt": "<", "gt": ">", "le": "<=", "ge": ">="}
# Readers whose first argument is consumed position by position, its order being its meaning.
POSITIONAL_READERS = frozenset({"enumerate", "int", "zip", "bytes", "bytearray"})


def mirror_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """Every edit of these families that starts on `line`, unranked."""
    sp = Splicer(sf)
    found: list[Rewrite] = []
    fields: dict[str, set[str]] | None = None
    for node in sf.nodes_starting(line):
        if isinstance(node, ast.Call) and sf.on_one_line(node):
            found += _mirrored_call(sp, line, node)
            found += _other_end(sp, line, node)
        elif isinstance(node, ast.IfExp) and sf.on_one_line(node):
            found += _unmirrored_branches(sp, line, node)
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load) and sf.on_one_line(node):
            if fields is None:
                fields = _fields_read(sf)
            found += _mirrored_field(sf, sp, line, node, fields)
    return found


def _comparison_name(node: ast.expr) -> str | None:
    """`operator.lt` or a bare `lt` (from operator import lt): the comparison's name, else None."""
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "operator":
        name = node.attr
    elif isinstance(node, ast.Name):
        name = node.id
    else:
        return None
    return name if name in MIRROR_COMPARISONS else None


def _unmirrored_branches(sp: Splicer, line: int, node: ast.IfExp) -> list[Rewrite]:
    """`operator.le if ascending else operator.gt` -> `operator.lt ...` or `... operator.ge`.

    A conditional that picks a comparison by direction (ascending or descending, forwards or in
    reverse) picks one comparison and its mirror: the order reversed, strictness kept (`<` with `>`,
    `<=` with `>=`). Branches that differ in strictness too break that symmetry, so one of them is
    the slip; each is offered the other's mirror (TBar's "mutate operator" with the ingredient the
    sibling branch gives). Comparisons written inline (`a <= b if up else a > b`) are treated alike.
    """
    found: list[Rewrite] = []
    body, orelse = node.body, node.orelse
    names = (_comparison_name(body), _comparison_name(orelse))
    if names[0] is not None and names[1] is not None:
        pairs = [(body, names[0], names[1]), (orelse, names[1], names[0])]
        if names[0] == names[1] or MIRROR_COMPARISONS[names[0]] == names[1]:
            return []
        for branch, own, other in pairs:
            wanted = MIRROR_COMPARISONS[other]
            start, end = sp.span(branch)
            text = sp.text(branch)
            found.append(
                Rewrite(
                    line=line,
                    spans=((start, end, text[: len(text) - len(own)] + wanted),),
                    description=f"use {wanted}, the mirror of the other branch's {other}",
                    prior=UNMIRRORED_PRIOR,
                    kind="operator",
                )
            )
        return found
    if not (isinstance(body, ast.Compare) and isinstance(orelse, ast.Compare)):
        return []
    if len(body.ops) != 1 or len(orelse.ops) != 1:
        return []
    first, second = _OPERATOR_NAMES.get(type(body.ops[0])), _OPERATOR_NAMES.get(type(orelse.ops[0]))
    if first is None or second is None or first == second or MIRROR_COMPARISONS[first] == second:
        return []
    for branch, other in ((body, second), (orelse, first)):
        wanted = MIRROR_COMPARISONS[other]
        left, right = sp.span(branch.left)[1], sp.span(branch.comparators[0])[0]
        symbol = _SYMBOLS[wanted]
        found.append(
            Rewrite(
                line=line,
                spans=((left, right, f" {symbol} "),),
                description=f"compare with {symbol}, the mirror of the other branch's {_SYMBOLS[other]}",
                prior=UNMIRRORED_PRIOR,
                kind="operator",
            )
        )
    return found


def _fields_read(sf: SourceFile) -> dict[str, set[str]]:
    """{attribute name: texts of the receivers it is read from} over the module."""
    fields: dict[str, set[str]] = {}
    for node in ast.walk(sf.tree):
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load):
            fields.setdefault(node.attr, set()).add(ast.unparse(node.value))
    return fields


def _mirrored_field(
    sf: SourceFile, sp: Splicer, line: int, node: ast.Attribute, fields: dict[str, set[str]]
) -> list[Rewrite]:
    """`exc.end` -> `exc.start` when the module reads `.start` too (not a called method: see above)."""
    parent = sf.parent(node)
    if isinstance(parent, ast.Call) and parent.func is node:
        return []
    name = node.attr
    other = MIRROR_PARTS.get(name) or mirrored_name(name)
    if other is None or other == name or other not in fields:
        return []
    receiver = ast.unparse(node.value)
    prior = FIELD_MIRROR_PRIOR if receiver in fields[other] else FIELD_MIRROR_ELSEWHERE_PRIOR
    _start, end = sp.span(node)
    return [
        Rewrite(
            line=line,
            spans=((end - len(name), end, other),),
            description=f"read {receiver}.{other} instead of {receiver}.{name}",
            prior=prior,
            kind="variable",
        )
    ]


def mirrored_name(name: str) -> str | None:
    """`bisect_left` -> `bisect_right`, `rstrip` -> `lstrip`, `toUpper` stays None (one convention)."""
    if name in MIRROR_METHODS:
        return MIRROR_METHODS[name]
    parts = name.split("_")
    swapped = [MIRROR_PARTS.get(part, part) for part in parts]
    changed = sum(1 for a, b in zip(parts, swapped, strict=True) if a != b)
    if changed != 1 or len(parts) < 2:
        return None  # `min`/`max` alone are logic_templates' OPPOSITES; two directions are ambiguous
    return "_".join(swapped)


def _mirrored_call(sp: Splicer, line: int, node: ast.Call) -> list[Rewrite]:
    func = node.func
    if isinstance(func, ast.Attribute):
        name, (start, end) = func.attr, sp.span(func)
        start = end - len(name)
    elif isinstance(func, ast.Name):
        name, (start, end) = func.id, sp.span(func)
    else:
        return []
    other = mirrored_name(name)
    if other is None:
        return []
    return [
        Rewrite(
            line=line,
            spans=((start, end, other),),
            description=f"call {other} instead of {name}",
            prior=MIRROR_PRIOR,
            kind="call",
        )
    ]


def _other_end(sp: Splicer, line: int, node: ast.Call) -> list[Rewrite]:
    func = node.func
    if not (isinstance(func, ast.Name) and func.id in POSITIONAL_READERS and node.args):
        return []
    arg = node.args[0]
    if not isinstance(arg, ast.Name | ast.Attribute | ast.Subscript) or (
        isinstance(arg, ast.Subscript) and isinstance(arg.slice, ast.Slice)
    ):
        return []  # a slice already chose its direction (the slice edits flip it)
    if func.id == "int" and len(node.args) < 2:
        return []  # int(x) of one decimal string: its order is the text's
    text = sp.text(arg)
    start, end = sp.span(arg)
    return [
        Rewrite(
            line=line,
            spans=((start, end, f"{text}[::-1]"),),
            description=f"read {shorten(text)} from its other end in {func.id}()",
            prior=TRAVERSAL_PRIOR,
            kind="collection",
        )
    ]


__all__ = ["mirror_rewrites", "mirrored_name"]
