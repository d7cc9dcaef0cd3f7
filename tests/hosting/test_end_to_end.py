"""The real engine and sandbox with the hosting integration: a run judged by the remote CI too.

The repository's own ruff configuration selects F401 only, while its remote CI
(the stand-in) also reports an F841 the sandbox cannot see. The engine fixes
the F401, cannot validate a fix for the remote-only F841 (it never edits without
a check that shows the change works), so the run ends FAILED with that finding
listed as not fixed: the remote pipeline decides, not a relabelled local re-run.
"""

from __future__ import annotations

import subprocess
from types import SimpleNamespace

import pytest

from runs.hosting.base import CIState
from runs.hosting.models import CIObservation
from runs.hosting.services import credential_create
from runs.models import FixStatus, RunStatus
from runs.services import run_create, run_execute
from tests.conftest import git
from tests.hosting.conftest import TOKEN, bare_repo
from tests.hosting.standin import CIPlan

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.docker]

PYPROJECT = '[tool.ruff.lint]\nselect = ["F401"]\n'
CALC = "import os\n\n\ndef add(a, b):\n    total = a + b\n    unused = 1\n    return total\n"
TEST = "from calc import add\n\n\ndef test_add():\n    assert add(2, 3) == 5\n"
BRANCH = "RIFT_ORGANISERS_SAIYAM_KUMAR_AI_Fix"


def remote_log(text: str) -> str:
    """What a stricter remote ruff prints for this version of calc.py."""
    lines = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line == "import os":
            lines.append(f"calc.py:{number}:8: F401 [*] `os` imported but unused")
        if line.strip() == "unused = 1":
            lines.append(f"calc.py:{number}:5: F841 Local variable `unused` is assigned to but never used")
    return "\n".join(f"2024-05-01T10:00:00.0000000Z {line}" for line in lines)


def test_the_remote_ci_has_the_last_word(git_server, github, tmp_path, settings):
    settings.HEALER_ALLOW_HTTP_REPOS = True
    settings.HEALER_PULL_REQUEST = "ready"
    bare = bare_repo(
        tmp_path,
        "octo-org/octo-repo",
        {"pyproject.toml": PYPROJECT, "calc.py": CALC, "tests/test_calc.py": TEST},
    )
    origin = SimpleNamespace(url=f"{git_server.url}/octo-org/octo-repo.git", host=git_server.host)

    def plan(sha: str) -> CIPlan:
        shown = subprocess.run(["git", "show", f"{sha}:calc.py"], cwd=bare, capture_output=True, text=True)
        log = remote_log(shown.stdout)  # not git(): it strips the leading blank lines
        return CIPlan(states=[("in_progress", None), ("completed", "failure" if log else "success")], log=log)

    github.ci_plan = plan
    credential_create(
        name="octo bot",
        host=origin.host,
        token=TOKEN,
        api_url=github.api_url,
        allowed_repositories="octo-org",
    )
    run = run_create(
        repo_url=origin.url,
        team_name="RIFT ORGANISERS",
        leader_name="Saiyam Kumar",
        retry_limit=3,
        enqueue=False,
    )

    run = run_execute(run_id=run.pk)

    assert run.status == RunStatus.FAILED, run.error_message + run.log_tail
    fixed = [f.description for f in run.fixes.filter(status=FixStatus.FIXED)]
    not_fixed = [f.description for f in run.fixes.exclude(status=FixStatus.FIXED)]
    assert fixed == ["LINTING error in calc.py line 1 → Fix: remove the import statement"]
    assert len(not_fixed) == 1 and not_fixed[0].startswith(
        "LINTING error in calc.py line 6 → Fix: no validated fix"
    )
    assert "unused = 1" in git(bare, "show", f"{BRANCH}:calc.py")  # nothing unvalidated was committed
    assert git(bare, "log", "--format=%s", "-1", BRANCH).startswith("[AI-AGENT]")

    states = [
        (o.head_sha, o.state) for o in CIObservation.objects.filter(run=run).order_by("observed_at", "id")
    ]
    assert (run.head_sha, CIState.FAILURE) in states
    [pull] = github.pulls
    assert pull["draft"] is False
    assert "### Not fixed (1)" in pull["body"] and "**Final status:** FAILED" in pull["body"]
