"""LOGIC edit families read from the code beside the line: a keyword its sibling calls pass, the dual of a
neighbour's aggregate (round 48, pytypes22).

Two mutators of the repair literature, each with its evidence taken from the same file rather than searched
blindly:

- **a keyword argument left out** (`keyword_added`): TBar's "mutate method invocation expression" (parameter
  addition, Liu et al., ISSTA 2019) and PraPR's argument-list mutators add an argument to a call; the value is
  the one the file's other calls of the same function pass for that keyword (`self._flush(force=True)` at
  the other call sites, `self._flush()` here), when they agree and the function's definition in the file has
  that parameter with another default. A keyword whose definition defaults to a bool and that no other call
  passes gets the opposite bool, lower.
- **two keywords crossed** (`keywords_swapped`): `f(target=name, name=target)`, each keyword given the
  variable named like the other parameter: swapped back (the argument-swap mutators of PraPR and TBar,
  applied where the names say which way).
- **the dual of a neighbour's aggregate** (`dual_aggregate`): `lo = min(xs)` then `hi = xs[-1]`: the value
  beside a `min()` of the same collection taken by position (its last or first item, as if the collection
  came sorted) or bare is the `max()` of it (and the other way round); the twin-statement reading of
  QuixBugs-style single-edit repairs (one AST node replaced by a sibling's dual).

Bounded: the file's calls are indexed once per parsed file (at most MAX_NODES nodes, kept for its next
lines); one statement before and after the line is read for the aggregate.
"""

from __future__ import annotations

import ast

from healer.engine.fixers.lineedit import FUNCTIONS, SourceFile, TreeMemo, shorten
from healer.engine.fixers.logic_templates import Rewrite, Splicer

KEYWORD_PRIOR = 0.45  # the other calls' agreement is the evidence
FLAG_PRIOR = 0.2  # only the definition's bool default speaks
DUAL_PRIOR = 0.45
SWAP_PRIOR = 0.6  # a crossed pair of keywords names its own repair
MAX_NODES = 200_000
MAX_INDEXED = 16
DUALS = {"min": "max", "max": "min"}


class _FileIndex:
    """One parsed file's calls by the called name, functions by name, offsets (Splicer), and per callee the
    literal values its calls pass by keyword: built in one walk and kept for the file's next lines (a walk,
    a Splicer and a scan of every call per line were quadratic on a 30,000-line module)."""

    def __init__(self, sf: SourceFile) -> None:
        self.tree = sf.tree
        self.calls: dict[str, list[ast.Call]] = {}
        self.functions: dict[str, list[ast.AST]] = {}
        self.splicer = Splicer(sf)
        self._passed: dict[str, dict[str, dict[str, ast.expr]]] = {}
        # a statement's block and its place there, for the statements before and after it
        self.places: dict[int, tuple[list[ast.stmt], int]] = {}
        for count, node in enumerate(ast.walk(sf.tree)):
            if count >= MAX_NODES:
                break
            if isinstance(node, ast.Call):
                name = _called(node)
                if name:
                    self.calls.setdefault(name, []).append(node)
            elif isinstance(node, FUNCTIONS):
                self.functions.setdefault(node.name, []).append(node)
            for field in ("body", "orelse", "finalbody"):
                block = getattr(node, field, None)
                if isinstance(block, list):
                    for place, stmt in enumerate(block):
                        if isinstance(stmt, ast.stmt):
                            self.places[id(stmt)] = (block, place)

    def passed(self, name: str) -> dict[str, dict[str, ast.expr]]:
        """keyword -> {dumped literal: value} over every call of `name` in the file, read once per name."""
        held = self._passed.get(name)
        if held is None:
            held = {}
            for call in self.calls.get(name, ()):
                for k in call.keywords:
                    if k.arg and _literal(k.value):
                        values = held.setdefault(k.arg, {})
                        if len(values) < 2:  # agreement is all that is read: two kinds are enough
                            values.setdefault(ast.dump(k.value), k.value)
            self._passed[name] = held
        return held


_INDEXED = TreeMemo(limit=MAX_INDEXED)


def _index(sf: SourceFile) -> _FileIndex:
    return _INDEXED.get(sf, lambda s: _FileIndex(s))  # looked up per call: tests count builds


def pair_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """Every edit of these families that starts on `line`, unranked."""
    return keyword_added(sf, line) + dual_aggregate(sf, line) + keywords_swapped(sf, line)


def keywords_swapped(sf: SourceFile, line: int) -> list[Rewrite]:
    """`f(a=b, b=a)`: two keywords each given the name of the other's parameter, swapped back (`a=a, b=b`);
    a call passing each value under its own name is the convention the crossed pair breaks."""
    found: list[Rewrite] = []
    sp: Splicer | None = None
    for node in sf.nodes_starting(line):
        if not (isinstance(node, ast.Call) and sf.on_one_line(node) and len(node.keywords) >= 2):
            continue
        named = {k.arg: k for k in node.keywords if k.arg and isinstance(k.value, ast.Name)}
        for first, keyword in named.items():
            value = keyword.value
            assert isinstance(value, ast.Name)
            other = named.get(value.id)
            if other is None or value.id == first or first >= value.id:
                continue
            back = other.value
            assert isinstance(back, ast.Name)
            if back.id != first:
                continue
            sp = sp or _index(sf).splicer
            a, b = sp.span(keyword.value), sp.span(back)
            description = f"pass each value under its own keyword: {first}={first}, {value.id}={value.id}"
            found.append(
                Rewrite(line, ((a[0], a[1], first), (b[0], b[1], value.id)), description, SWAP_PRIOR, "call")
            )
    return found


def _called(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is not ... and not isinstance(node.value, bytes)


def keyword_added(sf: SourceFile, line: int) -> list[Rewrite]:
    """`f(a)` -> `f(a, k=v)` where the file's other calls of f pass `k=v` and f's definition defaults k
    to another value; `k=not default` for a bool default no call passes, lower."""
    starting = [n for n in sf.nodes_starting(line) if isinstance(n, ast.Call) and sf.on_one_line(n)]
    if not starting:
        return []
    index = _index(sf)
    sp = index.splicer
    found: list[Rewrite] = []
    for node in starting:
        name = _called(node)
        defs = index.functions.get(name, [])
        if not name or len(defs) != 1 or any(isinstance(a, ast.Starred) for a in node.args):
            continue
        if any(k.arg is None for k in node.keywords):
            continue
        params = _defaults(defs[0])
        given = {k.arg for k in node.keywords}
        positional = _positional_names(defs[0])[: len(node.args)]
        for param, default in params.items():
            if param in given or param in positional:
                continue
            # the call itself does not pass `param` (it was skipped above): every value is another call's
            passed = index.passed(name).get(param, {})
            if len(passed) == 1:
                value = next(iter(passed.values()))
                if _same(value, default):
                    continue
                text, prior = ast.unparse(value), KEYWORD_PRIOR
            elif not passed and isinstance(default, ast.Constant) and isinstance(default.value, bool):
                text, prior = str(not default.value), FLAG_PRIOR
            else:
                continue
            close = sp.span(node)[1] - 1  # the call's closing parenthesis
            if sf.text[close : close + 1] != ")":
                continue
            inner = sf.text[sp.span(node.func)[1] : close]
            sep = ", " if inner.strip("( \t") else ""
            if inner.rstrip().endswith(","):
                sep = " "
            found.append(
                Rewrite(
                    line,
                    ((close, close, f"{sep}{param}={text}"),),
                    f"pass {param}={shorten(text, 20)} to {shorten(name, 20)}() as its other calls do"
                    if prior == KEYWORD_PRIOR
                    else f"pass {param}={text} to {shorten(name, 20)}(), not its default",
                    prior,
                    "call",
                )
            )
    return found


def _defaults(func: ast.AST) -> dict[str, ast.expr]:
    args = func.args  # type: ignore[attr-defined]
    positional = [*args.posonlyargs, *args.args]
    # a positional-only parameter cannot be passed by keyword (`f(x, flag=True)` for `def f(x, flag=False, /)`
    # raises TypeError on every run: review 48); its default is kept out of the keywords added
    found = {
        a.arg: d
        for a, d in zip(positional[len(positional) - len(args.defaults) :], args.defaults, strict=True)
        if a not in args.posonlyargs
    }
    found.update({a.arg: d for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if d is not None})
    return found


def _positional_names(func: ast.AST) -> list[str]:
    args = func.args  # type: ignore[attr-defined]
    names = [a.arg for a in [*args.posonlyargs, *args.args]]
    return names[1:] if names[:1] in (["self"], ["cls"]) else names


def dual_aggregate(sf: SourceFile, line: int) -> list[Rewrite]:
    """`hi = xs[-1]` (or `hi = xs`) beside `lo = min(xs)`: `hi = max(xs)`; min for max likewise."""
    found: list[Rewrite] = []
    for stmt in sf.nodes_starting(line):
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and sf.on_one_line(stmt)):
            continue
        placed = _index(sf).places.get(id(stmt))
        if placed is None:
            continue
        block, at = placed
        for other in (block[at - 1] if at else None, block[at + 1] if at + 1 < len(block) else None):
            found += _dual(sf, stmt, other)
    return found


def _dual(sf: SourceFile, stmt: ast.Assign, other: ast.stmt | None) -> list[Rewrite]:
    if not (
        isinstance(other, ast.Assign)
        and isinstance(other.value, ast.Call)
        and isinstance(other.value.func, ast.Name)
        and other.value.func.id in DUALS
        and len(other.value.args) == 1
        and not isinstance(other.value.args[0], ast.Starred)
    ):
        return []
    collection = other.value.args[0]
    value = stmt.value
    taken = value.value if isinstance(value, ast.Subscript) and _position(value.slice) else value
    if not _same(taken, collection):
        return []
    sp = _index(sf).splicer
    start, end = sp.span(value)
    dual = DUALS[other.value.func.id]
    keywords = "".join(f", {sp.text(k)}" for k in other.value.keywords)
    new = f"{dual}({sp.text(taken)}{keywords})"
    description = f"take {shorten(new, 40)}, the dual of the {other.value.func.id}() beside it"
    return [Rewrite(stmt.lineno, ((start, end, new),), description, DUAL_PRIOR, "call")]


def _same(a: ast.AST, b: ast.AST) -> bool:
    """The two expressions dump alike; False for one nested too deep to dump (`a + a + ... + a` over 1,500
    terms raised RecursionError out of pair_rewrites, and the LOGIC fixer lost every candidate of the
    failure: review 48)."""
    try:
        return ast.dump(a) == ast.dump(b)
    except RecursionError:
        return False


def _position(node: ast.expr) -> bool:
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        node = node.operand
    return isinstance(node, ast.Constant) and type(node.value) is int
