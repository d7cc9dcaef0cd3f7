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


class IterationStatus(models.TextChoices):
    PASSED = "PASSED", "Passed"
    FAILED = "FAILED", "Failed"


class Iteration(models.Model):
    run = models.ForeignKey(Run, on_delete=models.CASCADE, related_name="iterations")
    number = models.PositiveSmallIntegerField()
    status = models.CharField(max_length=10, choices=IterationStatus.choices)
    passed = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    lint_findings = models.PositiveIntegerField(default=0)
    log_excerpt = models.TextField(blank=True)
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField()

    class Meta:
        ordering = ["run", "number"]
        constraints = [
            models.UniqueConstraint(fields=["run", "number"], name="iteration_number_unique_per_run"),
            models.CheckConstraint(condition=models.Q(number__gte=1), name="iteration_number_positive"),
        ]

    def __str__(self) -> str:
        return f"Iteration {self.number} of run {self.run_id} ({self.status})"


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
