"""Which network hosts a repository URL may make Healer's git connect to.

A repository URL is chosen by any signed-in user, and git then connects to it
from inside the deployment. Without a policy that is a probe into the internal
network (loopback, the cloud metadata address, compose services such as
`db` or `redis`, private ranges), with the clone error as the answer. So:

- the host must be a public DNS name or a public IP literal; numeric IPv4 forms
  other than a.b.c.d (decimal, hex, octal, short) are refused outright, because
  every layer parses them differently;
- the name is resolved here and every address it resolves to must be globally
  routable (IPv6 forms that embed an IPv4 address are judged by that address);
- the check runs when a run is created and again in the worker right before
  cloning, and the clone is pinned to the addresses that were checked
  (`http.curloptResolve`), so a DNS answer that changes in between (rebinding)
  cannot redirect git; redirects are not followed at all.

An operator names internal Git servers in HEALER_REPO_ALLOWED_HOSTS (host names
or CIDR networks); nothing else about private addresses is configurable.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import urllib.parse
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

# One message for "does not resolve" and "resolves to a private address": a
# user must not learn which internal names exist.
REFUSED = (
    "Healer cannot use this repository host: it must be a public host name or address "
    "(private, loopback, link-local and internal hosts are refused)."
)
NUMERIC_FORM = "Write an IP address in the repository URL as four decimal numbers (a.b.c.d)."

_LABEL = r"(?!-)[a-z0-9-]{1,63}(?<!-)"
_NAME_RE = re.compile(rf"^{_LABEL}(\.{_LABEL})*$")
# Names that never mean a public host (RFC 6761 / 6762 / 8375 and common internal suffixes).
_LOCAL_SUFFIXES = (".localhost", ".local", ".internal", ".home.arpa", ".lan", ".intranet", ".corp")
_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_RESOLVE_TIMEOUT = 5.0


class HostRefused(ValueError):
    """The host may not be contacted; the message is safe to show to the user."""


@dataclass(frozen=True)
class HostPolicy:
    """What an operator allows beyond public hosts (HEALER_REPO_ALLOWED_HOSTS)."""

    names: frozenset[str] = frozenset()
    networks: tuple[IPNetwork, ...] = ()

    @classmethod
    def parse(cls, entries: Iterable[str]) -> HostPolicy:
        """Host names and CIDR networks; raises ValueError naming a malformed entry."""
        names, networks = set(), []
        for raw in entries:
            entry = raw.strip().lower().rstrip(".")
            if not entry:
                continue
            try:
                networks.append(ipaddress.ip_network(entry.strip("[]"), strict=False))
                continue
            except ValueError:
                pass
            if not _NAME_RE.match(entry):
                raise ValueError(f"{raw!r} is neither a host name nor an IP network (e.g. 10.0.0.0/8)")
            names.add(entry)
        return cls(names=frozenset(names), networks=tuple(networks))

    @classmethod
    def check_entry(cls, entry: str) -> None:
        """Raise ValueError when one allow-list entry is malformed (for healer.env)."""
        cls.parse([entry])

    def allows_address(self, address: IPAddress) -> bool:
        return any(address in network for network in self.networks if network.version == address.version)


@dataclass(frozen=True)
class Target:
    """A checked host: connect only to these addresses."""

    host: str
    port: int
    addresses: tuple[IPAddress, ...]

    def git_config(self) -> dict[str, str]:
        """git (libcurl) configuration that pins the host to the checked addresses."""
        if not self.addresses:  # an allow-listed name: resolved by git itself
            return {}
        listed = ",".join(f"[{a}]" if a.version == 6 else str(a) for a in self.addresses)
        return {"http.curloptResolve": f"{self.host}:{self.port}:{listed}"}


def embedded_ipv4(address: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 transition form carries (mapped, 6to4, Teredo, NAT64)."""
    if address.version != 6:
        return None
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if any(address in network for network in _NAT64):
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def address_is_public(address: IPAddress) -> bool:
    inner = embedded_ipv4(address)
    if inner is not None:
        # It reaches the IPv4 host it carries. (Python releases disagree on 2002::/16 itself:
        # 3.11.2 calls every 6to4 address private, later ones only by their inner address.)
        return address_is_public(inner)
    return address.is_global and not address.is_multicast


def _literal(host: str) -> IPAddress | None:
    """The address a host written as an IP literal denotes, in any form libcurl accepts."""
    if host.startswith("["):
        if not host.endswith("]") or "%" in host:
            raise HostRefused(REFUSED)  # zone ids name an interface of this machine
        try:
            return ipaddress.IPv6Address(host[1:-1])
        except ValueError:
            raise HostRefused("The repository URL has no valid host name.") from None
    try:
        packed = socket.inet_aton(host)  # accepts 127.1, 0x7f.1, 0177.0.0.1, 2130706433 ...
    except OSError:
        if re.fullmatch(r"[0-9.]+|0x[0-9a-f.x]*", host):
            raise HostRefused(NUMERIC_FORM) from None
        return None
    address = ipaddress.IPv4Address(packed)
    if str(address) != host:
        raise HostRefused(NUMERIC_FORM)
    return address


def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address `host` resolves to (empty when it does not), within a few seconds."""

    def lookup() -> list[IPAddress]:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError):
            return []
        return [ipaddress.ip_address(info[4][0].split("%", 1)[0]) for info in infos]

    # getaddrinfo has no timeout of its own; a slow resolver must not hold a web request.
    pool = ThreadPoolExecutor(max_workers=1)
    try:
        return pool.submit(lookup).result(timeout=_RESOLVE_TIMEOUT)
    except FutureTimeout:
        return []
    finally:
        pool.shutdown(wait=False)


def host_check(
    host: str,
    port: int,
    *,
    policy: HostPolicy,
    resolver: Callable[[str, int], list[IPAddress]] | None = None,
    allow_unresolved: bool = False,
) -> Target:
    """Refuse (HostRefused) a host that is not public; otherwise the addresses to connect to.

    With allow_unresolved (run creation) a name that does not resolve passes with
    no addresses: DNS may be down for a moment, and the worker checks again
    before connecting, refusing it then.
    """
    host = host.lower()
    literal = _literal(host)
    if literal is not None:
        if address_is_public(literal) or policy.allows_address(literal):
            return Target(host=host, port=port, addresses=())
        raise HostRefused(REFUSED)
    name = host
    if name in policy.names:
        return Target(host=host, port=port, addresses=())
    if (
        not _NAME_RE.match(name)
        or "." not in name  # single labels: compose services (db, redis), localhost, search domains
        or not re.search(r"[a-z]", name.rsplit(".", 1)[1])
        or name.endswith(_LOCAL_SUFFIXES)
    ):
        raise HostRefused(REFUSED)
    addresses = (resolver or resolve)(name, port)
    if not addresses and allow_unresolved:
        return Target(host=host, port=port, addresses=())
    if not addresses or not all(address_is_public(a) or policy.allows_address(a) for a in addresses):
        raise HostRefused(REFUSED)
    return Target(host=host, port=port, addresses=tuple(dict.fromkeys(addresses)))


def url_check(
    url: str,
    *,
    policy: HostPolicy,
    resolver: Callable[[str, int], list[IPAddress]] | None = None,
    allow_unresolved: bool = False,
) -> Target:
    """host_check for the host of an http(s) URL."""
    parts = urllib.parse.urlsplit(url)
    hostname = parts.hostname or ""
    try:
        port = parts.port or (80 if parts.scheme == "http" else 443)
    except ValueError:
        raise HostRefused("The repository URL has no valid port.") from None
    if not hostname or hostname.endswith("."):
        raise HostRefused("The repository URL has no valid host name.")
    host = f"[{hostname}]" if ":" in hostname else hostname
    return host_check(host, port, policy=policy, resolver=resolver, allow_unresolved=allow_unresolved)
