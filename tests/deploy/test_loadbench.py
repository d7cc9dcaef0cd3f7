"""The load benchmark's arithmetic and process sampling (the full run is `make loadbench`)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from runs.benchmarks.load import (
    BenchConfig,
    Sampler,
    _children_map,
    _report,
    _rss,
    _tree,
    make_repos,
    percentile,
)


def test_percentiles_use_the_nearest_rank():
    values = [float(v) for v in range(1, 21)]  # 1..20
    assert percentile(values, 50) == 10
    assert percentile(values, 95) == 19
    assert percentile(values, 100) == 20
    assert percentile([7.0], 95) == 7.0


def test_the_report_derives_throughput_and_queue_wait_from_the_api_timestamps():
    runs = [
        {
            "status": "PASSED",
            "created_at": "2026-01-01T10:00:00Z",
            "started_at": f"2026-01-01T10:00:{wait:02d}Z",
            "finished_at": f"2026-01-01T10:00:{wait + 5:02d}Z",
        }
        for wait in (0, 10, 20, 30)
    ]
    runs[-1]["status"] = "FAILED"
    sampler = Sampler(roots={"worker-1": 1})
    sampler.samples["worker-1"] = [100 * 1024 * 1024, 200 * 1024 * 1024]
    sampler.peaks["worker-1"] = 200 * 1024 * 1024
    sampler.peak_process["worker-1"] = 80 * 1024 * 1024
    report = _report(BenchConfig(runs=4, workers=1), runs, sampler, {"worker-1": 50 * 1024 * 1024}, 0.5)
    assert report["wall_seconds"] == 35.0  # first created → last finished
    assert report["throughput_runs_per_minute"] == round(4 / 35 * 60, 2)
    assert report["queue_wait_seconds"] == {"p50": 10.0, "p95": 30.0, "max": 30.0}
    assert report["run_seconds"] == {"p50": 5.0, "p95": 5.0}
    assert report["statuses"] == {"PASSED": 3, "FAILED": 1}
    assert report["worker_rss_mib"]["worker-1"] == {
        "idle": 50.0,
        "mean": 150.0,
        "peak": 200.0,
        "peak_single_process": 80.0,
    }


def test_it_measures_the_memory_of_a_whole_process_tree():
    # A parent whose child holds ~64 MiB: the tree's RSS must include the child.
    code = "import subprocess, sys; p = subprocess.Popen([sys.executable, '-c', 'x = bytearray(64 << 20); input()'], stdin=subprocess.PIPE); input(); p.kill()"
    parent = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE)
    try:
        tree: list[int] = []
        for _ in range(100):
            tree = _tree(parent.pid, _children_map())
            if len(tree) == 2 and sum(_rss(pid) for pid in tree) > 64 * 1024 * 1024:
                break
            time.sleep(0.1)
        assert parent.pid in tree and len(tree) == 2
        assert sum(_rss(pid) for pid in tree) > 64 * 1024 * 1024 > _rss(parent.pid)
    finally:
        parent.kill()
        parent.wait()
    assert _rss(parent.pid) == 0 or not os.path.exists(f"/proc/{parent.pid}")


def test_it_makes_committed_repositories_of_each_kind(tmp_path):
    repos = make_repos(tmp_path, 3)
    assert [repo.name for repo in repos] == ["repo-000", "repo-001", "repo-002"]
    assert "import os" in (repos[0] / "calc.py").read_text()
    assert "import os" not in (repos[1] / "calc.py").read_text()
    log = subprocess.run(
        ["git", "log", "--oneline"], cwd=repos[2], capture_output=True, text=True, check=True
    )
    assert "initial commit" in log.stdout


def test_the_command_refuses_nonsense_sizes():
    with pytest.raises(CommandError, match="at least 1"):
        call_command("loadbench", "--runs", "0")
