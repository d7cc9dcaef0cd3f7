"""TYPE_ERROR at a call whose arguments have the wrong shape, not the wrong values.

Two slips of the call itself, which no conversion of a value repairs (TBar's "mutate method
invocation expression" templates, argument swap and parameter replacement: Liu, Koyuncu, Kim,
Bissyandé, "TBar: Revisiting Template-based Automated Program Repair", ISSTA 2019):

- Arguments swapped: `pattern.sub(text, replace)` hands the function to the parameter that wants
  the text, and the library says it "expected string or bytes-like object, got 'function'". An
  argument whose own kind is the very type the message names sits in another argument's slot:
  swap the two.
- Arguments meant for the enclosing call: `complex(pyfloat(v_re, v_im))` hands both parts to a
  function that takes one ("pyfloat() takes 1 positional argument but 2 were given"): the
  parenthesis closes one argument too late (`complex(pyfloat(v_re), v_im)`), or the function was
  meant for each of them (`complex(pyfloat(v_re), pyfloat(v_im))`). Dropping the argument loses
  it; these keep it.
- A keyword-only parameter passed by position: `max(indices, -1)` means `max(indices, default=-1)`
  but compares the list with -1 ("'>' not supported between instances of 'int' and 'list'");
  `sorted(words, len)` means `key=len`. Which parameters are keyword-only is read from the running
  Python's own builtins (their signature, or the `*[, default=obj, key=func]` of their docstring),
  not from a list kept here.

The functions work on a parsed file and a line and return `Edit`s; the TypeError fixer
(fixers/type_errors.py) matches them to messages.
"""

from __future__ import annotations

import ast
import builtins
import functools
import inspect
import re

from healer.engine.fixers.arguments import display_kind
from healer.engine.fixers.lineedit import (
    FUNCTIONS,
    Edit,
    SourceFile,
    called_name,
    class_at,
    class_attributes,
    function_at,
    local_names,
    module_names,
    shorten,
    walk_own_scope,
)
from healer.engine.fixers.names import tokens

CALLABLE_TYPES = frozenset({"function", "method", "builtin_function_or_method", "type"})
# Methods of the builtin containers whose keyword-only parameters count as the builtins' do
# (`words.sort(len)` is `sort(key=len)`).
METHOD_OWNERS = (list, dict, str, bytes)
_DOC_KEYWORD_ONLY = re.compile(r"\*\[,\s*([^\]]*)\]")


@functools.cache
def keyword_only(name: str) -> tuple[str, ...]:
    """The keyword-only parameters of the builtin function or builtin container method `name`."""
    candidates = [getattr(builtins, name, None), *(getattr(owner, name, None) for owner in METHOD_OWNERS)]
    for func in candidates:
        if not callable(func) or isinstance(func, type):
            continue
        try:
            parameters = inspect.signature(func).parameters.values()
        except (TypeError, ValueError):
            # max() and min() have two forms and no signature: their docstring lists the
            # keyword-only ones as `*[, default=obj, key=func]`.
            doc = (getattr(func, "__doc__", "") or "").split("\n\n")[0]
            found = [n for m in _DOC_KEYWORD_ONLY.finditer(doc) for n in re.findall(r"(\w+)=", m.group(1))]
        else:
            if any(p.kind is inspect.Parameter.VAR_POSITIONAL for p in parameters):
                return ()  # print(a, b): every positional is meant, none is a keyword given by position
            found = [p.name for p in parameters if p.kind is inspect.Parameter.KEYWORD_ONLY]
        if found:
            return tuple(dict.fromkeys(found))
    return ()


def static_kind(sf: SourceFile, node: ast.expr, line: int) -> str:
    """The type name CPython would print for the value of `node`, when the code alone says it ("" if not)."""
    if isinstance(node, ast.Constant):
        return type(node.value).__name__
    if isinstance(node, ast.UnaryOp) and isinstance(node.operand, ast.Constant):
        return "bool" if isinstance(node.op, ast.Not) else type(node.operand.value).__name__  # -1, not x
    if isinstance(node, ast.Lambda):
        return "function"
    if isinstance(node, ast.GeneratorExp):
        return "generator"
    if kind := display_kind(node):
        return kind
    func = function_at(sf, line)
    local = local_names(func, before_line=line) if func is not None else {}
    if isinstance(node, ast.Name) and func is not None:
        # A closure the function defines (`def _escape(m): ...` before `pattern.sub(text, _escape)`).
        made = [n for n in walk_own_scope(func) if isinstance(n, FUNCTIONS) and n.name == node.id]
        if made:
            return "" if node.id in local else "function"
    if isinstance(node, ast.Name) and node.id not in local:
        defined = module_names(sf.tree).get(node.id)
        if defined == "function":
            return "function"
        if defined == "class":
            return "type"
        if defined is None and callable(getattr(builtins, node.id, None)):
            return "type" if isinstance(getattr(builtins, node.id), type) else "builtin_function_or_method"
    if (
        isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id in ("self", "cls")
    ):
        cls = class_at(sf, line)
        if cls is not None and class_attributes(cls).get(node.attr) == "method":
            return "method"
    return ""


def _kind_matches(kind: str, named: str) -> bool:
    """Whether a value of static kind `kind` is what a message calling it `named` saw."""
    if kind == named:
        return True
    # A function stored on a class and read through the instance is a bound 'method'.
    return kind in ("function", "method") and named in ("function", "method")


def _positional(call: ast.Call, sf: SourceFile) -> list[tuple[int, int, ast.expr]] | None:
    """(start, end, node) of each positional argument, when they all sit on the call's first line."""
    if any(isinstance(a, ast.Starred) for a in call.args):
        return None
    found = []
    for arg in call.args:
        span = sf.node_span(arg)
        if span is None or span[0] != call.lineno:
            return None
        found.append((span[1], span[2], arg))
    return found


def swapped_argument_edits(sf: SourceFile, line: int, named: str) -> list[Edit]:
    """Swap the one argument of a call on `line` whose kind is `named` (the type the message says
    was given) with another positional argument: the nearest first."""
    edits: list[Edit] = []
    for call in sf.nodes_touching(line):
        if not isinstance(call, ast.Call) or call.lineno != line or len(call.args) < 2:
            continue
        args = _positional(call, sf)
        if args is None:
            continue
        odd = [i for i, (_, _, arg) in enumerate(args) if _kind_matches(static_kind(sf, arg, line), named)]
        if len(odd) != 1:
            continue  # no argument, or several, of the kind named: nothing says which slot is wrong
        i = odd[0]
        others = sorted((j for j in range(len(args)) if j != i), key=lambda j: abs(j - i))
        for rank, j in enumerate(others):
            (a_start, a_end, _), (b_start, b_end, _) = args[i], args[j]
            a_text, b_text = sf.line_text(line)[a_start:a_end], sf.line_text(line)[b_start:b_end]
            if a_text == b_text:
                continue
            edits.append(
                Edit(
                    line,
                    ((a_start, a_end, b_text), (b_start, b_end, a_text)),
                    f"swap the arguments {shorten(a_text, 30)} and {shorten(b_text, 30)} of "
                    f"{called_name(call) or 'the call'}()",
                    round(0.9 - 0.1 * rank, 4),
                    "swap",
                )
            )
    return edits


def enclosing_call_edits(sf: SourceFile, line: int, name: str, takes: int) -> list[Edit]:
    """The arguments beyond the `takes` a function accepts, given to the call that encloses it."""
    edits: list[Edit] = []
    for call in sf.nodes_touching(line):
        if not isinstance(call, ast.Call) or called_name(call) != name or call.keywords:
            continue
        outer = sf.parent(call)
        span = sf.node_span(call)
        args = _positional(call, sf)
        if not isinstance(outer, ast.Call) or call not in outer.args or span is None or not args:
            continue
        if len(args) <= takes:
            continue
        func = sf.segment(call.func)
        texts = [sf.line_text(line)[start:end] for start, end, _ in args]
        kept, extra = texts[:takes], texts[takes:]
        moved = f"{func}({', '.join(kept)}), {', '.join(extra)}"
        edits.append(
            Edit(
                line,
                ((span[1], span[2], moved),),
                f"close {func}() after {shorten(kept[-1], 30)}: {shorten(', '.join(extra), 30)} is "
                f"{called_name(outer) or 'the outer call'}()'s",
                0.7,
                "enclosing",
            )
        )
        if takes == 1:
            # Parallel values (`v_re, v_im`) each need the conversion the first one gets.
            each = ", ".join(f"{func}({text})" for text in texts)
            prior = 0.8 if _parallel(args) else 0.65
            edits.append(
                Edit(
                    line,
                    ((span[1], span[2], each),),
                    f"apply {func}() to each of {shorten(', '.join(texts), 40)}",
                    prior,
                    "enclosing",
                )
            )
    return edits


def _parallel(args: list[tuple[int, int, ast.expr]]) -> bool:
    """Arguments of one shape: names sharing a word (`v_re`, `v_im`), or attributes of one object."""
    nodes = [node for _, _, node in args]
    if all(isinstance(n, ast.Name) for n in nodes):
        words = [set(tokens(n.id)) for n in nodes]
        return bool(set.intersection(*words))
    if all(isinstance(n, ast.Attribute) for n in nodes):
        return len({ast.dump(n.value) for n in nodes}) == 1
    return False


def keyword_only_edits(sf: SourceFile, line: int) -> list[Edit]:
    """A builtin's keyword-only parameter given by position: name the last positional argument.

    Only the second of exactly two positional arguments is named (`max(xs, -1)`, `sorted(xs, f)`,
    `xs.sort(f)`): with more, which ones were meant as keywords is a guess. The keyword its kind
    fits goes first: a callable is a `key`, a bool `reverse`, anything else a `default`.
    """
    edits: list[Edit] = []
    for call in sf.nodes_touching(line):
        if not isinstance(call, ast.Call) or call.lineno != line:
            continue
        name = called_name(call)
        method = isinstance(call.func, ast.Attribute)
        if method and (name in dir(builtins) or not call.args):
            continue  # `module.max(...)` is not the builtin; a method needs its one argument here
        if not method and (name not in dir(builtins) or name in local_names_at(sf, line)):
            continue
        wanted = 1 if method else 2
        parameters = keyword_only(name)
        if not parameters or len(call.args) != wanted:
            continue
        args = _positional(call, sf)
        if args is None:
            continue
        start, _, arg = args[-1]
        kind = static_kind(sf, arg, line)
        taken = {k.arg for k in call.keywords}
        for parameter in sorted(
            (p for p in parameters if p not in taken and _keyword_fit(p, kind, arg)),
            key=lambda p: -_keyword_fit(p, kind, arg),
        ):
            edits.append(
                Edit(
                    line,
                    ((start, start, f"{parameter}="),),
                    f"pass {shorten(sf.segment(arg), 30)} as {name}()'s keyword-only {parameter}=",
                    _keyword_fit(parameter, kind, arg),
                    "keyword",
                )
            )
    return edits


def local_names_at(sf: SourceFile, line: int) -> dict[str, str]:
    """Names the function around `line` binds (a local `max` is not the builtin), and the module's."""
    func = function_at(sf, line)
    names = dict(local_names(func, before_line=line)) if func is not None else {}
    names.update({k: v for k, v in module_names(sf.tree).items() if v != "import"})
    return names


def _keyword_fit(parameter: str, kind: str, arg: ast.expr) -> float:
    """How well the argument fits the keyword (0: it cannot be that one: a literal is never a `key`)."""
    callable_ = kind in CALLABLE_TYPES or (isinstance(arg, ast.Attribute) and not kind)
    known = bool(kind) and not callable_  # a literal or container: certainly not a function
    if parameter == "key":
        return 0.9 if callable_ else 0.0 if known else 0.4
    if parameter == "reverse":
        return 0.85 if kind == "bool" else 0.0 if known else 0.3
    if parameter == "default":
        return 0.4 if callable_ else 0.9
    return 0.0 if known else 0.5
