"""API representations. Input is checked twice: types and sizes here, meaning in run_create."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from healer.links import http_url
from runs.hosting.models import CIObservation
from runs.models import Fix, FixStatus, Iteration, Run, StopReason, Team, WithdrawalReason
from runs.selectors import RunLinks, run_links

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


class StrictSerializer(serializers.Serializer):
    """A request body whose every field must be known: `{"retries": 3}` is a 400 naming
    "retries", never a run with the default retry limit."""

    def to_internal_value(self, data):
        known = set(self.fields)
        unknown = sorted(str(name) for name in data if name not in known) if isinstance(data, dict) else []
        expected = ", ".join(sorted(known)) or "no fields"
        errors = {name: [f"Unknown field: this endpoint takes {expected}."] for name in unknown}
        try:
            value = super().to_internal_value(data)
        except serializers.ValidationError as exc:
            # Every problem in one answer: the unknown fields beside the known fields' errors.
            if isinstance(exc.detail, dict):
                raise serializers.ValidationError({**exc.detail, **errors}) from None
            raise
        if errors:
            raise serializers.ValidationError(errors)
        return value


class EmptyBodySerializer(StrictSerializer):
    """The body of an action that takes none: empty, or an empty JSON object."""


# --- runs ------------------------------------------------------------------------


class RunCreateSerializer(StrictSerializer):
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
        help_text=(
            "Check-and-fix iterations at most: each runs the checks, commits a fix for every failure "
            "it can and re-validates them; 1 to "
            f"{settings.HEALER_MAX_RETRIES} (default {settings.HEALER_DEFAULT_RETRIES})."
        ),
    )


class ScoreSerializer(serializers.Serializer):
    """The score parts: all null until the run has finished, and for good when it was not
    scored (ERROR, CANCELLED: only runs that ran their checks to an end are scored)."""

    base = serializers.IntegerField(source="score_base", allow_null=True, read_only=True)
    speed_bonus = serializers.IntegerField(source="score_speed_bonus", allow_null=True, read_only=True)
    efficiency_penalty = serializers.IntegerField(
        source="score_efficiency_penalty", allow_null=True, read_only=True
    )
    total = serializers.IntegerField(source="score_total", allow_null=True, read_only=True)

    def to_representation(self, run: Run) -> dict:
        data = super().to_representation(run)
        return data if run.is_scored else dict.fromkeys(data)


NULLABLE_URL = serializers.URLField(allow_null=True, read_only=True)


def _run_links(run: Run) -> RunLinks:
    """The run's links (cached on the object: several fields read them)."""
    if not hasattr(run, "_links"):
        try:
            pull_request = run.hosting.pull_request_url  # the Git hosting plug-in's row, if any
        except ObjectDoesNotExist:
            pull_request = ""
        run._links = run_links(run=run, pull_request_url=pull_request)
    return run._links


class RunLinksSerializer(serializers.Serializer):
    """Web pages of the run's pushed branch and its pull request on the Git host (null when
    unknown: not pushed, a local repository, or a host Healer has no page layout for)."""

    branch = serializers.SerializerMethodField()
    pull_request = serializers.SerializerMethodField()

    @extend_schema_field(NULLABLE_URL)
    def get_branch(self, run: Run) -> str | None:
        return _run_links(run).branch_url or None

    @extend_schema_field(NULLABLE_URL)
    def get_pull_request(self, run: Run) -> str | None:
        return _run_links(run).pull_request_url or None


class CommitSerializer(serializers.Serializer):
    sha = serializers.CharField(source="commit_sha")
    message = serializers.CharField(source="commit_message")
    url = serializers.SerializerMethodField(
        help_text="The commit's page on the Git host (null when unknown)."
    )

    @extend_schema_field(NULLABLE_URL)
    def get_url(self, fix: Fix) -> str | None:
        return _run_links(fix.run).commit(fix.commit_sha) or None


class WithdrawalSerializer(serializers.Serializer):
    """A fix the agent committed and then reverted with a commit of its own: not counted as a fix,
    but both commits are on the branch."""

    file = serializers.CharField()
    line = serializers.IntegerField()
    bug_type = serializers.CharField()
    description = serializers.CharField(help_text="The fix line it was reported with while it stood.")
    commit_sha = serializers.CharField(help_text="The fix's own commit (empty when unknown).")
    revert_sha = serializers.CharField(help_text="The commit that reverted it.")
    revert_message = serializers.CharField()
    reason = serializers.ChoiceField(choices=WithdrawalReason.choices)
    reason_text = serializers.CharField(source="get_reason_display")


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
        read_only=True,
        help_text="Failures detected so far (updated after every check; one per fix attempt once the run ends).",
    )
    total_fixes = serializers.IntegerField(read_only=True, help_text="Fixes committed so far.")
    tests_passed = serializers.IntegerField(
        read_only=True,
        allow_null=True,
        help_text="Tests passing in the latest check (null before the first).",
    )
    tests_failed = serializers.IntegerField(
        read_only=True,
        allow_null=True,
        help_text="Tests failing in the latest check (null before the first).",
    )
    stop_reason = serializers.ChoiceField(
        choices=StopReason.choices,
        read_only=True,
        allow_blank=True,
        help_text="Why the run stopped (empty while it runs, and for FAILED runs from before it was recorded).",
    )
    stop_reason_text = serializers.CharField(source="get_stop_reason_display", read_only=True)
    links = RunLinksSerializer(source="*", read_only=True)
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
            "tests_passed",
            "tests_failed",
            "current_step",
            "stop_reason",
            "stop_reason_text",
            "error_message",
            "cancel_requested",
            "pushed",
            "head_sha",
            "links",
            "iterations_url",
            "fixes_url",
            "results_url",
            "cancel_url",
        ]
        read_only_fields = fields


class RunDetailSerializer(RunSerializer):
    """One run, with its commits and the tail of its log (left out of lists to keep them small)."""

    commits = serializers.SerializerMethodField(help_text="The fixes' commits, oldest first.")
    withdrawals = serializers.SerializerMethodField(
        help_text="Fixes the agent committed and then reverted (not counted as fixes), oldest first."
    )

    class Meta(RunSerializer.Meta):
        fields = [*RunSerializer.Meta.fields, "commits", "withdrawals", "log_tail"]
        read_only_fields = fields

    @extend_schema_field(CommitSerializer(many=True))
    def get_commits(self, run: Run) -> list[dict]:
        fixes = run.fixes.filter(status=FixStatus.FIXED).exclude(commit_sha="").order_by("id")
        for fix in fixes:
            fix.run = run  # the links are the run's
        return CommitSerializer(fixes, many=True).data

    @extend_schema_field(WithdrawalSerializer(many=True))
    def get_withdrawals(self, run: Run) -> list[dict]:
        return WithdrawalSerializer(run.withdrawals.order_by("id"), many=True).data


class IterationSerializer(serializers.ModelSerializer):
    """One check-and-fix iteration: what its checks found, the fixes it committed, and where its
    re-validation left the checks (`status`, `passed`, `failed`; RUNNING while it is under way)."""

    fixes_made = serializers.IntegerField(read_only=True, help_text="Fixes committed in this iteration.")
    duration_seconds = serializers.FloatField(read_only=True, allow_null=True)

    class Meta:
        model = Iteration
        fields = [
            "number",
            "status",
            "start_passed",
            "start_failed",
            "failures_found",
            "fixes_made",
            "passed",
            "failed",
            "lint_findings",
            "started_at",
            "finished_at",
            "duration_seconds",
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
    commit_url = serializers.SerializerMethodField(
        help_text="The commit's page on the Git host (null when unknown or not pushed)."
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
            "commit_url",
            "commit_message",
            "diff",
            "created_at",
        ]
        read_only_fields = fields

    @extend_schema_field(NULLABLE_URL)
    def get_commit_url(self, fix: Fix) -> str | None:
        run = self.context.get("run") or fix.run  # the list view hands its run over: one look-up
        return _run_links(run).commit(fix.commit_sha) or None


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
    status = serializers.ChoiceField(
        choices=["PASSED", "FAILED"], help_text="Where the iteration left the checks."
    )
    passed = serializers.IntegerField()
    failed = serializers.IntegerField()
    timestamp = serializers.DateTimeField(allow_null=True)


class ResultsSerializer(serializers.Serializer):
    """The results.json document of docs/ARCHITECTURE.md.

    final_status is PASSED or FAILED once the run has finished (ERROR and CANCELLED
    runs report FAILED) and null while it is queued or running. Only runs that ran their
    checks to an end are scored: an ERROR or CANCELLED run has null score parts and an
    `error` (present only then) saying why it stopped.
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
    error = serializers.CharField(
        required=False, help_text="Only for ERROR and CANCELLED runs (not scored): why the run stopped."
    )


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
    runs_count = serializers.IntegerField(help_text="All runs of the team, in any status (as on its page).")
    tied_with = serializers.ListField(child=serializers.CharField(), help_text="Teams sharing this rank.")
    finished_at = serializers.DateTimeField(source="best_run.finished_at", allow_null=True)


class TokenRequestSerializer(StrictSerializer):
    username = StrictCharField(max_length=150)
    password = StrictCharField(max_length=4096, trim_whitespace=False, style={"input_type": "password"})


class TokenSerializer(serializers.Serializer):
    token = serializers.CharField(help_text='Send it as the header "Authorization: Token <token>".')


class DetailSerializer(serializers.Serializer):
    """Error body of every non-validation error (401, 403, 404, 405, 409, 413, 415, 429)."""

    detail = serializers.CharField()
