"""The docker gate itself: skip locally, fail in CI."""

from __future__ import annotations

import pytest

from tests.fixtures_docker import docker_unavailable


def test_it_skips_locally(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no engine"):
        docker_unavailable("no engine")


def test_it_fails_in_ci(monkeypatch):
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="Docker is required in CI: no engine"):
        docker_unavailable("no engine")
