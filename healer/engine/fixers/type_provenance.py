"""Type-changing edits where a crashing value was made, found by following it back, whatever the message.

`type_demand.py` reads a demanded type from the messages it knows the grammar of, and a message outside
that grammar ("'list' object is not an iterator", "cannot use a bytes pattern on a string-like object")
gets nothing. This module needs no grammar: a TypeError's message quotes the types of the values it
refused ('set', 'list', 'bytes', 'str'), and the wrong value is one of them (PyTER, Oh & Oh, FSE 2022:
the value is usually made before the crash, often in another frame). So:

- provenance: every value read on the crash statement is followed back, up to `MAX_STEPS` steps: a
  name's assignments and default, the loop it is drawn from (then the loop's ITEMS are the value: a
  comprehension's element, a display's elements), the caller frame's argument for a parameter, the
  assignments to an attribute (`self.x = ...`, a class body's `x = ...`), and a called function's
  return values (`callee_returns`, the whole repository when the file does not define it);
- at each origin, generic type-changing operators (no per-message template): a display made another
  kind (`{a, b}` -> `(a, b)` / `[a, b]`), a wrapping conversion dropped (`list(gen)` -> `gen`), a string
  literal's kind changed (`rb"..."` <-> `r"..."`), and, in the function that made the value, a pure
  call whose result is thrown away assigned back to its argument (`int(x)` -> `x = int(x)`: a
  statement with no effect, the "expression not assigned" finding of linters);
- at the crash line, two call-shape operators: positional arguments packed into one tuple
  (`s.startswith('a', 'b')`, where the second string became the start index), and for "X.m() takes no
  keyword arguments" the builtin type's similarly named methods (`format_map` -> `format`) and the
  unpacked mapping passed whole.

Checked statically before the sandbox: an edit is offered only when the expression it changes has,
by a small static type inference (`static_type`), one of the types the message quotes (the wrong
value), or when its type is unknown (then with a lower prior), and only if the file still compiles
(`_best_candidates`). Nothing here names a project or a benchmark case.
"""

from __future__ import annotations

import ast
import builtins
import codecs
import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass

from healer.engine.fixers.lineedit import FUNCTIONS, Edit, SourceFile, class_at, function_at, named, shorten

MAX_STEPS = 6
MAX_ORIGINS = 40
MAX_CALLERS = 6  # calls by name followed for a parameter of a function no traceback frame calls
MAX_ELSEWHERE = 6  # an attribute's origins read from other files when its own makes none
# builtins whose result holds the items of their one argument
ITEM_COPIES = frozenset({"list", "tuple", "set", "frozenset", "sorted", "reversed", "iter"})
MAX_ROWS = 200  # rows of a table whose element-th items are compared (Provenance._rows)
STEP_DECAY = 0.92
# The origin's static type is one the message quotes: this is the value the operation refused.
PRIOR_TYPED = 0.85
PRIOR_UNTYPED = 0.3  # the origin's type is unknown statically: only the operator's shape speaks
PRIOR_DISCARDED = 0.9  # a pure call's result thrown away: the statement does nothing as written
PRIOR_PACK = 0.7
PRIOR_METHOD = 0.75
PRIOR_UNPACKED = 0.6

# Builtins whose result is the type of their name, and which have no effect besides their result.
CONSTRUCTORS = {
    "list": "list",
    "tuple": "tuple",
    "set": "set",
    "frozenset": "frozenset",
    "dict": "dict",
    "str": "str",
    "int": "int",
    "float": "float",
    "bytes": "bytes",
    "bool": "bool",
    "sorted": "list",
    "len": "int",
    "repr": "str",
    "iter": "iterator",
    "map": "map",
    "filter": "filter",
    "zip": "zip",
    "range": "range",
    "reversed": "reversed",
    "enumerate": "enumerate",
}
# Conversions worth dropping at an origin: each makes a new value of its type from its argument.
UNWRAPPABLE = frozenset(
    {"list", "tuple", "set", "frozenset", "sorted", "str", "int", "float", "bytes", "iter"}
)
STR_RESULTS = frozenset(
    {
        "format",
        "join",
        "lower",
        "upper",
        "strip",
        "lstrip",
        "rstrip",
        "replace",
        "title",
        "decode",
        "format_map",
    }
)
DISPLAYS: dict[type, str] = {ast.Set: "set", ast.List: "list", ast.Tuple: "tuple"}
# CPython's messages for a str where bytes were meant, and for bytes where a str was meant.
STR_FOR_BYTES = re.compile(
    r"can't concat str to bytes|bytes-like object(?: is required)?, (?:str found|not 'str')|"
    r"unsupported operand type\(s\) for \S+: 'bytes' and 'str'|"
    # a bytearray's slice assigned something that is not bytes (`buf[i:j] = text`): the message names no
    # kind, so the edit it drives is taken only where the value is made as text (`codec_edits`)
    r"can assign only bytes, buffers, or iterables of ints"
)
UNNAMED_STR_FOR_BYTES = re.compile(r"can assign only bytes, buffers, or iterables of ints")
BYTES_FOR_STR = re.compile(
    r"can only concatenate str \(not \"bytes\"\)|expected str instance, bytes found|must be str, not bytes|"
    r"unsupported operand type\(s\) for \S+: 'str' and 'bytes'"
)
# Text refused where a NUMBER was demanded, or a non-text value refused by a text API: neither
# spelling of a string literal (str or bytes) is the fix.
NOT_A_SPELLING = re.compile(
    r"(?:must be real number|a real number is required|must be (?:int|float)), not '?str\b|"
    r"can't multiply sequence by non-int of type 'str'|'str' object cannot be interpreted as an integer|"
    # a text API refusing a value that is neither text nor bytes: no literal's spelling is the wrong one
    r"expected string or bytes-like object, got '(?!str'|bytes'|bytearray')|"
    # text beside a number or a container (an ordering, a concatenation, a join's item, a key used as
    # a list index): the other value is no bytes, so no literal's str/bytes spelling is the fix
    r"'[<>]=?' not supported between instances of '(?:str|int|float)' and '(?:str|int|float)'|"
    r"can only concatenate str \(not \"(?:int|float|bool|list|tuple|dict|set|NoneType)\"\)|"
    r"expected str instance, (?:int|float|bool|list|tuple|dict|set|NoneType) found|"
    r"(?:list|tuple) indices must be integers or slices, not str|"
    r"argument should be integer or None, not"
)
PRIOR_CODEC = 0.6


@dataclass(frozen=True)
class Made:
    """An expression that made (part of) the crashing value; `steps` back from the crash."""

    file: str
    value: ast.expr
    steps: int


def _binds(func: ast.AST, name: str) -> bool:
    """`name` is local to `func`: a parameter, or stored (assigned, a loop's or a with's target) in it."""
    args = func.args
    params = [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]
    if any(a is not None and a.arg == name for a in params):
        return True
    if any(isinstance(n, ast.Global) and name in n.names for n in ast.walk(func)):
        return False  # declared the module's
    return any(
        isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Store) for n in ast.walk(func)
    )


def message_types(messages: list[str]) -> set[str]:
    """The type names a TypeError message quotes or states: the values it refused have one of them."""
    found: set[str] = set()
    for text in messages:
        found.update(re.findall(r"'([A-Za-z_][\w.]*)' object", text))
        for pair in re.findall(r"(?:instances of|operand type\(s\) for \S+:) '(\w+)' and '(\w+)'", text):
            found.update(pair)
        found.update(re.findall(r"\bnot '?(\w+)'?$", text))
        found.update(re.findall(r"can(?:'t| only) concat(?:enate)? (\w+)", text))
        for kind in ("bytes", "str", "list", "tuple", "dict", "set", "int", "float"):
            if re.search(rf"\b{kind}\b", text):
                found.add(kind)
        if "string-like" in text or "string" in text:
            found.add("str")
        if "iterator" in text:
            found.add("list")  # a list where an iterator was meant: the commonest case, `next(list)`
    return found


def static_type(node: ast.AST) -> str | None:
    """The type a plain expression evaluates to, when its shape alone says it (None: unknown)."""
    if isinstance(node, ast.Constant):
        return type(node.value).__name__
    if isinstance(node, ast.JoinedStr):
        return "str"
    for kind, name in DISPLAYS.items():
        if isinstance(node, kind):
            return name
    if isinstance(node, (ast.ListComp,)):
        return "list"
    if isinstance(node, ast.SetComp):
        return "set"
    if isinstance(node, (ast.Dict, ast.DictComp)):
        return "dict"
    if isinstance(node, ast.GeneratorExp):
        return "generator"
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Name) and func.id in CONSTRUCTORS:
            return CONSTRUCTORS[func.id]
        if isinstance(func, ast.Attribute):
            if func.attr == "encode":
                return "bytes"
            if func.attr in STR_RESULTS:
                return "str"
            if func.attr == "split":
                return "list"
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and static_type(node.left) == "str":
        return "str"
    return None


class Provenance:
    """Follows a value back from the crash to the expressions that made it (see the module docstring)."""

    def __init__(
        self,
        *,
        parse: Callable[[str], SourceFile | None],
        sites: list[tuple[str, int, float]],
        repo_files: Callable[[], list[SourceFile]],
    ) -> None:
        self.parse = parse
        self.sites = sites
        self.repo_files = repo_files
        self.found: list[Made] = []
        self.seen: set[tuple[str, int, int, bool]] = set()
        self._function_tables: dict[str, tuple[ast.AST, dict[str, list[ast.AST]]]] = {}

    def crash_values(self, sf: SourceFile, line: int) -> list[ast.expr]:
        """The values read on the crash statement: names, attributes, calls, method receivers included
        (`cls.PATTERN.sub(s)`: the pattern is a value the method's TypeError may be about)."""
        values = [
            n
            for n in sf.nodes_touching(line)
            if isinstance(n, (ast.Name, ast.Attribute, ast.Call, ast.Subscript))
            and isinstance(getattr(n, "ctx", ast.Load()), ast.Load)
            and not (isinstance(n, ast.Name) and n.id in ("self", "cls"))
        ]
        return [v for v in values if not (isinstance(sf.parent(v), ast.Call) and sf.parent(v).func is v)]

    def follow(
        self,
        *,
        site: int,
        sf: SourceFile,
        value: ast.expr,
        items: bool,
        steps: int,
        element: int | None = None,
    ) -> None:
        """Record `value` as an origin and follow it further. `items`: the value is one of its items;
        `element`: the value is its `element`-th item of a tuple (`kind, made = helper(x)`)."""
        key = (sf.path, id(value), site, items, element)
        if key in self.seen or steps > MAX_STEPS or len(self.found) >= MAX_ORIGINS:
            return
        self.seen.add(key)
        if steps and not items and element is None:
            self.found.append(Made(sf.path, value, steps))
        nxt = steps + 1
        if element is not None and items:
            # `for name, part in rules`: the name is the element-th item of each of the rows
            self._rows(site=site, sf=sf, value=value, element=element, steps=nxt)
            return
        if element is not None:
            if isinstance(value, (ast.Tuple, ast.List)) and not any(
                isinstance(e, ast.Starred) for e in value.elts
            ):
                if element < len(value.elts):
                    self.follow(site=site, sf=sf, value=value.elts[element], items=items, steps=nxt)
            elif isinstance(value, ast.Call):
                for file_sf, returned in self._returns(sf, value):
                    self.follow(
                        site=site, sf=file_sf, value=returned, items=items, steps=nxt, element=element
                    )
            elif isinstance(value, ast.Name):
                self._name(site=site, sf=sf, name=value, items=items, steps=nxt, element=element)
            return
        if isinstance(value, ast.Name):
            self._name(site=site, sf=sf, name=value, items=items, steps=nxt)
        elif isinstance(value, ast.Attribute):
            for origin_sf, origin in self._own_class_first(
                sf, value, self._attribute_origins(sf, value.attr)
            ):
                self.follow(site=site, sf=origin_sf, value=origin, items=items, steps=nxt)
            if items:
                # `self._fmts.append(fmt)` in another method: each appended value is one of its items
                for appended in _appended(sf, value.attr):
                    self.follow(site=site, sf=sf, value=appended, items=False, steps=nxt)
        elif isinstance(value, ast.Call) and not items:
            for file_sf, returned in self._returns(sf, value):
                self.follow(site=site, sf=file_sf, value=returned, items=False, steps=nxt)
        elif (
            items
            and isinstance(value, ast.Call)
            and isinstance(value.func, ast.Name)
            and value.func.id in ITEM_COPIES
            and len(value.args) == 1
            and not value.keywords
            and not isinstance(value.args[0], ast.Starred)
        ):
            # `self.basis = list(basis)`: a copy's items are the argument's items
            self.follow(site=site, sf=sf, value=value.args[0], items=True, steps=nxt)
        elif (
            items
            and isinstance(value, ast.Call)
            and not (isinstance(value.func, ast.Name) and value.func.id in CONSTRUCTORS)
        ):
            # `for x in helper(v)`: the items of what the called function returns (round 47)
            for file_sf, returned in self._returns(sf, value):
                self.follow(site=site, sf=file_sf, value=returned, items=True, steps=nxt)
        elif items and isinstance(value, (ast.ListComp, ast.SetComp, ast.GeneratorExp)):
            self.follow(site=site, sf=sf, value=value.elt, items=False, steps=nxt)
        elif items and isinstance(value, ast.DictComp):
            # iterating a mapping yields its keys
            self.follow(site=site, sf=sf, value=value.key, items=False, steps=nxt)
        elif items and isinstance(value, ast.Dict):
            for key in odd_first([k for k in value.keys if k is not None]):
                self.follow(site=site, sf=sf, value=key, items=False, steps=nxt)
        elif items and isinstance(value, (ast.List, ast.Tuple, ast.Set)):
            for item in odd_first(value.elts):
                self.follow(site=site, sf=sf, value=item, items=False, steps=nxt)
        elif isinstance(value, ast.IfExp):
            for branch in (value.body, value.orelse):
                self.follow(site=site, sf=sf, value=branch, items=items, steps=steps)
        elif isinstance(value, ast.BoolOp):
            for operand in value.values:
                self.follow(site=site, sf=sf, value=operand, items=items, steps=steps)
        elif isinstance(value, ast.BinOp) and not items:
            # an arithmetic result's type is its operands' (a float operand makes a float quotient)
            for operand in (value.left, value.right):
                if not isinstance(operand, ast.Constant):
                    self.follow(site=site, sf=sf, value=operand, items=False, steps=nxt)

    def _rows(self, *, site: int, sf: SourceFile, value: ast.expr, element: int, steps: int) -> None:
        """The element-th items of the rows of `value` (a table of tuples: `[(b"tag", rb"..."), ...]`),
        the row whose item's literal kind differs from its siblings' first (odd_first); a name, an
        attribute (a class-level table) or a parameter holding the table is followed to it."""
        if isinstance(value, (ast.List, ast.Tuple, ast.Set)):
            cells = [
                row.elts[element]
                for row in value.elts[:MAX_ROWS]
                if isinstance(row, (ast.Tuple, ast.List))
                and element < len(row.elts)
                and not any(isinstance(e, ast.Starred) for e in row.elts)
            ]
            for cell in odd_first(cells):
                self.follow(site=site, sf=sf, value=cell, items=False, steps=steps)
        elif isinstance(value, ast.Name):
            self._name(site=site, sf=sf, name=value, items=True, steps=steps, element=element)
        elif isinstance(value, ast.Attribute):
            for origin_sf, origin in self._attribute_origins(sf, value.attr):
                self.follow(site=site, sf=origin_sf, value=origin, items=True, steps=steps, element=element)
        elif (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Name)
            and value.func.id == "zip"
            and element < len(value.args)
            and not any(isinstance(a, ast.Starred) for a in value.args)
        ):
            # `for a, b in zip(xs, ys)`: `a` is an item of the zip's element-th argument (round 47);
            # the pairing makes no value, so it takes no step (as a conditional's branches take none)
            self.follow(site=site, sf=sf, value=value.args[element], items=True, steps=steps - 1)

    def _name(
        self,
        *,
        site: int,
        sf: SourceFile,
        name: ast.Name,
        items: bool,
        steps: int,
        element: int | None = None,
    ) -> None:
        func = function_at(sf, name.lineno)
        scope = func if func is not None else sf.tree
        for node in ast.walk(scope):
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if any(isinstance(t, ast.Name) and t.id == name.id for t in targets):
                    self.follow(site=site, sf=sf, value=node.value, items=items, steps=steps, element=element)
                for target in targets:
                    # `kind, made = helper(x)`: the name is one element of the tuple the value is
                    if element is None and isinstance(target, ast.Tuple):
                        names = [t.id if isinstance(t, ast.Name) else None for t in target.elts]
                        if name.id in names and not any(isinstance(t, ast.Starred) for t in target.elts):
                            where = names.index(name.id)
                            self.follow(
                                site=site, sf=sf, value=node.value, items=items, steps=steps, element=where
                            )
            if isinstance(node, (ast.With, ast.AsyncWith)) and element is None:
                # `with open(path) as f`: the file object is what the context expression makes
                for item in node.items:
                    target = item.optional_vars
                    if isinstance(target, ast.Name) and target.id == name.id:
                        self.follow(site=site, sf=sf, value=item.context_expr, items=items, steps=steps)
            if (
                isinstance(node, (ast.For, ast.AsyncFor, ast.comprehension))
                and not items
                and element is None
                and isinstance(node.target, ast.Name)
                and node.target.id == name.id
            ):
                self.follow(site=site, sf=sf, value=node.iter, items=True, steps=steps)
            if (
                isinstance(node, (ast.For, ast.AsyncFor, ast.comprehension))
                and not items
                and element is None
                and isinstance(node.target, ast.Tuple)
            ):
                self._pairs(site=site, sf=sf, loop=node, name=name.id, steps=steps)
                names = [t.id if isinstance(t, ast.Name) else None for t in node.target.elts]
                if name.id in names and not any(isinstance(t, ast.Starred) for t in node.target.elts):
                    # `for name, part in definitions` (no `.items()`): one element of each row
                    self.follow(
                        site=site,
                        sf=sf,
                        value=node.iter,
                        items=True,
                        steps=steps,
                        element=names.index(name.id),
                    )
        if items and element is None:
            # a list filled by `name.append(x)` / `name.add(x)` / `name.insert(i, x)`: each x is one of its
            # items (`parts = []` then `parts.append((value, unit))`, refused later by `", ".join(parts)`)
            for node in ast.walk(scope):
                if not (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == name.id
                    and node.args
                ):
                    continue
                if node.func.attr in ("append", "add") and len(node.args) == 1:
                    self.follow(site=site, sf=sf, value=node.args[0], items=False, steps=steps + 1)
                elif node.func.attr == "insert" and len(node.args) == 2:
                    self.follow(site=site, sf=sf, value=node.args[1], items=False, steps=steps + 1)
                elif node.func.attr == "extend" and len(node.args) == 1:
                    self.follow(site=site, sf=sf, value=node.args[0], items=True, steps=steps)
        if func is not None and not _binds(func, name.id):
            # a name the function never binds is the module's: its module-level assignments made it
            # (`LIMIT = "2.5"` read by `math.isnan(LIMIT)` in a function)
            for node in sf.tree.body:
                if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
                    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                    if any(isinstance(t, ast.Name) and t.id == name.id for t in targets):
                        self.follow(
                            site=site, sf=sf, value=node.value, items=items, steps=steps, element=element
                        )
        if func is None or (element is not None and not items):
            return
        args = func.args
        positional = [*args.posonlyargs, *args.args]
        for arg, default in zip(
            positional[len(positional) - len(args.defaults) :], args.defaults, strict=True
        ):
            if arg.arg == name.id:
                self.follow(site=site, sf=sf, value=default, items=items, steps=steps, element=element)
        index = next((i for i, a in enumerate(positional) if a.arg == name.id), None)
        if index is None:
            return
        if positional and positional[0].arg in ("self", "cls"):
            index -= 1
        if not self._on_traceback(sf, func):
            # the function had returned before the crash (a method filling `self._fmts` called
            # long before the property that joins them; a constructor storing a parameter that a
            # later method calls): no traceback frame is its caller, so the calls to it by name
            # in its file are where the parameter's values were made
            if element is None:
                self._callers(sf=sf, func=func, index=index, name=name.id, items=items, steps=steps)
            return
        if site + 1 >= len(self.sites):
            return
        caller = self.parse(self.sites[site + 1][0])
        if caller is None:
            return
        calls = [n for n in caller.nodes_touching(self.sites[site + 1][1]) if isinstance(n, ast.Call)]
        called = _called_as(sf, func)  # an `__init__` is called by its class's name
        if not any(named(c.func) in called for c in calls):
            # a generator's (or a lazily passed callable's) parameters are bound where it was CALLED,
            # which the traceback does not show: the caller frame's line only iterates the result
            # (`gsizess = helper(tail, n)` two lines above `for g in gsizess`). Then the calls to it
            # by name in the caller's function are where its arguments were made.
            scope = function_at(caller, self.sites[site + 1][1])
            calls += [
                n
                for n in ast.walk(scope if scope is not None else caller.tree)
                if isinstance(n, ast.Call) and named(n.func) in called and n not in calls
            ]
        for node in calls:
            if any(isinstance(a, ast.Starred) for a in node.args):
                continue
            passed = [node.args[index]] if 0 <= index < len(node.args) else []
            passed += [k.value for k in node.keywords if k.arg == name.id]
            for value in passed:
                self.follow(site=site + 1, sf=caller, value=value, items=items, steps=steps, element=element)

    def _on_traceback(self, sf: SourceFile, func: ast.AST) -> bool:
        """Whether a traceback site's line is inside `func` (the function was running at the crash)."""
        return any(
            file == sf.path and any(node is func for node in sf.nodes_touching(line))
            for file, line, _ in self.sites
        )

    def _callers(
        self, *, sf: SourceFile, func: ast.AST, index: int, name: str, items: bool, steps: int
    ) -> None:
        """The arguments for parameter `name` (the index-th positional one, `self` not counted) of
        every call to `func` by name in its file (`self.f(...)`, `f(...)`, and `Cls(...)` for an
        `__init__`), at most MAX_CALLERS calls, followed as values made off the traceback."""
        names = _called_as(sf, func)
        calls = [
            n
            for n in ast.walk(sf.tree)
            if isinstance(n, ast.Call)
            and named(n.func) in names
            and not any(isinstance(a, ast.Starred) for a in n.args)
        ][:MAX_CALLERS]
        off_trace = len(self.sites)  # no traceback frame stands for these callers
        for node in calls:
            passed = [node.args[index]] if 0 <= index < len(node.args) else []
            passed += [k.value for k in node.keywords if k.arg == name]
            for value in passed:
                self.follow(site=off_trace, sf=sf, value=value, items=items, steps=steps)

    def _pairs(self, *, site: int, sf: SourceFile, loop: ast.AST, name: str, steps: int) -> None:
        """`for key, value in mapping.items()`: the name is the key or the value of the mapping's
        displays and comprehensions, wherever the mapping's name is assigned in the scope."""
        target, source = loop.target, loop.iter
        names = [t.id if isinstance(t, ast.Name) else None for t in target.elts]
        if name not in names or len(names) != 2:
            return
        if not (
            isinstance(source, ast.Call)
            and isinstance(source.func, ast.Attribute)
            and source.func.attr == "items"
            and not source.args
            and isinstance(source.func.value, (ast.Name, ast.Attribute))
        ):
            return
        mapping = source.func.value
        made = (
            [
                node.value
                for node in ast.walk(function_at(sf, source.lineno) or sf.tree)
                if isinstance(node, ast.Assign)
                and any(isinstance(t, ast.Name) and t.id == mapping.id for t in node.targets)
            ]
            if isinstance(mapping, ast.Name)
            else self._attribute(sf, mapping.attr)
        )
        key = names.index(name) == 0
        for value in made:
            if isinstance(value, ast.DictComp):
                self.follow(
                    site=site, sf=sf, value=value.key if key else value.value, items=False, steps=steps + 1
                )
            elif isinstance(value, ast.Dict):
                parts = [p for p in (value.keys if key else value.values) if p is not None]
                for part in odd_first(parts):
                    self.follow(site=site, sf=sf, value=part, items=False, steps=steps + 1)

    def _attribute(self, sf: SourceFile, attr: str) -> list[ast.expr]:
        """`x.attr = ...` anywhere in the file, `attr = ...` in a class body (a class attribute), and
        `Record(attr=...)` / `cls(attr=...)`: a dataclass's or named tuple's field set by its constructor."""
        found: list[ast.expr] = []
        for node in ast.walk(sf.tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and (node.func.id == "cls" or node.func.id[:1].isupper())
            ):
                found += [k.value for k in node.keywords if k.arg == attr]
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if isinstance(item, (ast.Assign, ast.AnnAssign)) and item.value is not None:
                        targets = item.targets if isinstance(item, ast.Assign) else [item.target]
                        if any(isinstance(t, ast.Name) and t.id == attr for t in targets):
                            found.append(item.value)
            elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if any(isinstance(t, ast.Attribute) and t.attr == attr for t in targets):
                    found.append(node.value)
        return found

    def _attribute_origins(self, sf: SourceFile, attr: str) -> list[tuple[SourceFile, ast.expr]]:
        """Where an attribute's value is made: its assignments in this file (`_attribute`) and the
        return values of a `@property` of that name; when this file makes none, the other files'
        (a request object built in one module and filled in another: `request.params[k] = v` in
        the API module, `self.params = params or []` in the transport's constructor)."""
        found = [(sf, v) for v in self._attribute(sf, attr)] + [(sf, v) for v in _property_returns(sf, attr)]
        if found:
            return found
        for other in self.repo_files():
            if other.path == sf.path:
                continue
            found += [(other, v) for v in self._attribute(other, attr)]
            found += [(other, v) for v in _property_returns(other, attr)]
            if len(found) >= MAX_ELSEWHERE:
                break
        return found[:MAX_ELSEWHERE]

    @staticmethod
    def _own_class_first(
        sf: SourceFile, read: ast.Attribute, origins: list[tuple[SourceFile, ast.expr]]
    ) -> list[tuple[SourceFile, ast.expr]]:
        """`self.expr` read in a method of class C: the stores made in C come first (round 48). The
        file's other classes store an attribute of that name on THEIR instances (`Integer`'s and
        `String`'s `self.expr = t[0]` beside `List_`'s), which reach this instance only by inheritance;
        ranked after, not dropped. One pass over the origins by C's line span (linear)."""
        if not (isinstance(read.value, ast.Name) and read.value.id == "self") or len(origins) < 2:
            return origins
        own = class_at(sf, read.lineno)
        if own is None or own.end_lineno is None:
            return origins
        first, rest = [], []
        for origin in origins:
            inside = origin[0] is sf and own.lineno <= getattr(origin[1], "lineno", 0) <= own.end_lineno
            (first if inside else rest).append(origin)
        return [*first, *rest]

    def _functions(self, in_sf: SourceFile) -> dict[str, list[ast.AST]]:
        """The file's functions by name, in walk order, read once per walk (round 47's review: a call
        with no definition in its own file had every repository file walked again, once per call, and
        `for x in obj.keys()` in many loops made that a minute on a mid-sized project)."""
        held = self._function_tables.get(in_sf.path)
        if held is not None and held[0] is in_sf.tree:
            return held[1]
        table: dict[str, list[ast.AST]] = {}
        for node in ast.walk(in_sf.tree):
            if isinstance(node, FUNCTIONS):
                table.setdefault(node.name, []).append(node)
        self._function_tables[in_sf.path] = (in_sf.tree, table)
        return table

    def _returns(self, sf: SourceFile, call: ast.Call) -> list[tuple[SourceFile, ast.expr]]:
        func = call.func
        name = (
            func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
        )
        if name is None or name in CONSTRUCTORS:
            return []

        def returns(in_sf: SourceFile) -> list[tuple[SourceFile, ast.expr]]:
            return [
                (in_sf, r.value)
                for node in self._functions(in_sf).get(name, ())
                for r in ast.walk(node)
                if isinstance(r, ast.Return) and r.value is not None
            ]

        found = returns(sf)
        if not found:
            for other in self.repo_files():
                if other.path != sf.path:
                    found += returns(other)
        return found[:6]


def _called_as(sf: SourceFile, func: ast.AST) -> set[str]:
    """The names a function is called by: its own, and its class's for an `__init__`."""
    names = {getattr(func, "name", "")}
    if getattr(func, "name", "") == "__init__":
        owner = sf.parent(func)
        if isinstance(owner, ast.ClassDef):
            names.add(owner.name)
    return names - {""}


def _appended(sf: SourceFile, attr: str) -> list[ast.expr]:
    """The values `x.attr.append(v)` / `x.attr.add(v)` / `x.attr.insert(i, v)` put in, in the file."""
    found: list[ast.expr] = []
    for node in ast.walk(sf.tree):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Attribute)
            and node.func.value.attr == attr
            and node.args
        ):
            continue
        if node.func.attr in ("append", "add") and len(node.args) == 1:
            found.append(node.args[0])
        elif node.func.attr == "insert" and len(node.args) == 2:
            found.append(node.args[1])
    return found[:MAX_CALLERS]


def _property_returns(sf: SourceFile, attr: str) -> list[ast.expr]:
    """The values a `@property` (or `@cached_property`) named `attr` returns: reading the attribute
    calls it, so its returns made the value (`part.index` read where `index` returns `self.part`)."""
    return [
        r.value
        for node in ast.walk(sf.tree)
        if isinstance(node, FUNCTIONS)
        and node.name == attr
        and any(named(d) in ("property", "cached_property") for d in node.decorator_list)
        for r in ast.walk(node)
        if isinstance(r, ast.Return) and r.value is not None
    ]


def odd_first(values: list[ast.expr], limit: int = 4) -> list[ast.expr]:
    """Up to `limit` of a display's items, those whose literal kind differs from their siblings'
    first: in a table whose entries are all text but one number (`{..., 'R': 6}`), the one entry
    unlike the others is the likely wrong one (Engler et al., SOSP 2001: the deviant among
    consistent siblings), wherever it stands in the display."""
    kinds = [static_type(v) if isinstance(v, ast.Constant) else None for v in values]
    counted = [k for k in kinds if k is not None]
    common = max(set(counted), key=counted.count) if counted else None
    odd = [v for v, k in zip(values, kinds, strict=True) if k is not None and k != common]
    if common is None or len(counted) < 3 or len(odd) * 2 >= len(counted):
        odd = []
    return (odd + [v for v in values if not any(v is o for o in odd)])[:limit]


def joined_items(sf: SourceFile, lines: list[int], messages: list[str]) -> list[ast.expr]:
    """ "sequence item N: expected str instance, int found": the N-th item of a `.join([...])` display on
    the crash statement is the refused value, the only one worth following."""
    found = re.search(r"sequence item (\d+):", " ".join(messages))
    if found is None:
        return []
    index = int(found[1])
    items: list[ast.expr] = []
    for line in lines:
        for node in sf.nodes_touching(line):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "join"
            ):
                continue
            if len(node.args) != 1 or not isinstance(node.args[0], (ast.List, ast.Tuple)):
                continue
            elts = node.args[0].elts
            if index < len(elts) and not any(isinstance(e, ast.Starred) for e in elts[: index + 1]):
                items.append(elts[index])
    return items


def joined_arguments(sf: SourceFile, lines: list[int], messages: list[str]) -> list[ast.expr]:
    """ "sequence item N: expected str instance, T found" where the joined value is not a display
    (`", ".join(parts)`): the refused value is one of its ITEMS, to be followed as items (the
    appends and displays that filled it), not the container itself."""
    if re.search(r"sequence item \d+:", " ".join(messages)) is None:
        return []
    return [
        node.args[0]
        for line in lines
        for node in sf.nodes_touching(line)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "join"
        and len(node.args) == 1
        and isinstance(node.args[0], (ast.Name, ast.Attribute, ast.Call))
    ]


def codec_edits(sf: SourceFile, made: Made, messages: list[str]) -> list[Edit]:
    """`.encode()` / `.decode()` of an origin whose type is not known statically, in the direction the
    message states (a str where bytes were meant, or the reverse).

    Text MADE as text (`str(self)`, an f-string, `'%s' % x`, `sep.join(...)`) where bytes are demanded is
    encoded too, with the encoding the file itself spells in its other `.encode`/`.decode` calls (a step
    dropped where the value is made: PyTER's str -> bytes conversion at the origin, not at the use).
    A literal is left to `literal_kinds` (`b'...'`)."""
    text = " ".join(messages)
    method = "encode" if STR_FOR_BYTES.search(text) else "decode" if BYTES_FOR_STR.search(text) else None
    value = made.value
    span = sf.node_span(value)
    if method is None or span is None:
        return []
    kind = static_type(value)
    made_text = method == "encode" and kind == "str" and not isinstance(value, ast.Constant)
    if made_text and _also_read_as_text(sf, value):
        return []  # bytes where made would break the text use: the use that wants bytes converts it
    if not made_text:
        if not isinstance(value, (ast.Name, ast.Attribute, ast.Subscript)) or kind is not None:
            return []
        if UNNAMED_STR_FOR_BYTES.search(text) and not _named_str(text):
            return []  # the message names no str: only a value made as text is encoded
    line, start, end = span
    old = sf.line_text(line)[start:end]
    atom = (
        old
        if isinstance(value, (ast.Name, ast.Attribute, ast.Subscript, ast.Call, ast.JoinedStr))
        else f"({old})"
    )
    argument = _file_encoding(sf) if made_text else ""
    description = (
        f"make {shorten(old)} {'bytes' if method == 'encode' else 'a str'} where it is made: "
        f"{shorten(atom)}.{method}({argument})"
    )
    spans = (
        ((end, end, f".{method}({argument})"),)
        if atom == old
        else ((start, end, f"{atom}.{method}({argument})"),)
    )
    return [Edit(line, spans, description, PRIOR_TYPED if made_text else PRIOR_CODEC, "provenance")]


def _also_read_as_text(sf: SourceFile, value: ast.expr) -> bool:
    """Whether the name `value` is assigned to is also read as text in its function: joined with text
    (`"packed " + data`) or formatted (`f"{data}"`, `"%s" % data`), where bytes fail or show `b'...'`."""
    assign = sf.parent(value)
    if not (
        isinstance(assign, ast.Assign)
        and len(assign.targets) == 1
        and isinstance(assign.targets[0], ast.Name)
    ):
        return False
    name = assign.targets[0].id
    scope = function_at(sf, value.lineno) or sf.tree
    for node in ast.walk(scope):
        if not (isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Load)):
            continue
        parent = sf.parent(node)
        if isinstance(parent, ast.FormattedValue) or (
            isinstance(parent, ast.BinOp)
            and (
                (
                    isinstance(parent.op, ast.Add)
                    and "str" in (static_type(parent.left), static_type(parent.right))
                )
                or (
                    isinstance(parent.op, ast.Mod)
                    and parent.right is node
                    and static_type(parent.left) == "str"
                )
            )
        ):
            return True
    return False


def _named_str(text: str) -> bool:
    """Whether a message names a str among the kinds it refused."""
    return bool(re.search(r"\bstr\b", text))


def _is_codec(name: str) -> bool:
    """Whether `name` is a text encoding `str.encode` accepts (not 'hex' or 'rot13', which it refuses)."""
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError, TypeError):
        return False
    return getattr(info, "_is_text_encoding", True)


def _file_encoding(sf: SourceFile) -> str:
    """The encoding literal the file's own `.encode(...)`/`.decode(...)` calls spell most often ('' for none)."""
    spelled: dict[str, int] = {}
    for node in ast.walk(sf.tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("encode", "decode")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and _is_codec(node.args[0].value)  # `tokenizer.encode("<s>")` takes text, not a codec
        ):
            literal = sf.segment(node.args[0])
            spelled[literal] = spelled.get(literal, 0) + 1
    return max(spelled, key=lambda k: spelled[k], default="")


def origin_edits(
    sf: SourceFile,
    made: Made,
    refused: set[str],
    directions: tuple[bool, bool] = (True, True),
    *,
    scalar_wanted: bool = False,
) -> list[Edit]:
    """Type-changing edits of one origin expression, their prior raised when its static type was refused.
    `scalar_wanted`: the message wants text or a number, which no display of another kind makes."""
    value = made.value
    span = sf.node_span(value)
    if span is None:
        return []
    line, start, end = span
    text = sf.line_text(line)[start:end]
    kind = static_type(value)
    prior = PRIOR_TYPED if kind is not None and kind in refused else PRIOR_UNTYPED
    if kind is not None and kind not in refused and kind not in ("generator", "iterator"):
        prior *= 0.5  # its type is known and is not one the message refused
    edits: list[Edit] = []
    for display, name in DISPLAYS.items():
        if (
            scalar_wanted
            or not isinstance(value, display)
            or not value.elts
            or any(isinstance(e, ast.Starred) for e in value.elts)
        ):
            continue
        inner = ", ".join(sf.segment(e) for e in value.elts)
        for other, new in (
            ("tuple", f"({inner},)" if len(value.elts) == 1 else f"({inner})"),
            ("list", f"[{inner}]"),
        ):
            if other != name:
                description = f"make a {other} where the value is made: {shorten(new)} instead of the {name} {shorten(text)}"
                edits.append(Edit(line, ((start, end, new),), description, prior, "provenance"))
    if (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Name)
        and value.func.id in UNWRAPPABLE
        and len(value.args) == 1
        and not value.keywords
        and not isinstance(value.args[0], ast.Starred)
        and sf.node_span(value.args[0]) is not None
    ):
        inner = sf.segment(value.args[0])
        description = f"keep {shorten(inner)} itself where the value is made, not {value.func.id}() of it"
        edits.append(Edit(line, ((start, end, inner),), description, prior, "provenance"))
    if refused & {"str", "bytes"}:
        edits += _literal_kinds(sf, value, directions)
    return edits


def literal_directions(messages: list[str]) -> tuple[bool, bool]:
    """(a str literal may be made bytes, a bytes literal may be made str): both, unless the message
    says which of the two was the wrong one."""
    text = " ".join(messages)
    if NOT_A_SPELLING.search(text) and not (STR_FOR_BYTES.search(text) or BYTES_FOR_STR.search(text)):
        return False, False
    if STR_FOR_BYTES.search(text):
        return True, False
    if BYTES_FOR_STR.search(text):
        return False, True
    return True, True


def _literal_kinds(sf: SourceFile, value: ast.expr, directions: tuple[bool, bool]) -> list[Edit]:
    """A str literal in the origin made bytes, or a bytes literal made str (its prefix's `b`)."""
    edits: list[Edit] = []
    for node in ast.walk(value):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes))):
            continue
        span = sf.node_span(node)
        if span is None:
            continue
        line, start, end = span
        text = sf.line_text(line)[start:end]
        prefix = re.match(r"[A-Za-z]*", text)[0]
        if not directions[1 if isinstance(node.value, bytes) else 0]:
            continue
        if isinstance(node.value, bytes):
            new_prefix = prefix.replace("b", "").replace("B", "")
            if any(ord(c) > 127 for c in text):
                continue
            new = new_prefix + text[len(prefix) :]
            description = (
                f"make the literal a str where the value is made: {shorten(new)} instead of {shorten(text)}"
            )
        else:
            if "f" in prefix.lower() or "u" in prefix.lower() or any(ord(c) > 127 for c in text):
                continue
            new = "b" + text
            description = (
                f"make the literal bytes where the value is made: {shorten(new)} instead of {shorten(text)}"
            )
        edits.append(
            Edit(line, ((start, start + len(text), new),), description, PRIOR_TYPED * 0.9, "provenance")
        )
    return edits


def literal_kinds(sf: SourceFile, value: ast.expr, directions: tuple[bool, bool]) -> list[Edit]:
    """The str/bytes re-spellings of the literals in `value` (`_literal_kinds`), for other walks."""
    return _literal_kinds(sf, value, directions)


def discarded_results(sf: SourceFile, made: Made) -> list[Edit]:
    """In the function that made the value: `conv(x)` / `x.strip()` as a statement, assigned back to `x`.

    A builtin conversion or a str method has no effect but its result, so a statement that throws the
    result away does nothing; the value it was meant to change goes on with its old type.
    """
    func = function_at(sf, getattr(made.value, "lineno", 0))
    if func is None:
        return []
    edits: list[Edit] = []
    for node in ast.walk(func):
        if not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)):
            continue
        call = node.value
        target = None
        if isinstance(call.func, ast.Name) and call.func.id in CONSTRUCTORS and len(call.args) == 1:
            target = call.args[0]
        elif isinstance(call.func, ast.Attribute) and call.func.attr in STR_RESULTS - {"join", "format"}:
            target = call.func.value
        if not isinstance(target, ast.Name) or sf.node_span(node) is None:
            continue
        line, start, _ = sf.node_span(node)
        description = (
            f"keep the result: {target.id} = {shorten(sf.segment(call))}, not a statement that drops it"
        )
        edits.append(
            Edit(line, ((start, start, f"{target.id} = "),), description, PRIOR_DISCARDED, "provenance")
        )
    return edits


def call_shape_edits(sf: SourceFile, line: int, messages: list[str]) -> list[Edit]:
    """At the crash line: positional arguments packed into one tuple; a builtin method's sibling."""
    text = " ".join(messages)
    edits: list[Edit] = []
    refusing = re.search(r"\b(\w+)\.(\w+)\(\) takes no keyword arguments", text)
    indices = "indices must be integers" in text or "must be str or a tuple" in text
    for node in sf.nodes_touching(line):
        if not isinstance(node, ast.Call) or getattr(node, "lineno", None) != line:
            continue
        func = node.func
        if indices and len(node.args) >= 2 and not node.keywords and isinstance(func, ast.Attribute):
            spans = [sf.node_span(a) for a in node.args]
            kinds = {static_type(a) for a in node.args}
            if all(s is not None and s[0] == line for s in spans) and len(kinds) == 1 and None not in kinds:
                first, last = spans[0], spans[-1]
                inner = sf.line_text(line)[first[1] : last[2]]
                description = (
                    f"pass ({shorten(inner)}) as one tuple to {func.attr}(), not as separate arguments"
                )
                edits.append(
                    Edit(line, ((first[1], last[2], f"({inner})"),), description, PRIOR_PACK, "provenance")
                )
        if refusing and isinstance(func, ast.Attribute) and func.attr == refusing[2]:
            edits += _keyword_refusals(sf, line, node, refusing[1])
    return edits


def _keyword_refusals(sf: SourceFile, line: int, call: ast.Call, owner: str) -> list[Edit]:
    """`str.format_map(**d)`: the owner type's similarly named methods, or the mapping passed whole."""
    func = call.func
    assert isinstance(func, ast.Attribute)
    span = sf.node_span(func)
    edits: list[Edit] = []
    kind = getattr(builtins, owner, None)
    if span is not None and span[0] == line and isinstance(kind, type):
        names = [n for n in dir(kind) if not n.startswith("_") and n != func.attr]
        end = span[2]
        for name in difflib.get_close_matches(func.attr, names, n=3, cutoff=0.6):
            description = (
                f"call {owner}.{name}() instead of {owner}.{func.attr}(), which takes no keyword arguments"
            )
            edits.append(
                Edit(line, ((end - len(func.attr), end, name),), description, PRIOR_METHOD, "provenance")
            )
    unpacked = [k for k in call.keywords if k.arg is None]
    if len(unpacked) == 1 and not call.args and len(call.keywords) == 1:
        keyword = unpacked[0]
        value_span = sf.node_span(keyword.value)
        if value_span is not None and value_span[0] == line:
            text = sf.line_text(line)
            star = text.rindex("**", 0, value_span[1])
            description = (
                f"pass the mapping {shorten(sf.segment(keyword.value))} itself, not unpacked as keywords"
            )
            edits.append(Edit(line, ((star, value_span[1], ""),), description, PRIOR_UNPACKED, "provenance"))
    return edits
