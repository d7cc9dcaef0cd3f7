"""POST /hooks/github: signature, duplicates, own branches, and the run a CI failure starts."""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
from pathlib import Path

import pytest
from django.urls import reverse

from runs.hosting.models import RunHosting, Trigger, WebhookDelivery
from runs.hosting.services import (
    UNAUTHORIZED_DETAIL,
    credential_create,
    repository_link_create,
    signature_valid,
)
from runs.models import Run, RunStatus, Team

pytestmark = pytest.mark.django_db

PAYLOADS = Path(__file__).parent / "payloads"
SECRET = "It's a Secret to Everybody"
URL = "/hooks/github"


def payload(name: str) -> dict:
    return json.loads((PAYLOADS / f"{name}.json").read_text())


def sign(body: bytes, secret: str = SECRET) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def deliver(
    client,
    data: dict,
    *,
    event: str = "workflow_run",
    delivery: str = "72d3162e-cc78-11e3-81ab-4c9367dc0958",
    secret: str = SECRET,
    signature: str | None = None,
):
    body = json.dumps(data).encode()
    return client.post(
        URL,
        data=body,
        content_type="application/json",
        HTTP_X_GITHUB_EVENT=event,
        HTTP_X_GITHUB_DELIVERY=delivery,
        HTTP_X_HUB_SIGNATURE_256=signature if signature is not None else sign(body, secret),
    )


@pytest.fixture
def link(db):
    team = Team.objects.create(name="RIFT ORGANISERS", leader_name="Saiyam Kumar")
    credential = credential_create(name="octo bot", token="ghp_webhook_test_token", team=team)
    return repository_link_create(
        repo_url="https://github.com/octo-org/octo-repo",
        team=team,
        credential=credential,
        webhook_secret=SECRET,
    )


def test_the_route_is_hooks_github():
    assert reverse("github-webhook") == URL


def test_it_verifies_githubs_documented_signature_example():
    # The example from GitHub's "Validating webhook deliveries" documentation.
    assert signature_valid(
        secret="It's a Secret to Everybody",
        body=b"Hello, World!",
        signature="sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",
    )
    assert not signature_valid(
        secret="It's a Secret to Everybody", body=b"Hello, World!", signature="sha256=00"
    )


def test_it_starts_a_run_for_a_failed_workflow_run_of_a_branch(
    client, link, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks() as callbacks:
        response = deliver(client, payload("workflow_run_completed"))

    assert response.status_code == 202, response.content
    run = Run.objects.get()
    assert response.json() == {
        "status": "started",
        "detail": f"Healing feature/parser in run {run.pk}.",
        "run": run.pk,
    }
    assert run.status == RunStatus.QUEUED and run.team == link.team
    assert run.repo_url == "https://github.com/octo-org/octo-repo.git"
    assert run.branch == "RIFT_ORGANISERS_SAIYAM_KUMAR_AI_Fix"
    hosting = RunHosting.objects.get(run=run)
    assert hosting.trigger == Trigger.WEBHOOK and hosting.source_branch == "feature/parser"
    assert hosting.trigger_sha == "3484a3fb816e0859fd6e1cea078d76385ff50625"
    assert (hosting.trigger_kind, hosting.trigger_external_id) == ("workflow_run", "289782451")
    assert hosting.repository == link and hosting.credential == link.credential
    delivery = WebhookDelivery.objects.get()
    assert delivery.outcome == "started" and delivery.run == run and delivery.branch == "feature/parser"
    assert len(callbacks) == 1  # the run is enqueued once the transaction commits


def test_it_starts_a_run_for_a_failed_check_run_on_the_check_suites_branch(client, link):
    response = deliver(client, payload("check_run_completed"), event="check_run")
    assert response.status_code == 202
    hosting = RunHosting.objects.get()
    assert hosting.source_branch == "changes" and hosting.trigger_kind == "check_run"
    assert hosting.trigger_sha == "ec26c3e57ca3a959ca5aad62de7213c562f8c821"


@pytest.mark.parametrize(
    "signature",
    ["", "sha256=" + "0" * 64, "sha1=" + "0" * 40, "not a signature"],
)
def test_it_rejects_a_missing_or_wrong_signature_and_stores_nothing(client, link, signature):
    response = deliver(client, payload("workflow_run_completed"), signature=signature)
    assert response.status_code == 403
    assert response.json()["status"] == "unauthorized"
    assert Run.objects.count() == 0 and WebhookDelivery.objects.count() == 0


def test_it_rejects_a_signature_made_with_another_secret(client, link):
    response = deliver(client, payload("workflow_run_completed"), secret="another secret")
    assert response.status_code == 403
    assert Run.objects.count() == 0


def test_it_rejects_a_body_altered_after_signing(client, link):
    data = payload("workflow_run_completed")
    signature = sign(json.dumps(data).encode())
    data["workflow_run"]["head_branch"] = "main"
    response = deliver(client, data, signature=signature)
    assert response.status_code == 403 and Run.objects.count() == 0


def test_it_ignores_a_redelivery_of_the_same_delivery(client, link):
    first = deliver(client, payload("workflow_run_completed"))
    second = deliver(client, payload("workflow_run_completed"))
    assert first.status_code == 202
    assert second.status_code == 200 and second.json()["status"] == "duplicate"
    assert Run.objects.count() == 1 and WebhookDelivery.objects.count() == 1


def test_it_starts_no_second_run_for_a_commit_already_being_healed(client, link):
    deliver(client, payload("workflow_run_completed"), delivery="one")
    another_workflow = payload("workflow_run_completed")
    another_workflow["workflow_run"]["id"] = 289782452
    response = deliver(client, another_workflow, delivery="two")
    assert response.status_code == 200 and response.json()["status"] == "ignored"
    assert "already healing" in response.json()["detail"]
    assert Run.objects.count() == 1


def test_it_ignores_healers_own_fix_branches(client, link):
    data = payload("workflow_run_completed")
    data["workflow_run"]["head_branch"] = "RIFT_ORGANISERS_SAIYAM_KUMAR_AI_Fix"
    response = deliver(client, data)
    assert response.status_code == 200
    assert response.json() == {
        "status": "ignored",
        "detail": "RIFT_ORGANISERS_SAIYAM_KUMAR_AI_Fix is one of Healer's own fix branches.",
    }
    assert Run.objects.count() == 0
    assert WebhookDelivery.objects.get().outcome == "ignored"


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda d: d["workflow_run"].update(conclusion="success"), "conclusion success"),
        (lambda d: d.update(action="requested"), "requested"),
        (lambda d: d["workflow_run"].update(head_branch=None), "no branch"),
        (lambda d: d["workflow_run"].update(head_branch="--upload-pack=x"), "not one Healer accepts"),
        (lambda d: d["workflow_run"]["head_repository"].update(full_name="fork/octo-repo"), "a fork"),
    ],
)
def test_it_ignores_events_that_are_not_a_branch_failure_it_can_heal(client, link, change, reason):
    data = copy.deepcopy(payload("workflow_run_completed"))
    change(data)
    response = deliver(client, data)
    assert response.status_code == 200
    assert reason in response.json()["detail"]
    assert Run.objects.count() == 0


def test_it_answers_an_unlinked_repository_exactly_like_a_bad_signature(client, settings, link):
    settings.HEALER_GITHUB_WEBHOOK_SECRET = "installation secret"
    data = payload("workflow_run_completed")
    data["repository"].update(full_name="octo-org/other", html_url="https://github.com/octo-org/other")
    unlinked = deliver(client, data, secret="installation secret")
    bad_signature = deliver(client, payload("workflow_run_completed"), secret="wrong", delivery="two")

    assert unlinked.status_code == bad_signature.status_code == 403
    assert (
        unlinked.json() == bad_signature.json() == {"status": "unauthorized", "detail": UNAUTHORIZED_DETAIL}
    )
    assert Run.objects.count() == 0 and WebhookDelivery.objects.count() == 0


def test_it_answers_a_linked_repository_without_a_secret_like_an_unknown_one(client, link):
    link.webhook_secret_set("")
    link.save()
    linked = deliver(client, payload("workflow_run_completed"))
    data = payload("workflow_run_completed")
    data["repository"].update(full_name="octo-org/other", html_url="https://github.com/octo-org/other")
    unknown = deliver(client, data, delivery="two")

    assert linked.status_code == unknown.status_code == 403
    assert linked.json() == unknown.json() == {"status": "unauthorized", "detail": UNAUTHORIZED_DETAIL}


def test_it_respects_a_link_with_healing_turned_off(client, link):
    link.heal_on_failure = False
    link.save()
    response = deliver(client, payload("workflow_run_completed"))
    assert response.status_code == 200 and "turned off" in response.json()["detail"]


def test_it_answers_a_ping(client, link):
    response = deliver(client, payload("ping"), event="ping")
    assert response.status_code == 200 and response.json()["detail"] == "pong"


def test_it_refuses_get_form_encoded_oversized_and_headerless_requests(client, link, settings):
    assert client.get(URL).status_code == 405
    form = client.post(URL, data={"payload": "{}"})
    assert form.status_code == 415
    settings.HEALER_WEBHOOK_MAX_BYTES = 100
    assert deliver(client, payload("workflow_run_completed")).status_code == 413
    settings.HEALER_WEBHOOK_MAX_BYTES = 2 * 1024 * 1024
    body = json.dumps(payload("workflow_run_completed")).encode()
    missing = client.post(
        URL, data=body, content_type="application/json", HTTP_X_HUB_SIGNATURE_256=sign(body)
    )
    assert missing.status_code == 400
    assert Run.objects.count() == 0


def test_it_needs_no_csrf_token(link):
    from django.test import Client

    response = deliver(Client(enforce_csrf_checks=True), payload("workflow_run_completed"))
    assert response.status_code == 202


# --- replays and limits ---------------------------------------------------------------------------
def finish_all_runs():
    Run.objects.update(status=RunStatus.FAILED)


def test_a_replayed_body_under_a_new_delivery_id_starts_nothing_ever_again(client, link):
    """The delivery id is a header the signature does not cover; the signed body names the CI run."""
    assert deliver(client, payload("workflow_run_completed"), delivery="original").status_code == 202
    finish_all_runs()  # long after: nothing is being healed any more

    for number in range(3):
        response = deliver(client, payload("workflow_run_completed"), delivery=f"replay-{number}")
        assert response.status_code == 200
        assert response.json()["status"] == "duplicate"
        assert response.json()["detail"] == f"This CI run was already received (run {Run.objects.get().pk})."
    assert Run.objects.count() == 1


def test_a_rerun_of_the_workflow_is_a_new_attempt_and_heals_again(client, link):
    deliver(client, payload("workflow_run_completed"), delivery="first")
    finish_all_runs()
    rerun = payload("workflow_run_completed")
    rerun["workflow_run"]["run_attempt"] = 2
    response = deliver(client, rerun, delivery="second")
    assert response.status_code == 202
    assert sorted(WebhookDelivery.objects.values_list("attempt", flat=True)) == [1, 2]


def test_the_database_refuses_a_second_started_delivery_for_one_ci_run(link):
    from django.db import IntegrityError, transaction

    fields = {
        "event": "workflow_run",
        "host": "github.com",
        "repository": "octo-org/octo-repo",
        "external_id": "289782451",
        "attempt": 1,
        "head_sha": "3484a3fb816e0859fd6e1cea078d76385ff50625",
        "outcome": "started",
    }
    WebhookDelivery.objects.create(delivery_id="a", **fields)
    with pytest.raises(IntegrityError), transaction.atomic():
        WebhookDelivery.objects.create(delivery_id="b", **{**fields, "repository": "Octo-Org/Octo-Repo"})
    WebhookDelivery.objects.create(delivery_id="c", **{**fields, "outcome": "ignored"})


def test_an_event_naming_no_ci_run_starts_nothing(client, link):
    data = payload("workflow_run_completed")
    del data["workflow_run"]["id"]
    response = deliver(client, data)
    assert response.status_code == 200 and "names no CI run" in response.json()["detail"]
    assert Run.objects.count() == 0


def failing_workflow(number: int) -> dict:
    data = payload("workflow_run_completed")
    data["workflow_run"]["id"] = 1000 + number
    data["workflow_run"]["head_sha"] = f"{number:040x}"
    return data


def test_webhook_runs_are_limited_per_repository_link_and_the_answer_says_so(client, link):
    from datetime import timedelta

    from django.utils import timezone

    link.webhook_runs_per_hour = 2
    link.save()
    for number in range(2):
        assert deliver(client, failing_workflow(number), delivery=f"d{number}").status_code == 202
    finish_all_runs()

    response = deliver(client, failing_workflow(2), delivery="d2")

    assert response.status_code == 429
    body = response.json()
    assert body["status"] == "limited"
    assert "reached its limit of 2 webhook run(s) per hour" in body["detail"]
    assert 3500 <= int(response["Retry-After"]) <= 3601
    assert Run.objects.count() == 2
    assert WebhookDelivery.objects.get(delivery_id="d2").outcome == "limited"

    # An hour later the same delivery may be redelivered and heals.
    Run.objects.update(created_at=timezone.now() - timedelta(hours=1, seconds=1))
    assert deliver(client, failing_workflow(2), delivery="d2").status_code == 202
    assert WebhookDelivery.objects.get(delivery_id="d2").outcome == "started"


def test_the_installation_wide_webhook_limit_applies_to_links_without_their_own(client, link, settings):
    settings.HEALER_WEBHOOK_RUNS_PER_HOUR = 1
    assert deliver(client, failing_workflow(0), delivery="d0").status_code == 202
    finish_all_runs()
    assert deliver(client, failing_workflow(1), delivery="d1").status_code == 429
