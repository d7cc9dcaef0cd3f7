"""Admin: credentials and repository links are configured here; CI history and deliveries are read-only.

Tokens and webhook secrets are write-only fields: the form never shows a stored
value (not even encrypted), and leaving the field empty keeps the current one.
"""

from __future__ import annotations

from django import forms
from django.contrib import admin
from django.core.exceptions import ImproperlyConfigured, ValidationError

from runs.hosting.models import CIObservation, Credential, RepositoryLink, RunHosting, WebhookDelivery


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False


class CredentialForm(forms.ModelForm):
    api_url = forms.URLField(
        required=False,
        assume_scheme="https",
        help_text="REST API root; empty: https://api.github.com for github.com, https://HOST/api/v3 otherwise.",
    )
    token = forms.CharField(
        required=False,
        strip=True,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
        help_text="Stored encrypted; never shown again. Leave empty to keep the current token.",
    )

    class Meta:
        model = Credential
        fields = ("name", "provider", "host", "api_url", "team", "allowed_repositories", "token_env")

    def clean(self):
        data = super().clean()
        token, token_env = data.get("token"), data.get("token_env")
        if token and token_env:
            raise ValidationError("Give either a token or an environment variable, not both.")
        has_stored = bool(self.instance.pk and self.instance.token_encrypted)
        if not token and not token_env and not has_stored:
            raise ValidationError("Give a token, or the environment variable that holds it.")
        if token:
            try:
                self.instance.token_set(token)
            except ImproperlyConfigured as exc:
                raise ValidationError(str(exc)) from None
        elif token_env:
            self.instance.token_encrypted = ""
        return data


@admin.register(Credential)
class CredentialAdmin(admin.ModelAdmin):
    form = CredentialForm
    list_display = ("name", "provider", "host", "team", "scope", "token_source", "updated_at")
    list_filter = ("provider", "host")
    search_fields = ("name", "host", "team__name")
    readonly_fields = ("token_source", "created_at", "updated_at")

    @admin.display(description="used for")
    def scope(self, credential: Credential) -> str:
        if credential.team_id:
            return f"team {credential.team}"
        entries = credential.allowed_entries()
        return ", ".join(entries) if entries else "nothing (empty allow-list)"


class RepositoryLinkForm(forms.ModelForm):
    webhook_secret = forms.CharField(
        required=False,
        strip=True,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
        help_text="The secret set on the GitHub webhook; stored encrypted. Empty: keep the current one "
        "(or use HEALER_GITHUB_WEBHOOK_SECRET when none is stored).",
    )

    class Meta:
        model = RepositoryLink
        fields = (
            "provider",
            "repo_url",
            "team",
            "credential",
            "heal_on_failure",
            "pull_request",
            "monitor_ci",
            "retry_limit",
            "webhook_runs_per_hour",
        )

    def clean(self):
        data = super().clean()
        secret = data.get("webhook_secret")
        if secret:
            try:
                self.instance.webhook_secret_set(secret)
            except ImproperlyConfigured as exc:
                raise ValidationError(str(exc)) from None
        return data


@admin.register(RepositoryLink)
class RepositoryLinkAdmin(admin.ModelAdmin):
    form = RepositoryLinkForm
    list_display = ("__str__", "team", "credential", "heal_on_failure", "pull_request", "monitor_ci")
    list_filter = ("provider", "heal_on_failure", "pull_request", "monitor_ci")
    search_fields = ("full_name", "host", "team__name")
    list_select_related = ("team", "credential")


@admin.register(RunHosting)
class RunHostingAdmin(ReadOnlyAdmin):
    list_display = ("run", "trigger", "source_branch", "pull_request_url", "pushed_sha")
    list_filter = ("trigger", "provider")
    search_fields = ("run__repo_url", "source_branch")


@admin.register(CIObservation)
class CIObservationAdmin(ReadOnlyAdmin):
    list_display = ("run", "iteration", "head_sha", "name", "status", "conclusion", "state", "observed_at")
    list_filter = ("state", "kind")
    search_fields = ("run__repo_url", "head_sha", "name")
    list_select_related = ("run", "iteration")


@admin.register(WebhookDelivery)
class WebhookDeliveryAdmin(ReadOnlyAdmin):
    list_display = (
        "delivery_id",
        "event",
        "action",
        "repository",
        "branch",
        "external_id",
        "attempt",
        "outcome",
        "run",
        "received_at",
    )
    list_filter = ("outcome", "event")
    search_fields = ("delivery_id", "repository", "branch")
