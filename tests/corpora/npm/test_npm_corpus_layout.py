"""The npm corpus's layout, statically: every case is complete, its answer key points at lines that exist and at
files that differ, the two parts are numbered in order and are as large as README.md says.

Running the projects (fixed/ passes, repo/ fails, each bug alone fails with its type's signature) is
verify.py's job: it needs node, npm and the registry, these checks need nothing.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from verify import case_dirs

HERE = Path(__file__).resolve().parent
PREFIX = {"dev": "d", "heldout": "h"}
TYPES = {"LINTING", "SYNTAX", "LOGIC", "TYPE_ERROR", "IMPORT", "INDENTATION"}
REGISTRY = "https://registry.npmjs.org/"


def _cases(part: str) -> list[Path]:
    # A part that is missing (between moving one held-out part to dev and writing the next) is an empty part,
    # which the numbering test reports, rather than an error that stops the collection of every test.
    return case_dirs(HERE / part)


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


ALL_CASES = [case for part in PREFIX for case in _cases(part)]


def test_it_numbers_each_part_from_one_with_its_prefix():
    for part, prefix in PREFIX.items():
        names = [case.name for case in _cases(part)]
        assert names, part
        assert [name.split("-", 1)[0] for name in names] == [
            f"{prefix}{n:02d}" for n in range(1, len(names) + 1)
        ]
    dev_topics = {case.name.split("-", 1)[1] for case in _cases("dev")}
    held_topics = {case.name.split("-", 1)[1] for case in _cases("heldout")}
    assert not dev_topics & held_topics  # a held-out case is not a renamed development case


def test_it_counts_the_cases_and_bugs_the_readme_gives():
    readme = (HERE / "README.md").read_text()
    table = re.findall(r"^\| ([dh]\d{2,}-[\w-]+) \|", readme, re.M)
    assert table == [case.name for part in PREFIX for case in _cases(part)]
    for part in PREFIX:
        bugs = sum(len(json.loads((case / "case.json").read_text())["bugs"]) for case in _cases(part))
        stated = re.search(rf"^- `{part}/` — (\d+) cases, (\d+) bugs", readme, re.M)
        assert stated, part
        assert (int(stated[1]), int(stated[2])) == (len(_cases(part)), bugs)


@pytest.mark.parametrize("case", ALL_CASES, ids=[case.name for case in ALL_CASES])
def test_it_keeps_each_case_complete_and_its_key_on_real_lines(case: Path):
    key = json.loads((case / "case.json").read_text())
    fixed, repo = _files(case / "fixed"), _files(case / "repo")
    assert key["name"] == case.name
    assert key["bugs"]
    # Same project apart from the bugs: tests, package.json, the lock and the configs are identical.
    assert fixed.keys() == repo.keys()
    changed = {path for path in fixed if fixed[path] != repo[path]}
    assert changed == {bug["file"] for bug in key["bugs"]}
    assert not any(part in {"node_modules", "dist"} for path in fixed for part in Path(path).parts)
    for bug in key["bugs"]:
        assert set(bug) == {"file", "line", "type", "fix", "detail"}
        assert bug["type"] in TYPES
        assert bug["fix"].strip() and bug["detail"].strip()
        assert not bug["file"].startswith("test/")  # the engine never edits tests
        assert 1 <= bug["line"] <= len(repo[bug["file"]].decode().split("\n"))
    lock = json.loads(fixed["package-lock.json"])
    assert lock["lockfileVersion"] == 3
    installed = {name: entry for name, entry in lock["packages"].items() if name}
    for name, entry in installed.items():
        assert entry.get("resolved", "").startswith(REGISTRY), name
        assert entry.get("integrity", "").startswith("sha512-"), name
