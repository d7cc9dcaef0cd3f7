"""LOGIC edit family: a branch that does exactly what its sibling branch does.

When two branches of one `if`/`elif`/`else` chain hold the same assignment (`limit = self.limit` under
`elif self.limit and not self.offset:` and again under `else:`), the condition that tells them apart has no
effect on the value: one of the two copies was meant to use what the condition tested. Static analysers
report the shape ("the 'then' statement is equivalent to the 'else' statement", PVS-Studio V523; Pylint's
duplicate-branch checks), and the repair literature's operand insertion (muJava's AOIS, TBar's "mutate
expression by adding an operand", Liu et al., ISSTA 2019) supplies the edit: the copied value combined with an
operand the chain's conditions read and the value does not (`self.limit + self.offset`, `... - self.offset`).

Bounded: one chain of at most MAX_BRANCHES branches, the direct simple statements of each compared by their
text, at most MAX_OPERANDS operands from the conditions, two edits per operand.
"""

from __future__ import annotations

import ast

from healer.engine.fixers.lineedit import SourceFile, shorten
from healer.engine.fixers.logic_offsets import POSITION_WORDS, _words
from healer.engine.fixers.logic_templates import Rewrite, Splicer

# Above a name swap on the line (the duplicate is evidence that the copy is wrong), below a lone operator.
TWIN_PRIOR = 0.55
MAX_BRANCHES = 16
MAX_OPERANDS = 4
MAX_TEXT = 400  # a statement longer than this is not compared (a copied one-liner is what the family reads)
ATOMS = (ast.Name, ast.Attribute, ast.Subscript, ast.Call, ast.Constant)


def twin_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """`x = v` -> `x = v + c` / `v - c` where a sibling branch holds the same `x = v` and the chain tests `c`."""
    sp = Splicer(sf)
    found: list[Rewrite] = []
    for stmt in sf.nodes_starting(line):
        if not isinstance(stmt, ast.Assign | ast.Return) or stmt.value is None or not sf.on_one_line(stmt):
            continue
        chain = _chain(sf, stmt)
        if chain is None:
            continue
        tests, branches = chain
        text = _flat(sp.text(stmt))
        if len(text) > MAX_TEXT:
            continue
        own = next((b for b in branches if any(s is stmt for s in b)), None)
        twin = any(
            _flat(sp.text(other)) == text and _same(stmt, other)
            for branch in branches
            if branch is not own
            for other in branch
            if isinstance(other, type(stmt)) and sf.on_one_line(other)
        )
        if not twin:
            continue
        value = stmt.value
        shown = sp.text(value)
        used = {_flat(sp.text(n)) for n in ast.walk(value) if isinstance(n, ast.Name | ast.Attribute)}
        start, end = sp.span(value)
        base = shown if isinstance(value, ATOMS) else f"({shown})"
        for operand in _operands(sp, tests, used):
            for op, what in (("+", "add"), ("-", "subtract")):
                found.append(
                    Rewrite(
                        line,
                        ((start, end, f"{base} {op} {operand}"),),
                        f"{what} {shorten(operand, 30)}: the branch copies its sibling's "
                        f"{shorten(shown, 30)} though the condition tests {shorten(operand, 30)}",
                        TWIN_PRIOR,
                        "twin",
                    )
                )
    return found


def _numeric(operand: str) -> bool:
    """An operand named as a position or count (`self.offset`, `start`): identifiers carry their type
    (DeepBugs, Pradel & Sen, OOPSLA 2018); adding a mode string or a mapping is no candidate."""
    return bool(_words(operand.rsplit(".", 1)[-1]) & POSITION_WORDS)


def _flat(text: str) -> str:
    return "".join(text.split())


def _same(stmt: ast.stmt, other: ast.stmt) -> bool:
    """The same statement, not only the same text without its spaces (`not start` and `notstart`, `"a b"` and
    `"ab"` flatten alike); both are at most MAX_TEXT long, a nesting too deep to compare is no twin."""
    try:
        return ast.dump(stmt) == ast.dump(other)
    except RecursionError:
        return False


def _chain(sf: SourceFile, stmt: ast.stmt) -> tuple[list[ast.expr], list[list[ast.stmt]]] | None:
    """The conditions and branches (bodies, then the final else) of the if/elif chain `stmt` is directly in."""
    node = sf.parent(stmt)
    if not isinstance(node, ast.If):
        return None
    for _ in range(
        MAX_BRANCHES
    ):  # up to the chain's first `if`: an `elif` is the lone statement of an orelse
        above = sf.parent(node)
        if not (isinstance(above, ast.If) and len(above.orelse) == 1 and above.orelse[0] is node):
            break
        node = above
    tests: list[ast.expr] = []
    branches: list[list[ast.stmt]] = []
    current: ast.AST = node
    while isinstance(current, ast.If) and len(branches) < MAX_BRANCHES:
        tests.append(current.test)
        branches.append(current.body)
        if len(current.orelse) == 1 and isinstance(current.orelse[0], ast.If):
            current = current.orelse[0]
            continue
        if current.orelse:
            branches.append(current.orelse)
        break
    return tests, branches


def _operands(sp: Splicer, tests: list[ast.expr], used: set[str]) -> list[str]:
    """Names and attribute reads of the conditions (outermost chains, not callees) named as numbers, the value's
    own left out: each as the condition wrote it (whitespace inside a string key is part of the key), one that
    spans lines (a comment may sit inside it) left out, as are names that are no numbers before the bound."""
    found: list[str] = []
    seen: set[str] = set()
    for test in tests:
        nodes = list(ast.walk(test))
        inner = {id(n.value) for n in nodes if isinstance(n, ast.Attribute)}
        inner |= {id(n.func) for n in nodes if isinstance(n, ast.Call)}
        for node in nodes:
            if len(found) >= MAX_OPERANDS:
                return found
            if not isinstance(node, ast.Name | ast.Attribute) or not isinstance(node.ctx, ast.Load):
                continue
            if id(node) in inner:
                continue
            if not sp.sf.on_one_line(node):
                continue
            written = sp.text(node)
            text = _flat(written)
            if text in used or text in seen or len(text) > 60 or not _numeric(text):
                continue
            seen.add(text)
            found.append(written)
    return found
