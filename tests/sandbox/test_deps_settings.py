"""sandbox_open's dependency phase as configured: the worker's pip by default, the run's log."""

from __future__ import annotations

import pytest

from healer.engine.workspace import Workspace
from sandbox import npmconf, pipconf, sessions
from tests.fixtures_docker import write_tree
from tests.sandbox.npm_support import Package, project

pytestmark = [pytest.mark.docker, pytest.mark.timeout(300)]


@pytest.fixture
def worker_pip(monkeypatch, tmp_path):
    """Point the worker's own pip at `url` (as a pip.conf would), for deps_options() to pick up."""

    def configure(url: str) -> None:
        conf = tmp_path / "worker-pip.conf"
        conf.write_text(f"[global]\nindex-url = {url}\n")
        monkeypatch.setenv("PIP_CONFIG_FILE", str(conf))
        for name in ("PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL"):
            monkeypatch.delenv(name, raising=False)
        pipconf._worker_pip_cached.cache_clear()

    yield configure
    pipconf._worker_pip_cached.cache_clear()


def test_the_dependency_phase_uses_the_worker_pip_index_and_logs_to_the_run(
    settings, tmp_path, package_index, worker_pip, deps_volumes
):
    settings.HEALER_SANDBOX_BACKEND = "docker"
    settings.HEALER_SANDBOX_PIP_INDEX_URL = ""
    settings.HEALER_SANDBOX_PIP_EXTRA_INDEX_URLS = []
    settings.HEALER_SANDBOX_PIP_USE_WORKER_CONFIG = True
    settings.HEALER_SANDBOX_DEPS_PRIVATE_HOSTS = [package_index.host]  # the test index is on the host
    worker_pip(package_index.url)
    repo = write_tree(
        tmp_path / "repo",
        {
            "requirements.txt": "healer-demo-dep==1.0\n--extra-index-url https://evil.example/simple\n",
            "test_a.py": "import healer_demo_dep\ndef test_a():\n    assert healer_demo_dep.VALUE == 42\n",
        },
    )
    run_log: list[str] = []
    with sessions.sandbox_open(
        run_id="deps-settings-1", workspace=Workspace(repo), log_line=run_log.append
    ) as sb:
        deps_volumes.append(sb.deps_volume)
        result = sb.exec(["python3", "-m", "pytest", "-q", "-p", "no:cacheprovider"], timeout=60)
    assert result.exit_code == 0, result.output
    assert any("healer_demo_dep" in path for path in package_index.requests)
    assert any(
        "requirements.txt:2: refused `--extra-index-url https://evil.example/simple`" in ln for ln in run_log
    )
    assert sessions.deps_options().pip.index_url == package_index.url


def test_the_npm_phase_uses_the_worker_npm_registry_and_mounts_node_modules(
    settings, tmp_path, npm_registry, monkeypatch, deps_volumes
):
    settings.HEALER_SANDBOX_BACKEND = "docker"
    settings.HEALER_SANDBOX_NPM_REGISTRY = ""
    settings.HEALER_SANDBOX_NPM_USE_WORKER_CONFIG = True
    settings.HEALER_SANDBOX_DEPS_PRIVATE_HOSTS = [npm_registry.host]  # the test registry is on the host
    # What the worker's npm uses (npm reads npm_config_* too; without npm they are read directly).
    monkeypatch.setenv("npm_config_registry", npm_registry.url)
    npmconf._worker_npm_cached.cache_clear()
    dep = npm_registry.add(Package("healer-dep", files={"index.js": "module.exports = 42;\n"}))
    root = {
        "name": "app",
        "version": "1.0.0",
        "dependencies": {"healer-dep": "^1.0.0"},
        "scripts": {"test": "node -e \"process.exit(require('healer-dep') === 42 ? 0 : 1)\""},
    }
    repo = write_tree(tmp_path / "repo", project(root, [dep]))
    run_log: list[str] = []
    try:
        with sessions.sandbox_open(
            run_id="deps-settings-npm", workspace=Workspace(repo), log_line=run_log.append
        ) as sb:
            deps_volumes.append(sb.npm_volume)
            assert sb.deps_volume is None and sb.npm_volume
            result = sb.exec(["npm", "test"], timeout=120)
        assert result.exit_code == 0, result.output
        assert f"/healer-dep/-/{dep.filename}" in npm_registry.requests
        assert any(f"from {npm_registry.url}" in line for line in run_log), run_log
    finally:
        npmconf._worker_npm_cached.cache_clear()
