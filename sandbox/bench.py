"""`sandbox bench`: what the sandbox costs, measured side by side in one run.

The same tiny pytest suite runs three ways, interleaved round by round so
machine noise hits all three alike:

- bare: a host subprocess, no container (the floor), placed in a cgroup beside
  the sandbox's container with its CPU quota and weight, so the scheduler
  treats both alike (sandbox/bench_cgroup.py: under load, Docker's cgroup gets
  one share against all host processes); the host-placed run is printed too;
- cold: a fresh session (container create + start + upload) plus its first
  command, i.e. what the first check of a run costs;
- warm: a later command in an already-open session (reset + run), i.e. what
  every further check and every candidate validation costs.

Medians in milliseconds and ratios against bare. Targets: warm within 10% of
bare, cold under 1 s.

The bare run is a baseline only when it runs the same thing: the same Python
(major.minor), the same pytest and the same auto-loaded pytest plugins as the
image. A host without Debian's pytest once fell back to the project's own
virtualenv (a newer pytest loading every dev plugin: 3.45 s bare against
0.38 s in the sandbox) and claimed the targets met. An unlike host is refused
with what to install instead, before anything is measured.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from healer.engine.types import SandboxError
from healer.engine.workspace import Workspace

SUITE = {
    "pyproject.toml": '[tool.pytest.ini_options]\npythonpath = ["src"]\n',
    "src/calc.py": "def add(a, b):\n    return a + b\n\n\ndef mul(a, b):\n    return a * b\n",
    "tests/test_add.py": (
        "from calc import add\n\n\n"
        + "".join(f"def test_add_{i}():\n    assert add({i}, 1) == {i + 1}\n\n\n" for i in range(10))
    ),
    "tests/test_mul.py": (
        "import pytest\n\nfrom calc import mul\n\n\n"
        "@pytest.mark.parametrize('n', range(10))\ndef test_mul(n):\n    assert mul(n, 2) == n + n\n"
    ),
}
COMMAND = ["python3", "-m", "pytest", "-q", "-p", "no:cacheprovider"]


# What makes two pytest runs alike: the interpreter's version, pytest's, and the plugins
# pytest loads on its own (entry points of the "pytest11" group).
PROBE = (
    "import importlib.metadata as m, json, sys, pytest; print(json.dumps({"
    "'python': '%d.%d' % sys.version_info[:2], 'pytest': pytest.__version__, "
    "'plugins': sorted({ep.dist.name.lower() for ep in m.entry_points(group='pytest11')})}))"
)


def describe(versions: dict) -> str:
    plugins = ", ".join(versions["plugins"]) or "none"
    return f"Python {versions['python']}, pytest {versions['pytest']}, plugins: {plugins}"


def probe_host(interpreter: str) -> dict | None:
    """The interpreter's versions (PROBE), or None when it cannot run pytest."""
    if not interpreter or not shutil.which(interpreter):
        return None
    proc = subprocess.run([interpreter, "-c", PROBE], capture_output=True, text=True)
    if proc.returncode != 0:
        return None
    return json.loads(proc.stdout)


def unlike(host: dict, image: dict) -> list[str]:
    """How the host's pytest run would differ from the sandbox's (empty: a fair baseline)."""
    return [
        f"{key} {host[key]} on the host, {image[key]} in the image"
        for key in ("python", "pytest", "plugins")
        if host[key] != image[key]
    ]


def host_python(image: dict, preferred: str = "") -> tuple[str, dict]:
    """An interpreter whose pytest run is like the image's: Debian's own first, else refuse."""
    candidates = [preferred] if preferred else ["/usr/bin/python3", sys.executable]
    problems = []
    for candidate in candidates:
        versions = probe_host(candidate)
        if versions is None:
            problems.append(f"  {candidate}: no pytest")
            continue
        differences = unlike(versions, image)
        if not differences:
            return candidate, versions
        problems.append(f"  {candidate}: {'; '.join(differences)}")
    packages = " ".join(["python3-pytest", *(f"python3-{name}" for name in image["plugins"])])
    raise SandboxError(
        "sandbox bench refuses to compare unlike runs: no host interpreter runs pytest like the image "
        f"({describe(image)}).\n" + "\n".join(problems) + "\n"
        f"Install Debian's pytest on the host (`apt-get install {packages}` on the image's Debian "
        "release) or pass --python with an interpreter that matches."
    )


def write_suite(root: Path) -> Path:
    for rel, text in SUITE.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def _enter_beside(client, box):
    """A cgroup beside the box's container with its CPU share, entered; None when out of reach."""
    from sandbox.bench_cgroup import CgroupPlace

    pid = client.api.inspect_container(box.container_id)["State"]["Pid"]
    place = CgroupPlace.beside(pid)
    if place is None:
        return None
    try:
        return place.__enter__()
    except OSError:
        return None


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def run_bench(*, repeat: int = 7, python: str = "", echo: Callable[[str], None] = print) -> dict[str, float]:
    from sandbox.docker_backend import DockerSandbox
    from sandbox.docker_container import docker_client, require_image
    from sandbox.sessions import docker_options

    options = docker_options()
    client = docker_client()
    require_image(client, options.image)
    samples: dict[str, list[float]] = {
        key: []
        for key in (
            "bare",
            "bare_host",
            "warm",
            "warm_direct",
            "cold",
            "cold_start",
            "create",
            "upload",
            "agent",
        )
    }
    with tempfile.TemporaryDirectory(prefix="healer-bench-") as tmp:
        suite = write_suite(Path(tmp) / "suite")
        workspace = Workspace(suite)
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": tmp,
            "LANG": "C.UTF-8",
            "PYTHONDONTWRITEBYTECODE": "1",
        }

        # No run id: these sessions belong to no run, so a reaper's is_active(run_id) is never asked.
        def open_box(run_id: str, **changes) -> DockerSandbox:
            return DockerSandbox.start(
                client=client,
                options=replace(options, **changes),
                run_id=run_id,
                workspace=workspace,
                support_root=None,
            )

        def timed(samples_key: str, box: DockerSandbox) -> None:
            started = time.perf_counter()
            result = box.exec(COMMAND, timeout=120)
            samples[samples_key].append(time.perf_counter() - started)
            if not result.ok:
                raise SystemExit(f"the bench suite failed in the sandbox:\n{result.output}")

        warm_box = open_box("")
        direct_box = None
        place = None
        try:
            image_versions = json.loads(warm_box.exec(["python3", "-c", PROBE]).output.strip())
            # Before anything is measured: a baseline unlike the sandbox's run is refused.
            interpreter, host_versions = host_python(image_versions, python)
            bare_argv = [interpreter, *COMMAND[1:]]
            # The same session without the agent: one `docker exec` per command (the fallback path).
            direct_box = open_box("", agent=False)
            for box in (warm_box, direct_box):  # first commands are not "warm"
                box.exec(COMMAND, timeout=120)
            # The like baseline shares the container's CPU share (see sandbox/bench_cgroup.py).
            place = _enter_beside(client, warm_box)
            for _ in range(repeat):
                for key, where in (("bare", place), ("bare_host", None)):
                    if key == "bare" and where is None:
                        continue
                    started = time.perf_counter()
                    proc = subprocess.run(
                        bare_argv, cwd=suite, env=env, capture_output=True,
                        preexec_fn=where.preexec if where is not None else None,
                    )  # fmt: skip
                    samples[key].append(time.perf_counter() - started)
                    if proc.returncode != 0:
                        raise SystemExit(f"the bench suite failed on the host:\n{proc.stdout.decode()}")
                timed("warm", warm_box)
                timed("warm_direct", direct_box)
                started = time.perf_counter()
                box = open_box("")
                samples["cold_start"].append(time.perf_counter() - started)
                for key in ("create", "upload", "agent"):
                    samples[key].append(box.timings.get(key, 0.0))
                try:
                    timed("cold", box)
                    samples["cold"][-1] += samples["cold_start"][-1]
                finally:
                    box.close()
        finally:
            if place is not None:
                place.__exit__(None, None, None)
            warm_box.close()
            if direct_box is not None:
                direct_box.close()
            client.close()

    if not samples["bare"]:  # no like placement here: the host-placed run is all there is
        samples["bare"] = samples["bare_host"]
    fig = {key: statistics.median(values) for key, values in samples.items()}
    bare = fig["bare"]

    def row(label: str, key: str) -> None:
        overhead = fig[key] - bare
        echo(f"{label:<28}{ms(fig[key])}   {fig[key] / bare:.2f}x   ({overhead * 1000:+.1f} ms)")

    echo(f"Suite: 2 test files, 20 tests; {repeat} rounds interleaved, medians; image {options.image}")
    echo(f"  host:    {interpreter} ({describe(host_versions)})")
    echo(f"  sandbox: python3 in the image ({describe(image_versions)})")
    if place is not None:
        echo(f"  bare:    beside the container, {place.describe()}")
        echo(f"{'bare (same CPU share)':<28}{ms(bare)}   1.00x")
        row("bare as a host process", "bare_host")
    else:
        echo("  bare:    a host process (no like CPU placement here: needs root and a cgroup file system)")
        echo(f"{'bare host run':<28}{ms(bare)}   1.00x")
    row("warm (same session)", "warm")
    row("warm, no agent (docker exec)", "warm_direct")
    row("cold (new session + 1st cmd)", "cold")
    echo(
        f"  cold session start {ms(fig['cold_start']).strip()}: create+start {ms(fig['create']).strip()}, "
        f"upload {ms(fig['upload']).strip()}, agent {ms(fig['agent']).strip()}"
    )
    warm_ok = fig["warm"] <= bare * 1.10
    cold_ok = fig["cold"] < 1.0
    echo(
        f"targets: warm <= 1.10x bare: {'met' if warm_ok else 'MISSED'}; "
        f"cold < 1000 ms: {'met' if cold_ok else 'MISSED'}"
    )
    return fig
