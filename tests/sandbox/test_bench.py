"""`sandbox bench` compares like with like: the same Python, pytest and plugins, or it refuses."""

from __future__ import annotations

import sys

import pytest

from healer.engine.types import SandboxError
from sandbox.bench import describe, host_python, probe_host, run_bench, unlike

IMAGE = {"python": "3.11", "pytest": "7.2.1", "plugins": ["pytest-timeout"]}


def test_it_reads_the_versions_that_make_a_pytest_run_alike():
    versions = probe_host(sys.executable)
    assert versions["python"] == f"{sys.version_info[0]}.{sys.version_info[1]}"
    assert versions["pytest"] == pytest.__version__
    assert "pytest-django" in versions["plugins"]  # this suite's own plugin, auto-loaded
    assert probe_host("/nonexistent/python3") is None


def test_it_names_every_difference_between_two_runs():
    assert unlike(IMAGE, dict(IMAGE)) == []
    host = {"python": "3.11", "pytest": "9.0.1", "plugins": ["pytest-django", "pytest-timeout"]}
    assert unlike(host, IMAGE) == [
        "pytest 9.0.1 on the host, 7.2.1 in the image",
        "plugins ['pytest-django', 'pytest-timeout'] on the host, ['pytest-timeout'] in the image",
    ]
    assert describe(IMAGE) == "Python 3.11, pytest 7.2.1, plugins: pytest-timeout"


def test_it_refuses_an_unlike_interpreter_and_says_what_to_install():
    with pytest.raises(SandboxError) as info:
        host_python(IMAGE, sys.executable)
    message = str(info.value)
    assert "refuses to compare unlike runs" in message
    assert f"{sys.executable}: pytest {pytest.__version__} on the host, 7.2.1 in the image" in message
    assert "apt-get install python3-pytest python3-pytest-timeout" in message


def test_it_takes_an_interpreter_that_runs_pytest_like_the_image():
    like = probe_host(sys.executable)
    assert host_python(like, sys.executable) == (sys.executable, like)


@pytest.mark.docker
def test_it_measures_nothing_and_claims_no_target_from_an_unlike_baseline():
    printed: list[str] = []
    with pytest.raises(SandboxError, match="refuses to compare unlike runs"):
        run_bench(repeat=1, python=sys.executable, echo=printed.append)
    assert printed == []  # no figures, no "targets met"
