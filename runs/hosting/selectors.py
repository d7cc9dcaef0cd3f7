"""Reads of the hosting app: which credential and configuration apply, what CI was seen."""

from __future__ import annotations

from django.conf import settings
from django.db.models import QuerySet
from django.db.models.functions import Lower

from runs.hosting.base import CIState, repo_ref_parse
from runs.hosting.models import CIObservation, Credential, RepositoryLink, RunHosting
from runs.models import FixStatus, Run, Team
from runs.selectors import run_error_text

PULL_REQUEST_BODY_LIMIT = 60_000  # GitHub refuses bodies over 65,536 characters


def credential_eligible(*, credential: Credential, team: Team | None, host: str, full_name: str) -> bool:
    """May a run of `team` on host/full_name use this credential?

    A team's credential serves its own team only; an installation-wide one only
    the owners and repositories its allow-list names. So a run never reads a
    repository with a token its team was not given, whichever repository it names.
    """
    if credential.host != host.lower():
        return False
    if credential.team_id is not None:
        return team is not None and credential.team_id == team.pk
    return credential.allows(full_name)


def credential_for(*, team: Team | None, host: str, full_name: str) -> Credential | None:
    """The team's own credential for host, else the installation's when it allows the repository."""
    host = host.lower()
    if team is not None:
        own = Credential.objects.filter(team=team, host=host).first()
        if own is not None:
            return own
    shared = Credential.objects.filter(team__isnull=True, host=host).first()
    if shared is not None and credential_eligible(
        credential=shared, team=team, host=host, full_name=full_name
    ):
        return shared
    return None


def repository_link_foreign(*, repo_url: str, team_name: str) -> RepositoryLink | None:
    """The link of this repository when it belongs to a team other than `team_name` (case-insensitive)."""
    ref = repo_ref_parse(repo_url)
    if ref is None:
        return None
    link = repository_link_find(host=ref.host, full_name=ref.full_name)
    if link is None or link.team.name.lower() == team_name.lower():
        return None
    return link


def repository_link_find(*, host: str, full_name: str) -> RepositoryLink | None:
    return (
        RepositoryLink.objects.select_related("team", "credential")
        .annotate(lname=Lower("full_name"))
        .filter(host=host.lower(), lname=full_name.lower())
        .first()
    )


def run_hosting_get(*, run: Run) -> RunHosting | None:
    return RunHosting.objects.select_related("repository", "credential").filter(run=run).first()


def ci_observations(*, run: Run) -> QuerySet[CIObservation]:
    """The run's CI timeline, oldest first (for the dashboard and the API)."""
    return CIObservation.objects.filter(run=run).select_related("iteration").order_by("observed_at", "id")


def ci_state_latest(*, run: Run, sha: str) -> str:
    """The last summary state known for a commit: SUCCESS/FAILURE/... or "" when none was seen."""
    observations = list(CIObservation.objects.filter(run=run, head_sha=sha).order_by("observed_at", "id"))
    if not observations:
        return ""
    summaries = [o for o in observations if o.kind == "summary"]
    if summaries:
        return summaries[-1].state
    latest: dict[tuple[str, str], str] = {}
    for observation in observations:
        latest[(observation.kind, observation.external_id)] = observation.state
    states = set(latest.values())
    for state in (CIState.PENDING, CIState.FAILURE, CIState.SUCCESS):
        if state in states:
            return state
    return observations[-1].state


def pull_request_body(*, run: Run, final: bool) -> str:
    """Markdown for the pull request: the fix lines, the score and a link back to the run."""
    fixes = list(run.fixes.order_by("id"))
    fixed = [fix.description for fix in fixes if fix.status == FixStatus.FIXED]
    failed = [fix.description for fix in fixes if fix.status != FixStatus.FIXED]
    link = f"{settings.SITE_URL}{run.get_absolute_url()}"
    lines = [
        f"Healer healed `{run.branch}` automatically. Every commit on this branch starts with `[AI-AGENT]`, "
        "and each fix was validated by re-running the repository's checks in Healer's sandbox.",
        "",
        f"### Fixes ({len(fixed)})",
        *([f"- {line}" for line in fixed] or ["- (none yet)"]),
    ]
    if failed:
        lines += ["", f"### Not fixed ({len(failed)})", *[f"- {line}" for line in failed]]
    lines.append("")
    if final and run.is_scored and run.score_total is not None:
        lines.append(
            f"**Score:** {run.score_total} (base {run.score_base}, speed bonus +{run.score_speed_bonus}, "
            f"efficiency penalty −{run.score_efficiency_penalty})"
        )
        lines.append(f"**Final status:** {run.final_status}")
        if run.stop_reason:
            lines.append(f"**Stopped because:** {run.get_stop_reason_display()}")
    elif final:
        # ERROR and CANCELLED runs did not run their checks to an end: not scored (docs/ARCHITECTURE.md).
        lines.append(f"**Not scored:** {run_error_text(run=run)}")
        lines.append(f"**Final status:** {run.final_status}")
    else:
        lines.append("**Score:** computed when the run finishes (this description is updated then).")
    if run.head_sha:
        state = ci_state_latest(run=run, sha=run.head_sha)
        if state:
            lines.append(f"**Remote CI on {run.head_sha[:12]}:** {CIState(state).label}")
    lines += ["", f"Run #{run.pk} on Healer: {link}"]
    body = "\n".join(lines)
    if len(body) > PULL_REQUEST_BODY_LIMIT:
        body = body[: PULL_REQUEST_BODY_LIMIT - 200] + f"\n\n… (truncated; all fixes: {link})"
    return body
