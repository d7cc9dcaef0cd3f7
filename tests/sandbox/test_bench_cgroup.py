"""The benches' like baseline: a bare run placed beside the sandbox container, with its CPU share."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sandbox.bench_cgroup import (
    CgroupPlace,
    CpuSettings,
    cpu_cgroup_dir,
    cpu_usage_reader,
    read_cpu,
    write_cpu,
)

V1_DOCKER = "9:name=systemd:/docker/abc\n4:memory:/docker/abc\n2:cpuacct:/docker/abc\n1:cpu:/docker/abc\n0::/docker/abc\n"


def fake_v1(root: Path, path: str, *, quota: int, shares: int = 1024, mount: str = "cpu") -> Path:
    cgroup = root / mount / path
    cgroup.mkdir(parents=True)
    (cgroup / "cpu.cfs_quota_us").write_text(f"{quota}\n")
    (cgroup / "cpu.cfs_period_us").write_text("100000\n")
    (cgroup / "cpu.shares").write_text(f"{shares}\n")
    return cgroup


def fake_v2(root: Path, path: str, *, cpu_max: str, weight: int = 100) -> Path:
    (root / "cgroup.controllers").parent.mkdir(parents=True, exist_ok=True)
    (root / "cgroup.controllers").write_text("cpu memory pids\n")
    cgroup = root / path
    cgroup.mkdir(parents=True)
    (cgroup / "cpu.max").write_text(f"{cpu_max}\n")
    (cgroup / "cpu.weight").write_text(f"{weight}\n")
    return cgroup


def test_it_finds_the_cpu_cgroup_of_a_v1_container(tmp_path):
    cgroup = fake_v1(tmp_path, "docker/abc", quota=100000)
    # The cpu hierarchy wins over the unified line of a hybrid host.
    assert cpu_cgroup_dir(V1_DOCKER, root=tmp_path) == (cgroup, 1)


def test_it_finds_a_v1_cpu_hierarchy_mounted_with_cpuacct(tmp_path):
    cgroup = fake_v1(tmp_path, "docker/abc", quota=100000, mount="cpu,cpuacct")
    assert cpu_cgroup_dir("3:cpu,cpuacct:/docker/abc\n", root=tmp_path) == (cgroup, 1)


def test_it_finds_the_cpu_cgroup_of_a_v2_container(tmp_path):
    cgroup = fake_v2(tmp_path, "system.slice/docker-abc.scope", cpu_max="100000 100000")
    assert cpu_cgroup_dir("0::/system.slice/docker-abc.scope\n", root=tmp_path) == (cgroup, 2)


def test_it_gives_up_without_a_cpu_controller(tmp_path):
    assert cpu_cgroup_dir("4:memory:/docker/abc\n", root=tmp_path) is None
    assert cpu_cgroup_dir("1:cpu:/docker/abc\n", root=tmp_path) is None  # no cpu hierarchy mounted
    assert cpu_cgroup_dir("0::/docker/abc\n", root=tmp_path) is None  # no unified hierarchy either
    assert CgroupPlace.near("garbage", root=tmp_path) is None


def test_it_reads_and_writes_cpu_settings_in_both_versions(tmp_path):
    v1 = fake_v1(tmp_path / "a", "x", quota=-1, shares=512)
    assert read_cpu(v1, 1) == CpuSettings(quota=None, period=100000, weight=512)
    write_cpu(v1, 1, CpuSettings(quota=50000, period=100000, weight=2048))
    assert read_cpu(v1, 1) == CpuSettings(quota=50000, period=100000, weight=2048)
    v2 = fake_v2(tmp_path / "b", "y", cpu_max="max 100000", weight=100)
    assert read_cpu(v2, 2) == CpuSettings(quota=None, period=100000, weight=100)
    write_cpu(v2, 2, CpuSettings(quota=200000, period=100000, weight=50))
    assert (v2 / "cpu.max").read_text() == "200000 100000"
    assert read_cpu(v2, 2) == CpuSettings(quota=200000, period=100000, weight=50)


def test_it_makes_a_sibling_with_the_containers_cpu_share(tmp_path):
    fake_v1(tmp_path, "docker/abc", quota=150000, shares=1024)
    place = CgroupPlace.near(V1_DOCKER, root=tmp_path)
    assert place is not None and place.directory.parent == tmp_path / "cpu" / "docker"
    assert place.directory.name.startswith("healer-bench-")
    with place:
        assert read_cpu(place.directory, 1) == CpuSettings(quota=150000, period=100000, weight=1024)
    assert "quota 1.5 CPU, weight 1024" in place.describe()
    unlimited = CgroupPlace.near(V1_DOCKER, quota=False, root=tmp_path)
    with unlimited:
        assert read_cpu(unlimited.directory, 1).quota is None
    assert unlimited.directory != place.directory


def test_it_reads_a_cgroups_cpu_time_in_both_versions(tmp_path):
    v1 = tmp_path / "v1" / "cpuacct" / "docker" / "abc"
    v1.mkdir(parents=True)
    (v1 / "cpuacct.usage").write_text("1500000\n")
    read = cpu_usage_reader(V1_DOCKER, root=tmp_path / "v1")
    assert read() == 1_500_000
    (v1 / "cpuacct.usage").write_text("2500000\n")
    assert read() == 2_500_000  # read afresh each time
    v2 = fake_v2(tmp_path / "v2", "system.slice/docker-abc.scope", cpu_max="max 100000")
    (v2 / "cpu.stat").write_text("usage_usec 1234\nuser_usec 1000\nsystem_usec 234\n")
    assert cpu_usage_reader("0::/system.slice/docker-abc.scope\n", root=tmp_path / "v2")() == 1_234_000
    assert cpu_usage_reader("4:memory:/docker/abc\n", root=tmp_path / "v1") is None
    assert cpu_usage_reader("2:cpuacct:/docker/gone\n", root=tmp_path / "v1") is None


@pytest.mark.docker
def test_it_places_a_bare_process_beside_a_real_container(make_sandbox):
    sb = make_sandbox(cpus=0.5)
    pid = sb.api.inspect_container(sb.container_id)["State"]["Pid"]
    place = CgroupPlace.beside(pid)
    assert place is not None, Path(f"/proc/{pid}/cgroup").read_text()
    container_dir = cpu_cgroup_dir(Path(f"/proc/{pid}/cgroup").read_text())[0]
    assert sb.container_id in str(container_dir)
    assert place.directory.parent == container_dir.parent
    assert place.cpu.quota == place.cpu.period // 2  # the container's 0.5 CPU
    used = cpu_usage_reader(Path(f"/proc/{pid}/cgroup").read_text())
    before = used()
    assert sb.exec(["sh", "-c", "i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done"]).ok
    assert used() - before > 10_000_000  # the busy loop's CPU time (> 10 ms) shows in the container's
    if os.geteuid() != 0:  # creating a cgroup needs root: the bench then reports no like baseline
        with pytest.raises(OSError):
            place.__enter__()
        return
    with place:
        done = subprocess.run(
            [sys.executable, "-c", "print(open('/proc/self/cgroup').read())"],
            capture_output=True,
            text=True,
            check=True,
            preexec_fn=place.preexec,
        )
    assert f"/{container_dir.parent.name}/{place.directory.name}" in done.stdout
    assert not place.directory.exists()  # removed once the run is over
