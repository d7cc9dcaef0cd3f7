"""Lines named by a failed comparison whose two numbers differ by a power of the base: the scale is wrong.

`assert '3400000000' == '340000000'`, `assert 4096 == 256`: when one side is the other times b**k (b 10
or 2, k >= 1), the value is right in its digits and wrong in its magnitude, and the code that sets a
magnitude is an exponentiation of that base (`10 ** (5 + idx * 3)`, `2 ** bits`) or, for 2, a shift
(`1 << n`). Those lines are few in a module, and no test's coverage singles them out when they run at
import time (a table built once, read by every test). Like the oracle's value lines (`analysis/oracle.py`;
information-retrieval localisation beside the spectrum, Le, Oentaryo & Lo, FSE 2015), they are tried first
with their edits' priors doubled. The relation itself is the arithmetic of positional notation: a digit
count or a bit width off by k moves the value by b**k.
"""

from __future__ import annotations

import ast
import math
import re

from healer.engine.fixers.base import RepairContext
from healer.engine.types import Failure

# A failed `assert X == Y` (pytest) or `X != Y` (unittest) of two whole numbers, either one quoted (a
# number rendered as text).
_NUMBERS_RE = re.compile(
    r"^(?:AssertionError: )?(?:assert )?(['\"]?)(-?\d+)\1 (?:==|!=) (['\"]?)(-?\d+)\3$",
)
BASES = (10, 2)
MAX_POWER = 64
MAX_SCALE_LINES = 8  # more: the module is all magnitudes (a units table), and the relation names none


def scale_base(message: str) -> int | None:
    """The base b when the failed comparison's numbers differ by a factor b**k, k >= 1."""
    first = next((line.strip() for line in message.splitlines() if line.strip()), "")
    match = _NUMBERS_RE.match(first)
    if match is None:
        return _term_scale_base(first)
    small, large = sorted((abs(int(match.group(2))), abs(int(match.group(4)))))
    if small == 0 or large % small:
        return None
    ratio = large // small
    for base in BASES:
        power = round(math.log(ratio, base)) if ratio > 1 else 0
        if 1 <= power <= MAX_POWER and base**power == ratio:
            return base
    return None


# `assert 5025006.7 == (((3600000 + 1380000) + 45000) + 670)`: pytest shows the expected value as the
# test wrote it, a sum of its parts (hours, minutes, seconds, milliseconds in milliseconds). When the
# actual number is that sum with ONE part scaled by b**k (k = +-1..MAX_TERM_POWER), that part's
# magnitude is wrong, and the code that sets a magnitude is again an exponentiation of the base:
# positional notation applied to one term instead of the whole.
_COMPARED_RE = re.compile(r"^(?:AssertionError: )?(?:assert )?(.+?) (?:==|!=) (.+)$")
MAX_TERM_POWER = 6
MAX_TERMS = 12


def _number(node: ast.expr) -> float | None:
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        inner = _number(node.operand)
        return -inner if inner is not None else None
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        return float(node.value)
    return None


def _terms(node: ast.expr) -> list[float] | None:
    """The number literals a sum of number literals adds (`(a + b) + c`), or None for anything else."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _terms(node.left), _terms(node.right)
        return left + right if left is not None and right is not None else None
    value = _number(node)
    return [value] if value is not None else None


def _term_scale_base(first: str) -> int | None:
    """The base b when one side is a sum of literals and the other that sum with one term times b**+-k."""
    match = _COMPARED_RE.match(first)
    if match is None:
        return None
    try:
        sides = [ast.parse(text, mode="eval").body for text in match.groups()]
    except SyntaxError:
        return None
    for actual_node, expected_node in (sides, sides[::-1]):
        actual, terms = _number(actual_node), _terms(expected_node)
        if actual is None or terms is None or not 2 <= len(terms) <= MAX_TERMS:
            continue
        total = sum(terms)
        for base in BASES:
            for term in terms:
                for power in (*range(1, MAX_TERM_POWER + 1), *range(-MAX_TERM_POWER, 0)):
                    scaled = total - term + term * float(base) ** power
                    if term and math.isclose(scaled, actual, rel_tol=1e-9, abs_tol=1e-9):
                        return base
    return None


def _scale_lines(tree: ast.Module, base: int) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.BinOp):
            continue
        left = node.left
        powered = isinstance(node.op, ast.Pow) and isinstance(left, ast.Constant) and left.value == base
        shifted = base == 2 and isinstance(node.op, ast.LShift)
        if powered or shifted:
            found.add(node.lineno)
    return found


def scale_targets(failure: Failure, ctx: RepairContext) -> set[tuple[str, int]]:
    """(file, line) of the repository's exponentiations of the base the failed comparison's numbers show."""
    base = scale_base(failure.message or "")
    if base is None:
        return set()
    found: set[tuple[str, int]] = set()
    for file in ctx.source_files:
        if not file.endswith(".py") or ctx.is_test_file(file):
            continue
        try:
            text = ctx.source(file)
        except OSError:
            continue
        if f"{base} **" not in text and f"{base}**" not in text and (base != 2 or "<<" not in text):
            continue  # cheap: most modules spell no power of the base
        try:
            tree = ast.parse(text)
        except (SyntaxError, ValueError):
            continue
        found |= {(file, line) for line in _scale_lines(tree, base)}
        if len(found) > MAX_SCALE_LINES:
            return set()
    return found


__all__ = ["scale_base", "scale_targets"]
