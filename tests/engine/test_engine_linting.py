"""The engine end to end on small projects, through the local sandbox stand-in."""

from __future__ import annotations

from healer.engine.repair import Engine, EngineConfig
from healer.engine.types import BugType, FixStatus

from .conftest import PYPROJECT_SRC

UTILS = """\
\"\"\"Helpers.\"\"\"

import os
import sys


def shout(text):
    label = f"shout"
    return text.upper() + "!"


def platform():
    return sys.platform
"""

TESTS = """\
from utils import platform, shout


def test_shout():
    assert shout("hi") == "HI!"


def test_platform():
    assert platform()
"""


def _engine(ws, sandbox, **config):
    lines: list[str] = []
    engine = Engine(
        workspace=ws, sandbox=sandbox, config=EngineConfig(test_timeout=10, **config), log=lines.append
    )
    return engine, lines


def test_it_fixes_lint_findings_with_rufs_edits_and_reports_original_lines(project, local_sandbox):
    ws = project({"pyproject.toml": PYPROJECT_SRC, "src/utils.py": UTILS, "tests/test_utils.py": TESTS})
    engine, lines = _engine(ws, local_sandbox)
    engine.discover()
    report = engine.check()
    assert report.passed == 2
    assert report.lint_findings == 3
    assert {(f.bug_type, f.line, f.code) for f in report.failures} == {
        (BugType.LINTING, 3, "F401"),
        (BugType.LINTING, 8, "F841"),
        (BugType.LINTING, 8, "F541"),
    }

    outcomes = list(engine.repair(report))
    assert all(o.status is FixStatus.FIXED for o in outcomes)
    by_line = {(o.line, o.description) for o in outcomes}
    # Line 8 stays line 8 in the report although the import above it was removed first.
    assert (3, "remove the import statement") in by_line
    assert (8, "remove the unused variable label") in by_line
    assert outcomes[0].fix_line == "LINTING error in src/utils.py line 3 → Fix: remove the import statement"
    assert "-import os" in outcomes[0].diff
    text = ws.read_text("src/utils.py")
    assert "import os" not in text and "label" not in text
    assert engine.unresolved(report) == []
    assert engine.check().ok
    assert any(line.startswith("Fixed: LINTING error in src/utils.py line 3") for line in lines)


def test_it_never_edits_test_files(project, local_sandbox):
    tests = "import json\n\nfrom app import one\n\n\ndef test_one():\n    assert one() == 1\n"
    ws = project(
        {
            "pyproject.toml": PYPROJECT_SRC,
            "src/app.py": "def one():\n    return 1\n",
            "tests/test_app.py": tests,
        }
    )
    engine, _ = _engine(ws, local_sandbox)
    engine.discover()
    report = engine.check()
    assert [(f.file, f.code) for f in report.failures] == [("tests/test_app.py", "F401")]
    assert list(engine.repair(report)) == []
    assert ws.read_text("tests/test_app.py") == tests
    (left,) = engine.unresolved(report)
    assert left.status is FixStatus.FAILED
    assert (left.file, left.line, left.bug_type) == ("tests/test_app.py", 1, BugType.LINTING)


def test_it_rejects_a_lint_fix_that_breaks_a_test(project, local_sandbox):
    # The "unused" import is needed: a test reaches it through the module.
    ws = project(
        {
            "pyproject.toml": PYPROJECT_SRC,
            "src/app.py": "import math\n\n\ndef one():\n    return 1\n",
            "tests/test_app.py": "import app\n\n\ndef test_pi():\n    assert app.math.pi > 3\n",
        }
    )
    engine, lines = _engine(ws, local_sandbox)
    engine.discover()
    report = engine.check()
    assert list(engine.repair(report)) == []
    assert ws.read_text("src/app.py").startswith("import math")
    assert any("No validated fix" in line for line in lines)
