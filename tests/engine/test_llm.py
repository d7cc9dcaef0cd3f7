"""The optional LLM provider against a local stand-in for an OpenAI-compatible server."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from healer.engine.fixers import llm
from healer.engine.fixers.base import RepairContext
from healer.engine.fixers.llm import (
    FIXERS,
    LLMError,
    LLMFixer,
    OpenAICompatibleProvider,
    Region,
    apply_fenced,
    apply_unified_diff,
    provider_from_settings,
    region_for,
)
from healer.engine.types import BugType, CheckReport, Failure

KEY = "sk-test-secret-123"
SRC = "src/queue_.py"
TEST = "tests/test_queue.py"
SOURCE = """\
class BoundedQueue:
    def __init__(self, maxsize):
        self.maxsize = maxsize
        self.items = []

    def put(self, item):
        if len(self.items) > self.maxsize:
            raise OverflowError("full")
        self.items.append(item)


def helper():
    return 1
"""
TEST_SOURCE = "from queue_ import BoundedQueue\n\ndef test_full():\n    assert SECRET_TEST_MARKER\n"
FIXED_METHOD = """\
    def put(self, item):
        if len(self.items) >= self.maxsize:
            raise OverflowError("full")
        self.items.append(item)
"""


def completion(content) -> bytes:
    return json.dumps(
        {
            "id": "chatcmpl-1",
            "object": "chat.completion",
            "model": "stand-in",
            "choices": [
                {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
            ],
        }
    ).encode()


class StandIn:
    """A tiny HTTP server that replays recorded responses and records requests."""

    def __init__(self) -> None:
        self.responses: list[tuple[int, bytes, float]] = []
        self.requests: list[dict] = []
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output quiet
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                stand_in.requests.append(
                    {"path": self.path, "headers": dict(self.headers), "json": json.loads(body or b"null")}
                )
                status, payload, delay = stand_in.responses.pop(0) if stand_in.responses else (500, b"", 0)
                if delay:
                    time.sleep(delay)
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def reply(self, content=None, *, status=200, body=None, delay=0.0):
        self.responses.append((status, body if body is not None else completion(content), delay))

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def stand_in():
    server = StandIn()
    yield server
    server.close()


@pytest.fixture
def ws(project):
    return project({SRC: SOURCE, TEST: TEST_SOURCE})


def _ctx(ws, provider=None):
    return RepairContext(workspace=ws, report=CheckReport(), test_files=frozenset({TEST}), llm=provider)


def _failure(file=SRC, line=7, bug_type=BugType.LOGIC):
    return Failure(
        bug_type=bug_type,
        file=file,
        line=line,
        message="AssertionError: assert 3 == 2",
        source="pytest",
        code="AssertionError",
        test_ids=("tests/test_queue.py::test_full",),
        extra={"frames": [{"file": TEST, "line": 4, "function": "test_full"}]},
    )


def _provider(stand_in, timeout=5.0):
    return provider_from_settings(base_url=stand_in.url, api_key=KEY, model="stand-in-model", timeout=timeout)


def test_it_is_not_built_without_configuration():
    assert provider_from_settings(base_url="", api_key=KEY, model="m", timeout=5) is None
    assert provider_from_settings(base_url="http://x", api_key=KEY, model=" ", timeout=5) is None


@pytest.mark.parametrize("url", ["ftp://host/v1", "localhost:8000", "file:///etc/passwd"])
def test_it_refuses_a_bad_base_url(url):
    with pytest.raises(ValueError, match="HEALER_LLM_BASE_URL"):
        provider_from_settings(base_url=url, api_key="", model="m", timeout=5)


def test_it_gives_nothing_and_sends_nothing_when_not_configured(ws, stand_in):
    assert LLMFixer().candidates(_failure(), _ctx(ws)) == []
    assert FIXERS[0].candidates(_failure(), _ctx(ws)) == []
    assert stand_in.requests == []


def test_it_turns_a_fenced_reply_into_a_candidate(ws, stand_in):
    stand_in.reply(f"Fix: use >= so the queue is full at maxsize\n\n```python\n{FIXED_METHOD}```\n")
    candidates = LLMFixer(_provider(stand_in)).candidates(_failure(), _ctx(ws))
    assert len(candidates) == 1
    candidate = candidates[0]
    assert candidate.file == SRC
    assert candidate.new_source == SOURCE.replace("> self.maxsize", ">= self.maxsize")
    assert candidate.line == 7
    # Derived from the edit itself, not the model's claim.
    assert candidate.description == "use >= instead of >"
    assert candidate.priority >= 1.0  # after every deterministic candidate

    request = stand_in.requests[0]
    assert request["path"] == "/v1/chat/completions"
    assert request["headers"]["Authorization"] == f"Bearer {KEY}"
    assert request["json"]["model"] == "stand-in-model"
    prompt = request["json"]["messages"][-1]["content"]
    assert "if len(self.items) > self.maxsize:" in prompt
    assert "lines 6-9" in prompt
    assert "def helper" not in prompt  # only the faulty region
    assert "SECRET_TEST_MARKER" not in prompt  # test files are never sent


def test_it_restores_the_indentation_the_model_dropped(ws, stand_in):
    dedented = "\n".join(line[4:] for line in FIXED_METHOD.splitlines())
    stand_in.reply(f"```\n{dedented}\n```")
    [candidate] = LLMFixer(_provider(stand_in)).candidates(_failure(), _ctx(ws))
    assert candidate.new_source == SOURCE.replace("> self.maxsize", ">= self.maxsize")


def test_it_applies_a_unified_diff_reply(ws, stand_in):
    diff = (
        f"--- a/{SRC}\n+++ b/{SRC}\n@@ -6,3 +6,3 @@\n"
        "     def put(self, item):\n"
        "-        if len(self.items) > self.maxsize:\n"
        "+        if len(self.items) >= self.maxsize:\n"
        '             raise OverflowError("full")\n'
    )
    stand_in.reply(f"Fix: compare with >=\n```diff\n{diff}```")
    [candidate] = LLMFixer(_provider(stand_in)).candidates(_failure(), _ctx(ws))
    assert candidate.new_source == SOURCE.replace("> self.maxsize", ">= self.maxsize")
    assert candidate.description == "use >= instead of >"


def test_it_uses_the_provider_from_the_context(ws, stand_in):
    stand_in.reply(f"```python\n{FIXED_METHOD}```")
    candidates = FIXERS[0].candidates(_failure(), _ctx(ws, provider=_provider(stand_in)))
    assert len(candidates) == 1
    assert len(stand_in.requests) == 1


def test_it_never_edits_a_test_file(ws, stand_in):
    # A failure located in a test file is never sent at all...
    assert LLMFixer(_provider(stand_in)).candidates(_failure(file=TEST, line=4), _ctx(ws)) == []
    assert stand_in.requests == []
    # ...and a diff that names a test file is refused.
    stand_in.reply(
        f"--- a/{TEST}\n+++ b/{TEST}\n@@ -4 +4 @@\n-    assert SECRET_TEST_MARKER\n+    assert True\n"
    )
    assert LLMFixer(_provider(stand_in)).candidates(_failure(), _ctx(ws)) == []


@pytest.mark.parametrize(
    ("status", "body", "reason"),
    [
        (401, b'{"error": {"message": "invalid key"}}', "refused the credentials"),
        (429, b'{"error": {"message": "slow down"}}', "rate limiting"),
        (500, b"oops", "HTTP 500"),
        (200, b"{not json", "malformed JSON"),
        (200, b'{"choices": []}', "not a chat completion"),
        (200, b'{"choices": [{"message": {"content": ""}}]}', "no text"),
    ],
    ids=["401", "429", "500", "malformed-json", "no-choices", "empty-content"],
)
def test_it_gives_nothing_on_server_errors(ws, stand_in, status, body, reason, caplog):
    stand_in.reply(status=status, body=body)
    provider = _provider(stand_in)
    assert LLMFixer(provider).candidates(_failure(), _ctx(ws)) == []
    assert reason in caplog.text
    assert KEY not in caplog.text
    stand_in.reply(status=status, body=body)
    with pytest.raises(LLMError, match=reason) as info:
        provider.complete([{"role": "user", "content": "hi"}])
    assert KEY not in str(info.value)


def test_it_gives_nothing_when_the_server_is_too_slow(ws, stand_in):
    stand_in.reply(f"```python\n{FIXED_METHOD}```", delay=3)
    started = time.monotonic()
    assert LLMFixer(_provider(stand_in, timeout=0.5)).candidates(_failure(), _ctx(ws)) == []
    assert time.monotonic() - started < 2.5


def test_it_gives_nothing_when_nobody_listens(ws):
    provider = provider_from_settings(base_url="http://127.0.0.1:9/v1", api_key=KEY, model="m", timeout=2)
    assert LLMFixer(provider).candidates(_failure(), _ctx(ws)) == []


def test_it_refuses_an_oversized_answer(ws, stand_in, monkeypatch):
    monkeypatch.setattr(llm, "MAX_RESPONSE_BYTES", 1000)
    stand_in.reply("```python\n" + "x = 1\n" * 500 + "```")
    assert LLMFixer(_provider(stand_in)).candidates(_failure(), _ctx(ws)) == []


@pytest.mark.parametrize(
    "reply",
    [
        "I think the bug is in the comparison.",
        "```python\n    def put(self, item):\n        if len(self.items) >= self.maxsize\n```",
        f"```python\n{SOURCE[SOURCE.index('    def put') : SOURCE.index('def helper')].rstrip()}\n```",
        "@@ -100,1 +100,1 @@\n-nothing like this\n+x\n",
    ],
    ids=["prose", "does-not-parse", "unchanged", "diff-that-does-not-apply"],
)
def test_it_gives_nothing_for_unusable_replies(ws, stand_in, reply):
    stand_in.reply(reply)
    assert LLMFixer(_provider(stand_in)).candidates(_failure(), _ctx(ws)) == []


def test_it_describes_multi_line_rewrites_honestly(ws, stand_in):
    rewritten = FIXED_METHOD.replace('raise OverflowError("full")', 'raise OverflowError("queue is full")')
    stand_in.reply(f"Fix: use >= and a clearer message\n```python\n{rewritten}```")
    [candidate] = LLMFixer(_provider(stand_in)).candidates(_failure(), _ctx(ws))
    assert candidate.description == "use >= and a clearer message (rewrites lines 7-8)"
    assert candidate.line == 7


def test_the_region_is_the_enclosing_function_or_a_window():
    assert region_for(SOURCE, 7) == Region(6, 9)
    assert region_for(SOURCE, 13) == Region(12, 13)
    broken = "x = [\n" + "1,\n" * 100
    assert region_for(broken, 50, context=5) == Region(45, 55)


def test_apply_helpers_keep_crlf_and_refuse_other_files():
    text = "a = 1\r\nb = 2\r\n"
    assert apply_fenced(text, Region(2, 2), "```\nb = 3\n```") == "a = 1\r\nb = 3\r\n"
    assert (
        apply_unified_diff(text, "src/x.py", "--- a/src/y.py\n+++ b/src/y.py\n@@ -1 +1 @@\n-a = 1\n+a = 2\n")
        is None
    )
    assert apply_unified_diff(text, "src/x.py", "@@ -1 +1 @@\n-a = 1\n+a = 2\n") == "a = 2\r\nb = 2\r\n"


def test_the_provider_never_shows_its_key():
    provider = OpenAICompatibleProvider(base_url="http://x/v1", api_key=KEY, model="m")
    assert KEY not in repr(provider)


def test_it_accepts_a_whole_file_reply_and_refuses_an_oversized_region():
    region = Region(6, 9)
    whole = SOURCE.replace("> self.maxsize", ">= self.maxsize")
    assert apply_fenced(SOURCE, region, f"```python\n{whole}```") == whole
    sprawling = "```python\n" + "    pass\n" * 40 + "```"
    assert apply_fenced(SOURCE, region, sprawling) is None
