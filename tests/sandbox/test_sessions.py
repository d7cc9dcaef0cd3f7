"""sandbox_open: the single entry point, its settings and its errors."""

from __future__ import annotations

import logging

import pytest

from healer.engine import SUPPORT_ROOT
from healer.engine.types import SandboxError
from healer.engine.workspace import Workspace
from sandbox import sessions
from tests.fixtures_docker import write_tree


@pytest.fixture
def workspace(tmp_path):
    return Workspace(write_tree(tmp_path / "repo", {"test_a.py": "def test_a():\n    assert True\n"}))


def test_it_refuses_the_unsafe_backend_when_debug_is_off(settings, workspace):
    settings.HEALER_SANDBOX_BACKEND = "unsafe-local"
    settings.DEBUG = False
    with (
        pytest.raises(SandboxError, match="refused when DEBUG is off"),
        sessions.sandbox_open(run_id="1", workspace=workspace),
    ):
        pytest.fail("must not open")


def test_the_unsafe_backend_works_in_debug_and_warns_loudly(settings, workspace, caplog):
    settings.HEALER_SANDBOX_BACKEND = "unsafe-local"
    settings.DEBUG = True
    caplog.set_level(logging.WARNING)
    with sessions.sandbox_open(run_id="2", workspace=workspace) as sb:
        result = sb.exec(["sh", "-c", "ls; echo changed > test_a.py"])
        assert "test_a.py" in result.output
        assert "changed" not in (workspace.root / "test_a.py").read_text()  # ran in a copy
        timed = sb.exec(["sleep", "30"], timeout=0.5)
        assert timed.timed_out and timed.killed_reason == "timeout"
        assert sb.exec(["cat", "test_a.py"]).output.startswith("def test_a")  # reset
        root = sb.repo_dir
    assert "UNSAFE SANDBOX" in caplog.text
    import os

    assert not os.path.exists(root)


def test_it_names_the_fix_when_no_engine_is_reachable(settings, workspace, monkeypatch, tmp_path):
    settings.HEALER_SANDBOX_BACKEND = "docker"
    monkeypatch.setenv("DOCKER_HOST", f"unix://{tmp_path}/no-docker.sock")
    with (
        pytest.raises(
            SandboxError,
            match=r"No Docker engine reachable at unix://.*no-docker.sock: start dockerd or set DOCKER_HOST",
        ),
        sessions.sandbox_open(run_id="3", workspace=workspace),
    ):
        pytest.fail("must not open")


def test_the_image_tag_follows_the_recipe_unless_overridden(settings):
    settings.HEALER_SANDBOX_IMAGE = ""
    tag = sessions.configured_image()
    assert tag.startswith("healer-sandbox:") and len(tag.split(":")[1]) == 12
    settings.HEALER_SANDBOX_IMAGE = "registry.example/healer-sandbox:7"
    assert sessions.configured_image() == "registry.example/healer-sandbox:7"


def test_options_come_from_settings(settings):
    settings.HEALER_SANDBOX_MEMORY = 512 * 1024**2
    settings.HEALER_SANDBOX_PIDS = 99
    settings.HEALER_SANDBOX_OUTPUT_LIMIT = 1000
    settings.HEALER_SANDBOX_OUTPUT_HARD_LIMIT = 10
    options = sessions.docker_options()
    assert options.limits.memory == 512 * 1024**2
    assert options.limits.pids == 99
    assert options.output_hard_limit == 1000  # never below the kept output


@pytest.mark.docker
def test_it_names_the_fix_when_the_image_is_missing(settings, workspace):
    settings.HEALER_SANDBOX_BACKEND = "docker"
    settings.HEALER_SANDBOX_IMAGE = "healer-sandbox:does-not-exist"
    with (
        pytest.raises(
            SandboxError,
            match=r"healer-sandbox:does-not-exist is missing: run `python manage.py sandbox build`",
        ),
        sessions.sandbox_open(run_id="4", workspace=workspace),
    ):
        pytest.fail("must not open")


@pytest.mark.docker
def test_a_session_carries_the_support_files_and_cleans_up_even_on_errors(settings, workspace, docker_engine):
    client, _ = docker_engine
    settings.HEALER_SANDBOX_BACKEND = "docker"
    support_files = sorted(p.name for p in SUPPORT_ROOT.iterdir() if p.is_file())
    with (
        pytest.raises(RuntimeError, match="engine blew up"),
        sessions.sandbox_open(run_id="session-err-5", workspace=workspace) as sb,
    ):
        listing = sb.exec(["ls", sb.support_dir]).output.split()
        assert listing == support_files
        assert sb.exec(["python3", "-m", "pytest", "-q", "-p", "no:cacheprovider"]).ok
        raise RuntimeError("engine blew up")
    leftovers = client.api.containers(all=True, filters={"label": "healer.run=session-err-5"})
    volumes = client.api.volumes(filters={"label": "healer.run=session-err-5"}).get("Volumes")
    assert not leftovers and not volumes


def test_every_backend_opens_with_one_signature():
    import inspect

    assert set(sessions.BACKENDS) == {"docker", "unsafe-local"}
    for backend in sessions.BACKENDS.values():
        parameters = inspect.signature(backend.open).parameters
        assert list(parameters) == ["run_id", "workspace", "support_root", "log_line"]
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters.values())


def test_the_unsafe_local_rule_is_asked_in_one_place(settings):
    assert sessions.backend_refusal(backend="unsafe-local", debug=False).endswith("refused when DEBUG is off")
    assert sessions.backend_refusal(backend="unsafe-local", debug=True) == ""
    assert sessions.backend_refusal(backend="docker", debug=False) == ""


def test_it_refuses_an_unknown_backend(settings, workspace):
    settings.HEALER_SANDBOX_BACKEND = "podman"
    with (
        pytest.raises(SandboxError, match="Unknown HEALER_SANDBOX_BACKEND 'podman'"),
        sessions.sandbox_open(run_id="5", workspace=workspace),
    ):
        pytest.fail("must not open")
