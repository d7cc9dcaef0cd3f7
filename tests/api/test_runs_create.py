"""POST /api/runs/"""

from __future__ import annotations

import json
from unittest import mock

import pytest
from django.contrib.auth.models import User
from django.db import IntegrityError

from runs.models import Run, RunStatus, Team
from tests.api.conftest import client_for

URL = "/api/runs/"
VALID = {
    "repo_url": "https://github.com/acme/widgets",
    "team_name": "Rift Organisers",
    "leader_name": "Saiyam Kumar",
    "retry_limit": 3,
}


@pytest.fixture
def newcomer(db):
    return User.objects.create_user("newcomer")


def test_it_creates_a_queued_run_and_answers_201_with_its_url(
    clients, team, owner, django_capture_on_commit_callbacks, enqueued
):
    with django_capture_on_commit_callbacks(execute=True):
        response = clients["owner"].post(URL, VALID, format="json")
    assert response.status_code == 201, response.content
    run = Run.objects.get()
    body = response.json()
    assert body["id"] == run.pk
    assert body["url"] == f"http://testserver/api/runs/{run.pk}/"
    assert response["Location"] == body["url"]
    assert body["status"] == RunStatus.QUEUED
    assert body["branch"] == "RIFT_ORGANISERS_SAIYAM_KUMAR_AI_Fix"
    assert body["retry_limit"] == 3
    assert body["team"] == team.pk and body["team_name"] == "Rift Organisers"
    assert body["created_by"] == "owner"
    assert body["score"] == {"base": None, "speed_bonus": None, "efficiency_penalty": None, "total": None}
    assert body["results_url"] == f"http://testserver/api/runs/{run.pk}/results/"
    assert run.created_by == owner and run.team == team
    enqueued.assert_called_once_with(run_id=run.pk)


def test_it_uses_the_default_retry_limit_when_none_is_given(clients, team):
    response = clients["owner"].post(
        URL, {k: v for k, v in VALID.items() if k != "retry_limit"}, format="json"
    )
    assert response.status_code == 201
    assert response.json()["retry_limit"] == 5


def test_a_teammate_may_start_a_run_for_the_team(clients, team):
    response = clients["teammate"].post(URL, {**VALID, "team_name": "RIFT ORGANISERS"}, format="json")
    assert response.status_code == 201
    assert Run.objects.get().team == team


def test_a_new_team_name_creates_the_team_with_the_caller_as_member(newcomer):
    response = client_for(newcomer).post(URL, {**VALID, "team_name": "Fresh Team"}, format="json")
    assert response.status_code == 201
    team = Team.objects.get(name="Fresh Team")
    assert list(team.members.all()) == [newcomer]


def test_it_refuses_a_run_for_someone_elses_team_and_writes_nothing(clients, team):
    response = clients["outsider"].post(URL, VALID, format="json")
    assert response.status_code == 400
    assert "not a member" in response.json()["team_name"][0]
    assert not Run.objects.exists()


def test_staff_may_start_a_run_for_any_team(clients, team, staff):
    response = clients["staff"].post(URL, VALID, format="json")
    assert response.status_code == 201
    assert Run.objects.get().created_by == staff


def test_anonymous_requests_are_refused_with_401(clients, team):
    response = clients["anonymous"].post(URL, VALID, format="json")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"
    assert not Run.objects.exists()


def test_a_wrong_token_is_refused_with_401(db):
    client = client_for(None)
    client.credentials(HTTP_AUTHORIZATION="Token not-a-real-token")
    assert client.post(URL, VALID, format="json").status_code == 401


@pytest.mark.parametrize(
    ("changes", "field", "fragment"),
    [
        ({"repo_url": "http://github.com/acme/widgets"}, "repo_url", "https"),
        ({"repo_url": "ext::sh -c touch% /tmp/pwned"}, "repo_url", "spaces"),
        ({"repo_url": "file:///etc"}, "repo_url", "https"),
        ({"repo_url": "/srv/repos/widgets"}, "repo_url", "local paths are not allowed"),
        ({"repo_url": "https://user:pw@github.com/acme/widgets"}, "repo_url", "credentials"),
        ({"repo_url": "https://github.com/" + "a" * 600}, "repo_url", "no more than 500"),
        ({"team_name": "   "}, "team_name", "blank"),
        ({"team_name": "!!!"}, "team_name", "letter"),
        ({"leader_name": "x" * 101}, "leader_name", "no more than 100"),
        ({"retry_limit": 0}, "retry_limit", "greater than or equal to 1"),
        ({"retry_limit": 21}, "retry_limit", "less than or equal to 20"),
        ({"retry_limit": "5"}, "retry_limit", "whole number"),
        ({"retry_limit": 2.5}, "retry_limit", "whole number"),
        ({"retry_limit": True}, "retry_limit", "whole number"),
        ({"team_name": 42}, "team_name", "string"),
        ({"leader_name": ["Ada"]}, "leader_name", "string"),
        ({"repo_url": None}, "repo_url", "null"),
        ({"team_name": "Rift\x00Organisers"}, "team_name", "Null characters"),
    ],
)
def test_it_refuses_bad_input_with_a_field_message(clients, team, changes, field, fragment):
    response = clients["owner"].post(URL, {**VALID, **changes}, format="json")
    assert response.status_code == 400, response.content
    messages = response.json()[field]
    assert any(fragment.lower() in message.lower() for message in messages), messages
    assert not Run.objects.exists()


def test_it_names_every_missing_field(clients):
    response = clients["owner"].post(URL, {}, format="json")
    assert response.status_code == 400
    assert set(response.json()) == {"repo_url", "team_name", "leader_name"}


@pytest.mark.parametrize(
    ("body", "content_type", "status"),
    [
        ("{not json", "application/json", 400),
        ("[1, 2, 3]", "application/json", 400),
        ('"just a string"', "application/json", 400),
        ('{"retry_limit": NaN}', "application/json", 400),
        ("[" * 50_000 + "]" * 50_000, "application/json", 413),
        ("[" * 20_000 + "]" * 20_000, "application/json", 400),
        ("repo_url=https://github.com/acme/widgets", "application/x-www-form-urlencoded", 415),
        ("<run/>", "application/xml", 415),
    ],
)
def test_malformed_bodies_get_a_4xx_not_a_500(clients, team, body, content_type, status):
    response = clients["owner"].post(URL, body, content_type=content_type)
    assert response.status_code == status, response.content
    assert response["Content-Type"] == "application/json"
    assert not Run.objects.exists()


def test_it_refuses_text_no_database_can_store(clients, team):
    body = json.dumps(VALID)[:-1] + ', "team_name": "Rift \\ud800"}'
    response = clients["owner"].post(URL, body, content_type="application/json")
    assert response.status_code == 400
    assert "surrogate" in response.json()["team_name"][0]


def test_it_refuses_huge_payloads_with_413(clients, team, settings):
    settings.HEALER_API_MAX_BODY = 1024
    body = json.dumps({**VALID, "leader_name": "x" * 2000})
    response = clients["owner"].post(URL, body, content_type="application/json")
    assert response.status_code == 413
    assert "too large" in response.json()["detail"]
    assert not Run.objects.exists()


def test_it_throttles_run_creation_per_user(clients, team, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"run_create": "2/hour"}}
    for _ in range(2):
        assert clients["owner"].post(URL, VALID, format="json").status_code == 201
    refused = clients["owner"].post(URL, VALID, format="json")
    assert refused.status_code == 429
    assert 3500 <= int(refused["Retry-After"]) <= 3600
    assert "throttled" in refused.json()["detail"]
    assert Run.objects.count() == 2
    # The limit is per user: a teammate still may start runs, and reading is not limited.
    assert clients["teammate"].post(URL, VALID, format="json").status_code == 201
    assert clients["owner"].get(URL).status_code == 200


def test_refused_requests_do_not_use_up_the_run_allowance(clients, team, settings):
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"run_create": "1/hour"}}
    for _ in range(3):
        assert clients["owner"].post(URL, {**VALID, "retry_limit": 99}, format="json").status_code == 400
    assert clients["owner"].post(URL, VALID, format="json").status_code == 201


def test_options_describes_the_fields_to_send(clients):
    post = clients["owner"].options(URL).json()["actions"]["POST"]
    assert set(post) == {"repo_url", "team_name", "leader_name", "retry_limit"}
    assert post["retry_limit"]["max_value"] == 20 and post["repo_url"]["required"] is True


def test_a_team_created_concurrently_answers_409_not_500(clients):
    with mock.patch("runs.api.views.run_create", side_effect=IntegrityError("team_name_unique_ci")):
        response = clients["owner"].post(URL, {**VALID, "team_name": "Racing Team"}, format="json")
    assert response.status_code == 409
    assert "send yours again" in response.json()["detail"]


def test_it_refuses_a_new_team_whose_name_gives_a_taken_branch_name(newcomer):
    Team.objects.create(name="Rift_Organisers!", leader_name="Ada")
    response = client_for(newcomer).post(URL, {**VALID, "team_name": "RIFT ORGANISERS"}, format="json")
    assert response.status_code == 400
    [message] = response.json()["team_name"]
    assert "same branch name (RIFT_ORGANISERS_...)" in message and "'Rift_Organisers!'" in message
    assert Run.objects.count() == 0 and Team.objects.count() == 1


def test_it_refuses_a_repository_linked_by_another_team_with_a_field_error(clients, team, other_team):
    from runs.hosting.services import repository_link_create

    repository_link_create(repo_url="https://github.com/acme/widgets", team=other_team)
    response = clients["owner"].post(
        URL, {**VALID, "repo_url": "https://GitHub.com/Acme/widgets.git"}, format="json"
    )
    assert response.status_code == 400
    assert response.json() == {
        "repo_url": [
            "This repository is linked to another team in Healer: only that team can start runs on it."
        ]
    }
    assert Run.objects.count() == 0
    # The linking team itself may.
    response = clients["outsider"].post(URL, {**VALID, "team_name": "Other Team"}, format="json")
    assert response.status_code == 201


@pytest.mark.parametrize(
    ("body", "unknown"),
    [
        ({**VALID, "retries": 3}, ["retries"]),
        ({k: v for k, v in VALID.items() if k != "retry_limit"} | {"retries": 3}, ["retries"]),
        ({**VALID, "branch": "main", "force": True}, ["branch", "force"]),
    ],
)
def test_unknown_fields_get_400_naming_them_and_nothing_is_written(clients, team, body, unknown):
    response = clients["owner"].post(URL, body, format="json")
    assert response.status_code == 400
    errors = response.json()
    assert sorted(errors) == unknown
    for name in unknown:
        assert errors[name] == [
            "Unknown field: this endpoint takes leader_name, repo_url, retry_limit, team_name."
        ]
    assert Run.objects.count() == 0


def test_unknown_fields_are_named_beside_the_other_field_errors(clients, team):
    response = clients["owner"].post(URL, {"retries": 3, "repo_url": 5}, format="json")
    assert response.status_code == 400
    assert set(response.json()) == {"retries", "repo_url", "team_name", "leader_name"}
