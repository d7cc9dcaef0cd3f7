"""Egress proxy and relay of the dependency-install phase (runs inside containers).

The install container has no network at all (network_mode=none). Its only
way out is a Unix socket in a volume it shares, read-only, with a proxy
container that sits on an outside network. This program is both ends:

    relay  (install container, as the sandbox user): listens on
           127.0.0.1:<port> so pip can use an ordinary HTTP proxy URL, and
           copies each connection to the proxy's Unix socket.
    proxy  (proxy container, as its own user): reads one request per
           connection, allows only CONNECT host:port or GET/HEAD
           http://host:port/... to the configured index hosts, resolves the
           name itself and connects to a resolved address that is not
           loopback, link-local, private, carrier-grade NAT, multicast,
           reserved or inside one of the engine's Docker networks (unless the
           deployment named that host as a private index). Every decision is
           printed as one ALLOW/DENY line on stderr.

Because the proxy, not the client, resolves and connects, a build script can
neither choose another destination nor reach the Docker host: it has no
route, and the proxy refuses. The allow-list is host-and-port exact.

Sent as `python3 -I -S <file>` from a root-owned file: stdlib only, and
import-safe (the host's tests import the policy functions).
"""

import ipaddress
import json
import os
import select
import socket
import sys
import threading
import time

HEAD_LIMIT = 16 * 1024
HEAD_TIMEOUT = 30.0
CONNECT_TIMEOUT = 15.0
IDLE_TIMEOUT = 120.0
MAX_CONNECTIONS = 64
RESOLVE_TTL = 30.0
SLOT_WAIT = 60.0
RELAY_CONNECTIONS = 32
RELAY_BACKLOG = 1024
HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "proxy-connection",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
}
# Not `ipaddress.is_private`: that also covers the documentation ranges, which
# some networks (a transparent TLS proxy, for one) use for real public names.
FORBIDDEN_NETWORKS = tuple(
    ipaddress.ip_network(net)
    for net in (
        "0.0.0.0/8",  # "this network"
        "10.0.0.0/8",  # RFC 1918
        "100.64.0.0/10",  # carrier-grade NAT
        "127.0.0.0/8",  # loopback
        "169.254.0.0/16",  # link-local, cloud metadata services
        "172.16.0.0/12",  # RFC 1918, Docker's default bridge networks
        "192.0.0.0/24",  # IETF protocol assignments
        "192.168.0.0/16",  # RFC 1918
        "198.18.0.0/15",  # benchmarking
        "224.0.0.0/4",  # multicast
        "240.0.0.0/4",  # reserved, broadcast
        "::/128",
        "::1/128",
        "fc00::/7",  # unique local
        "fe80::/10",  # link-local
        "fec0::/10",  # site-local (deprecated)
        "ff00::/8",  # multicast
    )
)


def embedded_ipv4(ip):
    """The IPv4 address an IPv6 address carries (mapped, NAT64, 6to4, Teredo), or None."""
    if ip.version != 6:
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip in ipaddress.ip_network("64:ff9b::/96"):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    return None


def forbidden_address(address, extra_networks=()):
    """Why `address` must not be contacted ('' when it may be)."""
    try:
        ip = ipaddress.ip_address(str(address).split("%", 1)[0])
    except ValueError:
        return "not an IP address"
    inner = embedded_ipv4(ip)
    for candidate in (ip, inner) if inner is not None else (ip,):
        for net in FORBIDDEN_NETWORKS:
            if candidate.version == net.version and candidate in net:
                return f"{candidate} is in {net} (private, loopback, link-local or reserved)"
        for net in extra_networks:
            if candidate.version == net.version and candidate in net:
                return f"{candidate} is in {net} (a Docker network of the engine)"
    return ""


def normalise_host(host):
    host = host.strip().lower().rstrip(".")
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    return host


def split_authority(authority, default_port):
    """('host', port) from 'host:port' / '[v6]:port' / 'host'; ValueError when malformed."""
    authority = authority.strip()
    if not authority or any(ch in authority for ch in "/@?#\\ \t"):
        raise ValueError(f"malformed authority {authority[:100]!r}")
    if authority.startswith("["):
        host, _, rest = authority[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else ""
        if rest and not rest.startswith(":"):
            raise ValueError(f"malformed authority {authority[:100]!r}")
    elif authority.count(":") == 1:
        host, port = authority.split(":")
    elif ":" in authority:
        raise ValueError(f"malformed authority {authority[:100]!r}")
    else:
        host, port = authority, ""
    if port and not port.isdigit():
        raise ValueError(f"malformed port in {authority[:100]!r}")
    number = int(port) if port else default_port
    if not 0 < number < 65536:
        raise ValueError(f"port out of range in {authority[:100]!r}")
    host = normalise_host(host)
    if not host:
        raise ValueError("empty host")
    return host, number


def parse_request(head):
    """(method, host, port, path, header lines) from a proxy request head; ValueError when refused."""
    text = head.decode("latin-1")
    lines = text.split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
        raise ValueError("malformed request line")
    method, target, _ = parts
    headers = [line for line in lines[1:] if line]
    if method == "CONNECT":
        host, port = split_authority(target, 443)
        return method, host, port, "", headers
    if method in ("GET", "HEAD"):
        if not target.lower().startswith("http://"):
            raise ValueError("only absolute http:// URLs may be fetched through the proxy")
        rest = target[len("http://") :]
        authority, slash, path = rest.partition("/")
        host, port = split_authority(authority, 80)
        return method, host, port, slash + path, headers
    raise ValueError(f"method {method[:20]!r} is not allowed (CONNECT, GET and HEAD only)")


class CachingResolver:
    """getaddrinfo with a short cache and retries of temporary failures.

    npm opens dozens of connections to one registry at once; a name lookup
    per connection overwhelmed the resolver ("Temporary failure in name
    resolution"). Every cached answer is still checked by `Policy.addresses`
    on each use.
    """

    def __init__(self, ttl=RESOLVE_TTL, resolve=socket.getaddrinfo):
        self.ttl = ttl
        self.resolve = resolve
        self.cache = {}
        self.lock = threading.Lock()

    def __call__(self, host, port, family=0, kind=socket.SOCK_STREAM):
        key = (host, port, family, kind)
        with self.lock:
            hit = self.cache.get(key)
        if hit is not None and hit[0] > time.monotonic():
            return hit[1]
        for attempt in range(4):
            try:
                infos = self.resolve(host, port, family, kind)
                break
            except socket.gaierror as exc:
                if exc.errno != socket.EAI_AGAIN or attempt == 3:
                    raise
                time.sleep(0.25 * (attempt + 1))
        with self.lock:
            self.cache[key] = (time.monotonic() + self.ttl, infos)
        return infos


class Policy:
    """Which (host, port) pairs may be contacted, and at which addresses."""

    def __init__(self, config):
        self.allow = {(normalise_host(h), int(p)) for h, p in config.get("allow", [])}
        self.private_ok = {(normalise_host(h), int(p)) for h, p in config.get("private_ok", [])}
        self.extra_networks = tuple(ipaddress.ip_network(n, strict=False) for n in config.get("blocked", []))
        self.resolver = CachingResolver()

    def check_destination(self, host, port):
        if (host, port) not in self.allow:
            return "not a package index host"
        return ""

    def addresses(self, host, port, resolve=None):
        """(usable addresses, reasons the others were refused)."""
        resolve = resolve or self.resolver
        try:
            infos = resolve(host, port, 0, socket.SOCK_STREAM)
        except OSError as exc:
            return [], [f"cannot resolve {host}: {exc}"]
        usable, refused = [], []
        for family, _, _, _, sockaddr in infos:
            why = forbidden_address(sockaddr[0], self.extra_networks)
            if why and (host, port) not in self.private_ok:
                refused.append(why)
            elif (family, sockaddr) not in usable:
                usable.append((family, sockaddr))
        return usable, refused


def say(line):
    sys.stderr.write(line[:400].replace("\n", " ") + "\n")
    sys.stderr.flush()


def read_head(conn):
    conn.settimeout(HEAD_TIMEOUT)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(4096)
        if not chunk:
            raise ValueError("connection closed before the request ended")
        data += chunk
        if len(data) > HEAD_LIMIT:
            raise ValueError("request head too large")
    head, _, rest = data.partition(b"\r\n\r\n")
    return head, rest


def splice(a, b):
    """Copy both ways until either side closes or nothing moves for IDLE_TIMEOUT."""
    a.settimeout(None)
    b.settimeout(None)
    peers = {a: b, b: a}
    while True:
        ready, _, _ = select.select(list(peers), [], [], IDLE_TIMEOUT)
        if not ready:
            return
        for sock in ready:
            try:
                data = sock.recv(65536)
            except OSError:
                return
            if not data:
                return
            try:
                peers[sock].sendall(data)
            except OSError:
                return


def refuse(conn, status, reason):
    body = (reason + "\n").encode("utf-8", "replace")
    try:
        conn.sendall(
            f"HTTP/1.1 {status}\r\nContent-Type: text/plain\r\nContent-Length: {len(body)}\r\n"
            "Connection: close\r\n\r\n".encode()
            + body
        )
    except OSError:
        pass


def handle(conn, policy):
    upstream = None
    try:
        try:
            head, rest = read_head(conn)
            method, host, port, path, headers = parse_request(head)
        except (ValueError, OSError) as exc:
            say(f"DENY malformed request: {exc}")
            refuse(conn, "400 Bad Request", f"healer egress proxy: {exc}")
            return
        what = f"{method} {host}:{port}"
        why = policy.check_destination(host, port)
        usable, refused = ([], []) if why else policy.addresses(host, port)
        if not why and not usable:
            why = "; ".join(refused) or f"{host} has no address"
        if why:
            say(f"DENY {what}: {why}")
            refuse(conn, "403 Forbidden", f"healer egress proxy refused {what}: {why}")
            return
        last = None
        for family, sockaddr in usable:
            try:
                upstream = socket.socket(family, socket.SOCK_STREAM)
                upstream.settimeout(CONNECT_TIMEOUT)
                upstream.connect(sockaddr)
                break
            except OSError as exc:
                last = exc
                upstream.close()
                upstream = None
        if upstream is None:
            say(f"FAIL {what}: {last}")
            refuse(conn, "502 Bad Gateway", f"healer egress proxy could not reach {what}: {last}")
            return
        say(f"ALLOW {what} -> {usable[0][1][0]}")
        if method == "CONNECT":
            conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            if rest:
                upstream.sendall(rest)
        else:
            kept = [h for h in headers if h.split(":", 1)[0].strip().lower() not in HOP_BY_HOP | {"host"}]
            authority = host if port == 80 else f"{host}:{port}"
            if ":" in host:
                authority = f"[{host}]" if port == 80 else f"[{host}]:{port}"
            lines = [f"{method} {path or '/'} HTTP/1.1", f"Host: {authority}", *kept, "Connection: close"]
            upstream.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + rest)
        splice(conn, upstream)
    except OSError as exc:
        say(f"FAIL connection: {exc}")
    finally:
        for sock in (conn, upstream):
            if sock is not None:
                try:
                    sock.close()
                except OSError:
                    pass


def serve_proxy(config_path):
    with open(config_path) as fh:
        config = json.load(fh)
    policy = Policy(config)
    path = config["socket"]
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path + ".tmp")
    os.chmod(path + ".tmp", 0o666)  # the install container's user connects; it cannot write the directory
    os.rename(path + ".tmp", path)  # the socket appears only when it accepts connections
    server.listen(128)
    slots = threading.BoundedSemaphore(MAX_CONNECTIONS)
    say(f"READY allow={sorted(policy.allow)}")
    while True:
        conn, _ = server.accept()
        # A burst (npm fetching hundreds of tarballs) waits for a free slot; only a client
        # that keeps every slot busy for SLOT_WAIT seconds is refused.
        if not slots.acquire(timeout=SLOT_WAIT):
            say("DENY too many connections")
            refuse(conn, "503 Service Unavailable", "healer egress proxy: too many connections")
            conn.close()
            continue

        def run(conn=conn):
            try:
                handle(conn, policy)
            finally:
                slots.release()

        threading.Thread(target=run, daemon=True).start()


def relay_one(client, socket_path):
    upstream = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        for _ in range(100):  # the proxy may still be starting
            try:
                upstream.connect(socket_path)
                break
            except OSError:
                time.sleep(0.1)
        else:
            return
        splice(client, upstream)
    finally:
        client.close()
        upstream.close()


def serve_relay(socket_path, port):
    """Bind, then fork: when this command returns, pip can already connect.

    At most RELAY_CONNECTIONS connections are relayed at once; the others wait
    in the listen backlog. npm opens one connection per tarball all at once
    through a proxy (Debian's npm 9 loses its maxsockets on the way to its
    proxy agent): a thread for each would exhaust the container's pids limit.
    """
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", int(port)))
    server.listen(RELAY_BACKLOG)
    if os.fork():
        os._exit(0)
    os.setsid()
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):  # never hold the exec's output stream open
        os.dup2(devnull, fd)
    slots = threading.BoundedSemaphore(RELAY_CONNECTIONS)
    while True:
        slots.acquire()
        client, _ = server.accept()

        def run(client=client):
            try:
                relay_one(client, socket_path)
            finally:
                slots.release()

        try:
            threading.Thread(target=run, daemon=True).start()
        except RuntimeError:  # no thread to be had (pids limit): drop this one, keep relaying
            client.close()
            slots.release()
            time.sleep(0.1)


if __name__ == "__main__":
    if sys.argv[1:2] == ["proxy"]:
        serve_proxy(sys.argv[2])
    elif sys.argv[1:2] == ["relay"]:
        serve_relay(sys.argv[2], sys.argv[3])
    else:
        sys.exit("usage: egress_proxy.py proxy CONFIG | relay SOCKET PORT")
