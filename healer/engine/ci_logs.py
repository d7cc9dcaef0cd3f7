"""Failures from the text a remote CI printed: pytest tracebacks and ruff findings → engine `Failure`s.

Remote logs are plain text (no structured report as in the sandbox), so this
reads what pytest and ruff print in their usual formats:

- pytest failure sections (`____ test_name ____` / `____ ERROR collecting x ____`),
  long (`path:line: ExcType`) or short (`path:line: in func` + `E   ExcType: msg`)
  tracebacks, and compile errors (`File "path", line N` + `SyntaxError: ...`);
- ruff findings in its full (`CODE msg` + ` --> path:line:col`), concise
  (`path:line:col: CODE msg`) and GitHub (`::error title=ruff (CODE),file=...`) formats.

Runner paths (/home/runner/work/repo/repo/src/x.py) are mapped onto the repository's
own files by their longest matching suffix; anything outside the repository
(site-packages, the interpreter) is ignored. Classification reuses the engine's
own rules, so a failure seen both remotely and in the sandbox has the same key.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from healer.engine.analysis import classify_exception, classify_lint
from healer.engine.checks import LintFinding
from healer.engine.types import BugType, Failure

_TIMESTAMP = re.compile(r"^\ufeff?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z ?")
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
_SECTION = re.compile(r"^_{2,} (?P<title>.+?) _{2,}$")
_BANNER = re.compile(r"^={3,}.*={3,}$|^!{3,}")
_LOCATION = re.compile(r"^(?P<file>[^\s:\"'][^:\"']*?\.py):(?P<line>\d+): ?(?P<rest>.*)$")
_E_LINE = re.compile(r"^E\s{1,}(?P<text>.*)$")
_EXC_LINE = re.compile(r"^(?P<type>[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*)(?::\s?(?P<message>.*))?$")
_FILE_LINE = re.compile(r'File "(?P<file>[^"]+)", line (?P<line>\d+)')
_SUMMARY = re.compile(r"^(?:FAILED|ERROR) (?P<nodeid>\S+?)(?: - (?P<message>.*))?$")
_RUFF_CONCISE = re.compile(
    r"^(?P<file>[^\s:][^:]*?\.pyi?):(?P<line>\d+):(?P<col>\d+): "
    r"(?P<code>[A-Z]{1,4}\d{1,4}|invalid-syntax|SyntaxError)(?::)? (?:\[\*\] )?(?P<message>.+)$"
)
_RUFF_FULL_HEAD = re.compile(
    r"^(?P<code>[A-Z]{1,4}\d{1,4}|invalid-syntax)(?::)? (?:\[\*\] )?(?P<message>.+)$"
)
_RUFF_FULL_ARROW = re.compile(r"^\s*-->\s*(?P<file>\S+?\.pyi?):(?P<line>\d+):(?P<col>\d+)\s*$")
_RUFF_GITHUB = re.compile(
    r"^::(?:error|warning)\s+title=ruff \((?P<code>[^)]+)\),file=(?P<file>[^,]+),line=(?P<line>\d+)"
    r"(?:,col=(?P<col>\d+))?[^:]*::(?P<body>.*)$",
    re.IGNORECASE,
)
SYNTAX_CODES = frozenset({"invalid-syntax", "E999", "SyntaxError"})
COMPILE_EXCEPTIONS = frozenset({"SyntaxError", "IndentationError", "TabError"})
_NAME_RE = re.compile(r"name '([^']+)' is not defined")


@dataclass
class LogParse:
    failures: list[Failure] = field(default_factory=list)
    unlocated: int = 0  # failures the log shows but that point at no non-test line of the repository


def log_clean(text: str) -> list[str]:
    """Lines without CI timestamps, ANSI colours and GitHub's group markers."""
    lines = []
    for raw in text.splitlines():
        line = _ANSI.sub("", _TIMESTAMP.sub("", raw)).rstrip()
        if line.startswith(("##[group]", "##[endgroup]")):
            continue
        lines.append(line)
    return lines


class _Files:
    """Maps paths printed on another machine onto repository files."""

    def __init__(self, source_files: Collection[str], test_files: Collection[str]) -> None:
        self.sources = set(source_files)
        self.tests = set(test_files)
        self.known = self.sources | self.tests

    def resolve(self, path: str) -> str | None:
        path = path.strip().replace("\\", "/")
        if path.startswith("./"):
            path = path[2:]
        if path in self.known:
            return path
        parts = [part for part in path.split("/") if part]
        for index in range(1, len(parts)):
            candidate = "/".join(parts[index:])
            if candidate in self.known:
                return candidate
        return None

    def is_source(self, file: str) -> bool:
        return file in self.sources and file not in self.tests


def failures_from_logs(
    texts: Iterable[str],
    *,
    source_files: Collection[str],
    test_files: Collection[str] = (),
    origin: dict | None = None,
) -> LogParse:
    """Every failure the logs show, located in the repository, de-duplicated by (file, line, type)."""
    files = _Files(source_files, test_files)
    result = LogParse()
    seen: set[tuple[str, int, str]] = set()
    for text in texts:
        lines = log_clean(text)
        found: list[Failure] = [*_ruff_failures(lines, files), *_pytest_failures(lines, files, result)]
        for failure in found:
            if failure.key in seen:
                continue
            seen.add(failure.key)
            failure.extra["remote_ci"] = dict(origin or {})
            result.failures.append(failure)
    return result


# --------------------------------------------------------------------------- ruff
def _ruff_failures(lines: list[str], files: _Files) -> list[Failure]:
    found: list[Failure] = []
    head: re.Match | None = None
    for line in lines:
        hit: tuple[str, str, int, int, str] | None = None
        if match := _RUFF_GITHUB.match(line):
            body = match["body"].replace("%0A", "\n").replace("%0D", "").replace("%25", "%")
            first = body.splitlines()[0] if body else ""
            message = first
            if concise := _RUFF_CONCISE.match(first):
                message = concise["message"]
            hit = (match["file"], match["code"], int(match["line"]), int(match["col"] or 1), message)
        elif match := _RUFF_CONCISE.match(line):
            hit = (match["file"], match["code"], int(match["line"]), int(match["col"]), match["message"])
        elif match := _RUFF_FULL_HEAD.match(line):
            head = match
            continue
        elif head is not None and (match := _RUFF_FULL_ARROW.match(line)):
            hit = (match["file"], head["code"], int(match["line"]), int(match["col"]), head["message"])
            head = None
        elif line.strip() and not line.startswith((" ", "|")):
            head = None
        if hit is None:
            continue
        path, code, number, column, message = hit
        file = files.resolve(path)
        if file is None or not files.is_source(file):
            continue  # tests are never edited; paths outside the repository are not ours
        found.append(_lint_failure(file=file, code=code, line=number, column=column, message=message))
    return found


def _lint_failure(*, file: str, code: str, line: int, column: int, message: str) -> Failure:
    message = message.strip()
    if code in SYNTAX_CODES or message.startswith("SyntaxError"):
        text = re.sub(r"^SyntaxError:\s*", "", message)
        kind = "IndentationError" if "indent" in text.lower() else "SyntaxError"
        return Failure(
            bug_type=classify_exception(kind),
            file=file,
            line=line,
            message=text[:300],
            source="compile",
            code=kind,
            extra={"msg": text, "offset": column},
        )
    finding = LintFinding(
        code=code, message=message, file=file, line=line, column=column, end_line=line, end_column=column
    )
    extra: dict = {
        "lint": [{"code": code, "message": message, "line": line, "column": column}],
        "finding": finding,
    }
    if name := re.search(r"`([^`]+)`", message):
        extra["name"] = name.group(1)
    plain = message.replace("`", "")
    return Failure(
        bug_type=classify_lint(code),
        file=file,
        line=line,
        message=f"{code} {plain[:1].lower()}{plain[1:]}"[:300],
        source="ruff",
        code=code,
        extra=extra,
    )


# --------------------------------------------------------------------------- pytest
@dataclass
class _Section:
    title: str
    lines: list[str] = field(default_factory=list)


def _sections(lines: list[str]) -> tuple[list[_Section], dict[str, str]]:
    sections: list[_Section] = []
    summary: dict[str, str] = {}
    current: _Section | None = None
    for line in lines:
        if match := _SECTION.match(line):
            title = match["title"].strip()
            # "_ _ _ _" separators between frames of one long traceback are not new sections.
            if set(title) <= {"_", " "}:
                if current is not None:
                    current.lines.append(line)
                continue
            current = _Section(title=title)
            sections.append(current)
            continue
        if _BANNER.match(line):
            current = None
            continue
        if match := _SUMMARY.match(line):
            summary[match["nodeid"]] = match["message"] or ""
            current = None
            continue
        if current is not None:
            current.lines.append(line)
    return sections, summary


def _pytest_failures(lines: list[str], files: _Files, result: LogParse) -> list[Failure]:
    sections, summary = _sections(lines)
    found: list[Failure] = []
    for section in sections:
        failure = _section_failure(section, files, summary)
        if failure is None:
            result.unlocated += 1
        else:
            found.append(failure)
    return found


def _exception_of(section: _Section) -> tuple[str, str]:
    """(exception type, message) of a failure section."""
    exc_type, message = "", ""
    e_lines = [m["text"] for line in section.lines if (m := _E_LINE.match(line))]
    for text in reversed(e_lines):
        match = _EXC_LINE.match(text.strip())
        if match and re.search(r"(Error|Exception|Exit|Interrupt|Failed)$", match["type"]):
            exc_type = match["type"].rsplit(".", 1)[-1]
            message = (match["message"] or "").strip()
            break
    if not exc_type:
        for line in reversed(section.lines):
            if (match := _LOCATION.match(line)) and re.fullmatch(r"[A-Za-z_][\w.]*", match["rest"] or ""):
                exc_type = match["rest"].rsplit(".", 1)[-1]
                break
    if not exc_type:
        exc_type = "AssertionError"
    if not message and exc_type == "AssertionError":
        asserts = [text.strip() for text in e_lines if text.strip().startswith("assert ")]
        message = asserts[0] if asserts else ""
    return exc_type, message


def _section_failure(section: _Section, files: _Files, summary: dict[str, str]) -> Failure | None:
    exc_type, message = _exception_of(section)
    test_id = _test_id(section.title, files, summary)
    if exc_type in COMPILE_EXCEPTIONS:
        for line in reversed(section.lines):
            if match := _FILE_LINE.search(line):
                file = files.resolve(match["file"])
                if file is not None and files.is_source(file):
                    return Failure(
                        bug_type=classify_exception(exc_type),
                        file=file,
                        line=int(match["line"]),
                        message=message[:300] or exc_type,
                        source="compile",
                        code=exc_type,
                        test_ids=(test_id,) if test_id else (),
                        extra={"msg": message or exc_type},
                    )
                break
    frames: list[tuple[str, int, str]] = []
    for line in section.lines:
        if match := _LOCATION.match(line):
            file = files.resolve(match["file"])
            if file is not None:
                rest = match["rest"] or ""
                function = rest[3:] if rest.startswith("in ") else ""
                frames.append((file, int(match["line"]), function))
    if not frames:
        return None
    bug_type = classify_exception(exc_type, message)
    frame = next((f for f in reversed(frames) if files.is_source(f[0])), None)
    if frame is None:
        if bug_type is BugType.LOGIC:
            return None  # an assertion in a test: only coverage could say which line is wrong
        frame = frames[-1]
    text = f"{exc_type}: {message}" if message else exc_type
    extra: dict = {
        "exception": {"type": exc_type, "message": message, "frames": frames},
        "frames": [{"file": f, "line": n, "function": fn} for f, n, fn in frames],
        "longrepr": "\n".join(section.lines)[-4000:],
    }
    if name := _NAME_RE.search(message):
        extra["name"] = name.group(1)
    test_ids: tuple[str, ...] = (test_id,) if test_id else ()
    if bug_type is BugType.LOGIC:
        # Not reproduced in the sandbox, a LOGIC failure has no passing test to validate a mutation
        # against, so the engine must not get test ids it would accept any harmless change for.
        extra["remote_test_ids"], test_ids = test_ids, ()
    return Failure(
        bug_type=bug_type,
        file=frame[0],
        line=frame[1],
        message=text[:300],
        source="pytest",
        code=exc_type,
        test_ids=test_ids,
        extra=extra,
    )


def _test_id(title: str, files: _Files, summary: dict[str, str]) -> str:
    if title.startswith("ERROR collecting "):
        return files.resolve(title[len("ERROR collecting ") :]) or ""
    title = re.sub(r"^ERROR at (?:setup|teardown) of ", "", title)
    for nodeid in summary:
        path, _, rest = nodeid.partition("::")
        if rest and (rest.replace("::", ".") == title or rest == title or rest.endswith(f"::{title}")):
            local = files.resolve(path)
            return f"{local}::{rest}" if local else ""
    return ""
