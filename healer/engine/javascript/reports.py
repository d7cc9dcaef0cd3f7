"""Test reports of jest, vitest, mocha and node --test, read into plain dataclasses.

- jest `--json --outputFile=F --testLocationInResults` and vitest
  `--reporter=json --outputFile=F --includeTaskLocation` write the same shape
  (vitest copies jest's), with each test's line and column;
- mocha `--reporter json --reporter-option output=F`;
- node --test `--test-reporter=tap --test-reporter-destination=F` (TAP 13 with
  YAML blocks that carry each test's location, error name, code and stack).

A test file that cannot even load (a syntax error, a missing module) has no
tests: it becomes a `SuiteError`. When a runner crashes before writing its
report, what it printed is read instead. Reports come from a sandbox that ran
untrusted code: every field is type-checked and capped, and nothing raises.
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass, field

from healer.engine.javascript.errors import JsError, parse_error, repo_path
from healer.engine.types import ExecResult

REPORT_LIMIT = 32 * 1024 * 1024
TEST_LIMIT = 100_000
NAME_LIMIT = 500
OUTPUT_TAIL = 4000
PASSED = "passed"
FAILED = "failed"
SKIPPED = "skipped"
JEST_OUTCOMES = {"passed": PASSED, "failed": FAILED, "pending": SKIPPED, "skipped": SKIPPED, "todo": SKIPPED}
JEST_SUITE_HEADER = re.compile(r"^\s*● Test suite failed to run\s*$", re.M)
JEST_OUTCOMES |= {"disabled": SKIPPED, "focused": PASSED}


@dataclass
class TestCase:
    __test__ = False  # not a pytest test class

    id: str  # "<test file>::<full title>", unique within a run
    file: str  # repository-relative test file ("" when the runner did not say)
    name: str  # full title, ancestors first
    outcome: str  # passed, failed, skipped
    title: str = ""  # the test's own title (the last part of name)
    line: int = 0
    column: int = 0
    duration: float = 0.0
    error: JsError | None = None

    @property
    def failed(self) -> bool:
        return self.outcome == FAILED


@dataclass
class SuiteError:
    """A test file that failed before any of its tests ran."""

    file: str
    error: JsError


@dataclass
class TestRun:
    __test__ = False

    runner: str
    tests: dict[str, TestCase] = field(default_factory=dict)
    suite_errors: list[SuiteError] = field(default_factory=list)
    error: str = ""  # set when no usable report came back: why
    output: str = ""  # the tail of what the command printed
    timed_out: bool = False
    exit_code: int | None = None

    @property
    def passed_ids(self) -> set[str]:
        return {t.id for t in self.tests.values() if t.outcome == PASSED}

    @property
    def failed_ids(self) -> set[str]:
        return {t.id for t in self.tests.values() if t.failed}

    @property
    def ok(self) -> bool:
        return not self.error and not self.suite_errors and not self.failed_ids and not self.timed_out

    def add(self, test: TestCase) -> None:
        if len(self.tests) >= TEST_LIMIT:
            return
        key, n = test.id, 1
        while key in self.tests:
            n += 1
            key = f"{test.id} #{n}"
        test.id = key
        self.tests[key] = test


# -- helpers ----------------------------------------------------------------------
def as_assertion(error: JsError) -> JsError:
    """The report's own data (a matcher result, ERR_ASSERTION) says this error is a failed assertion."""
    return dataclasses.replace(error, assertion=True)


def _text(value: object, limit: int = NAME_LIMIT) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10**9 else 0


def _number(value: object) -> float:
    ok = isinstance(value, int | float) and not isinstance(value, bool)
    return float(value) / 1000 if ok and 0 <= value < 10**12 else 0.0


def _load_json(raw: bytes | None) -> tuple[object, str]:
    if raw is None:
        return None, "no report was written"
    if len(raw) > REPORT_LIMIT:
        return None, f"the report is larger than {REPORT_LIMIT} bytes"
    try:
        return json.loads(raw.decode("utf-8", errors="replace")), ""
    except (json.JSONDecodeError, RecursionError) as exc:
        return None, f"the report is not JSON ({exc.__class__.__name__})"


def _start(runner: str, result: ExecResult | None) -> TestRun:
    run = TestRun(runner=runner)
    if result is not None:
        run.output = result.output[-OUTPUT_TAIL:]
        run.timed_out = result.timed_out
        run.exit_code = result.exit_code
    return run


def _no_report(run: TestRun, why: str, result: ExecResult | None, repo_dir: str) -> TestRun:
    """The runner wrote nothing usable: say why, and read what it printed for a load error."""
    if run.timed_out:
        run.error = f"{run.runner} did not finish in time ({result.killed_reason or 'timeout'})"
        return run
    run.error = f"{run.runner}: {why}"
    error = parse_error(result.output if result else "", repo_dir)
    if error is not None:
        run.suite_errors.append(SuiteError(file=_loading_file(error), error=error))
    return run


def _loading_file(error: JsError) -> str:
    """The repository file whose loading failed: the importer, else the outermost repository frame."""
    if error.importer:
        return error.importer
    frames = error.repo_frames
    return frames[-1].file if frames else (error.location[0] if error.location else "")


# -- jest and vitest ----------------------------------------------------------------
def parse_jest_report(
    raw: bytes | None, *, result: ExecResult | None, repo_dir: str, runner: str = "jest"
) -> TestRun:
    """jest's --json report; vitest's json reporter writes the same shape (runner="vitest")."""
    run = _start(runner, result)
    data, why = _load_json(raw)
    if not isinstance(data, dict) or not isinstance(data.get("testResults"), list):
        return _no_report(run, why or "the report has no testResults", result, repo_dir)
    for suite in data["testResults"][:TEST_LIMIT]:
        if isinstance(suite, dict):
            _jest_suite(run, suite, repo_dir)
    return run


def _jest_suite(run: TestRun, suite: dict, repo_dir: str) -> None:
    file, _ = repo_path(_text(suite.get("name"), 4000), repo_dir)
    cases = suite.get("assertionResults")
    cases = cases if isinstance(cases, list) else []
    for case in cases[:TEST_LIMIT]:
        if isinstance(case, dict):
            run.add(_jest_case(case, file, repo_dir))
    message = _text(suite.get("message") or suite.get("failureMessage"), 200_000)
    message = JEST_SUITE_HEADER.sub("", message)
    ran_failures = any(t.failed for t in run.tests.values() if t.file == file)
    if suite.get("status") == "failed" and message.strip() and not ran_failures:
        error = parse_error(message, repo_dir) or JsError(name="Error", message=message.strip()[:2000])
        run.suite_errors.append(SuiteError(file=file, error=error))


def _jest_case(case: dict, file: str, repo_dir: str) -> TestCase:
    ancestors = case.get("ancestorTitles")
    titles = [_text(t) for t in ancestors if isinstance(t, str)] if isinstance(ancestors, list) else []
    title = _text(case.get("title"))
    full = _text(case.get("fullName")) or " ".join([*titles, title])
    location = case.get("location") if isinstance(case.get("location"), dict) else {}
    outcome = JEST_OUTCOMES.get(_text(case.get("status")), FAILED)
    test = TestCase(
        id=f"{file}::{full}",
        file=file,
        name=full,
        outcome=outcome,
        title=title or full,
        line=_int(location.get("line")),
        column=_int(location.get("column")),
        duration=_number(case.get("duration")),
    )
    if outcome == FAILED:
        test.error = _jest_error(case, repo_dir)
    return test


def _jest_error(case: dict, repo_dir: str) -> JsError:
    messages = case.get("failureMessages")
    text = next((m for m in messages if isinstance(m, str)), "") if isinstance(messages, list) else ""
    error = parse_error(text, repo_dir) or JsError(name="Error", message=text[:2000])
    if not error.assertion and _has_matcher_result(case):
        error = as_assertion(error)
    return error


def _has_matcher_result(case: dict) -> bool:
    details = case.get("failureDetails")
    if not isinstance(details, list):
        return False
    return any(isinstance(d, dict) and isinstance(d.get("matcherResult"), dict) for d in details)


def parse_vitest_report(raw: bytes | None, *, result: ExecResult | None, repo_dir: str) -> TestRun:
    return parse_jest_report(raw, result=result, repo_dir=repo_dir, runner="vitest")


# -- mocha --------------------------------------------------------------------------
def parse_mocha_report(raw: bytes | None, *, result: ExecResult | None, repo_dir: str) -> TestRun:
    run = _start("mocha", result)
    data, why = _load_json(raw)
    if not isinstance(data, dict) or not isinstance(data.get("tests"), list):
        return _no_report(run, why or "the report has no tests", result, repo_dir)
    failed = {_mocha_key(t) for t in _mocha_list(data, "failures")}
    pending = {_mocha_key(t) for t in _mocha_list(data, "pending")}
    seen = set()
    for item in _mocha_list(data, "tests") + _mocha_list(data, "failures"):
        key = _mocha_key(item)
        if key in seen:
            continue
        seen.add(key)
        outcome = FAILED if key in failed else SKIPPED if key in pending else PASSED
        run.add(_mocha_case(item, outcome, repo_dir))
    return run


def _mocha_list(data: dict, key: str) -> list[dict]:
    items = data.get(key)
    return [i for i in items[:TEST_LIMIT] if isinstance(i, dict)] if isinstance(items, list) else []


def _mocha_key(item: dict) -> tuple[str, str]:
    return _text(item.get("file"), 4000), _text(item.get("fullTitle"))


def _mocha_case(item: dict, outcome: str, repo_dir: str) -> TestCase:
    file, _ = repo_path(_text(item.get("file"), 4000), repo_dir)
    full = _text(item.get("fullTitle")) or _text(item.get("title"))
    test = TestCase(
        id=f"{file}::{full}",
        file=file,
        name=full,
        outcome=outcome,
        title=_text(item.get("title")) or full,
        duration=_number(item.get("duration")),
    )
    err = item.get("err") if isinstance(item.get("err"), dict) else {}
    if outcome == FAILED:
        stack = _text(err.get("stack"), 100_000)
        test.error = parse_error(
            stack, repo_dir, name=_text(err.get("name"), 100), message=_text(err.get("message"), 2000)
        ) or JsError(name="Error", message=stack[:2000])
        if _text(err.get("code"), 100) == "ERR_ASSERTION" and not test.error.assertion:
            test.error = as_assertion(test.error)
    return test


# -- node --test (TAP) ------------------------------------------------------------
RESULT = re.compile(
    r"^(?P<indent> *)(?P<not>not )?ok \d+(?: - (?P<name>.*?))?(?: # (?P<directive>SKIP|TODO)\b.*)?$"
)
LOCATION = re.compile(r"^(?P<path>.+):(?P<line>\d+):(?P<column>\d+)$")


SUBTEST = re.compile(r"^(?P<indent> *)# Subtest: (?P<name>.*)$")


@dataclass
class _TapEntry:
    indent: int
    name: str
    ok: bool
    directive: str
    data: dict
    comments: list[str]
    ancestors: list[str]


def parse_tap_report(raw: bytes | None, *, result: ExecResult | None, repo_dir: str) -> TestRun:
    """node --test's TAP output (`--test-reporter=tap`)."""
    run = _start("node-test", result)
    if raw is None or len(raw) > REPORT_LIMIT or b"TAP version" not in raw[:4096]:
        return _no_report(run, "no TAP report was written", result, repo_dir)
    for entry in _tap_entries(raw.decode("utf-8", errors="replace").splitlines()):
        _tap_entry(run, entry, repo_dir)
    return run


def _tap_entries(lines: list[str]) -> list[_TapEntry]:
    """Result lines with their YAML data, the comments printed before them and their suites.

    node announces every test with "# Subtest: name" before its children and
    prints its result line after them, so the open subtests at lower indentation
    are the ancestors of a result.
    """
    entries: list[_TapEntry] = []
    comments: list[str] = []
    subtests: list[tuple[int, str]] = []
    index = 0
    while index < len(lines) and len(entries) < TEST_LIMIT:
        line = lines[index]
        index += 1
        subtest, match = SUBTEST.match(line), RESULT.match(line)
        if subtest:
            indent = len(subtest["indent"])
            subtests = [s for s in subtests if s[0] < indent] + [(indent, subtest["name"][:NAME_LIMIT])]
        elif match:
            indent = len(match["indent"])
            data, index = _yaml_block(lines, index, indent)
            entries.append(
                _TapEntry(
                    indent=indent,
                    name=(match["name"] or "")[:NAME_LIMIT],
                    ok=not match["not"],
                    directive=match["directive"] or "",
                    data=data,
                    comments=comments[-400:],
                    ancestors=[name for level, name in subtests if level < indent],
                )
            )
            subtests = [s for s in subtests if s[0] < indent]
            comments = []
        elif line.strip().startswith("#"):
            comments.append(line.strip()[1:].removeprefix(" "))
    return entries


def _yaml_block(lines: list[str], index: int, indent: int) -> tuple[dict, int]:
    """The `---` ... `...` block after a result line: a flat map of scalars and |- blocks."""
    if index >= len(lines) or lines[index].strip() != "---":
        return {}, index
    body: list[str] = []
    index += 1
    while index < len(lines) and lines[index].strip() != "...":
        body.append(lines[index])
        index += 1
    return _yaml_map(body, indent + 2), index + 1


def _yaml_map(body: list[str], indent: int) -> dict:
    data: dict = {}
    index = 0
    while index < len(body):
        line = body[index]
        index += 1
        if len(line) - len(line.lstrip(" ")) != indent or ":" not in line:
            continue
        key, _, value = line.strip().partition(":")
        value = value.strip()
        if value in ("|-", "|", ">-", ">"):
            block = []
            while index < len(body) and (not body[index].strip() or _deeper(body[index], indent)):
                block.append(body[index][indent + 2 :])
                index += 1
            data[key] = "\n".join(block)[:200_000]
        else:
            data[key] = _yaml_scalar(value)
    return data


def _deeper(line: str, indent: int) -> bool:
    return len(line) - len(line.lstrip(" ")) > indent


def _yaml_scalar(value: str) -> object:
    if value.startswith("'") and value.endswith("'") and len(value) >= 2:
        return value[1:-1].replace("''", "'")
    if value.startswith('"') and value.endswith('"') and len(value) >= 2:
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value[1:-1]
    if value == "~":
        return None
    return value


def _tap_entry(run: TestRun, entry: _TapEntry, repo_dir: str) -> None:
    location = LOCATION.match(_text(entry.data.get("location"), 4000))
    file = repo_path(location["path"], repo_dir)[0] if location else ""
    if entry.data.get("type") == "suite":
        return
    if _is_file_result(entry):
        _tap_file(run, entry, file, repo_dir)
        return
    full = " ".join([*entry.ancestors, entry.name])
    outcome = SKIPPED if entry.directive else PASSED if entry.ok else FAILED
    test = TestCase(
        id=f"{file}::{full}",
        file=file,
        name=full,
        outcome=outcome,
        title=entry.name,
        line=int(location["line"]) if location else 0,
        column=int(location["column"]) if location else 0,
        duration=_number(_float(entry.data.get("duration_ms"))),
    )
    if outcome == FAILED:
        test.error = _tap_error(entry.data, repo_dir)
    run.add(test)


def _is_file_result(entry: _TapEntry) -> bool:
    """node --test reports a test file that exited non-zero as a test named after the file."""
    return "exitCode" in entry.data or (not entry.ancestors and entry.name.startswith("/") and not entry.ok)


def _tap_file(run: TestRun, entry: _TapEntry, file: str, repo_dir: str) -> None:
    if entry.ok:
        return
    text = "\n".join(entry.comments)
    error = parse_error(text, repo_dir) or JsError(
        name="Error", message=_text(entry.data.get("error"), 2000) or "the test file failed"
    )
    run.suite_errors.append(SuiteError(file=file or repo_path(entry.name, repo_dir)[0], error=error))


def _float(value: object) -> float:
    try:
        return float(value) if isinstance(value, str | int | float) else 0.0
    except ValueError:
        return 0.0


def _tap_error(data: dict, repo_dir: str) -> JsError:
    name = _text(data.get("name"), 100)
    message = _text(data.get("error"), 2000)
    stack = _text(data.get("stack"), 100_000)
    failure = _text(data.get("failureType"), 100)
    if failure == "testTimeoutFailure":
        name = name or "TimeoutError"
    error = parse_error(stack, repo_dir, name=name or "Error", message=message)
    assert error is not None  # a name was given
    if _text(data.get("code"), 100) == "ERR_ASSERTION" and not error.assertion:
        return as_assertion(error)
    return error


# -- node --test (Healer's JSON-lines reporter) -----------------------------------
NODE_REPORTER = "healer_node_test_reporter.mjs"
STDERR_LIMIT = 200_000


def parse_node_test_report(raw: bytes | None, *, result: ExecResult | None, repo_dir: str) -> TestRun:
    """What support/healer_node_test_reporter.mjs wrote: one JSON object per line."""
    run = _start("node-test", result)
    if raw is None or len(raw) > REPORT_LIMIT:
        return _no_report(
            run, "no report was written" if raw is None else "the report is too large", result, repo_dir
        )
    stderr: dict[str, list[str]] = {}
    for line in raw.decode("utf-8", errors="replace").splitlines()[: TEST_LIMIT * 4]:
        item = _json_line(line)
        if item is None:
            continue
        file = _text(item.get("file"), 4000)
        if item.get("event") == "stderr":
            stderr.setdefault(file, []).append(_text(item.get("message"), STDERR_LIMIT))
        elif item.get("event") in ("pass", "fail"):
            _node_test_item(run, item, "".join(stderr.get(file, []))[:STDERR_LIMIT], repo_dir)
    if not run.tests and not run.suite_errors:
        return _no_report(run, "the report holds no test results", result, repo_dir)
    return run


def _json_line(line: str) -> dict | None:
    try:
        item = json.loads(line)
    except (json.JSONDecodeError, RecursionError):
        return None
    return item if isinstance(item, dict) else None


def _node_test_item(run: TestRun, item: dict, stderr: str, repo_dir: str) -> None:
    file, _ = repo_path(_text(item.get("file"), 4000), repo_dir)
    error = item.get("error") if isinstance(item.get("error"), dict) else {}
    failure = _text(error.get("failureType"), 100)
    if item.get("kind") == "suite" or failure == "subtestsFailed":
        return  # a suite or a parent test: its leaves carry the outcome
    name = _text(item.get("name"))
    if error.get("exitCode") is not None or (failure == "testCodeFailure" and name == item.get("file")):
        loading = parse_error(stderr, repo_dir) or JsError(
            name="Error", message=stderr[-2000:] or "the test file failed"
        )
        run.suite_errors.append(SuiteError(file=file, error=loading))
        return
    ancestors = item.get("ancestors") if isinstance(item.get("ancestors"), list) else []
    full = " ".join([*(_text(a) for a in ancestors[:50] if isinstance(a, str)), name])
    skipped = item.get("skip") is True or item.get("todo") is True
    outcome = SKIPPED if skipped else PASSED if item.get("event") == "pass" else FAILED
    test = TestCase(
        id=f"{file}::{full}",
        file=file,
        name=full,
        outcome=outcome,
        title=name,
        line=_int(item.get("line")),
        column=_int(item.get("column")),
        duration=_number(_float(item.get("duration_ms"))),
    )
    if outcome == FAILED:
        test.error = _node_test_error(error, failure, repo_dir)
    run.add(test)


def _node_test_error(error: dict, failure: str, repo_dir: str) -> JsError:
    name = _text(error.get("name"), 100) or "Error"
    if failure == "testTimeoutFailure":
        name = "TimeoutError"
    parsed = parse_error(
        _text(error.get("stack"), 100_000), repo_dir, name=name, message=_text(error.get("message"), 2000)
    )
    assert parsed is not None  # a name was given
    return as_assertion(parsed) if _text(error.get("code"), 100) == "ERR_ASSERTION" else parsed
