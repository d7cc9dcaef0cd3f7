"""Local stand-ins for the network: GitHub's REST API and a Git smart-HTTP server.

`GitHubStandIn` answers the endpoints Healer uses with bodies shaped like the
ones GitHub documents (docs.github.com/rest: repos, pulls, actions workflow
runs / jobs / job logs, check runs), requires `Authorization: Bearer TOKEN`
(401 "Bad credentials" otherwise) and records every request. One-shot
`queue(...)` responses (rate limits, errors) are served before the normal ones.

`GitHttpServer` serves bare repositories through `git http-backend` (CGI) and
only to clients sending HTTP Basic auth with the expected token.
"""

from __future__ import annotations

import base64
import json
import os
import re
import subprocess
import threading
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


@dataclass
class Recorded:
    method: str
    path: str
    query: dict
    headers: dict
    body: object
    host: str


@dataclass
class CIPlan:
    """What the stand-in's CI does for one commit: workflow run states over successive polls, then logs."""

    states: list[tuple[str, str | None]]  # (status, conclusion) per poll; the last one repeats
    log: str = ""
    name: str = "tests"
    polls: int = 0
    run_id: int = 0
    job_id: int = 0


def _quiet(handler: type[BaseHTTPRequestHandler]) -> type[BaseHTTPRequestHandler]:
    handler.log_message = lambda self, *args: None  # type: ignore[method-assign]
    return handler


class _Server:
    def __init__(self, handler: type[BaseHTTPRequestHandler]) -> None:
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _quiet(handler))
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self):
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class GitHubStandIn(_Server):
    def __init__(self, *, token: str, full_name: str = "octo-org/octo-repo") -> None:
        self.token = token
        self.full_name = full_name
        self.requests: list[Recorded] = []
        self.overrides: list[tuple[str, re.Pattern, int, dict, object]] = []
        self.default_branch = "main"
        self.workflows = 1
        self.pulls: list[dict] = []
        self.ci_plan: Callable[[str], CIPlan | None] = lambda sha: None
        self.plans: dict[str, CIPlan | None] = {}
        self.check_runs: dict[str, list[dict]] = {}
        self._ids = 1000
        self._lock = threading.Lock()
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self, method: str) -> None:
                stand_in._serve(self, method)

            def do_GET(self):
                self._handle("GET")

            def do_POST(self):
                self._handle("POST")

            def do_PATCH(self):
                self._handle("PATCH")

        super().__init__(Handler)
        self.api_url = f"http://127.0.0.1:{self.port}"
        # Same server, another host name: where job logs are "stored" (a signed URL, no token).
        self.log_host = f"http://localhost:{self.port}"

    # -- scripting -------------------------------------------------------------------
    def queue(
        self, method: str, path_regex: str, status: int, headers: dict | None = None, body=None
    ) -> None:
        self.overrides.append((method, re.compile(path_regex), status, headers or {}, body))

    def api_requests(self, method: str | None = None, path_contains: str = "") -> list[Recorded]:
        return [
            r
            for r in self.requests
            if (method is None or r.method == method)
            and path_contains in r.path
            and not r.path.startswith("/_logs")
        ]

    def _next_id(self) -> int:
        self._ids += 1
        return self._ids

    # -- serving -------------------------------------------------------------------
    def _serve(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        parts = urllib.parse.urlsplit(handler.path)
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = raw
        record = Recorded(
            method=method,
            path=parts.path,
            query=dict(urllib.parse.parse_qsl(parts.query)),
            headers={k.lower(): v for k, v in handler.headers.items()},
            body=body,
            host=handler.headers.get("Host", ""),
        )
        with self._lock:
            self.requests.append(record)
            override = next((o for o in self.overrides if o[0] == method and o[1].search(parts.path)), None)
            if override is not None:
                self.overrides.remove(override)
        if override is not None:
            _, _, status, headers, payload = override
            return self._send(handler, status, payload, headers)
        if parts.path.startswith("/_logs/"):
            job_id = int(parts.path.rsplit("/", 1)[1])
            text = next((p.log for p in self.plans.values() if p and p.job_id == job_id), "")
            return self._send(handler, 200, text.encode(), {"Content-Type": "text/plain"})
        if record.headers.get("authorization") != f"Bearer {self.token}":
            return self._send(
                handler,
                401,
                {
                    "message": "Bad credentials",
                    "documentation_url": "https://docs.github.com/rest",
                    "status": "401",
                },
            )
        status, payload, headers = self._route(method, parts.path, record)
        self._send(handler, status, payload, headers)

    @staticmethod
    def _send(handler: BaseHTTPRequestHandler, status: int, payload, headers: dict | None = None) -> None:
        data = (
            payload
            if isinstance(payload, bytes)
            else json.dumps(payload).encode()
            if payload is not None
            else b""
        )
        handler.send_response(status)
        headers = dict(headers or {})
        headers.setdefault("Content-Type", "application/json; charset=utf-8")
        headers.setdefault("x-ratelimit-limit", "5000")
        headers.setdefault("x-ratelimit-remaining", "4999")
        for name, value in headers.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    def _repo(self) -> dict:
        owner, name = self.full_name.split("/")
        return {
            "id": 300029405,
            "node_id": "MDEwOlJlcG9zaXRvcnkzMDAwMjk0MDU=",
            "name": name,
            "full_name": self.full_name,
            "private": True,
            "owner": {"login": owner, "id": 41548062, "type": "Organization"},
            "html_url": f"https://github.com/{self.full_name}",
            "url": f"{self.api_url}/repos/{self.full_name}",
            "default_branch": self.default_branch,
            "permissions": {"admin": False, "maintain": False, "push": True, "triage": True, "pull": True},
        }

    def _plan(self, sha: str) -> CIPlan | None:
        with self._lock:
            if sha not in self.plans:
                plan = self.ci_plan(sha)
                if plan is not None:
                    plan.run_id, plan.job_id = self._next_id(), self._next_id()
                self.plans[sha] = plan
            return self.plans[sha]

    def _workflow_run(self, sha: str, plan: CIPlan, *, advance: bool) -> dict:
        index = min(plan.polls, len(plan.states) - 1)
        if advance:
            plan.polls += 1
        status, conclusion = plan.states[index]
        return {
            "id": plan.run_id,
            "name": plan.name,
            "head_branch": "branch",
            "head_sha": sha,
            "path": ".github/workflows/tests.yml",
            "run_attempt": 1,
            "event": "push",
            "status": status,
            "conclusion": conclusion,
            "html_url": f"https://github.com/{self.full_name}/actions/runs/{plan.run_id}",
            "jobs_url": f"{self.api_url}/repos/{self.full_name}/actions/runs/{plan.run_id}/jobs",
        }

    def _route(self, method: str, path: str, record: Recorded) -> tuple[int, object, dict]:
        base = f"/repos/{self.full_name}"
        not_found = (404, {"message": "Not Found", "documentation_url": "https://docs.github.com/rest"}, {})
        if not path.startswith(base):
            return not_found
        rest = path[len(base) :]
        if method == "GET" and rest == "":
            return 200, self._repo(), {}
        if rest == "/pulls" and method == "POST":
            data = record.body or {}
            head = data.get("head")
            if any(p["head"]["ref"] == head and p["state"] == "open" for p in self.pulls):
                owner = self.full_name.split("/")[0]
                return (
                    422,
                    {
                        "message": "Validation Failed",
                        "errors": [
                            {
                                "resource": "PullRequest",
                                "code": "custom",
                                "message": f"A pull request already exists for {owner}:{head}.",
                            }
                        ],
                        "documentation_url": "https://docs.github.com/rest/pulls/pulls#create-a-pull-request",
                    },
                    {},
                )
            number = len(self.pulls) + 1
            pull = {
                "url": f"{self.api_url}{base}/pulls/{number}",
                "id": self._next_id(),
                "number": number,
                "state": "open",
                "title": data.get("title"),
                "body": data.get("body"),
                "draft": bool(data.get("draft")),
                "html_url": f"https://github.com/{self.full_name}/pull/{number}",
                "head": {"ref": head, "label": f"{self.full_name.split('/')[0]}:{head}"},
                "base": {"ref": data.get("base")},
            }
            self.pulls.append(pull)
            return 201, pull, {}
        if rest == "/pulls" and method == "GET":
            head = record.query.get("head", "").split(":", 1)[-1]
            return 200, [p for p in self.pulls if p["head"]["ref"] == head and p["state"] == "open"], {}
        if (match := re.fullmatch(r"/pulls/(\d+)", rest)) and method == "PATCH":
            pull = next((p for p in self.pulls if p["number"] == int(match[1])), None)
            if pull is None:
                return not_found
            pull.update({k: v for k, v in (record.body or {}).items() if k in ("body", "title")})
            return 200, pull, {}
        if rest == "/actions/workflows":
            workflows = [
                {"id": 161335, "name": "tests", "path": ".github/workflows/tests.yml", "state": "active"}
            ][: self.workflows]
            return 200, {"total_count": len(workflows), "workflows": workflows}, {}
        if rest == "/actions/runs":
            sha = record.query.get("head_sha", "")
            plan = self._plan(sha)
            runs = [self._workflow_run(sha, plan, advance=True)] if plan else []
            return 200, {"total_count": len(runs), "workflow_runs": runs}, {}
        if match := re.fullmatch(r"/actions/runs/(\d+)", rest):
            for sha, plan in self.plans.items():
                if plan and plan.run_id == int(match[1]):
                    return 200, self._workflow_run(sha, plan, advance=False), {}
            return not_found
        if match := re.fullmatch(r"/actions/runs/(\d+)/jobs", rest):
            for sha, plan in self.plans.items():
                if plan and plan.run_id == int(match[1]):
                    run = self._workflow_run(sha, plan, advance=False)
                    job = {
                        "id": plan.job_id,
                        "run_id": plan.run_id,
                        "head_sha": sha,
                        "name": "pytest",
                        "status": run["status"],
                        "conclusion": run["conclusion"],
                        "html_url": f"https://github.com/{self.full_name}/actions/runs/{plan.run_id}/job/{plan.job_id}",
                        "steps": [],
                    }
                    return 200, {"total_count": 1, "jobs": [job]}, {}
            return not_found
        if match := re.fullmatch(r"/actions/jobs/(\d+)/logs", rest):
            location = f"{self.log_host}/_logs/{match[1]}?sig=signed-url-without-token"
            return 302, b"", {"Location": location, "Content-Type": "text/html"}
        if match := re.fullmatch(r"/commits/([0-9a-f]{40})/check-runs", rest):
            runs = self.check_runs.get(match[1], [])
            return 200, {"total_count": len(runs), "check_runs": runs}, {}
        if match := re.fullmatch(r"/check-runs/(\d+)", rest):
            for runs in self.check_runs.values():
                for run in runs:
                    if run["id"] == int(match[1]):
                        return 200, run, {}
            return not_found
        return not_found


@dataclass
class GitHttpServer(_Server):
    """Bare repositories under `root`, over smart HTTP, for clients with the right token only."""

    root: Path = field(default=Path("."))
    token: str = ""
    username: str = "x-access-token"
    authorizations: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def do_GET(self):
                server._serve(self, "GET")

            def do_POST(self):
                server._serve(self, "POST")

        super().__init__(Handler)
        self.url = f"http://127.0.0.1:{self.port}"
        self.host = f"127.0.0.1:{self.port}"

    def _serve(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        auth = handler.headers.get("Authorization", "")
        self.authorizations.append(auth)
        expected = "Basic " + base64.b64encode(f"{self.username}:{self.token}".encode()).decode()
        if auth != expected:
            handler.send_response(401)
            handler.send_header("WWW-Authenticate", 'Basic realm="git"')
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        body = self._read_body(handler)
        parts = urllib.parse.urlsplit(handler.path)
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "GIT_PROJECT_ROOT": str(self.root),
            "GIT_HTTP_EXPORT_ALL": "1",
            "REQUEST_METHOD": method,
            "PATH_INFO": urllib.parse.unquote(parts.path),
            "QUERY_STRING": parts.query,
            "CONTENT_TYPE": handler.headers.get("Content-Type", ""),
            "CONTENT_LENGTH": str(len(body)),
            "REMOTE_USER": self.username,
            "REMOTE_ADDR": "127.0.0.1",
            "GIT_CONFIG_NOSYSTEM": "1",
            "HOME": str(self.root),
        }
        if encoding := handler.headers.get("Content-Encoding"):
            env["HTTP_CONTENT_ENCODING"] = encoding
        if protocol := handler.headers.get("Git-Protocol"):
            env["GIT_PROTOCOL"] = protocol
        result = subprocess.run(
            ["git", "http-backend"], input=body, env=env, capture_output=True, check=False
        )
        head, _, payload = result.stdout.partition(b"\r\n\r\n")
        if not _:
            head, _, payload = result.stdout.partition(b"\n\n")
        status = 200
        headers = []
        for line in head.decode("latin-1").splitlines():
            name, _, value = line.partition(":")
            if name.lower() == "status":
                status = int(value.strip().split()[0])
            elif name:
                headers.append((name, value.strip()))
        handler.send_response(status)
        for name, value in headers:
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(payload)))
        handler.end_headers()
        handler.wfile.write(payload)

    @staticmethod
    def _read_body(handler: BaseHTTPRequestHandler) -> bytes:
        if handler.headers.get("Transfer-Encoding", "").lower() == "chunked":
            data = bytearray()
            while True:
                size = int(handler.rfile.readline().strip().split(b";")[0], 16)
                if size == 0:
                    handler.rfile.readline()
                    return bytes(data)
                data += handler.rfile.read(size)
                handler.rfile.readline()
        length = int(handler.headers.get("Content-Length") or 0)
        return handler.rfile.read(length) if length else b""
