"""`manage.py sandbox build|check|reap` and the engine system check."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from sandbox.checks import check_docker_engine


def run(*args) -> str:
    out = StringIO()
    call_command("sandbox", *args, stdout=out)
    return out.getvalue()


@pytest.mark.docker
def test_check_passes_every_hardening_line_on_a_real_container():
    output = run("check")
    assert "Engine: Docker" in output
    assert "FAIL" not in output
    for words in (
        "non-root",
        "no capabilities",
        "no network",
        "read-only",
        "pids limit",
        "memory limit",
        "Node.js",
        "npm",
    ):
        assert any(line.startswith("PASS") and words in line for line in output.splitlines()), words
    # The dependency phase, probed in a real install container behind the real egress proxy.
    for words in (
        "install container has no network of its own",
        "egress proxy refuses the Docker host",
        "egress proxy refuses link-local addresses",
        "install container limits",
        "package index reachable through the egress proxy",
    ):
        assert any(line.startswith("PASS") and words in line for line in output.splitlines()), words
    assert "Dependency phase: index " in output


@pytest.mark.docker
def test_check_says_when_the_index_is_not_reachable_and_why(settings):
    # An index host nothing answers on (a reserved TEST-NET address): the proxy allows it, pip cannot reach it.
    settings.HEALER_SANDBOX_PIP_INDEX_URL = "https://192.0.2.1/simple"
    settings.HEALER_SANDBOX_INSTALL_TIMEOUT = 120
    out = StringIO()
    with pytest.raises(CommandError, match="sandbox check failed"):
        call_command("sandbox", "check", stdout=out)
    failed = [line for line in out.getvalue().splitlines() if line.startswith("FAIL")]
    assert len(failed) == 1 and "package index NOT reachable through the egress proxy" in failed[0]
    assert "HEALER_SANDBOX_PIP_CA_BUNDLE" in failed[0]


@pytest.mark.docker
def test_check_fails_with_a_non_zero_exit_when_the_image_is_missing(settings):
    settings.HEALER_SANDBOX_IMAGE = "healer-sandbox:not-built"
    out = StringIO()
    with pytest.raises(CommandError, match="sandbox check failed"):
        call_command("sandbox", "check", stdout=out)
    assert (
        "FAIL  image healer-sandbox:not-built present: run `python manage.py sandbox build`" in out.getvalue()
    )


@pytest.mark.docker
def test_build_does_nothing_when_the_tag_exists(docker_engine):
    _, image = docker_engine
    assert run("build").strip() == f"Sandbox image {image} is up to date."


@pytest.mark.docker
def test_reap_reports_what_it_removed(make_sandbox):
    make_sandbox(run_id="live-one")  # owner alive, not expired: kept
    output = run("reap", "--dry-run")
    assert output.startswith("Would remove")
    assert "healer-run-live-one" not in output


def test_commands_name_the_fix_when_the_engine_is_unreachable(monkeypatch, tmp_path):
    monkeypatch.setenv("DOCKER_HOST", f"unix://{tmp_path}/none.sock")
    with pytest.raises(CommandError, match="No Docker engine reachable"):
        call_command("sandbox", "reap", stdout=StringIO())
    out = StringIO()
    with pytest.raises(CommandError):
        call_command("sandbox", "check", stdout=out)
    assert "FAIL  No Docker engine reachable" in out.getvalue()


def test_the_deploy_check_reports_an_unreachable_engine(monkeypatch, tmp_path, settings):
    settings.HEALER_SANDBOX_BACKEND = "docker"
    monkeypatch.setenv("DOCKER_HOST", f"unix://{tmp_path}/none.sock")
    errors = check_docker_engine(None)
    assert [e.id for e in errors] == ["sandbox.E001"]
    assert "start dockerd or set DOCKER_HOST" in errors[0].msg


def test_the_deploy_check_is_silent_for_the_unsafe_backend(settings):
    settings.HEALER_SANDBOX_BACKEND = "unsafe-local"
    assert check_docker_engine(None) == []


@pytest.mark.docker
def test_the_deploy_check_passes_with_engine_and_image(settings):
    settings.HEALER_SANDBOX_BACKEND = "docker"
    assert check_docker_engine(None) == []
