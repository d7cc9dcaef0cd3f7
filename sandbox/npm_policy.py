"""What an npm repository declares, read on the host under Healer's dependency policy.

The npm counterpart of sandbox/requirements.py. Nothing here runs: package.json
and the lock file are parsed as JSON, with size and entry limits, and the
result is what the install container gets:

- a package.json reduced to the fields npm needs to install (names, ranges,
  overrides): no `scripts`, so not even `npm ci`'s own root lifecycle could
  run repository code, and no `workspaces`;
- the lock file (package-lock.json, or npm-shrinkwrap.json, which npm
  prefers), verbatim, after every entry was checked.

Policy (as for pip: only registry packages): a dependency given as a git
repository, a URL, a file, a folder, a link or a GitHub shorthand is refused,
in package.json and in the lock file (where a transitive one shows up as a
`resolved` git/file URL, a `link`, or a folder entry). Registry tarballs named
in the lock file are fetched from the configured registry whatever host the
lock file names (npm `replace-registry-host=always`), so a repository cannot
choose where code comes from. pnpm, Yarn and Bun lock files without an npm
lock file are refused: Healer installs with npm only.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from healer.engine.javascript.project import NPM_LOCKS, OTHER_LOCKS, PACKAGE_JSON, read_package_json
from healer.engine.types import EngineError
from healer.engine.workspace import Workspace

LOCK_LIMIT = 32 * 1024**2
MAX_LOCK_ENTRIES = 50_000
DEPENDENCY_FIELDS = ("dependencies", "devDependencies", "optionalDependencies", "peerDependencies")
# What npm needs to install; everything else (scripts, workspaces, config, bin...) is left out.
KEPT_FIELDS = (
    "name",
    "version",
    *DEPENDENCY_FIELDS,
    "peerDependenciesMeta",
    "overrides",
    "bundleDependencies",
    "bundledDependencies",
)
# npm-package-arg's non-registry forms, by prefix.
REFUSED_PREFIXES = {
    "git+": "a git repository",
    "git:": "a git repository",
    "git@": "a git repository",
    "github:": "a GitHub repository",
    "gitlab:": "a GitLab repository",
    "bitbucket:": "a Bitbucket repository",
    "gist:": "a GitHub gist",
    "http:": "a URL",
    "https:": "a URL",
    "file:": "a local file or folder",
    "link:": "a link to a local folder",
    "workspace:": "a workspace package (pnpm/Yarn)",
    "portal:": "a Yarn portal",
    "patch:": "a Yarn patch",
}
_NAME = re.compile(r"^(?:@[A-Za-z0-9~-][A-Za-z0-9._~-]*/)?[A-Za-z0-9~-][A-Za-z0-9._~-]*$")
_LOCK_KEY = re.compile(r"^node_modules/((?:@[^/]+/)?[^/]+)((?:/node_modules/(?:@[^/]+/)?[^/]+)*)$")


class NpmPolicyError(EngineError):
    """package.json or the lock file cannot be installed under the policy; the message says why."""


@dataclass(frozen=True)
class NpmDeclarations:
    package_json: bytes  # the reduced package.json the install container gets
    lock_name: str  # "" without an npm lock file
    lock: bytes
    declared: dict[str, str]  # name -> spec over the dependency fields
    locked: int  # packages in the lock file
    lock_hosts: frozenset[str] = frozenset()  # host[:port] of the lock file's tarball URLs
    refusals: tuple[str, ...] = ()  # each stops the phase
    notes: tuple[str, ...] = field(default=())

    @property
    def lock_sha256(self) -> str:
        return hashlib.sha256(self.lock).hexdigest() if self.lock_name else ""


def npm_declarations(workspace: Workspace) -> NpmDeclarations | None:
    """The repository's npm dependencies under the policy; None when it has no package.json."""
    if not workspace.is_file(PACKAGE_JSON):
        return None
    try:
        package = read_package_json(workspace)
    except EngineError as exc:
        return _refused(str(exc))
    refusals = list(package_refusals(package))
    notes: list[str] = []
    lock_name, lock, lock_problem = _lock(workspace)
    if lock_problem:
        return _refused(lock_problem)
    locked, hosts = 0, frozenset()
    if lock_name:
        try:
            locked, lock_refusals, hosts = lock_entries(lock, lock_name)
        except NpmPolicyError as exc:
            return _refused(str(exc))
        refusals += lock_refusals
        notes += [
            f"{name} ignored: {lock_name} is the lock file npm uses" for name in _other_locks(workspace)
        ]
    if workspace.is_file(".npmrc"):
        notes.append("the repository's .npmrc is not used: the registry and npm's options come from Healer")
    reduced = {key: package[key] for key in KEPT_FIELDS if key in package}
    return NpmDeclarations(
        package_json=json.dumps(reduced, indent=2, sort_keys=True).encode() + b"\n",
        lock_name=lock_name,
        lock=lock,
        declared=_declared(package),
        locked=locked,
        lock_hosts=hosts,
        refusals=tuple(refusals),
        notes=tuple(notes),
    )


def _refused(message: str) -> NpmDeclarations:
    return NpmDeclarations(
        package_json=b"", lock_name="", lock=b"", declared={}, locked=0, refusals=(message,)
    )


def _declared(package: dict) -> dict[str, str]:
    found: dict[str, str] = {}
    for key in DEPENDENCY_FIELDS:
        section = package.get(key)
        if isinstance(section, dict):
            found.update({k: v for k, v in section.items() if isinstance(k, str) and isinstance(v, str)})
    return found


def _other_locks(workspace: Workspace) -> list[str]:
    return [name for name in OTHER_LOCKS if workspace.is_file(name)]


def _lock(workspace: Workspace) -> tuple[str, bytes, str]:
    """(lock file name, its bytes, a refusal) — npm-shrinkwrap.json wins, as in npm."""
    for name in sorted(NPM_LOCKS, key=lambda n: n != "npm-shrinkwrap.json"):
        if workspace.is_file(name):
            try:
                return name, workspace.read_bytes(name, limit=LOCK_LIMIT), ""
            except ValueError as exc:  # UnsafePath: larger than the limit, a symlink...
                return name, b"", f"{name} cannot be read ({exc})"
    for name, manager in OTHER_LOCKS.items():
        if workspace.is_file(name):
            return (
                "",
                b"",
                f"{name} is a {manager} lock file and {manager} is not supported: Healer installs npm "
                "dependencies with npm only; commit a package-lock.json (npm install --package-lock-only) "
                "to heal this repository",
            )
    return "", b"", ""


# -- package.json -----------------------------------------------------------------
def package_refusals(package: dict) -> Iterator[str]:
    if "workspaces" in package:
        yield (
            'package.json declares npm "workspaces": monorepos with workspaces are not supported by '
            "Healer's dependency phase"
        )
    for key in DEPENDENCY_FIELDS:
        section = package.get(key)
        if section is None:
            continue
        if not isinstance(section, dict):
            yield f'package.json "{key}" must be an object of package names to version ranges'
            continue
        for name, spec in section.items():
            why = name_problem(name) or spec_problem(spec)
            if why:
                yield f'package.json "{key}" → {_shown(name)}: {why} (only registry packages are installed)'
    yield from _override_refusals(package.get("overrides"), path="overrides")
    bundled = package.get("bundleDependencies", package.get("bundledDependencies"))
    if bundled is not None and not isinstance(bundled, (bool, list)):
        yield 'package.json "bundleDependencies" must be a list of names or a boolean'


def _override_refusals(value: object, *, path: str, depth: int = 0) -> Iterator[str]:
    if value is None:
        return
    if depth > 32:
        yield f'package.json "{path}" is nested too deeply'
        return
    if isinstance(value, str):
        # "$name" refers to the spec of a direct dependency, checked above.
        why = "" if value.startswith("$") else spec_problem(value)
        if why:
            yield f'package.json "{path}": {why} (only registry packages are installed)'
        return
    if not isinstance(value, dict):
        yield f'package.json "{path}" must be an object or a version range'
        return
    for key, inner in value.items():
        # A key is "name" or "name@range"; "." is the package's own version.
        name = key if key == "." else key.rpartition("@")[0] if key.rfind("@") > 0 else key
        why = "" if key == "." else name_problem(name)
        if why:
            yield f'package.json "{path}" → {_shown(key)}: {why}'
            continue
        yield from _override_refusals(inner, path=f"{path} → {_shown(key, 60)}", depth=depth + 1)


def name_problem(name: object) -> str:
    if not isinstance(name, str) or not name:
        return "not a package name"
    if len(name) > 214 or not _NAME.match(name) or name.startswith(".") or ".." in name:
        return "not a valid npm package name"
    return ""


def spec_problem(spec: object) -> str:
    """Why `spec` is not a registry version range or dist-tag ('' when it is)."""
    if not isinstance(spec, str):
        return "the version must be a string"
    text = spec.strip()
    if len(text) > 256 or any(ord(ch) < 32 for ch in text):
        return "not a version range"
    lowered = text.lower()
    if lowered.startswith("npm:"):  # an alias: npm:name@range
        alias = text[4:]
        at = alias.find("@", 1)  # after a scope's own "@"
        name, inner = (alias[:at], alias[at + 1 :]) if at > 0 else (alias, "")
        if name_problem(name):
            return f"alias of {_shown(name)}: not a valid npm package name"
        return "an alias of an alias" if inner.lower().startswith("npm:") else spec_problem(inner)
    for prefix, what in REFUSED_PREFIXES.items():
        if lowered.startswith(prefix):
            return f"{_shown(text)} is {what}"
    if "://" in text:
        return f"{_shown(text)} is a URL"
    if text.startswith(("/", "./", "../", "~/", ".\\", "..\\")) or text in (".", ".."):
        return f"{_shown(text)} is a local path"
    if "/" in text or "\\" in text:
        return f"{_shown(text)} is a GitHub repository (user/repo) or a path"
    if lowered.endswith((".tgz", ".tar.gz", ".tar")):
        return f"{_shown(text)} is a local tarball"
    return ""


# -- the lock file ----------------------------------------------------------------
def lock_entries(lock: bytes, name: str) -> tuple[int, list[str], frozenset[str]]:
    """(packages, refusals, hosts of the tarball URLs) of a lock file."""
    try:
        data = json.loads(lock.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise NpmPolicyError(f"{name} is not UTF-8 text") from exc
    except json.JSONDecodeError as exc:
        raise NpmPolicyError(
            f"{name} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
            "regenerate it with npm install --package-lock-only"
        ) from exc
    except RecursionError as exc:
        raise NpmPolicyError(f"{name} is nested too deeply to read") from exc
    if not isinstance(data, dict):
        raise NpmPolicyError(f"{name} must hold a JSON object")
    packages = data.get("packages")
    if isinstance(packages, dict):
        entries = list(_v2_entries(packages, name))
    elif isinstance(data.get("dependencies"), dict):
        entries = list(_v1_entries(data["dependencies"], name))
    elif "packages" in data or "dependencies" in data:
        raise NpmPolicyError(f'{name}: "packages" must be an object')
    else:
        entries = []
    refusals = [why for _, why, _ in entries if why]
    return len(entries), refusals, frozenset(host for _, _, host in entries if host)


def _v2_entries(packages: dict, lock_name: str) -> Iterator[tuple[str, str, str]]:
    """(path, refusal, tarball host) for lockfileVersion 2 and 3 ("packages": path -> entry)."""
    for count, (path, entry) in enumerate(packages.items()):
        if count > MAX_LOCK_ENTRIES:
            yield path, f"{lock_name} has more than {MAX_LOCK_ENTRIES} entries", ""
            return
        if path == "":
            continue
        match = _LOCK_KEY.match(path) if isinstance(path, str) else None
        names = (
            [match.group(1), *re.findall(r"/node_modules/((?:@[^/]+/)?[^/]+)", match.group(2))]
            if match
            else []
        )
        if not match or any(name_problem(n) for n in names):
            yield path, f"{lock_name} → {_shown(path)}: a local folder (workspace or file: dependency)", ""
            continue
        yield path, *_entry_problem(entry, path, lock_name)


def _v1_entries(dependencies: dict, lock_name: str) -> Iterator[tuple[str, str, str]]:
    """The same for lockfileVersion 1 (nested "dependencies"), walked without recursion."""
    stack = [("", dependencies)]
    count = 0
    while stack:
        parent, deps = stack.pop()
        for name, entry in deps.items():
            count += 1
            if count > MAX_LOCK_ENTRIES:
                yield name, f"{lock_name} has more than {MAX_LOCK_ENTRIES} entries", ""
                return
            path = f"{parent}{name}"
            if name_problem(name):
                yield path, f"{lock_name} → {_shown(path)}: not a valid npm package name", ""
                continue
            why, host = _entry_problem(entry, path, lock_name)
            version = entry.get("version") if isinstance(entry, dict) else None
            if not why and isinstance(version, str) and spec_problem(version):
                why = f"{lock_name} → {_shown(path)}: {spec_problem(version)}"
            yield path, why, host
            if isinstance(entry, dict) and isinstance(entry.get("dependencies"), dict):
                stack.append((f"{path} → ", entry["dependencies"]))


def _entry_problem(entry: object, path: str, lock_name: str) -> tuple[str, str]:
    """(refusal, the host[:port] its tarball URL names) for one lock entry."""
    where = f"{lock_name} → {_shown(path, tail=True)}"
    if not isinstance(entry, dict):
        return f"{where}: not an object", ""
    if entry.get("link"):
        return f"{where}: a link to a local folder (workspace or file: dependency)", ""
    resolved = entry.get("resolved")
    if resolved is None:
        return "", ""  # bundled in its parent, or resolved by name and version from the registry
    if not isinstance(resolved, str):
        return f'{where}: "resolved" must be a string', ""
    lowered = resolved.lower()
    for prefix, what in REFUSED_PREFIXES.items():
        if lowered.startswith(prefix) and prefix not in ("http:", "https:"):
            return f"{where}: resolved from {what} ({_shown(resolved)})", ""
    parts = urlsplit(resolved)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"{where}: resolved from {_shown(resolved)}, not a registry tarball", ""
    if "/-/" not in parts.path or not parts.path.endswith(".tgz"):
        return f"{where}: resolved from the URL {_shown(_no_userinfo(resolved))}, not a registry tarball", ""
    return "", parts.netloc.rpartition("@")[2].lower()


def _no_userinfo(url: str) -> str:
    parts = urlsplit(url)
    return url if "@" not in parts.netloc else url.replace(parts.netloc, parts.netloc.rpartition("@")[2], 1)


def _shown(value: object, limit: int = 120, *, tail: bool = False) -> str:
    """Printable and short; a lock path keeps its end (the package it names)."""
    text = repr(value) if not isinstance(value, str) else value
    text = "".join(ch if ch.isprintable() else "?" for ch in text)
    if len(text) <= limit:
        return text
    return "..." + text[3 - limit :] if tail else text[: limit - 3] + "..."
