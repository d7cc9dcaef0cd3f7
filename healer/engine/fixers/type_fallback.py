"""When no TypeError family fires: a bounded generic search over the crash's backward slice.

The TypeError families (type_errors.py and its neighbours) are templates keyed by the message: each
knows one shape from the builtins' documented semantics, and a shape nobody wrote a template for gets
no candidate. This fixer is asked only once every regular candidate was rejected (`fallback = True`)
and searches a generic edit space instead (generate-and-validate: GenProg, Le Goues et al., TSE 2012;
PyTER, Oh & Oh, FSE 2022, for the place: the wrong value is usually made before the crash):

- places: the crash line and its callers' lines in the traceback, then the statements that bound the
  values those lines read (the function's own assignments, `value_origins`; the assignments to an
  attribute read as `obj.name` anywhere in the file, and a property's return lines), nearest first;
- edits at each place: the LOGIC search's one-line operators (`logic.line_edits`, reused) plus
  type conversions of an operand (`len`, `str`, `int`, `float`, `list`, `tuple`, `iter`,
  `.encode()`, `.decode()`), a None guard (`x or ''`), a slice made an index (`s[:1]` -> `s[0]`),
  a call's argument dropped or two swapped, and `self.method(...)` replaced by a sibling method of
  the same class taking as many arguments.

Every candidate is compiled before it is offered (the cheap check before the sandbox), ranked by the
place's nearness times the edit's prior, with the prior raised when the message names the type the
conversion deals in, and capped: the search is bounded by the failure's share of the run. Every
candidate is a `guard`: a conversion stops the error whatever the value means, so only a targeted
test that passes is evidence. Nothing here names a project or a benchmark case.
"""

from __future__ import annotations

import ast
import itertools
import re
from collections.abc import Callable
from dataclasses import replace

from healer.engine.fixers.base import Candidate, RepairContext
from healer.engine.fixers.generic import callee_returns, compiles
from healer.engine.fixers.lineedit import FUNCTIONS, Edit, SourceFile, class_at, function_at, named, shorten
from healer.engine.fixers.logic import line_edits
from healer.engine.fixers.logic_templates import control_origins, value_origins
from healer.engine.fixers.type_aliases import sibling_function_edits
from healer.engine.fixers.type_declared import declared_kinds, demanded_defaults
from healer.engine.fixers.type_demand import (
    Origin,
    built_elsewhere,
    callee_results,
    caller_arguments,
    constructor_arguments,
    demands,
    element_edits,
    format_drops,
    loop_sources,
    origin_edits,
    origins,
    repeated_value,
    subjects,
    wrapped_value,
)
from healer.engine.fixers.type_elsewhere import (
    formatted_numbers,
    hash_restorations,
    length_edits,
    membership_containers,
    sibling_attribute_edits,
)
from healer.engine.fixers.type_kinds import callee_values, import_edits, kind_edits, refused_kinds
from healer.engine.fixers.type_made import made_edits
from healer.engine.fixers.type_parsed import number_kept_as_text, parsed_type_edits
from healer.engine.fixers.type_provenance import (
    STEP_DECAY,
    Provenance,
    call_shape_edits,
    codec_edits,
    discarded_results,
    joined_arguments,
    joined_items,
    literal_directions,
    literal_kinds,
    message_types,
)
from healer.engine.fixers.type_provenance import origin_edits as provenance_origin_edits
from healer.engine.fixers.type_remade import (
    binding_decorators,
    packed_appends,
    protocol_aliases,
    remade_edits,
    text_containers,
    zero_ordered,
)
from healer.engine.fixers.type_returned import lost_returns, returned_edits
from healer.engine.fixers.type_shapes import called_names, shape_edits, shapes
from healer.engine.fixers.type_site import RepoIndex, exception_messages, fault_sites
from healer.engine.fixers.type_sources import argument_swaps, augmented_targets, expectations, source_edits
from healer.engine.fixers.type_stored import packed_arguments, stored_edits
from healer.engine.fixers.type_text import text_pair
from healer.engine.fixers.type_wrappers import wrapper_edits
from healer.engine.types import BugType, Failure

MAX_CANDIDATES = 120
MAX_DEMAND_CANDIDATES = 12
MAX_PLACES = 16
MAX_OPERANDS = 8  # per line: the largest expressions first
# (wrapper, the type names in a message that make it likelier, prior). `{}` is the operand's text.
CONVERSIONS: tuple[tuple[str, tuple[str, ...], float], ...] = (
    ("len({})", ("int", "list", "range", "index", "integer"), 0.3),
    ("str({})", ("str", "concatenate"), 0.3),
    ("int({})", ("int", "integer", "index"), 0.3),
    ("float({})", ("float",), 0.2),
    ("list({})", ("list", "generator", "map", "filter", "subscriptable", "len"), 0.25),
    ("tuple({})", ("tuple", "hashable"), 0.2),
    ("iter({})", ("iterator", "iter"), 0.25),
    ("{}.encode()", ("bytes", "bytes-like"), 0.25),
    ("{}.decode()", ("bytes", "str"), 0.2),
    ("({} or '')", ("NoneType", "None"), 0.3),
    ("({} or 0)", ("NoneType", "None"), 0.2),
    ("({} or [])", ("NoneType", "None"), 0.2),
    ("{}[0]", ("list", "tuple", "str"), 0.2),
    # one item where a sequence of them is expected, and back (`return length` for `return length,`)
    ("({},)", ("tuple", "unpack", "iterable"), 0.15),
    ("[{}]", ("list", "iterable"), 0.15),
)
MESSAGE_BOOST = 2.0
COMPOUND = (
    ast.If,
    ast.For,
    ast.AsyncFor,
    ast.While,
    ast.With,
    ast.AsyncWith,
    ast.Try,
    *FUNCTIONS,
    ast.ClassDef,
)
MAX_STATEMENT_LINES = 6
PLACE_DECAY = 0.85
PRIOR_SLICE_INDEX = 0.4
PRIOR_DROP_ARGUMENT = 0.2
PRIOR_SWAP_ARGUMENTS = 0.25
PRIOR_SIBLING_METHOD = 0.2
DEMAND_STEP = 0.95  # an origin the message's demand leads to: one provenance step from the crash
LOGIC_SCALE = 0.8  # the LOGIC operators at a TypeError: below a conversion the message points to
SELF_NAMES = ("self", "cls")


def _parse(ctx: RepairContext, file: str, cache: dict[str, SourceFile | None]) -> SourceFile | None:
    if file not in cache:
        try:
            cache[file] = SourceFile.parse(file, ctx.source(file))
        except (OSError, ValueError):
            cache[file] = None
    return cache[file]


def attribute_origins(sf: SourceFile, line: int) -> list[int]:
    """Lines of the file that made the attributes read on `line`: `x.name = ...`, a property's returns."""
    names = {
        n.attr
        for n in sf.nodes_touching(line)
        if isinstance(n, ast.Attribute) and isinstance(n.ctx, ast.Load) and n.lineno == line
    }
    found: list[int] = []
    for node in ast.walk(sf.tree):
        if isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Attribute) and t.attr in names for t in targets):
                found.append(node.lineno)
        elif isinstance(node, FUNCTIONS) and node.name in names and _is_property(node):
            found += [r.lineno for r in ast.walk(node) if isinstance(r, ast.Return) and r.value is not None]
    return sorted(set(found) - {line})


def _statement_lines(sf: SourceFile, line: int) -> list[int]:
    """The other lines of the simple statement holding `line` (a call or an expression over lines)."""
    simple = [
        node
        for node in sf.nodes_touching(line)
        if isinstance(node, ast.stmt) and not isinstance(node, COMPOUND) and node.end_lineno > node.lineno
    ]
    if not simple:
        return []
    stmt = min(simple, key=lambda node: node.end_lineno - node.lineno)
    last = min(stmt.end_lineno, stmt.lineno + MAX_STATEMENT_LINES)
    return [n for n in range(stmt.lineno, last + 1) if n != line]


def _is_property(func: ast.AST) -> bool:
    return any(
        (isinstance(d, ast.Name) and d.id in ("property", "cached_property"))
        or (isinstance(d, ast.Attribute) and d.attr in ("cached_property", "getter"))
        for d in getattr(func, "decorator_list", [])
    )


def slice_places(failure: Failure, ctx: RepairContext) -> list[tuple[str, int, float]]:
    """(file, line, weight) of the crash, its callers, and what bound the values they read, nearest first."""
    cache: dict[str, SourceFile | None] = {}
    places: list[tuple[str, int, float]] = []
    seen: set[tuple[str, int]] = set()

    def add(file: str, line: int, weight: float) -> None:
        if (file, line) not in seen and not ctx.is_test_file(file):
            seen.add((file, line))
            places.append((file, line, weight))

    sites = fault_sites(failure, ctx, limit=3)
    for file, line, weight in sites:
        add(file, line, weight)
    for file, line, weight in sites:
        sf = _parse(ctx, file, cache)
        if sf is None or line > len(sf.lines):
            continue
        hop = weight * PLACE_DECAY
        # A traceback names a statement's first line; the operand at fault may sit on a later line of it.
        for rest in _statement_lines(sf, line):
            add(file, rest, weight * PLACE_DECAY**0.5)
        origins = value_origins(sf, line)
        for origin in origins:
            add(file, origin, hop)
        # What a function called here returned (PyTER follows values across calls).
        for origin in callee_returns(sf, line):
            add(file, origin, hop)
        # The conditions the crash, or a statement that made its values, is control dependent on: a
        # wrong branch reaches it (Weiser, "Program slicing", ICSE 1981).
        for made in [line, *origins[:3]]:
            for origin in control_origins(sf, made):
                add(file, origin, hop * PLACE_DECAY)
        for origin in attribute_origins(sf, line):
            add(file, origin, hop * PLACE_DECAY)
            # a property's return reads the attribute another method assigned: one more step back
            for further in attribute_origins(sf, origin):
                add(file, further, hop * PLACE_DECAY**2)
    return places[:MAX_PLACES]


class _PlaceEdits:
    """The generic edits of one line that the LOGIC operators do not make."""

    def __init__(self, sf: SourceFile, line: int, messages: list[str]) -> None:
        self.sf = sf
        self.line = line
        self.words = set(re.findall(r"[A-Za-z_-]+", " ".join(messages)))

    def all(self) -> list[Edit]:
        edits: list[Edit] = []
        for node in self.operands():
            edits += self.conversions(node)
        for node in self.sf.nodes_touching(self.line):
            if isinstance(node, ast.Subscript):
                edits += self.slice_to_index(node)
            elif isinstance(node, ast.Call):
                edits += self.arguments(node) + self.sibling_method(node)
        return edits

    def span(self, node: ast.AST) -> tuple[int, int] | None:
        found = self.sf.node_span(node)
        if found is None or found[0] != self.line:
            return None
        return found[1], found[2]

    def operands(self) -> list[ast.expr]:
        """The line's value expressions on it alone, largest first (not call targets, not stores)."""
        found = []
        for node in self.sf.nodes_touching(self.line):
            if not isinstance(
                node, (ast.Name, ast.Attribute, ast.Call, ast.Subscript, ast.ListComp, ast.BinOp)
            ):
                continue
            if not isinstance(getattr(node, "ctx", ast.Load()), ast.Load) or self.span(node) is None:
                continue
            parent = self.sf.parent(node)
            if isinstance(parent, ast.Call) and parent.func is node:
                continue
            if isinstance(parent, ast.Attribute) or (isinstance(node, ast.Name) and node.id in SELF_NAMES):
                continue  # `a.b` is converted whole, never its receiver alone
            found.append(node)
        found.sort(key=lambda n: -(n.end_col_offset - n.col_offset))
        return found[:MAX_OPERANDS]

    def conversions(self, node: ast.expr) -> list[Edit]:
        span = self.span(node)
        if span is None:
            return []
        text = self.sf.line_text(self.line)[span[0] : span[1]]
        simple = isinstance(node, (ast.Name, ast.Attribute, ast.Call, ast.Subscript, ast.ListComp))
        edits = []
        for wrapper, words, prior in CONVERSIONS:
            head = wrapper.split("(")[0]
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == head:
                continue  # already converted
            # inside a call's parentheses any expression stands alone; before `.x`, `[0]` or `or` it needs its own
            new = wrapper.format(text if simple or (wrapper.startswith(head + "(") and head) else f"({text})")
            boost = MESSAGE_BOOST if self.words.intersection(words) else 1.0
            description = f"use {shorten(new)} instead of {shorten(text)}"
            edits.append(Edit(self.line, ((*span, new),), description, min(0.9, prior * boost), "convert"))
        return edits

    def slice_to_index(self, node: ast.Subscript) -> list[Edit]:
        """`s[:1]` / `s[i:]` for `s[0]` / `s[i]`: a one-item slice where the item was meant."""
        if not isinstance(node.slice, ast.Slice) or node.slice.step is not None:
            return []
        lower, upper = node.slice.lower, node.slice.upper
        span = self.span(node.slice)
        if span is None:
            return []
        if lower is None and isinstance(upper, ast.Constant) and upper.value == 1:
            index = "0"
        elif lower is not None and upper is None:
            index = self.sf.segment(lower)
        else:
            return []
        return [
            Edit(
                self.line,
                ((*span, index),),
                f"take item {index} instead of a slice",
                PRIOR_SLICE_INDEX,
                "index",
            )
        ]

    def arguments(self, call: ast.Call) -> list[Edit]:
        """A positional argument dropped, or two neighbours swapped."""
        args = [a for a in call.args if not isinstance(a, ast.Starred)]
        if len(args) != len(call.args) or (call.keywords and len(args) < 2):
            return []
        spans = [self.span(a) for a in args]
        if any(s is None for s in spans):
            return []
        body = self.sf.line_text(self.line)
        edits = []
        for i, (a, b) in enumerate(itertools.pairwise(spans)):
            assert a is not None and b is not None
            first, second = body[a[0] : a[1]], body[b[0] : b[1]]
            spans_swapped = ((a[0], a[1], second), (b[0], b[1], first))
            description = f"swap the {_ordinal(i)} and {_ordinal(i + 1)} arguments ({shorten(first)}, {shorten(second)})"
            edits.append(Edit(self.line, spans_swapped, description, PRIOR_SWAP_ARGUMENTS, "swap"))
        for i, span in enumerate(spans):
            assert span is not None
            if i + 1 < len(spans):
                nxt = spans[i + 1]
                assert nxt is not None
                cut = (span[0], nxt[0], "")
            elif i > 0:
                prev = spans[i - 1]
                assert prev is not None
                cut = (prev[1], span[1], "")
            else:
                cut = (span[0], span[1], "")
            description = f"drop the argument {shorten(body[span[0] : span[1]])}"
            edits.append(Edit(self.line, (cut,), description, PRIOR_DROP_ARGUMENT, "drop"))
        return edits

    def sibling_method(self, call: ast.Call) -> list[Edit]:
        """`self.m(...)` for another method of the class that takes as many arguments."""
        func = call.func
        if not (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)):
            return []
        if func.value.id not in SELF_NAMES or self.span(func) is None:
            return []
        cls = class_at(self.sf, self.line)
        if cls is None:
            return []
        count = len(call.args) + len(call.keywords)
        end = self.span(func)[1]
        start = end - len(func.attr)
        edits = []
        for item in cls.body:
            dunder = item.name.startswith("__") if isinstance(item, FUNCTIONS) else True
            if not isinstance(item, FUNCTIONS) or item.name == func.attr or dunder or _is_property(item):
                continue
            params = [a.arg for a in (*item.args.posonlyargs, *item.args.args)][1:]
            required = len(params) - len(item.args.defaults)
            if required <= count <= len(params) or (item.args.vararg is not None and count >= required):
                description = f"call {func.value.id}.{item.name} instead of {func.value.id}.{func.attr}"
                edits.append(
                    Edit(self.line, ((start, end, item.name),), description, PRIOR_SIBLING_METHOD, "sibling")
                )
        return edits


def _ordinal(index: int) -> str:
    return ("first", "second", "third", "fourth", "fifth")[index] if index < 5 else f"#{index + 1}"


def fallback_edits(sf: SourceFile, line: int, messages: list[str]) -> list[Edit]:
    """Every edit of the generic space at one line, unranked."""
    logic = [
        Edit(e.line, e.spans, e.description, e.prior * LOGIC_SCALE, e.kind, e.path, e.adds_line)
        for e in line_edits(sf, line)
        if e.path is None
    ]
    return [*_PlaceEdits(sf, line, messages).all(), *logic]


def demand_edits(
    failure: Failure, ctx: RepairContext, messages: list[str], cache: dict[str, SourceFile | None]
) -> list[tuple[str, Edit, float]]:
    """(file, edit, weight): edits making the type the message demands where the value was made.

    The subject value at each traceback site is followed back (`_trace`) to where it was made, and
    each origin gets the edits that make the demanded type there; one more step back costs weight.
    """
    wanted = demands(messages)
    if not wanted:
        return []
    sites = fault_sites(failure, ctx, limit=3)
    traced = {(file, line) for file, line, _ in sites}
    found: list[tuple[str, Edit, float]] = []
    for index, (file, line, weight) in enumerate(sites):
        sf = _parse(ctx, file, cache)
        if sf is None or line > len(sf.lines):
            continue
        lines = [line, *_statement_lines(sf, line)]
        for demand in wanted:
            if demand.subject == "format":
                found += [(file, e, weight) for at in lines for e in format_drops(sf, at)]
                continue
            for subject in [s for at in lines for s in subjects(sf, at, demand)]:
                # a str/bytes mix-up is followed wider (round 54): module constants, class attributes,
                # the results of the file's own functions, where such values are usually made
                parsed = number_kept_as_text(demand.have, demand.want)
                wide = text_pair(demand.have, demand.want) or parsed or demand.want == "type"
                wide = wide or (demand.have, demand.want) == ("object", "str")
                made = _trace(ctx, cache, sites, index, sf, subject, items=False, depth=3, wide=wide)
                if parsed:
                    # an option argparse leaves as text (round 54, type_parsed): made at its declaration
                    found += _parsed_edits(ctx, cache, file, subject, made, weight)
                if demand.subject in ("right", "argument"):
                    # the value itself at the crash, then what a function called there returned
                    made = [(Origin(file, subject.lineno, subject, "crash"), False, 0), *made]
                    made += [(o, False, 1) for o in callee_results(sf, subject)]
                for origin, items, steps in made:
                    origin_sf = _parse(ctx, origin.file, cache)
                    if origin_sf is None or ctx.is_test_file(origin.file):
                        continue
                    edits = (element_edits if items else origin_edits)(origin_sf, origin, demand)
                    if steps and (origin.file, origin.line) not in traced:
                        # away from every traceback line: the value's making site, preferred over an
                        # edit at a use when both pass (Engine._making_site_instead), as provenance's are
                        edits = [replace(e, making_site=True) for e in edits]
                    found += [(origin.file, e, weight * DEMAND_STEP**steps) for e in edits]
    return found


def _parsed_edits(
    ctx: RepairContext,
    cache: dict[str, SourceFile | None],
    file: str,
    subject: ast.expr,
    made: list[tuple[Origin, bool, int]],
    weight: float,
) -> list[tuple[str, Edit, float]]:
    """`type=` put back in the declarations of the options the subject's value is read from (`a.seconds`)."""
    reads = [(file, subject, 0), *[(o.file, o.value, steps) for o, items, steps in made if not items]]
    found: list[tuple[str, Edit, float]] = []
    for where, value, steps in reads:
        if not isinstance(value, ast.Attribute) or (where_sf := _parse(ctx, where, cache)) is None:
            continue
        if ctx.is_test_file(where):
            continue
        for edit in parsed_type_edits(where_sf, value.attr):
            found.append((where, replace(edit, making_site=True), weight * DEMAND_STEP ** (steps + 1)))
    return found


def _trace(
    ctx: RepairContext,
    cache: dict[str, SourceFile | None],
    sites: list[tuple[str, int, float]],
    index: int,
    sf: SourceFile,
    subject: ast.expr,
    *,
    items: bool,
    depth: int,
    wide: bool = False,
) -> list[tuple[Origin, bool, int]]:
    """(origin, its items are the value, steps back) of `subject`, read in `sf` at traceback site `index`.

    One step is an assignment in the function or to `self.attr` in the file, a parameter's default,
    the argument the caller's frame (the next site out) passed, or the iterable a `for` draws the name
    from (after which the origin's ITEMS are the value). A plain name or attribute at an origin is
    followed further, up to `depth` steps: PyTER's backward value flow across frames. `wide` (a str/bytes
    demand) also follows module constants, class attributes, and a call of the file's own function to
    the values it returns (`self.x = self._to_bytes(s)` is made by `_to_bytes`'s `return result`).
    """
    made = [(o, items, index) for o in origins(sf, subject.lineno, subject, wide=wide)]
    if not items:
        made += [(o, True, index) for o in loop_sources(sf, subject.lineno, subject)]
    if index + 1 < len(sites) and (caller := _parse(ctx, sites[index + 1][0], cache)) is not None:
        passed = caller_arguments(sf, subject.lineno, subject, caller, sites[index + 1][1])
        made += [(o, items, index + 1) for o in passed]
    if wide and not items:
        # an `__init__`'s parameter no frame passed: the constructor calls in the file made it (round 54)
        made += [(o, items, index) for o in constructor_arguments(sf, subject.lineno, subject)]
        # a record's field refused in its own method: the keyword the caller frames' files build it with
        for at in range(index + 1, len(sites)):
            if (other := _parse(ctx, sites[at][0], cache)) is not None and other.path != sf.path:
                made += [(o, items, at) for o in built_elsewhere(sf, subject.lineno, subject, other)]
    found: list[tuple[Origin, bool, int]] = []
    if wide:
        # (callee_results reads `sf`'s functions: only for origins in `sf`, not a caller's file)
        made += [
            (r, its, at)
            for origin, its, at in list(made)
            if origin.file == sf.path and not its
            for r in callee_results(sf, origin.value)
        ]
    for origin, its, at in made:
        found.append((origin, its, 1))
        # `abs(x)`, `-x` keep x's type: the value was made where x was (round 53)
        onward = (
            origin.value
            if isinstance(origin.value, (ast.Name, ast.Attribute))
            else wrapped_value(origin.value) or (repeated_value(origin.value) if wide else None)
        )
        if depth > 1 and onward is not None:
            origin_sf = _parse(ctx, origin.file, cache)
            if origin_sf is not None:
                further = _trace(
                    ctx, cache, sites, at, origin_sf, onward, items=its, depth=depth - 1, wide=wide
                )
                found += [(o, i, steps + 1) for o, i, steps in further]
    return found


class TypeFallbackFixer:
    """Generic generate-and-validate over the backward slice, after every TypeError family failed."""

    bug_types = frozenset({BugType.TYPE_ERROR})
    fallback = True

    def __init__(self, *, max_candidates: int = MAX_CANDIDATES, demands: bool = True) -> None:
        self.max_candidates = max_candidates
        # The registered instance leaves the demanded types to TypeDemandFixer, in the regular tier;
        # with demands=True (the default, for a measure of the generic search alone) it has both.
        self.demands = demands

    def candidates(self, failure: Failure, ctx: RepairContext) -> list[Candidate]:
        messages = exception_messages(failure)
        cache: dict[str, SourceFile | None] = {}
        scored: list[tuple[float, int, str, Edit]] = []
        if self.demands:
            for file, edit, weight in demand_edits(failure, ctx, messages, cache):
                scored.append((weight * edit.prior, len(scored), file, edit))
        for rank, (file, line, weight) in enumerate(slice_places(failure, ctx)):
            sf = _parse(ctx, file, cache)
            if sf is None or line > len(sf.lines):
                continue
            for edit in fallback_edits(sf, line, messages):
                scored.append((weight * edit.prior * (1.0 - 0.001 * rank), len(scored), file, edit))
        return _best_candidates(scored, cache, limit=self.max_candidates, guard=lambda edit: True)


class _OriginEditsFixer:
    """A regular-tier TypeError fixer over edits made where the crash's values were made: `edits`
    gives (file, edit, weight), ranked by weight x prior; `is_guard` marks the guards among them."""

    bug_types = frozenset({BugType.TYPE_ERROR})
    fallback = False
    max_candidates = 12

    def __init__(self, *, max_candidates: int | None = None) -> None:
        if max_candidates is not None:
            self.max_candidates = max_candidates

    @staticmethod
    def edits(
        failure: Failure, ctx: RepairContext, messages: list[str], cache: dict[str, SourceFile | None]
    ) -> list[tuple[str, Edit, float]]:
        raise NotImplementedError

    @staticmethod
    def is_guard(edit: Edit) -> bool:
        return False

    def candidates(self, failure: Failure, ctx: RepairContext) -> list[Candidate]:
        cache: dict[str, SourceFile | None] = {}
        scored = [
            (weight * edit.prior, index, file, edit)
            for index, (file, edit, weight) in enumerate(
                self.edits(failure, ctx, exception_messages(failure), cache)
            )
        ]
        return _best_candidates(scored, cache, limit=self.max_candidates, guard=self.is_guard)


class TypeDemandFixer(_OriginEditsFixer):
    """The message's demanded type made where the value was made, among the regular TypeError fixers.

    Not guards (but for a None made an empty value): r165's `list(range(26))` was rejected as one
    because the targeted tests moved on to the next bug instead of passing.

    These edits are read from the message, not searched for, so they are not left behind the
    regular tier: a failure whose regular candidates fill its time share (the LOGIC operators the
    GenericFixer also offers at a TypeError) would never reach the fallback that holds them.
    """

    max_candidates = MAX_DEMAND_CANDIDATES

    edits = staticmethod(demand_edits)

    @staticmethod
    def is_guard(edit: Edit) -> bool:
        # The demanded container or item kind made at the origin is a correction, as the families'
        # conversions are; a None made empty is a guard (type_demand.origin_edits).
        return edit.kind == "demand-guard"


MAX_PROVENANCE_CANDIDATES = 12


def provenance_edits(
    failure: Failure, ctx: RepairContext, messages: list[str], cache: dict[str, SourceFile | None]
) -> list[tuple[str, Edit, float]]:
    """(file, edit, weight): generic type-changing edits where the crash's values were made
    (fixers/type_provenance.py), and call-shape edits at the crash line."""
    refused = message_types(messages)
    kinds = refused_kinds(messages)
    directions = literal_directions(messages)
    expects = expectations(messages)
    shaped = shapes(messages)
    # the message wants text or a number: a display made another container kind is no repair
    scalar_wanted = bool(expects) and all(e.want in ("str", "int", "float") for e in expects)
    sites = fault_sites(failure, ctx, limit=3)
    index = RepoIndex(ctx)
    provenance = Provenance(
        parse=lambda file: None if ctx.is_test_file(file) else _parse(ctx, file, cache),
        sites=sites,
        repo_files=lambda: list(index.all_files()),
    )
    # the containers of `in` on the crash lines: their literal origins may be of either kind
    held = Provenance(parse=provenance.parse, sites=sites, repo_files=provenance.repo_files)
    found: list[tuple[str, Edit, float]] = []
    # the deepest crash line refuses negative values (`if n < 0:`): no -1 sentinel for its None (type_remade)
    deepest = _parse(ctx, sites[0][0], cache) if sites else None
    negatives_refused = deepest is not None and zero_ordered(deepest, sites[0][1])
    for at, (file, line, weight) in enumerate(sites):
        sf = _parse(ctx, file, cache)
        if sf is None or line > len(sf.lines):
            continue
        found += [(file, e, weight) for e in call_shape_edits(sf, line, messages)]
        # an item appended bare where the crash line's loop unpacks it (type_remade)
        found += [(file, e, weight) for e in packed_appends(sf, line, messages)]
        # a classmethod whose first parameter is no class, called with one argument too many
        found += [(file, e, weight) for e in binding_decorators(sf, line, messages)]
        # a name searched for text (`':' in v`) that holds a number: str() where it was bound
        found += [(file, e, weight) for e in text_containers(sf, line, messages)]
        # a sequence in set algebra where its class declares a set: made so under the field's name (type_declared)
        for made_in, e in declared_kinds(index.all_files(), sf, line, messages):
            if not ctx.is_test_file(made_in) and _parse(ctx, made_in, cache) is not None:
                found.append((made_in, e, weight))
        if at == 0:
            # the deepest repository frame calls a library that raised: arguments meant as one list
            found += [(file, e, weight) for e in packed_arguments(sf, line, messages)]
        lines = [line, *_statement_lines(sf, line)]
        # a string function handed an open file: its file-taking sibling, re-pointed at the import
        found += [(file, e, weight) for e in sibling_function_edits(sf, lines, messages)]
        # the message may name which item of a joined display it refused: then that item alone
        values = joined_items(sf, lines, messages) or [
            v for ln in lines for v in provenance.crash_values(sf, ln)
        ]
        values += [v for ln in lines for v in callee_values(sf, ln, messages)]
        values += [v for ln in lines for v in augmented_targets(sf, ln)]
        if at:
            # a caller's call into the frame below has not returned when the crash happens: its
            # result made nothing the crash read, so its returns are no origin (its arguments are)
            inner = _frame_function(ctx, cache, sites[at - 1])
            values = [v for v in values if not (isinstance(v, ast.Call) and inner and named(v.func) == inner)]
        # a callable that cannot take the call's arguments was CHOSEN where the name it is called by
        # was bound (`sorter = ... else sorted`): the called name is a value too (type_shapes)
        values += [v for ln in lines for v in called_names(sf, ln, shaped)]
        if "module" in kinds:
            # a name bound by `import x` is not followed as a value: its import is where it was made
            found += [
                (file, e, weight) for v in values if isinstance(v, ast.Name) for e in import_edits(sf, v)
            ]
        for value in values:
            provenance.follow(site=at, sf=sf, value=value, items=False, steps=0)
        for value in joined_arguments(sf, lines, messages):
            provenance.follow(site=at, sf=sf, value=value, items=True, steps=0)
        if refused & {"str", "bytes"}:
            for value in membership_containers(sf, lines):
                held.follow(site=at, sf=sf, value=value, items=False, steps=0)
    weights = {file: weight for file, _, weight in sites}
    functions: set[tuple[str, int]] = set()
    used = {(file, line) for file, line, _ in sites}
    # a literal passed at a CALLER's frame line (`Chip(name, flags=None)` calling the constructor that
    # crashed) is where the value was made, though a traceback shows the line (round 48): its edits are
    # making sites; the crash's own line stays a use
    callers = {(file, line) for file, line, _ in sites[1:]} - {(f, n) for f, n, _ in sites[:1]}
    literal_lines = {
        (made.file, made.value.lineno)
        for made in provenance.found
        if isinstance(made.value, LITERAL_ORIGINS) and (made.file, made.value.lineno) in callers
    }
    origins_from = len(found)
    for made in held.found:
        sf = _parse(ctx, made.file, cache)
        if sf is not None and not ctx.is_test_file(made.file):
            weight = weights.get(made.file, min(weights.values(), default=1.0)) * STEP_DECAY**made.steps
            found += [(made.file, e, weight) for e in literal_kinds(sf, made.value, (True, True))]
    # "params must be a mapping": the empty fallback made under that name, of the kind demanded (type_declared)
    for file, e in demanded_defaults(index.all_files(), messages):
        if not ctx.is_test_file(file) and _parse(ctx, file, cache) is not None:
            found.append((file, e, max(weights.values(), default=1.0)))
    # a class that defines __eq__ and so lost its hash, named by "unhashable type: 'C'"
    found += [
        (file, e, max(weights.values(), default=1.0))
        for file, e in hash_restorations(index.all_files(), messages)
    ]
    # a conversion dunder aliased to the sibling of the wrong kind, named by "__int__ returned non-int"
    for file, e in protocol_aliases(index.all_files(), messages):
        if _parse(ctx, file, cache) is not None:  # the candidate is applied to the cache's parse
            found.append((file, e, max(weights.values(), default=1.0)))
    for made in provenance.found:
        sf = _parse(ctx, made.file, cache)
        if sf is None or ctx.is_test_file(made.file):
            continue
        weight = weights.get(made.file, min(weights.values(), default=1.0)) * STEP_DECAY**made.steps
        found += [
            (made.file, e, weight)
            for e in provenance_origin_edits(sf, made, refused, directions, scalar_wanted=scalar_wanted)
        ]
        found += [(made.file, e, weight) for e in codec_edits(sf, made, messages)]
        # an array-like's sibling attribute, a sized value's length, an f-string's number (type_elsewhere)
        found += [(made.file, e, weight) for e in sibling_attribute_edits(sf, made.value, messages)]
        found += [(made.file, e, weight) for e in length_edits(sf, made.value, messages)]
        found += [(made.file, e, weight) for e in formatted_numbers(sf, made.value, messages)]
        # a class, an empty sequence, a one-element tuple or a number's text stored (type_stored)
        found += [(made.file, e, weight) for e in stored_edits(sf, made.value, messages)]
        # an item kept for its sequence, a set comprehension, a literal's spelling, None for a container
        found += [(made.file, e, weight) for e in made_edits(sf, made.value, messages)]
        # a code point, a first item, a one-element tuple, an index sentinel (type_remade)
        found += [
            (made.file, e, weight)
            for e in remade_edits(sf, made.value, messages, negatives_refused=negatives_refused)
        ]
        # a list returned where a sibling return joins it, one Match where all were meant (type_returned)
        found += [(made.file, e, weight) for e in returned_edits(sf, made.value, messages)]
        # a called function that computes its result and drops it: None flows on (type_returned)
        for file, e in lost_returns(index.all_files(), sf, made.value, messages):
            if not ctx.is_test_file(file) and _parse(ctx, file, cache) is not None:
                found.append((file, e, weight))
        # a conversion left out: the file's own wrapper of the same expression, a timestamp's datetime
        found += [(made.file, e, weight) for e in wrapper_edits(sf, made.value, messages)]
        found += [(made.file, e, weight) for e in kind_edits(sf, made.value, kinds, directions)]
        # the message's actual type turned into its expected one at this definition (type_sources)
        found += [(made.file, e, weight) for e in source_edits(sf, made, expects, messages)]
        # a value that entered a call as a positional argument: swapped with another of the call's,
        # ranked by how the arguments' names fit the parameters' (the message may name one type only)
        found += [(made.file, e, weight) for e in argument_swaps(sf, made, messages)]
        # a call, an attribute step or a sibling callable left out or taken wrongly there (type_shapes)
        if shaped:
            classes = _classes(ctx, cache, [made.file, *weights])
            found += [(made.file, e, weight) for e in shape_edits(sf, made, shaped, classes=classes)]
        if "module" in kinds and isinstance(made.value, ast.Name):
            found += [(made.file, e, weight) for e in import_edits(sf, made.value)]
        func = function_at(sf, getattr(made.value, "lineno", 0))
        if func is not None and (made.file, func.lineno) not in functions:
            functions.add((made.file, func.lineno))
            # a statement that does nothing is evidence of its own, however far back: not decayed
            found += [(made.file, e, max(weights.values())) for e in discarded_results(sf, made)]
    # the edits at the definitions the walk reached, away from every traceback line: the value's
    # making sites, preferred over an edit at a use when both pass (Engine._making_site_instead)
    found[origins_from:] = [
        (
            file,
            replace(e, making_site=True)
            if (file, e.line) not in used or (file, e.line) in literal_lines
            else e,
            weight,
        )
        for file, e, weight in found[origins_from:]
    ]
    return found


# Origins that are written values (a literal, a display, a comprehension), not names read or calls made.
LITERAL_ORIGINS = (
    ast.Constant,
    ast.List,
    ast.Tuple,
    ast.Set,
    ast.Dict,
    ast.ListComp,
    ast.SetComp,
    ast.DictComp,
    ast.JoinedStr,
)


def _frame_function(
    ctx: RepairContext, cache: dict[str, SourceFile | None], site: tuple[str, int, float]
) -> str:
    """The name of the function holding a traceback site's line, "" at module level or unparsed."""
    sf = _parse(ctx, site[0], cache)
    func = function_at(sf, site[1]) if sf is not None else None
    return func.name if func is not None else ""


def _classes(
    ctx: RepairContext, cache: dict[str, SourceFile | None], files: list[str]
) -> dict[str, ast.ClassDef]:
    """The classes defined in the given files (the definition's and the crash sites'), by name."""
    found: dict[str, ast.ClassDef] = {}
    for file in files:
        sf = _parse(ctx, file, cache)
        if sf is not None:
            found.update(_file_classes(sf))
    return found


_CLASSES: dict[int, tuple[ast.Module, dict[str, ast.ClassDef]]] = {}


def _file_classes(sf: SourceFile) -> dict[str, ast.ClassDef]:
    """One file's classes by name, walked once per parsed file (round 48: `_classes` walked the definition's
    file and every crash file again for each of up to MAX_ORIGINS origins: 105 s of 137 on a 9,000-line
    module of classes)."""
    held = _CLASSES.get(id(sf))
    if held is not None and held[0] is sf.tree:
        return held[1]
    if len(_CLASSES) >= 16:
        _CLASSES.clear()
    table = {n.name: n for n in ast.walk(sf.tree) if isinstance(n, ast.ClassDef)}
    _CLASSES[id(sf)] = (sf.tree, table)
    return table


class TypeProvenanceFixer(_OriginEditsFixer):
    """Generic type-changing edits at the values' origins, among the regular TypeError fixers.

    Regular tier, as TypeDemandFixer: a search that only fires when its static check holds (the
    origin's type is one the message refused, or the statement does nothing) is cheap to try, and
    behind the GenericFixer's LOGIC operators it would never be reached within a failure's share.
    Not guards: each edit changes what the value is, not whether the crash is caught.
    """

    max_candidates = MAX_PROVENANCE_CANDIDATES

    edits = staticmethod(provenance_edits)


def _best_candidates(
    scored: list[tuple[float, int, str, Edit]],
    cache: dict[str, SourceFile | None],
    *,
    limit: int,
    guard: Callable[[Edit], bool],
) -> list[Candidate]:
    """The best-scored edits that apply and compile, one candidate per distinct new text, at most `limit`."""
    scored.sort(key=lambda item: (-item[0], item[1]))
    found: list[Candidate] = []
    seen: set[tuple[str, str]] = set()
    for score, _, file, edit in scored:
        if len(found) >= limit:
            break
        sf = cache.get(file)
        new_source = sf.apply(edit) if sf is not None else None
        if new_source is None or (file, new_source) in seen or not compiles(new_source, file):
            continue
        seen.add((file, new_source))
        found.append(
            Candidate(
                file=file,
                new_source=new_source,
                description=edit.description,
                line=edit.line,
                bug_type=BugType.TYPE_ERROR,
                priority=round(1.0 - score, 6),
                guard=guard(edit),
                making_site=edit.making_site,
            )
        )
    return found


FIXERS = [TypeDemandFixer(), TypeProvenanceFixer(), TypeFallbackFixer(demands=False)]
