"""Fixtures of the dependency-phase tests (a local index, a forbidden listener, options, clean-up)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.sandbox.deps_support import bridge_gateway, listen, serve_index
from tests.sandbox.npm_support import serve_registry


@pytest.fixture
def package_index(tmp_path, docker_engine):
    """A PEP 503 index on the bridge gateway holding healer-demo-dep 1.0 (VALUE = 42)."""
    client, _ = docker_engine
    index, server = serve_index(tmp_path / "index", bridge_gateway(client))
    index.add_wheel("healer-demo-dep")
    yield index
    server.shutdown()


@pytest.fixture
def npm_registry(docker_engine):
    """An npm registry on the bridge gateway (empty: tests add their packages)."""
    client, _ = docker_engine
    registry, server = serve_registry(bridge_gateway(client))
    yield registry
    server.shutdown()


@pytest.fixture
def forbidden_listener():
    """A port on the host that the install phase must never reach."""
    listener, server = listen()
    yield listener
    server.shutdown()


@pytest.fixture
def deps_options_for() -> Callable[..., object]:
    """deps_options_for(index, registry=..., **overrides): small limits, the local index and npm registry,
    their hosts allowed privately."""
    from sandbox.deps import DepsOptions
    from sandbox.deps_npm import NpmRegistry
    from sandbox.deps_pip import PipIndex
    from sandbox.docker_container import Limits

    def make(index=None, *, allow_sdist=False, pip=None, registry=None, npm=None, **overrides):
        pip = pip or PipIndex(
            index_url=index.url if index else "https://pypi.org/simple", allow_sdist=allow_sdist
        )
        npm = npm or NpmRegistry(url=registry.url if registry else "https://registry.npmjs.org/")
        values = {
            "pip": pip,
            "npm": npm,
            "private_hosts": tuple(source.host for source in (index, registry) if source),
            "limits": Limits(
                memory=256 * 1024**2,
                cpus=1.0,
                pids=128,
                tmpfs=64 * 1024**2,
                file_size=16 * 1024**2,
                nofile=256,
            ),
            "volume_size": 48 * 1024**2,
            "timeout": 120.0,
            "ttl": 600,
            "output_limit": 64 * 1024,
            "output_hard_limit": 8 * 1024**2,
        }
        values.update(overrides)
        return DepsOptions(**values)

    return make


@pytest.fixture
def deps_volumes(docker_engine):
    """Names appended here are removed at teardown (dependency volumes are shared caches)."""
    client, _ = docker_engine
    names: list[str] = []
    yield names
    for name in names:
        if name:
            try:
                client.api.remove_volume(name, force=True)
            except Exception:
                pass


@pytest.fixture
def run_log() -> list[str]:
    return []
