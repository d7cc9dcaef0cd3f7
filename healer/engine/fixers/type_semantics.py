"""TYPE_ERROR families read from the documented semantics of Python's builtins and standard library.

Each family is driven by the message and the code's shape only (no identifier, file or literal of
any project); where the wrong value is made away from the raising line, the candidate is placed
where it is made (PyTER, Oh et al., ESEC/FSE 2022: repair the producer, not the use site):

- a builtin method called with a keyword (`d.get(key, default='')`): builtins written in C take
  their arguments by position only ("dict.get() takes no keyword arguments"), so the keywords are
  passed positionally, in the order written;
- a collection where a string method wants a string of characters (`s.rstrip(JOINERS)` with a
  frozenset: `str.strip`'s argument is "a string specifying the set of characters"): the items
  joined, `''.join(JOINERS)`; `str.startswith`/`endswith` take a tuple instead, `tuple(PREFIXES)`;
- members of an `Enum` ordered (`min(a, b)`, `a < b`, `sorted(members)`): an Enum defines no
  ordering, so their values are compared and, for `min`/`max`, the member is rebuilt from the
  value (`Level(min(a.value, b.value))`); an `IntEnum` would compare, so only plain Enums qualify;
- a datetime compared with a date ("can't compare datetime.datetime to datetime.date"): the
  datetime's `.date()`, where the compared name was bound (`day = stamp` -> `day = stamp.date()`)
  before the comparison itself;
- a `defaultdict` whose factory makes the wrong kind for what is added to its entries
  (`counts = defaultdict(list)` then `counts[k] += len(v)`: "'int' object is not iterable"):
  the factory of the kind added, `int`, `float`, `list`, `str` ..., where the mapping is made;
  an arithmetic flip at the `+=` (`*=`, `-=`) also silences the error but changes what is counted;
- an object a JSON encoder's `default()` does not handle though it handles its sibling kind
  (`isinstance(o, bytearray)` and "Object of type bytes is not JSON serializable"): the check
  widened to both, `isinstance(o, (bytes, bytearray))`;
- a text constant where bytes are wanted ("a bytes-like object is required, not 'str'") read by
  name on the raising line and made in the module: the constant made bytes where it is bound
  (`'...'` -> `b'...'`, `''.join([chr(x) for ...])` -> `bytes([x for ...])`).
"""

from __future__ import annotations

import ast
import re

from healer.engine.fixers.lineedit import FUNCTIONS, Edit, SourceFile, called_name, function_at, shorten
from healer.engine.fixers.type_site import Site

POSITIONAL_PRIOR = 0.92
CHARACTERS_PRIOR = 0.9
ENUM_PRIOR = 0.95  # the class declares it an Enum: stronger evidence than the call's shape
DATE_BINDING_PRIOR = 0.92
DATE_USE_PRIOR = 0.8
FACTORY_PRIOR = 0.93  # above any arithmetic flip at the `+=` that raised
JSON_SIBLING_PRIOR = 0.9
BYTES_CONSTANT_PRIOR = 0.9  # above the `.encode()` at the use site (t_wants_bytes, 0.85)

NO_KEYWORDS = re.compile(r"(?P<func>[\w.]+)\(\) takes no keyword arguments")
CHARACTERS = re.compile(
    r"\b(?P<method>[lr]?strip) arg must be None or str"
    r"|\b(?P<prefix>startswith|endswith) first arg must be (?:str|bytes) or a tuple of (?:str|bytes), not"
)
ORDERING = re.compile(
    r"'[<>]=?' not supported between instances of '(?P<left>[\w.]+)' and '(?P<right>[\w.]+)'"
)
# `datetime.datetime` vs `datetime.date`, also through subclasses (a test clock's `FakeDatetime`).
# Python 3.13 words it as any other unordered pair ("'<' not supported between instances of ...").
DATETIME_DATE = re.compile(
    r"can't compare [\w.]*date(?:time)? to [\w.]*date(?:time)?\b"
    r"|'[<>]=?' not supported between instances of '[\w.]*datetime' and '[\w.]*date'"
    r"|'[<>]=?' not supported between instances of '[\w.]*date' and '[\w.]*datetime'",
    re.IGNORECASE,
)
# The kind of the value added to an entry, from each way CPython words `entry += value` failing.
ADDED_KIND = re.compile(
    r"^'(?P<iterated>int|float|bool)' object is not iterable"
    r"|can only concatenate (?:str|list|tuple|bytes) \(not \"(?P<concatenated>\w+)\"\) to"
    r"|unsupported operand type\(s\) for \+=?: '\w+' and '(?P<operand>\w+)'"
)
NOT_SERIALIZABLE = re.compile(r"Object of type (?P<kind>\w+) is not JSON serializable")
WANTS_BYTES = re.compile(r"a bytes-like object is required, not 'str'")

FACTORIES = {"int": "int", "bool": "int", "float": "float", "list": "list", "str": "str", "tuple": "tuple"}
# Kinds the same code usually handles together (the standard library's own families).
SIBLINGS = (
    frozenset({"bytes", "bytearray", "memoryview"}),
    frozenset({"list", "tuple"}),
    frozenset({"set", "frozenset"}),
    frozenset({"datetime", "date", "time"}),
    frozenset({"int", "float", "Decimal", "Fraction"}),
)
ENUM_BASES = frozenset({"Enum", "Flag", "StrEnum"})  # IntEnum and IntFlag order as ints


# --------------------------------------------------------------------------- positional only
def t_positional_only(m: re.Match, site: Site) -> list[Edit]:
    """`d.get(key, default='')`: a builtin's parameters are positional-only; pass the keywords by position."""
    name = m["func"].rpartition(".")[2]
    edits: list[Edit] = []
    for call in site.calls_named(name):
        keywords = call.keywords
        if (
            not keywords
            or any(k.arg is None for k in keywords)
            or any(isinstance(a, ast.Starred) for a in call.args)
        ):
            continue
        spans = []
        for keyword in keywords:
            span = site.span(keyword)
            value = site.sf.node_span(keyword.value)
            if span is None or value is None or value[0] != site.line:
                break
            spans.append((span[0], span[1], site.sf.segment(keyword.value)))
        else:
            shown = ", ".join(k.arg or "" for k in keywords)
            edits.append(
                Edit(site.line, tuple(spans), f"pass {shown} to {name}() by position", POSITIONAL_PRIOR)
            )
    return edits


# --------------------------------------------------------------------------- characters
def t_characters_collection(m: re.Match, site: Site) -> list[Edit]:
    """`s.rstrip(JOINERS)` with a set: the characters as one string; `startswith(LIST)`: a tuple."""
    method = m["method"] or m["prefix"]
    wrapper = "tuple" if m["prefix"] else "''.join"
    edits: list[Edit] = []
    for call in site.calls_named(method):
        if not isinstance(call.func, ast.Attribute) or not call.args:
            continue
        arg = call.args[0]
        if isinstance(arg, ast.Constant) or (
            isinstance(arg, ast.Call) and called_name(arg) in ("join", "tuple")
        ):
            continue
        shown = shorten(site.seg(arg), 40)
        edit = site.wrap(
            arg, wrapper, f"give {method}() the characters as {wrapper}({shown})", CHARACTERS_PRIOR
        )
        edits += [edit] if edit else []
    return edits


# --------------------------------------------------------------------------- enums
def _plain_enum(site: Site, name: str) -> bool:
    """A class of the repository derived from Enum (not IntEnum, which orders as int)."""
    for _sf, node in site.index.functions(name.rpartition(".")[2]):
        if isinstance(node, ast.ClassDef):
            bases = {b.attr if isinstance(b, ast.Attribute) else getattr(b, "id", "") for b in node.bases}
            if bases & ENUM_BASES:
                return True
    return False


def t_enum_order(m: re.Match, site: Site) -> list[Edit]:
    """Members of an Enum ordered: compare their values (and rebuild the member min/max chose)."""
    if m["left"] != m["right"] or not _plain_enum(site, m["left"]):
        return []
    cls = m["left"].rpartition(".")[2]
    edits: list[Edit] = []
    for name in ("min", "max"):
        for call in site.calls_named(name):
            span = site.span(call)
            if span is None or call.keywords or len(call.args) < 2 or not isinstance(call.func, ast.Name):
                continue
            values = ", ".join(f"{site.seg(a)}.value" for a in call.args)
            new = f"{cls}({name}({values}))"
            edits.append(
                Edit(site.line, ((*span, new),), f"take the {name} of the members' values: {new}", ENUM_PRIOR)
            )
    for name in ("sorted", "sort"):
        for call in site.calls_named(name):
            end_line, end = site.sf.end(call)
            if (
                end_line != site.line
                or any(k.arg == "key" for k in call.keywords)
                or site.text[end - 1 : end] != ")"
            ):
                continue
            sep = ", " if (call.args or call.keywords) else ""
            key = f"{sep}key=lambda member: member.value"
            edits.append(
                Edit(site.line, ((end - 1, end - 1, key),), "order the members by value", ENUM_PRIOR - 0.05)
            )
    for node in site.nodes(ast.Compare):
        operands = [node.left, *node.comparators]
        if not all(isinstance(op, (ast.Lt, ast.LtE, ast.Gt, ast.GtE)) for op in node.ops):
            continue
        spans = []
        for operand in operands:
            span = site.span(operand)
            if span is None or isinstance(operand, ast.Constant):
                break
            spans.append((span[0], span[1], f"{site.seg(operand)}.value"))
        else:
            edits.append(Edit(site.line, tuple(spans), "compare the members' values", ENUM_PRIOR - 0.02))
    return edits


# --------------------------------------------------------------------------- datetime vs date
def _binding_before(sf: SourceFile, name: str, line: int) -> ast.Assign | None:
    """The last `name = expr` before `line` in the function around it (or the module)."""
    scope = function_at(sf, line) or sf.tree
    found = None
    for node in ast.walk(scope):
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id == name
            and node.lineno < line
            and (found is None or node.lineno > found.lineno)
        ):
            found = node
    return found


def t_datetime_date(m: re.Match, site: Site) -> list[Edit]:
    """A datetime compared with a date: the datetime's `.date()`, where the name was bound first."""
    edits: list[Edit] = []
    for node in site.nodes(ast.Compare):
        for operand in [node.left, *node.comparators]:
            if isinstance(operand, ast.Constant):
                continue
            if isinstance(operand, ast.Name) and (bound := _binding_before(site.sf, operand.id, site.line)):
                value = bound.value
                span = site.sf.node_span(value)
                text = site.sf.segment(value)
                if span is not None and not text.endswith(".date()"):
                    simple = isinstance(value, (ast.Name, ast.Attribute, ast.Call, ast.Subscript))
                    new = f"{text if simple else f'({text})'}.date()"
                    edits.append(
                        Edit(
                            span[0],
                            ((span[1], span[2], new),),
                            f"take the date of {shorten(text, 40)} where {operand.id} is bound",
                            DATE_BINDING_PRIOR,
                        )
                    )
            span = site.span(operand)
            if span is not None:
                text = site.seg(operand)
                simple = isinstance(operand, (ast.Name, ast.Attribute, ast.Call, ast.Subscript))
                new = f"{text if simple else f'({text})'}.date()"
                edits.append(
                    Edit(
                        site.line, ((*span, new),), f"compare the date of {shorten(text, 40)}", DATE_USE_PRIOR
                    )
                )
    return edits


# --------------------------------------------------------------------------- defaultdict factories
def _container_key(node: ast.AST) -> str:
    """`self.counts` / `counts`: how the mapping is read, "" for anything else."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
        return f"{node.value.id}.{node.attr}"
    return ""


def _defaultdict_makers(sf: SourceFile, key: str, line: int) -> list[ast.Call]:
    """The `defaultdict(F)` calls bound to `key` in the enclosing class (for `self.x`) or scope."""
    scope: ast.AST = sf.tree
    if "." in key:
        for node in ast.walk(sf.tree):
            if isinstance(node, ast.ClassDef) and node.lineno <= line <= (node.end_lineno or node.lineno):
                scope = node
    found = []
    for node in ast.walk(scope):
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign)
            else []
        )
        value = getattr(node, "value", None)
        if (
            any(_container_key(t) == key for t in targets)
            and isinstance(value, ast.Call)
            and called_name(value) == "defaultdict"
            and value.args
        ):
            found.append(value)
    return found


def t_defaultdict_factory(m: re.Match, site: Site) -> list[Edit]:
    """`d[k] += v` failing: the defaultdict's factory makes the wrong kind for `v`; make it `v`'s kind."""
    kind = m["iterated"] or m["concatenated"] or m["operand"]
    factory = FACTORIES.get(kind or "")
    if factory is None:
        return []
    keys: set[str] = set()
    for node in site.nodes(ast.AugAssign):
        if isinstance(node.op, ast.Add) and isinstance(node.target, ast.Subscript):
            keys.add(_container_key(node.target.value))
    for node in site.nodes(ast.BinOp):
        if isinstance(node.op, ast.Add) and isinstance(node.left, ast.Subscript):
            keys.add(_container_key(node.left.value))
    edits: list[Edit] = []
    for key in sorted(keys - {""}):
        for call in _defaultdict_makers(site.sf, key, site.line):
            current = call.args[0]
            span = site.sf.node_span(current)
            if span is None or site.sf.segment(current) == factory:
                continue
            edits.append(
                Edit(
                    span[0],
                    ((span[1], span[2], factory),),
                    f"make {key}'s entries start as {factory}(): defaultdict({factory})",
                    FACTORY_PRIOR,
                    path=site.sf.path,
                )
            )
    return edits


# --------------------------------------------------------------------------- JSON encoders
def t_json_sibling(m: re.Match, site: Site) -> list[Edit]:
    """`default()` of a JSONEncoder handles a sibling kind only: widen its isinstance check."""
    kind = m["kind"]
    family = next((f for f in SIBLINGS if kind in f), None)
    if family is None:
        return []
    edits: list[Edit] = []
    for sf, func in site.index.functions("default"):
        if not isinstance(func, FUNCTIONS) or site.ctx.is_test_file(sf.path):
            continue
        for node in ast.walk(func):
            if not (isinstance(node, ast.Call) and called_name(node) == "isinstance" and len(node.args) == 2):
                continue
            checked = node.args[1]
            names = checked.elts if isinstance(checked, ast.Tuple) else [checked]
            spelled = [n.attr if isinstance(n, ast.Attribute) else getattr(n, "id", "") for n in names]
            span = sf.node_span(checked)
            if kind in spelled or not set(spelled) & family or span is None:
                continue
            inner = ", ".join(sf.segment(n) for n in names)
            new = f"({kind}, {inner})"
            edits.append(
                Edit(
                    span[0],
                    ((span[1], span[2], new),),
                    f"handle {kind} with its sibling kind: isinstance(..., {new})",
                    JSON_SIBLING_PRIOR,
                    path=sf.path,
                )
            )
    return edits


# --------------------------------------------------------------------------- text constants as bytes
def _module_binding(sf: SourceFile, name: str) -> ast.Assign | None:
    for node in sf.tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id == name
        ):
            return node
    return None


def _bytes_constant_edit(sf: SourceFile, name: str, value: ast.expr) -> Edit | None:
    line = value.lineno
    text = sf.line_text(line)
    if isinstance(value, ast.Constant) and isinstance(value.value, str) and value.value.isascii():
        start = sf.char_col(line, value.col_offset)
        if text[start : start + 1] in ("'", '"') or text[start : start + 1].lower() == "r":
            return Edit(
                line, ((start, start, "b"),), f"make {name} bytes where it is bound", BYTES_CONSTANT_PRIOR
            )
        return None
    # ''.join([chr(x) for x in ...]) is the text of those code points; bytes([x for x in ...]) the
    # same values as bytes (each below 256, as latin-1 encodes them).
    if not (
        isinstance(value, ast.Call)
        and isinstance(value.func, ast.Attribute)
        and value.func.attr == "join"
        and isinstance(value.func.value, ast.Constant)
        and value.func.value.value == ""
        and len(value.args) == 1
        and isinstance(value.args[0], (ast.ListComp, ast.GeneratorExp))
    ):
        return None
    comp = value.args[0]
    elt = comp.elt
    if not (
        isinstance(elt, ast.Call) and called_name(elt) == "chr" and len(elt.args) == 1 and elt.lineno == line
    ):
        return None
    head_start = sf.char_col(line, value.col_offset)
    elt_start = sf.char_col(line, elt.col_offset)
    between = text[sf.char_col(line, value.func.end_col_offset) + 1 : elt_start]  # "(" then "[" or ""
    if value.func.lineno != line or between.strip() not in ("[", ""):
        return None
    new_head = f"bytes({between}{sf.segment(elt.args[0])}"
    elt_end = sf.char_col(line, elt.end_col_offset) if elt.end_lineno == line else None
    if elt_end is None:
        return None
    return Edit(
        line,
        ((head_start, elt_end, new_head),),
        f"make {name} bytes where it is built: bytes of the code points",
        BYTES_CONSTANT_PRIOR,
    )


def t_bytes_constant(m: re.Match, site: Site) -> list[Edit]:
    """A module constant of text read where bytes are wanted: make it bytes where it is bound."""
    edits: list[Edit] = []
    seen: set[str] = set()
    for node in site.nodes(ast.Name):
        if not isinstance(node.ctx, ast.Load) or node.id in seen:
            continue
        seen.add(node.id)
        bound = _module_binding(site.sf, node.id)
        if bound is None or function_at(site.sf, site.line) is None:
            continue
        edit = _bytes_constant_edit(site.sf, node.id, bound.value)
        if edit is not None:
            edits.append(Edit(edit.line, edit.spans, edit.description, edit.prior, path=site.sf.path))
    return edits


SEMANTIC_TEMPLATES = [
    (NO_KEYWORDS, t_positional_only),
    (CHARACTERS, t_characters_collection),
    (ORDERING, t_enum_order),
    (DATETIME_DATE, t_datetime_date),
    (ADDED_KIND, t_defaultdict_factory),
    (NOT_SERIALIZABLE, t_json_sibling),
    (WANTS_BYTES, t_bytes_constant),
]

__all__ = ["SEMANTIC_TEMPLATES"]
