"""container_kill_all: the kill between commands, against a stand-in Docker API (no engine needed).

A real fork bomb (tests/sandbox/test_adversarial.py) showed the holes this guards: runc's "cannot start
the exec" arrives as output with HTTP 200 (no APIError), and the image's `/usr/bin/kill -9 -1` signalled
nothing at all (procps-ng 4 parses `-1` as an option there).
"""

from __future__ import annotations

import docker
import pytest

from sandbox import docker_container
from sandbox.docker_container import KILL_ARGV, KILL_ATTEMPTS, container_kill_all

NOT_STARTED = (
    b"OCI runtime exec failed: exec failed: unable to start container process: resource unavailable",
    126,
)
STARTED = (b"", 0)


class FakeApi:
    """Answers each kill exec with the next scripted (output, exit code), or raises an APIError."""

    def __init__(self, script):
        self.script = list(script)
        self.calls = 0
        self._current = None

    def exec_create(self, container_id, cmd, *, user):
        assert cmd == KILL_ARGV and user != "0:0"
        self.calls += 1
        step = self.script.pop(0) if self.script else STARTED
        if isinstance(step, Exception):
            raise step
        self._current = step
        return {"Id": f"exec-{self.calls}"}

    def exec_start(self, exec_id):
        return self._current[0]

    def exec_inspect(self, exec_id):
        return {"Running": False, "ExitCode": self._current[1]}


@pytest.fixture(autouse=True)
def no_sleep(monkeypatch):
    monkeypatch.setattr(docker_container.time, "sleep", lambda _s: None)


@pytest.mark.docker
def test_it_kills_every_process_of_the_sandbox_user_in_the_real_image(docker_engine):
    client, image = docker_engine
    # pid 1 as in a run's container: tini, which reaps the killed processes, as another user.
    box = client.containers.run(
        image,
        ["sleep", "120"],
        entrypoint=["/usr/bin/tini", "--"],
        user=docker_container.INIT_USER,
        detach=True,
        network_disabled=True,
    )
    try:
        for _ in range(3):
            box.exec_run(["sleep", "100"], user=docker_container.SANDBOX_USER, detach=True)
        assert container_kill_all(client.api, box.id, name="t") is True
        left = box.exec_run(["ps", "-u", "10001", "-o", "pid=,args="]).output.decode()
        assert "sleep 100" not in left
    finally:
        box.remove(force=True)


def test_it_stops_once_the_kill_has_run():
    api = FakeApi([STARTED])
    assert container_kill_all(api, "c1", name="t") is True
    assert api.calls == 1


def test_it_does_not_take_an_exec_that_never_started_for_a_kill():
    api = FakeApi([NOT_STARTED, NOT_STARTED, STARTED])
    assert container_kill_all(api, "c1", name="t") is True
    assert api.calls == 3


def test_it_retries_after_an_api_error():
    api = FakeApi([docker.errors.APIError("busy"), STARTED])
    assert container_kill_all(api, "c1", name="t") is True
    assert api.calls == 2


def test_it_gives_up_when_the_kill_never_starts_so_the_container_is_replaced():
    api = FakeApi([NOT_STARTED] * (KILL_ATTEMPTS + 5))
    assert container_kill_all(api, "c1", name="t") is False
    assert api.calls == KILL_ATTEMPTS
