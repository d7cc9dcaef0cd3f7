"""Static per-test "coverage" for fault localisation when the runner gives no real coverage.

vitest measures coverage only with @vitest/coverage-v8, and Node's own V8
coverage cannot see through vite's transform. Without it, each test's coverage
is approximated statically, in the spirit of test-to-code traceability links:
the functions and methods its body calls by name, found in the repository's
source files, plus the ones those call (two levels). Ochiai over these sets
ranks the functions only the failing tests use above the ones every test uses,
though not the lines within a function; the LOGIC fixer then tries mutations on
every line of the top-ranked functions.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Sequence
from typing import TypeVar

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.coverage import Coverage
from healer.engine.javascript.reports import TestCase
from healer.engine.javascript.syntax import SOURCE_EXTENSIONS, node_text, parse, walk
from healer.engine.localise import Spectrum

TEST_CALLS = frozenset({"it", "test", "specify"})
FUNCTIONS = ("function_declaration", "method_definition", "generator_function_declaration")
DEPTH = 2


def static_coverage(test: TestCase, *, repo: Repository) -> Coverage:
    """file -> lines of the repository functions the test calls (directly or one call further)."""
    text = repo.read(test.file) if test.file else None
    body = _test_body(text, test) if text is not None else None
    if body is None:
        return {}
    definitions = _definitions(repo)
    coverage: Coverage = {}
    wanted = _called_names(body)
    seen: set[str] = set()
    for _ in range(DEPTH):
        more: set[str] = set()
        for name in wanted - seen:
            for file, node in definitions.get(name, ()):
                first, last = node.start_point.row + 2, node.end_point.row + 1  # the body, not the header
                coverage.setdefault(file, set()).update(range(first, max(first, last)))
                more |= _called_names(node)
        seen |= wanted
        wanted = more
    return coverage


def _test_body(text: str, test: TestCase):
    """The callback of the it()/test() call that declared the test: by its line, else by its title."""
    tree = parse(text, test.file)
    if tree is None:
        return None
    calls = [n for n in walk(tree.root_node) if n.type == "call_expression" and _callee(n) in TEST_CALLS]
    for call in calls:
        arguments = call.child_by_field_name("arguments")
        strings = (
            [a for a in arguments.named_children if a.type in ("string", "template_string")]
            if arguments
            else []
        )
        title = node_text(strings[0])[1:-1] if strings else ""
        if (test.line and call.start_point.row + 1 == test.line) or (not test.line and title == test.title):
            return arguments
    return None


def _callee(call) -> str:
    function = call.child_by_field_name("function")
    text = node_text(function) if function is not None else ""
    return text.split(".")[0]


def _called_names(node) -> set[str]:
    return set(_callees(node))


def _callees(node) -> Iterator[str]:
    """The names `node` calls (`f` of `a.f(x)`), outermost first."""
    for inner in walk(node):
        if inner.type in ("call_expression", "new_expression"):
            target = inner.child_by_field_name("function") or inner.child_by_field_name("constructor")
            if target is not None:
                yield node_text(target).split(".")[-1].split("?")[-1]


def _definitions(repo: Repository) -> dict[str, list[tuple[str, object]]]:
    found: dict[str, list[tuple[str, object]]] = {}
    for file in _sources(repo.files, repo):
        text = repo.read(file)
        tree = parse(text, file) if text is not None else None
        for node in walk(tree.root_node) if tree is not None else []:
            name = _defined_name(node)
            if name:
                found.setdefault(name, []).append((file, node))
    return found


def _sources(files: Iterable[str], repo: Repository) -> list[str]:
    return sorted(
        f for f in files if f.endswith(SOURCE_EXTENSIONS) and not repo.is_test(f) and not f.endswith(".d.ts")
    )


def _defined_name(node) -> str:
    if node.type in FUNCTIONS:
        name = node.child_by_field_name("name")
        return node_text(name) if name is not None else ""
    if node.type == "variable_declarator":
        value = node.child_by_field_name("value")
        if value is not None and value.type in ("arrow_function", "function_expression", "function"):
            return node_text(node.child_by_field_name("name"))
    return ""


ASSERTIONS = frozenset({"expect", "assert"})


def asserted_functions(frames: Iterable[tuple[str, int]], *, repo: Repository) -> list[tuple[str, int, int]]:
    """(file, first line, last line) of the repository functions whose result the failed assertion
    compares: the first repository function called in `expect(...)`'s / `assert...(...)`'s first
    argument, or in the value of the variable it names (`const summary = weekSummary(rows)` then
    `expect(summary)`). A backward data-flow step from the failing check, as dynamic slicing starts
    from the wrong output (Agrawal and Horgan, PLDI 1990): the value is computed there or in what it
    calls, which coverage alone cannot tell from the other functions the test runs."""
    tests = [(file, line) for file, line in frames if file and repo.is_test(file)]
    if not tests:
        return []
    file, line = tests[-1]  # the innermost frame in a test: the assertion
    text = repo.read(file)
    tree = parse(text, file) if text is not None else None
    if tree is None:
        return []
    checks = [
        n for n in walk(tree.root_node)
        if n.type == "call_expression" and n.start_point.row == line - 1 and _callee(n) in ASSERTIONS
    ]  # fmt: skip
    arguments = checks[0].child_by_field_name("arguments") if checks else None
    if arguments is None or not arguments.named_children:
        return []
    value = arguments.named_children[0]
    definitions = _definitions(repo)
    names = _repository_calls(value, definitions)
    if not names and (root := _root_name(value)):
        names = _repository_calls(_declared_value(checks[0], root), definitions)
    return [
        (path, node.start_point.row + 1, node.end_point.row + 1)
        for name in names[:1]
        for path, node in definitions.get(name, ())
    ]


def _repository_calls(node, definitions: dict) -> list[str]:
    """The names of repository functions `node` calls, outermost first."""
    return [name for name in dict.fromkeys(_callees(node)) if name in definitions] if node is not None else []


def _root_name(node) -> str:
    """`summary` of `summary`, `summary.total`, `summary.days[0]`; "" for anything else."""
    while node.type in ("member_expression", "subscript_expression"):
        node = node.child_by_field_name("object")
        if node is None:
            return ""
    return node_text(node) if node.type == "identifier" else ""


SCOPES = ("arrow_function", "function_expression", "function_declaration", "program")


def _declared_value(use, name: str):
    """The value `name` was declared with before `use`, in the nearest function around it that
    declares it (a test's own variable, else its describe block's or the module's)."""
    scope = use.parent
    while scope is not None:
        if scope.type in SCOPES:
            declared = [
                n for n in walk(scope) if n.type == "variable_declarator" and n.start_byte < use.start_byte
                and node_text(n.child_by_field_name("name") or n) == name
            ]  # fmt: skip
            if declared:
                return declared[-1].child_by_field_name("value")
        scope = scope.parent
    return None


CONSTANT_LINES = 10  # a longer table is no place to look line by line


def module_constants(file: str, first: int, last: int, *, repo: Repository) -> list[int]:
    """The lines of the module-level constants that lines first..last of `file` read (`KNIGHT` in
    `return jumps(square, KNIGHT)`): values made once at load time, which per-test coverage counts
    as run by every test (or, measured statically, by none), so the spectrum never singles them out
    (the Python engine's datafaults.py looks at them for the same reason)."""
    text = repo.read(file)
    tree = parse(text, file) if text is not None else None
    if tree is None:
        return []
    read = {
        node_text(n) for n in walk(tree.root_node)
        if n.type == "identifier" and first - 1 <= n.start_point.row <= last - 1
    }  # fmt: skip
    lines: list[int] = []
    for name, value, declarator in module_declarators(tree.root_node):
        if (
            node_text(name) in read
            and value.type not in ("arrow_function", "function_expression", "function")
            and declarator.end_point.row - declarator.start_point.row < CONSTANT_LINES
        ):
            lines += range(declarator.start_point.row + 1, declarator.end_point.row + 2)
    return lines


def module_declarators(root) -> Iterator[tuple[object, object, object]]:
    """(name, value, declarator) of each variable the module declares at its top level with a value,
    exported or not."""
    for statement in root.named_children:
        inner = (
            statement.named_children[0]
            if statement.type == "export_statement" and statement.named_children
            else statement
        )
        if inner.type not in ("lexical_declaration", "variable_declaration"):
            continue
        for declarator in inner.named_children:
            name, value = declarator.child_by_field_name("name"), declarator.child_by_field_name("value")
            if declarator.type == "variable_declarator" and name is not None and value is not None:
                yield name, value, declarator


# -- multi-fault localisation --------------------------------------------------------------------
T = TypeVar("T")


def coverage_clusters(tests: Sequence[T], *, spectrum: Spectrum) -> list[list[T]]:
    """Failing tests clustered by the lines only failing tests run, each cluster to be localised apart.

    Ochiai over every failing test at once favours the lines they all share: with two faults, a
    module's top-level lines (run by every test, passing ones too) outrank each fault's own lines, run
    by only half the failing tests, and every test is then grouped at `'use strict'`. "Debugging in
    parallel" (Jones, Bowring and Harrold, ISSTA 2007) clusters the failing tests by their execution
    first and localises each cluster against all the passing tests. Here a test's profile is the lines
    it runs that no passing test runs; tests whose profiles overlap (one holds the other's mostly) are
    one cluster. The split is kept only when it is needed and clean: when each cluster has a core, a
    line all of its tests run and no passing test runs, while no line is run by every failing test
    and no passing test (one fault would explain them all), and when the cores are disjoint. Tests
    without a profile (their fault runs in passing tests too) stay together in one more cluster.
    Otherwise: one cluster, the failing tests as given.
    """
    tests = list(tests)
    if len(tests) < 2:
        return [tests]
    profiles = [
        frozenset(key for key in spectrum.executed(t.covered) if not spectrum.ep.get(key, 0)) for t in tests
    ]
    if frozenset.intersection(*profiles):
        return [tests]  # one line explains every failure
    parent = list(range(len(tests)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in itertools.combinations(range(len(tests)), 2):
        small = min(len(profiles[i]), len(profiles[j]))
        if small and len(profiles[i] & profiles[j]) >= OVERLAP * small:
            parent[root(i)] = root(j)
    members: dict[int, list[int]] = {}
    for i in range(len(tests)):
        members.setdefault(root(i) if profiles[i] else -1, []).append(i)
    clusters = [ids for key, ids in members.items() if key != -1]
    cores = [frozenset.intersection(*(profiles[i] for i in ids)) for ids in clusters]
    if len(clusters) < 2 or not all(cores) or any(a & b for a, b in itertools.combinations(cores, 2)):
        return [tests]
    return [[tests[i] for i in ids] for ids in [*clusters, members.get(-1, [])] if ids]


OVERLAP = 0.5  # share of the smaller profile two tests must have in common to be one cluster
