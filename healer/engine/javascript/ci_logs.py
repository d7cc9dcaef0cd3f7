"""Failures of an npm project in the text a remote CI printed: jest, vitest, mocha, node --test, ESLint, tsc.

A remote CI runs the project's scripts with their default, human-readable output:

- jest: `FAIL test/x.test.js`, then one `● suite › test` section per failure (a
  `● Test suite failed to run` section for a file that cannot load) with the error and its
  `at fn (path:line:col)` frames;
- vitest: `FAIL  test/x.test.ts > suite > test`, the error, `❯ fn path:line:col` frames;
- mocha (spec): `  1) suite` / `       test:` then the error and its frames;
- node --test: TAP (Node's reporter when the output is not a terminal), read by the toolkit's
  TAP parser;
- ESLint (stylish): the file's path on a line of its own, then `  line:col  error  message  rule`;
- tsc: `path(line,col): error TS2322: message`, or `path:line:col - error TS2322: ...` (pretty).

Errors are read by the toolkit's own parser (`errors.parse_error`) and classified by its own
rules (`classify`), so a failure seen both remotely and in the sandbox has the same key. Paths
printed on another machine are mapped onto the repository's files by the caller's `resolve`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from healer.engine.javascript.classify import INDENT_RULES, Repository, classify, classify_error
from healer.engine.javascript.errors import JsError, parse_error
from healer.engine.javascript.lint import EslintMessage, TscDiagnostic
from healer.engine.javascript.reports import parse_tap_report
from healer.engine.javascript.syntax import SOURCE_EXTENSIONS
from healer.engine.types import BugType, Failure

Resolve = Callable[[str], "str | None"]
BLOCK_LIMIT = 400  # lines of one failure section that are read

JEST_FILE = re.compile(r"^\s*(?:FAIL|PASS)\s+(?P<file>\S+\.[cm]?[jt]sx?)\b")
JEST_SECTION = re.compile(r"^\s*● (?P<title>.+?)\s*$")
JEST_NEXT = re.compile(f"{JEST_SECTION.pattern}|{JEST_FILE.pattern}")
JEST_END = re.compile(r"^\s*(?:Test Suites:|Tests:|Snapshots:|Time:)")
VITEST_SECTION = re.compile(r"^\s*FAIL\s+(?P<file>\S+\.[cm]?[jt]sx?)\s+>\s+(?P<title>.+?)\s*$")
VITEST_END = re.compile(r"^\s*⎯{3,}|^\s*Test Files\s")
VITEST_FRAME = re.compile(r"^(?P<indent>\s*)❯\s+(?:(?P<function>\S+)\s+)?(?P<where>\S+:\d+:\d+)\s*$")
MOCHA_FAILING = re.compile(r"^\s*\d+ failing\b")
MOCHA_SECTION = re.compile(r"^\s*(?P<number>\d+)\) (?P<title>.+?)\s*$")
ESLINT_FINDING = re.compile(
    r"^\s+(?P<line>\d+):(?P<column>\d+)\s+(?P<severity>error|warning)\s+(?P<message>.+?)(?:\s{2,}(?P<rule>[@\w/-]+))?\s*$"
)
TSC_PLAIN = re.compile(
    r"^(?P<path>\S.*?)\((?P<line>\d+),(?P<column>\d+)\): error TS(?P<code>\d+): (?P<message>.*)$"
)
NEVER = re.compile(r"(?!)")
TSC_PRETTY = re.compile(
    r"^(?P<path>\S.*?):(?P<line>\d+):(?P<column>\d+) - error TS(?P<code>\d+): (?P<message>.*)$"
)


@dataclass
class JsLogParse:
    failures: list[Failure] = field(default_factory=list)
    unlocated: int = 0


@dataclass(frozen=True)
class _Block:
    runner: str
    test_id: str  # "<test file>::<full title>", or the test file for one that could not load
    lines: tuple[str, ...]


def js_failures(
    lines: list[str],
    *,
    resolve: Resolve,
    files: Collection[str],
    test_files: Collection[str] = (),
) -> JsLogParse:
    """Every located failure the log's JavaScript tools printed (lines already cleaned)."""
    repo = Repository(files=files, read=lambda file: None, test_files=test_files)
    result = JsLogParse()
    result.failures += _eslint(lines, resolve, repo)
    result.failures += _tsc(lines, resolve, repo)
    blocks = [
        *_jest_blocks(lines, resolve),
        *_vitest_blocks(lines, resolve),
        *_mocha_blocks(lines, resolve, repo),
    ]
    for block in blocks:
        error = _error("\n".join(block.lines), resolve)
        failure = _test_failure(error, block, repo) if error is not None else None
        if failure is None:
            result.unlocated += 1
        else:
            result.failures.append(failure)
    for failure in _tap(lines, resolve, repo):
        if failure is None:
            result.unlocated += 1
        else:
            result.failures.append(failure)
    return result


# -- errors and paths --------------------------------------------------------------------------
def _error(text: str, resolve: Resolve) -> JsError | None:
    text = "\n".join(_vitest_frame(line) for line in text.splitlines())
    error = parse_error(text, "")
    return _mapped(error, resolve) if error is not None else None


def _vitest_frame(line: str) -> str:
    """vitest's `❯ fn path:1:2` frame in V8's `at fn (path:1:2)` form."""
    match = VITEST_FRAME.match(line)
    if not match:
        return line
    where = match["where"]
    return f"    at {match['function']} ({where})" if match["function"] else f"    at {where}"


def _file(raw: str, resolve: Resolve) -> str:
    return (resolve(raw) or "") if raw else ""


def _mapped(error: JsError, resolve: Resolve) -> JsError:
    """The error with every path the other machine printed mapped onto the repository."""
    frames = tuple(dataclasses.replace(f, file=_file(f.file, resolve)) for f in error.frames)
    location = error.location
    if location is not None:
        file = _file(location[0], resolve)
        location = (file, location[1], location[2]) if file else None
    return dataclasses.replace(
        error, frames=frames, location=location, importer=_file(error.importer, resolve)
    )


def _test_failure(error: JsError, block: _Block, repo: Repository) -> Failure | None:
    failure = classify_error(error, repo=repo, source=block.runner)
    if failure is None or not failure.file or failure.line < 1:
        return None  # a network problem, or nowhere in the repository's code
    if failure.file not in repo.files or repo.is_test(failure.file):
        return None  # tests are never edited
    test_ids = (block.test_id,) if block.test_id else ()
    if failure.bug_type is BugType.LOGIC:
        if error.assertion:
            return None  # an assertion in a test: only coverage could say which line is wrong
        # As for pytest logs: not reproduced in the sandbox, a LOGIC failure has no passing test to
        # validate a mutation against, so the engine must not get test ids.
        failure.extra["remote_test_ids"], test_ids = test_ids, ()
    failure.test_ids = test_ids
    failure.extra.setdefault("longrepr", "\n".join(block.lines)[-4000:])
    return failure


# -- test runners ------------------------------------------------------------------------------
def _sections(lines: list[str], start: int, header: re.Pattern, end: re.Pattern) -> tuple[list[str], int]:
    body: list[str] = []
    index = start
    while index < len(lines) and len(body) < BLOCK_LIMIT:
        if header.match(lines[index]) or end.match(lines[index]):
            break
        body.append(lines[index])
        index += 1
    return body, index


def _jest_blocks(lines: list[str], resolve: Resolve) -> list[_Block]:
    blocks: list[_Block] = []
    current_file = ""
    index = 0
    while index < len(lines):
        line = lines[index]
        if match := JEST_FILE.match(line):
            current_file = _file(match["file"], resolve)
        elif (match := JEST_SECTION.match(line)) and current_file:
            body, index = _sections(lines, index + 1, JEST_NEXT, JEST_END)
            title = match["title"]
            test_id = (
                current_file
                if title == "Test suite failed to run"
                else f"{current_file}::{title.replace(' › ', ' ')}"
            )
            blocks.append(_Block("jest", test_id, tuple(body)))
            continue
        index += 1
    return blocks


def _vitest_blocks(lines: list[str], resolve: Resolve) -> list[_Block]:
    blocks: list[_Block] = []
    index = 0
    while index < len(lines):
        match = VITEST_SECTION.match(lines[index])
        if match is None:
            index += 1
            continue
        body, index = _sections(lines, index + 1, VITEST_SECTION, VITEST_END)
        file = _file(match["file"], resolve)
        title = match["title"].replace(" > ", " ")
        blocks.append(_Block("vitest", f"{file}::{title}" if file else "", tuple(body)))
    return blocks


def _mocha_blocks(lines: list[str], resolve: Resolve, repo: Repository) -> list[_Block]:
    start = next((i for i, line in enumerate(lines) if MOCHA_FAILING.match(line)), None)
    if start is None:
        return []
    blocks: list[_Block] = []
    index = start + 1
    while index < len(lines):
        match = MOCHA_SECTION.match(lines[index])
        if match is None:
            index += 1
            continue
        titles = [match["title"]]
        index += 1
        # The test's own title continues on indented lines that end with ":".
        while index < len(lines) and lines[index].strip().endswith(":") and lines[index].startswith("    "):
            titles.append(lines[index].strip()[:-1])
            index += 1
        body, index = _sections(lines, index, MOCHA_SECTION, NEVER)
        titles[-1] = titles[-1].removesuffix(":")
        error = _error("\n".join(body), resolve)
        test_file = next(
            (f.file for f in (error.frames if error else ()) if f.file and repo.is_test(f.file)), ""
        )
        test_id = f"{test_file}::{' '.join(titles)}" if test_file else ""
        blocks.append(_Block("mocha", test_id, tuple(body)))
    return blocks


def _tap(lines: list[str], resolve: Resolve, repo: Repository) -> list[Failure | None]:
    start = next((i for i, line in enumerate(lines) if line.strip() == "TAP version 13"), None)
    if start is None:
        return []
    run = parse_tap_report("\n".join(lines[start:]).encode(), result=None, repo_dir="")
    found: list[Failure | None] = []
    for test in run.tests.values():
        if not test.failed or test.error is None:
            continue
        file = _file(test.file, resolve)
        block = _Block("node-test", f"{file}::{test.name}" if file else "", ())
        found.append(_test_failure(_mapped(test.error, resolve), block, repo))
    for suite in run.suite_errors:
        file = _file(suite.file, resolve)
        found.append(_test_failure(_mapped(suite.error, resolve), _Block("node-test", file, ()), repo))
    return found


# -- linters -------------------------------------------------------------------------------------
def _eslint(lines: list[str], resolve: Resolve, repo: Repository) -> list[Failure]:
    messages: list[EslintMessage] = []
    current = ""
    for line in lines:
        stripped = line.strip()
        if stripped and not line.startswith((" ", "\t")) and stripped.endswith(SOURCE_EXTENSIONS):
            current = _file(stripped, resolve)
            continue
        match = ESLINT_FINDING.match(line)
        if not match or not current or match["severity"] != "error":
            if not line.startswith((" ", "\t")):
                current = "" if stripped else current
            continue
        message = match["message"].strip()
        fatal = match["rule"] is None and message.startswith("Parsing error:")
        messages.append(
            EslintMessage(
                file=current,
                rule=match["rule"] or "",
                message=message.removeprefix("Parsing error: ") if fatal else message,
                line=int(match["line"]),
                column=int(match["column"]),
                fatal=fatal,
            )
        )
    found = classify(repo=repo, eslint=messages).failures
    for failure in found:
        message = failure.extra.get("eslint")
        if isinstance(message, EslintMessage):
            failure.extra["lint"] = [{"code": message.rule, "message": message.message, "line": message.line,
                                      "column": message.column}]  # fmt: skip
            if failure.bug_type is BugType.INDENTATION and message.rule in INDENT_RULES:
                failure.extra["precedence"] = 2
    return [f for f in found if not repo.is_test(f.file)]


def _tsc(lines: list[str], resolve: Resolve, repo: Repository) -> list[Failure]:
    diagnostics: list[TscDiagnostic] = []
    for line in lines:
        match = TSC_PLAIN.match(line) or TSC_PRETTY.match(line)
        if not match:
            continue
        file = _file(match["path"], resolve)
        if file:
            diagnostics.append(
                TscDiagnostic(file=file, line=int(match["line"]), column=int(match["column"]),
                              code=int(match["code"]), message=match["message"])
            )  # fmt: skip
    found = classify(repo=repo, tsc=diagnostics).failures
    for failure in found:
        diagnostic = failure.extra.get("tsc")
        if isinstance(diagnostic, TscDiagnostic):
            failure.extra["lint"] = [{"code": f"TS{diagnostic.code}", "message": diagnostic.message,
                                      "line": diagnostic.line, "column": diagnostic.column}]  # fmt: skip
    return [f for f in found if not repo.is_test(f.file)]
