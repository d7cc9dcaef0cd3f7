"""Run the discovered checks in the sandbox and parse their structured output.

pytest writes a JSON report through Healer's own plugin (support/healer_pytest_report.py);
ruff writes its JSON diagnostics to a file. Both files come from a sandbox that
ran untrusted code, so every field is type-checked: broken or hostile output
gives a result with `error` set, never an exception.
"""

from __future__ import annotations

import contextlib
import gc
import json
import math
import posixpath
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from healer.engine.discovery import CheckPlan
from healer.engine.types import ExecResult, Sandbox
from healer.engine.workspace import UnsafePath, clean_relpath

PLUGIN_MODULE = "healer_pytest_report"
PYTEST_REPORT_NAME = ".healer-pytest-report.json"
RUFF_REPORT_NAME = ".healer-ruff-report.json"
# What the worker reads back of one report. The plugin fits its report under
# REPORT_BUDGET (dropping detail first, never outcomes), so a suite of tens of
# thousands of failing tests cannot make one report pin a worker's memory.
REPORT_LIMIT = 16 * 1024 * 1024
REPORT_BUDGET = REPORT_LIMIT - 512 * 1024
# Once a test of a run timed out (a bug that loops), the plugin limits each later test of that
# run to max(FLOOR, FACTOR x the slowest test that passed in it): a second and third test stuck
# in the same loop cost seconds instead of the whole per-test limit each (jsmin's mutant: two
# stuck tests, 122 s of a 135 s heal). A run with no timeout keeps the configured limit.
AFTER_TIMEOUT_FLOOR = 10.0
AFTER_TIMEOUT_FACTOR = 10
OUTPUT_TAIL = 4000

PASSED_OUTCOMES = frozenset({"passed", "xfailed", "xpassed", "skipped"})
FAILED_OUTCOMES = frozenset({"failed", "error"})


# -- results -----------------------------------------------------------------
@dataclass
class TestResult:
    __test__ = False  # not a pytest test class

    nodeid: str
    outcome: str  # passed, failed, error, skipped, xfailed, xpassed
    duration: float = 0.0
    when: str = ""
    exception: dict | None = None
    longrepr: str = ""
    covered: dict[str, list[int]] = field(default_factory=dict)
    # Exceptions raised at the run's watched lines (--healer-watch): (file, line, type name).
    raised: tuple[tuple[str, int, str], ...] = ()

    @property
    def failed(self) -> bool:
        return self.outcome in FAILED_OUTCOMES

    @property
    def file(self) -> str:
        return nodeid_file(self.nodeid)


@dataclass
class CollectError:
    nodeid: str
    exception: dict | None = None
    longrepr: str = ""


@dataclass
class PytestRun:
    tests: dict[str, TestResult] = field(default_factory=dict)
    collect_errors: list[CollectError] = field(default_factory=list)
    modules: set[str] = field(default_factory=set)  # test modules that collected without an error
    exitstatus: int | None = None
    error: str = ""  # set when no usable report came back
    output: str = ""
    duration: float = 0.0
    coverage: bool = False
    timed_out: bool = False
    python: str = ""  # the version of the Python that ran the tests (the sandbox's)
    trimmed: bool = False  # the plugin dropped detail to fit its report under the budget
    # Lines each test module's import ran, by module (decorators, class bodies): see import_time_coverage.
    module_covered: dict[str, dict[str, list[int]]] = field(default_factory=dict)

    @property
    def passed_ids(self) -> set[str]:
        return {t.nodeid for t in self.tests.values() if t.outcome == "passed"}

    @property
    def failed_ids(self) -> set[str]:
        return {t.nodeid for t in self.tests.values() if t.failed}


@dataclass(frozen=True)
class LintEdit:
    content: str
    start: tuple[int, int]  # (row, column), 1-based, columns in characters
    end: tuple[int, int]


@dataclass(frozen=True)
class LintFix:
    applicability: str  # safe, unsafe, display-only
    message: str
    edits: tuple[LintEdit, ...]


@dataclass(frozen=True)
class LintFinding:
    code: str  # ruff rule code; "invalid-syntax" for parse errors
    message: str
    file: str
    line: int
    column: int
    end_line: int
    end_column: int
    fix: LintFix | None = None
    source: str = ""  # the checker, when not ruff ("eslint", "tsc")

    @property
    def is_syntax_error(self) -> bool:
        return self.code in ("invalid-syntax", "") or self.message.startswith("SyntaxError")

    @property
    def key(self) -> tuple[str, str, int, str]:
        return (self.code, self.file, self.line, self.message)


@dataclass
class LintRun:
    findings: list[LintFinding] = field(default_factory=list)
    error: str = ""
    output: str = ""
    duration: float = 0.0


# -- running -----------------------------------------------------------------
@dataclass
class Runner:
    """Builds the commands and runs them in one sandbox."""

    sandbox: Sandbox
    plan: CheckPlan
    test_timeout: float = 60
    command_timeout: float = 300
    python: str = "python3"
    ruff: str = "ruff"
    log: Callable[[str], None] = lambda line: None
    # Set once the repository's addopts turned out to need plugins the sandbox lacks (e.g. --cov).
    drop_addopts: bool = False
    # How the plugin records per-test lines: "auto" is sys.monitoring where the sandbox's Python
    # has it (3.12+), sys.settrace otherwise; both record the same lines (tests/engine prove it).
    coverage_core: str = "auto"
    # (floor seconds, factor): see AFTER_TIMEOUT_FLOOR.
    after_timeout: tuple[float, float] = (AFTER_TIMEOUT_FLOOR, AFTER_TIMEOUT_FACTOR)
    # run_tests takes `watch` (the exceptions raised at given lines, per test): trial.Trier asks.
    watches_raises = True

    def pytest_argv(
        self,
        *,
        report_path: str,
        node_ids: Sequence[str] = (),
        coverage: bool,
        test_timeout: float | None = None,
        watch: Mapping[str, Iterable[int]] | None = None,
    ) -> list[str]:
        argv = [
            self.python,
            "-m",
            "pytest",
            "-p",
            PLUGIN_MODULE,
            f"--healer-report={report_path}",
            "-p",
            "no:cacheprovider",
            "-q",
            "-rN",
            "--continue-on-collection-errors",
            f"--timeout={max(1, math.ceil(min(test_timeout or self.test_timeout, self.test_timeout)))}",
            f"--healer-report-budget={REPORT_BUDGET}",
            "--healer-after-timeout={:g},{:g}".format(*self.after_timeout),
            # Targeted runs name node ids in sub-directories; pytest would look for a
            # configuration file there first. The same rootdir and file as the whole run.
            f"--rootdir={self.sandbox.repo_dir}",
        ]
        if self.plan.pytest_config_file:
            argv += ["-c", self.plan.pytest_config_file]
        if coverage:
            argv.append("--healer-coverage")
            if self.coverage_core != "auto":
                argv.append(f"--healer-coverage-core={self.coverage_core}")
        for file, lines in sorted((watch or {}).items()):
            argv.append(f"--healer-watch={file}:{','.join(str(n) for n in sorted(lines))}")
        if self.drop_addopts:
            argv += ["-o", "addopts="]
        argv += list(node_ids) if node_ids else list(self.plan.pytest_args)
        return argv

    def import_path(self) -> str:
        """The project's import roots inside the sandbox (a src layout's `src`, discovery.import_roots),
        as a PYTHONPATH fragment: what `pip install -e .` would put on sys.path in its CI."""
        return ":".join(posixpath.join(self.sandbox.repo_dir, root) for root in self.plan.import_roots)

    def test_env(self) -> dict[str, str]:
        """The environment of every run of the project's tests (fresh, warm, with coverage, and the
        benchmarks' own): Healer's plugin first, then the project's import roots. The sandbox
        appends its dependency volume's site-packages after them."""
        path = ":".join(part for part in (self.sandbox.support_dir, self.import_path()) if part)
        return {"PYTHONPATH": path, "PYTHONDONTWRITEBYTECODE": "1"}

    @staticmethod
    def may_run_warm(*, node_ids: Sequence[str], coverage: bool) -> bool:
        """Whether a run may be served by the sandbox's pre-imported pytest: a run of named tests
        without coverage (a candidate's targeted or selected run). Its verdict only lets the
        candidate go on: the whole suite, which accepts a fix and measures the coverage the next
        search localises with, keeps a fresh interpreter, so no accepted fix rests on a warm run."""
        return bool(node_ids) and not coverage

    def run_tests(
        self,
        *,
        node_ids: Sequence[str] = (),
        coverage: bool = False,
        test_timeout: float | None = None,
        command_timeout: float | None = None,
        watch: Mapping[str, Iterable[int]] | None = None,
    ) -> PytestRun:
        """Run pytest once; the limits default to the runner's own (tighter ones may be given).
        `watch` (file -> lines) records per test the exceptions raised at those lines."""
        report_path = posixpath.join(self.sandbox.repo_dir, PYTEST_REPORT_NAME)
        argv = self.pytest_argv(
            report_path=report_path,
            node_ids=node_ids,
            coverage=coverage,
            test_timeout=test_timeout,
            watch=watch,
        )
        env = self.test_env()
        limit = min(command_timeout, self.command_timeout) if command_timeout else self.command_timeout
        if self.plan.generated:
            # The version module the build writes (discovery.scm_version_files): in the sandbox's
            # copy only, put again before each run (an upload of the workspace replaces the copy).
            self.sandbox.put_files({path: text.encode() for path, text in self.plan.generated})
        result = self.sandbox.exec(
            argv,
            timeout=limit,
            env=env,
            reset=True,
            warm=self.may_run_warm(node_ids=node_ids, coverage=coverage),
        )
        raw = self.sandbox.read_file(report_path, limit=REPORT_LIMIT)
        if raw is None and not self.drop_addopts and _unusable_addopts(result):
            self.drop_addopts = True
            self.log(
                "pytest refused the repository's addopts (a plugin the sandbox lacks); running without them"
            )
            return self.run_tests(
                node_ids=node_ids,
                coverage=coverage,
                test_timeout=test_timeout,
                command_timeout=command_timeout,
                watch=watch,
            )
        modules = uncollected_modules(node_ids, result.output, repo_dir=self.sandbox.repo_dir)
        if modules:
            # pytest ends a session that names a test of a module it cannot import ("found no
            # collectors for m.py::t") before running anything else (exit status 4): every other
            # test named "did not run". A test of a module that imported before may stop doing so
            # once a fix lets the import get further, to a second bug (one import-time fault
            # masking another). Naming the module instead reports its collection error with the
            # rest of the run.
            wanted = [
                nodeid_file(nodeid) if nodeid_file(nodeid) in modules else nodeid for nodeid in node_ids
            ]
            return self.run_tests(
                node_ids=list(dict.fromkeys(wanted)),
                coverage=coverage,
                test_timeout=test_timeout,
                command_timeout=command_timeout,
                watch=watch,
            )
        return parse_pytest_report(raw, result=result, repo_dir=self.sandbox.repo_dir)

    def run_lint(self) -> LintRun:
        report_path = posixpath.join(self.sandbox.repo_dir, RUFF_REPORT_NAME)
        argv = [
            self.ruff,
            "check",
            "--output-format",
            "json",
            "--unsafe-fixes",
            "--no-cache",
            "--output-file",
            report_path,
            *self.plan.lint_args,
            ".",
        ]
        result = self.sandbox.exec(argv, timeout=self.command_timeout, reset=True)
        raw = self.sandbox.read_file(report_path, limit=REPORT_LIMIT)
        run = parse_ruff_report(raw, result=result, repo_dir=self.sandbox.repo_dir)
        if self.plan.generated:
            # The version module run_tests writes into the sandbox's copy is Healer's, not the
            # repository's: a finding in it (its quotes under the project's Q000) is no failure of
            # the repository, and no fixer can edit a file the workspace lacks (python-xz, round 52).
            generated = {path for path, _ in self.plan.generated}
            run.findings = [finding for finding in run.findings if finding.file not in generated]
        return run


def nodeid_file(nodeid: str) -> str:
    """The test module of a pytest node id (`tests/test_a.py::T::test_b` -> `tests/test_a.py`)."""
    return nodeid.split("::", 1)[0]


_NO_COLLECTORS_RE = re.compile(r"^ERROR: found no collectors for (\S+?)::\S", re.M)


def uncollected_modules(node_ids: Sequence[str], output: str, *, repo_dir: str) -> set[str]:
    """The modules of the tests named in `node_ids` that pytest could not collect in a run whose
    output is `output` (it said "found no collectors" for one of their tests); empty when none."""
    named = {nodeid_file(nodeid) for nodeid in node_ids if "::" in nodeid}
    if not named:
        return set()
    found = {_relative(path, repo_dir) or path for path in _NO_COLLECTORS_RE.findall(output)}
    return named & found


def _unusable_addopts(result: ExecResult) -> bool:
    """pytest's usage error for options of plugins that are not installed (e.g. --cov from addopts)."""
    return result.exit_code == 4 and "unrecognized arguments" in result.output


def _tail(text: str) -> str:
    return text[-OUTPUT_TAIL:]


# -- parsing pytest ------------------------------------------------------------
def _str(value: object, limit: int = 10_000) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _float(value: object) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    return 0.0


def _clean_frames(value: object) -> list[tuple[str, int, str]]:
    frames: list[tuple[str, int, str]] = []
    if not isinstance(value, list):
        return frames
    for item in value[:200]:
        if isinstance(item, list | tuple) and len(item) == 3:
            name, line, func = item
            if isinstance(name, str) and _int(line) is not None:
                frames.append((name, line, _str(func, 200)))
    return frames


def _clean_exception(value: object, depth: int = 0) -> dict | None:
    if not isinstance(value, dict) or depth > 4:
        return None
    exc: dict = {
        "type": _str(value.get("type"), 200),
        "module": _str(value.get("module"), 200),
        "message": _str(value.get("message"), 4000),
        "frames": _clean_frames(value.get("frames")),
        "name": _str(value.get("name"), 200),
        "path": _str(value.get("path"), 1000),
    }
    syntax = value.get("syntax")
    if isinstance(syntax, dict):
        exc["syntax"] = {
            "filename": _str(syntax.get("filename"), 1000),
            "lineno": _int(syntax.get("lineno")),
            "offset": _int(syntax.get("offset")),
            "end_lineno": _int(syntax.get("end_lineno")),
            "end_offset": _int(syntax.get("end_offset")),
            "msg": _str(syntax.get("msg"), 500),
            "text": _str(syntax.get("text"), 500),
        }
    cause = _clean_exception(value.get("cause"), depth + 1)
    if cause:
        exc["cause"] = cause
    return exc


def _clean_raised(value: object) -> tuple[tuple[str, int, str], ...]:
    if not isinstance(value, list):
        return ()
    return tuple(
        (item[0][:500], item[1], item[2][:200])
        for item in value[:20]
        if isinstance(item, list)
        and len(item) == 3
        and isinstance(item[0], str)
        and _int(item[1]) is not None
        and isinstance(item[2], str)
    )


def _clean_covered(value: object) -> dict[str, list[int]]:
    covered: dict[str, list[int]] = {}
    if not isinstance(value, dict):
        return covered
    for name, lines in value.items():
        if not isinstance(name, str) or not isinstance(lines, list):
            continue
        try:
            name = clean_relpath(name)
        except UnsafePath:
            continue
        covered[name] = [n for n in lines if _int(n) is not None and n > 0]
    return covered


@contextlib.contextmanager
def _without_gc() -> Iterator[None]:
    """The cyclic garbage collector paused: parsing a big report builds millions of objects, none
    of them in cycles, and the collector's passes over them took most of the time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def parse_pytest_report(raw: bytes | None, *, result: ExecResult, repo_dir: str = "") -> PytestRun:
    with _without_gc():
        return _parse_pytest_report(raw, result=result, repo_dir=repo_dir)


def _parse_pytest_report(raw: bytes | None, *, result: ExecResult, repo_dir: str) -> PytestRun:
    run = PytestRun(output=_tail(result.output), duration=result.duration, timed_out=result.timed_out)
    if result.timed_out:
        run.error = f"pytest did not finish within the time limit ({result.killed_reason or 'timeout'})"
    if raw is None:
        run.error = run.error or (
            f"pytest wrote no report (exit code {result.exit_code}); the end of its output:\n{_tail(result.output)}"
        )
        startup = parse_startup_error(result.output, repo_dir=repo_dir)
        if startup is not None:
            run.collect_errors.append(startup)
        return run
    try:
        data = json.loads(raw.decode("utf-8", errors="replace"))
    except (ValueError, RecursionError):
        run.error = "pytest's report is not valid JSON"
        return run
    if not isinstance(data, dict) or not isinstance(data.get("tests"), list):
        run.error = "pytest's report does not have the expected structure"
        return run
    run.exitstatus = _int(data.get("exitstatus"))
    run.coverage = data.get("coverage") is True
    run.python = _str(data.get("python"), 40)
    run.trimmed = data.get("trimmed") is True
    for item in data["tests"]:
        if not isinstance(item, dict) or not isinstance(item.get("nodeid"), str) or not item["nodeid"]:
            continue
        outcome = _str(item.get("outcome"), 20)
        if outcome not in PASSED_OUTCOMES | FAILED_OUTCOMES:
            continue
        test = TestResult(
            nodeid=item["nodeid"][:2000],
            outcome=outcome,
            duration=_float(item.get("duration")),
            when=_str(item.get("when"), 20),
            exception=_clean_exception(item.get("exception")),
            longrepr=_str(item.get("longrepr"), 6000),
            covered=_clean_covered(item.get("covered")),
            raised=_clean_raised(item.get("raised")),
        )
        run.tests[test.nodeid] = test
    module_covered = data.get("module_covered")
    if isinstance(module_covered, dict):
        run.module_covered = {
            str(m)[:2000]: _clean_covered(lines) for m, lines in module_covered.items() if isinstance(m, str)
        }
    modules = data.get("modules")
    run.modules = {m[:2000] for m in modules if isinstance(m, str)} if isinstance(modules, list) else set()
    errors = data.get("collect_errors")
    for item in errors if isinstance(errors, list) else []:
        if isinstance(item, dict) and isinstance(item.get("nodeid"), str):
            run.collect_errors.append(
                CollectError(
                    nodeid=item["nodeid"][:2000],
                    exception=_clean_exception(item.get("exception")),
                    longrepr=_str(item.get("longrepr"), 6000),
                )
            )
    if run.exitstatus in (3, 4) and not run.tests and not run.collect_errors:
        run.error = f"pytest could not run (exit status {run.exitstatus}):\n{_tail(result.output)}"
    return run


# Round 49: a plugin's load error (`-p pkg.plugin`, `pytest_plugins`, a pytest11 entry point) stops
# pytest the same way, exit status 3 and the same short traceback under `Error while loading plugin
# "pkg.plugin".` (pytest 8's `ImportError while loading plugin` too): a compile or import error in a
# plugin module left no verdict, only the lint's.
_CONFTEST_RE = re.compile(
    r"""^(?:ImportError while loading conftest '([^']+)'|(?:Import)?Error while loading plugin "([^"\n]{1,500})")""",
    re.M,
)
_FRAME_RE = re.compile(r"^([^\s:][^:\n]*\.py):(\d+): in (\S+)\s*$", re.M)
# With or without pytest's `E` prefix: a conftest inside the package it imports (pkg/tests/conftest.py)
# fails while Python imports the package itself, and pytest prints that SyntaxError bare
# (`  File "pkg/__init__.py", line 603` ... `SyntaxError: 'continue' not properly in loop`).
_E_FILE_RE = re.compile(r'^(?:E)?\s+File "([^"]+)", line (\d+)\s*$', re.M)
_E_EXC_RE = re.compile(r"^(?:E\s+)?([A-Za-z_][\w.]*(?:Error|Exception|Exit)):\s?(.*)$", re.M)


def parse_startup_error(output: str, *, repo_dir: str) -> CollectError | None:
    """The exception that stopped pytest while loading a conftest or a plugin (it writes no report then).

    Only this well-known text block is read: `path:line: in func` frames and the
    `E   Type: message` line of pytest's short traceback (or the bare `Type: message` and
    `File "...", line N` lines of a syntax error met while importing the conftest's own package).
    """
    text = output[-200_000:]
    match = _CONFTEST_RE.search(text)
    if match is None:
        return None
    block = text[match.end() :]
    if match.group(2) is not None:
        conftest = f"plugin {match.group(2)[:200]}"
    else:
        conftest = _relative(match.group(1), repo_dir) or ""
    frames = [
        (name, int(line), func)
        for name, line, func in _FRAME_RE.findall(block)
        if _relative(name, repo_dir) == name
    ]
    found = _E_EXC_RE.findall(block)
    if not found:
        return None
    kind, message = found[-1]
    kind = kind.rsplit(".", 1)[-1]
    exception: dict = {
        "type": kind,
        "module": "",
        "message": message[:4000],
        "frames": frames,
        "name": "",
        "path": "",
    }
    where = _E_FILE_RE.search(block)
    if kind in ("SyntaxError", "IndentationError", "TabError") and where:
        exception["syntax"] = {
            "filename": _relative(where.group(1), repo_dir) or "",
            "lineno": int(where.group(2)),
            "offset": None,
            "end_lineno": None,
            "end_offset": None,
            "msg": message[:500],
            "text": "",
        }
    name = re.search(r"No module named '([^']+)'|name '([^']+)' is not defined", message)
    if name:
        exception["name"] = name.group(1) or name.group(2)
    return CollectError(nodeid="", exception=exception, longrepr=f"error while loading {conftest}")


# -- parsing ruff ----------------------------------------------------------------
def _location(value: object) -> tuple[int, int] | None:
    if not isinstance(value, dict):
        return None
    row, column = _int(value.get("row")), _int(value.get("column"))
    if row is None or column is None or row < 1 or column < 1:
        return None
    return row, column


def _relative(filename: str, repo_dir: str) -> str | None:
    if not filename:
        return None
    if repo_dir and posixpath.isabs(filename):
        base = repo_dir.rstrip("/") + "/"
        if not filename.startswith(base):
            return None
        filename = filename[len(base) :]
    try:
        return clean_relpath(filename)
    except UnsafePath:
        return None


def _clean_fix(value: object) -> LintFix | None:
    if not isinstance(value, dict) or not isinstance(value.get("edits"), list):
        return None
    edits = []
    for edit in value["edits"][:100]:
        if not isinstance(edit, dict) or not isinstance(edit.get("content"), str):
            return None
        start, end = _location(edit.get("location")), _location(edit.get("end_location"))
        if start is None or end is None or end < start:
            return None
        edits.append(LintEdit(content=edit["content"], start=start, end=end))
    if not edits:
        return None
    return LintFix(
        applicability=_str(value.get("applicability"), 40) or "unsafe",
        message=_str(value.get("message"), 500),
        edits=tuple(edits),
    )


def parse_ruff_report(raw: bytes | None, *, result: ExecResult, repo_dir: str) -> LintRun:
    run = LintRun(output=_tail(result.output), duration=result.duration)
    if result.timed_out:
        run.error = "ruff did not finish within the time limit"
        return run
    if raw is None:
        run.error = f"ruff wrote no report (exit code {result.exit_code}):\n{_tail(result.output)}"
        return run
    try:
        data = json.loads(raw.decode("utf-8", errors="replace"))
    except (ValueError, RecursionError):
        run.error = "ruff's report is not valid JSON"
        return run
    if not isinstance(data, list):
        run.error = "ruff's report does not have the expected structure"
        return run
    for item in data:
        if not isinstance(item, dict):
            continue
        file = _relative(_str(item.get("filename"), 4000), repo_dir)
        start, end = _location(item.get("location")), _location(item.get("end_location"))
        if file is None or start is None:
            continue
        end = end or start
        code = item.get("code")
        run.findings.append(
            LintFinding(
                code=code[:40] if isinstance(code, str) else "invalid-syntax",
                message=_str(item.get("message"), 1000),
                file=file,
                line=start[0],
                column=start[1],
                end_line=end[0],
                end_column=end[1],
                fix=_clean_fix(item.get("fix")),
            )
        )
    if result.exit_code not in (0, 1) and not run.findings:
        run.error = f"ruff failed (exit code {result.exit_code}):\n{_tail(result.output)}"
    return run
