"""Reads: queries and derived views of runs, kept out of views and services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth import get_user_model
from django.db.models import Case, Count, OuterRef, Prefetch, Q, QuerySet, Subquery, When
from django.db.models.functions import Lower

from healer.engine.formatting import branch_part
from runs.models import Fix, FixStatus, Run, RunStatus, Team


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def run_with_counts(queryset: QuerySet[Run] | None = None) -> QuerySet[Run]:
    """Runs annotated with failure and fix totals (derived from Fix rows, never stored twice)."""
    queryset = Run.objects.all() if queryset is None else queryset
    return queryset.select_related("team").annotate(
        total_failures=Count("fixes", distinct=True),
        total_fixes=Count("fixes", filter=Q(fixes__status=FixStatus.FIXED), distinct=True),
    )


def team_find(*, name: str) -> Team | None:
    return Team.objects.annotate(lname=Lower("name")).filter(lname=name.lower()).first()


def team_branch_clash(*, name: str) -> Team | None:
    """Another team whose name gives the same branch half as `name` (None when `name` is free or its own)."""
    key = branch_part(name)
    clash = Team.objects.filter(branch_key=key).first()
    if clash is None or clash.name.lower() == name.lower():
        return None
    return clash


def run_find(*, run_id: int) -> Run | None:
    return Run.objects.filter(pk=run_id).first()


def run_cancel_requested(*, run_id: int) -> bool:
    """Whether someone asked the run to stop (polled by the worker that executes it)."""
    return Run.objects.filter(pk=run_id, cancel_requested=True).exists()


def run_commit_count(*, run: Run) -> int:
    return Fix.objects.filter(run=run).exclude(commit_sha="").values("commit_sha").distinct().count()


def run_results(*, run: Run) -> dict:
    """The results.json document of docs/ARCHITECTURE.md for one run."""
    fixes = list(run.fixes.order_by("id"))
    iterations = list(run.iterations.order_by("number"))
    return {
        "repo_url": run.repo_url,
        "team_name": run.team.name,
        "leader_name": run.leader_name,
        "branch": run.branch,
        "total_failures": len(fixes),
        "total_fixes": sum(1 for fix in fixes if fix.status == FixStatus.FIXED),
        "final_status": run.final_status,
        "started_at": _iso(run.started_at),
        "finished_at": _iso(run.finished_at),
        "duration_seconds": round(run.duration_seconds, 1) if run.duration_seconds is not None else None,
        "iterations_used": len(iterations),
        "retry_limit": run.retry_limit,
        "score": {
            "base": run.score_base,
            "speed_bonus": run.score_speed_bonus,
            "efficiency_penalty": run.score_efficiency_penalty,
            "total": run.score_total,
        },
        "fixes": [
            {
                "file": fix.file,
                "bug_type": fix.bug_type,
                "line_number": fix.line,
                "description": fix.description,
                "commit_message": fix.commit_message,
                "status": fix.status,
            }
            for fix in fixes
        ],
        "timeline": [
            {
                "iteration": it.number,
                "status": it.status,
                "passed": it.passed,
                "failed": it.failed,
                "timestamp": _iso(it.finished_at),
            }
            for it in iterations
        ],
    }


def run_visible_to(*, user, queryset: QuerySet[Run] | None = None) -> QuerySet[Run]:
    """Runs a user may see: staff see all, members see their teams' runs, anonymous users none."""
    queryset = Run.objects.all() if queryset is None else queryset
    if user is None or not user.is_authenticated:
        return queryset.none()
    if user.is_staff:
        return queryset
    return queryset.filter(team__members=user)


def team_visible_to(*, user) -> QuerySet[Team]:
    if user is None or not user.is_authenticated:
        return Team.objects.none()
    if user.is_staff:
        return Team.objects.all()
    return Team.objects.filter(members=user)


def run_can_manage(*, user, run: Run) -> bool:
    """Start/cancel rights: staff, or a member of the run's team."""
    if user is None or not user.is_authenticated:
        return False
    return user.is_staff or run.team.members.filter(pk=user.pk).exists()


@dataclass(frozen=True)
class LeaderboardRow:
    rank: int
    team: Team
    best_run: Run
    passed: bool  # the best run passed its checks
    score: int
    duration_seconds: float
    runs_count: int
    tied_with: tuple[str, ...]  # names of teams sharing this rank (same pass, score and time)


LEADERBOARD_STATUSES = (RunStatus.PASSED, RunStatus.FAILED)


def leaderboard(*, limit: int | None = None) -> list[LeaderboardRow]:
    """Teams ranked by their best run: passing runs first, then score, then fastest time.

    Only runs that healed to an end (PASSED or FAILED) count: a run stopped by an error
    or cancelled has a score too (results.json always has one) but healed nothing.
    Teams whose best runs agree on all three keys (time to the tenth of a second) share
    a rank, and each row names the teams it is tied with.
    """
    ranked = Run.objects.filter(status__in=LEADERBOARD_STATUSES, score_total__isnull=False)
    best = ranked.filter(team=OuterRef("pk")).order_by(
        Case(When(status=RunStatus.PASSED, then=0), default=1),
        "-score_total",
        "duration_seconds",
        "finished_at",
    )
    teams = (
        Team.objects.annotate(
            best_run_id=Subquery(best.values("pk")[:1]),
            runs_count=Count("runs", filter=Q(runs__status__in=LEADERBOARD_STATUSES)),
        )
        .filter(best_run_id__isnull=False)
        .order_by()
    )
    teams = list(teams)
    runs = Run.objects.in_bulk([team.best_run_id for team in teams])

    def key(team: Team) -> tuple:
        run = runs[team.best_run_id]
        return (run.status != RunStatus.PASSED, -run.score_total, round(run.duration_seconds or 0.0, 1))

    teams.sort(key=lambda team: (key(team), team.name.lower()))
    rows: list[LeaderboardRow] = []
    for position, team in enumerate(teams, start=1):
        run = runs[team.best_run_id]
        same = [other.name for other in teams if other is not team and key(other) == key(team)]
        rank = rows[-1].rank if rows and key(teams[position - 2]) == key(team) else position
        rows.append(
            LeaderboardRow(
                rank=rank,
                team=team,
                best_run=run,
                passed=run.status == RunStatus.PASSED,
                score=run.score_total,
                duration_seconds=run.duration_seconds or 0.0,
                runs_count=team.runs_count,
                tied_with=tuple(same),
            )
        )
    return rows[:limit] if limit else rows


# --- Dashboard reads (web pages; the API may use them too) -------------------


def run_history(*, user, team_id: int | None = None, status: str | None = None) -> QuerySet[Run]:
    """Runs the user may see, newest first, with fix counts; optionally one team and one status."""
    queryset = run_visible_to(user=user, queryset=run_with_counts())
    if team_id is not None:
        queryset = queryset.filter(team_id=team_id)
    if status:
        queryset = queryset.filter(status=status)
    return queryset.order_by("-created_at", "-id")


def run_fixes(*, run: Run) -> QuerySet[Fix]:
    """A run's fixes in the order they were made, each with its iteration number at hand."""
    return run.fixes.select_related("iteration").order_by("id")


def team_best_run(*, team: Team) -> Run | None:
    """The run that ranks the team on the leaderboard (same order as leaderboard())."""
    return (
        Run.objects.filter(team=team, status__in=LEADERBOARD_STATUSES, score_total__isnull=False)
        .order_by(
            Case(When(status=RunStatus.PASSED, then=0), default=1),
            "-score_total",
            "duration_seconds",
            "finished_at",
        )
        .first()
    )


def team_members(*, team: Team) -> QuerySet:
    return team.members.order_by("username")


def team_list_for(*, user) -> QuerySet[Team]:
    """Teams the user may see, with their ranked-run count and best score (one query)."""
    from django.db.models import Max

    counted = Q(runs__status__in=LEADERBOARD_STATUSES)
    # Through a pk subquery: team_visible_to joins members to filter, and counting over that
    # join would count only the asking member.
    return (
        Team.objects.filter(pk__in=team_visible_to(user=user).values("pk"))
        .annotate(
            runs_count=Count("runs", distinct=True),
            best_score=Max("runs__score_total", filter=counted),
            members_count=Count("members", distinct=True),
        )
        .order_by("name")
    )


def run_timeline(*, run: Run) -> QuerySet:
    """A run's iterations in order, each with the number of fixes it committed."""
    return run.iterations.annotate(
        fixes_made=Count("fixes", filter=Q(fixes__status=FixStatus.FIXED))
    ).order_by("number")


# --- REST API reads (runs.api) ------------------------------------------------


def run_list_visible(*, user) -> QuerySet[Run]:
    """Runs the user may see, newest first, with fix counts, team and submitter (one query)."""
    return run_history(user=user).select_related("created_by")


def run_results_so_far(*, run: Run) -> dict:
    """results.json of any run, finished or not.

    A queued or running run has not decided its outcome: its final_status is None
    (instead of the "FAILED" that run_results reports for anything not PASSED), and
    finished_at, duration and score stay None until the run ends.
    """
    document = run_results(run=run)
    if run.is_active:
        document["final_status"] = None
    return document


def run_created_times(*, user, since: datetime) -> list[datetime]:
    """When `user` created runs at or after `since`, oldest first (the run-creation throttle)."""
    return list(
        Run.objects.filter(created_by=user, created_at__gte=since)
        .order_by("created_at")
        .values_list("created_at", flat=True)
    )


def team_list_with_members(*, user) -> QuerySet[Team]:
    """team_list_for with each team's members at hand, by username (two queries)."""
    members = get_user_model().objects.order_by("username")
    return team_list_for(user=user).prefetch_related(Prefetch("members", queryset=members))
