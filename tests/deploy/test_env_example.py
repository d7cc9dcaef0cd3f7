""".env.example lists every setting the code reads, and nothing it does not."""

from __future__ import annotations

import ast
import inspect
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import docker.utils
import pytest

ROOT = Path(__file__).resolve().parents[2]
PY_SOURCES = ["healer", "runs", "sandbox", "deploy", "manage.py"]
SHELL_SOURCES = ["deploy", "sandbox/image"]
HELPERS = {"env_str", "env_bool", "env_int", "env_float", "env_list", "env_choice", "env_bytes"}
# Read with os.environ but not settings: passed through to git, or Django's bootstrap.
# PYTEST_DISABLE_PLUGIN_AUTOLOAD is pytest's own variable, read by sandbox/warm_pytest.py inside the sandbox.
NOT_SETTINGS = {"HOME", "PATH", "DJANGO_SETTINGS_MODULE", "PYTEST_DISABLE_PLUGIN_AUTOLOAD"}
ASSIGNMENT = re.compile(r"^#?\s*([A-Z][A-Z0-9_]*)=", re.MULTILINE)


def example_names() -> set[str]:
    return set(ASSIGNMENT.findall((ROOT / ".env.example").read_text()))


def compose_names() -> set[str]:
    return set(re.findall(r"\$\{([A-Z][A-Z0-9_]*)", (ROOT / "docker-compose.yml").read_text()))


def docker_py_names() -> set[str]:
    """The variables docker-py's from_env reads (DOCKER_HOST, TLS...): settings of the sandbox engine."""
    return set(re.findall(r"['\"](DOCKER_[A-Z_]+)['\"]", inspect.getsource(docker.utils.kwargs_from_env)))


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _python_files():
    for entry in PY_SOURCES:
        path = ROOT / entry
        yield from ([path] if path.is_file() else sorted(path.rglob("*.py")))


def names_in_python_sources() -> set[str]:
    """Every literal name passed to an env_* helper or to os.environ / os.getenv."""
    names: set[str] = set()
    for path in _python_files():
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and node.args:
                func = node.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                environ_get = (
                    isinstance(func, ast.Attribute)
                    and func.attr in {"get", "setdefault"}
                    and isinstance(func.value, ast.Attribute)
                    and func.value.attr == "environ"
                )
                name = _literal(node.args[0])
                if name is not None and (called in HELPERS or called == "getenv" or environ_get):
                    names.add(name)
            elif isinstance(node, ast.Subscript) and getattr(node.value, "attr", "") == "environ":
                name = _literal(node.slice)
                if name is not None:
                    names.add(name)
    return names - NOT_SETTINGS


def names_in_shell_sources() -> set[str]:
    names: set[str] = set()
    for entry in SHELL_SOURCES:
        for path in sorted((ROOT / entry).rglob("*.sh")):
            names |= set(re.findall(r"\$\{?((?:HEALER|DOCKER)_[A-Z0-9_]+)", path.read_text()))
    return names


def names_recorded_at_startup() -> set[str]:
    """healer.env.NAMES after importing the settings and gunicorn's config, in a clean process."""
    code = (
        "import json, runpy, django; django.setup(); "
        "runpy.run_path('deploy/gunicorn.conf.py'); "
        "from healer.env import NAMES; print(json.dumps(sorted(NAMES)))"
    )
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("HEALER_", "DATABASE_URL", "REDIS_URL", "DOCKER_"))
    }
    env["DJANGO_SETTINGS_MODULE"] = "healer.settings"
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    return set(json.loads(proc.stdout))


@pytest.fixture(scope="module")
def code_names() -> set[str]:
    return names_recorded_at_startup() | names_in_python_sources() | names_in_shell_sources()


def test_it_finds_the_settings_the_code_reads(code_names):
    # The scan itself must work, or the drift tests below would pass vacuously.
    assert {"HEALER_SECRET_KEY", "DATABASE_URL", "REDIS_URL", "HEALER_RUN_STALE_AFTER"} <= code_names
    assert {"DOCKER_HOST", "HEALER_WEB_WORKERS", "HEALER_ENGINE_WAIT", "HEALER_DEBIAN_MIRROR"} <= code_names
    assert "HEALER_SANDBOX_MEMORY" in names_recorded_at_startup()


def test_every_setting_the_code_reads_is_in_env_example(code_names):
    missing = sorted(code_names - example_names())
    assert not missing, f"add these to .env.example (with their default and meaning): {missing}"


def test_env_example_lists_nothing_the_code_does_not_read(code_names):
    known = code_names | compose_names() | docker_py_names() | {"COMPOSE_PROFILES"}
    stale = sorted(example_names() - known)
    assert not stale, f".env.example lists variables nothing reads: {stale}"


def test_every_variable_docker_compose_interpolates_is_in_env_example():
    missing = sorted(compose_names() - example_names())
    assert not missing, f"docker-compose.yml uses variables .env.example does not list: {missing}"


def test_the_docker_py_engine_variables_are_listed():
    assert {"DOCKER_HOST", "DOCKER_TLS_VERIFY", "DOCKER_CERT_PATH"} <= docker_py_names()
    missing = sorted(docker_py_names() - example_names())
    assert not missing, f"the sandbox engine is configured by these too; list them: {missing}"


def test_the_drift_check_notices_an_unlisted_setting(tmp_path, monkeypatch):
    module = tmp_path / "extra.py"
    module.write_text('from healer.env import env_int\nX = env_int("HEALER_BRAND_NEW_SETTING", 1)\n')
    monkeypatch.setattr(sys.modules[__name__], "PY_SOURCES", [*PY_SOURCES, str(module)])
    assert "HEALER_BRAND_NEW_SETTING" in names_in_python_sources()
    assert "HEALER_BRAND_NEW_SETTING" not in example_names()
