"""LOGIC edit family of a sequence walked whole after its head was split off: `first, *rest = xs` ... `for x in xs`.

A function that unpacks a sequence into its head and the rest (`first, *rest = words`) treats the head
apart and means to walk only the rest; walking the whole sequence again repeats the head's step (the
first word twice: `first + "".join(w.capitalize() for w in words)`). The edit walks the starred name
instead: TBar's "mutate variable" template with the replacement the unpacking itself binds (Liu et al.,
ISSTA 2019), a duplicated-step repair. It fires only where the loop or comprehension iterates the very
expression the unpacking split (same AST), after the unpacking in the same function, and the head is
read in that function too (it is the step done apart); never for a rest named as discarded (`*_`, `*_rest`).
"""

from __future__ import annotations

import ast

from healer.engine.fixers.lineedit import SourceFile, shorten
from healer.engine.fixers.logic_templates import Rewrite, Splicer

REST_PRIOR = 0.6


def _split(stmt: ast.stmt) -> tuple[str, list[str], str] | None:
    """(dump of the split value, head names, rest name) of `first, *rest = value`."""
    if not isinstance(stmt, ast.Assign) or len(stmt.targets) != 1:
        return None
    target = stmt.targets[0]
    if not isinstance(target, ast.Tuple | ast.List):
        return None
    heads = [e.id for e in target.elts if isinstance(e, ast.Name)]
    starred = [e for e in target.elts if isinstance(e, ast.Starred) and isinstance(e.value, ast.Name)]
    if len(starred) != 1 or len(heads) != len(target.elts) - 1 or not heads:
        return None
    if starred[0].value.id.startswith("_"):
        # `first, *_ = xs` names its rest as discarded: it takes the head only and walks the whole on purpose.
        return None
    return ast.dump(stmt.value), heads, starred[0].value.id


def _scope(sf: SourceFile, node: ast.AST) -> ast.AST | None:
    for ancestor in sf.ancestors(node):
        if isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef):
            return ancestor
    return None


def rest_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """Every edit of this family that starts on `line`, unranked."""
    found: list[Rewrite] = []
    sp = Splicer(sf)
    walks: list[tuple[ast.AST, ast.expr]] = []
    for node in sf.nodes_touching(line):
        # A comprehension's `for` has no position of its own: its expression's is read.
        if isinstance(node, ast.For | ast.AsyncFor):
            walks.append((node, node.iter))
        elif isinstance(node, ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp):
            walks += [(node, generator.iter) for generator in node.generators]
    for node, walked in walks:
        if walked.lineno != line:
            continue
        scope = _scope(sf, node)
        if scope is None:
            continue
        for stmt in ast.walk(scope):
            split = _split(stmt) if isinstance(stmt, ast.stmt) else None
            if split is None or stmt.lineno >= line or split[0] != ast.dump(walked):
                continue
            _value, heads, rest = split
            read = {
                n.id
                for n in ast.walk(scope)
                if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load) and n.lineno >= stmt.end_lineno
            }
            if rest in read or not any(head in read for head in heads):
                continue
            start, end = sp.span(walked)
            description = (
                f"walk {rest} instead of {shorten(sp.text(walked), 30)}, the rest once its head is split off"
            )
            found.append(Rewrite(line, ((start, end, rest),), description, REST_PRIOR, "rest"))
    return found


__all__ = ["rest_rewrites"]
