"""Hosting credentials, repository configuration, CI observations and webhook deliveries.

Secrets (tokens, webhook secrets) are stored only encrypted (runs.hosting.crypto)
or named by an environment variable; no model method returns them in a string
representation, so they cannot end up in logs or error pages by accident.
"""

from __future__ import annotations

import os
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F
from django.db.models.functions import Lower

from runs.hosting.base import CIState, HostingAuthError, repo_ref_parse
from runs.hosting.crypto import SecretUnreadable, secret_decrypt, secret_encrypt
from runs.models import Iteration, Run, Team

# A credential may read its token only from a variable named for the purpose: an admin must
# not be able to send any other variable of the worker (a database password...) to a host.
TOKEN_ENV_PREFIX = "HEALER_TOKEN_"
ENV_NAME_RE = re.compile(r"^HEALER_TOKEN_[A-Z0-9_]{1,87}$")
HOST_RE = re.compile(r"^[a-z0-9.-]+(:\d{1,5})?$")
# GitHub owner and repository names: letters, digits, "-", "_", "."; "owner" or "owner/repo".
ALLOWED_ENTRY_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,99}(/[a-z0-9._-]{1,100})?$")


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
        help_text=f"Read the token from this environment variable of the worker instead of storing it "
        f"(its name must start with {TOKEN_ENV_PREFIX}).",
    )
    allowed_repositories = models.TextField(
        blank=True,
        help_text="Installation-wide credentials only: the owners (octo-org) and repositories "
        "(octo-org/octo-repo) any team's runs may use this token for, one per line. Empty: none.",
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
        self.allowed_repositories = allowed_repositories_clean(self.allowed_repositories)
        if self.team_id and self.allowed_repositories:
            raise ValidationError(
                {
                    "allowed_repositories": "A team's credential serves that team's runs only; "
                    "the allow-list is for installation-wide credentials (no team)."
                }
            )

    def allowed_entries(self) -> list[str]:
        return [line for line in self.allowed_repositories.splitlines() if line]

    def allows(self, full_name: str) -> bool:
        """Whether the allow-list names this repository ("owner/repo") or its owner."""
        full_name = full_name.lower()
        owner = full_name.partition("/")[0]
        return any(entry in (full_name, owner) for entry in self.allowed_entries())

    def token_set(self, token: str) -> None:
        token = (token or "").strip()
        if not token or any(ch.isspace() or ord(ch) < 32 for ch in token):
            raise ValidationError({"token": "Enter the token (no spaces or control characters)."})
        self.token_encrypted = secret_encrypt(token)
        self.token_env = ""

    def token(self) -> str:
        """The token in clear, for the request at hand only; HostingAuthError when it is not available."""
        if self.token_env and not ENV_NAME_RE.match(self.token_env):
            # Stored before the prefix rule (or edited outside the admin): never read it.
            raise HostingAuthError(
                f"Credential {self.name!r}: the environment variable name {self.token_env} does not start "
                f"with {TOKEN_ENV_PREFIX}; rename the variable and the credential's token_env."
            )
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
        raise ValidationError(
            {
                "token_env": f"Use an environment variable whose name starts with {TOKEN_ENV_PREFIX}, "
                f"such as {TOKEN_ENV_PREFIX}GITHUB (capital letters, digits and _)."
            }
        )
    if name in NAMES or name in {"SECRET_KEY", "DATABASE_URL", "REDIS_URL"}:
        # Healer's own settings (secret key, database URL...) must never be sent to a host as a token.
        raise ValidationError({"token_env": f"{name} is one of Healer's own settings, not a token."})


def allowed_repositories_clean(text: str) -> str:
    """The allow-list, one lower-cased entry per line, sorted; ValidationError naming a bad entry."""
    entries = set()
    for raw in (text or "").replace(",", "\n").splitlines():
        entry = raw.strip().lower().removesuffix(".git")
        if not entry:
            continue
        if not ALLOWED_ENTRY_RE.match(entry) or ".." in entry:
            raise ValidationError(
                {
                    "allowed_repositories": f"{raw.strip()!r} is neither an owner (octo-org) nor a "
                    "repository (octo-org/octo-repo)."
                }
            )
        entries.add(entry)
    return "\n".join(sorted(entries))


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
    webhook_runs_per_hour = models.PositiveSmallIntegerField(
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(1000)],
        help_text="Most runs webhooks may start for this repository in any hour; "
        "empty: HEALER_WEBHOOK_RUNS_PER_HOUR.",
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
        credential = self.credential if self.credential_id else None
        if credential is not None and credential.team_id and credential.team_id != self.team_id:
            raise ValidationError({"credential": "This credential belongs to another team."})
        if credential is not None and not credential.team_id and not credential.allows(self.full_name):
            raise ValidationError(
                {"credential": f"This installation-wide credential does not allow {self.full_name}."}
            )

    def webhook_secret_set(self, secret: str) -> None:
        secret = secret or ""
        self.webhook_secret_encrypted = secret_encrypt(secret) if secret else ""

    def webhook_secret(self) -> str:
        return secret_decrypt(self.webhook_secret_encrypted) if self.webhook_secret_encrypted else ""

    @property
    def webhook_rate(self) -> int:
        return self.webhook_runs_per_hour or settings.HEALER_WEBHOOK_RUNS_PER_HOUR


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
    LIMITED = "limited", "Over the repository's webhook run limit"


class WebhookDelivery(models.Model):
    """A verified webhook delivery.

    Its id is remembered, but the id is a header the signature does not cover:
    a replayed body under a new id is caught by what the body itself names.
    At most one delivery per (host, repository, event, CI run or check run id,
    attempt, commit) ever starts a run (the `webhook_trigger_once` constraint).
    """

    delivery_id = models.CharField(max_length=100, unique=True)
    provider = models.CharField(max_length=20, choices=Provider.choices, default=Provider.GITHUB)
    event = models.CharField(max_length=50)
    action = models.CharField(max_length=50, blank=True)
    host = models.CharField(max_length=255, blank=True)
    repository = models.CharField(max_length=255, blank=True)
    branch = models.CharField(max_length=255, blank=True)
    head_sha = models.CharField(max_length=40, blank=True)
    # The workflow run or check run id, and the workflow run's attempt (a re-run is a new attempt).
    external_id = models.CharField(max_length=40, blank=True)
    attempt = models.PositiveIntegerField(default=0)
    outcome = models.CharField(max_length=10, choices=DeliveryOutcome.choices)
    detail = models.CharField(max_length=500, blank=True)
    run = models.ForeignKey(Run, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    received_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-received_at", "-id"]
        verbose_name_plural = "webhook deliveries"
        constraints = [
            models.UniqueConstraint(
                Lower("host"),
                Lower("repository"),
                F("event"),
                F("external_id"),
                F("attempt"),
                F("head_sha"),
                # Rows older than the rule may lack an id (migration 0002); new ones always have one.
                condition=models.Q(outcome="started") & ~models.Q(external_id=""),
                name="webhook_trigger_once",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.event} {self.delivery_id} ({self.outcome})"
