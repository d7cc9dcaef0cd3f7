from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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


def test_it_keeps_package_modules_as_code_under_a_catch_all_python_files(project):
    # setup.cfg's `python_files = *.py` makes pytest collect every module under testpaths; the
    # package beside tests/ is still the code to repair (and *.py names no test module).
    ws = project(
        {
            "setup.cfg": "[tool:pytest]\ntestpaths = tests\npython_files = *.py\n",
            "pkg/__init__.py": "X = 1\n",
            "pkg/ext.py": "",
            "tests/test_pkg.py": "def test_x():\n    assert 1\n",
            "tests/helpers.py": "",
        }
    )
    plan = discover(ws)
    assert set(plan.test_modules) == {"tests/test_pkg.py", "tests/helpers.py"}
    assert set(plan.source_files) == {"pkg/__init__.py", "pkg/ext.py"}
    assert {"tests/test_pkg.py", "tests/helpers.py"} <= plan.test_files


def test_it_names_test_modules_by_the_defaults_when_every_pattern_is_a_catch_all(project):
    ws = project(
        {
            "pytest.ini": "[pytest]\npython_files = *.py\n",
            "lib.py": "",
            "test_lib.py": "def test_x():\n    assert 1\n",
        }
    )
    plan = discover(ws)
    assert "lib.py" in plan.source_files and "test_lib.py" in plan.test_files


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


def test_it_keeps_flake8_per_file_ignores(project, tmp_path):
    # A released project that exempts one generated table from E501 passes its own flake8; without the
    # exemption Healer would see 389 findings in code nobody broke.
    setting = (
        "[flake8]\nper-file-ignores =\n    src/pkg/tables.py: E501\n    tests/*: F401, F811 W503\n"
        "    setup.py:E999\n"
    )
    ws = project({"setup.cfg": setting, "app.py": "", "test_app.py": "def test_a():\n    pass\n"})
    args = list(discover(ws).lint_args)
    config = [args[i + 1] for i, arg in enumerate(args) if arg == "--config" and "per-file" in args[i + 1]]
    assert config == [
        'lint.per-file-ignores = {"src/pkg/tables.py" = ["E501"], "tests/*" = ["F401", "F811"], "setup.py" = ["E999"]}'
    ]
    # ruff really honours it, for the path pattern and the glob alike.
    (tmp_path / "src/pkg").mkdir(parents=True)
    (tmp_path / "tests").mkdir()
    (tmp_path / "src/pkg/tables.py").write_text("X = '" + "x" * 120 + "'\n")
    (tmp_path / "src/pkg/other.py").write_text("Y = '" + "y" * 120 + "'\n")
    (tmp_path / "tests/test_t.py").write_text("import os\n")
    ruff = Path(sys.executable).parent / "ruff"
    proc = subprocess.run(
        [str(ruff), "check", *args, "--output-format", "concise", "."],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "src/pkg/other.py:1" in proc.stdout
    assert "tables.py" not in proc.stdout
    assert "test_t.py" not in proc.stdout


@pytest.mark.parametrize(("setting", "complexity_checked"), [("", False), ("max-complexity = 12\n", True)])
def test_it_checks_complexity_only_when_flake8_sets_a_maximum(project, setting, complexity_checked):
    # flake8's default selection includes C90, but mccabe is off until max-complexity is set.
    ws = project(
        {"setup.cfg": f"[flake8]\n{setting}", "app.py": "", "test_app.py": "def test_a():\n    pass\n"}
    )
    args = list(discover(ws).lint_args)
    ignored = args[args.index("--ignore") + 1].split(",") if "--ignore" in args else []
    assert ("C901" not in ignored) is complexity_checked
    assert ("lint.mccabe.max-complexity = 12" in args) is complexity_checked


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


def test_a_package_that_keeps_its_tests_inside_is_code_under_repair(project):
    ws = project(
        {
            "pyproject.toml": '[tool.pytest.ini_options]\ntestpaths = ["pkg"]\n',
            "pkg/__init__.py": "",
            "pkg/core.py": "",
            "pkg/conftest.py": "",
            "pkg/tests/__init__.py": "",
            "pkg/tests/test_core.py": "def test_a():\n    pass\n",
            "pkg/tests/helpers.py": "",
            "pkg/tests/data/sample.json": "{}",
        }
    )
    plan = discover(ws)
    assert plan.test_modules == ("pkg/tests/test_core.py",)
    assert set(plan.source_files) == {"pkg/__init__.py", "pkg/core.py"}
    assert {"pkg/conftest.py", "pkg/tests/helpers.py", "pkg/tests/data/sample.json"} <= plan.test_files


def test_a_test_module_beside_package_code_leaves_the_code_editable(project):
    ws = project({"pkg/__init__.py": "", "pkg/core.py": "", "pkg/test_core.py": "def test_a():\n    pass\n"})
    plan = discover(ws)
    assert plan.source_files == ("pkg/__init__.py", "pkg/core.py")


def test_support_files_of_a_test_directory_that_is_not_a_package_are_tests(project):
    ws = project(
        {
            "setup.cfg": "[tool:pytest]\ntestpaths = spec\npython_files = *_spec.py\n",
            "spec/math_spec.py": "def test_x():\n    assert 1\n",
            "spec/builders.py": "",
            "lib.py": "",
        }
    )
    plan = discover(ws)
    assert "spec/builders.py" in plan.test_files
    assert plan.source_files == ("lib.py",)


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # An empty pytest.ini still wins over everything after it.
        (
            {"pytest.ini": "", "pyproject.toml": '[tool.pytest.ini_options]\npython_files = ["x_*.py"]\n'},
            "pytest.ini",
        ),
        # pytest.toml (pytest 9) comes first of all.
        ({"pytest.toml": "[pytest]\n", "pytest.ini": "[pytest]\n"}, "pytest.toml"),
        # pyproject.toml counts only with pytest settings; tox.ini only with [pytest].
        ({"pyproject.toml": "[tool.black]\n", "tox.ini": "[pytest]\naddopts = -q\n"}, "tox.ini"),
        ({"tox.ini": "[tox]\n", "setup.cfg": "[tool:pytest]\naddopts = -q\n"}, "setup.cfg"),
        # Nothing holds pytest settings: pyproject.toml is still the config file (pytest >= 8.1).
        ({"pyproject.toml": "[project]\nname = 'x'\n", "setup.cfg": "[metadata]\n"}, "pyproject.toml"),
        ({"setup.cfg": "[metadata]\n"}, ""),
    ],
)
def test_it_finds_the_config_file_pytest_would(project, files, expected):
    ws = project({**files, "test_a.py": "def test_a():\n    pass\n"})
    assert discover(ws).pytest_config_file == expected


def test_pytest_native_toml_settings_are_read(project):
    ws = project(
        {
            "pyproject.toml": '[tool.pytest]\ntestpaths = ["checks"]\npython_files = ["check_*.py"]\n',
            "checks/check_a.py": "def test_a():\n    pass\n",
            "test_b.py": "def test_b():\n    pass\n",
        }
    )
    plan = discover(ws)
    assert plan.test_modules == ("checks/check_a.py",)
    assert plan.pytest_config == "pyproject.toml [tool.pytest]"


def test_testpaths_are_globbed_and_norecursedirs_are_skipped(project):
    ws = project(
        {
            "pytest.ini": "[pytest]\ntestpaths = suites/*\nnorecursedirs = legacy\n",
            "suites/unit/test_a.py": "def test_a():\n    pass\n",
            "suites/unit/legacy/test_old.py": "def test_old():\n    pass\n",
            "test_outside.py": "def test_b():\n    pass\n",
        }
    )
    assert discover(ws).test_modules == ("suites/unit/test_a.py",)


def test_testpaths_that_match_nothing_search_everywhere(project):
    ws = project({"pytest.ini": "[pytest]\ntestpaths = missing\n", "test_a.py": "def test_a():\n    pass\n"})
    assert discover(ws).test_modules == ("test_a.py",)


def test_without_lint_config_only_certain_errors_are_selected():
    assert "F821" in DEFAULT_LINT_SELECT and "E9" in DEFAULT_LINT_SELECT
    assert not {"F401", "F841", "F541", "F811"} & set(DEFAULT_LINT_SELECT)


def test_a_plain_directory_of_modules_with_their_tests_beside_them_is_code_under_repair(project):
    # pypng's layout: code/png.py beside code/test_png.py, no package, no testpaths.
    ws = project(
        {
            "code/png.py": "",
            "code/iccp.py": "",
            "code/test_png.py": "import png\n\ndef test_a():\n    pass\n",
            "man/conf.py": "",
        }
    )
    plan = discover(ws)
    assert plan.test_files == {"code/test_png.py"}
    assert set(plan.source_files) == {"code/png.py", "code/iccp.py", "man/conf.py"}
