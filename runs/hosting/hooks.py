"""Git hosting as a run plug-in: push with credentials, pull request, CI monitoring, CI feedback.

`HostingHooks` implements runs.hooks.RunHooks (HEALER_RUN_HOOKS names it). Its
session is the null one (every hook a no-op) when the run has no hosting
integration: a local path, a URL Healer cannot read as owner/repo, or no
credential for its host. Then a run behaves exactly as without this app.

With a credential, the run's loop becomes:
  iteration k: sandbox checks → the failures the remote CI reported for the
  current commit (from the previous push) join them → repair → commit → push →
  wait for the remote CI of the pushed commit (each status recorded as a
  CIObservation) → on failure, its logs are read for iteration k+1.

This app changes a run only through runs.services (run_mark_pushed); its own
rows are written in runs.hosting.services.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import transaction

from healer.engine.ci_logs import failures_from_logs
from healer.engine.types import CheckReport, Failure
from runs.gitops import GitOperationError
from runs.hooks import CheckoutOptions, NullRunHookSession, RunHookSession
from runs.hosting.base import (
    CILog,
    CIState,
    HostingAuthError,
    HostingError,
    HostingProvider,
    RepoRef,
    repo_ref_parse,
)
from runs.hosting.ci import CIWaitConfig, ci_wait
from runs.hosting.models import Credential, PullRequestMode, RepositoryLink, RunHosting, Trigger
from runs.hosting.providers import provider_build
from runs.hosting.selectors import (
    credential_eligible,
    credential_for,
    pull_request_body,
    repository_link_find,
    repository_link_foreign,
    run_hosting_get,
)
from runs.hosting.services import (
    ci_observation_failures_set,
    ci_observation_record,
    run_hosting_ensure,
    run_hosting_pull_request_set,
    run_hosting_pushed,
)
from runs.models import Iteration, Run
from runs.selectors import run_find
from runs.services.runs import run_execution_check, run_mark_pushed

if TYPE_CHECKING:
    from healer.engine.languages.base import Plan
    from runs.gitops import Checkout

logger = logging.getLogger(__name__)


@dataclass
class _PendingCI:
    sha: str
    logs: list[CILog]
    observation_ids: list[int] = field(default_factory=list)


class HostingSession:
    """One run's hosting integration (implements runs.hooks.RunHookSession)."""

    def __init__(
        self,
        *,
        run: Run,
        hosting: RunHosting,
        provider: HostingProvider,
        repo: RepoRef,
        pull_request_mode: str,
        monitor_ci: bool,
        log: Callable[[str], None],
        should_stop: Callable[[], bool],
        sleep: Callable[[float], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.run = run
        self.hosting = hosting
        self.provider = provider
        self.repo = repo
        self.pull_request_mode = pull_request_mode
        self.monitor_ci = monitor_ci
        self.log = log
        self.should_stop = should_stop
        self.sleep = sleep or self._interruptible_sleep
        self.clock = clock
        self.pending: _PendingCI | None = None
        self.monitored: set[str] = set()
        self.ci_configured: bool | None = None
        self.start_sha = ""

    def checkout_options(self) -> CheckoutOptions:
        """The token for git (never stored in the clone) and, for a webhook run, the failing branch."""
        return CheckoutOptions(
            git_config=self.provider.git_config(self.repo), start_branch=self.hosting.source_branch
        )

    def _interruptible_sleep(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while not self.should_stop() and (left := end - time.monotonic()) > 0:
            time.sleep(min(1.0, left))

    # -- hooks -------------------------------------------------------------------
    def run_started(self, *, checkout: Checkout) -> None:
        """Before the first iteration: what the remote CI already said about the starting commit."""
        self.start_sha = checkout.head_sha
        if not self.monitor_ci:
            return
        try:
            if self.hosting.trigger == Trigger.WEBHOOK and self.hosting.trigger_sha == self.start_sha:
                check = self.provider.ci_check(
                    self.repo, kind=self.hosting.trigger_kind, external_id=self.hosting.trigger_external_id
                )
                checks = [check]
            else:
                checks = self.provider.ci_snapshot(self.repo, sha=self.start_sha).checks
        except HostingAuthError:
            raise
        except HostingError as exc:
            self.log(f"Remote CI of {self.start_sha[:12]} could not be read: {exc}")
            return
        observations = []
        for check in checks:
            observations.append(self._observe(check, sha=self.start_sha, iteration=None))
        failed = [check for check in checks if check.state == CIState.FAILURE]
        if failed:
            self._collect_logs(self.start_sha, failed, observations)

    def remote_failures(self, *, report: CheckReport, checkout: Checkout, plan: Plan | None) -> list[Failure]:
        """The failures the remote CI found on the current commit that the sandbox did not.

        De-duplicated by (file, line, bug type) against `report`; the engine merges them
        into its own (Engine.add_failures).
        """
        pending, self.pending = self.pending, None
        if pending is None or plan is None:
            return []
        if pending.sha != checkout.head_sha:
            return []  # the remote CI judged another commit
        parsed = failures_from_logs(
            [log.text for log in pending.logs],
            source_files=plan.source_files,
            test_files=plan.test_files,
            origin={"sha": pending.sha, "logs": [log.url or log.name for log in pending.logs]},
        )
        known = {failure.key for failure in report.failures}
        new = [failure for failure in parsed.failures if failure.key not in known]
        if pending.observation_ids:
            ci_observation_failures_set(observation_ids=pending.observation_ids, count=len(parsed.failures))
        self.log(
            f"Remote CI of {pending.sha[:12]}: {len(parsed.failures)} failure(s) in its logs, "
            f"{len(parsed.failures) - len(new)} also found by the sandbox, {len(new)} added"
            + (f", {parsed.unlocated} not located in non-test code" if parsed.unlocated else "")
        )
        for failure in new:
            self.log(f"  remote {failure.bug_type} {failure.file}:{failure.line} {failure.message}")
        if not parsed.failures:
            self.log("The remote CI failed, but its logs name no failure Healer can locate.")
        return new

    def iteration_recorded(self, *, checkout: Checkout, iteration: Iteration) -> None:
        """Push the iteration's commits and wait for the remote CI to judge them."""
        if not (self.monitor_ci and settings.HEALER_PUSH):
            return  # the branch is pushed once at the end, as without hosting
        head = checkout.head_sha
        if head == self.start_sha or head == self.hosting.pushed_sha:
            return
        self.log(f"Pushing {checkout.branch} ({head[:12]}) for the remote CI")
        run_execution_check(run=self.run)  # an execution that was taken over pushes nothing
        checkout.push()
        self._pushed(head)
        self._ensure_pull_request(checkout)
        self._monitor(head, iteration=iteration)

    def pushed(self, *, checkout: Checkout, iteration: Iteration | None) -> None:
        """After the final push: the pull request, and the remote CI of the final commit."""
        head = checkout.head_sha
        self._pushed(head)
        self._ensure_pull_request(checkout)
        if self.monitor_ci and head not in self.monitored:
            self._monitor(head, iteration=iteration)
            if self.pending is not None:
                self.log(
                    "No iteration is left to act on the remote CI's failures; they are on the run's timeline."
                )
                self.pending = None

    # -- helpers -----------------------------------------------------------------
    def _pushed(self, sha: str) -> None:
        with transaction.atomic():
            run_mark_pushed(run=self.run)
            run_hosting_pushed(hosting=self.hosting, sha=sha)

    def _observe(self, check, *, sha: str, iteration: Iteration | None) -> int:
        observation = ci_observation_record(
            run=self.run, iteration=iteration, sha=sha, state=check.state, check=check
        )
        conclusion = f" ({check.conclusion})" if check.conclusion else ""
        self.log(f"CI {check.name}: {check.status}{conclusion} {check.url}".rstrip())
        return observation.pk

    def _monitor(self, sha: str, *, iteration: Iteration | None) -> None:
        self.monitored.add(sha)
        observations: dict[tuple[str, str], int] = {}

        def on_change(check) -> None:
            observations[check.key] = self._observe(check, sha=sha, iteration=iteration)

        config = CIWaitConfig(
            timeout=settings.HEALER_CI_TIMEOUT,
            appear_timeout=settings.HEALER_CI_APPEAR_TIMEOUT,
            poll_initial=settings.HEALER_CI_POLL_INITIAL,
            poll_max=settings.HEALER_CI_POLL_MAX,
        )
        self.log(f"Waiting for the remote CI of {sha[:12]} (at most {config.timeout} s)")
        try:
            outcome = ci_wait(
                provider=self.provider,
                repo=self.repo,
                sha=sha,
                config=config,
                on_change=on_change,
                should_stop=self.should_stop,
                sleep=self.sleep,
                clock=self.clock,
                known_configured=self.ci_configured,
            )
        except HostingError as exc:  # auth revoked mid-run: the sandbox checks still stand
            ci_observation_record(
                run=self.run, iteration=iteration, sha=sha, state=CIState.ERROR, note=str(exc)
            )
            self.log(f"Remote CI could not be read: {exc}")
            return
        if outcome.configured is not None:
            self.ci_configured = outcome.configured
        if outcome.state in (CIState.NONE, CIState.TIMEOUT, CIState.ERROR):
            ci_observation_record(
                run=self.run, iteration=iteration, sha=sha, state=outcome.state, note=outcome.note
            )
            self.log(outcome.note)
            return
        if outcome.state == CIState.SUCCESS:
            self.log(f"Remote CI passed on {sha[:12]}")
            return
        failed = outcome.snapshot.failed if outcome.snapshot else []
        ids = [observations[c.key] for c in failed if c.key in observations]
        self.log(f"Remote CI failed on {sha[:12]}: {', '.join(c.name for c in failed)}")
        self._collect_logs(sha, failed, ids)

    def _collect_logs(self, sha: str, failed, observation_ids: list[int]) -> None:
        logs: list[CILog] = []
        for check in failed:
            try:
                logs += self.provider.ci_logs(self.repo, check)
            except HostingError as exc:
                self.log(f"Could not read the logs of {check.name}: {exc}")
        self.log(f"Read {len(logs)} log(s) of failed CI jobs; they feed the next iteration")
        self.pending = _PendingCI(sha=sha, logs=logs, observation_ids=observation_ids)

    def _ensure_pull_request(self, checkout) -> None:
        if self.pull_request_mode == PullRequestMode.OFF or self.hosting.pull_request_number:
            return
        base = self.hosting.source_branch or checkout.default_branch
        if not base or base == checkout.branch:
            return
        run = run_find(run_id=self.run.pk)
        try:
            pull = self.provider.pull_request_ensure(
                self.repo,
                head=checkout.branch,
                base=base,
                title=f"[AI-AGENT] Healer fixes for {base}",
                body=pull_request_body(run=run, final=False),
                draft=self.pull_request_mode == PullRequestMode.DRAFT,
            )
            if not pull.created:
                self.provider.pull_request_update(
                    self.repo, number=pull.number, body=pull_request_body(run=run, final=False)
                )
        except HostingError as exc:
            self.log(f"Could not open a pull request: {exc}")
            return
        run_hosting_pull_request_set(hosting=self.hosting, number=pull.number, url=pull.url)
        kind = "draft pull request" if pull.draft else "pull request"
        verb = "Opened" if pull.created else "Updating the existing"
        self.log(f"{verb} {kind} #{pull.number}: {pull.url}")


def hosting_session_open(
    *, run: Run, log: Callable[[str], None], should_stop: Callable[[], bool] = lambda: False
) -> RunHookSession:
    """The run's hosting session, or the null session when it has no hosting integration."""
    repo = repo_ref_parse(run.repo_url)
    if repo is None:
        return NullRunHookSession()
    hosting = run_hosting_get(run=run)
    link = hosting.repository if hosting and hosting.repository_id else None
    link = link or repository_link_find(host=repo.host, full_name=repo.full_name)
    if link is not None and link.team_id != run.team_id:
        # Linked after this run was queued (run creation refuses it otherwise): not this team's.
        raise GitOperationError(f"{repo.host}/{repo.full_name} is linked to another team in Healer.")
    credential = _credential_choose(run=run, repo=repo, hosting=hosting, link=link)
    if credential is None:
        return NullRunHookSession()
    provider = provider_build(credential=credential)
    info = provider.repository_info(repo)  # fails here, clearly, when the host rejects the token
    hosting = run_hosting_ensure(run=run, hosting=hosting, link=link, credential=credential)
    mode = link.pull_request if link else settings.HEALER_PULL_REQUEST
    monitor = link.monitor_ci if link else settings.HEALER_CI_MONITOR
    log(
        f"Git hosting: {repo.host}/{info.full_name} with credential '{credential.name}' "
        f"({credential.token_source}); pull request: {mode}; remote CI monitoring: {'on' if monitor else 'off'}"
    )
    return HostingSession(
        run=run,
        hosting=hosting,
        provider=provider,
        repo=repo,
        pull_request_mode=mode,
        monitor_ci=monitor,
        log=log,
        should_stop=should_stop,
    )


def _credential_choose(
    *, run: Run, repo: RepoRef, hosting: RunHosting | None, link: RepositoryLink | None
) -> Credential | None:
    """The run's credential: the one chosen before (webhook, earlier attempt), the link's, else the
    team's or the installation's; each only when the run's team may use it (credential_eligible)."""
    for chosen in (hosting.credential if hosting else None, link.credential if link else None):
        if chosen is not None and credential_eligible(
            credential=chosen, team=run.team, host=repo.host, full_name=repo.full_name
        ):
            return chosen
    return credential_for(team=run.team, host=repo.host, full_name=repo.full_name)


def hosting_request_errors(*, repo_url: str, team_name: str) -> dict[str, str]:
    """A new run may not name a repository that another team linked (its runs, its credential)."""
    if repository_link_foreign(repo_url=repo_url, team_name=team_name) is not None:
        return {
            "repo_url": "This repository is linked to another team in Healer: only that team can start "
            "runs on it."
        }
    return {}


def hosting_run_finished(*, run: Run) -> None:
    """After the run's final state is stored: refresh the pull request with the score and status."""
    hosting = run_hosting_get(run=run)
    if hosting is None or not hosting.pull_request_number or hosting.credential is None:
        return
    repo = repo_ref_parse(run.repo_url)
    if repo is None:
        return
    try:
        provider = provider_build(credential=hosting.credential)
        provider.pull_request_update(
            repo, number=hosting.pull_request_number, body=pull_request_body(run=run, final=True)
        )
    except Exception as exc:  # the run is over: a failed refresh is logged, never raised
        logger.warning("run %s: pull request #%s not updated: %s", run.pk, hosting.pull_request_number, exc)


class HostingHooks:
    """The hosting app's runs.hooks.RunHooks: HEALER_RUN_HOOKS = "runs.hosting.hooks.HostingHooks"."""

    def request_errors(self, *, repo_url: str, team_name: str) -> dict[str, str]:
        return hosting_request_errors(repo_url=repo_url, team_name=team_name)

    def session_open(
        self, *, run: Run, log: Callable[[str], None], should_stop: Callable[[], bool]
    ) -> RunHookSession:
        return hosting_session_open(run=run, log=log, should_stop=should_stop)

    def run_finished(self, *, run: Run) -> None:
        hosting_run_finished(run=run)
