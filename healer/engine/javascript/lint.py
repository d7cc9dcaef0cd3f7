"""ESLint's JSON report and tsc's plain diagnostics, as plain dataclasses.

ESLint (`--format json --output-file F`, the project's own configuration) gives
each message's rule, position and, when the rule can fix it, the fix as a
character range of the file plus replacement text; rules that only suggest
give `suggestions` with the same shape. Offsets count UTF-16 code units, as
JavaScript strings do: `apply_text_edit` converts them.

tsc (`--noEmit --pretty false`) prints `file(line,col): error TS1005: message`,
continuation lines indented below. Both come from a sandbox: type-checked,
capped, never raising.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from healer.engine.javascript.errors import repo_path
from healer.engine.types import ExecResult

REPORT_LIMIT = 32 * 1024 * 1024
MESSAGE_LIMIT = 2000
FINDING_LIMIT = 50_000
ERROR = 2


@dataclass(frozen=True)
class TextEdit:
    start: int  # UTF-16 offset into the file's text, as ESLint counts
    end: int
    text: str


@dataclass(frozen=True)
class Suggestion:
    description: str
    edit: TextEdit


@dataclass(frozen=True)
class EslintMessage:
    file: str  # repository-relative
    rule: str  # "" for a parse error (fatal)
    message: str
    line: int
    column: int
    end_line: int = 0
    end_column: int = 0
    severity: int = ERROR  # 1 warning, 2 error
    fatal: bool = False  # ESLint could not parse the file
    fix: TextEdit | None = None
    suggestions: tuple[Suggestion, ...] = ()

    @property
    def key(self) -> tuple[str, str, int, str]:
        return (self.rule, self.file, self.line, self.message)


@dataclass
class EslintRun:
    messages: list[EslintMessage] = field(default_factory=list)
    error: str = ""  # no usable report: why
    output: str = ""

    @property
    def errors(self) -> list[EslintMessage]:
        return [m for m in self.messages if m.severity >= ERROR or m.fatal]


def _text(value: object, limit: int = MESSAGE_LIMIT) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10**9 else 0


def parse_eslint_report(raw: bytes | None, *, result: ExecResult | None, repo_dir: str) -> EslintRun:
    run = EslintRun(output=result.output[-4000:] if result else "")
    if result is not None and result.timed_out:
        run.error = "eslint did not finish in time"
        return run
    if raw is None or len(raw) > REPORT_LIMIT:
        run.error = "eslint wrote no report" if raw is None else "the eslint report is too large"
        return run
    try:
        data = json.loads(raw.decode("utf-8", errors="replace"))
    except (json.JSONDecodeError, RecursionError):
        run.error = "the eslint report is not JSON"
        return run
    if not isinstance(data, list):
        run.error = "the eslint report is not a list of files"
        return run
    for entry in data:
        if isinstance(entry, dict):
            _eslint_file(run, entry, repo_dir)
    return run


def _eslint_file(run: EslintRun, entry: dict, repo_dir: str) -> None:
    file, _ = repo_path(_text(entry.get("filePath"), 4000), repo_dir)
    messages = entry.get("messages")
    if not file or not isinstance(messages, list):
        return
    for item in messages:
        if isinstance(item, dict) and len(run.messages) < FINDING_LIMIT:
            run.messages.append(_eslint_message(item, file))


def _eslint_message(item: dict, file: str) -> EslintMessage:
    suggestions = item.get("suggestions") if isinstance(item.get("suggestions"), list) else []
    return EslintMessage(
        file=file,
        rule=_text(item.get("ruleId"), 200),
        message=_text(item.get("message")),
        line=_int(item.get("line")),
        column=_int(item.get("column")),
        end_line=_int(item.get("endLine")),
        end_column=_int(item.get("endColumn")),
        severity=_int(item.get("severity")) or ERROR,
        fatal=item.get("fatal") is True,
        fix=_edit(item.get("fix")),
        suggestions=tuple(
            Suggestion(description=_text(s.get("desc")), edit=edit)
            for s in suggestions[:20]
            if isinstance(s, dict) and (edit := _edit(s.get("fix"))) is not None
        ),
    )


def _edit(value: object) -> TextEdit | None:
    if not isinstance(value, dict):
        return None
    span = value.get("range")
    if not (isinstance(span, list) and len(span) == 2 and all(isinstance(n, int) for n in span)):
        return None
    start, end = span
    if not (0 <= start <= end) or not isinstance(value.get("text"), str):
        return None
    return TextEdit(start=start, end=end, text=value["text"][:100_000])


def utf16_index(text: str, offset: int) -> int | None:
    """The Python string index of a UTF-16 offset; None past the end or inside a surrogate pair."""
    units = 0
    for index, char in enumerate(text):
        if units == offset:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
        if units > offset:
            return None
    return len(text) if units == offset else None


def apply_text_edit(text: str, edit: TextEdit) -> str | None:
    """The text with ESLint's edit applied; None when the edit does not fit this text."""
    start, end = utf16_index(text, edit.start), utf16_index(text, edit.end)
    if start is None or end is None or end < start:
        return None
    return text[:start] + edit.text + text[end:]


# -- tsc --------------------------------------------------------------------------
TSC_LINE = re.compile(
    r"^(?P<path>\S.*?)\((?P<line>\d+),(?P<column>\d+)\): (?P<category>error|warning) TS(?P<code>\d+): (?P<message>.*)$"
)
TSC_GLOBAL = re.compile(r"^(?P<category>error|warning) TS(?P<code>\d+): (?P<message>.*)$")


@dataclass(frozen=True)
class TscDiagnostic:
    file: str  # repository-relative; "" for a diagnostic about the configuration
    line: int
    column: int
    code: int  # 1005 for TS1005
    message: str
    category: str = "error"

    @property
    def syntactic(self) -> bool:
        """TS1xxx are the parser's diagnostics (grammar), everything else is semantic."""
        return 1000 <= self.code < 2000


def parse_tsc_output(text: object, *, repo_dir: str) -> list[TscDiagnostic]:
    """Every diagnostic in tsc's --pretty false output (paths relative to the project or absolute)."""
    if not isinstance(text, str):
        return []
    diagnostics: list[TscDiagnostic] = []
    for line in text[: 8 * 1024 * 1024].splitlines():
        if line.startswith((" ", "\t")) and diagnostics:
            last = diagnostics[-1]
            if len(last.message) < MESSAGE_LIMIT:
                diagnostics[-1] = _continued(last, line.strip())
            continue
        diagnostic = _tsc_line(line, repo_dir)
        if diagnostic is not None and len(diagnostics) < FINDING_LIMIT:
            diagnostics.append(diagnostic)
    return diagnostics


def _continued(diagnostic: TscDiagnostic, more: str) -> TscDiagnostic:
    return TscDiagnostic(
        **{**diagnostic.__dict__, "message": f"{diagnostic.message}\n{more}"[:MESSAGE_LIMIT]}
    )


def _tsc_line(line: str, repo_dir: str) -> TscDiagnostic | None:
    match = TSC_LINE.match(line)
    if match:
        file, _ = repo_path(match["path"], repo_dir)
        if not file:
            return None  # a diagnostic inside node_modules or outside the repository
        return TscDiagnostic(
            file=file,
            line=int(match["line"]),
            column=int(match["column"]),
            code=int(match["code"]),
            message=match["message"][:MESSAGE_LIMIT],
            category=match["category"],
        )
    match = TSC_GLOBAL.match(line)
    if match:
        return TscDiagnostic(
            file="", line=0, column=0, code=int(match["code"]), message=match["message"][:MESSAGE_LIMIT]
        )
    return None
