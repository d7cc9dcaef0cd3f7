"""The real-project set: pinned PyPI sdists, downloaded at benchmark time, never committed.

`real_projects_dev.toml` and `real_projects_heldout.toml` list the projects (name, version, sdist
sha256, how Healer runs their checks). `project_repo` downloads an sdist with pip
(`--require-hashes`, so nothing unpinned is ever prepared), checks its sha256 again, unpacks it
with tarfile's "data" filter (no links out of the tree, no device files) and commits it as a local
Git repository under var/bench-cache/, which `healbench --mutate` then measures like any user's.
"""

from __future__ import annotations

import hashlib
import shutil
import tarfile
import tempfile
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import requests

from runs.benchmarks.corpus import BenchError, git
from sandbox.archive import extract_data

LIST_DIR = Path(__file__).resolve().parent
LIST_FILES = {"dev": LIST_DIR / "real_projects_dev.toml", "heldout": LIST_DIR / "real_projects_heldout.toml"}
REALSET_MUTANTS = 4
DOWNLOAD_TIMEOUT = 600
PYPI_SIMPLE = "https://pypi.org/simple"


@dataclass(frozen=True)
class Project:
    name: str
    version: str
    sdist: str
    sha256: str
    root: str
    half: str
    tests: int = 0
    run: str = ""
    lint: str = ""
    stratum: str = ""

    @property
    def label(self) -> str:
        return f"{self.name}-{self.version}"


def halves_for(half: str) -> list[str]:
    if half == "all":
        return list(LIST_FILES)
    if half not in LIST_FILES:
        raise BenchError(f"unknown half {half!r}: use dev, heldout or all")
    return [half]


def projects_load(half: str) -> list[Project]:
    projects: list[Project] = []
    for name in halves_for(half):
        data = tomllib.loads(LIST_FILES[name].read_text(encoding="utf-8"))
        for item in data.get("project", []):
            fields = {k: item[k] for k in Project.__dataclass_fields__ if k in item and k != "half"}
            projects.append(Project(half=data.get("half", name), **fields))
    return projects


def cache_dir() -> Path:
    from django.conf import settings

    return Path(settings.DATA_DIR) / "bench-cache"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sdist_fetch(project: Project, *, cache: Path) -> Path:
    """The project's sdist in cache/sdists, fetched from PyPI and checked against its pinned sha256.

    Not `pip download`: for an sdist pip runs the package's build code on this machine to read its
    metadata, and the benchmark must never run a project's code outside the sandbox.
    """
    folder = cache / "sdists"
    target = folder / project.sdist
    if target.is_file() and _sha256(target) == project.sha256:
        return target
    folder.mkdir(parents=True, exist_ok=True)
    url = _sdist_url(project)
    partial = target.with_name(target.name + ".part")
    try:
        with requests.get(url, stream=True, timeout=DOWNLOAD_TIMEOUT) as response:
            response.raise_for_status()
            with partial.open("wb") as handle:
                for block in response.iter_content(1 << 20):
                    handle.write(block)
    except requests.RequestException as exc:
        partial.unlink(missing_ok=True)
        raise BenchError(f"{project.label}: cannot download {url}: {exc}") from exc
    if _sha256(partial) != project.sha256:
        partial.unlink()
        raise BenchError(f"{project.label}: {project.sdist} does not have the pinned sha256")
    partial.replace(target)
    return target


def _sdist_url(project: Project) -> str:
    """Where the index serves the pinned sdist, from its JSON simple API (PEP 691)."""
    page = f"{PYPI_SIMPLE}/{project.name}/"
    try:
        response = requests.get(page, headers={"Accept": "application/vnd.pypi.simple.v1+json"}, timeout=60)
        response.raise_for_status()
        files = response.json().get("files", [])
    except (requests.RequestException, ValueError, AttributeError) as exc:
        raise BenchError(f"{project.label}: cannot read {page}: {exc}") from exc
    for item in files if isinstance(files, list) else []:
        if (
            isinstance(item, dict)
            and item.get("filename") == project.sdist
            and isinstance(item.get("url"), str)
        ):
            return item["url"]
    raise BenchError(f"{project.label}: the index lists no file {project.sdist}")


def project_repo(project: Project, *, cache: Path | None = None) -> Path:
    """A committed local Git repository of the unpacked sdist (made once, then reused)."""
    cache = cache or cache_dir()
    repo = cache / "projects" / project.label
    marker = repo / ".git" / "healbench-sha256"
    if marker.is_file() and marker.read_text().strip() == project.sha256:
        return repo
    sdist = sdist_fetch(project, cache=cache)
    shutil.rmtree(repo, ignore_errors=True)
    with tempfile.TemporaryDirectory(prefix="healbench-sdist-", dir=cache) as tmp:
        try:
            with tarfile.open(sdist) as archive:
                extract_data(archive, tmp)
        except (tarfile.TarError, OSError) as exc:
            # The "data" filter refuses links out of the tree, absolute paths and device files.
            raise BenchError(f"{project.label}: the sdist cannot be unpacked safely: {exc}") from exc
        root = Path(tmp) / project.root
        if not root.is_dir():
            raise BenchError(f"{project.label}: the sdist has no top directory {project.root}/")
        repo.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(root), repo)
    git(repo, "init", "-q", "-b", "main")
    # --force: an sdist may ship a .gitignore naming files it also ships (a generated version module);
    # the released files are the project, so none may be left out of the heal's clone.
    git(repo, "add", "-A", "--force")
    git(repo, "commit", "-q", "-m", f"{project.label} as released on PyPI")
    marker.write_text(project.sha256 + "\n")
    return repo


def realset_run(
    *,
    half: str,
    mutants: int = REALSET_MUTANTS,
    group: int = 3,
    groups: int | None = None,
    seed: int = 0,
    echo: Callable[[str], None] = print,
) -> dict:
    """`healbench --mutate` over every project of a half; per-project reports and totals."""
    from runs.benchmarks.mutate import attempts_summary, mutate_bench, options_check

    options_check(mutants=mutants, group=group, groups=groups)
    projects = projects_load(half)
    reports, errors, singles, group_attempts = [], {}, [], []
    for project in projects:
        echo(f"== {project.label} ({project.half})")
        try:
            repo = project_repo(project)
            report = mutate_bench(
                path=repo, mutants=mutants, group=group, groups=groups, seed=seed, echo=echo
            )
        except BenchError as exc:
            # One project that cannot be measured (e.g. a download failing) must not hide the others.
            echo(f"   error: {exc}")
            errors[project.label] = str(exc)
            continue
        reports.append(report)
        singles += report.singles
        group_attempts += report.groups
    return {
        "half": half,
        "seed": seed,
        "projects": [r.as_dict() for r in reports],
        "errors": errors,
        "total": attempts_summary(singles=singles, groups=group_attempts),
    }


def realset_format(result: dict) -> list[str]:
    from runs.benchmarks.mutate import summary_format

    lines = [
        f"{'project':<22} {'singles':>9} {'groups':>8} {'located':>8} {'s/bug':>7} {'s/healed':>8} {'cand':>5}"
    ]
    for project in result["projects"]:
        s = project["summary"]
        lines.append(
            f"{project['project']:<22} {s['singles_healed']:>4}/{s['singles']:<4} {s['groups_healed']:>3}/{s['groups']:<4} "
            f"{s['singles_located']:>4}/{s['singles']:<3} {s['seconds_per_bug_median']:>6.1f}s "
            f"{s['seconds_per_healed_bug_median']:>7.1f}s {s['candidates_per_bug_median']:>5g}"
        )
    for label, error in result["errors"].items():
        lines.append(f"{label:<22} error: {error}")
    lines += summary_format(result["total"], label=f"TOTAL ({result['half']}, seed {result['seed']})")
    return lines


def realset_check(*, half: str, echo: Callable[[str], None] = print) -> list[dict]:
    """Do the checks of every project of a half pass unmodified in the sandbox? (no healing)"""
    from runs.benchmarks.mutate import project_checks, project_clone

    rows = []
    for project in projects_load(half):
        try:
            repo = project_repo(project)
            with tempfile.TemporaryDirectory(prefix="healbench-check-") as tmp:
                base = project_clone(repo, Path(tmp) / "base")
                passed, seconds = project_checks(base=base)
            row = {"project": project.label, "ok": True, "tests": passed, "seconds": seconds, "error": ""}
        except BenchError as exc:
            row = {"project": project.label, "ok": False, "tests": 0, "seconds": 0.0, "error": str(exc)}
        echo(
            f"{row['project']:<22} {'PASS' if row['ok'] else 'FAIL'} {row['tests']:>4} tests {row['seconds']:>5.1f}s {row['error']}"
        )
        rows.append(row)
    return rows
