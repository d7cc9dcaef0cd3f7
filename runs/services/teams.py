"""Writes of Team rows."""

from __future__ import annotations

from runs.models import Team
from runs.selectors import team_find


def team_get_or_create(*, name: str, leader_name: str) -> Team:
    """The team with this name (case-insensitive), created if new; its leader kept current."""
    team = team_find(name=name)
    if team is None:
        team = Team.objects.create(name=name, leader_name=leader_name)
    elif team.leader_name != leader_name:
        team.leader_name = leader_name
        team.save(update_fields=["leader_name"])
    return team
