"""docker-compose.yml and deploy/: the production deployment is complete and valid."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.fixtures_docker import docker_unavailable

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def env_of(service: dict) -> dict:
    env = service.get("environment") or {}
    return env if isinstance(env, dict) else dict(item.split("=", 1) for item in env)


def entrypoint_roles() -> set[str]:
    text = (ROOT / "deploy/entrypoint.sh").read_text()
    return set(re.findall(r"^\s{2}([a-z-]+)\)$", text, re.MULTILINE))


def test_it_has_every_part_of_the_deployment(compose):
    services = compose["services"]
    assert {"web", "worker", "db", "redis", "migrate", "sandbox-image"} <= set(services)
    assert services["db"]["image"].startswith("postgres:")
    assert services["redis"]["image"].startswith("redis:")
    assert {"healer-data", "postgres-data", "redis-data"} <= set(compose["volumes"])


def test_web_and_workers_use_postgres_and_redis(compose):
    for name in ("web", "worker", "migrate"):
        env = env_of(compose["services"][name])
        assert env["DATABASE_URL"].startswith("postgres://"), name
        assert env["DATABASE_URL"].endswith("@db:5432/healer"), name
        assert env["REDIS_URL"] == "redis://redis:6379/0", name


def test_workers_scale_and_reach_a_docker_engine(compose):
    worker = compose["services"]["worker"]
    # --scale needs no fixed container name and no published port.
    assert "container_name" not in worker and "ports" not in worker
    assert worker["command"] == ["worker"]
    assert any(str(v).endswith(":/var/run/docker.sock") for v in worker["volumes"])
    assert env_of(worker)["DOCKER_HOST"].startswith("${DOCKER_HOST:-unix:///var/run/docker.sock")
    assert any(str(v).startswith("healer-data:") for v in worker["volumes"])
    # The web process never gets the engine socket.
    assert not any("docker.sock" in str(v) for v in compose["services"]["web"].get("volumes", []))


def test_postgres_and_redis_are_out_of_reach_of_every_sandbox(compose):
    services, networks = compose["services"], compose["networks"]
    assert networks["backend"] == {"internal": True}  # no route out, and nothing published
    for name in ("db", "redis"):
        assert services[name]["networks"] == ["backend"] and "ports" not in services[name], name
    on_backend = {name for name, service in services.items() if "backend" in service.get("networks", [])}
    assert on_backend == {"db", "redis", "migrate", "web", "worker", "manage"}
    # The engines that run sandbox containers (dind here, or the host's) are never on it.
    assert "backend" not in services["engine"]["networks"]
    assert "backend" not in services["sandbox-image"]["networks"]
    for name, service in services.items():
        assert env_of(service).get("HEALER_SANDBOX_DEPS_NETWORK", "") not in {"backend", "healer_backend"}, (
            name
        )


def test_services_wait_for_their_dependencies_to_be_healthy(compose):
    services = compose["services"]
    for name in ("web", "worker", "db", "redis"):
        assert services[name]["healthcheck"]["test"], name
    assert services["web"]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert services["worker"]["depends_on"]["sandbox-image"]["condition"] == "service_completed_successfully"
    assert services["worker"]["depends_on"]["redis"]["condition"] == "service_healthy"
    assert services["migrate"]["depends_on"]["db"]["condition"] == "service_healthy"


def test_every_command_is_a_role_of_the_entrypoint(compose):
    roles = entrypoint_roles()
    assert {"web", "worker", "migrate", "sandbox-image", "manage"} <= roles
    for name, service in compose["services"].items():
        if service.get("build"):
            assert service["command"][0] in roles, name
            assert (ROOT / service["build"]["context"] / service["build"]["dockerfile"]).is_file()


def test_the_image_is_built_from_debian_and_pypi_only():
    dockerfile = (ROOT / "deploy/Dockerfile").read_text()
    assert re.search(r"^ARG BASE_IMAGE=debian:\S+$", dockerfile, re.MULTILINE)
    assert re.search(r"^FROM \$\{BASE_IMAGE\}$", dockerfile, re.MULTILINE)
    for fetcher in ("curl ", "wget ", "ADD http"):
        assert fetcher not in dockerfile
    assert "collectstatic" in dockerfile
    # The build context leaves out local state.
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {".git", ".venv", "var/", ".env"} <= set(ignored)


def run_compose_config(workdir: Path) -> subprocess.CompletedProcess:
    if shutil.which("docker-compose"):
        argv = ["docker-compose", "config", "-q"]
    elif subprocess.run(["docker", "compose", "version"], capture_output=True).returncode == 0:
        argv = ["docker", "compose", "config", "-q"]
    else:
        docker_unavailable("neither docker-compose nor the docker compose plugin is installed")
    return subprocess.run(argv, cwd=workdir, capture_output=True, text=True, timeout=60)


@pytest.fixture
def compose_dir(tmp_path):
    shutil.copy(ROOT / "docker-compose.yml", tmp_path)
    shutil.copy(ROOT / ".env.example", tmp_path / ".env")
    (tmp_path / "deploy").mkdir()
    shutil.copy(ROOT / "deploy/Dockerfile", tmp_path / "deploy")
    return tmp_path


def test_docker_compose_accepts_the_file_with_the_example_env(compose_dir):
    proc = run_compose_config(compose_dir)
    assert proc.returncode == 0, proc.stderr


def test_docker_compose_refuses_to_start_without_a_database_password(compose_dir):
    env = (compose_dir / ".env").read_text()
    (compose_dir / ".env").write_text(re.sub(r"^POSTGRES_PASSWORD=.*$", "", env, flags=re.MULTILINE))
    proc = run_compose_config(compose_dir)
    assert proc.returncode != 0
    assert "POSTGRES_PASSWORD" in proc.stderr
