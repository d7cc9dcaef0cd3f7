"""Running an npm project's checks in the sandbox, into the engine's plain results.

The commands are the JavaScript toolkit's (`healer.engine.javascript.commands`): the
project's own scripts with the runner's segment rewritten to write a machine-readable
report. The reports are read back with `Sandbox.read_file` (capped) and parsed by the
toolkit; this module turns them into what the repair loop reads for every language:

- a `PytestRun` (the engine's test run, whatever the runner): one `TestResult` per test,
  `<test file>::<full title>` as its id, the error as an exception dict (type, message,
  repository frames outermost first, the parse location as `syntax`), and a test file that
  could not load as a `CollectError` named by its file — so validation.py and places.py
  judge a JavaScript candidate exactly like a Python one;
- a `LintRun` of ESLint's errors and tsc's diagnostics (`TS2322`...) as findings.

The runner's own report rides along (`NpmTestRun.js`, `NpmLintRun.eslint/tsc`) for the
JavaScript classification.

Per-test coverage (for Ochiai and for choosing the tests that cover an edit) costs one run
per test, so it is measured only when a failing test needs localising (a failed
assertion): jest and vitest write istanbul JSON through their V8 provider; mocha and
node --test run under NODE_V8_COVERAGE, whose files Healer's support script merges in the
sandbox into one file holding only the repository's scripts.
"""

from __future__ import annotations

import posixpath
import shlex
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace

from healer.engine.checks import CollectError, LintFinding, LintRun, PytestRun, TestResult
from healer.engine.javascript import coverage as jscov
from healer.engine.javascript import lint as jslint
from healer.engine.javascript import modules, reports
from healer.engine.javascript.classify import Repository, classify_error
from healer.engine.javascript.commands import (
    NO_TRANSFORM,
    TEST_RUNNERS,
    CheckCommand,
    CoverageCommand,
    Paths,
    jest_runs_plain,
    narrowed_node_test,
    regex_escape,
    render,
    rewrite_segment,
    single_test_command,
)
from healer.engine.javascript.errors import Frame, JsError, parse_error
from healer.engine.javascript.project import NpmProject
from healer.engine.javascript.scripts import runner_segment
from healer.engine.javascript.suspects import static_coverage
from healer.engine.types import BugType, ExecResult, Sandbox

REPORT_LIMIT = 32 * 1024 * 1024
COVERAGE_LIMIT = 16 * 1024 * 1024
OUTPUT_TAIL = 4000
COVERAGE_DIR = ".healer-coverage"  # in the working copy, which the next command recreates
V8_MERGE = "healer_v8_coverage.mjs"
LOAD_PROBE = "healer_load_tests.mjs"
LOAD_MARK = "HEALER-LOAD-ERROR "
MERGED = "merged.json"
CHECK_MARK = "HEALER-CHECK-ERROR "
CHECKABLE = (".js", ".mjs", ".cjs")  # what `node --check` parses (not TypeScript)
CHECK_LIMIT = 200
PARSERS = {
    "jest": reports.parse_jest_report,
    "vitest": reports.parse_vitest_report,
    "mocha": reports.parse_mocha_report,
    "node-test": reports.parse_node_test_report,
}
OUTCOMES = {reports.PASSED: "passed", reports.FAILED: "failed", reports.SKIPPED: "skipped"}
# A build step that failed (tsc in the test script): the tests could not load at all.
BUILD_NODEID = "<build>"
# A candidate's edit can make the code loop forever, and no runner can stop a synchronous loop
# in a test (its own timeouts are timers on the same thread). Once a whole run in which tests ran
# took T seconds, later runs get max(RUN_TIMEOUT_MIN, RUN_TIMEOUT_FACTOR * T), never more than the
# command timeout (generous: a loaded machine's runs vary by a factor of three).
RUN_TIMEOUT_MIN = 30.0
RUN_TIMEOUT_FACTOR = 5.0


@dataclass
class NpmTestRun(PytestRun):
    js: reports.TestRun | None = None  # the runner's own report
    tsc: list[jslint.TscDiagnostic] = field(default_factory=list)  # a tsc build step in the test script


@dataclass
class NpmLintRun(LintRun):
    eslint: list[jslint.EslintMessage] = field(default_factory=list)
    tsc: list[jslint.TscDiagnostic] = field(default_factory=list)
    failed_checks: list[str] = field(default_factory=list)  # scripts judged by exit status that failed


# -- conversion -----------------------------------------------------------------------------
def exception_dict(error: JsError) -> dict:
    """A JavaScript error in the shape the pytest plugin reports exceptions (see checks.py)."""
    frames = [(f.file, f.line, f.function[:200]) for f in reversed(error.repo_frames) if f.line > 0]
    exc: dict = {
        "type": error.name,
        "module": "",
        "message": error.message,
        "frames": frames[:200],
        "name": "",
        "path": "",
    }
    if error.location is not None:
        file, line, column = error.location
        exc["syntax"] = {
            "filename": file,
            "lineno": line,
            "offset": column or None,
            "end_lineno": None,
            "end_offset": None,
            "msg": (error.message.strip().splitlines() or [""])[0][:500],
            "text": "",
        }
    return exc


def _longrepr(error: JsError | None) -> str:
    if error is None:
        return ""
    frames = "\n".join(
        f"    at {f.function or '<anonymous>'} ({f.file}:{f.line}:{f.column})" for f in error.repo_frames
    )
    return f"{error.summary}\n{error.message}\n{frames}"[:6000]


def common_run(
    js: reports.TestRun, *, duration: float, tsc: Sequence[jslint.TscDiagnostic] = ()
) -> NpmTestRun:
    run = NpmTestRun(js=js, tsc=list(tsc), output=js.output, duration=duration, timed_out=js.timed_out)
    for test in js.tests.values():
        run.tests[test.id] = TestResult(
            nodeid=test.id,
            outcome=OUTCOMES.get(test.outcome, "failed"),
            duration=test.duration,
            when="call",
            exception=exception_dict(test.error) if test.error is not None else None,
            longrepr=_longrepr(test.error),
        )
    for suite in js.suite_errors:
        run.collect_errors.append(
            CollectError(
                nodeid=suite.file, exception=exception_dict(suite.error), longrepr=_longrepr(suite.error)
            )
        )
    errors = [d for d in tsc if d.category == "error"]
    if errors and not js.tests:
        # The build step failed, so no test could load: one collection error for all of them.
        first = errors[0]
        run.collect_errors.append(
            CollectError(
                nodeid=BUILD_NODEID,
                exception={
                    "type": "TypeScriptError",
                    "module": "",
                    "message": first.message,
                    "name": "",
                    "path": "",
                    "frames": [(first.file, first.line, "")] if first.file else [],
                },
            )
        )
    elif js.error and not js.suite_errors:
        # No report and nothing located: the tests did not run (a crash, a timeout).
        run.error = js.error + (f"\n{js.output[-OUTPUT_TAIL:]}" if js.output and not js.timed_out else "")
    return run


def is_diagnostic_echo(error: JsError, diagnostics: Sequence[jslint.TscDiagnostic]) -> bool:
    """The "load error" read from the output of a test script whose tsc build step failed, so its
    runner wrote no report, is one of tsc's own diagnostics (`src/a.ts(1,39): error TS2307: Cannot
    find module ...` looks like a failed require): those are read as tsc's findings, with their
    file and line, not as an error of no file."""
    if error.location is not None:
        return False  # a parse error read from the output is located: the runner's failure, judged by tests
    return any(f"error TS{d.code}: {d.message.splitlines()[0]}" in error.message for d in diagnostics)


def lint_findings(
    messages: Sequence[jslint.EslintMessage], diagnostics: Sequence[jslint.TscDiagnostic]
) -> list[LintFinding]:
    """ESLint's errors (warnings do not fail `eslint`) and tsc's errors, as lint findings."""
    found = [
        LintFinding(
            code=m.rule,
            message=m.message,
            file=m.file,
            line=m.line,
            column=m.column,
            end_line=m.end_line or m.line,
            end_column=m.end_column or m.column,
            source="eslint",
        )
        for m in messages
        if m.file and (m.fatal or m.severity >= jslint.ERROR)
    ]
    found += [
        LintFinding(
            code=f"TS{d.code}",
            message=d.message,
            file=d.file,
            line=d.line,
            column=d.column,
            end_line=d.line,
            end_column=d.column,
            source="tsc",
        )
        for d in diagnostics
        if d.file and d.category == "error"
    ]
    return found


# -- the runner --------------------------------------------------------------------------------
@dataclass
class NpmRunner:
    sandbox: Sandbox
    project: NpmProject
    commands: tuple[CheckCommand, ...]
    paths: Paths
    repository: Callable[[], Repository]  # the repository as the host sees it now (for coverage)
    command_timeout: float = 300
    log: Callable[[str], None] = lambda line: None
    reported_tests: Callable[[set[str]], None] = lambda files: None  # told the test files a run reported
    test_files: Callable[[], Collection[str]] = lambda: ()  # the project's test files by the conventions
    slowest_run: float = 0.0  # the longest whole test run that finished (sets the later runs' timeout)
    # The last whole test run's tsc build step passed and its tests ran: the targeted runs may then
    # build without type checking (commands.fast_build_segment). While the build fails, its errors
    # are what a candidate is judged by, and every run keeps the real build.
    build_clean: bool = False
    # commands.jest_runs_plain, asked once: the test files and the configuration never change.
    _plain_jest: bool | None = field(default=None, init=False, repr=False)

    @property
    def test_command(self) -> CheckCommand:
        return next(c for c in self.commands if c.kind == "test")

    @property
    def lint_commands(self) -> list[CheckCommand]:
        return [c for c in self.commands if c.kind != "test"]

    def _exec(
        self, argv: Sequence[str], env: dict[str, str], *, bounded: int = 0, limit: float | None = None
    ) -> ExecResult:
        """Run one command; `bounded` runs of the tests get the timeout a whole run earned (see above),
        or the caller's tighter `limit`."""
        timeout = min(self.command_timeout, limit) if limit else self.command_timeout
        if bounded and self.slowest_run:
            timeout = min(timeout, bounded * max(RUN_TIMEOUT_MIN, RUN_TIMEOUT_FACTOR * self.slowest_run))
        return self.sandbox.exec(list(argv), timeout=timeout, env=env, reset=True)

    def _read(self, path: str, limit: int = REPORT_LIMIT) -> bytes | None:
        return self.sandbox.read_file(path, limit=limit) if path else None

    # -- tests ---------------------------------------------------------------------------
    def run_tests(
        self,
        *,
        node_ids: Sequence[str] = (),
        coverage: bool = False,
        test_timeout: float | None = None,
        command_timeout: float | None = None,
    ) -> NpmTestRun:
        """The tests named (all when none). `command_timeout` may tighten the run's limit; a per-test
        `test_timeout` is left to the runner's own (its timers cannot stop a synchronous loop anyway:
        the command's limit does)."""
        command = self._restricted(node_ids) if node_ids else self.test_command
        result = self._exec(command.argv, command.env, bounded=1, limit=command_timeout)
        js = self._parse(command, result)
        if not node_ids and not result.timed_out and js.tests:
            self.slowest_run = max(self.slowest_run, result.duration)
        if command.tool == "mocha" and not (js.tests or js.suite_errors or js.timed_out):
            # No test and nothing located, with or without a report (mocha's ESM loader may exit
            # with "Exception during run" and no report at all): load the test files ourselves.
            self._nothing_ran(js)
        self._locate_parse_errors(js)
        self._locate_link_errors(js)
        tsc = (
            jslint.parse_tsc_output(result.output, repo_dir=self.sandbox.repo_dir)
            if command.tsc_in_output
            else []
        )
        if tsc and not js.tests:
            js.suite_errors = [s for s in js.suite_errors if not is_diagnostic_echo(s.error, tsc)]
        run = common_run(js, duration=result.duration, tsc=tsc)
        if not node_ids:
            self.build_clean = command.tsc_in_output and not tsc and bool(js.tests) and not result.timed_out
        self.reported_tests({t.file for t in js.tests.values() if t.file})
        if coverage and self._needs_localising(js):
            self._cover(run, js)
        return run

    def add_coverage(self, run: PytestRun) -> None:
        """Per-test coverage for a whole-suite run made without it, when a failed assertion needs
        localising: the repair loop asks only for a candidate its whole suite did not reject."""
        js = run.js if isinstance(run, NpmTestRun) else None
        if js is not None and not run.coverage and self._needs_localising(js):
            self._cover(run, js)

    def _parse(self, command: CheckCommand, result: ExecResult) -> reports.TestRun:
        parser = PARSERS.get(command.tool)
        if parser is None:
            return _by_exit_status(command, result)
        raw = self._read(command.report)
        return parser(raw, result=result, repo_dir=self.sandbox.repo_dir)

    def _restricted(self, node_ids: Sequence[str]) -> CheckCommand:
        """The test command limited to the files (jest, vitest, node --test) or titles (mocha) of node_ids.

        A runner that cannot be limited safely runs everything: a targeted run may hold more
        tests than asked for, never fewer.
        """
        command = self.test_command
        check = self.project.check("test")
        segment = runner_segment(check.segments, TEST_RUNNERS) if check else None
        if segment is None or segment.runner != command.tool:
            return command
        fast = self._fast_build()
        files = sorted({node_id.split("::", 1)[0] for node_id in node_ids})
        repository = set(self.repository().files)
        extra: list[str] = []
        if command.tool in ("jest", "vitest") and files and all(f in repository for f in files):
            extra = ([NO_TRANSFORM] if self._jest_plain() else []) + files
        elif command.tool == "mocha" and all("::" in node_id for node_id in node_ids):
            titles = {self._title(node_id) for node_id in node_ids}
            if all(titles):
                extra = ["--grep", "^(?:" + "|".join(regex_escape(t) for t in sorted(titles)) + ")$"]
        narrowed = (
            narrowed_node_test(segment, files=files)
            if command.tool == "node-test" and files and all(f in repository for f in files)
            else None
        )
        if not extra and not fast and narrowed is None:
            return command
        argv = shlex.split(rewrite_segment(narrowed or segment, paths=self.paths)) + extra
        shell = render(
            check.segments, target=segment, paths=self.paths, text=shlex.join(argv), fast_build=fast
        )
        return replace(command, argv=("sh", "-c", shell))

    def _jest_plain(self) -> bool:
        if self._plain_jest is None:
            repo = self.repository()
            self._plain_jest = jest_runs_plain(self.project, files=repo.files, read=repo.read)
        return self._plain_jest

    def _fast_build(self) -> bool:
        """Whether a run after the last whole one may build without type checking: that run's tsc build
        passed, and the test script is a shell line whose build segment can be swapped."""
        return self.build_clean and self.test_command.argv[:1] == ("sh",)

    def _nothing_ran(self, js: reports.TestRun) -> None:
        """mocha ran no test at all: find the load error it swallowed, else say that nothing ran.

        On Node >= 20.19 mocha loses an error thrown while an ES module test file loads (it
        reports 0 passing and exits 0; mochajs/mocha#4773). Healer's support script loads the
        test files again with mocha's globals stubbed and prints the first error.
        """
        files = sorted(f for f in self.test_files() if f.endswith((".js", ".mjs", ".cjs")))
        if files:
            probe = posixpath.join(self.sandbox.support_dir, LOAD_PROBE)
            result = self._exec(("node", probe, *files), self.test_command.env, bounded=1)
            marked = result.output.partition(LOAD_MARK)[2]
            file, _, stack = marked.partition("\n")
            error = parse_error(stack, self.sandbox.repo_dir) if marked else None
            if error is not None and not any("node_modules/mocha/" in f.path for f in error.frames):
                js.suite_errors.append(reports.SuiteError(file=file.strip(), error=error))
                return
        js.error = "mocha ran no test, although the project has test files: a test file may not load"

    def _locate_parse_errors(self, js: reports.TestRun) -> None:
        """A SyntaxError with no file and line (Node's ESM loader drops them for an imported module,
        and mocha names the test file instead): `node --check` the test file's imports in the
        sandbox, in import order, and take the first file V8 refuses, at the line V8 names."""
        errors = [s.error for s in js.suite_errors] + [
            t.error for t in js.tests.values() if t.failed and t.error
        ]
        lost = [e for e in errors if e is not None and e.name == "SyntaxError" and e.location is None]
        if not lost:
            return
        starts = [s.file for s in js.suite_errors if s.error in lost and s.file]
        starts += [t.file for t in js.tests.values() if t.error in lost and t.file]
        files = [f for f in import_closure(starts, self.repository()) if f.endswith(CHECKABLE)][:CHECK_LIMIT]
        if not files:
            return
        loop = f'for f in "$@"; do out=$(node --check "$f" 2>&1) || {{ echo "{CHECK_MARK}$f"; echo "$out"; exit 0; }}; done'
        result = self._exec(("sh", "-c", loop, "check", *files), self.test_command.env, bounded=1)
        marked = result.output.partition(CHECK_MARK)[2]
        error = parse_error(marked.partition("\n")[2], self.sandbox.repo_dir) if marked else None
        if error is None or error.location is None:
            return
        for suite in js.suite_errors:
            if suite.error in lost:
                suite.error = replace(suite.error, location=error.location, message=error.message)
        for test in js.tests.values():
            if test.error in lost:
                test.error = replace(test.error, location=error.location, message=error.message)

    def _locate_link_errors(self, js: reports.TestRun) -> None:
        """A missing ESM export that stopped a test file loading, placed at the importing statement.

        Node's linker raises it with no repository frame (and mocha keeps only the message), so the
        error had no place: a candidate that let an earlier module parse could not be told to have
        moved the load on to another error (validation.stops_further). The classification's own
        answer (the file whose import of that name resolves to a module without it) becomes the
        error's importer and innermost frame, as an uncaught one's "file:line" header would say.
        """
        repo = None
        for suite in js.suite_errors:
            error = suite.error
            if not error.export or error.repo_frames or error.location is not None:
                continue
            repo = repo or self.repository()
            failure = classify_error(error, repo=repo, source=js.runner)
            if failure is None or failure.bug_type is not BugType.IMPORT or not failure.file:
                continue
            here = Frame(file=failure.file, line=failure.line, column=0)
            suite.error = replace(
                error, importer=error.importer or failure.file, frames=(here, *error.frames)
            )

    @staticmethod
    def _title(node_id: str) -> str:
        title = node_id.split("::", 1)[1]
        return title.rsplit(" #", 1)[0] if title.rsplit(" #", 1)[-1].isdigit() else title

    # -- coverage ---------------------------------------------------------------------------
    def _needs_localising(self, js: reports.TestRun) -> bool:
        repo = self.repository()
        for test in js.tests.values():
            if test.failed and test.error is not None:
                failure = classify_error(test.error, repo=repo, source=js.runner)
                if failure is not None and failure.bug_type is BugType.LOGIC:
                    return True
        return False

    def _cover(self, run: NpmTestRun, js: reports.TestRun) -> None:
        """Every test's coverage, the runner started once per test but in one command.

        The script's other segments (a tsc build) run once before them, and each test gets
        its own time limit, so one test that now loops forever costs only its own coverage.
        """
        repo = self.repository()
        tests = [t for t in js.tests.values() if t.outcome in (reports.PASSED, reports.FAILED)]
        commands: list[tuple[reports.TestCase, CoverageCommand | None]] = []
        for index, test in enumerate(tests):
            directory = posixpath.join(self.sandbox.repo_dir, COVERAGE_DIR, str(index))
            commands.append(
                (
                    test,
                    single_test_command(
                        self.project,
                        test=test,
                        paths=self.paths,
                        directory=directory,
                        plain_jest=self._jest_plain(),
                    ),
                )
            )
        measured = [command for _, command in commands if command is not None]
        if measured:
            self._exec(
                ("sh", "-c", self._coverage_script(measured)), self.test_command.env, bounded=len(measured)
            )
        for test, command in commands:
            covered = self._read_coverage(command, repo) if command else static_coverage(test, repo=repo)
            run.tests[test.id].covered = {file: sorted(lines) for file, lines in covered.items()}
        run.coverage = bool(tests)
        self.log(f"Coverage: {len(tests)} test(s) run one by one to localise the failed assertions")

    def _per_test_timeout(self) -> float:
        return (
            max(RUN_TIMEOUT_MIN, RUN_TIMEOUT_FACTOR * self.slowest_run)
            if self.slowest_run
            else self.command_timeout
        )

    def _coverage_script(self, commands: list[CoverageCommand]) -> str:
        limit = str(int(self._per_test_timeout()))
        steps = []
        for command in commands:
            extra = [
                f"{key}={value}"
                for key, value in command.env.items()
                if key in ("NODE_V8_COVERAGE", "NODE_OPTIONS")
            ]
            # runner_text is shell text already: split and joined again, its unquoted globs (which sh
            # expands, as npm would) would come back quoted.
            step = f"{shlex.join(['timeout', '-k', '2', limit, 'env', *extra])} {command.runner_text}"
            if command.format == "v8":
                merge = ["env", "-u", "NODE_V8_COVERAGE", "-u", "NODE_OPTIONS", "node",
                         posixpath.join(self.sandbox.support_dir, V8_MERGE), command.directory,
                         posixpath.join(command.directory, MERGED), self.sandbox.repo_dir]  # fmt: skip
                step = f"{step} ; {shlex.join(merge)}"
            steps.append(step)
        check = self.project.check("test")
        segment = runner_segment(check.segments, TEST_RUNNERS) if check else None
        assert check is not None and segment is not None  # single_test_command found them
        # The per-test runs measure the code the last whole run built and type-checked: its emit without
        # the type check (fast_build_segment) is the same JavaScript, for a fraction of tsc's time.
        return render(
            check.segments,
            target=segment,
            paths=self.paths,
            text="( " + " ; ".join(steps) + " )",
            fast_build=self._fast_build(),
        )

    def _read_coverage(self, command: CoverageCommand, repo: Repository) -> jscov.Coverage:
        if command.format == "istanbul":
            raw = self._read(posixpath.join(command.directory, "coverage-final.json"), COVERAGE_LIMIT)
            return jscov.parse_istanbul(raw, repo_dir=self.sandbox.repo_dir)
        raw = self._read(posixpath.join(command.directory, MERGED), COVERAGE_LIMIT)
        return jscov.parse_v8(raw, repo_dir=self.sandbox.repo_dir, read_source=repo.read)

    # -- static checks ---------------------------------------------------------------------
    def run_lint(self) -> NpmLintRun:
        run = NpmLintRun()
        errors: list[str] = []
        outputs: list[str] = []
        for command in self.lint_commands:
            result = self._exec(command.argv, command.env)
            run.duration += result.duration
            outputs.append(result.output[-OUTPUT_TAIL:])
            problem = self._lint_command(run, command, result)
            if problem:
                errors.append(problem)
        run.findings = lint_findings(run.eslint, run.tsc)
        run.error = "\n".join(errors)
        run.output = "\n".join(o for o in outputs if o)[-OUTPUT_TAIL:]
        return run

    def _lint_command(self, run: NpmLintRun, command: CheckCommand, result: ExecResult) -> str:
        """Read one static check's findings into `run`; a problem that is not a finding, or ""."""
        name = f"npm run {command.name}" if command.name != command.tool else command.tool
        if result.timed_out:
            return f"{name} did not finish in time"
        found = 0
        if command.tool == "eslint":
            eslint = jslint.parse_eslint_report(
                self._read(command.report), result=result, repo_dir=self.sandbox.repo_dir
            )
            if eslint.error and result.exit_code != 0:
                return (
                    f"{name}: {eslint.error} (exit code {result.exit_code}):\n{result.output[-OUTPUT_TAIL:]}"
                )
            run.eslint += eslint.messages
            found += len(eslint.errors)
        if command.tool == "tsc" or command.tsc_in_output:
            diagnostics = jslint.parse_tsc_output(result.output, repo_dir=self.sandbox.repo_dir)
            run.tsc += diagnostics
            found += sum(1 for d in diagnostics if d.file and d.category == "error")
        if result.exit_code != 0 and not found:
            run.failed_checks.append(name)
            return f"{name} failed (exit code {result.exit_code}):\n{result.output[-OUTPUT_TAIL:]}"
        return ""


def import_closure(starts: Sequence[str], repo: Repository) -> list[str]:
    """The files `starts` import, transitively (relative imports within the repository), breadth first:
    the modules nearest the test first, the test files themselves last."""
    seen: list[str] = []
    queue = [f for f in starts if f in repo.files]
    while queue and len(seen) < CHECK_LIMIT * 4:
        file = queue.pop(0)
        if file in seen:
            continue
        seen.append(file)
        text = repo.read(file)
        for ref in modules.imports(text, file) if text is not None else []:
            target = modules.resolve(file, ref.specifier, repo.files)
            if target is not None and target not in seen:
                queue.append(target)
    return [f for f in seen if f not in starts] + [f for f in seen if f in starts]


def _by_exit_status(command: CheckCommand, result: ExecResult) -> reports.TestRun:
    """A test script Healer cannot follow: it passes or fails as a whole."""
    run = reports.TestRun(runner="", output=result.output[-OUTPUT_TAIL:], timed_out=result.timed_out,
                          exit_code=result.exit_code)  # fmt: skip
    if result.timed_out:
        run.error = f"npm run {command.name} did not finish in time ({result.killed_reason or 'timeout'})"
    elif result.exit_code != 0:
        run.error = f"npm run {command.name} failed (exit code {result.exit_code}); Healer cannot read which test failed"
    return run
