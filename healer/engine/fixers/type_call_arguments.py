"""TYPE_ERROR: a wrong value made at the call a frame above the function that refuses it (round 56).

The TypeError is raised inside a repository function, from one of its parameters, but the value was made
wrong where that function is CALLED: the traceback's caller frame holds a call of the callee frame's
function, and the parameter the callee's line reads is bound there. Two shapes, repaired at the call (the
making site; PyTER, Oh & Oh, FSE 2022, repairs where the value gets its type):

- **Arguments swapped** (PAR's argument reordering, Kim et al., ICSE 2013; TBar's "mutate method
  invocation" templates): `pad(w, cell)` for `def pad(text: str, width: int)` with "expected string ...,
  got 'int'": the slot that reaches the crash wants the kind the message demands and another slot of the
  same call is declared (annotation or default) with the kind the message says arrived, so the two
  arguments are swapped back. Without declarations, the one argument whose own kind (a literal, a
  conversion, a display) is the wrong kind the message names is swapped with its nearest neighbours.
- **A sequence passed where its length is wanted**: `paginate(rows, total=rows)` with "'<' not supported
  between instances of 'list' and 'int'": the parameter's name says a length or count (`total`,
  `sequence_length`, `n_items`, `size`), the message names a sized kind other than text (list,
  tuple, dict, set, bytes: text there spells a number), so the argument is measured where it is passed: `total=len(rows)`.

- **An option the parser left as text**, followed up the traceback: the refused parameter is bound at
  each caller frame's call, through a record's field (`self.year` in `__post_init__`, bound where the
  record is constructed) up to `args.year`, an option an `add_argument` in the repository declares with no
  `type=`: the conversion is put back there (fixers/type_parsed.py's edit, which the demanded-type tier
  reaches only a statement or a call away), above an `int(...)` at the use.

Driven by the traceback, the callee's signature and the message's kinds only; nothing here names a
project, a file or a literal of a benchmark.
"""

from __future__ import annotations

import ast
import re
from dataclasses import replace

from healer.engine.fixers.call_shapes import static_kind
from healer.engine.fixers.dataflow import Frame
from healer.engine.fixers.lineedit import (
    FUNCTIONS,
    Edit,
    SourceFile,
    called_name,
    function_at,
    making_site_edit,
    shorten,
)
from healer.engine.fixers.type_parsed import parsed_type_edits

# Above a conversion at the crash's use (0.6-0.8), which leaves every other caller's values as they were.
PRIOR_DECLARED_SWAP = 0.9
PRIOR_KIND_SWAP = 0.85
PRIOR_LENGTH = 0.9
PRIOR_UNCONVERTIBLE_SWAP = 0.96
PARSED_BONUS = 0.075

KINDS = frozenset({"str", "int", "float", "bool", "bytes", "list", "dict", "tuple", "set", "NoneType"})
SIZED = frozenset({"str", "bytes", "list", "dict", "tuple", "set"})
# The sized kinds measured where a count is wanted: not text, which there is a number's spelling (an
# option, a field read from a file) far more often than a sequence, and `len("3")` is a count too.
MEASURED = SIZED - {"str"}
# Words of a parameter's name that say it holds a length or a count, not the sequence itself.
LENGTH_WORDS = frozenset({"length", "len", "count", "size", "total", "n", "num", "number"})
# "must be str, not int", "expected string or bytes-like object, got 'int'", "can only concatenate
# str (not "int") to str", "'str' object cannot be interpreted as an integer".
DEMANDED = (
    re.compile(r"must be (?:a |an )?(str|int|float|bytes|string|integer)\b"),
    re.compile(r"expected (str|string|bytes|int|float)\b"),
    re.compile(r"can only concatenate (str|list|tuple|bytes)"),
    re.compile(r"cannot be interpreted as an (integer)"),
)
SPELLED = {"string": "str", "integer": "int"}


def message_kinds(message: str) -> tuple[str | None, set[str]]:
    """(the kind the message demands, or None; the kinds it says arrived)."""
    demanded = None
    for pattern in DEMANDED:
        if m := pattern.search(message):
            demanded = SPELLED.get(m.group(1), m.group(1))
            break
    named = set(re.findall(r"""['"](\w+)['"]""", message)) & KINDS
    return demanded, {k for k in named if k != demanded}


def call_argument_edits(
    messages: list[str], caller: SourceFile, frame: Frame, callee: Frame, load
) -> list[Edit]:
    """The swaps and `len(...)` at `frame`'s call of `callee.function` (`load(path)` -> SourceFile)."""
    target = load(callee.file)
    func = function_at(target, callee.line) if target is not None else None
    if not isinstance(func, FUNCTIONS) or func.name != callee.function:
        return []
    read = {n.id for n in target.nodes_touching(callee.line) if isinstance(n, ast.Name)}
    edits: list[Edit] = []
    for call in caller.nodes_touching(frame.line):
        if not isinstance(call, ast.Call) or called_name(call) != func.name:
            continue
        if any(isinstance(a, ast.Starred) for a in call.args):
            continue
        bound = _bound(func, call)
        for message in messages:
            demanded, given = message_kinds(message)
            if not given:
                continue
            edits += _swaps(caller, call, func, bound, read, demanded, given)
            edits += _lengths(caller, func, bound, read, given)
    return edits


def _bound(func: ast.AST, call: ast.Call) -> dict[str, tuple[int | None, ast.expr]]:
    """{parameter: (its positional index in the call or None for a keyword, the argument)}."""
    positional = [a.arg for a in (*func.args.posonlyargs, *func.args.args)]
    if positional[:1] in (["self"], ["cls"]) and isinstance(call.func, ast.Attribute):
        positional = positional[1:]
    bound: dict[str, tuple[int | None, ast.expr]] = {}
    for index, arg in enumerate(call.args[: len(positional)]):
        bound[positional[index]] = (index, arg)
    for keyword in call.keywords:
        if keyword.arg:
            bound[keyword.arg] = (None, keyword.value)
    return bound


def declared_kind(func: ast.AST, param: str) -> str:
    """The kind a parameter's annotation or default declares ("" if neither says one of KINDS)."""
    args = func.args
    for arg in (*args.posonlyargs, *args.args, *args.kwonlyargs):
        if arg.arg == param and isinstance(arg.annotation, ast.Name) and arg.annotation.id in KINDS:
            return arg.annotation.id
    positional = [*args.posonlyargs, *args.args]
    pairs = list(zip(positional[len(positional) - len(args.defaults) :], args.defaults, strict=True))
    pairs += [(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if d is not None]
    for arg, default in pairs:
        if arg.arg == param and isinstance(default, ast.Constant) and default.value is not None:
            return type(default.value).__name__
    return ""


def _swaps(
    sf: SourceFile,
    call: ast.Call,
    func: ast.AST,
    bound: dict[str, tuple[int | None, ast.expr]],
    read: set[str],
    demanded: str | None,
    given: set[str],
) -> list[Edit]:
    slots = {index: (param, arg) for param, (index, arg) in bound.items() if index is not None}
    kinds = {index: static_kind(sf, arg, call.lineno) for index, (_, arg) in slots.items()}
    edits: list[Edit] = []
    for i, (param, arg) in slots.items():
        if param not in read:
            continue  # the value refused is not this slot's
        mine = declared_kind(func, param)
        odd = kinds[i] in given and kinds[i] != mine and list(kinds.values()).count(kinds[i]) == 1
        # declared for the demanded kind, and the only bound slot the callee's line reads: the value refused
        wants_demanded = (
            bool(demanded) and mine == demanded and kinds[i] != demanded and len(read & set(bound)) == 1
        )
        if not (odd or wants_demanded):
            continue
        others = sorted((j for j in slots if j != i), key=lambda j: abs(j - i))
        for rank, j in enumerate(others):
            other_param, other = slots[j]
            theirs = declared_kind(func, other_param)
            if kinds[j] and kinds[j] == kinds[i]:
                continue  # swapping two values of one kind changes no kind
            if theirs and (theirs in given or theirs == kinds[i]) and (not mine or mine != theirs):
                prior = PRIOR_DECLARED_SWAP
            elif odd and not theirs and rank < 2:
                # a text literal that spells no number, where a number is used: the conversion at the
                # use (0.95, `int("")`) cannot succeed on it, so its nearest swap goes first
                base = PRIOR_UNCONVERTIBLE_SWAP if _spells_no_number(arg) else PRIOR_KIND_SWAP
                prior = round(base - 0.05 * rank, 4)
            else:
                continue
            edits += _swap(sf, call, arg, other, prior)
    return edits


def _spells_no_number(node: ast.expr) -> bool:
    if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return False
    try:
        float(node.value)
    except ValueError:
        return True
    return False


def _swap(sf: SourceFile, call: ast.Call, one: ast.expr, two: ast.expr, prior: float) -> list[Edit]:
    a, b = sf.node_span(one), sf.node_span(two)
    if a is None or b is None or a[0] != b[0]:
        return []
    text = sf.line_text(a[0])
    a_text, b_text = text[a[1] : a[2]], text[b[1] : b[2]]
    if a_text == b_text:
        return []
    description = (
        f"swap the arguments {shorten(a_text, 30)} and {shorten(b_text, 30)} where "
        f"{called_name(call)}() is called: each in the slot of its kind"
    )
    spans = tuple(sorted(((a[1], a[2], b_text), (b[1], b[2], a_text))))
    return [Edit(a[0], spans, description, prior, "swap", path=sf.path, making_site=True)]


def _lengths(
    sf: SourceFile,
    func: ast.AST,
    bound: dict[str, tuple[int | None, ast.expr]],
    read: set[str],
    given: set[str],
) -> list[Edit]:
    if not given & MEASURED:
        return []
    edits: list[Edit] = []
    for param, (_, arg) in bound.items():
        if param not in read or isinstance(arg, ast.Constant):
            continue
        if not set(re.findall(r"[a-z]+", param.lower())) & LENGTH_WORDS:
            continue  # only a parameter named for a length or count (an int annotation alone is any number)
        if isinstance(arg, ast.Call) and called_name(arg) == "len":
            continue
        kind = static_kind(sf, arg, arg.lineno)
        if kind and kind not in MEASURED:
            continue  # a value the code shows is no sequence (or is text)
        shown = shorten(sf.segment(arg), 30)
        description = f"pass the length of {shown}, not the sequence itself, as {param}"
        edits += making_site_edit(sf, arg, lambda text: f"len({text})", description, PRIOR_LENGTH, "length")
    return edits


def parsed_upstream_edits(messages: list[str], frames: list[Frame], load, all_files, is_test) -> list[Edit]:
    """Text where a number is used: the refused parameter followed up the frames to `args.<option>`."""
    if not any("str" in message_kinds(m)[1] for m in messages) or len(frames) < 2:
        return []
    crash = frames[-1]
    sf = load(crash.file)
    func = function_at(sf, crash.line) if sf is not None else None
    if not isinstance(func, FUNCTIONS):
        return []
    params = {a.arg for a in (*func.args.posonlyargs, *func.args.args, *func.args.kwonlyargs)}
    values: list[ast.expr] = [
        n for n in sf.nodes_touching(crash.line) if isinstance(n, ast.Name) and n.id in params
    ]
    edits: list[Edit] = []
    for value in values[:3]:
        reached = _walk_up(value, len(frames) - 1, frames, load, is_test)
        if isinstance(reached, ast.Attribute) and isinstance(reached.value, ast.Name):
            for other in all_files():
                if is_test(other.path):
                    continue
                # above the conversion where the option is read (dataflow's, up to 0.97): that leaves every
                # other reader of the option with text
                edits += [
                    replace(e, path=other.path, making_site=True, prior=round(e.prior + PARSED_BONUS, 4))
                    for e in parsed_type_edits(other, reached.attr)
                ]
    return edits


def _walk_up(value: ast.expr, at: int, frames: list[Frame], load, is_test) -> ast.expr | None:
    """The expression a parameter (or a record field read as `self.f`) was bound to, frames up."""
    while at > 0:
        callee, caller = frames[at], frames[at - 1]
        if is_test(caller.file):
            return None
        sf, target = load(caller.file), load(callee.file)
        func = function_at(target, callee.line) if target is not None else None
        if sf is None or not isinstance(func, FUNCTIONS):
            return None
        if isinstance(value, ast.Name):
            name, owner = value.id, func
        elif (
            isinstance(value, ast.Attribute)
            and isinstance(value.value, ast.Name)
            and value.value.id == "self"
        ):
            cls = next((a for a in target.ancestors(func) if isinstance(a, ast.ClassDef)), None)
            if cls is None:
                return None
            name, owner = value.attr, cls
        else:
            return value
        found = _bound_at(sf, caller.line, owner, name)
        if found is None:
            return None
        value, at = found, at - 1
    return value


def _bound_at(sf: SourceFile, line: int, owner: ast.AST, name: str) -> ast.expr | None:
    """The argument bound to parameter `name` of function `owner`, or to field `name` of record class
    `owner` (its annotated fields in order, as a dataclass's generated `__init__` takes them; none for a
    class that writes its own `__init__`), at `line`."""
    for call in sf.nodes_touching(line):
        if not isinstance(call, ast.Call) or called_name(call) != owner.name:
            continue
        if any(isinstance(a, ast.Starred) for a in call.args):
            return None
        if isinstance(owner, ast.ClassDef):
            if any(isinstance(s, FUNCTIONS) and s.name == "__init__" for s in owner.body):
                return None  # its own __init__ takes arguments in its order, not the fields'
            fields = [
                s.target.id
                for s in owner.body
                if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)
            ]
            keyword = next((k.value for k in call.keywords if k.arg == name), None)
            if keyword is not None or name not in fields:
                return keyword
            at = fields.index(name)
            return call.args[at] if at < len(call.args) else None
        return _bound(owner, call).get(name, (None, None))[1]
    return None


__all__ = ["call_argument_edits", "declared_kind", "message_kinds", "parsed_upstream_edits"]
