"""Pieces of the sandbox that need no engine: output capture, archives, dependency plans, image tag,
the doctor's verdicts."""

from __future__ import annotations

import io
import os
import tarfile
from pathlib import Path

import pytest

from healer.engine.types import ExecResult, SandboxError
from healer.engine.workspace import Workspace
from sandbox.archive import ArchiveBuilder, escapes
from sandbox.docker_container import Limits
from sandbox.doctor import evaluate, evaluate_node
from sandbox.image import image_tag, recipe_hash
from sandbox.output import CappedOutput
from tests.fixtures_docker import write_tree


# -- output ------------------------------------------------------------------
def test_small_output_is_kept_whole():
    out = CappedOutput(100)
    out.write(b"hello ")
    out.write(b"world")
    assert out.getvalue() == b"hello world"
    assert not out.truncated


def test_big_output_keeps_head_and_tail_within_the_limit():
    out = CappedOutput(1000)
    out.write(b"HEAD")
    for _ in range(10_000):
        out.write(b"x" * 97)
    out.write(b"TAIL")
    value = out.getvalue()
    assert out.truncated and out.total == 8 + 970_000
    assert value.startswith(b"HEAD") and value.endswith(b"TAIL")
    assert len(value) <= 1000 + 80
    assert b"bytes of output dropped" in value


def test_a_single_huge_chunk_is_cut_to_the_tail():
    out = CappedOutput(10)
    out.write(b"0123456789abcdefghij")
    assert out.getvalue().startswith(b"01234") and out.getvalue().endswith(b"fghij")


def test_invalid_utf8_does_not_break_text():
    out = CappedOutput(100)
    out.write(b"ok \xff\xfe done")
    assert out.text().startswith("ok ") and out.text().endswith(" done")


# -- archives ----------------------------------------------------------------
def members(archive: ArchiveBuilder) -> dict[str, tarfile.TarInfo]:
    data = archive.finish().read()
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        return {m.name: m for m in tar.getmembers()}


def test_the_archive_is_root_owned_read_only_and_has_no_git(tmp_path):
    root = write_tree(
        tmp_path / "r", {"pkg/mod.py": "A = 1\n", ".git/config": "secret", "run.sh": "#!/bin/sh\n"}
    )
    os.chmod(root / "run.sh", 0o775)
    os.chmod(root / "pkg" / "mod.py", 0o666)
    os.symlink("/etc/passwd", root / "pw")
    archive = ArchiveBuilder(max_bytes=10_000)
    archive.add_workspace(Workspace(root), prefix="repo-1")
    entries = members(archive)
    assert not any(".git" in name for name in entries)
    assert entries["repo-1/pkg/mod.py"].mode == 0o644
    assert entries["repo-1/run.sh"].mode == 0o755
    assert entries["repo-1/pkg"].isdir() and entries["repo-1/pkg"].mode == 0o755
    assert all(m.uid == 0 and m.gid == 0 for m in entries.values())
    link = entries["repo-1/pw"]
    assert link.issym() and link.linkname == "/etc/passwd" and link.size == 0


def test_the_archive_refuses_a_repository_bigger_than_the_working_space(tmp_path):
    root = write_tree(tmp_path / "r", {"a.bin": b"x" * 600, "b.bin": b"y" * 600})
    with pytest.raises(SandboxError, match="HEALER_SANDBOX_TMPFS"):
        ArchiveBuilder(max_bytes=1000).add_workspace(Workspace(root), prefix="repo-1")


@pytest.mark.parametrize(
    ("rel", "target", "out"),
    [
        ("a", "../x", True),
        ("d/a", "../x", False),
        ("d/a", "../../x", True),
        ("a", "/etc", False),
        ("a", "b/../../c", True),
        ("a", "b", False),
    ],
)
def test_escaping_relative_links_are_recognised(rel, target, out):
    assert escapes(rel, target) is out


# -- image tag ---------------------------------------------------------------
def test_the_image_tag_changes_with_the_recipe(tmp_path):
    recipe = Path(__file__).resolve().parents[2] / "sandbox" / "image"
    copy = tmp_path / "image"
    copy.mkdir()
    for path in recipe.iterdir():
        (copy / path.name).write_bytes(path.read_bytes())
    assert recipe_hash(copy) == recipe_hash(recipe)
    before = image_tag(recipe_dir=copy)
    (copy / "recipe.env").write_text((copy / "recipe.env").read_text() + "# changed\n")
    assert image_tag(recipe_dir=copy) != before
    assert image_tag(override="mine:1", recipe_dir=copy) == "mine:1"


# -- doctor verdicts ---------------------------------------------------------
GOOD = {
    "uid": 10001, "gid": 10001, "cap_eff": "0000000000000000", "cap_bnd": "0000000000000000",
    "no_new_privs": "1", "seccomp": "2", "interfaces": ["lo"], "egress": "OSError",
    "root_writable": False, "stage_writable": False, "work_writable": True,
    "mounts": {"/": {"type": "overlay", "opts": "ro,relatime"},
               "/work": {"type": "tmpfs", "opts": "rw,nosuid,nodev,size=262144k"},
               "/tmp": {"type": "tmpfs", "opts": "rw,size=262144k"}},
    "memory_limit": str(1024**3), "memsw_limit": str(1024**3), "pids_max": "256",
    "cpu_quota": "100000", "cpu_period": "100000", "fsize": 64 * 1024**2, "nofile": 4096,
    "env": ["HOME", "PATH", "LANG"], "signal_pid1": "denied", "pid1_uid": 65534,
}  # fmt: skip


def test_the_doctor_passes_a_hardened_container():
    assert all(ok for ok, _ in evaluate(GOOD, limits=Limits()))


@pytest.mark.parametrize(
    ("change", "words"),
    [({"uid": 0, "gid": 0}, "non-root"), ({"cap_eff": "00000000a80425fb"}, "capabilities"),
     ({"interfaces": ["eth0", "lo"], "egress": "connected"}, "network"), ({"root_writable": True}, "read-only"),
     ({"pids_max": "max"}, "pids"), ({"env": ["HOME", "AWS_SECRET_ACCESS_KEY"]}, "environment"),
     ({"signal_pid1": "allowed"}, "init")],
)  # fmt: skip
def test_the_doctor_fails_what_is_missing(change, words):
    verdicts = evaluate({**GOOD, **change}, limits=Limits())
    failed = [text for ok, text in verdicts if not ok]
    assert len(failed) == 1 and words in failed[0]


def said(output: str, exit_code: int | None = 0) -> ExecResult:
    return ExecResult(exit_code=exit_code, output=output, duration=0.1)


def test_the_doctor_passes_node_and_npm_that_answer_with_their_versions():
    verdicts = evaluate_node(node=said("v20.19.2\n"), npm=said("9.2.0\n"))
    assert verdicts == [
        (True, "Node.js 20.19.2 runs in the sandbox (want >= 20.19)"),
        (True, "npm 9.2.0 runs"),
    ]


@pytest.mark.parametrize(
    ("node", "npm", "words"),
    [(said("v18.19.0"), said("9.2.0"), "Node.js 18.19.0"),
     (said("sh: 1: node: not found", 127), said("9.2.0"), "Node.js missing (exit 127: sh: 1: node: not found)"),
     (said("v20.19.2"), said("", None), "npm missing (exit None: no output)")],
)  # fmt: skip
def test_the_doctor_fails_a_missing_or_old_node(node, npm, words):
    failed = [text for ok, text in evaluate_node(node=node, npm=npm) if not ok]
    assert len(failed) == 1 and failed[0].startswith(words)
