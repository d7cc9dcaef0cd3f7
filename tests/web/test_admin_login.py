"""POST /admin/login/: the admin's sign-in is guarded like the dashboard's (issue 13, item 7)."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User

ADMIN_LOGIN = "/admin/login/"


@pytest.fixture
def staff(db, settings):
    settings.AXES_FAILURE_LIMIT = 3
    return User.objects.create_user("boss", password="pw-boss-123", is_staff=True, is_superuser=True)


def post(client, password: str, **extra):
    return client.post(ADMIN_LOGIN, {"username": "boss", "password": password, "next": "/admin/"}, **extra)


def test_it_signs_staff_in(client, staff):
    response = post(client, "pw-boss-123")
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_it_locks_the_address_out_after_repeated_failures(client, staff):
    assert [post(client, "guess").status_code for _ in range(3)] == [200, 200, 429]
    locked = post(client, "pw-boss-123")
    assert locked.status_code == 429
    assert b"Too many failed sign-in attempts" in locked.content
    assert "_auth_user_id" not in client.session


def test_the_dashboard_and_the_admin_share_one_count(client, staff):
    client.post("/accounts/login/", {"username": "boss", "password": "guess"})
    client.post("/accounts/login/", {"username": "boss", "password": "guess"})
    assert post(client, "guess").status_code == 429
