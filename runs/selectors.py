"""Reads: queries and derived views of runs, kept out of views and services."""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db.models import Case, Count, F, OuterRef, Prefetch, Q, QuerySet, Subquery, Sum, When
from django.db.models.functions import Greatest, Length, Lower
from django.utils import timezone

from healer.engine.formatting import branch_part
from healer.links import http_url
from runs.models import (
    ACTIVE_STATUSES,
    LOG_FULL_CHARS,
    LOG_FULL_CUT,
    SCORED_STATUSES,
    Fix,
    FixStatus,
    FixWithdrawal,
    IterationStatus,
    Run,
    RunLogChunk,
    RunStatus,
    Team,
)


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def run_with_counts(queryset: QuerySet[Run] | None = None) -> QuerySet[Run]:
    """Runs annotated with failure and fix totals.

    Fixes are counted from Fix rows (written as each fix is committed). Failures are the
    Fix rows too (one per failure, fixed or not) once the run is over; while it runs, the
    failures its latest check still reports have no row yet, so the live counter
    (Run.failures_detected) counts them.
    """
    queryset = Run.objects.all() if queryset is None else queryset
    recorded = Count("fixes", distinct=True)
    return queryset.select_related("team").annotate(
        total_failures=Case(
            When(status__in=ACTIVE_STATUSES, then=Greatest(F("failures_detected"), recorded)),
            default=recorded,
        ),
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
    """The agent's commits on the run's branch: each kept fix's, and each withdrawn fix's own
    commit and its revert (both stay in the branch's history, so both count for the score)."""
    shas = set(Fix.objects.filter(run=run).exclude(commit_sha="").values_list("commit_sha", flat=True))
    for commit_sha, revert_sha in FixWithdrawal.objects.filter(run=run).values_list(
        "commit_sha", "revert_sha"
    ):
        shas.update(sha for sha in (commit_sha, revert_sha) if sha)
    return len(shas)


def run_fixed_count(*, run: Run) -> int:
    """Fixes committed so far (Fix rows are written as each fix is committed)."""
    return Fix.objects.filter(run=run, status=FixStatus.FIXED).count()


def run_log_size(*, run_id: int) -> int:
    """Characters of the run's full log stored so far."""
    return RunLogChunk.objects.filter(run_id=run_id).aggregate(size=Sum(Length("text")))["size"] or 0


def run_log_text(*, run: Run) -> str:
    """The run's full log (the download): its chunks, and when it outgrew its cap, the live tail."""
    text = "".join(RunLogChunk.objects.filter(run=run).order_by("id").values_list("text", flat=True))
    if not text:
        return run.log_tail  # runs from before the full log was kept
    if len(text) >= LOG_FULL_CHARS:
        text += "\n" + LOG_FULL_CUT.format(chars=LOG_FULL_CHARS) + "\n" + run.log_tail
    return text


def run_results(*, run: Run) -> dict:
    """The results.json document of docs/ARCHITECTURE.md for one run.

    A run that was not scored (ERROR, CANCELLED) has None score parts and an `error`
    saying why it stopped; the timeline lists finished iterations.
    """
    fixes = list(run.fixes.order_by("id"))
    iterations = list(run.iterations.order_by("number"))
    document = {
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
            "base": run.score_base if run.is_scored else None,
            "speed_bonus": run.score_speed_bonus if run.is_scored else None,
            "efficiency_penalty": run.score_efficiency_penalty if run.is_scored else None,
            "total": run.score_total if run.is_scored else None,
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
            if it.status != IterationStatus.RUNNING
        ],
    }
    if run.status in (RunStatus.ERROR, RunStatus.CANCELLED):
        document["error"] = run_error_text(run=run)
    return document


def run_error_text(*, run: Run) -> str:
    """Why an unscored run stopped, in words (its error, else its stop reason)."""
    return run.error_message or run.get_stop_reason_display() or run.get_status_display()


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
    runs_count: int  # all runs of the team, as on its page (team_runs_count)
    tied_with: tuple[str, ...]  # names of teams sharing this rank (same pass, score and time)
    tie_first: bool = False  # the first row of a tie group: the page names the group there, once


LEADERBOARD_STATUSES = SCORED_STATUSES


def team_runs_count() -> Count:
    """The one count of a team's runs (all of them, in any status) that every page and the API show."""
    return Count("runs", distinct=True)


def _best_run_order() -> tuple:
    return (
        Case(When(status=RunStatus.PASSED, then=0), default=1),
        "-score_total",
        "duration_seconds",
        "finished_at",
    )


def leaderboard(*, limit: int | None = None) -> list[LeaderboardRow]:
    """Teams ranked by their best run: passing runs first, then score, then fastest time.

    Only scored runs count (PASSED or FAILED: they ran their checks to an end); a run
    stopped by an error or cancelled has no score. Teams whose best runs agree on all
    three keys (time to the tenth of a second) share a rank, and each row names the
    teams it is tied with.
    """
    ranked = Run.objects.filter(status__in=LEADERBOARD_STATUSES, score_total__isnull=False)
    best = ranked.filter(team=OuterRef("pk")).order_by(*_best_run_order())
    teams = (
        Team.objects.annotate(best_run_id=Subquery(best.values("pk")[:1]), runs_count=team_runs_count())
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
        follows_tie = bool(rows) and key(teams[position - 2]) == key(team)
        rows.append(
            LeaderboardRow(
                rank=rows[-1].rank if follows_tie else position,
                team=team,
                best_run=run,
                passed=run.status == RunStatus.PASSED,
                score=run.score_total,
                duration_seconds=run.duration_seconds or 0.0,
                runs_count=team.runs_count,
                tied_with=tuple(same),
                tie_first=bool(same) and not follows_tie,
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


def run_withdrawals(*, run: Run) -> QuerySet[FixWithdrawal]:
    """The fixes the engine committed and then took back, in the order it took them back."""
    return run.withdrawals.select_related("iteration").order_by("id")


def team_best_run(*, team: Team) -> Run | None:
    """The run that ranks the team on the leaderboard (same order as leaderboard())."""
    return (
        Run.objects.filter(team=team, status__in=LEADERBOARD_STATUSES, score_total__isnull=False)
        .order_by(*_best_run_order())
        .first()
    )


def team_run_count(*, team: Team) -> int:
    """All runs of the team: the number its page, the team list, the API and the leaderboard show."""
    return Team.objects.filter(pk=team.pk).annotate(runs_count=team_runs_count()).get().runs_count


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
            runs_count=team_runs_count(),
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


# --- Links to the run's branch and commits on its Git host -------------------------

# Web addresses of a branch and of a commit on the hosts Healer knows, from the repository's
# address ("{base}" is https://host/owner/name). Any other host gets no links (the branch name
# is still shown): guessing a self-hosted server's layout would give dead or wrong links.
GIT_HOST_PAGES = {
    "github.com": ("{base}/tree/{branch}", "{base}/commit/{sha}"),
    "gitlab.com": ("{base}/-/tree/{branch}", "{base}/-/commit/{sha}"),
    "bitbucket.org": ("{base}/src/{branch}", "{base}/commits/{sha}"),
    "codeberg.org": ("{base}/src/branch/{branch}", "{base}/commit/{sha}"),
}


@dataclass(frozen=True)
class RunLinks:
    branch_url: str = ""  # "" when the branch is not pushed or the host is not known
    commit_url: str = ""  # with "{sha}" to fill in; "" likewise
    pull_request_url: str = ""

    def commit(self, sha: str) -> str:
        return self.commit_url.replace("{sha}", sha) if self.commit_url and sha else ""


def repo_web_base(*, repo_url: str) -> tuple[str, str] | None:
    """(host, https://host/owner/name) of a repository on a known host, else None (local paths too)."""
    if not http_url(repo_url):
        return None
    parts = urllib.parse.urlsplit(repo_url)
    host = (parts.hostname or "").lower()
    path = parts.path.strip("/")
    path = path[: -len(".git")] if path.endswith(".git") else path
    segments = [segment for segment in path.split("/") if segment]
    # GitLab has groups within groups; the others are exactly owner/name.
    if host not in GIT_HOST_PAGES or len(segments) < 2 or (host != "gitlab.com" and len(segments) != 2):
        return None
    if any(segment in (".", "..") for segment in segments):
        return None
    return host, "https://" + host + "/" + "/".join(urllib.parse.quote(s, safe="") for s in segments)


def run_links(*, run: Run, pull_request_url: str = "") -> RunLinks:
    """Links to the run's pushed branch, its commits and its pull request (http(s) only)."""
    known = repo_web_base(repo_url=run.repo_url)
    if known is None or not run.pushed:
        return RunLinks(pull_request_url=http_url(pull_request_url))
    host, base = known
    branch_page, commit_page = GIT_HOST_PAGES[host]
    return RunLinks(
        branch_url=branch_page.format(base=base, branch=urllib.parse.quote(run.branch, safe="")),
        commit_url=commit_page.replace("{base}", base),
        pull_request_url=http_url(pull_request_url),
    )


# --- Is a worker there to take a queued run? -----------------------------------------

# How long a queued run may wait before the page says why (a free worker takes it in about a second).
QUEUE_GRACE_SECONDS = 5


def workers_alive() -> bool:
    """Whether a django-q2 cluster is running, or a worker is busy with a run right now.

    A cluster saves its status (Stat) through the broker every second or so, and it
    expires after three: none listed means none ran lately. A worker busy with a long
    run is also known by that run's heartbeat (written every 10 s), which holds even
    where the broker keeps the status in a cache this process cannot see.
    """
    from django_q.conf import Conf
    from django_q.status import Stat

    try:
        stats = Stat.get_all()
    except Exception:  # an unreachable broker: the heartbeats below still tell
        stats = []
    if any(getattr(stat, "status", Conf.STOPPED) != Conf.STOPPED for stat in stats):
        return True
    fresh = timezone.now() - timedelta(seconds=settings.HEALER_RUN_STALE_AFTER)
    return Run.objects.filter(status=RunStatus.RUNNING, heartbeat_at__gte=fresh).exists()


def run_queue_wait(*, run: Run) -> str:
    """For a run still queued after QUEUE_GRACE_SECONDS: "no-worker" or "busy"; else ""."""
    if run.status != RunStatus.QUEUED or settings.Q_CLUSTER.get("sync"):
        return ""
    if (timezone.now() - run.created_at).total_seconds() < QUEUE_GRACE_SECONDS:
        return ""
    return "busy" if workers_alive() else "no-worker"
