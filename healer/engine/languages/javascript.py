"""JavaScript and TypeScript (npm projects) behind the language interface (languages/base.py).

The project is read from package.json by the toolkit (`healer.engine.javascript.project`):
its own scripts are its checks (`test`, and `lint`, `typecheck`/`type-check`, `check`).
The test runner (jest, vitest, mocha, node --test) writes a machine-readable report,
ESLint its JSON, tsc its plain diagnostics (languages/npm_run.py); the toolkit classifies
them (languages/npm_analysis.py) and its fixers propose the candidates, which the repair
loop validates in the sandbox like any other.

Test code, never edited, is what the runners' conventions name (`*.test.js`, `*.spec.ts`,
node --test's `*-test.js`/`test-*.js`, and every file under `test/`, `tests/`,
`__tests__/`, `spec/`...) plus every file a runner reported tests from. Configuration
files (`eslint.config.js`, `jest.config.ts`, `.mocharc.js`...) are not code under repair.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from healer.engine.analysis import Analysis
from healer.engine.checks import LintRun, PytestRun
from healer.engine.fixers.base import Candidate, RepairContext
from healer.engine.fixers.lineedit import common_ends
from healer.engine.javascript.classify import Repository, is_test_file
from healer.engine.javascript.commands import CheckCommand, Paths, check_commands
from healer.engine.javascript.fixers import builtins, ts_codefixes
from healer.engine.javascript.fixers.dispatch import candidates_for
from healer.engine.javascript.fixers.tsc_types import NO_PROPERTY
from healer.engine.javascript.project import NpmProject, detect_npm_project, tsconfig_options
from healer.engine.javascript.syntax import SOURCE_EXTENSIONS, first_problem, language_of
from healer.engine.languages.base import RunSettings
from healer.engine.languages.npm_analysis import NpmFacts, analyse_npm
from healer.engine.languages.npm_run import NpmRunner
from healer.engine.localise import CompileError
from healer.engine.types import BugType, Failure, Sandbox
from healer.engine.workspace import UnsafePath, Workspace

CONFIG_FILE = re.compile(r"^(?:\.[\w-]+rc|[\w.-]+\.config)\.[cm]?[jt]s$")
LOCK_LIMIT = 32 * 1024 * 1024
NODE_MODULES_BIN = "/node_modules/.bin"


def is_javascript_file(file: str) -> bool:
    return file.lower().endswith(SOURCE_EXTENSIONS)


def is_config_file(file: str) -> bool:
    return bool(CONFIG_FILE.match(file.rsplit("/", 1)[-1]))


@dataclass
class NpmPlan:
    """The npm project's checks and which files are what; learns test files from the runner's reports."""

    project: NpmProject
    files: tuple[str, ...]  # every repository file Healer sees (no node_modules, dist, .git)
    commands: tuple[CheckCommand, ...]
    test_files: frozenset[str] = frozenset()
    source_files: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)
    lint_default: bool = False  # the project's own lint configuration decides, tests included

    def learn_tests(self, files: set[str]) -> None:
        """Files a runner reported tests from are tests, whatever their name."""
        new = files - self.test_files
        if new:
            self.test_files = self.test_files | frozenset(new)
            self.source_files = tuple(f for f in self.source_files if f not in new)

    def describe(self) -> str:
        checks = ", ".join(f"{c.name} ({c.tool})" if c.tool else c.name for c in self.commands)
        runner = self.project.test_runner or "a test script Healer judges by its exit status"
        return (
            f"npm project: {runner}, {len(self.test_files)} test file(s), {len(self.source_files)} "
            f"source file(s); checks: {checks}"
        )


def emitted_dir(workspace: Workspace, project: NpmProject) -> str:
    """tsc's outDir (repository-relative, "" when none): what the project builds, never a fix target."""
    if not project.tsconfig:
        return ""
    try:
        text = workspace.read_text(project.tsconfig)
    except (OSError, UnsafePath, ValueError):
        return ""
    configured = tsconfig_options(text).get("outDir")
    out = posixpath.normpath(configured).strip("/") if isinstance(configured, str) and configured else ""
    return "" if out in ("", ".") or out.startswith("..") else out


def is_emitted(file: str, out_dir: str) -> bool:
    return bool(out_dir) and (file == out_dir or file.startswith(out_dir + "/"))


def npm_plan(workspace: Workspace, project: NpmProject, paths: Paths) -> NpmPlan:
    files = tuple(workspace.iter_files())
    out_dir = emitted_dir(workspace, project)
    code = [
        f for f in files if is_javascript_file(f) and not is_config_file(f) and not is_emitted(f, out_dir)
    ]
    tests = frozenset(f for f in code if is_test_file(f))
    notes = []
    if project.lock_file == "":
        notes.append(
            "no package-lock.json: dependencies are resolved by npm install from package.json's ranges"
        )
    return NpmPlan(
        project=project,
        files=files,
        commands=tuple(check_commands(project, paths=paths)),
        test_files=tests,
        source_files=tuple(f for f in code if f not in tests),
        notes=tuple(notes),
    )


def npm_test_files(workspace: Workspace) -> frozenset[str]:
    """The test files of an npm project by the runners' conventions (NpmProjectError for bad input)."""
    detect_npm_project(workspace)
    return frozenset(f for f in workspace.iter_files() if is_javascript_file(f) and is_test_file(f))


def installed_packages(workspace: Workspace, project: NpmProject) -> frozenset[str]:
    """Package names the lock file installs at the top of node_modules (else package.json's)."""
    names = set(project.dependencies)
    if not project.lock_file:
        return frozenset(names)
    try:
        lock = json.loads(
            workspace.read_bytes(project.lock_file, limit=LOCK_LIMIT).decode("utf-8", "replace")
        )
    except (OSError, UnsafePath, ValueError, RecursionError):
        return frozenset(names)
    packages = lock.get("packages") if isinstance(lock, dict) else None
    if isinstance(packages, dict):
        for key in packages:
            if isinstance(key, str) and key.startswith("node_modules/") and "/node_modules/" not in key[13:]:
                names.add(key[len("node_modules/") :])
    dependencies = lock.get("dependencies") if isinstance(lock, dict) else None
    if isinstance(dependencies, dict):  # lockfileVersion 1
        names.update(k for k in dependencies if isinstance(k, str))
    return frozenset(names)


class TreeSitterParser:
    """tree-sitter's JavaScript/TypeScript grammars (an error-recovering parser; see javascript/syntax.py)."""

    def error(self, text: str, file: str) -> CompileError | None:
        problem = first_problem(text, file)
        if problem is None:
            return None
        return CompileError(
            kind="SyntaxError",
            line=problem.line,
            offset=problem.column,
            message=problem.message,
            end_line=problem.end_line,
            end_offset=problem.end_column,
        )

    def trusted(self, state: Analysis) -> bool:
        # The grammars may lag the runtime's syntax: veto only files that parsed at the start.
        return False


TREE_SITTER = TreeSitterParser()


class NpmFixer:
    """The JavaScript toolkit's fixers (healer.engine.javascript.fixers) for the repair loop."""

    bug_types = frozenset(BugType)
    fallback = False
    # Mutations on every line Ochiai ties at the top, interleaved (fixers/dispatch.py): a wide space.
    max_candidates = 150
    # After a partial fix (some of the failure's tests pass), the rest of its line is tried before
    # the lines tied with it (repair.py's _same_line_first): the interleaving puts them far apart.
    partial_line_lookahead = 40

    def __init__(self, language: JavaScriptLanguage) -> None:
        self.language = language

    def candidates(self, failure: Failure, ctx: RepairContext) -> list[Candidate]:
        def read(file: str) -> str | None:
            try:
                return ctx.workspace.read_text(file)
            except (OSError, UnsafePath):
                return None

        repo = self.language.repository(read=read)
        found = candidates_for(
            failure, repo=repo, module_type=self.language.project.module_type, suspicious=ctx.suspicious
        )
        return [
            Candidate(
                file=c.file,
                new_source=c.text,
                description=c.description,
                line=_line(failure, c, old=read(c.file) if c.file == failure.file else None),
                guard=c.guard,
                lookalike=c.lookalike,
            )
            for c in found
            if not repo.is_test(c.file) and not is_emitted(c.file, self.language.out_dir)
        ]


# Failures whose line is where the tool reported them: a parse error where the parser stopped (a
# missing ',' is reported at the next property, where V8 says it is), an import where the name or
# module is used, a lint finding at the finding. A fix in that file is reported there too, unless
# the fix is plainly elsewhere (_line).
REPORTED_AT_FAILURE = frozenset({BugType.SYNTAX, BugType.INDENTATION, BugType.IMPORT, BugType.LINTING})
# `export { a, b };` with no `from`: it lists local bindings and runs no code of its own.
EXPORT_LIST = re.compile(r"^\s*export\s*(?:type\s*)?\{[^}]*\}\s*;?\s*$")
IMPORT_LINE = re.compile(r"^\s*import\s")
REQUIRE_DESTRUCTURING = re.compile(r"^\s*(?:const|let|var)\s*\{[^}]*\}\s*=\s*require\s*\(")


def _line(failure: Failure, candidate, *, old: str | None = None) -> int:
    """The line a fix is reported at (the contract's `{TYPE} error in {file} line {N}`), which the
    benchmarks match to an answer key: one rule for every npm fix (round 52, npmlines52).

    LOGIC and TYPE_ERROR fixes, and fixes in another file, are reported at the candidate's own
    line. A SYNTAX, INDENTATION, IMPORT or LINTING fix in the failure's file is reported at the
    failure's line, where the tool stopped or found the fault, except where the edit is plainly
    elsewhere: at the first line it changes when that is
    - an import statement rewritten in place (a misnamed binding, a namespace bound by name) or an
      import that now binds what a local `export { ... }` list named (the list runs nothing: the
      fault is the missing binding, not the list), for IMPORT;
    - below the failure's line and not a pure insertion, for SYNTAX and INDENTATION: a parser
      reports a construct at its start when its end is wrong (Babel's "Missing catch or finally
      after try" at the `try`, V8's illegal 'use strict' at the function). A fix above the
      failure's line keeps it (the parser stops after the slip: a missing `,` is reported at the
      next property, where the dev keys put it), and so does a pure insertion (a missing `}` is
      keyed at the block it closes, "close the block opened here", in 34 dev keys);
    - below the finding's line and not a pure insertion, for LINTING (round 53): a rule reported at a
      function's or statement's head (`getter-return`, `require-await`, `class-methods-use-this`,
      `no-useless-catch`) whose edit leaves that line alone and rewrites the body.
    """
    same_file = candidate.file == failure.file and failure.line > 0
    if not same_file or failure.bug_type not in REPORTED_AT_FAILURE:
        return candidate.line
    change = _first_change(old, candidate.text)
    if change is None:
        return failure.line
    first, new_first, pure_insertion = change
    before = (old or "").split("\n")
    if failure.bug_type is BugType.IMPORT:
        rewritten = _edits_import_at(old, candidate) and not pure_insertion
        at_export_list = failure.line <= len(before) and EXPORT_LIST.match(before[failure.line - 1])
        if rewritten or (at_export_list and _is_import(new_first)):
            return first
    if (
        failure.bug_type in (BugType.SYNTAX, BugType.INDENTATION, BugType.LINTING)
        and not pure_insertion
        and first > failure.line
    ):
        return first
    return failure.line


CONTEXT = 64


def _first_change(old: str | None, new: str) -> tuple[int, str, bool] | None:
    """The 1-based old line where `new` first differs from `old`, the new text's first line there
    ("" for a deletion), and whether that first change only inserts lines (no old line replaced or
    deleted there); None without the old text or a change."""
    if old is None:
        return None
    before, after = old.split("\n"), new.split("\n")
    # The lines both share at the start and at the end are matched first: SequenceMatcher over
    # whole files is quadratic in their repeated lines (`}`, blank lines), and a candidate changes
    # a few lines, so only the middle is compared (an 8,000-line file: 0.65 s a candidate before).
    # CONTEXT shared lines are kept on each side so that it aligns a run of equal lines (a blank
    # line deleted among blank lines) as it does over the whole file.
    start, end = common_ends(before, after)
    start, end = max(0, start - CONTEXT), max(0, end - CONTEXT)
    middle_before, middle_after = before[start : len(before) - end], after[start : len(after) - end]
    matcher = difflib.SequenceMatcher(a=middle_before, b=middle_after, autojunk=False)
    for tag, i1, _i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            return start + i1 + 1, middle_after[j1] if j2 > j1 else "", tag == "insert"
    return None


def _is_import(line: str) -> bool:
    return bool(IMPORT_LINE.match(line) or REQUIRE_DESTRUCTURING.match(line))


def _edits_import_at(old: str | None, candidate) -> bool:
    """The candidate's first changed line is its own line and holds an import there, before and
    after (a namespace import rewritten with named bindings, fixers/namespace_imports.py; a misnamed
    binding in an import list or a `const { ... } = require(...)`, fixers/import_misnames.py), not
    a line it inserted."""
    if old is None:
        return False
    before, after = old.split("\n"), candidate.text.split("\n")
    first = next((i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b), None)
    return (
        first is not None
        and first + 1 == candidate.line
        and _is_import(before[first])
        and _is_import(after[first])
    )


class JavaScriptLanguage:
    name = "javascript"

    def __init__(self, *, workspace: Workspace, sandbox: Sandbox, settings: RunSettings) -> None:
        self.workspace = workspace
        self.project = detect_npm_project(workspace)  # NpmProjectError: a clear refusal
        # node_modules is in the working copy, or mounted at the root where Node finds it too.
        self.paths = Paths(
            repo_dir=sandbox.repo_dir,
            support_dir=sandbox.support_dir,
            bin_dirs=(f"{sandbox.repo_dir.rstrip('/')}/node_modules/.bin", NODE_MODULES_BIN),
        )
        self.plan = npm_plan(workspace, self.project, self.paths)
        self.out_dir = emitted_dir(workspace, self.project)
        self.packages = installed_packages(workspace, self.project)
        self.runner = NpmRunner(
            sandbox=sandbox,
            project=self.project,
            commands=self.plan.commands,
            paths=self.paths,
            repository=self.repository,
            command_timeout=settings.command_timeout,
            log=settings.log,
            reported_tests=self.plan.learn_tests,
            test_files=lambda: self.plan.test_files,
        )
        self.fixers = (NpmFixer(self),)
        self.sandbox = sandbox
        self.settings = settings
        self._builtins: dict | None = None
        self._builtins_asked = False
        # The language service's code fixes (fixers/ts_codefixes.py) for the sources as they were
        # when it last ran: one sandbox exec per round of diagnostics, not one per diagnostic.
        self._codefixes: tuple[str, list[ts_codefixes.FixedDiagnostic] | None] = ("", None)

    def repository(self, *, read: Callable[[str], str | None] | None = None) -> Repository:
        return Repository(
            files=self.plan.files,
            read=read or self._read,
            packages=self.packages,
            test_files=self.plan.test_files,
        )

    def _read(self, file: str) -> str | None:
        try:
            return self.workspace.read_text(file)
        except (OSError, UnsafePath):
            return None

    def owns(self, file: str) -> bool:
        return is_javascript_file(file)

    def analyse(
        self,
        *,
        tests: PytestRun,
        lint: LintRun,
        read_source: Callable[[str], str | None],
        should_stop: Callable[[], bool] | None = None,
    ) -> Analysis:
        facts = NpmFacts(
            files=self.plan.files,
            test_files=self.plan.test_files,
            source_files=self.plan.source_files,
            packages=self.packages,
            repo_dir=self.paths.repo_dir,
        )
        return analyse_npm(
            facts=facts, tests=tests, lint=lint, read_source=read_source, should_stop=should_stop
        )

    def host_parser(self, file: str) -> TreeSitterParser | None:
        return TREE_SITTER if language_of(file) is not None else None

    def prepare(self, failure: Failure, *, read_source: Callable[[str], str | None]) -> None:
        """The members of the sandbox's Node's built-ins, for a method a built-in receiver lacks and for
        a LOGIC failure's sibling methods (the installed packages come from the lock file, read on the host);
        for a tsc finding, the TypeScript language service's code fixes at it."""
        if _tsc_code(failure):
            self._prepare_codefixes(failure, read_source=read_source)
        if "builtins" in failure.extra or not _wants_builtins(failure):
            return
        if not self._builtins_asked:
            # Once per run: the image's Node does not change under it.
            self._builtins_asked = True
            result = self.sandbox.exec(
                ["node", "-e", builtins.BUILTINS_SCRIPT], timeout=min(60.0, self.settings.command_timeout)
            )
            self._builtins = builtins.builtins_parse(result.output)
            if self._builtins is None:
                self.settings.log("Could not list the built-ins of the sandbox's Node")
        if self._builtins is not None:
            failure.extra["builtins"] = self._builtins

    def _prepare_codefixes(self, failure: Failure, *, read_source: Callable[[str], str | None]) -> None:
        if "typescript" not in self.packages:
            return
        digest = hashlib.sha256()
        for file in sorted(self.plan.files):
            digest.update(f"{file}\0{read_source(file) or ''}\0".encode("utf-8", errors="surrogateescape"))
        fingerprint = digest.hexdigest()
        if self._codefixes[0] != fingerprint:
            result = self.sandbox.exec(
                ["node", "-e", ts_codefixes.SCRIPT, self.paths.repo_dir],
                timeout=min(90.0, self.settings.command_timeout),
            )
            found = ts_codefixes.parse_codefixes(result.output)
            if found is None:
                self.settings.log("TypeScript's language service gave no code fixes")
            self._codefixes = (fingerprint, found)
        found = self._codefixes[1] or []
        failure.extra["ts_codefixes"] = ts_codefixes.fixes_at(
            found, file=failure.file, line=failure.line, code=_tsc_code(failure)
        )
        failure.extra["ts_codefixes_repeated"] = ts_codefixes.repeated_elsewhere(
            found, file=failure.file, line=failure.line, code=_tsc_code(failure)
        )


def _tsc_code(failure: Failure) -> str:
    """tsc's code for the failure ("TS2304"), when tsc reported it (alone, or with the runtime's error)."""
    if failure.source == "tsc" and failure.code.startswith("TS"):
        return failure.code
    finding = failure.extra.get("tsc_finding")
    return finding.get("code", "") if isinstance(finding, dict) else ""


def _wants_builtins(failure: Failure) -> bool:
    """A TypeError of a method its receiver lacks, or any LOGIC failure (logic_builtins' siblings)."""
    if failure.bug_type is BugType.LOGIC:
        return True
    if failure.bug_type is not BugType.TYPE_ERROR:
        return False
    checker = failure.extra.get("checker")
    said = f"{failure.message}\n{checker.get('message', '') if isinstance(checker, dict) else ''}"
    return "is not a function" in said or NO_PROPERTY.search(said) is not None
