"""LOGIC edit family: a slice bound off by one in code written as a string (code that writes code).

A selector, query or template compiler builds Python (or SQL) source as string literals and evaluates it
later: the fault is then in a string, where no AST-level operator reaches it. Mutating the code embedded
in strings with the host language's own operators is how embedded queries are mutation-tested (Tuya,
Suárez-Cabal & de la Riva, "Mutating database queries", IST 2007); as a repair it is the slice bound
edit of the code itself (`v[i:]` -> `v[i + 1:]`, TBar's "mutate integer/boundary", Liu et al., ISSTA 2019)
applied to the embedded text. Only the bounds of a subscript written as a slice are edited
(`[name:`, `:name]`, `[name + 1:`), one line of the literal at a time: an ordinary message in a string has
no such shape, so the family is silent on almost every string.
"""

from __future__ import annotations

import ast
import re

from healer.engine.fixers.lineedit import SourceFile, shorten
from healer.engine.fixers.logic_templates import Rewrite, Splicer

# The code's own slice bound edits have 0.6; an edit inside a string is one step further from the
# evidence (the tests run the generated code, not this line).
EMBEDDED_PRIOR = 0.45
_NAME = r"[A-Za-z_][\w.]*"
# A whole slice `[lower:upper]`, each side a name (`el.index`) with an optional ` + 1` / ` - 1`, or empty:
# `[the note: below]` is prose (its sides are not names), `[el.index:]` a slice.
_BOUND = rf"(?:({_NAME})(\s*[-+]\s*1)?)?"
_SLICE_RE = re.compile(rf"\[\s*{_BOUND}\s*:\s*{_BOUND}\s*\]")


def embedded_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """Slice bound edits inside the string literals that cover `line`, located on `line` itself."""
    sp = Splicer(sf)
    found: list[Rewrite] = []
    for node in sf.nodes_touching(line):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        if isinstance(sf.parent(node), ast.Expr):
            continue  # a docstring or a bare string statement: text nothing runs
        (first, c1), (last, c2) = sf.start(node), sf.end(node)
        text = sf.line_text(line)
        low = c1 if line == first else 0
        high = c2 if line == last else len(text)
        found += _bound_edits(sp, line=line, text=text, low=low, high=high)
    return found


def _bound_edits(sp: Splicer, *, line: int, text: str, low: int, high: int) -> list[Rewrite]:
    found: list[Rewrite] = []
    for match in _SLICE_RE.finditer(text[low:high]):
        for side in (1, 3):  # the lower bound's groups, then the upper's
            name, shift = match.group(side), match.group(side + 1)
            if name is None:
                continue
            start = low + match.start(side)
            end = low + (match.end(side + 1) if shift else match.end(side))
            for new in [name] if shift else [f"{name} + 1", f"{name} - 1"]:
                found.append(
                    Rewrite(
                        line,
                        ((sp.offset(line, start), sp.offset(line, end), new),),
                        f"use {shorten(new, 30)} as the slice bound in the generated code",
                        EMBEDDED_PRIOR,
                        "slice",
                    )
                )
    return found


__all__ = ["EMBEDDED_PRIOR", "embedded_rewrites"]
