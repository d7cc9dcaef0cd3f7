"""Admin: runs, iterations and fixes are history, so they are shown read-only."""

from __future__ import annotations

from django.contrib import admin

from runs.models import Fix, Iteration, Run, Team


class ReadOnlyAdminMixin:
    """History must not be edited by hand: it would falsify what the agent did."""

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


@admin.register(Team)
class TeamAdmin(admin.ModelAdmin):
    list_display = ("name", "leader_name", "created_at")
    search_fields = ("name", "leader_name")
    filter_horizontal = ("members",)


class IterationInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = Iteration
    extra = 0
    fields = ("number", "status", "passed", "failed", "lint_findings", "started_at", "finished_at")
    readonly_fields = fields
    show_change_link = True

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


class FixInline(ReadOnlyAdminMixin, admin.TabularInline):
    model = Fix
    extra = 0
    fields = ("iteration", "bug_type", "file", "line", "status", "commit_sha")
    readonly_fields = fields
    show_change_link = True

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
        "score_total",
        "duration_seconds",
        "created_at",
    )
    list_filter = ("status", "team", "created_at")
    search_fields = ("repo_url", "team__name", "leader_name", "branch")
    list_select_related = ("team",)
    date_hierarchy = "created_at"
    inlines = [IterationInline, FixInline]


@admin.register(Iteration)
class IterationAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("run", "number", "status", "passed", "failed", "lint_findings", "finished_at")
    list_filter = ("status",)
    search_fields = ("run__team__name", "run__repo_url")
    list_select_related = ("run", "run__team")


@admin.register(Fix)
class FixAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    list_display = ("run", "bug_type", "file", "line", "status", "commit_sha")
    list_filter = ("bug_type", "status")
    search_fields = ("file", "description", "commit_sha", "run__team__name")
    list_select_related = ("run", "run__team")
