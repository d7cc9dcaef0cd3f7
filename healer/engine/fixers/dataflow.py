"""TYPE_ERROR root causes away from the crash: follow the wrong value back to where it was made.

PyTER (Oh, Lee, Yoo, Ryu: "PyTER: Effective Program Repair for Python Type Errors", ESEC/FSE
2022) repairs real Python TypeErrors by localising the variable whose type is wrong and
patching where it got that type, not only where it crashed. This module does the static part
of that on the source text and the traceback the pytest plugin records:

1. The message names the wrong type and what was wanted ("unsupported operand type(s) for *:
   'method' and 'float'", "sequence item 0: expected str instance, Member found", "'int' object
   is not iterable"...). `suspects` picks the expressions on the crash line that can hold it.
2. `trace` follows each one back (def-use over the AST): a local to the assignments before the
   use, a parameter across the call into the caller (the traceback frames say which call), an
   attribute to where the class or its constructor calls set it, a call of a repository
   function into its return values, `a or b` and `x if c else y` into both sides, a generator
   or comprehension into its element.
3. At every origin, `origin_edits` proposes the repair that the type evidence calls for: call
   the method that was stored uncalled, convert the value where it enters (int(), str(),
   list()), write the literal of the right kind, pick the attribute of the right type, make a
   list of a generator, call the factory that was passed instead of what it makes.

Each edit's prior decays with the distance from the crash (hops) and grows with the evidence
(a value used in several places is best fixed where it is made). Every candidate is validated
by the tests, so several readings may be proposed; none silences an error (no try/except, no
conversion of a literal that cannot convert).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field, replace

from healer.engine.fixers.arguments import unsupplied_parameters, values_for
from healer.engine.fixers.dataflow_scopes import (
    added_items,
    argument_for,
    assignments,
    attribute_assignments,
    default_for,
    loop_iterables,
    loop_sources,
    parameter_names,
    scope_nodes,
    subscript_stores,
    unpacked,
)
from healer.engine.fixers.lineedit import (
    FUNCTIONS,
    Edit,
    SourceFile,
    called_name,
    class_at,
    class_attributes,
    function_at,
    named,
    shorten,
    text_valued,
)
from healer.engine.fixers.logic_templates import ROUNDINGS, control_conditions
from healer.engine.fixers.names import similarity, singular, tokens

CALLABLE_KINDS = frozenset({"method", "function", "builtin_function_or_method", "method-wrapper"})
LAZY_KINDS = frozenset(
    {"generator", "map", "filter", "zip", "dict_keys", "dict_values", "dict_items", "itertools.chain"}
)
CONTAINERS = frozenset({"list", "tuple", "set", "frozenset", "dict"})
NUMBERS = frozenset({"int", "float", "bool", "decimal.Decimal", "Decimal", "complex"})
BUILTIN_TYPES = NUMBERS | CONTAINERS | LAZY_KINDS | {"str", "bytes", "NoneType", "type", "range", "object"}
ITERATING_CALLS = frozenset(
    {
        "list",
        "tuple",
        "set",
        "frozenset",
        "sorted",
        "sum",
        "min",
        "max",
        "enumerate",
        "zip",
        "any",
        "all",
        "dict",
    }
)
STR_ANNOTATIONS = frozenset({"str"})
SEQUENCE_ANNOTATION = re.compile(r"^(list|tuple|set|frozenset|dict|Sequence|Iterable|List|Tuple|Set)\b")
# Methods of str and bytes (and file objects) that make a list of strings.
STR_LIST_METHODS = frozenset({"split", "rsplit", "splitlines", "readlines", "partition", "rpartition"})
MAX_HOPS = 4
MAX_CALL_VALUES = 4  # values tried for the argument of a method stored uncalled
MAX_ORIGINS = 12
MAX_STATIC_CALLERS = 3  # call sites followed when the traceback does not say which call it was


@dataclass(frozen=True)
class Evidence:
    """What the message says about the wrong value."""

    actual: str  # the type it had: 'method', 'str', 'tuple', 'generator', 'Member', 'int'...
    wanted: (
        str  # number | str | iterable | sized | subscriptable | comparable | list | tuple | set | callable
    )
    other: str = ""  # the other operand's type, for conversions ('int', 'float')
    strength: float = 1.0  # how sure the message is that this side is the wrong one
    element: bool = False  # the wrong values are the ITEMS of the expression (join, sorted)


@dataclass
class Suspect:
    sf: SourceFile
    node: ast.expr
    line: int
    evidence: Evidence
    frame: int  # index of the crash line's frame in `frames`, -1 when unknown


@dataclass
class Origin:
    sf: SourceFile
    node: ast.expr
    hops: int
    how: str  # crash | assignment | argument | default | attribute | keyword | return | element | store
    uses: int = 1  # how many places read the value (a variable or attribute read in several places)
    followed: bool = False  # the tracer found where this value came from (it is a read, not a make)
    context: tuple[str, ...] = ()  # names along the way (functions, variables) for attribute ranking


@dataclass
class Frame:
    file: str
    line: int
    function: str


# Arguments the builtins and the standard library call later: `max(xs, key=Shelf.count)`,
# `defaultdict(self.fresh)`, `Thread(target=self.run)`. A method passed there is used as a method.
CALLABLE_KEYWORDS = frozenset({"key", "default_factory", "target", "callback", "factory"})
CALLABLE_FIRST = frozenset({"map", "filter", "defaultdict", "partial", "functools.partial"})


def _called_later(call: ast.Call) -> list[str]:
    """The attribute names `call` hands on to be called (`key=obj.count`, `map(obj.count, xs)`), and the
    name a `getattr(obj, "count")(...)` calls: each is a call of the method, as `obj.count()` is."""
    passed = [k.value for k in call.keywords if k.arg in CALLABLE_KEYWORDS]
    if called_name(call) in CALLABLE_FIRST and call.args:
        passed.append(call.args[0])
    names = [value.attr for value in passed if isinstance(value, ast.Attribute)]
    if (got := _getattr_name(call.func)) is not None:
        names.append(got)
    return names


def _getattr_name(node: ast.AST) -> str | None:
    """The name `getattr(obj, "count")` reads: an attribute read that no ast.Attribute spells."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "getattr"
        and len(node.args) >= 2
        and isinstance(node.args[1], ast.Constant)
        and isinstance(node.args[1].value, str)
    ):
        return node.args[1].value
    return None


@dataclass
class Tracer:
    """Follows values back through one repository (files parsed on demand by `load`)."""

    load: object  # Callable[[str], SourceFile | None]
    all_files: object  # Callable[[], Iterator[SourceFile]]
    frames: list[Frame] = field(default_factory=list)
    _classes: dict[str, list[tuple[SourceFile, ast.ClassDef]]] | None = None
    _functions: dict[str, list[tuple[SourceFile, ast.AST]]] | None = None
    _carried: int = 1
    _calls: dict[str, list[tuple[SourceFile, ast.Call]]] | None = None
    _attribute_reads: dict[str, int] | None = None
    _attribute_calls: dict[str, int] | None = None
    _attributes: dict[str, list[tuple[SourceFile, ast.ClassDef]]] | None = None

    # -- repository lookups ------------------------------------------------------------
    def _index(self) -> None:
        # One walk over the repository answers every later question of this failure.
        self._classes, self._functions, self._calls, self._attribute_reads = {}, {}, {}, {}
        self._attribute_calls = {}
        for sf in self.all_files():
            for node in ast.walk(sf.tree):
                if isinstance(node, ast.ClassDef):
                    self._classes.setdefault(node.name, []).append((sf, node))
                elif isinstance(node, FUNCTIONS):
                    self._functions.setdefault(node.name, []).append((sf, node))
                elif isinstance(node, ast.Call) and called_name(node):
                    self._calls.setdefault(called_name(node), []).append((sf, node))
                    if isinstance(node.func, ast.Attribute):
                        name = node.func.attr
                        self._attribute_calls[name] = self._attribute_calls.get(name, 0) + 1
                elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load):
                    self._attribute_reads[node.attr] = self._attribute_reads.get(node.attr, 0) + 1
                if isinstance(node, ast.Call):
                    for name in _called_later(node):
                        self._attribute_calls[name] = self._attribute_calls.get(name, 0) + 1
                    if (got := _getattr_name(node)) is not None:  # a read, called or not (each call is one)
                        self._attribute_reads[got] = self._attribute_reads.get(got, 0) + 1

    def calls(self, name: str) -> list[tuple[SourceFile, ast.Call]]:
        if self._calls is None:
            self._index()
        return list(self._calls.get(name, []))

    def attribute_reads(self, attr: str) -> int:
        if self._attribute_reads is None:
            self._index()
        return self._attribute_reads.get(attr, 0)

    def attribute_calls(self, attr: str) -> int:
        """How many places call `x.attr(...)` (each is also one of attribute_reads)."""
        if self._attribute_calls is None:
            self._index()
        return self._attribute_calls.get(attr, 0)

    def classes(self, name: str) -> list[tuple[SourceFile, ast.ClassDef]]:
        if self._classes is None:
            self._index()
        return list(self._classes.get(name.rsplit(".", 1)[-1], []))

    def functions(self, name: str, prefer: str = "") -> list[tuple[SourceFile, ast.AST]]:
        if self._functions is None:
            self._index()
        found = list(self._functions.get(name, []))
        found.sort(key=lambda item: item[0].path != prefer)
        return found

    def classes_with_attribute(self, attr: str) -> list[tuple[SourceFile, ast.ClassDef]]:
        if self._classes is None:
            self._index()
        if self._attributes is None:
            self._attributes = {}
            for items in self._classes.values():
                for sf, cls in items:
                    for name in class_attributes(cls):
                        self._attributes.setdefault(name, []).append((sf, cls))
        return self._attributes.get(attr, [])[:3]

    # -- tracing -----------------------------------------------------------------------
    def trace(self, suspect: Suspect) -> list[Origin]:
        """The suspect itself (hops 0) and every origin found behind it, nearest first."""
        origins: list[Origin] = []
        seen: set[tuple[str, int, int]] = set()
        self._trace(suspect.sf, suspect.node, suspect.line, suspect.frame, 0, (), origins, seen, None)
        origins.sort(key=lambda o: o.hops)
        return origins[:MAX_ORIGINS]

    def _add(self, origins, seen, origin: Origin) -> bool:
        key = (origin.sf.path, getattr(origin.node, "lineno", 0), getattr(origin.node, "col_offset", 0))
        if key in seen:
            return False
        seen.add(key)
        origins.append(origin)
        return True

    def _trace(self, sf, node, line, frame, hops, context, origins, seen, binding, how="crash") -> None:
        if hops > MAX_HOPS or len(origins) >= MAX_ORIGINS:
            return
        # A value read in several places anywhere along the way counts for every origin behind it.
        uses = max(self._uses(sf, node, line), self._carried)
        origin = Origin(sf, node, hops, how, uses, context)
        if not self._add(origins, seen, origin):
            return
        before, carried, self._carried = len(origins), self._carried, uses
        try:
            self._follow(sf, node, line, frame, hops, context, origins, seen, binding, how)
        finally:
            self._carried = carried
        origin.followed = len(origins) > before

    def _follow(self, sf, node, line, frame, hops, context, origins, seen, binding, how) -> None:
        func = function_at(sf, getattr(node, "lineno", line))
        if func is not None:
            context = (*context, func.name)
        if isinstance(node, ast.Name):
            self._trace_name(sf, node, line, frame, hops, context, origins, seen, binding)
        elif isinstance(node, ast.Attribute):
            self._trace_attribute(sf, node, line, hops, context, origins, seen)
        elif isinstance(node, ast.BoolOp):
            for value in node.values:
                self._trace(sf, value, line, frame, hops, context, origins, seen, binding, how)
        elif isinstance(node, ast.IfExp):
            for value in (node.body, node.orelse):
                self._trace(sf, value, line, frame, hops, context, origins, seen, binding, how)
        elif isinstance(node, ast.Call) and called_name(node) in ("min", "max") and not node.keywords:
            # `min(len(rows), n * ratio)`: the value is one of the arguments; each is an origin.
            for value in node.args:
                if not isinstance(value, (ast.Constant, ast.Starred)):
                    self._trace(sf, value, line, frame, hops + 1, context, origins, seen, binding, how)
        elif isinstance(node, ast.Call):
            self._trace_call(sf, node, frame, hops, context, origins, seen)
        elif isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load):
            self._trace_stores(sf, node, line, frame, hops, context, origins, seen)

    def _uses(self, sf: SourceFile, node: ast.AST, line: int) -> int:
        """How many places in the function (a local) or the repository file (an attribute) read the value."""
        if isinstance(node, ast.Name):
            func = function_at(sf, line)
            scope = func if func is not None else sf.tree
            return sum(
                1
                for n in ast.walk(scope)
                if isinstance(n, ast.Name) and n.id == node.id and isinstance(n.ctx, ast.Load)
            )
        if isinstance(node, ast.Attribute):
            return self.attribute_reads(node.attr)
        return 1

    def _trace_name(self, sf, node, line, frame, hops, context, origins, seen, binding) -> None:
        func = function_at(sf, line)
        # At module level every earlier assignment may be the one.
        values = (
            assignments(sf.tree.body, node.id, before=line, own_scope=False)
            if func is None
            else assignments(func, node.id, before=line)
        )
        if func is not None:
            # The last two, and the first: `x = make()` then branch-only fallbacks (`x = ''` /
            # `x = default`) leaves the value made first as the one most uses see.
            values = values[:2] + values[-1:] if len(values) > 2 else values
        for value in values:
            self._trace(
                sf,
                value,
                value.lineno,
                frame,
                hops + 1,
                (*context, node.id),
                origins,
                seen,
                None if func is None else binding,
                "assignment",
            )
        if func is not None:
            # `kind, params = parse(text)`: the member of the tuple the callee returns (or of a tuple
            # written out), position for position.
            for value, index in unpacked(func, node.id, before=line):
                values.append(value)
                for member in self._members(sf, value, index):
                    self._trace(
                        member[0], member[1], member[1].lineno, -1, hops + 1,
                        (*context, node.id), origins, seen, None, "return",
                    )  # fmt: skip
        if func is not None:
            # `for prev, curr in pairs(word)`: the member a repository generator yields there.
            for call, index in loop_sources(func, node.id, before=line):
                values.append(call)
                for member in self._yielded(sf, call, index):
                    self._trace(
                        member[0], member[1], member[1].lineno, -1, hops + 1,
                        (*context, node.id), origins, seen, None, "return",
                    )  # fmt: skip
        if func is not None:
            # `for number in result`, result a list filled elsewhere (`result = build()` whose
            # `out.append(total)`): the items where they entered the list (PyTER repairs there).
            for iterable in loop_iterables(func, node.id, before=line):
                for item in self._container_items(sf, iterable, frame, hops, (*context, node.id)):
                    values.append(item.node)
                    self._add(origins, seen, item)
        if func is None:
            return
        if values or node.id not in parameter_names(func):
            if not values and node.id not in parameter_names(func):
                for value in assignments(sf.tree.body, node.id, before=10**9, own_scope=False):
                    self._trace(
                        sf,
                        value,
                        value.lineno,
                        -1,
                        hops + 1,
                        (*context, node.id),
                        origins,
                        seen,
                        None,
                        "assignment",
                    )
            return
        # A parameter: the argument the caller passed (the traceback says which call), or the default.
        caller = binding if binding is not None else self._caller(sf, func, frame)
        # Not on the traceback (a constructor that stored the value earlier): the few places that
        # call it, each a possible maker of the value (PyTER follows every call site it finds).
        callers = [caller] if caller is not None else self._static_callers(sf, func)
        traced = False
        for caller_sf, call, caller_frame in callers:
            argument = argument_for(func, call, node.id, self._is_method_call(func, call))
            if argument is not None:
                traced = True
                self._trace(
                    caller_sf,
                    argument,
                    argument.lineno,
                    caller_frame,
                    hops + 1,
                    (*context, node.id),
                    origins,
                    seen,
                    None,
                    "argument",
                )
        if traced:
            return
        default = default_for(func, node.id)
        if default is not None:
            self._trace(
                sf,
                default,
                default.lineno,
                frame,
                hops + 1,
                (*context, node.id),
                origins,
                seen,
                None,
                "default",
            )

    def _container_items(self, sf, iterable: ast.expr, frame, hops, context) -> list[Origin]:
        """The item expressions of the lists `iterable` may be (traced back on the side), each an
        origin of its own, not followed further: a wrong item is repaired where it is added."""
        containers: list[Origin] = []
        carried = self._carried
        try:
            self._trace(
                sf, iterable, iterable.lineno, frame, hops + 1, context, containers, set(), None, "assignment"
            )
        finally:
            self._carried = carried
        items = [
            replace(element, hops=container.hops + 1)
            for container in containers
            for element in self.elements(container)
        ]
        return items[:MAX_ORIGINS]

    def _static_callers(self, sf: SourceFile, func: ast.AST) -> list[tuple[SourceFile, ast.Call, int]]:
        """Every call of `func` (of its class, for `__init__`) in the repository, when there are few."""
        name = func.name
        if name == "__init__":
            cls = class_at(sf, func.lineno)
            if cls is None:
                return []
            name = cls.name
        calls = self.calls(name)
        if not calls or len(calls) > MAX_STATIC_CALLERS:
            return []
        return [(call_sf, call, -1) for call_sf, call in calls]

    def _is_method_call(self, func: ast.AST, call: ast.Call) -> bool:
        params = [a.arg for a in (*func.args.posonlyargs, *func.args.args)]
        decorators = {d.id for d in func.decorator_list if isinstance(d, ast.Name)}
        return bool(params) and params[0] in ("self", "cls") and "staticmethod" not in decorators

    def _caller(self, sf: SourceFile, func: ast.AST, frame: int) -> tuple[SourceFile, ast.Call, int] | None:
        """The call in the caller's frame that entered `func` (frames are outermost first)."""
        index = frame
        if index < 0 or index >= len(self.frames) or self.frames[index].function != func.name:
            index = next(
                (
                    i
                    for i in range(len(self.frames) - 1, -1, -1)
                    if self.frames[i].file == sf.path
                    and self.frames[i].function == func.name
                    and func.lineno <= self.frames[i].line <= (func.end_lineno or func.lineno)
                ),
                -1,
            )
        if index <= 0:
            return None
        outer = self.frames[index - 1]
        caller_sf = self.load(outer.file)
        if caller_sf is None:
            return None
        names = {func.name}
        if func.name == "__init__":
            cls = class_at(sf, func.lineno)
            if cls is not None:
                names.add(cls.name)
        for node in caller_sf.nodes_touching(outer.line):
            if isinstance(node, ast.Call) and called_name(node) in names:
                return caller_sf, node, index - 1
        return None

    def _trace_attribute(self, sf, node, line, hops, context, origins, seen) -> None:
        """`obj.attr`: where the class sets it (`self.attr = v`, a field default, Cls(attr=v))."""
        classes: list[tuple[SourceFile, ast.ClassDef]] = []
        if isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"):
            cls = class_at(sf, line)
            if cls is not None:
                classes.append((sf, cls))
        else:
            classes = self.classes_with_attribute(node.attr)
        context = (*context, node.attr)
        for cls_sf, cls in classes:
            kind = class_attributes(cls).get(node.attr)
            if kind in ("method", "property"):
                continue  # the attribute IS the value (a method stored uncalled): the node is the origin
            for value in attribute_assignments(cls, node.attr):
                self._trace(
                    cls_sf, value, value.lineno, -1, hops + 1, context, origins, seen, None, "attribute"
                )
            for value_sf, value in self._constructor_arguments(cls, node.attr):
                self._trace(
                    value_sf, value, value.lineno, -1, hops + 1, context, origins, seen, None, "keyword"
                )

    def _constructor_arguments(self, cls: ast.ClassDef, attr: str) -> list[tuple[SourceFile, ast.expr]]:
        """Values passed for `attr` in calls of the class: Cls(attr=v), or by position (dataclass fields)."""
        fields = [
            item.target.id
            for item in cls.body
            if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
        ]
        init = next(
            (item for item in cls.body if isinstance(item, FUNCTIONS) and item.name == "__init__"), None
        )
        if init is not None:
            positional = [a.arg for a in (*init.args.posonlyargs, *init.args.args)][1:]
            # Only when __init__ stores the parameter of the same name.
            if attr not in positional or not any(
                isinstance(v, ast.Name) and v.id == attr for v in attribute_assignments(cls, attr)
            ):
                return []
        else:
            positional = fields
        found: list[tuple[SourceFile, ast.expr]] = []
        for sf, call in self.calls(cls.name):
            for keyword in call.keywords:
                if keyword.arg == attr:
                    found.append((sf, keyword.value))
            if attr in positional:
                position = positional.index(attr)
                if position < len(call.args) and not any(isinstance(a, ast.Starred) for a in call.args):
                    found.append((sf, call.args[position]))
        return found[:4]

    def _trace_call(self, sf, node: ast.Call, frame, hops, context, origins, seen) -> None:
        """A repository function's result: its return values, with its parameters bound to this call."""
        name = called_name(node)
        if not name:
            if isinstance(node.func, ast.Subscript):
                self._trace_table_call(sf, node.func, hops, context, origins, seen)
            return
        for def_sf, definition in self.functions(name, prefer=sf.path)[:1]:
            if not isinstance(definition, FUNCTIONS):
                continue
            for ret in ast.walk(definition):
                if (
                    isinstance(ret, ast.Return)
                    and ret.value is not None
                    and function_at(def_sf, ret.lineno) is definition
                ):
                    self._trace(
                        def_sf,
                        ret.value,
                        ret.lineno,
                        -1,
                        hops + 1,
                        (*context, name),
                        origins,
                        seen,
                        (sf, node, frame),
                        "return",
                    )

    def _trace_table_call(self, sf, func: ast.Subscript, hops, context, origins, seen) -> None:
        """`self._cases[opcode](value)`: a call through a dispatch table of lambdas. Each entry's result
        is an origin, not followed further; only entries that pass their argument through unchanged
        or write a value out are kept (an entry that calls on, or builds text, is not a maker)."""
        for table_sf, table in self._tables(sf, func.value):
            for entry in table.values:
                if not isinstance(entry, ast.Lambda):
                    continue
                body = entry.body
                own = {a.arg for a in (*entry.args.posonlyargs, *entry.args.args)}
                if (isinstance(body, ast.Name) and body.id in own) or isinstance(body, ast.Constant):
                    self._add(
                        origins,
                        seen,
                        Origin(
                            table_sf, body, hops + 1, "return", self._carried, context=(*context, "lambda")
                        ),
                    )

    def _tables(self, sf: SourceFile, value: ast.expr) -> list[tuple[SourceFile, ast.Dict]]:
        """The dict literals a name or `self.` attribute is bound to (a dispatch table)."""
        values: list[ast.expr] = []
        if (
            isinstance(value, ast.Attribute)
            and isinstance(value.value, ast.Name)
            and value.value.id == "self"
        ):
            cls = class_at(sf, value.lineno)
            values = attribute_assignments(cls, value.attr) if cls is not None else []
        elif isinstance(value, ast.Name):
            func = function_at(sf, value.lineno)
            values = assignments(func, value.id, before=value.lineno) if func is not None else []
            values = values or assignments(sf.tree.body, value.id, before=10**9, own_scope=False)
        return [(sf, v) for v in values if isinstance(v, ast.Dict)][:2]

    def _trace_stores(self, sf, node: ast.Subscript, line, frame, hops, context, origins, seen) -> None:
        """`spec[key]`: the values stored into the container by subscript (`spec['width'] = w - 1`),
        in the function that reads it (before the read) and in every function the container was
        made in or passed through (its own origins, traced on the side: `spec` returned by the
        helper that changed it)."""
        if not isinstance(node.value, ast.Name):
            return
        holders: list[Origin] = []
        carried = self._carried
        try:
            self._trace(sf, node.value, line, frame, hops, context, holders, set(), None, "assignment")
        finally:
            self._carried = carried
        done: set[tuple[str, int]] = set()
        for holder in holders:
            if not isinstance(holder.node, ast.Name):
                continue
            scope = function_at(holder.sf, holder.node.lineno)
            if scope is None or (holder.sf.path, scope.lineno) in done:
                continue
            done.add((holder.sf.path, scope.lineno))
            before = line if holder.node is node.value else 10**9
            for value in subscript_stores(scope, holder.node.id, before=before):
                self._trace(
                    holder.sf, value, value.lineno, -1, hops + 1, (*context, holder.node.id),
                    origins, seen, None, "store",
                )  # fmt: skip

    def _members(self, sf: SourceFile, value: ast.expr, index: int) -> list[tuple[SourceFile, ast.expr]]:
        """The expressions at `index` of a tuple written out, or of the tuples a repository function returns."""
        if isinstance(value, (ast.Tuple, ast.List)):
            return [(sf, value.elts[index])] if index < len(value.elts) else []
        if not isinstance(value, ast.Call) or not called_name(value):
            return []
        found: list[tuple[SourceFile, ast.expr]] = []
        for def_sf, definition in self.functions(called_name(value), prefer=sf.path)[:1]:
            if not isinstance(definition, FUNCTIONS):
                continue
            for ret in ast.walk(definition):
                if (
                    isinstance(ret, ast.Return)
                    and isinstance(ret.value, ast.Tuple)
                    and index < len(ret.value.elts)
                    and not any(isinstance(e, ast.Starred) for e in ret.value.elts)
                    and function_at(def_sf, ret.lineno) is definition
                ):
                    found.append((def_sf, ret.value.elts[index]))
        return found

    def _yielded(
        self, sf: SourceFile, call: ast.Call, index: int | None
    ) -> list[tuple[SourceFile, ast.expr]]:
        """What a repository generator function yields (its member at `index` for a tuple), each
        `yield` and, for a name yielded, every value the generator assigns to it."""
        found: list[tuple[SourceFile, ast.expr]] = []
        for def_sf, definition in self.functions(called_name(call), prefer=sf.path)[:1]:
            if not isinstance(definition, FUNCTIONS):
                continue
            for node in scope_nodes(definition):
                if not isinstance(node, ast.Yield) or node.value is None:
                    continue
                value = node.value
                if index is not None:
                    if not isinstance(value, ast.Tuple) or index >= len(value.elts):
                        continue
                    value = value.elts[index]
                found.append((def_sf, value))
        return found[:MAX_ORIGINS]

    # -- elements ----------------------------------------------------------------------
    def elements(self, origin: Origin) -> list[Origin]:
        """The item expressions of a container-valued origin: comprehension elements, and what is
        appended to a list or set that starts empty (`out = []` ... `out.append(x)`)."""
        node = origin.node
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp)):
            return [Origin(origin.sf, node.elt, origin.hops, "element", origin.uses, origin.context)]
        return [
            Origin(origin.sf, item, origin.hops, "element", origin.uses, origin.context)
            for item in added_items(origin.sf, node)
        ]


# --------------------------------------------------------------------------- messages -> suspects
_BINOP = {
    "+": ast.Add, "-": ast.Sub, "*": ast.Mult, "/": ast.Div, "//": ast.FloorDiv, "%": ast.Mod,
    "**": ast.Pow, "** or pow()": ast.Pow, "@": ast.MatMult, "&": ast.BitAnd, "|": ast.BitOr,
    "^": ast.BitXor, "<<": ast.LShift, ">>": ast.RShift,
}  # fmt: skip
_CMP = {"<": (ast.Lt, ast.Gt), "<=": (ast.LtE, ast.GtE), ">": (ast.Gt, ast.Lt), ">=": (ast.GtE, ast.LtE)}

# Type names as CPython prints them, hyphens included ('method-wrapper': `parts.__next__` not called).
MESSAGES = {
    "operands": re.compile(r"unsupported operand type\(s\) for ([^:]+): '([\w.-]+)' and '([\w.-]+)'"),
    "concat": re.compile(r'can only concatenate (\w+) \(not "([\w.-]+)"\) to \w+'),
    "compare": re.compile(r"'([<>]=?)' not supported between instances of '([\w.-]+)' and '([\w.-]+)'"),
    "join": re.compile(r"sequence item \d+: expected str instance, ([\w.-]+) found"),
    "iterable": re.compile(
        r"'([\w.-]+)' object is not iterable|argument of type '([\w.-]+)' is not iterable"
    ),
    "len": re.compile(r"object of type '([\w.-]+)' has no len\(\)"),
    "in_string": re.compile(r"'in <string>' requires string as left operand, not ([\w.-]+)"),
    "subscript": re.compile(r"'([\w.-]+)' object is not subscriptable"),
    "callable": re.compile(r"'([\w.-]+)' object is not callable"),
    "index": re.compile(
        r"(?:list|tuple|string|str|bytearray|bytes|memoryview) indices must be integers(?: or slices)?, not ([\w.-]+)"
    ),
    "slice": re.compile(r"slice indices must be integers"),
    "integer": re.compile(r"'([\w.-]+)' object cannot be interpreted as an integer"),
    "repeat": re.compile(r"can't multiply sequence by non-int of type '([\w.-]+)'"),
    # printf-style `'%-*s' % (width, text)`: the `*` width (or precision) is not an int.
    "star_width": re.compile(r"\* wants int"),
    # `-x` and `abs(x)` on a value that is not a number (a list of numbers passed as one of them).
    "unary": re.compile(r"bad operand type for (?:unary ([-+~])|(abs)\(\)): '([\w.-]+)'"),
    # urllib's parse functions given a str and something else (a bound method passed uncalled).
    "mixed_str": re.compile(r"Cannot mix str and non-str arguments"),
    "argument": re.compile(
        r"string argument expected, got '([\w.-]+)'"
        r"|must be (?:a )?(?:str|string|unicode)(?:, bytes or os\.PathLike object)?, not '?([\w.-]+)'?"
        r"|expected str, bytes or os\.PathLike object, not ([\w.-]+)"
        r"|expected string or bytes-like object, got '([\w.-]+)'"
        r"|must be real number, not ([\w.-]+)"
        r"|an integer is required \(got type ([\w.-]+)\)"
    ),
    # bytes and str mixed: `data.rfind("..")` on bytes says "argument should be integer or
    # bytes-like object, not 'str'" (the receiver is the bytes, a str was meant); `data.split(sep)`
    # with a str `data`... "a bytes-like object is required, not 'str'" (the argument is a str).
    "bytes_receiver": re.compile(r"argument should be integer or bytes-like object, not 'str'"),
    "bytes_argument": re.compile(r"a bytes-like object is required, not 'str'"),
    # `buffer + data` with bytes on the left and a str on the right (the str-side message is "concat").
    "bytes_concat": re.compile(r"can't concat (\w+) to (bytes|bytearray)"),
    "arity": re.compile(
        r"([\w.<>]+)\(\) (?:takes (?:from \d+ to )?(\d+) positional arguments? but (\d+) (?:were|was) given"
        r"|missing \d+ required positional arguments?)"
    ),
}


def _builtin_operands(node: ast.AST, symbol: str) -> bool:
    """A call of divmod() or pow() with two operands, when the message names that builtin."""
    if not (isinstance(node, ast.Call) and len(node.args) >= 2 and not node.keywords):
        return False
    name = called_name(node)
    return (name == "divmod" and symbol == "divmod()") or (name == "pow" and symbol == "** or pow()")


def _wanted_for_operand(other: str) -> str:
    return "number" if other in NUMBERS else "str" if other == "str" else other if other in CONTAINERS else ""


def suspects(message: str, sf: SourceFile, line: int, frame: int) -> list[Suspect]:
    """Expressions on the crash line that can hold the wrong value, with what the message says of it."""
    found: list[Suspect] = []

    def add(node: ast.AST | None, evidence: Evidence) -> None:
        if isinstance(node, ast.expr) and not isinstance(node, ast.Starred):
            found.append(Suspect(sf, node, line, evidence, frame))

    nodes = sf.nodes_touching(line)
    if m := MESSAGES["operands"].search(message):
        op, left, right = _BINOP.get(m.group(1).strip().rstrip("=")), m.group(2), m.group(3)
        for node in nodes:
            pairs = []
            if isinstance(node, ast.BinOp) and isinstance(node.op, op or ()):
                pairs.append((node.left, node.right))
            elif isinstance(node, ast.AugAssign) and isinstance(node.op, op or ()):
                pairs.append((node.target, node.value))
            elif _builtin_operands(node, m.group(1).strip()):
                # divmod(a, b) and pow(a, b) name themselves as the operator: "for divmod(): ...".
                pairs.append((node.args[0], node.args[1]))
            for a, b in pairs:
                for operand, own, other in ((a, left, right), (b, right, left)):
                    evidence = _operand_evidence(own, other)
                    if evidence is not None:
                        add(operand, evidence)
        # sum(xs) adds the items inside the builtin: the item of the type that is not the start value.
        for node in nodes:
            if isinstance(node, ast.Call) and called_name(node) == "sum" and node.args and op is ast.Add:
                item = right if left in NUMBERS else left
                evidence = _operand_evidence(item, "int")
                if evidence is not None:
                    add(node.args[0], replace(evidence, element=True))
    if m := MESSAGES["concat"].search(message):
        container, other = m.group(1), m.group(2)
        for node in nodes:
            if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
                add(node.right, Evidence(other, container, container, 0.9))
                add(node.left, Evidence(container, _wanted_for_operand(other) or other, other, 0.5))
            elif isinstance(node, ast.AugAssign) and isinstance(node.op, ast.Add):
                add(node.value, Evidence(other, container, container, 0.9))
                # The accumulator itself may be the wrong kind: `buf = ""` then `buf += chunk` with
                # bytes chunks (its empty start value written as the wrong literal); traced back to
                # where it was first bound, like the left operand of `a + b` (PyTER: the value's
                # origin, not the crash, is repaired).
                # Not for a number added to text: `label += count` wants str(count), not an int label.
                if other not in NUMBERS:
                    add(node.target, Evidence(container, _wanted_for_operand(other) or other, other, 0.5))
    if m := MESSAGES["compare"].search(message):
        ops, left, right = _CMP[m.group(1)], m.group(2), m.group(3)
        for node in nodes:
            if isinstance(node, ast.Compare):
                operands = [node.left, *node.comparators]
                for i, cmp_op in enumerate(node.ops):
                    if isinstance(cmp_op, ops[0]):
                        pair = ((operands[i], left, right), (operands[i + 1], right, left))
                    elif isinstance(cmp_op, ops[1]):
                        pair = ((operands[i + 1], left, right), (operands[i], right, left))
                    else:
                        continue
                    for operand, own, other in pair:
                        evidence = _operand_evidence(own, other, comparing=True)
                        if evidence is not None:
                            add(operand, evidence)
            elif (
                isinstance(node, ast.Call)
                and called_name(node) in ("sorted", "min", "max", "sort")
                and (left == right or left not in BUILTIN_TYPES or right not in BUILTIN_TYPES)
            ):
                target = (
                    node.args[0]
                    if node.args
                    else (node.func.value if isinstance(node.func, ast.Attribute) else None)
                )
                actual = left if left not in BUILTIN_TYPES else right
                add(target, Evidence(actual, "comparable", "", 0.8, element=True))
    if m := MESSAGES["join"].search(message):
        for node in nodes:
            if isinstance(node, ast.Call) and called_name(node) == "join" and len(node.args) == 1:
                add(node.args[0], Evidence(m.group(1), "str", "", 0.9, element=True))
                if isinstance(node.args[0], (ast.GeneratorExp, ast.ListComp)):
                    # `''.join(spec[key] for key in FIELDS)`: the element is read from where the
                    # items were made (stored into `spec`, returned by a dispatch table): trace it.
                    element = node.args[0].elt
                    found.append(
                        Suspect(sf, element, element.lineno, Evidence(m.group(1), "str", "", 0.8), frame)
                    )
                # `"".join((start, value, end))`: "sequence item 1" names the written-out element.
                item = re.search(r"sequence item (\d+)", message)
                elts = getattr(node.args[0], "elts", [])
                if (
                    item
                    and int(item.group(1)) < len(elts)
                    and not any(isinstance(e, ast.Starred) for e in elts)
                ):
                    element = elts[int(item.group(1))]
                    found.append(Suspect(sf, element, line, Evidence(m.group(1), "str", "", 0.9), frame))
                # A list built by `out.append(item)` before the join: each appended item is a
                # suspect of its own (traced back from the append, where it entered the list).
                if isinstance(node.args[0], ast.Name):
                    for item in _appended(sf, node.args[0].id, line):
                        found.append(Suspect(sf, item, item.lineno, Evidence(m.group(1), "str", "", 0.8), -1))
    if m := MESSAGES["iterable"].search(message):
        actual = m.group(1) or m.group(2)
        if actual != "NoneType":
            for node in _iterated(nodes):
                add(node, Evidence(actual, "iterable", "", 0.9))
    if m := MESSAGES["in_string"].search(message):
        # `char in 'return'` with a list of characters: the left operand should have been text.
        for node in nodes:
            if isinstance(node, ast.Compare) and isinstance(node.ops[0], (ast.In, ast.NotIn)):
                add(node.left, Evidence(m.group(1), "str", "", 0.9))
    if (m := MESSAGES["len"].search(message)) and m.group(1) != "NoneType":
        for node in nodes:
            if isinstance(node, ast.Call) and called_name(node) == "len" and node.args:
                add(node.args[0], Evidence(m.group(1), "sized", "", 0.9))
    if (m := MESSAGES["subscript"].search(message)) and m.group(1) != "NoneType":
        for node in nodes:
            if isinstance(node, ast.Subscript):
                add(node.value, Evidence(m.group(1), "subscriptable", "", 0.8))
    if m := MESSAGES["callable"].search(message):
        for node in nodes:
            if isinstance(node, ast.Call):
                add(node.func, Evidence(m.group(1), "callable", "", 0.6))
    if (m := MESSAGES["index"].search(message)) or MESSAGES["slice"].search(message):
        actual = m.group(1) if m else "str"
        for node in nodes:
            if isinstance(node, ast.Subscript):
                parts = (
                    [node.slice.lower, node.slice.upper, node.slice.step]
                    if isinstance(node.slice, ast.Slice)
                    else [node.slice]
                )
                for part in parts:
                    if part is not None and not isinstance(part, ast.Constant):
                        add(part, Evidence(actual, "number", "int", 0.8))
    if m := MESSAGES["integer"].search(message):
        for node in nodes:
            if isinstance(node, ast.Call):
                for arg in node.args:
                    if not isinstance(arg, ast.Constant):
                        add(arg, Evidence(m.group(1), "number", "int", 0.6))
                    # `range(n - half - 1)`: a float operand of the bound's arithmetic makes it a
                    # float; each named operand is traced to where it was made (PyTER).
                    for operand in _additive_operands(arg):
                        add(operand, Evidence(m.group(1), "number", "int", 0.5))
    if m := MESSAGES["argument"].search(message):
        actual = next(group for group in m.groups() if group)
        wanted = "number" if ("real number" in m.group(0) or "integer" in m.group(0)) else "str"
        calls = [n for n in nodes if isinstance(n, ast.Call)]
        for node in calls:
            arguments = [*node.args, *(k.value for k in node.keywords)]
            for arg in arguments:
                if not isinstance(arg, ast.Constant):
                    add(arg, Evidence(actual, wanted, "", 0.9 if len(arguments) == 1 else 0.6))
    if MESSAGES["bytes_receiver"].search(message):
        for node in nodes:
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                if any(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args):
                    add(node.func.value, Evidence("bytes", "str", "", 0.8))
                for arg in node.args:
                    if not isinstance(arg, ast.Constant):
                        add(arg, Evidence("str", "bytes", "", 0.5))
    if MESSAGES["bytes_argument"].search(message):
        for node in nodes:
            if isinstance(node, ast.Call):
                for arg in node.args:
                    if not isinstance(arg, ast.Constant):
                        add(arg, Evidence("str", "bytes", "", 0.7))
    if m := MESSAGES["bytes_concat"].search(message):
        for node in nodes:
            if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
                add(node.right, Evidence(m.group(1), "bytes", m.group(2), 0.9))
            elif isinstance(node, ast.AugAssign) and isinstance(node.op, ast.Add):
                add(node.value, Evidence(m.group(1), "bytes", m.group(2), 0.9))
    if m := MESSAGES["repeat"].search(message):
        for node in nodes:
            if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
                for operand in (node.left, node.right):
                    add(operand, Evidence(m.group(1), "number", "int", 0.6))
    if MESSAGES["star_width"].search(message):
        # The message names no type; a width computed from a scaled column size is a float far
        # more often than anything else (a str width fails earlier, in its arithmetic).
        for node in nodes:
            if (
                isinstance(node, ast.BinOp)
                and isinstance(node.op, ast.Mod)
                and isinstance(node.right, ast.Tuple)
            ):
                for element in node.right.elts:
                    for operand in [element, *_additive_operands(element)]:
                        if isinstance(operand, (ast.Name, ast.Attribute, ast.BinOp, ast.Call, ast.Subscript)):
                            add(operand, Evidence("float", "number", "int", 0.5))
    if (m := MESSAGES["unary"].search(message)) and m.group(3) != "NoneType":
        unary = {"-": ast.USub, "+": ast.UAdd, "~": ast.Invert}.get(m.group(1) or "")
        for node in nodes:
            if unary is not None and isinstance(node, ast.UnaryOp) and isinstance(node.op, unary):
                add(node.operand, Evidence(m.group(3), "number", "", 0.9))
            elif m.group(2) and isinstance(node, ast.Call) and called_name(node) == "abs" and node.args:
                add(node.args[0], Evidence(m.group(3), "number", "", 0.9))
    if MESSAGES["mixed_str"].search(message):
        # The message names no type; an argument that reads a str method without calling it
        # (`url.lstrip`) is a bound method where its result was meant.
        for node in nodes:
            if isinstance(node, ast.Call):
                for arg in (*node.args, *(k.value for k in node.keywords)):
                    if isinstance(arg, ast.Attribute) and callable(getattr(str, arg.attr, None)):
                        add(arg, Evidence("method", "str", "", 0.9))
    return found


def _additive_operands(node: ast.AST) -> list[ast.expr]:
    """The names and attributes a sum or difference is made of (`total - mid - 1`: total, mid)."""
    if not (isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub))):
        return []
    found: list[ast.expr] = []
    for side in (node.left, node.right):
        if isinstance(side, (ast.Name, ast.Attribute)):
            found.append(side)
        else:
            found += _additive_operands(side)
    return found


def _appended(sf: SourceFile, name: str, line: int, *, depth: int = 1) -> list[ast.expr]:
    """The items `name.append(item)` / `name.insert(i, item)` adds in the function around `line`,
    and what `name.extend(...)` adds: the items of a list written out, or those added to another
    list of the function (`sentence.extend(words)`, words filled by appends of their own)."""
    func = function_at(sf, line)
    if func is None:
        return []
    items: list[ast.expr] = []
    for node in ast.walk(func):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == name
            and node.args
            and node.lineno < line
            and not isinstance(node.args[-1], ast.Starred)
        ):
            continue
        if node.func.attr in ("append", "insert"):
            items.append(node.args[-1])
        elif node.func.attr == "extend" and isinstance(node.args[0], (ast.List, ast.Tuple)):
            # The text written out beside a value (`[number, " "]`) is not what went wrong.
            items += [
                e for e in node.args[0].elts if not _text_constant(e) and not isinstance(e, ast.Starred)
            ]
        elif node.func.attr == "extend" and isinstance(node.args[0], ast.Name) and depth:
            items += _appended(sf, node.args[0].id, line, depth=depth - 1)
    return items[:4]


def _text_constant(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str | bytes)


def _operand_evidence(own: str, other: str, *, comparing: bool = False) -> Evidence | None:
    """Whether an operand of type `own` next to `other` is likely the wrong one, and what was wanted."""
    if own in CALLABLE_KINDS:
        return Evidence(own, _wanted_for_operand(other) or "number", other, 1.0)
    if own == "NoneType":
        return None  # a missing value, not a wrong type: the None templates handle it
    if own == "str" and other in NUMBERS:
        return Evidence(own, "number", other, 0.9)
    if own in NUMBERS and other == "str":
        return Evidence(own, "str", other, 0.5)
    if own in CONTAINERS and other in CONTAINERS and own != other:
        return Evidence(own, other, other, 0.7)
    if own in LAZY_KINDS and other in CONTAINERS:
        return Evidence(own, other, other, 0.8)
    if own not in BUILTIN_TYPES and (other in NUMBERS or other == "str" or comparing):
        return Evidence(own, _wanted_for_operand(other) or "comparable", other, 0.8)
    return None


def _iterated(nodes: list[ast.AST]) -> list[ast.expr]:
    found: list[ast.expr] = []
    for node in nodes:
        if isinstance(node, (ast.For, ast.AsyncFor, ast.comprehension)):
            found.append(node.iter)
        elif isinstance(node, ast.Compare):
            found += [
                right
                for op, right in zip(node.ops, node.comparators, strict=False)
                if isinstance(op, (ast.In, ast.NotIn))
            ]
        elif (
            isinstance(node, ast.Call)
            and called_name(node) in ITERATING_CALLS
            and isinstance(node.func, ast.Name)
        ):
            found += node.args if called_name(node) == "zip" else node.args[:1]  # zip iterates them all
        elif isinstance(node, ast.Starred):
            found.append(node.value)
    return found


# --------------------------------------------------------------------------- origins -> edits
def root_cause_edits(
    messages: list[str], file: str, line: int, frames: list[Frame], tracer: Tracer
) -> list[Edit]:
    """Edits where the wrong value was made, for a TypeError raised at (file, line)."""
    sf = tracer.load(file)
    if sf is None:
        return []
    tracer.frames = frames
    frame = next(
        (i for i in range(len(frames) - 1, -1, -1) if (frames[i].file, frames[i].line) == (file, line)), -1
    )
    edits: list[Edit] = []
    for message in messages:
        for suspect in suspects(message, sf, line, frame):
            edits += converted_copy_edits(suspect)
            edits += type_check_edits(sf, suspect.node, line)
            # How sure the message is about which operand is wrong scales every edit behind it.
            certainty = 0.8 + 0.2 * suspect.evidence.strength
            for origin in tracer.trace(suspect):
                for edit in origin_edits(tracer, origin, suspect.evidence):
                    edits.append(replace(edit, prior=round(edit.prior * certainty, 4)))
        if m := MESSAGES["arity"].search(message):
            edits += factory_edits(tracer, sf, line, m.group(1).split(".")[-1], m.group(2))
            edits += comparison_key_edits(sf, line, m.group(1).split(".")[-1])
            edits += unbound_call_edits(tracer, sf, line, m.group(1), frame)
        neutral = _neutral_for_none(message)
        for suspect in none_suspects(message, sf, line, frame):
            edits += short_circuit_guard_edits(sf, suspect.node)
            edits += type_check_edits(sf, suspect.node, line)
            for origin in tracer.trace(suspect):
                edits += none_guard_edits(origin)
                edits += none_literal_edits(origin, neutral)
    return edits


CONVERSIONS = {"number": ("int", "float", "Decimal"), "str": ("str",), "list": ("list",), "tuple": ("tuple",)}


def converted_copy_edits(suspect: Suspect) -> list[Edit]:
    """`octet_int = int(octet_str, 10)` ... `if octet_str > 255`: the function already made the value
    of the wanted type from the one used at the crash; use that variable (PyTER's repair by a
    variable in scope of the right type, where the conversion itself is already written)."""
    node, sf = suspect.node, suspect.sf
    converters = CONVERSIONS.get(suspect.evidence.wanted)
    func = function_at(sf, suspect.line)
    span = sf.node_span(node)
    if converters is None or func is None or span is None or not isinstance(node, (ast.Name, ast.Attribute)):
        return []
    text = sf.segment(node)
    edits: list[Edit] = []
    for value in scope_nodes(func):
        if not (
            isinstance(value, ast.Assign)
            and value.lineno < suspect.line
            and len(value.targets) == 1
            and isinstance(value.targets[0], ast.Name)
            and isinstance(value.value, ast.Call)
            and named(value.value.func) in converters
            and value.value.args
            and sf.segment(value.value.args[0]) == text
        ):
            continue
        copy = value.targets[0].id
        if copy != text and not any(e.spans[0][2] == copy for e in edits):
            edits.append(
                Edit(
                    span[0],
                    ((span[1], span[2], copy),),
                    f"use {copy}, the {named(value.value.func)}() of {shorten(text, 30)} made above",
                    0.99,
                    "root-cause",
                    path=sf.path,
                )
            )
    return edits


def short_circuit_guard_edits(sf: SourceFile, node: ast.AST) -> list[Edit]:
    """`x is None and when > x`: the guard before the use lets exactly the None through.

    In `A and B` the left side guards the right; a test that `x` IS None (or is falsy) there
    guards nothing for a use of `x` after it, and in `A or B` the same holds for a test that
    `x` is NOT None. The guard's test is offered the other way round (TBar's "mutate
    conditional expression", aimed by the None the message names).
    """
    text = sf.segment(node)
    if not text:
        return []
    edits: list[Edit] = []
    for ancestor in sf.ancestors(node):
        if isinstance(ancestor, ast.stmt):
            break
        if not isinstance(ancestor, ast.BoolOp):
            continue
        wanted = (ast.Is, ast.Eq) if isinstance(ancestor.op, ast.And) else (ast.IsNot, ast.NotEq)
        for value in ancestor.values:
            if value.lineno > node.lineno or (
                value.lineno == node.lineno and value.col_offset >= node.col_offset
            ):
                break
            flipped = _flip_guard(sf, value, text, wanted)
            if flipped is not None:
                span, new, description = flipped
                edits.append(
                    Edit(span[0], ((span[1], span[2], new),), description, 0.9, "root-cause", path=sf.path)
                )
    return edits


def _flip_guard(
    sf: SourceFile, test: ast.expr, text: str, wanted: tuple[type, ...]
) -> tuple[tuple[int, int, int], str, str] | None:
    """The opposite of `text is None` (or `text == None`) when its operator is one of `wanted`."""
    span = sf.node_span(test)
    if span is None or not (isinstance(test, ast.Compare) and len(test.ops) == 1):
        return None
    left, right = test.left, test.comparators[0]
    if not (isinstance(right, ast.Constant) and right.value is None and sf.segment(left) == text):
        return None
    if not isinstance(test.ops[0], wanted):
        return None
    old, new = {
        ast.Is: ("is", "is not"),
        ast.IsNot: ("is not", "is"),
        ast.Eq: ("==", "!="),
        ast.NotEq: ("!=", "=="),
    }[type(test.ops[0])]
    return span, f"{text} {new} None", f"use {new} instead of {old} in the guard of {shorten(text, 40)}"


# --------------------------------------------------------------------------- a class used as an instance
def bound_call_fits(method: ast.AST, call: ast.Call) -> bool:
    """Whether `call` (given `obj.method(...)`) supplies what the method needs besides self.

    Then "missing 1 required positional argument" means the method was not bound: `obj` is
    the class itself, and its instance was meant.
    """
    if any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
        return False
    args = method.args
    positional = [a.arg for a in (*args.posonlyargs, *args.args)]
    if not positional or positional[0] != "self":
        return False
    required = positional[1 : len(positional) - len(args.defaults)]
    given = set(positional[1 : 1 + len(call.args)]) | {k.arg for k in call.keywords}
    return set(required) <= given and len(call.args) <= len(positional) - 1


def unbound_call_edits(tracer: Tracer, sf: SourceFile, line: int, qualname: str, frame: int) -> list[Edit]:
    """`Cls.method() missing 1 required positional argument` for `obj.method(x)`: obj holds the class.

    Follow `obj` back (PyTER) to where the class was stored uncalled and create the instance there.
    """
    parts = qualname.split(".")
    if len(parts) < 2:
        return []
    cls_name, method_name = parts[-2], parts[-1]
    classes = tracer.classes(cls_name)
    methods = [i for _, c in classes for i in c.body if isinstance(i, FUNCTIONS) and i.name == method_name]
    if not methods:
        return []
    edits: list[Edit] = []
    for node in sf.nodes_touching(line):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr != method_name or not bound_call_fits(methods[0], node):
            continue
        receiver = node.func.value
        if isinstance(receiver, ast.Name) and receiver.id == cls_name:
            continue  # `Cls.method(obj, ...)` names the class on purpose
        suspect = Suspect(sf, receiver, line, Evidence("type", "instance", cls_name, 1.0), frame)
        for origin in tracer.trace(suspect):
            edits += _instantiate(tracer, origin, cls_name, classes)
    return edits


def _instantiate(
    tracer: Tracer, origin: Origin, cls_name: str, classes: list[tuple[SourceFile, ast.ClassDef]]
) -> list[Edit]:
    node, sf = origin.node, origin.sf
    if named(node) != cls_name or not origin.hops:
        return []
    parent = sf.parent(node)
    if isinstance(parent, ast.Call) and parent.func is node:
        return []
    inits = [i for _, c in classes for i in c.body if isinstance(i, FUNCTIONS) and i.name == "__init__"]
    if inits and not any(_callable_without_arguments(init, True) for init in inits):
        return []
    span = sf.node_span(node)
    if span is None:
        return []
    text = shorten(sf.segment(node), 40)
    return _edit(
        origin, [(span[2], span[2], "()")], f"create a {cls_name} instead of storing the class {text}", 0.98
    )


# --------------------------------------------------------------------------- None from a wrong guard
NONE_MESSAGES = re.compile(
    r"'NoneType' object is not (iterable|subscriptable|callable)"
    r"|argument of type 'NoneType' is not (iterable)"
    r"|object of type 'NoneType' has no (len)\(\)"
    r"|unsupported operand type\(s\) for [^:]+: '([\w.]+)' and '([\w.]+)'"
    r"|not supported between instances of '([\w.]+)' and '([\w.]+)'"
    # A None passed where a call needs a value, in each way the standard library says it:
    # "int() argument must be ..., not 'NoneType'", "stat: path should be string, bytes,
    # os.PathLike or integer, not NoneType" (os.stat, os.path.exists), "expected str, bytes or
    # os.PathLike object, not NoneType" (open, os.fspath).
    r"|(?:argument must be|should be|expected) .*, not '?(NoneType)'?"
)


def none_suspects(message: str, sf: SourceFile, line: int, frame: int) -> list[Suspect]:
    """Expressions on the crash line that can hold the None a TypeError complains about."""
    m = NONE_MESSAGES.search(message)
    if m is None or "NoneType" not in m.group(0):
        return []
    nodes = sf.nodes_touching(line)
    evidence = Evidence("NoneType", "value", "", 0.8)
    found: list[ast.AST] = []
    what = m.group(1) or m.group(2) or m.group(3)
    if what == "iterable":
        found += _iterated(nodes)
    elif what == "subscriptable":
        found += [n.value for n in nodes if isinstance(n, ast.Subscript)]
    elif what == "callable":
        found += [n.func for n in nodes if isinstance(n, ast.Call)]
    elif what == "len":
        found += [n.args[0] for n in nodes if isinstance(n, ast.Call) and called_name(n) == "len" and n.args]
    elif m.group(8):
        found += [a for n in nodes if isinstance(n, ast.Call) for a in n.args]
    else:
        for node in nodes:
            if isinstance(node, ast.BinOp):
                found += [node.left, node.right]
            elif isinstance(node, ast.AugAssign):
                found += [node.target, node.value]
            elif isinstance(node, ast.Compare):
                found += [node.left, *node.comparators]
    return [
        Suspect(sf, node, line, evidence, frame)
        for node in found
        if isinstance(node, (ast.Name, ast.Attribute, ast.Call, ast.Subscript))
    ]


# The empty value of the type a None met in an operation: what a missing value of that type starts as.
NEUTRAL = {"str": '""', "int": "0", "float": "0.0", "list": "[]", "tuple": "()", "bytes": 'b""'}


def _neutral_for_none(message: str) -> str | None:
    """`None + "w"`: the empty value of the other operand's type, when the message names one."""
    if m := MESSAGES["operands"].search(message):
        types = {m.group(2), m.group(3)}
    elif m := MESSAGES["concat"].search(message):
        types = {m.group(1), m.group(2)}
    else:
        return None
    others = types - {"NoneType"}
    if "NoneType" not in types or len(others) != 1:
        return None
    return NEUTRAL.get(others.pop())


def none_literal_edits(origin: Origin, neutral: str | None) -> list[Edit]:
    """A None written where the value starts (`prev, curr = None, first`) that meets a str in `+`:
    the empty value of that type was meant (PyTER repairs at the value's origin; the literal of
    the right type is its "type casting" at the definition)."""
    node = origin.node
    if neutral is None or not origin.hops or not (isinstance(node, ast.Constant) and node.value is None):
        return []
    span = origin.sf.node_span(node)
    if span is None:
        return []
    return _edit(origin, [(span[1], span[2], neutral)], f"start with {neutral} instead of None", 0.8)


# Calls that test a value's kind: a condition built of one of them on the crashing name is a type check.
TYPE_TESTS = frozenset({"isinstance", "issubclass", "callable", "hasattr"})


def type_check_edits(sf: SourceFile, node: ast.AST, line: int) -> list[Edit]:
    """The type check that should have kept the crashing value away, the wrong way round.

    `if isinstance(values, (list, tuple)): return` and then `for v in values` crashing on None: the
    function checks the very kind the crash is about, on a branch that decides whether the crash is
    reached (an exit guard before it, or an `if` around it), so the check itself is the likelier fault
    (a negated or dropped `not`, `is` for `is not`), not the use. PyTER (Oh & Oh, FSE 2022) repairs a
    TypeError with a type check; when the function already has one, its condition is the one to
    mutate (TBar's "mutate conditional expression" template, aimed by the crashing value).
    """
    if not isinstance(node, ast.Name):
        return []
    conditions = set(control_conditions(sf, line))
    edits: list[Edit] = []
    for stmt in ast.walk(function_at(sf, line) or sf.tree):
        if not isinstance(stmt, (ast.If, ast.While)) or stmt.test.lineno not in conditions:
            continue
        if not _tests_kind_of(stmt.test, node.id):
            continue
        span = sf.node_span(stmt.test)
        if span is None:
            continue
        flipped = _flip_none_test(sf, stmt.test, node.id)
        if flipped is not None:
            _, new, description = flipped
        elif isinstance(stmt.test, ast.UnaryOp) and isinstance(stmt.test.op, ast.Not):
            new = sf.segment(stmt.test.operand)
            description = f"drop the not from the type check of {node.id}"
        else:
            # A call (`isinstance(...)`): `not` binds looser than a call, no parentheses needed.
            new = f"not {sf.segment(stmt.test)}"
            description = f"negate the type check of {node.id}"
        edits.append(Edit(span[0], ((span[1], span[2], new),), description, 0.9, "root-cause", path=sf.path))
    return edits


def _tests_kind_of(test: ast.expr, name: str) -> bool:
    """Whether a condition is one type test of `name`: `isinstance(name, T)`, `name is None`, negated or not."""
    while isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        test = test.operand
    if isinstance(test, ast.Call) and isinstance(test.func, ast.Name) and test.func.id in TYPE_TESTS:
        return bool(test.args) and isinstance(test.args[0], ast.Name) and test.args[0].id == name
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.Is, ast.IsNot)):
        sides = [test.left, test.comparators[0]]
        return any(isinstance(x, ast.Name) and x.id == name for x in sides) and any(
            isinstance(x, ast.Constant) and x.value is None for x in sides
        )
    return False


def none_guard_edits(origin: Origin) -> list[Edit]:
    """A None that a guard should have replaced: the guard's test is the wrong way round.

    `if alphabet is not None: alphabet = DEFAULT` leaves None where a value was meant: at
    each variable on the way back, an `if` that tests it against None (or its truth) and
    assigns it in its body is offered with the opposite test (a TBar-style "mutate
    conditional expression" template, aimed by the traced value).
    """
    node, sf = origin.node, origin.sf
    if not isinstance(node, ast.Name):
        return []
    scope: ast.AST = function_at(sf, node.lineno) or sf.tree
    edits: list[Edit] = []
    for stmt in scope_nodes(scope):
        if not isinstance(stmt, ast.If) or not _assigns(stmt.body, node.id):
            continue
        flipped = _flip_none_test(sf, stmt.test, node.id)
        if flipped is None:
            continue
        span, new, description = flipped
        edits.append(
            Edit(
                span[0],
                ((span[1], span[2], new),),
                description,
                _weight(origin, 0.85),
                "root-cause",
                path=sf.path,
            )
        )
    return edits


def _assigns(body: list[ast.stmt], name: str) -> bool:
    return any(
        isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Store)
        for stmt in body
        for n in ast.walk(stmt)
    )


def _flip_none_test(
    sf: SourceFile, test: ast.expr, name: str
) -> tuple[tuple[int, int, int], str, str] | None:
    """(span, new text, description) of the opposite of a test of `name` against None or its truth."""
    span = sf.node_span(test)
    if span is None:
        return None
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        sides = [test.left, test.comparators[0]]
        is_name = [isinstance(x, ast.Name) and x.id == name for x in sides]
        none = [isinstance(x, ast.Constant) and x.value is None for x in sides]
        opposite = {ast.Is: "is not", ast.IsNot: "is", ast.Eq: "!=", ast.NotEq: "=="}.get(type(test.ops[0]))
        if opposite and any(is_name) and any(none):
            old = {"is not": "is", "is": "is not", "!=": "==", "==": "!="}[opposite]
            new = f"{sf.segment(sides[0])} {opposite} {sf.segment(sides[1])}"
            return span, new, f"use {opposite} instead of {old} in the test of {name}"
    if (
        isinstance(test, ast.UnaryOp)
        and isinstance(test.op, ast.Not)
        and isinstance(test.operand, ast.Name)
        and test.operand.id == name
    ):
        return span, name, f"drop the not from the test of {name}"
    if (
        isinstance(test, ast.UnaryOp)
        and isinstance(test.op, ast.Not)
        and _flip_none_test(sf, test.operand, name)
    ):
        # `not x is None` (a `not` in front of the test): its opposite is the test without it.
        inner = sf.segment(test.operand)
        return span, inner, f"drop the not from the test of {name}"
    if isinstance(test, ast.Name) and test.id == name:
        return span, f"not {name}", f"negate the test of {name}"
    return None


def _weight(origin: Origin, base: float) -> float:
    """PyTER's preference for the definition: a value read in several places is fixed where it is made."""
    if origin.hops and origin.uses >= 2:
        base = min(0.995, base + 0.1)
    return round(base * 0.995**origin.hops, 4)


def origin_edits(tracer: Tracer, origin: Origin, evidence: Evidence) -> list[Edit]:
    if evidence.element:
        edits: list[Edit] = []
        elements = tracer.elements(origin)
        for element in elements:
            item = Evidence(evidence.actual, evidence.wanted, evidence.other, evidence.strength)
            if evidence.wanted == "str" and _odd_number_among_str(element, elements):
                # `styles.append(1)` among `styles.append("4")`, `styles.append("38;5;...")`: the
                # one item written as a number is the slip; its text is the literal meant.
                edits += _str_literal(element)
            if evidence.actual == "NoneType":
                # A None among the items: a guard that should have replaced it tests the wrong way.
                edits += none_guard_edits(replace(element, hops=max(1, element.hops)))
                continue
            if evidence.actual in BUILTIN_TYPES or evidence.actual in CALLABLE_KINDS:
                # The items are of a wrong builtin kind: repair each item where the element is made.
                edits += origin_edits(tracer, replace(element, hops=max(1, element.hops)), item)
                continue
            edits += _pick_attribute(tracer, element, item, [evidence.actual])
            if evidence.wanted == "str":
                edits += _wrap(
                    element,
                    "str",
                    f"convert each {shorten(element.sf.segment(element.node), 30)} to str",
                    0.4,
                )
        return edits
    actual, wanted, node = evidence.actual, evidence.wanted, origin.node
    text = shorten(origin.sf.segment(node), 40)
    if actual in CALLABLE_KINDS and wanted != "callable":
        if origin.how == "return" and _dispatches(tracer, origin):
            return []  # a factory's returns are functions by design: its caller forgot to apply one
        return _property_edits(tracer, origin) + _call_it(tracer, origin, evidence) + _apply_product(origin)
    if wanted == "iterable" and isinstance(node, ast.Subscript) and not isinstance(node.slice, ast.Slice):
        # `zip(xs, xs[1])`: one item where the items from it on (or up to it) were meant.
        return _slices(origin, node)
    if actual in NUMBERS and wanted == "str" and isinstance(node, ast.Name) and origin.how == "return":
        # `return code` where code = ord(char): the character was meant, not its number.
        func = function_at(origin.sf, node.lineno)
        made = assignments(func, node.id, before=node.lineno) if func is not None else []
        if made and all(_is_call_to(value, "ord") and len(value.args) == 1 for value in made):
            return _wrap(origin, "chr", f"return the character chr({text}), not its code point", 0.8)
    if actual in ("list", "tuple") and wanted == "number" and origin.how == "argument":
        return _unpacked_argument(origin)
    if actual in ("list", "tuple") and wanted == "str" and origin.how == "argument":
        # A sequence of characters (a buffer) passed where its text is wanted: join it where it is
        # passed (the list itself is right for the code that fills it).
        return _wrap(origin, "''.join", f"join {text} into a str where it is passed", 0.75)
    if origin.followed and isinstance(node, (ast.Name, ast.Attribute)) and actual not in CALLABLE_KINDS:
        # A read of a value made elsewhere: convert where it is made (a later origin), not at each read.
        return _pick_attribute(tracer, origin, evidence, []) if isinstance(node, ast.Attribute) else []
    if actual == "str" and wanted == "number" and origin.hops:
        conv = "float" if evidence.other == "float" else "int"
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return _number_literal(origin, conv)
        # "slice indices must be integers" names no kind (str is assumed): a true division the value
        # is computed from made a float, so `//` there goes first (round 56; none without a `/`)
        divided = _nested_divisions(origin) if conv == "int" else []
        return divided + _wrap(origin, conv, f"convert {text} to {conv} where it is made", 0.9)
    if actual == "float" and wanted == "number" and evidence.other == "int" and origin.hops:
        return _integer_made(origin, text)
    if actual in NUMBERS and wanted == "str" and origin.hops:
        if (isinstance(node, ast.Constant) and not isinstance(node.value, int | float)) or text_valued(node):
            return []  # a str or None literal, or text made: another definition made the number
        # The function writes `str(total)` elsewhere: the same conversion forgotten here ("plastic
        # surgery": fixes are made of code already there; Barr et al., FSE 2014).
        prior = 0.85 if _converted_elsewhere(origin.sf, node, "str") else 0.7
        if origin.how == "store" and _makes_number(node):
            # Arithmetic stored into a container whose items are joined as text: certainly the int.
            prior = 0.95
        return _code_point_edits(origin, text) + _wrap(
            origin, "str", f"convert {text} to str where it is made", prior
        )
    if actual == "bytes" and wanted == "str" and origin.hops and not isinstance(node, ast.Constant):
        # Bytes reached code written for str: decode them where they enter (UTF-8, the default,
        # then Latin-1, which maps every byte); the tests decide which one the code means.
        return [
            *_edit_suffix(origin, ".decode()", f"decode {text} to str where it enters", 0.8),
            *_edit_suffix(origin, ".decode('latin-1')", f"decode {text} as Latin-1 where it enters", 0.75),
        ]
    if actual == "str" and wanted == "bytes" and origin.hops and not isinstance(node, ast.Constant):
        return _edit_suffix(origin, ".encode()", f"encode {text} to bytes where it enters", 0.7)
    if actual == "str" and wanted == "bytes" and origin.hops and isinstance(node, ast.Constant):
        return _bytes_literal(origin)
    if actual in CONTAINERS | LAZY_KINDS and wanted in ("list", "tuple", "set"):
        return _container(origin, actual, wanted)
    if actual in LAZY_KINDS and wanted in ("sized", "subscriptable"):
        return _container(origin, actual, "list")
    if actual in NUMBERS and wanted in ("iterable", "sized"):
        return _number_to_sequence(tracer, origin, evidence)
    if actual not in BUILTIN_TYPES and wanted in ("str", "comparable", "number"):
        edits = _pick_attribute(tracer, origin, evidence, [actual])
        if wanted == "str" and origin.hops:
            edits += _wrap(origin, "str", f"convert {text} to str", 0.4)
        return edits
    return []


def _code_point_edits(origin: Origin, text: str) -> list[Edit]:
    """An int where text is wanted may be a code point: `chr(x)`, first when the code around applies
    chr() to the same expression elsewhere (a sibling entry of the table: `chr(x)`)."""
    if isinstance(origin.node, ast.Constant) or _makes_number(origin.node):
        return []  # a count or a sum is never a character
    prior = 0.9 if _converted_elsewhere(origin.sf, origin.node, "chr") else 0.45
    return _wrap(origin, "chr", f"turn the code point {text} into its character where it is made", prior)


NUMBER_CALLS = frozenset({"len", "int", "sum", "round", "ord", "abs", "count", "index", "find"})


def number_like(node: ast.AST) -> bool:
    """A number literal, or a call of a function that returns a number (`len(x)`, `text.find(c)`)."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, int | float) and not isinstance(node.value, bool)
    return isinstance(node, ast.Call) and called_name(node) in NUMBER_CALLS


def _makes_number(node: ast.AST) -> bool:
    """Whether the expression certainly makes a number: such a call, or arithmetic with one
    operand that is one (`width - len(prefix)`) and none that is text or a sequence."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub, ast.Mult, ast.FloorDiv)):
        sides = (node.left, node.right)
        return any(number_like(side) or _makes_number(side) for side in sides) and not any(
            isinstance(side, (ast.JoinedStr, ast.List, ast.Tuple)) or _text_constant(side) for side in sides
        )
    return isinstance(node, ast.Call) and number_like(node)


def _converted_elsewhere(sf: SourceFile, node: ast.expr, func: str) -> bool:
    """Whether the function around `node` calls `func(<the same expression>)` somewhere else."""
    scope = function_at(sf, node.lineno)
    if scope is None:
        return False
    text = sf.segment(node)
    return any(
        _is_call_to(call, func)
        and len(call.args) == 1
        and call.args[0] is not node
        and sf.segment(call.args[0]) == text
        for call in ast.walk(scope)
        if isinstance(call, ast.Call)
    )


def _edit(origin: Origin, spans, description: str, base: float) -> list[Edit]:
    span = origin.sf.node_span(origin.node)
    if span is None:
        return []
    return [
        Edit(span[0], tuple(spans), description, _weight(origin, base), "root-cause", path=origin.sf.path)
    ]


def _edit_suffix(origin: Origin, suffix: str, description: str, base: float) -> list[Edit]:
    """`x` -> `x.decode()`: a method call appended to the origin (parenthesised when needed)."""
    span = origin.sf.node_span(origin.node)
    simple = isinstance(origin.node, (ast.Name, ast.Attribute, ast.Call, ast.Subscript))
    if span is None:
        # A call written over several lines (`json.dumps(\n header,\n)`): the suffix goes after its
        # closing parenthesis, on its last line, which is the line the edit names.
        if not simple or getattr(origin.node, "end_lineno", None) is None:
            return []
        line, end = origin.sf.end(origin.node)
        edit = Edit(
            line, ((end, end, suffix),), description, _weight(origin, base), "root-cause", path=origin.sf.path
        )
        return [edit]
    line, start, end = span
    text = origin.sf.line_text(line)[start:end]
    return _edit(origin, [(start, end, (text if simple else f"({text})") + suffix)], description, base)


def _wrap(origin: Origin, func: str, description: str, base: float) -> list[Edit]:
    span = origin.sf.node_span(origin.node)
    if span is None or _is_call_to(origin.node, func):
        return []
    line, start, end = span
    text = origin.sf.line_text(line)[start:end]
    return _edit(origin, [(start, end, f"{func}({text})")], description, base)


def _nested_divisions(origin: Origin, depth: int = 3) -> list[Edit]:
    """`/` -> `//` for each true division inside the origin expression, or inside the latest value of a
    local it reads (followed `depth` assignments back in the same function), nearest first."""
    scope = function_at(origin.sf, origin.node.lineno)
    edits: list[Edit] = []
    seen: set[int] = set()
    todo: list[tuple[ast.AST, int]] = [(origin.node, 0)]
    while todo:
        node, hops = todo.pop(0)
        for inner in _outside_roundings(node):
            if isinstance(inner, ast.BinOp) and isinstance(inner.op, ast.Div) and id(inner) not in seen:
                seen.add(id(inner))
                where = origin.sf.operator_between(inner.left, inner.right)
                if inner is origin.node or not where or where[3] != "/":
                    continue  # the origin's own division: the caller's edit
                line, start, end, _ = where
                description = (
                    f"use floor division // where the value it is computed from is made (line {line})"
                )
                # just above the int() of the value (0.9): `//` where the float is made mends every reader
                base = round(0.905 - 0.002 * hops, 4)
                edits.append(
                    Edit(
                        line,
                        ((start, end, "//"),),
                        description,
                        _weight(origin, base),
                        "root-cause",
                        path=origin.sf.path,
                        making_site=True,
                    )
                )
            elif (
                isinstance(inner, ast.Name)
                and isinstance(inner.ctx, ast.Load)
                and scope is not None
                and hops < depth
            ):
                made = assignments(scope, inner.id, before=getattr(node, "lineno", 0) or origin.node.lineno)
                todo += [(made[0], hops + 1)] if made else []
    return edits


def _outside_roundings(node: ast.AST) -> list[ast.AST]:
    """The nodes of `node` (itself included) outside any `int(...)`, `math.ceil(...)`, one-argument
    `round(...)`, ...: a division inside one is an integer already, so `//` there cannot mend a float."""
    found: list[ast.AST] = []
    todo = [node]
    while todo:
        current = todo.pop(0)  # breadth first, as ast.walk: the order the edits were offered in
        if (
            isinstance(current, ast.Call)
            and called_name(current) in ROUNDINGS
            and not (called_name(current) == "round" and len(current.args) > 1)
        ):
            continue
        found.append(current)
        todo += ast.iter_child_nodes(current)
    return found


def _integer_made(origin: Origin, text: str) -> list[Edit]:
    """A float made where an int is wanted (an index, a count): true division `/` was meant as
    floor division `//` where the value is made; else the value is converted there."""
    node = origin.node
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
        where = origin.sf.operator_between(node.left, node.right)
        if where and where[3] == "/":
            line, start, end, _ = where
            description = "use floor division // where the value is made"
            return [
                Edit(
                    line,
                    ((start, end, "//"),),
                    description,
                    _weight(origin, 0.85),
                    "root-cause",
                    path=origin.sf.path,
                )
            ]
    if (isinstance(node, ast.Call) and called_name(node) in INTEGER_MAKERS) or (
        isinstance(node, ast.Constant) and type(node.value) is int
    ):
        return []  # len(), int(), round() or an int literal already make an int: another made the float
    if _is_call_to(node, "float") and isinstance(node.func, ast.Name):
        # `size = float(round(share))` where an int is wanted: the conversion chosen is the wrong
        # one (PyTER's type conversion at the value's origin), int() in its place.
        line, start, _ = origin.sf.node_span(node.func) or (0, 0, 0)
        if line:
            description = "convert with int(), not float(), where it is made"
            return [
                Edit(
                    line,
                    ((start, start + len("float"), "int"),),
                    description,
                    _weight(origin, 0.85),
                    "root-cause",
                    path=origin.sf.path,
                )
            ]
    # The float made lines before by a true division the value is computed from (round 56:
    # `row = width * (bits / 8)`, then `base = start + y * row`, sliced): `//` there, above int().
    edits = _nested_divisions(origin)
    edits += _wrap(origin, "int", f"convert {text} to int where it is made", 0.6)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mult, ast.Div)) and _imports_math(origin.sf):
        # A scaled count (`lines * ratio`) truncated by int() loses the part a page or a share rounds
        # up to; the conventional integer form of a scaled count is its ceiling (or nearest).
        span = origin.sf.node_span(node)
        if span is not None:
            line, start, end = span
            made = origin.sf.line_text(line)[start:end]
            edits += _edit(
                origin,
                [(start, end, f"int(math.ceil({made}))")],
                f"round {text} up to an int where it is made",
                0.55,
            )
        edits += _wrap(origin, "round", f"round {text} to the nearest int where it is made", 0.5)
    return edits


INTEGER_MAKERS = frozenset({"len", "int", "round", "ord", "hash", "id", "sum", "abs"})


def _imports_math(sf: SourceFile) -> bool:
    return any(
        isinstance(n, ast.Import) and any(a.name == "math" and a.asname is None for a in n.names)
        for n in sf.tree.body
    )


def _slices(origin: Origin, node: ast.Subscript) -> list[Edit]:
    """`xs[i]` -> `xs[i:]` then `xs[:i]` (a lost slice colon, one of the index-vs-slice slips)."""
    span = origin.sf.node_span(node.slice)
    if span is None:
        return []
    line, start, end = span
    index = origin.sf.line_text(line)[start:end]
    return [
        *_edit(origin, [(start, end, f"{index}:")], f"take the items from {index} on, not one item", 0.75),
        *_edit(origin, [(start, end, f":{index}")], f"take the items up to {index}, not one item", 0.6),
    ]


def _is_call_to(node: ast.AST, name: str) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name


def _number_literal(origin: Origin, conv: str) -> list[Edit]:
    """`"5"` where a number is wanted: the number itself, only when the text is one (never float("abc"))."""
    value = origin.node.value.strip()
    try:
        number = int(value) if conv == "int" else float(value)
    except ValueError:
        return []
    span = origin.sf.node_span(origin.node)
    if span is None:
        return []
    return _edit(
        origin, [(span[1], span[2], repr(number))], f"write the number {number!r}, not a string", 0.9
    )


def _odd_number_among_str(element: Origin, elements: list[Origin]) -> bool:
    """`element` is a number literal and every other item is a str literal or a str method call."""

    def is_str(node: ast.AST) -> bool:
        return (
            (isinstance(node, ast.Constant) and isinstance(node.value, str))
            or isinstance(node, ast.JoinedStr)
            or (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and is_str(node.func.value)
            )
        )

    node = element.node
    others = [e.node for e in elements if e is not element]
    number = isinstance(node, ast.Constant) and type(node.value) in (int, float)
    return number and bool(others) and all(is_str(other) for other in others)


def _str_literal(origin: Origin) -> list[Edit]:
    """A number literal where a str is wanted: the str literal of its text (`1` -> `"1"`)."""
    span = origin.sf.node_span(origin.node)
    if span is None:
        return []
    line, start, end = span
    text = origin.sf.line_text(line)[start:end]
    return _edit(origin, [(start, end, f'"{text}"')], f'write the string "{text}", not the number', 0.95)


def _bytes_literal(origin: Origin) -> list[Edit]:
    """`''` passed where bytes are wanted: the bytes literal itself (`b''`), when the text is ASCII."""
    span = origin.sf.node_span(origin.node)
    if span is None or not isinstance(origin.node.value, str) or not origin.node.value.isascii():
        return []
    line, start, end = span
    text = origin.sf.line_text(line)[start:end]
    if text[:1] not in ("'", '"') and not (text[:1] in "rR" and text[1:2] in ("'", '"')):
        return []  # an f-string, a concatenation or an already prefixed literal
    return _edit(origin, [(start, start, "b")], f"write the bytes literal b{shorten(text, 30)}", 0.9)


def _owner_classes(tracer: Tracer, origin: Origin) -> list[tuple[SourceFile, ast.ClassDef]]:
    """The classes `obj.attr` can be read from: the enclosing class for self.attr, else any defining it."""
    node = origin.node
    if isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"):
        cls = class_at(origin.sf, node.lineno)
        if cls is not None and node.attr in class_attributes(cls):
            return [(origin.sf, cls)]
    return tracer.classes_with_attribute(node.attr)


def _own_data_reads(tracer: Tracer, attr: str) -> int:
    """How many `self.<attr>` reads the classes keeping `attr` as a field or attribute make in their own body."""
    return sum(
        1
        for _, cls in tracer.classes_with_attribute(attr)
        if class_attributes(cls).get(attr) in ("field", "attribute")
        for node in ast.walk(cls)
        if isinstance(node, ast.Attribute)
        and node.attr == attr
        and isinstance(node.ctx, ast.Load)
        and isinstance(node.value, ast.Name)
        and node.value.id == "self"
    )


def _property_edits(tracer: Tracer, origin: Origin) -> list[Edit]:
    """`obj.size` read as a value where `size` is a plain method: make it a property again.

    The definition is the root cause when the repository reads the attribute as a value
    everywhere (or nearly): one decorator fixes every read, where calling it fixes one (PyTER's
    preference for the definition of a value used in several places).
    """
    node = origin.node
    if not isinstance(node, ast.Attribute) or (
        isinstance(origin.sf.parent(node), ast.Call) and origin.sf.parent(node).func is node
    ):
        return []
    reads, calls = tracer.attribute_reads(node.attr), tracer.attribute_calls(node.attr)
    values = reads - calls
    if values <= 0:
        return []
    edits: list[Edit] = []
    for sf, cls in _owner_classes(tracer, origin):
        method = next((i for i in cls.body if isinstance(i, FUNCTIONS) and i.name == node.attr), None)
        if method is None or method.decorator_list or not _callable_without_arguments(method, True):
            continue
        params = [*method.args.posonlyargs, *method.args.args]
        if not params or params[0].arg != "self":
            continue
        line, column = sf.start(method)
        indent = sf.line_text(line)[:column]
        if indent.strip():
            continue
        # Read as a value in several places and called in none: the decorator is the one edit that
        # mends every read, so it goes above a call added at the crash's own read (whose weight,
        # `_weight`, grows to 0.995 when the value is read twice there) -- that call passes too but
        # leaves the other reads broken. A single read is mended as well by either.
        # The reads are counted by name: a class that keeps a data attribute of that name reads its own
        # (`self.count + 1` in `Tally`), and those reads are no evidence that this method is read as a value.
        several = values - _own_data_reads(tracer, node.attr) >= 2
        prior = (0.999 if several else 0.98) if not calls else round(0.3 + 0.5 * values / reads, 4)
        edits.append(
            Edit(
                line,
                ((column, column, f"@property\n{indent}"),),
                f"make {node.attr} a property: it is read as a value, not called",
                prior,
                "root-cause",
                path=sf.path,
                adds_line=True,
                making_site=True,  # the definition makes every read's value
            )
        )
    return edits


def _call_it(tracer: Tracer, origin: Origin, evidence: Evidence | None = None) -> list[Edit]:
    """A method or function stored or passed without being called: call it (when it needs no argument).

    Where a str is wanted and the method is one that makes a list of strings (`text.splitlines`),
    its first or last item are offered too: a bare call would only change the wrong type.
    """
    node = origin.node
    if not isinstance(node, (ast.Name, ast.Attribute)) or (
        isinstance(origin.sf.parent(node), ast.Call) and origin.sf.parent(node).func is node
    ):
        return []
    name = node.id if isinstance(node, ast.Name) else node.attr
    if isinstance(node, ast.Name) and function_at(origin.sf, node.lineno) is not None:
        func = function_at(origin.sf, node.lineno)
        if name in parameter_names(func) or assignments(func, name, before=node.lineno):
            return []  # a variable: its own origin is where the method was taken
    definitions = [d for _, d in tracer.functions(name, prefer=origin.sf.path) if isinstance(d, FUNCTIONS)]
    if definitions and not any(
        _callable_without_arguments(d, isinstance(node, ast.Attribute)) for d in definitions
    ):
        return _call_with_arguments(origin, definitions[0], bound=isinstance(node, ast.Attribute))
    if not definitions and isinstance(node, ast.Name):
        return []
    span = origin.sf.node_span(node)
    if span is None:
        return []
    text = shorten(origin.sf.segment(node), 40)
    edits = _edit(
        origin, [(span[2], span[2], "()")], f"call {text}() instead of using the method itself", 0.97
    )
    if evidence is not None and evidence.wanted == "str" and name in STR_LIST_METHODS:
        for index, which in (("-1", "last"), ("0", "first")):
            edits += _edit(
                origin,
                [(span[2], span[2], f"()[{index}]")],
                f"call {text}() and take its {which} item",
                0.9,
            )
    return edits


def _apply_product(origin: Origin) -> list[Edit]:
    """`f(x)` made a function where a value was wanted: apply it, `f(x)(x)`.

    A call whose result is callable is a factory (it picks or builds the function for its
    argument); using its product uncalled forgets the second call, and the argument the factory
    chose for is the value it is meant for (`encoder = pick(v); encoder(v)`). The factory itself
    stays as it is: its other callers apply what it returns.
    """
    node = origin.node
    if not isinstance(node, ast.Call) or not node.args or node.keywords:
        return []
    if any(isinstance(arg, ast.Starred) for arg in node.args):
        return []
    line, end = origin.sf.end(node)
    arguments = ", ".join(origin.sf.segment(arg) for arg in node.args)
    if "\n" in arguments:
        return []
    text = shorten(origin.sf.segment(node), 40)
    edit = Edit(
        line,
        ((end, end, f"({arguments})"),),
        f"call what {text} returns on {shorten(arguments, 30)}: {text}({shorten(arguments, 30)})",
        _weight(origin, 0.97),
        "root-cause",
        path=origin.sf.path,
    )
    return [edit]


def _dispatches(tracer: Tracer, origin: Origin) -> bool:
    """The function of a return origin picks among functions: it has several returns and each
    returns a function of the repository (or a lambda) uncalled."""
    func = function_at(origin.sf, origin.node.lineno)
    if func is None:
        return False
    values = [
        node.value for node in scope_nodes(func) if isinstance(node, ast.Return) and node.value is not None
    ]

    def function_reference(value: ast.expr) -> bool:
        if isinstance(value, ast.Lambda):
            return True
        name = (
            value.id
            if isinstance(value, ast.Name)
            else value.attr
            if isinstance(value, ast.Attribute)
            else ""
        )
        return bool(name) and any(
            isinstance(d, FUNCTIONS) for _, d in tracer.functions(name, prefer=origin.sf.path)
        )

    return len(values) >= 2 and all(function_reference(value) for value in values)


def _unpacked_argument(origin: Origin) -> list[Edit]:
    """A list or tuple passed as one positional argument where a number was wanted: its items were
    meant as the arguments (`to_degrees(parts)` for `to_degrees(*parts)`; PyTER's arity repair)."""
    node, sf = origin.node, origin.sf
    call, span = sf.parent(node), sf.node_span(node)
    if not isinstance(call, ast.Call) or node not in call.args or span is None:
        return []
    text = shorten(sf.segment(node), 30)
    return _edit(
        origin,
        [(span[1], span[2], f"*{sf.segment(node)}")],
        f"pass the items of {text} as the arguments: *{text}",
        0.9,
    )


def _call_with_arguments(origin: Origin, func: ast.AST, *, bound: bool) -> list[Edit]:
    """A method stored uncalled that needs an argument: call it with a value in scope.

    `key = self.prefix + self._build_name` meant `self._build_name(key)`: the one required
    parameter's value is chosen among the locals, attributes and constants visible there,
    ranked by name and type against the parameter (arguments.values_for, issue item 3).
    """
    node = origin.node
    probe = ast.Call(func=node, args=[], keywords=[])
    ast.copy_location(probe, node)
    required = [
        p
        for p in unsupplied_parameters(func, probe, is_method=bound)
        if p not in _parameters_with_defaults(func)
    ]
    span = origin.sf.node_span(node)
    if len(required) != 1 or span is None:
        return []
    name = node.id if isinstance(node, ast.Name) else node.attr
    values = values_for(
        sf=origin.sf,
        line=node.lineno,
        call=probe,
        param=required[0],
        callee=name,
        callee_def=func,
        callee_sf=None,
        callee_module=None,
    )
    texts = [v.text for v in values if not v.import_from]
    rebound = _rebound_name(origin.sf, node)
    if rebound:
        # `key = prefix + self._build_name`: a variable rebuilt from itself (`key = f(key)`).
        texts = [rebound, *(t for t in texts if t != rebound)]
    text = shorten(origin.sf.segment(node), 40)
    edits: list[Edit] = []
    for rank, value in enumerate(texts[:MAX_CALL_VALUES]):
        edits += _edit(
            origin,
            [(span[2], span[2], f"({value})")],
            f"call {text}({value}) instead of using the method itself",
            round(0.9 - 0.04 * rank, 4),
        )
    return edits


def _rebound_name(sf: SourceFile, node: ast.AST) -> str | None:
    """The variable an assignment of `node`'s expression rebinds, when it was bound before."""
    for ancestor in sf.ancestors(node):
        if isinstance(ancestor, ast.stmt):
            if isinstance(ancestor, ast.Assign) and len(ancestor.targets) == 1:
                target = ancestor.targets[0]
                func = function_at(sf, ancestor.lineno)
                if isinstance(target, ast.Name) and func is not None:
                    bound = parameter_names(func) or set()
                    if target.id in bound or assignments(func, target.id, before=ancestor.lineno):
                        return target.id
                    if any(
                        isinstance(n, ast.Name) and n.id == target.id
                        for loop in ast.walk(func)
                        if isinstance(loop, (ast.For, ast.AsyncFor)) and loop.lineno < ancestor.lineno
                        for n in ast.walk(loop.target)
                    ):
                        return target.id
            return None
    return None


def _parameters_with_defaults(func: ast.AST) -> set[str]:
    args = func.args
    positional = [a.arg for a in (*args.posonlyargs, *args.args)]
    with_defaults = set(positional[len(positional) - len(args.defaults) :]) if args.defaults else set()
    return with_defaults | {
        a.arg for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if d is not None
    }


def _callable_without_arguments(func: ast.AST, bound: bool) -> bool:
    args = func.args
    positional = [*args.posonlyargs, *args.args]
    if bound and positional and positional[0].arg in ("self", "cls"):
        positional = positional[1:]
    required = len(positional) - len(args.defaults)
    kw_required = sum(1 for d in args.kw_defaults if d is None)
    return required <= 0 and kw_required == 0


def _container(origin: Origin, actual: str, wanted: str) -> list[Edit]:
    """A container of the wrong kind: write the literal of the right kind, or convert where it is made."""
    node, sf = origin.node, origin.sf
    span = sf.node_span(node)
    if span is None:
        return []
    line, start, end = span
    text = sf.line_text(line)[start:end]
    opening = {"list": "[]", "tuple": "()", "set": "{}"}
    shown = shorten(text, 40)
    if isinstance(node, (ast.Tuple, ast.List, ast.Set)) and text[:1] in "([{" and wanted in opening:
        inner = text[1:-1]
        if wanted == "tuple" and len(node.elts) == 1 and not inner.rstrip().endswith(","):
            inner += ","
        if wanted == "set" and not node.elts:
            return _edit(origin, [(start, end, "set()")], f"start from an empty set instead of {shown}", 0.95)
        new = opening[wanted][0] + inner + opening[wanted][1]
        return _edit(
            origin,
            [(start, end, new)],
            f"write {new if len(new) < 30 else 'a ' + wanted} instead of {shown}",
            0.97,
        )
    if isinstance(node, ast.GeneratorExp) and wanted == "list" and text.startswith("("):
        parent = sf.parent(node)
        inner = text[1:-1]
        shared = isinstance(parent, ast.Call) and parent.args == [node] and sf.end(parent) == sf.end(node)
        new = f"([{inner}])" if shared else f"[{inner}]"
        return _edit(origin, [(start, end, new)], "make a list instead of a generator", 0.92)
    if origin.hops == 0 and not isinstance(node, (ast.Tuple, ast.List, ast.Set)):
        return []  # converting at the crash is what the message templates already propose
    return _wrap(origin, wanted, f"make {shown} a {wanted} where it is made", 0.85)


def _number_to_sequence(tracer: Tracer, origin: Origin, evidence: Evidence) -> list[Edit]:
    """A number where a sequence was wanted: `len(xs)` passed for xs, or the wrong attribute (score/scores)."""
    node, sf = origin.node, origin.sf
    edits: list[Edit] = []
    if _is_call_to(node, "len") and len(node.args) == 1:
        span, inner = sf.node_span(node), sf.node_span(node.args[0])
        if span and inner:
            text = sf.line_text(inner[0])[inner[1] : inner[2]]
            edits += _edit(
                origin, [(span[1], span[2], text)], f"pass {shorten(text, 30)} itself, not its length", 0.9
            )
    if isinstance(node, ast.Attribute):
        edits += _pick_attribute(tracer, origin, evidence, [])
    return edits


def _attribute_types(cls: ast.ClassDef) -> dict[str, str]:
    """attribute -> type text, from annotations, literal assignments, annotated parameters stored, properties."""
    found: dict[str, str] = {}
    init_params: dict[str, str] = {}
    for item in cls.body:
        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
            found[item.target.id] = ast.unparse(item.annotation)
        elif isinstance(item, FUNCTIONS):
            decorators = {getattr(d, "id", getattr(d, "attr", "")) for d in item.decorator_list}
            if decorators & {"property", "cached_property"} and item.returns is not None:
                found.setdefault(item.name, ast.unparse(item.returns))
            if item.name == "__init__":
                init_params = {
                    a.arg: ast.unparse(a.annotation) for a in item.args.args if a.annotation is not None
                }
    for value_attr in ast.walk(cls):
        if (
            isinstance(value_attr, ast.AnnAssign)
            and isinstance(value_attr.target, ast.Attribute)
            and isinstance(value_attr.target.value, ast.Name)
            and value_attr.target.value.id == "self"
        ):
            # `self.start: int = start`: the annotation says the type, whatever the value is.
            found.setdefault(value_attr.target.attr, ast.unparse(value_attr.annotation))
        elif isinstance(value_attr, ast.Assign):
            for target in value_attr.targets:
                if (
                    isinstance(target, ast.Attribute)
                    and isinstance(target.value, ast.Name)
                    and target.value.id == "self"
                ):
                    found.setdefault(target.attr, _literal_type(value_attr.value, init_params))
    return {k: v for k, v in found.items() if v}


def _literal_type(value: ast.expr, params: dict[str, str]) -> str:
    if isinstance(value, ast.Constant) and value.value is not None:
        return type(value.value).__name__
    if isinstance(value, (ast.List, ast.ListComp)):
        return "list"
    if isinstance(value, (ast.Dict, ast.DictComp)):
        return "dict"
    if isinstance(value, (ast.Tuple,)):
        return "tuple"
    if isinstance(value, (ast.Set, ast.SetComp)):
        return "set"
    if isinstance(value, (ast.JoinedStr,)):
        return "str"
    if isinstance(value, ast.Name) and value.id in params:
        return params[value.id]
    if (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Name)
        and value.func.id in ("list", "dict", "set", "tuple", "str", "int", "float")
    ):
        return value.func.id
    return ""


def _fits(type_text: str, wanted: str) -> bool:
    base = type_text.split("[")[0].split(".")[-1].strip()
    if wanted == "str":
        return base == "str"
    if wanted == "number":
        return base in ("int", "float", "Decimal")
    if wanted == "comparable":
        return base in ("str", "int", "float", "Decimal", "date", "datetime")
    if wanted in ("iterable", "sized"):
        return bool(SEQUENCE_ANNOTATION.match(base))
    return False


def _pick_attribute(tracer: Tracer, origin: Origin, evidence: Evidence, class_names: list[str]) -> list[Edit]:
    """Use the attribute of the right type: `member` -> `member.name`, `student.score` -> `student.scores`."""
    node, sf = origin.node, origin.sf
    span = sf.node_span(node)
    if span is None:
        return []
    classes: list[ast.ClassDef] = []
    for name in class_names:
        classes += [cls for _, cls in tracer.classes(name)]
    replacing = isinstance(node, ast.Attribute) and not class_names
    if replacing:
        classes += [cls for _, cls in tracer.classes_with_attribute(node.attr)]
    context = [*origin.context]
    if isinstance(node, ast.Name):
        context.append(node.id)
    func = function_at(sf, span[0])
    if func is not None:
        context.append(func.name)
    scored: dict[str, float] = {}
    for cls in classes[:3]:
        for attr, type_text in _attribute_types(cls).items():
            if (
                attr.startswith("_")
                or not _fits(type_text, evidence.wanted)
                or (replacing and attr == node.attr)
            ):
                continue
            words = [node.attr] if replacing else context
            score = max((similarity(attr, word) for word in words), default=0.0)
            score = max(score, _word_overlap(attr, words))
            scored[attr] = max(scored.get(attr, 0.0), score)
    edits: list[Edit] = []
    for attr, score in sorted(scored.items(), key=lambda item: (-item[1], item[0]))[:3]:
        line, start, end = span
        if replacing:
            value_end = sf.end(node.value)[1]
            spans = [(value_end, end, f".{attr}")]
            description = f"use {sf.segment(node.value)}.{attr} instead of {sf.segment(node)}"
        else:
            text = sf.line_text(line)[start:end]
            spans = [(end, end, f".{attr}")]
            description = f"use {shorten(text, 30)}.{attr}"
        edits += _edit(origin, spans, description, 0.55 + 0.4 * score)
    return edits


def _word_overlap(attr: str, words: list[str]) -> float:
    mine = {singular(w) for w in tokens(attr)}
    theirs = {singular(w) for word in words for w in tokens(word)}
    return 0.8 if mine and mine <= theirs else 0.0


def factory_edits(tracer: Tracer, sf: SourceFile, line: int, name: str, takes: str | None) -> list[Edit]:
    """`make_counter() takes 0 positional arguments but 1 was given` where nothing on the crash line calls
    make_counter: a factory was passed on uncalled and its product is what should be called. Call it
    where it is passed (when it needs no argument), preferring factories that return a function."""
    if any(isinstance(n, ast.Call) and called_name(n) == name for n in sf.nodes_touching(line)):
        return []  # the crash line calls it by name: a plain argument mismatch, not a passed callable
    definitions = [(d_sf, d) for d_sf, d in tracer.functions(name) if isinstance(d, FUNCTIONS)]
    if not definitions or not any(_callable_without_arguments(d, False) for _, d in definitions):
        return []
    makes_callable = any(_returns_callable(d) for _, d in definitions)
    edits: list[Edit] = []
    for other in tracer.all_files():
        for node in ast.walk(other.tree):
            if not (isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Load)):
                continue
            parent = other.parent(node)
            if isinstance(parent, ast.Call) and parent.func is node:
                continue
            origin = Origin(other, node, 1, "argument")
            span = other.node_span(node)
            if span is None:
                continue
            edits += _edit(
                origin,
                [(span[2], span[2], "()")],
                f"call {name}() and pass what it makes, not {name} itself",
                0.95 if makes_callable else 0.6,
            )
    return edits[:4]


def _returns_callable(func: ast.AST) -> bool:
    inner = {n.name for n in ast.walk(func) if isinstance(n, FUNCTIONS) and n is not func}
    for node in ast.walk(func):
        value = node.value if isinstance(node, ast.Return) else None
        if isinstance(value, ast.Lambda) or (isinstance(value, ast.Name) and value.id in inner):
            return True
    return False


def comparison_key_edits(sf: SourceFile, line: int, name: str) -> list[Edit]:
    """`sorted(xs, key=compare)` with a two-argument comparison function (Python 2's cmp=): the key
    sorted() calls with one item is functools.cmp_to_key(compare)."""
    edits: list[Edit] = []
    for node in sf.nodes_touching(line):
        if not isinstance(node, ast.Call) or called_name(node) not in ("sorted", "sort", "min", "max"):
            continue
        for keyword in node.keywords:
            value = keyword.value
            span = sf.node_span(value)
            if keyword.arg != "key" or named(value) != name or span is None:
                continue
            text = sf.line_text(span[0])[span[1] : span[2]]
            edits.append(
                Edit(
                    span[0],
                    ((span[1], span[2], f"cmp_to_key({text})"),),
                    f"turn the comparison function {name} into a key with functools.cmp_to_key",
                    0.9,
                    "root-cause+import:functools:cmp_to_key",
                    path=sf.path,
                )
            )
    return edits
