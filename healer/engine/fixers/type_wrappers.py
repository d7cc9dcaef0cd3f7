"""TypeErrors whose value was made without the call that should have turned it into its kind (round 50, pytypes24).

The provenance walk (type_provenance.Provenance) reaches the expression a crash's value was made by; when
that expression is the raw input of a conversion the code forgot (`rut = raw_rut` where the function's
siblings write `rut = stringify_rut(raw_rut)`, `size = read_exactly(r, n)` where the next statement
parses the same bytes, `mtime = path.stat().st_mtime` compared with a datetime), the edits of the other
modules change the value's kind by a builtin (`str()`, `list()`, `int()`) or at the use. These add the
call itself, where the value is made:

- **The module's own wrapper of the same expression** (`analogue_wrappers`): the module applies a
  one-argument call to an expression written exactly as this origin elsewhere, its result used as a
  value (`g(E)` assigned, returned or passed on); the origin gets the same call, `g(E)`. A systematic
  edit learnt from the code's own copies (the "similar code" ingredient of ssFix/SimFix-style repair,
  Xin & Reiss 2017, Jiang et al. 2018): the code says which conversion the value needs, the message
  only that its kind was wrong. Ranked higher when the other statement also stores the result under
  the origin's own target name (`rut = stringify_rut(raw_rut)` for `rut = raw_rut`).
- **A timestamp or ISO text where a datetime is compared or subtracted** (`datetime_made`): CPython's
  "'<' not supported between instances of 'float' and 'datetime.datetime'" (or "unsupported operand
  type(s) for -: ...") names a number (or a str) and a datetime: the origin of the other kind is made a
  datetime by the standard library's own constructor for it, `datetime.fromtimestamp(x)` for a number
  (an `st_mtime`, a `time.time()`), `datetime.fromisoformat(x)` for text, spelled by how the file
  imports the module (PyTER's type-casting template with the conversion the expected type defines).

Each edit reads only the origin and, for the first, one walk of its file (kept per file, bounded), so it
stays linear in the walk's origins. Nothing here names a project, a file or a value of a benchmark.
"""

from __future__ import annotations

import ast
import re
from collections import Counter

from healer.engine.fixers.lineedit import Edit, SourceFile, TreeMemo, called_name, imported_as, shorten
from healer.engine.fixers.type_stored import one_line_span

PRIOR_ANALOGUE_TARGET = 0.85  # another statement stores g(E) under the origin's own name
PRIOR_ANALOGUE = 0.75  # the code's own conversion of the same expression, above int()/str() (0.6)
PRIOR_ANALOGUE_NAME = 0.5  # the same bare name wrapped under another target (`data` in `keys_from(data)`)
PRIOR_DATETIME = 0.8  # the origin reads a clock or a file's time: the standard library's float timestamps
PRIOR_DATETIME_OTHER = 0.4
# The standard library's sources of POSIX timestamps (floats): os.stat_result's times, time.time(),
# os.path.get*time(), datetime.timestamp().
TIMESTAMPS = frozenset(
    {"st_mtime", "st_ctime", "st_atime", "st_birthtime", "time", "getmtime", "getctime", "getatime"}
    | {"timestamp"}
)
# Clocks counting from an arbitrary start (time.monotonic's reference point is undefined): never a
# POSIX timestamp, so no datetime is made of them.
NOT_EPOCH = frozenset(
    {"monotonic", "perf_counter", "process_time", "thread_time"}
    | {"monotonic_ns", "perf_counter_ns", "process_time_ns", "thread_time_ns"}
)
MAX_WRAPPERS = 3  # distinct calls offered at one origin, the most frequent first
MAX_NODES = 200_000  # nodes of a file read for its wrapped expressions
MAX_EXPRESSION = 200  # characters of an origin compared with the file's wrapped expressions
# Calls whose result is no converted value of their argument: a test, a size, an identity, output.
NOT_CONVERSIONS = frozenset(
    {"print", "len", "type", "id", "bool", "callable", "hash", "isinstance", "hasattr", "vars", "dir"}
    | {"repr", "iter", "next", "super", "any", "all", "sum", "min", "max", "sorted", "reversed", "enumerate"}
    | {"zip", "append", "extend", "add", "remove", "discard", "write", "update", "join", "format", "get"}
    # a pattern's or a text's search: a match object, a position or a count, never the value converted
    | {
        "match",
        "fullmatch",
        "search",
        "findall",
        "finditer",
        "find",
        "index",
        "count",
        "startswith",
        "endswith",
    }
)
# A difference or an ordering, never a sum: `datetime + datetime` is itself a TypeError, so making the
# number of "for +:" a datetime can never pass (that message wants a timedelta, not this edit).
DATETIME_CLASH = re.compile(
    r"(?:not supported between instances of|unsupported operand type\(s\) for -=?:) '([\w.]+)' and '([\w.]+)'"
)

CONSTRUCTORS = {"int": "fromtimestamp", "float": "fromtimestamp", "str": "fromisoformat"}


def wrapper_edits(sf: SourceFile, value: ast.expr, messages: list[str]) -> list[Edit]:
    """The edits of this module at one origin the walk reached (`value`, where the value was made)."""
    return [*analogue_wrappers(sf, value), *datetime_made(sf, value, messages)]


def _wrappable(value: ast.expr) -> bool:
    if isinstance(value, ast.Name):
        return value.id not in ("self", "cls")
    return isinstance(value, (ast.Attribute, ast.Call, ast.Subscript))


def _target_text(sf: SourceFile, value: ast.expr) -> str:
    """The one name (or attribute) an assignment stores `value` under, else ""."""
    parent = sf.parent(value)
    if isinstance(parent, ast.Assign) and parent.value is value and len(parent.targets) == 1:
        return ast.unparse(parent.targets[0])
    if isinstance(parent, (ast.AnnAssign, ast.AugAssign)) and parent.value is value:
        return ast.unparse(parent.target)
    return ""


def _wrapped(sf: SourceFile) -> dict[str, list[tuple[str, str, ast.Call]]]:
    """Per argument text, (wrapper text, target text, call) of each one-argument call whose result is used."""
    found: dict[str, list[tuple[str, str, ast.Call]]] = {}
    for count, node in enumerate(ast.walk(sf.tree)):
        if count > MAX_NODES:
            break
        if not isinstance(node, ast.Call) or len(node.args) != 1 or node.keywords:
            continue
        argument = node.args[0]
        if isinstance(argument, ast.Starred) or not _wrappable(argument) or not _short(node.func):
            continue  # (a callee over many lines or chars, a builder chain's link, is no conversion)
        if called_name(node) in NOT_CONVERSIONS or isinstance(sf.parent(node), ast.Expr):
            continue  # a test, a size or output; or a call made for its effect, its result dropped
        if _tested(sf, node):
            continue  # `if is_valid(raw):`: a predicate's truth, no value made from the argument
        try:
            text = ast.unparse(argument)
            if len(text) > MAX_EXPRESSION:
                continue
            found.setdefault(text, []).append((_callee_text(node.func), _target_text(sf, node), node))
        except RecursionError:
            continue  # (calls nested, or a target's attributes chained, as deep as the parser allows)
    return found


def _short(func: ast.expr) -> bool:
    """The callee is written on one line in at most MAX_EXPRESSION bytes: read from its positions, before
    any ast.unparse, which would walk each link of a call chain again (quadratic, and recursing past
    Python's limit at ~170 links) for callees that are never a wrapper anyway."""
    return func.end_lineno == func.lineno and func.end_col_offset - func.col_offset <= MAX_EXPRESSION


def _callee_text(func: ast.expr) -> str:
    """The callee as it can be written before `(`: `(a or b)` and `(lambda s: s)` keep their
    parentheses (ast.unparse drops them at the top, and `a or b(x)` is another program)."""
    text = ast.unparse(func)
    return text if isinstance(func, (ast.Name, ast.Attribute, ast.Call, ast.Subscript)) else f"({text})"


def _tested(sf: SourceFile, node: ast.expr) -> bool:
    """`node`'s result is only tested for its truth: an if/while/assert/ternary condition, a
    comprehension's filter or `not`'s operand, through any `and`/`or` around it."""
    child, parent = node, sf.parent(node)
    while isinstance(parent, ast.BoolOp):
        child, parent = parent, sf.parent(parent)
    if isinstance(parent, (ast.If, ast.While, ast.Assert, ast.IfExp)):
        return parent.test is child
    if isinstance(parent, ast.comprehension):
        return any(test is child for test in parent.ifs)
    return isinstance(parent, ast.UnaryOp) and isinstance(parent.op, ast.Not)


_WRAPPED = TreeMemo(limit=16)


def analogue_wrappers(sf: SourceFile, value: ast.expr) -> list[Edit]:
    """`rut = raw_rut` where the file writes `rut = stringify_rut(raw_rut)` elsewhere: the same call here."""
    if not _wrappable(value) or not _made(sf, value):
        return []
    span = one_line_span(sf, value)
    if span is None:
        return []
    try:
        text, target = ast.unparse(value), _target_text(sf, value)
    except RecursionError:
        return []  # a one-line chain of a few hundred links: longer than any wrapped copy it could match
    uses = _wrapped_memo(sf).get(text, [])
    parent = sf.parent(value)
    counts: Counter[str] = Counter()
    same_target: set[str] = set()
    for func, stored, call in uses:
        if call is parent or (isinstance(parent, ast.Call) and ast.unparse(parent.func) == func):
            continue  # the origin already is this call's argument
        counts[func] += 1
        if target and stored == target:
            same_target.add(func)
    ranked = sorted(counts, key=lambda f: (f not in same_target, -counts[f]))[:MAX_WRAPPERS]
    line, start, end = span
    written = sf.line_text(line)[start:end]
    edits = []
    for func in ranked:
        new = f"{func}({written})"
        prior = PRIOR_ANALOGUE_TARGET if func in same_target else PRIOR_ANALOGUE
        if func not in same_target and isinstance(value, ast.Name):
            prior = PRIOR_ANALOGUE_NAME  # a bare name is handed to many calls: weak evidence alone
        description = (
            f"make the value as the file does elsewhere: {shorten(new)} instead of {shorten(written)}"
        )
        edits.append(Edit(line, ((start, end, new),), description, prior, "provenance"))
    return edits


def _made(sf: SourceFile, value: ast.expr) -> bool:
    """`value` is what a statement stores or returns: a making statement, not an argument of a use."""
    parent = sf.parent(value)
    return isinstance(parent, (ast.Assign, ast.AnnAssign, ast.Return)) and parent.value is value


def _wrapped_memo(sf: SourceFile) -> dict[str, list[tuple[str, str, ast.Call]]]:
    return _WRAPPED.get(sf, _wrapped)


def _datetime_clash(messages: list[str]) -> tuple[str, str] | None:
    """(the other operand's type, `datetime` or `date`) of the first comparison or difference of a
    plain type with a datetime among the messages, in either order."""
    for found in DATETIME_CLASH.finditer(" ".join(messages)):
        for mine, theirs in (found.groups(), reversed(found.groups())):
            if theirs in ("datetime.datetime", "datetime.date") and "." not in mine:
                return mine, theirs.split(".")[1]
    return None


def datetime_made(sf: SourceFile, value: ast.expr, messages: list[str]) -> list[Edit]:
    """`mtime = st.st_mtime` compared with a datetime: `datetime.fromtimestamp(st.st_mtime)` where it is made."""
    clash = _datetime_clash(messages)
    if (
        clash is None
        or not _wrappable(value)
        or (isinstance(value, ast.Name) and value.id in ("datetime", "date"))
    ):
        return []
    other, kind = clash
    constructor = CONSTRUCTORS.get(other)
    spelling = imported_as(sf.tree, "datetime", kind)
    if constructor is None or spelling is None:
        return []
    span = one_line_span(sf, value)
    if span is None:
        return []
    line, start, end = span
    written = sf.line_text(line)[start:end]
    if "datetime" in written or "date" in written.split("."):
        return []  # already made by the module: not a raw number or text
    # a Name counts only when called (`time()`): `time` in `time.monotonic()` is the module
    read = {
        n.attr if isinstance(n, ast.Attribute) else n.id
        for n in ast.walk(value)
        if isinstance(n, ast.Attribute)
        or (isinstance(n, ast.Name) and isinstance(sf.parent(n), ast.Call) and sf.parent(n).func is n)
    }
    if read & NOT_EPOCH:
        return []  # seconds since an arbitrary start: as a date, 1970 plus the machine's uptime
    prior = PRIOR_DATETIME if other == "str" or read & TIMESTAMPS else PRIOR_DATETIME_OTHER
    constructors = [(constructor, prior)]
    if constructor == "fromtimestamp" and kind == "datetime" and _NAIVE_UTC.get(sf, _naive_utc):
        # fromtimestamp() is local time; a module that compares with utcnow() keeps naive UTC, and the
        # sandbox (UTC) cannot tell the two apart: the module's own convention first
        constructors = [("utcfromtimestamp", prior), (constructor, prior - 0.1)]
    edits = []
    for name, rank in constructors:
        new = f"{spelling}.{name}({written})"
        description = (
            f"make a {kind} where the value is made: {shorten(new)} instead of the {other} {shorten(written)}"
        )
        edits.append(Edit(line, ((start, end, new),), description, rank, "provenance"))
    return edits


def _naive_utc(sf: SourceFile) -> bool:
    """The module makes naive UTC datetimes (`datetime.utcnow()`, `utcfromtimestamp(...)`)."""
    return any(
        isinstance(n, ast.Attribute) and n.attr in ("utcnow", "utcfromtimestamp") for n in ast.walk(sf.tree)
    )


_NAIVE_UTC = TreeMemo(limit=16)
