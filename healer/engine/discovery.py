"""Find a repository's checks from its own files and configuration, never from fixed paths.

Tests: pytest's conventions, read from the repository's pytest configuration the
way pytest finds it (`locate_config` in pytest's findpaths.py: pytest.toml,
.pytest.toml, pytest.ini, .pytest.ini, pyproject.toml, tox.ini, setup.cfg, the
first that holds pytest settings wins, an empty pytest.ini too; a pyproject.toml
without them is the config file only when nothing else is); unittest-style
`test*.py` files are run through pytest too.

Test code — never edited — is what pytest would collect as a test module (its
`python_files` patterns), `conftest.py`, and every file of a test directory (one
named like `tests`, or a non-package directory holding test modules). Files under
`testpaths` are not test code for being there: real projects point testpaths at
the package itself (`pkg/` with `pkg/tests/` inside).

Lint: the repository's ruff configuration as is, or its flake8 settings translated
to a ruff selection, or (when there is none) only rules whose findings are
certainly errors: the project's own CI runs no linter then, so nothing that is
merely style may decide whether its checks pass.

Everything here reads text through `Workspace`; nothing of the repository is
imported or executed on the host.
"""

from __future__ import annotations

import ast
import configparser
import fnmatch
import functools
import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass, field

from healer.engine.types import NoChecksFound
from healer.engine.workspace import UnsafePath, Workspace, clean_relpath

DEFAULT_PYTHON_FILES = ("test_*.py", "*_test.py")
# A module name no test-naming pattern matches: a pattern matching it is a catch-all.
CATCH_ALL_PROBE = "z.py"
DEFAULT_NORECURSEDIRS = ("*.egg", ".*", "_darcs", "build", "CVS", "dist", "node_modules", "venv", "{arch}")
UNITTEST_PATTERN = "test*.py"
# Directory names that hold tests by convention (tests/, test/, testing/, unit_tests/, tests_e2e/...).
TEST_DIR_RE = re.compile(r"^(tests?|testing)$|^tests?_|_tests?$", re.IGNORECASE)
# Without a lint configuration: only findings that fail whenever the code runs or compiles —
# syntax errors (E9 and pyflakes' compile-time errors), undefined names, format strings
# that raise. Unused imports and the like are style: they never decide PASSED/FAILED there
# (and an import in a package's __init__.py is a re-export, not "unused").
DEFAULT_LINT_SELECT = (
    "E9",
    "F404",
    "F407",
    "F501",
    "F502",
    "F503",
    "F505",
    "F506",
    "F507",
    "F508",
    "F509",
    "F521",
    "F524",
    "F525",
    "F621",
    "F622",
    "F633",
    "F701",
    "F702",
    "F704",
    "F706",
    "F707",
    "F821",
    "F822",
    "F823",
)
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
    pytest_config_file: str = ""  # the configuration file pytest uses (repository-relative), if any
    lint_args: tuple[str, ...] = ()  # arguments after `ruff check`
    lint_source: str = ""  # where the lint selection came from
    lint_default: bool = False  # True: no lint config, findings in test files are not the repo's concern
    notes: tuple[str, ...] = field(default_factory=tuple)
    # Files the build writes that the repository does not hold (setuptools_scm's version file):
    # written into the sandbox before each test run, never into the repository (scm_version_files).
    generated: tuple[tuple[str, str], ...] = ()
    # Directories an editable install (`pip install -e .`) would put on sys.path (a src layout's
    # `src`), repository-relative: on the tests' PYTHONPATH after Healer's support dir (import_roots).
    import_roots: tuple[str, ...] = ()
    import_roots_source: str = ""  # what named them (packaging metadata, or "a package under src/")

    def describe(self) -> str:
        pytest_from = self.pytest_config or "pytest defaults"
        roots = (
            f", import roots: {', '.join(self.import_roots)} ({self.import_roots_source})"
            if self.import_roots
            else ""
        )
        return (
            f"{len(self.test_modules)} test module(s) ({pytest_from}), "
            f"{len(self.source_files)} source file(s), lint: {self.lint_source}{roots}"
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
    except (tomllib.TOMLDecodeError, RecursionError):  # tomllib recurses into nested arrays and tables
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


def _toml_pytest_options(document: dict, *, dedicated: bool) -> tuple[dict, str] | None:
    """pytest's options in a TOML document and the table they came from, or None."""
    if dedicated:  # pytest.toml: the [pytest] table, and the file counts even without one
        table = document.get("pytest")
        return (dict(table) if isinstance(table, dict) else {}), "[pytest]"
    tool = document.get("tool", {})
    table = tool.get("pytest") if isinstance(tool, dict) else None
    if not isinstance(table, dict):
        return None
    native = {key: value for key, value in table.items() if key != "ini_options"}
    if native:
        return native, "[tool.pytest]"  # pytest 9's native TOML table
    ini = table.get("ini_options")
    return (dict(ini), "[tool.pytest.ini_options]") if isinstance(ini, dict) else None


# pytest's candidates in its precedence order (`CONFIG_LOADERS_BY_NAME`): how each is read,
# its section, and whether it counts even without pytest settings (pytest.toml/.ini do).
PYTEST_CONFIG_FILES = (
    ("pytest.toml", "toml", "pytest", True),
    (".pytest.toml", "toml", "pytest", True),
    ("pytest.ini", "ini", "pytest", True),
    (".pytest.ini", "ini", "pytest", True),
    ("pyproject.toml", "toml", "tool.pytest", False),
    ("tox.ini", "ini", "pytest", False),
    ("setup.cfg", "ini", "tool:pytest", False),
)


def _pytest_options_in(
    workspace: Workspace, name: str, kind: str, section: str, always: bool
) -> tuple[dict, str] | None:
    if kind == "toml":
        document = _read_toml(workspace, name)
        return None if document is None else _toml_pytest_options(document, dedicated=always)
    parser = _read_ini(workspace, name)
    if parser is None:
        return None
    if parser.has_section(section):
        return dict(parser[section]), f"[{section}]"
    return ({}, "") if always else None


def pytest_settings(workspace: Workspace) -> tuple[str, dict[str, object], str]:
    """(description, ini options, config file) as pytest finds them at the repository root.

    The first candidate holding pytest settings wins; when none does, a pyproject.toml is
    still the config file (pytest >= 8.1), with no options. Unreadable files are skipped.
    """
    for name, kind, section, always in PYTEST_CONFIG_FILES:
        found = _pytest_options_in(workspace, name, kind, section, always)
        if found is None:
            continue
        options, table = found
        described = name if always else f"{name} {table}"
        return described, options, name
    if _read_toml(workspace, "pyproject.toml") is not None:
        return "", {}, "pyproject.toml"
    return "", {}, ""


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
    complexity = (section.get("max-complexity") or section.get("max_complexity") or "").strip()
    if not complexity.isdigit():
        # flake8's mccabe reports C901 only when max-complexity is set (its default, -1, is off);
        # ruff would apply its own default of 10 to a selected C901.
        ignored = sorted({*ignored, "C901"})
    if ignored:
        args += ["--ignore", ",".join(ignored)]
    length = (section.get("max-line-length") or section.get("max_line_length") or "").strip()
    if length.isdigit() and 1 <= int(length) <= 320:
        args += ["--line-length", length]
    if complexity.isdigit():
        args += ["--config", f"lint.mccabe.max-complexity = {int(complexity)}"]
    excludes = [p.strip() for p in _as_list(section.get("exclude", "")) if p.strip() and "=" not in p]
    if excludes:
        args += ["--extend-exclude", ",".join(excludes)]
    per_file = _flake8_per_file_ignores(
        " ".join(
            section.get(name, "")
            for name in ("per-file-ignores", "per_file_ignores", "extend-per-file-ignores")
        )
    )
    if per_file:
        # TOML basic strings take JSON's escapes, so json.dumps quotes each pattern and code safely.
        table = ", ".join(
            f"{json.dumps(pattern)} = [{', '.join(json.dumps(c) for c in codes)}]"
            for pattern, codes in per_file
        )
        args += ["--config", f"lint.per-file-ignores = {{{table}}}"]
    return args


_FLAKE8_CODE = re.compile(r"[A-Z]{1,4}[0-9]{0,4}")


def _flake8_per_file_ignores(value: str) -> list[tuple[str, list[str]]]:
    """flake8's `per-file-ignores` (`pattern[, pattern]: CODE[, CODE]` pairs, whitespace or comma separated).

    Parsed as flake8's `parse_files_to_codes_mapping` does: names are gathered until a colon, then codes
    until a token that is not a code starts the next names. Without it, a project whose released code relies
    on an exemption (long lines in one generated table) fails its own lint before Healer changes anything.
    Codes ruff does not implement are dropped, as for `ignore`; ruff matches each pattern against the path
    and the file name, as flake8 does.
    """
    pairs: list[tuple[str, list[str]]] = []
    names: list[str] = []
    codes: list[str] = []
    seen_colon = False
    for token in re.findall(r"[^\s,:]+|:", value):
        if token == ":":
            seen_colon = True
            continue
        if seen_colon and _FLAKE8_CODE.fullmatch(token):
            codes.append(token)
            continue
        if seen_colon:  # a name after codes: the previous pair is complete
            pairs += [(name, _ruff_selectors(codes)) for name in names]
            names, codes, seen_colon = [], [], False
        names.append(token)
    if seen_colon:
        pairs += [(name, _ruff_selectors(codes)) for name in names]
    return [(name.removeprefix("./"), kept) for name, kept in pairs if kept]


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
    """pytest's `fnmatch_ex`: a pattern without a slash matches the file name, else the path's end."""
    name = relpath.rsplit("/", 1)[-1]
    return any(
        fnmatch.fnmatch(name, p) if "/" not in p else fnmatch.fnmatch("/" + relpath, "*/" + p.lstrip("/"))
        for p in patterns
    )


def _glob_match(relpath: str, pattern: str) -> bool:
    """glob semantics for one path: `*` stays within a component, `**` spans components."""
    parts, globs = relpath.split("/"), [g for g in pattern.strip("/").split("/") if g not in ("", ".")]

    def match(i: int, j: int) -> bool:
        if j == len(globs):
            return i == len(parts)
        if globs[j] == "**":
            return any(match(k, j + 1) for k in range(i, len(parts) + 1))
        return i < len(parts) and fnmatch.fnmatchcase(parts[i], globs[j]) and match(i + 1, j + 1)

    return match(0, 0) if globs else True


def _testpath_roots(paths: list[str], testpaths: list[str]) -> list[str] | None:
    """The directories and files testpaths name (globbed, as pytest does); None: not restricted.

    pytest searches from the current directory instead when testpaths match nothing.
    """
    if not testpaths or any(p.strip("/") in ("", ".") for p in testpaths):
        return None
    candidates = set(paths)
    for path in paths:
        parts = path.split("/")
        candidates.update("/".join(parts[:i]) for i in range(1, len(parts)))
    roots = sorted({c for c in candidates for pattern in testpaths if _glob_match(c, pattern)})
    return roots or None


def _under(relpath: str, directory: str) -> bool:
    return relpath == directory or relpath.startswith(directory + "/")


def _recursed_into(relpath: str, norecurse: list[str]) -> bool:
    """False when a directory on the way matches norecursedirs (pytest never enters it)."""
    return not any(_matches(part, norecurse) for part in relpath.split("/")[:-1])


def _subject(module: str, patterns: list[str] | tuple[str, ...]) -> str | None:
    """The module a test module is named after (`code/test_png.py` -> `code/png.py`), if any.

    The naming convention of test-to-code traceability (Van Rompaey and Demeyer, "Establishing
    traceability links between unit test cases and units under test", CSMR 2009): the part of
    the file name that the python_files pattern's one wildcard stands for.
    """
    directory, _, name = module.rpartition("/")
    for pattern in patterns:
        if "/" in pattern or pattern.count("*") != 1:
            continue
        head, tail = pattern.split("*")
        if name.startswith(head) and name.endswith(tail) and len(name) > len(head) + len(tail):
            stem = name[len(head) : len(name) - len(tail)]
            return posixpath.join(directory, stem.removesuffix(".py") + ".py")
    return None


def _test_directories(
    files: list[str], test_modules: list[str], patterns: list[str] | tuple[str, ...]
) -> set[str]:
    """Directories whose every file is test code.

    By name (tests/, test/, testing/, *_tests/ ...) anywhere in the tree, and directories
    that hold test modules but are neither packages nor hold the module a test module is named
    after: a package next to its own test module (`pkg/core.py` beside `pkg/test_core.py`), or a
    plain directory of modules with their tests beside them (`code/png.py` beside
    `code/test_png.py`), is code under repair, not test code.
    """
    directories = {f.rsplit("/", 1)[0] for f in files if "/" in f}
    tests = set()
    for directory in directories:
        if any(TEST_DIR_RE.search(part) for part in directory.split("/")):
            tests.add(directory)
    packages = {f.rsplit("/", 1)[0] for f in files if f.endswith("/__init__.py")}
    present = set(files)
    subjects = ({_subject(module, patterns) for module in test_modules} & present) - set(test_modules)
    code_dirs = packages | {s.rsplit("/", 1)[0] for s in subjects if "/" in s}
    for module in test_modules:
        directory = module.rsplit("/", 1)[0] if "/" in module else ""
        if directory and directory not in code_dirs:
            tests.add(directory)
    return tests


def is_test_path(
    relpath: str,
    *,
    patterns: list[str] | tuple[str, ...] = DEFAULT_PYTHON_FILES,
    test_dirs: set[str] = frozenset(),
) -> bool:
    """Test code: a file named like a test module or conftest.py, or one inside a test directory."""
    name = relpath.rsplit("/", 1)[-1]
    if name == "conftest.py" or _matches(relpath, list(patterns)):
        return True
    if fnmatch.fnmatch(name, UNITTEST_PATTERN):
        return True
    parts = relpath.split("/")[:-1]
    return any("/".join(parts[: i + 1]) in test_dirs for i in range(len(parts)))


# Where a repository names the commands its checks run: tox, make, nox, pre-commit and CI workflows.
CHECK_COMMAND_FILES = ("tox.ini", "Makefile", "noxfile.py", ".pre-commit-config.yaml", "setup.cfg")
CHECK_WORKFLOW_DIR = ".github/workflows/"
# `python tools/check.py`, `python3 -m tools.check`, `pytest tools/check.py`: a script a check runs directly.
SCRIPT_RUN_RE = re.compile(
    r"\b(?:python[0-9.]*|pytest|coverage run)[ \t]+(?:-(?!m\b)[A-Za-z]+[ \t]+)*(?P<module>-m[ \t]+)?(?P<target>[\w./-]+)"
)
ASSERTION_MODULE_MIN = 3  # asserts in all: one or two are a library's invariants


def check_scripts(workspace: Workspace, files: list[str]) -> frozenset[str]:
    """Python files of the repository that a check command names to run (tox, make, CI workflows)."""
    known = {f for f in files if f.endswith(".py")}
    sources = [*CHECK_COMMAND_FILES, *(f for f in files if f.startswith(CHECK_WORKFLOW_DIR))]
    found: set[str] = set()
    for source in sources:
        for match in SCRIPT_RUN_RE.finditer(_read_config_text(workspace, source) or ""):
            target = match.group("target").removeprefix("./")
            path = target.replace(".", "/") + ".py" if match.group("module") else target
            if path in known and posixpath.basename(path) != "setup.py":  # a build script, not a check
                found.add(path)
    return frozenset(found)


def assertion_modules(workspace: Workspace, files: list[str]) -> frozenset[str]:
    """Modules that are checks written as assertions: asserts at their top level, or in most of their functions.

    A library asserts an invariant here and there; a module whose top level asserts, or where most
    functions are assertion suites (`def check_goldens(): assert slug('a') == 'a' ...`), is a test
    that pytest does not collect by name. Only its text is read (never imported).
    """
    found: set[str] = set()
    for file in files:
        try:
            text = workspace.read_bytes(file, limit=CONFIG_LIMIT).decode("utf-8", errors="replace")
        except (OSError, UnsafePath):
            continue
        if text.count("assert") < ASSERTION_MODULE_MIN:
            continue
        try:
            tree = ast.parse(text)
        except (SyntaxError, ValueError, RecursionError):
            continue
        if _top_level_asserts(tree) >= ASSERTION_MODULE_MIN:
            found.add(file)
            continue
        functions = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
        suites = [f for f in functions if _assertion_suite(f)]
        if suites and 2 * len(suites) >= len(functions):
            found.add(file)
    return frozenset(found)


def _own_statements(node: ast.AST) -> list[ast.stmt]:
    """The statements of a module or function body, nested blocks included, nested defs and classes not."""
    found: list[ast.stmt] = []
    todo = list(getattr(node, "body", []))
    while todo:
        stmt = todo.pop()
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        found.append(stmt)
        for field_name in ("body", "orelse", "finalbody", "handlers"):
            todo += [s for s in getattr(stmt, field_name, []) if isinstance(s, (ast.stmt, ast.excepthandler))]
    return [s for s in found if isinstance(s, ast.stmt)]


def _top_level_asserts(tree: ast.Module) -> int:
    return sum(isinstance(stmt, ast.Assert) for stmt in _own_statements(tree))


def _assertion_suite(func: ast.AST) -> bool:
    """Two asserts or more, and a third of the function's statements or no value returned: it checks,
    it does not compute."""
    statements = _own_statements(func)
    asserts = sum(isinstance(stmt, ast.Assert) for stmt in statements)
    returns = any(isinstance(stmt, ast.Return) and stmt.value is not None for stmt in statements)
    return asserts >= 2 and (3 * asserts >= len(statements) or not returns)


def _naming_patterns(patterns: list[str]) -> list[str]:
    """The python_files patterns that name test modules: a catch-all (`*.py`) names none.

    A pattern that matches any module name says where pytest looks, not which files are tests;
    without a naming pattern left, pytest's defaults name them.
    """
    naming = [p for p in patterns if not fnmatch.fnmatch(CATCH_ALL_PROBE, p.rsplit("/", 1)[-1])]
    if len(naming) == len(patterns):
        return patterns
    return naming or list(DEFAULT_PYTHON_FILES)


def _collected_modules(files: list[str], options: dict) -> tuple[list[str], list[str]]:
    """(test modules pytest collects, the testpaths it searches)."""
    patterns = _as_list(options.get("python_files")) or list(DEFAULT_PYTHON_FILES)
    norecurse = _as_list(options.get("norecursedirs")) or list(DEFAULT_NORECURSEDIRS)
    testpaths = [p for p in _as_list(options.get("testpaths")) if p and ".." not in p.split("/")]
    roots = _testpath_roots(files, testpaths)
    modules = [
        f
        for f in files
        if _matches(f, patterns)
        and _recursed_into(f, norecurse)
        and (roots is None or any(_under(f, root) for root in roots))
    ]
    return modules, testpaths if roots is not None else []


def _unittest_modules(workspace: Workspace, files: list[str]) -> list[str]:
    # unittest's default discovery pattern (test*.py) catches e.g. tests.py, which pytest's
    # defaults do not; pytest collects files named on its command line whatever their name.
    return [
        f
        for f in files
        if fnmatch.fnmatch(posixpath.basename(f), UNITTEST_PATTERN) and _mentions_unittest(workspace, f)
    ]


def discover(workspace: Workspace) -> CheckPlan:
    config_source, options, config_file = pytest_settings(workspace)
    patterns = _as_list(options.get("python_files")) or list(DEFAULT_PYTHON_FILES)
    all_files = list(workspace.iter_files())
    files = [f for f in all_files if f.endswith(".py")]
    test_modules, testpaths = _collected_modules(files, options)
    pytest_args: list[str] = []
    notes: list[str] = []
    if not test_modules:
        test_modules = _unittest_modules(workspace, files)
        if test_modules:
            pytest_args = list(test_modules)
            notes.append("unittest modules passed to pytest explicitly")
    if not test_modules:
        shown = ", ".join(patterns)
        where = f" under {', '.join(testpaths)}" if testpaths else ""
        raise NoChecksFound(
            f"no tests found: no file matches pytest's python_files ({shown}){where}, "
            f"and no unittest module matches {UNITTEST_PATTERN}"
        )
    naming = _naming_patterns(patterns)
    # With a catch-all pattern (`python_files = *.py`) pytest collects every module under its
    # testpaths, but only the ones named like tests, or inside a test directory, are test code:
    # the package's own modules stay code under repair wherever they sit.
    named_modules = test_modules if naming == patterns else [m for m in test_modules if _matches(m, naming)]
    test_dirs = _test_directories(files, named_modules, naming)
    test_files = frozenset(
        f for f in all_files if is_test_path(f, patterns=naming, test_dirs=test_dirs)
    ) | frozenset(named_modules)
    # Checks that are not named like tests are tests all the same: a script a check command runs, and
    # a module made of assertions (`tools/check_api.py`, imported by a test). Editing one makes the
    # checks pass by changing what they check.
    test_files |= check_scripts(workspace, all_files) | assertion_modules(
        workspace, [f for f in files if f not in test_files]
    )
    source_files = tuple(f for f in files if f not in test_files)
    lint_source, lint_args, lint_default = lint_settings(workspace)
    roots, roots_source = import_roots(workspace, files=files, pytest_options=options)
    if roots:
        notes.append(
            f"src layout: {', '.join(roots)} on the tests' PYTHONPATH ({roots_source}), as the project's "
            "`pip install -e .` would expose it"
        )
    generated = scm_version_files(workspace)
    if generated:
        notes.append(
            "the build writes "
            + ", ".join(path for path, _ in generated)
            + " (setuptools_scm), which the repository does not hold: written in the sandbox for the tests"
        )
    return CheckPlan(
        test_modules=tuple(test_modules),
        test_files=test_files,
        source_files=source_files,
        pytest_args=tuple(pytest_args),
        pytest_config=config_source,
        pytest_config_file=config_file,
        lint_args=tuple(lint_args),
        lint_source=lint_source,
        lint_default=lint_default,
        notes=tuple(notes),
        generated=generated,
        import_roots=roots,
        import_roots_source=roots_source,
    )


# -- import roots (src layout) -------------------------------------------------
# Real CI installs the project (`pip install -e .`) before its tests; Healer installs only its
# dependencies, never the untrusted project itself. What an editable install adds for the tests is
# the directory its packages live in (`src` of a src layout) on sys.path: discovery names it from
# the project's packaging metadata, and the runner puts it on the tests' PYTHONPATH instead.
SRC_DIR = "src"
MAX_IMPORT_ROOTS = 4
_IDENTIFIER = re.compile(r"^[A-Za-z_]\w*$")
# setup.py, read as text: `package_dir={"": "src"}`, `find_packages("src")`, `find_packages(where="src")`.
SETUP_PY_ROOT_RE = re.compile(
    r"""package_dir\s*=\s*\{\s*(?:''|"")\s*:\s*['"]([\w./-]+)['"]"""
    r"""|find_(?:namespace_)?packages\(\s*(?:where\s*=\s*)?['"]([\w./-]+)['"]"""
)


def import_roots(
    workspace: Workspace, *, files: list[str], pytest_options: dict
) -> tuple[tuple[str, ...], str]:
    """(directories an editable install would put on sys.path, what named them); ((), "") for none.

    Named by the packaging metadata where it says where packages live (setuptools' `package-dir`
    and `packages.find.where` in pyproject.toml, setup.cfg or setup.py; hatch's wheel `packages`
    and `sources`; poetry's `packages` `from`; pdm's `package-dir`), else a plain `src/` holding a
    package that no top-level package of the same name shadows (setuptools' and flit's automatic
    src-layout discovery). A root must hold Python code; the repository root itself is never one
    (`python -m pytest` already puts it first). A project that sets pytest's own `pythonpath` has
    said what its tests import from: nothing is added.
    """
    if _as_list(pytest_options.get("pythonpath")):
        return (), ""
    declared, source = _declared_roots(workspace)
    if declared is not None:
        holding = _code_directories(files)
        roots = tuple(root for root in declared if root in holding)[:MAX_IMPORT_ROOTS]
        return (roots, source) if roots else ((), "")
    if workspace.is_dir(SRC_DIR) and f"{SRC_DIR}/__init__.py" not in files:
        top = {f.removesuffix(".py").removesuffix("/__init__") for f in files if f.count("/") <= 1}
        packages = {
            f.split("/")[1]
            for f in files
            if f.count("/") == 2 and f.startswith(SRC_DIR + "/") and f.endswith("/__init__.py")
        }
        if any(_IDENTIFIER.match(name) and name not in top for name in packages):
            return (SRC_DIR,), f"a package under {SRC_DIR}/"
    return (), ""


def _code_directories(files: list[str]) -> set[str]:
    """Every directory holding Python code at any depth: one pass over the files, so a long list of
    declared roots costs a look-up each, not a scan of the repository each."""
    found: set[str] = set()
    for file in files:
        directory = posixpath.dirname(file)
        while directory and directory not in found:
            found.add(directory)
            directory = posixpath.dirname(directory)
    return found


def _clean_root(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    try:
        root = clean_relpath(value.strip().rstrip("/"))
    except UnsafePath:
        return None
    # ":" separates PYTHONPATH entries and has no escape there: such a root would name other directories.
    return root if root not in ("", ".") and ":" not in root else None


def _declared_roots(workspace: Workspace) -> tuple[list[str] | None, str]:
    """(roots the metadata declares, where) — None when no metadata says where packages live;
    an empty list when it does and names only the repository root (a flat layout)."""
    found: list[tuple[list[str], str]] = []
    pyproject = _read_toml(workspace, "pyproject.toml")
    if pyproject is not None:
        found += _pyproject_roots(pyproject)
    setup_cfg = _read_ini(workspace, "setup.cfg")
    if setup_cfg is not None:
        found += _setup_cfg_roots(setup_cfg)
    setup_py = _read_config_text(workspace, "setup.py") or ""
    named = [a or b for a, b in SETUP_PY_ROOT_RE.findall(setup_py)]
    if named:
        found.append((named, "setup.py package_dir/find_packages"))
    if not found:
        return None, ""
    roots: dict[str, None] = {}  # ordered, and a look-up per value
    for values, _ in found:
        for value in values:
            root = _clean_root(value)
            if root is not None and root not in roots and _is_dir(workspace, root):
                roots[root] = None
    return list(roots), ", ".join(dict.fromkeys(where for _, where in found))


def _is_dir(workspace: Workspace, root: str) -> bool:
    # A name the file system refuses (ENAMETOOLONG) raises from Workspace.is_dir: it names no directory.
    try:
        return workspace.is_dir(root)
    except OSError:
        return False


def _table(document: dict, *keys: str) -> dict:
    for key in keys:
        document = document.get(key) if isinstance(document, dict) else None
    return document if isinstance(document, dict) else {}


def _mapped_parents(mapping: dict) -> list[str]:
    """The roots of a package-dir mapping: `"" = "src"`, or `pkg = "src/pkg"` (whose parent is the
    root an editable install exposes `pkg` from)."""
    roots = []
    for name, path in mapping.items():
        if not isinstance(name, str) or not isinstance(path, str):
            continue
        if name == "":
            roots.append(path)
        elif "." not in name and posixpath.basename(path.rstrip("/")) == name:
            roots.append(posixpath.dirname(path.rstrip("/")) or ".")
    return roots


def _pyproject_roots(document: dict) -> list[tuple[list[str], str]]:
    found: list[tuple[list[str], str]] = []
    setuptools = _table(document, "tool", "setuptools")
    package_dir = setuptools.get("package-dir")
    if isinstance(package_dir, dict) and package_dir:
        found.append((_mapped_parents(package_dir), "pyproject.toml [tool.setuptools] package-dir"))
    where = _table(setuptools, "packages", "find").get("where")
    if where is not None:
        found.append((_as_list(where), "pyproject.toml [tool.setuptools.packages.find] where"))
    hatch = _table(document, "tool", "hatch", "build")
    for table, name in (
        (_table(hatch, "targets", "wheel"), "[tool.hatch.build.targets.wheel]"),
        (hatch, "[tool.hatch.build]"),
    ):
        packages = table.get("packages")
        if isinstance(packages, list) and packages:
            parents = [posixpath.dirname(p.rstrip("/")) or "." for p in packages if isinstance(p, str)]
            found.append((parents, f"pyproject.toml {name} packages"))
        sources = table.get("sources")
        if isinstance(sources, list) and sources:
            found.append((_as_list(sources), f"pyproject.toml {name} sources"))
        elif isinstance(sources, dict) and sources:
            kept = [prefix for prefix, to in sources.items() if to == ""]
            found.append((kept, f"pyproject.toml {name} sources"))
    poetry = _table(document, "tool", "poetry").get("packages")
    if isinstance(poetry, list) and poetry:
        froms = [p.get("from", ".") for p in poetry if isinstance(p, dict)]
        found.append(([f for f in froms if isinstance(f, str)], "pyproject.toml [tool.poetry] packages"))
    pdm = _table(document, "tool", "pdm", "build").get("package-dir")
    if isinstance(pdm, str):
        found.append(([pdm], "pyproject.toml [tool.pdm.build] package-dir"))
    return found


def _setup_cfg_roots(parser: configparser.ConfigParser) -> list[tuple[list[str], str]]:
    found: list[tuple[list[str], str]] = []
    if parser.has_option("options", "package_dir"):
        mapping = {}
        for line in parser.get("options", "package_dir").splitlines():
            name, sep, path = line.partition("=")
            if sep:
                mapping[name.strip()] = path.strip()
        if mapping:
            found.append((_mapped_parents(mapping), "setup.cfg [options] package_dir"))
    if parser.has_option("options.packages.find", "where"):
        found.append(
            (
                _as_list(parser.get("options.packages.find", "where")),
                "setup.cfg [options.packages.find] where",
            )
        )
    return found


# setuptools_scm's `write_to` / `version_file` (setup.py's use_scm_version={...}, pyproject.toml's
# [tool.setuptools_scm]) and hatch-vcs's `version-file`: a module the build writes, often ignored by
# Git, that the package imports (`from .version import version`).
SCM_FILE = re.compile(
    r"""['"]?(?:write_to|version_file|version-file)['"]?\s*[:=]\s*"""
    # One `\s*` between parts (`\s*,?\s*` split each run of blanks every way: 20 blanks in a
    # hostile setup.py backtracked for 97 s, round 48's review).
    r"""(?:os\.path\.join\(\s*((?:['"][\w.\-/]+['"]\s*(?:,\s*)?){1,6})\)|['"]([\w.\-/]+)['"])"""
)
SCM_CONFIGS = ("setup.py", "pyproject.toml", "setup.cfg")
MAX_GENERATED = 3


def scm_version_files(workspace: Workspace) -> tuple[tuple[str, str], ...]:
    """(path, text) of each version module the repository's build writes with setuptools_scm (or
    hatch-vcs) and the repository lacks: a checkout that is not installed has no such file, and
    the package's `from .version import version` fails in every test (pyvo, round 48: pytest's
    `filterwarnings` imports the package for a warning class and stopped before collecting). The
    text is the one setuptools_scm's default template writes, with the version the repository's
    PKG-INFO gives (an sdist), else 0.0.0."""
    found: list[tuple[str, str]] = []
    for config in SCM_CONFIGS:
        text = _read_config_text(workspace, config)
        if not text or ("scm" not in text and "vcs" not in text):
            continue
        for match in SCM_FILE.finditer(text):
            if match.group(1):
                parts = re.findall(r"['\"]([\w.\-/]+)['\"]", match.group(1))
                path = "/".join(part.strip("/") for part in parts)
            else:
                path = match.group(2)
            try:
                path = clean_relpath(path)
            except UnsafePath:
                continue
            if not path.endswith(".py") or not _absent(workspace, path) or any(path == p for p, _ in found):
                continue
            found.append((path, _version_module(workspace)))
            if len(found) >= MAX_GENERATED:
                return tuple(found)
    return tuple(found)


def _absent(workspace: Workspace, path: str) -> bool:
    """Whether nothing is at `path` and every directory above it that exists is a real one: the
    repository's own symlink or directory of that name is never replaced in the sandbox, and a
    symlinked directory is never written through (round 48's review)."""
    parts = path.split("/")
    for depth in range(1, len(parts)):
        parent = "/".join(parts[:depth])
        if workspace.is_dir(parent):
            continue
        try:
            os.lstat(workspace.root.joinpath(*parts[:depth]))
        except FileNotFoundError:
            return True  # the build makes the directories too
        except OSError:
            return False
        return False  # a symlink or a file where a directory should be
    try:
        os.lstat(workspace.root.joinpath(*parts))
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return False


def _version_module(workspace: Workspace) -> str:
    info = _read_config_text(workspace, "PKG-INFO") or ""
    match = re.search(r"^Version:\s*([\w.+\-!]+)\s*$", info, re.MULTILINE)
    version = match.group(1) if match else "0.0.0"
    # ASCII digits of a bounded length only: int() refuses "²" and more than 4,300 digits.
    numbers = tuple(
        int(part) if part.isascii() and part.isdigit() and len(part) <= 18 else part
        for part in re.split(r"[.+\-]", version)
        if part
    )
    return (
        "# Written by Healer in the sandbox only: the build (setuptools_scm) writes this file.\n"
        f"__version__ = version = {version!r}\n"
        f"__version_tuple__ = version_tuple = {numbers!r}\n"
    )


def _mentions_unittest(workspace: Workspace, relpath: str) -> bool:
    try:
        text = workspace.read_bytes(relpath, limit=CONFIG_LIMIT * 4).decode("utf-8", errors="replace")
    except (OSError, UnsafePath):
        return False
    return "unittest" in text or re.search(r"^\s*def test", text, re.M) is not None
