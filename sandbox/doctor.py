"""`sandbox check`: report the engine and image, and prove the hardening on a real container.

The hardening is not taken on trust from the container's configuration: a
probe runs inside a real session (exactly as test commands run) and reports
what it can actually do. Each property prints PASS or FAIL.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

import docker.errors

from healer.engine.types import ExecResult, SandboxError
from healer.engine.workspace import Workspace

PROBE = r"""
import json, os, socket
facts = {}
facts["uid"] = os.getuid()
facts["gid"] = os.getgid()
status = dict(line.split(":", 1) for line in open("/proc/self/status") if ":" in line)
facts["cap_eff"] = status["CapEff"].strip()
facts["cap_bnd"] = status["CapBnd"].strip()
facts["no_new_privs"] = status.get("NoNewPrivs", "").strip()
facts["seccomp"] = status.get("Seccomp", "").strip()
facts["interfaces"] = sorted(os.listdir("/sys/class/net"))
try:
    s = socket.create_connection(("1.1.1.1", 53), timeout=2); s.close(); facts["egress"] = "connected"
except OSError as exc:
    facts["egress"] = type(exc).__name__
def can_write(path):
    try:
        with open(path, "w") as fh: fh.write("x")
        os.unlink(path); return True
    except OSError:
        return False
facts["root_writable"] = can_write("/usr/healer-probe")
facts["stage_writable"] = can_write("/stage/healer-probe")
facts["work_writable"] = can_write("/work/healer-probe")
mounts = {}
for line in open("/proc/mounts"):
    dev, point, kind, opts = line.split()[:4]
    mounts[point] = {"type": kind, "opts": opts}
facts["mounts"] = {p: mounts.get(p) for p in ("/", "/work", "/tmp", "/stage")}
def read(*paths):
    for path in paths:
        try:
            return open(path).read().strip()
        except OSError:
            pass
    return ""
facts["memory_limit"] = read("/sys/fs/cgroup/memory/memory.limit_in_bytes", "/sys/fs/cgroup/memory.max")
facts["memsw_limit"] = read("/sys/fs/cgroup/memory/memory.memsw.limit_in_bytes", "/sys/fs/cgroup/memory.swap.max")
facts["pids_max"] = read("/sys/fs/cgroup/pids/pids.max", "/sys/fs/cgroup/pids.max")
facts["cpu_quota"] = read("/sys/fs/cgroup/cpu/cpu.cfs_quota_us", "/sys/fs/cgroup/cpu.max")
facts["cpu_period"] = read("/sys/fs/cgroup/cpu/cpu.cfs_period_us")
import resource
facts["fsize"] = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
facts["nofile"] = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
facts["env"] = sorted(os.environ)
try:
    os.kill(1, 15); facts["signal_pid1"] = "allowed"
except PermissionError:
    facts["signal_pid1"] = "denied"
facts["pid1_uid"] = os.stat("/proc/1").st_uid
print("HEALER-PROBE " + json.dumps(facts))
"""

ALLOWED_ENV = {
    "HOME",
    "TMPDIR",
    "LANG",
    "LC_ALL",
    "PATH",
    "PYTHONDONTWRITEBYTECODE",
    "PYTHONPATH",
    "HOSTNAME",
    "PWD",
    "OLDPWD",
}


def evaluate(facts: dict, *, limits) -> list[tuple[bool, str]]:
    """(passed, description) for every hardening property, from the probe's facts."""
    checks: list[tuple[bool, str]] = []

    def add(ok: bool, text: str) -> None:
        checks.append((bool(ok), text))

    add(facts["uid"] != 0 and facts["gid"] != 0, f"runs as a non-root user (uid {facts['uid']})")
    add(
        int(facts["cap_eff"], 16) == 0 and int(facts["cap_bnd"], 16) == 0,
        "no capabilities (effective and bounding set empty)",
    )
    add(facts["no_new_privs"] == "1", "no-new-privileges is set")
    add(facts["seccomp"] == "2", "a seccomp filter is active")
    add(
        facts["interfaces"] == ["lo"] and facts["egress"] != "connected",
        f"no network (interfaces {facts['interfaces']}, egress {facts['egress']})",
    )
    root = facts["mounts"].get("/") or {}
    add(
        not facts["root_writable"] and "ro" in root.get("opts", "").split(","), "root filesystem is read-only"
    )
    add(not facts["stage_writable"], "the staged repository is not writable by the sandbox user")
    work, tmp = facts["mounts"].get("/work") or {}, facts["mounts"].get("/tmp") or {}
    add(
        work.get("type") == "tmpfs" and tmp.get("type") == "tmpfs" and facts["work_writable"],
        "/work and /tmp are writable tmpfs scratch",
    )
    add(
        f"size={limits.tmpfs // 1024}k" in work.get("opts", ""),
        f"/work is size-limited ({limits.tmpfs} bytes)",
    )
    add(
        facts["memory_limit"] == str(limits.memory),
        f"memory limit {facts['memory_limit']} (want {limits.memory})",
    )
    swap_ok = facts["memsw_limit"] in (str(limits.memory), "0", "")
    add(swap_ok, f"no swap beyond the memory limit (memsw {facts['memsw_limit'] or 'not accounted'})")
    add(facts["pids_max"] == str(limits.pids), f"pids limit {facts['pids_max']} (want {limits.pids})")
    quota = facts["cpu_quota"].split()[0] if facts["cpu_quota"] else ""
    add(quota not in ("", "-1", "max"), f"CPU quota {facts['cpu_quota']}/{facts['cpu_period']}")
    add(facts["fsize"] == limits.file_size, f"file-size limit {facts['fsize']} (want {limits.file_size})")
    add(facts["nofile"] == limits.nofile, f"open-files limit {facts['nofile']}")
    extra = sorted(set(facts["env"]) - ALLOWED_ENV)
    add(not extra, f"minimal environment (unexpected: {extra or 'none'})")
    add(
        facts["signal_pid1"] == "denied" and facts["pid1_uid"] != facts["uid"],
        "commands cannot signal the init process",
    )
    return checks


# npm projects need both; vite 7 (under vitest 3) refuses Node older than 20.19.
NODE_MINIMUM = (20, 19)


def evaluate_node(*, node: ExecResult, npm: ExecResult) -> list[tuple[bool, str]]:
    """(passed, description) for Node.js and npm, from `node --version` / `npm --version` in a session."""
    node_version = _version(node)
    npm_version = _version(npm)
    node_ok = node_version is not None and node_version[:2] >= NODE_MINIMUM
    shown = ".".join(map(str, node_version)) if node_version else _said(node)
    return [
        (node_ok, f"Node.js {shown} runs in the sandbox (want >= {'.'.join(map(str, NODE_MINIMUM))})"),
        (
            npm_version is not None,
            f"npm {'.'.join(map(str, npm_version)) if npm_version else _said(npm)} runs",
        ),
    ]


def probe_node(sandbox) -> list[tuple[bool, str]]:
    """Run Node.js and npm inside the hardened session, exactly as npm checks will run."""
    node = sandbox.exec(["node", "--version"], timeout=60)
    npm = sandbox.exec(["npm", "--version"], timeout=60)
    return evaluate_node(node=node, npm=npm)


def _version(result: ExecResult) -> tuple[int, ...] | None:
    match = re.fullmatch(r"v?(\d+)\.(\d+)\.(\d+)", result.output.strip()) if result.ok else None
    return tuple(int(part) for part in match.groups()) if match else None


def _said(result: ExecResult) -> str:
    text = result.output.strip().splitlines()[-1:] or ["no output"]
    return f"missing (exit {result.exit_code}: {text[0][:120]})"


def evaluate_deps(facts: dict, *, options) -> list[tuple[bool, str]]:
    """(passed, description) for the dependency phase, from its probe's facts."""
    lim = options.limits
    checks: list[tuple[bool, str]] = []

    def add(ok: bool, text: str) -> None:
        checks.append((bool(ok), text))

    add(
        facts["interfaces"] == ["lo"] and facts["direct"] != "connected",
        f"install container has no network of its own (interfaces {facts['interfaces']}, "
        f"direct connection: {facts['direct']})",
    )
    if facts.get("gateway"):
        add(
            facts["proxy_host"].startswith("HTTP/1.1 403"),
            f"egress proxy refuses the Docker host (CONNECT {facts['gateway']}:2375: {facts['proxy_host']})",
        )
    add(
        facts["proxy_link_local"].startswith("HTTP/1.1 403"),
        f"egress proxy refuses link-local addresses (CONNECT 169.254.169.254:80: {facts['proxy_link_local']})",
    )
    add(
        facts["uid"] != 0
        and int(facts["cap_eff"], 16) == 0
        and facts["no_new_privs"] == "1"
        and not facts["root_writable"],
        f"install container: uid {facts['uid']}, no capabilities, no-new-privileges, read-only root",
    )
    memory = lim.memory + options.volume_size + lim.tmpfs
    quota = facts["cpu"].split()[0] if facts["cpu"] else ""
    add(
        facts["memory"] == str(memory)
        and facts["pids"] == str(lim.pids)
        and facts["fsize"] == lim.file_size
        and facts["nofile"] == lim.nofile
        and quota not in ("", "-1", "max"),
        f"install container limits: memory {facts['memory']} (test limit + tmpfs), pids {facts['pids']}, "
        f"file size {facts['fsize']}, open files {facts['nofile']}, CPU {facts['cpu']}; "
        f"dependency volume cap {options.volume_size}",
    )
    index = facts["index"]
    if index["exit"] == 0:
        add(
            True,
            f"package index reachable through the egress proxy (pip downloaded {', '.join(index['files'])} "
            f"in {index['seconds']} s)",
        )
    else:
        tail = " | ".join(line.strip() for line in index["output"].strip().splitlines()[-4:])
        refused = f"; proxy: {'; '.join(facts['decisions'][-3:])}" if facts.get("decisions") else ""
        add(
            False,
            f"package index NOT reachable through the egress proxy (pip exit {index['exit']}: {tail}{refused}); "
            "repositories that declare dependencies will end in ERROR. Check HEALER_SANDBOX_PIP_INDEX_URL, "
            "HEALER_SANDBOX_PIP_CA_BUNDLE (a TLS-intercepting proxy needs its CA) and "
            "HEALER_SANDBOX_DEPS_ALLOWED_HOSTS",
        )
    return checks


def check_deps_phase(
    client, *, image: str, line: Callable[[bool, str], None], echo: Callable[[str], None]
) -> None:
    from sandbox.deps import probe_install_phase
    from sandbox.pipconf import describe_index
    from sandbox.sessions import deps_options

    options = deps_options()
    first, *details = describe_index(options.pip)
    echo(f"Dependency phase: index {first}, egress proxy on network {options.network}")
    for detail in details:
        echo(detail)
    facts = probe_install_phase(client=client, image=image, options=options, echo=echo)
    if not facts:
        line(False, "the dependency-phase probe did not report")
        return
    for passed, text in evaluate_deps(facts, options=options):
        line(passed, text)


def run_checks(*, echo: Callable[[str], None] = print) -> bool:
    """Print the report; True when everything passed."""
    from sandbox.docker_backend import DockerSandbox
    from sandbox.docker_container import docker_client
    from sandbox.image import image_exists, recipe_hash
    from sandbox.sessions import docker_options

    ok = True

    def line(passed: bool, text: str) -> None:
        nonlocal ok
        ok = ok and passed
        echo(f"{'PASS' if passed else 'FAIL'}  {text}")

    try:
        client = docker_client(timeout=30)
    except SandboxError as exc:
        line(False, str(exc))
        return False
    try:
        info = client.info()
        version = client.version()
        echo(
            f"Engine: Docker {version.get('Version')} (API {version.get('ApiVersion')}), "
            f"storage {info.get('Driver')}, cgroup v{info.get('CgroupVersion', '?')} ({info.get('CgroupDriver')}), "
            f"kernel {info.get('KernelVersion')}, {info.get('NCPU')} CPUs"
        )
        line(True, "engine reachable")
        options = docker_options()
        present = image_exists(client, options.image)
        echo(f"Image: {options.image} (recipe {recipe_hash()[:12]})")
        line(
            present,
            f"image {options.image} present" + ("" if present else ": run `python manage.py sandbox build`"),
        )
        if not present:
            return False
        with tempfile.TemporaryDirectory(prefix="healer-check-") as tmp:
            Path(tmp, "probe.py").write_text(PROBE)
            sandbox = DockerSandbox.start(
                client=client, options=options, run_id="", workspace=Workspace(tmp), support_root=None
            )
            try:
                result = sandbox.exec(["python3", "probe.py"], timeout=60)
                node_checks = probe_node(sandbox)
            finally:
                sandbox.close()
        marker = next((ln for ln in result.output.splitlines() if ln.startswith("HEALER-PROBE ")), "")
        if not marker:
            line(
                False, f"the hardening probe did not report (exit {result.exit_code}): {result.output[-500:]}"
            )
            return False
        facts = json.loads(marker.removeprefix("HEALER-PROBE "))
        for passed, text in [*evaluate(facts, limits=options.limits), *node_checks]:
            line(passed, text)
        check_deps_phase(client, image=options.image, line=line, echo=echo)
    except (docker.errors.APIError, SandboxError) as exc:
        line(False, f"sandbox check could not complete: {exc}")
    finally:
        client.close()
    return ok
