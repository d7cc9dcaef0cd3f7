"""LOGIC edit family of mapping traversal: iterating a dict yields its keys only.

`for v in d`, `iter(d)`, `list(d)` walk a mapping's keys (Python's iteration protocol for `dict`);
code meant to visit its values, its items, or keys and values alike then silently checks half the
data. Where the code has just established that the value IS a mapping (the branch tests
`isinstance(x, dict)`, `type(x) in (dict, OrderedDict)`, `typ is dict`, or a `Mapping` ABC), the
traversal is offered its other readings: `d.values()`, `d.items()`, and every key and value,
`(v for pair in d.items() for v in pair)`. TBar's "mutate data structure traversal" (Liu et al.,
ISSTA 2019) with the mapping views as the ingredient.
"""

from __future__ import annotations

import ast

from healer.engine.fixers.lineedit import SourceFile
from healer.engine.fixers.logic_templates import Rewrite, Splicer

VALUES_PRIOR = 0.35
BOTH_PRIOR = 0.3
ITEMS_PRIOR = 0.2
MAPPING_NAMES = frozenset({"dict", "OrderedDict", "defaultdict", "Mapping", "MutableMapping", "Counter"})
# Calls that consume an iterable's elements in order: their argument is a traversal too.
TRAVERSERS = frozenset({"iter", "list", "tuple", "set", "sorted", "all", "any"})


def mapping_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """Every edit of this family that starts on `line`, unranked."""
    sp = Splicer(sf)
    found: list[Rewrite] = []
    for node in sf.nodes_starting(line):
        if (
            isinstance(node, ast.Name)
            and isinstance(node.ctx, ast.Load)
            and _traversed(sf, node)
            and _known_mapping(sf, node, node.id)
        ):
            parent = sf.parent(node)
            # `iter(d)` becomes the view or generator itself: an iterator of an iterator adds nothing.
            whole = isinstance(parent, ast.Call) and parent.func.id == "iter" and parent.lineno == line
            found += _traversals(sp, line, node, parent if whole else node)
    return found


def _traversed(sf: SourceFile, node: ast.Name) -> bool:
    """`for _ in d`, `... for _ in d`, `iter(d)`, `sorted(d)`: the name is walked element by element."""
    parent = sf.parent(node)
    if isinstance(parent, ast.For | ast.AsyncFor | ast.comprehension):
        return parent.iter is node
    return (
        isinstance(parent, ast.Call)
        and isinstance(parent.func, ast.Name)
        and parent.func.id in TRAVERSERS
        and parent.args == [node]
        and not parent.keywords
    )


def _known_mapping(sf: SourceFile, node: ast.AST, name: str) -> bool:
    """An enclosing `if`/`elif` test names a mapping type beside `name` (or the name's `type()`)."""
    for ancestor in sf.ancestors(node):
        if isinstance(ancestor, ast.If | ast.IfExp | ast.While):
            names = {n.id for n in ast.walk(ancestor.test) if isinstance(n, ast.Name)}
            names |= {n.attr for n in ast.walk(ancestor.test) if isinstance(n, ast.Attribute)}
            if names & MAPPING_NAMES and (name in names or _typed_alias(sf, ancestor, name) & names):
                return True
        if isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            return False
    return False


def _typed_alias(sf: SourceFile, branch: ast.AST, name: str) -> set[str]:
    """Names bound to `type(name)` in the enclosing function (`typ = type(x)`)."""
    func = next(
        (a for a in sf.ancestors(branch) if isinstance(a, ast.FunctionDef | ast.AsyncFunctionDef)), None
    )
    if func is None:
        return set()
    aliases = set()
    for node in ast.walk(func):
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and node.value.func.id == "type"
            and len(node.value.args) == 1
            and isinstance(node.value.args[0], ast.Name)
            and node.value.args[0].id == name
        ):
            aliases.add(node.targets[0].id)
    return aliases


def _traversals(sp: Splicer, line: int, target: ast.Name, replaced: ast.AST) -> list[Rewrite]:
    start, end = sp.span(replaced)
    name = target.id
    readings = (
        (f"{name}.values()", f"visit the values of {name}, not its keys", VALUES_PRIOR),
        (f"(v for pair in {name}.items() for v in pair)", f"visit the keys and values of {name}", BOTH_PRIOR),
        (f"{name}.items()", f"visit the (key, value) items of {name}", ITEMS_PRIOR),
    )
    return [Rewrite(line, ((start, end, new),), what, prior, "collection") for new, what, prior in readings]


__all__ = ["mapping_rewrites"]
