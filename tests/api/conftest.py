"""Fixtures of the API tests: a team with two members, an outsider, staff, and their clients.

Runs created through the API never execute here: run_enqueue is replaced for every
test, so even a transaction that commits enqueues nothing.
"""

from __future__ import annotations

from datetime import timedelta
from unittest import mock

import pytest
from django.contrib.auth.models import User
from django.core.cache import cache
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from runs.models import Fix, Iteration, Run, RunStatus, Team

PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _api_test_settings(settings, db):
    # Hashing a password the production way takes a good part of a second.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()  # throttle histories and lockout counters live in the (shared, database) cache
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def enqueued():
    with mock.patch("runs.services.runs.run_enqueue") as run_enqueue:
        yield run_enqueue


@pytest.fixture
def owner(db):
    return User.objects.create_user("owner", password=PASSWORD)


@pytest.fixture
def teammate(db):
    return User.objects.create_user("teammate", password=PASSWORD)


@pytest.fixture
def outsider(db):
    return User.objects.create_user("outsider", password=PASSWORD)


@pytest.fixture
def staff(db):
    return User.objects.create_user("staff", password=PASSWORD, is_staff=True)


@pytest.fixture
def team(owner, teammate):
    team = Team.objects.create(name="Rift Organisers", leader_name="Saiyam Kumar")
    team.members.add(owner, teammate)
    return team


@pytest.fixture
def other_team(outsider):
    team = Team.objects.create(name="Other Team", leader_name="Grace Hopper")
    team.members.add(outsider)
    return team


def client_for(user: User | None) -> APIClient:
    """A client authenticated the way CI scripts do it: with a token header."""
    client = APIClient()
    if user is not None:
        token, _ = Token.objects.get_or_create(user=user)
        client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client


@pytest.fixture
def clients(owner, teammate, outsider, staff):
    return {
        "owner": client_for(owner),
        "teammate": client_for(teammate),
        "outsider": client_for(outsider),
        "staff": client_for(staff),
        "anonymous": client_for(None),
    }


# The top-level keys of results.json (docs/ARCHITECTURE.md), shared by the endpoint and schema tests.
RESULTS_KEYS = {
    "repo_url",
    "team_name",
    "leader_name",
    "branch",
    "total_failures",
    "total_fixes",
    "final_status",
    "started_at",
    "finished_at",
    "duration_seconds",
    "iterations_used",
    "retry_limit",
    "score",
    "fixes",
    "timeline",
}


def make_run(team: Team, *, status: str = RunStatus.PASSED, created_by: User | None = None, **fields) -> Run:
    now = timezone.now()
    finished = status not in (RunStatus.QUEUED, RunStatus.RUNNING)
    defaults = {
        "leader_name": team.leader_name,
        "repo_url": "https://github.com/acme/widgets",
        "branch": "RIFT_ORGANISERS_SAIYAM_KUMAR_AI_Fix",
        "retry_limit": 5,
        "status": status,
        "created_by": created_by,
        "started_at": now - timedelta(seconds=41) if status != RunStatus.QUEUED else None,
        "finished_at": now if finished else None,
        "duration_seconds": 41.2 if finished else None,
    }
    if finished:
        defaults |= {
            "score_base": 100,
            "score_speed_bonus": 10,
            "score_efficiency_penalty": 0,
            "score_total": 110,
        }
    return Run.objects.create(team=team, **(defaults | fields))


def make_iteration(
    run: Run, number: int, *, status: str = "FAILED", passed: int = 3, failed: int = 2
) -> Iteration:
    now = timezone.now()
    return Iteration.objects.create(
        run=run,
        number=number,
        status=status,
        passed=passed,
        failed=failed,
        started_at=now - timedelta(seconds=5),
        finished_at=now,
        log_excerpt=f"iteration {number}",
    )


def make_fix(
    run: Run, iteration: Iteration, *, line: int = 15, bug_type: str = "LINTING", status: str = "FIXED"
) -> Fix:
    description = f"{bug_type} error in src/utils.py line {line} → Fix: remove the import statement"
    return Fix.objects.create(
        run=run,
        iteration=iteration,
        file="src/utils.py",
        line=line,
        bug_type=bug_type,
        description=description,
        status=status,
        commit_sha="a" * 40 if status == "FIXED" else "",
        commit_message=f"[AI-AGENT] {description}" if status == "FIXED" else "",
    )
