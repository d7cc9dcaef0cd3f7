"""Where the exact fix ranks among the LOGIC fixer's candidates, per case (no validation).

    .venv/bin/python -m tests.engine.logicbench.rank var/logicbench/dev [--jobs 2]

Runs the checks once per case (with coverage, for the localiser), asks the LOGIC fixer for its
candidates and reports the rank of the candidate whose file equals the fixed program. A fast proxy
for development; `run.py` validates for real.
"""

from __future__ import annotations

import argparse
import re
import shutil
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from healer.engine.fixers.logic import LogicFixer
from healer.engine.repair import Engine, EngineConfig
from healer.engine.types import BugType
from healer.engine.workspace import Workspace
from tests.engine.conftest import LocalSandbox


def rank_case(case_dir: str) -> tuple[str, int | None, int]:
    case = Path(case_dir)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "repo"
        shutil.copytree(case / "repo", root)
        engine = Engine(
            workspace=Workspace(root),
            sandbox=LocalSandbox(Path(tmp) / "sandbox"),
            config=EngineConfig(test_timeout=10, command_timeout=120),
        )
        engine.discover()
        engine.check()
        state = engine._state
        fixed = {
            p.relative_to(case / "fixed").as_posix(): p.read_text() for p in (case / "fixed").rglob("*.py")
        }
        best: int | None = None
        total = 0
        for failure in state.failures:
            if failure.bug_type is not BugType.LOGIC:
                continue
            candidates = LogicFixer().candidates(failure, engine._context(failure, state))
            total = max(total, len(candidates))
            for index, candidate in enumerate(candidates, start=1):
                if fixed.get(candidate.file) == candidate.new_source:
                    best = index if best is None else min(best, index)
                    break
    return case.name, best, total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only", default="")
    args = parser.parse_args()
    cases = sorted(str(c) for s in args.sets for c in s.iterdir() if (c / "case.json").exists())
    cases = [c for c in cases if re.search(args.only, Path(c).name)]
    found = 0
    within = {10: 0, 30: 0, 60: 0, 150: 0}
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for name, rank, total in pool.map(rank_case, cases):
            print(f"{name:<24} rank {rank if rank else '-':>4} of {total}", flush=True)
            if rank:
                found += 1
                for k in within:
                    within[k] += rank <= k
    print(
        f"exact fix among candidates: {found}/{len(cases)}; within top "
        + ", ".join(f"{k}: {v}" for k, v in within.items())
    )


if __name__ == "__main__":
    main()
