"""npm declarations read on the host under the dependency policy: hostile package.json and lock files."""

from __future__ import annotations

import json

import pytest

from healer.engine.workspace import Workspace
from sandbox.npm_policy import npm_declarations, spec_problem
from tests.fixtures_docker import write_tree


def declarations(tmp_path, files: dict[str, str | bytes]):
    return npm_declarations(Workspace(write_tree(tmp_path / "repo", files)))


def lock(packages: dict, version: int = 3) -> str:
    return json.dumps(
        {"name": "app", "lockfileVersion": version, "packages": {"": {"name": "app"}, **packages}}
    )


def registry_entry(name: str) -> dict:
    return {"version": "1.0.0", "resolved": f"https://registry.npmjs.org/{name}/-/{name}-1.0.0.tgz"}


@pytest.mark.parametrize(
    "spec",
    [
        "^1.2.3",
        "~1.0",
        "1.x",
        ">=1 <3 || 4",
        "*",
        "",
        "latest",
        "next",
        "npm:other@^2",
        "npm:@scope/pkg@1",
        "1.0.0-rc.1",
    ],
)
def test_it_accepts_registry_ranges_tags_and_aliases(spec):
    assert spec_problem(spec) == ""


@pytest.mark.parametrize(
    ("spec", "what"),
    [
        ("git+https://evil.example/x.git", "git repository"),
        ("git://evil.example/x.git", "git repository"),
        ("git@github.com:user/repo.git", "git repository"),
        ("github:user/repo", "GitHub repository"),
        ("user/repo", "GitHub repository"),
        ("user/repo#main", "GitHub repository"),
        ("gitlab:user/repo", "GitLab"),
        ("bitbucket:user/repo", "Bitbucket"),
        ("gist:abc", "gist"),
        ("https://evil.example/x.tgz", "URL"),
        ("HTTP://evil.example/x.tgz", "URL"),
        ("ftp://evil.example/x.tgz", "URL"),
        ("file:../x", "local file"),
        ("link:../x", "link"),
        ("workspace:*", "workspace"),
        ("portal:../x", "portal"),
        ("patch:x@1#p.patch", "patch"),
        ("./x", "local path"),
        ("../x", "local path"),
        ("/abs/x", "local path"),
        ("~/x", "local path"),
        ("x.tgz", "tarball"),
        ("npm:../x@1", "not a valid npm package name"),
        ("npm:a@npm:b@1", "alias of an alias"),
        ("npm:a@git+https://e/x", "git repository"),
        ("1.0\n2.0", "not a version range"),
        (3, "must be a string"),
        (None, "must be a string"),
    ],
)
def test_it_refuses_every_non_registry_specifier(spec, what):
    assert what in spec_problem(spec)


def test_a_locked_project_keeps_only_what_npm_needs_to_install(tmp_path):
    package = {
        "name": "app",
        "version": "1.0.0",
        "dependencies": {"a": "^1"},
        "devDependencies": {"b": "~2"},
        "scripts": {"preinstall": "curl evil", "test": "jest"},
        "config": {"x": 1},
        "bin": {"x": "x.js"},
        "overrides": {"c": "1.0.0"},
    }
    found = declarations(
        tmp_path,
        {
            "package.json": json.dumps(package),
            "package-lock.json": lock(
                {"node_modules/a": registry_entry("a"), "node_modules/b": registry_entry("b")}
            ),
        },
    )
    assert found.refusals == ()
    assert json.loads(found.package_json) == {
        "name": "app",
        "version": "1.0.0",
        "dependencies": {"a": "^1"},
        "devDependencies": {"b": "~2"},
        "overrides": {"c": "1.0.0"},
    }
    assert found.lock_name == "package-lock.json" and found.locked == 2
    assert found.declared == {"a": "^1", "b": "~2"}
    assert found.lock_hosts == {"registry.npmjs.org"}


def test_npm_shrinkwrap_wins_over_package_lock_and_other_locks_are_noted(tmp_path):
    found = declarations(
        tmp_path,
        {
            "package.json": '{"dependencies": {"a": "1"}}',
            "package-lock.json": "not even json",
            "npm-shrinkwrap.json": lock({"node_modules/a": registry_entry("a")}),
            "yarn.lock": "# yarn\n",
            ".npmrc": "registry=https://evil.example/\n",
        },
    )
    assert found.refusals == ()
    assert found.lock_name == "npm-shrinkwrap.json"
    assert any("yarn.lock ignored" in note for note in found.notes)
    assert any("the repository's .npmrc is not used" in note for note in found.notes)


def test_no_package_json_is_not_an_npm_project(tmp_path):
    assert declarations(tmp_path, {"package-lock.json": lock({}), "requirements.txt": "x\n"}) is None


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"package.json": "{not json"}, "package.json is not valid JSON (line 1, column 2"),
        ({"package.json": "[1, 2]"}, "package.json must hold a JSON object"),
        ({"package.json": b"\xff\xfe{}"}, "package.json is not UTF-8 text"),
        ({"package.json": "[" * 100_000 + "]" * 100_000}, "nested too deeply"),
        ({"package.json": '{"a": "' + "x" * (1024 * 1024 + 1) + '"}'}, "package.json cannot be read"),
        ({"package.json": '{"dependencies": ["a"]}'}, '"dependencies" must be an object'),
        ({"package.json": '{"devDependencies": {"a": 1}}'}, "a: the version must be a string"),
        ({"package.json": '{"dependencies": {"../../etc": "1"}}'}, "../../etc: not a valid npm package name"),
        ({"package.json": '{"dependencies": {"": "1"}}'}, "not a package name"),
        (
            {"package.json": '{"optionalDependencies": {"a": "github:u/r"}}'},
            "a: github:u/r is a GitHub repository",
        ),
        ({"package.json": '{"peerDependencies": {"a": "file:../a"}}'}, "a: file:../a is a local file"),
        (
            {"package.json": '{"overrides": {"a": {"b": "git+ssh://x/y"}}}'},
            '"overrides → a → b": git+ssh://x/y is a git',
        ),
        ({"package.json": '{"overrides": {"../x@1": "1"}}'}, "not a valid npm package name"),
        ({"package.json": '{"workspaces": ["packages/*"]}'}, 'declares npm "workspaces"'),
        (
            {"package.json": '{"dependencies": {"a": "1"}}', "pnpm-lock.yaml": "x"},
            "pnpm-lock.yaml is a pnpm lock",
        ),
        ({"package.json": '{"dependencies": {"a": "1"}}', "yarn.lock": "x"}, "Yarn is not supported"),
        ({"package.json": '{"dependencies": {"a": "1"}}', "bun.lockb": "x"}, "Bun is not supported"),
        ({"package.json": "{}", "package-lock.json": "{oops"}, "package-lock.json is not valid JSON"),
        ({"package.json": "{}", "package-lock.json": "[]"}, "package-lock.json must hold a JSON object"),
        ({"package.json": "{}", "package-lock.json": '{"packages": []}'}, '"packages" must be an object'),
    ],
    ids=lambda value: value if isinstance(value, str) and len(value) < 40 else None,
)
def test_hostile_package_json_and_lock_files_are_refused_with_a_clear_message(tmp_path, files, message):
    found = declarations(tmp_path, files)
    assert any(message in refusal for refusal in found.refusals), found.refusals


@pytest.mark.parametrize(
    ("path", "entry", "message"),
    [
        (
            "node_modules/a",
            {"version": "1", "resolved": "git+ssh://git@github.com/u/r.git#abc"},
            "a git repository",
        ),
        ("node_modules/a", {"version": "1", "resolved": "github:u/r#abc"}, "a GitHub repository"),
        ("node_modules/a", {"version": "1", "resolved": "file:../a"}, "a local file"),
        (
            "node_modules/a",
            {"version": "1", "resolved": "https://evil.example/a.tgz"},
            "not a registry tarball",
        ),
        (
            "node_modules/a",
            {"version": "1", "resolved": "ftp://evil.example/a/-/a-1.tgz"},
            "not a registry tarball",
        ),
        ("node_modules/a", {"version": "1", "resolved": 5}, '"resolved" must be a string'),
        ("node_modules/a", {"resolved": "../a", "link": True}, "a link to a local folder"),
        ("node_modules/a", "not an object", "not an object"),
        ("packages/a", {"version": "1"}, "a local folder"),
        ("node_modules/../../etc", {"version": "1"}, "a local folder"),
        ("node_modules/a/node_modules/..", {"version": "1"}, "a local folder"),
    ],
)
def test_lock_entries_that_are_not_registry_packages_are_refused(tmp_path, path, entry, message):
    found = declarations(
        tmp_path, {"package.json": '{"dependencies": {"a": "1"}}', "package-lock.json": lock({path: entry})}
    )
    assert any(message in refusal for refusal in found.refusals), found.refusals


def test_a_deep_version_1_lock_file_is_walked_to_its_last_entry(tmp_path):
    deep: dict = {"version": "1.0.0", "resolved": "https://registry.npmjs.org/a/-/a-1.0.0.tgz"}
    inner = deep
    for _ in range(300):
        inner["dependencies"] = {"a": {"version": "1.0.0"}}
        inner = inner["dependencies"]["a"]
    inner["dependencies"] = {"b": {"version": "git+https://evil.example/b.git", "resolved": "git+https://x"}}
    text = json.dumps({"lockfileVersion": 1, "dependencies": {"a": deep}})
    found = declarations(
        tmp_path, {"package.json": '{"dependencies": {"a": "1"}}', "package-lock.json": text}
    )
    assert found.locked == 302
    assert any("→ a → b: resolved from a git repository" in refusal for refusal in found.refusals), (
        found.refusals
    )


def test_a_lock_file_with_too_many_entries_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr("sandbox.npm_policy.MAX_LOCK_ENTRIES", 10)
    packages = {f"node_modules/p{i}": registry_entry(f"p{i}") for i in range(20)}
    found = declarations(
        tmp_path, {"package.json": '{"dependencies": {"p1": "1"}}', "package-lock.json": lock(packages)}
    )
    assert any("more than 10 entries" in refusal for refusal in found.refusals)


def test_a_symlinked_lock_file_is_refused(tmp_path):
    repo = write_tree(tmp_path / "repo", {"package.json": '{"dependencies": {"a": "1"}}'})
    (tmp_path / "outside.json").write_text(lock({}))
    (repo / "package-lock.json").symlink_to(tmp_path / "outside.json")
    found = npm_declarations(Workspace(repo))
    # A symlink is not a file of the repository: npm install would run without it, and says so.
    assert found.lock_name == "" or any("cannot be read" in r for r in found.refusals)


def test_it_says_why_npm_failed_and_what_to_set():
    from sandbox.deps_npm import npm_failure_hint

    registry = "https://registry.npmjs.org/"
    tls = "npm error code UNABLE_TO_GET_ISSUER_CERT_LOCALLY\nnpm error request to https://registry.npmjs.org/x failed"
    assert "HEALER_SANDBOX_NPM_CA_BUNDLE" in npm_failure_hint(tls, registry=registry)
    assert "HEALER_SANDBOX_NPM_AUTH_TOKEN" in npm_failure_hint("npm error code E401", registry=registry)
    assert "HEALER_SANDBOX_NPM_REGISTRY" in npm_failure_hint("npm error code EAI_AGAIN", registry=registry)
    assert "does not exist" in npm_failure_hint("npm error code ETARGET", registry=registry)
    assert "HEALER_SANDBOX_INSTALL_TIMEOUT" in npm_failure_hint("", registry=registry, timed_out=True)
    assert npm_failure_hint("npm error something else", registry=registry) == ""
