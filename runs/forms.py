"""Forms of the browser dashboard: input shape only; the services own the rules."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError

from runs.models import RunStatus
from runs.services import run_validate


class RunForm(forms.Form):
    repo_url = forms.CharField(
        label="Repository URL",
        max_length=500,
        help_text="An https Git URL, e.g. https://github.com/acme/widgets.git",
        widget=forms.TextInput(
            attrs={"placeholder": "https://github.com/acme/widgets.git", "autocomplete": "url"}
        ),
    )
    team_name = forms.CharField(
        label="Team name",
        max_length=100,
        widget=forms.TextInput(attrs={"list": "team-names", "autocomplete": "organization"}),
    )
    leader_name = forms.CharField(
        label="Team leader name", max_length=100, widget=forms.TextInput(attrs={"autocomplete": "name"})
    )
    retry_limit = forms.IntegerField(label="Retry limit", min_value=1)

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Built per form, not at import, so the limits follow the settings in force.
        maximum = settings.HEALER_MAX_RETRIES
        self.fields["retry_limit"] = forms.IntegerField(
            label="Retry limit",
            min_value=1,
            max_value=maximum,
            initial=settings.HEALER_DEFAULT_RETRIES,
            help_text=f"Check-and-fix iterations at most, 1 to {maximum}.",
        )
        if settings.HEALER_ALLOW_LOCAL_REPOS:
            self.fields["repo_url"].help_text += ", or a Git repository path on this server"

    def clean(self) -> dict:
        """Ask the service's validation too, so every field's problem shows in one round trip."""
        cleaned = super().clean()
        try:
            run_validate(
                repo_url=cleaned.get("repo_url", ""),
                team_name=cleaned.get("team_name", ""),
                leader_name=cleaned.get("leader_name", ""),
                retry_limit=cleaned.get("retry_limit"),
            )
        except ValidationError as exc:
            for field, messages in exc.message_dict.items():
                # A field the form already refused keeps its own, more specific message.
                if field not in self.errors:
                    self.add_error(field if field in self.fields else None, messages)
        return cleaned

    def add_service_errors(self, error: ValidationError) -> None:
        """Show a service's ValidationError next to the fields it names."""
        if not hasattr(error, "error_dict"):
            self.add_error(None, error)
            return
        for field, messages in error.message_dict.items():
            self.add_error(field if field in self.fields else None, messages)


class RunFilterForm(forms.Form):
    """The run history filters (GET); unknown values are ignored rather than failing the page."""

    team = forms.TypedChoiceField(label="Team", required=False, coerce=int, empty_value=None)
    status = forms.ChoiceField(
        label="Status", required=False, choices=[("", "Any status"), *RunStatus.choices]
    )

    def __init__(self, *args, teams, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["team"].choices = [("", "All teams"), *((team.pk, team.name) for team in teams)]
