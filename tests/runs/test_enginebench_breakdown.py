"""enginebench breakdown: a stored run's log read into the ratio tables (healer/engine/benchmarks/breakdown.py)."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from runs.models import Run, RunLogChunk, Team

pytestmark = pytest.mark.django_db

LOG = (
    "Trying 3 candidate(s) for LOGIC pkg/a.py:3 (AssertionError: assert 1 == 2)\n"
    "  rejected 'use - instead of +' (line 3, 4.0s): the targeted tests fail exactly as before\n"
    "Time so far: check=2.0s targeted=4.0s selected=0.0s suite=0.0s base=0.0s lint=0.0s "
    "withdrawal=0.0s fixer=1.0s analysis=1.0s runs: targeted=1 selected=0 suite=1 lint=1 minimisation=0\n"
)


def test_it_prints_a_stored_runs_time_by_kind_and_by_search():
    team = Team.objects.create(name="Alpha", leader_name="Ada")
    finished = timezone.now()
    run = Run.objects.create(
        team=team,
        leader_name="Ada",
        repo_url="https://x.org/a/b",
        branch="ALPHA_ADA_AI_Fix",
        started_at=finished - timedelta(seconds=20),
        finished_at=finished,
    )
    RunLogChunk.objects.create(run=run, text=LOG)
    out = StringIO()
    call_command("enginebench", "breakdown", "--run", str(run.id), stdout=out)
    text = out.getvalue()
    # 20 s of wall time: targeted 4 s is 20%, and 12 s is in no part.
    assert any(line.split()[:3] == ["targeted", "4.0", "20.0%"] for line in text.splitlines()), text
    assert any(line.split()[:2] == ["other", "12.0"] for line in text.splitlines()), text
    assert "LOGIC pkg/a.py:3" in text


def test_it_needs_a_run_id():
    with pytest.raises(CommandError):
        call_command("enginebench", "breakdown")
