"""The dependency-install phase against the real engine and a local package index.

No test here uses the internet: wheels built by the test are served from the
host on the bridge gateway, which the egress proxy reaches only because each
test names that one host:port as an allowed private index.
"""

from __future__ import annotations

import time

import pytest

from healer.engine.types import SandboxError
from healer.engine.workspace import Workspace
from sandbox import deps as deps_module
from sandbox import labels
from sandbox.deps import ensure_deps
from sandbox.deps_pip import PipIndex
from sandbox.reaper import _why
from tests.fixtures_docker import write_tree
from tests.sandbox.test_reaper import dead_pid

# The timeout is a safety net: a hung sandbox must fail the test, not the whole CI job.
pytestmark = [pytest.mark.docker, pytest.mark.timeout(300)]

PYTEST = ["python3", "-m", "pytest", "-q", "-p", "no:cacheprovider"]


def healer_objects(client, run_id: str) -> list[str]:
    found = client.api.containers(all=True, filters={"label": f"{labels.RUN}={run_id}"})
    volumes = client.api.volumes(filters={"label": f"{labels.RUN}={run_id}"}).get("Volumes") or []
    return [c["Names"][0] for c in found] + [v["Name"] for v in volumes]


def test_it_installs_into_a_cached_volume_that_the_test_phase_mounts_read_only(
    tmp_path, docker_engine, package_index, deps_options_for, deps_volumes, make_sandbox, run_log
):
    client, image = docker_engine
    repo = write_tree(tmp_path / "repo", {"requirements.txt": "healer-demo-dep==1.0\n", "t.py": "x = 1\n"})
    options = deps_options_for(package_index)

    volume = ensure_deps(
        client=client,
        image=image,
        workspace=Workspace(repo),
        options=options,
        run_id="deps-1",
        log_line=run_log.append,
    )
    deps_volumes.append(volume)
    assert volume and volume.startswith("healer-deps-")
    assert any("healer_demo_dep" in path for path in package_index.requests)
    assert client.api.inspect_volume(volume)["Labels"]["healer.kind"] == "deps"
    assert any("installed in" in line for line in run_log), run_log

    served = len(package_index.requests)
    again = ensure_deps(
        client=client, image=image, workspace=Workspace(repo), options=options, log_line=run_log.append
    )
    assert again == volume
    assert len(package_index.requests) == served  # cache hit: pip was not run again
    assert run_log[-1] == f"Dependencies: cache hit ({volume})"

    sb = make_sandbox(
        {"test_dep.py": "import healer_demo_dep\n\ndef test_v():\n    assert healer_demo_dep.VALUE == 42\n"},
        deps_volume=volume,
    )
    result = sb.exec(PYTEST, timeout=60)
    assert result.exit_code == 0, result.output
    write = sb.exec(["sh", "-c", "touch /deps/site/x"])
    assert write.exit_code != 0 and "Read-only file system" in write.output
    # Nothing of the install is left: no install, proxy, probe or writer container, no per-install volume.
    assert healer_objects(client, "deps-1") == []


def test_a_repository_without_dependencies_needs_no_install(tmp_path, docker_engine, deps_options_for):
    client, image = docker_engine
    repo = write_tree(tmp_path / "repo", {"pyproject.toml": "[tool.pytest.ini_options]\n", "a.py": "1\n"})
    assert (
        ensure_deps(client=client, image=image, workspace=Workspace(repo), options=deps_options_for()) is None
    )


def test_a_failed_install_is_a_clear_error_and_leaves_nothing(
    tmp_path, docker_engine, package_index, deps_options_for
):
    client, image = docker_engine
    repo = write_tree(tmp_path / "repo", {"requirements.txt": "healer-no-such-package==9.9\n"})
    with pytest.raises(SandboxError, match="Installing the repository's dependencies failed") as caught:
        ensure_deps(
            client=client,
            image=image,
            workspace=Workspace(repo),
            options=deps_options_for(package_index),
            run_id="deps-2",
        )
    assert "healer-no-such-package" in str(caught.value)
    assert "HEALER_SANDBOX_PIP_ALLOW_SDIST" in str(caught.value)  # the wheels-only hint
    assert healer_objects(client, "deps-2") == []
    volumes = client.api.volumes(filters={"label": "healer.kind=deps"}).get("Volumes") or []
    assert not [
        v for v in volumes if v["CreatedAt"] and time.time() - _created(v) < 60 and "9.9" in v["Name"]
    ]


def _created(volume) -> float:
    from sandbox.reaper import _parse_time

    return _parse_time(volume["CreatedAt"])


def test_requirements_the_image_already_satisfies_need_no_install_at_all(
    tmp_path, docker_engine, deps_options_for, run_log
):
    client, image = docker_engine
    repo = write_tree(tmp_path / "repo", {"requirements-dev.txt": "pytest>=7\npip\n", "t.py": "x = 1\n"})
    # network="none": the proxy could not reach anything; nothing needs it.
    volume = ensure_deps(
        client=client,
        image=image,
        workspace=Workspace(repo),
        options=deps_options_for(network="none"),
        log_line=run_log.append,
    )
    assert volume is None
    assert any(line.startswith("Dependencies: satisfied by the image: pytest>=7") for line in run_log), (
        run_log
    )
    assert "Dependencies: nothing to install, the sandbox image provides everything declared" in run_log


def test_it_installs_the_declared_test_dependencies(
    tmp_path, docker_engine, package_index, deps_options_for, deps_volumes, make_sandbox, run_log
):
    client, image = docker_engine
    package_index.add_wheel("healer-test-plugin", value=7)
    package_index.add_wheel("healer-tox-dep", value=8)
    package_index.add_wheel("healer-group-dep", value=9)
    repo = write_tree(
        tmp_path / "repo",
        {
            "pyproject.toml": (
                '[project]\nname = "demo"\ndependencies = ["healer-demo-dep>=1"]\n'
                '[project.optional-dependencies]\ntest = ["healer-test-plugin", "pytest>=7"]\ndocs = ["sphinx"]\n'
                '[dependency-groups]\ndev = [{include-group = "lint"}]\nlint = ["healer-group-dep"]\n'
            ),
            "tox.ini": "[testenv]\ndeps =\n    healer-tox-dep\n    py38: healer-not-wanted\n",
        },
    )
    volume = ensure_deps(
        client=client,
        image=image,
        workspace=Workspace(repo),
        options=deps_options_for(package_index),
        log_line=run_log.append,
    )
    deps_volumes.append(volume)
    sb = make_sandbox(
        {
            "test_all.py": (
                "import healer_demo_dep, healer_test_plugin, healer_tox_dep, healer_group_dep\n"
                "def test_v():\n    assert (healer_demo_dep.VALUE, healer_test_plugin.VALUE,"
                " healer_tox_dep.VALUE, healer_group_dep.VALUE) == (42, 7, 8, 9)\n"
            )
        },
        deps_volume=volume,
    )
    result = sb.exec(PYTEST, timeout=60)
    assert result.exit_code == 0, result.output
    assert not any("sphinx" in path or "not-wanted" in path for path in package_index.requests)
    assert any("1 runtime and 4 test requirement(s)" in line for line in run_log), run_log


def test_it_installs_a_tree_larger_than_the_install_containers_tmp(
    tmp_path, docker_engine, package_index, deps_options_for, deps_volumes, make_sandbox, run_log
):
    """`pip install --target` stages the whole tree before moving it: the staging must not live in /tmp.

    Three 12 MiB files (zeros: a tiny wheel) make a 36 MiB tree, above the 16 MiB /tmp of the
    install container and within its 48 MiB dependency volume.
    """
    from sandbox.docker_container import Limits
    from tests.sandbox.deps_support import wheel_bytes

    client, image = docker_engine
    blob = bytes(12 * 1024**2)
    package_index.add(
        "healer-big-dep",
        *wheel_bytes(
            "healer-big-dep",
            "1.0",
            {
                "healer_big_dep/__init__.py": b"VALUE = 5\n",
                **{f"healer_big_dep/blob{i}.bin": blob for i in range(3)},
            },
        ),
    )
    repo = write_tree(tmp_path / "repo", {"requirements.txt": "healer-big-dep==1.0\n", "t.py": "x = 1\n"})
    small_tmp = Limits(
        memory=256 * 1024**2, cpus=1.0, pids=128, tmpfs=16 * 1024**2, file_size=16 * 1024**2, nofile=256
    )
    volume = ensure_deps(
        client=client,
        image=image,
        workspace=Workspace(repo),
        options=deps_options_for(package_index, limits=small_tmp),
        log_line=run_log.append,
    )
    deps_volumes.append(volume)
    sb = make_sandbox(
        {"test_big.py": "import healer_big_dep\n\ndef test_v():\n    assert healer_big_dep.VALUE == 5\n"},
        deps_volume=volume,
    )
    result = sb.exec(PYTEST, timeout=60)
    assert result.exit_code == 0, result.output
    # Only the site tree reaches the cache: pip's staging stays behind in the install container.
    listing = sb.exec(["sh", "-c", "ls -A /deps"])
    assert ".staging" not in listing.output.split() and "site" in listing.output.split(), listing.output


def test_a_test_tool_that_cannot_be_installed_falls_back_to_the_image_and_says_so(
    tmp_path, docker_engine, package_index, deps_options_for, deps_volumes, make_sandbox, run_log
):
    client, image = docker_engine
    repo = write_tree(
        tmp_path / "repo",
        {
            "pyproject.toml": (
                '[project]\nname = "demo"\ndependencies = ["healer-demo-dep"]\n'
                '[project.optional-dependencies]\ntest = ["pytest>=99"]\n'
            )
        },
    )
    volume = ensure_deps(
        client=client,
        image=image,
        workspace=Workspace(repo),
        options=deps_options_for(package_index),
        log_line=run_log.append,
    )
    deps_volumes.append(volume)
    assert volume is not None  # the runtime dependency is still installed
    warnings = [line for line in run_log if "WARNING" in line]
    assert (
        len(warnings) == 1
        and "pytest" in warnings[0]
        and "the checks run with the image's pytest 8" in warnings[0]
    )
    assert any("Installing the repository's dependencies failed" in line for line in run_log)
    sb = make_sandbox(
        {"test_a.py": "import healer_demo_dep\ndef test_a():\n    assert True\n"}, deps_volume=volume
    )
    assert sb.exec(PYTEST, timeout=60).ok


def test_a_runtime_dependency_that_cannot_be_installed_is_an_error(
    tmp_path, docker_engine, package_index, deps_options_for, run_log
):
    client, image = docker_engine
    repo = write_tree(tmp_path / "repo", {"requirements.txt": "pytest>=99\n"})
    with pytest.raises(SandboxError, match="pytest>=99"):
        ensure_deps(
            client=client,
            image=image,
            workspace=Workspace(repo),
            options=deps_options_for(package_index),
            log_line=run_log.append,
        )
    assert not any("WARNING" in line for line in run_log)


def test_the_cache_key_covers_index_wheels_only_and_every_declaration(
    tmp_path, docker_engine, package_index, deps_options_for
):
    client, image = docker_engine
    repo = write_tree(tmp_path / "repo", {"requirements.txt": "healer-demo-dep==1.0\n"})
    installer_for = lambda options: deps_module.PipInstaller(options.pip, inputs_dir="/x")  # noqa: E731

    def key(options, files=None):
        root = write_tree(tmp_path / f"r{len(seen)}", files or {"requirements.txt": "healer-demo-dep==1.0\n"})
        installer = installer_for(options)
        phase = deps_module._Phase(
            client=client, image=image, options=options, run_id="", instance="", say=None
        )
        seen.append(phase.digest(installer, installer.plan(Workspace(root))))
        return seen[-1]

    seen: list[str] = []
    base = deps_options_for(package_index)
    first = key(base)
    assert key(base) == first  # deterministic
    assert key(deps_options_for(package_index, allow_sdist=True)) != first
    assert key(deps_options_for(pip=PipIndex(index_url="https://mirror.example/simple"))) != first
    assert (
        key(
            deps_options_for(
                pip=PipIndex(index_url=package_index.url, extra_index_urls=("https://x.example/simple",))
            )
        )
        != first
    )
    assert (
        key(base, {"requirements.txt": "healer-demo-dep==1.0\n", "requirements-test.txt": "pytest>=7\n"})
        != first
    )
    assert (
        key(base, {"requirements.txt": "healer-demo-dep==1.0\n", "tox.ini": "[testenv]\ndeps = hypothesis\n"})
        != first
    )
    # Neither credentials, nor the CA bundle, nor limits change what is installed.
    with_creds = PipIndex(index_url=package_index.url.replace("http://", "http://u:p@"), ca_bundle=b"pem")
    assert key(deps_options_for(package_index, pip=with_creds, volume_size=10**9)) == first
    assert repo.exists()


def test_install_containers_carry_the_run_label_and_an_orphan_does_not_block_others(
    tmp_path, docker_engine, package_index, deps_options_for, deps_volumes, monkeypatch, run_log
):
    client, image = docker_engine
    seen: dict[str, dict] = {}
    real_stream_exec = deps_module.stream_exec

    def spy(api, container_id, argv, **kwargs):
        info = api.inspect_container(container_id)
        seen["install"], seen["host"] = info["Config"]["Labels"], info["HostConfig"]
        return real_stream_exec(api, container_id, argv, **kwargs)

    monkeypatch.setattr(deps_module, "stream_exec", spy)
    repo = write_tree(tmp_path / "repo", {"requirements.txt": "healer-demo-dep==1.0\n"})
    options = deps_options_for(package_index)
    installer = deps_module.PipInstaller(options.pip, inputs_dir="/x")
    phase = deps_module._Phase(client=client, image=image, options=options, run_id="", instance="", say=None)
    digest = phase.digest(installer, installer.plan(Workspace(repo)))
    # The install container of a worker that died mid-install (its owner pid is gone).
    orphan = client.api.create_container(
        image,
        command=["sleep", "infinity"],
        name=f"healer-deps-install-{digest}",
        labels=labels.labels_for(kind="install", run_id="dead-run", ttl=3600) | {labels.OWNER: _dead_owner()},
    )
    try:
        started = time.monotonic()
        volume = ensure_deps(
            client=client,
            image=image,
            workspace=Workspace(repo),
            options=options,
            run_id="run-77",
            instance="inst-1",
            log_line=run_log.append,
        )
        deps_volumes.append(volume)
        assert time.monotonic() - started < 60
        assert any("left behind by a worker that is gone" in line for line in run_log), run_log
    finally:
        try:
            client.api.remove_container(orphan["Id"], force=True)
        except Exception:
            pass
    assert seen["install"][labels.RUN] == "run-77"
    assert seen["install"][labels.INSTANCE] == "inst-1"
    assert seen["install"][labels.KIND] == "install"
    host, lim = seen["host"], options.limits
    assert host["NetworkMode"] == "none" and host["ReadonlyRootfs"] and host["CapDrop"] == ["ALL"]
    assert host["SecurityOpt"] == ["no-new-privileges"] and host["LogConfig"]["Type"] == "none"
    assert host["NanoCpus"] == int(lim.cpus * 1e9) and host["PidsLimit"] == lim.pids
    assert host["Memory"] == lim.memory + options.volume_size + lim.tmpfs == host["MemorySwap"]
    ulimits = {u["Name"]: u["Hard"] for u in host["Ulimits"]}
    assert ulimits == {"fsize": lim.file_size, "nofile": lim.nofile, "core": 0}
    assert f"size={options.volume_size}" in host["Tmpfs"]["/install"]
    # So the reaper removes it once the run is over, like the run's other containers.
    now = time.time()
    finished = lambda run: run != "run-77"  # noqa: E731
    assert _why(seen["install"], created=now - 300, now=now, is_active=finished, instance="inst-1") == (
        "run no longer active"
    )


def _dead_owner() -> str:
    import socket

    return f"{socket.gethostname()}:{dead_pid()}"


def test_an_idle_install_container_of_a_worker_on_another_host_is_taken_over(
    tmp_path, docker_engine, package_index, deps_options_for, deps_volumes, monkeypatch, run_log
):
    client, image = docker_engine
    monkeypatch.setattr(deps_module, "IDLE_ORPHAN", 2.0)
    repo = write_tree(tmp_path / "repo", {"requirements.txt": "healer-demo-dep==1.0\n"})
    options = deps_options_for(package_index)
    installer = deps_module.PipInstaller(options.pip, inputs_dir="/x")
    phase = deps_module._Phase(client=client, image=image, options=options, run_id="", instance="", say=None)
    digest = phase.digest(installer, installer.plan(Workspace(repo)))
    # Its owner's pid cannot be checked from here, and it has not expired: only its idleness tells.
    orphan = client.api.create_container(
        image,
        command=["sleep", "infinity"],
        name=f"healer-deps-install-{digest}",
        labels=labels.labels_for(kind="install", run_id="far-run", ttl=3600) | {labels.OWNER: "other-host:1"},
    )
    client.api.start(orphan["Id"])
    try:
        started = time.monotonic()
        volume = ensure_deps(
            client=client, image=image, workspace=Workspace(repo), options=options, log_line=run_log.append
        )
        deps_volumes.append(volume)
        assert volume and time.monotonic() - started < 60
        assert any("left behind by a worker that is gone" in line for line in run_log), run_log
    finally:
        try:
            client.api.remove_container(orphan["Id"], force=True)
        except Exception:
            pass
