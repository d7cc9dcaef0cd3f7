from __future__ import annotations

import pytest

from healer.engine.discovery import DEFAULT_LINT_SELECT, discover
from healer.engine.types import NoChecksFound

PYPROJECT = """\
[tool.pytest.ini_options]
pythonpath = ["src"]
testpaths = ["tests"]

[tool.ruff.lint]
select = ["F"]
"""


def test_it_reads_pytest_and_ruff_settings_from_pyproject(project):
    ws = project(
        {
            "pyproject.toml": PYPROJECT,
            "src/pkg/__init__.py": "",
            "src/pkg/core.py": "X = 1\n",
            "tests/test_core.py": "def test_x():\n    assert True\n",
            "tests/helpers.py": "",
            "scripts/test_tool.py": "",  # outside testpaths: not collected, still protected
        }
    )
    plan = discover(ws)
    assert plan.test_modules == ("tests/test_core.py",)
    assert plan.pytest_config == "pyproject.toml [tool.pytest.ini_options]"
    assert set(plan.source_files) == {"src/pkg/__init__.py", "src/pkg/core.py"}
    assert {"tests/test_core.py", "tests/helpers.py", "scripts/test_tool.py"} <= plan.test_files
    assert plan.lint_args == ()
    assert plan.lint_source == "ruff settings in pyproject.toml"
    assert not plan.lint_default


def test_it_follows_python_files_from_pytest_ini(project):
    ws = project(
        {
            "pytest.ini": "[pytest]\npython_files = check_*.py\n",
            "check_math.py": "def test_x():\n    assert 1\n",
            "lib.py": "",
        }
    )
    plan = discover(ws)
    assert plan.test_modules == ("check_math.py",)
    assert plan.pytest_config == "pytest.ini"
    assert "lib.py" in plan.source_files


def test_it_reads_setup_cfg_tool_pytest(project):
    ws = project(
        {
            "setup.cfg": "[tool:pytest]\ntestpaths = spec\npython_files = *_spec.py\n",
            "spec/math_spec.py": "def test_x():\n    assert 1\n",
            "tests_like_spec.py": "",
        }
    )
    plan = discover(ws)
    assert plan.test_modules == ("spec/math_spec.py",)
    assert plan.pytest_config == "setup.cfg [tool:pytest]"


def test_it_runs_unittest_modules_pytest_would_not_collect(project):
    ws = project(
        {
            "tests.py": "import unittest\n\nclass T(unittest.TestCase):\n    def test_a(self):\n        pass\n",
            "app.py": "",
        }
    )
    plan = discover(ws)
    assert plan.test_modules == ("tests.py",)
    assert plan.pytest_args == ("tests.py",)
    assert plan.source_files == ("app.py",)


def test_it_raises_when_there_are_no_tests(project):
    ws = project({"app.py": "print(1)\n", "README.md": "hi"})
    with pytest.raises(NoChecksFound, match="no tests found"):
        discover(ws)


def test_it_uses_a_conservative_default_without_lint_config(project):
    ws = project({"app.py": "", "test_app.py": "def test_a():\n    pass\n"})
    plan = discover(ws)
    assert plan.lint_default
    assert plan.lint_args == ("--isolated", "--select", ",".join(DEFAULT_LINT_SELECT))


def test_it_translates_flake8_settings_to_ruff_rules(project):
    ws = project(
        {
            "setup.cfg": "[flake8]\nmax-line-length = 100\nextend-ignore = E203, W503\nselect = E,F,W\n",
            "app.py": "",
            "test_app.py": "def test_a():\n    pass\n",
        }
    )
    plan = discover(ws)
    args = list(plan.lint_args)
    assert plan.lint_source == "flake8 settings in setup.cfg (as ruff rules)"
    assert args[args.index("--select") + 1] == "E,F,W"
    assert args[args.index("--line-length") + 1] == "100"
    ignored = args[args.index("--ignore") + 1].split(",")
    # W503 does not exist in ruff (ruff refuses unknown selectors), so it is dropped.
    assert "W503" not in ignored
    assert "E203" in ignored


def test_it_survives_broken_config_files(project):
    ws = project(
        {
            "pyproject.toml": "[tool.pytest.ini_options\nbroken",
            "setup.cfg": "not an ini file [[[",
            "test_a.py": "def test_a():\n    pass\n",
        }
    )
    plan = discover(ws)
    assert plan.test_modules == ("test_a.py",)
    assert plan.lint_default
