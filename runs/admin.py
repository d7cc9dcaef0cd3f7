"""Admin: runs, iterations and fixes are history, so they are shown read-only.

Times are shown in UTC with the zone named, durations in words, and logs, diffs
and errors in <pre> so that their indentation survives.
"""

from __future__ import annotations

from datetime import UTC, datetime

from django.contrib import admin
from django.utils.html import format_html

from runs.models import Fix, FixWithdrawal, Iteration, Run, Team
from runs.text import duration_text as duration


class ReadOnlyAdminMixin:
    """History must not be edited by hand: it would falsify what the agent did."""

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


def utc(value: datetime | None) -> str:
    """2026-01-05 14:03:07 UTC (the admin's own format names no zone)."""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC") if value else "—"


def pre(text: str) -> str:
    return format_html("<pre>{}</pre>", text or "")


@admin.register(Team)
class TeamAdmin(admin.ModelAdmin):
    list_display = ("name", "leader_name", "created_at")
    search_fields = ("name", "leader_name")
    filter_horizontal = ("members",)


class IterationInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = Iteration
    extra = 0
    fields = ("number", "status", "start_passed", "start_failed", "passed", "failed", "started", "took")
    readonly_fields = fields
    show_change_link = True

    def has_delete_permission(self, request, obj=None) -> bool:
        return False

    @admin.display(description="started")
    def started(self, obj: Iteration) -> str:
        return utc(obj.started_at)

    @admin.display(description="took")
    def took(self, obj: Iteration) -> str:
        return duration(obj.duration_seconds)


class FixInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = Fix
    extra = 0
    fields = ("iteration", "bug_type", "file", "line", "status", "commit_sha")
    readonly_fields = fields
    show_change_link = True

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


class FixWithdrawalInline(ReadOnlyAdminMixin, admin.TabularInline):
    """Fixes the agent took back: their commits are on the branch, so the history shows them."""

    model = FixWithdrawal
    extra = 0
    fields = ("iteration", "bug_type", "file", "line", "reason", "commit_sha", "revert_sha")
    readonly_fields = fields
    verbose_name = "fix taken back"
    verbose_name_plural = "fixes taken back (reverted by the agent)"

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Run)
class RunAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = (
        "id",
        "team",
        "leader_name",
        "repo_url",
        "status",
        "stop_reason",
        "score",
        "took",
        "created",
    )
    list_filter = ("status", "stop_reason", "team", "created_at")
    search_fields = ("repo_url", "team__name", "leader_name", "branch")
    list_select_related = ("team",)
    date_hierarchy = "created_at"
    inlines = [IterationInline, FixInline, FixWithdrawalInline]
    fieldsets = (
        (None, {"fields": ("team", "leader_name", "repo_url", "branch", "retry_limit", "created_by")}),
        (
            "Outcome",
            {
                "fields": (
                    "status",
                    "stop_reason",
                    "score",
                    "score_parts",
                    "failures_detected",
                    "tests_passed",
                    "tests_failed",
                    "error",
                    "pushed",
                    "head_sha",
                )
            },
        ),
        ("Times (UTC)", {"fields": ("created", "started", "finished", "took")}),
        (
            "Execution",
            {"fields": ("current_step", "worker", "heartbeat", "attempts", "execution", "cancel_requested")},
        ),
        ("Log (last lines)", {"fields": ("log",)}),
    )
    readonly_fields = (
        "score",
        "score_parts",
        "error",
        "created",
        "started",
        "finished",
        "took",
        "heartbeat",
        "execution",
        "log",
    )

    @admin.display(description="score")
    def score(self, obj: Run) -> str:
        if obj.is_active:
            return "—"
        if not obj.is_scored or obj.score_total is None:
            return "not scored"
        return f"{obj.score_total} (checks failing)" if obj.status == "FAILED" else str(obj.score_total)

    @admin.display(description="score parts")
    def score_parts(self, obj: Run) -> str:
        if not obj.is_scored or obj.score_total is None:
            return "—"
        return (
            f"base {obj.score_base}, speed bonus +{obj.score_speed_bonus}, "
            f"efficiency penalty −{obj.score_efficiency_penalty}"
        )

    @admin.display(description="took", ordering="duration_seconds")
    def took(self, obj: Run) -> str:
        return duration(obj.duration_seconds)

    @admin.display(description="created", ordering="created_at")
    def created(self, obj: Run) -> str:
        return utc(obj.created_at)

    @admin.display(description="started", ordering="started_at")
    def started(self, obj: Run) -> str:
        return utc(obj.started_at)

    @admin.display(description="finished", ordering="finished_at")
    def finished(self, obj: Run) -> str:
        return utc(obj.finished_at)

    @admin.display(description="last heartbeat")
    def heartbeat(self, obj: Run) -> str:
        return utc(obj.heartbeat_at)

    @admin.display(description="error")
    def error(self, obj: Run) -> str:
        return pre(obj.error_message) if obj.error_message else "—"

    @admin.display(description="log tail")
    def log(self, obj: Run) -> str:
        return pre(obj.log_tail)


@admin.register(Iteration)
class IterationAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("run", "number", "status", "passed", "failed", "lint_findings", "took", "finished")
    list_filter = ("status",)
    search_fields = ("run__team__name", "run__repo_url")
    list_select_related = ("run", "run__team")
    fields = (
        "run",
        "number",
        "status",
        "start_passed",
        "start_failed",
        "failures_found",
        "passed",
        "failed",
        "lint_findings",
        "started",
        "finished",
        "took",
        "log",
    )
    readonly_fields = ("started", "finished", "took", "log")

    @admin.display(description="took")
    def took(self, obj: Iteration) -> str:
        return duration(obj.duration_seconds)

    @admin.display(description="started", ordering="started_at")
    def started(self, obj: Iteration) -> str:
        return utc(obj.started_at)

    @admin.display(description="finished", ordering="finished_at")
    def finished(self, obj: Iteration) -> str:
        return utc(obj.finished_at)

    @admin.display(description="log excerpt")
    def log(self, obj: Iteration) -> str:
        return pre(obj.log_excerpt)


@admin.register(Fix)
class FixAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("run", "bug_type", "file", "line", "status", "commit_sha")
    list_filter = ("bug_type", "status")
    search_fields = ("file", "description", "commit_sha", "run__team__name")
    list_select_related = ("run", "run__team")
    fields = (
        "run",
        "iteration",
        "file",
        "line",
        "bug_type",
        "description",
        "status",
        "commit_sha",
        "commit_message",
        "created",
        "diff_text",
    )
    readonly_fields = ("created", "diff_text")

    @admin.display(description="created")
    def created(self, obj: Fix) -> str:
        return utc(obj.created_at)

    @admin.display(description="diff")
    def diff_text(self, obj: Fix) -> str:
        return pre(obj.diff)
