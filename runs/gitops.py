"""Git operations of a run: validate the source, clone, branch, commit, push.

The repository is untrusted, so git runs with a locked-down configuration:
only the allowed transports, no prompts, no system config, no hooks, no
submodules, no redirects, and a wall-clock limit on every network operation.
The repository's host must be public (runs.netpolicy), checked when the run
is created and again right before git connects, with git pinned to the
addresses checked. What reaches the host's disk is bounded: the download while
it happens, and the size and entry count of the tree before it is checked out.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import git
from django.conf import settings

from runs.netpolicy import HostPolicy, HostRefused, url_check

logger = logging.getLogger(__name__)

AGENT_NAME = "Healer AI Agent"
AGENT_EMAIL = "ai-agent@healer.invalid"
COMMIT_PREFIX = "[AI-AGENT]"
PROTECTED_BRANCHES = frozenset({"main", "master", "trunk", "develop"})

# A host name or IPv4 literal, or a bracketed IPv6 literal (runs.netpolicy judges the address).
_HOST_RE = re.compile(r"^([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.%]+\])(:\d{1,5})?$")
# Shown for every failed clone over the network: git's own words would tell an
# open port from a closed one (the details go to the server log).
UNREACHABLE = (
    "the repository does not exist, is not public (and no credential is set up for it), or cannot be reached."
)


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
        try:
            # A name that does not resolve yet passes here; the worker refuses it before cloning.
            url_check(source, policy=host_policy(), allow_unresolved=True)
        except HostRefused as exc:
            raise SourceError(str(exc)) from None
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


def host_policy() -> HostPolicy:
    """Internal hosts the operator allows (HEALER_REPO_ALLOWED_HOSTS: names and CIDR networks)."""
    return HostPolicy.parse(settings.HEALER_REPO_ALLOWED_HOSTS)


def network_config(source: RepoSource, *, action: str = "clone") -> dict[str, str]:
    """Check the source's host now and pin git to the addresses checked.

    Called right before every network operation, in the worker: the answer at
    run creation may be stale, or DNS may have been changed on purpose since.
    """
    if source.is_local:
        return {}
    try:
        target = url_check(source.url, policy=host_policy())
    except HostRefused as exc:
        raise GitOperationError(f"Could not {action} {source.url}: {exc}") from None
    return target.git_config()


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
        # A redirect could lead git to any host, past the checks of runs.netpolicy.
        "http.followRedirects": "false",
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
        config = {**self.git_config, **network_config(self.source, action="push to")}
        return self.repo.git.execute(
            ["git", *args],
            env=_git_env(is_local=self.source.is_local, extra_config=config),
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
    to the push (see _git_env). The clone is made without a checkout, so the
    tree's size and entry count are known before any file is written.
    """
    if path.exists():
        shutil.rmtree(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    config = {**(git_config or {}), **network_config(source)}
    env = _git_env(is_local=source.is_local, extra_config=config)
    try:
        _clone(source, path, env=env)
        repo = git.Repo(path)
        default_branch = _default_branch(repo)
        if not repo.head.is_valid():
            raise GitOperationError(f"{source.url} has no commits to heal.")
        start = _start_point(repo, source=source, branch=branch, start_branch=start_branch)
        tree_limits_check(repo, start, env=env)
        # Forced: the index of a clone without checkout is empty, and nothing here is worth keeping.
        repo.git.execute(
            ["git", "checkout", "--quiet", "--force", "--no-track", "-B", branch, start], env=env
        )
    except BaseException:
        shutil.rmtree(path, ignore_errors=True)
        raise
    with repo.config_writer() as writer:
        writer.set_value("user", "name", AGENT_NAME)
        writer.set_value("user", "email", AGENT_EMAIL)
    return Checkout(
        repo=repo,
        path=path,
        branch=branch,
        default_branch=default_branch,
        source=source,
        git_config=dict(git_config or {}),
    )


def _default_branch(repo: git.Repo) -> str:
    try:
        return repo.active_branch.name
    except TypeError:
        return ""  # detached HEAD


def _start_point(repo: git.Repo, *, source: RepoSource, branch: str, start_branch: str) -> str:
    remote_refs = {ref.name for ref in repo.remotes.origin.refs}
    if f"origin/{branch}" in remote_refs:
        return f"refs/remotes/origin/{branch}"
    if start_branch:
        if f"origin/{start_branch}" not in remote_refs:
            raise GitOperationError(f"{source.url} has no branch {start_branch}.")
        return f"refs/remotes/origin/{start_branch}"
    return repo.head.commit.hexsha


def _tree_size(path: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            try:
                total += os.lstat(os.path.join(root, name)).st_size
            except OSError:
                continue  # git renames its temporary files as it goes
    return total


def _clone(source: RepoSource, path: Path, *, env: dict[str, str]) -> None:
    """`git clone --no-checkout`, killed when it outlasts HEALER_CLONE_TIMEOUT or its
    download outgrows HEALER_REPO_MAX_DOWNLOAD (a repository can be any size)."""
    limit, timeout = settings.HEALER_REPO_MAX_DOWNLOAD, settings.HEALER_CLONE_TIMEOUT
    command = [
        "git",
        "clone",
        "--no-checkout",
        "--no-recurse-submodules",
        "--quiet",
        "--",
        source.url,
        str(path),
    ]
    with tempfile.TemporaryFile() as stderr:
        # Its own process group, so git's helpers (remote-https, index-pack) die with it.
        proc = subprocess.Popen(
            command,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
            start_new_session=True,
        )
        verdict, deadline = "", time.monotonic() + timeout
        while proc.poll() is None:
            if time.monotonic() > deadline:
                verdict = f"it took longer than {timeout} s (HEALER_CLONE_TIMEOUT)."
            elif _tree_size(path) > limit:
                verdict = f"the download is larger than {_human(limit)} (HEALER_REPO_MAX_DOWNLOAD)."
            if verdict:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                break
            time.sleep(0.1)
        # A fast (local) clone can finish between two looks: judge the finished download too.
        if not verdict and proc.returncode == 0 and _tree_size(path) > limit:
            verdict = f"the download is larger than {_human(limit)} (HEALER_REPO_MAX_DOWNLOAD)."
        stderr.seek(0)
        detail = stderr.read(64 * 1024).decode("utf-8", "replace")
    if verdict:
        raise GitOperationError(f"Could not clone {source.url}: {verdict}")
    if proc.returncode != 0:
        message = _safe_message(GitCloneFailure(detail))
        if source.is_local:
            raise GitOperationError(f"Could not clone {source.url}: {message}")
        logger.info("clone of %s failed: %s", source.url, message)
        raise GitOperationError(f"Could not clone {source.url}: {UNREACHABLE}")


class GitCloneFailure(Exception):
    def __init__(self, stderr: str) -> None:
        super().__init__(stderr)
        self.stderr = stderr


def tree_limits_check(repo: git.Repo, commit: str, *, env: Mapping[str, str]) -> None:
    """Refuse a tree whose files add up past HEALER_REPO_MAX_SIZE or HEALER_REPO_MAX_FILES entries.

    Read from the object database before checkout: a small pack can hold a huge
    file (blobs compress), and empty files cost nothing in bytes but an inode each.
    """
    max_size, max_files = settings.HEALER_REPO_MAX_SIZE, settings.HEALER_REPO_MAX_FILES
    command = ["git", "ls-tree", "-r", "-t", "-l", "-z", "--full-tree", commit]
    proc = subprocess.Popen(
        command, cwd=repo.working_dir, env=dict(env), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    entries = size = 0
    problem = ""
    try:
        assert proc.stdout is not None
        pending = b""
        while not problem and (chunk := proc.stdout.read(256 * 1024)):
            *records, pending = (pending + chunk).split(b"\0")
            for record in records:
                entries += 1
                # "<mode> <type> <object> <size>\t<path>"; size is "-" for trees and submodules.
                fields = record.split(b"\t", 1)[0].split()
                if len(fields) == 4 and fields[1] == b"blob":
                    size += int(fields[3])
                if entries > max_files:
                    problem = f"it has more than {max_files} files and folders (HEALER_REPO_MAX_FILES)."
                elif size > max_size:
                    problem = f"its files add up to more than {_human(max_size)} (HEALER_REPO_MAX_SIZE)."
                if problem:
                    break
    finally:
        if problem:
            proc.kill()
        proc.wait()
    if problem:
        raise GitOperationError(f"The repository is too large to heal: {problem}")
    if proc.returncode != 0:
        raise GitOperationError(f"Could not read the tree of {commit} (git ls-tree failed).")


def _human(size: int) -> str:
    for unit, scale in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if size >= scale:
            return f"{size / scale:g} {unit}"
    return f"{size} bytes"
