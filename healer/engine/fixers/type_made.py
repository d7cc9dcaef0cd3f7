"""TypeErrors answered where the value is MADE, not at its use (round 48, pytypes22).

The provenance walk (type_provenance.Provenance) reaches the expression a crash's value was made by; when
no edit there changes the value's kind, the only candidates left are at the use (`(x,)`, `list(x)[i]`,
`x or []`, `str(x)`), which make the crash go away for that use while the value stays wrong for every
other. These edits act at such an origin, each from how Python behaves, never from one project's text:

- **An item taken where the whole was meant** (`whole_for_item`): `self.expr = t[0]` keeps the first
  item of a sequence, and the use that iterates it, indexes it or takes its len() raises "'String'
  object is not iterable" (or "... is not subscriptable", "argument of type 'X' is not iterable",
  "object of type 'X' has no len()"): the value made by indexing with a constant is the sequence itself.
- **A set comprehension where a sequence is wanted** (`comprehension_kind`): `{k for k in row}` indexed
  later raises "'set' object is not subscriptable": the comprehension made with brackets keeps the
  items in order and takes an index (a set display is origin_edits' already; a comprehension was not).
- **A number literal where text is wanted, spelled as written** (`literal_spelling`): `color = 00`
  refused by "attribute name must be string, not 'int'" (or another message demanding str of an int):
  the literal's own spelling quoted, `"00"`, which keeps what the source says where `str(00)` is `'0'`
  (leading zeros, underscores, a hex spelling are lost by a conversion).
- **A bracket closed after a generator's element** (`bracket_around_element`): `tuple([d] for i in r)`
  makes a tuple of one-element lists, refused where an item is used ("can only concatenate list (not
  \"int\") to list"): the bracket closed after the loop instead (`tuple([d for i in r])`), or the bare
  element.
- **Pairs listed where a mapping is wanted** (`pairs_for_mapping`): `[(k, f(v)) for k, v in d.items()]`
  refused by "argument after ** must be a mapping, not list" (or a str index of the list): the dict
  comprehension `{k: f(v) for ...}` the pairs stand for.
- **A None passed where a container is used** (`none_for_container`): `f(features=None)` whose value
  reaches `x in self.features` ("argument of type 'NoneType' is not iterable"): the empty container of
  the kind the parameter's other values have at the file's calls and stores (`set()` when another call
  passes `set(...)`), else an empty list.

Each edit reads only the node it is given (the last also reads the file's keyword values, in one walk per
file kept for its next origins), so it stays linear in the walk's origins.
"""

from __future__ import annotations

import ast
import re

from healer.engine.fixers.lineedit import Edit, SourceFile, TreeMemo, shorten
from healer.engine.fixers.type_stored import one_line_span

PRIOR_WHOLE = 0.8
PRIOR_COMPREHENSION = 0.85
PRIOR_SPELLING = 0.9  # the spelling differs from str() of the value: str() would change what it says
PRIOR_SPELLING_SAME = 0.6
PRIOR_EMPTY = 0.85
PRIOR_BRACKET = 0.85
PRIOR_PAIRS = 0.85
MAX_LITERAL = 40  # characters of a literal's spelling quoted
MAX_SIBLING_NODES = 200_000  # nodes of a file read once for the kind of a keyword's other values
MAX_INDEXED = 16  # files whose keyword values are kept

# The value cannot be iterated, indexed or measured: an item where its sequence was meant.
WHOLE_WANTED = re.compile(
    r"'(\w+)' object is not (?:iterable|subscriptable|reversible)|argument of type '(\w+)' is not iterable"
    r"|object of type '(\w+)' has no len\(\)"
)
SET_SEQUENCE = re.compile(
    r"'set' object is not (?:subscriptable|reversible)|'set' object does not support indexing"
)
STR_FROM_INT = re.compile(
    r"must be (?:a )?str(?:ing)?,? not '?int'?|can only concatenate str \(not \"int\"\) to str"
    r"|expected str(?:ing)? (?:instance|or bytes-like object)?,? (?:got )?'?int'?(?: found)?"
    r"|sequence item \d+: expected str instance, int found"
)
NONE_CONTAINER = re.compile(
    r"argument of type 'NoneType' is not iterable|'NoneType' object is not (?:iterable|subscriptable)"
    r"|object of type 'NoneType' has no len\(\)"
)
LIST_REFUSED = re.compile(r"\blist\b")
MAPPING_REFUSED = re.compile(
    r"must be a mapping, not list|list indices must be integers or slices, not str"
    r"|'list' object has no attribute '(?:items|keys|values|get)'"
)
EMPTY_OF = {"set": "set()", "frozenset": "frozenset()", "list": "[]", "tuple": "()", "dict": "{}"}


def made_edits(sf: SourceFile, value: ast.expr, messages: list[str]) -> list[Edit]:
    """The edits of this module at one origin the walk reached (`value`, where the value was made)."""
    text = " ".join(messages)
    return [
        *whole_for_item(sf, value, text),
        *comprehension_kind(sf, value, text),
        *literal_spelling(sf, value, text),
        *none_for_container(sf, value, text),
        *bracket_around_element(sf, value, text),
        *pairs_for_mapping(sf, value, text),
    ]


def _constant_index(node: ast.expr) -> bool:
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        node = node.operand
    return isinstance(node, ast.Constant) and type(node.value) is int


def whole_for_item(sf: SourceFile, value: ast.expr, text: str) -> list[Edit]:
    """`x = t[0]` refused as an item where a sequence is iterated, indexed or measured: `x = t`."""
    found = WHOLE_WANTED.search(text)
    if not found or not isinstance(value, ast.Subscript) or not _constant_index(value.slice):
        return []
    refused = next(g for g in found.groups() if g)
    if refused in ("type", "NoneType", "method", "function", "builtin_function_or_method"):
        return []  # a class, None or a callable is no item taken from a sequence
    span, whole = one_line_span(sf, value), one_line_span(sf, value.value)
    if span is None or whole is None or whole[0] != span[0]:
        return []
    line, start, end = span
    written = sf.line_text(line)[start:end]
    inner = sf.line_text(line)[whole[1] : whole[2]]
    description = f"keep {shorten(inner)} itself where the value is made, not its item {shorten(written)}"
    return [Edit(line, ((start, end, inner),), description, PRIOR_WHOLE, "provenance")]


def comprehension_kind(sf: SourceFile, value: ast.expr, text: str) -> list[Edit]:
    """`{f(x) for x in xs}` refused as a set where a sequence is indexed: `[f(x) for x in xs]`."""
    if not isinstance(value, ast.SetComp) or not SET_SEQUENCE.search(text):
        return []
    span = one_line_span(sf, value)  # characters, not end_col_offset's UTF-8 bytes (review 48)
    if span is None:
        return []  # a comprehension over lines: one line's edit cannot hold both brackets
    line, start, end = span
    body = sf.line_text(line)
    if body[start : start + 1] != "{" or body[end - 1 : end] != "}":
        return []
    written = body[start:end]
    description = f"make a list comprehension where the value is made, not the set {shorten(written)}"
    return [
        Edit(
            line,
            ((start, start + 1, "["), (end - 1, end, "]")),
            description,
            PRIOR_COMPREHENSION,
            "provenance",
        )
    ]


def bracket_around_element(sf: SourceFile, value: ast.expr, text: str) -> list[Edit]:
    """`tuple([d] for i in r)` whose items are refused as lists: the bracket closed after the element
    belongs after the loop (`tuple([d for i in r])`, a list comprehension handed to the call), and the
    element bare (`tuple(d for i in r)`) lower."""
    if not (
        isinstance(value, ast.List)
        and len(value.elts) == 1
        and not isinstance(value.elts[0], ast.Starred)
        and LIST_REFUSED.search(text)
    ):
        return []
    loop = sf.parent(value)
    if not (isinstance(loop, ast.GeneratorExp) and loop.elt is value and loop.generators):
        return []
    call = sf.parent(loop)
    if not (isinstance(call, ast.Call) and call.args == [loop] and not call.keywords):
        return []
    span, inner = one_line_span(sf, value), one_line_span(sf, value.elts[0])
    last = loop.generators[-1]
    tail = last.ifs[-1] if last.ifs else last.iter
    after = one_line_span(sf, tail)
    if span is None or inner is None or after is None or not (span[0] == inner[0] == after[0]):
        return []
    line, start, end = span
    body = sf.line_text(line)
    if body[start : start + 1] != "[" or body[end - 1 : end] != "]":
        return []
    element = body[inner[1] : inner[2]]
    moved = Edit(
        line,
        ((end - 1, end, ""), (after[2], after[2], "]")),
        f"close the list after the loop, not after its element: [{shorten(element)} for ...]",
        PRIOR_BRACKET,
        "provenance",
    )
    bare = Edit(
        line,
        ((start, end, element),),
        f"make each item {shorten(element)} itself where the value is made, not a one-element list",
        PRIOR_BRACKET * 0.8,
        "provenance",
    )
    return [moved, bare]


def pairs_for_mapping(sf: SourceFile, value: ast.expr, text: str) -> list[Edit]:
    """`[(k, f(v)) for k, v in d.items()]` refused where a mapping is wanted (`**` of it, a str key):
    `{k: f(v) for k, v in d.items()}`, the dict the pairs stand for."""
    if not (
        isinstance(value, ast.ListComp)
        and isinstance(value.elt, ast.Tuple)
        and len(value.elt.elts) == 2
        and not any(isinstance(e, ast.Starred) for e in value.elt.elts)
        and MAPPING_REFUSED.search(text)
    ):
        return []
    span, pair = one_line_span(sf, value), one_line_span(sf, value.elt)
    key, item = (one_line_span(sf, e) for e in value.elt.elts)
    if (
        span is None
        or pair is None
        or key is None
        or item is None
        or not (span[0] == pair[0] == key[0] == item[0])
    ):
        return []
    line, start, end = span
    body = sf.line_text(line)
    if body[start : start + 1] != "[" or body[end - 1 : end] != "]":
        return []
    new = "{" + f"{body[key[1] : key[2]]}: {body[item[1] : item[2]]}" + body[pair[2] : end - 1] + "}"
    description = f"make the dict the pairs stand for where the value is made: {shorten(new)}"
    return [Edit(line, ((start, end, new),), description, PRIOR_PAIRS, "provenance")]


def literal_spelling(sf: SourceFile, value: ast.expr, text: str) -> list[Edit]:
    """`color = 00` refused where text is wanted: `color = "00"`, the literal as the source spells it."""
    if not (isinstance(value, ast.Constant) and type(value.value) is int and STR_FROM_INT.search(text)):
        return []
    span = one_line_span(sf, value)
    if span is None:
        return []
    line, start, end = span
    written = sf.line_text(line)[start:end]
    if not written or len(written) > MAX_LITERAL or not written[0].isdigit():
        return []
    prior = PRIOR_SPELLING if written != str(value.value) else PRIOR_SPELLING_SAME
    description = f'write the text "{written}" where the value is made, not the number {written}'
    return [Edit(line, ((start, end, f'"{written}"'),), description, prior, "provenance")]


def none_for_container(sf: SourceFile, value: ast.expr, text: str) -> list[Edit]:
    """`f(features=None)` whose value is iterated later: the empty container the keyword's other values
    are (the file's other calls passing that keyword, or the attribute stored from it), else `[]`."""
    if not (isinstance(value, ast.Constant) and value.value is None and NONE_CONTAINER.search(text)):
        return []
    parent = sf.parent(value)
    if not isinstance(parent, ast.keyword) or parent.arg is None:
        return []  # a default or a store of None is type_demand's; a keyword passed at a call is this one's
    span = one_line_span(sf, value)
    if span is None:
        return []
    line, start, end = span
    kind = _keyword_kind(sf, parent.arg, value)
    new = EMPTY_OF.get(kind or "list", "[]")
    description = f"pass an empty {kind or 'list'}, {new}, for {parent.arg} where the value is made, not None"
    return [Edit(line, ((start, end, new),), description, PRIOR_EMPTY, "provenance")]


def _keyword_kind(sf: SourceFile, keyword: str, skip: ast.expr) -> str | None:
    """The container kind the keyword's other values in the file have (`features=set(x)` at another call,
    `self.features = set()`), when they agree; None when none says or they disagree."""
    kinds = {kind for node, kind in _keyword_values(sf).get(keyword, ()) if node is not skip}
    return next(iter(kinds)) if len(kinds) == 1 else None


_INDEXED = TreeMemo(limit=MAX_INDEXED)


def _keyword_values(sf: SourceFile) -> dict[str, list[tuple[ast.expr, str]]]:
    """Every keyword argument's and attribute store's container value in the file, by name, read in ONE
    walk per parsed file (at most MAX_SIBLING_NODES nodes) and kept for the file's next origins: a
    walk per origin was quadratic (2,000 `flags=None` calls in a 30,000-line module took 14 s)."""
    return _INDEXED.get(sf, _keyword_table)


def _keyword_table(sf: SourceFile) -> dict[str, list[tuple[ast.expr, str]]]:
    table: dict[str, list[tuple[ast.expr, str]]] = {}
    for count, node in enumerate(ast.walk(sf.tree)):
        if count >= MAX_SIBLING_NODES:
            break
        if isinstance(node, ast.keyword) and node.arg is not None:
            name, value = node.arg, node.value
        elif (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Attribute)
        ):
            name, value = node.targets[0].attr, node.value
        else:
            continue
        kind = _container_kind(value)
        if kind:
            table.setdefault(name, []).append((value, kind))
    return table


def _container_kind(node: ast.expr) -> str | None:
    if isinstance(node, (ast.Set, ast.SetComp)):
        return "set"
    if isinstance(node, (ast.List, ast.ListComp)):
        return "list"
    if isinstance(node, (ast.Dict, ast.DictComp)):
        return "dict"
    if isinstance(node, ast.Tuple):
        return "tuple"
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in EMPTY_OF:
        return node.func.id
    return None
