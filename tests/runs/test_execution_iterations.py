"""What one run records as it goes: check-and-fix iterations, the reason it stopped, live counters,
Fix rows as each fix is committed, the full log, and which runs are scored.

The engine and the sandbox are small stand-ins whose failures and fixes each test
scripts; the repository is a real local Git repository and the run goes through
runs.services.run_execute as a worker's would.
"""

from __future__ import annotations

import json
import time
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace

import pytest

from healer.engine.minimise import Withdrawal
from healer.engine.types import BugType, CheckReport, EngineError, Failure, FixOutcome, FixStatus
from runs.models import Fix, Iteration, Run, RunLogChunk, RunStatus, StopReason, WithdrawalReason
from runs.selectors import run_log_text, run_results, run_with_counts
from runs.services import run_create, run_execute
from runs.services.execution import repair_stop_reason
from runs.services.results import results_path
from tests.conftest import git

pytestmark = pytest.mark.django_db(transaction=True)

FILES = {"src/calc.py": "a = 1\n", "tests/test_calc.py": "def test_a():\n    assert True\n"}


class Script:
    """What the stand-in engine does: which failures each check finds, what repair fixes."""

    def __init__(self):
        self.open: list[int] = []  # lines of src/calc.py that fail
        self.fixable: set[int] = set()  # lines repair can fix
        self.new_failures: list[int] = []  # failures a fix uncovers, one per fix
        self.repair_sleep = 0.0
        self.seen_during_repair: list[dict] = []  # the run as the API would show it, mid-repair
        self.cancel_after_fix = False
        self.check_error = ""
        self.cut_short = 0  # rounds that run out of time with a search under way before repair fixes
        self.checks = 0  # how many times the checks ran
        self.unneeded: list[int] = []  # lines of fixes the end-of-run minimisation takes out
        self.backtracked: list[int] = []  # lines whose first fix repair goes back on (Engine._backtrack)
        self.split: set[int] = set()  # lines whose one edit is reported as two fixes (engine/folded.py)


SCRIPT = Script()


class StandInEngine:
    def __init__(self, *, workspace, log, **_):
        self.workspace = workspace
        self.log = log
        self.plan = SimpleNamespace(source_files=["src/calc.py"], test_files=["tests/test_calc.py"])
        self.failures: list[Failure] = []
        self.cut = False

    def discover(self):
        return self.plan

    def check(self) -> CheckReport:
        SCRIPT.checks += 1
        if SCRIPT.check_error:
            raise EngineError(SCRIPT.check_error)
        self.failures = [
            Failure(BugType.LOGIC, "src/calc.py", line, "assert", "pytest", "AssertionError")
            for line in SCRIPT.open
        ]
        failed = len(self.failures)
        return CheckReport(passed=10 - failed, failed=failed, failures=list(self.failures))

    def add_failures(self, failures):
        raise AssertionError("no plug-in here")

    def searches_pending(self) -> int:
        return int(self.cut)  # the last round stopped with a search under way

    def repair(self, report):
        time.sleep(SCRIPT.repair_sleep)
        self.cut = SCRIPT.cut_short > 0
        if self.cut:
            SCRIPT.cut_short -= 1
            return
        for failure in list(report.failures):
            if failure.line not in SCRIPT.fixable:
                continue
            self.workspace.write_text(
                "src/calc.py", self.workspace.read_text("src/calc.py") + f"# {failure.line}\n"
            )
            SCRIPT.open.remove(failure.line)
            if SCRIPT.new_failures:
                line = SCRIPT.new_failures.pop(0)
                SCRIPT.open.append(line)
                SCRIPT.fixable.add(line)
            if SCRIPT.cancel_after_fix:
                # Someone cancels while this fix is being made; the heartbeat notices within a second.
                Run.objects.update(cancel_requested=True)
                time.sleep(2.5)
            yield FixOutcome(BugType.LOGIC, "src/calc.py", failure.line, "swap the operator", FixStatus.FIXED)
            if failure.line in SCRIPT.split:
                # The same edit's second hunk, written and reported as a fix of its own.
                text = self.workspace.read_text("src/calc.py")
                self.workspace.write_text("src/calc.py", text + f"# {failure.line} also\n")
                yield self.second_fix(failure.line)
            if failure.line in SCRIPT.backtracked:
                # Gone back on: the revert (already written), then the fix that replaces it.
                text = self.workspace.read_text("src/calc.py").replace(f"# {failure.line}\n", "")
                self.workspace.write_text("src/calc.py", text)
                first = FixOutcome(
                    BugType.LOGIC, "src/calc.py", failure.line, "swap the operator", FixStatus.FIXED
                )
                yield Withdrawal(first, diff="")
                self.workspace.write_text("src/calc.py", text + f"# {failure.line} better\n")
                yield FixOutcome(BugType.LOGIC, "src/calc.py", failure.line, "negate it", FixStatus.FIXED)
            # Resumed: the execution has committed this fix. What does the run show now?
            run = run_with_counts().get(pk=Run.objects.get().pk)
            SCRIPT.seen_during_repair.append(
                {
                    "fix_rows": Fix.objects.count(),
                    "total_fixes": run.total_fixes,
                    "total_failures": run.total_failures,
                    "tests": (run.tests_passed, run.tests_failed),
                }
            )

    def unresolved(self, report):
        return [
            FixOutcome(f.bug_type, f.file, f.line, f"no validated fix found ({f.message})", FixStatus.FAILED)
            for f in self.failures
        ]

    @staticmethod
    def second_fix(line: int) -> FixOutcome:
        return FixOutcome(BugType.INDENTATION, "src/calc.py", line + 1, "re-indent the line", FixStatus.FIXED)

    def minimise(self):
        for line in SCRIPT.unneeded:
            text = self.workspace.read_text("src/calc.py")
            text = text.replace(f"# {line}\n", "").replace(f"# {line} also\n", "")
            self.workspace.write_text("src/calc.py", text)
            outcome = FixOutcome(BugType.LOGIC, "src/calc.py", line, "swap the operator", FixStatus.FIXED)
            also = (self.second_fix(line),) if line in SCRIPT.split else ()
            yield Withdrawal(outcome, diff="", also=also)


@pytest.fixture(autouse=True)
def stand_ins(monkeypatch, settings):
    import healer.engine.repair
    import sandbox.sessions

    @contextmanager
    def sandbox_open(**kwargs):
        yield SimpleNamespace()

    monkeypatch.setattr(healer.engine.repair, "Engine", StandInEngine)
    monkeypatch.setattr(sandbox.sessions, "sandbox_open", sandbox_open)
    settings.HEALER_RUN_HOOKS = ""
    global SCRIPT
    SCRIPT = Script()


def heal(git_repo_factory, *, retry_limit: int = 5) -> Run:
    run = run_create(
        repo_url=str(git_repo_factory(FILES)),
        team_name="Alpha",
        leader_name="Ada",
        retry_limit=retry_limit,
        allow_local=True,
        enqueue=False,
    )
    run_execute(run_id=run.pk)
    return run_with_counts().get(pk=run.pk)


def test_a_retry_limit_of_one_fixes_and_re_validates(git_repo_factory):
    SCRIPT.open, SCRIPT.fixable = [3, 7], {3, 7}

    run = heal(git_repo_factory, retry_limit=1)

    assert (run.status, run.stop_reason) == (RunStatus.PASSED, StopReason.ALL_PASS)
    assert (run.total_fixes, run.total_failures) == (2, 2)
    [iteration] = run.iterations.all()
    # What its checks found, and where its re-validation left them.
    assert (iteration.start_passed, iteration.start_failed, iteration.failures_found) == (8, 2, 2)
    assert (iteration.status, iteration.passed, iteration.failed) == ("PASSED", 10, 0)
    assert iteration.finished_at >= iteration.started_at
    assert run.current_step == "All checks pass" and run.score_total == 110


def test_a_run_that_has_nothing_left_to_try_says_so(git_repo_factory):
    SCRIPT.open, SCRIPT.fixable = [3, 7], {3}

    run = heal(git_repo_factory, retry_limit=3)

    assert (run.status, run.stop_reason) == (RunStatus.FAILED, StopReason.NO_CANDIDATE)
    assert run.current_step == "Nothing left to try: no candidate fix passed validation"
    # Iteration 1 fixed line 3; iteration 2 found nothing to do for line 7 and the run stopped there.
    assert [(it.number, it.status) for it in run.iterations.order_by("number")] == [
        (1, "FAILED"),
        (2, "FAILED"),
    ]
    assert list(Fix.objects.order_by("id").values_list("line", "status")) == [(3, "FIXED"), (7, "FAILED")]
    assert (run.total_fixes, run.total_failures) == (1, 2)
    # A FAILED run keeps the formula's score.
    assert run.score_total == 110


def test_a_repair_round_that_used_its_whole_time_budget_says_so(git_repo_factory, settings):
    SCRIPT.open, SCRIPT.repair_sleep = [3], 0.3
    settings.HEALER_ENGINE_TIME_BUDGET = 0.2

    run = heal(git_repo_factory)

    assert (run.status, run.stop_reason) == (RunStatus.FAILED, StopReason.TIME_BUDGET)
    assert run.iterations.count() == 1


def test_it_gives_a_search_cut_short_by_the_time_budget_another_round(git_repo_factory, settings):
    # Round 1 runs out of time with its search under way; round 2 goes on with it and fixes.
    SCRIPT.open, SCRIPT.fixable, SCRIPT.cut_short, SCRIPT.repair_sleep = [3], {3}, 1, 0.3
    settings.HEALER_ENGINE_TIME_BUDGET = 0.2

    run = heal(git_repo_factory, retry_limit=3)

    assert (run.status, run.stop_reason) == (RunStatus.PASSED, StopReason.ALL_PASS)
    assert [(it.number, it.status) for it in run.iterations.order_by("number")] == [
        (1, "FAILED"),
        (2, "PASSED"),
    ]
    assert list(Fix.objects.values_list("line", "status")) == [(3, "FIXED")]
    # Nothing changed in the round that fixed nothing: its checks are not run again.
    assert SCRIPT.checks == 2


def test_it_stops_at_the_retry_limit_when_every_round_runs_out_of_time(git_repo_factory, settings):
    SCRIPT.open, SCRIPT.cut_short, SCRIPT.repair_sleep = [3], 10, 0.3
    settings.HEALER_ENGINE_TIME_BUDGET = 0.2

    run = heal(git_repo_factory, retry_limit=2)

    assert (run.status, run.stop_reason) == (RunStatus.FAILED, StopReason.TIME_BUDGET)
    assert run.iterations.count() == 2
    assert list(Fix.objects.values_list("line", "status")) == [(3, "FAILED")]


def test_the_stop_reason_of_an_empty_round_comes_from_its_time():
    assert repair_stop_reason(elapsed=12.0, time_budget=240) == StopReason.NO_CANDIDATE
    assert repair_stop_reason(elapsed=240.0, time_budget=240) == StopReason.TIME_BUDGET


def test_the_retry_limit_counts_check_and_fix_iterations(git_repo_factory):
    # Every fix uncovers another failure: the run always has one more to fix.
    SCRIPT.open, SCRIPT.fixable, SCRIPT.new_failures = [1], {1}, [2, 3, 4, 5]

    run = heal(git_repo_factory, retry_limit=2)

    assert (run.status, run.stop_reason) == (RunStatus.FAILED, StopReason.RETRY_LIMIT)
    assert run.current_step == "Retry limit reached with checks still failing"
    assert run.iterations.count() == 2
    # Two fixes made; what the last re-validation still reports is recorded as not fixed.
    assert list(Fix.objects.order_by("id").values_list("line", "status")) == [
        (1, "FIXED"),
        (2, "FIXED"),
        (3, "FAILED"),
    ]
    results = run_results(run=run)
    assert (results["iterations_used"], results["retry_limit"]) == (2, 2)
    assert [entry["status"] for entry in results["timeline"]] == ["FAILED", "FAILED"]


def test_each_fix_is_stored_and_counted_as_soon_as_it_is_committed(git_repo_factory):
    SCRIPT.open, SCRIPT.fixable = [3, 7, 9], {3, 7, 9}

    heal(git_repo_factory)

    # Mid-repair, after each commit: its Fix row exists and the counters show it; the failures
    # detected count all three from the first check on (7 passed, 3 failed).
    assert SCRIPT.seen_during_repair == [
        {"fix_rows": 1, "total_fixes": 1, "total_failures": 3, "tests": (7, 3)},
        {"fix_rows": 2, "total_fixes": 2, "total_failures": 3, "tests": (7, 3)},
        {"fix_rows": 3, "total_fixes": 3, "total_failures": 3, "tests": (7, 3)},
    ]
    run = Run.objects.get()
    assert (run.tests_passed, run.tests_failed, run.failures_detected) == (10, 0, 3)


def test_a_cancelled_run_is_not_scored_and_says_why_in_results_json(git_repo_factory):
    SCRIPT.open, SCRIPT.fixable, SCRIPT.cancel_after_fix = [3, 7], {3, 7}, True

    run = heal(git_repo_factory)

    assert (run.status, run.stop_reason) == (RunStatus.CANCELLED, StopReason.CANCELLED)
    assert (run.score_base, run.score_speed_bonus, run.score_efficiency_penalty, run.score_total) == (
        None,
    ) * 4
    # The fix committed before the cancellation is kept; the iteration it left is closed.
    assert list(Fix.objects.values_list("line", "status")) == [(3, "FIXED")]
    [iteration] = run.iterations.all()
    assert iteration.status == "FAILED" and iteration.finished_at is not None
    document = json.loads(results_path(run=run).read_text())
    assert document["final_status"] == "FAILED"
    assert document["score"] == {"base": None, "speed_bonus": None, "efficiency_penalty": None, "total": None}
    assert document["error"] == "Cancelled on request."


def test_a_run_stopped_by_an_error_is_not_scored_and_says_why_in_results_json(git_repo_factory):
    SCRIPT.check_error = "The sandbox could not start: no Docker engine reachable"

    run = heal(git_repo_factory)

    assert (run.status, run.stop_reason) == (RunStatus.ERROR, StopReason.ERROR)
    assert run.score_total is None and run.current_step == "Stopped by an error"
    document = json.loads(results_path(run=run).read_text())
    assert document["error"] == "The sandbox could not start: no Docker engine reachable"
    assert set(document["score"].values()) == {None}
    assert document["final_status"] == "FAILED" and document["timeline"] == []


def test_a_passed_run_has_no_error_field(git_repo_factory):
    SCRIPT.open, SCRIPT.fixable = [3], {3}
    run = heal(git_repo_factory)
    assert "error" not in json.loads(results_path(run=run).read_text())


def test_the_full_log_is_kept_beyond_the_live_tail(git_repo_factory):
    SCRIPT.open, SCRIPT.fixable = [3], {3}

    run = heal(git_repo_factory)

    log = run_log_text(run=Run.objects.get(pk=run.pk))
    assert RunLogChunk.objects.filter(run=run).exists()
    assert log.startswith("== Starting") or log.startswith("== Cloning")
    assert "Cloned " in log and "LOGIC error in src/calc.py line 3 → Fix: swap the operator" in log
    assert run.log_tail.strip().splitlines()[-1] in log


def test_the_full_log_stops_at_its_cap_and_ends_with_the_tail(git_repo_factory, monkeypatch):
    import runs.services.heartbeat

    monkeypatch.setattr(runs.services.heartbeat, "LOG_FULL_CHARS", 50)
    import runs.selectors

    monkeypatch.setattr(runs.selectors, "LOG_FULL_CHARS", 50)
    SCRIPT.open, SCRIPT.fixable = [3], {3}

    run = heal(git_repo_factory)

    stored = "".join(RunLogChunk.objects.filter(run=run).values_list("text", flat=True))
    assert len(stored) == 50
    log = run_log_text(run=Run.objects.get(pk=run.pk))
    assert log.startswith(stored)
    assert "the log was longer than 50 characters" in log
    assert log.endswith(Run.objects.get(pk=run.pk).log_tail)


def test_iterations_are_recorded_with_their_own_durations(git_repo_factory):
    SCRIPT.open, SCRIPT.fixable, SCRIPT.new_failures = [1], {1}, [2]
    run = heal(git_repo_factory)
    iterations = list(Iteration.objects.order_by("number"))
    assert len(iterations) == 2 and run.status == RunStatus.PASSED
    # The second starts where the first ended (its check is the first's re-validation).
    assert iterations[1].started_at == iterations[0].finished_at
    assert all(it.duration_seconds is not None and it.duration_seconds >= 0 for it in iterations)


def test_a_fix_a_later_fix_made_unnecessary_is_reverted_by_a_commit_and_not_reported(git_repo_factory):
    SCRIPT.open, SCRIPT.fixable = [3, 7], {3, 7}
    SCRIPT.unneeded = [3]  # the end-of-run minimisation finds the fix at line 3 unnecessary

    run = heal(git_repo_factory, retry_limit=1)

    assert run.status == RunStatus.PASSED
    # Reported: only the fix the branch keeps.
    assert [(f.line, f.status) for f in run.fixes.all()] == [(7, "FIXED")]
    assert run.total_fixes == 1
    assert [fix["line_number"] for fix in run_results(run=run)["fixes"]] == [7]
    # The branch says what happened: both fixes, then the revert of the unnecessary one, each an
    # agent commit; its tree holds only the fix that stays.
    origin = Path(run.repo_url)
    subjects = git(origin, "log", "--format=%s", f"main..{run.branch}").splitlines()
    assert len(subjects) == 3 and all(s.startswith("[AI-AGENT]") for s in subjects)
    assert subjects[0] == (
        "[AI-AGENT] Revert the LOGIC fix in src/calc.py line 3: a later fix made it unnecessary"
    )
    tree = git(origin, "show", f"{run.branch}:src/calc.py")
    assert "# 3" not in tree and "# 7" in tree
    # The fix taken back is kept as a withdrawal, with both of its commits.
    [withdrawal] = run.withdrawals.all()
    log = git(origin, "log", "--format=%H %s", f"main..{run.branch}").splitlines()
    shas = {subject: sha for sha, subject in (entry.split(" ", 1) for entry in log)}
    assert (withdrawal.line, withdrawal.reason) == (3, WithdrawalReason.UNNEEDED)
    assert withdrawal.revert_sha == shas[subjects[0]] and withdrawal.revert_message == subjects[0]
    assert withdrawal.commit_sha == shas[next(s for s in subjects if "line 3" in s and "Revert" not in s)]
    assert withdrawal.description == "LOGIC error in src/calc.py line 3 → Fix: swap the operator"


def test_a_fix_the_engine_goes_back_on_is_reverted_by_its_own_commit_before_the_fix_that_replaces_it(
    git_repo_factory,
):
    SCRIPT.open, SCRIPT.fixable = [3], {3}
    SCRIPT.backtracked = [3]

    run = heal(git_repo_factory, retry_limit=1)

    assert run.status == RunStatus.PASSED
    assert [(f.line, f.description, f.status) for f in run.fixes.all()] == [
        (3, "LOGIC error in src/calc.py line 3 → Fix: negate it", "FIXED")
    ]
    origin = Path(run.repo_url)
    subjects = git(origin, "log", "--format=%s", f"main..{run.branch}").splitlines()
    assert len(subjects) == 3 and all(s.startswith("[AI-AGENT]") for s in subjects)
    assert subjects[1] == (
        "[AI-AGENT] Revert the LOGIC fix in src/calc.py line 3: a better fix for its tests follows"
    )
    tree = git(origin, "show", f"{run.branch}:src/calc.py")
    assert "# 3 better" in tree and "# 3\n" not in tree
    [withdrawal] = run.withdrawals.all()
    assert (withdrawal.reason, withdrawal.iteration.number) == (WithdrawalReason.REPLACED, 1)
    assert withdrawal.commit_sha and withdrawal.revert_sha and withdrawal.commit_sha != withdrawal.revert_sha


def test_the_score_counts_every_agent_commit_on_the_branch_including_fixes_taken_back(
    git_repo_factory, monkeypatch
):
    SCRIPT.open, SCRIPT.fixable = [3], {3}
    SCRIPT.backtracked = [3]
    counted = []
    import runs.services.runs as services

    real = services.score_compute

    def spy(*, duration_seconds, commit_count):
        counted.append(commit_count)
        return real(duration_seconds=duration_seconds, commit_count=commit_count)

    monkeypatch.setattr(services, "score_compute", spy)

    run = heal(git_repo_factory, retry_limit=1)

    # The fix, its revert and the fix that replaced it: three commits on the branch, one fix reported.
    branch_commits = git(Path(run.repo_url), "rev-list", "--count", f"main..{run.branch}").strip()
    assert counted == [int(branch_commits)] == [3]
    assert run.total_fixes == 1


def test_a_withdrawal_of_an_edit_reported_as_two_fixes_takes_both_rows_back(git_repo_factory):
    # Review of round 44: a compile repair reported as two fixes (healer/engine/folded.py) is one
    # edit; when it is taken out, one revert commit takes back both of its Fix rows.
    SCRIPT.open, SCRIPT.fixable = [3, 7], {3, 7}
    SCRIPT.split, SCRIPT.unneeded = {3}, [3]

    run = heal(git_repo_factory, retry_limit=1)

    assert [(f.line, f.status) for f in run.fixes.all()] == [(7, "FIXED")]
    assert run.total_fixes == 1
    withdrawn = sorted((w.line, w.bug_type) for w in run.withdrawals.all())
    assert withdrawn == [(3, "LOGIC"), (4, "INDENTATION")]
    assert len({w.revert_sha for w in run.withdrawals.all()}) == 1
