"""A bare run's place in the CPU scheduler, made like a sandbox container's (for the benches).

Docker puts every container in a cgroup under one parent (`/docker` with the
cgroupfs driver, `system.slice` with systemd). The kernel's group scheduler
gives that parent one share of the CPU, weighed against every process that
runs directly on the host: with ten busy host processes on two cores, the
containers together get about what one host process gets, however little work
is done inside them. Measured on this shared machine (load average 16, the
jest suite of `sandbox bench --npm`, no container at all): the bare run took
1.9 s as a host process and 13.1 s when the very same process was only moved
into a cgroup beside the containers' (`bare_dock`), the same as the warm
sandbox (12.4 s). That time is the host's CPU contention, not the sandbox's
overhead, and it grows with the load: the 1.15-1.32x once reported at load 4-6
was mostly this.

So the like baseline runs bare in a fresh cgroup next to the container's, with
the container's CPU quota and weight: the same share of the CPU, none of the
sandbox (no namespaces, seccomp, overlay, agent, reset). The bench prints the
host-placed bare run too.

cgroup v1 (a `cpu` hierarchy) and v2 (unified) are read; only the CPU
controller is joined. Needs root; anywhere else `CgroupPlace.beside` returns None.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

CGROUP_ROOT = Path("/sys/fs/cgroup")


@dataclass(frozen=True)
class CpuSettings:
    """A cgroup's CPU quota (None: unlimited), period (µs) and weight, in the cgroup version's own terms."""

    quota: int | None
    period: int
    weight: int


def cpu_cgroup_dir(proc_cgroup: str, *, root: Path = CGROUP_ROOT) -> tuple[Path, int] | None:
    """Where a process' CPU cgroup lives, from /proc/<pid>/cgroup text, and the cgroup version.

    v1 lines name their controllers ("1:cpu,cpuacct:/docker/<id>"); the v2 line is "0::/path" and
    counts only when no v1 hierarchy holds the cpu controller (hybrid hosts keep cpu on v1).
    """
    unified = None
    for line in proc_cgroup.splitlines():
        parts = line.split(":", 2)
        if len(parts) != 3:
            continue
        _, controllers, path = parts
        if "cpu" in controllers.split(","):
            for mount in (controllers, "cpu"):
                if (root / mount).is_dir():
                    return root / mount / path.lstrip("/"), 1
            return None
        if controllers == "" and parts[0] == "0":
            unified = path
    if unified is None:
        return None
    if (root / "cgroup.controllers").is_file():
        return root / unified.lstrip("/"), 2
    return None


def read_cpu(cgroup: Path, version: int) -> CpuSettings:
    if version == 1:
        quota = int((cgroup / "cpu.cfs_quota_us").read_text())
        period = int((cgroup / "cpu.cfs_period_us").read_text())
        weight = int((cgroup / "cpu.shares").read_text())
        return CpuSettings(quota=None if quota < 0 else quota, period=period, weight=weight)
    quota_text, period_text = (cgroup / "cpu.max").read_text().split()
    weight = int((cgroup / "cpu.weight").read_text())
    return CpuSettings(
        quota=None if quota_text == "max" else int(quota_text), period=int(period_text), weight=weight
    )


def write_cpu(cgroup: Path, version: int, cpu: CpuSettings) -> None:
    if version == 1:
        (cgroup / "cpu.cfs_period_us").write_text(str(cpu.period))
        (cgroup / "cpu.cfs_quota_us").write_text(str(-1 if cpu.quota is None else cpu.quota))
        (cgroup / "cpu.shares").write_text(str(cpu.weight))
        return
    (cgroup / "cpu.max").write_text(f"{'max' if cpu.quota is None else cpu.quota} {cpu.period}")
    (cgroup / "cpu.weight").write_text(str(cpu.weight))


class CgroupPlace:
    """A fresh cgroup beside a container's, with its CPU settings (or none: `quota=False`).

    Use as a context manager; `preexec` (for subprocess) moves the child in before it runs.
    """

    def __init__(self, directory: Path, version: int, cpu: CpuSettings) -> None:
        self.directory, self.version, self.cpu = directory, version, cpu

    @classmethod
    def beside(
        cls, container_pid: int, *, quota: bool = True, root: Path = CGROUP_ROOT
    ) -> CgroupPlace | None:
        """Next to the cgroup of the container whose init is `container_pid`; None when out of reach."""
        try:
            proc_cgroup = Path(f"/proc/{container_pid}/cgroup").read_text()
        except OSError:
            return None
        return cls.near(proc_cgroup, quota=quota, root=root)

    @classmethod
    def near(cls, proc_cgroup: str, *, quota: bool = True, root: Path = CGROUP_ROOT) -> CgroupPlace | None:
        """Next to the CPU cgroup named in /proc/<pid>/cgroup text, with its settings (`quota=False`: none)."""
        found = cpu_cgroup_dir(proc_cgroup, root=root)
        if found is None:
            return None
        container_dir, version = found
        try:
            cpu = read_cpu(container_dir, version)
        except (OSError, ValueError):
            return None
        if not quota:
            cpu = CpuSettings(quota=None, period=cpu.period, weight=cpu.weight)
        return cls(container_dir.parent / f"healer-bench-{secrets.token_hex(4)}", version, cpu)

    def __enter__(self) -> CgroupPlace:
        self.directory.mkdir()
        try:
            write_cpu(self.directory, self.version, self.cpu)
        except OSError:
            self.directory.rmdir()
            raise
        return self

    def __exit__(self, *exc_info: object) -> None:
        # Empty once its processes have exited (the bench waits for each run).
        with contextlib.suppress(OSError):
            self.directory.rmdir()

    def preexec(self) -> None:
        """Runs in the forked child: join this cgroup before exec."""
        (self.directory / "cgroup.procs").write_text(str(os.getpid()))

    def describe(self) -> str:
        quota = "no quota" if self.cpu.quota is None else f"quota {self.cpu.quota / self.cpu.period:g} CPU"
        return f"{self.directory.parent}/ (cgroup v{self.version}, {quota}, weight {self.cpu.weight})"


def cpu_usage_reader(proc_cgroup: str, *, root: Path = CGROUP_ROOT) -> Callable[[], int] | None:
    """A function returning the CPU time (ns) a cgroup has used, from /proc/<pid>/cgroup text.

    CPU time hardly depends on how long the scheduler kept a process waiting, so it shows the
    sandbox's own work where wall-clock time on a loaded host mostly shows the wait.
    """
    unified = None
    for line in proc_cgroup.splitlines():
        parts = line.split(":", 2)
        if len(parts) != 3:
            continue
        number, controllers, path = parts
        if "cpuacct" in controllers.split(","):
            for mount in (controllers, "cpuacct", "cpu,cpuacct"):
                usage = root / mount / path.lstrip("/") / "cpuacct.usage"
                if usage.is_file():
                    return lambda usage=usage: int(usage.read_text())
            return None
        if number == "0" and controllers == "":
            unified = path
    if unified is None or not (root / unified.lstrip("/") / "cpu.stat").is_file():
        return None
    stat = root / unified.lstrip("/") / "cpu.stat"

    def v2_usage() -> int:
        for line in stat.read_text().splitlines():
            key, _, value = line.partition(" ")
            if key == "usage_usec":
                return int(value) * 1000
        raise ValueError(f"no usage_usec in {stat}")

    return v2_usage
