"""The Docker sandbox: one hardened container per run.

Plain parameters in, no Django: `sandbox.sessions.sandbox_open` reads the
settings and calls `DockerSandbox.start`.

Layout inside the container:

    /stage      per-run volume, files owned by root (0644/0755): the staged
                repository (/stage/repo-<generation>) and Healer's support
                files (/stage/support). Written only through put_archive.
    /work       tmpfs owned by the sandbox user: the working copy, recreated
                from the staged repository on every exec(reset=True).
    /tmp        tmpfs scratch (HOME), emptied on reset as well (so are
                /dev/shm and /dev/mqueue, the other writable places).
    /deps       optional dependency volume (read-only), on PYTHONPATH.

The container's main process (tini + sleep) runs as nobody (65534), commands
run as the sandbox user (10001): a command can neither signal pid 1 nor
survive the `kill -9 -1` that ends every exec.
"""

from __future__ import annotations

import contextlib
import json
import logging
import secrets
import struct
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import docker
import docker.errors
import requests.exceptions
from docker.types import Ulimit
from docker.utils.socket import frames_iter

from healer.engine.types import ExecResult, SandboxError
from sandbox import labels
from sandbox.archive import ArchiveBuilder
from sandbox.output import CappedOutput

if TYPE_CHECKING:
    from healer.engine.workspace import Workspace

log = logging.getLogger(__name__)

SANDBOX_USER = "10001:10001"
INIT_USER = "65534:65534"  # pid 1 runs as nobody: the sandbox user cannot signal it
STAGE = "/stage"
WORK = "/work"
DEPS = "/deps"
DEPS_SITE = "/deps/site"
SUPPORT_DIR = f"{STAGE}/support"
BASE_ENV = {
    "HOME": "/tmp",
    "TMPDIR": "/tmp",
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "PYTHONDONTWRITEBYTECODE": "1",
}
RESET_FAILED = "healer-sandbox: could not reset the working copy"
RESET_EXIT = 125

# Runs every command. Before it: kill whatever an earlier command left behind,
# recreate /work from the staged copy and empty /tmp (reset only). After it:
# kill every process of the sandbox user except this shell (kill(-1) never
# signals the caller or pid 1), so a daemon started by a test cannot keep the
# output stream open or affect the next command. Builtins only after the
# command: no fork is needed even when the pids limit is exhausted.
EXEC_WRAPPER = f"""
kill -9 -1 2>/dev/null
if [ "$1" = reset ]; then
  chmod -R u+rwX {WORK} /tmp /dev/shm 2>/dev/null
  find {WORK} /tmp /dev/shm /dev/mqueue -mindepth 1 -maxdepth 1 -exec rm -rf {{}} + 2>/dev/null
  cp -R -P --preserve=mode,timestamps "$2/." {WORK}/ || {{ echo "{RESET_FAILED}"; exit {RESET_EXIT}; }}
fi
shift 2
cd {WORK} || exit {RESET_EXIT}
"$@"
rc=$?
kill -9 -1 2>/dev/null
exit $rc
"""


@dataclass(frozen=True)
class Limits:
    memory: int = 1024**3  # bytes, swap included (memswap == memory: no swap)
    cpus: float = 1.0
    pids: int = 256
    tmpfs: int = 256 * 1024**2  # size of /work and of /tmp, each
    file_size: int = 64 * 1024**2  # RLIMIT_FSIZE: largest file a command may write
    nofile: int = 4096
    files: int = 20_000  # entries (files, folders, links) one upload may carry into /work


@dataclass(frozen=True)
class DockerOptions:
    image: str
    limits: Limits = field(default_factory=Limits)
    default_timeout: float = 300.0
    output_limit: int = 1024**2
    # Past this many bytes of output the command is killed: draining a flood
    # forever would keep the worker busy for nothing.
    output_hard_limit: int = 64 * 1024**2
    ttl: int = 7200
    # Run commands through the in-container agent (sandbox/agent.py) instead of
    # one `docker exec` each; False forces the slower direct path everywhere.
    agent: bool = True
    # Deployment identity written into the labels (see labels.INSTANCE).
    instance: str = ""


def _api_error_text(exc: BaseException) -> str:
    explanation = getattr(exc, "explanation", None)
    return str(explanation or exc)


def docker_client(*, timeout: int = 60) -> docker.DockerClient:
    """A client for the engine named by DOCKER_HOST (default: the local socket), verified by a ping."""
    import os

    where = os.environ.get("DOCKER_HOST") or "unix:///var/run/docker.sock"
    try:
        client = docker.from_env(timeout=timeout)
        client.ping()
    except (docker.errors.DockerException, requests.exceptions.RequestException, OSError) as exc:
        raise SandboxError(
            f"No Docker engine reachable at {where}: start dockerd or set DOCKER_HOST ({exc})"
        ) from exc
    return client


def require_image(client: docker.DockerClient, image: str) -> None:
    try:
        client.images.get(image)
    except docker.errors.ImageNotFound:
        raise SandboxError(
            f"Sandbox image {image} is missing: run `python manage.py sandbox build`"
        ) from None
    except docker.errors.APIError as exc:
        raise SandboxError(f"Could not inspect the sandbox image {image}: {_api_error_text(exc)}") from exc


def _shutdown(sock: Any) -> None:
    """End a hijacked exec stream from another thread: a blocked reader sees EOF."""
    import socket as pysocket

    for target in (sock, getattr(sock, "_sock", None)):
        if target is None:
            continue
        with contextlib.suppress(Exception):
            target.shutdown(pysocket.SHUT_RDWR)


def _no_timeout(sock: Any) -> None:
    for target in (sock, getattr(sock, "_sock", None)):
        if target is not None and hasattr(target, "settimeout"):
            with contextlib.suppress(Exception):
                target.settimeout(None)


@dataclass
class RawExec:
    exit_code: int | None
    output: CappedOutput
    duration: float
    killed_reason: str = ""


def stream_exec(
    api: docker.APIClient,
    container_id: str,
    argv: Sequence[str],
    *,
    user: str,
    env: Mapping[str, str],
    workdir: str = "/",
    timeout: float,
    output_limit: int,
    hard_limit: int,
    kill: Callable[[], None],
    stdout_only: bool = False,
) -> RawExec:
    """Run one exec with a wall-clock watchdog and bounded output capture.

    docker-py's exec_run has no timeout, so the exec is started on a raw
    socket and a watchdog thread kills it (through `kill`, which must not
    depend on the command's cooperation) when the deadline passes. The output
    stream is closed before the kill so the reader stops at once.
    """
    started = time.monotonic()
    exec_id = api.exec_create(
        container_id, list(argv), user=user, environment=dict(env), workdir=workdir, stdout=True, stderr=True
    )["Id"]
    sock = api.exec_start(exec_id, socket=True)
    _no_timeout(sock)
    output = CappedOutput(output_limit)
    done = threading.Event()
    reason: list[str] = []
    reason_lock = threading.Lock()

    def stop(why: str) -> None:
        with reason_lock:
            if reason:
                return
            reason.append(why)
        _shutdown(sock)
        kill()

    def watchdog() -> None:
        if not done.wait(timeout):
            stop("timeout")

    dog = threading.Thread(target=watchdog, name=f"sandbox-watchdog-{exec_id[:8]}", daemon=True)
    dog.start()
    try:
        for stream, chunk in frames_iter(sock, tty=False):
            if stdout_only and stream != 1:
                continue
            output.write(chunk)
            if output.total > hard_limit:
                stop("output-limit")
                break
    except (OSError, ValueError):
        if not reason:
            raise
    finally:
        done.set()
        dog.join()
        _shutdown(sock)
        with contextlib.suppress(Exception):
            sock.close()

    exit_code = None
    for _ in range(400):  # the exit code lands a moment after the stream closes
        info = api.exec_inspect(exec_id)
        if not info.get("Running"):
            exit_code = info.get("ExitCode")
            break
        time.sleep(0.005)
    return RawExec(
        exit_code=exit_code,
        output=output,
        duration=time.monotonic() - started,
        killed_reason=reason[0] if reason else "",
    )


# Sent as `python3 -c`; the module docstring stays on the host (it would only bloat `ps`).
AGENT_SOURCE = (Path(__file__).resolve().parent / "agent.py").read_text().split('"""', 2)[2]


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
        _no_timeout(self.sock)
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
        _shutdown(self.sock)
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


class DockerSandbox:
    """One run's container. Implements healer.engine.types.Sandbox."""

    repo_dir = WORK
    support_dir = SUPPORT_DIR

    def __init__(
        self,
        *,
        client: docker.DockerClient,
        options: DockerOptions,
        run_id: str,
        deps_volume: str | None = None,
    ) -> None:
        self.client = client
        self.api: docker.APIClient = client.api
        self.options = options
        self.run_id = run_id
        self.deps_volume = deps_volume
        suffix = secrets.token_hex(4)
        safe_run = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in run_id)[:40] or "run"
        self.name = f"healer-run-{safe_run}-{suffix}"
        self.stage_volume = f"healer-stage-{safe_run}-{suffix}"
        self.container_id: str | None = None
        self.generation = 0
        self.skipped: list[str] = []  # workspace entries the last upload left out, with reasons
        self._oom_seen = 0
        self._closed = False
        self._agent: AgentChannel | None = None
        self._agent_failures = 0
        self.timings: dict[str, float] = {}  # seconds spent in each start-up step (for the bench)
        self._lock = threading.RLock()  # one command at a time per session

    # -- lifecycle ---------------------------------------------------------
    @classmethod
    def start(
        cls,
        *,
        client: docker.DockerClient,
        options: DockerOptions,
        run_id: str,
        workspace: Workspace,
        support_root: Path | None,
        deps_volume: str | None = None,
    ) -> DockerSandbox:
        sandbox = cls(client=client, options=options, run_id=run_id, deps_volume=deps_volume)
        agent_thread: threading.Thread | None = None
        try:
            mark = time.perf_counter()
            sandbox._create()
            sandbox.timings["create"] = time.perf_counter() - mark
            # The agent's exec starts while the files upload: neither needs the other.
            if options.agent:
                agent_thread = threading.Thread(target=sandbox._start_agent_timed, daemon=True)
                agent_thread.start()
            mark = time.perf_counter()
            # One archive for the support files and the repository: one API round trip.
            archive = ArchiveBuilder(max_bytes=options.limits.tmpfs, max_entries=options.limits.files)
            sandbox._add_support(archive, support_root)
            sandbox._stage_workspace(archive, workspace)
            sandbox.timings["upload"] = time.perf_counter() - mark
            if agent_thread is not None:
                agent_thread.join()
        except BaseException:
            if agent_thread is not None:
                agent_thread.join()
            sandbox.close()
            raise
        return sandbox

    def _labels(self, kind: str) -> dict[str, str]:
        return labels.labels_for(
            kind=kind, run_id=self.run_id, ttl=self.options.ttl, instance=self.options.instance
        )

    def _container_kwargs(self) -> dict[str, Any]:
        lim = self.options.limits
        volumes = {self.stage_volume: {"bind": STAGE, "mode": "rw"}}
        env = dict(BASE_ENV)
        if self.deps_volume:
            volumes[self.deps_volume] = {"bind": DEPS, "mode": "ro"}
            env["PYTHONPATH"] = DEPS_SITE
        tmpfs_opts = f"size={lim.tmpfs},nosuid,nodev,exec"
        return {
            "image": self.options.image,
            "command": ["sleep", "infinity"],
            "entrypoint": ["/usr/bin/tini", "--"],
            "name": self.name,
            "user": INIT_USER,
            "environment": env,
            "labels": self._labels("session"),
            "network_mode": "none",
            "cap_drop": ["ALL"],
            "security_opt": ["no-new-privileges"],
            "read_only": True,
            "tmpfs": {
                WORK: f"{tmpfs_opts},uid=10001,gid=10001,mode=0755",
                "/tmp": f"{tmpfs_opts},mode=1777",
            },
            "volumes": volumes,
            "mem_limit": lim.memory,
            "memswap_limit": lim.memory,
            "nano_cpus": int(lim.cpus * 1e9),
            "pids_limit": lim.pids,
            # No RLIMIT_NPROC: it counts every process of uid 10001 on the whole
            # host, so one run's fork bomb would starve the others; the per-container
            # pids cgroup (pids_limit) is the right tool.
            "ulimits": [
                Ulimit(name="fsize", soft=lim.file_size, hard=lim.file_size),
                Ulimit(name="nofile", soft=lim.nofile, hard=lim.nofile),
                Ulimit(name="core", soft=0, hard=0),
            ],
            "ipc_mode": "private",
            "shm_size": 64 * 1024**2,
            "log_config": {"type": "none", "config": {}},
            "detach": True,
        }

    def _create(self) -> None:
        try:
            self.client.volumes.create(name=self.stage_volume, labels=self._labels("stage"))
            container = self.client.containers.create(**self._container_kwargs())
            self.container_id = container.id
            container.start()
        except docker.errors.ImageNotFound:
            raise SandboxError(
                f"Sandbox image {self.options.image} is missing: run `python manage.py sandbox build`"
            ) from None
        except docker.errors.APIError as exc:
            raise SandboxError(f"Could not start the sandbox container: {_api_error_text(exc)}") from exc

    def _recreate(self) -> None:
        """Replace a container that can no longer be controlled (e.g. a fork bomb holds every pid)."""
        log.warning("sandbox %s: recreating the container", self.name)
        self._drop_agent()
        if self.container_id:
            with contextlib.suppress(docker.errors.APIError):
                self.api.remove_container(self.container_id, force=True)
        self.container_id = None
        self.name = f"{self.name.rsplit('-', 1)[0]}-{secrets.token_hex(4)}"
        container = self.client.containers.create(**self._container_kwargs())
        self.container_id = container.id
        container.start()
        self._oom_seen = 0

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._drop_agent()
        if self.container_id:
            try:
                self.api.remove_container(self.container_id, force=True)
            except docker.errors.NotFound:
                pass
            except docker.errors.APIError as exc:
                log.error("sandbox %s: could not remove container: %s", self.name, exc)
        for attempt in range(20):
            try:
                self.api.remove_volume(self.stage_volume, force=True)
                break
            except docker.errors.NotFound:
                break
            except docker.errors.APIError as exc:
                # "volume is in use" for a moment after the container is removed.
                if attempt == 19:
                    log.error("sandbox %s: could not remove volume: %s", self.name, exc)
                time.sleep(0.05)

    def __enter__(self) -> DockerSandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- files -------------------------------------------------------------
    @property
    def stage_repo(self) -> str:
        return f"{STAGE}/repo-{self.generation}"

    def _put(self, archive: ArchiveBuilder) -> None:
        data = archive.finish()
        try:
            ok = self.api.put_archive(self.container_id, STAGE, data)
        except docker.errors.APIError as exc:
            raise SandboxError(f"Could not copy files into the sandbox: {_api_error_text(exc)}") from exc
        finally:
            data.close()
        if not ok:
            raise SandboxError("Could not copy files into the sandbox: the engine refused the archive")

    def _add_support(self, archive: ArchiveBuilder, support_root: Path | None) -> None:
        from healer.engine.workspace import Workspace

        archive.add_dir("support")
        if support_root is not None and support_root.is_dir():
            archive.add_workspace(Workspace(support_root), prefix="support")

    def _stage_workspace(self, archive: ArchiveBuilder, workspace: Workspace) -> None:
        previous = self.stage_repo if self.generation else None
        archive.add_workspace(workspace, prefix=f"repo-{self.generation + 1}")
        self.skipped = list(archive.skipped)
        for entry in archive.skipped:
            log.warning("sandbox %s: not uploaded: %s", self.name, entry)
        self._put(archive)
        self.generation += 1
        if previous:
            self._discard_stage(previous)

    def upload(self, workspace: Workspace) -> None:
        with self._lock:
            self._stage_workspace(
                ArchiveBuilder(max_bytes=self.options.limits.tmpfs, max_entries=self.options.limits.files),
                workspace,
            )

    def _discard_stage(self, path: str) -> None:
        # The staged copy is root-owned, so only root can delete it; root in this
        # container has no capabilities and touches nothing but the volume. Run
        # detached: nothing waits for the cleanup.
        try:
            exec_id = self.api.exec_create(self.container_id, ["rm", "-rf", "--", path], user="0:0")["Id"]
            self.api.exec_start(exec_id, detach=True)
        except docker.errors.APIError as exc:
            log.warning("sandbox %s: could not discard %s: %s", self.name, path, exc)

    def put_files(self, files: Mapping[str, bytes]) -> None:
        if not self.generation:
            raise SandboxError("put_files before upload: nothing is staged yet")
        archive = ArchiveBuilder(max_bytes=self.options.limits.tmpfs, max_entries=self.options.limits.files)
        archive.add_files(files, prefix=f"repo-{self.generation}")
        with self._lock:
            self._put(archive)

    def read_file(self, path: str, *, limit: int) -> bytes | None:
        if not path.startswith("/") or "\x00" in path:
            raise ValueError(f"read_file needs an absolute path inside the sandbox, got {path!r}")
        limit = max(int(limit), 0)
        with self._lock:
            if self._agent_ready():
                try:
                    return self._agent_read(path, limit)
                except AgentLost as exc:
                    self._agent_lost(exc)
            raw = self._exec_raw(
                ["head", "-c", str(limit), "--", path],
                env=BASE_ENV,
                timeout=30,
                output_limit=limit + 1,
                stdout_only=True,
            )
        if raw.exit_code != 0 or raw.killed_reason:
            return None
        return raw.output.getvalue()[:limit]

    # -- agent -------------------------------------------------------------
    def _start_agent(self) -> bool:
        try:
            self._agent = AgentChannel(self.api, self.container_id)
            return True
        except (AgentLost, docker.errors.APIError, OSError) as exc:
            self._agent = None
            self._agent_failures += 1
            log.warning("sandbox %s: agent unavailable, using direct execs: %s", self.name, exc)
            return False

    def _start_agent_timed(self) -> None:
        mark = time.perf_counter()
        self._start_agent()
        self.timings["agent"] = time.perf_counter() - mark

    def _agent_ready(self) -> bool:
        if not self.options.agent or self._agent_failures >= 3:
            return False
        if self._agent is not None and not self._agent.closed:
            return True
        return self._start_agent()

    def _drop_agent(self) -> None:
        if self._agent is not None:
            self._agent.close()
            self._agent = None

    def _agent_lost(self, exc: Exception) -> None:
        # A command killed the agent (e.g. `kill -9 -1` in a test) or it broke:
        # clean up whatever runs, then fall back to a direct exec for this call.
        log.warning("sandbox %s: agent lost (%s); falling back to a direct exec", self.name, exc)
        self._agent_failures += 1
        self._drop_agent()
        self._kill_all()

    def _agent_read(self, path: str, limit: int) -> bytes | None:
        agent = self._agent
        assert agent is not None
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

    def _agent_exec(self, request: dict, *, timeout: float) -> RawExec:
        agent = self._agent
        assert agent is not None
        started = time.monotonic()
        output = CappedOutput(self.options.output_limit)
        nonce = secrets.token_hex(16)
        sink = _OutputUntilNonce(nonce.encode(), output, self.options.output_hard_limit)
        done = threading.Event()
        reason: list[str] = []
        reason_lock = threading.Lock()

        def stop(why: str) -> None:
            with reason_lock:
                if reason:
                    return
                reason.append(why)
            agent.close()  # the stream first, so the reader stops at once
            self._kill_all()  # kills the agent too; it is restarted on the next exec

        def watchdog() -> None:
            if not done.wait(timeout):
                stop("timeout")

        dog = threading.Thread(target=watchdog, name="sandbox-agent-watchdog", daemon=True)
        dog.start()
        exit_code: int | None = None
        try:
            agent.send({**request, "nonce": nonce})
            kind, payload = agent.receive(sink)
            if kind != b"X":
                raise AgentLost(f"unexpected reply {kind!r} to a command")
            exit_code = int(json.loads(payload)["exit"])
            # Docker relays stdout and stderr independently: the exit message may
            # overtake the end of the output. Read on until the marker.
            while not sink.done:
                agent.pump(sink)
        except _Flood:
            stop("output-limit")
        except AgentLost:
            if not reason:
                raise
        finally:
            done.set()
            dog.join()
        if reason:
            self._drop_agent()
        return RawExec(
            exit_code=None if reason else exit_code,
            output=output,
            duration=time.monotonic() - started,
            killed_reason=reason[0] if reason else "",
        )

    # -- commands ----------------------------------------------------------
    def _kill_all(self) -> None:
        """Kill every process of the sandbox user (not pid 1, which runs as nobody)."""
        for attempt in range(30):
            try:
                exec_id = self.api.exec_create(self.container_id, ["kill", "-9", "-1"], user=SANDBOX_USER)[
                    "Id"
                ]
                self.api.exec_start(exec_id)
                # A second pass catches children forked while the first was walking the list.
                exec_id = self.api.exec_create(self.container_id, ["kill", "-9", "-1"], user=SANDBOX_USER)[
                    "Id"
                ]
                self.api.exec_start(exec_id)
                return
            except docker.errors.APIError as exc:
                # With every pid taken (fork bomb) even the kill cannot start; retry a moment later.
                log.info("sandbox %s: kill attempt %d failed: %s", self.name, attempt, exc)
                time.sleep(0.05)
        self._recreate()

    def _exec_raw(
        self,
        argv: Sequence[str],
        *,
        env: Mapping[str, str],
        timeout: float,
        output_limit: int | None = None,
        stdout_only: bool = False,
        workdir: str = "/",
    ) -> RawExec:
        if self._closed or not self.container_id:
            raise SandboxError("The sandbox session is closed")
        for attempt in range(2):
            try:
                return stream_exec(
                    self.api,
                    self.container_id,
                    argv,
                    user=SANDBOX_USER,
                    env=env,
                    workdir=workdir,
                    timeout=timeout,
                    output_limit=output_limit or self.options.output_limit,
                    hard_limit=max(self.options.output_hard_limit, output_limit or 0),
                    kill=self._kill_all,
                    stdout_only=stdout_only,
                )
            except docker.errors.APIError as exc:
                if attempt == 0 and self._container_gone():
                    self._recreate()
                    continue
                raise SandboxError(f"The sandbox could not run {argv[0]!r}: {_api_error_text(exc)}") from exc
            except (requests.exceptions.RequestException, OSError) as exc:
                raise SandboxError(f"Lost the connection to the Docker engine: {exc}") from exc
        raise AssertionError("unreachable")

    def _container_gone(self) -> bool:
        try:
            state = self.api.inspect_container(self.container_id)["State"]
        except docker.errors.NotFound:
            return True
        return not state.get("Running")

    def _oom_kills(self) -> int:
        raw = self._exec_raw(
            [
                "sh",
                "-c",
                "cat /sys/fs/cgroup/memory/memory.oom_control /sys/fs/cgroup/memory.events 2>/dev/null",
            ],
            env=BASE_ENV,
            timeout=10,
        )
        for line in raw.output.text().splitlines():
            key, _, value = line.partition(" ")
            if key == "oom_kill" and value.strip().isdigit():
                return int(value)
        return 0

    def exec(
        self,
        argv: Sequence[str],
        *,
        timeout: float | None = None,
        env: Mapping[str, str] | None = None,
        reset: bool = True,
    ) -> ExecResult:
        if not argv:
            raise ValueError("exec needs a command")
        if not self.generation:
            raise SandboxError("exec before upload: nothing is staged yet")
        full_env = dict(BASE_ENV)
        if self.deps_volume:
            full_env["PYTHONPATH"] = DEPS_SITE
        for key, value in (env or {}).items():
            if key == "PYTHONPATH" and self.deps_volume:
                value = f"{value}:{DEPS_SITE}" if value else DEPS_SITE
            full_env[str(key)] = str(value)
        timeout = float(timeout if timeout is not None else self.options.default_timeout)
        argv = [str(arg) for arg in argv]
        with self._lock:
            raw: RawExec | None = None
            if self._agent_ready():
                request = {"argv": argv, "env": full_env, "reset": bool(reset), "stage": self.stage_repo}
                try:
                    raw = self._agent_exec(request, timeout=timeout)
                except AgentLost as exc:
                    self._agent_lost(exc)
            if raw is None:
                mode = "reset" if reset else "keep"
                wrapped = ["/bin/sh", "-c", EXEC_WRAPPER, "healer-exec", mode, self.stage_repo]
                raw = self._exec_raw([*wrapped, *argv], env=full_env, timeout=timeout, workdir=WORK)
        text = raw.output.text()
        if raw.exit_code == RESET_EXIT and text.startswith(RESET_FAILED):
            raise SandboxError(f"{RESET_FAILED} (is the repository larger than HEALER_SANDBOX_TMPFS?)")
        killed_reason = raw.killed_reason
        exit_code = raw.exit_code
        if killed_reason:
            exit_code = None
        elif exit_code == 137:
            seen = self._oom_kills()
            if seen > self._oom_seen:
                killed_reason = "memory"
            self._oom_seen = seen
        return ExecResult(
            exit_code=exit_code,
            output=text,
            duration=raw.duration,
            timed_out=killed_reason == "timeout",
            truncated=raw.output.truncated,
            killed_reason=killed_reason,
        )
