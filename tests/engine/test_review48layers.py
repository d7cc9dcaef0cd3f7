"""Round 48's review of pylayers22: hostile input for the version-file step and the meaning checks. Limits
are CPU seconds of this process (time.process_time), which other jobs on a shared machine do not inflate."""

from __future__ import annotations

import os
import time

from healer.engine.discovery import scm_version_files
from healer.engine.fixers.syntax_meaning import lost_defaults


def test_a_hostile_os_path_join_never_backtracks_for_minutes(project):
    # `\s*,?\s*` repeated six times split every run of blanks every way: 20 blanks took 97 s.
    text = "# setuptools_scm\nwrite_to = os.path.join(" + ("'a'" + " " * 40) * 6 + "x\n"
    ws = project({"setup.py": text})
    started = time.process_time()
    assert scm_version_files(ws) == ()
    assert time.process_time() - started < 2
    joined = "setup(use_scm_version={'write_to': os.path.join('pkg' ,  'v.py'  )})\n"
    assert [p for p, _ in scm_version_files(project({"setup.py": joined}, name="b"))] == ["pkg/v.py"]


def test_the_version_file_never_replaces_a_link_or_a_directory_nor_goes_through_one(project, tmp_path):
    toml = "[tool.setuptools_scm]\nversion_file = '{}'\n"
    ws = project({"pyproject.toml": toml.format("pkg/_version.py"), "pkg/real.py": "version = '1'\n"})
    os.symlink("real.py", ws.root / "pkg" / "_version.py")
    assert scm_version_files(ws) == ()  # the repository's own link, never overwritten
    ws = project({"pyproject.toml": toml.format("pkg/_version.py"), "pkg/_version.py/x": ""}, name="b")
    assert scm_version_files(ws) == ()  # a directory of that name
    outside = tmp_path / "outside"
    outside.mkdir()
    ws = project({"pyproject.toml": toml.format("link/_version.py")}, name="c")
    os.symlink(outside, ws.root / "link")
    assert scm_version_files(ws) == ()  # written through the link it would land outside the tree
    ws = project({"pyproject.toml": toml.format("pkg/sub/_version.py"), "pkg/__init__.py": ""}, name="d")
    assert [p for p, _ in scm_version_files(ws)] == ["pkg/sub/_version.py"]  # new directories are fine


def test_a_version_of_unusual_digits_never_crashes_discovery(project):
    toml = "[tool.setuptools_scm]\nversion_file = 'pkg/_version.py'\n"
    for version in ("1." + "9" * 5000, "1.\u00b2", "2.\u0661"):
        ws = project({"pyproject.toml": toml, "PKG-INFO": f"Version: {version}\n"}, name=str(len(version)))
        ((_, text),) = scm_version_files(ws)
        namespace: dict = {}
        exec(compile(text, "v.py", "exec"), namespace)
        assert namespace["version"] == version and namespace["version_tuple"][0] == 2 - version.startswith(
            "1"
        )


def test_lost_defaults_is_linear_in_the_edited_parameter_list():
    lines = ["def f(\n"]
    lines += [", ".join(f"b{i}_{k}=1" for k in range(300)) + ",\n" for i in range(19)]
    old = "".join([*lines, "):\n", "    pass\n"])
    new = old.replace("b3_7=1", "b3_7: 1")
    started = time.process_time()
    assert lost_defaults(old, new) == ("b3_7",)
    assert time.process_time() - started < 2


def test_an_open_field_on_a_long_or_deep_line_is_closed_quickly_and_never_overflows_the_parser():
    from healer.engine.fixers.syntax import _fstring_braces, _Lines

    for body in ("a " * 8000, "a+" * 8000):
        text = 'print(f"{' + body + '")\n'
        started = time.process_time()
        found = list(_fstring_braces(_Lines(text), 1))
        assert time.process_time() - started < 2
        assert found and all(new and new.count("}") == 1 for new, _ in found)
