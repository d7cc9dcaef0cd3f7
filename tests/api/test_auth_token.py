"""POST /api/auth/token/"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.api.conftest import PASSWORD, make_run

URL = "/api/auth/token/"


def test_it_exchanges_username_and_password_for_a_token_that_works(owner, team):
    run = make_run(team)
    response = APIClient().post(URL, {"username": "owner", "password": PASSWORD}, format="json")
    assert response.status_code == 200
    token = response.json()["token"]
    assert token == Token.objects.get(user=owner).key
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    assert client.get(f"/api/runs/{run.pk}/").status_code == 200


def test_it_returns_the_same_token_every_time(owner):
    tokens = {
        APIClient().post(URL, {"username": "owner", "password": PASSWORD}, format="json").json()["token"]
        for _ in range(2)
    }
    assert len(tokens) == 1


@pytest.mark.parametrize(
    "body",
    [
        {"username": "owner", "password": "wrong"},
        {"username": "nobody", "password": PASSWORD},
        {"username": "inactive", "password": PASSWORD},
    ],
)
def test_wrong_credentials_get_400_and_no_token(owner, body):
    User.objects.create_user("inactive", password=PASSWORD, is_active=False)
    response = APIClient().post(URL, body, format="json")
    assert response.status_code == 400
    assert response.json() == {"non_field_errors": ["Unable to log in with the username and password given."]}
    assert not Token.objects.exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "username"),
        ({"username": "owner"}, "password"),
        ({"username": 1, "password": PASSWORD}, "username"),
    ],
)
def test_missing_or_mistyped_fields_get_field_messages(owner, body, field):
    response = APIClient().post(URL, body, format="json")
    assert response.status_code == 400
    assert field in response.json()


def test_a_stale_token_header_does_not_block_getting_a_new_token(owner):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token expired-or-wrong")
    assert client.post(URL, {"username": "owner", "password": PASSWORD}, format="json").status_code == 200


def test_password_guessing_is_throttled_per_client(owner, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"auth_token": "3/minute"},
    }
    client = APIClient()
    for _ in range(3):
        assert client.post(URL, {"username": "owner", "password": "guess"}, format="json").status_code == 400
    refused = client.post(URL, {"username": "owner", "password": PASSWORD}, format="json")
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0


def test_only_post_is_allowed(db):
    assert APIClient().get(URL).status_code == 405


def test_unknown_fields_get_400_naming_them_and_no_token(owner):
    response = APIClient().post(
        "/api/auth/token/", {"username": "owner", "password": PASSWORD, "otp": "123"}, format="json"
    )
    assert response.status_code == 400
    assert list(response.json()) == ["otp"] and "token" not in response.json()


# -- guessing through the API (issue 13, item 7) -------------------------------------------


def test_rotating_x_forwarded_for_does_not_reset_the_limit(owner, settings):
    # No proxy is trusted (HEALER_TRUSTED_PROXIES=0): X-Forwarded-For is the client's own say.
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"auth_token": "3/minute"},
    }
    settings.AXES_FAILURE_LIMIT = 100  # the throttle alone
    client = APIClient()
    codes = [
        client.post(
            URL,
            {"username": "owner", "password": "guess"},
            format="json",
            HTTP_X_FORWARDED_FOR=f"203.0.113.{n}",
        ).status_code
        for n in range(5)
    ]
    assert codes == [400, 400, 400, 429, 429]


def test_behind_a_trusted_proxy_the_limit_follows_the_address_the_proxy_appended(owner, settings):
    settings.HEALER_TRUSTED_PROXIES = 1
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"auth_token": "2/minute"},
    }
    settings.AXES_FAILURE_LIMIT = 100
    client = APIClient(REMOTE_ADDR="10.0.0.2")

    def attempt(forwarded: str) -> int:
        body = {"username": "owner", "password": "guess"}
        return client.post(URL, body, format="json", HTTP_X_FORWARDED_FOR=forwarded).status_code

    assert [attempt(f"{n}.{n}.{n}.{n}, 198.51.100.66") for n in range(1, 4)] == [400, 400, 429]
    assert attempt("198.51.100.67") == 400  # someone else behind the same proxy


def test_repeated_failures_lock_the_address_out_with_a_json_429(owner, settings):
    settings.AXES_FAILURE_LIMIT = 3
    client = APIClient()
    for _ in range(2):
        assert client.post(URL, {"username": "owner", "password": "guess"}, format="json").status_code == 400
    locked = client.post(URL, {"username": "owner", "password": "guess"}, format="json")
    assert locked.status_code == 429
    assert locked.json()["detail"].startswith("Too many failed sign-in attempts")
    assert int(locked["Retry-After"]) > 0
    right = client.post(URL, {"username": "owner", "password": PASSWORD}, format="json")
    assert right.status_code == 429 and "token" not in right.json()
    assert not Token.objects.exists()
