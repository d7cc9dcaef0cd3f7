"""The layering of DESIGN.md, checked: the engine is pure Python, the sandbox never imports runs."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def python_files(package: str) -> list[Path]:
    return sorted((ROOT / package).rglob("*.py"))


def offenders(package: str, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in python_files(package):
        for name in imported_modules(path):
            if name.split(".")[0] in forbidden or name in forbidden:
                found.append(f"{path.relative_to(ROOT)} imports {name}")
    return found


def test_it_finds_the_packages_it_checks():
    assert len(python_files("healer/engine")) > 3
    assert len(python_files("sandbox")) > 3


def test_the_engine_imports_neither_django_nor_the_apps():
    assert offenders("healer/engine", ("django", "runs", "sandbox", "rest_framework", "django_q")) == []


def test_the_sandbox_never_imports_runs():
    assert offenders("sandbox", ("runs",)) == []


@pytest.mark.parametrize(
    "module", ["docker_backend.py", "docker_container.py", "docker_exec.py", "docker_agent.py", "archive.py"]
)
def test_the_sandbox_backend_modules_are_free_of_django(module):
    path = ROOT / "sandbox" / module
    assert path.exists()
    assert not [name for name in imported_modules(path) if name.split(".")[0] == "django"]
