"""SYNTAX guard: a compile repair never makes a new binding of a builtin the module reads (round 53).

A SYNTAX fault is a fault of spelling: its repair makes the line parse and keeps what it meant.
An edit that parses by binding a builtin's name (`except KeyError, Exception:` read as
`except KeyError as Exception:`, a stray `=` read as an assignment to `len`, a `for id in` the
line never said) shadows that builtin: every later read of it in the scope gets the new value
instead, a change of meaning far from the line, which the tests may not reach (r326 matched such
a fix). A candidate is dropped when, on the lines it changed, it binds (`as`, assignment,
for-target, `def`/`class`, import, `:=`) a name of the builtins module that the file reads outside
those lines and never binds there, and the lines it replaced did not already bind it.
"""

from __future__ import annotations

import ast
import bisect
import builtins
import re

from healer.engine.fixers.lineedit import common_ends, split_lines

MAX_SOURCE = 400_000  # characters: a larger file is not parsed again for this guard
BUILTIN_NAMES = frozenset(name for name in dir(builtins) if not name.startswith("_"))
BOUND_BEFORE = (
    r"\bas\s+{n}\b",
    r"\bfor\b[^\n#]*\b{n}\b[^\n#]*\bin\b",
    r"\b(?:def|class)\s+{n}\b",
    r"\bimport\b[^\n#]*\b{n}\b",
    r"\b{n}\s*:=",
)
# An assignment target (`n = `, `n, m = `, `n: int = `, `n += `): the name, then either the (augmented)
# `=` or a `,`/`:` that the line's next `=` (before a comment or line end) follows (_assigned_before).
TARGET = r"(?:^|[,(\[\s]){n}\s*(?=[,:]|(?:[-+*/%&|^@]|//|\*\*|<<|>>)?=(?!=))"
STOP = re.compile(r"[=\n#]")


def _assigned_before(name: str, text: str) -> bool:
    """Whether `text` assigns `name` (TARGET). Each target finds the next `=` by one index of the stops,
    not by a scan of its own: a regex scanning from every `n,` to the line's end backtracked, so a
    long line of them took time in the square of its length."""
    stops = [match.start() for match in STOP.finditer(text)]
    for match in re.finditer(TARGET.format(n=re.escape(name)), text, re.M):
        after = match.end()
        if text[after] not in ",:":
            return True  # the (augmented) `=` itself
        index = bisect.bisect_left(stops, after)
        stop = stops[index] if index < len(stops) else len(text)
        if text.startswith("=", stop) and not text.startswith("==", stop):
            return True
    return False


def _bindings(tree: ast.AST, first: int, last: int) -> set[str]:
    """Names bound by statements or targets on lines first..last."""
    found: set[str] = set()
    for node in ast.walk(tree):
        line = getattr(node, "lineno", None)
        if line is None or not first <= line <= last:
            continue
        if isinstance(node, ast.ExceptHandler) and node.name:
            found.add(node.name)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            found.add(node.id)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            found.add(node.name)
        elif isinstance(node, ast.alias):
            found.add((node.asname or node.name).split(".")[0])
    return found


def _reads_and_binds_outside(tree: ast.AST, first: int, last: int) -> tuple[set[str], set[str]]:
    """(names read, names bound) on the lines outside first..last."""
    reads: set[str] = set()
    bound: set[str] = set()
    for node in ast.walk(tree):
        line = getattr(node, "lineno", None)
        if line is None or first <= line <= last:
            continue
        if isinstance(node, ast.Name):
            (reads if isinstance(node.ctx, ast.Load) else bound).add(node.id)
        elif (isinstance(node, ast.ExceptHandler) and node.name) or isinstance(
            node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef
        ):
            bound.add(node.name)
        elif isinstance(node, ast.alias):
            bound.add((node.asname or node.name).split(".")[0])
    return reads, bound


def shadows_a_builtin(old: str, new: str) -> bool:
    """Whether the edit old -> new newly binds a builtin's name that the rest of the file reads."""
    if len(new) > MAX_SOURCE:
        return False
    before, after = split_lines(old), split_lines(new)
    start, end = common_ends(before, after)
    first, last = start + 1, len(after) - end
    if first > last:
        return False
    try:
        tree = ast.parse(new)
    except (SyntaxError, ValueError, MemoryError, RecursionError):  # the last two: a chain too deep
        return False
    made = _bindings(tree, first, last) & BUILTIN_NAMES
    if not made:
        return False
    reads, bound = _reads_and_binds_outside(tree, first, last)
    replaced = "".join(before[start : len(before) - end])
    return any(
        name in reads
        and name not in bound
        and not any(re.search(p.format(n=re.escape(name)), replaced, re.M) for p in BOUND_BEFORE)
        and not _assigned_before(name, replaced)
        for name in made
    )
