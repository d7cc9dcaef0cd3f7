"""The interface between the locked-down dependency phase and one package ecosystem.

sandbox/deps.py owns everything that makes the phase safe and fast: the cache
(volume per hash), the install container without network, the egress proxy,
limits, the size-capped copy into the volume, locking and clean-up. An
installer only knows its ecosystem:

- `plan(workspace)`: what the repository declares, read on the host under the
  ecosystem's policy (refusals and notes go to the run's log);
- `cache_key(plan)`: every input that changes the installed result;
- `prepare(plan, ...)`: the job to run, or None when the image already has
  everything (plus log lines saying why);
- `relax(plan, ...)`: a smaller plan to try after a failed install, or None.

pip (sandbox/deps_pip.py) is the first; npm (sandbox/deps_npm.py) plans from
package.json and its lock file (cache key: the lock file's hash), runs
`npm ci --ignore-scripts` with the registry as its only destination and keeps
`node_modules`. Each ecosystem gets its own cache volume and mount point.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import docker

    from healer.engine.workspace import Workspace
    from sandbox.egress import Destination


@dataclass(frozen=True)
class InstallJob:
    """One command in the install container, as the sandbox user, behind the egress proxy."""

    files: dict[str, bytes]  # placed read-only under the inputs directory (sandbox.deps.INPUTS)
    argv: list[str]
    env: dict[str, str]
    outputs: tuple[str, ...]  # directories under /install copied into the cache volume
    summary: str  # for the run's log
    destinations: tuple[Destination, ...] = ()  # the hosts the egress proxy lets through


class Plan(Protocol):
    @property
    def empty(self) -> bool: ...

    def log_lines(self) -> list[str]: ...

    def errors(self) -> list[str]: ...  # refusals that must stop the phase


class Installer(Protocol):
    name: str

    def plan(self, workspace: Workspace) -> Plan | None: ...

    def cache_key(self, plan: Plan) -> bytes: ...

    def prepare(
        self, plan: Plan, *, client: docker.DockerClient, image: str
    ) -> tuple[InstallJob | None, list[str]]: ...

    def relax(
        self, plan: Plan, *, client: docker.DockerClient, image: str
    ) -> tuple[Plan | None, list[str]]: ...

    def failure_hint(
        self, output: str, *, timed_out: bool
    ) -> str: ...  # why, and what to set ("" if unknown)
