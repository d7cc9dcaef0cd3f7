"""Load benchmark: many runs through the REST API, executed by N real qcluster workers.

Everything runs in child processes on a scratch deployment (its own SQLite
file and ORM broker by default, or the database / Redis given), so the figures
are what a deployment sees: gunicorn serves the API, each worker is its own
`manage.py qcluster`, and runs heal small local Git repositories in the Docker
sandbox and push their branches back.

Reported: throughput (finished runs per minute, first submission to last
finish), queue wait (run started − run created; p50/p95), run duration, and
the memory (RSS) of every worker's process tree, sampled while it works.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
FINISHED = {"PASSED", "FAILED", "ERROR", "CANCELLED"}

# Small projects with one bug each (and one without): the healing work per run is real but short.
PROJECTS: dict[str, dict[str, str]] = {
    "lint": {
        "pyproject.toml": '[tool.ruff.lint]\nselect = ["F"]\n',
        "calc.py": "import os\n\n\ndef add(a, b):\n    return a + b\n",
        "tests/test_calc.py": "from calc import add\n\n\ndef test_add():\n    assert add(2, 3) == 5\n",
    },
    "clean": {
        "calc.py": "def add(a, b):\n    return a + b\n",
        "tests/test_calc.py": "from calc import add\n\n\ndef test_add():\n    assert add(2, 3) == 5\n",
    },
}


@dataclass
class BenchConfig:
    runs: int = 20
    workers: int = 2
    database_url: str = ""
    redis_url: str = ""
    timeout: float = 1800.0
    keep: bool = False
    retries: int = 3


@dataclass
class Sampler:
    """Peak and mean RSS of each worker's process tree, from /proc."""

    roots: dict[str, int]
    interval: float = 0.5
    peaks: dict[str, int] = field(default_factory=dict)
    peak_process: dict[str, int] = field(default_factory=dict)
    samples: dict[str, list[int]] = field(default_factory=dict)
    _stop: threading.Event = field(default_factory=threading.Event)

    def start(self) -> None:
        threading.Thread(target=self._loop, daemon=True).start()

    def stop(self) -> None:
        self._stop.set()

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            children = _children_map()
            for name, root in self.roots.items():
                rss = [_rss(pid) for pid in _tree(root, children)]
                total = sum(rss)
                if not total:
                    continue
                self.samples.setdefault(name, []).append(total)
                self.peaks[name] = max(self.peaks.get(name, 0), total)
                self.peak_process[name] = max(self.peak_process.get(name, 0), max(rss))


def _children_map() -> dict[int, list[int]]:
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rpartition(")")[2].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    return children


def _tree(root: int, children: dict[int, list[int]]) -> list[int]:
    pids, todo = [], [root]
    while todo:
        pid = todo.pop()
        pids.append(pid)
        todo.extend(children.get(pid, []))
    return pids


def _rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile (pct in 0..100) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, round(pct / 100 * len(ordered) + 0.5 - 1e-9))
    return ordered[min(rank, len(ordered)) - 1]


def _git(cwd: Path, *args: str) -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Bench",
        "GIT_AUTHOR_EMAIL": "bench@example.org",
        "GIT_COMMITTER_NAME": "Bench",
        "GIT_COMMITTER_EMAIL": "bench@example.org",
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


def make_repos(root: Path, count: int) -> list[Path]:
    repos = []
    kinds = list(PROJECTS)
    for index in range(count):
        path = root / f"repo-{index:03d}"
        for rel, text in PROJECTS[kinds[index % len(kinds)]].items():
            target = path / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text)
        _git(path, "init", "-q", "-b", "main")
        _git(path, "add", "-A")
        _git(path, "commit", "-q", "-m", "initial commit")
        repos.append(path)
    return repos


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None


class Deployment:
    """A scratch Healer: migrated database, gunicorn, N qclusters (each one worker process)."""

    def __init__(self, config: BenchConfig, workdir: Path, echo: Callable[[str], None]) -> None:
        self.config = config
        self.workdir = workdir
        self.echo = echo
        self.port = _free_port()
        self.procs: dict[str, subprocess.Popen] = {}
        inherited = {
            k: v for k, v in os.environ.items() if not k.startswith(("HEALER_", "DATABASE_URL", "REDIS_URL"))
        }
        # Sandbox settings (image, limits) are the operator's: keep them.
        inherited.update({k: v for k, v in os.environ.items() if k.startswith("HEALER_SANDBOX_")})
        inherited.pop("DJANGO_SETTINGS_MODULE", None)
        self.env = {
            **inherited,
            "DATABASE_URL": config.database_url or f"sqlite:///{workdir / 'bench.sqlite3'}",
            "HEALER_SECRET_KEY": secrets.token_urlsafe(50),
            "HEALER_DATA_DIR": str(workdir / "data"),
            "HEALER_ALLOWED_HOSTS": "127.0.0.1,localhost",
            "HEALER_SITE_URL": f"http://127.0.0.1:{self.port}",
            "HEALER_HTTPS": "0",  # plain HTTP on 127.0.0.1: no HTTPS redirect, no secure-only cookies
            "HEALER_ALLOW_LOCAL_REPOS": "1",
            "HEALER_RUN_CREATE_RATE": "100000/hour",
            "HEALER_Q_QUEUE": f"loadbench-{secrets.token_hex(4)}",
            "HEALER_Q_WORKERS": "1",
            "HEALER_LOG_LEVEL": "WARNING",
        }
        if config.redis_url:
            self.env["REDIS_URL"] = config.redis_url

    def manage(self, *args: str, extra: dict[str, str] | None = None) -> str:
        proc = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env={**self.env, **(extra or {})},
            capture_output=True,
            text=True,
            timeout=600,
        )
        if proc.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{proc.stderr[-2000:]}")
        return proc.stdout

    def spawn(self, name: str, argv: list[str], **extra: str) -> subprocess.Popen:
        log = open(self.workdir / f"{name}.log", "wb")  # noqa: SIM115  (lives as long as the process)
        proc = subprocess.Popen(
            argv,
            cwd=ROOT,
            env={**self.env, **extra},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.procs[name] = proc
        return proc

    def start(self) -> None:
        self.echo(f"Scratch deployment in {self.workdir}")
        started = time.monotonic()
        self.manage("migrate", "--noinput")
        self.echo(f"Migrated in {time.monotonic() - started:.1f} s")
        self.spawn(
            "web",
            [
                sys.executable,
                "-m",
                "gunicorn",
                "--config",
                "deploy/gunicorn.conf.py",
                "healer.wsgi:application",
            ],
            HEALER_WEB_BIND=f"127.0.0.1:{self.port}",
            HEALER_WEB_WORKERS="2",
        )
        for index in range(self.config.workers):
            self.spawn(f"worker-{index + 1}", [sys.executable, "manage.py", "qcluster"])
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if requests.get(f"{self.url}/healthz", timeout=2).status_code == 200:
                    return
            except requests.RequestException:
                pass
            for name, proc in self.procs.items():
                if proc.poll() is not None:
                    raise RuntimeError(f"{name} exited at start-up:\n{self.log(name)}")
            time.sleep(0.5)
        raise RuntimeError(f"the web server did not answer:\n{self.log('web')}")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log(self, name: str) -> str:
        path = self.workdir / f"{name}.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else ""

    def stop(self) -> None:
        for proc in self.procs.values():
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs.values():
            try:
                # Every run is over: a worker that lingers on shutdown is not worth waiting for.
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=10)


def _token(deployment: Deployment) -> str:
    """A staff user, and its token obtained through POST /api/auth/token/."""
    password = secrets.token_urlsafe(16)
    deployment.manage(
        "createsuperuser",
        "--noinput",
        "--username",
        "bench",
        "--email",
        "bench@example.org",
        extra={"DJANGO_SUPERUSER_PASSWORD": password},
    )
    response = requests.post(
        f"{deployment.url}/api/auth/token/", json={"username": "bench", "password": password}, timeout=30
    )
    response.raise_for_status()
    return response.json()["token"]


def run_bench(config: BenchConfig, *, echo: Callable[[str], None] = print) -> dict:
    workdir = Path(tempfile.mkdtemp(prefix="healer-loadbench-"))
    deployment = Deployment(config, workdir, echo)
    sampler: Sampler | None = None
    try:
        repos = make_repos(workdir / "repos", max(2, min(config.runs, 8)))
        deployment.start()
        session = requests.Session()
        session.headers["Authorization"] = f"Token {_token(deployment)}"
        roots = {name: proc.pid for name, proc in deployment.procs.items() if name.startswith("worker-")}
        sampler = Sampler(roots)
        # Idle baseline: what a worker costs before it does anything.
        time.sleep(2)
        children = _children_map()
        idle = {name: sum(_rss(pid) for pid in _tree(root, children)) for name, root in roots.items()}
        sampler.start()

        echo(f"Submitting {config.runs} runs through POST /api/runs/ to {config.workers} worker(s)...")
        submit_started = time.monotonic()
        run_ids = []
        for index in range(config.runs):
            response = session.post(
                f"{deployment.url}/api/runs/",
                json={
                    "repo_url": str(repos[index % len(repos)]),
                    "team_name": f"Bench Team {index:03d}",
                    "leader_name": "Load Tester",
                    "retry_limit": config.retries,
                },
                timeout=60,
            )
            if response.status_code != 201:
                raise RuntimeError(f"POST /api/runs/ answered {response.status_code}: {response.text[:500]}")
            run_ids.append(response.json()["id"])
        submit_seconds = time.monotonic() - submit_started

        runs: dict[int, dict] = {}
        deadline = time.monotonic() + config.timeout
        while time.monotonic() < deadline:
            for run_id in run_ids:
                if run_id in runs:
                    continue
                data = session.get(f"{deployment.url}/api/runs/{run_id}/", timeout=30).json()
                if data["status"] in FINISHED:
                    runs[run_id] = data
            if len(runs) == len(run_ids):
                break
            for name, proc in deployment.procs.items():
                if proc.poll() is not None:
                    raise RuntimeError(f"{name} died during the benchmark:\n{deployment.log(name)}")
            time.sleep(1)
        sampler.stop()
        if len(runs) < len(run_ids):
            raise RuntimeError(
                f"only {len(runs)} of {len(run_ids)} runs finished within {config.timeout:.0f}s"
            )
        return _report(config, runs.values(), sampler, idle, submit_seconds)
    finally:
        if sampler is not None:
            sampler.stop()
        deployment.stop()
        if config.keep:
            echo(f"Kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


def _report(config: BenchConfig, runs, sampler: Sampler, idle: dict[str, int], submit_seconds: float) -> dict:
    runs = list(runs)
    created = [_parse(r["created_at"]) for r in runs]
    started = [_parse(r["started_at"]) for r in runs]
    finished = [_parse(r["finished_at"]) for r in runs]
    waits = [(s - c).total_seconds() for c, s in zip(created, started, strict=True) if s and c]
    durations = [(f - s).total_seconds() for s, f in zip(started, finished, strict=True) if s and f]
    span = (max(f for f in finished if f) - min(created)).total_seconds()
    statuses: dict[str, int] = {}
    for run in runs:
        statuses[run["status"]] = statuses.get(run["status"], 0) + 1
    mib = 1024 * 1024
    return {
        "runs": len(runs),
        "workers": config.workers,
        "statuses": statuses,
        "submit_seconds": round(submit_seconds, 2),
        "wall_seconds": round(span, 1),
        "throughput_runs_per_minute": round(len(runs) / span * 60, 2) if span else None,
        "queue_wait_seconds": {
            "p50": round(percentile(waits, 50), 1),
            "p95": round(percentile(waits, 95), 1),
            "max": round(max(waits), 1),
        },
        "run_seconds": {
            "p50": round(percentile(durations, 50), 1),
            "p95": round(percentile(durations, 95), 1),
        },
        "worker_rss_mib": {
            name: {
                "idle": round(idle.get(name, 0) / mib, 1),
                "mean": round(statistics.fmean(values) / mib, 1),
                "peak": round(sampler.peaks[name] / mib, 1),
                "peak_single_process": round(sampler.peak_process[name] / mib, 1),
            }
            for name, values in sorted(sampler.samples.items())
        },
    }


def report_lines(report: dict) -> list[str]:
    lines = [
        f"Runs: {report['runs']} on {report['workers']} worker(s); statuses {report['statuses']}",
        f"Submitted through the API in {report['submit_seconds']} s; all finished after {report['wall_seconds']} s",
        f"Throughput: {report['throughput_runs_per_minute']} runs/minute",
        "Queue wait (started - created): p50 {p50} s, p95 {p95} s, max {max} s".format(
            **report["queue_wait_seconds"]
        ),
        "Run duration: p50 {p50} s, p95 {p95} s".format(**report["run_seconds"]),
    ]
    for name, rss in report["worker_rss_mib"].items():
        lines.append(
            f"{name} RSS (process tree): idle {rss['idle']} MiB, mean {rss['mean']} MiB, peak {rss['peak']} MiB "
            f"(largest process {rss['peak_single_process']} MiB)"
        )
    lines.append(
        "(Sandbox containers' memory is the engine's, limited by HEALER_SANDBOX_MEMORY, not counted here.)"
    )
    return lines


def report_json(report: dict, path: str) -> None:
    Path(path).write_text(json.dumps(report, indent=2) + "\n")
