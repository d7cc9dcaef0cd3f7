"""The Docker sandbox session: one hardened container per run. Implements healer.engine.types.Sandbox.

Plain parameters in, no Django: `sandbox.sessions` reads the settings and opens
a session through its backend registry. This module holds what a session does
with its container (stage files, run commands); the seams live beside it:

- docker_container.py: options, client, the container's hardening, kill and removal;
- docker_exec.py: one `docker exec` streamed with a watchdog and an output cap;
- docker_agent.py: the in-container runner that serves commands without one exec each.
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import docker
import docker.errors
import requests.exceptions

from healer.engine.types import ExecResult, SandboxError
from healer.engine.workspace import clean_relpath
from sandbox.archive import ArchiveBuilder
from sandbox.docker_agent import AgentChannel, AgentLost, agent_exec, agent_read
from sandbox.docker_container import (
    BASE_ENV,
    DEPS_SITE,
    NODE_MODULES,
    SANDBOX_USER,
    STAGE,
    SUPPORT_DIR,
    WORK,
    DockerOptions,
    api_error_text,
    container_gone,
    container_kill_all,
    container_labels,
    container_remove,
    container_spec,
    deps_env,
    stage_discard,
    volume_remove,
)
from sandbox.docker_exec import RawExec, stream_exec

if TYPE_CHECKING:
    from healer.engine.workspace import Workspace

log = logging.getLogger(__name__)

NPM_LINK = "node_modules"  # in the staged repository: a symlink to the npm dependency volume
RESET_FAILED = "healer-sandbox: could not reset the working copy"
RESET_EXIT = 125

# Runs every command. Before it: kill whatever an earlier command left behind,
# recreate /work from the staged copy, empty /tmp and remove System V IPC
# objects (reset only; see sandbox/agent.py). After it:
# kill every process of the sandbox user except this shell (kill(-1) never
# signals the caller or pid 1), so a daemon started by a test cannot keep the
# output stream open or affect the next command. Builtins only after the
# command: no fork is needed even when the pids limit is exhausted.
EXEC_WRAPPER = f"""
kill -9 -1 2>/dev/null
if [ "$1" = reset ]; then
  ipcrm --all 2>/dev/null
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
        npm_volume: str | None = None,
    ) -> None:
        self.client = client
        self.api: docker.APIClient = client.api
        self.options = options
        self.run_id = run_id
        self.deps_volume = deps_volume
        self.npm_volume = npm_volume
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
        # pytest commands by how the agent ran them: "warm", "fresh" (fell back), for the bench.
        self.pytest_runs: dict[str, int] = {}
        self._lock = threading.RLock()  # one command at a time per session
        # Files put but not yet in the stage: written in one archive before the next command or
        # read. A candidate is staged, run and put back; putting it back and staging the next
        # candidate then cost one API round trip instead of two (each is 50-100 ms of
        # put_archive, a quarter of a short targeted run).
        self._pending: dict[str, bytes | str] = {}

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
        npm_volume: str | None = None,
    ) -> DockerSandbox:
        sandbox = cls(
            client=client, options=options, run_id=run_id, deps_volume=deps_volume, npm_volume=npm_volume
        )
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

    def _spec(self) -> dict:
        return container_spec(
            options=self.options,
            name=self.name,
            run_id=self.run_id,
            stage_volume=self.stage_volume,
            deps_volume=self.deps_volume,
            npm_volume=self.npm_volume,
        )

    def _create(self) -> None:
        try:
            self.client.volumes.create(
                name=self.stage_volume,
                labels=container_labels(kind="stage", run_id=self.run_id, options=self.options),
            )
            container = self.client.containers.create(**self._spec())
            self.container_id = container.id
            container.start()
        except docker.errors.ImageNotFound:
            raise SandboxError(
                f"Sandbox image {self.options.image} is missing: run `python manage.py sandbox build`"
            ) from None
        except docker.errors.APIError as exc:
            raise SandboxError(f"Could not start the sandbox container: {api_error_text(exc)}") from exc

    def _recreate(self) -> None:
        """Replace a container that can no longer be controlled (e.g. a fork bomb holds every pid)."""
        log.warning("sandbox %s: recreating the container", self.name)
        self._drop_agent()
        if self.container_id:
            container_remove(self.api, self.container_id, name=self.name, quiet=True)
        self.container_id = None
        self.name = f"{self.name.rsplit('-', 1)[0]}-{secrets.token_hex(4)}"
        container = self.client.containers.create(**self._spec())
        self.container_id = container.id
        container.start()
        self._oom_seen = 0

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._drop_agent()
        if self.container_id:
            container_remove(self.api, self.container_id, name=self.name)
        volume_remove(self.api, self.stage_volume, name=self.name)

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
            raise SandboxError(f"Could not copy files into the sandbox: {api_error_text(exc)}") from exc
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
        prefix = f"repo-{self.generation + 1}"
        if self.npm_volume:
            # The installed node_modules replaces one the repository may carry; the link
            # makes /work/node_modules resolve for Node, npm run and the tools.
            archive.add_workspace(workspace, prefix=prefix, skip=(NPM_LINK,))
            if workspace.is_dir(NPM_LINK) or workspace.is_file(NPM_LINK):
                archive.skipped.append(f"{NPM_LINK} (replaced by the installed npm dependencies)")
            archive.add_symlink(f"{prefix}/{NPM_LINK}", NODE_MODULES)
        else:
            archive.add_workspace(workspace, prefix=prefix)
        self.skipped = list(archive.skipped)
        for entry in archive.skipped:
            log.warning("sandbox %s: not uploaded: %s", self.name, entry)
        self._put(archive)
        self.generation += 1
        if previous:
            self._discard_stage(previous)

    def upload(self, workspace: Workspace) -> None:
        with self._lock:
            self._pending = {}  # the new copy replaces whatever was put before it
            self._stage_workspace(
                ArchiveBuilder(max_bytes=self.options.limits.tmpfs, max_entries=self.options.limits.files),
                workspace,
            )

    def _discard_stage(self, path: str) -> None:
        stage_discard(self.api, self.container_id, path, name=self.name)

    def put_files(self, files: Mapping[str, bytes]) -> None:
        """Overwrite staged files; they reach the stage before the next command (or read) starts."""
        if not self.generation:
            raise SandboxError("put_files before upload: nothing is staged yet")
        cleaned = {clean_relpath(path): data for path, data in files.items()}  # refuses escapes now
        if self.npm_volume and any(path.split("/", 1)[0] == NPM_LINK for path in cleaned):
            raise SandboxError("node_modules holds the installed npm dependencies: it cannot be written")
        with self._lock:
            self._pending.update(cleaned)  # a later put of the same file supersedes an earlier one

    def _flush(self) -> None:
        """Write the pending files into the stage (the caller holds the lock)."""
        if not self._pending:
            return
        pending, self._pending = self._pending, {}
        archive = ArchiveBuilder(max_bytes=self.options.limits.tmpfs, max_entries=self.options.limits.files)
        archive.add_files(pending, prefix=f"repo-{self.generation}")
        self._put(archive)

    def read_file(self, path: str, *, limit: int) -> bytes | None:
        if not path.startswith("/") or "\x00" in path:
            raise ValueError(f"read_file needs an absolute path inside the sandbox, got {path!r}")
        limit = max(int(limit), 0)
        with self._lock:
            self._flush()
            if self._agent_ready():
                try:
                    return agent_read(self._agent, path, limit)
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

    def _agent_exec(self, request: dict, *, timeout: float) -> RawExec:
        assert self._agent is not None
        raw = agent_exec(
            self._agent,
            request,
            timeout=timeout,
            output_limit=self.options.output_limit,
            hard_limit=self.options.output_hard_limit,
            kill=self._kill_all,
        )
        if raw.killed_reason:
            self._drop_agent()
        return raw

    # -- commands ----------------------------------------------------------
    def _kill_all(self) -> None:
        """Kill every process of the sandbox user; replace the container when even that fails."""
        if not container_kill_all(self.api, self.container_id, name=self.name):
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
                raise SandboxError(f"The sandbox could not run {argv[0]!r}: {api_error_text(exc)}") from exc
            except (requests.exceptions.RequestException, OSError) as exc:
                raise SandboxError(f"Lost the connection to the Docker engine: {exc}") from exc
        raise AssertionError("unreachable")

    def _container_gone(self) -> bool:
        return container_gone(self.api, self.container_id)

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

    def _serve_warm(self, *, warm: bool) -> bool:
        """Whether this command may be served by the agent's warm pytest server: every pytest
        command with `warm_pytest`, else the ones the caller allows (`warm`, a targeted run) with
        `warm_targeted`. The whole suite, whose run accepts a fix, then stays a fresh process."""
        return self.options.warm_pytest or (warm and self.options.warm_targeted)

    def _count_warm(self, how: str) -> None:
        if not how:
            return
        kind = how.split(":", 1)[0]
        self.pytest_runs[kind] = self.pytest_runs.get(kind, 0) + 1
        if kind != "warm":
            log.warning("sandbox %s: pytest ran in a fresh process (%s)", self.name, how)

    def exec(
        self,
        argv: Sequence[str],
        *,
        timeout: float | None = None,
        env: Mapping[str, str] | None = None,
        reset: bool = True,
        warm: bool = False,
    ) -> ExecResult:
        if not argv:
            raise ValueError("exec needs a command")
        if not self.generation:
            raise SandboxError("exec before upload: nothing is staged yet")
        full_env = deps_env(python=bool(self.deps_volume), npm=bool(self.npm_volume))
        for key, value in (env or {}).items():
            if key == "PYTHONPATH" and self.deps_volume:
                value = f"{value}:{DEPS_SITE}" if value else DEPS_SITE
            full_env[str(key)] = str(value)
        timeout = float(timeout if timeout is not None else self.options.default_timeout)
        argv = [str(arg) for arg in argv]
        with self._lock:
            self._flush()
            raw: RawExec | None = None
            if self._agent_ready():
                request = {"argv": argv, "env": full_env, "reset": bool(reset), "stage": self.stage_repo}
                if self._serve_warm(warm=warm):
                    request["warm"] = True  # the agent serves `python -m pytest` from its warm server
                try:
                    raw = self._agent_exec(request, timeout=timeout)
                    self._count_warm(raw.warm)
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
