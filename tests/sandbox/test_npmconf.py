"""npm's registry, credentials and trust store for the dependency phase (no engine needed)."""

from __future__ import annotations

import json
import os
import socket
import stat

import pytest
from django.core.exceptions import ImproperlyConfigured

from healer import env
from healer.engine.types import SandboxError
from healer.engine.workspace import Workspace
from sandbox.deps_npm import NPM_SCRIPT, NpmInstaller, NpmRegistry, nerf_dart, registry_url
from sandbox.doctor import evaluate_deps
from sandbox.egress_proxy import CachingResolver
from sandbox.npmconf import WorkerNpm, describe_registry, npm_registry, read_worker_npm
from tests.fixtures_docker import write_tree

TOKEN = "npm_s3cretT0ken"
INPUTS = "/egress/in"


def plan_for(tmp_path, *, lock: bool = True, registry: NpmRegistry | None = None):
    package = {"name": "app", "version": "1.0.0", "dependencies": {"a": "^1.0.0"}}
    files = {"package.json": json.dumps(package)}
    if lock:
        files["package-lock.json"] = json.dumps(
            {
                "lockfileVersion": 3,
                "packages": {
                    "": package,
                    "node_modules/a": {
                        "version": "1.0.0",
                        "resolved": "https://registry.npmjs.org/a/-/a-1.0.0.tgz",
                    },
                },
            }
        )
    installer = NpmInstaller(registry or NpmRegistry(), inputs_dir=INPUTS)
    return installer, installer.plan(Workspace(write_tree(tmp_path / "repo", files)))


def fake_npm(tmp_path, config: dict) -> str:
    """An `npm` that answers `npm config list --json` like the worker's."""
    script = tmp_path / "bin" / "npm"
    script.parent.mkdir(exist_ok=True)
    script.write_text(f"#!/bin/sh\ncat <<'EOF'\n{json.dumps(config)}\nEOF\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script)


def test_the_token_and_url_credentials_go_to_the_npmrc_only(tmp_path):
    registry = NpmRegistry(url="https://bob:p%40ss@npm.corp.example/api/npm/", auth_token=TOKEN)
    installer, plan = plan_for(tmp_path, registry=registry)
    job = installer.job(plan)
    npmrc = job.files["npmrc"].decode()
    assert "registry=https://npm.corp.example/api/npm/\n" in npmrc  # no userinfo in the URL
    assert f"//npm.corp.example/api/npm/:_authToken={TOKEN}\n" in npmrc
    assert "//npm.corp.example/api/npm/:username=bob\n" in npmrc
    assert "//npm.corp.example/api/npm/:_password=cEBzcw==\n" in npmrc  # base64 of "p@ss"
    visible = json.dumps([job.argv, job.env, job.summary, job.destinations and str(job.destinations[0])])
    assert TOKEN not in visible and "p@ss" not in visible and "bob" not in visible
    assert job.env == {"NPM_CONFIG_USERCONFIG": f"{INPUTS}/npmrc"}
    assert TOKEN not in repr(registry)


def test_the_npmrc_locks_npm_down(tmp_path):
    installer, plan = plan_for(tmp_path)
    npmrc = installer.job(plan).files["npmrc"].decode().splitlines()
    for line in (
        "ignore-scripts=true",
        "replace-registry-host=always",
        "git=/nonexistent/git",
        "proxy=http://127.0.0.1:3128",
        "https-proxy=http://127.0.0.1:3128",
        "strict-ssl=true",
    ):
        assert line in npmrc
    assert "--ignore-scripts" in NPM_SCRIPT and "npm ci" in NPM_SCRIPT


@pytest.mark.parametrize("token", ["has space", 'quo"te', "semi;colon", "hash#", "new\nline"])
def test_a_token_npmrc_cannot_carry_is_a_clear_error(tmp_path, token):
    installer, plan = plan_for(tmp_path, registry=NpmRegistry(auth_token=token))
    with pytest.raises(SandboxError, match="auth token holds characters an npmrc cannot carry"):
        installer.job(plan)


def test_the_ca_reaches_npm_as_the_worker_npm_gets_it(tmp_path):
    pem = b"-----BEGIN CERTIFICATE-----\nX\n-----END CERTIFICATE-----\n"
    cafile, plan = plan_for(tmp_path / "a", registry=NpmRegistry(ca_bundle=pem, ca_mode="cafile"))
    job = cafile.job(plan)
    assert job.files["npm-ca.pem"] == pem and f"cafile={INPUTS}/npm-ca.pem" in job.files["npmrc"].decode()
    assert "NODE_EXTRA_CA_CERTS" not in job.env
    extra, plan = plan_for(tmp_path / "b", registry=NpmRegistry(ca_bundle=pem, ca_mode="extra"))
    job = extra.job(plan)
    assert (
        job.env["NODE_EXTRA_CA_CERTS"] == f"{INPUTS}/npm-ca.pem"
        and "cafile" not in job.files["npmrc"].decode()
    )


def test_the_cache_key_follows_the_lock_file_and_registry_not_credentials(tmp_path):
    installer, plan = plan_for(tmp_path / "a")
    key = installer.cache_key(plan)
    with_token = NpmInstaller(NpmRegistry(auth_token=TOKEN, ca_bundle=b"pem"), inputs_dir=INPUTS)
    assert with_token.cache_key(plan) == key
    assert TOKEN.encode() not in with_token.cache_key(plan)
    other_registry = NpmInstaller(NpmRegistry(url="https://mirror.example/npm/"), inputs_dir=INPUTS)
    assert other_registry.cache_key(plan) != key
    _, unlocked = plan_for(tmp_path / "b", lock=False)
    assert installer.cache_key(unlocked) != key
    _, same = plan_for(tmp_path / "c")
    assert installer.cache_key(same) == key
    repo = tmp_path / "c" / "repo"
    lock = json.loads((repo / "package-lock.json").read_text())
    lock["packages"]["node_modules/a"]["version"] = "1.0.1"
    (repo / "package-lock.json").write_text(json.dumps(lock))
    assert installer.cache_key(installer.plan(Workspace(repo))) != key


def test_without_a_lock_file_the_run_log_says_the_install_is_not_reproducible(tmp_path):
    installer, plan = plan_for(tmp_path, lock=False)
    job = installer.job(plan)
    assert job.argv[4:6] == ["install", ""]
    assert any("NOT reproducible" in line for line in plan.log_lines())


@pytest.mark.parametrize(
    ("url", "dart"),
    [
        ("https://registry.npmjs.org/", "//registry.npmjs.org/"),
        ("https://u:p@npm.corp:8443/api/npm/", "//npm.corp:8443/api/npm/"),
        ("http://10.0.0.1:4873/", "//10.0.0.1:4873/"),
    ],
)
def test_per_registry_settings_use_npms_key(url, dart):
    assert nerf_dart(registry_url(url)[0]) == dart


def test_it_reads_the_worker_npm_through_npm_itself(tmp_path):
    pem = tmp_path / "corp.pem"
    pem.write_text("PEM")
    npm = fake_npm(
        tmp_path,
        {
            "registry": "https://npm.corp.example/",
            "cafile": str(pem),
            "@corp:registry": "https://other.example/",
            "//npm.corp.example/:_authToken": "(protected)",
            "strict-ssl": False,
        },
    )
    worker = read_worker_npm(
        npm=npm, environ={"PATH": f"{os.path.dirname(npm)}:/usr/bin:/bin", "NODE_EXTRA_CA_CERTS": "/x.pem"}
    )
    assert worker.registry == "https://npm.corp.example/"
    assert worker.cafile == str(pem)
    assert any("@corp:registry" in item for item in worker.ignored)
    assert any("strict-ssl=false" in item for item in worker.ignored)
    registry = npm_registry(worker=worker)
    assert registry.url == "https://npm.corp.example/" and registry.ca_bundle == b"PEM"
    assert registry.ca_mode == "cafile" and registry.auth_token == ""  # never the worker's token


def test_without_npm_the_worker_config_comes_from_the_environment(tmp_path):
    worker = read_worker_npm(
        npm="npm-is-not-installed",
        environ={
            "PATH": str(tmp_path),
            "npm_config_registry": "https://env.example/",
            "NODE_EXTRA_CA_CERTS": "/c",
        },
    )
    assert worker == WorkerNpm(registry="https://env.example/", extra_ca="/c")


def test_settings_win_over_the_worker_and_npmjs_is_the_last_resort(tmp_path):
    ca = tmp_path / "ca.pem"
    ca.write_text("CA")
    worker = WorkerNpm(registry="https://worker.example/", cafile=str(ca))
    chosen = npm_registry(
        registry="https://setting.example/", ca_bundle=str(ca), auth_token=TOKEN, worker=worker
    )
    assert chosen.url == "https://setting.example/" and chosen.ca_mode == "extra"
    lines = describe_registry(chosen)
    assert lines[0] == "https://setting.example/ (with an auth token)" and TOKEN not in "".join(lines)
    assert any("HEALER_SANDBOX_NPM_REGISTRY" in line for line in lines)
    assert npm_registry(use_worker_config=False).url == "https://registry.npmjs.org/"
    assert npm_registry(use_worker_config=False).ca_bundle is None


def test_bad_npm_settings_are_clear_errors(tmp_path, monkeypatch):
    with pytest.raises(SandboxError, match="cannot be read"):
        npm_registry(ca_bundle=str(tmp_path / "missing.pem"), use_worker_config=False)
    with pytest.raises(SandboxError, match="HEALER_SANDBOX_NPM_ALLOWED_HOSTS"):
        npm_registry(extra_hosts=("ftp://x",), use_worker_config=False)
    monkeypatch.setenv("HEALER_SANDBOX_NPM_REGISTRY", "ftp://user:pw@registry.example/")
    with pytest.raises(ImproperlyConfigured, match="HEALER_SANDBOX_NPM_REGISTRY") as raised:
        env.env_urls("HEALER_SANDBOX_NPM_REGISTRY")
    assert "pw" not in str(raised.value)


def test_the_doctor_reports_whether_the_npm_registry_is_reachable():
    from sandbox.deps import DepsOptions

    facts = {
        "interfaces": ["lo"], "direct": "OSError", "proxy_link_local": "HTTP/1.1 403 Forbidden", "uid": 10001,
        "cap_eff": "0", "no_new_privs": "1", "root_writable": False, "cpu": "100000 100000", "memory": "0",
        "pids": "0", "fsize": 0, "nofile": 0, "index": {"exit": 0, "files": ["pip.whl"], "seconds": 1.0},
    }  # fmt: skip
    ok = evaluate_deps({**facts, "npm": {"exit": 0, "output": "PONG", "seconds": 0.4}}, options=DepsOptions())
    assert (True, "npm registry reachable through the egress proxy (npm ping in 0.4 s)") in ok
    failed = evaluate_deps(
        {
            **facts,
            "npm": {"exit": 1, "output": "npm ERR! 403", "seconds": 1},
            "decisions": ["DENY CONNECT x:443"],
        },
        options=DepsOptions(),
    )
    line = next(text for passed, text in failed if "npm registry" in text)
    assert "NOT reachable" in line and "DENY CONNECT x:443" in line and "HEALER_SANDBOX_NPM_CA_BUNDLE" in line
    assert not any(passed for passed, text in failed if "npm registry" in text)


def test_the_proxy_caches_name_lookups_and_retries_temporary_failures():
    calls: list[str] = []
    answers = [socket.gaierror(socket.EAI_AGAIN, "Temporary failure"), [(2, 1, 6, "", ("203.0.113.5", 443))]]

    def resolve(host, port, family, kind):
        calls.append(host)
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    resolver = CachingResolver(resolve=resolve)
    assert resolver("registry.npmjs.org", 443)[0][4] == ("203.0.113.5", 443)
    assert resolver("registry.npmjs.org", 443)[0][4] == ("203.0.113.5", 443)  # cached: no third lookup
    assert calls == ["registry.npmjs.org", "registry.npmjs.org"]
    with pytest.raises(socket.gaierror):
        CachingResolver(resolve=lambda *a: (_ for _ in ()).throw(socket.gaierror(socket.EAI_NONAME, "no")))(
            "x", 1
        )
