"""Kind edits: the crashing value is the wrong KIND of thing, and the edit goes where it was made.

`type_provenance.py` follows a TypeError's values back to the expressions that made them and changes a
value's container type there (a tuple made a list, a conversion dropped). Some refused values are not a
container of the wrong type but a thing of the wrong kind, and the message names the kind:

- a class where an instance was meant ("'type' object is not iterable", "unbound method X.y() needs an
  argument", "descriptor 'y' of 'X' object needs an argument"): a class named, not called, where the
  value was made gets its call, `OrderedDict` -> `OrderedDict()`;
- a module where a function of the same name was meant ("'module' object is not callable"): the name
  is bound by `import random`, read bare (called, or stored as a value), so `from random import random`;
- a method where its result was meant ("object of type 'builtin_function_or_method' has no len()"): an
  attribute reached bare where the value was made is called, with the arguments the file's other calls
  of that method agree on (`obj.encode` -> `obj.encode('utf-8')`), and with none;
- the result of a call where the callable itself was meant ("'bytes' object is not callable"): the
  called name was made by a call with no arguments, whose parentheses go (`read = stream.read()` ->
  `read = stream.read`; PyTER's "remove call" operator at the origin rather than at the crash);
- None where a value was meant ("'NoneType' object is not iterable"): the value was made by a method
  that works in place and returns None (`return result.sort()`): its receiver is the value
  (`return result`, or `sorted(result)`);
- a file of the wrong mode ("write() argument must be str, not bytes"): the file object the crash
  statement uses was made by `open(..., "w")`; the mode gains or loses its `b` in the direction the
  message states;
- a callee's signature that its callers' protocol does not fit ("X.__exit__() takes 2 positional
  arguments but 4 were given", raised where a `with` statement, an operator or a library calls a
  method the code defines, so there is no call in the code to edit): the last positional parameter
  made variadic, `exc_info` -> `*exc_info`; and when a dunder is called with fewer values than it
  asks ("__getitem__() missing 1 required positional argument: 'default'"), the named parameters dropped.

Each edit is checked statically before the sandbox: it fires only when the message names the kind and
the origin's shape is one that makes that kind (a bare class-like name, a bare import, a call without
arguments, an in-place method, an `open` with a literal mode). Nothing here names a project or a case.
"""

from __future__ import annotations

import ast
import builtins
import re

from healer.engine.fixers.lineedit import FUNCTIONS, Edit, SourceFile, shorten
from healer.engine.fixers.type_site import Site

PRIOR_INSTANCE = 0.8
PRIOR_INSTANCE_NAMED = 0.9  # the message names the very class ("unbound method OrderedDict.items()")
PRIOR_IMPORT = 0.8
PRIOR_UNCALL = 0.8
PRIOR_CALL = 0.8
PRIOR_RECEIVER = 0.85
PRIOR_SORTED = 0.7
PRIOR_MODE = 0.8
PRIOR_VARIADIC = 0.6

# Methods of the builtin containers that change their receiver and return None.
IN_PLACE = frozenset(
    {"sort", "reverse", "append", "extend", "insert", "update", "clear", "add", "discard", "remove"}
)
CLASS_MESSAGES = re.compile(
    r"'type' object|unbound method ([\w.]+?)\.\w+\(\) needs an argument"
    r"|descriptor '\w+' (?:of|for) '([\w.]+)' objects? (?:needs an argument|doesn't apply)"
)
NOT_CALLABLE = re.compile(r"'([\w.]+)' object is not callable")
MODULE_OPENERS = frozenset({"io", "codecs", "gzip", "bz2", "lzma"})
# A function or method refused as a value ("object of type 'builtin_function_or_method' has no len()",
# "'method' object is not subscriptable"): it was meant called.
CALLABLE_VALUE = re.compile(r"'(?:builtin_function_or_method|method|function|builtin_method)'")
BUILTIN_TYPES = frozenset(n for n, v in vars(builtins).items() if isinstance(v, type))


def refused_kinds(messages: list[str]) -> dict[str, str]:
    """The kinds the messages say the refused value is: {"class": named class or "", "module": "",
    "none": "", "result": ""}."""
    kinds: dict[str, str] = {}
    for text in messages:
        if found := CLASS_MESSAGES.search(text):
            kinds["class"] = (found[1] or found[2] or "").rsplit(".", 1)[-1]
        if "'module' object" in text:
            kinds["module"] = ""
        if "'NoneType' object" in text or "argument of type 'NoneType'" in text:
            kinds["none"] = ""
        if (found := NOT_CALLABLE.search(text)) and found[1] not in ("type", "module", "NoneType"):
            kinds["result"] = ""
        if CALLABLE_VALUE.search(text):
            kinds["callable"] = ""
    return kinds


def callee_values(sf: SourceFile, line: int, messages: list[str]) -> list[ast.expr]:
    """For "'X' object is not callable" the called value is the refused one: the callees of the line's
    calls (provenance's crash values leave callees out, since most messages are about arguments)."""
    if not any(NOT_CALLABLE.search(text) for text in messages):
        return []
    return [
        n.func
        for n in sf.nodes_touching(line)
        if isinstance(n, ast.Call) and isinstance(n.func, (ast.Name, ast.Attribute))
    ]


def _is_class_like(sf: SourceFile, value: ast.expr, named: str) -> bool:
    name = value.id if isinstance(value, ast.Name) else value.attr if isinstance(value, ast.Attribute) else ""
    if not name or name in ("self", "cls"):
        return False
    if named:
        return name == named
    if name in BUILTIN_TYPES:
        return True
    return name[:1].isupper() and not name.isupper()  # CamelCase, not a CONSTANT


def kind_edits(
    sf: SourceFile, value: ast.expr, kinds: dict[str, str], directions: tuple[bool, bool]
) -> list[Edit]:
    """Edits of one origin expression that change what kind of thing it makes (the module docstring)."""
    span = sf.node_span(value)
    if span is None:
        return []
    line, start, end = span
    text = sf.line_text(line)[start:end]
    parent = sf.parent(value)
    called = isinstance(parent, ast.Call) and parent.func is value
    edits: list[Edit] = []
    if "class" in kinds and not called and _is_class_like(sf, value, kinds["class"]):
        prior = PRIOR_INSTANCE_NAMED if kinds["class"] else PRIOR_INSTANCE
        description = f"make an instance where the value is made: {text}() instead of the class {text}"
        edits.append(Edit(line, ((end, end, "()"),), description, prior, "provenance"))
    if "callable" in kinds and isinstance(value, ast.Attribute) and not called:
        edits += _call_edits(sf, value, span)
    if isinstance(value, ast.Call) and isinstance(value.func, (ast.Name, ast.Attribute)):
        func_text = sf.segment(value.func)
        if "result" in kinds and not value.args and not value.keywords:
            description = (
                f"keep {shorten(func_text)} itself where the value is made, not what calling it returns"
            )
            edits.append(Edit(line, ((start, end, func_text),), description, PRIOR_UNCALL, "provenance"))
        if (
            "none" in kinds
            and isinstance(value.func, ast.Attribute)
            and value.func.attr in IN_PLACE
            and sf.node_span(value.func.value) is not None
        ):
            receiver = sf.segment(value.func.value)
            description = (
                f"use {shorten(receiver)} itself: {value.func.attr}() changes it in place and returns None"
            )
            edits.append(Edit(line, ((start, end, receiver),), description, PRIOR_RECEIVER, "provenance"))
            if value.func.attr == "sort" and not value.args:
                keywords = "".join(f", {sf.segment(k)}" for k in value.keywords)
                new = f"sorted({receiver}{keywords})"
                description = f"make a sorted copy: {shorten(new)} (sort() returns None)"
                edits.append(Edit(line, ((start, end, new),), description, PRIOR_SORTED, "provenance"))
        edits += _mode_edits(sf, value, directions)
    return edits


DICT_VIEWS = frozenset({"keys", "values", "items"})


def _call_edits(sf: SourceFile, value: ast.Attribute, span: tuple[int, int, int]) -> list[Edit]:
    """`obj.encode` where its result was meant: called, with the arguments the file's other calls of
    the same method pass when they agree (`.encode('utf-8')`), and with none."""
    line, _, end = span
    text = sf.line_text(line)[span[1] : end]
    siblings = {
        ", ".join(sf.segment(a) for a in [*n.args, *n.keywords])
        for n in ast.walk(sf.tree)
        if isinstance(n, ast.Call)
        and isinstance(n.func, ast.Attribute)
        and n.func.attr == value.attr
        and n.func is not value
        and all(sf.node_span(a) is not None for a in [*n.args, *n.keywords])
    }
    arguments = [next(iter(siblings))] if len(siblings) == 1 and "" not in siblings else []
    edits: list[Edit] = []
    for n, args in enumerate([*arguments, ""]):
        description = f"call {shorten(text)} where the value is made: use its result, {shorten(text)}({args})"
        edits.append(Edit(line, ((end, end, f"({args})"),), description, PRIOR_CALL - 0.05 * n, "provenance"))
    if value.attr in DICT_VIEWS and not arguments:
        # a mapping's view is live and unindexable, and prints as `dict_keys([...])`: a value stored
        # for later (a module's list of names) is usually its list (round 50, pytypes24)
        new = f"list({text}())"
        description = (
            f"call {shorten(text)} and keep a list of its items where the value is made: {shorten(new)}"
        )
        edits.append(Edit(line, ((span[1], end, new),), description, PRIOR_CALL - 0.1, "provenance"))
    return edits


def _mode_edits(sf: SourceFile, call: ast.Call, directions: tuple[bool, bool]) -> list[Edit]:
    """`open(path, "w")` made the file a str or bytes value went to: the mode's `b` added (bytes were
    given to a text file) or dropped (a str to a binary file), as the message's direction says."""
    to_bytes, to_str = directions
    if to_bytes == to_str:
        return []  # the message does not say which way: a mode flipped blindly is a guess
    name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")
    if name != "open":
        return []
    # open(file, mode) and io.open(file, mode) take the mode second; a path's own path.open(mode) first
    module = isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name)
    index = 1 if isinstance(call.func, ast.Name) or (module and call.func.value.id in MODULE_OPENERS) else 0
    modes = [k.value for k in call.keywords if k.arg == "mode"]
    if len(call.args) > index:
        modes.append(call.args[index])
    edits: list[Edit] = []
    for mode in modes:
        span = sf.node_span(mode)
        if span is None or not (isinstance(mode, ast.Constant) and isinstance(mode.value, str)):
            continue
        old = mode.value
        # str refused where bytes were meant (STR_FOR_BYTES: to_bytes) means a binary file got a str: drop b.
        new = old.replace("b", "") if to_bytes else (old if "b" in old else old + "b")
        if new == old or not new:
            continue
        line, start, end = span
        quote = sf.line_text(line)[start]
        description = f"open the file in mode {new!r} where it is made, as the data written or read needs"
        edits.append(
            Edit(line, ((start, end, f"{quote}{new}{quote}"),), description, PRIOR_MODE, "provenance")
        )
    return edits


def import_edits(sf: SourceFile, name: ast.Name) -> list[Edit]:
    """ "'module' object is not callable" / "is not iterable": `name` is bound by `import name` and read
    bare (not as `name.attr`), so the module's namesake was meant: `from name import name`."""
    parent = sf.parent(name)
    if isinstance(parent, ast.Attribute) and parent.value is name:
        return []
    edits: list[Edit] = []
    for node in ast.walk(sf.tree):
        if not isinstance(node, ast.Import) or len(node.names) != 1:
            continue
        alias = node.names[0]
        if alias.asname is not None or alias.name != name.id:
            continue
        span = sf.node_span(node)
        if span is None:
            continue
        line, start, end = span
        new = f"from {alias.name} import {alias.name}"
        description = f"import the module's namesake, not the module: {new} ({name.id} is read bare)"
        edits.append(Edit(line, ((start, end, new),), description, PRIOR_IMPORT, "provenance"))
    return edits


def t_variadic_parameter(m: re.Match, site: Site) -> list[Edit]:
    """X.f() takes N positional arguments but M were given, M > N: the callee's last positional
    parameter made variadic (`exc_info` -> `*exc_info`), so it takes what its callers pass. The caller
    is often no code at all (a `with` statement calls `__exit__` with three values, an operator calls
    a dunder), so the signature, not a call, is the side to edit."""
    counts = [int(n) for n in re.findall(r"\d+", m.group(0).rsplit("takes", 1)[-1])]
    if len(counts) < 2 or counts[-1] <= counts[-2]:
        return []
    qualname = m.group(1)
    name = qualname.split(".")[-1]
    owner = qualname.split(".")[-2] if "." in qualname else None
    edits: list[Edit] = []
    for sf, definition in site.index.functions(name, prefer=site.sf.path)[:4]:
        if not isinstance(definition, FUNCTIONS) or definition.args.vararg is not None:
            continue
        holder = sf.parent(definition)
        if owner is not None and not (isinstance(holder, ast.ClassDef) and holder.name == owner):
            continue
        params = [*definition.args.posonlyargs, *definition.args.args]
        if len(params) != counts[-2] or len(params) < 1 + isinstance(holder, ast.ClassDef):
            continue
        last = params[-1]
        span = sf.node_span(last)
        if span is None or definition.args.defaults:
            continue
        line, start, _ = span
        dunder = name.startswith("__") and name.endswith("__")
        prior = PRIOR_VARIADIC + (0.15 if dunder else 0.0)
        description = f"let {name} take every value its callers pass: *{last.arg} instead of {last.arg}"
        edits.append(Edit(line, ((start, start, "*"),), description, prior, path=sf.path))
    return edits


def t_protocol_missing(m: re.Match, site: Site) -> list[Edit]:
    """X.__dunder__() missing N required positional arguments: 'a' and 'b': a protocol (a `with`
    statement, an operator, a container access) called the method with fewer values than its signature
    asks, and there is no call in the code to add them to; the named parameters are dropped from the
    signature. Dunders only: an ordinary function's caller is code, mended at the call (arguments.py)."""
    qualname = m.group(1)
    name = qualname.split(".")[-1]
    if not (name.startswith("__") and name.endswith("__")):
        return []
    owner = qualname.split(".")[-2] if "." in qualname else None
    missing = set(re.findall(r"'(\w+)'", m.group(2)))
    edits: list[Edit] = []
    for sf, definition in site.index.functions(name, prefer=site.sf.path)[:4]:
        holder = sf.parent(definition)
        if not isinstance(definition, FUNCTIONS) or not (
            isinstance(holder, ast.ClassDef) and (owner is None or holder.name == owner)
        ):
            continue
        params = [*definition.args.posonlyargs, *definition.args.args]
        spans = [sf.node_span(p) for p in params]
        if not missing or definition.args.defaults or not spans or any(sp is None for sp in spans):
            continue
        if len({sp[0] for sp in spans}) != 1:
            continue  # a one-line signature only
        kept = [p for p in params if p.arg not in missing]
        if len(kept) != len(params) - len(missing) or not kept:
            continue
        line, start, _ = spans[0]
        end = spans[-1][2]
        new = ", ".join(
            sf.line_text(line)[s[1] : s[2]] for p, s in zip(params, spans, strict=True) if p in kept
        )
        description = (
            f"let {name} take what its protocol passes: drop {', '.join(sorted(missing))} from its parameters"
        )
        edits.append(Edit(line, ((start, end, new),), description, PRIOR_VARIADIC, path=sf.path))
    return edits


KIND_TEMPLATES = [
    (re.compile(r"([\w.<>]+)\(\) missing \d+ required positional arguments?: (.+)$"), t_protocol_missing),
    (
        re.compile(r"([\w.<>]+)\(\) takes \d+ positional arguments? but \d+ (?:were|was) given"),
        t_variadic_parameter,
    ),
]
