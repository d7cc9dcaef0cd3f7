"""Find a repository's checks from its own files and configuration, never from fixed paths.

Tests: pytest's conventions, read from the repository's pytest configuration
(pytest.ini, pyproject.toml [tool.pytest.ini_options], tox.ini [pytest],
setup.cfg [tool:pytest], in pytest's own order of precedence); unittest-style
`test*.py` files are run through pytest too. Lint: the repository's ruff
configuration as is, or its flake8 settings translated to a ruff selection, or
(when there is none) a conservative default limited to real errors.

Everything here reads text through `Workspace`; nothing of the repository is
imported or executed on the host.
"""

from __future__ import annotations

import configparser
import fnmatch
import functools
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass, field

from healer.engine.types import NoChecksFound
from healer.engine.workspace import UnsafePath, Workspace

DEFAULT_PYTHON_FILES = ("test_*.py", "*_test.py")
UNITTEST_PATTERN = "test*.py"
TEST_DIR_NAMES = frozenset({"tests", "test", "testing"})
# Real errors only: unused imports/variables, placeholder-less f-strings, redefinitions,
# undefined names, syntax errors. Style is not the agent's business unless the repo asks.
DEFAULT_LINT_SELECT = ("F401", "F841", "F541", "F811", "F821", "F822", "F823", "E9")
# flake8's defaults (select E,F,W,C90; extended default ignore list).
FLAKE8_DEFAULT_SELECT = ("E", "F", "W", "C90")
FLAKE8_DEFAULT_IGNORE = ("E121", "E123", "E126", "E226", "E24", "E704", "W503", "W504")
CONFIG_LIMIT = 512 * 1024


@dataclass(frozen=True)
class CheckPlan:
    """What to run, and which files are tests (never edited)."""

    test_modules: tuple[str, ...]  # files pytest will collect as test modules
    test_files: frozenset[str]  # every file the engine must not edit (tests, conftest, test dirs)
    source_files: tuple[str, ...]  # non-test Python files: the code under repair
    pytest_args: tuple[str, ...] = ()  # extra arguments (explicit unittest files)
    pytest_config: str = ""  # where the pytest settings came from, "" for pytest's defaults
    lint_args: tuple[str, ...] = ()  # arguments after `ruff check`
    lint_source: str = ""  # where the lint selection came from
    lint_default: bool = False  # True: no lint config, findings in test files are not the repo's concern
    notes: tuple[str, ...] = field(default_factory=tuple)

    def describe(self) -> str:
        pytest_from = self.pytest_config or "pytest defaults"
        return (
            f"{len(self.test_modules)} test module(s) ({pytest_from}), "
            f"{len(self.source_files)} source file(s), lint: {self.lint_source}"
        )


# -- reading configuration ---------------------------------------------------
def _read_config_text(workspace: Workspace, relpath: str) -> str | None:
    if not workspace.is_file(relpath):
        return None
    try:
        return workspace.read_bytes(relpath, limit=CONFIG_LIMIT).decode("utf-8", errors="replace")
    except (OSError, UnsafePath):
        return None


def _read_toml(workspace: Workspace, relpath: str) -> dict | None:
    text = _read_config_text(workspace, relpath)
    if text is None:
        return None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return None


def _read_ini(workspace: Workspace, relpath: str) -> configparser.ConfigParser | None:
    text = _read_config_text(workspace, relpath)
    if text is None:
        return None
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read_string(text, source=relpath)
    except configparser.Error:
        return None
    return parser


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [part for part in re.split(r"[\s,]+", value) if part]
    if isinstance(value, list | tuple):
        return [str(part) for part in value if isinstance(part, str | int | float)]
    return []


def pytest_settings(workspace: Workspace) -> tuple[str, dict[str, object]]:
    """(source, ini options) in pytest's order: pytest.ini, pyproject.toml, tox.ini, setup.cfg."""
    ini = _read_ini(workspace, "pytest.ini")
    if ini is not None:
        # pytest.ini wins even when it has no [pytest] section.
        return "pytest.ini", dict(ini["pytest"]) if ini.has_section("pytest") else {}
    pyproject = _read_toml(workspace, "pyproject.toml")
    if pyproject is not None:
        options = pyproject.get("tool", {}).get("pytest", {})
        if isinstance(options, dict) and isinstance(options.get("ini_options"), dict):
            return "pyproject.toml [tool.pytest.ini_options]", dict(options["ini_options"])
    for name, section in (("tox.ini", "pytest"), ("setup.cfg", "tool:pytest")):
        ini = _read_ini(workspace, name)
        if ini is not None and ini.has_section(section):
            return f"{name} [{section}]", dict(ini[section])
    return "", {}


# -- lint --------------------------------------------------------------------
@functools.lru_cache(maxsize=1)
def ruff_rule_codes() -> frozenset[str]:
    """Every rule code the bundled ruff knows (same version as the sandbox's)."""
    ruff = shutil.which("ruff", path=os.path.dirname(sys.executable)) or shutil.which("ruff")
    if not ruff:
        return frozenset()
    try:
        proc = subprocess.run(
            [ruff, "rule", "--all", "--output-format", "json"], capture_output=True, timeout=30, check=False
        )
        rules = json.loads(proc.stdout)
    except (OSError, subprocess.SubprocessError, ValueError):
        return frozenset()
    return frozenset(r["code"] for r in rules if isinstance(r, dict) and isinstance(r.get("code"), str))


def _ruff_selectors(codes: list[str]) -> list[str]:
    """Keep the flake8 codes/prefixes ruff implements (ruff refuses unknown selectors)."""
    known = ruff_rule_codes()
    kept = []
    for raw in codes:
        code = raw.strip().upper()
        if not re.fullmatch(r"[A-Z]{1,4}[0-9]{0,4}", code):
            continue
        if code == "C90":
            code = "C901"
        if not known or any(rule.startswith(code) for rule in known):
            kept.append(code)
    return sorted(set(kept))


def _flake8_args(section: configparser.SectionProxy) -> list[str]:
    def get(*names: str) -> list[str]:
        for name in names:
            if name in section:
                return _as_list(section[name])
        return []

    select = get("select") or list(FLAKE8_DEFAULT_SELECT)
    select += get("extend-select", "extend_select")
    ignore = get("ignore") if ("ignore" in section) else list(FLAKE8_DEFAULT_IGNORE)
    ignore += get("extend-ignore", "extend_ignore")
    args = ["--isolated", "--select", ",".join(_ruff_selectors(select) or list(DEFAULT_LINT_SELECT))]
    ignored = _ruff_selectors(ignore)
    if ignored:
        args += ["--ignore", ",".join(ignored)]
    length = (section.get("max-line-length") or section.get("max_line_length") or "").strip()
    if length.isdigit() and 1 <= int(length) <= 320:
        args += ["--line-length", length]
    complexity = (section.get("max-complexity") or section.get("max_complexity") or "").strip()
    if complexity.isdigit():
        args += ["--config", f"lint.mccabe.max-complexity = {int(complexity)}"]
    excludes = [p.strip() for p in _as_list(section.get("exclude", "")) if p.strip() and "=" not in p]
    if excludes:
        args += ["--extend-exclude", ",".join(excludes)]
    return args


def lint_settings(workspace: Workspace) -> tuple[str, list[str], bool]:
    """(source description, args for `ruff check`, is_default)."""
    pyproject = _read_toml(workspace, "pyproject.toml")
    if pyproject is not None and isinstance(pyproject.get("tool", {}).get("ruff"), dict):
        return "ruff settings in pyproject.toml", [], False
    for name in ("ruff.toml", ".ruff.toml"):
        if workspace.is_file(name):
            return f"ruff settings in {name}", [], False
    for name in (".flake8", "setup.cfg", "tox.ini"):
        ini = _read_ini(workspace, name)
        if ini is not None and ini.has_section("flake8"):
            return f"flake8 settings in {name} (as ruff rules)", _flake8_args(ini["flake8"]), False
    return (
        "default (real errors only: " + ", ".join(DEFAULT_LINT_SELECT) + ")",
        ["--isolated", "--select", ",".join(DEFAULT_LINT_SELECT)],
        True,
    )


# -- tests -------------------------------------------------------------------
def _matches(relpath: str, patterns: list[str]) -> bool:
    name = relpath.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatch(relpath if "/" in p else name, p) for p in patterns)


def _under(relpath: str, directory: str) -> bool:
    directory = directory.strip("/").removeprefix("./")
    return directory in ("", ".") or relpath == directory or relpath.startswith(directory + "/")


def is_test_path(relpath: str, *, patterns: list[str] | tuple[str, ...] = DEFAULT_PYTHON_FILES) -> bool:
    """Test code by convention: test modules, conftest.py, anything inside a tests/ directory."""
    parts = relpath.split("/")
    name = parts[-1]
    if name == "conftest.py" or any(part in TEST_DIR_NAMES for part in parts[:-1]):
        return True
    return _matches(relpath, list(patterns)) or fnmatch.fnmatch(name, UNITTEST_PATTERN)


def discover(workspace: Workspace) -> CheckPlan:
    config_source, options = pytest_settings(workspace)
    patterns = _as_list(options.get("python_files")) or list(DEFAULT_PYTHON_FILES)
    testpaths = [p for p in _as_list(options.get("testpaths")) if p and ".." not in p.split("/")]
    files = [f for f in workspace.iter_files() if f.endswith(".py")]

    def in_testpaths(relpath: str) -> bool:
        return not testpaths or any(_under(relpath, p) for p in testpaths)

    test_modules = [f for f in files if _matches(f, patterns) and in_testpaths(f)]
    pytest_args: list[str] = []
    notes: list[str] = []
    if not test_modules:
        # unittest's default discovery pattern (test*.py) catches e.g. tests.py, which pytest's
        # defaults do not; pytest collects files named on its command line whatever their name.
        unittest_modules = [
            f
            for f in files
            if fnmatch.fnmatch(f.rsplit("/", 1)[-1], UNITTEST_PATTERN) and _mentions_unittest(workspace, f)
        ]
        if unittest_modules:
            test_modules = unittest_modules
            pytest_args = unittest_modules
            notes.append("unittest modules passed to pytest explicitly")
    if not test_modules:
        shown = ", ".join(patterns)
        where = f" under {', '.join(testpaths)}" if testpaths else ""
        raise NoChecksFound(
            f"no tests found: no file matches pytest's python_files ({shown}){where}, "
            f"and no unittest module matches {UNITTEST_PATTERN}"
        )
    test_files = frozenset(
        f for f in workspace.iter_files() if f in test_modules or is_test_path(f, patterns=patterns)
    ) | frozenset(test_modules)
    # Anything under testpaths is test code too (helpers, fixtures, data).
    if testpaths:
        test_files |= frozenset(
            f for f in files if any(_under(f, p) for p in testpaths if p not in ("", "."))
        )
    source_files = tuple(f for f in files if f not in test_files)
    lint_source, lint_args, lint_default = lint_settings(workspace)
    return CheckPlan(
        test_modules=tuple(test_modules),
        test_files=test_files,
        source_files=source_files,
        pytest_args=tuple(pytest_args),
        pytest_config=config_source,
        lint_args=tuple(lint_args),
        lint_source=lint_source,
        lint_default=lint_default,
        notes=tuple(notes),
    )


def _mentions_unittest(workspace: Workspace, relpath: str) -> bool:
    try:
        text = workspace.read_bytes(relpath, limit=CONFIG_LIMIT * 4).decode("utf-8", errors="replace")
    except (OSError, UnsafePath):
        return False
    return "unittest" in text or re.search(r"^\s*def test", text, re.M) is not None
