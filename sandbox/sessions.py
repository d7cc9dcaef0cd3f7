"""The one entry point the rest of Healer uses to get a sandbox.

    with sandbox_open(run_id="42", workspace=workspace) as sb:
        sb.exec(["python3", "-m", "pytest", "-q"], timeout=120)

Backends are registered in `BACKENDS` by the name HEALER_SANDBOX_BACKEND
chooses, all with one signature: `open(*, run_id, workspace, support_root)`,
a context manager that yields a `Sandbox` and removes everything on exit.
This is the only module that reads Django settings; the backends' own modules
take plain parameters. There is no fallback: when Docker is unusable the
caller gets a SandboxError that says how to fix it, never a silent host run.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from django.conf import settings

from healer.engine import SUPPORT_ROOT
from healer.engine.types import Sandbox, SandboxError

if TYPE_CHECKING:
    from healer.engine.workspace import Workspace

log = logging.getLogger(__name__)

DOCKER = "docker"
UNSAFE_LOCAL = "unsafe-local"


def configured_image() -> str:
    from sandbox.image import image_tag

    return image_tag(override=settings.HEALER_SANDBOX_IMAGE)


def docker_options():
    """DockerOptions built from the HEALER_SANDBOX_* settings."""
    from sandbox.docker_container import DockerOptions, Limits

    return DockerOptions(
        image=configured_image(),
        limits=Limits(
            memory=settings.HEALER_SANDBOX_MEMORY,
            cpus=settings.HEALER_SANDBOX_CPUS,
            pids=settings.HEALER_SANDBOX_PIDS,
            tmpfs=settings.HEALER_SANDBOX_TMPFS,
            file_size=settings.HEALER_SANDBOX_FILE_SIZE,
            nofile=settings.HEALER_SANDBOX_NOFILE,
            files=settings.HEALER_SANDBOX_MAX_FILES,
        ),
        default_timeout=float(settings.HEALER_SANDBOX_TIMEOUT),
        output_limit=settings.HEALER_SANDBOX_OUTPUT_LIMIT,
        output_hard_limit=max(
            settings.HEALER_SANDBOX_OUTPUT_HARD_LIMIT, settings.HEALER_SANDBOX_OUTPUT_LIMIT
        ),
        ttl=settings.HEALER_SANDBOX_TTL,
        instance=settings.HEALER_INSTANCE_ID,
        warm_pytest=settings.HEALER_SANDBOX_WARM_PYTEST,
        warm_targeted=settings.HEALER_SANDBOX_WARM_TARGETED,
    )


def deps_options():
    """DepsOptions from the HEALER_SANDBOX_* settings (the worker's pip and npm configuration by default)."""
    from sandbox.deps import DepsOptions
    from sandbox.npmconf import npm_registry
    from sandbox.pipconf import pip_index

    return DepsOptions(
        npm=npm_registry(
            registry=settings.HEALER_SANDBOX_NPM_REGISTRY,
            auth_token=settings.HEALER_SANDBOX_NPM_AUTH_TOKEN,
            ca_bundle=settings.HEALER_SANDBOX_NPM_CA_BUNDLE,
            use_worker_config=settings.HEALER_SANDBOX_NPM_USE_WORKER_CONFIG,
            extra_hosts=tuple(settings.HEALER_SANDBOX_NPM_ALLOWED_HOSTS),
        ),
        pip=pip_index(
            index_url=settings.HEALER_SANDBOX_PIP_INDEX_URL,
            extra_index_urls=tuple(settings.HEALER_SANDBOX_PIP_EXTRA_INDEX_URLS),
            ca_bundle=settings.HEALER_SANDBOX_PIP_CA_BUNDLE,
            use_worker_config=settings.HEALER_SANDBOX_PIP_USE_WORKER_CONFIG,
            allow_sdist=settings.HEALER_SANDBOX_PIP_ALLOW_SDIST,
        ),
        network=settings.HEALER_SANDBOX_DEPS_NETWORK,
        extra_hosts=tuple(settings.HEALER_SANDBOX_DEPS_ALLOWED_HOSTS),
        private_hosts=tuple(settings.HEALER_SANDBOX_DEPS_PRIVATE_HOSTS),
        limits=docker_options().limits,  # the test container's limits
        volume_size=settings.HEALER_SANDBOX_DEPS_SIZE,
        timeout=float(settings.HEALER_SANDBOX_INSTALL_TIMEOUT),
        ttl=settings.HEALER_SANDBOX_TTL,
        output_limit=settings.HEALER_SANDBOX_OUTPUT_LIMIT,
        output_hard_limit=max(
            settings.HEALER_SANDBOX_OUTPUT_HARD_LIMIT, settings.HEALER_SANDBOX_OUTPUT_LIMIT
        ),
    )


def backend_refusal(*, backend: str, debug: bool) -> str:
    """Why `backend` may not run repository code here, or "" when it may.

    The one place of the unsafe-local rule: sandbox_open and the start-up system
    check (runs.checks, healer.E002) both ask it.
    """
    if backend == UNSAFE_LOCAL and not debug:
        return (
            "HEALER_SANDBOX_BACKEND=unsafe-local runs repository code directly on this machine "
            "and is refused when DEBUG is off"
        )
    return ""


class SandboxBackend(Protocol):
    """A way to run repository code: how to add one is in docs/ARCHITECTURE.md."""

    def open(
        self,
        *,
        run_id: str,
        workspace: Workspace,
        support_root: Path,
        log_line: Callable[[str], None] | None = None,
    ) -> AbstractContextManager[Sandbox]: ...


class DockerBackend:
    """The default and only automatic backend: one hardened container per run."""

    @contextlib.contextmanager
    def open(
        self,
        *,
        run_id: str,
        workspace: Workspace,
        support_root: Path,
        log_line: Callable[[str], None] | None = None,
    ) -> Iterator[Sandbox]:
        from sandbox.deps import ensure_all_deps
        from sandbox.docker_backend import DockerSandbox
        from sandbox.docker_container import docker_client, require_image

        options = docker_options()
        client = docker_client()
        try:
            require_image(client, options.image)
            volumes = ensure_all_deps(
                client=client,
                image=options.image,
                workspace=workspace,
                options=deps_options(),
                run_id=run_id,
                instance=options.instance,
                log_line=log_line,
            )
            sandbox = DockerSandbox.start(
                client=client,
                options=options,
                run_id=run_id,
                workspace=workspace,
                support_root=support_root,
                deps_volume=volumes.python,
                npm_volume=volumes.npm,
            )
            try:
                yield sandbox
            finally:
                sandbox.close()
        finally:
            client.close()


class UnsafeLocalBackend:
    """Development only: runs repository code on this machine (see sandbox/unsafe_local.py)."""

    @contextlib.contextmanager
    def open(
        self,
        *,
        run_id: str,
        workspace: Workspace,
        support_root: Path,
        log_line: Callable[[str], None] | None = None,
    ) -> Iterator[Sandbox]:
        from sandbox.unsafe_local import UnsafeLocalSandbox

        with UnsafeLocalSandbox.start(
            run_id=run_id,
            workspace=workspace,
            support_root=support_root,
            default_timeout=float(settings.HEALER_SANDBOX_TIMEOUT),
            output_limit=settings.HEALER_SANDBOX_OUTPUT_LIMIT,
        ) as sandbox:
            yield sandbox


BACKENDS: dict[str, SandboxBackend] = {
    DOCKER: DockerBackend(),
    UNSAFE_LOCAL: UnsafeLocalBackend(),
}


@contextlib.contextmanager
def sandbox_open(
    *,
    run_id: str,
    workspace: Workspace,
    support_root: Path = SUPPORT_ROOT,
    log_line: Callable[[str], None] | None = None,
) -> Iterator[Sandbox]:
    """Open the run's sandbox session with the configured backend; everything is removed on exit.

    `log_line` receives what the run's log should show (the dependency phase's decisions).
    """
    name = settings.HEALER_SANDBOX_BACKEND
    refusal = backend_refusal(backend=name, debug=bool(settings.DEBUG))
    if refusal:
        raise SandboxError(f"{refusal}: use the docker backend")
    backend = BACKENDS.get(name)
    if backend is None:
        raise SandboxError(f"Unknown HEALER_SANDBOX_BACKEND {name!r}: use docker")
    with backend.open(
        run_id=run_id, workspace=workspace, support_root=support_root, log_line=log_line
    ) as sandbox:
        yield sandbox


def sandbox_reap_leftovers() -> list[str]:
    """Remove the containers and volumes that dead processes of this host left behind.

    `heal` calls it before it starts: on a machine that runs only the command line no
    worker's recovery reaps, and a heal killed by SIGKILL (or a CI timeout) leaves its
    container running until its expiry label passes. The reaper needs a positive reason
    for each object (its owner process on this host is gone, or it expired), so the
    sandboxes of live processes (another heal, a worker) are never touched. Returns the
    names removed; nothing when no engine answers (the run itself then says why).
    """
    if settings.HEALER_SANDBOX_BACKEND != DOCKER:
        return []
    from sandbox.docker_container import docker_client
    from sandbox.reaper import reap

    try:
        client = docker_client(timeout=10)
    except SandboxError:
        return []
    try:
        report = reap(
            client=client,
            deps_max_age=settings.HEALER_SANDBOX_DEPS_MAX_AGE,
            instance=settings.HEALER_INSTANCE_ID,
        )
    except Exception:  # a failed clean-up must not stop the run it precedes
        log.warning("could not remove the sandbox leftovers", exc_info=True)
        return []
    finally:
        client.close()
    return report.containers + report.volumes
