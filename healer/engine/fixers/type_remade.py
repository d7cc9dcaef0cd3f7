"""A value made the wrong kind a statement or a call away: type-directed edits where it was made (round 51).

The provenance walk (type_provenance.py) follows a TypeError's values back to the expressions that made
them; these templates add conversions there that its generic operators lack, each chosen by what the
message says the value is and what the code around the making site says it should be (PyTER, Oh & Oh,
FSE 2022: repair where the value gets its type; the conversions are PyTER's and TBar's wrap/unwrap
templates). Nothing here names a project, a file or a literal of a benchmark:

- **a character where its code point is meant** (`code_points`): "unsupported operand type(s) for &:
  'str' and 'int'" at a value made as one character (a loop or comprehension target, an item `s[i]`):
  `ord(c)`, first when the code around already turns the call's result back with `chr()`;
- **a list where its first item is meant** (`first_items`): a `split()`-family or other list-making call
  refused as unhashable, as text or as an index: its item `[0]` where it is made;
- **a scalar where a one-element sequence is meant** (`singletons`): "object of type 'int' has no len()"
  at a branch of a conditional that leaves the value bare while the other branch makes a tuple or list
  of it (`x if isinstance(x, int) else tuple(x)`): the bare branch wrapped, `(x,)` / `[x]`;
- **None as an index sentinel** (`index_sentinels`): None ordered against an int ("'>' not supported
  between instances of 'NoneType' and 'int'") where it is made: -1, the sentinel below every index
  (0 is the empty value type_sources.py already offers), not where the file tests that None (`x is None`)
  nor where the crash line refuses values below 0;
- **an item stored without its partner** (`packed_appends`): `for fn, msg in self.items` refusing "cannot
  unpack non-iterable function object": where the file appends to that attribute a bare name spelled as
  one of the loop's targets, the tuple of the targets, each bound at the append (argument selection by
  name: Rice et al., OOPSLA 2017);
- **a protocol dunder bound to the wrong conversion** (`protocol_aliases`): "__int__ returned non-int
  (type str)" raised where `int(obj)` is called, with no frame in the class: a class-body alias
  `__int__ = to_octal` re-pointed at the sibling method annotated (or statically returning) the kind
  the protocol demands (Python's data model);
- **a slice's raw bounds** (`slice_bounds`): `key.start, key.stop, key.step` refused as None where an
  integer is wanted: `key.indices(n)`, with `n` a length the function has (a `len()` local, `len(self)` in a
  method of a class with `__len__`, a parameter);
- **a number searched for text** (`text_containers`): `':' in size` refusing "argument of type 'int' is not
  iterable": `str(...)` of what the statement binding `size` made;
- **a classmethod that takes no class** (`binding_decorators`): "m() takes 2 positional arguments but 3
  were given" at `self.m(a, b)` where `m`'s first parameter is no `cls`: `@staticmethod`.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from dataclasses import replace

from healer.engine.fixers.lineedit import (
    FUNCTIONS,
    Edit,
    SourceFile,
    named,
    parameters,
    shorten,
    walk_own_scope,
)
from healer.engine.fixers.type_provenance import static_type

PRIOR_ORD = 0.55
PRIOR_ORD_CHR = 0.85  # the call's result goes through chr(): the callee deals in code points
PRIOR_FIRST = 0.7
PRIOR_LAST = 0.45
PRIOR_SINGLETON = 0.85
PRIOR_SENTINEL = 0.7  # below type_sources' PRIOR_NONE (0.8) for 0, the commoner start
PRIOR_PACKED = 0.85
PRIOR_ALIAS = 0.85
PRIOR_ALIAS_UNTYPED = 0.5
PRIOR_DECORATOR = 0.85
PRIOR_SLICE = 0.85

STR_INT_OPERANDS = re.compile(r"unsupported operand type\(s\) for [^:]+: '(?:str' and 'int|int' and 'str)'")
LIST_REFUSED = re.compile(
    r"unhashable type: 'list'|can only concatenate str \(not \"list\"\)|"
    r"indices must be integers or slices, not list|must be str(?:, bytes or os\.PathLike object)?, not list|"
    r"expected str(?: instance)?, list found|'list' object has no attribute '(?:lower|upper|strip|startswith)"
)
# list-making calls whose first item is the commonest intent (`.split(':')[0]`, `re.findall(...)[0]`)
LIST_CALLS = frozenset({"split", "rsplit", "splitlines", "findall", "partition", "rpartition", "readlines"})
SCALAR_REFUSED = re.compile(
    r"object of type '(int|float|bool)' has no len\(\)|"
    r"'(int|float|bool)' object is not (?:iterable|subscriptable)|argument of type '(int|float|bool)' is not"
)
NONE_ORDERED = re.compile(
    r"'[<>]=?' not supported between instances of '(?:NoneType' and 'int|int' and 'NoneType)'"
)
NOT_UNPACKED = re.compile(r"cannot unpack non-iterable (\w+) object")
# Python's data model: what each conversion dunder must return, as its TypeError spells it
# each name starts at a word's start (`(?<!\w)`): tried from inside a long word, `\w+` scanned to its end from
# every position, quadratic in the word's length
PROTOCOL_RETURNED = re.compile(r"(?<!\w)(__\w+__) returned non-(\w+)|(?<!\w)(__\w+__) should return (\w+)")
PROTOCOL_KINDS = {
    "int": "int",
    "string": "str",
    "str": "str",
    "float": "float",
    "bytes": "bytes",
    "bool": "bool",
}


def remade_edits(
    sf: SourceFile, value: ast.expr, messages: list[str], *, negatives_refused: bool = False
) -> list[Edit]:
    """This module's edits at one origin the walk reached (`value`, where the value was made);
    `negatives_refused`: the crash line orders a value against 0 (`if n < 0:`), see `zero_ordered`."""
    text = " ".join(messages)
    return [
        *code_points(sf, value, text),
        *first_items(sf, value, text),
        *singletons(sf, value, text),
        *([] if negatives_refused else index_sentinels(sf, value, text)),
        *slice_bounds(sf, value, text),
    ]


def zero_ordered(sf: SourceFile, line: int) -> bool:
    """The line orders a value against the literal 0 (`if overflow < 0:`): a check that refuses negative
    values, which the index sentinel -1 would only trade the TypeError for."""
    return any(
        isinstance(n, ast.Compare)
        and n.lineno == line
        and any(isinstance(op, (ast.Lt, ast.LtE, ast.Gt, ast.GtE)) for op in n.ops)
        and any(
            isinstance(side, ast.Constant) and type(side.value) is int and side.value == 0
            for side in (n.left, *n.comparators)
        )
        for n in sf.nodes_touching(line)
    )


def _span(sf: SourceFile, value: ast.expr) -> tuple[int, int, int] | None:
    span = sf.node_span(value)
    return span if span is not None and span[0] == getattr(value, "end_lineno", -1) else None


def _wrapped(sf: SourceFile, value: ast.expr, new: str, what: str, prior: float) -> list[Edit]:
    span = _span(sf, value)
    if span is None:
        return []
    line, start, end = span
    old = sf.line_text(line)[start:end]
    description = f"{what} where the value is made: {shorten(new.format(old))} instead of {shorten(old)}"
    return [Edit(line, ((start, end, new.format(old)),), description, prior, "provenance")]


def _loop_target(sf: SourceFile, name: ast.Name) -> bool:
    """`name` is bound, in its function or comprehension, as a `for` target: an item drawn from a sequence."""
    node: ast.AST | None = name
    while node is not None:
        node = sf.parent(node)
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)) and any(
            isinstance(g.target, ast.Name) and g.target.id == name.id for g in node.generators
        ):
            return True
        if isinstance(node, (*FUNCTIONS, ast.Module)):
            return any(
                isinstance(n, (ast.For, ast.AsyncFor))
                and isinstance(n.target, ast.Name)
                and n.target.id == name.id
                for n in ast.walk(node)
            )
    return False


def code_points(sf: SourceFile, value: ast.expr, text: str) -> list[Edit]:
    """`ord(c)` for one character made where a number is wanted by an arithmetic or bitwise operator."""
    if not STR_INT_OPERANDS.search(text) or not isinstance(getattr(value, "ctx", None), ast.Load):
        return []
    if isinstance(value, ast.Name):
        if not _loop_target(sf, value):
            return []
    elif not (isinstance(value, ast.Subscript) and not isinstance(value.slice, ast.Slice)):
        return []
    elif isinstance(value.slice, ast.Constant) and isinstance(value.slice.value, str):
        return []  # `cfg["bits"]` is a mapping's field, no character drawn from a string
    parent = sf.parent(value)
    if isinstance(parent, ast.Call) and named(parent.func) in ("ord", "int", "len", "str"):
        return []
    # `chr(f(c))`: the result of the call `c` is passed to is turned back into a character
    outer = sf.parent(parent) if isinstance(parent, ast.Call) and value in parent.args else None
    prior = PRIOR_ORD_CHR if isinstance(outer, ast.Call) and named(outer.func) == "chr" else PRIOR_ORD
    return _wrapped(sf, value, "ord({})", "pass the character's code point", prior)


def first_items(sf: SourceFile, value: ast.expr, text: str) -> list[Edit]:
    """`s.split(':')[0]` for a list-making call refused where one item (text, a key, an index) is meant."""
    if not LIST_REFUSED.search(text) or not isinstance(value, ast.Call):
        return []
    func = value.func
    if not (isinstance(func, ast.Attribute) and func.attr in LIST_CALLS) and static_type(value) != "list":
        return []
    parent = sf.parent(value)
    if isinstance(parent, ast.Subscript) and parent.value is value:
        return []  # an item is already taken
    if isinstance(parent, ast.Assign) and _used_as_list(sf, parent):
        return []  # the bound list's other uses would read the item instead
    return [
        *_wrapped(sf, value, "{}[0]", "take the first item", PRIOR_FIRST),
        *_wrapped(sf, value, "{}[-1]", "take the last item", PRIOR_LAST),
    ]


def _used_as_list(sf: SourceFile, bind: ast.Assign) -> bool:
    """A name the assignment binds is indexed, measured or iterated in its function (or module): those
    uses want the whole list, and taking an item where it is made would change what each of them reads."""
    names = {t.id for t in bind.targets if isinstance(t, ast.Name)}
    scope: ast.AST | None = bind
    while scope is not None and not isinstance(scope, (*FUNCTIONS, ast.Module)):
        scope = sf.parent(scope)
    for node in ast.walk(scope or sf.tree):
        if isinstance(node, ast.Subscript):
            used = node.value
        elif isinstance(node, ast.Call) and named(node.func) == "len" and len(node.args) == 1:
            used = node.args[0]
        elif isinstance(node, (ast.For, ast.AsyncFor, ast.comprehension)):
            used = node.iter
        else:
            continue
        if isinstance(used, ast.Name) and used.id in names:
            return True
    return False


SEQUENCE_MAKERS = {"tuple": "({},)", "list": "[{}]"}


def singletons(sf: SourceFile, value: ast.expr, text: str) -> list[Edit]:
    """`(x,)` for the bare branch of a conditional whose other branch makes a tuple (or list) of the value."""
    if not SCALAR_REFUSED.search(text):
        return []
    cond = value if isinstance(value, ast.IfExp) else sf.parent(value)
    if not isinstance(cond, ast.IfExp):
        return []
    edits: list[Edit] = []
    for bare, other in ((cond.body, cond.orelse), (cond.orelse, cond.body)):
        if value is not cond and value is not bare:
            continue
        if not isinstance(bare, (ast.Name, ast.Attribute)):
            continue
        kind = static_type(other)
        if kind not in SEQUENCE_MAKERS:
            continue
        shape = ast.dump(bare)
        if not any(ast.dump(n) == shape for n in ast.walk(other) if type(n) is type(bare)):
            continue  # the other branch makes a sequence of something else: no sign of the value's shape
        edits += _wrapped(
            sf,
            bare,
            SEQUENCE_MAKERS[kind],
            f"make the single value a one-element {kind}, as the other branch",
            PRIOR_SINGLETON,
        )
    return edits


def _bound_name(sf: SourceFile, value: ast.expr) -> str | None:
    """The name (or attribute) a value is assigned to, or the parameter it is the default of."""
    parent = sf.parent(value)
    targets = (
        parent.targets
        if isinstance(parent, ast.Assign)
        else [parent.target]
        if isinstance(parent, ast.AnnAssign)
        else []
    )
    for target in targets:
        if isinstance(target, ast.Name):
            return target.id
        if isinstance(target, ast.Attribute):
            return target.attr
    if isinstance(parent, ast.arguments):
        positional = [*parent.posonlyargs, *parent.args]
        pairs = [*zip(positional[len(positional) - len(parent.defaults) :], parent.defaults, strict=True)]
        pairs += [(a, d) for a, d in zip(parent.kwonlyargs, parent.kw_defaults, strict=True) if d is not None]
        return next((a.arg for a, d in pairs if d is value), None)
    return None


def _none_tested(sf: SourceFile, name: str | None) -> bool:
    """The file compares `name` (a variable or any object's attribute of that name) with None."""
    if name is None:
        return False
    for node in ast.walk(sf.tree):
        if not isinstance(node, ast.Compare) or len(node.ops) != 1:
            continue
        if not isinstance(node.ops[0], (ast.Is, ast.IsNot, ast.Eq, ast.NotEq)):
            continue
        sides = (node.left, node.comparators[0])
        if not any(_is_none(side) for side in sides):
            continue
        if any(
            (isinstance(side, ast.Name) and side.id == name)
            or (isinstance(side, ast.Attribute) and side.attr == name)
            for side in sides
        ):
            return True
    return False


def index_sentinels(sf: SourceFile, value: ast.expr, text: str) -> list[Edit]:
    """-1 for a None made where the value is ordered against integers (an index's 'none' sentinel)."""
    if not NONE_ORDERED.search(text) or not (isinstance(value, ast.Constant) and value.value is None):
        return []
    if _none_tested(sf, _bound_name(sf, value)):
        return []  # None means "unset" to the code that tests for it: -1 would change what it does
    return _wrapped(
        sf, value, "-1", "start from the sentinel below every index, -1, not None", PRIOR_SENTINEL
    )


def _target_names(node: ast.AST) -> list[str] | None:
    if isinstance(node, (ast.Tuple, ast.List)) and all(isinstance(e, ast.Name) for e in node.elts):
        return [e.id for e in node.elts]
    return None


def _bound_in(func: ast.FunctionDef | ast.AsyncFunctionDef, name: str) -> bool:
    if any(a.arg == name for a in parameters(func)):
        return True
    return any(
        isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Store) for n in ast.walk(func)
    )


def packed_appends(sf: SourceFile, line: int, messages: list[str]) -> list[Edit]:
    """`self.items.append((fn, msg))` for `self.items.append(fn)` when `for fn, msg in self.items` on
    the crash line cannot unpack the item: the loop's targets, each a name bound at the append."""
    if not NOT_UNPACKED.search(" ".join(messages)):
        return []
    pairs: list[tuple[list[str], str]] = []  # (target names, the attribute iterated)
    for node in sf.nodes_touching(line):
        loops = isinstance(node, (ast.For, ast.AsyncFor)) and node.lineno == line
        if not (loops or isinstance(node, ast.comprehension)):
            continue
        names, source = _target_names(node.target), node.iter
        if names and len(names) > 1 and isinstance(source, ast.Attribute):
            pairs.append((names, source.attr))
    edits: list[Edit] = []
    for names, attr in pairs:
        for call in ast.walk(sf.tree):
            if not (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr in ("append", "add")
                and isinstance(call.func.value, ast.Attribute)
                and call.func.value.attr == attr
                and len(call.args) == 1
                and not call.keywords
                and isinstance(call.args[0], ast.Name)
                and call.args[0].id in names
            ):
                continue
            func = next(
                (
                    f
                    for f in ast.walk(sf.tree)
                    if isinstance(f, FUNCTIONS) and f.lineno <= call.lineno <= (f.end_lineno or f.lineno)
                ),
                None,
            )
            if func is None or not all(_bound_in(func, n) for n in names):
                continue
            new = "(" + ", ".join(names) + ")"
            what = f"store the item with its partners, as {shorten(', '.join(names))} unpacks it"
            edits += [
                replace(e, making_site=True) for e in _wrapped(sf, call.args[0], new, what, PRIOR_PACKED)
            ]
    return edits


def _returns_kind(func: ast.FunctionDef | ast.AsyncFunctionDef) -> str | None:
    """The kind a method returns: its annotation, else the one static type all its returns agree on."""
    if isinstance(func.returns, ast.Name):
        return func.returns.id
    kinds = {
        static_type(r.value) for r in ast.walk(func) if isinstance(r, ast.Return) and r.value is not None
    }
    return kinds.pop() if len(kinds) == 1 else None


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def _returns_value(func: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """Some `return` of the function itself (not of a nested def or lambda) gives a value other than None."""
    return any(
        isinstance(node, ast.Return) and not (node.value is None or _is_none(node.value))
        for node in walk_own_scope(func)
    )


def protocol_aliases(files: Iterable[SourceFile], messages: list[str]) -> list[tuple[str, Edit]]:
    """(file, edit): a class-body `__int__ = method` whose method returns another kind, re-pointed at
    the sibling method that returns the kind the protocol demands."""
    demanded: dict[str, str] = {}
    for found in PROTOCOL_RETURNED.finditer(" ".join(messages)):
        dunder, kind = (
            (found.group(1), found.group(2)) if found.group(1) else (found.group(3), found.group(4))
        )
        if kind in PROTOCOL_KINDS:
            demanded[dunder] = PROTOCOL_KINDS[kind]
    if not demanded:
        return []
    edits: list[tuple[str, Edit]] = []
    for sf in files:
        if not any(d in sf.text for d in demanded):
            continue
        for cls in ast.walk(sf.tree):
            if not isinstance(cls, ast.ClassDef):
                continue
            methods = {f.name: f for f in cls.body if isinstance(f, FUNCTIONS)}
            for stmt in cls.body:
                if not (
                    isinstance(stmt, ast.Assign)
                    and len(stmt.targets) == 1
                    and isinstance(stmt.targets[0], ast.Name)
                    and stmt.targets[0].id in demanded
                    and isinstance(stmt.value, ast.Name)
                    and stmt.value.id in methods
                ):
                    continue
                want = demanded[stmt.targets[0].id]
                if _returns_kind(methods[stmt.value.id]) == want:
                    continue  # the alias already names a method of the demanded kind
                for name, method in methods.items():
                    if name == stmt.value.id or name.startswith("__") or len(method.args.args) != 1:
                        continue
                    if (
                        method.decorator_list
                        or isinstance(method, ast.AsyncFunctionDef)
                        or not _returns_value(method)
                    ):
                        continue  # a property's object is no callable; no coroutine or None is the demanded kind
                    kind = _returns_kind(method)
                    if kind not in (want, None):
                        continue
                    prior = PRIOR_ALIAS if kind == want else PRIOR_ALIAS_UNTYPED
                    span = _span(sf, stmt.value)
                    if span is None:
                        continue
                    line, start, end = span
                    description = (
                        f"bind {stmt.targets[0].id} to {name}, which returns the {want} the protocol demands, "
                        f"not {stmt.value.id}"
                    )
                    edits.append(
                        (
                            sf.path,
                            Edit(
                                line,
                                ((start, end, name),),
                                description,
                                prior,
                                "provenance",
                                making_site=True,
                            ),
                        )
                    )
    return edits


TAKES_ONE_MORE = re.compile(
    r"(?<!\w)(?:(\w+)\.)?(\w+)\(\) takes (\d+) positional arguments? but (\d+) (?:were|was) given"
)
RECEIVER_NAMES = frozenset({"self", "cls", "klass", "mcs", "metacls"})


def _bound_class_calls(sf: SourceFile, method: str, takes: int) -> bool:
    """Some call of `.method(...)` in the file passes one argument fewer than the def takes, as a classmethod
    is called: that caller relies on the class being passed, and a staticmethod would break it (the crash
    line's extra argument is then the wrong one)."""
    return any(
        isinstance(n, ast.Call)
        and isinstance(n.func, ast.Attribute)
        and n.func.attr == method
        and not any(isinstance(a, ast.Starred) for a in n.args)
        and len(n.args) + len(n.keywords) == takes - 1
        for n in ast.walk(sf.tree)
    )


def binding_decorators(sf: SourceFile, line: int, messages: list[str]) -> list[Edit]:
    """`@staticmethod` for the `@classmethod` of a method that takes no class: called as `self.m(a, b)` it
    is given the class too, "m() takes 2 positional arguments but 3 were given" (Python's descriptor
    protocol: classmethod binds the class, staticmethod binds nothing; TBar's "mutate method decorator"
    kind of repair, with the decorator chosen by the def's own first parameter)."""
    edits: list[Edit] = []
    for found in TAKES_ONE_MORE.finditer(" ".join(messages)):
        owner, method, takes, given = found.group(1), found.group(2), int(found.group(3)), int(found.group(4))
        if given != takes + 1:
            continue
        called = any(
            isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == method
            for n in sf.nodes_touching(line)
        )
        if not called:
            continue
        if _bound_class_calls(sf, method, takes):
            continue
        for cls in ast.walk(sf.tree):
            if not isinstance(cls, ast.ClassDef) or (owner and cls.name != owner):
                continue
            for func in cls.body:
                if not (isinstance(func, FUNCTIONS) and func.name == method):
                    continue
                params = [*func.args.posonlyargs, *func.args.args]
                if len(params) != takes or (params and params[0].arg in RECEIVER_NAMES):
                    continue
                for deco in func.decorator_list:
                    if isinstance(deco, ast.Name) and deco.id == "classmethod":
                        span = _span(sf, deco)
                        if span is None:
                            continue
                        at, start, end = span
                        description = (
                            f"make {method} a staticmethod: its first parameter {params[0].arg if params else ''} "
                            "is no class, and classmethod passes one"
                        )
                        edit = Edit(
                            at, ((start, end, "staticmethod"),), description, PRIOR_DECORATOR, "provenance"
                        )
                        edits.append(replace(edit, making_site=True))
    return edits


NONE_FOR_INT = re.compile(
    r"'NoneType' object cannot be interpreted as an integer|"
    r"operand type\(s\) for [^:]+: '(?:NoneType' and 'int|int' and 'NoneType)'|"
    r"not supported between instances of '(?:NoneType' and 'int|int' and 'NoneType)'"
)
SLICE_FIELDS = ("start", "stop", "step")
MAX_LENGTHS = 3


def _own_length(sf: SourceFile, func: ast.AST) -> list[str]:
    """`len(self)` for a method of a class that defines `__len__`: the length a `__getitem__` slices."""
    owner = sf.parent(func)
    params = [*func.args.posonlyargs, *func.args.args]
    if not (isinstance(owner, ast.ClassDef) and params and params[0].arg == "self"):
        return []
    if not any(isinstance(f, FUNCTIONS) and f.name == "__len__" for f in owner.body):
        return []
    return ["len(self)"]


def _lengths(func: ast.AST, receiver: str, before: int, own: list[str]) -> list[str]:
    """The names a function has for a length: locals bound to `len(...)` before `before` first, then the
    object's own length (`own`, `len(self)`), then its parameters."""
    bound = [
        t.id
        for n in ast.walk(func)
        if isinstance(n, ast.Assign)
        and isinstance(n.value, ast.Call)
        and named(n.value.func) == "len"
        and n.lineno < before  # a length bound later (another branch's result) is not the slice's
        for t in n.targets
        if isinstance(t, ast.Name)
    ]
    params = [a.arg for a in [*func.args.posonlyargs, *func.args.args, *func.args.kwonlyargs]]
    found: list[str] = []
    for name in [*bound, *own, *params]:
        if name not in found and name != receiver and name not in RECEIVER_NAMES:
            found.append(name)
    return found[:MAX_LENGTHS]


def slice_bounds(sf: SourceFile, value: ast.expr, text: str) -> list[Edit]:
    """`key.indices(n)` for a slice's raw `key.start, key.stop, key.step` refused as None where integers are
    wanted: an omitted bound is None until `slice.indices(length)` fills it in (Python's data model)."""
    if not NONE_FOR_INT.search(text):
        return []
    triple = sf.parent(value) if isinstance(value, ast.Attribute) else value
    if not (isinstance(triple, ast.Tuple) and len(triple.elts) == 3):
        return []
    fields = triple.elts
    if not all(
        isinstance(f, ast.Attribute) and f.attr == want for f, want in zip(fields, SLICE_FIELDS, strict=True)
    ):
        return []
    receivers = {ast.dump(f.value) for f in fields}
    span = _span(sf, triple)
    func = next(
        (
            f
            for f in ast.walk(sf.tree)
            if isinstance(f, FUNCTIONS) and f.lineno <= triple.lineno <= (f.end_lineno or 0)
        ),
        None,
    )
    if len(receivers) != 1 or span is None or func is None:
        return []
    line, start, end = span
    receiver = sf.segment(fields[0].value)
    edits: list[Edit] = []
    for rank, length in enumerate(_lengths(func, receiver, triple.lineno, _own_length(sf, func))):
        new = f"{receiver}.indices({length})"
        description = f"fill in the slice's omitted bounds for a length of {length}: {shorten(new)}"
        edit = Edit(line, ((start, end, new),), description, PRIOR_SLICE * 0.9**rank, "provenance")
        edits.append(edit)
    return edits


MEMBER_OF_NUMBER = re.compile(r"argument of type '(int|float)' is not iterable")
PRIOR_TEXT_CONTAINER = 0.75


def text_containers(sf: SourceFile, line: int, messages: list[str]) -> list[Edit]:
    """`v = str(make())` for a name searched for text (`':' in v` on the crash line) and refused as a number
    ("argument of type 'int' is not iterable"): a text literal looked up in a value means the value is
    text, so the statement that last bound the name before the crash converts what it made."""
    if not MEMBER_OF_NUMBER.search(" ".join(messages)):
        return []
    names = {
        n.comparators[0].id
        for n in sf.nodes_touching(line)
        if isinstance(n, ast.Compare)
        and len(n.ops) == 1
        and isinstance(n.ops[0], (ast.In, ast.NotIn))
        and isinstance(n.left, ast.Constant)
        and isinstance(n.left.value, str)
        and isinstance(n.comparators[0], ast.Name)
    }
    func = next(
        (
            f
            for f in ast.walk(sf.tree)
            if isinstance(f, FUNCTIONS) and f.lineno <= line <= (f.end_lineno or 0)
        ),
        None,
    )
    edits: list[Edit] = []
    for name in sorted(names):
        stores = [
            n
            for n in ast.walk(func or sf.tree)
            if isinstance(n, ast.Assign)
            and n.lineno < line
            and any(isinstance(t, ast.Name) and t.id == name for t in n.targets)
        ]
        if not stores:
            continue
        value = max(stores, key=lambda n: n.lineno).value
        if static_type(value) == "str" or (isinstance(value, ast.Call) and named(value.func) == "str"):
            continue
        edits += [
            replace(e, making_site=True)
            for e in _wrapped(
                sf, value, "str({})", f"make the value {name} searched for text a str", PRIOR_TEXT_CONTAINER
            )
        ]
    return edits
