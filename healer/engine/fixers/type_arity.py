"""TYPE_ERROR: a call missing positional arguments whose values are there, but misplaced.

Two argument-shape repairs, each chosen by CPython's message "f() missing N required positional
argument(s): ...": the arguments' shape is wrong, not their values (PyTER's argument repairs, Oh
and Oh, "PyTER: Effective Program Repair for Python Type Errors", FSE 2022).

Packed: `f(m.groups())` for `def f(hours, minutes)` raises "f() missing 1 required positional
argument: 'minutes'": the values are all there, packed in one tuple. Unpack it (`f(*m.groups())`,
PEP 448's iterable unpacking in a call) -- the direction opposite to
`type_errors.t_unpacked_arguments`, which drops stars that spread a tuple the callee takes whole.
The star is offered only to an expression Python's semantics make a sequence: a tuple/list
display, a comprehension, a call of a builtin or method whose documented result is a tuple or
list (`divmod`, `re.Match.groups`/`.span`, `str.partition`/`.split`...), or a local name last
bound to one of those (a star on a value of unknown kind would be a guess). It ranks above
supplying the missing parameter from a name in scope (`f(m.groups(), other)`), which binds the
tuple to the first parameter: a wrong value the tests only show further on, where a "fails
further on" verdict cannot tell it from a bug the crash hid.

Shifted: `f(x, indent)` for `def f(x, width, indent)` passes `indent` in the slot of the
parameter before its namesake, and the message names the last parameter as missing ('indent')
although the one really left out sits between. When a positional argument is a name that one of
the callee's later parameters spells, the parameters before that one are supplied from the
caller's names that spell them, in order (argument selection by name: Rice et al., "Detecting
argument selection defects", OOPSLA 2017). Appending a value for the named parameter instead
(`f(x, indent, 0)`) binds `indent` to `width`.
"""

from __future__ import annotations

import ast
import re
from typing import Protocol

from healer.engine.fixers.lineedit import FUNCTIONS, Edit, SourceFile, function_at, shorten

# Builtins and methods whose result is a tuple or list (Python's documented return types).
SEQUENCE_CALLS = frozenset(
    {
        "divmod",
        "tuple",
        "list",
        "sorted",
        "groups",
        "span",
        "partition",
        "rpartition",
        "split",
        "rsplit",
        "splitlines",
        "splitext",
        "splitdrive",
        "exc_info",
        "popitem",
        "as_tuple",
        "astuple",
        "get_terminal_size",
    }
)
SEQUENCE_NODES = (ast.Tuple, ast.List, ast.ListComp)
PRIOR_SEQUENCE = 0.85  # certainly a sequence: its items are the arguments


PRIOR_NAMESAKE = 0.85  # the callee's own parameter names place the arguments


class CallSite(Protocol):
    """What the TypeError fixer's Site gives (type_errors.Site): the crash line and its calls."""

    sf: SourceFile
    line: int

    def calls_named(self, name: str) -> list[ast.Call]: ...

    def span(self, node: ast.AST) -> tuple[int, int] | None: ...

    def seg(self, node: ast.AST) -> str: ...

    def in_scope(self) -> dict[str, str]: ...

    @property
    def index(self) -> CalleeIndex: ...


class CalleeIndex(Protocol):
    def functions(self, name: str, *, prefer: str | None = None) -> list[tuple[SourceFile, ast.AST]]: ...


def t_star_argument(m: re.Match, site: CallSite) -> list[Edit]:
    """f() missing N required positional argument(s): one argument holds them all, unpack it."""
    qualname = m.group(1)
    name = qualname.split(".")[-1]
    if name == "__init__" and "." in qualname:
        name = qualname.split(".")[-2]
    edits: list[Edit] = []
    for call in site.calls_named(name):
        if call.keywords or any(isinstance(arg, ast.Starred) for arg in call.args):
            continue
        for arg in call.args:
            edit = _star(site, arg=arg, name=name)
            if edit is not None:
                edits.append(edit)
    return edits


def _star(site: CallSite, *, arg: ast.expr, name: str) -> Edit | None:
    if isinstance(arg, ast.Constant | ast.JoinedStr | ast.Lambda | ast.BinOp | ast.Compare | ast.BoolOp):
        return None  # a scalar or a text: nothing to unpack into several arguments
    span = site.span(arg)
    if span is None:
        return None
    text = site.seg(arg)
    if not is_sequence(arg, sf=site.sf, line=site.line):
        return None  # a value of unknown kind: a star would be a guess the tests pay for
    prior = PRIOR_SEQUENCE
    return Edit(
        site.line,
        ((span[0], span[0], "*"),),
        f"unpack {shorten(text, 40)} into the arguments of {name}",
        prior,
    )


def is_sequence(node: ast.expr, *, sf: SourceFile, line: int) -> bool:
    """Whether Python's semantics make `node` a tuple or list (a display, a known call, a local bound to one)."""
    if isinstance(node, SEQUENCE_NODES):
        return True
    if isinstance(node, ast.Call):
        func = node.func
        called = (
            func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        )
        return called in SEQUENCE_CALLS
    if isinstance(node, ast.Name):
        value = _last_binding(node.id, sf=sf, line=line)
        return value is not None and not isinstance(value, ast.Name) and is_sequence(value, sf=sf, line=line)
    return False


def _last_binding(name: str, *, sf: SourceFile, line: int) -> ast.expr | None:
    """The value of the last plain `name = value` in the enclosing function before the line."""
    func = function_at(sf, line)
    if func is None or not isinstance(func, FUNCTIONS):
        return None
    found: tuple[int, ast.expr] | None = None
    for node in ast.walk(func):
        if not isinstance(node, ast.Assign) or node.lineno >= line:
            continue
        named = any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
        if named and (found is None or node.lineno > found[0]):
            found = (node.lineno, node.value)
    return found[1] if found else None


def t_shifted_arguments(m: re.Match, site: CallSite) -> list[Edit]:
    """f() missing N required positional argument(s): a later parameter's namesake sits in an earlier slot."""
    qualname = m.group(1)
    name = qualname.split(".")[-1]
    if name == "__init__" and "." in qualname:
        name = qualname.split(".")[-2]
    positional = _callee_positional(site, name=name)
    if not positional:
        return []
    scope = site.in_scope()
    edits: list[Edit] = []
    for call in site.calls_named(name):
        if any(isinstance(arg, ast.Starred) for arg in call.args):
            continue
        edit = _namesakes_before(site, call=call, positional=positional, scope=scope, name=name)
        if edit is not None:
            edits.append(edit)
    return edits


def _callee_positional(site: CallSite, *, name: str) -> list[str]:
    definitions = site.index.functions(name, prefer=site.sf.path)
    if not definitions:
        return []
    node = definitions[0][1]
    if isinstance(node, ast.ClassDef):
        node = next((i for i in node.body if isinstance(i, FUNCTIONS) and i.name == "__init__"), None)
    if not isinstance(node, FUNCTIONS):
        return []
    names = [a.arg for a in (*node.args.posonlyargs, *node.args.args)]
    decorators = {d.id for d in node.decorator_list if isinstance(d, ast.Name)}
    if names and names[0] in ("self", "cls") and "staticmethod" not in decorators:
        names = names[1:]
    return names


def _namesakes_before(
    site: CallSite, *, call: ast.Call, positional: list[str], scope: dict[str, str], name: str
) -> Edit | None:
    """Insert, before the first argument that spells a later parameter, that parameter's predecessors."""
    for slot, arg in enumerate(call.args):
        if not isinstance(arg, ast.Name) or arg.id not in positional:
            continue
        wanted = positional.index(arg.id)
        if wanted <= slot:
            continue
        skipped = positional[slot:wanted]
        given = {a.id for a in call.args if isinstance(a, ast.Name)} | {k.arg for k in call.keywords if k.arg}
        if any(param in given or param not in scope for param in skipped):
            return None  # only names the caller holds, each given once
        if len(call.args) + len(skipped) > len(positional):
            return None
        span = site.span(arg)
        if span is None:
            return None
        inserted = ", ".join(skipped)
        return Edit(
            site.line,
            ((span[0], span[0], inserted + ", "),),
            f"pass {inserted} before {arg.id}, in {name}'s parameter order",
            PRIOR_NAMESAKE,
        )
    return None
