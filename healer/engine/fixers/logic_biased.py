"""LOGIC edit family of a decoded count rescaled without its bias: `size = size * 4` for `(size + 1) * 4`.

Binary formats store a count that is never zero as the count minus one (an offset or biased encoding:
xz's backward size, TIFF and PNG-like length fields, IEEE exponents, many headers' "units minus one"), and
the decoder rescales it in place: `size = (size + 1) * 4`. Forgetting the bias, or adding it where the
field has none, is off by one unit of the scale. The edit adds or removes the one on the rescaled operand
itself: the arithmetic off-by-one operator of PAR and TBar ("mutate operand by one", Kim et al., ICSE
2013; Liu et al., ISSTA 2019) restricted to a name rescaled in place by an integer factor, where the name
holds a raw decoded field, at a low prior.
"""

from __future__ import annotations

import ast

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic_templates import Rewrite, Splicer

BIAS_PRIOR = 0.3


def _factor(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and type(node.value) is int and node.value > 1


def biased_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """Every edit of this family that starts on `line`, unranked."""
    found: list[Rewrite] = []
    sp = Splicer(sf)
    for stmt in sf.nodes_starting(line):
        if not (
            isinstance(stmt, ast.Assign)
            and len(stmt.targets) == 1
            and isinstance(stmt.targets[0], ast.Name)
            and isinstance(stmt.value, ast.BinOp)
            and isinstance(stmt.value.op, ast.Mult | ast.LShift)
        ):
            continue
        name = stmt.targets[0].id
        value = stmt.value
        operand = value.left
        if isinstance(operand, ast.Name) and operand.id == name and _factor(value.right):
            start, end = sp.span(operand)
            for sign in ("+", "-"):
                new = f"({name} {sign} 1)"
                description = f"rescale {name} {sign} 1, the field's bias, not {name} itself"
                found.append(Rewrite(line, ((start, end, new),), description, BIAS_PRIOR, "bias"))
        elif (
            isinstance(operand, ast.BinOp)
            and isinstance(operand.op, ast.Add | ast.Sub)
            and isinstance(operand.left, ast.Name)
            and operand.left.id == name
            and isinstance(operand.right, ast.Constant)
            and operand.right.value == 1
            and _factor(value.right)
        ):
            start, end = sp.span(operand)
            # The operand's parentheses are outside its span: widen to them.
            text = sf.text
            left = text.rfind("(", 0, start)
            right = text.find(")", end)
            if (
                left >= 0
                and right >= 0
                and not text[left + 1 : start].strip()
                and not text[end:right].strip()
            ):
                start, end = left, right + 1
            description = f"rescale {name} itself: the field has no bias"
            found.append(Rewrite(line, ((start, end, name),), description, BIAS_PRIOR, "bias"))
    return found


__all__ = ["biased_rewrites"]
