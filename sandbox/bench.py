"""`sandbox bench`: what the sandbox costs, measured side by side in one run.

The same tiny pytest suite runs three ways, interleaved round by round so
machine noise hits all three alike:

- bare: a host subprocess, no container (the floor);
- cold: a fresh session (container create + start + upload) plus its first
  command, i.e. what the first check of a run costs;
- warm: a later command in an already-open session (reset + run), i.e. what
  every further check and every candidate validation costs.

Medians in milliseconds and ratios against bare. Targets: warm within 10% of
bare, cold under 1 s.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

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


def host_python(preferred: str = "") -> str:
    """An interpreter with pytest for the bare run: the Debian one (same pytest as the image) first."""
    candidates = [preferred] if preferred else ["/usr/bin/python3", sys.executable]
    for candidate in candidates:
        if candidate and shutil.which(candidate):
            probe = subprocess.run([candidate, "-c", "import pytest"], capture_output=True)
            if probe.returncode == 0:
                return candidate
    raise SystemExit(f"no interpreter with pytest found among {candidates}")


def version_of(argv: list[str]) -> str:
    proc = subprocess.run(
        [*argv, "-c", "import sys, pytest; print(sys.version.split()[0], pytest.__version__)"],
        capture_output=True,
        text=True,
    )
    return proc.stdout.strip()


def write_suite(root: Path) -> Path:
    for rel, text in SUITE.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def run_bench(*, repeat: int = 7, python: str = "", echo: Callable[[str], None] = print) -> dict[str, float]:
    from sandbox.docker_backend import DockerSandbox, docker_client, require_image
    from sandbox.sessions import docker_options

    interpreter = host_python(python)
    options = docker_options()
    client = docker_client()
    require_image(client, options.image)
    bare: list[float] = []
    cold: list[float] = []
    cold_start: list[float] = []
    warm: list[float] = []
    with tempfile.TemporaryDirectory(prefix="healer-bench-") as tmp:
        suite = write_suite(Path(tmp) / "suite")
        workspace = Workspace(suite)
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": tmp,
            "LANG": "C.UTF-8",
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        bare_argv = [interpreter, *COMMAND[1:]]
        image_versions = ""

        warm_box = DockerSandbox.start(
            client=client, options=options, run_id="bench-warm", workspace=workspace, support_root=None
        )
        try:
            first = warm_box.exec(COMMAND, timeout=120)
            if not first.ok:
                raise SystemExit(f"the bench suite failed in the sandbox:\n{first.output}")
            image_versions = warm_box.exec(
                ["python3", "-c", "import sys, pytest; print(sys.version.split()[0], pytest.__version__)"]
            ).output.strip()
            for _ in range(repeat):
                # bare
                started = time.perf_counter()
                proc = subprocess.run(bare_argv, cwd=suite, env=env, capture_output=True)
                bare.append(time.perf_counter() - started)
                if proc.returncode != 0:
                    raise SystemExit(f"the bench suite failed on the host:\n{proc.stdout.decode()}")
                # warm: a later command in the open session (reset included, as the engine runs it)
                started = time.perf_counter()
                result = warm_box.exec(COMMAND, timeout=120)
                warm.append(time.perf_counter() - started)
                assert result.ok, result.output
                # cold: a new session and its first command
                started = time.perf_counter()
                box = DockerSandbox.start(
                    client=client,
                    options=options,
                    run_id="bench-cold",
                    workspace=workspace,
                    support_root=None,
                )
                opened = time.perf_counter()
                try:
                    result = box.exec(COMMAND, timeout=120)
                    cold.append(time.perf_counter() - started)
                    cold_start.append(opened - started)
                    assert result.ok, result.output
                finally:
                    box.close()
        finally:
            warm_box.close()
            client.close()

    figures = {
        "bare": statistics.median(bare),
        "warm": statistics.median(warm),
        "cold": statistics.median(cold),
        "cold_start": statistics.median(cold_start),
    }
    echo(
        f"Suite: {sum(1 for k in SUITE if k.startswith('tests/'))} test files, 20 tests; "
        f"{repeat} rounds, medians; image {options.image}"
    )
    echo(f"  host:    {interpreter} (Python/pytest {version_of([interpreter])})")
    echo(f"  sandbox: python3 in the image (Python/pytest {image_versions})")
    echo(f"bare host run            {ms(figures['bare'])}   1.00x")
    echo(
        f"warm sandboxed command   {ms(figures['warm'])}   {figures['warm'] / figures['bare']:.2f}x  "
        f"(overhead {ms(figures['warm'] - figures['bare']).strip()})"
    )
    echo(f"cold: session start      {ms(figures['cold_start'])}")
    echo(f"cold: start + 1st cmd    {ms(figures['cold'])}   {figures['cold'] / figures['bare']:.2f}x")
    warm_ok = figures["warm"] <= figures["bare"] * 1.10
    cold_ok = figures["cold"] < 1.0
    echo(
        f"target warm <= 1.10x bare: {'met' if warm_ok else 'MISSED'}; "
        f"target cold < 1000 ms: {'met' if cold_ok else 'MISSED'}"
    )
    return figures
