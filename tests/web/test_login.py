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
