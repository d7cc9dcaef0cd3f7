"""LOGIC edit families from a standard API's own method set and conventions, and from dead loops.

Type-directed templates (PyTER, Oh & Oh, FSE 2022; TBar's FP7 "mutate method invocation", Liu et al.,
ISSTA 2019) whose ingredients the Python library reference defines, so each proposes one or two edits
where its shape occurs and nothing elsewhere:

- one end of a `str` strip for both, or both for one: `s.rstrip(c)` -> `s.strip(c)` and `s.strip(c)`
  -> `s.lstrip(c)`/`s.rstrip(c)` (`logic_mirrors` swaps the two ends; this is the third sibling);
- a weekday in another numbering: `date.weekday()` counts Monday=0..Sunday=6, `isoweekday()`
  Monday=1..Sunday=7, and C's `tm_wday` (`strftime('%w')`, cron) Sunday=0..Saturday=6, which is
  `(d.weekday() + 1) % 7`; a call of one is offered the other two;
- a comparison of a value whose normalising step was lost: `x in (...)` where the function (else the
  module) compares `x.lower()` (`upper`, `casefold`, `strip`) the same way -> `x.lower() in (...)`,
  the step mirrored from the code's own other use (usage consistency: Engler et al., SOSP 2001);
- an argument with the API's documented default, dropped or added: `enumerate(xs, 1)` -> `enumerate(xs)`
  (start=0, the default) and `enumerate(xs)` -> `enumerate(xs, 1)` (numbering from one, the other common
  start): the positions code hands on index the sequence from 0, a count shown to people starts at 1;
- a flag passed as a keyword argument whose `not` was lost or added: `f(done=s.at_end())` ->
  `f(done=not s.at_end())` and back, where the value is a predicate (a call named `is_*`, `has_*`,
  `at_*`..., a comparison): PAR's "expression modifier" on a boolean argument, at a low prior;
- a loop over an empty literal (`for x in []:`, mutation testing's ZeroIterationForLoop, a
  refactoring that dropped the iterable): the iterable restored from what is in scope, a sequence the
  body indexes with the loop variable (`range(len(seq))`, and from its last position), else a name whose singular is the loop
  variable (`items` for `item`), else the function's other parameters and locals (at most MAX_LOOP_NAMES).
"""

from __future__ import annotations

import ast
import re

from healer.engine.fixers.lineedit import SourceFile, TreeMemo, function_at, shorten
from healer.engine.fixers.logic_templates import Rewrite, Splicer

STRIP_PRIOR = 0.4  # as likely as logic_mirrors' end swap (MIRROR_PRIOR)
WEEKDAY_PRIOR = 0.4
# The function itself compares the normalised value: evidence, above the line's generic swaps (0.5 and less).
NORMALISED_PRIOR = 0.55
NORMALISED_ELSEWHERE_PRIOR = 0.35  # only another function of the module does
FLAG_ARGUMENT_PRIOR = 0.45  # only where the value is visibly a predicate: the negation is the question
START_PRIOR = 0.5  # a one-token slip of a documented default, as likely as `<` for `<=`
# A loop that never runs is dead code: the iterable is the question. The ingredient's evidence ranks it.
LOOP_INDEXED_PRIOR = 0.8
LOOP_PLURAL_PRIOR = 0.75
LOOP_BACKWARD_PRIOR = 0.6
LOOP_NAME_PRIOR = 0.4
MAX_LOOP_NAMES = 4
STRIPS = {"strip": ("lstrip", "rstrip"), "lstrip": ("strip",), "rstrip": ("strip",)}
WEEKDAYS = ("weekday", "isoweekday")
NORMALISERS = frozenset({"lower", "upper", "casefold", "strip"})
_PREDICATE_RE = re.compile(r"^_*(is|has|at|can|should|was|were|will|did|does|contains|exists)(_|[A-Z]|$)")
_PREDICATE_METHODS = frozenset(
    {"startswith", "endswith", "isdigit", "isalpha", "isspace", "exists", "is_dir"}
)
_COMPARED = (ast.In, ast.NotIn, ast.Eq, ast.NotEq)


def api_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """Every edit of these families that starts on `line`, unranked."""
    sp = Splicer(sf)
    found: list[Rewrite] = []
    for node in sf.nodes_starting(line):
        if isinstance(node, ast.Call) and sf.on_one_line(node):
            found += _strips(sp, line, node) + _weekdays(sp, line, node) + _enumerate_start(sp, line, node)
        if isinstance(node, ast.Compare) and sf.on_one_line(node):
            found += _normalised(sf, sp, line, node)
        if isinstance(node, ast.keyword) and node.arg is not None and sf.on_one_line(node.value):
            found += _flag_argument(sp, line, node.value)
        if isinstance(node, ast.For | ast.AsyncFor) and _empty(node.iter):
            found += _loop_iterables(sf, sp, line, node)
    return found


def _method(node: ast.Call) -> str | None:
    return node.func.attr if isinstance(node.func, ast.Attribute) else None


def _strips(sp: Splicer, line: int, node: ast.Call) -> list[Rewrite]:
    name = _method(node)
    if name not in STRIPS or len(node.args) > 1 or node.keywords:
        return []
    start = sp.span(node.func.value)[1]
    end = sp.span(node.func)[1]
    return [
        Rewrite(line, ((start, end, f".{other}"),), f"call {other} instead of {name}", STRIP_PRIOR, "call")
        for other in STRIPS[name]
    ]


def _enumerate_start(sp: Splicer, line: int, node: ast.Call) -> list[Rewrite]:
    if not (isinstance(node.func, ast.Name) and node.func.id == "enumerate") or node.keywords:
        return []
    if len(node.args) == 1:
        end = sp.span(node.args[0])[1]
        return [Rewrite(line, ((end, end, ", 1"),), "number from 1: enumerate(..., 1)", START_PRIOR, "args")]
    if len(node.args) == 2:
        start, end = sp.span(node.args[0])[1], sp.span(node.args[1])[1]
        what = f"number from 0, enumerate's default, not {shorten(sp.text(node.args[1]), 20)}"
        return [Rewrite(line, ((start, end, ""),), what, START_PRIOR, "args")]
    return []


def _weekdays(sp: Splicer, line: int, node: ast.Call) -> list[Rewrite]:
    name = _method(node)
    if name not in WEEKDAYS or node.args or node.keywords:
        return []
    receiver = sp.text(node.func.value)
    start, end = sp.span(node)
    other = WEEKDAYS[1 - WEEKDAYS.index(name)]
    sunday_first = f"({receiver}.weekday() + 1) % 7"
    # A call binds tighter than `%`: inside `2 ** d.weekday()` or `-d.weekday()` the Sunday-first number must
    # stay one operand, else the edit computes `(2 ** (wd + 1)) % 7`, another program than the one described.
    if isinstance(sp.sf.parent(node), ast.BinOp | ast.UnaryOp | ast.Attribute | ast.Subscript | ast.Await):
        sunday_first = f"({sunday_first})"
    return [
        Rewrite(
            line,
            ((start, end, f"{receiver}.{other}()"),),
            f"call {other} instead of {name}",
            WEEKDAY_PRIOR,
            "call",
        ),
        Rewrite(
            line,
            ((start, end, sunday_first),),
            f"number the weekday from Sunday=0: {sunday_first}",
            WEEKDAY_PRIOR,
            "call",
        ),
    ]


def _normaliser_of(node: ast.expr) -> tuple[str, str] | None:
    """`x.lower()` -> (the text of x, "lower"); anything else None."""
    if (
        isinstance(node, ast.Call)
        and not node.args
        and not node.keywords
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in NORMALISERS
        and isinstance(node.func.value, ast.Name | ast.Attribute)
    ):
        return ast.unparse(node.func.value), node.func.attr
    return None


def _normalisers_compared(scope: ast.AST) -> dict[str, set[str]]:
    """{text of a value: the normalising calls the scope compares it through} (`x.lower() in ...`)."""
    found: dict[str, set[str]] = {}
    for node in ast.walk(scope):
        if isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], _COMPARED):
            for side in (node.left, node.comparators[0]):
                normalised = _normaliser_of(side)
                if normalised is not None:
                    found.setdefault(normalised[0], set()).add(normalised[1])
    return found


# {scope node: its _normalisers_compared} per parsed file: a search asks about many lines of one file, and
# walking the whole module again for each comparison is quadratic over them.
_NORMALISERS = TreeMemo(limit=16)


def _normalisers_in(sf: SourceFile, scope: ast.AST) -> dict[str, set[str]]:
    held: dict[ast.AST, dict[str, set[str]]] = _NORMALISERS.get(sf, lambda _sf: {})
    if scope not in held:
        held[scope] = _normalisers_compared(scope)
    return held[scope]


def _normalised(sf: SourceFile, sp: Splicer, line: int, node: ast.Compare) -> list[Rewrite]:
    if len(node.ops) != 1 or not isinstance(node.ops[0], _COMPARED):
        return []
    found: list[Rewrite] = []
    function = function_at(sf, line)
    local = _normalisers_in(sf, function) if function is not None else {}
    module = _normalisers_in(sf, sf.tree)
    for side, other in ((node.left, node.comparators[0]), (node.comparators[0], node.left)):
        if not isinstance(side, ast.Name | ast.Attribute):
            continue
        text = ast.unparse(side)
        if any(ast.unparse(sub) == text for sub in ast.walk(other)):
            # `x == x.upper()` tests x's case: normalising x too makes it constant (and is its own evidence).
            continue
        prior = NORMALISED_PRIOR if text in local else NORMALISED_ELSEWHERE_PRIOR
        for call in sorted(local.get(text) or module.get(text) or ()):
            if not _could_equal(other, call):
                continue
            start, end = sp.span(side)
            found.append(
                Rewrite(
                    line,
                    ((start, end, f"{sp.text(side)}.{call}()"),),
                    f"compare {shorten(text, 30)}.{call}(), as the code's other comparison does",
                    prior,
                    "call",
                )
            )
    return found


def _could_equal(other: ast.expr, call: str) -> bool:
    """False where `other` is a literal (or a literal collection) that no `x.<call>()` can equal.

    `x.lower() == 'ABC'` is always False, `x.lower() in (0, None)` compares a str with numbers: such an
    edit turns the comparison into a constant (which a test may still accept), it restores no lost step.
    """
    values = other.elts if isinstance(other, ast.List | ast.Tuple | ast.Set) else [other]
    for value in values:
        if not isinstance(value, ast.Constant):
            continue  # a name or call: its value is unknown here
        if not isinstance(value.value, str) or getattr(value.value, call)() != value.value:
            return False
    return True


def _predicate(node: ast.expr) -> bool:
    if isinstance(node, ast.Compare):
        return True
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        return name in _PREDICATE_METHODS or bool(_PREDICATE_RE.match(name))
    return False


def _flag_argument(sp: Splicer, line: int, value: ast.expr) -> list[Rewrite]:
    start, end = sp.span(value)
    if isinstance(value, ast.UnaryOp) and isinstance(value.op, ast.Not) and _predicate(value.operand):
        inner = sp.text(value.operand)
        return [
            Rewrite(
                line,
                ((start, end, inner),),
                f"pass {shorten(inner, 30)}, not its negation",
                FLAG_ARGUMENT_PRIOR,
                "negate",
            )
        ]
    if not _predicate(value):
        return []
    text = sp.text(value)
    new = f"not ({text})" if isinstance(value, ast.Compare) else f"not {text}"
    return [
        Rewrite(
            line,
            ((start, end, new),),
            f"pass the negation of {shorten(text, 30)}",
            FLAG_ARGUMENT_PRIOR,
            "negate",
        )
    ]


def _empty(node: ast.expr) -> bool:
    """`[]`, `()`, `{}`, `set()`, `range(0)`: an iterable with nothing in it, written as a literal."""
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        return not node.elts
    if isinstance(node, ast.Dict):
        return not node.keys
    if isinstance(node, ast.Constant):
        return node.value in ("", b"")
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and not node.keywords:
        if node.func.id in ("list", "tuple", "set", "dict", "frozenset"):
            return not node.args
        if node.func.id == "range" and len(node.args) == 1:
            return isinstance(node.args[0], ast.Constant) and node.args[0].value == 0
    return False


def _singulars(name: str) -> set[str]:
    """The loop variables a plural name's elements are called: `items` -> item, `boxes` -> box."""
    found = set()
    if name.endswith("ies"):
        found.add(name[:-3] + "y")
    if name.endswith("es"):
        found.add(name[:-2])
    if name.endswith("s"):
        found.add(name[:-1])
    for suffix in ("_list", "_seq", "_set", "list", "_items"):
        if name.endswith(suffix) and len(name) > len(suffix):
            found.add(name[: -len(suffix)])
    return found


_NEW_SCOPES = (
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.Lambda,
    ast.ClassDef,
    ast.ListComp,
    ast.SetComp,
    ast.DictComp,
    ast.GeneratorExp,
)


def _own_scope_stores(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.Name]:
    """The names the function itself binds, in source order: not a nested def's, class's or comprehension's,
    which are not in scope at the loop (ast.walk goes breadth first, so its last names were the deepest)."""
    found: list[ast.Name] = []
    stack: list[ast.AST] = list(function.body)
    while stack:
        sub = stack.pop()
        if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store):
            found.append(sub)
        if not isinstance(sub, _NEW_SCOPES):
            stack.extend(ast.iter_child_nodes(sub))
    return sorted(found, key=lambda name: (name.lineno, name.col_offset))


def _loop_iterables(sf: SourceFile, sp: Splicer, line: int, node: ast.For | ast.AsyncFor) -> list[Rewrite]:
    function = function_at(sf, line)
    if function is None:
        return []
    targets = {n.id for n in ast.walk(node.target) if isinstance(n, ast.Name)}
    start, end = sp.span(node.iter)
    choices: dict[str, tuple[float, str]] = {}

    def offer(text: str, prior: float, why: str) -> None:
        if text not in choices or choices[text][0] < prior:
            choices[text] = (prior, why)

    # A sequence the body indexes by the loop variable: the loop ran over its positions.
    for sub in ast.walk(node):
        if (
            isinstance(sub, ast.Subscript)
            and isinstance(sub.slice, ast.Name)
            and sub.slice.id in targets
            and isinstance(sub.value, ast.Name | ast.Attribute)
        ):
            seq = sp.text(sub.value)
            offer(f"range(len({seq}))", LOOP_INDEXED_PRIOR, f"the positions of {shorten(seq, 30)}")
            # The same positions from the last (TBar's traversal mutation): a search for the last match.
            offer(
                f"range(len({seq}) - 1, -1, -1)",
                LOOP_BACKWARD_PRIOR,
                f"the positions of {shorten(seq, 30)}, last first",
            )
    # Names in scope before the loop: the parameters and what the function bound above it.
    names: list[str] = [
        a.arg for a in function.args.posonlyargs + function.args.args + function.args.kwonlyargs
    ]
    names += [sub.id for sub in _own_scope_stores(function) if sub.lineno < node.lineno]
    seen: list[str] = []
    for name in names:
        if name in targets or name in seen or name in ("self", "cls"):
            continue
        seen.append(name)
    for name in seen:
        if targets & _singulars(name):
            offer(name, LOOP_PLURAL_PRIOR, f"{name}, whose elements the loop variable names")
    for name in seen[::-1][:MAX_LOOP_NAMES]:
        offer(name, LOOP_NAME_PRIOR, f"{name}, a value in scope")
    return [
        Rewrite(
            line,
            ((start, end, text),),
            f"loop over {shorten(text, 40)} instead of an empty {sp.text(node.iter)} ({why})",
            prior,
            "collection",
        )
        for text, (prior, why) in choices.items()
    ]


__all__ = ["api_rewrites"]
