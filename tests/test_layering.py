"""The layering of docs/ARCHITECTURE.md, checked: the engine is pure Python, the sandbox never imports runs,
only the runs services write runs, iterations and fixes. The import contracts themselves are in .importlinter."""

import ast
import re
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


# A write of a Run, Iteration, Fix or FixWithdrawal row: an ORM create/update/delete or a save of a run.
WRITE = re.compile(
    r"\b(Run|Iteration|Fix|FixWithdrawal)\.objects\b.*\.(create|update|bulk_create|delete|get_or_create|update_or_create)\("
    r"|\brun\.save\(|\biterations\.all\(\)\.delete\(\)"
)
WRITERS = {
    "runs/services/runs.py": {"Run"},
    "runs/services/iterations.py": {"Iteration", "Fix", "FixWithdrawal", "iterations"},
}


def row_writes(package: str) -> dict[str, set[str]]:
    """{module: models it writes}, from the source text (statements spread over lines joined first)."""
    found: dict[str, set[str]] = {}
    for path in python_files(package):
        if "migrations" in path.parts:
            continue
        text = re.sub(r"\)\s*\n\s*\.", ").", path.read_text())
        for match in WRITE.finditer(text):
            model = match.group(1) or ("Run" if "run.save" in match.group(0) else "iterations")
            found.setdefault(str(path.relative_to(ROOT)), set()).add(model)
    return found


def test_it_sees_the_writes_it_checks():
    assert row_writes("runs") and set(row_writes("runs")["runs/services/runs.py"]) == {"Run"}


def test_runs_iterations_and_fixes_are_written_only_by_their_services():
    writes = row_writes("runs")
    assert {module: models for module, models in writes.items() if module not in WRITERS} == {}
    for module, models in writes.items():
        assert models <= WRITERS[module], module
