"""Which npm project a repository is: checks, runner, lock file, and the clear errors for bad input."""

from __future__ import annotations

import re

import pytest

from healer.engine.javascript.project import NpmProjectError, detect_npm_project, is_npm_project
from tests.engine.javascript.conftest import package


def test_it_takes_the_checks_from_the_projects_own_scripts(workspace):
    ws = workspace(
        {
            "package.json": package(
                scripts={
                    "test": "jest --ci",
                    "lint": "eslint src",
                    "type-check": "tsc --noEmit",
                    "build": "tsc",
                },
                devDependencies={"jest": "^30", "eslint": "^9", "typescript": "^5"},
            ),
            "package-lock.json": "{}",
            "eslint.config.js": "module.exports = [];",
            "tsconfig.json": "{}",
        }
    )
    project = detect_npm_project(ws)
    assert [(c.name, c.kind) for c in project.checks] == [
        ("test", "test"),
        ("lint", "lint"),
        ("type-check", "typecheck"),
    ]
    assert project.test_runner == "jest"
    assert project.lock_file == "package-lock.json"
    assert project.eslint_config == "eslint.config.js"
    assert project.typescript and project.module_type == "commonjs"


@pytest.mark.parametrize(
    ("test", "runner"),
    [("vitest run", "vitest"), ("mocha 'test/**/*.spec.js'", "mocha"), ("node --test test/", "node-test"),
     ("cross-env NODE_ENV=test npx jest", "jest"), ("tsc -p . && node --test dist/", "node-test"),
     ("npm run unit", "vitest")],
)  # fmt: skip
def test_it_finds_the_runner_behind_the_test_script(workspace, test, runner):
    ws = workspace({"package.json": package(type="module", scripts={"test": test, "unit": "vitest"})})
    project = detect_npm_project(ws)
    assert project.test_runner == runner
    assert project.module_type == "module"


def test_it_knows_no_runner_for_a_script_it_cannot_follow(workspace):
    ws = workspace(
        {"package.json": package(scripts={"test": "./run-tests.sh"}, devDependencies={"jest": "1"})}
    )
    assert detect_npm_project(ws).test_runner == ""


def test_a_repository_without_package_json_is_not_an_npm_project(workspace):
    ws = workspace({"setup.py": ""})
    assert not is_npm_project(ws)
    with pytest.raises(NpmProjectError, match=r"package\.json is missing"):
        detect_npm_project(ws)


@pytest.mark.parametrize(
    ("text", "words"),
    [('{"name": "demo", "scripts": {"test": "jest"},}', "package.json is not valid JSON (line 1, column"),
     ("[1, 2]", "must hold a JSON object"),
     ('{"scripts": ["jest"]}', '"scripts" must be an object'),
     ("\udcff", "not UTF-8")],
)  # fmt: skip
def test_a_broken_package_json_gets_a_clear_error(tmp_path, text, words):
    (tmp_path / "package.json").write_bytes(text.encode("utf-8", errors="surrogateescape"))
    from healer.engine.workspace import Workspace

    with pytest.raises(NpmProjectError, match=re.escape(words)):
        detect_npm_project(Workspace(tmp_path))


@pytest.mark.parametrize(
    "scripts",
    [{}, {"lint": "eslint ."}, {"test": 'echo "Error: no test specified" && exit 1'}, {"test": "  "}],
)
def test_a_project_without_a_test_script_is_refused(workspace, scripts):
    ws = workspace({"package.json": package(scripts=scripts)})
    with pytest.raises(NpmProjectError, match='no "test" script'):
        detect_npm_project(ws)


@pytest.mark.parametrize(
    ("lock", "manager"), [("pnpm-lock.yaml", "pnpm"), ("yarn.lock", "Yarn"), ("bun.lock", "Bun")]
)
def test_another_package_managers_lock_file_is_not_supported(workspace, lock, manager):
    ws = workspace({"package.json": package(scripts={"test": "jest"}), lock: ""})
    with pytest.raises(
        NpmProjectError, match=f"{lock} is a {manager} lock file.*not supported.*package-lock.json"
    ):
        detect_npm_project(ws)


def test_an_npm_lock_file_wins_over_another_managers(workspace):
    ws = workspace(
        {"package.json": package(scripts={"test": "jest"}), "yarn.lock": "", "package-lock.json": "{}"}
    )
    assert detect_npm_project(ws).lock_file == "package-lock.json"


def test_without_a_lock_file_the_project_is_installed_without_one(workspace):
    ws = workspace({"package.json": package(scripts={"test": "node --test"})})
    assert detect_npm_project(ws).lock_file == ""


def test_a_huge_package_json_is_refused_without_reading_it_all(tmp_path):
    (tmp_path / "package.json").write_text('{"x": "' + "a" * (2 * 1024 * 1024) + '"}')
    from healer.engine.workspace import Workspace

    with pytest.raises(NpmProjectError, match="cannot be read"):
        detect_npm_project(Workspace(tmp_path))


def test_a_symlinked_package_json_is_refused(tmp_path):
    (tmp_path / "elsewhere.json").write_text(package(scripts={"test": "jest"}))
    (tmp_path / "package.json").symlink_to(tmp_path / "elsewhere.json")
    from healer.engine.workspace import Workspace

    with pytest.raises(NpmProjectError):
        detect_npm_project(Workspace(tmp_path))
