"""The development set is sound: each fixed project passes, each bug alone raises what it claims."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace

import pytest

from tests.engine.devsets import types_cases, types_cases_b
from tests.engine.devsets.builder import write_case

CASES = types_cases.CASES + types_cases_b.CASES


def _pytest(root) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO", "PYTEST", "PYTHON"))}
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_it_has_a_passing_fix_and_bugs_that_raise_what_they_claim(case, tmp_path):
    root = write_case(case, tmp_path)
    fixed = _pytest(root / "fixed")
    assert fixed.returncode == 0, fixed.stdout[-2000:]
    key = json.loads((root / "case.json").read_text())
    assert len(key["bugs"]) == len(case.bugs)
    for index, bug in enumerate(case.bugs):
        single = write_case(replace(case, name=f"{case.name}-{index}", bugs=(bug,)), tmp_path)
        broken = _pytest(single / "repo")
        assert broken.returncode != 0, f"{bug.old!r} -> {bug.new!r} does not fail"
        assert f"{bug.raises}:" in broken.stdout, (bug, broken.stdout[-2000:])
