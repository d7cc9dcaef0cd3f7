"""Several bugs at once: tests that spoil each other's state, and a round shared between failures.

Local sandbox stand-in; tests/engine/test_engine_groups_docker.py heals the same project in the
real sandbox.
"""

from __future__ import annotations

import healer.engine.repair as repair
from healer.engine.fixers.base import Candidate
from healer.engine.repair import Engine, EngineConfig
from healer.engine.types import BugType, FixStatus

from .conftest import PYPROJECT_SRC
from .test_engine_rounds import Clock, SlowSandbox

# Two bugs: `_width` lost its @property, and decode starts from 1. test_alphabet sets a
# two-letter alphabet and restores it at its end; when it fails half-way (decode's bug), every
# test after it sees the wrong alphabet. test_encode then fails only because of that.
CODEC = """\
class Codec:
    def __init__(self, alphabet=None):
        self.set_alphabet(alphabet or "0123456789abcdef")

    def set_alphabet(self, alphabet):
        self._alphabet = sorted(set(alphabet))

    def _width(self):
        return len(self._alphabet)

    def encode(self, number):
        out = ""
        while number:
            number, digit = divmod(number, self._width)
            out += self._alphabet[digit]
        return out[::-1] or self._alphabet[0]

    def decode(self, text):
        number = 1
        for char in text:
            number = number * self._width + self._alphabet.index(char)
        return number


_codec = Codec()
encode = _codec.encode
decode = _codec.decode
set_alphabet = _codec.set_alphabet
"""
CODEC_TESTS = """\
import unittest

from codec import decode, encode, set_alphabet


class CodecTest(unittest.TestCase):
    def test_alphabet(self):
        set_alphabet("01")
        self.assertEqual(encode(5), "101")
        self.assertEqual(decode("101"), 5)
        set_alphabet("0123456789abcdef")

    def test_decode(self):
        self.assertEqual(decode("ff"), 255)

    def test_encode(self):
        self.assertEqual(encode(255), "ff")
"""
CODEC_PROJECT = {"pyproject.toml": PYPROJECT_SRC, "src/codec.py": CODEC, "tests/test_codec.py": CODEC_TESTS}


def heal(engine: Engine, rounds: int = 3) -> list:
    outcomes = []
    for _ in range(rounds):
        report = engine.check()
        if report.ok:
            break
        found = list(engine.repair(report))
        outcomes += found
        if not found:
            break
    return outcomes


def test_it_heals_two_bugs_whose_tests_spoil_each_others_state(project, local_sandbox):
    ws = project(CODEC_PROJECT)
    lines: list[str] = []
    engine = Engine(
        workspace=ws, sandbox=local_sandbox, config=EngineConfig(test_timeout=10), log=lines.append
    )
    engine.discover()
    outcomes = heal(engine)
    assert [(o.bug_type, o.line, o.status) for o in outcomes] == [
        (BugType.TYPE_ERROR, 8, FixStatus.FIXED),
        (BugType.LOGIC, 19, FixStatus.FIXED),
    ]
    assert engine.check().ok
    assert "@property\n    def _width" in ws.read_text("src/codec.py")


def test_a_targeted_test_spoiled_by_another_is_judged_on_its_own_and_its_failure_waits(
    project, local_sandbox
):
    ws = project(CODEC_PROJECT)
    engine = Engine(
        workspace=ws,
        sandbox=local_sandbox,
        config=EngineConfig(test_timeout=10),
        fixers=[
            Offers(BugType.TYPE_ERROR, [("    def _width", "    @property\n    def _width", "property")])
        ],
    )
    engine.discover()
    outcomes = list(engine.repair(engine.check()))
    assert [o.description for o in outcomes] == ["property"]
    state = engine._state
    # test_encode passed on its own; in the shared run it fails after test_alphabet's half-way exit.
    assert state.order_dependent == {"tests/test_codec.py::CodecTest::test_encode"}
    spoiled = [f for f in state.failures if state.order_dependent.intersection(f.test_ids)]
    assert spoiled and len(spoiled) < len(state.failures)
    assert engine._next_failure(state) not in spoiled


class Offers:
    """Fixed edits (old -> new in src/codec.py) for any failure of one bug type."""

    fallback = False

    def __init__(self, bug_type: BugType, edits: list[tuple[str, str, str]], *, file: str = "src/codec.py"):
        self.bug_types = frozenset({bug_type})
        self.edits, self.file = edits, file

    def candidates(self, failure, ctx):
        text = ctx.source(self.file)
        for old, new, description in self.edits:
            if old in text:
                yield Candidate(self.file, text.replace(old, new, 1), description, failure.line)


CALC = "def double(n):\n    return n + 2\n\n\ndef half(n):\n    return n * 2\n"
CALC_TESTS = (
    "from calc import double, half\n\n\ndef test_double():\n    assert double(5) == 10\n\n\n"
    "def test_half():\n    assert half(8) == 4\n"
)


class PerFailure:
    """Hopeless edits for double's failure, the right one for half's."""

    fallback = False
    bug_types = frozenset({BugType.LOGIC})

    def candidates(self, failure, ctx):
        text = ctx.source("src/calc.py")
        if any("test_double" in t for t in failure.test_ids):
            for n in (3, 4, 6, 7, 8, 9, 11, 12, 13):
                yield Candidate("src/calc.py", text.replace("n + 2", f"n + {n}"), f"plus {n}", 2)
        else:
            yield Candidate("src/calc.py", text.replace("n * 2", "n // 2"), "halve", 6)


def test_each_open_failure_gets_a_share_of_the_round_before_one_search_takes_it_all(
    project, local_sandbox, monkeypatch
):
    clock = Clock()
    monkeypatch.setattr(repair.time, "monotonic", clock.monotonic)
    monkeypatch.setattr(repair, "MIN_SHARE", 20.0)
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/calc.py": CALC, "tests/test_calc.py": CALC_TESTS})
    lines: list[str] = []
    engine = Engine(
        workspace=ws,
        sandbox=SlowSandbox(local_sandbox, clock),
        config=EngineConfig(test_timeout=10, time_budget=100),
        log=lines.append,
        fixers=[PerFailure()],
    )
    engine.discover()
    report = engine.check()
    assert [f.line for f in engine._state.failures][:1] == [2]  # double's failure comes first
    outcomes = list(engine.repair(report))
    # double's hopeless search (90 s of candidates) was cut at its share; half was fixed after it.
    assert [o.description for o in outcomes] == ["halve"]
    assert any("its share of the time budget" in line for line in lines)


def test_a_lint_finding_elsewhere_is_still_fixed_when_the_parse_error_is_given_up(project, local_sandbox):
    # The parse error hides every test failure, but not the linter's verdict on another file.
    files = {
        "pyproject.toml": PYPROJECT_SRC,
        "src/calc.py": "def double(n)\n    return n * 2\n",
        "src/util.py": "import os\n\n\ndef one():\n    return 1\n",
        "tests/test_calc.py": "from calc import double\n\n\ndef test_double():\n    assert double(5) == 10\n",
    }
    ws = project(files)
    lines: list[str] = []
    engine = Engine(
        workspace=ws,
        sandbox=local_sandbox,
        config=EngineConfig(test_timeout=10),
        log=lines.append,
        fixers=[Offers(BugType.LINTING, [("import os\n\n\n", "", "remove the import")], file="src/util.py")],
    )
    engine.discover()
    outcomes = list(engine.repair(engine.check()))
    assert [(o.bug_type, o.file, o.description) for o in outcomes] == [
        (BugType.LINTING, "src/util.py", "remove the import")
    ]
    assert "import os" not in ws.read_text("src/util.py")


def test_an_import_error_the_tests_show_is_fixed_when_a_parse_error_behind_it_is_given_up(
    project, local_sandbox
):
    # calc fails to import before it reaches geo, whose parse error gets no candidate: the import
    # error is what the tests show, so it is repaired, not left waiting for the parse error.
    files = {
        "pyproject.toml": PYPROJECT_SRC,
        "src/calc.py": "import no_such_module_here\nimport geo\n\n\ndef double(n):\n    return n * 2\n\n\nAREA = geo.area\n",
        "src/geo.py": "def area(r)\n    return r * r\n",
        "tests/test_calc.py": "from calc import double\n\n\ndef test_double():\n    assert double(5) == 10\n",
    }
    ws = project(files)
    lines: list[str] = []
    engine = Engine(
        workspace=ws,
        sandbox=local_sandbox,
        config=EngineConfig(test_timeout=10),
        log=lines.append,
        fixers=[
            Offers(
                BugType.IMPORT,
                [("import no_such_module_here\n", "", "remove the import")],
                file="src/calc.py",
            )
        ],
    )
    engine.discover()
    report = engine.check()
    assert {f.bug_type for f in report.failures} == {BugType.SYNTAX, BugType.IMPORT}
    outcomes = list(engine.repair(report))
    assert [(o.bug_type, o.file) for o in outcomes] == [(BugType.IMPORT, "src/calc.py")]
    assert "no_such_module_here" not in ws.read_text("src/calc.py")
