"""The dependency phase's decisions reach the run's log (what the dashboard and API show)."""

from __future__ import annotations

from contextlib import contextmanager
from types import SimpleNamespace

import pytest

from runs.models import Run
from runs.services import run_create, run_execute
from tests.runs.test_run_hooks import FILES, StandInEngine

pytestmark = pytest.mark.django_db(transaction=True)

REFUSAL = (
    "Dependencies: requirements.txt:2: refused `--index-url https://evil.example/simple`: option lines..."
)


def test_the_sandbox_gets_the_runs_log_and_its_lines_are_kept(monkeypatch, git_repo_factory):
    import healer.engine.repair
    import sandbox.sessions

    @contextmanager
    def sandbox_open(*, run_id, workspace, log_line=None, **_):
        log_line(REFUSAL)  # what sandbox.deps says through it
        yield SimpleNamespace()

    monkeypatch.setattr(healer.engine.repair, "Engine", StandInEngine)
    monkeypatch.setattr(sandbox.sessions, "sandbox_open", sandbox_open)
    run = run_create(
        repo_url=str(git_repo_factory(FILES)),
        team_name="Alpha",
        leader_name="Ada",
        allow_local=True,
        enqueue=False,
    )
    run_execute(run_id=run.pk)
    assert REFUSAL in Run.objects.get(pk=run.pk).log_tail
