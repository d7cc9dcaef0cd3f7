"""TYPE_ERROR families where the wrong value is made away from the line that raises.

Each family is driven by the message and the code's shape only (no identifier, file or literal of
any project), and generates its candidate where the value is made (PyTER, Oh et al., ESEC/FSE 2022:
repair the producer, not the use site):

- a protocol method returning the wrong kind (Python's data model: `__bytes__` must return bytes,
  `__str__`/`__repr__`/`__format__`/`__fspath__` text, `__index__`/`__int__`/`__hash__`/`__len__`
  an int, `__bool__` a bool ...): the interpreter raises at the caller, often a test's `bytes(obj)`,
  with no frame in the method, so every repository method of that name gets its returns converted;
- a bound method left uncalled (`text[m.end:]`, `n.count + 1`): a method is never an index or a
  number, so the call's parentheses are what is missing (TBar's "mutate method invocation");
- a number written as text (`LIMIT = '10'`, `UPPER = 'inf'`) compared with or added to a number: the
  literal becomes the number its text spells (`10`, `float('inf')`) where it is bound, also when the
  name is bound in another module of the repository;
- a pair returned in the wrong order: `count, items = collect(...)` and then `total + count` fails
  with the other kind, so the callee's returned pair is swapped (and, lower, the caller's targets);
- a path object joined to text with `+` (`base.parent + os.sep + name`): pathlib's own join,
  `str(base.parent / name)` (the operator pathlib documents), then the path converted to text;
- a passthrough return: a function the crash line's module calls returns text on one path
  (`return ''`) and its parameter unconverted on another, and a number reached text: `str(value)`;
- an unhashable argument of a cached function (`functools.lru_cache`/`cache` key on every argument,
  so each must be hashable): the list passed becomes a tuple at the call.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from healer.engine.fixers.lineedit import (
    FUNCTIONS,
    Edit,
    SourceFile,
    function_at,
    is_generator,
    shorten,
    walk_own_scope,
)
from healer.engine.fixers.type_site import Site

PROTOCOL_PRIOR = 0.9
UNCALLED_PRIOR = 0.88
NUMERIC_TEXT_PRIOR = 0.85
SWAPPED_PAIR_PRIOR = 0.8
CALLER_PAIR_PRIOR = 0.55
PATH_JOIN_PRIOR = 0.87
PATH_TEXT_PRIOR = 0.6
CACHED_ARGUMENT_PRIOR = 0.82
PASSTHROUGH_PRIOR = 0.92  # above the use-site conversions it makes needless

# The data model's return-type checks, as CPython words them, and the conversion of each.
PROTOCOL_MESSAGE = re.compile(
    r"(?P<name>__\w+__)(?:\(\))? (?:returned non-|should return |must return |method should return )"
    r"|expected [\w.]*\.(?P<fspath>__fspath__)\(\) to return str or bytes"
    # iter() names neither the method nor the class: "iter() returned non-iterator of type 'dict'"
    # is __iter__ returning an iterable (a dict, a list) where the protocol wants an iterator.
    r"|(?P<iter>iter)\(\) returned non-iterator"
)
PROTOCOL_CONVERSION = {
    "__bytes__": "bytes",
    "__str__": "str",
    "__repr__": "str",
    "__format__": "str",
    "__fspath__": "str",
    "__index__": "int",
    "__int__": "int",
    "__hash__": "int",
    "__len__": "int",
    "__float__": "float",
    "__complex__": "complex",
    "__bool__": "bool",
    "__iter__": "iter",
}
LEN_MESSAGE = re.compile(r"'(?:str|float|bytes|NoneType)' object cannot be interpreted as an integer")
RETURNED_TYPE = re.compile(r"\(type (\w+)\)|returned (\w+)|, not '?(\w+)'?")

# A message saying a method object met an index, a number or an operator.
METHOD_OPERAND = re.compile(
    r"'(?:method|builtin_function_or_method|method-wrapper)'|slice indices must be integers"
)
BUILTIN_METHODS = frozenset(
    name
    for kind in (str, bytes, list, dict, set, tuple, int, float, type(re.match("", "")))
    for name in dir(kind)
    if not name.startswith("_")
)
SLICE_MESSAGE = re.compile(r"slice indices must be integers")
NUMBER_KINDS = ("int", "float", "complex", "Decimal", "Fraction")
# Text met a number: an operator or a comparison between the two kinds.
TEXT_AND_NUMBER = re.compile(
    r"(?:unsupported operand type\(s\) for [^:]+:|not supported between instances of) "
    r"'(?P<a>\w+)' and '(?P<b>\w+)'"
    r"|can only concatenate str \(not \"(?P<c>int|float)\"\) to str"
)
# A value of one kind where another was expected: the messages a swapped pair produces.
WRONG_KIND = re.compile(
    r"unsupported operand type|not supported between instances|can only concatenate|has no len\(\)"
    r"|object is not (?:iterable|subscriptable|callable)|cannot be interpreted as an integer"
    r"|must be (?:str|int|real number)"
)
PATH_PLUS = re.compile(r"unsupported operand type\(s\) for \+: '(\w*Path)' and 'str'|'str' and '(\w*Path)'")
UNHASHABLE = re.compile(r"unhashable type: '(list|set|dict|bytearray)'")
HASHABLE_FORM = {"list": "tuple", "set": "frozenset", "bytearray": "bytes"}
# A number where text was wanted, or text where a number was.
NUMBER_MET_TEXT = re.compile(
    r"object of type '(?:int|float)' has no len\(\)|can only concatenate str \(not \"(?:int|float)\"\)"
    r"|expected str instance, (?:int|float) found|unsupported operand type\(s\) for [^:]+: '(?:str|int|float)' and"
)
CACHE_DECORATORS = frozenset({"lru_cache", "cache", "cached", "memoize", "memoized"})


def _span_edit(sf: SourceFile, node: ast.AST, new: str, description: str, prior: float) -> Edit | None:
    span = sf.node_span(node)
    if span is None:
        return None
    line, start, end = span
    return Edit(line, ((start, end, new),), description, prior, "root-cause", path=sf.path)


def _atomic(text: str, node: ast.AST) -> str:
    """The text, parenthesised unless a method can be called on it as it is."""
    simple = (ast.Name, ast.Attribute, ast.Call, ast.Subscript, ast.Constant, ast.JoinedStr)
    return text if isinstance(node, simple) else f"({text})"


# --------------------------------------------------------------------------- protocol methods
def protocol_result_edits(
    *, messages: list[str], files: Callable[[], Iterable[SourceFile]], crash_line: str = ""
) -> list[Edit]:
    """`def __bytes__(self): return self.__str__()`: convert what the protocol method returns.

    `len(obj)` is the one builtin whose message does not name the method ("'str' object cannot be
    interpreted as an integer"): the raising line's own `len(` call names it (`crash_line`, the text
    of the deepest frame's line, a test's too).
    """
    edits: list[Edit] = []
    for message in messages:
        m = PROTOCOL_MESSAGE.search(message)
        if m is None:
            if LEN_MESSAGE.search(message) and re.search(r"(?<![\w.])len\(", crash_line):
                for sf, func in _methods_named(files, "__len__"):
                    edits += _converted_returns(sf, func, conv="int", actual="")
            continue
        name = m.group("name") or m.group("fspath") or ("__iter__" if m.group("iter") else "")
        conv = PROTOCOL_CONVERSION.get(name)
        if conv is None:
            continue
        returned = RETURNED_TYPE.search(message[m.end() :])
        actual = next((g for g in returned.groups() if g), "") if returned else ""
        for sf, func in _methods_named(files, name):
            if name == "__iter__" and is_generator(func):
                continue  # a generator function's call is an iterator whatever it returns
            edits += _converted_returns(sf, func, conv=conv, actual=actual)
    return edits


def _methods_named(
    files: Callable[[], Iterable[SourceFile]], name: str
) -> Iterable[tuple[SourceFile, ast.AST]]:
    """Every repository function or method called `name`, with its file."""
    for sf in files():
        for func in ast.walk(sf.tree):
            if isinstance(func, FUNCTIONS) and func.name == name:
                yield sf, func


def _converted_returns(sf: SourceFile, func: ast.AST, *, conv: str, actual: str) -> list[Edit]:
    edits = []
    own = {id(node) for node in walk_own_scope(func)}  # a nested function's return is not the method's
    for ret in ast.walk(func):  # (in ast.walk's order, which ranks the returns as before)
        if not isinstance(ret, ast.Return) or ret.value is None or id(ret) not in own:
            continue
        value = ret.value
        text = sf.segment(value)
        if conv == "bytes":
            # Text is encoded (bytes() of a str needs an encoding); anything else goes through str.
            base = _atomic(text, value) if actual in ("str", "") else f"str({text})"
            new = f"{base}.encode('utf-8')"
            description = f"encode what {func.name} returns ({shorten(text, 30)}) to bytes"
        else:
            if re.fullmatch(rf"{conv}\(.*\)", text):
                continue
            new = f"{conv}({text})"
            description = f"convert what {func.name} returns ({shorten(text, 30)}) with {conv}()"
        edit = _span_edit(sf, value, new, description, PROTOCOL_PRIOR)
        if edit:
            edits.append(replace(edit, making_site=True))  # the protocol method makes the value
    return edits


# --------------------------------------------------------------------------- uncalled methods
def t_uncalled_method(m: re.Match, site: Site) -> list[Edit]:
    """`text[match.end:]`: an attribute used as an index or operand is a method left uncalled."""
    slice_only = SLICE_MESSAGE.search(m.string) is not None
    operands: list[ast.AST] = []
    for node in site.nodes(ast.Slice):
        operands += [b for b in (node.lower, node.upper, node.step) if b is not None]
    if not slice_only:
        for node in site.nodes(ast.BinOp):
            operands += [node.left, node.right]
        for node in site.nodes(ast.Compare):
            operands += [node.left, *node.comparators]
        for node in site.nodes(ast.Subscript):
            if not isinstance(node.slice, ast.Slice):
                operands.append(node.slice)
    edits = []
    for operand in operands:
        for node in ast.walk(operand):
            if not isinstance(node, ast.Attribute) or not isinstance(node.ctx, ast.Load):
                continue
            parent = site.sf.parent(node)
            if isinstance(parent, ast.Call) and parent.func is node:
                continue  # already called
            if slice_only and not _is_method_name(node.attr, site):
                continue  # the slice message names no method: only a name that is one is called
            text = site.seg(node)
            span = site.span(node)
            if span is not None:
                edits.append(
                    Edit(
                        site.line, ((span[1], span[1], "()"),), f"call {text}: use its result", UNCALLED_PRIOR
                    )
                )
    return edits


def _is_method_name(attr: str, site: Site) -> bool:
    """A method of the builtin kinds or of `re.Match`, or a function the repository defines."""
    if attr in BUILTIN_METHODS:
        return True
    return any(isinstance(d, FUNCTIONS) for _, d in site.index.functions(attr, prefer=site.sf.path))


# --------------------------------------------------------------------------- numbers written as text
def _number_text(value: ast.AST) -> str | None:
    """`'10'` -> `10`, `'inf'` -> `float('inf')`: the number a text literal spells, or None."""
    if not (isinstance(value, ast.Constant) and isinstance(value.value, str)):
        return None
    text = value.value.strip()
    if re.fullmatch(r"[-+]?\d+", text):
        return str(int(text))
    try:
        float(text)
    except ValueError:
        return None
    if re.fullmatch(r"[-+]?(\d+\.\d*|\.\d+|\d+)([eE][-+]?\d+)?", text):
        return text
    return f"float({value.value!r})"  # inf, nan: only float() spells them


def t_number_as_text(m: re.Match, site: Site) -> list[Edit]:
    """`limit = '10'` then `n > limit`: bind the number the text spells, where the text is written."""
    kinds = {m.group("a"), m.group("b")} if m.group("a") else {"str", m.group("c")}
    if "str" not in kinds or not kinds & set(NUMBER_KINDS):
        return []
    edits: list[Edit] = []
    seen: set[tuple[str, int, int]] = set()

    def offer(sf: SourceFile, literal: ast.AST, prior: float) -> None:
        number = _number_text(literal)
        span = sf.node_span(literal)
        if number is None or span is None or (sf.path, span[0], span[1]) in seen:
            return
        seen.add((sf.path, span[0], span[1]))
        edit = _span_edit(
            sf, literal, number, f"bind the number {number}, not the text {sf.segment(literal)}", prior
        )
        if edit:
            edits.append(edit)

    names: set[str] = set()
    for node in site.sf.nodes_touching(site.line):
        if isinstance(node, ast.Constant):
            offer(site.sf, node, NUMERIC_TEXT_PRIOR)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            names.add(node.id)
    func = function_at(site.sf, site.line)
    for name in sorted(names):
        # The name's own binding in this scope first, then the module's, then the repository's.
        local = [
            n.value
            for n in ast.walk(func if func is not None else site.sf.tree)
            if isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in n.targets)
        ]
        for value in local:
            offer(site.sf, value, NUMERIC_TEXT_PRIOR)
        for sf in site.index.all_files():
            for node in sf.tree.body:
                if isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == name for t in node.targets
                ):
                    offer(sf, node.value, NUMERIC_TEXT_PRIOR)
    return edits


# --------------------------------------------------------------------------- pairs in the wrong order
def t_swapped_pair(m: re.Match, site: Site) -> list[Edit]:
    """`count, items = collect(d)` then `total + count` fails: the callee returns its pair swapped."""
    func = function_at(site.sf, site.line)
    if func is None:
        return []
    used = {n.id for n in site.sf.nodes_touching(site.line) if isinstance(n, ast.Name)}
    edits: list[Edit] = []
    for node in ast.walk(func):
        if not (
            isinstance(node, ast.Assign)
            and node.lineno <= site.line
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Tuple)
            and len(node.targets[0].elts) == 2
            and isinstance(node.value, ast.Call)
        ):
            continue
        targets = node.targets[0].elts
        if not any(isinstance(t, ast.Name) and t.id in used for t in targets):
            continue
        callee = node.value.func
        name = callee.attr if isinstance(callee, ast.Attribute) else getattr(callee, "id", "")
        for sf, definition in site.index.functions(name, prefer=site.sf.path):
            if isinstance(definition, FUNCTIONS):
                edits += _swapped_returns(sf, definition)
        first, second = (site.sf.segment(t) for t in targets)
        span_first, span_second = site.sf.node_span(targets[0]), site.sf.node_span(targets[1])
        if span_first and span_second and span_first[0] == span_second[0]:
            edits.append(
                Edit(
                    span_first[0],
                    ((span_first[1], span_first[2], second), (span_second[1], span_second[2], first)),
                    f"unpack the pair in the order it is returned: {second}, {first}",
                    CALLER_PAIR_PRIOR,
                    "root-cause",
                    path=site.sf.path,
                )
            )
    return edits


def _swapped_returns(sf: SourceFile, func: ast.AST) -> list[Edit]:
    edits = []
    for ret in ast.walk(func):
        if not (
            isinstance(ret, ast.Return) and isinstance(ret.value, ast.Tuple) and len(ret.value.elts) == 2
        ):
            continue
        a, b = ret.value.elts
        span_a, span_b = sf.node_span(a), sf.node_span(b)
        if not (span_a and span_b and span_a[0] == span_b[0]):
            continue
        text_a, text_b = sf.segment(a), sf.segment(b)
        edits.append(
            Edit(
                span_a[0],
                ((span_a[1], span_a[2], text_b), (span_b[1], span_b[2], text_a)),
                f"return the pair in the order its callers unpack it: {text_b}, {text_a}",
                SWAPPED_PAIR_PRIOR,
                "root-cause",
                path=sf.path,
            )
        )
    return edits


# --------------------------------------------------------------------------- paths joined with +
def _plus_chain(node: ast.AST) -> list[ast.AST]:
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return [*_plus_chain(node.left), node.right]
    return [node]


def _is_separator(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant):
        return node.value in ("/", "\\")
    return isinstance(node, ast.Attribute) and node.attr in ("sep", "altsep")


def t_path_plus_text(m: re.Match, site: Site) -> list[Edit]:
    """`base.parent + os.sep + name`: pathlib joins with `/`, `str(base.parent / name)`."""
    edits: list[Edit] = []
    outer = [
        n
        for n in site.nodes(ast.BinOp)
        if isinstance(n.op, ast.Add) and not isinstance(site.sf.parent(n), ast.BinOp)
    ]
    for chain_node in outer:
        parts = _plus_chain(chain_node)
        if len(parts) < 2 or site.span(chain_node) is None:
            continue
        pieces = [p for p in parts if not _is_separator(p)]
        head = site.seg(parts[0])
        if len(pieces) >= 2 and len(pieces) < len(parts):
            joined = " / ".join(_atomic(site.seg(p), p) for p in pieces)
            edits.append(
                Edit(
                    site.line,
                    ((*site.span(chain_node), f"str({joined})"),),
                    f"join the path with pathlib's / operator: str({shorten(joined, 40)})",
                    PATH_JOIN_PRIOR,
                )
            )
        edit = site.wrap(
            parts[0], "str", f"convert the path {shorten(head, 30)} to text before +", PATH_TEXT_PRIOR
        )
        if edit:
            edits.append(edit)
    return edits


# --------------------------------------------------------------------------- cached functions
def _cached(definition: ast.AST) -> bool:
    for decorator in getattr(definition, "decorator_list", []):
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
        if name in CACHE_DECORATORS:
            return True
    return False


def t_cached_argument(m: re.Match, site: Site) -> list[Edit]:
    """`self._lookup(value)` with `_lookup` under `@lru_cache`: the cache key must be hashable."""
    conv = HASHABLE_FORM.get(m.group(1))
    if conv is None:
        return []
    edits = []
    for call in site.nodes(ast.Call):
        func = call.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if not name or not any(_cached(d) for _, d in site.index.functions(name, prefer=site.sf.path)):
            continue
        for argument in [*call.args, *(k.value for k in call.keywords)]:
            if isinstance(argument, (ast.Constant, ast.Tuple)):
                continue
            shown = shorten(site.seg(argument), 30)
            edit = site.wrap(
                argument,
                conv,
                f"pass {shown} as a {conv}: {name}() is cached by its arguments",
                CACHED_ARGUMENT_PRIOR,
            )
            if edit:
                edits.append(edit)
    return edits


# --------------------------------------------------------------------------- a passthrough return
def _literal_kind(node: ast.AST) -> str | None:
    if isinstance(node, ast.JoinedStr):
        return "str"
    if isinstance(node, ast.Constant) and type(node.value) in (str, int, float):
        return type(node.value).__name__
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("str", "int", "float")
    ):
        return node.func.id
    return None


def t_passthrough_return(m: re.Match, site: Site) -> list[Edit]:
    """`def as_text(v): if v is None: return '' / return v`: the other path returns v unconverted.

    The function's returns disagree in kind (text on one path, the raw parameter on the other), and
    the message says a value of another kind reached code that wants the kind the function makes, so
    the passthrough path lacks the conversion its sibling return shows (PyTER's type conversion, made
    in the producer that the crash line calls, directly or through the module it imports it from).
    """
    # Every message of NUMBER_MET_TEXT is about text wanted where a number came.
    mentioned = {"str"}
    called = {
        (n.func.attr if isinstance(n.func, ast.Attribute) else n.func.id)
        for n in ast.walk(site.sf.tree)
        if isinstance(n, ast.Call) and isinstance(n.func, (ast.Name, ast.Attribute))
    }
    edits: list[Edit] = []
    for name in sorted(called):
        for sf, definition in site.index.functions(name, prefer=site.sf.path):
            if isinstance(definition, FUNCTIONS):
                edits += _passthrough_edits(sf, definition, mentioned)
    return edits


def _passthrough_edits(sf: SourceFile, func: ast.AST, mentioned: set[str]) -> list[Edit]:
    params = {a.arg for a in (*func.args.posonlyargs, *func.args.args, *func.args.kwonlyargs)} - {
        "self",
        "cls",
    }
    returns = [
        r
        for r in ast.walk(func)
        if isinstance(r, ast.Return) and r.value is not None and function_at(sf, r.lineno) is func
    ]
    kinds = {k for r in returns if (k := _literal_kind(r.value))}
    if len(kinds) != 1 or not kinds <= mentioned:
        return []
    (kind,) = kinds
    # A local the function itself does arithmetic on with numbers (`base += 10`) is as evidently a
    # number as a parameter is raw: returned bare beside a text return, it lacks the same conversion.
    params |= _numbered_names(func) if kind == "str" else set()
    edits = []
    for ret in returns:
        if isinstance(ret.value, ast.Name) and ret.value.id in params:
            edit = _span_edit(
                sf,
                ret.value,
                f"{kind}({ret.value.id})",
                f"convert {ret.value.id} to {kind} as {func.name}'s other return does",
                PASSTHROUGH_PRIOR,
            )
            if edit:
                edits.append(replace(edit, making_site=True))  # the producer's return makes it
    return edits


def _numbered_names(func: ast.AST) -> set[str]:
    """The names the function's own statements add a number to, subtract one from or multiply by one (`n += 10`)."""
    names: set[str] = set()
    for node in walk_own_scope(func):
        if (
            isinstance(node, ast.AugAssign)
            and isinstance(node.target, ast.Name)
            and isinstance(node.op, (ast.Add, ast.Sub, ast.Mult))
            and isinstance(node.value, ast.Constant)
            and type(node.value.value) in (int, float)
        ):
            names.add(node.target.id)
    return names


PROTOCOL_TEMPLATES = [
    (METHOD_OPERAND, t_uncalled_method),
    (TEXT_AND_NUMBER, t_number_as_text),
    (WRONG_KIND, t_swapped_pair),
    (PATH_PLUS, t_path_plus_text),
    (UNHASHABLE, t_cached_argument),
    (NUMBER_MET_TEXT, t_passthrough_return),
]

__all__ = ["PROTOCOL_TEMPLATES", "protocol_result_edits"]
