"""Offline measure: is each dev IMPORT key's fix among the IMPORT candidates, and at what rank?

For every IMPORT bug of the dev hand-written cases (runs/benchmarks/realcases_dev.toml), the case's
repository (/work/cases/dev/<case>/repo) is rebuilt with every other bug put back to the released
text, so only that bug is left. The failure is derived STATICALLY from the file, as the import
system would raise it (no sandbox, no project environment):
- an import of a module that exists nowhere (the repository, this interpreter's standard library,
  the top-level modules the released repository imports, standing in for its installed
  distributions): `No module named 'x'` (the first missing dotted prefix);
- `from m import n` where m is the repository's or the standard library's and does not bind n:
  `cannot import name 'n' from 'm'`;
- a name read where nothing binds it: ruff's F821, or a name bound only under `if TYPE_CHECKING:`
  read at run time (in an annotation evaluated at definition time too);
and keys none of these show are counted apart ("not derivable offline": they need the project's
environment or a run). The sandbox's answers are asked of this interpreter where they concern the
standard library (STDLIB_EXPORTERS_CODE, module names) and left out otherwise: an installed
package's tree (MODULE_TREE_CODE) is the sandbox's, so a key that needs it is measured by healbench.

Three configurations: the import families alone (before); the regular tier then the generic search
(after: ImportPhaseFixer and the families merged by priority as the repair loop merges them, then
the fallback search's candidates, as that tier is asked); and import_search.py alone (the phase
fixer and the search, families off). A key is found when a candidate's syntax tree of the key's file equals
the released file's; rank is the candidate's place in the configuration's order.

Installed packages (round 39): when THIS interpreter has the failing import's top-level package
(its own site-packages, or a directory named by IMPORT_SPACE_PYTHONPATH, `pip install --target`
of the project's dependencies, the shared venv left alone), it stands in for the sandbox's install:
`from pkg.a import n` is derived against the names pkg.a really binds, and the package's tree is
walked with the engine's own MODULE_TREE_CODE, as the sandbox's prepare() walks it.
IMPORT_SPACE_SANDBOX_MODULES=file (a JSON list: the sandbox image's `pkgutil.iter_modules()` names,
read once with `docker run IMAGE python3 -c ...`) stands in for the sandbox's `installed_modules` in
place of this interpreter's standard library, so a module importing one the sandbox's Python lacks
(`imp`, gone from 3.12) shows as the sandbox sees it (imports.cannot_load).

Usage: .venv/bin/python tests/engine/import_space.py [--cases /work/cases/dev] [--only r149,r151]
Prints one line per key and totals for all keys, r01-r363 and r364-r375 (the half moved to dev in
round 56). Dev data only.

Round 44 (pyimport18): the family fixer (import_family.py, regular tier) is merged into `after` and
`previous`; its sandbox answer (SIBLING_PROVIDERS_CODE) is run by this interpreter with
IMPORT_SPACE_PYTHONPATH, so a sibling package is seen only when it is installed there.
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from healer.engine.fixers.base import RepairContext  # noqa: E402
from healer.engine.fixers.import_family import (  # noqa: E402
    SIBLING_PROVIDERS_CODE,
    ImportFamilyFixer,
    family_query,
)
from healer.engine.fixers.import_search import (  # noqa: E402
    CANNOT_IMPORT,
    MODULE_TREE_CODE,
    NO_MODULE,
    ImportPhaseFixer,
    ImportSearchFixer,
)
from healer.engine.fixers.import_structure import (  # noqa: E402
    INSTALLED_EXPORTERS_CODE,
    ImportStructureFixer,
    installed_query,
)
from healer.engine.fixers.imports import ImportFixer, stdlib_queries  # noqa: E402
from healer.engine.pyindex import STDLIB_EXPORTERS_CODE, ModuleIndex, parse, stdlib_modules  # noqa: E402
from healer.engine.types import BugType, CheckReport, Failure  # noqa: E402
from healer.engine.workspace import Workspace  # noqa: E402

CASES_TOML = ROOT / "runs" / "benchmarks" / "realcases_dev.toml"
MOVED = {f"r{n}" for n in range(364, 376)}  # the thirty-ninth held-out half, dev from round 56
DEPS = [p for p in os.environ.get("IMPORT_SPACE_PYTHONPATH", "").split(os.pathsep) if p]
sys.path.extend(DEPS)
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(DEPS)}
SANDBOX_MODULES = os.environ.get("IMPORT_SPACE_SANDBOX_MODULES", "")


def _lines(value) -> list[str]:
    return value if isinstance(value, list) else [value]


def released_text(bugged: str, bugs: list[dict]) -> str:
    """The file's released text, from its all-bugs text and the key's old/new lines."""
    lines = bugged.splitlines()
    offset, cursor, released = 0, 0, []
    for bug in sorted(bugs, key=lambda b: b["line"]):
        new = _lines(bug["new"])
        at = bug["line"] - 1 + offset
        released.extend(lines[cursor:at])
        assert lines[at : at + len(new)] == new, f"{bug['file']}:{bug['line']} does not hold the bug"
        released.extend(_lines(bug["old"]))
        cursor = at + len(new)
        offset += len(new) - len(_lines(bug["old"]))
    released.extend(lines[cursor:])
    return "\n".join(released) + ("\n" if bugged.endswith("\n") else "")


def with_bug(released: str, bug: dict) -> str:
    lines = released.splitlines()
    old = _lines(bug["old"])
    lines[bug["line"] - 1 : bug["line"] - 1 + len(old)] = _lines(bug["new"])
    return "\n".join(lines) + ("\n" if released.endswith("\n") else "")


def tree(text: str) -> str | None:
    try:
        return ast.dump(ast.parse(text))
    except (SyntaxError, ValueError):
        return None


# -- this interpreter's standard library, standing in for the sandbox's ----------------------------
@cache
def stdlib_exists(module: str) -> bool:
    if module.split(".")[0] not in stdlib_modules():
        return False
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


@cache
def stdlib_names(module: str) -> frozenset[str] | None:
    if not stdlib_exists(module) and not installed_here(module):
        return None
    code = "import importlib, json, sys; print(json.dumps(dir(importlib.import_module(sys.argv[1]))))"
    run = subprocess.run(
        [sys.executable, "-c", code, module], capture_output=True, text=True, timeout=60, env=ENV
    )
    try:
        return frozenset(json.loads(run.stdout.strip().splitlines()[-1]))
    except (ValueError, IndexError):
        return None


@cache
def installed_here(module: str) -> bool:
    """Whether this interpreter has the (non-standard) module: a stand-in for the sandbox's."""
    if module.split(".")[0] in stdlib_modules():
        return False
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError, AttributeError):
        return False


@cache
def sandbox_modules() -> frozenset[str]:
    """The sandbox's top-level modules when IMPORT_SPACE_SANDBOX_MODULES names its listing, else
    this interpreter's standard library."""
    if SANDBOX_MODULES:
        return frozenset(json.loads(Path(SANDBOX_MODULES).read_text()))
    return frozenset(stdlib_modules())


@cache
def tree_here(dotted: str) -> tuple[str, ...]:
    """MODULE_TREE_CODE run by this interpreter: the package's modules and their names, on disk."""
    run = subprocess.run(
        [sys.executable, "-c", MODULE_TREE_CODE, dotted], capture_output=True, text=True, timeout=120, env=ENV
    )
    for line in reversed(run.stdout.splitlines()):
        if line.startswith("HEALER-JSON:"):
            return tuple(json.loads(line[len("HEALER-JSON:") :]))
    return ()


@cache
def family_here(query: tuple[str, ...]) -> list[str]:
    """SIBLING_PROVIDERS_CODE run by this interpreter (with IMPORT_SPACE_PYTHONPATH): the sandbox's
    answer when the project's dependencies are installed there."""
    run = subprocess.run(
        [sys.executable, "-c", SIBLING_PROVIDERS_CODE, *query],
        capture_output=True,
        text=True,
        timeout=120,
        env=ENV,
    )
    for line in reversed(run.stdout.splitlines()):
        if line.startswith("HEALER-JSON:"):
            return json.loads(line[len("HEALER-JSON:") :])
    return []


@cache
def stdlib_exporters(query: tuple[str, ...], code: str = STDLIB_EXPORTERS_CODE) -> list[str]:
    run = subprocess.run([sys.executable, "-c", code, *query], capture_output=True, text=True, timeout=120)
    for line in reversed(run.stdout.splitlines()):
        if line.startswith("HEALER-JSON:"):
            return json.loads(line[len("HEALER-JSON:") :])
    return []


# -- the failure, derived statically -----------------------------------------------------------------
def derive(
    text: str, file: str, index: ModuleIndex, installed: set[str], span: range, released: str
) -> tuple[int, str] | None:
    """(line, message) of the failure the import system would raise, the key's span first."""
    module_tree = parse(text)
    if module_tree is None:
        return None
    package = index.module_of(file) or ""
    package = package if file.endswith("__init__.py") else package.rpartition(".")[0]
    imports = [n for n in ast.walk(module_tree) if isinstance(n, (ast.Import, ast.ImportFrom))]
    imports.sort(key=lambda n: (n.lineno not in span, n.lineno))

    # An installed module's submodules are unknown offline; the released file imports only modules
    # that exist, so one the bug's text imports and the released text does not is the missing one.
    working = imported(parse(released))

    def exists(module: str) -> bool | None:
        top = module.split(".")[0]
        if module in index.modules or stdlib_exists(module):
            return True
        if top in index.top_level() or top in stdlib_modules():
            return False
        if top not in installed:
            return False
        if "." in module and installed_here(top):
            return installed_here(module)
        return None if module in working or "." not in module else False

    own = index.module_of(file)
    for node in imports:
        if isinstance(node, ast.ImportFrom):
            base = package.split(".") if package else []
            base = base[: len(base) - (node.level - 1)] if node.level > 1 else base
            module = ".".join([*(base if node.level else []), *([node.module] if node.module else [])])
            modules = [module]
            # A module importing from itself runs while it is only partly initialised.
            if module == own and node.names[0].name != "*":
                name = node.names[0].name
                return node.lineno, (
                    f"ImportError: cannot import name '{name}' from partially initialized module "
                    f"'{module}' (most likely due to a circular import)"
                )
        else:
            modules = [alias.name for alias in node.names]
        for module in modules:
            parts = module.split(".")
            for size in range(1, len(parts) + 1):
                if exists(".".join(parts[:size])) is False:
                    return node.lineno, f"ModuleNotFoundError: No module named '{'.'.join(parts[:size])}'"
        if isinstance(node, ast.ImportFrom):
            bound = index.exports(module) if module in index.modules else stdlib_names(module)
            for alias in node.names:
                submodule = f"{module}.{alias.name}"
                missing = bound is not None and alias.name != "*" and alias.name not in bound
                if missing and submodule not in index.modules and not stdlib_exists(submodule):
                    return node.lineno, f"ImportError: cannot import name '{alias.name}' from '{module}'"
    return checking_only(module_tree, span) or undefined(text, span)


def imported(parsed: ast.Module | None) -> set[str]:
    """Every absolute module (and its packages) a file imports."""
    found: set[str] = set()
    for node in ast.walk(parsed) if parsed is not None else ():
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            names = [node.module]
        for name in names:
            parts = name.split(".")
            found |= {".".join(parts[:size]) for size in range(1, len(parts) + 1)}
    return found


def checking_only(module_tree: ast.Module, span: range) -> tuple[int, str] | None:
    """A name bound only under `if TYPE_CHECKING:` read when the module runs."""
    guarded: set[str] = set()
    inside: set[int] = set()
    for node in module_tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            inside |= {id(n) for n in ast.walk(node)}
            for sub in node.body:
                if isinstance(sub, (ast.Import, ast.ImportFrom)):
                    guarded |= {(a.asname or a.name).split(".")[0] for a in sub.names}
    postponed = any(
        isinstance(n, ast.ImportFrom)
        and n.module == "__future__"
        and any(a.name == "annotations" for a in n.names)
        for n in module_tree.body
    )
    annotations: set[int] = set()
    if postponed:
        for node in ast.walk(module_tree):
            roots = []
            if isinstance(node, ast.arg) and node.annotation is not None:
                roots.append(node.annotation)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.returns is not None:
                roots.append(node.returns)
            elif isinstance(node, ast.AnnAssign):
                roots.append(node.annotation)
            annotations |= {id(s) for r in roots for s in ast.walk(r)}
    bound_elsewhere = {
        (a.asname or a.name).split(".")[0]
        for n in ast.walk(module_tree)
        if isinstance(n, (ast.Import, ast.ImportFrom)) and id(n) not in inside
        for a in n.names
    }
    reads = [
        n
        for n in ast.walk(module_tree)
        if isinstance(n, ast.Name)
        and n.id in guarded - bound_elsewhere
        and id(n) not in inside
        and id(n) not in annotations
    ]
    reads.sort(key=lambda n: (n.lineno not in span, n.lineno))
    return (reads[0].lineno, f"NameError: name '{reads[0].id}' is not defined") if reads else None


def undefined(text: str, span: range) -> tuple[int, str] | None:
    ruff = shutil.which("ruff") or str(ROOT / ".venv" / "bin" / "ruff")
    run = subprocess.run(
        [
            ruff,
            "check",
            "--isolated",
            "--select",
            "F821",
            "--output-format",
            "json",
            "--stdin-filename",
            "x.py",
            "-",
        ],
        input=text,
        capture_output=True,
        text=True,
    )
    try:
        found = json.loads(run.stdout or "[]")
    except ValueError:
        return None
    found.sort(key=lambda f: (f["location"]["row"] not in span, f["location"]["row"]))
    return (found[0]["location"]["row"], found[0]["message"]) if found else None


# -- one key --------------------------------------------------------------------------------------------
def measure(case_dir: Path, name: str, bug: dict, bugs: list[dict]) -> dict:
    repo = next(case_dir.glob(f"{name}*")) / "repo"
    with tempfile.TemporaryDirectory(prefix="import-space-") as tmp:
        root = Path(tmp) / "repo"
        shutil.copytree(repo, root)
        for file in {b["file"] for b in bugs}:
            path = root / file
            path.chmod(0o644)
            path.write_text(released_text(path.read_text(), [b for b in bugs if b["file"] == file]))
        released = (root / bug["file"]).read_text()
        single = with_bug(released, bug)
        (root / bug["file"]).write_text(single)
        workspace = Workspace(root)
        files = tuple(f for f in workspace.iter_files() if f.endswith(".py"))
        sources = tuple(f for f in files if "test" not in f.split("/")[-1] and not f.startswith("tests/"))
        index = ModuleIndex.build(sources, lambda f: (root / f).read_text(errors="replace"))
        # Stand-ins for the sandbox's answers: the modules the OTHER files import exist (the
        # installed tree under a missing dotted name, MODULE_TREE_CODE's, names unread), and the
        # top-level modules the released repository imports are installed.
        elsewhere: set[str] = set()
        for file in files:
            if file != bug["file"]:
                elsewhere |= imported(parse((root / file).read_text(errors="replace")))
        installed = {m.split(".")[0] for m in elsewhere | imported(parse(released))}
        installed -= index.top_level() | set(stdlib_modules())
        span = range(bug["line"], bug["line"] + len(_lines(bug["new"])))
        derived = derive(single, bug["file"], index, installed, span, released)
        if derived is None:
            return {"derived": None}
        line, message = derived
        kind, _, detail = message.partition(": ")
        failure = Failure(
            bug_type=BugType.IMPORT,
            file=bug["file"],
            line=line,
            message=message,
            source="pytest",
            code=kind,
            extra={
                "exception": {"type": kind, "message": detail},
                "installed_modules": sorted(installed | sandbox_modules()),
            },
        )
        missing = NO_MODULE.search(message)
        if missing and "." in missing.group(1):
            top = missing.group(1).split(".")[0]
            tree_items = sorted(m for m in elsewhere if m.split(".")[0] == top)
            # A package this interpreter has is walked as the sandbox walks it.
            tree_items += tree_here(missing.group(1)) if installed_here(top) else ()
            failure.extra["module_tree"] = {missing.group(1): tree_items}
        cannot = CANNOT_IMPORT.search(message)
        if cannot and installed_here(cannot.group(2).split(".")[0]):
            failure.extra["module_tree"] = {cannot.group(2): list(tree_here(cannot.group(2)))}
        if cannot and (names := stdlib_names(cannot.group(2))) is not None:
            failure.extra["module_names"] = sorted(names)
        read = lambda f: (root / f).read_text(errors="replace")  # noqa: E731
        failure.extra["stdlib_exporters"] = {
            " ".join(q): stdlib_exporters(q) for q in stdlib_queries(failure, read, sources)
        }
        if (query := installed_query(failure, read)) is not None:
            failure.extra["installed_exporters"] = {
                " ".join(query): stdlib_exporters(query, INSTALLED_EXPORTERS_CODE)
            }
        if (query := family_query(failure, read, sources)) is not None:
            failure.extra["family_providers"] = {" ".join(query): family_here(query)}
        context = RepairContext(
            workspace=workspace,
            report=CheckReport(),
            test_files=frozenset(set(files) - set(sources)),
            source_files=sources,
        )
        families = sorted(ImportFixer().candidates(failure, context), key=lambda c: c.priority)
        phase = ImportPhaseFixer().candidates(failure, context)
        family = ImportFamilyFixer().candidates(failure, context)
        # The regular tier as the repair loop orders it: by priority, the earlier fixer first on ties.
        regular = [
            c for _, _, c in sorted((c.priority, n, c) for n, c in enumerate([*phase, *families, *family]))
        ]
        # The fallback tier as the repair loop merges it: by priority, the earlier fixer first on ties.
        spelling = ImportSearchFixer().candidates(failure, context)
        structure = sorted(ImportStructureFixer().candidates(failure, context), key=lambda c: c.priority)
        search = [c for _, _, c in sorted((c.priority, n, c) for n, c in enumerate([*spelling, *structure]))]
    key = tree(released)
    if os.environ.get("IMPORT_SPACE_VERBOSE"):
        for candidate in [*regular, *search][:6]:
            print("   ", candidate.file, candidate.line, candidate.priority, candidate.description)

    def rank(candidates) -> int | None:
        for place, candidate in enumerate(candidates, start=1):
            if candidate.file == bug["file"] and tree(candidate.new_source) == key:
                return place
        return None

    return {
        "derived": message,
        "line": line,
        "before": rank(families),
        "after": rank([*regular, *search]),
        "alone": rank([*phase, *search]),
        "structure": rank(structure),
        "previous": rank([*regular, *sorted(spelling, key=lambda c: c.priority)]),
        "count": (len(families), len(phase) + len(search)),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=Path("/work/cases/dev"))
    parser.add_argument("--only", default="", help="comma-separated case prefixes (r149,r151)")
    args = parser.parse_args()
    only = {p for p in args.only.split(",") if p}
    data = tomllib.loads(CASES_TOML.read_text())
    groups = ("all", "r01-r363", "r364-r375")
    # keys, derived, found: families, all, searches alone, first: families, all; structural alone,
    # found and first with the families and the spelling search only (the previous engine)
    totals = {group: [0] * 10 for group in groups}
    for case in data["case"]:
        name = case["name"]
        prefix = name.split("-")[0]
        if only and prefix not in only:
            continue
        for bug in case["bug"]:
            if bug["type"] != "IMPORT":
                continue
            try:
                result = measure(args.cases, name, bug, case["bug"])
            except (AssertionError, OSError, StopIteration) as error:
                result = {"derived": None, "error": str(error)}
            if result["derived"] is None:
                print(f"{prefix} {bug['file']}:{bug['line']} not derivable offline {result.get('error', '')}")
            else:
                print(
                    f"{prefix} {bug['file']}:{bug['line']} before={result['before']} "
                    f"previous={result['previous']} after={result['after']} "
                    f"alone={result['alone']} structure={result['structure']} of {result['count']}  [{result['derived']} @{result['line']}]"
                )
            for group in ("all", "r364-r375" if prefix in MOVED else "r01-r363"):
                row = totals[group]
                row[0] += 1
                if result["derived"] is None:
                    continue
                row[1] += 1
                row[2] += result["before"] is not None
                row[3] += result["after"] is not None
                row[4] += result["alone"] is not None
                row[5] += result["before"] == 1
                row[6] += result["after"] == 1
                row[7] += result["structure"] is not None
                row[8] += result["previous"] is not None
                row[9] += result["previous"] == 1
    for group, row in totals.items():
        keys, derived, before, after, alone, first_before, first_after, structure, previous, first_prev = row
        print(
            f"{group}: {keys} keys, {derived} derived offline; found families {before} -> "
            f"with the spelling search {previous} -> with the structural search {after} "
            f"(both searches alone {alone}, structural search alone {structure}); "
            f"ranked first {first_before} -> {first_prev} -> {first_after}"
        )


if __name__ == "__main__":
    main()
