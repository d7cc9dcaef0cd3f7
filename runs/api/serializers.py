"""API representations. Input is checked twice: types and sizes here, meaning in run_create."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from healer.links import http_url
from runs.hosting.models import CIObservation
from runs.models import Fix, Iteration, Run, Team

# --- strict scalar fields ------------------------------------------------------
# DRF's CharField turns 42 into "42" and IntegerField accepts "5" and 5.0. The API
# promises JSON types in its schema, so a wrong type is a 400, not a guess.


class StrictCharField(serializers.CharField):
    default_error_messages = {
        "invalid": "Must be a string.",
        "invalid_text": "Must be valid Unicode text (no unpaired surrogates).",
    }

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        try:
            data.encode("utf-8")
        except UnicodeEncodeError:
            # "\ud800" is legal JSON but no database can store it.
            self.fail("invalid_text")
        return super().to_internal_value(data)


class StrictIntegerField(serializers.IntegerField):
    default_error_messages = {"invalid": "Must be a whole number (a JSON integer)."}

    def to_internal_value(self, data):
        if isinstance(data, bool) or not isinstance(data, int):
            self.fail("invalid")
        return super().to_internal_value(data)


# --- runs ------------------------------------------------------------------------


class RunCreateSerializer(serializers.Serializer):
    repo_url = StrictCharField(
        max_length=500,
        help_text="https:// URL of the Git repository to heal, e.g. https://github.com/acme/widgets",
    )
    team_name = StrictCharField(
        max_length=100,
        help_text="Your team (case-insensitive). A new name creates the team with you as its first member; "
        "an existing team must count you among its members.",
    )
    leader_name = StrictCharField(
        max_length=100, help_text="The team leader; with the team name it makes the branch name."
    )
    retry_limit = StrictIntegerField(
        required=False,
        min_value=1,
        max_value=settings.HEALER_MAX_RETRIES,
        help_text=f"Iterations at most (default {settings.HEALER_DEFAULT_RETRIES}).",
    )


class ScoreSerializer(serializers.Serializer):
    """The score parts; all null until the run has finished."""

    base = serializers.IntegerField(source="score_base", allow_null=True, read_only=True)
    speed_bonus = serializers.IntegerField(source="score_speed_bonus", allow_null=True, read_only=True)
    efficiency_penalty = serializers.IntegerField(
        source="score_efficiency_penalty", allow_null=True, read_only=True
    )
    total = serializers.IntegerField(source="score_total", allow_null=True, read_only=True)


class RunSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:run-detail", help_text="This run in the API.")
    web_url = serializers.HyperlinkedIdentityField(
        view_name="run-detail", help_text="This run's page on the dashboard (live progress)."
    )
    team_name = serializers.CharField(source="team.name", read_only=True)
    created_by = serializers.SlugRelatedField(
        slug_field="username",
        read_only=True,
        allow_null=True,
        help_text="Who started the run (null for runs started by the `heal` command).",
    )
    score = ScoreSerializer(source="*", read_only=True)
    total_failures = serializers.IntegerField(
        read_only=True, help_text="Failures found (one per fix attempt)."
    )
    total_fixes = serializers.IntegerField(read_only=True, help_text="Fixes that were committed.")
    iterations_url = serializers.HyperlinkedIdentityField(view_name="api:run-iterations")
    fixes_url = serializers.HyperlinkedIdentityField(view_name="api:run-fixes")
    results_url = serializers.HyperlinkedIdentityField(view_name="api:run-results")
    cancel_url = serializers.HyperlinkedIdentityField(view_name="api:run-cancel")

    class Meta:
        model = Run
        fields = [
            "id",
            "url",
            "web_url",
            "team",
            "team_name",
            "leader_name",
            "repo_url",
            "branch",
            "retry_limit",
            "status",
            "created_by",
            "created_at",
            "started_at",
            "finished_at",
            "duration_seconds",
            "score",
            "total_failures",
            "total_fixes",
            "current_step",
            "error_message",
            "cancel_requested",
            "pushed",
            "head_sha",
            "iterations_url",
            "fixes_url",
            "results_url",
            "cancel_url",
        ]
        read_only_fields = fields


class RunDetailSerializer(RunSerializer):
    """One run, with the tail of its log (left out of lists to keep them small)."""

    class Meta(RunSerializer.Meta):
        fields = [*RunSerializer.Meta.fields, "log_tail"]
        read_only_fields = fields


class IterationSerializer(serializers.ModelSerializer):
    fixes_made = serializers.IntegerField(read_only=True, help_text="Fixes committed in this iteration.")

    class Meta:
        model = Iteration
        fields = [
            "number",
            "status",
            "passed",
            "failed",
            "lint_findings",
            "fixes_made",
            "started_at",
            "finished_at",
            "log_excerpt",
        ]
        read_only_fields = fields


class HttpUrlField(serializers.URLField):
    """A stored link, shown only when it is http(s) (healer.links): a check run's
    details URL is whatever the app that made it said, `javascript:` included."""

    def to_representation(self, value) -> str:
        return http_url(value)


class CIObservationSerializer(serializers.ModelSerializer):
    url = HttpUrlField(
        read_only=True, help_text="The CI run or check on the Git host (http/https only, else empty)."
    )
    iteration = serializers.IntegerField(
        source="iteration.number",
        read_only=True,
        allow_null=True,
        help_text="The iteration whose push this status belongs to; null before the first iteration.",
    )

    class Meta:
        model = CIObservation
        fields = [
            "iteration",
            "head_sha",
            "kind",
            "name",
            "status",
            "conclusion",
            "state",
            "url",
            "failures_found",
            "note",
            "observed_at",
        ]
        read_only_fields = fields


class FixSerializer(serializers.ModelSerializer):
    iteration = serializers.IntegerField(source="iteration.number", read_only=True)
    line_number = serializers.IntegerField(source="line", read_only=True)
    description = serializers.CharField(
        read_only=True, help_text="The fix line: '{BUG_TYPE} error in {file} line {line} → Fix: {what}'."
    )

    class Meta:
        model = Fix
        fields = [
            "id",
            "iteration",
            "file",
            "line_number",
            "bug_type",
            "description",
            "status",
            "commit_sha",
            "commit_message",
            "diff",
            "created_at",
        ]
        read_only_fields = fields


# --- results.json (documentation only: the view returns run_results_so_far as is) ----


class ResultsScoreSerializer(serializers.Serializer):
    base = serializers.IntegerField(allow_null=True)
    speed_bonus = serializers.IntegerField(allow_null=True)
    efficiency_penalty = serializers.IntegerField(allow_null=True)
    total = serializers.IntegerField(allow_null=True)


class ResultsFixSerializer(serializers.Serializer):
    file = serializers.CharField()
    bug_type = serializers.ChoiceField(choices=Fix._meta.get_field("bug_type").choices)
    line_number = serializers.IntegerField()
    description = serializers.CharField()
    commit_message = serializers.CharField(allow_blank=True)
    status = serializers.ChoiceField(choices=Fix._meta.get_field("status").choices)


class ResultsTimelineSerializer(serializers.Serializer):
    iteration = serializers.IntegerField()
    status = serializers.ChoiceField(choices=Iteration._meta.get_field("status").choices)
    passed = serializers.IntegerField()
    failed = serializers.IntegerField()
    timestamp = serializers.DateTimeField(allow_null=True)


class ResultsSerializer(serializers.Serializer):
    """The results.json document of docs/ARCHITECTURE.md.

    final_status is PASSED or FAILED once the run has finished (ERROR and CANCELLED
    runs report FAILED) and null while it is queued or running.
    """

    repo_url = serializers.CharField()
    team_name = serializers.CharField()
    leader_name = serializers.CharField()
    branch = serializers.CharField()
    total_failures = serializers.IntegerField()
    total_fixes = serializers.IntegerField()
    final_status = serializers.ChoiceField(choices=["PASSED", "FAILED"], allow_null=True)
    started_at = serializers.DateTimeField(allow_null=True)
    finished_at = serializers.DateTimeField(allow_null=True)
    duration_seconds = serializers.FloatField(allow_null=True)
    iterations_used = serializers.IntegerField()
    retry_limit = serializers.IntegerField()
    score = ResultsScoreSerializer()
    fixes = ResultsFixSerializer(many=True)
    timeline = ResultsTimelineSerializer(many=True)


# --- teams and the leaderboard ------------------------------------------------------


class TeamSerializer(serializers.ModelSerializer):
    url = serializers.HyperlinkedIdentityField(view_name="api:team-detail")
    web_url = serializers.HyperlinkedIdentityField(view_name="team-detail", help_text="The team's page.")
    members = serializers.SlugRelatedField(
        slug_field="username", many=True, read_only=True, help_text="Usernames that see and act on its runs."
    )
    runs_count = serializers.IntegerField(read_only=True, help_text="All runs of the team, in any status.")
    best_score = serializers.IntegerField(
        read_only=True, allow_null=True, help_text="Best score of a finished (PASSED or FAILED) run."
    )
    runs_url = serializers.SerializerMethodField(help_text="This team's runs.")

    class Meta:
        model = Team
        fields = [
            "id",
            "url",
            "web_url",
            "name",
            "leader_name",
            "created_at",
            "members",
            "runs_count",
            "best_score",
            "runs_url",
        ]
        read_only_fields = fields

    @extend_schema_field(OpenApiTypes.URI)
    def get_runs_url(self, team: Team) -> str:
        runs = reverse("api:runs")
        return self.context["request"].build_absolute_uri(f"{runs}?team={team.pk}")


class LeaderboardRowSerializer(serializers.Serializer):
    """One team's standing: its best finished run (PASSED first, then score, then time)."""

    rank = serializers.IntegerField()
    team_id = serializers.IntegerField(source="team.pk")
    team_name = serializers.CharField(source="team.name")
    leader_name = serializers.CharField(source="team.leader_name")
    passed = serializers.BooleanField(help_text="The best run passed all checks.")
    score = serializers.IntegerField()
    duration_seconds = serializers.FloatField()
    runs_count = serializers.IntegerField(help_text="Finished (PASSED or FAILED) runs of the team.")
    tied_with = serializers.ListField(child=serializers.CharField(), help_text="Teams sharing this rank.")
    finished_at = serializers.DateTimeField(source="best_run.finished_at", allow_null=True)


class TokenRequestSerializer(serializers.Serializer):
    username = StrictCharField(max_length=150)
    password = StrictCharField(max_length=4096, trim_whitespace=False, style={"input_type": "password"})


class TokenSerializer(serializers.Serializer):
    token = serializers.CharField(help_text='Send it as the header "Authorization: Token <token>".')


class DetailSerializer(serializers.Serializer):
    """Error body of every non-validation error (401, 403, 404, 405, 409, 413, 415, 429)."""

    detail = serializers.CharField()
