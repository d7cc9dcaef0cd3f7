"""Bugs injected by a third-party mutation tool, turned into plain text edits.

The mutation operators are cosmic-ray's (https://github.com/sixty-north/cosmic-ray): its own
operator classes find the mutation positions and its own `mutate_code` makes each mutant, so
Healer's candidate lists never generate the bugs Healer is measured on. Nothing here runs the
project's code: the source is parsed (parso) and compiled, never executed.

Selection is operator-based, as in "Operator-based and random mutant selection" (Zhang, Hao,
Zhang, Rothermel, Mei; ICSE 2010): operator families are visited in a seeded round robin and one
mutant is drawn from each in turn, so a family with many positions (binary operators, ten
replacements per `+`) does not crowd out the others. The same seed gives the same order.
"""

from __future__ import annotations

import difflib
import itertools
import random
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from healer.engine.types import BugType

# Operators left out: VariableReplacer/VariableInserter need arguments and draw random numbers of
# their own (not reproducible from our seed); ExceptionReplacer names an exception class that only
# exists inside cosmic-ray's own test runner.
EXCLUDED_OPERATORS = ("VariableReplacer", "VariableInserter", "ExceptionReplacer")

# The bug type of a mutant is the type of the failure its tests show (exception name → type).
EXCEPTION_BUG_TYPES: Mapping[str, BugType] = {
    "AssertionError": BugType.LOGIC,
    "TypeError": BugType.TYPE_ERROR,
    "ImportError": BugType.IMPORT,
    "ModuleNotFoundError": BugType.IMPORT,
    "NameError": BugType.IMPORT,
    "SyntaxError": BugType.SYNTAX,
    "IndentationError": BugType.INDENTATION,
    "TabError": BugType.INDENTATION,
}
# When one mutant fails tests in several ways, the type that stops more of the program wins
# (a module that does not import hides every assertion behind it).
TYPE_PRECEDENCE = (
    BugType.SYNTAX,
    BugType.INDENTATION,
    BugType.IMPORT,
    BugType.TYPE_ERROR,
    BugType.LOGIC,
)
# pytest's wrappers around the exception that really happened.
WRAPPER_EXCEPTIONS = frozenset({"CollectError", "Collector.CollectError", "ConftestImportFailure"})


@dataclass(frozen=True)
class MutantSpec:
    """One cosmic-ray mutation: the `occurrence`-th position of `operator` in `file`."""

    file: str
    operator: str  # cosmic-ray's name, e.g. "core/ReplaceBinaryOperator_Add_Sub"
    occurrence: int
    line: int  # 1-based line where the mutated node starts
    # Runs at import time (module or class body), where per-test coverage cannot see it.
    module_level: bool = field(default=False, compare=False)

    @property
    def family(self) -> str:
        """The operator class without its operand pair: ReplaceBinaryOperator, NumberReplacer..."""
        return self.operator.rsplit("/", 1)[-1].split("_", 1)[0]

    @property
    def id(self) -> str:
        return f"{self.file}:{self.line}:{self.operator.rsplit('/', 1)[-1]}#{self.occurrence}"


@dataclass(frozen=True)
class Edit:
    """Lines [start, end) (0-based) of `file` replaced by `new_lines` (each ending in a newline)."""

    file: str
    start: int
    end: int
    new_lines: tuple[str, ...]

    @property
    def shift(self) -> int:
        return len(self.new_lines) - (self.end - self.start)


@dataclass
class Mutant:
    spec: MutantSpec
    edit: Edit
    bug_type: str = ""  # from the first check run of the mutant
    exception: str = ""  # the exception name behind bug_type
    failed_tests: int = 0
    old_lines: tuple[str, ...] = field(default=(), repr=False)  # the lines the edit replaces

    @property
    def id(self) -> str:
        return self.spec.id

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "file": self.spec.file,
            "line": self.spec.line,
            "operator": self.spec.operator,
            "family": self.spec.family,
            "bug_type": self.bug_type,
            "exception": self.exception,
            "failed_tests": self.failed_tests,
            "diff": edit_diff(self.edit, self.old_lines) if self.old_lines else "",
        }


# -- generation ------------------------------------------------------------------------------
def _operators() -> list[tuple[str, object]]:
    from cosmic_ray.plugins import get_operator, operator_names

    chosen = []
    for name in sorted(operator_names()):
        if any(excluded in name for excluded in EXCLUDED_OPERATORS):
            continue
        operator_class = get_operator(name)
        if operator_class.arguments():
            continue
        chosen.append((name, operator_class()))
    return chosen


def _module_level(node) -> bool:
    """True when the node runs at import time (not inside a function or lambda body)."""
    from parso.tree import search_ancestor

    return search_ancestor(node, "funcdef", "lambdef") is None


def _positions(source: str, operators) -> Iterable[tuple[str, int, int, bool]]:
    """(operator, occurrence, line, module level) of every mutation position, in cosmic-ray's numbering."""
    import parso
    from cosmic_ray.ast import ast_nodes

    nodes = list(ast_nodes(parso.parse(source)))
    for name, operator in operators:
        occurrence = 0
        for node in nodes:
            for (start, _col), _end in operator.mutation_positions(node):
                yield name, occurrence, start, _module_level(node)
                occurrence += 1


def specs_enumerate(
    *, sources: Mapping[str, str], covered: Mapping[str, set[int]] | None = None
) -> list[MutantSpec]:
    """Every mutation position of the chosen operators, on lines the tests execute.

    A position counts when its line is covered by some test, or when it runs at import time
    (module and class bodies: coverage per test cannot see them). Without coverage every
    position counts. Occurrences are numbered exactly as cosmic-ray's MutationVisitor numbers
    them (pre-order walk, per operator), so `mutant_make` reproduces each one.
    """
    specs: list[MutantSpec] = []
    operators = _operators()
    for file in sorted(sources):
        lines = covered.get(file) if covered is not None else None
        if covered is not None and not lines:
            continue  # no test executes anything in this file
        for name, occurrence, start, module_level in _positions(sources[file], operators):
            if lines is None or start in lines or module_level:
                specs.append(
                    MutantSpec(
                        file=file, operator=name, occurrence=occurrence, line=start, module_level=module_level
                    )
                )
    return specs


def specs_imported(
    *, sources: Mapping[str, str], covered: Mapping[str, set[int]], imported: Mapping[str, set[int]]
) -> list[MutantSpec]:
    """The import-time positions of modules no test runs a line of, but whose import the tests ran.

    A module made only of declarations (constants, tables, class bodies building schemas, as in
    an ASN.1 or protocol module) has no line in any test's own coverage: the tests use what its
    import built. `specs_enumerate` skips such a module whole; these are its positions that run
    at import, the ones the tests can kill. They come after `specs_enumerate`'s in the order, so
    a project whose covered positions suffice keeps the mutants it always had.
    """
    specs: list[MutantSpec] = []
    operators = _operators()
    for file in sorted(sources):
        if covered.get(file) or not imported.get(file):
            continue
        for name, occurrence, start, module_level in _positions(sources[file], operators):
            if module_level:
                specs.append(
                    MutantSpec(file=file, operator=name, occurrence=occurrence, line=start, module_level=True)
                )
    return specs


def covering_tests(
    spec: MutantSpec,
    *,
    by_test: Mapping[str, Mapping[str, Iterable[int]]],
    by_import: Mapping[str, Mapping[str, Iterable[int]]],
    limit: int = 80,
) -> tuple[str, ...]:
    """The tests that can kill a mutant at `spec`, or () for the whole suite.

    A test that never executes the mutated line behaves exactly as before, so running only the
    tests that cover it gives the same verdict at a fraction of a large suite's cost (coverage-
    based test selection for mutation analysis; Just, Ernst, Fraser, ISSRE 2014). A position
    that runs at import time is covered by the test modules whose import ran it (a module
    imported once is seen by the first test module only, so this can miss a kill, never invent
    one). No covering test recorded, or more than `limit`: the whole suite.
    """
    source = by_import if spec.module_level else by_test
    chosen = sorted(test for test, files in source.items() if spec.line in set(files.get(spec.file, ())))
    if not chosen or len(chosen) > limit:
        return ()
    return tuple(chosen)


def specs_order(specs: Sequence[MutantSpec], *, seed: int) -> list[MutantSpec]:
    """Seeded operator-based order: families in a shuffled round robin, one mutant from each in turn.

    A line already used by an earlier mutant in the order is skipped, so the first mutants are
    spread over different places.
    """
    rng = random.Random(seed)
    families: dict[str, list[MutantSpec]] = {}
    for spec in specs:
        families.setdefault(spec.family, []).append(spec)
    names = sorted(families)
    rng.shuffle(names)
    for name in names:
        rng.shuffle(families[name])
    ordered: list[MutantSpec] = []
    used: set[tuple[str, int]] = set()
    later: list[MutantSpec] = []
    while any(families[name] for name in names):
        for name in names:
            bucket = families[name]
            while bucket:
                spec = bucket.pop()
                if (spec.file, spec.line) in used:
                    later.append(spec)
                    continue
                used.add((spec.file, spec.line))
                ordered.append(spec)
                break
    return ordered + later


def mutant_make(spec: MutantSpec, source: str) -> Mutant | None:
    """Apply one mutation with cosmic-ray; None when it changes nothing or does not compile."""
    from cosmic_ray.mutating import mutate_code
    from cosmic_ray.plugins import get_operator

    mutated = mutate_code(source, get_operator(spec.operator)(), spec.occurrence)
    if mutated is None or mutated == source:
        return None
    try:
        compile(mutated, spec.file, "exec", dont_inherit=True)
    except (SyntaxError, ValueError):
        return None  # an incompetent mutant: not the kind of bug this benchmark injects
    edit = edit_from(spec.file, source, mutated)
    if edit is None:
        return None
    old = tuple(source.splitlines(keepends=True)[edit.start : edit.end])
    return Mutant(spec=spec, edit=edit, old_lines=old)


def edit_from(file: str, before: str, after: str) -> Edit | None:
    """The one contiguous block of lines that differs (cosmic-ray changes one node)."""
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    blocks = [
        op for op in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes() if op[0] != "equal"
    ]
    if not blocks:
        return None
    start, end = blocks[0][1], blocks[-1][2]
    new_start, new_end = blocks[0][3], blocks[-1][4]
    return Edit(file=file, start=start, end=end, new_lines=tuple(new[new_start:new_end]))


def edit_diff(edit: Edit, old_lines: Sequence[str]) -> str:
    return "".join(
        difflib.unified_diff(
            list(old_lines), list(edit.new_lines), f"a/{edit.file}", f"b/{edit.file}", lineterm="\n"
        )
    )


def edits_apply(sources: Mapping[str, str], edits: Iterable[Edit]) -> dict[str, str]:
    """New text of every edited file. Edits of one file must not overlap."""
    by_file: dict[str, list[Edit]] = {}
    for edit in edits:
        by_file.setdefault(edit.file, []).append(edit)
    changed: dict[str, str] = {}
    for file, file_edits in by_file.items():
        lines = sources[file].splitlines(keepends=True)
        ordered = sorted(file_edits, key=lambda e: e.start, reverse=True)
        for later, earlier in itertools.pairwise(ordered):
            if earlier.end > later.start:
                raise ValueError(f"overlapping edits in {file}")
        for edit in ordered:
            lines[edit.start : edit.end] = list(edit.new_lines)
        changed[file] = "".join(lines)
    return changed


def edits_overlap(a: Edit, b: Edit) -> bool:
    return a.file == b.file and a.start <= b.end and b.start <= a.end  # adjacent counts: keep a gap


def line_after(edit_line: int, file: str, edits: Iterable[Edit]) -> int:
    """Where 1-based `edit_line` of `file` is once every edit above it has been applied."""
    return edit_line + sum(e.shift for e in edits if e.file == file and e.end < edit_line)


# -- what the tests say ---------------------------------------------------------------------------
def exception_name(exception: dict | None) -> str:
    """The exception that really happened (pytest's collection wrapper unwrapped)."""
    while exception:
        name = str(exception.get("type") or "")
        cause = exception.get("cause")
        if name in WRAPPER_EXCEPTIONS and isinstance(cause, dict):
            exception = cause
            continue
        return name
    return ""


def failure_classify(exceptions: Iterable[str]) -> tuple[str, str]:
    """(bug type, exception) of a failing test run from its exception names.

    Assertion failures are LOGIC, TypeError is TYPE_ERROR, import and name errors are IMPORT,
    syntax and indentation errors their own types; any other exception (IndexError, KeyError,
    ValueError, pytest's `Failed`...) is a wrong value, so LOGIC too.
    """
    names = [name for name in exceptions]
    if not names:
        return "", ""
    typed = [(EXCEPTION_BUG_TYPES.get(name, BugType.LOGIC), name) for name in names]
    for bug_type in TYPE_PRECEDENCE:
        matching = sorted(name for kind, name in typed if kind is bug_type)
        if matching:
            # The most frequent exception of the winning type names it.
            best = max(sorted(set(matching)), key=matching.count)
            return bug_type.value, best
    return BugType.LOGIC.value, names[0]


@dataclass(frozen=True)
class KillVerdict:
    killed: bool
    timed_out: bool = False
    bug_type: str = ""
    exception: str = ""
    failed_tests: int = 0
    error: str = ""


def pytest_verdict(run) -> KillVerdict:
    """Killed or not, from one `healer.engine.checks.PytestRun` of a mutant."""
    if run.timed_out or any(
        "Timeout" in (test.longrepr or "")[:400] for test in run.tests.values() if test.failed
    ):
        return KillVerdict(killed=False, timed_out=True)
    failed = [test for test in run.tests.values() if test.failed]
    names = [exception_name(test.exception) or "AssertionError" for test in failed]
    names += [exception_name(error.exception) or "ImportError" for error in run.collect_errors]
    if not names:
        return KillVerdict(killed=False, error=run.error.splitlines()[0] if run.error else "")
    bug_type, exception = failure_classify(names)
    return KillVerdict(
        killed=True,
        bug_type=bug_type,
        exception=exception,
        failed_tests=len(failed) + len(run.collect_errors),
    )


def killed_select(
    *,
    order: Sequence[MutantSpec],
    sources: Mapping[str, str],
    judge: Callable[[Mutant], KillVerdict],
    wanted: int,
    budget: int,
    enough: Callable[[Sequence[Mutant]], bool] | None = None,
) -> tuple[list[Mutant], dict[str, int]]:
    """Walk the seeded order, keep the first `wanted` mutants the tests kill (`budget` tries at most).

    With `enough`, the walk also goes on until `enough(killed)` holds (the groups need mutants
    on lines apart from each other: `wanted` killed mutants on neighbouring lines form none).
    Returns the killed mutants and counts of what happened to the others.
    """
    counts = {"tried": 0, "killed": 0, "survived": 0, "timeout": 0, "incompetent": 0}
    killed: list[Mutant] = []
    for spec in order:
        if len(killed) >= wanted and (enough is None or enough(killed)):
            break
        if counts["tried"] >= budget:
            break
        mutant = mutant_make(spec, sources[spec.file])
        if mutant is None:
            counts["incompetent"] += 1
            continue
        counts["tried"] += 1
        verdict = judge(mutant)
        if verdict.timed_out:
            counts["timeout"] += 1
        elif not verdict.killed:
            counts["survived"] += 1
        else:
            counts["killed"] += 1
            mutant.bug_type, mutant.exception = verdict.bug_type, verdict.exception
            mutant.failed_tests = verdict.failed_tests
            killed.append(mutant)
    return killed, counts


def groups_form(mutants: Sequence[Mutant], *, size: int, count: int) -> list[list[Mutant]]:
    """`count` groups of `size` killed mutants, in order, no two of a group touching the same lines."""
    groups: list[list[Mutant]] = []
    pool = list(mutants)
    while len(groups) < count and pool:
        group: list[Mutant] = []
        for mutant in list(pool):
            if any(edits_overlap(mutant.edit, other.edit) for other in group):
                continue
            group.append(mutant)
            pool.remove(mutant)
            if len(group) == size:
                break
        if len(group) < size:
            break
        groups.append(group)
    return groups
