"""A multi-bug project healed in the real sandbox: a removed @property and a wrong start value,
whose failing tests spoil each other's state (see test_engine_groups.py)."""

from __future__ import annotations

import pytest

from healer.engine.repair import Engine, EngineConfig
from healer.engine.types import BugType, FixStatus

from .test_engine_docker import docker_sandbox  # noqa: F401 (the fixture)
from .test_engine_groups import CODEC_PROJECT, heal

pytestmark = pytest.mark.docker


def test_the_engine_heals_a_project_whose_bugs_spoil_each_others_tests(project, docker_sandbox):  # noqa: F811
    ws = project(CODEC_PROJECT)
    sandbox = docker_sandbox(ws)
    engine = Engine(workspace=ws, sandbox=sandbox, config=EngineConfig(test_timeout=10, command_timeout=120))
    engine.discover()
    outcomes = heal(engine)
    assert [(o.bug_type, o.line, o.status) for o in outcomes] == [
        (BugType.TYPE_ERROR, 8, FixStatus.FIXED),
        (BugType.LOGIC, 19, FixStatus.FIXED),
    ]
    assert engine.check().ok
