"""Writes: every state change of teams and runs goes through these functions.

Views, API endpoints, tasks and management commands stay thin and call one
function here. Execution of a run lives in runs.execution (re-exported here).
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models.functions import Lower
from django.utils import timezone

from healer.engine.formatting import branch_name
from runs.gitops import SourceError, repo_source_parse
from runs.models import ACTIVE_STATUSES, Run, RunStatus, Team

logger = logging.getLogger(__name__)


def team_find(*, name: str) -> Team | None:
    return Team.objects.annotate(lname=Lower("name")).filter(lname=name.lower()).first()


def team_get_or_create(*, name: str, leader_name: str) -> Team:
    """The team with this name (case-insensitive), created if new; its leader kept current."""
    team = team_find(name=name)
    if team is None:
        team = Team.objects.create(name=name, leader_name=leader_name)
    elif team.leader_name != leader_name:
        team.leader_name = leader_name
        team.save(update_fields=["leader_name"])
    return team


def run_validate(
    *,
    repo_url: str,
    team_name: str,
    leader_name: str,
    retry_limit: int | None,
    allow_local: bool | None = None,
) -> dict:
    """Check a run request; returns cleaned values or raises ValidationError with field messages."""
    errors: dict[str, str] = {}
    cleaned: dict = {}
    allow_local = settings.HEALER_ALLOW_LOCAL_REPOS if allow_local is None else allow_local
    try:
        source = repo_source_parse(
            repo_url, allow_local=allow_local, allow_http=settings.HEALER_ALLOW_HTTP_REPOS
        )
        cleaned["repo_url"] = source.url
    except SourceError as exc:
        errors["repo_url"] = str(exc)
    team_name = " ".join((team_name or "").split())
    leader_name = " ".join((leader_name or "").split())
    for field, value, label in (
        ("team_name", team_name, "team name"),
        ("leader_name", leader_name, "leader name"),
    ):
        if not value:
            errors[field] = f"Enter the {label}."
        elif len(value) > 100:
            errors[field] = f"The {label} is too long (100 characters at most)."
    if "team_name" not in errors and "leader_name" not in errors:
        try:
            cleaned["branch"] = branch_name(team_name=team_name, leader_name=leader_name)
        except ValueError as exc:
            field = "team_name" if "team name" in str(exc) else "leader_name"
            errors[field] = str(exc)[0].upper() + str(exc)[1:] + "."
    if retry_limit is None:
        retry_limit = settings.HEALER_DEFAULT_RETRIES
    if (
        not isinstance(retry_limit, int)
        or isinstance(retry_limit, bool)
        or not (1 <= retry_limit <= settings.HEALER_MAX_RETRIES)
    ):
        errors["retry_limit"] = (
            f"The retry limit must be a whole number from 1 to {settings.HEALER_MAX_RETRIES}."
        )
    if errors:
        raise ValidationError(errors)
    cleaned.update(team_name=team_name, leader_name=leader_name, retry_limit=retry_limit)
    return cleaned


def run_create(
    *,
    repo_url: str,
    team_name: str,
    leader_name: str,
    retry_limit: int | None = None,
    created_by: AbstractBaseUser | None = None,
    allow_local: bool | None = None,
    enqueue: bool = True,
) -> Run:
    """Validate and store a QUEUED run; enqueue its execution once the row is committed.

    Invalid input raises ValidationError and writes nothing.
    """
    cleaned = run_validate(
        repo_url=repo_url,
        team_name=team_name,
        leader_name=leader_name,
        retry_limit=retry_limit,
        allow_local=allow_local,
    )
    user = created_by if created_by is not None and created_by.is_authenticated else None
    with transaction.atomic():
        existing = team_find(name=cleaned["team_name"])
        if (
            existing is not None
            and user is not None
            and not user.is_staff
            and not existing.members.filter(pk=user.pk).exists()
        ):
            # Joining a team by naming it would expose its runs: membership is granted, not claimed.
            raise ValidationError({"team_name": f"You are not a member of team {existing.name}."})
        team = team_get_or_create(name=cleaned["team_name"], leader_name=cleaned["leader_name"])
        if user is not None and existing is None:
            team.members.add(user)
        run = Run.objects.create(
            team=team,
            leader_name=cleaned["leader_name"],
            repo_url=cleaned["repo_url"],
            branch=cleaned["branch"],
            retry_limit=cleaned["retry_limit"],
            created_by=user,
            status=RunStatus.QUEUED,
            current_step="Waiting for a worker",
        )
        if enqueue:
            run_id = run.pk
            transaction.on_commit(lambda: run_enqueue(run_id=run_id))
    return run


def run_enqueue(*, run_id: int) -> str:
    """Hand the run to django-q2; the task only calls run_execute."""
    from django_q.tasks import async_task

    return async_task("runs.tasks.execute_run", run_id, task_name=f"run-{run_id}", group="runs")


def run_cancel(*, run: Run) -> Run:
    """Cancel a queued run at once; ask a running one to stop at its next step."""
    with transaction.atomic():
        run = Run.objects.select_for_update().get(pk=run.pk)
        if run.status not in ACTIVE_STATUSES:
            raise ValidationError(f"Run {run.pk} has already finished ({run.get_status_display()}).")
        run.cancel_requested = True
        fields = ["cancel_requested"]
        if run.status == RunStatus.QUEUED:
            now = timezone.now()
            run.status = RunStatus.CANCELLED
            run.finished_at = now
            run.current_step = "Cancelled before it started"
            fields += ["status", "finished_at", "current_step"]
        else:
            run.current_step = "Cancelling..."
            fields.append("current_step")
        run.save(update_fields=fields)
    return run


from runs.execution import run_execute  # noqa: E402  (re-export: the execute service)

__all__ = ["run_cancel", "run_create", "run_enqueue", "run_execute", "run_validate", "team_get_or_create"]


def token_get_or_create(*, user: AbstractBaseUser) -> str:
    """The user's API token (created on first request); see POST /api/auth/token/."""
    from rest_framework.authtoken.models import Token

    token, _created = Token.objects.get_or_create(user=user)
    return token.key
