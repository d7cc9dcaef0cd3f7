"""LOGIC edit families read from how three Python builtins behave at their edges (round 49, pytypes23).

Each is a generic template (TBar's fix patterns, Liu et al., ISSTA 2019; the "range checker" and
"mutate method invocation" families), applied as an AST-located splice like `logic_idioms`:

- **A slice start that can go below zero, clamped** (`clamped_start`): `s[i - 8:i]` counts from the
  END of the sequence once `i - 8` is negative (Python's negative indices), so the last partial chunk
  comes out empty or wrong; `s[max(0, i - 8):i]` is the range checker TBar adds around an index
  (its FP1/FP2 "add a range check" templates, here on a slice bound, where Python has no IndexError
  to raise). Only a start computed by subtraction is clamped: a constant or a name is meant as written.
- **A number formatted without its zero padding** (`zero_padded`): `f"{n:x}"` writes 0x34 as `34`
  where fixed-width data writes `0034`; the format mini-language's `0<width>` for a hex, octal or
  binary conversion, with the widths of a byte, a 16-bit and a 32-bit value (2, 4, 8). TBar's
  "mutate literal expression" on the format spec, whose ingredients the spec's grammar gives.
- **str.capitalize() / str.lower() where only the first letter was meant** (`first_letter_only`):
  `s.capitalize()` also lower-cases every other letter ("Camel Case" -> "Camel case", "PDF" -> "Pdf");
  `s[:1].capitalize() + s[1:]` changes the first letter alone (the method invocation narrowed to
  the part it was meant for). Only for a receiver that reads no state twice (a name or an attribute).

Each visits only the nodes starting on the line (SourceFile.nodes_starting), so it is linear in them.
"""

from __future__ import annotations

import ast
import re

from healer.engine.fixers.lineedit import SourceFile, shorten
from healer.engine.fixers.logic_templates import Rewrite, Splicer

CLAMP_PRIOR = 0.35
# `s[i - 8:i]`: a window of fixed width ending at the same expression, which walks down to the start
# (a loop over range(len(s), 0, -8)): its first or last window is the partial one.
WINDOW_CLAMP_PRIOR = 0.5
PAD_PRIOR = 0.3
PAD_WIDTHS = (4, 2, 8)  # a 16-bit code (Unicode's own U+XXXX), a byte, a 32-bit word
FIRST_LETTER_PRIOR = 0.35
# `s.lower()` meant for the first letter only is rarer than capitalize()'s (whose name says "first letter").
FIRST_LETTER_LOWER_PRIOR = 0.2
MAX_FSTRING = 2_000  # characters of an f-string searched for format specs
# `:x}` `:X}` `:o}` `:b}`: a conversion with no width, fill or alignment, the spec's whole text.
BARE_SPEC = re.compile(r":([xXob])}")
FIRST_LETTER_METHODS = ("capitalize", "lower")


def builtin_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """Every edit of these families that starts on `line`, unranked."""
    sp = Splicer(sf)
    found: list[Rewrite] = []
    # Python 3.11 gives each format spec's own JoinedStr the outer f-string's place: each span is
    # searched once (review 49: once per spec more made rewrites quadratic in the specs).
    read: set[tuple[int, int]] = set()
    for node in sf.nodes_starting(line):
        if isinstance(node, ast.Subscript) and sf.on_one_line(node):
            found += clamped_start(sp, line, node)
        elif isinstance(node, ast.JoinedStr) and sf.on_one_line(node):
            span = sp.span(node)
            if span not in read:
                read.add(span)
                found += zero_padded(sp, line, node)
        elif isinstance(node, ast.Call) and sf.on_one_line(node):
            found += first_letter_only(sp, line, node)
    return found


def clamped_start(sp: Splicer, line: int, node: ast.Subscript) -> list[Rewrite]:
    """`s[i - 8:i]` -> `s[max(0, i - 8):i]`."""
    s = node.slice
    if not (isinstance(s, ast.Slice) and isinstance(s.lower, ast.BinOp) and isinstance(s.lower.op, ast.Sub)):
        return []
    start, end = sp.span(s.lower)
    bound = sp.sf.text[start:end]
    description = f"clamp the slice's start at 0: max(0, {shorten(bound, 40)})"
    window = s.upper is not None and ast.dump(s.upper) == ast.dump(s.lower.left)
    prior = WINDOW_CLAMP_PRIOR if window else CLAMP_PRIOR
    return [Rewrite(line, ((start, end, f"max(0, {bound})"),), description, prior, "slice")]


def zero_padded(sp: Splicer, line: int, node: ast.JoinedStr) -> list[Rewrite]:
    """`f"{n:x}"` -> `f"{n:04x}"`, `f"{n:02x}"`, `f"{n:08x}"`, for each bare hex/octal/binary spec."""
    start, end = sp.span(node)
    text = sp.sf.text[start:end]
    if len(text) > MAX_FSTRING or not text[:3].lstrip("rR").lower().startswith("f"):
        return []  # (Python 3.11 gives an f-string's inner nodes the outer one's place: only the outer is read)
    found = []
    for match in BARE_SPEC.finditer(text):
        conversion = match.group(1)
        for width in PAD_WIDTHS:
            new = f"0{width}{conversion}"
            at = start + match.start(1)
            description = f"pad the number to {width} digits with zeros: :{new} instead of :{conversion}"
            prior = PAD_PRIOR if width == PAD_WIDTHS[0] else PAD_PRIOR * 0.8
            found.append(Rewrite(line, ((at, at + 1, new),), description, prior, "format"))
    return found


def first_letter_only(sp: Splicer, line: int, node: ast.Call) -> list[Rewrite]:
    """`s.capitalize()` -> `s[:1].capitalize() + s[1:]` (and `lower` alike)."""
    func = node.func
    if not (
        isinstance(func, ast.Attribute)
        and func.attr in FIRST_LETTER_METHODS
        and not node.args
        and not node.keywords
        and isinstance(func.value, ast.Name | ast.Attribute)
    ):
        return []
    start, end = sp.span(node)
    receiver = sp.text(func.value)
    new = f"{receiver}[:1].{func.attr}() + {receiver}[1:]"
    if isinstance(sp.sf.parent(node), ast.BinOp | ast.UnaryOp | ast.Attribute | ast.Subscript | ast.Compare):
        new = f"({new})"
    description = f"{func.attr} only the first letter and keep the rest: {shorten(new, 50)}"
    prior = FIRST_LETTER_PRIOR if func.attr == "capitalize" else FIRST_LETTER_LOWER_PRIOR
    return [Rewrite(line, ((start, end, new),), description, prior, "call")]
