"""TYPE_ERROR: a None passed over a field's empty default, a call away from where it is iterated (round 55).

`tags: list = field(default_factory=list)` gives every record an empty list, and a builder that forwards
its own optional parameter, `Spec(..., tags=tags)` with `def build(..., tags=None)`, stores None over
that default whenever its caller leaves the argument out. The TypeError ("'NoneType' object is not
iterable", "argument of type 'NoneType' is not iterable", "... has no len()") is raised later, where a
method iterates `t.tags`, and a guard there (`t.tags or []`) mends that one use while every other reader
of the field still meets None. The value is MADE at the forwarding keyword (PyTER, Oh & Oh, FSE 2022:
repair where the value gets its type; the "None default" row of its conversion table), so the edit is
there: `tags=tags or []`, the field's own empty default written where the None enters.

Round 56 adds the same row for a LOOKUP's default: `metadata = kwargs.pop("metadata", None)` and, a line
or two on, `metadata[KEY] = value` ("'NoneType' object does not support item assignment"), or the local
iterated/measured. The None is made by the `.pop`/`.get` default (or a `.get` with none), so that default
becomes the empty container its uses need (`{}` where items are assigned or `.update` is called, `[]` where
it is iterated or measured), unless the function tests the name against None (None is meant there).

Driven by the code's shape only: the crash line reads `obj.attr`; a repository class declares `attr` with
an empty container default (a dataclass/attrs `field(default_factory=list|dict|set|tuple)`, or an empty
display `= []` / `= ()` / `= {}` on a class-level annotation); a call of that class passes `attr=name`
where `name` is a parameter of the calling function whose default is None and that the function does
not rebind before the call. Nothing here names a project, a file or a literal of a benchmark.
"""

from __future__ import annotations

import ast
import re

from healer.engine.fixers.dataflow_scopes import assignments
from healer.engine.fixers.lineedit import (
    FUNCTIONS,
    Edit,
    SourceFile,
    called_name,
    function_at,
    making_site_edit,
)
from healer.engine.fixers.type_site import Site

# Above the guard at the use (`x or []`, 0.55), which leaves the field's other readers broken, and above
# the demanded-type tier's generic edits (type_demand.py, 0.855 at best on an unknown origin).
PRIOR_FIELD_DEFAULT = 0.9
PRIOR_ITERATED_DEFAULT = 0.75

# None refused where a container is used: iterated, searched, measured or indexed.
NONE_AS_CONTAINER = re.compile(
    r"'NoneType' object is not (?:iterable|subscriptable)|argument of type 'NoneType' is not iterable"
    r"|object of type 'NoneType' has no len\(\)"
)
EMPTY_OF_FACTORY = {"list": "[]", "dict": "{}", "set": "set()", "tuple": "()"}
MAX_CALLS = 40  # constructor calls looked at per field, across the repository


def t_none_over_field_default(m: re.Match, site: Site) -> list[Edit]:
    """`Spec(tags=tags)` in `def build(tags=None)`, then `for tag in spec.tags`: `tags=tags or []`."""
    attrs = {n.attr for n in site.sf.nodes_touching(site.line) if isinstance(n, ast.Attribute)}
    if not attrs:
        return []
    fields = _container_fields(site, attrs)
    meant = _none_tested(site, {f for declared in fields.values() for f in declared})
    fields = {cls: {f: e for f, e in declared.items() if f not in meant} for cls, declared in fields.items()}
    edits: list[Edit] = []
    seen = 0
    for sf in site.index.all_files():
        if site.ctx.is_test_file(sf.path):
            continue
        for call in ast.walk(sf.tree):
            if not isinstance(call, ast.Call) or called_name(call) not in fields:
                continue
            seen += 1
            if seen > MAX_CALLS:
                return edits
            for keyword in call.keywords:
                empty = fields[called_name(call)].get(keyword.arg or "")
                if empty is not None and _forwards_none_default(sf, call, keyword.value):
                    edits += _or_empty(sf, keyword.value, empty, keyword.arg or "")
    return edits


def _container_fields(site: Site, attrs: set[str]) -> dict[str, dict[str, str]]:
    """{class name: {field: its empty default's text}} for the repository classes declaring one of `attrs`."""
    found: dict[str, dict[str, str]] = {}
    for sf in site.index.all_files():
        for cls in ast.walk(sf.tree):
            if not isinstance(cls, ast.ClassDef):
                continue
            for stmt in cls.body:
                if (
                    isinstance(stmt, ast.AnnAssign)
                    and isinstance(stmt.target, ast.Name)
                    and stmt.target.id in attrs
                    and (empty := _empty_default(stmt.value)) is not None
                ):
                    found.setdefault(cls.name, {})[stmt.target.id] = empty
    return found


def _none_tested(site: Site, names: set[str]) -> set[str]:
    """The fields among `names` the repository compares with None (`r.steps is None`): None is a
    state the code means there, which `or []` where it is made would erase."""
    tested: set[str] = set()
    if not names:
        return tested
    for sf in site.index.all_files():
        for node in ast.walk(sf.tree):
            if (
                isinstance(node, ast.Compare)
                and isinstance(node.left, ast.Attribute)
                and node.left.attr in names
                and any(isinstance(op, (ast.Is, ast.IsNot, ast.Eq, ast.NotEq)) for op in node.ops)
                and any(isinstance(c, ast.Constant) and c.value is None for c in node.comparators)
            ):
                tested.add(node.left.attr)
    return tested


def _empty_default(value: ast.expr | None) -> str | None:
    """`field(default_factory=list)` -> "[]", `[]` -> "[]"; None for any other default (or none)."""
    if isinstance(value, (ast.List, ast.Tuple)) and not value.elts:
        return "[]" if isinstance(value, ast.List) else "()"
    if isinstance(value, ast.Dict) and not value.keys:
        return "{}"
    if isinstance(value, ast.Call) and called_name(value) in ("field", "Factory", "attrib", "ib"):
        for keyword in value.keywords:
            if keyword.arg in ("default_factory", "factory") and isinstance(keyword.value, ast.Name):
                return EMPTY_OF_FACTORY.get(keyword.value.id)
        if value.args and isinstance(value.args[0], ast.Name):  # attrs.Factory(list)
            return EMPTY_OF_FACTORY.get(value.args[0].id)
    return None


def _forwards_none_default(sf: SourceFile, call: ast.Call, value: ast.expr) -> bool:
    """The keyword's value is a parameter of the calling function defaulting to None, not rebound before."""
    if not isinstance(value, ast.Name):
        return False
    func = function_at(sf, call.lineno)
    if not isinstance(func, FUNCTIONS):
        return False
    args = func.args
    positional = [*args.posonlyargs, *args.args]
    pairs = list(zip(positional[len(positional) - len(args.defaults) :], args.defaults, strict=True))
    pairs += [(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if d is not None]
    default = next((d for a, d in pairs if a.arg == value.id), None)
    if not (isinstance(default, ast.Constant) and default.value is None):
        return False
    # Rebound before the call (`tags = tags or []`, `if tags is None: tags = []`): the None never reaches it.
    return not any(
        isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign))
        and node.lineno < call.lineno
        and any(
            isinstance(t, ast.Name) and t.id == value.id
            for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
        )
        for node in ast.walk(func)
    )


def _or_empty(sf: SourceFile, value: ast.Name, empty: str, field: str) -> list[Edit]:
    description = f"pass the field's empty default when {value.id} is None: {field}={value.id} or {empty}"
    return making_site_edit(
        sf, value, lambda text: f"{text} or {empty}", description, PRIOR_FIELD_DEFAULT, "root-cause"
    )


# None refused where items are written into it: a mapping was meant (round 56).
NONE_ASSIGNED_INTO = re.compile(r"'NoneType' object does not support item (?:assignment|deletion)")
LOOKUPS = ("pop", "get")


def t_none_lookup_default(m: re.Match, site: Site) -> list[Edit]:
    """`d = kwargs.pop("k", None)` then `d[K] = v` (or `for x in d`): the lookup's default made `{}`/`[]`."""
    func = function_at(site.sf, site.line)
    if not isinstance(func, FUNCTIONS):
        return []
    assigned = "item" in m.group(0)
    used = _container_uses(site, assigned=assigned)
    # an item assignment says a mapping was meant; an iteration says less (a guard may have been lost)
    prior = PRIOR_FIELD_DEFAULT if assigned else PRIOR_ITERATED_DEFAULT
    edits: list[Edit] = []
    for name, empty in used.items():
        if _none_handled(func, name):
            continue
        # the latest value bound in the function's own scope (a nested function's `name` is another local)
        made = assignments(func, name, before=site.line)
        if made:
            edits += _lookup_default_edits(site.sf, made[0], name, empty, prior)
    return edits


def _container_uses(site: Site, *, assigned: bool) -> dict[str, str]:
    """{local: the empty container its use at the crash line needs}: `d[k] = v` -> "{}"; iterated -> "[]"."""
    used: dict[str, str] = {}
    for node in site.sf.nodes_touching(site.line):
        if assigned and isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
            if isinstance(node.ctx, (ast.Store, ast.Del)):
                used[node.value.id] = "{}"
        elif (
            not assigned
            and isinstance(node, (ast.For, ast.comprehension))
            and isinstance(node.iter, ast.Name)
        ):
            used[node.iter.id] = "[]"
    return used


def _none_handled(func: ast.AST, name: str) -> bool:
    """`if d is None:` / `if not d:` / `d or {}` / `isinstance(d, ...)` anywhere in the function: the None (or the
    value's kind) is a state the code handles, and the fault is elsewhere (a guard's lost `not`)."""
    for node in ast.walk(func):
        if (
            isinstance(node, ast.Call)
            and called_name(node) == "isinstance"
            and node.args
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id == name
        ):
            return True
        if (
            isinstance(node, ast.Compare)
            and isinstance(node.left, ast.Name)
            and node.left.id == name
            and any(isinstance(c, ast.Constant) and c.value is None for c in node.comparators)
        ):
            return True
        if isinstance(node, ast.BoolOp) and any(
            isinstance(v, ast.Name) and v.id == name for v in node.values
        ):
            return True
        if isinstance(node, (ast.If, ast.While, ast.IfExp, ast.Assert)):
            # `if d:` / `if not d:` tests the value's truth: None is handled there as with `is None`
            test = node.test.operand if isinstance(node.test, ast.UnaryOp) else node.test
            if (
                isinstance(node.test, (ast.Name, ast.UnaryOp))
                and isinstance(test, ast.Name)
                and test.id == name
            ):
                return True
    return False


def _lookup_default_edits(sf: SourceFile, value: ast.expr, name: str, empty: str, prior: float) -> list[Edit]:
    """`.pop(k, None)` / `.get(k, None)` -> the default `empty`; `.get(k)` -> `.get(k, empty)`."""
    if not (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Attribute)
        and value.func.attr in LOOKUPS
        and not value.keywords
        and value.args
    ):
        return []
    description = (
        f"default {name} to an empty container where it is looked up: {value.func.attr}(..., {empty})"
    )
    if len(value.args) == 2 and isinstance(value.args[1], ast.Constant) and value.args[1].value is None:
        span = sf.node_span(value.args[1])
        if span is None:
            return []
        line, start, end = span
        spans = ((start, end, empty),)
    elif len(value.args) == 1 and value.func.attr == "get":
        span = sf.node_span(value.args[0])
        if span is None:
            return []
        line, _, end = span
        spans = ((end, end, f", {empty}"),)
    else:
        return []
    return [Edit(line, spans, description, prior, "root-cause", path=sf.path, making_site=True)]


FIELD_DEFAULT_TEMPLATES = [
    (NONE_AS_CONTAINER, t_none_over_field_default),
    (NONE_AS_CONTAINER, t_none_lookup_default),
    (NONE_ASSIGNED_INTO, t_none_lookup_default),
]

__all__ = ["FIELD_DEFAULT_TEMPLATES", "t_none_lookup_default", "t_none_over_field_default"]
