"""`sandbox bench --npm`: the npm dependency phase and a jest suite, measured side by side.

1. Install cache. A jest project of the npm corpus (tests/corpora/npm, its
   package-lock.json) through the configured registry, three ways:
   - plain: one networked container running `npm ci --ignore-scripts` (no
     proxy, no policy, no copy) — the reference;
   - uncached: `ensure_all_deps` on a cache miss (the locked-down phase);
   - cached: `ensure_all_deps` again: a hit must start no install at all
     (only the probe that finds the volume), which the bench checks.
2. Warm jest overhead. The same suite, the same node_modules (copied out of
   the cache volume, so both sides run the very same files), the same
   command and environment, rounds interleaved:
   - bare: the image's own node in a chroot of the image's files (below),
     placed in a cgroup beside the sandbox's container with its CPU quota and
     weight (sandbox/bench_cgroup.py: Docker's cgroup weighs as one process
     against every host process, so a host-placed bare run is not a like
     baseline on a loaded host); also without the quota, and as a host process;
   - warm: a later command in an open session (agent), and one session per
     factor, unlike the default in one thing only (FACTORS).
   Wall time and CPU time (the container's cgroup; bare: rusage) per row.
   Jest runs in band (one process) with --no-cache on both sides: the sandbox
   empties /tmp before every command, so its jest never has a warm transform
   cache.
   The bare run uses the very node binary and libraries the sandbox runs:
   the image's files are exported once under the ignored var/ and the suite
   runs there in a chroot (no container, no limits, /proc bound in), which
   needs root. Another build of the same Node version is not a like baseline:
   Debian's node (shared libuv, ICU, OpenSSL) took ~1.2 s in a container where
   the official build took ~0.9 s. Not root, or with `--node`, the host's node
   is measured and the target (warm within 10 % of bare) is not claimed.
"""

from __future__ import annotations

import contextlib
import io
import os
import resource
import shutil
import statistics
import subprocess
import tarfile
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import docker

from healer.engine.workspace import Workspace
from sandbox import labels
from sandbox.archive import extract_data
from sandbox.docker_container import NODE_MODULES, WORK

CASE = Path(__file__).resolve().parent.parent / "tests" / "corpora" / "npm" / "dev" / "d01-cart" / "fixed"
JEST = ["node", "node_modules/jest/bin/jest.js", "--ci", "--runInBand", "--no-cache", "--silent"]
VAR = Path(__file__).resolve().parent.parent / "var" / "bench-npm"


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:8.0f} ms"


def _plain_npm_ci(client: docker.DockerClient, *, image: str, options, case: Path) -> float:
    """npm ci in one networked container (no lockdown); seconds."""
    from sandbox.deps_npm import NPMRC, NpmInstaller

    installer = NpmInstaller(options.npm, inputs_dir="/in")
    job = installer.job(installer.plan(Workspace(case)))
    npmrc = b"".join(
        line + b"\n"
        for line in job.files[NPMRC].splitlines()
        if not line.startswith((b"proxy=", b"https-proxy="))  # a direct connection
    )
    files = {**job.files, NPMRC: npmrc}
    container = client.api.create_container(
        image,
        command=["/bin/sh", "-c", "mkdir /tmp/install && cd /tmp/install && cp /in/package*.json . && "
                 "npm ci --ignore-scripts --no-audit --no-fund"],
        user="10001:10001",
        environment={"HOME": "/tmp", "NPM_CONFIG_USERCONFIG": f"/in/{NPMRC}", **installer.ca_env()},
        labels=labels.labels_for(kind="install", ttl=1200),
        host_config=client.api.create_host_config(network_mode=options.network),
    )["Id"]  # fmt: skip
    try:
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w") as tar:
            dirinfo = tarfile.TarInfo("in")
            dirinfo.type, dirinfo.mode = tarfile.DIRTYPE, 0o755
            tar.addfile(dirinfo)
            for name, data in files.items():
                info = tarfile.TarInfo(f"in/{name}")
                info.size, info.mode = len(data), 0o644
                tar.addfile(info, io.BytesIO(data))
        client.api.put_archive(container, "/", buf.getvalue())
        started = time.perf_counter()
        client.api.start(container)
        code = client.api.wait(container, timeout=900).get("StatusCode")
        took = time.perf_counter() - started
        if code != 0:
            raise SystemExit(
                f"plain npm ci failed:\n{client.api.logs(container, tail=20).decode(errors='replace')}"
            )
        return took
    finally:
        client.api.remove_container(container, force=True)


def _remove_volume(client: docker.DockerClient, name: str) -> None:
    try:
        client.api.remove_volume(name, force=True)
    except docker.errors.NotFound:
        pass


def bench_install(
    *, client, image: str, options, case: Path, repeat: int, echo: Callable[[str], None]
) -> str:
    """Plain vs uncached vs cached; returns the cache volume (left in place for the jest part)."""
    from sandbox.deps import INPUTS, _Phase, ensure_all_deps
    from sandbox.deps_npm import NpmInstaller

    installer = NpmInstaller(options.npm, inputs_dir=INPUTS)
    phase = _Phase(client=client, image=image, options=options, run_id="", instance="", say=None)
    volume = f"healer-deps-{phase.digest(installer, installer.plan(Workspace(case)))}"
    times: dict[str, list[float]] = {"plain": [], "uncached": [], "cached": []}
    for _ in range(repeat):
        times["plain"].append(_plain_npm_ci(client, image=image, options=options, case=case))
        _remove_volume(client, volume)  # a miss, even when an earlier run left this cache
        log: list[str] = []
        mark = time.perf_counter()
        volume = ensure_all_deps(client=client, image=image, workspace=Workspace(case), options=options,
                                 log_line=log.append).npm or ""  # fmt: skip
        times["uncached"].append(time.perf_counter() - mark)
        if not any("installing npm ci" in line for line in log):
            raise SystemExit(f"the uncached round did not install: {log}")
        log.clear()
        mark = time.perf_counter()
        again = ensure_all_deps(client=client, image=image, workspace=Workspace(case), options=options,
                                log_line=log.append).npm  # fmt: skip
        times["cached"].append(time.perf_counter() - mark)
        if again != volume or any("installing" in line for line in log):
            raise SystemExit(f"the second run of the same lock file installed again: {log}")
    base = statistics.median(times["plain"])
    echo(
        f"npm install of {case.parent.name} ({repeat} interleaved rounds, medians; registry {options.npm.clean_url}):"
    )
    for key, text in (
        ("plain", "plain: one networked container running npm ci (no lockdown)"),
        ("uncached", "uncached: locked-down phase, cache miss (proxy, no-network install, copy)"),
        ("cached", "cached: the same lock file again (no install: the probe only)"),
    ):
        median = statistics.median(times[key])
        echo(f"  {text:<76}{_ms(median)}  {median / base:5.2f}x")
    return volume


def _node_modules_on_host(client, *, image: str, volume: str) -> Path:
    """The cache volume's node_modules, extracted under var/ (tar's data filter: nothing lands outside)."""
    target = VAR / volume
    if (target / "node_modules" / "jest").is_dir():
        return target
    container = client.api.create_container(
        image,
        command=["true"],
        host_config=client.api.create_host_config(binds={volume: {"bind": "/deps-npm", "mode": "ro"}}),
        network_disabled=True,
        labels=labels.labels_for(kind="probe", ttl=600),
    )["Id"]
    try:
        stream, _ = client.api.get_archive(container, "/deps-npm/node_modules")
        with tempfile.TemporaryFile() as spool:
            for chunk in stream:
                spool.write(chunk)
            spool.seek(0)
            target.mkdir(parents=True, exist_ok=True)
            with tarfile.open(fileobj=spool) as tar:
                extract_data(tar, str(target))
    finally:
        client.api.remove_container(container, force=True)
    return target


def _version(argv: list[str], cwd: Path | None = None) -> str:
    done = subprocess.run(argv, capture_output=True, text=True, cwd=cwd, check=False)
    return done.stdout.strip() or done.stderr.strip()[-200:]


def _image_root(client, *, image: str) -> Path:
    """The image's files under var/ (once per image id), for a bare run of the sandbox's own node."""
    image_id = client.images.get(image).id.split(":")[-1][:12]
    root = VAR / f"rootfs-{image_id}"
    if (root / "usr" / "bin" / "node").exists():
        return root
    partial = VAR / f"rootfs-{image_id}.partial"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    container = client.api.create_container(
        image, command=["true"], network_disabled=True, labels=labels.labels_for(kind="probe", ttl=600)
    )["Id"]
    try:
        # tar as root keeps owners and modes; device nodes and kernel trees are not the image's files.
        untar = subprocess.Popen(
            ["tar", "-x", "-C", str(partial), "--exclude=dev/*", "--exclude=proc/*", "--exclude=sys/*"],
            stdin=subprocess.PIPE,
        )
        assert untar.stdin is not None
        for chunk in client.api.export(container):
            untar.stdin.write(chunk)
        untar.stdin.close()
        if untar.wait() != 0:
            raise SystemExit("could not unpack the image's files for the bare run")
    finally:
        client.api.remove_container(container, force=True)
    partial.rename(root)
    return root


class _ImageRootRun:
    """`node ...` run with the image's own files as its root: the sandbox's binary without a sandbox.

    The suite sits at /work as in the sandbox, the environment is the sandbox's, and /tmp is
    emptied before every run as the sandbox's reset empties it (jest keeps its haste map there
    even with --no-cache).
    """

    def __init__(self, root: Path, suite: Path) -> None:
        self.root, self.suite = root, suite

    def __enter__(self) -> _ImageRootRun:
        inside = self.root / WORK.lstrip("/")
        shutil.rmtree(inside, ignore_errors=True)
        shutil.copytree(self.suite, inside, symlinks=False)  # node_modules too: a link would point outside
        subprocess.run(["mount", "--bind", "/proc", str(self.root / "proc")], check=True)
        return self

    def __exit__(self, *exc_info: object) -> None:
        subprocess.run(["umount", str(self.root / "proc")], check=False)
        shutil.rmtree(self.root / WORK.lstrip("/"), ignore_errors=True)
        (self.root / WORK.lstrip("/")).mkdir(exist_ok=True)  # the image's empty mount point, as exported

    def reset(self) -> None:
        tmp = self.root / "tmp"
        for entry in tmp.iterdir():
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()

    def argv(self) -> list[str]:
        return [
            shutil.which("chroot") or "/usr/sbin/chroot",
            str(self.root),
            "/usr/bin/env",
            "-C",
            WORK,
            *JEST,
        ]


# One session per row, each unlike the default in one thing only, so every factor is measured on
# its own in the same rounds. The rows that drop a piece of hardening exist only here, for the
# measurement (the fixed corpus project, nothing else, runs in them); Healer never opens them.
# key: (label, DockerOptions changes, container_spec changes)
FACTORS: dict[str, tuple[str, dict, dict]] = {
    "warm": ("warm: the sandbox as Healer runs it (agent)", {}, {}),
    "no_agent": ("  one docker exec per command, no agent", {"agent": False}, {}),
    "no_quota": ("  no CPU quota (nano_cpus unset)", {}, {"nano_cpus": 0}),
    "seccomp_off": (
        "  Docker's seccomp profile off",
        {},
        {"security_opt": ["no-new-privileges", "seccomp=unconfined"]},
    ),
    "no_limits": (
        "  no memory, pids or file-size limits",
        {},
        {"mem_limit": None, "memswap_limit": None, "pids_limit": None, "ulimits": None},
    ),
    "nm_tmpfs": ("  node_modules copied into /work (tmpfs), not the volume", {}, {}),
}
# nm_tmpfs keeps its copy (no reset) and empties /tmp itself, as the reset would.
NM_COPY = ["sh", "-c", f"rm node_modules && cp -R {NODE_MODULES} node_modules"]
EMPTY_TMP = ["sh", "-c", 'find /tmp -mindepth 1 -maxdepth 1 -exec rm -rf {} + && exec "$@"', "healer-bench"]
BARE_ROWS = {
    "bare": "bare, beside the container (same CPU quota and weight)",
    "bare_no_quota": "  bare, beside the container, no CPU quota",
    "bare_host": "  bare as a host process (the host's cgroup)",
}


def _factor_box(client, *, options, case: Path, volume: str, key: str):
    from sandbox.docker_backend import DockerSandbox

    _, option_changes, spec_changes = FACTORS[key]

    class FactorSandbox(DockerSandbox):
        def _spec(self) -> dict:
            spec = super()._spec()
            for name, value in spec_changes.items():
                if value is None:
                    spec.pop(name, None)
                else:
                    spec[name] = value
            return spec

    box = FactorSandbox.start(
        client=client, options=replace(options, **option_changes), run_id="", workspace=Workspace(case),
        support_root=None, npm_volume=volume,
    )  # fmt: skip
    if key == "nm_tmpfs":
        copied = box.exec(NM_COPY, timeout=300)
        if not copied.ok:
            box.close()
            raise SystemExit(f"could not copy node_modules into /work:\n{copied.output[-2000:]}")
    return box


def _box_argv(key: str) -> tuple[list[str], bool]:
    """The command and reset flag of one row: the same jest command everywhere."""
    return ([*EMPTY_TMP, *JEST], False) if key == "nm_tmpfs" else (JEST, True)


def _bare_runs(image_root: Path | None, *, container_pid: int, node: str, suite: Path):
    """The bare rows that can run here: key -> (argv, env, cwd, cgroup place or None)."""
    from sandbox.bench_cgroup import CgroupPlace
    from sandbox.docker_container import deps_env

    if image_root is None:  # the host's own node, the host's cwd: no like baseline
        env = {"PATH": f"{Path(node).parent}:/usr/bin:/bin", "HOME": str(suite), "LANG": "C.UTF-8"}
        return {"bare_host": ([node, *JEST[1:]], env, suite, None)}
    env = deps_env(python=False, npm=True)  # the sandbox's environment, word for word
    argv = _ImageRootRun(image_root, suite).argv()
    runs = {"bare_host": (argv, env, None, None)}
    for key, quota in (("bare", True), ("bare_no_quota", False)):
        place = CgroupPlace.beside(container_pid, quota=quota)
        if place is not None:
            runs[key] = (argv, env, None, place)
    return runs


def _usage_reader(client, box):
    """The CPU time used inside the box's container (agent, reset and command), or None."""
    from sandbox.bench_cgroup import cpu_usage_reader

    pid = client.api.inspect_container(box.container_id)["State"]["Pid"]
    try:
        return cpu_usage_reader(Path(f"/proc/{pid}/cgroup").read_text())
    except OSError:
        return None


def _load() -> float:
    return os.getloadavg()[0]


def bench_jest(
    *,
    client,
    image: str,
    options,
    case: Path,
    volume: str,
    node: str,
    repeat: int,
    echo: Callable[[str], None],
) -> dict[str, float]:
    host_modules = _node_modules_on_host(client, image=image, volume=volume)
    image_root = _image_root(client, image=image) if not node and os.geteuid() == 0 else None
    samples: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    loads = [_load()]
    with tempfile.TemporaryDirectory(prefix="healer-bench-jest-") as tmp, contextlib.ExitStack() as stack:
        suite = Path(tmp) / "suite"
        suite.mkdir()
        for rel in Workspace(case).iter_files():
            (suite / rel).parent.mkdir(parents=True, exist_ok=True)
            (suite / rel).write_bytes((case / rel).read_bytes())
        (suite / "node_modules").symlink_to(host_modules / "node_modules")
        node = str(Path(shutil.which(node or "node") or node).resolve())
        boxes = {}
        for key in FACTORS:
            boxes[key] = _factor_box(client, options=options, case=case, volume=volume, key=key)
            stack.callback(boxes[key].close)
        pid = client.api.inspect_container(boxes["warm"].container_id)["State"]["Pid"]
        usage = {key: _usage_reader(client, box) for key, box in boxes.items()}
        bare_runs = _bare_runs(image_root, container_pid=pid, node=node, suite=suite)
        in_root = stack.enter_context(_ImageRootRun(image_root, suite)) if image_root is not None else None
        for key, run in list(bare_runs.items()):
            if run[3] is not None:
                try:
                    stack.enter_context(run[3])
                except OSError:  # no cgroup of our own here (read-only cgroupfs): no like baseline
                    del bare_runs[key]
        for key, sb in boxes.items():  # first commands are not "warm"
            argv, reset = _box_argv(key)
            first = sb.exec(argv, timeout=300, reset=reset)
            if not first.ok:
                raise SystemExit(f"the jest suite failed in the sandbox ({key}):\n{first.output[-2000:]}")
        sandbox_node = boxes["warm"].exec(["node", "--version"]).output.strip()
        for _ in range(repeat):
            for key, (argv, env, cwd, place) in bare_runs.items():
                if in_root is not None:
                    in_root.reset()
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                mark = time.perf_counter()
                done = subprocess.run(
                    argv, cwd=cwd, env=env, capture_output=True, check=False,
                    preexec_fn=place.preexec if place is not None else None,
                )  # fmt: skip
                samples.setdefault(key, []).append(time.perf_counter() - mark)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu.setdefault(key, []).append(
                    after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
                )
                if done.returncode != 0:
                    raise SystemExit(f"the jest suite failed bare ({key}):\n{done.stderr.decode()[-2000:]}")
            for key, sb in boxes.items():
                argv, reset = _box_argv(key)
                used = usage[key]() if usage[key] else 0
                mark = time.perf_counter()
                result = sb.exec(argv, timeout=300, reset=reset)
                samples.setdefault(key, []).append(time.perf_counter() - mark)
                if usage[key]:
                    cpu.setdefault(key, []).append((usage[key]() - used) / 1e9)
                if not result.ok:
                    raise SystemExit(
                        f"the jest suite failed in the sandbox ({key}):\n{result.output[-2000:]}"
                    )
            loads.append(_load())
        places = {key: run[3] for key, run in bare_runs.items()}
    host_node = sandbox_node if image_root is not None else _version([node, "--version"])
    fig = {key: statistics.median(values) for key, values in samples.items()}
    _report(
        fig=fig, cpu=cpu, loads=loads, places=places, repeat=repeat, case=case, image_root=image_root,
        node=node, host_node=host_node, sandbox_node=sandbox_node, echo=echo,
    )  # fmt: skip
    return fig


def _report(
    *, fig, cpu, loads, places, repeat, case, image_root, node, host_node, sandbox_node, echo
) -> None:
    base_key = "bare" if "bare" in fig else "bare_host"
    base = fig[base_key]
    echo(
        f"Jest suite {case.parent.name} ({' '.join(JEST[1:])}), {repeat} interleaved rounds, medians; "
        f"load average {min(loads):.1f}-{max(loads):.1f} (median {statistics.median(loads):.1f}) on {os.cpu_count()} CPUs"
    )
    if image_root is not None:
        echo(
            f"  bare:    the image's own node (Node {sandbox_node}) in a chroot of its files ({image_root.name}),"
        )
        echo("           at /work with the sandbox's environment, /tmp emptied before each run; no container")
    else:
        echo(f"  bare:    the host's {node} (Node {host_node})")
    if places.get("bare") is not None:
        echo(f"  beside:  {places['bare'].describe()}")
    echo(f"  sandbox: node in the image (Node {sandbox_node}); ratios against '{base_key}'")
    for key, label in BARE_ROWS.items():
        if key in fig:
            cpu_ms = statistics.median(cpu[key]) * 1000
            echo(f"  {label:<58}{_ms(fig[key])}   {fig[key] / base:5.2f}x   (CPU {cpu_ms:.0f} ms)")
    for key, (label, _, _) in FACTORS.items():
        delta = (fig[key] - base) * 1000
        used = f", CPU {statistics.median(cpu[key]) * 1000:.0f} ms" if key in cpu else ""
        echo(f"  {label:<58}{_ms(fig[key])}   {fig[key] / base:5.2f}x   ({delta:+.0f} ms{used})")
    if "bare" not in fig:
        echo(
            "target not claimed: no like baseline (the bare run beside the container needs root, the image's "
            "node and a cgroup file system)"
            + (
                ""
                if host_node == sandbox_node
                else f"; the host's Node {host_node} is not the sandbox's {sandbox_node}"
            )
        )
        return
    met = fig["warm"] <= base * 1.10
    if "warm" in cpu:
        bare_cpu, warm_cpu = statistics.median(cpu["bare"]), statistics.median(cpu["warm"])
        echo(
            f"CPU time (load-independent): warm {warm_cpu * 1000:.0f} ms against bare {bare_cpu * 1000:.0f} ms, "
            f"{warm_cpu / bare_cpu:.2f}x (the container's own CPU: agent, reset, kill and the command; "
            "bare: the process' rusage; Docker's own work for an exec is outside both)"
        )
    echo(
        f"target: warm <= 1.10x bare (same node, same CPU share): {fig['warm'] / base:.2f}x, {'met' if met else 'MISSED'}"
        f"; against the host-placed bare run {fig['warm'] / fig['bare_host']:.2f}x"
    )


def run_npm_bench(*, repeat: int, install_rounds: int, node: str, echo: Callable[[str], None]) -> None:
    from sandbox.docker_container import docker_client, require_image
    from sandbox.sessions import deps_options, docker_options

    options = docker_options()
    client = docker_client()
    require_image(client, options.image)
    deps = deps_options()
    try:
        if install_rounds > 0:
            volume = bench_install(
                client=client, image=options.image, options=deps, case=CASE, repeat=install_rounds, echo=echo
            )
        else:  # the jest part alone: the cached install (a hit when an earlier bench left it)
            from sandbox.deps import ensure_all_deps

            volume = (
                ensure_all_deps(
                    client=client, image=options.image, workspace=Workspace(CASE), options=deps
                ).npm
                or ""
            )
        bench_jest(
            client=client, image=options.image, options=options, case=CASE, volume=volume,
            node=node, repeat=repeat, echo=echo,
        )  # fmt: skip
    finally:
        client.close()


# The corpus' own projects (development part only) and the tools they run, by name and through npm.
TOOL_CHECKS = {
    "d01-cart": [["npm", "test"], ["jest", "--ci", "--json"], ["npm", "run", "lint"], ["eslint", "src", "--format", "json"]],
    "d03-inventory": [["npm", "test"], ["vitest", "run", "--reporter=json"], ["npm", "run", "typecheck"], ["tsc", "--noEmit"]],
    "d06-gradebook": [["npm", "test"], ["npm", "run", "lint"]],
    "d08-router": [["npm", "test"], ["mocha", "--reporter", "json", "test/*.spec.js"], ["npx", "--no-install", "mocha"]],
    "d09-matrix": [["npm", "test"], ["npm", "run", "typecheck"]],
    "d05-queue": [["npm", "test"]],
}  # fmt: skip


def verify_tools(*, echo: Callable[[str], None]) -> bool:
    """Each project's checks pass on its fixed copy and fail on its broken one, in a real session."""
    from sandbox.deps import ensure_all_deps
    from sandbox.docker_backend import DockerSandbox
    from sandbox.docker_container import docker_client, require_image
    from sandbox.sessions import deps_options, docker_options

    options, deps = docker_options(), deps_options()
    client = docker_client()
    require_image(client, options.image)
    ok = True
    try:
        for case, commands in TOOL_CHECKS.items():
            fixed = CASE.parent.parent / case / "fixed"
            volumes = ensure_all_deps(
                client=client, image=options.image, workspace=Workspace(fixed), options=deps
            )
            sb = DockerSandbox.start(
                client=client, options=options, run_id="", workspace=Workspace(fixed), support_root=None,
                npm_volume=volumes.npm,
            )  # fmt: skip
            try:
                for argv in commands:
                    result = sb.exec(argv, timeout=300)
                    ok = ok and result.ok
                    tail = (
                        "" if result.ok else " | " + " ".join(result.output.strip().splitlines()[-3:])[:300]
                    )
                    echo(
                        f"{'PASS' if result.ok else 'FAIL'}  {case} fixed: {' '.join(argv)} (exit {result.exit_code}){tail}"
                    )
                sb.upload(Workspace(fixed.parent / "repo"))
                broken = sb.exec(commands[0], timeout=300)
                failed = broken.exit_code not in (0, None)
                ok = ok and failed
                echo(
                    f"{'PASS' if failed else 'FAIL'}  {case} broken: {' '.join(commands[0])} fails (exit {broken.exit_code})"
                )
            finally:
                sb.close()
    finally:
        client.close()
    return ok
