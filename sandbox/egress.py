"""Host side of the install phase's egress: the allow-list and the proxy container.

The install container runs with network_mode=none. Next to it, a proxy
container (the sandbox image running sandbox/egress_proxy.py as its own
unprivileged user, on HEALER_SANDBOX_DEPS_NETWORK) listens on a Unix socket in
a per-install volume that the install container mounts read-only. No image
has to be pulled: the proxy is stdlib Python in the image Healer builds.
"""

from __future__ import annotations

import ipaddress
import logging
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import docker
import docker.errors
from docker.types import LogConfig, Ulimit

from sandbox import labels

log = logging.getLogger(__name__)

PROXY_SOURCE = (Path(__file__).resolve().parent / "egress_proxy.py").read_bytes()
PROXY_UID = 10002
MOUNT = "/egress"
SOCKET_DIR = "sock"
SOCKET = f"{MOUNT}/{SOCKET_DIR}/proxy.sock"
INPUTS = "in"  # root-owned inputs: the proxy program, its config, the installer's files
PROGRAM = f"{MOUNT}/{INPUTS}/egress_proxy.py"
CONFIG = f"{MOUNT}/{INPUTS}/proxy.json"
RELAY_PORT = 3128
PROXY_URL = f"http://127.0.0.1:{RELAY_PORT}"
# PyPI serves its index from one host and the files from another.
KNOWN_FILE_HOSTS = {"pypi.org": ("files.pythonhosted.org", 443)}


@dataclass(frozen=True)
class Destination:
    host: str
    port: int

    def __str__(self) -> str:
        return f"{self.host}:{self.port}"


def parse_host_port(text: str, *, default_port: int = 443) -> Destination:
    """'host', 'host:port' or a URL -> Destination; ValueError when malformed."""
    text = text.strip()
    if "://" in text:
        parts = urlsplit(text)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"{text!r} is not an http(s) URL")
        return Destination(parts.hostname.lower(), parts.port or (443 if parts.scheme == "https" else 80))
    parts = urlsplit(f"//{text}")
    if not parts.hostname:
        raise ValueError(f"{text!r} is not a host name")
    return Destination(parts.hostname.lower(), parts.port or default_port)


def destinations_for(urls: tuple[str, ...], extra_hosts: tuple[str, ...] = ()) -> list[Destination]:
    """Every (host, port) the installer needs: its index URLs, their known file hosts, extra hosts."""
    found: list[Destination] = []
    for url in urls:
        dest = parse_host_port(url)
        found.append(dest)
        if dest.host in KNOWN_FILE_HOSTS:
            found.append(Destination(*KNOWN_FILE_HOSTS[dest.host]))
    found += [parse_host_port(h) for h in extra_hosts]
    return list(dict.fromkeys(found))


def engine_networks(client: docker.DockerClient) -> list[str]:
    """Subnets of the engine's Docker networks: the proxy never connects into them."""
    subnets: list[str] = []
    try:
        networks = client.api.networks()
    except docker.errors.APIError as exc:
        log.warning("egress: cannot list Docker networks: %s", exc)
        return subnets
    for network in networks:
        for config in (network.get("IPAM") or {}).get("Config") or []:
            subnet = config.get("Subnet")
            try:
                if subnet:
                    ipaddress.ip_network(subnet, strict=False)
                    subnets.append(subnet)
            except ValueError:
                continue
    return sorted(set(subnets))


def proxy_config(
    *, destinations: list[Destination], private_ok: list[Destination], blocked: list[str]
) -> dict:
    return {
        "socket": SOCKET,
        "allow": [[d.host, d.port] for d in destinations],
        "private_ok": [[d.host, d.port] for d in private_ok],
        "blocked": blocked,
    }


def create_proxy(
    client: docker.DockerClient,
    *,
    image: str,
    network: str,
    volume: str,
    run_id: str,
    instance: str,
    ttl: int,
) -> str:
    """Create (not start) the proxy container; returns its id."""
    container = client.api.create_container(
        image,
        command=["python3", "-I", "-S", PROGRAM, "proxy", CONFIG],
        entrypoint=["/usr/bin/tini", "--"],
        user=f"{PROXY_UID}:{PROXY_UID}",
        environment={"HOME": "/tmp", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"},
        labels=labels.labels_for(kind="proxy", run_id=run_id, ttl=ttl, instance=instance),
        host_config=client.api.create_host_config(
            network_mode=network,
            binds={volume: {"bind": MOUNT, "mode": "rw"}},
            cap_drop=["ALL"],
            security_opt=["no-new-privileges"],
            read_only=True,
            tmpfs={"/tmp": "size=16m,nosuid,nodev,noexec"},
            mem_limit=256 * 1024**2,
            memswap_limit=256 * 1024**2,
            nano_cpus=int(1e9),
            pids_limit=128,
            ulimits=[
                Ulimit(name="nofile", soft=1024, hard=1024),
                Ulimit(name="fsize", soft=0, hard=0),
                Ulimit(name="core", soft=0, hard=0),
            ],
            # Its decisions are read back for the run's log; capped like every log.
            log_config=LogConfig(type="json-file", config={"max-size": "256k", "max-file": "1"}),
        ),
    )
    return container["Id"]


def proxy_decisions(client: docker.DockerClient, container_id: str, *, limit: int = 20) -> list[str]:
    """The proxy's refusals (DENY/FAIL lines), most recent last, at most `limit`."""
    try:
        raw = client.api.logs(container_id, stdout=True, stderr=True, tail=500)
    except docker.errors.APIError:
        return []
    lines = [ln.strip() for ln in raw.decode("utf-8", errors="replace").splitlines()]
    refused = [ln for ln in lines if ln.startswith(("DENY ", "FAIL "))]
    return refused[-limit:]
