"""Git operations of a run: validate the source, clone, branch, commit, push.

The repository is untrusted, so git runs with a locked-down configuration:
only the allowed transports, no prompts, no system config, no hooks, no
submodules, and a wall-clock limit on every network operation.
"""

from __future__ import annotations

import os
import re
import shutil
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import git
from django.conf import settings

AGENT_NAME = "Healer AI Agent"
AGENT_EMAIL = "ai-agent@healer.invalid"
COMMIT_PREFIX = "[AI-AGENT]"
PROTECTED_BRANCHES = frozenset({"main", "master", "trunk", "develop"})

_HOST_RE = re.compile(r"^[A-Za-z0-9.-]+(:\d{1,5})?$")


class SourceError(ValueError):
    """The repository source is not acceptable; the message says why."""


class GitOperationError(RuntimeError):
    """A git command failed (clone, push); the message is safe to show."""


@dataclass(frozen=True)
class RepoSource:
    url: str  # what git is given: an https URL or an absolute local path
    is_local: bool


def repo_source_parse(raw: str, *, allow_local: bool, allow_http: bool = False) -> RepoSource:
    """Validate a repository URL or (when allowed) a local repository path."""
    source = (raw or "").strip()
    if not source:
        raise SourceError("Enter a repository URL.")
    if len(source) > 500:
        raise SourceError("The repository URL is too long (500 characters at most).")
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in source):
        raise SourceError("The repository URL must not contain spaces or control characters.")
    if source.startswith("-"):
        raise SourceError("The repository URL must not start with '-'.")
    if "::" in source.split("/", 1)[0]:
        # git's remote-helper syntax (ext::, fd::...) can run arbitrary commands.
        raise SourceError("Remote-helper URLs such as ext:: are not allowed.")

    scheme = source.split(":", 1)[0].lower() if "://" in source else ""
    if scheme in ("https", "http"):
        if scheme == "http" and not allow_http:
            raise SourceError("Only https:// repository URLs are allowed.")
        parsed = urllib.parse.urlsplit(source)
        if parsed.username or parsed.password:
            raise SourceError("Do not put credentials in the repository URL.")
        if not parsed.hostname or not _HOST_RE.match(parsed.netloc):
            raise SourceError("The repository URL has no valid host name.")
        if not parsed.path.strip("/"):
            raise SourceError("The repository URL must name a repository (https://host/owner/repo).")
        if parsed.query or parsed.fragment:
            raise SourceError("The repository URL must not have a query string or fragment.")
        return RepoSource(url=source, is_local=False)
    if scheme or re.match(r"^[\w.-]+@[\w.-]+:", source) or source.lower().startswith("file:"):
        raise SourceError("Only https:// repository URLs are allowed.")

    if not allow_local:
        raise SourceError(
            "Enter an https:// repository URL (local paths are not allowed here: "
            "the server setting HEALER_ALLOW_LOCAL_REPOS=1 allows them)."
        )
    path = Path(source).expanduser()
    if not path.is_absolute():
        path = Path.cwd() / path
    path = path.resolve()
    if not path.is_dir():
        raise SourceError(f"No such directory: {path}")
    if not ((path / ".git").exists() or (path / "HEAD").is_file()):
        raise SourceError(f"{path} is not a Git repository.")
    return RepoSource(url=str(path), is_local=True)


def _allowed_protocols(*, is_local: bool) -> list[str]:
    return ["https"] + (["http"] if settings.HEALER_ALLOW_HTTP_REPOS else []) + (["file"] if is_local else [])


def _git_env(*, is_local: bool, extra_config: Mapping[str, str] | None = None) -> dict[str, str]:
    """A minimal environment for git: no prompts, no system config, only allowed transports.

    Configuration goes through GIT_CONFIG_* variables rather than `-c` so it
    applies to every git process (including those GitPython spawns) alike.
    `extra_config` (runs.hosting: a host-scoped auth header) travels the same
    way, so it never lands in the workspace's .git/config.
    """
    protocols = _allowed_protocols(is_local=is_local)
    # No credential helper: a run authenticates only with what its plug-in chose for its team
    # (extra_config), never with credentials the worker's user happens to have stored.
    config = {
        "protocol.allow": "never",
        "core.hooksPath": "/dev/null",
        "core.fsmonitor": "false",
        "credential.helper": "",
    }
    config.update({f"protocol.{name}.allow": "always" for name in protocols})
    config.update(extra_config or {})
    env = {
        "GIT_TERMINAL_PROMPT": "0",
        "GIT_ASKPASS": "/bin/true",
        "SSH_ASKPASS": "/bin/true",
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": "/dev/null",
        "GIT_PROTOCOL_FROM_USER": "0",
        "GIT_ALLOW_PROTOCOL": ":".join(protocols),
        "GIT_LFS_SKIP_SMUDGE": "1",
        "HOME": os.environ.get("HOME", "/tmp"),
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "LANG": "C.UTF-8",
        "GIT_CONFIG_COUNT": str(len(config)),
    }
    for index, (key, value) in enumerate(config.items()):
        env[f"GIT_CONFIG_KEY_{index}"] = key
        env[f"GIT_CONFIG_VALUE_{index}"] = value
    return env


def _safe_message(exc: Exception) -> str:
    text = getattr(exc, "stderr", "") or str(exc)
    text = re.sub(r"https://[^@\s/]+@", "https://***@", str(text))
    # GitPython wraps git's stderr as "stderr: '...'"; git's own verdict is on its fatal:/error: lines.
    text = re.sub(r"^\s*stderr:\s*'|'\s*$", "", text.strip())
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    verdict = [line for line in lines if line.startswith(("fatal:", "error:", "remote:"))]
    return " ".join(verdict or lines)[-500:] or exc.__class__.__name__


@dataclass
class Checkout:
    repo: git.Repo
    path: Path
    branch: str
    default_branch: str
    source: RepoSource
    # Extra git configuration for network commands (hosting auth); never shown in a repr.
    git_config: dict[str, str] = field(default_factory=dict, repr=False)

    def _git(self, *args: str, timeout: int | None = None) -> str:
        return self.repo.git.execute(
            ["git", *args],
            env=_git_env(is_local=self.source.is_local, extra_config=self.git_config),
            kill_after_timeout=timeout or settings.HEALER_CLONE_TIMEOUT,
        )

    def commit(self, *, paths: list[str], message: str) -> str:
        """Commit exactly these paths with the agent's identity; returns the new sha."""
        if not message.startswith(COMMIT_PREFIX):
            raise ValueError(f"agent commits must start with {COMMIT_PREFIX}")
        actor = git.Actor(AGENT_NAME, AGENT_EMAIL)
        self.repo.index.add(paths)
        commit = self.repo.index.commit(message, author=actor, committer=actor, skip_hooks=True)
        return commit.hexsha

    def push(self) -> None:
        """Push the fix branch to origin: never the default branch, never forced."""
        if self.branch == self.default_branch or self.branch in PROTECTED_BRANCHES:
            raise GitOperationError(f"refusing to push to protected branch {self.branch}")
        try:
            self._git("push", "--no-verify", "origin", f"refs/heads/{self.branch}:refs/heads/{self.branch}")
        except git.GitCommandError as exc:
            raise GitOperationError(f"Could not push branch {self.branch}: {_safe_message(exc)}") from exc

    @property
    def head_sha(self) -> str:
        return self.repo.head.commit.hexsha

    def commits_since_start(self, start_sha: str) -> int:
        return int(self.repo.git.rev_list("--count", f"{start_sha}..HEAD"))


def checkout_create(
    *,
    source: RepoSource,
    path: Path,
    branch: str,
    git_config: Mapping[str, str] | None = None,
    start_branch: str = "",
) -> Checkout:
    """Clone source into path (replacing leftovers) and check out the fix branch.

    When origin already has the fix branch (an earlier run), continue from it,
    so the push stays a fast-forward and nothing is ever force-pushed. Otherwise
    the fix branch starts at `start_branch` of origin (e.g. the branch whose CI
    failed), or at the default branch. `git_config` is passed to the clone and
    to the push (see _git_env).
    """
    if path.exists():
        shutil.rmtree(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        repo = git.Repo.clone_from(
            source.url,
            path,
            env=_git_env(is_local=source.is_local, extra_config=git_config),
            multi_options=["--no-recurse-submodules"],
            kill_after_timeout=settings.HEALER_CLONE_TIMEOUT,
        )
    except git.GitCommandError as exc:
        shutil.rmtree(path, ignore_errors=True)
        raise GitOperationError(f"Could not clone {source.url}: {_safe_message(exc)}") from exc
    try:
        default_branch = repo.active_branch.name
    except TypeError:
        default_branch = ""  # detached HEAD
    if not repo.head.is_valid():
        shutil.rmtree(path, ignore_errors=True)
        raise GitOperationError(f"{source.url} has no commits to heal.")
    remote_ref = f"origin/{branch}"
    if any(ref.name == remote_ref for ref in repo.remotes.origin.refs):
        head = repo.create_head(branch, repo.remotes.origin.refs[branch])
    elif start_branch:
        if not any(ref.name == f"origin/{start_branch}" for ref in repo.remotes.origin.refs):
            shutil.rmtree(path, ignore_errors=True)
            raise GitOperationError(f"{source.url} has no branch {start_branch}.")
        head = repo.create_head(branch, repo.remotes.origin.refs[start_branch])
    else:
        head = repo.create_head(branch)
    head.checkout()
    with repo.config_writer() as config:
        config.set_value("user", "name", AGENT_NAME)
        config.set_value("user", "email", AGENT_EMAIL)
    return Checkout(
        repo=repo,
        path=path,
        branch=branch,
        default_branch=default_branch,
        source=source,
        git_config=dict(git_config or {}),
    )
