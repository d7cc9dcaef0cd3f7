"""LOGIC edit families whose ingredient is a sibling: another element, another entry, another method.

Generic templates of the repair literature, applied as AST-located splices like `logic_widened`
(every byte outside the edited span stays as it was):

- the elements of a short sequence literal put in another order (one moved to the front or the end,
  two neighbours swapped): a table of steps applied in turn (replacements, patterns, handlers) whose
  order is its meaning. TBar's "mutate statement order" (Liu et al., ISSTA 2019) on data instead of
  statements. Raised when the elements are one expression apart by a single name part that names a
  conventional order (`[f(node.stop), f(node.start)]`: start before stop, key before value), written
  backwards: the order the names themselves carry (name-based argument-selection defects, Rice et al.,
  OOPSLA 2017; Liu et al., "Nomen est omen", ICSE 2016). First when a later pair's pattern occurs in what an earlier pair produces or matches
  (`[("<", "&lt;"), ("&", "&amp;")]`: the `&` step rewrites the `&` the first step wrote): in a
  sequential rewrite the one whose pattern others' output contains must go first (Python's
  `str.replace` applied in list order);
- a one-element container assigned where the entry already holds one (`d[k] = {v}`, `d[k] = [v]`)
  made an in-place update (`d[k].add(v)`, `d[k].append(v)`): TBar's "mutate method invocation"
  (FP7) with the receiver's sibling method, assignment vs in-place update;
- a name or attribute whose name ends in a number (`ctypes.c_uint32`, `np.int64`, `hashlib.sha1`)
  given a sibling the module uses with the same stem and another number: a width, a size, a version
  of one family (PraPR's "field/method replacement by a same-typed sibling", Ghanbari et al., ISSTA
  2019; ssFix's code-search ingredients from the same file, Xin & Reiss, ASE 2017);
- a separator literal (a one- to three-character string of punctuation, `"_"`) or a whole number given
  another of its kind that the enclosing function spells (`separator="-"` two lines up; `idx * 3` beside
  `or 2`): ssFix's and PraPR's constant replacement with ingredients from the local context, the
  nearest first (at most MAX_LOCAL_CONSTANTS; a number one off is the literal edits' already);
- the value of a keyed pair (`(KEY, value)` in a list, `KEY: value` in a dict) given the value the
  module pairs with the same KEY elsewhere: one key, one meaning (usage consistency, DeepBugs: Pradel
  & Sen, OOPSLA 2018; deviant behaviour, Engler et al., SOSP 2001).
"""

from __future__ import annotations

import ast
import itertools
import re

from healer.engine.fixers.lineedit import SourceFile, function_at, shorten
from healer.engine.fixers.logic_templates import Rewrite, Splicer

ORDER_PRIOR = 0.2  # an order slip among neutral elements: rarer than an operator's
DEPENDENT_ORDER_PRIOR = 0.7  # one step's pattern in another's output: the order is the question
RESOLVING_PRIOR = 0.45  # resolves the conflict but moves more than it must
MAX_ORDER_ELEMENTS = 8
# Elements differing only in a name part of a conventional sequence, written out of it: the names say the
# order, above the line's generic swaps of a variable (0.4) but below an operator slip's evidence.
NAMED_ORDER_PRIOR = 0.5
# Name parts whose order is a convention of the language's own APIs (range, slices, dict items, min/max);
# dates and coordinates are left out: (day, month) and (y, x) are both idiomatic.
CONVENTIONAL_ORDERS = (
    ("start", "stop", "step"),
    ("start", "end"),
    ("begin", "end"),
    ("first", "last"),
    ("min", "max"),
    ("lo", "hi"),
    ("low", "high"),
    ("lower", "upper"),
    ("head", "tail"),
    ("prev", "next"),
    ("before", "after"),
    ("open", "close"),
    ("src", "dst"),
    ("source", "target"),
    ("key", "value"),
    ("old", "new"),
)  # a table of steps, not a data set
IN_PLACE_PRIOR = 0.45
DIGIT_SIBLING_PRIOR = 0.3
KEYED_PAIR_PRIOR = 0.5  # the module itself pairs the key with that value, in another table
MAX_KEYED_VALUES = 3

SEPARATOR_PRIOR = 0.22  # below the collection steps (0.25): a guess from context, not evidence
LOCAL_NUMBER_PRIOR = 0.18
MAX_LOCAL_CONSTANTS = 3
_DIGIT_NAME_RE = re.compile(r"^(\D*\D)(\d+)$")
# One-element displays and the in-place method that adds their element to an existing container.
_IN_PLACE = {ast.Set: "add", ast.List: "append"}
_MODULE_CACHE: dict[int, tuple[SourceFile, dict[str, set[str]], dict[str, set[str]]]] = {}


def sibling_rewrites(sf: SourceFile, line: int) -> list[Rewrite]:
    """Every edit of these families that starts on `line`, unranked."""
    sp = Splicer(sf)
    found: list[Rewrite] = []
    for node in sf.nodes_starting(line):
        if isinstance(node, ast.List | ast.Tuple) and sf.on_one_line(node):
            found += _reordered(sp, line, node)
        elif isinstance(node, ast.Assign):
            found += _in_place(sp, line, node)
        elif isinstance(node, ast.Attribute | ast.Name) and sf.on_one_line(node):
            found += _digit_siblings(sf, sp, line, node)
        if isinstance(node, ast.Constant) and sf.on_one_line(node):
            found += _local_constants(sf, sp, line, node)
        if isinstance(node, ast.Tuple) and len(node.elts) == 2 and _in_table(sf, node):
            found += _keyed(sf, sp, line, node.elts[0], node.elts[1])
        elif isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if key is not None and key.lineno == line:
                    found += _keyed(sf, sp, line, key, value)
    return found


def _in_table(sf: SourceFile, node: ast.Tuple) -> bool:
    """A pair that is an entry of a sequence literal (a table of fields), not a returned or passed tuple."""
    return isinstance(sf.parent(node), ast.List | ast.Tuple | ast.Set)


# -- element order -----------------------------------------------------------------------------------
def _orders(count: int) -> list[tuple[list[int], str]]:
    """Permutations of range(count): one element to the front or the end, two neighbours swapped."""
    seen: set[tuple[int, ...]] = {tuple(range(count))}
    out = []
    for i in range(count):
        rest = [j for j in range(count) if j != i]
        for order, label in (([i, *rest], f"element {i + 1} first"), ([*rest, i], f"element {i + 1} last")):
            if tuple(order) not in seen:
                seen.add(tuple(order))
                out.append((order, label))
        if i + 1 < count:
            order = list(range(count))
            order[i], order[i + 1] = order[i + 1], order[i]
            if tuple(order) not in seen:
                seen.add(tuple(order))
                out.append((order, f"swap elements {i + 1} and {i + 2}"))
    return out


def _patterns(node: ast.expr) -> tuple[str, str] | None:
    """(pattern, product) of a `(str, str)` step, else None."""
    if isinstance(node, ast.Tuple) and len(node.elts) >= 2:
        first, second = node.elts[0], node.elts[1]
        if all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in (first, second)):
            return first.value, second.value
    return None


def _conflicts(first: tuple[str, str] | None, then: tuple[str, str] | None) -> bool:
    """Applying `first` before `then` goes wrong: `then` rewrites what `first` wrote, or `first`'s
    pattern, a part of `then`'s, matches before it (`"<"` ahead of `"<="`)."""
    if first is None or then is None or not then[0] or not first[0] or first[0] == then[0]:
        return False
    return then[0] in first[1] or first[0] in then[0]


def _consistent(steps: list[tuple[str, str] | None], order: list[int]) -> bool:
    return not any(_conflicts(steps[a], steps[b]) for i, a in enumerate(order) for b in order[i + 1 :])


def _inversions(order: list[int]) -> int:
    return sum(1 for i, a in enumerate(order) for b in order[i + 1 :] if a > b)


def _reordered(sp: Splicer, line: int, node: ast.List | ast.Tuple) -> list[Rewrite]:
    elts = node.elts
    if not 2 <= len(elts) <= MAX_ORDER_ELEMENTS or any(isinstance(e, ast.Starred) for e in elts):
        return []
    if len({type(e) for e in elts}) != 1 or isinstance(elts[0], ast.Constant | ast.Name):
        return []  # steps are compound (pairs, calls); a list of scalars is data, sorted by the collection edits
    steps = [_patterns(e) for e in elts]
    texts = [sp.text(e) for e in elts]
    start, end = sp.span(elts[0])[0], sp.span(elts[-1])[1]
    separators = [sp.sf.text[sp.span(a)[1] : sp.span(b)[0]] for a, b in itertools.pairwise(elts)]
    broken = not _consistent(steps, list(range(len(elts))))
    orders = _orders(len(elts))
    # Of the orders that resolve every conflict, the ones that move least (fewest pairs inverted, Kendall's
    # distance) are the likeliest slip: one step put in the wrong place.
    fixing = {tuple(order): _inversions(order) for order, _ in orders if broken and _consistent(steps, order)}
    least = min(fixing.values(), default=0)
    named = _named_order(elts)
    found = []
    for order, label in orders:
        inverted = fixing.get(tuple(order))
        prior = (
            ORDER_PRIOR
            if inverted is None
            else DEPENDENT_ORDER_PRIOR
            if inverted == least
            else RESOLVING_PRIOR
        )
        if tuple(order) == named:
            prior = max(prior, NAMED_ORDER_PRIOR)
        new = texts[order[0]] + "".join(sep + texts[i] for sep, i in zip(separators, order[1:], strict=True))
        found.append(
            Rewrite(
                line=line,
                spans=((start, end, new),),
                description=f"reorder {shorten(sp.text(node))}: {label}",
                prior=prior,
                kind="move",
            )
        )
    return found


def _identifiers(node: ast.expr) -> tuple[str, list[str]]:
    """(the expression's shape with its names blanked, its names and attributes in walk order)."""
    names: list[str] = []
    for inner in ast.walk(node):
        if isinstance(inner, ast.Name):
            names.append(inner.id)
        elif isinstance(inner, ast.Attribute):
            names.append(inner.attr)
    blank = ast.dump(node, annotate_fields=False)
    for name in set(names):
        blank = blank.replace(f"'{name}'", "''")
    return blank, names


def _named_order(elts: list[ast.expr]) -> tuple[int, ...] | None:
    """The order `elts` take when they differ in one name part of a conventional sequence and are written
    out of it (`[f(n.stop), f(n.start)]` → (1, 0)); None when they are in it or differ otherwise."""
    read = [_identifiers(e) for e in elts]
    if len({shape for shape, _names in read}) != 1 or len({len(names) for _s, names in read}) != 1:
        return None
    columns = [i for i in range(len(read[0][1])) if len({names[i] for _s, names in read}) > 1]
    if len(columns) != 1:
        return None  # one name apart, or nothing says which element is which
    parts = [names[columns[0]].lower().split("_") for _s, names in read]
    if len({len(p) for p in parts}) != 1:
        return None
    differing = [i for i in range(len(parts[0])) if len({p[i] for p in parts}) > 1]
    if len(differing) != 1:
        return None
    words = [p[differing[0]] for p in parts]
    for sequence in CONVENTIONAL_ORDERS:
        if len(set(words)) == len(words) and all(w in sequence for w in words):
            order = tuple(sorted(range(len(words)), key=lambda i: sequence.index(words[i])))
            return None if order == tuple(range(len(words))) else order
    return None


# -- assignment vs in-place update --------------------------------------------------------------------
def _in_place(sp: Splicer, line: int, node: ast.Assign) -> list[Rewrite]:
    """`d[k] = {v}` -> `d[k].add(v)`, `x.items = [v]` -> `x.items.append(v)`."""
    if len(node.targets) != 1 or not isinstance(node.targets[0], ast.Subscript | ast.Attribute):
        return []  # a plain name bound to a fresh container is an initialisation, not a slip
    value = node.value
    method = _IN_PLACE.get(type(value))
    if method is None or len(value.elts) != 1 or isinstance(value.elts[0], ast.Starred):
        return []
    target = sp.text(node.targets[0])
    element = sp.text(value.elts[0])
    start, end = sp.span(node)
    return [
        Rewrite(
            line=line,
            spans=((start, end, f"{target}.{method}({element})"),),
            description=f"update {shorten(target)} in place: .{method}({shorten(element)})",
            prior=IN_PLACE_PRIOR,
            kind="call",
        )
    ]


# -- constants of the enclosing function ----------------------------------------------------------------
def _kind(value: object) -> str | None:
    if isinstance(value, str) and 1 <= len(value) <= 3 and not any(c.isalnum() or c.isspace() for c in value):
        return "separator"
    if isinstance(value, int) and not isinstance(value, bool):
        return "number"
    return None


def _spelled(value: object, own: str) -> str:
    """The literal in the quotes the file used for the one it replaces."""
    if isinstance(value, str) and own[:1] == '"' and '"' not in value and "\\" not in value:
        return f'"{value}"'
    return repr(value)


def _local_constants(sf: SourceFile, sp: Splicer, line: int, node: ast.Constant) -> list[Rewrite]:
    kind = _kind(node.value)
    scope = function_at(sf, line)
    if kind is None or scope is None:
        return []  # module level: every constant of the module is a stranger's, not this statement's
    near: dict[object, int] = {}
    for other in ast.walk(scope):
        if (
            isinstance(other, ast.Constant)
            and _kind(other.value) == kind
            and type(other.value) is type(node.value)
        ):
            value = other.value
            if value == node.value or (kind == "number" and abs(value - node.value) <= 1):
                continue
            distance = abs(other.lineno - line)
            near[value] = min(distance, near.get(value, distance))
    chosen = sorted(near, key=lambda v: (near[v], repr(v)))[:MAX_LOCAL_CONSTANTS]
    start, end = sp.span(node)
    prior = SEPARATOR_PRIOR if kind == "separator" else LOCAL_NUMBER_PRIOR
    return [
        Rewrite(
            line=line,
            spans=((start, end, _spelled(value, sp.text(node))),),
            description=f"use {value!r} instead of {node.value!r}, as the function does elsewhere",
            prior=prior,
            kind="literal",
        )
        for value in chosen
    ]


# -- the module's own siblings ----------------------------------------------------------------------
def _module_index(sf: SourceFile) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(dotted names by receiver+stem, value texts by constant key) of the whole module, once per file."""
    cached = _MODULE_CACHE.get(id(sf))
    if cached is not None and cached[0] is sf:
        return cached[1], cached[2]
    sp = Splicer(sf)
    stems: dict[str, set[str]] = {}
    keyed: dict[str, set[str]] = {}
    for node in ast.walk(sf.tree):
        if isinstance(node, ast.Attribute | ast.Name):
            stem = _stem(sp, node)
            if stem is not None:
                stems.setdefault(stem, set()).add(sp.text(node))
        pairs = []
        if isinstance(node, ast.Tuple) and len(node.elts) == 2:
            pairs.append((node.elts[0], node.elts[1]))
        elif isinstance(node, ast.Dict):
            pairs += [(k, v) for k, v in zip(node.keys, node.values, strict=True) if k is not None]
        for key, value in pairs:
            if isinstance(key, ast.Constant) and isinstance(key.value, str) and key.value:
                keyed.setdefault(repr(key.value), set()).add(sp.text(value))
    if len(_MODULE_CACHE) > 64:
        _MODULE_CACHE.clear()
    _MODULE_CACHE[id(sf)] = (sf, stems, keyed)
    return stems, keyed


def _stem(sp: Splicer, node: ast.Attribute | ast.Name) -> str | None:
    name = node.attr if isinstance(node, ast.Attribute) else node.id
    match = _DIGIT_NAME_RE.match(name)
    if match is None:
        return None
    receiver = sp.text(node.value) + "." if isinstance(node, ast.Attribute) else ""
    return receiver + match.group(1)


def _digit_siblings(sf: SourceFile, sp: Splicer, line: int, node: ast.Attribute | ast.Name) -> list[Rewrite]:
    stem = _stem(sp, node)
    if stem is None:
        return []
    own = sp.text(node)
    start, end = sp.span(node)
    return [
        Rewrite(
            line=line,
            spans=((start, end, other),),
            description=f"use {other} instead of {own}",
            prior=DIGIT_SIBLING_PRIOR,
            kind="sibling",
        )
        for other in sorted(_module_index(sf)[0].get(stem, set()) - {own})
    ]


def _keyed(sf: SourceFile, sp: Splicer, line: int, key: ast.expr, value: ast.expr) -> list[Rewrite]:
    if not (isinstance(key, ast.Constant) and isinstance(key.value, str) and key.value):
        return []
    own = sp.text(value)
    others = sorted(_module_index(sf)[1].get(repr(key.value), set()) - {own})
    if not others or len(others) > MAX_KEYED_VALUES or "\n" in own:
        return []  # a key paired with many values is a generic name ('type', 'name'), not one meaning
    start, end = sp.span(value)
    return [
        Rewrite(
            line=line,
            spans=((start, end, other),),
            description=f"pair {key.value!r} with {shorten(other)} as elsewhere in the module",
            prior=KEYED_PAIR_PRIOR,
            kind="sibling",
        )
        for other in others
        if "\n" not in other
    ]


__all__ = ["sibling_rewrites"]
