"""Classify what an npm project's checks reported into the six bug types, at the faulty line.

The rules mirror the Python analysis, with the same precedence (a parse error
hides everything else, then imports, lint, type errors, logic):

  a file that does not parse (runner, ESLint fatal, tsc TS1xxx)   SYNTAX, or INDENTATION
      when the braces disagree with the indentation (a mis-nested block)
  a module that cannot be found, a missing named export,
      `x is not defined`, an imported name that its module lacks,
      tsc "cannot find module/name", "no exported member"          IMPORT
  TypeError at the deepest repository frame outside tests,
      tsc's other diagnostics                                       TYPE_ERROR
  a failed assertion (and any other wrong behaviour)               LOGIC, located by coverage (Ochiai)
  ESLint findings (errors, not warnings)                            LINTING; indent rules INDENTATION

A test that needs the network fails in the sandbox (it has none): that is not
a code bug, so it is returned as an environment problem with a clear message,
never as a failure to heal.
"""

from __future__ import annotations

import dataclasses
import posixpath
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from healer.engine.javascript.errors import Frame, JsError
from healer.engine.javascript.frozen import FROZEN_WRITE, locate_frozen_write
from healer.engine.javascript.lint import EslintMessage, TscDiagnostic
from healer.engine.javascript.modules import exports, importers_of, imports, resolve
from healer.engine.javascript.reports import SuiteError, TestCase, TestRun
from healer.engine.javascript.syntax import (
    brace_mismatch,
    first_problem,
    method_call,
    misquoted_line,
    node_text,
    parse,
    walk,
)
from healer.engine.localise import ochiai
from healer.engine.types import BugType, Failure

PRECEDENCE = {
    BugType.INDENTATION: 0,
    BugType.SYNTAX: 0,
    BugType.IMPORT: 1,
    BugType.LINTING: 2,
    BugType.TYPE_ERROR: 3,
    BugType.LOGIC: 4,
}
INDENT_RULES = frozenset(
    {"indent", "@stylistic/indent", "@stylistic/js/indent", "@typescript-eslint/indent", "no-mixed-spaces-and-tabs",
     "@stylistic/no-mixed-spaces-and-tabs", "indent-legacy"}
)  # fmt: skip
# An undefined name is an import problem, as NameError / ruff F821 are for Python.
IMPORT_RULES = frozenset({"no-undef"})
# Globals Node (18+) defines in CommonJS and ES modules alike: ESLint's no-undef for one of them says its
# configuration lacks the environment's globals (a lint of the configuration), not that anything is
# missing at run time, so it is LINTING: nothing is there to import, and the runtime error it would
# stand in front of (a TypeError on the line, d179's structuredClone copy) keeps its own type.
RUNTIME_GLOBALS = frozenset(
    {"structuredClone", "fetch", "URL", "URLSearchParams", "TextEncoder", "TextDecoder", "AbortController",
     "AbortSignal", "Blob", "BroadcastChannel", "MessageChannel", "queueMicrotask", "setImmediate",
     "clearImmediate", "setInterval", "clearInterval", "setTimeout", "clearTimeout", "performance", "atob",
     "btoa", "Event", "EventTarget", "globalThis", "global", "process", "Buffer", "console"}
)  # fmt: skip
UNDEFINED = re.compile(r"^'(?P<name>[\w$]+)' is not defined")
# TS2834/TS2835: a relative ESM import without the file extension Node16/NodeNext resolution needs.
# 1361/1362: a name imported (exported) with `import type` used as a value (fixers/type_imports).
# 2662/2663: "Cannot find name 'x'. Did you mean the static (instance) member 'C.x' ('this.x')?", a
# name not in scope like 2304's.
TSC_IMPORT_CODES = frozenset(
    {2304, 2305, 2307, 2552, 2613, 2614, 2662, 2663, 2724, 2792, 1192, 2834, 2835, 1361, 1362}
)
NETWORK = re.compile(
    r"getaddrinfo (?:ENOTFOUND|EAI_AGAIN)|\bECONNREFUSED\b|\bENETUNREACH\b|\bEHOSTUNREACH\b|fetch failed"
    r"|connect ETIMEDOUT|socket hang up"
)
NOT_A_FUNCTION = re.compile(r"^(?:\(0\s*,\s*)?(?:[\w$]+\.)*(?P<name>[\w$]+)\)? is not a function")
NOT_DEFINED = re.compile(r"^(?P<name>[\w$]+) is not defined")
MODULE_SUFFIXES = (".js", ".mjs", ".cjs", ".jsx", ".ts", ".mts", ".cts", ".tsx")
TEST_DIRS = frozenset({"test", "tests", "__tests__", "spec", "specs", "__mocks__", "__fixtures__", "e2e"})
# jest's and vitest's *.test.* / *.spec.*, and node --test's own default patterns
# (*-test.*, *_test.*, test-*.*, test.*).
TEST_NAME = re.compile(r"[.\-_](?:test|spec)\.[cm]?[jt]sx?$|(?:^|/)test(?:-[^/]*)?\.[cm]?[jt]sx?$")


def is_test_file(path: str) -> bool:
    parts = path.split("/")
    return bool(TEST_NAME.search(path)) or any(part in TEST_DIRS for part in parts[:-1])


@dataclass
class Repository:
    """What classification may read: the repository's files (host copies) and installed packages."""

    files: Collection[str]  # repository-relative paths (no node_modules)
    read: Callable[[str], str | None]  # text of a repository file, None when unreadable
    packages: Collection[str] = ()  # names installed in node_modules
    test_files: Collection[str] = ()  # files the runner reported tests from

    def is_test(self, path: str) -> bool:
        return path in self.test_files or is_test_file(path)


# A tsc diagnostic about a value of type `any` where the code declares none: the `any` is tsc's
# error type, left by another diagnostic at the same place.
ERROR_ANY = re.compile(r"\bexpression of type 'any'|\bof type 'any' (?:can't|cannot)")


def _follows_from_an_error(failure: Failure) -> bool:
    return failure.source == "tsc" and bool(ERROR_ANY.search(failure.message))


@dataclass
class Classified:
    failures: list[Failure] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # environment problems (network...): not code bugs
    logic_tests: list[str] = field(default_factory=list)  # failing tests to localise by coverage

    def add(self, failure: Failure) -> None:
        if all(f.key != failure.key for f in self.failures):
            self.failures.append(failure)
        else:
            existing = next(f for f in self.failures if f.key == failure.key)
            existing.test_ids = tuple(dict.fromkeys([*existing.test_ids, *failure.test_ids]))
            if (
                _follows_from_an_error(existing)
                and failure.source == "tsc"
                and not _follows_from_an_error(failure)
            ):
                # tsc types an expression it could not check as `any` (its errorType) and reports
                # the uses of that `any` too (TS7053 "expression of type 'any' can't be used to
                # index"): the diagnostic that made the `any` is the one to repair, and repairing it
                # takes the other away.
                existing.message, existing.code, existing.extra = failure.message, failure.code, failure.extra
            if failure.source == "tsc" and existing.source != "tsc":
                # tsc found it too (a ReferenceError at a TS2304): the language service's code fixes
                # are asked for by tsc's code (fixers/ts_codefixes.py).
                existing.extra.setdefault("tsc_finding", {"code": failure.code, "message": failure.message})
            if (
                failure.source == "tsc"
                and existing.source != "tsc"
                and failure.bug_type is BugType.TYPE_ERROR
            ):
                # The runtime TypeError at tsc's place keeps its tests; tsc's diagnostic says which
                # types disagree, so its type-directed candidates go first (fixers/dispatch.py).
                existing.extra.setdefault(
                    "checker", {"message": failure.message, "column": failure.extra.get("column", 0)}
                )

    def ordered(self) -> list[Failure]:
        return sorted(self.failures, key=lambda f: (precedence(f), f.file, f.line))


def precedence(failure: Failure) -> int:
    """The Python analysis' order; an indent-rule finding does not stop the file from running,
    so it waits with the other lint findings instead of going first like a parse error."""
    if failure.bug_type is BugType.INDENTATION and failure.code in INDENT_RULES:
        return PRECEDENCE[BugType.LINTING]
    return PRECEDENCE[failure.bug_type]


def classify(
    *,
    repo: Repository,
    tests: TestRun | None = None,
    eslint: Iterable[EslintMessage] = (),
    tsc: Iterable[TscDiagnostic] = (),
) -> Classified:
    result = Classified()
    if tests is not None:
        for suite in tests.suite_errors:
            _suite(result, suite, repo=repo, source=tests.runner)
        for test in tests.tests.values():
            if test.failed and test.error is not None:
                _test(result, test, repo=repo, source=tests.runner)
    for message in eslint:
        _eslint(result, message, repo=repo)
    for diagnostic in tsc:
        _tsc(result, diagnostic, repo=repo)
    return result


# -- tests ----------------------------------------------------------------------------
def _suite(result: Classified, suite: SuiteError, *, repo: Repository, source: str) -> None:
    failure = classify_error(
        suite.error, repo=repo, source=source, origins=[suite.file] if suite.file else []
    )
    if failure is None:
        _environment(result, suite.error, f"test file {suite.file or '?'}")
        return
    if failure.bug_type is BugType.LOGIC and not suite.error.assertion:
        # A test file that could not load, with an error no parser's wording was read from: when a
        # module it imports does not parse, that is the failure (not a failed check of the test file,
        # which has no candidate: the run would end there).
        unparsable = _unparsable_import([suite.file] if suite.file else [], repo=repo)
        if unparsable is not None:
            file, line, column = unparsable
            failure = parse_failure(file, line, suite.error.message, repo=repo, source=source, column=column)
    if failure.bug_type is BugType.LOGIC and not failure.line:
        failure.file, failure.line = suite.file, 1
    if suite.file and repo.is_test(suite.file):
        # The test file that could not load: its tests show whether a fix lets it load.
        failure.test_ids = (suite.file,)
    result.add(failure)


def _test(result: Classified, test: TestCase, *, repo: Repository, source: str) -> None:
    assert test.error is not None
    failure = classify_error(test.error, repo=repo, source=source, origins=[test.file] if test.file else [])
    if failure is None:
        _environment(result, test.error, f"test {test.name!r}")
        return
    failure.test_ids = (test.id,)
    if failure.bug_type is BugType.LOGIC:
        if not failure.file:
            failure.file, failure.line = test.file, test.line
        failure.extra["localise"] = True
        result.logic_tests.append(test.id)
    result.add(failure)


def _environment(result: Classified, error: JsError, what: str) -> None:
    result.problems.append(
        f"{what} needs the network ({error.summary[:200]}), which the sandbox does not allow: "
        "not a code bug, so Healer leaves it alone"
    )


def classify_error(
    error: JsError, *, repo: Repository, source: str, origins: Sequence[str] = ()
) -> Failure | None:
    """One runtime or load error → a located Failure; None for an environment problem (network).
    `origins`: the files the error came from when its frames do not say (the test file that
    could not load)."""
    if NETWORK.search(error.message) or error.code in ("ENOTFOUND", "EAI_AGAIN", "ECONNREFUSED"):
        return None
    unbound = _unbound_export(error, origins, repo=repo, source=source)
    if unbound is not None:
        return unbound
    if error.location is not None:
        file, line, column = error.location
        return parse_failure(file, line, error.message, repo=repo, source=source, column=column)
    imported = _import_failure(error, repo=repo, source=source)
    if imported is not None:
        return imported
    frame = deepest_source_frame(error.frames, repo=repo)
    if frame is None and error.name in ("Error", "TypeError") and not error.assertion:
        # vitest's report of a test file whose import threw keeps V8's message and drops the
        # error's name and stack: the call the message names, along the test file's imports.
        called = _called_by_message(
            error.message, [f.file for f in error.frames if f.file] + list(origins), repo=repo
        )
        if called is None:
            # "Cannot add property p, object is not extensible": the write into a frozen object.
            called = _frozen_write_by_message(
                error.message, [f.file for f in error.frames if f.file] + list(origins), repo=repo
            )
        if called is not None:
            named = dataclasses.replace(error, name="TypeError")
            return _failure(BugType.TYPE_ERROR, called, named, source=source)
    if error.name == "TypeError":
        where = frame or _first_repo_frame(error.frames)
        return _failure(BugType.TYPE_ERROR, where, error, source=source)
    if error.name == "SyntaxError" and frame is not None and not _parses(frame.file, repo=repo):
        return parse_failure(frame.file, frame.line, error.message, repo=repo, source=source)
    if error.name == "SyntaxError":
        # A frame in a module that parses is the `require` that loaded the broken one (Node's
        # CommonJS loader under node --test prints no frame of the module that failed to compile).
        unparsable = _unparsable_import([f.file for f in error.frames if f.file] + list(origins), repo=repo)
        if unparsable is not None:
            file, line, column = unparsable
            return parse_failure(file, line, error.message, repo=repo, source=source, column=column)
        if frame is not None:  # an early error tree-sitter accepts (`await` outside async)
            return parse_failure(frame.file, frame.line, error.message, repo=repo, source=source)
    where = None if error.assertion else frame
    return _failure(BugType.LOGIC, where, error, source=source)


# Modules followed from a test file to the one that does not parse, at most.
MAX_IMPORTED = 200


# V8's "x.f is not a function" ("(intermediate value)" for a value it cannot name, "(...)" for a call's).
NOT_A_METHOD = re.compile(
    r"^(?:TypeError: )?(?P<receiver>\(intermediate value\)|[\w$]+(?:\.[\w$]+)*)\.(?P<name>[\w$]+) is not a function"
)


def _called_by_message(message: str, starts: Sequence[str], *, repo: Repository) -> Frame | None:
    """The first call, in import order from `starts`, of the method V8's message names on the receiver
    it names (an unnamed value: any receiver that is not a plain name), in non-test code."""
    match = NOT_A_METHOD.match(message.strip())
    if match is None:
        return None
    receiver, name = match["receiver"], match["name"]
    for file in _along_imports(starts, repo=repo):
        text = repo.read(file)
        tree = parse(text, file) if text is not None and not repo.is_test(file) else None
        for node in walk(tree.root_node) if tree is not None else ():
            parts = method_call(node)
            if parts is None or node_text(parts[1]) != name:
                continue
            target = node_text(parts[0])
            unnamed = parts[0].type not in ("identifier", "member_expression", "this")
            if target == receiver or (receiver == "(intermediate value)" and unnamed):
                row, column = parts[1].start_point
                return Frame(file=file, line=row + 1, column=column + 1)
    return None


def _frozen_write_by_message(message: str, starts: Sequence[str], *, repo: Repository) -> Frame | None:
    """The first write into a frozen binding in non-test code along the imports from `starts`, when the
    message is V8's refusal of one (fixers/frozen.py)."""
    if not FROZEN_WRITE.search(message):
        return None
    files = [
        (file, text)
        for file in _along_imports(starts, repo=repo)
        if not repo.is_test(file) and (text := repo.read(file)) is not None
    ]
    found = locate_frozen_write(message, files)
    return Frame(file=found[0], line=found[1], column=found[2]) if found else None


def _along_imports(starts: Sequence[str], *, repo: Repository) -> Iterator[str]:
    """The repository files reachable from `starts` by their imports, breadth first."""
    queue = list(dict.fromkeys(f for f in starts if f in repo.files))
    seen = set(queue)
    while queue and len(seen) <= MAX_IMPORTED:
        file = queue.pop(0)
        yield file
        text = repo.read(file)
        for ref in imports(text, file) if text is not None else ():
            target = resolve(file, ref.specifier, repo.files)
            if target is not None and target not in seen:
                seen.add(target)
                queue.append(target)


def _unparsable_import(starts: Sequence[str], *, repo: Repository) -> tuple[str, int, int] | None:
    """(file, line, column) of the first non-test module, in import order from `starts`, that does
    not parse. Node reports a CommonJS module that does not parse (`require` of a file with an
    unclosed block: "SyntaxError: Unexpected end of input") with no frame in that module, only
    the requiring test's: the parser (tree-sitter) finds the module along the test's imports."""
    for file in _along_imports(starts, repo=repo):
        text = repo.read(file)
        problem = first_problem(text, file) if text is not None and not repo.is_test(file) else None
        if problem is not None:
            return file, problem.line, problem.column
    return None


def _parses(file: str, *, repo: Repository) -> bool:
    text = repo.read(file)
    return text is not None and first_problem(text, file) is None


def _failure(bug_type: BugType, frame: Frame | None, error: JsError, *, source: str) -> Failure:
    return Failure(
        bug_type=bug_type,
        file=frame.file if frame else "",
        line=frame.line if frame else 0,
        message=error.summary[:300],
        source=source,
        code=error.name,
        # The repository frames, innermost first: fixers/origins.py follows a parameter's value
        # into the caller that passed it.
        extra={
            "column": frame.column if frame else 0,
            "frames": [(f.file, f.line) for f in error.frames if f.file],
        },
    )


def deepest_source_frame(frames: Sequence[Frame], *, repo: Repository) -> Frame | None:
    """The innermost frame in repository code that is not a test (V8 prints innermost first)."""
    return next((f for f in frames if f.file and f.line > 0 and not repo.is_test(f.file)), None)


def _first_repo_frame(frames: Sequence[Frame]) -> Frame | None:
    return next((f for f in frames if f.file and f.line > 0), None)


def parse_failure(
    file: str, line: int, message: str, *, repo: Repository, source: str, column: int = 0
) -> Failure:
    """A file that does not parse: INDENTATION when its braces disagree with its indentation, else SYNTAX."""
    text = repo.read(file)
    broken = text is not None and first_problem(text, file) is not None
    # A string ended by the wrong quote (`${n} rows';`) leaves a template open to the file's end: the
    # parser's place, and the braces that look unclosed, lie after or around it, not at it.
    literal = misquoted_line(text, file) if broken else None
    if literal is not None:
        return Failure(
            bug_type=BugType.SYNTAX, file=file, line=literal, message=parse_message(message),
            source=source, code="SyntaxError", extra={"column": 0},
        )  # fmt: skip
    mismatch = brace_mismatch(text, file) if broken else None
    if mismatch is not None:
        what = {
            "unclosed": "block opened here is never closed",
            "unopened": "block of this statement has no '{'",
        }.get(mismatch.kind, "'}' closes no block")
        return Failure(
            bug_type=BugType.INDENTATION,
            file=file,
            line=mismatch.line,
            message=what,
            source=source,
            code="SyntaxError",
            extra={"mismatch": mismatch},
        )
    return Failure(
        bug_type=BugType.SYNTAX, file=file, line=line, message=parse_message(message),
        source=source, code="SyntaxError", extra={"column": column},
    )  # fmt: skip


ESBUILD_ERROR = re.compile(r":\d+:\d+: ERROR: (?P<text>.+)$", re.M)
BABEL_PREFIX = re.compile(r"^\S+\.[cm]?[jt]sx?: (?P<text>.+?)(?: \(\d+:\d+\))?$")


def parse_message(message: str) -> str:
    """What the parser says, without its wrapping: esbuild's "Transform failed with 1 error:"
    header, Babel's path prefix and "(line:column)" suffix."""
    found = ESBUILD_ERROR.search(message)
    first = found["text"] if found else (message.strip().splitlines() or [""])[0]
    babel = BABEL_PREFIX.match(first)
    return (babel["text"] if babel else first)[:300]


# -- imports ------------------------------------------------------------------------------
def _import_failure(error: JsError, *, repo: Repository, source: str) -> Failure | None:
    if error.module:
        return _missing_module(error, repo=repo, source=source)
    if error.name == "ReferenceError":
        match = NOT_DEFINED.match(error.message)
        frame = deepest_source_frame(error.frames, repo=repo) or _first_repo_frame(error.frames)
        if match and frame is not None:
            return _located(BugType.IMPORT, frame.file, frame.line, error, source=source, name=match["name"])
    if error.name == "TypeError":
        return _missing_export_call(error, repo=repo, source=source)
    return None


# V8's link error for `export { x }` where the module binds no `x` (ECMAScript 16.2.1.1, ExportedBindings
# must resolve: "Export 'x' is not defined in module"). The module parses; the name is unbound, the same
# fault as a use of an undefined name, so it is IMPORT at the export (round 52, npm26: d361 was SYNTAX).
UNBOUND_EXPORT = re.compile(r"^Export '(?P<name>[\w$]+)' is not defined in module")


def _unbound_export(
    error: JsError, origins: Collection[str], *, repo: Repository, source: str
) -> Failure | None:
    match = UNBOUND_EXPORT.match(error.message.strip()) if error.name == "SyntaxError" else None
    if match is None:
        return None
    name = match["name"]
    if error.location is not None:
        file, line, _ = error.location
        return _located(BugType.IMPORT, file, line, error, source=source, name=name)
    # Without Node's file:line header (a test runner that catches the link error): the module whose
    # export list names the unbound `name`, along the imports of the failing tests' files.
    for file in _along_imports([f.file for f in error.frames if f.file] + list(origins), repo=repo):
        text = repo.read(file)
        tree = parse(text, file) if text is not None and not repo.is_test(file) else None
        if tree is None:
            continue
        named = [n for n in walk(tree.root_node) if n.type == "identifier" and node_text(n) == name]
        # A module that binds the name (declares, imports or reads it outside its export lists) is not it.
        if any(n.parent is None or n.parent.type != "export_specifier" for n in named):
            continue
        for node in walk(tree.root_node):
            if node.type == "export_specifier" and node.parent is not None and node.parent.parent is not None:
                local = node.child_by_field_name("name")
                exported_from = node.parent.parent.child_by_field_name("source")
                if local is not None and node_text(local) == name and exported_from is None:
                    return _located(
                        BugType.IMPORT, file, node.start_point.row + 1, error, source=source, name=name
                    )
    return None


def _located(bug_type: BugType, file: str, line: int, error: JsError, *, source: str, **extra) -> Failure:
    return Failure(
        bug_type=bug_type, file=file, line=line, message=error.summary[:300], source=source, code=error.name,
        extra=extra,
    )  # fmt: skip


def _missing_module(error: JsError, *, repo: Repository, source: str) -> Failure:
    importer = error.importer or (_lacking_importer(error, repo=repo) if error.export else "")
    text = repo.read(importer) if importer else None
    refs = [
        r
        for r in (_imports_of(text, importer) if text else [])
        if _names_module(r.specifier, importer, error.module)
    ]
    module = refs[0].specifier if refs else error.module
    if error.export:
        for ref in refs:
            for name in ref.names:
                if name.imported == error.export:
                    return _located(BugType.IMPORT, importer, name.line, error, source=source,
                                    module=module, export=error.export)  # fmt: skip
    line = refs[0].line if refs else 1
    return _located(BugType.IMPORT, importer, line, error, source=source, module=module, export=error.export)


def _lacking_importer(error: JsError, *, repo: Repository) -> str:
    """The file that imports `export` from `module` although the module it resolves to lacks it.

    Node prints "does not provide an export named" with the importer's file:line header only
    when the error reaches the top level uncaught; a runner that catches it (mocha loading an
    ES module test file) keeps the message alone. The message names the specifier as written,
    so the importer is the file whose import of that name, from that specifier, resolves to a
    repository module without it: code under repair first, tests (never edited) last.
    """
    found = []
    for file in sorted(repo.files, key=lambda f: (repo.is_test(f), f)):
        if not file.endswith(MODULE_SUFFIXES):
            continue
        text = repo.read(file)
        for ref in _imports_of(text, file):
            if ref.kind != "esm" or not _names_module(ref.specifier, file, error.module):
                continue
            # A re-export (`export { a } from './m.js'`) links the name as an import does; its ImportRef
            # lists no names, so they are read from the statement.
            if not any(name.imported == error.export for name in ref.names) and error.export not in (
                _reexported(text, file, ref.specifier)
            ):
                continue
            target = resolve(file, ref.specifier, repo.files)
            target_text = repo.read(target) if target else None
            found_exports = exports(target_text, target) if target and target_text is not None else None
            # Node says "does not provide an export named" of an ES module only: a name the module
            # gives by `module.exports` is no ES export there (the CommonJS syntax in an ES module).
            lacks = found_exports is not None and (
                error.export not in found_exports.names or bool(COMMONJS_EXPORTS.search(target_text or ""))
            )
            if lacks or target is None:
                found.append((not lacks, repo.is_test(file), file))
    return min(found)[2] if found else ""


COMMONJS_EXPORTS = re.compile(r"^\s*module\.exports\s*=", re.MULTILINE)


def _reexported(text: str | None, path: str, specifier: str) -> set[str]:
    """The names `export { ... } from specifier` re-exports (as the module exports them)."""
    tree = parse(text, path) if text else None
    names: set[str] = set()
    for node in walk(tree.root_node) if tree is not None else ():
        source = node.child_by_field_name("source") if node.type == "export_statement" else None
        if source is None or node_text(source)[1:-1] != specifier:
            continue
        for part in walk(node):
            if part.type == "export_specifier" and part.child_by_field_name("name") is not None:
                names.add(node_text(part.child_by_field_name("name")))
    return names


def _names_module(specifier: str, importer: str, module: str) -> bool:
    """The import's specifier is the module the error names (Node's ESM loader names the resolved path)."""
    if specifier == module:
        return True
    if not specifier.startswith("."):
        return False
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(importer), specifier))
    return module.endswith("/" + resolved) or module == resolved


def _missing_export_call(error: JsError, *, repo: Repository, source: str) -> Failure | None:
    """`x is not a function` where x is imported by name from a repository module that does not export it."""
    match = NOT_A_FUNCTION.match(error.message)
    if not match:
        return None
    for frame in error.frames:
        if not frame.file:
            continue
        text = repo.read(frame.file)
        for ref in _imports_of(text, frame.file) if text else []:
            target = resolve(frame.file, ref.specifier, repo.files)
            for name in ref.names:
                if name.local != match["name"] or target is None or name.imported in ("*", "default"):
                    continue
                target_text = repo.read(target)
                found = exports(target_text, target) if target_text is not None else None
                if (
                    found is not None
                    and not found.whole
                    and not found.star_from
                    and name.imported not in found.names
                ):
                    return _located(BugType.IMPORT, frame.file, name.line, error, source=source,
                                    module=ref.specifier, export=name.imported)  # fmt: skip
        break  # only the innermost repository frame's imports explain the call
    return None


def _imports_of(text: str | None, path: str):
    return imports(text, path) if text is not None else []


# -- linters ---------------------------------------------------------------------------
def _eslint(result: Classified, message: EslintMessage, *, repo: Repository) -> None:
    if message.fatal:
        result.add(
            parse_failure(
                message.file, message.line, message.message, repo=repo, source="eslint", column=message.column
            )
        )
        return
    if message.severity < 2:
        return  # warnings do not fail `eslint`; only errors decide
    bug_type = (
        BugType.INDENTATION
        if message.rule in INDENT_RULES
        else BugType.IMPORT
        if message.rule in IMPORT_RULES and not _runtime_global(message.message)
        else BugType.LINTING
    )
    text = message.message[:300]
    if bug_type is BugType.LINTING and (importer := _unexported_import(message, repo=repo)):
        # ESLint judges one file: a declaration it finds unused that a sibling module imports by name
        # is a missing export (the importer cannot be linked), an IMPORT failure (fixers/lint_exports).
        bug_type = BugType.IMPORT
        text = f"{text} ({importer} imports it: it is not exported)"
    result.add(
        Failure(
            bug_type=bug_type,
            file=message.file,
            line=message.line,
            message=text,
            source="eslint",
            code=message.rule,
            extra={"eslint": message},
        )
    )


def _runtime_global(text: str) -> bool:
    match = UNDEFINED.match(text)
    return match is not None and match["name"] in RUNTIME_GLOBALS


UNUSED_NAME = re.compile(r"^'(?P<name>[\w$]+)' is (?:defined|assigned a value) but never used")


def _unexported_import(message: EslintMessage, *, repo: Repository) -> str:
    """The first other module that imports the name a no-unused-vars finding calls unused."""
    match = UNUSED_NAME.match(message.message) if message.rule.endswith("no-unused-vars") else None
    if match is None:
        return ""
    sources = {f: t for f in repo.files if f != message.file and (t := repo.read(f)) is not None}
    found = importers_of(message.file, name=match["name"], sources=sources, files=repo.files)
    return found[0] if found else ""


def _tsc(result: Classified, diagnostic: TscDiagnostic, *, repo: Repository) -> None:
    if not diagnostic.file or diagnostic.category != "error":
        return
    if diagnostic.syntactic and diagnostic.code not in TSC_IMPORT_CODES:
        failure = parse_failure(diagnostic.file, diagnostic.line, diagnostic.message, repo=repo, source="tsc")
        # Found by the checker alone, it is judged by its finding: the code and the diagnostic say
        # which one (validation.lint_count), as for tsc's type diagnostics below.
        failure.code = f"TS{diagnostic.code}"
        failure.extra["tsc"] = diagnostic
        result.add(failure)
        return
    bug_type = BugType.IMPORT if diagnostic.code in TSC_IMPORT_CODES else BugType.TYPE_ERROR
    result.add(
        Failure(
            bug_type=bug_type,
            file=diagnostic.file,
            line=diagnostic.line,
            message=diagnostic.message.splitlines()[0][:300],
            source="tsc",
            code=f"TS{diagnostic.code}",
            extra={"column": diagnostic.column, "tsc": diagnostic},
        )
    )


# -- LOGIC localisation ------------------------------------------------------------------
def rank_suspicious(
    *,
    failing: Sequence[Mapping[str, Iterable[int]]],
    passing: Sequence[Mapping[str, Iterable[int]]],
    repo: Repository,
) -> list[tuple[str, int, float]]:
    """Ochiai over per-test coverage (as for Python), restricted to repository code that is not a test."""
    files = [f for f in repo.files if not repo.is_test(f) and not posixpath.basename(f).startswith(".")]
    return ochiai(
        failing=[{k: sorted(v) for k, v in c.items()} for c in failing],
        passing=[{k: sorted(v) for k, v in c.items()} for c in passing],
        files=files,
    )
