"""The provider interface: what Healer needs from a Git host, independent of which host.

GitHub implements it in runs.hosting.github. A GitLab or Gitea provider implements
the same abstract methods (REST calls of its own API) and is registered in
`runs.hosting.providers.PROVIDERS`; nothing else in Healer changes.
"""

from __future__ import annotations

import abc
import base64
import re
import urllib.parse
from dataclasses import dataclass, field

from django.db import models

from runs.gitops import GitOperationError


class HostingError(GitOperationError):
    """A call to the Git host failed; the message is safe to show (it never contains a token)."""


class HostingAuthError(HostingError):
    """The host rejected the credential (401), or the credential cannot be read."""


class HostingPermissionError(HostingError):
    """The credential is valid but not allowed to do this (403 without rate limiting)."""


class HostingNotFound(HostingError):
    pass


class HostingRateLimited(HostingError):
    """The host's rate limit would make us wait longer than allowed."""


class HostingValidationError(HostingError):
    """The host understood the request but refused it (GitHub: 422, e.g. the pull request exists)."""

    def __init__(self, message: str, errors: list | None = None) -> None:
        super().__init__(message)
        self.errors = errors or []


class CIState(models.TextChoices):
    PENDING = "PENDING", "Pending"
    SUCCESS = "SUCCESS", "Success"
    FAILURE = "FAILURE", "Failure"
    NONE = "NONE", "No remote CI"
    TIMEOUT = "TIMEOUT", "Gave up waiting"
    ERROR = "ERROR", "Could not read"


# Conclusions of a completed check (GitHub's words; other providers map theirs onto these).
SUCCESS_CONCLUSIONS = frozenset({"success", "neutral", "skipped"})

_NAME_RE = re.compile(r"^[A-Za-z0-9_.-]+$")


@dataclass(frozen=True)
class RepoRef:
    scheme: str
    host: str  # lower-case, with the port when there is one
    owner: str
    name: str

    @property
    def full_name(self) -> str:
        return f"{self.owner}/{self.name}"

    @property
    def clone_url(self) -> str:
        return f"{self.scheme}://{self.host}/{self.owner}/{self.name}.git"

    @property
    def web_url(self) -> str:
        return f"{self.scheme}://{self.host}/{self.owner}/{self.name}"

    @property
    def origin(self) -> str:
        """scheme://host/ — the URL prefix a credential is scoped to."""
        return f"{self.scheme}://{self.host}/"


def repo_ref_parse(url: str) -> RepoRef | None:
    """owner/name of an http(s) repository URL (https://host/owner/name[.git][/]); None otherwise."""
    try:
        parts = urllib.parse.urlsplit((url or "").strip())
    except ValueError:
        return None
    if parts.scheme not in ("https", "http") or not parts.hostname or parts.username or parts.password:
        return None
    if parts.query or parts.fragment:
        return None
    segments = [segment for segment in parts.path.split("/") if segment]
    if len(segments) != 2:
        return None
    owner, name = segments
    if name.endswith(".git"):
        name = name[: -len(".git")]
    if not (_NAME_RE.match(owner) and _NAME_RE.match(name)) or name in (".", ".."):
        return None
    return RepoRef(scheme=parts.scheme, host=parts.netloc.lower(), owner=owner, name=name)


@dataclass(frozen=True)
class RepoInfo:
    full_name: str
    default_branch: str
    private: bool = False
    can_push: bool | None = None  # None: the host did not say


@dataclass(frozen=True)
class PullRequest:
    number: int
    url: str
    draft: bool
    created: bool  # False: it already existed and was reused


@dataclass(frozen=True)
class CICheck:
    """One CI unit for a commit: a GitHub workflow run, a check run of a CI app..."""

    kind: str  # "workflow_run" | "check_run"
    id: str
    name: str
    status: str  # queued | in_progress | completed | waiting | requested | pending
    conclusion: str  # "" until completed
    url: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.id)

    @property
    def state(self) -> str:
        if self.status != "completed":
            return CIState.PENDING
        return CIState.SUCCESS if self.conclusion in SUCCESS_CONCLUSIONS else CIState.FAILURE


@dataclass
class CISnapshot:
    sha: str
    checks: list[CICheck] = field(default_factory=list)

    @property
    def state(self) -> str:
        if not self.checks:
            return CIState.NONE
        states = {check.state for check in self.checks}
        if CIState.PENDING in states:
            return CIState.PENDING
        return CIState.FAILURE if CIState.FAILURE in states else CIState.SUCCESS

    @property
    def failed(self) -> list[CICheck]:
        return [check for check in self.checks if check.state == CIState.FAILURE]


@dataclass(frozen=True)
class CILog:
    """The text a failed CI unit printed (one job's log, or a check run's output)."""

    check: CICheck
    name: str
    text: str
    url: str = ""


class HostingProvider(abc.ABC):
    """A Git host's REST API, authenticated with one token for one host."""

    name: str = ""
    # The user name git sends with the token in HTTP Basic auth (GitHub: x-access-token).
    git_username: str = "x-access-token"

    def __init__(self, *, host: str, token: str) -> None:
        self.host = host
        self._token = token

    def __repr__(self) -> str:  # never the token
        return f"<{type(self).__name__} {self.host}>"

    def git_config(self, repo: RepoRef) -> dict[str, str]:
        """git configuration that authenticates git over http(s) to this host, and only to it.

        Passed to each git process through GIT_CONFIG_* environment variables, so it
        never lands in the workspace's .git/config. The `http.<url>.` prefix limits the
        header to URLs of the credential's host, and redirects are not followed, so the
        token cannot be carried to another host.
        """
        if repo.host != self.host:
            return {}
        basic = base64.b64encode(f"{self.git_username}:{self._token}".encode()).decode()
        return {
            f"http.{repo.origin}.extraheader": f"Authorization: Basic {basic}",
            "http.followRedirects": "false",
            "credential.helper": "",
        }

    @abc.abstractmethod
    def repository_info(self, repo: RepoRef) -> RepoInfo:
        """Checks the credential too: raises HostingAuthError when the host rejects it."""

    @abc.abstractmethod
    def pull_request_ensure(
        self, repo: RepoRef, *, head: str, base: str, title: str, body: str, draft: bool
    ) -> PullRequest:
        """Open a pull request from head into base, or reuse the open one for head."""

    @abc.abstractmethod
    def pull_request_update(self, repo: RepoRef, *, number: int, body: str) -> None: ...

    @abc.abstractmethod
    def ci_configured(self, repo: RepoRef) -> bool:
        """Whether the repository defines CI pipelines on the host (e.g. GitHub Actions workflows)."""

    @abc.abstractmethod
    def ci_snapshot(self, repo: RepoRef, *, sha: str) -> CISnapshot:
        """Every CI unit the host knows for this commit, with its status."""

    @abc.abstractmethod
    def ci_check(self, repo: RepoRef, *, kind: str, external_id: str) -> CICheck:
        """One CI unit by id (for a webhook that named it)."""

    @abc.abstractmethod
    def ci_logs(self, repo: RepoRef, check: CICheck) -> list[CILog]:
        """The output of a failed CI unit (failed jobs only), capped in size."""
