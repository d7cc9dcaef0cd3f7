"""The dependency-install phase: the only sandbox phase with a network.

A repository that declares packages (requirements*.txt at its root, or
[project] dependencies in pyproject.toml) gets them installed by
`pip install --target` in a separate, short-lived container on a network,
into a volume named after the hash of the dependency declarations. The test
container later mounts that volume read-only, on PYTHONPATH, with no network.
A second run with the same declarations reuses the volume (no install).

The install container is named after the hash too: Docker refuses a second
container of the same name, which serialises two workers installing the same
set; the loser waits for the winner and then uses its volume.
"""

from __future__ import annotations

import hashlib
import io
import logging
import re
import tarfile
import time
import tomllib
from dataclasses import dataclass
from typing import TYPE_CHECKING

import docker
import docker.errors
import requests.exceptions

from healer.engine.types import SandboxError
from healer.engine.workspace import UnsafePath, clean_relpath
from sandbox import labels

if TYPE_CHECKING:
    from healer.engine.workspace import Workspace

log = logging.getLogger(__name__)

DEPS_MOUNT = "/deps"
SITE = "site"  # /deps/site: the --target directory, owned by the sandbox user
REQ = "req"  # /deps/req: the sanitised requirement files, owned by root
COMPLETE = ".healer-complete"  # written last by a successful install
CA_FILE = "healer-ca.pem"
SANDBOX_UID = 10001
_REQUIREMENTS_RE = re.compile(r"^requirements[\w.-]*\.(txt|in)$", re.IGNORECASE)
_TEST_GROUPS = ("test", "tests", "testing", "dev")
_MAX_DEP_FILE = 256 * 1024


@dataclass(frozen=True)
class DepsOptions:
    network: str = "bridge"
    pip_args: tuple[str, ...] = ()
    # PEM bundle of extra CAs for pip (e.g. a TLS-intercepting egress proxy); None: the image's.
    ca_bundle: bytes | None = None
    timeout: float = 600.0
    ttl: int = 7200
    memory: int = 2 * 1024**3
    pids: int = 1024
    tmpfs: int = 1024**3


@dataclass(frozen=True)
class DepsPlan:
    files: dict[str, bytes]  # sanitised requirement files, by name under /deps/req
    dropped: tuple[str, ...]  # lines left out (editable installs, local paths)

    def digest(self, *, image_id: str, pip_args: tuple[str, ...]) -> str:
        h = hashlib.sha256()
        h.update(image_id.encode() + b"\0" + "\0".join(pip_args).encode() + b"\0")
        for name in sorted(self.files):
            h.update(name.encode() + b"\0" + self.files[name] + b"\0")
        return h.hexdigest()


def _is_local_reference(line: str) -> bool:
    """Editable installs and paths point into the repository, which is not in this phase."""
    lowered = line.lower()
    if lowered.startswith(("-e ", "-e.", "--editable", "file:", ".", "/", "~")):
        return True
    return " @ file:" in lowered


def _sanitise(
    workspace: Workspace, relpath: str, out: dict[str, bytes], dropped: list[str], depth: int
) -> str:
    """Copy one requirements file (and the files it includes) into `out`; return its name there."""
    name = clean_relpath(relpath).replace("/", "__")
    if name in out or depth > 5:
        return name
    out[name] = b""  # placeholder: stops include cycles
    text = workspace.read_bytes(relpath, limit=_MAX_DEP_FILE).decode("utf-8", errors="replace")
    base = relpath.rpartition("/")[0]
    lines: list[str] = []
    for raw in text.splitlines():
        line = raw.split(" #", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        option, _, arg = line.partition(" ")
        if option in ("-r", "--requirement", "-c", "--constraint") and arg.strip():
            target = f"{base}/{arg.strip()}" if base else arg.strip()
            try:
                if workspace.is_file(clean_relpath(target)):
                    included = _sanitise(workspace, clean_relpath(target), out, dropped, depth + 1)
                    lines.append(f"{option} {included}")
                    continue
            except UnsafePath:
                pass
            dropped.append(line)
            continue
        if _is_local_reference(line):
            dropped.append(line)
            continue
        lines.append(line)
    out[name] = ("\n".join(lines) + "\n").encode()
    return name


def plan_for(workspace: Workspace) -> DepsPlan | None:
    """What the repository asks to install, or None when it needs nothing."""
    files: dict[str, bytes] = {}
    dropped: list[str] = []
    try:
        top = sorted(p for p in workspace.iter_files() if "/" not in p and _REQUIREMENTS_RE.match(p))
    except OSError:
        top = []
    roots = [_sanitise(workspace, rel, files, dropped, 0) for rel in top]
    if workspace.is_file("pyproject.toml"):
        try:
            data = tomllib.loads(workspace.read_text("pyproject.toml"))
        except (tomllib.TOMLDecodeError, UnsafePath, UnicodeDecodeError) as exc:
            log.info("pyproject.toml unreadable, no dependencies taken from it: %s", exc)
            data = {}
        project = data.get("project") if isinstance(data.get("project"), dict) else {}
        wanted: list[str] = []
        deps = project.get("dependencies")
        if isinstance(deps, list):
            wanted += [d for d in deps if isinstance(d, str)]
        groups = [project.get("optional-dependencies"), data.get("dependency-groups")]
        for table in groups:
            if isinstance(table, dict):
                for group in _TEST_GROUPS:
                    items = table.get(group)
                    if isinstance(items, list):
                        wanted += [d for d in items if isinstance(d, str)]
        wanted = [w.strip() for w in wanted if w.strip() and not _is_local_reference(w.strip())]
        if wanted:
            files["pyproject-dependencies.txt"] = ("\n".join(wanted) + "\n").encode()
            roots.append("pyproject-dependencies.txt")
    roots = [r for r in roots if files.get(r, b"").strip()]
    if not roots:
        return None
    # Only the files reachable from a root are part of the plan (and of its hash).
    ordered = {name: files[name] for name in sorted(files)}
    ordered["healer-roots.txt"] = ("\n".join(f"-r {r}" for r in roots) + "\n").encode()
    return DepsPlan(files=ordered, dropped=tuple(dropped))


def _archive(plan: DepsPlan, *, ca_bundle: bytes | None = None) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, uid, mode in ((REQ, 0, 0o755), (SITE, SANDBOX_UID, 0o755)):
            info = tarfile.TarInfo(name)
            info.type, info.mode, info.uid, info.gid = tarfile.DIRTYPE, mode, uid, uid
            tar.addfile(info)
        files = dict(plan.files)
        if ca_bundle:
            files[CA_FILE] = ca_bundle
        for name, data in files.items():
            info = tarfile.TarInfo(f"{REQ}/{name}")
            info.size, info.mode = len(data), 0o644
            tar.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def _probe_complete(client: docker.DockerClient, *, image: str, volume: str) -> bool:
    """Whether the volume holds a finished install (read without starting anything)."""
    container = client.api.create_container(
        image,
        command=["true"],
        host_config=client.api.create_host_config(binds={volume: {"bind": DEPS_MOUNT, "mode": "ro"}}),
        network_disabled=True,
        labels=labels.labels_for(kind="probe", ttl=600),
    )
    try:
        client.api.get_archive(container["Id"], f"{DEPS_MOUNT}/{SITE}/{COMPLETE}")
        return True
    except docker.errors.NotFound:
        return False
    finally:
        client.api.remove_container(container["Id"], force=True)


# Runs in the install container before pip: requirements the image already
# satisfies (pytest, say) are commented out, so a repository asking only for
# what the sandbox has needs no network and no download. Exit 3: nothing left.
SATISFIED_FILTER = r"""
import os, sys
from importlib import metadata
try:
    from packaging.requirements import Requirement
except ImportError:
    from pip._vendor.packaging.requirements import Requirement
src, dst = sys.argv[1], sys.argv[2]
os.makedirs(dst, exist_ok=True)
needed = 0
for name in sorted(os.listdir(src)):
    if not name.endswith(".txt"):
        continue
    lines = []
    for line in open(os.path.join(src, name)):
        text = line.strip()
        if not text or text.startswith("-"):
            lines.append(line)
            continue
        try:
            req = Requirement(text)
        except Exception:
            lines.append(line)
            needed += 1
            continue
        if req.marker is not None and not req.marker.evaluate():
            lines.append(line)
            continue
        try:
            have = metadata.version(req.name) if req.url is None and not req.extras else None
        except metadata.PackageNotFoundError:
            have = None
        if have is not None and req.specifier.contains(have, prereleases=True):
            lines.append("# satisfied by the image (" + have + "): " + line)
            print("satisfied by the image:", text, have)
            continue
        lines.append(line)
        needed += 1
    with open(os.path.join(dst, name), "w") as fh:
        fh.write("".join(lines))
sys.exit(0 if needed else 3)
"""

INSTALL_SCRIPT = f"""
set -e
find {DEPS_MOUNT}/{SITE} -mindepth 1 -maxdepth 1 -exec rm -rf {{}} +
status=0
python3 -I -c "$HEALER_FILTER" {DEPS_MOUNT}/{REQ} /tmp/req || status=$?
if [ "$status" = 0 ]; then
  cd /tmp/req
  python3 -m pip install --no-cache-dir --disable-pip-version-check --no-input --no-warn-script-location \\
      --target {DEPS_MOUNT}/{SITE} "$@" -r healer-roots.txt
elif [ "$status" != 3 ]; then
  exit "$status"
fi
touch {DEPS_MOUNT}/{SITE}/{COMPLETE}
"""


def ensure_deps(
    *, client: docker.DockerClient, image: str, workspace: Workspace, options: DepsOptions
) -> str | None:
    """Return the name of a volume holding the repository's dependencies (None: it has none)."""
    plan = plan_for(workspace)
    if plan is None:
        return None
    try:
        image_id = client.images.get(image).id
        digest = plan.digest(image_id=image_id, pip_args=options.pip_args)[
            :24
        ]  # CA bundle: no effect on content
        volume = f"healer-deps-{digest}"
        for _ in range(3):
            if _volume_exists(client, volume) and _probe_complete(client, image=image, volume=volume):
                log.info("dependencies: cache hit %s", volume)
                return volume
            if _install(client, image=image, volume=volume, digest=digest, plan=plan, options=options):
                return volume
        raise SandboxError("Installing the repository's dependencies did not settle (concurrent installs)")
    except docker.errors.APIError as exc:
        raise SandboxError(f"Dependency install failed: {exc.explanation or exc}") from exc
    except requests.exceptions.RequestException as exc:
        raise SandboxError(
            f"Lost the connection to the Docker engine during dependency install: {exc}"
        ) from exc


def _volume_exists(client: docker.DockerClient, name: str) -> bool:
    try:
        client.volumes.get(name)
    except docker.errors.NotFound:
        return False
    return True


def _install(
    client: docker.DockerClient, *, image: str, volume: str, digest: str, plan: DepsPlan, options: DepsOptions
) -> bool:
    """Install into `volume`. False when another worker holds the install lock (then retry)."""
    name = f"healer-deps-install-{digest}"
    client.volumes.create(
        name=volume,
        labels=labels.labels_for(kind="deps", ttl=options.ttl, extra={labels.DEPS_HASH: digest}),
    )
    try:
        container = client.containers.create(
            image,
            command=["/bin/sh", "-c", INSTALL_SCRIPT, "healer-install", *options.pip_args],
            entrypoint=["/usr/bin/tini", "--"],
            name=name,
            user=f"{SANDBOX_UID}:{SANDBOX_UID}",
            environment={
                "HEALER_FILTER": SATISFIED_FILTER,
                **({"PIP_CERT": f"{DEPS_MOUNT}/{REQ}/{CA_FILE}"} if options.ca_bundle else {}),
                "HOME": "/tmp",
                "TMPDIR": "/tmp",
                "LANG": "C.UTF-8",
                "PATH": "/usr/local/bin:/usr/bin:/bin",
                "PIP_NO_CACHE_DIR": "1",
            },
            labels=labels.labels_for(
                kind="install", ttl=int(options.timeout) + 600, extra={labels.DEPS_HASH: digest}
            ),
            network_mode=options.network,
            cap_drop=["ALL"],
            security_opt=["no-new-privileges"],
            read_only=True,
            tmpfs={"/tmp": f"size={options.tmpfs},nosuid,nodev,exec,mode=1777"},
            volumes={volume: {"bind": DEPS_MOUNT, "mode": "rw"}},
            mem_limit=options.memory,
            memswap_limit=options.memory,
            pids_limit=options.pids,
            detach=True,
        )
    except docker.errors.APIError as exc:
        if exc.status_code == 409:  # another worker is installing the same set: wait for it
            _wait_for_other(client, name, timeout=options.timeout + 60)
            return False
        raise
    failure = ""
    try:
        client.api.put_archive(container.id, DEPS_MOUNT, _archive(plan, ca_bundle=options.ca_bundle))
        started = time.monotonic()
        container.start()
        try:
            status = container.wait(timeout=options.timeout)
            exit_code = status.get("StatusCode")
        except requests.exceptions.RequestException:
            container.kill()
            exit_code = None
        if exit_code != 0:
            tail = container.logs(tail=25).decode("utf-8", errors="replace").strip()
            why = "timed out" if exit_code is None else f"exit {exit_code}"
            dropped = f" (left out: {', '.join(plan.dropped)})" if plan.dropped else ""
            failure = f"Installing the repository's dependencies failed ({why}){dropped}:\n{tail}"
        else:
            log.info("dependencies installed into %s in %.1fs", volume, time.monotonic() - started)
    except BaseException:
        failure = failure or "interrupted"
        raise
    finally:
        container.remove(force=True)
        if failure:  # a half-filled volume must never look like a cache entry
            _remove_volume(client, volume)
    if failure:
        raise SandboxError(failure)
    return True


def _wait_for_other(client: docker.DockerClient, name: str, *, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            client.containers.get(name)
        except docker.errors.NotFound:
            return
        time.sleep(0.5)
    raise SandboxError(f"Timed out waiting for another worker's dependency install ({name})")


def _remove_volume(client: docker.DockerClient, name: str) -> None:
    for _ in range(20):
        try:
            client.api.remove_volume(name, force=True)
            return
        except docker.errors.NotFound:
            return
        except docker.errors.APIError:
            time.sleep(0.1)
