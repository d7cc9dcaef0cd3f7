"""Checks are never weakened: check scripts and assertion modules are test code, and no edit deletes an
assert or makes one always true (discovery.check_scripts / assertion_modules, validation.weakens_assertion)."""

from __future__ import annotations

import pytest

from healer.engine.discovery import discover
from healer.engine.fixers.base import Candidate
from healer.engine.repair import Engine, EngineConfig
from healer.engine.types import BugType, FixStatus
from healer.engine.validation import weakens_assertion

from .conftest import PYPROJECT_SRC

TESTS = "def test_it():\n    assert True\n"
CHECKS = """\
from pkg import slug


def check_goldens():
    for text, expected in (("a b", "a-b"), ("A", "a")):
        assert slug(text) == expected
    assert slug("") == ""


def check_separator():
    assert slug("a b", sep="_") == "a_b"
    assert slug("a  b") == "a-b"
"""
LIBRARY = """\
def slug(text, sep="-"):
    assert isinstance(text, str), "text only"
    words = text.lower().split()
    return sep.join(words)
"""


@pytest.mark.parametrize(
    ("config", "command"),
    [
        ("tox.ini", "[testenv]\ncommands =\n    pytest\n    python tools/verify_api.py --strict\n"),
        ("Makefile", "check:\n\tpython3 -m tools.verify_api\n"),
        (".github/workflows/ci.yml", "jobs:\n  t:\n    steps:\n      - run: python ./tools/verify_api.py\n"),
    ],
)
def test_it_counts_a_script_a_check_command_runs_as_test_code(project, config, command):
    ws = project(
        {
            config: command,
            "pkg/__init__.py": LIBRARY,
            "tools/__init__.py": "",
            "tools/verify_api.py": "from pkg import slug\nprint(slug('a'))\n",
            "tests/test_pkg.py": TESTS,
        }
    )
    plan = discover(ws)
    assert "tools/verify_api.py" in plan.test_files
    assert "tools/verify_api.py" not in plan.source_files
    assert "pkg/__init__.py" in plan.source_files


def test_it_counts_a_module_of_assertion_suites_as_test_code_but_not_a_library_with_an_invariant(project):
    ws = project(
        {
            "pkg/__init__.py": LIBRARY,
            "tools/checks.py": CHECKS,
            "tools/report.py": "def size(x):\n    assert x\n    assert x > 0\n    n = x * 2\n    m = n + 1\n"
            "    k = m - 1\n    j = k // 2\n    return j\n",
            "tests/test_pkg.py": TESTS,
        }
    )
    plan = discover(ws)
    assert "tools/checks.py" in plan.test_files
    assert {"pkg/__init__.py", "tools/report.py"} <= set(plan.source_files)


def test_it_counts_a_top_level_script_of_assertions_as_test_code(project):
    script = "from pkg import slug\n\nassert slug('a') == 'a'\nassert slug('A b') == 'a-b'\nassert slug('') == ''\n"
    ws = project({"pkg/__init__.py": LIBRARY, "smoke.py": script, "tests/test_pkg.py": TESTS})
    assert "smoke.py" in discover(ws).test_files


OLD = "def f(x, y):\n    assert x < y, 'order'\n    return y - x\n"


@pytest.mark.parametrize(
    "new",
    [
        "def f(x, y):\n    return y - x\n",
        "def f(x, y):\n    pass\n    return y - x\n",
        "def f(x, y):\n    assert True, 'order'\n    return y - x\n",
        "def f(x, y):\n    assert x < y or 1, 'order'\n    return y - x\n",
        "def f(x, y):\n    assert (x < y, 'order')\n    return y - x\n",
        "def f(x, y):\n    assert x == x, 'order'\n    return y - x\n",
        "def f(x, y):\n    assert not None, 'order'\n    return y - x\n",
    ],
)
def test_it_refuses_an_edit_that_deletes_an_assert_or_makes_one_always_true(new):
    assert weakens_assertion("pkg/f.py", OLD, new) is not None


@pytest.mark.parametrize(
    "new",
    [
        "def f(x, y):\n    assert x <= y, 'order'\n    return y - x\n",
        "def f(x, y):\n    assert x < y, 'order'\n    return y + x\n",
    ],
)
def test_it_lets_an_assert_change_its_condition_or_the_code_around_it(new):
    assert weakens_assertion("pkg/f.py", OLD, new) is None
    # an assert already trivial before the edit is not the edit's doing
    trivial = "def f():\n    assert True\n    return 1\n"
    assert weakens_assertion("pkg/f.py", trivial, trivial.replace("1", "2")) is None


SUMS = """\
def total(items):
    result = sum(items) + 1
    assert result == sum(items), "total drifted"
    return result
"""
SUMS_TESTS = "from sums import total\n\n\ndef test_total():\n    assert total([1, 2]) == 3\n"


class _Offers:
    """The assert made always true first (it makes the test pass), then the real fix."""

    fallback = False
    bug_types = frozenset(BugType)

    def candidates(self, failure, ctx):
        text = ctx.source("src/sums.py")
        yield Candidate(
            "src/sums.py", text.replace("assert result == sum(items)", "assert True"), "trivial", 3
        )
        yield Candidate("src/sums.py", text.replace("sum(items) + 1", "sum(items)"), "drop the + 1", 2)


def test_the_repair_loop_never_accepts_a_weakened_assert(project, local_sandbox):
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/sums.py": SUMS, "tests/test_sums.py": SUMS_TESTS})
    lines: list[str] = []
    engine = Engine(
        workspace=ws, sandbox=local_sandbox, config=EngineConfig(test_timeout=20), log=lines.append,
        fixers=[_Offers()],
    )  # fmt: skip
    engine.discover()
    outcomes = list(engine.repair(engine.check()))
    assert [o.status for o in outcomes] == [FixStatus.FIXED], lines
    assert "drop the + 1" in outcomes[0].fix_line, lines
    assert any("checks are never weakened" in line for line in lines), lines
