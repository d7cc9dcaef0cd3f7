"""GET /api/teams/{id}/"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("who", ["owner", "teammate", "staff"])
def test_members_and_staff_see_the_team(clients, team, who):
    response = clients[who].get(f"/api/teams/{team.pk}/")
    assert response.status_code == 200
    body = response.json()
    assert body["id"] == team.pk and body["name"] == "Rift Organisers"
    assert body["members"] == ["owner", "teammate"]


def test_outsiders_get_404_like_for_a_missing_team(clients, team):
    assert clients["outsider"].get(f"/api/teams/{team.pk}/").status_code == 404
    assert clients["outsider"].get(f"/api/teams/{team.pk + 100}/").status_code == 404


def test_anonymous_requests_get_401(clients, team):
    assert clients["anonymous"].get(f"/api/teams/{team.pk}/").status_code == 401


def test_teams_cannot_be_changed_through_the_api(clients, team):
    response = clients["staff"].patch(f"/api/teams/{team.pk}/", {"name": "Renamed"}, format="json")
    assert response.status_code == 405
    team.refresh_from_db()
    assert team.name == "Rift Organisers"
