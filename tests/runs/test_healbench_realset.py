"""The real-project set and its hand-written cases: lists, split, unpacking, answer keys."""

from __future__ import annotations

import hashlib
import io
import json
import re
import tarfile

import pytest

from runs.benchmarks.corpus import BenchError
from runs.benchmarks.realcases import CASE_FILES, CaseBug, RealCase, case_key, case_write, cases_load
from runs.benchmarks.realset import LIST_FILES, Project, project_repo, projects_load
from tests.conftest import make_git_repo


def test_the_two_halves_are_disjoint_pinned_and_big_enough():
    dev, heldout = projects_load("dev"), projects_load("heldout")
    assert {p.half for p in dev} == {"dev"} and {p.half for p in heldout} == {"heldout"}
    assert not {p.name for p in dev} & {p.name for p in heldout}
    assert len(dev) + len(heldout) >= 12 and len(projects_load("all")) == len(dev) + len(heldout)
    for project in dev + heldout:
        assert re.fullmatch(r"[0-9a-f]{64}", project.sha256), project.name
        assert project.sdist.startswith(project.root) and project.version in project.sdist
    # Held-out data lives only in files named so.
    assert "heldout" in LIST_FILES["heldout"].name and "heldout" in CASE_FILES["heldout"].name
    # Both halves hold a project that keeps its tests inside the package and one with 400+ tests.
    for half in (dev, heldout):
        assert any("inside the package" in p.stratum for p in half)
        assert any(p.tests >= 400 for p in half)
        assert any(p.lint.startswith("none configured") for p in half)


def test_it_refuses_an_unknown_half():
    with pytest.raises(BenchError, match="unknown half"):
        projects_load("train")


def test_the_cases_cover_every_bug_type_in_each_half_and_use_that_halfs_projects():
    for half in ("dev", "heldout"):
        cases = cases_load(half)
        names = {p.name for p in projects_load(half)}
        assert {c.project for c in cases} <= names
        assert {b.type for c in cases for b in c.bugs} == {
            "LINTING", "SYNTAX", "LOGIC", "TYPE_ERROR", "IMPORT", "INDENTATION"
        }  # fmt: skip
        assert all(len(c.bugs) >= 2 for c in cases)
    assert len(cases_load("all")) >= 12


def test_it_keeps_case_names_unique_and_prefixed_by_their_half():
    # Cases moved from held-out to dev were renamed: a name says which half a case is in.
    names = [c.name for c in cases_load("all")]
    assert len(names) == len(set(names))
    assert all(c.name.startswith("r") for c in cases_load("dev"))
    assert all(c.name.startswith("h") for c in cases_load("heldout"))


def test_it_holds_a_held_out_half_of_seven_projects_with_two_big_suites():
    heldout = projects_load("heldout")
    assert len(heldout) >= 7 and sum(p.tests >= 300 for p in heldout) >= 2
    assert all(p.tests > 0 and p.run and p.lint and p.stratum for p in heldout)


def _sdist(tmp_path, members: dict[str, bytes], *, evil: str = "") -> tuple:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
        if evil:
            info = tarfile.TarInfo("demo-1.0/escape")
            info.type = tarfile.SYMTYPE
            info.linkname = evil
            archive.addfile(info)
    data = buffer.getvalue()
    cache = tmp_path / "cache"
    (cache / "sdists").mkdir(parents=True)
    (cache / "sdists" / "demo-1.0.tar.gz").write_bytes(data)
    project = Project(
        name="demo", version="1.0", sdist="demo-1.0.tar.gz", sha256=hashlib.sha256(data).hexdigest(),
        root="demo-1.0", half="dev",
    )  # fmt: skip
    return project, cache


def test_it_unpacks_a_pinned_sdist_into_a_committed_repository(tmp_path):
    project, cache = _sdist(tmp_path, {"demo-1.0/demo.py": b"X = 1\n", "demo-1.0/test_demo.py": b""})
    repo = project_repo(project, cache=cache)
    assert (repo / "demo.py").read_text() == "X = 1\n" and (repo / ".git").is_dir()
    assert project_repo(project, cache=cache) == repo  # reused, not unpacked again


def test_it_refuses_an_sdist_that_links_out_of_its_tree(tmp_path):
    project, cache = _sdist(tmp_path, {"demo-1.0/demo.py": b"X = 1\n"}, evil="/etc/passwd")
    with pytest.raises(BenchError, match="cannot be unpacked safely"):
        project_repo(project, cache=cache)


def _bug(line, old, new, kind, **extra):
    return CaseBug(file="m.py", line=line, old=old, new=tuple(new), type=kind, fix="f", detail="d",
                   key_line=extra.get("key_line", line), key_offset=extra.get("key_offset", 0))  # fmt: skip


def test_answer_keys_follow_the_lines_the_edits_insert_and_delete():
    inserted = _bug(1, "import math", ["import math", "import os"], "LINTING", key_offset=1)
    deleted = _bug(2, "import sys", [], "IMPORT", key_line=5)
    logic = _bug(4, "    return a + b", ["    return a - b"], "LOGIC")
    key = case_key((inserted, deleted, logic))
    assert [(k["line"], k["type"]) for k in key] == [(2, "LINTING"), (5, "IMPORT"), (4, "LOGIC")]


def test_it_writes_a_case_as_a_corpus_case_and_refuses_a_stale_edit(tmp_path):
    released = make_git_repo(
        tmp_path / "r", {"m.py": "import math\nimport sys\n\ndef f(a, b):\n    return a + b\n"}
    )
    bugs = (_bug(5, "    return a + b", ["    return a - b"], "LOGIC"),)
    case = RealCase(name="c1", project="demo", bugs=bugs)
    target = case_write(case=case, bugs=bugs, released=released, target=tmp_path / "corpus" / "c1")
    assert (
        "return a - b" in (target / "repo" / "m.py").read_text() and not (target / "repo" / ".git").exists()
    )
    key = json.loads((target / "case.json").read_text())
    assert key["bugs"] == [{"file": "m.py", "line": 5, "type": "LOGIC", "fix": "f", "detail": "d"}]
    stale = (_bug(5, "    return a * b", ["x"], "LOGIC"),)
    with pytest.raises(BenchError, match="line 5 is not"):
        case_write(case=case, bugs=stale, released=released, target=tmp_path / "corpus" / "c2")


@pytest.fixture
def stand_in_index(monkeypatch):
    """A local index serving one sdist through the JSON simple API; returns (files dict, base URL)."""
    import http.server
    import threading

    from runs.benchmarks import realset

    files: dict[str, bytes] = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path.startswith("/simple/"):
                listing = [{"filename": name, "url": f"{base}/files/{name}"} for name in files]
                body = json.dumps({"files": listing}).encode()
            elif self.path.startswith("/files/") and self.path[7:] in files:
                body = files[self.path[7:]]
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setattr(realset, "PYPI_SIMPLE", f"{base}/simple")
    yield files
    server.shutdown()


def _project(sdist: str, sha256: str) -> Project:
    return Project(half="dev", name="demo", version="1.0", sha256=sha256, sdist=sdist, root="demo-1.0")


def test_it_downloads_the_pinned_sdist_without_running_it(stand_in_index, tmp_path):
    from runs.benchmarks.realset import sdist_fetch

    data = b"not even a tarball: nothing of it is executed"
    stand_in_index["demo-1.0.tar.gz"] = data
    project = _project("demo-1.0.tar.gz", hashlib.sha256(data).hexdigest())
    assert sdist_fetch(project, cache=tmp_path).read_bytes() == data


def test_it_refuses_an_sdist_whose_hash_differs_from_the_pin(stand_in_index, tmp_path):
    from runs.benchmarks.realset import sdist_fetch

    stand_in_index["demo-1.0.tar.gz"] = b"tampered"
    with pytest.raises(BenchError, match="pinned sha256"):
        sdist_fetch(_project("demo-1.0.tar.gz", "0" * 64), cache=tmp_path)
    assert not list((tmp_path / "sdists").iterdir())
