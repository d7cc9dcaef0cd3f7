"""`sandbox bench --deps`: what the locked-down dependency phase costs, side by side.

One small wheel served by a throw-away index on the host (no internet), three
ways, interleaved round by round so machine noise hits all alike:

- plain: one container on the deps network running `pip install --target`
  into a volume (the phase as it was before the lockdown: no proxy, no tmpfs
  copy, no policy) — the reference;
- uncached: `ensure_deps` on a cache miss (plan, image facts, install and
  proxy containers, pip, copy into the volume);
- cached: `ensure_deps` on a hit.

Medians and ratios against plain.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import http.server
import io
import statistics
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import docker

from healer.engine.workspace import Workspace
from sandbox import labels

NAME = "healer-bench-dep"


def _wheel(directory: Path) -> None:
    module = NAME.replace("-", "_")
    info = f"{module}-1.0.dist-info"
    files = {
        f"{module}/__init__.py": b"VALUE = 1\n",
        f"{info}/METADATA": f"Metadata-Version: 2.1\nName: {NAME}\nVersion: 1.0\n".encode(),
        f"{info}/WHEEL": b"Wheel-Version: 1.0\nGenerator: bench\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    }
    record = []
    for path, data in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append(f"{path},sha256={digest},{len(data)}")
    files[f"{info}/RECORD"] = ("\n".join([*record, f"{info}/RECORD,,"]) + "\n").encode()
    folder = directory / "simple" / NAME
    folder.mkdir(parents=True)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for path, data in files.items():
            zf.writestr(path, data)
    (folder / f"{module}-1.0-py3-none-any.whl").write_bytes(buf.getvalue())


def _gateway(client: docker.DockerClient, network: str) -> str:
    from sandbox.deps import _gateway as gateway

    return gateway(client, network)


def _plain(client: docker.DockerClient, *, image: str, network: str, url: str, host: str) -> None:
    volume = client.volumes.create(labels=labels.labels_for(kind="deps", ttl=600)).name
    try:
        container = client.containers.create(
            image,
            [
                "python3",
                "-m",
                "pip",
                "install",
                "-q",
                "--no-cache-dir",
                "--target",
                "/deps/site",
                "--index-url",
                url,
                "--trusted-host",
                host.split(":")[0],
                f"{NAME}==1.0",
            ],
            user="0:0",
            network_mode=network,
            volumes={volume: {"bind": "/deps", "mode": "rw"}},
            labels=labels.labels_for(kind="install", ttl=600),
        )
        try:
            container.start()
            if container.wait(timeout=300).get("StatusCode") != 0:
                raise RuntimeError(container.logs(tail=20).decode(errors="replace"))
        finally:
            container.remove(force=True)
    finally:
        client.api.remove_volume(volume, force=True)


def run_deps_bench(
    *, client: docker.DockerClient, image: str, options, repeat: int, echo: Callable[[str], None]
):
    from dataclasses import replace

    from sandbox.deps import ensure_deps
    from sandbox.deps_pip import PipIndex

    with tempfile.TemporaryDirectory(prefix="healer-deps-bench-") as tmp:
        root = Path(tmp)
        _wheel(root / "index")
        handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root / "index"))
        handler.func.log_message = lambda *args: None
        server = http.server.ThreadingHTTPServer(("0.0.0.0", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        gateway = _gateway(client, options.network)
        host = f"{gateway}:{server.server_address[1]}"
        url = f"http://{host}/simple/"
        options = replace(options, pip=PipIndex(index_url=url), private_hosts=(host,))
        repo = root / "repo"
        repo.mkdir()
        (repo / "requirements.txt").write_text(f"{NAME}==1.0\n")
        times: dict[str, list[float]] = {"plain": [], "uncached": [], "cached": []}
        try:
            for _ in range(repeat):
                mark = time.perf_counter()
                _plain(client, image=image, network=options.network, url=url, host=host)
                times["plain"].append(time.perf_counter() - mark)
                mark = time.perf_counter()
                volume = ensure_deps(client=client, image=image, workspace=Workspace(repo), options=options)
                times["uncached"].append(time.perf_counter() - mark)
                mark = time.perf_counter()
                ensure_deps(client=client, image=image, workspace=Workspace(repo), options=options)
                times["cached"].append(time.perf_counter() - mark)
                client.api.remove_volume(volume, force=True)
        finally:
            server.shutdown()
    base = statistics.median(times["plain"])
    echo(f"Dependency phase, one wheel from a local index, {repeat} interleaved rounds (medians):")
    for label, text in (
        ("plain", "plain: one networked container running pip (before the lockdown)"),
        ("uncached", "uncached: locked-down phase, cache miss (proxy, no-network install, copy)"),
        ("cached", "cached: locked-down phase, cache hit"),
    ):
        median = statistics.median(times[label])
        echo(f"  {text:<75} {median * 1000:7.0f} ms  {median / base:5.2f}x")
    return times
