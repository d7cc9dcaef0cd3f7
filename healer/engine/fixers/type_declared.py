"""A field's value made another kind than the class declares, found by the field's name (round 52).

"unsupported operand type(s) for |: 'tuple' and 'set'" at `self.present | {k}`: `|`, `&`, `^` and `-`
between a sequence and a set are set algebra, so the sequence was meant to be a set; when the class
declares the field a set (`present: frozenset[str] = ...`), every use of the field relies on that, and
the fix belongs where the value was made, not at each use (PyTER, Oh & Oh, FSE 2022: repair where the
value gets its type). A dataclass is often built from a mapping or keywords (`Node(**fields)`), a flow
the provenance walk cannot follow; the value for a field is then made under the field's own name: a
local `present = tuple(...)`, a keyword `present=tuple(...)`, an entry `"present": tuple(...)`
(argument selection by name: Rice et al., OOPSLA 2017). Each such making site is converted to the
declared kind: `frozenset(...)` for `tuple(...)` / `list(...)`. Nothing here names a project, a file or a
literal of a benchmark.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterable

from healer.engine.fixers.lineedit import FUNCTIONS, Edit, SourceFile, shorten, walk_own_scope

PRIOR_DECLARED = 0.8
MAX_SITES = 4
SET_ALGEBRA = re.compile(
    r"unsupported operand type\(s\) for ([|&^-]): "
    r"'(?:(?:tuple|list)' and '(?:set|frozenset)|(?:set|frozenset)' and '(?:tuple|list))'"
)
SET_KINDS = {
    "set": "set",
    "frozenset": "frozenset",
    "Set": "set",
    "FrozenSet": "frozenset",
    "AbstractSet": "frozenset",
}
SEQUENCE_MAKERS = frozenset({"tuple", "list"})
OPERATORS = {"|": ast.BitOr, "&": ast.BitAnd, "^": ast.BitXor, "-": ast.Sub}


def _declared_kind(annotation: ast.expr) -> str | None:
    """`frozenset[str]`, `set`, `typing.FrozenSet[str]`: the set kind an annotation declares."""
    node = annotation.value if isinstance(annotation, ast.Subscript) else annotation
    name = node.attr if isinstance(node, ast.Attribute) else node.id if isinstance(node, ast.Name) else ""
    return SET_KINDS.get(name)


def _declared(files: list[SourceFile], attr: str) -> str | None:
    """The set kind class bodies declare for the field `attr` (one kind agreed on), else None."""
    kinds = {
        _declared_kind(stmt.annotation)
        for sf in files
        if attr in sf.text
        for cls in ast.walk(sf.tree)
        if isinstance(cls, ast.ClassDef)
        for stmt in cls.body
        if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.target.id == attr
    }
    return kinds.pop() if len(kinds) == 1 else None


def _handed_on(sf: SourceFile, node: ast.AST, attr: str) -> bool:
    """The local `attr` bound at node is passed on, in its own scope, as the field: `attr=attr`, `"attr": attr`."""
    scope = next((a for a in sf.ancestors(node) if isinstance(a, FUNCTIONS)), sf.tree)
    for n in walk_own_scope(scope):
        if (
            isinstance(n, ast.keyword)
            and n.arg == attr
            and isinstance(n.value, ast.Name)
            and n.value.id == attr
        ):
            return True
        if isinstance(n, ast.Dict) and any(
            isinstance(k, ast.Constant) and k.value == attr and isinstance(v, ast.Name) and v.id == attr
            for k, v in zip(n.keys, n.values, strict=True)
        ):
            return True
    return False


def _values_named(sf: SourceFile, name: str, *, local: Callable[[ast.Assign], bool]) -> list[ast.expr]:
    """Values made under `name` in the file: bound to a local of that name (when `local` accepts the
    assignment), passed as its keyword, or stored under it as a mapping's text key."""
    made: list[ast.expr] = []
    for node in ast.walk(sf.tree):
        if (
            isinstance(node, ast.Assign)
            and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
            and local(node)
        ) or (isinstance(node, ast.keyword) and node.arg == name):
            made.append(node.value)
        elif isinstance(node, ast.Dict):
            made += [
                v
                for k, v in zip(node.keys, node.values, strict=True)
                if isinstance(k, ast.Constant) and k.value == name
            ]
    return made


def _made_under(sf: SourceFile, attr: str) -> list[ast.Call]:
    """`tuple(...)` / `list(...)` made under the field's name: bound to a local the scope passes on as the
    field (another function's `attr = list(...)` is another value of the same name), passed as its
    keyword, or stored under it as a mapping's text key."""
    made = _values_named(sf, attr, local=lambda node: _handed_on(sf, node, attr))
    return [
        v
        for v in made
        if isinstance(v, ast.Call)
        and isinstance(v.func, ast.Name)
        and v.func.id in SEQUENCE_MAKERS
        and len(v.args) == 1
        and not v.keywords
    ]


def declared_kinds(
    files: Iterable[SourceFile], sf: SourceFile, line: int, messages: list[str]
) -> list[tuple[str, Edit]]:
    """(file, edit): the making sites of a field used in set algebra, converted to its declared set kind."""
    found = SET_ALGEBRA.search(" ".join(messages))
    if found is None:
        return []
    operator = OPERATORS[found[1]]
    fields = {
        side.attr
        for node in sf.nodes_touching(line)
        if isinstance(node, ast.BinOp) and isinstance(node.op, operator)
        for side in (node.left, node.right)
        if isinstance(side, ast.Attribute)
    }
    if not fields:
        return []
    repo = list(files)
    edits: list[tuple[str, Edit]] = []
    for attr in sorted(fields):
        kind = _declared(repo, attr)
        if kind is None:
            continue
        for other in repo:
            if attr not in other.text:
                continue
            for call in _made_under(other, attr):
                span = other.node_span(call.func)
                if span is None:
                    continue
                at, start, end = span
                what = (
                    f"make {attr} a {kind} where it is made, as its class declares: "
                    f"{kind}() instead of {shorten(other.segment(call))}"
                )
                edit = Edit(at, ((start, end, kind),), what, PRIOR_DECLARED, "provenance", making_site=True)
                edits.append((other.path, edit))
    return edits[:MAX_SITES]


# A raised message that names the value and the kind it must be: "params must be a mapping with str keys".
NAMED_DEMAND = re.compile(r"(?<![\w.])([A-Za-z_]\w*) must be an? (mapping|dict|dictionary|set|list|tuple)\b")
EMPTY_OF = {"mapping": "{}", "dict": "{}", "dictionary": "{}", "set": "set()", "list": "[]", "tuple": "()"}
EMPTY_KIND = {ast.Dict: "{}", ast.List: "[]", ast.Tuple: "()"}
PRIOR_EMPTY = 0.8


def _empty(node: ast.expr) -> str | None:
    """The spelling of an empty display or constructor call (`[]`, `()`, `{}`, `set()`), else None."""
    if isinstance(node, (ast.List, ast.Tuple)) and not node.elts:
        return EMPTY_KIND[type(node)]
    if isinstance(node, ast.Dict) and not node.keys:
        return "{}"
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and not node.args and not node.keywords:
        return {"list": "[]", "tuple": "()", "dict": "{}", "set": "set()"}.get(node.func.id)
    return None


def _defaults_under(sf: SourceFile, name: str) -> list[ast.expr]:
    """The empty fallbacks of values made under `name`: `name=x or []`, `name = x or []`, `"name": x or []`."""
    made = _values_named(sf, name, local=lambda node: True)
    return [
        v.values[-1]
        for v in made
        if isinstance(v, ast.BoolOp) and isinstance(v.op, ast.Or) and _empty(v.values[-1]) is not None
    ]


def demanded_defaults(files: Iterable[SourceFile], messages: list[str]) -> list[tuple[str, Edit]]:
    """(file, edit): `params or {}` for `params or []` where a raised message says "params must be a
    mapping": the empty fallback made of the kind the message demands of the value it names."""
    edits: list[tuple[str, Edit]] = []
    repo = list(files)
    for found in NAMED_DEMAND.finditer(" ".join(messages)):
        name, want = found[1], EMPTY_OF[found[2]]
        for sf in repo:
            if name not in sf.text:
                continue
            for empty in _defaults_under(sf, name):
                have = _empty(empty)
                span = sf.node_span(empty)
                if have == want or span is None:
                    continue
                at, start, end = span
                what = f"fall back to an empty {found[2]}, as the message demands of {name}: {want} instead of {have}"
                edits.append(
                    (
                        sf.path,
                        Edit(at, ((start, end, want),), what, PRIOR_EMPTY, "provenance", making_site=True),
                    )
                )
    return edits[:MAX_SITES]
