"""npm's dependency phase against the real engine and a local stand-in registry.

No test here uses the internet: packages built by the test are served from the
host on the bridge gateway, which the egress proxy reaches only because each
test names that one host:port as an allowed private registry.
"""

from __future__ import annotations

import json

import pytest

from healer.engine.types import SandboxError
from healer.engine.workspace import Workspace
from sandbox import labels
from sandbox.deps import ensure_all_deps
from sandbox.deps_pip import PipIndex
from tests.fixtures_docker import write_tree
from tests.sandbox.npm_support import Package, project

pytestmark = [pytest.mark.docker, pytest.mark.timeout(300)]

CJS = Package(
    "healer-cjs",
    files={"index.js": "module.exports = { value: 40 + require('healer-dep') };\n"},
    manifest={"main": "index.js", "dependencies": {"healer-dep": "^1.0.0"}},
)
DEP = Package("healer-dep", files={"index.js": "module.exports = 2;\n"}, manifest={"main": "index.js"})
ESM = Package(
    "healer-esm",
    files={
        "index.mjs": "export const kind = 'esm';\nexport default function twice(x) { return 2 * x; }\n",
        "index.cjs": "module.exports = { kind: 'cjs' };\n",
    },
    manifest={"type": "module", "exports": {".": {"import": "./index.mjs", "require": "./index.cjs"}}},
)
CLI = Package(
    "healer-cli",
    files={
        "cli.js": "#!/usr/bin/env node\nconsole.log('hello from healer-cli ' + process.argv.slice(2).join(' '));\n"
    },
    # "eslint" as well: the image has Debian's own eslint in /usr/bin, the project's must win.
    manifest={"bin": {"healer-hello": "cli.js", "eslint": "cli.js"}},
)
ROOT = {
    "name": "app",
    "version": "1.0.0",
    "dependencies": {"healer-cjs": "^1.0.0", "healer-esm": "^1.0.0"},
    "devDependencies": {"healer-cli": "^1.0.0"},
    "scripts": {"test": "healer-hello from-npm-test && node check.mjs && node check.cjs"},
}
CHECKS = {
    "check.mjs": (
        "import twice, { kind } from 'healer-esm';\nimport cjs from 'healer-cjs';\n"
        "if (twice(21) !== 42 || kind !== 'esm' || cjs.value !== 42) { process.exit(3); }\n"
        "console.log('esm ok');\n"
    ),
    "check.cjs": (
        "const { kind } = require('healer-esm');\nconst { value } = require('healer-cjs');\n"
        "if (kind !== 'cjs' || value !== 42) { process.exit(4); }\nconsole.log('cjs ok');\n"
    ),
}


def healer_objects(client, run_id: str) -> list[str]:
    found = client.api.containers(all=True, filters={"label": f"{labels.RUN}={run_id}"})
    volumes = client.api.volumes(filters={"label": f"{labels.RUN}={run_id}"}).get("Volumes") or []
    return [c["Names"][0] for c in found] + [v["Name"] for v in volumes]


def publish(registry, *packages: Package) -> list[Package]:
    for package in packages:
        registry.add(package)
    return list(packages)


def test_it_installs_a_locked_project_once_and_reuses_the_cached_volume(
    tmp_path, docker_engine, npm_registry, deps_options_for, deps_volumes, run_log
):
    client, image = docker_engine
    packages = publish(npm_registry, CJS, DEP, ESM, CLI)
    repo = write_tree(tmp_path / "repo", {**project(ROOT, packages, dev={"healer-cli"}), **CHECKS})
    options = deps_options_for(registry=npm_registry)

    volumes = ensure_all_deps(
        client=client, image=image, workspace=Workspace(repo), options=options, run_id="npm-1",
        log_line=run_log.append,
    )  # fmt: skip
    deps_volumes.append(volumes.npm)
    assert volumes.python is None
    assert volumes.npm and volumes.npm.startswith("healer-deps-")
    fetched = sorted(path for path in npm_registry.requests if "/-/" in path)
    assert fetched == sorted(f"/{p.name}/-/{p.filename}" for p in packages)  # tarballs only: locked
    assert client.api.inspect_volume(volumes.npm)["Labels"]["healer.kind"] == "deps"
    assert any("npm ci --ignore-scripts (4 packages from package-lock.json)" in ln for ln in run_log), run_log
    assert any("installed in" in line for line in run_log), run_log

    served = len(npm_registry.requests)
    again = ensure_all_deps(
        client=client, image=image, workspace=Workspace(repo), options=options, log_line=run_log.append
    )
    assert again.npm == volumes.npm
    assert len(npm_registry.requests) == served  # cache hit: npm did not run again
    assert run_log[-1] == f"Dependencies: cache hit ({volumes.npm})"
    # Nothing of the install is left: no install, proxy, probe or writer container, no per-install volume.
    assert healer_objects(client, "npm-1") == []


def test_it_links_node_modules_read_only_with_its_bin_tools_for_commonjs_and_esm(
    tmp_path, docker_engine, npm_registry, deps_options_for, deps_volumes, make_sandbox
):
    client, image = docker_engine
    packages = publish(npm_registry, CJS, DEP, ESM, CLI)
    files = {**project(ROOT, packages, dev={"healer-cli"}), **CHECKS}
    repo = write_tree(tmp_path / "repo", files)
    volumes = ensure_all_deps(
        client=client, image=image, workspace=Workspace(repo), options=deps_options_for(registry=npm_registry)
    )
    deps_volumes.append(volumes.npm)
    # The repository's own (committed) node_modules is replaced by the installed one.
    sb = make_sandbox(
        {**files, "node_modules/healer-cjs/index.js": "module.exports = 'stale';\n"}, npm_volume=volumes.npm
    )
    assert any(entry.startswith("node_modules ") for entry in sb.skipped)

    npm_test = sb.exec(["npm", "test"], timeout=120)
    assert npm_test.exit_code == 0, npm_test.output
    assert "hello from healer-cli from-npm-test" in npm_test.output
    assert "esm ok" in npm_test.output and "cjs ok" in npm_test.output
    on_path = sb.exec(["healer-hello", "on-path"])  # node_modules/.bin is on PATH
    assert on_path.exit_code == 0 and "hello from healer-cli on-path" in on_path.output, on_path.output
    shadowing = sb.exec(["eslint", "shadows-the-image"])
    assert "hello from healer-cli shadows-the-image" in shadowing.output, shadowing.output
    relative = sb.exec(["node_modules/.bin/healer-hello", "relative"])
    assert relative.exit_code == 0 and "relative" in relative.output, relative.output
    npx = sb.exec(["npx", "--no-install", "healer-hello", "npx"])
    assert npx.exit_code == 0 and "hello from healer-cli npx" in npx.output, npx.output
    link = sb.exec(["readlink", "node_modules"])
    assert link.output.strip() == "/deps-npm/node_modules"
    write = sb.exec(["sh", "-c", "touch node_modules/healer-cjs/x"])
    assert write.exit_code != 0 and "Read-only file system" in write.output
    with pytest.raises(SandboxError, match="node_modules"):
        sb.put_files({"node_modules/healer-cjs/index.js": b"module.exports = 1;\n"})
    # A fix uploaded later keeps the link.
    sb.upload(Workspace(write_tree(tmp_path / "fixed", {**files, "check.cjs": "console.log('cjs ok');\n"})))
    again = sb.exec(["npm", "test"], timeout=120)
    assert again.exit_code == 0 and "esm ok" in again.output, again.output


def test_it_installs_without_a_lock_file_and_says_it_is_not_reproducible(
    tmp_path, docker_engine, npm_registry, deps_options_for, deps_volumes, make_sandbox, run_log
):
    client, image = docker_engine
    publish(npm_registry, CJS, DEP)
    root = {"name": "app", "version": "1.0.0", "dependencies": {"healer-cjs": "^1.0.0"}}
    repo = write_tree(tmp_path / "repo", {"package.json": json.dumps(root), **CHECKS})
    volumes = ensure_all_deps(
        client=client, image=image, workspace=Workspace(repo), options=deps_options_for(registry=npm_registry),
        log_line=run_log.append,
    )  # fmt: skip
    deps_volumes.append(volumes.npm)
    assert "/healer-cjs" in npm_registry.requests and "/healer-dep" in npm_registry.requests  # resolved now
    assert any("NOT reproducible" in line for line in run_log), run_log
    assert any("npm install --ignore-scripts --no-package-lock" in line for line in run_log), run_log
    sb = make_sandbox({"package.json": json.dumps(root), "t.cjs": "console.log(require('healer-cjs').value);\n"},
                      npm_volume=volumes.npm)  # fmt: skip
    result = sb.exec(["node", "t.cjs"])
    assert result.exit_code == 0 and result.output.strip() == "42", result.output
    assert sb.exec(["test", "-e", "package-lock.json"]).exit_code != 0  # --no-package-lock


def test_it_mounts_python_and_npm_dependencies_side_by_side(
    tmp_path, docker_engine, package_index, npm_registry, deps_options_for, deps_volumes, make_sandbox
):
    client, image = docker_engine
    packages = publish(npm_registry, CJS, DEP)
    root = {"name": "app", "version": "1.0.0", "dependencies": {"healer-cjs": "^1.0.0"}}
    files = {**project(root, packages), "requirements.txt": "healer-demo-dep==1.0\n"}
    repo = write_tree(tmp_path / "repo", files)
    options = deps_options_for(package_index, registry=npm_registry)
    volumes = ensure_all_deps(client=client, image=image, workspace=Workspace(repo), options=options)
    deps_volumes.extend([volumes.python, volumes.npm])
    assert volumes.python and volumes.npm and volumes.python != volumes.npm
    sb = make_sandbox(
        {**files, "t.cjs": "console.log('node', require('healer-cjs').value);\n"},
        deps_volume=volumes.python,
        npm_volume=volumes.npm,
    )
    python = sb.exec(["python3", "-c", "import healer_demo_dep; print('python', healer_demo_dep.VALUE)"])
    node = sb.exec(["node", "t.cjs"])
    assert python.exit_code == 0 and "python 42" in python.output, python.output
    assert node.exit_code == 0 and "node 42" in node.output, node.output


def test_a_refused_npm_declaration_stops_the_phase_before_any_install(
    tmp_path, docker_engine, package_index, npm_registry, deps_options_for
):
    client, image = docker_engine
    publish(npm_registry, CJS, DEP)
    root = {
        "name": "app",
        "dependencies": {"healer-cjs": "^1.0.0", "evil": "git+https://evil.example/evil.git"},
    }
    repo = write_tree(
        tmp_path / "repo", {"package.json": json.dumps(root), "requirements.txt": "healer-demo-dep==1.0\n"}
    )
    options = deps_options_for(package_index, registry=npm_registry)
    with pytest.raises(SandboxError, match=r"evil: git\+https://evil.example/evil.git is a git repository"):
        ensure_all_deps(
            client=client, image=image, workspace=Workspace(repo), options=options, run_id="npm-r"
        )
    assert npm_registry.requests == [] and package_index.requests == []  # not even pip ran
    assert healer_objects(client, "npm-r") == []


def test_a_failed_npm_install_is_an_error_with_npm_s_words(
    tmp_path, docker_engine, npm_registry, deps_options_for
):
    client, image = docker_engine
    root = {"name": "app", "dependencies": {"healer-missing": "^1.0.0"}}
    repo = write_tree(tmp_path / "repo", {"package.json": json.dumps(root)})
    with pytest.raises(SandboxError, match=r"(?s)Installing the repository's dependencies failed.*404"):
        ensure_all_deps(
            client=client,
            image=image,
            workspace=Workspace(repo),
            options=deps_options_for(registry=npm_registry),
        )
    # Nothing half-installed was kept: a later attempt installs again.
    assert any(path.startswith("/healer-missing") for path in npm_registry.requests)


def test_a_pip_only_repository_gets_no_npm_volume(
    tmp_path, docker_engine, package_index, deps_options_for, deps_volumes
):
    client, image = docker_engine
    repo = write_tree(tmp_path / "repo", {"requirements.txt": "healer-demo-dep==1.0\n"})
    volumes = ensure_all_deps(
        client=client, image=image, workspace=Workspace(repo), options=deps_options_for(package_index)
    )
    deps_volumes.append(volumes.python)
    assert volumes.python and volumes.npm is None


def test_a_package_json_without_dependencies_needs_no_install(tmp_path, docker_engine, deps_options_for):
    client, image = docker_engine
    repo = write_tree(
        tmp_path / "repo", {"package.json": '{"name": "a", "scripts": {"test": "node --test"}}'}
    )
    volumes = ensure_all_deps(
        client=client, image=image, workspace=Workspace(repo), options=deps_options_for(pip=PipIndex())
    )
    assert volumes.python is None and volumes.npm is None
