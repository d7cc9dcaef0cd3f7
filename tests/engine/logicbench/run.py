"""Heal every case of a LOGIC set in-process with the engine and a local stand-in sandbox.

    .venv/bin/python -m tests.engine.logicbench.run var/logicbench/dev [--jobs 2] [--json OUT]

A development tool for the engine's OWN fixture programs (the product never runs repository code on
the host; `manage.py healbench` runs the same cases in Docker). It prints, per case, whether the
checks pass afterwards, how many candidates were validated and the wall time, then the totals.
The repair loop runs like a run's iterations (check, repair, again) up to --rounds times.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from healer.engine.repair import Engine, EngineConfig
from healer.engine.workspace import Workspace
from tests.engine.conftest import LocalSandbox


def heal_case(case_dir: str, rounds: int = 3, time_budget: float = 300) -> dict:
    case = Path(case_dir)
    key = json.loads((case / "case.json").read_text())
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "repo"
        shutil.copytree(case / "repo", root)
        lines: list[str] = []
        started = time.monotonic()
        engine = Engine(
            workspace=Workspace(root),
            sandbox=LocalSandbox(Path(tmp) / "sandbox"),
            config=EngineConfig(test_timeout=10, command_timeout=120, time_budget=time_budget),
            log=lines.append,
        )
        engine.discover()
        fixes = []
        report = engine.check()
        for _ in range(rounds):
            if report.ok:
                break
            outcomes = list(engine.repair(report))
            fixes += [o.fix_line for o in outcomes]
            if not outcomes:
                break
            report = engine.check()
        elapsed = time.monotonic() - started
    validated = sum(1 for line in lines if line.startswith("  rejected ")) + len(fixes)
    return {
        "case": case.name,
        "note": key["bugs"][0]["fix"],
        "healed": report.ok,
        "fixes": fixes,
        "validated": validated,
        "seconds": round(elapsed, 2),
        "log": lines,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only", default="", help="regex on case names")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--logs", action="store_true", help="print the engine log of unhealed cases")
    args = parser.parse_args()
    cases = sorted(str(c) for s in args.sets for c in s.iterdir() if (c / "case.json").exists())
    cases = [c for c in cases if re.search(args.only, Path(c).name)]
    started = time.monotonic()
    results = []
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for r in pool.map(heal_case, cases):
            results.append(r)
            print(f"{'HEALED' if r['healed'] else '------'} {r['case']}", flush=True)
    wall = time.monotonic() - started
    print()
    for r in results:
        mark = "HEALED" if r["healed"] else "------"
        print(
            f"{mark} {r['case']:<22} {r['validated']:>4} cand {r['seconds']:>6.1f}s  {r['note'][:40]:<40} {'; '.join(f.split('→ Fix: ')[-1] for f in r['fixes'])[:70]}"
        )
        if args.logs and not r["healed"]:
            for line in r["log"][-8:]:
                print("      |", line[:160])
    healed = [r for r in results if r["healed"]]
    print(
        f"\nhealed {len(healed)}/{len(results)}; candidates validated {sum(r['validated'] for r in results)}; "
        f"median time per healed case {statistics.median([r['seconds'] for r in healed]) if healed else 0:.1f}s; "
        f"total case time {sum(r['seconds'] for r in results):.0f}s; wall {wall:.0f}s"
    )
    for kind in ("hand", "cosmic-ray"):
        subset = [r for r in results if r["note"].startswith(kind)]
        if subset:
            print(f"  {kind}: {sum(r['healed'] for r in subset)}/{len(subset)}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n")


if __name__ == "__main__":
    main()
