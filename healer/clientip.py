"""The client address that login lockouts and request throttles count by.

X-Forwarded-For is written by whoever sends the request, so it is believed only
as far as HEALER_TRUSTED_PROXIES says: with N trusted reverse proxies in front
of Healer, each appends the address it received the request from, and the
client is the N-th entry from the right. Everything left of it is the client's
own say and is ignored. With 0 (the default) the header is ignored entirely
and the peer address (REMOTE_ADDR) counts.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings

# One IPv6 subscriber usually holds a whole /64: counting single addresses
# would let one client rotate through billions of them.
IPV6_PREFIX = 64


def _parse(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    value = value.strip()
    if value.startswith("[") and "]" in value:  # [v6]:port
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # v4:port
        value = value.split(":", 1)[0]
    try:
        return ipaddress.ip_address(value.split("%", 1)[0])
    except ValueError:
        return None


def client_ip(request) -> str:
    """The client's address, trusting exactly HEALER_TRUSTED_PROXIES hops of X-Forwarded-For."""
    remote = request.META.get("REMOTE_ADDR", "") or ""
    hops = settings.HEALER_TRUSTED_PROXIES
    if hops:
        forwarded = [part for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if forwarded:
            address = _parse(forwarded[-min(hops, len(forwarded))])
            if address is not None:
                return str(address)
    address = _parse(remote)
    return str(address) if address is not None else remote


def client_key(request) -> str:
    """client_ip, with an IPv6 address widened to its /64 network (what one client controls)."""
    ip = client_ip(request)
    address = _parse(ip)
    if address is not None and address.version == 6 and address.ipv4_mapped is None:
        return str(ipaddress.IPv6Network(f"{address}/{IPV6_PREFIX}", strict=False).network_address)
    if address is not None and address.version == 6:
        return str(address.ipv4_mapped)
    return ip
