"""LOGIC edit families for idioms one token cannot mend: a number base, an end of a list, a grouping.

Each is a generic template of the repair literature, applied as an AST-located splice like
`logic_families` (every byte outside the edited span stays as it was):

- the base given to `int(text, base)` replaced by another radix (2, 8, 10, 16): an octal escape
  decoded as hexadecimal is one literal wrong, but the literal mutators (±1, ×10) never reach 8
  from 16. TBar's "mutate literal expression" (FP9, Liu et al., ISSTA 2019) with the ingredients
  the parameter's domain allows, as PraPR's argument mutators draw them (Ghanbari et al., ISSTA 2019);
- an item added at the wrong end of a list (`parts.append(x)` for `parts.insert(0, x)`, and back):
  TBar's "mutate method invocation" (FP7) between the pair of methods that do the same thing at
  the two ends, which a sibling-name search does not pair (`pop()` / `pop(0)` is a template of
  logic_templates already);
- an arithmetic grouping (`a / b * c` for `a / (b * c)`, `lo + hi / 2` for `(lo + hi) / 2`):
  parentheses moved around one operator of a two-operator expression, the "misplaced
  parentheses" slip that mutation tools for Python inject (mutmut, cosmic-ray) turned into a
  repair template; its text is checked to parse to the intended tree. Shifts and the bitwise
  operators are in it too: `1 << bits - 1` is `1 << (bits - 1)` by Python's precedence (shifts
  bind looser than `+`/`-`, `&` looser than `==`'s operands), the classic precedence slip that
  TBar's "mutate operators" template (FP8, changing the priority of arithmetic operations) mends;
- an empty slice used as an insertion point (`xs[i:i] = ys`) moved by one as a whole: both bounds
  shifted together (`xs[i + 1:i + 1]`), the off-by-one of a splice; the slice mutators move one
  bound only, which turns the insertion into a replacement (Python's slice assignment semantics).
"""

from __future__ import annotations

import ast

from healer.engine.fixers.lineedit import SourceFile, shorten
from healer.engine.fixers.logic_templates import Rewrite, Splicer

# At the level of the other literal and template edits (0.3-0.45): each is the only edit that mends
# its kind of fault, and a rarer slip than an operator swap.
BASE_PRIOR = 0.45  # 8 <-> 16: the octal/hexadecimal confusion
OTHER_BASE_PRIOR = 0.25
LIST_END_PRIOR = 0.45
GROUPING_PRIOR = 0.4  # the parentheses of a non-associative pair (`/ b *`, `- b +`) or a sum divided
OTHER_GROUPING_PRIOR = 0.25
# A shift or bitwise operator beside unparenthesised arithmetic (`1 << n - 1`, `a & b + c`): the
# precedence that C compilers warn about (clang's -Wshift-op-parentheses, gcc's -Wparentheses), as
# likely a slip as the operator swaps of its line.
MIXED_GROUPING_PRIOR = 0.7
# An operand group the parser made of two equal literals that fold to a unit (`x + 32 // 32`, `a - 4 / 4`):
# nobody writes `c // c` for 1 or `c - c` for 0, so the precedence left the literal with the wrong neighbour. The parenthesised group is TBar's "mutate
# expression" precedence template at its strongest, tried before the operator swaps of its line (the
# swaps compensate: r363's `min(...) - 32 // 32` passed tests the right grouping also passes).
FOLDED_GROUPING_PRIOR = 0.92
UNIT_FOLDS = (ast.Sub, ast.Div, ast.FloorDiv, ast.Mod)

RADIXES = (2, 8, 10, 16)
NEAR_RADIX = {8: 16, 16: 8}
SPLICE_PRIOR = 0.45  # both bounds of an empty slice moved: the insertion point off by one
# Operators by precedence level, as Python's grammar has them (`|` < `^` < `&` < shifts < `+` < `*`).
LEVELS: dict[type, int] = {
    ast.BitOr: -3,
    ast.BitXor: -2,
    ast.BitAnd: -1,
    ast.LShift: 0,
    ast.RShift: 0,
    ast.Add: 1,
    ast.Sub: 1,
    ast.Mult: 2,
    ast.Div: 2,
    ast.FloorDiv: 2,
    ast.Mod: 2,
}
SYMBOLS: dict[type, str] = {
    ast.Add: "+",
    ast.Sub: "-",
    ast.Mult: "*",
    ast.Div: "/",
    ast.FloorDiv: "//",
    ast.Mod: "%",
    ast.LShift: "<<",
    ast.RShift: ">>",
    ast.BitAnd: "&",
    ast.BitXor: "^",
    ast.BitOr: "|",
}
# Left operations whose result changes when the right neighbour is grouped with their right operand.
NON_ASSOCIATIVE = (ast.Sub, ast.Div, ast.FloorDiv, ast.Mod, ast.LShift, ast.RShift)


def idiom_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """Every edit of these families that starts on `line`, unranked."""
    sp = Splicer(sf)
    found: list[Rewrite] = []
    for node in sf.nodes_starting(line):
        if isinstance(node, ast.Call):
            found += _radix(sp, line, node)
            found += _list_end(sp, line, node)
        elif isinstance(node, ast.BinOp) and sf.on_one_line(node):
            found += _grouping(sp, line, node)
        elif isinstance(node, ast.Subscript) and sf.on_one_line(node):
            found += _splice_point(sp, line, node)
    return found


def _splice_point(sp: Splicer, line: int, node: ast.Subscript) -> list[Rewrite]:
    """`xs[i:i]` -> `xs[i + 1:i + 1]` and `xs[i - 1:i - 1]`: the empty slice's position, both bounds at once."""
    s = node.slice
    if not (isinstance(s, ast.Slice) and s.lower is not None and s.upper is not None and s.step is None):
        return []
    if ast.dump(s.lower, include_attributes=False) != ast.dump(s.upper, include_attributes=False):
        return []
    found = []
    for delta, where in ((1, "after"), (-1, "before")):
        bound = _shifted(sp, s.lower, delta)
        new = f"{sp.text(node.value)}[{bound}:{bound}]"
        start, end = sp.span(node)
        description = f"move the splice point one {where}: {shorten(new, 40)}"
        found.append(Rewrite(line, ((start, end, new),), description, SPLICE_PRIOR, "slice"))
    return found


def _shifted(sp: Splicer, bound: ast.expr, delta: int) -> str:
    """`i` + `delta` as text, folding a constant term already there (`i + 1` - 1 is `i`)."""
    if (
        isinstance(bound, ast.BinOp)
        and isinstance(bound.op, ast.Add | ast.Sub)
        and isinstance(bound.right, ast.Constant)
        and type(bound.right.value) is int
    ):
        k = bound.right.value if isinstance(bound.op, ast.Add) else -bound.right.value
        k += delta
        base = sp.text(bound.left)
        return base if k == 0 else f"{base} {'+' if k > 0 else '-'} {abs(k)}"
    text = sp.text(bound)
    if not isinstance(bound, ATOMS):
        text = f"({text})"
    return f"{text} {'+' if delta > 0 else '-'} {abs(delta)}"


def _radix(sp: Splicer, line: int, node: ast.Call) -> list[Rewrite]:
    """`int(x, 16)` -> `int(x, 8)`, `int(x, 10)`, `int(x, 2)`."""
    if not (isinstance(node.func, ast.Name) and node.func.id == "int"):
        return []
    base = node.args[1] if len(node.args) == 2 else None
    base = base or next((k.value for k in node.keywords if k.arg == "base"), None)
    if not (isinstance(base, ast.Constant) and type(base.value) is int and base.value in RADIXES):
        return []
    start, end = sp.span(base)
    return [
        Rewrite(
            line,
            ((start, end, str(radix)),),
            f"read the number in base {radix} instead of {base.value}",
            BASE_PRIOR if NEAR_RADIX.get(base.value) == radix else OTHER_BASE_PRIOR,
            "literal",
        )
        for radix in RADIXES
        if radix != base.value
    ]


def _list_end(sp: Splicer, line: int, node: ast.Call) -> list[Rewrite]:
    """`xs.append(v)` <-> `xs.insert(0, v)`: the other end of the list."""
    func = node.func
    if not isinstance(func, ast.Attribute) or node.keywords:
        return []
    receiver = sp.text(func.value)
    args = [sp.text(arg) for arg in node.args]
    if func.attr == "append" and len(args) == 1:
        new, description = (
            f"{receiver}.insert(0, {args[0]})",
            "insert the item at the front instead of appending it",
        )
    elif func.attr == "insert" and len(args) == 2 and _zero(node.args[0]):
        new, description = (
            f"{receiver}.append({args[1]})",
            "append the item instead of inserting it at the front",
        )
    else:
        return []
    start, end = sp.span(node)
    return [Rewrite(line, ((start, end, new),), description, LIST_END_PRIOR, "collection")]


def _zero(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and type(node.value) is int and node.value == 0


def _grouping(sp: Splicer, line: int, node: ast.BinOp) -> list[Rewrite]:
    """The other grouping of a two-operator expression: `(a op b) op2 c` <-> `a op (b op2 c)`."""
    if type(node.op) not in LEVELS:
        return []
    found = []
    inner = node.left
    if isinstance(inner, ast.BinOp) and type(inner.op) in LEVELS:
        operands, ops = (inner.left, inner.right, node.right), (inner.op, node.op)
        regrouped = ast.BinOp(left=operands[0], op=ops[0], right=ast.BinOp(operands[1], ops[1], operands[2]))
        # `a / b * c` for `a / (b * c)`: the right neighbour belonged with a divisor or subtrahend.
        likely = LEVELS[type(ops[0])] == LEVELS[type(ops[1])] and isinstance(ops[0], NON_ASSOCIATIVE)
        found += _regrouped(sp, line, node, regrouped, operands, ops, right=True, likely=likely)
    inner = node.right
    if isinstance(inner, ast.BinOp) and type(inner.op) in LEVELS:
        operands, ops = (node.left, inner.left, inner.right), (node.op, inner.op)
        regrouped = ast.BinOp(left=ast.BinOp(operands[0], ops[0], operands[1]), op=ops[1], right=operands[2])
        # `lo + hi / 2` for `(lo + hi) / 2`: a sum written where its total was to be divided.
        likely = LEVELS[type(ops[0])] < LEVELS[type(ops[1])]
        found += _regrouped(sp, line, node, regrouped, operands, ops, right=False, likely=likely)
    return found


def _mixed(ops: tuple[ast.operator, ast.operator]) -> bool:
    """One arithmetic operator and one shift or bitwise operator."""
    return (LEVELS[type(ops[0])] > 0) != (LEVELS[type(ops[1])] > 0)


def _unit_fold(node: ast.expr) -> bool:
    """`32 // 32`, `8 - 8`: two equal number literals an operator folds to 1 or 0 (see FOLDED_GROUPING_PRIOR)."""
    if not (isinstance(node, ast.BinOp) and isinstance(node.op, UNIT_FOLDS)):
        return False
    left, right = node.left, node.right
    return (
        isinstance(left, ast.Constant)
        and isinstance(right, ast.Constant)
        and type(left.value) in (int, float)
        and type(right.value) is type(left.value)
        and left.value == right.value
        and left.value != 0
    )


ATOMS = (ast.Name, ast.Constant, ast.Attribute, ast.Call, ast.Subscript)


def _regrouped(
    sp: Splicer,
    line: int,
    node: ast.BinOp,
    regrouped: ast.BinOp,
    operands: tuple[ast.expr, ast.expr, ast.expr],
    ops: tuple[ast.operator, ast.operator],
    *,
    right: bool,
    likely: bool,
) -> list[Rewrite]:
    """`node` rewritten as `regrouped` (the last two operands grouped when `right`), if some text reads so."""
    want = ast.dump(regrouped, include_attributes=False)
    op1, op2 = SYMBOLS[type(ops[0])], SYMBOLS[type(ops[1])]
    # The operands as written, then each compound one in parentheses: the first reading that parses
    # to the intended tree is the edit (an operand may be a sum the source had parenthesised).
    for wrap in (False, True):
        a, b, c = (f"({sp.text(o)})" if wrap and not isinstance(o, ATOMS) else sp.text(o) for o in operands)
        new = f"{a} {op1} ({b} {op2} {c})" if right else f"({a} {op1} {b}) {op2} {c}"
        try:
            got = ast.dump(ast.parse(new, mode="eval").body, include_attributes=False)
        except SyntaxError:
            continue
        if got == want:
            start, end = sp.span(node)
            prior = GROUPING_PRIOR if likely else OTHER_GROUPING_PRIOR
            if _mixed(ops) and sp.text(node).count("(") == sp.text(operands[0]).count("(") + sum(
                sp.text(o).count("(") for o in operands[1:]
            ):
                prior = (
                    MIXED_GROUPING_PRIOR  # no parentheses of its own: the precedence was left to the parser
                )
            if _unit_fold(node.left if right else node.right):  # the group the parser made, as written
                prior = FOLDED_GROUPING_PRIOR
            description = f"use {shorten(new, 40)} instead of {shorten(sp.text(node), 40)}"
            return [Rewrite(line, ((start, end, new),), description, prior, "grouping")]
    return []
