"""Which npm project a repository is: its checks, test runner, linters and lock file.

The checks are the project's own npm scripts, the ones its CI would run: `test`,
and `lint`, `typecheck` / `type-check` and `check` when present. Everything is
read from files on the host (package.json, lock files, configuration file
names); nothing is executed. A repository whose package.json cannot be used
gets an `NpmProjectError` that says what to change.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from healer.engine.javascript.scripts import Segment, runner_segment, script_segments
from healer.engine.types import EngineError
from healer.engine.workspace import Workspace

PACKAGE_JSON = "package.json"
PACKAGE_JSON_LIMIT = 1024 * 1024
NPM_LOCKS = ("package-lock.json", "npm-shrinkwrap.json")
OTHER_LOCKS = {"pnpm-lock.yaml": "pnpm", "yarn.lock": "Yarn", "bun.lockb": "Bun", "bun.lock": "Bun"}
CHECK_SCRIPTS = {
    "test": "test",
    "lint": "lint",
    "typecheck": "typecheck",
    "type-check": "typecheck",
    "check": "check",
}
# npm init's placeholder: a project that never had tests.
NO_TEST_PLACEHOLDER = 'echo "Error: no test specified" && exit 1'
RUNNERS = ("jest", "vitest", "mocha", "node-test")
RUNNER_CONFIGS = {
    "jest": ("jest.config.js", "jest.config.cjs", "jest.config.mjs", "jest.config.ts", "jest.config.json"),
    "vitest": ("vitest.config.ts", "vitest.config.js", "vitest.config.mts", "vitest.config.mjs"),
    "mocha": (
        ".mocharc.json",
        ".mocharc.js",
        ".mocharc.cjs",
        ".mocharc.yml",
        ".mocharc.yaml",
        ".mocharc.jsonc",
    ),
}
ESLINT_CONFIGS = (
    "eslint.config.js",
    "eslint.config.mjs",
    "eslint.config.cjs",
    "eslint.config.ts",
    "eslint.config.mts",
    "eslint.config.cts",
    ".eslintrc.js",
    ".eslintrc.cjs",
    ".eslintrc.json",
    ".eslintrc.yml",
    ".eslintrc.yaml",
    ".eslintrc",
)
TSCONFIGS = ("tsconfig.json",)


class NpmProjectError(EngineError):
    """package.json or the lock files cannot be used; the message says what to change."""


@dataclass(frozen=True)
class NpmScript:
    name: str  # the script's key in package.json
    kind: str  # test, lint, typecheck, check
    command: str
    segments: tuple[Segment, ...] = ()


@dataclass(frozen=True)
class NpmProject:
    name: str
    module_type: str  # "module" (ESM) or "commonjs", from package.json "type"
    checks: tuple[NpmScript, ...]
    scripts: dict[str, str]  # every script, for the ones the checks call (pretest, npm run x)
    lock_file: str  # package-lock.json / npm-shrinkwrap.json, "" when there is none (npm install)
    test_runner: str  # jest, vitest, mocha, node-test or "" when the test script runs something else
    eslint_config: str  # the configuration file, "" when ESLint is not configured
    tsconfig: str  # "tsconfig.json" when TypeScript is configured, else ""
    dependencies: dict[str, str] = field(default_factory=dict)  # dependencies and devDependencies
    package_manager: str = "npm"

    @property
    def typescript(self) -> bool:
        return bool(self.tsconfig)

    def check(self, kind: str) -> NpmScript | None:
        return next((c for c in self.checks if c.kind == kind), None)


def is_npm_project(workspace: Workspace) -> bool:
    return workspace.is_file(PACKAGE_JSON)


def detect_npm_project(workspace: Workspace) -> NpmProject:
    """Read package.json and the lock files; NpmProjectError when they cannot be used."""
    package = read_package_json(workspace)
    lock_file = _lock_file(workspace)
    scripts = _scripts(package)
    checks = _checks(scripts)
    dependencies = _dependencies(package)
    runner = detect_runner(checks, dependencies=dependencies, files=_root_files(workspace))
    return NpmProject(
        name=package.get("name") if isinstance(package.get("name"), str) else "",
        module_type="module" if package.get("type") == "module" else "commonjs",
        checks=checks,
        scripts=scripts,
        lock_file=lock_file,
        test_runner=runner,
        eslint_config=_eslint_config(workspace, package),
        tsconfig=next((name for name in TSCONFIGS if workspace.is_file(name)), ""),
        dependencies=dependencies,
    )


def read_package_json(workspace: Workspace) -> dict:
    if not workspace.is_file(PACKAGE_JSON):
        raise NpmProjectError("package.json is missing: this is not an npm project")
    try:
        raw = workspace.read_bytes(PACKAGE_JSON, limit=PACKAGE_JSON_LIMIT)
    except ValueError as exc:  # UnsafePath: too large, a symlink...
        raise NpmProjectError(f"package.json cannot be read: {exc}") from exc
    try:
        package = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise NpmProjectError("package.json is not UTF-8 text") from exc
    except json.JSONDecodeError as exc:
        raise NpmProjectError(
            f"package.json is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
            "npm cannot read it either: fix it and run again"
        ) from exc
    except RecursionError as exc:
        raise NpmProjectError("package.json is nested too deeply to read") from exc
    if not isinstance(package, dict):
        raise NpmProjectError("package.json must hold a JSON object")
    return package


def _lock_file(workspace: Workspace) -> str:
    npm = next((name for name in NPM_LOCKS if workspace.is_file(name)), "")
    if npm:
        return npm
    for name, manager in OTHER_LOCKS.items():
        if workspace.is_file(name):
            raise NpmProjectError(
                f"{name} is a {manager} lock file: Healer installs dependencies with npm only and {manager} "
                "projects are not supported; commit a package-lock.json (npm install --package-lock-only) "
                "to heal this repository"
            )
    return ""


def _scripts(package: dict) -> dict[str, str]:
    scripts = package.get("scripts", {})
    if not isinstance(scripts, dict):
        raise NpmProjectError('package.json "scripts" must be an object of script names to commands')
    return {k: v for k, v in scripts.items() if isinstance(k, str) and isinstance(v, str)}


def _checks(scripts: dict[str, str]) -> tuple[NpmScript, ...]:
    test = scripts.get("test", "").strip()
    if not test or test == NO_TEST_PLACEHOLDER:
        raise NpmProjectError(
            'package.json has no "test" script: Healer runs the project\'s own checks and needs one '
            '(for example "test": "node --test" or "jest")'
        )
    checks = []
    for name, kind in CHECK_SCRIPTS.items():
        command = scripts.get(name, "").strip()
        if command:
            checks.append(
                NpmScript(name=name, kind=kind, command=command, segments=script_segments(command, scripts))
            )
    return tuple(checks)


def _dependencies(package: dict) -> dict[str, str]:
    found: dict[str, str] = {}
    for key in ("dependencies", "devDependencies", "optionalDependencies"):
        section = package.get(key)
        if isinstance(section, dict):
            found.update({k: v for k, v in section.items() if isinstance(k, str) and isinstance(v, str)})
    return found


def _root_files(workspace: Workspace) -> set[str]:
    names = {n for names in RUNNER_CONFIGS.values() for n in names}
    return {n for n in names if workspace.is_file(n)}


def detect_runner(checks: tuple[NpmScript, ...], *, dependencies: dict[str, str], files: set[str]) -> str:
    """The runner the test script invokes; else the one the project configures or depends on."""
    test = next((c for c in checks if c.kind == "test"), None)
    found = runner_segment(test.segments, RUNNERS) if test else None
    if found is not None:
        return found.runner
    if test and any(s.program for s in test.segments):
        return ""  # the script runs something else (a shell script, make...): no reporter to add
    for runner, configs in RUNNER_CONFIGS.items():
        if files & set(configs) or runner in dependencies:
            return runner
    return ""


def _eslint_config(workspace: Workspace, package: dict) -> str:
    found = next((name for name in ESLINT_CONFIGS if workspace.is_file(name)), "")
    if found:
        return found
    return PACKAGE_JSON if isinstance(package.get("eslintConfig"), dict) else ""


def tsconfig_options(text: str) -> dict:
    """tsconfig.json's compilerOptions; tsconfig allows comments and trailing commas, JSON does not."""
    text = re.sub(
        r'"(?:\\.|[^"\\])*"|//[^\n]*|/\*.*?\*/', lambda m: m[0] if m[0][0] == '"' else "", text, flags=re.S
    )
    text = re.sub(r",(\s*[}\]])", r"\1", text)
    try:
        options = json.loads(text).get("compilerOptions", {}) if text.strip() else {}
    except (ValueError, AttributeError):
        return {}
    return options if isinstance(options, dict) else {}
