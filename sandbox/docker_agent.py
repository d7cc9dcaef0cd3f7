"""The host end of the in-container runner (sandbox/agent.py): one long-lived exec per session.

Commands and file reads go over a small framed protocol on the exec's stdin and
stdout; command output comes back on stderr, ended by a per-command nonce. A
session falls back to one `docker exec` per command when the agent is lost.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import struct
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docker
from docker.utils.socket import frames_iter

from sandbox.docker_container import BASE_ENV, SANDBOX_USER
from sandbox.docker_exec import RawExec, Watchdog, stream_no_timeout, stream_shutdown
from sandbox.output import CappedOutput

_HERE = Path(__file__).resolve().parent
# The warm pytest server (sandbox/warm_pytest.py) the agent starts on demand, without its docstring.
WARM_SOURCE = (_HERE / "warm_pytest.py").read_text().split('"""', 2)[2]
# Sent as `python3 -c`; the module docstring stays on the host (it would only bloat `ps`).
AGENT_SOURCE = f"WARM_SOURCE = {WARM_SOURCE!r}\n" + (_HERE / "agent.py").read_text().split('"""', 2)[2]


class AgentLost(Exception):
    """The in-container agent went away without finishing a request (nobody on the host killed it)."""


def _sendall(sock: Any, data: bytes) -> None:
    for target in (sock, getattr(sock, "_sock", None)):
        if target is not None and hasattr(target, "sendall"):
            target.sendall(data)
            return
    view = memoryview(data)
    while view:
        written = sock.write(view)
        view = view[written or 0 :]


class AgentChannel:
    """The host end of sandbox/agent.py, running in one long-lived exec."""

    def __init__(self, api: docker.APIClient, container_id: str, *, timeout: float = 30.0) -> None:
        self.api = api
        exec_id = api.exec_create(
            container_id,
            ["python3", "-I", "-S", "-c", AGENT_SOURCE],
            user=SANDBOX_USER,
            environment=dict(BASE_ENV),
            workdir="/",
            stdin=True,
            stdout=True,
            stderr=True,
        )["Id"]
        self.sock = api.exec_start(exec_id, socket=True)
        stream_no_timeout(self.sock)
        self._frames = frames_iter(self.sock, tty=False)
        self._buf = bytearray()
        self.stderr = CappedOutput(16 * 1024)
        self.closed = False
        timer = threading.Timer(timeout, self.close)
        timer.daemon = True
        timer.start()
        try:
            kind, _ = self.receive()
        finally:
            timer.cancel()
        if kind != b"R":
            self.close()
            raise AgentLost(f"unexpected greeting {kind!r}")

    def close(self) -> None:
        self.closed = True
        stream_shutdown(self.sock)
        with contextlib.suppress(Exception):
            self.sock.close()

    def send(self, request: dict) -> None:
        payload = json.dumps(request).encode()
        try:
            _sendall(self.sock, struct.pack(">I", len(payload)) + payload)
        except (OSError, ValueError) as exc:
            raise AgentLost(f"cannot write to the agent: {exc}") from exc

    def pump(self, on_output: Callable[[bytes], None] | None = None) -> None:
        """Read one Docker frame: stdout feeds the control buffer, stderr (command output) on_output."""
        try:
            stream, chunk = next(self._frames)
        except (StopIteration, OSError, ValueError) as exc:
            detail = self.stderr.text().strip()[-500:]
            raise AgentLost(f"agent stream ended{': ' + detail if detail else ''}") from exc
        if stream == 2:
            (on_output or self.stderr.write)(chunk)
        else:
            self._buf += chunk

    def receive(self, on_output: Callable[[bytes], None] | None = None) -> tuple[bytes, bytes]:
        """The next (kind, payload) control message; AgentLost at end of stream."""
        while True:
            if len(self._buf) >= 5:
                kind = bytes(self._buf[:1])
                (length,) = struct.unpack(">I", self._buf[1:5])
                if kind not in b"RXFN" or length > 64 * 1024 * 1024:
                    raise AgentLost(f"protocol error (kind {kind!r}, length {length})")
                if len(self._buf) >= 5 + length:
                    payload = bytes(self._buf[5 : 5 + length])
                    del self._buf[: 5 + length]
                    return kind, payload
            self.pump(on_output)


class _Flood(Exception):
    """Output went past the hard ceiling."""


class _OutputUntilNonce:
    """Feeds command output into a CappedOutput until the agent's end marker (which is dropped)."""

    def __init__(self, nonce: bytes, output: CappedOutput, hard_limit: int) -> None:
        self.nonce = nonce
        self.output = output
        self.hard_limit = hard_limit
        self.carry = b""
        self.done = False

    def __call__(self, chunk: bytes) -> None:
        if self.done:
            return  # agent diagnostics after the marker: not the command's output
        data = self.carry + chunk
        index = data.find(self.nonce)
        if index >= 0:
            self.output.write(data[:index])
            self.carry = b""
            self.done = True
            return
        keep = len(self.nonce) - 1  # a marker may straddle two chunks
        self.output.write(data[:-keep])
        self.carry = data[-keep:]
        if self.output.total > self.hard_limit:
            raise _Flood


def agent_read(agent: AgentChannel, path: str, limit: int) -> bytes | None:
    """Read a file inside the container through the agent (None when it does not exist)."""
    timer = threading.Timer(30, agent.close)
    timer.daemon = True
    timer.start()
    try:
        agent.send({"op": "read", "path": path, "limit": limit})
        kind, payload = agent.receive()
    finally:
        timer.cancel()
    if kind == b"F":
        return payload[:limit]
    if kind == b"N":
        return None
    raise AgentLost(f"unexpected reply {kind!r} to a read")


def agent_exec(
    agent: AgentChannel,
    request: dict,
    *,
    timeout: float,
    output_limit: int,
    hard_limit: int,
    kill: Callable[[], None],
) -> RawExec:
    """Run one command through the agent with a watchdog; `kill` ends everything the command started.

    A killed command (timeout, output flood) leaves the agent closed: the caller drops it.
    """
    started = time.monotonic()
    output = CappedOutput(output_limit)
    nonce = secrets.token_hex(16)
    sink = _OutputUntilNonce(nonce.encode(), output, hard_limit)
    watchdog = Watchdog(timeout=timeout, close=agent.close, kill=kill, name="sandbox-agent-watchdog")
    # Closing the agent's stream first stops the reader at once; the kill ends the agent too
    # (it is restarted on the next exec).
    exit_code: int | None = None
    warm = ""
    with watchdog:
        try:
            agent.send({**request, "nonce": nonce})
            kind, payload = agent.receive(sink)
            if kind != b"X":
                raise AgentLost(f"unexpected reply {kind!r} to a command")
            answer = json.loads(payload)
            exit_code = int(answer["exit"])
            warm = str(answer.get("warm") or "")
            # Docker relays stdout and stderr independently: the exit message may
            # overtake the end of the output. Read on until the marker.
            while not sink.done:
                agent.pump(sink)
        except _Flood:
            watchdog.stop("output-limit")
        except AgentLost:
            if not watchdog.reason:
                raise
    return RawExec(
        exit_code=None if watchdog.reason else exit_code,
        output=output,
        duration=time.monotonic() - started,
        killed_reason=watchdog.reason,
        warm=warm,
    )
