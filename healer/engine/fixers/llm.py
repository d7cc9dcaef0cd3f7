"""Optional LLM provider: OpenAI-compatible chat completions, used only when configured.

Healer repairs without any model. When HEALER_LLM_BASE_URL and HEALER_LLM_MODEL
are set, `provider_from_settings` builds a provider that the engine receives as
`EngineConfig.llm` (and fixers as `RepairContext.llm`). `LLMFixer` then asks
the model for a corrected version of the faulty region of ONE non-test file,
parses the reply (a fenced code block or a unified diff) and returns it as an
ordinary `Candidate`: the repair loop validates it in the sandbox like any
other, and tries it after the deterministic fixers' candidates.

A model is an untrusted, unreliable service: timeouts, HTTP errors, rate
limits, malformed JSON and replies that do not parse or touch other files all
give no candidate, never an exception. Test files are never sent for editing.
No Django here: the settings are passed in as plain values.
"""

from __future__ import annotations

import ast
import json
import logging
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol
from urllib.parse import urlsplit

import requests

from healer.engine.fixers.base import Candidate, RepairContext
from healer.engine.fixers.lineedit import common_ends, split_lines
from healer.engine.types import BugType, Failure

log = logging.getLogger(__name__)

MAX_RESPONSE_BYTES = 2 * 1024 * 1024
MAX_REGION_LINES = 120
# Candidates from the model are tried after every deterministic candidate (whose priorities are below 1).
LLM_PRIORITY = 2.0

SYSTEM_PROMPT = (
    "You repair bugs in Python projects. You get one region of a source file (never a test file) and the "
    "failure it causes. Make the smallest change that fixes the bug; do not add comments, do not change "
    "behaviour that the failure does not concern, and never change tests.\n"
    "Reply with one line `Fix: <what you changed, in a few words>` and then the complete corrected region "
    "(every line you were shown, in the same order, with the same indentation) in a single ```python "
    "fenced block. A unified diff of the region is also accepted."
)


class LLMError(Exception):
    """The model could not be asked or its answer was unusable. The message never holds the API key."""


class ChatProvider(Protocol):
    model: str

    def complete(self, messages: Sequence[dict[str, str]]) -> str:
        """The assistant's reply to the messages; raises LLMError."""


@dataclass
class OpenAICompatibleProvider:
    """POST {base_url}/chat/completions with a bearer token, as OpenAI, vLLM, llama.cpp, Ollama... accept."""

    base_url: str
    api_key: str
    model: str
    timeout: float = 60.0
    max_tokens: int = 2048
    session: requests.Session = field(default_factory=requests.Session, repr=False)

    def __repr__(self) -> str:  # never show the key
        return f"OpenAICompatibleProvider(base_url={self.base_url!r}, model={self.model!r})"

    @property
    def url(self) -> str:
        return self.base_url.rstrip("/") + "/chat/completions"

    def complete(self, messages: Sequence[dict[str, str]]) -> str:
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        payload = {
            "model": self.model,
            "messages": list(messages),
            "temperature": 0,
            "max_tokens": self.max_tokens,
        }
        deadline = time.monotonic() + self.timeout
        try:
            response = self.session.post(
                self.url, json=payload, headers=headers, timeout=self.timeout, stream=True
            )
        except requests.Timeout as exc:
            raise LLMError(f"no answer from {self.url} within {self.timeout:g} s") from exc
        except requests.RequestException as exc:
            raise LLMError(f"cannot reach {self.url}: {exc.__class__.__name__}") from exc
        with response:
            if response.status_code in (401, 403):
                raise LLMError(f"{self.url} refused the credentials (HTTP {response.status_code})")
            if response.status_code == 429:
                raise LLMError(f"{self.url} is rate limiting requests (HTTP 429)")
            if response.status_code != 200:
                raise LLMError(f"{self.url} answered HTTP {response.status_code}")
            body = _read_capped(response, deadline)
        try:
            data = json.loads(body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise LLMError(f"{self.url} answered with malformed JSON") from exc
        return _reply_text(data)


def _read_capped(response: requests.Response, deadline: float) -> bytes:
    # requests' timeout is per socket operation; a server dripping bytes must not hold a run forever.
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.iter_content(chunk_size=65536):
            size += len(chunk)
            if size > MAX_RESPONSE_BYTES:
                raise LLMError(f"answer larger than {MAX_RESPONSE_BYTES} bytes")
            if time.monotonic() > deadline:
                raise LLMError("answer took longer than the timeout")
            chunks.append(chunk)
    except requests.RequestException as exc:
        raise LLMError(f"answer interrupted: {exc.__class__.__name__}") from exc
    return b"".join(chunks)


def _reply_text(data: object) -> str:
    try:
        choice = data["choices"][0]  # type: ignore[index]
        content = choice["message"]["content"]
    except (KeyError, IndexError, TypeError) as exc:
        raise LLMError("answer is not a chat completion") from exc
    if isinstance(content, list):  # some servers return content parts
        content = "".join(part.get("text", "") for part in content if isinstance(part, dict))
    if not isinstance(content, str) or not content.strip():
        raise LLMError("answer has no text")
    return content


def provider_from_settings(
    *, base_url: str, api_key: str, model: str, timeout: float = 60.0
) -> OpenAICompatibleProvider | None:
    """The provider for HEALER_LLM_* values, or None when no model is configured."""
    base_url, model = (base_url or "").strip(), (model or "").strip()
    if not base_url or not model:
        return None
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"HEALER_LLM_BASE_URL must be an http(s) URL, got {base_url!r}")
    if timeout <= 0:
        raise ValueError("HEALER_LLM_TIMEOUT must be positive")
    return OpenAICompatibleProvider(
        base_url=base_url, api_key=api_key or "", model=model, timeout=float(timeout)
    )


# --------------------------------------------------------------------------- prompt and reply
@dataclass(frozen=True)
class Region:
    first: int  # 1-based, inclusive
    last: int

    def slice(self, lines: list[str]) -> list[str]:
        return lines[self.first - 1 : self.last]


def region_for(text: str, line: int, *, context: int = 25) -> Region:
    """The function holding the line when it is small enough, else a window around the line."""
    lines = split_lines(text)
    total = max(1, len(lines))
    line = min(max(1, line), total)
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError):
        tree = None
    if tree is not None:
        best = None
        for node in ast.walk(tree):
            if (
                isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
                and node.lineno <= line <= node.end_lineno
            ):
                first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
                if best is None or first >= best.first:
                    best = Region(first, node.end_lineno)
        if best is not None and best.last - best.first < MAX_REGION_LINES:
            return best
    return Region(max(1, line - context), min(total, line + context))


def build_messages(failure: Failure, file: str, text: str, region: Region) -> list[dict[str, str]]:
    lines = split_lines(text)
    shown = "".join(region.slice(lines)).rstrip("\n")
    faulty = lines[failure.line - 1].strip() if 0 < failure.line <= len(lines) else ""
    parts = [
        f"Bug type: {failure.bug_type}",
        f"Failure: {failure.message}",
    ]
    if failure.test_ids:
        parts.append("Failing tests: " + ", ".join(failure.test_ids[:5]))
    frames = failure.extra.get("frames") if isinstance(failure.extra, dict) else None
    if isinstance(frames, list) and frames:
        steps = [
            f"{f.get('file')}:{f.get('line')} in {f.get('function')}"
            for f in frames[-6:]
            if isinstance(f, dict)
        ]
        parts.append("Traceback (innermost last): " + " -> ".join(steps))
    detail = failure.extra.get("longrepr") if isinstance(failure.extra, dict) else None
    if isinstance(detail, str) and detail.strip():
        parts.append("Assertion output (read only):\n" + detail.strip()[-1500:])
    parts.append(
        f"File {file}, lines {region.first}-{region.last}; the failure points at line {failure.line}: {faulty}"
    )
    parts.append(f"```python\n{shown}\n```")
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": "\n\n".join(parts)}]


_FENCE = re.compile(r"```[ \t]*(?:python|py|python3)?[ \t]*\r?\n(.*?)```", re.DOTALL | re.IGNORECASE)
_HUNK = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")
_FIX_LINE = re.compile(r"^\s*(?:\*\*)?Fix(?:\*\*)?:\s*(.+?)\s*$", re.MULTILINE | re.IGNORECASE)


def reply_description(reply: str) -> str:
    found = _FIX_LINE.search(reply)
    if not found:
        return ""
    text = re.sub(r"[`*]", "", found.group(1)).strip().rstrip(".")
    return text if 0 < len(text) <= 120 and "\n" not in text else ""


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip(" \t"))]


def apply_fenced(text: str, region: Region, reply: str) -> str | None:
    """The file with the region replaced by the reply's first code block."""
    found = _FENCE.search(reply)
    if not found:
        return None
    lines = split_lines(text)
    ending = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    block = found.group(1).replace("\r\n", "\n").rstrip("\n").split("\n")
    if not any(line.strip() for line in block):
        return None
    old = region.slice(lines)
    first_code = next((x.strip() for x in lines if x.strip()), "")
    if region.first > 1 and block[0].strip() == first_code and len(block) >= 0.6 * len(lines):
        # The model answered with the whole file instead of the region: take it as such.
        trailing = ending if text.endswith(("\n", "\r")) else ""
        return ending.join(block) + trailing
    if len(block) > 3 * len(old) + 10:
        return None  # far more than a region's worth: not a repair of what was shown
    old_indent = min((_indent(x) for x in old if x.strip()), key=len, default="")
    new_indent = min((_indent(x) for x in block if x.strip()), key=len, default="")
    if old_indent and not new_indent:
        # Models often strip the common indentation of a method; put it back.
        block = [old_indent + x if x.strip() else x for x in block]
    new_region = [x + ending for x in block]
    if region.last == len(lines) and old and not old[-1].endswith(("\n", "\r")):
        new_region[-1] = new_region[-1].rstrip("\r\n")
    return "".join(lines[: region.first - 1] + new_region + lines[region.last :])


def apply_unified_diff(text: str, file: str, reply: str) -> str | None:
    """Apply a unified diff from the reply to this file's text; None when it names another file or fails."""
    diff_lines = reply.replace("\r\n", "\n").split("\n")
    for line in diff_lines:
        if line.startswith(("--- ", "+++ ")):
            name = line[4:].strip().split("\t")[0]
            name = re.sub(r"^[ab]/", "", name)
            if (
                name not in ("/dev/null", file)
                and not name.endswith("/" + file)
                and name != file.split("/")[-1]
            ):
                return None
    lines = split_lines(text)
    ending = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    body = [x.rstrip("\r\n") for x in lines]
    hunks: list[tuple[int, list[str], list[str]]] = []
    i = 0
    while i < len(diff_lines):
        m = _HUNK.match(diff_lines[i])
        if not m:
            i += 1
            continue
        old, new = [], []
        i += 1
        while i < len(diff_lines) and not diff_lines[i].startswith(("@@", "--- ", "+++ ")):
            row = diff_lines[i]
            if row.startswith("-"):
                old.append(row[1:])
            elif row.startswith("+"):
                new.append(row[1:])
            elif row.startswith(" ") or row == "":
                old.append(row[1:])
                new.append(row[1:])
            i += 1
        while old and new and old[-1] == "" and new[-1] == "":  # trailing blank lines of the reply
            old.pop()
            new.pop()
        hunks.append((int(m.group(1)), old, new))
    if not hunks:
        return None
    offset = 0
    for hinted, old, new in hunks:
        at = _find_block(body, old, hinted - 1 + offset)
        if at is None:
            return None
        body[at : at + len(old)] = new
        offset += len(new) - len(old)
    trailing = text.endswith(("\n", "\r"))
    return ending.join(body) + (ending if trailing else "")


def _find_block(body: list[str], block: list[str], hint: int) -> int | None:
    if not block:
        return max(0, min(hint, len(body)))
    matches = [i for i in range(len(body) - len(block) + 1) if body[i : i + len(block)] == block]
    if not matches:
        return None
    return min(matches, key=lambda i: abs(i - hint))


_TOKEN = re.compile(r""""(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|\w+|==|!=|<=|>=|//|\*\*|->|:=|[^\s\w]""")


def _token_difference(a: str, b: str) -> tuple[str, str]:
    """The differing middle of two lines, cut at token boundaries: ("len(x) - 2", ...) -> ("2", "1")."""
    ta, tb = list(_TOKEN.finditer(a)), list(_TOKEN.finditer(b))
    p = 0
    while p < min(len(ta), len(tb)) and ta[p].group() == tb[p].group():
        p += 1
    s = 0
    while s < min(len(ta), len(tb)) - p and ta[-1 - s].group() == tb[-1 - s].group():
        s += 1
    mid_a, mid_b = ta[p : len(ta) - s], tb[p : len(tb) - s]
    old = a[mid_a[0].start() : mid_a[-1].end()] if mid_a else ""
    new = b[mid_b[0].start() : mid_b[-1].end()] if mid_b else ""
    return old, new


def describe_change(old: str, new: str, reply: str) -> tuple[str, int]:
    """(description, first changed line) derived from the edit itself where it is one line."""
    old_lines, new_lines = split_lines(old), split_lines(new)
    first, tail = common_ends(old_lines, new_lines)
    changed_old = old_lines[first : len(old_lines) - tail]
    changed_new = new_lines[first : len(new_lines) - tail]
    line = first + 1
    if len(changed_old) == 1 and len(changed_new) == 1:
        old_mid, new_mid = _token_difference(changed_old[0].strip(), changed_new[0].strip())
        if old_mid and new_mid and len(old_mid) <= 60 and len(new_mid) <= 60:
            return f"use {new_mid} instead of {old_mid}", line
        if new_mid and not old_mid and len(new_mid) <= 60:
            return f"insert {new_mid}", line
        if old_mid and not new_mid and len(old_mid) <= 60:
            return f"remove {old_mid}", line
    claimed = reply_description(reply)
    span = f"line {line}" if len(changed_old) <= 1 else f"lines {line}-{line + len(changed_old) - 1}"
    if claimed:
        return f"{claimed} (rewrites {span})", line
    return f"rewrite {span} as the language model suggested", line


def candidates_from_reply(
    *, failure: Failure, file: str, text: str, region: Region, reply: str, priority: float = LLM_PRIORITY
) -> list[Candidate]:
    """Turn a reply into at most one candidate for `file` (a diff first, else a fenced block)."""
    new = None
    if _HUNK.search(reply.replace("\r\n", "\n")) or re.search(r"(?m)^@@ ", reply):
        new = apply_unified_diff(text, file, reply)
    if new is None:
        new = apply_fenced(text, region, reply)
    if new is None or new == text:
        return []
    if file.endswith(".py"):
        try:
            ast.parse(new)
        except (SyntaxError, ValueError, RecursionError):
            return []
    description, line = describe_change(text, new, reply)
    if region.first <= failure.line <= region.last and failure.file == file:
        changed_at_failure = (
            split_lines(text)[failure.line - 1 : failure.line]
            != split_lines(new)[failure.line - 1 : failure.line]
        )
        if changed_at_failure:
            line = failure.line
    return [Candidate(file=file, new_source=new, description=description, line=line, priority=priority)]


class LLMFixer:
    """Fixer protocol wrapper: asks the configured model (its own, or RepairContext.llm) for one candidate."""

    bug_types = frozenset(BugType)
    # Asked only once every deterministic candidate has been rejected: a model call is
    # slow and costs money, and validated templates win whenever they can.
    fallback = True

    def __init__(self, provider: ChatProvider | None = None, *, context_lines: int = 25) -> None:
        self.provider = provider
        self.context_lines = context_lines

    def candidates(self, failure: Failure, ctx: RepairContext) -> list[Candidate]:
        provider = self.provider or getattr(ctx, "llm", None)
        if provider is None or not hasattr(provider, "complete"):
            return []
        file = failure.file
        if not file or ctx.is_test_file(file) or not file.endswith(".py"):
            return []
        try:
            text = ctx.source(file)
        except (OSError, ValueError) as exc:
            log.info("LLM fixer cannot read %s: %s", file, exc)
            return []
        region = region_for(text, failure.line, context=self.context_lines)
        messages = build_messages(failure, file, text, region)
        try:
            reply = provider.complete(messages)
        except LLMError as exc:
            log.warning("LLM provider gave no answer: %s", exc)
            return []
        try:
            return candidates_from_reply(failure=failure, file=file, text=text, region=region, reply=reply)
        except Exception:  # an odd reply must never break a run: it only means no candidate
            log.exception("could not use the LLM reply")
            return []


FIXERS = [LLMFixer()]
