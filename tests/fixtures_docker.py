"""Docker fixtures (owned by the sandbox work; see sandbox/).

Any test marked `@pytest.mark.docker` needs a reachable engine and the
sandbox image. Locally such tests skip with the reason; with CI=true they
FAIL instead, so a CI machine without Docker cannot pass by skipping.

- `docker_engine`: session-scoped (client, image tag), checked once.
- `make_sandbox`: opens a DockerSandbox (plain parameters, small limits) on a
  dict of files; every sandbox it opens is closed at teardown.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

_state: dict[str, object] = {}


def docker_unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"Docker is required in CI: {reason}", pytrace=False)
    pytest.skip(reason)


def _check_engine():
    """(client, image) or raises; the outcome is computed once per session."""
    if "result" not in _state:
        from healer.engine.types import SandboxError
        from sandbox.docker_container import docker_client
        from sandbox.image import image_exists
        from sandbox.sessions import configured_image

        try:
            client = docker_client(timeout=30)
        except SandboxError as exc:
            _state["result"] = ("error", str(exc))
        else:
            image = configured_image()
            if image_exists(client, image):
                _state["result"] = ("ok", (client, image))
            else:
                _state["result"] = (
                    "error",
                    f"Sandbox image {image} is missing: run `python manage.py sandbox build`",
                )
    kind, value = _state["result"]
    if kind != "ok":
        docker_unavailable(str(value))
    return value


def pytest_runtest_setup(item: pytest.Item) -> None:
    # Every docker-marked test gets the skip-or-fail gate, even one that does
    # not ask for a docker fixture.
    if item.get_closest_marker("docker") is not None:
        _check_engine()


@pytest.fixture(scope="session")
def docker_engine():
    """(docker.DockerClient, image tag) for the configured sandbox image."""
    return _check_engine()


def small_options(image: str, **overrides):
    """Sandbox options with small limits, so adversarial tests finish fast."""
    from sandbox.docker_container import DockerOptions, Limits

    limits = Limits(
        memory=256 * 1024**2,
        cpus=1.0,
        pids=64,
        tmpfs=32 * 1024**2,
        file_size=16 * 1024**2,
        nofile=256,
    )
    limit_fields = {k: overrides.pop(k) for k in list(overrides) if hasattr(limits, k)}
    options = DockerOptions(
        image=image,
        limits=replace(limits, **limit_fields),
        default_timeout=30.0,
        output_limit=64 * 1024,
        output_hard_limit=8 * 1024**2,
        ttl=600,
    )
    return replace(options, **overrides)


def write_tree(root: Path, files: dict[str, str | bytes]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content)
    return root


@pytest.fixture
def make_sandbox(docker_engine, tmp_path) -> Iterator[Callable[..., object]]:
    """make_sandbox(files, run_id=..., deps_volume=..., npm_volume=..., **option overrides) -> open DockerSandbox."""
    from healer.engine.workspace import Workspace
    from sandbox.docker_backend import DockerSandbox

    client, image = docker_engine
    opened: list[DockerSandbox] = []
    counter = [0]

    def factory(
        files: dict[str, str | bytes] | None = None,
        *,
        run_id: str = "test",
        deps_volume=None,
        npm_volume=None,
        **overrides,
    ):
        counter[0] += 1
        root = write_tree(tmp_path / f"repo{counter[0]}", files or {"README": "x\n"})
        sandbox = DockerSandbox.start(
            client=client,
            options=small_options(image, **overrides),
            run_id=run_id,
            workspace=Workspace(root),
            support_root=None,
            deps_volume=deps_volume,
            npm_volume=npm_volume,
        )
        opened.append(sandbox)
        return sandbox

    yield factory
    for sandbox in opened:
        sandbox.close()
