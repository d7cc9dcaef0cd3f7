"""TYPE_ERROR repairs typed by the message, applied where the wrong-typed value is made.

PyTER (Oh et al., ESEC/FSE 2022) infers, from a TypeError's message, the actual and the expected
type of the offending value, and patches where that value gets its type. `dataflow.py` follows
values back through assignments, calls and attributes; this module adds five small families of
PyTER's conversion table that the origin tracer did not cover, each driven only by the message
and the code's own shape (no identifier, file or literal of any project):

- unpack (PyTER "unpack", TBar "mutate argument"): a function's `*args` tuple passed as ONE
  positional argument (`slice(args)`) where its items were meant; the message names a 'tuple'
  operand somewhere later in the same function, so the edit is at the call that built the value
  (`slice(*args)`), not at the comparison that crashed;
- documented modes (Python semantics: a builtin's required argument with a closed set of
  documented values): `compile() missing required argument 'mode'` gets each documented value,
  the one the same scope already uses (`ast.parse(src, name, 'eval')`) first;
- sequence kind of a repeated literal: `'0' * n + digits` where `digits` is a list (the message:
  `can only concatenate str (not "list") to str`) becomes `['0'] * n + digits`: the literal is
  written in the kind of the other operand, instead of converting the whole other operand;
- the length of a text used as a bound: `value[prefix:]` with `prefix` made as text
  (`match.group(0)`, `.strip()`...) and the message `slice indices must be integers` means the
  text's length (`value[len(prefix):]`); int() of that text stays the other reading;
- an object to its field (PyTER "attribute access"): `int(node)` of an object whose class carries
  one text/number field (`xml.etree` Element's `.text`, or a repository class with exactly one
  str/int/float attribute) converts that field.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterable

from healer.engine.fixers.arguments import attribute_values
from healer.engine.fixers.lineedit import FUNCTIONS, Edit, SourceFile, function_at

# Builtins whose required argument takes one of a few documented values (the Python library
# reference: compile(source, filename, mode); int.to_bytes/from_bytes byteorder before 3.11).
DOCUMENTED_CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("compile", "mode"): ("exec", "eval", "single"),
    ("to_bytes", "byteorder"): ("big", "little"),
    ("from_bytes", "byteorder"): ("big", "little"),
}
MISSING_BUILTIN = re.compile(r"(\w+)\(\) missing required argument '(\w+)' \(pos (\d+)\)")
CONCATENATE = re.compile(r'can only concatenate (\w+) \(not "(\w+)"\) to \1')
SLICE_INDEX = re.compile(r"slice indices must be integers")
TUPLE_OPERAND = re.compile(r"""['"]tuple['"]|\btuple\b""")
# Calls whose result is text (str methods, re.Match.group): a name bound to one is a str.
TEXT_METHODS = frozenset(
    {
        "group",
        "strip",
        "lstrip",
        "rstrip",
        "lower",
        "upper",
        "title",
        "casefold",
        "replace",
        "join",
        "format",
        "decode",
        "removeprefix",
        "removesuffix",
    }
)
NUMBER_OF_OBJECT = re.compile(
    r"(int|float|complex)\(\) argument must be a string(?:, a bytes-like object)? or a (?:real )?number, not '(?:[\w.]+\.)?(\w+)'"
)
# The standard library's documented text/value field of objects that carry one (xml.etree's
# Element.text, re.Match's whole match), for a number made from the object instead of its text.
TEXT_FIELD_OF = {"Element": ".text", "Match": ".group()", "Comment": ".text"}
CONTAINER_OF = {"list": ("[", "]"), "tuple": ("(", ",)")}


def type_origin_edits(
    *,
    messages: list[str],
    sf: SourceFile,
    line: int,
    frame_sites: Iterable[tuple[str, int]],
    load: Callable[[str], SourceFile | None],
    classes: Callable[[str], list[tuple[SourceFile, ast.ClassDef]]] = lambda name: [],
) -> list[Edit]:
    """Edits of the families for the TypeError messages at the crash `sf`:`line`."""
    edits: list[Edit] = []
    for text in messages:
        if m := NUMBER_OF_OBJECT.search(text):
            edits += _field_edits(sf=sf, line=line, func=m.group(1), kind=m.group(2), classes=classes)
        if TUPLE_OPERAND.search(text):
            edits += _unpack_edits(sf=sf, line=line, frame_sites=frame_sites, load=load)
        if m := MISSING_BUILTIN.search(text):
            edits += _documented_mode_edits(
                sf=sf, line=line, func=m.group(1), param=m.group(2), pos=int(m.group(3))
            )
        if m := CONCATENATE.search(text):
            edits += _repeated_literal_edits(sf=sf, line=line, left=m.group(1), right=m.group(2))
        if SLICE_INDEX.search(text):
            edits += _text_length_edits(sf=sf, line=line)
    return edits


# --------------------------------------------------------------------------- object to its field
def _field_edits(
    *,
    sf: SourceFile,
    line: int,
    func: str,
    kind: str,
    classes: Callable[[str], list[tuple[SourceFile, ast.ClassDef]]],
) -> list[Edit]:
    """`int(element)` -> `int(element.text)`: the number is in the object's one text/number field.

    PyTER's "attribute access" repair: the object's class says which field, either the standard
    library's documented one or the repository class's only str/int/float attribute."""
    field = TEXT_FIELD_OF.get(kind)
    if field is None:
        found = [_only_scalar_field(cls) for _, cls in classes(kind)]
        field = f".{found[0]}" if len(found) == 1 and found[0] else None
    if field is None:
        return []
    edits: list[Edit] = []
    for call in _calls_on_line(sf, line, func):
        arg = call.args[0] if call.args else None
        span = sf.node_span(arg) if arg is not None else None
        if arg is None or span is None or isinstance(arg, ast.Constant):
            continue
        text = sf.segment(arg)
        new = (
            f"({text}){field}"
            if not isinstance(arg, (ast.Name, ast.Attribute, ast.Call, ast.Subscript))
            else text + field
        )
        description = f"convert the {kind}'s {field.strip('.()')} field, not the {kind} itself"
        edits.append(Edit(span[0], ((span[1], span[2], new),), description, 0.85))
    return edits


def _only_scalar_field(cls: ast.ClassDef) -> str | None:
    scalars = [name for name, kind in attribute_values(cls).items() if kind in ("str", "int", "float")]
    return scalars[0] if len(scalars) == 1 else None


# --------------------------------------------------------------------------- unpack *args
def _unpack_edits(
    *,
    sf: SourceFile,
    line: int,
    frame_sites: Iterable[tuple[str, int]],
    load: Callable[[str], SourceFile | None],
) -> list[Edit]:
    """`f(args)` -> `f(*args)` in the crashing function and the repository frames above it."""
    edits: list[Edit] = []
    seen: set[tuple[str, int]] = set()
    sites = [(sf.path, line), *reversed(list(frame_sites))]
    for hops, (path, at) in enumerate(sites):
        source = sf if path == sf.path else load(path)
        func = function_at(source, at) if source is not None else None
        if source is None or func is None or func.args.vararg is None or (path, func.lineno) in seen:
            continue
        seen.add((path, func.lineno))
        packed = func.args.vararg.arg
        for call in _own_calls(func):
            for arg in call.args:
                span = source.node_span(arg)
                if not (isinstance(arg, ast.Name) and arg.id == packed and span):
                    continue
                description = f"unpack *{packed} into the call on line {span[0]} (its items, not the tuple)"
                prior = 0.8 * 0.85**hops
                edits.append(
                    _at(source, sf, Edit(span[0], ((span[1], span[2], f"*{packed}"),), description, prior))
                )
    return edits


def _own_calls(func: ast.AST) -> list[ast.Call]:
    """Calls in the function's own body, not in the functions it nests."""
    found: list[ast.Call] = []
    todo = list(ast.iter_child_nodes(func))
    while todo:
        node = todo.pop()
        if isinstance(node, (*FUNCTIONS, ast.Lambda, ast.ClassDef)):
            continue
        if isinstance(node, ast.Call):
            found.append(node)
        todo.extend(ast.iter_child_nodes(node))
    return sorted(found, key=lambda c: (c.lineno, c.col_offset))


def _at(source: SourceFile, crash: SourceFile, edit: Edit) -> Edit:
    if source.path == crash.path:
        return edit
    return Edit(edit.line, edit.spans, edit.description, edit.prior, edit.kind, source.path, edit.adds_line)


# --------------------------------------------------------------------------- documented modes
def _documented_mode_edits(*, sf: SourceFile, line: int, func: str, param: str, pos: int) -> list[Edit]:
    choices = DOCUMENTED_CHOICES.get((func, param))
    if not choices:
        return []
    used = _literals_in_scope(sf, line)
    # The value the same scope already passes (e.g. the parse mode of the tree being compiled) first.
    ordered = sorted(choices, key=lambda value: (value not in used, choices.index(value)))
    edits: list[Edit] = []
    for call in _calls_on_line(sf, line, func):
        span = sf.node_span(call)
        if span is None or any(k.arg == param for k in call.keywords):
            continue
        positional = (
            len(call.args) == pos - 1
            and not call.keywords
            and not any(isinstance(a, ast.Starred) for a in call.args)
        )
        text = sf.segment(call)
        if not text.endswith(")"):
            continue
        for rank, value in enumerate(ordered):
            added = f"{value!r}" if positional else f"{param}={value!r}"
            new = f"{text[:-1].rstrip()}, {added})" if call.args or call.keywords else f"{text[:-1]}{added})"
            prior = (0.85 if value in used else 0.7) * 0.97**rank
            description = f"pass {func}() its documented {param} {value!r}"
            edits.append(Edit(span[0], ((span[1], span[2], new),), description, prior))
    return edits


def _calls_on_line(sf: SourceFile, line: int, name: str) -> list[ast.Call]:
    return [
        node
        for node in sf.nodes_touching(line)
        if isinstance(node, ast.Call)
        and node.lineno == line
        and (
            (isinstance(node.func, ast.Name) and node.func.id == name)
            or (isinstance(node.func, ast.Attribute) and node.func.attr == name)
        )
    ]


def _literals_in_scope(sf: SourceFile, line: int) -> set[str]:
    scope = function_at(sf, line)
    scope = sf.tree if scope is None else _class_or_function(sf, scope)
    return {n.value for n in ast.walk(scope) if isinstance(n, ast.Constant) and isinstance(n.value, str)}


def _class_or_function(sf: SourceFile, func: ast.AST) -> ast.AST:
    """The class holding the method (its siblings share conventions), else the function."""
    parent = sf.parent(func)
    return parent if isinstance(parent, ast.ClassDef) else func


# --------------------------------------------------------------------------- repeated literal
def _repeated_literal_edits(*, sf: SourceFile, line: int, left: str, right: str) -> list[Edit]:
    """`'0' * n + items` (str + list) -> `['0'] * n + items`: the literal in the other operand's kind."""
    edits: list[Edit] = []
    for node in sf.nodes_touching(line):
        if not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add)):
            continue
        for side, own, other in ((node.left, left, right), (node.right, right, left)):
            if other not in CONTAINER_OF:
                continue
            literal = _repeated_constant(side, own)
            span = sf.node_span(literal) if literal is not None else None
            if span is None:
                continue
            opening, closing = CONTAINER_OF[other]
            new = f"{opening}{sf.segment(literal)}{closing}"
            description = f"make {sf.segment(literal)} a one-item {other} so it concatenates with the {other}"
            # A repeated literal (`'0' * n`) is a padding written in the wrong kind: ranked above
            # converting the whole other operand (str() of a list is its repr, rarely meant), and
            # above one item of the repeated text when the count is measured on the other operand
            # (`n = width - len(items)`): items were counted, so items are added.
            prior = (
                0.75 if literal is side else 0.95 if _counts(sf, line, side, other_side(node, side)) else 0.88
            )
            edits.append(Edit(span[0], ((span[1], span[2], new),), description, prior))
    return edits


def _repeated_constant(node: ast.expr, kind: str) -> ast.Constant | None:
    """The constant of `kind` that `node` is, or repeats (`c * n`, `n * c`)."""
    if isinstance(node, ast.Constant) and type(node.value).__name__ == kind:
        return node
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
        for part in (node.left, node.right):
            if isinstance(part, ast.Constant) and type(part.value).__name__ == kind:
                return part
    return None


def other_side(node: ast.BinOp, side: ast.expr) -> ast.expr:
    return node.right if side is node.left else node.left


def _counts(sf: SourceFile, line: int, repeated: ast.expr, other: ast.expr) -> bool:
    """The repetition count is measured with len() of the other operand (directly or one name back)."""
    if not (isinstance(repeated, ast.BinOp) and isinstance(other, ast.Name)):
        return False
    count = repeated.right if isinstance(repeated.left, ast.Constant) else repeated.left
    func = function_at(sf, line)
    values = [count]
    if isinstance(count, ast.Name) and func is not None and (made := _last_assignment(func, count.id, line)):
        values.append(made)
    return any(
        isinstance(n, ast.Call)
        and isinstance(n.func, ast.Name)
        and n.func.id == "len"
        and any(isinstance(a, ast.Name) and a.id == other.id for a in n.args)
        for value in values
        for n in ast.walk(value)
    )


# --------------------------------------------------------------------------- length of a text
def _text_length_edits(*, sf: SourceFile, line: int) -> list[Edit]:
    """`value[prefix:]` with `prefix` bound to text -> `value[len(prefix):]`."""
    func = function_at(sf, line)
    if func is None:
        return []
    edits: list[Edit] = []
    for node in sf.nodes_touching(line):
        if not (isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice)):
            continue
        for bound in (node.slice.lower, node.slice.upper):
            made = _text_binding(func, bound.id, line) if isinstance(bound, ast.Name) else None
            span = sf.node_span(bound) if made is not None else None
            if made is None or span is None:
                continue
            # A text cut from the very value being sliced (`m = RE.match(value); head = m.group(0);
            # value[head:]`) is a prefix: its length is the bound. Otherwise int() stays as likely.
            sliced = node.value.id if isinstance(node.value, ast.Name) else ""
            prior = 0.97 if sliced and sliced in _names_behind(func, made, line) else 0.8
            description = f"slice by the length of the text {bound.id}, not the text itself"
            edits.append(Edit(span[0], ((span[1], span[2], f"len({bound.id})"),), description, prior))
    return edits


def _last_assignment(func: ast.AST, name: str, line: int) -> ast.expr | None:
    last: ast.Assign | None = None
    for node in ast.walk(func):
        if (
            isinstance(node, ast.Assign)
            and node.lineno < line
            and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)
            and (last is None or node.lineno >= last.lineno)
        ):
            last = node
    return last.value if last is not None else None


def _text_binding(func: ast.AST, name: str, line: int) -> ast.expr | None:
    """The value the name's last assignment before `line` binds, when it makes a str."""
    last = _last_assignment(func, name, line)
    if (isinstance(last, ast.Constant) and isinstance(last.value, str)) or isinstance(last, ast.JoinedStr):
        return last
    if isinstance(last, ast.Call) and isinstance(last.func, ast.Attribute) and last.func.attr in TEXT_METHODS:
        return last
    return None


def _names_behind(func: ast.AST, value: ast.expr, line: int) -> set[str]:
    """Names the value is computed from, one assignment back (`m.group(0)` -> m -> RE.match(text))."""
    names = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)}
    for name in list(names):
        earlier = _last_assignment(func, name, line)
        if earlier is not None:
            names |= {n.id for n in ast.walk(earlier) if isinstance(n, ast.Name)}
    return names


# --------------------------------------------------------------------------- donor code
def echoes_sibling(source: SourceFile, edit: Edit) -> bool:
    """The edit writes an expression the same function already has on another line.

    ssFix (Xin and Reiss, ASE 2017) and "the plastic surgery hypothesis" (Barr et al., FSE 2014):
    the right repair's code often exists next to the bug. A conversion at a value's origin that
    reproduces a sibling branch's expression (`ip = str(make(packed))` in one branch, `ip =
    make(packed)` in the other, and the message says the object reached a str operation) is
    corroborated by the code itself, which a guard at the crash site is not."""
    if len(edit.spans) != 1 or edit.adds_line:
        return False
    start, end, new = edit.spans[0]
    if "(" not in new or len(new) < 8 or not 1 <= edit.line <= len(source.lines):
        return False
    old = source.line_text(edit.line)[start:end]
    if not old or old == new or old not in new:
        return False  # only an expression that grows around the old one: a conversion or a call
    func = function_at(source, edit.line)
    if func is None:
        return False
    first, last = func.lineno, getattr(func, "end_lineno", func.lineno) or func.lineno
    return any(
        new in source.line_text(n) and _other_branch(func, edit.line, n)
        for n in range(first, last + 1)
        if n != edit.line
    )


def _other_branch(func: ast.AST, one: int, other: int) -> bool:
    """The lines sit in different arms of one if/try (neither runs before the other).

    A donor that runs before the edit (`n = int(text)` then `... % text`) already holds the value
    in a name: reusing the name is the repair then, not a second conversion."""
    for node in ast.walk(func):
        arms = _arms(node)
        where = [next((i for i, arm in enumerate(arms) if _holds(arm, line)), None) for line in (one, other)]
        if None not in where and where[0] != where[1]:
            return True
    return False


def _arms(node: ast.AST) -> list[list[ast.stmt]]:
    if isinstance(node, ast.If):
        return [node.body, node.orelse]
    if isinstance(node, ast.Try):
        return [node.body, *[h.body for h in node.handlers]]
    if isinstance(node, ast.Match):
        return [case.body for case in node.cases]
    return []


def _holds(body: list[ast.stmt], line: int) -> bool:
    return any(stmt.lineno <= line <= (stmt.end_lineno or stmt.lineno) for stmt in body)
