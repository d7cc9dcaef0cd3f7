"""Teams, runs and what each run did: iterations and fixes.

Rows here are history: once written by the execution service they are never
edited by hand (the admin shows them read-only), so the dashboard, the API and
results.json always agree with what the agent really did.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse

from healer.engine.formatting import branch_part
from healer.engine.types import BugType as EngineBugType

# A legacy duplicate's key carries "#<id>" (a character branch_part never yields): see migration 0002.
LEGACY_KEY_MARK = "#"


class Team(models.Model):
    name = models.CharField(max_length=100)
    # The team's half of every branch name (formatting.branch_part): "Rift_Organisers!" and
    # "RIFT ORGANISERS" both give RIFT_ORGANISERS, and two teams must never share a fix branch.
    branch_key = models.CharField(max_length=120, editable=False)
    leader_name = models.CharField(max_length=100)
    members = models.ManyToManyField(settings.AUTH_USER_MODEL, related_name="teams", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            # "Rift Organisers" and "RIFT ORGANISERS" would share a branch name: one team.
            models.UniqueConstraint(Lower("name"), name="team_name_unique_ci"),
            models.UniqueConstraint(fields=["branch_key"], name="team_branch_key_unique"),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:
        key = branch_part(self.name or "")
        # A legacy duplicate keeps its "#<id>" key while its name still gives the same branch half.
        if self.branch_key.partition(LEGACY_KEY_MARK)[0] != key:
            self.branch_key = key
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "branch_key"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("team-detail", args=[self.pk])

    def clean(self) -> None:
        """The admin's rename: refused when another team already has the same branch half."""
        key = branch_part(self.name or "")
        clash = Team.objects.filter(branch_key=key).exclude(pk=self.pk).first()
        if clash is not None:
            raise ValidationError({"name": team_name_taken_message(name=self.name, taken_by=clash.name)})


def team_name_taken_message(*, name: str, taken_by: str) -> str:
    return (
        f"The team name {name!r} gives the same branch name ({branch_part(name)}_...) as the existing "
        f"team {taken_by!r}: use that team's exact name, or choose another name."
    )


class ExecutionSuperseded(Exception):
    """This execution no longer holds its run (recovery re-queued or finished it): it must stop."""


class RunStatus(models.TextChoices):
    QUEUED = "QUEUED", "Queued"
    RUNNING = "RUNNING", "Running"
    PASSED = "PASSED", "Passed"
    FAILED = "FAILED", "Failed"
    ERROR = "ERROR", "Error"
    CANCELLED = "CANCELLED", "Cancelled"


ACTIVE_STATUSES = (RunStatus.QUEUED, RunStatus.RUNNING)
FINISHED_STATUSES = (RunStatus.PASSED, RunStatus.FAILED, RunStatus.ERROR, RunStatus.CANCELLED)
# Only runs that really ran their checks are scored (docs/ARCHITECTURE.md): an ERROR or
# CANCELLED run has no score at all, a FAILED one keeps the formula's score.
SCORED_STATUSES = (RunStatus.PASSED, RunStatus.FAILED)


class StopReason(models.TextChoices):
    """Why a run stopped: shown as its final step, on the run page and in the API."""

    ALL_PASS = "ALL_PASS", "All checks pass"
    RETRY_LIMIT = "RETRY_LIMIT", "Retry limit reached with checks still failing"
    NO_CANDIDATE = "NO_CANDIDATE", "Nothing left to try: no candidate fix passed validation"
    TIME_BUDGET = "TIME_BUDGET", "The repair time budget ran out with checks still failing"
    CANCELLED = "CANCELLED", "Cancelled"
    ERROR = "ERROR", "Stopped by an error"


class Run(models.Model):
    team = models.ForeignKey(Team, on_delete=models.PROTECT, related_name="runs")
    # The leader at submission time: the branch name is derived from it.
    leader_name = models.CharField(max_length=100)
    repo_url = models.CharField(max_length=500)
    branch = models.CharField(max_length=255)
    retry_limit = models.PositiveSmallIntegerField(
        default=5, validators=[MinValueValidator(1), MaxValueValidator(20)]
    )
    status = models.CharField(max_length=10, choices=RunStatus.choices, default=RunStatus.QUEUED)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="runs"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    duration_seconds = models.FloatField(null=True, blank=True)
    score_base = models.IntegerField(null=True, blank=True)
    score_speed_bonus = models.IntegerField(null=True, blank=True)
    score_efficiency_penalty = models.IntegerField(null=True, blank=True)
    score_total = models.IntegerField(null=True, blank=True)
    error_message = models.TextField(blank=True)
    # Live progress for the dashboard while the run is in flight.
    current_step = models.CharField(max_length=200, blank=True)
    log_tail = models.TextField(blank=True)
    cancel_requested = models.BooleanField(default=False)
    # Set by the worker that executes the run; a stale heartbeat marks a dead worker.
    worker = models.CharField(max_length=200, blank=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    # The fencing token of the execution that holds the run, new at every claim: each write of
    # an execution names it, so an execution that was taken over can no longer change the run.
    execution = models.UUIDField(null=True, blank=True, editable=False)
    # When that execution claimed the run (the hard limit of one execution counts from here).
    claimed_at = models.DateTimeField(null=True, blank=True)
    pushed = models.BooleanField(default=False)
    head_sha = models.CharField(max_length=40, blank=True)
    # Set when the run finishes (empty before, and for runs finished before it was recorded).
    stop_reason = models.CharField(max_length=12, choices=StopReason.choices, blank=True)
    # Live counters, written by the execution after every check: the tests of the latest
    # check (null before the first one), and the failures detected so far (those fixed plus
    # those the latest check still reports). Fixes are counted from Fix rows, written as each
    # fix is committed.
    tests_passed = models.PositiveIntegerField(null=True, blank=True)
    tests_failed = models.PositiveIntegerField(null=True, blank=True)
    failures_detected = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["status", "created_at"]),
            models.Index(fields=["team", "-score_total"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(retry_limit__gte=1) & models.Q(retry_limit__lte=20),
                name="run_retry_limit_range",
            ),
            models.CheckConstraint(
                condition=models.Q(status__in=[s.value for s in RunStatus]), name="run_status_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"Run {self.pk} of {self.team} ({self.status})"

    def get_absolute_url(self) -> str:
        return reverse("run-detail", args=[self.pk])

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES

    @property
    def final_status(self) -> str:
        """results.json knows only PASSED and FAILED."""
        return "PASSED" if self.status == RunStatus.PASSED else "FAILED"

    @property
    def is_scored(self) -> bool:
        """Whether the run ran its checks to an end, so that its score means something."""
        return self.status in SCORED_STATUSES


class IterationStatus(models.TextChoices):
    PASSED = "PASSED", "Passed"
    FAILED = "FAILED", "Failed"
    # While its fixes are made and re-validated; a run that stops mid-iteration closes it FAILED.
    RUNNING = "RUNNING", "Running"


class Iteration(models.Model):
    """One check-and-fix iteration: checks, a fix committed per failure it can, then re-validation.

    `start_*` and `failures_found` are what its checks found; `status`, `passed`, `failed`
    and `lint_findings` are where it ended (after the re-validation of its fixes; the same
    as at the start when it made none). The re-validation is the next iteration's check.
    """

    run = models.ForeignKey(Run, on_delete=models.CASCADE, related_name="iterations")
    number = models.PositiveSmallIntegerField()
    status = models.CharField(max_length=10, choices=IterationStatus.choices)
    start_passed = models.PositiveIntegerField(default=0)
    start_failed = models.PositiveIntegerField(default=0)
    failures_found = models.PositiveIntegerField(default=0)
    passed = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    lint_findings = models.PositiveIntegerField(default=0)
    log_excerpt = models.TextField(blank=True)
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["run", "number"]
        constraints = [
            models.UniqueConstraint(fields=["run", "number"], name="iteration_number_unique_per_run"),
            models.CheckConstraint(condition=models.Q(number__gte=1), name="iteration_number_positive"),
        ]

    def __str__(self) -> str:
        return f"Iteration {self.number} of run {self.run_id} ({self.status})"

    @property
    def duration_seconds(self) -> float | None:
        if self.finished_at is None:
            return None
        return (self.finished_at - self.started_at).total_seconds()


class BugType(models.TextChoices):
    LINTING = EngineBugType.LINTING.value, "Linting"
    SYNTAX = EngineBugType.SYNTAX.value, "Syntax"
    LOGIC = EngineBugType.LOGIC.value, "Logic"
    TYPE_ERROR = EngineBugType.TYPE_ERROR.value, "Type error"
    IMPORT = EngineBugType.IMPORT.value, "Import"
    INDENTATION = EngineBugType.INDENTATION.value, "Indentation"


class FixStatus(models.TextChoices):
    FIXED = "FIXED", "Fixed"
    FAILED = "FAILED", "Failed"


class Fix(models.Model):
    run = models.ForeignKey(Run, on_delete=models.CASCADE, related_name="fixes")
    iteration = models.ForeignKey(Iteration, on_delete=models.CASCADE, related_name="fixes")
    file = models.CharField(max_length=500)
    line = models.PositiveIntegerField()
    bug_type = models.CharField(max_length=12, choices=BugType.choices)
    # The exact formatted line: "{BUG_TYPE} error in {file} line {line} → Fix: {description}".
    description = models.TextField()
    status = models.CharField(max_length=6, choices=FixStatus.choices)
    commit_sha = models.CharField(max_length=40, blank=True)
    commit_message = models.TextField(blank=True)
    diff = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["run", "id"]
        verbose_name_plural = "fixes"
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status="FIXED") | ~models.Q(commit_sha=""),
                name="fix_fixed_has_commit",
            ),
        ]

    def __str__(self) -> str:
        return self.description


class WithdrawalReason(models.TextChoices):
    # Engine._backtrack: the fix made its tests pass only in part and a better one replaces it.
    REPLACED = "REPLACED", "A better fix for its tests follows"
    # Engine.minimise: with a later fix in place, the checks pass without it.
    UNNEEDED = "UNNEEDED", "A later fix made it unnecessary"


class FixWithdrawal(models.Model):
    """A fix the engine committed and later took back with a revert commit of its own.

    Not a Fix: the run reports only the edits its branch keeps (results.json's fixes are
    FIXED or FAILED), but both commits are on the branch, so the run page, the admin and the
    API show them here, and the score counts them among the run's commits.
    """

    run = models.ForeignKey(Run, on_delete=models.CASCADE, related_name="withdrawals")
    iteration = models.ForeignKey(Iteration, on_delete=models.CASCADE, related_name="withdrawals")
    file = models.CharField(max_length=500)
    line = models.PositiveIntegerField()
    bug_type = models.CharField(max_length=12, choices=BugType.choices)
    description = models.TextField()  # the fix line it was reported with while it stood
    commit_sha = models.CharField(max_length=40, blank=True)  # the fix's own commit
    commit_message = models.TextField(blank=True)
    diff = models.TextField(blank=True)
    revert_sha = models.CharField(max_length=40)
    revert_message = models.TextField()
    reason = models.CharField(max_length=8, choices=WithdrawalReason.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["run", "id"]

    def __str__(self) -> str:
        return f"Withdrawn: {self.description}"


# The full log stops growing past this many characters (2 MB of ASCII: far more than a run of
# a few hundred iterations' lines); the download then ends with the live tail, so that both the
# start and the end of the run are kept.
LOG_FULL_CHARS = 2_000_000
LOG_FULL_CUT = "[... the log was longer than {chars} characters; its last lines follow ...]"


class RunLogChunk(models.Model):
    """The run's full log, appended a chunk per progress write (about a second of lines).

    In the database rather than in a file: the web process that serves the download
    and the worker that writes the log may run on different hosts (docker-compose,
    scaled workers) with no shared data directory. In chunks rather than one text
    field: a write appends a short row instead of rewriting the whole log every
    second. Capped per run (LOG_FULL_CHARS).
    """

    run = models.ForeignKey(Run, on_delete=models.CASCADE, related_name="log_chunks")
    text = models.TextField()

    class Meta:
        ordering = ["run", "id"]

    def __str__(self) -> str:
        return f"Log chunk {self.pk} of run {self.run_id}"
