"""Print the LOGIC fixer's top candidates for one case (development aid)."""

from __future__ import annotations

import difflib
import shutil
import sys
import tempfile
from pathlib import Path

from healer.engine.fixers.logic import LogicFixer
from healer.engine.repair import Engine, EngineConfig
from healer.engine.types import BugType
from healer.engine.workspace import Workspace
from tests.engine.conftest import LocalSandbox


def main() -> None:
    case = Path(sys.argv[1])
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 30
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
        for failure in state.failures:
            if failure.bug_type is not BugType.LOGIC:
                continue
            ctx = engine._context(failure, state)
            print(failure.file, failure.line, failure.message, failure.test_ids[:3])
            print(repr((failure.extra.get("exception") or {}).get("message", ""))[:300])
            print("suspicious:", [(ln, round(s, 2)) for _, ln, s in ctx.suspicious[:15]])
            fixed = (case / "fixed" / failure.file).read_text()
            for i, c in enumerate(LogicFixer().candidates(failure, ctx)[:top], start=1):
                mark = "***" if c.new_source == fixed else "   "
                print(f"{mark}{i:>3} {c.priority:.3f} L{c.line} {c.description}")
            for i, c in enumerate(LogicFixer().candidates(failure, ctx), start=1):
                if c.new_source == fixed:
                    print("exact fix at", i, c.description, c.priority)
            cur = ws_text = root.joinpath(failure.file).read_text()
            del ws_text
            print("".join(difflib.unified_diff(cur.splitlines(True), fixed.splitlines(True)))[:600])


if __name__ == "__main__":
    main()
