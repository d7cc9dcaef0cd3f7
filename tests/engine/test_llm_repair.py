"""The repair loop validates LLM candidates like any other: good ones are applied, bad ones never."""

from __future__ import annotations

import pytest

from healer.engine.fixers.llm import provider_from_settings
from healer.engine.repair import Engine, EngineConfig
from healer.engine.types import BugType, FixStatus

from .conftest import PYPROJECT_SRC
from .test_llm import StandIn

NAMES = """\
def listing(names):
    return " ".join(sorted(names))
"""
NAMES_TESTS = """\
from names import listing


def test_listing():
    assert listing(["bo", "al"]) == "al, bo"


def test_single():
    assert listing(["al"]) == "al"
"""
FIXED = """def listing(names):
    return ", ".join(sorted(names))
"""


@pytest.fixture
def stand_in():
    server = StandIn()
    yield server
    server.close()


def _heal(project, sandbox, provider):
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/names.py": NAMES, "tests/test_names.py": NAMES_TESTS})
    lines: list[str] = []
    engine = Engine(
        workspace=ws, sandbox=sandbox, config=EngineConfig(test_timeout=20, llm=provider), log=lines.append
    )
    engine.discover()
    report = engine.check()
    return ws, engine, report, list(engine.repair(report)), lines


def test_it_applies_a_validated_llm_fix(project, local_sandbox, stand_in):
    stand_in.reply(f"Fix: separate the names with a comma\n```python\n{FIXED}```")
    provider = provider_from_settings(base_url=stand_in.url, api_key="k", model="m", timeout=5)
    ws, engine, report, outcomes, lines = _heal(project, local_sandbox, provider)
    assert [f.bug_type for f in report.failures] == [BugType.LOGIC]
    assert [o.status for o in outcomes] == [FixStatus.FIXED], lines
    assert outcomes[0].fix_line == 'LOGIC error in src/names.py line 2 → Fix: use ", " instead of " "'
    assert ws.read_text("src/names.py") == FIXED
    assert ws.read_text("tests/test_names.py") == NAMES_TESTS
    assert engine.check().ok
    # The model saw the faulty function, never the tests.
    prompt = stand_in.requests[0]["json"]["messages"][-1]["content"]
    assert 'return " ".join(sorted(names))' in prompt and "test_listing" in prompt
    assert 'assert listing(["bo", "al"])' not in prompt.split("Assertion output")[0]


def test_it_rejects_an_llm_fix_that_does_not_pass_the_tests(project, local_sandbox, stand_in):
    wrong = FIXED.replace('", "', '";"')
    for _ in range(5):
        stand_in.reply(f"```python\n{wrong}```")
    provider = provider_from_settings(base_url=stand_in.url, api_key="k", model="m", timeout=5)
    ws, engine, report, outcomes, lines = _heal(project, local_sandbox, provider)
    assert outcomes == []
    assert ws.read_text("src/names.py") == NAMES
    assert [o.status for o in engine.unresolved(report)] == [FixStatus.FAILED]
    assert any("No validated fix" in line for line in lines), lines


def test_it_heals_without_a_model_when_the_server_fails(project, local_sandbox, stand_in):
    for _ in range(5):
        stand_in.reply(status=500, body=b"down")
    provider = provider_from_settings(base_url=stand_in.url, api_key="k", model="m", timeout=5)
    ws, engine, report, outcomes, lines = _heal(project, local_sandbox, provider)
    assert outcomes == []
    assert ws.read_text("src/names.py") == NAMES
    assert stand_in.requests  # it was asked; its failure only means no candidate, never a broken run
    assert not any("failed:" in line and "Fixer" in line for line in lines), lines
    assert [o.status for o in engine.unresolved(report)] == [FixStatus.FAILED]


def test_it_asks_the_model_only_when_the_deterministic_fixers_fail(project, local_sandbox, stand_in):
    stand_in.reply(f"```python\n{FIXED}```")
    provider = provider_from_settings(base_url=stand_in.url, api_key="k", model="m", timeout=5)
    ws = project(
        {
            "pyproject.toml": PYPROJECT_SRC,
            "src/calc.py": "def total(a, b):\n    return a - b\n",
            "tests/test_calc.py": "from calc import total\n\n\ndef test_total():\n    assert total(2, 3) == 5\n",
        }
    )
    engine = Engine(workspace=ws, sandbox=local_sandbox, config=EngineConfig(test_timeout=20, llm=provider))
    engine.discover()
    outcomes = list(engine.repair(engine.check()))
    assert [o.status for o in outcomes] == [FixStatus.FIXED]
    assert ws.read_text("src/calc.py") == "def total(a, b):\n    return a + b\n"
    assert stand_in.requests == []
