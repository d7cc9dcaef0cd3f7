"""The repair loop fixes TYPE_ERROR bugs with the TYPE_ERROR fixer's candidates, validated by the tests."""

from __future__ import annotations

import pytest

from healer.engine.fixers.base import Candidate
from healer.engine.repair import Engine, EngineConfig
from healer.engine.trial import DELETES_RAISING
from healer.engine.types import BugType, FixStatus

from .conftest import PYPROJECT_SRC

RATES = """\
ZONES = {"local": 2, "national": 5, "world": 12}


def rate_for_zone(zone):
    return ZONES[zone]


def shipping_cost(weight, zone_rate):
    return weight * zone_rate


def quote(weight, zone):
    zone_rate = rate_for_zone(zone)
    return shipping_cost(weight, zone_rate)
"""
PARCEL = """\
from dataclasses import dataclass

from post.rates import rate_for_zone, shipping_cost


@dataclass
class Parcel:
    weight: int
    zone: str = "local"

    def __post_init__(self):
        rate_for_zone(self.zone)

    def cost(self):
        return shipping_cost(self.weight)

    def label(self):
        return "parcel to " + self.zone + ", " + self.weight + " kg"
"""
TESTS = """\
from post.parcel import Parcel
from post.rates import quote


def test_quote():
    assert quote(3, "national") == 15


def test_parcel_cost():
    assert Parcel(2, "world").cost() == 24


def test_label():
    assert Parcel(4).label() == "parcel to local, 4 kg"
"""


def _files():
    return {
        "pyproject.toml": PYPROJECT_SRC,
        "src/post/__init__.py": "",
        "src/post/rates.py": RATES,
        "src/post/parcel.py": PARCEL,
        "tests/test_post.py": TESTS,
    }


def _heal(ws, sandbox):
    lines: list[str] = []
    engine = Engine(workspace=ws, sandbox=sandbox, config=EngineConfig(test_timeout=20), log=lines.append)
    engine.discover()
    report = engine.check()
    outcomes = list(engine.repair(report))
    return engine, report, outcomes, lines


def _assert_fixed(ws, engine, report, outcomes, lines):
    assert report.failed == 2 and report.passed == 1
    assert {(f.bug_type, f.file, f.line) for f in report.failures} == {
        (BugType.TYPE_ERROR, "src/post/parcel.py", 15),
        (BugType.TYPE_ERROR, "src/post/parcel.py", 18),
    }
    assert [o.status for o in outcomes] == [FixStatus.FIXED, FixStatus.FIXED], lines
    assert {o.fix_line for o in outcomes} == {
        "TYPE_ERROR error in src/post/parcel.py line 15 → Fix: "
        "pass rate_for_zone(self.zone) as the second argument of shipping_cost",
        "TYPE_ERROR error in src/post/parcel.py line 18 → Fix: convert self.weight to str before concatenating",
    }
    assert ws.read_text("src/post/parcel.py") == PARCEL.replace(
        "shipping_cost(self.weight)", "shipping_cost(self.weight, rate_for_zone(self.zone))"
    ).replace('+ self.weight + " kg"', '+ str(self.weight) + " kg"')
    assert ws.read_text("tests/test_post.py") == TESTS
    assert engine.check().ok


def test_it_fixes_type_errors_through_the_repair_loop(project, local_sandbox):
    ws = project(_files())
    _assert_fixed(ws, *_heal(ws, local_sandbox))


@pytest.mark.docker
@pytest.mark.django_db
def test_it_fixes_type_errors_in_the_docker_sandbox(project):
    from sandbox.sessions import sandbox_open

    ws = project(_files())
    with sandbox_open(run_id="type-error-e2e", workspace=ws) as sandbox:
        _assert_fixed(ws, *_heal(ws, sandbox))


DIGEST = """\
import hashlib


def digest(text):
    hasher = hashlib.md5()
    hasher.update(text)
    return hasher.hexdigest()
"""
DIGEST_TESTS = """\
from sums import digest


def test_digest_is_a_hex_string():
    assert len(digest("x")) == 32
"""


class _Offers:
    """The statement deleted first, then the right edit, for the TYPE_ERROR."""

    fallback = False
    bug_types = frozenset({BugType.TYPE_ERROR})

    def candidates(self, failure, ctx):
        text = ctx.source("src/sums.py")
        yield Candidate("src/sums.py", text.replace("    hasher.update(text)\n", ""), "delete it", 6)
        yield Candidate("src/sums.py", text.replace("update(text)", "update(text.encode())"), "encode", 6)


def test_the_repair_loop_refuses_to_delete_the_statement_that_raises(project, local_sandbox):
    # Deleting `hasher.update(text)` makes the weak test pass and the TypeError go; it is not a
    # fix: the bytes of the text were meant.
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/sums.py": DIGEST, "tests/test_sums.py": DIGEST_TESTS})
    lines: list[str] = []
    engine = Engine(
        workspace=ws, sandbox=local_sandbox, config=EngineConfig(test_timeout=20), log=lines.append,
        fixers=[_Offers()],
    )  # fmt: skip
    engine.discover()
    outcomes = list(engine.repair(engine.check()))
    assert [(o.status, o.fix_line) for o in outcomes] == [
        (FixStatus.FIXED, "TYPE_ERROR error in src/sums.py line 6 → Fix: encode")
    ], lines
    assert any(DELETES_RAISING in line for line in lines), lines


def test_a_type_error_raised_in_a_doctest_is_a_type_error_of_the_function_and_is_fixed(
    project, local_sandbox
):
    config = PYPROJECT_SRC.replace(
        'testpaths = ["tests"]', 'testpaths = ["tests", "src"]\naddopts = "--doctest-modules"'
    )
    units = 'def label(n):\n    """\n    >>> label(3)\n    \'3 items\'\n    """\n    return n + " items"\n'
    ws = project(
        {"pyproject.toml": config, "src/units.py": units, "tests/test_units.py": "def test_it():\n    pass\n"}
    )
    engine = Engine(workspace=ws, sandbox=local_sandbox, config=EngineConfig(test_timeout=20))
    engine.discover()
    report = engine.check()
    assert [(f.bug_type, f.file, f.line) for f in report.failures] == [
        (BugType.TYPE_ERROR, "src/units.py", 6)
    ]
    outcomes = list(engine.repair(report))
    assert [o.fix_line for o in outcomes] == [
        "TYPE_ERROR error in src/units.py line 6 → Fix: convert n to str before concatenating"
    ]
