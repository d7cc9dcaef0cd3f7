"""discovery.import_roots: the directories `pip install -e .` would put on sys.path (a src layout's `src`),
named by the packaging metadata, else by a plain `src/` package; CheckPlan records them, Runner.test_env
puts them on the tests' PYTHONPATH after the support dir."""

from __future__ import annotations

import pytest

from healer.engine.checks import Runner
from healer.engine.discovery import discover, import_roots

from .conftest import cpu_ratio

TEST = "from pkg import core\n\n\ndef test_core():\n    assert core.X == 1\n"
SRC_PACKAGE = {"src/pkg/__init__.py": "", "src/pkg/core.py": "X = 1\n", "tests/test_core.py": TEST}


@pytest.mark.parametrize(
    ("config", "text", "source"),
    [
        (
            "pyproject.toml",
            '[tool.setuptools]\npackage-dir = {"" = "src"}\n',
            "pyproject.toml [tool.setuptools] package-dir",
        ),
        (
            "pyproject.toml",
            '[tool.setuptools.packages.find]\nwhere = ["src"]\n',
            "pyproject.toml [tool.setuptools.packages.find] where",
        ),
        ("setup.cfg", "[options]\npackage_dir =\n    =src\n", "setup.cfg [options] package_dir"),
        ("setup.cfg", "[options]\npackage_dir = =src\n", "setup.cfg [options] package_dir"),
        (
            "setup.cfg",
            "[options.packages.find]\nwhere = src\n",
            "setup.cfg [options.packages.find] where",
        ),
        (
            "setup.py",
            "from setuptools import find_packages, setup\n\n"
            "setup(name='pkg', package_dir={'': 'src'}, packages=find_packages(where='src'))\n",
            "setup.py package_dir/find_packages",
        ),
        (
            "pyproject.toml",
            '[tool.hatch.build.targets.wheel]\npackages = ["src/pkg"]\n',
            "pyproject.toml [tool.hatch.build.targets.wheel] packages",
        ),
        (
            "pyproject.toml",
            '[tool.poetry]\nname = "pkg"\npackages = [{include = "pkg", from = "src"}]\n',
            "pyproject.toml [tool.poetry] packages",
        ),
        (
            "pyproject.toml",
            '[tool.pdm.build]\npackage-dir = "src"\n',
            "pyproject.toml [tool.pdm.build] package-dir",
        ),
    ],
)
def test_it_names_the_import_root_the_packaging_metadata_declares(project, config, text, source):
    plan = discover(project({config: text, **SRC_PACKAGE}))
    assert plan.import_roots == ("src",)
    assert plan.import_roots_source == source
    assert "import roots: src" in plan.describe()
    assert any(note.startswith("src layout: src on the tests' PYTHONPATH") for note in plan.notes)


def test_it_names_a_root_other_than_src_when_the_metadata_says_so(project):
    ws = project(
        {
            "pyproject.toml": '[tool.setuptools]\npackage-dir = {"" = "lib"}\n',
            "lib/pkg/__init__.py": "",
            "lib/pkg/core.py": "X = 1\n",
            "tests/test_core.py": TEST,
        }
    )
    assert discover(ws).import_roots == ("lib",)


def test_it_takes_a_plain_src_package_without_metadata(project):
    plan = discover(project({"pyproject.toml": '[project]\nname = "pkg"\n', **SRC_PACKAGE}))
    assert plan.import_roots == ("src",)
    assert plan.import_roots_source == "a package under src/"


def test_it_adds_nothing_to_a_flat_layout(project):
    plan = discover(project({"pkg/__init__.py": "", "pkg/core.py": "X = 1\n", "tests/test_core.py": TEST}))
    assert plan.import_roots == ()
    assert "import roots" not in plan.describe()


def test_it_follows_metadata_that_declares_a_flat_layout_over_a_src_directory(project):
    # Poetry's include without `from` is the repository root: the package under src/ is not the one built.
    ws = project({"pyproject.toml": '[tool.poetry]\npackages = [{include = "pkg"}]\n', **SRC_PACKAGE})
    assert discover(ws).import_roots == ()


def test_it_ignores_a_src_directory_that_holds_only_data(project):
    ws = project(
        {
            "pyproject.toml": '[tool.setuptools.packages.find]\nwhere = ["src"]\n',
            "src/data/table.json": "{}",
            "app.py": "X = 1\n",
            "tests/test_app.py": "from app import X\n\n\ndef test_x():\n    assert X == 1\n",
        }
    )
    assert discover(ws).import_roots == ()
    no_metadata = project({"src/schema.sql": "", "app.py": "X = 1\n", "tests/test_app.py": ""}, name="plain")
    assert discover(no_metadata).import_roots == ()


def test_it_ignores_a_src_package_a_top_level_package_of_the_same_name_shadows(project):
    ws = project({"pkg/__init__.py": "", **SRC_PACKAGE})
    assert discover(ws).import_roots == ()


def test_it_ignores_src_when_src_is_itself_a_package(project):
    # `from src.pkg import core`: the tests import through the repository root already.
    ws = project({"src/__init__.py": "", **SRC_PACKAGE})
    assert discover(ws).import_roots == ()


def test_it_adds_nothing_when_pytest_pythonpath_is_set(project):
    ws = project(
        {
            "pyproject.toml": '[tool.pytest.ini_options]\npythonpath = ["src"]\n\n'
            '[tool.setuptools.packages.find]\nwhere = ["src"]\n',
            **SRC_PACKAGE,
        }
    )
    assert discover(ws).import_roots == ()


def test_it_never_names_a_root_outside_the_repository(project):
    ws = project({"setup.cfg": "[options]\npackage_dir =\n    =../elsewhere\n", **SRC_PACKAGE})
    plan = discover(ws)
    assert plan.import_roots == ()  # the metadata spoke (no fallback), and its root is refused


class _Sandbox:
    repo_dir = "/work/repo"
    support_dir = "/work/support"


def test_it_puts_the_roots_on_the_tests_pythonpath_after_the_support_dir(project):
    plan = discover(project({"setup.cfg": "[options]\npackage_dir = =src\n", **SRC_PACKAGE}))
    env = Runner(sandbox=_Sandbox(), plan=plan).test_env()
    assert env["PYTHONPATH"] == "/work/support:/work/repo/src"
    flat = discover(project({"pkg/__init__.py": "", "tests/test_core.py": TEST}, name="flat"))
    assert Runner(sandbox=_Sandbox(), plan=flat).test_env()["PYTHONPATH"] == "/work/support"


def test_it_refuses_a_root_name_the_file_system_cannot_hold(project):
    # ENAMETOOLONG is an OSError Workspace.is_dir does not turn into False: discovery, and so the
    # whole run, crashed on one over-long name in the packaging metadata.
    ws = project(
        {"pyproject.toml": '[tool.setuptools]\npackage-dir = {"" = "%s"}\n' % ("a" * 300), **SRC_PACKAGE}
    )
    assert discover(ws).import_roots == ()


def test_it_refuses_a_root_whose_name_would_split_the_pythonpath(project):
    # PYTHONPATH has no escape for its separator: `ab:/usr/lib` would put /work/repo/ab and the
    # container's /usr/lib, outside the repository, on the tests' path.
    ws = project(
        {
            "pyproject.toml": '[tool.setuptools]\npackage-dir = {"" = "ab:/usr/lib"}\n',
            "ab:/usr/lib/mod.py": "X = 1\n",
            **SRC_PACKAGE,
        }
    )
    plan = discover(ws)
    assert plan.import_roots == ()
    assert Runner(sandbox=_Sandbox(), plan=plan).test_env()["PYTHONPATH"] == "/work/support"


def test_it_stays_linear_in_a_long_list_of_declared_roots(project):
    # Every declared directory was checked against every file (roots x files) before the first four
    # were kept: metadata listing a large repository's directories cost the host worker quadratic time.
    def setup(size: int):
        names = [f"d{i}" for i in range(size)]
        where = ", ".join(f'"{name}"' for name in names)
        files = {f"{name}/m{j}.py": "" for name in names for j in range(2)}
        ws = project(
            {"pyproject.toml": f"[tool.setuptools.packages.find]\nwhere = [{where}]\n", **files},
            name=f"n{size}",
        )
        return ws, list(files)

    made = {size: setup(size) for size in (300, 1200)}

    def run(size: int) -> None:
        ws, files = made[size]
        assert import_roots(ws, files=files, pytest_options={})[0] == ("d0", "d1", "d2", "d3")

    assert cpu_ratio(run, 300) < 8


def test_it_reads_a_pyproject_nested_too_deep_for_tomllib_as_unreadable(project):
    # tomllib parses nested arrays recursively: 5000 brackets raise RecursionError, not TOMLDecodeError,
    # and discovery (pytest's settings, then the import roots) crashed where an unreadable file is absent.
    ws = project({"pyproject.toml": "a = " + "[" * 5000 + "]" * 5000 + "\n", **SRC_PACKAGE})
    plan = discover(ws)
    assert plan.import_roots == ("src",)  # no metadata read: the plain src/ package
