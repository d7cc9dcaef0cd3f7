"""Cloning over the network under runs.netpolicy: checked again in the worker, pinned,
no redirects, and one answer for every way a clone can fail (issue 13, item 8).

Servers here listen on 127.0.0.1 only; names reach them through the test DNS
(tests/fixtures_network.py) and an allow-listed loopback network.
"""

from __future__ import annotations

import socket
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from runs.gitops import UNREACHABLE, GitOperationError, RepoSource, checkout_create
from runs.netpolicy import REFUSED
from tests.conftest import make_git_repo

BRANCH = "TEAM_LEAD_AI_Fix"


class Server:
    """A threaded HTTP server on 127.0.0.1 that records every request path."""

    def __init__(self, handler_class) -> None:
        self.paths: list[str] = []
        paths = self.paths

        class Recording(handler_class):
            def log_message(self, *args):
                pass

            def parse_request(self):
                ok = super().parse_request()
                paths.append(self.path)
                return ok

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Recording)
        self.port = self.httpd.server_address[1]
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def served_repo(tmp_path):
    """A repository served over git's dumb HTTP protocol (static files) at /app.git."""
    work = make_git_repo(tmp_path / "work", {"app.py": "x = 1\n"})
    root = tmp_path / "www"
    root.mkdir()
    subprocess.run(["git", "clone", "-q", "--bare", str(work), str(root / "app.git")], check=True)
    subprocess.run(["git", "update-server-info"], cwd=root / "app.git", check=True)

    class Files(SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(root), **kwargs)

    server = Server(Files)
    yield server
    server.close()


@pytest.fixture
def loopback_allowed(settings):
    settings.HEALER_ALLOW_HTTP_REPOS = True
    settings.HEALER_REPO_ALLOWED_HOSTS = ["127.0.0.0/8"]


def clone(url: str, path: Path):
    return checkout_create(source=RepoSource(url=url, is_local=False), path=path, branch=BRANCH)


def test_git_connects_to_the_address_that_was_checked(served_repo, loopback_allowed, fake_dns, tmp_path):
    # No real DNS knows this name: the clone can only succeed through the pin.
    fake_dns["git.healer-test.example"] = ["127.0.0.1"]
    checkout = clone(f"http://git.healer-test.example:{served_repo.port}/app.git", tmp_path / "w")
    assert (checkout.path / "app.py").read_text() == "x = 1\n"
    assert any("info/refs" in path for path in served_repo.paths)


def test_the_worker_checks_again_and_refuses_a_name_that_now_points_inside(
    served_repo, settings, fake_dns, tmp_path
):
    """DNS rebinding: public at run creation, loopback by the time the worker clones."""
    settings.HEALER_ALLOW_HTTP_REPOS = True
    fake_dns["rebind.healer-test.example"] = ["127.0.0.1"]
    target = tmp_path / "w"
    with pytest.raises(GitOperationError) as info:
        clone(f"http://rebind.healer-test.example:{served_repo.port}/app.git", target)
    assert REFUSED in str(info.value)
    assert served_repo.paths == []  # git never connected
    assert not target.exists()


def test_a_redirect_is_not_followed(served_repo, loopback_allowed, tmp_path):
    class Redirect(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(302)
            self.send_header("Location", f"http://127.0.0.1:{served_repo.port}{self.path}")
            self.send_header("Content-Length", "0")
            self.end_headers()

    redirector = Server(Redirect)
    try:
        with pytest.raises(GitOperationError, match="Could not clone"):
            clone(f"http://127.0.0.1:{redirector.port}/app.git", tmp_path / "w")
    finally:
        redirector.close()
    assert redirector.paths and served_repo.paths == []


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_failed_clone_says_the_same_for_closed_ports_open_ports_and_missing_repositories(
    served_repo, loopback_allowed, tmp_path
):
    """Git's own error would tell an open port from a closed one: a port scanner's answer."""
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(8)  # open, but speaks no HTTP (like PostgreSQL or Redis would not)

    class Garbage(BaseHTTPRequestHandler):
        def do_GET(self):
            self.wfile.write(b"-ERR unknown command\r\n")

    garbage = Server(Garbage)
    ports = {
        "closed": _closed_port(),
        "open, garbage": garbage.port,
        "git server, no such repository": served_repo.port,
    }
    messages = {}
    try:
        for name, port in ports.items():
            url = f"http://127.0.0.1:{port}/missing.git"
            with pytest.raises(GitOperationError) as info:
                clone(url, tmp_path / name.replace(" ", "-"))
            messages[name] = str(info.value).replace(url, "URL")
    finally:
        garbage.close()
        silent.close()
    assert set(messages.values()) == {f"Could not clone URL: {UNREACHABLE}"}
