"""TYPE_ERROR repair families for a call or an operand of the wrong shape, keyed by the message.

Each is a generic template of the repair literature, matched to CPython's own TypeError texts and
applied at the crash line (the TypeError fixer, fixers/type_errors.py, registers them):

- arguments realigned by name: `f(x, deep)` for `def f(x, check, deep)` reports "missing 1 required
  positional argument: 'deep'", though `deep` is passed: it landed in `check`'s slot. A skipped
  parameter whose very name is a variable in scope at the call is put back at its position (PyTER's
  missing-argument repair with the ingredient chosen by name, Oh & Oh, FSE 2022; name-based argument
  matching as in Rice et al., "Detecting argument selection defects", OOPSLA 2017);
- a factory called with its product's arguments: `make(space, value, prec)` where `make(space)`
  returns a function reports "make() takes 1 positional argument but 3 were given": the arguments
  past the factory's own go to the function it returns, `make(space)(value, prec)` (TBar's "mutate
  method invocation expression", FP7, with the call's own shape as the ingredient);
- a str literal joined to bytes (`"Basic " + b64encode(x)`: "can only concatenate str (not
  "bytes") to str"), and a bytes literal joined to str: the literal is spelled in the other kind
  (`b"Basic "`), which converting the computed side with str() would turn into `"b'...'"` text
  (Python's separation of text and bytes, PEP 3137; PyTER's type-directed literal repair);
- (one sequence passed where its items were meant, `handle(match.groups())`, is fixers/type_arity's
  t_star_argument: the argument unpacked);
- a collection unpacked into `list.append` ("takes exactly one argument (2 given)"), `xs.append(*items)`:
  `extend` adds each (the sibling method that takes the collection, TBar FP7). Two plain arguments
  (`out.append("| " + line, "|")`) are left to type_errors' comma-for-operator repair: a tuple
  appended there is no fix.
"""

from __future__ import annotations

import ast
import re

from healer.engine.fixers.lineedit import FUNCTIONS, Edit, function_at, local_names, shorten, walk_own_scope
from healer.engine.fixers.type_site import Site

ALIGNED_PRIOR = 0.9  # the skipped parameter's own name is in scope: as strong as evidence gets here
FACTORY_PRIOR = 0.85
LITERAL_KIND_PRIOR = 0.9  # above the str() wrap (0.7-0.8), which makes "b'...'" text of bytes
EXTEND_PRIOR = 0.85


def _positional_params(func: ast.AST, *, bound: bool) -> list[str] | None:
    if not isinstance(func, FUNCTIONS) or func.args.vararg is not None:
        return None
    names = [a.arg for a in (*func.args.posonlyargs, *func.args.args)]
    if bound and names and names[0] in ("self", "cls"):
        names = names[1:]
    return names


def t_aligned_by_name(m: re.Match, site: Site) -> list[Edit]:
    """`f(x, deep)` for `def f(x, check, deep)`: put the skipped `check` back where it belongs."""
    name = m.group(1).split(".")[-1]
    definitions = site.index.functions(name, prefer=site.sf.path)
    func = function_at(site.sf, site.line)
    local = set(local_names(func, before_line=site.line)) if func is not None else set()
    edits: list[Edit] = []
    for call in site.calls_named(name):
        if call.keywords or any(isinstance(a, ast.Starred) for a in call.args) or not definitions:
            continue
        params = _positional_params(definitions[0][1], bound=isinstance(call.func, ast.Attribute))
        new = _aligned(call, params or [], local) if params else None
        span = site.span(call)
        if new is None or span is None:
            continue
        texts = [site.seg(a) if i is None else i for i, a in new]
        call_text = site.seg(call)
        head = call_text[: len(site.seg(call.func))]
        added = [t for (t, a) in new if t is not None]
        edits.append(
            Edit(
                site.line,
                ((*span, f"{head}({', '.join(texts)})"),),
                f"pass {', '.join(added)} in its own slot of {name}() (arguments aligned by name)",
                ALIGNED_PRIOR,
                "argument",
            )
        )
    return edits


def _aligned(call: ast.Call, params: list[str], local: set[str]) -> list[tuple[str | None, ast.AST]] | None:
    """The call's arguments with each skipped parameter's same-named local inserted, or None."""
    out: list[tuple[str | None, ast.AST]] = []
    position = 0
    inserted = False
    for arg in call.args:
        if (
            isinstance(arg, ast.Name)
            and arg.id in params[position + 1 :]
            and arg.id not in params[: position + 1]
        ):
            target = params.index(arg.id)
            skipped = params[position:target]
            if not all(p in local and p != arg.id for p in skipped):
                return None
            out += [(p, arg) for p in skipped]
            position, inserted = target, True
        out.append((None, arg))
        position += 1
    return out if inserted and position <= len(params) else None


def _returns_callable(func: ast.AST, module_functions: set[str]) -> bool:
    """Every `return` of `func` hands back a function: a nested def, a lambda, a module function."""
    if not isinstance(func, FUNCTIONS):
        return False
    own = list(walk_own_scope(func))
    nested = {n.name for n in own if isinstance(n, FUNCTIONS)}
    returns = [n for n in own if isinstance(n, ast.Return)]
    if not returns:
        return False
    for ret in returns:
        value = ret.value
        if isinstance(value, ast.Lambda):
            continue
        if isinstance(value, ast.Name) and (value.id in nested or value.id in module_functions):
            continue
        return False
    return True


def t_factory_call(m: re.Match, site: Site) -> list[Edit]:
    """`make(a, b, c)` where `make(a)` returns a function: `make(a)(b, c)`."""
    name, takes = m.group(1).split(".")[-1], int(m.group(2))
    if "." in m.group(1):
        return []  # a method's count includes self
    edits: list[Edit] = []
    for call in site.calls_named(name):
        if call.keywords or any(isinstance(a, ast.Starred) for a in call.args) or len(call.args) <= takes:
            continue
        for sf, func in site.index.functions(name, prefer=site.sf.path)[:1]:
            module_functions = {n.name for n in sf.tree.body if isinstance(n, FUNCTIONS)}
            params = _positional_params(func, bound=False)
            if params is None or len(params) != takes or not _returns_callable(func, module_functions):
                continue
            span = site.span(call)
            if span is None:
                continue
            own = ", ".join(site.seg(a) for a in call.args[:takes])
            rest = ", ".join(site.seg(a) for a in call.args[takes:])
            head = site.seg(call)[: len(site.seg(call.func))]
            edits.append(
                Edit(
                    site.line,
                    ((*span, f"{head}({own})({rest})"),),
                    f"call the function {name}({shorten(own, 30)}) returns with the other arguments",
                    FACTORY_PRIOR,
                    "argument",
                )
            )
    return edits


def t_literal_kind(m: re.Match, site: Site) -> list[Edit]:
    """`"Basic " + b64encode(x)`: spell the str literal as bytes (and a bytes literal as str)."""
    want_bytes = m.group(0).startswith("can only concatenate str")
    edits: list[Edit] = []
    for node in site.binops(ast.Add):
        for side, other in ((node.left, node.right), (node.right, node.left)):
            if not isinstance(side, ast.Constant) or isinstance(other, ast.Constant):
                continue
            if want_bytes != isinstance(side.value, str):
                continue
            span = site.span(side)
            new = _respelled(site.seg(side), side.value) if span is not None else None
            if new is None:
                continue
            kind = "bytes" if want_bytes else "str"
            edits.append(
                Edit(
                    site.line,
                    ((*span, new),),
                    f"spell {shorten(site.seg(side), 30)} as a {kind} literal",
                    LITERAL_KIND_PRIOR,
                    "conversion",
                )
            )
    return edits


def _respelled(text: str, value: object) -> str | None:
    """`"x"` -> `b"x"`, `b"x"` -> `"x"`; None for f-strings, implicit joins and non-ASCII text."""
    prefix = re.match(r"[A-Za-z]*", text).group(0)  # type: ignore[union-attr]
    body = text[len(prefix) :]
    if "f" in prefix.lower() or not body or body[0] not in "'\"" or body[0] != body[-1]:
        return None
    if re.search(r"['\"]\s+[A-Za-z]*['\"]", body):
        return None  # "a" "b": implicit concatenation, one literal per part
    if isinstance(value, str):
        if not value.isascii():
            return None
        return "b" + prefix.replace("u", "").replace("U", "") + body
    return prefix.replace("b", "").replace("B", "") + body


def t_append_many(m: re.Match, site: Site) -> list[Edit]:
    """`xs.append(*items)`: extend by each item."""
    edits: list[Edit] = []
    for call in site.nodes(ast.Call):
        func = call.func
        if not (isinstance(func, ast.Attribute) and func.attr == "append") or call.keywords:
            continue
        span = site.span(call)
        if span is None:
            continue
        receiver = site.seg(func.value)
        args = call.args
        if len(args) == 1 and isinstance(args[0], ast.Starred):
            items = site.seg(args[0].value)
            edits.append(
                Edit(site.line, ((*span, f"{receiver}.extend({items})"),), f"extend by {items}", EXTEND_PRIOR)
            )
    return edits


FAMILY_TEMPLATES = [
    (re.compile(r"([\w.<>]+)\(\) missing \d+ required positional arguments?: "), t_aligned_by_name),
    (
        re.compile(r"^([\w.]+)\(\) takes (\d+) positional arguments? but \d+ (?:were|was) given"),
        t_factory_call,
    ),
    (
        re.compile(r'can only concatenate str \(not "bytes"\) to str|can\'t concat str to bytes'),
        t_literal_kind,
    ),
    (re.compile(r"append\(\) takes exactly one argument \(\d+ given\)"), t_append_many),
]

__all__ = ["FAMILY_TEMPLATES"]
