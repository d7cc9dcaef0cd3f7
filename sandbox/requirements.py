"""What a repository declares it needs, read on the host under a strict policy.

Sources (runtime first, then test):

- runtime: `requirements.txt` (root or `requirements/base.txt` and friends),
  `[project] dependencies` in pyproject.toml, `install_requires` in setup.cfg
  or (when written as literals) setup.py;
- test: `requirements-test*.txt` / `requirements-dev*.txt` /
  `test-requirements.txt` (and the same names under `requirements/`), the
  extras and PEP 735 dependency groups named test/tests/testing/dev,
  Poetry's `[tool.poetry.group.<test group>.dependencies]` (and its older
  `dev-dependencies`), `tests_require`, and the `deps` / `extras` of tox's `[testenv]`.
  Poetry's own runtime table, `[tool.poetry.dependencies]`, counts as runtime.

Policy: only named requirements (PEP 508 name, extras, version specifiers,
markers) reach pip. Every option line (`--index-url`, `-f`, `--trusted-host`,
...), URL, VCS and path requirement and environment-variable reference is
refused and reported with its file and line. `-r`/`-c` includes are followed
only inside the repository (no absolute path, no `..`, no symlink). The
project itself (`-e .`, `.[test]`, its own name) is never installed — the
repository is not in this phase — but the extras it names are expanded.

Pure functions of the workspace: no Docker, no Django, no network.
"""

from __future__ import annotations

import ast
import configparser
import re
import shlex
import tomllib
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from packaging.requirements import InvalidRequirement, Requirement
from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.utils import canonicalize_name

from healer.engine.workspace import UnsafePath, clean_relpath

if TYPE_CHECKING:
    from healer.engine.workspace import Workspace

MAX_FILE = 256 * 1024
MAX_FILES = 40
MAX_DEPTH = 5
MAX_REQUIREMENTS = 500
TEST_GROUPS = ("test", "tests", "testing", "dev")
_GROUP_NAMES = frozenset(TEST_GROUPS)
# Requirement files of tools that the checks do not need: not installed.
_SKIPPED_FILE = re.compile(r"(^|[-_.])(docs?|lint|typing|mypy|release|publish|build|bench\w*)([-_.]|$)", re.I)
_ROOT_RUNTIME = re.compile(r"^requirements\.(txt|in)$", re.I)
_ROOT_TEST = re.compile(
    r"^(requirements[-_.][\w.-]+|(dev|test|tests|testing)[-_.]requirements[\w.-]*)\.(txt|in)$", re.I
)
_DIR_RUNTIME = re.compile(
    r"^(base|common|main|prod|production|runtime|install|requirements)\.(txt|in)$", re.I
)
_DIR_TEST = re.compile(r"^[\w.-]+\.(txt|in)$", re.I)
_COMMENT = re.compile(r"(^|\s+)#.*$")
_SELF = re.compile(r"^(file:)?\.(/)?(\[(?P<extras>[^\]]*)\])?$")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)
_VCS = re.compile(r"^(git|hg|svn|bzr)\+", re.I)
_ARCHIVE = re.compile(r"\.(whl|zip|tar|tgz|tbz|txz|tlz|tar\.gz|tar\.bz2|tar\.xz|tar\.lz|tar\.lzma)$", re.I)
_TOX_FACTOR = re.compile(r"^[\w{},.!-]+:\s")
_TOX_REF = re.compile(r"\{\[(?P<section>[^\]]+)\](?P<key>[\w-]+)\}")


class Kind(StrEnum):
    RUNTIME = "runtime"
    TEST = "test"


@dataclass(frozen=True)
class Declared:
    requirement: str  # canonical PEP 508 text, what pip receives
    name: str  # canonical project name
    kind: Kind
    source: str  # "requirements.txt:3", "pyproject.toml [project] dependencies"


@dataclass(frozen=True)
class Refusal:
    source: str
    text: str
    reason: str
    # A runtime dependency that can only come from a URL or VCS: testing
    # without it would mislead the repair, so the phase stops instead.
    fatal: bool = False

    def message(self) -> str:
        shown = self.text if len(self.text) <= 120 else self.text[:117] + "..."
        return f"{self.source}: refused `{shown}`: {self.reason}"


@dataclass
class Declarations:
    requirements: list[Declared] = field(default_factory=list)
    constraints: list[Declared] = field(default_factory=list)
    refusals: list[Refusal] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    @property
    def fatal(self) -> list[Refusal]:
        return [r for r in self.refusals if r.fatal]


class _Reader:
    """Collects declarations from every source of one workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace
        self.out = Declarations()
        self.project = ""  # canonical name of the project itself
        self.extras: dict[str, list[tuple[str, str]]] = {}  # extra -> [(requirement, source)]
        self.groups: dict[str, list] = {}
        self.wanted_extras: list[str] = []
        self.files_read: set[str] = set()
        self._seen: set[tuple[str, Kind, bool]] = set()

    # -- results -----------------------------------------------------------
    def refuse(self, source: str, text: str, reason: str, *, fatal: bool = False) -> None:
        self.out.refusals.append(Refusal(source=source, text=text.strip(), reason=reason, fatal=fatal))

    def note(self, text: str) -> None:
        if text not in self.out.notes:
            self.out.notes.append(text)

    def add(self, text: str, *, kind: Kind, source: str, constraint: bool = False) -> None:
        """Validate one requirement string and record it (or the reason it was refused)."""
        text = text.strip()
        if not text:
            return
        self_extras = _self_reference(text)
        if self_extras is not None:
            self.want_extras(self_extras, source)
            return
        req, reason, fatal_kind = check_requirement(text)
        if req is None:
            self.refuse(source, text, reason, fatal=fatal_kind and kind == Kind.RUNTIME and not constraint)
            return
        name = canonicalize_name(req.name)
        if self.project and name == self.project:
            self.want_extras(sorted(req.extras), source)
            return
        canonical = str(req)
        key = (canonical, kind, constraint)
        if key in self._seen:
            return
        if len(self._seen) >= MAX_REQUIREMENTS:
            self.refuse(source, text, f"more than {MAX_REQUIREMENTS} requirements")
            return
        self._seen.add(key)
        target = self.out.constraints if constraint else self.out.requirements
        target.append(Declared(requirement=canonical, name=name, kind=kind, source=source))

    def want_extras(self, extras: list[str], source: str) -> None:
        self.note(f"{source}: the project itself is not installed (the repository is not in this phase)")
        for extra in extras:
            extra = _norm_extra(extra)
            if extra and extra not in self.wanted_extras:
                self.wanted_extras.append(extra)

    # -- requirement files -------------------------------------------------
    def read_file(self, relpath: str, *, kind: Kind, constraint: bool = False, depth: int = 0) -> None:
        if relpath in self.files_read:
            return
        if len(self.files_read) >= MAX_FILES or depth > MAX_DEPTH:
            self.refuse(relpath, relpath, "too many (or too deeply nested) requirement files")
            return
        self.files_read.add(relpath)
        try:
            text = self.ws.read_bytes(relpath, limit=MAX_FILE).decode("utf-8", errors="replace")
        except (UnsafePath, OSError) as exc:
            self.refuse(relpath, relpath, f"cannot be read safely ({exc})")
            return
        self.out.sources.append(relpath)
        base = relpath.rpartition("/")[0]
        for number, line in _logical_lines(text):
            self.read_line(
                line, kind=kind, source=f"{relpath}:{number}", base=base, constraint=constraint, depth=depth
            )

    def read_line(
        self, line: str, *, kind: Kind, source: str, base: str, constraint: bool = False, depth: int = 0
    ) -> None:
        if "${" in line:
            self.refuse(source, line, "environment variable references are not accepted")
            return
        if line.startswith("-"):
            self.read_option(line, kind=kind, source=source, base=base, constraint=constraint, depth=depth)
            return
        # pip's own split: the requirement ends at the first token that starts with "-".
        tokens = line.split()
        cut = next((i for i, tok in enumerate(tokens) if tok.startswith("-")), len(tokens))
        requirement, options = " ".join(tokens[:cut]), tokens[cut:]
        if options:
            if all(opt.startswith("--hash") or not opt.startswith("-") for opt in options):
                self.note(
                    f"{source}: hashes are not checked (requirements from several files are resolved together)"
                )
            else:
                self.refuse(source, " ".join(options), "per-requirement options are not accepted (dropped)")
        self.add(requirement, kind=kind, source=source, constraint=constraint)

    def read_option(
        self, line: str, *, kind: Kind, source: str, base: str, constraint: bool, depth: int
    ) -> None:
        try:
            tokens = shlex.split(line)
        except ValueError:
            self.refuse(source, line, "malformed option line")
            return
        option, value = _option_value(tokens)
        if option in ("-r", "--requirement", "-c", "--constraint") and value:
            include_constraint = constraint or option in ("-c", "--constraint")
            target = self.include_target(value, base=base, source=source, line=line)
            if target:
                self.read_file(target, kind=kind, constraint=include_constraint, depth=depth + 1)
            return
        if option in ("-e", "--editable") and value:
            if _self_reference(value) is not None:
                self.want_extras(_self_reference(value) or [], source)
                return
            fatal = bool(_SCHEME.match(value) or _VCS.match(value)) and kind == Kind.RUNTIME
            self.refuse(
                source,
                line,
                "editable installs of anything but the project itself are not accepted",
                fatal=fatal,
            )
            return
        self.refuse(
            source,
            line,
            "option lines are not accepted (packages come only from the deployment's index, "
            "with the deployment's pip options)",
        )

    def include_target(self, value: str, *, base: str, source: str, line: str) -> str:
        if _SCHEME.match(value) or value.startswith(("/", "~", "\\")):
            self.refuse(source, line, "includes must be relative paths inside the repository")
            return ""
        try:
            target = clean_relpath(f"{base}/{value}" if base else value)
        except UnsafePath as exc:
            self.refuse(source, line, f"includes must stay inside the repository ({exc})")
            return ""
        if not self.ws.is_file(target):
            self.refuse(source, line, "the included file does not exist in the repository (or is a symlink)")
            return ""
        return target

    # -- pyproject, setup.cfg, setup.py, tox -----------------------------------
    def read_pyproject(self) -> dict:
        data = self.load_toml("pyproject.toml")
        project = data.get("project") if isinstance(data.get("project"), dict) else {}
        if isinstance(project.get("name"), str):
            self.project = canonicalize_name(project["name"])
        for text in _strings(project.get("dependencies")):
            self.add(text, kind=Kind.RUNTIME, source="pyproject.toml [project] dependencies")
        extras = project.get("optional-dependencies")
        if isinstance(extras, dict):
            for name, items in extras.items():
                self.extras.setdefault(_norm_extra(name), []).extend(
                    (t, f"pyproject.toml [project.optional-dependencies] {name}") for t in _strings(items)
                )
        groups = data.get("dependency-groups")
        if isinstance(groups, dict):
            self.groups = {_norm_extra(k): v for k, v in groups.items() if isinstance(v, list)}
        self.read_poetry(data)
        return data

    def read_poetry(self, data: dict) -> None:
        """Poetry's tables: a project managed by Poetry declares its test tools only there."""
        tool = data.get("tool") if isinstance(data.get("tool"), dict) else {}
        poetry = tool.get("poetry") if isinstance(tool.get("poetry"), dict) else {}
        if not poetry:
            return
        tables = [("dependencies", Kind.RUNTIME, poetry.get("dependencies"))]
        tables.append(("dev-dependencies", Kind.TEST, poetry.get("dev-dependencies")))
        groups = poetry.get("group") if isinstance(poetry.get("group"), dict) else {}
        for name, group in groups.items():
            if _norm_extra(name) in _GROUP_NAMES and isinstance(group, dict):
                tables.append((f"group.{name}.dependencies", Kind.TEST, group.get("dependencies")))
        for table, kind, entries in tables:
            if not isinstance(entries, dict):
                continue
            source = f"pyproject.toml [tool.poetry.{table}]"
            for name, spec in entries.items():
                if canonicalize_name(str(name)) == "python":
                    continue  # the interpreter's own version, not a package
                for text in _poetry_requirements(str(name), spec):
                    if text is None:
                        self.refuse(source, f"{name} = {spec!r}", "a path, URL or VCS dependency")
                    else:
                        self.add(text, kind=kind, source=source)

    def read_setup_cfg(self) -> configparser.ConfigParser | None:
        parser = self.load_ini("setup.cfg")
        if parser is None:
            return None
        if not self.project and parser.has_option("metadata", "name"):
            self.project = canonicalize_name(parser.get("metadata", "name").strip())
        if parser.has_option("options", "install_requires"):
            for text in _cfg_list(parser.get("options", "install_requires")):
                self.add(text, kind=Kind.RUNTIME, source="setup.cfg [options] install_requires")
        if parser.has_option("options", "tests_require"):
            for text in _cfg_list(parser.get("options", "tests_require")):
                self.add(text, kind=Kind.TEST, source="setup.cfg [options] tests_require")
        if parser.has_section("options.extras_require"):
            for name, value in parser.items("options.extras_require"):
                self.extras.setdefault(_norm_extra(name), []).extend(
                    (t, f"setup.cfg [options.extras_require] {name}") for t in _cfg_list(value)
                )
        return parser

    def read_setup_py(self) -> None:
        if not self.ws.is_file("setup.py"):
            return
        try:
            source = self.ws.read_bytes("setup.py", limit=MAX_FILE).decode("utf-8", errors="replace")
            keywords = _setup_keywords(source)
        except (UnsafePath, OSError, SyntaxError, ValueError, RecursionError, MemoryError) as exc:
            self.note(f"setup.py: not read ({type(exc).__name__})")
            return
        if not self.project and isinstance(keywords.get("name"), str):
            self.project = canonicalize_name(keywords["name"])
        for text in _strings(keywords.get("install_requires")):
            self.add(text, kind=Kind.RUNTIME, source="setup.py install_requires")
        for text in _strings(keywords.get("tests_require")):
            self.add(text, kind=Kind.TEST, source="setup.py tests_require")
        extras = keywords.get("extras_require")
        if isinstance(extras, dict):
            for name, items in extras.items():
                if isinstance(name, str):
                    self.extras.setdefault(_norm_extra(name), []).extend(
                        (t, f"setup.py extras_require {name}") for t in _strings(items)
                    )
        for key in keywords.get("_computed", []):
            self.note(f"setup.py: {key} is computed, not written as a literal: not read")

    def read_tox(self, pyproject: dict, setup_cfg: configparser.ConfigParser | None) -> None:
        parser, origin = self.load_ini("tox.ini"), "tox.ini"
        if parser is None or not parser.has_section("testenv"):
            legacy = (
                pyproject.get("tool", {}).get("tox", {}) if isinstance(pyproject.get("tool"), dict) else {}
            )
            text = legacy.get("legacy_tox_ini") if isinstance(legacy, dict) else None
            if isinstance(text, str):
                parser, origin = _parse_ini(text), "pyproject.toml [tool.tox] legacy_tox_ini"
            elif setup_cfg is not None and setup_cfg.has_section("testenv"):
                parser, origin = setup_cfg, "setup.cfg"
        if parser is None or not parser.has_section("testenv"):
            return
        if parser.has_option("testenv", "deps"):
            for index, line in enumerate(_tox_lines(parser, parser.get("testenv", "deps")), start=1):
                source = f"{origin} [testenv] deps (line {index})"
                if _TOX_FACTOR.match(line):
                    self.note(f"{source}: `{line}` applies to some environments only: not installed")
                    continue
                line = line.replace("{toxinidir}/", "").replace("{toxinidir}", ".")
                if "{" in line:
                    self.refuse(source, line, "tox substitutions are not accepted")
                    continue
                self.read_line(line, kind=Kind.TEST, source=source, base="")
        if parser.has_option("testenv", "extras"):
            extras = [e for e in re.split(r"[\s,]+", parser.get("testenv", "extras")) if e and ":" not in e]
            self.want_extras(extras, f"{origin} [testenv] extras")

    def load_toml(self, relpath: str) -> dict:
        if not self.ws.is_file(relpath):
            return {}
        try:
            data = tomllib.loads(self.ws.read_bytes(relpath, limit=MAX_FILE).decode("utf-8"))
        except (tomllib.TOMLDecodeError, UnsafePath, OSError, UnicodeDecodeError, RecursionError) as exc:
            self.note(f"{relpath}: not read ({type(exc).__name__})")
            return {}
        self.out.sources.append(relpath)
        return data

    def load_ini(self, relpath: str) -> configparser.ConfigParser | None:
        if not self.ws.is_file(relpath):
            return None
        try:
            parser = _parse_ini(self.ws.read_bytes(relpath, limit=MAX_FILE).decode("utf-8", errors="replace"))
        except (UnsafePath, OSError) as exc:
            self.note(f"{relpath}: not read ({type(exc).__name__})")
            return None
        if parser is None:
            self.note(f"{relpath}: not read (malformed)")
            return None
        self.out.sources.append(relpath)
        return parser

    # -- extras and groups -------------------------------------------------------
    def expand_extras(self) -> None:
        done: set[str] = set()
        for extra in [e for e in TEST_GROUPS if e in self.extras]:
            if extra not in self.wanted_extras:
                self.wanted_extras.append(extra)
        while self.wanted_extras:
            extra = self.wanted_extras.pop(0)
            if extra in done:
                continue
            done.add(extra)
            if extra not in self.extras:
                self.note(f"extra `{extra}` is not declared by the project")
                continue
            for text, source in self.extras[extra]:
                self.add(text, kind=Kind.TEST, source=source)  # may queue more extras (self-references)

    def expand_groups(self) -> None:
        for group in TEST_GROUPS:
            for text, source in self.group_items(group, set()):
                self.add(text, kind=Kind.TEST, source=source)

    def group_items(self, group: str, visiting: set[str]) -> list[tuple[str, str]]:
        """PEP 735: strings and {include-group = "..."} tables, cycle-safe."""
        if group in visiting or group not in self.groups:
            return []
        visiting = visiting | {group}
        items: list[tuple[str, str]] = []
        for item in self.groups[group]:
            if isinstance(item, str):
                items.append((item, f"pyproject.toml [dependency-groups] {group}"))
            elif isinstance(item, dict) and isinstance(item.get("include-group"), str):
                items += self.group_items(_norm_extra(item["include-group"]), visiting)
        return items


def declared_dependencies(workspace: Workspace) -> Declarations:
    """Everything the repository declares, validated; refusals and notes say what was left out."""
    reader = _Reader(workspace)
    pyproject = reader.read_pyproject()
    setup_cfg = reader.read_setup_cfg()
    reader.read_setup_py()
    runtime, test = _requirement_files(workspace, reader)
    for relpath in runtime:
        reader.read_file(relpath, kind=Kind.RUNTIME)
    for relpath in test:
        reader.read_file(relpath, kind=Kind.TEST)
    reader.read_tox(pyproject, setup_cfg)
    reader.expand_groups()
    reader.expand_extras()
    return reader.out


def check_requirement(text: str) -> tuple[Requirement | None, str, bool]:
    """(requirement, '', False) when `text` is a plain named requirement; else (None, reason, names_code)."""
    if "${" in text:
        return None, "environment variable references are not accepted", False
    if _VCS.match(text):
        return None, "VCS requirements are not accepted (only packages from the index)", True
    if _SCHEME.match(text) and not text.lower().startswith(("file:",)):
        return None, "URL requirements are not accepted (only packages from the index)", True
    if text.startswith((".", "/", "~", "file:")) or "\\" in text:
        return None, "path requirements are not accepted (the repository is not in this phase)", False
    try:
        req = Requirement(text)
    except InvalidRequirement:
        if "/" in text:
            return None, "path requirements are not accepted (the repository is not in this phase)", False
        return None, "not a PEP 508 requirement (name, extras, version specifiers, markers)", False
    if req.url:
        return None, "URL requirements (`name @ url`) are not accepted (only packages from the index)", True
    if _ARCHIVE.search(req.name):
        return None, "looks like a file name, not a project name", False
    return req, "", False


def _self_reference(text: str) -> list[str] | None:
    """The extras of `.`, `.[test]`, `./`, `file:.`: the project itself; None otherwise."""
    match = _SELF.match(text.strip())
    if not match:
        return None
    return [e.strip() for e in (match.group("extras") or "").split(",") if e.strip()]


def _poetry_requirements(name: str, spec: object) -> list[str | None]:
    """PEP 508 strings for one Poetry dependency (None for a path, URL or VCS one, which is refused).

    Poetry writes `name = "^1.2"`, `name = {version = "...", markers = "...", extras = [...],
    optional = true}` or a list of such tables (one per Python version). Optional ones belong to an
    extra and are not installed unless an extra asks for them.
    """
    items = spec if isinstance(spec, list) else [spec]
    out: list[str | None] = []
    for item in items:
        if isinstance(item, str):
            item = {"version": item}
        if not isinstance(item, dict) or item.get("optional") is True:
            continue
        if any(key in item for key in ("path", "git", "url", "file")):
            out.append(None)
            continue
        extras = (
            [e for e in item.get("extras", []) if isinstance(e, str)]
            if isinstance(item.get("extras"), list)
            else []
        )
        text = name + (f"[{','.join(extras)}]" if extras else "")
        text += _poetry_version(str(item.get("version", "*")))
        markers = [f"({item['markers']})"] if isinstance(item.get("markers"), str) else []
        if isinstance(item.get("python"), str):
            try:
                specifiers = SpecifierSet(_poetry_version(item["python"]))
            except InvalidSpecifier:
                specifiers = SpecifierSet()
            markers += [f'python_version {s.operator} "{s.version}"' for s in specifiers]
        if markers:
            text += "; " + " and ".join(markers)
        out.append(text)
    return out


def _poetry_version(constraint: str) -> str:
    """Poetry's version constraint as PEP 440 specifiers: `^` and `~` expanded, `*` dropped.

    `^1.2.3` is `>=1.2.3,<2.0.0` (the left-most non-zero part may not change), `~1.2.3` is
    `>=1.2.3,<1.3.0`, `1.2.*` stays; anything else is left for `packaging` to accept or refuse.
    """
    parts = []
    for clause in (c.strip() for c in constraint.split(",")):
        if clause in ("", "*"):
            continue
        if clause[0] in "^~" and not clause.startswith("~="):
            numbers = [int(n) if n.isdigit() else 0 for n in clause[1:].strip().split(".")]
            if clause[0] == "^":
                index = next((i for i, n in enumerate(numbers) if n), len(numbers) - 1)
            else:
                index = 1 if len(numbers) > 1 else 0
            upper = numbers[: index + 1]
            upper[-1] += 1
            parts += [f">={clause[1:].strip()}", "<" + ".".join(map(str, upper))]
        elif clause[0].isdigit():
            parts.append(f"=={clause}")
        else:
            parts.append(clause)
    return ",".join(parts)


def _norm_extra(name: str) -> str:
    return re.sub(r"[-_.]+", "-", str(name)).lower().strip()


def _strings(value) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list | tuple) else []


def _cfg_list(value: str) -> list[str]:
    lines = []
    for raw in value.splitlines():
        line = _COMMENT.sub("", raw).strip()
        if line:
            lines.append(line)
    return lines


def _parse_ini(text: str) -> configparser.ConfigParser | None:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read_string(text)
    except configparser.Error:
        return None
    return parser


def _tox_lines(parser: configparser.ConfigParser, value: str, depth: int = 0) -> list[str]:
    """The lines of a tox value, with `{[section]key}` references expanded (three levels)."""
    lines: list[str] = []
    for line in _cfg_list(value):
        ref = _TOX_REF.fullmatch(line)
        if ref and depth < 3 and parser.has_option(ref["section"], ref["key"]):
            lines += _tox_lines(parser, parser.get(ref["section"], ref["key"]), depth + 1)
        else:
            lines.append(line)
    return lines


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """pip's reading of a requirements file: continuation lines joined, comments dropped."""
    lines: list[tuple[int, str]] = []
    pending, start = "", 0
    for number, raw in enumerate(text.splitlines(), start=1):
        if not pending:
            start = number
        if raw.endswith("\\") and not _COMMENT.search(raw):
            pending += raw[:-1] + " "
            continue
        line = _COMMENT.sub("", pending + raw).strip()
        pending = ""
        if line:
            lines.append((start, line))
    if pending.strip():
        lines.append((start, _COMMENT.sub("", pending).strip()))
    return lines


def _option_value(tokens: list[str]) -> tuple[str, str]:
    """('-r', 'x.txt') from ['-r', 'x.txt'], ['-rx.txt'] or ['--requirement=x.txt']."""
    if not tokens:
        return "", ""
    first = tokens[0]
    if first.startswith("--"):
        name, eq, value = first.partition("=")
        return name, value if eq else (tokens[1] if len(tokens) > 1 else "")
    if len(first) > 2:
        return first[:2], first[2:].lstrip("=")
    return first, tokens[1] if len(tokens) > 1 else ""


def _requirement_files(workspace: Workspace, reader: _Reader) -> tuple[list[str], list[str]]:
    """(runtime, test) requirement files at the root and under requirements/."""
    try:
        names = sorted(workspace.iter_files())
    except OSError:
        return [], []
    runtime: list[str] = []
    test: list[str] = []
    candidates = [
        p for p in names if p.count("/") == 0 or (p.count("/") == 1 and p.startswith("requirements/"))
    ]
    present = set(candidates)
    for path in candidates:
        folder, _, name = path.rpartition("/")
        if name.endswith(".in") and f"{path[:-3]}.txt" in present:
            continue  # pip-tools input next to its compiled output: the output is what CI installs
        if folder:
            is_runtime, is_test = bool(_DIR_RUNTIME.match(name)), bool(_DIR_TEST.match(name))
        else:
            is_runtime, is_test = bool(_ROOT_RUNTIME.match(name)), bool(_ROOT_TEST.match(name))
        if not (is_runtime or is_test):
            continue
        if not is_runtime and _SKIPPED_FILE.search(name.rsplit(".", 1)[0].removeprefix("requirements")):
            reader.note(f"{path}: not installed (not needed by the checks)")
            continue
        (runtime if is_runtime else test).append(path)
    return runtime, test


def _setup_keywords(source: str) -> dict:
    """Literal keyword arguments of the setup() call (module-level names of literals resolved)."""
    tree = ast.parse(source)
    names: dict[str, ast.expr] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            names[node.targets[0].id] = node.value
    wanted = {"name", "install_requires", "tests_require", "extras_require"}
    result: dict = {"_computed": []}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        if called != "setup":
            continue
        for keyword in node.keywords:
            if keyword.arg not in wanted:
                continue
            value = keyword.value
            if isinstance(value, ast.Name) and value.id in names:
                value = names[value.id]
            try:
                result[keyword.arg] = ast.literal_eval(value)
            except (ValueError, TypeError, SyntaxError, RecursionError):
                result["_computed"].append(keyword.arg)
        break
    return result
