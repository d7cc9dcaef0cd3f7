"""JavaScript errors and stack traces, from whatever text a runner printed.

Every runner prints errors in V8's format ("TypeError: message" then "    at fn
(file:line:column)" frames), with variations: node --test's TAP drops the "at",
mocha and jest shorten paths to the working directory, Node prints a header
"file:line" plus the offending source line above an uncaught SyntaxError, and
the transpilers (Babel under jest, esbuild under vitest, tsc) put the parse
error's location in the message itself. This module reads all of them into one
`JsError` with frames mapped to repository-relative paths.

The text comes from a sandbox that ran untrusted code: it is capped, parsed by
anchored regular expressions line by line, and nothing here raises.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from healer.engine.workspace import UnsafePath, clean_relpath

TEXT_LIMIT = 256 * 1024
MESSAGE_LIMIT = 2000
FRAME_LIMIT = 60

HEADER = re.compile(
    r"^\s*(?:Uncaught |Exception during run: )?(?P<name>[A-Z][\w$]*(?:Error|Exception)|Error)"
    r"(?: \[(?P<code>[A-Z0-9_]+)\])?(?::\s?(?P<message>.*))?$"
)
FRAME = re.compile(
    r"^\s*(?:at\s+)?(?:async\s+)?(?:(?P<function>.+?)\s+\()?(?P<path>[^()\s][^()]*?):(?P<line>\d+):(?P<column>\d+)\)?\s*$"
)
# Babel ends the line with a colon when its code frame follows ("... isn't currently enabled (22:3):",
# jest's "Jest failed to parse a file"): without it the place fell back to the requiring line (round 54).
# The path ends at the first ": " and never later (an atomic group): a later end only shortens what must
# hold the position, and trying each one rescanned the line per ": " (quadratic; round 54's review).
BABEL_LOCATION = re.compile(r"^\s*SyntaxError: (?>(?P<path>.+?): ).*\((?P<line>\d+):(?P<column>\d+)\):?\s*$")
ESBUILD_LOCATION = re.compile(r"^\s*(?P<path>\S.*?):(?P<line>\d+):(?P<column>\d+): ERROR: (?P<message>.*)$")
# Only tsc's parser diagnostics (TS1xxx) say a file does not parse; TS2xxx are type errors.
TS_LOCATION = re.compile(
    r"^\s*(?P<path>\S.*?)(?:\((?P<line>\d+),(?P<column>\d+)\)|:(?P<line2>\d+):(?P<column2>\d+)) ?[:-] error TS1\d{3}: (?P<message>.*)$"
)
ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
FILE_LOCATION = re.compile(r"^\s*(?:File|At file): (?P<path>\S.*?):(?P<line>\d+):(?P<column>\d+)\s*$")
NODE_HEADER = re.compile(r"^(?:.*?\s)?(?P<path>(?:file://)?/[^\s:]\S*?):(?P<line>\d+)$")
CARET = re.compile(r"^\s*\^+\s*$")
JEST_NOT_FOUND = re.compile(r"Cannot find module '(?P<module>[^']+)' from '(?P<importer>[^']+)'")
ESM_NOT_FOUND = re.compile(
    r"Cannot find (?:module|package) '(?P<module>[^']+)' imported from '?(?P<importer>[^'\s]+?)'?(?:\s|$)"
)
VITE_NOT_FOUND = re.compile(
    r"Failed to load url (?P<module>\S+) \(resolved id: [^)]*\) in (?P<importer>\S+?)\.?(?:\s|$)"
)
CJS_NOT_FOUND = re.compile(r"Cannot find module '(?P<module>[^']+)'")
REQUIRE_STACK = re.compile(r"^- (?P<importer>/\S.*)$")
MISSING_EXPORT = re.compile(
    r"The requested module '(?P<module>[^']+)' does not provide an export named '(?P<export>[^']+)'"
)
# Node's ESM loader on a named import its CommonJS analysis did not find (nodejs.org/api/esm.html).
COMMONJS_NAMED = re.compile(
    r"Named export '(?P<export>[^']+)' not found\. The requested module '(?P<module>[^']+)' is a CommonJS module"
)
ROLLUP_PARSE = re.compile(r"\s*Parse failure: ")
ASSERTION_NAMES = frozenset({"AssertionError", "JestAssertionError", "AssertionFailedError"})


@dataclass(frozen=True)
class Frame:
    file: str  # repository-relative POSIX path; "" outside the repository
    line: int
    column: int
    function: str = ""
    path: str = ""  # as printed
    dependency: bool = False  # inside node_modules


@dataclass(frozen=True)
class JsError:
    name: str  # TypeError, ReferenceError, SyntaxError, AssertionError, Error, ...
    message: str
    frames: tuple[Frame, ...] = ()
    code: str = ""  # ERR_ASSERTION, MODULE_NOT_FOUND, ERR_MODULE_NOT_FOUND, ...
    assertion: bool = False
    location: tuple[str, int, int] | None = None  # (file, line, column) a parser named
    module: str = ""  # the specifier that could not be resolved
    export: str = ""  # the named export a module does not provide
    importer: str = ""  # the repository file whose import failed
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def repo_frames(self) -> tuple[Frame, ...]:
        return tuple(f for f in self.frames if f.file)

    @property
    def summary(self) -> str:
        first = self.message.strip().splitlines()[0] if self.message.strip() else ""
        return f"{self.name}: {first}" if first else self.name


# -- paths ----------------------------------------------------------------------
def repo_path(raw: str, repo_dir: str) -> tuple[str, bool]:
    """(repository-relative path or "", inside node_modules) for a path a runner printed."""
    path = raw.strip().strip("'\"")
    if path.startswith("file://"):
        path = unquote(urlsplit(path).path)
    path = path.split("?", 1)[0]
    if path.startswith(("node:", "internal/", "<")) or not path:
        return "", False
    prefix = repo_dir.rstrip("/") + "/"
    if path.startswith("/"):
        if not path.startswith(prefix):
            return "", "/node_modules/" in path
        path = path[len(prefix) :]
    dependency = path.startswith("node_modules/") or "/node_modules/" in path
    if dependency:
        return "", True
    try:
        return clean_relpath(path), False
    except UnsafePath:
        return "", False


def parse_frame(line: str, repo_dir: str) -> Frame | None:
    match = FRAME.match(line)
    if not match or len(line) > 2000:
        return None
    raw = match["path"]
    if " " in raw.strip() and not raw.strip().startswith(("/", "file:")):
        return None  # "Expected: 3" and other prose that happens to end in :n:n
    file, dependency = repo_path(raw, repo_dir)
    return Frame(
        file=file,
        line=int(match["line"]),
        column=int(match["column"]),
        function=(match["function"] or "").strip()[:200],
        path=raw[:500],
        dependency=dependency,
    )


def parse_frames(lines: list[str], repo_dir: str) -> tuple[Frame, ...]:
    frames = []
    for line in lines:
        frame = parse_frame(line, repo_dir)
        if frame is not None:
            frames.append(frame)
            if len(frames) >= FRAME_LIMIT:
                break
    return tuple(frames)


# -- errors ---------------------------------------------------------------------
def parse_error(text: object, repo_dir: str, *, name: str = "", message: str = "") -> JsError | None:
    """The first error in `text` (a stack, a runner's failure message, raw stderr); None if none.

    `name`/`message` come from structured reports (mocha's err.name, TAP's name:)
    and win over what the text's header says.
    """
    if not isinstance(text, str):
        text = ""
    text = ANSI.sub("", text[:TEXT_LIMIT])
    lines = text.splitlines()
    header_at, header = _header(lines)
    error_name = name or (header["name"] if header else "Error")
    error_message = message or _message(lines, header_at, header)
    code = header["code"] if header and header["code"] else ""
    base = JsError(
        name=error_name[:100],
        message=error_message[:MESSAGE_LIMIT],
        frames=parse_frames(lines[header_at + 1 :] if header else lines, repo_dir),
        code=code,
        assertion=error_name in ASSERTION_NAMES or code == "ERR_ASSERTION" or _is_expect(error_message),
    )
    error = _enrich(base, text, lines, repo_dir)
    if header is None and not name and error is base:
        return None
    return error


def _header(lines: list[str]) -> tuple[int, re.Match | None]:
    for index, line in enumerate(lines[:400]):
        match = HEADER.match(line)
        if match and (match["message"] is not None or match["name"] != "Error"):
            return index, match
    return -1, None


def _message(lines: list[str], at: int, header: re.Match | None) -> str:
    if header is None:
        return "\n".join(lines[:5]).strip()
    parts = [header["message"] or ""]
    for line in lines[at + 1 : at + 30]:
        if FRAME.match(line) and line.lstrip().startswith("at "):
            break
        parts.append(line)
    return "\n".join(parts).strip()


def _is_expect(message: str) -> bool:
    return message.lstrip().startswith("expect(") or "expect(received)" in message[:500]


def _enrich(error: JsError, text: str, lines: list[str], repo_dir: str) -> JsError:
    changes: dict = module_problem(text, lines, repo_dir)
    # A missing export is reported by Node as a SyntaxError under a "file:line" header
    # too, but nothing failed to parse: only look for a parse location otherwise.
    location = None if changes else syntax_location(lines, repo_dir)
    if location is not None and error.name in ("SyntaxError", "Error", "TransformError"):
        changes["location"] = location
        changes["name"] = "SyntaxError"
    elif not changes and error.name == "Error" and ROLLUP_PARSE.match(error.message):
        # rollup's parse error is a plain Error; without its place it is still a parse error, which
        # classify locates along the test file's imports, never a failed check of the test file.
        changes["name"] = "SyntaxError"
    if not changes:
        return error
    return dataclasses.replace(error, **changes)


def syntax_location(lines: list[str], repo_dir: str) -> tuple[str, int, int] | None:
    """Where a parser said a file is broken: Babel, esbuild, tsc, Node's own header."""
    for index, line in enumerate(lines[:2000]):
        found = _located(line, repo_dir)
        if (
            found is None
            and NODE_HEADER.match(line)
            and (_caret_follows(lines, index) or _syntax_error_follows(lines, index))
        ):
            match = NODE_HEADER.match(line)
            file, _ = repo_path(match["path"], repo_dir)
            found = (file, int(match["line"]), _caret_column(lines, index)) if file else None
        if found is not None:
            return found
    return None


def _located(line: str, repo_dir: str) -> tuple[str, int, int] | None:
    # Babel and esbuild count columns from 0, tsc and vite from 1.
    for pattern, base in ((BABEL_LOCATION, 1), (ESBUILD_LOCATION, 1), (FILE_LOCATION, 0), (TS_LOCATION, 0)):
        match = pattern.match(line)
        if match:
            file, _ = repo_path(match["path"], repo_dir)
            if not file and pattern is FILE_LOCATION and match["path"].startswith("/"):
                # vite names a module under its root by its id, "/src/solver.js": root-relative
                # (rollup's "Parse failure ... At file: /src/solver.js:18:7" of a plain-JS source).
                file, _ = repo_path(repo_dir.rstrip("/") + match["path"], repo_dir)
            groups = match.groupdict()
            row = groups.get("line") or groups.get("line2")
            column = groups.get("column") or groups.get("column2")
            if file and row:
                return file, int(row), int(column or 0) + base
    return None


def _caret_follows(lines: list[str], index: int) -> bool:
    window = lines[index + 1 : index + 4]
    return any(CARET.match(line) for line in window)


def _syntax_error_follows(lines: list[str], index: int) -> bool:
    """Node's "file:line" header of a parse error without its caret line: mocha prints a CommonJS
    spec's load error as `Exception during run: /work/src/a.js:16`, the source line, then the
    `SyntaxError`, with no caret (d101's unclosed template literal was placed at the `require`)."""
    window = lines[index + 1 : index + 5]
    return any(
        (match := HEADER.match(line)) is not None and match["name"] == "SyntaxError" for line in window
    )


def _caret_column(lines: list[str], index: int) -> int:
    for line in lines[index + 1 : index + 4]:
        if CARET.match(line):
            return len(line) - len(line.lstrip()) + 1
    return 0


def module_problem(text: str, lines: list[str], repo_dir: str) -> dict:
    """module / export / importer of a failed import, when the text names one."""
    export = MISSING_EXPORT.search(text) or COMMONJS_NAMED.search(text)
    if export:
        importer = _node_header_file(lines, repo_dir)
        return {"module": export["module"], "export": export["export"], "importer": importer}
    for pattern in (JEST_NOT_FOUND, ESM_NOT_FOUND, VITE_NOT_FOUND):
        match = pattern.search(text)
        if match:
            return {"module": match["module"], "importer": repo_path(match["importer"], repo_dir)[0]}
    match = CJS_NOT_FOUND.search(text)
    if match:
        return {"module": match["module"], "importer": _require_stack_head(lines, repo_dir)}
    return {}


def _node_header_file(lines: list[str], repo_dir: str) -> str:
    for line in lines[:200]:
        match = NODE_HEADER.match(line)
        if match:
            file, _ = repo_path(match["path"], repo_dir)
            if file:
                return file
    return ""


def _require_stack_head(lines: list[str], repo_dir: str) -> str:
    for line in lines[:400]:
        match = REQUIRE_STACK.match(line.strip())
        if match:
            return repo_path(match["importer"], repo_dir)[0]
    return ""


def node_header_line(lines: list[str], repo_dir: str) -> tuple[str, int] | None:
    """(file, line) of Node's "file:line" header above an uncaught error, if any."""
    for line in lines[:200]:
        match = NODE_HEADER.match(line)
        if match:
            file, _ = repo_path(match["path"], repo_dir)
            if file:
                return file, int(match["line"])
    return None
