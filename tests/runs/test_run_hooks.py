"""The run plug-in seam (runs.hooks): which hook is called when, chosen by HEALER_RUN_HOOKS.

The engine and the sandbox are small stand-ins (the real ones are covered by
test_heal_command.py); the repository is a real local Git repository.
"""

from __future__ import annotations

from contextlib import contextmanager
from types import SimpleNamespace

import pytest
from django.core.exceptions import ValidationError

from healer.engine.types import BugType, CheckReport, Failure, FixOutcome, FixStatus
from runs.checks import check_run_hooks
from runs.hooks import CheckoutOptions, NullRunHooks, run_hooks
from runs.models import Run, RunStatus
from runs.services import run_create, run_execute
from tests.conftest import git

pytestmark = pytest.mark.django_db(transaction=True)

FILES = {
    "src/calc.py": "import os\n\n\ndef add(a, b):\n    return a + b\n",
    "tests/test_calc.py": "from calc import add\n\n\ndef test_add():\n    assert add(1, 2) == 3\n",
}
REMOTE = Failure(BugType.TYPE_ERROR, "src/calc.py", 5, "unsupported operand", "pytest", "TypeError")
CALLS: list[tuple] = []


class StandInEngine:
    """Sees the unused import; fixes it and whatever TYPE_ERROR it is handed."""

    def __init__(self, *, workspace, **_):
        self.workspace = workspace
        self.plan = SimpleNamespace(source_files=["src/calc.py"], test_files=["tests/test_calc.py"])
        self.report = CheckReport()

    def discover(self):
        return self.plan

    def check(self) -> CheckReport:
        text = self.workspace.read_text("src/calc.py")
        failures = (
            [Failure(BugType.LINTING, "src/calc.py", 1, "F401", "ruff", "F401")]
            if "import os" in text
            else []
        )
        self.report = CheckReport(passed=1, lint_findings=len(failures), failures=failures)
        return self.report

    def add_failures(self, failures):
        CALLS.append(("add_failures", [f.key for f in failures]))
        self.report = CheckReport(passed=1, failures=[*self.report.failures, *failures])
        return self.report

    def repair(self, report):
        for failure in report.failures:
            text = self.workspace.read_text(failure.file)
            new = (
                text.replace("import os\n", "") if failure.bug_type is BugType.LINTING else text + "# typed\n"
            )
            self.workspace.write_text(failure.file, new)
            yield FixOutcome(
                failure.bug_type, failure.file, failure.line, "edit", FixStatus.FIXED, diff="-\n+\n"
            )

    def unresolved(self, report):
        return []

    def minimise(self):
        return iter(())


class RecordingSession:
    def __init__(self):
        self.remote_given = False

    def checkout_options(self) -> CheckoutOptions:
        CALLS.append(("checkout_options",))
        return CheckoutOptions()

    def run_started(self, *, checkout):
        CALLS.append(("run_started", checkout.branch))

    def remote_failures(self, *, report, checkout, plan):
        CALLS.append(("remote_failures", [f.key for f in report.failures]))
        if self.remote_given:
            return []
        self.remote_given = True
        return [REMOTE]

    def iteration_recorded(self, *, checkout, iteration):
        CALLS.append(("iteration_recorded", iteration.number))

    def pushed(self, *, checkout, iteration):
        CALLS.append(("pushed", iteration.number, Run.objects.get(pk=iteration.run_id).pushed))


class RecordingHooks:
    def request_errors(self, *, repo_url, team_name):
        CALLS.append(("request_errors", team_name))
        return {"repo_url": "Not on Tuesdays."} if team_name == "Tuesday" else {}

    def session_open(self, *, run, log, should_stop):
        CALLS.append(("session_open", run.status))
        return RecordingSession()

    def run_finished(self, *, run):
        CALLS.append(("run_finished", run.status, run.pushed))


@pytest.fixture
def stand_ins(monkeypatch, settings):
    import healer.engine.repair
    import sandbox.sessions

    @contextmanager
    def sandbox_open(**kwargs):
        yield SimpleNamespace()

    monkeypatch.setattr(healer.engine.repair, "Engine", StandInEngine)
    monkeypatch.setattr(sandbox.sessions, "sandbox_open", sandbox_open)
    CALLS.clear()


def heal(origin):
    run = run_create(
        repo_url=str(origin), team_name="Alpha", leader_name="Ada", allow_local=True, enqueue=False
    )
    return run_execute(run_id=run.pk)


def test_each_hook_is_called_at_its_step_with_what_the_run_has_then(stand_ins, settings, git_repo_factory):
    settings.HEALER_RUN_HOOKS = f"{__name__}.RecordingHooks"
    origin = git_repo_factory(FILES)

    run = heal(origin)

    assert run.status == RunStatus.PASSED and run.pushed
    assert CALLS == [
        ("request_errors", "Alpha"),
        ("session_open", RunStatus.RUNNING),
        ("checkout_options",),
        ("run_started", "ALPHA_ADA_AI_Fix"),
        ("remote_failures", [("src/calc.py", 1, "LINTING")]),
        # What the plug-in saw elsewhere reaches the engine, which repairs it in this iteration.
        ("add_failures", [("src/calc.py", 5, "TYPE_ERROR")]),
        # Its fixes committed, the iteration's push for the remote CI, then its re-validation.
        ("iteration_recorded", 1),
        ("remote_failures", []),
        ("pushed", 1, True),
        ("run_finished", RunStatus.PASSED, True),
    ]
    assert [fix.line for fix in run.fixes.order_by("id")] == [1, 5]
    assert git(origin, "log", "--format=%s", "-1", run.branch).startswith("[AI-AGENT]")


def test_an_empty_setting_means_no_plug_in(stand_ins, settings, git_repo_factory):
    settings.HEALER_RUN_HOOKS = ""
    assert isinstance(run_hooks(), NullRunHooks)

    run = heal(git_repo_factory(FILES))

    assert run.status == RunStatus.PASSED and run.pushed
    assert CALLS == []
    assert [fix.line for fix in run.fixes.order_by("id")] == [1]


def test_a_plug_ins_objection_refuses_the_run_like_an_invalid_field(stand_ins, settings, git_repo_factory):
    settings.HEALER_RUN_HOOKS = f"{__name__}.RecordingHooks"
    with pytest.raises(ValidationError) as caught:
        run_create(
            repo_url=str(git_repo_factory(FILES)),
            team_name="Tuesday",
            leader_name="Ada",
            allow_local=True,
            enqueue=False,
        )
    assert caught.value.message_dict == {"repo_url": ["Not on Tuesdays."]}
    assert Run.objects.count() == 0 and CALLS == [("request_errors", "Tuesday")]


class OldHooks:
    """Written against an older protocol: no request_errors."""

    def session_open(self, *, run, log, should_stop):
        return None

    def run_finished(self, *, run):
        pass


def test_a_plug_in_that_does_not_load_stops_start_up(settings):
    settings.HEALER_RUN_HOOKS = "runs.nowhere.Hooks"
    [error] = check_run_hooks(None)
    assert error.id == "healer.E010" and "runs.nowhere.Hooks" in error.msg
    settings.HEALER_RUN_HOOKS = f"{__name__}.OldHooks"
    [error] = check_run_hooks(None)
    assert error.id == "healer.E010" and "request_errors" in error.msg
    settings.HEALER_RUN_HOOKS = "runs.hosting.hooks.HostingHooks"
    assert check_run_hooks(None) == []
