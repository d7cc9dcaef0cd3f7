"""The `heal` command end to end: a real local repository, a real sandbox, real commits."""

import json

import pytest
from django.core.management import call_command

from runs.models import Run, RunStatus, Team
from tests.conftest import git

pytestmark = pytest.mark.django_db(transaction=True)

PYPROJECT = """\
[tool.ruff.lint]
select = ["F"]
"""
CALC_BROKEN = """\
import os


def add(a, b):
    return a + b
"""
TEST_CALC = """\
from calc import add


def test_add():
    assert add(2, 3) == 5
"""


def heal(*args):
    with pytest.raises(SystemExit) as exit_info:
        call_command("heal", *args)
    return exit_info.value.code


@pytest.mark.docker
def test_it_heals_a_lint_bug_commits_pushes_and_writes_results(git_repo_factory, tmp_path, capsys):
    origin = git_repo_factory(
        {"pyproject.toml": PYPROJECT, "calc.py": CALC_BROKEN, "tests/test_calc.py": TEST_CALC}
    )
    main_before = git(origin, "rev-parse", "main")
    results = tmp_path / "results.json"

    code = heal(
        str(origin), "--team", "RIFT ORGANISERS", "--leader", "Saiyam Kumar", "--results", str(results)
    )

    out = capsys.readouterr().out
    assert code == 0, out
    branch = "RIFT_ORGANISERS_SAIYAM_KUMAR_AI_Fix"
    fix_lines = [line for line in out.splitlines() if " error in " in line]
    assert len(fix_lines) == 1
    assert fix_lines[0].startswith("LINTING error in calc.py line 1 → Fix: ")
    assert "Final status: PASSED" in out

    # The branch landed in the source repository; main is untouched.
    assert git(origin, "rev-parse", "main") == main_before
    subjects = git(origin, "log", "--format=%s", f"main..{branch}").splitlines()
    assert len(subjects) == 1
    assert all(subject.startswith("[AI-AGENT]") for subject in subjects)
    assert "import os" not in git(origin, "show", f"{branch}:calc.py")
    assert git(origin, "show", f"{branch}:tests/test_calc.py") == TEST_CALC.rstrip("\n")

    data = json.loads(results.read_text())
    assert data["branch"] == branch
    assert data["final_status"] == "PASSED"
    assert data["total_failures"] == data["total_fixes"] == 1
    # One check-and-fix iteration: checks, the fix, and its re-validation.
    assert data["iterations_used"] == 1 and data["retry_limit"] == 5
    assert [entry["status"] for entry in data["timeline"]] == ["PASSED"]
    assert "error" not in data
    assert data["fixes"][0]["description"] == fix_lines[0]
    assert data["fixes"][0]["commit_message"] == subjects[0]
    assert data["fixes"][0]["status"] == "FIXED"
    assert data["score"] == {"base": 100, "speed_bonus": 10, "efficiency_penalty": 0, "total": 110}
    run = Run.objects.get()
    assert run.status == RunStatus.PASSED and run.pushed


@pytest.mark.docker
def test_it_reports_a_repository_without_tests(git_repo_factory, capsys):
    origin = git_repo_factory({"calc.py": "def add(a, b):\n    return a + b\n"})
    code = heal(str(origin), "--team", "Alpha", "--leader", "Ada")
    assert code == 1
    run = Run.objects.get()
    assert run.status == RunStatus.ERROR
    assert "no tests" in run.error_message.lower()
    assert "no tests" in capsys.readouterr().err.lower()
    assert git(origin, "branch", "--list", "ALPHA_ADA_AI_Fix") == ""


def test_it_reports_an_unreachable_repository_with_a_run_that_says_why(capsys, settings):
    settings.HEALER_REPO_ALLOWED_HOSTS = ["127.0.0.1"]  # an internal Git host the operator allows
    code = heal("https://127.0.0.1:9/acme/widgets.git", "--team", "Alpha", "--leader", "Ada")
    assert code == 1
    run = Run.objects.get()
    assert run.status == RunStatus.ERROR
    assert "Could not clone" in run.error_message
    assert run.iterations.count() == 0 and run.fixes.count() == 0
    captured = capsys.readouterr()
    assert "Could not clone" in captured.err
    # Not scored: it never ran its checks.
    assert run.score_total is None and "not scored" in captured.out and "score None" not in captured.out


@pytest.mark.parametrize(
    ("source", "team", "message"),
    [
        ("ftp://example.com/repo", "Alpha", "https"),
        ("https://example.com/acme/widgets", "!!!", "no letters or digits"),
    ],
)
def test_it_exits_2_on_bad_input_and_writes_nothing(source, team, message, capsys):
    code = heal(source, "--team", team, "--leader", "Ada")
    assert code == 2
    assert message in capsys.readouterr().err
    assert Run.objects.count() == 0 and Team.objects.count() == 0


def test_it_exits_2_for_a_new_team_whose_name_gives_a_taken_branch_name(capsys):
    Team.objects.create(name="Rift_Organisers!", leader_name="Ada")
    code = heal("https://example.com/acme/widgets", "--team", "RIFT ORGANISERS", "--leader", "Ada")
    assert code == 2
    assert (
        "error: team_name: The team name 'RIFT ORGANISERS' gives the same branch name"
        in capsys.readouterr().err
    )
    assert Run.objects.count() == 0 and Team.objects.count() == 1
