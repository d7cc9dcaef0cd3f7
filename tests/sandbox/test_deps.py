"""The dependency-install phase, against the real engine and a local package index.

Tests must not depend on the internet: a wheel built here is served by a
throw-away HTTP server on the host, which the install container (on the
bridge network) reaches through the bridge gateway.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import http.server
import ipaddress
import threading
import zipfile

import pytest

from healer.engine.types import SandboxError
from healer.engine.workspace import Workspace
from sandbox.deps import DepsOptions, ensure_deps
from tests.fixtures_docker import write_tree

# The timeout is a safety net: a hung sandbox must fail the test, not the whole CI job.
pytestmark = [pytest.mark.docker, pytest.mark.timeout(300)]


def build_wheel(directory, name="healer_demo_dep", version="1.0", value=42):
    files = {
        f"{name}/__init__.py": f"VALUE = {value}\n".encode(),
        f"{name}-{version}.dist-info/METADATA": (
            f"Metadata-Version: 2.1\nName: {name.replace('_', '-')}\nVersion: {version}\n"
        ).encode(),
        f"{name}-{version}.dist-info/WHEEL": b"Wheel-Version: 1.0\nGenerator: healer-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    }
    record = []
    for path, data in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append(f"{path},sha256={digest},{len(data)}")
    record.append(f"{name}-{version}.dist-info/RECORD,,")
    files[f"{name}-{version}.dist-info/RECORD"] = ("\n".join(record) + "\n").encode()
    wheel = directory / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        for path, data in files.items():
            zf.writestr(path, data)
    return wheel


@pytest.fixture
def package_index(tmp_path, docker_engine):
    """(pip args pointing at a local find-links server, list of requested paths)."""
    client, _ = docker_engine
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    build_wheel(wheels)
    requests: list[str] = []

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            requests.append(self.path)

    server = http.server.ThreadingHTTPServer(
        ("0.0.0.0", 0), functools.partial(Handler, directory=str(wheels))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    ipam = client.networks.get("bridge").attrs["IPAM"]["Config"][0]
    # The default bridge often lists only its subnet; the host is its first address.
    gateway = ipam.get("Gateway") or str(next(ipaddress.ip_network(ipam["Subnet"]).hosts()))
    url = f"http://{gateway}:{server.server_address[1]}/"
    yield ("--no-index", "--find-links", url, "--trusted-host", gateway), requests
    server.shutdown()


@pytest.fixture
def deps_cleanup(docker_engine):
    client, _ = docker_engine
    names: list[str] = []
    yield names
    for name in names:
        try:
            client.api.remove_volume(name, force=True)
        except Exception:
            pass


def test_it_installs_into_a_cached_volume_that_the_test_phase_mounts_read_only(
    tmp_path, docker_engine, package_index, deps_cleanup, make_sandbox
):
    client, image = docker_engine
    pip_args, requests = package_index
    repo = write_tree(tmp_path / "repo", {"requirements.txt": "healer-demo-dep==1.0\n", "t.py": "x = 1\n"})
    options = DepsOptions(pip_args=pip_args, timeout=120)

    volume = ensure_deps(client=client, image=image, workspace=Workspace(repo), options=options)
    deps_cleanup.append(volume)
    assert volume and volume.startswith("healer-deps-")
    assert any("healer_demo_dep" in path for path in requests)
    assert client.api.inspect_volume(volume)["Labels"]["healer.kind"] == "deps"

    served = len(requests)
    again = ensure_deps(client=client, image=image, workspace=Workspace(repo), options=options)
    assert again == volume
    assert len(requests) == served  # cache hit: pip was not run again

    sb = make_sandbox(
        {"test_dep.py": "import healer_demo_dep\n\ndef test_v():\n    assert healer_demo_dep.VALUE == 42\n"},
        deps_volume=volume,
    )
    result = sb.exec(["python3", "-m", "pytest", "-q", "-p", "no:cacheprovider"], timeout=60)
    assert result.exit_code == 0, result.output
    write = sb.exec(["sh", "-c", "touch /deps/site/x"])
    assert write.exit_code != 0 and "Read-only file system" in write.output
    # No leftover install or probe containers.
    assert not client.api.containers(all=True, filters={"label": "healer.deps"})


def test_a_repository_without_dependencies_needs_no_install(tmp_path, docker_engine):
    client, image = docker_engine
    repo = write_tree(tmp_path / "repo", {"pyproject.toml": "[tool.pytest.ini_options]\n", "a.py": "1\n"})
    assert ensure_deps(client=client, image=image, workspace=Workspace(repo), options=DepsOptions()) is None


def test_a_failed_install_is_a_clear_error_and_leaves_no_volume(tmp_path, docker_engine, package_index):
    client, image = docker_engine
    pip_args, _ = package_index
    repo = write_tree(tmp_path / "repo", {"requirements.txt": "healer-no-such-package==9.9\n"})
    before = {v["Name"] for v in client.api.volumes().get("Volumes") or []}
    with pytest.raises(SandboxError, match="Installing the repository's dependencies failed"):
        ensure_deps(
            client=client, image=image, workspace=Workspace(repo), options=DepsOptions(pip_args=pip_args)
        )
    after = {v["Name"] for v in client.api.volumes().get("Volumes") or []}
    assert not {n for n in after - before if n.startswith("healer-deps-")}


def test_requirements_the_image_already_satisfies_need_no_network(
    tmp_path, docker_engine, deps_cleanup, make_sandbox
):
    client, image = docker_engine
    repo = write_tree(tmp_path / "repo", {"requirements-dev.txt": "pytest>=7\npip\n", "t.py": "x = 1\n"})
    volume = ensure_deps(
        client=client,
        image=image,
        workspace=Workspace(repo),
        options=DepsOptions(network="none", timeout=120),
    )
    deps_cleanup.append(volume)
    sb = make_sandbox({"test_a.py": "def test_a():\n    assert True\n"}, deps_volume=volume)
    assert sb.exec(["python3", "-m", "pytest", "-q", "-p", "no:cacheprovider"]).ok
    assert sb.exec(["sh", "-c", "ls -A /deps/site"]).output.split() == [".healer-complete"]


def test_a_ca_bundle_is_handed_to_pip(tmp_path, docker_engine, package_index, deps_cleanup, make_sandbox):
    client, image = docker_engine
    pip_args, _ = package_index
    repo = write_tree(tmp_path / "repo", {"requirements.txt": "healer-demo-dep\n"})
    pem = b"-----BEGIN CERTIFICATE-----\nnot a real certificate\n-----END CERTIFICATE-----\n"
    # pip reads PIP_CERT only for https; over the local http index the install still succeeds,
    # and the bundle is where PIP_CERT points.
    volume = ensure_deps(
        client=client,
        image=image,
        workspace=Workspace(repo),
        options=DepsOptions(pip_args=pip_args, ca_bundle=pem),
    )
    deps_cleanup.append(volume)
    sb = make_sandbox(deps_volume=volume)
    assert sb.read_file("/deps/req/healer-ca.pem", limit=1000) == pem
