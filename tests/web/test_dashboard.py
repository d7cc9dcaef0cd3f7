import re

import pytest
from django.urls import reverse

from runs.models import Run, RunStatus, Team
from runs.services import runs as run_services

START = reverse("dashboard")
GOOD = {
    "repo_url": "https://github.com/acme/widgets.git",
    "team_name": "RIFT ORGANISERS",
    "leader_name": "Saiyam Kumar",
    "retry_limit": "5",
}


@pytest.fixture
def enqueued(monkeypatch):
    calls = []
    monkeypatch.setattr(run_services, "run_enqueue", lambda *, run_id: calls.append(run_id))
    return calls


def test_it_sends_anonymous_visitors_to_sign_in(client, db):
    response = client.get(START)
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('login')}?next=/"


def test_it_shows_the_form_prefilled_with_the_only_team_and_5_retries(login, team):
    response = login("owner").get(START)
    assert response.status_code == 200
    form = response.context["form"]
    assert form["retry_limit"].value() == 5
    assert form["team_name"].value() == "RIFT ORGANISERS"
    assert form["leader_name"].value() == "Saiyam Kumar"
    html = response.content.decode()
    for label in ("Repository URL", "Team name", "Team leader name", "Retry limit"):
        assert f">{label}</label>" in html
    assert 'data-busy-text="Starting run…"' in html


def test_it_leaves_the_team_blank_for_someone_in_several_teams(login, people, team, other_team):
    other_team.members.add(people["owner"])
    form = login("owner").get(START).context["form"]
    assert form["team_name"].value() is None
    assert form["retry_limit"].value() == 5


def test_it_starts_a_run_and_redirects_to_its_page(
    login, team, people, enqueued, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = login("teammate").post(START, GOOD)
    run = Run.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("run-detail", args=[run.pk])
    assert run.status == RunStatus.QUEUED and run.team == team and run.created_by == people["teammate"]
    assert run.branch == "RIFT_ORGANISERS_SAIYAM_KUMAR_AI_Fix" and run.retry_limit == 5
    assert enqueued == [run.pk]


def test_it_creates_a_new_team_with_the_submitter_as_member(login, people, enqueued):
    response = login("outsider").post(START, {**GOOD, "team_name": "Gamma Rays", "retry_limit": "3"})
    assert response.status_code == 302
    team = Team.objects.get(name="Gamma Rays")
    assert list(team.members.all()) == [people["outsider"]]
    assert Run.objects.get().retry_limit == 3


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("repo_url", "ftp://example.com/repo", "https"),
        ("repo_url", "", "This field is required."),
        ("team_name", "!!!", "no letters or digits"),
        ("leader_name", "", "This field is required."),
        ("retry_limit", "0", "greater than or equal to 1"),
        ("retry_limit", "21", "less than or equal to 20"),
        ("retry_limit", "five", "Enter a whole number."),
    ],
)
def test_it_shows_field_errors_inline_and_writes_nothing(login, people, field, value, message):
    response = login("owner").post(START, {**GOOD, "team_name": "New Team", field: value})
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert list(errors) == [field]
    assert message in errors[field][0]
    html = response.content.decode()
    assert f'id="id_{field}_error"' in html
    assert 'aria-invalid="true"' in html
    assert Run.objects.count() == 0 and Team.objects.filter(name="New Team").count() == 0


def test_it_reports_every_bad_field_in_one_round_trip(login, people):
    response = login("owner").post(START, {**GOOD, "repo_url": "ftp://x", "retry_limit": "99"})
    assert set(response.context["form"].errors) == {"repo_url", "retry_limit"}


def test_it_flags_a_team_without_letters_even_while_the_leader_is_missing(login, people):
    # Before, "!!!" was flagged only once the leader was filled in: a second submit.
    response = login("owner").post(
        START, {**GOOD, "team_name": "!!!", "leader_name": "", "repo_url": "ftp://x"}
    )
    errors = response.context["form"].errors
    assert set(errors) == {"team_name", "leader_name", "repo_url"}
    assert "no letters or digits" in errors["team_name"][0]
    assert errors["leader_name"] == ["This field is required."]


def test_it_flags_both_names_without_letters_at_once(login, people):
    response = login("owner").post(START, {**GOOD, "team_name": "!!!", "leader_name": "***"})
    errors = response.context["form"].errors
    assert set(errors) == {"team_name", "leader_name"}
    assert all("no letters or digits" in errors[field][0] for field in errors)


def test_the_submitted_message_is_marked_to_go_once_the_run_is_over(
    login, team, enqueued, django_capture_on_commit_callbacks
):
    client = login("owner")
    response = client.post(START, GOOD, follow=True)
    html = response.content.decode()
    assert 'class="message message--run-live message--success"' in html
    assert "submitted: this page follows it live" in html


def test_it_refuses_a_run_for_a_team_the_user_is_not_in(login, team, enqueued):
    response = login("outsider").post(START, GOOD)
    assert response.status_code == 400
    assert response.context["form"].errors["team_name"] == ["You are not a member of team RIFT ORGANISERS."]
    assert Run.objects.count() == 0 and enqueued == []


def test_it_lets_staff_start_a_run_for_any_team(login, team, enqueued):
    assert login("staff").post(START, GOOD).status_code == 302
    assert Run.objects.get().team == team


def test_it_lists_only_the_users_own_latest_runs(login, people, team, other_team, run_factory):
    mine = run_factory(team)
    run_factory(other_team)
    response = login("teammate").get(START)
    assert [run.pk for run in response.context["recent"]] == [mine.pk]


def test_it_answers_in_constant_queries(login, people, team, run_factory, django_assert_max_num_queries):
    client = login("owner")
    for _ in range(8):
        run_factory(team)
    with django_assert_max_num_queries(5):
        assert client.get(START).status_code == 200


def test_it_shares_the_apis_run_limit(login, team, enqueued, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "run_create": "2/hour",
        },
    }
    client = login("owner")
    assert client.post(START, GOOD).status_code == 302
    assert client.post(START, GOOD).status_code == 302
    response = client.post(START, GOOD)
    assert response.status_code == 429
    html = response.content.decode()
    assert "too many runs" in html
    # When the next run may start, in words: the oldest of the two leaves the hour in about an hour.
    assert "try again in about an hour." in html and " s." not in html.split("too many runs")[1][:80]
    assert Run.objects.count() == 2


def test_it_refuses_a_new_team_whose_name_gives_a_taken_branch_name(login, people, enqueued):
    Team.objects.create(name="Rift_Organisers!", leader_name="Ada")
    response = login("owner").post(START, GOOD)  # "RIFT ORGANISERS"
    assert response.status_code == 400
    [message] = response.context["form"].errors["team_name"]
    assert "same branch name" in message and "Rift_Organisers!" in message
    assert Run.objects.count() == 0 and Team.objects.count() == 1 and enqueued == []


def test_it_refuses_a_repository_linked_by_another_team(login, team, other_team, enqueued):
    from runs.hosting.services import repository_link_create

    repository_link_create(repo_url="https://github.com/acme/widgets", team=other_team)
    response = login("owner").post(START, GOOD)
    assert response.status_code == 400
    assert response.context["form"].errors["repo_url"] == [
        "This repository is linked to another team in Healer: only that team can start runs on it."
    ]
    assert Run.objects.count() == 0


def test_a_team_created_concurrently_answers_409_like_the_api(login, people, enqueued, monkeypatch):
    """The race: both requests validated before either inserted; the database refuses the second."""
    from runs.services import runs as runs_services
    from runs.services import teams as teams_services

    Team.objects.create(name="Rift Organisers", leader_name="Ada")  # inserted by the other request
    # Everything this request read before the other request's insert: no such team yet.
    for module in (runs_services, teams_services):
        monkeypatch.setattr(module, "team_find", lambda *, name: None)
        monkeypatch.setattr(module, "team_branch_clash", lambda *, name: None)

    response = login("owner").post(START, GOOD)

    assert response.status_code == 409
    assert response.context["form"].errors["team_name"] == [
        "Another request created this team at the same moment; send yours again."
    ]
    assert Run.objects.count() == 0 and Team.objects.count() == 1 and enqueued == []


def test_it_names_the_setting_that_allows_local_paths_when_it_refuses_one(login, people, settings, tmp_path):
    settings.HEALER_ALLOW_LOCAL_REPOS = False
    response = login("owner").post(START, {**GOOD, "repo_url": str(tmp_path)})
    assert response.status_code == 400
    [message] = response.context["form"].errors["repo_url"]
    assert "local paths are not allowed here" in message
    assert "HEALER_ALLOW_LOCAL_REPOS=1" in message
    assert "HEALER_ALLOW_LOCAL_REPOS=1" in response.content.decode()
    assert Run.objects.count() == 0


def test_the_latest_runs_show_no_score_for_runs_that_were_not_scored(login, team, run_factory):
    errored = run_factory(team, status=RunStatus.ERROR)
    errored.error_message = "Could not clone https://github.com/acme/widgets.git"
    errored.save()
    run_factory(team, status=RunStatus.FAILED, score=110)
    html = login("owner").get(START).content.decode()
    cards = re.findall(
        r'data-testid="run-card-outcome">(.*?)</span>\s*<span class="run-card__meta">', html, re.S
    )
    failed, error = [" ".join(re.sub(r"<[^>]+>", "", card).split()) for card in cards]
    # A FAILED run's score is never shown alone; an ERROR run has none.
    assert failed == "0 of 0 fixed · score 110 ✗ FAILED"
    assert error == "Not scored: Could not clone https://github.com/acme/widgets.git"
