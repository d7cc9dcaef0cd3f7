"""LOGIC edit family of Python's truth testing: a test for None where truth was meant, and back.

Python treats `0`, `""`, `False`, `[]`, `()` and `{}` as false (the language reference, "Truth Value
Testing"), so `if x:` and `if x is not None:` differ exactly on those values: the first skips an empty
or zero value, the second keeps it. Writing one for the other is the classic slip the
`singleton-comparison` and "falsy value" lint rules warn about; as a repair it is TBar's "mutate
conditional expression" (FP3, Liu et al., ISSTA 2019) with the condition's other Python spelling as the
ingredient:

- `x is not None` -> `x`, `x is None` -> `not x` (a zero or empty value must be skipped too);
- `x` -> `x is not None`, `not x` -> `x is None` (a zero or empty value is a value).

Only a whole test (of `if`, `elif`, `while`, a conditional expression, an `assert`, a comprehension's
`if`, or an operand of `and`/`or` in one) of a plain name, attribute or subscript is rewritten: that is
where the truth of the value is the question.
"""

from __future__ import annotations

import ast

from healer.engine.fixers.lineedit import SourceFile, shorten
from healer.engine.fixers.logic_templates import Rewrite, Splicer

# At the level of logic_templates' condition edits (0.3-0.45): a condition spelled the other Python way.
TRUTH_PRIOR = 0.4
VALUES = (ast.Name, ast.Attribute, ast.Subscript)


def truth_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """Every edit of this family that starts on `line`, unranked."""
    sp = Splicer(sf)
    found: list[Rewrite] = []
    for node in sf.nodes_starting(line):
        if not (isinstance(node, ast.expr) and sf.on_one_line(node) and _is_test(sf, node)):
            continue
        found += _rewritten(sp, line, node)
    return found


def _is_test(sf: SourceFile, node: ast.expr) -> bool:
    """The whole condition of a branch, or one operand of the `and`/`or` that is."""
    parent = sf.parent(node)
    if isinstance(parent, ast.BoolOp):
        node, parent = parent, sf.parent(parent)
    if isinstance(parent, ast.If | ast.While | ast.IfExp | ast.Assert):
        return parent.test is node
    return isinstance(parent, ast.comprehension) and node in parent.ifs


def _rewritten(sp: Splicer, line: int, node: ast.expr) -> list[Rewrite]:
    start, end = sp.span(node)
    if (
        isinstance(node, ast.Compare)
        and len(node.ops) == 1
        and isinstance(node.ops[0], ast.Is | ast.IsNot)
        and isinstance(node.comparators[0], ast.Constant)
        and node.comparators[0].value is None
        and isinstance(node.left, VALUES)
    ):
        value = sp.text(node.left)
        new = value if isinstance(node.ops[0], ast.IsNot) else f"not {value}"
        what = f"test the truth of {shorten(value, 30)}, not only None"
    elif isinstance(node, VALUES):
        value = sp.text(node)
        new, what = f"{value} is not None", f"test {shorten(value, 30)} for None, not its truth"
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not) and isinstance(node.operand, VALUES):
        value = sp.text(node.operand)
        new, what = f"{value} is None", f"test {shorten(value, 30)} for None, not its falsity"
    else:
        return []
    return [Rewrite(line, ((start, end, new),), what, TRUTH_PRIOR, "condition")]


__all__ = ["truth_rewrites"]
