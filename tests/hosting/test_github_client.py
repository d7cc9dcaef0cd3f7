"""The GitHub REST client against the local stand-in: success, rate limits, auth failure, redirects."""

from __future__ import annotations

import pytest

from runs.hosting.base import (
    CIState,
    HostingAuthError,
    HostingError,
    HostingNotFound,
    HostingPermissionError,
    HostingRateLimited,
    RepoRef,
)
from runs.hosting.github import GitHubProvider, default_api_url
from tests.hosting.conftest import TOKEN
from tests.hosting.standin import CIPlan

REPO = RepoRef(scheme="https", host="github.com", owner="octo-org", name="octo-repo")
SHA = "a" * 40


class Clock:
    """Fake time: sleeping advances it, so rate-limit waits are checked without waiting."""

    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    def __call__(self) -> float:
        return self.now


def provider(github, *, token: str = TOKEN, clock: Clock | None = None, **options) -> GitHubProvider:
    clock = clock or Clock()
    return GitHubProvider(
        host="github.com",
        token=token,
        api_url=github.api_url,
        sleep=clock.sleep,
        clock=clock,
        **options,
    )


def test_it_derives_the_api_url_for_github_com_and_enterprise_hosts():
    assert default_api_url("github.com") == "https://api.github.com"
    assert default_api_url("ghe.example.com") == "https://ghe.example.com/api/v3"


def test_it_reads_the_repository_with_the_documented_headers(github):
    info = provider(github).repository_info(REPO)

    assert info.default_branch == "main" and info.full_name == "octo-org/octo-repo"
    assert info.private is True and info.can_push is True
    request = github.api_requests("GET", "/repos/octo-org/octo-repo")[0]
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.headers["accept"] == "application/vnd.github+json"
    assert request.headers["x-github-api-version"] == "2022-11-28"


def test_it_opens_a_draft_pull_request_and_reuses_it_the_second_time(github):
    client = provider(github)
    first = client.pull_request_ensure(
        REPO,
        head="TEAM_LEAD_AI_Fix",
        base="main",
        title="t",
        body="- LINTING error in a.py line 1",
        draft=True,
    )
    again = client.pull_request_ensure(
        REPO, head="TEAM_LEAD_AI_Fix", base="main", title="t", body="b", draft=True
    )

    assert first.created and first.draft and first.number == 1
    assert first.url == "https://github.com/octo-org/octo-repo/pull/1"
    assert not again.created and again.number == 1
    sent = github.api_requests("POST", "/pulls")[0].body
    assert sent == {
        "title": "t",
        "head": "TEAM_LEAD_AI_Fix",
        "base": "main",
        "body": "- LINTING error in a.py line 1",
        "draft": True,
    }
    assert github.api_requests("GET", "/pulls")[0].query == {
        "head": "octo-org:TEAM_LEAD_AI_Fix",
        "state": "open",
    }
    assert len(github.pulls) == 1


def test_it_reports_other_validation_failures_of_a_pull_request(github):
    github.queue(
        "POST",
        r"/pulls$",
        422,
        body={
            "message": "Validation Failed",
            "errors": [
                {"resource": "PullRequest", "code": "custom", "message": "No commits between main and x"}
            ],
        },
    )
    with pytest.raises(HostingError, match="No commits between main and x"):
        provider(github).pull_request_ensure(REPO, head="x", base="main", title="t", body="b", draft=False)


def test_it_waits_for_the_primary_rate_limit_reset_then_succeeds(github):
    clock = Clock()
    github.queue(
        "GET",
        r"^/repos/octo-org/octo-repo$",
        403,
        headers={"x-ratelimit-remaining": "0", "x-ratelimit-reset": str(int(clock.now) + 42)},
        body={
            "message": "API rate limit exceeded for user ID 1.",
            "documentation_url": "https://docs.github.com",
        },
    )

    info = provider(github, clock=clock).repository_info(REPO)

    assert info.default_branch == "main"
    assert clock.sleeps == [43.0]  # until x-ratelimit-reset, plus a second
    assert len(github.api_requests("GET", "/repos/octo-org/octo-repo")) == 2


def test_it_honours_retry_after_on_429(github):
    clock = Clock()
    github.queue(
        "GET", r"/actions/workflows$", 429, headers={"retry-after": "7"}, body={"message": "slow down"}
    )

    assert provider(github, clock=clock).ci_configured(REPO) is True
    assert clock.sleeps == [7.0]


def test_it_backs_off_exponentially_on_a_secondary_rate_limit_without_headers(github):
    clock = Clock()
    message = {
        "message": "You have exceeded a secondary rate limit. Please wait a few minutes before you try again."
    }
    github.queue("GET", r"^/repos/octo-org/octo-repo$", 403, body=message)
    github.queue("GET", r"^/repos/octo-org/octo-repo$", 403, body=message)

    provider(github, clock=clock).repository_info(REPO)

    assert clock.sleeps == [60.0, 120.0]


def test_it_gives_up_when_the_rate_limit_would_take_too_long(github):
    clock = Clock()
    github.queue(
        "GET",
        r"^/repos/octo-org/octo-repo$",
        403,
        headers={"x-ratelimit-remaining": "0", "x-ratelimit-reset": str(int(clock.now) + 3600)},
        body={"message": "API rate limit exceeded"},
    )
    with pytest.raises(HostingRateLimited, match="more than the 300 s allowed"):
        provider(github, clock=clock, max_rate_wait=300).repository_info(REPO)
    assert clock.sleeps == []


def test_it_reports_a_rejected_token_clearly_without_showing_it(github):
    with pytest.raises(HostingAuthError) as info:
        provider(github, token="ghp_wrong_token_value").repository_info(REPO)

    message = str(info.value)
    assert "rejected the token for github.com" in message and "Bad credentials" in message
    assert "ghp_wrong_token_value" not in message and "ghp_wrong_token_value" not in repr(info.value.args)


def test_it_tells_a_permission_problem_from_a_rate_limit(github):
    github.queue(
        "POST", r"/pulls$", 403, body={"message": "Resource not accessible by personal access token"}
    )
    with pytest.raises(HostingPermissionError, match="Resource not accessible"):
        provider(github).pull_request_ensure(REPO, head="x", base="main", title="t", body="b", draft=True)


def test_it_reports_a_missing_repository(github):
    other = RepoRef(scheme="https", host="github.com", owner="octo-org", name="missing")
    with pytest.raises(HostingNotFound, match="not found"):
        provider(github).repository_info(other)


def test_it_retries_server_errors(github):
    clock = Clock()
    github.queue("GET", r"^/repos/octo-org/octo-repo$", 502, body={"message": "Server Error"})
    assert provider(github, clock=clock).repository_info(REPO).default_branch == "main"
    assert len(clock.sleeps) == 1


def test_it_reports_an_unreachable_api_without_retrying_forever():
    clock = Clock()
    client = GitHubProvider(
        host="github.com",
        token=TOKEN,
        api_url="http://127.0.0.1:9",
        sleep=clock.sleep,
        clock=clock,
        timeout=2,
    )
    with pytest.raises(HostingError, match="unreachable"):
        client.repository_info(REPO)
    assert len(clock.sleeps) == client.max_attempts - 1


def test_it_reads_the_ci_of_a_commit_from_workflow_runs_and_other_apps_check_runs(github):
    github.ci_plan = lambda sha: CIPlan(states=[("in_progress", None)])
    github.check_runs[SHA] = [
        {
            "id": 5,
            "name": "build (ubuntu)",
            "status": "completed",
            "conclusion": "failure",
            "app": {"slug": "github-actions"},
            "html_url": "https://github.com/x/runs/5",
        },
        {
            "id": 6,
            "name": "ci/circleci",
            "status": "completed",
            "conclusion": "success",
            "app": {"slug": "circleci-checks"},
            "html_url": "https://github.com/x/runs/6",
        },
    ]

    snapshot = provider(github).ci_snapshot(REPO, sha=SHA)

    assert [(c.kind, c.name, c.status) for c in snapshot.checks] == [
        ("workflow_run", "tests", "in_progress"),
        ("check_run", "ci/circleci", "completed"),  # Actions' own check runs are its jobs: not twice
    ]
    assert snapshot.state == CIState.PENDING


def test_it_downloads_failed_job_logs_without_sending_the_token_to_the_log_host(github):
    github.ci_plan = lambda sha: CIPlan(states=[("completed", "failure")], log="E   TypeError: boom\n")
    client = provider(github)
    check = client.ci_snapshot(REPO, sha=SHA).checks[0]

    logs = client.ci_logs(REPO, check)

    assert [log.text for log in logs] == ["E   TypeError: boom\n"]
    assert logs[0].name == "tests / pytest"
    download = [r for r in github.requests if r.path.startswith("/_logs/")]
    assert len(download) == 1
    assert download[0].host.startswith("localhost:")
    assert "authorization" not in download[0].headers


def test_it_keeps_the_tail_of_a_log_over_the_limit(github):
    github.ci_plan = lambda sha: CIPlan(states=[("completed", "failure")], log="x" * 5000 + "THE END")
    client = provider(github, log_limit=100)
    check = client.ci_snapshot(REPO, sha=SHA).checks[0]
    text = client.ci_logs(REPO, check)[0].text
    assert len(text) == 100 and text.endswith("THE END")


def test_it_reads_a_check_runs_output_as_its_log(github):
    github.check_runs[SHA] = [
        {
            "id": 77,
            "name": "ci/tests",
            "status": "completed",
            "conclusion": "failure",
            "app": {"slug": "octo-ci"},
            "html_url": "https://github.com/x/runs/77",
            "output": {"title": "1 failed", "summary": "pytest", "text": "src/a.py:3: TypeError"},
        },
    ]
    client = provider(github)
    check = client.ci_snapshot(REPO, sha=SHA).checks[0]
    assert "src/a.py:3: TypeError" in client.ci_logs(REPO, check)[0].text
