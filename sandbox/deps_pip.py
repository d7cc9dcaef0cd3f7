"""pip: the first installer of the locked-down dependency phase (see sandbox/deps.py).

The plan (what to install) is made on the host from the repository's
declarations (sandbox/requirements.py). Requirements the image already
satisfies are left out, so a repository that only asks for the image's pytest
needs no install at all. pip then runs in the install container:

    pip install --target /install/site --only-binary=:all: -r requirements.txt

with a pip.conf (index URLs, CA bundle) and, when the index URLs carry
credentials, a netrc file, both in the per-install volume: credentials are
never on a command line (not even the one pip gives its build subprocesses,
which repeats the index URLs) and never in the environment.
"""

from __future__ import annotations

import json
import logging
import sys
from dataclasses import dataclass, replace
from urllib.parse import unquote, urlsplit, urlunsplit

import docker
import docker.errors
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from healer.engine.types import SandboxError
from sandbox import labels
from sandbox.egress import Destination, destinations_for
from sandbox.installer import InstallJob
from sandbox.requirements import Declarations, Declared, Kind, declared_dependencies

log = logging.getLogger(__name__)

SITE = "site"
STAGING = "/install/.staging"  # pip's temporary files, inside the install root's size cap
PYPI = "https://pypi.org/simple"


@dataclass(frozen=True)
class PipIndex:
    """Where packages come from (the deployment's choice; by default the worker's own pip's)."""

    index_url: str = PYPI
    extra_index_urls: tuple[str, ...] = ()
    ca_bundle: bytes | None = None  # PEM; None: the image's trust store
    allow_sdist: bool = False
    origin: str = "built-in default"  # where these values came from, for `sandbox check`

    @property
    def urls(self) -> tuple[str, ...]:
        return (self.index_url, *self.extra_index_urls)


@dataclass(frozen=True)
class ImageFacts:
    distributions: dict[str, str]  # canonical name -> version
    environment: dict[str, str]  # PEP 508 marker environment of the image's python3
    # Top-level module names of the image python3's standard library (sys.stdlib_module_names).
    stdlib: frozenset[str] = frozenset()


@dataclass(frozen=True)
class PipPlan:
    declarations: Declarations
    requirements: tuple[Declared, ...]
    constraints: tuple[Declared, ...]
    # Test tools left to the image after a failed install (name -> image version).
    relaxed: tuple[tuple[str, str], ...] = ()

    @property
    def empty(self) -> bool:
        return not self.requirements

    def log_lines(self) -> list[str]:
        return describe(self)

    def errors(self) -> list[str]:
        fatal = self.declarations.fatal
        if not fatal:
            return []
        return [
            "The repository's runtime dependencies cannot be installed under Healer's dependency policy "
            "(only named packages from the configured index):",
            *(r.message() for r in fatal),
        ]


FACTS_SCRIPT = r"""
import json
import sys
from importlib import metadata
try:
    from packaging.markers import default_environment
except ImportError:
    from pip._vendor.packaging.markers import default_environment
dists = {}
for dist in metadata.distributions():
    name = dist.metadata["Name"]
    if name:
        dists.setdefault(name, dist.version)
stdlib = sorted(getattr(sys, "stdlib_module_names", ()))
print(json.dumps({"distributions": dists, "environment": default_environment(), "stdlib": stdlib}))
"""

_facts_cache: dict[str, ImageFacts] = {}


def image_facts(client: docker.DockerClient, image: str) -> ImageFacts:
    """What the image's python3 has installed and its marker environment (once per image id)."""
    image_id = client.images.get(image).id
    if image_id in _facts_cache:
        return _facts_cache[image_id]
    try:
        raw = client.containers.run(
            image,
            ["python3", "-I", "-c", FACTS_SCRIPT],
            entrypoint=["/usr/bin/tini", "--"],
            user="10001:10001",
            network_mode="none",
            cap_drop=["ALL"],
            security_opt=["no-new-privileges"],
            read_only=True,
            labels=labels.labels_for(kind="probe", ttl=600),
            mem_limit=256 * 1024**2,
            pids_limit=64,
            remove=True,
            stdout=True,
            stderr=False,
        )
        data = json.loads(raw.decode().strip().splitlines()[-1])
    except (docker.errors.ContainerError, ValueError, IndexError) as exc:
        raise SandboxError(f"Could not read the sandbox image's installed packages: {exc}") from exc
    facts = ImageFacts(
        distributions={canonicalize_name(k): str(v) for k, v in data["distributions"].items()},
        environment={str(k): str(v) for k, v in data["environment"].items()},
        stdlib=frozenset(str(m) for m in data.get("stdlib", ())),
    )
    _facts_cache[image_id] = facts
    return facts


def _shadows_stdlib(name: str, *, stdlib: frozenset[str]) -> bool:
    """Is `name` a PyPI backport named like a standard-library module of the image's Python?

    Python semantics: the deps tree comes before the standard library on sys.path, so a backport
    such as `argparse` 1.4 (Python 2 era, still declared by Poetry dev groups) would shadow the
    stdlib module it copies, and an old copy breaks its users (pytest passes argparse's
    `allow_abbrev`). The standard library already provides the module, so it is left out.
    """
    module = canonicalize_name(name).replace("-", "_")
    return module in stdlib


def split_credentials(url: str) -> tuple[str, tuple[str, str, str] | None]:
    """(url without userinfo, (host, login, password) or None)."""
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url, None
    netloc = parts.hostname or ""
    if ":" in netloc:
        netloc = f"[{netloc}]"
    if parts.port:
        netloc += f":{parts.port}"
    clean = urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))
    return clean, (parts.hostname or "", unquote(parts.username or ""), unquote(parts.password or ""))


def redact(url: str) -> str:
    clean, creds = split_credentials(url)
    if creds is None:
        return url
    parts = urlsplit(clean)
    return urlunsplit((parts.scheme, f"***@{parts.netloc}", parts.path, parts.query, parts.fragment))


def _netrc_token(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


class PipInstaller:
    """Installer for Python packages (the interface a second ecosystem implements too)."""

    name = "pip"
    outputs = (SITE,)

    def __init__(self, index: PipIndex, *, inputs_dir: str) -> None:
        self.index = index
        self.inputs_dir = inputs_dir  # where the job's files appear in the install container

    # -- planning (host only) -------------------------------------------------
    def plan(self, workspace) -> PipPlan | None:
        found = declared_dependencies(workspace)
        if not found.requirements and not found.refusals:
            return None
        return PipPlan(
            declarations=found,
            requirements=tuple(found.requirements),
            constraints=tuple(found.constraints),
        )

    def cache_key(self, plan: PipPlan) -> bytes:
        """Everything that changes what ends up in the volume (not credentials, CA, limits)."""
        key = {
            "index": [split_credentials(u)[0] for u in self.index.urls],
            "sdist": self.index.allow_sdist,
            "requirements": sorted({d.requirement for d in plan.requirements}),
            "constraints": sorted({d.requirement for d in plan.constraints}),
            "relaxed": sorted(name for name, _ in plan.relaxed),
        }
        # A volume installed before standard-library backports were left out holds the backport;
        # only plans that name one get a new key, so every other cached volume stays valid.
        left_out = sorted(
            d.requirement
            for d in plan.requirements
            if _shadows_stdlib(Requirement(d.requirement).name, stdlib=frozenset(sys.stdlib_module_names))
        )
        if left_out:
            key["stdlib_left_out"] = left_out
        return json.dumps(key, sort_keys=True).encode()

    def destinations(self) -> tuple[Destination, ...]:
        return tuple(destinations_for(tuple(split_credentials(u)[0] for u in self.index.urls)))

    def needed(self, plan: PipPlan, facts: ImageFacts) -> tuple[list[Declared], list[str]]:
        """The requirements the image does not already satisfy, and what was left out and why."""
        needed: list[Declared] = []
        notes: list[str] = []
        env = {**facts.environment, "extra": ""}
        for declared in plan.requirements:
            req = Requirement(declared.requirement)
            if req.marker is not None:
                try:
                    applies = req.marker.evaluate(env)
                except Exception:  # an unknown marker variable: let pip decide
                    applies = True
                if not applies:
                    notes.append(f"not for this Python/platform: {declared.requirement}")
                    continue
            if _shadows_stdlib(req.name, stdlib=facts.stdlib):
                notes.append(f"part of the standard library, not installed: {declared.requirement}")
                continue
            have = facts.distributions.get(canonicalize_name(req.name))
            if have is not None and not req.extras and req.specifier.contains(have, prereleases=True):
                notes.append(f"satisfied by the image: {declared.requirement} ({have})")
                continue
            needed.append(declared)
        return needed, notes

    def prepare(self, plan: PipPlan, *, client, image: str) -> tuple[InstallJob | None, list[str]]:
        needed, notes = self.needed(plan, image_facts(client, image))
        if not needed:
            return None, [*notes, "nothing to install, the sandbox image provides everything declared"]
        return self.job(needed, plan.constraints), notes

    def failure_hint(self, output: str, *, timed_out: bool) -> str:
        return pip_failure_hint(output, index=self.index, timed_out=timed_out)

    def relax(self, plan: PipPlan, *, client, image: str) -> tuple[PipPlan | None, list[str]]:
        relaxed = self.relaxed(plan, image_facts(client, image))
        if relaxed is None:
            return None, []
        warnings = [
            f"WARNING: the test tool {name} could not be installed as declared; "
            f"the checks run with the image's {name} {version}"
            for name, version in relaxed.relaxed
            if (name, version) not in plan.relaxed
        ]
        return relaxed, warnings

    def relaxed(self, plan: PipPlan, facts: ImageFacts) -> PipPlan | None:
        """After a failed install: leave to the image the test tools it has in some version."""
        relaxed = dict(plan.relaxed)
        kept: list[Declared] = []
        for declared in plan.requirements:
            have = facts.distributions.get(declared.name)
            if declared.kind == Kind.TEST and have is not None and declared.name not in relaxed:
                relaxed[declared.name] = have
                continue
            kept.append(declared)
        if len(relaxed) == len(plan.relaxed):
            return None
        return replace(plan, requirements=tuple(kept), relaxed=tuple(sorted(relaxed.items())))

    # -- the job (runs in the install container) --------------------------------
    def job(self, needed: list[Declared], constraints: tuple[Declared, ...]) -> InstallJob:
        files: dict[str, bytes] = {
            "requirements.txt": "".join(f"{d.requirement}\n" for d in needed).encode(),
        }
        # `pip install --target` builds the whole tree in a temporary directory and then moves it:
        # under the install container's small /tmp a large tree (numpy + scipy + pandas ...) fails
        # with ENOSPC. A staging directory inside the install root shares its size cap and makes
        # the move a rename; only `site` is copied out of the root, so the staging never reaches the cache.
        argv = [
            "/bin/sh",
            "-c",
            'mkdir -p "$TMPDIR" && exec "$@"',
            "healer-pip",
            "python3",
            "-I",
            "-m",
            "pip",
            "install",
            "--target",
            f"/install/{SITE}",
            "--no-warn-script-location",
            "--progress-bar",
            "off",
        ]
        if not self.index.allow_sdist:
            argv.append("--only-binary=:all:")
        if constraints:
            files["constraints.txt"] = "".join(f"{d.requirement}\n" for d in constraints).encode()
            argv += ["-c", f"{self.inputs_dir}/constraints.txt"]
        argv += ["-r", f"{self.inputs_dir}/requirements.txt"]
        conf, netrc = self.pip_conf()
        files["pip.conf"] = conf
        env = {"PIP_CONFIG_FILE": f"{self.inputs_dir}/pip.conf", "TMPDIR": STAGING}
        if netrc:
            files["netrc"] = netrc
            env["NETRC"] = f"{self.inputs_dir}/netrc"
        if self.index.ca_bundle:
            files["ca.pem"] = self.index.ca_bundle
        names = ", ".join(d.requirement for d in needed[:8]) + (" ..." if len(needed) > 8 else "")
        return InstallJob(
            files=files,
            argv=argv,
            env=env,
            outputs=self.outputs,
            summary=f"{len(needed)} requirement(s): {names}"
            + ("" if self.index.allow_sdist else " (wheels only)"),
            destinations=self.destinations(),
        )

    def pip_conf(self) -> tuple[bytes, bytes]:
        urls: list[str] = []
        machines: list[str] = []
        trusted: list[str] = []
        for url in self.index.urls:
            clean, creds = split_credentials(url)
            urls.append(clean)
            if creds is not None:
                host, login, password = creds
                machines.append(
                    f"machine {host} login {_netrc_token(login)} password {_netrc_token(password)}\n"
                )
            parts = urlsplit(clean)
            if parts.scheme == "http":  # the deployment chose a plain-HTTP index (e.g. an in-house mirror)
                trusted.append(parts.netloc)
        lines = [
            "[global]",
            f"index-url = {urls[0]}",
            "timeout = 30",
            "retries = 2",
            "disable-pip-version-check = true",
            "no-input = true",
            "no-cache-dir = true",
        ]
        if urls[1:]:
            lines.append("extra-index-url =\n" + "".join(f"    {u}\n" for u in urls[1:]).rstrip("\n"))
        if trusted:
            lines.append("trusted-host =\n" + "".join(f"    {t}\n" for t in trusted).rstrip("\n"))
        if self.index.ca_bundle:
            lines.append(f"cert = {self.inputs_dir}/ca.pem")
        return ("\n".join(lines) + "\n").encode(), "".join(machines).encode()


def describe(plan: PipPlan) -> list[str]:
    """Log lines: where the requirements came from, and everything that was refused."""
    found = plan.declarations
    runtime = sum(1 for d in plan.requirements if d.kind == Kind.RUNTIME)
    test = len(plan.requirements) - runtime
    lines = [
        f"Dependencies: {runtime} runtime and {test} test requirement(s)"
        + (f" from {', '.join(found.sources)}" if found.sources else "")
    ]
    lines += [f"Dependencies: {r.message()}" for r in found.refusals]
    lines += [f"Dependencies: {n}" for n in found.notes]
    return lines


# What pip's output says when the index cannot be used, and what the deployment sets then.
_TLS = ("CERTIFICATE_VERIFY_FAILED", "problem confirming the ssl certificate")
_REFUSED = ("Tunnel connection failed", "ProxyError", "Failed to establish a new connection")
_AUTH = ("401 Client Error", "403 Client Error", "HTTP error 401", "HTTP error 403")


def pip_failure_hint(output: str, *, index: PipIndex, timed_out: bool = False) -> str:
    """Why pip failed, in a sentence, and the setting that changes it ("" when the output says nothing).

    The user of `heal` (or the run page) sees this first, above pip's own last lines.
    """
    hosts = ", ".join(sorted({urlsplit(url).netloc.rpartition("@")[2] for url in index.urls}))
    if timed_out:
        return "the install did not finish in time: raise HEALER_SANDBOX_INSTALL_TIMEOUT."
    if any(marker in output for marker in _TLS):
        given = (
            "the CA bundle given does not sign it"
            if index.ca_bundle
            else "no CA bundle was given for it (a TLS-intercepting proxy?)"
        )
        return (
            f"the package index's TLS certificate ({hosts}) is not trusted: {given}. Set "
            "HEALER_SANDBOX_PIP_CA_BUNDLE to the PEM bundle that signs it (e.g. /etc/ssl/certs/ca-certificates.crt), "
            "or give the worker's own pip one (PIP_CERT, `pip config set global.cert ...`), which the dependency "
            "phase follows unless HEALER_SANDBOX_PIP_USE_WORKER_CONFIG=0."
        )
    if any(marker in output for marker in _REFUSED):
        return (
            f"the package index ({hosts}) could not be reached from the sandbox's egress proxy (the host does "
            "not resolve, or resolves to a private address). Set HEALER_SANDBOX_PIP_INDEX_URL to a reachable "
            "index; an in-house mirror also needs HEALER_SANDBOX_DEPS_PRIVATE_HOSTS, a file host other than "
            "the index HEALER_SANDBOX_DEPS_ALLOWED_HOSTS (`manage.py sandbox check` tests the index)."
        )
    if any(marker in output for marker in _AUTH):
        return (
            f"the package index ({hosts}) refused the request: put its credentials in "
            "HEALER_SANDBOX_PIP_INDEX_URL (https://user:token@host/simple; they reach pip only through a "
            "netrc file)."
        )
    if "No space left on device" in output or "[Errno 28]" in output:
        return (
            "the installed dependencies do not fit in the dependency volume: raise HEALER_SANDBOX_DEPS_SIZE "
            "(default 1g)."
        )
    if "No matching distribution found" in output:
        if "(from versions: none)" in output and not index.allow_sdist:
            return (
                f"the index ({hosts}) has no wheel of a requirement for the image's Python (wheels only): "
                "HEALER_SANDBOX_PIP_ALLOW_SDIST=1 lets pip build source distributions, or the name is wrong."
            )
        return f"a requirement's version does not exist on the index ({hosts}): correct the requirement."
    return ""
