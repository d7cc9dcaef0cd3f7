"""Which languages a repository is, from its files; one implementation each, both when it has both.

- A `package.json` at the root makes it an npm project (JavaScript/TypeScript).
- Python files make it a Python project, as the engine has always found one (pytest's own
  conventions and configuration: healer.engine.discovery).

With only one of them, that language's refusal is the answer (no tests found, a package.json
that is not JSON...). With both, each that has checks is used; the other's refusal becomes a
note in the run's log: a Python project that keeps a package.json for its tooling heals as
before, and an npm project with a helper script in Python is not refused for it.
"""

from __future__ import annotations

from healer.engine.discovery import discover
from healer.engine.fixers.base import Fixer
from healer.engine.languages.base import Language, RunSettings
from healer.engine.languages.combined import CombinedLanguage
from healer.engine.languages.javascript import JavaScriptLanguage, npm_test_files
from healer.engine.languages.python import PythonLanguage, is_python_file
from healer.engine.types import EngineError, Sandbox
from healer.engine.workspace import Workspace

PACKAGE_JSON = "package.json"


def languages_detect(workspace: Workspace) -> list[str]:
    """The names of the languages the repository's files speak (Python first when both)."""
    npm = workspace.is_file(PACKAGE_JSON)
    python = not npm or any(is_python_file(f) for f in workspace.iter_files())
    return [name for name, found in (("python", python), ("javascript", npm)) if found]


def language_open(
    *,
    workspace: Workspace,
    sandbox: Sandbox,
    settings: RunSettings,
    python_fixers: tuple[Fixer, ...] | None = None,
) -> Language:
    """The language implementation(s) for the repository; EngineError when none can run it."""
    names = languages_detect(workspace)
    opened: list[Language] = []
    refusals: list[tuple[str, EngineError]] = []
    for name in names:
        try:
            if name == "javascript":
                opened.append(JavaScriptLanguage(workspace=workspace, sandbox=sandbox, settings=settings))
            else:
                opened.append(
                    PythonLanguage(
                        workspace=workspace, sandbox=sandbox, settings=settings, fixers=python_fixers
                    )
                )
        except EngineError as exc:
            refusals.append((name, exc))
    if len(refusals) == 1 and not opened:
        raise refusals[0][1]
    if not opened:
        raise EngineError("; ".join(f"{_title(name)}: {exc}" for name, exc in refusals))
    for name, exc in refusals:
        settings.log(f"Note: the repository's {_title(name)} part is not checked: {exc}")
    return opened[0] if len(opened) == 1 else CombinedLanguage(opened)


def _title(name: str) -> str:
    return {"javascript": "npm (JavaScript/TypeScript)", "python": "Python"}.get(name, name)


def repository_test_files(workspace: Workspace) -> frozenset[str]:
    """Every file the languages of the repository count as tests (read on the host; nothing runs)."""
    found: set[str] = set()
    refusals: list[EngineError] = []
    for name in languages_detect(workspace):
        try:
            if name == "javascript":
                found |= npm_test_files(workspace)
            else:
                found |= discover(workspace).test_files
        except EngineError as exc:
            refusals.append(exc)
    if refusals and not found:
        raise refusals[0]
    return frozenset(found)
