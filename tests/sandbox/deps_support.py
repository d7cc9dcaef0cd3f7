"""A throw-away package index and hostile packages for the dependency-phase tests.

Nothing here touches the internet: wheels and source distributions are built
in the test's temporary directory and served over HTTP from the host, on the
Docker bridge gateway (a private address, which the egress proxy refuses
unless a test names it in `private_hosts`).
"""

from __future__ import annotations

import base64
import functools
import hashlib
import http.server
import io
import ipaddress
import json
import socket
import socketserver
import tarfile
import textwrap
import threading
import zipfile
from dataclasses import dataclass, field
from pathlib import Path


def _record_line(path: str, data: bytes) -> str:
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{path},sha256={digest},{len(data)}"


def wheel_bytes(name: str, version: str, modules: dict[str, bytes]) -> tuple[str, bytes]:
    """(file name, bytes) of a minimal pure-Python wheel."""
    dist = name.replace("-", "_")
    info = f"{dist}-{version}.dist-info"
    files = dict(modules)
    files[f"{info}/METADATA"] = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n".encode()
    files[f"{info}/WHEEL"] = (
        b"Wheel-Version: 1.0\nGenerator: healer-tests\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    )
    record = [_record_line(path, data) for path, data in files.items()] + [f"{info}/RECORD,,"]
    files[f"{info}/RECORD"] = ("\n".join(record) + "\n").encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for path, data in files.items():
            zf.writestr(path, data)
    return f"{dist}-{version}-py3-none-any.whl", buf.getvalue()


# An in-tree PEP 517 backend (no build requirements, so pip fetches nothing to
# build it). ATTACK is replaced by the code under test; it runs inside
# build_wheel, i.e. as repository-chosen build code during the install.
BACKEND = """
import base64, hashlib, io, json, os, zipfile

CONFIG = json.loads(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "attack.json")).read())
NAME, VERSION = CONFIG["name"], CONFIG["version"]


def attack():
    report = {}
ATTACK
    return report


def get_requires_for_build_wheel(config_settings=None):
PREPARE
    return CONFIG.get("build_requires", [])


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    report = attack()
    dist = NAME.replace("-", "_")
    info = dist + "-" + VERSION + ".dist-info"
    files = {
        dist + "/__init__.py": ("REPORT = " + repr(report) + "\\n").encode(),
        info + "/METADATA": ("Metadata-Version: 2.1\\nName: " + NAME + "\\nVersion: " + VERSION + "\\n").encode(),
        info + "/WHEEL": b"Wheel-Version: 1.0\\nGenerator: hostile\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n",
    }
    record = []
    for path, data in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append(path + ",sha256=" + digest + "," + str(len(data)))
    record.append(info + "/RECORD,,")
    files[info + "/RECORD"] = ("\\n".join(record) + "\\n").encode()
    filename = dist + "-" + VERSION + "-py3-none-any.whl"
    with zipfile.ZipFile(os.path.join(wheel_directory, filename), "w") as zf:
        for path, data in files.items():
            zf.writestr(path, data)
    return filename
"""


def sdist_bytes(
    name: str, version: str, attack: str, config: dict, prepare: str = "pass"
) -> tuple[str, bytes]:
    """(file name, bytes) of a source distribution whose build backend runs `prepare`, then `attack`."""
    dist = name.replace("-", "_")
    root = f"{dist}-{version}"
    backend = BACKEND.replace("ATTACK", textwrap.indent(textwrap.dedent(attack).strip("\n"), "    "))
    backend = backend.replace("PREPARE", textwrap.indent(textwrap.dedent(prepare).strip("\n"), "    "))
    files = {
        f"{root}/pyproject.toml": (
            b'[build-system]\nrequires = []\nbuild-backend = "hostile_backend"\nbackend-path = ["."]\n'
        ),
        f"{root}/hostile_backend.py": backend.encode(),
        f"{root}/attack.json": json.dumps({**config, "name": name, "version": version}).encode(),
        f"{root}/PKG-INFO": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n".encode(),
    }
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for path, data in files.items():
            info = tarfile.TarInfo(path)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return f"{dist}-{version}.tar.gz", buf.getvalue()


@dataclass
class Index:
    """A PEP 503 index (directory listings) on the Docker bridge gateway."""

    root: Path
    gateway: str
    port: int = 0
    requests: list[str] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://{self.gateway}:{self.port}/simple/"

    @property
    def host(self) -> str:
        return f"{self.gateway}:{self.port}"

    def add(self, project: str, filename: str, data: bytes) -> None:
        folder = self.root / "simple" / project.lower().replace("_", "-")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / filename).write_bytes(data)

    def add_wheel(self, name: str, version: str = "1.0", value: int = 42) -> None:
        module = name.replace("-", "_")
        self.add(name, *wheel_bytes(name, version, {f"{module}/__init__.py": f"VALUE = {value}\n".encode()}))


@dataclass
class Listener:
    """A TCP port on the host that nothing in the install phase may reach; counts connections."""

    port: int
    connections: list[str]


def bridge_gateway(client) -> str:
    ipam = client.networks.get("bridge").attrs["IPAM"]["Config"][0]
    # The default bridge often lists only its subnet; the host is its first address.
    return ipam.get("Gateway") or str(next(ipaddress.ip_network(ipam["Subnet"]).hosts()))


def serve_index(root: Path, gateway: str) -> tuple[Index, http.server.ThreadingHTTPServer]:
    index = Index(root=root, gateway=gateway)
    (root / "simple").mkdir(parents=True, exist_ok=True)

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            index.requests.append(self.path)

    server = http.server.ThreadingHTTPServer(("0.0.0.0", 0), functools.partial(Handler, directory=str(root)))
    index.port = server.server_address[1]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return index, server


def listen() -> tuple[Listener, socketserver.TCPServer]:
    connections: list[str] = []

    class Handler(socketserver.BaseRequestHandler):
        def handle(self):
            connections.append(str(self.client_address))
            try:
                self.request.sendall(b"HTTP/1.0 200 OK\r\n\r\nhost-secret\n")
            except OSError:
                pass

    server = socketserver.ThreadingTCPServer(("0.0.0.0", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return Listener(port=server.server_address[1], connections=connections), server


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
