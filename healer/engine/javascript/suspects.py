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

from collections.abc import Iterable

from healer.engine.javascript.classify import Repository
from healer.engine.javascript.coverage import Coverage
from healer.engine.javascript.reports import TestCase
from healer.engine.javascript.syntax import SOURCE_EXTENSIONS, node_text, parse, walk

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
    names = set()
    for inner in walk(node):
        if inner.type in ("call_expression", "new_expression"):
            target = inner.child_by_field_name("function") or inner.child_by_field_name("constructor")
            if target is not None:
                names.add(node_text(target).split(".")[-1].split("?")[-1])
    return names


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
