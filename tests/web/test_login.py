import pytest
from django.urls import reverse

from runs.models import Run

LOGIN = reverse("login")


def test_it_shows_a_labelled_sign_in_form(client, db):
    response = client.get(LOGIN)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<label for="id_username">Username</label>' in html
    assert '<label for="id_password">Password</label>' in html


def test_it_signs_in_and_lands_on_the_start_page(client, people):
    response = client.post(LOGIN, {"username": "owner", "password": "pw-owner-123"})
    assert response.status_code == 302
    assert response["Location"] == reverse("dashboard")
    assert client.get(reverse("dashboard")).status_code == 200


def test_it_follows_next_after_signing_in(client, people, team, run_factory):
    run = run_factory(team)
    response = client.post(
        LOGIN, {"username": "owner", "password": "pw-owner-123", "next": run.get_absolute_url()}
    )
    assert response["Location"] == run.get_absolute_url()


def test_it_refuses_a_wrong_password_with_a_visible_error(client, people):
    response = client.post(LOGIN, {"username": "owner", "password": "nope"})
    assert response.status_code == 200
    assert b'role="alert"' in response.content
    assert b"Please enter a correct username and password" in response.content
    assert "_auth_user_id" not in client.session


def test_it_sends_a_signed_in_user_on_to_the_start_page(client, people):
    client.force_login(people["owner"])
    assert client.get(LOGIN)["Location"] == reverse("dashboard")


def test_it_signs_out_with_a_post_only(client, people):
    client.force_login(people["owner"])
    assert client.get(reverse("logout")).status_code == 405
    response = client.post(reverse("logout"))
    assert response["Location"] == reverse("login")
    assert client.get(reverse("dashboard")).status_code == 302
    assert Run.objects.count() == 0


# -- password guessing (django-axes; issue 13, item 7) ---------------------------------


@pytest.fixture
def lockout(settings):
    settings.AXES_FAILURE_LIMIT = 3
    return settings


def guess(client, n: int, **extra):
    for _ in range(n):
        response = client.post(LOGIN, {"username": "owner", "password": "guess"}, **extra)
    return response


def test_it_locks_an_address_out_after_repeated_failures_even_with_the_right_password(
    client, people, lockout
):
    assert guess(client, 2).status_code == 200
    locked = guess(client, 1)
    assert locked.status_code == 429
    assert b"Too many failed sign-in attempts" in locked.content
    assert int(locked["Retry-After"]) == 15 * 60
    right = client.post(LOGIN, {"username": "owner", "password": "pw-owner-123"})
    assert right.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_lock_covers_every_username_from_that_address(client, people, lockout):
    guess(client, 3)
    assert client.post(LOGIN, {"username": "teammate", "password": "pw-mate-123"}).status_code == 429


def test_another_address_can_still_sign_in(client, people, lockout):
    guess(client, 3)
    other = client.post(LOGIN, {"username": "owner", "password": "pw-owner-123"}, REMOTE_ADDR="198.51.100.7")
    assert other.status_code == 302


def test_rotating_x_forwarded_for_does_not_escape_the_lock(client, people, lockout):
    # No proxy is trusted (HEALER_TRUSTED_PROXIES=0): the header is the client's own say.
    for n in range(3):
        client.post(LOGIN, {"username": "owner", "password": "guess"}, HTTP_X_FORWARDED_FOR=f"203.0.113.{n}")
    refused = client.post(
        LOGIN, {"username": "owner", "password": "pw-owner-123"}, HTTP_X_FORWARDED_FOR="203.0.113.99"
    )
    assert refused.status_code == 429


def test_behind_a_trusted_proxy_clients_are_told_apart_by_the_address_it_appended(client, people, lockout):
    lockout.HEALER_TRUSTED_PROXIES = 1
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    for n in range(3):  # the guesser forges entries to the left; the proxy appends the truth
        client.post(
            LOGIN,
            {"username": "owner", "password": "guess"},
            HTTP_X_FORWARDED_FOR=f"1.1.1.{n}, 198.51.100.66",
            **proxy,
        )
    forged = client.post(
        LOGIN,
        {"username": "owner", "password": "pw-owner-123"},
        HTTP_X_FORWARDED_FOR="9.9.9.9, 198.51.100.66",
        **proxy,
    )
    assert forged.status_code == 429
    neighbour = client.post(
        LOGIN,
        {"username": "owner", "password": "pw-owner-123"},
        HTTP_X_FORWARDED_FOR="198.51.100.67",
        **proxy,
    )
    assert neighbour.status_code == 302


def test_failures_are_counted_in_the_shared_cache_not_per_process(client, people, lockout):
    from django.core.cache import caches
    from django.db import connection

    guess(client, 1)
    backend = caches["default"].__class__.__name__
    assert backend in {"DatabaseCache", "SharedRedisCache"}  # every process and host sees the same counts
    if backend == "DatabaseCache":
        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM healer_cache")
            assert cursor.fetchone()[0] >= 1


def test_an_administrator_can_lift_a_lock(client, people, lockout):
    from django.core.management import call_command

    guess(client, 3)
    call_command("axes_reset_ip", "127.0.0.1")
    assert client.post(LOGIN, {"username": "owner", "password": "pw-owner-123"}).status_code == 302
