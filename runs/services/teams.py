"""Writes of Team rows."""

from __future__ import annotations

from django.core.exceptions import ValidationError

from runs.models import Team, team_name_taken_message
from runs.selectors import team_branch_clash, team_find


def team_get_or_create(*, name: str, leader_name: str) -> Team:
    """The team with this name (case-insensitive), created if new; its leader kept current.

    A new name that gives the same branch half as another team's is refused
    (ValidationError on team_name): the two would push to one fix branch. Two
    requests racing to create such names are stopped by the unique branch_key
    (IntegrityError; the API and the dashboard answer 409).
    """
    team = team_find(name=name)
    if team is None:
        clash = team_branch_clash(name=name)
        if clash is not None:
            raise ValidationError({"team_name": team_name_taken_message(name=name, taken_by=clash.name)})
        team = Team.objects.create(name=name, leader_name=leader_name)
    elif team.leader_name != leader_name:
        team.leader_name = leader_name
        team.save(update_fields=["leader_name"])
    return team
