"""Bad input for npm repositories (tests/corpora/npm/bad): a clear error or a clean failure, nothing left behind."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from healer.engine.javascript.classify import Repository, classify
from healer.engine.javascript.commands import Paths, check_commands
from healer.engine.javascript.project import NpmProjectError, detect_npm_project
from healer.engine.javascript.reports import parse_node_test_report
from healer.engine.types import BugType
from healer.engine.workspace import Workspace

BAD = Path(__file__).resolve().parents[2] / "corpora" / "npm" / "bad"
DEV = Path(__file__).resolve().parents[2] / "corpora" / "npm" / "dev"
SUPPORT = Path(__file__).resolve().parents[3] / "healer" / "engine" / "support"


def fingerprint(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        digest.update(path.relative_to(root).as_posix().encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.mark.parametrize(
    ("fixture", "words"),
    [("no-test-script", 'package.json has no "test" script'),
     ("package-json-not-json", "package.json is not valid JSON (line 4, column 3"),
     ("pnpm-lock", "pnpm-lock.yaml is a pnpm lock file"),
     ("yarn-lock", "yarn.lock is a Yarn lock file")],
)  # fmt: skip
def test_it_refuses_a_repository_it_cannot_run_and_changes_nothing(tmp_path, fixture, words):
    root = shutil.copytree(BAD / fixture, tmp_path / fixture)
    before = fingerprint(root)
    with pytest.raises(NpmProjectError) as caught:
        detect_npm_project(Workspace(root))
    assert str(caught.value).startswith(words)
    assert fingerprint(root) == before


# -- in the sandbox ------------------------------------------------------------------------
@pytest.fixture
def npm_sandbox(docker_engine, tmp_path):
    """open(fixture dir) -> (DockerSandbox with Healer's support files, NpmProject, Paths)."""
    from sandbox.docker_backend import DockerSandbox
    from tests.fixtures_docker import small_options

    client, image = docker_engine
    opened = []

    def open_(source: Path):
        root = shutil.copytree(source, tmp_path / source.name)
        workspace = Workspace(root)
        sandbox = DockerSandbox.start(
            client=client, options=small_options(image, default_timeout=120.0), run_id="npm-test",
            workspace=workspace, support_root=SUPPORT,
        )  # fmt: skip
        opened.append(sandbox)
        paths = Paths(repo_dir=sandbox.repo_dir, support_dir=sandbox.support_dir)
        return sandbox, detect_npm_project(workspace), paths, workspace

    yield open_
    for sandbox in opened:
        sandbox.close()


def run_tests(sandbox, project, paths, *, timeout: float = 120):
    (command,) = [c for c in check_commands(project, paths=paths) if c.kind == "test"]
    result = sandbox.exec(list(command.argv), env=command.env, timeout=timeout)
    raw = sandbox.read_file(command.report, limit=1 << 22)
    return parse_node_test_report(raw, result=result, repo_dir=sandbox.repo_dir)


def repository(workspace: Workspace, run) -> Repository:
    files = list(workspace.iter_files())
    return Repository(files=files, read=workspace.read_text, test_files={t.file for t in run.tests.values()})


@pytest.mark.docker
def test_a_test_that_needs_the_network_is_an_environment_problem(npm_sandbox):
    sandbox, project, paths, workspace = npm_sandbox(BAD / "network-during-tests")
    run = run_tests(sandbox, project, paths)
    assert run.failed_ids == {"test/rates.test.js::the live rate is a number"}
    found = classify(repo=repository(workspace, run), tests=run)
    assert found.failures == []
    assert "needs the network" in found.problems[0]


@pytest.mark.docker
def test_a_runner_that_hangs_is_stopped_and_leaves_nothing_running(npm_sandbox):
    sandbox, project, paths, _ = npm_sandbox(BAD / "hanging-runner")
    run = run_tests(sandbox, project, paths, timeout=5)
    assert run.timed_out and run.error == "node-test did not finish in time (timeout)"
    # Killed processes may linger a moment as zombies until init reaps them: only live ones count.
    after = sandbox.exec(
        ["sh", "-c", "ps -eo stat=,comm= | grep -v '^Z' | grep -c ' node' || true"], timeout=30
    )
    assert after.output.strip() == "0", after.output


@pytest.mark.docker
def test_a_corpus_project_runs_with_healers_reporter_in_the_sandbox(npm_sandbox):
    sandbox, project, paths, workspace = npm_sandbox(DEV / "d05-queue" / "repo")
    run = run_tests(sandbox, project, paths)
    assert [s.file for s in run.suite_errors] == ["test/queue.test.js"]
    (failure,) = classify(repo=repository(workspace, run), tests=run).failures
    assert (failure.bug_type, failure.file, failure.line) == (BugType.INDENTATION, "src/queue.js", 31)
    fixed_sandbox, fixed, fixed_paths, _ = npm_sandbox(DEV / "d05-queue" / "fixed")
    passing = run_tests(fixed_sandbox, fixed, fixed_paths)
    assert passing.ok and len(passing.passed_ids) == 3
