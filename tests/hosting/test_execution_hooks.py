"""The hosting hooks inside a run: push with the token, pull request, remote CI fed into the next iteration.

The engine and the sandbox are replaced by a small deterministic stand-in (the
real ones are covered by tests/runs/test_heal_command.py); Git goes through a
real smart-HTTP server that requires the token, and GitHub is the local stand-in.
"""

from __future__ import annotations

import logging
from contextlib import contextmanager
from types import SimpleNamespace

import pytest

from healer.engine.types import BugType, CheckReport, Failure, FixOutcome, FixStatus
from runs.hosting.base import CIState
from runs.hosting.models import CIObservation, RunHosting, Trigger
from runs.hosting.services import credential_create
from runs.models import Run, RunStatus
from runs.services import run_create, run_execute
from tests.conftest import git
from tests.hosting.conftest import TOKEN, bare_repo
from tests.hosting.standin import CIPlan

pytestmark = pytest.mark.django_db(transaction=True)

CALC = "import os\n\n\ndef add(a, b):\n    return a + b\n"
FILES = {
    "src/calc.py": CALC,
    "tests/test_calc.py": "from calc import add\n\n\ndef test_add():\n    assert add(1, 2) == 3\n",
}
BRANCH = "RIFT_ORGANISERS_SAIYAM_KUMAR_AI_Fix"
REMOTE_FAILURE_LOG = """\
2024-05-01T10:00:00.0000000Z src/calc.py:1:8: F401 [*] `os` imported but unused
2024-05-01T10:00:01.0000000Z =================================== FAILURES ===================================
2024-05-01T10:00:01.0000000Z ___________________________________ test_add ___________________________________
2024-05-01T10:00:01.0000000Z tests/test_calc.py:5: in test_add
2024-05-01T10:00:01.0000000Z     assert add(1, "2") == 3
2024-05-01T10:00:01.0000000Z /home/runner/work/octo-repo/octo-repo/src/calc.py:5: in add
2024-05-01T10:00:01.0000000Z     return a + b
2024-05-01T10:00:01.0000000Z E   TypeError: unsupported operand type(s) for +: 'int' and 'str'
2024-05-01T10:00:01.0000000Z FAILED tests/test_calc.py::test_add - TypeError: unsupported operand type(s)...
"""


class FakeEngine:
    """Sees only the lint bug locally; fixes whatever failure it is handed and knows how to fix."""

    instances: list[FakeEngine] = []

    def __init__(self, *, workspace, sandbox, config=None, log=None, **_):
        self.workspace = workspace
        self.plan = None
        self.repaired: list[list[tuple]] = []
        FakeEngine.instances.append(self)

    def discover(self):
        self.plan = SimpleNamespace(source_files=["src/calc.py"], test_files=["tests/test_calc.py"])
        return self.plan

    def check(self) -> CheckReport:
        failures = []
        if "import os" in self.workspace.read_text("src/calc.py"):
            failures.append(
                Failure(BugType.LINTING, "src/calc.py", 1, "F401 os imported but unused", "ruff", "F401")
            )
        self.report = CheckReport(passed=1, failed=0, lint_findings=len(failures), failures=failures)
        return self.report

    def add_failures(self, failures):
        known = {failure.key for failure in self.report.failures}
        self.report.failures += [failure for failure in failures if failure.key not in known]
        return self.report

    def repair(self, report):
        self.repaired.append([failure.key for failure in report.failures])
        for failure in list(report.failures):
            text = self.workspace.read_text(failure.file)
            if failure.bug_type is BugType.LINTING and "import os\n" in text:
                new, description = text.replace("import os\n", "", 1), "remove the import statement"
            elif failure.bug_type is BugType.TYPE_ERROR and "return a + b" in text:
                new, description = (
                    text.replace("return a + b", "return int(a) + int(b)"),
                    "convert the operands",
                )
            else:
                continue
            self.workspace.write_text(failure.file, new)
            yield FixOutcome(
                bug_type=failure.bug_type,
                file=failure.file,
                line=failure.line,
                description=description,
                status=FixStatus.FIXED,
                diff="-\n+\n",
            )

    def unresolved(self, report):
        return [
            FixOutcome(f.bug_type, f.file, f.line, "no validated fix found", FixStatus.FAILED)
            for f in report.failures
        ]

    def minimise(self):
        return iter(())  # no fix of these runs is ever made unnecessary by a later one


@pytest.fixture(autouse=True)
def fakes(monkeypatch, settings):
    import healer.engine.repair
    import sandbox.sessions

    @contextmanager
    def sandbox_open(**kwargs):
        yield SimpleNamespace()

    FakeEngine.instances = []
    monkeypatch.setattr(healer.engine.repair, "Engine", FakeEngine)
    monkeypatch.setattr(sandbox.sessions, "sandbox_open", sandbox_open)
    settings.HEALER_ALLOW_HTTP_REPOS = True
    settings.HEALER_KEEP_WORKSPACES = True
    settings.HEALER_PULL_REQUEST = "draft"


@pytest.fixture
def origin(git_server, tmp_path):
    bare = bare_repo(tmp_path, "octo-org/octo-repo", FILES)
    return SimpleNamespace(bare=bare, url=f"{git_server.url}/octo-org/octo-repo.git", host=git_server.host)


def remote_ci(origin, *, passing_states=(("queued", None), ("in_progress", None), ("completed", "success"))):
    """The stand-in's CI judges what was pushed: it fails while calc.py still has either bug."""

    def plan(sha: str) -> CIPlan | None:
        text = git(origin.bare, "show", f"{sha}:src/calc.py")
        if "import os" in text or "return a + b" in text:
            return CIPlan(states=[("completed", "failure")], log=REMOTE_FAILURE_LOG)
        return CIPlan(states=list(passing_states))

    return plan


def new_run(origin) -> Run:
    return run_create(
        repo_url=origin.url,
        team_name="RIFT ORGANISERS",
        leader_name="Saiyam Kumar",
        allow_local=False,
        enqueue=False,
    )


def test_it_feeds_remote_ci_failures_into_the_next_iteration_pushes_and_opens_a_pull_request(
    origin, github, caplog
):
    caplog.set_level(logging.DEBUG)
    credential_create(
        name="octo bot",
        host=origin.host,
        token=TOKEN,
        api_url=github.api_url,
        allowed_repositories="octo-org",
    )
    github.ci_plan = remote_ci(origin)
    run = new_run(origin)

    run = run_execute(run_id=run.pk)

    assert run.status == RunStatus.PASSED, run.error_message + run.log_tail
    # The sandbox saw only the lint bug; the remote CI's TypeError was merged in before repair.
    [engine] = FakeEngine.instances
    assert engine.repaired[0] == [("src/calc.py", 1, "LINTING"), ("src/calc.py", 5, "TYPE_ERROR")]
    assert [f.description for f in run.fixes.order_by("id")] == [
        "LINTING error in src/calc.py line 1 → Fix: remove the import statement",
        "TYPE_ERROR error in src/calc.py line 5 → Fix: convert the operands",
    ]
    # Pushed with the token to the server that requires it; main untouched.
    assert git(origin.bare, "rev-parse", BRANCH) == run.head_sha and run.pushed
    assert git(origin.bare, "log", "--format=%s", f"main..{BRANCH}").count("[AI-AGENT]") == 2

    # The CI timeline: the failure seen at the start, then each status of the pushed commit.
    observations = list(CIObservation.objects.filter(run=run).order_by("observed_at", "id"))
    assert [(o.iteration_id is None, o.status, o.conclusion, o.state) for o in observations] == [
        (True, "completed", "failure", CIState.FAILURE),
        (False, "queued", "", CIState.PENDING),
        (False, "in_progress", "", CIState.PENDING),
        (False, "completed", "success", CIState.SUCCESS),
    ]
    assert observations[0].failures_found == 2 and observations[0].head_sha != run.head_sha
    assert {o.head_sha for o in observations[1:]} == {run.head_sha}
    assert observations[1].iteration.number == 1

    # A draft pull request into the default branch, refreshed with the final score at the end.
    [pull] = github.pulls
    assert pull["draft"] is True and pull["base"]["ref"] == "main" and pull["head"]["ref"] == BRANCH
    assert pull["title"] == "[AI-AGENT] Healer fixes for main"
    hosting = RunHosting.objects.get(run=run)
    assert (hosting.pull_request_number, hosting.pull_request_url) == (1, pull["html_url"])
    created = github.api_requests("POST", "/pulls")[0].body["body"]
    assert "- LINTING error in src/calc.py line 1 → Fix: remove the import statement" in created
    assert "computed when the run finishes" in created
    final = pull["body"]
    assert f"**Score:** {run.score_total} (base 100, speed bonus +10, efficiency penalty −0)" in final
    assert "**Final status:** PASSED" in final
    assert f"https://healer.example.com/runs/{run.pk}/" in final
    assert "- TYPE_ERROR error in src/calc.py line 5 → Fix: convert the operands" in final

    # The token never lands in the workspace's git config, the run's logs or the log records.
    config = (engine.workspace.root / ".git" / "config").read_text()
    assert "extraheader" not in config and TOKEN not in config
    texts = [run.log_tail, run.error_message, *run.iterations.values_list("log_excerpt", flat=True)]
    texts += [o.note for o in observations] + [record.getMessage() for record in caplog.records]
    assert not [text for text in texts if TOKEN in text]
    assert "Git hosting: " in run.log_tail and "stored encrypted" in run.log_tail


def test_it_says_so_when_the_repository_has_no_remote_ci(origin, github):
    github.workflows = 0
    credential_create(
        name="octo bot",
        host=origin.host,
        token=TOKEN,
        api_url=github.api_url,
        allowed_repositories="octo-org",
    )
    run = run_execute(run_id=new_run(origin).pk)

    assert run.status == RunStatus.PASSED
    [observation] = CIObservation.objects.filter(run=run)
    assert observation.state == CIState.NONE and observation.kind == "summary"
    assert observation.note.startswith("No remote CI: the repository defines no CI workflow")
    assert "relying on the sandbox checks" in run.log_tail


def test_it_records_a_timeout_when_the_remote_ci_never_finishes(origin, github, settings):
    settings.HEALER_CI_TIMEOUT = 0.3
    credential_create(
        name="octo bot",
        host=origin.host,
        token=TOKEN,
        api_url=github.api_url,
        allowed_repositories="octo-org",
    )
    github.ci_plan = remote_ci(origin, passing_states=[("in_progress", None)])

    run = run_execute(run_id=new_run(origin).pk)

    states = list(CIObservation.objects.filter(run=run).values_list("state", flat=True))
    assert states[-2:] == [CIState.PENDING, CIState.TIMEOUT]
    assert run.status == RunStatus.PASSED  # the sandbox checks pass; the timeline says CI did not finish


def test_it_heals_the_failing_branch_of_a_webhook_and_starts_from_its_ci_logs(origin, github):
    work = origin.bare.parent.parent.parent / "work" / "octo-org" / "octo-repo"
    git(work, "checkout", "-q", "-b", "feature/parser")
    (work / "README.md").write_text("parser\n")
    git(work, "add", "README.md")
    git(work, "commit", "-q", "-m", "readme")
    git(work, "push", "-q", str(origin.bare), "feature/parser")
    failing = git(origin.bare, "rev-parse", "feature/parser")
    github.plans[failing] = CIPlan(
        states=[("completed", "failure")], log=REMOTE_FAILURE_LOG, run_id=555, job_id=556
    )
    github.ci_plan = remote_ci(origin)
    credential_create(
        name="octo bot",
        host=origin.host,
        token=TOKEN,
        api_url=github.api_url,
        allowed_repositories="octo-org",
    )
    run = new_run(origin)
    RunHosting.objects.create(
        run=run,
        trigger=Trigger.WEBHOOK,
        source_branch="feature/parser",
        trigger_sha=failing,
        trigger_kind="workflow_run",
        trigger_external_id="555",
    )

    run = run_execute(run_id=run.pk)

    assert run.status == RunStatus.PASSED
    assert (
        git(origin.bare, "merge-base", "--is-ancestor", failing, BRANCH) == ""
    )  # built on the failing branch
    assert github.api_requests("GET", "/actions/runs/555")  # the run named by the webhook was read
    assert FakeEngine.instances[0].repaired[0][1] == ("src/calc.py", 5, "TYPE_ERROR")
    assert github.pulls[0]["base"]["ref"] == "feature/parser"


def test_it_stops_with_a_clear_error_when_the_host_rejects_the_token(origin, github):
    credential_create(
        name="octo bot",
        host=origin.host,
        token="ghp_revoked_000",
        api_url=github.api_url,
        allowed_repositories="octo-org",
    )
    run = run_execute(run_id=new_run(origin).pk)

    assert run.status == RunStatus.ERROR
    assert (
        "GitHub rejected the token for" in run.error_message
        and "replace the hosting credential" in run.error_message
    )
    assert "ghp_revoked_000" not in run.error_message + run.log_tail
    assert FakeEngine.instances == [] and run.iterations.count() == 0


def test_it_changes_nothing_for_a_run_without_a_credential(git_repo_factory, github, settings):
    origin = git_repo_factory(FILES)
    run = run_create(
        repo_url=str(origin),
        team_name="RIFT ORGANISERS",
        leader_name="Saiyam Kumar",
        allow_local=True,
        enqueue=False,
    )
    run = run_execute(run_id=run.pk)

    assert run.status == RunStatus.PASSED and run.pushed
    assert git(origin, "log", "--format=%s", "-1", BRANCH).startswith("[AI-AGENT]")
    assert github.requests == [] and RunHosting.objects.count() == 0 and CIObservation.objects.count() == 0


def test_the_pull_request_of_a_run_that_was_not_scored_says_why(db):
    from runs.hosting.selectors import pull_request_body
    from runs.models import Run, RunStatus, Team

    team = Team.objects.create(name="Alpha", leader_name="Ada")
    run = Run.objects.create(
        team=team,
        leader_name="Ada",
        repo_url="https://github.com/acme/widgets",
        branch="ALPHA_ADA_AI_Fix",
        status=RunStatus.ERROR,
        stop_reason="ERROR",
        error_message="The sandbox stopped: no Docker engine reachable",
    )
    body = pull_request_body(run=run, final=True)
    assert "**Not scored:** The sandbox stopped: no Docker engine reachable" in body
    assert "**Final status:** FAILED" in body
    assert "computed when the run finishes" not in body and "**Score:**" not in body
