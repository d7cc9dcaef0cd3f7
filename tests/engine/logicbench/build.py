"""Build the LOGIC development set: programs x (hand-written bugs + cosmic-ray mutants).

    python tests/engine/logicbench/build.py --out var/logicbench [--mutants-per-program 2] [--seed 1]

Writes cases in the layout of ../shared/corpus (CASE/repo, CASE/fixed, CASE/case.json), split by
program into two halves: `dev` (tuned on) and `check` (only its totals are read). Mutants come from
cosmic-ray (a third-party mutation tool, https://github.com/sixty-north/cosmic-ray), and only those
the program's own tests kill with a wrong result (no TypeError/NameError, no hang) are kept, so
every bug is a LOGIC bug. cosmic-ray must be importable by the Python running this script;
`--python` is the interpreter (with pytest) that runs the programs' tests.
"""

from __future__ import annotations

import argparse
import difflib
import json
import random
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROGRAMS = HERE / "programs"
sys.path.insert(0, str(HERE))
from hand_bugs import HAND_BUGS  # noqa: E402

PYPROJECT = """\
[tool.pytest.ini_options]
pythonpath = ["src"]
testpaths = ["tests"]

[tool.ruff.lint]
select = ["F"]
"""
NOT_LOGIC = (
    "TypeError",
    "NameError",
    "ImportError",
    "ModuleNotFoundError",
    "SyntaxError",
    "IndentationError",
)
SKIPPED_OPERATORS = ("VariableReplacer", "VariableInserter", "RemoveDecorator", "ExceptionReplacer")


def programs() -> list[str]:
    return sorted(p.stem for p in PROGRAMS.glob("*.py") if not p.stem.endswith("_spec"))


def half(program: str) -> str:
    """A fixed split by program, so no program's code is in both halves."""
    return "dev" if zlib.crc32(program.encode()) % 2 == 0 else "check"


def project_files(program: str, source: str) -> dict[str, str]:
    spec = (PROGRAMS / f"{program}_spec.py").read_text()
    return {"pyproject.toml": PYPROJECT, f"src/{program}.py": source, f"tests/test_{program}.py": spec}


def write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def run_tests(python: str, program: str, source: str, timeout: float = 20) -> tuple[str, list[str]]:
    """("pass" | "fail" | "hang", failure messages) of the program's tests on `source`."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write(root, project_files(program, source))
        env = {"PATH": "/usr/bin:/bin", "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
        try:
            proc = subprocess.run(
                [python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--junitxml=r.xml"],
                cwd=root,
                env=env,
                capture_output=True,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return "hang", []
        if proc.returncode == 0:
            return "pass", []
        report = root / "r.xml"
        if not report.exists():
            return "fail", ["no report"]
        messages = [
            (el.get("message") or el.tag) for el in ET.parse(report).iter() if el.tag in ("failure", "error")
        ]
        return "fail", messages


def bug_line(fixed: str, buggy: str) -> int:
    """1-based line of the first change in the buggy text."""
    matcher = difflib.SequenceMatcher(a=fixed.splitlines(), b=buggy.splitlines(), autojunk=False)
    for tag, _, _, j1, _ in matcher.get_opcodes():
        if tag != "equal":
            return j1 + 1
    return 1


def is_logic(messages: list[str]) -> bool:
    return bool(messages) and not any(m.strip().startswith(NOT_LOGIC) for m in messages)


def cosmic_ray_mutants(source: str) -> list[tuple[str, str]]:
    """(operator name, mutated source) for every mutation cosmic-ray makes of the source."""
    import cosmic_ray.plugins
    from cosmic_ray.mutating import mutate_code

    found = []
    for name in cosmic_ray.plugins.operator_names():
        if any(skip in name for skip in SKIPPED_OPERATORS):
            continue
        operator = cosmic_ray.plugins.get_operator(name)()
        occurrence = 0
        while True:
            mutated = mutate_code(source, operator, occurrence)
            if mutated is None:
                break
            if mutated != source:
                found.append((name, mutated))
            occurrence += 1
    return found


def build(out: Path, python: str, per_program: int, seed: int) -> dict[str, int]:
    if out.exists():
        shutil.rmtree(out)
    counts: dict[str, int] = {}
    rng = random.Random(seed)
    for program in programs():
        fixed = (PROGRAMS / f"{program}.py").read_text()
        cases: list[tuple[str, str, str]] = []  # (case name, buggy source, note)
        for index, (name, note, edits) in enumerate(b for b in HAND_BUGS if b[0] == program):
            buggy = fixed
            for old, new in edits:
                assert buggy.count(old) == 1, (name, old)
                buggy = buggy.replace(old, new)
            status, messages = run_tests(python, program, buggy)
            assert status == "fail" and is_logic(messages), (program, note, status, messages)
            cases.append((f"{program}-hand{index + 1}", buggy, f"hand: {note}"))
        mutants = cosmic_ray_mutants(fixed)
        rng.shuffle(mutants)
        kept, seen = 0, set()
        for operator, buggy in mutants:
            if kept >= per_program:
                break
            if buggy in seen:
                continue
            seen.add(buggy)
            status, messages = run_tests(python, program, buggy, timeout=10)
            if status != "fail" or not is_logic(messages):
                continue
            kept += 1
            cases.append((f"{program}-cr{kept}", buggy, f"cosmic-ray {operator.split('/', 1)[1]}"))
        for case, buggy, note in cases:
            root = out / half(program) / case
            write(root / "repo", project_files(program, buggy))
            write(root / "fixed", project_files(program, fixed))
            key = {
                "name": case,
                "bugs": [
                    {
                        "file": f"src/{program}.py",
                        "line": bug_line(fixed, buggy),
                        "type": "LOGIC",
                        "fix": note,
                        "detail": note,
                    }
                ],
            }
            (root / "case.json").write_text(json.dumps(key, indent=2) + "\n")
            counts[half(program)] = counts.get(half(program), 0) + 1
        print(f"{program}: {len(cases)} case(s) [{half(program)}]", flush=True)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("var/logicbench"))
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--mutants-per-program", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    counts = build(args.out, args.python, args.mutants_per_program, args.seed)
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
