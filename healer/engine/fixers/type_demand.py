"""What type a TypeError says a value must have, and edits that make that type where the value is made.

CPython's TypeError messages follow a small documented grammar (Objects/abstract.c, Objects/
listobject.c, Python/ceval.c): "'range' object does not support item assignment", "list indices must
be integers or slices, not str", "unsupported operand type(s) for +=: 'NoneType' and 'str'", "not all
arguments converted during string formatting". Each names the type a value HAS at the crash and,
read with the builtins' semantics, the type it MUST have: an item-assigned range must be a list, a
list indexed by a string must be a mapping, a None added to a str must be a str. The wrong value is
usually made before the crash (PyTER, Oh & Oh, FSE 2022): at the assignment that bound the name, the
assignments to `self.attr` in the file, a parameter's default, or the caller's argument in the frame
above. This module reads the demand from the message, follows the subject value to those origins
(one provenance step, through the traceback's frames), and proposes only edits that produce the
demanded type there: a container literal of the right kind (`[]` -> `{}`), a constructor call
(`list(range(26))`), the demanded type's empty value for a None (`''`, `0`, `[]`). A `%`-format with
more arguments than placeholders gets its extra arguments dropped one at a time. Every edit is an
`Edit` for the fallback's ranking and compile check; nothing here names a project or a case.
"""

from __future__ import annotations

import ast
import builtins
import re
import struct
from dataclasses import dataclass

from healer.engine.fixers.lineedit import FUNCTIONS, Edit, SourceFile, TreeMemo, function_at, shorten
from healer.engine.fixers.type_text import (
    class_bindings,
    text_demand_pairs,
    text_edits,
    text_pair,
    text_subjects,
)

# The value each demanded type starts from when a None was made instead.
EMPTY = {"str": "''", "int": "0", "float": "0.0", "list": "[]", "dict": "{}", "tuple": "()", "bytes": "b''"}
# Containers that are read like a list but cannot be written, indexed, or sized like one.
LIST_LIKE = frozenset(
    {"range", "tuple", "map", "filter", "zip", "generator", "dict_keys", "dict_values", "dict_items", "set",
     "frozenset", "reversed", "enumerate", "itertools.chain", "list_iterator"}
)  # fmt: skip
PRIOR_ORIGIN = 0.9  # an edit that produces the demanded type where the value is made
# A None default is often meant (an optional argument guarded at its use): below a guard at the crash.
PRIOR_DEFAULT = 0.45
PRIOR_FORMAT_DROP = 0.6


@dataclass(frozen=True)
class Demand:
    """`subject` is which value at the crash ("container", "index", "operand", "right", "left", "argument",
    "format"); it has `have` and must be `want`."""

    subject: str
    have: str
    want: str
    call: str = ""  # "argument": the called name, when the message names it
    position: int = 0  # "argument": 1-based; "right": the right operand of a binary operator


def demands(messages: list[str]) -> list[Demand]:
    """The demands CPython's TypeError grammar states, most specific message first."""
    found: list[Demand] = []
    for text in messages:
        # a str/bytes mix-up (round 54, type_text): read besides the grammar below, which may also state it
        found += [Demand(subject, have, want) for subject, have, want in text_demand_pairs(text)]
        if m := re.search(r"'([\w.]+)' object does not support item assignment", text):
            if m[1] in LIST_LIKE or m[1] == "str":
                found.append(Demand("container", m[1], "list"))
        elif m := re.search(r"'([\w.]+)' object is not subscriptable", text):
            if m[1] in LIST_LIKE:
                found.append(Demand("container", m[1], "list"))
            elif m[1] == "NoneType":
                found += [Demand("container", "NoneType", w) for w in ("list", "dict")]
        elif m := re.search(
            r"\b(list|tuple|string) indices must be integers(?: or slices)?, not (\w+)", text
        ):
            if m[2] in ("str", "tuple", "float"):
                found.append(Demand("container", {"string": "str"}.get(m[1], m[1]), "dict"))
            if m[2] == "tuple":
                # or the index is a pair where an integer was meant: made by iterating pairs
                found.append(Demand("index", "tuple", "int"))
            if m[2] == "str":
                # or the index is a digit kept as its character (round 53): made by iterating text
                found.append(Demand("index", "str", "int"))
        elif m := re.search(r"unsupported operand type\(s\) for \S+: '([\w.]+)' and '([\w.]+)'", text):
            left, right = m[1], m[2]
            found += _duration_demands(left, right)
            found += _number_demands(left, right)
            if left in ("set", "frozenset") and right not in ("set", "frozenset", "NoneType"):
                # `set |= item`: a set operator given one element where a one-element set was meant
                found.append(Demand("right", right, "set"))
            if "NoneType" in (left, right) and {left, right} - {"NoneType"}:
                other = right if left == "NoneType" else left
                if other in EMPTY:
                    found.append(Demand("operand", "NoneType", other))
        elif m := re.search(r"'[<>]=?' not supported between instances of '([\w.]+)' and '([\w.]+)'", text):
            # (Only the four ordering operators: `'\S+'` backtracked over every quote of a long repr.)
            # An ordering comparison with None (round 49): the None was made where a number or a text
            # was meant; compared with a float, an int compares alike and is what code writes (`0`).
            left, right = m[1], m[2]
            found += _duration_demands(left, right)
            found += _number_demands(left, right)
            if "NoneType" in (left, right) and {left, right} - {"NoneType"}:
                other = right if left == "NoneType" else left
                other = "int" if other == "float" else other
                if other in ("int", "str"):
                    found.append(Demand("operand", "NoneType", other))
        elif m := re.search(r"can only concatenate (\w+) \(not \"(\w+)\"\) to \w+", text):
            if m[2] == "NoneType" and m[1] in EMPTY:
                found.append(Demand("operand", "NoneType", m[1]))
            elif m[1] in ("str", "list", "tuple"):
                # `seq + item`: the right operand is one item where a sequence of its kind was meant
                found.append(Demand("right", m[2], m[1]))
            if m[1] == "str" and m[2] in ("int", "float"):
                # `text + 1`: or the left operand is a number kept as the text that spelled it (round 53;
                # `subjects` reads it only beside a written number, which says the sum is arithmetic)
                found.append(Demand("left", "str", m[2]))
        elif m := re.search(
            r"(?:(\w+)\(\) )?argument (\d+) must be (str|int|float|a bytes-like object), not '?(\w+)", text
        ):
            want = "bytes" if m[3].startswith("a bytes") else m[3]
            found.append(Demand("argument", m[4], want, call=m[1] or "", position=int(m[2])))
        elif m := re.search(r"(\w+) first arg must be (str|bytes)\b[^,]*, not (\w+)", text):
            # str.startswith/endswith's own spelling of a refused first argument (Objects/unicodeobject.c)
            found.append(Demand("argument", m[3], m[2], call=m[1], position=1))
        elif m := re.search(r"'(\w+)' object is not iterable", text):
            if m[1] == "NoneType":
                found.append(Demand("operand", "NoneType", "list"))
        elif m := re.search(r"\b(\w+)\(\) arg (\d) must be a string\b", text):
            # `compile(lines, ...)`: a text was meant where something else, often its lines, was made
            found.append(Demand("argument", "object", "str", call=m[1], position=int(m[2])))
        elif m := re.search(r"\b(isinstance|issubclass)\(\) arg 2 must be a (?:type|class)", text):
            # a class was meant where something else was passed (round 54): usually swapped with its
            # neighbour where the value was made, a constructor's arguments (type_demand._type_swaps)
            found.append(Demand("argument", "object", "type", call=m[1], position=2))
        elif "not all arguments converted during string formatting" in text:
            found.append(Demand("format", "tuple", "fewer"))
    unique: list[Demand] = []
    for demand in found:
        if demand not in unique:
            unique.append(demand)
    return unique


def _duration_demands(left: str, right: str) -> list[Demand]:
    """A timedelta met a number (`abs_days < 7`, `delta + 1`): the value was meant as the number the
    timedelta counts, its `.days` (or `.total_seconds()`), an accessor dropped where it was made."""
    kinds = {left.rsplit(".", 1)[-1], right.rsplit(".", 1)[-1]}
    if "timedelta" in kinds and kinds - {"timedelta"} <= {"int", "float"} and len(kinds) == 2:
        # the number's kind is kept (round 53's review): a float bound counts fractions, which `.days`
        # (a whole int) never has, so `_duration_edits` tries `.total_seconds()` first for it
        (number,) = kinds - {"timedelta"}
        return [Demand("operand", "timedelta", number)]
    return []


def constructor_arguments(sf: SourceFile, line: int, subject: ast.expr) -> list[Origin]:
    """The arguments this file's constructor calls give `__init__`'s parameter `subject` (round 54): the
    class's own calls `C(...)` and its subclasses' `super().__init__(...)`, where an object's state is made
    when no traceback frame shows the construction."""
    func = function_at(sf, line)
    if not isinstance(subject, ast.Name) or func is None or func.name != "__init__":
        return []
    where = parameter_index(func, subject.id)
    owner = next((n for n in sf.ancestors(func) if isinstance(n, ast.ClassDef)), None)
    if where is None or owner is None:
        return []
    index, name = where
    subclasses = {
        node.name
        for node in ast.walk(sf.tree)
        if isinstance(node, ast.ClassDef) and any(_last_name(b) == owner.name for b in node.bases)
    }
    found: list[Origin] = []
    for call in ast.walk(sf.tree):
        if not isinstance(call, ast.Call) or any(isinstance(a, ast.Starred) for a in call.args):
            continue
        func_node = call.func
        built = isinstance(func_node, ast.Name) and func_node.id == owner.name
        chained = (
            isinstance(func_node, ast.Attribute)
            and func_node.attr == "__init__"
            and isinstance(func_node.value, ast.Call)
            and _last_name(func_node.value.func) == "super"
            and (klass := next((n for n in sf.ancestors(call) if isinstance(n, ast.ClassDef)), None))
            is not None
            and klass.name in subclasses
        )
        if not (built or chained):
            continue
        found += _passed_values(sf.path, call, index=index, name=name, kind="constructor")
    return found


def built_elsewhere(sf: SourceFile, line: int, subject: ast.expr, other: SourceFile) -> list[Origin]:
    """The arguments `other`'s calls of the class that reads `self.<attr>` on `line` give that attribute as a
    keyword (round 54): a record built in another module, on a frame of the traceback (`Loan(rate=...)`),
    made the field that its `__post_init__` or method refuses."""
    owner = next((n for n in sf.nodes_touching(line) if isinstance(n, ast.ClassDef)), None)
    if not isinstance(subject, ast.Attribute) or owner is None:
        return []
    if not (isinstance(subject.value, ast.Name) and subject.value.id == "self"):
        return []
    return [
        Origin(other.path, k.value.lineno, k.value, "field-keyword")
        for call in ast.walk(other.tree)
        if isinstance(call, ast.Call) and _last_name(call.func) == owner.name
        for k in call.keywords
        if k.arg == subject.attr
    ]


def sibling_conversions(sf: SourceFile, origin: Origin) -> list[Edit]:
    """A keyword argument passed as it came while its siblings in the same call go through one converter,
    `f(principal, "principal")`: the value converted the same way, `f(payment, "payment")` (the step the
    siblings say the value skipped; a text literal naming the sibling's own value is renamed with it)."""
    value = origin.value
    call = sf.parent(value)
    call = sf.parent(call) if isinstance(call, ast.keyword) else call
    if not isinstance(value, ast.Name) or not isinstance(call, ast.Call):
        return []
    converters: dict[str, list[ast.Call]] = {}
    for keyword in call.keywords:
        inner = keyword.value
        if (
            keyword.value is not value
            and isinstance(inner, ast.Call)
            and isinstance(inner.func, ast.Name)
            and inner.args
            and isinstance(inner.args[0], ast.Name)
        ):
            converters.setdefault(inner.func.id, []).append(inner)
    span = sf.node_span(value)
    if span is None:
        return []
    line, start, end = span
    edits: list[Edit] = []
    for name, calls in converters.items():
        if len(calls) < 2:
            continue  # one converted sibling is no convention
        model = calls[0]
        old = model.args[0].id
        parts = [value.id]
        for arg in model.args[1:]:
            if isinstance(arg, ast.Constant) and arg.value == old:
                parts.append(repr(value.id).replace("'", '"'))
            else:
                parts.append(sf.segment(arg))
        new = f"{name}({', '.join(parts)})"
        description = f"convert the value as its sibling arguments are: {shorten(new)} instead of {value.id}"
        edits.append(Edit(line, ((start, end, new),), description, PRIOR_ORIGIN, "demand"))
    return edits


def _names_class(sf: SourceFile, value: ast.expr) -> bool:
    """A builtin class (`int`, `str`) or a class this file defines, named bare."""
    if not isinstance(value, ast.Name):
        return False
    if isinstance(getattr(builtins, value.id, None), type):
        return True
    return any(isinstance(n, ast.ClassDef) and n.name == value.id for n in sf.tree.body)


def _type_swaps(sf: SourceFile, origin: Origin) -> list[Edit]:
    """A value that is no class passed where a class was meant, beside a class passed where the value
    belongs: the two positional arguments swapped back (PAR's argument reordering, Kim et al., ICSE 2013),
    when the types say so: the neighbour names a class and the value does not."""
    call = sf.parent(origin.value)
    if not isinstance(call, ast.Call) or origin.value not in call.args or _names_class(sf, origin.value):
        return []
    index = call.args.index(origin.value)
    edits: list[Edit] = []
    for other in (index - 1, index + 1):
        if not 0 <= other < len(call.args) or not _names_class(sf, call.args[other]):
            continue
        edits += _swapped(sf, origin.value, call.args[other], what="pass the class where a class is meant")
    return edits


def _number_demands(left: str, right: str) -> list[Demand]:
    """A number met a tuple or a text (round 54): the tuple was meant as its one item (`struct.unpack`'s
    1-tuple, taken whole), the text as the number it spells (an option argparse was not told to convert)."""
    kinds = {left, right}
    numbers = kinds & {"int", "float"}
    if len(kinds) != 2 or len(numbers) != 1:
        return []
    (number,) = numbers
    (other,) = kinds - numbers
    return [Demand("operand", other, number)] if other in ("tuple", "str") else []


def subjects(sf: SourceFile, line: int, demand: Demand) -> list[ast.expr]:
    """The expressions on the crash line the demand is about: the subscripted values, the operands."""
    if demand.subject in ("text", "left") and text_pair(demand.have, demand.want):
        return text_subjects(sf, line, demand.subject)
    found: list[ast.expr] = []
    for node in sf.nodes_touching(line):
        if getattr(node, "lineno", None) != line:
            continue
        if demand.subject == "container" and isinstance(node, ast.Subscript):
            found.append(node.value)
        elif demand.subject == "index" and isinstance(node, ast.Subscript):
            found.append(node.slice)
        elif demand.subject == "operand" and isinstance(node, (ast.BinOp, ast.AugAssign)):
            found += [node.left, node.right] if isinstance(node, ast.BinOp) else [node.target]
        elif demand.subject == "operand" and isinstance(node, ast.Compare):
            found += [node.left, *node.comparators]
        elif demand.subject == "operand" and isinstance(node, (ast.For, ast.comprehension)):
            found.append(node.iter)
        elif demand.subject == "right" and isinstance(node, (ast.BinOp, ast.AugAssign)):
            found.append(node.value if isinstance(node, ast.AugAssign) else node.right)
        elif demand.subject == "left" and isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            if written_number(node.right):
                found.append(node.left)
        elif demand.subject == "argument" and isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if (not demand.call or name == demand.call) and demand.position <= len(node.args):
                found.append(node.args[demand.position - 1])
    if demand.subject in ("right", "argument"):
        return [n for n in found if not isinstance(n, ast.Starred)]
    return [n for n in found if isinstance(n, (ast.Name, ast.Attribute))]


def callee_results(sf: SourceFile, call: ast.expr) -> list[Origin]:
    """The return values of the function or method of this file that `call` calls: what made its result."""
    if not isinstance(call, ast.Call):
        return []
    func = call.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
    return list(_RETURNS.get(sf, _returns_by_name).get(name, ())) if name is not None else []


def _returns_by_name(sf: SourceFile) -> dict[str, list[Origin]]:
    """Each function name of the file to the values its functions of that name return, built once per file:
    round 54's wide trace asks for every origin, which walked the whole file each time (quadratic)."""
    table: dict[str, list[Origin]] = {}
    for node in ast.walk(sf.tree):
        if isinstance(node, FUNCTIONS):
            table.setdefault(node.name, []).extend(
                Origin(sf.path, r.value.lineno, r.value, "returned")
                for r in ast.walk(node)
                if isinstance(r, ast.Return) and r.value is not None
            )
    return table


_RETURNS = TreeMemo(limit=16)


@dataclass(frozen=True)
class Origin:
    """An expression that made the subject's value: `file` for the traceback's caller frame."""

    file: str
    line: int
    value: ast.expr
    how: str  # "bound", "attribute", "default", "argument"


def origins(sf: SourceFile, line: int, subject: ast.expr, *, wide: bool = False) -> list[Origin]:
    """Where `subject` (read on `line`) was made in this file: its assignments, its parameter default.

    `wide` (round 54, a str/bytes demand) also reads a name no function binds at its module binding
    (a constant such as `SideA = "A"`), and an attribute at the class bodies that bind it (`side = SideA`)."""
    found: list[Origin] = []
    func = function_at(sf, line)
    if wide and isinstance(subject, ast.Name) and (func is None or not _bound_in(func, subject.id)):
        found += [Origin(sf.path, n.lineno, n.value, "bound") for n in _module_bindings(sf, {subject.id})]
    if wide and isinstance(subject, ast.Attribute):
        found += [Origin(sf.path, n.lineno, n.value, "attribute") for n in class_bindings(sf, subject.attr)]
    if isinstance(subject, ast.Name) and func is not None:
        for node in ast.walk(func):
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if any(isinstance(t, ast.Name) and t.id == subject.id for t in targets):
                    found.append(Origin(sf.path, node.lineno, node.value, "bound"))
                found += [Origin(sf.path, v.lineno, v, "bound") for v in _unpacked(node, subject)]
        args = func.args
        positional = [*args.posonlyargs, *args.args]
        pairs = list(zip(positional[len(positional) - len(args.defaults) :], args.defaults, strict=True))
        pairs += [(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True) if d is not None]
        defaults = [d for a, d in pairs if a.arg == subject.id]
        found += [Origin(sf.path, d.lineno, d, "default") for d in defaults]
        # A default that names a module constant (`overflow=_OVERFLOW`) was made where the module binds
        # it (round 49): Python evaluates the default once, from that binding, at the def.
        named = {d.id for d in defaults if isinstance(d, ast.Name)}
        found += [Origin(sf.path, node.lineno, node.value, "default") for node in _module_bindings(sf, named)]
    elif isinstance(subject, ast.Attribute):
        for node in _ATTRIBUTE_ASSIGNS.get(sf, _attribute_assigns).get(subject.attr, ()):
            if node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if any(isinstance(t, ast.Attribute) and t.attr == subject.attr for t in targets):
                    found.append(Origin(sf.path, node.lineno, node.value, "attribute"))
                found += [Origin(sf.path, v.lineno, v, "attribute") for v in _unpacked(node, subject)]
        if not found:
            found += field_arguments(sf, subject.attr)
    return found


def _attribute_assigns(sf: SourceFile) -> dict[str, list[ast.Assign | ast.AnnAssign]]:
    """Each attribute name to the assignments whose targets (or a tuple target's items) set it, in the
    file's walk order; built once per file (round 54's review): the wide trace follows one attribute
    origin to the next, and a walk of the whole file for each made n setters cost n * n."""
    table: dict[str, list[ast.Assign | ast.AnnAssign]] = {}
    for node in ast.walk(sf.tree):
        if not isinstance(node, (ast.Assign, ast.AnnAssign)):
            continue
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        flat = [e for t in targets for e in (t.elts if isinstance(t, (ast.Tuple, ast.List)) else [t])]
        for attr in dict.fromkeys(t.attr for t in flat if isinstance(t, ast.Attribute)):
            table.setdefault(attr, []).append(node)
    return table


_ATTRIBUTE_ASSIGNS = TreeMemo(limit=16)


def _bound_in(func: ast.AST, name: str) -> bool:
    """The function binds `name` itself (an assignment, a parameter, a loop target): not a module's."""
    for node in ast.walk(func):
        if isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Store):
            return True
        if isinstance(node, ast.arg) and node.arg == name:
            return True
    return False


def _last_name(node: ast.expr) -> str:
    """`dataclass` of `dataclass`, `dataclasses.dataclass` and `dataclass(frozen=True)`."""
    node = node.func if isinstance(node, ast.Call) else node
    return node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else ""


def _record_fields(node: ast.ClassDef, classes: dict[str, ast.ClassDef], depth: int = 0) -> list[str]:
    """The constructor's parameters, in order, of a dataclass or a NamedTuple class: its declared fields,
    after its bases' when they are records of this file. Empty when they cannot be counted (round 53's
    review): a base from elsewhere puts fields of its own first, and a miscounted index swaps arguments of
    other fields."""
    named_tuple = any(_last_name(b) == "NamedTuple" for b in node.bases)
    if not named_tuple and not any(_last_name(d) == "dataclass" for d in node.decorator_list):
        return []
    inherited: list[str] = []
    for base in [] if named_tuple else node.bases:
        parent = classes.get(base.id) if isinstance(base, ast.Name) else None
        if (
            parent is None
            or parent is node
            or depth > 8
            or not (fields := _record_fields(parent, classes, depth + 1))
        ):
            return []
        inherited += fields
    own = [item.target.id for item in _declared(node)]
    return [*inherited, *own]


def _declared(node: ast.ClassDef) -> list[ast.AnnAssign]:
    """The class body's own constructor fields (not ClassVars, not `field(init=False)`)."""
    return [
        item
        for item in node.body
        if isinstance(item, ast.AnnAssign)
        and isinstance(item.target, ast.Name)
        and "ClassVar" not in ast.dump(item.annotation)
        and not _no_parameter(item.value)
    ]


# The builtin kinds an annotation can name (`FrozenSet`, `list[int]` read by their last name, lower-cased)
DECLARED_KINDS = frozenset(
    {"str", "int", "float", "bytes", "bool", "list", "dict", "set", "frozenset", "tuple"}
)


def _declared_kind(sf: SourceFile, call: ast.Call, position: int) -> str | None:
    """The builtin kind the record's field at `position` of this constructor call is declared, if any."""
    classes = {node.name: node for node in sf.tree.body if isinstance(node, ast.ClassDef)}
    record = classes.get(_last_name(call.func))
    fields = _record_fields(record, classes) if record is not None else []
    if not 0 <= position < len(fields):
        return None
    chain = [record]  # the record, then its bases (of this file, as _record_fields counted them)
    for klass in chain:
        if len(chain) > 8:
            break
        chain += [classes[b.id] for b in klass.bases if isinstance(b, ast.Name) and b.id in classes]
    annotation = next(
        (
            item.annotation
            for klass in chain
            for item in _declared(klass)
            if item.target.id == fields[position]
        ),
        None,
    )
    annotation = annotation.value if isinstance(annotation, ast.Subscript) else annotation
    kind = _last_name(annotation).lower() if annotation is not None else ""
    return kind if kind in DECLARED_KINDS else None


def _no_parameter(value: ast.expr | None) -> bool:
    """`field(init=False)`: a field the constructor does not take."""
    return (
        isinstance(value, ast.Call)
        and _last_name(value.func) == "field"
        and any(
            k.arg == "init" and isinstance(k.value, ast.Constant) and k.value.value is False
            for k in value.keywords
        )
    )


def field_arguments(sf: SourceFile, attr: str) -> list[Origin]:
    """The arguments this file's constructor calls of a record class give its field `attr` (round 53): a
    dataclass's field is made where the record is built, not in an `__init__` the file writes."""
    classes = {node.name: node for node in sf.tree.body if isinstance(node, ast.ClassDef)}
    indices = {
        name: fields.index(attr)
        for name, node in classes.items()
        if attr in (fields := _record_fields(node, classes))
    }
    if not indices:
        return []
    found: list[Origin] = []
    # one walk for every record (round 53's review: a walk per record was quadratic in a file of many)
    for call in ast.walk(sf.tree):
        if not isinstance(call, ast.Call) or (index := indices.get(_last_name(call.func))) is None:
            continue
        if any(isinstance(a, ast.Starred) for a in call.args[: index + 1]):
            continue
        if index < len(call.args):
            found.append(Origin(sf.path, call.args[index].lineno, call.args[index], "field"))
        found += [Origin(sf.path, k.value.lineno, k.value, "field") for k in call.keywords if k.arg == attr]
    return found


def _field_swaps(sf: SourceFile, origin: Origin, demand: Demand) -> list[Edit]:
    """A record's positional argument swapped with each neighbour: two fields given in each other's
    places (PAR's argument reordering, Kim et al., ICSE 2013), the value of the wrong kind where it is made.
    Not with a neighbour whose field is declared of a kind other than the refused value's (round 53's
    review): the crash would go away while that field got a value of the wrong kind."""
    call = sf.parent(origin.value)
    if not isinstance(call, ast.Call) or origin.value not in call.args:
        return []
    index = call.args.index(origin.value)
    edits: list[Edit] = []
    for other in (index + 1, index - 1):
        if not 0 <= other < len(call.args) or isinstance(call.args[other], ast.Starred):
            continue
        if (declared := _declared_kind(sf, call, other)) is not None and declared != demand.have:
            continue
        edits += _swapped(
            sf, origin.value, call.args[other], what="pass the record's fields in their declared order"
        )
    return edits


def _swapped(sf: SourceFile, one: ast.expr, two: ast.expr, *, what: str) -> list[Edit]:
    """Two arguments of one call, on one line, put in each other's places (PAR's argument reordering)."""
    spans = sf.node_span(one), sf.node_span(two)
    if spans[0] is None or spans[1] is None or spans[0][0] != spans[1][0]:
        return []
    first, second = sorted(spans, key=lambda span: span[1])
    text_first = sf.line_text(first[0])[first[1] : first[2]]
    text_second = sf.line_text(second[0])[second[1] : second[2]]
    description = f"{what}: {shorten(text_second)} before {shorten(text_first)}"
    edits = ((first[1], first[2], text_second), (second[1], second[2], text_first))
    return [Edit(first[0], edits, description, PRIOR_ORIGIN, "demand")]


def _unpacked(node: ast.Assign | ast.AnnAssign, subject: ast.Name | ast.Attribute) -> list[ast.expr]:
    """The element of a tuple display a parallel assignment gives `subject`: `a, self.b = x, y` makes
    self.b by `y` (round 53: `self.major, self.minor, self.patch = int(m[1]), int(m[2]), m[3]`)."""
    found: list[ast.expr] = []
    if not isinstance(node, ast.Assign) or not isinstance(node.value, (ast.Tuple, ast.List)):
        return found
    for target in node.targets:
        if not isinstance(target, (ast.Tuple, ast.List)) or len(target.elts) != len(node.value.elts):
            continue
        for element, value in zip(target.elts, node.value.elts, strict=True):
            if isinstance(value, ast.Starred) or isinstance(element, ast.Starred):
                return []
            if (
                isinstance(subject, ast.Name) and isinstance(element, ast.Name) and element.id == subject.id
            ) or (
                isinstance(subject, ast.Attribute)
                and isinstance(element, ast.Attribute)
                and element.attr == subject.attr
            ):
                found.append(value)
    return found


def _module_bindings(sf: SourceFile, names: set[str]) -> list[ast.Assign | ast.AnnAssign]:
    """The module's own top-level assignments of `names` (one pass over its statements, not its tree)."""
    if not names:
        return []
    found = []
    for node in sf.tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id in names for t in targets):
                found.append(node)
    return found


def loop_sources(sf: SourceFile, line: int, subject: ast.expr) -> list[Origin]:
    """The iterables a `for name in ...` of the function draws `subject` from: its items are the value."""
    func = function_at(sf, line)
    if not isinstance(subject, ast.Name) or func is None:
        return []
    found = []
    for node in ast.walk(func):
        if not isinstance(node, (ast.For, ast.AsyncFor, ast.comprehension)):
            continue
        if isinstance(node.target, ast.Name) and node.target.id == subject.id:
            found.append(Origin(sf.path, node.iter.lineno, node.iter, "items"))
        elif (inner := _enumerated(node, subject.id)) is not None:
            # `for i, item in enumerate(items)`: the item is drawn from what enumerate numbers (round 53)
            found.append(Origin(sf.path, inner.lineno, inner, "items"))
    return found


def _enumerated(node: ast.For | ast.AsyncFor | ast.comprehension, name: str) -> ast.expr | None:
    """`items` of `for i, <name> in enumerate(items)`."""
    target, it = node.target, node.iter
    if not (isinstance(target, ast.Tuple) and len(target.elts) == 2 and isinstance(target.elts[1], ast.Name)):
        return None
    if target.elts[1].id != name or not isinstance(it, ast.Call) or not it.args:
        return None
    if not (isinstance(it.func, ast.Name) and it.func.id == "enumerate") or isinstance(
        it.args[0], ast.Starred
    ):
        return None
    return it.args[0]


def element_edits(sf: SourceFile, origin: Origin, demand: Demand) -> list[Edit]:
    """Edits making the ITEMS of the iterable at `origin` the demanded type: pairs -> one of their halves."""
    if demand.have == "str" and demand.want == "int":
        return _converted_items(sf, origin)
    if not (demand.have == "tuple" and demand.want == "int"):
        return []
    edits: list[Edit] = []
    for node in ast.walk(origin.value):
        call = node if isinstance(node, ast.Call) else None
        if call is None or call.args or call.keywords:
            if call is not None and isinstance(call.func, ast.Name) and call.func.id == "enumerate":
                span, inner = sf.node_span(call), call.args[0] if call.args else None
                if span is not None and inner is not None and sf.node_span(inner) is not None:
                    new = sf.segment(inner)
                    description = f"iterate {shorten(new)} itself, not its (index, item) pairs"
                    edits.append(
                        Edit(span[0], ((span[1], span[2], new),), description, PRIOR_ORIGIN * 0.8, "demand")
                    )
            continue
        func = call.func
        if not (isinstance(func, ast.Attribute) and func.attr == "items"):
            continue
        span = sf.node_span(func)
        if span is None:
            continue
        end = span[2]
        for other in ("values", "keys"):
            description = f"iterate the mapping's {other}, not its (key, value) pairs"
            edits.append(
                Edit(span[0], ((end - len("items"), end, other),), description, PRIOR_ORIGIN, "demand")
            )
    return edits


# Calls that collect an iterable's items as they come: the items can be converted on the way in.
COLLECTORS = frozenset({"list", "tuple", "sorted"})


def _converted_items(sf: SourceFile, origin: Origin) -> list[Edit]:
    """`list(reversed(text))` whose items index a list: each character converted as it is collected,
    `list(map(int, reversed(text)))` (the step a digit string's walk leaves out; PyTER's conversion at
    the source, applied to the items). Only a collecting call is edited, so the container stays its kind."""
    value = origin.value
    if not (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Name)
        and value.func.id in COLLECTORS
        and len(value.args) == 1
        and not value.keywords
        and not isinstance(value.args[0], ast.Starred)
    ):
        return []
    inner = value.args[0]
    inner_span, span = sf.node_span(inner), sf.node_span(value)
    if inner_span is None or span is None or inner_span[0] != span[0]:
        return []
    if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name) and inner.func.id == "map":
        return []  # already converted on the way in
    line, start, end = inner_span
    new = f"map(int, {sf.line_text(line)[start:end]})"
    description = f"convert each item to int as it is collected: {value.func.id}({shorten(new)})"
    return [Edit(line, ((start, end, new),), description, PRIOR_ORIGIN * 0.8, "demand")]


def parameter_index(func: ast.AST, name: str) -> tuple[int | None, str] | None:
    """(position among the call's arguments, or None for keyword-only; the name) of a parameter."""
    if not isinstance(func, (*FUNCTIONS, ast.Lambda)):
        return None
    positional = [a.arg for a in (*func.args.posonlyargs, *func.args.args)]
    if name in positional:
        index = positional.index(name)
        if positional and positional[0] in ("self", "cls") and not isinstance(func, ast.Lambda):
            index -= 1  # `obj.m(x)`: the receiver is not among the call's arguments
        return (index if index >= 0 else None), name
    if name in [a.arg for a in func.args.kwonlyargs]:
        return None, name
    return None


def caller_arguments(
    callee: SourceFile, line: int, subject: ast.expr, caller: SourceFile, call_line: int
) -> list[Origin]:
    """The caller frame's argument expression that became the crash function's parameter `subject`."""
    if not isinstance(subject, ast.Name):
        return []
    func = function_at(callee, line)
    lambdas = [n for n in callee.nodes_touching(line) if isinstance(n, ast.Lambda)]
    func = lambdas[-1] if lambdas and (func is None or lambdas[-1].lineno >= func.lineno) else func
    where = parameter_index(func, subject.id) if func is not None else None
    if where is None:
        return []
    index, name = where
    found: list[Origin] = []
    for node in caller.nodes_touching(call_line):
        if not isinstance(node, ast.Call) or any(isinstance(a, ast.Starred) for a in node.args):
            continue
        found += _passed_values(caller.path, node, index=index, name=name, kind="argument")
    return found


def origin_edits(sf: SourceFile, origin: Origin, demand: Demand) -> list[Edit]:
    """Edits of the origin expression that make a value of the demanded type there."""
    span = sf.node_span(origin.value)
    if span is None:
        return []
    line, start, end = span
    text = sf.line_text(line)[start:end]
    value = origin.value
    news: list[str] = []
    if origin.how == "field":
        return _field_swaps(sf, origin, demand)
    if demand.want == "type":
        return _type_swaps(sf, origin) if origin.how in ("constructor", "argument") else []
    if demand.have == "object" and demand.want == "str":
        return _joined_edits(sf, origin, line, start, end, text)
    if demand.subject == "operand" and demand.have == "str" and demand.want in ("int", "float"):
        # text where a number was meant: converted as the call's other arguments are (round 54); an
        # option's declaration is type_parsed's (the trace's caller), never a conversion at the use
        return sibling_conversions(sf, origin) if origin.how in ("field-keyword", "argument", "field") else []
    if demand.subject == "operand" and demand.have == "tuple" and demand.want in ("int", "float"):
        return _one_item_edits(sf, origin, line, start, end, text)
    if text_pair(demand.have, demand.want) and demand.subject in ("text", "left", "right"):
        return text_edits(sf, line=line, value=value, how=origin.how, have=demand.have, want=demand.want)
    if demand.have == "timedelta":
        return _duration_edits(origin, line, start, end, text, want=demand.want)
    if isinstance(value, ast.Constant) and value.value is None and demand.want in EMPTY:
        news.append(EMPTY[demand.want])
    elif demand.want == "dict":
        if isinstance(value, (ast.List, ast.Tuple, ast.Set)) and not getattr(value, "elts", None):
            news.append("{}")
        elif (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Name)
            and value.func.id in ("list", "tuple")
        ):
            news.append("dict(" + text[text.index("(") + 1 :])
    elif demand.subject in ("right", "argument", "left"):
        news += _item_edits(value, text, demand)
    elif demand.want == "list":
        if isinstance(value, ast.Tuple):
            news.append("[" + text[1:-1] + "]" if text.startswith("(") else f"[{text}]")
        elif isinstance(value, ast.Constant) and value.value is None:
            news.append("[]")
        elif not isinstance(value, (ast.List, ast.ListComp, ast.Constant, ast.Dict, ast.DictComp)):
            news.append(f"list({text})")
    edits = []
    for new in news:
        description = (
            f"make a {demand.want} where the value is made: {shorten(new)} instead of {shorten(text)}"
        )
        prior = PRIOR_DEFAULT if origin.how == "default" else PRIOR_ORIGIN
        # A None made an empty value stops the crash whatever None meant there (a symptom guard:
        # only a passing test is evidence); a container or item of the demanded kind is a correction.
        kind = "demand-guard" if isinstance(value, ast.Constant) and value.value is None else "demand"
        edits.append(Edit(line, ((start, end, new),), description, prior, kind))
    return edits


def _joined_edits(sf: SourceFile, origin: Origin, line: int, start: int, end: int, text: str) -> list[Edit]:
    """A list of text pieces made where one text was meant (`return head + body + tail` of lines handed to
    `compile()`): joined where it is made, lines first (`"\n".join`), then pieces (`"".join`). Only a value
    that makes a list: a display, a comprehension, a `+` of sequences (text + text would be text, which the
    message refused), `list(...)`/`sorted(...)`."""
    value = origin.value
    if not (
        isinstance(value, (ast.List, ast.ListComp))
        or (isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add))
        or (isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id in COLLECTORS)
    ):
        return []
    edits = []
    for separator, share in (('"\\n"', 1.0), ('""', 0.9)):
        new = f"{separator}.join({text})"
        description = f"join the pieces into one text where they are made: {shorten(new)}"
        prior = (PRIOR_DEFAULT if origin.how == "default" else PRIOR_ORIGIN) * 0.9 * share
        edits.append(Edit(line, ((start, end, new),), description, prior, "demand"))
    return edits


def _one_item_edits(sf: SourceFile, origin: Origin, line: int, start: int, end: int, text: str) -> list[Edit]:
    """A call's tuple result taken whole where its one item was meant (`struct.unpack(">I", b)` is always a
    tuple, a 1-tuple for one field): its first item, `[0]`, where the value is made. Not a tuple written out
    (its items are chosen), nor `tuple(...)` (asked for), nor a name (followed further)."""
    value = origin.value
    if not isinstance(value, ast.Call) or (isinstance(value.func, ast.Name) and value.func.id == "tuple"):
        return []
    if _several_items(sf, value):
        return []  # `[0]` would drop the rest: the tuple was not meant as one item
    new = f"{text}[0]"
    description = f"take the one item of the tuple where it is made: {shorten(new)}, not {shorten(text)}"
    prior = (PRIOR_DEFAULT if origin.how == "default" else PRIOR_ORIGIN) * 0.9
    return [Edit(line, ((start, end, new),), description, prior, "demand")]


# Library calls whose tuple always holds several items (the language reference and library docs):
# `divmod`, `math.frexp`/`modf`, `str.partition`/`rpartition` (3), `os.path.split`/`splitext`, `popitem`.
FIXED_PAIRS = frozenset(
    {"divmod", "frexp", "modf", "partition", "rpartition", "split", "splitext", "popitem"}
)


def _several_items(sf: SourceFile, call: ast.Call) -> bool:
    """The call is known to make a tuple of several items (round 54's review): `divmod(...)`, a
    `struct.unpack` whose written format has several fields, or the file's own function returning a tuple
    display of other than one item. Taking `[0]` of it drops data a test of the first item would not see."""
    func = call.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
    if name in FIXED_PAIRS:
        return True
    if name in ("unpack", "unpack_from") and call.args:
        form = call.args[0]
        if isinstance(form, ast.Constant) and isinstance(form.value, (str, bytes)):
            try:
                return len(struct.unpack(form.value, bytes(struct.calcsize(form.value)))) != 1
            except (struct.error, ValueError, TypeError):
                return False
        return False
    return any(
        isinstance(origin.value, ast.Tuple) and len(origin.value.elts) != 1
        for origin in callee_results(sf, call)
    )


# What a timedelta counts, as code reads it where it makes the number: whole days first (the unit date
# arithmetic yields), then seconds; met by a float, seconds first (`.days` is a whole int).
DURATION_ACCESSORS = ((".days", 1.0), (".total_seconds()", 0.8))
DURATION_ACCESSORS_FLOAT = ((".total_seconds()", 1.0), (".days", 0.8))


def _duration_edits(origin: Origin, line: int, start: int, end: int, text: str, *, want: str) -> list[Edit]:
    """The number a timedelta stands for, taken where the timedelta is made (`d - today` -> `(d - today).days`).

    Names, attributes and the type-keeping wrappers (`abs(x)`, `-x`) are followed further by the trace,
    not edited: the accessor belongs where the duration is made, so every use of the name gets the number
    (a `.days` on `abs(delta)` would leave the comparisons of `delta` above it false)."""
    value = origin.value
    if isinstance(value, (ast.Name, ast.Attribute, ast.Constant)) or wrapped_value(value) is not None:
        return []
    atom = isinstance(value, (ast.Name, ast.Attribute, ast.Call, ast.Subscript))
    base = text if atom else f"({text})"
    edits = []
    for accessor, share in DURATION_ACCESSORS_FLOAT if want == "float" else DURATION_ACCESSORS:
        new = base + accessor
        description = (
            f"take the number the timedelta counts where it is made: {shorten(new)}, not {shorten(text)}"
        )
        prior = (PRIOR_DEFAULT if origin.how == "default" else PRIOR_ORIGIN) * share
        edits.append(Edit(line, ((start, end, new),), description, prior, "demand"))
    return edits


def wrapped_value(value: ast.expr) -> ast.expr | None:
    """`x` of `abs(x)`, `-x`, `+x`: a wrapper that keeps its operand's type (numbers, timedeltas), so the
    value was made where `x` was."""
    if isinstance(value, ast.UnaryOp) and isinstance(value.op, (ast.USub, ast.UAdd)):
        inner = value.operand
    elif (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Name)
        and value.func.id == "abs"
        and len(value.args) == 1
        and not value.keywords
    ):
        inner = value.args[0]
    else:
        return None
    return inner if isinstance(inner, (ast.Name, ast.Attribute)) else None


def repeated_value(value: ast.expr) -> ast.expr | None:
    """`x` of `x * 1000` or `3 * x` (a written int): repetition keeps a text's or a sequence's kind, and a
    number stays a number, so the value was made where `x` was (round 54: `a.seconds * 1000` on a text)."""
    if not (isinstance(value, ast.BinOp) and isinstance(value.op, ast.Mult)):
        return None
    for inner, other in ((value.left, value.right), (value.right, value.left)):
        if (
            isinstance(inner, (ast.Name, ast.Attribute))
            and isinstance(other, ast.Constant)
            and type(other.value) is int
        ):
            return inner
    return None


def _item_edits(value: ast.expr, text: str, demand: Demand) -> list[str]:
    """One value made the demanded type: wrapped as a one-item sequence or set, or converted."""
    atom = isinstance(value, (ast.Name, ast.Attribute, ast.Call, ast.Subscript, ast.Constant))
    if demand.want == "tuple":
        return [f"({text},)"]
    if demand.want == "list":
        return [f"[{text}]"]
    if demand.want == "set":
        return [f"{{{text}}}"]
    if demand.want == "bytes":
        return [f"{text if atom else f'({text})'}.encode()"]
    if demand.want in ("str", "int", "float"):
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == demand.want:
            return []
        if demand.want == "str" and written_number(value):
            # `self.patch + 1` on a str patch: the literal number says the sum is arithmetic, so the text
            # operand is the wrong value; `str(1)` would turn an increment into concatenation ('3' + '1'
            # == '31'), a program the tests may not pin (round 53's python-versioning report).
            return []
        return [f"{demand.want}({text})"]
    return []


def written_number(value: ast.expr) -> bool:
    """A written int or float (`1`, `-2`, `0.5`), not a bool."""
    if isinstance(value, ast.UnaryOp) and isinstance(value.op, (ast.USub, ast.UAdd)):
        value = value.operand
    return (
        isinstance(value, ast.Constant)
        and isinstance(value.value, (int, float))
        and not isinstance(value.value, bool)
    )


def format_drops(sf: SourceFile, line: int) -> list[Edit]:
    """`'%s' % (a, b)` with one placeholder: each argument dropped, a single one left bare."""
    edits: list[Edit] = []
    for node in sf.nodes_touching(line):
        if not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod)):
            continue
        if not (isinstance(node.left, ast.Constant) and isinstance(node.left.value, str)):
            continue
        right = node.right
        span = sf.node_span(right)
        if not isinstance(right, ast.Tuple) or span is None or len(right.elts) < 2:
            continue
        line_no, start, end = span
        parts = [sf.segment(e) for e in right.elts]
        for i in range(len(parts)):
            kept = parts[:i] + parts[i + 1 :]
            new = kept[0] if len(kept) == 1 else "(" + ", ".join(kept) + ")"
            description = f"drop the format argument {shorten(parts[i])}: the string has fewer placeholders"
            # `%` hands out its arguments left to right: dropping a later one leaves every placeholder
            # before it with the value it has now, so the last argument is tried first.
            prior = PRIOR_FORMAT_DROP * (1.0 - 0.05 * (len(parts) - 1 - i))
            edits.append(Edit(line_no, ((start, end, new),), description, prior, "demand"))
    return edits


def _passed_values(path: str, call: ast.Call, *, index: int | None, name: str, kind: str) -> list[Origin]:
    """The value a call passes for one parameter: its positional argument at `index` and any `name=` keyword."""
    found = []
    if index is not None and index < len(call.args):
        found.append(Origin(path, call.args[index].lineno, call.args[index], kind))
    found += [Origin(path, k.value.lineno, k.value, kind) for k in call.keywords if k.arg == name]
    return found
