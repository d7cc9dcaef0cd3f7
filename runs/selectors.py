"""Reads: queries and derived views of runs, kept out of views and services."""

from __future__ import annotations

from django.db.models import Count, Q, QuerySet

from runs.models import Fix, FixStatus, Run


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def run_with_counts(queryset: QuerySet[Run] | None = None) -> QuerySet[Run]:
    """Runs annotated with failure and fix totals (derived from Fix rows, never stored twice)."""
    queryset = Run.objects.all() if queryset is None else queryset
    return queryset.select_related("team").annotate(
        total_failures=Count("fixes", distinct=True),
        total_fixes=Count("fixes", filter=Q(fixes__status=FixStatus.FIXED), distinct=True),
    )


def run_commit_count(*, run: Run) -> int:
    return Fix.objects.filter(run=run).exclude(commit_sha="").values("commit_sha").distinct().count()


def run_results(*, run: Run) -> dict:
    """The results.json document of DESIGN.md for one run."""
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
