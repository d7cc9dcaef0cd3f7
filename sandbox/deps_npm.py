"""npm: the second installer of the locked-down dependency phase (see sandbox/deps.py).

The plan is made on the host (sandbox/npm_policy.py): a reduced package.json
(no scripts) and the lock file, both checked under the policy. In the install
container, as the sandbox user, behind the egress proxy:

    npm ci --ignore-scripts                              (package-lock.json / npm-shrinkwrap.json)
    npm install --ignore-scripts --no-package-lock       (no lock file: not reproducible, said so)

in /install, whose node_modules is then copied into the cache volume. npm
gets its configuration from an npmrc in the per-install volume: the registry,
its credentials (`_authToken`, or a user and password from the registry URL:
never on a command line or in the environment), the CA bundle, the proxy,
`ignore-scripts=true` (on top of the flag), `replace-registry-host=always`
(every tarball comes from the configured registry, whatever host the lock
file names) and no git. The repository's own .npmrc is never used.

The cache key is the lock file's hash (or, without one, the declared ranges),
the reduced package.json, the registry and the command; the image id (which
fixes Node's and npm's versions) is added by the phase.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from dataclasses import dataclass, field, replace
from urllib.parse import unquote, urlsplit, urlunsplit

from healer.engine.types import SandboxError
from sandbox.egress import PROXY_URL, Destination, destinations_for, parse_host_port
from sandbox.installer import InstallJob
from sandbox.npm_policy import NpmDeclarations, npm_declarations

NPMJS = "https://registry.npmjs.org/"
NODE_MODULES = "node_modules"
CA_FILE = "npm-ca.pem"
NPMRC = "npmrc"
# Characters an npmrc value can carry unquoted (npm's ini parser treats quotes, ; and # specially).
_NPMRC_VALUE = re.compile(r"^[\x21\x24-\x3a\x3c-\x7e]+$")

# Runs in the install container (after the relay started): the inputs are
# root-owned and read-only, so package.json and the lock are copied into the
# writable /install first. $1 = ci | install, $2 = the lock file's name, $3 = the inputs.
NPM_SCRIPT = """
cp "$3/package.json" /install/package.json || exit 125
if [ -n "$2" ]; then cp "$3/$2" "/install/$2" || exit 125; fi
cd /install || exit 125
if [ "$1" = ci ]; then
  npm ci --ignore-scripts --no-audit --no-fund || exit $?
else
  npm install --ignore-scripts --no-package-lock --no-audit --no-fund || exit $?
fi
# npm reports success even when its tar extraction hit ENOSPC and cut files short:
# a full volume means the install is incomplete.
avail=$(df -k --output=avail /install | tail -n 1)
if [ "$avail" -lt 1024 ]; then
  echo "npm filled the dependency volume (ENOSPC: no space left; HEALER_SANDBOX_DEPS_SIZE): files may be cut short"
  exit 28
fi
"""


@dataclass(frozen=True)
class NpmRegistry:
    """Where npm packages come from (the deployment's choice; by default the worker's own npm's)."""

    url: str = NPMJS  # may carry user:password (sent through the npmrc only)
    auth_token: str = field(default="", repr=False)  # `_authToken` for the registry
    ca_bundle: bytes | None = None  # PEM; None: the image's Node trust store
    ca_mode: str = "extra"  # "cafile": npm's cafile (as the worker's npm); "extra": NODE_EXTRA_CA_CERTS
    extra_hosts: tuple[str, ...] = ()  # more host[:port] the proxy allows for npm (tarball CDN...)
    origin: str = "built-in default"  # where these values came from, for `sandbox check`

    @property
    def clean_url(self) -> str:
        return registry_url(self.url)[0]


def registry_url(url: str) -> tuple[str, tuple[str, str] | None]:
    """(registry URL ending in "/" without userinfo, (user, password) or None)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SandboxError(f"The npm registry {redact(url)!r} is not an http(s) URL")
    netloc = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    if parts.port:
        netloc += f":{parts.port}"
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    clean = urlunsplit((parts.scheme, netloc, path, "", ""))
    if parts.username is None and parts.password is None:
        return clean, None
    return clean, (unquote(parts.username or ""), unquote(parts.password or ""))


def redact(url: str) -> str:
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc="***@" + parts.netloc.rpartition("@")[2]))


def nerf_dart(url: str) -> str:
    """npm's key for per-registry settings: '//host[:port]/path/' (no scheme, no credentials)."""
    parts = urlsplit(url)
    return f"//{parts.netloc.rpartition('@')[2]}{parts.path[: parts.path.rfind('/') + 1] or '/'}"


@dataclass(frozen=True)
class NpmPlan:
    declarations: NpmDeclarations

    @property
    def empty(self) -> bool:
        return not self.declarations.declared

    @property
    def command(self) -> str:
        return "ci" if self.declarations.lock_name else "install"

    def log_lines(self) -> list[str]:
        found = self.declarations
        if found.refusals or self.empty:
            return [f"Dependencies: {note}" for note in found.notes]
        if found.lock_name:
            what = f"npm: {len(found.declared)} declared dependencies, {found.locked} locked in {found.lock_name}"
        else:
            what = (
                f"npm: {len(found.declared)} declared dependencies and no package-lock.json: the install is NOT "
                "reproducible (npm install resolves the ranges now; commit a package-lock.json)"
            )
        return [f"Dependencies: {what}", *(f"Dependencies: {note}" for note in found.notes)]

    def errors(self) -> list[str]:
        refusals = self.declarations.refusals
        if not refusals:
            return []
        return [
            "The repository's npm dependencies cannot be installed under Healer's dependency policy "
            "(only registry packages, with npm):",
            *refusals,
        ]


class NpmInstaller:
    """Installer for npm packages (the interface of sandbox/installer.py)."""

    name = "npm"
    outputs = (NODE_MODULES,)

    def __init__(self, registry: NpmRegistry, *, inputs_dir: str) -> None:
        self.registry = registry
        self.inputs_dir = inputs_dir

    # -- planning (host only) -----------------------------------------------------
    def plan(self, workspace) -> NpmPlan | None:
        found = npm_declarations(workspace)
        if found is None:
            return None
        return NpmPlan(declarations=self._noted(found))

    def _noted(self, found: NpmDeclarations) -> NpmDeclarations:
        registry_host = urlsplit(self.registry.clean_url).netloc
        others = sorted(found.lock_hosts - {registry_host, "registry.npmjs.org"})
        if not others:
            return found
        note = (
            f"{found.lock_name} names other hosts than the registry ({', '.join(others[:5])}): npm fetches "
            "those packages from the configured registry (replace-registry-host=always)"
        )
        return replace(found, notes=(*found.notes, note))

    def cache_key(self, plan: NpmPlan) -> bytes:
        """Everything that changes node_modules (not credentials, CA, limits; the phase adds the image)."""
        found = plan.declarations
        key = {
            "registry": self.registry.clean_url,
            "command": plan.command,
            "package_json": hashlib.sha256(found.package_json).hexdigest(),
            "lock": [found.lock_name, found.lock_sha256],
            "options": "ignore-scripts,replace-registry-host=always",
        }
        return json.dumps(key, sort_keys=True).encode()

    def destinations(self) -> tuple[Destination, ...]:
        return tuple(destinations_for((self.registry.clean_url,), self.registry.extra_hosts))

    def prepare(self, plan: NpmPlan, *, client, image: str) -> tuple[InstallJob | None, list[str]]:
        if plan.empty:
            return None, ["npm: nothing to install (package.json declares no dependencies)"]
        return self.job(plan), []

    def relax(self, plan: NpmPlan, *, client, image: str) -> tuple[NpmPlan | None, list[str]]:
        return None, []  # the lock file is installed whole or not at all

    def failure_hint(self, output: str, *, timed_out: bool) -> str:
        return npm_failure_hint(output, registry=self.registry.clean_url, timed_out=timed_out)

    # -- the job (runs in the install container) -----------------------------------
    def job(self, plan: NpmPlan) -> InstallJob:
        found = plan.declarations
        files = {"package.json": found.package_json, NPMRC: self.npmrc()}
        if found.lock_name:
            files[found.lock_name] = found.lock
        env = {"NPM_CONFIG_USERCONFIG": f"{self.inputs_dir}/{NPMRC}", **self.ca_env()}
        if self.registry.ca_bundle:
            files[CA_FILE] = self.registry.ca_bundle
        if found.lock_name:
            summary = f"npm ci --ignore-scripts ({found.locked} packages from {found.lock_name})"
        else:
            summary = f"npm install --ignore-scripts --no-package-lock ({len(found.declared)} declared, no lock file)"
        return InstallJob(
            files=files,
            argv=["/bin/sh", "-c", NPM_SCRIPT, "healer-npm", plan.command, found.lock_name, self.inputs_dir],
            env=env,
            outputs=self.outputs,
            summary=f"{summary} from {self.registry.clean_url}",
            destinations=self.destinations(),
        )

    def ca_env(self) -> dict[str, str]:
        if self.registry.ca_bundle and self.registry.ca_mode == "extra":
            return {"NODE_EXTRA_CA_CERTS": f"{self.inputs_dir}/{CA_FILE}"}
        return {}

    def npmrc(self) -> bytes:
        clean, userinfo = registry_url(self.registry.url)
        dart = nerf_dart(clean)
        lines = [
            f"registry={clean}",
            f"proxy={PROXY_URL}",
            f"https-proxy={PROXY_URL}",
            "noproxy=",
            "strict-ssl=true",
            "ignore-scripts=true",
            "replace-registry-host=always",
            "git=/nonexistent/git",  # git dependencies are refused by the policy; never run git either
            "audit=false",
            "fund=false",
            "update-notifier=false",
            "progress=false",
            "engine-strict=false",
            "cache=/tmp/npm-cache",
            # Few connections at once: each is a thread in the relay and the proxy (pids limits).
            "maxsockets=8",
            # A download cut off mid-transfer (ECONNRESET: socket hang up) under load is retried
            # rather than failing the heal: four retries, npm's back-off between them.
            "fetch-retries=4",
            "fetch-timeout=60000",
        ]
        if self.registry.ca_bundle and self.registry.ca_mode == "cafile":
            lines.append(f"cafile={self.inputs_dir}/{CA_FILE}")
        if self.registry.auth_token:
            lines.append(f"{dart}:_authToken={_npmrc_value(self.registry.auth_token, 'the auth token')}")
        if userinfo is not None:
            user, password = userinfo
            lines.append(f"{dart}:username={_npmrc_value(user, 'the user name')}")
            lines.append(f"{dart}:_password={base64.b64encode(password.encode()).decode()}")
        return ("\n".join(lines) + "\n").encode()


def _npmrc_value(value: str, what: str) -> str:
    if not _NPMRC_VALUE.match(value):
        raise SandboxError(
            f"The npm registry's {what} holds characters an npmrc cannot carry (spaces, quotes, ; or #)"
        )
    return value


def parse_extra_hosts(hosts: tuple[str, ...], *, setting: str) -> tuple[str, ...]:
    for host in hosts:
        try:
            parse_host_port(host)
        except ValueError as exc:
            raise SandboxError(f"{setting}: {exc}") from None
    return hosts


# What npm's output says when the registry cannot be used, and what the deployment sets then.
_NPM_TLS = (
    "UNABLE_TO_GET_ISSUER_CERT",
    "SELF_SIGNED_CERT_IN_CHAIN",
    "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
    "CERT_",
)
_NPM_UNREACHABLE = ("ECONNREFUSED", "ECONNRESET", "EAI_AGAIN", "ENOTFOUND", "ETIMEDOUT")


def _cut_off(output: str) -> bool:
    """A reset while a package's tarball was downloading (`.../-/name-1.0.0.tgz failed, reason: socket hang
    up`): npm reached the registry and fetched metadata, then one transfer broke, which is not the
    unreachable-registry story (refused, unresolvable or timed-out connections)."""
    return "ECONNRESET" in output and any(
        "/-/" in line and ".tgz" in line and "socket hang up" in line for line in output.splitlines()
    )


def npm_failure_hint(output: str, *, registry: str, timed_out: bool = False) -> str:
    """Why npm failed, in a sentence, and the setting that changes it ("" when the output says nothing)."""
    host = urlsplit(registry).netloc or registry
    if timed_out:
        return "the install did not finish in time: raise HEALER_SANDBOX_INSTALL_TIMEOUT."
    if any(marker in output for marker in _NPM_TLS):
        return (
            f"the npm registry's TLS certificate ({host}) is not trusted: set HEALER_SANDBOX_NPM_CA_BUNDLE to "
            "the PEM bundle that signs it (e.g. /etc/ssl/certs/ca-certificates.crt), or give the worker's own "
            "npm one (`npm config set cafile ...`), which the phase follows unless "
            "HEALER_SANDBOX_NPM_USE_WORKER_CONFIG=0."
        )
    if "E401" in output or "E403" in output:
        return f"the npm registry ({host}) refused the request: set HEALER_SANDBOX_NPM_AUTH_TOKEN."
    if _cut_off(output):
        return (
            f"a download from the npm registry ({host}) was cut off mid-transfer (ECONNRESET, socket hang up) "
            "after npm's retries: the registry was reached, so heal again; if it repeats, the egress proxy is "
            "dropping connections (fewer heals at once, or HEALER_SANDBOX_NPM_REGISTRY set to a nearer mirror)."
        )
    if any(marker in output for marker in _NPM_UNREACHABLE):
        return (
            f"the npm registry ({host}) could not be reached from the sandbox's egress proxy: set "
            "HEALER_SANDBOX_NPM_REGISTRY to a reachable registry (`manage.py sandbox check` tests it)."
        )
    if "ETARGET" in output or "E404" in output:
        return f"a package or version the lock file names does not exist on the registry ({host})."
    return ""
