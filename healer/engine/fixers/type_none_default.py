"""TYPE_ERROR: a parameter's None default reaching an API that demands a value of one type.

"bytes() argument 'encoding' must be str, not None", "Separator must be a string, not <class
'NoneType'>": the value that arrived is None and the message names the type it had to be. When the
None is a parameter's DEFAULT (the call left the argument out), the repair is the default itself,
often far from the crash: `read_from_string(self, code, encoding=None)` passes `encoding` on to
`get_string_stream(code, encoding)`, which calls `bytes(string, encoding=encoding)`. So:

- the names the crash line reads that are parameters of its function are followed UP the call
  chain, statically: a parameter without a default is bound by the callers that pass it, and a
  caller passing its own parameter by name continues the chain (three hops at most);
- every parameter on the chain whose default is the constant None gets the demanded type's value.

The value is synthesised from the repository, nearest evidence first, as argument synthesis ranks
values by name and type (arguments.py; TBar's "insert argument" fix pattern, Liu et al., ISSTA 2019):
the default of a parameter of the same name elsewhere (`read_from_file(self, f, encoding="utf-8")`),
a constant of that type bound to the name, then the type's plain values (`""`, `" "` for str,
`0` for int). Each value is only a candidate: the tests decide. What it does not reach: a None that
is not a default (a function that forgot to return, a dict's .get(): the dataflow templates), and
a demanded type the message does not name.
"""

from __future__ import annotations

import ast
import re
from collections import Counter

from healer.engine.fixers.lineedit import FUNCTIONS, Edit, SourceFile, called_name, function_at
from healer.engine.fixers.type_site import RepoIndex, Site

# What arrived (None) and what was demanded, in CPython's and libraries' spellings:
# "must be str, not None", "must be a string, not <class 'NoneType'>", "expected str, bytes or
# os.PathLike object, not NoneType".
NONE_FOR_TYPE = re.compile(
    r"(?:must be|expected) (?:an? )?(?P<type>str|string|bytes|int|integer|float|bool)\b[^;]*?"
    r",? (?:not|got) (?:None\b|<class 'NoneType'>|'?NoneType'?)"
)
TYPE_WORDS = {"string": "str", "integer": "int"}
# The plain values of a type, tried after every value the repository shows for the name.
PLAIN_VALUES = {
    "str": ('""', '" "'),
    "bytes": ('b""',),
    "int": ("0", "1"),
    "float": ("0.0",),
    "bool": ("False", "True"),
}
PYTHON_TYPES = {"str": str, "bytes": bytes, "int": int, "float": float, "bool": bool}
MAX_HOPS = 3
SAME_NAME_PRIOR = 0.8
BOUND_PRIOR = 0.65
PLAIN_PRIOR = 0.5


def t_none_default(m: re.Match, site: Site) -> list[Edit]:
    wanted = TYPE_WORDS.get(m.group("type"), m.group("type"))
    func = function_at(site.sf, site.line)
    if not isinstance(func, FUNCTIONS):
        return []
    read = {n.id for n in site.sf.nodes_touching(site.line) if isinstance(n, ast.Name)}
    frontier = [(site.sf, func, name) for name in sorted(read) if name in _parameters(func)]
    edits: list[Edit] = []
    seen: set[tuple[str, int, str]] = set()
    for hop in range(MAX_HOPS):
        following: list[tuple[SourceFile, ast.AST, str]] = []
        for sf, function, name in frontier:
            if (sf.path, function.lineno, name) in seen:
                continue
            seen.add((sf.path, function.lineno, name))
            default = _default_of(function, name)
            if isinstance(default, ast.Constant) and default.value is None:
                edits += _default_edits(sf, name, default, wanted, site.index, hop)
            elif default is None:  # required: whoever calls it passes the None
                following += _callers_passing(site.index, function, name)
        frontier = following
    return edits


def _parameters(func: ast.AST) -> list[str]:
    args = func.args  # type: ignore[attr-defined]
    return [a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]]


def _default_of(func: ast.AST, name: str) -> ast.expr | None:
    """The parameter's default expression, or None when it has none."""
    args = func.args  # type: ignore[attr-defined]
    positional = [*args.posonlyargs, *args.args]
    defaults = dict(
        zip([a.arg for a in positional[len(positional) - len(args.defaults) :]], args.defaults, strict=True)
    )
    defaults |= {a.arg: d for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if d is not None}
    return defaults.get(name)


def _callers_passing(index: RepoIndex, func: ast.AST, name: str) -> list[tuple[SourceFile, ast.AST, str]]:
    """(file, caller function, its parameter) for every call of `func` that binds `name` to a bare
    name the caller has as a parameter."""
    args = func.args  # type: ignore[attr-defined]
    positional = [a.arg for a in [*args.posonlyargs, *args.args]]
    found = []
    for sf in index.all_files():
        for call in ast.walk(sf.tree):
            if not isinstance(call, ast.Call) or called_name(call) != func.name:  # type: ignore[attr-defined]
                continue
            # `self.read(x)` binds x to the parameter after self.
            offset = (
                1 if positional[:1] in (["self"], ["cls"]) and isinstance(call.func, ast.Attribute) else 0
            )
            passed = next((k.value for k in call.keywords if k.arg == name), None)
            if passed is None and name in positional and positional.index(name) - offset >= 0:
                at = positional.index(name) - offset
                passed = call.args[at] if at < len(call.args) else None
            caller = function_at(sf, call.lineno)
            if (
                isinstance(passed, ast.Name)
                and isinstance(caller, FUNCTIONS)
                and passed.id in _parameters(caller)
            ):
                found.append((sf, caller, passed.id))
    return found


def _default_edits(
    sf: SourceFile, name: str, default: ast.Constant, wanted: str, index: RepoIndex, hop: int
) -> list[Edit]:
    span = sf.node_span(default)
    if span is None:
        return []
    line, start, end = span
    edits = []
    for text, prior in typed_values(index, name, wanted):
        edits.append(
            Edit(
                line,
                ((start, end, text),),
                f"default {name} to {text} (a {wanted}), not None",
                round(prior * 0.9**hop, 4),
                "none-default",
                path=sf.path,
            )
        )
    return edits


def typed_values(index: RepoIndex, name: str, wanted: str) -> list[tuple[str, float]]:
    """Values of type `wanted` for a parameter called `name`: the same-named parameters' defaults
    elsewhere in the repository (the commonest first), constants bound to the name, the plain ones."""
    kind = PYTHON_TYPES.get(wanted)
    if kind is None:
        return []

    def typed(node: ast.expr | None) -> bool:
        return isinstance(node, ast.Constant) and type(node.value) is kind

    defaults: Counter[str] = Counter()
    for sf in index.all_files():
        for function in ast.walk(sf.tree):
            if isinstance(function, FUNCTIONS) and typed(value := _default_of(function, name)):
                defaults[ast.unparse(value)] += 1
    found: dict[str, float] = {}
    for text, _ in defaults.most_common():
        found.setdefault(text, SAME_NAME_PRIOR)
    for value in index.bindings(name):
        if typed(value):
            found.setdefault(ast.unparse(value), BOUND_PRIOR)
    for place, text in enumerate(PLAIN_VALUES.get(wanted, ())):
        found.setdefault(text, round(PLAIN_PRIOR - 0.05 * place, 4))
    return list(found.items())


NONE_DEFAULT_TEMPLATES = [(NONE_FOR_TYPE, t_none_default)]
