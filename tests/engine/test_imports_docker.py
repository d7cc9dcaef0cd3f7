"""IMPORT repairs that need the sandbox's own standard library (names that moved across versions)."""

from __future__ import annotations

import pytest

from healer.engine.repair import Engine, EngineConfig
from healer.engine.types import BugType, FixStatus

from .conftest import PYPROJECT_SRC
from .test_engine_docker import docker_sandbox  # noqa: F401  (fixture)

pytestmark = pytest.mark.docker

STRUCTURES = """\
from collections import Mapping, OrderedDict


def flatten(mapping, prefix=""):
    flat = OrderedDict()
    for key, value in mapping.items():
        if isinstance(value, Mapping):
            flat.update(flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat
"""
FRACTIONS = (
    "from fractions import gcd\n\n\ndef simplify(a, b):\n    d = gcd(a, b)\n    return a // d, b // d\n"
)
VIEWS = "import collections\n\n\nclass Keys(collections.KeysView):\n    pass\n"
TESTS = """\
from legacy.fractions_util import simplify
from legacy.structures import flatten
from legacy.views import Keys


def test_keys():
    assert list(Keys({"a": 1})) == ["a"]


def test_flatten():
    assert dict(flatten({"a": {"b": 1}, "c": 2})) == {"a.b": 1, "c": 2}


def test_simplify():
    assert simplify(6, 8) == (3, 4)
"""


def test_it_imports_moved_names_from_where_the_sandbox_python_exports_them(project, docker_sandbox):  # noqa: F811
    ws = project(
        {
            "pyproject.toml": PYPROJECT_SRC,
            "src/legacy/__init__.py": "",
            "src/legacy/structures.py": STRUCTURES,
            "src/legacy/fractions_util.py": FRACTIONS,
            "src/legacy/views.py": VIEWS,
            "tests/test_legacy.py": TESTS,
            # A script kept among the tests (serpent's test_unicode.py): it imports, it has no test.
            "tests/test_script.py": "from legacy.structures import flatten\n\nprint(flatten({}))\n",
        }
    )
    lines: list[str] = []
    engine = Engine(
        workspace=ws, sandbox=docker_sandbox(ws), config=EngineConfig(test_timeout=30), log=lines.append
    )
    engine.discover()
    outcomes = list(engine.repair(engine.check()))
    assert [(o.bug_type, o.status) for o in outcomes] == [(BugType.IMPORT, FixStatus.FIXED)] * 3, lines
    assert ws.read_text("src/legacy/structures.py").startswith(
        "from collections import OrderedDict\nfrom collections.abc import Mapping\n"
    )
    assert ws.read_text("src/legacy/fractions_util.py").startswith("from math import gcd\n")
    assert "class Keys(collections.abc.KeysView):" in ws.read_text("src/legacy/views.py")
    assert engine.check().ok
