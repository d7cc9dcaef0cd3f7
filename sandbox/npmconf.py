"""The registry and trust store of the worker's own npm, for the dependency phase.

The npm counterpart of sandbox/pipconf.py. Behind a TLS-intercepting proxy or
with an in-house registry, the worker's npm is already configured: `npm config`
(npmrc files and npm_config_* variables) names the registry and its `cafile`
(or `ca`), and NODE_EXTRA_CA_CERTS adds a CA to Node itself. By default the
dependency phase uses the same, so a machine where `npm ci` works gets working
installs in the sandbox too. Explicit HEALER_SANDBOX_NPM_* settings win.

Credentials are never taken from the worker's npm configuration: a private
registry's token comes from HEALER_SANDBOX_NPM_AUTH_TOKEN only.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from healer.engine.types import SandboxError
from sandbox.deps_npm import NPMJS, NpmRegistry, parse_extra_hosts, redact, registry_url
from sandbox.pipconf import is_http_url

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WorkerNpm:
    registry: str = ""
    cafile: str = ""  # npm's cafile (a path)
    ca: str = ""  # npm's inline `ca` (PEM text)
    extra_ca: str = ""  # NODE_EXTRA_CA_CERTS (a path)
    ignored: tuple[str, ...] = field(default=())


def _npm_config(npm: str, environ: Mapping[str, str]) -> dict:
    """`npm config list --json` of the worker (from /, so no project's .npmrc is read)."""
    if not shutil.which(npm, path=environ.get("PATH")):
        return {}
    try:
        done = subprocess.run(
            [npm, "config", "list", "--json"],
            capture_output=True,
            text=True,
            timeout=30,
            env=dict(environ),
            cwd="/",
            check=False,
        )
        data = json.loads(done.stdout) if done.returncode == 0 else {}
    except (OSError, subprocess.SubprocessError, ValueError) as exc:
        log.info("npm config unavailable (%s): using npm_config_* variables only", exc)
        return {}
    return data if isinstance(data, dict) else {}


def _from_environment(environ: Mapping[str, str], option: str) -> str:
    for name in (f"npm_config_{option}", f"NPM_CONFIG_{option.upper()}"):
        if environ.get(name):
            return environ[name]
    return ""


def read_worker_npm(*, npm: str = "npm", environ: Mapping[str, str] | None = None) -> WorkerNpm:
    """What the worker's npm uses; npm_config_* variables when npm itself cannot be asked."""
    environ = os.environ if environ is None else environ
    config = _npm_config(npm, environ)
    ignored: list[str] = []
    registry = str(config.get("registry") or _from_environment(environ, "registry") or "").strip()
    if registry and not is_http_url(registry):
        ignored.append(f"registry {redact(registry)} (not http(s))")
        registry = ""
    cafile = str(config.get("cafile") or _from_environment(environ, "cafile") or "").strip()
    ca = config.get("ca") or ""
    ca = "\n".join(ca) if isinstance(ca, list) else str(ca)
    extra = environ.get("NODE_EXTRA_CA_CERTS", "").strip()
    scoped = sorted(k for k in config if isinstance(k, str) and k.startswith("@") and k.endswith(":registry"))
    ignored += [f"{key} (scoped registries are not supported)" for key in scoped]
    if config.get("strict-ssl") is False:
        ignored.append("strict-ssl=false (TLS is always verified)")
    return WorkerNpm(
        registry=registry,
        cafile=cafile,
        ca=ca if not cafile else "",
        extra_ca=extra,
        ignored=tuple(ignored),
    )


@functools.lru_cache(maxsize=1)
def _worker_npm_cached() -> WorkerNpm:
    return read_worker_npm()


def npm_registry(
    *,
    registry: str = "",
    auth_token: str = "",
    ca_bundle: str = "",
    use_worker_config: bool = True,
    extra_hosts: tuple[str, ...] = (),
    worker: WorkerNpm | None = None,
) -> NpmRegistry:
    """The registry settings of the phase: explicit settings first, then the worker's npm, then npmjs."""
    if use_worker_config and worker is None:
        worker = _worker_npm_cached()
    worker = worker or WorkerNpm()
    origins: list[str] = []
    if registry:
        origins.append("registry from HEALER_SANDBOX_NPM_REGISTRY")
    elif worker.registry:
        origins.append("registry from the worker's npm configuration")
    else:
        origins.append(f"registry {NPMJS} (npm's default)")
    chosen = registry or worker.registry or NPMJS
    registry_url(chosen)  # refuses a malformed URL with a clear message
    pem, mode = _ca(ca_bundle, worker, origins)
    if auth_token:
        origins.append("auth token from HEALER_SANDBOX_NPM_AUTH_TOKEN")
    parse_extra_hosts(extra_hosts, setting="HEALER_SANDBOX_NPM_ALLOWED_HOSTS")
    return NpmRegistry(
        url=chosen,
        auth_token=auth_token,
        ca_bundle=pem,
        ca_mode=mode,
        extra_hosts=tuple(extra_hosts),
        origin="; ".join(origins + [f"ignored: {item}" for item in worker.ignored]),
    )


def _ca(ca_bundle: str, worker: WorkerNpm, origins: list[str]) -> tuple[bytes | None, str]:
    """(PEM, mode): the setting, else the worker's cafile / ca (npm's cafile), else NODE_EXTRA_CA_CERTS."""
    if ca_bundle:
        origins.append(f"CA bundle {ca_bundle} from HEALER_SANDBOX_NPM_CA_BUNDLE (added to Node's roots)")
        return _read_pem(ca_bundle), "extra"
    if worker.cafile:
        origins.append(f"CA bundle {worker.cafile} from the worker's npm configuration (npm cafile)")
        return _read_pem(worker.cafile), "cafile"
    if worker.ca.strip():
        origins.append("CA certificate(s) from the worker's npm configuration (npm ca)")
        return worker.ca.encode(), "cafile"
    if worker.extra_ca:
        origins.append(f"CA bundle {worker.extra_ca} from NODE_EXTRA_CA_CERTS (added to Node's roots)")
        return _read_pem(worker.extra_ca), "extra"
    return None, "extra"


def _read_pem(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise SandboxError(
            f"The CA bundle {path} for npm installs cannot be read ({exc}): "
            "set HEALER_SANDBOX_NPM_CA_BUNDLE to a readable PEM file"
        ) from exc


def describe_registry(registry: NpmRegistry) -> list[str]:
    """Lines for `sandbox check`: the registry (credentials hidden) and where each value came from."""
    first = redact(registry.url) + (" (with an auth token)" if registry.auth_token else "")
    return [first, *(f"  {item}" for item in registry.origin.split("; ") if item)]
