"""Hostile npm repositories and packages against the dependency phase, on the real engine.

Each test asserts the safe outcome: no install script of a package or of the
repository ever runs; the registry token is in no process's argv or
environment during the install and not in the cache volume; a lock file cannot
choose where a tarball comes from; a burst of hundreds of connections and
oversized packages stop at the phase's limits, and nothing is left behind.
"""

from __future__ import annotations

import json

import pytest

from healer.engine.types import SandboxError
from healer.engine.workspace import Workspace
from sandbox import deps, labels
from sandbox.deps import ensure_all_deps
from sandbox.deps_npm import NpmInstaller, NpmRegistry
from sandbox.docker_container import SANDBOX_USER, Limits
from tests.fixtures_docker import write_tree
from tests.sandbox.npm_support import Package, project

pytestmark = [pytest.mark.docker, pytest.mark.timeout(300)]

TOKEN = "npm_h3aLerT0kenF0rTheTests"

# Reads every process's argv and environment in the install container, as the
# sandbox user (what a package's code could do), looking for the token given
# in two halves (so its own argv does not hold it).
SCAN = r"""
import glob, json, sys
token = (sys.argv[1] + sys.argv[2]).encode()
found, readable = [], 0
for path in glob.glob("/proc/[0-9]*/cmdline") + glob.glob("/proc/[0-9]*/environ"):
    try:
        data = open(path, "rb").read()
    except OSError:
        continue
    if path.endswith("environ") and b"NPM_CONFIG_USERCONFIG=" in data:
        readable += 1  # npm's own environment was read: the scan can see it
    if token in data:
        found.append(path)
print(json.dumps({"found": found, "npm_environments_read": readable}))
"""


def scripts_writing_markers(where: str) -> dict:
    """Lifecycle scripts that would leave a marker (and phone home) if they ever ran."""
    run = f"mkdir -p {where} && touch {where}/ran-$npm_lifecycle_event"
    return {event: run for event in ("preinstall", "install", "postinstall", "prepare", "prepublish")}


def healer_objects(client, run_id: str) -> list[str]:
    found = client.api.containers(all=True, filters={"label": f"{labels.RUN}={run_id}"})
    volumes = client.api.volumes(filters={"label": f"{labels.RUN}={run_id}"}).get("Volumes") or []
    return [c["Names"][0] for c in found] + [v["Name"] for v in volumes]


def test_no_install_script_of_a_package_or_the_repository_ever_runs(
    tmp_path, docker_engine, npm_registry, forbidden_listener, deps_options_for, deps_volumes, make_sandbox
):
    client, image = docker_engine
    phone_home = f"node -e \"require('net').connect({forbidden_listener.port}, '{npm_registry.gateway}')\""
    evil = npm_registry.add(
        Package(
            "healer-evil",
            files={
                "index.js": "module.exports = 'installed';\n",
                # node-gyp's implicit install script ("node-gyp rebuild" when binding.gyp exists).
                "binding.gyp": '{"targets": [{"target_name": "x", "sources": ["x.cc"]}]}\n',
            },
            manifest={
                "main": "index.js",
                "scripts": {
                    **scripts_writing_markers("."),
                    "install": f"touch ran-install && {phone_home}",
                },
            },
        )
    )
    root = {
        "name": "app",
        "version": "1.0.0",
        "dependencies": {"healer-evil": "^1.0.0"},
        "scripts": scripts_writing_markers("node_modules"),
    }
    repo = write_tree(tmp_path / "repo", project(root, [evil]))
    volumes = ensure_all_deps(
        client=client, image=image, workspace=Workspace(repo), options=deps_options_for(registry=npm_registry)
    )
    deps_volumes.append(volumes.npm)
    sb = make_sandbox({"t.cjs": "console.log(require('healer-evil'));\n"}, npm_volume=volumes.npm)
    installed = sb.exec(["node", "t.cjs"])
    assert installed.exit_code == 0 and "installed" in installed.output, installed.output
    markers = sb.exec(["find", "/deps-npm", "-name", "ran-*"])
    assert markers.exit_code == 0 and markers.output.strip() == "", markers.output
    assert sb.exec(["test", "-e", "/deps-npm/node_modules/healer-evil/build"]).exit_code != 0  # no node-gyp
    assert forbidden_listener.connections == []


def test_the_registry_token_reaches_the_registry_but_no_process_s_argv_environment_or_the_cache(
    tmp_path, docker_engine, npm_registry, deps_options_for, deps_volumes, make_sandbox
):
    client, image = docker_engine
    scans: list[dict] = []

    def scan_install_container(_name: str) -> None:
        if scans:
            return
        found = client.api.containers(
            filters={"label": [f"{labels.RUN}=npm-token", f"{labels.KIND}=install"]}
        )
        exec_id = client.api.exec_create(
            found[0]["Id"], ["python3", "-I", "-c", SCAN, TOKEN[:10], TOKEN[10:]], user=SANDBOX_USER
        )["Id"]
        scans.append(json.loads(client.api.exec_start(exec_id).decode().strip().splitlines()[-1]))

    npm_registry.on_tarball = scan_install_container
    dep = npm_registry.add(Package("healer-dep", files={"index.js": "module.exports = 2;\n"}))
    root = {"name": "app", "version": "1.0.0", "dependencies": {"healer-dep": "^1.0.0"}}
    repo = write_tree(tmp_path / "repo", project(root, [dep]))
    options = deps_options_for(registry=npm_registry, npm=NpmRegistry(url=npm_registry.url, auth_token=TOKEN))
    volumes = ensure_all_deps(
        client=client, image=image, workspace=Workspace(repo), options=options, run_id="npm-token"
    )
    deps_volumes.append(volumes.npm)

    assert f"Bearer {TOKEN}" in npm_registry.authorizations  # npm had the token (from the npmrc)
    assert scans and scans[0]["npm_environments_read"] >= 1, scans  # npm was running and readable
    assert scans[0]["found"] == [], scans
    sb = make_sandbox({"README": "x\n"}, npm_volume=volumes.npm)
    in_cache = sb.exec(
        ["python3", "-c", f"import sys, pathlib; t={TOKEN[:10]!r}+{TOKEN[10:]!r}; "
         "print([str(p) for p in pathlib.Path('/deps-npm').rglob('*') if p.is_file() and t in p.read_text('latin-1')])"]
    )  # fmt: skip
    assert in_cache.exit_code == 0 and in_cache.output.strip() == "[]", in_cache.output
    assert healer_objects(client, "npm-token") == []


def test_a_lock_file_cannot_choose_where_a_tarball_comes_from(
    tmp_path, docker_engine, npm_registry, forbidden_listener, deps_options_for, deps_volumes, run_log
):
    client, image = docker_engine
    dep = npm_registry.add(Package("healer-dep", files={"index.js": "module.exports = 2;\n"}))
    root = {"name": "app", "version": "1.0.0", "dependencies": {"healer-dep": "^1.0.0"}}
    files = project(root, [dep])
    lock = json.loads(files["package-lock.json"])
    # A registry-shaped URL on a host the repository chose (here: one the test watches).
    lock["packages"]["node_modules/healer-dep"]["resolved"] = (
        f"http://{npm_registry.gateway}:{forbidden_listener.port}/healer-dep/-/{dep.filename}"
    )
    files["package-lock.json"] = json.dumps(lock)
    repo = write_tree(tmp_path / "repo", files)
    options = deps_options_for(
        registry=npm_registry,
        private_hosts=(npm_registry.host, f"{npm_registry.gateway}:{forbidden_listener.port}"),
    )
    volumes = ensure_all_deps(
        client=client, image=image, workspace=Workspace(repo), options=options, log_line=run_log.append
    )
    deps_volumes.append(volumes.npm)
    assert f"/healer-dep/-/{dep.filename}" in npm_registry.requests  # fetched from the registry
    assert forbidden_listener.connections == []
    assert any("replace-registry-host=always" in line for line in run_log), run_log


def test_a_burst_of_hundreds_of_tarball_connections_is_relayed_within_the_pids_limit(
    tmp_path, docker_engine, npm_registry, deps_options_for, deps_volumes, make_sandbox
):
    client, image = docker_engine
    fillers = [
        npm_registry.add(Package(f"healer-filler-{i}", files={"index.js": f"module.exports = {i};\n"}))
        for i in range(160)
    ]
    root = {"name": "app", "version": "1.0.0", "dependencies": {p.name: "^1.0.0" for p in fillers}}
    repo = write_tree(tmp_path / "repo", project(root, fillers))
    # npm opens one connection per tarball at once; a relay thread each would pass 96 pids.
    limits = Limits(
        memory=512 * 1024**2, cpus=1.0, pids=96, tmpfs=64 * 1024**2, file_size=16 * 1024**2, nofile=1024
    )
    volumes = ensure_all_deps(
        client=client, image=image, workspace=Workspace(repo), options=deps_options_for(registry=npm_registry, limits=limits)
    )  # fmt: skip
    deps_volumes.append(volumes.npm)
    assert sum(1 for path in npm_registry.requests if "/-/" in path) == 160
    sb = make_sandbox({"t.cjs": "console.log(require('healer-filler-159'));\n"}, npm_volume=volumes.npm)
    result = sb.exec(["node", "t.cjs"])
    assert result.exit_code == 0 and result.output.strip() == "159", result.output


@pytest.mark.parametrize(
    ("files", "why"),
    [
        (
            {"big.bin": "\0" * (20 * 1024**2)},
            r"(?i)EFBIG|file too large|file size limit exceeded",
        ),  # past the file-size limit
        ({f"part{i}.bin": "\1" * (15 * 1024**2) for i in range(4)}, r"(?i)ENOSPC|no space"),  # past the cap
    ],
    ids=["file-size", "volume-cap"],
)
def test_an_oversized_package_stops_at_the_limits_and_leaves_no_cache(
    tmp_path, docker_engine, npm_registry, deps_options_for, files, why
):
    client, image = docker_engine
    bomb = npm_registry.add(Package("healer-bomb", files=files))  # gzip makes it tiny on the wire
    root = {"name": "app", "version": "1.0.0", "dependencies": {"healer-bomb": "^1.0.0"}}
    repo = write_tree(tmp_path / "repo", project(root, [bomb]))
    options = deps_options_for(registry=npm_registry)
    installer = NpmInstaller(options.npm, inputs_dir=deps.INPUTS)
    phase = deps._Phase(client=client, image=image, options=options, run_id="", instance="", say=None)
    cache = f"healer-deps-{phase.digest(installer, installer.plan(Workspace(repo)))}"
    with pytest.raises(SandboxError, match=why):
        ensure_all_deps(
            client=client, image=image, workspace=Workspace(repo), options=options, run_id="npm-bomb"
        )
    assert healer_objects(client, "npm-bomb") == []
    assert not client.api.volumes(filters={"name": cache}).get("Volumes")
