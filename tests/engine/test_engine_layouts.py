"""Real-project layouts end to end: tests inside the package, no lint configuration, bugs hiding bugs."""

from __future__ import annotations

from healer.engine.repair import Engine, EngineConfig
from healer.engine.types import BugType, FixStatus

PYTEST_INI = "[pytest]\ntestpaths = geo\n"
INIT = "import os\n\nfrom geo.shapes import area, diagonal\nfrom geo.units import fits, to_cm\n"
SHAPES = """\
def area(w, h)
    return w * h


def diagonal(w, h):
    return math.sqrt(w * w + h * h)
"""
UNITS = """\
FACTOR = 100


def to_cm(metres):
    value = metres * FACTOR
      return value


def fits(length, limit):
    return length < limit
"""
TOOLS = "def unused():\n    spare = 1\n    return 2\n"
HELPERS = "def square(n):\n    return (n, n)\n"
TEST_SHAPES = """\
from geo import area, diagonal
from geo.tests.helpers import square


def test_area():
    assert area(*square(3)) == 9


def test_diagonal():
    assert diagonal(3, 4) == 5.0
"""
TEST_UNITS = """\
from geo import fits, to_cm


def test_to_cm():
    assert to_cm(2) == 200


def test_fits_inside():
    assert fits(4, 5)


def test_fits_at_the_limit():
    assert fits(5, 5)
"""
FILES = {
    "pytest.ini": PYTEST_INI,
    "geo/__init__.py": INIT,
    "geo/shapes.py": SHAPES,
    "geo/units.py": UNITS,
    "geo/tests/__init__.py": "",
    "geo/tests/helpers.py": HELPERS,
    "geo/tests/test_shapes.py": TEST_SHAPES,
    "geo/tests/test_units.py": TEST_UNITS,
    "tools.py": TOOLS,
}


def test_it_heals_layered_bugs_in_a_package_that_keeps_its_tests_inside(project, local_sandbox):
    ws = project(FILES)
    engine = Engine(workspace=ws, sandbox=local_sandbox, config=EngineConfig(test_timeout=10))
    plan = engine.discover()
    # testpaths names the package: its modules are code under repair, its tests/ are tests.
    assert {"geo/__init__.py", "geo/shapes.py", "geo/units.py", "tools.py"} == set(plan.source_files)
    assert {"geo/tests/helpers.py", "geo/tests/test_shapes.py", "geo/tests/__init__.py"} <= plan.test_files
    assert plan.lint_default
    outcomes = []
    for _ in range(5):
        report = engine.check()
        if report.ok:
            break
        outcomes += list(engine.repair(report))
    assert engine.check().ok
    kinds = [(o.bug_type, o.file, o.line, o.status) for o in outcomes]
    # Each layer shows only once the one above it is fixed.
    assert kinds == [
        (BugType.SYNTAX, "geo/shapes.py", 1, FixStatus.FIXED),
        (BugType.INDENTATION, "geo/units.py", 6, FixStatus.FIXED),
        (BugType.IMPORT, "geo/shapes.py", 6, FixStatus.FIXED),
        (BugType.LOGIC, "geo/units.py", 10, FixStatus.FIXED),
    ]
    for path in ("geo/tests/helpers.py", "geo/tests/test_shapes.py", "geo/tests/test_units.py"):
        assert ws.read_text(path) == FILES[path]
    # No lint configuration: an import in __init__.py is a re-export, an unused variable is style;
    # neither decides the checks, and no file that no failure pointed at is edited.
    assert ws.read_text("geo/__init__.py") == INIT
    assert ws.read_text("tools.py") == TOOLS
    assert engine.stats.suite_runs_for_fixes == engine.stats.fixes_accepted == 4
