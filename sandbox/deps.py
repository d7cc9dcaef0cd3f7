"""The dependency-install phase: the only sandbox phase that reaches a network.

What runs, and what stops what (see also the README's Security section):

- The plan is made on the host (sandbox/requirements.py, sandbox/npm_policy.py):
  only named requirements / registry packages reach the installer; options,
  URLs, VCS and paths are refused and listed in the run's log. Wheels only by
  default and npm's --ignore-scripts, so no code chosen by the repository runs
  at all during the install.
- The install container is hardened like the test container (no
  capabilities, no-new-privileges, read-only root, non-root user, memory /
  CPU / pids / file-size / open-files limits, no log) and has NO network:
  network_mode=none. Its only way out is the egress proxy
  (sandbox/egress_proxy.py) through a Unix socket, which allows the
  configured index hosts and nothing else, never a private, loopback or
  link-local address or the engine's own networks.
- pip or npm writes into a size-limited tmpfs. Only after it has exited and every
  process of the sandbox user is killed is the result copied (a tar stream
  through the host) into the cache volume: the volume can never hold more
  than HEALER_SANDBOX_DEPS_SIZE, and nothing the build left running can touch
  it. The test container mounts it read-only.

The cache volume is named after a hash of everything that changes its
content (installer, image, index URLs, wheels-only, the requirement set); a
hit reuses it without starting any installer. The install container's fixed
name (from the same hash) serialises two workers installing the same set; an
install container whose owner died is removed by the next worker that needs
the same set (and by the reaper), so an orphan never blocks others.

An installer (sandbox/deps_pip.py, sandbox/deps_npm.py) only says what to
install and how; both plug into the same container, proxy, limits and cache,
each with its own volume (`ensure_all_deps` makes every plan, and refuses,
before anything is installed).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import io
import ipaddress
import json
import logging
import secrets
import tarfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import docker
import docker.errors
import requests.exceptions
from docker.types import Ulimit

from healer.engine.types import SandboxError
from sandbox import egress, labels
from sandbox.deps_npm import CA_FILE, NPMRC, NpmInstaller, NpmRegistry
from sandbox.deps_pip import PipIndex, PipInstaller
from sandbox.docker_container import BASE_ENV, INIT_USER, SANDBOX_USER, Limits
from sandbox.docker_exec import RawExec, stream_exec
from sandbox.installer import Installer, InstallJob, Plan
from sandbox.output import CappedOutput
from sandbox.reaper import owner_dead

if TYPE_CHECKING:
    from healer.engine.workspace import Workspace

log = logging.getLogger(__name__)

SCHEMA = "deps-2"  # bump when the install procedure or the volume layout changes
DEPS_MOUNT = "/deps"
INSTALL_ROOT = "/install"
INPUTS = f"{egress.MOUNT}/{egress.INPUTS}"
COMPLETE = ".healer-complete"  # written last, after a successful copy
SANDBOX_UID = 10001
# An install container in which nothing has run for this long lost its worker
# (one on another host, where the owner's pid cannot be checked).
IDLE_ORPHAN = 60.0

# Runs in the install container as the sandbox user: the relay to the proxy,
# then the installer's command.
INSTALL_SCRIPT = f"""
python3 -I -S {egress.PROGRAM} relay {egress.SOCKET} {egress.RELAY_PORT} || exit 125
exec "$@"
"""
# After the installer: kill everything the build left behind (kill -1 spares
# only this shell), then stream the result out.
COPY_SCRIPT = f"""
for i in 1 2 3 4 5; do kill -9 -1 2>/dev/null; done
cd {INSTALL_ROOT} && exec tar -cf - "$@"
"""


@dataclass(frozen=True)
class DepsOptions:
    pip: PipIndex = field(default_factory=PipIndex)
    npm: NpmRegistry = field(default_factory=NpmRegistry)
    network: str = "bridge"  # Docker network of the egress proxy (the install container has none)
    extra_hosts: tuple[str, ...] = ()  # more "host[:port]" the proxy allows (e.g. a mirror's file host)
    private_hosts: tuple[str, ...] = ()  # "host[:port]" allowed to resolve to a private address
    limits: Limits = field(default_factory=Limits)
    volume_size: int = 1024**3  # cap of one dependency volume
    timeout: float = 600.0
    ttl: int = 7200
    output_limit: int = 64 * 1024  # install log kept (head and tail)
    output_hard_limit: int = 16 * 1024**2  # past this the install is killed


class InstallFailed(Exception):
    """The installer ran and failed (as opposed to the engine failing us)."""


class _Busy(Exception):
    """Another worker's install container of the same name exists."""


@dataclass(frozen=True)
class DepsVolumes:
    """The cache volumes a test container mounts read-only (None: nothing to install)."""

    python: str | None = None  # at /deps; its site-packages /deps/site is on PYTHONPATH
    npm: str | None = None  # at /deps-npm; the working copy's node_modules links to /deps-npm/node_modules


def ensure_deps(
    *,
    client: docker.DockerClient,
    image: str,
    workspace: Workspace,
    options: DepsOptions,
    run_id: str = "",
    instance: str = "",
    log_line: Callable[[str], None] | None = None,
) -> str | None:
    """Name of a volume holding the repository's Python dependencies, or None when the image has everything."""
    installer = PipInstaller(options.pip, inputs_dir=INPUTS)
    volumes = _ensure(
        [installer],
        client=client,
        image=image,
        workspace=workspace,
        options=options,
        run_id=run_id,
        instance=instance,
        log_line=log_line,
    )
    return volumes.get(installer.name)


def ensure_all_deps(
    *,
    client: docker.DockerClient,
    image: str,
    workspace: Workspace,
    options: DepsOptions,
    run_id: str = "",
    instance: str = "",
    log_line: Callable[[str], None] | None = None,
) -> DepsVolumes:
    """Both ecosystems: a repository with Python and npm dependencies gets both volumes."""
    installers: list[Installer] = [
        PipInstaller(options.pip, inputs_dir=INPUTS),
        NpmInstaller(options.npm, inputs_dir=INPUTS),
    ]
    volumes = _ensure(
        installers,
        client=client,
        image=image,
        workspace=workspace,
        options=options,
        run_id=run_id,
        instance=instance,
        log_line=log_line,
    )
    return DepsVolumes(python=volumes.get("pip"), npm=volumes.get("npm"))


def _ensure(
    installers: list[Installer],
    *,
    client: docker.DockerClient,
    image: str,
    workspace: Workspace,
    options: DepsOptions,
    run_id: str,
    instance: str,
    log_line: Callable[[str], None] | None,
) -> dict[str, str | None]:
    """{installer name: volume} — every plan is made (and refused) before anything is installed."""
    phase = _Phase(
        client=client, image=image, options=options, run_id=run_id, instance=instance, say=log_line
    )
    plans: list[tuple[Installer, Plan]] = []
    errors: list[str] = []
    for installer in installers:
        plan = installer.plan(workspace)
        if plan is None:
            continue
        for line in plan.log_lines():
            phase.say(line)
        errors += plan.errors()
        plans.append((installer, plan))
    if errors:
        raise SandboxError("\n".join(errors))
    volumes: dict[str, str | None] = {}
    for installer, plan in plans:
        if plan.empty:
            continue
        try:
            volumes[installer.name] = phase.ensure(installer, plan)
        except docker.errors.APIError as exc:
            raise SandboxError(f"Dependency install failed: {exc.explanation or exc}") from exc
        except requests.exceptions.RequestException as exc:
            raise SandboxError(
                f"Lost the connection to the Docker engine during dependency install: {exc}"
            ) from exc
    return volumes


class _Phase:
    """One repository's trip through the phase (plain parameters, no Django)."""

    def __init__(
        self,
        *,
        client: docker.DockerClient,
        image: str,
        options: DepsOptions,
        run_id: str,
        instance: str,
        say: Callable[[str], None] | None,
    ) -> None:
        self.client = client
        self.api = client.api
        self.image = image
        self.options = options
        self.run_id = run_id
        self.instance = instance
        self.sink = say
        self.quiet = False  # `sandbox check` reports by itself

    def say(self, line: str) -> None:
        log.log(logging.DEBUG if self.quiet else logging.INFO, "%s", line)
        if self.sink is not None:
            self.sink(line)

    # -- cache -------------------------------------------------------------
    def digest(self, installer: Installer, plan: Plan) -> str:
        h = hashlib.sha256()
        image_id = self.client.images.get(self.image).id
        for part in (SCHEMA.encode(), installer.name.encode(), image_id.encode(), installer.cache_key(plan)):
            h.update(part + b"\0")
        return h.hexdigest()[:24]

    def cached(self, volume: str) -> bool:
        try:
            self.api.inspect_volume(volume)
        except docker.errors.NotFound:
            return False
        container = self.api.create_container(
            self.image,
            command=["true"],
            host_config=self.api.create_host_config(binds={volume: {"bind": DEPS_MOUNT, "mode": "ro"}}),
            network_disabled=True,
            labels=self.labels("probe", ttl=600),
        )
        try:
            self.api.get_archive(container["Id"], f"{DEPS_MOUNT}/{COMPLETE}")
            return True
        except docker.errors.NotFound:
            return False
        finally:
            self.api.remove_container(container["Id"], force=True)

    def labels(self, kind: str, *, ttl: int, extra: dict[str, str] | None = None) -> dict[str, str]:
        return labels.labels_for(kind=kind, run_id=self.run_id, ttl=ttl, instance=self.instance, extra=extra)

    # -- the phase ---------------------------------------------------------
    def ensure(self, installer: Installer, plan: Plan) -> str | None:
        digest = self.digest(installer, plan)
        volume = f"healer-deps-{digest}"
        for _ in range(3):
            if self.cached(volume):
                self.say(f"Dependencies: cache hit ({volume})")
                return volume
            job, notes = installer.prepare(plan, client=self.client, image=self.image)
            for note in notes:
                self.say(f"Dependencies: {note}")
            if job is None:
                return None
            try:
                if self.install(job, installer=installer, digest=digest, volume=volume):
                    return volume
            except InstallFailed as exc:
                relaxed, warnings = installer.relax(plan, client=self.client, image=self.image)
                if relaxed is None:
                    raise SandboxError(str(exc)) from None
                self.say(f"Dependencies: {exc}")
                for warning in warnings:
                    self.say(f"Dependencies: {warning}")
                return None if relaxed.empty else self.ensure(installer, relaxed)
        raise SandboxError("Installing the repository's dependencies did not settle (concurrent installs)")

    def install(self, job: InstallJob, *, installer: Installer, digest: str, volume: str) -> bool:
        """Run the job and fill `volume`. False when another worker held the lock (then retry)."""
        lock = f"healer-deps-install-{digest}"
        try:
            with self.environment(job, name=lock, digest=digest) as (install_id, proxy_id):
                self.say(f"Dependencies: installing {job.summary}")
                started = time.monotonic()
                raw = self.run(install_id, proxy_id, job)
                if raw.killed_reason or raw.exit_code != 0:
                    raise InstallFailed(self.failure(raw, installer=installer))
                self.save(install_id, volume, job.outputs, digest=digest)
                self.say(f"Dependencies: installed in {time.monotonic() - started:.1f}s ({volume})")
        except _Busy:
            self.wait_for(lock)
            return False
        return True

    @contextlib.contextmanager
    def environment(self, job: InstallJob, *, name: str, digest: str = "") -> Iterator[tuple[str, str]]:
        """(install container, proxy container), both started; everything removed on exit.

        _Busy when a container of that name exists (another worker's install of the same set).
        """
        files_volume = f"healer-depsio-{secrets.token_hex(6)}"
        ttl = int(self.options.timeout) + 600
        self.client.volumes.create(name=files_volume, labels=self.labels("install-files", ttl=ttl))
        install_id = proxy_id = None
        try:
            try:
                install_id = self.create_install_container(name, files_volume, digest, ttl)
            except docker.errors.APIError as exc:
                if exc.status_code == 409:
                    raise _Busy from None
                raise
            proxy_id = egress.create_proxy(
                self.client,
                image=self.image,
                network=self.options.network,
                volume=files_volume,
                run_id=self.run_id,
                instance=self.instance,
                ttl=ttl,
            )
            self.api.put_archive(proxy_id, egress.MOUNT, self.inputs_archive(job))
            _both(lambda: self.api.start(proxy_id), lambda: self.api.start(install_id))
            yield install_id, proxy_id
        finally:
            _both(*(functools.partial(self.remove_container, c) for c in (install_id, proxy_id) if c))
            self.remove_volume(files_volume)

    def run(self, install_id: str, proxy_id: str, job: InstallJob) -> RawExec:
        """The job's command as the sandbox user, behind the relay; the proxy's refusals go to the log."""
        raw = stream_exec(
            self.api,
            install_id,
            ["/bin/sh", "-c", INSTALL_SCRIPT, "healer-install", *job.argv],
            user=SANDBOX_USER,
            env=self.install_env(job),
            workdir="/tmp",
            timeout=self.options.timeout,
            output_limit=self.options.output_limit,
            hard_limit=self.options.output_hard_limit,
            kill=lambda: self.kill(install_id),
        )
        for decision in egress.proxy_decisions(self.client, proxy_id):
            self.say(f"Dependencies: egress proxy: {decision}")
        return raw

    def create_install_container(self, name: str, files_volume: str, digest: str, ttl: int) -> str:
        lim = self.options.limits
        # The tmpfs mounts count against the memory cgroup: room for them on top.
        memory = lim.memory + self.options.volume_size + lim.tmpfs
        container = self.api.create_container(
            self.image,
            command=["sleep", "infinity"],
            entrypoint=["/usr/bin/tini", "--"],
            name=name,
            user=INIT_USER,
            environment=dict(BASE_ENV),
            labels=self.labels("install", ttl=ttl, extra={labels.DEPS_HASH: digest}),
            host_config=self.api.create_host_config(
                network_mode="none",
                cap_drop=["ALL"],
                security_opt=["no-new-privileges"],
                read_only=True,
                tmpfs={
                    "/tmp": f"size={lim.tmpfs},nosuid,nodev,exec,mode=1777",
                    INSTALL_ROOT: f"size={self.options.volume_size},nosuid,nodev,uid={SANDBOX_UID},"
                    f"gid={SANDBOX_UID},mode=0755",
                },
                binds={files_volume: {"bind": egress.MOUNT, "mode": "ro"}},
                mem_limit=memory,
                memswap_limit=memory,
                nano_cpus=int(lim.cpus * 1e9),
                pids_limit=lim.pids,
                ulimits=[
                    Ulimit(name="fsize", soft=lim.file_size, hard=lim.file_size),
                    Ulimit(name="nofile", soft=lim.nofile, hard=lim.nofile),
                    Ulimit(name="core", soft=0, hard=0),
                ],
                ipc_mode="private",
                shm_size=64 * 1024**2,
                log_config={"type": "none", "config": {}},
            ),
        )
        return container["Id"]

    def install_env(self, job: InstallJob) -> dict[str, str]:
        proxy = egress.PROXY_URL
        return {
            **BASE_ENV,
            **job.env,
            "HTTPS_PROXY": proxy,
            "HTTP_PROXY": proxy,
            "https_proxy": proxy,
            "http_proxy": proxy,
        }

    def inputs_archive(self, job: InstallJob) -> bytes:
        destinations = [*job.destinations, *(egress.parse_host_port(h) for h in self.options.extra_hosts)]
        private_ok = [egress.parse_host_port(h) for h in self.options.private_hosts]
        config = egress.proxy_config(
            destinations=destinations, private_ok=private_ok, blocked=egress.engine_networks(self.client)
        )
        files = {
            egress.INPUTS + "/egress_proxy.py": egress.PROXY_SOURCE,
            egress.INPUTS + "/proxy.json": json.dumps(config).encode(),
            **{f"{egress.INPUTS}/{name}": data for name, data in job.files.items()},
        }
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w") as tar:
            for name, uid in ((egress.INPUTS, 0), (egress.SOCKET_DIR, egress.PROXY_UID)):
                info = tarfile.TarInfo(name)
                info.type, info.mode, info.uid, info.gid = tarfile.DIRTYPE, 0o755, uid, uid
                tar.addfile(info)
            for name, data in files.items():
                info = tarfile.TarInfo(name)
                info.size, info.mode = len(data), 0o644
                tar.addfile(info, io.BytesIO(data))
        return buf.getvalue()

    def failure(self, raw: RawExec, *, installer: Installer) -> str:
        why = {
            "timeout": f"timed out after {self.options.timeout:.0f}s",
            "output-limit": f"killed: more than {self.options.output_hard_limit} bytes of output",
        }.get(raw.killed_reason, f"exit {raw.exit_code}")
        text = raw.output.text().strip()
        tail = "\n".join(text.splitlines()[-25:])
        # Why, and the setting that changes it, first: the installer's own lines follow.
        hint = installer.failure_hint(text, timed_out=raw.killed_reason == "timeout")
        return f"Installing the repository's dependencies failed ({why}){': ' + hint if hint else ''}\n{tail}"

    def kill(self, container_id: str) -> None:
        try:
            self.api.kill(container_id)
        except docker.errors.APIError as exc:
            log.warning("dependencies: could not kill %s: %s", container_id[:12], exc)

    # -- copying the result into the cache volume ---------------------------
    def save(self, install_id: str, volume: str, outputs: tuple[str, ...], *, digest: str) -> None:
        self.remove_volume(volume)  # an incomplete leftover of a crashed worker
        self.client.volumes.create(
            name=volume,
            labels=labels.labels_for(kind="deps", ttl=self.options.ttl, extra={labels.DEPS_HASH: digest}),
        )
        writer = self.api.create_container(
            self.image,
            command=["true"],
            host_config=self.api.create_host_config(binds={volume: {"bind": DEPS_MOUNT, "mode": "rw"}}),
            network_disabled=True,
            labels=self.labels("writer", ttl=600),
        )["Id"]
        ok = False
        try:
            exec_id = self.api.exec_create(
                install_id, ["/bin/sh", "-c", COPY_SCRIPT, "healer-copy", *outputs], user=SANDBOX_USER
            )["Id"]
            errors = CappedOutput(4096)
            stream = self.api.exec_start(exec_id, stream=True, demux=True)
            cap = self.options.volume_size + 64 * 1024**2  # tar headers on top of the tmpfs content
            if not self.api.put_archive(writer, DEPS_MOUNT, _stdout_only(stream, errors, cap=cap)):
                raise SandboxError("Dependency install: the engine refused the installed files")
            code = self.api.exec_inspect(exec_id).get("ExitCode")
            if code != 0:
                raise SandboxError(
                    f"Dependency install: copying the result failed (exit {code}): {errors.text()}"
                )
            marker = io.BytesIO()
            with tarfile.open(fileobj=marker, mode="w") as tar:
                info = tarfile.TarInfo(COMPLETE)
                info.mode = 0o644
                tar.addfile(info, io.BytesIO(b""))
            self.api.put_archive(writer, DEPS_MOUNT, marker.getvalue())
            ok = True
        finally:
            self.remove_container(writer)
            if not ok:  # a half-filled volume must never look like a cache entry
                self.remove_volume(volume)

    # -- another worker's install ------------------------------------------
    def wait_for(self, name: str) -> None:
        """Wait until the install container `name` is gone; remove it as soon as it is orphaned.

        Orphaned: its owner process on this host is gone, its expiry passed, or
        (owner on another host) nothing has run in it for IDLE_ORPHAN seconds —
        an install always has its command or its copy running.
        """
        deadline = time.monotonic() + self.options.timeout + 60
        idle_since: float | None = None
        while time.monotonic() < deadline:
            try:
                info = self.api.inspect_container(name)
            except docker.errors.NotFound:
                return
            lbl = (info.get("Config") or {}).get("Labels") or {}
            expires = lbl.get(labels.EXPIRES, "")
            idle_since = None if self.busy(info) else (idle_since or time.monotonic())
            idle = idle_since is not None and time.monotonic() - idle_since > IDLE_ORPHAN
            if (
                owner_dead(lbl.get(labels.OWNER, ""))
                or (expires.isdigit() and int(expires) < time.time())
                or idle
            ):
                self.say(f"Dependencies: removing {name}, left behind by a worker that is gone")
                self.remove_container(info["Id"])
                return
            time.sleep(0.5)
        raise SandboxError(f"Timed out waiting for another worker's dependency install ({name})")

    def busy(self, info: dict) -> bool:
        if not (info.get("State") or {}).get("Running"):
            return False
        for exec_id in info.get("ExecIDs") or []:
            try:
                if self.api.exec_inspect(exec_id).get("Running"):
                    return True
            except docker.errors.NotFound:
                continue
        return False

    def remove_container(self, container_id: str) -> None:
        try:
            self.api.remove_container(container_id, force=True)
        except docker.errors.NotFound:
            pass
        except docker.errors.APIError as exc:
            log.warning("dependencies: could not remove container %s: %s", container_id[:12], exc)

    def remove_volume(self, name: str) -> None:
        for _ in range(20):
            try:
                self.api.remove_volume(name, force=True)
                return
            except docker.errors.NotFound:
                return
            except docker.errors.APIError:
                time.sleep(0.1)  # "in use" for a moment after its container is removed


def _both(*calls: Callable[[], object]) -> None:
    """Run independent engine calls at once (each container start or removal is ~0.2 s of runc)."""
    errors: list[BaseException] = []

    def call(fn: Callable[[], object]) -> None:
        try:
            fn()
        except BaseException as exc:  # re-raised in the caller's thread
            errors.append(exc)

    threads = [threading.Thread(target=call, args=(fn,), daemon=True) for fn in calls[1:]]
    for thread in threads:
        thread.start()
    if calls:
        call(calls[0])
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


def _stdout_only(stream: Iterator, errors: CappedOutput, *, cap: int) -> Iterator[bytes]:
    total = 0
    for out, err in stream:
        if err:
            errors.write(err)
        if out:
            total += len(out)
            if total > cap:
                raise SandboxError("Dependency install: the result is larger than HEALER_SANDBOX_DEPS_SIZE")
            yield out


__all__ = ["DepsOptions", "DepsVolumes", "InstallFailed", "ensure_all_deps", "ensure_deps"]


# `sandbox check`: the same containers as an install, running this probe
# instead of pip. It reports what the install phase can really do.
PROBE = r"""
import json, os, resource, socket, subprocess, sys, time
gateway = sys.argv[1]
facts = {"uid": os.getuid(), "interfaces": sorted(os.listdir("/sys/class/net"))}
status = dict(line.split(":", 1) for line in open("/proc/self/status") if ":" in line)
facts["cap_eff"] = status["CapEff"].strip()
facts["no_new_privs"] = status.get("NoNewPrivs", "").strip()
def direct(host, port):
    try:
        socket.create_connection((host, port), timeout=3).close()
        return "connected"
    except OSError as exc:
        return type(exc).__name__
def proxied(target):
    try:
        sock = socket.create_connection(("127.0.0.1", 3128), timeout=20)
        sock.sendall(("CONNECT %s HTTP/1.1\r\nHost: %s\r\n\r\n" % (target, target)).encode())
        line = sock.recv(200).decode("latin-1").split("\r\n")[0]
        sock.close()
        return line
    except OSError as exc:
        return type(exc).__name__
facts["direct"] = direct("1.1.1.1", 53) if not gateway else direct(gateway, 2375)
facts["proxy_host"] = proxied("%s:2375" % gateway) if gateway else ""
facts["proxy_link_local"] = proxied("169.254.169.254:80")
try:
    open("/usr/healer-probe", "w").close()
    facts["root_writable"] = True
except OSError:
    facts["root_writable"] = False
def read(*paths):
    for path in paths:
        try:
            return open(path).read().strip()
        except OSError:
            pass
    return ""
facts["memory"] = read("/sys/fs/cgroup/memory/memory.limit_in_bytes", "/sys/fs/cgroup/memory.max")
facts["pids"] = read("/sys/fs/cgroup/pids/pids.max", "/sys/fs/cgroup/pids.max")
facts["cpu"] = read("/sys/fs/cgroup/cpu/cpu.cfs_quota_us", "/sys/fs/cgroup/cpu.max")
facts["fsize"] = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
facts["nofile"] = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
started = time.monotonic()
try:
    done = subprocess.run(
        [sys.executable, "-I", "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "-d", "/tmp/probe", "pip"],
        capture_output=True, text=True, timeout=150,
    )
    facts["index"] = {"exit": done.returncode, "output": (done.stdout + done.stderr)[-1500:]}
except subprocess.TimeoutExpired:
    facts["index"] = {"exit": None, "output": "timed out"}
facts["index"]["seconds"] = round(time.monotonic() - started, 1)
facts["index"]["files"] = sorted(os.listdir("/tmp/probe")) if os.path.isdir("/tmp/probe") else []
# npm: the registry's ping endpoint, with the npmrc (registry, CA, proxy, token) an install gets.
started = time.monotonic()
try:
    done = subprocess.run(["npm", "ping"], capture_output=True, text=True, timeout=150, cwd="/tmp")
    facts["npm"] = {"exit": done.returncode, "output": (done.stdout + done.stderr)[-1500:]}
except (OSError, subprocess.TimeoutExpired) as exc:
    facts["npm"] = {"exit": None, "output": str(exc) or "timed out"}
facts["npm"]["seconds"] = round(time.monotonic() - started, 1)
print("HEALER-DEPS-PROBE " + json.dumps(facts))
"""


def probe_install_phase(
    *, client: docker.DockerClient, image: str, options: DepsOptions, echo: Callable[[str], None]
) -> dict:
    """Run PROBE in a real install container behind a real proxy; its facts plus the proxy's refusals."""
    phase = _Phase(client=client, image=image, options=options, run_id="", instance="", say=None)
    phase.quiet = True
    job = _probe_job(options)
    gateway = _gateway(client, options.network)
    job = InstallJob(
        files=job.files,
        argv=["python3", "-I", f"{INPUTS}/probe.py", gateway],
        env=job.env,
        outputs=(),
        summary="probe",
        destinations=job.destinations,
    )
    with phase.environment(job, name=f"healer-deps-check-{secrets.token_hex(4)}") as (install_id, proxy_id):
        raw = phase.run(install_id, proxy_id, job)
        decisions = egress.proxy_decisions(client, proxy_id)
    marker = next((ln for ln in raw.output.text().splitlines() if ln.startswith("HEALER-DEPS-PROBE ")), "")
    if not marker:
        echo(raw.output.text()[-800:])
        return {}
    facts = json.loads(marker.removeprefix("HEALER-DEPS-PROBE "))
    facts["gateway"] = gateway
    facts["decisions"] = decisions
    return facts


def _probe_job(options: DepsOptions) -> InstallJob:
    """pip's and npm's configuration files, environment and destinations in one install container."""
    pip = PipInstaller(options.pip, inputs_dir=INPUTS).job([], ())
    npm = NpmInstaller(options.npm, inputs_dir=INPUTS)
    files = {**pip.files, NPMRC: npm.npmrc(), "probe.py": PROBE.encode()}
    if options.npm.ca_bundle:
        files[CA_FILE] = options.npm.ca_bundle
    env = {**pip.env, "NPM_CONFIG_USERCONFIG": f"{INPUTS}/{NPMRC}", **npm.ca_env()}
    destinations = tuple(dict.fromkeys((*pip.destinations, *npm.destinations())))
    return InstallJob(files=files, argv=[], env=env, outputs=(), summary="probe", destinations=destinations)


def _gateway(client: docker.DockerClient, network: str) -> str:
    """The Docker host's address on the proxy's network ('' when it has none)."""
    try:
        config = (client.networks.get(network).attrs.get("IPAM") or {}).get("Config") or []
    except docker.errors.APIError:
        return ""
    for entry in config:
        if entry.get("Gateway"):
            return entry["Gateway"]
        if entry.get("Subnet"):
            try:
                return str(next(ipaddress.ip_network(entry["Subnet"], strict=False).hosts()))
            except (ValueError, StopIteration):
                continue
    return ""
