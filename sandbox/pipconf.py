"""The index and trust store of the worker's own pip, for the dependency phase.

Behind a TLS-intercepting proxy (common in companies) or with an in-house
mirror, the worker's pip is already configured: `pip config` (files and
PIP_* variables) names the index, and PIP_CERT / SSL_CERT_FILE /
REQUESTS_CA_BUNDLE the CA bundle. By default the dependency phase uses the
same, so a machine where `pip install` works gets working installs in the
sandbox too. Explicit HEALER_SANDBOX_PIP_* settings win over it.

Only http(s) index URLs are taken: `file:` indexes and find-links
directories exist on the worker, not in the install container.
"""

from __future__ import annotations

import ast
import functools
import logging
import os
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from healer.engine.types import SandboxError
from sandbox.deps_pip import PYPI, PipIndex, redact

log = logging.getLogger(__name__)

CA_VARIABLES = ("SSL_CERT_FILE", "REQUESTS_CA_BUNDLE")


@dataclass(frozen=True)
class WorkerPip:
    index_url: str = ""
    extra_index_urls: tuple[str, ...] = ()
    cert: str = ""
    origins: tuple[str, ...] = ()  # "index-url from pip config", ...
    ignored: tuple[str, ...] = field(default=())  # entries that cannot apply in a container


def is_http_url(url: str) -> bool:
    parts = urlsplit(url.strip())
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def parse_config_list(text: str) -> dict[str, str]:
    """`pip config list` output -> {option: value}, with pip's precedence (:env: > install > global)."""
    found: dict[str, dict[str, str]] = {}
    for line in text.splitlines():
        key, sep, raw = line.partition("=")
        if not sep or "." not in key:
            continue
        section, _, option = key.rpartition(".")
        try:
            value = ast.literal_eval(raw) if raw[:1] in "'\"" else raw
        except (ValueError, SyntaxError):
            value = raw
        found.setdefault(option.strip(), {})[section.strip()] = str(value)
    merged: dict[str, str] = {}
    for option, by_section in found.items():
        for section in (":env:", "install", "global"):
            if section in by_section:
                merged[option] = by_section[section]
                break
    return merged


def read_worker_pip(*, python: str = sys.executable, environ: Mapping[str, str] | None = None) -> WorkerPip:
    """What the worker's pip uses; falls back to PIP_* variables when pip cannot be asked."""
    environ = os.environ if environ is None else environ
    try:
        done = subprocess.run(
            [python, "-m", "pip", "config", "list"],
            capture_output=True,
            text=True,
            timeout=30,
            env=dict(environ),
            check=False,
        )
        config = parse_config_list(done.stdout) if done.returncode == 0 else {}
    except (OSError, subprocess.SubprocessError) as exc:
        log.info("pip config unavailable (%s): using PIP_* variables only", exc)
        config = {}
    for option, variable in (("index-url", "PIP_INDEX_URL"), ("extra-index-url", "PIP_EXTRA_INDEX_URL")):
        if option not in config and environ.get(variable):
            config[option] = environ[variable]
    if "cert" not in config and environ.get("PIP_CERT"):
        config["cert"] = environ["PIP_CERT"]
    origins: list[str] = []
    ignored: list[str] = []
    index_url = config.get("index-url", "").strip()
    if index_url and not is_http_url(index_url):
        ignored.append(f"index-url {index_url} (not http(s))")
        index_url = ""
    elif index_url:
        origins.append("index URL from the worker's pip configuration")
    extras: list[str] = []
    for url in config.get("extra-index-url", "").split():
        if is_http_url(url):
            extras.append(url)
        else:
            ignored.append(f"extra-index-url {url} (not http(s))")
    if extras:
        origins.append("extra index URLs from the worker's pip configuration")
    for option in ("find-links", "constraint"):
        if config.get(option):
            ignored.append(f"{option} {config[option]} (a location on the worker)")
    cert = config.get("cert", "").strip()
    if cert:
        origins.append(f"CA bundle {cert} from the worker's pip configuration (cert / PIP_CERT)")
    else:
        for variable in CA_VARIABLES:
            if environ.get(variable):
                cert = environ[variable]
                origins.append(f"CA bundle {cert} from {variable}")
                break
    return WorkerPip(
        index_url=index_url,
        extra_index_urls=tuple(extras),
        cert=cert,
        origins=tuple(origins),
        ignored=tuple(ignored),
    )


@functools.lru_cache(maxsize=1)
def _worker_pip_cached() -> WorkerPip:
    return read_worker_pip()


def pip_index(
    *,
    index_url: str = "",
    extra_index_urls: tuple[str, ...] = (),
    ca_bundle: str = "",
    use_worker_config: bool = True,
    allow_sdist: bool = False,
    worker: WorkerPip | None = None,
) -> PipIndex:
    """The index settings of the phase: explicit settings first, then the worker's pip, then PyPI."""
    if use_worker_config and worker is None:
        worker = _worker_pip_cached()
    worker = worker or WorkerPip()
    origins: list[str] = []
    if index_url:
        origins.append("index URL from HEALER_SANDBOX_PIP_INDEX_URL")
    if extra_index_urls:
        origins.append("extra index URLs from HEALER_SANDBOX_PIP_EXTRA_INDEX_URLS")
    if ca_bundle:
        origins.append(f"CA bundle {ca_bundle} from HEALER_SANDBOX_PIP_CA_BUNDLE")
    chosen_index = index_url or worker.index_url or PYPI
    chosen_extras = extra_index_urls or (() if index_url else worker.extra_index_urls)
    chosen_ca = ca_bundle or worker.cert
    origins += [
        o
        for o in worker.origins
        if not (
            (index_url and o.startswith("index URL"))
            or (extra_index_urls and o.startswith("extra index"))
            or (ca_bundle and o.startswith("CA bundle"))
        )
    ]
    if not index_url and not worker.index_url:
        origins.append(f"index {PYPI} (pip's default)")
    pem = None
    if chosen_ca:
        try:
            pem = Path(chosen_ca).read_bytes()
        except OSError as exc:
            raise SandboxError(
                f"The CA bundle {chosen_ca} for the dependency phase cannot be read ({exc}): "
                "set HEALER_SANDBOX_PIP_CA_BUNDLE to a readable PEM file"
            ) from exc
    return PipIndex(
        index_url=chosen_index,
        extra_index_urls=tuple(chosen_extras),
        ca_bundle=pem,
        allow_sdist=allow_sdist,
        origin="; ".join(origins + [f"ignored: {i}" for i in worker.ignored]),
    )


def describe_index(index: PipIndex) -> list[str]:
    """Lines for `sandbox check`: the index URLs (credentials hidden), the mode, where each came from."""
    urls = ", ".join(redact(u) for u in index.urls)
    mode = "wheels and source distributions" if index.allow_sdist else "wheels only"
    return [f"{urls} ({mode})", *(f"  {item}" for item in index.origin.split("; ") if item)]
