"""Query-string filters of the list endpoints (django-filter)."""

from __future__ import annotations

import django_filters
from django.core.exceptions import ValidationError
from django_filters import fields as filter_fields

from runs.models import BugType, Fix, FixStatus, Run, RunStatus
from runs.selectors import team_visible_to

MAX_ID = 999_999_999_999_999_999


class _TeamChoiceField(filter_fields.ModelChoiceField):
    """A team id; out-of-range numbers are refused before they reach the database.

    An id too big for the database's integer type would otherwise make the
    lookup raise (OverflowError on SQLite, DataError on PostgreSQL): a 500.
    """

    def to_python(self, value):
        if value in self.empty_values:
            return None
        text = str(value).strip()
        if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= MAX_ID:
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().to_python(text)


class _TeamFilter(django_filters.ModelChoiceFilter):
    field_class = _TeamChoiceField


def _teams_of_requester(request):
    # Someone else's team is "not one of the available choices", exactly like a missing one.
    return team_visible_to(user=getattr(request, "user", None))


class StrictFilterSet(django_filters.FilterSet):
    """A parameter given with an empty value is an error, not "no filter".

    django-filter follows HTML forms, where an empty field means "any"; an API
    client sending `?team=` has a bug worth hearing about. Text filters may be empty.
    """

    def is_valid(self) -> bool:
        if not super().is_valid():
            return False
        for name, declared in self.filters.items():
            if isinstance(declared, django_filters.CharFilter) or name not in self.data:
                continue
            if any(not value.strip() for value in self.data.getlist(name)):
                self.form.add_error(name, "Must not be empty (leave the parameter out to not filter).")
        return not self.form.errors


class RunFilter(StrictFilterSet):
    team = _TeamFilter(
        queryset=_teams_of_requester,
        help_text="Id of one of your teams: only its runs.",
    )
    team_name = django_filters.CharFilter(
        field_name="team__name",
        lookup_expr="iexact",
        max_length=100,
        help_text="Team name, case-insensitive: only that team's runs.",
    )
    status = django_filters.MultipleChoiceFilter(
        choices=RunStatus.choices,
        help_text="Only runs in this status; repeat the parameter for several.",
    )

    class Meta:
        model = Run
        fields = ["team", "team_name", "status"]


class FixFilter(StrictFilterSet):
    bug_type = django_filters.ChoiceFilter(choices=BugType.choices, help_text="Only fixes of this bug type.")
    status = django_filters.ChoiceFilter(choices=FixStatus.choices, help_text="FIXED or FAILED.")

    class Meta:
        model = Fix
        fields = ["bug_type", "status"]
