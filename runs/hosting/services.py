"""Writes of the hosting app: credentials, repository links, a run's hosting state, CI observations, webhook deliveries.

A run itself is changed only through runs.services (run_create, run_mark_pushed).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from runs.hosting.base import CICheck, repo_ref_parse
from runs.hosting.crypto import SecretUnreadable
from runs.hosting.models import (
    CIObservation,
    Credential,
    DeliveryOutcome,
    Provider,
    PullRequestMode,
    RepositoryLink,
    RunHosting,
    Trigger,
    WebhookDelivery,
)
from runs.hosting.selectors import repository_link_find
from runs.models import ACTIVE_STATUSES, Iteration, Run, Team
from runs.services.runs import run_create

logger = logging.getLogger(__name__)

HEALER_BRANCH_SUFFIX = "_AI_Fix"
_BRANCH_RE = re.compile(r"^[A-Za-z0-9._/-]{1,255}$")


# --------------------------------------------------------------------------- configuration
def credential_create(
    *,
    name: str,
    host: str = "github.com",
    token: str = "",
    token_env: str = "",
    team: Team | None = None,
    api_url: str = "",
    provider: str = Provider.GITHUB,
    allowed_repositories: str = "",
) -> Credential:
    """A credential whose token is stored encrypted (token) or read from the environment (token_env).

    A team's credential serves that team's runs; an installation-wide one (no
    team) only the owners and repositories of `allowed_repositories` (one per line).
    """
    if bool(token) == bool(token_env):
        raise ValidationError("Give either a token or the name of an environment variable holding it.")
    credential = Credential(
        name=name,
        host=host,
        team=team,
        api_url=api_url,
        provider=provider,
        allowed_repositories=allowed_repositories,
    )
    if token:
        credential.token_set(token)
    else:
        credential.token_env = token_env
    credential.full_clean()
    credential.save()
    return credential


def credential_token_update(*, credential: Credential, token: str) -> Credential:
    credential.token_set(token)
    credential.save(update_fields=["token_encrypted", "token_env", "updated_at"])
    return credential


def repository_link_create(
    *,
    repo_url: str,
    team: Team,
    credential: Credential | None = None,
    webhook_secret: str = "",
    pull_request: str = PullRequestMode.DRAFT,
    monitor_ci: bool = True,
    heal_on_failure: bool = True,
    retry_limit: int | None = None,
) -> RepositoryLink:
    link = RepositoryLink(
        repo_url=repo_url,
        team=team,
        credential=credential,
        pull_request=pull_request,
        monitor_ci=monitor_ci,
        heal_on_failure=heal_on_failure,
        retry_limit=retry_limit,
    )
    link.webhook_secret_set(webhook_secret)
    link.full_clean()
    link.save()
    return link


# --------------------------------------------------------------------------- CI timeline
def ci_observation_record(
    *,
    run: Run,
    iteration: Iteration | None,
    sha: str,
    state: str,
    check: CICheck | None = None,
    note: str = "",
    failures_found: int = 0,
) -> CIObservation:
    return CIObservation.objects.create(
        run=run,
        iteration=iteration,
        head_sha=sha,
        kind=check.kind if check else "summary",
        external_id=check.id if check else "",
        name=(check.name if check else "")[:200],
        status=(check.status if check else "")[:30],
        conclusion=(check.conclusion if check else "")[:30],
        state=state,
        url=(check.url if check else "")[:500],
        failures_found=failures_found,
        note=note,
        observed_at=timezone.now(),
    )


def ci_observation_failures_set(*, observation_ids: list[int], count: int) -> None:
    """How many failures the logs of these (failed) CI units named."""
    CIObservation.objects.filter(pk__in=observation_ids).update(failures_found=count)


# --------------------------------------------------------------------------- a run's hosting state
def run_hosting_ensure(
    *, run: Run, hosting: RunHosting | None, link: RepositoryLink | None, credential: Credential
) -> RunHosting:
    """The run's RunHosting row, created on its first session and kept on the credential in use."""
    if hosting is None:
        return RunHosting.objects.create(
            run=run, repository=link, credential=credential, provider=credential.provider
        )
    if hosting.credential_id != credential.pk:
        hosting.credential = credential
        hosting.save(update_fields=["credential"])
    return hosting


def run_hosting_pushed(*, hosting: RunHosting, sha: str) -> None:
    RunHosting.objects.filter(pk=hosting.pk).update(pushed_sha=sha)
    hosting.pushed_sha = sha


def run_hosting_pull_request_set(*, hosting: RunHosting, number: int, url: str) -> None:
    RunHosting.objects.filter(pk=hosting.pk).update(pull_request_number=number, pull_request_url=url)
    hosting.pull_request_number, hosting.pull_request_url = number, url


# --------------------------------------------------------------------------- webhooks
# One answer for every delivery Healer will not act on for lack of a verified secret: a bad
# signature, a repository with no secret, a repository that is not linked at all. Different
# answers would tell anyone which repositories are configured.
UNAUTHORIZED_DETAIL = (
    "The X-Hub-Signature-256 signature does not match a webhook secret configured in Healer."
)
WEBHOOK_WINDOW = timedelta(hours=1)


@dataclass(frozen=True)
class WebhookResult:
    status_code: int
    outcome: str  # started / ignored / duplicate / limited / rejected / unauthorized / invalid
    detail: str
    run_id: int | None = None
    retry_after: int | None = None  # seconds, with 429

    def as_dict(self) -> dict:
        data = {"status": self.outcome, "detail": self.detail}
        if self.run_id is not None:
            data["run"] = self.run_id
        return data


def signature_valid(*, secret: str, body: bytes, signature: str) -> bool:
    """GitHub's X-Hub-Signature-256: "sha256=" + HMAC-SHA256(secret, body), compared in constant time."""
    if not secret or not signature.startswith("sha256="):
        return False
    expected = "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode("ascii"), signature.strip().encode("ascii", errors="replace"))


@dataclass(frozen=True)
class _Event:
    kind: str  # workflow_run / check_run
    action: str
    conclusion: str
    branch: str
    sha: str
    external_id: str
    attempt: int  # a workflow run's run_attempt (a re-run is a new attempt); 1 for a check run
    url: str
    head_repository: str  # full name of the repository the branch lives in


def _event_parse(event: str, payload: dict) -> _Event | None:
    if event == "workflow_run":
        item = payload.get("workflow_run")
        if not isinstance(item, dict):
            return None
        head_repo = item.get("head_repository") if isinstance(item.get("head_repository"), dict) else {}
        branch = item.get("head_branch")
    elif event == "check_run":
        item = payload.get("check_run")
        if not isinstance(item, dict):
            return None
        suite = item.get("check_suite") if isinstance(item.get("check_suite"), dict) else {}
        head_repo = suite.get("head_repository") if isinstance(suite.get("head_repository"), dict) else {}
        branch = suite.get("head_branch")
    else:
        return None
    return _Event(
        kind=event,
        action=str(payload.get("action") or ""),
        conclusion=str(item.get("conclusion") or ""),
        branch=branch if isinstance(branch, str) else "",
        sha=str(item.get("head_sha") or "")[:40],
        external_id=str(item.get("id") or "")[:40],
        attempt=_attempt(item.get("run_attempt", 1)),
        url=str(item.get("html_url") or "")[:500],
        head_repository=str(head_repo.get("full_name") or ""),
    )


def _attempt(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 < value < 2**31 else 0


def github_webhook_receive(*, event: str, delivery_id: str, signature: str, body: bytes) -> WebhookResult:
    """Verify a GitHub webhook delivery and start a healing run when a branch's CI failed.

    Nothing is stored for a delivery whose signature does not verify (so forged
    requests cannot fill the database or claim a delivery id ahead of GitHub).
    """
    if not event or not delivery_id or len(delivery_id) > 100:
        return WebhookResult(400, "invalid", "X-GitHub-Event and X-GitHub-Delivery headers are required.")
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return WebhookResult(400, "invalid", "The body is not JSON (set the webhook's content type to JSON).")
    if not isinstance(payload, dict):
        return WebhookResult(400, "invalid", "The body is not a JSON object.")

    repository = payload.get("repository") if isinstance(payload.get("repository"), dict) else {}
    full_name = str(repository.get("full_name") or "")
    ref = repo_ref_parse(str(repository.get("html_url") or ""))
    link = repository_link_find(host=ref.host, full_name=full_name) if ref and full_name else None
    if not _signature_verified(link=link, repository=repository, event=event, body=body, signature=signature):
        logger.warning("webhook delivery %s: not verified (%s); ignored", delivery_id[:100], full_name[:255])
        return WebhookResult(403, "unauthorized", UNAUTHORIZED_DETAIL)

    # Deliveries that were over the limit may be redelivered by hand once the hour has passed.
    if (
        WebhookDelivery.objects.filter(delivery_id=delivery_id)
        .exclude(outcome=DeliveryOutcome.LIMITED)
        .exists()
    ):
        return WebhookResult(200, "duplicate", "This delivery was already received.")
    parsed = _event_parse(event, payload)
    record = {
        "delivery_id": delivery_id,
        "event": event[:50],
        "action": str(payload.get("action") or "")[:50],
        "host": ref.host if ref else "",
        "repository": full_name[:255],
        "branch": (parsed.branch if parsed else "")[:255],
        "head_sha": parsed.sha if parsed else "",
        "external_id": parsed.external_id if parsed else "",
        "attempt": parsed.attempt if parsed else 0,
    }
    reason = _ignore_reason(event, parsed, link, full_name)
    try:
        with transaction.atomic():
            WebhookDelivery.objects.filter(delivery_id=delivery_id, outcome=DeliveryOutcome.LIMITED).delete()
            if reason:
                WebhookDelivery.objects.create(**record, outcome=DeliveryOutcome.IGNORED, detail=reason[:500])
                return WebhookResult(200, "ignored", reason)
            assert parsed is not None and link is not None
            refusal = _webhook_refusal(link=link, parsed=parsed, record=record)
            if refusal is not None:
                return refusal
            run = _webhook_run_create(link=link, parsed=parsed)
            WebhookDelivery.objects.create(
                **record, outcome=DeliveryOutcome.STARTED, detail=f"Healing {parsed.branch}", run=run
            )
    except IntegrityError:
        # The same delivery, or the same CI run under another delivery id, arrived twice at
        # once: the other request recorded it (webhook_trigger_once / the unique delivery id).
        return WebhookResult(200, "duplicate", "This CI run was already received.")
    except ValidationError as exc:
        detail = "; ".join(exc.messages)[:500]
        WebhookDelivery.objects.get_or_create(
            delivery_id=delivery_id,
            defaults={
                **{k: v for k, v in record.items() if k != "delivery_id"},
                "outcome": "rejected",
                "detail": detail,
            },
        )
        return WebhookResult(422, "rejected", detail)
    logger.info("webhook delivery %s started run %s for %s", delivery_id, run.pk, parsed.branch)
    return WebhookResult(202, "started", f"Healing {parsed.branch} in run {run.pk}.", run_id=run.pk)


def _signature_verified(
    *, link: RepositoryLink | None, repository: dict, event: str, body: bytes, signature: str
) -> bool:
    """The signature checked against the linked repository's secret (else the installation's).

    A repository that is not linked is never verified; a ping of an organisation
    hook (no repository) is checked against the installation's secret. The HMAC
    is always computed, so the answer takes as long whatever the repository.
    """
    secret = ""
    if link is not None:
        try:
            secret = link.webhook_secret() or settings.HEALER_GITHUB_WEBHOOK_SECRET
        except SecretUnreadable:
            logger.error("webhook secret of %s cannot be decrypted (HEALER_CREDENTIALS_KEY changed?)", link)
    elif event == "ping" and not repository:
        secret = settings.HEALER_GITHUB_WEBHOOK_SECRET
    valid = signature_valid(secret=secret or secrets.token_hex(16), body=body, signature=signature)
    return valid and bool(secret)


def _webhook_refusal(*, link: RepositoryLink, parsed: _Event, record: dict) -> WebhookResult | None:
    """Why this failure starts no run: healed before, being healed, or over the link's hourly limit.

    Runs inside the caller's transaction; the link row is locked so that
    concurrent deliveries for one repository count one after the other.
    """
    RepositoryLink.objects.select_for_update().filter(pk=link.pk).first()
    earlier = WebhookDelivery.objects.filter(
        outcome=DeliveryOutcome.STARTED,
        host__iexact=record["host"],
        repository__iexact=record["repository"],
        event=record["event"],
        external_id=parsed.external_id,
        attempt=parsed.attempt,
        head_sha=parsed.sha,
    ).first()
    if earlier is not None:
        run = f" (run {earlier.run_id})" if earlier.run_id else ""
        return WebhookResult(200, "duplicate", f"This CI run was already received{run}.")
    active = RunHosting.objects.filter(
        repository=link,
        source_branch=parsed.branch,
        trigger_sha=parsed.sha,
        run__status__in=ACTIVE_STATUSES,
    ).first()
    if active is not None:
        detail = f"Run {active.run_id} is already healing {parsed.branch} at {parsed.sha[:12]}."
        WebhookDelivery.objects.create(**record, outcome=DeliveryOutcome.IGNORED, detail=detail)
        return WebhookResult(200, "ignored", detail)
    since = timezone.now() - WEBHOOK_WINDOW
    recent = list(
        RunHosting.objects.filter(repository=link, trigger=Trigger.WEBHOOK, run__created_at__gte=since)
        .order_by("run__created_at")
        .values_list("run__created_at", flat=True)
    )
    if len(recent) >= link.webhook_rate:
        retry_after = max(1, int((recent[0] + WEBHOOK_WINDOW - timezone.now()).total_seconds()) + 1)
        detail = (
            f"{link} has reached its limit of {link.webhook_rate} webhook run(s) per hour: "
            f"this failure is not healed. Redeliver it in {retry_after} s, or start a run by hand."
        )
        WebhookDelivery.objects.create(**record, outcome=DeliveryOutcome.LIMITED, detail=detail[:500])
        return WebhookResult(429, "limited", detail, retry_after=retry_after)
    return None


def _ignore_reason(event: str, parsed: _Event | None, link: RepositoryLink | None, full_name: str) -> str:
    if event == "ping":
        return "pong"
    if parsed is None:
        return f"Event {event!r} does not start runs (only workflow_run and check_run do)."
    if parsed.action != "completed" or parsed.conclusion != "failure":
        return (
            f"Nothing to heal: {event} {parsed.action or '?'} with conclusion {parsed.conclusion or 'none'}."
        )
    if link is None:
        return f"Repository {full_name or '?'} is not configured in Healer."
    if not link.heal_on_failure:
        return f"Healing on CI failure is turned off for {link}."
    if not parsed.branch:
        return "The failing run belongs to no branch."
    if parsed.branch.endswith(HEALER_BRANCH_SUFFIX):
        return f"{parsed.branch} is one of Healer's own fix branches."
    if not _BRANCH_RE.match(parsed.branch) or ".." in parsed.branch or parsed.branch.startswith(("-", "/")):
        return "The branch name is not one Healer accepts."
    if parsed.head_repository and parsed.head_repository.lower() != link.full_name.lower():
        return f"The failing branch lives in another repository ({parsed.head_repository}, a fork)."
    if not re.fullmatch(r"[0-9a-f]{40}", parsed.sha):
        return "The event names no commit."
    if not parsed.external_id or not parsed.attempt:
        return "The event names no CI run (id and attempt)."
    return ""


def _webhook_run_create(*, link: RepositoryLink, parsed: _Event) -> Run:
    team = link.team
    run = run_create(
        repo_url=link.repo_url,
        # The team's current leader: run_create would otherwise rename the team's leader.
        team_name=team.name,
        leader_name=team.leader_name,
        retry_limit=link.retry_limit,
        allow_local=False,
    )
    RunHosting.objects.create(
        run=run,
        repository=link,
        credential=link.credential,
        provider=link.provider,
        trigger=Trigger.WEBHOOK,
        source_branch=parsed.branch,
        trigger_sha=parsed.sha,
        trigger_kind=parsed.kind,
        trigger_external_id=parsed.external_id,
        trigger_url=parsed.url,
    )
    return run
