"""Text that is not valid UTF-8 (a lone surrogate) reaches the run's log and fix rows as its escape.

A JavaScript test report split an astral character in two (`'𝒜'.split('')`): the run's log line held
a lone surrogate, SQLite refused the row, and the run ended in an internal error.
"""

from __future__ import annotations

import pytest
from django.utils import timezone

from healer.engine.types import BugType, CheckReport, FixOutcome, FixStatus
from runs.models import Fix, Run, RunLogChunk, Team, WithdrawalReason
from runs.services.heartbeat import Progress
from runs.services.iterations import FixRecord, fix_withdraw, fixes_record, iteration_start
from runs.services.runs import run_claim
from runs.text import storable_text

pytestmark = pytest.mark.django_db(transaction=True)

HALF = "\ud835"  # the first half of U+1D49C, alone


@pytest.fixture
def run():
    team = Team.objects.create(name="Alpha", leader_name="Ada")
    return Run.objects.create(
        team=team, leader_name="Ada", repo_url="https://x.org/a/b", branch="ALPHA_ADA_AI_Fix"
    )


def test_it_escapes_a_lone_surrogate_and_keeps_valid_text_as_it_is():
    assert storable_text(f"expected '{HALF}' to equal 'A'") == "expected '\\ud835' to equal 'A'"
    assert storable_text("naïve 𝒜 text") == "naïve 𝒜 text"
    assert storable_text("") == ""


def test_it_stores_a_log_line_and_a_step_holding_a_lone_surrogate(run):
    claimed = run_claim(run_id=run.pk)
    with Progress(claimed) as progress:
        progress.log(f"AssertionError: expected [ '{HALF}' ] to deeply equal [ 'A' ]")
        progress.set_step(f"Checking {HALF}")
    stored = Run.objects.get(pk=run.pk)
    assert "\\ud835" in stored.log_tail
    assert stored.current_step == "Checking \\ud835"
    assert "\\ud835" in "".join(RunLogChunk.objects.filter(run=run).values_list("text", flat=True))


def test_it_stores_and_withdraws_a_fix_whose_text_holds_a_lone_surrogate(run):
    claimed = run_claim(run_id=run.pk)
    iteration = iteration_start(
        run=claimed, number=1, report=CheckReport(failed=1), started_at=timezone.now()
    )
    outcome = FixOutcome(BugType.LOGIC, "src/text.ts", 9, f"split by code point, not {HALF}", FixStatus.FIXED)
    fixes_record(
        run=claimed,
        iteration=iteration,
        records=[FixRecord(outcome, commit_sha="b" * 40, commit_message="m")],
    )
    assert "\\ud835" in Fix.objects.get(run=run).description
    withdrawal = fix_withdraw(
        run=claimed,
        outcome=outcome,
        revert_sha="c" * 40,
        revert_message="r",
        reason=WithdrawalReason.UNNEEDED,
    )
    assert withdrawal is not None and "\\ud835" in withdrawal.description
    assert not Fix.objects.filter(run=run).exists()
