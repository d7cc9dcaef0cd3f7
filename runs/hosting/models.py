"""Hosting credentials, repository configuration, CI observations and webhook deliveries.

Secrets (tokens, webhook secrets) are stored only encrypted (runs.hosting.crypto)
or named by an environment variable; no model method returns them in a string
representation, so they cannot end up in logs or error pages by accident.
"""

from __future__ import annotations

import os
import re

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Lower

from runs.hosting.base import CIState, HostingAuthError, repo_ref_parse
from runs.hosting.crypto import SecretUnreadable, secret_decrypt, secret_encrypt
from runs.models import Iteration, Run, Team

ENV_NAME_RE = re.compile(r"^[A-Z_][A-Z0-9_]{0,99}$")
HOST_RE = re.compile(r"^[a-z0-9.-]+(:\d{1,5})?$")


class Provider(models.TextChoices):
    # GitLab and Gitea: implement runs.hosting.base.HostingProvider and register it in PROVIDERS.
    GITHUB = "github", "GitHub"


class PullRequestMode(models.TextChoices):
    OFF = "off", "Do not open a pull request"
    DRAFT = "draft", "Open a draft pull request"
    READY = "ready", "Open a pull request ready for review"


class Credential(models.Model):
    """An access token for one host, for one team or (team empty) for the whole installation."""

    name = models.CharField(max_length=100)
    provider = models.CharField(max_length=20, choices=Provider.choices, default=Provider.GITHUB)
    host = models.CharField(
        max_length=255,
        default="github.com",
        help_text="Host name (and port) the token belongs to; it is never sent anywhere else.",
    )
    api_url = models.URLField(
        blank=True,
        help_text="REST API root; empty: https://api.github.com for github.com, https://HOST/api/v3 otherwise.",
    )
    team = models.ForeignKey(
        Team,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="hosting_credentials",
        help_text="Empty: used for every team that has no credential of its own for this host.",
    )
    token_encrypted = models.TextField(blank=True, editable=False)
    token_env = models.CharField(
        max_length=100,
        blank=True,
        help_text="Read the token from this environment variable of the worker instead of storing it.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["host", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["team", "host"], condition=models.Q(team__isnull=False), name="credential_team_host"
            ),
            models.UniqueConstraint(
                fields=["host"], condition=models.Q(team__isnull=True), name="credential_installation_host"
            ),
            models.CheckConstraint(
                condition=(~models.Q(token_encrypted="") & models.Q(token_env=""))
                | (models.Q(token_encrypted="") & ~models.Q(token_env="")),
                name="credential_one_token_source",
            ),
        ]

    def __str__(self) -> str:
        scope = self.team.name if self.team_id else "installation"
        return f"{self.name} ({self.host}, {scope})"

    def __repr__(self) -> str:
        return f"<Credential {self.pk} {self.host}>"

    def clean(self) -> None:
        self.host = (self.host or "").strip().lower()
        if not HOST_RE.match(self.host):
            raise ValidationError({"host": "Enter a host name such as github.com (optionally with :port)."})
        if self.token_env:
            token_env_validate(self.token_env)

    def token_set(self, token: str) -> None:
        token = (token or "").strip()
        if not token or any(ch.isspace() or ord(ch) < 32 for ch in token):
            raise ValidationError({"token": "Enter the token (no spaces or control characters)."})
        self.token_encrypted = secret_encrypt(token)
        self.token_env = ""

    def token(self) -> str:
        """The token in clear, for the request at hand only; HostingAuthError when it is not available."""
        if self.token_env:
            value = os.environ.get(self.token_env, "").strip()
            if not value:
                raise HostingAuthError(
                    f"Credential {self.name!r}: the environment variable {self.token_env} is not set."
                )
            return value
        if not self.token_encrypted:
            raise HostingAuthError(f"Credential {self.name!r} has no token.")
        try:
            return secret_decrypt(self.token_encrypted)
        except SecretUnreadable as exc:
            raise HostingAuthError(f"Credential {self.name!r}: {exc}") from None

    @property
    def token_source(self) -> str:
        return f"environment variable {self.token_env}" if self.token_env else "stored encrypted"


def token_env_validate(name: str) -> None:
    from healer.env import NAMES

    if not ENV_NAME_RE.match(name):
        raise ValidationError({"token_env": "Use an environment variable name such as GITHUB_TOKEN."})
    if name in NAMES or name in {"SECRET_KEY", "DATABASE_URL", "REDIS_URL"}:
        # Healer's own settings (secret key, database URL...) must never be sent to a host as a token.
        raise ValidationError({"token_env": f"{name} is one of Healer's own settings, not a token."})


class RepositoryLink(models.Model):
    """A repository Healer works on through its host: who owns the runs, how to authenticate, what to do."""

    provider = models.CharField(max_length=20, choices=Provider.choices, default=Provider.GITHUB)
    repo_url = models.CharField(
        max_length=500, help_text="Clone URL, e.g. https://github.com/octo-org/octo-repo"
    )
    host = models.CharField(max_length=255, editable=False)
    full_name = models.CharField(max_length=255, editable=False)
    team = models.ForeignKey(
        Team,
        on_delete=models.PROTECT,
        related_name="repository_links",
        help_text="Runs started by webhooks belong to this team; its leader names the fix branch.",
    )
    credential = models.ForeignKey(
        Credential,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="repository_links",
        help_text="Empty: the team's credential for the host, else the installation's.",
    )
    webhook_secret_encrypted = models.TextField(blank=True, editable=False)
    heal_on_failure = models.BooleanField(
        default=True, help_text="Start a healing run when a workflow or check run of a branch fails."
    )
    pull_request = models.CharField(
        max_length=10, choices=PullRequestMode.choices, default=PullRequestMode.DRAFT
    )
    monitor_ci = models.BooleanField(
        default=True, help_text="After each push, wait for the host's CI and feed its failures back."
    )
    retry_limit = models.PositiveSmallIntegerField(
        null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(20)]
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["host", "full_name"]
        constraints = [
            models.UniqueConstraint("host", Lower("full_name"), name="repository_link_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.host}/{self.full_name}"

    def clean(self) -> None:
        ref = repo_ref_parse(self.repo_url or "")
        if ref is None:
            raise ValidationError(
                {"repo_url": "Enter a repository URL such as https://github.com/owner/repo."}
            )
        self.repo_url = ref.clone_url
        self.host, self.full_name = ref.host, ref.full_name

    def webhook_secret_set(self, secret: str) -> None:
        secret = secret or ""
        self.webhook_secret_encrypted = secret_encrypt(secret) if secret else ""

    def webhook_secret(self) -> str:
        return secret_decrypt(self.webhook_secret_encrypted) if self.webhook_secret_encrypted else ""


class Trigger(models.TextChoices):
    MANUAL = "manual", "Submitted"
    WEBHOOK = "webhook", "Webhook (failing CI)"


class RunHosting(models.Model):
    """The hosting side of one run: where it came from, its pull request."""

    run = models.OneToOneField(Run, on_delete=models.CASCADE, related_name="hosting")
    repository = models.ForeignKey(
        RepositoryLink, null=True, blank=True, on_delete=models.SET_NULL, related_name="runs"
    )
    credential = models.ForeignKey(
        Credential, null=True, blank=True, on_delete=models.SET_NULL, related_name="runs"
    )
    provider = models.CharField(max_length=20, choices=Provider.choices, default=Provider.GITHUB)
    trigger = models.CharField(max_length=10, choices=Trigger.choices, default=Trigger.MANUAL)
    # The branch the fix branch starts from (webhook runs: the failing branch); empty: the default branch.
    source_branch = models.CharField(max_length=255, blank=True)
    trigger_sha = models.CharField(max_length=40, blank=True)
    trigger_kind = models.CharField(max_length=20, blank=True)  # workflow_run / check_run
    trigger_external_id = models.CharField(max_length=40, blank=True)
    trigger_url = models.URLField(max_length=500, blank=True)
    pull_request_number = models.PositiveIntegerField(null=True, blank=True)
    pull_request_url = models.URLField(max_length=500, blank=True)
    pushed_sha = models.CharField(max_length=40, blank=True)

    class Meta:
        verbose_name = "run hosting"
        verbose_name_plural = "run hosting"

    def __str__(self) -> str:
        return f"Hosting of run {self.run_id}"


class CIObservation(models.Model):
    """One status of the host's CI seen for a pushed commit: part of the run's timeline."""

    run = models.ForeignKey(Run, on_delete=models.CASCADE, related_name="ci_observations")
    # The iteration whose commits were pushed; empty for what was seen before the first iteration.
    iteration = models.ForeignKey(
        Iteration, null=True, blank=True, on_delete=models.CASCADE, related_name="ci_observations"
    )
    head_sha = models.CharField(max_length=40)
    kind = models.CharField(max_length=20)  # workflow_run, check_run, or "summary"
    external_id = models.CharField(max_length=40, blank=True)
    name = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=30, blank=True)  # the host's own words: queued, in_progress...
    conclusion = models.CharField(max_length=30, blank=True)
    state = models.CharField(max_length=10, choices=CIState.choices)
    url = models.URLField(max_length=500, blank=True)
    failures_found = models.PositiveIntegerField(default=0)
    note = models.TextField(blank=True)
    observed_at = models.DateTimeField()

    class Meta:
        ordering = ["run", "observed_at", "id"]
        indexes = [models.Index(fields=["run", "observed_at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(state__in=[s.value for s in CIState]), name="ci_observation_state_valid"
            ),
        ]

    def __str__(self) -> str:
        label = self.name or self.kind
        return f"{label} {self.state} at {self.head_sha[:12]}"


class DeliveryOutcome(models.TextChoices):
    STARTED = "started", "Run started"
    IGNORED = "ignored", "Ignored"
    REJECTED = "rejected", "Rejected"


class WebhookDelivery(models.Model):
    """A verified webhook delivery; its id is remembered so a redelivery starts nothing twice."""

    delivery_id = models.CharField(max_length=100, unique=True)
    provider = models.CharField(max_length=20, choices=Provider.choices, default=Provider.GITHUB)
    event = models.CharField(max_length=50)
    action = models.CharField(max_length=50, blank=True)
    repository = models.CharField(max_length=255, blank=True)
    branch = models.CharField(max_length=255, blank=True)
    head_sha = models.CharField(max_length=40, blank=True)
    outcome = models.CharField(max_length=10, choices=DeliveryOutcome.choices)
    detail = models.CharField(max_length=500, blank=True)
    run = models.ForeignKey(Run, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    received_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-received_at", "-id"]
        verbose_name_plural = "webhook deliveries"

    def __str__(self) -> str:
        return f"{self.event} {self.delivery_id} ({self.outcome})"
