"""The container of a Docker sandbox: options, client, creation, labels, kill and removal.

Plain parameters in, no Django. `DockerSandbox` (docker_backend.py) owns one
container made here; the hardening of the test phase lives in `container_spec`.

Layout inside the container:

    /stage      per-run volume, files owned by root (0644/0755): the staged
                repository (/stage/repo-<generation>) and Healer's support
                files (/stage/support). Written only through put_archive.
    /work       tmpfs owned by the sandbox user: the working copy, recreated
                from the staged repository on every exec(reset=True).
    /tmp        tmpfs scratch (HOME), emptied on reset as well (so are
                /dev/shm and /dev/mqueue, the other writable places).
    /deps       optional Python dependency volume (read-only), /deps/site on PYTHONPATH.
    /deps-npm   optional npm dependency volume (read-only): node_modules. The
                staged repository carries a symlink node_modules ->
                /deps-npm/node_modules, so /work/node_modules resolves for
                Node (CommonJS and ESM), npm run and every tool; its .bin
                comes first on PATH, as npm run puts it.

The container's main process (tini + sleep) runs as nobody (65534), commands
run as the sandbox user (10001): a command can neither signal pid 1 nor
survive the `kill -9 -1` that ends every exec.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field
from typing import Any

import docker
import docker.errors
import requests.exceptions
from docker.types import Ulimit

from healer.engine.types import SandboxError
from sandbox import labels

log = logging.getLogger(__name__)

SANDBOX_USER = "10001:10001"
INIT_USER = "65534:65534"  # pid 1 runs as nobody: the sandbox user cannot signal it
STAGE = "/stage"
WORK = "/work"
DEPS = "/deps"
DEPS_SITE = "/deps/site"
NPM_DEPS = "/deps-npm"
NODE_MODULES = f"{NPM_DEPS}/node_modules"
NPM_BIN = f"{WORK}/node_modules/.bin"
SUPPORT_DIR = f"{STAGE}/support"
BASE_ENV = {
    "HOME": "/tmp",
    "TMPDIR": "/tmp",
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "PYTHONDONTWRITEBYTECODE": "1",
}


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
    # Serve `python -m pytest` commands from the agent's warm pytest server (sandbox/warm_pytest.py):
    # a fork of a pre-imported pytest instead of a fresh interpreter; False: always fresh.
    warm_pytest: bool = False
    # Only the commands whose caller allows it (exec's `warm`: the engine's targeted and selected
    # runs), while the whole suite stays fresh; see DockerSandbox._serve_warm.
    warm_targeted: bool = False
    # Deployment identity written into the labels (see labels.INSTANCE).
    instance: str = ""


def api_error_text(exc: BaseException) -> str:
    explanation = getattr(exc, "explanation", None)
    return str(explanation or exc)


def docker_client(*, timeout: int = 60) -> docker.DockerClient:
    """A client for the engine named by DOCKER_HOST (default: the local socket), verified by a ping."""
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
        raise SandboxError(f"Could not inspect the sandbox image {image}: {api_error_text(exc)}") from exc


def container_labels(*, kind: str, run_id: str, options: DockerOptions) -> dict[str, str]:
    return labels.labels_for(kind=kind, run_id=run_id, ttl=options.ttl, instance=options.instance)


def deps_env(*, python: bool, npm: bool) -> dict[str, str]:
    """The base environment plus what the mounted dependency volumes need."""
    env = dict(BASE_ENV)
    if python:
        env["PYTHONPATH"] = DEPS_SITE
    if npm:
        # First, as `npm run` puts it: the project's eslint, not the image's Debian one.
        env["PATH"] = f"{NPM_BIN}:{BASE_ENV['PATH']}"
    return env


def container_spec(
    *,
    options: DockerOptions,
    name: str,
    run_id: str,
    stage_volume: str,
    deps_volume: str | None,
    npm_volume: str | None = None,
) -> dict[str, Any]:
    """Keyword arguments of `containers.create` for one run's hardened container."""
    lim = options.limits
    volumes = {stage_volume: {"bind": STAGE, "mode": "rw"}}
    env = deps_env(python=bool(deps_volume), npm=bool(npm_volume))
    if deps_volume:
        volumes[deps_volume] = {"bind": DEPS, "mode": "ro"}
    if npm_volume:
        volumes[npm_volume] = {"bind": NPM_DEPS, "mode": "ro"}
    tmpfs_opts = f"size={lim.tmpfs},nosuid,nodev,exec"
    return {
        "image": options.image,
        "command": ["sleep", "infinity"],
        "entrypoint": ["/usr/bin/tini", "--"],
        "name": name,
        "user": INIT_USER,
        "environment": env,
        "labels": container_labels(kind="session", run_id=run_id, options=options),
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


def container_gone(api: docker.APIClient, container_id: str) -> bool:
    try:
        state = api.inspect_container(container_id)["State"]
    except docker.errors.NotFound:
        return True
    return not state.get("Running")


KILL_ATTEMPTS = 30
# Five passes in one exec, with the shell's builtin `kill` (no fork per pass, one pid for the whole
# kill): children a fork bomb forks while one pass walks the process list die in the next. Not
# `/usr/bin/kill -9 -1`: procps-ng 4 (Debian trixie) reads the bare `-1` after `-9` as an option and
# signals nothing. kill(-1) never tells "nothing left" either: it succeeds whenever another process
# exists, even one it may not signal (pid 1's child runs as nobody).
KILL_ARGV = ["sh", "-c", "for pass in 1 2 3 4 5; do kill -9 -1; done 2>/dev/null; exit 0"]
# What runc prints, with HTTP 200 and no APIError, when it cannot start an exec's process (every pid of
# the container taken): docker-py's exec_start returns this text instead of raising.
EXEC_NOT_STARTED = b"OCI runtime exec failed"


def container_kill_all(api: docker.APIClient, container_id: str, *, name: str) -> bool:
    """Kill every process of the sandbox user (not pid 1, which runs as nobody).

    False when the kill could not start (every pid taken, even after retries): the container must be
    replaced.
    """
    for attempt in range(KILL_ATTEMPTS):
        try:
            exec_id = api.exec_create(container_id, KILL_ARGV, user=SANDBOX_USER)["Id"]
            output = api.exec_start(exec_id) or b""
            exit_code = _exec_exit_code(api, exec_id)
        except docker.errors.APIError as exc:
            log.info("sandbox %s: kill attempt %d failed: %s", name, attempt, exc)
            time.sleep(0.05)
            continue
        if exit_code == 0 and EXEC_NOT_STARTED not in output:
            return True
        # The kill itself could not start: retry a moment later, once the pids cgroup has room.
        log.info("sandbox %s: kill attempt %d did not start (exit %s)", name, attempt, exit_code)
        time.sleep(0.05)
    return False


def _exec_exit_code(api: docker.APIClient, exec_id: str, *, wait: float = 2.0) -> int | None:
    """The exec's exit code; the engine reports it a moment after the output stream ends."""
    deadline = time.monotonic() + wait
    while True:
        state = api.exec_inspect(exec_id)
        if not state.get("Running") and state.get("ExitCode") is not None:
            return state["ExitCode"]
        if time.monotonic() >= deadline:
            return None
        time.sleep(0.02)


def container_remove(api: docker.APIClient, container_id: str, *, name: str, quiet: bool = False) -> None:
    try:
        api.remove_container(container_id, force=True)
    except docker.errors.NotFound:
        pass
    except docker.errors.APIError as exc:
        if not quiet:
            log.error("sandbox %s: could not remove container: %s", name, exc)


def volume_remove(api: docker.APIClient, volume: str, *, name: str) -> None:
    for attempt in range(20):
        try:
            api.remove_volume(volume, force=True)
            break
        except docker.errors.NotFound:
            break
        except docker.errors.APIError as exc:
            # "volume is in use" for a moment after the container is removed.
            if attempt == 19:
                log.error("sandbox %s: could not remove volume: %s", name, exc)
            time.sleep(0.05)


def stage_discard(api: docker.APIClient, container_id: str, path: str, *, name: str) -> None:
    """Delete an old staged copy in the background.

    The staged copy is root-owned, so only root can delete it; root in this
    container has no capabilities and touches nothing but the volume. Run
    detached: nothing waits for the cleanup.
    """
    try:
        exec_id = api.exec_create(container_id, ["rm", "-rf", "--", path], user="0:0")["Id"]
        api.exec_start(exec_id, detach=True)
    except docker.errors.APIError as exc:
        log.warning("sandbox %s: could not discard %s: %s", name, path, exc)
