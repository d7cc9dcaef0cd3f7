"""LOGIC candidates: generate-and-validate mutations at a suspicious line.

The operator families are the classic ones of generate-and-validate repair
(GenProg-style single edits with TBar's fix templates: mutate operator, mutate
literal, mutate variable, mutate method invocation, insert/remove negation,
swap operands), applied to the syntax nodes on one line:

- binary operators within their family (arithmetic, relational incl. the
  boundary `<`/`<=`, equality `===`/`!==`, logical, `??`/`||`), compound
  assignments, `++`/`--`;
- off-by-one: numeric literals ±1, an index or bound `x` → `x - 1` / `x + 1`,
  `.length` → `.length - 1`;
- a wrong identifier: another name bound in the enclosing function;
- sibling methods (`Math.min`/`Math.max`, `floor`/`ceil`/`round`, `push`/`unshift`,
  `slice` bounds, `some`/`every`, `find`/`filter`, `startsWith`/`endsWith`...);
- a missing or extra negation; swapped operands of a non-commutative operator, swapped
  branches of a conditional, swapped arguments;
- a missing `await` before a call inside an async function; `true`/`false`;
- a call of the wrong function of the module (`area(p)` for `signedArea(p)`), two chained calls in
  the wrong order, a running value started from the data instead of a constant (`let cur = row[0]`);
- a regular expression anchored at one end only, or missing the `g` flag where a
  replace or match should act on every occurrence.
- a condition missing a clause the file checks beside the same call elsewhere, two constants of a
  formula swapped, a factor that should take the next term too (`2 * (a + b)`), a position given to a
  built-in (`slice(0, max - 1)`) or a loop's start off by one;
- a count taken modulo off by one (`(i + 1) % n`), every index of a line shifted at once (`a[i - 1] ===
  b[j - 1]`), a difference with a remainder wrapped back into its range (`(10 - s % 10) % 10`), a term
  that belongs inside a call's last argument (`Math.min(a, b + c)`), a `reduce` given its start, another
  field of the records the file builds, the same check on a sibling collection (`state.boxes.has(x)`);
- a sort comparator that returns a boolean (`(a, b) => a > b`) made to return a difference;
- a quantity in another unit than its neighbour or the callee's parameter, as the names say
  (`costPounds / savingsPence`), a term taken off before rounding and not added back, a share and its
  complement (`1 - x`) swapped, a field another module reads from an object of the same name, rounding
  the other way (`Math.round` for `Math.ceil`) early on its line.

Candidates that do not parse are dropped; the order is cheapest-first.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import itertools
import posixpath
import re
from collections.abc import Iterator, Mapping, Sequence

from healer.engine.javascript.fixers import asi_hazards as asi
from healer.engine.javascript.fixers import logic_aggregates as aggregates
from healer.engine.javascript.fixers import logic_arrays as arrays
from healer.engine.javascript.fixers import logic_builtins as builtins
from healer.engine.javascript.fixers import logic_comments as comments
from healer.engine.javascript.fixers import logic_contracts as contracts
from healer.engine.javascript.fixers import logic_documented as documented
from healer.engine.javascript.fixers import logic_fractions as fractions
from healer.engine.javascript.fixers import logic_generic as generic
from healer.engine.javascript.fixers import logic_intent as intent
from healer.engine.javascript.fixers import logic_library as library
from healer.engine.javascript.fixers import logic_misuse as misuse
from healer.engine.javascript.fixers import logic_operands as operands
from healer.engine.javascript.fixers import logic_regex as regexes
from healer.engine.javascript.fixers import logic_scopes as scopes
from healer.engine.javascript.fixers import logic_semantics as semantics
from healer.engine.javascript.fixers import logic_shapes as shapes
from healer.engine.javascript.fixers import logic_unread as unread
from healer.engine.javascript.fixers import logic_wider as wider
from healer.engine.javascript.fixers import missing_returns as returns
from healer.engine.javascript.fixers.base import Candidate, parsing, replace_nodes, replace_span
from healer.engine.javascript.modules import imports, resolve
from healer.engine.javascript.suspects import module_declarators
from healer.engine.javascript.syntax import encode, is_callee, method_call, node_text, parse, walk

FAMILIES = (
    ("+", "-", "*", "/", "%"),
    ("<", "<=", ">", ">="),
    ("===", "!==", "==", "!="),
    ("&&", "||", "??"),
    ("+=", "-=", "*=", "/="),
)
CROSS = (("<", "<=", ">", ">=", "===", "!=="), ("===", "!==", "<", "<=", ">", ">="))
# `||` and `??` differ only on the falsy values that are not null or undefined (0, '', false): the
# nearest replacement of each is the other, before `&&`, which inverts the whole condition (the
# smallest semantic change first, as mutation-based repair orders its operators by how little they change).
NEAREST = {"||": ("??", "&&"), "??": ("||", "&&")}
# An arithmetic operator's inverse first (`/` for `*`, `-` for `+`): a conversion or an update made the
# wrong way round is the commonest arithmetic slip (ManySStuBs4J's "change binary operator", Karampatsis
# and Sutton, MSR 2020), and the inverse is the smallest change of meaning, as NEAREST orders the logical ones.
INVERSE = {"+": "-", "-": "+", "*": "/", "/": "*", "+=": "-=", "-=": "+=", "*=": "/=", "/=": "*="}
NON_COMMUTATIVE = frozenset({"-", "/", "%", "<", "<=", ">", ">="})
SIBLINGS = (
    ("min", "max"), ("floor", "ceil", "round", "trunc"), ("push", "unshift"), ("pop", "shift"),
    ("some", "every"), ("find", "filter"), ("findIndex", "indexOf", "lastIndexOf"), ("startsWith", "endsWith"),
    ("toUpperCase", "toLowerCase"), ("trimStart", "trimEnd", "trim"), ("padStart", "padEnd"),
    ("keys", "values", "entries"), ("reduce", "reduceRight"), ("slice", "substring"),
    ("replace", "replaceAll"), ("log", "log2", "log10"), ("find", "findLast"), ("findIndex", "findLastIndex"),
)  # fmt: skip
FUNCTION_NODES = ("function_declaration", "function_expression", "arrow_function", "method_definition",
                  "generator_function_declaration", "function")  # fmt: skip
MAX_PER_LINE = 120
LIBRARY_DELAY = 2  # rounds of the per-family order before logic_library's ordinary families join
ALIKE = 3  # shared prefix + suffix characters that make two names alike (logic._alike)
BINDINGS = ("identifier", "shorthand_property_identifier_pattern")


TABLE_SCOPES = ("function_declaration", "function_expression", "arrow_function", "method_definition",
                "class_body")  # fmt: skip
MIN_TABLE_ROWS = 2


def table_rows(root) -> set[int]:
    """The 1-based lines of the records of module-level tables: an object or array literal, outside any
    function, whose every value is an object literal with the same keys as the others (2 rows or more)."""
    rows: set[int] = set()
    for node in walk(root):
        if node.type not in ("object", "array"):
            continue
        values = [c.child_by_field_name("value") if c.type == "pair" else c for c in node.named_children
                  if c.type != "comment"]  # fmt: skip
        records = [v for v in values if v is not None and v.type == "object"]
        if len(records) < MIN_TABLE_ROWS or len(records) != len(values) or _in_function(node):
            continue
        keys = {_record_keys(r) for r in records}
        if len(keys) != 1 or not next(iter(keys)):
            continue
        for record in records:
            rows.update(range(record.start_point.row + 1, record.end_point.row + 2))
    return rows


def _in_function(node) -> bool:
    current = node.parent
    while current is not None:
        if current.type in TABLE_SCOPES:
            return True
        current = current.parent
    return False


def _record_keys(record) -> frozenset[str]:
    return frozenset(
        node_text(p.child_by_field_name("key"))
        for p in record.named_children
        if p.type == "pair" and p.child_by_field_name("key") is not None
    )


def logic_candidates(
    text: str,
    path: str,
    *,
    line: int,
    limit: int = MAX_PER_LINE,
    fields: Mapping[str, Sequence[Sequence[str]]] | None = None,
    table: builtins.Table | None = None,
) -> list[Candidate]:
    """Single mutations of the expressions on `line` (1-based), each parse-checked. `fields`: the
    properties the repository's other modules read from an object of each name (`repository_fields`);
    `table`: the sandbox Node's built-ins (`fixers.builtins.builtins_parse`), whose prototypes give the
    sibling methods (the static ECMAScript lists without it)."""
    tree = parse(text, path)
    if tree is None or line in table_rows(tree.root_node):
        # One record of a module's constant table (rows of the same keys) is data the program is
        # specified by, not logic: an edit to it passes only the tests that read that row (a dish
        # marked no longer a breakfast so that a breakfast test passes), the overfitting patch of
        # Smith et al. (FSE 2015). None of the npm dev corpus' 212 LOGIC keys lies in such a row.
        return []
    data = encode(text)
    nodes = [n for n in walk(tree.root_node) if n.start_point.row == line - 1 and not n.is_missing]
    # The few structural edits of a line (swapped operands or branches, a negation, a dropped
    # sub-condition) before the many literal and identifier ones: binary operators, operands and
    # swaps are among the commonest one-line bugs (ManySStuBs4J, Karampatsis and Sutton, MSR 2020;
    # DeepBugs' swapped arguments and wrong operators, Pradel and Sen, OOPSLA 2018).
    # logic_wider's families: the string-ordered sort and the count of a collection's source go with
    # the comparators (evidence in the code's own semantics and data flow), the wrap-around with the
    # moduli, an order of magnitude with the literals, a doubled term with the late ones.
    families = (*asi.FAMILIES, *returns.FAMILIES, _comparators, contracts.in_arrays, contracts.index_truths, contracts.radix_maps,
                contracts.negative_indices, semantics.stateful_patterns, semantics.one_shot_iterables,
                semantics.awaited_maps, semantics.indexed_for_ins, semantics.primitive_keys, semantics.end_arguments,
                semantics.signed_remainders, fractions.per_cent_fractions, fractions.named_per_cents, semantics.grouped_operators, semantics.identity_starts, semantics.never_equal, arrays.joined_arrays,
                semantics.discarded_results, semantics.legacy_years, *scopes.FAMILIES, *misuse.FAMILIES, *library.FAMILIES, *intent.FAMILIES, builtins.used_for_each, builtins.enumerated_literals, builtins.shared_fills,
                builtins.summed_keys, builtins.self_comparisons,
                wider.numeric_sorts, *documented.FAMILIES, comments.commented_numbers, contracts.numeric_parts, contracts.rounded_results, contracts.zero_based_months,
                _units, _directions, _boundary_flips, _roundings, *unread.FAMILIES, _operators, shapes.powers,
                wider.derived_lengths, comments.source_counts, _anchors, _flags, *regexes.FAMILIES, *operands.FAMILIES, _swaps, _absorbed_terms, _moduli, wider.wraps,
                aggregates.rotation_directions, aggregates.averaged_extremes, aggregates.loop_offsets, aggregates.floored_differences,
                functools.partial(aggregates.summed_counts, fields=fields or {}), shapes.indexed_lengths, _index_shifts, _chains, _restored_terms, _complements, _negations, _derived,
                _conditions, _disjuncts, _boundaries, shapes.destructure_holes, shapes.parallel_terms,
                _given_counts, _siblings, functools.partial(builtins.builtin_siblings, table=table), wider.magnitudes, _literals, _starts, _awaits, _callees, _identifiers,
                functools.partial(_properties, fields=fields or {}), _precedence, _rounded, _exchanges, _signs,
                _constants, shapes.offset_results, _copies, _dedupes, _accumulations, _call_offsets, _line_breaks, _clauses, _literal_swaps,
                _bound_arguments, _complemented, wider.doubled_terms, *intent.LATE_FAMILIES, generic.copies,
                generic.conversions, generic.regroupings, generic.awaited_loops)  # fmt: skip
    per_family = [
        [Candidate(path, new, line, what) for new, what in mutate(data, nodes, text, path)]
        for mutate in families
    ]
    # logic_library's ordinary alternatives (a sibling call, a default argument, a guard) join the
    # rounds late: after the first rounds of the families that were here before them, so that no edit
    # those already reached is tried later (0 of the dev keys found before moved down; LIBRARY_DELAY).
    per_family += [
        [None] * LIBRARY_DELAY
        + [Candidate(path, new, line, what) for new, what in mutate(data, nodes, text, path)]
        for mutate in library.LATE_FAMILIES
    ]
    # Each family's likeliest edit first, then each one's second...: one family's many alternatives
    # for one slot (four more operators, every name in scope) no longer push the other templates of
    # the line back (TBar and Prophet try the top instance of every template before the rest).
    # On the development corpus's LOGIC keys this puts the right edit 188 places deep in total
    # instead of 238 (per line, 57 keys).
    generated = [c for round_ in itertools.zip_longest(*per_family) for c in round_ if c is not None]
    # logic_scopes' weaker-evidence families (round 39: a postfix update's value, a one-space split,
    # the file's rounding helper, Unix seconds) come after every edit of the families before them, so
    # that no dev key those reached moves down (one did, 35 -> 36, when they joined the rounds).
    generated += [
        Candidate(path, new, line, what)
        for mutate in scopes.LATE_FAMILIES
        for new, what in mutate(data, nodes, text, path)
    ]
    # A regular expression's missing flag (logic_regex.LATE_FAMILIES) after all of them: weaker evidence.
    generated += [
        Candidate(path, new, line, what)
        for mutate in regexes.LATE_FAMILIES
        for new, what in mutate(data, nodes, text, path)
    ]
    # An edit the code's own evidence names keeps its description when a plain family makes the same
    # text first (a swap of two calls' arguments that is the swap of a match's groups): the dispatch
    # tries it first by that description (goes_first).
    generated.sort(key=lambda c: not intent.is_evidenced(c.description))
    kept = parsing(generated, original=text, path=path, limit=limit)
    return [dataclasses.replace(c, line=edited_line(text, c.text, line=line)) for c in kept]


# The families wrong by the language's contract wherever they match (logic_contracts.is_contract_fix).
CONTRACT_FAMILIES = (
    contracts.in_arrays,
    contracts.index_truths,
    contracts.radix_maps,
    contracts.negative_indices,
    contracts.zero_based_months,
    semantics.one_shot_iterables,
    semantics.awaited_maps,
    semantics.indexed_for_ins,
    semantics.primitive_keys,
    semantics.end_arguments,
    semantics.never_equal,
    semantics.discarded_results,
    semantics.legacy_years,
    scopes.shadowed_declarations,
    scopes.extreme_starts,
    *misuse.CONTRACT_FAMILIES,
    *library.CONTRACT_FAMILIES,
    # Automatic semicolon insertion's hazards: a line that continues the one before it, a `return`
    # whose value is on the next line (asi_hazards).
    *asi.FAMILIES,
    # A function whose last statement computes its value and drops it (missing_returns).
    *returns.FAMILIES,
)


def contract_candidates(
    text: str,
    path: str,
    *,
    skip: frozenset[int] = frozenset(),
    tested_elsewhere: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """The contract families' edits on every line of the file but `skip` (1-based). Such a line is
    wrong wherever it is, so one in the module of a suspicious line is evidence even where the spectrum
    ranks it low: a helper every test runs, passing ones too (its Ochiai score is diluted), whose value
    the failed assertion compares through a caller ("bugs as deviant behavior", Engler et al., SOSP 2001)."""
    tree = parse(text, path)
    if tree is None:
        return []
    data = encode(text)
    by_row: dict[int, list] = {}
    for node in walk(tree.root_node):
        if not node.is_missing and node.start_point.row + 1 not in skip:
            by_row.setdefault(node.start_point.row, []).append(node)
    found = [
        Candidate(path, new, row + 1, what)
        for row, nodes in sorted(by_row.items())
        for mutate in (
            *CONTRACT_FAMILIES,
            functools.partial(semantics.stateful_patterns, tested_elsewhere=tested_elsewhere),
            *intent.EVIDENCED_FAMILIES,
            *documented.FAMILIES,
        )
        for new, what in mutate(data, nodes, text, path)
        # Only the edits wrong by the contract wherever they match: a plain alternative of a
        # semantics family (a length read as an end) is evidence only on a suspicious line; so are
        # logic_intent's edits without the code's own evidence.
        if contracts.is_contract_fix(what)
        or asi.is_contract_fix(what)
        or returns.is_contract_fix(what)
        or semantics.is_contract_fix(what)
        or misuse.is_contract_fix(what)
        or library.is_contract_fix(what)
        or scopes.is_contract_fix(what)
        or intent.is_evidenced(what)
        # logic_documented's edits wrong by a built-in's documented behaviour (0 firings on the dev
        # cases' 735 fixed source files): a helper every test runs, passing ones too, ranks low.
        or documented.is_documented_fix(what)
    ]
    return parsing(found, original=text, path=path)


def imported_contract_candidates(text: str, path: str, *, sources: Mapping[str, str]) -> list[Candidate]:
    """Contract edits in the modules `path` imports (`sources`: the repository's code, no tests): each
    one's own contract violations (`contract_candidates`), and its shared patterns that `path` tests
    (`logic_semantics.tested_imports`). The faulty line of a constant is run once, when its module
    loads, by every test: the spectrum cannot rank it, but the importer's suspicious use of it points
    there (a fault's cause one definition away from its symptom: the def-use chains of dynamic slicing,
    Agrawal and Horgan, PLDI 1990)."""
    tree = parse(text, path)
    if tree is None:
        return []
    found: list[Candidate] = []
    for ref in imports(text, path):
        target = resolve(path, ref.specifier, sources.keys())
        declared = sources.get(target) if target is not None and target != path else None
        if declared is None:
            continue
        names = {n.local: n.imported for n in ref.names if n.imported not in ("*", "default")}
        tested = semantics.tested_imports(tree.root_node, names)
        found += contract_candidates(declared, target, tested_elsewhere=tested)
    return found


def edited_line(old: str, new: str, *, line: int) -> int:
    """The line a candidate is about: `line` when the edit touches it, else the edit's first line. A
    node that starts on `line` may end lines below (a chain `xs\n.sort(f)` starts at `xs`), and the fix
    is reported, and its line's other edits promoted (repair's partial-fix evidence), where it was made."""
    before, after = old.split("\n"), new.split("\n")
    first = next(
        (i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b),
        min(len(before), len(after)),
    )
    tail = 0
    while tail < min(len(before), len(after)) - first and before[-1 - tail] == after[-1 - tail]:
        tail += 1
    return line if first < line <= max(len(before) - tail, first + 1) else first + 1


# `<` for `<=` and the like: the conditional-boundary mutation (PIT's CONDITIONALS_BOUNDARY
# mutator). Off-by-one comparisons are the commonest single-operator bug (ManySStuBs4J's
# "change binary operator" pattern is dominated by them; Karampatsis and Sutton, MSR 2020), so
# these go first: on the line, and before the other edits of equally suspicious lines
# (dispatch._logic), as Prophet and TBar try the likeliest templates first (Long and Rinard,
# POPL 2016; Liu et al., ISSTA 2019).
BOUNDARY_FLIPS = {"<": "<=", "<=": "<", ">": ">=", ">=": ">"}
BOUNDARY_FIXES = frozenset(f"replace '{old}' with '{new}'" for old, new in BOUNDARY_FLIPS.items())


# The same boundary slip made in every comparison of one condition (`a.in <= b.out && b.in <= a.out`
# for two half-open intervals): one edit, not two a single-edit search cannot combine.
EVERY_FLIP = " in every comparison of the line"


def is_boundary_flip(candidate: Candidate) -> bool:
    return candidate.description.removesuffix(EVERY_FLIP) in BOUNDARY_FIXES


def goes_first(candidate: Candidate) -> bool:
    """Edits tried before the other edits of equally suspicious lines (dispatch._logic): the boundary
    flips, and a map a loop overwrites per key made to add up (`_accumulations`), whose shape is
    evidence in the code itself (a store in a loop that never reads what it replaces), and which is
    the one edit of its line that the per-family order puts several rounds deep; and a clause the
    file's other conditions check beside the same call (`_clauses`): code that deviates from what the
    file does everywhere else is the likely bug ("bugs as deviant behavior", Engler et al., SOSP 2001);
    and a loop's start off by one (`_bound_arguments`), the other end of the fencepost the boundary
    flips try at the loop's condition; and a sort comparator that returns a boolean, wrong by sort's
    own contract wherever it is; and repeats dropped from a collection whose values the file makes a
    Set of elsewhere (`_dedupes`), the same deviation evidence as the clauses'; and a disjunction's
    missing neighbour of a value it checks (`_disjuncts`), a boundary slip as the flips are; and a
    sort without a comparator made numeric (`logic_wider.numeric_sorts`), wrong by sort's own
    contract whenever the elements are numbers; and the count of the collection a local narrowed
    (`logic_wider.derived_lengths`), a shape that rare in correct code; and `logic_documented`'s
    edits wrong by a built-in's documented contract (`is_documented_fix`); and the edits of
    `logic_builtins` wrong by the language's contract wherever they match (`is_contract_fix`)."""
    return (
        is_boundary_flip(candidate)
        or candidate.description.endswith(NOT_BOOLEAN)
        or candidate.description.endswith(ACCUMULATES)
        or candidate.description.startswith(ALSO_CHECK)
        or candidate.description.endswith(LOOP_START)
        or candidate.description.endswith(ONCE + AS_ELSEWHERE)
        or candidate.description.endswith(NEXT_VALUE)
        or candidate.description.endswith(UNITS_AGREE)
        or candidate.description.endswith(ROUNDED_OTHER_WAY)
        or wider.is_numeric_sort(candidate.description)
        or wider.is_derived_count(candidate.description)
        or documented.is_documented_fix(candidate.description)
        or builtins.is_contract_fix(candidate.description)
        or arrays.is_joined_arrays(candidate.description)
        or contracts.is_contract_fix(candidate.description)
        or asi.is_contract_fix(candidate.description)
        or returns.is_contract_fix(candidate.description)
        or semantics.is_contract_fix(candidate.description)
        or fractions.is_contract_fix(candidate.description)
        or misuse.is_contract_fix(candidate.description)
        or scopes.is_contract_fix(candidate.description)
        or library.is_contract_fix(candidate.description)
        or intent.is_evidenced(candidate.description)
        or comments.is_evidenced(candidate.description)
    )


def _boundary_flips(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    flippable: dict[str, list] = {}
    for node in nodes:
        if node.type != "binary_expression" or (op := _operator(node)) is None:
            continue
        old = node_text(op)
        if old in BOUNDARY_FLIPS:
            new = BOUNDARY_FLIPS[old]
            flippable.setdefault(old, []).append(op)
            yield replace_span(data, op.start_byte, op.end_byte, new), f"replace '{old}' with '{new}'"
    for old, ops in flippable.items():
        if len(ops) > 1:
            new = BOUNDARY_FLIPS[old]
            yield replace_nodes(data, dict.fromkeys(ops, new)), f"replace '{old}' with '{new}'{EVERY_FLIP}"


def _operator(node):
    return next((c for c in node.children if not c.is_named and node_text(c) in _ALL_OPERATORS), None)


_ALL_OPERATORS = frozenset(op for family in FAMILIES for op in family) | {"++", "--", "**"}


def _operators(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """Operator replacement (AOR/ROR/COR): each operator of the line's nearest replacement, then each
    one's second..., so a line's first operator (`unit === 'in'`) no longer puts its every alternative
    before the likeliest one of the next (`/` -> `*`), as `logic_candidates` interleaves its families."""
    per_node = [list(_operator_edits(data, node)) for node in nodes]
    for round_ in itertools.zip_longest(*per_node):
        yield from (edit for edit in round_ if edit is not None)


def _operator_edits(data: bytes, node) -> Iterator[tuple[str, str]]:
    if node.type == "assignment_expression" and _in_loop(node):
        # A value that should accumulate over a loop is overwritten (`total = x` for `total += x`).
        op = next((c for c in node.children if not c.is_named and node_text(c) == "="), None)
        if op is not None:
            for new in ("+=", "-="):
                yield replace_span(data, op.start_byte, op.end_byte, new), f"replace '=' with '{new}'"
        return
    if node.type not in ("binary_expression", "augmented_assignment_expression", "update_expression"):
        return
    op = _operator(node)
    if op is None:
        return
    old = node_text(op)
    if old in ("++", "--"):
        new = "--" if old == "++" else "++"
        yield replace_span(data, op.start_byte, op.end_byte, new), f"replace '{old}' with '{new}'"
        return
    family = NEAREST.get(old) or next((f for f in FAMILIES if old in f), ())
    if old in INVERSE:
        family = (INVERSE[old], *(op for op in family if op != INVERSE[old]))
    # Relational operator replacement (ROR, as in mutation testing) also crosses to equality.
    wider = next((f for f in CROSS if old in f and f is not family), ())
    for new in [*family, *(w for w in wider if w not in family)]:
        if new != old:
            yield replace_span(data, op.start_byte, op.end_byte, new), f"replace '{old}' with '{new}'"


LOOPS = ("for_statement", "for_in_statement", "while_statement", "do_statement")


def _in_loop(node) -> bool:
    while node is not None and node.type not in FUNCTION_NODES:
        if node.type in LOOPS:
            return True
        node = node.parent
    return False


def _boundaries(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """Off-by-one in an index, a bound or a length."""
    for node in nodes:
        if node.type == "subscript_expression":
            index = node.child_by_field_name("index")
            if index is not None and index.type in ("identifier", "member_expression", "binary_expression"):
                value = node_text(index)
                for new in (f"{value} - 1", f"{value} + 1"):
                    yield (
                        replace_span(data, index.start_byte, index.end_byte, new),
                        f"index with {new} instead of {value}",
                    )
        elif (
            node.type == "member_expression"
            and node_text(node.child_by_field_name("property") or node) == "length"
        ):
            value = node_text(node)
            for new in (f"{value} - 1", f"{value} + 1"):
                yield replace_span(data, node.start_byte, node.end_byte, new), f"use {new} instead of {value}"
        elif (
            node.type == "binary_expression"
            and (op := _operator(node)) is not None
            and node_text(op) in ("<", "<=", ">", ">=")
        ):
            right = node.child_by_field_name("right")
            if (
                right is not None
                and right.type in ("identifier", "member_expression")
                and node_text(right) != "length"
            ):
                value = node_text(right)
                for new in (f"{value} - 1", f"{value} + 1"):
                    yield (
                        replace_span(data, right.start_byte, right.end_byte, new),
                        f"compare with {new} instead of {value}",
                    )
        elif (
            node.type == "binary_expression"
            and (op := _operator(node)) is not None
            and node_text(op) in ("**", "*", "/", "%")
        ):
            # An exponent or a factor off by one (`factor ** attempt` for `factor ** (attempt - 1)`), or a
            # count taken modulo from zero where it counts from one (`(i + 1) % every`).
            for operand in (node.child_by_field_name("right"), node.child_by_field_name("left")):
                if operand is not None and operand.type in ("identifier", "member_expression"):
                    value = node_text(operand)
                    for new in (f"({value} - 1)", f"({value} + 1)"):
                        yield (
                            replace_span(data, operand.start_byte, operand.end_byte, new),
                            f"use {new[1:-1]} instead of {value}",
                        )


def _literals(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """±1, 0 and 1, then the file's other integer literals (the fix ingredient is often already in
    the program: the "plastic surgery" observation behind ssFix and TBar's literal mutation)."""
    elsewhere = _file_integers(nodes)
    for node in nodes:
        if node.type == "number":
            value = node_text(node)
            try:
                number = int(value)
            except ValueError:
                continue
            near = sorted({number - 1, number + 1, 0, 1} - {number})
            for new in [*near, *sorted(elsewhere - set(near) - {number})]:
                yield (
                    replace_span(data, node.start_byte, node.end_byte, str(new)),
                    f"use {new} instead of {value}",
                )
        elif node.type in ("true", "false"):
            new = "false" if node.type == "true" else "true"
            yield replace_span(data, node.start_byte, node.end_byte, new), f"use {new} instead of {node.type}"


def _file_integers(nodes) -> set[int]:
    if not nodes:
        return set()
    root = nodes[0]
    while root.parent is not None:
        root = root.parent
    found: set[int] = set()
    for node in walk(root):
        if node.type == "number" and node_text(node).isdigit() and len(found) < 20:
            found.add(int(node_text(node)))
    return found


def _negations(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    for node in nodes:
        if node.type == "unary_expression" and node_text(node).startswith("!"):
            inner = node.child_by_field_name("argument")
            if inner is not None:
                yield (
                    replace_span(data, node.start_byte, node.end_byte, node_text(inner)),
                    "remove the negation '!'",
                )
        elif node.type == "parenthesized_expression" and node.parent is not None and node.parent.type in (
            "if_statement", "while_statement",
        ):  # fmt: skip
            inner = node_text(node)[1:-1]
            yield replace_span(data, node.start_byte, node.end_byte, f"(!({inner}))"), "negate the condition"
        elif node.type == "arrow_function" and _is_predicate(node):
            body = node.child_by_field_name("body")
            if body is not None and body.type != "statement_block" and not node_text(body).startswith("!"):
                yield (replace_span(data, body.start_byte, body.end_byte, f"!{_operand(body)}"),
                       f"negate the predicate {node_text(body)[:40]}")  # fmt: skip
        elif node.type == "return_statement" and node.named_children:
            value = node.named_children[0]
            if _is_boolean(value):
                yield (replace_span(data, value.start_byte, value.end_byte, f"!{_operand(value)}"),
                       f"negate the returned {node_text(value)[:40]}")  # fmt: skip
        elif node.type == "unary_expression" and node_text(node).startswith("-"):
            inner = node.child_by_field_name("argument")
            if inner is not None:
                yield (
                    replace_span(data, node.start_byte, node.end_byte, node_text(inner)),
                    "remove the minus sign",
                )


def _siblings(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    for node in nodes:
        if node.type != "member_expression":
            continue
        prop = node.child_by_field_name("property")
        name = node_text(prop) if prop is not None else ""
        for group in SIBLINGS:
            if name in group:
                for new in group:
                    if new != name:
                        yield (
                            replace_span(data, prop.start_byte, prop.end_byte, new),
                            f"call '{new}' instead of '{name}'",
                        )


def _roundings(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`Math.round` for `Math.ceil` and the like, ahead of the other sibling methods (`_siblings` offers
    them too, later): rounding the wrong way is the boundary slip of a division or a conversion, as `<`
    for `<=` is of a comparison (a "started" metre or decade counted or not), so it goes first with the
    flips (`goes_first`): 8 of the 124 dev LOGIC keys are one, and d108's, 9th on its line behind six
    tied lines' edits at 20–30 s a candidate, was out of reach of its search's share."""
    for node in nodes:
        call = method_call(node)
        if call is None or node_text(call[0]) != "Math" or (name := node_text(call[1])) not in ROUNDING:
            continue
        # `Math.floor(x) + 1` for "x rounded up" (and `Math.ceil(x) - 1` for down) is wrong exactly at
        # a whole x (8 guests, 4 beds a yurt: 3 yurts): the rounding the other way, the unit dropped
        # (round 54, npm28: d380's key).
        outer = node.parent
        right = outer.child_by_field_name("right") if outer is not None else None
        if (
            outer is not None
            and outer.type == "binary_expression"
            and outer.child_by_field_name("left") == node
            and right is not None
            and node_text(right) == "1"
            and (name, node_text(_operator(outer) or right)) in (("floor", "+"), ("ceil", "-"))
        ):
            other = "ceil" if name == "floor" else "floor"
            rounded = node_text(node).replace(name, other, 1)
            yield (
                replace_span(data, outer.start_byte, outer.end_byte, rounded),
                f"call '{other}' instead of '{name}' and drop the unit{ROUNDED_OTHER_WAY}",
            )
        for new in ROUNDINGS:
            if new == name:
                continue
            yield (
                replace_span(data, call[1].start_byte, call[1].end_byte, new),
                f"call '{new}' instead of '{name}'{ROUNDED_OTHER_WAY}",
            )


def _swaps(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    for node in nodes:
        if node.type == "ternary_expression":
            yield from _swap_branches(data, node)
        if (
            node.type == "binary_expression"
            and (op := _operator(node)) is not None
            and node_text(op) in NON_COMMUTATIVE
        ):
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            if left is not None and right is not None:
                new = f"{node_text(right)} {node_text(op)} {node_text(left)}"
                yield replace_span(data, node.start_byte, node.end_byte, new), "swap the operands"
        elif node.type == "arguments" and len(node.named_children) == 2:
            first, second = node.named_children
            new = f"({node_text(second)}, {node_text(first)})"
            yield replace_span(data, node.start_byte, node.end_byte, new), "swap the two arguments"
        elif node.type == "arguments" and 2 < len(node.named_children) <= 6:
            yield from _swap_adjacent(data, node.named_children)
        elif node.type == "if_statement":
            yield from _swap_if_branches(data, node)


def _swap_adjacent(data: bytes, arguments) -> Iterator[tuple[str, str]]:
    """Swapped arguments of a longer call: each adjacent pair (the "swap arguments" template)."""
    for first, second in itertools.pairwise(arguments):
        swapped = (
            data[: first.start_byte] + data[second.start_byte : second.end_byte]
            + data[first.end_byte : second.start_byte] + data[first.start_byte : first.end_byte]
            + data[second.end_byte :]
        )  # fmt: skip
        yield (swapped.decode("utf-8", errors="surrogateescape"),
               f"swap the arguments {node_text(first)[:30]} and {node_text(second)[:30]}")  # fmt: skip


def _swap_if_branches(data: bytes, node) -> Iterator[tuple[str, str]]:
    """`if (c) A else B` -> `if (c) B else A`: swapped branches of a statement (a block each)."""
    consequence, alternative = (
        node.child_by_field_name("consequence"),
        node.child_by_field_name("alternative"),
    )
    body = alternative.named_children[0] if alternative is not None and alternative.named_children else None
    if (
        consequence is None
        or body is None
        or consequence.type != "statement_block"
        or body.type != "statement_block"
    ):
        return
    yield _swapped(data, consequence, body), "swap the two branches of the if statement"


def _swap_branches(data: bytes, node) -> Iterator[tuple[str, str]]:
    consequence, alternative = (
        node.child_by_field_name("consequence"),
        node.child_by_field_name("alternative"),
    )
    if consequence is None or alternative is None:
        return
    swapped = (
        data[: consequence.start_byte]
        + data[alternative.start_byte : alternative.end_byte]
        + data[consequence.end_byte : alternative.start_byte]
        + data[consequence.start_byte : consequence.end_byte]
        + data[alternative.end_byte :]
    )
    yield swapped.decode("utf-8", errors="surrogateescape"), "swap the two branches of the conditional"


# -- a sort comparator that returns a boolean -------------------------------------------------
# `xs.sort((a, b) => a > b)`: sort wants a number (negative: a first); a boolean is 0 or 1, never
# negative, so the order depends on the engine's algorithm. Each comparison becomes a difference
# (the mutate-operator template of TBar, typed by what the callback must return); a `||` chain keeps
# its `||`, where a difference of 0 (a tie) falls through to the next key. The operands' written
# order goes first: `a > b` is true exactly where `a - b` is positive (sort's own sense, and the
# order engines that sorted small arrays by insertion gave it), and `a < b` read as C++'s or
# Python's "less than" key is ascending, `a - b`, too.
COMPARISONS = frozenset({"<", "<=", ">", ">="})
SORTS = frozenset({"sort", "toSorted"})
NOT_BOOLEAN = ", not a boolean"
MAX_TERMS = 3  # comparisons of one comparator: 2 ** terms orders each
PLAIN_OPERANDS = frozenset({"identifier", "member_expression", "subscript_expression", "call_expression",
                            "number", "parenthesized_expression", "this"})  # fmt: skip


def comparator_rewrites(data: bytes, function) -> list[tuple[str, str]]:
    """(new text, description) for a function returning comparisons or `||` chains of them: each
    comparison `x < y` or `x > y` made `x - y` first, then with the operands' order flipped, fewest
    flips first; then the same with `x.localeCompare(y)`, for strings."""
    returned = _returned_values(function)
    chains = [_comparisons(value) for value in returned]
    if not returned or any(chain is None for chain in chains):
        return []
    terms = [term for chain in chains for term in chain]
    if not 1 <= len(terms) <= MAX_TERMS:
        return []
    rewrites = []
    for compare in ("{x} - {y}", "{x}.localeCompare({y})"):
        for flips in sorted(itertools.product((False, True), repeat=len(terms)), key=sum):
            new = {term: _compared(term, compare, flip=flip) for term, flip in zip(terms, flips, strict=True)}
            written = ", ".join(" || ".join(new[term] for term in chain) for chain in chains)
            rewrites.append(
                (replace_nodes(data, new), f"make the comparator return a number ({written}){NOT_BOOLEAN}")
            )
    return rewrites


def _returned_values(function) -> list:
    body = function.child_by_field_name("body")
    if body is None:
        return []
    if body.type != "statement_block":
        return [body]
    returns = [n for n in walk(body) if n.type == "return_statement" and _enclosing_function(n) == function]
    return [r.named_children[0] for r in returns if r.named_child_count]


def _comparisons(node) -> list | None:
    while node.type == "parenthesized_expression" and node.named_child_count == 1:
        node = node.named_children[0]
    op = _operator(node) if node.type == "binary_expression" else None
    operator = node_text(op) if op is not None else ""
    if operator == "||":
        sides = [_comparisons(node.child_by_field_name(side)) for side in ("left", "right")]
        return None if None in sides else [*sides[0], *sides[1]]
    return [node] if operator in COMPARISONS else None


def _compared(term, compare: str, *, flip: bool) -> str:
    x, y = (_operand(term.child_by_field_name(side)) for side in ("left", "right"))
    if flip:
        x, y = y, x
    return compare.format(x=x, y=y)


def _operand(node) -> str:
    return node_text(node) if node.type in PLAIN_OPERANDS else f"({node_text(node)})"


def _comparators(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """A callback of `.sort(...)` on the line that returns a boolean (the call may close a chain begun
    on an earlier line: `contracts.line_calls`)."""
    for node in contracts.line_calls(nodes):
        parts = method_call(node)
        arguments = node.child_by_field_name("arguments") if parts is not None else None
        if arguments is None or node_text(parts[1]) not in SORTS or not arguments.named_child_count:
            continue
        callback = arguments.named_children[0]
        if callback.type in FUNCTION_NODES:
            yield from comparator_rewrites(data, callback)


def _enclosing_function(node):
    current = node.parent
    while current is not None and current.type not in FUNCTION_NODES:
        current = current.parent
    return current


def _awaits(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    for node in nodes:
        if node.type != "call_expression" or (
            node.parent is not None and node.parent.type == "await_expression"
        ):
            continue
        function = _enclosing_function(node)
        if function is not None and node_text(function).lstrip().startswith("async"):
            yield (
                replace_span(data, node.start_byte, node.start_byte, "await "),
                f"await {node_text(node)[:40]}",
            )


def _identifiers(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """A wrong variable: swap each identifier read on the line for another name in scope there.

    In scope: the enclosing function's parameters and the names declared before the line in a
    block that encloses it (`let`/`const` are block-scoped; a name declared in a sibling block
    or further down cannot be meant). The names declared together with the replaced one come
    first (`const [rows, inner] = ...`: a slip between siblings is the likeliest), then the
    rest by name — the "mutate variable" template of TBar, restricted as ssFix/CapGen restrict
    donor variables to those in scope.
    """
    ranked: list[tuple[bool, bool, int, tuple[str, str]]] = []
    module = _module_values(nodes[0]) if nodes else {}
    for node in nodes:
        if node.type != "identifier" or _is_binding(node) or is_callee(node):
            continue
        function = _enclosing_function(node)
        if function is None:
            continue
        name = node_text(node)
        local = _visible_at(function, node)
        # The module's own constants are in scope too (`LIMIT` for `MAX`), after the local names.
        visible = {**{k: v for k, v in module.items() if k not in local}, **local}
        if name not in visible:
            continue  # a global or an outer function's name: its siblings are unknown
        for other in sorted(set(visible) - {name}):
            edit = (
                replace_span(data, node.start_byte, node.end_byte, other),
                f"use '{other}' instead of '{name}'",
            )
            # A name that shares most of its spelling (`pair` for `pairs`, `rows` for `row`) is the
            # likeliest slip after the siblings of one declaration.
            alike = 0 if -_alike(name, other)[0] >= ALIKE else 1
            ranked.append(
                (
                    (other in local) != (name in local),
                    visible[other] != visible[name],
                    alike,
                    len(ranked),
                    edit,
                )
            )
    for *_, edit in sorted(ranked):
        yield edit


def _anchors(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """A regular expression anchored at one end only (`^${body}` matching any longer text): the
    other anchor added — a literal mutation specific to patterns, of the kind regex-repair tools
    apply (RFixer, Pan et al., OOPSLA 2019)."""
    for node in nodes:
        if node.type == "regex":
            pattern = node.child_by_field_name("pattern")
        elif node.type in ("string", "template_string") and _regexp_source(node):
            pattern = node
        else:
            continue
        if pattern is None:
            continue
        body = node_text(pattern)
        quote = 1 if pattern.type in ("string", "template_string") else 0
        inner = body[quote : len(body) - quote] if quote else body
        if inner.startswith("^") and not inner.endswith("$"):
            at = pattern.end_byte - quote
            yield replace_span(data, at, at, "$"), "anchor the pattern at the end with '$'"
        elif inner.endswith("$") and not inner.startswith("^") and not inner.endswith("\\$"):
            at = pattern.start_byte + quote
            yield replace_span(data, at, at, "^"), "anchor the pattern at the start with '^'"


GLOBAL_METHODS = frozenset({"replace", "match"})


def _flags(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """A regular expression literal given to `replace`/`match` without the `g` flag: only the first
    occurrence is replaced or found (`/[&<>]/` escaping one character of many). Adding the flag is a
    literal mutation of the pattern, among the regex repairs RFixer makes (Pan et al., OOPSLA 2019);
    the methods whose result the flag changes that way are the only places it is offered."""
    for node in nodes:
        if node.type != "regex" or not _argument_of(node, GLOBAL_METHODS):
            continue
        flags = next((c for c in node.children if c.type == "regex_flags"), None)
        if flags is not None and "g" in node_text(flags):
            continue
        at = flags.end_byte if flags is not None else node.end_byte
        yield replace_span(data, at, at, "g"), "add the 'g' flag to the regular expression"


def _argument_of(node, methods: frozenset[str]) -> bool:
    """Whether `node` is the first argument of a call of `<object>.<one of methods>(...)`."""
    arguments = node.parent
    call = arguments.parent if arguments is not None and arguments.type == "arguments" else None
    if call is None or call.type != "call_expression" or arguments.named_children[:1] != [node]:
        return False
    callee = call.child_by_field_name("function")
    prop = (
        callee.child_by_field_name("property")
        if callee is not None and callee.type == "member_expression"
        else None
    )
    return prop is not None and node_text(prop) in methods


def _regexp_source(node) -> bool:
    """Whether a string is the pattern argument of `new RegExp(...)` / `RegExp(...)`."""
    arguments = node.parent
    call = arguments.parent if arguments is not None and arguments.type == "arguments" else None
    if (
        call is None
        or call.type not in ("new_expression", "call_expression")
        or arguments.named_children[:1] != [node]
    ):
        return False
    callee = call.child_by_field_name("constructor") or call.child_by_field_name("function")
    return callee is not None and node_text(callee) == "RegExp"


def _derived(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """The raw value used where a variable computed from it was meant: `money.cents % f` for
    `abs % f` after `const abs = Math.abs(money.cents)` (a wrong variable whose donor is chosen by
    data dependence, as ssFix and CapGen rank donors by their context).
    """
    for node in _values(nodes):
        function = _enclosing_function(node)
        if function is None:
            continue
        used = node_text(node)
        for name, value in _declared_before(function, node):
            if name == used or value is None:
                continue
            if any(node_text(inner) == used for inner in walk(value)):
                yield (
                    replace_span(data, node.start_byte, node.end_byte, name),
                    f"use '{name}', computed from {used}, instead of {used}",
                )


def _declared_before(function, use) -> Iterator[tuple[str, object]]:
    """(name, initialiser) of the plain variables declared before `use` in a block enclosing it."""
    for node in walk(function):
        if node.type != "variable_declarator" or node.end_byte > use.start_byte:
            continue
        scope = _scope_of(node.parent, function)
        if scope is None or not (scope.start_byte <= use.start_byte < scope.end_byte):
            continue
        target = node.child_by_field_name("name")
        if target is not None and target.type == "identifier":
            yield node_text(target), node.child_by_field_name("value")


def _module_values(node) -> dict[str, int]:
    """Names the module binds at its top level to values that are not functions or requires."""
    root = node
    while root.parent is not None:
        root = root.parent
    names: dict[str, int] = {}
    for target, value, declarator in module_declarators(root):
        if (
            target.type != "identifier"
            or value.type in FUNCTION_NODES
            or (value.type == "call_expression" and node_text(value).startswith("require("))
        ):
            continue
        names[node_text(target)] = declarator.parent.start_byte
    return names


def _visible_at(function, use) -> dict[str, int]:
    """Names in scope at `use` inside `function` → an id of the declaration that bound them."""
    names: dict[str, int] = {}
    params = function.child_by_field_name("parameters") or function.child_by_field_name("parameter")
    for node in walk(params) if params is not None else []:
        # `{ minLevel = 2 }`: a destructured parameter binds its shorthand names too.
        if node.type in BINDINGS and not (node.parent is not None and node.parent.type == "pair"):
            names[node_text(node)] = params.start_byte
    for node in walk(function):
        if node.type == "for_in_statement" and node.start_byte <= use.start_byte < node.end_byte:
            # `for (const pair of pairs)`: the loop's binding is in scope in its body.
            left = node.child_by_field_name("left")
            for bound in walk(left) if left is not None else []:
                if bound.type in BINDINGS:
                    names[node_text(bound)] = node.start_byte
            continue
        if node.type != "variable_declarator" or node.end_byte > use.start_byte:
            continue
        declaration = node.parent
        scope = _scope_of(declaration, function)
        if scope is None or not (scope.start_byte <= use.start_byte < scope.end_byte):
            continue
        target = node.child_by_field_name("name")
        if target is not None:
            for bound in walk(target):
                if bound.type in BINDINGS:
                    names[node_text(bound)] = declaration.start_byte if declaration is not None else 0
    return names


def _scope_of(declaration, function):
    """The node a declaration's names are visible in: the function for `var`, else its block."""
    if declaration is None:
        return None
    if declaration.type == "variable_declaration":  # var
        return function
    return declaration.parent  # a block, a for statement's header, the function body


def _is_binding(node) -> bool:
    parent = node.parent
    if parent is None:
        return True
    if parent.type in (
        "variable_declarator",
        "function_declaration",
        "class_declaration",
        "method_definition",
    ):
        return parent.child_by_field_name("name") == node
    return parent.type in (
        "formal_parameters",
        "required_parameter",
        "optional_parameter",
        "import_specifier",
    )


def _conditions(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """Conditions: drop one operand of `&&`/`||` (an extra or a wrong sub-condition), negate a
    conditional expression's test — TBar's "mutate conditional expression" templates (Liu et al.,
    ISSTA 2019) and the conditional-expression mutator of Stryker/PIT."""
    for node in nodes:
        if (
            node.type == "binary_expression"
            and (op := _operator(node)) is not None
            and node_text(op) in ("&&", "||")
        ):
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            for kept, dropped in ((left, right), (right, left)):
                if kept is not None and dropped is not None:
                    yield (replace_span(data, node.start_byte, node.end_byte, node_text(kept)),
                           f"drop the condition {node_text(dropped)[:40]}")  # fmt: skip
        elif node.type == "ternary_expression":
            condition = node.child_by_field_name("condition")
            if condition is not None:
                yield (replace_span(data, condition.start_byte, condition.end_byte, f"!({node_text(condition)})"),
                       "negate the condition of the conditional")  # fmt: skip


def _properties(
    data: bytes, nodes, text, path, *, fields: Mapping[str, Sequence[Sequence[str]]]
) -> Iterator[tuple[str, str]]:
    """A wrong field: `box.width` for `box.height` — another property the file reads from the same
    object (TBar's "mutate variable" over fields, with donors from the same file as in ssFix), then
    the ones the repository's other modules read from an object of the same name (`fields`: one
    record passed between modules keeps its name, `entry.capped` in the module that checks it)."""
    if not nodes:
        return
    root = nodes[0]
    while root.parent is not None:
        root = root.parent
    read = _member_reads(root)
    records = [_object_keys(node) for node in walk(root) if node.type == "object"]
    for node in nodes:
        if node.type != "member_expression" or is_callee(node) or _agreed_key(root, node):
            continue
        obj, prop = node.child_by_field_name("object"), node.child_by_field_name("property")
        if obj is None or prop is None or prop.type != "property_identifier":
            continue
        name = node_text(prop)
        # The most alike names first: a field confused with its sibling tends to share most of its
        # name (older/newer, startLine/endLine, minWidth/maxWidth).
        others = sorted(
            read.get(node_text(obj), []),
            key=lambda other: _alike(name, other),
        )
        # Then the other fields of the records the file builds with this one (`{ kg, reps, e1rm }`):
        # an object the file stores and reads back has those fields even where no line reads them yet.
        siblings = sorted(
            # dict, not set: the order of equally alike names stays the file's (no hash order).
            (
                key
                for key in dict.fromkeys(k for keys in records if name in keys for k in keys)
                if key not in others
            ),
            key=lambda other: _alike(name, other),
        )
        # The fields some module reads in one expression with this one come first (`entry.frames -
        # entry.brood - entry.capped`: terms of one quantity, so of one kind), then the file's own.
        groups = fields.get(node_text(obj), ())
        together = [k for group in groups if name in group for k in group]
        elsewhere = [k for group in groups for k in group]
        for other in dict.fromkeys([*together, *others, *siblings, *elsewhere]):
            if other != name and other != _own_member(node):
                yield (replace_span(data, prop.start_byte, prop.end_byte, other),
                       f"read '{other}' instead of '{name}'")  # fmt: skip


def repository_fields(sources: Mapping[str, str]) -> dict[str, list[tuple[str, ...]]]:
    """Object name -> the properties the modules read from an object of that name, grouped by the
    expression that reads them together (`entry.frames - entry.brood - entry.capped`), in file order."""
    groups: dict[str, dict[tuple[str, int, int], list[str]]] = {}
    for source_path, source in sources.items():
        tree = parse(source, source_path)
        for node in walk(tree.root_node) if tree is not None else ():
            if node.type != "member_expression" or is_callee(node):
                continue
            obj, prop = node.child_by_field_name("object"), node.child_by_field_name("property")
            if obj is None or prop is None or prop.type != "property_identifier":
                continue
            top = node
            while top.parent is not None and top.parent.type in TERMS:
                top = top.parent
            group = groups.setdefault(node_text(obj), {}).setdefault(
                (source_path, top.start_byte, top.end_byte), []
            )
            if node_text(prop) not in group:
                group.append(node_text(prop))
    return {obj: [tuple(g) for g in found.values()][:FIELDS_READ] for obj, found in groups.items()}


# The expressions whose operands are read together as one quantity's terms.
TERMS = frozenset({"binary_expression", "parenthesized_expression", "unary_expression"})
FIELDS_READ = 20


def _member_reads(root) -> dict[str, list[str]]:
    """Object text -> the properties read from it (not called) under `root`, in order, at most FIELDS_READ."""
    read: dict[str, list[str]] = {}
    for node in walk(root):
        if node.type != "member_expression" or is_callee(node):
            continue
        obj, prop = node.child_by_field_name("object"), node.child_by_field_name("property")
        if obj is not None and prop is not None and prop.type == "property_identifier":
            names = read.setdefault(node_text(obj), [])
            if node_text(prop) not in names and len(names) < FIELDS_READ:
                names.append(node_text(prop))
    return read


KEYED = frozenset({"get", "set", "has", "delete"})


def _agreed_key(root, node) -> bool:
    """The node is the key of a map access (`best.set(entry.exercise, …)`) that another access of the
    same map in the file names alike (`best.get(entry.exercise)`): changing one side breaks the
    agreement between where the map is written and where it is read. Such an edit passed d84's
    tests by chance (its dates held one record each) and is no repair; an edit that makes two
    different keys agree stays offered."""
    call = node.parent.parent if node.parent is not None and node.parent.type == "arguments" else None
    if call is None or (access := method_call(call)) is None or node_text(access[1]) not in KEYED:
        return False
    if _call_arguments(call)[0] != node:
        return False
    receiver, key = node_text(access[0]), node_text(node)
    return any(
        other != call
        and (theirs := method_call(other)) is not None
        and node_text(theirs[1]) in KEYED
        and node_text(theirs[0]) == receiver
        and (arguments := _call_arguments(other))
        and node_text(arguments[0]) == key
        for other in walk(root)
        if other.type == "call_expression"
    )


def _own_member(node) -> str | None:
    """The name of the method or getter a `this.x` read is in: reading `this.total` inside `get total()`
    calls itself without end (a stack overflow, never a repair), so that field is no donor there."""
    function = _enclosing_function(node)
    while function is not None and function.type == "arrow_function":  # an arrow keeps the method's `this`
        function = _enclosing_function(function)
    obj = node.child_by_field_name("object")
    if function is None or function.type != "method_definition" or obj is None or obj.type != "this":
        return None
    name = function.child_by_field_name("name")
    return node_text(name) if name is not None else None


def _object_keys(node) -> list[str]:
    """The plain keys of an object literal (`{ a: 1, b }` -> a, b)."""
    keys = []
    for child in node.named_children:
        if child.type == "shorthand_property_identifier":
            keys.append(node_text(child))
        elif (
            child.type == "pair"
            and (key := child.child_by_field_name("key")) is not None
            and key.type == "property_identifier"
        ):
            keys.append(node_text(key))
    return keys


def _alike(name: str, other: str) -> tuple[int, float]:
    """Sort key: the shared prefix and suffix first, then difflib's ratio (most alike first)."""
    prefix = len(posixpath.commonprefix([name, other]))
    suffix = len(posixpath.commonprefix([name[::-1], other[::-1]]))
    return -(prefix + suffix), -difflib.SequenceMatcher(None, name, other).ratio()


PREDICATES = frozenset({"filter", "find", "findIndex", "findLast", "findLastIndex", "some", "every"})
BOOLEAN_OPERATORS = frozenset(
    {"<", "<=", ">", ">=", "===", "!==", "==", "!=", "&&", "||", "in", "instanceof"}
)


def _is_predicate(arrow) -> bool:
    """An arrow function passed to filter/find/some/every...: its body is a condition."""
    arguments = arrow.parent
    call = arguments.parent if arguments is not None and arguments.type == "arguments" else None
    function = call.child_by_field_name("function") if call is not None else None
    prop = (
        function.child_by_field_name("property")
        if function is not None and function.type == "member_expression"
        else None
    )
    return prop is not None and node_text(prop) in PREDICATES


def _is_boolean(value) -> bool:
    if value.type == "binary_expression":
        op = next((c for c in value.children if not c.is_named), None)
        return op is not None and node_text(op) in BOOLEAN_OPERATORS
    return value.type in ("true", "false")


def _operand(node) -> str:
    """The expression as the operand of a prefix operator (parenthesized unless it is atomic)."""
    text = node_text(node)
    atomic = node.type in ("identifier", "member_expression", "call_expression", "subscript_expression",
                           "parenthesized_expression", "this", "true", "false")  # fmt: skip
    return text if atomic else f"({text})"


def _chains(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """Two chained calls in the wrong order: `s.replace(a, x).replace(b, y)` where `b` must be
    replaced first. The two links of the chain trade places — TBar's "move statement" template
    (Liu et al., ISSTA 2019) at the granularity of a call chain, where each link is one step."""
    for node in nodes:
        if node.type != "call_expression":
            continue
        callee = node.child_by_field_name("function")
        inner = (
            callee.child_by_field_name("object")
            if callee is not None and callee.type == "member_expression"
            else None
        )
        if inner is None or inner.type != "call_expression":
            continue
        inner_callee = inner.child_by_field_name("function")
        receiver = (
            inner_callee.child_by_field_name("object")
            if inner_callee is not None and inner_callee.type == "member_expression"
            else None
        )
        if receiver is None:
            continue
        first, second = data[receiver.end_byte : inner.end_byte], data[inner.end_byte : node.end_byte]
        if first == second:
            continue
        swapped = data[: receiver.end_byte] + second + first + data[node.end_byte :]
        yield (swapped.decode("utf-8", errors="surrogateescape"),
               f"call {second.decode(errors='replace').strip()[:40]} before {first.decode(errors='replace').strip()[:40]}")  # fmt: skip


def _callees(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """A call of the wrong function: `area(polygon)` for `signedArea(polygon)`. The donors are the
    module's own functions that take as many arguments (and imported names spelt alike, whose
    arity this file does not show) — TBar's "mutate method invocation" with donors of the same
    kind in scope, as ssFix and CapGen choose them; the most alike names first."""
    calls = [
        n for n in nodes
        if n.type == "call_expression" and (f := n.child_by_field_name("function")) is not None and f.type == "identifier"
    ]  # fmt: skip
    if not calls:
        return
    root = calls[0]
    while root.parent is not None:
        root = root.parent
    own = _module_functions(root)
    imported = {name.local for ref in imports(text, path) for name in ref.names if name.imported != "*"}
    for call in calls:
        function, arguments = call.child_by_field_name("function"), call.child_by_field_name("arguments")
        name = node_text(function)
        count = (
            len([a for a in arguments.named_children if a.type != "comment"]) if arguments is not None else 0
        )
        enclosing = _enclosing_function(call)
        around = (
            node_text(enclosing.child_by_field_name("name"))
            if enclosing is not None and enclosing.child_by_field_name("name") is not None
            else ""
        )
        donors = [other for other, arity in own.items() if count in arity]
        donors += [other for other in imported if -_alike(name, other)[0] >= ALIKE]
        for other in sorted(dict.fromkeys(donors), key=lambda other: _alike(name, other)):
            if other not in (name, around):
                yield (replace_span(data, function.start_byte, function.end_byte, other),
                       f"call '{other}' instead of '{name}'")  # fmt: skip


def _module_functions(root) -> dict[str, range]:
    """Functions the module declares at its top level → the argument counts they take."""
    found: dict[str, range] = {}
    for name, value in _module_function_values(root):
        params = value.child_by_field_name("parameters")
        listed = [p for p in params.named_children if p.type != "comment"] if params is not None else [None]
        texts = [node_text(p) for p in listed if p is not None]
        required = [
            t for t in texts if "=" not in t and "?" not in t.split(":")[0] and not t.startswith("...")
        ]
        most = 64 if any(t.startswith("...") for t in texts) else len(listed)
        found[name] = range(len(required), most + 1)
    return found


def _module_function_values(root) -> Iterator[tuple[str, object]]:
    """(name, function node) of the functions the module declares at its top level."""
    for statement in root.named_children:
        inner = (
            statement.child_by_field_name("declaration")
            if statement.type == "export_statement"
            else statement
        )
        if inner is None:
            continue
        if inner.type in ("function_declaration", "generator_function_declaration"):
            pairs = [(inner.child_by_field_name("name"), inner)]
        elif inner.type in ("lexical_declaration", "variable_declaration"):
            pairs = [
                (d.child_by_field_name("name"), d.child_by_field_name("value")) for d in inner.named_children
            ]
        else:
            continue
        for target, value in pairs:
            if target is not None and value is not None and value.type in FUNCTION_NODES:
                yield node_text(target), value


CONSTANT_STARTS = ("0", "''", "null")
REDUCERS = frozenset({"reduce", "reduceRight"})


def _starts(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """A running value started from the data where a constant start was meant (`let current = row[0]`
    for `let current = 0`): a `let` whose start is computed gets the neutral constants. The
    "replace an expression by a constant" operator of mutation-based repair (the constant
    replacement of jMutRepair / Astor's mutation family; Martinez and Monperrus, 2016), limited to
    variables the code reassigns, where a start value is meant."""
    for node in nodes:
        call = method_call(node)
        if (
            call is not None
            and node_text(call[1]) in REDUCERS
            and len(arguments := _call_arguments(node)) == 1
        ):
            # `reduce` without its initial value starts from the first element itself, not from what
            # the callback makes of it (`sum + distanceOf(leg)` adds a leg object): the start added.
            for new in CONSTANT_STARTS:
                yield (replace_span(data, arguments[0].end_byte, arguments[0].end_byte, f", {new}"),
                       f"start the {node_text(call[1])} from {new}")  # fmt: skip
            continue
        if (
            node.type != "variable_declarator"
            or node.parent is None
            or node.parent.type != "lexical_declaration"
        ):
            continue
        if not node_text(node.parent).startswith("let"):
            continue
        value = node.child_by_field_name("value")
        if value is None or value.type in ("number", "string", "template_string", "true", "false", "null",
                                           "undefined", "array", "object", "unary_expression", *FUNCTION_NODES):  # fmt: skip
            continue
        for new in CONSTANT_STARTS:
            yield (replace_span(data, value.start_byte, value.end_byte, new),
                   f"start from {new} instead of {node_text(value)[:40]}")  # fmt: skip


ADDITIVE = frozenset({"+", "-"})
MULTIPLICATIVE = frozenset({"*", "/", "%"})


def _precedence(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """Operators grouped wrongly: `a + b / 2` for `(a + b) / 2`, `a * b + c` for `a * (b + c)`.
    TBar's "mutate operators" templates include changing the priority of arithmetic operations
    (Liu et al., ISSTA 2019); a missing pair of parentheses is that edit's commonest form."""
    for node in nodes:
        if (
            node.type != "binary_expression"
            or (op := _operator(node)) is None
            or node_text(op) not in ADDITIVE
        ):
            continue
        outer = node_text(op)
        left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
        if left is None or right is None:
            continue
        if (parts := _split(right, MULTIPLICATIVE)) is not None:  # a + (b * c) -> (a + b) * c
            inner, first, second = parts
            grouped = f"({node_text(left)} {outer} {first})"
            yield (replace_span(data, node.start_byte, node.end_byte, f"{grouped} {inner} {second}"),
                   f"compute {grouped[:50]} first")  # fmt: skip
        if (parts := _split(left, MULTIPLICATIVE)) is not None:  # (a * b) + c -> a * (b + c)
            inner, first, second = parts
            grouped = f"({second} {outer} {node_text(right)})"
            yield (replace_span(data, node.start_byte, node.end_byte, f"{first} {inner} {grouped}"),
                   f"compute {grouped[:50]} first")  # fmt: skip
        # x + (a * b) + c -> x + a * (b + c): the factor's operand continues into the next term of a
        # longer sum (`longest + 2 * a + b` for `longest + 2 * (a + b)`).
        chain = _split(left, ADDITIVE)
        last = left.child_by_field_name("right") if chain is not None else None
        if chain is not None and last is not None and (parts := _split(last, MULTIPLICATIVE)) is not None:
            inner, first, second = parts
            grouped = f"({second} {outer} {node_text(right)})"
            start = left.child_by_field_name("left")
            new = (
                f"{node_text(start) if start is not None else chain[1]} {chain[0]} {first} {inner} {grouped}"
            )
            yield replace_span(data, node.start_byte, node.end_byte, new), f"compute {grouped[:50]} first"


def _split(node, operators: frozenset[str]) -> tuple[str, str, str] | None:
    """(operator, left text, right text) of a binary expression whose operator is one of `operators`."""
    if node.type != "binary_expression" or (op := _operator(node)) is None or node_text(op) not in operators:
        return None
    left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
    if left is None or right is None:
        return None
    return node_text(op), node_text(left), node_text(right)


ROUNDED_OTHER_WAY = ", rounding the other way"
ROUNDINGS = ("floor", "ceil", "round", "trunc")  # SIBLINGS' order
ROUNDING = frozenset(ROUNDINGS)
# Where `x + 1` needs no parentheses in place of `x`: the operand binds at least as loosely.
LOOSE = ("return_statement", "variable_declarator", "arguments", "assignment_expression",
         "template_substitution", "parenthesized_expression", "array", "pair")  # fmt: skip


def _rounded(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """A whole number off by one: `Math.floor(random() * n)` for `Math.floor(random() * n) + 1` (a
    range that should start at 1). The off-by-one template applied to a rounded result, where a
    count or an index is made (the boundary edits above cover indices and bounds only)."""
    for node in nodes:
        call = method_call(node)
        if call is None or node_text(call[0]) != "Math" or node_text(call[1]) not in ROUNDING:
            continue
        value = node_text(node)
        bare = node.parent is not None and node.parent.type in LOOSE
        for step in ("+ 1", "- 1"):
            new = f"{value} {step}" if bare else f"({value} {step})"
            yield replace_span(data, node.start_byte, node.end_byte, new), f"use {value[:40]} {step}"


def _values(nodes) -> list:
    """The values read on the line: variables and fields, not what is called, bound or dereferenced."""
    found = []
    for node in nodes:
        if node.type not in ("identifier", "member_expression") or _is_binding(node) or is_callee(node):
            continue
        parent = node.parent
        if (
            parent is not None
            and parent.type == "member_expression"
            and parent.child_by_field_name("object") == node
        ):
            continue  # `money` of `money.cents`: the whole read is the value
        found.append(node)
    return found


def _name(node) -> str:
    prop = node.child_by_field_name("property") if node.type == "member_expression" else None
    return node_text(prop if prop is not None else node)


def _exchanges(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """Two alike variables in each other's places: `(amount * toSize) / fromSize` for
    `(amount * fromSize) / toSize` — the swapped-names bugs of DeepBugs (Pradel and Sen, OOPSLA
    2018), within one line; only names spelt alike (a shared prefix and suffix), which are the
    ones a slip confuses, so the family stays small."""
    values = _values(nodes)
    for first, second in itertools.combinations(values, 2):
        a, b = node_text(first), node_text(second)
        if a == b or first.end_byte > second.start_byte or -_alike(_name(first), _name(second))[0] < ALIKE:
            continue
        yield _swapped(data, first, second), f"swap '{a[:30]}' and '{b[:30]}'"
    # The same function called twice on the line with its arguments in each other's places
    # (`(d * metres(per)) / metres(unit)`): DeepBugs' swapped arguments across the two calls.
    calls = [n for n in nodes if n.type == "call_expression" and len(_call_arguments(n)) == 1]
    for first, second in itertools.combinations(calls, 2):
        callee = first.child_by_field_name("function")
        (a,), (b,) = _call_arguments(first), _call_arguments(second)
        if (
            callee is None
            or node_text(callee) != node_text(second.child_by_field_name("function") or first)
            or node_text(a) == node_text(b)
            or first.end_byte > second.start_byte
        ):
            continue
        yield _swapped(data, a, b), f"swap the arguments of the two calls of {node_text(callee)[:30]}"


def _call_arguments(call) -> list:
    arguments = call.child_by_field_name("arguments")
    return arguments.named_children if arguments is not None and arguments.type == "arguments" else []


def _signs(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """A missing minus sign on an exponent (`Math.pow(1 + r, n)` for `Math.pow(1 + r, -n)`): the
    inverse of the "remove the minus sign" edit (Stryker's unary operator mutator and PIT's
    INVERT_NEGS), offered where a sign flips the meaning: arguments of `Math` functions and
    exponents."""
    for node in _values(nodes):
        parent = node.parent
        arguments = parent if parent is not None and parent.type == "arguments" else None
        call = (
            method_call(arguments.parent) if arguments is not None and arguments.parent is not None else None
        )
        exponent = (
            parent is not None
            and parent.type == "binary_expression"
            and (op := _operator(parent)) is not None
            and node_text(op) == "**"
            and parent.child_by_field_name("right") == node
        )
        if exponent or (call is not None and node_text(call[0]) == "Math"):
            value = node_text(node)
            yield replace_span(data, node.start_byte, node.end_byte, f"-{value}"), f"negate {value[:40]}"


CONSTANT_DONORS = 6


def _constants(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """A constant where a variable was meant: `level - 1` for `level - minLevel` (the list starts at
    a configurable level). The constant-to-variable replacement of TBar's "mutate literal
    expression" and jMutRepair, with donors in scope (as `_identifiers` finds them), those spelt
    like the other operand first."""
    module = _module_values(nodes[0]) if nodes else {}
    for node in nodes:
        parent = node.parent
        if node.type != "number" or parent is None or parent.type != "binary_expression":
            continue
        other = next((c for c in (parent.child_by_field_name("left"), parent.child_by_field_name("right"))
                      if c is not None and c != node), None)  # fmt: skip
        if other is None or other.type not in ("identifier", "member_expression"):
            continue
        local: dict[str, int] = {}
        function = _enclosing_function(node)
        while function is not None:  # a closure sees its outer functions' names too
            local = {**_visible_at(function, node), **local}
            function = _enclosing_function(function)
        names = [n for n in dict.fromkeys([*local, *module]) if n != node_text(other)]
        names.sort(key=lambda n: _alike(_name(other), n))
        value = node_text(node)
        for name in names[:CONSTANT_DONORS]:
            yield replace_span(data, node.start_byte, node.end_byte, name), f"use '{name}' instead of {value}"


def _copies(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`Object.assign(item, changes)` where a changed copy was meant: the caller's object is
    changed in place (an aliasing bug). The fix assigns into a new object: TBar's "mutate method
    invocation" by an added argument, for the one built-in whose first argument is its target."""
    for node in nodes:
        call = method_call(node)
        if call is None or node_text(call[0]) != "Object" or node_text(call[1]) != "assign":
            continue
        arguments = node.child_by_field_name("arguments")
        first = arguments.named_children[0] if arguments is not None and arguments.named_children else None
        if first is None or first.type == "object":
            continue
        yield (replace_span(data, first.start_byte, first.start_byte, "{}, "),
               f"assign into a new object, not into {node_text(first)[:40]}")  # fmt: skip


ACCUMULATES = " holds for the key"


def _accumulations(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """`totals.set(key, value)` in a loop where the value should add to what the key holds: the
    map's form of `total = x` for `total += x` (`_operators`), the accumulator a loop overwrites
    instead of updating (TBar's "mutate operator" on an assignment, through the map's own get)."""
    for node in nodes:
        call = method_call(node)
        if call is None or node_text(call[1]) != "set" or not _in_loop(node):
            continue
        if len(_call_arguments(node)) != 2:
            continue
        key, value = _call_arguments(node)
        receiver = node_text(call[0])
        # `|| 0`, not `?? 0`: a sum held is never '' or false, so the two give the same number.
        new = f"({receiver}.get({node_text(key)}) || 0) + {node_text(value)}"
        yield (replace_span(data, value.start_byte, value.end_byte, new),
               f"add {node_text(value)[:40]} to what {receiver[:30]}{ACCUMULATES}")  # fmt: skip


def _call_offsets(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """A number a getter returns, used off by one as another call's argument (`months.has(d.getMonth())`
    for a 1-based month): the ±1 of `_boundaries` on a call's result (TBar's "mutate integer
    literal/expression" by one), only for calls without arguments, which read a value, and only
    where the result is passed on."""
    for node in nodes:
        if (
            method_call(node) is None
            or _call_arguments(node)
            or node.parent is None
            or node.parent.type != "arguments"
        ):
            continue
        value = node_text(node)
        for step in ("+ 1", "- 1"):
            yield (
                replace_span(data, node.start_byte, node.end_byte, f"{value} {step}"),
                f"use {value[:40]} {step}",
            )


def _line_breaks(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """Text split on `'\\n'` alone keeps a `\\r` at the end of every line of a file written with CRLF:
    the separator widened to `/\\r?\\n/`, a literal mutation of the kind regex-repair tools make
    (RFixer, Pan et al., OOPSLA 2019), offered only for the line separator of `split`."""
    for node in nodes:
        if node.type != "string" or node_text(node)[1:-1] != "\\n" or not _argument_of(node, SPLITS):
            continue
        yield (
            replace_span(data, node.start_byte, node.end_byte, "/\\r?\\n/"),
            "split on \\r\\n as well as \\n",
        )


SPLITS = frozenset({"split"})
CONDITIONALS = ("if_statement", "while_statement", "ternary_expression")


def redundant_condition(text: str, path: str, *, line: int) -> bool:
    """Whether a condition on `line` repeats the condition of a loop around it: inside the loop it is
    always true, so it tests nothing, and a condition that tests nothing is where a boundary was
    meant (`if (i < n)` inside `for (...; i < n; ...)` for `i < n - 1`). Redundant code as evidence
    of a fault: Xie and Engler, "Using redundancies to find errors", FSE 2002."""
    tree = parse(text, path)
    if tree is None:
        return False
    for node in walk(tree.root_node):
        if node.type not in CONDITIONALS or node.start_point.row != line - 1:
            continue
        condition = node.child_by_field_name("condition")
        own = _bare(node_text(condition)) if condition is not None else ""
        outer = node.parent
        while own and outer is not None and outer.type not in FUNCTION_NODES:
            around = outer.child_by_field_name("condition") if outer.type in LOOPS else None
            if around is not None and _bare(node_text(around)) == own:
                return True
            outer = outer.parent
    return False


def _bare(condition: str) -> str:
    """A condition's text without the parentheses, the `;` of a for header and spacing."""
    text = "".join(condition.split()).rstrip(";")
    while text.startswith("(") and text.endswith(")"):
        text = text[1:-1]
    return text


def function_span(text: str, path: str, *, line: int) -> tuple[int, int] | None:
    """The first and last line (1-based) of the innermost function around `line`, None at top level."""
    tree = parse(text, path)
    if tree is None:
        return None
    inner = None
    for node in walk(tree.root_node):
        if node.type in FUNCTION_NODES and node.start_point.row <= line - 1 <= node.end_point.row:
            inner = node  # walk goes outside in: the last one around the line is the innermost
    return (inner.start_point.row + 1, inner.end_point.row + 1) if inner is not None else None


def _swapped(data: bytes, first, second) -> str:
    """The source with two non-overlapping nodes (first before second) exchanged."""
    swapped = (
        data[: first.start_byte] + data[second.start_byte : second.end_byte]
        + data[first.end_byte : second.start_byte] + data[first.start_byte : first.end_byte]
        + data[second.end_byte :]
    )  # fmt: skip
    return swapped.decode("utf-8", errors="surrogateescape")


LOGICAL = frozenset({"&&", "||"})
ALSO_CHECK = "also check "
LOOP_START = " to start the loop"


def _clauses(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """A condition missing a clause that another condition of the file checks beside the same call:
    `if (state.open.has(here))` where the file elsewhere tests `state.flags.has(key) ||
    state.open.has(key)`. Condition synthesis by an added clause (ACS, Xiong et al., ICSE 2017;
    Nopol), its ingredient taken from the same file as ssFix takes its code (the call's arguments
    put in for the donor's), so the family stays as small as the file's own conditions."""
    calls = [n for n in nodes if n.type == "call_expression" and _condition_clause(n)]
    if not calls:
        return
    root = nodes[0]
    while root.parent is not None:
        root = root.parent
    chains = [
        _chain(n) for n in walk(root)
        if n.type == "binary_expression" and (op := _operator(n)) is not None and node_text(op) in LOGICAL
        and not _same_chain(n.parent, node_text(op)) and n.start_point.row != calls[0].start_point.row
    ]  # fmt: skip
    seen: set[str] = set()
    for call in calls:
        callee = node_text(call.child_by_field_name("function") or call)
        arguments = [node_text(a) for a in _call_arguments(call)]
        for operator, clauses in chains:
            same = next((c for c in clauses if c.type == "call_expression"
                         and node_text(c.child_by_field_name("function") or c) == callee), None)  # fmt: skip
            if same is None:
                continue
            theirs = [node_text(a) for a in _call_arguments(same)]
            for clause in clauses:
                if clause == same:
                    continue
                added = node_text(clause)
                if len(theirs) == len(arguments):
                    for their, mine in zip(theirs, arguments, strict=True):
                        if their != mine:
                            added = _replace_word(added, their, mine)
                if added in seen or added == node_text(call):
                    continue
                seen.add(added)
                yield _added_clause(data, call, operator, added)
        # The same check on a sibling collection the file also asks (`state.walls.has(beyond)` where
        # `state.boxes.has(next)` is tested a line before): the file's other ingredient with this
        # call's arguments, as above, where the file asks the two in separate conditions.
        for added in _sibling_calls(root, call):
            if added not in seen:
                seen.add(added)
                yield _added_clause(data, call, "||", added)


def _added_clause(data: bytes, call, operator: str, added: str) -> tuple[str, str]:
    bare = call.parent is not None and call.parent.type == "parenthesized_expression"
    new = f"{node_text(call)} {operator} {added}"
    return replace_span(
        data, call.start_byte, call.end_byte, new if bare else f"({new})"
    ), f"{ALSO_CHECK}{added[:50]}"


def _sibling_calls(root, call) -> list[str]:
    """`base.other.method(args)` for a call `base.field.method(args)`, for each other field of `base` on
    which the file calls the same method, with this call's arguments."""
    function = call.child_by_field_name("function")
    receiver = function.child_by_field_name("object") if function is not None else None
    if function is None or receiver is None or receiver.type != "member_expression":
        return []
    base, field = receiver.child_by_field_name("object"), receiver.child_by_field_name("property")
    method = function.child_by_field_name("property")
    if base is None or field is None or method is None:
        return []
    arguments = ", ".join(node_text(a) for a in _call_arguments(call))
    found: list[str] = []
    for node in walk(root):
        if node.type != "call_expression" or (called := node.child_by_field_name("function")) is None:
            continue
        if called.type != "member_expression" or node_text(
            called.child_by_field_name("property") or called
        ) != node_text(method):
            continue
        other = called.child_by_field_name("object")
        if other is None or other.type != "member_expression":
            continue
        their_base, their_field = other.child_by_field_name("object"), other.child_by_field_name("property")
        if their_base is None or their_field is None or node_text(their_base) != node_text(base):
            continue
        clause = f"{node_text(base)}.{node_text(their_field)}.{node_text(method)}({arguments})"
        if node_text(their_field) != node_text(field) and clause not in found:
            found.append(clause)
    return found


def _condition_clause(node) -> bool:
    """The node is a whole condition or one operand of a `&&`/`||` chain."""
    parent = node.parent
    if parent is None:
        return False
    if parent.type == "parenthesized_expression":
        return parent.parent is not None and parent.parent.type in ("if_statement", "while_statement")
    return (
        parent.type == "binary_expression"
        and (op := _operator(parent)) is not None
        and node_text(op) in LOGICAL
    )


def _same_chain(node, operator: str) -> bool:
    return (
        node is not None
        and node.type == "binary_expression"
        and (op := _operator(node)) is not None
        and node_text(op) == operator
    )


def _chain(node) -> tuple[str, list]:
    """The operator and the operands of a flat `a || b || c` chain."""
    operator = node_text(_operator(node))
    operands, stack = [], [node]
    while stack:
        current = stack.pop()
        if _same_chain(current, operator):
            stack += [
                c for c in (current.child_by_field_name("right"), current.child_by_field_name("left")) if c
            ]
        else:
            operands.append(current)
    return operator, operands


def _replace_word(text: str, old: str, new: str) -> str:
    return re.sub(rf"(?<![\w$.]){re.escape(old)}(?![\w$])", lambda _: new, text)


def _literal_swaps(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """Two constants of a line in each other's places (`4 * fat + 9 * protein` for `9 * fat + 4 *
    protein`): DeepBugs' swapped-arguments idea applied to literals, for numbers that are operands
    of the same operator, the factors or terms of one formula."""
    numbers = [
        n for n in nodes
        if n.type == "number" and n.parent is not None and n.parent.type == "binary_expression"
    ]  # fmt: skip
    for first, second in itertools.combinations(numbers, 2):
        if node_text(first) == node_text(second) or node_text(_operator(first.parent) or first) != node_text(
            _operator(second.parent) or second
        ):
            continue
        yield _swapped(data, first, second), f"swap {node_text(first)} and {node_text(second)}"


# Built-in methods whose arguments are positions or counts: an argument off by one there is the
# slice/substring form of an index off by one (`_boundaries`' subscripts).
INDEX_METHODS = frozenset(
    {"slice", "substring", "substr", "splice", "at", "charAt", "padStart", "padEnd", "repeat", "fill"}
)


def _bound_arguments(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """A position passed to a built-in (`text.slice(0, max)` for `max - 1`) or a loop started from a
    variable (`for (let j = last; ...)` for `last + 1`) off by one: TBar's "mutate integer expression"
    by one where a bound is given, beside `_boundaries`' subscripts and comparisons."""
    for node in nodes:
        values = []
        call = method_call(node)
        if call is not None and node_text(call[1]) in INDEX_METHODS:
            values = [a for a in _call_arguments(node) if a.type in ("identifier", "member_expression")]
        elif (
            node.type == "variable_declarator"
            and node.parent is not None
            and (node.parent.parent is not None and node.parent.parent.type == "for_statement")
        ):
            value = node.child_by_field_name("value")
            values = (
                [value] if value is not None and value.type in ("identifier", "member_expression") else []
            )
        for value in values:
            old = node_text(value)
            where = LOOP_START if node.type == "variable_declarator" else ""
            for step in ("- 1", "+ 1"):
                yield (replace_span(data, value.start_byte, value.end_byte, f"{old} {step}"),
                       f"use {old} {step} instead of {old}{where}")  # fmt: skip


def _index_shifts(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """Every index of the line off by the same one (`a[i] === b[j]` for `a[i - 1] === b[j - 1]`, a
    table whose row and column 0 stand for the empty prefix): `_boundaries`' shifted index applied
    to all subscripts at once, as `EVERY_FLIP` does for comparisons; one edit where a single-edit
    search would need two."""
    indices = [
        index for node in nodes
        if node.type == "subscript_expression"
        and (index := node.child_by_field_name("index")) is not None
        and index.type in ("identifier", "member_expression")
    ]  # fmt: skip
    if len(indices) < 2:
        return
    for step in ("- 1", "+ 1"):
        yield (replace_nodes(data, {index: f"{node_text(index)} {step}" for index in indices}),
               f"index with {step} in every subscript of the line")  # fmt: skip


def _moduli(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """A value computed from a remainder that leaves the remainder's range (`10 - sum % 10` is 10 when
    the sum is a multiple of 10): the whole sum or difference taken modulo the same constant again,
    TBar's "mutate expression" completing a wrap-around the code began."""
    for node in nodes:
        if node.type != "binary_expression" or _split(node, frozenset({"%"})) is None:
            continue
        modulus = node.child_by_field_name("right")
        if modulus is None or modulus.type not in ("number", "identifier", "member_expression"):
            continue
        top, parent = None, node.parent
        while parent is not None and (
            parent.type == "parenthesized_expression" or _split(parent, ADDITIVE) is not None
        ):
            if parent.type == "binary_expression":
                top = parent
            parent = parent.parent
        if top is None or (parent is not None and _split(parent, frozenset({"%"})) is not None):
            continue
        wrapped = f"({node_text(top)}) % {node_text(modulus)}"
        yield (
            replace_span(data, top.start_byte, top.end_byte, wrapped),
            f"keep {node_text(top)[:40]} below {node_text(modulus)}",
        )


def _absorbed_terms(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """A term added after a call that belongs inside its last argument (`Math.min(cap, bid) + step`
    for `Math.min(cap, bid + step)`): a closing parenthesis in the wrong place, the grouping edit of
    `_precedence` (TBar's "mutate operators" by priority) where the group is a call's argument list."""
    for node in nodes:
        if (parts := _split(node, ADDITIVE)) is None:
            continue
        left = node.child_by_field_name("left")
        if left is None or left.type != "call_expression" or not (arguments := _call_arguments(left)):
            continue
        last = arguments[-1]
        moved = f"{node_text(last)} {parts[0]} {parts[2]}"
        new = data[node.start_byte : last.start_byte] + encode(moved) + data[last.end_byte : left.end_byte]
        yield (replace_span(data, node.start_byte, node.end_byte, new.decode("utf-8", errors="surrogateescape")),
               f"{parts[0]} {parts[2][:40]} inside the call")  # fmt: skip


# -- round 25: a missing value of a disjunction, a count given back off by one, repeats counted twice,
# -- a comparator key sorted the wrong way ------------------------------------------------------
EQUALITIES = frozenset({"===", "=="})
BOUNDS = frozenset({"<", "<=", ">", ">="})
NEXT_VALUE = ", next to a value the condition checks"
MIRRORED = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "===": "===", "==": "=="}


def _disjuncts(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """A condition that misses a value next to one it already checks (`now < 0 || (now === 0 &&
    !double)` where a score of one left is a bust too: `now < 0 || now === 1 || ...`): condition
    synthesis by an added disjunct (ACS, Xiong et al., ICSE 2017; TBar's "mutate conditional
    expression" by an added sub-condition), the value one off a constant the chain compares the same
    variable with, as ITER's and PIT's boundary mutations take their neighbours. A value a top-level
    bound of the chain already holds (`now === -1` beside `now < 0`) is not offered."""
    for node in nodes:
        if node.type != "binary_expression" or not _same_chain(node, "||") or _same_chain(node.parent, "||"):
            continue
        _, clauses = _chain(node)
        clauses.sort(key=lambda clause: clause.start_byte)
        compared = [(clause, found) for clause in clauses for found in _compared_constants(clause)]
        bounds = [found for clause in clauses if (found := _compared_constant(clause)) is not None]
        seen = {(name, value) for _, (name, operator, value) in compared if operator in EQUALITIES}
        for clause, (name, _, value) in compared:
            for near in (value + 1, value - 1):
                if (name, near) in seen or any(
                    name == bound[0] and _holds(bound[1], near, bound[2]) for bound in bounds
                ):
                    continue
                seen.add((name, near))
                yield (replace_span(data, clause.end_byte, clause.end_byte, f" || {name} === {near}"),
                       f"also treat {name} === {near}{NEXT_VALUE}")  # fmt: skip


def _compared_constants(clause) -> list[tuple[str, str, int]]:
    """(variable, operator with the variable on the left, integer) of every comparison in the clause."""
    return [found for n in walk(clause) if (found := _compared_constant(n)) is not None]


def _compared_constant(node) -> tuple[str, str, int] | None:
    while node.type == "parenthesized_expression" and node.named_child_count == 1:
        node = node.named_children[0]
    op = _operator(node) if node.type == "binary_expression" else None
    if op is None or node_text(op) not in MIRRORED:
        return None
    left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
    if left is None or right is None:
        return None
    operator = node_text(op)
    if left.type == "number" and right.type != "number":
        left, right, operator = right, left, MIRRORED[operator]
    if left.type not in ("identifier", "member_expression") or right.type != "number":
        return None
    try:
        return node_text(left), operator, int(node_text(right))
    except ValueError:
        return None


def _holds(operator: str, value: int, constant: int) -> bool:
    return {"<": value < constant, "<=": value <= constant, ">": value > constant, ">=": value >= constant,
            "===": value == constant, "==": value == constant}[operator]  # fmt: skip


NUMERIC_OPERATORS = frozenset({"-", "*", "/", "%", "**", "<", "<=", ">", ">="})


def _given_counts(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """A number a branch or a function gives back as it is where one more or one less was meant
    (`finish : entries` for `entries + 1`, a place after the last): TBar's "mutate integer expression"
    by one on a returned value, which `_boundaries` offers only for indices, bounds and factors; for
    variables the function treats as numbers (declared `number`, or used in arithmetic or a comparison)."""
    for node in nodes:
        parent = node.parent
        if node.type not in ("identifier", "member_expression") or parent is None or _is_binding(node):
            continue
        given = parent.type == "return_statement" or (
            parent.type == "ternary_expression" and node != parent.child_by_field_name("condition")
        )
        function = _enclosing_function(node)
        if not given or function is None or not _numeric(node_text(node), function):
            continue
        value = node_text(node)
        for step in ("+ 1", "- 1"):
            yield (replace_span(data, node.start_byte, node.end_byte, f"{value} {step}"),
                   f"give {value[:40]} {step}")  # fmt: skip


def _numeric(name: str, function) -> bool:
    for node in walk(function):
        if node.type in ("required_parameter", "optional_parameter", "variable_declarator"):
            named = node.child_by_field_name("pattern") or node.child_by_field_name("name")
            annotation = node.child_by_field_name("type")
            if (
                named is not None
                and node_text(named) == name
                and annotation is not None
                and node_text(annotation).lstrip(":").strip() == "number"
            ):
                return True
        elif (
            node.type == "binary_expression"
            and (op := _operator(node)) is not None
            and node_text(op) in NUMERIC_OPERATORS
            and any(
                side is not None and node_text(side) == name
                for side in (node.child_by_field_name("left"), node.child_by_field_name("right"))
            )
        ):
            return True
    return False


ARRAY_MAKERS = frozenset({"map", "filter", "flatMap", "flat", "concat", "slice"})
ONCE = " once"
AS_ELSEWHERE = " as the file does elsewhere"


def _dedupes(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """A collection that holds repeats where each value should count once (`checkins.map(day).sort()`
    counting a day checked in twice as two days of a streak): the array made from a Set of it,
    before it is sorted or kept. The insertion of a missing operation on a collection (TBar's
    "insert missing method invocation"); when the file already makes a Set of the same values
    elsewhere, it is evidence that repeats are meant away (`goes_first`)."""
    for node in nodes:
        call = method_call(node)
        if call is None or node_text(call[1]) not in ARRAY_MAKERS:
            continue
        if node.parent is None:
            continue
        outer = node.parent.parent
        sorted_after = (
            node.parent.type == "member_expression"
            and outer is not None
            and (parts := method_call(outer)) is not None
            and node_text(parts[1]) in SORTS
        )
        if not sorted_after and node.parent.type not in ("variable_declarator", "return_statement"):
            continue
        value = node_text(node)
        root = node
        while root.parent is not None:
            root = root.parent
        made = any(
            n.type == "new_expression"
            and node_text(n).replace(" ", "") == f"newSet({value})".replace(" ", "")
            for n in walk(root)
        )
        where = AS_ELSEWHERE if made else ""
        yield (replace_span(data, node.start_byte, node.end_byte, f"[...new Set({value})]"),
               f"count each of {value[:40]}{ONCE}{where}")  # fmt: skip


ORDER_REVERSED = " the other way round"


def _directions(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """A sort comparator of several keys (`byArrival || a.depart - b.depart`) that orders one key the
    wrong way: that term's operands swapped, one key at a time (TBar's "mutate operand order",
    limited to the keys of a comparator, where the order of the operands is the order of the sort).
    The last key first: it decides ties only, so fewer tests see it than the first key, whose
    direction every test of the order checks (and `_swaps` offers too)."""
    for node in nodes:
        parts = method_call(node) if node.type == "call_expression" else None
        arguments = _call_arguments(node) if parts is not None else []
        if parts is None or node_text(parts[1]) not in SORTS or not arguments:
            continue
        callback = arguments[0]
        if callback.type not in FUNCTION_NODES:
            continue
        terms = [
            term for value in _returned_values(callback) if _same_chain(value, "||")
            for term in _chain(value)[1] if _split(term, frozenset({"-"})) is not None
        ]  # fmt: skip
        # A string key compared with `localeCompare` has its operands in the receiver and the argument.
        terms += [
            term for value in _returned_values(callback) if _same_chain(value, "||")
            for term in _chain(value)[1] if _locale_compared(term) is not None
        ]  # fmt: skip
        for term in sorted(terms, key=lambda t: t.start_byte, reverse=True):
            left, right = _locale_compared(term) or (
                term.child_by_field_name("left"),
                term.child_by_field_name("right"),
            )
            if left is None or right is None:
                continue
            yield (_swapped(data, left, right),
                   f"order by {node_text(term)[:40]}{ORDER_REVERSED}")  # fmt: skip


def _locale_compared(term) -> tuple | None:
    """(receiver, argument) of `x.localeCompare(y)`: a comparator key over strings."""
    parts = method_call(term)
    arguments = _call_arguments(term) if parts is not None else []
    if parts is None or node_text(parts[1]) != "localeCompare" or len(arguments) != 1:
        return None
    return parts[0], arguments[0]


# -- round 26: a quantity in another unit than its neighbour, a term dropped after rounding, a
# -- share and its complement swapped ---------------------------------------------------------
# The unit a name ends in (`costPounds`, `timeoutMs`, `regularHours`): its dimension and its size in
# that dimension's smallest unit here. Only words that name a unit whatever the domain (plurals and
# unambiguous abbreviations: not `second`, `min` or `m`, which are mostly something else).
UNITS = {
    **dict.fromkeys(("pence", "pennies", "cents"), ("money", 1)),
    **dict.fromkeys(("pounds", "dollars", "euros"), ("money", 100)),
    **dict.fromkeys(("ms", "millis", "milliseconds"), ("time", 1)),
    **dict.fromkeys(("seconds", "secs"), ("time", 1000)),
    **dict.fromkeys(("minutes", "mins"), ("time", 60_000)),
    **dict.fromkeys(("hours", "hrs"), ("time", 3_600_000)),
    "days": ("time", 86_400_000),
    "mm": ("length", 1),
    "cm": ("length", 10),
    **dict.fromkeys(("metres", "meters"), ("length", 1000)),
    **dict.fromkeys(("km", "kilometres", "kilometers"), ("length", 1_000_000)),
    "grams": ("mass", 1),
    **dict.fromkeys(("kg", "kilograms"), ("mass", 1000)),
}
UNITS_AGREE = " so the units agree"
UNIT_COMPARED = frozenset({"+", "-", "/", "<", "<=", ">", ">=", "===", "!=="})
NAME_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def _unit_of_name(name: str) -> str | None:
    """The unit the last unit word of a name says (`yearlySavingsPence` -> pence)."""
    words = [w.lower() for w in NAME_WORDS.findall(name)]
    return next((w for w in reversed(words) if w in UNITS), None)


def _unit_of(node) -> str | None:
    """The one unit the names an expression reads agree on (`total - regularHours` -> hours); none
    for an expression that scales by a number (`hours * 60`: converted already, to a unit unnamed)."""
    if any(_split(n, frozenset({"*", "/"})) is not None and any(c.type == "number" for c in n.named_children)
           for n in walk(node)):  # fmt: skip
        return None
    names = [node] if node.type in ("identifier", "property_identifier") else walk(node)
    found = {
        unit
        for n in names
        if n.type in ("identifier", "property_identifier") and not is_callee(n)
        if (unit := _unit_of_name(node_text(n))) is not None
    }
    return found.pop() if len(found) == 1 else None


def _converted(node, have: str, want: str) -> str | None:
    """The expression's text converted from unit `have` to `want`, or None across dimensions."""
    (kind, size), (other, wanted) = UNITS[have], UNITS[want]
    if kind != other or size == wanted:
        return None
    factor = max(size, wanted) // min(size, wanted)
    return f"{_operand(node)} {'*' if size > wanted else '/'} {factor}"


def _units(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """A quantity used in another unit than the one it meets: `costPounds / savingsPence` for
    `(costPounds * 100) / savingsPence`, `hours(overtimeHours)` for `hours(overtimeHours * 60)` where
    `hours` takes minutes. The names say each side's unit (Hungarian-style unit suffixes, which unit
    checkers such as Osprey and Phriky-Units read as annotations); the fix is the conversion factor on
    one operand or argument, TBar's "mutate expression" with the factor the two units imply."""
    root = nodes[0] if nodes else None
    while root is not None and root.parent is not None:
        root = root.parent
    functions = dict(_module_function_values(root)) if root is not None else {}
    for node in nodes:
        if (
            node.type == "binary_expression"
            and (op := _operator(node)) is not None
            and node_text(op) in UNIT_COMPARED
        ):
            left, right = node.child_by_field_name("left"), node.child_by_field_name("right")
            units = (
                (_unit_of(left), _unit_of(right)) if left is not None and right is not None else (None, None)
            )
            if None in units or units[0] == units[1]:
                continue
            # The side in the larger unit multiplied first (an exact factor), then the other divided.
            for side, have, want in sorted(
                ((left, units[0], units[1]), (right, units[1], units[0])),
                key=lambda s: UNITS[s[1]][1] < UNITS[s[2]][1],
            ):
                if (new := _converted(side, have, want)) is not None:
                    yield (replace_span(data, side.start_byte, side.end_byte, f"({new})"),
                           f"convert {node_text(side)[:30]} from {have} to {want},{UNITS_AGREE}")  # fmt: skip
        elif node.type == "call_expression" and (callee := node.child_by_field_name("function")) is not None:
            function = functions.get(node_text(callee))
            params = function.child_by_field_name("parameters") if function is not None else None
            names = [_parameter_name(p) for p in params.named_children] if params is not None else []
            for argument, name in zip(_call_arguments(node), names, strict=False):
                have, want = _unit_of(argument), _unit_of_name(name)
                if have is None or want is None or have == want:
                    continue
                if (new := _converted(argument, have, want)) is not None:
                    yield (replace_span(data, argument.start_byte, argument.end_byte, new),
                           f"convert {node_text(argument)[:30]} from {have} to {want}, as "
                           f"{node_text(callee)[:30]}({name}) takes it,{UNITS_AGREE}")  # fmt: skip


def _parameter_name(parameter) -> str:
    """`minutes` of `minutes: number`, `minutes = 0` or `minutes`."""
    return re.split(r"[\s:=?]", node_text(parameter).lstrip("."), maxsplit=1)[0]


ROUNDED_BACK = " after rounding"
IDENTIFIER = re.compile(r"[A-Za-z_$][\w$]*")


def _restored_terms(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """A term taken off before rounding to a step and never added back: `Math.ceil(stitches / repeat)
    * repeat` after `const stitches = … - edges`, for `… * repeat + edges`. The inverse of the
    subtraction, appended where the rounded value is returned or assigned (TBar's "insert missing
    expression", with the term chosen by data dependence, as `_derived` chooses its donors)."""
    for node in nodes:
        call = method_call(node)
        if call is None or node_text(call[0]) != "Math" or node_text(call[1]) not in ROUNDING:
            continue
        function = _enclosing_function(node)
        top = node
        while (
            top.parent is not None
            and top.parent.type not in LOOSE
            and top.parent.type != "expression_statement"
        ):
            top = top.parent
        if function is None or top.parent is None or top.parent.type not in LOOSE:
            continue
        read = {node_text(n) for n in walk(node) if n.type == "identifier"}
        line = node_text(top)
        for name, value in _declared_before(function, node):
            parts = _split(value, ADDITIVE) if name in read and value is not None else None
            # A named amount (`edges`, `margin`), not a reading of the data (`sorted[i - 1].kwh`: a
            # difference of two readings is the value itself, nothing was taken off it).
            if (
                parts is None
                or not IDENTIFIER.fullmatch(parts[2])
                or re.search(rf"(?<![\w$.]){re.escape(parts[2])}(?![\w$])", line)
            ):
                continue
            step = f"{'+' if parts[0] == '-' else '-'} {parts[2]}"
            done = f"add {parts[2]} back" if parts[0] == "-" else f"take {parts[2]} off again"
            yield (replace_span(data, top.start_byte, top.end_byte, f"{line} {step}"),
                   f"{done}{ROUNDED_BACK}: {line[:40]} {step}")  # fmt: skip


def _complements(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """A share and its complement in each other's places: `value * share + tap * (1 - share)` for
    `value * (1 - share) + tap * share` (a weighted mix with its weights swapped), or one `1 - x`
    where `x` was meant and back (the "1 - x vs x" slip of probabilities and fractions; TBar's
    "mutate operand", the operand and its complement)."""
    complements = {}
    for node in nodes:
        inner = (
            node.named_children[0]
            if node.type == "parenthesized_expression" and node.named_child_count
            else None
        )
        parts = _split(inner, frozenset({"-"})) if inner is not None else None
        if parts is not None and parts[1] == "1":
            complements[node] = parts[2]
    for complement, share in complements.items():
        for factor in _factors(nodes):
            if node_text(factor) == share:
                first, second = sorted((complement, factor), key=lambda n: n.start_byte)
                yield _swapped(data, first, second), f"swap {share} and 1 - {share}"
    for complement, share in complements.items():
        yield (
            replace_span(data, complement.start_byte, complement.end_byte, share),
            f"use {share}, not 1 - {share}",
        )


def _complemented(data: bytes, nodes, text, path) -> Iterator[tuple[str, str]]:
    """A factor `x` where its complement `1 - x` was meant (`price * discount`): one per factor of a
    product, so the family goes last on its line (`_complements` keeps the cheap swaps early)."""
    for factor in _factors(nodes):
        yield (replace_span(data, factor.start_byte, factor.end_byte, f"(1 - {node_text(factor)})"),
               f"use 1 - {node_text(factor)[:40]}")  # fmt: skip


def _factors(nodes) -> list:
    """The variables and fields of the line that are an operand of a product."""
    return [
        n for n in nodes
        if n.type in ("identifier", "member_expression") and not is_callee(n) and not _is_binding(n)
        and n.parent is not None and _split(n.parent, frozenset({"*"})) is not None
    ]  # fmt: skip
