"""A throw-away npm registry and packages for the npm dependency-phase tests.

Nothing here touches the internet: package tarballs are built in memory and
served, with their packuments, by a tiny HTTP server on the Docker bridge
gateway (a private address, which the egress proxy refuses unless a test names
it in `private_hosts`). Lock files are written the way npm 9 writes them
(lockfileVersion 3), with `resolved` URLs on registry.npmjs.org: npm fetches
them from the configured registry (replace-registry-host=always), i.e. here.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import http.server
import io
import json
import tarfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import unquote


@dataclass
class Package:
    name: str
    version: str = "1.0.0"
    files: dict[str, str] = field(default_factory=dict)  # path inside the package -> text
    manifest: dict = field(default_factory=dict)  # more package.json fields (dependencies, bin, scripts...)

    def package_json(self) -> dict:
        return {"name": self.name, "version": self.version, **self.manifest}

    def tarball(self) -> bytes:
        entries = {"package.json": json.dumps(self.package_json(), indent=2), **self.files}
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w") as tar:
            for path, text in entries.items():
                data = text.encode()
                info = tarfile.TarInfo(f"package/{path}")
                info.size = len(data)
                info.mode = 0o755 if path.endswith((".sh", "cli.js")) else 0o644
                tar.addfile(info, io.BytesIO(data))
        return gzip.compress(buf.getvalue(), mtime=0)  # the same bytes every time: the lock's integrity

    @property
    def filename(self) -> str:
        return f"{self.name.rpartition('/')[2]}-{self.version}.tgz"


def integrity(data: bytes) -> str:
    return "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()


@dataclass
class Registry:
    """Packuments at /<name>, tarballs at /<name>/-/<file>; every request and its Authorization kept."""

    gateway: str
    port: int = 0
    packages: dict[str, Package] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)
    authorizations: list[str] = field(default_factory=list)
    on_tarball: Callable[[str], None] | None = None  # called (in the server's thread) before answering

    @property
    def url(self) -> str:
        return f"http://{self.gateway}:{self.port}/"

    @property
    def host(self) -> str:
        return f"{self.gateway}:{self.port}"

    def add(self, package: Package) -> Package:
        self.packages[package.name] = package
        return package

    def packument(self, package: Package) -> dict:
        data = package.tarball()
        version = {
            **package.package_json(),
            "dist": {
                "tarball": f"{self.url}{package.name}/-/{package.filename}",
                "integrity": integrity(data),
                "shasum": hashlib.sha1(data).hexdigest(),
            },
        }
        if "install" in package.manifest.get("scripts", {}) or "preinstall" in package.manifest.get(
            "scripts", {}
        ):
            version["hasInstallScript"] = True
        return {
            "name": package.name,
            "dist-tags": {"latest": package.version},
            "versions": {package.version: version},
        }

    def answer(self, path: str) -> tuple[int, str, bytes]:
        name, sep, rest = unquote(path.split("?", 1)[0]).lstrip("/").partition("/-/")
        package = self.packages.get(name)
        if package is None:
            return 404, "application/json", b'{"error":"not found"}'
        if sep:
            if rest != package.filename:
                return 404, "application/json", b'{"error":"not found"}'
            if self.on_tarball is not None:
                self.on_tarball(name)
            return 200, "application/octet-stream", package.tarball()
        return 200, "application/json", json.dumps(self.packument(package)).encode()


def serve_registry(gateway: str) -> tuple[Registry, http.server.ThreadingHTTPServer]:
    registry = Registry(gateway=gateway)

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            registry.requests.append(self.path)
            registry.authorizations.append(self.headers.get("Authorization", ""))
            status, kind, body = registry.answer(self.path)
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("0.0.0.0", 0), Handler)
    server.daemon_threads = True
    registry.port = server.server_address[1]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return registry, server


def lock_file(root: dict, packages: list[Package], *, dev: set[str] = frozenset()) -> str:
    """package-lock.json (v3) for `root` (a package.json dict) with every package hoisted to the top."""
    entries: dict[str, dict] = {
        "": {k: root[k] for k in ("name", "version", "dependencies", "devDependencies") if k in root}
    }
    for package in packages:
        data = package.tarball()
        entry: dict = {
            "version": package.version,
            "resolved": f"https://registry.npmjs.org/{package.name}/-/{package.filename}",
            "integrity": integrity(data),
        }
        for key in ("dependencies", "bin", "license"):
            if key in package.manifest:
                entry[key] = package.manifest[key]
        if {"install", "preinstall", "postinstall"} & set(package.manifest.get("scripts", {})):
            entry["hasInstallScript"] = True
        if package.name in dev:
            entry["dev"] = True
        entries[f"node_modules/{package.name}"] = entry
    lock = {
        "name": root.get("name", "app"),
        "version": root.get("version", "1.0.0"),
        "lockfileVersion": 3,
        "requires": True,
        "packages": entries,
    }
    return json.dumps(lock, indent=2)


def project(root: dict, packages: list[Package], *, dev: set[str] = frozenset()) -> dict[str, str]:
    """package.json and its package-lock.json, as repository files."""
    return {
        "package.json": json.dumps(root, indent=2),
        "package-lock.json": lock_file(root, packages, dev=dev),
    }
