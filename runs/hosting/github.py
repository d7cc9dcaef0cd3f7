"""GitHub REST API client (github.com and GitHub Enterprise Server): the GitHub HostingProvider.

- Base URL configurable (https://api.github.com, https://HOST/api/v3, or a test stand-in).
- Rate limits handled as GitHub documents them: on 403/429 wait `retry-after` seconds
  when given, else until `x-ratelimit-reset` when `x-ratelimit-remaining` is 0, else
  (secondary limit without headers) at least a minute, doubling; give up with
  HostingRateLimited rather than sleep longer than `max_rate_wait`.
- 401 → HostingAuthError with a message that says which credential to fix.
- Redirects are never followed with the token: API calls do not follow redirects,
  and job logs (a redirect to a signed URL on another host) are downloaded without
  the Authorization header.
"""

from __future__ import annotations

import random
import time
import urllib.parse
from collections.abc import Callable

import requests

from runs.hosting.base import (
    CICheck,
    CILog,
    CISnapshot,
    HostingAuthError,
    HostingError,
    HostingNotFound,
    HostingPermissionError,
    HostingProvider,
    HostingRateLimited,
    HostingValidationError,
    PullRequest,
    RepoInfo,
    RepoRef,
)

API_VERSION = "2022-11-28"
ACTIONS_APP = "github-actions"  # its check runs are the jobs of workflow runs, read through those
FAILED_CONCLUSIONS = frozenset({"failure", "timed_out", "startup_failure", "cancelled", "action_required"})
MAX_FAILED_JOBS = 5
MAX_MESSAGE = 300


def default_api_url(host: str) -> str:
    return "https://api.github.com" if host == "github.com" else f"https://{host}/api/v3"


def _message(response: requests.Response) -> str:
    try:
        data = response.json()
    except ValueError:
        return response.reason or ""
    if isinstance(data, dict):
        text = str(data.get("message") or "")
        errors = data.get("errors")
        if isinstance(errors, list):
            details = [str(e.get("message") or e.get("code") or "") for e in errors if isinstance(e, dict)]
            details = [d for d in details if d]
            if details:
                text = f"{text}: {'; '.join(details)}"
        return text[:MAX_MESSAGE]
    return ""


class GitHubProvider(HostingProvider):
    name = "github"
    git_username = "x-access-token"

    def __init__(
        self,
        *,
        host: str,
        token: str,
        api_url: str = "",
        timeout: float = 30,
        max_rate_wait: float = 300,
        max_attempts: int = 4,
        log_limit: int = 5 * 1024 * 1024,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
        session: requests.Session | None = None,
    ) -> None:
        super().__init__(host=host, token=token)
        self.api_url = (api_url or default_api_url(host)).rstrip("/")
        self.timeout = timeout
        self.max_rate_wait = max_rate_wait
        self.max_attempts = max(1, max_attempts)
        self.log_limit = log_limit
        self.sleep = sleep
        self.clock = clock
        self.session = session or requests.Session()

    # -- transport ------------------------------------------------------------------
    def _headers(self) -> dict[str, str]:
        return {
            "Accept": "application/vnd.github+json",
            "Authorization": f"Bearer {self._token}",
            "X-GitHub-Api-Version": API_VERSION,
            "User-Agent": "Healer",
        }

    def _rate_limit_wait(self, response: requests.Response, attempt: int) -> float | None:
        """Seconds to wait before retrying a 403/429, or None when it is not a rate limit."""
        headers = response.headers
        retry_after = headers.get("retry-after")
        if retry_after:
            try:
                return max(1.0, float(retry_after))
            except ValueError:
                pass
        if headers.get("x-ratelimit-remaining") == "0":
            try:
                reset = float(headers.get("x-ratelimit-reset", ""))
            except ValueError:
                reset = self.clock() + 60
            return max(1.0, reset - self.clock() + 1)
        if response.status_code == 429 or "rate limit" in _message(response).lower():
            # Secondary limit without headers: at least a minute, then exponentially longer.
            return 60.0 * (2**attempt)
        return None

    def _request(
        self, method: str, path: str, *, params: dict | None = None, json: dict | None = None
    ) -> requests.Response:
        url = f"{self.api_url}{path}"
        label = f"{method} {path}"
        for attempt in range(self.max_attempts):
            last = attempt == self.max_attempts - 1
            try:
                response = self.session.request(
                    method,
                    url,
                    params=params,
                    json=json,
                    headers=self._headers(),
                    timeout=self.timeout,
                    allow_redirects=False,
                )
            except requests.RequestException as exc:
                if last:
                    raise HostingError(f"GitHub API {label} unreachable: {exc.__class__.__name__}") from None
                self.sleep(min(30.0, 2.0**attempt + random.random()))
                continue
            status = response.status_code
            if status in (403, 429):
                wait = self._rate_limit_wait(response, attempt)
                if wait is not None:
                    if last or wait > self.max_rate_wait:
                        raise HostingRateLimited(
                            f"GitHub rate limit reached for {self.host} ({label}); it would take "
                            f"{wait:.0f} s to clear, more than the {self.max_rate_wait:.0f} s allowed."
                        )
                    self.sleep(wait)
                    continue
            if status >= 500 and not last:
                self.sleep(min(30.0, 2.0**attempt + random.random()))
                continue
            if status == 401:
                raise HostingAuthError(
                    f"GitHub rejected the token for {self.host} (401 {_message(response) or 'Unauthorized'}): "
                    "replace the hosting credential's token."
                )
            if status == 403:
                raise HostingPermissionError(
                    f"GitHub refused {label} (403 {_message(response)}): the token lacks a permission?"
                )
            if status == 404:
                raise HostingNotFound(f"GitHub: {label} not found (or the token cannot see it).")
            if status == 422:
                data = _safe_json(response)
                errors = data.get("errors") if isinstance(data, dict) else None
                raise HostingValidationError(
                    f"GitHub refused {label}: {_message(response)}",
                    errors if isinstance(errors, list) else [],
                )
            if status >= 400:
                raise HostingError(f"GitHub {label} failed ({status} {_message(response)})")
            return response
        raise HostingError(f"GitHub {label} failed")  # pragma: no cover (the loop always returns or raises)

    def _json(self, method: str, path: str, **kwargs) -> dict:
        data = _safe_json(self._request(method, path, **kwargs))
        if not isinstance(data, dict):
            raise HostingError(f"GitHub {method} {path}: unexpected response")
        return data

    @staticmethod
    def _repo_path(repo: RepoRef) -> str:
        return f"/repos/{urllib.parse.quote(repo.owner)}/{urllib.parse.quote(repo.name)}"

    # -- repository and pull requests ----------------------------------------------
    def repository_info(self, repo: RepoRef) -> RepoInfo:
        data = self._json("GET", self._repo_path(repo))
        permissions = data.get("permissions") if isinstance(data.get("permissions"), dict) else {}
        return RepoInfo(
            full_name=str(data.get("full_name") or repo.full_name),
            default_branch=str(data.get("default_branch") or ""),
            private=bool(data.get("private")),
            can_push=permissions.get("push") if "push" in permissions else None,
        )

    def pull_request_ensure(
        self, repo: RepoRef, *, head: str, base: str, title: str, body: str, draft: bool
    ) -> PullRequest:
        path = f"{self._repo_path(repo)}/pulls"
        try:
            data = self._json(
                "POST", path, json={"title": title, "head": head, "base": base, "body": body, "draft": draft}
            )
            return _pull_request(data, created=True)
        except HostingValidationError as exc:
            if "already exists" not in str(exc).lower():
                raise
        found = self._request("GET", path, params={"head": f"{repo.owner}:{head}", "state": "open"})
        pulls = _safe_json(found)
        if not isinstance(pulls, list) or not pulls:
            raise HostingError(f"GitHub says a pull request for {head} exists, but it cannot be found.")
        return _pull_request(pulls[0], created=False)

    def pull_request_update(self, repo: RepoRef, *, number: int, body: str) -> None:
        self._json("PATCH", f"{self._repo_path(repo)}/pulls/{int(number)}", json={"body": body})

    # -- CI -------------------------------------------------------------------------
    def ci_configured(self, repo: RepoRef) -> bool:
        try:
            data = self._json("GET", f"{self._repo_path(repo)}/actions/workflows", params={"per_page": 1})
        except HostingNotFound:
            return False
        return int(data.get("total_count") or 0) > 0

    def ci_snapshot(self, repo: RepoRef, *, sha: str) -> CISnapshot:
        base = self._repo_path(repo)
        runs = self._json("GET", f"{base}/actions/runs", params={"head_sha": sha, "per_page": 100})
        checks = [_workflow_check(item) for item in runs.get("workflow_runs") or [] if isinstance(item, dict)]
        check_runs = self._json("GET", f"{base}/commits/{sha}/check-runs", params={"per_page": 100})
        for item in check_runs.get("check_runs") or []:
            if not isinstance(item, dict):
                continue
            app = item.get("app") if isinstance(item.get("app"), dict) else {}
            if app.get("slug") == ACTIONS_APP:
                continue
            checks.append(_check_run(item))
        return CISnapshot(sha=sha, checks=checks)

    def ci_check(self, repo: RepoRef, *, kind: str, external_id: str) -> CICheck:
        base = self._repo_path(repo)
        if kind == "workflow_run":
            return _workflow_check(self._json("GET", f"{base}/actions/runs/{int(external_id)}"))
        return _check_run(self._json("GET", f"{base}/check-runs/{int(external_id)}"))

    def ci_logs(self, repo: RepoRef, check: CICheck) -> list[CILog]:
        base = self._repo_path(repo)
        if check.kind == "check_run":
            data = self._json("GET", f"{base}/check-runs/{int(check.id)}")
            output = data.get("output") if isinstance(data.get("output"), dict) else {}
            text = "\n".join(str(output.get(key) or "") for key in ("title", "summary", "text"))
            return [CILog(check=check, name=check.name, text=text[-self.log_limit :], url=check.url)]
        jobs = self._json(
            "GET", f"{base}/actions/runs/{int(check.id)}/jobs", params={"filter": "latest", "per_page": 100}
        )
        logs = []
        failed = [
            job
            for job in jobs.get("jobs") or []
            if isinstance(job, dict) and job.get("conclusion") in FAILED_CONCLUSIONS
        ]
        for job in failed[:MAX_FAILED_JOBS]:
            text = self._job_log(base, int(job["id"]))
            logs.append(
                CILog(
                    check=check,
                    name=f"{check.name} / {job.get('name') or job['id']}",
                    text=text,
                    url=str(job.get("html_url") or ""),
                )
            )
        return logs

    def _job_log(self, base: str, job_id: int) -> str:
        response = self._request("GET", f"{base}/actions/jobs/{job_id}/logs")
        if response.status_code in (301, 302, 303, 307, 308):
            location = response.headers.get("location", "")
            target = urllib.parse.urlsplit(location)
            if target.scheme not in ("https", urllib.parse.urlsplit(self.api_url).scheme):
                raise HostingError("GitHub sent a job log location that is not https")
            try:
                # A signed URL on another host: fetched WITHOUT the Authorization header.
                download = requests.get(location, timeout=self.timeout, stream=True, allow_redirects=True)
                download.raise_for_status()
                return _read_tail(download, self.log_limit)
            except requests.RequestException as exc:
                raise HostingError(
                    f"Could not download the log of job {job_id}: {exc.__class__.__name__}"
                ) from None
        return _read_tail(response, self.log_limit)


def _safe_json(response: requests.Response):
    try:
        return response.json()
    except ValueError:
        return None


def _read_tail(response: requests.Response, limit: int) -> str:
    """The last `limit` bytes: failures and summaries are at the end of a log."""
    buffer = bytearray()
    for chunk in response.iter_content(chunk_size=65536):
        buffer += chunk
        if len(buffer) > 2 * limit:
            del buffer[: len(buffer) - limit]
    return bytes(buffer[-limit:]).decode("utf-8", errors="replace")


def _pull_request(data: dict, *, created: bool) -> PullRequest:
    return PullRequest(
        number=int(data["number"]),
        url=str(data.get("html_url") or ""),
        draft=bool(data.get("draft")),
        created=created,
    )


def _workflow_check(item: dict) -> CICheck:
    return CICheck(
        kind="workflow_run",
        id=str(item.get("id")),
        name=str(item.get("name") or item.get("path") or f"workflow run {item.get('id')}")[:200],
        status=str(item.get("status") or ""),
        conclusion=str(item.get("conclusion") or ""),
        url=str(item.get("html_url") or ""),
    )


def _check_run(item: dict) -> CICheck:
    return CICheck(
        kind="check_run",
        id=str(item.get("id")),
        name=str(item.get("name") or f"check run {item.get('id')}")[:200],
        status=str(item.get("status") or ""),
        conclusion=str(item.get("conclusion") or ""),
        url=str(item.get("html_url") or item.get("details_url") or ""),
    )
